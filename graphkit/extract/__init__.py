"""Extraction stages. Each takes a :class:`~graphkit.model.Document` and returns a new one.

- :mod:`.matcher`   multi-pattern name matching with script-aware word boundaries
- :mod:`.registry`  the known-entity registry (``ontology/registry.ttl``)
- :mod:`.places`    countries, regions and cities in every language (CLDR via babel)
- :mod:`.gazetteer` the mention stage: registry and places matched in a document
- :mod:`.figures`   numbers, scale words, currencies and the kind of each figure
- :mod:`.relations` cue-phrase relations between the mentions of a sentence
"""

"""graphkit: knowledge graphs of public–private partnerships against cybercrime.

Reads news articles in any language and builds an RDF graph of the
organizations, people, operations and places they name, the relations between
them and the figures they report, each traceable to its sentence.

Example:
    >>> import graphkit
    >>> result = graphkit.build(["examples/corpus"])          # doctest: +SKIP
    >>> result.graph.serialize(format="turtle")                # doctest: +SKIP

Heavy modules (rdflib, language models) load on first use, not on import.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__", "build", "build_documents", "build_to", "query", "validate"]


def __getattr__(name: str):
    if name in ("build", "build_documents", "build_to"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "query":
        from .store import query

        return query
    if name == "validate":
        from .validate import validate

        return validate
    raise AttributeError(f"module 'graphkit' has no attribute {name!r}")

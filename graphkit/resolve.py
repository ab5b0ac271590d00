"""Mentions of many documents → one :class:`~graphkit.model.Entity` per real-world thing.

Mentions found through the registry or CLDR already carry the key of their
entity, whatever their script. Resolution gathers, for each key, the class,
the canonical label and every name: the known names (registry labels, place
names in the documents' languages and English) and the surface forms found.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .extract import places
from .extract.registry import Registry, load_registry
from .model import Document, Entity


def resolve(documents: Iterable[Document], *, registry: Registry | None = None) -> list[Entity]:
    """The entities the documents' mentions refer to, sorted by key."""
    registry = registry or load_registry()
    types: dict[str, Counter] = defaultdict(Counter)
    labels: dict[str, str] = {}
    names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    langs: set[str] = {"en"}
    for doc in documents:
        langs.add(doc.language)
        for m in doc.mentions:
            types[m.key][m.type] += 1
            labels.setdefault(m.key, m.label or m.text)
            names[m.key].add((m.text, doc.language))
    place_names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for lang in sorted(langs):
        for text, key in places.names(lang):
            if key in types:
                place_names[key].add((text, lang))
    entities = []
    for key in sorted(types):
        known = registry.entities.get(key)
        if known is not None:
            type_, label = known.type, known.label
            names[key].update((text, lang) for text, lang, how in known.names if how != "hidden")
        else:
            type_ = min(types[key], key=lambda t: (-types[key][t], t))
            label = labels[key]
            names[key].update(place_names.get(key, ()))
        alt = frozenset((t, lang or "en") for t, lang in names[key] if t != label)
        entities.append(Entity(key=key, type=type_, label=label, alt_labels=alt))
    return entities

"""The mention stage: known entities and places found in a document.

``match(doc)`` returns the hits of the registry and of the places of the
document's language (and English, which names appear in every language's
news); ``annotate(doc)`` keeps the longest non-overlapping ones as mentions.
"""

from __future__ import annotations

from ..lang import language
from ..model import Document, Mention
from . import places
from .matcher import Hit, select
from .registry import LABEL_CONFIDENCE, Registry, load_registry

#: Confidence of a place name found through CLDR.
CLDR_CONFIDENCE = 0.85


def match(doc: Document, *, registry: Registry | None = None) -> list[Hit]:
    """Every acceptable hit of a known name in ``doc`` (overlaps included)."""
    registry = registry or load_registry()
    suffixes = language(doc.language).suffixes
    langs = tuple(sorted({doc.language, "en"}))
    return registry.matcher.find(doc.text, suffixes=suffixes) + places.matcher(langs).find(doc.text, suffixes=suffixes)


def set_annotations(doc: Document, hits: list[Hit]) -> Document:
    """Keep the longest non-overlapping hits as the document's mentions."""
    mentions = []
    for h in select(hits):
        p = h.pattern
        if p.source == "cldr":
            method, confidence = "cldr", CLDR_CONFIDENCE
        else:
            method, confidence = "registry", LABEL_CONFIDENCE.get(p.source, LABEL_CONFIDENCE["hidden"])
        mentions.append(Mention(h.start, h.end, doc.text[h.start:h.end], p.key, p.type, p.label, confidence, method))
    return doc.with_(mentions=tuple(sorted(set(doc.mentions) | set(mentions), key=lambda m: (m.start, m.end, m.key))))


def annotate(doc: Document, *, registry: Registry | None = None) -> Document:
    """``set_annotations(doc, match(doc))``."""
    return set_annotations(doc, match(doc, registry=registry))

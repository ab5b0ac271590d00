"""The mention stage: known entities and places found in a document.

``match(doc)`` returns the hits of the registry and of the places of the
document's language (and English, which names appear in every language's
news); ``annotate(doc)`` keeps the longest non-overlapping ones as mentions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from ..lang import language
from ..model import Document, Mention
from ..text import written_in_lowercase
from . import inflection, places
from .matcher import Hit, select
from .registry import LABEL_CONFIDENCE, Registry, load_registry
from .spans import lowercase_words

#: Confidence of a place name found through CLDR, and of a city name found through GeoNames.
CLDR_CONFIDENCE = 0.85
GEONAMES_CONFIDENCE = 0.75


def match(doc: Document, *, registry: Registry | None = None) -> list[Hit]:
    """Every acceptable hit of a known name in ``doc`` (overlaps included)."""
    registry = registry or load_registry()
    lang = language(doc.language)
    suffixes = lang.suffixes
    langs = tuple(sorted({doc.language, "en"}))
    matchers = (registry.matcher, places.matcher(langs), places.city_matcher())
    hits = [h for m in matchers for h in m.find(doc.text, suffixes=suffixes)]
    if lang.inflected or lang.prefixes:  # known names and countries, not the many short names of cities
        exact: dict[str, list[tuple[int, int]]] = {}  # the exact hits of each name, in order of their start
        for h in hits:
            exact.setdefault(h.pattern.key, []).append((h.start, h.end))
        for spans in exact.values():
            spans.sort()
        for h in inflection.find(doc.text, lang, inflection.index_of(matchers[:2])):
            # where the name is found as written inside the inflected form, the exact hit is the mention
            # ("Operaţiunile Serengeti" is no form of "Operaţiunea Serengeti" worth more than "Serengeti")
            # (the same words with a suffix or a clitic, "Interpol'ün", "للإنتربول", stay the inflected hit)
            # (only the exact hits starting inside the inflected one are looked at, found by bisection)
            spans = exact.get(h.pattern.key, [])
            inside = spans[bisect_left(spans, (h.start,)):bisect_right(spans, (h.end, h.end))]
            if not any(e <= h.end and (doc.text[h.start:s] + doc.text[e:h.end]).count(" ") for s, e in inside):
                hits.append(h)
    return hits


def _ordinary_word(doc: Document, h: Hit, written: Callable[[str], bool] | None = None) -> bool:
    """A one-word city name that the document also writes in lowercase is an ordinary word there ("Sur", "Nice").

    ``written`` is :func:`graphkit.extract.spans.lowercase_words` of the text, when the caller has it.
    """
    surface = doc.text[h.start:h.end]
    if h.pattern.source != "geonames" or " " in surface or surface.lower() == surface:
        return False
    return written(surface) if written is not None else written_in_lowercase(doc.text, surface)


def set_annotations(doc: Document, hits: list[Hit]) -> Document:
    """Keep the longest non-overlapping hits as the document's mentions."""
    mentions = []
    written = lowercase_words(doc.text)
    written.prepare(word for h in hits if h.pattern.source == "geonames" and " " not in (word := doc.text[h.start:h.end]))
    for h in select(x for x in hits if not _ordinary_word(doc, x, written)):
        p = h.pattern
        if p.source in ("cldr", "geonames"):
            method, confidence = p.source, CLDR_CONFIDENCE if p.source == "cldr" else GEONAMES_CONFIDENCE
        else:
            method, confidence = "registry", LABEL_CONFIDENCE.get(p.source, LABEL_CONFIDENCE["hidden"])
        mentions.append(Mention(h.start, h.end, doc.text[h.start:h.end], p.key, p.type, p.label, confidence, method))
    return doc.with_(mentions=tuple(sorted(set(doc.mentions) | set(mentions), key=lambda m: (m.start, m.end, m.key))))


def annotate(doc: Document, *, registry: Registry | None = None) -> Document:
    """``set_annotations(doc, match(doc))``."""
    return set_annotations(doc, match(doc, registry=registry))

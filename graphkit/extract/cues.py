"""Cue phrases of relations in a sentence: the words of a language that say how two mentions relate.

The relations stage (:mod:`.relations`) pairs the mentions around each cue;
the operation frames (:mod:`.frames`) read the participation cues of the same
sentences. Both ask here, and a sentence's cues are found once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..lang import Language, RelationCue
from ..model import Document, Span
from ..segment import at_edge, word_edges
from ..text import fold_with_offsets, joins
from .spans import SpanSet, mentions_of


@dataclass(frozen=True)
class CueHit:
    cue: RelationCue
    start: int
    end: int


@lru_cache(maxsize=64)
def cue_pattern(lang: Language) -> tuple[re.Pattern, dict[str, RelationCue]]:
    """One alternation of every cue phrase of a language, longest first, and the cue of each phrase."""
    by_phrase: dict[str, RelationCue] = {}
    for cue in lang.relation_cues:  # already longest first
        by_phrase.setdefault(cue.phrase, cue)
    return re.compile("|".join(re.escape(p) for p in by_phrase)), by_phrase


def find_cues(doc: Document, sentence: Span, lang: Language) -> list[CueHit]:
    """Cue phrases in a sentence, outside mentions (names hold no cue), starting at a word start.

    Found once per sentence and set of mentions: the operation frames read the same cues.
    """
    if not lang.relation_cues:
        return []
    if not doc.mentions:  # the empty tuple is one object for every document: nothing is kept with it
        return _find_cues(doc, sentence, lang)
    memo = mentions_of(doc.mentions).memo
    key = ("cues", lang.code, sentence.start, sentence.end, hash(doc.text))
    if key not in memo:
        memo[key] = _find_cues(doc, sentence, lang)
    return memo[key]


def _find_cues(doc: Document, sentence: Span, lang: Language) -> list[CueHit]:
    folded, origin = fold_with_offsets(doc.text)  # folded once per document, shared by the stages
    lo, hi = bisect_left(origin, sentence.start), bisect_left(origin, sentence.end)
    names = SpanSet((m.start, m.end) for m in mentions_of(doc.mentions).overlapping(sentence.start, sentence.end))
    edges = word_edges(doc.text)
    pattern, by_phrase = cue_pattern(lang)
    hits = []
    for m in pattern.finditer(folded, lo, hi):
        a, b = m.start(), m.end()
        if a > 0 and joins(folded[a - 1], folded[a]):
            continue
        start, end = origin[a], origin[b] if b < len(origin) else len(doc.text)
        if names.overlaps(start, end) or not at_edge(doc.text, start, edges):
            continue
        hits.append(CueHit(by_phrase[m.group()], start, end))
    return hits

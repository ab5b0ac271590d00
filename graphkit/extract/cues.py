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
def cue_pattern(lang: Language) -> tuple[Phrases, dict[str, RelationCue]]:
    """What finds every cue phrase of a language, longest first, and the cue of each phrase."""
    by_phrase: dict[str, RelationCue] = {}
    for cue in lang.relation_cues:  # already longest first
        by_phrase.setdefault(cue.phrase, cue)
    return Phrases(by_phrase), by_phrase


class Phrases:
    """Finds phrases as their alternation ``re.compile("|".join(map(re.escape, phrases)))`` does, without compiling it.

    ``finditer`` gives the same matches: where a phrase starts leftmost, the first phrase listed that is there, then
    on from its end. An Aho–Corasick automaton finds them; it is made in a tenth of a millisecond, where the
    pattern of a language's few hundred cues took 2 to 5 ms to compile in every process.

    >>> [(m.start(), m.group()) for m in Phrases(["in cooperation with", "with", "in"]).finditer("in cooperation with")]
    [(0, 'in cooperation with')]
    """

    __slots__ = ("_automaton", "_pattern")

    def __init__(self, phrases) -> None:
        import ahocorasick

        phrases = list(phrases)
        self._automaton = self._pattern = None
        if "" in phrases:  # an empty alternative matches everywhere: the pattern's own way
            self._pattern = re.compile("|".join(re.escape(p) for p in phrases))
            return
        self._automaton = ahocorasick.Automaton()
        for i, phrase in enumerate(phrases):
            if phrase not in self._automaton:
                self._automaton.add_word(phrase, (i, len(phrase)))
        if phrases:
            self._automaton.make_automaton()

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        if self._pattern is not None:
            yield from self._pattern.finditer(text, pos, len(text) if endpos is None else endpos)
            return
        endpos = len(text) if endpos is None else min(endpos, len(text))
        if pos >= endpos or not len(self._automaton):
            return
        first: dict[int, tuple[int, int]] = {}  # start → (the phrase's place in the list, its length)
        for last, found in self._automaton.iter(text, pos, endpos):
            start = last - found[1] + 1
            if start not in first or found < first[start]:
                first[start] = found
        after = pos
        for start in sorted(first):
            if start >= after:
                after = start + first[start][1]
                yield _Match(text, start, after)


class _Match:
    """What :meth:`Phrases.finditer` gives: a phrase's place, as a match of ``re`` gives it."""

    __slots__ = ("_text", "_start", "_end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start:self._end]


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


#: How many words a date between a passive's verb and its agent may take ("lansată în iulie 2016 de").
DATE_WORDS = 4
#: The predicates whose cues may be passives read so: what is launched, led or backed by its agent.
PASSIVES = frozenset({"launchedBy", "coordinatedBy", "supports"})
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d\b")


@lru_cache(maxsize=64)
def dated_pattern(lang: Language) -> tuple[re.Pattern | None, dict[str, RelationCue]]:
    """What finds the cues that end with an agent word (``[words] agents``: "launched by", "lansată de") with a
    short stretch between the verb and the agent, and the cue of each verb ("launched in July 2016 by").

    The stretch is read as a date where it holds a year or a month (see :func:`_dated`).
    """
    agents = sorted(set(lang.agents), key=len, reverse=True)
    heads: dict[str, RelationCue] = {}
    for cue in lang.relation_cues:  # longest first
        if cue.predicate not in PASSIVES:
            continue
        for agent in agents:
            head = cue.phrase[:-len(agent)].rstrip() if cue.phrase.endswith(" " + agent) else ""
            if head:
                heads.setdefault(head, cue)
                break
    if not heads:
        return None, {}
    alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    agent = "|".join(re.escape(a) for a in agents)
    stretch = r"(?:\s+[^\s,;:.!?()\[\]«»\"“”„]+){1,%d}?" % DATE_WORDS
    return re.compile(rf"(?<!\w)({alternation})({stretch})\s+(?:{agent})(?!\w)"), heads


def _dated(words: str, lang: Language) -> bool:
    """Whether the words between a passive's verb and its agent say when: a year or a month among them (not
    "supported 300 investigators by")."""
    return any(_YEAR.fullmatch(w) or w in lang.months for w in words.split())


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
    dated, heads = dated_pattern(lang)
    if dated is not None and lang.agents:
        for m in dated.finditer(folded, lo, hi):
            if not _dated(m.group(2), lang):
                continue
            start, end = origin[m.start()], origin[m.end()] if m.end() < len(origin) else len(doc.text)
            if names.overlaps(start, end) or not at_edge(doc.text, start, edges):
                continue
            # the passive is one cue: its verb alone ("<launched") is none of its own
            hits = [h for h in hits if not start <= h.start < end] + [CueHit(heads[m.group(1)], start, end)]
        hits.sort(key=lambda h: (h.start, h.end))
    return hits

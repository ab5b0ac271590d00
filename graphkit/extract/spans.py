"""Indexes that keep the extraction stages linear in the length of a text.

The stages ask the same few questions again and again: is this stretch free
of every span already taken? which mentions lie in this sentence, overlap
this clause, start in this window? Asked of a plain list, each question costs
the length of the list, and an article's cost grows with the square of its
length. These structures answer them by bisection, with the very same
answers (including for empty and reversed spans):

- :class:`SpanSet`: whether a stretch ``[start, end)`` overlaps any span of a
  growing set (``start < e and s < end`` for some span ``(s, e)``);
- :class:`Taken`: a list of taken spans (what discovery appends to) with its
  :class:`SpanSet`;
- :class:`ByStart`: items with ``start``/``end`` (mentions, dates) in a stretch,
  in their own order;
- :func:`mentions_of` and :func:`sentences_of`: those indexes for a document's
  mentions and sentences, built once per tuple and kept for the next calls;
- :func:`literal_matches`: the matches of many ``re`` patterns, each a literal
  word with look-arounds, found in one pass over the text;
- :func:`lowercase_words`: what :func:`graphkit.text.written_in_lowercase`
  answers, for every word of a text at once;
- :func:`stretch`: one string for a sentence that many evidences hold.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from ..text import written_in_lowercase


class SpanSet:
    """Spans ``[s, e)``, and whether a stretch overlaps one of them.

    Overlap is what ``start < e and s < end`` says of two spans. Non-empty
    spans are kept merged where they overlap (their union as open intervals
    is what overlap depends on), sorted, so that a question is a bisection;
    empty spans are kept as points, reversed ones (``s > e``) as they are.

    Example:
        >>> spans = SpanSet([(0, 5), (10, 12)])
        >>> spans.overlaps(4, 8), spans.overlaps(5, 10), spans.overlaps(11, 11)
        (True, False, True)
    """

    __slots__ = ("_starts", "_ends", "_points", "_reversed", "_raw")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._points: list[int] = []
        self._reversed: list[tuple[int, int]] = []
        self._raw: list[tuple[int, int]] = []  # every span, for reversed questions
        proper = []
        for s, e in spans:
            self._raw.append((s, e))
            if s < e:
                proper.append((s, e))
            elif s == e:
                self._points.append(s)
            else:
                self._reversed.append((s, e))
        self._points.sort()
        for s, e in sorted(proper):
            if self._ends and s < self._ends[-1]:
                if e > self._ends[-1]:
                    self._ends[-1] = e
            else:
                self._starts.append(s)
                self._ends.append(e)

    def __len__(self) -> int:
        return len(self._raw)

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)`` too."""
        self._raw.append((start, end))
        if start > end:
            self._reversed.append((start, end))
            return
        if start == end:
            self._points.insert(bisect_right(self._points, start), start)
            return
        starts, ends = self._starts, self._ends
        i = bisect_right(ends, start)  # the first merged span ending after start
        j = bisect_left(starts, end)  # the first starting at or after end
        if i < j:  # spans i … j-1 overlap [start, end): one span now
            start, end = min(start, starts[i]), max(end, ends[j - 1])
        starts[i:j] = [start]
        ends[i:j] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start < e and s < end`` for a span ``(s, e)`` of the set."""
        if start > end:
            return any(start < e and s < end for s, e in self._raw)
        starts, ends = self._starts, self._ends
        i = bisect_right(ends, start)
        if i < len(starts) and starts[i] < (end if start < end else start):
            return True
        if start < end:
            k = bisect_right(self._points, start)
            if k < len(self._points) and self._points[k] < end:
                return True
        return any(start < e and s < end for s, e in self._reversed)

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps no span of the set."""
        return not self.overlaps(start, end)


class Taken:
    """The spans already taken, in the order they were taken, with a :class:`SpanSet` of them.

    It stands where discovery used a list of ``(start, end)`` pairs: it can be
    appended to, extended and iterated.
    """

    __slots__ = ("_spans", "_set")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = list(spans)
        self._set = SpanSet(self._spans)

    def append(self, span: tuple[int, int]) -> None:
        self._spans.append(span)
        self._set.add(*span)

    def extend(self, spans: Iterable[tuple[int, int]]) -> None:
        for span in spans:
            self.append(span)

    def __iter__(self):
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)

    def overlaps(self, start: int, end: int) -> bool:
        return self._set.overlaps(start, end)


def is_free(start: int, end: int, taken) -> bool:
    """Whether ``[start, end)`` overlaps no span of ``taken`` (a :class:`Taken`, a :class:`SpanSet` or pairs)."""
    if isinstance(taken, (Taken, SpanSet)):
        return not taken.overlaps(start, end)
    return not any(start < e and s < end for s, e in taken)


class ByStart:
    """Items with ``start`` and ``end`` (mentions, dates), and those of a stretch, in their own order.

    When the items are in order of their start (as every stage leaves them),
    a stretch is found by bisection; otherwise by a scan, with the same result.
    """

    __slots__ = ("items", "starts", "ordered", "longest", "memo")

    def __init__(self, items: Sequence) -> None:
        self.items = items
        self.starts = [x.start for x in items]
        self.ordered = (all(a <= b for a, b in zip(self.starts, self.starts[1:]))
                        and all(x.end >= x.start for x in items))
        self.longest = max((x.end - x.start for x in items), default=0)
        self.memo: dict = {}  # what callers compute once per item list (the most mentioned entity of a class …)

    def _range(self, lo: int, hi: int, *, right: bool = False) -> Sequence:
        """Items whose start is in ``[lo, hi)`` (``[lo, hi]`` with ``right``), for an ordered list."""
        a = bisect_left(self.starts, lo)
        b = bisect_right(self.starts, hi) if right else bisect_left(self.starts, hi)
        return self.items[a:b] if a < b else ()

    def starting(self, lo: int, hi: int) -> list:
        """Items with ``lo <= start < hi``."""
        if not self.ordered:
            return [x for x in self.items if lo <= x.start < hi]
        return list(self._range(lo, hi))

    def within(self, lo: int, hi: int) -> list:
        """Items with ``lo <= start`` and ``end <= hi``."""
        if not self.ordered:
            return [x for x in self.items if lo <= x.start and x.end <= hi]
        return [x for x in self._range(lo, hi, right=True) if x.end <= hi]

    def overlapping(self, lo: int, hi: int) -> list:
        """Items with ``start < hi`` and ``end > lo``."""
        if not self.ordered:
            return [x for x in self.items if x.start < hi and x.end > lo]
        return [x for x in self._range(lo - self.longest, hi) if x.end > lo]

    def first_at_or_after(self, offset: int, begin: int = 0) -> int:
        """The index of the first item from ``begin`` on whose start is ``offset`` or more (ordered lists)."""
        return max(begin, bisect_left(self.starts, offset))


# ---------------------------------------------------------------- per document

_KEPT = 8
_indexes: dict[int, tuple[object, object]] = {}


def _kept(obj, make: Callable):
    """``make(obj)``, computed once for the same tuple object while it is among the last few used."""
    if not isinstance(obj, tuple):
        return make(obj)  # a mutable sequence may change: no reuse
    key = id(obj)
    entry = _indexes.get(key)
    if entry is not None and entry[0] is obj:  # the tuple is held here, so its id is not reused
        return entry[1]
    value = make(obj)
    if len(_indexes) >= _KEPT:
        _indexes.pop(next(iter(_indexes)))
    _indexes[key] = (obj, value)
    return value


def mentions_of(mentions: Sequence) -> ByStart:
    """The :class:`ByStart` index of a document's mentions (built once per tuple)."""
    return _kept(mentions, lambda ms: ByStart(ms))


class Sentences:
    """A document's sentences: the one at an index, the first starting at or after an offset."""

    __slots__ = ("items", "starts", "ordered")

    def __init__(self, sentences: Sequence) -> None:
        self.items = sentences
        self.starts = [s.start for s in sentences]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))

    def index(self, sentence) -> int:
        """The index of the first sentence equal to ``sentence``, or -1."""
        if not self.ordered:
            try:
                return list(self.items).index(sentence)
            except ValueError:
                return -1
        i = bisect_left(self.starts, sentence.start)
        while i < len(self.items) and self.starts[i] == sentence.start:
            if self.items[i] == sentence:
                return i
            i += 1
        return -1

    def first_from(self, offset: int):
        """The first sentence (in their order) whose start is ``offset`` or more, or None."""
        if not self.ordered:
            return next((s for s in self.items if s.start >= offset), None)
        i = bisect_left(self.starts, offset)
        return self.items[i] if i < len(self.items) else None


def sentences_of(sentences: Sequence) -> Sentences:
    """The :class:`Sentences` index of a document's sentences (built once per tuple)."""
    return _kept(sentences, lambda ss: Sentences(ss))


def starts_sentence(doc, pos: int) -> bool:
    """Whether only punctuation (an opening quote, a dash) stands between the start of ``doc``'s sentence that holds
    ``pos`` and ``pos``."""
    sentence = doc.sentence_of(pos)
    text = doc.text
    i = pos - 1  # read back from pos: the first letter or digit met answers, not the whole sentence before it
    while i >= sentence.start:
        if text[i].isalnum():
            return False
        i -= 1
    return True


@lru_cache(maxsize=256)
def stretch(text: str, start: int, end: int) -> str:
    """``text[start:end]``, one object for the same stretch of the same text while it is among the last used.

    The evidence of every relation read in a sentence holds that sentence: one string for all of them, not a
    copy each (a long sentence with many relations took memory in the square of its length).
    """
    return text[start:end]


@lru_cache(maxsize=8)
def sorted_edges(edges: frozenset[int]) -> list[int]:
    """Word edges in order, to count those in a stretch by bisection."""
    return sorted(edges)


# ---------------------------------------------------------------- words


def literal_matches(text: str, patterns: dict[str, re.Pattern]) -> dict[str, list[tuple[int, int]]]:
    """``[m.span() for m in patterns[w].finditer(text)]`` for each word ``w``, in one pass over the text.

    Each pattern must match exactly the word ``w`` (literally, case included)
    where its look-arounds allow. Every occurrence of every word is found by
    an Aho–Corasick automaton; an occurrence is a match where the pattern
    matches there, and, as ``finditer`` does, matches do not overlap, the
    leftmost first.
    """
    import ahocorasick

    words = [w for w in patterns if w]
    out: dict[str, list[tuple[int, int]]] = {w: [] for w in patterns}
    if not words:
        return out
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    automaton.make_automaton()
    occurrences: dict[str, list[int]] = {}
    for end, w in automaton.iter(text):
        occurrences.setdefault(w, []).append(end - len(w) + 1)
    for w, starts in occurrences.items():
        pattern, length, found = patterns[w], len(w), out[w]
        last = -1
        for s in sorted(starts):
            if s >= last and pattern.match(text, s):
                found.append((s, s + length))
                last = s + length
    return out


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text))


class LowercaseWords:
    """Whether a text writes a word in lowercase, as a word of its own.

    The same answers as :func:`graphkit.text.written_in_lowercase`. A word made
    only of word characters (``\\w``) is looked up among the text's words;
    others (``"Cyber Week"``, ``"Saint-Denis"``) are searched for, all those
    given to :meth:`prepare` in one pass, any other once.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.searched: dict[str, bool] = {}  # the lowercase form of a word → whether it is written so

    def prepare(self, words: Iterable[str]) -> None:
        """Search the text for all these words at once (those that need a search)."""
        lows = {w.lower() for w in words} - self.searched.keys()
        patterns = {low: re.compile(rf"(?<!\w){re.escape(low)}(?!\w)") for low in lows if not _WORD.fullmatch(low)}
        if patterns:
            for low, found in literal_matches(self.text, patterns).items():
                self.searched[low] = bool(found)

    def __call__(self, word: str) -> bool:
        low = word.lower()
        if _WORD.fullmatch(low):
            return low in _words(self.text)  # the text's words, listed on first use
        if low not in self.searched:
            self.searched[low] = written_in_lowercase(self.text, word)
        return self.searched[low]


def lowercase_words(text: str) -> LowercaseWords:
    """:class:`LowercaseWords` of ``text``."""
    return LowercaseWords(text)

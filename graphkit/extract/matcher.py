"""Multi-pattern name matching whose cost does not grow with the number of names.

Names are folded (NFKC, unified punctuation, case folding) and put in an
Aho–Corasick automaton (pyahocorasick); a document is folded the same way with
an offset map, scanned once, and every hit mapped back to exact offsets of the
original text. A hit is kept when it respects word boundaries in the text's
script (see :func:`graphkit.text.joins`), with two allowances for inflection
and compounds: a hyphen always ends a word ("Binance-communityn"), and a name
may be followed inside its word by one of the language's suffixes
("Hongkong" + "s"). In scripts without spaces, a hit must start and end at
word edges found by :mod:`graphkit.segment` (Thai "ปราก" is not in "ปรากฏ").
Characters that show nothing (a soft hyphen, zero-width spaces and joiners:
:data:`graphkit.text.INVISIBLE`) are left out of the names and of the folded
text: "Inter\u00adpol" is INTERPOL, its mention the text as written.

Case: acronyms (no lowercase letter, at most six letters) match only as
written; a one-word name with a capital letter needs a capital in the text
("Secure" does not match "secure"); longer names match in any case.
"""

from __future__ import annotations

import itertools
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ..cache import Strings
from ..segment import at_edge, word_edges
from ..text import fold, fold_with_offsets, is_unspaced, is_word_char, joins, script_of, visible, visible_with_offsets
from .spans import SpanSet


@dataclass(frozen=True, slots=True)
class Pattern:
    """A name to find, and what it names."""

    text: str
    key: str
    type: str
    label: str
    lang: str = ""
    priority: int = 0
    source: str = ""  # where the name comes from: "label", "alt", "hidden", "cldr" …


@dataclass(frozen=True, slots=True)
class Hit:
    """A pattern found at ``[start, end)`` of the original text."""

    start: int
    end: int
    pattern: Pattern


def is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return (
        bool(letters) and len(letters) <= 6 and " " not in name.strip()
        and any(c.isupper() for c in letters) and not any(c.islower() for c in letters)
    )


def case_ok(pattern_text: str, surface: str) -> bool:
    if is_acronym(pattern_text):
        return fold(surface, case=False) == fold(pattern_text, case=False)
    if " " not in pattern_text.strip() and any(c.isupper() for c in pattern_text):
        return any(c.isupper() for c in surface)
    return True


class Matcher:
    """An automaton over many patterns; build once, match many documents.

    A matcher keeps its names in a few flat columns (every name in one string, indexes in arrays) and makes
    :class:`Pattern` objects only for the names it finds, so that it pickles and loads as a handful of objects
    beside its automaton: loaded from :mod:`graphkit.cache`, a matcher of a hundred thousand names is ready in
    a few hundredths of a second (building it takes a second), one of a million names in about one second.

    Example:
        >>> m = Matcher([Pattern("Binance", "binance", "Company", "Binance")])
        >>> [(h.start, h.end) for h in m.find("La Binance-communityn.", suffixes=())]
        [(3, 10)]
    """

    #: what the matcher's cache entry and those of what is made of it are named after ("registry-…", "places-en-fr"),
    #: "" when it has no entry
    name = ""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        table: dict[str, list[Pattern]] = {}
        for p in patterns:
            key = fold(p.text)
            if len(key) < 2:
                continue
            table.setdefault(key, []).append(p)
        #: the folded names, in the order they were first given (:meth:`keys`)
        self._keys = Strings(table)
        self._columns = _Columns(group for group in table.values())
        # names are found without the characters that show nothing, in them or in the text ("Inter\u00adpol"):
        # the automaton's values number the names as shown, each with the folded names it stands for
        shown: dict[str, list[int]] = {}
        for i, key in enumerate(table):
            shown.setdefault(visible(key), []).append(i)
        self._shown = Strings(shown)
        self._members = array("I", (i for members in shown.values() for i in members))
        self._member_ends = array("I", itertools.accumulate(len(members) for members in shown.values()))
        self._automaton = _automaton(shown)
        self._made()

    def _made(self) -> None:
        self._groups: dict[int, tuple[Pattern, ...]] = {}  # a folded name's patterns, made on first use
        self._found: dict[int, tuple[Pattern, ...]] = {}  # a shown name's patterns, made on first use
        self._table: dict[str, tuple[Pattern, ...]] | None = None
        self._fingerprint: str | None = None  # what is made of the matcher asks for it several times a process

    @property
    def size(self) -> int:
        """How many different names (as shown) the matcher finds."""
        return len(self._shown)

    def keys(self):
        """The folded names, by number (the numbers :meth:`key` and :meth:`patterns` take)."""
        return iter(self._keys)

    def key(self, i: int) -> str:
        return self._keys[i]

    def patterns(self, i: int) -> tuple[Pattern, ...]:
        """The patterns of the ``i``-th folded name."""
        group = self._groups.get(i)
        if group is None:
            group = self._groups[i] = self._columns.group(i)
        return group

    def fingerprint(self) -> str:
        """A hash of the matcher's names and patterns: what is made of it is made again when they change."""
        if self._fingerprint is None:
            self._fingerprint = self._hashed()
        return self._fingerprint

    def _hashed(self) -> str:
        import hashlib

        h = hashlib.sha256()
        c = self._columns
        for part in (self._keys.joined, self._keys.ends, c.texts.joined, c.texts.ends, c.group_ends, c.what_of,
                     c.how_of, repr(c.whats), repr(c.hows)):
            h.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else bytes(part))
            h.update(b"\0")
        return h.hexdigest()

    @property
    def table(self) -> dict[str, tuple[Pattern, ...]]:
        """Folded name → its patterns (read by :mod:`.inflection`), made on first use."""
        if self._table is None:
            self._table = {key: self.patterns(i) for i, key in enumerate(self._keys)}
        return self._table

    def _shown_patterns(self, j: int) -> tuple[Pattern, ...]:
        """The patterns of the ``j``-th name as shown: those of the folded names it stands for, in their order."""
        group = self._found.get(j)
        if group is None:
            members = self._members[self._member_ends[j - 1] if j else 0:self._member_ends[j]]
            group = self._found[j] = tuple(p for i in members for p in self.patterns(i))
        return group

    def __getstate__(self) -> tuple:
        return self._keys, self._columns, self._shown, self._members, self._member_ends, self._automaton, self.name

    def __setstate__(self, state: tuple) -> None:
        self._keys, self._columns, self._shown, self._members, self._member_ends, self._automaton, self.name = state
        self._made()

    def find(self, text: str, *, suffixes: Iterable[str] = ()) -> list[Hit]:
        """Every acceptable hit in ``text`` (overlapping hits included)."""
        if not len(self._automaton):
            return []
        clusters = fold_with_offsets(text)[1]  # where each folded character's cluster starts
        folded, origin = _visible_folding(text)
        edges = word_edges(text)
        suffixes = tuple(sorted(set(suffixes), key=len, reverse=True))
        hits: list[Hit] = []
        length = self._shown.length
        for end_idx, j in self._automaton.iter(folded):
            a = end_idx - length(j) + 1
            start = origin[a]
            # the name ends where the cluster of its last character does (before an invisible one after it)
            core_end = origin[end_idx + 1]
            if core_end != origin[end_idx]:
                core_end = clusters[bisect_right(clusters, origin[end_idx])]  # offsets only grow; the last is len(text)
            if core_end == origin[end_idx]:
                base = origin[end_idx]
                cluster_end = clusters[bisect_right(clusters, base)]
                if fold(text[base]) != folded[end_idx] or not _only_marks(text, base + 1, cluster_end):
                    continue  # the name ends inside a character that folds to several ("ß" → "ss")
                # the name ends with a letter whose vowel sign begins a suffix ("চীন" + "ের"): it ends at the letter
                core_end = base + 1
            if start > 0 and joins(text[start - 1], text[start]):
                continue
            end = _right_edge(text, core_end, suffixes)
            if end < 0 or not (at_edge(text, start, edges) and at_edge(text, end, edges)):
                continue
            core = text[start:core_end]
            for p in self._shown_patterns(j):
                if case_ok(p.text, core):
                    hits.append(Hit(start, end, p))
        return hits


class _Columns:
    """The patterns of each name, as columns: their texts, and indexes into the few distinct values of their other
    fields (what they name: key, type and label; how: language, priority and source)."""

    def __init__(self, groups: Iterable[list[Pattern]]) -> None:
        texts: list[str] = []
        whats: dict[tuple, int] = {}
        hows: dict[tuple, int] = {}
        what_of, how_of = array("I"), array("I")
        self.group_ends = array("I")
        for group in groups:
            for p in group:
                texts.append(p.text)
                what_of.append(whats.setdefault((p.key, p.type, p.label), len(whats)))
                how_of.append(hows.setdefault((p.lang, p.priority, p.source), len(hows)))
            self.group_ends.append(len(texts))
        self.texts = Strings(texts)
        self.whats, self.hows = list(whats), list(hows)
        self.what_of, self.how_of = what_of, how_of

    def group(self, i: int) -> tuple[Pattern, ...]:
        """The patterns of the ``i``-th name, in the order they were given."""
        out = []
        for j in range(self.group_ends[i - 1] if i else 0, self.group_ends[i]):
            key, type_, label = self.whats[self.what_of[j]]
            lang, priority, source = self.hows[self.how_of[j]]
            out.append(Pattern(self.texts[j], key, type_, label, lang, priority, source))
        return tuple(out)


def _automaton(keys: Iterable[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton whose value for the ``i``-th of ``keys`` is ``i`` (an empty key is left out)."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for i, key in enumerate(keys):
        if key:
            automaton.add_word(key, i)
    if len(automaton):
        automaton.make_automaton()
    return automaton


@lru_cache(maxsize=8)
def _visible_folding(text: str) -> tuple[str, list[int]]:
    """The folded text without its invisible characters, and its offset map (once for the matchers of a text)."""
    return visible_with_offsets(*fold_with_offsets(text))


def _only_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one or more combining marks (vowel signs, accents)."""
    return start < end and all(unicodedata.category(c)[0] == "M" for c in text[start:end])


#: Scripts whose capitals tell an acronym from a word (in the others, an ending after a hyphen is one on any name).
_CASED_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"})


def _right_edge(text: str, end: int, suffixes: tuple[str, ...]) -> int:
    """Where a hit ending at ``end`` really ends, or -1 if it ends inside a word."""
    n = len(text)
    if end + 1 < n and text[end] in "-:" and suffixes and (
            text[end - 1].isupper() and text[end + 1].islower()
            or text[end + 1].isalpha() and script_of(text[end - 1]) not in _CASED_SCRIPTS):
        # a case ending after a hyphen or a colon on an acronym ("FBI-jem", "MUP-a", "CERT:n"; Georgian "შსს-ის")
        stop = end + 2
        while stop < n and joins(text[stop - 1], text[stop]):
            stop += 1
        if fold(text[end + 1:stop]) in suffixes:
            return stop
    if end >= n or not joins(text[end - 1], text[end]):
        if end < n and suffixes and is_unspaced(text[end - 1]):
            # scripts without spaces: a listed mark may follow the name (กรุงเทพ + ฯ)
            rest = fold(text[end:end + 8])
            for s in suffixes:
                if rest.startswith(s) and is_word_char(s[0]) and is_unspaced(s[0]):
                    return end + len(s)
        return end
    # inside a word: the rest of the word must be a listed suffix
    stop = end
    while stop < n and joins(text[stop - 1], text[stop]):
        stop += 1
    if fold(text[end:stop]) in suffixes:
        return stop
    return -1


def select(hits: Iterable[Hit]) -> list[Hit]:
    """Non-overlapping hits: longest first, then the name that covers more of it (a name as written over another
    with a suffix: "HAECHI-II" is not "HAECHI-I" with Turkish "-i"), then higher priority, then leftmost."""
    ordered = sorted(hits, key=lambda h: (-(h.end - h.start), -len(h.pattern.text), -h.pattern.priority, h.start,
                                          h.pattern.key))
    taken: list[Hit] = []
    occupied = SpanSet()
    for h in ordered:
        if occupied.overlaps(h.start, h.end):
            continue
        taken.append(h)
        occupied.add(h.start, h.end)
    return sorted(taken, key=lambda h: (h.start, h.end))

"""Word edges in scripts written without spaces between words.

A name or a number word found inside a Thai text must start and end where
words do ("ปราก", Prague, is not in "ปรากฏ", to appear). Spaced scripts need
nothing here: their boundaries are visible. Each unspaced script may have a
segmenter; a script without one gets no check.

Segmenters (offline, from PyPI):
    THAI: pythainlp's dictionary-based ``newmm`` (its dictionary ships in the package), run by
    :mod:`graphkit.thai` without importing pythainlp.
    KHMER, LAO, MYANMAR, TIBETAN: grapheme clusters (no word segmenter ships its data
    on PyPI): names start and end between syllable clusters, never inside one.
"""

from __future__ import annotations

from functools import lru_cache

from .text import script_of


def _thai(run: str) -> list[str]:
    from .thai import words

    return words(thai_words(), run)


class ThaiWords:
    """pythainlp's Thai word list, in the one form its ``newmm`` segmenter reads it through (:meth:`prefixes`).

    pythainlp builds a trie of node objects from its 62,000 words (most of a second); here the words are an
    Aho-Corasick automaton, built once and then loaded from :mod:`graphkit.cache` in about a hundredth of a
    second (a table of the 235,000 words and starts of words took seven times that). newmm asks for the words
    at each position of a text in turn: the automaton finds them all in one pass over the text, the first time
    it is asked about that text. The words found, and so the segmentation, are the same.
    """

    def __init__(self, automaton) -> None:
        #: every word, its value its length (``ahocorasick.STORE_LENGTH``)
        self.automaton = automaton
        self._found: tuple[str, dict[int, list[int]]] | None = None  # the last text asked about, and its words

    @classmethod
    def of(cls, words) -> ThaiWords:
        import ahocorasick

        automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
        for word in words:
            word = word.strip()  # as pythainlp's Trie takes them
            if word:
                automaton.add_word(word)
        if len(automaton):
            automaton.make_automaton()
        return cls(automaton)

    def __bool__(self) -> bool:
        return True  # newmm takes a falsy dictionary for none given

    def __contains__(self, word: str) -> bool:
        return self.automaton.exists(word)

    def words(self):
        """Every word of the dictionary."""
        return self.automaton.keys()

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The words that ``text[start:]`` starts with, shortest first (what :class:`pythainlp.util.Trie` gives)."""
        found = self._found
        if found is None or found[0] is not text:
            found = self._found = (text, self._starts(text))
        lengths = found[1].get(start)
        return [text[start:start + n] for n in lengths] if lengths else []

    def _starts(self, text: str) -> dict[int, list[int]]:
        """Where each word found in ``text`` starts → the lengths of the words starting there, shortest first."""
        starts: dict[int, list[int]] = {}
        if not len(self.automaton):
            return starts
        for end, length in self.automaton.iter(text):
            starts.setdefault(end - length + 1, []).append(length)
        for lengths in starts.values():
            if len(lengths) > 1:
                lengths.sort()
        return starts


@lru_cache(maxsize=1)
def thai_words() -> ThaiWords:
    """The dictionary of Thai words ``newmm`` segments with (pythainlp's, built once, then loaded from the cache).

    Found by the bytes of pythainlp's word list and the stamp of its code, without importing it (a tenth of a
    second) unless the dictionary is built.
    """
    import ahocorasick

    from .cache import cached, library_stamp

    package = _pythainlp_folder()

    def build():
        from pythainlp.corpus import thai_words as words

        return ThaiWords.of(words()).automaton

    return ThaiWords(cached("thai-words", build, inputs=[package / "corpus" / "words_th.txt",
                                                          _stamp(package / "__init__.py"),
                                                          _stamp(package / "corpus" / "core.py"),
                                                          library_stamp(ahocorasick)]))


def _pythainlp_folder():
    """Where pythainlp is installed (found, not imported)."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("pythainlp")
    if spec is None or not spec.origin:
        import pythainlp  # not installed: its ImportError says so

        return Path(pythainlp.__file__).parent
    return Path(spec.origin).parent


def _stamp(path) -> str:
    """What tells one installed version of a library's file from another: its path, size and time."""
    import os

    try:
        st = os.stat(path)
    except OSError:
        return f"{path} ?"
    return f"{path} {st.st_size} {st.st_mtime_ns}"


#: Marks that join the next consonant to the cluster (Khmer coeng, Myanmar and Tibetan-style viramas).
_STACKING = frozenset("\u17d2\u1039\u0f84")


def _clusters(run: str) -> list[str]:
    """Grapheme clusters of a run: a letter with its marks, and a consonant stacked under it by a coeng or virama.

    Where no word segmenter ships on PyPI with its data (Khmer, Lao, Myanmar, Tibetan), a name found
    in the text must at least start and end between clusters: never between a consonant and its vowel sign.
    """
    import unicodedata

    out: list[str] = []
    i, n = 0, len(run)
    while i < n:
        j = i + 1
        while j < n and (unicodedata.category(run[j])[0] == "M" or run[j - 1] in _STACKING):
            j += 1
        out.append(run[i:j])
        i = j
    return out


SEGMENTERS = {"THAI": _thai, "KHMER": _clusters, "LAO": _clusters, "MYANMAR": _clusters, "TIBETAN": _clusters}


@lru_cache(maxsize=4096)
def word_edges(text: str) -> frozenset[int] | None:
    """Offsets where a word starts or ends in the unspaced-script runs of ``text``.

    Returns None when the text has no run of a script with a segmenter, in
    which case callers make no check.

    >>> 3 in word_edges("ที่กรุงเทพ")
    True
    """
    chars = set(text)
    if chars.isdisjoint(_segmented_chars(chars)):
        return None  # most texts: no character of a script with a segmenter, nothing to walk through
    edges: set[int] = set()
    found = False
    i, n = 0, len(text)
    while i < n:
        script = script_of(text[i])
        segment = SEGMENTERS.get(script)
        if segment is None:
            i += 1
            continue
        j = i
        while j < n and (script_of(text[j]) == script or (text[j] == " " and j + 1 < n and script_of(text[j + 1]) == script)):
            j += 1
        found = True
        pos = i
        edges.add(pos)
        for token in segment(text[i:j]):
            pos += len(token)
            edges.add(pos)
        i = j
    return frozenset(edges) if found else None


_KNOWN_CHARS: set[str] = set()
_SEGMENTED_CHARS: set[str] = set()


def _segmented_chars(chars: set[str]) -> set[str]:
    """The characters met so far (``chars`` among them) whose script has a segmenter."""
    new = chars - _KNOWN_CHARS
    if new:
        _SEGMENTED_CHARS.update(c for c in new if script_of(c) in SEGMENTERS)
        _KNOWN_CHARS.update(new)
    return _SEGMENTED_CHARS


def at_edge(text: str, offset: int, edges: frozenset[int] | None) -> bool:
    """Whether ``offset`` may be a word edge: always, unless it sits inside a segmented run."""
    if edges is None or offset in edges or offset <= 0 or offset >= len(text):
        return True
    left, right = text[offset - 1], text[offset]
    script = script_of(left)
    return not (script in SEGMENTERS and script_of(right) == script)

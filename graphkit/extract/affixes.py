"""Which of a language's suffixes (or prefixes) a word ends (or begins) with, found by lookup.

The stages ask of many words which of the language's listed endings they carry (Korean lists 44 particles,
Turkish 50 case endings): testing every ending with ``str.endswith`` costs one call per ending and word. An
:class:`Affixes` index looks up the word's last (or first) letters once per length of the listed affixes, and
gives the same affixes in the language's own order.
"""

from __future__ import annotations

from functools import lru_cache

from ..lang import Language


class Affixes:
    """A list of suffixes (or prefixes, ``start=True``), looked up by a word's last (or first) letters.

    >>> Affixes(("는", "은", "에서")).of("경찰청에서")
    ['에서']
    >>> Affixes(("al", "ta", "l"), start=True).of("alta")
    ['al']
    """

    def __init__(self, affixes, *, start: bool = False) -> None:
        self._order: dict[str, int] = {}
        self._empty = False  # whether the list holds an empty string (never one of :meth:`of`, but :meth:`listed`)
        for i, x in enumerate(affixes):
            if x:
                self._order.setdefault(x, i)
            else:
                self._empty = True
        self._lengths = sorted({len(x) for x in self._order}, reverse=True)
        self._start = start

    def __bool__(self) -> bool:
        return bool(self._order)

    def listed(self, affix: str) -> bool:
        """Whether ``affix`` is one of the list (as ``affix in the_list``)."""
        return affix in self._order or self._empty and affix == ""

    def of(self, word: str) -> list[str]:
        """The listed affixes (none empty, each once) that ``word`` ends (begins) with, in the list's order."""
        order, n = self._order, len(word)
        if self._start:
            found = [word[:k] for k in self._lengths if k <= n and word[:k] in order]
        else:
            found = [word[n - k:] for k in self._lengths if k <= n and word[n - k:] in order]
        if len(found) > 1:
            found.sort(key=order.__getitem__)
        return found

    def longest(self, word: str) -> list[str]:
        """The listed affixes that ``word`` ends (begins) with, longest first."""
        order, n = self._order, len(word)
        if self._start:
            return [word[:k] for k in self._lengths if k <= n and word[:k] in order]
        return [word[n - k:] for k in self._lengths if k <= n and word[n - k:] in order]


@lru_cache(maxsize=64)
def indexed(affixes: tuple[str, ...]) -> Affixes:
    """A tuple of suffixes, indexed (made once per tuple)."""
    return Affixes(affixes)


@lru_cache(maxsize=64)
def suffixes(lang: Language) -> Affixes:
    """The language's ``suffixes``, indexed (made once per language)."""
    return Affixes(lang.suffixes)


@lru_cache(maxsize=64)
def prefixes(lang: Language) -> Affixes:
    """The language's ``prefixes``, indexed (made once per language)."""
    return Affixes(lang.prefixes, start=True)

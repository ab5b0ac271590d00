"""Known names as inflected languages write them: endings, clitics and suffixes after an apostrophe.

The matcher (:mod:`.matcher`) finds a name as it is listed, followed at most
by one of the language's listed suffixes. Languages with cases change the end
of a name ("Estonia" → Polish "Estonii", "Лаборатория Касперского" → Russian
"Лаборатории Касперского", "Suomi" → Finnish "Suomen"), attach suffixes after
an apostrophe (Turkish "Interpol'ün") or write clitics before it (Arabic
"وكاسبرسكي", "للإنتربول"). This module finds those forms with no dictionary
and nothing per language but data:

- a word of the text matches a word of a name when both share a stem of at
  least ``MIN_STEM`` letters, the name loses at most ``MAX_CUT`` vowels of
  its end and the text puts at most ``MAX_REPLACEMENT`` letters in their place,
  or the text adds one of the language's suffixes to the whole name (in
  languages whose file says ``inflected = true``);
- a word with an apostrophe is compared by what stands before it;
- a word starting with one of the language's ``[words] prefixes`` (clitics)
  is compared by what follows; "لل>ال" says that the clitic stands in place
  of the article ("للإنتربول" is "ل" + "الإنتربول").

Every word of a name must match a word of the text, in order, separated by
spaces only. A hit covers the whole words of the text, so the mention is the
form as written ("Estonii", "Interpol'ün", "للإنتربول"). Exact hits of the
matcher are preferred over these (a lower priority, and the longer common stem
first); case is checked as the matcher does (an acronym as written, a name with
a capital needs one).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import regex

from ..lang import Language
from ..text import fold, is_unspaced, script_of
from . import affixes
from .matcher import Hit, Matcher, Pattern, case_ok, is_acronym

MIN_STEM = 4
#: The shortest stem a word before a name's last word shares with its form: an adjective agrees with the noun
#: after it, and its ending may be longer than its stem is short ("Nowa Zelandia" → "Nowej Zelandii", "Новая
#: Зеландия" → "Новой Зеландии", "Nový Zéland" → "Nového Zélandu"); the last word must match as well.
ADJECTIVE_STEM = 3
MAX_CUT = 2
#: The types of places whose names of ``MIN_STEM`` letters are read in their forms ("Азии", "Кини").
SHORT_FORMS = frozenset({"Country", "Region"})
#: The final vowels of such names that an ending replaces: "Азия" → "Азии", "Kuba" → "Kubie"; names ending with
#: another ("Peru", "Mali", "Togo") are not declined, and their look-alikes are words ("Пера", pen's; "Малой",
#: small; "Malí", small ones; "Toga").
DECLINED_ENDS = frozenset("aаяą")
MAX_ENDING = 4
#: At most this many letters replace an ending cut from the name ("Europolem" is no form of "Europe").
MAX_REPLACEMENT = 3
#: The way names are cut into words for the index; an index kept in the cache in another way is made again.
INDEX_FORMAT = "words with their marks, adjectives by their stem of three"
#: Apostrophes that attach a suffix to a name (Turkish, Azerbaijani).
APOSTROPHES = "'’ʼ"
#: A word: letters, digits and the marks inside them (Devanagari's, Tamil's vowel signs: "अमेरिकेच्या" is one word).
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[" + APOSTROPHES + r"][\p{L}\p{M}\p{N}]+)*")


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


class Index:
    """The names of a matcher by the stem their first word must share with a word of the text.

    A word of the text can be a form of a name's first word only if it starts with that word less the
    ``MAX_CUT`` letters an ending may replace (at least ``MIN_STEM`` letters, or the whole of a shorter
    word): names are kept under that stem, and a word of the text looks up each of its prefixes.

    Names are kept by their number in the matcher, and made into words and patterns only when a word of a
    text looks them up; so an index pickles to its stems and numbers, kept in the cache beside the registry
    it indexes (:func:`index_of`).
    """

    def __init__(self, matcher: Matcher, by_stem: dict | None = None) -> None:
        self.matcher = matcher
        #: first stem → (the names of one word, second stem → the names of several words), names by number
        self.by_stem: dict[str, tuple[list[int], dict[str, list[int]]]] = {} if by_stem is None else by_stem
        self._words: dict[int, tuple[str, ...]] = {}
        self._longest: int | None = None  # the longest stem kept, first or second (known once looked up)
        if by_stem is not None:
            return
        for i, key in enumerate(matcher.keys()):
            words = _name_words(key)
            if words is None:
                continue
            # a name of several words is kept under the stems of its first two ("операция Endgame"
            # and a thousand other operations share their first word)
            singles, multi = self.by_stem.setdefault(_stem(words[0], ADJECTIVE_STEM if len(words) > 1 else MIN_STEM),
                                                     ([], {}))
            bucket = singles if len(words) == 1 else multi.setdefault(_stem(words[1]), [])
            bucket.append(i)

    def candidates(self, form: str, following: list[str]):
        """The names whose first word may have ``form`` as a form, and their second ``following`` (the next
        word's forms)."""
        if self._longest is None:
            self._longest = max((len(stem) for first, (_, multi) in self.by_stem.items() for stem in (first, *multi)),
                                default=0)
        # no stem is longer than the longest kept: a word of thousands of letters looks up no more prefixes
        for k in _stem_lengths(form, self._longest):
            entry = self.by_stem.get(form[:k])
            if entry is None:
                continue
            singles, multi = entry
            yield from self._named(singles)
            if multi:
                for nxt in following:
                    for k2 in _stem_lengths(nxt, self._longest):
                        yield from self._named(multi.get(nxt[:k2], ()))

    def _named(self, numbers):
        """``(words, pattern)`` for each pattern of the names of these numbers."""
        for i in numbers:
            words = self._words.get(i)
            if words is None:
                words = self._words[i] = _name_words(self.matcher.key(i))
            for p in self.matcher.patterns(i):
                yield words, p


def _name_words(key: str) -> tuple[str, ...] | None:
    """The words of a folded name, or None for a name the index leaves to the matcher."""
    words = tuple(w for _, _, w in _words(key))
    if not words or " ".join(words) != key.replace("-", " ") and " ".join(words) != key:
        return None  # names with punctuation inside ("Group-IB", "S.A.") are left to the matcher
    if any(is_unspaced(c) for c in key):
        return None
    return words


def _stem(word: str, least: int = MIN_STEM) -> str:
    """The stem a form of ``word`` must start with: the word less ``MAX_CUT`` letters, at least ``least``; a word
    of ``MIN_STEM`` letters ending with a vowel, less that vowel (``_short_name_form``)."""
    if least == MIN_STEM and len(word) == MIN_STEM and _vowel(word[-1]):
        return word[:-1]
    return word[:max(least, len(word) - MAX_CUT)]


def _short_name_form(word: str, name_word: str, common: int, suffixes: tuple[str, ...]) -> bool:
    """Whether ``word`` is ``name_word``, a name of ``MIN_STEM`` letters, with its final vowel replaced by one of
    the language's listed endings ("Азия" → "Азии", "Кина" → "Кини", "Kuba" → "Kubie"): too short for a stem of
    ``MIN_STEM`` letters, so the ending itself must be one the language lists."""
    return (len(name_word) == MIN_STEM and common == MIN_STEM - 1 and name_word[-1] in DECLINED_ENDS
            and word[common:] != name_word[common:] and word[common:] in suffixes)


def _stem_lengths(form: str, longest: int | None = None) -> range:
    """The lengths of the prefixes of a word of the text that may be a name word's stem (of at most ``longest``
    letters, if given)."""
    last = len(form) if longest is None else min(len(form), longest)
    return range(max(1, min(MIN_STEM, len(form) - MAX_ENDING)), last + 1)


def _stem_match(word: str, name_word: str, inflected: bool, suffixes: tuple[str, ...] = (), least: int = MIN_STEM,
                short: bool = False) -> int:
    """The length of the stem ``word`` shares with ``name_word`` if it is an inflected form of it, else 0.

    Letters added to the whole name must be one of the language's ``suffixes`` where it lists them ("Europolem",
    not "Interpolacja", "Kubacki" or "Malik"), else at most two after a name of five letters or more. ``short``
    allows a name of ``MIN_STEM`` letters its form (``_short_name_form``).
    """
    if word == name_word:
        return len(word)
    if not inflected:
        return 0
    swapped = _swapped_ending(word, name_word, suffixes)
    if swapped:
        return swapped
    if word.startswith(name_word):
        ending = word[len(name_word):]
        if suffixes and ending in suffixes or not suffixes and len(ending) <= 2 and len(name_word) >= 5:
            return len(name_word)
        # else a final vowel of the name replaced by a short ending that begins with it (Polish "łódzkie" →
        # "łódzkiego", as "łódzkiej")
        for cut in range(1, MAX_CUT + 1):
            stem = len(name_word) - cut
            if (stem >= least and all(_vowel(c) for c in name_word[stem:])
                    and len(word) - stem <= MAX_REPLACEMENT):
                return stem
        return 0
    common = 0
    for a, b in zip(word, name_word):
        if a != b:
            break
        common += 1
    if (_letters(word[:common]) >= MIN_STEM and suffixes and 0 < len(name_word) - common <= MAX_CUT
            and all(unicodedata.category(c)[0] == "M" for c in name_word[common:])
            and len(word) > common + 1 and unicodedata.category(word[common])[0] == "M"
            and word[common + 1:] in suffixes):
        return common  # a vowel sign of the name's end replaced by another before a listed ending ("अमेरिकेच्या")
    if short and suffixes and _short_name_form(word, name_word, common, suffixes):
        return common
    if _letters(word[:common]) < least or len(name_word) - common > MAX_CUT or len(word) - common > MAX_ENDING:
        return 0
    if common < len(name_word) and not 0 < len(word) - common <= MAX_REPLACEMENT:
        return 0  # an ending cut from the name is replaced by a short one ("Niger" is no form of "Nigeria")
    if not all(_vowel(c) for c in name_word[common:]):
        return 0  # case endings replace vowels ("Łotwa" → "Łotwy"), not consonants ("Europol" is not "Europa")
    return common


def _swapped_ending(word: str, name_word: str, suffixes: tuple[str, ...]) -> int:
    """The stem's length where a listed ending that ends the name is replaced by another listed one (Romanian
    "Serviciul" → "Serviciului": the article "-ul" → "-ului"), else 0."""
    index = affixes.indexed(suffixes)
    for cut in index.of(name_word):
        stem = len(name_word) - len(cut)
        if stem >= MIN_STEM and word.startswith(name_word[:stem]) and word[stem:] != cut and index.listed(word[stem:]):
            return stem
    return 0


def _letters(text: str) -> int:
    """How many letters a text holds, its marks (vowel signs, viramas) not counted: "ஹைட" is two."""
    return sum(1 for c in text if unicodedata.category(c)[0] != "M")


#: Vowels (and the soft signs that end names like vowels) of the scripts that mark them as letters.
_VOWELS = frozenset("aeiouyаеёиоуыэюяйьъіїєўαεηιουωἀ")


#: Scripts that write a vowel after a consonant as a sign: there a sign may be replaced by an ending, a letter not
#: ("एफआईए" is no form of "एफआईयू").
_ABUGIDAS = frozenset({"DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA",
                       "MALAYALAM", "SINHALA"})


def _vowel(ch: str) -> bool:
    """Whether ``ch`` is a vowel, after its accents are taken off; letters of other scripts count as vowels, but in
    the scripts that write vowels as signs, only the signs do."""
    if unicodedata.category(ch)[0] == "M":
        return True
    base = unicodedata.normalize("NFD", ch)[0]
    if unicodedata.category(base)[0] != "L":
        return False  # a digit ends a name as it is ("Tele2": "Telex", "Telekom" are no forms of it)
    script = script_of(base)
    return base in _VOWELS or script not in ("LATIN", "CYRILLIC", "GREEK") and script not in _ABUGIDAS


@lru_cache(maxsize=65536)
def _forms(word: str, lang: Language) -> tuple[tuple[str, int], ...]:
    """What a word of the text may be compared as: itself, before an apostrophe, after a clitic.

    Each form with the offset, inside the word, where it starts.
    """
    folded = fold(word)
    forms = [(folded, 0)]
    for a in APOSTROPHES if lang.inflected else ():
        if a in word:
            forms.append((fold(word[:word.index(a)]), 0))
            break
    for text_vowel, name_vowel in lang.alternations if lang.inflected else ():
        # the vowel of the name's last syllable changed before an ending ("києві": "київ" + "і"): the last such
        # vowel of the word, after a stem of two letters, before one consonant and an ending
        at = folded.rfind(text_vowel, 0, len(folded) - 2)
        if at >= 2 and not _vowel(folded[at + 1]):
            forms.append((folded[:at] + name_vowel + folded[at + 1:], 0))
    for prefix in lang.prefixes:
        prefix, _, instead = prefix.partition(">")  # "لل>ال": the clitic took the place of the article
        if folded.startswith(prefix) and len(folded) - len(prefix) >= 3:
            forms.append((instead + folded[len(prefix):], len(prefix)))
    return tuple(forms)


def find(text: str, lang: Language, index: Index) -> list[Hit]:
    """Hits of names in their inflected forms (exact forms are the matcher's)."""
    if not (lang.inflected or lang.prefixes or lang.head_endings):
        return []
    words = _words(text)
    forms = [[f for f, _ in _forms(word, lang)] for _, _, word in words]  # once for each word
    # a language that marks a case on a name's first word only ([words] head_endings) is read from the words
    # with such an ending before another word, not from every word
    first_only = not (lang.inflected or lang.prefixes)
    hits: list[Hit] = []
    for i in range(len(words)):
        adjacent = i + 1 < len(words) and text[words[i][1]:words[i + 1][0]].strip() in ("", "-")
        if first_only and not (adjacent and any(f.endswith(lang.head_endings) for f in forms[i])):
            continue
        following = forms[i + 1] if adjacent else []
        for form in forms[i]:
            for name, pattern in index.candidates(form, following):
                hit = _match_at(text, words, forms, i, form, name, pattern, lang)
                if hit is not None:
                    hits.append(hit)
    return hits


def _match_at(text: str, words, forms, i: int, form: str, name: tuple[str, ...], pattern: Pattern,
              lang: Language) -> Hit | None:
    if i + len(name) > len(words):
        return None
    stems = 0
    exact = True
    # the forms of a short name are read for countries and parts of the world only: the words of the languages
    # that look like a city's are too many ("Apie", about, is no form of "Apia")
    short = pattern.type in SHORT_FORMS
    for k, name_word in enumerate(name):
        start, end, word = words[i + k]
        if k:
            if text[words[i + k - 1][1]:start].strip() not in ("", "-" if "-" in pattern.text else ""):
                return None  # the words of a name stand apart by spaces only (or a hyphen, as in the name)
            candidates = forms[i + k]
        else:
            candidates = [form]
        least = ADJECTIVE_STEM if k < len(name) - 1 else MIN_STEM  # (see ADJECTIVE_STEM)
        best = max((_stem_match(c, name_word, lang.inflected, lang.suffixes, least, short) for c in candidates),
                   default=0)
        if not best and k == 0 and len(name) > 1 and any(c == name_word + e for c in candidates
                                                         for e in lang.head_endings):
            best = len(name_word)  # the case marked on the name's first word ("Landeskriminalamts Niedersachsen")
        if not best:
            return None
        exact = exact and fold(word) == name_word
        stems += best
    if exact:
        return None  # the matcher's
    first, last = words[i], words[i + len(name) - 1]
    core = text[first[0]:last[1]]
    if (pattern.text not in core) if is_acronym(pattern.text) else not case_ok(pattern.text, core):
        return None  # an acronym as written (a clitic may stand before it), a capital where the name has one
    # below the matcher's exact hits of the same span, and the longer common stem first ("Nigerii": Nigeria, not Niger)
    priority = pattern.priority - 3 + stems / 1000
    return Hit(first[0], last[1], Pattern(pattern.text, pattern.key, pattern.type, pattern.label, pattern.lang,
                                         priority=priority, source=pattern.source))


class Indexes:
    """The indexes of several matchers, each made once (the registry's is shared by every language)."""

    def __init__(self, parts: tuple[Index, ...]) -> None:
        self.parts = parts

    def candidates(self, form: str, following: list[str]):
        for part in self.parts:
            yield from part.candidates(form, following)


@lru_cache(maxsize=64)
def _index_one(matcher: Matcher) -> Index:
    """A matcher's index; for a matcher with a name (the registry's, a language's places), built once and then
    loaded from the cache (a registry of a million names takes minutes to index)."""
    if not matcher.name:
        return Index(matcher)
    from ..cache import cached

    by_stem = cached(f"inflection-{matcher.name}", lambda: Index(matcher).by_stem,
                     inputs=[matcher.fingerprint(), INDEX_FORMAT])
    return Index(matcher, by_stem)


def index_of(matchers: tuple[Matcher, ...]) -> Indexes:
    """The index of the names of ``matchers``, made once for each matcher."""
    return Indexes(tuple(_index_one(m) for m in matchers))

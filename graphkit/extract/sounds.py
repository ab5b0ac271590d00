"""Known names written by their sound in another script ("ካስፐርስኪ", "ევროჯასტის", "شدوسرور").

News in Amharic, Georgian, Armenian, Serbian Cyrillic, Persian, Urdu or
Devanagari writes a company's or an agency's Latin name as it sounds, in its
own letters, often with a case ending or a clitic on it ("ከካስፐርስኪ": from
Kaspersky). The registry cannot list every such spelling. Transliterated to
ASCII and reduced to a consonant skeleton (vowels, which these scripts write
differently or not at all, and the half-vowels h, w, v, y dropped; the usual
digraphs of romanisations unified; doubled letters collapsed), the spelling
sounds like the registry's Latin name: "kasperski" and "Kaspersky" are both
``ksprsk``, "shdwsrwr" and "Shadowserver" both ``sdsr``.

A word (or two or three words in a row) of a script other than Latin whose
skeleton, with a prefix or a suffix of the language taken off, is the
skeleton of exactly one known entity's Latin name is a mention of that
entity. Skeletons shorter than ``MIN_SKELETON`` consonants are passed over
(too many ordinary words share them), and so are scripts written without
spaces between words (Thai, Khmer, Myanmar), where a word's edges are unknown.

An acronym of Latin capitals is also written as its letters sound ("एफ़बीआई":
ef-bi-ai, FBI; "আইএফসিএসিসি"): a word spelling out the letters of exactly one
known acronym (``LETTER_NAMES``) is a mention of its entity, where the article
names that entity's country, if it has one ("सीआईबी" in a Nepali article is
Nepal's bureau, not Thailand's CIB).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

import regex

from ..lang import Language
from ..model import Document, Mention
from ..text import fold, is_unspaced, script_of
from . import affixes
from .registry import Registry, derived, load_registry
from .spans import is_free

#: The fewest consonants a skeleton has to be matched: "Okx" (``ks``) or "Gateway" (``gt``) sound like many words.
MIN_SKELETON = 4
#: How many words in a row may sound like one name ("ترند مایکرو": Trend Micro).
MAX_WORDS = 3
#: Confidence of a mention found by its sound (below the registry's own names).
CONFIDENCE = 0.6

#: How close the name as written (vowels kept) must be to the known name, once their skeletons agree; in a script
#: that writes few vowels (Arabic, Persian, Urdu, Hebrew), less close.
MIN_RATIO, MIN_RATIO_ABJAD = 0.7, 0.6
_ABJADS = frozenset({"ARABIC", "HEBREW", "SYRIAC", "THAANA"})
#: The fewest letters of a known name matched by its sound ("KBank" sounds like "ኩባንያች", a company).
MIN_LETTERS = 6
_CASED = frozenset({"CYRILLIC", "GREEK", "ARMENIAN"})

#: The rules by which names are read as they sound (a cached index of the registry's sounds made by other rules is
#: made again).
SOUND_RULES = "digraphs, a soft c and g, -tion, an anusvara before a dental, a velar or s"
#: Digraphs of the common romanisations, unified (in this order); "sh" stays apart from "s" ("اشتراک" is no Austrac).
_DIGRAPHS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "k"), ("ph", "f"), ("ck", "k"), ("ch", "c"),
             ("q", "k"), ("shk", "sk"), ("sh", "q"), ("th", "t"), ("ts", "c"), ("x", "ks"), ("c", "k"))
_VOWELS = re.compile(r"[aeiouyhwv]")
#: A word of any script, its combining marks (Devanagari's vowel signs, a nukta) and joiners inside it.
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d'’-]+")


@lru_cache(maxsize=1 << 16)
def _plain(text: str) -> str:
    """A name in ASCII letters, its digraphs unified and its doubled letters collapsed ("Евроџаст": evrojast)."""
    from anyascii import anyascii

    word = anyascii(text).lower()
    word = re.sub(r"c(?=[eiy])", "s", word)  # a soft c ("Binance": بائنانس)
    word = re.sub(r"g(?=[eiy])", "j", word)  # a soft g ("Digital": डिजिटल, "Agency": एजेंसी)
    word = word.replace("tion", "sion")  # "-tion" said "-shun" ("National": नेशनल)
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    word = re.sub(r"[^a-z0-9]", "", word)
    # an anusvara before a dental, a velar or s is written m (Punjabi "ਇੰਟਰਪੋਲ": imtrpol, Hindi "एजेंसी": ejemsi)
    word = re.sub(r"m(?=[tdkgcjs])", "n", word)
    return re.sub(r"(.)\1+", r"\1", word)

#: How the letters of a Latin acronym sound when spelled out, as other scripts write them and ``_plain`` reads
#: them back ("एफ़बीआई", "ایف بی آئی", "ኤፍቢአይ": FBI).
LETTER_NAMES = {
    "a": ("e", "ei", "ey", "a"), "b": ("bi", "bii"), "c": ("si", "ki"), "d": ("di", "dii"), "e": ("i", "ii", "e"),
    "f": ("ef", "ep", "ekp", "if", "yf"), "g": ("ji", "jii", "gi"), "h": ("ek", "ec", "eik", "eic", "aik", "aic", "et"),
    "i": ("ai", "ay", "aai", "aii", "aiy"), "j": ("je", "jei", "jai"), "k": ("ke", "kee", "kei"), "l": ("el", "l"),
    "m": ("em", "m"), "n": ("en", "n"), "o": ("o", "oo", "ou"), "p": ("pi", "pii"), "q": ("kiu", "kyu"),
    "r": ("ar", "aar", "r"), "s": ("es", "s", "is"), "t": ("ti", "tii", "t"), "u": ("iu", "yu", "u"),
    "v": ("vi", "bi", "vki", "vhi", "bhi"), "w": ("dabliu", "dablyu"), "x": ("eks",), "y": ("wai", "vai"),
    "z": ("jed", "zed", "zet", "set"),
}

#: The longest and the shortest acronym matched as spelled out.
ACRONYM_LETTERS = (3, 6)


@lru_cache(maxsize=1 << 16)
def _spelled(text: str) -> str:
    """A word in ASCII as it is spelled, no letter collapsed ("बीकेए": bikee)."""
    from anyascii import anyascii

    return re.sub(r"[^a-z0-9]", "", anyascii(text).lower().replace("ph", "f"))


@lru_cache(maxsize=4)
def _acronyms(registry: Registry) -> _Acronyms:
    """The known acronyms of Latin capitals (each one entity's only), to be found spelled out (made once per
    registry, then loaded from the cache)."""
    return _Acronyms(_derived(registry, "acronyms", lambda: _owned_acronyms(registry)))


def _owned_acronyms(registry: Registry) -> dict[str, tuple[str, str, str]]:
    """Each known acronym of Latin capitals (one entity's only), lowercase → (key, class, label) of its entity."""
    owners: dict[str, set[tuple[str, str, str]]] = {}
    lo, hi = ACRONYM_LETTERS
    for e in registry.entities.values():
        for text, _, how in e.names:
            if how != "hidden" and re.fullmatch(r"[A-Z][A-Z0-9]+", text) and lo <= len(text) <= hi:
                owners.setdefault(text.lower(), set()).add((e.key, e.type, e.label))
    return {acronym: next(iter(who)) for acronym, who in owners.items() if len(who) == 1}


class _Acronyms:
    """Known acronyms, and the words that spell one out: a word spells "fbi" when it is a name of f
    (``LETTER_NAMES``), then one of b, then one of i ("efbiai", "epbiaai"); a digit stands for itself.

    The words are read letter name by letter name, only along the starts of known acronyms (no pattern per
    acronym to compile: hundreds of them took a fiftieth of a second in every process).
    """

    def __init__(self, owned: dict[str, tuple[str, str, str]]) -> None:
        #: acronym (lowercase) → (key, class, label) of its entity, in the registry's order
        self.owned = owned
        self._order = {acronym: i for i, acronym in enumerate(owned)}
        self._starts = {acronym[:k] for acronym in owned for k in range(1, len(acronym) + 1)}
        self._letters: dict[str, list[str]] = {}  # a letter's name → the letters it names
        for letter, names in LETTER_NAMES.items():
            for name in names:
                self._letters.setdefault(name, []).append(letter)
        self._longest = max(map(len, self._letters))

    def spelled(self, written: str) -> list[tuple[str, str, str]]:
        """(key, class, label) of each known acronym that ``written`` spells out, in the registry's order."""
        found: set[str] = set()
        n, starts, letters, longest = len(written), self._starts, self._letters, self._longest

        def walk(at: int, acronym: str) -> None:
            if at == n:
                if acronym in self.owned:
                    found.add(acronym)
                return
            if written[at].isdigit():
                if acronym + written[at] in starts:
                    walk(at + 1, acronym + written[at])
                return
            for end in range(at + 1, min(n, at + longest) + 1):
                for letter in letters.get(written[at:end], ()):
                    if acronym + letter in starts:
                        walk(end, acronym + letter)

        walk(0, "")
        return [self.owned[acronym] for acronym in sorted(found, key=self._order.__getitem__)]


def _derived(registry: Registry, what: str, build):
    """``build()``, made of the registry's names and kept in the cache (:func:`.registry.derived`)."""
    import anyascii

    from ..cache import library_stamp

    return derived(registry, f"sounds-{what}", build, inputs=[library_stamp(anyascii), SOUND_RULES])


@lru_cache(maxsize=4)
def _countries(registry: Registry) -> dict[str, str]:
    """The ISO code of the country of each national body of the registry."""
    return {e.key: e.country for e in registry.entities.values() if e.country}


def skeleton(text: str) -> str:
    """The consonants of a name as it sounds, in ASCII.

    >>> skeleton("ካስፐርስኪ") == skeleton("Kaspersky")
    True
    >>> skeleton("Евроџаст") == skeleton("Eurojust")
    True
    """
    word = _VOWELS.sub("", _plain(text))
    # an anusvara before a dental or a velar is written m or n, also once the vowel between them is gone
    word = re.sub(r"m(?=[tdkgcjs])", "n", word)
    return re.sub(r"(.)\1+", r"\1", word)


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(script_of(c) == "LATIN" for c in letters)


@lru_cache(maxsize=4)
def _index(registry: Registry) -> dict[tuple[str, ...], tuple[str, str, str, str]]:
    """The skeletons of a Latin name's words → (key, class, label, name as written) of the one known entity
    that has a name sounding so (made once per registry, then loaded from the cache)."""
    return _derived(registry, "index", lambda: _sounding_names(registry))


def _sounding_names(registry: Registry) -> dict[tuple[str, ...], tuple[str, str, str, str]]:
    owners: dict[tuple[str, ...], dict[str, tuple[str, str, str, str]]] = {}
    for e in registry.entities.values():
        for text, _, how in e.names:
            words = text.split()
            if how == "hidden" or not _latin(text) or len(words) > MAX_WORDS:
                continue
            sounds = tuple(skeleton(w) for w in words)
            if all(sounds) and len("".join(sounds)) >= MIN_SKELETON and len(_plain(text)) >= MIN_LETTERS:
                owners.setdefault(sounds, {}).setdefault(e.key, (e.key, e.type, e.label, _plain(text)))
    return {sounds: next(iter(who.values())) for sounds, who in owners.items() if len(who) == 1}


@lru_cache(maxsize=1 << 16)
def _stems(word: str, lang: Language, *, first: bool, last: bool) -> set[str]:
    """A word as written and without a prefix (if first) or a suffix (if last) of the language (remembered: the
    same words come back in every article; the set returned is not to be changed)."""
    folded = fold(word)
    stems = {folded}
    if first:
        stems |= {folded[len(p):] for p in affixes.prefixes(lang).of(folded) if len(folded) > len(p) + 1}
    if last:
        ends = affixes.suffixes(lang)
        stems |= {s[:-len(x)] for s in list(stems) for x in ends.of(s) if len(s) > len(x) + 1}
    return stems


@lru_cache(maxsize=64)
def _own_words(lang: Language) -> frozenset[str]:
    """The language's own words that its data lists (head words, roles, function words, words of bodies' names),
    folded: none of them is a foreign name written by its sound (made once per language, not per document)."""
    return frozenset(lang.org_heads) | frozenset(lang.roles) | frozenset(lang.function_words) \
        | frozenset(lang.name_words) | frozenset(lang.conjunctions)


@lru_cache(maxsize=1 << 16)
def _forms(word: str, lang: Language, first: bool, last: bool) -> list[tuple[str, str]]:
    """(skeleton, plain spelling) of each stem of a word (remembered across articles; not to be changed)."""
    return [(skeleton(s), _plain(s)) for s in _stems(word, lang, first=first, last=last)]


@lru_cache(maxsize=1 << 16)
def _foreign(word: str, lang: Language, alone: bool) -> bool:
    """Whether a word may be a word of a name written by its sound in the language (remembered across articles).

    A name's word: of a script other than Latin, written with spaces, capitalised where the script has capitals,
    and, alone, no word of the language itself ("המשטרה", the police, sounds like Movistar); a name of several
    words may be made of the English words the language borrowed ("नेशनल क्राइम एजेंसी": National Crime
    Agency), all of them sounding like the known name's.
    """
    letter = next((c for c in word if c.isalpha()), "")
    return (bool(letter) and script_of(letter) not in ("LATIN", "") and not is_unspaced(letter)
            and (letter.isupper() or script_of(letter) not in _CASED)
            and not (alone and _own_words(lang) & _stems(word, lang, first=True, last=True)))


def find(doc: Document, lang: Language, taken, *, registry: Registry | None = None) -> list[Mention]:
    """Mentions of known entities whose Latin names the document writes by their sound in another script."""
    registry = registry or load_registry()
    index, acronyms, countries = _index(registry), _acronyms(registry), _countries(registry)
    from . import places

    named = {places.country_of(m.key) for m in doc.mentions} - {None}
    text = doc.text
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    found: list[Mention] = []

    def sounds(word: str, first: bool, last: bool) -> list[tuple[str, str]]:
        return _forms(word, lang, first, last)

    def foreign(word: str, *, alone: bool = True) -> bool:
        return _foreign(word, lang, alone)

    spelled: dict[str, tuple[str, str, str] | None] = {}

    def spelled_out(written: str) -> tuple[str, str, str] | None:
        # a known acronym spelled out letter by letter ("सीआईबी", "ایف آئی اے")
        # (a national body's acronym is read so where the article names its country: "सीआईबी" of a Nepali
        # article is Nepal's bureau, not Thailand's CIB)
        if written not in spelled:
            spelled[written] = next((known for known in acronyms.spelled(written)
                                     if countries.get(known[0], named) in named), None)
        return spelled[written]

    def sounding(run) -> tuple[str, str, str] | None:
        n = len(run)
        for combo in _product([_stems(w, lang, first=k == 0, last=k == n - 1) for k, (_, _, w) in enumerate(run)]):
            written = "".join(_spelled(stem) for stem in combo)
            if 4 <= len(written) <= ACRONYM_LETTERS[1] * 4 and not written.isdigit():
                known = spelled_out(written)
                if known is not None:
                    return known
        options = [sounds(w, k == 0, k == n - 1) for k, (_, _, w) in enumerate(run)]
        for combo in _product(options):
            known = index.get(tuple(sound for sound, _ in combo))
            if known is not None:
                written = "".join(plain for _, plain in combo)
                least = MIN_RATIO_ABJAD if script_of(run[0][2][0]) in _ABJADS else MIN_RATIO
                # a name begins as it sounds: the same consonant, or a vowel ("সতর্ক", satark, is no Austrac)
                same_start = written[:1] == known[3][:1] or (written[:1] in "aeiou" and known[3][:1] in "aeiou")
                if same_start and SequenceMatcher(None, written, known[3]).ratio() >= least:
                    return known[:3]
        return None

    # a run of words begins with a word that may be a name's (most of an article in Latin letters has none)
    starts = [_foreign(w, lang, False) for _, _, w in words]
    i = 0
    while i < len(words):
        if not starts[i]:
            i += 1
            continue
        hit = None
        # the longest run of words first ("ترند مایکرو" before "مایکرو")
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            run = words[i:i + n]
            # (in an abjad, without the vowels, the language's own words may sound like a known name together too)
            alone = n == 1 or script_of(run[0][2][0]) in _ABJADS
            if not all(foreign(w, alone=alone) for _, _, w in run) or any(text[a[1]:b[0]] != " " for a, b in zip(run, run[1:])):
                continue
            known = sounding(run)
            if known is not None:
                hit = (run[0][0], run[-1][1], known)
                break
        if hit and is_free(hit[0], hit[1], taken):
            start, end, (key, type_, label) = hit
            found.append(Mention(start, end, text[start:end], key, type_, label, CONFIDENCE, "discovery:sound"))
            taken.append((start, end))
            i = next(k for k in range(i, len(words)) if words[k][1] >= end) + 1
        else:
            i += 1
    return found


def _product(options: list[list[tuple[str, str]]]):
    """Every choice of one form per word."""
    from itertools import product

    return product(*options)

"""Script-aware text helpers shared by the stages.

Nothing here knows a language: only Unicode categories and scripts. Scripts
written without spaces between words (Thai, Lao, Khmer, Myanmar, Han, kana)
get no word-boundary checks.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Scripts whose words are not separated by spaces.
UNSPACED_SCRIPTS = frozenset({"THAI", "LAO", "KHMER", "MYANMAR", "CJK", "HIRAGANA", "KATAKANA", "TIBETAN"})

_SCRIPT_ALIASES = {"KATAKANA-HIRAGANA": "KATAKANA", "HANGUL": "HANGUL", "FULLWIDTH": "LATIN"}


#: Scripts without a full stop, whose sentences a space ends (and sets a phrase apart too).
SPACE_ENDS_SENTENCE = frozenset({"THAI", "LAO"})


@lru_cache(maxsize=65536)
def script_of(ch: str) -> str:
    """The script of one character, as the first word of its Unicode name.

    >>> script_of("क"), script_of("ก"), script_of("b")
    ('DEVANAGARI', 'THAI', 'LATIN')
    """
    if not is_word_char(ch):
        return ""
    name = unicodedata.name(ch, "")
    if not name:
        return ""
    head = name.split(" ", 1)[0]
    if head == "CJK" or "IDEOGRAPH" in name:
        return "CJK"
    return _SCRIPT_ALIASES.get(head, head)


@lru_cache(maxsize=65536)
def is_word_char(ch: str) -> bool:
    """Letters, combining marks and digits: what a word is made of."""
    return unicodedata.category(ch)[0] in "LMN"


def is_unspaced(ch: str) -> bool:
    """Whether ``ch`` belongs to a script written without spaces between words."""
    return script_of(ch) in UNSPACED_SCRIPTS


def joins(left: str, right: str) -> bool:
    """Whether two adjacent characters belong to the same word.

    They do when both are word characters of the same script, and that script
    separates words with spaces. Across scripts ("NCFTAके") or next to
    punctuation there is always a boundary.
    """
    if not (is_word_char(left) and is_word_char(right)):
        return False
    sl, sr = script_of(left), script_of(right)
    if unicodedata.category(right)[0] == "M":
        return True  # a combining mark always belongs to the letter before it
    if "DIGIT" in (sl, sr):
        # digits belong to a word of a spaced script ("EC3", "Interpol2025"), not to Thai or Han
        other = sr if sl == "DIGIT" else sl
        return other == "DIGIT" or other not in UNSPACED_SCRIPTS
    return sl == sr and sl not in UNSPACED_SCRIPTS


# Characters folded to one form before matching: apostrophes, dashes,
# the Romanian letters written with cedilla or comma below, and Arabic-script
# vowel marks and tatweel (stretching), which writers may add or leave out.
_FOLD_MAP = str.maketrans({
    **{chr(c): None for c in range(0x064B, 0x0653)}, "\u0640": None,
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u0219": "\u015f", "\u0218": "\u015e", "\u021b": "\u0163", "\u021a": "\u0162",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "\u0130": "I",  # Turkish dotted capital İ folds to i, not to i + combining dot
})


def fold(text: str, *, case: bool = True) -> str:
    """Normalise a name for comparison: NFKC, unified punctuation, case folding.

    Words and short phrases, which the stages fold again and again (a currency's name for every number), are
    folded once: the result is remembered for strings of up to :data:`FOLD_MEMO_LENGTH` characters.
    """
    if len(text) <= FOLD_MEMO_LENGTH:
        return _fold_memo(text, case)
    return _fold(text, case)


#: The longest string whose folded form :func:`fold` remembers.
FOLD_MEMO_LENGTH = 48


def _fold(text: str, case: bool) -> str:
    out = unicodedata.normalize("NFKC", text).translate(_FOLD_MAP)
    out = " ".join(out.split())
    return out.casefold() if case else out


_fold_memo = lru_cache(maxsize=1 << 16)(_fold)


@lru_cache(maxsize=65536)
def _fold_cluster(cluster: str, case: bool) -> str:
    chunk = unicodedata.normalize("NFKC", cluster).translate(_FOLD_MAP)
    return chunk.casefold() if case else chunk


def fold_with_offsets(text: str, *, case: bool = True) -> tuple[str, list[int]]:
    """Fold ``text`` as :func:`fold` does, keeping where each folded character came from.

    Returns ``(folded, origin)`` where ``origin[i]`` is the offset in ``text`` of
    folded character ``i`` and ``origin[len(folded)] == len(text)``, so a match
    ``folded[a:b]`` maps back to ``text[origin[a]:origin[b-1] + 1]``. Folding is
    done one grapheme cluster (a base character and its marks) at a time, so
    that NFKC composition never crosses a cluster.

    Results are cached (a text is folded once for every stage): treat them as read-only.

    >>> fold_with_offsets("İNTERPOL’s")[0]
    "interpol's"
    """
    return _fold_with_offsets(text, case)


@lru_cache(maxsize=256)
def _fold_with_offsets(text: str, case: bool) -> tuple[str, list[int]]:
    # Most characters are their own cluster, fold to one character and are no white space (nor is a lone space
    # between two of them): runs of them fold with one str.translate and map back one to one. The others
    # (combining marks and the letter they sit on, characters that fold to several, runs of white space) are
    # folded one cluster at a time, as _fold_with_offsets_by_cluster does with every character.
    n = len(text)
    folds = _FOLDS[case]
    folds.learn(text)
    table, special = folds.table, folds.special
    folded: list[str] = []
    origin: list[int] = []
    prev_space = False
    pos = 0  # where the next plain run starts
    category = unicodedata.category
    for m in special.finditer(text):
        k = m.start()
        if k < pos:
            continue  # a mark already folded with the letter it sits on, or white space already collapsed
        start = k - 1 if k > pos and category(text[k])[0] == "M" else k  # a mark's cluster starts at its letter
        if start > pos:
            folded.append(text[pos:start].translate(table))
            origin.extend(range(pos, start))
            prev_space = text[start - 1] == " "
        end = k + 1
        while end < n and category(text[end])[0] == "M":
            end += 1
        chunk = _fold_cluster(text[start:end], case)
        if chunk.isspace():
            # collapse runs of white space to one space, as fold() does
            if not prev_space:
                folded.append(" ")
                origin.append(start)
            prev_space = True
        else:
            prev_space = False
            folded.append(chunk)
            origin.extend([start] * len(chunk))
        pos = end
    if pos < n:
        folded.append(text[pos:].translate(table))
        origin.extend(range(pos, n))
    origin.append(n)
    return "".join(folded), origin


class _CharFolds:
    """What each character met so far folds to: a str.translate table of those that fold to one character, and a
    pattern of where the others stand (made again only when a new one is met)."""

    def __init__(self, case: bool) -> None:
        self.case = case
        self.known: set[str] = set()
        self.table: dict[int, str] = {}
        self.others: set[str] = set()  # marks, characters that fold to several, white space
        self.spaces: set[str] = {" "}  # characters that fold to white space
        self.special = self._pattern()

    def learn(self, text: str) -> None:
        new = set(text) - self.known
        if not new:
            return
        for c in new:
            chunk = _fold_cluster(c, self.case)
            if chunk.isspace():
                self.spaces.add(c)
            if c == " ":
                continue  # plain, unless next to other white space: the pattern says where
            if len(chunk) == 1 and not chunk.isspace() and unicodedata.category(c)[0] != "M":
                if chunk != c:
                    self.table[ord(c)] = chunk
            else:
                self.others.add(c)
        self.known |= new
        self.special = self._pattern()

    def _pattern(self) -> re.Pattern:
        spaces = "".join(re.escape(c) for c in sorted(self.spaces))
        others = "".join(re.escape(c) for c in sorted(self.others))
        alternatives = [f"(?<=[{spaces}]) | (?=[{spaces}])"] + ([f"[{others}]"] if others else [])
        return re.compile("|".join(alternatives))


_FOLDS = (_CharFolds(False), _CharFolds(True))


def _fold_with_offsets_by_cluster(text: str, case: bool) -> tuple[str, list[int]]:
    """:func:`fold_with_offsets` one cluster at a time: what the faster one must give (the tests compare them)."""
    folded: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    prev_space = False
    category = unicodedata.category
    while i < n:
        j = i + 1
        while j < n and category(text[j])[0] == "M":
            j += 1
        chunk = _fold_cluster(text[i:j], case)
        if chunk.isspace():
            if not prev_space:
                folded.append(" ")
                origin.append(i)
            prev_space = True
        else:
            prev_space = False
            for c in chunk:
                folded.append(c)
                origin.append(i)
        i = j
    origin.append(n)
    return "".join(folded), origin


#: Characters that show nothing: a soft hyphen, zero-width space, non-joiner and joiner, word joiner, zero-width
#: no-break space. Written inside a name ("Inter\u00adpol", "Euro\u200bpol") they hide it from a search as written.
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_INVISIBLE_RE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")
#: Scripts that join their letters with a zero-width joiner or non-joiner (Persian "می‌شود", Sinhala "ශ්‍රී"):
#: the others write them by mistake, or to hide a word.
_CASED_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"})
#: Control characters: C0 but tab and newline, DEL and C1.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: The marks, embeddings and isolates of writing direction ("דוד\u200f כהן"): they show nothing in a name alone.
_DIRECTION_RE = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def visible_with_offsets(folded: str, origin: list[int]) -> tuple[str, list[int]]:
    """A folded text (see :func:`fold_with_offsets`) without its invisible characters, and their offset map.

    ``origin`` keeps its last item (the length of the text), so a match maps back as before.

    >>> visible_with_offsets("inter\u00adpol", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    ('interpol', [0, 1, 2, 3, 4, 6, 7, 8, 9])
    """
    if not _INVISIBLE_RE.search(folded):
        return folded, origin
    keep = [i for i, c in enumerate(folded) if c not in INVISIBLE]
    return "".join(folded[i] for i in keep), [origin[i] for i in keep] + [origin[-1]]


def visible(text: str) -> str:
    """``text`` without its invisible characters (:data:`INVISIBLE`)."""
    return _INVISIBLE_RE.sub("", text)


def clean_label(text: str) -> str:
    """A name fit to be a label: no control character (each is a space), no invisible character where it shows
    nothing (a zero-width joiner stays between letters of a script that joins them), no mark of writing direction,
    white space collapsed.

    >>> clean_label("Inter\u00adpol\x07 Cyber\u200b  Unit"), clean_label("ශ්\u200dරී")
    ('Interpol Cyber Unit', 'ශ්\u200dරී')
    """
    text = _DIRECTION_RE.sub("", _CONTROL_RE.sub(" ", text))
    if _INVISIBLE_RE.search(text):
        kept = []
        for i, c in enumerate(text):
            if c in INVISIBLE:
                if c not in "\u200c\u200d" or i == 0 or i + 1 == len(text):
                    continue
                a, b = text[i - 1], text[i + 1]
                if not (is_word_char(a) and is_word_char(b)) or script_of(a) in _CASED_SCRIPTS \
                        or script_of(b) in _CASED_SCRIPTS:
                    continue
            kept.append(c)
        text = "".join(kept)
    return " ".join(text.split())


def slug(text: str) -> str:
    """A key from a name: ASCII, lowercase, hyphens ("Neal Jetton" → "neal-jetton", "Милан" → "milan")."""
    from anyascii import anyascii

    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-") or "x"


def written_in_lowercase(text: str, word: str) -> bool:
    """Whether ``text`` also writes ``word`` in lowercase, as a word of its own ("Sur" and "sur")."""
    return re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text) is not None

"""The figures stage: quantities an article reports, in base units, with their kind.

For each number in a document, written in digits with the language's
separators ("1.209", "1,209", "20,4", "17 000") or in words ("patru",
"หมื่นเจ็ดพัน"), the stage reads a following scale word ("milioane", "ล้าน",
"मिलियन"), a currency before or after it ("$ 500", "Rp9,1", "de dolari", "ดอลลาร์") or a
percent sign or word. The kind comes from the nearest cue word of the
language's ``[figures]`` table in the number's clause; numbers with no cue,
years and dates are left alone. The subject comes from ``data/kinds.toml``:
the best-ranked entity nearby, else the document's main entity of that class.

Everything language-specific is data (``graphkit/data/lang/*.toml``).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from functools import lru_cache

import regex

from ..lang import Language, currency_units, language
from ..model import Document, Figure, Mention, most_mentioned
from ..ontology import load as load_ontology
from ..resources import DATA_DIR
from ..segment import at_edge, word_edges
from ..text import fold, fold_with_offsets, is_unspaced, joins, script_of
from . import places
from .dates import BUDDHIST_ERA_FROM, BUDDHIST_ERA_OFFSET, year_governed
from .spans import ByStart, mentions_of, sentences_of

# ٫ ٬: the Arabic decimal and group marks; ' ’: the Swiss group mark ("4'500")
_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f \u066b\u066c'’]\d+)*")
#: Scripts whose letters, written against a number, make it part of a word ("4G", "covid-19"); other
#: scripts write counters and units onto numbers ("1209名", "1,209명").
_WORDY = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN"})
#: Scripts whose letters written on both sides of digits make them part of a word ("आई4सी", I4C), though a space may
#: be missing before them ("कुल1,200"); not Bengali, which writes counters onto numbers ("মোট১২০টি").
_WORDY_AROUND = frozenset({"DEVANAGARI"})
#: Clause punctuation: Latin, and the commas, semicolons and colons of other scripts (full-width "，；：",
#: the ideographic "、", Arabic "،؛", Ethiopic "፣፤፥፦", Armenian "՝", Myanmar "၊").
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]–—，、；：（）،؛፣፤፥፦՝၊]|\s-\s")
_LONGEST_BREAK = 3  # characters of the longest clause break (" - ")
_WINDOW = 60
#: How far (in folded characters) a cue may stand from its number.
MAX_CUE_DISTANCE = 45


@dataclass(frozen=True)
class KindInfo:
    subjects: tuple[str, ...]
    money: bool = False
    least: float = 0  # a count below ``least`` or above ``most`` is not of this kind ("two partners")
    most: float = float("inf")
    counted: bool = False  # the cue is the noun counted: after the number ("50 operations"), or right before it
    silent: bool = False  # no figure is made of this kind: its cues take the number from the kinds it ``blocks``
    blocks: tuple[str, ...] = ()
    yields: tuple[str, ...] = ()  # kinds whose cue in the same clause wins over this kind's ("stolen funds frozen")
    needs: tuple[str, ...] = ()  # kinds one of whose cues the figure's sentence must hold ("accounts" frozen)
    needs_in_clause: bool = False  # … its clause, not its sentence ("reports" passed on, not a source's attribution)
    turns: tuple[tuple[str, str], ...] = ()  # a silent kind's: (kind blocked, the kind its cues give instead)
    before: bool = False  # a silent kind's cues count before the number only, unless verbs end the clause
    people: str | None = None  # a silent kind's: the kind its cue gives a count of persons ("people")
    persons: bool = False  # the kind counts persons
    # predicates one of whose relation cues the figure's sentence must hold ("48 institutions belong to it")
    relations: tuple[str, ...] = ()
    least_in_words: float = 0  # a count written in words below it is no count of this kind ("the two countries")
    beside: bool = False  # a silent counted kind's: a cue of another kind beside its cue says what it is of
    adjacent: bool = False  # a silent counted kind's: its cue counts only right after the number ("20次", "5回")
    gives: str | None = None  # the kind of figure this kind's cues give (none: this kind itself)
    # the language's cue key one of whose words must stand in the words naming what is counted ("suspicious")
    qualified: str | None = None
    # (kind, kind given): a cue of the first between this kind's cue and an amount makes it of the second
    # ("blocked 42 accounts holding Rp 2.1 billion": money frozen)
    held_in: tuple[tuple[str, str], ...] = ()
    # a count of at least this whose noun is a word of [reports] is of the kind [reports] gives ("12 bin 300 şüpheli
    # işlem bildirimi", thousands of suspicious transaction reports: leads, no files of analysis)
    as_reports: float = float("inf")
    # the kind's cue is the verb said of the persons counted: it reaches past a relative clause with no comma
    # after the noun counted ("22 suspects who impersonated a celebrity … were arrested")
    verb_of_persons: bool = False
    # a silent kind's cues name whom the things or persons counted belong to ("bank staff"), no thing counted of
    # themselves: a word of them after a count is a noun of its own ("170 banks"), and is no cue elsewhere
    owner: bool = False
    # a silent kind's: the things it names are harmed where they are counted, so a cue of a kind that turns it
    # said after them in the clause is theirs ("45.000 macchine risultavano compromesse": infected machines)
    harmed_after: bool = False
    # a silent kind's: an amount its cue names, right beside it, is of this kind (``names``), whatever kind of
    # ``over`` its other cues give ("১৮ লক্ষ টাকা নগদ … উদ্ধার", cash recovered from the arrested: seized)
    names: str | None = None
    over: tuple[str, ...] = ()
    # a silent kind's: kinds whose cues said of the count lift its block like a cue of the kind blocked ("zablokował
    # 140 domen wykorzystywanych przez grupę": blocked, whatever the criminals used them for)
    lifted_by: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def kinds() -> dict[str, KindInfo]:
    """The kinds of figures and what each is about (``data/kinds.toml``)."""
    with (DATA_DIR / "kinds.toml").open("rb") as fh:
        table = tomllib.load(fh)
    return {k: _kind_info(v) for k, v in table.items()}


def _kind_info(v: dict) -> KindInfo:
    return KindInfo(
        subjects=tuple(v.get("subjects", ())), money=bool(v.get("money", False)), least=float(v.get("least", 0)),
        most=float(v.get("most", float("inf"))), counted=bool(v.get("counted", False)),
        silent=bool(v.get("silent", False)), blocks=tuple(v.get("blocks", ())), yields=tuple(v.get("yields", ())),
        needs=tuple(v.get("needs", ())), needs_in_clause=bool(v.get("needs_in_clause", False)), turns=tuple(sorted(v.get("turns", {}).items())),
        before=bool(v.get("before", False)), people=v.get("people"), persons=bool(v.get("persons", False)),
        relations=tuple(v.get("relations", ())), least_in_words=float(v.get("least_in_words", 0)),
        beside=bool(v.get("beside", False)), gives=v.get("gives"), qualified=v.get("qualified"),
        adjacent=bool(v.get("adjacent", False)), held_in=tuple(sorted(v.get("held_in", {}).items())),
        verb_of_persons=bool(v.get("verb_of_persons", False)), owner=bool(v.get("owner", False)),
        harmed_after=bool(v.get("harmed_after", False)), names=v.get("names"), over=tuple(v.get("over", ())),
        lifted_by=tuple(v.get("lifted_by", ())), as_reports=float(v.get("as_reports", float("inf"))))


@dataclass(frozen=True)
class Quantity:
    """A number found in the text, before its kind is known."""

    start: int
    end: int
    value: Decimal
    unit: str | None
    year_like: bool = False


def parse_digits(token: str, lang: Language) -> Decimal | None:
    """The value of a digit string with the language's separators.

    >>> from graphkit.lang import language
    >>> parse_digits("1.209", language("ro")), parse_digits("20,4", language("sv")), parse_digits("1,209", language("th"))
    (Decimal('1209'), Decimal('20.4'), Decimal('1209'))
    """
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in token)
    if "\u066b" in digits or "\u066c" in digits:
        # the Arabic marks say what they are: ٬ groups, ٫ is the decimal point
        plain = digits.replace("\u066c", "").replace("\u066b", ".")
        try:
            return Decimal(plain) if re.fullmatch(r"\d+(\.\d+)?", plain) else None
        except InvalidOperation:
            return None
    seps = [c for c in digits if not c.isdigit()]
    if not seps:
        return Decimal(digits)
    groups = re.split(r"[^\d]", digits)
    last_sep = seps[-1]
    decimal_part = None
    if len(set(seps)) > 1:
        decimal_part = groups.pop()  # "1.234,5" / "1,234.5": the last separator is the decimal mark
    elif len(seps) == 1 and (len(groups[-1]) != 3 or (last_sep == lang.decimal and last_sep not in lang.group and len(groups[0]) > 3)):
        decimal_part = groups.pop()
    elif len(seps) == 1 and len(groups[-1]) == 3 and last_sep == lang.decimal and last_sep not in lang.group:
        decimal_part = groups.pop()
    inner = groups[1:]
    lakh = lang.lakh_grouping and len(inner) >= 2 and len(inner[-1]) == 3 and all(len(g) == 2 for g in inner[:-1])
    if any(len(g) != 3 for g in inner) and not lakh:
        return None  # "12.34.5": not a number we can read ("2,50,000" is, where lakh grouping is used)
    try:
        return Decimal("".join(groups) + ("." + decimal_part if decimal_part else ""))
    except InvalidOperation:
        return None


#: Lists of words longer than this are looked up by the letter at the position (a language's currencies are hundreds).
_INDEXED_WORDS = 8
_INITIALS: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = {}


def _starting_with(folded: str, pos: int, words):
    """The listed words that may start at ``pos``: those beginning with its letter (and an empty one), in the list's
    order; a long list is split by first letters once (kept by identity, the list with it)."""
    if len(words) <= _INDEXED_WORDS:
        return words
    entry = _INITIALS.get(id(words))
    if entry is None or entry[0] is not words:
        if len(_INITIALS) >= 256:
            _INITIALS.clear()
        table: dict[str, list[str]] = {}
        for w in words:
            table.setdefault(w[:1], []).append(w)
        entry = _INITIALS[id(words)] = (words, {k: tuple(v) for k, v in table.items()})
    table = entry[1]
    found = table.get(folded[pos:pos + 1], ())
    return found + table[""] if "" in table else found


def _word_at(folded: str, pos: int, words) -> tuple[str, int] | None:
    """The longest listed word starting at ``pos`` of folded text and ending at a word boundary."""
    best = None
    for w in _starting_with(folded, pos, words):
        if folded.startswith(w, pos):
            end = pos + len(w)
            if end < len(folded) and (joins(folded[end - 1], folded[end]) or folded[end] in _JOINERS):
                continue  # a joiner inside a word: "سه‌شنبه" (Tuesday) holds no "three"
            if best is None or len(w) > len(best[0]):
                best = (w, end)
    return best


#: The zero-width non-joiner and joiner: characters inside one word (Persian "سه‌شنبه", "می‌شود").
_JOINERS = frozenset("\u200c\u200d")


#: Spaces, and the marks of writing direction set around numbers in right-to-left text ("\u200e600\u200f ألف"):
#: nothing stands between a number and its scale or currency.
_SPACING = frozenset(" \u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


#: Digits before a word for twelve count dozens below this ("3 dozen"; "2019 twelve" is a year, then a count).
_DOZENS_LEAST = 100


def _half_at(folded: str, pos: int, lang: Language) -> tuple[str, int] | None:
    """The words of "and a half" at ``pos`` (see :func:`_word_at`) where the half is the number's: not where a noun of
    its own follows, the half being of that thing ("$2 million and a half ton of gold", "and a half-dozen
    phones"); a currency, a scale, a word for persons or a cue may follow ("a million and a half people")."""
    half = _word_at(folded, pos, lang.and_a_half)
    if half is None or folded[half[1]:half[1] + 1] == "-":
        return None
    if _currency_after(folded, half[1], lang) is None and _own_noun(folded[half[1]:half[1] + 40], lang) is not None:
        return None
    return half


def _skip_space(folded: str, pos: int) -> int:
    while pos < len(folded) and folded[pos] in _SPACING:
        pos += 1
    return pos


def words_value(tokens: list[Decimal]) -> Decimal:
    """The value of a run of number words, small units multiplied by scales.

    >>> words_value([Decimal(10000), Decimal(7), Decimal(1000)])     # หมื่น เจ็ด พัน
    Decimal('17000')
    >>> words_value([Decimal(3), Decimal(1000), Decimal(10**7)])    # তিন হাজার কোটি: a greater scale multiplies all before it
    Decimal('30000000000')
    >>> words_value([Decimal("0.5"), Decimal(3), Decimal(100)])     # साढ़े तीन सौ: and a half of the hundreds
    Decimal('350.0')
    >>> words_value([Decimal(2), Decimal(12)]), words_value([Decimal(100), Decimal(12)])  # two dozen; a hundred twelve
    (Decimal('24'), Decimal('112'))
    >>> words_value([Decimal(60), Decimal(10), Decimal(7)]), words_value([Decimal(3), Decimal(10)])  # soixante-dix-sept; 三十
    (Decimal('77'), Decimal('30'))
    """
    total = Decimal(0)
    current = Decimal(0)
    last = Decimal(0)
    top = Decimal(0)  # the greatest scale applied so far
    small = Decimal(0)  # the units and fractions said last, one after another (what a dozen after them counts)
    for t in tokens:
        small = small + t if t < 10 else small if t == 12 else Decimal(0)
        if t >= 1000 and total and t > top:
            total = (total + current) * t  # "তিন হাজার কোটি": three thousand crore
            current = last = Decimal(0)
            top = t
        elif t >= 1000:
            total += (current or 1) * t
            current = last = Decimal(0)
            top = max(top, t)
        elif t == 12 and small:
            # "two dozen", "half a dozen", "one and a half dozen": a dozen after units is so many of it (not after
            # a ten: "twenty twelve")
            current = current - small + small * t
            last = small = Decimal(0)
            continue
        elif t == 10 and last >= 10:
            current += t  # a ten after tens adds to them: "soixante-dix" (70), "quatre-vingt-dix" (90)
            last = t
        elif t in (10, 100) and current and last:
            current = current - last + last * t
            last = Decimal(0)
        elif t in (10, 100):
            current = (current or 1) * t
            last = Decimal(0)
        else:
            current += t
            # a fraction before a number is of the number's unit ("साढ़े तीन सौ", three and a half hundred: 350)
            last = last + t if 0 < last < 1 else t
    return total + current


_PLAIN_DIGITS = re.compile(r"\d+")


#: The words right before a number, each with the spaces after it (read from the end).
_WORDS_BEFORE = re.compile(r"([^\W\d_][^\s\d]*)(\s+)")
#: The last two or three words before a number, with the spaces after them.
_LAST_WORDS = {n: re.compile(r"(?:[^\W\d_][^\s\d]*\s+){%d}$" % n) for n in (2, 3)}


@lru_cache(maxsize=64)
def _symbols_first_long(lang: Language) -> tuple[tuple[str, str], ...]:
    """The language's currency words and symbols, longest first (sorted once, not for every number)."""
    return tuple(sorted(lang.currencies.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=64)
def _symbols_before(lang: Language) -> tuple[tuple[int, dict[str, str]], ...]:
    """The currency symbols and short codes that may stand before a number, by length, longest first: the text's
    letters before a number are folded once for each length, not once for each symbol."""
    by_length: dict[int, dict[str, str]] = {}
    for sym, code in _symbols_first_long(lang):
        if not sym.isalpha() or len(sym) <= 3:
            by_length.setdefault(len(sym), {}).setdefault(sym, code)
    return tuple(by_length.items())


def _smaller_parts(folded: str, fpos: int, value: Decimal, scale: Decimal, lang: Language) -> tuple[Decimal, int]:
    """A compound amount: smaller parts after a scale add to it.

    "46 milyon 500 bin" is 46,500,000, "২৫ কোটি ৭০ লাখ" 257,000,000, "3 bin 450" 3,450: each part is a
    number with a smaller scale, or, last, a plain number below a thousand right after "thousand" (not a
    percentage: "$2 million 30%" is two numbers).
    """
    top = scale
    group_from = None  # the value before a group of parts under a thousand began ("3천500" of "2억3천500만")
    while True:
        p = _skip_space(folded, fpos)
        if p < len(folded) and (p > fpos or is_unspaced(folded[p])) \
                and (joiner := _word_at(folded, p, lang.part_joiners)) \
                and ((after := _skip_space(folded, joiner[1])) > joiner[1] or is_unspaced(folded[p])) \
                and after < len(folded) and folded[after].isdigit():
            p = after  # "۸ هزار و ۴۰۰": the part after the language's "and"; "2亿零500万", written on
        glued = p == fpos and p < len(folded) and folded[p].isdigit()  # "1万2000", "3억2000만원"
        if group_from is not None and (own := _scale_at(folded, p, lang)) and scale < lang.scales[own[0]] < top:
            # the group's own scale right after its last part: "3억5천여만" (3억 and 5천여만), "1兆2千億" (1兆 and 2千億)
            value, fpos, scale, group_from = group_from + (value - group_from) * lang.scales[own[0]], own[1], \
                lang.scales[own[0]], None
            continue
        if (p == fpos and not glued) or not (m := _part_match(folded, p, lang)):
            return value, fpos
        part = Decimal(re.sub(r"\D", "", m.group()))
        after = _skip_space(folded, m.end())
        hit = _scale_at(folded, after, lang)
        if hit and lang.scales[hit[0]] < scale:
            if lang.scales[hit[0]] <= 1000 < scale:
                group_from = value
            scale = lang.scales[hit[0]]
            value, fpos = value + part * scale, hit[1]
            continue
        if hit and lang.scales[hit[0]] > scale and part < scale <= 1000 \
                and (split := _myriad_split(lang.scales[hit[0]], scale, lang)) is not None:
            # a scale of two, a smaller one and a myriad ("백만", 100 × 10,000), after a group counted in thousands:
            # the smaller one is the part's, the myriad the group's ("3천5백만" is 3,500만, "2억3천5百万" 2억 and 3,500万)
            small, myriad = split
            base = group_from if group_from is not None else Decimal(0)
            value, fpos, group_from = base + (value - base + part * small) * myriad, hit[1], None
            scale = myriad
            continue
        if hit and group_from is not None and scale < lang.scales[hit[0]] < top and part < scale <= 1000:
            # a group counted in thousands, then its own scale under the first: "2억3천500만" is 2억 and 3,500만
            # (235 million), "1兆5千110億" 1兆 and 5,110億
            scale = lang.scales[hit[0]]
            value, fpos, group_from = group_from + (value + part - group_from) * scale, hit[1], None
            continue
        # the units after a thousand or a hundred ("3 bin 450", "৬ হাজার ৭৪৫", "६ सय ४७"), not a number after a
        # million ("$2 million 30%")
        rest = folded[m.end():m.end() + 2].lstrip()
        if not hit and part < scale <= 1000 and not rest[:1].isdigit() and not rest.startswith("%"):
            return value + part, m.end()
        if hit and lang.scales[hit[0]] > scale and part < scale <= 1000:
            return value + part, m.end()  # "৭ হাজার ৮০০ কোটি": 7,800, which the larger scale after multiplies
        if glued and not hit and part < scale and not rest.startswith("%"):
            return value + part, m.end()  # the units written onto the scale word: "1万2000件"
        return value, fpos


@lru_cache(maxsize=64)
def _counts_by_myriads(lang: Language) -> bool:
    """Whether the language counts by myriads: 10,000 is one of its scale words ("만", "万")."""
    return Decimal(10000) in lang.scales.values()


def _myriad_split(scale: Decimal, below: Decimal, lang: Language) -> tuple[Decimal, Decimal] | None:
    """A scale that is a smaller one times a myriad of a language that counts by myriads (10,000 is one of its scale
    words: "만", "万"), the smaller one below ``below``: ``(small, myriad)`` ("백만" → (100, 10,000)), or None."""
    if not _counts_by_myriads(lang):
        return None
    for myriad in (Decimal(10) ** 12, Decimal(10) ** 8, Decimal(10) ** 4):
        if scale > myriad and scale % myriad == 0 and myriad in lang.scales.values() and scale / myriad < below:
            return scale / myriad, myriad
    return None


def _tenths_at(folded: str, pos: int, lang: Language) -> int | None:
    """The end of a word of tenths of a whole at ``pos`` ("四成": four tenths), unless it starts a longer cue word of
    the language ("20成员": members)."""
    hit = _word_at(folded, pos, lang.tenths)
    if hit is None or any(len(c) > len(hit[0]) and folded.startswith(c, pos)
                          for cues in lang.figure_cues.values() for c in cues):
        return None
    return hit[1]


#: How many characters before a number :func:`_lone_scale_joined_before` reads: a scale word, its joiner and the
#: word before them.
_JOINED_REACH = 120


def _lone_scale_joined_before(folded: str, fs: int, value: Decimal, lang: Language) -> tuple[Decimal, int] | None:
    """The scale word written alone before a number and the language's word joining the parts of a number ("هزار
    و ۲۶۰": a thousand and 260), as ``(scale, folded start of the scale word)``; None where a number says how many
    of the scale ("دو هزار و ۵۰۰" is read with its number words)."""
    base = max(0, fs - _JOINED_REACH)  # a window, not all the text before (a long text's numbers took its square)
    before = folded[base:fs].rstrip("".join(_SPACING))
    for joiner in lang.part_joiners:
        if not (before.endswith(joiner) and before[:-len(joiner)].endswith(" ")):
            continue
        rest = before[:-len(joiner)].rstrip("".join(_SPACING))
        for word in sorted(lang.scales, key=len, reverse=True):
            start = len(rest) - len(word)
            if not rest.endswith(word) or value >= lang.scales[word] or (base + start > 0 and joins(folded[base + start - 1], rest[start])):
                continue
            if _a_number_ends(rest[:start], lang):
                return None
            return lang.scales[word], base + start
    # a scale word said alone for one of it (the language's ``alone``), right before the rest of the number, a space
    # between: "bin 150 sosyal medya hesabı" (1,150), "milion 200 tisíc"
    if before != folded[base:fs] and not before[-1:].isspace():
        for word in lang.alone:
            start = len(before) - len(word)
            if word in lang.scales and before.endswith(word) and value < lang.scales[word] \
                    and (base + start == 0 or not joins(folded[base + start - 1], before[start])):
                if _a_number_ends(before[:start], lang):
                    return None  # "2 bin 700": read with its number
                return lang.scales[word], base + start
    return None


def _a_number_ends(folded: str, lang: Language) -> bool:
    """Whether the last word of folded ``folded`` is a number: digits, a number word or a scale ("دو هزار", "2 bin"):
    the scale word after it says how many of the scale, no one of it."""
    previous = folded.split()[-1:]
    return bool(previous) and (previous[0][-1].isdigit() or previous[0] in lang.number_words
                               or previous[0] in lang.scales)


def _part_match(folded: str, pos: int, lang: Language):
    """The digits of a smaller part of a compound amount at ``pos``, with the groups of three the language marks
    with a comma or a point ("1억2,997만5,440달러"; not with a space: "46 milyon 500 000" are two numbers)."""
    marks = "".join(re.escape(g) for g in lang.group if not g.isspace())
    return (marks and _grouped_part(marks).match(folded, pos)) or _PLAIN_DIGITS.match(folded, pos)


@lru_cache(maxsize=16)
def _grouped_part(marks: str):
    return re.compile(rf"\d{{1,3}}(?:[{marks}]\d{{3}})+(?!\d)")


def _scale_at(folded: str, pos: int, lang: Language) -> tuple[str, int] | None:
    """A scale word at ``pos``: alone, with a currency or digits written onto it, or with a case ending of the
    language ("5 milyonu aşkın", "5 milyondan fazla")."""
    return (_word_at(folded, pos, lang.scales) or _scale_before_currency(folded, pos, lang)
            or _word_with_suffix(folded, pos, lang.scales, lang.suffixes))


def _scale_before_currency(folded: str, pos: int, lang: Language) -> tuple[str, int] | None:
    """A scale word with a currency, the rest of the amount or a counter written onto it ("320억원", "45억원을",
    "3억2000만원", "4만5천여건").

    The scale is returned alone: what follows it is read as after any scale word.
    """
    best = None
    for w in lang.scales:
        end = pos + len(w)
        if folded.startswith(w, pos) and end < len(folded) and joins(folded[end - 1], folded[end]) and (
                folded[end].isdigit() or _word_at(folded, end, lang.currencies) or _word_with_suffix(folded, end, lang.currencies, lang.suffixes)
                or _word_at(folded, end, lang.counters) or _word_with_suffix(folded, end, lang.counters, lang.suffixes)
                or (_counts_by_myriads(lang) and any(folded.startswith(s, end) for s in lang.scales))):
            # (a larger scale written on in a script of myriads: "5천여만 원", 50 million won)
            if best is None or len(w) > len(best[0]):
                best = (w, end)
    return best


#: Digits grouped or with a decimal part: "50,000", "2.8".
_GROUPED = re.compile(r"\d[.,\u00a0\u202f]\d")
#: Plain digits a letter written onto them makes an amount: three or more, a round number ("P500"; "N95", "N1",
#: the road "N127" are names).
_PLAIN_AMOUNT = re.compile(r"\d{2,}0(?!\w)")


#: The hyphens that join two number words into one number ("twenty-nine").
_NUMBER_HYPHENS = frozenset("-\u2010\u2011")


def find_quantities(doc: Document) -> list[Quantity]:
    """Every number of the document, in digits or words, with its scale and unit."""
    lang = language(doc.language)
    text = doc.text
    folded, origin = fold_with_offsets(text)
    found: list[Quantity] = []
    scaled: set[int] = set()  # the indices in ``found`` of the numbers read with a scale word ("614 millioner")
    multipliers: dict[int, Decimal] = {}  # the scale of each number read with one, by where it starts in the text

    def finish(start: int, fpos: int, value: Decimal, year_like: bool, add: Decimal = Decimal(0),
               own_start: int | None = None) -> None:
        """Read scale, percent and currency after a number whose folded end is ``fpos`` (``add``: a greater part
        said before it from ``start``, added once its own scale is read; the number itself starts at
        ``own_start``)."""
        unit = None
        at = _skip_space(folded, fpos)
        hit = _scale_at(folded, at, lang)
        if hit is None and value == value.to_integral_value() and (half := _word_at(folded, at, lang.and_a_half)) \
                and (hit := _scale_at(folded, _skip_space(folded, half[1]), lang)):
            value += Decimal("0.5")  # "3 and a half million", "2 y medio millones", "3 és fél millió"
        if hit is None and not year_like and value < _DOZENS_LEAST and (dozen := _word_at(folded, at, lang.number_words)) \
                and lang.number_words[dozen[0]] == 12 and folded[dozen[1]:dozen[1] + 1] != "-":
            value, fpos = value * 12, dozen[1]  # "3 dozen SIM cards", "2 Dutzend Verdächtige": so many dozens
        if hit is None and folded[fpos:fpos + 1] == "-":
            hit = _scale_at(folded, fpos + 1, lang)  # the scale joined by a hyphen: "250-tisíc eur"
        if hit:
            scale = lang.scales[hit[0]]
            if add and add < scale:
                value, add = value + add, Decimal(0)  # "mil 500 millones": 1,500 millions (the smaller scale alone
                # before the number is part of what the larger one after it counts)
            value *= scale
            fpos, year_like = hit[1], False
            plain = value
            value, fpos = _smaller_parts(folded, fpos, value, scale, lang)
            # a larger scale right after multiplies the whole: "75 हज़ार करोड़" (75 thousand crore), "৭ হাজার ৮০০
            # কোটি" (7,800 crore), "1.5 lakh crore"
            after = _skip_space(folded, fpos)
            if (after > fpos or (value != plain and after < len(folded) and script_of(folded[after]) not in _WORDY)
                or _counts_by_myriads(lang)) \
                    and (bigger := _scale_at(folded, after, lang)) and lang.scales[bigger[0]] > scale:
                # (written on, after smaller parts, in a script whose scales are: "4천500만원", 45 million won)
                times = lang.scales[bigger[0]]
                value, plain, scale, fpos = value * times, plain * times, scale * times, bigger[1]
            if value == plain and (half := _half_at(folded, _skip_space(folded, fpos), lang)):
                value, plain, fpos = value + scale / 2, plain + scale / 2, half[1]  # "2 millions et demi"
                if (again := _scale_at(folded, _skip_space(folded, fpos), lang)) and lang.scales[again[0]] == scale:
                    fpos = again[1]  # the scale said again after its half: "2 مليون ونصف المليون"
            if value == plain:
                multipliers[start] = scale
        p = _skip_space(folded, fpos)
        for w in sorted(lang.figure_cues.get("percentage", ()), key=len, reverse=True):
            if folded.startswith(w, p) and (w == "%" or _word_at(folded, p, (w,))):
                unit, fpos = "%", p + len(w)
                break
            if w != "%" and (hit_suffixed := _word_with_suffix(folded, p, (w,), lang.suffixes)):
                unit, fpos = "%", hit_suffixed[1]  # "70 faizi": the word with a case ending
                break
        if unit == "%" and own_start is not None:
            start = own_start  # a share is no part of a scale said before it: "ألف و20%" is 20%
        elif add > value:
            value += add  # (a part no smaller than the scale before it adds nothing to it: "ألف و 500 ألف")
        if unit is None and not hit and (tenths := _tenths_at(folded, p, lang)) is not None:
            unit, fpos, value = "%", tenths, value * 10  # "超过四成": more than four tenths, 40%
            digit = next((w for w in lang.number_words if folded.startswith(w, fpos) and lang.number_words[w] < 10), None)
            if digit is not None:
                fpos, value = fpos + len(digit), value + lang.number_words[digit]  # "四成五": 45%
        if unit is None and (cur := _currency_after(folded, fpos, lang)) \
                and not _code_in_lowercase(text, origin, cur[1], lang):
            unit, fpos = cur
        if unit is None:
            # a currency symbol just before the number: "$ 500", "US$5", "€3"
            lo = max(0, start - 6)
            before = text[lo:start].rstrip()
            for n, codes in _symbols_before(lang):
                # symbols and short codes written before the number: "$ 500", "R$ 2", "Rp 97"
                tail = before[-n:]
                if len(tail) == n and (code := codes.get(fold(tail))) is not None \
                        and (len(before) == n or not before[-n - 1].isalnum()) \
                        and not (found and found[-1].unit is not None and found[-1].end > lo + len(before) - n) \
                        and not (n == 1 and tail.isascii() and tail.isalpha() and not hit
                                 and not _GROUPED.search(text, start, origin[fpos] if fpos < len(origin) else len(text))
                                 and not (text[start - 1] == tail and _PLAIN_AMOUNT.match(text, start))):
                    # (a letter alone is a sign only before an amount with a scale or grouped digits, or written
                    # onto a round number of three digits or more: "N2.8 billion", "N50,000", "P500", but "N95 masks",
                    # "the N127", "N 5")
                    # (not the currency ending the amount before: "74 लाख रुपये 215 पीड़ितों के खातों में", 7.4
                    # million rupees into 215 victims' accounts)
                    unit, start = code, lo + len(before) - n
                    break
        if unit is None:
            # a currency word before the number, perhaps with its scale: "ဒေါ်လာ ၉၇ သန်း", "dola milioni 40"
            words = _WORDS_BEFORE.findall(text[max(0, start - 40):start])
            scale_before = None
            if words and not hit and fold(words[-1][0]) in lang.scales:
                scale_before = words.pop()
            last = fold(words[-1][0]) if words else ""
            # in a script without spaces the currency may be written onto the word before it ("အမေရိကန်ဒေါ်လာ")
            word_cur = last if last in lang.currencies else None if not (last and is_unspaced(last[0])) else next(
                (c for c, _ in _symbols_first_long(lang) if len(c) > 3 and last.endswith(c)), None)
            said = len(words[-1][0]) + len(words[-1][1]) if words else 0  # the characters of the currency's words
            if word_cur is None and len(words) >= 2:
                # a currency of several words: "dola za Marekani 480,000"
                head = start - (len(scale_before[0]) + len(scale_before[1]) if scale_before else 0)
                for n in (3, 2):
                    m = _LAST_WORDS[n].search(text, max(0, head - 40), head)
                    if m and fold(" ".join(m.group().split())) in lang.currencies and (
                            m.start() == 0 or not text[m.start() - 1].isalnum()):
                        word_cur, said = fold(" ".join(m.group().split())), head - m.start()
                        break
            # a short symbol or code counts only with the scale between it and the number ("Sh bilioni 1.2", "TSh
            # milioni 45"): alone, such letters are as often a word's ("da 5")
            # nor the currency of the amount before it ("300 000 euroa 12 epäillyltä": €300,000 from 12 suspects)
            owned = found and found[-1].unit is not None and found[-1].end > start - said
            # nor before a year with no scale where nouns go before their counts only in names: the word is no
            # currency there ("classe di leva 1990", "Euro 2024"; but "shilingi 2000")
            if word_cur and (len(word_cur) > 3 or scale_before) and not owned \
                    and not (year_like and not scale_before and not lang.noun_first):
                unit = lang.currencies[word_cur]
                start = start - said - (len(scale_before[0]) + len(scale_before[1]) if scale_before else 0)
                if scale_before:
                    value *= lang.scales[fold(scale_before[0])]
        if unit is None and (percent_start := _percent_word_before(text, start, lang)) is not None:
            unit, start = "%", percent_start  # "ร้อยละ 40"
        end = origin[fpos] if fpos < len(origin) else len(text)
        if hit:
            scaled.add(len(found))
        found.append(Quantity(start, end, value, unit, year_like and unit is None))

    for m in _DIGITS.finditer(text):
        token = m.group().rstrip(" \u00a0\u202f.,")
        s, e = m.start(), m.start() + len(token)
        if found and s < found[-1].end:
            continue  # the smaller part of a compound amount ("46 milyon 500 bin")
        if s > 0 and ((text[s - 1].isalpha() and (script_of(text[s - 1]) in _WORDY or (
                script_of(text[s - 1]) in _WORDY_AROUND and e < len(text) and text[e].isalpha()))
                       and not _currency_written_on(text, s, lang))
                      or (text[s - 1] in "-./~\u301c\uff5e" and s > 1 and text[s - 2].isalnum()
                          and not (text[s - 1] == "-" and text[s - 2].isalpha() and script_of(text[s - 2]) not in _WORDY))):
            continue  # covid-19, v2.0, 2023-03-28 (but "Rp9,1 triliun", "RM20 juta": a currency written on; "מ-300":
            # a prefix of a script that writes its prefixes and counters onto numbers)
        glued_scale = e < len(text) and text[e].isalpha() and _word_at(folded, bisect_left(origin, e), lang.scales)
        if e < len(text) and ((text[e].isalpha() and script_of(text[e]) in _WORDY and not glued_scale)
                              or (text[e] in "-/~\u301c\uff5e" and text[e + 1:e + 2].isdigit())):
            continue  # 4G, ranges such as 2024-2025 or "20～50代", dates (but a scale written on: "£4.3m", "$5bn")
        if _zero_led(token):
            continue  # "0 805 805 817", "0800", "05.03.2025": written with a leading zero, a phone number, a code or a
            # date, never a count (but "0,8 millions", "0.5%", and the small counts padded with a zero: "05 đối tượng")
        value = parse_digits(token, lang)
        if value is None:
            continue
        year_like = len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2100
        if lang.buddhist_era and len(token) == 4 and token.isdigit() \
                and 1900 <= int(token) - BUDDHIST_ERA_OFFSET <= 2100 and int(token) > BUDDHIST_ERA_FROM:
            year_like, value = True, value - BUDDHIST_ERA_OFFSET  # Thai 2566: the year 2023
        if lang.solar_hijri and len(token) == 4 and token.isdigit() and 1300 <= int(token) <= 1499 \
                and year_governed(folded, bisect_left(origin, s), bisect_left(origin, e), lang.code):
            year_like = True  # "در سال ۱۴۰۳": a year of the Solar Hijri calendar
        # where the number ends in the folded text: at the first character folded from its end or after it (a mark
        # on its last digit is folded with it: "12\u0301 suspects" ends after the mark, not at the text's end)
        fe = bisect_left(origin, e)
        if year_like and _approximate(folded, bisect_left(origin, s), fe, lang) \
                and not (year_governed(folded, bisect_left(origin, s), fe, lang.code)
                         and folded[_skip_space(folded, fe):][:1].isalpha()
                         and not _rough_words(lang).search(folded, fe, fe + _ROUGH_AFTER_YEAR)):
            year_like = False  # "more than 2000", "約2000件": no year is more or less itself (but a word of time
            # after it governs it: "od co najmniej 2022 r.", since at least 2022; not a mark, "több mint 2000.")
        if year_like and _counts_things(text, e, lang) and not _after_a_month(folded, bisect_left(origin, s), lang) \
                and not year_governed(folded, bisect_left(origin, s), fe, lang.code):
            year_like = False  # "2100 SIM-kártyát", "2000 servers": a year counts nothing (but "V roce 2025
            # policisté …", in 2025 the police …)
        if year_like and e < len(text) and text[e:e + 1].isalpha() \
                and (text[e:e + 3].startswith(_written_on_words(lang))
                     or script_of(text[e]) in _COUNTERS_WRITTEN_ON and not fold(text[e:e + 4]).startswith(
                        _time_words(lang))):
            year_like = False  # "2000人が被害に遭った", "2000명", "2000余名", "2000个": a counter or a word written on,
            # no year (a year has its word: "2024年")
        if (_word_at(folded, _skip_space(folded, fe), lang.months) and not year_like) or (
                value <= 31 and _after_a_month(folded, bisect_left(origin, s), lang)):
            continue  # a day of a month: "9 जनवरी", "13 noiembrie", "Julai 24" (not a year: "2022 novemberében")
        if not year_like and (joined := _lone_scale_joined_before(folded, bisect_left(origin, s), value, lang)):
            scale, fs = joined
            # "هزار و ۲۶۰": a thousand and 260; "مليون و600 ألف": a million and 600 thousand (the part's own scale
            # read after it)
            finish(origin[fs], fe, value, False, add=scale, own_start=s)
            continue
        finish(s, fe, value, year_like)

    # numbers written as words: "patru", "fyra", "หมื่นเจ็ดพัน"
    vocab: dict[str, Decimal] = {**lang.number_words, **lang.scales}
    inside_number = _Holding((q.start, q.end) for q in found)
    edges = word_edges(text)
    resume = 0
    for candidate in _vocab_pattern(tuple(sorted(vocab, key=len, reverse=True))).finditer(folded, overlapped=True):
        pos = candidate.start()
        if pos < resume:
            continue
        if ((pos > 0 and joins(folded[pos - 1], folded[pos])) or not at_edge(text, origin[pos], edges)) \
                and not _after_a_clitic(folded, pos, lang):
            continue  # numbers in words start a word (or follow a clitic written onto them: "מחמש", from five)
        run: list[tuple[Decimal, int]] = []  # (value, folded end) of each word of the run
        p = pos
        while (hit := _word_at(folded, p, vocab)) and not (lang.not_scales and _word_at(folded, p, lang.not_scales)):
            # (no word a scale word starts: "tỷ lệ", a rate, "triệu phú", a millionaire)
            run.append((vocab[hit[0]], hit[1]))
            p = _skip_space(folded, hit[1])
            if p == hit[1] and folded[p:p + 1] in _NUMBER_HYPHENS and _word_at(folded, p + 1, lang.number_words):
                p += 1  # number words joined by a hyphen: "twenty-nine", "vingt-deux"
            elif vocab[hit[0]] % 10 == 0 and 20 <= vocab[hit[0]] < 100 \
                    and (joiner := _word_at(folded, p, lang.units_joiners)):
                # the units joined to the tens: "treinta y dos", "vinte e dois", "vingt et une"
                q = _skip_space(folded, joiner[1])
                if (unit := _word_at(folded, q, lang.number_words)) and lang.number_words[unit[0]] < 10 \
                        and lang.number_words[unit[0]] == int(lang.number_words[unit[0]]):
                    p = q
                elif one := _word_at(folded, q, lang.one):
                    run.append((Decimal(1), one[1]))
                    p = _skip_space(folded, one[1])
            if half := _half_at(folded, p, lang):
                # "two and a half million": half a unit; "deux millions et demi": half the scale before it
                run.append((vocab[hit[0]] / 2 if hit[0] in lang.scales else Decimal("0.5"), half[1]))
                p = _skip_space(folded, half[1])
                if hit[0] in lang.scales and (again := _word_at(folded, p, lang.scales)) \
                        and lang.scales[again[0]] == lang.scales[hit[0]]:
                    # the scale said again after its half: "مليون ونصف المليون", a million and half the million
                    run[-1] = (run[-1][0], again[1])
                    p = _skip_space(folded, again[1])
        # the run must end at a word edge; inside it, a segmenter may see one word ("ร้อยห้าสิบ")
        while run and not at_edge(text, origin[run[-1][1]] if run[-1][1] < len(origin) else len(text), edges):
            run.pop()
        tokens = [value for value, _ in run]
        end = run[-1][1] if run else pos
        # a scale word alone is no count ("millions", "hundreds of servers"); a number word is ("сто", "seribu");
        # nor is a scale word said twice ("কোটি কোটি টাকার": crores and crores of taka)
        starts = [pos] + [_skip_space(folded, e) for _, e in run[:-1]]
        lone_scale = bool(run) and len(set(tokens)) == 1 and all(
            folded[s:e] in lang.scales for s, (_, e) in zip(starts, run))
        start = origin[pos]
        if lone_scale and len(tokens) == 1 and _approximate(folded, pos, pos, lang) and _currency_after(
                folded, _skip_space(folded, end), lang):
            lone_scale = False  # "око милион америчких долара": about a million dollars
            tokens = [Decimal(1)] + tokens
        elif lone_scale and len(tokens) == 1 and tokens[0] >= 1000 and (one := _one_before(folded, pos, lang)) is not None:
            lone_scale = False  # "a million dollars", "eine Million Euro", "en miljard kronor" (not "bir yüz": a face)
            tokens, start = [Decimal(1)] + tokens, origin[one]
        elif lone_scale and len(tokens) == 1 and folded[pos:end] in lang.alone and _currency_after(
                folded, _skip_space(folded, end), lang):
            lone_scale = False  # "ukradli milion korun": a million crowns, no word for one before it
            tokens = [Decimal(1)] + tokens
        if tokens and folded[end:end + 1] in _NUMBER_HYPHENS and folded[end + 1:end + 2].isalpha():
            tokens = []  # a word compounded with a hyphen: "two-thirds", "a three-day operation" (no count)
        if tokens and any(t != t.to_integral_value() for t in tokens) and tokens[-1] < 1000 \
                and words_value(tokens) != words_value(tokens).to_integral_value():
            tokens = []  # a fraction is a number only before a scale ("half a million"; not "half the victims")
        if tokens and not lone_scale and not inside_number(start) and words_value(tokens) != 1:
            # "one" alone is an article or a pronoun ("แห่งหนึ่ง", "um homem"): no count
            value = words_value(tokens)
            if tokens[-1] >= 100 and folded[starts[-1]:end] in lang.scales:
                # a number in words ending in a scale, the smaller parts after it in digits: "ایک ہزار 900" (1,900),
                # "ایک کھرب 11 ارب روپے" (111 billion rupees); the digits read before as numbers of their own go
                value, merged_end = _smaller_parts(folded, end, value, tokens[-1], lang)
                if merged_end > end:
                    upto = origin[merged_end] if merged_end < len(origin) else len(text)
                    keep = [i for i, f in enumerate(found) if not (origin[end] <= f.start < upto)]
                    kept_scaled = {keep.index(i) for i in scaled if i in keep}
                    scaled.clear()
                    scaled.update(kept_scaled)
                    found[:] = [found[i] for i in keep]
                    end = merged_end
            finish(start, end, value, False)
            # (past what the number took after its words: "四成五", 45%, takes the "五")
            resume = max(end, bisect_left(origin, found[-1].end)) if found else end
    return _ranges(text, _currency_shared(text, found, scaled, lang), multipliers, lang)


def _ranges(text: str, found: list[Quantity], multipliers: dict[int, Decimal], lang: Language) -> list[Quantity]:
    """The numbers with each range ("between 9 and 11 million shekels", "בין 9 ל-11 מיליון שקלים") made one
    quantity: its first number, with the scale and currency said after the second (the least the text gives)."""
    if not lang.between:
        return found
    out: list[Quantity] = []
    skip = False
    for a, b in zip(found, found[1:] + [None]):
        if skip:
            skip = False
            continue
        if b is not None and a.unit is None and a.start not in multipliers and not a.year_like \
                and (b.unit is not None or b.start in multipliers) and _range_between(text, a, b, lang):
            scale = multipliers.get(b.start, Decimal(1))
            out.append(Quantity(a.start, b.end, a.value * scale, b.unit))
            skip = True
            continue
        if b is not None and a.unit is not None and a.unit == b.unit and a.unit != "%" \
                and _range_between(text, a, b, lang):
            # both ends amounts in full ("entre R$ 30 milhões e R$ 40 milhões"): one amount, the least
            out.append(Quantity(a.start, b.end, a.value, a.unit))
            skip = True
            continue
        if b is not None and a.unit is None and b.unit is None and not a.year_like and not b.year_like \
                and a.start not in multipliers and b.start not in multipliers and a.value < b.value \
                and _range_between(text, a, b, lang):
            # two plain counts ("Entre 3 000 et 4 000 machines"): one count, the least; the greater is no other
            out.append(Quantity(a.start, b.end, a.value, None))
            skip = True
            continue
        out.append(a)
    return out


def _zero_led(token: str) -> bool:
    """Whether a digit string written with a leading zero is an identifier, no number: a zero, then four digits or
    more ("0800 123"), three ("091", the police's number), or groups after it ("0 805 805 817", "05.03.2025"); not
    a decimal ("0,5", "0.75") nor a small count padded with a zero ("05", "০৪")."""
    if len(token) < 2 or unicodedata.digit(token[0], None) != 0:
        return False
    if all(unicodedata.digit(c, None) == 0 for c in token):
        return True  # "06:00": the minutes of a time
    if token[1] in ".,\u066b" and token[2:].isdigit():
        return False  # a decimal, with either mark
    return not (token.isdigit() and len(token) == 2)  # ("091", "017", "010": short numbers to call)


def _range_between(text: str, a: Quantity, b: Quantity, lang: Language) -> bool:
    """Whether ``a`` and ``b`` are the ends of a range: a word of ``between`` right before ``a``, and an "and" or a
    word of ``range_to`` (perhaps written onto ``b`` with a hyphen: "ל-11") between them."""
    gap = fold(text[a.end:b.start]).strip().rstrip("-\u05be").strip()
    if not gap or not (gap in lang.conjunctions or gap in lang.range_to):
        return False
    words = fold(text[max(0, a.start - 30):a.start]).split()
    return bool(words) and words[-1] in lang.between


_NEXT_WORD = regex.compile(r"[\s\u00a0]*([\p{L}\p{M}]+)")


def _counts_a_noun(text: str, end: int, lang: Language) -> bool:
    """Whether the word after a number is what it counts: a cue of a count ("3 mil vítimas", "4 тыс.
    потерпевших") or a counter of a script written without spaces ("55.5万个")."""
    m = _NEXT_WORD.match(text, end)
    if m and m.start(1) > end and lang.approximate:
        folded, origin = fold_with_offsets(text[m.start(1):m.start(1) + 30])
        if rough := _word_at(folded, 0, lang.approximate):
            # "10 ہزار سے زائد بینک اکاؤنٹس": the noun past "more than"
            m = _NEXT_WORD.match(text, m.start(1) + (origin[rough[1]] if rough[1] < len(origin) else len(origin)))
    if not m:
        return False
    if m.start(1) == end or is_unspaced(m.group(1)[0]):
        return True  # a counter written onto the number ("৭৪৫টি") or in a script without spaces
    word = fold(m.group(1))
    if _is_people(word, lang):
        return True  # persons counted: "похищенных у более чем 5 тысяч граждан" (no roubles)
    table = kinds()
    return any(word.startswith(c) or c.startswith(word) and len(word) >= 4
               for k, cues in lang.figure_cues.items() if k in table and not table[k].money
               for c in cues if c)


def _noun_counted_after(text: str, end: int, lang: Language) -> bool:
    """Whether the word after a number, a space between, names persons, victims or things counted ("120 קורבנות",
    "40 personnes", "300 sites"): a count of its own, no label's (a verb of a deed after it says nothing of that:
    "berusia 18 hingga 63 ditangkap")."""
    m = _NEXT_WORD.match(text, end)
    if not m or m.start(1) == end or is_unspaced(m.group(1)[0]):
        return False
    word = fold(m.group(1))
    return _is_people(word, lang) or word.startswith(_nouns_of(("victims",) + _THINGS_COUNTED, lang))


#: The word after a number, its hyphens in it ("SIM-kártyát").
_NEXT_HYPHENATED = regex.compile(r"[\s\u00a0]*([\p{L}\p{M}][\p{L}\p{M}-]*)")
#: The kinds whose cues name the things counted (nouns: "servers", "accounts", "countries"), not what was done.
_THINGS_COUNTED = ("infrastructure_taken_down", "accounts_frozen")


def _counts_things(text: str, end: int, lang: Language) -> bool:
    """Whether the word after a number, a space between, is a cue naming things counted (of a kind of
    ``_THINGS_COUNTED`` or a counted one): "2100 SIM-kártyát", "2000 servers" (no year counts them)."""
    m = _NEXT_HYPHENATED.match(text, end)
    if not m or m.start(1) == end or is_unspaced(m.group(1)[0]):
        return False
    word = fold(m.group(1))
    table = kinds()
    return any(word.startswith(c) for k, cues in lang.figure_cues.items()
               if k in table and not table[k].silent and (k in _THINGS_COUNTED or table[k].counted)
               for c in cues if c and not is_unspaced(c[0]))


#: The most characters between two amounts of one sentence that share a currency said once.
_SHARED_CURRENCY_GAP = 60
#: The end of a sentence or clause between two amounts: no currency is shared across it.
_SHARED_CURRENCY_BREAK = re.compile(r"[.!?;:\u0964\u061f\u06d4\u3002](?:\s|$)")


def _currency_shared(text: str, found: list[Quantity], scaled: set[int], lang: Language) -> list[Quantity]:
    """The numbers sorted, a number with a scale word and no unit taking the currency of the nearest amount before it in
    its sentence: the currency said once for both ("928 millioner kroner …, mot 614 millioner"). A count ("2 millioner brukere") stands farther or in another
    sentence."""
    order = sorted(range(len(found)), key=lambda i: (found[i].start, found[i].end))
    out = [found[i] for i in order]
    money = [k for k, i in enumerate(order) if found[i].unit not in (None, "%")]
    for k, i in enumerate(order):
        q = found[i]
        if i not in scaled or q.unit is not None or q.year_like or _counts_a_noun(text, q.end, lang):
            continue
        best = None
        for m in money:
            o = out[m]
            if o.end > q.start:
                continue  # the amount after it has the sentence's cue nearer ("from 783 thousand to 7 million euros")
            lo, hi = o.end, q.start
            gap = hi - lo
            if 0 <= gap <= _SHARED_CURRENCY_GAP and not _SHARED_CURRENCY_BREAK.search(text, lo, hi) \
                    and (best is None or gap < best[0]):
                best = (gap, o.unit)
        if best:
            out[k] = Quantity(q.start, q.end, q.value, best[1], False)
    return out


#: A case ending written after a number with a hyphen or apostrophe ("1900-dən", "2000'den").
_SUFFIX_AFTER = regex.compile(r"(?:[-'’][\p{L}\p{M}]{1,5})?[\s\u00a0]*")


def _after_a_month(folded: str, start: int, lang: Language) -> bool:
    """Whether a month's name stands right before the number starting at folded ``start`` ("Julai 24", "May 5")."""
    before = folded[max(0, start - 20):start].rstrip()
    if len(before) == start - max(0, start - 20) and before:
        return False  # written onto the number: no month
    return any(before.endswith(m) and (len(before) == len(m) or not joins(before[-len(m) - 1], m[0]))
               for m in lang.months if m and not m.endswith("."))


def _approximate(folded: str, start: int, end: int, lang: Language) -> bool:
    """Whether a word of a rough count stands right before the number (folded ``start``) or right after it."""
    if not lang.approximate:
        return False
    before = folded[max(0, start - 30):start].rstrip()
    after = _SUFFIX_AFTER.match(folded, end).end()
    for w in lang.approximate:
        if before.endswith(w):
            lead = before[-len(w) - 1:-len(w)]
            if not lead or not joins(lead, w[0]) or is_unspaced(w[0]):
                return True
        if _word_at(folded, after, (w,)) and not _number_next(folded, after + len(w), lang):
            return True  # "2000-dən çox", not "ตุลาคม 2025 กว่าหมื่นเจ็ดพัน" (more than 17,000: the next number's)
    return False


def _after_a_clitic(folded: str, pos: int, lang: Language) -> bool:
    """Whether the word that ``pos`` of folded text is inside starts with a one-letter clitic of the language's written
    onto names ([words] prefixes: "מחמש מדינות", from five countries), and no more, before ``pos``."""
    if not lang.prefixes:
        return False
    start = pos
    while start > 0 and joins(folded[start - 1], folded[start]):
        start -= 1
    if not (pos - start == 1 and folded[start:pos] in lang.prefixes):
        return False  # (one letter: a definite article, two, makes an age or an ordinal: "سن الخمسين", aged fifty)
    # (an "and" after a number word joins the two into one: "خمسة وعشرين", twenty-five)
    before = folded[:start].split()
    return not (folded[start:pos] in lang.conjunctions and before and before[-1] in lang.number_words)


def _one_before(folded: str, pos: int, lang: Language) -> int | None:
    """Where the word for one right before the scale word at folded ``pos`` starts ("a million", "eine Million"),
    or None."""
    if not lang.one:
        return None
    before = folded[max(0, pos - 12):pos]
    word = before.rstrip(" ")
    if len(word) == len(before) or not word:
        return None  # the scale word starts a word of its own, after a space
    for w in lang.one:
        s = pos - (len(before) - len(word)) - len(w)
        if word.endswith(w) and (s == 0 or not joins(folded[s - 1], folded[s])):
            return s
    return None


def _number_next(folded: str, pos: int, lang: Language) -> bool:
    """Whether a number, in digits or words, starts at ``pos`` (after spaces) of folded text."""
    pos = _skip_space(folded, pos)
    if pos < len(folded) and folded[pos].isdigit():
        return True
    return any(folded.startswith(w, pos) for w in (*lang.number_words, *lang.scales))


def _percent_word_before(text: str, start: int, lang: Language) -> int | None:
    """Where a percent word written before the number starts ("ร้อยละ 40"), or None.

    The word must begin a word and must not follow a number, whose unit it would be ("20 procent 30"); the
    sign must be written onto the number ("%35").
    """
    if start > 0 and text[start - 1] == "%" and "%" in lang.figure_cues.get("percentage", ()):
        return start - 1 if not re.search(r"\d\s*$", text[max(0, start - 4):start - 1]) else None
    before = text[max(0, start - 30):start].rstrip()
    lo = start - (len(text[max(0, start - 30):start]) - len(before))  # where the spaces before the number begin
    if not before or lo == start and before[-1:].isalnum() and not is_unspaced(before[-1]):
        return None
    folded_before = fold(before)
    for w in sorted(lang.figure_cues.get("percentage", ()), key=len, reverse=True):
        if w == "%" or not folded_before.endswith(w) or len(w) != len(before[len(before) - len(w):]):
            continue
        s = lo - len(w)
        if s > 0 and joins(text[s - 1], text[s]):
            continue
        if re.search(r"\d\s*$", text[max(0, s - 3):s]):
            return None
        return s
    return None


def _currency_written_on(text: str, start: int, lang: Language) -> bool:
    """Whether the letters right before a number are a short currency symbol of the language ("Rp9,1", "RM20").

    The letters must be a word of their own, of at most three letters ("Rp", "RM", "P"): "covid-19" and
    "v2" stay words with a number in them.
    """
    i = start
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    word = fold(text[i:start])
    return len(word) <= 3 and word in lang.currencies and (i == 0 or not text[i - 1].isalnum())


class _Holding:
    """Whether some span ``(s, e)`` holds an offset (``s <= offset < e``): the ends' running maximum, by start."""

    def __init__(self, spans) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []  # the greatest end of the spans up to each one
        for _, e in spans:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def __call__(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset)  # spans 0 … i-1 start at the offset or before
        return i > 0 and self.reach[i - 1] > offset


@lru_cache(maxsize=64)
def _vocab_pattern(words: tuple[str, ...]):
    """Where a number word may start: one alternation of them all (overlapping matches wanted)."""
    return regex.compile("|".join(regex.escape(w) for w in words) or r"(?!)")


def _code_in_lowercase(text: str, origin, fend: int, lang: Language) -> bool:
    """Whether the currency ending at folded ``fend`` is a code the language's tables write in capitals only, written
    here in small letters: a word of the language, no code ("34,497 kes": cases in Malay, not "KES")."""
    for code in lang.currency_codes:
        n = len(code)
        if n > fend or fend > len(origin):
            continue
        word = text[origin[fend - n]:origin[fend - 1] + 1]
        if fold(word) == code and word.islower() and (origin[fend - n] == 0 or not text[origin[fend - n] - 1].isalpha()):
            return True
    return False


def _currency_after(folded: str, fpos: int, lang: Language) -> tuple[str, int] | None:
    """A currency word after a number, perhaps behind a connector ("de dolari")."""
    p = _skip_space(folded, fpos)
    for connector in ("",) + lang.connectors:
        q = p
        if connector:
            if not folded.startswith(connector, p):
                continue
            q = _skip_space(folded, p + len(connector))
        hit = _word_at(folded, q, lang.currencies) or _word_with_suffix(folded, q, lang.currencies, lang.suffixes)
        if hit:
            return lang.currencies[hit[0]], hit[1]
    return None


def _word_with_suffix(folded: str, pos: int, words, suffixes: tuple[str, ...]) -> tuple[str, int] | None:
    """The longest listed word at ``pos`` followed inside its word by one of the language's suffixes ("ডলার" + "ের")."""
    best = None
    for w in _starting_with(folded, pos, words):
        if not folded.startswith(w, pos):
            continue
        end = pos + len(w)
        stop = end
        while stop < len(folded) and joins(folded[stop - 1], folded[stop]):
            stop += 1
        if stop > end and folded[end:stop] in suffixes and (best is None or len(w) > len(best[0])):
            best = (w, stop)
    return best


def _clause(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The stretch of the number's sentence between clause punctuation."""
    sent = doc.sentence_of(start)
    # the last break before the number, among the sentence's (read once for each sentence, not for each number)
    ends = _break_ends(doc.text, sent.start, sent.end)
    i = bisect_right(ends, start)
    if i >= 2 and _short_aside_before(doc.text, ends[i - 2], ends[i - 1], start):
        i -= 2  # "인터넷 주소(URL) 230건": an abbreviation in brackets between the noun and its count parts no clause
    cut_left = ends[i - 1] if i else sent.start
    # the first break after it, read no farther than the window (and a break across its edge)
    m = _CLAUSE_BREAK.search(doc.text, end, max(end, min(sent.end, end + _WINDOW + _LONGEST_BREAK)))
    cut_right = m.start() if m else max(end, sent.end)
    return max(cut_left, start - _WINDOW), min(cut_right, end + _WINDOW)


#: The longest aside in brackets (an abbreviation) that stands between a noun and its count.
_SHORT_ASIDE = 12


def _short_aside_before(text: str, opened: int, closed: int, start: int) -> bool:
    """Whether ``text[opened - 1:closed]`` is a short aside in brackets with no digit (an abbreviation: "(URL)",
    "(KISA)") ending right before the number at ``start``, nothing but spaces between."""
    return (text[opened - 1] in "(（" and text[closed - 1] in ")）" and not text[closed:start].strip()
            and 0 < closed - opened - 1 <= _SHORT_ASIDE and not _NUMBER_IN.search(text, opened, closed))


@lru_cache(maxsize=16)
def _break_ends(text: str, start: int, end: int) -> list[int]:
    """Where the clause breaks of the sentence ``text[start:end]`` end, in order."""
    return [m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)]


_NUMBER_IN = re.compile(r"\d")


def _find_cue(text: str, cues: tuple[str, ...], *, from_end: bool, numbers: frozenset[str] = frozenset(),
              verb_final: bool = False, lang: Language | None = None, keep_first: bool = False,
              money: bool = False, many: frozenset[str] = frozenset(),
              tails: frozenset[str] = frozenset(), noun_before: bool = False) -> tuple[int, int] | None:
    """``(distance, -length)`` of the nearest cue in ``text`` that is the number's own, the longer of two as near.

    The distance is in folded chars from the number. A cue with another number between it and this one is
    that number's ("68 suspects and 835 devices"), and so is a cue right after another number (``numbers``:
    the language's number words), or, after this one, right before another ("у два таласа ухапшено 30":
    arrested 30, in two waves) where verbs do not end the clause (``verb_final``: "… el konulurken 312 site"
    ends the clause of the amount before it). Of two cues as near, the longer says more ("挽回经济损失",
    losses recovered, against "损失", losses). With ``lang``, a cue after the number is also the next number's
    where a short gap joined by no "and" nor comma leads to it ("y se detuvo a 30", "استُردّ منها قرابة ٧٠"),
    unless ``keep_first`` and the cue is the first word after it: the noun a count counts ("١٠٨ ضحايا نحو ٤٥٠"; in a
    script without spaces, after the counter written on: "2.4万名受害人损失…", unless ``noun_before``, the count's noun
    written before it: "抓获嫌疑人12名受害人300余名", where the noun after the counter is the next count's).
    With ``money`` (the cues are of a kind of money), the next number must be money too to take the cue: "€1.1
    million was returned to 340 victims", "€2 million was seized from 12 suspects". With ``lang``, a cue before the
    number said of a number before it, an "and" or a comma between it and this one, is that number's ("6.300 comptes
    ont été bloqués et 9,7 millions d'euros ont pu être restitués"), unless it is that count's noun ("৪৬টি ওয়েবসাইট ও
    ১৩০টি ফেসবুক পেজ").
    """
    folded_text = fold(text) if text.strip() else ""
    # in a script without spaces, the noun right after a counter written onto the count is its own, whatever number
    # follows it: "2.4万名受害人损失3400万欧元" (24,000 victims lost €34 million)
    own_noun = _after_its_counter(folded_text, lang) if keep_first and lang is not None and not from_end \
        and not noun_before else -1
    hits = _cue_hits(folded_text, cues, from_end=from_end, numbers=numbers,
                     verb_final=verb_final, conjunctions=lang.conjunctions if lang is not None else (), many=many,
                     money_next=money and lang is not None, tails=tails, own_noun=own_noun)
    if lang is not None and not from_end and not verb_final and hits:
        folded = fold(text)
        first = _FIRST_WORD.match(folded)
        hits = [h for h in hits if (keep_first and first is not None and h[1] <= max(first.start(1), own_noun))
                or not _cue_of_next_number(folded, h[1] + len(h[2]), lang, money=money)]
    elif lang is not None and from_end and hits:
        folded = fold(text)
        hits = [h for h in hits if not (_passive_of_another(folded, h[1], h[1] + len(h[2]), lang)
                                        and _a_count_of_things_before(folded[:h[1]], lang))
                or _noun_of_the_count_before(folded[:h[1]])]
    elif lang is not None and not from_end and verb_final and lang.counters and hits:
        folded = fold(text)
        hits = [h for h in hits if _counted_by_its_counter(folded[:h[1]], lang)
                or not _noun_of_the_next_count(folded, h[1] + len(h[2]), lang)]
    return min(((d, -len(cue)) for d, _, cue in hits), default=None)


def _after_its_counter(folded: str, lang: Language) -> int:
    """Where a counter or a word for persons written onto a count ends, in a script without spaces ("名" of
    "名受害人"), or -1."""
    if not folded or not is_unspaced(folded[0]):
        return -1
    return max((len(w) for w in _written_on_words(lang) if folded.startswith(w)), default=-1)


#: A space, perhaps, then a number and what is written onto it.
_COUNT_NEXT = re.compile(r"\s?\d[\d.,]*(\w*)")


def _counted_by_its_counter(before: str, lang: Language) -> bool:
    """Whether the words between a count and a cue after it are none, or its counter alone: the cue is the noun it
    counts ("7개 기관 30여명", seven agencies, some 30 people)."""
    words = before.split()
    return not words or len(words) == 1 and words[0] in lang.counters


def _noun_of_the_next_count(folded: str, end: int, lang: Language) -> bool:
    """Whether a cue ending at ``end``, after a count, is the noun of the count right after it, one with a counter
    written onto it (the language's ``counters`` or ``people``): "이동통신 3사는 … 전화번호 1,150개의 이용을 중지했다"
    (the three carriers suspended 1,150 numbers: the numbers are the 1,150's, not the 3's), "은행 6곳은 대포통장
    312개를 지급정지했다". Where verbs end the clause, a cue right before a number is otherwise this count's verb
    ("… el konulurken 312 site")."""
    m = _COUNT_NEXT.match(folded, end)
    if m is None:
        return False
    written = m.group(1)
    while written:  # past the scale words and digits of the count ("4만5천여건")
        step = 1 if written[0].isdigit() else max((len(s) for s in lang.scales if written.startswith(s)), default=0)
        if not step:
            break
        written = written[step:]
    return written.startswith(lang.counters) or _is_people(written, lang)


def _number_word_in(between: str, many: frozenset[str], conjunctions: tuple[str, ...] = ()) -> bool:
    """Whether a number word of ``many`` (greater than one) stands among the words between a cue and a count, a
    comma or an "and" after it going on to the count: the cue is that number's ("arrested six persons and shut down
    two call centres": the two are no arrests; but "arrested over three days 12 suspects", "detuvo tras dos años de
    investigación a 12 personas": a length of time said on the way to the count)."""
    words = between.replace(",", " , ").split()
    return any(x.strip(";:") in many and any(w == "," or w in conjunctions for w in words[j + 1:])
               for j, x in enumerate(words))


@lru_cache(maxsize=64)
def _many_words(lang) -> frozenset[str]:
    """The number words that count more than one (one is the article of many languages: "un", "ein", "en")."""
    return frozenset(w for w in _counting_words(lang) if lang.number_words[w] > 1)


def _cue_hits(folded: str, cues: tuple[str, ...], *, from_end: bool, numbers: frozenset[str] = frozenset(),
              verb_final: bool = False, conjunctions: tuple[str, ...] = (),
              many: frozenset[str] = frozenset(), money_next: bool = False,
              tails: frozenset[str] = frozenset(), own_noun: int = -1) -> list[tuple[int, int, str]]:
    """``(distance, position, cue)`` of every cue of folded ``folded`` that is the number's own (see ``_find_cue``;
    a cue before an "and" written onto the next number, in a script without spaces, is still this one's:
    "2,300個可疑電話號碼及86個釣魚網站"; with ``money_next``, a cue of money right before another number is left to
    :func:`_cue_of_next_number`, which knows a count of persons is none an amount's cue is said of: "680萬港元發還予37名
    受害人")."""
    out = []
    for cue in cues:
        if not cue:
            continue
        i = folded.find(cue)
        while i >= 0:
            if not (i > 0 and cue[0].isalnum() and joins(folded[i - 1], folded[i]) and not is_unspaced(folded[i])
                    and not (cue in tails and _ends_a_word(folded, i + len(cue), _TAIL_ENDING))) \
                    and not _in_other_word(folded, i, cues):
                between = folded[i + len(cue):] if from_end else folded[:i]
                owned = not _NUMBER_IN.search(between) and not (from_end and _counted(folded[:i], numbers)) \
                    and not (from_end and _in_the_item_before(folded[:i], between, conjunctions)) \
                    and not (from_end and many and _number_word_in(between, many, conjunctions)) \
                    and not (not from_end and not verb_final and not money_next and i > own_noun
                             and (nxt := _NUMBER_NEXT.match(folded, i + len(cue)))
                             and nxt.group()[:-1].strip() not in conjunctions)
                if owned:
                    out.append((len(folded) - (i + len(cue)) if from_end else i, i, cue))  # cues match at a word's start
            i = folded.find(cue, i + 1)
    return out


def _ends_a_word(folded: str, end: int, ending: int = 0) -> bool:
    """Whether no letter nor digit follows ``end``, or an ending of up to ``ending`` letters ("sivusto-a")."""
    for k in range(ending + 1):
        if end + k >= len(folded) or not folded[end + k].isalnum():
            return True
        if not folded[end + k].isalpha():
            return False
    return False


#: The letters of a case ending a compound's head may have after it ("tietojenkalastelusivustoa", "Betrugskonten").
_TAIL_ENDING = 2


#: The shortest cue read at the end of a compound: shorter ones end other words too ("appar" of "lappar", leaflets).
_SHORTEST_TAIL = 6


@lru_cache(maxsize=64)
def _compound_tails(lang: Language) -> frozenset[str]:
    """Where nouns are written together (``compounds``), the cues naming things counted that may end a compound,
    its head, after the count: "1 960 nätfiskesajter" (phishing sites), "Betrugskonten" (fraud accounts); before a
    number such a compound names that one number ("Notrufnummer 110")."""
    if not lang.compounds:
        return frozenset()
    return frozenset(c for c in _nouns_of(_THINGS_COUNTED, lang) if len(c) >= _SHORTEST_TAIL and c.isalpha())


_AMOUNT_DIGITS = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")


def _amounts_masked(folded: str, lang: Language) -> str:
    """Folded ``folded`` with its amounts of money in digits blanked: digits, perhaps a scale word, then a word
    starting with a currency of the language ("1,2 milyar lira", "1,2 milyar liranın"; a short one after a scale
    word: "9,3 mln zł"), or a currency sign before them ("$2 million")."""
    out = folded
    for m in _AMOUNT_DIGITS.finditer(folded):
        pos = m.end()
        while (w := _FIRST_WORD.match(folded[pos:])) and w.group(1) in lang.scales:
            pos += w.end()
        w = _FIRST_WORD.match(folded[pos:])
        if w and any((len(c) > 2 or pos > m.end() and w.group(1) == c) and c.isalpha() and w.group(1).startswith(c)
                     for c in lang.currencies):
            end = pos + w.end()
            out = out[:m.start()] + " " * (end - m.start()) + out[end:]
        elif (sign := folded[:m.start()].rstrip()[-1:]) and unicodedata.category(sign) == "Sc":
            start = len(folded[:m.start()].rstrip()) - 1
            out = out[:start] + " " * (pos - start) + out[pos:]
    return out


def _countries_masked(right: str, lang: Language) -> str:
    """The words after a count with the countries counted in it blanked: "3500 نفر در ۳۴ کشور بازداشت", "3500
    people in 34 countries were arrested" (the arrests are the 3500's; the 34 counts where)."""
    cues = lang.figure_cues.get("countries", ())
    if not cues or not _NUMBER_IN.search(right):
        return right
    return _countries_pattern(cues).sub(lambda m: " " * len(m.group()), right)


@lru_cache(maxsize=64)
def _countries_pattern(cues: tuple[str, ...]):
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(r"\d[\d.,\u00a0\u202f]*\s?(?:%s)\w*" % alternatives, re.IGNORECASE)


#: The rest of a cue's word, then a number: the cue stands before that number and is its ("ухапшено 30").
_NUMBER_NEXT = re.compile(r"[^\W\d_]{0,12}\s?\d")


#: A count with a counter written onto it, then a space: "7개 ", "20 ta " (the cue after it is that count's).
_COUNTER_BEFORE = re.compile(r"\d[^\W\d_]{1,2}\s$")


def _count_before(before: str) -> bool:
    """Whether digits end the words before a cue (a space after them at most), not written onto a name's letters
    ("Т2 отключили": the operator Т2, no count of its own; "Tele2 blocked")."""
    tail = before[:-1] if before[-1:].isspace() else before
    if not tail[-1:].isdigit():
        return False
    token = tail.rsplit(None, 1)[-1]
    return not (token[0].isalpha() or unicodedata.category(token[0]) == "Mn")


#: A count and up to two words before a cue: the cue ends the noun of that count ("640 de cartele SIM", "450 SIM").
_ITEM_BEFORE = re.compile(r"(?:^|\s)\d[\d.,]*\w*\s+(?:[^\W\d]\S*\s+){0,2}$")
#: What may stand between a cue and the next count of a list: the rest of the cue's word, a comma, an "and".
_ITEM_GAP = re.compile(r"\w*[\s\u00a0]*(?:,[\s\u00a0]*)?(?:(?P<word>[^\W\d]+)[\s\u00a0]*)?")


def _in_the_item_before(before: str, between: str, conjunctions: tuple[str, ...]) -> bool:
    """Whether a cue before a count ends the item before it in a list: another count stands two words or fewer
    before the cue, and only a comma or an "and" after it ("640 de cartele SIM și 58 de telefoane mobile": the
    SIM cards are the 640, the 58 are phones)."""
    if not _ITEM_BEFORE.search(before):
        return False
    m = _ITEM_GAP.fullmatch(between)
    return m is not None and ("," in between or m.group("word") in conjunctions) \
        and (m.group("word") is None or m.group("word") in conjunctions)


def _counted(before: str, numbers: frozenset[str]) -> bool:
    """Whether a number (in digits or a number word) stands right before a cue."""
    if _count_before(before) or _COUNTER_BEFORE.search(before):
        return True  # "zehn Ländern", "10 countries", "1209名", "7개 기관" is the counter's, not a cue's
    words = before.rstrip().split()
    return bool(words) and words[-1] in numbers


def classify(doc: Document, q: Quantity, amounts: tuple[Quantity, ...] = ()) -> tuple[str, float] | None:
    """The kind of a quantity from the cues around it, with a confidence.

    An amount of money with no cue in its clause takes the nearest money cue of its sentence that no other
    amount (of ``amounts``, the document's) stands nearer to: "Assets worth €4.2 million, including …, were
    seized".
    """
    lang = language(doc.language)
    table = kinds()
    if q.unit is None and _after_worth(doc.text, q.start, lang):
        return None  # "transferencias por valor de 2,6 millones": the worth of things in a currency not written
    if q.unit == "%" and _a_promised_return(doc, q, lang):
        return None  # "월 30% 수익", "обіцяли прибутковість до 30% на місяць": what a scheme promised
    if q.unit not in (None, "%") and _a_fine(doc, q, lang):
        return None  # "fined BTC-e 110 million dollars", "πρόστιμο 12 εκατ. δολαρίων"
    if q.unit not in (None, "%") and (said := _predicate_of_topic(doc, q, lang, table, amounts)) is not None:
        return said
    found = _classify_in_clause(doc, q, lang, table)
    if q.unit is None and (found is None or found[0] != "participants") \
            and (trained := _trained(doc, q, lang, table, found is None)) is not None:
        found = trained
    if found is not None and found[0] in _PLANNED_KINDS and _planned(doc, q, lang):
        return None  # "Microsoft pledged to train 5,000 officers", "vai formar 150 agentes", "plans to add 15
        # members": a plan, no outcome
    if found is None and q.unit is None:
        found = _verb_past_a_relative_clause(doc, q, lang, table)
    if found is None and q.unit is None and lang.result_markers:
        found = _result_of_a_long_clause(doc, q, lang, table)
    if found is None and q.unit not in (None, "%"):
        found = _money_cue_of_sentence(doc, q, lang, table, amounts)
    if found is None and q.unit not in (None, "%") and _after_worth(doc.text, q.start, lang):
        found = _worth_of_goods(doc, q, lang, table)
    if found is None and q.unit not in (None, "%") and _victims_paid(doc, q, lang, amounts):
        found = ("amount_lost", 0.5)
    if found is None and q.unit not in (None, "%") and _defrauded_of_amount(doc, q, lang):
        found = ("amount_lost", 0.5)
    if q.unit is None and (found is None or found[0] == "users") and _people_who_lost(doc, q, lang, amounts):
        found = ("victims", 0.5)  # (users who lost it are victims: "400 customers of the bank lost €2.4 million")
    if found and lang.verb_final and table[found[0]].yields and q.unit not in (None, "%"):
        found = _yielded_to_the_final_verb(doc, q, lang, table, found, amounts)
    if found and q.value >= table[found[0]].as_reports and _noun_of_reports(doc, q, lang):
        found = (table["reports"].gives or "reports", found[1])
    if found and table[found[0]].held_in:
        found = _held_in(doc, q, lang, found, table[found[0]].held_in)
    if q.unit not in (None, "%") and (found is None or table[found[0]].held_in) \
            and _held_by_accounts_counted(doc, q, lang, table, amounts):
        found = ("amount_seized", found[1] if found else 0.6)
    if q.unit not in (None, "%"):
        found = _named_beside(doc, q, lang, table, found)
    return found


#: The most persons an awareness campaign's attendees are counted up to ("1,2 juta peserta").
_ATTENDEES_MOST = 10_000_000
#: The most characters between a cue of training and the count of the persons trained after it ("trained more than").
_TRAINED_BEFORE = 16


def _trained(doc: Document, q: Quantity, lang: Language, table, after_too: bool) -> tuple[str, float] | None:
    """Participants, where a count is of the persons a cue of the silent kind ``trained`` says were trained.

    The cue stands right before the count, rough words at most between ("trained more than 4,000 frontline staff",
    "capacitou 300 servidores"), or, with ``after_too``, after it in its clause where verbs end the clause or the
    cue follows the noun counted ("4,000 bank employees were trained", "120 employés de banques ont été formés"),
    no other number between, the noun counted no cue of a kind of things ("12 workshops were held and … trained").
    """
    cues = lang.figure_cues.get("trained", ())
    info = table["trained"]
    if not cues or q.year_like or q.value < info.least:
        return None  # ("were trained in 2023": a year)
    left, right = _sides(doc, q)
    fr = fold(right) if right.strip() else ""
    before = _find_cue(left, cues, from_end=True)
    # (whatever the noun after a cue right before: "capacitou 300 servidores", civil servants, no servers; but not
    # countries or bodies: "se zúčastnilo 27 států", "formação para 25 países")
    said = before is not None and before[0] <= _TRAINED_BEFORE and not _NUMBER_IN.search(fold(left)[-_TRAINED_BEFORE:])
    if said and fr and _a_cue_of(fr.lstrip(), lang, table, ("countries", "member_organizations", "training_sessions")):
        return None  # (nor sessions: "612 officers were trained in 28 sessions")
    if not said and lang.attendees and (noun := _counted_word(right, lang)) is not None \
            and noun.startswith(lang.attendees) and q.value <= _ATTENDEES_MOST:
        return "participants", 0.6  # "lebih dari 1,2 juta peserta": the persons who attended, named so
    if q.value > info.most:
        return None  # ("trained on more than 2 million scam messages": no persons)
    if not said and after_too:
        noun = _FIRST_WORD.match(fr)
        if noun is not None and not _is_people(noun.group(1), lang) \
                and _a_cue_of(noun.group(1), lang, table, _kinds_of_things()):
            return None  # the noun counted is a cue of a kind of things: "… in 12 workshops were trained"
        after = _find_cue(right, cues, from_end=False, verb_final=lang.verb_final)
        said = after is not None and after[0] <= MAX_CUE_DISTANCE and not _NUMBER_IN.search(fr[:after[0]])
    if not said or _planned(doc, q, lang):
        return None  # ("akan melatih 300 petugas", "300 officers will be trained": a plan, no outcome)
    return "participants", 0.6


#: The kinds of figures an article often gives as plans ("will train", "plans to add members"): a count of them in a
#: clause that says it is to come is none.
_PLANNED_KINDS = ("participants", "training_sessions", "member_organizations")


#: A counter or a case ending written onto a number ("৬৮০টি", "300'den"), and the space after it.
_COUNTER_ONTO = regex.compile(r"(?:[-'’]?[\p{L}\p{M}]{1,5}(?=[\s\u00a0]))?[\s\u00a0]*")


def _seized_evidence(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether a count is of things held in the suspects' hands (a word of the language's ``held`` names what it
    counts: phones, ID cards, cars) in a sentence that says they were seized (a word of ``seizing``) and nothing of
    blocking or closing: evidence, no infrastructure taken down, even listed after SIM cards ("৬৮০টি সিম কার্ড ও
    ৪১টি মোবাইল ফোন জব্দ", "menyita 212 kartu SIM, 40 KTP palsu"; SIM cards seized are taken down, as the golds of
    most sets have them)."""
    held, seized = lang.held, lang.seizing
    if not held or not seized:
        return False
    right = doc.text[q.end:q.end + 60]  # (as written: a name found in it, "KTP", is still what is counted)
    right = right[_COUNTER_ONTO.match(right).end():]  # a counter written onto the number: "৬৮০টি সিম কার্ড"
    word = _counted_word(right, lang)
    if word is None:
        return False
    rest = fold(right).lstrip() if not is_unspaced(word[:1] or " ") else word
    if not (word.startswith(held) or rest.startswith(held)):
        return False
    sent = doc.sentence_of(q.start)
    said = fold(doc.text[sent.start:sent.end])
    return _starts_a_word(said, seized) and not any(
        _starts_a_word(said, lang.figure_cues.get(k, ())) for k in ("amount_disrupted", "closed"))


def _planned(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether a word of the language's ``future`` stands in a count's clause: what is planned, no outcome."""
    if not lang.future:
        return False
    start, end = _clause(doc, q.start, q.end)
    before, after = fold(doc.text[start:q.start]), fold(doc.text[q.end:end])
    if _a_future_word(before, lang):
        return True  # "akan melatih 300 petugas", "pledged to train 5,000 officers"
    # after the count, up to an "and" that opens another deed ("has 45 members and will open an office")
    words = after.split()
    cut = next((i for i, w in enumerate(words) if w in lang.conjunctions), len(words))
    return _a_future_word(" ".join(words[:cut]), lang)


def _a_goal(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether a count is a goal or target: a word of the language's ``goals`` stands before it in its clause, at
    most ``_GOAL_REACH`` words before it with no "and" nor relative word between ("it aims to extend the next phase
    to at least 25 countries"; not "aimed to dismantle the network and led to 45 arrests"), or, where verbs end the
    clause, among the few words right after it, a particle perhaps written on ("500명 이상을 검거한다는 목표를
    세웠다"), no "and" between."""
    if not lang.goals:
        return False

    def joined(gap: str) -> bool:  # an "and" or a relative word between the goal word and the count
        return any(w in lang.conjunctions or w in lang.relative for w in gap.split()) or any(
            c in gap for c in lang.conjunctions if c and is_unspaced(c[0]))

    start, end = _clause(doc, q.start, q.end)
    before = fold(doc.text[start:q.start])
    ends = [i + len(w) for w in lang.goals if w for i in _positions(before, w, 0) if _word_at_start(before, i)]
    if ends:
        gap = before[max(ends):]
        if len(gap.split()) <= _GOAL_REACH and not joined(gap):
            return True
    if not lang.verb_final:
        return False
    words = fold(doc.text[q.end:end]).split()[:_GOAL_AFTER]
    cut = next((i for i, w in enumerate(words) if w in lang.conjunctions), len(words))
    return _starts_a_word(" ".join(words[:cut]), lang.goals)


#: The most words between a word of goals and the count it puts as a goal ("aims to extend the next phase to at
#: least 25"), and, where verbs end the clause, after the count ("명 이상을 검거한다는 목표를").
_GOAL_REACH, _GOAL_AFTER = 8, 5


def _a_promised_return(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether a word of the language's ``returns`` stands among the few words right before or after a percentage,
    in its clause: the return a scheme promised ("monthly returns of 30%", "aylık yüzde 40 kazanç", "수익률 300%"),
    no outcome."""
    if not lang.returns:
        return False
    start, end = _clause(doc, q.start, q.end)
    if _starts_a_word(fold(doc.text[start:end]), _nouns_of(("amount_recovered", "amount_seized"), lang)):
        return False  # "recuperaram 45% do lucro obtido pelos criminosos": the criminals' gains, taken back
    before = fold(doc.text[max(start, q.start - _RETURN_NEAR):q.start])
    after = fold(doc.text[q.end:min(end, q.end + _RETURN_NEAR)])
    return _starts_a_word(before, lang.returns) or _starts_a_word(after, lang.returns)


#: The characters around a percentage a word of promised returns stands within.
_RETURN_NEAR = 25


def _a_future_word(folded: str, lang: Language) -> bool:
    """Whether a word of the language's ``future`` stands in folded ``folded``, a whole word where words are spaced
    ("will", not "Williams")."""
    for w in lang.future:
        for i in _positions(folded, w, 0):
            end = i + len(w)
            if _word_at_start(folded, i) and (is_unspaced(w[-1]) or end == len(folded) or not folded[end].isalnum()):
                return True
    return False


@lru_cache(maxsize=1)
def _kinds_of_things() -> tuple[str, ...]:
    """The kinds a noun counted after persons were trained cannot be of (:func:`_trained`): every kind but those of
    persons (:func:`_a_cue_of` leaves them out), the persons trained themselves, bank staff and other words."""
    return tuple(k for k in kinds() if k not in ("participants", "trained", "bank_staff", "other_words"))


#: The kinds whose cues say persons counted are no victims, but suspects ("charged", "identified") or done something
#: to (arrested, trained). (Not participants' nouns, "staff", "officers": "impersonating bank staff, took … from
#: 1,240 people")
_NOT_HARMED = ("arrests", "charged", "identified", "trained", "wanted")


def _people_who_lost(doc: Document, q: Quantity, lang: Language, amounts: tuple[Quantity, ...]) -> bool:
    """Whether a count of persons with no kind of its own is of those who lost the amount of money said after it in
    its clause: the count is of people (the language's ``people`` words right after it), an amount follows it in
    the clause, a cue of loss or harm stands in the clause after the count, and no cue says the persons were
    arrested, charged, identified or trained, and the persons are marked as those it was taken from (:func:`_taken_from`:
    "1.850 kişinin toplam 186 milyon lira zarara uğratıldığı", "28,000 लोगों से लगभग 100 करोड़ रुपये की ठगी"; not "a
    gang of 12 people stole $2 million")."""
    if q.year_like or q.value < 2 or not lang.people or not (lang.victims_from or lang.victims_lost or lang.defrauded_of):
        return False
    # (the clause's end read past the window: words of when stand between them, "menetti keväällä ja syksyllä 2022
    # yhteensä noin 2,4 miljoonaa euroa")
    sent = doc.sentence_of(q.start)
    m = _CLAUSE_BREAK.search(doc.text, q.end, min(sent.end, q.end + _LOSERS_WINDOW))
    end = m.start() if m else min(sent.end, q.end + _LOSERS_WINDOW)
    at = bisect_left(amounts, q.end, key=lambda x: x.start)
    amount = next((a for a in amounts[at:] if a.start >= end or a.unit not in (None, "%")), None)
    if amount is None or amount.start >= end:
        return False
    right = doc.text[q.end:q.end + 60]
    if not (_counts_people(right, lang) or _counts_users(right, lang) or _counts_nationals(right, lang)):
        return False
    if not (_taken_from(doc.text, q, lang) or _who_lost(doc.text, q, amount, lang)):
        return False
    start, _ = _clause(doc, q.start, q.end)
    if not _starts_a_word(fold(doc.text[q.end:end]), lang.figure_cues.get("amount_lost", ())
                          + lang.figure_cues.get("harmed", ())):
        return False
    # (what is said of them up to the amount: "charged 12 people with stealing $2 million"; a verb of reporting
    # after it is the sentence's: "… kaptırdığı tespit edildi", it was found that they lost)
    said = fold(doc.text[start:amount.start])
    return not any(_starts_a_word(said, lang.figure_cues.get(k, ())) for k in _NOT_HARMED)


#: How far after a count of persons (in characters) the amount they lost may stand in its clause.
_LOSERS_WINDOW = 2 * _WINDOW


def _counts_users(right: str, lang: Language) -> bool:
    """Whether the word right after a count (or the one after a word of a rough count) is one of the users' cues that
    name persons ("400 customers", "yli 400 S-Pankin asiakasta": a name between), not accounts."""
    words = _rough_words(lang).sub(" ", fold(right)).split()[:2]
    users = tuple(c for c in lang.figure_cues.get("users", ()) if c and c not in lang.figure_cues.get("accounts_frozen", ()))
    return any(_starts_a_word(w, users) for w in words)


def _counts_nationals(right: str, lang: Language) -> bool:
    """Whether the word right after a count (or the one after a word of a rough count) names persons of a country
    ("2,400 Australians", "1,200 Japanese citizens"): a country's adjective."""
    words = re.findall(r"\w+", _rough_words(lang).sub(" ", fold(right[:40])))[:1]
    return bool(words) and len(words[0]) > 3 and places.country_of_adjective(words[0], lang) is not None


def _taken_from(text: str, q: Quantity, lang: Language) -> bool:
    """Whether a count of persons is marked as those something was taken from (``[numbers] victims_from``): the word
    right before the count ("from 28,000 people") or the end of the word for persons after it, or the word after that
    ("28,000 लोगों से", "1천240여명에게서", "1.850 kişinin"), not those who took it ("a gang of 12 people")."""
    before = fold(text[max(0, q.start - 20):q.start]).split()
    if before and before[-1] in lang.victims_from:
        return True
    after = fold(text[q.end:q.end + 40])
    words = after.split()[:2]
    if words and is_unspaced(words[0][:1]):
        # written onto the word for persons: "約340人から計約18億円をだまし取った"
        person = next((p for p in lang.people if words[0].startswith(p)), None)
        return person is not None and words[0][len(person):].startswith(lang.victims_from)
    return any(w.endswith(lang.victims_from) for w in words[:1]) or (len(words) > 1 and words[1] in lang.victims_from)


def _who_lost(text: str, q: Quantity, amount: Quantity, lang: Language) -> bool:
    """Whether a count of persons is the subject of a verb of losing the amount said after it in its clause (``[numbers]
    victims_lost``) or those defrauded of it (``[numbers] defrauded_of``, the word naming what of):

    - the verb right after the word for persons, an auxiliary or a describing word at most between ("4,000 investors
      lost", "3.000 Anleger verloren", "300 de persoane au pierdut", "300 pensionärer har förlorat");
    - the verb right after the amount, a few words at most between the persons and it (perfect tenses, verbs ending
      the clause: "3.000 Anleger haben insgesamt 12 Millionen Euro verloren", "300 kişi toplam 12 milyon lira
      kaybetti", "300 ember összesen 12 millió forintot veszített");
    - the word of what they were defrauded of after the word for persons, no other word for persons between ("900
      Anleger wurden um 12 Millionen Euro betrogen", "300 pensionärer har lurats på 20 miljoner kronor"; not "12
      Verdächtige sollen Anleger um 2 Millionen Euro betrogen haben")."""
    between = fold(text[q.end:amount.start]).split()
    verb = next((i for i, w in enumerate(between[1:_LOST_VERB_AFTER], 1) if lang.victims_lost
                 and w.startswith(lang.victims_lost)), None)
    if verb is not None:
        # the amount is what they lost: a few words at most between the verb and it, rough words and numbers (years)
        # aside ("lost a combined $38.6 million", "menetti keväällä ja syksyllä 2022 yhteensä noin 2,4 miljoonaa
        # euroa"; not "lost their appeal against convictions for stealing $2 million")
        rest = _rough_words(lang).sub(" ", " ".join(between[verb + 1:])).split()
        return len([w for w in rest if not _NUMBER_IN.search(w)]) <= _LOST_TO_AMOUNT
    after = fold(text[amount.end:amount.end + 40]).split()[:2]
    if lang.victims_lost and len(between) <= _LOST_AMOUNT_WORDS and any(w.startswith(lang.victims_lost) for w in after):
        return True
    # the word of what they were defrauded of right before the amount (a word of a rough count at most between), and
    # a verb of harm said of them, between or ending the clause ("wurden um insgesamt … betrogen"; not "haben um die
    # 2 Millionen Euro gestohlen", about 2 million stolen, nor "personerna på listan har stulit")
    for i, word in enumerate(between[1:_LOST_VERB_WORDS + 1], 1):
        if _is_people(word, lang):
            return False
        if word in lang.defrauded_of:
            if len(_rough_words(lang).sub(" ", " ".join(between[i + 1:])).split()) > 1:
                return False  # (a word of a rough count or of a total at most between: "um insgesamt knapp 12 …")
            harmed = lang.figure_cues.get("harmed", ())
            return _starts_a_word(" ".join(between[1:i]), harmed) or _starts_a_word(" ".join(after), harmed)
    return False


#: How many words after a count of persons the verb of their losing may stand among (the word for persons, an
#: auxiliary, a describing word), and how many words at most stand between them and an amount the verb follows.
_LOST_VERB_WORDS = 4
_LOST_AMOUNT_WORDS = 3
#: How many words after the count the verb of their losing may stand, where words of whose or where stand between
#: ("400 customers of the bank lost", "400 clients de la banque ont perdu").
_LOST_VERB_AFTER = 6
#: How many words at most stand between the verb of persons' losing and the amount they lost.
_LOST_TO_AMOUNT = 4


def _defrauded_of_amount(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether an amount of money is what persons were defrauded of: the language's word of it (``[numbers]
    defrauded_of``) among the few words right before the amount ("in total", "about"), no number between, and a
    verb of harm right after it, ending the clause ("über 500 Senioren um rund 4 Millionen Euro geschädigt", "300
    ouderen voor in totaal 4 miljoen euro gedupeerd")."""
    if not lang.defrauded_of:
        return False
    before = fold(doc.text[max(0, q.start - 40):q.start]).split()[-_DEFRAUDED_OF_BEFORE:]
    if not any(w in lang.defrauded_of for w in before) \
            or _NUMBER_IN.search(" ".join(before[max(i for i, w in enumerate(before) if w in lang.defrauded_of):])):
        return False
    after = " ".join(re.split(r"[,;:.!?]", fold(doc.text[q.end:q.end + 40]), maxsplit=1)[0].split()[:2])
    return _starts_a_word(after, lang.figure_cues.get("harmed", ()) + lang.figure_cues.get("amount_lost", ()))


#: How many words before an amount the word of what persons were defrauded of may stand among.
_DEFRAUDED_OF_BEFORE = 3


def _victims_paid(doc: Document, q: Quantity, lang: Language, amounts: tuple[Quantity, ...]) -> bool:
    """Whether an amount with no cue of its own stands in a clause that names the victims and a word of paying,
    sending or investing (the silent kind ``paid``), no other amount in it: what they paid, sent or handed over
    ("obete zaplatili páchateľom vyše 61 miliónov dolárov",
    "مالباختگان در مجموع حدود ۴۸۰ میلیارد ریال به حساب‌ها واریز کرده بودند")."""
    start, end = _clause(doc, q.start, q.end)
    if any(a is not q and a.unit not in (None, "%") and start <= a.start < end for a in amounts):
        return False
    folded = fold(doc.text[start:end])
    return all(_starts_a_word(folded, lang.figure_cues.get(key, ())) for key in ("victims", "paid"))


#: How many words beside an amount (after it, or before it) may name what it is ("265.000 euro in contanti").
_NAMING_WORDS = 2
#: How many characters beside an amount, in a script written without spaces, may part it from a word naming what
#: it is ("现金约500万元", "เงินสด 41.5 ล้านบาท").
_NAMING_UNSPACED = 4
_NAMING_AFTER = re.compile(r"^(?:\s*\S+){1,%d}" % _NAMING_WORDS)
_NAMING_BEFORE = re.compile(r"(?:\S+\s*){1,%d}$" % _NAMING_WORDS)
#: Punctuation no word naming an amount reaches past.
_NAMING_STOP = re.compile(r"[,.;:!?()\[\]«»\"“”]")


def _named_beside(doc: Document, q: Quantity, lang: Language, table, found: tuple[str, float] | None
                  ) -> tuple[str, float] | None:
    """``found``, or the kind a silent kind's cue right beside the amount names it (``names``) where ``found`` is
    none or a kind of its ``over``: an amount of cash was seized, whatever recovery or stop is said of it ("27
    millió forint készpénzt … foglaltak le", "১৭ কোটি টাকা নগদ উদ্ধার", "uang tunai Rp 480 juta"). Beside is
    among the two words after it or before it, no punctuation between; a few characters in a script without
    spaces."""
    sent = doc.sentence_of(q.start)
    after = _NAMING_STOP.split(fold(doc.text[q.end:min(sent.end, q.end + 60)]), maxsplit=1)[0]
    before = _NAMING_STOP.split(fold(doc.text[max(sent.start, q.start - 60):q.start]))[-1]
    if after.strip() and is_unspaced(after.strip()[0]) or before.rstrip() and is_unspaced(before.rstrip()[-1]):
        def beside(i: int, cue: str, side: str, is_after: bool) -> bool:  # a few characters between
            return i <= _NAMING_UNSPACED if is_after else len(side.rstrip()) - (i + len(cue)) <= _NAMING_UNSPACED
    else:
        first = m.end() if (m := _NAMING_AFTER.match(after)) else 0
        last = m.start() if (m := _NAMING_BEFORE.search(before)) else len(before)

        def beside(i: int, cue: str, side: str, is_after: bool) -> bool:  # the first words after, the last before
            return _word_at_start(side, i) and (i < first if is_after else i >= last)
    for kind, info in table.items():
        if not info.names or found is not None and found[0] not in info.over:
            continue
        for cue in (cues := lang.figure_cues.get(kind, ())):
            if any(beside(i, cue, side, is_after) and not _in_other_word(side, i, cues)
                   for side, is_after in ((after, True), (before, False)) for i in _positions(side, cue, 0)):
                return info.names, max(found[1] if found else 0.0, 0.6)
    return found


def _yielded_to_the_final_verb(doc: Document, q: Quantity, lang: Language, table, found: tuple[str, float],
                               amounts: tuple[Quantity, ...]) -> tuple[str, float]:
    """Where verbs end the clause, the kind an amount's kind yields to when a cue of it is the verb ending the
    sentence, no other number after this one: "თაღლითობის შედეგად გადარიცხული 6 მილიონ დოლარზე მეტი თანხა …
    ბანკებთან თანამშრომლობით დააბრუნა" (the money transferred by the fraud … was returned): the cue before the
    amount only says what money it is."""
    sent = doc.sentence_of(q.start)
    if _NUMBER_IN.search(doc.text, q.end, sent.end):
        return found  # "… залал 8 млрд теңгеден асқан, ал … 64 млн қоңырау бұғатталған": the verb of another count
    tail = fold(doc.text[max(q.end, sent.end - FINAL_VERB):sent.end])
    for other in table[found[0]].yields:
        if _starts_a_word(tail, lang.figure_cues.get(other, ())):
            return other, found[1]
    return found


def _predicate_of_topic(doc: Document, q: Quantity, lang: Language, table,
                        amounts: tuple[Quantity, ...]) -> tuple[str, float] | None:
    """Where verbs end the clause, the kind of an amount that is its sentence's topic (a particle of the language's
    ``topic`` right after it) from the money cue nearest the sentence's end, its predicate, no other amount between:
    "被害額のうち約11億円は、組み戻しなどで被害者に返還された" (of the losses, about 1.1 billion yen was returned),
    "지급정지된 계좌에 남아 있던 4억3천만원은 피해자 86명에게 돌려줄 예정이다" (to be returned): the words before
    the amount only say what money it is."""
    if not lang.verb_final or not lang.topic:
        return None
    folded = fold(doc.text[q.end - 2:q.end + 3])
    if not any(folded.startswith(t, 2) or folded[:2].endswith(t) for t in lang.topic):
        return None
    sent = doc.sentence_of(q.start)
    stop = min((a.start for a in amounts if a.start >= q.end and a.unit not in (None, "%")), default=sent.end)
    after = fold(doc.text[q.end:min(stop, sent.end)])
    best = None
    for kind, cues in lang.figure_cues.items():
        info = table.get(kind)
        if info is None or not info.money:
            continue
        for cue in cues:
            if cue and (i := after.rfind(cue)) >= 0 and (best is None or i + len(cue) > best[0]):
                best = (i + len(cue), kind)
    return (best[1], 0.6) if best else None


def _held_in(doc: Document, q: Quantity, lang: Language, found: tuple[str, float],
             held_in: tuple[tuple[str, str], ...]) -> tuple[str, float]:
    """The kind of an amount whose kind's last cue before it in its sentence is followed by a cue of a kind of
    ``held_in``: the kind that gives ("blocked 42 accounts holding Rp 2.1 billion": money frozen, not stopped).
    Where no cue of the amount's kind stands before it, a cue of ``held_in`` right before it in its clause does
    ("ব্যাঙ্কের অ্যাকাউন্টে থাকা আরও ২ কোটি টাকা আটকে দেওয়া হয়েছে": the money in the accounts, blocked)."""
    sent = doc.sentence_of(q.start)
    lo = max(sent.start, q.start - SENTENCE_CUE_DISTANCE)
    before = fold(doc.text[lo:q.start])
    ends = [i + len(c) for c in lang.figure_cues.get(found[0], ()) if c for i in _positions(before, c, 0)
            if _word_at_start(before, i)]
    if ends:
        after_cue = max(ends)
    else:
        after_cue = max(len(before) - HELD_NEAR, 0)
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(before, after_cue)]
        after_cue = max(breaks, default=after_cue)
        if _NUMBER_IN.search(before, after_cue):
            return found
    # where the cue stands before the amount, the words of where the money is held may stand before the cue in
    # the amount's clause, no number between them and the amount ("na računima mula blokirano je 480.000 kuna",
    # "на счетах заблокировано 5 млн рублей": in the accounts, blocked; accounts counted are another figure)
    held_from = after_cue
    if ends:
        cue_start = min(i for c in lang.figure_cues.get(found[0], ()) if c for i in _positions(before, c, 0)
                        if _word_at_start(before, i) and i + len(c) == after_cue)
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(before, 0, cue_start)]
        clause_start = max(breaks, default=0)
        if not _NUMBER_IN.search(before, clause_start):  # "memeriksa 42 rekening dan memblokir …": counted accounts
            held_from = clause_start
    for kind, gives in held_in:
        cues = lang.figure_cues.get(kind, ())
        if _starts_a_word(before, cues, held_from):
            return gives, found[1]
    # the accounts that hold the money right after it, a word of the language's ``inside`` (and their count) between,
    # in a clause that names no transfers nor payments ("bloqueados R$ 19,3 milhões em 214 contas", "مسدودی ۸۷۰
    # میلیارد ریال در حساب‌ها"; not "transfer of $2 million to 14 accounts", "prevented losses of $2 million and closed
    # 45 accounts", "bloccare bonifici per 2,3 milioni di euro … sui conti")
    words = fold(doc.text[q.end:min(q.end + _HELD_AFTER, sent.end)]).split()
    if lang.verb_final and len(words) > 1 and words[0] not in lang.inside and words[1] in lang.inside:
        words = words[1:]  # a particle of the object between ("۹۸ میلیارد تومان را در حساب‌های کاربری")
    holding = held_in
    if words and words[0] in lang.inside:
        rest = words[2:] if len(words) > 2 and words[1][:1].isdigit() else words[1:]
    elif lang.verb_final:
        # where verbs end the clause, the noun of a balance right after it ("۴۲ میلیارد ریال موجودی آن‌ها توقیف شد",
        # the balance of them seized; not "30억원 계좌 인출", a withdrawal from accounts)
        rest, holding = words, tuple((k, g) for k, g in held_in if k == "assets")
    else:
        return found
    start, end = _clause(doc, q.start, q.end)
    if rest and not _starts_a_word(fold(doc.text[start:end]), _nouns_of(("payments", "paid"), lang)) \
            and not _starts_a_word(fold(doc.text[start:q.start]), _nouns_of(("amount_lost",), lang)):
        # (nor where the clause names before it what was stolen or lost: "prevented losses of $2 million in accounts
        # of …", the victims' money, kept from the thieves; "in 300 accounts linked to investment scams" is held)
        # (a word or two may stand between: "in 45 mule accounts", "em uma única conta", in a single account)
        helds = (" ".join(rest), " ".join(rest[1:2] and rest[1:]), " ".join(rest[2:3] and rest[2:]))
        for kind, gives in holding:
            if any(c and (held.startswith(c) or _singular_of(c, held)) for c in lang.figure_cues.get(kind, ())
                   for held in helds if held):
                return gives, found[1]
    return found


def _singular_of(cue: str, held: str) -> bool:
    """Whether folded ``held`` starts with the singular of a plural cue ending in "s", a whole word ("in a single
    account", "em uma única conta": one account of the cue "accounts", "contas")."""
    stem = cue[:-1]
    return cue.endswith("s") and len(stem) >= 4 and held.startswith(stem) \
        and (len(held) == len(stem) or not held[len(stem)].isalpha())


#: The characters after an amount read for the accounts that hold it ("em 214 contas bancárias").
_HELD_AFTER = 40


def _noun_of_reports(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether the words naming what a count counts, right after it (or right before it where the noun goes first),
    up to a comma or an "and", name reports called suspicious: a word of the language's [reports] and one of its
    [suspicious] ("3 100 повідомлень про підозрілі транзакції", "12 bin 300 şüpheli işlem bildirimi"; not "1,200
    intelligence packages based on reports", "1,240 threat intelligence reports")."""
    start, end = _clause(doc, q.start, q.end)
    after = fold(doc.text[q.end:min(end, q.end + _REPORTS_NOUN)]).split()
    cut = next((i for i, w in enumerate(after) if w in lang.conjunctions or any(c in w for c in ",;:")), len(after))
    named = [" ".join(after[:min(cut + 1, _REPORTS_WORDS)])]
    if lang.noun_first:
        named.append(fold(doc.text[max(start, q.start - _REPORTS_NOUN):q.start]))
    reports, suspicious = lang.figure_cues.get("reports", ()), lang.figure_cues.get("suspicious", ())
    # (a word of files of analysis that calls nothing suspicious names them: "650 intelligence reports on suspicious
    # transactions", "600 analytical reports"; "742 suspicious transaction reports" are reports called suspicious)
    analysis = tuple(c for c in lang.figure_cues.get("intelligence_packages", ())
                     if c and not any(w and w in c for w in suspicious))
    return any(any(c and c in words for c in reports) and any(c and c in words for c in suspicious)
               and not any(c in words for c in analysis) for words in named)


#: The words after a count that name what it counts, for :func:`_noun_of_reports`.
_REPORTS_WORDS = 5


#: The characters around a count its noun of reports may stand within ("14.800 Verdachtsmeldungen").
_REPORTS_NOUN = 40


#: The most characters between a count of accounts frozen and an amount after it that is the money they hold.
_HELD_GAP = 48


def _held_by_accounts_counted(doc: Document, q: Quantity, lang: Language, table, amounts: tuple[Quantity, ...]) -> bool:
    """Whether an amount is the money held in the accounts counted right before it, in a sentence that says they were
    frozen or blocked: the count's noun (after it, or before it where the noun goes first) is a cue of accounts, and
    between the count and the amount stand fewer than ``_HELD_GAP`` characters, no number, no cue of a kind of money
    ("ระงับบัญชีม้าแล้ว 2,760 บัญชี ยอดเงินคงค้างในบัญชีรวม 58.6 ล้านบาท", "akaunti 318 za benki … zenye jumla ya Sh
    milioni 870 zimezuiliwa"; not "froze 1,136 accounts and stopped transfers of $1.2 million")."""
    sent = doc.sentence_of(q.start)
    lo = sent.start
    if lo >= 2 and doc.text[lo - 1].isspace() and is_unspaced(doc.text[lo - 2]):
        lo = doc.sentence_of(lo - 2).start  # a script without spaces, its sentences told apart at a space only
    counts = [a for a in amounts if lo <= a.start and a.end <= q.start and a.unit is None]
    cues = lang.figure_cues.get("accounts_frozen", ())
    if not counts or not cues:
        return False
    count = max(counts, key=lambda a: a.end)
    gap = doc.text[count.end:q.start]
    if len(gap) > _HELD_GAP or _NUMBER_IN.search(gap) or _SHARED_CURRENCY_BREAK.search(gap):
        return False
    folded = fold(gap)
    word = _FIRST_WORD.match(folded)
    before = fold(doc.text[max(lo, count.start - 30):count.start]).split()
    named = (word is not None and (word.start(1) == 0 or folded[:word.start(1)].isspace())
             and fold(word.group(1)).startswith(cues)) or (
        (lang.noun_first or is_unspaced(doc.text[count.start - 1:count.start] or "a")) and bool(before)
        and any(before[-1].startswith(c) or before[-1].endswith(c) for c in cues if c))
    said = fold(doc.text[lo:sent.end])
    if not named or not any(_starts_a_word(said, lang.figure_cues.get(k, ())) for k in table["accounts_frozen"].needs):
        return False
    return not _starts_a_word(folded, _nouns_of(tuple(k for k, info in table.items() if info.money), lang))


#: How far (in folded characters) before an amount with its kind's cue after it a word of where it is held may stand.
HELD_NEAR = 30


def _positions(folded: str, cue: str, start: int):
    i = folded.find(cue, start)
    while i >= 0:
        yield i
        i = folded.find(cue, i + 1)


def _word_at_start(folded: str, i: int) -> bool:
    return not (i > 0 and joins(folded[i - 1], folded[i]) and not is_unspaced(folded[i]))


def _starts_a_word(folded: str, words, start: int = 0) -> bool:
    """Whether one of ``words`` starts a word of folded ``folded`` from ``start`` on (any place in a script without
    spaces)."""
    return any(_word_at_start(folded, i) for w in words if w for i in _positions(folded, w, start))


#: How far (in folded characters) a cue of a fine may stand before an amount, and after it.
FINE_BEFORE, FINE_AFTER = 30, 12


def _a_fine(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether an amount is a fine: a cue of the silent kind ``fined`` near it in its clause, no other number
    between them ("fined BTC-e 110 million dollars", "a fine of $5 million", "a $5 million fine")."""
    cues = lang.figure_cues.get("fined", ())
    if not cues:
        return False
    left, right = _sides(doc, q)
    before = _find_cue(left, cues, from_end=True)
    after = _find_cue(right, cues, from_end=False)
    return (before is not None and before[0] <= FINE_BEFORE) or (after is not None and after[0] <= FINE_AFTER)


#: Between an amount and the same amount restated in brackets: "(", perhaps a word such as "about".
_RESTATED = regex.compile(r"[\s\u00a0]*\([\s\u00a0]*(?:[\p{L}\p{M}.]+[\s\u00a0]+){0,2}")
#: How far (in characters) a money cue of the sentence may stand from an amount with none in its clause.
SENTENCE_CUE_DISTANCE = 120


def _money_cue_of_sentence(doc: Document, q: Quantity, lang, table, amounts) -> tuple[str, float] | None:
    sent = doc.sentence_of(q.start)
    lo, hi = max(sent.start, q.start - SENTENCE_CUE_DISTANCE), min(sent.end, q.end + SENTENCE_CUE_DISTANCE)
    # the cue must be nearer this amount than any other: the stretch ends at the next amount on each side
    # (``amounts`` are in order: only those within the stretch are looked at)
    at = bisect_left(amounts, q.start, key=lambda x: x.start)
    before = (amounts[i] for i in range(at - 1, -1, -1))
    after = (amounts[i] for i in range(at, len(amounts)))
    q_end = q.end  # where the words after the amount start (after the same amount restated, if it is)
    for other in before:
        if other.end <= lo:
            break
        if other is q or other.unit in (None, "%") or other.end > q.start:
            continue
        if _RESTATED.fullmatch(doc.text, other.end, q.start):
            return None  # "2 lakh dollars (1.75 crore rupees)": the same amount in another currency
        lo = max(lo, other.end)
        break
    for other in after:
        if other.start >= hi:
            break
        if other is q or other.unit in (None, "%") or other.start < q.end:
            continue
        if other.unit != q.unit and (_restated_after(doc.text[q.end:other.start], lang)
                                     or _RESTATED.fullmatch(doc.text, q.end, other.start)):
            q_end = other.end  # "100 miljoner dollar, drygt en miljard kronor, i lösensummor": the same amount
            # (or in brackets: "5 მილიონი ლარის (დაახლოებით 1 845 000 აშშ დოლარი) ღირებულების აქტივები … დაყადაღდა")
            continue
        hi = min(hi, other.start)
        break
    masked = list(doc.text[lo:hi])
    for m in mentions_of(doc.mentions).overlapping(lo, hi):
        for i in range(max(m.start, lo), min(m.end, hi)):
            masked[i - lo] = " "
    text = "".join(masked)
    left, right = fold(text[:max(0, q.start - lo)]), fold(text[q_end - lo:]) if q_end > lo else ""
    # a cue after the amount may be the next amount's, read past the stretch ("… دولار استُردّ منها قرابة ٧٠ ألف")
    right_on = right + fold(doc.text[hi:sent.end])
    # where verbs stand before their objects, a cue after a comma and an "and" that opens a clause, before another
    # amount, is that amount's ("… en las que había unos 650.000 euros, y ya se han devuelto … 410.000 euros")
    next_amount = not lang.verb_final and hi < sent.end and any(
        a.start >= hi and a.unit not in (None, "%") for a in amounts[at:at + 8] if a.start < sent.end)
    best = None
    for kind, cues in lang.figure_cues.items():
        info = table.get(kind)
        if info is None or not info.money or not cues:
            continue
        for side, from_end in ((right, False), (left, True)):
            for cue in cues:
                i = side.rfind(cue) if from_end else side.find(cue)
                while i >= 0 and (i > 0 and cue[0].isalnum() and joins(side[i - 1], side[i]) and not is_unspaced(side[i])
                                  or _in_other_word(side, i, cues)
                                  or not from_end and not lang.verb_final and _cue_of_next_number(right_on, i + len(cue), lang, money=True)):
                    i = side.rfind(cue, 0, i) if from_end else side.find(cue, i + 1)
                if i < 0:
                    continue
                if not from_end and next_amount and _clause_opened(side[:i], lang):
                    continue
                d = len(side) - (i + len(cue)) if from_end else i
                if best is None or (d, kind) < best:
                    best = (d, kind)
    return (best[1], 0.5) if best else None


def _after_worth(text: str, start: int, lang: Language) -> bool:
    """Whether a word of the language's ``worth`` stands right before an amount, perhaps a word of a rough amount
    between ("вартістю близько 217 тисяч євро", "worth about $5,000"): the amount is the worth of things."""
    if not lang.worth:
        return False
    before = fold(text[max(0, start - 40):start]).rstrip()

    def ends_with(w: str) -> bool:  # (a script without spaces writes its words one against the other)
        return before.endswith(w) and (len(before) == len(w) or is_unspaced(w[0])
                                       or not joins(before[-len(w) - 1], w[0]))

    for w in lang.approximate:
        if ends_with(w):
            before = before[:-len(w)].rstrip()
            break
    return any(ends_with(w) for w in lang.worth)


def _worth_of_goods(doc: Document, q: Quantity, lang, table) -> tuple[str, float] | None:
    """The kind of the worth of things from the nearest money cue before it in its sentence, other amounts
    between left aside: the things were listed after that cue, and the worth is of what it says was done to them
    ("вилучили 375 тисяч доларів готівкою, два автомобілі … вартістю близько 217 тисяч євро": seized 375,000
    dollars in cash, two cars worth about 217,000 euros)."""
    sent = doc.sentence_of(q.start)
    start = sent.start
    if is_unspaced((doc.text[sent.start:q.start].strip() or " ")[0]):
        # a script segmented at its spaces: the things are listed over the segments before, in its paragraph
        start = doc.text.rfind("\n", 0, q.start) + 1
    lo = max(start, q.start - 2 * SENTENCE_CUE_DISTANCE)
    masked = list(doc.text[lo:q.start])
    for m in mentions_of(doc.mentions).overlapping(lo, q.start):
        for i in range(max(m.start, lo), min(m.end, q.start)):
            masked[i - lo] = " "
    before = fold("".join(masked))
    best = _last_cue(before, lang, table, lambda info: info.money and info.least <= q.value <= info.most)
    return (best[1], 0.5) if best else None


def _last_cue(folded: str, lang, table, wanted) -> tuple[int, str] | None:
    """``(end, kind)`` of the cue, at a word's start, that ends last in ``folded`` among those of the kinds of
    ``table`` whose :class:`KindInfo` ``wanted`` accepts (the first found of two ending as late)."""
    best = None
    for kind, cues in lang.figure_cues.items():
        info = table.get(kind)
        if info is None or not wanted(info):
            continue
        for cue in cues:
            for i in _positions(folded, cue, 0) if cue else ():
                if _word_at_start(folded, i) and (best is None or i + len(cue) > best[0]):
                    best = (i + len(cue), kind)
    return best


def _clause_opened(between: str, lang: Language) -> bool:
    """Whether the words between an amount and a cue after it open a clause of their own: a comma, then an "and" or
    a word opening a clause ("… 412 ألف دينار، كما أوقفت …": and also stopped)."""
    words = _COMMAS.sub(" , ", between).split()
    return "," in words and any(w in lang.conjunctions or w in lang.clause_openers for w in words[words.index(",") + 1:])


def _restated_after(between: str, lang: Language) -> bool:
    """Whether the words between two amounts make the second the first restated in another currency: a comma,
    perhaps a word of a rough amount ("100 miljoner dollar, drygt en miljard kronor")."""
    if not between.lstrip().startswith(","):
        return False
    word = fold(between).strip(" ,")
    return not word or word in lang.approximate


def _in_other_word(folded: str, i: int, cues: tuple[str, ...]) -> bool:
    """Whether a cue of ``cues`` found at ``i`` of folded text starts one of the language's ``other_words`` that
    start like it (``lang.CueWords.others``): another word, no cue ("kártyát" is no "kár", damage; "cashless" no
    "cash")."""
    return folded.startswith(getattr(cues, "others", ()), i)


def _sides(doc: Document, q: Quantity) -> tuple[str, str]:
    """The quantity's clause before and after it, the names in it masked."""
    c0, c1 = _clause(doc, q.start, q.end)
    c0 = _head_before_dash(doc, c0)
    aside = _aside_after(doc, q.end)
    if aside is not None:  # the clause goes on after an aside restating the amount: "X (about Y) cue"
        c1 = max(c1, _clause(doc, aside, aside)[1])
    masked = list(doc.text[c0:c1])
    if aside is not None:
        for i in range(q.end, aside):
            masked[i - c0] = " "
    # a cue inside a name ("องค์กร…" in AFRIPOL's Thai name) is no cue: names overlapping the clause are masked
    lang = language(doc.language)
    for m in mentions_of(doc.mentions).overlapping(c0, c1):
        if _counted_not_named(doc.text, q, m, lang, (c0, c1)):
            continue
        for i in range(max(m.start, c0), min(m.end, c1)):
            masked[i - c0] = " "
    whole = _whole_after(doc.text, q, lang)
    if whole is not None:  # "120 av 128 kjente servere": the words after the whole count the part
        for i in range(q.end, min(whole, c1)):
            masked[i - c0] = " "
    masked_text = "".join(masked)
    if not q.year_like:
        masked_text = _years_masked(masked_text, lang)
    right = masked_text[q.end - c0:]
    if (resumed := _after_a_relative_clause(doc, c1, lang)) is not None:
        # "the 42 suspects, who had run a call centre …, were arrested": the clause goes on past the relative one,
        # which is left out (its cues are its own)
        r1 = _clause(doc, resumed, resumed)[1]
        right = right + " " + doc.text[resumed:r1]
    if (part := _part_of_whole_before(doc, q, lang)) is not None:
        # "1,680 suspected mule accounts, 830 of which were closed": the part counts the whole's noun
        noun, verb = part
        right = " " + noun + " " + right[verb - q.end:]
    return masked_text[:q.start - c0], right


#: A dash standing for "is" or "are" between a sentence's head and what is said of it ("Серед постраждалих — понад
#: 100 компаній": among the victims, over 100 companies), with the spaces around it.
_HEAD_DASH = re.compile(r"\s*[–—]\s*$|\s+-\s*$")
#: The most words of a head before such a dash.
_HEAD_WORDS = 4


def _head_before_dash(doc: Document, c0: int) -> int:
    """Where a count's clause starts, taken back over a dash to the head that opens the sentence: a few words and
    no number ("Серед постраждалих — понад 100 компаній", "Among the victims – more than 100 companies"); else
    ``c0``. The dash stands for the verb: what is after it is said of the head."""
    sent = doc.sentence_of(c0)
    dash = _HEAD_DASH.search(doc.text, sent.start, c0)
    if dash is None or dash.end() != c0:
        return c0
    head = doc.text[sent.start:dash.start()]
    if not head.strip() or _NUMBER_IN.search(head) or _CLAUSE_BREAK.search(head) \
            or len(head.split()) > _HEAD_WORDS:
        return c0
    return sent.start


def _counted_not_named(text: str, q: Quantity, m: Mention, lang: Language, clause: tuple[int, int]) -> bool:
    """Whether a name found right after a count (only spaces between) starts with a cue word of a kind of things
    counted: the count counts them, and the words are no name ("zwei Domains der Plattform", "1200 SIM-boksi"); or,
    right before it, makes with the words up to it a cue of things counted: the noun the count counts, where it
    stands before its number (languages that write a counter on it or put the noun first: "텔레그램 채널 290개", 290
    Telegram channels). A platform's name, and a name before the count, are the noun counted only where the count's
    ``clause`` (its start and end, as :func:`_sides` reads it) says something was seized, blocked or closed."""
    if q.unit is None and (lang.counters or lang.noun_first) and m.end <= q.start \
            and q.start - m.start <= _NOUN_BEFORE_COUNT and fold(text[m.start:q.start]).strip() in _cues_of_things(lang):
        # … where the clause says something was done to them (a word of seizing, blocking or closing: not
        # "텔레그램 채널 12개를 통해", through 12 Telegram channels)
        return _starts_a_word(fold(text[clause[0]:clause[1]]), _nouns_of(_DEEDS_ON_THINGS, lang))
    if q.unit is not None or not (q.end < m.start <= q.end + 2) or text[q.end:m.start].strip():
        return False
    if m.type in _PLATFORM_TYPES:
        if not _starts_a_word(fold(text[clause[0]:clause[1]]), _nouns_of(_DEEDS_ON_THINGS, lang)):
            return False  # "advertised fake jobs on 40 Facebook pages": the pages of a platform, nothing done to them
    word = _NEXT_HYPHENATED.match(text, m.start)
    if not word or is_unspaced(word.group(1)[0]):
        return False
    folded = fold(word.group(1))
    rest = fold(text[m.start:m.start + 80])  # (a cue of several words: "640 laporan transaksi keuangan mencurigakan
    # (LTKM)", a term and its acronym found as a name)
    table = kinds()
    return any(folded.startswith(c) or " " in c and rest.startswith(c) for k, cues in lang.figure_cues.items()
               if k in table and not table[k].silent and not table[k].money and k not in ("percentage", "founded")
               for c in cues if c and not is_unspaced(c[0]))


#: The types of the names of platforms whose pages, channels or accounts are counted ("40 Facebook pages").
_PLATFORM_TYPES = frozenset({"Company"})


#: The kinds whose cues say something was done to things counted (seized, blocked, closed).
_DEEDS_ON_THINGS = ("amount_seized", "amount_disrupted", "closed")


#: The longest noun (in characters) a name opens before the count that counts it ("텔레그램 채널 290개").
_NOUN_BEFORE_COUNT = 40


@lru_cache(maxsize=64)
def _cues_of_things(lang: Language) -> frozenset[str]:
    """The language's cue words of the kinds of things counted (no money, persons, percentages nor years)."""
    table = kinds()
    return frozenset(c for k, cues in lang.figure_cues.items() if k in table and not table[k].silent
                     and not table[k].money and not table[k].persons and k not in ("percentage", "founded")
                     for c in cues if c)


#: A number in digits, the whole after a part: "128" of "120 av 128".
_WHOLE_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*")


#: The longest relative clause (in characters) a count's clause goes on after.
_RELATIVE_CLAUSE = 150


def _after_a_relative_clause(doc: Document, end: int, lang: Language) -> int | None:
    """Where a clause cut at ``end`` by a comma goes on after a relative clause between commas ("the 42 suspects,
    who had run a call centre, were arrested"), or None: the comma is followed by a word of the language's
    ``relative``, and the relative clause ends with a comma in the same sentence (not the sentence's end)."""
    if not lang.relative or doc.text[end:end + 1] != ",":
        return None
    m = _FIRST_WORD.match(doc.text[end + 1:end + 40])
    if not m or fold(m.group(1)) not in lang.relative:
        return None
    sent = doc.sentence_of(end)
    start = end + 1 + m.end()
    close = doc.text.find(",", start, min(sent.end, start + _RELATIVE_CLAUSE))
    if close < 0 or _NUMBER_IN.search(doc.text, start, close):
        return None
    return close + 1


def _relative_after(doc: Document, q: Quantity, lang: Language) -> str:
    """The folded relative clause right after a count's clause, opened by a comma and a word of the language's
    ``relative`` ("300 fake sites, which were later taken down"), up to the next comma or the sentence's end; ""
    if there is none (or it holds a number)."""
    end = _clause(doc, q.start, q.end)[1]
    if not lang.relative or doc.text[end:end + 1] != ",":
        return ""
    m = _FIRST_WORD.match(doc.text[end + 1:end + 40])
    if not m or fold(m.group(1)) not in lang.relative:
        return ""
    sent = doc.sentence_of(end)
    start = end + 1 + m.end()
    close = doc.text.find(",", start, min(sent.end, start + _RELATIVE_CLAUSE))
    stop = close if close >= 0 else min(sent.end, start + _RELATIVE_CLAUSE)
    return "" if _NUMBER_IN.search(doc.text, start, stop) else " " + fold(doc.text[start:stop])


def _said_of_it(relative: str, kind: str, lang: Language) -> bool:
    """Whether a relative clause says of a count a deed of ``kind`` blocked outright in its own clause: a verb of
    blocking, or a cue of the kind among several words ("which were later taken down", "которые затем были
    заблокированы"; not "which hosted servers": a noun of one word is another thing)."""
    cues = [c for c in lang.figure_cues.get(kind, ()) if c and " " in c]
    cues += [c for c in lang.figure_cues.get("amount_disrupted", ()) if c and " " not in c]
    return _starts_a_word(relative, cues)


#: A count's noun before a comma: the whole a part after the comma is of (the number, then the words up to it).
_WHOLE_BEFORE = re.compile(r"(\d+(?:[.,\u00a0\u202f ]\d{3})*)[ \u00a0]+([^\W\d_][^\d,.;:!?()]{0,60}?)[ \u00a0]*,[ \u00a0]*$")


def _part_of_whole_before(doc: Document, q: Quantity, lang: Language) -> tuple[str, int] | None:
    """The noun of the whole a count is a part of, and where the part's own words go on, where the part stands
    after its whole and a comma with "of which" after it: "1,680 suspected mule accounts, 830 of which were
    closed" (the 830 are accounts, and were closed), or with the words of a part before it (``of_which``: "16 500
    sites, dont 2 876 ont été fermés"; the whole's first words name it then, not what its own clause says of it).
    The whole is a greater number in digits in the same sentence; None otherwise."""
    if q.unit is not None or q.year_like:
        return None
    raw = doc.text[q.end:q.end + 40]
    lead = len(raw) - len(raw.lstrip(" \u00a0"))
    after = fold(raw[lead:])
    said = [len(f"{w} {r}") for w in lang.of_whole for r in lang.relative
            if after.startswith(f"{w} {r}") and not after[len(w) + len(r) + 1:][:1].isalnum()]
    said += [len(w) for w in lang.of_which if after.startswith(w) and not after[len(w):][:1].isalnum()]
    sent = doc.sentence_of(q.start)
    if said:  # "of which", "of whom" right after the part: "830 of which were closed", "2.876 dei quali oscurati"
        w = _WHOLE_BEFORE.search(doc.text, max(sent.start, q.start - 90), q.start)
        noun_words, resume = None, q.end + lead + max(said)
    else:  # the words of a part between the whole's comma and the part: "300 sites, of which 120", "dont 120"
        marker = _of_which_before(doc.text, max(sent.start, q.start - 120), q.start, lang)
        if marker is None:
            return None
        w = _WHOLE_BEFORE.search(doc.text, max(sent.start, marker - 90), marker + 1)
        # (its first words: "214 suspects ont été identifiés, dont 37 ont été arrêtés" says nothing of the 37)
        noun_words, resume = _WHOLE_NOUN_WORDS, q.end
    if not w:
        return None
    whole = parse_digits(w.group(1), lang)
    if whole is None or whole <= q.value:
        return None
    return " ".join(w.group(2).split()[:noun_words]) if noun_words else w.group(2), resume


#: How many words after a whole's count name what it counts, for a part after "of which" to count it too.
_WHOLE_NOUN_WORDS = 3


def _of_which_before(text: str, start: int, end: int, lang: Language) -> int | None:
    """Where the comma before a part's count starts, where a word of the language's ``of_which`` stands between it and
    the count, a word of a rough count at most after it ("300 sites, of which 120", ", dont plus de 120", ", davon
    etwa 50"); None otherwise."""
    if not lang.of_which:
        return None
    before = text[start:end]
    comma = max((m.start() for m in _COMMAS.finditer(before)), default=-1)
    if comma < 0:
        return None
    words = _rough_words(lang).sub(" ", fold(before[comma + 1:])).strip()
    return start + comma if words in lang.of_which else None


def _result_of_a_long_clause(doc: Document, q: Quantity, lang: Language, table) -> tuple[str, float] | None:
    """The kind of a count right after a word that ends a verb's clause with the count of what it did (``[numbers]
    result_markers``), where the verb stands farther than a cue may: "ตำรวจจับกุมสมาชิกแก๊งที่แอบอ้างเป็นพนักงาน
    บริษัทขนส่ง DHL ได้ 25 ราย" (the police arrested members of the gang that posed as DHL staff: 25). Persons
    counted only ("ราย", "คน"): the cue of a kind of persons nearest the count in the clause (back to a clause break,
    another number or a word opening reported speech, ``_RESULT_REACH`` characters at most) says it; no kind where a
    silent kind's cue after that cue blocks its kind."""
    if not _counts_people(doc.text[q.end:q.end + 20], lang):
        return None  # (things counted: "ตรวจสอบบริษัท…ได้แล้ว 8 แห่ง" names places inspected, no deed)
    sent = doc.sentence_of(q.start)
    lo = max(sent.start, q.start - _RESULT_REACH)
    before = fold(doc.text[lo:q.start])
    trimmed = before.rstrip()
    while (rough := next((w for w in lang.approximate if w and trimmed.endswith(w)), None)) is not None:
        trimmed = trimmed[:len(trimmed) - len(rough)].rstrip()  # (written on: "ได้แล้วกว่า 300 ราย")
    marker = next((m for m in lang.result_markers if trimmed.endswith(m)), None)
    if marker is None:
        return None
    clause = trimmed[:len(trimmed) - len(marker)]
    # (back to a clause break, another number or a word opening reported speech: "ผู้ต้องหาให้การว่า…", the
    # suspect stated that …)
    cut = max([m.end() for m in _CLAUSE_BREAK.finditer(clause)] + [m.end() for m in _NUMBER_IN.finditer(clause)]
              + [clause.rfind(w) + len(w) for w in lang.clause_openers if w and w in clause] + [0])
    clause = clause[cut:]
    hits = []
    for kind, cues in lang.figure_cues.items():
        info = table.get(kind)
        if info is None or info.money or kind in _NOT_RESULTS or not (info.silent or info.persons):
            continue
        for _, i, _cue in _cue_hits(clause, cues, from_end=False):
            hits.append((i, kind, info.silent))
    # the cue of a kind of persons nearest the count is the deed it counts (the first is often the clause's subject:
    # "ผู้ต้องหารายนี้หลอกลวงผู้เสียหาย…มาแล้ว 40 ราย", the suspect deceived victims: 40 victims) unless a silent
    # kind's cue after it blocks its kind ("หลบหนี", escaped)
    said = [(i, kind) for i, kind, silent in hits if not silent]
    if not said:
        return None
    at, kind = max(said)
    if any(silent and i > at and kind in table[other].blocks for i, other, silent in hits):
        return None
    info = table[kind]
    if not info.least <= q.value <= info.most:
        return None
    return info.gives or kind, 0.5


#: The kinds of persons whose cues are no deed a long clause ends with the count of: nouns of persons (officers
#: taking part, users), often the clause's subject.
_NOT_RESULTS = ("participants", "users")
#: How far before a count (in characters) the verb of a long clause its result marker ends may stand.
_RESULT_REACH = 150


#: The most words of the noun counted before a relative clause with no comma ("22 suspected fraudsters who").
_NOUN_BEFORE_RELATIVE = 3


def _verb_past_a_relative_clause(doc: Document, q: Quantity, lang: Language, table) -> tuple[str, float] | None:
    """The kind of a count of persons whose verb comes after a relative clause opened with no comma right after the
    noun counted: "22 suspects who impersonated a celebrity on social and dating platforms were arrested after
    defrauding 120 victims". The first cue of any kind after the relative word, no number between, must be a cue
    of a kind said of the persons counted (``verb_of_persons``); a cue of another kind first (the relative
    clause's own, "who defrauded victims") or none leaves the count without a kind."""
    if not lang.relative or q.year_like:
        return None
    sent = doc.sentence_of(q.start)
    after = fold(doc.text[q.end:min(sent.end, q.end + _WINDOW + _RELATIVE_CLAUSE)]).lstrip(" \u00a0")
    words = list(re.finditer(r"[^\W\d_][^\s,.;:!?()]*", after))
    if not words or words[0].start() != 0:
        return None
    rel = next((i for i, w in enumerate(words[:_NOUN_BEFORE_RELATIVE + 1]) if w.group() in lang.relative), None)
    if not rel or re.search(r"[^\w\s\u00a0'’-]", after[:words[rel].start()]):
        return None  # the relative word right after the noun counted, nothing but words between
    noun = after[:words[rel].start()]
    if any(_starts_a_word(noun, lang.figure_cues.get(k, ())) for k, info in table.items() if not info.persons):
        return None  # the noun counted is things of another kind ("50 companies which helped …")
    start = words[rel].end()
    stop = m.start() if (m := _NUMBER_IN.search(after, start)) else len(after)
    tail = after[start:stop]
    best = None
    for kind, cues in lang.figure_cues.items():
        for c in cues:
            for i in _positions(tail, c, 0) if c else ():
                if _word_at_start(tail, i) and (best is None or i < best[0]):
                    best = (i, kind)
                    break
    if best is None or not (info := table.get(best[1])) or not info.verb_of_persons or info.silent \
            or not info.least <= q.value <= info.most:
        return None
    return best[1], 0.6


#: How many words after the noun of a whole may still describe the whole ("… websites that were identified").
_WHOLE_DESCRIBED = 3


def _whole_noun_blanked(right: str, lang: Language) -> str:
    """The words after a part with the two words naming its whole blanked (the whole itself blanked already), and
    a word said of the whole right after them by a silent kind that turns another ("128 of the 140 fake websites
    that were identified have been taken down", "128 από τις 140 ιστοσελίδες που εντοπίστηκαν τέθηκαν εκτός
    λειτουργίας": the 140 were found, the 128 taken down)."""
    lead = len(right) - len(right.lstrip())
    end = lead + _noun_end(fold(right[lead:]), lang)
    cues = _turning_cues(lang)
    for i, m in enumerate(re.finditer(r"\S+", right[end:])):
        if i >= _WHOLE_DESCRIBED or _NUMBER_IN.search(m.group()):
            break
        if fold(m.group()).startswith(cues):
            end += m.end()
            break
    return " " * end + right[end:]


#: Marks of the writing direction, set around numbers in right-to-left text ("\u200e35\u200f من \u200e40"): no word.
_BIDI = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
# (a word's letters with their marks: "موقعاً", a site, with its ending)
_ONE_WORD = regex.compile(rf"[ \u00a0{_BIDI}]+([\p{{L}}\p{{M}}]+)[ \u00a0{_BIDI}]+")
_TWO_WORDS = regex.compile(rf"[ \u00a0{_BIDI}]+([\p{{L}}\p{{M}}]+[ \u00a0][\p{{L}}\p{{M}}]+)[ \u00a0{_BIDI}]+")
#: ("47 trên tổng số 52 tên miền": of a total of 52 domains; "598 موقعاً من أصل 640": 598 sites of 640)
_THREE_WORDS = regex.compile(
    rf"[ \u00a0{_BIDI}]+([\p{{L}}\p{{M}}]+[ \u00a0][\p{{L}}\p{{M}}]+[ \u00a0][\p{{L}}\p{{M}}]+)[ \u00a0{_BIDI}]+")


def _whole_after(text: str, q: Quantity, lang: Language) -> int | None:
    """Where the whole after a part ends ("120 of 128 servers", "62 av 69 servere", "120 zo 128 serverov"), or None:
    a word of the language's ``of_whole`` right after a plain count, then a greater number in digits. The words
    after the whole name what the part counts, and the part is what was done (the whole is no figure)."""
    if not lang.of_whole or q.unit is not None or q.year_like:
        return None
    for words_read in (_ONE_WORD, _TWO_WORDS, _THREE_WORDS):  # one word first: "120 of nearly 128", "74 z 81"; then
        # "of the", "trên tổng số"
        m = words_read.match(text[q.end:q.end + 24])
        if not m:
            continue
        word = fold(m.group(1))
        if not (word in lang.of_whole or (len(words := word.split()) >= 2 and " ".join(words[1:]) in lang.of_whole
                                          and words[0] not in lang.scales)):
            continue  # (the noun counted may stand before the word: "۳۷ سرور از ۴۵ سرور", 37 servers of 45)
        at = q.end + m.end()
        rough = next((w for w in sorted(lang.approximate, key=len, reverse=True)
                      if fold(text[at:at + len(w)]) == w and text[at + len(w):at + len(w) + 1] in (" ", "\u00a0")),
                     None)
        if rough is not None:
            at += len(rough) + 1  # "1.240 trong số gần 1.300 tên miền": of nearly 1,300 domains
        if d := _WHOLE_DIGITS.match(text, at):
            break  # ("1,380 of the 1,450 domains": "of" alone has no number after it, "of the" has)
    else:
        return None
    if word not in lang.of_whole:  # the noun before the word: the whole counts it too, said again or left out ("37 servers of
        # 45 servers", "35 suspects sur 40"); else the word says where from ("5 personas de 12 países", "5 άτομα
        # από 12 χώρες": 5 people from 12 countries, two counts)
        noun = re.match(r"[ \u00a0]*([^\W\d_]*)", text[d.end():d.end() + 40]).group(1)
        if noun and fold(noun) != word.split()[0]:
            return None
    whole = parse_digits(d.group(), lang)
    return d.end() if whole is not None and whole > q.value else None


#: A year written alone in digits: no count stands between a cue and its number ("napadla od roku 2020 na 168
#: firem": attacked 168 firms since 2020).
_YEAR = re.compile(r"(?<!\d)(?<!\d[.,\u00a0\u202f ])(?:19|20)\d\d(?!\d)(?![.,\u00a0\u202f ]\d)")


#: The scripts that write a counter or a word right onto a count ("2000余名", "2000台"): Chinese characters and kana
#: (not Thai, which writes its next word onto a Buddhist year: "ปี 2567ตำรวจ").
_COUNTERS_WRITTEN_ON = frozenset({"CJK", "HIRAGANA", "KATAKANA"})


def _years_masked(text: str, lang: Language | None = None) -> str:
    """``text`` with its years blanked: a year is never a count, so no cue said near it is its (but four digits with
    a counter or a word for persons of ``lang`` written onto them count: "约2000人落网")."""
    if not _NUMBER_IN.search(text):
        return text
    written_on = _written_on_words(lang) if lang is not None else ()
    not_counters = _time_and_scale_words(lang) if lang is not None else ()

    def blank(m: re.Match) -> str:
        after = text[m.end():m.end() + 8]
        if lang is not None and after[:1].isalpha() and (
                (written_on and fold(after).startswith(written_on))
                or script_of(after[0]) in _COUNTERS_WRITTEN_ON
                and not fold(after).startswith(not_counters)):
            return m.group()  # ("2000余名", "2000个": a count with a word written on; "2024年" is a year, and
            # "2000余万元" part of an amount, read as one)
        return " " * len(m.group())
    return _YEAR.sub(blank, text)


def _blocked_of(doc: Document, q: Quantity, lang) -> dict[str, str | None]:
    """:func:`_blocked` for a quantity (none for money)."""
    if q.unit is not None:
        return {}
    left, right = _sides(doc, q)
    return _blocked(left, right, lang, kinds(), _counting_words(lang))[0]


@lru_cache(maxsize=64)
def _counting_words(lang) -> frozenset[str]:
    """The number words that count what follows them: a fraction alone counts nothing ("نصف الضحايا", half of the
    victims: the victims are a count's said after it)."""
    return frozenset(w for w, v in lang.number_words.items() if v == v.to_integral_value())


#: How far (in characters) after a part written with the possessive ending ("97'si") a verb of a deed may start.
_PARTITIVE_VERB = 6


def _classify_in_clause(doc: Document, q: Quantity, lang, table) -> tuple[str, float] | None:
    """The kind from the cues of the quantity's clause (see :func:`classify`)."""
    left, right = _sides(doc, q)
    number_words, many_words = _counting_words(lang), _many_words(lang)
    tails = _compound_tails(lang)
    # the words naming a whole after its part are said of the whole: "120 zo 128 identifikovaných serverov", of
    # 128 servers identified, 120 were disabled (identified says nothing of the 120)
    said_right = _whole_noun_blanked(right, lang) if _whole_after(doc.text, q, lang) is not None else right
    blocked, noun_end = _blocked(left, said_right, lang, table, number_words) if q.unit is None else ({}, 0)
    if q.unit is None and any(v is None for v in blocked.values()):
        said_after = _relative_after(doc, q, lang)
        for kind in [k for k, v in blocked.items() if v is None and said_after]:
            if _said_of_it(said_after, kind, lang):
                del blocked[kind]  # "created 300 fake sites, which were later taken down": said of them after all
    if q.unit is None:
        for kind, turned in _final_verb_turns(doc, q, lang, table).items():
            blocked.setdefault(kind, turned)
    counted_end = _counted_end(fold(right) if right.strip() else "", lang.verb_final)
    # a kind an owner's cue blocks ("bank staff" trained: no participants) leaves the persons counted free to be of
    # another kind a cue gives ("задержала 5 сотрудников банка": 5 bank employees arrested)
    owners = _blocked_by_owners(table)
    outright = {k: v for k, v in blocked.items() if k not in owners}
    if _counts_a_blocked_noun(left, right, lang, outright, max(noun_end, counted_end), number_words):
        return None  # "20 متهماً آخرين" identified: suspects, of no other kind a farther cue could give
    if q.unit is None and _counts_what_no_kind_counts(left, right, lang, table, number_words):
        return None  # "30 perquisitions … chez les suspects", "dois mandados": searches, no arrests
    # persons an owner's cue names (bank staff) are of a kind whose cue is a verb said of persons only (arrested;
    # no training sessions, no users: "medewerkers van klantenservices")
    owned = len(outright) < len(blocked) and _counts_a_blocked_noun(
        left, right, lang, {k: v for k, v in blocked.items() if k in owners}, max(noun_end, counted_end), number_words)
    best: tuple[float, int, str, bool] | None = None
    partitive = _partitive(doc.text, q.end, lang)
    # the noun counted may stand right before the number where the language puts it there ("washukiwa 300"), or
    # in a script without spaces, with a classifier after the number ("การดำเนินการ 4 ครั้ง"); elsewhere a word
    # right before it is another's ("Polis 40 adrese", "या कारवाईत ३५ जणांना")
    noun_first = lang.noun_first or bool(left.rstrip()) and is_unspaced(left.rstrip()[-1])
    # the count's noun written right before it, in a script without spaces ("嫌疑人12名")
    noun_before = bool(left.rstrip()) and is_unspaced(left.rstrip()[-1]) \
        and fold(left).rstrip().endswith(_cues_and_people(lang))
    counts_people = q.unit is None and _counts_people(right, lang)  # "91 warga negara China": persons counted
    # after a noun of its own, a word calling something suspicious names no suspects counted: "14.200 ειδοποιήσεις
    # για ύποπτους αριθμούς" (alerts about suspicious numbers), "12 700 ilmoitusta epäilyttävistä numeroista"
    right_of_persons = _suspicious_masked(right, lang) if q.unit is None else right
    # the noun counted is a thing of a kind (transfers, servers, accounts): no verb said of persons is said of it
    # ("zatrzymać 41 przelewów": stop 41 transfers, no arrests; "توقيف 214 حوالة")
    counted = _counted_word(right_of_persons, lang) if q.unit is None else None
    of_things = counted is not None and (_a_cue_of(counted, lang, table, _NEVER_PERSONS) or (
        # countries with a word of their region before the noun: "306 suspects nabbed in seven African countries"
        # (where the noun goes first, the word after it is no noun of the count: "washukiwa 17 walikamatwa nchini")
        not lang.noun_first and (second := _second_word(right_of_persons)) is not None
        and any(second.startswith(c) and len(second) <= len(c) + _PLURAL_ENDING
                for c in lang.figure_cues.get("countries", ()) if c)))
    never_arrested = counted is not None and (_a_cue_of(counted, lang, table, _NEVER_ARRESTED) or (
        # things found in the suspects' hands ([words] held: "بحوزة المتهمين 95 هاتفًا", 95 phones in the hands of
        # the accused; computers may be infected, victims), the word no compound naming persons ("Autoschieber")
        # and no word for persons or for suspects after it; where verbs end the clause, the verb after says what was
        # done to the persons the noun names ("12 telefon dolandırıcısı gözaltına alındı", phone fraudsters)
        not lang.verb_final and _held_item(counted, _second_word(right_of_persons), lang, table)))
    for cue_kind, cues in lang.figure_cues.items():
        kind = blocked.get(cue_kind, cue_kind)  # the cues of a kind blocked may give another ("IP addresses found")
        info = table.get(kind or "")
        if info is None or not cues or info.silent or owned and not info.verb_of_persons:
            continue
        if info.persons and of_things or kind == "arrests" and never_arrested:
            continue
        if q.unit == "%" and kind != "percentage":
            continue
        if q.unit != "%" and kind == "percentage":
            continue
        is_money = q.unit not in (None, "%")
        if info.money != is_money:
            continue
        if q.year_like and kind != "founded":
            continue
        if not info.least <= q.value <= info.most:
            continue
        if q.value < info.least_in_words and not doc.text[q.start].isdigit():
            continue  # "the two countries", "екі елдің": the sides of an agreement, not an operation's reach
        if kind == "founded" and not q.year_like:
            continue
        d_right = _find_cue(right if kind == "countries" else _countries_masked(
                                right_of_persons if info.persons else right, lang), cues, from_end=False,
                            verb_final=lang.verb_final, lang=lang, keep_first=q.unit is None, money=is_money,
                            tails=tails, noun_before=noun_before)
        d_left = _find_cue(_day_masked(left, lang) if kind == "founded" else left, cues, from_end=True,
                           numbers=number_words, many=many_words, lang=lang)
        if info.persons and d_right is not None and _said_of_things(fold(right), d_right, lang, table):
            d_right = None  # "640 संदिग्ध मोबाइल नंबरों": suspicious numbers, no suspects
        if not info.persons and counts_people and kind != "training_sessions":
            continue  # "91 warga negara China": the noun counted is persons (citizens), not the countries in it;
            # "เจ้าหน้าที่กว่า 500 คนให้สามารถแจ้งเบาะแส": 500 staff, not the leads they are to report
        if info.counted and d_left is not None and (d_left[0] > 1 or not noun_first):
            d_left = None  # the noun counted stands after the number, or right before it where the language puts it
        if info.counted and d_right is not None and d_right[0] >= counted_end:
            d_right = None  # … among the words right after it ("50 member organisations", "15개 기관")
        if kind == "reports" and (d_right or d_left) and _sent_to_persons(doc, q, lang):
            continue  # "Banken skickade 15 000 varningar till sina kunder": warnings to customers, no leads
        if info.needs and (d_right or d_left) and not (
                (_said_in_clause(doc, q, lang, tuple(k for k in info.needs if k != "received"))
                 or "received" in info.needs and _received_it(doc, q, lang)) if info.needs_in_clause
                else _said_in_sentence(doc, q.start, lang, info.needs)):
            continue  # "38 triệu tài khoản ngân hàng" were not frozen: no word of freezing in the sentence
        if info.relations and (d_right or d_left) and not _relation_said(doc, q.start, lang, kind, info.relations):
            continue  # "infectar a unas 500 empresas": companies counted, none said to be members or partners
        if partitive and not (d_right is not None and d_right[0] <= _PARTITIVE_VERB and kind in _DONE_KINDS):
            d_right = None  # "saxlanılanların 26-sı": the noun counted stands before the number (but a verb of a deed
            # right after the part is said of it: "Bunlardan 97'si yakalanırken, 63'ü tutuklandı")
        if info.qualified:
            d_right, d_left = _qualified(right, d_right, lang, info.qualified, False), \
                _qualified(left, d_left, lang, info.qualified, True)
            if d_right is None and d_left is None:
                continue  # "1.909 Bitcoin in 55 Transaktionen": transactions said no more than that
        for d, penalty in ((d_right, 0.0), (d_left, 0.0 if partitive else 2.0)):
            if d is not None and d[0] <= MAX_CUE_DISTANCE:
                found = (d[0] + penalty, d[1], info.gives or kind, penalty > 0)
                if best is None or found[:3] < best[:3]:  # equal distances: the longer cue, then the kind's name
                    best = found
    if blocked.get("people"):
        # persons harmed: the harm's cue nearer than another kind's wins ("watuhumiwa hao wanadaiwa kuwatapeli
        # zaidi ya watu 2,000": the suspects defrauded 2,000 people, who are victims)
        near = _people_cue_distance(left, right, lang, table, blocked["people"], number_words)
        if best is None or near < best[0]:
            best = (0.0 if best is None else near, 0, blocked["people"], False)
    if q.unit == "%" and best is None:
        best = (0.0, 0, "percentage", False)
    if best is None:
        return None
    if best[3] and best[0] > FAR_LEFT_CUE and q.unit is None \
            and (_own_noun(right, lang) is not None or _noun_before_its_counter(left, right, lang)) \
            and not _name_placed(doc, q.end):
        return None  # "… arrestations … et l'identification de 20 000 réseaux": the number counts its own noun (but
        # "walikamatwa katika wilaya tatu: 41 jijini Kampala": a preposition, then where they were)
    if best[3] and best[0] > 1 and q.unit is None and _own_noun_before(left, lang) is not None \
            and not _is_people(fold(doc.text[q.start:q.end]), lang):
        # "walikamata laini za simu 1,240": seized phone lines, no arrests (the noun goes first); but a number word
        # of the persons' form counts persons whatever the noun ("wabeba fedha haramu wawili": two money mules)
        return None
    if not best[3] and q.unit is None and _aimed_at(right, lang):
        return None  # "3.000 attacchi informatici contro infrastrutture": attacks, not what they were aimed at
    kind = best[2]
    if table[kind].yields:
        kind = _yielded(kind, q.value, left, right, lang, table, number_words)
    confidence = 0.8 if best[0] <= 15 else 0.6
    if kind == "training_sessions" and _counts_people(right, lang):
        info = table["participants"]
        return ("participants", confidence) if info.least <= q.value <= info.most else None  # "200 человек" trained
    return kind, confidence


#: Kinds whose cues name things counted (a noun) that no verb of persons is said of (computers infected are victims,
#: accounts their users, websites hacked victims, warrants of arrest arrests: those count persons in the golds).
_NEVER_PERSONS = ("transactions", "payments", "training_sessions", "countries", "operations", "searched", "reports",
                  "messages")
#: … and those no one arrests, whatever else is done to them ("ใช้บัญชีม้ากว่า 3,400 บัญชี": accounts used by the
#: suspects; "52 zgłoszenia o podejrzanych transakcjach": reports).
_NEVER_ARRESTED = _NEVER_PERSONS + ("accounts_frozen", "infrastructure_taken_down", "devices", "intelligence_packages",
                                   "actionable_points")


def _held_item(counted: str, second: str | None, lang, table) -> bool:
    """Whether the word a count counts is a thing found in the suspects' hands ([words] held), with a plural or case
    ending at most, and the word after it names no persons nor suspects."""
    item = next((h for h in lang.held if counted.startswith(h)), None)
    if item is None or len(counted) > len(item) + _PLURAL_ENDING:
        return False
    return second is None or not (_is_people(second, lang) or _starts_a_word(second, lang.figure_cues.get(
        "arrests", ())))


def _counted_word(right: str, lang) -> str | None:
    """The folded word right after a count, past a connector ("41 przelewów", "214 حوالة"); in a script without
    spaces, the text after it ("3,400 บัญชี"); None where there is none or it is a word for persons."""
    folded = fold(right) if right.strip() else ""
    m = _FIRST_WORD.match(folded)
    if m is None:
        return None
    if is_unspaced(m.group(1)[0]):
        word = folded.lstrip()
    else:
        if m.group(1) in lang.connectors and (after := _FIRST_WORD.match(folded[m.end():])) is not None:
            m = after
        word = m.group(1)
    return None if _is_people(word, lang) else word


#: The most letters a noun's ending adds to its cue, for the word after a count's first ("countries" of "countr", not
#: "countrywide").
_PLURAL_ENDING = 3


def _second_word(right: str) -> str | None:
    """The folded second word after a count, in a script with spaces ("african" "countries" of "seven African
    countries"); None where there is none."""
    words = fold(right).split() if right.strip() else []
    return words[1] if len(words) > 1 and not is_unspaced(words[1][0]) else None


def _a_cue_of(word: str, lang, table, kinds_of_things: tuple[str, ...]) -> bool:
    """Whether ``word`` (:func:`_counted_word`) starts with a cue of one of ``kinds_of_things``, none of persons, and
    is none of the other words that start so ([figures] other_words: "Anrufer", callers, against "Anrufe", calls)."""
    def cue_of(cues) -> bool:
        return any(c and word.startswith(c) for c in cues) and not _in_other_word(word, 0, cues)
    return any(k in table and not table[k].persons and cue_of(lang.figure_cues.get(k, ())) for k in kinds_of_things)


#: The rest of a word from where it is read.
_WORD_REST = re.compile(r"\w*")


def _said_of_things(folded: str, d: tuple[int, int], lang, table) -> bool:
    """Whether a cue of persons found right after a count (at ``d``: distance, minus its length) is said of the
    things a cue of a kind of things names right after it, an adjective ("640 संदिग्ध मोबाइल नंबरों", 640 suspicious
    mobile numbers; "suspect accounts"): no persons counted (but "1.070 korban penipuan": victims of fraud)."""
    if d[0] > 1:
        return False
    nxt = _NEXT_WORD.match(folded, _WORD_REST.match(folded, d[0] - d[1]).end())
    if nxt is None:
        return False
    rest = folded[nxt.start(1):]
    return any(c and rest.startswith(c) and not _in_other_word(rest, 0, cues)
               for k, cues in lang.figure_cues.items()
               if k in table and not table[k].silent and not table[k].persons and not table[k].money for c in cues)


#: Where verbs end the clause, how far (in characters) before its sentence's end the verb of a list of counts may
#: start.
FINAL_VERB = 30
#: The kinds whose cues are verbs of what was done to things counted (stopped, seized, arrested): such a cue between
#: a count and the verb ending its sentence is the count's own.
_DONE_KINDS = ("amount_disrupted", "amount_seized", "arrests")


def _final_verb_turns(doc: Document, q: Quantity, lang, table) -> dict[str, str | None]:
    """Where verbs end the clause, the kinds a silent kind's cue that is the verb ending a count's sentence turns
    into others, whatever stands between (another count, a list's commas): "بیش از ۵۰۰ نشانی آی‌پی … و بیش از
    ۱۹۰۰ نشانی آی‌پی مرتبط با باج‌افزارها، تروجان‌ها و … را شناسایی کرده است", IP addresses identified, leads.
    Not where a number follows the cue, nor where a cue of what was done stands between the count and the verb, or
    beside the verb ("… شناسایی و مسدود شد": identified and blocked), nor of a part before its whole."""
    if not lang.verb_final or _whole_after(doc.text, q, lang) is not None:
        return {}  # "۳۷ سرور از ۴۵ سرور شناسایی‌شده از کار افتاده است": the 45 servers were identified, 37 disabled
    sent = doc.sentence_of(q.start)
    tail_start = max(q.end, sent.end - FINAL_VERB)
    tail = fold(doc.text[tail_start:sent.end])
    between = fold(doc.text[q.end:tail_start])
    done = [c for k in _DONE_KINDS for c in lang.figure_cues.get(k, ()) if c]
    if any(c in between or c in tail for c in done):
        return {}
    out: dict[str, str | None] = {}
    for kind, info in table.items():
        if not info.silent or not info.turns:
            continue
        hits = [i for c in lang.figure_cues.get(kind, ()) if c for i in _positions(tail, c, 0) if _word_at_start(tail, i)]
        if not hits or _NUMBER_IN.search(tail, min(hits)):
            continue
        for blocked, turned in info.turns:
            out.setdefault(blocked, turned)
    return out


def _people_cue_distance(left: str, right: str, lang, table, kind: str, numbers: frozenset[str]) -> float:
    """The distance from a count of persons to the nearest cue of a silent kind that makes persons ``kind``."""
    best = float("inf")
    for k, info in table.items():
        if info.people != kind or not (cues := lang.figure_cues.get(k)):
            continue
        for d in (_find_cue(left, cues, from_end=True, numbers=numbers),
                  _find_cue(right, cues, from_end=False, verb_final=lang.verb_final)):
            if d is not None:
                best = min(best, d[0])
    return best


@lru_cache(maxsize=128)
def _day_pattern(months: tuple[str, ...]):
    """A day next to a month's name: "1 November", "November 1,", "13. listopadu"."""
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    return regex.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th|\.)?\s*(?=(?:{names}))|(?<=(?:{names}))\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\b")


def _day_masked(left: str, lang: Language) -> str:
    """The words before a year, the day of its date blanked: the day is no number between a cue and the year."""
    folded = fold(left)
    if not lang.months or not _NUMBER_IN.search(folded):
        return left
    return _day_pattern(lang.months).sub(lambda m: " " * len(m.group()), folded)


def _partitive(text: str, end: int, lang: Language) -> bool:
    """Whether a possessive ending of the language is written on the number ending at ``end`` ("26-sı"), not a case
    ending a word of a rough count after it asks for ("600'ü aşkın", more than 600)."""
    if not lang.partitive or text[end:end + 1] not in "-'’":
        return False
    folded = fold(text[end + 1:end + 40])
    ending = _word_at(folded, 0, lang.partitive)
    return ending is not None and _word_at(folded, _skip_space(folded, ending[1]), lang.approximate) is None


def _blocked_by_owners(table: dict[str, KindInfo]) -> frozenset[str]:
    """The kinds that silent kinds of owners (``owner``) block, and no other silent kind does."""
    by_owners = {k for info in table.values() if info.silent and info.owner for k in info.blocks}
    by_others = {k for info in table.values() if info.silent and not info.owner for k in info.blocks}
    return frozenset(by_owners - by_others)


def _counts_a_blocked_noun(left: str, right: str, lang, blocked: dict, counted_end: int,
                           numbers: frozenset[str]) -> bool:
    """Whether the noun a count counts (right after it, or right before it) is a cue of a kind blocked outright."""
    fl, fr = fold(left) if left.strip() else "", fold(right) if right.strip() else ""

    def names(kind: str) -> bool:
        cues = lang.figure_cues.get(kind, ())
        return any(i < counted_end for _, i, _ in _cue_hits(fr, cues, from_end=False, verb_final=lang.verb_final)) or any(
            d <= 1 for d, _, _ in _cue_hits(fl, cues, from_end=True, numbers=numbers))

    if any(instead is not None and names(kind) for kind, instead in blocked.items()):
        return False  # "1300-dən çox şübhəli IP ünvanı aşkarlanıb": suspicious IP addresses, turned into leads
    if any(info.gives and info.qualified and names(kind) and any(w and w in fr[:counted_end + _QUALIFIER_REACH]
                                                                for w in lang.figure_cues.get(info.qualified, ()))
           for kind, info in kinds().items()):
        return False  # "7.520 verdächtige Transaktionen ermittelt": suspicious transactions (no suspects), leads
    return any(instead is None and names(kind) for kind, instead in blocked.items())


#: The rest of a word and the two words after it: a noun phrase's ("mandados de prisão", "warrants for arrest").
_NOUN_PHRASE = re.compile(r"[^\s\d]*(?:\s+[^\s\d]+){0,2}")


#: Characters between a cue and the count of times after it that make the count the cue's ("研修を計6回").
_DONE_BEFORE = 3


def _counts_what_no_kind_counts(left: str, right: str, lang, table, numbers: frozenset[str]) -> bool:
    """Whether the noun a count counts is a cue of a silent kind that is the noun counted (``counted``): searches
    and warrants ("30 perquisitions ont été menées chez les suspects", "40 обысков у задержанных") are of no kind,
    whatever cue of another kind the clause holds farther ("suspects", "задержанных").

    The noun counted is among the two words right after the count (a connector before them left out), the
    words :func:`_counted_end` gives where verbs end the clause or the script has no spaces, or the word right
    before it where the language puts the noun first ("upekuzi 30").
    """
    counted = [k for k, info in table.items() if info.silent and info.counted and lang.figure_cues.get(k)]
    if not counted or _counts_people(right, lang):
        return False  # persons counted, wherever they are from: "۷ هزار و ۹۰۰ نفر از شهروندان استان" (of the
        # province's citizens)
    fl, fr = fold(left) if left.strip() else "", fold(right) if right.strip() else ""
    end = max(_noun_end(fr, lang), _counted_end(fr, lang.verb_final) if lang.verb_final or (
        fr.strip() and is_unspaced(fr.strip()[0])) else 0)
    others = tuple(c for k, cues in lang.figure_cues.items() if k in table and not table[k].silent for c in cues)
    for kind in counted:
        cues = lang.figure_cues[kind]
        for _, i, cue in _cue_hits(fr, cues, from_end=False, verb_final=lang.verb_final):
            # a cue of a kind beside it says what the warrants were for: "cinco mandados de prisão", "arrest warrants"
            beside = _NOUN_PHRASE.match(fr, i + len(cue)) if table[kind].beside else None
            if table[kind].adjacent and (fr[:i].strip() or any(
                    d <= _DONE_BEFORE for d, _, _ in _cue_hits(fl, others, from_end=True, numbers=numbers))):
                continue  # a thing done so many times, named right before the count, is counted: "研修を計6回"
            if i < end and not (beside and _cue_hits(fr[:beside.end()], others, from_end=False)) \
                    and not (lang.noun_first and fl.strip()):
                return True  # (where the noun goes first, the words after a count with words before it say
                # where or whose: "watu 2,000 kutoka mikoa mbalimbali", people from various regions)
        if lang.noun_first and any(d <= 1 for d, _, _ in _cue_hits(fl, cues, from_end=True, numbers=numbers)):
            return True
    return False


def _yielded(kind: str, value: Decimal, left: str, right: str, lang, table, numbers: frozenset[str]) -> str:
    """The kind a figure of ``kind`` yields to: the nearest cue in its clause of a kind of its ``yields``, if any.

    "5,3 milyon doları aşkın çalıntı fonu dondurdu": stolen funds, frozen, are money seized.
    """
    best = None
    for other in table[kind].yields:
        if not table[other].least <= value <= table[other].most:
            continue
        cues = lang.figure_cues.get(other, ())
        for d in (_find_cue(right, cues, from_end=False, verb_final=lang.verb_final),
                  _find_cue(left, cues, from_end=True, numbers=numbers)):
            if d is not None and d[0] <= MAX_CUE_DISTANCE and (best is None or (d, other) < best):
                best = (d, other)
    return best[1] if best else kind


#: Words after a count that name what it counts ("400 suspects", "১৪ হাজার ৬৪৩ জন সম্ভাব্য সন্দেহভাজনকে").
_COUNTED_WORDS = re.compile(r"^(?:\s*\S+){1,3}")
_COUNTED_WORDS_SVO = re.compile(r"^(?:\s*\S+){1,2}")
#: Characters after a count, in a script written without spaces, that name what it counts.
_COUNTED_UNSPACED = 8
#: Letters between a cue after a count and the next number, that make the cue that number's ("the
#: identification of more than 400").
_NEXT_NUMBER_GAP = re.compile(r"[^\d.;:!?]{0,20}?\d")


#: The longest word (in letters) of the gap between a cue and the next number it may be said of ("a", "منها").
_GAP_WORD = 4
#: A cue's rest of word, a short gap of words, then a number and what follows it.
_NEXT_NUMBER = regex.compile(r"([^\d.;:!?]{0,20}?)(\d[\d.,\u00a0\u202f]*)")


def _cue_of_next_number(folded: str, end: int, lang, money: bool = False) -> bool:
    """Whether a cue ending at ``end`` (after a number) is the next number's: that number follows within a short
    gap joined by no "and" nor comma ("80 registros y se detuvo a 30", "٤٥٠ ألف دولار استُردّ منها قرابة ٧٠ ألف"),
    and it is no year, day or length of time ("20 people were arrested in 2023", "arrested on 5 May"). With
    ``money`` (a cue of a kind of money after an amount), a count of persons is no number a cue of money can be
    said of: it stays the amount's ("1,1 milioni di euro sono stati restituiti a 340 vittime"; but "zaplijenjeno
    je 15 mobitela", things seized, take it)."""
    m = _NEXT_NUMBER.match(folded, end)
    if not m or _joined(m.group(1), lang):
        return False
    if money and not _money_at(folded, m.start(2), m.end(2), lang) and _persons_at(folded[m.end(2):], lang):
        return False
    gap = re.sub(r"^\w+", "", m.group(1))  # the rest of the cue's word left out
    for w in lang.approximate:
        gap = gap.replace(w, " ")
    if any(len(w) > _GAP_WORD for w in gap.split()) or len(gap.split()) > 2:
        return False  # "arrested after a tip from 2 banks", "Festgenommenen sollen 200 Opfer": a clause of its own
    token = m.group(2).rstrip(" .,\u00a0\u202f")
    if len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2100:
        return False
    after = _skip_space(folded, m.start(2) + len(token))
    if _word_at(folded, after, lang.months) or _word_at(folded, after, lang.durations) or any(
            len(w) >= 3 and folded.startswith(w, after) for w in lang.durations):
        return False
    if not gap.split():
        return True  # "ухапсила око 2.000 оператера": the verb right before a count (perhaps said roughly) is its
    return _own_noun(folded[m.start(2) + len(token):], lang) is None  # "arrested in 3 cities": the cities' number


def _persons_at(right: str, lang) -> bool:
    """Whether the words right after a count name persons: a word for persons ("340 people") or a cue of a kind of
    persons ("340 victims", "12 suspects")."""
    if _counts_people(right, lang):
        return True
    words = fold(right).lstrip()
    # a cue of several words names the persons with its first ("suspects arrested": "12 suspects")
    first = m.group(1) if (m := _FIRST_WORD.match(words)) else None
    return bool(words) and any(info.persons and any(
        c and (words.startswith(c) or " " in c and c.split()[0] == first) for c in lang.figure_cues.get(k, ()))
        for k, info in kinds().items())


def _money_at(folded: str, start: int, end: int, lang) -> bool:
    """Whether the number written at ``folded[start:end]`` is an amount of money: a currency right before it
    ("€", "sh412", "rp 5") or after it, perhaps past scale words ("2 milioni di euro", "12,6 tỷ đồng")."""
    before = folded[max(0, start - 4):start].rstrip()
    if before and (before[-1] in lang.currencies or any(
            before.endswith(c) and (len(before) == len(c) or not before[-len(c) - 1].isalpha())
            for c in lang.currencies if 0 < len(c) <= 3)):
        return True
    pos = _skip_space(folded, end)
    while (w := _FIRST_WORD.match(folded[pos:])) and (w.group(1) in lang.scales or w.group(1) + "." in lang.scales):
        pos = pos + w.end()
        pos = _skip_space(folded, pos + 1 if folded.startswith(".", pos) else pos)  # "900 tys. zł"
    return _currency_after(folded, pos, lang) is not None


def _before_another_number(folded: str, end: int, lang) -> bool:
    """Whether a cue ending at ``end`` stands before another number, joined to it by no "and" nor comma ("the
    identification of more than 400"; but "40 suspek dikenal pasti dan 15 ditahan" ends with the cue)."""
    m = _NEXT_NUMBER_GAP.match(folded, end)
    return bool(m) and not _joined(m.group(), lang)


def _passive_of_another(folded: str, start: int, end: int, lang) -> bool:
    """Whether a cue before a count (``folded[start:end]``, the count at the end) is said of a number before it,
    joined to the count by "and" or a comma ("40 suspek dikenal pasti dan 15 ditahan")."""
    return bool(_NUMBER_IN.search(folded, max(0, start - 30), start)) and _joined(folded[end:], lang)


def _suspicious_masked(right: str, lang: Language) -> str:
    """The words after a count with those starting with a word of the language's ``suspicious`` and a cue of persons
    (suspects: "ύποπτους", "epäilyttävistä") blanked, past the first word, where it is a noun of its own."""
    words = lang.figure_cues.get("suspicious", ())
    if not words or not right.strip() or not any(w in fold(right) for w in words):
        return right
    if lang.verb_final and (pair := _SUSPICIOUS_THEN_NOUN.match(right)) and fold(pair.group(1)).startswith(words) \
            and _things_named(fold(right[pair.start(2):]), lang) \
            and not fold(right[pair.start(1):]).startswith(_nouns_of(_THINGS_COUNTED, lang)):
        # where verbs end the clause, the adjective goes first: the first word calls suspicious the things counted
        # right after it, "8,450 संदिग्ध बैंक खातों", "412 şüpheli hesap" (no suspects)
        return right[:pair.start(1)] + " " * (pair.end(1) - pair.start(1)) + right[pair.end(1):]
    if lang.verb_final or _own_noun(right, lang) is None:
        return right
    first = _FIRST_WORD.match(right)
    if first is None or fold(first.group(1)).startswith(words):
        return right  # "1,680 suspected mule accounts": the first word is no noun; where verbs end the clause the
        # adjective goes first ("25 yabancı uyruklu şüpheli", 25 foreign suspects)
    persons = _nouns_of(tuple(k for k, info in kinds().items() if info.persons), lang)
    out = list(right)
    for m in regex.finditer(r"[\p{L}\p{M}]+(?=[\s\u00a0]+[\p{L}\p{M}])", right, pos=first.end()):
        word = fold(m.group())  # (a word before another: an adjective of the noun after it, "ύποπτους αριθμούς";
        # not "14 αλλοδαποί ύποπτοι.", 14 foreign suspects)
        if word.startswith(words) and word.startswith(persons):
            out[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def _things_named(folded: str, lang: Language) -> bool:
    """Whether one of the first two words of folded ``folded`` starts a cue of things counted ("बैंक खातों")."""
    nouns = _nouns_of(_THINGS_COUNTED, lang)
    words = folded.split()[:2]
    return any(" ".join(words[i:]).startswith(nouns) for i in range(len(words)))


#: The first word after a count, and where the next one starts.
_SUSPICIOUS_THEN_NOUN = regex.compile(r"[\s\u00a0]*([\p{L}\p{M}]+)[\s\u00a0]+([\p{L}\p{M}])")

#: The digits of the last number of a text, and the word after them.
_LAST_NUMBER = regex.compile(r"\d[\d.,\u00a0\u202f]*\s*([\p{L}\p{M}]*)[^\d]*$")


def _a_count_of_things_before(before: str, lang) -> bool:
    """Whether the last number before a cue counts something the cue may be said of: not a day of a month ("14
    maja … zatrzymali i przesłuchali 23 osoby"), nor a count of countries or places ("Police in 12 countries
    arrested and extradited 45 people")."""
    m = _LAST_NUMBER.search(before[-40:])
    if m is None:
        return False
    where = _nouns_of(("countries", "places_counted"), lang)
    return not (_word_at(m.group(1), 0, lang.months) or (where and m.group(1).startswith(where)))


#: A number, then at most a counter written onto it: a cue right after is the noun of that count.
_COUNT_ENDS = regex.compile(r"\d[\p{L}\p{M}]{0,3}\s*$")


def _noun_of_the_count_before(before: str) -> bool:
    """Whether the text before a cue ends with a count: the cue is its noun ("৪৬টি ওয়েবসাইট ও ১৩০টি ফেসবুক পেজ":
    46 websites and 130 pages, one list of things of a kind)."""
    return _COUNT_ENDS.search(before) is not None


def _object_then_verb(gap: str, lang) -> bool:
    """Whether the words between a cue and the count after it are the cue's own object, then an "and" and another
    verb whose the count is: "set up a hotline and blocked 300 websites" (the websites were blocked, not set up;
    but "created fake accounts and 300 websites", "created and ran 300 websites")."""
    words = fold(re.sub(r"^\w+", "", gap)).split()
    if any(w in lang.conjunctions and 0 < j < len(words) - 1 for j, w in enumerate(words)):
        return True
    # … or a verb of blocking after the object: "menggunakan mesin pengais untuk memblokir 300 situs" (used a
    # crawler to block 300 sites)
    return any(w.startswith(c) for w in words[1:] for c in lang.figure_cues.get("amount_disrupted", ()) if c)


def _joined(gap: str, lang) -> bool:
    """Whether a stretch after a cue (the rest of the cue's word left out) holds a comma or an "and" (in a script
    without spaces, the stretch itself may be the "and": "電話號碼及86個")."""
    if gap and is_unspaced(gap[0]) and fold(gap).strip(" ,、，") in lang.conjunctions:
        return True
    words = fold(re.sub(r"^\w+", "", gap)).replace(",", " , ").split()
    return "," in words or any(w in lang.conjunctions for w in words)


def _counted_end(right: str, verb_final: bool) -> int:
    """Where the words naming what a count counts end, in the folded text after it: two words ("400 other
    suspects"; "20 people were arrested" says more), three where verbs end the clause ("১৪ হাজার ৬৪৩ জন
    সম্ভাব্য সন্দেহভাজনকে শনাক্ত"), or a few characters of a script written without spaces ("名犯罪嫌疑人")."""
    if right.strip() and is_unspaced(right.strip()[0]):
        return min(len(right), _COUNTED_UNSPACED)
    m = (_COUNTED_WORDS if verb_final else _COUNTED_WORDS_SVO).match(right)
    return m.end() if m else 0


def _said_in_clause(doc: Document, q: Quantity, lang, kinds_said: tuple[str, ...]) -> bool:
    """Whether a cue of one of ``kinds_said`` starts a word of the number's clause, or of the relative clause right
    after it, said of what it counts ("128.561 laporan penipuan …, yang seluruhnya diteruskan kepada bank")."""
    start, end = _clause(doc, q.start, q.end)
    relative = _relative_after(doc, q, lang)
    if _starts_a_word(relative, lang.agents):
        relative = ""  # "…, which were forwarded by banks": received, passed on by others
    after = fold(doc.text[q.end:end])
    if (number := _NUMBER_IN.search(after)) is not None:
        # what is said after an "and" that leads to another count is said of that one: "отримала понад 2000
        # повідомлень … та передала до суду 15 обвинувальних актів" (received 2,000 reports, passed on 15 indictments)
        joined = [m.start() for m in re.finditer(r"\S+", after[:number.start()]) if m.group() in lang.conjunctions]
        cues = tuple(c for kind in kinds_said for c in lang.figure_cues.get(kind, ()))
        if joined and _starts_a_word(after[joined[-1]:number.start()], cues):
            after = after[:joined[-1]]  # (not where the verb follows both counts: "48,000 reports and 1,200 case
            # files were passed on")
    folded = fold(doc.text[start:q.end]) + after + relative
    return any(_starts_a_word(folded, lang.figure_cues.get(kind, ())) for kind in kinds_said)


def _defrauded_of(right: str, lang: Language) -> bool:
    """Whether a word of the language's ``defrauded_of`` stands among the words after a count of persons, before an
    amount ("900 Anleger um insgesamt 12 Millionen Euro betrogen"; not "12 Personen soll … 2 Millionen Euro erbeutet
    haben", who took it)."""
    words = right.split()[:_DEFRAUDED_OF_WORDS]
    return any(w in lang.defrauded_of for w in words)


#: How many words after a count of persons the word of what they were defrauded of may stand among.
_DEFRAUDED_OF_WORDS = 4


def _received_it(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether a verb of receiving (the silent kind ``received``) is said of what a count counts: before the count,
    a word of a rough count and three words at most between, no other number ("IASC telah menerima 411.055
    laporan", "ontving in totaal ruim 112.000 meldingen"; not "received $2 million in funding and analysed 3,000
    reports"), or after it, a few words at most after the count ("12 000 signalements ont été reçus", "신고
    3,000건을 접수했다"); and those who received them are no persons, customers, victims nor a newspaper ("The
    newspaper received 2,000 reports from readers", "Les victimes avaient reçu 10 000 alertes")."""
    cues = lang.figure_cues.get("received", ())
    if not cues:
        return False
    start, end = _clause(doc, q.start, q.end)
    before = fold(doc.text[start:q.start])
    after = fold(doc.text[q.end:end])
    said_at = None
    for cue in cues:
        for i in _positions(before, cue, 0):
            if _word_at_start(before, i) and _received_just_before(before[i + len(cue):], lang):
                said_at = i if said_at is None else max(said_at, i)
    if said_at is None:
        words = after.split()
        head = after[:_RECEIVED_UNSPACED] if words and is_unspaced(words[0][:1]) \
            else " ".join(words[:_RECEIVED_AFTER])
        cut = next((head.find(f" {c} ") for c in lang.conjunctions if f" {c} " in head), -1)
        if not _starts_a_word(head[:cut] if cut >= 0 else head, cues) or _NUMBER_IN.search(head):
            return False
        said_at = len(before)
    # (those who received them: the words right before the verb, or before the count where it follows it)
    subject = " ".join(before[:said_at].split()[-_RECEIVED_BEFORE - 1:])
    receivers = lang.figure_cues.get("users", ()) + lang.figure_cues.get("victims", ()) + lang.people
    return not (_starts_a_word(subject, receivers) or any(w in lang.press for w in subject.split()))


def _received_just_before(between: str, lang: Language) -> bool:
    """Whether the words between a verb of receiving and the count after it are few: a word of a rough count, three
    words at most besides, no other number, an "and" only right after the verb."""
    if _NUMBER_IN.search(between):
        return False
    words = _rough_words(lang).sub(" ", between).split()
    # ("received and assessed 3,000 reports": an "and" right after the verb joins a second verb of the same object)
    return len(words) <= _RECEIVED_BEFORE and not any(w in lang.conjunctions for w in words[1:])


#: How many words (besides a rough count's) may stand between a verb of receiving and the count after it; how many
#: words after a count a verb of receiving may stand among, or characters in a script without spaces.
_RECEIVED_BEFORE = 3
_RECEIVED_AFTER = 6
_RECEIVED_UNSPACED = 12


def _sent_to_persons(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether the clause after a count of reports names customers, subscribers or persons, those they were sent to
    ("… varningar till sina kunder", "передал клиентам … предупреждений"), before it or after it."""
    start, end = _clause(doc, q.start, q.end)
    words = fold(doc.text[q.end:end]).split()
    # (the word right after the reports' noun is whose they are: "6.870 laporan nasabah", customers' reports)
    said = fold(doc.text[start:q.start]) + " " + " ".join(words[2:])
    persons = lang.figure_cues.get("users", ()) + _written_on_words(lang, counters=False)
    return _starts_a_word(said, persons) or lang.compounds and any(
        w.rstrip(".,;:").endswith(persons) for w in said.split())  # ("till bankkunder", to bank customers)


def _said_in_sentence(doc: Document, start: int, lang, kinds_said: tuple[str, ...]) -> bool:
    """Whether a cue of one of ``kinds_said`` starts a word of the sentence at ``start``."""
    sent = doc.sentence_of(start)
    folded = fold(doc.text[sent.start:sent.end])
    for kind in kinds_said:
        for cue in lang.figure_cues.get(kind, ()):
            i = folded.find(cue) if cue else -1
            while i >= 0:
                if not (i > 0 and cue[0].isalnum() and joins(folded[i - 1], folded[i]) and not is_unspaced(folded[i])):
                    return True
                i = folded.find(cue, i + 1)
    return False


def _relation_said(doc: Document, start: int, lang, kind: str, predicates: tuple[str, ...]) -> bool:
    """Whether a relation cue of one of ``predicates`` starts a word of the sentence at ``start`` ("joined",
    "belongs to", "signed an agreement"), or a cue of ``kind`` that names what those cues name ("members",
    "Gründungsmitgliedern", "bank anggota": the word "member" of "member of")."""
    sent = doc.sentence_of(start)
    folded = fold(doc.text[sent.start:sent.end])
    for phrase in _relation_words(lang, kind, predicates):
        i = folded.find(phrase)
        while i >= 0:
            if not (i > 0 and phrase[0].isalnum() and joins(folded[i - 1], folded[i]) and not is_unspaced(folded[i])):
                return True
            i = folded.find(phrase, i + 1)
    return False


@lru_cache(maxsize=256)
def _relation_words(lang: Language, kind: str, predicates: tuple[str, ...]) -> tuple[str, ...]:
    """The relation cues of ``predicates``, and the cues of ``kind`` that hold the first word of one of them or are
    held in it (at least four letters: "mitglied" of "mitglied der" in "gründungsmitglied")."""
    phrases = tuple(c.phrase for c in lang.relation_cues if c.predicate in predicates and c.phrase)
    firsts = {p.split()[0] for p in phrases if len(p.split()[0]) >= 4}
    cues = [c for c in lang.figure_cues.get(kind, ()) if len(c) >= 4]
    own = {c for c in cues if any(w in c or c in w for w in firsts)}  # "gründungsmitglied", "members"
    own |= {w for w in firsts if any(w in c or c in w for c in cues)}  # "member" (organizations)
    return phrases + tuple(sorted(own))


def _blocked(left: str, right: str, lang, table, numbers: frozenset[str]) -> tuple[dict[str, str | None], int]:
    """The kinds a count may not be of, each with the kind its cues give instead (or None): those a silent
    kind's cue in its clause blocks; and where the words naming what it counts end in the folded text after it
    (where verbs end the clause, at the silent cue after it: "1300-dən çox şübhəli IP ünvanı aşkarlanıb").

    "la identificación de más de 400 sospechosos", "70 şübhəli şəxs müəyyənləşdirilib": suspects identified
    are no arrests, whatever noun names them; IP addresses identified were not taken down, they are leads
    ("1300-dən çox şübhəli IP ünvanı aşkarlanıb"). A cue of the blocked kind elsewhere than in the noun counted
    keeps it ("identified and arrested 40 suspects", "40 suspects were identified and arrested"). The key
    "people" holds the kind a count of persons takes from a silent kind's cue ("scammed 500 people": victims).
    """
    silent = [(k, info) for k, info in table.items() if info.silent and lang.figure_cues.get(k)]
    if not silent:
        return {}, 0
    fl, fr = fold(left) if left.strip() else "", fold(right) if right.strip() else ""
    out: dict[str, str | None] = {}
    noun_end = 0
    for kind, info in silent:
        cues = lang.figure_cues[kind]
        hits_l = _cue_hits(fl, cues, from_end=True, numbers=numbers)
        hits_r = _cue_hits(fr, cues, from_end=False, verb_final=lang.verb_final)
        before_at = [(d, i) for d, i, cue in hits_l if d <= MAX_CUE_DISTANCE
                     and (lang.verb_final or not _passive_of_another(fl, i, i + len(cue), lang))
                     and not (info.before and not lang.verb_final and _object_then_verb(fl[i + len(cue):], lang))]
        before = bool(before_at)
        hits_after = [(d, i, cue) for d, i, cue in hits_r if d <= MAX_CUE_DISTANCE]
        after = [i for d, i, cue in hits_after
                 if lang.verb_final or (not info.before and not _before_another_number(fr, i + len(cue), lang))
                 or info.before and _verb_after_its_object(fr, i, lang)]
        # a cue of a kind counted before the number only, said in the words naming what it counts, is said of it
        # ("500,000 infected computers", "13 millones de ordenadores infectados"; not "593 servers that attacked")
        in_noun = info.before and not lang.verb_final and (
            any(i < _noun_end(fr, lang) for _, i, _ in hits_after)
            # … or said anywhere after a noun counted that is harmed where it is named ("45.000 macchine
            # risultavano compromesse": machines, never the ones that harm)
            or bool(hits_after) and any(table[k].harmed_after and _cue_hits(fr[:_noun_end(fr, lang)], lang.figure_cues.get(
                k, ()), from_end=False) for k in dict(info.turns) if k in table))
        if in_noun:
            after.append(min(i for _, i, _ in hits_after))
        people = info.people and (_counts_people(right, lang) or (lang.noun_first and _people_before(left, lang)))
        if people and not before and not lang.verb_final:
            # an amount of money between the verb and the persons counted is the verb's other object: "oszuści
            # wyłudzili 9,3 mln zł od ponad 4,8 tys. osób", "stole $2 million from 3,000 people" (defrauded of it)
            before = any(d <= MAX_CUE_DISTANCE and not _passive_of_another(fl, i, i + len(cue), lang) for d, i, cue
                         in _cue_hits(re.sub(r"\s{2,}", " ", _amounts_masked(fl, lang)), cues, from_end=True,
                                      numbers=numbers))
        if people and (lang.verb_final or lang.compounds and _defrauded_of(fr, lang)) and not hits_after:
            # an amount of money between the persons counted and the verb ending the clause is the verb's other
            # object, no count of its own to take the cue: "3 bin 450 kişiyi yaklaşık 1,2 milyar lira
            # dolandırdığı" (defrauded 3,450 people of about 1.2 billion lira); so where the participle ends the
            # clause: "900 Anleger um insgesamt 12 Millionen Euro betrogen"
            hits_after = [(d, i, cue) for d, i, cue in _cue_hits(_amounts_masked(fr, lang), cues, from_end=False,
                                                                  verb_final=True) if d <= MAX_CUE_DISTANCE]
        if people and (before or any(lang.verb_final or not _before_another_number(fr, i + len(cue), lang)
                                     for _, i, cue in hits_after)):
            # "3 bin 450 kişiyi … dolandırdığı", "Oltre 3.000 persone sono state truffate": people defrauded are
            # victims, the word said before or after them
            out["people"] = info.people
        if not before and not after:
            continue
        # a verb of harm far before a count of things governs another object: "a trompé ses victimes grâce à 300
        # sites frauduleux" (the sites were the means), "burlou o sistema do banco com 300 contas"
        far_harm = bool(info.before and info.people and before_at and not after
                        and min(_words_between(fl[i + len(cue):], lang) for d, i, cue in hits_l
                                if (d, i) in before_at) > 1)
        # what is said after the count: past the noun counted ("20 people were arrested and charged"), and where
        # verbs end the clause, past the silent cue ("1300-dən çox şübhəli IP ünvanı aşkarlanıb"); before it, a
        # verb ("identified and arrested 40 suspects"), unless verbs end the clause (there the verb before the
        # count is another count's: "31 نفر بازداشت و ۷۰ مظنون", and so is one right after another number)
        if lang.verb_final:
            # the verb after the count: past the silent cue after it, or anywhere if there is none ("kimliği tespit
            # edilen 40 şüpheli gözaltına alındı": identified, then detained)
            said_from = min(after) + 1 if after else 0
            first = _FIRST_WORD.match(fr) if not after else None
            if first is not None and not is_unspaced(first.group(1)[0]) and not _counter_written_on(fr, lang):
                # the noun right after the count names what it counts, no verb said of it: "იდენტიფიცირებულ იქნა
                # დაახლოებით 3 000 ეჭვმიტანილი", about 3,000 suspects identified (no arrests)
                said_from = first.end()
            noun_end = max(noun_end, said_from - 1)
        else:
            said_from = _counted_end(fr, lang.verb_final)
            # the noun counted goes on over an "and" with another noun of a kind blocked: "shared more than 2,400
            # IP addresses and domains with partners" (the domains are counted too, no deed said of them)
            counted = fr[:said_from].split()
            if counted and counted[-1] in lang.conjunctions and (m := _NEXT_WORD.match(fr, said_from)) \
                    and fold(m.group(1)).startswith(_nouns_of(info.blocks, lang)):
                said_from = m.end()  # "2 400 IP-адрес і доменів": the "and" among the words counted already
            elif (m := _COORDINATED.match(fr, said_from)) and m.group(1) in lang.conjunctions \
                    and fold(m.group(2)).startswith(_nouns_of(info.blocks, lang)):
                said_from = m.end()
        # a noun of its own after the count ("20 000 réseaux informatiques suspects") says what it counts: a cue
        # after it is no more about the count, nor is one right before another number ("بازداشت ۳۱ نفر")
        own_noun = _own_noun(right, lang) is not None
        # a cue of a kind blocked inside the silent cue is no more said of the count: "en busca y captura"
        # (wanted) holds "captura" (arrest)
        inside_r = [(i, i + len(cue)) for _, i, cue in hits_r]
        inside_l = [(i, i + len(cue)) for _, i, cue in hits_l]
        lifting = _nouns_of(info.lifted_by, lang)  # the cues of a deed that lifts the block, read once per language
        for other in info.blocks:
            cues_other = tuple(lang.figure_cues.get(other, ())) + lifting
            turned = other in dict(info.turns)
            # where verbs end the clause, a deed that lifts the block said of a count turned to another kind, before the
            # silent cue after it, is a deed of its own ("230 banka hesabı donduruldu ve bilgileri savcılığa iletildi":
            # frozen, then shared)
            before_silent = min(after) if lang.verb_final and turned and after else -1
            said = any(d <= MAX_CUE_DISTANCE and (i >= said_from or i < min(before_silent, _NEAR_VERB) and cue in lifting)
                       and not own_noun
                       and not _NUMBER_NEXT.match(fr, i + len(cue))
                       and (lang.verb_final or d <= 1 or not _cue_of_next_number(fr, i + len(cue), lang))
                       and not _within(i, i + len(cue), inside_r)
                       for d, i, cue in _cue_hits(fr, cues_other, from_end=False, verb_final=lang.verb_final)) or (
                not lang.verb_final and any(
                    # "嫌疑人40名", "seva 3,786" where the noun goes first: the noun counted, no verb said of it;
                    # before the count, the verb nearer to it than the silent cue is said of it ("selain memblokir
                    # konten juga menyerahkan 15.200 data rekening": besides blocking content, handed over)
                    (d <= MAX_CUE_DISTANCE and (not turned or _nearer_or_joined(d, i + len(cue), before_at, fl, lang))
                     or turned and _joined_to_silent(i + len(cue), before_at, fl, lang))
                    and (d > 1 or not (is_unspaced(cue[0]) or lang.noun_first))
                    and not _NUMBER_IN.search(fl, max(0, i - 30), i)
                    and not _within(i, i + len(cue), inside_l)
                    for d, i, cue in _cue_hits(fl, cues_other, from_end=True, numbers=numbers)))
            if far_harm and other in _THINGS_HARMED:
                continue
            if not said or (in_noun and other in dict(info.turns)):
                out[other] = dict(info.turns).get(other)
    return out, noun_end


#: How far after a year (in folded characters) a word of a rough count makes it a count ("1900-dən çox", "2000 से
#: ऊपर"), whatever word of time follows it.
_ROUGH_AFTER_YEAR = 20


def _words_between(between: str, lang: Language) -> int:
    """How many words stand in folded ``between`` (past the end of the word it starts in) but the language's words of a
    rough count ("more than", "noin")."""
    return len(_rough_words(lang).sub(" ", re.sub(r"^\w+", "", between)).split())


@lru_cache(maxsize=64)
def _rough_words(lang: Language) -> re.Pattern:
    """The language's words of a rough count as one pattern, each a whole word, the longest first."""
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in sorted(lang.approximate, key=len, reverse=True))
                      or r"(?!)")


#: The things a verb of harm more than a word before them (a rough count's aside: "hacked more than 1.3 million
#: computers", "saastui pahimmillaan noin 70 000 puhelinta") does not make victims of ("a trompé ses victimes grâce à
#: 300 sites": the means).
_THINGS_HARMED = ("infrastructure_taken_down", "devices")

#: How far after a count (in characters) a verb said of it may stand before the verb of another deed, where verbs end
#: the clause ("계좌 230개를 동결하고 … 제공했다"; not "자산을 동결하고 계좌 230개 …").
_NEAR_VERB = 20


def _nearer_or_joined(d: int, end: int, silent_at: list[tuple[int, int]], fl: str, lang: Language) -> bool:
    """Whether a cue ending at ``end``, ``d`` characters before a count, is said of it beside a silent kind's cues
    before it (``silent_at``: their distances and starts): it is nearer to the count than all of them, or joined to
    one after it (:func:`_joined_to_silent`: "selain memblokir konten juga menyerahkan 15.200 data rekening" hands
    the accounts over, "phong tỏa, đồng thời chia sẻ … 1.200 tài khoản" freezes them too)."""
    return not silent_at or d <= min(sd for sd, _ in silent_at) or _joined_to_silent(end, silent_at, fl, lang)


def _joined_to_silent(end: int, silent_at: list[tuple[int, int]], fl: str, lang: Language) -> bool:
    """Whether a cue ending at ``end`` is joined to a silent kind's cue after it by a conjunction or a comma (past
    the rest of the cue's word: "arrest" of "arrested"), perhaps with an adverb ("blocked and later handed over",
    "zablokowała, a następnie przekazała"; not "memblokir konten juga menyerahkan": the verb's own object between):
    both verbs are said of the count, however far the first stands."""
    for _, start in silent_at:
        if start < end:
            continue
        between = _COMMAS.sub(" , ", _REST_OF_WORD.sub("", fl[end:start], count=1)).split()
        # (the separator right after the first verb: "froze assets and later shared" gives the first its own object)
        if between and len(between) <= _JOINED_WORDS and (between[0] == "," or between[0] in lang.conjunctions):
            return True
    return False


#: The most words between two verbs said of one count, joined by a comma or a conjunction ("and later").
_JOINED_WORDS = 3


_REST_OF_WORD = re.compile(r"^\w+")


@lru_cache(maxsize=256)
def _nouns_of(kinds_blocked: tuple[str, ...], lang: Language) -> tuple[str, ...]:
    """The cue words of ``kinds_blocked``, read once per language (the nouns a count of them may go on with after an
    "and"; the nouns of things counted, of places, of money or of persons)."""
    return tuple(c for k in kinds_blocked for c in lang.figure_cues.get(k, ()) if c)


#: A conjunction and the word after it, right past the words naming what a count counts.
_COORDINATED = re.compile(r"\s*(\S+)\s+(\S+)")
_NEXT_WORD = re.compile(r"\s*(\S+)")
#: How many characters past a qualified kind's cue a word qualifying it may end ("transações suspeitas").
_QUALIFIER_REACH = 25


def _qualified(side: str, d: tuple[float, int] | None, lang, key: str, from_end: bool) -> tuple[float, int] | None:
    """``d`` (a cue found on one side of a count) where a word of the language's ``key`` cues stands among the
    words naming what is counted: between the count and the cue, or right past the cue ("4942 измамни
    транзакции", "7.520 svigagtige transaktioner", "mais de 3,2 mil transações suspeitas"); else None.

    A qualifying word nearer the count than the cue is part of the noun counted: the cue is as near as it, and
    wins over another kind's cue that word is ("7.520 verdächtige Transaktionen" are no suspects)."""
    words = lang.figure_cues.get(key, ())
    if d is None or not words or not side.strip():
        return None
    folded = fold(side)
    if from_end:
        folded = folded[::-1]
    reach = int(d[0]) - d[1] + _QUALIFIER_REACH  # the cue's distance plus its length, and the words right past it
    region = _NUMBER_SPLIT.split(folded[:reach])[0]  # no farther than another number
    nearest = min((i for w in words if w for i in [region.find(w[::-1] if from_end else w)] if i >= 0), default=None)
    if nearest is None:
        return None
    return (min(d[0], nearest - 0.5), d[1]) if nearest < d[0] else d


_NUMBER_SPLIT = re.compile(r"\d")


def _within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans`` (and is not that span itself)."""
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)


def _verb_after_its_object(right: str, i: int, lang) -> bool:
    """Whether the cue at ``i`` of folded ``right`` (the words after a count) stands right after the noun counted
    written in the object case (the language's ``object_endings``), one word at most between it and the count:
    the verb is said of what is counted ("1200 magyar ügyfelet csaptak be": deceived 1,200 clients)."""
    if not lang.object_endings:
        return False
    words = right[:i].split()
    if not 1 <= len(words) <= 2 or right[:i][-1:] not in (" ", "\u00a0"):
        return False
    noun = words[-1]
    return noun.isalpha() and any(noun.endswith(e) and len(noun) > len(e) + 2 for e in lang.object_endings)


def _noun_end(right: str, lang) -> int:
    """Where the two words after a count end in folded ``right``, a connector before them left out ("13 millones
    de ordenadores infectados")."""
    m = _FIRST_WORD.match(right)
    skip = m.end() if m and m.group(1) in lang.connectors else 0
    m = _COUNTED_WORDS_SVO.match(right[skip:])
    return skip + m.end() if m else 0


def _is_people(word: str, lang) -> bool:
    """Whether folded ``word`` starts with a word for persons of the language and is none of the other words that
    start so (``not_people``: Thai "รายการ", items, against the counter of persons "ราย")."""
    return word.startswith(lang.people) and not word.startswith(lang.not_people)


def _counts_people(right: str, lang) -> bool:
    """Whether the word right after a count is one of the language's words for persons ("200 человек"), perhaps
    after a word of a rough count ("500 से अधिक लोगों", "500 भन्दा बढी व्यक्ति")."""
    right = fold(right)
    start = _SUFFIX_AFTER.match(right).end()  # a case ending on the number first: "300'den fazla kişiyi"
    if (rough := _word_at(right, start, lang.approximate)) is not None:
        right = right[rough[1]:]
    m = _FIRST_WORD.match(right)
    if m and m.group(1) in lang.connectors:
        right = right[m.end():]
        m = _FIRST_WORD.match(right)  # "peste 300 de persoane"
    if m is None:
        return False
    second = _FIRST_WORD.match(right[m.end():])
    if _is_people(m.group(1), lang) or right.lstrip(" \u00a0").startswith(_people_phrases(lang)):
        # (words of more than one word: "11 cá nhân", eleven individuals); but not a word for persons that describes
        # a thing counted, as the word after it or the head of its compound: "40 инвесторских счетов", "40
        # Anlegerkonten", "120 pensioners' accounts" (accounts), "12 äldre servrar"
        word = m.group(1)
        if is_unspaced(word[0]):
            return True  # (a script without spaces: the rest of the clause is no word of the count's)
        things = _nouns_of(_THINGS_COUNTED, lang)
        possessive = word.endswith(("'", "’")) or word.endswith(("'s", "’s"))
        stem = max((p for p in lang.people if p and word.startswith(p)), key=len, default=word)
        if len(word) > len(stem) + 2 and any(t in word[len(stem):] for t in _long_things(lang)):
            return False  # the head of a compound: "40 Anlegerkonten"
        # (a describing form: the word as listed, possessive, or with an ending of one letter or of three or more:
        # "befektetői", "инвесторских"; not a case ending of two, "kişiyi")
        if (possessive or len(word) - len(stem) != 2) and second is not None and second.group(1).startswith(things):
            return False
        third = _FIRST_WORD.match(right[second.end() + m.end():]) if second is not None and possessive else None
        return not (third is not None and third.group(1).startswith(things))  # "120 investors' bank accounts"
    # a word describing them first, where the noun follows its describing words: "1,200 elderly people", "4 000
    # vulnerable citizens" (no word of a kind: "12 suspects' people"; not where the noun goes first)
    if lang.noun_first or is_unspaced(m.group(1)[0]) or m.group(1).startswith(_all_cues(lang)) \
            or m.group(1) in lang.scales or m.group(1) in lang.number_words:
        return False
    return bool(second and _is_people(second.group(1), lang))


@lru_cache(maxsize=64)
def _people_phrases(lang) -> tuple[str, ...]:
    """The language's words for persons written as more than one word ("cá nhân")."""
    return tuple(p for p in lang.people if " " in p)


@lru_cache(maxsize=64)
def _long_things(lang) -> tuple[str, ...]:
    """The language's nouns of things counted of more than three letters (the head of a compound: "konten")."""
    return tuple(t for t in _nouns_of(_THINGS_COUNTED, lang) if len(t) > 3)


@lru_cache(maxsize=128)
def _written_on_words(lang, counters: bool = True) -> tuple[str, ...]:
    """The language's counters (with ``counters``) and words for persons, read once per language."""
    return tuple(w for w in (lang.counters if counters else ()) + lang.people if w)


@lru_cache(maxsize=64)
def _time_words(lang) -> tuple[str, ...]:
    """The language's words of durations and months, read once per language."""
    return tuple(w for w in lang.durations + lang.months if w)


@lru_cache(maxsize=64)
def _time_and_scale_words(lang) -> tuple[str, ...]:
    """The language's words of durations, months and scales: written onto four digits, a year or part of an amount."""
    return _time_words(lang) + tuple(lang.scales)


@lru_cache(maxsize=64)
def _cues_and_people(lang) -> tuple[str, ...]:
    """Every cue word of the language's figure kinds and its words for persons."""
    return _all_cues(lang) + _written_on_words(lang, counters=False)


@lru_cache(maxsize=64)
def _all_cues(lang) -> tuple[str, ...]:
    """Every cue word of the language's figure kinds (folded, as the data holds them)."""
    return tuple(c for cues in lang.figure_cues.values() for c in cues if c)


def _people_before(left: str, lang) -> bool:
    """Whether the word right before a count is a word for persons, where the noun counted stands before its
    number ("waliwatapeli watu 500")."""
    words = fold(left).split()
    return bool(words and _is_people(words[-1], lang))


_ASIDE = re.compile(r"[ \u00a0]*\(([^()]{1,80})\)")


def _aside_after(doc: Document, end: int) -> int | None:
    """Where the text goes on after an aside in brackets right after a number, or None.

    The aside must be in the number's sentence and hold a number ("2 lakh dollars (1.75 crore rupees)").
    """
    m = _ASIDE.match(doc.text, end)
    if m is None or not _NUMBER_IN.search(m.group(1)) or m.end() > doc.sentence_of(end - 1).end:
        return None
    return m.end()


#: A cue before a number, farther than this (with the left side's penalty), loses a count to the noun after it.
FAR_LEFT_CUE = 14
_FIRST_WORD = re.compile(r"^[\s\u00a0]*([^\W\d_][^\s,.;:!?()]*)")


def _own_noun(right: str, lang) -> str | None:
    """The word right after a count when it is no cue of any kind nor a number's word (scale, currency, connector).

    "20 000 réseaux", "13 mandados": what the number counts, named. None where the word is a cue, a word for
    persons ("68 شخصاً", "40 personnes": people, who take the verb's kind), where no word follows, or in a
    script written without spaces (its words cannot be told apart here).
    """
    m = _FIRST_WORD.match(right)
    if not m or is_unspaced(m.group(1)[0]) or _counter_written_on(right, lang):
        return None  # (a counter written onto the count is no noun: "사이트 230개를 차단했다")
    if fold(m.group(1)) in lang.connectors and (after := _FIRST_WORD.match(right[m.end():])) is not None:
        right, m = right[m.end():], after  # the noun after a connector: "11 de busca e apreensão" (warrants of
        # search), "50 de dispozitive"
    rest = right[m.end(1):]
    # (folded with the space that parts it from the word kept)
    return _a_noun_of_its_own(fold(m.group(1)), lang, (" " if rest[:1].isspace() else "") + fold(rest))


def _noun_before_its_counter(left: str, right: str, lang: Language) -> str | None:
    """Where a counter is written onto the count, the word right before it when it is a noun of its own, no cue
    (see :func:`_a_noun_of_its_own`): "차량 12대를 확보했다" counts vehicles."""
    words = fold(left).split()
    if not _counter_written_on(right, lang) or not words or not words[-1][:1].isalpha():
        return None
    return _a_noun_of_its_own(words[-1], lang)


def _counter_written_on(right: str, lang: Language) -> bool:
    """Whether the words after a count begin with a counter of the language written onto it ("230개를 차단했다"):
    no noun of its own."""
    return bool(right[:1].isalpha() and lang.counters and fold(right[:8]).replace(" ", "").startswith(lang.counters))


def _own_noun_before(left: str, lang) -> str | None:
    """Where the noun counted stands before its number (``noun_first``: "laini za simu 1,240"), the word right
    before a count when it is no cue of any kind nor a number's word (see :func:`_own_noun`)."""
    words = fold(left).split()
    if not lang.noun_first or not words or not words[-1][:1].isalpha():
        return None
    return _a_noun_of_its_own(words[-1], lang)


def _a_noun_of_its_own(word: str, lang, rest: str | None = None) -> str | None:
    """``word`` if it is no cue of any kind nor a number's word (scale, currency, connector, ...), else None.

    With ``rest``, the folded text right after the word, a cue of several words that the word opens is a cue
    only where the rest of it follows: "37 mobile phones" is a noun of its own, "37 mobile numbers" a cue.
    """
    if (word in lang.scales or word in lang.currencies or word in lang.connectors or word in lang.number_words
            or word in lang.conjunctions or word in lang.months or _is_people(word, lang)):
        return None
    every, ordered, of_persons = _noun_cues(lang)
    if word.startswith(every):
        return None
    # the cues the word opens, in order: a cue of persons names persons, who take the verb's kind ("arrested 12
    # suspects"); another is the word's only where the rest of it follows
    i = bisect_left(ordered, word)
    while i < len(ordered) and ordered[i].startswith(word):
        if of_persons[i] or not _other_words_follow(ordered[i], word, rest, lang):
            return None
        i += 1
    return word


@lru_cache(maxsize=64)
def _noun_cues(lang: Language) -> tuple[tuple[str, ...], list[str], list[bool]]:
    """The cue words :func:`_a_noun_of_its_own` reads, read once per language: all of them, and the same in order
    with whether each is a cue of persons. The cues of a silent kind counted or of owners are left out ("20
    perquisitions", "170 banks": searches and banks are a noun of their own, of no kind)."""
    table = kinds()
    pairs = []
    for kind, cues in lang.figure_cues.items():
        info = table.get(kind)
        if info is not None and info.silent and (info.counted or info.owner):
            continue
        persons = info is not None and info.persons
        pairs.extend((c, persons) for c in cues if c)
    pairs.sort()
    return tuple(c for c, _ in pairs), [c for c, _ in pairs], [p for _, p in pairs]


def _other_words_follow(cue: str, word: str, rest: str | None, lang) -> bool:
    """Whether ``word`` is the whole first word of the cue of several words ``cue`` and ``rest`` (the text after
    the word) goes on with another word than the cue's, of the same noun ("37 mobile phones").

    A word of three letters or fewer opening a cue is a preposition or an article far more often than a noun
    ("في" of "في دول", "en" of "en prisión"): it is no noun counted, whatever follows it. A word that ends its
    noun (punctuation, a relative word or an "and" after it) may be the cue said short: "memblokir 1.870 nomor
    yang terhubung" (numbers, "nomor" of "nomor telepon")."""
    if rest is None or len(word) <= _PREPOSITION or len(cue) <= len(word) or cue[len(word)] != " ":
        return False
    nxt = _FIRST_WORD.match(rest)
    if nxt is None or nxt.start(1) == 0 or not rest[:nxt.start(1)].isspace() or nxt.group(1) in lang.relative \
            or nxt.group(1) in lang.conjunctions:
        return False
    return not (word + rest).startswith(cue)


def _aimed_at(right: str, lang) -> bool:
    """Whether a noun of its own after a count is followed, within two more words, by a word of what it is aimed
    at (the language's ``against``: "3,000 attacks against banks"): a cue after that word is not what is counted."""
    if not lang.against:
        return False
    first = _FIRST_WORD.match(right)
    if first and fold(first.group(1)) in lang.connectors:
        right = right[first.end():]  # "2.400 de tentative de infectare împotriva clienților": past the connector
    if _own_noun(right, lang) is None:
        return False
    words = fold(right).split()[:5]
    return any(w in lang.against for w in words[1:]) or any(
        " ".join(words[i:i + 2]) in lang.against for i in range(1, len(words) - 1))


def attach(doc: Document, q: Quantity, kind: str) -> str | None:
    """The key of the entity a figure is about, or None.

    Candidates are the mentions of the figure's sentence and the two before it
    whose class is in the kind's preference list. In the sentence, a mention
    right after the figure ("30 agents d'INTERPOL") comes first, then the
    first one ("Serengeti şi Serengeti 2.0"); earlier sentences come after.
    When the best candidate is only of the kind's most general class (and
    that is not its first choice), the
    document's most mentioned (then first mentioned) entity of its
    first-choice class is taken instead: the article's operation is what its
    figures are about.
    """
    ontology = load_ontology()
    prefs = kinds()[kind].subjects
    sent = doc.sentence_of(q.start)
    index = max(0, sentences_of(doc.sentences).index(sent))
    window_start = doc.sentences[max(0, index - 2)].start if doc.sentences else 0

    def rank(m: Mention) -> int | None:
        for i, cls in enumerate(prefs):
            if m.type == cls or ontology.coarse_type(m.type) == cls:
                return i
        return None

    mentions = mentions_of(doc.mentions)
    if mentions.ordered:
        candidates = _best_candidates(mentions, ("ranked", prefs, id(ontology)), rank, q, sent, window_start)
    else:
        candidates = []
        for m in mentions.starting(window_start, sent.end):
            r = rank(m)
            if r is None:
                continue
            if m.start >= sent.start:
                order = (0, 0 if 0 <= m.start - q.end <= AFTER_FIGURE else 1, m.start)
            else:
                order = (1, 1, m.start)
            candidates.append((r, order, m.key))
        candidates.sort()
    if candidates and (candidates[0][0] == 0 or candidates[0][0] < len(prefs) - 1):
        return candidates[0][2]
    first_choice = ("first choice", prefs, id(ontology))  # computed once per document and list of classes
    if first_choice not in mentions.memo:
        mentions.memo[first_choice] = most_mentioned(m for m in doc.mentions if rank(m) == 0)
    main = mentions.memo[first_choice]
    if main is not None:
        return main.key
    return candidates[0][2] if candidates else None


#: A mention starting at most this many characters after a figure is the first candidate for its subject.
AFTER_FIGURE = 20


def _best_candidates(mentions: ByStart, memo_key: tuple, rank, q: Quantity, sent, window_start: int) -> list:
    """The best of ``attach``'s candidates (as the first of a one-item list, or none), found by bisection.

    The mentions of each rank are listed once per document; for a figure, each rank's best is the first of
    those starting right after it, else the first of its sentence, else the first of the two sentences before.
    ``memo_key`` names the ranking (the kind's classes and the ontology).
    """
    if memo_key not in mentions.memo:
        ranked: dict[int, tuple[list[int], list]] = {}
        for m in mentions.items:
            r = rank(m)
            if r is not None:
                starts, items = ranked.setdefault(r, ([], []))
                starts.append(m.start)
                items.append(m)
        mentions.memo[memo_key] = ranked
    ranked = mentions.memo[memo_key]
    for r in sorted(ranked):
        starts, items = ranked[r]
        for lo, hi, order in ((max(q.end, sent.start), min(q.end + AFTER_FIGURE + 1, sent.end), (0, 0)),
                              (sent.start, sent.end, (0, 1)), (window_start, min(sent.start, sent.end), (1, 1))):
            i = bisect_left(starts, lo)
            if i < len(starts) and starts[i] < hi:
                first = starts[i]
                key = min(m.key for m in items[i:bisect_right(starts, first)])
                return [(r, (*order, first), key)]
    return []


def _plain(value: Decimal) -> Decimal:
    """A decimal without exponent or trailing zeros: 3E+1 → 30, 17000.0 → 17000."""
    if value.is_finite() and value == value.to_integral_value():
        # from the digits, not through int(): converting a number of thousands of digits takes quadratic time
        sign, digits, exponent = value.as_tuple()
        digits = digits + (0,) * exponent if exponent >= 0 else digits[:exponent]
        return Decimal((sign if any(digits) else 0, digits or (0,), 0))
    return Decimal(format(value.normalize(), "f"))


#: A number, then a word or sign at most this long, then the number a length of time or a date ends with:
#: "between 23 and 58 years", "22 dan 29 Oktober", "5–7 days", "20 முதல் 39 வயது" (a word is its letters with
#: their vowel signs and viramas).
_THEN_NUMBER = regex.compile(r"\s*(?:[-–—/,]|[\p{L}\p{M}]{1,8})\s*\d+(?:[.,]\d+)?\s*")
#: The next number of a range after an "and" or a "to" and a short word ("entre os 21 e os 47 anos").
_THEN_NUMBER_AFTER_AND = regex.compile(r"\s*([\p{L}\p{M}]{1,8})\s+[\p{L}\p{M}]{1,3}\s*\d+(?:[.,]\d+)?\s*")
#: How many numbers of a list ("23, 26, 31 and 35 years") may stand between a number and its word of time.
_LISTED_TIMES = 4


def _vague(text: str, q: Quantity, lang: Language) -> bool:
    """Whether a number is left unsaid: a word of the language's ``[numbers] vague`` opens it ("hundreds of
    millions", "сотни миллионов", "hàng trăm tỷ") or stands right before it in words ("several hundred", "flera hundra";
    in scripts without spaces written onto it: "数千万", "หลายล้าน")."""
    if not lang.vague:
        return False
    said = fold(text[q.start:q.end])
    raw = text[max(0, q.start - 24):q.start]
    before, apart = fold(raw), raw[-1:].isspace()
    # a number in digits is said, whatever word stands before it: "피해자 수 1,200명" (the number of victims,
    # 1,200), "発生件数5,578件" (cases: 5,578), "khách hàng 2.000" (customers, 2,000)
    in_digits = next((c for c in said if c.isalnum()), "").isdigit()
    for w in lang.vague:
        onto = is_unspaced(w[-1])
        if said.startswith(w) and (onto or len(said) == len(w) or not said[len(w)].isalnum()):
            return True
        if onto and len(w) > len(said) and fold(text[q.start:q.start + len(w)]) == w:
            return True  # (a word that starts with the number: "二次", secondary)
        if not in_digits and before.endswith(w) and (apart != onto) \
                and (onto or len(before) == len(w) or not before[-len(w) - 1].isalnum()):
            return True
    return False


def _of_time(folded: str, fpos: int, lang: Language) -> bool:
    """Whether a plain number ending at ``fpos`` (folded) is a length of time, an age or a day ("18 months",
    "90 वर्षीय", "49-jähriger": ``[entities] age_words``).

    The word after it (or after a second number it runs to: "23 hingga 58 tahun") is a word of a
    duration or a month. A duration word of three letters or more may begin a longer word ("वर्षीय",
    "aylıq"), in unspaced scripts too ("วันแรก"); a shorter one must be the whole word.
    """
    if not lang.durations and not lang.months:
        return False
    positions = [_skip_space(folded, fpos)]
    end = fpos
    for _ in range(_LISTED_TIMES):  # "aged 23, 26 and 35 years": the list's last number has the word
        if (m := _THEN_NUMBER.match(folded, end)) is None:
            m = _THEN_NUMBER_AFTER_AND.match(folded, end)
            if m is None or not (m.group(1) in lang.conjunctions or m.group(1) in lang.range_to):
                break  # ("45 people on 12 March", "120 people in 48 hours": no range)
        positions.append(end := m.end())
    for p in list(positions):
        if (connector := _word_at(folded, p, lang.connectors)) is not None:
            positions.append(_skip_space(folded, connector[1]))  # "24 de ore": the hours after the connector
    for p in positions:
        if p < len(folded) and folded[p] in "-\u200c":
            p += 1  # "a 3-day operation", "شش‌ماهه" (six-month, with a zero-width non-joiner)
        elif folded.startswith(". ", p):
            p = _skip_space(folded, p + 1)  # an ordinal's dot: "powyżej 60. roku życia" (past the 60th year)
        if _word_at(folded, p, lang.months) or _word_at(folded, p, lang.durations):
            return True
        if lang.suffixes and _word_with_suffix(folded, p, lang.durations, lang.suffixes):
            return True  # a duration or a month's word with a particle written on: "올해 8월까지" (until August)
        for word in lang.durations + lang.age_words:
            if len(word) >= 3 and folded.startswith(word, p):
                return True  # (an age: "49-jähriger", "26-vuotiaan", "20-årsåldern")
    return False


def _an_age_after_a_name(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether a number of two digits is an age written after a name as the language writes it there (``[entities]
    age_after``: "({})", ", {},"), right after a letter or a dot ending the name ("A(38)씨", "Jan K. (48)"), no name
    of a place or a body ending there ("in Nigeria (12) und Ghana (8)": counts by country)."""
    text = doc.text
    token = text[q.start:q.end]
    if not (token.isdigit() and len(token) == 2):
        return False
    for pattern in lang.age_after:
        if "{}" not in pattern:
            continue
        before, after = pattern.split("{}", 1)
        before, after = before.strip(), after.strip()
        head = text[max(0, q.start - len(before) - 40):q.start].rstrip()
        if not fold(head).endswith(before) or not fold(text[q.end:q.end + len(after) + 1]).lstrip().startswith(after):
            continue
        name = head[:len(head) - len(before)].rstrip()
        if not (name[-1:].isalpha() or name[-1:] == "."):
            continue
        end = q.start - len(head) + len(name)
        ontology = load_ontology()
        return not any(m.end == end and ontology.coarse_type(m.type) != "Person"
                       for m in mentions_of(doc.mentions).overlapping(end - 1, end))
    return False


#: A unit of data right after a number (the SI symbols, written alike in every language): "80 GB", "2 TiB".
_DATA_SIZE = regex.compile(r"[ \u00a0]?[KMGTP]i?B(?![\p{L}\p{N}])")


def _after_an_abbreviated_month(text: str, q: Quantity, lang: Language) -> bool:
    """Whether a number of one or two digits stands right after a month's name shortened with a dot ("ม.ค. 69":
    the year 2569 said short, "Jan. 12"): a day or a year, no count."""
    token = text[q.start:q.end]
    if not (token.isdigit() and len(token) <= 2):
        return False
    before = fold(text[max(0, q.start - 12):q.start]).rstrip()
    return any(m.endswith(".") and before.endswith(m) and (len(before) == len(m) or not before[-len(m) - 1].isalnum())
               for m in lang.months)


_CLOSING_QUOTES = "\"'”’»›」』"
#: The word before an edition's number: an acronym in capitals ("EMMA 5", "HAECHI 4").
_ACRONYM_BEFORE = regex.compile(r"(?<![\w-])\p{Lu}{2,}[\s\u00a0]$")
_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}][\s\u00a0-]?$")


def _an_age_bracket(text: str, q: Quantity, lang: Language) -> bool:
    """Whether a multiple of ten up to ninety has a word of the language's ``decades`` written onto it ("60대 이상",
    "80代女性"): an age bracket, no count; but not after a noun of things counted ("서버 20대", twenty servers)."""
    if not lang.decades or not (10 <= q.value <= 90 and q.value % 10 == 0) or not text[q.start:q.end].isdigit():
        return False
    if not fold(text[q.end:q.end + 4]).startswith(lang.decades):
        return False
    before = fold(text[max(0, q.start - 20):q.start]).split()
    things = _nouns_of(_THINGS_COUNTED, lang)
    return not (before and things and before[-1].startswith(things))


def _of_an_earlier_period(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether a word of the language's ``earlier`` (an earlier period or edition: "a year earlier", "im Vorjahr",
    "cùng kỳ năm trước") stands in the number's clause, or one of them or of its ``compared`` ("For comparison,",
    "Dla porównania:") in its sentence's opening words with no word of the article's own year or occasion between
    them and the number (``current``, ``this_time``: "this year", "this time"), or one of its ``recalled`` ("Напомним,")
    opening a sentence that names an earlier time: the number is compared with, no outcome of the article's."""
    start, end = _clause(doc, q.start, q.end)
    if lang.compared or lang.earlier:
        sent = doc.sentence_of(q.start)
        opening = _OPENING.sub("", fold(doc.text[sent.start:min(sent.end, sent.start + _COMPARED_REACH)]))
        if (_starts_a_word(opening, lang.earlier) or opening.startswith(lang.compared + lang.recalled)) \
                and not _starts_a_word(fold(doc.text[sent.start:max(q.start, end)]), lang.current + lang.this_time):
            return True  # "For comparison, the unit recorded 6,120 complaints in 2024", "La précédente édition de
            # l'opération, conduite en 2024, s'était soldée par 1 006 arrestations": the sentence's subject;
            # "Напомним, в октябре 2021 года … были задержаны 12 человек": recalled (but "Напомним, в ходе нынешней
            # операции …" names the article's own)
    if lang.last_year and lang.current and _last_years_in_this_years(doc, q, end, lang):
        return True
    clause = fold(doc.text[start:end])
    if not lang.earlier or not _starts_a_word(clause, lang.earlier):
        return False
    # the word of a time nearest the number governs it: "rose from 103 a year earlier to 300 this year" (103 earlier,
    # 300 this year's), "… im Vorjahr, diesmal 300"
    at = len(fold(doc.text[start:q.start]))
    span = len(fold(doc.text[start:q.end]))
    def nearest(words):
        return min((min(abs(i - span), abs(i + len(w) - at)) for w in words if w for i in _positions(clause, w, 0)
                    if _word_at_start(clause, i)), default=None)
    earlier, own = nearest(lang.earlier), nearest(lang.current + lang.this_time)
    return earlier is not None and (own is None or earlier <= own)


def _last_years_in_this_years(doc: Document, q: Quantity, end: int, lang: Language) -> bool:
    """Whether a word of ``last_year`` stands in the number's clause before it (however long before) and one of
    ``current`` (a year, no occasion) elsewhere in its sentence: last year's count, set against this year's ("Loni policie
    evidovala podvody se škodou 2,9 miliardy korun, letos … ubývá", "पिछले वर्ष 2024 में … 37 मामले दर्ज हुए थे, जबकि
    इस साल …")."""
    sent = doc.sentence_of(q.start)
    ends = _break_ends(doc.text, sent.start, sent.end)
    i = bisect_right(ends, q.start)
    start = max(ends[i - 1] if i else sent.start, sent.start)
    if not _starts_a_word(fold(doc.text[start:q.start]), lang.last_year):
        return False  # (after the number it is as often the start of a period up to now: "… had defrauded victims of
        # $2 million since last year", "a gang that had been operating since last year")
    return _starts_a_word(fold(doc.text[sent.start:start]) + " " + fold(doc.text[end:sent.end]), lang.current)


#: What may stand before a sentence's first word: spaces, quotes, dashes, bullets.
_OPENING = re.compile(r"^[\s\"'“”„«»‘’\-–—•*]+")
#: How far into a sentence the words of ``compared`` are looked for (they open it).
_COMPARED_REACH = 40


def _names_an_edition(text: str, q: Quantity) -> bool:
    """Whether a small plain number ends a name: after a word and before a closing quote, or after an acronym."""
    if q.value >= 100 or q.value != q.value.to_integral_value() or not text[q.start].isdigit():
        return False  # editions are written in digits: "АФМ восемь курсов" counts
    before = text[max(0, q.start - 12):q.start]
    after = text[q.end:q.end + 2].lstrip()
    # an apostrophe with letters after it is an ending written on the number ("26'sı"), no closing quote
    return bool(after[:1] and after[0] in _CLOSING_QUOTES and not after[1:2].isalpha()
                and _WORD_BEFORE.search(before)) \
        or bool(_ACRONYM_BEFORE.search(before))


def match(doc: Document) -> list[tuple[Quantity, str, float]]:
    """Quantities that have a kind: ``(quantity, kind, confidence)``."""
    # the greatest end of the mentions starting at a quantity's start or before
    reach = _Holding((m.start, m.end) for m in doc.mentions)
    lang = language(doc.language)
    folded, origin = fold_with_offsets(doc.text)
    out = []
    quantities = tuple(find_quantities(doc))
    # names found over an amount of money, inside it ("RM20" of "RM20 juta"), are the amount: read the cues
    # around each number without them, or an amount they mask no more stands between a cue and the next one
    inside_amounts = [m for m in doc.mentions if any(
        q.unit not in (None, "%") and q.start <= m.start and m.end <= q.end for q in quantities)]
    cues_doc = doc.with_(mentions=tuple(m for m in doc.mentions if m not in inside_amounts)) \
        if inside_amounts else doc
    goals_said = any(w in folded for w in lang.goals)  # (no word of goals in the article: no number is a goal)
    labelled_end = -1  # where the last number after a label word ends ("धारा 420, 467 और 468": all three)
    judged: list[tuple[Quantity, tuple[str, float] | None]] = []  # the numbers classified, with their kind or None
    proportion_end = -1  # where the last proportion's second number ends
    handed = None  # a part said after its whole and the whole's kind, where the part has none of its own
    # where the numbers judged but no outcome start: counts of things seized as evidence (no kind, even from a list),
    # the values changes started from
    evidence: set[int] = set()
    for q, previous, following in zip(quantities, (None,) + quantities, quantities[1:] + (None,)):
        if following is not None and _a_proportion(folded, origin, q, following, lang):
            proportion_end = following.end
        if q.end <= proportion_end:
            continue  # "Siete de cada diez víctimas", "seven out of every ten": a proportion, no count
        if q.unit is None and previous is not None and _a_whole_after_its_part(folded, origin, previous, q, lang):
            continue  # "two of the three servers", "du iš trijų serverių": the whole, not what was done
        if q.unit is None and following is not None and _a_whole_before_its_part(doc, folded, origin, q, following, lang) \
                and not _done_to_the_whole(cues_doc, q, following, quantities, lang):
            if classify(cues_doc, following, quantities) is not None:
                continue  # "av 59 nye servere ble 58 tatt ned": of 59 servers, 58 were taken down (but "Dos 23
                # detidos, 14 foram intercetados …": where the part's clause gives it no kind, the whole's noun says
                # what it is)
            if _whole_word_after(doc, q, following, lang):
                whole_kind = classify(cues_doc, q, quantities)
                # the whole's kind read from the whole on (its noun, the part's clause) is the part's too ("26
                # वेबसाइटों में से 22 बंद की गईं", "26개 사이트 중 22개를 폐쇄": of 26 websites, 22 were closed); a kind
                # only a cue before the whole gives is the whole's own ("검거된 조직원 9명 중 7명은 … 송환됐다": of 9
                # arrested, 7 were sent home)
                if whole_kind is not None and kinds()[whole_kind[0]].least <= following.value \
                        and _kind_from_on(cues_doc, q, quantities) == whole_kind[0]:
                    handed = (following, whole_kind)
                    continue  # the word after the whole says it is one; its part, with no noun of its own, is
                    # what the whole's noun and the part's cue say
            elif (whole_kind := classify(cues_doc, q, quantities)) is not None \
                    and not (info := kinds()[whole_kind[0]]).persons and not info.money \
                    and info.least <= following.value and _kind_from_on(cues_doc, q, quantities) == whole_kind[0] \
                    and not _whole_turned(doc.text[q.end:following.start], whole_kind[0], lang) \
                    and _holds_a_cue(fold(doc.text[following.end:doc.sentence_of(following.start).end]), lang):
                # things counted by the whole's noun ("Of the 140 phishing sites, 126 have been blocked"): the part
                # is what was done to them (persons counted first keep their kind: "Dos 23 detidos, 14 foram …"),
                # where a cue after the part says something was ("Of the 300 servers seized, 120 were in Germany":
                # the whole's own word gives its kind, the part is where some were)
                handed = (following, whole_kind)
                continue
        if q.unit is None and (_after_a_label(doc.text, q.start, lang) or _before_a_label(doc.text, q, lang)
                               or ((labelled_end >= 0 and _LIST_GAP.fullmatch(fold(doc.text[labelled_end:q.start]))
                                    is not None or _list_joined(doc.text[labelled_end:q.start], lang, labelled_end))
                                   # (a number with its own noun after it counts: "בגיל 34 ו-120 קורבנות")
                                   and not _noun_counted_after(doc.text, q.end, lang))):
            labelled_end = q.end
            continue  # "section 420", "hotline 1326", "मात्रा ३११": a label
        labelled_end = -1
        if q.unit is None and not q.year_like and _of_time(folded, bisect_left(origin, q.end), lang):
            continue  # "18 months" in prison, "aged 23 to 58 years", "between 22 and 29 October" (but a year
            # before its word is a year: "в 2003 году", "2003年", only ever a founding year)
        if q.unit is None and _an_age_bracket(doc.text, q, lang):
            continue  # "피해자 가운데 60대 이상이", "20대 수거책": people in their sixties, twenties
        if q.unit is None and _an_age_after_a_name(doc, q, lang):
            continue  # "총책 A(38)씨", "Jan Kowalski (48)", "John Smith, 38,": a person's age
        if q.unit is None and _after_an_abbreviated_month(doc.text, q, lang):
            continue  # "ม.ค. 69" (January 2569), "Jan. 12": a year or a day
        if q.unit is None and (size := _DATA_SIZE.match(doc.text, q.end)) \
                and not _counts_people(doc.text[size.end():size.end() + 40], lang):
            continue  # "thu giữ hơn 80 GB dữ liệu", "2 TB of data": a size of data, no count (but "12 GB nationals")
        if _vague(doc.text, q, lang):
            continue  # "several hundred people", "sute de milioane de dolari", "数千万元": no number said
        if q.unit != "%" and _of_an_earlier_period(doc, q, lang):
            continue  # "Im Vorjahr hatte Österreich … 19 Festnahmen verzeichnet": compared with, no outcome
        if goals_said and _a_goal(doc, q, lang):
            continue  # "it aims to extend the operation to 25 countries", "피해액을 3천억원 이하로 낮추는 것이 목표", "the
            # goal is 1,000": a target, no outcome (nor one of a list)
        if q.unit is None and _names_an_edition(doc.text, q):
            continue  # "Africa Cyber Surge 2", «HAECHI 4», "EMMA 5": the number of a name
        if q.unit not in (None, "%") and _a_denomination(doc.text, q, lang):
            continue  # "billets de 500 euros", "৫০০ টাকার নোট": the face value of banknotes, no amount
        if q.unit not in (None, "%") and _each_ones(doc.text, q, lang):
            continue  # "50 mila euro per ogni vittima", "2 ہزار ڈالر فی شخص": each one's, no total
        if lang.versus and _compared_with(doc.text, q, lang):
            continue  # "92,6 tys. złośliwych domen, w porównaniu z 79,3 tys.": the value compared with, no outcome
        averaged = q.unit not in (None, "%") and _an_average(doc, q, lang)
        if averaged:
            evidence.add(q.start)  # "lost an average of £10,000", "átlagosan mintegy 12 millió forint": an average,
            # no total (judged still: a total listed after it takes its kind)
        changed = lang.change_from and _a_change_from(doc.text, q, quantities, lang)
        if changed:
            evidence.add(q.start)  # "하루 평균 243건에서 1천124건으로 늘었다": the value a change started from, no
            # outcome (judged still: the value it went to takes its kind)
            if averaged and following is not None:
                evidence.add(following.start)  # (an average's change goes to an average: "átlagos kár 1,079 millió
                # forintról 737 ezer forintra")
        # where the number starts: a currency symbol before it may be a name's end too ("US$97": "US")
        digit = _NUMBER_IN.search(doc.text, q.start, q.end)
        start = digit.start() if digit and digit.start() < q.end else q.start
        i = bisect_right(reach.starts, start)
        if i and (reach.reach[i - 1] > start or reach.reach[i - 1] >= q.end) and not _amount_taken_for_a_name(doc, q):
            continue  # "Serengeti 2.0": part of a name (held in a mention, or starting inside one)
        kc = classify(cues_doc, q, quantities)
        if kc is None and handed is not None and handed[0] is q:
            kc = handed[1]
        if kc is None and out:
            kc = _part_of_a_breakdown(doc, out, q, quantities, folded, origin)
        if kc is None and out and not _a_part_of(doc, out[-1][0], q, quantities):
            kc = _next_in_list(cues_doc, out[-1], q, lang)
        if kc is None:
            kc = _listed_after_a_colon(cues_doc, q, quantities, lang)
        if kc is not None and kc[0] == "infrastructure_taken_down" and _seized_evidence(cues_doc, q, lang):
            kc = None  # "polisi menyita 34 ponsel, 212 kartu SIM, 40 KTP palsu": things held, seized as evidence
            evidence.add(q.start)
        if changed and kc is not None and following is not None:
            handed = (following, kc)  # the value a change went to, with no cue of its own between, is of its kind:
            # "악성 앱 차단은 하루 64건에서 276건으로" (malicious apps blocked, from 64 to 276 a day)
        judged.append((q, kc))
        if kc:
            out.append((q, kc[0], kc[1]))
    shared = _lists_shared(doc, judged, _money_listed_before(doc, judged, out, lang), lang)
    return [m for m in shared if m[0].start not in evidence] if evidence else shared


#: Between two counts of a bare list ("12, 5 and 7 people", "12명, 5명, 7명이"): a comma or an "and", perhaps with
#: the counter the script writes onto each count.
_BARE_LIST_GAP = regex.compile(r"[^\W\d_]{0,2}\s*(?:,|、|，)?\s*")


def _lists_shared(doc: Document, judged: list, out: list, lang: Language) -> list:
    """The matches with the counts of a bare list given the kind of the list's counts that have one: "arrested 12,
    5 and 7 people", "12, 5 ve 7 kişi gözaltına alındı": one cue, before the list or after it, for all its counts.

    The counts follow one another with nothing but a comma or an "and" between them (and a counter written onto
    each, in scripts that write one), or, where verbs end the clause, that and the name of whose each count is
    ("警視庁が31人、大阪府警が18人、神奈川県警が9人を摘発した"); all the list's counts with a kind have the same one."""
    text = doc.text
    names = mentions_of(doc.mentions) if lang.verb_final else None
    places = mentions_of(doc.mentions)
    added = []
    run: list = []

    def close() -> None:
        kinds_of = {kc[0] for _, kc in run if kc}
        if len(run) < 2 or len(kinds_of) != 1:
            return
        kind = kinds_of.pop()
        info = kinds()[kind]
        for q, kc in run:
            if kc is None and info.least <= q.value <= info.most:
                added.append((q, kind, 0.5))

    for q, kc in judged:
        plain = q.unit is None and not q.year_like
        if run and plain and (_bare_list_gap(text[run[-1][0].end:q.start], lang)
                              or names is not None and _named_list_gap(text, run[-1][0].end, q.start, names, lang)
                              or _placed_list_gap(text, run[-1][0].end, q.start, places, lang)):
            run.append((q, kc))
            continue
        close()
        run = [(q, kc)] if plain else []
    close()
    if not added:
        return out
    return sorted(out + added, key=lambda m: (m[0].start, m[0].end))


def _bare_list_gap(gap: str, lang: Language) -> bool:
    """Whether ``gap`` joins two counts of a bare list: a comma or an "and", perhaps a counter before it."""
    if len(gap) > 12 or _NUMBER_IN.search(gap):
        return False
    m = _BARE_LIST_GAP.match(gap)
    rest = fold(gap[m.end():]).strip() if m else fold(gap).strip()
    has_comma = any(c in gap for c in ",、，")
    return (not rest and has_comma) or rest in lang.conjunctions


#: The longest gap (in characters) between two counts of a list, each after the name of whose it is.
_NAMED_LIST_GAP = 48
#: After that name, before its count: a particle or a case ending ("が", "isə", "র"), in letters.
_PARTICLE = regex.compile(r"[\s\u00a0]*(?:[-'’]?[\p{L}\p{M}]{1,4})?[\s\u00a0]*")


def _named_list_gap(text: str, start: int, end: int, names, lang: Language) -> bool:
    """Whether ``text[start:end]`` joins two counts of a list where each count follows the name of whose it is:
    a bare list's gap (see :func:`_bare_list_gap`), one name, perhaps a particle or a case ending after it
    ("31人、大阪府警が18人", "গ্রামীণফোনের ৫২ হাজার, রবির ৩৮ হাজার", "Honkonq polisi 153, Sinqapur polisi isə 86")."""
    if end - start > _NAMED_LIST_GAP or _NUMBER_IN.search(text, start, end):
        return False
    inside = names.overlapping(start, end)
    if not inside or any(m.start < start or m.end > end for m in inside):
        return False
    lo, hi = min(m.start for m in inside), max(m.end for m in inside)  # the name, and the names inside it
    if any(m.start > lo and not any(o.start <= m.start < o.end for o in inside if o is not m) for m in inside):
        return False  # two names apart
    return _bare_list_gap(text[start:lo], lang) and _PARTICLE.fullmatch(text, hi, end) is not None


def _placed_list_gap(text: str, start: int, end: int, names, lang: Language) -> bool:
    """Whether ``text[start:end]`` joins two counts of a list where each count is followed by the place it is of:
    perhaps an ending on the count, one place's name (perhaps with a word before it, "στη"), then a comma or an
    "and" ("6-ot Budapesten, 3-at Debrecenben és 2-t Miskolcon fogtak el", "80 Latvijoje ir 28 Lietuvoje")."""
    if end - start > _NAMED_LIST_GAP or _NUMBER_IN.search(text, start, end):
        return False
    inside = [m for m in names.overlapping(start, end) if m.start >= start and m.end <= end]
    if not inside or load_ontology().coarse_type(max(inside, key=lambda m: m.end - m.start).type) != "Location":
        return False
    lo, hi = min(m.start for m in inside), max(m.end for m in inside)
    return _PARTICLE.fullmatch(text, start, lo) is not None and _bare_list_gap(text[hi:end], lang)


#: An ending written onto a currency word before the banknotes' word ("টাকার নোট"), then the space or hyphen.
_ENDING_BEFORE_NOTES = regex.compile(r"[\p{L}\p{M}]{0,3}[\s\u00a0-]*")


def _a_denomination(text: str, q: Quantity, lang: Language) -> bool:
    """Whether an amount is the face value of banknotes: a word of the language's ``banknotes`` right after it
    ("৫০০ টাকার নোট", "500-euro notes") or right before it, a connector between ("billets de 500 euros")."""
    if not lang.banknotes:
        return False
    after = text[q.end:q.end + 40]
    after = fold(after[_ENDING_BEFORE_NOTES.match(after).end():])
    if after.startswith(lang.banknotes):
        return True
    words = fold(text[max(0, q.start - 40):q.start]).split()
    if words and words[-1] in lang.connectors:
        words.pop()
    return bool(words) and words[-1].startswith(lang.banknotes)


#: Where the words after an amount that make it each one's end: at no letter nor mark.
_WORD_ENDS = regex.compile(r"(?![\p{L}\p{M}])")


def _each_ones(text: str, q: Quantity, lang: Language) -> bool:
    """Whether an amount is each one's, no total: a word of the language's ``each`` right after it, a whole word
    ("50 mila euro per ogni vittima", "$500 per victim", "2 ہزار ڈالر فی شخص")."""
    return _a_word_right_after(text, q.end, lang.each)


def _a_word_right_after(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether one of folded ``words`` stands right after ``end`` of the text, a whole word."""
    after = fold(text[end:end + 40]).lstrip()
    return any(after.startswith(w) and _WORD_ENDS.match(after, len(w)) for w in words)


def _compared_with(text: str, q: Quantity, lang: Language) -> bool:
    """Whether a word of the language's ``versus`` stands right before a number, a word of a rough count or an
    article at most between ("w porównaniu z 79,3 tys.", "compared with more than 300", "frente a los 1.200"): the
    value the outcome is compared with."""
    before = fold(text[max(0, q.start - 40):q.start]).rstrip()
    rough = next((r for r in sorted(lang.approximate, key=len, reverse=True) if _ends_with_word(before, r)), None)
    if rough is not None:
        before = before[:-len(rough)].rstrip()
    words = before.split()
    if words and len(words[-1]) <= _ARTICLE and not any(before.endswith(w) for w in lang.versus):
        before = " ".join(words[:-1])  # ("frente a los", "up from the")
    return any(_ends_with_word(before, w) for w in lang.versus)


def _ends_with_word(folded: str, word: str) -> bool:
    """Whether folded text ends with ``word``, a whole word (no letter or digit right before it)."""
    return folded.endswith(word) and (len(folded) == len(word) or not folded[-len(word) - 1].isalnum())


#: The longest word taken for an article between a word of comparing and its number ("los", "the").
_ARTICLE = 3


def _an_average(doc: Document, q: Quantity, lang: Language) -> bool:
    """Whether an amount is an average or each one's, no total.

    - A word of the language's ``average`` among the five words of its clause right before it, no number and no "and"
      between ("lost an average of £10,000", "átlagosan mintegy 12 millió forint"; not "promised above-average
      returns and stole $12 million"), or right after it ("€5,000 on average");
    - a word of ``each_before`` before it in its clause, no number between ("each victim lost $8,000", "Mỗi nạn
      nhân bị lừa một triệu đồng", "Statystycznie każdy z nich stracił ok. 50 tys. zł")."""
    if not (lang.average or lang.each_before):
        return False
    start, _ = _clause(doc, q.start, q.end)
    said = fold(doc.text[start:q.start])
    if (numbers := list(_NUMBER_IN.finditer(said))):
        said = said[numbers[-1].end():]
    if lang.each_before:
        # (from the last comma or "and" on: "Mỗi nạn nhân bị lừa một triệu đồng, tổng cộng 3 tỷ đồng", each lost a
        # million, three billion in all)
        each_said = re.split(r"[,;]", said)[-1]
        joins_at = [m.end() for m in re.finditer(r"\S+", each_said) if m.group() in lang.conjunctions]
        each_said = each_said[joins_at[-1]:] if joins_at else each_said
        if any(_word_at_start(each_said, i) and len(each_said[i + len(w):].split()) <= _EACH_WORDS
               for w in lang.each_before for i in _positions(each_said, w, 0)):
            return True  # (the amount a few words after: not "devolverá a cada víctima parte de los 2 millones")
    if not lang.average:
        return False
    if _a_word_right_after(doc.text, q.end, lang.average):
        return True
    before = said[-_AVERAGE_BEFORE:]
    for w in lang.average:
        for i in _positions(before, w, 0):
            if not _word_at_start(before, i):
                continue
            between = before[i + len(w):]
            words = between.split()
            if is_unspaced(w[:1]):
                if len(between.strip()) <= _AVERAGE_UNSPACED:
                    return True
            elif len(words) <= _AVERAGE_WORDS and not any(x in lang.conjunctions for x in words):
                return True
    return False


#: How many characters before an amount a word that makes it an average may stand; how many words at
#: most stand between them, or characters in a script without spaces.
_AVERAGE_BEFORE = 60
_AVERAGE_WORDS = 5
_AVERAGE_UNSPACED = 12
#: How many words at most stand between a word of each one's and the amount after it.
_EACH_WORDS = 2


def _a_change_from(text: str, q: Quantity, quantities: tuple[Quantity, ...], lang: Language) -> bool:
    """Whether a number is the value a change started from: an ending of the language's ``change_from`` written onto
    its word (a counter or a currency at most before it), and the next number, of the same sort, right after it with
    an ending of ``change_to`` ("243건에서 1천124건으로" from 243 to 1,124, "62.9%에서 96.4%로", "2,104억 원에서
    1,640억 원으로", "2,898件から1万5,417件に", "243'ten 1.124'e")."""
    after = next((b for b in quantities if b.start >= q.end), None)
    if after is None or (q.unit is None) != (after.unit is None) or (q.unit == "%") != (after.unit == "%"):
        return False
    between = fold(text[q.end:after.start]).strip()
    # (a word of the time the second value is of may stand between: "지난해 1,200명에서 올해 3,400명으로")
    words = between.split()
    if len(words) > 1 and " ".join(words[1:]) in lang.current + lang.this_time:
        between = words[0]
    starts, ends = sorted(lang.change_from, key=len, reverse=True), sorted(lang.change_to, key=len, reverse=True)
    own = fold(text[q.start:q.end]) + between
    start_ending = next((e for e in starts if own.endswith(e)), None)
    if len(between) > _CHANGE_WORD or any(c.isspace() for c in between) or start_ending is None:
        return False
    rest = fold(text[after.end:after.end + _CHANGE_WORD + _RANGE_WORD])
    written_on = _WRITTEN_ON.match(rest).group()
    written = next((e for e in ends if 0 <= written_on.find(e) < _CHANGE_WORD // 2), None)
    ending = written_on.find(written) + len(written) if written else None
    theirs = fold(text[after.start:after.end])
    end_ending = next((e for e in ends if theirs.endswith(e)), None)
    if ending is None and end_ending is None:
        return False
    # both values of the same thing: the same counter or currency written on ("20か所から1200人に": from 20 places,
    # to 1,200 people, no change)
    theirs = theirs[:-len(end_ending)] if ending is None else theirs + written_on[:ending - len(written)]
    if _COUNTER_AT_END.search(own[:-len(start_ending)]).group() != _COUNTER_AT_END.search(theirs).group():
        return False
    # a word of a range's end after the second value makes the two a range: "3億円から5億円に上る" (amounts to 300 to
    # 500 million yen), "3 milyon TL'den 5 milyon TL'ye kadar", "5억원 사이"
    return not rest[ending or 0:].lstrip().startswith(lang.range_end)


#: How many characters at most a counter or currency and the ending of a change written onto a number take, and a
#: word of a range's end after them.
_CHANGE_WORD = 6
_RANGE_WORD = 8
#: The characters written onto a number, up to a space or the next digit; the letters ending a value's words.
_WRITTEN_ON = re.compile(r"[^\s\d]*")
_COUNTER_AT_END = regex.compile(r"[\p{L}\p{M}]*$")


def _a_part_of(doc: Document, whole: Quantity, q: Quantity, quantities: tuple[Quantity, ...]) -> bool:
    """Whether a count and the counts after it in its sentence add up to the figure before it: the whole broken
    down ("148 foreign nationals, 91 of them Chinese and 57 Taiwanese"), its parts no more of its kind."""
    if whole.unit is not None or q.unit is not None or q.value >= whole.value:
        return False
    sent = doc.sentence_of(q.start)
    total = Decimal(0)
    for other in quantities:
        if other.start < q.start or other.unit is not None or other.year_like:
            continue
        if other.start >= sent.end:
            break
        total += other.value
        if total == whole.value:
            return True
        if total > whole.value:
            return False
    return False


def _part_of_a_breakdown(doc: Document, out: list, q: Quantity, quantities: tuple[Quantity, ...],
                         folded: str, origin) -> tuple[str, float] | None:
    """The kind of a count that is a part of a figure's count broken down after it in its sentence: the counts
    after the figure, one after the other with no other number between, add up to it, and this one is among them
    ("συνελήφθησαν 17 άτομα, εκ των οποίων 11 στην Αττική, 4 στη Θεσσαλονίκη και 2 στην Πάτρα", "sulaikyti 108
    asmenys – 80 Latvijoje ir 28 Lietuvoje": arrested, each part as the whole). The whole the figure is a part of,
    said right after it, stands before the breakdown ("detuvieron a 33 de los 47 imputados: 19 en …, 9 en … y 5
    en …": the 33 broken down)."""
    if q.unit is not None or q.year_like:
        return None
    sent = doc.sentence_of(q.start)
    if (among := _among_them(doc, out, q, quantities)) is not None:
        return among
    for whole, kind, _ in reversed(out):
        if whole.start < sent.start:
            return None
        if whole.unit is not None or whole.value <= q.value:
            continue
        info = kinds()[kind]
        parts: list[Quantity] = []
        for other in quantities:
            if other.start < whole.end:
                continue
            if not parts and other.value > whole.value \
                    and _a_whole_after_its_part(folded, origin, whole, other, language(doc.language)):
                continue  # "33 de los 47": the figure's own whole
            if other.start >= sent.end or other.unit is not None or other.year_like or other.value >= whole.value:
                break
            if _counts_places(doc, other, ("places_counted", "countries")):
                continue  # "ditangkap di tiga daerah, yakni delapan orang di Jakarta, …", "נעצרו 23 חשודים בשלוש
                # מדינות: 9 בישראל, …": where, no part
            parts.append(other)
            if sum(p.value for p in parts) >= whole.value:
                break
        if sum(p.value for p in parts) == whole.value and q in parts and info.least <= q.value <= info.most \
                and any(_place_beside(doc, p) for p in parts):
            return kind, 0.5
    return None


def _counts_places(doc: Document, q: Quantity, of: tuple[str, ...] = ("places_counted",)) -> bool:
    """Whether the word right after a count is a cue of the places counted ("in three districts", "di tiga
    daerah"), or of another kind of ``of`` (countries)."""
    lang = language(doc.language)
    m = _FIRST_WORD.match(fold(doc.text[q.end:q.end + 40]))
    return m is not None and _a_cue_of(m.group(1), lang, kinds(), of)


def _among_them(doc: Document, out: list, q: Quantity, quantities: tuple[Quantity, ...]) -> tuple[str, float] | None:
    """The kind of a count in a sentence opened by a word of the language's ``among_them`` that breaks down, by
    places, the last figure of the sentence before ("… 1,142 பேர் கைது செய்யப்பட்டனர். அவர்களில் சென்னையில் 286
    பேர், கோவையில் 97 பேர், மதுரையில் 64 பேர் அடங்குவர்": among them, 286 in Chennai, 97 in Coimbatore …): every
    count of the sentence is a plain count less than that figure, all together no more than it, each beside a
    place; each takes its kind. Where a script without spaces is segmented at its spaces, the breakdown may go on
    over the next segments, each of places and their counts only ("จับกุมผู้ต้องหาได้ 24 ราย / แบ่งเป็นกรุงเทพมหานคร 11
    ราย / ชลบุรี 8 ราย / และเชียงราย 5 ราย")."""
    lang = language(doc.language)
    if not lang.among_them or not out:
        return None
    sent = doc.sentence_of(q.start)
    i = doc.sentences.index(sent)
    opener = i
    while True:
        start = doc.sentences[opener].start
        head = fold(doc.text[start:max(q.start, start) if opener == i else doc.sentences[opener].end]).lstrip()
        if any(head.startswith(w) and (is_unspaced(w[-1]) or not head[len(w):len(w) + 1].isalnum())
               for w in lang.among_them):
            break
        # a segment of places and their counts only goes on with the breakdown before it
        if opener == 0 or opener < i - _BREAKDOWN_SEGMENTS or not is_unspaced(doc.text[sent.start:sent.end].strip()[:1] or " "):
            return None
        if not _only_placed_counts(doc, doc.sentences[opener], quantities):
            return None
        opener -= 1
    before = [m for m in out if m[0].start < doc.sentences[opener].start]  # (not the parts read already)
    if not opener or not before:
        return None
    whole, kind, _ = before[-1]
    if not doc.sentences[opener - 1].start <= whole.start < doc.sentences[opener - 1].end \
            or whole.unit is not None or any(whole.end <= o.start < doc.sentences[opener].start for o in quantities):
        return None  # the figure is the last count of the sentence right before
    parts = [o for o in quantities if doc.sentences[opener].start <= o.start < sent.end]
    if any(p.unit is not None or p.year_like or p.value >= whole.value or not _place_beside(doc, p) for p in parts) \
            or sum(p.value for p in parts) > whole.value or not kinds()[kind].least <= q.value <= kinds()[kind].most:
        return None
    return kind, 0.5


#: How many segments a breakdown opened by "among them" may go on over, in a script segmented at its spaces.
_BREAKDOWN_SEGMENTS = 6


def _only_placed_counts(doc: Document, sent, quantities: tuple[Quantity, ...]) -> bool:
    """Whether a segment holds counts, every one a plain count beside a place, and is short (a place, its count and
    the classifier, perhaps an "and")."""
    inside = [o for o in quantities if sent.start <= o.start < sent.end]
    return bool(inside) and sent.end - sent.start <= 40 * len(inside) \
        and all(o.unit is None and not o.year_like and _place_beside(doc, o) for o in inside)


#: How far (in characters) from a part of a breakdown the place it is of may stand: after it, and before it.
PLACE_AFTER, PLACE_BEFORE = 20, 8


#: After a count, a word or two in small letters (a preposition, "jijini": in the city), then a name: where the count
#: is, in a script with capitals ("sedm v Ostravě", "41 jijini Kampala"), though no place of the gazetteer.
_NAME_PLACED = regex.compile(
    r"[\s\u00a0]+(?:[-–—][\s\u00a0]*)?(?P<words>(?:\p{Ll}{1,8}[\s\u00a0]+){1,2})(?P<name>\p{Lu}\p{Ll}\p{L}*)")


def _place_beside(doc: Document, q: Quantity) -> bool:
    """Whether the name of a place stands right after a count ("11 στην Αττική", "80 Latvijoje") or right before it
    ("சென்னையில் 286 பேர்"), or a name after a preposition right after it ("sedm v Ostravě"): the count is where, in
    a breakdown by places (not by men and women)."""
    ontology = load_ontology()
    return any(ontology.coarse_type(m.type) == "Location" and (
        q.end <= m.start <= q.end + PLACE_AFTER or q.start - PLACE_BEFORE <= m.end <= q.start)
        for m in mentions_of(doc.mentions).overlapping(q.start - PLACE_BEFORE - 40, q.end + PLACE_AFTER)) \
        or _name_placed(doc, q.end)


#: The most letters of the first of two words between a count and the name of where it is ("di kota Medan").
_PREPOSITION = 3


def _place_between(doc: Document, start: int, end: int) -> bool:
    """Whether the name of a place stands between ``start`` and ``end``."""
    ontology = load_ontology()
    return any(ontology.coarse_type(m.type) == "Location" and start <= m.start and m.end <= end
               for m in mentions_of(doc.mentions).overlapping(start, end))


def _name_placed(doc: Document, end: int) -> bool:
    """Whether a word or two in small letters and a capitalised name follow a count, the words no word for persons:
    "sedm v Ostravě", "41 jijini Kampala" (but "70 warga negara Vietnam": citizens of a country, no place)."""
    lang = language(doc.language)
    m = _NAME_PLACED.match(doc.text, end) if not lang.capitalised_nouns else None
    if m is None:
        return False  # (where every noun has a capital, a capital says no name: "12 mit Vorstrafen")
    # "12 in May", "19 on Monday": a month, a day, no place; "12 and Ghanaians 8": an "and" goes on to another item, no preposition
    words = fold(m.group("words")).split()
    if _counts_people(doc.text[end:end + 40], lang) or (name := fold(m.group("name"))) in lang.months or name in lang.weekdays \
            or any(w in lang.conjunctions for w in words) or len(words) > 1 and len(words[0]) > _PREPOSITION:
        return False  # (of two words, the first is a preposition: "di kota Medan", not "8 laptops in Abuja")
    # a name known as another thing than a place says by whom or where else: "19 by Interpol, 9 by Europol"
    ontology = load_ontology()
    return not any(ontology.coarse_type(n.type) not in ("Location", None)
                   for n in mentions_of(doc.mentions).overlapping(m.start("name"), m.end("name")))


#: The most characters between a whole said first and its part ("of the 140 fake websites identified, 128").
_PART_AFTER_WHOLE = 50


#: The commas of the scripts ("،" in Arabic script, "，" in Chinese): between a whole and its part, or before the whole.
_COMMAS = re.compile(r"[,،，]")


def _a_whole_before_its_part(doc: Document, folded: str, origin, q: Quantity, part: Quantity, lang: Language) -> bool:
    """Whether a count is the whole of the count after it, said first: a word of ``of_whole`` right before it,
    opening its clause (after a comma, an "and" or a "but", or at the sentence's start), and the next number of its
    sentence a smaller plain count, near, no clause break but a comma between ("men av 59 nye servere ble 58 tatt
    ned", "Of the 140 websites identified, 128 were taken down"): what was done is the part's."""
    if not (lang.of_whole or lang.of_whole_after) or q.year_like or part.unit is not None or part.year_like \
            or part.value >= q.value:
        return False
    if part.start - q.end > _PART_AFTER_WHOLE or doc.sentence_of(q.start) != doc.sentence_of(part.start):
        return False
    between = doc.text[q.end:part.start]
    if _CLAUSE_BREAK.search(_COMMAS.sub(" ", between)):
        return False
    if _whole_word_after(doc, q, part, lang):
        return True  # "২৬টি ভুয়ো ওয়েবসাইটের মধ্যে ২২টি বন্ধ করা হয়েছে", "81개 중 74개": the word after the whole
    sent = doc.sentence_of(q.start)
    words = _COMMAS.sub(" , ", folded[bisect_left(origin, sent.start):bisect_left(origin, q.start)]).split()
    for w in sorted(lang.of_whole, key=len, reverse=True):
        n = len(w.split())
        if words[-n:] == w.split():
            opener = words[:-n][-1:]
            return not opener or opener[0] == "," or opener[0] in lang.conjunctions or opener[0] in lang.clause_openers
    return False


def _done_to_the_whole(doc: Document, q: Quantity, part: Quantity, quantities: tuple[Quantity, ...],
                       lang: Language) -> bool:
    """Whether the words between a whole and its part say what was done to the whole, a cue of the whole's own kind
    among the verbs of deeds ("조직원 1,287명을 검거해 이 가운데 142명을 구속했다": 1,287 caught, 142 of them
    jailed; "Of the 1,287 detained, 142 were remanded"): the whole is a figure of its own, besides its part. The cue
    ends the whole's clause: a comma or the word of the whole after it ("Ze 26 obviněných policisté zadrželi 17
    lidí": of 26 accused, the police detained 17, the part's verb)."""
    found = classify(doc, q, quantities)
    if found is None or found[0] not in _DONE_KINDS:
        return False
    between = fold(doc.text[q.end:part.start])
    said = between.rstrip()
    closed = next((w for w in lang.of_whole_after if said.endswith(w)), None)
    for cue in lang.figure_cues.get(found[0], ()):
        for i in _positions(between, cue, 0) if cue else ():
            if not _word_at_start(between, i):
                continue
            rest = between[i + len(cue):]
            if _COMMAS.search(rest) or closed is not None and len(rest.rstrip()) > len(closed):
                return True
    return False


def _whole_turned(between: str, kind: str, lang: Language) -> bool:
    """Whether the words between a whole and its part say of the whole a word of a silent kind that turns another
    into ``kind``, the whole's ("Of the 140 phishing sites identified, 126 have been blocked": the 140 were found,
    a count of their own; the 126 are no finding. But "Of the 300 accounts identified, 120 were frozen")."""
    cues = _turning_cues(lang, kind)
    return any(fold(m.group()).startswith(cues) for m in re.finditer(r"\w[\w\-']*", between))


@lru_cache(maxsize=256)
def _turning_cues(lang: Language, into: str | None = None) -> tuple[str, ...]:
    """The cue words of the silent kinds that turn another kind ("identified": servers found are leads), of those
    turning one into ``into`` where it is given."""
    return tuple(c for k, info in kinds().items() if info.silent and info.turns
                 and (into is None or any(to == into for _, to in info.turns)) for c in lang.figure_cues.get(k, ()) if c)


def _kind_from_on(doc: Document, q: Quantity, quantities: tuple[Quantity, ...]) -> str | None:
    """The kind of a count read with the words of its sentence before it unread (blanked, the offsets kept), but
    for the word right before it, the noun counted where it goes first ("가짜 투자 사이트 214개 중 198개": sites)."""
    sent = doc.sentence_of(q.start)
    head = doc.text[sent.start:q.start].rstrip()
    space = max(head.rfind(" "), head.rfind("\u00a0"))
    kept = sent.start + space + 1 if space >= 0 else q.start  # (no word told apart in a script without spaces)
    text = doc.text[:sent.start] + " " * (kept - sent.start) + doc.text[kept:]
    found = classify(doc.with_(text=text), q, quantities)
    return found[0] if found else None


def _whole_word_after(doc: Document, q: Quantity, part: Quantity, lang: Language) -> bool:
    """Whether a word of ``of_whole_after`` ends what stands between a count and the next one ("26 वेबसाइटों में से
    22", "81개 중 74개", "1.420 sahte siteden 1.365'ine"): the first is the whole, said with the word after it, the
    second its part. Not past a comma: "12 şüpheli yakalanmış, bunlardan 10'u tutuklanmıştı" (12 caught, 10 of them
    jailed) says what was done to each. Nor, where the word is a case ending written onto the whole's noun, where
    the part counts a noun of its own written apart after it: "45 şüpheliden 30 cep telefonu ele geçirildi" (30
    phones seized from 45 suspects) counts other things (a part of the whole takes a case of its own: "1.365'ine",
    "100'ü")."""
    between = doc.text[q.end:part.start]
    said = fold(between).rstrip()
    ending = next((w for w in lang.of_whole_after if said.endswith(w)), None)
    if ending is None or _COMMAS.search(between):
        return False
    if len(said) > len(ending) and said[-len(ending) - 1].isalpha():
        right = doc.text[part.end:min(doc.sentence_of(part.start).end, part.end + 60)]  # its first word
        return not (right[:1].isspace() and _own_noun(right, lang) is not None)
    return True


def _a_proportion(folded: str, origin, q: Quantity, following: Quantity, lang: Language) -> bool:
    """Whether two plain numbers are a proportion: a word of ``of_every`` alone between them ("7 de cada 10")."""
    if not lang.of_every or q.unit is not None or following.unit is not None or q.year_like or following.year_like:
        return False
    gap = " ".join(folded[bisect_left(origin, q.end):bisect_left(origin, following.start)].split())
    return gap in lang.of_every


def _a_whole_after_its_part(folded: str, origin, part: Quantity, q: Quantity, lang: Language) -> bool:
    """Whether a number is the whole of the number before it, a word such as "of" between them ("2 of 3")."""
    if not lang.of_whole or q.year_like or part.unit is not None or q.unit is not None or q.value <= part.value:
        return False  # "3 millones de euros de más de 300 víctimas": an amount is no part of a count
    gap = re.sub(f"[{_BIDI}]", " ", folded[bisect_left(origin, part.end):bisect_left(origin, q.start)]).split()
    rough = next((w.split() for w in lang.approximate if len(gap) > len(w.split()) and gap[-len(w.split()):] == w.split()),
                 None)
    if rough is not None:
        gap = gap[:-len(rough)]  # "1.240 trong số gần 1.300": of nearly 1,300
    if len(gap) == 2 and gap[1] in lang.of_whole:
        # the noun said with both: "۳۷ سرور از ۴۵ سرور", 37 servers of 45 servers
        after = folded[bisect_left(origin, q.end):bisect_left(origin, q.end) + 40].split()
        return bool(after) and after[0] == gap[0]
    return bool(gap) and " ".join(gap) in lang.of_whole


#: The most characters between two counts of a list ("ni personer, Midt- og Vestjyllands Politi 14").
_LIST_ITEM = 60
#: The most characters between two amounts of a list ("426 млн рублей, в том числе в криптовалюте, 600 тыс.").
_MONEY_LIST_ITEM = 40


def _opened_by_including(between: str, lang: Language) -> bool:
    """Whether the words between two counts end with a word of the language's ``including`` ("8 personnes, dont 5",
    "12 people, including 4"): the second is some of the first."""
    tail = fold(between).strip(" ,:;\u00a0\t")
    return any(tail == w or tail.endswith(" " + w) or (is_unspaced(w[-1]) and tail.endswith(w))
               for w in lang.including if w and w not in lang.approximate)  # (de "etwa" is "about" too)


def _next_in_list(doc: Document, previous: tuple[Quantity, str, float], q: Quantity, lang: Language):
    """The kind of a count with no cue that goes on a list after a figure of its sentence, or None.

    "anholdt Fyns Politi ni personer, Midt- og Vestjyllands Politi 14, Nordjyllands Politi 15": each item
    names who, then the count; the items are joined by a comma or "and", hold no other number, and the
    count has no noun of its own after it ("5 servers, 12 laptops": laptops are no servers).
    """
    p, kind, _ = previous
    if p.unit not in (None, "%") and q.unit not in (None, "%") and 0 < q.start - p.end <= _MONEY_LIST_ITEM:
        # amounts of money listed one after the other ("600 тыс. долларов США, 500 тыс. евро"), perhaps with a
        # word on the one before ("426 млн рублей, в том числе в криптовалюте, 600 тыс. долларов"): of one kind
        return (kind, 0.5) if _money_listed(doc, p, q, lang, kind) else None
    if p.unit is not None or q.unit is not None or q.year_like or not 0 < q.start - p.end <= _LIST_ITEM:
        return None
    if doc.sentence_of(p.start) != doc.sentence_of(q.start):
        return None
    between = doc.text[p.end:q.start]
    if _NUMBER_IN.search(between) or not (
            "," in between or any(f" {w} " in f" {fold(between)} " for w in lang.conjunctions)
            or _LIST_OPENED.search(between)):  # "412 из них задержаны: 146 — в Минске, 58 — в Гомеле"
        return None
    if q.value < p.value and _opened_by_including(between, lang) \
            and _counts_people(doc.text[q.end:q.end + 40], lang) and not _place_beside(doc, q):
        return None  # "interpellé huit personnes, dont cinq ressortissants chinois": some of them, no second figure
        # (but where they were is a breakdown: "1.158 tersangka, di antaranya 318 orang di Jawa Barat")
    info = kinds()[kind]
    if not info.least <= q.value <= info.most:
        return None
    if q.value < info.least_in_words and not doc.text[q.start].isdigit():
        return None  # "40 de ţări din Asia, Europa de Sud-Est şi cele două Americi": the two Americas, no count
    sent = doc.sentence_of(q.start)
    after = doc.text[q.end:min(sent.end, q.end + 40)]
    first = _FIRST_WORD.match(after)
    if first and fold(first.group(1)) in lang.connectors:
        after = after[first.end():]  # "50 de dispozitive": the noun after the connector
    # a name right after the count, or right before it where the noun goes first, is where or whose the item is
    # ("24 walikamatwa Kakamega, 19 Bungoma na 14 jijini Nairobi"), no noun counted
    # "41 jijini Kampala, 27 wilayani Wakiso": a list of places, each after a preposition, no noun counted
    # (the item before names its place beside its count, or after its verb: "watuhumiwa 18 walikamatwa jijini Dar es
    # Salaam, 9 jijini Mwanza")
    placed = _name_placed(doc, q.end) and (_place_beside(doc, p) or _place_between(doc, p.end, q.start))
    named_after = _name_next(doc, q.end) or placed
    named_before = lang.noun_first and _name_before(doc, q.start)
    if (_own_noun(after, lang) is not None and not named_after) or kind in _blocked_of(doc, q, lang) \
            or (_own_noun_before(doc.text[p.end:q.start], lang) is not None and not named_before):
        return None  # "300 detenciones y la identificación de más de 400 sospechosos": no arrests
    if (_noun_of_another_kind(after, kind, lang) and not placed) or (_counts_people(after, lang) and not info.persons):
        return None  # "300 vítimas e 14 suspeitos": suspects are no victims; "30 servere …, og 4 personer"
    return kind, 0.5


def _listed_after_a_colon(doc: Document, q: Quantity, quantities: tuple[Quantity, ...],
                          lang: Language) -> tuple[str, float] | None:
    """The kind of the first count of a list by places opened by a colon, where the clause before the colon says
    what was done to persons and holds no count of them: "Watuhumiwa hao walikamatwa katika wilaya tatu: 41 jijini
    Kampala, 27 …" (the suspects were arrested in three districts: 41 in Kampala, …); the nearest cue of a kind
    counting persons before the colon gives it, and the list's other counts go on from it."""
    if q.unit is not None or q.year_like:
        return None
    sent = doc.sentence_of(q.start)
    head = doc.text[sent.start:q.start]
    colon = _LIST_OPENED.search(head)
    at = colon.start() if colon is not None else _colon_before_a_place(doc, sent.start, q.start)
    if at is None or not _place_beside(doc, q) or any(sent.start <= o.start and o.end <= sent.start + at and o.unit is None
                                                      and not o.year_like and o.value > q.value for o in quantities):
        return None  # "seized 40 laptops: 25 in Monday raids and 15 …": the list breaks down the count before the
        # colon, whose kind (or none) its parts take
    before = fold(head[:at])
    best = _last_cue(before, lang, kinds(),
                     lambda info: not info.silent and info.persons and info.least <= q.value <= info.most)
    if colon is None and best is not None \
            and _starts_a_word(before, lang.number_labels + lang.labels_after + lang.calling + _money_words(lang)):
        return None  # each place before its count: no numbers to call ("Victims can call the hotlines: Nigeria 112,
        # Ghana 191"), no amounts ("Losses reported by victims: Spain 300,000")
    return (best[1], 0.5) if best and len(before) - best[0] <= MAX_CUE_DISTANCE else None


@lru_cache(maxsize=64)
def _money_words(lang: Language) -> tuple[str, ...]:
    """The cues of the kinds of money of a language (what was lost, seized, …)."""
    return _nouns_of(tuple(k for k, info in kinds().items() if info.money), lang)


def _colon_before_a_place(doc: Document, start: int, end: int) -> int | None:
    """Where a colon stands (from ``start``) right before the name of a place that ends right before ``end``, the list's
    first count after its place ("Arrests by country: Ghana 68, Senegal 22"), or None."""
    ontology = load_ontology()
    for m in mentions_of(doc.mentions).overlapping(max(start, end - 80), end):
        if ontology.coarse_type(m.type) == "Location" and not doc.text[m.end:end].strip() \
                and (before := doc.text[start:m.start].rstrip()).endswith((":", "：")):
            return len(before) - 1
    return None


#: A list opened after a figure: a colon ending the words between it and the list's first count.
_LIST_OPENED = re.compile(r"[:：]\s*$")
#: What may stand between a count and a name after it: spaces, a dash, a preposition of one or two letters
#: ("146 — в Минске", "negen in Amsterdam").
_TO_A_NAME = regex.compile(r"[\s\u00a0]*(?:[-–—][\s\u00a0]*)?(?:\p{Ll}{1,2}[\s\u00a0]+)?")


def _name_next(doc: Document, end: int) -> bool:
    """Whether a name found (a mention) starts right after ``end``, perhaps past a dash or a short preposition."""
    start = _TO_A_NAME.match(doc.text, end).end()
    return start in _mention_edges(doc)[0]


def _name_before(doc: Document, start: int) -> bool:
    """Whether a name found (a mention) ends right before ``start``, a comma or spaces between."""
    k = start
    while k > 0 and doc.text[k - 1] in " \u00a0,":
        k -= 1
    return k in _mention_edges(doc)[1]


#: The mentions last asked about, with the sets of where they start and where they end.
_EDGES: list = [None, frozenset(), frozenset()]


def _mention_edges(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    """Where the document's mentions start and where they end (made once for its mentions, not at each count)."""
    if _EDGES[0] is not doc.mentions:
        _EDGES[:] = [doc.mentions, frozenset(m.start for m in doc.mentions), frozenset(m.end for m in doc.mentions)]
    return _EDGES[1], _EDGES[2]


def _money_listed(doc: Document, p: Quantity, q: Quantity, lang: Language, kind: str | None = None) -> bool:
    """Whether two amounts of money, ``p`` then ``q``, are listed one after the other: nothing between them but an
    "and", a word of a rough amount, or a comma in one sentence, perhaps with a word on the one before ("426 млн
    рублей, в том числе в криптовалюте, 600 тыс. долларов"); or, where ``kind`` is the one before's, a few words
    naming what each is, a comma or an "and" among them and no cue of another kind ("kryptowaluty o wartości ok. 640
    tys. zł, gotówkę w kwocie 212 tys. zł")."""
    between = fold(doc.text[p.end:q.start])
    if kind is not None and _items_of_a_list(between, lang, kind) and doc.sentence_of(p.start) == doc.sentence_of(q.start):
        return True
    word = between.strip(" ,;")
    if word in lang.approximate:
        word = ""  # "око милион долара, око 50.000 евра": each said roughly
    words = word.split()
    return not word or word in lang.conjunctions or (
        # an "and", then where the next is held: "külmutati 431 000 eurot ning krüptorahakottides 333 000
        # USA dollari" (froze 431,000 euros, and in crypto wallets 333,000 dollars); the words of accounts and
        # wallets say where, no kind of their own
        not _NUMBER_IN.search(between) and any(" ".join(words[:k]) in lang.conjunctions and len(words) - k <= 2
                                               and not _holds_a_cue(" ".join(words[k:]), lang, _held_in_kinds())
                                               for k in (1, 2))) or (
        between.rstrip().endswith(",") and not _NUMBER_IN.search(between)
        and doc.sentence_of(p.start) == doc.sentence_of(q.start))


def _items_of_a_list(between: str, lang: Language, kind: str) -> bool:
    """Whether folded ``between`` joins two items of a list of amounts of ``kind``: a comma or an "and", at most
    ``_LIST_ITEM_WORDS`` words, one of which names what the amount is (cash, assets), no number, no word opening a
    clause ("but", "while"), no cue of a kind but ``kind``, those of where money is held and those naming it."""
    if _NUMBER_IN.search(between):
        return False
    words = [w for w in _COMMAS.sub(" , ", between).split() if w not in lang.approximate]
    joins_ = [w for w in words if w == "," or w in lang.conjunctions]
    rest = [w for w in words if not (w == "," or w in lang.conjunctions)]
    # (no word setting the amounts against each other, making the second a part of the first or the end of a range:
    # "52 millions d'euros, contre 61 millions", "4,8 מיליון ש"ח, מתוכם 2.1 מיליון")
    named = " ".join(rest)
    if any(w in rest for w in lang.against + lang.between + lang.range_to) \
            or any(f" {w} " in f" {named} " for w in lang.among_them):
        return False
    return bool(joins_) and len(rest) <= _LIST_ITEM_WORDS and not _starts_a_word(named, lang.clause_openers) \
        and _holds_a_cue(named, lang, frozenset(k for k in lang.figure_cues if k not in _MONEY_NAMES)) \
        and not _holds_a_cue(named, lang, _held_in_kinds() | {kind} | _MONEY_NAMES)


#: The silent kinds whose cues name what money is (cash, assets), no deed.
_MONEY_NAMES = frozenset({"cash", "assets"})
#: The most words naming what the items of a list of amounts are, between two of them.
_LIST_ITEM_WORDS = 4


def _money_listed_before(doc: Document, judged: list, out: list, lang: Language) -> list:
    """The matches with each amount of money that has no kind given the kind of the amount listed right after it:
    "18 milyon lira nakit, 37 bin dolar ve 142 cep telefonu ele geçirildi" (seized, the verb after the list), each
    item the kind the one after it was given, back to the list's first ("12 milyon lira, 86 bin dolar ve 40 bin
    avro nakit … ele geçirildi")."""
    added = []
    given = None  # the kind given to the amount after the one judged (read from the list's end)
    for (p, kp), (q, kq) in zip(reversed(judged[:-1]), reversed(judged[1:])):
        kind = kq[0] if kq is not None else given
        given = None
        if kp is None and kind is not None and p.unit not in (None, "%") and q.unit not in (None, "%") \
                and 0 < q.start - p.end <= _MONEY_LIST_ITEM and _money_listed(doc, p, q, lang):
            added.append((p, kind, 0.5))
            given = kind
    if not added:
        return out
    return sorted(out + added, key=lambda m: (m[0].start, m[0].end))


def _holds_a_cue(folded: str, lang: Language, besides: frozenset[str] = frozenset()) -> bool:
    """Whether a word of folded ``folded`` starts with a cue of any kind but ``besides``, silent ones too ("was
    fined")."""
    words = folded.split()
    table = kinds()
    said = [cues for k, cues in lang.figure_cues.items() if not (k in table and table[k].owner) and k not in besides]
    return any(w.startswith(c) for cues in said for c in cues if c for w in words) or any(
        c in folded for cues in said for c in cues if " " in c)


@lru_cache(maxsize=1)
def _held_in_kinds() -> frozenset[str]:
    """The kinds whose cues name where money is held (accounts, wallets, assets): those of any kind's ``held_in``."""
    return frozenset(k for info in kinds().values() for k, _ in info.held_in)


def _noun_of_another_kind(after: str, kind: str, lang: Language) -> bool:
    """Whether the word right after a count is a cue of some kind, none of them ``kind``."""
    m = _FIRST_WORD.match(after)
    if not m or is_unspaced(m.group(1)[0]):
        return False
    word = fold(m.group(1))
    table = kinds()
    kinds_named = {k for k, cues in lang.figure_cues.items()
                   if not (k in table and table[k].owner) and any(c and word.startswith(c) for c in cues)}
    return bool(kinds_named) and kind not in kinds_named


def _amount_taken_for_a_name(doc: Document, q: Quantity) -> bool:
    """Whether the names over an amount of money are all inside it ("RM20" of "RM20 juta"): no name then."""
    if q.unit in (None, "%"):
        return False
    over = mentions_of(doc.mentions).overlapping(q.start, q.end)
    return bool(over) and all(q.start <= m.start and m.end <= q.end for m in over)


_LIST_GAP = re.compile(r"[\s,;/]{1,4}")


def _list_joined(between: str, lang: Language, labelled_end: int) -> bool:
    """Whether ``between`` is the "and" of a list of labels ("420, 467 और 468") or the "to" of a range ("berusia 18
    hingga 63")."""
    if labelled_end < 0:
        return False
    word = fold(between).strip(" ,")
    return bool(word) and (word in lang.conjunctions or word in lang.range_to)


def _after_a_label(text: str, start: int, lang: Language) -> bool:
    """Whether the word right before a number makes it a label ("section 420", "hotline 1326", "§ 263")."""
    before = fold(text[max(0, start - 30):start].rstrip(" \u00a0"))
    if before.endswith("§"):
        return True
    if _label_ends(before, lang):
        return True
    # a name in capitals and a short word may stand between the label and its number ("talian NSRC di 997", "the
    # hotline at 997"; not "the article said 300")
    raw = text[max(0, start - 40):start].rstrip(" \u00a0")
    short = _SHORT_WORDS_BEFORE.search(raw)
    return bool(short) and short.start() > 0 and _label_ends(fold(raw[:short.start()].rstrip()), lang)


#: The words after a number a word of the language's ``labels_after`` may stand among ("156 Jandarma İmdat Hattı'na").
_LABEL_AFTER_WORDS = 3


def _before_a_label(text: str, q: Quantity, lang: Language) -> bool:
    """Whether a number written with no separator is a label named by a word of the language's ``labels_after`` among
    the few words after it, in its clause ("the 1930 helpline", "৯৯৯-এ ফোন করার", "156 Jandarma İmdat Hattı'na"): a
    number to call, no count."""
    if not lang.labels_after or not text[q.start:q.end].isdigit():
        return False
    after = text[q.end:q.end + 60].lstrip("-'’")  # a case ending written onto the number ("৯৯৯-এ")
    if _ORDINAL_DOT.match(after):
        after = after[1:]  # the dot of an ordinal before a word in lowercase ("158. maddesinde", the 158th article)
    if after[:1] and is_unspaced(after[0]):
        # a script without spaces: the word among the few characters before the clause ends ("96110预警劝阻专线"), no
        # counter nor word for persons written on the number ("300名受害人拨打专线": 300 victims called the hotline)
        head = re.split(r"[,，、。;；:：!！?？\s]", fold(after), maxsplit=1)[0][:_LABEL_AFTER_UNSPACED]
        if head.startswith(_written_on_words(lang)):
            return False
        return any(head.startswith(w) or len(w) > 1 and w in head for w in lang.labels_after)  # ("110番", not
        # "1200の電話番号": a word of one character right after the number only)
    words = fold(after).split()[:_LABEL_AFTER_WORDS + 3]
    if words and _is_people(words[0], lang):
        return False  # persons counted: "২০০০ জনকে ফোন করে" (called 2,000 people)
    for i, word in enumerate(words[:_LABEL_AFTER_WORDS]):
        if " ".join(words[i:]).startswith(lang.labels_after):
            return True
        if any(c in word for c in ",;.:!?"):
            return False  # the clause ends
    return False


#: How many characters after a number written without spaces a word of ``labels_after`` may end in.
_LABEL_AFTER_UNSPACED = 10
#: The dot of an ordinal right after a number: a word in lowercase after it and a space.
_ORDINAL_DOT = regex.compile(r"\.\s+\p{Ll}")


#: At the end of a stretch, after a space: an acronym, a word of three letters at most, or the one then the other.
_SHORT_WORDS_BEFORE = regex.compile(r"(?<=\s)(?:\p{Lu}{2,6}(?:\s+\p{Ll}{1,3})?|\p{Ll}{1,3})$")


def _label_ends(before: str, lang: Language) -> bool:
    """Whether folded ``before`` ends with a word of the language's ``labels``."""
    for label in lang.number_labels:
        if before.endswith(label):
            i = len(before) - len(label)
            if i == 0 or not joins(before[i - 1], before[i]) or is_unspaced(before[i]):
                return True
    return False


def set_annotations(doc: Document, found: list[tuple[Quantity, str, float]]) -> Document:
    """Figures for the matches; a figure repeated in a document is kept once."""
    figures: dict[tuple, Figure] = {}
    units = currency_units()
    for q, kind, confidence in found:
        value, unit = q.value, q.unit
        if unit in units:  # a unit with no ISO code, as so many of one that has ("IRT": ten rials)
            unit, factor = units[unit]
            value *= factor
        key = (kind, value, unit)
        if key in figures:
            continue
        figures[key] = Figure(
            kind=kind, value=_plain(value),
            doc_id=doc.id, start=q.start, end=q.end, text=doc.text[q.start:q.end], unit=unit,
            about=attach(doc, q, kind), confidence=confidence, method="figures:cue",
        )
    return doc.with_(figures=tuple(sorted(figures.values(), key=lambda f: (f.start, f.kind))))


def annotate(doc: Document) -> Document:
    """``set_annotations(doc, match(doc))``."""
    # a number times its scale keeps every digit (the default context rounds to 28): no number or product of
    # the text has more digits than the text has characters, with its scales (the stage only adds and multiplies)
    with localcontext() as context:
        context.prec = max(context.prec, len(doc.text) + EXTRA_DIGITS)
        return set_annotations(doc, match(doc))


#: Digits beyond the text's length that a product of a number and its scales may have.
EXTRA_DIGITS = 100

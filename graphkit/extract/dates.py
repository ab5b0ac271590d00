"""The dates stage: the article's publication date, and the dates and periods its text states.

Dates are read in any language from the text folded as the other stages fold
it (case, dashes, spaces), with the language's data:

- ISO dates, ``2023-03-28`` (also ``2023/03/28``), and ISO months, ``2024-03``;
- numeric dates in the language's ``order`` (``28.03.2023``, ``03/28/2023``);
  a reading that cannot be a date is tried the other way round;
- a day and a month name, with or without a year (``9 जनवरी``,
  ``13 noiembrie 2025``, ``1er mars 2023``, ``February 9, 2025``), and a month
  name with a year (``ตุลาคม 2025``, ``February 2025``). Month names are the
  ``[numbers] months`` of the language file together with the CLDR names of the
  language and its regional variants (babel, offline), which also number
  them: the file may list spelling variants and abbreviations in any order
  (see :func:`month_names`);
- a year alone, or a month name alone, only where a cue of the ``[dates]``
  table governs it (``en 2023``, ``ในปี 2025``, ``2002 में``, ``since March``),
  or where it follows such a date in a list (``ในปี 2024 และ 2025``). A month
  name alone must be capitalised where the language capitalises months
  ("May", not "may") and be four letters or more elsewhere (Romanian "mai" is
  also "more");
- periods: two years or dates joined by a dash (``2024-2025``, ``2024-25``,
  ``January–March 2025``, ``9-11 martie 2025``) or by a ``[dates] periods``
  template (``from January to March 2025``, ``2024 से 2025 तक``); the first
  date takes the year of the second where it has none.

Years above 2400 are Buddhist-era years where the language says
``buddhist_era = true`` (Thai ``2568`` is 2025). A year alone must lie in
1900–2100, a year of a fuller date in 1800–2100. A date written inside a
name (a mention) or a figure is no date. A day or month without a year takes
the year of an earlier date of its sentence, else the year that puts it
closest to the publication date; with neither it keeps no year (``--01-09``).

The publication date is a full date at the top of the article: at the start
of the first non-blank line, or alone on one of the first three lines, with
at most a label of ``[dates] labels`` before it (``date 2025-11-13 …``,
``2023-03-28`` on its own line). It is not a date of any statement.

Each relation's evidence and each figure gets the date (or period start)
stated in its sentence, the one nearest to the relation's entities or to the
figure; a year read as a ``founded`` figure dates only a founding
(``launchedBy``). A date opening the next sentence counts too when the two
were split without punctuation on one line (a Thai clause, ``… กรุงเทพฯ
ในเดือนกุมภาพันธ์ 2025``). When a sentence names exactly one operation and states exactly one
date, within 60 characters of the name, the date is the operation's
(``DateMention.about``).

Why a parser of its own rather than dateparser: measured on the five seeds,
``dateparser.search.search_dates`` (1.5, offline) took 276 ms warm (645 ms
cold, after a 0.26 s import) against about 10 ms warm here (about 90 ms on
first use, which loads CLDR's month names); it gives no offsets and
no precision (``en 2023`` became 2023-11-14, today's month and day); it found
"sa", "mai", "acum", "20,4" and "är en" as dates, missed ``กุมภาพันธ์ 2025``
and ``ตุลาคม 2025`` in Thai, every period (``în perioada 2024-2025``) and
Buddhist-era years (``2568`` stayed 2568).

Everything language-specific is data (``graphkit/data/lang/*.toml``).
"""

from __future__ import annotations

import calendar
import difflib
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import islice

from ..lang import Language, language
from ..model import DateMention, Document, Span
from ..ontology import load as load_ontology
from ..text import fold, fold_with_offsets, is_word_char, joins
from .spans import ByStart, SpanSet, mentions_of, sentences_of

#: Years a year standing alone (made a date by a cue) may have, common era.
BARE_YEARS = range(1900, 2101)
#: Years of a fuller date (with a month or day), common era.
YEARS = range(1800, 2101)
#: A year above this is of the Buddhist era, where the language uses it.
BUDDHIST_ERA_FROM = 2400
#: Buddhist era minus common era.
BUDDHIST_ERA_OFFSET = 543
#: Non-blank lines at the top of an article where a publication date may stand alone.
HEAD_LINES = 3
#: Most characters between an operation's name and a date for the date to be the operation's.
OPERATION_WINDOW = 60
#: Most characters before a date that opens the next clause for it to count in the clause before.
CLAUSE_OPENER = 12

_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
#: Characters folded on either side of a four-digit number or a month name.
_MARGIN = 48
_TERMINAL = set(".!?।॥。！？؟:;")
_CLOSERS = "\"'”’»)]」』 "


@dataclass(frozen=True)
class _Atom:
    """A date found in the folded text, before periods and cues are decided."""

    s: int
    e: int
    y: int | None
    m: int | None
    d: int | None
    rule: str
    until: tuple[int | None, int | None, int | None] | None = None  # a period's end

    @property
    def bare(self) -> bool:
        return self.rule in ("year", "month")


@dataclass(frozen=True)
class _Grammar:
    """A language's date patterns, built once from its data."""

    months: dict[str, int]
    capital_months: bool
    patterns: tuple[tuple[str, re.Pattern], ...]
    cues: tuple[tuple[str, str], ...]
    periods: tuple[tuple[str, str, str], ...]
    conjunctions: tuple[str, ...]


# ---------------------------------------------------------------- month names


@lru_cache(maxsize=64)
def _cldr_months(code: str) -> tuple[dict[str, int], bool]:
    """Month names of CLDR → number, and whether the language capitalises them.

    The names of the language and of its regional variants (Levantine Arabic
    "كانون الثاني", Maghrebi "جانفي"), format and stand-alone, wide and
    abbreviated. Empty for a language CLDR does not know. Read once from babel
    (English has a hundred regional variants), then loaded from the cache.
    """
    from ..cache import cached, package_stamp
    from ..text import slug

    return cached(f"months-{slug(code)}", lambda: _read_cldr_months(code), inputs=[package_stamp("babel"), code])


def _read_cldr_months(code: str) -> tuple[dict[str, int], bool]:
    from babel import Locale, UnknownLocaleError  # loaded on first use only
    from babel.localedata import locale_identifiers

    identifiers = [code] + sorted(i for i in locale_identifiers() if i.startswith(code + "_"))
    names: dict[str, int] = {}
    capital = False
    for identifier in identifiers:
        try:
            months = Locale.parse(identifier).months
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months.get(context, {}).get(width, {}).items():
                    if name.upper().startswith("M") and name[1:].isdigit():
                        continue  # "M01": CLDR's root has no names
                    if identifier == code and width == "wide" and name[:1].isupper():
                        capital = True
                    for form in {fold(name), fold(name).rstrip(".")}:
                        if len(form) >= 2:
                            names.setdefault(form, int(number))
    return names, capital


def _likeness(text: str, cldr: dict[str, int]) -> dict[int, float]:
    """How much ``text`` resembles the CLDR names of each month, 0–1."""
    out: dict[int, float] = {}
    for other, number in cldr.items():
        out[number] = max(out.get(number, 0.0), difflib.SequenceMatcher(None, text, other).ratio())
    return out


def _clear_best(scores: dict[int, float], floor: float) -> int | None:
    """The month with the highest score, if it reaches ``floor`` and no other month comes within 0.1."""
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < floor or (len(ranked) > 1 and ranked[1][1] > ranked[0][1] - 0.1):
        return None
    return ranked[0][0]


def _number_of(name: str, cldr: dict[str, int], listed: dict[str, int], previous: int) -> int | None:
    """The month a name of the language file stands for, or None when it names none.

    Its number where it has one ("tháng 1", "1월"); a CLDR name; the only month
    whose CLDR name is inside it ("de enero", ". januar"); not a month when it
    is part of the names of several ("月"); the only month whose name it
    abbreviates ("sept"); the month whose names it clearly resembles most (a
    spelling variant: फरवरी is फ़रवरी, "أفريل" is "أبريل"); else, as lists go
    in calendar order with variants after their month, the previous name's
    month or the next one, whichever it clearly resembles more ("jänner" is
    "januar"), when the name before it was numbered. A language CLDR does not
    know numbers its list in order.
    """
    numbers = [int(n) for n in re.findall(r"\d+", name)]
    if len(numbers) == 1 and 1 <= numbers[0] <= 12:
        return numbers[0]
    if name in cldr:
        return cldr[name]
    stem = name.strip(". ")
    following = previous % 12 + 1
    if not cldr:
        prefixed = {n for other, n in listed.items() if len(stem) >= 3 and other.startswith(stem)}
        return prefixed.pop() if len(prefixed) == 1 else following
    inside = {n for other, n in cldr.items() if len(other) >= 3 and other in name}
    if len(inside) == 1:
        return inside.pop()
    if len({n for other, n in cldr.items() if stem in other}) > 1:
        return None  # a part of every month's name, such as 月
    prefixed = {n for other, n in cldr.items() if len(stem) >= 3 and other.startswith(stem)}
    if len(prefixed) == 1:
        return prefixed.pop()
    likeness = _likeness("".join(c for c in name if is_word_char(c)), cldr)
    best = _clear_best(likeness, 0.75)
    if best is None and previous:
        best = _clear_best({n: likeness.get(n, 0.0) for n in (previous, following)}, 0.5)
    return best


@lru_cache(maxsize=64)
def month_names(code: str) -> dict[str, int]:
    """Folded month names of a language → month number (1–12).

    The language file's ``[numbers] months`` and the CLDR names of the
    language; a listed word that names no month ("月", which only marks one)
    is left out.

    >>> month_names("hi")["फरवरी"], month_names("en")["sept"], month_names("th")["ต.ค."]
    (2, 9, 10)
    """
    cldr, _ = _cldr_months(code)
    listed: dict[str, int] = {}
    previous = 0
    for name in language(code).months:
        number = _number_of(name, cldr, listed, previous)
        previous = listed.setdefault(name, number) if number is not None else 0  # a gap breaks the order
    return {**cldr, **listed}


# ---------------------------------------------------------------- patterns


def _alternation(words, *, optional: bool = False) -> str:
    words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not words:
        return ""
    group = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    return group + "?" if optional else group


def _template(text: str) -> tuple[str, ...]:
    """The fixed parts of a template around its "{}" slots, without the spaces next to the slots."""
    parts = text.split("{}")
    out = [parts[0].rstrip()]
    out += [p.strip() for p in parts[1:-1]]
    out.append(parts[-1].lstrip())
    return tuple(out)


@lru_cache(maxsize=64)
def grammar(code: str) -> _Grammar:
    """The date patterns of a language (cached)."""
    lang = language(code)
    months = month_names(code)
    _, capital = _cldr_months(code)
    month = _alternation(months)
    ordinal = _alternation(lang.date_ordinals, optional=True)
    connector = _alternation(lang.connectors)
    conn = f"(?:{connector} )?" if connector else ""
    patterns = [
        ("years", r"(?P<y>\d{4}) ?[-/] ?(?P<y2>\d{4}|\d{2})"),
        ("iso", r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"),
        ("iso-month", r"(?P<y>\d{4})-(?P<m>\d{2})"),
        ("numeric", r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})"),
        ("year", r"(?P<y>\d{4})"),
    ]
    if month:
        patterns[4:4] = [
            ("day-month", rf"(?:(?P<d0>\d{{1,2}}){ordinal}\.? ?- ?)?(?P<d>\d{{1,2}}){ordinal}\.? ?{conn}(?P<m>{month})"
                          rf"(?:,? ?{conn}(?P<y>\d{{4}}))?"),
            ("month-day", rf"(?P<m>{month}) (?P<d>\d{{1,2}}){ordinal}(?:,? (?P<y>\d{{4}}))?"),
            ("month-year", rf"(?P<m>{month}),? ?{conn}(?P<y>\d{{4}})"),
            ("month", rf"(?P<m>{month})"),
        ]
    periods = sorted((_template(t) for t in lang.date_periods), key=lambda p: -sum(map(len, p)))
    cues = sorted((_template(t) for t in lang.date_cues), key=lambda c: -sum(map(len, c)))
    return _Grammar(
        months=months,
        capital_months=capital,
        patterns=tuple((rule, re.compile(p)) for rule, p in patterns),
        cues=tuple(cues),
        periods=tuple(periods),
        conjunctions=tuple(lang.conjunctions) + (",",),
    )


# ---------------------------------------------------------------- atoms


def _year(y: int, lang: Language, *, bare: bool) -> int | None:
    """A written year in the common era, or None when it cannot be one."""
    if lang.buddhist_era and y > BUDDHIST_ERA_FROM:
        y -= BUDDHIST_ERA_OFFSET
    return y if y in (BARE_YEARS if bare else YEARS) else None


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        if m is None or d < 1:
            return False
        last = calendar.monthrange(y, m)[1] if y is not None else (29 if m == 2 else calendar.monthrange(2001, m)[1])
        if d > last:
            return False
    return True


def _bounded(f: str, s: int, e: int) -> bool:
    """Whether ``f[s:e]`` stands alone: not inside a word, a number or a longer date."""
    if s > 0:
        a = f[s - 1]
        if a.isdigit() or joins(a, f[s]) or (a in ".,/-" and s > 1 and f[s - 2].isdigit()):
            return False
    if e < len(f):
        b = f[e]
        if b.isdigit() or joins(f[e - 1], b) or (b in ".,/-" and e + 1 < len(f) and f[e + 1].isdigit()):
            return False
    return True


def _digits(text: str) -> int:
    """The value of digits of any script ("2025", "२००२", "๒๕๖๘")."""
    return int("".join(str(unicodedata.digit(c)) for c in text))


def _atom(rule: str, m: re.Match, text: str, origin: list[int], lang: Language, g: _Grammar) -> _Atom | None:
    """The date a pattern's match stands for, or None when it is not a valid one."""
    s, e = m.span()
    get = m.groupdict()
    month = g.months.get(get["m"]) if get.get("m") and not get["m"].isdigit() else None
    if rule == "years":
        y = _year(_digits(get["y"]), lang, bare=True)
        raw2 = _digits(get["y2"])
        if y is None:
            return None
        if len(get["y2"]) == 2:
            if raw2 <= 12:
                return None  # "2011-12" is December 2011 (ISO), not a period
            y2 = y // 100 * 100 + raw2
        else:
            y2 = _year(raw2, lang, bare=True)
        if y2 is None or y2 <= y:
            return None
        return _Atom(s, e, y, None, None, "years", (y2, None, None))
    if rule == "year":
        y = _year(_digits(get["y"]), lang, bare=True)
        return _Atom(s, e, y, None, None, "year") if y is not None else None
    if rule == "month":
        if not _month_alone_ok(text[origin[s]:origin[e]], g):
            return None
        return _Atom(s, e, None, month, None, "month")
    y = _year(_digits(get["y"]), lang, bare=False) if get.get("y") else None
    if get.get("y") and y is None:
        return None
    if rule in ("iso", "iso-month"):
        m_, d_ = _digits(get["m"]), (_digits(get["d"]) if get.get("d") else None)
        return _Atom(s, e, y, m_, d_, rule) if _valid(y, m_, d_) else None
    if rule == "numeric":
        a, b = _digits(get["a"]), _digits(get["b"])
        first = (b, a) if lang.date_order == "MDY" else (a, b)  # (day, month)
        for d_, m_ in (first, first[::-1]):
            if _valid(y, m_, d_):
                return _Atom(s, e, y, m_, d_, rule)
        return None
    d_ = _digits(get["d"]) if get.get("d") else None
    if rule == "month-day" and y is None and lang.date_order != "MDY":
        return None
    if not _valid(y, month, d_):
        return None
    if get.get("d0"):
        d0 = _digits(get["d0"])
        if not (_valid(y, month, d0) and d0 < d_):
            return None
        return _Atom(s, e, y, month, d0, "day-range", (y, month, d_))
    return _Atom(s, e, y, month, d_, rule)


def _month_alone_ok(surface: str, g: _Grammar) -> bool:
    """A month name alone is a date only when it cannot be an ordinary word.

    Where the language capitalises month names ("May"), it must be written so;
    elsewhere it must be at least four letters long (Romanian "mai" is also "more").
    """
    if g.capital_months:
        return surface[:1].isupper()
    return len(surface.rstrip(".")) >= 4


def _atoms(f: str, text: str, origin: list[int], lang: Language, g: _Grammar) -> list[_Atom]:
    """The longest dates of the folded text, not overlapping each other."""
    found: list[tuple[int, int, _Atom]] = []
    for priority, (rule, pattern) in enumerate(g.patterns):
        pos = 0
        while (m := pattern.search(f, pos)) is not None:
            pos = m.start() + 1  # overlapping matches: a longer date may start inside a shorter one
            if not _bounded(f, m.start(), m.end()):
                continue
            atom = _atom(rule, m, text, origin, lang, g)
            if atom is not None:
                found.append((-(atom.e - atom.s), priority, atom))
    chosen: list[_Atom] = []
    taken = SpanSet()
    for _, _, atom in sorted(found, key=lambda t: (t[0], t[1], t[2].s)):
        if taken.overlaps(atom.s, atom.e):
            continue
        chosen.append(atom)
        taken.add(atom.s, atom.e)
    return sorted(chosen, key=lambda a: a.s)


# ---------------------------------------------------------------- cues and periods


def _before(f: str, s: int, word: str) -> int | None:
    """Where ``word`` starts if it ends right before ``s`` (a space between allowed), else None."""
    k = s - 1 if s > 0 and f[s - 1] == " " else s
    if not word:
        return s
    if not f.endswith(word, 0, k):
        return None
    b = k - len(word)
    if b > 0 and joins(f[b - 1], f[b]):
        return None
    return b


def _after(f: str, e: int, word: str) -> int | None:
    """Where ``word`` ends if it starts right after ``e`` (a space between allowed), else None."""
    k = e + 1 if e < len(f) and f[e] == " " else e
    if not word:
        return e
    if not f.startswith(word, k):
        return None
    a = k + len(word)
    if a < len(f) and joins(f[a - 1], f[a]):
        return None
    return a


def _governed(f: str, atom: _Atom, g: _Grammar) -> bool:
    """Whether a cue ("in {}", "{} में") governs a year or month standing alone."""
    return any(_before(f, atom.s, pre) is not None and _after(f, atom.e, post) is not None
               for pre, post in g.cues)


def year_governed(f: str, s: int, e: int, code: str) -> bool:
    """Whether a cue that names time governs the number at ``f[s:e]`` of folded text: two words or more before the
    slot ("v roce {}", "in the year {}"), or words after it only ("{} году"). The number is a year, whatever noun
    follows it ("V roce 2025 policisté evidovali …"; but "доступ к 2000 сайтам", "in 1950 accounts": a preposition
    names no time)."""
    return any((len(pre.split()) >= 2 or post and not pre) and _before(f, s, pre) is not None
               and _after(f, e, post) is not None for pre, post in grammar(code).cues)


def _joined(f: str, a: _Atom, b: _Atom, g: _Grammar) -> str | None:
    """How two neighbouring dates make one period: ``"dash"``, ``"template"``, or None."""
    gap = f[a.e:b.s].strip()
    if gap == "-":
        return "dash"
    for pre, mid, post in g.periods:
        if mid and gap == mid and _before(f, a.s, pre) is not None and _after(f, b.e, post) is not None:
            return "template"
    return None


def _period(a: _Atom, b: _Atom, how: str) -> _Atom | None:
    """The period from ``a`` to ``b``, the first taking the year (and month) of the second where it has none."""
    if a.until or b.until:
        return None
    y1, m1, d1 = a.y, a.m, a.d
    y2, m2, d2 = b.y, b.m, b.d
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if (m1 and m2 and m1 > m2) else y2  # "November to February 2025"
    if y2 is None and y1 is not None:
        y2 = y1 + 1 if (m1 and m2 and m2 < m1) else y1
    if y1 is None or y2 is None or not (_valid(y1, m1, d1) and _valid(y2, m2, d2)):
        return None
    if (y1, m1 or 1, d1 or 1) >= (y2, m2 or 12, d2 or 31):
        return None
    return _Atom(a.s, b.e, y1, m1, d1, f"period-{how}", (y2, m2, d2))


# ---------------------------------------------------------------- values


def iso(y: int | None, m: int | None, d: int | None) -> str:
    """An ISO 8601 value with its precision: ``2023``, ``2025-02``, ``2025-11-13``, ``--01-09``, ``--04``."""
    head = f"{y:04d}" if y is not None else "-"
    if m is None:
        return head
    return f"{head}-{m:02d}" + (f"-{d:02d}" if d is not None else "")


def _closest_year(m: int, d: int | None, published: str) -> int:
    """The year that puts month ``m`` (day ``d``) closest to the publication date."""
    py, pm, pd = (int(x) for x in (published.split("-") + ["1", "1"])[:3])
    ref = date(py, pm, pd)

    def distance(y: int) -> int:
        day = min(d or 15, calendar.monthrange(y, m)[1])
        return abs((date(y, m, day) - ref).days)

    return min((py - 1, py, py + 1), key=lambda y: (distance(y), -y))


# ---------------------------------------------------------------- the stage


def _windows(text: str, g: _Grammar) -> list[tuple[int, int]]:
    """Stretches of the text that may hold a date: around each four-digit number and month name.

    Folding the whole text is what costs most; only these stretches are
    folded, with room for cue words, and widened to white space.
    """
    low = text.lower()
    if len(low) != len(text):
        return [(0, len(text))]  # lower-casing changed lengths ("İ"): fold it all
    hits = [m.start() for m in _FOUR_DIGITS.finditer(text)]
    for name in g.months:
        i = low.find(name)
        while i != -1:
            hits.append(i)
            i = low.find(name, i + 1)
    windows: list[list[int]] = []
    for h in sorted(hits):
        lo, hi = max(0, h - _MARGIN), min(len(text), h + _MARGIN)
        # widened to white space, no farther back than the window before (they are one then), nor forward
        # from inside it (it was widened from there): a text without spaces is read once, not for each hit
        floor = windows[-1][1] if windows else 0
        while lo > floor and not text[lo - 1].isspace():
            lo -= 1
        if windows and hi <= windows[-1][1]:
            hi = windows[-1][1]
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


def _read(text: str, lo: int, hi: int, lang: Language, g: _Grammar,
          blocked: SpanSet | list[tuple[int, int]]) -> list[DateMention]:
    """The dates of ``text[lo:hi]``."""
    f, origin = fold_with_offsets(text[lo:hi])
    origin = [o + lo for o in origin]
    if not isinstance(blocked, SpanSet):
        blocked = SpanSet(blocked)
    # a date inside a name ("Cyber Week 2024") or a figure ("1.209 arestări") is no date
    atoms = [a for a in _atoms(f, text, origin, lang, g) if not blocked.overlaps(origin[a.s], origin[a.e])]

    # periods: neighbours joined by a dash or a template
    merged: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and (how := _joined(f, a, atoms[i + 1], g)):
            period = _period(a, atoms[i + 1], how)
            if period is not None:
                merged.append(period)
                i += 2
                continue
        merged.append(a)
        i += 1

    # a year or a month alone needs a cue, or a date of its kind before it in a list
    accepted: list[tuple[_Atom, str]] = []
    for a in merged:
        if a.bare:
            if _governed(f, a, g):
                accepted.append((a, "cue"))
                continue
            prev = accepted[-1][0] if accepted else None
            if prev is not None and prev.rule == a.rule and f[prev.e:a.s].strip() in g.conjunctions:
                accepted.append((a, "list"))
            continue
        accepted.append((a, a.rule))

    return [
        DateMention(start=origin[a.s], end=origin[a.e], text=text[origin[a.s]:origin[a.e]],
                    value=iso(a.y, a.m, a.d), end_value=_period_end(a), method=f"dates:{how}")
        for a, how in accepted
    ]


def _period_end(a: _Atom) -> str | None:
    """A period's end, only if it comes after its start ("February-February 2024" is one month, not a period)."""
    if not a.until:
        return None
    start, end = iso(a.y, a.m, a.d), iso(*a.until)
    return end if end > start else None


def match(doc: Document) -> list[DateMention]:
    """The dates and periods the document's text states, in text order.

    >>> from graphkit.ingest import make_document
    >>> doc = make_document("În 2023, atlasul a fost lansat; în perioada 2024-2025 a crescut.", doc_id="t", language="ro")
    >>> [(d.text, d.value, d.end_value) for d in match(doc)]
    [('2023', '2023', None), ('2024-2025', '2024', '2025')]
    """
    lang = language(doc.language)
    g = grammar(lang.code)
    blocked = SpanSet([(m.start, m.end) for m in doc.mentions]
                      + [(x.start, x.end) for x in doc.figures if x.kind != "founded"])
    found: list[DateMention] = []
    for lo, hi in _windows(doc.text, g):
        found += _read(doc.text, lo, hi, lang, g, blocked)
    found = _resolve_years(doc, found, publication(doc, found))
    return _operations(doc, found)


def _resolve_years(doc: Document, found: list[DateMention], published: DateMention | None) -> list[DateMention]:
    """Days and months without a year take one from their sentence, else from the publication date."""
    out: list[DateMention] = []
    ordered = all(a.start <= b.start for a, b in zip(found, found[1:]))  # as match gives them
    dated: list[DateMention] = []  # those of ``out`` with a year, other than the publication date
    for dm in found:
        if dm.has_year:
            out.append(dm)
            if dm is not published:
                dated.append(dm)
            continue
        sentence = doc.sentence_of(dm.start)
        last = _last_dated(dated if ordered else out, sentence.start, dm.start, published, ordered)
        parts = dm.value.lstrip("-").split("-")
        m, d = int(parts[0]), (int(parts[1]) if len(parts) > 1 else None)
        if last is not None:
            y, how = int(last.value[:4]), "sentence"
        elif published is not None:
            y, how = _closest_year(m, d, published.value), "publication"
        else:
            out.append(dm)
            continue
        if d is not None and not _valid(y, m, d):
            out.append(dm)  # 29 February of a year without one
            continue
        out.append(replace(dm, value=iso(y, m, d), method=f"{dm.method};year-from-{how}"))
        dated.append(out[-1])
    return out


def _last_dated(out: list[DateMention], lo: int, hi: int, published: DateMention | None,
                ordered: bool) -> DateMention | None:
    """The last date of ``out`` with a year, starting in ``[lo, hi)``, other than the publication date.

    When ``out`` is in order of start, it is looked for from the end, down to ``lo``.
    """
    if not ordered:
        earlier = [x for x in out if x.has_year and lo <= x.start < hi and x is not published]
        return earlier[-1] if earlier else None
    for x in reversed(out):
        if x.start < lo:
            return None
        if x.has_year and x.start < hi and x is not published:
            return x
    return None


def publication(doc: Document, found: list[DateMention]) -> DateMention | None:
    """The publication date: a full date at the top of the article.

    At the start of the first non-blank line, or alone on one of the first
    ``HEAD_LINES`` non-blank lines, with nothing before it but a label of the
    language (``date``, ``published``). A date followed by a comma opens a
    sentence ("On 9 January 2025, Interpol …"): it is the date of that sentence.
    """
    labels = language(doc.language).date_labels
    text = doc.text
    # no label is longer than this many characters as written, punctuation and spaces aside (a character
    # folds to one at least, and at most four compose into one)
    longest = 4 * max((len(label.replace(" ", "")) for label in labels), default=0)
    lines = list(islice((m for m in re.finditer(r"[^\n]+", text) if m.group().strip()), HEAD_LINES))
    for i, line in enumerate(lines):
        # the dates of the line in their order, the characters before each counted once: on a long line
        # only the few dates that a label at most stands before are read further
        pos, weight = line.start(), 0
        for dm in sorted((d for d in found if line.start() <= d.start and d.end <= line.end()), key=lambda d: d.start):
            weight = _letters(text, pos, dm.start, weight, longest)
            pos = max(pos, dm.start)
            if weight > longest:
                break  # more than a label before it, and before the dates after it
            if dm.end_value or dm.precision != "day" or not dm.has_year or "year-from" in dm.method:
                continue
            before = fold(text[line.start():dm.start]).strip(" :,|-")
            if before and before not in labels:
                continue
            if _AFTER_DATE.fullmatch(text, dm.end, line.end()):
                return dm  # nothing after it but punctuation
            first = _NON_SPACE.search(text, dm.end, line.end())
            if i == 0 and (first is None or first.group() != ","):
                return dm  # the top line goes on, not as a sentence the date opens
    return None


#: What may stand after a publication date on its line (``str.strip`` of these leaves nothing).
_AFTER_DATE = re.compile(r"[ :,|\-–—.]*")
_NON_SPACE = re.compile(r"\S")


def _letters(text: str, start: int, end: int, count: int, limit: int) -> int:
    """``count`` plus the characters of ``text[start:end]`` that fold to more than spaces and the punctuation
    stripped around a label, counted until there are more than ``limit``."""
    for i in range(start, end):
        if not _blank(text[i]):
            count += 1
            if count > limit:
                break
    return count


@lru_cache(maxsize=4096)
def _blank(ch: str) -> bool:
    """Whether a character folds to nothing but spaces and the punctuation stripped around a label."""
    return not fold(ch).strip(" :,|-")


def _sentence_dates(doc: Document, dates: list[DateMention] | ByStart, start: int, end: int) -> list[DateMention]:
    """The dates of the text ``[start, end)``, and one opening the next clause of the same line.

    The next clause counts when the two were split without punctuation (Thai
    clauses are split at spaces) and only a cue stands before its date.
    ``dates`` may be given as their :class:`ByStart` index.
    """
    dates = dates if isinstance(dates, ByStart) else ByStart(dates)
    inside = dates.starting(start, end)
    last = _last_char(doc.text, start, end)
    if not last or last in _TERMINAL:
        return inside
    nxt = sentences_of(doc.sentences).first_from(end)
    if nxt is None or "\n" in doc.text[end:nxt.start]:
        return inside
    opener = next(iter(dates.starting(nxt.start, nxt.end)), None)
    if opener is not None and opener not in inside:
        gap = doc.text[nxt.start:opener.start]
        if len(gap) <= CLAUSE_OPENER and not any(c.isdigit() for c in gap):
            inside.append(opener)
    return inside


def _last_char(text: str, start: int, end: int) -> str:
    """``text[start:end].rstrip(_CLOSERS)[-1:]``, without copying the stretch."""
    start, end, _ = slice(start, end).indices(len(text))  # as the slice bounds them
    while end > start and text[end - 1] in _CLOSERS:
        end -= 1
    return text[end - 1] if end > start else ""


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


class _Nearest:
    """Dates, and which is nearest to some spans: the least distance, then the first start, then the first listed.

    Dates that follow each other without overlapping (as the stage finds them) are looked up by bisection for
    each span; others are all compared.
    """

    __slots__ = ("dates", "starts", "ends", "apart")

    def __init__(self, dates: list[DateMention]) -> None:
        self.dates = dates
        self.starts = [d.start for d in dates]
        self.ends = [d.end for d in dates]
        self.apart = (all(a < b for a, b in zip(self.starts, self.starts[1:]))
                      and all(a < b for a, b in zip(self.ends, self.ends[1:])))

    def best(self, spans) -> tuple[int, int, int] | None:
        """``(distance, start, index)`` of the date nearest to any of ``spans``, or None without dates."""
        if not self.dates:
            return None
        if not self.apart:
            return min((min(_distance((d.start, d.end), s) for s in spans), d.start, i) for i, d in enumerate(self.dates))
        best = None
        for a, b in spans:
            i = bisect_left(self.ends, a)  # the first date ending at the span's start or after
            if i < len(self.dates) and self.starts[i] <= b:
                found = (0, self.starts[i], i)  # it touches the span
            else:
                found = min(([(a - self.ends[i - 1], self.starts[i - 1], i - 1)] if i else [])
                            + ([(self.starts[i] - b, self.starts[i], i)] if i < len(self.dates) else []))
            if best is None or found < best:
                best = found
        return best


def _nearest(dates: list[DateMention], spans: list[tuple[int, int]]) -> DateMention | None:
    best = _Nearest(dates).best(spans)
    return dates[best[2]] if best is not None else None


def _operations(doc: Document, found: list[DateMention]) -> list[DateMention]:
    """Mark the date of an operation: the one date of a sentence that names exactly one operation."""
    ontology = load_ontology()
    published = publication(doc, found)
    usable = ByStart([d for d in found if d.has_year and d is not published])
    by_sentence: dict[Span, list] = {}
    for m in doc.mentions:
        if m.type == "Operation" or ontology.coarse_type(m.type) == "Operation":
            by_sentence.setdefault(doc.sentence_of(m.start), []).append(m)
    about: dict[int, str] = {}
    for sentence, ops in sorted(by_sentence.items(), key=lambda kv: kv[0].start):
        if len({m.key for m in ops}) != 1:
            continue
        dates = _sentence_dates(doc, usable, sentence.start, sentence.end)
        if len(dates) != 1:
            continue
        d = dates[0]
        if min(_distance((m.start, m.end), (d.start, d.end)) for m in ops) <= OPERATION_WINDOW:
            about.setdefault(id(d), ops[0].key)
    return [replace(d, about=about[id(d)]) if id(d) in about else d for d in found]


def set_annotations(doc: Document, found: list[DateMention]) -> Document:
    """The document with its dates, its publication date, and the date of each evidence and figure.

    An evidence takes the date of its sentence nearest to the mentions of its
    relation's entities; a figure the date nearest to it. The publication date
    and dates without a year are no statement's date, and a year read as a
    ``founded`` figure ("2002 में स्थापित") dates only a founding (``launchedBy``).
    """
    published = publication(doc, found)
    usable = [d for d in found if d.has_year and d is not published]
    founded = SpanSet((f.start, f.end) for f in doc.figures if f.kind == "founded")
    not_founding = ByStart([d for d in usable if not founded.overlaps(d.start, d.end)])
    usable = ByStart(usable)
    mentions = mentions_of(doc.mentions)
    # what a sentence gives, worked out once for it, not again for each relation or figure of a long one:
    # its dates, the spans of each entity named in it, and the date nearest to those of an entity
    of_sentence: dict[tuple, _Nearest] = {}
    names_in: dict[tuple[int, int], dict[str, list[tuple[int, int]]]] = {}
    nearest_to: dict[tuple, tuple[int, int, int] | None] = {}

    def dates_in(candidates: ByStart, start: int, end: int) -> _Nearest:
        key = (id(candidates), start, end)
        if key not in of_sentence:
            of_sentence[key] = _Nearest(_sentence_dates(doc, candidates, start, end))
        return of_sentence[key]

    def dated(nearest: _Nearest, best: tuple[int, int, int] | None) -> str | None:
        return nearest.dates[best[2]].value if best is not None else None

    relations = []
    for r in doc.relations:
        ev = r.evidence
        candidates = usable if r.predicate == "launchedBy" else not_founding
        nearest = dates_in(candidates, ev.start, ev.end)
        if (ev.start, ev.end) not in names_in:
            by_key: dict[str, list[tuple[int, int]]] = {}
            for m in mentions.starting(ev.start, ev.end):
                by_key.setdefault(m.key, []).append((m.start, m.end))
            names_in[(ev.start, ev.end)] = by_key
        by_key = names_in[(ev.start, ev.end)]
        # the date nearest to the names of either entity is the nearer of those nearest to each
        bests = []
        for key in {r.subject, r.object} & by_key.keys():
            memo = (id(candidates), ev.start, ev.end, key)
            if memo not in nearest_to:
                nearest_to[memo] = nearest.best(by_key[key])
            bests.append(nearest_to[memo])
        best = min((b for b in bests if b is not None), default=None) if bests else nearest.best([(ev.start, ev.start)])
        relations.append(replace(r, evidence=replace(ev, date=dated(nearest, best))))
    figures = []
    for fig in doc.figures:
        sentence = doc.sentence_of(fig.start)
        nearest = dates_in(usable, sentence.start, sentence.end)
        figures.append(replace(fig, date=dated(nearest, nearest.best([(fig.start, fig.end)]))))
    return doc.with_(
        dates=tuple(sorted(found, key=lambda d: (d.start, d.end))),
        published=published.value if published else None,
        relations=tuple(relations),
        figures=tuple(figures),
    )


def annotate(doc: Document) -> Document:
    """``set_annotations(doc, match(doc))``."""
    return set_annotations(doc, match(doc))

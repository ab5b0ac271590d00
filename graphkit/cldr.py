"""What the Unicode CLDR knows of a language, as a language table (through babel, offline).

For every language babel has: its English name, its number symbols (decimal
mark and group separator of its default numbering system), its scale words
(thousand, million, lakh, crore … from the long compact number formats), its month names
(format and stand-alone, wide and abbreviated), the order of its numeric
dates, and the names and symbols of the currencies its news writes about
(the world's main ones and those of the territories where it is spoken),
with their plural forms ("dólares", "долларов"), the word for a dollar
alone (the word the US, Australian and Canadian dollars' names share), and
the words of durations (year, month, week, day, hour, minute, in their plural forms:
"3 ani", "18 месяцев"), which tell a length of time from a count.

:func:`table` returns them in the shape of a language file
(``graphkit/data/lang/<code>.toml``), which :func:`graphkit.lang.language`
merges under the hand-written file, so that a language with no file still
reads dates, numbers and money. ``scripts/make_cldr_lang.py`` writes them to
``graphkit/data/lang/cldr/`` (the files the package reads, made by that step
and never by hand); :func:`table` is what it writes.
"""

from __future__ import annotations

import re
import unicodedata

#: Currencies every language's news writes about, most common first: a name shared by two
#: (the "dollar" of several countries) goes to the first.
MAIN_CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "CHF", "AUD", "CAD")
#: The currencies of the countries whose scams, police operations and losses this field's news reports in any
#: language ("12 tỷ đồng" in a Persian article, "3 millions de francs CFA", "сомов" in a Russian one): their names
#: in every language, and the word naming the unit alone ("đồng", "донга", "wons") where the language's names of
#: currencies show where that word stands.
NEWS_CURRENCIES = (
    "KRW", "VND", "THB", "PHP", "MYR", "IDR", "SGD", "HKD", "TWD", "KHR", "MMK", "LAK", "BDT", "PKR", "LKR", "NPR",
    "KZT", "KGS", "UZS", "TJS", "AZN", "GEL", "AMD", "BYN", "UAH", "MDL", "TRY", "ILS", "IRR", "AED", "SAR", "QAR",
    "KWD", "EGP", "MAD", "DZD", "TND", "NGN", "GHS", "KES", "TZS", "UGX", "ZAR", "ZMW", "ETB", "RWF", "XOF", "XAF",
    "MXN", "COP", "ARS", "CLP", "PEN", "PLN", "CZK", "HUF", "RON", "BGN", "RSD", "SEK", "NOK", "DKK")
#: The shortest word naming a currency's unit alone: shorter ones are also ordinary words after a number ("som" is
#: Swedish "as", "won" English "won", "kip", "lek").
_UNIT_WORD_LEAST = 4


def _letters(word: str) -> bool:
    return all(unicodedata.category(c)[0] in "LM" for c in word)


def languages() -> list[str]:
    """The codes of every language (no regional variant) babel has data for."""
    from babel.localedata import locale_identifiers

    return sorted(i for i in locale_identifiers() if re.fullmatch(r"[a-z]{2,3}", i) and i != "root")


def _official(code: str) -> list[str]:
    """The currencies of the territories where ``code`` is spoken by a fifth or more, or officially."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    out: list[str] = []
    for territory, langs in sorted(get_global("territory_languages").items()):
        info = langs.get(code)
        if not info or (not info.get("official_status") and (info.get("population_percent") or 0) < 20):
            continue
        for currency in get_territory_currencies(territory):
            if currency not in out:
                out.append(currency)
    return out


def _order(pattern: str) -> str:
    letters = [c for c in re.sub(r"'[^']*'", "", pattern) if c in "dMy"]
    order = "".join(dict.fromkeys({"d": "D", "M": "M", "y": "Y"}[c] for c in letters))
    return order if order in ("DMY", "MDY", "YMD") else "DMY"


#: The units of time whose words tell a duration from a count ("18 months", "90 वर्षीय").
DURATIONS = ("duration-year", "duration-month", "duration-week", "duration-day", "duration-hour", "duration-minute")


def _durations(locale) -> list[str]:
    """The words of the duration units in the locale, in every plural form (long names only)."""
    from babel.units import format_unit

    words: list[str] = []
    for unit in DURATIONS:
        for n in (1, 2, 3, 5, 11, 21, 100, 1.5):
            try:
                written = format_unit(n, unit, locale=locale, length="long")
            except (ValueError, KeyError):  # a unit the locale has no name for
                continue
            word = " ".join(re.sub(r"[\d\s.,\u00a0\u202f\u066b\u066c\u200e\u200f]+", " ", written).split())
            word = re.sub(r"[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u1040-\u1049\u17e0-\u17e9\u0e50-\u0e59]", "", word).strip()
            if word and " " not in word and _letters(word) and word.lower() not in words:
                words.append(word.lower())
    return words


def table(code: str) -> dict:
    """The language table CLDR gives ``code`` (empty if babel does not know it)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return {}
    system = getattr(locale, "default_numbering_system", "latn")
    symbols = locale.number_symbols
    symbols = symbols[system] if system in symbols else symbols.get("latn", {})
    months: list[str] = []
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for _, name in sorted(locale.months.get(context, {}).get(width, {}).items()):
                name = name.strip(".").strip()
                if len(name) >= 2 and not re.fullmatch(r"M\d+", name) and name not in months:
                    months.append(name)
    currency: dict[str, str] = {}
    plural = locale._data.get("currency_names_plural", {})
    for iso in dict.fromkeys(MAIN_CURRENCIES + tuple(_official(code))):
        names = [locale.currencies.get(iso, "")]
        names += list(dict(plural.get(iso, {})).values()) if iso in plural else []
        names.append(locale.currency_symbols.get(iso, ""))
        for name in names:
            if len(name) >= 2 and name != iso:  # the ISO code itself is universal
                currency.setdefault(name.lower(), iso)
    # the word for "dollar" alone ("dola", "ডলার"): a word of the US dollar's names that the other dollars share
    words = {iso: {w for n, c in currency.items() if c == iso for w in n.replace("\u200b", " ").split() if len(w) >= 3 and _letters(w)}
             for iso in ("USD", "AUD", "CAD")}
    for word in sorted(words["USD"] & (words["AUD"] | words["CAD"])):
        currency.setdefault(word, "USD")
    _news_currencies(locale, plural, currency)
    scales: dict[str, float] = {}
    for forms in dict(locale._data.get("compact_decimal_formats", {}).get("long", {})).values():
        for magnitude, number_pattern in dict(forms).items():
            text = number_pattern.pattern.split(";")[0]
            zeros = text.count("0")
            word = " ".join(text.replace("0", " ").replace("\u200f", " ").replace("\u200e", " ").split())
            if zeros and len(word) >= 2 and int(magnitude) >= 1000:
                scales.setdefault(word.lower(), float(int(magnitude) // 10 ** (zeros - 1)))
    try:
        pattern = locale.date_formats["short"].pattern
    except (KeyError, AttributeError):
        pattern = "dd/MM/y"
    out: dict = {
        "language": {"code": code, "name": locale.english_name or code},
        "numbers": {
            "decimal": symbols.get("decimal", "."),
            "group": sorted({symbols.get("group", ","), *((" ",) if symbols.get("group") in ("\u00a0", "\u202f") else ())}),
            "months": months,
            "durations": _durations(locale),
        },
        "currency": dict(sorted(currency.items())),
        "numbers.scales": dict(sorted(scales.items())),
        "dates": {"order": _order(pattern)},
    }
    return out


def _news_currencies(locale, plural: dict, currency: dict[str, str]) -> None:
    """Add the names of ``NEWS_CURRENCIES`` in ``locale`` (their parts in parentheses left out: "franc CFA"), and
    the word naming each unit alone, of these and of ``MAIN_CURRENCIES`` ("Franken"), where the locale's names of
    the dollars show where it stands: first ("dollar australien": "dong vietnamien" gives "dong") or last
    ("Australian dollar", "вијетнамски донг")."""
    def names(iso: str) -> list[str]:
        out = [locale.currencies.get(iso, "")] + (list(dict(plural.get(iso, {})).values()) if iso in plural else [])
        return [" ".join(re.sub(r"\([^)]*\)", " ", n).replace("\u200b", " ").split()).lower() for n in out if n]

    dollars = [n.split() for iso in ("AUD", "CAD") for n in names(iso)]
    usd = {w for n in names("USD") for w in n.split()}
    firsts = sum(1 for n in dollars if len(n) > 1 and n[0] in usd and n[-1] not in usd)
    lasts = sum(1 for n in dollars if len(n) > 1 and n[-1] in usd and n[0] not in usd)
    head = 0 if firsts > lasts else -1 if lasts > firsts else None
    # the dollar's own word of two, written apart and said of no other currency ("đô la mỹ", "đô la úc" against
    # "đồng việt nam"): words are written syllable by syllable, and the first of a name of three no word ("nhân dân
    # tệ": "5 nhân viên" are staff; "peso philippines" gives "peso"); not a word joining the unit to its country
    # ("dola ya Kanada", "shilingi ya Kenya")
    seconds, dollar_firsts = {n[1] for n in dollars if len(n) > 2}, {n[0] for n in dollars}
    syllables = head == 0 and len(seconds) == 1 and all(len(n) > 2 for n in dollars) and not any(
        len(n) > 2 and n[1] in seconds and n[0] not in dollar_firsts
        for iso in NEWS_CURRENCIES for n in map(str.split, names(iso)))
    # the first word of a longer name of a dollar, before the dollar's word where the unit goes first, is said of
    # the unit ("nuevo dólar taiwanés", "nowych dolarów tajwańskich", "yeni tayvan doları": new), and so no unit
    # where it stands in the unit's place ("nuevo séquel israelí", "japon yeni"): an ordinary word after numbers
    # ("3 nuevos casos", "12 nowych podejrzanych", "3 yeni sunucu")
    dollar_words = {n[head] for n in dollars if len(n) > 1} if head is not None else set()  # "dólar", "doları"
    said_of_units = {n[0] for iso in MAIN_CURRENCIES + NEWS_CURRENCIES for n in map(str.split, names(iso))
                     if len(n) > 2 and (n[1] if head == 0 else n[-1]) in dollar_words}
    for iso in MAIN_CURRENCIES + NEWS_CURRENCIES:
        for name in names(iso):
            if len(name) >= 2 and name != iso.lower():
                currency.setdefault(name, iso)
            parts = name.split()
            if head is not None and parts[head] in said_of_units or syllables and len(parts) > 2:
                continue
            if head is not None and len(parts) > 1 and len(parts[head]) >= _UNIT_WORD_LEAST and _letters(parts[head]):
                currency.setdefault(parts[head], iso)


def render(data: dict) -> str:
    """A language table as TOML (the tables are flat: strings, lists of strings and string maps)."""
    import json

    from babel.core import get_cldr_version

    lines = [f"# Made by scripts/make_cldr_lang.py from the Unicode CLDR {get_cldr_version()} (babel); do not edit:",
             "# a hand-written graphkit/data/lang/<code>.toml overrides and extends it."]
    for name, section in data.items():
        lines += ["", f"[{name}]"]
        for key, value in section.items():
            lines.append(f"{json.dumps(key, ensure_ascii=False)} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"

"""Make graphkit/data/subdivisions.tsv, the states, provinces and regions graphkit knows by name.

ISO 3166-2 as the pycountry package on PyPI ships it (the code is LGPL-2.1;
the data and its translations, about 70 locales, come from Debian's
iso-codes). Run it to refresh the data; graphkit itself only reads the TSV
it writes, and never needs pycountry:

    pip install pycountry && python scripts/make_subdivisions.py

Each line: ISO 3166-2 code, English label, ISO country code, type, key, then
every name of the subdivision (its ISO name and every translation),
tab-separated. What is kept:

- first-level subdivisions (no parent) of the types news names (states,
  provinces, regions, oblasts, voivodeships, prefectures, governorates,
  Länder, counties, departments …), not municipalities, districts, parishes,
  communes or atolls; where a country's first level is only a grouping
  (Indonesia's "Jawa", "Sumatera": a "geographical unit"), the level below it;
- names of at least ``MIN_LENGTH`` characters (one less in scripts without
  case: "असम"), not codes (no lowercase
  letter and at most six letters), not lowercase Latin single words ("sur"),
  not made only of generic words (compass points, "Capital", "Central",
  "Coast", "Rivers" …: ``GENERIC``);
- not a country's name in any language of the CLDR ("Georgia", "Mexico",
  "Distrito Federal" is kept out by the generic words);
- not a city's name: a state or province named like a city is the city in
  the news far more often ("New York", "Lagos", "Moskva", "Hamburg"), so the
  name is left to the city where it is a CLDR time-zone city's name (in any
  language), a GeoNames city's own name, or any name of a city of
  ``BIG_CITY`` people or more; another name of a smaller city is the state's
  ("Bihar", not the city of Bihar Sharif: graphkit's city matcher leaves out
  the names of subdivisions);
- no subdivision whose own ISO name is a generic or common word ("Rivers",
  "Centre") or a city's ("New York", "Lagos"): their translations translate
  the word ("नदियों", rivers) or name the city;
- not a name two subdivisions share (Punjab in India and in Pakistan): such a
  name is ambiguous and left out for both, unless it is the ISO name of only
  one of them (India's "Bihar", also a Hungarian name of Romania's Bihor).

The label is the ISO name, less a type word that follows a name of its own
("Yunnan Sheng" → "Yunnan"). The key is the slug of the label; where it is already a country's,
a city's or another subdivision's key, the label is qualified by the
country's code ("New York (US)", key ``new-york-us``). A subdivision left
with no name is dropped.
"""

from __future__ import annotations

import gettext
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "graphkit" / "data" / "subdivisions.tsv"
MIN_LENGTH = 4
#: A city this big keeps all its names; a smaller one only its own (its other names may be a state's).
BIG_CITY = 1_000_000

#: Types of first-level subdivisions too small or too many to be named in international news.
SMALL_TYPES = frozenset({
    "Municipality", "District", "Parish", "Local council", "Commune", "Quarter", "Rayon", "City", "Town",
    "Borough", "Island", "Administrative atoll", "Island council", "Popularate", "Urban municipality",
    "City with county rights", "Special municipality", "Administrative precinct", "Chain (of islands)",
    "Group of islands (20 inhabited islands)", "Islands, groups of islands", "Outlying area", "Dependency",
    "Geographical entity", "Town council", "Metropolitan city", "Special city", "Capital city", "State city",
    "Self-governed part", "Autonomous sector", "Autonomous municipality", "Administration",
})
#: Types of a first level that only groups the real one (its children are kept instead).
GROUPING_TYPES = frozenset({"Geographical unit", "Geographical region"})

#: Words that name a position, not a place; a name made only of them (and of joining words) is dropped.
#: English, French, Spanish, Portuguese, Italian, German, Dutch, Indonesian, Russian, Ukrainian, Polish.
GENERIC = frozenset("""
north south east west northern southern eastern western central centre center middle upper lower
northeast northwest southeast southwest north-east north-west south-east south-west north-eastern
north-western south-eastern south-western far capital coast coastal littoral maritime interior highlands
lowlands islands island lakes lake rivers river delta plateau plateaux savanes mountain mountains valley
border frontier region province state district territory federal national metropolitan greater
nord sud est ouest centrale extrême haut haute bas basse hauts grand grande
norte sur este oeste centro central oriental occidental capital distrito provincia región departamento
estado leste noroeste nordeste sudeste sudoeste
settentrionale meridionale centrale orientale occidentale
nord süd ost west mitte zentral ober unter
noord zuid oost
utara selatan timur barat tengah
север юг восток запад центр центральный столичный
північ південь схід захід центр
północ południe wschód zachód
of the and de del la las los el du des le les di da do dos das und van het
""".split())
#: Single words that are ordinary words as well as a subdivision's name somewhere.
COMMON_WORDS = frozenset("""
unity plains valley lagoons savannah savanna oriente amazonas atlantico atlántico atlantique pacifico pacífico
sahel mountain cordillera sierra islands coastal bay gulf golfe upper lower western eastern
""".split())


def _variants(name: str) -> list[str]:
    """The names an ISO name holds: "Wales [Cymru GB-CYM]" → Wales, Cymru; "Asturias, Principado de" →
    Asturias, Principado de Asturias; "Bolama / Bijagós" → both; "Guyane (française)" → Guyane."""
    out = []
    bracketed = re.findall(r"\[([^\]]*)\]", name)
    base = re.sub(r"\s*[\[(][^\])]*[\])]", "", name).strip()
    for part in [base, *bracketed]:
        part = re.sub(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", part).strip()
        for piece in re.split(r"\s*[/;]\s*", part):
            piece = piece.strip(" ,")
            if "," in piece:
                head, _, tail = piece.partition(",")
                out.append(head.strip())
                out.append(f"{tail.strip()} {head.strip()}")
            elif piece:
                out.append(piece)
    return out


def _unmarked(name: str) -> str:
    """A Latin name without its accents and other marks ("Himāchal Pradesh" → "Himachal Pradesh")."""
    import unicodedata

    if not all(ord(ch) < 0x250 or not ch.isalpha() for ch in name):
        return name
    return unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", name)
                                                  if not unicodedata.combining(ch)))


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-‐–'’]+", name.casefold()) if w]


def usable(name: str) -> bool:
    """A name worth matching: long enough, not a code, not generic, not a common word."""
    letters = [ch for ch in name if ch.isalpha()]
    cased = any(ch.isupper() or ch.islower() for ch in letters)
    # scripts without case write a name in fewer signs ("असम", Assam): one less is enough, but not in
    # the scripts that write no spaces between words and whose short names are words (Thai "ชาน")
    unspaced = any(0x0E00 <= ord(ch) <= 0x0EFF or 0x1000 <= ord(ch) <= 0x109F or 0x1780 <= ord(ch) <= 0x17FF
                   for ch in letters)
    if len(name) < (MIN_LENGTH if cased or unspaced else MIN_LENGTH - 1) or not letters:
        return False
    if cased and not any(ch.islower() for ch in letters) and len(letters) <= 6:
        return False  # "AP", "NRW", "CDMX": codes
    if any(ch.isdigit() for ch in name):
        return False
    words = _words(name)
    if all(w in GENERIC for w in words):
        return False
    if len(words) == 1 and words[0] in COMMON_WORDS:
        return False
    latin = all(ord(ch) < 0x250 for ch in letters)
    return not (latin and len(words) == 1 and not letters[0].isupper() and len(letters) < 7)


def _countries() -> set[str]:
    """Every country's name in every language of the CLDR, case-folded."""
    from babel import Locale, localedata

    names: set[str] = set()
    for code in localedata.locale_identifiers():
        try:
            names.update(n.casefold() for k, n in Locale.parse(code).territories.items() if not k.isdigit())
        except Exception:  # noqa: BLE001 - a locale babel cannot read adds nothing
            continue
    return names


def _cities() -> set[str]:
    """The names that stay a city's, case-folded: the CLDR's time-zone cities in every language, the GeoNames
    name of every city of ``cities.tsv`` and every name of those of ``BIG_CITY`` people or more."""
    from babel import Locale, localedata

    names: set[str] = set()
    for line in (ROOT / "graphkit" / "data" / "cities.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#") and line.strip():
            fields = line.split("\t")
            names.add(fields[1].casefold())
            if int(fields[3]) >= BIG_CITY:
                names.update(n.casefold() for n in fields[4:])
    for code in localedata.locale_identifiers():
        try:
            zones = Locale.parse(code).time_zones
        except Exception:  # noqa: BLE001
            continue
        names.update(d["city"].casefold() for d in zones.values() if d.get("city"))
    return names


def _is_other_place(name: str, countries: set[str], cities: set[str]) -> bool:
    """Whether ``name`` is a country's or a city's name, or a case form of a city's one-word name (Lithuanian
    "Kievio", of Kiev); compared without case or accents ("Łódz" is "Łódź")."""
    from graphkit.text import slug

    key = slug(name)
    if name.casefold() in countries or name.casefold() in cities or key in countries or key in cities:
        return True
    return " " not in name and "-" not in key and any(key[:-k] in cities for k in (1, 2) if len(key) - k >= 4)


def main() -> int:
    import pycountry

    sys.path.insert(0, str(ROOT))
    from graphkit.extract.places import cities, places
    from graphkit.text import slug

    locales = Path(pycountry.__file__).parent / "locales"
    translations = [gettext.translation("iso3166-2", locales, languages=[d.name])
                    for d in sorted(locales.iterdir()) if (d / "LC_MESSAGES" / "iso3166-2.mo").exists()]
    subs = list(pycountry.subdivisions)
    grouping = {s.code for s in subs if not s.parent_code and s.type in GROUPING_TYPES}
    kept = [s for s in subs if (not s.parent_code and s.type not in GROUPING_TYPES | SMALL_TYPES)
            or (s.parent_code in grouping and s.type not in SMALL_TYPES)]
    countries, city_names = _countries(), _cities()
    countries |= {slug(n) for n in countries}
    city_names |= {slug(n) for n in city_names}

    # a subdivision whose own name is a word ("Rivers", "Centre") or a city's ("New York", "Lagos"): its
    # translations are the word's or the city's ("नदियों", rivers), and it is left out
    kept = [s for s in kept if usable(_variants(s.name)[0]) and not _is_other_place(_variants(s.name)[0], countries,
                                                                                     city_names)]
    names_of: dict[str, set[str]] = {}
    for s in kept:
        found = set(_variants(s.name))
        # the ISO name without the marks of its romanisation, as the news writes it ("Bihār" → "Bihar")
        found.update(_unmarked(n) for n in _variants(s.name))
        for t in translations:
            found.update(_variants(t.gettext(s.name)))
        names_of[s.code] = {n for n in found if usable(n) and not _is_other_place(n, countries, city_names)
                            and "\t" not in n}
    # a name is its ISO name's ("Bihar", India), not a translation's (Hungarian "Bihar" for Romania's Bihor)
    owners: dict[str, set[str]] = {}
    own: dict[str, set[str]] = {}
    for s in kept:
        for n in names_of[s.code]:
            owners.setdefault(n.casefold(), set()).add(s.code)
        for n in _variants(s.name):
            if n in names_of[s.code] or _unmarked(n) in names_of[s.code]:
                own.setdefault(n.casefold(), set()).add(s.code)
                own.setdefault(_unmarked(n).casefold(), set()).add(s.code)
    owners.update(own)
    taken = set(places()) | set(cities())
    lines = ["# graphkit subdivisions: ISO 3166-2 first-level subdivisions from pycountry (LGPL-2.1; the data "
             "and translations are Debian's iso-codes); made by scripts/make_subdivisions.py",
             "# code\tlabel\tcountry\ttype\tkey\tnames…"]
    keys: set[str] = set()
    rows = []
    for s in sorted(kept, key=lambda s: s.code):
        found = sorted(n for n in names_of[s.code] if owners[n.casefold()] == {s.code})
        if not found:
            continue
        label = _variants(s.name)[0]
        # the name without its type word, where it is one of the names ("Yunnan Sheng" → "Yunnan")
        label = min((n for n in found if label.startswith(n + " ")), key=len, default=label)
        key = slug(label)
        if key in taken or key in keys or label not in found:
            label, key = f"{label} ({s.country_code})", slug(f"{label} {s.country_code}")
        if key in keys:
            continue
        keys.add(key)
        rows.append("\t".join([s.code, label, s.country_code, s.type, key, *found]))
    OUT.write_text("\n".join(lines + rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} subdivisions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

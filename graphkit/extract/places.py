"""Countries, regions and major cities, named in every language CLDR knows.

Names come from the Unicode CLDR through babel (a PyPI package, offline):
territory names for countries and regions, time-zone exemplar cities for
major cities. A city-state (a territory whose only time zone is a city whose
English name is part of the territory's: Hong Kong, Singapore, Panama) is one
place: its city name is another name of the territory, and the shorter
English name becomes the label ("Hong Kong", not "Hong Kong SAR China").

Other cities (every city of 100,000 people or more, with its names in many
scripts) come from GeoNames (CC BY 4.0), in ``graphkit/data/cities.tsv``,
made by ``scripts/make_cities.py``. A city's name ranks below a country's
or a known organization's of the same length.

States, provinces, oblasts, voivodeships and other first-level subdivisions
(ISO 3166-2, with their names in some seventy languages, from Debian's
iso-codes through pycountry) are in ``graphkit/data/subdivisions.tsv``, made
by ``scripts/make_subdivisions.py``: places of type ``AdministrativeArea``,
whose names rank below a city's of the same length ("Lagos" is the city).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..lang import Language, language
from ..text import fold, script_of, slug
from .matcher import Matcher, Pattern

#: CLDR codes that are not places (the euro area, the United Nations, pseudo-regions, "Unknown", "World").
NOT_PLACES = frozenset({"EZ", "UN", "ZZ", "QO", "XA", "XB", "001"})
#: CLDR codes of unions of states that articles name as places ("fuori dall'Unione europea", "in the EU"): regions,
#: which no operation covers.
UNIONS = frozenset({"EU"})


@dataclass(frozen=True)
class Place:
    key: str
    type: str  # Country, Region, City or AdministrativeArea
    label: str
    code: str  # CLDR territory code, or the time zone for a city


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """CLDR's time zones → their territory (read once from babel, then loaded from the cache)."""
    from ..cache import cached, package_stamp

    return cached("zone-territories", _read_zones, inputs=[package_stamp("babel")])


def _read_zones() -> dict[str, str]:
    from babel.core import get_global

    return dict(get_global("zone_territories"))


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """Every place, by key (the slug of its English label); read once from babel, then loaded from the cache."""
    from ..cache import cached, package_stamp

    return cached("places", _read_places, inputs=[package_stamp("babel")])


def _read_places() -> dict[str, Place]:
    from babel import Locale

    en = Locale.parse("en")
    zones = _zones()
    per_territory: dict[str, list[str]] = {}
    for zone, territory in zones.items():
        per_territory.setdefault(territory, []).append(zone)
    result: dict[str, Place] = {}
    for code, name in sorted(en.territories.items()):
        if code in NOT_PLACES or "-" in code:
            continue
        label = name
        state = _city_state(en, code, per_territory)
        if state:
            label = min(label, _city_name(en, state), key=len)
        kind = "Region" if code.isdigit() or code in UNIONS else "Country"
        result[slug(label)] = Place(slug(label), kind, label, code)
    for zone, territory in sorted(zones.items()):
        if _city_state(en, territory, per_territory) == zone or not zone.count("/"):
            continue
        city = _city_name(en, zone)
        if city and slug(city) not in result:
            result[slug(city)] = Place(slug(city), "City", city, zone)
    return result


def _city_state(en, code: str, per_territory: dict[str, list[str]]) -> str | None:
    """The time zone of a city-state territory, or None."""
    zones = per_territory.get(code, [])
    if len(zones) != 1:
        return None
    city = _city_name(en, zones[0])
    name = en.territories.get(code, "")
    return zones[0] if city and city.casefold() in name.casefold() else None


def _city_name(locale, zone: str) -> str | None:
    data = locale.time_zones.get(zone)
    if data and data.get("city"):
        return data["city"]
    if str(locale) == "en" and not zone.startswith("Etc/"):
        return zone.rsplit("/", 1)[-1].replace("_", " ")
    return None


@lru_cache(maxsize=64)
def names(lang: str) -> tuple[tuple[str, str], ...]:
    """``(name, key)`` pairs of every place, in ``lang`` (empty if CLDR lacks it); read once, then loaded from the
    cache."""
    from ..cache import cached, package_stamp
    from ..lang import sources

    return cached(f"place-names-{slug(lang)}", lambda: _read_names(lang),
                  inputs=[package_stamp("babel"), lang, *sources(lang)])


def _read_names(lang: str) -> tuple[tuple[str, str], ...]:
    from babel import Locale, UnknownLocaleError

    by_code = {p.code: p.key for p in places().values()}
    # names the news uses that the CLDR does not give ("USA", "США", "ABD"; a city by its time zone, "TP HCM"):
    # the language file's [places], whose codes are read in capitals
    upper = {code.upper(): key for code, key in by_code.items()}
    own = language(lang).places
    out: set[tuple[str, str]] = {(name, upper[code]) for name, code in own.items() if code in upper}
    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return tuple(sorted(out))
    for code, name in locale.territories.items():
        key = by_code.get(code)
        if key and name not in own:  # the file's own reading of a name comes first (Marathi "अमेरिका": the
            out.add((name, key))     # United States, where the CLDR names the Americas so)
    en = Locale.parse("en")
    per_territory: dict[str, list[str]] = {}
    for zone, territory in _zones().items():
        per_territory.setdefault(territory, []).append(zone)
    for zone, territory in _zones().items():
        city = _city_name(locale, zone)
        if not city:
            continue
        # a city-state's city name names the territory; other cities are places of their own
        key = by_code.get(territory) if _city_state(en, territory, per_territory) == zone else by_code.get(zone)
        if key and city not in own:
            out.add((city, key))
    return tuple(sorted(out))


@lru_cache(maxsize=64)
def matcher(langs: tuple[str, ...]) -> Matcher:
    """A matcher for the names of every place in the given languages (built once, then loaded from the cache)."""
    import ahocorasick

    from ..cache import cached, library_stamp, package_stamp
    from ..lang import sources

    entry = "places-" + "-".join(slug(lang) for lang in langs)

    def build() -> Matcher:
        table = places()
        patterns = []
        for lang in langs:
            for name, key in names(lang):
                p = table[key]
                patterns.append(Pattern(name, key, p.type, p.label, lang, priority=1, source="cldr"))
        built = Matcher(patterns)
        built.name = entry
        return built

    inputs = [package_stamp("babel"), library_stamp(ahocorasick), *langs]
    inputs += [path for lang in langs for path in sources(lang)]
    return cached(entry, build, inputs=inputs)


@lru_cache(maxsize=1)
def cities() -> dict[str, tuple[str, tuple[str, ...]]]:
    """GeoNames cities: key → (English name, every name), from ``data/cities.tsv``."""
    from ..errors import OntologyError
    from ..resources import DATA_DIR

    path = DATA_DIR / "cities.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise OntologyError(f"{path} cannot be read ({exc.strerror})", hint="reinstall graphkit") from None
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 5:
            raise OntologyError(f"{path}: malformed line {fields[0]!r}", hint="regenerate it with scripts/make_cities.py")
        table.setdefault(slug(fields[1]), (fields[1], tuple(fields[4:])))
    return table


@lru_cache(maxsize=1)
def city_labels() -> dict[str, str]:
    """The English name of each GeoNames city, by key (what resolution reads of them; then loaded from the cache)."""
    from ..cache import cached
    from ..resources import DATA_DIR

    return cached("city-labels", lambda: {key: label for key, (label, _) in cities().items()},
                  inputs=[DATA_DIR / "cities.tsv"])


@lru_cache(maxsize=1)
def towns() -> dict[str, tuple[str, str]]:
    """GeoNames' towns, too small for ``cities.tsv`` (their names are too often words to look for everywhere): every
    name folded → (key, English name), from ``data/towns.tsv``; for where the words around vouch for a place
    ("polícia v Lüneburgu") (read once, then loaded from the cache)."""
    from ..cache import cached
    from ..resources import DATA_DIR

    def read() -> dict[str, tuple[str, str]]:
        table: dict[str, tuple[str, str]] = {}
        for line in (DATA_DIR / "towns.tsv").read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("#") or len(fields) < 5:
                continue
            for name in fields[4:]:
                table.setdefault(fold(name), (slug(fields[1]), fields[1]))
        return table

    return cached("towns", read, inputs=[DATA_DIR / "towns.tsv"])


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """GeoNames cities: key → the ISO code of their country (the first city of a key, as :func:`cities` keeps); read
    once, then loaded from the cache."""
    from ..cache import cached
    from ..resources import DATA_DIR

    return cached("city-countries", lambda: _read_city_countries(DATA_DIR / "cities.tsv"),
                  inputs=[DATA_DIR / "cities.tsv"])


@lru_cache(maxsize=1)
def city_populations() -> dict[str, int]:
    """GeoNames cities: key → population (the first city of a key, as :func:`cities` keeps); read once, then loaded
    from the cache."""
    from ..cache import cached
    from ..resources import DATA_DIR

    return cached("city-populations", lambda: _read_city_populations(DATA_DIR / "cities.tsv"),
                  inputs=[DATA_DIR / "cities.tsv"])


def _read_city_populations(path) -> dict[str, int]:
    table: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) >= 5:
            table.setdefault(slug(fields[1]), int(fields[3]) if fields[3].isdigit() else 0)
    return table


def _read_city_countries(path) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) >= 5:
            table.setdefault(slug(fields[1]), fields[2])
    return table


def country_of(key: str) -> str | None:
    """The ISO code of the country a place is or lies in (a country, a CLDR city, a state or province, a GeoNames
    city), else None (a region such as a continent, an unknown key)."""
    place = places().get(key)
    if place is not None:
        if place.type == "Country":
            return place.code
        if place.type == "City":
            return _zones().get(place.code)
        return None
    area = subdivisions().get(key)
    if area is not None:
        return area.country
    return _city_countries().get(key)


@lru_cache(maxsize=64)
def official_territories(lang: str) -> frozenset[str]:
    """The ISO codes of the territories where ``lang`` is an official language, in law or in fact, per the CLDR
    (read once from babel, then loaded from the cache)."""
    from ..cache import cached, package_stamp

    return cached(f"official-territories-{slug(lang)}", lambda: _read_official_territories(lang),
                  inputs=[package_stamp("babel"), lang])


def _read_official_territories(lang: str) -> frozenset[str]:
    from babel import Locale
    from babel.languages import get_official_languages

    return frozenset(code for code in Locale.parse("en").territories
                     if lang in get_official_languages(code, de_facto=True))


@lru_cache(maxsize=1)
def _subdivision_names() -> dict[str, frozenset[str]]:
    """Every name of a subdivision (:func:`subdivisions`), folded → the ISO codes of the countries that have one of
    that name (made once, then loaded from the cache: folding the 24,000 names took most of a second of the first
    article that asked)."""
    from ..cache import cached
    from ..resources import DATA_DIR

    return cached("subdivision-names", _read_subdivision_names,
                  inputs=[DATA_DIR / "subdivisions.tsv", *_language_files()])


def _read_subdivision_names() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for sub in subdivisions().values():
        for name in (sub.label, *sub.names):
            table.setdefault(fold(name), set()).add(sub.country)
    return {name: frozenset(codes) for name, codes in table.items()}


def subdivision_countries(name: str) -> frozenset[str]:
    """The ISO codes of the countries that have a state, province or region called ``name`` ("Texas" → US,
    "Ontario" → CA; :func:`subdivisions`); empty for another name."""
    return _subdivision_names().get(fold(name), frozenset())


@lru_cache(maxsize=1)
def city_matcher() -> Matcher:
    """A matcher for every GeoNames city name, in any script (built once, then loaded from the cache)."""
    import ahocorasick

    from ..cache import cached, library_stamp, package_stamp
    from ..resources import DATA_DIR

    def build() -> Matcher:
        known = places()
        # another name of a small city that is a state's is the state's ("Bihar", not Bihar Sharif)
        states = {fold(name) for s in subdivisions().values() for name in s.names}
        patterns = []
        for key, (label, all_names) in cities().items():
            type_ = known[key].type if key in known else "City"
            label = known[key].label if key in known else label
            patterns.extend(Pattern(name, key, type_, label, "", priority=0, source="geonames") for name in all_names
                            if name == label or fold(name) not in states)
        return Matcher(patterns)

    return cached("cities", build, inputs=[DATA_DIR / "cities.tsv", DATA_DIR / "subdivisions.tsv", *_language_files(),
                                           package_stamp("babel"), library_stamp(ahocorasick)])


#: Cities of this many people are found in the inflected forms of their names too ("Katowicach", "Wrocławiu": in
#: Katowice, in Wrocław); the many small cities' names are too often a word's stem.
INFLECTED_CITY = 250_000


@lru_cache(maxsize=1)
def large_city_matcher() -> Matcher:
    """A matcher for the names of the GeoNames cities of ``INFLECTED_CITY`` people or more, in any script, for the
    inflected forms of their names (built once, then loaded from the cache)."""
    import ahocorasick

    from ..cache import cached, library_stamp, package_stamp
    from ..resources import DATA_DIR

    def build() -> Matcher:
        populations = city_populations()
        every = city_matcher()
        patterns = [p for i, _ in enumerate(every.keys()) for p in every.patterns(i)
                    if populations.get(p.key, 0) >= INFLECTED_CITY]
        built = Matcher(patterns)
        built.name = "large-cities"
        return built

    return cached("large-cities", build, inputs=[DATA_DIR / "cities.tsv", DATA_DIR / "subdivisions.tsv",
                                                 *_language_files(), package_stamp("babel"),
                                                 library_stamp(ahocorasick), str(INFLECTED_CITY)])


@dataclass(frozen=True)
class Subdivision:
    """A first-level subdivision of a country (ISO 3166-2)."""

    key: str
    label: str
    code: str  # ISO 3166-2 code, "IN-UP"
    country: str  # ISO 3166-1 code of its country, "IN"
    kind: str  # ISO's type: "State", "Province", "Voivodship" …
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def subdivisions() -> dict[str, Subdivision]:
    """ISO 3166-2 subdivisions by key, from ``data/subdivisions.tsv`` (read once, then loaded from the cache)."""
    from ..cache import cached
    from ..resources import DATA_DIR

    return cached("subdivision-table", lambda: _read_subdivisions(DATA_DIR / "subdivisions.tsv"),
                  inputs=[DATA_DIR / "subdivisions.tsv", *_language_files()])


def _language_files() -> list:
    """The hand-written language files, whose ``[places]`` may name subdivisions."""
    from ..lang import LANG_DIR

    return sorted(LANG_DIR.glob("*.toml"))


def _read_subdivisions(path) -> dict[str, Subdivision]:
    from ..errors import OntologyError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise OntologyError(f"{path} cannot be read ({exc.strerror})", hint="reinstall graphkit") from None
    table: dict[str, Subdivision] = {}
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 6:
            raise OntologyError(f"{path}: malformed line {fields[0]!r}",
                                hint="regenerate it with scripts/make_subdivisions.py")
        code, label, country, kind, key, *all_names = fields
        table.setdefault(key, Subdivision(key, label, code, country, kind, tuple(all_names)))
    # names the news uses that iso-codes lacks or spells otherwise ("தமிழகம்", "हरियाणा"): a language file's
    # [places] with the ISO 3166-2 code of a subdivision
    from ..lang import available

    by_code = {sub.code: key for key, sub in table.items()}
    for lang in available():
        for name, code in sorted(language(lang).places.items()):
            key = by_code.get(code)
            if key is not None and name not in table[key].names:
                sub = table[key]
                table[key] = Subdivision(sub.key, sub.label, sub.code, sub.country, sub.kind, sub.names + (name,))
    return table


@lru_cache(maxsize=1)
def subdivision_matcher() -> Matcher:
    """A matcher for every name of a subdivision, in any script (built once, then loaded from the cache)."""
    import ahocorasick

    from ..cache import cached, library_stamp
    from ..resources import DATA_DIR

    def build() -> Matcher:
        built = Matcher(Pattern(name, s.key, "AdministrativeArea", s.label, "", priority=-1, source="iso3166")
                        for s in subdivisions().values() for name in s.names)
        built.name = "subdivisions"  # its inflection index is kept too
        return built

    return cached("subdivisions", build, inputs=[DATA_DIR / "subdivisions.tsv", *_language_files(),
                                                 library_stamp(ahocorasick)])


#: The most letters an adjective of a country adds to the part of the country's name it keeps ("nigér|iane").
DEMONYM_ENDING = 6
#: Ends of a country's name that its adjective drops ("Griechen|land": griechisch, "Belg|ique": belge).
_COUNTRY_ENDS = frozenset({"land", "enland", "ique", "ien", "ia", "ija", "iya"})


@lru_cache(maxsize=64)
def _countries_by_name(lang: Language) -> tuple[tuple[str, str, str], ...]:
    """``(name stem, key, label)`` of every country named in one word in the language, its article prefix
    ("ال", "ה") taken off."""
    known = places()
    out = set()
    for name, key in names(lang.code):
        place = known.get(key)
        if place is None or place.type != "Country" or " " in name.strip() or "-" in name:
            continue
        out.add((_without_prefix(fold(name), lang), key, place.label))
    return tuple(sorted(out))


def _without_prefix(word: str, lang: Language) -> str:
    """A folded word without its article prefix ("ال", "ה") and, in the Latin script, its accents."""
    prefix = next((p for p in sorted(lang.prefixes, key=len, reverse=True)
                   if p and word.startswith(p) and len(word) > len(p) + 2), "")
    word = word[len(prefix):]
    if script_of(word[:1]) == "LATIN":
        word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return word


@lru_cache(maxsize=4096)
def country_of_adjective(word: str, lang: Language) -> tuple[str, str] | None:
    """The country an adjective names, by the part of the country's name it begins with ("nigériane": Nigeria,
    "griechische": Griechenland, "المغربية": المغرب), if exactly one country's is the longest such part."""
    adjective = _without_prefix(fold(word), lang)
    least = 3 if script_of(adjective[:1]) in ("ARABIC", "HEBREW") else 4
    best, found = 0, set()
    for name, key, label in _countries_by_name(lang):
        n = 0
        for a, b in zip(adjective, name):
            if a != b:
                break
            n += 1
        if n < least or len(adjective) - n > DEMONYM_ENDING or (len(name) - n > 2 and name[n:] not in _COUNTRY_ENDS):
            continue
        if n > best:
            best, found = n, {(key, label)}
        elif n == best:
            found.add((key, label))
    return next(iter(found)) if len(found) == 1 else None

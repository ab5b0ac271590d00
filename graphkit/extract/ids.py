"""External identifiers of known entities and places, so that other tools can join on them.

From the data graphkit ships, never looked up on the network:

- a registry entity: the Wikidata items of ``ontology/registry.ttl``
  (``owl:sameAs <http://www.wikidata.org/entity/Q…>``), where the Q-id is certain;
- a country: its ISO 3166-1 alpha-2 code (``schema:identifier "PK"``), the CLDR
  territory code, for the codes ISO assigns (not CLDR's own, such as XK or EA);
- a state or province (an administrative area): its ISO 3166-2 code
  (``schema:identifier "IN-UP"``), from ``graphkit/data/subdivisions.tsv``;
- a city: its GeoNames feature (``owl:sameAs <https://sws.geonames.org/ID/>``),
  from ``graphkit/data/cities.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
SCHEMA_IDENTIFIER = "https://schema.org/identifier"
WIKIDATA = "http://www.wikidata.org/entity/"
GEONAMES = "https://sws.geonames.org/"

#: Territory codes of the CLDR that ISO 3166-1 does not assign to a country (exceptionally reserved or
#: user-assigned): Ascension, Clipperton, Sark, Diego Garcia, Ceuta and Melilla, the Canary Islands,
#: Tristan da Cunha, Kosovo.
NOT_ISO_3166 = frozenset({"AC", "CP", "CQ", "DG", "EA", "IC", "TA", "XK"})

WIKIDATA_ITEM = re.compile(r"http://www\.wikidata\.org/entity/Q[1-9][0-9]*")
GEONAMES_FEATURE = re.compile(r"https://sws\.geonames\.org/[1-9][0-9]*/")


@lru_cache(maxsize=1)
def geonames_ids() -> dict[str, str]:
    """GeoNames ids of the cities of ``cities.tsv``, by key (the first line of a key, as the gazetteer reads it);
    read once, then loaded from the cache."""
    from ..cache import cached
    from ..resources import DATA_DIR

    return cached("geonames-ids", lambda: _read_geonames_ids(DATA_DIR / "cities.tsv"), inputs=[DATA_DIR / "cities.tsv"])


def _read_geonames_ids(path) -> dict[str, str]:
    from ..text import slug

    ids: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].isdigit():
            ids.setdefault(slug(fields[1]), fields[0])
    return ids


def external_ids(key: str, type_: str) -> tuple[tuple[str, object], ...]:
    """``(predicate IRI, object)`` pairs of an entity's external identifiers: an IRI as str, a literal as a tuple.

    >>> external_ids("pakistan", "Country")
    (('https://schema.org/identifier', ('PK', None, None)),)
    """
    from .places import places
    from .registry import load_registry

    found: list[tuple[str, object]] = []
    known = load_registry().entities.get(key)
    if known is not None:
        found += [(OWL_SAME_AS, iri) for iri in known.same_as]
    place = places().get(key)
    if type_ == "Country" and place is not None and place.type == "Country":
        code = place.code
        if re.fullmatch(r"[A-Z]{2}", code) and code not in NOT_ISO_3166:
            found.append((SCHEMA_IDENTIFIER, (code, None, None)))
    if type_ == "AdministrativeArea":
        from .places import subdivisions

        area = subdivisions().get(key)
        if area is not None:
            found.append((SCHEMA_IDENTIFIER, (area.code, None, None)))
    if type_ == "City" and key in geonames_ids():
        found.append((OWL_SAME_AS, f"{GEONAMES}{geonames_ids()[key]}/"))
    return tuple(found)

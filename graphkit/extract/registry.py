"""The known-entity registry: ``ontology/registry.ttl`` read into plain objects.

Each entity has a stable key (the local name of its ``gke:`` IRI), a class,
an English ``rdfs:label`` and names in many languages and scripts
(``skos:altLabel``; ``skos:hiddenLabel`` for forms matched with less trust);
a unit names the organization it is part of (``ppp:partOf``), a national body
the country it is of (``ppp:country``, an ISO 3166-1 code).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import OntologyError, syntax_location
from ..resources import ontology_file
from ..vocab import ENTITY, PPP
from .matcher import Matcher, Pattern

#: Confidence of a mention found by each kind of registry name.
LABEL_CONFIDENCE = {"label": 0.95, "alt": 0.9, "hidden": 0.7}


@dataclass(frozen=True)
class KnownEntity:
    key: str
    type: str
    label: str
    names: tuple[tuple[str, str, str], ...]  # (text, language, "label" | "alt" | "hidden")
    part_of: str | None = None
    country: str | None = None  # ISO 3166-1 code of the country a national body is of (ppp:country)
    seat: str | None = None  # English name of the city it has its seat in (ppp:seat)


@dataclass(frozen=True)
class Registry:
    entities: dict[str, KnownEntity]
    #: the matcher of every name, when it was loaded with the registry (else made on first use)
    built_matcher: Matcher | None = field(default=None, compare=False, repr=False)

    @property
    def matcher(self) -> Matcher:
        return self.built_matcher if self.built_matcher is not None else _matcher(self)

    def __hash__(self) -> int:
        return id(self)


@lru_cache(maxsize=4)
def _matcher(registry: Registry) -> Matcher:
    return _names_matcher(registry.entities)


def _names_matcher(entities: dict[str, KnownEntity]) -> Matcher:
    patterns = []
    for e in entities.values():
        for text, lang, how in e.names:
            patterns.append(Pattern(text, e.key, e.type, e.label, lang, priority=2 if how != "hidden" else 1, source=how))
    return Matcher(patterns)


def load_registry(path: str | Path | None = None) -> Registry:
    """Read the registry (default: the ontology folder's ``registry.ttl``), with the matcher of its names.

    Both are built once and then loaded from :mod:`graphkit.cache` (a registry of a million names takes
    a minute to build, seconds to load), and built again when the file changes.
    """
    return _load(str(path) if path is not None else str(ontology_file("registry.ttl")))


@lru_cache(maxsize=4)
def _load(path: str) -> Registry:
    import ahocorasick
    import pyoxigraph

    from ..cache import cached, library_stamp

    def build() -> tuple[dict[str, KnownEntity], Matcher]:
        entities = _parse(path).entities
        return entities, _names_matcher(entities)

    name = "registry-" + hashlib.sha256(os.path.abspath(path).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    entities, matcher = cached(name, build, inputs=[Path(path), library_stamp(pyoxigraph), library_stamp(ahocorasick)])
    return Registry(entities, built_matcher=matcher)


def _parse(path: str) -> Registry:
    # pyoxigraph streams the file (a registry of a million names loads in seconds, where
    # an rdflib graph would take minutes and gigabytes); only the four properties read
    # below are kept, grouped by subject.
    import pyoxigraph as ox

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    props = {
        "http://www.w3.org/2000/01/rdf-schema#label": "label",
        "http://www.w3.org/2004/02/skos/core#altLabel": "alt",
        "http://www.w3.org/2004/02/skos/core#hiddenLabel": "hidden",
    }
    part_of = str(PPP.partOf)
    country_of = str(PPP.country)
    seat_of = str(PPP.seat)
    ns = str(ENTITY)
    ppp = str(PPP._NS)
    types: dict[str, set[str]] = {}
    names: dict[str, dict[str, set[tuple[str, str]]]] = {}
    parents: dict[str, list[str]] = {}
    countries: dict[str, list[str]] = {}
    seats: dict[str, list[str]] = {}
    try:
        for triple in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
            s, p, o = triple.subject, triple.predicate.value, triple.object
            if not isinstance(s, ox.NamedNode) or not s.value.startswith(ns):
                continue
            key = s.value[len(ns):]
            if p == rdf_type:
                if isinstance(o, ox.NamedNode) and o.value.startswith(ppp):
                    types.setdefault(key, set()).add(o.value[len(ppp):])
            elif p in props:
                if isinstance(o, ox.Literal):
                    names.setdefault(key, {}).setdefault(props[p], set()).add((o.value, o.language or ""))
            elif p == part_of and isinstance(o, ox.NamedNode):
                parents.setdefault(key, []).append(o.value)
            elif p == country_of and isinstance(o, ox.Literal):
                countries.setdefault(key, []).append(o.value.upper())
            elif p == seat_of and isinstance(o, ox.Literal):
                seats.setdefault(key, []).append(o.value)
    except FileNotFoundError:
        raise OntologyError(f"registry {path} is missing", hint="reinstall graphkit") from None
    except (SyntaxError, ValueError, OSError) as exc:  # pyoxigraph's parse errors are SyntaxErrors with line/column
        line, column, detail = syntax_location(str(exc))
        where = f"line {line}, column {column}: " if line is not None else ""
        raise OntologyError(f"registry {path} cannot be parsed: {where}{detail}"[:300],
                            hint="restore the file from the graphkit sources (or reinstall graphkit)") from None
    entities: dict[str, KnownEntity] = {}
    for key in sorted(types):
        own = names.get(key, {})
        labels = sorted(own.get("label", ()))
        if not labels:
            raise OntologyError(f"registry {path}: {key} has no rdfs:label", hint="give it its English name")
        found = [(text, lang, how) for how in ("label", "alt", "hidden") for text, lang in sorted(own.get(how, ()))]
        parent = min(parents.get(key, ()), default=None)
        entities[key] = KnownEntity(
            key=key,
            type=sorted(types[key])[0],
            label=labels[0][0],
            names=tuple(found),
            part_of=parent[len(ns):] if parent is not None and parent.startswith(ns) else None,
            country=min(countries.get(key, ()), default=None),
            seat=min(seats.get(key, ()), default=None),
        )
    if not entities:
        raise OntologyError(f"registry {path} names no entity (emptied or cut short?)",
                            hint="restore the file from the graphkit sources (or reinstall graphkit)")
    return Registry(entities)

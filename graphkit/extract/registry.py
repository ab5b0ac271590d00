"""The known-entity registry: ``ontology/registry.ttl`` read into plain objects.

Each entity has a stable key (the local name of its ``gke:`` IRI), a class,
an English ``rdfs:label`` and names in many languages and scripts
(``skos:altLabel``; ``skos:hiddenLabel`` for forms matched with less trust);
a unit names the organization it is part of (``ppp:partOf``), a national body
the country it is of (``ppp:country``, an ISO 3166-1 code); an entity whose
Wikidata item is certain names it (``owl:sameAs``).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from ..cache import Strings
from ..errors import OntologyError, syntax_location
from ..resources import forgotten_by_clear_caches, ontology_dir, ontology_file
from ..iris import ENTITY, PPP
from .matcher import Matcher, Pattern

T = TypeVar("T")

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
    same_as: tuple[str, ...] = ()  # Wikidata items it is (owl:sameAs), where the Q-id is certain


class Entities(Mapping):
    """The registry's entities by key, kept in a few flat columns and made into :class:`KnownEntity` objects when
    they are asked for.

    Pickled, a registry of 200,000 entities and a million names is a handful of strings and arrays, which load in a
    fraction of a second where as many objects take seconds. A mapping like a dict: ``entities["binance"]``,
    ``.get``, ``in``, ``.values()`` (in the order of the keys given).
    """

    HOW = ("label", "alt", "hidden")

    def __init__(self, entities: Iterable[KnownEntity]) -> None:
        types: dict[str, int] = {}
        langs: dict[str, int] = {}
        keys, labels, texts = [], [], []
        self.type_of, self.name_ends = array("H"), array("I")
        self.lang_of, self.how_of = array("H"), array("B")
        self.part_of: dict[int, str] = {}
        self.country: dict[int, str] = {}
        self.seat: dict[int, str] = {}
        self.same_as: dict[int, tuple[str, ...]] = {}
        for i, e in enumerate(entities):
            keys.append(e.key)
            labels.append(e.label)
            self.type_of.append(types.setdefault(e.type, len(types)))
            for text, lang, how in e.names:
                texts.append(text)
                self.lang_of.append(langs.setdefault(lang, len(langs)))
                self.how_of.append(self.HOW.index(how))
            self.name_ends.append(len(texts))
            for column, value in ((self.part_of, e.part_of), (self.country, e.country), (self.seat, e.seat)):
                if value is not None:
                    column[i] = value
            if e.same_as:
                self.same_as[i] = e.same_as
        self.key_names, self.labels, self.texts = Strings(keys), Strings(labels), Strings(texts)
        self.types, self.langs = list(types), list(langs)
        self._made()

    def _made(self) -> None:
        self._index: dict[str, int] | None = None
        self._objects: dict[int, KnownEntity] = {}

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("_index", "_objects")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._made()

    def _position(self, key) -> int | None:
        if self._index is None:
            self._index = {k: i for i, k in enumerate(self.key_names)}
        return self._index.get(key)

    def _entity(self, i: int) -> KnownEntity:
        found = self._objects.get(i)
        if found is None:
            first = self.name_ends[i - 1] if i else 0
            names = tuple((self.texts[j], self.langs[self.lang_of[j]], self.HOW[self.how_of[j]])
                          for j in range(first, self.name_ends[i]))
            found = self._objects[i] = KnownEntity(self.key_names[i], self.types[self.type_of[i]], self.labels[i], names,
                                                   self.part_of.get(i), self.country.get(i), self.seat.get(i),
                                                   self.same_as.get(i, ()))
        return found

    def __getitem__(self, key: str) -> KnownEntity:
        i = self._position(key)
        if i is None:
            raise KeyError(key)
        return self._entity(i)

    def __contains__(self, key) -> bool:
        return self._position(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.key_names)

    def __len__(self) -> int:
        return len(self.key_names)

    def values(self):
        return [self._entity(i) for i in range(len(self.key_names))]


@dataclass(frozen=True)
class Registry:
    entities: Mapping[str, KnownEntity]
    #: the matcher of every name, when it was loaded with the registry (else made on first use)
    built_matcher: Matcher | None = field(default=None, compare=False, repr=False)

    @property
    def matcher(self) -> Matcher:
        return self.built_matcher if self.built_matcher is not None else _matcher(self)

    def __hash__(self) -> int:
        return id(self)


@forgotten_by_clear_caches
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
    return _load(str(path)) if path is not None else _load_in(ontology_dir())


@forgotten_by_clear_caches
@lru_cache(maxsize=4)
def _load_in(folder: Path) -> Registry:
    # the stages ask for the registry many times an article: the file is looked for once per folder
    return _load(str(ontology_file("registry.ttl")))


@forgotten_by_clear_caches
@lru_cache(maxsize=4)
def _load(path: str) -> Registry:
    import ahocorasick
    import pyoxigraph

    from ..cache import cached, library_stamp, path_name

    name = path_name("registry", path)

    def build() -> tuple[Entities, Matcher]:
        entities = _parse(path).entities
        matcher = _names_matcher(entities)
        matcher.name = name
        return Entities(entities.values()), matcher

    entities, matcher = cached(name, build, inputs=[Path(path), library_stamp(pyoxigraph), library_stamp(ahocorasick)])
    return Registry(entities, built_matcher=matcher)


def derived(registry: Registry, what: str, build: Callable[[], T], *, inputs: Iterable[str] = ()) -> T:
    """``build()``, something made of the registry's names (the sounds of its Latin names, the words that stand in
    many of them): for a registry read from a file (whose matcher has a cache entry), made once and then loaded from
    the cache, and made again when the names change (the matcher's fingerprint) or ``inputs`` do; else made here."""
    matcher = registry.built_matcher
    if matcher is None or not matcher.name:
        return build()
    from ..cache import cached

    return cached(f"{what}-{matcher.name}", build, inputs=[matcher.fingerprint(), *inputs])


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
    same_as_p = "http://www.w3.org/2002/07/owl#sameAs"
    ns = str(ENTITY)
    ppp = PPP.ns
    types: dict[str, set[str]] = {}
    names: dict[str, dict[str, set[tuple[str, str]]]] = {}
    parents: dict[str, list[str]] = {}
    countries: dict[str, list[str]] = {}
    seats: dict[str, list[str]] = {}
    same: dict[str, set[str]] = {}
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
            elif p == same_as_p and isinstance(o, ox.NamedNode):
                same.setdefault(key, set()).add(o.value)
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
            same_as=tuple(sorted(same.get(key, ()))),
        )
    if not entities:
        raise OntologyError(f"registry {path} names no entity (emptied or cut short?)",
                            hint="restore the file from the graphkit sources (or reinstall graphkit)")
    return Registry(entities)

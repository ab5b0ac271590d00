"""The known-entity registry: ``ontology/registry.ttl`` read into plain objects.

Each entity has a stable key (the local name of its ``gke:`` IRI), a class,
an English ``rdfs:label`` and names in many languages and scripts
(``skos:altLabel``; ``skos:hiddenLabel`` for forms matched with less trust).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import OntologyError
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


@dataclass(frozen=True)
class Registry:
    entities: dict[str, KnownEntity]

    @property
    def matcher(self) -> Matcher:
        return _matcher(self)

    def __hash__(self) -> int:
        return id(self)


@lru_cache(maxsize=4)
def _matcher(registry: Registry) -> Matcher:
    patterns = []
    for e in registry.entities.values():
        for text, lang, how in e.names:
            patterns.append(Pattern(text, e.key, e.type, e.label, lang, priority=2 if how != "hidden" else 1, source=how))
    return Matcher(patterns)


def load_registry(path: str | Path | None = None) -> Registry:
    """Read the registry (default: the ontology folder's ``registry.ttl``)."""
    return _load(str(path) if path is not None else str(ontology_file("registry.ttl")))


@lru_cache(maxsize=4)
def _load(path: str) -> Registry:
    from rdflib import RDF, Graph, Literal
    from rdflib.namespace import RDFS, SKOS

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError:
        raise OntologyError(f"registry {path} is missing", hint="reinstall graphkit") from None
    except Exception as exc:  # rdflib raises many parser exception types
        raise OntologyError(f"registry {path} cannot be parsed: {exc}".splitlines()[0], hint="fix the Turtle syntax") from None
    ns = str(ENTITY)
    ppp = str(PPP._NS)
    entities: dict[str, KnownEntity] = {}
    for subject in sorted(set(graph.subjects(RDF.type, None))):
        iri = str(subject)
        if not iri.startswith(ns):
            continue
        key = iri[len(ns):]
        types = sorted(str(t)[len(ppp):] for t in graph.objects(subject, RDF.type) if str(t).startswith(ppp))
        if not types:
            continue
        labels = sorted(graph.objects(subject, RDFS.label), key=str)
        if not labels:
            raise OntologyError(f"registry {path}: {key} has no rdfs:label", hint="give it its English name")
        names: list[tuple[str, str, str]] = []
        for how, prop in (("label", RDFS.label), ("alt", SKOS.altLabel), ("hidden", SKOS.hiddenLabel)):
            for lit in sorted(graph.objects(subject, prop), key=lambda x: (str(x), getattr(x, "language", "") or "")):
                if isinstance(lit, Literal):
                    names.append((str(lit), lit.language or "", how))
        parent = graph.value(subject, PPP.partOf)
        entities[key] = KnownEntity(
            key=key,
            type=types[0],
            label=str(labels[0]),
            names=tuple(names),
            part_of=str(parent)[len(ns):] if parent is not None and str(parent).startswith(ns) else None,
        )
    return Registry(entities)

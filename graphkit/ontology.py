"""What the code needs to know of ``ontology/ppp.ttl``: classes and signatures.

The ontology is the single source of truth for which subclass belongs to
which scored class and which predicate links which classes; stages ask here
instead of keeping their own tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import OntologyError
from .resources import forgotten_by_clear_caches, ontology_dir, ontology_file
from .iris import RELATIONS, SCORED_CLASSES


@dataclass(frozen=True)
class Ontology:
    #: class local name → the scored class it falls under (``LawEnforcementAgency`` → ``Organization``)
    coarse: dict[str, str]
    #: predicate local name → (allowed subject classes, allowed object classes), as scored classes
    signatures: dict[str, tuple[frozenset[str], frozenset[str]]]
    symmetric: frozenset[str]

    def coarse_type(self, type_: str) -> str | None:
        return self.coarse.get(type_)

    def allows(self, predicate: str, subject_type: str, object_type: str) -> bool:
        """Whether ``subject_type --predicate--> object_type`` fits the domain and range."""
        dom, rng = self.signatures[predicate]
        return self.coarse.get(subject_type) in dom and self.coarse.get(object_type) in rng


@lru_cache(maxsize=4)
def _graph(path: str):
    from .resources import parse_turtle

    return parse_turtle(path)


def subclass_pairs() -> tuple[tuple, ...]:
    """The ``(subclass, superclass)`` IRI pairs of ``ppp.ttl``, for readers of any graph."""
    return _subclass_pairs(str(ontology_file("ppp.ttl")))


@lru_cache(maxsize=4)
def _subclass_pairs(path: str) -> tuple[tuple, ...]:
    from rdflib import RDFS, URIRef

    pairs = _graph(path).subject_objects(RDFS.subClassOf)
    return tuple(sorted((s, o) for s, o in pairs if isinstance(s, URIRef) and isinstance(o, URIRef)))


def class_sectors() -> dict:
    """The ``ppp:sector`` of each class of ``ppp.ttl`` that declares one: class IRI → "public" or "private".

    Only the classes that state it; a subclass's sector is its nearest
    superclass's (readers walk the ``rdfs:subClassOf`` tree).
    """
    return dict(_class_sectors(str(ontology_file("ppp.ttl"))))


@lru_cache(maxsize=4)
def _class_sectors(path: str) -> dict:
    from rdflib import Literal, URIRef

    from .vocab import PPP

    return {s: str(o) for s, o in sorted(_graph(path).subject_objects(PPP.sector))
            if isinstance(s, URIRef) and isinstance(o, Literal)}


@forgotten_by_clear_caches
def clear_cache() -> None:
    """Forget parsed ontologies (after changing ``GRAPHKIT_ONTOLOGY`` or the file)."""
    for cached in (_graph, _subclass_pairs, _class_sectors, _load, _load_in, ontology_dir):
        cached.cache_clear()


def load() -> Ontology:
    """The ontology's classes and signatures (parsed once per ontology file, then loaded from the cache)."""
    return _load_in(ontology_dir())


@lru_cache(maxsize=4)
def _load_in(folder: Path) -> Ontology:
    # the stages ask for the ontology many times an article: the file is looked for once per folder
    return _load(str(ontology_file("ppp.ttl")))


@lru_cache(maxsize=4)
def _load(path: str) -> Ontology:
    from .cache import cached, package_stamp, path_name

    # rdflib is imported only to read the ontology, not to load what was read of it
    return cached(path_name("ontology", path), lambda: _read(path), inputs=[Path(path), package_stamp("rdflib")])


def _read(path: str) -> Ontology:
    from rdflib import OWL, RDF, RDFS
    from rdflib.collection import Collection

    from .vocab import PPP

    graph = _graph(path)
    ppp = str(PPP._NS)

    def local(node) -> str | None:
        s = str(node)
        return s[len(ppp):] if s.startswith(ppp) else None

    coarse: dict[str, str] = {}
    for cls in set(graph.subjects(RDF.type, OWL.Class)):
        name = local(cls)
        if not name:
            continue
        for ancestor in graph.transitive_objects(cls, RDFS.subClassOf):
            if local(ancestor) in SCORED_CLASSES:
                coarse[name] = local(ancestor)
                break

    def classes(node) -> frozenset[str]:
        if node is None:
            return frozenset()
        union = graph.value(node, OWL.unionOf)
        if union is not None:
            return frozenset(c for member in Collection(graph, union) for c in classes(member))
        name = local(node)
        return frozenset({coarse.get(name, name)}) if name else frozenset()

    signatures = {}
    for predicate in RELATIONS:
        node = PPP[predicate]
        dom, rng = classes(graph.value(node, RDFS.domain)), classes(graph.value(node, RDFS.range))
        if not dom or not rng:
            raise OntologyError(f"{path}: ppp:{predicate} lacks rdfs:domain or rdfs:range", hint="restore the file")
        signatures[predicate] = (dom, rng)
    symmetric = frozenset(p for p in RELATIONS if (PPP[p], RDF.type, OWL.SymmetricProperty) in graph)
    return Ontology(coarse, signatures, symmetric)

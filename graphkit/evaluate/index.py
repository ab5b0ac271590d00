"""What the scorer needs from a graph, read once: scored nodes and their labels, mentions,
relation triples with their documents and roles, figures."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.term import Node

from ..ontology import subclass_pairs
from ..vocab import ITSRDF, KIND, NIF, PPP, RELATIONS, SCORED_CLASSES


def _fold(text: str) -> str:
    """NFKC and case folding, as labels and gold names are compared."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def _local(iri: Node) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1] or text
    return text


@dataclass(frozen=True)
class _Triple:
    subject: Node
    predicate: str
    object: Node
    documents: frozenset[str]
    roles: Mapping[str, tuple[str, ...]]  # document -> roles as written on evidence from it


@dataclass(frozen=True)
class _Figure:
    node: Node
    kind: str
    value: Decimal | None
    documents: frozenset[str]
    about: tuple[Node, ...]
    text: str


class _GraphIndex:
    """What the scorer needs from a graph, read once."""

    def __init__(self, graph: Graph) -> None:
        docs: dict[Node, set[str]] = defaultdict(set)
        for node, ident in graph.subject_objects(DCTERMS.identifier):
            docs[node].add(str(ident))
        self.doc_names: frozenset[str] = frozenset(name for names in docs.values() for name in names)

        def doc_names(node: Node, predicate: URIRef) -> set[str]:
            return {name for doc in graph.objects(node, predicate) for name in docs.get(doc, ())}

        # coarse types, through rdfs:subClassOf* in the graph and the ontology
        parents: dict[Node, set[Node]] = defaultdict(set)
        for sub, sup in [*graph.subject_objects(RDFS.subClassOf), *subclass_pairs()]:
            parents[sub].add(sup)
        scored = {PPP[name]: name for name in SCORED_CLASSES}
        coarse_cache: dict[Node, frozenset[str]] = {}

        def coarse(cls: Node) -> frozenset[str]:
            if cls not in coarse_cache:
                found, seen, todo = set(), {cls}, [cls]
                while todo:
                    current = todo.pop()
                    if current in scored:
                        found.add(scored[current])
                    for parent in parents.get(current, ()):
                        if parent not in seen:
                            seen.add(parent)
                            todo.append(parent)
                coarse_cache[cls] = frozenset(found)
            return coarse_cache[cls]

        types: dict[Node, set[str]] = defaultdict(set)
        for node, cls in graph.subject_objects(RDF.type):
            found = coarse(cls)
            if found:
                types[node] |= found
        #: scored node -> its coarse types, in the contract's order
        self.types: dict[Node, tuple[str, ...]] = {
            node: tuple(name for name in SCORED_CLASSES if name in found) for node, found in types.items()
        }
        self.nodes: tuple[Node, ...] = tuple(sorted(self.types, key=str))

        self.labels: dict[Node, frozenset[str]] = {}
        self.display: dict[Node, str] = {}
        for node in self.nodes:
            labels = [o for o in graph.objects(node, RDFS.label) if isinstance(o, Literal)]
            alts = [o for o in graph.objects(node, SKOS.altLabel) if isinstance(o, Literal)]
            self.labels[node] = frozenset(_fold(str(label)) for label in labels + alts)
            self.display[node] = _display(labels) or _display(alts) or _local(node)

        # mentions
        self.phrases: dict[tuple[str, str], set[Node]] = defaultdict(set)
        self.node_docs: dict[Node, set[str]] = defaultdict(set)
        for phrase, target in graph.subject_objects(ITSRDF.taIdentRef):
            names = doc_names(phrase, NIF.referenceContext)
            anchors = [str(a) for a in graph.objects(phrase, NIF.anchorOf)]
            for name in names:
                self.node_docs[target].add(name)
                for anchor in anchors:
                    self.phrases[(name, anchor)].add(target)

        # evidence of relations
        evidence: dict[tuple[Node, Node, Node], list[tuple[set[str], list[str]]]] = defaultdict(list)
        for ev, subject in graph.subject_objects(RDF.subject):
            for predicate in graph.objects(ev, RDF.predicate):
                for obj in graph.objects(ev, RDF.object):
                    roles = [str(r) for r in graph.objects(ev, PPP.role)]
                    evidence[(subject, predicate, obj)].append((doc_names(ev, PROV.wasDerivedFrom), roles))

        # relation triples between scored nodes, partnersWith without direction
        merged: dict[tuple[Node, str, Node], tuple[set[str], dict[str, set[str]]]] = {}
        for name in RELATIONS:
            predicate = PPP[name]
            for subject, obj in graph.subject_objects(predicate):
                if subject not in self.types or obj not in self.types:
                    continue
                pairs = [(subject, obj)]
                if name == "partnersWith":
                    pairs.append((obj, subject))
                    subject, obj = sorted((subject, obj), key=str)
                documents, roles = merged.setdefault((subject, name, obj), (set(), defaultdict(set)))
                for s, o in pairs:
                    for names, ev_roles in evidence.get((s, predicate, o), ()):
                        documents |= names
                        for doc in names:
                            roles[doc].update(ev_roles)
        self.triples: tuple[_Triple, ...] = tuple(
            _Triple(s, p, o, frozenset(docs_), {d: tuple(sorted(r)) for d, r in sorted(roles.items())})
            for (s, p, o), (docs_, roles) in sorted(
                merged.items(), key=lambda kv: (str(kv[0][0]), kv[0][1], str(kv[0][2]))
            )
        )

        # figures
        kind_ns = str(KIND._NS)
        figures = []
        for node in sorted(set(graph.subjects(RDF.type, PPP.Figure)), key=str):
            kinds = sorted(str(k) for k in graph.objects(node, PPP.kind))
            kind = kinds[0] if kinds else "(no kind)"
            if kind.startswith(kind_ns):
                kind = kind[len(kind_ns):]
            values = [_decimal(v) for v in graph.objects(node, PPP.value)]
            values = [v for v in values if v is not None]
            texts = sorted(str(t) for t in graph.objects(node, NIF.anchorOf))
            figures.append(
                _Figure(
                    node=node,
                    kind=kind,
                    value=min(values) if values else None,
                    documents=frozenset(doc_names(node, PROV.wasDerivedFrom)),
                    about=tuple(sorted(graph.objects(node, PPP.about), key=str)),
                    text=texts[0] if texts else "",
                )
            )
        self.figures: tuple[_Figure, ...] = tuple(figures)

    def label(self, node: Node) -> str:
        return self.display.get(node) or _local(node)


def _display(labels: list[Literal]) -> str:
    """One label to show: English first, then untagged, then any, each sorted."""
    if not labels:
        return ""
    ranked = sorted(labels, key=lambda l: (l.language != "en", l.language is not None, str(l)))
    return str(ranked[0])


def _decimal(value: Node) -> Decimal | None:
    if not isinstance(value, Literal):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None

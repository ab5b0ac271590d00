"""How two entities are linked: the shortest chain of relations between them, with the sentences
behind each step; entities found by any of their names."""

from __future__ import annotations

import difflib
import itertools
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from ..errors import QueryError
from ..sources import read_graph as load
from ..terms import term_text
from ..vocab import NIF, PPP
from .measures import _simple
from .projection import _confidence


@dataclass(frozen=True)
class Evidence:
    """A sentence stating a relation."""

    sentence: str
    #: the document's identifier (its file name), else its IRI
    document: str
    confidence: float | None
    #: the role, on the evidence of a worksFor relation
    role: str = ""


@dataclass(frozen=True)
class Step:
    """One relation of a chain, from ``source`` to ``target`` (the chain's order)."""

    source: str
    target: str
    predicate: str
    #: "forward": source --predicate--> target; "backward": target --predicate--> source;
    #: "symmetric": a symmetric relation (partnersWith)
    direction: str
    evidence: tuple[Evidence, ...]
    source_label: str = ""
    target_label: str = ""

    @property
    def subject(self) -> str:
        return self.target if self.direction == "backward" else self.source

    @property
    def object(self) -> str:
        return self.source if self.direction == "backward" else self.target

    @property
    def confidence(self) -> float | None:
        values = [e.confidence for e in self.evidence if e.confidence is not None]
        return max(values) if values else None


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _names(G: nx.MultiDiGraph, graph) -> dict[str, set[str]]:
    """Normalized name → the entities it names (their label, rdfs:label and skos:altLabel)."""
    index: dict[str, set[str]] = defaultdict(set)
    for node, label in G.nodes(data="label"):
        if label:
            index[_norm(str(label))].add(node)
    if graph is not None:
        for predicate in (RDFS.label, SKOS.altLabel):
            for subject, name in graph.subject_objects(predicate):
                if isinstance(name, Literal) and str(subject) in G:
                    index[_norm(str(name))].add(str(subject))
    return index


def resolve_entity(G: nx.MultiDiGraph, graph, name: str) -> str:
    """The entity id that ``name`` gives: an IRI, a ``prefix:name``, or a name in any language or script.

    Names are compared without regard to case, Unicode normalization or
    repeated spaces, against every ``rdfs:label`` and ``skos:altLabel``.

    Raises:
        QueryError: no entity, or several, go by that name (the hint says what to give instead).
    """
    import pyoxigraph as ox

    from ..store import compact_iri, param_term

    graph = load(graph) if graph is not None else None
    text = name.strip()
    if not text:
        raise QueryError("an empty name names no entity", hint="give a name, prefix:name or IRI")
    term = param_term(text)  # the IRI that an IRI or prefix:name gives, as `graphkit query --param` reads them
    if isinstance(term, ox.NamedNode):
        if term.value in G:
            return term.value
        raise QueryError(f"{text} is not an entity of the graph",
                         hint="give the IRI of an entity, or its name; `graphkit query GRAPH entities` lists them")
    index = _names(G, graph)
    found = sorted(index.get(_norm(text), ()))
    if len(found) == 1:
        return found[0]
    if found:
        listed = ", ".join(f"{G.nodes[n].get('label', '')} ({compact_iri(n)}, {G.nodes[n].get('cls', '')})" for n in found[:5])
        more = f" and {len(found) - 5} more" if len(found) > 5 else ""
        raise QueryError(f"{text!r} names {len(found)} entities: {listed}{more}",
                         hint="give the entity's IRI or prefix:name instead")
    close = difflib.get_close_matches(_norm(text), list(index), n=3, cutoff=0.75)
    labels = sorted({G.nodes[n].get("label", n) for key in close for n in sorted(index[key])})
    hint = f"did you mean {', '.join(repr(x) for x in labels[:3])}? " if labels else ""
    raise QueryError(f"no entity of the graph is named {text!r}",
                     hint=hint + "names are rdfs:label or skos:altLabel; an IRI or prefix:name works too")


#: At most this many shortest chains are compared to find the best supported one.
MAX_CHAINS_COMPARED = 200


def shortest_chain(G: nx.MultiDiGraph, graph, source: str, target: str) -> list[Step]:
    """The shortest chain of relations between two entities, directions ignored, with the evidence of each step.

    Among chains of the same length, the one whose steps have the most
    evidence wins (then the smallest ids, so the answer is stable). At each
    step, the relation with the most evidence is given.

    Args:
        G: :func:`project`'s graph.
        graph: the graph it was projected from (for names and evidence sentences).
        source, target: IRIs, ``prefix:name``\\ s, or names (see :func:`resolve_entity`).

    Returns:
        The steps in order; ``[]`` if source and target are the same entity or are not connected.

    Raises:
        QueryError: a name is unknown or names several entities.
    """
    graph = load(graph) if graph is not None else None
    a = resolve_entity(G, graph, source)
    b = resolve_entity(G, graph, target)
    if a == b:
        return []
    H = _simple(G)
    try:
        paths = list(itertools.islice(nx.all_shortest_paths(H, a, b), MAX_CHAINS_COMPARED))
    except nx.NetworkXNoPath:
        return []

    def hop(u: str, v: str) -> tuple[int, float, str, str]:
        """The best relation between u and v: (evidence, confidence, predicate, direction)."""
        options = []
        for x, y, direction in ((u, v, "forward"), (v, u, "backward")):
            for key, data in (G.get_edge_data(x, y) or {}).items():
                options.append((int(data.get("evidence", 0)), float(data.get("confidence", 0.0)), str(key), direction))
        return min(options, key=lambda o: (-o[0], -o[1], o[2], o[3] != "forward"))

    best = min(paths, key=lambda path: (-sum(hop(u, v)[0] for u, v in zip(path, path[1:])), path))
    from .. import ontology

    symmetric = ontology.load().symmetric
    steps = []
    for u, v in zip(best, best[1:]):
        _, _, predicate, direction = hop(u, v)
        subject, obj = (u, v) if direction == "forward" else (v, u)
        if predicate in symmetric:
            direction = "symmetric"
        evidence = _evidence(graph, subject, predicate, obj, predicate in symmetric) if graph is not None else ()
        steps.append(Step(u, v, predicate, direction, evidence,
                          str(G.nodes[u].get("label", u)), str(G.nodes[v].get("label", v))))
    return steps


def _evidence(graph, s: str, predicate: str, o: str, symmetric: bool) -> tuple[Evidence, ...]:
    """The evidence of ``s predicate o`` (and of ``o predicate s`` for a symmetric one)."""
    wanted = {(URIRef(s), URIRef(o))} | ({(URIRef(o), URIRef(s))} if symmetric else set())
    found: dict[Node, Evidence] = {}  # one per evidence node, as the projection counts them
    for subject in sorted({URIRef(s), URIRef(o)}):
        for ev in set(graph.subjects(RDF.subject, subject)):
            if PPP[predicate] not in set(graph.objects(ev, RDF.predicate)):
                continue
            if not any((subject, obj) in wanted for obj in graph.objects(ev, RDF.object)):
                continue
            docs = []
            for doc in graph.objects(ev, PROV.wasDerivedFrom):
                ident = graph.value(doc, DCTERMS.identifier)
                docs.append(term_text(ident) if ident is not None else term_text(doc))
            confidence = graph.value(ev, PPP.confidence)
            role = graph.value(ev, PPP.role)
            found[ev] = Evidence(
                sentence=term_text(graph.value(ev, NIF.anchorOf) or ""),
                document=", ".join(sorted(docs)) or "?",
                confidence=_confidence(confidence) if confidence is not None else None,
                role=term_text(role) if role is not None else "",
            )
    return tuple(sorted(found.values(), key=lambda e: (-(e.confidence or 0.0), e.document, e.sentence, e.role)))

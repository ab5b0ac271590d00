"""The projection: the RDF graph's entities and the relations between them, as a networkx multigraph."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from ..sources import read_graph as load
from ..terms import class_parents, class_roots, local_name, occurrences, pick_label
from ..vocab import PPP, RELATIONS


def _class_sectors(graph, parents: dict[Node, set[Node]]) -> dict[Node, str]:
    """Each class → its sector: its own ``ppp:sector``, else its nearest superclass's ("" if none or ambiguous)."""
    from ..ontology import class_sectors

    declared: dict[Node, set[str]] = defaultdict(set)
    for cls, sector in class_sectors().items():
        declared[cls].add(sector)
    for cls, sector in graph.subject_objects(PPP.sector):
        if isinstance(sector, Literal):
            declared[cls].add(str(sector))

    memo: dict[Node, str] = {}

    def sector_of(cls: Node) -> str:
        if cls in memo:
            return memo[cls]
        frontier, seen, found = [cls], {cls}, set()
        while frontier and not found:
            for c in frontier:
                found |= declared.get(c, set())
            nxt = {p for c in frontier for p in parents.get(c, ()) if p not in seen}
            seen |= nxt
            frontier = sorted(nxt, key=str)
        memo[cls] = found.pop() if len(found) == 1 else ""
        return memo[cls]

    return {cls: sector_of(cls) for cls in set(parents) | set(declared)}


def _confidence(value: Node) -> float | None:
    try:
        number = float(str(value))
    except ValueError:
        return None
    return number if number == number else None  # not NaN


def project(graph) -> nx.MultiDiGraph:
    """The entities and the relations between them, as a networkx multigraph.

    Args:
        graph: an :class:`rdflib.Graph` that follows ``output-contract.md``, a
            :class:`pyoxigraph.Store`, or :func:`load`'s result. It need not
            hold the ontology: classes and sectors come from ``ontology/ppp.ttl``
            and the graph's own ``rdfs:subClassOf`` and ``ppp:sector``.

    Returns:
        A MultiDiGraph, nodes and edges inserted in sorted order (see the
        module's docstring for the attributes).

    Raises:
        OntologyError: ``ontology/ppp.ttl`` is missing or broken.
    """
    from .. import ontology

    graph = load(graph)
    roots = class_roots(graph)
    sectors = _class_sectors(graph, class_parents(graph))

    typed: dict[Node, list[tuple[int, str, Node]]] = defaultdict(list)
    for subject, cls in graph.subject_objects(RDF.type):
        if isinstance(subject, URIRef) and cls in roots:
            typed[subject].append((-roots[cls][1], str(cls), cls))

    labels: dict[Node, list[Literal]] = defaultdict(list)
    alt: dict[Node, list[Literal]] = defaultdict(list)
    for names, predicate in ((labels, RDFS.label), (alt, SKOS.altLabel)):
        for subject, name in graph.subject_objects(predicate):
            if subject in typed and isinstance(name, Literal):
                names[subject].append(name)
    mentions = occurrences(graph, typed)

    nodes: dict[Node, dict] = {}
    for iri in sorted(typed, key=str):
        _, _, cls = min(typed[iri])
        nodes[iri] = {
            "label": pick_label(labels.get(iri, []), alt.get(iri, []), iri),
            "cls": local_name(cls),
            "root": roots[cls][0],
            "sector": sectors.get(cls, "") if roots[cls][0] == "Organization" else "",
            "mentions": mentions.get(iri, 0),
        }

    symmetric = ontology.load().symmetric
    by_predicate = {PPP[name]: name for name in RELATIONS}
    relations: dict[tuple[Node, str, Node], set[Node]] = {}
    for predicate, name in by_predicate.items():
        for s, o in graph.subject_objects(predicate):
            if s in nodes and o in nodes:
                relations.setdefault(_edge_key(s, name, o, symmetric), set())

    # evidence: rdf:subject / rdf:predicate / rdf:object reifications of the relation triples
    parts: dict[Node, list[set[Node]]] = defaultdict(lambda: [set(), set(), set()])
    for i, term in enumerate((RDF.subject, RDF.predicate, RDF.object)):
        for ev, value in graph.subject_objects(term):
            parts[ev][i].add(value)
    confidences: dict[Node, float] = {}
    for ev, value in graph.subject_objects(PPP.confidence):
        number = _confidence(value)
        if ev in parts and number is not None:
            confidences[ev] = max(number, confidences.get(ev, number))
    for ev, (ss, ps, os_) in parts.items():
        for s, p, o in itertools.product(ss, ps, os_):
            name = by_predicate.get(p)
            if name is not None:
                key = _edge_key(s, name, o, symmetric)
                if key in relations:
                    relations[key].add(ev)

    # an organization of no sector that is part of organizations of one sector shares it
    part_of: dict[Node, set[Node]] = defaultdict(set)
    for s, name, o in relations:
        if name == "partOf" and s != o:
            part_of[s].add(o)
    changed = True
    while changed:
        changed = False
        for unit in sorted(part_of, key=str):
            if nodes[unit]["root"] == "Organization" and not nodes[unit]["sector"]:
                up = {nodes[parent]["sector"] for parent in part_of[unit]} - {""}
                if len(up) == 1:
                    nodes[unit]["sector"] = up.pop()
                    changed = True

    G = nx.MultiDiGraph()
    for iri, data in nodes.items():
        G.add_node(str(iri), **data)
    for s, name, o in sorted(relations, key=lambda k: (str(k[0]), str(k[2]), k[1])):
        evs = relations[(s, name, o)]
        found = [confidences[ev] for ev in evs if ev in confidences]
        G.add_edge(str(s), str(o), key=name, predicate=name, evidence=len(evs), confidence=max(found, default=0.0))
    return G


def _edge_key(s: Node, name: str, o: Node, symmetric: frozenset[str]) -> tuple[Node, str, Node]:
    if name in symmetric and str(o) < str(s):
        return (o, name, s)
    return (s, name, o)


"""Graph analytics with networkx: who is central, which groups form, which
public and private organizations work together, and how two entities are linked.

The RDF graph (``output-contract.md``) is first *projected* to a
:class:`networkx.MultiDiGraph`:

- a node per entity (a subject typed with a subclass of one of the four scored
  classes), its id the entity's IRI, with ``label`` (the ``rdfs:label``,
  English first, as the viewer picks it), ``cls`` (the most specific class's
  local name), ``root`` (its scored class), ``sector`` (``"public"``,
  ``"private"`` or ``""``, from the ontology's ``ppp:sector``) and
  ``mentions`` (the number of ``nif:Phrase`` pointing at it);
- an edge per relation triple between two entities (the predicates of
  ``vocab.RELATIONS``), its key the predicate's local name, with
  ``predicate`` (the same), ``evidence`` (how many ``ppp:Evidence`` state it)
  and ``confidence`` (their highest ``ppp:confidence``; 0.0 without evidence).
  A symmetric relation (``partnersWith``) stated both ways is one edge, from
  the smaller IRI to the larger.

Every attribute is a ``str``, ``int`` or ``float`` (never None), so the
projection writes to GraphML, GEXF and CSV and reads back unchanged.

Centrality and communities are computed on the undirected simple graph of the
projection (a link between two entities, whatever the number and direction
of the relations between them). Everything is deterministic: nodes and edges
are inserted in sorted order and the random choices use a fixed seed.

Large graphs: :func:`load` reads a graph file or a knowledge base with
pyoxigraph, many times faster than rdflib; every function here takes that
or an :class:`rdflib.Graph`.

Example:
    >>> from rdflib import Graph
    >>> G = project(Graph())
    >>> G.number_of_nodes(), centrality(G, "degree"), communities(G)
    (0, {}, {})
"""

from __future__ import annotations

import csv
import difflib
import io
import itertools
import random
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from ..callable import make_callable
from ..columns import cut, render
from ..errors import QueryError
from ..sources import StoreGraph, read_graph as load  # noqa: F401 - graphkit.analyze.load: a graph ready for project()
from ..terms import class_parents, class_roots, local_name, pick_label, term_text
from ..vocab import ITSRDF, NIF, PPP, RELATIONS

__all__ = [
    "BETWEENNESS_SAMPLE", "SEED", "PARTICIPATION",
    "Evidence", "Pair", "Step", "StoreGraph",
    "load", "project", "centrality", "betweenness_sample", "communities", "public_private_pairs",
    "resolve_entity", "shortest_chain", "write_graphml", "write_gexf", "write_csv",
    "report", "format_report", "format_chain", "chain_to_dict", "analyze",
]

#: The seed of every random choice (Louvain's node order, betweenness's sampled sources).
SEED = 0
#: Betweenness is exact in each connected component of at most this many entities, and
#: estimated from this many source entities sampled in each larger one (Brandes' sampling).
BETWEENNESS_SAMPLE = 100

#: How an organization takes part in an operation or initiative, for the pairs
#: linked "via shared" ones: predicate → True when the subject is the one taking
#: part (``X memberOf I``), False when it is the object (``Operation coordinatedBy X``).
PARTICIPATION = {"participatedIn": True, "memberOf": True, "coordinatedBy": False, "launchedBy": False}

# --------------------------------------------------------------------------- the projection


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
    mentions = Counter(entity for _, entity in set(graph.subject_objects(ITSRDF.taIdentRef)) if entity in typed)

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


# --------------------------------------------------------------------------- centrality and communities


def _simple(G: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph: one link per pair of linked entities, weighted by its relations."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    for u, v in G.edges():
        if u == v:
            continue
        a, b = (u, v) if u < v else (v, u)
        if H.has_edge(a, b):
            H[a][b]["weight"] += 1
        else:
            H.add_edge(a, b, weight=1)
    return H


def betweenness_sample(size: int) -> int | None:
    """How many source entities betweenness samples in a component of ``size`` entities (None: all, exact)."""
    return None if size <= BETWEENNESS_SAMPLE else BETWEENNESS_SAMPLE


def _betweenness(H: nx.Graph, sample: int | None, seed: int) -> dict[str, float]:
    """Normalized betweenness, component by component: no shortest path leaves its component, so
    each is exact, or estimated from its own sample of sources, and they add up."""
    n = H.number_of_nodes()
    values = dict.fromkeys(H, 0.0)
    if n <= 2:
        return values
    rng = random.Random(seed)
    components = sorted((c for c in nx.connected_components(H) if len(c) > 2), key=lambda c: (-len(c), min(c)))
    for component in components:
        k = betweenness_sample(len(component)) if sample is None else (sample if sample < len(component) else None)
        # raw counts of pairs (each once), scaled up by |component| / k when sampled
        sub = H.subgraph(component).copy()  # a copy: BFS on a subgraph view filters every adjacency
        values.update(nx.betweenness_centrality(sub, k=k, normalized=False, seed=rng))
    scale = 2 / ((n - 1) * (n - 2))
    return {node: value * scale for node, value in values.items()}


MEASURES = ("degree", "betweenness")


def centrality(G: nx.MultiDiGraph, measure: str, *, sample: int | None = None, seed: int = SEED) -> dict[str, float]:
    """Normalized centrality of each entity on the undirected simple projection.

    Args:
        G: :func:`project`'s graph.
        measure: ``"degree"`` (the share of the other entities it is linked
            to) or ``"betweenness"`` (the share of shortest paths between
            other entities that pass through it).
        sample: betweenness only: in each connected component larger than
            this, estimate it from this many sampled source entities (Brandes'
            sampling, scaled to the component); smaller components are exact.
            Default: :data:`BETWEENNESS_SAMPLE`, which keeps a graph of 5,000
            entities within seconds.
        seed: the seed of the sample, so that the same graph gives the same values.

    Returns:
        Entity id → value, in ``G``'s node order.

    Example:
        >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
        >>> centrality(G, "degree")
        {'a': 0.5, 'b': 1.0, 'c': 0.5}
        >>> centrality(G, "betweenness")
        {'a': 0.0, 'b': 1.0, 'c': 0.0}
    """
    if measure not in MEASURES:
        raise ValueError(f"measure = {measure!r} is invalid; choose one of {', '.join(MEASURES)}")
    H = _simple(G)
    if measure == "degree":
        values = nx.degree_centrality(H) if H.number_of_nodes() > 1 else dict.fromkeys(H, 0.0)
    else:
        values = _betweenness(H, sample, seed)
    return {node: float(values[node]) for node in G}


def communities(G: nx.MultiDiGraph, *, seed: int = SEED) -> dict[str, int]:
    """The community of each entity: Louvain on the undirected projection, weighted by relations.

    Communities are numbered 0, 1 … by decreasing size, ties broken by their
    smallest member id; an entity without relations is a community of its own.

    Example:
        >>> G = nx.MultiDiGraph([("a", "b"), ("c", "d"), ("d", "e")])
        >>> communities(G)
        {'a': 1, 'b': 1, 'c': 0, 'd': 0, 'e': 0}
    """
    H = _simple(G)
    if H.number_of_edges() == 0:
        parts = [{node} for node in H]
    else:
        parts = nx.community.louvain_communities(H, weight="weight", seed=seed)
    parts = sorted(parts, key=lambda part: (-len(part), min(part)))
    index = {node: i for i, part in enumerate(parts) for node in part}
    return {node: index[node] for node in G}


# --------------------------------------------------------------------------- public-private pairs


@dataclass(frozen=True)
class Pair:
    """A public and a private organization, and what links them."""

    public: str
    private: str
    #: direct relations between the two, either direction
    relations: int
    #: evidence of those relations
    evidence: int
    #: their predicates, sorted
    predicates: tuple[str, ...]
    #: operations and initiatives both take part in (:data:`PARTICIPATION`), sorted by id
    shared: tuple[str, ...]

    @property
    def via(self) -> str:
        """``"direct"``, ``"shared"`` or ``"direct+shared"``."""
        return "+".join(w for w, on in (("direct", self.relations), ("shared", self.shared)) if on)


def public_private_pairs(G: nx.MultiDiGraph, graph=None, *, shared: bool = True) -> list[Pair]:
    """Pairs of a public and a private organization, the most connected first.

    Public and private are the ``sector`` of :func:`project`'s nodes: the
    ontology's ``ppp:sector`` of their class (law-enforcement, government and
    intergovernmental bodies are public, companies private; non-profits,
    initiatives, media are neither), and for a unit without one, the sector
    of the organization it is ``ppp:partOf``.

    Pairs are ranked by their direct relations, then the evidence of those,
    then the number of operations and initiatives both take part in, then ids.

    Args:
        G: :func:`project`'s graph.
        graph: the graph ``G`` was projected from; needed only if ``G``'s nodes
            lack the ``sector`` attribute (then it is projected again).
        shared: also list the pairs linked only through a shared operation or
            initiative (``participatedIn``, ``memberOf``, and ``coordinatedBy``,
            ``launchedBy`` the other way), and count those on every pair.
    """
    if any("sector" not in data for _, data in G.nodes(data=True)):
        if graph is None:
            raise ValueError("G's nodes have no sector attribute; give the graph it was projected from")
        sector_of = nx.get_node_attributes(project(graph), "sector")
    else:
        sector_of = nx.get_node_attributes(G, "sector")

    def sector(node: str) -> str:
        return sector_of.get(node, "") if G.nodes[node].get("root", "Organization") == "Organization" else ""

    direct: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0, set()])
    involved: dict[str, set[str]] = defaultdict(set)  # hub → organizations taking part
    for u, v, key, data in G.edges(keys=True, data=True):
        pair = _pair(sector(u), u, sector(v), v)
        if pair is not None:
            entry = direct[pair]
            entry[0] += 1
            entry[1] += int(data.get("evidence", 0))
            entry[2].add(str(data.get("predicate", key)))
        taking_part = PARTICIPATION.get(str(data.get("predicate", key)))
        if taking_part is not None and u != v:
            member, hub = (u, v) if taking_part else (v, u)
            involved[hub].add(member)

    hubs: dict[tuple[str, str], set[str]] = defaultdict(set)
    if shared:
        for hub, members in involved.items():
            public = sorted(m for m in members if sector(m) == "public")
            private = sorted(m for m in members if sector(m) == "private")
            for a, b in itertools.product(public, private):
                if hub not in (a, b):
                    hubs[(a, b)].add(hub)

    pairs = [
        Pair(public=a, private=b, relations=direct[(a, b)][0] if (a, b) in direct else 0,
             evidence=direct[(a, b)][1] if (a, b) in direct else 0,
             predicates=tuple(sorted(direct[(a, b)][2])) if (a, b) in direct else (),
             shared=tuple(sorted(hubs.get((a, b), ()))))
        for a, b in set(direct) | set(hubs)
    ]
    pairs.sort(key=lambda p: (-p.relations, -p.evidence, -len(p.shared), p.public, p.private))
    return pairs


def _pair(su: str, u: str, sv: str, v: str) -> tuple[str, str] | None:
    if su == "public" and sv == "private":
        return (u, v)
    if su == "private" and sv == "public":
        return (v, u)
    return None


# --------------------------------------------------------------------------- chains


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


# --------------------------------------------------------------------------- exports

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _scalar(value, *, xml: bool):
    """A value GraphML, GEXF and CSV can hold: None → dropped, a list → "a; b", other objects → text."""
    if value is None:
        return None
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        value = "; ".join(sorted(str(v) for v in value) if isinstance(value, (set, frozenset)) else map(str, value))
    text = str(value)
    return _XML_INVALID.sub("\ufffd", text) if xml else text


def _exportable(G: nx.MultiDiGraph, *, xml: bool) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    for node, data in G.nodes(data=True):
        out.add_node(_scalar(node, xml=xml), **{k: c for k, v in data.items() if (c := _scalar(v, xml=xml)) is not None})
    for u, v, key, data in G.edges(keys=True, data=True):
        out.add_edge(_scalar(u, xml=xml), _scalar(v, xml=xml), key=_scalar(key, xml=xml),
                     **{k: c for k, v2 in data.items() if (c := _scalar(v2, xml=xml)) is not None})
    return out


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``G`` as GraphML (UTF-8), atomically.

    Edge ids are the edges' keys (the predicate), networkx's convention:
    ``nx.read_graphml(path, edge_key_type=str, force_multigraph=True)`` gives
    ``G`` back. None values are left out, lists become "a; b" text.
    """
    from ..writing import write_atomic

    buffer = io.BytesIO()
    nx.write_graphml(_exportable(G, xml=True), buffer, encoding="utf-8", prettyprint=True)
    return write_atomic(path, buffer.getvalue())


def write_gexf(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``G`` as GEXF 1.2 (UTF-8) for Gephi, atomically.

    Edge ids are numbers; the key is the ``networkx_key`` attribute, so
    ``nx.read_gexf(path)`` gives ``G`` back (each edge with an extra ``id``).
    """
    from ..writing import write_atomic

    buffer = io.BytesIO()
    nx.write_gexf(_exportable(G, xml=True), buffer, encoding="utf-8", prettyprint=True)
    return write_atomic(path, buffer.getvalue())


_NODE_COLUMNS = ("label", "cls", "root", "sector", "mentions")
_EDGE_COLUMNS = ("predicate", "evidence", "confidence")


def _columns(records: list[dict], first: tuple[str, ...]) -> list[str]:
    keys = {k for record in records for k, v in record.items() if v is not None}
    return [c for c in first if c in keys] + sorted(keys - set(first))


def write_csv(G: nx.MultiDiGraph, nodes_path: str | Path, edges_path: str | Path) -> tuple[Path, Path]:
    """Write ``G`` as two CSV files (UTF-8, a header line): nodes and edges.

    Nodes: ``id`` then the attributes (label, cls, root, sector, mentions,
    then any others in name order). Edges: ``source``, ``target``, ``key``,
    then the attributes (predicate, evidence, confidence, then others). An
    attribute a node or edge lacks is an empty cell; lists become "a; b".
    """
    from ..writing import write_atomic

    node_records = [dict(data) for _, data in G.nodes(data=True)]
    node_columns = _columns(node_records, _NODE_COLUMNS)
    edge_records = [dict(data) for _, _, data in G.edges(data=True)]
    edge_columns = _columns(edge_records, _EDGE_COLUMNS)

    def table(header: list[str], rows: Iterable[list]) -> bytes:
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if (c := _scalar(v, xml=False)) is None else c for v in row])
        return text.getvalue().encode("utf-8")

    nodes = table(["id", *node_columns], ([node, *(data.get(c) for c in node_columns)]
                                          for node, data in G.nodes(data=True)))
    edges = table(["source", "target", "key", *edge_columns],
                  ([u, v, key, *(data.get(c) for c in edge_columns)] for u, v, key, data in G.edges(keys=True, data=True)))
    return write_atomic(nodes_path, nodes), write_atomic(edges_path, edges)


# --------------------------------------------------------------------------- the report


def _entity(G: nx.MultiDiGraph, node: str) -> dict:
    data = G.nodes[node]
    return {"id": node, "label": str(data.get("label", node)), "cls": str(data.get("cls", ""))}


def report(G: nx.MultiDiGraph, *, top: int = 10, pairs: list[Pair] | None = None,
           degree: dict[str, float] | None = None, betweenness: dict[str, float] | None = None,
           community: dict[str, int] | None = None) -> dict:
    """The analysis of ``G`` as plain data (JSON-ready): size, the top entities by
    degree and betweenness, the communities and the public-private pairs.

    Measures already computed may be passed in; the others are computed here.
    """
    degree = centrality(G, "degree") if degree is None else degree
    betweenness = centrality(G, "betweenness") if betweenness is None else betweenness
    community = communities(G) if community is None else community
    pairs = public_private_pairs(G) if pairs is None else pairs
    H = _simple(G)
    components = sorted((len(c) for c in nx.connected_components(H)), reverse=True)
    links = dict(H.degree())

    def ranked(values: dict[str, float]) -> list[dict]:
        order = sorted(values, key=lambda n: (-values[n], n))[:top]
        return [{**_entity(G, n), "value": round(values[n], 6), "links": links[n]} for n in order]

    members: dict[int, list[str]] = defaultdict(list)
    for node, index in community.items():
        members[index].append(node)
    groups = []
    for index in sorted(members):
        if len(members[index]) < 2 or len(groups) >= top:
            continue
        main = sorted(members[index], key=lambda n: (-links[n], n))
        groups.append({"index": index, "size": len(main), "members": [_entity(G, n) for n in main[:5]]})

    sample = betweenness_sample(components[0] if components else 0)
    classes = Counter(data.get("root", "") for _, data in G.nodes(data=True))
    return {
        "entities": G.number_of_nodes(),
        "relations": G.number_of_edges(),
        "linked_pairs": H.number_of_edges(),
        "classes": {name: classes[name] for name in sorted(classes, key=_class_order)},
        "components": {"count": len(components), "largest": components[0] if components else 0,
                       "alone": sum(1 for size in components if size == 1)},
        "degree": ranked(degree),
        "betweenness": {"method": "exact" if sample is None else "sampled", "sample": sample, "seed": SEED,
                        "top": ranked(betweenness)},
        "communities": {"method": "louvain", "seed": SEED, "count": len(members),
                        "alone": sum(1 for m in members.values() if len(m) == 1), "top": groups},
        "public_private_pairs": [
            {"public": _entity(G, p.public), "private": _entity(G, p.private), "relations": p.relations,
             "evidence": p.evidence, "predicates": list(p.predicates),
             "shared": [_entity(G, h) for h in p.shared], "via": p.via}
            for p in pairs[:top]
        ],
    }


def analyze(source, *, top: int = 10) -> dict:
    """The analysis of any graph, as plain data (JSON-ready): :func:`report` of its projection.

    This is ``graphkit.analyze(…)``: the module is called as this function.

    Args:
        source: what :func:`graphkit.build` returns, an rdflib graph, a graph file,
            a knowledge-base folder, ``-`` (standard input) or a pyoxigraph store.
        top: how many entities, communities and public-private pairs to list.

    Example:
        >>> data = graphkit.analyze(graphkit.build(["examples/corpus"]), top=3)  # doctest: +SKIP
        >>> [row["label"] for row in data["degree"]]                              # doctest: +SKIP
        ['INTERPOL', 'Binance', 'Europol']
    """
    if not isinstance(top, int) or top < 1:
        raise ValueError(f"top = {top!r} is invalid; value must be an integer >= 1")
    graph = load(source)
    G = project(graph)
    return report(G, top=top, pairs=public_private_pairs(G, graph))


def _class_order(name: str) -> tuple[int, str]:
    from ..vocab import SCORED_CLASSES

    return (SCORED_CLASSES.index(name) if name in SCORED_CLASSES else len(SCORED_CLASSES), name)


def _cut(text: str, limit: int) -> str:
    return cut(" ".join(text.split()), limit)


def _table(header: list[str], rows: list[list[str]], *, indent: str = "  ", free_last: bool = False) -> list[str]:
    """Aligned columns, cells cut to 40 columns of text (but the last one, with ``free_last``)."""
    return render(header, rows, indent=indent, max_width=40, free_last=free_last)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def format_report(data: dict, *, name: str = "graph") -> str:
    """:func:`report`'s data as text for people."""
    lines = [
        f"{name}: {_count(data['entities'], 'entity', 'entities')}, {_count(data['relations'], 'relation')} "
        f"linking {_count(data['linked_pairs'], 'pair')}; {_count(data['components']['count'], 'component')}, "
        f"the largest of {_count(data['components']['largest'], 'entity', 'entities')}, "
        f"{data['components']['alone']:,} alone",
    ]
    if data["classes"]:
        lines.append("  " + ", ".join(f"{cls} {n:,}" for cls, n in data["classes"].items()))
    if not data["entities"]:
        return "\n".join(lines) + "\n"

    def entities(title: str, rows: list[dict], column: str) -> None:
        lines.extend(["", title])
        lines.extend(_table(["#", "entity", "class", column, "links"],
                            [[str(i), r["label"], r["cls"], f"{r['value']:.3f}", str(r["links"])]
                             for i, r in enumerate(rows, 1)]))

    entities("Most linked (degree centrality: the share of the other entities each is linked to)",
             data["degree"], "degree")
    between = data["betweenness"]
    how = "exact" if between["method"] == "exact" else \
        f"estimated from {between['sample']} sources sampled in each component larger than that, seed {between['seed']}"
    entities(f"Brokers (betweenness centrality: the share of shortest paths through each; {how})",
             between["top"], "betweenness")

    groups = data["communities"]
    lines.extend(["", f"Communities (Louvain, seed {groups['seed']}): {groups['count'] - groups['alone']:,} of "
                      f"2 or more entities, {groups['alone']:,} entities alone"])
    if groups["top"]:
        rows = []
        for g in groups["top"]:
            more = g["size"] - len(g["members"])
            names = ", ".join(_cut(m["label"], 40) for m in g["members"]) + (f" (+{more})" if more else "")
            rows.append([str(g["index"]), str(g["size"]), names])
        lines.extend(_table(["#", "size", "main members"], rows, free_last=True))

    lines.extend(["", "Public-private pairs (by direct relations, then their evidence, "
                      "then shared operations and initiatives)"])
    if data["public_private_pairs"]:
        rows = []
        for i, p in enumerate(data["public_private_pairs"], 1):
            what = ", ".join(p["predicates"])
            if p["shared"]:
                what += ("; " if what else "") + "both in " + ", ".join(h["label"] for h in p["shared"][:3])
                what += f" (+{len(p['shared']) - 3})" if len(p["shared"]) > 3 else ""
            rows.append([str(i), p["public"]["label"], p["private"]["label"], str(p["relations"]),
                         str(p["evidence"]), p["via"], what])
        lines.extend(_table(["#", "public", "private", "relations", "evidence", "via", "what links them"], rows,
                            free_last=True))
    else:
        lines.append("  none: no public body is linked to a company")
    return "\n".join(lines) + "\n"


def chain_to_dict(G: nx.MultiDiGraph, source: str, target: str, steps: list[Step]) -> dict:
    """A chain as plain data (JSON-ready)."""
    return {
        "from": _entity(G, source), "to": _entity(G, target),
        "connected": bool(steps) or source == target, "length": len(steps),
        "steps": [{"source": _entity(G, s.source), "target": _entity(G, s.target), "predicate": s.predicate,
                   "direction": s.direction, "subject": s.subject, "object": s.object,
                   "evidence": [{"sentence": e.sentence, "document": e.document, "confidence": e.confidence,
                                 **({"role": e.role} if e.role else {})} for e in s.evidence]}
                  for s in steps],
    }


#: Evidence sentences shown per step in the text output (JSON has them all).
MAX_EVIDENCE_SHOWN = 3


def format_chain(G: nx.MultiDiGraph, source: str, target: str, steps: list[Step]) -> str:
    """A chain as text for people."""
    a, b = G.nodes[source].get("label", source), G.nodes[target].get("label", target)
    if source == target:
        return f"{a} and {b} are the same entity\n"
    if not steps:
        return f"no chain links {a} and {b}: they are in different components of the graph\n"
    lines = [f"{a} to {b}: {_count(len(steps), 'step')}"]
    for i, s in enumerate(steps, 1):
        arrow = {"forward": f"—{s.predicate}→", "backward": f"←{s.predicate}—", "symmetric": f"—{s.predicate}—"}
        lines.append(f"{i}. {s.source_label} {arrow[s.direction]} {s.target_label}"
                     f"  ({_count(len(s.evidence), 'sentence')})")
        # the same sentence stated twice in a document (a title and its body) is one line
        distinct = Counter(s.evidence)
        for e in list(distinct)[:MAX_EVIDENCE_SHOWN]:
            conf = f", confidence {e.confidence:g}" if e.confidence is not None else ""
            role = f", role: {e.role}" if e.role else ""
            twice = f", ×{distinct[e]}" if distinct[e] > 1 else ""
            lines.append(f"     “{_cut(e.sentence, 160)}” ({e.document}{conf}{role}{twice})")
        if len(distinct) > MAX_EVIDENCE_SHOWN:
            lines.append(f"     … and {len(distinct) - MAX_EVIDENCE_SHOWN} more")
    return "\n".join(lines) + "\n"


# graphkit.analyze(…) runs analyze(…)
make_callable(__name__, "analyze")

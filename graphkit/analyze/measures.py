"""Who is central, and which groups form: centrality and communities on the undirected simple graph
of the projection, with fixed seeds."""

from __future__ import annotations

import random

import networkx as nx

#: The seed of every random choice (Louvain's node order, betweenness's sampled sources).
SEED = 0
#: Betweenness is exact in each connected component of at most this many entities, and
#: estimated from this many source entities sampled in each larger one (Brandes' sampling).
BETWEENNESS_SAMPLE = 100


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

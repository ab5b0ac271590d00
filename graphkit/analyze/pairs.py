"""Which public and private organizations work together: directly, or through an operation or
initiative both take part in."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from .projection import project

#: How an organization takes part in an operation or initiative, for the pairs
#: linked "via shared" ones: predicate → True when the subject is the one taking
#: part (``X memberOf I``), False when it is the object (``Operation coordinatedBy X``).
PARTICIPATION = {"participatedIn": True, "memberOf": True, "coordinatedBy": False, "launchedBy": False}


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

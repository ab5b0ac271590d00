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
pyoxigraph, many times faster than rdflib (:func:`graphkit.sources.read_graph`);
every function here takes that or an :class:`rdflib.Graph`.

The parts: :mod:`.projection` (the multigraph), :mod:`.measures` (centrality,
communities), :mod:`.pairs` (public-private pairs), :mod:`.chains` (how two
entities are linked), :mod:`.exports` (GraphML, GEXF, CSV) and :mod:`.report`
(the report as data and as text).

Example:
    >>> from rdflib import Graph
    >>> G = project(Graph())
    >>> G.number_of_nodes(), centrality(G, "degree"), communities(G)
    (0, {}, {})
"""

from __future__ import annotations

from ..callable import make_callable
from ..sources import StoreGraph, read_graph as load
from .chains import Evidence, Step, resolve_entity, shortest_chain
from .exports import write_csv, write_gexf, write_graphml
from .measures import BETWEENNESS_SAMPLE, MEASURES, SEED, betweenness_sample, centrality, communities
from .pairs import PARTICIPATION, Pair, public_private_pairs
from .projection import project
from .report import chain_to_dict, format_chain, format_report, report

__all__ = [
    "BETWEENNESS_SAMPLE", "MEASURES", "SEED", "PARTICIPATION",
    "Evidence", "Pair", "Step", "StoreGraph",
    "load", "project", "centrality", "betweenness_sample", "communities", "public_private_pairs",
    "resolve_entity", "shortest_chain", "write_graphml", "write_gexf", "write_csv",
    "report", "format_report", "format_chain", "chain_to_dict", "analyze",
]


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


# graphkit.analyze(…) runs analyze(…)
make_callable(__name__, "analyze")

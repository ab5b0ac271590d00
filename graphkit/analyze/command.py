"""What ``graphkit analyze`` does with one graph: the report (or the chain between two entities),
as text or JSON, and the exports, each entity with its degree, betweenness and community."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..sources import check_outputs, read_graph
from .chains import resolve_entity, shortest_chain
from .exports import write_csv, write_gexf, write_graphml
from .measures import centrality, communities
from .pairs import public_private_pairs
from .projection import project
from .report import chain_to_dict, format_chain, format_report, report

#: Formats of the report and of the chain.
FORMATS = ("table", "json")


@dataclass(frozen=True)
class Outcome:
    """What :func:`run` made: the text to show, and the files it wrote."""

    #: the report or the chain, as text for people or JSON; None when an export went to standard output
    text: str | None
    #: (kind, paths) of each export written to a file (not to standard output): ("graphml", ("g.graphml",)),
    #: ("csv", ("nodes.csv", "edges.csv"))
    written: tuple[tuple[str, tuple[str, ...]], ...] = ()


def run(source, *, name: str | None = None, top: int = 10, fmt: str = "table", chain: tuple[str, str] | None = None,
        graphml: str | Path | None = None, gexf: str | Path | None = None, nodes_csv: str | Path | None = None,
        edges_csv: str | Path | None = None) -> Outcome:
    """Analyze a graph source: its report, or the chain between two entities, and the exports asked for.

    An export to ``-`` (standard output) is written there and takes the place
    of the report and the chain. Outputs that would overwrite the graph, or
    each other, are refused before the graph is read.

    Args:
        source: a graph source (:mod:`graphkit.sources`): a graph file, a
            knowledge-base folder, ``-``, an rdflib graph …
        name: what the report calls the graph. Default: ``source`` as text.
        top: how many entities, communities and pairs the report lists.
        fmt: ``table`` (text for people) or ``json``.
        chain: two entities (IRIs, ``prefix:name`` or names): the chain between
            them instead of the report.
        graphml, gexf: files to write the entity network to.
        nodes_csv, edges_csv: the two CSV files, given together.

    Raises:
        ValueError: ``fmt`` is unknown, only one of the CSV files is given, or
            more than one export goes to standard output.
        InputError: an output would overwrite the graph or another output.
        GraphFileError, StoreError: the graph cannot be read.
        QueryError: an entity of the chain is unknown or ambiguous.
    """
    if fmt not in FORMATS:
        raise ValueError(f"fmt = {fmt!r} is invalid; choose one of {', '.join(FORMATS)}")
    if (nodes_csv is None) != (edges_csv is None):
        raise ValueError("nodes_csv and edges_csv go together: give both")
    exports = {"graphml": graphml, "gexf": gexf, "nodes_csv": nodes_csv, "edges_csv": edges_csv}
    to_stdout = [kind for kind, path in exports.items() if path is not None and str(path) == "-"]
    if len(to_stdout) > 1:
        raise ValueError(f"only one export can go to standard output ('-'), not {' and '.join(to_stdout)}")
    if isinstance(source, (str, Path)):
        name = str(source) if name is None else name
        check_outputs([source] if str(source) != "-" else [],
                      [(f"--{kind.replace('_', '-')}", path) for kind, path in exports.items()])
    graph = read_graph(source)
    G = project(graph)
    measures: dict[str, dict] = {}

    def measure() -> dict[str, dict]:
        if not measures:
            measures.update(degree=centrality(G, "degree"), betweenness=centrality(G, "betweenness"),
                            community=communities(G))
        return measures

    text = None
    if chain and not to_stdout:
        start, end = (resolve_entity(G, graph, entity) for entity in chain)
        steps = shortest_chain(G, graph, start, end)
        if fmt == "json":
            text = json.dumps(chain_to_dict(G, start, end, steps), ensure_ascii=False, indent=1) + "\n"
        else:
            text = format_chain(G, start, end, steps)
    elif not to_stdout:
        data = report(G, top=top, pairs=public_private_pairs(G, graph), **measure())
        shown = name if name is not None else "graph"
        if fmt == "json":
            text = json.dumps({"graph": shown, **data}, ensure_ascii=False, indent=1) + "\n"
        else:
            text = format_report(data, name=shown)
    written: list[tuple[str, tuple[str, ...]]] = []
    if graphml or gexf or nodes_csv:
        export = G.copy()
        for measure_name, values in measure().items():
            for node, value in values.items():
                export.nodes[node][measure_name] = value
        for kind, path, write in (("graphml", graphml, write_graphml), ("gexf", gexf, write_gexf)):
            if path is not None:
                written.append((kind, (str(write(export, path)),)))
        if nodes_csv is not None:
            written.append(("csv", tuple(str(p) for p in write_csv(export, nodes_csv, edges_csv))))
    files = ((kind, tuple(p for p in paths if p != "-")) for kind, paths in written)
    return Outcome(text, tuple((kind, paths) for kind, paths in files if paths))

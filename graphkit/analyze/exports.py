"""The projection written for other tools: GraphML, GEXF (Gephi) and CSV, atomically."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Iterable

import networkx as nx

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

"""The page's data: vis-network's nodes, edges and options, and the tables the panel reads."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import MissingDependencyError
from ..terms import term_text
from ..vocab import RELATIONS, SCORED_CLASSES
from .palette import (CLASS_SHAPES, COMMUNITY_COLOURS, OTHER_COMMUNITY_COLOUR, OTHER_RELATION_COLOUR,
                      RELATION_COLOURS, UNDIRECTED_RELATIONS, _class_colour, _darker)
from .read import _Doc, _View

#: Above this many entities, the layout is computed in Python and the page opens with physics off.
LAYOUT_THRESHOLD = 300


def _stabilization_iterations(n_nodes: int) -> int:
    """How long to lay out before the first frame: fewer iterations for bigger graphs.

    One barnesHut iteration costs about ``n log n``: for 300 nodes, 10-20 ms in
    V8 (measured in Node.js), so 1000 iterations would keep the canvas blank
    for well over 10 s before the first frame.
    """
    if n_nodes <= 100:
        return 1000
    return max(150, 100_000 // n_nodes)


def _number(value: object) -> float:
    """A finite float for JSON, rounded so that the same value always prints the same."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return float(f"{number:.6g}") if math.isfinite(number) else 0.0


@dataclass
class _Communities:
    key: dict[str, str]  # entity IRI → community key: its number, or "other"
    colour: dict[str, str]  # community key → node colour
    legend: list[tuple[str, str, int]]  # (key, label, entities) in legend order


def _communities(view: _View, communities: Mapping[str, int]) -> _Communities:
    """The biggest communities get their own colour, the others (and entities without one) share "other"."""
    members: dict[str, int] = defaultdict(int)
    number: dict[str, str] = {}
    for entity in view.entities:
        iri = term_text(entity.iri)
        value = communities.get(iri)
        if isinstance(value, bool) or not isinstance(value, int):
            continue
        number[iri] = str(value)
        members[str(value)] += 1
    ranked = sorted(members, key=lambda k: (-members[k], int(k)))
    own = ranked[: len(COMMUNITY_COLOURS)]
    colour = dict(zip(own, COMMUNITY_COLOURS))
    key = {term_text(e.iri): number.get(term_text(e.iri), "other") for e in view.entities}
    key = {iri: k if k in colour else "other" for iri, k in key.items()}
    legend = [(k, f"community {k}", members[k]) for k in own]
    rest = sum(1 for k in key.values() if k == "other")
    if rest:
        legend.append(("other", "other communities", rest))
        colour["other"] = OTHER_COMMUNITY_COLOUR
    return _Communities(key=key, colour=colour, legend=legend)


def _curves(view: _View) -> dict[int, dict]:
    """Parallel edges between the same two nodes are curved apart, deterministically."""
    bundles: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, relation in enumerate(view.relations):
        bundles[tuple(sorted((term_text(relation.subject), term_text(relation.object))))].append(index)
    smooth: dict[int, dict] = {}
    for pair, members in bundles.items():
        if len(members) < 2:
            continue
        for k, index in enumerate(members):
            forward = term_text(view.relations[index].subject) == pair[0]
            clockwise = (k % 2 == 0) == forward
            smooth[index] = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.2 * (k // 2 + 1), 2),
            }
    return smooth


def _positions(view: _View) -> dict[str, tuple[int, int]]:
    """Precomputed positions (graphkit.layout) of a graph too big for the browser's physics."""
    from ..layout import layout

    order = {name: i for i, name in enumerate(SCORED_CLASSES)}
    # isolated entities are laid out in this order: grouped by class, then by name
    nodes = [
        term_text(e.iri)
        for e in sorted(view.entities, key=lambda e: (order[e.root], e.cls, e.label.casefold(), term_text(e.iri)))
    ]
    pairs = [(term_text(r.subject), term_text(r.object)) for r in view.relations]
    try:
        return layout(nodes, pairs)
    except ImportError as exc:  # pragma: no cover - numpy and scipy are dependencies
        raise MissingDependencyError(
            f"laying out {len(view.entities)} entities needs numpy and scipy: {exc}", hint="pip install numpy scipy"
        ) from exc


def _build_data(
    view: _View, *, sizes: Mapping[str, float] | None, communities: Mapping[str, int] | None
) -> dict:
    """The page's data: vis-network nodes, edges and options, and the tables the panel reads.

    - ``sentences`` and ``docs`` (``[identifier, language, date]``) are stored
      once; evidence and figures refer to them by index (or null).
    - a node: ``id`` (the IRI), ``label``, ``group`` (its class's group in
      ``options.groups``: shape and colour), ``value`` (size), ``mentions``,
      ``names`` (``[text, language]``), ``figures`` (``[kind, value, unit,
      date, sentence, doc]``), ``community`` and ``color`` when coloured by
      community, ``x``/``y`` when laid out beforehand;
    - an edge: ``id``, ``from``, ``to``, ``label`` (the predicate), ``color``,
      ``width``, ``evidence`` (``[sentence, doc, confidence, role, date]``),
      ``dates`` (the ``[first, last]`` days its evidence stands for) and
      ``undated`` (true when some evidence has no date), ``arrows`` and
      ``smooth`` where they differ from the defaults;
    - ``classes``: ``[group, class, scored class]``; ``relations`` (predicate
      order) and ``symmetric`` predicates; ``time``: the dates' span or null;
    - of a curated graph only: ``decisions`` (``[summary, why, by, when,
      entities it applied to, why it changed nothing]``, in the order made); a
      node a merge or a rename changed, and an edge a decision added (a merge
      moves edges: they are added too), have ``curated`` (their decisions'
      indexes) and are drawn dashed.
    """
    sentences = sorted(
        {ev.sentence for r in view.relations for ev in r.evidence if ev.sentence}
        | {f.sentence for e in view.entities for f in e.figures if f.sentence}
    )
    sentence_index = {text: i for i, text in enumerate(sentences)}
    docs = sorted(
        {ev.doc for r in view.relations for ev in r.evidence if ev.doc.identifier}
        | {f.doc for e in view.entities for f in e.figures if f.doc.identifier}
    )
    doc_index = {doc: i for i, doc in enumerate(docs)}

    def sentence(text: str) -> int | None:
        return sentence_index[text] if text else None

    def doc(d: _Doc) -> int | None:
        return doc_index[d] if d.identifier else None

    grouped = _communities(view, communities) if communities is not None else None
    decision_index = {d.iri: i for i, d in enumerate(view.decisions)}
    positions = _positions(view) if len(view.entities) > LAYOUT_THRESHOLD else {}

    # vis-network groups (shape and colour) per class; their ids are ours ("g0" …), never a class
    # name from the graph, which vis would use as an object key ("__proto__")
    classes = sorted({(e.cls, e.root) for e in view.entities})
    group_of = {pair: f"g{i}" for i, pair in enumerate(classes)}
    groups: dict[str, dict] = {}
    for entity in view.entities:
        fill = _class_colour(entity)
        groups[group_of[(entity.cls, entity.root)]] = {
            "shape": CLASS_SHAPES[entity.root][0],
            "color": {
                "background": fill,
                "border": _darker(fill),
                "highlight": {"background": fill, "border": "#000000"},
                "hover": {"background": fill, "border": "#000000"},
            },
        }

    nodes = []
    for entity in view.entities:
        iri = term_text(entity.iri)
        node: dict = {
            "id": iri,
            "label": entity.label,
            "group": group_of[(entity.cls, entity.root)],
            "value": _number(sizes.get(iri, 0.0)) if sizes is not None else entity.mentions + 1,
            "mentions": entity.mentions,
            "names": [list(name) for name in entity.names],
        }
        if entity.figures:
            node["figures"] = [
                [f.kind, f.value, f.unit, f.date, sentence(f.sentence), doc(f.doc)] for f in entity.figures
            ]
        if grouped is not None:
            node["community"] = grouped.key[iri]
            node["color"] = grouped.colour[grouped.key[iri]]
        if iri in positions:
            node["x"], node["y"] = positions[iri]
        if entity.iri in view.curated:
            node["curated"] = [decision_index[d] for d in view.curated[entity.iri] if d in decision_index]
            node["borderWidth"] = 3
            node["shapeProperties"] = {"borderDashes": [6, 3]}
        nodes.append(node)

    smooth = _curves(view)
    edges = []
    first, last = "9999-12-31", "0000-01-01"
    undated_edges = 0
    for index, relation in enumerate(view.relations):
        edge: dict = {
            "id": f"e{index}",
            "from": term_text(relation.subject),
            "to": term_text(relation.object),
            "label": relation.predicate,
            "color": RELATION_COLOURS.get(relation.predicate, OTHER_RELATION_COLOUR),
            "width": 1 + min(len(relation.evidence), 5) * 0.5,
            "evidence": [
                [sentence(ev.sentence), doc(ev.doc), ev.confidence, ev.role, ev.date] for ev in relation.evidence
            ],
        }
        intervals = sorted({i for ev in relation.evidence for i in ev.intervals})
        if intervals:
            edge["dates"] = [list(i) for i in intervals]
            first, last = min(first, intervals[0][0]), max(last, max(i[1] for i in intervals))
            if any(not ev.intervals for ev in relation.evidence):
                edge["undated"] = True
        if not intervals or edge.get("undated"):
            undated_edges += 1
        if relation.predicate in UNDIRECTED_RELATIONS:
            edge["arrows"] = {"to": {"enabled": False}}
        if index in smooth:
            edge["smooth"] = smooth[index]
        key = (relation.subject, relation.predicate, relation.object)
        if key in view.added:
            edge["curated"] = [decision_index[d] for d in view.added[key] if d in decision_index]
            edge["dashes"] = [8, 4]
        edges.append(edge)

    present = {r.predicate for r in view.relations}
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": _options(len(nodes), groups, precomputed=bool(positions)),
        "sentences": sentences,
        "docs": [[d.identifier, d.language, d.date] for d in docs],
        "classes": [[group_of[pair], *pair] for pair in classes],
        "relations": [name for name in RELATIONS if name in present],
        "symmetric": sorted(UNDIRECTED_RELATIONS),
        "time": {"from": first, "to": last, "undated": undated_edges} if first <= last else None,
    }
    if grouped is not None:
        data["communities"] = [[key, label, count, grouped.colour[key]] for key, label, count in grouped.legend]
    if view.decisions:
        entity_ids = {term_text(e.iri) for e in view.entities}
        data["decisions"] = [
            [d.summary, d.reason, d.by, d.when, [e for e in d.applied_to if e in entity_ids], d.not_applied]
            for d in view.decisions
        ]
    return data


def _options(n_nodes: int, groups: dict[str, dict], *, precomputed: bool) -> dict:
    """vis-network's options: physics that settles and stops, or none with a precomputed layout."""
    if precomputed:
        physics: dict = {"enabled": False}
    else:
        physics = {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.25,
                "springLength": 150,
                "springConstant": 0.03,
                "damping": 0.2,
                "avoidOverlap": 0.3,
                "theta": 0.8,
            },
            "stabilization": {
                "enabled": True,
                "iterations": _stabilization_iterations(n_nodes),
                "updateInterval": 25,
                "fit": True,
            },
        }
    return {
        "autoResize": True,
        "physics": physics,
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 100},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
            "hideEdgesOnDrag": precomputed,
            "hideEdgesOnZoom": precomputed,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "color": {"inherit": False, "opacity": 0.6 if precomputed else 1.0},
            "font": {"size": 10, "color": "#444444", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "smooth": {"enabled": False},
            "selectionWidth": 2,
            # a big graph's labels only from a readable zoom on: less clutter, faster frames
            "scaling": {"label": {"drawThreshold": 9 if precomputed else 5}},
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 13, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 10, "max": 34, "label": {"enabled": False, "drawThreshold": 9 if precomputed else 5}},
            "widthConstraint": {"maximum": 180},
        },
        "groups": dict(sorted(groups.items())),
    }

"""The analysis as plain data (JSON-ready) and as text for people: the report and the chains."""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from ..columns import cut, render
from .chains import Step
from .measures import SEED, _simple, betweenness_sample, centrality, communities
from .pairs import Pair, public_private_pairs


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

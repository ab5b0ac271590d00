"""Graph → one self-contained, offline, interactive HTML page.

The page draws the entities of a graph (subjects typed with a subclass of one
of the four scored classes) and the relation triples between them with
vis-network. pyvis assembles the network (nodes, edges, options); the page is
written here from a small template of our own, because pyvis 0.3.2's own
writers load vis.js or bootstrap from CDNs, copy a ``lib/`` folder into the
current directory and write files in the locale's encoding.

What the page promises:

- **No network request.** vis-network's minified JS and CSS are read from the
  installed pyvis package and inlined; there is no ``src=``/``href=`` to any
  host, no ``@import``, no web font. A Content-Security-Policy meta tag
  (``default-src 'none'``, scripts allowed by their SHA-256 only) makes the
  browser hold the page to it.
- **Untrusted text stays text.** Names, sentences and identifiers from
  articles reach the page only as JSON inside a ``<script type="application/json">``
  block, with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, or through
  :func:`html.escape`; tooltips are plain strings, which vis-network renders
  with ``innerText``.
- **Determinism.** The same graph gives the same bytes: nodes and edges are
  sorted, ids are derived from IRIs and sort order, there is no timestamp,
  and the layout uses a fixed random seed.

Example:
    >>> from rdflib import Graph
    >>> page = render_html(Graph(), title="empty")
    >>> "The graph has no entities." in page
    True
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import secrets
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from .errors import MissingDependencyError
from .vocab import ITSRDF, NIF, PPP, RELATIONS, SCORED_CLASSES

__all__ = ["render_html", "write_html"]

#: Fill colour of each class (Okabe-Ito hues for the four scored classes; the
#: subclasses of Organization in shades of blue, those of Location in greens).
#: A subclass not listed here takes the colour of its scored class.
CLASS_COLOURS = {
    "Organization": "#0072B2",
    "LawEnforcementAgency": "#08306B",
    "GovernmentAgency": "#2166AC",
    "IntergovernmentalOrganization": "#4B3F9E",
    "Company": "#56B4E9",
    "NonProfit": "#7FA7D9",
    "Initiative": "#8073C7",
    "OrganizationalUnit": "#9ECAE1",
    "Media": "#3A9FBF",
    "Person": "#E69F00",
    "Operation": "#D55E00",
    "Location": "#009E73",
    "Country": "#00704F",
    "Region": "#2DB38A",
    "City": "#7FD1B5",
}

#: vis-network shape of each scored class, and the glyph that stands for it in the legend.
CLASS_SHAPES = {
    "Organization": ("dot", "\u25cf"),
    "Person": ("diamond", "\u25c6"),
    "Operation": ("star", "\u2605"),
    "Location": ("square", "\u25a0"),
}

#: Edge colour of each relation predicate (Paul Tol's muted palette and neighbours).
RELATION_COLOURS = {
    "memberOf": "#332288",
    "partnersWith": "#117733",
    "worksFor": "#CC6677",
    "partOf": "#88CCEE",
    "coordinatedBy": "#882255",
    "participatedIn": "#44AA99",
    "targets": "#AA4499",
    "locatedIn": "#999933",
    "launchedBy": "#DDCC77",
    "investigates": "#661100",
    "supports": "#6699CC",
    "trains": "#888888",
}

#: Edge colour of a relation added to ``vocab.RELATIONS`` but not to the table above.
OTHER_RELATION_COLOUR = "#555555"

#: Relations drawn without an arrow head (symmetric ones).
UNDIRECTED_RELATIONS = frozenset({"partnersWith"})

#: At most this many evidence sentences are listed in an edge's tooltip.
MAX_EVIDENCE_SHOWN = 10
#: Sentences longer than this are cut in tooltips.
MAX_SENTENCE_CHARS = 400

_SCRIPT_COUNT = 3  # vendor JS, JSON data, page JS: tests/test_view.py counts them


# --------------------------------------------------------------------------- public API


def render_html(graph: Graph, *, title: str = "graphkit") -> str:
    """Render the entity graph of ``graph`` as one self-contained HTML page.

    Args:
        graph: a graph that follows ``output-contract.md``; it need not hold
            the ontology (subclasses come from ``ontology/ppp.ttl`` or a
            built-in fallback).
        title: the page's title, shown in the tab and the header bar.

    Returns:
        The page, as a string to be written in UTF-8. It makes no network
        request and renders the same bytes for the same graph.

    Raises:
        MissingDependencyError: pyvis is not installed, or does not ship
            vis-network's standalone JS and CSS.
        OntologyError: ``ontology/ppp.ttl`` is missing or cannot be parsed.

    Example:
        >>> from rdflib import Graph
        >>> render_html(Graph()).startswith("<!DOCTYPE html>")
        True
    """
    if not isinstance(title, str):
        raise TypeError(f"title = {title!r} is invalid; value must be a str")
    view = _read_graph(graph)
    nodes, edges, options = _build_network(view)
    data = {"edges": edges, "nodes": nodes, "options": options}
    return _page(view, data, title=title)


def write_html(graph: Graph, path: str | Path, *, title: str = "graphkit") -> Path:
    """Write :func:`render_html`'s page to ``path`` atomically, in UTF-8.

    The page is written to a temporary file in the target's folder, then moved
    over ``path`` with :func:`os.replace`, so a reader never sees half a page.
    Missing parent folders are created. Nothing else is written (no ``lib/``).

    Args:
        graph: the graph to draw.
        path: where to write the page.
        title: the page's title.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    target = Path(path)
    page = render_html(graph, title=title).encode("utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    # not tempfile.mkstemp: its files are 0600; this one gets the umask's usual mode
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        break
    else:  # pragma: no cover - 100 collisions of 48 random bits
        raise FileExistsError(f"cannot create a temporary file beside {target}")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(page)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


# --------------------------------------------------------------------------- reading the graph


@dataclass
class _Entity:
    iri: Node
    label: str
    cls: str  # local name of the most specific class
    root: str  # its scored class
    names: list[tuple[str, str]]  # (text, language) of rdfs:label and skos:altLabel
    mentions: int
    figures: list[tuple[str, str, str]]  # (kind, value with unit, anchor)


@dataclass
class _Relation:
    subject: Node
    predicate: str
    object: Node
    evidence: list[tuple[str, str, str, str]] = field(default_factory=list)  # (doc, sentence, confidence, role)


@dataclass
class _View:
    entities: list[_Entity]
    relations: list[_Relation]
    documents: int


def _text(value: object) -> str:
    """A term as text that is sure to encode as UTF-8 (lone surrogates become "?")."""
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _local_name(term: Node) -> str:
    text = _text(term)
    for sep in ("#", "/"):
        if sep in text.rstrip(sep):
            text = text.rstrip(sep).rsplit(sep, 1)[1]
    return text


def _class_roots(graph: Graph) -> dict[Node, tuple[str, int]]:
    """Each class that is ``rdfs:subClassOf*`` a scored class → (scored class, depth).

    The subclass tree is the union of ``ontology/ppp.ttl`` and the
    ``rdfs:subClassOf`` triples of ``graph`` itself.
    """
    from .ontology import subclass_pairs

    parents: dict[Node, set[Node]] = defaultdict(set)
    for sub, sup in [*subclass_pairs(), *graph.subject_objects(RDFS.subClassOf)]:
        if not isinstance(sub, Literal) and not isinstance(sup, Literal):
            parents[sub].add(sup)

    roots = {PPP[name]: name for name in SCORED_CLASSES}
    order = {name: i for i, name in enumerate(SCORED_CLASSES)}
    result: dict[Node, tuple[str, int]] = {iri: (name, 0) for iri, name in roots.items()}
    for cls in parents:
        if cls in roots:
            continue
        # breadth-first up the tree; the nearest scored class wins, then SCORED_CLASSES order
        seen = {cls}
        frontier = [cls]
        depth = 0
        found: list[str] = []
        while frontier and not found:
            depth += 1
            nxt = []
            for c in frontier:
                for sup in parents.get(c, ()):
                    if sup in roots:
                        found.append(roots[sup])
                    elif sup not in seen:
                        seen.add(sup)
                        nxt.append(sup)
            frontier = sorted(nxt, key=str)
        if found:
            result[cls] = (min(found, key=order.__getitem__), depth)
    return result


def _format_value(value: Node | None) -> str:
    if value is None:
        return "?"
    lexical = _text(value)
    try:
        number = Decimal(lexical)
    except (InvalidOperation, ValueError):
        return lexical
    if not number.is_finite():
        return lexical
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number.normalize():,f}"


def _pick_label(labels: list[Literal], alt: list[Literal], iri: Node) -> str:
    def rank(lit: Literal) -> tuple[int, str, str]:
        lang = (lit.language or "").lower()
        return (0 if lang == "en" else 1 if lang == "" else 2, lang, _text(lit))

    for candidates in (labels, alt):
        if candidates:
            return _text(min(candidates, key=rank))
    return _local_name(iri)


def _read_graph(graph: Graph) -> _View:
    """Entities, relations with their evidence, and the number of documents."""
    roots = _class_roots(graph)

    typed: dict[Node, list[tuple[int, str, Node]]] = defaultdict(list)
    for subject, cls in graph.subject_objects(RDF.type):
        if isinstance(subject, Literal) or cls not in roots:
            continue
        root, depth = roots[cls]
        typed[subject].append((-depth, _text(cls), cls))

    entities: dict[Node, _Entity] = {}
    for iri in sorted(typed, key=_text):
        _, _, cls = min(typed[iri])
        labels = [o for o in graph.objects(iri, RDFS.label) if isinstance(o, Literal)]
        alt = [o for o in graph.objects(iri, SKOS.altLabel) if isinstance(o, Literal)]
        names = sorted({(_text(lit), lit.language or "") for lit in labels + alt}, key=lambda n: (n[1], n[0]))
        mentions = len(set(graph.subjects(ITSRDF.taIdentRef, iri)))
        figures = []
        for fig in set(graph.subjects(PPP.about, iri)):
            kind = graph.value(fig, PPP.kind)
            value = _format_value(graph.value(fig, PPP.value))
            unit = graph.value(fig, PPP.unit)
            if unit is not None:
                value = f"{value} {_text(unit)}"
            anchor = graph.value(fig, NIF.anchorOf)
            figures.append((_local_name(kind) if kind is not None else "figure", value, _text(anchor or "")))
        entities[iri] = _Entity(
            iri=iri,
            label=_pick_label(labels, alt, iri),
            cls=_local_name(cls),
            root=roots[cls][0],
            names=names,
            mentions=mentions,
            figures=sorted(set(figures)),
        )

    evidence: dict[tuple[Node, Node, Node], list[tuple[str, str, str, str]]] = defaultdict(list)
    for ev in set(graph.subjects(RDF.subject, None)):
        s, p, o = graph.value(ev, RDF.subject), graph.value(ev, RDF.predicate), graph.value(ev, RDF.object)
        if s is None or p is None or o is None:
            continue
        docs = []
        for doc in graph.objects(ev, PROV.wasDerivedFrom):
            ident = graph.value(doc, DCTERMS.identifier)
            docs.append(_text(ident) if ident is not None else _text(doc))
        confidence = graph.value(ev, PPP.confidence)
        role = graph.value(ev, PPP.role)
        evidence[(s, p, o)].append(
            (
                ", ".join(sorted(docs)) or "?",
                _text(graph.value(ev, NIF.anchorOf) or ""),
                _text(confidence) if confidence is not None else "",
                _text(role) if role is not None else "",
            )
        )

    relations = []
    for name in RELATIONS:
        predicate = PPP[name]
        for s, o in graph.subject_objects(predicate):
            if s in entities and o in entities:
                relations.append(_Relation(s, name, o, sorted(set(evidence.get((s, predicate, o), [])))))
    relations.sort(key=lambda r: (_text(r.subject), r.predicate, _text(r.object)))

    documents = set(graph.subjects(RDF.type, PPP.Document)) | set(graph.subjects(RDF.type, NIF.Context))
    return _View(entities=list(entities.values()), relations=relations, documents=len(documents))


# --------------------------------------------------------------------------- building the network


def _darker(colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))


def _class_colour(entity: _Entity) -> str:
    return CLASS_COLOURS.get(entity.cls, CLASS_COLOURS[entity.root])


def _node_title(entity: _Entity) -> str:
    lines = [entity.label, ""]
    for text, lang in entity.names:
        lines.append(f"{text} [{lang}]" if lang else text)
    kind = entity.cls if entity.cls == entity.root else f"{entity.cls} ({entity.root})"
    lines.append(f"type: {kind}")
    lines.append(f"mentions: {entity.mentions}")
    if entity.figures:
        lines.append("figures:")
        for kind_name, value, anchor in entity.figures:
            line = f"  {kind_name}: {value}"
            if anchor:
                line += f" \u2014 \u201c{anchor}\u201d"
            lines.append(line)
    return "\n".join(lines)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _edge_title(relation: _Relation, labels: dict[Node, str]) -> str:
    arrow = "\u2194" if relation.predicate in UNDIRECTED_RELATIONS else "\u2192"
    lines = [relation.predicate, f"{labels[relation.subject]} {arrow} {labels[relation.object]}", ""]
    count = len(relation.evidence)
    lines.append(f"{count} sentence{'s' if count != 1 else ''}:" if count else "no evidence recorded")
    for doc, sentence, confidence, role in relation.evidence[:MAX_EVIDENCE_SHOWN]:
        lines.append(f"\u2022 \u201c{_cut(sentence, MAX_SENTENCE_CHARS)}\u201d")
        meta = [doc]
        if confidence:
            meta.append(f"confidence {confidence}")
        if role:
            meta.append(f"role: {role}")
        lines.append("   " + " \u00b7 ".join(meta))
    if count > MAX_EVIDENCE_SHOWN:
        lines.append(f"\u2026 and {count - MAX_EVIDENCE_SHOWN} more")
    return "\n".join(lines)


def _stabilization_iterations(n_nodes: int) -> int:
    """How long to lay out before the first frame: fewer iterations for bigger graphs.

    One barnesHut iteration costs about ``n log n``: for 300 nodes, 10-20 ms in
    V8 (measured in Node.js), so 1000 iterations would keep the canvas blank
    for well over 10 s before the first frame.
    """
    if n_nodes <= 100:
        return 1000
    return max(150, 100_000 // n_nodes)


def _build_network(view: _View) -> tuple[list[dict], list[dict], dict]:
    """Nodes, edges and options, assembled with pyvis and taken back as plain data."""
    try:
        from pyvis.network import Network
    except ImportError as exc:
        raise MissingDependencyError(
            f"pyvis cannot be imported: {exc}", hint="pip install 'pyvis==0.3.2'"
        ) from exc

    net = Network(height="100%", width="100%", directed=True)
    net.barnes_hut(
        gravity=-6000, central_gravity=0.25, spring_length=150, spring_strength=0.03, damping=0.2, overlap=0.3
    )
    net.toggle_stabilization(True)

    labels = {entity.iri: entity.label for entity in view.entities}
    for entity in view.entities:
        fill = _class_colour(entity)
        border = _darker(fill)
        net.add_node(
            _text(entity.iri),
            label=entity.label,
            shape=CLASS_SHAPES[entity.root][0],
            color={
                "background": fill,
                "border": border,
                "highlight": {"background": fill, "border": "#000000"},
                "hover": {"background": fill, "border": "#000000"},
            },
            title=_node_title(entity),
            value=entity.mentions + 1,
            cls=entity.cls,
            names=sorted({entity.label, *(text for text, _ in entity.names)}),
        )

    # parallel edges between the same two nodes are curved apart, deterministically
    bundles: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, relation in enumerate(view.relations):
        bundles[tuple(sorted((_text(relation.subject), _text(relation.object))))].append(index)
    smooth: dict[int, dict] = {}
    for pair, members in bundles.items():
        if len(members) < 2:
            continue
        for k, index in enumerate(members):
            forward = _text(view.relations[index].subject) == pair[0]
            clockwise = (k % 2 == 0) == forward
            smooth[index] = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.2 * (k // 2 + 1), 2),
            }

    for index, relation in enumerate(view.relations):
        colour = RELATION_COLOURS.get(relation.predicate, OTHER_RELATION_COLOUR)
        net.add_edge(
            _text(relation.subject),
            _text(relation.object),
            id=f"e{index}",
            label=relation.predicate,
            title=_edge_title(relation, labels),
            color={"color": colour, "highlight": _darker(colour, 0.6), "hover": _darker(colour, 0.6)},
            arrows={"to": {"enabled": relation.predicate not in UNDIRECTED_RELATIONS, "scaleFactor": 0.6}},
            smooth=smooth.get(index, {"enabled": False}),
            width=1 + min(len(relation.evidence), 5) * 0.5,
            predicate=relation.predicate,
        )

    nodes, edges, _heading, _height, _width, options_json = net.get_network_data()
    options = json.loads(options_json)
    options["physics"]["solver"] = "barnesHut"
    options["physics"]["barnesHut"]["theta"] = 0.8
    options["physics"]["stabilization"].update(
        {"iterations": _stabilization_iterations(len(nodes)), "updateInterval": 25, "fit": True}
    )
    options["layout"] = {"randomSeed": 7, "improvedLayout": len(nodes) <= 100}
    options["interaction"].update(
        {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": False, "multiselect": False}
    )
    options["edges"] = {
        "color": {"inherit": False},
        "font": {"size": 10, "color": "#444444", "strokeWidth": 3, "strokeColor": "#ffffff"},
        "smooth": {"enabled": False},
        "selectionWidth": 2,
    }
    options["nodes"] = {
        "borderWidth": 1,
        "font": {"size": 13, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
        "scaling": {"min": 10, "max": 34, "label": {"enabled": False}},
        "widthConstraint": {"maximum": 180},
    }
    return nodes, edges, options


# --------------------------------------------------------------------------- the page


@lru_cache(maxsize=1)
def _vendor_assets() -> tuple[str, str, str]:
    """(version, JS, CSS) of the newest vis-network that pyvis ships, ready to inline."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependencyError("pyvis is not installed", hint="pip install 'pyvis==0.3.2'")
    package = Path(next(iter(spec.submodule_search_locations)))
    found = []
    for js_path in package.glob("**/vis-network.min.js"):
        css_path = js_path.with_name("vis-network.css")
        match = re.fullmatch(r"vis-(\d+)\.(\d+)\.(\d+)", js_path.parent.name)
        if css_path.is_file() and match:
            found.append((tuple(int(g) for g in match.groups()), str(js_path), js_path, css_path))
    if not found:
        raise MissingDependencyError(
            f"pyvis in {package} ships no vis-network.min.js with vis-network.css",
            hint="reinstall pyvis==0.3.2, which ships vis-network 9.1.2 under pyvis/templates/lib/",
        )
    version, _, js_path, css_path = max(found)
    js = js_path.read_text(encoding="utf-8")
    css = css_path.read_text(encoding="utf-8")
    if "DataSet" not in js or "vis-network" not in js[:2000]:
        raise MissingDependencyError(
            f"{js_path} is not vis-network's standalone build (no DataSet in it)",
            hint="reinstall pyvis==0.3.2",
        )
    return ".".join(map(str, version)), _inline_js(js), _slim_css(css)


def _inline_js(js: str) -> str:
    """JS safe to put between ``<script>`` tags.

    The HTML parser would end the element at ``</script`` and change state at
    ``<!--`` or ``<script``; vis-network holds ``"<script>"`` in one string
    literal (a core-js fallback for old IE). ``\\x3c`` is ``<`` in JS strings
    and regular expressions, the only places such text can occur.
    """
    js = js.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"<(?=/?script|!--)", r"\\x3c", js, flags=re.IGNORECASE)


def _slim_css(css: str) -> str:
    """vis-network's CSS without the rules that embed images.

    Those rules (base64 PNG icons, ~200 kB) style the navigation buttons,
    manipulation toolbar and configurator, none of which the page turns on.
    """
    css = css.replace("\r\n", "\n").replace("\r", "\n")
    kept, start, depth = [], 0, 0
    for i, ch in enumerate(css):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                break
            if depth == 0:
                rule = css[start : i + 1]
                start = i + 1
                if "url(" not in rule:
                    kept.append(rule.strip())
    else:
        if depth == 0 and not css[start:].strip():
            css = "\n".join(kept)
    return re.sub(r"<(?=/?style)", r"\\3c ", css, flags=re.IGNORECASE)


def _script_json(value: object) -> str:
    """JSON that cannot end or confuse the ``<script>`` element it is embedded in."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _legend(view: _View) -> str:
    esc = html.escape
    if not view.entities:
        return ""
    by_root: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    colours: dict[str, str] = {}
    for entity in view.entities:
        by_root[entity.root][entity.cls] += 1
        colours[entity.cls] = _class_colour(entity)
    parts = ["<h2>Classes</h2>", "<ul>"]
    for root in SCORED_CLASSES:
        if root not in by_root:
            continue
        glyph = CLASS_SHAPES[root][1]
        total = sum(by_root[root].values())
        parts.append(
            f'<li><span class="sw" style="color:{CLASS_COLOURS[root]}">{glyph}</span> '
            f"<b>{esc(root)}</b> <span class=\"n\">{total}</span>"
        )
        subs = sorted(cls for cls in by_root[root] if cls != root)
        if subs:
            parts.append("<ul>")
            for cls in subs:
                parts.append(
                    f'<li><span class="sw" style="color:{colours[cls]}">{glyph}</span> '
                    f'{esc(cls)} <span class="n">{by_root[root][cls]}</span></li>'
                )
            parts.append("</ul>")
        parts.append("</li>")
    parts.append("</ul>")
    counts: dict[str, int] = defaultdict(int)
    for relation in view.relations:
        counts[relation.predicate] += 1
    if counts:
        parts += ["<h2>Relations</h2>", "<ul>"]
        for name in RELATIONS:
            if name in counts:
                head = "" if name in UNDIRECTED_RELATIONS else "\u25b6"
                colour = RELATION_COLOURS.get(name, OTHER_RELATION_COLOUR)
                parts.append(
                    f'<li><span class="ln" style="color:{colour}">\u2501\u2501{head}</span> '
                    f'{esc(name)} <span class="n">{counts[name]}</span></li>'
                )
        parts.append("</ul>")
    parts.append('<p class="hint">Hover a node or an edge for its names, figures and sentences.</p>')
    return "\n".join(parts)


_STYLE = """
html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2328;background:#fff}
header{display:flex;align-items:center;gap:.5rem 1.2rem;flex-wrap:wrap;padding:.45rem .9rem;background:#f3f4f6;border-bottom:1px solid #d0d7de}
header h1{font-size:1.05rem;margin:0;font-weight:600}
#counts{color:#57606a}
#find{display:flex;align-items:center;gap:.4rem;margin-left:auto}
#search{font:inherit;padding:.2rem .45rem;width:16rem;border:1px solid #afb8c1;border-radius:4px}
#status{color:#57606a;min-width:6rem;font-size:12px}
main{flex:1;display:flex;min-height:0}
#network{flex:1;min-width:0;position:relative}
#network p.empty{margin:3rem auto;text-align:center;color:#57606a;font-size:1.1rem}
aside{width:15rem;overflow:auto;border-left:1px solid #d0d7de;padding:.3rem .9rem;font-size:13px;background:#fafbfc}
aside h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:#57606a;margin:.8rem 0 .3rem}
aside ul{list-style:none;margin:0;padding:0}
aside ul ul{padding-left:1.1rem}
aside li{margin:.1rem 0}
aside .sw{font-size:1rem}
aside .ln{font-weight:700;letter-spacing:-.1em}
aside .n{color:#57606a;font-size:12px}
aside .hint{color:#57606a;font-size:12px}
div.vis-tooltip{white-space:pre-wrap;max-width:34rem;font-family:inherit;font-size:12px;line-height:1.35}
""".strip()

_SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graphkit-data").textContent);
  var input = document.getElementById("search");
  var status = document.getElementById("status");
  if (!data.nodes.length || typeof vis === "undefined") {
    input.disabled = true;
    return;
  }
  var container = document.getElementById("network");
  var network = new vis.Network(
    container,
    {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)},
    data.options
  );
  network.on("stabilizationProgress", function (p) {
    status.textContent = "layout " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false});
    status.textContent = "";
  });

  var list = document.getElementById("names");
  var entries = [];
  var seen = {};
  data.nodes.forEach(function (node) {
    node.names.forEach(function (name) {
      entries.push({id: node.id, name: name.toLowerCase()});
      if (!Object.prototype.hasOwnProperty.call(seen, name)) {
        seen[name] = true;
        var option = document.createElement("option");
        option.value = name;
        list.appendChild(option);
      }
    });
  });

  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return []; }
    var rank = {};
    entries.forEach(function (e) {
      var at = e.name.indexOf(q);
      if (at < 0) { return; }
      var r = e.name === q ? 0 : (at === 0 ? 1 : 2);
      if (!(e.id in rank) || r < rank[e.id]) { rank[e.id] = r; }
    });
    return data.nodes.map(function (n) { return n.id; })
      .filter(function (id) { return id in rank; })
      .sort(function (a, b) { return rank[a] - rank[b]; });
  }

  var matches = [], position = -1, last = null;
  function go(step) {
    if (input.value !== last) {
      last = input.value;
      matches = find(last);
      position = -1;
    }
    if (!matches.length) {
      network.unselectAll();
      status.textContent = last.trim() ? "no match" : "";
      return;
    }
    position = (position + step + matches.length) % matches.length;
    var id = matches[position];
    network.selectNodes([id]);
    network.focus(id, {scale: 1.2, animation: {duration: 350, easingFunction: "easeInOutQuad"}});
    status.textContent = (position + 1) + " / " + matches.length + (matches.length > 1 ? " \\u2014 Enter: next" : "");
  }
  input.addEventListener("input", function () { go(1); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    } else if (event.key === "Escape") {
      input.value = "";
      go(1);
    }
  });
}());
""".strip()


def _page(view: _View, data: dict, *, title: str) -> str:
    version, vendor_js, vendor_css = _vendor_assets()
    esc = html.escape
    n_entities, n_relations = len(data["nodes"]), len(data["edges"])

    def count(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    counts = " \u00b7 ".join(
        (
            count(n_entities, "entity", "entities"),
            count(n_relations, "relation", "relations"),
            count(view.documents, "document", "documents"),
        )
    )
    body = '<p class="empty">The graph has no entities.</p>' if not view.entities else ""
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vendor_js)} {_csp_hash(_SCRIPT)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{esc(csp, quote=False)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="graphkit (vis-network {esc(version)})">
<title>{esc(title)}</title>
<style>
{vendor_css}
</style>
<style>
{_STYLE}
</style>
</head>
<body>
<header>
<h1>{esc(title)}</h1>
<span id="counts">{esc(counts)}</span>
<div id="find"><input id="search" type="search" list="names" placeholder="Find a node by any name" autocomplete="off" aria-label="Find a node by any of its names"><datalist id="names"></datalist><span id="status" aria-live="polite"></span></div>
</header>
<main>
<div id="network">{body}</div>
<aside>
{_legend(view)}
</aside>
</main>
<script type="application/json" id="graphkit-data">{_script_json(data)}</script>
<script>{vendor_js}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""

"""Graph → one self-contained, offline, interactive HTML page for exploring who works with whom.

The page draws the entities of a graph (subjects typed with a subclass of one
of the four scored classes) and the relation triples between them with
vis-network, whose JS and CSS ship with pyvis and are inlined in the page.
The page is written here from a small template of our own, because pyvis
0.3.2's own writers load vis.js or bootstrap from CDNs, copy a ``lib/``
folder into the current directory and write files in the locale's encoding;
its ``Network`` class only collects dicts (with an O(n²) check per node and
edge, behind a slow import of IPython and jinja2), so the dicts are built
here directly: pyvis is the package that ships vis-network.

What an analyst gets:

- **Legend and filters.** Classes (shape and colour; subclasses nested) and
  relation types (edge colour), each with a checkbox that hides or shows its
  nodes or edges; optionally the communities of :mod:`graphkit.analyze`
  (node colour), with checkboxes too; "hide entities without a visible
  relation"; a reset button.
- **Time filter** (only when some evidence is dated): from/to date inputs.
  An edge is hidden when every sentence behind it is dated outside the range
  (a sentence's own ``dcterms:date``, else its document's); edges with an
  undated sentence always stay visible, and the page says so.
- **Search** by any name in any language, case- and accent-insensitive
  (NFKD, combining marks dropped); Enter selects and focuses the best match
  (exact name, then prefix, then substring; the best connected first), Enter
  again the next one.
- **Panel.** Clicking a node (or finding it) opens a side panel with its
  names and language tags, type, figures (kind, value, unit, date,
  sentence, document) and every relation with the sentences behind it, their
  documents, dates, confidence and roles; a neighbour's name there selects
  it. Clicking an edge shows its evidence.
- **Layout.** Up to :data:`LAYOUT_THRESHOLD` entities, vis-network's physics
  lays the graph out, then stops once stabilized. Bigger graphs are laid out
  beforehand in Python (:mod:`graphkit.layout`, networkx/numpy/scipy) and
  open with physics off, interactive within seconds for 5,000 nodes.
  Dragging a node pins it; "Unpin all" releases the pinned nodes and resumes
  the layout (or, for a precomputed layout, puts them back).
- **PNG export** of the current view (the canvas on a white background).

What the page promises:

- **No network request.** There is no ``src=``/``href=`` to any host, no
  ``@import``, no web font. A Content-Security-Policy meta tag
  (``default-src 'none'``, scripts allowed by their SHA-256 only, images
  only from ``data:``) makes the browser hold the page to it.
- **Untrusted text stays text.** Names, sentences and identifiers from
  articles reach the page only as JSON inside a ``<script type="application/json">``
  block, with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, or through
  :func:`html.escape`; the page's script puts them in the DOM with
  ``textContent`` only, keys them in ``Map``s (never object properties), and
  tooltips are plain strings, which vis-network renders with ``innerText``.
- **Data once.** Each sentence and each document is stored once and
  referred to by index; tooltips are built in the browser.
- **Determinism.** The same graph gives the same bytes: nodes and edges are
  sorted, ids are derived from IRIs and sort order, there is no timestamp,
  and layouts use fixed random seeds.

The page's contract for scripts and browser tests: ``document.body.dataset.ready
== "true"`` once the network is drawn and usable; ``window.graphkit`` holds
``network``, ``nodes`` and ``edges`` (the vis DataSets), ``nodeCount``,
``visibleNodeIds()`` and ``visibleEdgeIds()``; the controls are ``#search``,
``input[data-filter-class]``, ``input[data-filter-predicate]``,
``input[data-filter-community]``, ``#hide-isolated``, ``#time-from``/``#time-to``,
``#reset-filters``, ``#fit``, ``#unpin``, ``#export-png``; the panel is
``aside#panel``.

Example:
    >>> from rdflib import Graph
    >>> page = render_html(Graph(), title="empty")
    >>> "The graph has no entities." in page
    True
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import html
import importlib.resources as resources
import json
import math
import os
import re
import secrets
import sys
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from ..callable import make_callable
from ..errors import MissingDependencyError
from ..terms import class_roots, local_name, pick_label, term_text
from ..vocab import ITSRDF, NIF, PPP, RELATIONS, SCORED_CLASSES

__all__ = ["LAYOUT_THRESHOLD", "render_html", "write_html"]

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

#: Node colours of the biggest communities when nodes are coloured by community
#: (Tableau 10 without its grey, then lighter neighbours); the others share
#: :data:`OTHER_COMMUNITY_COLOUR`.
COMMUNITY_COLOURS = (
    "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B",
    "#E377C2", "#BCBD22", "#17BECF", "#AEC7E8", "#FFBB78", "#98DF8A",
)
OTHER_COMMUNITY_COLOUR = "#B0B0B0"
#: Neutral colour of the class glyphs in the legend when nodes are coloured by community.
NEUTRAL_COLOUR = "#57606A"

#: Above this many entities, the layout is computed in Python and the page opens with physics off.
LAYOUT_THRESHOLD = 300

_SCRIPT_COUNT = 3  # JSON data, vendor JS, page JS: tests/test_view.py counts them


# --------------------------------------------------------------------------- public API


def render_html(
    graph: Graph,
    *,
    title: str = "graphkit",
    sizes: Mapping[str, float] | None = None,
    communities: Mapping[str, int] | None = None,
) -> str:
    """Render the entity graph of ``graph`` as one self-contained HTML page.

    Args:
        graph: a graph that follows ``output-contract.md``; it need not hold
            the ontology (subclasses come from ``ontology/ppp.ttl`` or a
            built-in fallback).
        title: the page's title, shown in the tab and the header bar.
        sizes: entity IRI → a number that sets the node's size (e.g.
            :func:`graphkit.analyze.centrality`); entities not in it get the
            smallest size. Default: the number of mentions.
        communities: entity IRI → community number (e.g.
            :func:`graphkit.analyze.communities`): nodes are coloured by
            community (the biggest get their own colours, the rest share a
            grey), the legend lists the communities with filters, and classes
            are still told apart by shape. Default: nodes coloured by class.

    Returns:
        The page, as a string to be written in UTF-8. It makes no network
        request and renders the same bytes for the same graph.

    Raises:
        MissingDependencyError: pyvis is not installed, or does not ship
            vis-network's standalone JS and CSS; or a layout is needed and
            numpy or scipy is missing.
        OntologyError: ``ontology/ppp.ttl`` is missing or cannot be parsed.

    Example:
        >>> from rdflib import Graph
        >>> render_html(Graph()).startswith("<!DOCTYPE html>")
        True
    """
    if not isinstance(title, str):
        raise TypeError(f"title = {title!r} is invalid; value must be a str")
    for name, mapping in (("sizes", sizes), ("communities", communities)):
        if mapping is not None and not isinstance(mapping, Mapping):
            raise TypeError(f"{name} = {type(mapping).__name__} is invalid; value must be a mapping or None")
    view = _read_graph(graph)
    data = _build_data(view, sizes=sizes, communities=communities)
    return _page(view, data, title=title)


def write_html(
    graph: Graph,
    path: str | Path,
    *,
    title: str = "graphkit",
    sizes: Mapping[str, float] | None = None,
    communities: Mapping[str, int] | None = None,
) -> Path:
    """Write :func:`render_html`'s page to ``path`` atomically, in UTF-8.

    The page is written to a temporary file in the target's folder, then moved
    over ``path`` with :func:`os.replace`, so a reader never sees half a page.
    Missing parent folders are created. Nothing else is written (no ``lib/``).

    Args:
        graph: the graph to draw.
        path: where to write the page; ``-`` writes it to standard output.
        title: the page's title.
        sizes: as for :func:`render_html`.
        communities: as for :func:`render_html`.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    target = Path(path)
    page = render_html(graph, title=title, sizes=sizes, communities=communities).encode("utf-8")
    if str(path) == "-":  # standard output, as in every graphkit command
        sys.stdout.flush()
        sys.stdout.buffer.write(page)
        sys.stdout.buffer.flush()
        return target
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


#: How :func:`page` may size nodes (None: by mentions) and colour them.
SIZE_BY = ("degree", "betweenness")
COLOUR_BY = ("class", "community")


def page(
    source,
    output: str | Path | None = None,
    *,
    title: str | None = None,
    size_by: str | None = None,
    colour_by: str = "class",
) -> Path | str:
    """The page of any graph: written to ``output``, or returned.

    This is ``graphkit.view(…)``: the module is called as this function.

    Args:
        source: what :func:`graphkit.build` returns, an rdflib graph, a graph
            file, a knowledge-base folder, ``-`` (standard input) or a
            pyoxigraph store.
        output: the HTML file to write (atomically, see :func:`write_html`),
            ``-`` for standard output; None returns the page as a string.
        title: the page's title. Default: the graph file's name, else "graphkit".
        size_by: size nodes by ``degree`` or ``betweenness`` centrality
            (:mod:`graphkit.analyze`); None: by number of mentions.
        colour_by: ``class``, or ``community`` (Louvain, :mod:`graphkit.analyze`);
            classes are still told apart by shape.

    Returns:
        ``output`` as a :class:`~pathlib.Path`, or the page.

    Raises:
        ValueError: ``size_by`` or ``colour_by`` is not one of the choices.
        TypeError: ``source`` is not a graph source.
        GraphFileError: a graph file that is missing or does not parse.

    Example:
        >>> result = graphkit.build(["examples/corpus"])               # doctest: +SKIP
        >>> graphkit.view(result, "graph.html", colour_by="community")  # doctest: +SKIP
        PosixPath('graph.html')
    """
    from ..sources import as_graph

    if size_by is not None and size_by not in SIZE_BY:
        raise ValueError(f"size_by = {size_by!r} is invalid; value must be None or one of {', '.join(SIZE_BY)}")
    if colour_by not in COLOUR_BY:
        raise ValueError(f"colour_by = {colour_by!r} is invalid; value must be one of {', '.join(COLOUR_BY)}")
    if title is None:
        named = isinstance(source, (str, os.PathLike)) and str(source) != "-"
        title = Path(source).name if named else "graphkit"
    graph = as_graph(source)
    sizes = groups = None
    if size_by is not None or colour_by == "community":
        from ..analyze import centrality, communities, project

        projected = project(graph)
        sizes = centrality(projected, size_by) if size_by is not None else None
        groups = communities(projected) if colour_by == "community" else None
    if output is None:
        return render_html(graph, title=title, sizes=sizes, communities=groups)
    return write_html(graph, output, title=title, sizes=sizes, communities=groups)


# --------------------------------------------------------------------------- reading the graph


@dataclass(frozen=True, order=True)
class _Doc:
    identifier: str  # dcterms:identifier (several documents: joined with ", "), else the IRI
    language: str
    date: str  # the lexical form of dcterms:date, or ""


#: The document of a statement that names none.
_NO_DOC = _Doc("", "", "")


@dataclass(frozen=True, order=True)
class _Figure:
    kind: str
    value: str  # formatted: "97,000,000"
    unit: str
    date: str
    sentence: str
    doc: _Doc


@dataclass(frozen=True, order=True)
class _Evidence:
    sentence: str
    doc: _Doc
    confidence: str
    role: str
    date: str  # its own dcterms:date, or ""
    intervals: tuple[tuple[str, str], ...]  # the days it stands for: its date's, else its document's


@dataclass
class _Entity:
    iri: Node
    label: str
    cls: str  # local name of the most specific class
    root: str  # its scored class
    names: list[tuple[str, str]]  # (text, language) of rdfs:label and skos:altLabel
    mentions: int
    figures: list[_Figure]


@dataclass
class _Relation:
    subject: Node
    predicate: str
    object: Node
    evidence: list[_Evidence] = field(default_factory=list)


@dataclass
class _View:
    entities: list[_Entity]
    relations: list[_Relation]
    documents: int


def _format_value(value: Node | None) -> str:
    if value is None:
        return "?"
    lexical = term_text(value)
    try:
        number = Decimal(lexical)
    except (InvalidOperation, ValueError):
        return lexical
    if not number.is_finite():
        return lexical
    if number.is_zero():
        return "0"
    if number == number.to_integral_value():
        return f"{number.to_integral_value():,f}"  # not int(): Python writes no int of more than 4,300 digits
    return f"{number.normalize():,f}"


_DATE = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _interval(lexical: str) -> tuple[str, str] | None:
    """The first and last day (ISO) an xsd:date, dateTime, gYearMonth or gYear lexical form stands for.

    >>> _interval("2024"), _interval("2025-02"), _interval("2023-03-28T10:00:00Z"), _interval("soon")
    (('2024-01-01', '2024-12-31'), ('2025-02-01', '2025-02-28'), ('2023-03-28', '2023-03-28'), None)
    """
    match = _DATE.match(lexical)
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    if int(year) == 0:
        return None
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    if not 1 <= int(month) <= 12:
        return None
    last = calendar.monthrange(int(year), int(month))[1]
    if day is None:
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    if not 1 <= int(day) <= last:
        return None
    return f"{year}-{month}-{day}", f"{year}-{month}-{day}"


def _first(graph: Graph, subject: Node, predicate: Node) -> str:
    """The smallest value of ``predicate`` on ``subject`` as text, or ""."""
    values = sorted(term_text(o) for o in graph.objects(subject, predicate))
    return values[0] if values else ""


#: The terms _read_graph looks up, bound once: a namespace's attribute lookup is slow in loops.
_DERIVED, _IDENTIFIER, _LANGUAGE, _DATE_P = PROV.wasDerivedFrom, DCTERMS.identifier, DCTERMS.language, DCTERMS.date
_ANCHOR, _BEGIN, _END, _IS_STRING = NIF.anchorOf, NIF.beginIndex, NIF.endIndex, NIF.isString
_LABEL, _ALT, _IDENT_REF = RDFS.label, SKOS.altLabel, ITSRDF.taIdentRef
_ABOUT, _KIND, _VALUE, _UNIT, _CONFIDENCE, _ROLE = PPP.about, PPP.kind, PPP.value, PPP.unit, PPP.confidence, PPP.role
_SUBJECT, _PREDICATE, _OBJECT = RDF.subject, RDF.predicate, RDF.object


def _read_graph(graph: Graph) -> _View:
    """Entities with their figures, relations with their evidence, and the number of documents."""
    from ..ingest import split_sentences

    roots = class_roots(graph)

    docs: dict[Node, _Doc] = {}

    def doc_of(node: Node) -> _Doc:
        sources = sorted(set(graph.objects(node, _DERIVED)), key=term_text)
        found = []
        for source in sources:
            if source not in docs:
                docs[source] = _Doc(
                    _first(graph, source, _IDENTIFIER) or term_text(source),
                    _first(graph, source, _LANGUAGE),
                    _first(graph, source, _DATE_P),
                )
            found.append(docs[source])
        if len(found) <= 1:
            return found[0] if found else _NO_DOC
        found.sort()
        return _Doc(", ".join(d.identifier for d in found), "", min((d.date for d in found if d.date), default=""))

    texts: dict[Node, str] = {}

    def sentence_of(node: Node) -> str:
        """The sentence of the document text around a figure's offsets, else its own anchor text."""
        anchor = _first(graph, node, _ANCHOR)
        source = graph.value(node, _DERIVED)
        try:
            begin, end = int(graph.value(node, _BEGIN)), int(graph.value(node, _END))
        except (TypeError, ValueError):
            return anchor
        if source not in texts:
            text = graph.value(source, _IS_STRING)
            texts[source] = term_text(text) if isinstance(text, Literal) else ""
        text = texts[source]
        if not 0 <= begin < end <= len(text) or text[begin:end] != anchor:
            return anchor
        # sentences never cross a line: split only the figure's line
        line_start = text.rfind("\n", 0, begin) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        for span in split_sentences(line):
            if span.start <= begin - line_start and end - line_start <= span.end:
                return line[span.start : span.end]
        return anchor

    typed: dict[Node, list[tuple[int, str, Node]]] = defaultdict(list)
    for cls, (root, depth) in roots.items():
        for subject in graph.subjects(RDF.type, cls):
            if not isinstance(subject, Literal):
                typed[subject].append((-depth, term_text(cls), cls))

    entities: dict[Node, _Entity] = {}
    for iri in sorted(typed, key=term_text):
        _, _, cls = min(typed[iri])
        labels = [o for o in graph.objects(iri, _LABEL) if isinstance(o, Literal)]
        alt = [o for o in graph.objects(iri, _ALT) if isinstance(o, Literal)]
        names = sorted({(term_text(lit), lit.language or "") for lit in labels + alt}, key=lambda n: (n[1], n[0]))
        mentions = len(set(graph.subjects(_IDENT_REF, iri)))
        figures = set()
        for fig in set(graph.subjects(_ABOUT, iri)):
            kind = graph.value(fig, _KIND)
            figures.add(
                _Figure(
                    kind=local_name(kind) if kind is not None else "figure",
                    value=_format_value(graph.value(fig, _VALUE)),
                    unit=_first(graph, fig, _UNIT),
                    date=_first(graph, fig, _DATE_P),
                    sentence=sentence_of(fig),
                    doc=doc_of(fig),
                )
            )
        entities[iri] = _Entity(
            iri=iri,
            label=pick_label(labels, alt, iri),
            cls=local_name(cls),
            root=roots[cls][0],
            names=names,
            mentions=mentions,
            figures=sorted(figures),
        )

    evidence: dict[tuple[Node, Node, Node], set[_Evidence]] = defaultdict(set)
    for ev in set(graph.subjects(_SUBJECT, None)):
        s, p, o = graph.value(ev, _SUBJECT), graph.value(ev, _PREDICATE), graph.value(ev, _OBJECT)
        if s not in entities or o not in entities or p is None:
            continue
        doc = doc_of(ev)
        dates = sorted(term_text(d) for d in graph.objects(ev, _DATE_P))
        intervals = {i for i in map(_interval, dates) if i}
        if not intervals and doc.date:
            intervals = {i for i in [_interval(doc.date)] if i}
        evidence[(s, p, o)].add(
            _Evidence(
                sentence=_first(graph, ev, _ANCHOR),
                doc=doc,
                confidence=_first(graph, ev, _CONFIDENCE),
                role=_first(graph, ev, _ROLE),
                date=dates[0] if dates else "",
                intervals=tuple(sorted(intervals)),
            )
        )

    relations = []
    for name in RELATIONS:
        predicate = PPP[name]
        for s, o in graph.subject_objects(predicate):
            if s in entities and o in entities:
                relations.append(_Relation(s, name, o, sorted(evidence.get((s, predicate, o), ()))))
    relations.sort(key=lambda r: (term_text(r.subject), r.predicate, term_text(r.object)))

    documents = set(graph.subjects(RDF.type, PPP.Document)) | set(graph.subjects(RDF.type, NIF.Context))
    return _View(entities=list(entities.values()), relations=relations, documents=len(documents))


# --------------------------------------------------------------------------- the page's data


def _darker(colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))


def _class_colour(entity: _Entity) -> str:
    return CLASS_COLOURS.get(entity.cls, CLASS_COLOURS[entity.root])


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
      order) and ``symmetric`` predicates; ``time``: the dates' span or null.
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


def _legend(view: _View, data: dict) -> dict | None:
    """What the legend lists: classes (subclasses under their scored class), relations, communities, time."""
    if not view.entities:
        return None
    community_mode = "communities" in data
    by_root: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    colours: dict[str, str] = {}
    for entity in view.entities:
        by_root[entity.root][entity.cls] += 1
        colours[entity.cls] = NEUTRAL_COLOUR if community_mode else _class_colour(entity)
    classes = [
        {
            "name": root,
            "glyph": CLASS_SHAPES[root][1],
            "colour": NEUTRAL_COLOUR if community_mode else CLASS_COLOURS[root],
            "count": sum(by_root[root].values()),
            "subclasses": [{"name": cls, "colour": colours[cls], "count": by_root[root][cls]}
                           for cls in sorted(cls for cls in by_root[root] if cls != root)],
        }
        for root in SCORED_CLASSES
        if root in by_root
    ]
    counts: dict[str, int] = defaultdict(int)
    for relation in view.relations:
        counts[relation.predicate] += 1
    relations = [
        {
            "name": name,
            "head": "" if name in UNDIRECTED_RELATIONS else "\u25b6",
            "colour": RELATION_COLOURS.get(name, OTHER_RELATION_COLOUR),
            "count": counts[name],
        }
        for name in RELATIONS
        if name in counts
    ]
    return {"classes": classes, "relations": relations, "communities": data.get("communities"), "time": data["time"]}


def _asset(name: str) -> str:
    """One of the page's own files, shipped beside this module (``app.js``, ``style.css``), without its last newline."""
    return (resources.files(__name__) / name).read_text(encoding="utf-8").strip()


#: The page's script and style sheet, inlined into every page; the script's SHA-256 is in the page's CSP.
_SCRIPT = _asset("app.js")
_STYLE = _asset("style.css")


@lru_cache(maxsize=1)
def _template():
    """``page.html`` as a jinja2 template whose every value is escaped by :func:`html.escape`, unless it is
    :class:`markupsafe.Markup` (the inlined scripts and style sheets, the JSON data, the CSP)."""
    import jinja2
    from markupsafe import Markup

    def escape(value: object) -> str:
        return value if isinstance(value, Markup) else html.escape(str(value))

    environment = jinja2.Environment(autoescape=False, finalize=escape, trim_blocks=True, lstrip_blocks=True,
                                     keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return environment.from_string((resources.files(__name__) / "page.html").read_text(encoding="utf-8"))


def _page(view: _View, data: dict, *, title: str) -> str:
    from markupsafe import Markup

    version, vendor_js, vendor_css = _vendor_assets()
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
    unpin = (
        "Release the pinned nodes and resume the layout"
        if data["options"]["physics"]["enabled"]
        else "Put the nodes you moved back where the layout placed them"
    )
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vendor_js)} {_csp_hash(_SCRIPT)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    return _template().render(
        title=title,
        version=version,
        counts=counts,
        unpin=unpin,
        entities=bool(view.entities),
        legend=_legend(view, data),
        csp=Markup(html.escape(csp, quote=False)),
        vendor_css=Markup(vendor_css),
        style=Markup(_STYLE),
        data=Markup(_script_json(data)),
        vendor_js=Markup(vendor_js),
        script=Markup(_SCRIPT),
    )


# graphkit.view(…) runs page(…)
make_callable(__name__, "page")

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

from .errors import MissingDependencyError
from .vocab import ITSRDF, NIF, PPP, RELATIONS, SCORED_CLASSES

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
    "AdministrativeArea": "#4FBF9A",
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
    from .rdf import as_graph

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
        from .analyze import centrality, communities, project

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


def _pick_label(labels: list[Literal], alt: list[Literal], iri: Node) -> str:
    def rank(lit: Literal) -> tuple[int, str, str]:
        lang = (lit.language or "").lower()
        return (0 if lang == "en" else 1 if lang == "" else 2, lang, _text(lit))

    for candidates in (labels, alt):
        if candidates:
            return _text(min(candidates, key=rank))
    return _local_name(iri)


def _first(graph: Graph, subject: Node, predicate: Node) -> str:
    """The smallest value of ``predicate`` on ``subject`` as text, or ""."""
    values = sorted(_text(o) for o in graph.objects(subject, predicate))
    return values[0] if values else ""


#: The terms _read_graph looks up, bound once: a namespace's attribute lookup is slow in loops.
_DERIVED, _IDENTIFIER, _LANGUAGE, _DATE_P = PROV.wasDerivedFrom, DCTERMS.identifier, DCTERMS.language, DCTERMS.date
_ANCHOR, _BEGIN, _END, _IS_STRING = NIF.anchorOf, NIF.beginIndex, NIF.endIndex, NIF.isString
_LABEL, _ALT, _IDENT_REF = RDFS.label, SKOS.altLabel, ITSRDF.taIdentRef
_ABOUT, _KIND, _VALUE, _UNIT, _CONFIDENCE, _ROLE = PPP.about, PPP.kind, PPP.value, PPP.unit, PPP.confidence, PPP.role
_SUBJECT, _PREDICATE, _OBJECT = RDF.subject, RDF.predicate, RDF.object


def _read_graph(graph: Graph) -> _View:
    """Entities with their figures, relations with their evidence, and the number of documents."""
    from .ingest import split_sentences

    roots = _class_roots(graph)

    docs: dict[Node, _Doc] = {}

    def doc_of(node: Node) -> _Doc:
        sources = sorted(set(graph.objects(node, _DERIVED)), key=_text)
        found = []
        for source in sources:
            if source not in docs:
                docs[source] = _Doc(
                    _first(graph, source, _IDENTIFIER) or _text(source),
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
            texts[source] = _text(text) if isinstance(text, Literal) else ""
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
                typed[subject].append((-depth, _text(cls), cls))

    entities: dict[Node, _Entity] = {}
    for iri in sorted(typed, key=_text):
        _, _, cls = min(typed[iri])
        labels = [o for o in graph.objects(iri, _LABEL) if isinstance(o, Literal)]
        alt = [o for o in graph.objects(iri, _ALT) if isinstance(o, Literal)]
        names = sorted({(_text(lit), lit.language or "") for lit in labels + alt}, key=lambda n: (n[1], n[0]))
        mentions = len(set(graph.subjects(_IDENT_REF, iri)))
        figures = set()
        for fig in set(graph.subjects(_ABOUT, iri)):
            kind = graph.value(fig, _KIND)
            figures.add(
                _Figure(
                    kind=_local_name(kind) if kind is not None else "figure",
                    value=_format_value(graph.value(fig, _VALUE)),
                    unit=_first(graph, fig, _UNIT),
                    date=_first(graph, fig, _DATE_P),
                    sentence=sentence_of(fig),
                    doc=doc_of(fig),
                )
            )
        entities[iri] = _Entity(
            iri=iri,
            label=_pick_label(labels, alt, iri),
            cls=_local_name(cls),
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
        dates = sorted(_text(d) for d in graph.objects(ev, _DATE_P))
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
    relations.sort(key=lambda r: (_text(r.subject), r.predicate, _text(r.object)))

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
        iri = _text(entity.iri)
        value = communities.get(iri)
        if isinstance(value, bool) or not isinstance(value, int):
            continue
        number[iri] = str(value)
        members[str(value)] += 1
    ranked = sorted(members, key=lambda k: (-members[k], int(k)))
    own = ranked[: len(COMMUNITY_COLOURS)]
    colour = dict(zip(own, COMMUNITY_COLOURS))
    key = {_text(e.iri): number.get(_text(e.iri), "other") for e in view.entities}
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
    return smooth


def _positions(view: _View) -> dict[str, tuple[int, int]]:
    """Precomputed positions (graphkit.layout) of a graph too big for the browser's physics."""
    from .layout import layout

    order = {name: i for i, name in enumerate(SCORED_CLASSES)}
    # isolated entities are laid out in this order: grouped by class, then by name
    nodes = [
        _text(e.iri)
        for e in sorted(view.entities, key=lambda e: (order[e.root], e.cls, e.label.casefold(), _text(e.iri)))
    ]
    pairs = [(_text(r.subject), _text(r.object)) for r in view.relations]
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
        iri = _text(entity.iri)
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
            "from": _text(relation.subject),
            "to": _text(relation.object),
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


def _legend(view: _View, data: dict) -> str:
    """Legend and filters: classes, relations, communities, time. Every name in it is escaped."""

    def esc(text: str) -> str:
        return html.escape(text, quote=True)

    if not view.entities:
        return ""
    community_mode = "communities" in data
    by_root: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    colours: dict[str, str] = {}
    for entity in view.entities:
        by_root[entity.root][entity.cls] += 1
        colours[entity.cls] = NEUTRAL_COLOUR if community_mode else _class_colour(entity)
    parts = [
        '<div class="tools"><button type="button" id="reset-filters">Show all</button></div>',
        '<label class="opt"><input type="checkbox" id="hide-isolated"> hide entities without a visible relation</label>',
        "<section><h2>Classes</h2>",
        "<ul>",
    ]
    for root in SCORED_CLASSES:
        if root not in by_root:
            continue
        glyph = CLASS_SHAPES[root][1]
        colour = NEUTRAL_COLOUR if community_mode else CLASS_COLOURS[root]
        parts.append(
            f'<li><label><input type="checkbox" data-filter-class="{esc(root)}" checked>'
            f'<span class="sw" style="color:{colour}">{glyph}</span>'
            f'<b class="name">{esc(root)}</b><span class="n">{sum(by_root[root].values())}</span></label>'
        )
        subs = sorted(cls for cls in by_root[root] if cls != root)
        if subs:
            parts.append("<ul>")
            for cls in subs:
                parts.append(
                    f'<li><label><input type="checkbox" data-filter-class="{esc(cls)}" checked>'
                    f'<span class="sw" style="color:{colours[cls]}">{glyph}</span>'
                    f'<span class="name">{esc(cls)}</span><span class="n">{by_root[root][cls]}</span></label></li>'
                )
            parts.append("</ul>")
        parts.append("</li>")
    parts.append("</ul></section>")

    counts: dict[str, int] = defaultdict(int)
    for relation in view.relations:
        counts[relation.predicate] += 1
    if counts:
        parts += ["<section><h2>Relations</h2>", "<ul>"]
        for name in RELATIONS:
            if name in counts:
                head = "" if name in UNDIRECTED_RELATIONS else "\u25b6"
                colour = RELATION_COLOURS.get(name, OTHER_RELATION_COLOUR)
                parts.append(
                    f'<li><label><input type="checkbox" data-filter-predicate="{esc(name)}" checked>'
                    f'<span class="ln" style="color:{colour}">\u2501\u2501{head}</span>'
                    f'<span class="name">{esc(name)}</span><span class="n">{counts[name]}</span></label></li>'
                )
        parts.append("</ul></section>")

    if community_mode:
        parts += ["<section><h2>Communities</h2>", "<ul>"]
        for key, label, count, colour in data["communities"]:
            parts.append(
                f'<li><label><input type="checkbox" data-filter-community="{esc(key)}" checked>'
                f'<span class="sw" style="color:{colour}">\u25cf</span>'
                f'<span class="name">{esc(label)}</span><span class="n">{count}</span></label></li>'
            )
        parts.append("</ul></section>")

    time = data["time"]
    if time:
        bounds = f'min="{esc(time["from"])}" max="{esc(time["to"])}"'
        undated = time["undated"]
        parts += [
            '<section id="time"><h2>Time</h2>',
            f'<label>from <input id="time-from" type="date" value="{esc(time["from"])}" {bounds}></label>',
            f'<label>to <input id="time-to" type="date" value="{esc(time["to"])}" {bounds}></label>',
            '<p class="hint">Hides the relations whose sentences are all dated outside this range '
            "(a sentence without a date of its own takes its document\u2019s). "
            + (
                f"The {undated} relation{'s' if undated != 1 else ''} with an undated sentence "
                f"{'stay' if undated != 1 else 'stays'} visible.</p>"
                if undated
                else "Every relation is dated.</p>"
            ),
            "</section>",
        ]
    parts.append(
        '<p class="hint">Click a node or an edge for its names, figures and sentences. '
        "Drag a node to pin it.</p>"
    )
    return "\n".join(parts)


_STYLE = """
[hidden]{display:none!important}
html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2328;background:#fff}
header{display:flex;align-items:center;gap:.4rem 1rem;flex-wrap:wrap;padding:.45rem .9rem;background:#f3f4f6;border-bottom:1px solid #d0d7de}
header h1{font-size:1.05rem;margin:0;font-weight:600}
#counts,#shown{color:#57606a}
#shown{font-style:italic}
#find{display:flex;align-items:center;gap:.4rem;margin-left:auto}
#search{font:inherit;padding:.2rem .45rem;width:16rem;border:1px solid #afb8c1;border-radius:4px}
#status{color:#57606a;min-width:6rem;font-size:12px}
#tools{display:flex;gap:.35rem}
button{font:inherit;font-size:13px;padding:.15rem .6rem;border:1px solid #afb8c1;border-radius:4px;background:#fff;color:inherit;cursor:pointer}
button:hover{background:#eaeef2}
main{flex:1;display:flex;min-height:0}
#network{flex:1;min-width:0;position:relative}
#network p.empty{margin:3rem auto;text-align:center;color:#57606a;font-size:1.1rem}
aside{overflow:auto;padding:.3rem .9rem .8rem;font-size:13px;background:#fafbfc}
#legend{width:15.5rem;flex:none;border-right:1px solid #d0d7de}
#panel{width:24rem;flex:none;border-left:1px solid #d0d7de;position:relative}
aside h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:#57606a;margin:.9rem 0 .3rem}
aside ul{list-style:none;margin:0;padding:0}
aside li{margin:.1rem 0}
#legend ul ul{padding-left:1.1rem}
#legend li>label{display:flex;align-items:center;gap:.3rem;cursor:pointer}
#legend input{margin:0}
#legend .name{overflow-wrap:anywhere;min-width:0}
#legend .tools{margin-top:.5rem}
#legend label.opt{display:block;margin:.4rem 0;font-size:12px;color:#57606a}
#time label{display:block;margin:.2rem 0}
#time input{font:inherit;font-size:12px}
.sw{font-size:1rem}
.ln{font-weight:700;letter-spacing:-.1em}
.n,.hint,.meta{color:#57606a;font-size:12px}
#panel-close{position:absolute;top:.35rem;right:.4rem;border:none;background:none;font-size:1.3rem;line-height:1;padding:.1rem .35rem}
#panel h2.title{font-size:1.1rem;text-transform:none;letter-spacing:0;color:#1f2328;margin:.6rem 1.6rem .2rem 0;word-break:break-word}
#panel p{margin:.15rem 0}
#panel .type{font-weight:600}
#panel .iri{color:#57606a;font-size:11px;word-break:break-all}
#panel .lang{color:#57606a;font-size:11px;margin-left:.35rem}
#panel details{margin:.2rem 0;border-top:1px solid #eaeef2;padding-top:.2rem}
#panel summary{cursor:pointer}
#panel .pred{font-weight:600}
#panel button.link{border:none;background:none;padding:0;color:#0969da;text-align:left;font-size:inherit}
#panel button.link:hover{text-decoration:underline;background:none}
#panel ul.evidence{margin:.15rem 0 .4rem .9rem}
#panel ul.evidence li,#panel ul.figures li{margin:.3rem 0}
#panel ul.names li{display:inline;margin-right:.7rem;line-height:1.6}
#panel .off{opacity:.5}
div.vis-tooltip{white-space:pre-wrap;max-width:28rem;font-family:inherit;font-size:12px;line-height:1.35}
""".strip()


_SCRIPT = r"""
(function () {
  "use strict";
  // Every string in `data` may come from an article: it reaches the page as
  // textContent only (never parsed as HTML), and ids and names are Map keys only.
  var data = JSON.parse(document.getElementById("graphkit-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var search = $("search"), status = $("status"), shown = $("shown");
  var panel = $("panel"), panelBody = $("panel-body");
  function ready() { document.body.dataset.ready = "true"; }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  var haveVis = typeof vis !== "undefined";
  var nodes = haveVis ? new vis.DataSet() : null, edges = haveVis ? new vis.DataSet() : null;
  var nodeHidden = new Map(), edgeHidden = new Map();
  function shownIds(items, hidden) {
    return items.map(function (item) { return item.id; }).filter(function (id) { return !hidden.get(id); });
  }
  var api = window.graphkit = {
    network: null, nodes: nodes, edges: edges, nodeCount: data.nodes.length,
    visibleNodeIds: function () { return shownIds(data.nodes, nodeHidden); },
    visibleEdgeIds: function () { return shownIds(data.edges, edgeHidden); }
  };
  if (!haveVis || !data.nodes.length) {
    document.querySelectorAll("header input, header button").forEach(function (c) { c.disabled = true; });
    ready();
    return;
  }

  // ---- lookups
  var classOf = new Map(data.classes.map(function (c) { return [c[0], {name: c[1], root: c[2]}]; }));
  var rootOf = new Map(data.classes.map(function (c) { return [c[1], c[2]]; }));
  var symmetric = new Set(data.symmetric);
  var predicateRank = new Map(data.relations.map(function (p, i) { return [p, i]; }));
  var nodeById = new Map(), edgeById = new Map(), incident = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); incident.set(n.id, []); });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    incident.get(e.from).push(e);
    if (e.to !== e.from) { incident.get(e.to).push(e); }
  });
  function label(id) { return nodeById.get(id).label; }
  function typeName(n) {
    var c = classOf.get(n.group);
    return c.name === c.root ? c.root : c.name + " (" + c.root + ")";
  }
  function arrow(e) { return symmetric.has(e.label) ? " \u2194 " : " \u2192 "; }

  // tooltips: plain text (vis-network shows a string title with innerText)
  data.nodes.forEach(function (n) {
    n.title = n.label + "\n" + typeName(n) + " \u00b7 " + plural(incident.get(n.id).length, "relation");
  });
  data.edges.forEach(function (e) {
    e.title = label(e.from) + arrow(e) + label(e.to) + "\n" +
      e.label + " \u00b7 " + plural(e.evidence.length, "sentence");
  });
  nodes.add(data.nodes);
  edges.add(data.edges);

  // ---- the network: physics until stabilized, then off; or a layout computed beforehand
  var container = $("network");
  var network = api.network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  var physics = data.options.physics.enabled !== false;
  if (physics) {
    network.on("stabilizationProgress", function (p) {
      status.textContent = "layout " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.on("stabilizationIterationsDone", function () {
      network.setOptions({physics: false});
      status.textContent = "";
      ready();
    });
  } else {
    network.once("afterDrawing", ready);
  }

  // dragging a node pins it; "Unpin all" releases them and resumes the layout (or puts them back)
  var pinned = new Set();
  network.on("dragEnd", function (p) {
    if (!p.nodes.length) { return; }
    p.nodes.forEach(function (id) { pinned.add(id); });
    nodes.update(p.nodes.map(function (id) { return {id: id, fixed: true, borderWidth: 3}; }));
  });
  $("unpin").addEventListener("click", function () {
    var ids = Array.from(pinned);
    pinned.clear();
    nodes.update(ids.map(function (id) {
      var n = nodeById.get(id), change = {id: id, fixed: false, borderWidth: 1};
      if (!physics) { change.x = n.x; change.y = n.y; }
      return change;
    }));
    if (physics) {
      network.setOptions({physics: {enabled: true}});
      network.stabilize(data.options.physics.stabilization.iterations);
    }
  });
  $("fit").addEventListener("click", function () { network.fit({animation: {duration: 400}}); });

  // PNG of the current view, on white
  $("export-png").addEventListener("click", function () {
    var source = container.querySelector("canvas");
    var copy = document.createElement("canvas");
    copy.width = source.width;
    copy.height = source.height;
    var context = copy.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(source, 0, 0);
    var link = document.createElement("a");
    link.href = copy.toDataURL("image/png");
    link.download = (document.title.replace(/[^\w.-]+/g, "_").replace(/^[_.]+|_+$/g, "") || "graph") + ".png";
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  // ---- filters: classes, predicates, communities, time, entities left without relations
  var boxes = Array.from(document.querySelectorAll("#legend input[type=checkbox][data-filter-class], " +
    "#legend input[type=checkbox][data-filter-predicate], #legend input[type=checkbox][data-filter-community]"));
  var timeFrom = $("time-from"), timeTo = $("time-to"), isolated = $("hide-isolated");
  function unchecked(attribute) {
    var off = new Set();
    boxes.forEach(function (box) {
      if (box.hasAttribute(attribute) && !box.checked) { off.add(box.getAttribute(attribute)); }
    });
    return off;
  }
  function inTime(e, from, to) {
    if (!e.dates || e.undated) { return true; }
    return e.dates.some(function (d) { return (!from || d[1] >= from) && (!to || d[0] <= to); });
  }
  function sync(set, hidden) {
    var changes = [];
    hidden.forEach(function (value, id) {
      if (!!set.get(id).hidden !== value) { changes.push({id: id, hidden: value}); }
    });
    if (changes.length) { set.update(changes); }
  }
  function applyFilters() {
    var classes = unchecked("data-filter-class"), predicates = unchecked("data-filter-predicate");
    var communities = unchecked("data-filter-community");
    var from = timeFrom ? timeFrom.value : "", to = timeTo ? timeTo.value : "";
    boxes.forEach(function (box) {
      var root = box.hasAttribute("data-filter-class") && rootOf.get(box.getAttribute("data-filter-class"));
      box.disabled = !!root && root !== box.getAttribute("data-filter-class") && classes.has(root);
    });
    data.nodes.forEach(function (n) {
      var c = classOf.get(n.group);
      nodeHidden.set(n.id, classes.has(c.name) || classes.has(c.root) ||
        (n.community !== undefined && communities.has(n.community)));
    });
    var linked = new Set();
    data.edges.forEach(function (e) {
      var hide = predicates.has(e.label) || nodeHidden.get(e.from) || nodeHidden.get(e.to) || !inTime(e, from, to);
      edgeHidden.set(e.id, hide);
      if (!hide) { linked.add(e.from); linked.add(e.to); }
    });
    if (isolated && isolated.checked) {
      data.nodes.forEach(function (n) { if (!linked.has(n.id)) { nodeHidden.set(n.id, true); } });
    }
    sync(nodes, nodeHidden);
    sync(edges, edgeHidden);
    var n = api.visibleNodeIds().length, m = api.visibleEdgeIds().length;
    shown.textContent = n < data.nodes.length || m < data.edges.length ? "showing " + n + " of " +
      data.nodes.length + " entities, " + m + " of " + data.edges.length + " relations" : "";
  }
  boxes.concat([isolated]).forEach(function (box) { box.addEventListener("change", applyFilters); });
  [timeFrom, timeTo].forEach(function (input) { if (input) { input.addEventListener("change", applyFilters); } });
  $("reset-filters").addEventListener("click", function () {
    boxes.forEach(function (box) { box.checked = true; });
    isolated.checked = false;
    [timeFrom, timeTo].forEach(function (input) { if (input) { input.value = input.defaultValue; } });
    applyFilters();
  });
  applyFilters();

  // ---- the panel: built with createElement and textContent only
  function add(parent, tag, className, text) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (text !== undefined && text !== null) { element.textContent = text; }
    parent.appendChild(element);
    return element;
  }
  function nodeLink(parent, id) {
    var button = add(parent, "button", "link", label(id));
    button.type = "button";
    button.addEventListener("click", function (event) { event.preventDefault(); select(id); });
    return button;
  }
  function docText(index) {
    var d = data.docs[index];
    return d[0] + (d[2] ? " (" + d[2] + ")" : "");
  }
  function evidenceList(parent, e) {
    var list = add(parent, "ul", "evidence");
    if (!e.evidence.length) { add(list, "li", "meta", "no sentence recorded"); }
    e.evidence.forEach(function (ev) {  // [sentence, doc, confidence, role, date]
      var item = add(list, "li");
      if (ev[0] !== null) { add(item, "q", null, data.sentences[ev[0]]); }
      var meta = [];
      if (ev[1] !== null) { meta.push(docText(ev[1])); }
      if (ev[4]) { meta.push("dated " + ev[4]); }
      if (ev[2]) { meta.push("confidence " + ev[2]); }
      if (ev[3]) { meta.push("role: " + ev[3]); }
      add(item, "div", "meta", meta.join(" \u00b7 "));
    });
  }
  function predicateTag(parent, e) {
    var tag = add(parent, "span", "pred", e.label);
    tag.style.color = e.color;
    return tag;
  }
  function openPanel() { panel.hidden = false; panel.scrollTop = 0; }
  function closePanel() { panel.hidden = true; panelBody.textContent = ""; }

  function showNode(id) {
    var n = nodeById.get(id);
    panelBody.textContent = "";
    add(panelBody, "h2", "title", n.label);
    add(panelBody, "p", "type", typeName(n));
    var facts = [plural(incident.get(id).length, "relation"), plural(n.mentions, "mention")];
    if (n.community !== undefined) { facts.push("community " + n.community); }
    add(panelBody, "p", "meta", facts.join(" \u00b7 "));
    add(panelBody, "p", "iri", id);

    var related = incident.get(id).slice().sort(function (a, b) {
      return predicateRank.get(a.label) - predicateRank.get(b.label) ||
        (a.from === id ? 0 : 1) - (b.from === id ? 0 : 1) ||
        label(a.from === id ? a.to : a.from).localeCompare(label(b.from === id ? b.to : b.from));
    });
    add(panelBody, "h2", null, "Relations (" + related.length + ")");
    if (!related.length) { add(panelBody, "p", "meta", "none"); }
    related.forEach(function (e) {
      var details = add(panelBody, "details", edgeHidden.get(e.id) ? "off" : null);
      details.open = related.length <= 12;
      var summary = add(details, "summary");
      var outgoing = e.from === id;
      if (!outgoing) { add(summary, "span", null, symmetric.has(e.label) ? "\u2194 " : "\u2190 "); }
      predicateTag(summary, e);
      add(summary, "span", null, outgoing ? arrow(e) : " ");
      nodeLink(summary, outgoing ? e.to : e.from);
      add(summary, "span", "n", " " + plural(e.evidence.length, "sentence") +
        (edgeHidden.get(e.id) ? ", hidden by the filters" : ""));
      evidenceList(details, e);
    });

    if (n.figures) {
      add(panelBody, "h2", null, "Figures");
      var figures = add(panelBody, "ul", "figures");
      n.figures.forEach(function (f) {  // [kind, value, unit, date, sentence, doc]
        var item = add(figures, "li");
        add(item, "b", null, f[0] + ": ");
        add(item, "span", null, f[1] + (f[2] ? " " + f[2] : ""));
        if (f[3]) { add(item, "span", "meta", " \u00b7 " + f[3]); }
        if (f[4] !== null) { add(add(item, "div"), "q", null, data.sentences[f[4]]); }
        if (f[5] !== null) { add(item, "div", "meta", docText(f[5])); }
      });
    }

    add(panelBody, "h2", null, "Names (" + n.names.length + ")");
    var names = add(panelBody, "ul", "names");
    n.names.forEach(function (name) {
      var item = add(names, "li");
      add(item, "span", null, name[0]);
      if (name[1]) { add(item, "span", "lang", name[1]); }
    });
    openPanel();
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    panelBody.textContent = "";
    var title = add(panelBody, "h2", "title");
    nodeLink(title, e.from);
    add(title, "span", null, arrow(e));
    nodeLink(title, e.to);
    predicateTag(add(panelBody, "p", "type"), e);
    add(panelBody, "h2", null, plural(e.evidence.length, "sentence"));
    evidenceList(panelBody, e);
    openPanel();
  }

  function select(id) {
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1),
                       animation: {duration: 400, easingFunction: "easeInOutQuad"}});
    showNode(id);
  }
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
    else { closePanel(); }
  });
  $("panel-close").addEventListener("click", function () { closePanel(); network.unselectAll(); });

  // ---- search: any name in any language, case- and accent-insensitive
  function fold(text) { return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var entries = [], seen = new Set(), list = $("names");
  data.nodes.forEach(function (n) {
    var mine = new Set();
    [n.label].concat(n.names.map(function (name) { return name[0]; })).forEach(function (name) {
      var key = fold(name);
      if (!mine.has(key)) { mine.add(key); entries.push([n.id, key]); }
      if (!seen.has(name)) {
        seen.add(name);
        add(list, "option").value = name;
      }
    });
  });
  function find(query) {
    var q = fold(query.trim()), rank = new Map();
    if (!q) { return []; }
    entries.forEach(function (entry) {
      var at = entry[1].indexOf(q);
      if (at < 0) { return; }
      var r = entry[1] === q ? 0 : at === 0 ? 1 : 2;
      if (!rank.has(entry[0]) || r < rank.get(entry[0])) { rank.set(entry[0], r); }
    });
    return Array.from(rank.keys()).sort(function (a, b) {
      return rank.get(a) - rank.get(b) || incident.get(b).length - incident.get(a).length ||
        (a < b ? -1 : a > b ? 1 : 0);
    });
  }
  var matches = [], hiddenMatches = 0, position = -1, last = null;
  function go(step) {
    if (search.value !== last) {
      last = search.value;
      var all = find(last);
      matches = all.filter(function (id) { return !nodeHidden.get(id); });
      hiddenMatches = all.length - matches.length;
      position = -1;
    }
    var hiddenNote = hiddenMatches ? " (" + hiddenMatches + " hidden by the filters)" : "";
    if (!matches.length) {
      status.textContent = last.trim() ? "no match" + hiddenNote : "";
      return;
    }
    position = (position + step + matches.length) % matches.length;
    select(matches[position]);
    status.textContent = (position + 1) + " / " + matches.length + hiddenNote +
      (matches.length > 1 ? " \u2014 Enter: next" : "");
  }
  search.addEventListener("input", function () {
    var count = search.value.trim() ? find(search.value).length : 0;
    last = null;
    status.textContent = search.value.trim() ? (count ? plural(count, "match") + " \u2014 Enter" : "no match") : "";
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    } else if (event.key === "Escape") {
      search.value = "";
      status.textContent = "";
      last = null;
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden && event.target !== search) { closePanel(); network.unselectAll(); }
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
<span id="shown" aria-live="polite"></span>
<div id="find"><input id="search" type="search" list="names" placeholder="Find a node by any name" autocomplete="off" aria-label="Find a node by any of its names"><datalist id="names"></datalist><span id="status" aria-live="polite"></span></div>
<div id="tools"><button type="button" id="fit" title="Show the whole graph">Fit</button><button type="button" id="unpin" title="{esc(unpin)}">Unpin all</button><button type="button" id="export-png" title="Download the current view as a PNG image">Export PNG</button></div>
</header>
<main>
<aside id="legend" aria-label="Legend and filters">
{_legend(view, data)}
</aside>
<div id="network">{body}</div>
<aside id="panel" hidden aria-label="Details"><button type="button" id="panel-close" aria-label="Close" title="Close">\u00d7</button><div id="panel-body"></div></aside>
</main>
<script type="application/json" id="graphkit-data">{_script_json(data)}</script>
<script>{vendor_js}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""


from . import _callable  # noqa: E402 - graphkit.view(…) calls the function

_callable(__name__)

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

The page is made in four steps, one module each, with the page's own files
beside them:

- :mod:`.read`: what the page shows, read from the graph (entities, their
  names and figures; relations and the evidence behind them);
- :mod:`.data`: the page's data (vis-network nodes, edges and options; the
  sentences and documents the panel reads), laid out beforehand for big graphs;
- :mod:`.palette`: the colours and shapes of classes, relations, communities;
- :mod:`.render`: ``page.html`` (a jinja2 template) filled with the legend and
  the data, vis-network and the page's ``app.js`` and ``style.css`` inlined.

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

import os
from collections.abc import Mapping
from pathlib import Path

from rdflib import Graph

from ..callable import make_callable
from ..writing import write_atomic
from .data import LAYOUT_THRESHOLD, _build_data
from .palette import (CLASS_COLOURS, CLASS_SHAPES, COMMUNITY_COLOURS, NEUTRAL_COLOUR, OTHER_COMMUNITY_COLOUR,
                      OTHER_RELATION_COLOUR, RELATION_COLOURS, UNDIRECTED_RELATIONS)
from .read import _read_graph
from .render import _page

__all__ = [
    "CLASS_COLOURS", "CLASS_SHAPES", "COLOUR_BY", "COMMUNITY_COLOURS", "LAYOUT_THRESHOLD", "NEUTRAL_COLOUR",
    "OTHER_COMMUNITY_COLOUR", "OTHER_RELATION_COLOUR", "RELATION_COLOURS", "SIZE_BY", "UNDIRECTED_RELATIONS",
    "page", "render_html", "write_html",
]

# --------------------------------------------------------------------------- public API


def render_html(
    graph: Graph,
    *,
    title: str = "graphkit",
    sizes: Mapping[str, float] | None = None,
    communities: Mapping[str, int] | None = None,
    actions: Mapping[str, str] | None = None,
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
        actions: for a page :mod:`graphkit.serve` serves with curation on: ``{"token": …}``,
            the token its curation actions (``POST /curate/ACTION``) carry. The panel
            then offers them, and the CSP lets the page reach its own origin
            (``connect-src 'self'``). None (a page written to a file): no action.

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
    if actions is not None:
        data["actions"] = dict(actions)
    return _page(view, data, title=title, served=actions is not None)


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
    over ``path`` (:func:`graphkit.writing.write_atomic`), so a reader never sees
    half a page. Missing parent folders are created. Nothing else is written (no ``lib/``).

    Args:
        graph: the graph to draw.
        path: where to write the page; ``-`` writes it to standard output.
        title: the page's title.
        sizes: as for :func:`render_html`.
        communities: as for :func:`render_html`.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    page = render_html(graph, title=title, sizes=sizes, communities=communities).encode("utf-8")
    return write_atomic(path, page)


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


# graphkit.view(…) runs page(…)
make_callable(__name__, "page")

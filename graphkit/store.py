"""SPARQL over graphs, evaluated by pyoxigraph's embedded engine.

rdflib's own SPARQL engine is tens of times slower on joins and aggregates;
pyoxigraph runs the queries. Graph files are loaded straight into an
in-memory pyoxigraph store; an rdflib graph is handed over as N-Triples.

Queries may use the contract's prefixes (``ppp:``, ``kind:``, ``nif:`` …)
without declaring them. A query argument is SPARQL text, ``@file.rq``, or the
name of a query in ``ontology/queries/``.

A graph *source* (:func:`open_source`) is what :func:`graphkit.build` returns,
an rdflib graph, a pyoxigraph store, a graph file, a knowledge-base folder, or
``-``: a graph on standard input, in any format graphkit reads, told apart by
its first bytes.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .errors import GraphFileError, OntologyError, QueryError, syntax_location
from .resources import ontology_dir
from .vocab import PREFIXES

#: Result formats of ``graphkit query``.
RESULT_FORMATS = ("table", "csv", "tsv", "json")

_RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}


#: The path that stands for standard input (a graph) or standard output.
STDIN = "-"

_NOT_A_SOURCE = ("give what graphkit.build returns, an rdflib.Graph, a pyoxigraph.Store, a graph file, "
                 "a knowledge-base folder or '-' (standard input)")


def graph_of(source):
    """The rdflib graph a source holds: the source itself, or the ``graph`` of what
    :func:`graphkit.build` returns; None for a path or a pyoxigraph store, which are read.

    Raises:
        TypeError: ``source`` is not a graph source.
        ValueError: a :class:`~graphkit.pipeline.BuildSummary` without its graph.
    """
    if isinstance(source, (str, os.PathLike, ox.Store)):
        return None
    from rdflib import Graph

    if isinstance(source, Graph):
        return source
    graph = getattr(source, "graph", None)
    if isinstance(graph, Graph):
        return graph
    if graph is None and hasattr(source, "graph") and hasattr(source, "triples"):
        raise ValueError("this build summary holds no graph (graphkit.build_to keeps it only with keep_graph=True); "
                         "give the file it wrote, or use graphkit.build")
    raise TypeError(f"source = {_short(repr(source))} is invalid; {_NOT_A_SOURCE}")


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def open_source(source) -> tuple[ox.Store, bool]:
    """The store a graph source is read from, and whether its queries read the union of its named graphs.

    A knowledge base is read in place (its default graph is already the union,
    without repeats); a graph file, standard input (``-``) and an rdflib graph
    are loaded into an in-memory store (:func:`open_graph`); a pyoxigraph store
    is used as it is.

    Raises:
        TypeError: ``source`` is not a graph source.
        GraphFileError: a file that is missing or does not parse.
        StoreError: a knowledge base that cannot be opened.
    """
    if isinstance(source, ox.Store):
        return source, True
    if isinstance(source, (str, os.PathLike)):
        from .kb import is_kb, open_read

        if str(source) != STDIN and is_kb(source):
            return open_read(source), False
        return open_graph(source), True
    return open_graph(graph_of(source)), True


def open_graph(source) -> ox.Store:
    """An in-memory store holding a graph file's triples, or an rdflib graph's.

    The format follows the file's ending (``.ttl .nt .trig .nq .jsonld .rdf``;
    Turtle for any other). ``-`` reads a graph on standard input: JSON-LD or
    RDF/XML by their first bytes, else TriG (so Turtle and N-Triples too), else
    N-Quads. Nothing is fetched: not a remote JSON-LD context, nor an external
    DTD or entity; RDF/XML passes :func:`check_rdf_xml` first.

    Raises:
        GraphFileError: the file is missing, a folder, empty or does not parse;
            the message names the file and gives line and column.
    """
    store = ox.Store()
    if hasattr(source, "serialize") and not isinstance(source, (str, Path)):
        data = source.serialize(format="nt", encoding="utf-8")
        store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
        return store
    if str(source) == STDIN:
        return _open_stdin()
    path = Path(source)
    check_graph_file(path)
    fmt = _RDF_FORMATS.get(path.suffix.lower(), ox.RdfFormat.TURTLE)
    if fmt == ox.RdfFormat.RDF_XML:
        check_rdf_xml(path)
    try:
        if fmt.supports_datasets:
            store.bulk_load(path=str(path), format=fmt, to_graph=None)
            # queries see the union of the named graphs through the default graph
        else:
            store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise _syntax_error(path, fmt, str(exc)) from None
    except (OSError, ValueError) as exc:
        raise GraphFileError(f"{path}: cannot be read: {exc}", hint="check the file") from None
    return store


def _open_stdin() -> ox.Store:
    """A graph on standard input, through a temporary file, so that it is read as a file of its format is."""
    data = sys.stdin.buffer.read()
    if not data.strip():
        raise GraphFileError("-: standard input is empty, not a graph",
                             hint="pipe a graph into it, e.g. graphkit build ARTICLES | graphkit validate -")
    looks = _looks_like(data[:2048])
    endings = {"JSON-LD": (".jsonld",), "RDF/XML": (".rdf",)}.get(looks or "", (".trig", ".nq"))
    with tempfile.TemporaryDirectory(prefix="graphkit-stdin-") as tmp:
        failure = None
        for ending in endings:
            path = Path(tmp) / f"stdin{ending}"
            path.write_bytes(data)
            try:
                return open_graph(path)
            except GraphFileError as exc:
                failure = failure or (exc, str(path))
            path.unlink()
    exc, name = failure
    message = exc.message.replace(name, STDIN).replace("not valid TriG", "not valid Turtle or TriG")
    hint = exc.hint if exc.hint and "ending" not in exc.hint else \
        "standard input is read as Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML; fix the syntax"
    raise GraphFileError(message, hint=hint)


def check_graph_file(path: Path) -> None:
    """Raise :class:`GraphFileError` unless ``path`` is a non-empty regular file."""
    import stat

    try:
        st = path.stat()
    except FileNotFoundError:
        what = "a broken link" if path.is_symlink() else "no such graph file"
        raise GraphFileError(f"{path}: {what}", hint="build one with `graphkit build … -o FILE.ttl`") from None
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot be read ({exc.strerror})", hint="check the path and its permissions") from None
    if stat.S_ISDIR(st.st_mode):
        raise GraphFileError(f"{path}: is a folder, neither a graph file nor a knowledge base",
                             hint="give a graph file (.ttl .nt .trig .jsonld …) or a folder made by `graphkit build … --store`")
    if not stat.S_ISREG(st.st_mode):
        raise GraphFileError(f"{path}: not a regular file", hint="give a graph file (.ttl .nt .trig .jsonld …)")
    if st.st_size == 0:
        raise GraphFileError(f"{path}: is empty (0 bytes), not a graph",
                             hint="rebuild it with `graphkit build … -o FILE.ttl`")
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot be read ({exc.strerror})", hint="check its permissions") from None


#: The longest replacement text of an RDF/XML entity that is expanded (an IRI of a namespace is far shorter).
MAX_ENTITY_CHARS = 1000

#: How deep RDF/XML elements may nest: the parser's time grows faster than the square of the depth.
MAX_XML_DEPTH = 1000

#: What entities may add to an RDF/XML file's text: this many bytes, plus three times the file's size.
MAX_ENTITY_GROWTH = 10_000_000


_EXPANDS = "its entities expand it far beyond its size; graphkit does not expand them so far"


def check_rdf_xml(path: Path) -> None:
    """Refuse an RDF/XML file that would make the parser expand or nest without end, before it sees the file.

    The file is read once with expat, which fetches nothing (no external DTD nor
    entity). Refused: an entity declared through other entities (the "billion
    laughs": ten levels in 600 bytes make 10^10 characters, and a Rust panic), an
    external or parameter entity, an entity of more than :data:`MAX_ENTITY_CHARS`
    characters, entities that add more than three times the file's size and
    :data:`MAX_ENTITY_GROWTH` bytes, and elements nested more than
    :data:`MAX_XML_DEPTH` deep. One level of short entities, as ontology editors
    write namespaces (``<!ENTITY owl "http://www.w3.org/2002/07/owl#">``), is read.

    Raises:
        GraphFileError: one of the above, or the file is not well-formed XML (line and column).
    """
    import xml.parsers.expat as expat

    class Refused(Exception):
        pass

    size = path.stat().st_size
    budget = 3 * size + MAX_ENTITY_GROWTH
    produced = 0
    depth = 0
    parser = expat.ParserCreate()

    def entity(name, is_parameter, value, base, system_id, public_id, notation) -> None:
        if is_parameter:
            raise Refused(f"its DTD declares the parameter entity {name}, which graphkit does not expand")
        if value is None:
            raise Refused(f"its DTD declares the external entity {name}, which graphkit does not read")
        inner = re.search(r"[&%][^\s;]*;", value)
        if inner and not inner.group().startswith("&#"):
            raise Refused(f"its DTD declares the entity {name} through other entities ({inner.group()}), "
                          "which graphkit does not expand")
        if len(value) > MAX_ENTITY_CHARS:
            raise Refused(f"its DTD declares the entity {name} of {len(value)} characters, more than the "
                          f"{MAX_ENTITY_CHARS} graphkit expands")
        # the text can now grow beyond the file: measure it (a file without entities is spared the cost)
        parser.StartElementHandler = start_measured
        parser.CharacterDataHandler = grow

    def grow(data: str) -> None:
        nonlocal produced
        produced += len(data)
        if produced > budget:
            raise Refused(_EXPANDS)

    def start(name, attributes) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_XML_DEPTH:
            raise Refused(f"its elements are nested more than {MAX_XML_DEPTH} deep (at line "
                          f"{parser.CurrentLineNumber}), deeper than graphkit reads RDF/XML")

    def start_measured(name, attributes) -> None:
        start(name, attributes)
        for value in attributes.values():
            grow(value)

    def end(name) -> None:
        nonlocal depth
        depth -= 1

    parser.EntityDeclHandler = entity
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        with path.open("rb") as fh:
            parser.ParseFile(fh)
    except Refused as exc:
        raise GraphFileError(f"{path}: {exc}", hint="give the graph as Turtle or N-Triples, or RDF/XML "
                                                    "without such a DTD") from None
    except expat.ExpatError as exc:
        detail = expat.errors.messages[exc.code] if exc.code else str(exc)
        if "amplification" in detail:  # expat's own guard against expansion, which may come first
            raise GraphFileError(f"{path}: {_EXPANDS}", hint="give the graph as Turtle or N-Triples") from None
        raise GraphFileError(f"{path}: not valid RDF/XML at line {exc.lineno}, column {exc.offset + 1}: {detail}",
                             hint="fix the XML, or rebuild the file") from None
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot be read ({exc.strerror})", hint="check the file") from None


_FORMAT_NAMES = {"Turtle": ".ttl", "N-Triples": ".nt", "TriG": ".trig", "N-Quads": ".nq", "JSON-LD": ".jsonld",
                 "RDF/XML": ".rdf", "N3": ".n3"}


def _sniff(path: Path) -> str | None:
    """What a graph file's first bytes look like: ``JSON-LD``, ``RDF/XML``, ``Turtle``, or None."""
    try:
        with path.open("rb") as fh:
            head = fh.read(2048)
    except OSError:
        return None
    return _looks_like(head)


def _looks_like(head: bytes) -> str | None:
    """What the first bytes of a graph look like: ``JSON-LD``, ``RDF/XML``, ``Turtle``, or None."""
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        return "JSON-LD"
    if head.startswith((b"<?xml", b"<rdf:RDF")):
        return "RDF/XML"
    if re.match(rb"(?i)(@prefix|@base|prefix\s|base\s)", head):
        return "Turtle"
    return None


def _syntax_error(path: Path, fmt: ox.RdfFormat, message: str) -> GraphFileError:
    """The one-line error for a graph file that does not parse: file, format, line and column, what is wrong."""
    line, column, detail = syntax_location(message)
    where = f" at line {line}, column {column}: {detail}" if line is not None else f": {detail}"
    if len(where) > 200:
        where = where[:199] + "…"
    hint = "fix the syntax, or rebuild the file"
    if "LoadDocumentCallback" in detail:  # pyoxigraph is given no loader: a remote context is never fetched
        return GraphFileError(f"{path}: its JSON-LD @context is a remote document, which graphkit does not fetch "
                              "(it never uses the network)",
                              hint="put the context itself into the file, or convert the file to Turtle")
    looks = _sniff(path)
    if looks and looks != fmt.name and not (looks == "Turtle" and fmt.name in ("TriG", "N3")):
        hint = (f"its ending {path.suffix or '(none)'} says {fmt.name}, but it looks like {looks}: "
                f"rename it to {_FORMAT_NAMES[looks]}")
    elif "UTF-8" in detail:
        hint = "the file is not UTF-8 text: is it a graph file at all? rebuild it"
    elif re.search(r"(?i)unexpected end|end of (file|input)", detail):
        hint = "the file stops in the middle of a statement: it was cut short (an interrupted copy?); rebuild it"
    return GraphFileError(f"{path}: not valid {fmt.name}{where}", hint=hint)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[tuple[str, str], ...]
    text: str
    path: Path


_PARAM = re.compile(r"^#\s*param:\s*(\w+)\s*[—:-]+\s*(.*)$")


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """The queries of ``ontology/queries/*.rq``, by name (file name without ``.rq``).

    Raises:
        OntologyError: the folder is missing, or a file cannot be read as UTF-8.
    """
    folder = ontology_dir() / "queries"
    if not folder.is_dir():
        raise OntologyError(f"the named queries' folder {folder} is missing",
                            hint="reinstall graphkit, or restore ontology/queries/")
    found = {}
    for path in sorted(folder.glob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise OntologyError(f"named query {path} is not UTF-8 text (byte {exc.start}: {exc.reason})",
                                hint="restore the file from the graphkit sources") from None
        except OSError as exc:
            raise OntologyError(f"named query {path} cannot be read ({exc.strerror})",
                                hint="restore the file from the graphkit sources") from None
        lines = text.splitlines()
        description = lines[0].lstrip("#").strip() if lines and lines[0].startswith("#") else ""
        params = tuple((m.group(1), m.group(2).strip()) for line in lines if (m := _PARAM.match(line.strip())))
        found[path.stem] = NamedQuery(path.stem, description, params, text, path)
    return found


def resolve_query(argument: str) -> str:
    """SPARQL text for a query argument: ``@file.rq`` (``@-``: standard input), a named query, or SPARQL itself."""
    if argument == "@" + STDIN:
        try:
            return sys.stdin.buffer.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise QueryError(f"-: standard input is not UTF-8 text ({exc})", hint="give a UTF-8 query") from None
    if argument.startswith("@"):
        path = Path(argument[1:])
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"{path}: no such query file", hint="give @PATH to an existing .rq file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot be read ({exc})", hint="give a UTF-8 .rq file") from None
    if re.fullmatch(r"[A-Za-z][\w-]*", argument):
        queries = named_queries()
        if argument in queries:
            return queries[argument].text
        raise QueryError(f"no named query {argument!r}",
                         hint=f"named queries: {', '.join(queries) or 'none'}; or give SPARQL text or @file.rq")
    return argument


def query(source, sparql: str, *, union: bool | None = None, params: dict[str, str] | None = None,
          allow_network: bool = False):
    """Run a SPARQL query on a graph source; syntax errors become :class:`QueryError` with line and column.

    Args:
        source: what :func:`graphkit.build` returns, an rdflib graph, a pyoxigraph
            store, a graph file, a knowledge-base folder, ``-`` (:func:`open_source`), or
            a SPARQL server's URL or :class:`graphkit.endpoint.Endpoint` (the query runs
            there, by the SPARQL 1.1 protocol; parameters are bound by a VALUES block).
        sparql: SPARQL text, ``@file.rq``, or the name of a named query (``partners``).
        union: read the union of the named graphs (a graph file's), or only the
            default graph (a knowledge base's, which is that union without repeats);
            by default what the source needs.
        params: values for the query's variables, bound as terms, never pasted
            into the query text: an IRI for ``http(s)://…`` or ``prefix:name``; a
            name ("Binance", "बिनेंस") is the entity it labels; else the text.
        allow_network: let ``SERVICE`` send parts of the query to other hosts; by
            default a query that holds it is refused before anything is sent.

    Returns:
        pyoxigraph's results: solutions, a boolean, or triples (see :func:`format_result`).

    Raises:
        QueryError: the query is malformed, holds SERVICE (unless ``allow_network``), or fails.
        EndpointError: a server could not be reached, timed out or answered an error.

    Example:
        >>> result = graphkit.build(["examples/corpus"])             # doctest: +SKIP
        >>> print(format_result(query(result, "partners"), "table"))  # doctest: +SKIP
    """
    from .endpoint import Endpoint, is_url

    if is_url(source) or isinstance(source, Endpoint):
        return _query_endpoint(source, sparql, params=params, allow_network=allow_network)
    store, needs_union = (source, True) if isinstance(source, ox.Store) else open_source(source)
    union = needs_union if union is None else union
    sparql = resolve_query(sparql)
    if not allow_network:
        refuse_network(sparql)
    substitutions = {ox.Variable(k): _term(v, store, union=union) for k, v in (params or {}).items()}
    return _evaluated(sparql, lambda: store.query(sparql, prefixes=dict(PREFIXES), use_default_graph_as_union=union,
                                                  substitutions=substitutions or None))


def _evaluated(sparql: str, run):
    """``run()``, pyoxigraph's syntax errors and failures made :class:`QueryError` (a named query's: OntologyError)."""
    try:
        return run()
    except SyntaxError as exc:
        message = syntax_message(sparql, str(exc))
        named = _named_source(sparql)
        if named is not None:
            raise OntologyError(f"named query {named} is not valid SPARQL: {message.splitlines()[0]}",
                                hint="restore the file from the graphkit sources") from None
        raise QueryError(f"SPARQL syntax error at {message}", hint="fix the query") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {_one_line(str(exc))}", hint="check the query") from None


def _query_endpoint(source, sparql: str, *, params: dict[str, str] | None, allow_network: bool):
    """A query on a SPARQL server (:mod:`graphkit.endpoint`), checked here first as a local query is."""
    from .endpoint import as_endpoint

    endpoint = as_endpoint(source)
    sparql = resolve_query(sparql)
    if not allow_network:
        refuse_network(sparql)
    _evaluated(sparql, lambda: ox.Store().query(sparql, prefixes=dict(PREFIXES)))  # its syntax, before sending it
    endpoint.check()
    substitutions = {ox.Variable(k): _term(v, names=endpoint.entities_named) for k, v in (params or {}).items()}
    return endpoint.query(sparql, prefixes=dict(PREFIXES), substitutions=substitutions or None)


def refuse_network(sparql: str) -> None:
    """Raise :class:`QueryError` if a SPARQL text holds SERVICE or LOAD, which reach other hosts."""
    from .sparql import network_keywords

    found = network_keywords(sparql)
    if not found:
        return
    first = found[0]
    if first.word == "SERVICE":
        what, instead = "would send part of the query to another host", "query a file of the other graph"
    else:
        what, instead = "would fetch a graph from another host", "build the other graph into the knowledge base"
    raise QueryError(f"{first.word} at line {first.line}, column {first.column} {what}: "
                     "graphkit does not use the network",
                     hint=f"{instead}, or add --allow-network to let SERVICE and LOAD reach other hosts")


def syntax_message(sparql: str, error: str) -> str:
    """``line L, column C: what`` and the line with a caret, from pyoxigraph's syntax error on ``sparql``."""
    where = re.match(r"error at (\d+):(\d+): (.*)", error, re.S)
    if not where:
        return _one_line(error)
    line, column, detail = where.groups()
    detail = " ".join(detail.split())
    if len(detail) > 160:
        detail = detail[:157] + "…"
    message = f"line {line}, column {column}: {detail}"
    lines = sparql.splitlines()
    if 0 < int(line) <= len(lines):
        # the parser reports the furthest point it reached; the caret stays on the line
        source = lines[int(line) - 1]
        caret = min(int(column) - 1, len(source))
        message += f"\n  {source}\n  {' ' * caret}^"
    return message


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _named_source(sparql: str) -> Path | None:
    """The ``.rq`` file a query's text was read from, if it is a named query's."""
    try:
        return next((q.path for q in named_queries().values() if q.text == sparql), None)
    except OntologyError:
        return None


_LABELS = (ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
           ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"))


def _term(value: str, store: ox.Store | None = None, *, union: bool = True,
          names=None) -> ox.NamedNode | ox.Literal:
    """A parameter's term: an IRI, ``prefix:name``, the entity a name labels, or else the text itself.

    The entities a name labels are looked up in ``store``, or by ``names(value)`` (a server's).

    Raises:
        QueryError: an IRI or ``prefix:name`` that is no valid IRI, or a name of several entities.
    """
    if value.startswith(("http://", "https://")):
        return _iri(value, value)
    prefix, _, local = value.partition(":")
    if local and prefix in PREFIXES and " " not in value:
        return _iri(PREFIXES[prefix] + local, value)
    if store is not None or names is not None:
        # a name: the entity whose label or other name it is, in any language, compared case-insensitively
        wanted = value.casefold()
        graph = None if union else ox.DefaultGraph()
        found = sorted(names(value)) if names is not None else sorted(
            {q.subject.value for p in _LABELS for q in store.quads_for_pattern(None, p, None, graph)
             if isinstance(q.object, ox.Literal) and q.object.value.casefold() == wanted
             and isinstance(q.subject, ox.NamedNode)})
        if len(found) == 1:
            return ox.NamedNode(found[0])
        if len(found) > 1:
            raise QueryError(f"{value!r} names {len(found)} entities: {', '.join(_compact(f) for f in found[:5])}",
                             hint="give the entity's IRI or prefix:name instead")
    return ox.Literal(value)


def _iri(iri: str, given: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise QueryError(f"{given!r} is not a valid IRI ({exc})",
                         hint="percent-encode what an IRI cannot hold (a space is %20, > is %3E), "
                              "or give the entity's name") from None


# ---------------------------------------------------------------- output


def _compact(iri: str) -> str:
    best = None
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and re.fullmatch(r"[\w.-]*", iri[len(ns):]):
            if best is None or len(ns) > len(PREFIXES[best]):
                best = prefix
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else f"<{iri}>"


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _compact(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


#: The rows that set the widths of a table's columns; the rows after them are cut to those widths.
TABLE_SAMPLE = 1000

#: The widest a table's column grows.
MAX_COLUMN = 80


def _table_lines(variables: list[str], cells: Iterable[list[str]]) -> Iterator[str]:
    """The lines of a table, as the rows come, in terminal columns (:mod:`graphkit.columns`).

    Cells are cut to :data:`MAX_COLUMN` columns; the columns are as wide as in the
    first :data:`TABLE_SAMPLE` rows, and the rows after them are cut to those widths.
    """
    from .columns import cut, pad, width

    rows = iter(cells)
    sample = [[cut(" ".join(c.split()), MAX_COLUMN) for c in r] for r in itertools.islice(rows, TABLE_SAMPLE)]
    widths = [max([width(v)] + [width(r[i]) for r in sample]) for i, v in enumerate(variables)]

    def fmt(row: list[str]) -> str:
        return "  ".join(pad(c, w) for c, w in zip(row, widths)).rstrip() + "\n"

    yield fmt(variables)
    yield fmt(["-" * w for w in widths])
    count = 0
    for row in sample:
        count += 1
        yield fmt(row)
    for row in rows:
        count += 1
        yield fmt([cut(" ".join(c.split()), max(w, 1)) for c, w in zip(row, widths)])
    yield f"({count} row{'s' if count != 1 else ''})\n"


def _table(variables: list[str], rows: list[list[str]]) -> str:
    return "".join(_table_lines(variables, rows))


def format_result(result, fmt: str = "table") -> str:
    """Query results as text; Turtle for CONSTRUCT and DESCRIBE (see :func:`write_result`).

    Raises:
        QueryError: an unknown format, or the query failed while its results were read.
    """
    out = io.BytesIO()
    write_result(result, fmt, out)
    return out.getvalue().decode("utf-8")


def write_result(result, fmt: str, out: BinaryIO) -> None:
    """Write query results to a binary stream as they come, in memory that does not grow with them.

    ``table`` is for people (prefixed names, one row a line, the columns as wide as
    in the first 1,000 rows, at most 80 characters); ``csv``, ``tsv`` and ``json``
    are the W3C SPARQL 1.1 result formats, for programs (JSON with one solution a
    line). CONSTRUCT and DESCRIBE give Turtle.

    Raises:
        QueryError: an unknown format, or the query failed while its results were read
            (pyoxigraph evaluates as the results are read).
    """
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"format = {fmt!r} is invalid; choose one of {', '.join(RESULT_FORMATS)}")
    try:
        _write(result, fmt, out)
    except (OSError, ValueError, RuntimeError) as exc:
        if isinstance(exc, BrokenPipeError):  # the reader has gone: not the query's failure
            raise
        raise QueryError(f"the query failed: {_one_line(str(exc))}", hint="check the query") from None


def _write(result, fmt: str, out: BinaryIO) -> None:
    if isinstance(result, ox.QueryBoolean):
        value = bool(result)
        if fmt == "json":
            out.write((json.dumps({"head": {}, "boolean": value}) + "\n").encode("utf-8"))
        else:
            out.write(b"true\n" if value else b"false\n")
        return
    if isinstance(result, ox.QueryTriples):
        ox.serialize(result, out, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES))
        return
    variables = [v.value for v in result.variables]
    if fmt == "json":
        _write_json(variables, result, out)
        return
    if fmt in _RESULT_SYNTAX:
        result.serialize(out, format=_RESULT_SYNTAX[fmt])
        return
    cells = ([_cell(solution[v]) for v in variables] for solution in result)
    for line in _table_lines(variables, cells):
        out.write(line.encode("utf-8"))


_RESULT_SYNTAX = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _write_json(variables: list[str], solutions, out: BinaryIO) -> None:
    """SPARQL 1.1 JSON results, one solution a line, so that a reader gets them as they come."""
    head = json.dumps({"vars": variables}, ensure_ascii=False)
    out.write(f'{{"head": {head}, "results": {{"bindings": ['.encode("utf-8"))
    separator = "\n"
    for solution in solutions:
        binding = {v: _json_term(solution[v]) for v in variables if solution[v] is not None}
        out.write((separator + json.dumps(binding, ensure_ascii=False)).encode("utf-8"))
        separator = ",\n"
    out.write(b"\n]}}\n")


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        data = {"type": "literal", "value": term.value}
        if term.language:
            data["xml:lang"] = term.language
            if getattr(term, "direction", None):
                data["its:dir"] = str(term.direction)
        elif term.datatype.value != _XSD_STRING:
            data["datatype"] = term.datatype.value
        return data
    return {"type": "triple", "value": {"subject": _json_term(term.subject), "predicate": _json_term(term.predicate),
                                        "object": _json_term(term.object)}}

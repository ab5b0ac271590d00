"""SPARQL over graphs, evaluated by pyoxigraph's embedded engine.

rdflib's own SPARQL engine is tens of times slower on joins and aggregates;
pyoxigraph runs the queries. Graph files are loaded straight into an
in-memory pyoxigraph store; an rdflib graph is handed over as N-Triples.

Queries may use the contract's prefixes (``ppp:``, ``kind:``, ``nif:`` …)
without declaring them. A query argument is SPARQL text, ``@file.rq``, or the
name of a query in ``ontology/queries/``.

A query runs on any graph *source* (:mod:`graphkit.sources`): what
:func:`graphkit.build` returns, an rdflib graph, a pyoxigraph store, a graph
file, a knowledge-base folder, or ``-`` (a graph on standard input).
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .columns import table_lines
from .errors import OntologyError, QueryError, one_line
from .resources import forgotten_by_clear_caches, ontology_dir
from .sources import STDIN, open_source
from .sparql import refuse_network, syntax_message
from .vocab import PREFIXES

#: Result formats of ``graphkit query``.
RESULT_FORMATS = ("table", "csv", "tsv", "json")

@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[tuple[str, str], ...]
    text: str
    path: Path


_PARAM = re.compile(r"^#\s*param:\s*(\w+)\s*[—:-]+\s*(.*)$")


@forgotten_by_clear_caches
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
    return run_sparql(store, resolve_query(sparql), union=union, params=params, allow_network=allow_network)


def run_sparql(store: ox.Store, sparql: str, *, union: bool, params: dict[str, str] | None = None,
               allow_network: bool = False):
    """Run SPARQL text (never a file or a named query's name: see :func:`query`) on a store.

    Raises:
        QueryError: the query is malformed, holds SERVICE (unless ``allow_network``), or fails.
    """
    if not allow_network:
        refuse_network(sparql)
    substitutions = {ox.Variable(k): param_term(v, store, union=union) for k, v in (params or {}).items()}
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
        raise QueryError(f"the query failed: {one_line(str(exc))}", hint="check the query") from None


def _query_endpoint(source, sparql: str, *, params: dict[str, str] | None, allow_network: bool):
    """A query on a SPARQL server (:mod:`graphkit.endpoint`), checked here first as a local query is."""
    from .endpoint import as_endpoint

    endpoint = as_endpoint(source)
    sparql = resolve_query(sparql)
    if not allow_network:
        refuse_network(sparql)
    _evaluated(sparql, lambda: ox.Store().query(sparql, prefixes=dict(PREFIXES)))  # its syntax, before sending it
    endpoint.check()
    substitutions = {ox.Variable(k): param_term(v, names=endpoint.entities_named) for k, v in (params or {}).items()}
    return endpoint.query(sparql, prefixes=dict(PREFIXES), substitutions=substitutions or None)


def _named_source(sparql: str) -> Path | None:
    """The ``.rq`` file a query's text was read from, if it is a named query's."""
    try:
        return next((q.path for q in named_queries().values() if q.text == sparql), None)
    except OntologyError:
        return None


_LABELS = (ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
           ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"))


def param_term(value: str, store: ox.Store | None = None, *, union: bool = True,
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
            raise QueryError(f"{value!r} names {len(found)} entities: {', '.join(compact_iri(f) for f in found[:5])}",
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


def compact_iri(iri: str) -> str:
    """An IRI as people read it: ``ppp:Company`` with the longest prefix of the contract that fits, else ``<iri>``."""
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
        return compact_iri(term.value)
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
    """The lines of a table, as the rows come, in terminal columns (:func:`graphkit.columns.table_lines`).

    Cells are cut to :data:`MAX_COLUMN` columns; the columns are as wide as in the
    first :data:`TABLE_SAMPLE` rows, and the rows after them are cut to those widths.
    """
    count = 0

    def counted(rows: Iterable[list[str]]) -> Iterator[list[str]]:
        nonlocal count
        for row in rows:
            count += 1
            yield [" ".join(c.split()) for c in row]

    for line in table_lines(variables, counted(cells), max_width=MAX_COLUMN, rule=True, sample=TABLE_SAMPLE):
        yield line + "\n"
    yield f"({count} row{'s' if count != 1 else ''})\n"


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
        raise QueryError(f"the query failed: {one_line(str(exc))}", hint="check the query") from None


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

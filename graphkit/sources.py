"""Where graphkit reads a graph from, and the check that no output overwrites what it reads.

A graph *source* is what :func:`graphkit.build` returns, an rdflib graph, a
pyoxigraph store, a graph file, a knowledge-base folder, or ``-``: a graph on
standard input, in any format graphkit reads, told apart by its first bytes.
Every command and API function that takes a graph reads it here, in the form
it needs:

- :func:`open_source`: a pyoxigraph store, for SPARQL (a knowledge base and a
  store are read in place; a file, standard input and an rdflib graph are
  loaded into an in-memory store by :func:`open_graph`);
- :func:`read_graph`: rdflib's ``Graph`` methods without a copy: an rdflib
  graph as it is, else a :class:`StoreGraph` over the store (the analysis of
  large graphs);
- :func:`as_graph`: an rdflib graph, the source's triples copied into one if
  it is not one already (:func:`load_graph`: the viewer, validation, evaluation).

Files are parsed by pyoxigraph (fast, with line and column in its errors).
Nothing is fetched: not a remote JSON-LD context, nor an external DTD or
entity; RDF/XML passes :func:`check_rdf_xml` first.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphFileError, InputError, syntax_location

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


# --------------------------------------------------------------------------- stores: what SPARQL reads

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


# --------------------------------------------------------------------------- rdflib graphs


def load_graph(path: str | Path):
    """Parse a graph file (format from its ending, Turtle by default) into an rdflib graph.

    The file is parsed by pyoxigraph (fast, with line and column in its
    errors); named graphs are merged into one. A knowledge-base folder (made
    by ``graphkit build … --store``) is read too: its current version's graph;
    ``-`` is a graph on standard input (see :func:`open_graph`).
    A pyoxigraph store gives the union of its graphs.

    Raises:
        GraphFileError: the file is missing, a folder that is not a knowledge
            base, empty, or does not parse; the message names it.
    """
    from .rdf import new_graph, offsets_as_written

    store, union = open_source(path)
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=union)
    graph = new_graph()
    graph.parse(data=ox.serialize(offsets_as_written(triples), format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


def as_graph(source):
    """The rdflib graph of a graph source: an rdflib graph itself, what :func:`graphkit.build`
    returns (its ``graph``), or else :func:`load_graph`'s (a graph file, a knowledge-base
    folder, ``-`` for standard input, a pyoxigraph store).

    Raises:
        TypeError: ``source`` is none of these.
        GraphFileError: a file that is missing or does not parse.
    """
    graph = graph_of(source)
    return graph if graph is not None else load_graph(source)


class StoreGraph:
    """A read-only pyoxigraph store seen through the few rdflib ``Graph`` methods the analysis uses.

    Terms come back as rdflib terms, each triple once (a store loaded from TriG
    or N-Quads may hold a triple in several named graphs).

    Args:
        store: the store.
        default_graph: read only the default graph (a knowledge base's, which is
            the union of its document graphs without repeats), not every graph.
    """

    def __init__(self, store, *, default_graph: bool = False) -> None:
        self.store = store
        self._graph_name = ox.DefaultGraph() if default_graph else None
        # a triple can repeat only across named graphs
        self._repeats = not default_graph and next(iter(store.named_graphs()), None) is not None
        self._terms: dict = {}  # pyoxigraph term → rdflib term, made once

    def __len__(self) -> int:
        return sum(1 for _ in self.triples((None, None, None)))

    def _term(self, term):
        found = self._terms.get(term)
        if found is None:
            found = self._terms[term] = _to_rdflib(term)
        return found

    def _quads(self, s, p, o) -> Iterator:
        quads = self.store.quads_for_pattern(_to_ox(s), _to_ox(p), _to_ox(o), self._graph_name)
        if not self._repeats:
            yield from quads
            return
        seen = set()
        for quad in quads:
            triple = (quad.subject, quad.predicate, quad.object)
            if triple not in seen:
                seen.add(triple)
                yield quad

    def triples(self, pattern: tuple) -> Iterator[tuple]:
        term = self._term
        for quad in self._quads(*pattern):
            yield term(quad.subject), term(quad.predicate), term(quad.object)

    def subject_objects(self, predicate) -> Iterator[tuple]:
        term = self._term
        for quad in self._quads(None, predicate, None):
            yield term(quad.subject), term(quad.object)

    def subjects(self, predicate=None, obj=None) -> Iterator:
        for quad in self._quads(None, predicate, obj):
            yield self._term(quad.subject)

    def objects(self, subject=None, predicate=None) -> Iterator:
        for quad in self._quads(subject, predicate, None):
            yield self._term(quad.object)

    def value(self, subject, predicate):
        return next(iter(sorted(self.objects(subject, predicate), key=str)), None)


def _to_ox(term):
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _to_rdflib(term):
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return None  # RDF-star triple terms: not in graphkit's graphs


def read_graph(path):
    """A graph source read with rdflib's ``Graph`` methods, without copying it into an rdflib graph:
    an rdflib graph (or a :class:`StoreGraph`) as it is, what :func:`graphkit.build` returns
    as its graph, else a :class:`StoreGraph` over the store of a graph file (.ttl .nt .trig
    .nq .jsonld .rdf), a knowledge-base folder, ``-`` (standard input) or a pyoxigraph store.

    Files are read with pyoxigraph: a 400,000-triple graph loads in seconds,
    where rdflib takes a minute.

    Raises:
        GraphFileError: the file is missing or does not parse.
        StoreError: a knowledge-base folder cannot be opened.
        TypeError: ``path`` is not a graph source.
    """
    if isinstance(path, StoreGraph):
        return path
    graph = graph_of(path)
    if graph is not None:
        return graph
    store, union = open_source(path)
    return StoreGraph(store, default_graph=not union)


# --------------------------------------------------------------------------- outputs


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)  # links and hard links too
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _is_kb(folder: Path) -> bool:
    from .kb import is_kb  # the knowledge base's module and what it imports: only for an output inside a folder

    return is_kb(folder)


def check_outputs(inputs: Iterable[str | Path], outputs: Iterable[tuple[str, str | Path | None]]) -> None:
    """Refuse outputs that would overwrite an input, or each other, before anything is read or written.

    ``outputs`` are ``(option, path)`` pairs, such as ``("-o", "g.ttl")``;
    ``None`` and ``-`` (standard output) are passed over. An output is an
    input when it is the same file (through a link too), when it is an article
    a folder given as input holds (a ``.txt`` or ``.md`` file in it), or when
    it is inside a knowledge-base folder given as input.

    Raises:
        InputError: the message names the file and the options.
    """
    from .ingest import TEXT_SUFFIXES

    given = [(option, Path(path)) for option, path in outputs if path is not None and str(path) != "-"]
    for i, (option, path) in enumerate(given):
        for other_option, other in given[:i]:
            if _same_file(path, other):
                raise InputError(f"{path}: given to both {other_option} and {option}",
                                 hint="give each output a file of its own")
    for raw in inputs:
        source = Path(raw)
        for option, path in given:
            if _same_file(path, source):
                raise InputError(f"{path}: is an input; {option} would overwrite it",
                                 hint="write the output to another file")
            if not source.is_dir():
                continue
            try:
                inside = path.resolve().is_relative_to(source.resolve())
            except OSError:
                continue
            if inside and _is_kb(source):
                raise InputError(f"{path}: is inside the knowledge base {source}; {option} would write into it",
                                 hint="write the output outside the knowledge-base folder")
            if inside and path.exists() and path.suffix.lower() in TEXT_SUFFIXES:
                raise InputError(f"{path}: is an article of the folder {source}; {option} would overwrite it",
                                 hint="write the output to another file, outside the folder of articles")

"""The model → RDF statements → an rdflib graph or sorted N-Triples on disk; serialisation.

From here on the graph is the source of truth: the store, the viewer, the
exports and the evaluation all read RDF. Every IRI is derived from stable
inputs (entity keys, file names, offsets), never from counters or blank
nodes, so the same inputs give the same graph, byte for byte.

The statements of a document (:func:`document_statements`) and of the
entities (:func:`entity_statements`) are plain tuples. :func:`to_graph` puts
them into an rdflib graph (the Python API); :class:`SortedTriples` sorts their
N-Triples terms, spilling sorted runs to disk past a memory budget, and
:func:`write_sorted` writes Turtle or N-Triples from them as a stream, which is
how ``graphkit build`` writes a corpus of any size. :func:`serialize` sorts an
rdflib graph the same way, so both give the same bytes.

The statements and their writing are made of strings (:mod:`graphkit.iris`):
``graphkit build`` writes its graph without importing rdflib, which only the
functions that make or read an rdflib graph import.
"""

from __future__ import annotations

import hashlib
import heapq
import io
import json
import re
import tempfile
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import quote

from .errors import InputError
from .iris import (CURATION, DCTERMS, DOC, ENTITY, EVIDENCE, FIGURE, ITSRDF, KIND, NIF, PPP, PREFIXES, PROV, RDF,
                   RDFS, SKOS, XSD)
from .model import Document, Entity

if TYPE_CHECKING:
    from rdflib import Graph, Literal, URIRef

#: Output formats: name → (rdflib format, file ending).
FORMATS = {
    "turtle": ("turtle", ".ttl"),
    "nt": ("nt", ".nt"),
    "trig": ("trig", ".trig"),
    "nq": ("nquads", ".nq"),
    "json-ld": ("json-ld", ".jsonld"),
}
_BY_SUFFIX = {suffix: name for name, (_, suffix) in FORMATS.items()} | {".json": "json-ld", ".ntriples": "nt",
                                                                         ".nquads": "nq"}
#: Formats that can hold named graphs.
DATASET_FORMATS = ("trig", "nq", "json-ld")
#: Formats written one statement a line, in the order of the whole line (N-Quads of the default graph are N-Triples).
_LINE_FORMATS = ("nt", "nq")


def entity_iri(key: str) -> URIRef:
    from rdflib import URIRef

    return URIRef(_entity(key))


def document_iri(doc_id: str) -> URIRef:
    from rdflib import URIRef

    return URIRef(_document(doc_id))


def _document(doc_id: str) -> str:
    return DOC + quote(doc_id, safe="-._~")


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


def decimal_literal(value: Decimal | float | int) -> Literal:
    """An ``xsd:decimal`` in its canonical form (XSD 1.1): ``30``, ``20.4``, ``0.7``.

    One lexical form for one value, whatever the output format, and the form
    the embedded store keeps, so that a graph read back from any file or from a
    knowledge base is the same graph term for term.
    """
    from rdflib import Literal, URIRef

    return Literal(_decimal_text(value), datatype=URIRef(_XSD_DECIMAL), normalize=False)


def _decimal_text(value: Decimal | float | int) -> str:
    d = Decimal(str(value))
    if d.is_zero():
        return "0"
    if d != d.to_integral_value():
        return format(d.normalize(), "f")
    return format(d.to_integral_value(), "f")  # not str(int(d)): Python refuses to write an int of over 4,300 digits


#: The datatype of an ISO 8601 value by its length: a year, a month, a day.
_DATE_TYPES = {4: XSD + "gYear", 7: XSD + "gYearMonth", 10: XSD + "date"}


def date_literal(value: str) -> Literal | None:
    """An ISO 8601 date with its precision as a typed literal, or None when it has no year.

    >>> str(date_literal("2025-11-13").datatype), str(date_literal("2025-02").datatype)
    ('http://www.w3.org/2001/XMLSchema#date', 'http://www.w3.org/2001/XMLSchema#gYearMonth')
    """
    from rdflib import Literal, URIRef

    datatype = _date_type(value)
    return Literal(value, datatype=URIRef(datatype), normalize=False) if datatype else None


def _date_type(value: str) -> str | None:
    """The datatype IRI of an ISO 8601 date by its precision, or None when it has no year."""
    return _DATE_TYPES.get(len(value)) if value[:1].isdigit() else None


def new_graph(store: str = "default") -> Graph:
    """An empty rdflib graph with graphkit's prefixes bound.

    ``store="SimpleMemory"`` (what :func:`to_graph` uses) is rdflib's store
    without named graphs: adding a triple costs a third of the default's.
    """
    from rdflib import Graph

    graph = Graph(store=store)
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


# ------------------------------------------------------------------ statements
#
# A statement is a tuple (subject, predicate, object). The subject and the
# predicate are IRIs, as str; the object is an IRI (str) or a literal, as a
# tuple (lexical form, language tag or None, datatype IRI or None).

_TYPE, _LABEL, _ALT, _NOTE = RDF + "type", RDFS + "label", SKOS + "altLabel", SKOS + "editorialNote"
_STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF + "Statement", RDF + "subject", RDF + "predicate", RDF + "object"
_IDENTIFIER, _LANGUAGE, _DATE = DCTERMS + "identifier", DCTERMS + "language", DCTERMS + "date"
_DERIVED = PROV + "wasDerivedFrom"
_CONTEXT, _PHRASE, _IS_STRING = NIF.Context, NIF.Phrase, NIF.isString
_RFC5147 = NIF.RFC5147String
_REFERENCE, _BEGIN, _END, _ANCHOR = NIF.referenceContext, NIF.beginIndex, NIF.endIndex, NIF.anchorOf
_IDENT_REF, _CLASS_REF, _TA_CONFIDENCE = ITSRDF.taIdentRef, ITSRDF.taClassRef, ITSRDF.taConfidence
_XSD_INTEGER, _XSD_DECIMAL, _XSD_STRING = XSD + "integer", XSD + "decimal", XSD + "string"
_XSD_NON_NEGATIVE = XSD + "nonNegativeInteger"
_EVIDENCE_NS, _FIGURE_NS = EVIDENCE, FIGURE


@lru_cache(maxsize=None)
def _ppp(name: str) -> str:
    return PPP[name]  # PPP raises on a name the ontology does not declare


@lru_cache(maxsize=None)
def _kind(name: str) -> str:
    return KIND[name]


@lru_cache(maxsize=1 << 16)
def _entity(key: str) -> str:
    return ENTITY + quote(key, safe="-._~")


@lru_cache(maxsize=4096)
def _decimal(value: Decimal | float | int) -> tuple[str, None, str]:
    return _decimal_text(value), None, _XSD_DECIMAL


def _index(value: int) -> tuple[str, None, str]:
    # NIF 2.0's datatype; the embedded store keeps it as xsd:integer (see offsets_as_written)
    return str(value), None, _XSD_NON_NEGATIVE


def _confidence(value: float) -> tuple[str, None, str]:
    return _decimal(round(value, 3))


def _date(value: str | None) -> tuple[str, None, str] | None:
    datatype = _date_type(value) if value else None
    return (value, None, datatype) if datatype else None


def _provenance(node: str, doc: str, text: str, start: int, end: int, confidence: float, method: str,
                date: str | None) -> Iterator[tuple]:
    """Where a statement comes from: its document, the text and offsets, how sure, how found, when."""
    yield node, _DERIVED, doc
    yield node, _REFERENCE, doc  # NIF: the context the offsets count in
    yield node, _ANCHOR, (text, None, None)
    yield node, _BEGIN, _index(start)
    yield node, _END, _index(end)
    yield node, _ppp("confidence"), _confidence(confidence)
    if method:
        yield node, _ppp("method"), (method, None, None)
    if (literal := _date(date)) is not None:
        yield node, _DATE, literal


def document_statements(doc: Document) -> Iterator[tuple]:
    """The statements of one document: itself, its mentions, relations with their evidence, figures."""
    d = _document(doc.id)
    yield d, _TYPE, _ppp("Document")
    yield d, _TYPE, _CONTEXT
    yield d, _IDENTIFIER, (doc.id, None, None)
    yield d, _LANGUAGE, (doc.language, None, None)
    yield d, _IS_STRING, (doc.text, None, None)
    yield d, _ppp("contentHash"), (doc.content_hash, None, None)
    if (literal := _date(doc.published)) is not None:
        yield d, _DATE, literal
    method = _ppp("method")
    for m in doc.mentions:
        node = f"{d}#char={m.start},{m.end}"
        yield node, _TYPE, _PHRASE
        yield node, _TYPE, _RFC5147  # the IRI's #char=b,e is an RFC 5147 fragment
        yield node, _REFERENCE, d
        yield node, _BEGIN, _index(m.start)
        yield node, _END, _index(m.end)
        yield node, _ANCHOR, (m.text, None, None)
        yield node, _IDENT_REF, _entity(m.key)
        yield node, _CLASS_REF, _ppp(m.type)
        yield node, _TA_CONFIDENCE, _confidence(m.confidence)
        if m.method:
            yield node, method, (m.method, None, None)
    for r in doc.relations:
        s, p, o = _entity(r.subject), _ppp(r.predicate), _entity(r.object)
        ev = r.evidence
        node = _EVIDENCE_NS + _digest(doc.id, r.subject, r.predicate, r.object, ev.start, ev.end)
        yield s, p, o
        yield node, _TYPE, _ppp("Evidence")
        yield node, _TYPE, _STATEMENT
        yield node, _SUBJECT, s
        yield node, _PREDICATE, p
        yield node, _OBJECT, o
        yield from _provenance(node, d, ev.text, ev.start, ev.end, ev.confidence, ev.method, ev.date)
        if ev.role:
            yield node, _ppp("role"), (ev.role, None, None)
    for f in doc.figures:
        node = _FIGURE_NS + _digest(doc.id, f.kind, f.start, f.end)
        yield node, _TYPE, _ppp("Figure")
        yield node, _ppp("kind"), _kind(f.kind)
        yield node, _ppp("value"), _decimal(f.value)
        if f.unit:
            yield node, _ppp("unit"), (f.unit, None, None)
        if f.about:
            yield node, _ppp("about"), _entity(f.about)
        yield from _provenance(node, d, f.text, f.start, f.end, f.confidence, f.method, f.date)


class OperationDates:
    """The dates of operations that documents clearly give: the earliest start and the latest end of each."""

    def __init__(self, documents: Iterable[Document] = ()):
        self.starts: dict[str, str] = {}
        self.ends: dict[str, str] = {}
        for doc in documents:
            self.add(doc)

    def add(self, doc: Document) -> None:
        for dm in doc.dates:
            if dm.about and dm.has_year:
                if dm.about not in self.starts or dm.value < self.starts[dm.about]:
                    self.starts[dm.about] = dm.value
                if dm.end_value and (dm.about not in self.ends or dm.end_value > self.ends[dm.about]):
                    self.ends[dm.about] = dm.end_value


def entity_statements(entities: Iterable[Entity], dates: OperationDates | None = None) -> Iterator[tuple]:
    """The statements of the entities: classes, labels, notes, external identifiers, and the dates of operations.

    Registry entities carry their Wikidata items and cities their GeoNames
    features (``owl:sameAs``), countries their ISO 3166-1 code
    (``schema:identifier``): see :mod:`graphkit.extract.ids`.

    Each entity is typed with its most specific class and with the scored class
    above it (``ppp:Company`` and ``ppp:Organization``).
    """
    from .extract.ids import external_ids
    from .ontology import load as load_ontology

    ontology = load_ontology()
    operations = set()
    for e in entities:
        node = _entity(e.key)
        yield node, _TYPE, _ppp(e.type)
        scored = ontology.coarse_type(e.type)
        if scored and scored != e.type:
            # also the scored class, so that `?o a ppp:Organization` needs no inference
            yield node, _TYPE, _ppp(scored)
        if e.type == "Operation" or scored == "Operation":
            operations.add(e.key)
        yield node, _LABEL, (e.label, "en", None)
        for text, lang in e.alt_labels:
            # language tags are case-insensitive; lower case is the form every writer keeps
            yield node, _ALT, (text, lang.lower() or None, None)
        for note in e.notes:
            yield node, _NOTE, (note, None, None)
        # identifiers other tools join on: Wikidata, ISO 3166-1, GeoNames (from graphkit's own data)
        for predicate, obj in external_ids(e.key, e.type):
            yield node, predicate, obj
    # an operation's dates, from the sentences that clearly give them: the earliest start, the latest end
    if dates is not None:
        for key in sorted(operations & set(dates.starts)):
            if (literal := _date(dates.starts[key])) is not None:
                yield _entity(key), _ppp("startDate"), literal
            if (literal := _date(dates.ends.get(key))) is not None:
                yield _entity(key), _ppp("endDate"), literal


def to_graph(documents: Iterable[Document], entities: Iterable[Entity]) -> Graph:
    """The RDF graph of documents (with their mentions, relations, figures) and entities, in rdflib.

    Each entity is typed with its most specific class and with the scored class
    above it (``ppp:Company`` and ``ppp:Organization``). Dates are typed by
    precision (``xsd:date``, ``xsd:gYearMonth``, ``xsd:gYear``): a document's
    publication date, an evidence's or a figure's date as ``dcterms:date``, an
    operation's as ``ppp:startDate`` / ``ppp:endDate``.
    """
    documents = list(documents)
    g = new_graph("SimpleMemory")
    statements = (t for doc in documents for t in document_statements(doc))
    g.addN((*t, g) for t in _rdflib_terms(_chain(entity_statements(entities, OperationDates(documents)), statements)))
    return g


def _chain(*iterables):
    for it in iterables:
        yield from it


def _rdflib_terms(statements: Iterable[tuple]) -> Iterator[tuple]:
    """Statements as rdflib terms; an IRI or a literal met again is the same object (fewer to make)."""
    from rdflib import Literal, URIRef

    iris: dict[str, URIRef] = {}
    literals: dict[tuple, Literal] = {}
    for s, p, o in statements:
        subject = iris.get(s) or iris.setdefault(s, URIRef(s))
        predicate = iris.get(p) or iris.setdefault(p, URIRef(p))
        if type(o) is str:
            obj = iris.get(o) or iris.setdefault(o, URIRef(o))
        else:
            obj = literals.get(o)
            if obj is None:
                lexical, lang, datatype = o
                obj = literals[o] = Literal(lexical, lang=lang, datatype=URIRef(datatype) if datatype else None,
                                            normalize=False)
        yield subject, predicate, obj


#: Endings of formats graphkit reads (by the ending, see :func:`graphkit.sources.open_graph`) but does not write.
_NOT_WRITTEN = {ending: name for ending, name in {".nq": "N-Quads", ".rdf": "RDF/XML", ".xml": "RDF/XML"}.items()
                if ending not in _BY_SUFFIX}
#: The formats whose files graphkit reads as the format an ending names (N-Triples is Turtle, Turtle is TriG,
#: and graphkit's TriG is the Turtle of the default graph): ``g.ttl`` may hold N-Triples, ``g.nt`` no Turtle.
_READ_AS = {"turtle": {"turtle", "nt", "trig"}, "trig": {"trig", "turtle", "nt"}}
_FORMAT_NAMES = {"turtle": "Turtle", "nt": "N-Triples", "trig": "TriG", "json-ld": "JSON-LD", "nq": "N-Quads"}


def format_for(path: str | Path | None, fmt: str | None) -> str:
    """The output format: ``fmt`` if given, else from the file ending, else turtle.

    A file is read back by its ending, so an ending that names a format the
    file would not parse as is refused: ``x.nt`` with ``fmt="turtle"``,
    ``x.ttl`` with ``fmt="json-ld"``, or ``x.rdf`` (RDF/XML, which graphkit
    reads but does not write).

    Raises:
        InputError: ``fmt`` is unknown, or the ending names another format.
    """
    if fmt and fmt not in FORMATS:
        raise InputError(f"format = {fmt!r} is invalid; choose one of {', '.join(FORMATS)}")
    ending = Path(path).suffix.lower() if path is not None and str(path) != "-" else ""
    writes = ", ".join(suffix for _, suffix in FORMATS.values())
    if ending in _NOT_WRITTEN:
        raise InputError(f"{path}: graphkit does not write {_NOT_WRITTEN[ending]} ({ending}); it writes {writes}",
                         hint="give one of those endings: graphkit reads a file by its ending")
    named = _BY_SUFFIX.get(ending)
    if fmt and named and fmt not in _READ_AS.get(named, {named}):
        raise InputError(f"{path}: its ending {ending} says {_FORMAT_NAMES.get(named, named)}, not "
                         f"{_FORMAT_NAMES.get(fmt, fmt)} (--format {fmt})",
                         hint="give an ending that goes with the format, or leave --format out: "
                              "graphkit reads a file by its ending")
    return fmt or named or "turtle"


def _stable_json(text: str) -> bytes:
    """JSON-LD with its nodes (and named graphs, and their nodes) sorted by ``@id`` and its values sorted."""

    def order(nodes: list) -> list:
        for node in nodes:
            for key, value in node.items():
                if key == "@graph" and isinstance(value, list):
                    node[key] = order(value)
                elif isinstance(value, list):
                    node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return sorted(nodes, key=lambda n: n.get("@id", ""))

    data = json.loads(text)
    if data.get("@graph"):
        data["@graph"] = order(data["@graph"])
    return (json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def serialize_quads(quads: Iterable, fmt: str = "trig") -> bytes:
    """pyoxigraph quads as TriG, N-Quads or JSON-LD, each named graph kept (``@graph`` in JSON-LD), byte-stable.

    NIF offsets are typed ``xsd:nonNegativeInteger`` (:func:`offsets_as_written`).
    """
    import pyoxigraph as ox

    if fmt not in DATASET_FORMATS:
        raise InputError(f"format = {fmt!r} is invalid for named graphs; choose one of {', '.join(DATASET_FORMATS)}")
    quads = sorted(offsets_as_written(quads), key=str)
    if fmt == "trig":
        return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=dict(PREFIXES))
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    if fmt == "nq":
        return data
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(data=data.decode("utf-8"), format="nquads")
    return _stable_json(dataset.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True))


def serialize(graph: Graph, fmt: str = "turtle") -> bytes:
    """The graph as bytes in ``fmt``, byte-stable: the same graph always gives the same bytes.

    Turtle, TriG, N-Triples and N-Quads are written by :func:`write_sorted`
    from the sorted triples, as ``graphkit build`` writes them (Turtle by
    pyoxigraph: rdflib's Turtle writer is quadratic in the number of document
    IRIs; TriG is the Turtle of the default graph, Turtle being valid TriG, and
    N-Quads its N-Triples); JSON-LD nodes and values are sorted.
    """
    if fmt not in FORMATS:
        raise InputError(f"format = {fmt!r} is invalid; choose one of {', '.join(FORMATS)}")
    if fmt == "json-ld":
        return _stable_json(graph.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True))
    with SortedTriples(fmt) as triples:
        for s, p, o in graph:
            triples.add_nt(_nt_of(s), f"<{p}>", _nt_of(o))
        out = io.BytesIO()
        write_sorted(triples, out, fmt)
    return out.getvalue()


# ------------------------------------------------------------ sorted writing

#: Characters N-Triples escapes in a literal, as pyoxigraph writes them (``str(term)``).
_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)} | {
    0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f\ufffe\uffff]')


def nt_literal(lexical: str, language: str | None = None, datatype: str | None = None) -> str:
    """A literal in N-Triples, exactly as pyoxigraph writes it (``str(pyoxigraph.Literal(…))``)."""
    text = '"' + (lexical.translate(_ESCAPES) if _NEEDS_ESCAPE.search(lexical) else lexical) + '"'
    if language:
        return f"{text}@{language.lower()}"
    if datatype and datatype != _XSD_STRING:
        return f"{text}^^<{datatype}>"
    return text


def nt_term(term) -> str:
    """A statement's term (an IRI as str, a literal as a tuple) in N-Triples."""
    return f"<{term}>" if type(term) is str else nt_literal(*term)


def _nt_of(term) -> str:
    """An rdflib term in N-Triples, as pyoxigraph writes it."""
    from rdflib import BNode, Literal, URIRef

    if type(term) is URIRef:
        return f"<{term}>"
    if isinstance(term, Literal):
        return nt_literal(str(term), term.language, str(term.datatype) if term.datatype else None)
    if isinstance(term, BNode):
        return f"_:{term}"
    return f"<{term}>"


_TYPE_NT = f"<{_TYPE}>"


class SortedTriples:
    """Triples in N-Triples terms, sorted in the order ``fmt`` writes them, without repeats.

    Turtle (and TriG) order: by subject, ``rdf:type`` first, then by predicate
    and object, each compared as N-Triples text; N-Triples order: by the whole
    line. Triples are kept in memory up to ``budget`` characters; past it, each
    batch is sorted and written to a run file in a temporary folder (under
    ``folder``, default the system's), and iterating merges the runs (a merge
    sort on disk), so memory stays bounded whatever the number of triples.
    Use it as a context manager, or call :meth:`close`, to remove the runs.
    """

    def __init__(self, fmt: str = "turtle", *, folder: str | Path | None = None, budget: int = 32_000_000):
        self.turtle = fmt not in _LINE_FORMATS
        self.budget = budget
        self.folder = folder
        self._keys: list[str] = []
        self._size = 0
        self._runs: list[Path] = []
        self.added = 0  #: triples added, repeats included
        self._tmp: tempfile.TemporaryDirectory | None = None

    def __enter__(self) -> SortedTriples:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._keys = []
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def add(self, statements: Iterable[tuple]) -> None:
        """Add statements (see :func:`document_statements`)."""
        iris: dict[str, str] = {}
        for s, p, o in statements:
            self.add_nt(iris.get(s) or iris.setdefault(s, f"<{s}>"), iris.get(p) or iris.setdefault(p, f"<{p}>"),
                        (iris.get(o) or iris.setdefault(o, f"<{o}>")) if type(o) is str else nt_literal(*o))

    def add_nt(self, s: str, p: str, o: str) -> None:
        """Add one triple given as N-Triples terms."""
        # "\0" sorts before every character of an N-Triples term (control characters are escaped)
        key = f"{s}\0{'0' if p == _TYPE_NT else '1'}\0{p}\0{o}" if self.turtle else f"{s} {p} {o} ."
        self._keys.append(key)
        self.added += 1
        self._size += len(key) + 60
        if self._size > self.budget:
            self._spill()

    def _spill(self) -> None:
        if not self._keys:
            return
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="graphkit-sort-", dir=self.folder)
        path = Path(self._tmp.name) / f"run{len(self._runs):05d}"
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(f"{key}\n" for key in _unique(sorted(self._keys)))
        self._runs.append(path)
        self._keys = []
        self._size = 0

    def _merged(self) -> Iterator[str]:
        if not self._runs:
            return _unique(sorted(self._keys))
        self._spill()
        while len(self._runs) > 64:  # merge in rounds, so as not to hold too many files open
            batch, self._runs = self._runs[:64], self._runs[64:]
            path = Path(self._tmp.name) / f"run{len(self._runs) + len(batch):05d}m"
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.writelines(f"{key}\n" for key in _merge_runs(batch))
            self._runs.append(path)
        return _merge_runs(self._runs)

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        """The triples, sorted, each once, as ``(subject, predicate, object)`` N-Triples terms."""
        for key in self._merged():
            if self.turtle:
                s, _, p, o = key.split("\0", 3)
            else:
                s, p, o = key[:-2].split(" ", 2)
            yield s, p, o


def _unique(keys: Iterable[str]) -> Iterator[str]:
    previous = None
    for key in keys:
        if key != previous:
            yield key
            previous = key


def _merge_runs(runs: list[Path]) -> Iterator[str]:
    files = [open(path, encoding="utf-8", newline="\n") for path in runs]
    try:
        yield from _unique(heapq.merge(*((line[:-1] for line in f) for f in files)))
    finally:
        for f in files:
            f.close()
        for path in runs:
            path.unlink(missing_ok=True)


def write_sorted(triples: Iterable[tuple[str, str, str]], out: BinaryIO, fmt: str = "turtle") -> None:
    """Write sorted triples (N-Triples terms, in the order of :class:`SortedTriples`) as a stream.

    N-Triples: one line per triple. Turtle and TriG: pyoxigraph's writer with
    graphkit's prefixes (it groups a subject's triples), the prefixes sorted,
    and a blank line after each subject's block.
    """
    if fmt in _LINE_FORMATS:
        batch: list[str] = []
        for s, p, o in triples:
            batch.append(f"{s} {p} {o} .\n")
            if len(batch) >= 10_000:
                out.write("".join(batch).encode("utf-8"))
                batch.clear()
        out.write("".join(batch).encode("utf-8"))
        return
    import pyoxigraph as ox

    def parsed() -> Iterator:
        batch: list[str] = []
        for s, p, o in triples:
            batch.append(f"{s} {p} {o} .\n")
            if len(batch) >= 10_000:
                yield from ox.parse("".join(batch).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
                batch.clear()
        if batch:
            yield from ox.parse("".join(batch).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)

    layout = _TurtleLayout(out)
    ox.serialize(parsed(), layout, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES))
    layout.close()


class _TurtleLayout:
    """Between pyoxigraph's Turtle writer and the output: sorted prefixes, a blank line after each block."""

    def __init__(self, out: BinaryIO):
        self.out = out
        self.pending = b""
        self.header: list[bytes] | None = []

    def write(self, data: bytes) -> int:
        lines = (self.pending + bytes(data)).split(b"\n")
        self.pending = lines.pop()
        body = []
        for line in lines:
            if self.header is not None:
                if line.startswith(b"@prefix "):
                    self.header.append(line + b"\n")
                    continue
                body.append(self._end_header())
            # literals have their newlines escaped: a line that ends with " ." ends a subject's block
            body.append(line + (b"\n\n" if line.endswith(b" .") else b"\n"))
        if body:
            self.out.write(b"".join(body))
        return len(data)

    def flush(self) -> None:
        pass

    def _end_header(self) -> bytes:
        header, self.header = self.header, None
        return b"".join(sorted(header)) + b"\n"

    def close(self) -> None:
        if self.pending:
            self.write(b"\n")
        if self.header is not None:
            self.out.write(self._end_header())


_OFFSETS = frozenset({_BEGIN, _END})
#: Curation's records of removed or added NIF offsets (``graphkit.curate.record_iri``): their ``rdf:object``
#: is an offset too.
_OFFSET_RECORDS = (CURATION + "removed/offset-", CURATION + "added/offset-")


def _is_offset_record(node) -> bool:
    return node.value.startswith(_OFFSET_RECORDS) if hasattr(node, "value") else False


def offsets_as_written(items: Iterable) -> Iterator:
    """pyoxigraph triples or quads, with NIF offsets typed ``xsd:nonNegativeInteger`` again.

    The embedded store keeps an ``xsd:nonNegativeInteger`` as the ``xsd:integer``
    of the same value; what graphkit writes to files, and the rdflib graphs it
    hands out, give ``nif:beginIndex`` and ``nif:endIndex`` NIF 2.0's datatype.
    """
    import pyoxigraph as ox

    datatype = ox.NamedNode(_XSD_NON_NEGATIVE)
    for item in items:
        o = item.object
        if (isinstance(o, ox.Literal) and o.datatype.value == _XSD_INTEGER and not o.value.startswith("-")
                and (item.predicate.value in _OFFSETS
                     or (item.predicate.value == _OBJECT and _is_offset_record(item.subject)))):
            o = ox.Literal(o.value, datatype=datatype)
            if isinstance(item, ox.Quad):
                item = ox.Quad(item.subject, item.predicate, o, item.graph_name)
            else:
                item = ox.Triple(item.subject, item.predicate, o)
        yield item

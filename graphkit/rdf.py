"""The model → an rdflib graph that follows ``output-contract.md``; serialisation.

From here on the graph is the source of truth: the store, the viewer, the
exports and the evaluation all read RDF. Every IRI is derived from stable
inputs (entity keys, file names, offsets), never from counters or blank
nodes, so the same inputs give the same graph, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS, XSD

from .errors import InputError
from .model import Document, Entity
from .vocab import DOC, ENTITY, EVIDENCE, FIGURE, ITSRDF, KIND, NIF, PPP, PREFIXES

#: Output formats: name → (rdflib format, file ending).
FORMATS = {
    "turtle": ("turtle", ".ttl"),
    "nt": ("nt", ".nt"),
    "trig": ("trig", ".trig"),
    "json-ld": ("json-ld", ".jsonld"),
}
_BY_SUFFIX = {suffix: name for name, (_, suffix) in FORMATS.items()} | {".json": "json-ld", ".ntriples": "nt"}


def entity_iri(key: str) -> URIRef:
    return ENTITY[quote(key, safe="-._~")]


def document_iri(doc_id: str) -> URIRef:
    return DOC[quote(doc_id, safe="-._~")]


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


def decimal_literal(value: Decimal | float | int) -> Literal:
    """An ``xsd:decimal`` in its canonical form (XSD 1.1): ``30``, ``20.4``, ``0.7``.

    One lexical form for one value, whatever the output format, and the form
    the embedded store keeps, so that a graph read back from any file or from a
    knowledge base is the same graph term for term.
    """
    d = Decimal(str(value))
    text = format(d.normalize(), "f") if d != d.to_integral_value() else str(int(d))
    return Literal(text, datatype=XSD.decimal, normalize=False)


def _confidence(value: float) -> Literal:
    return decimal_literal(round(value, 3))


def _index(value: int) -> Literal:
    # xsd:integer, the form the embedded store keeps (it turns xsd:nonNegativeInteger into it)
    return Literal(str(value), datatype=XSD.integer, normalize=False)


#: The datatype of an ISO 8601 value by its length: a year, a month, a day.
_DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def date_literal(value: str) -> Literal | None:
    """An ISO 8601 date with its precision as a typed literal, or None when it has no year.

    >>> date_literal("2025-11-13").datatype == XSD.date, date_literal("2025-02").datatype == XSD.gYearMonth
    (True, True)
    """
    datatype = _DATE_TYPES.get(len(value)) if value[:1].isdigit() else None
    return Literal(value, datatype=datatype, normalize=False) if datatype else None


def _provenance(g: Graph, node: URIRef, doc: URIRef, text: str, start: int, end: int, confidence: float,
                method: str, date: str | None) -> None:
    """Where a statement comes from: its document, the text and offsets, how sure, how found, when."""
    g.add((node, PROV.wasDerivedFrom, doc))
    g.add((node, NIF.anchorOf, Literal(text)))
    g.add((node, NIF.beginIndex, _index(start)))
    g.add((node, NIF.endIndex, _index(end)))
    g.add((node, PPP.confidence, _confidence(confidence)))
    if method:
        g.add((node, PPP.method, Literal(method)))
    _add_date(g, node, DCTERMS.date, date)


def _add_date(g: Graph, node: URIRef, predicate: URIRef, value: str | None) -> None:
    literal = date_literal(value) if value else None
    if literal is not None:
        g.add((node, predicate, literal))


def new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def to_graph(documents: Iterable[Document], entities: Iterable[Entity]) -> Graph:
    """The RDF graph of documents (with their mentions, relations, figures) and entities.

    Each entity is typed with its most specific class and with the scored class
    above it (``ppp:Company`` and ``ppp:Organization``). Dates are typed by
    precision (``xsd:date``, ``xsd:gYearMonth``, ``xsd:gYear``): a document's
    publication date, an evidence's or a figure's date as ``dcterms:date``, an
    operation's as ``ppp:startDate`` / ``ppp:endDate``.
    """
    from .ontology import load as load_ontology

    ontology = load_ontology()
    g = new_graph()
    entities = list(entities)
    starts: dict[str, list[str]] = {}
    ends: dict[str, list[str]] = {}
    for e in entities:
        node = entity_iri(e.key)
        g.add((node, RDF.type, PPP[e.type]))
        scored = ontology.coarse_type(e.type)
        if scored and scored != e.type:
            # also the scored class, so that `?o a ppp:Organization` needs no inference
            g.add((node, RDF.type, PPP[scored]))
        g.add((node, RDFS.label, Literal(e.label, lang="en")))
        for text, lang in e.alt_labels:
            # language tags are case-insensitive; lower case is the form every writer keeps
            g.add((node, SKOS.altLabel, Literal(text, lang=lang.lower() or None)))
        for note in e.notes:
            g.add((node, SKOS.editorialNote, Literal(note)))
    for doc in documents:
        d = document_iri(doc.id)
        g.add((d, RDF.type, PPP.Document))
        g.add((d, RDF.type, NIF.Context))
        g.add((d, DCTERMS.identifier, Literal(doc.id)))
        g.add((d, DCTERMS.language, Literal(doc.language)))
        g.add((d, NIF.isString, Literal(doc.text)))
        g.add((d, PPP.contentHash, Literal(doc.content_hash)))
        _add_date(g, d, DCTERMS.date, doc.published)
        for dm in doc.dates:
            if dm.about and dm.has_year:
                starts.setdefault(dm.about, []).append(dm.value)
                if dm.end_value:
                    ends.setdefault(dm.about, []).append(dm.end_value)
        for m in doc.mentions:
            node = URIRef(f"{d}#char={m.start},{m.end}")
            g.add((node, RDF.type, NIF.Phrase))
            g.add((node, NIF.referenceContext, d))
            g.add((node, NIF.beginIndex, _index(m.start)))
            g.add((node, NIF.endIndex, _index(m.end)))
            g.add((node, NIF.anchorOf, Literal(m.text)))
            g.add((node, ITSRDF.taIdentRef, entity_iri(m.key)))
            g.add((node, ITSRDF.taClassRef, PPP[m.type]))
            g.add((node, ITSRDF.taConfidence, _confidence(m.confidence)))
            if m.method:
                g.add((node, PPP.method, Literal(m.method)))
        for r in doc.relations:
            s, p, o = entity_iri(r.subject), PPP[r.predicate], entity_iri(r.object)
            ev = r.evidence
            node = EVIDENCE[_digest(doc.id, r.subject, r.predicate, r.object, ev.start, ev.end)]
            g.add((s, p, o))
            g.add((node, RDF.type, PPP.Evidence))
            g.add((node, RDF.type, RDF.Statement))
            g.add((node, RDF.subject, s))
            g.add((node, RDF.predicate, p))
            g.add((node, RDF.object, o))
            _provenance(g, node, d, ev.text, ev.start, ev.end, ev.confidence, ev.method, ev.date)
            if ev.role:
                g.add((node, PPP.role, Literal(ev.role)))
        for f in doc.figures:
            node = FIGURE[_digest(doc.id, f.kind, f.start, f.end)]
            g.add((node, RDF.type, PPP.Figure))
            g.add((node, PPP.kind, KIND[f.kind]))
            g.add((node, PPP.value, decimal_literal(f.value)))
            if f.unit:
                g.add((node, PPP.unit, Literal(f.unit)))
            if f.about:
                g.add((node, PPP.about, entity_iri(f.about)))
            _provenance(g, node, d, f.text, f.start, f.end, f.confidence, f.method, f.date)
    # an operation's dates, from the sentences that clearly give them: the earliest start, the latest end
    operations = {e.key for e in entities if e.type == "Operation" or ontology.coarse_type(e.type) == "Operation"}
    for key in sorted(operations & set(starts)):
        _add_date(g, entity_iri(key), PPP.startDate, min(starts[key]))
        if key in ends:
            _add_date(g, entity_iri(key), PPP.endDate, max(ends[key]))
    return g


def format_for(path: str | Path | None, fmt: str | None) -> str:
    """The output format: ``fmt`` if given, else from the file ending, else turtle."""
    if fmt:
        if fmt not in FORMATS:
            raise InputError(f"format = {fmt!r} is invalid; choose one of {', '.join(FORMATS)}")
        return fmt
    if path is not None and str(path) != "-":
        return _BY_SUFFIX.get(Path(path).suffix.lower(), "turtle")
    return "turtle"


def serialize(graph: Graph, fmt: str = "turtle") -> bytes:
    """The graph as bytes in ``fmt``, byte-stable: the same graph always gives the same bytes.

    Turtle is written by pyoxigraph from the sorted triples (rdflib's Turtle
    writer is quadratic in the number of document IRIs); N-Triples lines are
    sorted; JSON-LD nodes and values are sorted; TriG is the Turtle of the
    default graph (Turtle is valid TriG).
    """
    if fmt not in FORMATS:
        raise InputError(f"format = {fmt!r} is invalid; choose one of {', '.join(FORMATS)}")
    if fmt == "nt":
        lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
        return ("\n".join(sorted(line for line in lines if line.strip())) + "\n").encode("utf-8")
    if fmt == "json-ld":
        data = json.loads(graph.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True))
        nodes = data.get("@graph", [])
        for node in nodes:
            for key, value in node.items():
                if isinstance(value, list):
                    node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        if nodes:
            data["@graph"] = sorted(nodes, key=lambda n: n.get("@id", ""))
        return (json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return _turtle(graph)


def _turtle(graph: Graph) -> bytes:
    import pyoxigraph as ox

    rdf_type = f"<{RDF.type}>"
    triples = sorted(
        ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES),
        key=lambda t: (str(t.subject), str(t.predicate) != rdf_type, str(t.predicate), str(t.object)),
    )
    text = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES)).decode("utf-8")
    lines = text.splitlines(keepends=True)
    header = sorted(line for line in lines if line.startswith("@prefix "))
    # a blank line after each subject's block (literals have their newlines escaped)
    body = "".join(line + "\n" if line.endswith(" .\n") else line for line in lines[len(header):])
    return ("".join(header) + "\n" + body).encode("utf-8")


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file, so a crash never leaves half a file."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})", hint="check the folder and its permissions") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file (format from its ending, Turtle by default) into an rdflib graph.

    The file is parsed by pyoxigraph (fast, with line and column in its
    errors); named graphs are merged into one.

    Raises:
        GraphFileError: the file is missing or does not parse.
    """
    import pyoxigraph as ox

    from .store import open_graph

    store = open_graph(path)
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    graph = new_graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph

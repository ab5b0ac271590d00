"""What the page shows, read from the graph: entities with their names and figures, relations
with the evidence behind them (sentences, documents, dates), and the number of documents."""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from ..terms import class_roots, local_name, occurrences, pick_label, term_text
from ..vocab import NIF, PPP, RELATIONS


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
    sources: tuple[_Doc, ...] = ()  # each document it was derived from (``doc`` joins them when several)


@dataclass(frozen=True, order=True)
class _Evidence:
    sentence: str
    doc: _Doc
    confidence: str
    role: str
    date: str  # its own dcterms:date, or ""
    intervals: tuple[tuple[str, str], ...]  # the days it stands for: its date's, else its document's
    sources: tuple[_Doc, ...] = ()  # each document it was derived from (``doc`` joins them when several)


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


@dataclass(frozen=True)
class _Decision:
    """A curation decision the graph records as replayed (see :mod:`graphkit.curate`)."""

    iri: str
    summary: str  # the command that made it: "rename gke:pakistan-fia \"Federal Investigation Agency\""
    reason: str
    by: str
    when: str
    applied_to: tuple[str, ...]  # IRIs of the entities it applied to
    not_applied: str  # why it changed nothing, or ""


@dataclass
class _View:
    entities: list[_Entity]
    relations: list[_Relation]
    documents: int
    decisions: list[_Decision] = field(default_factory=list)  # in the order they were made
    curated: dict[Node, list[str]] = field(default_factory=dict)  # entity → decisions that merged or renamed it
    added: dict[tuple[Node, str, Node], list[str]] = field(default_factory=dict)  # relation → decisions that added it


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
_LABEL, _ALT = RDFS.label, SKOS.altLabel
_ABOUT, _KIND, _VALUE, _UNIT, _CONFIDENCE, _ROLE = PPP.about, PPP.kind, PPP.value, PPP.unit, PPP.confidence, PPP.role
_SUBJECT, _PREDICATE, _OBJECT = RDF.subject, RDF.predicate, RDF.object


def _read_graph(graph: Graph) -> _View:
    """Entities with their figures, relations with their evidence, and the number of documents."""
    from ..ingest import split_sentences

    roots = class_roots(graph)

    docs: dict[Node, _Doc] = {}

    def sources_of(node: Node) -> tuple[_Doc, ...]:
        """Each document ``node`` was derived from, sorted."""
        found = []
        for source in set(graph.objects(node, _DERIVED)):
            if source not in docs:
                docs[source] = _Doc(
                    _first(graph, source, _IDENTIFIER) or term_text(source),
                    _first(graph, source, _LANGUAGE),
                    _first(graph, source, _DATE_P),
                )
            found.append(docs[source])
        return tuple(sorted(set(found)))

    def doc_of(found: tuple[_Doc, ...]) -> _Doc:
        """One document for the panel: the only one, or the several joined."""
        if len(found) <= 1:
            return found[0] if found else _NO_DOC
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

    named = occurrences(graph, typed)
    entities: dict[Node, _Entity] = {}
    for iri in sorted(typed, key=term_text):
        _, _, cls = min(typed[iri])
        labels = [o for o in graph.objects(iri, _LABEL) if isinstance(o, Literal)]
        alt = [o for o in graph.objects(iri, _ALT) if isinstance(o, Literal)]
        names = sorted({(term_text(lit), lit.language or "") for lit in labels + alt}, key=lambda n: (n[1], n[0]))
        figures = set()
        for fig in set(graph.subjects(_ABOUT, iri)):
            kind = graph.value(fig, _KIND)
            sources = sources_of(fig)
            figures.add(
                _Figure(
                    kind=local_name(kind) if kind is not None else "figure",
                    value=_format_value(graph.value(fig, _VALUE)),
                    unit=_first(graph, fig, _UNIT),
                    date=_first(graph, fig, _DATE_P),
                    sentence=sentence_of(fig),
                    doc=doc_of(sources),
                    sources=sources,
                )
            )
        entities[iri] = _Entity(
            iri=iri,
            label=pick_label(labels, alt, iri),
            cls=local_name(cls),
            root=roots[cls][0],
            names=names,
            mentions=named.get(iri, 0),
            figures=sorted(figures),
        )

    evidence: dict[tuple[Node, Node, Node], set[_Evidence]] = defaultdict(set)
    for ev in set(graph.subjects(_SUBJECT, None)):
        s, p, o = graph.value(ev, _SUBJECT), graph.value(ev, _PREDICATE), graph.value(ev, _OBJECT)
        if s not in entities or o not in entities or p is None:
            continue
        sources = sources_of(ev)
        doc = doc_of(sources)
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
                sources=sources,
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
    decisions, curated, added = _read_curation(graph, entities, relations)
    return _View(entities=list(entities.values()), relations=relations, documents=len(documents),
                 decisions=decisions, curated=curated, added=added)


def _read_curation(graph: Graph, entities: dict, relations: list[_Relation]):
    """The decisions a curated graph records (PROV activities), the entities a merge or a rename changed
    (``ppp:curatedBy``) and the relations a decision added (``ppp:AddedStatement``, a merge's moved ones too)."""
    import pyoxigraph as ox

    from ..curate import ACTIONS, Decision

    action_of = {PPP[cls]: action for action, cls in ACTIONS.items()}
    found = []
    for cls, action in action_of.items():
        for node in set(graph.subjects(RDF.type, cls)):
            def refs(predicate):
                return tuple(sorted((ox.NamedNode(str(o)) if not isinstance(o, Literal) else ox.Literal(str(o))
                                     for o in graph.objects(node, predicate)), key=str))

            subject, obj, into = refs(PPP.statementSubject), refs(PPP.statementObject), refs(PPP.mergedInto)
            predicate = graph.value(node, PPP.statementPredicate)
            label = graph.value(node, PPP.newLabel)
            decision = Decision(
                str(node), action, _first(graph, node, PROV.endedAtTime), targets=refs(PPP.target),
                subject=subject[0] if subject else None, object=obj[0] if obj else None,
                predicate=local_name(predicate) if predicate is not None else None,
                into=into[0] if into else None, label=term_text(label) if label is not None else None,
            )
            found.append(_Decision(
                iri=str(node), summary=decision.summary(), reason=_first(graph, node, PPP.reason),
                by=_first(graph, node, DCTERMS.creator), when=decision.when,
                applied_to=tuple(sorted(term_text(e) for e in graph.objects(node, PPP.appliedTo))),
                not_applied=_first(graph, node, PPP.notApplied),
            ))
    found.sort(key=lambda d: (d.when, d.iri))
    if not found:
        return [], {}, {}
    curated = {iri: sorted(term_text(d) for d in graph.objects(iri, PPP.curatedBy)) for iri in entities}
    curated = {iri: ds for iri, ds in curated.items() if ds}
    wanted = {(r.subject, PPP[r.predicate], r.object): (r.subject, r.predicate, r.object) for r in relations}
    added: dict[tuple[Node, str, Node], list[str]] = {}
    for record in set(graph.subjects(RDF.type, PPP.AddedStatement)):
        key = (graph.value(record, _SUBJECT), graph.value(record, _PREDICATE), graph.value(record, _OBJECT))
        if key in wanted:
            added.setdefault(wanted[key], []).extend(term_text(d) for d in graph.objects(record, PROV.wasGeneratedBy))
    return found, curated, {k: sorted(set(v)) for k, v in added.items()}

"""Claims across sources: what several documents say about the same relation or the same figure.

A **claim** is either a relation triple (``Binance memberOf Cybercrime Atlas``)
or a kind of figure about one entity (the arrests of Operation Serengeti).
For each, :func:`claims` says how many documents state it and in which
languages; for a figure, each value given, with the documents and sentences
that give it, and whether the documents **disagree**: two documents give two
different values (1,209 arrests in one, "over 1,200" in another). Two values
found in one document only are listed, but are no disagreement between sources.

``ppp:partnersWith`` is symmetric: the two directions of a pair are one claim.
The named query ``claims`` (``ontology/queries/claims.rq``) answers the same in
SPARQL (its ``disagree`` also counts two values found in one document); the
viewer lists these claims in its "Claims" panel.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import Graph

from ..terms import term_text
from .palette import UNDIRECTED_RELATIONS
from .read import _Doc, _read_graph, _Relation, _View


@dataclass(frozen=True, order=True)
class Source:
    """One document that states a claim, and the sentence where it does ("" when none is recorded)."""

    document: str  # dcterms:identifier, else the document's IRI
    language: str  # dcterms:language, or ""
    sentence: str


@dataclass(frozen=True)
class Value:
    """One value a figure claim is given, and every sentence that gives it."""

    value: str  # formatted: "1,209"
    unit: str  # "USD", "%" or ""
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Claim:
    """What the documents of a graph say about one relation, or one kind of figure about one entity.

    Attributes:
        subject: the IRI of the relation's subject, or of the entity the figures are about.
        subject_label: its label.
        claim: the relation's predicate (``memberOf``), or the figures' kind (``arrests``).
        object: the IRI of the relation's object; "" for a figure.
        object_label: its label; "" for a figure.
        documents: the identifiers of the documents that state it, sorted.
        languages: their languages, sorted (documents without one are left out).
        sources: for a relation, each document and sentence of its evidence; for a figure,
            every source of every value.
        values: for a figure, each value given (in the order of their first document); () for a relation.
        disagree: the figure's documents give different values: two documents, two values.
        relations: for a relation, the triples ``(subject, predicate, object)`` it stands for
            (two for a symmetric predicate stated both ways).
    """

    subject: str
    subject_label: str
    claim: str
    object: str
    object_label: str
    documents: tuple[str, ...]
    languages: tuple[str, ...]
    sources: tuple[Source, ...]
    values: tuple[Value, ...] = ()
    disagree: bool = False
    relations: tuple[tuple[str, str, str], ...] = ()

    @property
    def is_figure(self) -> bool:
        return not self.object


def _documents(docs: list[_Doc]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(identifiers, languages) of the documents, each sorted and listed once."""
    return tuple(sorted({d.identifier for d in docs})), tuple(sorted({d.language for d in docs if d.language}))


def _relation_claims(view: _View, labels: dict[str, str]) -> list[Claim]:
    grouped: dict[tuple[str, str, str], list[_Relation]] = defaultdict(list)
    for relation in view.relations:
        s, o = term_text(relation.subject), term_text(relation.object)
        if relation.predicate in UNDIRECTED_RELATIONS and o < s:
            s, o = o, s
        grouped[(s, relation.predicate, o)].append(relation)
    found = []
    for (s, predicate, o), relations in grouped.items():
        sources = sorted({
            Source(doc.identifier, doc.language, ev.sentence)
            for relation in relations for ev in relation.evidence for doc in ev.sources
        })
        if not sources:  # no document states it (a relation a curation decision added)
            continue
        documents, languages = _documents([_Doc(x.document, x.language, "") for x in sources])
        found.append(Claim(
            subject=s, subject_label=labels[s], claim=predicate, object=o, object_label=labels[o],
            documents=documents, languages=languages, sources=tuple(sources),
            relations=tuple(sorted((term_text(r.subject), r.predicate, term_text(r.object)) for r in relations)),
        ))
    return found


def _figure_claims(view: _View) -> list[Claim]:
    found = []
    for entity in view.entities:
        iri = term_text(entity.iri)
        by_kind: dict[str, dict[tuple[str, str], set[Source]]] = defaultdict(lambda: defaultdict(set))
        for figure in entity.figures:
            for doc in figure.sources:
                by_kind[figure.kind][(figure.value, figure.unit)].add(Source(doc.identifier, doc.language,
                                                                             figure.sentence))
        for kind, values in sorted(by_kind.items()):
            listed = sorted(
                (Value(value, unit, tuple(sorted(sources))) for (value, unit), sources in values.items()),
                key=lambda v: (v.sources[0], v.value, v.unit),
            )
            every = tuple(sorted({x for v in listed for x in v.sources}))
            documents, languages = _documents([_Doc(x.document, x.language, "") for x in every])
            found.append(Claim(
                subject=iri, subject_label=entity.label, claim=kind, object="", object_label="",
                documents=documents, languages=languages, sources=every, values=tuple(listed),
                disagree=len(listed) > 1 and len(documents) > 1,
            ))
    return found


def _claims(view: _View) -> list[Claim]:
    """The claims of the page's view of a graph, the most documented first (see :func:`claims`)."""
    labels = {term_text(e.iri): e.label for e in view.entities}
    found = _relation_claims(view, labels) + _figure_claims(view)
    found.sort(key=lambda c: (-len(c.documents), not c.disagree, c.subject_label.casefold(), c.subject,
                              not c.is_figure, c.claim, c.object_label.casefold(), c.object))
    return found


def claims(graph: Graph) -> list[Claim]:
    """Each relation of ``graph``, and each kind of figure about one of its entities, with the documents behind it.

    Only what the viewer draws is listed: relations between entities and figures
    about an entity, each stated by at least one document (``prov:wasDerivedFrom``).

    Args:
        graph: a graph that follows ``output-contract.md``.

    Returns:
        The claims, the most documented first, then those whose figures disagree,
        then by the subject's label.

    Example:
        >>> import graphkit                                                  # doctest: +SKIP
        >>> from graphkit.view import claims
        >>> result = graphkit.build(["examples/corpus"])                     # doctest: +SKIP
        >>> [(c.subject_label, c.claim, [v.value for v in c.values])         # doctest: +SKIP
        ...  for c in claims(result.graph) if c.disagree]
        [('Cybercrime Atlas', 'actionable_points', ['10,000', '17,000']), …]
    """
    if not isinstance(graph, Graph):
        raise TypeError(f"graph = {type(graph).__name__} is invalid; value must be an rdflib Graph")
    return _claims(_read_graph(graph))

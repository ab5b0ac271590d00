"""What the readers of a graph (the viewer, the analysis) make of its terms and classes.

Text that is sure to encode as UTF-8, the local name of an IRI, the name to
show of an entity, and the scored class (``Organization``, ``Person``,
``Operation``, ``Location``) each class falls under. They take an rdflib graph,
or anything with its ``subject_objects`` (:class:`graphkit.sources.StoreGraph`).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rdflib import Literal
from rdflib.namespace import RDFS
from rdflib.term import Node

from .ontology import subclass_pairs
from .vocab import ITSRDF, NIF, PPP, SCORED_CLASSES


def term_text(value: object) -> str:
    """A term as text that is sure to encode as UTF-8 (lone surrogates become "?")."""
    string = str(value)
    try:
        string.encode("utf-8")
    except UnicodeEncodeError:
        string = string.encode("utf-8", "replace").decode("utf-8")
    return string


def local_name(term: Node) -> str:
    """The last part of an IRI, after its last ``#`` or ``/``: ``ppp:Company`` → ``Company``."""
    name = term_text(term)
    for sep in ("#", "/"):
        if sep in name.rstrip(sep):
            name = name.rstrip(sep).rsplit(sep, 1)[1]
    return name


def pick_label(labels: list[Literal], alt: list[Literal], iri: Node) -> str:
    """The name to show of an entity: an English ``rdfs:label``, else one without a language, else any
    (the first in order among equals); without labels, the same among its ``skos:altLabel`` names;
    without either, its IRI's local name."""

    def rank(lit: Literal) -> tuple[int, str, str]:
        lang = (lit.language or "").lower()
        return (0 if lang == "en" else 1 if lang == "" else 2, lang, term_text(lit))

    for candidates in (labels, alt):
        if candidates:
            return term_text(min(candidates, key=rank))
    return local_name(iri)


def class_parents(graph) -> dict[Node, set[Node]]:
    """Each class → its direct superclasses: ``ontology/ppp.ttl``'s and the graph's own ``rdfs:subClassOf``."""
    parents: dict[Node, set[Node]] = defaultdict(set)
    for sub, sup in [*subclass_pairs(), *graph.subject_objects(RDFS.subClassOf)]:
        if not isinstance(sub, Literal) and not isinstance(sup, Literal):
            parents[sub].add(sup)
    return parents


def class_roots(graph) -> dict[Node, tuple[str, int]]:
    """Each class that is ``rdfs:subClassOf*`` a scored class → (scored class, depth).

    The subclass tree is the union of ``ontology/ppp.ttl`` and the
    ``rdfs:subClassOf`` triples of ``graph`` itself.
    """
    parents = class_parents(graph)
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


def occurrences(graph, entities) -> Counter:
    """How many times each entity is named: its phrases, less those inside another of its phrases in the same
    text ("Serengeti" within "operațiunii Serengeti" is one occurrence)."""
    count: Counter = Counter()
    spans: dict[tuple, set[tuple[int, int]]] = defaultdict(set)
    for phrase, entity in set(graph.subject_objects(ITSRDF.taIdentRef)):
        if entity not in entities:
            continue
        try:
            span = int(graph.value(phrase, NIF.beginIndex)), int(graph.value(phrase, NIF.endIndex))
        except (TypeError, ValueError):  # no offsets, or none that reads as a number: a phrase of its own
            count[entity] += 1
            continue
        spans[entity, graph.value(phrase, NIF.referenceContext)].add(span)
    for (entity, _), those in spans.items():
        # by begin, the longer first: a span lies in another exactly when one before it ends at or after its end
        furthest = -1
        for b, e in sorted(those, key=lambda span: (span[0], -span[1])):
            if e > furthest:
                count[entity] += 1
                furthest = e
    return count

"""Check a graph against the output contract's SHACL shapes.

The shapes (``ontology/shapes.ttl``) are checked with pySHACL on a copy of the
graph into which the ontology (``ppp.ttl``) and the kinds of figures
(``kinds.ttl``) are mixed, with no inference: ``sh:class`` and
``sh:targetClass`` follow ``rdfs:subClassOf`` through the ontology (a
``ppp:Company`` is a ``ppp:Organization``), while ``rdfs:domain`` and
``rdfs:range`` are never used to infer types, so that a relation between
entities of the wrong types is reported rather than "repaired".

Example:
    >>> result = validate(graph)  # doctest: +SKIP
    >>> result.conforms, result.violations  # doctest: +SKIP
    (False, 1)
    >>> print(result.report)  # doctest: +SKIP
    Does not conform: 1 violation
    gke:binance – ppp:supports – This relation has no ppp:Evidence node (…) (value: gke:interpol)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from .callable import make_callable
from .errors import GraphFileError, OntologyError, ValidationError
from .resources import forgotten_by_clear_caches, ontology_dir, ontology_file, parse_turtle
from .vocab import PREFIXES

SHAPES_FILE = "shapes.ttl"
ONTOLOGY_FILES = ("ppp.ttl", "kinds.ttl")

_CUSTOM_EVAL = "graphkit.validate"

#: Longest literal shown in a report line; longer ones are cut with "…".
_MAX_LITERAL = 60


@dataclass(frozen=True)
class ValidationResult:
    """The outcome of :func:`validate`.

    Attributes:
        conforms: whether the graph follows every shape.
        report: a readable summary: a first line saying whether the graph
            conforms and how many violations it has, then one line per
            violation, ``focus node – path – message (value: …)``, sorted and
            without duplicates, at most ``max_lines`` of them.
        violations: how many validation results pySHACL reported.
    """

    conforms: bool
    report: str
    violations: int


def validate(graph, *, max_lines: int = 50) -> ValidationResult:
    """Validate ``graph`` against the output contract's SHACL shapes.

    The graph is not modified: the ontology is mixed into a copy.

    Args:
        graph: the graph to check, as graphkit writes it: an rdflib graph, what
            :func:`graphkit.build` returns, a graph file, a knowledge-base folder,
            ``-`` (standard input) or a pyoxigraph store.
        max_lines: most violation lines the report shows; the rest are counted.

    Returns:
        Whether the graph conforms, a readable report and the number of violations.

    Raises:
        ValueError: if ``max_lines`` is less than 1.
        TypeError: ``graph`` is none of the sources above.
        GraphFileError: a graph file that is missing or does not parse.
        OntologyError: if an ontology or shapes file is missing, cannot be
            parsed, or is not usable as SHACL shapes.
    """
    if max_lines < 1:
        raise ValueError(f"max_lines = {max_lines} is invalid; value must be >= 1")
    if not isinstance(graph, Graph):
        from .sources import as_graph

        graph = as_graph(graph)
    shapes = shapes_graph()
    data = _MixedGraph()
    data.addN((s, p, o, data) for s, p, o in graph.triples((None, None, None)))
    data.addN((s, p, o, data) for s, p, o in ontology_graph())

    import pyshacl  # heavy; imported only when a graph is validated
    from pyshacl.errors import ReportableRuntimeError

    from rdflib.plugins.sparql import CUSTOM_EVALS

    CUSTOM_EVALS[_CUSTOM_EVAL] = _evaluate_part  # only for this graph: rdflib's own evaluation for any other
    try:
        conforms, results, text = pyshacl.validate(
            data, shacl_graph=shapes, inference="none", inplace=True, advanced=False, allow_warnings=False
        )
    except ReportableRuntimeError as err:  # a shape that pySHACL cannot load
        raise _unusable_shapes(err.message) from err
    except Exception as err:  # noqa: BLE001 - pySHACL raises many types (pyparsing's ParseException …)
        unreadable = _ill_typed(graph)
        if unreadable is not None:  # pySHACL compared a value rdflib could not read (`<=` on two Literals)
            raise unreadable from err
        # a shape that parses but is not SHACL pySHACL can run (a broken SPARQL constraint, a wrong node kind …)
        raise _unusable_shapes(f"{type(err).__name__}: {err}") from err
    finally:
        CUSTOM_EVALS.pop(_CUSTOM_EVAL, None)
    if not isinstance(results, Graph):
        # pySHACL returns a ValidationFailure instead of a report when a constraint cannot be run.
        raise _unusable_shapes(str(text))
    lines, count = _summarize(results, _namespaces(graph))
    if conforms:
        return ValidationResult(conforms=True, report="Conforms: the graph follows the output contract.", violations=0)
    head = f"Does not conform: {count} violation{'s' if count != 1 else ''}"
    shown = lines[:max_lines]
    report = [head, *shown]
    if len(lines) > max_lines:
        report.append(f"… and {len(lines) - max_lines} more")
    return ValidationResult(conforms=False, report="\n".join(report), violations=count)


def check(graph, *, max_lines: int = 50) -> None:
    """Raise unless ``graph`` conforms to the output contract's SHACL shapes.

    Args:
        graph: the graph to check.
        max_lines: most violation lines the error's report shows.

    Raises:
        ValidationError: if the graph does not conform; ``report`` holds the
            readable report of :func:`validate`.
        OntologyError: if an ontology or shapes file is missing or broken.
    """
    result = validate(graph, max_lines=max_lines)
    if not result.conforms:
        plural = "s" if result.violations != 1 else ""
        raise ValidationError(
            f"the graph does not conform to the output contract: {result.violations} violation{plural}",
            report=result.report,
            hint="the report names, for each violation, the node, the property and what the contract wants",
        )


@lru_cache(maxsize=None)
def shapes_graph() -> Graph:
    """The SHACL shapes of the output contract, parsed once.

    Treat the returned graph as read-only: it is shared between calls.

    Raises:
        OntologyError: if ``shapes.ttl`` is missing or cannot be parsed.
    """
    return _parse(SHAPES_FILE)


@lru_cache(maxsize=None)
def ontology_graph() -> Graph:
    """The ontology and the kinds of figures (``ppp.ttl`` + ``kinds.ttl``), parsed once.

    Treat the returned graph as read-only: it is shared between calls.

    Raises:
        OntologyError: if a file is missing or cannot be parsed.
    """
    graph = Graph()
    for name in ONTOLOGY_FILES:
        graph += _parse(name)
    return graph


@forgotten_by_clear_caches
def clear_cache() -> None:
    """Forget the parsed shapes and ontology, and where the ontology folder is.

    Call this after changing ``GRAPHKIT_ONTOLOGY`` or the files themselves.
    """
    shapes_graph.cache_clear()
    ontology_graph.cache_clear()
    ontology_dir.cache_clear()
    _prepared.cache_clear()


def _ill_typed(graph: Graph) -> GraphFileError | None:
    """The error for the graph's first value that is not what its datatype says, or None if all are.

    ``"abc"^^xsd:integer``, or an integer of more than 4,300 digits (Python
    reads no longer one): pySHACL cannot compare such a value with another.
    """
    prefixes = _namespaces(graph)
    for s, p, o in sorted(graph.triples((None, None, None)), key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
        if isinstance(o, Literal) and o.ill_typed:
            digits = sum(c.isdigit() for c in str(o))
            why = (f"a number of {digits:,} digits, more than the 4,300 graphkit reads" if digits > 4300
                   else f"not a valid {_show(URIRef(o.datatype), prefixes)}")
            return GraphFileError(f"{_show(s, prefixes)} {_show(p, prefixes)} {_show(o, prefixes)}: {why}, "
                                  "so the shapes cannot be checked", hint="correct or remove the value")
    return None


def _unusable_shapes(reason: str) -> OntologyError:
    """The error for a shapes file that parses but that pySHACL cannot use."""
    reason = " ".join(reason.split())
    return OntologyError(
        f"shapes file {ontology_dir() / SHAPES_FILE} cannot be used: {reason[:200]}",
        hint="restore ontology/shapes.ttl from the graphkit sources",
    )


def _parse(name: str) -> Graph:
    """Parse one Turtle file of the ontology folder, or raise OntologyError naming it (and the line)."""
    return parse_turtle(ontology_file(name))


@lru_cache(maxsize=256)
def _prepared(text: str) -> Any:
    """A parsed SPARQL query, kept: parsing costs ~50 ms, evaluating ~1 ms."""
    from rdflib.plugins.sparql import prepareQuery  # builds the SPARQL grammar: not at import time

    return prepareQuery(text)


class _MixedGraph(Graph):
    """The graph pySHACL validates: data + ontology.

    pySHACL runs each SHACL-SPARQL constraint once per focus node, passing the
    same query text each time; rdflib would parse it each time (~50 ms), which
    for a few thousand triples is tens of seconds. Parsed once here instead.
    Its basic graph patterns are matched by :func:`_adaptive_bgp`.
    """

    def query(  # noqa: D102 - rdflib's method, same signature
        self,
        query_object: Any,
        processor: Any = "sparql",
        result: Any = "sparql",
        initNs: Any = None,  # noqa: N803 - rdflib's name
        initBindings: Any = None,  # noqa: N803 - rdflib's name
        use_store_provided: bool = True,
        **kwargs: Any,
    ) -> Any:
        if isinstance(query_object, str) and not initNs:
            query_object = _prepared(query_object)
        return super().query(query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs)


#: How many matches of a triple pattern are counted, at most, to choose which pattern to match first.
_PROBE = 8


def _evaluate_part(ctx: Any, part: Any) -> Any:
    """rdflib's evaluation of a query part, for basic graph patterns on a :class:`_MixedGraph` (else declined)."""
    if part.name != "BGP" or not isinstance(ctx.graph, _MixedGraph):
        raise NotImplementedError
    return _adaptive_bgp(ctx, list(part.triples))


def _adaptive_bgp(ctx: Any, patterns: list) -> Any:
    """The solutions of a basic graph pattern, each step matching the pattern with the fewest matches first.

    rdflib orders a pattern's triples once, by their bound terms, ties broken
    by the query text: a constraint that finds the evidence of a relation
    (``?evidence rdf:subject $this ; rdf:object ?value``) then starts from one
    end whatever the data, and for each of the thousand members of an alliance
    walks through the alliance's thousand pieces of evidence: quadratic. Here
    the next triple is the one with the fewest matches under the bindings so
    far (counted up to a few), so that the evidence is found from the end that
    has little of it: linear in the size of the graph. The solutions are
    rdflib's, in another order.
    """
    from rdflib.plugins.sparql.sparql import AlreadyBound

    if not patterns:
        yield ctx.solution()
        return
    if len(patterns) > 1:
        best, fewest = 0, None
        for i, (s, p, o) in enumerate(patterns):
            bound = (ctx[s], ctx[p], ctx[o])
            count = sum(1 for _ in islice(ctx.graph.triples(bound), _PROBE))
            key = (count, sum(term is None for term in bound))
            if fewest is None or key < fewest:
                best, fewest = i, key
            if count == 0:
                break
        patterns = [patterns[best], *patterns[:best], *patterns[best + 1:]]
    s, p, o = patterns[0]
    _s, _p, _o = ctx[s], ctx[p], ctx[o]
    for ss, sp, so in ctx.graph.triples((_s, _p, _o)):
        c = ctx.push() if None in (_s, _p, _o) else ctx
        if _s is None:
            c[s] = ss
        try:
            if _p is None:
                c[p] = sp
        except AlreadyBound:
            continue
        try:
            if _o is None:
                c[o] = so
        except AlreadyBound:
            continue
        yield from _adaptive_bgp(c, patterns[1:])


def _namespaces(graph: Graph) -> list[tuple[str, str]]:
    """Prefixes to show IRIs with, ``(prefix, namespace)``: the project's, then the graph's own."""
    known = dict(PREFIXES)
    for prefix, namespace in graph.namespace_manager.namespaces():
        if prefix and prefix not in known and str(namespace) not in known.values():
            known[prefix] = str(namespace)
    return sorted(known.items(), key=lambda item: -len(item[1]))


_LOCAL_NAME = re.compile(r"[A-Za-z0-9_](?:[\w.-]*[\w-])?")


def _show(node: Node | None, prefixes: list[tuple[str, str]]) -> str:
    """A short, readable form of a node for a report line: ``gke:interpol``, ``"30"^^xsd:integer``."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        text = " ".join(str(node).split())
        if len(text) > _MAX_LITERAL:
            text = text[: _MAX_LITERAL - 1] + "…"
        shown = f'"{text}"'
        if node.language:
            shown += "@" + node.language
        elif node.datatype is not None:
            shown += "^^" + _show(URIRef(node.datatype), prefixes)
        return shown
    if isinstance(node, URIRef):
        for prefix, namespace in prefixes:
            if node.startswith(namespace) and _LOCAL_NAME.fullmatch(node[len(namespace):]):
                return f"{prefix}:{node[len(namespace):]}"
        return f"<{node}>"
    return f"_:{node}"


def _summarize(results: Graph, prefixes: list[tuple[str, str]]) -> tuple[list[str], int]:
    """Report lines (sorted, unique) and the number of top-level results."""
    lines: set[str] = set()
    count = 0
    for report in results.subjects(RDF.type, SH.ValidationReport):
        for result in results.objects(report, SH.result):
            count += 1
            focus = results.value(result, SH.focusNode)
            path = results.value(result, SH.resultPath)
            value = results.value(result, SH.value)
            messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
            message = messages[0] if messages else "violates a shape"
            parts = [_show(focus, prefixes)]
            if path is not None:
                parts.append(_show(path, prefixes))
            line = " – ".join([*parts, message])
            if value is not None and value != focus:
                line += f" (value: {_show(value, prefixes)})"
            lines.add(line)
    return sorted(lines), count


# graphkit.validate(…) runs validate(…)
make_callable(__name__, "validate")

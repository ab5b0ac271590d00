"""Score a graph against gold annotations, as ``gold-format.md`` describes.

The corpus is the set of documents that have a gold file; everything else in
the graph is ignored. A graph document is the ``ppp:Document`` (any node with a
``dcterms:identifier``) whose identifier equals the gold ``"document"``.

Entities
    A graph node is *scored* when one of its ``rdf:type`` s reaches one of
    ``ppp:Organization``, ``ppp:Person``, ``ppp:Operation`` or ``ppp:Location``
    through ``rdfs:subClassOf*`` (the graph's own subclass triples plus
    ``ontology/ppp.ttl``), and *in the corpus* when a mention
    (``itsrdf:taIdentRef``) in a corpus document refers to it. Gold entities are
    merged by ``id`` across documents. A node *matches* a gold entity when one of
    its labels (``rdfs:label``, ``skos:altLabel``), after NFKC and case folding,
    equals the entity's name, a mention or an alias, and the coarse types agree.
    Nodes are assigned to gold entities one to one by a maximum matching over
    non-optional entities (ties broken by IRI and id). Then: TP = gold entities
    assigned a node; FN = non-optional gold entities left without one; FP = nodes
    matching nothing, plus unassigned nodes matching only already-taken entities
    (split entities). Unassigned nodes that match an optional entity are not
    counted.

    Every scored node gets one *identity*, the gold entity it stands for: its
    assignment, else (split or optional nodes) the first gold entity it matches,
    optional ones first for unassigned nodes of the corpus. Mentions, relations
    and figures compare identities, so a node that conflates two gold entities
    counts for one of them only.

Mentions
    Recall only: a gold mention (text, in that document, of a non-optional
    entity of that document) is found when a phrase of that document has that
    exact ``nif:anchorOf`` and refers to a node whose identity is the entity.

Relations
    Graph triples with one of the twelve relation predicates between scored
    nodes are in the corpus when one of their ``ppp:Evidence`` nodes is
    ``prov:wasDerivedFrom`` a corpus document. Each is read as
    (identity or node, predicate, identity or node), ``partnersWith`` without
    direction, and deduplicated. A gold relation (merged across documents) is
    found when such a key equals it or one of its alternatives; a key that
    equals no gold relation (optional ones included) is a false positive.
    ``roles`` counts found ``worksFor`` relations whose evidence from a document
    carries a ``ppp:role`` equal (NFKC, case folded) to that document's gold role.

Figures
    Per document: a gold figure is found by a ``ppp:Figure`` derived from that
    document, of the same ``ppp:kind``, whose ``ppp:value`` is within 0.5% of
    the gold value (exactly, for 0). Matching is one to one and greedy:
    non-optional gold figures first, each taking the closest free graph figure.
    Graph figures left over are false positives. ``attached`` is, of the found
    figures whose gold names a subject, the share whose ``ppp:about`` node has
    that subject as identity.

Per language, the same scores are computed on the documents of that language
alone (their gold entities merged again, so an entity optional there is
optional there). Scores whose denominator is zero are ``None`` (shown ``-``).

Example:
    >>> report = evaluate(graph, load_gold(["gold/seeds"]))   # doctest: +SKIP
    >>> print(format_report(report))                           # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NoReturn

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.term import Node

from ..errors import GoldError
from ..ontology import subclass_pairs
from ..vocab import ITSRDF, KIND, KINDS, NIF, PPP, RELATIONS, SCORED_CLASSES

__all__ = [
    "GoldDocument",
    "GoldEntity",
    "GoldFigure",
    "GoldRelation",
    "LanguageScores",
    "Misses",
    "Ratio",
    "Report",
    "Score",
    "ScoreTable",
    "evaluate",
    "format_report",
    "load_gold",
]

#: Relative tolerance on figure values.
FIGURE_TOLERANCE = Decimal("0.005")

_GOLD_HINT = "fix the gold file as gold-format.md describes"


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldEntity:
    """An entity of a gold file."""

    id: str
    type: str
    name: str
    mentions: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class GoldRelation:
    """A relation of a gold file; ``role`` only on ``worksFor``."""

    subject: str
    predicate: str
    object: str
    alternatives: tuple[str, ...] = ()
    role: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldFigure:
    """A figure of a gold file; ``value`` is exact (parsed as a decimal)."""

    kind: str
    value: Decimal
    subject: str | None = None
    unit: str | None = None
    text: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldDocument:
    """One gold file: the annotations of one article.

    Attributes:
        document: the article's file name, matched against ``dcterms:identifier``.
        language: the article's language code.
        source: the gold file it was read from (for messages).
    """

    document: str
    language: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...] = ()
    figures: tuple[GoldFigure, ...] = ()
    source: str = ""


def load_gold(paths: Iterable[str | Path] | str | Path) -> list[GoldDocument]:
    """Read and check gold files.

    Args:
        paths: gold files, or folders whose ``*.json`` files (not recursive,
            sorted by name) are read, or ``-``: one gold file on standard
            input. A single path is accepted too.

    Returns:
        The documents, in the order the files were given.

    Raises:
        GoldError: a path does not exist, no gold file was found, or a file
            breaks the gold format; the message names the file and the JSON
            path of the problem, e.g.
            ``x.json: entities[3].type = "Org" is not one of Organization, …``.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    given = [Path(raw) for raw in paths]
    files: list[Path] = []
    seen: set[Path] = set()
    for path in given:
        if str(path) == "-":
            found = [path]
        elif path.is_dir():
            found = sorted(p for p in path.glob("*.json") if p.is_file())
        elif path.is_file():
            found = [path]
        else:
            raise GoldError(f"{path}: no such file or folder", hint="give gold files or folders of *.json")
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    if not files:
        where = ", ".join(str(path) for path in given) or "no paths"
        raise GoldError(f"no gold files found in {where}", hint="gold files are *.json, one per article")
    documents = [_read_gold_file(file) for file in files]
    _check_corpus(documents)
    return documents


class _Constant:
    """What ``NaN`` or ``Infinity`` in a gold file parses to (so it fails as 'not a number')."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _show(value: Any) -> str:
    """A value as it appears in a message: JSON, shortened."""
    if isinstance(value, (Decimal, _Constant)):
        text = str(value)
    else:
        text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _json_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number"


class _Checker:
    """Validates the parsed JSON of one gold file, failing with file and JSON path."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, path: str, problem: str) -> NoReturn:
        raise GoldError(f"{self.label}: {path} {problem}", hint=_GOLD_HINT)

    def obj(self, value: Any, path: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, f"is {_json_kind(value)}, not an object")
        for key in value:
            if key not in allowed:
                self.fail(_join(path, key), f"is not a key of the gold format (allowed: {', '.join(allowed)})")
        return value

    def required(self, obj: dict[str, Any], key: str, path: str) -> Any:
        if key not in obj:
            self.fail(_join(path, key), "is missing")
        return obj[key]

    def string(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, f"= {_show(value)} is not a non-empty string")
        return value

    def optional_string(self, value: Any, path: str) -> str | None:
        return None if value is None else self.string(value, path)

    def strings(self, value: Any, path: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.fail(path, f"= {_show(value)} is not a list of strings")
        return tuple(self.string(item, f"{path}[{i}]") for i, item in enumerate(value))

    def boolean(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            self.fail(path, f"= {_show(value)} is not true or false")
        return value

    def choice(self, value: Any, path: str, allowed: tuple[str, ...]) -> str:
        if not isinstance(value, str) or value not in allowed:
            self.fail(path, f"= {_show(value)} is not one of {', '.join(allowed)}")
        return value

    def number(self, value: Any, path: str) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            self.fail(path, f"= {_show(value)} is not a number")
        number = Decimal(value)
        if not number.is_finite():
            self.fail(path, f"= {_show(value)} is not a finite number")
        return number

    def entity_ref(self, value: Any, path: str, ids: Mapping[str, int]) -> str:
        if not isinstance(value, str) or value not in ids:
            self.fail(path, f"= {_show(value)} is not an entity id of this file")
        return value


def _join(path: str, key: str) -> str:
    return key if not path else f"{path}.{key}"


_ROOT_KEYS = ("document", "language", "entities", "relations", "figures")
_ENTITY_KEYS = ("id", "type", "name", "mentions", "aliases", "optional")
_RELATION_KEYS = ("subject", "predicate", "object", "alternatives", "role", "optional")
_FIGURE_KEYS = ("subject", "kind", "value", "unit", "text", "optional")


def _read_gold_file(path: Path) -> GoldDocument:
    label = str(path)
    try:
        if label == "-":
            import sys

            text = sys.stdin.buffer.read().decode("utf-8-sig")
        else:
            text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GoldError(f"{label}: is not UTF-8 text ({exc.reason} at byte {exc.start})", hint=_GOLD_HINT) from exc
    except OSError as exc:
        raise GoldError(f"{label}: cannot be read ({exc.strerror})") from exc
    try:
        data = json.loads(text, parse_float=Decimal, parse_constant=_Constant)
    except json.JSONDecodeError as exc:
        raise GoldError(
            f"{label}: is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", hint=_GOLD_HINT
        ) from exc
    return _parse_gold(data, _Checker(label))


def _parse_gold(data: Any, check: _Checker) -> GoldDocument:
    if not isinstance(data, dict):
        check.fail("(top level)", f"is {_json_kind(data)}, not an object")
    root = check.obj(data, "", _ROOT_KEYS)
    document = check.string(check.required(root, "document", ""), "document")
    language = check.string(check.required(root, "language", ""), "language")
    raw_entities = check.required(root, "entities", "")
    if not isinstance(raw_entities, list):
        check.fail("entities", f"is {_json_kind(raw_entities)}, not a list")

    entities: list[GoldEntity] = []
    ids: dict[str, int] = {}
    for i, raw in enumerate(raw_entities):
        path = f"entities[{i}]"
        obj = check.obj(raw, path, _ENTITY_KEYS)
        entity_id = check.string(check.required(obj, "id", path), f"{path}.id")
        if entity_id in ids:
            check.fail(f"{path}.id", f"= {_show(entity_id)} is already the id of entities[{ids[entity_id]}]")
        ids[entity_id] = i
        entities.append(
            GoldEntity(
                id=entity_id,
                type=check.choice(check.required(obj, "type", path), f"{path}.type", SCORED_CLASSES),
                name=check.string(check.required(obj, "name", path), f"{path}.name"),
                mentions=check.strings(check.required(obj, "mentions", path), f"{path}.mentions"),
                aliases=check.strings(obj.get("aliases", []), f"{path}.aliases"),
                optional=check.boolean(obj.get("optional", False), f"{path}.optional"),
            )
        )

    relations: list[GoldRelation] = []
    raw_relations = root.get("relations", [])
    if not isinstance(raw_relations, list):
        check.fail("relations", f"is {_json_kind(raw_relations)}, not a list")
    for i, raw in enumerate(raw_relations):
        path = f"relations[{i}]"
        obj = check.obj(raw, path, _RELATION_KEYS)
        subject = check.entity_ref(check.required(obj, "subject", path), f"{path}.subject", ids)
        predicate = check.choice(check.required(obj, "predicate", path), f"{path}.predicate", RELATIONS)
        obj_id = check.entity_ref(check.required(obj, "object", path), f"{path}.object", ids)
        raw_alts = obj.get("alternatives", [])
        if not isinstance(raw_alts, list):
            check.fail(f"{path}.alternatives", f"= {_show(raw_alts)} is not a list of predicates")
        alternatives = tuple(
            check.choice(alt, f"{path}.alternatives[{j}]", RELATIONS) for j, alt in enumerate(raw_alts)
        )
        role = check.optional_string(obj.get("role"), f"{path}.role")
        if role is not None and predicate != "worksFor":
            check.fail(f"{path}.role", f"is given on {predicate}; only worksFor relations have a role")
        relations.append(
            GoldRelation(
                subject=subject,
                predicate=predicate,
                object=obj_id,
                alternatives=alternatives,
                role=role,
                optional=check.boolean(obj.get("optional", False), f"{path}.optional"),
            )
        )

    figures: list[GoldFigure] = []
    raw_figures = root.get("figures", [])
    if not isinstance(raw_figures, list):
        check.fail("figures", f"is {_json_kind(raw_figures)}, not a list")
    for i, raw in enumerate(raw_figures):
        path = f"figures[{i}]"
        obj = check.obj(raw, path, _FIGURE_KEYS)
        subject = obj.get("subject")
        figures.append(
            GoldFigure(
                kind=check.choice(check.required(obj, "kind", path), f"{path}.kind", KINDS),
                value=check.number(check.required(obj, "value", path), f"{path}.value"),
                subject=None if subject is None else check.entity_ref(subject, f"{path}.subject", ids),
                unit=check.optional_string(obj.get("unit"), f"{path}.unit"),
                text=check.optional_string(obj.get("text"), f"{path}.text"),
                optional=check.boolean(obj.get("optional", False), f"{path}.optional"),
            )
        )

    return GoldDocument(
        document=document,
        language=language,
        entities=tuple(entities),
        relations=tuple(relations),
        figures=tuple(figures),
        source=check.label,
    )


def _check_corpus(documents: Iterable[GoldDocument]) -> None:
    """Fail on the same document annotated twice or an entity id with two types."""
    by_name: dict[str, GoldDocument] = {}
    types: dict[str, tuple[str, GoldDocument]] = {}
    for doc in documents:
        label = doc.source or doc.document
        if doc.document in by_name:
            other = by_name[doc.document]
            raise GoldError(
                f"{label}: document = {_show(doc.document)} is already annotated in {other.source or 'another file'}",
                hint="keep one gold file per article",
            )
        by_name[doc.document] = doc
        for i, entity in enumerate(doc.entities):
            if entity.id in types and types[entity.id][0] != entity.type:
                first_type, first = types[entity.id]
                raise GoldError(
                    f"{label}: entities[{i}].type = {_show(entity.type)} conflicts with {_show(first_type)} "
                    f"for id {_show(entity.id)} in {first.source or first.document}",
                    hint="an id names one real-world entity, with one type, in every file",
                )
            types.setdefault(entity.id, (entity.type, doc))


# --------------------------------------------------------------------------- report


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives, with P, R and F1.

    A score whose denominator is zero is ``None``. F1 is ``2tp / (2tp + fp + fn)``.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        """``tp``, ``fp``, ``fn``, ``precision``, ``recall``, ``f1`` (``None`` when undefined)."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Ratio:
    """A share ``found / total`` (a recall), ``None`` when ``total`` is 0."""

    found: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return _ratio(self.found, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"found": self.found, "total": self.total, "value": self.value}


@dataclass(frozen=True)
class ScoreTable:
    """Scores by key (type, predicate or kind), in a stable order, and over all keys.

    ``table["memberOf"]`` is the row's score, or an empty :class:`Score` for a
    key without any count.
    """

    rows: tuple[tuple[str, Score], ...] = ()
    all: Score = field(default_factory=Score)

    def __getitem__(self, key: str) -> Score:
        for name, score in self.rows:
            if name == key:
                return score
        return Score()

    def to_dict(self) -> dict[str, Any]:
        return {"rows": {name: score.to_dict() for name, score in self.rows}, "all": self.all.to_dict()}


@dataclass(frozen=True, order=True)
class MissedEntity:
    """A non-optional gold entity no node was assigned to."""

    id: str
    type: str
    name: str


@dataclass(frozen=True, order=True)
class MissedMention:
    """A gold mention no phrase of its document found."""

    document: str
    text: str
    entity: str


@dataclass(frozen=True, order=True)
class MissedRelation:
    """A non-optional gold relation not in the graph; ``documents`` state it."""

    subject: str
    predicate: str
    object: str
    documents: tuple[str, ...]


@dataclass(frozen=True, order=True)
class MissedFigure:
    """A non-optional gold figure no graph figure of its document matched."""

    document: str
    kind: str
    value: Decimal
    text: str
    subject: str


@dataclass(frozen=True, order=True)
class WrongRole:
    """A found ``worksFor`` relation whose evidence does not carry the gold role."""

    subject: str
    object: str
    expected: tuple[str, ...]
    found: tuple[str, ...]


@dataclass(frozen=True, order=True)
class UnattachedFigure:
    """A found figure whose ``ppp:about`` is not the gold subject."""

    document: str
    kind: str
    value: Decimal
    subject: str
    about: tuple[str, ...]


@dataclass(frozen=True, order=True)
class FalseEntity:
    """A node counted as a false positive; ``split_of`` names the gold entity it duplicates."""

    label: str
    type: str
    node: str
    split_of: str


@dataclass(frozen=True, order=True)
class FalseRelation:
    """A relation triple (deduplicated) that equals no gold relation."""

    subject_label: str
    predicate: str
    object_label: str
    subject: str
    object: str
    documents: tuple[str, ...]


@dataclass(frozen=True, order=True)
class FalseFigure:
    """A graph figure of a gold document that matched no gold figure."""

    document: str
    kind: str
    value: Decimal | None
    text: str
    figure: str


@dataclass(frozen=True)
class Misses:
    """What was missed and what was wrong, each list sorted."""

    entities: tuple[MissedEntity, ...] = ()
    mentions: tuple[MissedMention, ...] = ()
    relations: tuple[MissedRelation, ...] = ()
    figures: tuple[MissedFigure, ...] = ()
    roles: tuple[WrongRole, ...] = ()
    unattached: tuple[UnattachedFigure, ...] = ()
    false_entities: tuple[FalseEntity, ...] = ()
    false_relations: tuple[FalseRelation, ...] = ()
    false_figures: tuple[FalseFigure, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: [_record_dict(item) for item in getattr(self, f.name)] for f in dataclasses.fields(self)}


@dataclass(frozen=True)
class LanguageScores:
    """The overall scores of the documents of one language."""

    language: str
    documents: tuple[str, ...]
    entities: Score
    mentions: Ratio
    relations: Score
    figures: Score

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": list(self.documents),
            "entities": self.entities.to_dict(),
            "mentions": self.mentions.to_dict(),
            "relations": self.relations.to_dict(),
            "figures": self.figures.to_dict(),
        }


@dataclass(frozen=True)
class Report:
    """The result of :func:`evaluate`.

    Attributes:
        documents: the gold documents scored, sorted.
        missing_documents: those of them that no graph document has as identifier.
        entities: by coarse type (all four, in the contract's order).
        mentions: recall of gold mentions.
        relations: by predicate (gold predicate for tp and fn, graph predicate for fp).
        roles: found ``worksFor`` relations with a gold role whose evidence has it.
        figures: by kind.
        attached: found figures with a gold subject whose ``ppp:about`` matches it.
        languages: the same, per language, sorted by language code.
        misses: what to look at.
    """

    documents: tuple[str, ...]
    missing_documents: tuple[str, ...]
    entities: ScoreTable
    mentions: Ratio
    relations: ScoreTable
    roles: Ratio
    figures: ScoreTable
    attached: Ratio
    languages: tuple[LanguageScores, ...]
    misses: Misses

    def language(self, code: str) -> LanguageScores:
        """The scores of one language; ``KeyError`` if no gold document has it."""
        for scores in self.languages:
            if scores.language == code:
                return scores
        raise KeyError(code)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data, keys in a stable order."""
        return {
            "documents": list(self.documents),
            "missing_documents": list(self.missing_documents),
            "entities": self.entities.to_dict(),
            "mentions": self.mentions.to_dict(),
            "relations": {**self.relations.to_dict(), "roles": self.roles.to_dict()},
            "figures": {**self.figures.to_dict(), "attached": self.attached.to_dict()},
            "languages": {scores.language: scores.to_dict() for scores in self.languages},
            "misses": self.misses.to_dict(),
        }


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _record_dict(record: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, Decimal) or (value is None and f.name == "value"):
            value = _number(value)
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


# --------------------------------------------------------------------------- graph index


def _fold(text: str) -> str:
    """NFKC and case folding, as labels and gold names are compared."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def _local(iri: Node) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1] or text
    return text


@dataclass(frozen=True)
class _Triple:
    subject: Node
    predicate: str
    object: Node
    documents: frozenset[str]
    roles: Mapping[str, tuple[str, ...]]  # document -> roles as written on evidence from it


@dataclass(frozen=True)
class _Figure:
    node: Node
    kind: str
    value: Decimal | None
    documents: frozenset[str]
    about: tuple[Node, ...]
    text: str


class _GraphIndex:
    """What the scorer needs from a graph, read once."""

    def __init__(self, graph: Graph) -> None:
        docs: dict[Node, set[str]] = defaultdict(set)
        for node, ident in graph.subject_objects(DCTERMS.identifier):
            docs[node].add(str(ident))
        self.doc_names: frozenset[str] = frozenset(name for names in docs.values() for name in names)

        def doc_names(node: Node, predicate: URIRef) -> set[str]:
            return {name for doc in graph.objects(node, predicate) for name in docs.get(doc, ())}

        # coarse types, through rdfs:subClassOf* in the graph and the ontology
        parents: dict[Node, set[Node]] = defaultdict(set)
        for sub, sup in [*graph.subject_objects(RDFS.subClassOf), *subclass_pairs()]:
            parents[sub].add(sup)
        scored = {PPP[name]: name for name in SCORED_CLASSES}
        coarse_cache: dict[Node, frozenset[str]] = {}

        def coarse(cls: Node) -> frozenset[str]:
            if cls not in coarse_cache:
                found, seen, todo = set(), {cls}, [cls]
                while todo:
                    current = todo.pop()
                    if current in scored:
                        found.add(scored[current])
                    for parent in parents.get(current, ()):
                        if parent not in seen:
                            seen.add(parent)
                            todo.append(parent)
                coarse_cache[cls] = frozenset(found)
            return coarse_cache[cls]

        types: dict[Node, set[str]] = defaultdict(set)
        for node, cls in graph.subject_objects(RDF.type):
            found = coarse(cls)
            if found:
                types[node] |= found
        #: scored node -> its coarse types, in the contract's order
        self.types: dict[Node, tuple[str, ...]] = {
            node: tuple(name for name in SCORED_CLASSES if name in found) for node, found in types.items()
        }
        self.nodes: tuple[Node, ...] = tuple(sorted(self.types, key=str))

        self.labels: dict[Node, frozenset[str]] = {}
        self.display: dict[Node, str] = {}
        for node in self.nodes:
            labels = [o for o in graph.objects(node, RDFS.label) if isinstance(o, Literal)]
            alts = [o for o in graph.objects(node, SKOS.altLabel) if isinstance(o, Literal)]
            self.labels[node] = frozenset(_fold(str(label)) for label in labels + alts)
            self.display[node] = _display(labels) or _display(alts) or _local(node)

        # mentions
        self.phrases: dict[tuple[str, str], set[Node]] = defaultdict(set)
        self.node_docs: dict[Node, set[str]] = defaultdict(set)
        for phrase, target in graph.subject_objects(ITSRDF.taIdentRef):
            names = doc_names(phrase, NIF.referenceContext)
            anchors = [str(a) for a in graph.objects(phrase, NIF.anchorOf)]
            for name in names:
                self.node_docs[target].add(name)
                for anchor in anchors:
                    self.phrases[(name, anchor)].add(target)

        # evidence of relations
        evidence: dict[tuple[Node, Node, Node], list[tuple[set[str], list[str]]]] = defaultdict(list)
        for ev, subject in graph.subject_objects(RDF.subject):
            for predicate in graph.objects(ev, RDF.predicate):
                for obj in graph.objects(ev, RDF.object):
                    roles = [str(r) for r in graph.objects(ev, PPP.role)]
                    evidence[(subject, predicate, obj)].append((doc_names(ev, PROV.wasDerivedFrom), roles))

        # relation triples between scored nodes, partnersWith without direction
        merged: dict[tuple[Node, str, Node], tuple[set[str], dict[str, set[str]]]] = {}
        for name in RELATIONS:
            predicate = PPP[name]
            for subject, obj in graph.subject_objects(predicate):
                if subject not in self.types or obj not in self.types:
                    continue
                pairs = [(subject, obj)]
                if name == "partnersWith":
                    pairs.append((obj, subject))
                    subject, obj = sorted((subject, obj), key=str)
                documents, roles = merged.setdefault((subject, name, obj), (set(), defaultdict(set)))
                for s, o in pairs:
                    for names, ev_roles in evidence.get((s, predicate, o), ()):
                        documents |= names
                        for doc in names:
                            roles[doc].update(ev_roles)
        self.triples: tuple[_Triple, ...] = tuple(
            _Triple(s, p, o, frozenset(docs_), {d: tuple(sorted(r)) for d, r in sorted(roles.items())})
            for (s, p, o), (docs_, roles) in sorted(
                merged.items(), key=lambda kv: (str(kv[0][0]), kv[0][1], str(kv[0][2]))
            )
        )

        # figures
        kind_ns = str(KIND._NS)
        figures = []
        for node in sorted(set(graph.subjects(RDF.type, PPP.Figure)), key=str):
            kinds = sorted(str(k) for k in graph.objects(node, PPP.kind))
            kind = kinds[0] if kinds else "(no kind)"
            if kind.startswith(kind_ns):
                kind = kind[len(kind_ns):]
            values = [_decimal(v) for v in graph.objects(node, PPP.value)]
            values = [v for v in values if v is not None]
            texts = sorted(str(t) for t in graph.objects(node, NIF.anchorOf))
            figures.append(
                _Figure(
                    node=node,
                    kind=kind,
                    value=min(values) if values else None,
                    documents=frozenset(doc_names(node, PROV.wasDerivedFrom)),
                    about=tuple(sorted(graph.objects(node, PPP.about), key=str)),
                    text=texts[0] if texts else "",
                )
            )
        self.figures: tuple[_Figure, ...] = tuple(figures)

    def label(self, node: Node) -> str:
        return self.display.get(node) or _local(node)


def _display(labels: list[Literal]) -> str:
    """One label to show: English first, then untagged, then any, each sorted."""
    if not labels:
        return ""
    ranked = sorted(labels, key=lambda l: (l.language != "en", l.language is not None, str(l)))
    return str(ranked[0])


def _decimal(value: Node) -> Decimal | None:
    if not isinstance(value, Literal):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


# --------------------------------------------------------------------------- scoring


@dataclass
class _Entity:
    id: str
    type: str
    name: str
    keys: set[str]
    optional: bool


@dataclass
class _Relation:
    subject: str
    predicate: str
    object: str
    accepted: set[str]
    optional: bool
    roles: dict[str, str]  # document -> gold role
    documents: list[str]


@dataclass
class _Result:
    entities: ScoreTable
    mentions: Ratio
    relations: ScoreTable
    roles: Ratio
    figures: ScoreTable
    attached: Ratio
    misses: Misses


_Key = tuple[str, str]  # ("e", gold id) or ("n", node IRI)


def _rel_key(subject: _Key, predicate: str, obj: _Key) -> tuple[_Key, str, _Key]:
    if predicate == "partnersWith" and obj < subject:
        subject, obj = obj, subject
    return (subject, predicate, obj)


def _merge_entities(docs: list[GoldDocument]) -> dict[str, _Entity]:
    merged: dict[str, _Entity] = {}
    for doc in docs:
        for e in doc.entities:
            keys = {_fold(text) for text in (e.name, *e.mentions, *e.aliases)}
            if e.id not in merged:
                merged[e.id] = _Entity(e.id, e.type, e.name, keys, e.optional)
            else:
                entry = merged[e.id]
                entry.keys |= keys
                entry.optional = entry.optional and e.optional
    return merged


def _merge_relations(docs: list[GoldDocument]) -> dict[tuple[_Key, str, _Key], _Relation]:
    merged: dict[tuple[_Key, str, _Key], _Relation] = {}
    for doc in docs:
        for r in doc.relations:
            key = _rel_key(("e", r.subject), r.predicate, ("e", r.object))
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = _Relation(
                    r.subject, r.predicate, r.object, {r.predicate}, r.optional, {}, []
                )
            else:
                entry.optional = entry.optional and r.optional
            entry.accepted.update(r.alternatives)
            if r.role is not None:
                entry.roles[doc.document] = r.role
            if doc.document not in entry.documents:
                entry.documents.append(doc.document)
    return merged


def _max_matching(nodes: list[Node], edges: Mapping[Node, list[str]]) -> dict[Node, str]:
    """A maximum one-to-one matching of nodes to entity ids (Kuhn), deterministic in the input order."""
    owner: dict[str, Node] = {}

    def augment(node: Node, seen: set[str]) -> bool:
        for entity in edges.get(node, ()):
            if entity in seen:
                continue
            seen.add(entity)
            if entity not in owner or augment(owner[entity], seen):
                owner[entity] = node
                return True
        return False

    for node in nodes:
        augment(node, set())
    return {node: entity for entity, node in owner.items()}


def _sorted_rows(counts: Mapping[str, Score], order: Iterable[str]) -> tuple[tuple[str, Score], ...]:
    known = list(order)
    extra = sorted(k for k in counts if k not in known)
    return tuple((k, counts[k]) for k in [*known, *extra] if k in counts and counts[k] != Score())


def _table(counts: Mapping[str, Score], order: Iterable[str], *, keep_all: bool = False) -> ScoreTable:
    order = list(order)
    if keep_all:
        rows = tuple((k, counts.get(k, Score())) for k in order)
    else:
        rows = _sorted_rows(counts, order)
    total = Score()
    for score in counts.values():
        total = total + score
    return ScoreTable(rows=rows, all=total)


def _score(index: _GraphIndex, docs: list[GoldDocument]) -> _Result:
    """Every score over the given gold documents (the corpus or one language's part of it)."""
    corpus = frozenset(doc.document for doc in docs)
    gold_entities = _merge_entities(docs)

    # ---- entities: candidates, assignment, identity
    by_key: dict[str, list[str]] = defaultdict(list)
    for entity in gold_entities.values():
        for key in entity.keys:
            by_key[key].append(entity.id)
    candidates: dict[Node, list[str]] = {}
    for node in index.nodes:
        types = index.types[node]
        ids = {i for label in index.labels[node] for i in by_key.get(label, ()) if gold_entities[i].type in types}
        candidates[node] = sorted(ids)
    in_corpus = [node for node in index.nodes if index.node_docs.get(node, set()) & corpus]
    required_edges = {
        node: [i for i in candidates[node] if not gold_entities[i].optional] for node in in_corpus
    }
    assigned = _max_matching(in_corpus, required_edges)

    identity: dict[Node, str] = {}
    counts: dict[str, list[int]] = {name: [0, 0, 0] for name in SCORED_CLASSES}
    false_entities: list[FalseEntity] = []
    in_corpus_set = set(in_corpus)
    for node in index.nodes:
        cands = candidates[node]
        optional = [i for i in cands if gold_entities[i].optional]
        required = [i for i in cands if not gold_entities[i].optional]
        if node in assigned:
            identity[node] = assigned[node]
            counts[gold_entities[assigned[node]].type][0] += 1
        elif node in in_corpus_set:
            if optional:
                identity[node] = optional[0]  # matches an optional entity: not counted
            elif required:
                identity[node] = required[0]  # split: its entities are taken by other nodes
                counts[gold_entities[required[0]].type][1] += 1
                false_entities.append(
                    FalseEntity(index.label(node), gold_entities[required[0]].type, str(node), required[0])
                )
            else:
                counts[index.types[node][0]][1] += 1
                false_entities.append(FalseEntity(index.label(node), index.types[node][0], str(node), ""))
        elif cands:
            identity[node] = (required or optional)[0]
    found_entities = set(assigned.values())
    missed_entities = []
    for entity in gold_entities.values():
        if not entity.optional and entity.id not in found_entities:
            counts[entity.type][2] += 1
            missed_entities.append(MissedEntity(entity.id, entity.type, entity.name))
    entity_table = _table({k: Score(*v) for k, v in counts.items()}, SCORED_CLASSES, keep_all=True)

    def key_of(node: Node) -> _Key:
        return ("e", identity[node]) if node in identity else ("n", str(node))

    # ---- mentions
    mention_found = mention_total = 0
    missed_mentions = []
    for doc in docs:
        for entity in doc.entities:
            if entity.optional:
                continue
            for text in dict.fromkeys(entity.mentions):
                mention_total += 1
                if any(identity.get(n) == entity.id for n in index.phrases.get((doc.document, text), ())):
                    mention_found += 1
                else:
                    missed_mentions.append(MissedMention(doc.document, text, entity.id))

    # ---- relations
    gold_relations = _merge_relations(docs)
    accepted: dict[tuple[_Key, str, _Key], list[tuple[_Key, str, _Key]]] = defaultdict(list)
    for gkey, rel in gold_relations.items():
        for predicate in sorted(rel.accepted):
            accepted[_rel_key(("e", rel.subject), predicate, ("e", rel.object))].append(gkey)
    graph_keys: dict[tuple[_Key, str, _Key], list[_Triple]] = defaultdict(list)
    for triple in index.triples:
        if triple.documents & corpus:
            graph_keys[_rel_key(key_of(triple.subject), triple.predicate, key_of(triple.object))].append(triple)
    found_by: dict[tuple[_Key, str, _Key], list[_Triple]] = defaultdict(list)
    rel_counts: dict[str, Score] = defaultdict(Score)
    false_relations = []
    for key in sorted(graph_keys):
        triples = graph_keys[key]
        if key in accepted:
            for gkey in accepted[key]:
                found_by[gkey].extend(triples)
        else:
            rel_counts[key[1]] += Score(fp=1)
            t = triples[0]
            false_relations.append(
                FalseRelation(
                    index.label(t.subject),
                    t.predicate,
                    index.label(t.object),
                    str(t.subject),
                    str(t.object),
                    tuple(sorted({d for tr in triples for d in tr.documents} & corpus)),
                )
            )
    missed_relations = []
    role_found = role_total = 0
    wrong_roles = []
    for gkey, rel in gold_relations.items():
        if rel.optional:
            continue
        if gkey not in found_by:
            rel_counts[rel.predicate] += Score(fn=1)
            missed_relations.append(
                MissedRelation(rel.subject, rel.predicate, rel.object, tuple(sorted(rel.documents)))
            )
            continue
        rel_counts[rel.predicate] += Score(tp=1)
        if rel.roles:
            role_total += 1
            on_evidence = {
                doc: [role for t in found_by[gkey] if t.predicate == "worksFor" for role in t.roles.get(doc, ())]
                for doc in rel.roles
            }
            if any(_fold(rel.roles[doc]) in {_fold(r) for r in on_evidence[doc]} for doc in rel.roles):
                role_found += 1
            else:
                wrong_roles.append(
                    WrongRole(
                        rel.subject,
                        rel.object,
                        tuple(f"{doc}: {role}" for doc, role in sorted(rel.roles.items())),
                        tuple(sorted({f"{doc}: {r}" for doc, roles in on_evidence.items() for r in roles})),
                    )
                )
    relation_table = _table(rel_counts, RELATIONS)

    # ---- figures
    fig_counts: dict[str, Score] = defaultdict(Score)
    attached_found = attached_total = 0
    missed_figures, false_figures, unattached = [], [], []
    for doc in sorted(docs, key=lambda d: d.document):
        graph_figures = [f for f in index.figures if doc.document in f.documents]
        used: set[Node] = set()
        order = sorted(range(len(doc.figures)), key=lambda i: (doc.figures[i].optional, i))
        for i in order:
            gold = doc.figures[i]
            best: tuple[Decimal, str, _Figure] | None = None
            for fig in graph_figures:
                if fig.node in used or fig.kind != gold.kind or fig.value is None:
                    continue
                if not _close(fig.value, gold.value):
                    continue
                rank = (abs(fig.value - gold.value), str(fig.node), fig)
                if best is None or rank[:2] < best[:2]:
                    best = rank
            if best is not None:
                used.add(best[2].node)
            if gold.optional:
                continue
            if best is None:
                fig_counts[gold.kind] += Score(fn=1)
                missed_figures.append(
                    MissedFigure(doc.document, gold.kind, gold.value, gold.text or "", gold.subject or "")
                )
                continue
            fig_counts[gold.kind] += Score(tp=1)
            if gold.subject is not None:
                attached_total += 1
                if any(identity.get(node) == gold.subject for node in best[2].about):
                    attached_found += 1
                else:
                    unattached.append(
                        UnattachedFigure(
                            doc.document,
                            gold.kind,
                            gold.value,
                            gold.subject,
                            tuple(index.label(node) for node in best[2].about),
                        )
                    )
        for fig in graph_figures:
            if fig.node not in used:
                fig_counts[fig.kind] += Score(fp=1)
                false_figures.append(FalseFigure(doc.document, fig.kind, fig.value, fig.text, str(fig.node)))
    figure_table = _table(fig_counts, KINDS)

    return _Result(
        entities=entity_table,
        mentions=Ratio(mention_found, mention_total),
        relations=relation_table,
        roles=Ratio(role_found, role_total),
        figures=figure_table,
        attached=Ratio(attached_found, attached_total),
        misses=Misses(
            entities=tuple(sorted(missed_entities)),
            mentions=tuple(sorted(missed_mentions)),
            relations=tuple(sorted(missed_relations)),
            figures=tuple(sorted(missed_figures)),
            roles=tuple(sorted(wrong_roles)),
            unattached=tuple(sorted(unattached)),
            false_entities=tuple(sorted(false_entities)),
            false_relations=tuple(sorted(false_relations)),
            false_figures=tuple(sorted(false_figures, key=_false_figure_order)),
        ),
    )


def _false_figure_order(fig: FalseFigure) -> tuple:
    return (fig.document, fig.kind, fig.value is None, fig.value or Decimal(0), fig.text, fig.figure)


def _close(value: Decimal, gold: Decimal) -> bool:
    if gold == 0:
        return value == 0
    return abs(value - gold) <= abs(gold) * FIGURE_TOLERANCE


def evaluate(graph: Graph, gold: list[GoldDocument]) -> Report:
    """Score a graph against gold documents.

    Only the documents that have gold are scored: a node counts as an entity
    only if it has a mention in one of them, a relation triple only if one of
    its evidence nodes derives from one of them, a figure only if it derives
    from one of them. The rules are in this module's docstring.

    Args:
        graph: a graph following ``output-contract.md``.
        gold: gold documents, as :func:`load_gold` returns them.

    Returns:
        The scores, per type, predicate, kind and language, and the misses.

    Raises:
        GoldError: two gold documents annotate the same article, or one id has
            two types.
        OntologyError: ``ontology/ppp.ttl`` is missing or cannot be parsed.
    """
    docs = sorted(gold, key=lambda d: d.document)
    _check_corpus(docs)
    index = _GraphIndex(graph)
    result = _score(index, docs)
    languages = []
    for language in sorted({doc.language for doc in docs}):
        part = [doc for doc in docs if doc.language == language]
        scores = _score(index, part)
        languages.append(
            LanguageScores(
                language=language,
                documents=tuple(doc.document for doc in part),
                entities=scores.entities.all,
                mentions=scores.mentions,
                relations=scores.relations.all,
                figures=scores.figures.all,
            )
        )
    names = tuple(doc.document for doc in docs)
    return Report(
        documents=names,
        missing_documents=tuple(name for name in names if name not in index.doc_names),
        entities=result.entities,
        mentions=result.mentions,
        relations=result.relations,
        roles=result.roles,
        figures=result.figures,
        attached=result.attached,
        languages=tuple(languages),
        misses=result.misses,
    )


# --------------------------------------------------------------------------- text


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _fmt_ratio(ratio: Ratio) -> str:
    return f"{ratio.found}/{ratio.total} = {_fmt(ratio.value)}"


def _render(header: list[str], rows: list[list[str]]) -> list[str]:
    """Columns separated by two spaces; the first left-aligned, the others right-aligned."""
    from ..columns import render

    return render(header, rows, right=[False] + [True] * (len(header) - 1))


def _score_lines(title: str, first: str, table: ScoreTable) -> list[str]:
    def cells(name: str, s: Score) -> list[str]:
        return [name, str(s.tp), str(s.fp), str(s.fn), _fmt(s.precision), _fmt(s.recall), _fmt(s.f1)]

    rows = [cells(name, score) for name, score in table.rows] + [cells("ALL", table.all)]
    return [title, *_render([first, "tp", "fp", "fn", "P", "R", "F1"], rows)]


def _miss_lines(misses: Misses) -> list[str]:
    def value(v: Decimal | None) -> str:
        return "?" if v is None else format(v.normalize(), "f")

    sections: list[tuple[str, list[str]]] = [
        ("Missed entities", [f"{m.id}  {m.type}  {m.name}" for m in misses.entities]),
        ("Missed mentions", [f"{m.document}  {m.text!r} -> {m.entity}" for m in misses.mentions]),
        (
            "Missed relations",
            [f"{m.subject} {m.predicate} {m.object}  [{', '.join(m.documents)}]" for m in misses.relations],
        ),
        (
            "Missed figures",
            [
                f"{m.document}  {m.kind} {value(m.value)}  {m.text!r}" + (f" about {m.subject}" if m.subject else "")
                for m in misses.figures
            ],
        ),
        (
            "Wrong roles",
            [
                f"{m.subject} worksFor {m.object}: expected {'; '.join(m.expected)};"
                f" found {'; '.join(m.found) or 'none'}"
                for m in misses.roles
            ],
        ),
        (
            "Unattached figures",
            [
                f"{m.document}  {m.kind} {value(m.value)}: about {', '.join(m.about) or 'nothing'}, not {m.subject}"
                for m in misses.unattached
            ],
        ),
        (
            "False entities",
            [
                f"{m.label!r}  {m.type}  <{m.node}>" + (f"  (split of {m.split_of})" if m.split_of else "")
                for m in misses.false_entities
            ],
        ),
        (
            "False relations",
            [
                f"{m.subject_label!r} {m.predicate} {m.object_label!r}  <{m.subject}> <{m.object}>"
                for m in misses.false_relations
            ],
        ),
        (
            "False figures",
            [f"{m.document}  {m.kind} {value(m.value)}  {m.text!r}  <{m.figure}>" for m in misses.false_figures],
        ),
    ]
    lines: list[str] = []
    for title, items in sections:
        if items:
            lines += ["", f"{title} ({len(items)})", *(f"  {item}" for item in items)]
    return lines or ["", "No misses."]


def format_report(report: Report, *, misses: bool = True) -> str:
    """The report as plain-text tables.

    Args:
        report: what :func:`evaluate` returned.
        misses: also list what was missed and the false positives.

    Returns:
        Text ending with a newline; undefined scores are shown as ``-``.
    """
    lines = [f"Documents with gold: {len(report.documents)}"]
    if report.missing_documents:
        lines.append(f"Not in the graph: {', '.join(report.missing_documents)}")
    lines += ["", *_score_lines("Entities", "type", report.entities)]
    lines += ["", f"Mentions: recall {_fmt_ratio(report.mentions)}"]
    lines += ["", *_score_lines("Relations", "predicate", report.relations)]
    lines.append(f"roles: {_fmt_ratio(report.roles)} (found worksFor with the gold role)")
    lines += ["", *_score_lines("Figures", "kind", report.figures)]
    lines.append(f"attached: {_fmt_ratio(report.attached)} (found figures about their gold subject)")
    rows = [
        [
            scores.language,
            str(len(scores.documents)),
            _fmt(scores.entities.f1),
            _fmt(scores.mentions.value),
            _fmt(scores.relations.f1),
            _fmt(scores.figures.f1),
        ]
        for scores in report.languages
    ]
    header = ["language", "docs", "entities F1", "mentions R", "relations F1", "figures F1"]
    lines += ["", "Languages", *_render(header, rows)]
    if misses:
        lines += _miss_lines(report.misses)
    return "\n".join(lines) + "\n"

"""The report of an evaluation: scores, ratios, what was missed and what was wrong, per language."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


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

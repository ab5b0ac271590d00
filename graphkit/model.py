"""The data model: plain frozen dataclasses, no rdflib.

A :class:`Document` owns its text. Everything found in it (mentions,
relations, figures) points into that text by character offsets, counted in
Unicode code points of the text as read, so ``doc.text[m.start:m.end] == m.text``.

Stages take a ``Document`` and return a new one (``doc.with_(mentions=…)``);
resolution turns the mentions of many documents into :class:`Entity` objects.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter


def _pickled_as_fields(cls):
    """Pickle a frozen dataclass with slots as its class and the tuple of its fields' values.

    What dataclasses give such a class (``__getstate__``/``__setstate__`` that call ``fields()`` for each
    object) takes three times as long: an extracted article holds hundreds of mentions, relations and
    figures, pickled in a worker, read in the main process, spooled and read again.
    """
    values = attrgetter(*(f.name for f in dataclasses.fields(cls)))

    def __reduce__(self):
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


@_pickled_as_fields
@dataclass(frozen=True, slots=True)
class Span:
    """A stretch ``[start, end)`` of a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"span = ({self.start}, {self.end}) is invalid; need 0 <= start <= end")


@_pickled_as_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """A surface form in a document that names an entity.

    Attributes:
        start, end: offsets into the document's text.
        text: the exact surface form, ``doc.text[start:end]``.
        key: the entity key it refers to (a registry id, or a key made by discovery).
        type: the class local name in ``ppp:`` (``LawEnforcementAgency``, ``Person`` …).
        label: the canonical name of the entity, where the stage knows one.
        confidence: how sure the stage is, 0..1.
        method: which stage or rule produced it (``gazetteer``, ``cldr`` …).
    """

    start: int
    end: int
    text: str
    key: str
    type: str
    label: str = ""
    confidence: float = 1.0
    method: str = ""


#: How an operation's label begins before its own name ("Operation Serengeti"): discovery labels the operations
#: it finds so, and resolution takes the rest as one of the operation's names.
OPERATION_LABEL = "Operation "


def most_mentioned(mentions) -> Mention | None:
    """The first mention of the entity mentioned most often (ties: the one mentioned first)."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        counts[m.key] = counts.get(m.key, 0) + 1
        if m.key not in first or m.start < first[m.key].start:
            first[m.key] = m
    if not counts:
        return None
    return first[min(counts, key=lambda k: (-counts[k], first[k].start))]


@_pickled_as_fields
@dataclass(frozen=True, slots=True)
class Evidence:
    """Why the graph says a relation: the sentence it was read from."""

    doc_id: str
    start: int
    end: int
    text: str
    confidence: float
    method: str = ""
    role: str | None = None
    date: str | None = None


@_pickled_as_fields
@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link ``subject --predicate--> object`` between two entity keys."""

    subject: str
    predicate: str
    object: str
    evidence: Evidence


@_pickled_as_fields
@dataclass(frozen=True, slots=True)
class Figure:
    """A quantitative outcome: ``value`` in base units, of a ``kind``."""

    kind: str
    value: Decimal
    doc_id: str
    start: int
    end: int
    text: str
    unit: str | None = None
    about: str | None = None
    confidence: float = 0.5
    method: str = ""
    date: str | None = None


@_pickled_as_fields
@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period the text states, as an ISO 8601 value with its precision.

    Attributes:
        start, end: offsets into the document's text.
        text: the exact text, ``doc.text[start:end]`` ("13 noiembrie 2025", "2024-2025").
        value: the date, or a period's start: ``"2023"``, ``"2025-02"``, ``"2025-11-13"``;
            without a year the text gave none and no context did: ``"--01-09"``, ``"--04"``.
        end_value: a period's end, in the same form (None for a single date).
        about: the key of the operation this is clearly the date of, where one is.
        method: which rule found it (``dates:iso``, ``dates:cue`` …).
    """

    start: int
    end: int
    text: str
    value: str
    end_value: str | None = None
    about: str | None = None
    method: str = ""

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"`` or ``"day"``, read from the value's form."""
        parts = self.value.lstrip("-").split("-")
        if self.value.startswith("--"):
            return "day" if len(parts) == 2 else "month"
        return ("year", "month", "day")[len(parts) - 1]

    @property
    def has_year(self) -> bool:
        """Whether the value has a year (``"--01-09"`` has none)."""
        return not self.value.startswith("--")


@dataclass(frozen=True)
class Document:
    """One input article and what the stages found in it.

    Attributes:
        id: the input file's base name (``001_e8e737de296aae96.txt``).
        text: the decoded text, unchanged.
        language: ISO 639-1 code.
        sentences: sentence spans, in order, covering the text's non-blank parts.
        published: the publication date the article states at its top (ISO 8601), if any.
        dates: the dates and periods its text states.
    """

    id: str
    text: str
    language: str
    sentences: tuple[Span, ...] = ()
    path: str | None = None
    content_hash: str = ""
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    figures: tuple[Figure, ...] = ()
    published: str | None = None
    dates: tuple[DateMention, ...] = ()

    def with_(self, **changes) -> Document:
        """A copy of this document with some fields replaced."""
        return dataclasses.replace(self, **changes)

    def sentence_of(self, offset: int) -> Span:
        """The sentence that holds ``offset`` (or the whole text if none does)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return Span(0, len(self.text))


@dataclass(frozen=True)
class Entity:
    """One real-world thing, whatever the language or script of its mentions.

    Attributes:
        key: stable identifier; the IRI is made from it.
        type: the most specific class local name in ``ppp:``.
        label: one canonical name (English where one is known).
        alt_labels: every other name, as ``(text, language)`` pairs.
        notes: why resolution did what it did (a merge across scripts, with its similarity).
    """

    key: str
    type: str
    label: str
    alt_labels: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    notes: tuple[str, ...] = ()

"""Errors graphkit raises, each with a code and a hint that says what to do.

The tree::

    GraphkitError                 base; ``code`` like "E101", ``hint`` for the user
    ├── InputError                an input file or folder cannot be read or decoded
    ├── OntologyError             an ontology, shapes, registry or language file is missing or broken
    ├── GraphFileError            a graph file (Turtle, JSON-LD …) cannot be parsed
    ├── QueryError                a SPARQL query is malformed or a named query is unknown
    ├── ValidationError           a graph does not conform to the SHACL shapes (carries the report)
    ├── GoldError                 a gold annotation file does not follow the gold format
    └── MissingDependencyError    an optional dependency is not installed

The CLI prints ``error: [CODE] message`` and the hint, and exits with the
class's ``exit_code``; library code never prints or exits.
"""

from __future__ import annotations


class GraphkitError(Exception):
    """Base class of every error graphkit raises on purpose."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(GraphkitError):
    """An input file or folder cannot be read, decoded or found."""

    code = "E100"
    exit_code = 2


class OntologyError(GraphkitError):
    """A file of ontology/ or of the language resources is missing or broken."""

    code = "E200"
    exit_code = 3


class GraphFileError(GraphkitError):
    """A graph file given to query, view, validate or evaluate cannot be parsed."""

    code = "E300"
    exit_code = 2


class QueryError(GraphkitError):
    """A SPARQL query is malformed, or a named query does not exist."""

    code = "E400"
    exit_code = 2


class ValidationError(GraphkitError):
    """A graph does not conform to the SHACL shapes."""

    code = "E500"
    exit_code = 1

    def __init__(self, message: str, *, report: str = "", hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.report = report


class GoldError(GraphkitError):
    """A gold annotation file does not follow ``gold-format.md``."""

    code = "E600"
    exit_code = 2


class MissingDependencyError(GraphkitError):
    """An optional dependency is not installed."""

    code = "E700"
    exit_code = 3

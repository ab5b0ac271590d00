"""Errors graphkit raises, each with a code and a hint that says what to do.

The tree::

    GraphkitError                 base; ``code`` like "E101", ``hint`` for the user
    ├── InputError                an input file or folder cannot be read or decoded
    │   └── CurationError         (curate.py) a curation file or decision is malformed, or a name is ambiguous
    ├── OntologyError             an ontology, shapes, registry or language file is missing or broken
    ├── GraphFileError            a graph file (Turtle, JSON-LD …) cannot be parsed
    ├── QueryError                a SPARQL query is malformed or a named query is unknown
    ├── ValidationError           a graph does not conform to the SHACL shapes (carries the report)
    ├── GoldError                 a gold annotation file does not follow the gold format
    ├── MissingDependencyError    an optional dependency is not installed
    │   (beside the code that raises them:)
    ├── EndpointError             push.py, E800: a SPARQL server cannot be reached or answers an error
    │   └── PushError             a graph could not be pushed (names those pushed and not)
    ├── StoreError                kb.py, E900: a knowledge-base folder is not one, or cannot be written
    ├── ClusterError              cluster.py, E1000: a Dask scheduler cannot be reached or is lost, a worker
    │                             cannot run graphkit's tasks
    └── ServeError                (serve.py) graphkit serve cannot listen: its port is in use

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


def syntax_location(message: str) -> tuple[int | None, int | None, str]:
    """``(line, column, what is wrong)`` from a pyoxigraph parser error; line and column are None if not given.

    >>> syntax_location("Parser error at line 931 column 23: Unexpected end (g.ttl, line 931)")
    (931, 23, 'Unexpected end')
    """
    import re

    text = " ".join(str(message).split())
    m = re.match(
        r"Parser error (?:at line (\d+) (?:column (\d+)|between columns (\d+) and \d+)"
        r"|between line (\d+) column (\d+) and line \d+ column \d+): (.*?)(?: \((?:[^()]*, )?line \d+\))?$",
        text,
    )
    if not m:
        return None, None, text.removeprefix("syntax error: ")
    line = m.group(1) or m.group(4)
    column = m.group(2) or m.group(3) or m.group(5)
    return int(line), int(column), m.group(6)


def one_line(text: str, limit: int = 300) -> str:
    """``text`` (a message from a library, which may span lines) on one line, cut to ``limit`` characters.

    >>> one_line("error at 1:5:\\n  expected  one of")
    'error at 1:5: expected one of'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

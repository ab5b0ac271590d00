"""What a SPARQL text is, read from its tokens rather than with regular expressions over its text.

A ``#`` starts a comment only outside IRIs and strings (``PREFIX ex:
<http://ex.org/a#>`` holds none), and a keyword is a bare word: not part of an
IRI, a string, a prefixed name (``ex:load``), a variable (``?service``) or a
language tag (``"x"@load``). The tokens are SPARQL 1.1's, enough to tell what
each word is; the query itself is parsed by pyoxigraph.

What graphkit refuses or reports of a SPARQL text is said here too, for the
store and the knowledge base alike: :func:`refuse_network` (SERVICE, LOAD) and
:func:`syntax_message` (pyoxigraph's syntax error, with the line and a caret).

Example:
    >>> is_update("PREFIX ex: <http://ex.org/a#> INSERT DATA { ex:a ex:b ex:c }")
    True
    >>> [k.word for k in network_keywords("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }")]
    ['SERVICE']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import QueryError, one_line

#: The first keyword of each SPARQL 1.1 update operation.
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})

#: Keywords whose evaluation reaches other hosts: SERVICE (a federated query) and LOAD (an update that fetches a graph).
NETWORK_KEYWORDS = frozenset({"SERVICE", "LOAD"})

_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)
               |\"\"\"(?:[^"\\]|\\.|"(?!""))*(?:\"\"\"|$)
               |'(?:[^'\\\n\r]|\\.)*'?
               |"(?:[^"\\\n\r]|\\.)*"?)
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<variable>[?$]\w+)
    | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<name>(?:[^\W\d][\w.-]*)?:(?:[\w.:%-]|\\.)*|_:[\w.-]*)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Keyword:
    """A bare word of a SPARQL text, upper-cased, with where it stands (line from 1, column from 1)."""

    word: str
    line: int
    column: int


def tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """``(kind, token, offset)`` for each token of a SPARQL text, comments and spaces left out.

    Kinds: ``string``, ``iri``, ``variable``, ``langtag``, ``name`` (a prefixed name or
    a blank node label), ``word`` (a keyword, ``a``, ``true`` …) and ``other``
    (punctuation, numbers, operators, one character at a time).
    """
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind not in ("space", "comment"):
            yield kind, m.group(), m.start()


def keywords(text: str) -> Iterator[Keyword]:
    """The bare words of a SPARQL text, in order."""
    for kind, token, offset in tokens(text):
        if kind == "word":
            line = text.count("\n", 0, offset) + 1
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            yield Keyword(token.upper(), line, column)


def is_update(text: str) -> bool:
    """Whether a SPARQL text is an update: its first keyword after the prologue (PREFIX and BASE) is an update's."""
    significant = [(kind, token) for kind, token, _ in tokens(text)]
    i = 0
    while i < len(significant):
        kind, token = significant[i]
        if kind == "word" and token.upper() == "PREFIX":
            i += 3  # PREFIX, the prefix, its IRI
        elif kind == "word" and token.upper() == "BASE":
            i += 2
        else:
            return kind == "word" and token.upper() in UPDATE_KEYWORDS
    return False


def network_keywords(text: str) -> list[Keyword]:
    """The SERVICE and LOAD keywords of a SPARQL text: what would make it reach other hosts."""
    return [k for k in keywords(text) if k.word in NETWORK_KEYWORDS]


_FORMS = frozenset({"SELECT", "CONSTRUCT", "ASK", "DESCRIBE"})


def with_values(text: str, bindings: dict[str, str]) -> str:
    """A query with variables bound by a VALUES block at the start of its pattern (the outer WHERE's group).

    ``bindings`` maps a variable's name to a term in SPARQL syntax (``<iri>``,
    ``"text"@en``). Joined at the start of the pattern, the values bind the
    variables before any grouping, as a store's substitutions do (a VALUES
    clause after the query would be joined after GROUP BY). A query without a
    pattern of its own (``DESCRIBE <iri>``, ``CONSTRUCT WHERE { … }``, whose
    pattern is its template) gets the block at its end.

    Example:
        >>> with_values("SELECT ?p WHERE { ?org ?p ?o }", {"org": "<http://ex.org/a>"})
        'SELECT ?p WHERE { VALUES (?org) { (<http://ex.org/a>) } ?org ?p ?o }'
    """
    if not bindings:
        return text
    names = " ".join(f"?{name}" for name in bindings)
    block = f"VALUES ({names}) {{ ({' '.join(bindings.values())}) }}"
    found = list(tokens(text))
    form = next((i for i, (kind, token, _) in enumerate(found) if kind == "word" and token.upper() in _FORMS), None)
    brace = None
    short_construct = (form is not None and found[form][1].upper() == "CONSTRUCT" and form + 1 < len(found)
                       and found[form + 1][1].upper() == "WHERE")
    if form is not None and not short_construct:
        i = form + 1
        if found[form][1].upper() == "CONSTRUCT" and i < len(found) and found[i][1] == "{":
            depth = 0  # the template: the pattern is the group after it
            for i in range(form + 1, len(found)):
                depth += {"{": 1, "}": -1}.get(found[i][1], 0) if found[i][0] == "other" else 0
                if depth == 0:
                    i += 1
                    break
        brace = next((j for j in range(i, len(found)) if found[j][0] == "other" and found[j][1] == "{"), None)
    if brace is None:
        return f"{text}\n{block}\n"
    at = found[brace][2] + 1
    return f"{text[:at]} {block}{text[at:]}"
def refuse_network(sparql: str) -> None:
    """Raise :class:`QueryError` if a SPARQL text holds SERVICE or LOAD, which reach other hosts."""
    found = network_keywords(sparql)
    if not found:
        return
    first = found[0]
    if first.word == "SERVICE":
        what, instead = "would send part of the query to another host", "query a file of the other graph"
    else:
        what, instead = "would fetch a graph from another host", "build the other graph into the knowledge base"
    raise QueryError(f"{first.word} at line {first.line}, column {first.column} {what}: "
                     "graphkit does not use the network",
                     hint=f"{instead}, or add --allow-network to let SERVICE and LOAD reach other hosts")


def syntax_message(sparql: str, error: str) -> str:
    """``line L, column C: what`` and the line with a caret, from pyoxigraph's syntax error on ``sparql``."""
    where = re.match(r"error at (\d+):(\d+): (.*)", error, re.S)
    if not where:
        return one_line(error)
    line, column, detail = where.groups()
    detail = " ".join(detail.split())
    if len(detail) > 160:
        detail = detail[:157] + "…"
    message = f"line {line}, column {column}: {detail}"
    lines = sparql.splitlines()
    if 0 < int(line) <= len(lines):
        # the parser reports the furthest point it reached; the caret stays on the line
        source = lines[int(line) - 1]
        caret = min(int(column) - 1, len(source))
        message += f"\n  {source}\n  {' ' * caret}^"
    return message

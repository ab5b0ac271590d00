"""Where graphkit finds its ontology and language resources.

In a source checkout they are ``ontology/`` beside the package and
``graphkit/data/``; in an installed wheel ``ontology/`` is shipped inside the
package. ``GRAPHKIT_ONTOLOGY`` points to another ontology folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from .errors import OntologyError, syntax_location

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"

#: What :func:`clear_caches` calls: each module that keeps what it read of the ontology folder adds its own.
_FORGETTERS: list[Callable[[], None]] = []


@lru_cache(maxsize=None)
def ontology_dir() -> Path:
    """The folder holding ppp.ttl, kinds.ttl, shapes.ttl, registry.ttl and queries/."""
    override = os.environ.get("GRAPHKIT_ONTOLOGY")
    if override:
        path = Path(override)
        if not path.is_dir():
            raise OntologyError(f"GRAPHKIT_ONTOLOGY={override}: no such folder",
                                hint="point GRAPHKIT_ONTOLOGY at a copy of graphkit's ontology/ folder, or unset it")
        if not (path / "ppp.ttl").is_file():
            raise OntologyError(f"ontology file {path / 'ppp.ttl'} is missing (GRAPHKIT_ONTOLOGY={override})",
                                hint="restore the file, or unset GRAPHKIT_ONTOLOGY to use graphkit's own ontology")
        return path
    candidates = [PACKAGE_DIR / "ontology", PACKAGE_DIR.parent / "ontology"]
    for path in candidates:
        if (path / "ppp.ttl").is_file():
            return path
    raise OntologyError(
        f"no ontology folder found: {' or '.join(str(p / 'ppp.ttl') for p in candidates)} is missing",
        hint="reinstall graphkit, or set GRAPHKIT_ONTOLOGY to a folder holding ppp.ttl",
    )


def ontology_file(name: str) -> Path:
    """A file of the ontology folder, which must exist."""
    path = ontology_dir() / name
    if not path.is_file():
        raise OntologyError(f"ontology file {path} is missing", hint="reinstall graphkit or restore the file")
    return path


def parse_turtle(path: str | Path, *, what: str = "ontology file"):
    """Parse one of graphkit's own Turtle files into an rdflib graph, or raise :class:`OntologyError`.

    The message names the file and, when the syntax is wrong, the line and
    column (found by pyoxigraph, whose errors say where); a file that parses
    to nothing (emptied, or cut before its first statement) is an error too,
    since every ontology file states something.
    """
    from rdflib import Graph

    path = Path(path)
    hint = "restore the file from the graphkit sources (or reinstall graphkit)"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise OntologyError(f"{what} {path} is missing", hint=hint) from None
    except OSError as exc:
        raise OntologyError(f"{what} {path} cannot be read ({exc.strerror})", hint=hint) from None
    reason = _turtle_syntax(data)
    graph = Graph()
    if reason is None:
        try:
            graph.parse(data=data, format="turtle")
        except Exception as exc:  # noqa: BLE001 - rdflib's parser raises many exception types
            reason = " ".join(str(exc).split())[:200] or type(exc).__name__
    if reason is not None:
        raise OntologyError(f"{what} {path} cannot be parsed: {reason}", hint=hint)
    if len(graph) == 0:
        raise OntologyError(f"{what} {path} holds no statements (emptied or cut short?)", hint=hint)
    return graph


def _turtle_syntax(data: bytes) -> str | None:
    """Where and why Turtle bytes do not parse (``line 54, column 3: unexpected end``), or None."""
    import pyoxigraph as ox

    try:
        for _ in ox.parse(data, format=ox.RdfFormat.TURTLE):
            pass
    except SyntaxError as exc:
        line, column, detail = syntax_location(str(exc))
        where = f"line {line}, column {column}: " if line is not None else ""
        return f"{where}{detail}"[:200]
    except (ValueError, OSError) as exc:
        return " ".join(str(exc).split())[:200]
    return None


def forgotten_by_clear_caches(func):
    """Decorator: :func:`clear_caches` forgets ``func``'s results (a function cached with ``lru_cache``) or calls it.

    A module that keeps what it read of the ontology folder marks its cached
    readers (``@forgotten_by_clear_caches`` above ``@lru_cache``) or its own
    clear function, so that this module, which every reader imports, imports
    none of them.
    """
    _FORGETTERS.append(getattr(func, "cache_clear", func))
    return func


def clear_caches() -> None:
    """Forget everything read from the ontology folder (after changing ``GRAPHKIT_ONTOLOGY`` or its files)."""
    ontology_dir.cache_clear()
    for forget in _FORGETTERS:
        forget()

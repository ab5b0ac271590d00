"""graphkit: knowledge graphs of public–private partnerships against cybercrime.

Reads news articles in any language and builds an RDF graph of the
organizations, people, operations and places they name, the relations between
them and the figures they report, each traceable to its sentence.

One API for graphs: :func:`query`, :func:`validate`, :func:`view` and
:func:`analyze` take what :func:`build` returns, an rdflib graph, a graph file,
a knowledge-base folder or ``-`` (a graph on standard input).

Example:
    >>> import graphkit
    >>> result = graphkit.build(["examples/corpus"])          # doctest: +SKIP
    >>> graphkit.validate(result).conforms                    # doctest: +SKIP
    True
    >>> rows = graphkit.query(result, "partners")             # doctest: +SKIP

Heavy modules (rdflib, language models) load on first use, not on import.
``graphkit.validate``, ``graphkit.view`` and ``graphkit.analyze`` are modules
that can be called as their main function, so that they stay callable once
Python has imported them as submodules.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"
__all__ = ["__version__", "analyze", "build", "build_documents", "build_to", "query", "validate", "view"]

#: Modules of the API that are called as their main function (see :mod:`graphkit.callable`).
_CALLABLE = ("validate", "view", "analyze")


def __getattr__(name: str):
    if name in ("build", "build_documents", "build_to"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "query":
        from .store import query

        return query
    if name in _CALLABLE:
        return importlib.import_module(f".{name}", __name__)  # binds it here too
    raise AttributeError(f"module 'graphkit' has no attribute {name!r}")

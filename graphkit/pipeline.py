"""The whole path: files → documents → mentions, figures, relations → entities → RDF.

Data flows one way. Each stage is a function ``Document → Document``;
resolution works on all documents at once; :func:`graphkit.rdf.to_graph`
turns the result into the graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .errors import InputError
from .extract import dates, discovery, figures, gazetteer, relations
from .extract.registry import load_registry
from .ingest import Skipped, collect, read_document
from .model import Document, Entity
from .rdf import to_graph
from .resolve import apply_merges, merge_keys, resolve

#: The extraction stages, in order.
STAGES: tuple[Callable[[Document], Document], ...] = (gazetteer.annotate, discovery.annotate, figures.annotate, relations.annotate,
                                                      dates.annotate)


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, and what it passed over."""

    graph: Graph
    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    skipped: tuple[Skipped, ...] = field(default=())


def extract(doc: Document) -> Document:
    """Run every extraction stage on one document."""
    for stage in STAGES:
        doc = stage(doc)
    return doc


def build_documents(documents: Sequence[Document]) -> BuildResult:
    """The graph of already-read documents."""
    load_registry()  # fail early, with a clear error, if the registry is broken
    done = tuple(sorted((extract(d) for d in documents), key=lambda d: d.id))
    ids = [d.id for d in done]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise InputError(f"two inputs share the file name {dupes[0]!r}", hint="document identifiers are file names; rename one")
    merged = merge_keys(done)
    done = tuple(apply_merges(done, merged))
    notes: dict[str, list[str]] = {}
    for kept, reason in merged.values():
        notes.setdefault(kept, []).append(reason)
    entities = tuple(resolve(done, notes=notes))
    return BuildResult(to_graph(done, entities), done, entities)


def build(
    paths: Iterable[str | Path],
    *,
    language: str | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
) -> BuildResult:
    """Build the graph of articles given as files or folders.

    Unreadable files are skipped (reported to ``on_skip`` and kept in
    ``result.skipped``); the others are built.

    Args:
        paths: files and folders (folders are read recursively for .txt and .md).
        language: an ISO 639-1 code to use instead of identifying each text's language.
        on_skip: called for each input passed over.

    Example:
        >>> result = graphkit.build(["examples/corpus"])    # doctest: +SKIP
        >>> len(result.graph) > 0
        True
    """
    files, skipped = collect(paths)
    skipped = list(skipped)
    for s in skipped:
        if on_skip:
            on_skip(s)
    documents = []
    for path in files:
        try:
            documents.append(read_document(path, language=language))
        except InputError as exc:
            if language is not None and "language =" in exc.message:
                raise
            s = Skipped(str(path), exc.message.split(": ", 1)[-1])
            skipped.append(s)
            if on_skip:
                on_skip(s)
    if not documents:
        raise InputError("no article to build: every input was skipped or none was given",
                         hint="give .txt or .md files, or folders holding them")
    result = build_documents(documents)
    return BuildResult(result.graph, result.documents, result.entities, tuple(skipped))

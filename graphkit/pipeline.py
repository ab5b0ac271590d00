"""The whole path: files → documents → mentions, figures, relations → entities → RDF.

Data flows one way::

    collect        files and folders → article files
    read_document  a file → a Document (text, language, sentences)
    extract        the STAGES, each Document → Document, in ``jobs`` processes or on
                   the workers of a Dask cluster (:mod:`graphkit.cluster`)
    Tally          what resolution needs of each document (resolve.py)
    merge, resolve keys merged across scripts, one Entity per key
    statements     documents and entities → RDF statements (rdf.py)
    curation       an analyst's decisions replayed on the graph (curate.py), if given
    output         an rdflib Graph (:func:`build`), or sorted triples written
                   as a stream (:func:`build_to`, what ``graphkit build`` uses)

:func:`build` holds the corpus and its graph in memory, for the Python API
and small corpora. :func:`build_to` holds only the tally: each extracted
document is written to a temporary file as it comes, and once the entities
are resolved, read back one at a time, its statements sorted on disk by
:class:`graphkit.rdf.SortedTriples` and written out, so memory stays bounded
whatever the size of the corpus. Both give the same bytes.
"""

from __future__ import annotations

import itertools
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .curate import Curation, CurationReport, curation_of
from .errors import GraphkitError, InputError
from .extract import dates, discovery, figures, gazetteer, relations
from .extract.registry import load_registry
from .ingest import (MAX_ARTICLE_BYTES, Skipped, check_names, check_text, collect, decode, duplicate_name,
                     make_document, read_bytes, read_document)
from .iris import ENTITY, PPP, RELATIONS
from .model import Document, Entity
from .rdf import (FORMATS, OperationDates, SortedTriples, document_statements, entity_statements, new_graph, serialize,
                  to_graph, write_sorted)
from .resolve import Tally, apply_merges, fitting

if TYPE_CHECKING:
    from rdflib import Graph

#: The extraction stages, in order.
STAGES: tuple[Callable[[Document], Document], ...] = (gazetteer.annotate, discovery.annotate, figures.annotate, relations.annotate,
                                                      dates.annotate, discovery.annotate_operation_names)

#: ``on_progress(stage, done, total)``: ``stage`` is "reading" (articles read and extracted), "sorting"
#: (articles whose statements are sorted) or "writing" (triples written).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, and what it passed over."""

    graph: Graph
    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    skipped: tuple[Skipped, ...] = field(default=())
    #: what the curation replayed on ``graph`` did (None without curation); ``documents`` and
    #: ``entities`` are what was extracted and resolved, before it
    curation: CurationReport | None = None


@dataclass(frozen=True)
class BuildSummary:
    """What :func:`build_to` wrote: counts, what it passed over, and the graph if it was asked for."""

    documents: int
    entities: int
    relations: int
    figures: int
    triples: int
    skipped: tuple[Skipped, ...] = ()
    graph: Graph | None = None
    curation: CurationReport | None = None


def extract(doc: Document) -> Document:
    """Run every extraction stage on one document (its text must be Unicode: no lone surrogate)."""
    check_text(doc.text, doc.id)
    for stage in STAGES:
        doc = stage(doc)
    return doc


# ---------------------------------------------------------------- reading, in processes


def jobs_count(jobs: int) -> int:
    """The number of processes ``jobs`` asks for: 0 is one per core available."""
    if jobs < 0:
        raise InputError(f"jobs = {jobs} is invalid; give 0 (one per core) or more")
    if jobs == 0:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return jobs


def extract_or_skip(doc: Document) -> Document | Skipped:
    """:func:`extract`, or why the document is skipped when a stage fails on it.

    A stage that fails on one article is a bug, but it must not cost the
    others: the article is skipped and named, with the error, and the build
    goes on (and exits with 4).
    """
    try:
        return extract(doc)
    except GraphkitError:  # broken language data, a missing resource: every article would fail the same way
        raise
    except Exception as exc:  # noqa: BLE001 - reported as the article's reason, type and message kept
        text = " ".join(str(exc).split())[:200]
        return Skipped(doc.path or doc.id, f"could not be extracted ({type(exc).__name__}{': ' + text if text else ''}); "
                                           "this is a bug in graphkit: report it with the article")


def _read_and_extract(task: tuple) -> Document | Skipped | InputError:
    """In a worker: one file → its extracted Document, or why it is skipped (or the error that stops the build).

    ``task`` is ``(path, language, read_options)``, or with a fourth item that says
    where the article is when a cluster's worker reads it (:func:`_to_send`): its
    absolute path, its bytes, or the error reading them gave.
    """
    path, language, read_options, *where = task
    source = where[0] if where else None
    try:
        if isinstance(source, InputError):
            raise source
        if isinstance(source, bytes):
            doc = read_document(path, language=language, data=source, **read_options)
        else:
            doc = read_document(path, language=language, location=source, **read_options)
    except InputError as exc:
        if language is not None and "language =" in exc.message:
            return exc  # a wrong --lang: every file would fail the same way
        return Skipped.of(path, exc)
    return extract_or_skip(doc)


#: The input that stands for standard input, and the identifier of the article read from it (a file
#: name can be it only when a file named so is given explicitly; folders give .txt and .md files).
STDIN, STDIN_ID = "-", "stdin"


def split_stdin(paths: Iterable[str | Path]) -> tuple[list[str | Path], bool]:
    """The inputs other than ``-``, and whether ``-`` (standard input) was one of them.

    Raises:
        InputError: ``-`` is given more than once.
    """
    paths = list(paths)
    rest = [p for p in paths if str(p) != STDIN]
    if len(paths) - len(rest) > 1:
        raise InputError("'-' (standard input) is given more than once", hint="give it once")
    return rest, len(rest) < len(paths)


def read_stdin(*, language: str | None = None, max_bytes: int | None = MAX_ARTICLE_BYTES,
               encoding: str | None = None) -> Document:
    """The article on standard input, as a :class:`Document` whose identifier is ``stdin``.

    Read and checked as a file is (:func:`graphkit.ingest.read_text`): at most
    ``max_bytes`` bytes (None: no limit), UTF-8 unless ``encoding`` says
    otherwise, not empty.

    Raises:
        InputError: more than ``max_bytes`` bytes, not text in the encoding, empty.
    """
    import sys

    stream = sys.stdin.buffer
    data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        from .ingest import MAX_SIZE_OPTION

        raise InputError(f"{STDIN}: standard input holds more than the {max_bytes:,} bytes an article may have; "
                         f"split it into articles, or raise the limit ({MAX_SIZE_OPTION})",
                         hint="graphkit reads news articles, a few kilobytes each")
    text = decode(data, name=STDIN, encoding=encoding)
    if not text.strip():
        raise InputError(f"{STDIN}: is empty", hint="pipe an article into it, e.g. graphkit build - < article.txt")
    return make_document(text, doc_id=STDIN_ID, language=language, path=STDIN)


def _read_stdin_and_extract(language: str | None, read_options: dict) -> Document | Skipped:
    """The article on standard input, extracted (in this process), or why it is skipped."""
    try:
        doc = read_stdin(language=language, **read_options)
    except InputError as exc:
        if language is not None and "language =" in exc.message:
            raise
        return Skipped(STDIN, exc.message.split(": ", 1)[-1])
    return extract(doc)


def _init_worker() -> None:
    import gc
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    # a worker loads automatons and language models (millions of objects) and makes few cycles: Python's collector
    # looks for them every 20,000 new objects, not every 700, as the command does (cli.run)
    gc.set_threshold(20_000, 20, 20)


def in_processes(func: Callable, items: Sequence, jobs: int) -> Iterator:
    """``func`` over ``items``, in order, in ``jobs`` processes (in this one when jobs is 1).

    Workers are started with 'forkserver' where there is one (Linux), else with
    'spawn': never a fork of a process that may hold threads. Each keeps its
    caches (language models, registry, matchers) for all the items it gets. As
    with any such pool, a script that starts one must guard its top level with
    ``if __name__ == "__main__":``; without it, or if a worker is killed (out of
    memory), the build stops with an error instead of waiting for ever.
    """
    jobs = min(jobs_count(jobs), len(items))
    if jobs <= 1:
        yield from map(func, items)
        return
    import multiprocessing  # imported only when processes are started
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        context.set_forkserver_preload(["graphkit.pipeline"])
    chunk = max(1, min(8, len(items) // (jobs * 16)))
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker)
    try:
        yield from pool.map(func, items, chunksize=chunk)
    except BrokenProcessPool:
        raise GraphkitError("a worker process stopped before its work was done (killed, or out of memory?)",
                            hint="try fewer --jobs; a script that builds with jobs > 1 needs "
                                 "`if __name__ == \"__main__\":`") from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _to_send(task: tuple[str, str | None, dict], as_paths: bool) -> tuple:
    """A task for a cluster's worker: the article's absolute path, or its bytes (or why they cannot be read)."""
    path, language, read_options = task
    if as_paths:
        return path, language, read_options, os.path.abspath(path)
    try:
        data = read_bytes(path, max_bytes=read_options.get("max_bytes", MAX_ARTICLE_BYTES))
    except InputError as exc:
        return path, language, read_options, exc
    return path, language, read_options, data


def mapped(func: Callable, items: Sequence, *, jobs: int = 1, scheduler=None, files: list[str] | None = None,
           prepare: Callable | None = None) -> Iterator:
    """``func`` over ``items``, in order: in ``jobs`` processes (:func:`in_processes`), or on a Dask cluster.

    ``scheduler`` is a Dask scheduler's address or a :class:`graphkit.cluster.Cluster`;
    ``files`` and ``prepare`` are :func:`graphkit.cluster.on_cluster`'s.
    """
    if scheduler is None:
        yield from in_processes(func, items, jobs)
        return
    from .cluster import as_cluster, on_cluster

    yield from on_cluster(func, items, as_cluster(scheduler), total=len(items), files=files, prepare=prepare)


def read_files(
    paths: Iterable[str | Path],
    *,
    language: str | None = None,
    jobs: int = 1,
    scheduler=None,
    on_skip: Callable[[Skipped], None] | None = None,
    on_progress: Progress | None = None,
    read_options: dict | None = None,
) -> Iterator[Document]:
    """The extracted documents of the articles given as files or folders, in the order of the files.

    ``-`` is the article on standard input (:func:`read_stdin`), read first.
    Files that cannot be read are reported to ``on_skip`` and passed over.
    ``read_options`` are passed to :func:`graphkit.ingest.read_document` (its
    size limit, an encoding). Articles are read and extracted in ``jobs``
    processes, or on the workers of a Dask cluster when ``scheduler`` is given
    (:func:`mapped`).

    Raises:
        InputError: a path does not exist, or ``language`` is not a language code.
    """
    paths, stdin = split_stdin(paths)
    files, skipped = collect(paths)
    check_names(files)
    for s in skipped:
        if on_skip:
            on_skip(s)
    tasks = [(str(path), language, dict(read_options or {})) for path in files]
    total = len(tasks) + stdin
    # the article on standard input first, read in this process; then the files, in processes or on a cluster
    if scheduler is not None:
        from .cluster import as_cluster

        scheduler = as_cluster(scheduler)  # a wrong option is refused before standard input is read
    first = [_read_stdin_and_extract(language, dict(read_options or {}))] if stdin else []
    rest = mapped(_read_and_extract, tasks, jobs=jobs, scheduler=scheduler, files=[t[0] for t in tasks],
                  prepare=_to_send) if tasks else iter(())
    for done, item in enumerate(itertools.chain(first, rest), 1):
        if isinstance(item, InputError):
            raise item
        if isinstance(item, Skipped):
            if on_skip:
                on_skip(item)
        else:
            yield item
        if on_progress:
            on_progress("reading", done, total)


def _no_article() -> InputError:
    return InputError("no article to build: every input was skipped or none was given",
                      hint="give .txt or .md files, or folders holding them")


def _duplicate(doc_id: str) -> InputError:
    return duplicate_name(doc_id)


def _merge_notes(merged: dict[str, tuple[str, str]]) -> dict[str, list[str]]:
    notes: dict[str, list[str]] = {}
    for kept, reason in merged.values():
        notes.setdefault(kept, []).append(reason)
    return notes


# ---------------------------------------------------------------- in memory


def build_documents(documents: Sequence[Document], *, jobs: int = 1) -> BuildResult:
    """The graph of already-read documents."""
    load_registry()  # fail early, with a clear error, if the registry is broken
    return _build_extracted(list(in_processes(extract, list(documents), jobs)))


def _build_extracted(documents: Iterable[Document]) -> BuildResult:
    done = tuple(sorted(documents, key=lambda d: d.id))
    for a, b in zip(done, done[1:]):
        if a.id == b.id:
            raise _duplicate(a.id)
    tally = Tally(done)
    merged = tally.merges()
    entities = tuple(tally.entities(merged, notes=_merge_notes(merged)))
    done = tuple(fitting(apply_merges(done, merged), entities))
    return BuildResult(to_graph(done, entities), done, entities)


def build(
    paths: Iterable[str | Path],
    *,
    language: str | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    jobs: int = 1,
    on_progress: Progress | None = None,
    read_options: dict | None = None,
    scheduler=None,
    curation: Curation | str | Path | None = None,
) -> BuildResult:
    """Build the graph of articles given as files or folders, in memory.

    Unreadable files are skipped (reported to ``on_skip`` and kept in
    ``result.skipped``); the others are built. The corpus and its rdflib graph
    are held in memory (about 1 KB per triple): for large corpora use
    :func:`build_to`, which writes the same bytes in bounded memory.

    Args:
        paths: files and folders (folders are read recursively for .txt and .md).
        language: an ISO 639-1 code to use instead of identifying each text's language.
        on_skip: called for each input passed over.
        jobs: processes that read and extract articles (0: one per core).
        on_progress: called as ``on_progress("reading", done, total)`` after each file.
        read_options: passed to :func:`graphkit.ingest.read_document` (``max_bytes``, ``encoding``).
        scheduler: a Dask scheduler's address (``tcp://host:8786``) or a
            :class:`graphkit.cluster.Cluster`: articles are read and extracted on its
            workers instead of in ``jobs`` processes; the graph is the same.
        curation: decisions (a curation file, or a :class:`graphkit.curate.Curation`) replayed
            on the graph (:func:`graphkit.curate.apply`); ``result.curation`` says what they did.

    Example:
        >>> result = graphkit.build(["examples/corpus"])    # doctest: +SKIP
        >>> len(result.graph) > 0    # doctest: +SKIP
        True
    """
    skipped: list[Skipped] = []

    def skip(s: Skipped) -> None:
        skipped.append(s)
        if on_skip:
            on_skip(s)

    load_registry()
    decisions = curation_of(curation)  # a malformed curation file fails before any article is read
    documents = list(read_files(paths, language=language, jobs=jobs, on_skip=skip, on_progress=on_progress,
                                read_options=read_options, scheduler=scheduler))
    if not documents:
        raise _no_article()
    result = _build_extracted(documents)
    graph, report = result.graph, None
    if curation is not None:
        from .curate import apply_to_graph

        graph, report = apply_to_graph(graph, decisions)
    return BuildResult(graph, result.documents, result.entities, tuple(skipped), report)


# ---------------------------------------------------------------- streaming


def build_to(
    paths: Iterable[str | Path],
    out: BinaryIO,
    fmt: str = "turtle",
    *,
    language: str | None = None,
    jobs: int = 1,
    on_skip: Callable[[Skipped], None] | None = None,
    on_progress: Progress | None = None,
    keep_graph: bool = False,
    workdir: str | Path | None = None,
    read_options: dict | None = None,
    scheduler=None,
    curation: Curation | str | Path | None = None,
) -> BuildSummary:
    """Build the graph of articles and write it to ``out`` in ``fmt``, in bounded memory.

    The same bytes as ``serialize(build(paths).graph, fmt)``, for any order of
    the inputs and any number of ``jobs``. Memory holds the tally of the
    mentions (per entity: its classes, first label and names), a batch of
    triples being sorted and the workers' caches, not the corpus nor its graph:
    extracted documents wait in a temporary file, sorted triples in runs on
    disk (in ``workdir``, default the system's temporary folder; about 3 times
    the size of the output). With ``scheduler`` (see :func:`build`), articles
    are read and extracted on a Dask cluster; the bytes are the same.

    JSON-LD, and ``keep_graph`` (for the HTML page), need the graph in memory:
    it is read into rdflib from the sorted triples, and returned as
    ``summary.graph``.

    ``curation`` (a curation file or a :class:`graphkit.curate.Curation`) is
    replayed on the graph before it is written, in a store on disk (in
    ``workdir``), so that memory stays bounded; ``summary.curation`` says
    what it did, and the counts are those of the curated graph.
    """
    if fmt not in FORMATS:
        raise InputError(f"format = {fmt!r} is invalid; choose one of {', '.join(FORMATS)}")
    skipped: list[Skipped] = []

    def skip(s: Skipped) -> None:
        skipped.append(s)
        if on_skip:
            on_skip(s)

    load_registry()
    decisions = curation_of(curation)  # a malformed curation file fails before any article is read
    report = None
    with tempfile.TemporaryDirectory(prefix="graphkit-build-", dir=workdir) as tmp:
        tally = Tally()
        ids: set[str] = set()
        spool = Path(tmp) / "documents.pickle"
        n_figures = 0
        with open(spool, "wb") as f:
            for doc in read_files(paths, language=language, jobs=jobs, on_skip=skip, on_progress=on_progress,
                                  read_options=read_options, scheduler=scheduler):
                if doc.id in ids:
                    raise _duplicate(doc.id)
                ids.add(doc.id)
                tally.add(doc, rank=doc.id)  # ranked by id: the order of a build at once
                n_figures += len(doc.figures)
                pickle.dump(doc, f, protocol=pickle.HIGHEST_PROTOCOL)
        if not ids:
            raise _no_article()
        merged = tally.merges()
        entities = tally.entities(merged, notes=_merge_notes(merged))
        del tally
        sort_format = "nt" if fmt in ("nt", "nq") else "turtle"
        with SortedTriples(sort_format, folder=tmp) as triples:
            operation_dates = OperationDates()
            relations: set[str] = set()
            with open(spool, "rb") as f:
                for done in range(1, len(ids) + 1):
                    # its keys (mention labels do not go into RDF), and the relations its entities still fit
                    (doc,) = fitting(apply_merges([pickle.load(f)], merged), entities)
                    operation_dates.add(doc)
                    relations.update(r.predicate for r in doc.relations)
                    triples.add(document_statements(doc))
                    if on_progress:
                        on_progress("sorting", done, len(ids))
            spool.unlink()
            triples.add(entity_statements(entities, operation_dates))
            n_entities = len(entities)
            if curation is not None:
                curated, report, n_entities = _curated(triples, decisions, sort_format, Path(tmp))
                triples.close()
                triples = curated
                relations = set(RELATIONS)
            counted = _Counted(triples, {f"<{PPP[p]}>" for p in relations}, f"<{ENTITY}", on_progress)
            graph = None
            if fmt == "json-ld" or keep_graph:
                nt_path = Path(tmp) / "graph.nt"
                with open(nt_path, "wb") as nt:
                    if fmt == "json-ld":
                        write_sorted(counted, nt, "nt")
                    else:
                        write_sorted(_tee(counted, nt), out, fmt)
                graph = new_graph().parse(str(nt_path), format="nt")
                nt_path.unlink()
                if fmt == "json-ld":
                    out.write(serialize(graph, "json-ld"))
            else:
                write_sorted(counted, out, fmt)
            triples.close()
    return BuildSummary(len(ids), n_entities, counted.relations, n_figures, counted.count, tuple(skipped), graph,
                        report)


def _curated(triples: SortedTriples, decisions: Curation, sort_format: str,
             folder: Path) -> tuple[SortedTriples, CurationReport, int]:
    """The sorted triples with the decisions replayed, in a store on disk; what they did; the entities left."""
    import pyoxigraph as ox

    from .curate import apply
    from .rdf import offsets_as_written

    nt_path = folder / "extracted.nt"
    with open(nt_path, "wb") as nt:
        write_sorted(triples, nt, "nt")
    store = ox.Store(str(folder / "curation-store"))
    store.bulk_load(path=str(nt_path), format=ox.RdfFormat.N_TRIPLES)
    nt_path.unlink()
    report = apply(store, decisions)
    curated = SortedTriples(sort_format, folder=folder)
    for q in offsets_as_written(store.quads_for_pattern(None, None, None, ox.DefaultGraph())):
        curated.add_nt(str(q.subject), str(q.predicate), str(q.object))
    n_entities = int(next(iter(store.query(
        f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ?c FILTER(STRSTARTS(STR(?e), \"{ENTITY}\")) }}")))["n"].value)
    del store
    return curated, report, n_entities


class _Counted:
    """Sorted triples passing through, counted: all of them, and the relations between entities."""

    def __init__(self, triples: SortedTriples, predicates: set[str], entity_prefix: str,
                 on_progress: Progress | None = None):
        self.triples, self.predicates, self.entity_prefix = triples, predicates, entity_prefix
        self.on_progress = on_progress
        self.relations = 0
        self.count = 0

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        total = self.triples.added  # with repeats: the bar jumps to its end when the last triple is written
        for s, p, o in self.triples:
            self.count += 1
            if p in self.predicates and s.startswith(self.entity_prefix):
                self.relations += 1
            if self.on_progress and not self.count % 20_000:
                self.on_progress("writing", self.count, total)
            yield s, p, o
        if self.on_progress:
            self.on_progress("writing", total, total)


def _tee(triples: Iterable[tuple[str, str, str]], nt: BinaryIO) -> Iterator[tuple[str, str, str]]:
    """The triples, also written to ``nt`` as N-Triples."""
    batch: list[str] = []
    for s, p, o in triples:
        batch.append(f"{s} {p} {o} .\n")
        if len(batch) >= 10_000:
            nt.write("".join(batch).encode("utf-8"))
            batch.clear()
        yield s, p, o
    nt.write("".join(batch).encode("utf-8"))

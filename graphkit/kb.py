"""A knowledge base that grows: a folder holding the graph in an embedded pyoxigraph store.

Layout of ``kb/``::

    CURRENT            the name of the version readers use (replaced atomically)
    versions/<name>/   pyoxigraph (RocksDB) stores; a version is never written once current
    .lock              held by the one build that writes at a time

Inside a version, each document's statements are a named graph whose IRI is
the document's (its mentions, relations with their evidence, figures, dates,
and the descriptions of the entities it names), and the default graph is
their union without repeats, which queries read.

A build copies the current version (RocksDB's ``.sst`` files are immutable:
they are hard-linked, not copied), writes the new and changed documents into
the copy in one transaction, and only then makes the copy current. So a
reader always queries a version nobody writes, and a build killed at any
moment leaves the knowledge base as it was.

Documents are known by their file name and the SHA-256 of their text: the
same article built twice changes nothing; an edited one replaces its graph;
a statement several documents support survives the removal of one of them.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphkitError, InputError
from .ingest import Skipped, collect, read_document
from .rdf import document_iri, to_graph
from .vocab import DOC, PPP

_SELECT_DOCS = f"SELECT ?id ?hash WHERE {{ GRAPH ?g {{ ?d a <{PPP.Document}> ; <http://purl.org/dc/terms/identifier> ?id ; <{PPP.contentHash}> ?hash }} }}"


class StoreError(GraphkitError):
    """A knowledge-base folder is not one, or is in use by another build."""

    code = "E900"
    exit_code = 2


@dataclass(frozen=True)
class KbResult:
    """What a build did to a knowledge base."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    skipped: tuple[Skipped, ...] = field(default=())
    triples: int = 0


def is_kb(path: str | Path) -> bool:
    """Whether ``path`` is a knowledge-base folder."""
    return (Path(path) / "CURRENT").is_file()


def _current(kb: Path) -> Path | None:
    if not kb.exists():
        return None
    if not kb.is_dir():
        raise StoreError(f"{kb}: not a knowledge-base folder", hint="give a folder made by `graphkit build … --store`")
    current = kb / "CURRENT"
    if not current.is_file():
        if any(kb.iterdir()):
            raise StoreError(f"{kb}: not a knowledge-base folder (no CURRENT file)",
                             hint="give a folder made by `graphkit build … --store`, or an empty one")
        return None
    version = kb / "versions" / current.read_text(encoding="utf-8").strip()
    if not version.is_dir():
        raise StoreError(f"{kb}: its current version {version.name} is missing", hint="restore the folder from a backup")
    return version


def open_read(kb: str | Path) -> ox.Store:
    """The current version of a knowledge base, opened read-only."""
    kb = Path(kb)
    version = _current(kb)
    if version is None:
        raise StoreError(f"{kb}: no such knowledge base", hint="build one with `graphkit build ARTICLES --store DIR`")
    try:
        return ox.Store.read_only(str(version))
    except OSError as exc:
        raise StoreError(f"{kb}: cannot be opened ({exc})", hint="check the folder") from None


def documents(store: ox.Store) -> dict[str, str]:
    """The documents a store holds: file name → SHA-256 of its text."""
    return {s["id"].value: s["hash"].value for s in store.query(_SELECT_DOCS)}


@contextmanager
def _writing(kb: Path):
    """Hold the write lock, give a fresh copy of the current version, make it current if all went well."""
    kb.mkdir(parents=True, exist_ok=True)
    current = _current(kb)
    lock = open(kb / ".lock", "w")
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(f"{kb}: another build is writing it", hint="wait for it to finish") from None
        versions = kb / "versions"
        versions.mkdir(exist_ok=True)
        name = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
        fresh = versions / name
        if current is not None:
            shutil.copytree(current, fresh, copy_function=_link_or_copy)
        store = ox.Store(str(fresh))
        complete = False
        try:
            yield store
            store.flush()
            complete = True
        finally:
            del store  # closes the new version before it becomes current, or before it is thrown away
            if not complete:
                shutil.rmtree(fresh, ignore_errors=True)
        pointer = kb / ".CURRENT.tmp"
        pointer.write_text(name + "\n", encoding="utf-8")
        os.replace(pointer, kb / "CURRENT")
        for old in versions.iterdir():  # readers of an old version keep their open files (POSIX)
            if old.name != name:
                shutil.rmtree(old, ignore_errors=True)
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()


def _link_or_copy(src: str, dst: str) -> None:
    if src.endswith(".sst"):
        try:
            os.link(src, dst)
            return
        except OSError:
            pass
    shutil.copy2(src, dst)


def _size(store: ox.Store) -> int:
    """The number of distinct statements: the default graph's triples."""
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)


def _replace_graphs(store: ox.Store, graphs: dict[str, str | None]) -> None:
    """In one transaction: replace (or drop, for None) each document's graph, and keep the default graph their union.

    The default graph loses the statements only the old version of a document
    supported, and gains those of its new version; other statements stay.
    """
    parts = []
    for doc_id, ntriples in sorted(graphs.items()):
        g = f"<{document_iri(doc_id)}>"
        parts.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
                     f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }}")
        parts.append(f"DROP SILENT GRAPH {g}")
        if ntriples:
            parts.append(f"INSERT DATA {{ GRAPH {g} {{\n{ntriples}\n}} }}")
            parts.append(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
    store.update(" ;\n".join(parts))


def add(
    paths: Iterable[str | Path],
    kb: str | Path,
    *,
    language: str | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    jobs: int = 1,
    on_progress: Callable[[str, int, int], None] | None = None,
    read_options: dict | None = None,
) -> KbResult:
    """Add articles to a knowledge base (created if needed); only new and edited articles are read and built.

    Entities resolve as in a full build: keys come from the registry, CLDR and
    the names themselves, so an entity first seen last week is the same node.
    New and edited articles are extracted in ``jobs`` processes (0: one per
    core); ``on_progress("reading", done, total)`` follows them. ``read_options``
    go to :func:`graphkit.ingest.read_document`.
    """
    from .pipeline import extract, in_processes
    from .resolve import apply_merges, fitting, merge_keys, resolve

    kb = Path(kb)
    files, skipped = collect(paths)
    skipped = list(skipped)
    for s in skipped:
        if on_skip:
            on_skip(s)
    current = _current(kb)
    known: dict[str, str] = {}
    if current is not None:
        reader = ox.Store.read_only(str(current))
        known = documents(reader)
        del reader
    todo, added, replaced, unchanged = [], [], [], []
    for path in files:
        try:
            doc = read_document(path, language=language, **(read_options or {}))
        except InputError as exc:
            s = Skipped(str(path), exc.message.split(": ", 1)[-1])
            skipped.append(s)
            if on_skip:
                on_skip(s)
            continue
        if known.get(doc.id) == doc.content_hash:
            unchanged.append(doc.id)
            continue
        (replaced if doc.id in known else added).append(doc.id)
        todo.append(doc)
    if not todo and not files:
        raise InputError("no article to build: every input was skipped or none was given",
                         hint="give .txt or .md files, or folders holding them")
    done = []
    for doc in in_processes(extract, todo, jobs):
        done.append(doc)
        if on_progress:
            on_progress("reading", len(done), len(todo))
    if current is not None and done:
        reader = ox.Store.read_only(str(current))
        done = _resolve_against(reader, done, language=language, extract=extract)
        del reader
    merged = merge_keys(done)
    done = apply_merges(done, merged)
    done = fitting(done, resolve(done))
    notes: dict[str, list[str]] = {}
    for kept, reason in merged.values():
        notes.setdefault(kept, []).append(reason)
    graphs: dict[str, str | None] = {}
    for doc in done:
        if doc.id.startswith(_PSEUDO):
            continue
        graph = to_graph([doc], resolve([doc], notes=notes))
        graphs[doc.id] = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    triples = 0
    if graphs:
        with _writing(kb) as store:
            _replace_graphs(store, graphs)
            triples = _size(store)
    elif current is not None:
        reader = ox.Store.read_only(str(current))
        triples = _size(reader)
        del reader
    return KbResult(tuple(added), tuple(replaced), tuple(unchanged), (), tuple(skipped), triples)


_PSEUDO = "\x00stored:"
_PEOPLE = """
SELECT DISTINCT ?e ?label ?id WHERE {
  ?e a <https://w3id.org/graphkit/ppp#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label .
  ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e ; <https://w3id.org/graphkit/ppp#method> ?method ;
     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext> ?d .
  ?d <http://purl.org/dc/terms/identifier> ?id .
  FILTER(STRSTARTS(?method, "discovery"))
}"""
_TEXT = """
SELECT ?id ?text ?lang WHERE { GRAPH ?g { ?d <http://purl.org/dc/terms/identifier> ?id ;
  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?text ; <http://purl.org/dc/terms/language> ?lang } }"""


def _resolve_against(reader: ox.Store, done: list, *, language: str | None, extract) -> list:
    """The new documents, the stored people they may be, and the stored documents a merge would rewrite.

    Stored people come as stand-in documents (one mention each) for
    :func:`graphkit.resolve.merge_keys`; a stored document whose person would
    take another key (its name in another script, merged into a name arriving
    now) is read again from its stored text, so that it is rewritten as a
    build at once would write it.
    """
    from .ingest import make_document
    from .model import Document, Mention
    from .resolve import merge_keys

    entity_ns = "https://w3id.org/graphkit/entity/"
    building = {d.id for d in done}
    stored: dict[str, list[tuple[str, str]]] = {}
    for row in reader.query(_PEOPLE):
        doc_id = row["id"].value
        if doc_id not in building:
            stored.setdefault(doc_id, []).append((row["e"].value[len(entity_ns):], row["label"].value))
    pseudo = [Document(id=_PSEUDO + doc_id, text=" ".join(label for _, label in people), language="und",
                       mentions=tuple(Mention(0, len(label), label, key, "Person", label, 0.8, "discovery:person")
                                      for key, label in people))
              for doc_id, people in sorted(stored.items())]
    merged = merge_keys(done + pseudo)
    rewrite = sorted({d.id[len(_PSEUDO):] for d in pseudo for m in d.mentions if m.key in merged})
    again = []
    for doc_id in rewrite:
        row = next(iter(reader.query(_TEXT, substitutions={ox.Variable("id"): ox.Literal(doc_id)})))
        again.append(extract(make_document(row["text"].value, doc_id=doc_id, language=row["lang"].value)))
    rewritten = set(rewrite)
    return done + again + [d for d in pseudo if d.id[len(_PSEUDO):] not in rewritten]


def remove(kb: str | Path, doc_ids: Iterable[str]) -> KbResult:
    """Remove documents, and every statement only they support."""
    kb = Path(kb)
    current = _current(kb)
    if current is None:
        raise StoreError(f"{kb}: no such knowledge base", hint="build one with `graphkit build ARTICLES --store DIR`")
    reader = ox.Store.read_only(str(current))
    known = documents(reader)
    del reader
    ids = list(doc_ids)
    missing = [i for i in ids if i not in known]
    if missing:
        raise InputError(f"{kb}: holds no document {missing[0]!r}",
                         hint="`graphkit query DIR entities` or the documents query lists what it holds")
    with _writing(kb) as store:
        _replace_graphs(store, {i: None for i in ids})
        triples = _size(store)
    return KbResult(removed=tuple(ids), triples=triples)


def update(kb: str | Path, sparql: str, *, allow_network: bool = False) -> int:
    """Run a SPARQL UPDATE on a knowledge base, atomically, in a new version; the distinct statements after it.

    The update sees and changes the store as it is: document graphs by their
    IRIs, and the default graph (their union, which later builds keep up to date).
    The contract's prefixes are predeclared. ``LOAD`` fetches a graph from
    another host: it is refused unless ``allow_network``.

    Raises:
        QueryError: the update is malformed (line and column are the text's own),
            holds LOAD (unless ``allow_network``), or fails; the knowledge base is unchanged.
    """
    from .errors import QueryError
    from .store import refuse_network, syntax_message
    from .vocab import PREFIXES

    if not allow_network:
        refuse_network(sparql)
    kb = Path(kb)
    if _current(kb) is None:
        raise StoreError(f"{kb}: no such knowledge base", hint="build one with `graphkit build ARTICLES --store DIR`")
    with _writing(kb) as store:
        try:
            store.update(sparql, prefixes=dict(PREFIXES))
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error at {syntax_message(sparql, str(exc))}",
                             hint="fix the update") from None
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"the update failed: {' '.join(str(exc).split())[:300]}",
                             hint="the knowledge base is unchanged; check the update") from None
        return _size(store)


def export(kb: str | Path) -> tuple[ox.Store, list[ox.NamedNode]]:
    """The current version (read-only) and its document graphs, for writing out."""
    store = open_read(kb)
    graphs = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(str(DOC))),
                    key=lambda g: g.value)
    return store, graphs

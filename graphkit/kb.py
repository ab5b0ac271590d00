"""A knowledge base that grows: a folder holding the graph in an embedded pyoxigraph store.

Layout of ``kb/``::

    CURRENT            the name of the version readers use (replaced atomically)
    versions/<name>/   pyoxigraph (RocksDB) stores; a version is never written once current
    .lock              held by the one writer (a build, a removal, an update) from its reading of the
                       current version to its switch to the next; another waits for it

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

A knowledge base keeps its curation (``graphkit build … --store DIR
--curation FILE``): the decisions are the named graph
``https://w3id.org/graphkit/curation/``, and the document graphs stay what
was extracted. While it holds decisions, each write (a build, a removal, an
update) makes the default graph anew, the union of the document graphs with
the decisions replayed on it (:func:`graphkit.curate.apply`), so that a
decision applies to the articles of later builds too.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .curate import CURATION_GRAPH, Curation, CurationReport, curation_of
from .errors import GraphkitError, InputError
from .ingest import Skipped, check_names, collect, read_document
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
    curation: CurationReport | None = None  # what the decisions the knowledge base keeps did, if it keeps some


def is_kb(path: str | Path) -> bool:
    """Whether ``path`` is a knowledge-base folder."""
    return (Path(path) / "CURRENT").is_file()


#: What graphkit leaves in a knowledge-base folder before its first version is current (a first build
#: stopped half-way): such a folder is taken as an empty one.
_LEFTOVERS = frozenset({".lock", ".CURRENT.tmp", "versions"})


def _is_pyoxigraph_store(folder: Path) -> bool:
    """Whether ``folder`` is a pyoxigraph (RocksDB) store itself, not a knowledge base holding some."""
    return (folder / "IDENTITY").is_file() or any(folder.glob("MANIFEST-*")) or any(folder.glob("OPTIONS-*"))


def _not_ours(kb: Path) -> StoreError:
    if _is_pyoxigraph_store(kb):
        return StoreError(f"{kb}: a pyoxigraph store, not a graphkit knowledge base",
                          hint="a knowledge base keeps its pyoxigraph stores under versions/: give a folder made by "
                               "`graphkit build … --store`, or a new one")
    return StoreError(f"{kb}: not a knowledge-base folder (no CURRENT file)",
                      hint="give a folder made by `graphkit build … --store`, or an empty one")


def _current(kb: Path) -> Path | None:
    if not kb.exists():
        return None
    if not kb.is_dir():
        raise StoreError(f"{kb}: not a knowledge-base folder", hint="give a folder made by `graphkit build … --store`")
    current = kb / "CURRENT"
    if not current.is_file():
        if any(p.name not in _LEFTOVERS for p in kb.iterdir()):
            raise _not_ours(kb)
        return None
    if not (kb / "versions").is_dir() and _is_pyoxigraph_store(kb):  # RocksDB has a CURRENT file too
        raise _not_ours(kb)
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
def _locked(kb: Path, on_wait: Callable[[], None] | None = None):
    """Hold the knowledge base's write lock (the folder is created if needed), from reading it to switching versions.

    One writer at a time, each reading the version the one before it made: a
    writer that finds the lock taken waits for it (calling ``on_wait`` first),
    instead of resolving entities against a version that is about to be replaced.
    The lock is the kernel's (flock): a writer killed at any moment releases it.
    """
    _current(kb)  # refuse a folder that is not a knowledge base before putting a lock file into it
    try:
        kb.mkdir(parents=True, exist_ok=True)
        lock = open(kb / ".lock", "w")
    except OSError as exc:
        raise StoreError(f"{kb}: cannot be written ({exc.strerror})", hint="check the folder and its permissions") from None
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()


@contextmanager
def _writing(kb: Path):
    """A fresh copy of the current version, made current if all went well; call it holding :func:`_locked`.

    A copy or a write that fails (a full disk) leaves no folder behind and the
    knowledge base as it was; versions left by writers that were killed are
    removed first.
    """
    current = _current(kb)
    versions = kb / "versions"
    name = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    fresh = versions / name
    complete = False
    if versions.is_dir():  # versions left by writers killed or stopped half-way: space the copy may need
        for old in versions.iterdir():
            if current is None or old.name != current.name:
                shutil.rmtree(old, ignore_errors=True)
    try:
        try:
            versions.mkdir(exist_ok=True)
            if current is not None:
                shutil.copytree(current, fresh, copy_function=_link_or_copy)
            store = ox.Store(str(fresh))
        except OSError as exc:
            raise _cannot_write(kb, exc) from None
        try:
            yield store
            store.flush()
            complete = True
        except OSError as exc:  # RocksDB's own (No space left on device …)
            raise _cannot_write(kb, exc) from None
        finally:
            del store  # closes the new version before it becomes current, or before it is thrown away
    finally:
        if not complete:
            shutil.rmtree(fresh, ignore_errors=True)
    pointer = kb / ".CURRENT.tmp"
    try:
        pointer.write_text(name + "\n", encoding="utf-8")
        os.replace(pointer, kb / "CURRENT")
    except OSError as exc:
        pointer.unlink(missing_ok=True)
        shutil.rmtree(fresh, ignore_errors=True)
        raise _cannot_write(kb, exc) from None
    for old in versions.iterdir():  # readers of an old version keep their open files (POSIX)
        if old.name != name:
            shutil.rmtree(old, ignore_errors=True)


def _cannot_write(kb: Path, exc: OSError) -> StoreError:
    """One line for a version that could not be written, whatever the number of files that failed."""
    if isinstance(exc, shutil.Error) and exc.args and isinstance(exc.args[0], list) and exc.args[0]:
        failed = exc.args[0]  # copytree's list of (source, target, "[Errno 28] No space left on device: …")
        first = re.match(r"(?:\[Errno \d+\] )?([^:]*)", str(failed[0][2])).group(1)
        why = f"{first} ({len(failed)} file{'s' if len(failed) != 1 else ''} not copied)"
    else:
        why = exc.strerror or " ".join(str(exc).split())[:200]
    return StoreError(f"{kb}: cannot write a new version: {why}",
                      hint="free some space (or check the folder's permissions) and build again; "
                           "the knowledge base is as it was")


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


def stored_curation(store: ox.Store) -> Curation:
    """The decisions a knowledge base's version keeps (none if it keeps none)."""
    from .curate import from_triples

    return from_triples(store.quads_for_pattern(None, None, None, CURATION_GRAPH), name="knowledge base curation")


def _set_curation(store: ox.Store, curation: Curation) -> None:
    """Replace the decisions a version keeps."""
    store.update(f"DROP SILENT GRAPH <{CURATION_GRAPH.value}>")
    store.extend(ox.Quad(s, p, o, CURATION_GRAPH) for s, p, o in curation.triples())


def _curate(store: ox.Store, curation: Curation) -> CurationReport:
    """Make the default graph anew: the union of the document graphs, with the decisions replayed on it."""
    from .curate import apply

    store.update(f"CLEAR DEFAULT ; INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                 f"FILTER(STRSTARTS(STR(?g), \"{DOC}\")) }}")
    return apply(store, curation)


class _Folder:
    """A knowledge-base folder, as :func:`add` and :func:`remove` write it (a server is a
    :class:`graphkit.endpoint.Endpoint`, with the same methods)."""

    def __init__(self, kb: str | Path) -> None:
        self.kb = Path(kb)

    def __str__(self) -> str:
        return str(self.kb)

    def check(self) -> None:
        _current(self.kb)

    def locked(self, on_wait: Callable[[], None] | None = None):
        return _locked(self.kb, on_wait)

    def reader(self) -> ox.Store | None:
        current = _current(self.kb)
        return ox.Store.read_only(str(current)) if current is not None else None

    def curation(self, reader: ox.Store) -> Curation:
        return stored_curation(reader)

    def write(self, graphs: dict[str, str | None], decisions: Curation | None = None,
              new_curation: bool = False) -> tuple[int, CurationReport | None]:
        """Replace (or drop) document graphs in a new version, and replay the decisions: ``decisions``
        (set as the kept ones when ``new_curation``), else those the knowledge base keeps."""
        report = None
        with _writing(self.kb) as store:
            if graphs:
                _replace_graphs(store, graphs)
            if new_curation:
                _set_curation(store, decisions)
            if decisions is None:
                decisions = stored_curation(store)
            if decisions.decisions or new_curation:
                report = _curate(store, decisions)
            return _size(store), report

    def size(self) -> int:
        current = _current(self.kb)
        return _size_of(current) if current is not None else 0


def _target(kb):
    """Where a build writes: a knowledge-base folder, or a SPARQL server (its URL or an Endpoint)."""
    from .endpoint import Endpoint, is_url

    if isinstance(kb, Endpoint):
        return kb
    if is_url(kb):
        return Endpoint(kb)
    return _Folder(kb)


def add(
    paths: Iterable[str | Path],
    kb,
    *,
    language: str | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    jobs: int = 1,
    on_progress: Callable[[str, int, int], None] | None = None,
    read_options: dict | None = None,
    on_wait: Callable[[], None] | None = None,
    scheduler=None,
    curation: Curation | str | Path | None = None,
) -> KbResult:
    """Add articles to a knowledge base (created if needed); only new and edited articles are read and built.

    Entities resolve as in a full build: keys come from the registry, CLDR and
    the names themselves, so an entity first seen last week is the same node.
    New and edited articles are extracted in ``jobs`` processes (0: one per
    core), or on the workers of a Dask cluster when ``scheduler`` is given (its
    address or a :class:`graphkit.cluster.Cluster`; the articles, read here,
    travel as their text); ``on_progress("reading", done, total)`` follows them. ``read_options``
    go to :func:`graphkit.ingest.read_document`. ``-`` is the article on
    standard input (its identifier: ``stdin``).

    One build writes at a time: a build that finds another writing the
    knowledge base waits for it (``on_wait()`` is called when it starts
    waiting), then compares and resolves against the version that build made.

    ``kb`` is a folder, or a SPARQL server (its URL or a
    :class:`graphkit.endpoint.Endpoint`), which gets each document's graph by
    the Graph Store Protocol and keeps no lock (see :mod:`graphkit.endpoint`).

    ``curation`` (a curation file or a :class:`graphkit.curate.Curation`)
    replaces the decisions a knowledge-base folder keeps (an empty one drops
    them); without it, the decisions it keeps are replayed at each write.
    ``result.curation`` says what they did.
    """
    from .pipeline import STDIN, extract, extract_or_skip, mapped, read_stdin, split_stdin
    from .resolve import apply_merges, fitting, merge_keys, resolve

    target = _target(kb)
    given = curation_of(curation) if curation is not None else None  # a malformed file fails first
    if given is not None and not isinstance(target, _Folder):
        raise InputError(f"{target}: a SPARQL server keeps no curation; curate a knowledge-base folder (--store)",
                         hint="build into a folder with --store DIR --curation FILE, then push it")
    paths, stdin = split_stdin(paths)
    files, skipped = collect(paths)
    check_names(files)  # as a build does: a document is known by its file name
    files = [Path(STDIN)] * stdin + files  # the article on standard input first
    skipped = list(skipped)
    for s in skipped:
        if on_skip:
            on_skip(s)
    if not files:
        raise InputError("no article to build: every input was skipped or none was given",
                         hint="give .txt or .md files, or folders holding them")
    target.check()  # a folder that is not a knowledge base is refused before any article is read
    docs = []
    for path in files:
        try:
            if str(path) == STDIN:
                docs.append(read_stdin(language=language, **(read_options or {})))
            else:
                docs.append(read_document(path, language=language, **(read_options or {})))
        except InputError as exc:
            s = Skipped.of(path, exc)
            skipped.append(s)
            if on_skip:
                on_skip(s)
    if not docs:
        return KbResult(skipped=tuple(skipped), triples=target.size())
    with target.locked(on_wait):
        reader = target.reader()  # the version the last writer made, read under the lock
        known: dict[str, str] = documents(reader) if reader is not None else {}
        kept = target.curation(reader) if reader is not None else Curation()
        decisions = given if given is not None else kept
        new_curation = given is not None and given.triples() != kept.triples()
        todo, added, replaced, unchanged = [], [], [], []
        for doc in docs:
            if known.get(doc.id) == doc.content_hash:
                unchanged.append(doc.id)
                continue
            (replaced if doc.id in known else added).append(doc.id)
            todo.append(doc)
        del docs
        done = []
        for n, doc in enumerate(mapped(extract_or_skip, todo, jobs=jobs, scheduler=scheduler) if todo else (), 1):
            if isinstance(doc, Skipped):
                skipped.append(doc)
                if on_skip:
                    on_skip(doc)
                failed = Path(doc.path).name
                added, replaced = [i for i in added if i != failed], [i for i in replaced if i != failed]
            else:
                done.append(doc)
            if on_progress:
                on_progress("reading", n, len(todo))
        if reader is not None and done:
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
        report = None
        if graphs or new_curation:
            triples, report = target.write(graphs, decisions, new_curation)
        else:
            triples = target.size()
    return KbResult(tuple(added), tuple(replaced), tuple(unchanged), (), tuple(skipped), triples, report)


def _size_of(version: Path) -> int:
    reader = ox.Store.read_only(str(version))
    try:
        return _size(reader)
    finally:
        del reader


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


def remove(kb, doc_ids: Iterable[str], *, on_wait: Callable[[], None] | None = None) -> KbResult:
    """Remove documents, and every statement only they support (after any build writing it: see :func:`add`).

    ``kb`` is a folder, or a SPARQL server (its URL or a :class:`graphkit.endpoint.Endpoint`).
    """
    target = _target(kb)
    target.check()
    if target.reader() is None:
        raise StoreError(f"{target}: no such knowledge base",
                         hint="build one with `graphkit build ARTICLES --store DIR` (or --endpoint URL)")
    with target.locked(on_wait):
        reader = target.reader()
        known = documents(reader)
        del reader
        ids = list(doc_ids)
        missing = [i for i in ids if i not in known]
        if missing:
            raise InputError(f"{target}: holds no document {missing[0]!r}",
                             hint="`graphkit query DIR entities` or the documents query lists what it holds")
        triples, report = target.write({i: None for i in ids})
    return KbResult(removed=tuple(ids), triples=triples, curation=report)


def curate(kb: str | Path, curation: Curation | str | Path, *,
           on_wait: Callable[[], None] | None = None) -> CurationReport | None:
    """Give a knowledge base these decisions (replacing those it keeps) and replay them, in a new version.

    What ``graphkit build … --store DIR --curation FILE`` does to the decisions,
    without reading an article: the default graph is made anew from the document
    graphs with the decisions replayed on it. Nothing is written when the knowledge
    base already keeps exactly these decisions (None is returned).

    Raises:
        StoreError: ``kb`` is not a knowledge base.
        CurationError: the curation file is malformed, or a name labels several entities
            (the knowledge base is then unchanged).
    """
    kb = Path(kb)
    given = curation_of(curation)
    if _current(kb) is None:
        raise StoreError(f"{kb}: no such knowledge base", hint="build one with `graphkit build ARTICLES --store DIR`")
    with _locked(kb, on_wait):
        reader = ox.Store.read_only(str(_current(kb)))
        kept = stored_curation(reader)
        del reader
        if given.triples() == kept.triples():
            return None
        with _writing(kb) as store:
            _set_curation(store, given)
            return _curate(store, given)


def update(kb: str | Path, sparql: str, *, allow_network: bool = False,
           on_wait: Callable[[], None] | None = None) -> int:
    """Run a SPARQL UPDATE on a knowledge base, atomically, in a new version; the distinct statements after it.

    It waits for any build writing the knowledge base (see :func:`add`).

    The update sees and changes the store as it is: document graphs by their
    IRIs, and the default graph (their union, which later builds keep up to date).
    The contract's prefixes are predeclared. ``LOAD`` fetches a graph from
    another host: it is refused unless ``allow_network``.

    Raises:
        QueryError: the update is malformed (line and column are the text's own),
            holds LOAD (unless ``allow_network``), or fails; the knowledge base is unchanged.
    """
    from .errors import QueryError
    from .sparql import refuse_network, syntax_message
    from .vocab import PREFIXES

    if not allow_network:
        refuse_network(sparql)
    kb = Path(kb)
    if _current(kb) is None:
        raise StoreError(f"{kb}: no such knowledge base", hint="build one with `graphkit build ARTICLES --store DIR`")
    with _locked(kb, on_wait), _writing(kb) as store:
        try:
            store.update(sparql, prefixes=dict(PREFIXES))
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error at {syntax_message(sparql, str(exc))}",
                             hint="fix the update") from None
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"the update failed: {' '.join(str(exc).split())[:300]}",
                             hint="the knowledge base is unchanged; check the update") from None
        decisions = stored_curation(store)
        if decisions.decisions:  # the default graph of a curated knowledge base is made from the document graphs
            _curate(store, decisions)
        return _size(store)


def export(kb: str | Path) -> tuple[ox.Store, list[ox.NamedNode]]:
    """The current version (read-only) and its document graphs, for writing out."""
    store = open_read(kb)
    graphs = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(str(DOC))),
                    key=lambda g: g.value)
    return store, graphs


def dump(kb: str | Path, fmt: str = "trig") -> tuple[bytes, int]:
    """A knowledge base written out in ``fmt``, and the number of its documents.

    TriG, N-Quads and JSON-LD keep one named graph per document (the default
    graph, their union, is left out: a reader makes it again); Turtle and
    N-Triples hold the default graph. NIF offsets are typed
    ``xsd:nonNegativeInteger``, as in every file graphkit writes.
    """
    from .rdf import DATASET_FORMATS, FORMATS, new_graph, offsets_as_written, serialize, serialize_quads

    if fmt not in FORMATS:
        raise InputError(f"format = {fmt!r} is invalid; choose one of {', '.join(FORMATS)}")
    store, graphs = export(kb)
    if fmt in DATASET_FORMATS:
        quads = (q for g in graphs for q in store.quads_for_pattern(None, None, None, g))
        return serialize_quads(quads, fmt), len(graphs)
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    data = ox.serialize(offsets_as_written(triples), format=ox.RdfFormat.N_TRIPLES)
    return serialize(new_graph().parse(data=data, format="nt"), fmt), len(graphs)

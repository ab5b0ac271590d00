"""Extraction on a Dask cluster: another executor for the pipeline's per-document function.

:func:`graphkit.pipeline.in_processes` maps a function over articles in
processes of this machine; :func:`on_cluster` maps the same function over the
same items on the workers of a Dask distributed scheduler
(https://distributed.dask.org), and yields the results in the order of the
items. Everything after extraction (the tally that resolution needs, the
sorted statements, the knowledge base) stays in the process that asked, so a
build on a cluster writes the bytes of a build with ``jobs=1``.

How it runs:

- Items go in batches (a few articles per task, so that the scheduler's
  overhead, about a millisecond a task, stays small against the work), and at
  most a few batches per worker thread are in flight: memory on this side stays
  bounded whatever the number of articles.
- Articles travel as paths when the workers see the files this process sees
  (a shared file system), else as their bytes. ``send="auto"`` asks each
  worker whether it sees a few of the files, with the same size and time of
  change, before the first batch; ``"paths"`` and ``"bytes"`` decide without
  asking.
- Each worker process loads graphkit's resources (the registry, its matchers,
  the language data) once, the first time a batch reaches it: they are
  module-level caches, warmed under a lock. It also checks that it runs the
  same graphkit (code, language data and ontology) as this process: a worker
  with another version would write another graph.
- A worker that dies has its batches run again on others (the scheduler does
  it; a batch that kills three workers stops the build). A scheduler that is
  lost stops the build with a :class:`ClusterError`; outputs are written only
  once a build is complete, so the previous ones stay whole.

Needs the optional ``distributed`` package (``pip install 'graphkit[dask]'``);
graphkit imports it only when a cluster is used.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .errors import GraphkitError, InputError, MissingDependencyError

#: How articles reach the workers: ``auto`` finds out, ``paths`` (a file system the workers share), ``bytes``.
SEND_MODES = ("auto", "paths", "bytes")

#: Seconds to wait for the scheduler (to connect, or to connect again once lost) and for a first worker.
CONNECT_TIMEOUT = 30.0

#: Batches in flight per worker thread: enough to keep every thread busy while results come back.
IN_FLIGHT_PER_THREAD = 3


class ClusterError(GraphkitError):
    """The Dask scheduler cannot be reached or was lost, or its workers cannot run graphkit's tasks."""

    code = "E1000"
    exit_code = 5


@dataclass(frozen=True)
class Cluster:
    """A Dask scheduler to extract on, and how articles reach its workers.

    Args:
        address: the scheduler's address, e.g. ``tcp://127.0.0.1:8786``.
        send: ``auto`` (paths if every worker sees the files, else bytes), ``paths`` or ``bytes``.
        timeout: seconds to wait for the scheduler (to connect, or to connect again once it is lost) and
            for a first worker; None: :data:`CONNECT_TIMEOUT`.
        batch: articles per task; None: from the number of articles and of worker threads.
    """

    address: str
    send: str = "auto"
    timeout: float | None = None
    batch: int | None = None

    def __post_init__(self) -> None:
        if self.send not in SEND_MODES:
            raise InputError(f"send = {self.send!r} is invalid; choose one of {', '.join(SEND_MODES)}")
        if not self.address or not isinstance(self.address, str):
            raise InputError(f"address = {self.address!r} is invalid; give the scheduler's address, "
                             "e.g. tcp://127.0.0.1:8786")
        if self.timeout is not None and not 0 < self.timeout <= 1_000_000:
            raise InputError(f"timeout = {self.timeout} is invalid; value must be > 0 and <= 1000000")
        if self.batch is not None and self.batch < 1:
            raise InputError(f"batch = {self.batch} is invalid; value must be >= 1")


def as_cluster(scheduler: str | Cluster | None) -> Cluster | None:
    """A :class:`Cluster` for a scheduler's address, the cluster itself, or None."""
    if scheduler is None or isinstance(scheduler, Cluster):
        return scheduler
    return Cluster(str(scheduler))


def _distributed():
    try:
        import distributed
    except ImportError:
        raise MissingDependencyError("building on a Dask cluster needs Dask's distributed package, "
                                     "which is not installed",
                                     hint="pip install 'graphkit[dask]'") from None
    return distributed


def quiet_logs() -> None:
    """Keep Dask's client from logging (a lost connection comes with tracebacks): for a command line that says it
    in one line. Dask sets its loggers' levels when it is imported, so it is imported here first."""
    import logging

    _distributed()
    for name in ["distributed", *logging.Logger.manager.loggerDict]:
        if name == "distributed" or name.startswith("distributed."):
            logging.getLogger(name).setLevel(logging.CRITICAL + 1)


# ---------------------------------------------------------------- on the workers


_warm_lock = threading.Lock()
_warmed: list[str] = []  # the fingerprint this worker process checked, once its resources are loaded


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of the graphkit that runs here: its code, its language data and its ontology.

    Two processes with the same fingerprint extract the same statements from the same article.
    """
    from .resources import PACKAGE_DIR, ontology_dir

    digest = hashlib.sha256()
    for root in (PACKAGE_DIR, ontology_dir()):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                           and p.suffix not in (".pyc", ".pyo")):
            digest.update(str(path.relative_to(root)).encode("utf-8", "surrogateescape") + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _warm(expected: str) -> None:
    """Load graphkit's resources once in this process, after checking it runs the graphkit the client runs."""
    if _warmed and _warmed[0] == expected:
        return
    with _warm_lock:
        if _warmed and _warmed[0] == expected:
            return
        here = fingerprint()
        if here != expected:
            import socket

            raise ClusterError(f"a worker on {socket.gethostname()} (process {os.getpid()}) runs another graphkit "
                               f"(fingerprint {here}) than this build's ({expected}): its graph would differ",
                               hint="install the same graphkit (code, language data, ontology) on every worker "
                                    "and on the machine that builds")
        from .extract.registry import load_registry

        load_registry().matcher  # the registry and the matcher made of it, for every batch this process gets
        _warmed[:] = [expected]


def resource_loads() -> dict[str, int]:
    """How many times this process loaded the registry and made its matcher apart from it (for checking that
    workers do it once; a registry loaded from graphkit's cache brings its matcher, made no more)."""
    from .extract import registry

    return {"registry": registry._load.cache_info().misses, "matcher": registry._matcher.cache_info().misses}


def run_batch(func: Callable, items: list, expected: str) -> list:
    """On a worker: ``func`` over one batch of items, once the process's resources are loaded."""
    _warm(expected)
    return [func(item) for item in items]


def sees(probes: list[tuple[str, int, int]]) -> bool:
    """On a worker: whether it sees each ``(absolute path, size, time of change in ns)`` as the client does."""
    for path, size, mtime in probes:
        try:
            st = os.stat(path)
        except OSError:
            return False
        if st.st_size != size or st.st_mtime_ns != mtime:
            return False
    return True


# ---------------------------------------------------------------- on the client


def run_coroutine(coroutine):
    """Run a coroutine to its end, also where an event loop already runs in this thread.

    A notebook (Jupyter) or a program driving a browser with Playwright's synchronous API has a running
    loop, where ``asyncio.run`` refuses: the coroutine then runs in a thread of its own.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _connect(cluster: Cluster):
    distributed = _distributed()
    timeout = cluster.timeout or CONNECT_TIMEOUT
    try:
        # reach the scheduler first: a Client that fails to connect is left half made, and waits
        # a minute at exit to close
        run_coroutine(_reach(distributed, cluster.address, timeout))
        client = distributed.Client(cluster.address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot connect to the Dask scheduler at {cluster.address}: "
                           f"{' '.join(str(exc).split())[:200]}",
                           hint="start it (`dask scheduler`) and its workers (`dask worker ADDRESS`), or check "
                                "the address") from None
    except ValueError as exc:
        raise InputError(f"scheduler = {cluster.address!r} is not a Dask scheduler's address ({exc})",
                         hint="give it as tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786") from None
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (TimeoutError, OSError):
        client.close()
        raise ClusterError(f"the Dask scheduler at {cluster.address} has no worker (waited {timeout:g} s)",
                           hint="start workers: `dask worker ADDRESS --nworkers N`") from None
    return client


def check_workers(client, cluster: Cluster, expected: str) -> None:
    """Refuse workers that cannot import graphkit, or run another graphkit than ``expected`` (its :func:`fingerprint`).

    A worker that cannot unpickle a task (no graphkit) would die on each one it
    got; one with another graphkit would write another graph. Workers that join
    later are checked by each batch they run (:func:`run_batch`).
    """
    try:
        found = _call(cluster, lambda: client.run(fingerprint))
    except GraphkitError:
        raise
    except Exception as exc:  # noqa: BLE001 - Dask re-raises a worker's error as a bare Exception
        raise ClusterError(f"a worker cannot run graphkit's tasks ({' '.join(str(exc).split())[:200]})",
                           hint="install the same graphkit on every worker: pip install 'graphkit[dask]'") from None
    for address, here in sorted(found.items()):
        if here != expected:
            raise ClusterError(f"the worker at {address} runs another graphkit (fingerprint {here}) than this "
                               f"build's ({expected}): its graph would differ",
                               hint="install the same graphkit (code, language data, ontology) on every worker and "
                                    "on the machine that builds")


async def _reach(distributed, address: str, timeout: float) -> None:
    comm = await distributed.comm.connect(address, timeout=timeout)
    await comm.close()


def send_paths(client, cluster: Cluster, paths: list[str]) -> bool:
    """Whether articles go to the workers as paths (True) or as bytes (False).

    ``auto``: paths when every worker sees the first, middle and last files as
    this process does (same absolute path, size and time of change).
    """
    if cluster.send != "auto":
        return cluster.send == "paths"
    probes = []
    for path in dict.fromkeys([paths[0], paths[len(paths) // 2], paths[-1]]) if paths else []:
        try:
            st = os.stat(path)
        except OSError:
            continue  # a file this process cannot read: skipped later, whichever way articles travel
        probes.append((os.path.abspath(path), st.st_size, st.st_mtime_ns))
    if not probes:
        return False
    answers = _call(cluster, lambda: client.run(sees, probes))
    return bool(answers) and all(answers.values())


def _call(cluster: Cluster, work: Callable):
    """``work()``, talking to the scheduler; a lost connection is a :class:`ClusterError`."""
    distributed = _distributed()
    try:
        return work()
    except GraphkitError:
        raise
    except distributed.KilledWorker as exc:
        raise ClusterError(f"a batch of articles stopped every worker that ran it ({exc})",
                           hint="the workers may be out of memory: give them more, or run fewer per machine") from None
    except (OSError, TimeoutError, distributed.CancelledError) as exc:
        what = "the connection to it closed" if isinstance(exc, distributed.CancelledError) else \
            " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ClusterError(f"lost the Dask scheduler at {cluster.address} ({what}); nothing was written",
                           hint="restart the scheduler and its workers, and build again") from None


def _batch_size(cluster: Cluster, threads: int, total: int | None) -> int:
    if cluster.batch is not None:
        return cluster.batch
    if total is None:
        return 8
    # several batches per thread, so that a slow batch or a lost worker costs little; at most 32 articles each
    return max(1, min(32, total // (threads * 8)))


def on_cluster(func: Callable, items: Iterable, cluster: Cluster, *, total: int | None = None,
               files: list[str] | None = None, prepare: Callable | None = None) -> Iterator:
    """``func`` over ``items`` on the workers of a Dask cluster, the results in the order of the items.

    ``func`` must be importable by the workers (a function of graphkit's
    modules). When the items are articles to read, ``files`` are their paths
    and ``prepare(item, paths)`` turns each item into what is sent, knowing
    whether articles travel as paths (:func:`send_paths`); it runs here, as
    the items are sent, so that at most the items in flight are held in memory.
    ``total``, the number of items when known, sets the size of the batches.

    Raises:
        ClusterError: the scheduler cannot be reached, has no worker or is lost; a batch killed its workers.
        MissingDependencyError: the distributed package is not installed.
    """
    client = _connect(cluster)
    try:
        items = iter(items)
        first = list(itertools.islice(items, 1))
        if not first:
            return
        threads = max(1, sum(_call(cluster, client.nthreads).values()))
        size = _batch_size(cluster, threads, total)
        expected = fingerprint()
        check_workers(client, cluster, expected)
        window = IN_FLIGHT_PER_THREAD * threads
        stream = itertools.chain(first, items)
        if prepare is not None:
            paths = send_paths(client, cluster, files or [])
            stream = (prepare(item, paths) for item in stream)
        pending: deque = deque()
        while True:
            batch = list(itertools.islice(stream, size))
            if batch:
                pending.append(_call(cluster, lambda b=batch: client.submit(run_batch, func, b, expected, pure=False)))
            while pending and (len(pending) >= window or not batch):
                future = pending.popleft()
                yield from _call(cluster, future.result)
                future.release()
            if not batch and not pending:
                return
    finally:
        client.close()


"""Builds on a Dask cluster: the bytes of a local build, whatever happens to the workers.

A real ``dask scheduler`` and two ``dask worker`` processes run on 127.0.0.1
(free ports), started by this module and stopped by their process group id at
its end. They import graphkit from this checkout (PYTHONPATH).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed", reason="the dask extra (pip install -e '.[dask]') is not installed")

from graphkit import cluster as gk_cluster  # noqa: E402
from graphkit.cli import main  # noqa: E402
from graphkit.cluster import Cluster, ClusterError  # noqa: E402
from graphkit.errors import MissingDependencyError  # noqa: E402
from graphkit.pipeline import build_to  # noqa: E402

from .conftest import CORPUS, ROOT, free_port, stop  # noqa: E402


def _dask() -> str:
    beside = Path(sys.executable).parent / "dask"
    found = str(beside) if beside.is_file() else shutil.which("dask")
    if found is None:
        pytest.skip("the dask command was not found next to the Python or on PATH")
    return found


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    return env


def _start(args: list[str], log: Path) -> subprocess.Popen:
    with log.open("wb") as out:
        return subprocess.Popen([_dask(), *args], stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                env=_env(), start_new_session=True)


def _scheduler(folder: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = _start(["scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], folder / "scheduler.log")
    return proc, f"tcp://127.0.0.1:{port}"


def _workers(address: str, n: int, folder: Path) -> subprocess.Popen:
    return _start(["worker", address, "--nworkers", str(n), "--nthreads", "1", "--host", "127.0.0.1",
                   "--no-dashboard", "--death-timeout", "30"], folder / "workers.log")


def _client(address: str):
    import distributed

    return distributed.Client(address, timeout=30, set_as_default=False)


def _wait_for_workers(address: str, n: int, procs, folder: Path) -> None:
    with _client(address) as client:
        deadline = time.monotonic() + 60
        while len(client.scheduler_info(n_workers=-1)["workers"]) < n:
            for proc in procs:
                if proc.poll() is not None:
                    logs = "\n".join(p.read_text(errors="replace")[-2000:] for p in folder.glob("*.log"))
                    pytest.fail(f"a dask process exited with {proc.returncode}:\n{logs}")
            if time.monotonic() > deadline:
                pytest.fail(f"the dask cluster at {address} did not get {n} workers within 60 s")
            time.sleep(0.2)


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """The address of a scheduler with two worker processes, for this module."""
    folder = tmp_path_factory.mktemp("dask")
    scheduler, address = _scheduler(folder)
    workers = _workers(address, 2, folder)
    try:
        _wait_for_workers(address, 2, [scheduler, workers], folder)
        yield address
    finally:
        stop(workers)
        stop(scheduler)


def _worker_pids(address: str) -> dict[str, int]:
    with _client(address) as client:
        return client.run(os.getpid)


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """120 generated articles in many languages, and an unreadable file among them."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    folder = tmp_path_factory.mktemp("generated")
    corpus.write_corpus(folder, 120, seed=3, size=2000)
    (folder / "00000" / "zz_binary.txt").write_bytes(b"\x00\x01\x02 not text")
    return folder


@pytest.fixture(scope="module")
def generated_local(generated, tmp_path_factory) -> tuple[bytes, str]:
    """The local build of the generated corpus (one process): its Turtle and what it said on stderr."""
    out = tmp_path_factory.mktemp("local") / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(generated), "-o", str(out)])
    assert result.exit_code == 4, result.output  # the binary file is skipped
    return out.read_bytes(), result.stderr


def _build_on(address: str, inputs, out: Path, *options: str):
    return CliRunner().invoke(main, ["build", *map(str, inputs), "-o", str(out), "--scheduler", address, *options])


# ---------------------------------------------------------------- the same bytes


@pytest.mark.parametrize("send", ["paths", "bytes", "auto"])
def test_the_seeds_built_on_the_cluster_are_the_bytes_of_a_local_build(dask_cluster, seeds_ttl, tmp_path, send):
    out = tmp_path / "graph.ttl"
    result = _build_on(dask_cluster, [CORPUS], out, "--send", send)
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == seeds_ttl.read_bytes()
    assert result.stderr.startswith("built 5 documents: ")


def test_a_generated_corpus_built_on_the_cluster_is_the_local_build(dask_cluster, generated, generated_local,
                                                                     tmp_path):
    local, local_said = generated_local
    out = tmp_path / "graph.ttl"
    result = _build_on(dask_cluster, [generated], out)
    assert result.exit_code == 4, result.output
    assert out.read_bytes() == local
    assert result.stderr.splitlines()[:2] == local_said.splitlines()[:2]  # the same warning, the same counts
    assert result.stderr.startswith(f"warning: skipped {generated / '00000' / 'zz_binary.txt'}: ")


def test_a_worker_killed_during_a_build_changes_nothing(dask_cluster, generated, generated_local, tmp_path):
    """One worker process is killed once a tenth of the articles are back: its batches run again elsewhere."""
    local, _ = generated_local
    before = _worker_pids(dask_cluster)
    victim = sorted(before.values())[0]
    killed = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "reading" and done >= total // 10 and not killed:
            os.kill(victim, signal.SIGKILL)
            killed.append(done)

    out = tmp_path / "graph.ttl"
    with out.open("wb") as f:
        summary = build_to([generated], f, "turtle", scheduler=dask_cluster, on_progress=progress)
    assert killed and killed[0] < 120
    assert out.read_bytes() == local
    assert summary.documents == 120 and len(summary.skipped) == 1
    # the worker's nanny started another process in its place, for the tests after this one
    deadline = time.monotonic() + 60
    while True:
        after = _worker_pids(dask_cluster)
        if len(after) == 2 and victim not in after.values():
            break
        assert time.monotonic() < deadline, f"no worker took the killed one's place: {after}"
        time.sleep(0.5)


def test_a_knowledge_base_built_on_the_cluster_is_the_one_built_locally(dask_cluster, tmp_path):
    from graphkit import kb

    from .test_jobs import _kb_nt

    files = sorted(CORPUS.glob("*.txt"))
    on_cluster = kb.add(files[:3], tmp_path / "kb", scheduler=dask_cluster)
    assert on_cluster.added == tuple(f.name for f in files[:3])
    again = kb.add(files, tmp_path / "kb", scheduler=dask_cluster)  # the first three are known: two are extracted
    assert again.added == tuple(f.name for f in files[3:]) and len(again.unchanged) == 3
    kb.add(files, tmp_path / "local")
    assert _kb_nt(tmp_path / "kb") == _kb_nt(tmp_path / "local")
    result = CliRunner().invoke(main, ["build", str(CORPUS), "--store", str(tmp_path / "kb"),
                                       "--scheduler", dask_cluster])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"{tmp_path / 'kb'}: 0 added, 0 replaced, 5 unchanged (")


def test_a_knowledge_base_on_a_sparql_server_built_on_the_cluster(dask_cluster, union_server, seeds_kb_rows):
    """Extraction on the cluster, the graphs on the server: the named queries give a local knowledge base's rows."""
    from graphkit.store import format_result, query

    result = CliRunner().invoke(main, ["build", str(CORPUS), "--endpoint", union_server, "--scheduler", dask_cluster])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"{union_server}: 5 added, 0 replaced, 0 unchanged (")
    for (name, params), rows in seeds_kb_rows.items():
        assert format_result(query(union_server, name, params=dict(params)), "json") == rows


@pytest.fixture(scope="module")
def seeds_kb_rows(tmp_path_factory) -> dict:
    from graphkit import kb
    from graphkit.store import format_result, query

    folder = tmp_path_factory.mktemp("kb") / "kb"
    kb.add([CORPUS], folder)
    asked = [("partners", (("org", "Binance"),)), ("entities", ()), ("figures", ()), ("evidence", ())]
    return {(name, params): format_result(query(folder, name, params=dict(params)), "json") for name, params in asked}


def test_workers_load_graphkit_resources_once_per_process(dask_cluster, tmp_path):
    """Every batch a worker gets uses the registry its process loaded first (a module-level cache); its matcher
    comes with it from graphkit's cache, or is made once when the registry was read from its file."""
    for _ in range(2):
        with (tmp_path / "g.ttl").open("wb") as f:
            build_to([CORPUS], f, scheduler=Cluster(dask_cluster, batch=1))  # five tasks per build
    with _client(dask_cluster) as client:
        loads = client.run(gk_cluster.resource_loads)
    assert len(loads) == 2 and all(n["registry"] == 1 and n["matcher"] <= 1 for n in loads.values()), loads


def test_progress_counts_every_article(dask_cluster):
    import io

    seen = []
    build_to([CORPUS], io.BytesIO(), scheduler=dask_cluster, on_progress=lambda s, d, t: seen.append((s, d, t)))
    reading = [(d, t) for s, d, t in seen if s == "reading"]
    assert reading == [(i, 5) for i in range(1, 6)]


# ---------------------------------------------------------------- how articles travel


def test_the_workers_see_the_files_of_a_shared_file_system(dask_cluster, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Binance a rejoint Interpol.", encoding="utf-8")
    with _client(dask_cluster) as client:
        assert gk_cluster.send_paths(client, Cluster(dask_cluster), [str(article)]) is True
        assert gk_cluster.send_paths(client, Cluster(dask_cluster, send="bytes"), [str(article)]) is False
    st = article.stat()
    assert gk_cluster.sees([(str(article), st.st_size, st.st_mtime_ns)])
    # a worker that finds another file at the same path (another machine's disk) gets bytes
    assert not gk_cluster.sees([(str(article), st.st_size + 1, st.st_mtime_ns)])
    assert not gk_cluster.sees([(str(tmp_path / "elsewhere.txt"), 1, 1)])


def test_relative_paths_reach_the_workers_and_messages_name_them_as_given(dask_cluster, tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Binance a rejoint Interpol à Paris.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("   \n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for send in ("paths", "bytes"):
        result = CliRunner().invoke(main, ["build", "in", "-o", f"{send}.ttl", "--scheduler", dask_cluster,
                                           "--send", send, "--lang", "fr"])
        assert result.exit_code == 4, result.output
        assert result.stderr.startswith(f"warning: skipped {Path('in') / 'b.txt'}: is empty\n")
    assert (tmp_path / "paths.ttl").read_bytes() == (tmp_path / "bytes.ttl").read_bytes()


# ---------------------------------------------------------------- failures


def test_a_lost_scheduler_stops_the_build_and_leaves_the_previous_output(generated, tmp_path, monkeypatch):
    """The scheduler is killed once the build is under way: one line, exit 5, the old graph whole."""
    folder = tmp_path / "dask"
    folder.mkdir()
    scheduler, address = _scheduler(folder)
    workers = _workers(address, 1, folder)
    try:
        _wait_for_workers(address, 1, [scheduler, workers], folder)
        out = tmp_path / "graph.ttl"
        out.write_bytes(b"the previous graph\n")
        monkeypatch.setattr(gk_cluster, "CONNECT_TIMEOUT", 3.0)  # how long the client tries to reconnect

        def kill_when_connected() -> None:
            log = folder / "scheduler.log"
            deadline = time.monotonic() + 60
            while log.read_text(errors="replace").count("Receive client connection") < 2:  # ours is the second
                if time.monotonic() > deadline:
                    return
                time.sleep(0.05)
            time.sleep(1.0)
            os.killpg(scheduler.pid, signal.SIGKILL)

        killer = threading.Thread(target=kill_when_connected, daemon=True)
        killer.start()
        result = CliRunner().invoke(main, ["build", str(generated), "-o", str(out), "--scheduler", address])
        killer.join(timeout=70)
        assert scheduler.poll() is not None, "the scheduler was not killed during the build"
        assert result.exit_code == 5, result.output
        assert result.stderr.startswith(f"error: [E1000] lost the Dask scheduler at {address}")
        assert "Traceback" not in result.output
        assert out.read_bytes() == b"the previous graph\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["dask", "graph.ttl"]  # no temporary file left
    finally:
        stop(workers)
        stop(scheduler)


def test_a_scheduler_that_is_not_there(tmp_path, monkeypatch):
    monkeypatch.setattr(gk_cluster, "CONNECT_TIMEOUT", 1.0)
    address = f"tcp://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(main, ["build", str(CORPUS), "-o", str(tmp_path / "g.ttl"), "--scheduler", address])
    assert result.exit_code == 5, result.output
    assert result.stderr.startswith(f"error: [E1000] cannot connect to the Dask scheduler at {address}")
    assert not (tmp_path / "g.ttl").exists()


def test_a_scheduler_that_is_not_there_leaves_no_client_waiting_at_exit(tmp_path):
    """The process ends at once with the one-line error (a half-made Dask client waited a minute and printed a
    traceback as the interpreter closed)."""
    address = f"tcp://127.0.0.1:{free_port()}"
    code = ("import sys, graphkit.cluster as c; c.CONNECT_TIMEOUT = 1.0; from graphkit.cli import main; "
            f"main(['build', {str(CORPUS)!r}, '-o', {str(tmp_path / 'g.ttl')!r}, '--scheduler', {address!r}])")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=_env(), timeout=120)
    assert done.returncode == 5
    assert done.stderr.decode().splitlines() == [
        f"error: [E1000] cannot connect to the Dask scheduler at {address}: Timed out trying to connect to "
        f"{address} after 1 s",
        "  hint: start it (`dask scheduler`) and its workers (`dask worker ADDRESS`), or check the address"]
    assert time.monotonic() - started < 30


def test_without_distributed_the_error_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed raises ImportError
    with pytest.raises(MissingDependencyError, match="distributed package") as info:
        build_to([CORPUS], (tmp_path / "g.ttl").open("wb"), scheduler="tcp://127.0.0.1:1")
    assert info.value.hint == "pip install 'graphkit[dask]'"
    result = CliRunner().invoke(main, ["build", str(CORPUS), "-o", str(tmp_path / "g.ttl"),
                                       "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 3, result.output
    assert result.stderr == ("error: [E700] building on a Dask cluster needs Dask's distributed package, which is not "
                             "installed\n  hint: pip install 'graphkit[dask]'\n")


@pytest.mark.parametrize("args, message", [
    (["--jobs", "2", "--scheduler", "tcp://127.0.0.1:1"], "--jobs and --scheduler do not go together"),
    (["--send", "bytes"], "--send goes with --scheduler"),
])
def test_options_that_do_not_go_together(tmp_path, args, message):
    result = CliRunner().invoke(main, ["build", str(CORPUS), "-o", str(tmp_path / "g.ttl"), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_a_worker_with_another_graphkit_is_refused(tmp_path):
    """A worker whose ontology differs would write another graph: the build stops and says so."""
    ontology = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", ontology)
    with (ontology / "ppp.ttl").open("a", encoding="utf-8") as f:
        f.write("\n# another version\n")
    folder = tmp_path / "dask"
    folder.mkdir()
    scheduler, address = _scheduler(folder)
    env = _env()
    env["GRAPHKIT_ONTOLOGY"] = str(ontology)
    with (folder / "workers.log").open("wb") as log:
        workers = subprocess.Popen([_dask(), "worker", address, "--nthreads", "1", "--host", "127.0.0.1",
                                    "--no-dashboard"], stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        _wait_for_workers(address, 1, [scheduler, workers], folder)
        with pytest.raises(ClusterError, match=r"runs another graphkit \(fingerprint \w{16}\) than this build's "
                                               r"\(\w{16}\): its graph would differ"):
            with (tmp_path / "g.ttl").open("wb") as f:
                build_to([CORPUS], f, scheduler=address)
    finally:
        stop(workers)
        stop(scheduler)


_WITHOUT_GRAPHKIT = """
import sys

class NoGraphkit:  # this worker's Python has no graphkit
    def find_spec(self, name, path=None, target=None):
        if name == "graphkit" or name.startswith("graphkit."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NoGraphkit())
from distributed.cli.dask_worker import main
main()
"""


def test_a_worker_without_graphkit_is_named(tmp_path):
    folder = tmp_path / "dask"
    folder.mkdir()
    scheduler, address = _scheduler(folder)
    with (folder / "workers.log").open("wb") as log:
        worker = subprocess.Popen([sys.executable, "-c", _WITHOUT_GRAPHKIT, address, "--no-nanny", "--nthreads", "1",
                                   "--host", "127.0.0.1", "--no-dashboard"], stdin=subprocess.DEVNULL, stdout=log,
                                  stderr=subprocess.STDOUT, env=_env(), start_new_session=True)
    try:
        _wait_for_workers(address, 1, [scheduler, worker], folder)
        with pytest.raises(ClusterError, match=r"a worker cannot run graphkit's tasks \(ModuleNotFoundError\("
                                               r"\"No module named 'graphkit"):
            with (tmp_path / "g.ttl").open("wb") as f:
                build_to([CORPUS], f, scheduler=Cluster(address, send="bytes"))
    finally:
        stop(worker)
        stop(scheduler)


def test_a_coroutine_runs_where_an_event_loop_is_already_running():
    """A notebook, or a test driving a browser, has a running loop: reaching the scheduler must work there too."""
    import asyncio

    from graphkit.cluster import run_coroutine

    async def answer():
        return 42

    async def inside_a_running_loop():
        return run_coroutine(answer())

    # in a thread of its own: the thread running the tests may hold a loop already (the browser tests')
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(asyncio.run, inside_a_running_loop()).result() == 42
        assert pool.submit(run_coroutine, answer()).result() == 42

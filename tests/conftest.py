"""Shared fixtures. ``pytest --update-golden`` rewrites tests/golden/ from the current build."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests import browser as _bw

ROOT = Path(__file__).resolve().parents[1]

# The tests build into a cache of their own (shared by the commands they run in child processes), never into
# the user's: made for the session, removed at its end.
_CACHE = tempfile.mkdtemp(prefix="graphkit-test-cache-")
os.environ["GRAPHKIT_CACHE_DIR"] = _CACHE
os.environ.pop("GRAPHKIT_NO_CACHE", None)


def pytest_unconfigure(config):
    shutil.rmtree(_CACHE, ignore_errors=True)


CORPUS = ROOT / "examples" / "corpus"
GOLD = ROOT.parent / "shared" / "gold" / "seeds"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden graphs instead of comparing")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def seeds():
    """The build of the five seed articles (examples/corpus), made once per test session."""
    from graphkit.pipeline import build

    return build([CORPUS])


@pytest.fixture(scope="session")
def seeds_ttl(seeds, tmp_path_factory) -> Path:
    from graphkit.rdf import serialize

    path = tmp_path_factory.mktemp("seeds") / "seeds.ttl"
    path.write_bytes(serialize(seeds.graph, "turtle"))
    return path


#: Three short articles in three languages that state the same relations of the same operation and its
#: arrests, with one value ("over 1,200") differing from the other two (1,209): tests of claims across sources.
CLAIM_ARTICLES = {
    "a_en.txt": "INTERPOL said on Monday that Operation Serengeti, coordinated by INTERPOL, led to 1,209 arrests "
                "across Africa.\n",
    "b_fr.txt": "L'opération Serengeti, coordonnée par INTERPOL, a permis plus de 1 200 arrestations en Afrique.\n",
    "c_ro.txt": "Operaţiunea Serengeti, coordonată de INTERPOL, a dus la 1.209 arestări în Africa.\n",
}


@pytest.fixture(scope="session")
def claim_articles(tmp_path_factory):
    """The build of :data:`CLAIM_ARTICLES` (graphkit's API, from files), made once per test session."""
    from graphkit.pipeline import build

    folder = tmp_path_factory.mktemp("claims")
    for name, text in CLAIM_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return build([folder])


#: One person written in two scripts, in two articles: the increments of a knowledge base must give one node.
ONE_PERSON_IN_TWO_SCRIPTS = {
    "a_en.txt": "Neal Jetton, director of cybercrime at INTERPOL, said the operation worked.\n",
    "b_ru.txt": "Нил Джеттон, директор по киберпреступности ИНТЕРПОЛа, заявил, что операция прошла успешно.\n",
}


@pytest.fixture()
def two_scripts(tmp_path) -> Path:
    """A folder ``in/`` of the test's temporary folder holding :data:`ONE_PERSON_IN_TWO_SCRIPTS`."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ONE_PERSON_IN_TWO_SCRIPTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"gold annotations not found at {GOLD}")
    return GOLD


# ---------------------------------------------------------------- servers the tests start on 127.0.0.1


def free_port() -> int:
    """A TCP port nothing listens on, on the loopback address."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(proc, timeout: float = 10) -> None:
    """Stop a server this test session started, and the processes it started: its process group, by id.

    The server must have been started with ``start_new_session=True`` (its group is its own).
    """
    import os
    import signal
    import subprocess

    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # what is left of the group: a worker that did not stop in time
    except ProcessLookupError:
        pass
    proc.wait(timeout=timeout)


def _oxigraph_executable() -> str | None:
    import shutil
    import sys

    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    return shutil.which("oxigraph")


def serve_oxigraph(tmp_path_factory, *options: str):
    """Start ``oxigraph serve`` on a free loopback port, yield its base URL, stop it (by its process group id)."""
    import subprocess
    import time
    import urllib.request

    exe = _oxigraph_executable()
    if exe is None:
        pytest.skip("the oxigraph executable was not found next to the Python or on PATH "
                    "(pip install -e '.[test]' installs it)")
    port = free_port()
    data = tmp_path_factory.mktemp("oxigraph-server")
    log = (data.parent / f"{data.name}.log").open("w+b")
    proc = subprocess.Popen([exe, "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}", *options],
                            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while True:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"oxigraph serve exited with {proc.returncode}: {log.read().decode(errors='replace')}")
            try:
                with urllib.request.urlopen(url + "/", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not answer on {url} within 10 s")
                time.sleep(0.05)
        yield url
    finally:
        stop(proc, timeout=5)
        log.close()


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """The base URL of an Oxigraph server on a free loopback port, for the module that asks for it."""
    yield from serve_oxigraph(tmp_path_factory)


@pytest.fixture(scope="module")
def union_server(tmp_path_factory):
    """An Oxigraph server whose default graph is the union of its named graphs (--union-default-graph)."""
    yield from serve_oxigraph(tmp_path_factory, "--union-default-graph")


@pytest.fixture(scope="session")
def chromium():
    """One headless chromium for the whole session (Playwright's synchronous driver is one per thread)."""
    if os.environ.get(_bw.SKIP_ENV) == "1":
        pytest.skip(f"{_bw.SKIP_ENV}=1: browser tests skipped on request")
    try:
        browser = _bw.Browser()
    except _bw.BrowserUnavailable as exc:
        problem = str(exc)
    else:
        problem = None
    if problem:
        pytest.fail(problem, pytrace=False)
    yield browser
    browser.close()

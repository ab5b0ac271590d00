"""Shared fixtures. ``pytest --update-golden`` rewrites tests/golden/ from the current build."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"gold annotations not found at {GOLD}")
    return GOLD

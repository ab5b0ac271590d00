"""The Python API for graphs: query, validate, view and analyze take any graph source, and the README's example runs."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import graphkit
from graphkit.store import format_result

from .conftest import CORPUS, ROOT


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory):
    from graphkit.kb import add

    folder = tmp_path_factory.mktemp("api-kb") / "kb"
    add([CORPUS / "002_c4961fa566e269b9.txt"], folder)
    return folder


def _sources(seeds, seeds_ttl):
    """The same graph as each kind of source."""
    return {"build result": seeds, "rdflib graph": seeds.graph, "path": seeds_ttl, "str": str(seeds_ttl)}


def test_query_takes_any_source(seeds, seeds_ttl):
    expected = format_result(graphkit.query(seeds.graph, "partners"), "csv")
    assert "https://w3id.org/graphkit/entity/binance" in expected
    for name, source in _sources(seeds, seeds_ttl).items():
        assert format_result(graphkit.query(source, "partners"), "csv") == expected, name
        rows = graphkit.query(source, "SELECT (COUNT(*) AS ?n) WHERE { ?s a ppp:Document }")
        assert [row["n"].value for row in rows] == ["5"], name


def test_validate_view_and_analyze_take_any_source(seeds, seeds_ttl, tmp_path):
    expected = graphkit.analyze(seeds.graph, top=3)
    assert [row["label"] for row in expected["degree"]]
    for name, source in _sources(seeds, seeds_ttl).items():
        assert graphkit.validate(source).conforms, name
        assert graphkit.analyze(source, top=3) == expected, name
        page = graphkit.view(source)
        assert page.startswith("<!DOCTYPE html>") and "Binance" in page, name
    written = graphkit.view(seeds, tmp_path / "g.html", title="Seeds", size_by="degree")
    assert written == tmp_path / "g.html" and "<title>Seeds</title>" in written.read_text(encoding="utf-8")


def test_a_knowledge_base_is_a_source_too(small_kb):
    rows = graphkit.query(small_kb, "SELECT ?id WHERE { ?d dcterms:identifier ?id }")
    assert [row["id"].value for row in rows] == ["002_c4961fa566e269b9.txt"]
    assert graphkit.validate(small_kb).conforms
    assert graphkit.analyze(small_kb)["entities"] > 0
    assert "Binance" in graphkit.view(small_kb)


def test_a_build_summary_is_a_source_when_it_kept_its_graph(tmp_path):
    import io

    article = CORPUS / "002_c4961fa566e269b9.txt"
    kept = graphkit.build_to([article], io.BytesIO(), "nt", keep_graph=True)
    assert graphkit.validate(kept).conforms
    summary = graphkit.build_to([article], io.BytesIO(), "nt")
    with pytest.raises(ValueError, match="holds no graph"):
        graphkit.query(summary, "partners")


@pytest.mark.parametrize("function", ["query", "validate", "view", "analyze"])
def test_what_is_not_a_graph_is_a_type_error(function):
    args = (42, "partners") if function == "query" else (42,)
    with pytest.raises(TypeError, match=r"source = 42 is invalid; give what graphkit.build returns"):
        getattr(graphkit, function)(*args)


def test_the_functions_stay_callable_once_their_modules_are_imported(seeds):
    """``graphkit.validate`` is a module too: importing it as one does not take the function away."""
    import graphkit.analyze
    import graphkit.validate
    import graphkit.view
    from graphkit import validate as module

    assert module.ValidationResult is graphkit.validate.ValidationResult
    assert graphkit.validate(seeds).conforms
    assert graphkit.analyze(seeds, top=1)["degree"]
    assert graphkit.view(seeds).startswith("<!DOCTYPE html>")
    with pytest.raises(ValueError, match="colour_by = 'size' is invalid"):
        graphkit.view(seeds, colour_by="size")


def test_the_readme_example_runs(tmp_path):
    """The README's Python API example, run as a user runs it: a script in a fresh process."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    (tmp_path / "example.py").write_text(code, encoding="utf-8")
    done = subprocess.run([sys.executable, "example.py"], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "5 documents, 54 entities, 0 skipped"
    assert lines[1].split() == ["org", "orgLabel", "partner", "partnerLabel", "evidenceCount"]
    assert any(line.startswith("gke:binance  Binance   gke:interpol") for line in lines)
    assert "'https://w3id.org/graphkit/entity/europol'" in done.stdout
    assert lines[-1] == "Conforms: the graph follows the output contract."
    assert (tmp_path / "graph.ttl").read_bytes().startswith(b"@prefix ")

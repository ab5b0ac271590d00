"""The command line: exact output, exit codes, help everywhere, no tracebacks for users' mistakes."""

from __future__ import annotations

import json
import re
import os
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from graphkit import __version__
from graphkit.cli import main

from .conftest import CORPUS

TINY = """@prefix ppp: <https://w3id.org/graphkit/ppp#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/graphkit/entity/b> a ppp:Company ; rdfs:label "Binance"@en .
<https://w3id.org/graphkit/entity/i> a ppp:IntergovernmentalOrganization ; rdfs:label "INTERPOL"@en .
<https://w3id.org/graphkit/entity/b> ppp:partnersWith <https://w3id.org/graphkit/entity/i> .
"""


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def tiny(tmp_path):
    path = tmp_path / "tiny.ttl"
    path.write_text(TINY, encoding="utf-8")
    return path


def _commands(group: click.Group, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            # a group's own arguments come before its commands (`graphkit curate FILE list`)
            given = tuple(param.name.upper() for param in cmd.params if isinstance(param, click.Argument))
            yield from _commands(cmd, prefix + (name, *given))


def test_every_command_has_help(runner):
    commands = list(_commands(main))
    assert {c[0][0] for c in commands} >= {"build", "query", "view", "validate", "evaluate"}
    for path, cmd in commands:
        assert cmd.help and len(cmd.help.split()) >= 8, f"graphkit {' '.join(path)} has no real help text"
        result = runner.invoke(main, [*path, "--help"])
        assert result.exit_code == 0
        assert "Usage: main " + " ".join(path) in result.output or "Usage: graphkit" in result.output
        for param in cmd.params:
            if isinstance(param, click.Option) and not param.hidden:
                assert param.help, f"graphkit {' '.join(path)} {param.opts[0]} has no help"


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"graphkit, version {__version__}\n"


def test_python_dash_m():
    done = subprocess.run([sys.executable, "-m", "graphkit", "--version"], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout == f"graphkit, version {__version__}\n"


def test_the_command_exits_quickly_with_its_output_and_exit_handlers(tmp_path):
    """``graphkit`` (cli.run) skips freeing memory at exit, but not the last flush, the exit handlers nor the code."""
    env = dict(os.environ, TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    out = tmp_path / "g.ttl"
    to_file = subprocess.run([sys.executable, "-m", "graphkit", "build", str(CORPUS), "-o", str(out)],
                             capture_output=True, env=env)
    assert to_file.returncode == 0, to_file.stderr
    assert to_file.stderr.decode().startswith("built 5 documents")
    to_stdout = subprocess.run([sys.executable, "-m", "graphkit", "build", str(CORPUS), "-q"], capture_output=True, env=env)
    assert to_stdout.returncode == 0 and to_stdout.stderr == b""
    assert to_stdout.stdout == out.read_bytes()  # every buffered byte written before the process ends
    assert list((tmp_path / "tmp").iterdir()) == []  # the build's temporary files removed
    missing = subprocess.run([sys.executable, "-m", "graphkit", "build", str(tmp_path / "nothing")], capture_output=True)
    assert missing.returncode == 2 and b"no such file or folder" in missing.stderr
    (tmp_path / "a.txt").write_text("Europol and Microsoft signed an agreement.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    skipped = subprocess.run([sys.executable, "-m", "graphkit", "build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                              "-o", str(tmp_path / "ab.ttl")], capture_output=True)
    assert skipped.returncode == 4 and b"b.txt: is empty" in skipped.stderr


def test_the_command_runs_exit_handlers_and_waits_for_threads(tmp_path):
    script = (
        "import atexit, sys, threading, time\n"
        "from graphkit.cli import run\n"
        "atexit.register(lambda: print('handlers ran', file=sys.stderr))\n"
        f"threading.Thread(target=lambda: (time.sleep(0.3), open({str(tmp_path / 'thread')!r}, 'w').write('done'))).start()\n"
        "sys.stdout.write('buffered ')\n"
        "run(['--version'])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout == f"buffered graphkit, version {__version__}\n"
    assert done.stderr == "handlers ran\n"
    assert (tmp_path / "thread").read_text() == "done"
    failed = subprocess.run([sys.executable, "-c", "from graphkit.cli import run; run(['query'])"],
                            capture_output=True, text=True)
    assert failed.returncode == 2 and "Missing argument" in failed.stderr


def test_build_writes_turtle_and_html(runner, tmp_path, seeds):
    out, html = tmp_path / "g.ttl", tmp_path / "g.html"
    result = runner.invoke(main, ["build", str(CORPUS), "-o", str(out), "--html", str(html)])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(
        rf"built 5 documents: \d+ entities, \d+ relations, \d+ figures \(\d+ triples\)\n"
        rf"  turtle: {re.escape(str(out))}\n  html: {re.escape(str(html))}\n", result.stderr)
    assert isomorphic(Graph().parse(out), seeds.graph)
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_build_format_from_the_ending_and_stdout(runner, tmp_path):
    one = str(CORPUS / "002_c4961fa566e269b9.txt")
    result = runner.invoke(main, ["build", one, "-o", str(tmp_path / "g.jsonld"), "-q"])
    assert result.exit_code == 0 and result.stderr == ""
    assert "@context" in json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    result = runner.invoke(main, ["build", one, "--format", "nt", "-q"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines == sorted(lines) and all(line.endswith(" .") for line in lines)


def test_build_writes_n_quads_from_the_ending(runner, tmp_path):
    one = str(CORPUS / "002_c4961fa566e269b9.txt")
    result = runner.invoke(main, ["build", one, "-o", str(tmp_path / "g.nq")])
    assert result.exit_code == 0
    assert result.stderr.endswith(f"  nq: {tmp_path / 'g.nq'}\n")
    lines = (tmp_path / "g.nq").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and all(line.endswith(" .") for line in lines)
    from rdflib import Dataset

    assert len(Dataset().parse(tmp_path / "g.nq", format="nquads")) == len(lines)
    result = runner.invoke(main, ["query", str(tmp_path / "g.nq"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                  "-f", "csv"])
    assert result.output.split() == ["n", str(len(lines))]


def test_build_missing_input_is_one_line(runner, tmp_path):
    result = runner.invoke(main, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 2
    assert result.stderr == f"error: [E100] {tmp_path / 'nope.txt'}: no such file or folder\n  hint: check the path\n"
    assert not (tmp_path / "g.ttl").exists()


def test_build_skips_bad_files_with_exit_4(runner, tmp_path):
    (tmp_path / "a.txt").write_text("Binance samarbetar med Hongkongs polis.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 latin-1")
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(tmp_path), "-o", str(out), "-q"])
    assert result.exit_code == 4
    assert result.stderr.startswith(f"warning: skipped {tmp_path / 'b.txt'}: not valid UTF-8 "
                                    f"(byte 3: invalid continuation byte); it looks like ")
    assert result.stderr.count("\n") == 1 and " -t UTF-8" in result.stderr  # the encoding it may be in, the command
    assert out.exists()


def test_build_bad_language_option(runner, tmp_path):
    (tmp_path / "a.txt").write_text("Binance.", encoding="utf-8")
    result = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "--lang", "french"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: [E100] language = 'french' is invalid")


def test_query_table(runner, tiny):
    result = runner.invoke(main, ["query", str(tiny), "SELECT ?s ?l WHERE { ?s a ppp:Company ; rdfs:label ?l }"])
    assert result.exit_code == 0
    assert result.output == "s      l\n-----  -------\ngke:b  Binance\n(1 row)\n"


def test_query_formats(runner, tiny):
    q = "SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l"
    csv = runner.invoke(main, ["query", str(tiny), q, "--format", "csv"])
    assert csv.output.replace("\r\n", "\n") == "l\nBinance\nINTERPOL\n"
    tsv = runner.invoke(main, ["query", str(tiny), q, "--format", "tsv"])
    assert tsv.output.replace("\r\n", "\n") == '?l\n"Binance"@en\n"INTERPOL"@en\n'
    data = json.loads(runner.invoke(main, ["query", str(tiny), q, "--format", "json"]).output)
    assert data["head"]["vars"] == ["l"]
    assert [b["l"]["value"] for b in data["results"]["bindings"]] == ["Binance", "INTERPOL"]


def test_query_ask_and_construct(runner, tiny):
    assert runner.invoke(main, ["query", str(tiny), "ASK { ?a ppp:partnersWith ?b }"]).output == "true\n"
    result = runner.invoke(main, ["query", str(tiny), "CONSTRUCT { ?a ppp:partnersWith ?b } WHERE { ?a ppp:partnersWith ?b }"])
    assert result.exit_code == 0
    g = Graph().parse(data=result.output, format="turtle")
    assert len(g) == 1


def test_query_from_file(runner, tiny, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", encoding="utf-8")
    result = runner.invoke(main, ["query", str(tiny), f"@{rq}", "--format", "csv"])
    assert result.output.replace("\r\n", "\n") == "n\n5\n"
    missing = runner.invoke(main, ["query", str(tiny), f"@{tmp_path / 'none.rq'}"])
    assert missing.exit_code == 2
    assert missing.stderr.startswith(f"error: [E400] {tmp_path / 'none.rq'}: no such query file")


def test_query_syntax_error_shows_line_and_column(runner, tiny):
    result = runner.invoke(main, ["query", str(tiny), "SELECT ?x WHERE {\n  ?x ?y }"])
    assert result.exit_code == 2
    first = result.stderr.splitlines()[0]
    assert re.match(r"error: \[E400\] SPARQL syntax error at line 2, column \d+: expected ", first)
    assert "Traceback" not in result.stderr
    assert "  ?x ?y }" in result.stderr


def test_query_unknown_name(runner, tiny):
    result = runner.invoke(main, ["query", str(tiny), "nosuchquery"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: [E400] no named query 'nosuchquery'\n  hint: named queries: ")


def test_query_list_names_every_rq_file(runner, tiny):
    from graphkit.resources import ontology_dir

    result = runner.invoke(main, ["query", str(tiny), "--list"])
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if not line.startswith(" ")]
    assert [line.split()[0] for line in lines] == sorted(p.stem for p in (ontology_dir() / "queries").glob("*.rq"))
    assert all(len(line.split(None, 1)) == 2 for line in lines)
    assert "   --param org=…  " in result.output  # parameters are listed under their query


def test_malformed_graph_file_is_one_line(runner, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> ", encoding="utf-8")
    for args in (["query", str(bad), "ASK {}"], ["view", str(bad)], ["validate", str(bad)]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, args
        assert result.stderr.startswith(f"error: [E300] {bad}: not valid"), args
        assert len(result.stderr.splitlines()) == 2 and "Traceback" not in result.stderr


def test_debug_shows_the_traceback(runner, tmp_path):
    result = runner.invoke(main, ["--debug", "query", str(tmp_path / "none.ttl"), "ASK {}"])
    assert result.exit_code == 2
    assert "Traceback" in result.stderr


def test_validate_and_view_on_the_seeds(runner, seeds_ttl, tmp_path):
    result = runner.invoke(main, ["validate", str(seeds_ttl)])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(rf"{re.escape(str(seeds_ttl))}: conforms to the shapes \(\d+ triples\)\n", result.output)
    html = tmp_path / "v.html"
    result = runner.invoke(main, ["view", str(seeds_ttl), "-o", str(html)])
    assert result.exit_code == 0 and result.stderr == f"html: {html}\n"
    assert "<script" in html.read_text(encoding="utf-8")


def test_validate_failure_exits_1(runner, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(TINY, encoding="utf-8")  # a relation without evidence
    result = runner.invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith(f"{bad}: does not conform to the shapes (")


def test_evaluate_text_and_json(runner, seeds_ttl, gold_dir):
    text = runner.invoke(main, ["evaluate", str(seeds_ttl), "--gold", str(gold_dir), "--no-misses"])
    assert text.exit_code == 0
    assert "Entities" in text.output and "Relations" in text.output and "Figures" in text.output
    data = json.loads(runner.invoke(main, ["evaluate", str(seeds_ttl), "--gold", str(gold_dir), "--json"]).output)
    assert set(data) >= {"entities", "relations", "figures", "mentions"}


def test_evaluate_bad_gold_is_one_line(runner, seeds_ttl, tmp_path):
    (tmp_path / "g.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(main, ["evaluate", str(seeds_ttl), "--gold", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: [E600] {tmp_path / 'g.json'}: is not valid JSON")


def test_languages_lists_what_each_language_reads(runner):
    import json

    from graphkit.lang import available

    result = runner.invoke(main, ["languages"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:4] == ["CODE", "LANGUAGE", "SOURCE", "IDENTIFIED"]
    assert len(available()) >= 50 and f"{len(available())} languages with a hand-written file" in result.output
    rows = {r["code"]: r for r in json.loads(runner.invoke(main, ["languages", "--all", "--json"]).output)}
    assert rows["sw"]["source"] == "hand-written" and rows["sw"]["relations"] >= 10
    assert rows["bo"] == {**rows["bo"], "source": "CLDR", "identified": "script", "relations": 0, "dates": True,
                          "money": True}
    assert rows["pl"]["inflection"] and rows["fr"]["identified"] == "lingua"


# ---------------------------------------------------------------- '-': standard input and output

ARTICLE = CORPUS / "002_c4961fa566e269b9.txt"


@pytest.fixture(scope="module")
def piped() -> bytes:
    """`graphkit build - -o -`: an article on standard input, its Turtle on standard output."""
    result = CliRunner().invoke(main, ["build", "-", "-o", "-"], input=ARTICLE.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert re.fullmatch(r"built 1 documents: \d+ entities, \d+ relations, \d+ figures \(\d+ triples\)\n", result.stderr)
    return result.stdout_bytes


def test_build_reads_an_article_on_standard_input(piped):
    from rdflib.namespace import DCTERMS

    from graphkit.pipeline import build

    g = Graph().parse(data=piped.decode("utf-8"), format="turtle")
    assert {str(o) for o in g.objects(None, DCTERMS.identifier)} == {"stdin"}
    from_file = build([ARTICLE]).graph
    assert len(g) == len(from_file)  # the same statements, under another document name


def test_build_from_standard_input_says_what_is_wrong(runner, tmp_path):
    empty = runner.invoke(main, ["build", "-", "-o", str(tmp_path / "g.ttl")], input=b"  \n")
    assert empty.exit_code == 2
    assert empty.stderr.startswith("warning: skipped -: is empty\n")
    latin1 = runner.invoke(main, ["build", "-", str(ARTICLE), "-o", str(tmp_path / "g.ttl"), "-q"],
                           input="café crème".encode("latin-1"))
    assert latin1.exit_code == 4 and latin1.stderr.startswith("warning: skipped -: not valid UTF-8")
    twice = runner.invoke(main, ["build", "-", "-", "-o", str(tmp_path / "g.ttl")], input=b"x")
    assert twice.exit_code == 2 and "'-' (standard input) is given more than once" in twice.stderr
    both = runner.invoke(main, ["build", str(ARTICLE), "-o", "-", "--html", "-"])
    assert both.exit_code == 2 and "both write to standard output" in both.stderr


def test_build_from_standard_input_into_a_knowledge_base(runner, tmp_path):
    store = tmp_path / "kb"
    result = runner.invoke(main, ["build", "-", "--store", str(store)], input=ARTICLE.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"{store}: 1 added, 0 replaced, 0 unchanged (")
    again = runner.invoke(main, ["build", "-", "--store", str(store)], input=ARTICLE.read_bytes())
    assert again.stderr.startswith(f"{store}: 0 added, 0 replaced, 1 unchanged (")


def test_query_validate_analyze_read_a_graph_on_standard_input(runner, piped):
    result = runner.invoke(main, ["query", "-", "SELECT ?id WHERE { ?d dcterms:identifier ?id }", "-f", "csv"],
                           input=piped)
    assert result.exit_code == 0, result.stderr
    assert result.output.split() == ["id", "stdin"]
    result = runner.invoke(main, ["validate", "-"], input=piped)
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"-: conforms to the shapes \(\d+ triples\)\n", result.output)
    result = runner.invoke(main, ["analyze", "-", "--format", "json"], input=piped)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.output)["graph"] == "-"


@pytest.mark.parametrize("fmt", ["nt", "nq", "trig", "json-ld"])
def test_a_graph_on_standard_input_in_any_format(runner, piped, fmt):
    g = Graph().parse(data=piped.decode("utf-8"), format="turtle")
    from graphkit.rdf import serialize

    result = runner.invoke(main, ["query", "-", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-f", "csv"],
                           input=serialize(g, fmt))
    assert result.exit_code == 0, result.stderr
    assert result.output.split() == ["n", str(len(g))]


def test_a_bad_graph_on_standard_input_is_one_line(runner):
    empty = runner.invoke(main, ["validate", "-"], input=b"")
    assert empty.exit_code == 2
    assert empty.stderr.startswith("error: [E300] -: standard input is empty, not a graph\n")
    bad = runner.invoke(main, ["query", "-", "ASK {}"], input=b"<a> <b> ")
    assert bad.exit_code == 2
    assert bad.stderr.startswith("error: [E300] -: not valid Turtle or TriG at line 1")
    assert len(bad.stderr.splitlines()) == 2 and "/tmp" not in bad.stderr and "graphkit-stdin" not in bad.stderr


def test_query_text_on_standard_input(runner, tiny):
    result = runner.invoke(main, ["query", str(tiny), "@-", "-f", "csv"],
                           input=b"SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert result.output.split() == ["n", "5"]
    both = runner.invoke(main, ["query", "-", "@-"], input=b"")
    assert both.exit_code == 2 and "cannot both come from standard input" in both.stderr


def test_view_writes_the_page_to_standard_output(runner, tiny, piped, tmp_path):
    result = runner.invoke(main, ["view", str(tiny), "-o", "-"])
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("<!DOCTYPE html>") and "<title>tiny.ttl</title>" in result.stdout
    assert not (tmp_path / "tiny.html").exists()
    from_stdin = runner.invoke(main, ["view", "-"], input=piped)  # no -o: a graph from stdin goes to stdout
    assert from_stdin.exit_code == 0 and from_stdin.stdout.startswith("<!DOCTYPE html>")


def test_analyze_exports_to_standard_output(runner, seeds_ttl, tmp_path):
    result = runner.invoke(main, ["analyze", str(seeds_ttl), "--graphml", "-"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<?xml") and "<graphml" in result.stdout  # the export, not the report
    result = runner.invoke(main, ["analyze", str(seeds_ttl), "--nodes-csv", "-", "--edges-csv", str(tmp_path / "e.csv")])
    assert result.exit_code == 0 and result.stdout.startswith("id,label,")
    assert result.stderr == f"csv: {tmp_path / 'e.csv'}\n"
    two = runner.invoke(main, ["analyze", str(seeds_ttl), "--graphml", "-", "--gexf", "-"])
    assert two.exit_code == 2 and "only one export can go to standard output" in two.stderr


def test_evaluate_reads_the_graph_or_a_gold_file_on_standard_input(runner, seeds_ttl, gold_dir):
    expected = runner.invoke(main, ["evaluate", str(seeds_ttl), "--gold", str(gold_dir), "--json"]).output
    result = runner.invoke(main, ["evaluate", "-", "--gold", str(gold_dir), "--json"], input=seeds_ttl.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert result.output == expected
    one = sorted(gold_dir.glob("*.json"))[0]
    result = runner.invoke(main, ["evaluate", str(seeds_ttl), "--gold", "-", "--json"], input=one.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.output)["documents"] == [json.loads(one.read_text(encoding="utf-8"))["document"]]


@pytest.mark.parametrize("command", [["validate"], ["view", "-o", "{out}"]])
def test_a_value_rdflib_cannot_read_is_not_logged_with_a_traceback(tmp_path, command):
    """rdflib logs a traceback for "abc"^^xsd:integer; the commands turn its log down to errors when rdflib is
    imported (a build, which never imports it, does not import ``logging`` for it either)."""
    graph = tmp_path / "g.ttl"
    graph.write_text('@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
                     '<http://ex.org/a> <http://ex.org/b> "abc"^^xsd:integer .\n', encoding="utf-8")
    args = [arg.format(out=tmp_path / "g.html") for arg in command]
    quiet = subprocess.run([sys.executable, "-m", "graphkit", args[0], str(graph), *args[1:]],
                           capture_output=True, text=True, timeout=300)
    assert quiet.returncode == 0, quiet.stderr
    assert "Traceback" not in quiet.stderr and "Failed to convert" not in quiet.stderr
    debug = subprocess.run([sys.executable, "-m", "graphkit", "--debug", args[0], str(graph), *args[1:]],
                           capture_output=True, text=True, timeout=300)
    assert debug.returncode == 0 and "Failed to convert Literal" in debug.stderr


def test_rdflib_already_imported_is_turned_down_at_once(runner, tmp_path):
    import logging

    import rdflib  # noqa: F401 - imported before the command runs, as by a program that calls it

    logger = logging.getLogger("rdflib")
    before = logger.level
    try:
        logger.setLevel(logging.NOTSET)
        result = runner.invoke(main, ["validate", str(tmp_path / "none.ttl")])
        assert result.exit_code == 2
        assert logger.level == logging.ERROR
    finally:
        logger.setLevel(before)

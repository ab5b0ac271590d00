"""Tests of graphkit.serve: the routes through Starlette's TestClient, and one real server driven by Chromium."""

from __future__ import annotations

import csv
import io
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit import curate
from graphkit import kb as knowledge_base
from graphkit.cli import main
from graphkit.serve import create_app
from graphkit.vocab import ENTITY

from .conftest import CORPUS, ROOT

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

BINANCE, INTERPOL = str(ENTITY.binance), str(ENTITY.interpol)
HOSTILE = '<img src=x onerror="alert(1)">&amp;</script>'
PAIR = "ASK { gke:binance ppp:partnersWith gke:interpol }"


@pytest.fixture(scope="module")
def built_kb(tmp_path_factory) -> Path:
    """The example corpus as a knowledge base, built once; each test gets a copy."""
    kb = tmp_path_factory.mktemp("serve") / "kb"
    knowledge_base.add([CORPUS], kb)
    return kb


@pytest.fixture
def kb(built_kb, tmp_path) -> Path:
    copy = tmp_path / "kb"
    shutil.copytree(built_kb, copy)
    return copy


def client(kb: Path, curation: Path | None = None):
    from starlette.testclient import TestClient

    return TestClient(create_app(kb, curation), base_url="http://127.0.0.1")


def page_data(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="graphkit-data">(.*?)</script>', page,
                                re.S).group(1))


#: The claim of the pair PAIR asks about, as :func:`claimed` lists it.
PAIR_CLAIM = (BINANCE, "partnersWith", INTERPOL)


def claimed(data: dict) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of each edge the page's claims list."""
    edges = {e["id"]: e for e in data["edges"]}
    return {(edges[i]["from"], edges[i]["label"], edges[i]["to"]) for c in data["claims"] if c[0] == 0 for i in c[1]}


def ask(c, sparql: str) -> bool:
    response = c.get("/sparql", params={"query": sparql})
    assert response.status_code == 200, response.text
    return response.json()["boolean"]


# --------------------------------------------------------------------------- the page and SPARQL


def test_the_page_is_the_viewer_of_the_knowledge_base(kb):
    from graphkit.view import page

    c = client(kb)
    response = c.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    served = page_data(response.text)
    static = page_data(page(kb))
    assert "actions" not in served and "connect-src" not in response.text  # read-only: no action offered
    assert served == static


def test_sparql_select_as_json_csv_and_tsv_by_accept(kb):
    c = client(kb)
    sparql = "SELECT ?e ?label WHERE { ?e a ppp:IntergovernmentalOrganization ; rdfs:label ?label } ORDER BY ?e"
    as_json = c.get("/sparql", params={"query": sparql})
    assert as_json.headers["content-type"] == "application/sparql-results+json"
    bindings = as_json.json()["results"]["bindings"]
    assert INTERPOL in [b["e"]["value"] for b in bindings]
    as_csv = c.post("/sparql", data={"query": sparql}, headers={"Accept": "text/csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(as_csv.text)))
    assert rows[0] == ["e", "label"] and [r[0] for r in rows[1:]] == [b["e"]["value"] for b in bindings]
    as_tsv = c.post("/sparql", content=sparql.encode(), headers={"Content-Type": "application/sparql-query",
                                                                   "Accept": "text/tab-separated-values"})
    assert as_tsv.headers["content-type"].startswith("text/tab-separated-values")
    assert as_tsv.text.splitlines()[0] == "?e\t?label" and len(as_tsv.text.splitlines()) == len(rows)
    # q values: the preferred one wins
    preferred = c.get("/sparql", params={"query": sparql},
                      headers={"Accept": "application/sparql-results+json;q=0.5, text/csv"})
    assert preferred.headers["content-type"].startswith("text/csv")


def test_sparql_construct_as_turtle_or_n_triples(kb):
    c = client(kb)
    sparql = f"CONSTRUCT {{ <{BINANCE}> ?p ?o }} WHERE {{ <{BINANCE}> ?p ?o }}"
    turtle = c.get("/sparql", params={"query": sparql})
    assert turtle.headers["content-type"].startswith("text/turtle") and "Binance" in turtle.text
    nt = c.get("/sparql", params={"query": sparql}, headers={"Accept": "application/n-triples"})
    lines = nt.text.splitlines()
    assert nt.headers["content-type"].startswith("application/n-triples")
    assert lines and all(line.startswith(f"<{BINANCE}> ") and line.endswith(" .") for line in lines)


@pytest.mark.parametrize("request_kind", ["form update", "direct update", "query field", "get"])
def test_sparql_updates_are_refused_and_change_nothing(kb, request_kind):
    c = client(kb)
    update = f"DELETE WHERE {{ <{BINANCE}> ?p ?o }}"
    if request_kind == "form update":
        response = c.post("/sparql", data={"update": update})
    elif request_kind == "direct update":
        response = c.post("/sparql", content=update.encode(), headers={"Content-Type": "application/sparql-update"})
    elif request_kind == "query field":
        response = c.post("/sparql", data={"query": update})
    else:
        response = c.get("/sparql", params={"query": update})
    assert response.status_code == 403 and "only reads" in response.text
    assert ask(c, f"ASK {{ <{BINANCE}> ?p ?o }}")


def test_sparql_errors_are_one_line_with_their_code(kb):
    c = client(kb)
    service = c.get("/sparql", params={"query": "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"})
    assert service.status_code == 400 and service.text.startswith("[E400] SERVICE at line 1")
    syntax = c.get("/sparql", params={"query": "SELEC ?x"})
    assert syntax.status_code == 400 and syntax.text.startswith("[E400] SPARQL syntax error")
    # the endpoint takes SPARQL text only: never a file of this machine, nor a named query's name
    local = c.get("/sparql", params={"query": "@/etc/passwd"})
    assert local.status_code == 400 and "root:" not in local.text
    assert c.get("/sparql").status_code == 400


# --------------------------------------------------------------------------- named queries


def test_named_queries_as_pages_and_downloads_with_parameters(kb):
    c = client(kb)
    index = c.get("/queries")
    assert index.status_code == 200 and 'href="queries/partners"' in index.text
    as_json = c.get("/queries/partners", params={"org": "Binance", "format": "json"})
    assert as_json.status_code == 200
    bindings = as_json.json()["results"]["bindings"]
    assert bindings and {b["org"]["value"] for b in bindings} == {BINANCE}
    assert INTERPOL in {b["partner"]["value"] for b in bindings}
    as_csv = c.get("/queries/partners", params={"org": "Binance", "format": "csv"})
    assert "attachment" in as_csv.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert sorted(r["partner"] for r in rows) == sorted(b["partner"]["value"] for b in bindings)
    every = list(csv.DictReader(io.StringIO(c.get("/queries/partners", params={"format": "csv"}).text)))
    assert len(every) > len(rows)
    page = c.get("/queries/partners", params={"org": "Binance"})
    assert page.status_code == 200 and "default-src 'none'" in page.headers["content-security-policy"]
    assert f"{len(rows)} row{'s' if len(rows) != 1 else ''}</p>" in page.text and 'value="Binance"' in page.text
    assert "format=csv" in page.text and "<script" not in page.text
    assert c.get("/queries/nothing-such").status_code == 404
    assert c.get("/queries/partners", params={"nope": "1"}).status_code == 400


def test_article_text_is_escaped_in_the_query_pages_and_the_page(kb):
    knowledge_base.update(kb, f'INSERT DATA {{ <{BINANCE}> rdfs:label """{HOSTILE}"""@en }}')
    c = client(kb)
    for response in (c.get("/queries/entities"), c.get("/"), c.get("/queries/partners", params={"org": HOSTILE})):
        assert response.status_code == 200
        assert HOSTILE not in response.text and "<img" not in response.text
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp;&lt;/script&gt;" in c.get("/queries/entities").text
    assert [HOSTILE, "en"] in next(n for n in page_data(c.get("/").text)["nodes"] if n["id"] == BINANCE)["names"]


# --------------------------------------------------------------------------- curation


@pytest.mark.parametrize("action", ["reject-entity", "reject-relation", "merge", "rename"])
def test_actions_are_refused_without_a_curation_file(kb, action):
    c = client(kb)
    response = c.post(f"/curate/{action}", data={"entity": BINANCE, "token": c.app.state.token})
    assert response.status_code == 403 and "--curation" in response.json()["error"]
    assert ask(c, PAIR)


def test_an_action_is_recorded_in_the_file_and_applied_at_once(kb, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    notes = tmp_path / "notes.ttl"
    c = client(kb, notes)
    page = c.get("/").text
    assert page_data(page)["actions"] == {"token": c.app.state.token} and "connect-src 'self'" in page
    assert ask(c, PAIR)
    assert PAIR_CLAIM in claimed(page_data(page))
    form = {"subject": BINANCE, "predicate": "partnersWith", "object": INTERPOL, "why": "they met once", "by": "alice"}
    response = c.post("/curate/reject-relation", data=form, headers={"X-Graphkit-Token": c.app.state.token})
    assert response.status_code == 200, response.text
    assert response.json()["message"].startswith("decision 1 of 1: reject-relation gke:binance partnersWith gke:interpol (curation: 1 decision applied")
    decisions = curate.load(notes).decisions
    assert [(d.action, d.reason, d.by) for d in decisions] == [("reject-relation", "they met once", "alice")]
    assert not ask(c, PAIR)
    assert not knowledge_base.open_read(kb).query(PAIR, prefixes={"gke": str(ENTITY),
                                                                  "ppp": "https://w3id.org/graphkit/ppp#"})
    # the next page shows the decision, and the claims of the curated graph
    data = page_data(c.get("/").text)
    assert data["decisions"][0][:3] == [decisions[0].summary(), "they met once", "alice"]
    assert claimed(data) and PAIR_CLAIM not in claimed(data)
    # a rename, by a form field token: the page shows the new name and marks the entity
    response = c.post("/curate/rename", data={"entity": INTERPOL, "label": "ICPO-INTERPOL",
                                             "token": c.app.state.token})
    assert response.status_code == 200, response.text
    node = next(n for n in page_data(c.get("/").text)["nodes"] if n["id"] == INTERPOL)
    assert node["label"] == "ICPO-INTERPOL" and node["curated"] == [1]
    # a server started again on the same file and knowledge base has the same graph
    assert not ask(client(kb, notes), PAIR)


def test_actions_need_the_token_and_the_same_origin(kb, tmp_path):
    notes = tmp_path / "notes.ttl"
    c = client(kb, notes)
    form = {"entity": BINANCE}
    assert c.post("/curate/reject-entity", data=form).status_code == 403
    assert c.post("/curate/reject-entity", data={**form, "token": "guess"}).status_code == 403
    crossed = c.post("/curate/reject-entity", data={**form, "token": c.app.state.token},
                     headers={"Origin": "http://evil.example"})
    assert crossed.status_code == 403 and "another site" in crossed.json()["error"]
    # a name of another host (DNS rebinding) reads neither the page nor its token
    assert c.get("/", headers={"Host": "evil.example:8080"}).status_code == 421
    assert not notes.exists() or not curate.load(notes).decisions
    assert ask(c, f"ASK {{ <{BINANCE}> ?p ?o }}")


def test_a_bad_decision_is_a_one_line_error_and_leaves_the_file_unchanged(kb, tmp_path):
    notes = tmp_path / "notes.ttl"
    c = client(kb, notes)
    token = {"X-Graphkit-Token": c.app.state.token}
    response = c.post("/curate/rename", data={"entity": BINANCE, "label": "  "}, headers=token)
    assert response.status_code == 400 and response.json()["error"].startswith("[E150] rename needs a new name")
    response = c.post("/curate/reject-relation", data={"subject": BINANCE, "predicate": "knows", "object": INTERPOL},
                      headers=token)
    assert response.status_code == 400 and "'knows' is not a relation predicate" in response.json()["error"]
    assert not notes.exists()


# --------------------------------------------------------------------------- the command


def test_oversized_bodies_are_refused_before_they_are_read_whole(kb, tmp_path):
    from graphkit.serve import MAX_ACTION_BYTES, MAX_QUERY_BYTES

    notes = tmp_path / "notes.ttl"
    c = client(kb, notes)
    token = {"X-Graphkit-Token": c.app.state.token}
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * MAX_QUERY_BYTES
    for headers, content in (({"Content-Type": "application/sparql-query"}, big),
                             ({"Content-Type": "application/x-www-form-urlencoded"}, "query=" + big)):
        response = c.post("/sparql", content=content, headers=headers)
        assert response.status_code == 413 and f"larger than {MAX_QUERY_BYTES:,} bytes" in response.text
        # sent in chunks, without a Content-Length: counted as it arrives
        chunks = (content[i:i + 65536].encode() for i in range(0, len(content), 65536))
        assert c.post("/sparql", content=chunks, headers=headers).status_code == 413
    response = c.post("/curate/reject-entity", headers=token,
                      data={"entity": "Read More", "why": "x" * MAX_ACTION_BYTES})
    assert response.status_code == 413 and "larger than" in response.json()["error"]
    assert not notes.exists()
    # a query of ordinary length still answers
    assert c.post("/sparql", content="ASK { ?s ?p ?o }", headers={"Content-Type": "application/sparql-query"}
                  ).json()["boolean"] is True


def test_reading_a_query_and_opening_the_store_never_hold_the_event_loop(kb, monkeypatch):
    import asyncio

    from graphkit import sparql

    def off_the_loop(function):
        def checked(*args, **kwargs):
            with pytest.raises(RuntimeError):  # no event loop runs in this thread
                asyncio.get_running_loop()
            calls.append(function.__name__)
            return function(*args, **kwargs)
        return checked

    calls: list[str] = []
    c = client(kb)
    monkeypatch.setattr(sparql, "is_update", off_the_loop(sparql.is_update))
    monkeypatch.setattr(knowledge_base, "open_read", off_the_loop(knowledge_base.open_read))
    for response in (c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}),
                     c.post("/sparql", content="ASK { ?s ?p ?o }", headers={"Content-Type": "application/sparql-query"}),
                     c.get("/queries/entities", params={"format": "csv"}), c.get("/queries/entities")):
        assert response.status_code == 200, response.text
    assert calls == ["is_update", "open_read", "is_update"]  # the store opened at the first request, once


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")  # results dropped in their thread
def test_an_answer_larger_than_the_limit_is_refused_not_made(kb, monkeypatch):
    from graphkit import serve

    c = client(kb)
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"  # 3299 × 3299 rows: gigabytes of JSON
    whole = c.get("/sparql", params={"query": "SELECT * WHERE { ?a ?b ?c }"}, headers={"Accept": "text/csv"})
    assert whole.status_code == 200
    monkeypatch.setattr(serve, "MAX_ANSWER_BYTES", len(whole.content) * 4)
    for accept in ("application/sparql-results+json", "text/csv", "text/tab-separated-values"):
        response = c.get("/sparql", params={"query": cross}, headers={"Accept": accept})
        assert response.status_code == 400, response.text[:200]
        assert response.text.startswith(f"[E400] the answer would be larger than {len(whole.content) * 4:,} bytes")
        assert "LIMIT" in response.text
    construct = c.get("/sparql", params={"query": "CONSTRUCT { ?a ?b ?d } WHERE { ?a ?b ?c . ?d ?e ?f }"})
    assert construct.status_code == 400 and "larger than" in construct.text
    assert c.get("/sparql", params={"query": "SELECT * WHERE { ?a ?b ?c }"}).status_code == 200  # within it
    monkeypatch.setattr(serve, "MAX_ANSWER_BYTES", 2_000)
    for params in ({"format": "csv"}, {"format": "json"}, {}):
        response = c.get("/queries/entities", params=params)
        assert response.status_code == 400 and "larger than 2,000 bytes" in response.text


def test_two_servers_on_one_file_and_knowledge_base_lose_no_decision(kb, tmp_path, monkeypatch):
    notes = tmp_path / "notes.ttl"
    first, second = client(kb, notes), client(kb, notes)
    add = curate.add
    done = []

    def add_then_let_the_other_go_first(path, decision):
        added = add(path, decision)
        if not done:  # the first server's decision is in the file; the second server records its own, whole
            done.append(None)
            done[0] = second.post("/curate/reject-entity", data={"entity": INTERPOL, "token": second.app.state.token})
        return added

    monkeypatch.setattr(curate, "add", add_then_let_the_other_go_first)
    response = first.post("/curate/reject-entity", data={"entity": "gke:pakistan-fia",
                                                         "token": first.app.state.token})
    assert response.status_code == 200 and done[0].status_code == 200, (response.text, done[0].text)
    assert len(curate.load(notes)) == 2
    kept = knowledge_base.stored_curation(knowledge_base.open_read(kb))
    assert len(kept) == 2  # the knowledge base keeps both decisions, as the file does
    for c in (first, second):
        assert not ask(c, f"ASK {{ <{INTERPOL}> ?p ?o }}") and not ask(c, "ASK { gke:pakistan-fia ?p ?o }")


def test_serve_help_has_examples():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "graphkit serve kb/ --port 9000 --curation notes.ttl" in result.output


def test_a_port_in_use_is_a_one_line_error(kb):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    port = taken.getsockname()[1]
    try:
        result = CliRunner().invoke(main, ["serve", str(kb), "--port", str(port)])
    finally:
        taken.close()
    assert result.exit_code == 2
    assert result.output == (f"error: [E950] port {port} on 127.0.0.1 is in use\n"
                             "  hint: give another one with --port, or stop what listens there\n")


def test_a_folder_that_is_no_knowledge_base_is_a_one_line_error(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_text("a")
    result = CliRunner().invoke(main, ["serve", str(tmp_path / "x")])
    assert result.exit_code == 2 and result.output.startswith("error: [E900]") and "Traceback" not in result.output


def test_without_the_serve_extra_the_error_says_how_to_install_it(kb, monkeypatch):
    monkeypatch.setitem(sys.modules, "starlette", None)
    result = CliRunner().invoke(main, ["serve", str(kb)])
    assert result.exit_code == 3
    assert result.output.startswith("error: [E700] graphkit serve needs starlette and uvicorn")
    assert "hint: pip install 'graphkit[serve]'" in result.output


# --------------------------------------------------------------------------- a real server, in Chromium


def test_served_page_rejects_an_entity_in_the_browser(kb, tmp_path, chromium):
    from tests import browser as bw

    if os.environ.get(bw.SKIP_ENV) == "1":
        pytest.skip(f"{bw.SKIP_ENV}=1: browser tests skipped on request")
    notes = tmp_path / "notes.ttl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "graphkit", "serve", str(kb), "--port", "0",
                               "--curation", str(notes)], stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = server.stderr.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+/) \(Ctrl-C stops\)", line)
        assert match, f"the server did not start: {line}{server.stderr.read() if server.poll() is not None else ''}"
        url = match.group(1)
        target = str(ENTITY["hong-kong-police"])

        def sparql_ask(query: str) -> bool:
            with urllib.request.urlopen(url + "sparql?" + urllib.parse.urlencode({"query": query})) as answer:
                return json.load(answer)["boolean"]

        assert sparql_ask(f"ASK {{ <{target}> a ?c }}")
        with contextlib.nullcontext(chromium):  # the session's browser (conftest.py): one driver per thread
            page = bw.open_page(chromium, url)
            page.wait_ready(timeout=60)
            assert target in page.js("window.graphkit.visibleNodeIds()")
            box = page.page.locator("#search")
            box.fill("hong kong police")
            box.press("Enter")
            page.wait_for("!document.getElementById('panel').hidden", what="the panel")
            assert page.js("document.querySelector('#panel h2.title').textContent") == "Hong Kong Police Force"
            page.page.locator("#panel input.why").fill("a test")
            with page.page.expect_navigation():
                page.page.locator("#panel button[data-action='reject-entity']").click()
            page.wait_ready(timeout=60)
            assert target not in page.js("window.graphkit.visibleNodeIds()")
            page.page.locator("#show-curation").click()
            text = page.js("document.getElementById('panel-body').textContent")
            assert "reject-entity gke:hong-kong-police" in text and "why: a test" in text
            page.assert_clean()
            page.close()
        assert not sparql_ask(f"ASK {{ <{target}> a ?c }}")
        assert [d.action for d in curate.load(notes).decisions] == ["reject-entity"]
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    # Ctrl-C stops it as it stops every command: one line, the usual exit code, no traceback
    assert server.returncode == 130
    rest = server.stderr.read()
    assert rest == "interrupted\n", rest

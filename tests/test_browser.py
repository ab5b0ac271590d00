"""The viewer's page in a real browser: headless Chromium driven by Playwright.

The page (graphkit/view.py) is loaded from a ``file://`` URL with every other
request aborted (tests/browser.py); each test checks that the page made no
request, logged no console error, threw nothing, opened no dialog and broke no
CSP rule. What the page is checked against is computed here, independently of
graphkit.view, from the RDF (SPARQL on pyoxigraph over the graph and
ontology/ppp.ttl).

The page contract these tests hold the viewer to:

- ``document.body.dataset.ready === "true"`` once the network is drawn and interactive;
- ``window.graphkit``: ``network`` (vis Network), ``nodes`` and ``edges`` (vis
  DataSets of all items; node ids are entity IRIs), ``visibleNodeIds()``,
  ``visibleEdgeIds()``, ``nodeCount``;
- ``#search``: a name + Enter selects the node and opens the panel;
- ``input[data-filter-class=…]`` (Organization, Person, Operation, Location) and
  ``input[data-filter-predicate=…]`` checkboxes;
- ``#time-from`` / ``#time-to`` (``type=date``, fire on change), absent when the graph has no dates;
- ``aside#panel``: hidden until a node is selected; labels, type, figures,
  relations with their evidence sentences, documents, confidence;
- ``#export-png`` downloads a PNG; ``#unpin``.

Chromium is Debian's (``make test`` installs it); a missing chromium or
Playwright fails these tests with a message saying so, unless
``GRAPHKIT_SKIP_BROWSER=1`` asks to skip them.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from graphkit.view import write_html
from tests import browser as bw
from tests.hostile import hostile_graph

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "ppp.ttl"
GENERATOR = ROOT / "benchmarks" / "generate.py"

PPP = "https://w3id.org/graphkit/ppp#"
ROOTS = ("Organization", "Person", "Operation", "Location")

#: Generator settings that give a graph of at least 5,000 entities (5,154 for seed 0).
BIG_TRIPLES, BIG_DOC_TRIPLES, BIG_MIN_ENTITIES = 340_000, 10, 5_000
#: Sanity bound on the time to interactive of the 5,000-node page (speed is measured by benchmarks/viewer.py).
BIG_READY_TIMEOUT = 60.0


# --------------------------------------------------------------------------- what the graph holds


@dataclass
class Relation:
    subject: str
    predicate: str  # local name
    object: str
    sentences: list[str] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)  # dcterms:identifier of the evidence's documents
    confidences: set[str] = field(default_factory=set)  # ppp:confidence of the evidence, lexical
    # per evidence: the intervals its date may stand for (its own dcterms:date, its documents')
    dates: list[list[tuple[dt.date, dt.date]]] = field(default_factory=list)


@dataclass
class Facts:
    entities: dict[str, set[str]]  # IRI -> scored classes it falls under
    classes: dict[str, set[str]]  # IRI -> local names of its classes under a scored class
    names: dict[str, list[tuple[str, str]]]  # IRI -> (text, language) of rdfs:label and skos:altLabel
    labels: dict[str, list[str]]  # IRI -> rdfs:label texts
    relations: list[Relation]
    figures: dict[str, list[tuple[str, str]]]  # IRI -> (kind's local name, anchor text) of the figures about it

    def of_class(self, root: str) -> set[str]:
        return {iri for iri, roots in self.entities.items() if roots == {root}}


def _date_interval(lexical: str) -> tuple[dt.date, dt.date] | None:
    """The days an xsd:date, gYearMonth, gYear or dateTime lexical form stands for."""
    text = lexical.strip()[:10]
    try:
        if len(text) == 4:
            year = int(text)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
            return dt.date(year, month, 1), last
        day = dt.date.fromisoformat(text)
        return day, day
    except ValueError:
        return None


def graph_facts(path: Path, fmt: str, *, details: bool = True) -> Facts:
    """Entities, names and relations of a graph file, by SPARQL over it and ontology/ppp.ttl (pyoxigraph).

    With ``details=False``, only the entities and the relations between them (no names, evidence, figures).
    """
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.from_extension(fmt))
    store.bulk_load(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("urn:x-ontology"))
    prefixes = f"""
        PREFIX ppp: <{PPP}>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
    """

    def select(query: str):
        return store.query(prefixes + query, use_default_graph_as_union=True)

    entities: dict[str, set[str]] = defaultdict(set)
    classes: dict[str, set[str]] = defaultdict(set)
    for row in select("""
        SELECT DISTINCT ?e ?c ?root WHERE {
          VALUES ?root { ppp:Organization ppp:Person ppp:Operation ppp:Location }
          ?e rdf:type ?c . ?c rdfs:subClassOf* ?root .
        }"""):
        iri = row["e"].value
        entities[iri].add(row["root"].value.removeprefix(PPP))
        classes[iri].add(row["c"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1])

    names: dict[str, list[tuple[str, str]]] = defaultdict(list)
    labels: dict[str, list[str]] = defaultdict(list)
    for row in [] if not details else select("""
        SELECT ?e ?p ?name WHERE { VALUES ?p { rdfs:label skos:altLabel } ?e ?p ?name . FILTER isLiteral(?name) }"""):
        iri = row["e"].value
        if iri in entities:
            names[iri].append((row["name"].value, row["name"].language or ""))
            if row["p"].value.endswith("label") and "rdf-schema" in row["p"].value:
                labels[iri].append(row["name"].value)

    relations: dict[tuple[str, str, str], Relation] = {}
    for row in select(f"""
        SELECT DISTINCT ?s ?p ?o WHERE {{ ?s ?p ?o . FILTER(isIRI(?o) && STRSTARTS(STR(?p), "{PPP}")) }}"""):
        s, o = row["s"].value, row["o"].value
        if s in entities and o in entities:
            relations[(s, row["p"].value, o)] = Relation(s, row["p"].value.removeprefix(PPP), o)

    evidence: dict[str, dict] = defaultdict(
        lambda: {"sentence": None, "docs": set(), "own": [], "doc_dates": [], "confidence": set()}
    )
    triples: dict[str, tuple[str, str, str]] = {}
    for row in [] if not details else select("""
        SELECT ?ev ?s ?p ?o ?sentence ?ident ?date ?docdate ?confidence WHERE {
          ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
          OPTIONAL { ?ev nif:anchorOf ?sentence }
          OPTIONAL { ?ev ppp:confidence ?confidence }
          OPTIONAL { ?ev dcterms:date ?date }
          OPTIONAL { ?ev prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:identifier ?ident }
                     OPTIONAL { ?doc dcterms:date ?docdate } }
        }"""):
        key = str(row["ev"])
        triples[key] = (row["s"].value, row["p"].value, row["o"].value)
        ev = evidence[key]
        if row["sentence"] is not None:
            ev["sentence"] = row["sentence"].value
        if row["ident"] is not None:
            ev["docs"].add(row["ident"].value)
        if row["date"] is not None:
            ev["own"].append(row["date"].value)
        if row["docdate"] is not None:
            ev["doc_dates"].append(row["docdate"].value)
        if row["confidence"] is not None:
            ev["confidence"].add(row["confidence"].value)
    for key, ev in sorted(evidence.items()):
        relation = relations.get(triples[key])
        if relation is None:
            continue
        if ev["sentence"]:
            relation.sentences.append(ev["sentence"])
        relation.docs |= ev["docs"]
        relation.confidences |= ev["confidence"]
        intervals = [i for i in map(_date_interval, sorted(set(ev["own"] + ev["doc_dates"]))) if i]
        relation.dates.append(intervals)

    figures: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in [] if not details else select("""
        SELECT ?e ?kind ?anchor WHERE { ?f ppp:about ?e ; ppp:kind ?kind . OPTIONAL { ?f nif:anchorOf ?anchor } }"""):
        anchor = row["anchor"].value if row["anchor"] is not None else ""
        figures[row["e"].value].append((row["kind"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1], anchor))

    return Facts(
        entities=dict(entities),
        classes=dict(classes),
        names={k: sorted(set(v)) for k, v in names.items()},
        labels={k: sorted(set(v)) for k, v in labels.items()},
        relations=sorted(relations.values(), key=lambda r: (r.subject, r.predicate, r.object)),
        figures={k: sorted(set(v)) for k, v in figures.items()},
    )


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def seeds_html(seeds_ttl, tmp_path_factory) -> Path:
    """The seeds' page, rendered from their Turtle as `graphkit view` does."""
    from graphkit.sources import load_graph

    return write_html(load_graph(seeds_ttl), tmp_path_factory.mktemp("browser") / "seeds.html", title="seeds")


@pytest.fixture(scope="session")
def seeds_facts(seeds_ttl) -> Facts:
    facts = graph_facts(seeds_ttl, "ttl")
    assert len(facts.entities) > 20 and len(facts.relations) > 10, "the seeds graph is unexpectedly small"
    return facts


_never_ready: list[str] = []  # once the seeds' page has failed to get ready, later tests fail at once


@pytest.fixture
def seeds_page(chromium, seeds_html):
    if _never_ready:
        pytest.fail(f"the seeds' page did not get ready in an earlier test: {_never_ready[0]}", pytrace=False)
    page = bw.open_page(chromium, seeds_html)
    try:
        page.wait_ready(timeout=30)
    except AssertionError as exc:
        _never_ready.append(str(exc))
        page.close()
        raise
    yield page
    page.close()


@pytest.fixture(scope="session")
def big_graph(tmp_path_factory):
    """(N-Triples path, HTML path, Python render time in s) of a generated graph of >= 5,000 entities."""
    folder = tmp_path_factory.mktemp("big")
    nt = folder / "big.nt"
    subprocess.run(
        [sys.executable, str(GENERATOR), "--triples", str(BIG_TRIPLES), "--doc-triples", str(BIG_DOC_TRIPLES),
         "--seed", "0", "-o", str(nt)],
        check=True, cwd=ROOT, capture_output=True,
    )
    graph = bw.load_graph_fast(nt)
    started = time.perf_counter()
    html = write_html(graph, folder / "big.html", title="5k")
    return nt, html, time.perf_counter() - started


# --------------------------------------------------------------------------- page helpers

_NODE_IDS = "Array.from(window.graphkit.nodes.getIds(), String)"
_EDGES = """Array.from(window.graphkit.edges.get(), function (e) {
  return {id: String(e.id), from: String(e.from), to: String(e.to),
          predicate: e.predicate !== undefined ? String(e.predicate) : String(e.label)};
})"""


def visible_nodes(page: bw.Page) -> list[str]:
    return page.js("Array.from(window.graphkit.visibleNodeIds(), String)")


def visible_edges(page: bw.Page) -> list[str]:
    return page.js("Array.from(window.graphkit.visibleEdgeIds(), String)")


def drawn(page: bw.Page) -> tuple[list[str], list[str]]:
    """Ids of the nodes and edges vis-network itself draws (its visible indices, after a redraw)."""
    return tuple(page.js("""(() => {
      const body = window.graphkit.network.body;
      window.graphkit.network.redraw();
      return [Array.from(body.nodeIndices, String).sort(), Array.from(body.edgeIndices, String).sort()];
    })()"""))


def assert_drawn_as_reported(page: bw.Page) -> None:
    nodes, edges = drawn(page)
    assert nodes == sorted(visible_nodes(page)), "vis-network draws other nodes than visibleNodeIds() says"
    assert edges == sorted(visible_edges(page)), "vis-network draws other edges than visibleEdgeIds() says"


def selected(page: bw.Page) -> list[str]:
    return page.js("Array.from(window.graphkit.network.getSelectedNodes(), String)")


def panel_text(page: bw.Page) -> str:
    return " ".join(page.page.locator("#panel").inner_text().split())


def normalise(text: str) -> str:
    return " ".join(text.split())


def set_date(page: bw.Page, selector: str, value: str) -> None:
    page.js(
        """([selector, value]) => {
          const input = document.querySelector(selector);
          input.value = value;
          input.dispatchEvent(new Event("input", {bubbles: true}));
          input.dispatchEvent(new Event("change", {bubbles: true}));
        }""",
        [selector, value],
    )


def search(page: bw.Page, text: str) -> None:
    box = page.page.locator("#search")
    box.fill(text)
    box.press("Enter")


def unique_name(facts: Facts, lang: str, rank: int = 0) -> tuple[str, str]:
    """(entity IRI, name in ``lang``) that no other entity's name contains; the ``rank``-th best connected entity."""
    degree: dict[str, int] = defaultdict(int)
    for r in facts.relations:
        degree[r.subject] += 1
        degree[r.object] += 1
    candidates = []
    for iri, names in facts.names.items():
        for text, language in names:
            if language.split("-")[0] != lang:
                continue
            others = [
                other for other, other_names in facts.names.items()
                if other != iri and any(text.lower() in n.lower() for n, _ in other_names)
            ]
            if not others:
                candidates.append((-degree[iri], iri, text))
    assert candidates, f"no entity of the seeds has a name in {lang!r} of its own"
    best: dict[str, tuple] = {}
    for candidate in sorted(candidates):
        best.setdefault(candidate[1], candidate)
    _, iri, text = sorted(best.values())[min(rank, len(best) - 1)]
    return iri, text


# --------------------------------------------------------------------------- the seeds page


def test_page_loads_offline_without_errors(seeds_page, chromium):
    assert seeds_page.js("document.body.dataset.ready") == "true"
    assert seeds_page.js("typeof window.graphkit") == "object", "window.graphkit is missing"
    for name in ("network", "nodes", "edges", "visibleNodeIds", "visibleEdgeIds", "nodeCount"):
        assert seeds_page.js(f"window.graphkit.{name} !== undefined"), f"window.graphkit.{name} is missing"
    seeds_page.assert_clean()


def test_node_and_edge_counts_match_the_graph(seeds_page, seeds_facts):
    n = len(seeds_facts.entities)
    assert seeds_page.js("window.graphkit.nodeCount") == n
    assert seeds_page.js("window.graphkit.nodes.length") == n
    assert set(seeds_page.js(_NODE_IDS)) == set(seeds_facts.entities), "node ids are not the entities' IRIs"
    edges = seeds_page.js(_EDGES)
    assert len(edges) == len(seeds_facts.relations)
    assert sorted((e["from"], e["predicate"], e["to"]) for e in edges) == sorted(
        (r.subject, r.predicate, r.object) for r in seeds_facts.relations
    )
    # nothing filtered at first
    assert sorted(visible_nodes(seeds_page)) == sorted(seeds_facts.entities)
    assert len(visible_edges(seeds_page)) == len(edges)
    assert_drawn_as_reported(seeds_page)
    seeds_page.assert_clean()


@pytest.mark.parametrize(("lang", "rank"), [("hi", 0), ("th", 1)])
def test_search_by_a_non_latin_name_selects_the_node_and_opens_the_panel(seeds_page, seeds_facts, lang, rank):
    iri, name = unique_name(seeds_facts, lang, rank)
    panel = seeds_page.page.locator("#panel")
    assert panel.count() == 1, "no #panel"
    assert not panel.is_visible(), "#panel is visible before anything is selected"
    search(seeds_page, name)
    seeds_page.wait_for(
        "window.graphkit.network.getSelectedNodes().length > 0",
        timeout=10,
        what=f"a selection after searching {name!r}",
    )
    assert selected(seeds_page) == [iri]
    panel.wait_for(state="visible", timeout=10_000)
    text = panel_text(seeds_page)
    assert any(normalise(label) in text for label in seeds_facts.labels[iri]), (
        f"the panel does not show the label of {iri} ({seeds_facts.labels[iri]}): {text[:300]!r}"
    )
    assert name in text, f"the panel does not list the name searched for, {name!r}: {text[:300]!r}"
    seeds_page.assert_clean()


def test_class_filters_hide_and_restore_their_nodes(seeds_page, seeds_facts):
    everything = set(visible_nodes(seeds_page))
    assert everything == set(seeds_facts.entities)
    edges_before = set(visible_edges(seeds_page))
    by_id = {e["id"]: e for e in seeds_page.js(_EDGES)}
    for root in ROOTS:
        members = seeds_facts.of_class(root)
        assert members, f"the seeds have no {root}"
        box = seeds_page.page.locator(f'input[type="checkbox"][data-filter-class="{root}"]')
        assert box.count() == 1, f'no checkbox input[data-filter-class="{root}"]'
        assert box.is_checked()

        box.set_checked(False)
        shown = visible_nodes(seeds_page)
        assert not members & set(shown), f"{root} nodes still visible: {sorted(members & set(shown))[:5]}"
        assert len(shown) == len(everything) - len(members), root
        # no visible edge hangs from a hidden node
        dangling = [i for i in visible_edges(seeds_page) if by_id[i]["from"] in members or by_id[i]["to"] in members]
        assert not dangling, f"edges to hidden {root} nodes are still visible: {dangling[:5]}"
        assert_drawn_as_reported(seeds_page)

        box.set_checked(True)
        assert set(visible_nodes(seeds_page)) == everything, root
        assert set(visible_edges(seeds_page)) == edges_before, root
    seeds_page.assert_clean()


def test_predicate_filter_hides_and_restores_its_edges(seeds_page, seeds_facts):
    counts: dict[str, int] = defaultdict(int)
    for r in seeds_facts.relations:
        counts[r.predicate] += 1
    for predicate in sorted(counts, key=lambda p: (-counts[p], p))[:3]:
        box = seeds_page.page.locator(f'input[type="checkbox"][data-filter-predicate="{predicate}"]')
        assert box.count() == 1, f'no checkbox input[data-filter-predicate="{predicate}"]'
        before = set(visible_edges(seeds_page))
        nodes_before = set(visible_nodes(seeds_page))
        box.set_checked(False)
        after = set(visible_edges(seeds_page))
        assert after <= before
        assert len(before) - len(after) == counts[predicate], predicate
        by_id = {e["id"]: e for e in seeds_page.js(_EDGES)}
        assert {(by_id[i]["from"], by_id[i]["to"]) for i in before - after} == {
            (r.subject, r.object) for r in seeds_facts.relations if r.predicate == predicate
        }
        assert set(visible_nodes(seeds_page)) == nodes_before, "a predicate filter should not hide nodes"
        assert_drawn_as_reported(seeds_page)
        box.set_checked(True)
        assert set(visible_edges(seeds_page)) == before
    seeds_page.assert_clean()


def test_time_filter_hides_edges_dated_outside_the_range(seeds_page, seeds_facts):
    dated = [r for r in seeds_facts.relations if any(r.dates)]
    assert dated, "the seeds have no dated evidence"
    for name in ("#time-from", "#time-to"):
        box = seeds_page.page.locator(name)
        assert box.count() == 1, f"no {name} though the graph has dates"
        assert box.get_attribute("type") == "date"
    by_key = {(e["from"], e["predicate"], e["to"]): e["id"] for e in seeds_page.js(_EDGES)}
    everything = set(visible_edges(seeds_page))

    years = sorted({iv[0].year for r in dated for ev in r.dates for iv in ev})
    checked_outside = 0
    for year in years:
        lo, hi = dt.date(year, 1, 1), dt.date(year, 12, 31)
        set_date(seeds_page, "#time-from", lo.isoformat())
        set_date(seeds_page, "#time-to", hi.isoformat())
        shown = set(visible_edges(seeds_page))
        for r in dated:
            edge = by_key[(r.subject, r.predicate, r.object)]
            intervals = [iv for ev in r.dates for iv in ev]
            undated_evidence = any(not ev for ev in r.dates)
            outside = all(iv[1] < lo or iv[0] > hi for iv in intervals) and not undated_evidence
            inside = any(ev and all(lo <= iv[0] and iv[1] <= hi for iv in ev) for ev in r.dates)
            if outside:
                checked_outside += 1
                assert edge not in shown, f"{year}: {r.predicate} edge dated {intervals} is still visible"
            elif inside:
                assert edge in shown, f"{year}: {r.predicate} edge dated {intervals} was hidden"
        assert_drawn_as_reported(seeds_page)
    assert checked_outside, "no edge fell outside any range tried"

    set_date(seeds_page, "#time-from", "")
    set_date(seeds_page, "#time-to", "")
    assert set(visible_edges(seeds_page)) == everything, "emptying the time filter does not show every edge again"
    seeds_page.assert_clean()


def test_no_time_filter_without_dates(chromium, tmp_path):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    ppp = lambda name: URIRef(PPP + name)  # noqa: E731
    a, b = URIRef("https://w3id.org/graphkit/entity/a"), URIRef("https://w3id.org/graphkit/entity/b")
    g = Graph()
    g.add((a, RDF.type, ppp("Company")))
    g.add((a, RDFS.label, Literal("Acme", lang="en")))
    g.add((b, RDF.type, ppp("Person")))
    g.add((b, RDFS.label, Literal("Jane Doe", lang="en")))
    g.add((b, ppp("worksFor"), a))
    page = bw.open_page(chromium, write_html(g, tmp_path / "undated.html"))
    try:
        page.wait_ready(timeout=30)
        assert page.js("window.graphkit.nodeCount") == 2
        assert page.page.locator("#time-from, #time-to").count() == 0, "a time filter on a graph without dates"
        page.assert_clean()
    finally:
        page.close()


def _node_centre(page: bw.Page, iri: str) -> tuple[float, float]:
    """Page coordinates of a node, after centring the view on it."""
    return tuple(page.js(
        """(id) => {
          const net = window.graphkit.network;
          const pos = net.getPositions([id])[id];
          net.moveTo({position: pos, scale: 1.0, animation: false});
          const dom = net.canvasToDOM(pos);
          const canvas = (net.canvas && net.canvas.frame && net.canvas.frame.canvas)
                         || document.querySelector("canvas");
          const box = canvas.getBoundingClientRect();
          return [box.left + dom.x, box.top + dom.y];
        }""",
        iri,
    ))


def test_clicking_a_node_opens_the_panel_with_its_evidence(seeds_page, seeds_facts):
    related: dict[str, list[Relation]] = defaultdict(list)
    for r in seeds_facts.relations:
        if r.sentences:
            related[r.subject].append(r)
            related[r.object].append(r)
    # a node with a few relations: all their evidence fits in the panel
    iri = min((iri for iri, rs in related.items() if 2 <= len(rs) <= 4), key=lambda i: (-len(related[i]), i))
    panel = seeds_page.page.locator("#panel")
    assert not panel.is_visible()
    x, y = _node_centre(seeds_page, iri)
    seeds_page.page.wait_for_timeout(100)  # a frame at the new view
    seeds_page.page.mouse.click(x, y)
    seeds_page.wait_for("window.graphkit.network.getSelectedNodes().length > 0", timeout=10, what="a click to select")
    assert selected(seeds_page) == [iri]
    panel.wait_for(state="visible", timeout=10_000)
    text = panel_text(seeds_page)
    assert any(normalise(label) in text for label in seeds_facts.labels[iri]), text[:300]
    classes = seeds_facts.classes[iri]
    assert any(cls in text for cls in classes), f"the panel does not show the type ({classes}): {text[:300]!r}"
    for r in related[iri]:
        prefixes = [normalise(s)[:40] for s in r.sentences]
        assert any(p in text for p in prefixes), f"no evidence sentence of {r.predicate} in the panel: {prefixes}"
        assert any(doc in text for doc in r.docs), f"no document of {r.predicate} in the panel: {sorted(r.docs)}"
        assert not r.confidences or any(c in text for c in r.confidences), (
            f"no confidence of {r.predicate} in the panel: {sorted(r.confidences)}"
        )
    seeds_page.assert_clean()


def test_panel_shows_the_figures_of_a_node(seeds_page, seeds_facts):
    iri = max(sorted(seeds_facts.figures), key=lambda i: len(seeds_facts.figures[i]))
    search(seeds_page, seeds_facts.labels[iri][0])
    seeds_page.wait_for("window.graphkit.network.getSelectedNodes().length > 0", timeout=10, what="a selection")
    assert selected(seeds_page) == [iri]
    seeds_page.page.locator("#panel").wait_for(state="visible", timeout=10_000)
    text = panel_text(seeds_page)
    for kind, anchor in seeds_facts.figures[iri]:
        assert kind in text or kind.replace("_", " ") in text, f"figure kind {kind!r} not in the panel: {text[:400]!r}"
        assert normalise(anchor)[:40] in text, f"figure sentence {anchor!r} not in the panel"
    seeds_page.assert_clean()


def test_export_png_downloads_a_png(seeds_page):
    button = seeds_page.page.locator("#export-png")
    assert button.count() == 1, "no #export-png button"
    with seeds_page.page.expect_download(timeout=15_000) as info:
        button.click()
    download = info.value
    data = Path(download.path()).read_bytes()
    width, height = bw.png_size(data)
    assert width >= 100 and height >= 100 and len(data) > 2_000, (width, height, len(data))
    assert download.suggested_filename.lower().endswith(".png"), download.suggested_filename
    seeds_page.assert_clean()


def test_unpin_button_exists(seeds_page):
    button = seeds_page.page.locator("button#unpin")
    assert button.count() == 1, "no button#unpin"
    button.click()
    seeds_page.page.wait_for_timeout(100)
    seeds_page.assert_clean()


def test_screenshot_shows_a_drawn_graph(seeds_page):
    png = seeds_page.page.screenshot()
    assert len(png) > 20_000, f"a {len(png)}-byte screenshot is too small to hold a graph"
    width, height, channels, pixels = bw.png_pixels(png)
    assert (width, height) == (1280, 800)
    counts = bw.colour_counts(width, channels, pixels)
    assert len(counts) > 50, f"only {len(counts)} colours on the page"
    # the network's canvas itself is not blank
    box = seeds_page.js(
        """(() => { const c = window.graphkit.network.canvas.frame.canvas.getBoundingClientRect();
                    return [c.left, c.top, c.right, c.bottom].map(Math.round); })()"""
    )
    inside = bw.colour_counts(width, channels, pixels, tuple(box))
    area = sum(inside.values())
    background = max(inside.values())
    assert area > 100_000, f"the canvas is only {area} px"
    assert len(inside) > 20 and background < 0.995 * area, (
        f"the canvas looks blank: {len(inside)} colours, {background / area:.1%} of one"
    )
    seeds_page.assert_clean()


# --------------------------------------------------------------------------- hostile names


_INJECTED = """(() => {
  const found = [];
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toUpperCase();
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase(), value = attr.value.replace(/\\s+/g, "").toLowerCase();
      if (name.startsWith("on")) found.push(tag + "[" + name + "]");
      if (["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"].includes(name)
          && (value.startsWith("javascript:") || name === "srcdoc")) found.push(tag + "[" + name + "=" + value + "]");
    }
    if (["IFRAME", "FRAME", "OBJECT", "EMBED", "BASE", "FORM"].includes(tag)) found.push(tag);
    if (tag === "IMG" && !/^(data|blob):/.test(el.getAttribute("src") || ""))
      found.push("IMG src=" + el.getAttribute("src"));
    if (tag === "SCRIPT" && (el.src || (el.textContent.length < 2000 && /alert\\(/.test(el.textContent))))
      found.push("SCRIPT " + (el.src || el.textContent.slice(0, 80)));
    if (tag === "META" && el.parentElement !== document.head) found.push("META in body");
  }
  return {found: found, scripts: document.scripts.length, pwned: window.__pwned};
})()"""

#: Before the page's scripts: a flag any payload that calls alert() sets (the dialog itself is recorded too).
_PWNED_INIT = """
window.__pwned = false;
(function (real) {
  window.alert = function (message) { window.__pwned = true; return real.call(window, message); };
})(window.alert);
"""


def test_hostile_names_stay_text(chromium, seeds_page, tmp_path):
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS, SKOS

    own_scripts = seeds_page.js("document.scripts.length")
    graph, origin = hostile_graph(), "tests/hostile.py"
    path = write_html(graph, tmp_path / "hostile.html", title="<script>alert('title')</script>")
    page = bw.open_page(chromium, path, init_script=_PWNED_INIT)
    try:
        page.wait_ready(timeout=60)
        state = page.js(_INJECTED)
        assert state["found"] == [], f"elements or attributes injected by names ({origin}): {state['found']}"
        assert state["scripts"] == own_scripts, f"{state['scripts']} script elements, the seeds' page has {own_scripts}"
        assert page.js("document.title") == "<script>alert('title')</script>"

        def names(iri: str) -> set[str]:
            return {
                str(o) for p in (RDFS.label, SKOS.altLabel) for o in graph.objects(URIRef(iri), p)
                if isinstance(o, Literal)
            }

        node_ids = sorted(page.js(_NODE_IDS))
        hostile = []
        for iri in node_ids:
            labels = sorted(str(o) for o in graph.objects(URIRef(iri), RDFS.label) if isinstance(o, Literal))
            if labels:
                hostile.append((iri, labels[0]))
        assert any("<" in label for _, label in hostile), f"no hostile label among the nodes of {origin}"
        for iri, label in hostile:
            search(page, label)
            page.wait_for(
                "window.graphkit.network.getSelectedNodes().length > 0", timeout=10, what=f"a selection for {label!r}"
            )
            sharing = {other for other in node_ids if any(n.lower() == label.lower() for n in names(other))}
            assert len(selected(page)) == 1 and selected(page)[0] in sharing, (label, selected(page))
            page.page.locator("#panel").wait_for(state="visible", timeout=10_000)
            if selected(page) == [iri]:
                assert normalise(label) in panel_text(page), f"the panel does not show {label!r} as text"
            state = page.js(_INJECTED)
            assert state["found"] == [], f"after opening {label!r}: injected {state['found']}"
            assert state["scripts"] == own_scripts
        # hover nodes and edges too: tooltips are built on hover
        for iri, _ in hostile[:6]:
            x, y = _node_centre(page, iri)
            page.page.mouse.move(x, y)
            page.page.wait_for_timeout(250)
            state = page.js(_INJECTED)
            assert state["found"] == [], f"after hovering {iri}: injected {state['found']}"
        assert page.js("window.__pwned") is False, "a payload called alert()"
        page.assert_clean()  # no dialog, no console error, no CSP violation, no request
    finally:
        page.close()


# --------------------------------------------------------------------------- 5,000 nodes


def test_five_thousand_nodes_become_interactive(chromium, big_graph):
    nt, html, render_seconds = big_graph
    facts = graph_facts(nt, "nt", details=False)
    n = len(facts.entities)
    assert n >= BIG_MIN_ENTITIES, f"the generated graph has only {n} entities"
    page = bw.open_page(chromium, html)
    try:
        ready_ms = page.wait_ready(timeout=BIG_READY_TIMEOUT)
        print(f"\n5k graph: {n} nodes, {html.stat().st_size / 1e6:.1f} MB, render {render_seconds:.1f} s, "
              f"interactive after {ready_ms / 1000:.1f} s")
        assert page.js("window.graphkit.nodeCount") == n
        assert page.js("window.graphkit.nodes.length") == n
        assert len(page.js("window.graphkit.visibleNodeIds()")) == n
        assert page.js("window.graphkit.edges.length") == len(facts.relations)
        search(page, "Binance")
        page.wait_for("window.graphkit.network.getSelectedNodes().length > 0", timeout=20, what="Binance selected")
        assert selected(page) == ["https://w3id.org/graphkit/entity/binance"]
        page.page.locator("#panel").wait_for(state="visible", timeout=10_000)
        page.assert_clean()
    finally:
        page.close()

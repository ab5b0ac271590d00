"""Tests of graphkit.view: the self-contained HTML page of a graph."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import shutil
import subprocess
from decimal import Decimal

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib import namespace
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from graphkit import ontology
from graphkit.errors import OntologyError
from graphkit.view import CLASS_COLOURS, CLASS_SHAPES, RELATION_COLOURS, render_html, write_html
from graphkit.vocab import DOC, ENTITY, EVIDENCE, FIGURE, ITSRDF, KIND, NIF, PPP, RELATIONS, SCORED_CLASSES

HOSTILE = (
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '" onmouseover="x',
)

EUROPOL, BINANCE, CTA = ENTITY.europol, ENTITY.binance, ENTITY.cyber_threat_alliance
ZHAO, FIRST_LIGHT, THAILAND, INDIA = ENTITY.zhao, ENTITY.operation_first_light, ENTITY.thailand, ENTITY.india
ENTITIES = {EUROPOL, BINANCE, CTA, ZHAO, FIRST_LIGHT, THAILAND, INDIA}


D1, D2 = "001_e8e737de296aae96.txt", "002_c4961fa566e269b9.txt"


def _triples() -> list[tuple]:
    """A small graph in the shape of output-contract.md, as a list of triples."""
    t: list[tuple] = []
    add = t.append

    def entity(iri, cls, label, *alt):
        add((iri, RDF.type, cls))
        add((iri, RDFS.label, Literal(label, lang="en")))
        for text, lang in alt:
            add((iri, SKOS.altLabel, Literal(text, lang=lang)))

    entity(EUROPOL, PPP.LawEnforcementAgency, "Europol", ("Европол", "ru"), ("यूरोपोल", "hi"), ("ยูโรโพล", "th"))
    entity(BINANCE, PPP.Company, "Binance", ("बिनेंस", "hi"))
    entity(CTA, PPP.Initiative, "Cyber Threat Alliance")
    entity(ZHAO, PPP.Person, "Changpeng Zhao")
    entity(FIRST_LIGHT, PPP.Operation, "Operation First Light", ("ปฏิบัติการ First Light", "th"))
    entity(THAILAND, PPP.Country, "Thailand", ("ประเทศไทย", "th"))
    entity(INDIA, PPP.Country, "India", ("भारत", "hi"))

    for name, lang in (("001_e8e737de296aae96.txt", "hi"), ("002_c4961fa566e269b9.txt", "th")):
        doc = DOC[name]
        add((doc, RDF.type, PPP.Document))
        add((doc, RDF.type, NIF.Context))
        add((doc, DCTERMS.identifier, Literal(name)))
        add((doc, DCTERMS.language, Literal(lang)))

    for i, (entity_iri, text) in enumerate(((EUROPOL, "यूरोपोल"), (EUROPOL, "Europol"), (BINANCE, "बिनेंस"))):
        m = URIRef(f"https://w3id.org/graphkit/mention/{i}")
        add((m, RDF.type, NIF.Phrase))
        add((m, NIF.referenceContext, DOC["001_e8e737de296aae96.txt"]))
        add((m, NIF.beginIndex, Literal(i * 10, datatype=namespace.XSD.nonNegativeInteger)))
        add((m, NIF.endIndex, Literal(i * 10 + len(text), datatype=namespace.XSD.nonNegativeInteger)))
        add((m, NIF.anchorOf, Literal(text)))
        add((m, ITSRDF.taIdentRef, entity_iri))

    relations = [
        (BINANCE, PPP.memberOf, CTA, "बिनेंस साइबर थ्रेट एलायंस में शामिल हुआ।", D1, "0.8", None),
        (BINANCE, PPP.partnersWith, EUROPOL, "Binance worked with Europol.", D1, "0.7", None),
        (ZHAO, PPP.worksFor, BINANCE, "Binance CEO Changpeng Zhao said.", D1, "0.9", "CEO"),
        (FIRST_LIGHT, PPP.coordinatedBy, EUROPOL, "ปฏิบัติการนำโดย Europol", D2, "0.85", None),
        (FIRST_LIGHT, PPP.targets, THAILAND, "ปฏิบัติการในประเทศไทย", D2, "0.6", None),
        (BINANCE, PPP.supports, EUROPOL, "Binance gave Europol data.", D1, "0.75", None),
    ]
    for i, (s, p, o, sentence, doc, confidence, role) in enumerate(relations):
        add((s, p, o))
        ev = EVIDENCE[f"ev{i}"]
        add((ev, RDF.type, PPP.Evidence))
        add((ev, RDF.type, RDF.Statement))
        add((ev, RDF.subject, s))
        add((ev, RDF.predicate, p))
        add((ev, RDF.object, o))
        add((ev, PROV.wasDerivedFrom, DOC[doc]))
        add((ev, NIF.anchorOf, Literal(sentence)))
        add((ev, NIF.beginIndex, Literal(0, datatype=namespace.XSD.nonNegativeInteger)))
        add((ev, NIF.endIndex, Literal(len(sentence), datatype=namespace.XSD.nonNegativeInteger)))
        add((ev, PPP.confidence, Literal(Decimal(confidence), datatype=namespace.XSD.decimal)))
        if role:
            add((ev, PPP.role, Literal(role)))

    fig = FIGURE.f1
    add((fig, RDF.type, PPP.Figure))
    add((fig, PPP.kind, KIND.arrests))
    add((fig, PPP.value, Literal(Decimal("1209"), datatype=namespace.XSD.decimal)))
    add((fig, PPP.about, FIRST_LIGHT))
    add((fig, PROV.wasDerivedFrom, DOC["002_c4961fa566e269b9.txt"]))
    add((fig, NIF.anchorOf, Literal("1.209 arestări")))
    fig = FIGURE.f2
    add((fig, RDF.type, PPP.Figure))
    add((fig, PPP.kind, KIND.amount_seized))
    add((fig, PPP.value, Literal(Decimal("97000000"), datatype=namespace.XSD.decimal)))
    add((fig, PPP.unit, Literal("USD")))
    add((fig, PPP.about, FIRST_LIGHT))
    add((fig, NIF.anchorOf, Literal("97 milioane de dolari")))
    return t


RELATION_TRIPLES = 6


def _graph(triples: list[tuple] | None = None) -> Graph:
    g = Graph()
    for triple in _triples() if triples is None else triples:
        g.add(triple)
    return g


def _data(page: str) -> dict:
    found = re.findall(r'<script type="application/json" id="graphkit-data">(.*?)</script>', page, re.S)
    assert len(found) == 1
    return json.loads(found[0])


def _scripts(page: str) -> list[tuple[str, str]]:
    """(attributes, text) of every <script> element."""
    return re.findall(r"<script([^>]*)>(.*?)</script>", page, re.S | re.I)


def _by_id(items: list[dict]) -> dict[str, dict]:
    return {item["id"]: item for item in items}


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(_graph(), title="PPP graph")


def test_page_makes_no_network_request(page):
    attributes = re.findall(r"""\b(?:src|href|action|poster|data)\s*=\s*["']?\s*([^\s"'>]+)""", page, re.I)
    assert not [a for a in attributes if re.match(r"(?:https?:)?//", a, re.I)]
    assert "<link" not in page.lower()
    assert "@import" not in page
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page, re.I)
    for tag in re.findall(r"<(?:script|link|style)\b[^>]*>", page, re.I):
        assert "cdn" not in tag.lower()
        assert "http" not in tag.lower()


def test_csp_forbids_everything_but_the_page_own_scripts(page):
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page).group(1)
    assert "default-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    executable = [text for attrs, text in _scripts(page) if "application/json" not in attrs]
    assert len(executable) == 2
    for text in executable:
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in csp


def test_vis_network_is_inlined(page):
    texts = [text for _, text in _scripts(page)]
    assert any("vis-network" in text[:2000] and "DataSet" in text for text in texts)
    assert "div.vis-tooltip{" in page
    assert "physics: false" in page and 'once("stabilizationIterationsDone"' in page
    assert "data:image/png;base64" not in page  # icon rules of unused toolbars are dropped


def test_nodes_are_the_entities_and_edges_the_relation_triples(page):
    data = _data(page)
    assert {node["id"] for node in data["nodes"]} == {str(iri) for iri in ENTITIES}
    assert len(data["nodes"]) == len(ENTITIES)
    assert len(data["edges"]) == RELATION_TRIPLES
    nodes = _by_id(data["nodes"])
    for edge in data["edges"]:
        assert edge["from"] in nodes and edge["to"] in nodes
    assert re.search(r'id="counts">7 entities · 6 relations · 2 documents<', page)


def test_relations_not_between_entities_are_not_drawn():
    triples = _triples() + [
        (BINANCE, PPP.memberOf, ENTITY.untyped_thing),
        (ENTITY.untyped_thing, PPP.partOf, EUROPOL),
        (BINANCE, RDFS.seeAlso, EUROPOL),
    ]
    data = _data(render_html(_graph(triples)))
    assert len(data["nodes"]) == len(ENTITIES)
    assert len(data["edges"]) == RELATION_TRIPLES


def test_nodes_are_coloured_and_shaped_by_class(page):
    nodes = _by_id(_data(page)["nodes"])
    assert nodes[str(EUROPOL)]["shape"] == "dot"
    assert nodes[str(ZHAO)]["shape"] == "diamond"
    assert nodes[str(FIRST_LIGHT)]["shape"] == "star"
    assert nodes[str(THAILAND)]["shape"] == "square"
    assert nodes[str(EUROPOL)]["cls"] == "LawEnforcementAgency"
    fills = {iri: nodes[str(iri)]["color"]["background"] for iri in ENTITIES}
    assert fills[EUROPOL] != fills[BINANCE] != fills[ZHAO]
    assert fills[THAILAND] == fills[INDIA]
    assert len({fills[EUROPOL], fills[ZHAO], fills[FIRST_LIGHT], fills[THAILAND]}) == 4


def test_edges_are_labelled_coloured_and_directed(page):
    edges = _data(page)["edges"]
    by_predicate = {edge["label"]: edge for edge in edges}
    assert set(by_predicate) == {"memberOf", "partnersWith", "worksFor", "coordinatedBy", "targets", "supports"}
    for name, edge in by_predicate.items():
        assert edge["color"]["color"] == RELATION_COLOURS[name]
        assert edge["arrows"]["to"]["enabled"] is (name != "partnersWith")
    member = by_predicate["memberOf"]
    assert (member["from"], member["to"]) == (str(BINANCE), str(CTA))
    # Binance–Europol has two edges (partnersWith, supports): they are curved apart
    pair = [e for e in edges if {e["from"], e["to"]} == {str(BINANCE), str(EUROPOL)}]
    assert len(pair) == 2 and all(e["smooth"]["enabled"] for e in pair)
    assert pair[0]["smooth"]["type"] != pair[1]["smooth"]["type"]
    assert len({e["id"] for e in edges}) == len(edges)


def test_every_relation_and_class_has_its_own_colour():
    assert set(RELATION_COLOURS) == set(RELATIONS)
    assert len(set(RELATION_COLOURS.values())) == len(RELATIONS)
    assert len(set(CLASS_COLOURS.values())) == len(CLASS_COLOURS)
    assert set(CLASS_SHAPES) == set(SCORED_CLASSES)


def test_legend_lists_classes_and_relations_present(page):
    legend = re.search(r"<aside>(.*?)</aside>", page, re.S).group(1)
    for name in ("Organization", "LawEnforcementAgency", "Company", "Initiative", "Person", "Operation",
                 "Location", "Country", "memberOf", "partnersWith", "worksFor", "targets"):
        assert name in legend
    for absent in ("City", "Media", "trains", "locatedIn"):
        assert absent not in legend
    assert RELATION_COLOURS["memberOf"] in legend


def test_node_tooltip_lists_names_type_mentions_and_figures(page):
    nodes = _by_id(_data(page)["nodes"])
    europol = nodes[str(EUROPOL)]["title"].split("\n")
    for line in ("Europol [en]", "Европол [ru]", "यूरोपोल [hi]", "ยูโรโพล [th]",
                 "type: LawEnforcementAgency (Organization)", "mentions: 2"):
        assert line in europol
    operation = nodes[str(FIRST_LIGHT)]["title"]
    assert "type: Operation" in operation
    assert "arrests: 1,209 — “1.209 arestări”" in operation
    assert "amount_seized: 97,000,000 USD" in operation
    assert nodes[str(FIRST_LIGHT)]["label"] == "Operation First Light"


def test_edge_tooltip_shows_sentences_documents_confidence_and_role(page):
    edges = {edge["label"]: edge for edge in _data(page)["edges"]}
    works = edges["worksFor"]["title"]
    assert works.startswith("worksFor\nChangpeng Zhao → Binance")
    assert "“Binance CEO Changpeng Zhao said.”" in works
    assert "001_e8e737de296aae96.txt · confidence 0.9 · role: CEO" in works
    member = edges["memberOf"]["title"]
    assert "बिनेंस साइबर थ्रेट एलायंस में शामिल हुआ।" in member
    assert "confidence 0.8" in member and "role" not in member
    assert "Binance ↔ Europol" in edges["partnersWith"]["title"]


def test_labels_in_other_scripts_survive(page):
    data = _data(page)
    names = {name for node in data["nodes"] for name in node["names"]}
    assert {"यूरोपोल", "Европол", "ยูโรโพล", "बिनेंस", "ประเทศไทย", "भारत"} <= names
    assert "Европол" in page and "ยูโรโพล" in page  # written as text, not \\u escapes


def test_search_data_holds_every_name(page):
    nodes = _by_id(_data(page)["nodes"])
    assert nodes[str(EUROPOL)]["names"] == sorted({"Europol", "Европол", "यूरोपोल", "ยูโรโพล"})
    assert 'id="search"' in page and 'list="names"' in page


def test_hostile_text_is_never_raw():
    triples = _triples()
    for i, text in enumerate(HOSTILE):
        iri = ENTITY[f"hostile{i}"]
        triples += [
            (iri, RDF.type, PPP.Company),
            (iri, RDFS.label, Literal(text)),
            (iri, SKOS.altLabel, Literal(text + " alt", lang="en")),
            (iri, PPP.partnersWith, BINANCE),
        ]
        ev = EVIDENCE[f"hostile{i}"]
        triples += [
            (ev, RDF.type, PPP.Evidence),
            (ev, RDF.subject, iri),
            (ev, RDF.predicate, PPP.partnersWith),
            (ev, RDF.object, BINANCE),
            (ev, NIF.anchorOf, Literal(f"sentence {text}")),
            (ev, PPP.role, Literal(text)),
            (ev, PROV.wasDerivedFrom, DOC[f"hostile{i}"]),
            (DOC[f"hostile{i}"], DCTERMS.identifier, Literal(text)),
            (FIGURE[f"hostile{i}"], PPP.about, iri),
            (FIGURE[f"hostile{i}"], PPP.kind, KIND.users),
            (FIGURE[f"hostile{i}"], PPP.value, Literal(text)),
            (FIGURE[f"hostile{i}"], NIF.anchorOf, Literal(text)),
        ]
    page = render_html(_graph(triples), title=HOSTILE[0] + HOSTILE[2])
    for text in HOSTILE:
        assert text not in page
    assert "<img" not in page.lower()
    assert 'onmouseover="' not in page
    assert len(re.findall(r"<script", page, re.I)) == 3
    assert len(re.findall(r"</script", page, re.I)) == 3
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x</title>" in page
    # the hostile strings come back intact from the JSON: escaped, not mangled
    data = _data(page)
    labels = {node["label"] for node in data["nodes"]}
    assert set(HOSTILE) <= labels
    assert "\\u003c/script\\u003e" in page


def test_line_separators_are_escaped_in_the_json():
    triples = _triples() + [(EUROPOL, SKOS.altLabel, Literal("a\u2028b\u2029c", lang="en"))]
    page = render_html(_graph(triples))
    assert "\u2028" not in page and "\u2029" not in page
    nodes = _by_id(_data(page)["nodes"])
    assert "a\u2028b\u2029c" in nodes[str(EUROPOL)]["names"]


def test_write_html_is_utf8_atomic_and_leaves_no_lib_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    graph = _graph()
    out = write_html(graph, tmp_path / "site" / "graph.html", title="Граф")
    assert out == tmp_path / "site" / "graph.html"
    raw = out.read_bytes()
    assert raw.decode("utf-8") == render_html(graph, title="Граф")
    assert "यूरोपोल".encode("utf-8") in raw
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == ["graph.html"]
    # relative paths resolve against the cwd, and a second write replaces the first
    again = write_html(graph, "graph.html")
    assert again.read_bytes() == render_html(graph).encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "site"]


def test_write_html_gives_the_file_the_usual_mode(tmp_path):
    reference = tmp_path / "reference.txt"
    reference.write_text("x", encoding="utf-8")
    out = write_html(_graph(), tmp_path / "graph.html")
    assert out.stat().st_mode & 0o777 == reference.stat().st_mode & 0o777


def test_write_html_replaces_an_existing_file(tmp_path):
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")
    write_html(Graph(), target)
    assert "The graph has no entities." in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_output_is_deterministic():
    triples = _triples()
    first = render_html(_graph(triples))
    assert render_html(_graph(triples)) == first
    for seed in (1, 2, 3):
        shuffled = list(triples)
        random.Random(seed).shuffle(shuffled)
        assert render_html(_graph(shuffled)) == first


def test_empty_graph_renders():
    page = render_html(Graph())
    assert "The graph has no entities." in page
    data = _data(page)
    assert data["nodes"] == [] and data["edges"] == []
    assert 'id="counts">0 entities · 0 relations · 0 documents<' in page
    assert len(re.findall(r"<script", page, re.I)) == 3


def test_graph_without_entities_but_with_documents_renders():
    triples = [t for t in _triples() if t[1] != RDF.type or t[2] in (PPP.Document, NIF.Context, PPP.Evidence)]
    page = render_html(_graph(triples))
    assert "The graph has no entities." in page
    assert _data(page)["edges"] == []


def test_a_missing_ontology_is_an_ontology_error(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHKIT_ONTOLOGY", str(tmp_path / "nowhere"))
    ontology.clear_cache()
    try:
        with pytest.raises(OntologyError, match="no ontology folder found"):
            render_html(_graph())
    finally:
        monkeypatch.delenv("GRAPHKIT_ONTOLOGY")
        ontology.clear_cache()


def test_subclasses_declared_in_the_graph_itself_are_followed():
    ex = Namespace("https://example.org/")
    triples = _triples() + [
        (ex.University, RDFS.subClassOf, PPP.NonProfit),  # declared in the graph only
        (ex.oxford, RDF.type, ex.University),
        (ex.oxford, RDFS.label, Literal("University of Oxford")),
        (ex.lyon, RDF.type, PPP.City),
        (ex.blank, RDF.type, BNode()),
    ]
    nodes = _by_id(_data(render_html(_graph(triples)))["nodes"])
    assert len(nodes) == len(ENTITIES) + 2
    assert nodes[str(ex.oxford)]["shape"] == "dot" and nodes[str(ex.oxford)]["cls"] == "University"
    assert "type: University (Organization)" in nodes[str(ex.oxford)]["title"]
    assert nodes[str(ex.lyon)]["shape"] == "square"
    assert nodes[str(ex.lyon)]["label"] == "lyon"  # no label: the IRI's local name


def test_classes_come_from_the_ontology_file_when_there_is_one(tmp_path, monkeypatch):
    (tmp_path / "ppp.ttl").write_text(
        "@prefix ppp: <https://w3id.org/graphkit/ppp#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "ppp:Hospital rdfs:subClassOf ppp:NonProfit .\n"
        "ppp:NonProfit rdfs:subClassOf ppp:Organization .\n"
        "ppp:Village rdfs:subClassOf ppp:City .\n"
        "ppp:City rdfs:subClassOf ppp:Location .\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("GRAPHKIT_ONTOLOGY", str(tmp_path))
    ontology.clear_cache()
    try:
        hospital, village = URIRef(str(PPP._NS) + "Hospital"), URIRef(str(PPP._NS) + "Village")
        triples = _triples() + [(ENTITY.clinic, RDF.type, hospital), (ENTITY.hamlet, RDF.type, village)]
        page = render_html(_graph(triples))
    finally:
        ontology.clear_cache()
    nodes = _by_id(_data(page)["nodes"])
    assert nodes[str(ENTITY.clinic)]["shape"] == "dot"
    assert nodes[str(ENTITY.hamlet)]["shape"] == "square"
    assert "type: Village (Location)" in nodes[str(ENTITY.hamlet)]["title"]


def test_a_broken_ontology_file_is_an_ontology_error(tmp_path, monkeypatch):
    (tmp_path / "ppp.ttl").write_text("ppp:Broken rdfs:subClassOf", encoding="utf-8")
    monkeypatch.setenv("GRAPHKIT_ONTOLOGY", str(tmp_path))
    ontology.clear_cache()
    try:
        with pytest.raises(OntologyError, match=r"\[E200\] cannot parse .*ppp\.ttl"):
            render_html(_graph())
    finally:
        ontology.clear_cache()


def test_bigger_graphs_stabilize_in_fewer_iterations():
    triples = []
    for i in range(240):
        triples += [(ENTITY[f"n{i}"], RDF.type, PPP.Company), (ENTITY[f"n{i}"], RDFS.label, Literal(f"Company {i}"))]
    for i in range(239):
        triples.append((ENTITY[f"n{i}"], PPP.partnersWith, ENTITY[f"n{i + 1}"]))
    data = _data(render_html(_graph(triples)))
    assert (len(data["nodes"]), len(data["edges"])) == (240, 239)
    physics = data["options"]["physics"]
    assert physics["solver"] == "barnesHut" and physics["stabilization"]["enabled"] is True
    assert physics["stabilization"]["iterations"] < 1000
    assert data["options"]["layout"]["randomSeed"] == 7
    small = _data(render_html(_graph()))["options"]["physics"]["stabilization"]["iterations"]
    assert small == 1000


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_page_script_is_valid_javascript(page, tmp_path):
    scripts = [text for attrs, text in _scripts(page) if "application/json" not in attrs]
    path = tmp_path / "page.js"
    path.write_text(scripts[-1], encoding="utf-8")
    result = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr

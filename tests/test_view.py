"""Tests of graphkit.view (the self-contained HTML page of a graph) and graphkit.layout.

What runs in a browser (search, filters, panel, export) is tested in Chromium
by tests/test_browser.py; here the page is checked statically: its data, its
markup, its Content-Security-Policy, its script, and that hostile names only
ever appear escaped.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.resources as resources
import json
import os
import random
import re
import shutil
import subprocess
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib import namespace
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from graphkit import ontology
from graphkit.errors import OntologyError
from graphkit.layout import layout
from graphkit.view import (
    CLASS_COLOURS,
    CLASS_SHAPES,
    COMMUNITY_COLOURS,
    LAYOUT_THRESHOLD,
    OTHER_COMMUNITY_COLOUR,
    RELATION_COLOURS,
    render_html,
    write_html,
)
from graphkit.view.read import _interval
from graphkit.view.render import _SCRIPT
from graphkit.vocab import DOC, ENTITY, EVIDENCE, FIGURE, ITSRDF, KIND, NIF, PPP, RELATIONS, SCORED_CLASSES
from tests.hostile import HOSTILE_CLASS, HOSTILE_IRIS, PAYLOADS, hostile_graph

EUROPOL, BINANCE, CTA = ENTITY.europol, ENTITY.binance, ENTITY.cyber_threat_alliance
ZHAO, FIRST_LIGHT, THAILAND, INDIA = ENTITY.zhao, ENTITY.operation_first_light, ENTITY.thailand, ENTITY.india
ENTITIES = {EUROPOL, BINANCE, CTA, ZHAO, FIRST_LIGHT, THAILAND, INDIA}


D1, D2 = "001_e8e737de296aae96.txt", "002_c4961fa566e269b9.txt"
D2_TEXT = "Intro line.\nThe operation led to 1.209 arestări in Thailand. Another sentence."


def _triples() -> list[tuple]:
    """A small graph in the shape of output-contract.md, as a list of triples.

    Dates: D1 has none, D2 is dated 2023-03-28; the memberOf evidence says 2024
    itself, the other D1 evidence is undated, the D2 evidence takes D2's date.
    """
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

    for name, lang in ((D1, "hi"), (D2, "th")):
        doc = DOC[name]
        add((doc, RDF.type, PPP.Document))
        add((doc, RDF.type, NIF.Context))
        add((doc, DCTERMS.identifier, Literal(name)))
        add((doc, DCTERMS.language, Literal(lang)))
    add((DOC[D2], DCTERMS.date, Literal("2023-03-28", datatype=XSD.date)))
    add((DOC[D2], NIF.isString, Literal(D2_TEXT)))

    for i, (entity_iri, text) in enumerate(((EUROPOL, "यूरोपोल"), (EUROPOL, "Europol"), (BINANCE, "बिनेंस"))):
        m = URIRef(f"https://w3id.org/graphkit/mention/{i}")
        add((m, RDF.type, NIF.Phrase))
        add((m, NIF.referenceContext, DOC[D1]))
        add((m, NIF.beginIndex, Literal(i * 10, datatype=namespace.XSD.nonNegativeInteger)))
        add((m, NIF.endIndex, Literal(i * 10 + len(text), datatype=namespace.XSD.nonNegativeInteger)))
        add((m, NIF.anchorOf, Literal(text)))
        add((m, ITSRDF.taIdentRef, entity_iri))

    relations = [
        (BINANCE, PPP.memberOf, CTA, "बिनेंस साइबर थ्रेट एलायंस में शामिल हुआ।", D1, "0.8", None, "2024"),
        (BINANCE, PPP.partnersWith, EUROPOL, "Binance worked with Europol.", D1, "0.7", None, None),
        (ZHAO, PPP.worksFor, BINANCE, "Binance CEO Changpeng Zhao said.", D1, "0.9", "CEO", None),
        (FIRST_LIGHT, PPP.coordinatedBy, EUROPOL, "ปฏิบัติการนำโดย Europol", D2, "0.85", None, None),
        (FIRST_LIGHT, PPP.targets, THAILAND, "ปฏิบัติการในประเทศไทย", D2, "0.6", None, None),
        (BINANCE, PPP.supports, EUROPOL, "Binance gave Europol data.", D1, "0.75", None, None),
    ]
    for i, (s, p, o, sentence, doc, confidence, role, date) in enumerate(relations):
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
        if date:
            add((ev, DCTERMS.date, Literal(date, datatype=XSD.gYear)))

    fig = FIGURE.f1
    begin = D2_TEXT.index("1.209 arestări")
    add((fig, RDF.type, PPP.Figure))
    add((fig, PPP.kind, KIND.arrests))
    add((fig, PPP.value, Literal(Decimal("1209"), datatype=namespace.XSD.decimal)))
    add((fig, PPP.about, FIRST_LIGHT))
    add((fig, PROV.wasDerivedFrom, DOC[D2]))
    add((fig, NIF.anchorOf, Literal("1.209 arestări")))
    add((fig, NIF.beginIndex, Literal(begin, datatype=namespace.XSD.nonNegativeInteger)))
    add((fig, NIF.endIndex, Literal(begin + len("1.209 arestări"), datatype=namespace.XSD.nonNegativeInteger)))
    add((fig, DCTERMS.date, Literal("2022-06", datatype=XSD.gYearMonth)))
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


def _edge(data: dict, subject, predicate: str, obj) -> dict:
    (edge,) = [e for e in data["edges"] if (e["from"], e["label"], e["to"]) == (str(subject), predicate, str(obj))]
    return edge


def _class(data: dict, node: dict) -> tuple[str, str]:
    """(class, scored class) of a node, from its group."""
    (found,) = [(cls, root) for group, cls, root in data["classes"] if group == node["group"]]
    return found


def _evidence(data: dict, edge: dict) -> list[dict]:
    """An edge's evidence, with the sentence and document tables resolved."""
    return [
        {
            "sentence": data["sentences"][s] if s is not None else None,
            "doc": data["docs"][d] if d is not None else None,
            "confidence": c,
            "role": r,
            "date": date,
        }
        for s, d, c, r, date in edge["evidence"]
    ]


class _Elements(HTMLParser):
    """Every start tag of a page, with its attributes, and the text outside <script> and <style>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self._raw = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        if tag in ("script", "style"):
            self._raw += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._raw -= 1

    def handle_data(self, data):
        if not self._raw:
            self.text.append(data)


def _elements(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(_graph(), title="PPP graph")


# --------------------------------------------------------------------------- offline, CSP, scripts


def test_page_makes_no_network_request(page):
    attributes = re.findall(r"""\b(?:src|href|action|poster|data)\s*=\s*["']?\s*([^\s"'>]+)""", page, re.I)
    assert not [a for a in attributes if re.match(r"(?:https?:)?//", a, re.I)]
    assert "<link" not in page.lower()
    assert "@import" not in page
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page, re.I)
    for tag in re.findall(r"<(?:script|link|style)\b[^>]*>", page, re.I):
        assert "cdn" not in tag.lower()
        assert "http" not in tag.lower()
    for tag, attrs in _elements(page).tags:
        for name, _ in attrs:
            assert name not in ("src", "href", "action", "srcset", "poster"), (tag, name)


def test_csp_forbids_everything_but_the_page_own_scripts(page):
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page).group(1)
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["default-src"] == "'none'"
    assert directives["img-src"] == "data:"
    assert "unsafe" not in directives["script-src"]
    executable = [text for attrs, text in _scripts(page) if "application/json" not in attrs]
    assert len(executable) == 2
    for text in executable:
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in directives["script-src"]
    assert executable[-1] == _SCRIPT


def test_vis_network_is_inlined(page):
    texts = [text for _, text in _scripts(page)]
    assert any("vis-network" in text[:2000] and "DataSet" in text for text in texts)
    assert "div.vis-tooltip{" in page
    assert "data:image/png;base64" not in page  # icon rules of unused toolbars are dropped


def test_page_script_puts_text_in_the_dom_as_text_only():
    for risky in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                  "setAttribute(\"on", "srcdoc", "javascript:"):
        assert risky not in _SCRIPT, risky
    assert "textContent" in _SCRIPT
    # ids and names are Map keys, never properties of plain objects
    assert "new Map(" in _SCRIPT and "Object.create" not in _SCRIPT
    assert "</script" not in _SCRIPT.lower() and "<!--" not in _SCRIPT


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_page_script_is_valid_javascript(page, tmp_path):
    scripts = [text for attrs, text in _scripts(page) if "application/json" not in attrs]
    path = tmp_path / "page.js"
    path.write_text(scripts[-1], encoding="utf-8")
    result = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _node() -> str:
    """The node executable; without it the JavaScript checks fail, unless GRAPHKIT_SKIP_BROWSER=1 skips them."""
    node = shutil.which("node")
    if node is None:
        if os.environ.get("GRAPHKIT_SKIP_BROWSER") == "1":
            pytest.skip("node is not installed and GRAPHKIT_SKIP_BROWSER=1")
        pytest.fail("node is not installed: `make test` installs Debian's nodejs; "
                    "set GRAPHKIT_SKIP_BROWSER=1 to skip the viewer's JavaScript checks on purpose")
    return node


def test_the_page_files_ship_with_the_package_and_are_what_the_page_inlines(page):
    folder = resources.files("graphkit.view")
    script = (folder / "app.js").read_text(encoding="utf-8")
    style = (folder / "style.css").read_text(encoding="utf-8")
    assert script.strip() == _SCRIPT
    assert f"<script>{script.strip()}</script>" in page
    assert f"<style>\n{style.strip()}\n</style>" in page


def test_app_js_is_valid_javascript(tmp_path):
    node = _node()
    with resources.as_file(resources.files("graphkit.view") / "app.js") as path:
        result = subprocess.run([node, "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        broken = tmp_path / "broken.js"  # the check does fail on a syntax error
        broken.write_text(path.read_text(encoding="utf-8").replace("function (", "function ((", 1), encoding="utf-8")
    result = subprocess.run([node, "--check", str(broken)], capture_output=True, text=True)
    assert result.returncode != 0 and "SyntaxError" in result.stderr


# --------------------------------------------------------------------------- the page's controls


def test_page_has_the_controls_of_the_contract(page):
    tags = _elements(page).tags
    by_id = {dict(attrs).get("id"): (tag, dict(attrs)) for tag, attrs in tags if dict(attrs).get("id")}
    assert by_id["search"][0] == "input"
    assert by_id["panel"][0] == "aside" and "hidden" in by_id["panel"][1]
    for button in ("export-png", "unpin", "fit", "reset-filters"):
        assert by_id[button][0] == "button", button
    for name in ("time-from", "time-to"):
        assert by_id[name][0] == "input" and by_id[name][1]["type"] == "date"
    assert by_id["time-from"][1]["value"] == "2023-03-28" and by_id["time-to"][1]["value"] == "2024-12-31"
    assert by_id["hide-isolated"][1]["type"] == "checkbox"
    boxes = [dict(attrs) for tag, attrs in tags if tag == "input" and dict(attrs).get("type") == "checkbox"]
    classes = {b["data-filter-class"] for b in boxes if "data-filter-class" in b}
    predicates = {b["data-filter-predicate"] for b in boxes if "data-filter-predicate" in b}
    assert classes == {"Organization", "LawEnforcementAgency", "Company", "Initiative", "Person", "Operation",
                       "Location", "Country"}
    assert predicates == {"memberOf", "partnersWith", "worksFor", "coordinatedBy", "targets", "supports"}
    assert all("checked" in b for b in boxes if "data-filter-class" in b or "data-filter-predicate" in b)


def test_no_time_filter_without_dates():
    triples = [t for t in _triples() if t[1] != DCTERMS.date]
    page = render_html(_graph(triples))
    assert 'id="time-from"' not in page and 'id="time-to"' not in page
    data = _data(page)
    assert data["time"] is None
    assert all("dates" not in e for e in data["edges"])


def test_legend_lists_classes_and_relations_present(page):
    legend = re.search(r'<aside id="legend"[^>]*>(.*?)</aside>', page, re.S).group(1)
    for name in ("Organization", "LawEnforcementAgency", "Company", "Initiative", "Person", "Operation",
                 "Location", "Country", "memberOf", "partnersWith", "worksFor", "targets"):
        assert name in legend
    for absent in ("City", "Media", "trains", "locatedIn", "Communities"):
        assert absent not in legend
    assert RELATION_COLOURS["memberOf"] in legend
    assert re.search(r'data-filter-class="Organization" checked>.*?<span class="n">3</span>', legend)
    assert "undated sentence" in legend  # the time filter says what happens to undated relations


# --------------------------------------------------------------------------- nodes and edges


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
    data = _data(page)
    nodes, groups = _by_id(data["nodes"]), data["options"]["groups"]

    def style(iri):
        return groups[nodes[str(iri)]["group"]]

    assert style(EUROPOL)["shape"] == "dot"
    assert style(ZHAO)["shape"] == "diamond"
    assert style(FIRST_LIGHT)["shape"] == "star"
    assert style(THAILAND)["shape"] == "square"
    assert _class(data, nodes[str(EUROPOL)]) == ("LawEnforcementAgency", "Organization")
    assert _class(data, nodes[str(ZHAO)]) == ("Person", "Person")
    assert [group for group, _, _ in data["classes"]] == [f"g{i}" for i in range(len(data["classes"]))]
    assert set(groups) == {group for group, _, _ in data["classes"]}
    fills = {iri: style(iri)["color"]["background"] for iri in ENTITIES}
    assert fills[EUROPOL] != fills[BINANCE] != fills[ZHAO]
    assert fills[THAILAND] == fills[INDIA]
    assert len({fills[EUROPOL], fills[ZHAO], fills[FIRST_LIGHT], fills[THAILAND]}) == 4
    assert all("color" not in node and "shape" not in node for node in data["nodes"])  # styles live in groups


def test_edges_are_labelled_coloured_and_directed(page):
    data = _data(page)
    edges = data["edges"]
    by_predicate = {edge["label"]: edge for edge in edges}
    assert set(by_predicate) == {"memberOf", "partnersWith", "worksFor", "coordinatedBy", "targets", "supports"}
    assert data["options"]["edges"]["arrows"]["to"]["enabled"] is True
    for name, edge in by_predicate.items():
        assert edge["color"] == RELATION_COLOURS[name]
        assert ("arrows" in edge) is (name == "partnersWith")
    assert by_predicate["partnersWith"]["arrows"]["to"]["enabled"] is False
    assert data["symmetric"] == ["partnersWith"]
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
    assert OTHER_COMMUNITY_COLOUR not in COMMUNITY_COLOURS and len(set(COMMUNITY_COLOURS)) == len(COMMUNITY_COLOURS)


# --------------------------------------------------------------------------- what the panel reads


def test_nodes_carry_their_names_mentions_and_figures(page):
    data = _data(page)
    nodes = _by_id(data["nodes"])
    europol = nodes[str(EUROPOL)]
    assert europol["names"] == [["Europol", "en"], ["यूरोपोल", "hi"], ["Европол", "ru"], ["ยูโรโพล", "th"]]
    assert europol["mentions"] == 2 and europol["label"] == "Europol"
    assert "figures" not in europol
    operation = nodes[str(FIRST_LIGHT)]
    figures = {f[0]: f for f in operation["figures"]}
    kind, value, unit, date, sentence, doc = figures["arrests"]
    assert (value, unit, date) == ("1,209", "", "2022-06")
    # the figure's sentence is cut from its document's text around its offsets
    assert data["sentences"][sentence] == "The operation led to 1.209 arestări in Thailand."
    assert data["docs"][doc] == [D2, "th", "2023-03-28"]
    kind, value, unit, date, sentence, doc = figures["amount_seized"]
    assert (value, unit, date, doc) == ("97,000,000", "USD", "", None)
    assert data["sentences"][sentence] == "97 milioane de dolari"  # no document text: its own anchor


def test_edges_carry_their_evidence_documents_confidence_role_and_dates(page):
    data = _data(page)
    (works,) = _evidence(data, _edge(data, ZHAO, "worksFor", BINANCE))
    assert works == {"sentence": "Binance CEO Changpeng Zhao said.", "doc": [D1, "hi", ""], "confidence": "0.9",
                     "role": "CEO", "date": ""}
    (member,) = _evidence(data, _edge(data, BINANCE, "memberOf", CTA))
    assert member["sentence"] == "बिनेंस साइबर थ्रेट एलायंस में शामिल हुआ।"
    assert (member["confidence"], member["role"], member["date"]) == ("0.8", "", "2024")


def test_edge_dates_come_from_the_evidence_else_its_document(page):
    data = _data(page)
    assert _edge(data, BINANCE, "memberOf", CTA)["dates"] == [["2024-01-01", "2024-12-31"]]
    assert _edge(data, FIRST_LIGHT, "targets", THAILAND)["dates"] == [["2023-03-28", "2023-03-28"]]
    undated = _edge(data, BINANCE, "partnersWith", EUROPOL)
    assert "dates" not in undated  # no date of its own, nor its document's: always shown
    assert data["time"] == {"from": "2023-03-28", "to": "2024-12-31", "undated": 3}


def test_an_edge_with_dated_and_undated_evidence_is_marked_undated():
    ev = EVIDENCE.extra
    triples = _triples() + [
        (ev, RDF.type, PPP.Evidence), (ev, RDF.subject, BINANCE), (ev, RDF.predicate, PPP.memberOf),
        (ev, RDF.object, CTA), (ev, NIF.anchorOf, Literal("Binance joined CTA.")),
        (ev, PROV.wasDerivedFrom, DOC[D1]),
    ]
    edge = _edge(_data(render_html(_graph(triples))), BINANCE, "memberOf", CTA)
    assert edge["dates"] == [["2024-01-01", "2024-12-31"]] and edge["undated"] is True
    assert len(edge["evidence"]) == 2 and edge["width"] == 2.0


def test_sentences_and_documents_are_stored_once():
    triples = _triples()
    shared = "Binance and Europol signed, and Binance supports Europol."
    triples = [t for t in triples if not (t[0] in (EVIDENCE.ev1, EVIDENCE.ev5) and t[1] == NIF.anchorOf)]
    triples += [(EVIDENCE.ev1, NIF.anchorOf, Literal(shared)), (EVIDENCE.ev5, NIF.anchorOf, Literal(shared))]
    page = render_html(_graph(triples))
    data = _data(page)
    assert data["sentences"].count(shared) == 1
    assert page.count(shared) == 1
    assert len(data["docs"]) == len({tuple(d) for d in data["docs"]}) == 2
    assert page.count(D1) == 1


@pytest.mark.parametrize(("lexical", "expected"), [
    ("2024", ("2024-01-01", "2024-12-31")),
    ("2024Z", ("2024-01-01", "2024-12-31")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2023-02", ("2023-02-01", "2023-02-28")),
    ("2023-03-28", ("2023-03-28", "2023-03-28")),
    ("2023-03-28T10:00:00+02:00", ("2023-03-28", "2023-03-28")),
    ("2023-13", None),
    ("2023-02-30", None),
    ("0000", None),
    ("<script>", None),
    ("", None),
])
def test_date_intervals(lexical, expected):
    assert _interval(lexical) == expected


def test_labels_in_other_scripts_survive(page):
    data = _data(page)
    names = {name for node in data["nodes"] for name, _ in node["names"]}
    assert {"यूरोपोल", "Европол", "ยูโรโพล", "बिनेंस", "ประเทศไทย", "भारत"} <= names
    assert "Европол" in page and "ยูโรโพล" in page  # written as text, not \\u escapes


def test_the_label_is_searchable_even_without_any_name():
    ex = Namespace("https://example.org/")
    page = render_html(_graph(_triples() + [(ex.lyon, RDF.type, PPP.City)]))
    node = _by_id(_data(page)["nodes"])[str(ex.lyon)]
    assert node["label"] == "lyon" and node["names"] == []  # the page searches label + names


# --------------------------------------------------------------------------- hostile names


def test_hostile_names_only_appear_escaped():
    graph = hostile_graph()
    title = PAYLOADS[0] + PAYLOADS[3]
    page = render_html(graph, title=title)
    for text in PAYLOADS:
        if any(ch in text for ch in "<>&\u2028\u2029"):
            assert text not in page, text
    assert "\u2028" not in page and "\u2029" not in page
    # nothing but the page's own elements and attributes
    parsed = _elements(page)
    allowed_tags = {"html", "head", "meta", "title", "style", "body", "header", "h1", "span", "div", "input",
                    "datalist", "button", "main", "aside", "section", "h2", "ul", "li", "label", "b", "p", "script"}
    assert {tag for tag, _ in parsed.tags} <= allowed_tags
    for tag, attrs in parsed.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert "javascript:" not in (value or "").lower(), (tag, name, value)
            assert name in {"lang", "charset", "http-equiv", "content", "name", "id", "type", "list", "placeholder",
                            "autocomplete", "aria-label", "aria-live", "title", "class", "style", "checked",
                            "data-filter-class", "data-filter-predicate", "data-filter-community", "value",
                            "min", "max", "hidden"}, (tag, name)
    assert len(re.findall(r"<script", page, re.I)) == 3
    assert len(re.findall(r"</script", page, re.I)) == 3
    assert len(re.findall(r"<title>", page)) == 1
    assert f"<title>{html.escape(title)}</title>" in page
    assert f"<h1>{html.escape(title)}</h1>" in page
    # the hostile class name reaches the legend escaped, in text and in its attribute
    assert 'data-filter-class="Evil&#x27;Class&amp;amp;x"' in page
    assert "Evil&#x27;Class&amp;amp;x</span>" in page
    # the hostile strings come back intact from the JSON: escaped, not mangled
    data = _data(page)
    labels = {node["label"] for node in data["nodes"]}
    assert set(PAYLOADS) <= labels
    assert {str(iri) for iri in HOSTILE_IRIS} <= {node["id"] for node in data["nodes"]}
    assert {p + " said <b>so</b>" for p in PAYLOADS} <= set(data["sentences"])
    assert "javascript:alert('doc')" in {d[0] for d in data["docs"]}
    assert "\\u003c/script\\u003e" in page
    assert [HOSTILE_CLASS.split("#")[1], "Organization"] in [c[1:] for c in data["classes"]]
    assert set(data["options"]["groups"]) == {f"g{i}" for i in range(len(data["classes"]))}  # no class name as key


def test_hostile_text_from_the_old_corpus_is_never_raw():
    hostile = ("</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>", '" onmouseover="x')
    triples = _triples()
    for i, text in enumerate(hostile):
        iri = ENTITY[f"hostile{i}"]
        triples += [
            (iri, RDF.type, PPP.Company),
            (iri, RDFS.label, Literal(text)),
            (iri, SKOS.altLabel, Literal(text + " alt", lang="en")),
            (iri, PPP.partnersWith, BINANCE),
            (EVIDENCE[f"hostile{i}"], RDF.subject, iri),
            (EVIDENCE[f"hostile{i}"], RDF.predicate, PPP.partnersWith),
            (EVIDENCE[f"hostile{i}"], RDF.object, BINANCE),
            (EVIDENCE[f"hostile{i}"], NIF.anchorOf, Literal(f"sentence {text}")),
            (EVIDENCE[f"hostile{i}"], PPP.role, Literal(text)),
            (EVIDENCE[f"hostile{i}"], PROV.wasDerivedFrom, DOC[f"hostile{i}"]),
            (DOC[f"hostile{i}"], DCTERMS.identifier, Literal(text)),
            (FIGURE[f"hostile{i}"], PPP.about, iri),
            (FIGURE[f"hostile{i}"], PPP.kind, KIND.users),
            (FIGURE[f"hostile{i}"], PPP.value, Literal(text)),
            (FIGURE[f"hostile{i}"], NIF.anchorOf, Literal(text)),
        ]
    page = render_html(_graph(triples), title=hostile[0] + hostile[2])
    for text in hostile:
        assert text not in page
    assert "<img" not in page.lower()
    assert 'onmouseover="' not in page
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x</title>" in page


def test_line_separators_are_escaped_in_the_json():
    triples = _triples() + [(EUROPOL, SKOS.altLabel, Literal("a\u2028b\u2029c", lang="en"))]
    page = render_html(_graph(triples))
    assert "\u2028" not in page and "\u2029" not in page
    nodes = _by_id(_data(page)["nodes"])
    assert ["a\u2028b\u2029c", "en"] in nodes[str(EUROPOL)]["names"]


# --------------------------------------------------------------------------- sizes and communities


def test_sizes_set_node_values():
    sizes = {str(EUROPOL): 0.75, str(BINANCE): 1, str(ENTITY.nowhere): 9.0}
    nodes = _by_id(_data(render_html(_graph(), sizes=sizes))["nodes"])
    assert nodes[str(EUROPOL)]["value"] == 0.75
    assert nodes[str(BINANCE)]["value"] == 1.0
    assert nodes[str(ZHAO)]["value"] == 0.0  # not in the mapping: the smallest
    default = _by_id(_data(render_html(_graph()))["nodes"])
    assert default[str(EUROPOL)]["value"] == 3 and default[str(ZHAO)]["value"] == 1  # mentions + 1


def test_communities_colour_nodes_and_get_a_legend_with_filters():
    communities = {str(EUROPOL): 0, str(BINANCE): 0, str(CTA): 0, str(ZHAO): 1, str(FIRST_LIGHT): 1,
                   str(THAILAND): 2}  # India has none
    page = render_html(_graph(), communities=communities)
    data = _data(page)
    nodes = _by_id(data["nodes"])
    assert nodes[str(EUROPOL)]["community"] == "0" and nodes[str(EUROPOL)]["color"] == COMMUNITY_COLOURS[0]
    assert nodes[str(ZHAO)]["color"] == COMMUNITY_COLOURS[1]
    assert nodes[str(THAILAND)]["color"] == COMMUNITY_COLOURS[2]
    assert nodes[str(INDIA)]["community"] == "other" and nodes[str(INDIA)]["color"] == OTHER_COMMUNITY_COLOUR
    assert data["communities"] == [["0", "community 0", 3, COMMUNITY_COLOURS[0]],
                                   ["1", "community 1", 2, COMMUNITY_COLOURS[1]],
                                   ["2", "community 2", 1, COMMUNITY_COLOURS[2]],
                                   ["other", "other communities", 1, OTHER_COMMUNITY_COLOUR]]
    legend = re.search(r'<aside id="legend"[^>]*>(.*?)</aside>', page, re.S).group(1)
    for key in ("0", "1", "2", "other"):
        assert f'data-filter-community="{key}" checked' in legend
    # classes are still in the legend, by shape, with a neutral colour
    assert 'data-filter-class="Person" checked><span class="sw" style="color:#57606A">' in legend
    assert data["options"]["groups"][nodes[str(ZHAO)]["group"]]["shape"] == "diamond"


def test_many_communities_share_one_colour_beyond_the_palette():
    triples = []
    communities = {}
    for i in range(30):
        iri = ENTITY[f"c{i}"]
        triples += [(iri, RDF.type, PPP.Company), (iri, RDFS.label, Literal(f"Company {i}"))]
        communities[str(iri)] = i // 2  # 15 communities of two
    data = _data(render_html(_graph(triples), communities=communities))
    colours = {node["color"] for node in data["nodes"]}
    assert colours == set(COMMUNITY_COLOURS) | {OTHER_COMMUNITY_COLOUR}
    assert data["communities"][-1] == ["other", "other communities", 6, OTHER_COMMUNITY_COLOUR]


def test_sizes_and_communities_must_be_mappings():
    with pytest.raises(TypeError, match="sizes"):
        render_html(_graph(), sizes=[1, 2])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="communities"):
        render_html(_graph(), communities="x")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- writing


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


def test_write_html_passes_sizes_and_communities(tmp_path):
    sizes, communities = {str(EUROPOL): 5.0}, {str(EUROPOL): 3}
    out = write_html(_graph(), tmp_path / "g.html", sizes=sizes, communities=communities)
    assert out.read_text(encoding="utf-8") == render_html(_graph(), sizes=sizes, communities=communities)


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
    assert data["nodes"] == [] and data["edges"] == [] and data["time"] is None
    assert 'id="counts">0 entities · 0 relations · 0 documents<' in page
    assert len(re.findall(r"<script", page, re.I)) == 3


def test_graph_without_entities_but_with_documents_renders():
    triples = [t for t in _triples() if t[1] != RDF.type or t[2] in (PPP.Document, NIF.Context, PPP.Evidence)]
    page = render_html(_graph(triples))
    assert "The graph has no entities." in page
    assert _data(page)["edges"] == []


# --------------------------------------------------------------------------- classes from the ontology


def test_a_missing_ontology_is_an_ontology_error(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHKIT_ONTOLOGY", str(tmp_path / "nowhere"))
    ontology.clear_cache()
    try:
        with pytest.raises(OntologyError, match=r"\[E200\].*nowhere"):
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
    data = _data(render_html(_graph(triples)))
    nodes, groups = _by_id(data["nodes"]), data["options"]["groups"]
    assert len(nodes) == len(ENTITIES) + 2
    assert _class(data, nodes[str(ex.oxford)]) == ("University", "Organization")
    assert groups[nodes[str(ex.oxford)]["group"]]["shape"] == "dot"
    assert groups[nodes[str(ex.lyon)]["group"]]["shape"] == "square"
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
    data = _data(page)
    nodes, groups = _by_id(data["nodes"]), data["options"]["groups"]
    assert groups[nodes[str(ENTITY.clinic)]["group"]]["shape"] == "dot"
    assert groups[nodes[str(ENTITY.hamlet)]["group"]]["shape"] == "square"
    assert _class(data, nodes[str(ENTITY.hamlet)]) == ("Village", "Location")
    assert 'data-filter-class="Village"' in page


def test_a_broken_ontology_file_is_an_ontology_error(tmp_path, monkeypatch):
    (tmp_path / "ppp.ttl").write_text("ppp:Broken rdfs:subClassOf", encoding="utf-8")
    monkeypatch.setenv("GRAPHKIT_ONTOLOGY", str(tmp_path))
    ontology.clear_cache()
    try:
        with pytest.raises(OntologyError, match=r"\[E200\].*ppp\.ttl.*pars"):
            render_html(_graph())
    finally:
        ontology.clear_cache()


# --------------------------------------------------------------------------- layout: physics or precomputed


def _companies(n: int, links: list[tuple[int, int]]) -> list[tuple]:
    triples = []
    for i in range(n):
        triples += [(ENTITY[f"n{i}"], RDF.type, PPP.Company), (ENTITY[f"n{i}"], RDFS.label, Literal(f"Company {i}"))]
    for a, b in links:
        triples.append((ENTITY[f"n{a}"], PPP.partnersWith, ENTITY[f"n{b}"]))
    return triples


def test_small_graphs_use_physics_that_stops():
    data = _data(render_html(_graph()))
    physics = data["options"]["physics"]
    assert physics["enabled"] is True and physics["stabilization"]["enabled"] is True
    assert physics["stabilization"]["iterations"] == 1000
    assert all("x" not in node for node in data["nodes"])
    assert 'network.setOptions({physics: false})' in _SCRIPT and '"stabilizationIterationsDone"' in _SCRIPT


def test_bigger_graphs_stabilize_in_fewer_iterations():
    data = _data(render_html(_graph(_companies(240, [(i, i + 1) for i in range(239)]))))
    assert (len(data["nodes"]), len(data["edges"])) == (240, 239)
    physics = data["options"]["physics"]
    assert physics["solver"] == "barnesHut" and physics["stabilization"]["enabled"] is True
    assert physics["stabilization"]["iterations"] < 1000
    assert data["options"]["layout"]["randomSeed"] == 7


def test_graphs_over_the_threshold_are_laid_out_beforehand():
    rng = random.Random(5)
    n = LAYOUT_THRESHOLD + 200
    links = [(i, rng.randrange(i)) for i in range(1, 400)] + [(400 + i, 401 + i) for i in range(0, 40, 2)]
    triples = _companies(n, links)  # a tree of 400, 20 pairs, 60 isolated
    page = render_html(_graph(triples))
    data = _data(page)
    assert data["options"]["physics"] == {"enabled": False}
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True
    positions = {node["id"]: (node["x"], node["y"]) for node in data["nodes"]}
    assert len(positions) == n and all(isinstance(v, int) for xy in positions.values() for v in xy)
    assert len(set(positions.values())) == n  # no two nodes on the same spot
    # the same graph in another order gives the same page
    shuffled = list(triples)
    random.Random(1).shuffle(shuffled)
    assert render_html(_graph(shuffled)) == page


def test_layout_separates_components_and_nodes():
    rng = random.Random(3)
    nodes = [f"n{i:04d}" for i in range(700)]
    edges = [(nodes[i], nodes[rng.randrange(i)]) for i in range(1, 500)]  # a tree of 500
    edges += [(nodes[i], nodes[i + 1]) for i in range(500, 560, 2)]  # 30 pairs
    edges += [(nodes[560], nodes[561]), (nodes[561], nodes[562]), (nodes[562], nodes[560])]  # a triangle
    edges += [(nodes[0], nodes[0]), (nodes[1], nodes[0])]  # a self-loop and a repeat change nothing
    pos = layout(nodes, edges)
    assert set(pos) == set(nodes)
    points = sorted(pos.values())
    closest = min(
        ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
        for i, a in enumerate(points) for b in points[i + 1 : i + 40]
    )
    assert closest >= 10  # about SPACING apart, never on top of each other
    tree = [pos[n] for n in nodes[:500]]
    rest = [pos[n] for n in nodes[500:]]
    assert max(y for _, y in tree) < min(y for _, y in rest)  # the biggest component first, the others below
    pair = (pos[nodes[500]], pos[nodes[501]])
    assert abs(pair[0][1] - pair[1][1]) < 1 and 40 < abs(pair[0][0] - pair[1][0]) < 100
    assert layout(nodes, edges) == pos


def test_layout_of_nothing_and_of_one_node():
    assert layout([], []) == {}
    assert layout(["a"], []) == {"a": (0, 0)}


# --------------------------------------------------------------------------- the view command


def test_view_command_sizes_and_colours_with_graphkit_analyze(tmp_path):
    from graphkit.cli import main
    from graphkit.rdf import serialize

    source = tmp_path / "g.ttl"
    source.write_bytes(serialize(_graph(), "turtle"))
    runner = CliRunner()
    out = tmp_path / "g.html"
    result = runner.invoke(main, ["view", str(source), "-o", str(out), "--size-by", "betweenness",
                                  "--colour-by", "community"])
    assert result.exit_code == 0, result.output
    data = _data(out.read_text(encoding="utf-8"))
    nodes = _by_id(data["nodes"])
    assert nodes[str(BINANCE)]["value"] > nodes[str(ZHAO)]["value"] == 0.0  # Binance is between the others
    assert all("community" in node and "color" in node for node in data["nodes"])
    assert data["communities"]
    result = runner.invoke(main, ["view", str(source), "-o", str(out), "--size-by", "degree"])
    assert result.exit_code == 0, result.output
    data = _data(out.read_text(encoding="utf-8"))
    assert "communities" not in data and _by_id(data["nodes"])[str(BINANCE)]["value"] == 0.5
    result = runner.invoke(main, ["view", str(source), "--colour-by", "sector"])
    assert result.exit_code == 2 and "sector" in result.output


# --------------------------------------------------------------------------- curation in the page


def test_a_curated_graph_draws_what_its_decisions_changed_and_lists_them():
    from graphkit.curate import Curation, apply_to_graph, make

    graph = _graph()
    plain = _data(render_html(graph))
    assert "decisions" not in plain and "actions" not in plain
    assert not any("curated" in item for item in plain["nodes"] + plain["edges"])
    decisions = Curation((
        make("rename", targets=["gke:europol"], label="Europol (EU)", reason="the <b>official</b> name",
             by="alice", when="2025-01-01T00:00:00"),
        make("merge", targets=["gke:thailand", "gke:india"], when="2025-01-01T00:00:01"),
        make("reject-entity", targets=["Nobody Here"], when="2025-01-01T00:00:02"),
    ))
    curated, report = apply_to_graph(graph, decisions)
    assert len(report.applied) == 2 and len(report.missing) == 1
    page = render_html(curated)
    data = _data(page)
    # the panel's list: what, why, by, when, on which entities, or why it changed nothing
    assert [d[0] for d in data["decisions"]] == [d.summary() for d in decisions.decisions]
    rename, merge, reject = data["decisions"]
    assert rename[1:4] == ["the <b>official</b> name", "alice", "2025-01-01T00:00:00"]
    assert rename[4] == [str(EUROPOL)] and rename[5] == ""
    assert sorted(merge[4]) == [str(INDIA)]  # the entity merged away is no longer in the graph
    assert reject[4] == [] and "no entity is named 'Nobody Here'" in reject[5]
    # the renamed and the kept entity are dashed and point to their decisions; the others are not
    nodes = _by_id(data["nodes"])
    assert nodes[str(EUROPOL)]["curated"] == [0] and nodes[str(INDIA)]["curated"] == [1]
    for iri in (EUROPOL, INDIA):
        assert nodes[str(iri)]["shapeProperties"] == {"borderDashes": [6, 3]}
    assert str(THAILAND) not in nodes
    assert not any("curated" in n for iri, n in nodes.items() if iri not in (str(EUROPOL), str(INDIA)))
    # the relations the merge moved to the kept entity are added by it: dashed; the untouched are not
    moved = [e for e in data["edges"] if "curated" in e]
    assert moved and all(e["curated"] == [1] and e["dashes"] for e in moved)
    assert {(e["from"], e["label"], e["to"]) for e in moved} == {(str(FIRST_LIGHT), "targets", str(INDIA))}
    assert any("curated" not in e for e in data["edges"])
    # the header's button and the legend's note; article text stays escaped out of the markup
    assert 'id="show-curation"' in page and "Curation (3)" in page and 'id="curation-hint"' in page
    assert "<b>official</b>" not in page
    # a page written to a file offers no action and reaches no origin
    assert "actions" not in data and "connect-src" not in page
    assert 'id="show-curation"' not in render_html(graph)


def test_a_served_page_with_actions_may_reach_its_own_origin_only():
    page = render_html(_graph(), actions={"token": "t0k"})
    assert _data(page)["actions"] == {"token": "t0k"}
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "connect-src 'self'" in csp and "default-src 'none'" in csp

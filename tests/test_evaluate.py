"""Tests of graphkit.evaluate: hand-made graphs against hand-made gold, exact counts."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from graphkit import evaluate as ev
from graphkit.errors import GoldError, OntologyError
from graphkit.evaluate import Ratio, Score, evaluate, format_report, load_gold
from graphkit.vocab import DOC, ENTITY, EVIDENCE, FIGURE, ITSRDF, KIND, NIF, PPP

SEEDS = Path("/work/shared/gold/seeds")
DATA = Path(__file__).parent / "data" / "evaluate"
EX = Namespace("https://example.org/test#")
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


# --------------------------------------------------------------------------- builders


class Builder:
    """Writes graphs the way output-contract.md says."""

    def __init__(self) -> None:
        self.graph = Graph()
        self.count = 0

    def _next(self) -> int:
        self.count += 1
        return self.count

    def doc(self, name: str, language: str = "en") -> URIRef:
        node = DOC[name]
        g = self.graph
        g.add((node, RDF.type, PPP.Document))
        g.add((node, RDF.type, NIF.Context))
        g.add((node, DCTERMS.identifier, Literal(name)))
        g.add((node, DCTERMS.language, Literal(language)))
        return node

    def entity(self, key: str, cls: URIRef | str, label: str, *alts: str) -> URIRef:
        node = ENTITY[key]
        g = self.graph
        g.add((node, RDF.type, cls if isinstance(cls, URIRef) else PPP[cls]))
        g.add((node, RDFS.label, Literal(label, lang="en")))
        for alt in alts:
            g.add((node, SKOS.altLabel, Literal(alt, lang="xx")))
        return node

    def mention(self, doc: URIRef, entity: URIRef, text: str) -> URIRef:
        node = URIRef(f"{doc}#m{self._next()}")
        g = self.graph
        g.add((node, RDF.type, NIF.Phrase))
        g.add((node, NIF.referenceContext, doc))
        g.add((node, NIF.beginIndex, Literal(0)))
        g.add((node, NIF.endIndex, Literal(len(text))))
        g.add((node, NIF.anchorOf, Literal(text)))
        g.add((node, ITSRDF.taIdentRef, entity))
        return node

    def relation(self, subject: URIRef, predicate: str, obj: URIRef, doc: URIRef, *, role: str | None = None) -> URIRef:
        g = self.graph
        g.add((subject, PPP[predicate], obj))
        node = EVIDENCE[f"e{self._next()}"]
        g.add((node, RDF.type, PPP.Evidence))
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, RDF.subject, subject))
        g.add((node, RDF.predicate, PPP[predicate]))
        g.add((node, RDF.object, obj))
        g.add((node, PROV.wasDerivedFrom, doc))
        g.add((node, NIF.anchorOf, Literal("the sentence.")))
        g.add((node, PPP.confidence, Literal("0.8", datatype=XSD_DECIMAL)))
        if role is not None:
            g.add((node, PPP.role, Literal(role)))
        return node

    def figure(self, doc: URIRef, kind: str, value: str, *, about: URIRef | None = None, text: str = "") -> URIRef:
        node = FIGURE[f"f{self._next()}"]
        g = self.graph
        g.add((node, RDF.type, PPP.Figure))
        g.add((node, PPP.kind, KIND[kind]))
        g.add((node, PPP.value, Literal(value, datatype=XSD_DECIMAL)))
        g.add((node, PROV.wasDerivedFrom, doc))
        g.add((node, NIF.anchorOf, Literal(text or value)))
        if about is not None:
            g.add((node, PPP.about, about))
        return node


def ent(
    id_: str, type_: str, name: str, *mentions: str, aliases: list[str] | None = None, optional: bool = False
) -> dict:
    out: dict = {"id": id_, "type": type_, "name": name, "mentions": list(mentions or [name])}
    if aliases:
        out["aliases"] = aliases
    if optional:
        out["optional"] = True
    return out


def write_gold(
    folder: Path, document: str, language: str, entities: list, relations: list = (), figures: list = ()
) -> Path:
    data = {"document": document, "language": language, "entities": entities}
    if relations:
        data["relations"] = list(relations)
    if figures:
        data["figures"] = list(figures)
    path = folder / (Path(document).stem + ".json")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    return folder


def score(s: Score) -> tuple[int, int, int]:
    return (s.tp, s.fp, s.fn)


# --------------------------------------------------------------------------- entities


def test_exact_match(gold_dir: Path) -> None:
    write_gold(gold_dir, "a.txt", "en", [ent("binance", "Organization", "Binance")])
    b = Builder()
    doc = b.doc("a.txt")
    b.mention(doc, b.entity("binance", "Organization", "Binance"), "Binance")
    report = evaluate(b.graph, load_gold([gold_dir]))
    assert score(report.entities["Organization"]) == (1, 0, 0)
    assert score(report.entities.all) == (1, 0, 0)
    assert report.entities.all.precision == 1.0
    assert report.entities.all.recall == 1.0
    assert report.entities.all.f1 == 1.0
    assert score(report.entities["Person"]) == (0, 0, 0)
    assert report.entities["Person"].f1 is None
    assert report.mentions == Ratio(1, 1)
    assert report.missing_documents == ()


def test_type_mismatch_is_not_a_match(gold_dir: Path) -> None:
    write_gold(gold_dir, "a.txt", "en", [ent("binance", "Organization", "Binance")])
    b = Builder()
    doc = b.doc("a.txt")
    b.mention(doc, b.entity("binance", "Person", "Binance"), "Binance")
    report = evaluate(b.graph, load_gold([gold_dir]))
    assert score(report.entities["Organization"]) == (0, 0, 1)
    assert score(report.entities["Person"]) == (0, 1, 0)
    assert score(report.entities.all) == (0, 1, 1)
    assert report.mentions == Ratio(0, 1)
    assert [m.id for m in report.misses.entities] == ["binance"]
    assert [(f.label, f.type, f.split_of) for f in report.misses.false_entities] == [("Binance", "Person", "")]


def test_labels_are_compared_after_nfkc_and_case_folding(gold_dir: Path) -> None:
    write_gold(
        gold_dir,
        "a.txt",
        "en",
        [
            ent("binance", "Organization", "Binance"),
            ent("strasse", "Location", "Hauptstrasse", "Hauptstraße"),
            ent("tno", "Organization", "TNO", aliases=["Netherlands Organisation for Applied Scientific Research"]),
        ],
    )
    b = Builder()
    doc = b.doc("a.txt")
    b.mention(doc, b.entity("b", "Organization", "ＢＩＮＡＮＣＥ"), "Binance")
    b.mention(doc, b.entity("s", "Location", "HAUPTSTRASSE"), "Hauptstraße")
    # matched by an altLabel equal to a gold alias
    tno = b.entity("t", "Organization", "Dutch research body", "netherlands organisation for applied scientific research")
    b.mention(doc, tno, "TNO")
    report = evaluate(b.graph, load_gold([gold_dir]))
    assert score(report.entities.all) == (3, 0, 0)
    assert report.mentions == Ratio(3, 3)


def test_split_entity_is_one_tp_and_one_fp(gold_dir: Path) -> None:
    write_gold(gold_dir, "a.txt", "en", [ent("binance", "Organization", "Binance", "Binance", "बिनेंस")])
    b = Builder()
    doc = b.doc("a.txt")
    b.mention(doc, b.entity("binance-1", "Organization", "Binance"), "Binance")
    b.mention(doc, b.entity("binance-2", "Company", "बिनेंस"), "बिनेंस")
    report = evaluate(b.graph, load_gold([gold_dir]))
    assert score(report.entities["Organization"]) == (1, 1, 0)
    assert [(f.node, f.split_of) for f in report.misses.false_entities] == [(str(ENTITY["binance-2"]), "binance")]
    # both nodes stand for binance, so both mentions are found
    assert report.mentions == Ratio(2, 2)


def test_one_node_per_gold_entity_by_maximum_matching(gold_dir: Path) -> None:
    # a node that could be either entity is given the one no other node can take
    write_gold(
        gold_dir,
        "a.txt",
        "en",
        [ent("europol", "Organization", "Europol"), ent("ec3", "Organization", "European Cybercrime Centre", "EC3")],
    )
    b = Builder()
    doc = b.doc("a.txt")
    b.mention(doc, b.entity("a", "Organization", "Europol", "EC3"), "EC3")
    b.mention(doc, b.entity("b", "Organization", "Europol"), "Europol")
    report = evaluate(b.graph, load_gold([gold_dir]))
    assert score(report.entities.all) == (2, 0, 0)
    assert report.mentions == Ratio(2, 2)


def test_node_matching_only_an_optional_entity_is_not_counted(gold_dir: Path) -> None:
    write_gold(
        gold_dir,
        "a.txt",
        "en",
        [ent("binance", "Organization", "Binance"), ent("telegram", "Organization", "Telegram", optional=True)],
    )
    b = Builder()
    doc = b.doc("a.txt")
    b.mention(doc, b.entity("binance", "Organization", "Binance"), "Binance")
    b.mention(doc, b.entity("telegram", "Organization", "Telegram"), "Telegram")
    report = evaluate(b.graph, load_gold([gold_dir]))
    assert score(report.entities.all) == (1, 0, 0)
    # and missing it is not a miss either
    b2 = Builder()
    doc2 = b2.doc("a.txt")
    b2.mention(doc2, b2.entity("binance", "Organization", "Binance"), "Binance")
    assert score(evaluate(b2.graph, load_gold([gold_dir])).entities.all) == (1, 0, 0)


def test_optional_only_if_optional_in_every_document(gold_dir: Path) -> None:
    write_gold(gold_dir, "a.txt", "en", [ent("africa", "Location", "Africa", "African", optional=True)])
    write_gold(gold_dir, "b.txt", "fr", [ent("africa", "Location", "Africa", "Afrique")])
    b = Builder()
    b.doc("a.txt")
    b.doc("b.txt")
    report = evaluate(b.graph, load_gold([gold_dir]))
    assert score(report.entities["Location"]) == (0, 0, 1)
    assert score(report.language("en").entities) == (0, 0, 0)
    assert score(report.language("fr").entities) == (0, 0, 1)
    # mentions of an entity optional in that document are not counted
    assert report.mentions == Ratio(0, 1)


def test_subclasses_declared_in_the_graph_are_followed(gold_dir: Path) -> None:
    write_gold(gold_dir, "a.txt", "en", [ent("binance", "Organization", "Binance")])
    b = Builder()
    doc = b.doc("a.txt")
    b.graph.add((EX.Exchange, RDFS.subClassOf, EX.Business))
    b.graph.add((EX.Business, RDFS.subClassOf, PPP.Organization))
    b.mention(doc, b.entity("binance", EX.Exchange, "Binance"), "Binance")
    # a node of no scored class is ignored, even with a matching label
    b.mention(doc, b.entity("thing", EX.Thing, "Binance"), "Binance")
    report = evaluate(b.graph, load_gold([gold_dir]))
    assert score(report.entities.all) == (1, 0, 0)


def test_a_missing_ontology_is_an_ontology_error(gold_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from graphkit import ontology

    write_gold(gold_dir, "a.txt", "en", [ent("europol", "Organization", "Europol")])
    b = Builder()
    b.mention(b.doc("a.txt"), b.entity("europol", "LawEnforcementAgency", "Europol"), "Europol")
    monkeypatch.setenv("GRAPHKIT_ONTOLOGY", str(tmp_path / "nowhere"))
    ontology.clear_cache()
    try:
        with pytest.raises(OntologyError, match=r"GRAPHKIT_ONTOLOGY=.*nowhere: no such folder"):
            evaluate(b.graph, load_gold([gold_dir]))
    finally:
        monkeypatch.delenv("GRAPHKIT_ONTOLOGY")
        ontology.clear_cache()


def test_only_nodes_mentioned_in_gold_documents_are_scored(gold_dir: Path) -> None:
    write_gold(gold_dir, "a.txt", "en", [ent("binance", "Organization", "Binance")])
    b = Builder()
    a = b.doc("a.txt")
    other = b.doc("no-gold.txt")
    b.mention(a, b.entity("binance", "Organization", "Binance"), "Binance")
    b.mention(other, b.entity("acme", "Organization", "Acme"), "Acme")
    b.entity("lonely", "Organization", "Lonely")  # no mention at all
    report = evaluate(b.graph, load_gold([gold_dir]))
    assert score(report.entities.all) == (1, 0, 0)
    assert report.documents == ("a.txt",)


# --------------------------------------------------------------------------- relations


def relation_gold(gold_dir: Path, relations: list) -> list:
    write_gold(
        gold_dir,
        "a.txt",
        "en",
        [
            ent("binance", "Organization", "Binance"),
            ent("interpol", "Organization", "INTERPOL"),
            ent("ncfta", "Organization", "NCFTA"),
            ent("us", "Location", "United States", optional=True),
            ent("jetton", "Person", "Neal Jetton"),
        ],
        relations,
    )
    return load_gold([gold_dir])


def relation_graph() -> tuple[Builder, URIRef, dict[str, URIRef]]:
    b = Builder()
    doc = b.doc("a.txt")
    names = {
        "binance": ("Company", "Binance"),
        "interpol": ("Organization", "INTERPOL"),
        "ncfta": ("Organization", "NCFTA"),
        "us": ("Country", "United States"),
        "jetton": ("Person", "Neal Jetton"),
        "acme": ("Organization", "Acme"),
    }
    nodes = {}
    for key, (cls, label) in names.items():
        nodes[key] = b.entity(key, cls, label)
        b.mention(doc, nodes[key], label)
    return b, doc, nodes


def test_exact_relation_and_partners_with_reversed(gold_dir: Path) -> None:
    gold = relation_gold(
        gold_dir,
        [
            {"subject": "binance", "predicate": "partnersWith", "object": "interpol"},
            {"subject": "binance", "predicate": "memberOf", "object": "ncfta"},
        ],
    )
    b, doc, n = relation_graph()
    b.relation(n["interpol"], "partnersWith", n["binance"], doc)
    b.relation(n["binance"], "memberOf", n["ncfta"], doc)
    report = evaluate(b.graph, gold)
    assert score(report.relations["partnersWith"]) == (1, 0, 0)
    assert score(report.relations["memberOf"]) == (1, 0, 0)
    assert score(report.relations.all) == (2, 0, 0)


def test_partners_with_both_directions_counts_once(gold_dir: Path) -> None:
    gold = relation_gold(gold_dir, [{"subject": "binance", "predicate": "partnersWith", "object": "interpol"}])
    b, doc, n = relation_graph()
    b.relation(n["interpol"], "partnersWith", n["binance"], doc)
    b.relation(n["binance"], "partnersWith", n["interpol"], doc)
    b.relation(n["acme"], "partnersWith", n["ncfta"], doc)
    b.relation(n["ncfta"], "partnersWith", n["acme"], doc)
    report = evaluate(b.graph, gold)
    assert score(report.relations["partnersWith"]) == (1, 1, 0)


def test_other_directions_are_not_symmetric(gold_dir: Path) -> None:
    gold = relation_gold(gold_dir, [{"subject": "binance", "predicate": "memberOf", "object": "ncfta"}])
    b, doc, n = relation_graph()
    b.relation(n["ncfta"], "memberOf", n["binance"], doc)
    report = evaluate(b.graph, gold)
    assert score(report.relations["memberOf"]) == (0, 1, 1)


def test_alternative_predicate_counts(gold_dir: Path) -> None:
    gold = relation_gold(
        gold_dir, [{"subject": "binance", "predicate": "memberOf", "object": "ncfta", "alternatives": ["partnersWith"]}]
    )
    b, doc, n = relation_graph()
    b.relation(n["ncfta"], "partnersWith", n["binance"], doc)
    report = evaluate(b.graph, gold)
    assert score(report.relations["memberOf"]) == (1, 0, 0)
    assert score(report.relations["partnersWith"]) == (0, 0, 0)
    assert score(report.relations.all) == (1, 0, 0)


def test_relation_to_an_unmatched_node_is_a_false_positive(gold_dir: Path) -> None:
    gold = relation_gold(gold_dir, [{"subject": "binance", "predicate": "partnersWith", "object": "interpol"}])
    b, doc, n = relation_graph()
    b.relation(n["binance"], "partnersWith", n["acme"], doc)
    report = evaluate(b.graph, gold)
    assert score(report.relations["partnersWith"]) == (0, 1, 1)
    [false] = report.misses.false_relations
    # partnersWith has no direction: its ends are listed in IRI order
    assert (false.subject_label, false.predicate, false.object_label) == ("Acme", "partnersWith", "Binance")
    assert false.documents == ("a.txt",)
    [missed] = report.misses.relations
    assert (missed.subject, missed.predicate, missed.object) == ("binance", "partnersWith", "interpol")


def test_optional_gold_relation_in_the_graph_is_not_a_false_positive(gold_dir: Path) -> None:
    gold = relation_gold(
        gold_dir,
        [
            {"subject": "ncfta", "predicate": "locatedIn", "object": "us", "optional": True},
            {"subject": "binance", "predicate": "memberOf", "object": "ncfta"},
        ],
    )
    b, doc, n = relation_graph()
    b.relation(n["ncfta"], "locatedIn", n["us"], doc)
    report = evaluate(b.graph, gold)
    assert score(report.relations["locatedIn"]) == (0, 0, 0)
    assert score(report.relations.all) == (0, 0, 1)


def test_relations_only_from_gold_documents_count(gold_dir: Path) -> None:
    gold = relation_gold(gold_dir, [{"subject": "binance", "predicate": "partnersWith", "object": "interpol"}])
    b, doc, n = relation_graph()
    elsewhere = b.doc("no-gold.txt")
    b.relation(n["binance"], "partnersWith", n["interpol"], elsewhere)
    b.relation(n["binance"], "supports", n["acme"], elsewhere)
    b.graph.add((n["binance"], PPP.trains, n["acme"]))  # no evidence at all
    report = evaluate(b.graph, gold)
    assert score(report.relations.all) == (0, 0, 1)


def test_roles_on_works_for(gold_dir: Path) -> None:
    gold = relation_gold(
        gold_dir,
        [
            {"subject": "jetton", "predicate": "worksFor", "object": "interpol", "role": "Director of Cybercrime"},
            {"subject": "jetton", "predicate": "worksFor", "object": "binance", "role": "Adviser"},
        ],
    )
    b, doc, n = relation_graph()
    b.relation(n["jetton"], "worksFor", n["interpol"], doc, role="ＤＩＲＥＣＴＯＲ of cybercrime")
    b.relation(n["jetton"], "worksFor", n["binance"], doc, role="Head")
    report = evaluate(b.graph, gold)
    assert score(report.relations["worksFor"]) == (2, 0, 0)
    assert report.roles == Ratio(1, 2)
    [wrong] = report.misses.roles
    assert (wrong.subject, wrong.object, wrong.expected, wrong.found) == (
        "jetton",
        "binance",
        ("a.txt: Adviser",),
        ("a.txt: Head",),
    )


# --------------------------------------------------------------------------- figures


def figure_gold(gold_dir: Path, figures_a: list, figures_b: list = ()) -> list:
    entities = [
        ent("serengeti", "Operation", "Operation Serengeti", "Serengeti"),
        ent("interpol", "Organization", "INTERPOL"),
    ]
    write_gold(gold_dir, "a.txt", "en", entities, figures=figures_a)
    write_gold(gold_dir, "b.txt", "en", entities, figures=figures_b)
    return load_gold([gold_dir])


def test_figure_within_half_a_percent_matches(gold_dir: Path) -> None:
    gold = figure_gold(
        gold_dir,
        [
            {"subject": None, "kind": "arrests", "value": 1000},
            {"subject": None, "kind": "victims", "value": 1000},
            {"subject": None, "kind": "countries", "value": 200},
            {"subject": None, "kind": "percentage", "value": 20.4},
            {"subject": None, "kind": "operations", "value": 0},
        ],
    )
    b = Builder()
    a = b.doc("a.txt")
    b.doc("b.txt")
    b.figure(a, "arrests", "1004")  # 0.4% off
    b.figure(a, "victims", "1010")  # 1% off
    b.figure(a, "countries", "201")  # exactly 0.5% off
    b.figure(a, "percentage", "20.4")
    b.figure(a, "operations", "0.001")  # 0 must be exact
    report = evaluate(b.graph, gold)
    assert score(report.figures["arrests"]) == (1, 0, 0)
    assert score(report.figures["victims"]) == (0, 1, 1)
    assert score(report.figures["countries"]) == (1, 0, 0)
    assert score(report.figures["percentage"]) == (1, 0, 0)
    assert score(report.figures["operations"]) == (0, 1, 1)
    assert score(report.figures.all) == (3, 2, 2)
    assert [(m.kind, m.value) for m in report.misses.figures] == [("operations", Decimal(0)), ("victims", Decimal(1000))]


def test_figure_of_another_kind_does_not_match(gold_dir: Path) -> None:
    gold = figure_gold(gold_dir, [{"subject": None, "kind": "arrests", "value": 1209}])
    b = Builder()
    a = b.doc("a.txt")
    b.figure(a, "victims", "1209")
    report = evaluate(b.graph, gold)
    assert score(report.figures["arrests"]) == (0, 0, 1)
    assert score(report.figures["victims"]) == (0, 1, 0)


def test_figure_in_the_wrong_document_does_not_match(gold_dir: Path) -> None:
    gold = figure_gold(gold_dir, [{"subject": None, "kind": "arrests", "value": 1209}])
    b = Builder()
    b.doc("a.txt")
    other = b.doc("b.txt")
    no_gold = b.doc("c.txt")
    b.figure(other, "arrests", "1209")
    b.figure(no_gold, "arrests", "1209")  # ignored: c.txt has no gold
    report = evaluate(b.graph, gold)
    assert score(report.figures["arrests"]) == (0, 1, 1)
    [false] = report.misses.false_figures
    assert (false.document, false.kind, false.value) == ("b.txt", "arrests", Decimal(1209))


def test_figures_match_one_to_one_and_optional_ones_are_not_errors(gold_dir: Path) -> None:
    gold = figure_gold(
        gold_dir,
        [
            {"subject": None, "kind": "actionable_points", "value": 17000},
            {"subject": None, "kind": "actionable_points", "value": 10000, "optional": True},
            {"subject": None, "kind": "countries", "value": 19},
        ],
    )
    b = Builder()
    a = b.doc("a.txt")
    b.figure(a, "actionable_points", "17000")
    b.figure(a, "actionable_points", "10000")
    b.figure(a, "countries", "19")
    b.figure(a, "countries", "19")  # a second figure for one gold figure is a false positive
    report = evaluate(b.graph, gold)
    assert score(report.figures["actionable_points"]) == (1, 0, 0)
    assert score(report.figures["countries"]) == (1, 1, 0)


def test_attached_counts_figures_about_their_gold_subject(gold_dir: Path) -> None:
    gold = figure_gold(
        gold_dir,
        [
            {"subject": "serengeti", "kind": "arrests", "value": 1209},
            {"subject": "serengeti", "kind": "victims", "value": 120000},
            {"subject": "serengeti", "kind": "countries", "value": 19},
            {"subject": None, "kind": "operations", "value": 4},
            {"subject": "interpol", "kind": "participants", "value": 30},
        ],
    )
    b = Builder()
    a = b.doc("a.txt")
    serengeti = b.entity("serengeti", "Operation", "Operation Serengeti")
    interpol = b.entity("interpol", "Organization", "INTERPOL")
    b.mention(a, serengeti, "Serengeti")
    b.mention(a, interpol, "INTERPOL")
    b.figure(a, "arrests", "1209", about=serengeti)
    b.figure(a, "victims", "120000", about=interpol)
    b.figure(a, "countries", "19")
    b.figure(a, "operations", "4", about=interpol)  # no gold subject: not in the count
    report = evaluate(b.graph, gold)
    assert score(report.figures.all) == (4, 0, 1)
    assert report.attached == Ratio(1, 3)
    assert [(u.kind, u.about) for u in report.misses.unattached] == [("countries", ()), ("victims", ("INTERPOL",))]


# --------------------------------------------------------------------------- mentions and languages


def test_mention_recall(gold_dir: Path) -> None:
    write_gold(
        gold_dir,
        "a.txt",
        "hi",
        [
            ent("binance", "Organization", "Binance", "Binance", "बिनेंस"),
            ent("fia", "Organization", "Federal Investigation Agency", "एफआईए"),
            ent("cointelegraph", "Organization", "Cointelegraph", "कॉइनटेक्ग्राफ", optional=True),
        ],
    )
    b = Builder()
    a = b.doc("a.txt", "hi")
    binance = b.entity("binance", "Organization", "Binance", "बिनेंस")
    fia = b.entity("fia", "GovernmentAgency", "Federal Investigation Agency")
    b.mention(a, binance, "Binance")
    b.mention(a, binance, "binance")  # not the gold text
    b.mention(a, fia, "बिनेंस")  # the gold text, but the wrong entity
    report = evaluate(b.graph, load_gold([gold_dir]))
    assert report.mentions == Ratio(1, 3)
    assert [(m.text, m.entity) for m in report.misses.mentions] == [("एफआईए", "fia"), ("बिनेंस", "binance")]


def test_scores_per_language(gold_dir: Path) -> None:
    write_gold(
        gold_dir,
        "en.txt",
        "en",
        [ent("binance", "Organization", "Binance"), ent("interpol", "Organization", "INTERPOL")],
        [{"subject": "binance", "predicate": "partnersWith", "object": "interpol"}],
        [{"subject": "interpol", "kind": "participants", "value": 30}],
    )
    write_gold(
        gold_dir,
        "fr.txt",
        "fr",
        [ent("binance", "Organization", "Binance"), ent("europol", "Organization", "Europol")],
        [{"subject": "binance", "predicate": "trains", "object": "europol"}],
        [{"subject": None, "kind": "users", "value": 170000000}],
    )
    b = Builder()
    en = b.doc("en.txt", "en")
    fr = b.doc("fr.txt", "fr")
    binance = b.entity("binance", "Organization", "Binance")
    interpol = b.entity("interpol", "Organization", "INTERPOL")
    acme = b.entity("acme", "Organization", "Acme")
    b.mention(en, binance, "Binance")
    b.mention(en, interpol, "INTERPOL")
    b.mention(fr, binance, "Binance")
    b.mention(fr, acme, "Acme")
    b.relation(binance, "partnersWith", interpol, en)
    b.relation(binance, "trains", acme, fr)
    b.figure(en, "participants", "30", about=interpol)
    b.figure(fr, "users", "170000000")
    b.figure(fr, "arrests", "5")
    report = evaluate(b.graph, load_gold([gold_dir]))

    assert [s.language for s in report.languages] == ["en", "fr"]
    en_scores, fr_scores = report.language("en"), report.language("fr")
    assert en_scores.documents == ("en.txt",)
    assert score(en_scores.entities) == (2, 0, 0)
    assert score(fr_scores.entities) == (1, 1, 1)
    assert en_scores.mentions == Ratio(2, 2)
    assert fr_scores.mentions == Ratio(1, 2)
    assert score(en_scores.relations) == (1, 0, 0)
    assert score(fr_scores.relations) == (0, 1, 1)
    assert score(en_scores.figures) == (1, 0, 0)
    assert score(fr_scores.figures) == (1, 1, 0)
    # the corpus: binance, interpol found, europol missed, acme false
    assert score(report.entities.all) == (2, 1, 1)
    assert score(report.relations.all) == (1, 1, 1)
    assert score(report.figures.all) == (2, 1, 0)
    assert report.mentions == Ratio(3, 4)
    assert report.attached == Ratio(1, 1)


# --------------------------------------------------------------------------- gold files


GOOD = {
    "document": "x.txt",
    "language": "ro",
    "entities": [
        {"id": "serengeti", "type": "Operation", "name": "Operation Serengeti", "mentions": ["Serengeti"]},
        {"id": "afripol", "type": "Organization", "name": "AFRIPOL", "mentions": ["AFRIPOL"]},
    ],
    "relations": [{"subject": "serengeti", "predicate": "coordinatedBy", "object": "afripol"}],
    "figures": [{"subject": "serengeti", "kind": "arrests", "value": 1209, "text": "1.209 arestări"}],
}


def broken(change) -> dict:
    data = json.loads(json.dumps(GOOD))
    change(data)
    return data


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("{not json", "bad.json: is not valid JSON: Expecting property name enclosed in double quotes (line 1, column 2)"),
        ("[]", "bad.json: (top level) is a list, not an object"),
        (broken(lambda d: d.pop("language")), "bad.json: language is missing"),
        (broken(lambda d: d["entities"][1].pop("mentions")), "bad.json: entities[1].mentions is missing"),
        (
            broken(lambda d: d["entities"][1].update(type="Org")),
            'bad.json: entities[1].type = "Org" is not one of Organization, Person, Operation, Location',
        ),
        (
            broken(lambda d: d["entities"][1].update(optinal=True)),
            "bad.json: entities[1].optinal is not a key of the gold format",
        ),
        (
            broken(lambda d: d["entities"].append(dict(d["entities"][0]))),
            'bad.json: entities[2].id = "serengeti" is already the id of entities[0]',
        ),
        (
            broken(lambda d: d["relations"][0].update(predicate="ledBy")),
            'bad.json: relations[0].predicate = "ledBy" is not one of memberOf, partnersWith',
        ),
        (
            broken(lambda d: d["relations"][0].update(alternatives=["ledBy"])),
            'bad.json: relations[0].alternatives[0] = "ledBy" is not one of memberOf',
        ),
        (
            broken(lambda d: d["relations"][0].update(object="interpol")),
            'bad.json: relations[0].object = "interpol" is not an entity id of this file',
        ),
        (
            broken(lambda d: d["relations"][0].update(role="Director")),
            "bad.json: relations[0].role is given on coordinatedBy; only worksFor relations have a role",
        ),
        (
            broken(lambda d: d["figures"][0].update(kind="arrested")),
            'bad.json: figures[0].kind = "arrested" is not one of arrests, victims',
        ),
        (broken(lambda d: d["figures"][0].update(value="1.209")), 'bad.json: figures[0].value = "1.209" is not a number'),
        (broken(lambda d: d["figures"][0].update(value=True)), "bad.json: figures[0].value = true is not a number"),
        (
            broken(lambda d: d["figures"][0].update(subject="nobody")),
            'bad.json: figures[0].subject = "nobody" is not an entity id of this file',
        ),
        (
            json.dumps(GOOD).replace("1209", "NaN"),
            "bad.json: figures[0].value = NaN is not a number",
        ),
    ],
)
def test_malformed_gold_files_name_the_file_and_the_json_path(tmp_path: Path, data, expected: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldError) as info:
        load_gold([path])
    message = info.value.message
    assert message.startswith(str(tmp_path) + "/"), message
    assert message[len(str(tmp_path)) + 1 :].startswith(expected), message
    assert "\n" not in message
    assert str(info.value).startswith("[E600] ")


def test_the_good_gold_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "good.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    [doc] = load_gold(path)
    assert doc.document == "x.txt"
    assert doc.source == str(path)
    assert doc.figures[0].value == Decimal(1209)
    assert doc.relations[0].alternatives == ()


def test_no_gold_files_found(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no gold files found in"):
        load_gold([tmp_path])
    with pytest.raises(GoldError, match="no such file or folder"):
        load_gold([tmp_path / "nowhere"])


def test_the_same_document_twice_or_an_id_with_two_types(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(GOOD), encoding="utf-8")
    with pytest.raises(GoldError, match=r'b\.json: document = "x\.txt" is already annotated in .*a\.json'):
        load_gold([tmp_path])
    other = broken(lambda d: d.update(document="y.txt"))
    other["entities"][1]["type"] = "Person"
    (tmp_path / "b.json").write_text(json.dumps(other), encoding="utf-8")
    with pytest.raises(GoldError, match=r'b\.json: entities\[1\]\.type = "Person" conflicts with "Organization"'):
        load_gold([tmp_path])


def test_fixture_files_in_the_data_folder() -> None:
    docs = load_gold([DATA / "good"])
    assert [d.document for d in docs] == ["a.txt"]
    with pytest.raises(GoldError, match=r"unknown-predicate\.json: relations\[0\]\.predicate"):
        load_gold([DATA / "unknown-predicate.json"])


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed gold is not on this machine")
def test_the_seed_gold_loads() -> None:
    docs = load_gold([SEEDS])
    assert len(docs) == 5
    assert [d.language for d in docs] == ["hi", "fr", "sv", "ro", "th"]
    report = evaluate(Graph(), docs)
    assert report.missing_documents == tuple(sorted(d.document for d in docs))
    assert report.entities.all.tp == 0 and report.entities.all.fn > 0


def graph_from_gold(docs: list) -> Graph:
    """What a perfect extractor would write for these gold documents."""
    b = Builder()
    for gold in docs:
        doc = b.doc(gold.document, gold.language)
        for e in gold.entities:
            node = b.entity(e.id, e.type, e.name, *e.mentions, *e.aliases)
            for text in e.mentions:
                b.mention(doc, node, text)
        for r in gold.relations:
            b.relation(ENTITY[r.subject], r.predicate, ENTITY[r.object], doc, role=r.role)
        for f in gold.figures:
            about = ENTITY[f.subject] if f.subject else None
            b.figure(doc, f.kind, str(f.value), about=about, text=f.text or "")
    return b.graph


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed gold is not on this machine")
def test_a_graph_made_from_the_seed_gold_scores_one() -> None:
    docs = load_gold([SEEDS])
    report = evaluate(graph_from_gold(docs), docs)
    assert score(report.entities.all) == (43, 0, 0)
    assert score(report.relations.all) == (43, 0, 0)
    assert score(report.figures.all) == (23, 0, 0)
    assert report.mentions == Ratio(71, 71)
    assert report.roles == Ratio(5, 5)
    assert report.attached == Ratio(22, 22)
    for scores in report.languages:
        assert (scores.entities.f1, scores.relations.f1, scores.figures.f1, scores.mentions.value) == (1.0,) * 4
    assert report.misses == ev.Misses()


# --------------------------------------------------------------------------- report


def test_format_report_shows_dashes_for_empty_scores() -> None:
    text = format_report(evaluate(Graph(), []))
    assert text == (
        "Documents with gold: 0\n"
        "\n"
        "Entities\n"
        "type          tp  fp  fn  P  R  F1\n"
        "Organization   0   0   0  -  -   -\n"
        "Person         0   0   0  -  -   -\n"
        "Operation      0   0   0  -  -   -\n"
        "Location       0   0   0  -  -   -\n"
        "ALL            0   0   0  -  -   -\n"
        "\n"
        "Mentions: recall 0/0 = -\n"
        "\n"
        "Relations\n"
        "predicate  tp  fp  fn  P  R  F1\n"
        "ALL         0   0   0  -  -   -\n"
        "roles: 0/0 = - (found worksFor with the gold role)\n"
        "\n"
        "Figures\n"
        "kind  tp  fp  fn  P  R  F1\n"
        "ALL    0   0   0  -  -   -\n"
        "attached: 0/0 = - (found figures about their gold subject)\n"
        "\n"
        "Languages\n"
        "language  docs  entities F1  mentions R  relations F1  figures F1\n"
        "\n"
        "No misses.\n"
    )


def test_format_report_tables_and_misses(gold_dir: Path) -> None:
    gold = relation_gold(
        gold_dir,
        [
            {"subject": "binance", "predicate": "partnersWith", "object": "interpol"},
            {"subject": "binance", "predicate": "memberOf", "object": "ncfta"},
        ],
    )
    b, doc, n = relation_graph()
    b.relation(n["binance"], "partnersWith", n["interpol"], doc)
    report = evaluate(b.graph, gold)
    text = format_report(report)
    assert "Relations\n" in text
    assert "predicate     tp  fp  fn      P      R     F1\n" in text
    assert "memberOf       0   0   1      -  0.000  0.000\n" in text
    assert "partnersWith   1   0   0  1.000  1.000  1.000\n" in text
    assert "ALL            1   0   1  1.000  0.500  0.667\n" in text
    assert "Organization   3   1   0  0.750  1.000  0.857\n" in text
    assert "en           1        0.889       1.000         0.667           -\n" in text
    assert "Missed relations (1)\n  binance memberOf ncfta  [a.txt]\n" in text
    assert f"False entities (1)\n  'Acme'  Organization  <{ENTITY['acme']}>\n" in text
    assert "Missed" in format_report(report) and "Missed" not in format_report(report, misses=False)


def test_to_dict_is_json_ready_with_nulls(gold_dir: Path) -> None:
    gold = figure_gold(gold_dir, [{"subject": "serengeti", "kind": "percentage", "value": 20.4}])
    b = Builder()
    a = b.doc("a.txt")
    b.figure(a, "percentage", "20.6")
    data = evaluate(b.graph, gold).to_dict()
    assert list(data) == [
        "documents",
        "missing_documents",
        "entities",
        "mentions",
        "relations",
        "figures",
        "languages",
        "misses",
    ]
    assert data["relations"]["all"] == {"tp": 0, "fp": 0, "fn": 0, "precision": None, "recall": None, "f1": None}
    assert data["figures"]["rows"]["percentage"] == {
        "tp": 0,
        "fp": 1,
        "fn": 1,
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
    }
    assert data["misses"]["figures"] == [
        {"document": "a.txt", "kind": "percentage", "value": 20.4, "text": "", "subject": "serengeti"}
    ]
    assert data["misses"]["false_figures"][0]["value"] == 20.6
    assert data["languages"]["en"]["documents"] == ["a.txt", "b.txt"]
    json.dumps(data)  # serialisable as is


def test_score_tables_align_wide_scripts_by_display_width():
    from graphkit.columns import width
    from graphkit.evaluate.text import _render

    lines = _render(["language", "docs"], [["日本語", "12"], ["한국어", "3"], ["en", "100"]])
    assert lines == ["language  docs", "日本語      12", "한국어       3", "en         100"]
    assert {width(line) for line in lines} == {14}

"""Curation: decisions as data, replayed on builds and knowledge bases, recorded with PROV; the claims query."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from graphkit import curate
from graphkit.cli import main
from graphkit.curate import CurationError, apply_to_graph, make
from graphkit.rdf import new_graph, offsets_as_written, serialize
from graphkit.store import query
from graphkit.vocab import ENTITY, ITSRDF, PPP

from .conftest import CORPUS

E = ENTITY
EPOCH = "1735689600"  # 2025-01-01T00:00:00 UTC


@pytest.fixture
def runner(monkeypatch) -> CliRunner:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return CliRunner()


def _decisions() -> curate.Curation:
    return curate.Curation((
        make("reject-relation", subject="binance", predicate="partnersWith", object="interpol",
             reason="the article says they met once", by="alice", when="2025-01-01T00:00:00"),
        make("merge", targets=["gke:ncfta", "Binance"], when="2025-01-01T00:00:01"),
        make("reject-entity", targets=["Read More"], when="2025-01-01T00:00:02"),
        make("rename", targets=["gke:pakistan-fia"], label="Federal Investigation Agency (Pakistan)",
             when="2025-01-01T00:00:03"),
        make("add-relation", subject="gke:binance", predicate="participatedIn", object="Operation Serengeti",
             source="https://example.org/a", when="2025-01-01T00:00:04"),
    ))


def _extracted(graph: Graph) -> Graph:
    data = ox.serialize(offsets_as_written(query(graph, "extracted")), format=ox.RdfFormat.N_TRIPLES)
    return new_graph().parse(data=data.decode("utf-8"), format="nt")


# --------------------------------------------------------------------------- replay


@pytest.fixture(scope="module")
def curated(seeds):
    return apply_to_graph(seeds.graph, _decisions())


def test_each_decision_changes_the_graph(seeds, curated):
    graph, report = curated
    binance, interpol, ncfta = URIRef(E + "binance"), URIRef(E + "interpol"), URIRef(E + "ncfta")
    # reject-relation: the triple and its evidence are gone, in both directions
    assert (binance, PPP.partnersWith, interpol) in seeds.graph
    assert (binance, PPP.partnersWith, interpol) not in graph and (interpol, PPP.partnersWith, binance) not in graph
    assert not [ev for ev in graph.subjects(RDF.subject, binance)
                if (ev, RDF.type, PPP.Evidence) in graph and (ev, RDF.object, interpol) in graph
                and (ev, RDF.predicate, PPP.partnersWith) in graph]
    # merge: NCFTA is gone, its mentions and names are Binance's; its label is one of Binance's other names
    assert (ncfta, None, None) not in graph
    # only curation's own nodes name it now: the merge, and the records of the statements it moved
    assert {str(s).rsplit("/", 2)[-2] for s in graph.subjects(None, ncfta)} == {"decision", "removed"}
    mentions = set(seeds.graph.subjects(ITSRDF.taIdentRef, ncfta))
    assert mentions and all((m, ITSRDF.taIdentRef, binance) in graph for m in mentions)
    assert (binance, SKOS.altLabel, Literal("National Cyber-Forensics and Training Alliance", lang="en")) in graph
    assert graph.value(binance, RDFS.label) == Literal("Binance", lang="en")
    assert (binance, PPP.curatedBy, None) in graph
    # rename: the new label, the old one kept as another name, the IRI unchanged
    fia = URIRef(E + "pakistan-fia")
    assert list(graph.objects(fia, RDFS.label)) == [Literal("Federal Investigation Agency (Pakistan)", lang="en")]
    assert (fia, SKOS.altLabel, seeds.graph.value(fia, RDFS.label)) in graph
    # add-relation: stated, and standing on its record
    serengeti = URIRef(E + "serengeti")
    assert (binance, PPP.participatedIn, serengeti) in graph
    record = [r for r in graph.subjects(RDF.type, PPP.AddedStatement)
              if (r, RDF.predicate, PPP.participatedIn) in graph and (r, RDF.subject, binance) in graph]
    assert len(record) == 1
    # reject-entity of a name the graph does not have: reported, recorded, nothing changed
    assert [(m.number, m.reason) for m in report.missing] == [(3, "no entity is named 'Read More' in the graph")]
    assert len(report.applied) == 4


def test_the_curated_graph_conforms_and_gives_back_the_extracted_one(seeds, curated):
    import graphkit

    graph, _ = curated
    assert graphkit.validate(graph).conforms
    assert not isomorphic(graph, seeds.graph)
    assert isomorphic(_extracted(graph), seeds.graph)


def test_replay_is_idempotent_and_deterministic(seeds, curated):
    graph, _ = curated
    again, report = apply_to_graph(graph, _decisions())
    assert isomorphic(again, graph)
    assert report.applied == () and report.missing == () and len(report.skipped) == 5
    other, _ = apply_to_graph(seeds.graph, _decisions())
    assert serialize(other) == serialize(graph)


def test_the_curation_query_lists_what_each_decision_did(curated):
    graph, _ = curated
    rows = list(query(graph, "curation"))
    actions = [r["action"].value for r in rows]
    assert actions == ["RejectRelation", "Merge", "RejectEntity", "Rename", "AddRelation"]
    first = rows[0]
    assert first["by"].value == "alice" and first["reason"].value == "the article says they met once"
    assert int(first["removed"].value) > 1 and first["added"] is None
    assert rows[2]["notApplied"].value == "no entity is named 'Read More' in the graph"


def test_a_name_of_several_entities_is_an_error_with_the_candidates():
    graph = Graph()
    for key in ("alpha-bank", "alpha-police"):
        graph.add((URIRef(E + key), RDF.type, PPP.Organization))
        graph.add((URIRef(E + key), RDFS.label, Literal("Alpha", lang="en")))
    decisions = curate.Curation((make("reject-entity", targets=["alpha"], when="2025-01-01T00:00:00"),))
    with pytest.raises(CurationError, match=r"'alpha' labels 2 entities: gke:alpha-bank \(Alpha\); "
                                            r"gke:alpha-police \(Alpha\)"):
        apply_to_graph(graph, decisions)
    by_iri = curate.Curation((make("reject-entity", targets=["gke:alpha-bank"], when="2025-01-01T00:00:00"),))
    graph, report = apply_to_graph(graph, by_iri)
    assert (URIRef(E + "alpha-bank"), None, None) not in graph and len(report.applied) == 1


def test_an_added_relation_that_breaks_the_ontology_changes_nothing(seeds):
    decisions = curate.Curation((make("add-relation", subject="gke:serengeti", predicate="participatedIn",
                                      object="gke:binance", source="a call", when="2025-01-01T00:00:00"),))
    graph, report = apply_to_graph(seeds.graph, decisions)
    assert (URIRef(E + "serengeti"), PPP.participatedIn, URIRef(E + "binance")) not in graph
    assert "participatedIn goes from Organization to Operation" in report.missing[0].reason


# --------------------------------------------------------------------------- the file and the command line


def test_curate_commands_write_a_sorted_file_and_list_and_undo(runner, tmp_path):
    notes = tmp_path / "notes.ttl"
    result = runner.invoke(main, ["curate", str(notes), "reject-relation", "binance", "partnersWith", "interpol",
                                  "--why", "the article says they met once", "--by", "alice"])
    assert (result.exit_code, result.output) == (0, f"{notes}: decision 1 of 1: reject-relation binance "
                                                    "partnersWith interpol\n")
    result = runner.invoke(main, ["curate", str(notes), "merge", "gke:ncfta", "gke:binance"])
    assert (result.exit_code, result.output) == (0, f"{notes}: decision 2 of 2: merge gke:ncfta gke:binance\n")
    result = runner.invoke(main, ["curate", str(notes), "rename", "gke:pakistan-fia", "FIA (Pakistan)"])
    assert result.exit_code == 0
    first = notes.read_bytes()
    assert first.startswith(b"# graphkit curation") and b'ppp:reason "the article says they met once"' in first
    curate.save(notes, curate.load(notes))
    assert notes.read_bytes() == first  # written sorted: the same decisions, the same bytes
    result = runner.invoke(main, ["curate", str(notes), "list"])
    assert result.exit_code == 0
    assert result.output == (
        "#  when                 by     decision                                       why\n"
        "1  2025-01-01T00:00:00  alice  reject-relation binance partnersWith interpol  the article says they met once\n"
        "2  2025-01-01T00:00:01         merge gke:ncfta gke:binance\n"
        '3  2025-01-01T00:00:02         rename gke:pakistan-fia "FIA (Pakistan)"\n'
        f"undo with: graphkit curate {notes} undo N\n")
    result = runner.invoke(main, ["curate", str(notes), "undo", "2"])
    assert (result.exit_code, result.output) == (0, f"{notes}: undone 2: merge gke:ncfta gke:binance\n")
    assert [d.action for d in curate.load(notes).decisions] == ["reject-relation", "rename"]


@pytest.mark.parametrize("args, message", [
    (["undo", "9"], "[E150] {notes}: holds 1 decision; there is no decision 9"),
    (["reject-relation", "a", "knows", "b"], "[E150] 'knows' is not a relation predicate"),
    (["merge", "gke:a"], "[E150] merge needs two entities or more: those merged away, then the one kept"),
    (["reject-entity", "gke:a>b"], "[E150] 'gke:a>b' is not a valid IRI"),
    (["rename", "gke:a", "  "], "[E150] rename needs a new name that is not empty"),
])
def test_bad_decisions_are_one_line_errors(runner, tmp_path, args, message):
    notes = tmp_path / "notes.ttl"
    assert runner.invoke(main, ["curate", str(notes), "reject-entity", "Read More"]).exit_code == 0
    before = notes.read_bytes()
    result = runner.invoke(main, ["curate", str(notes), *args])
    assert result.exit_code == 2
    assert result.output.startswith("error: " + message.format(notes=notes))
    assert "Traceback" not in result.output
    assert notes.read_bytes() == before


def test_add_relation_needs_its_source(runner, tmp_path):
    result = runner.invoke(main, ["curate", str(tmp_path / "n.ttl"), "add-relation", "a", "supports", "b"])
    assert result.exit_code == 2 and "Missing option '--source'" in result.output


def test_a_broken_curation_file_is_one_line(runner, tmp_path):
    notes = tmp_path / "notes.ttl"
    notes.write_text("<a> <b> \n", encoding="utf-8")
    result = runner.invoke(main, ["curate", str(notes), "list"])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: [E150] {notes}: not valid Turtle at line ")
    result = runner.invoke(main, ["build", str(CORPUS), "-o", str(tmp_path / "g.ttl"), "--curation",
                                  str(tmp_path / "missing.ttl")])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: [E100] {tmp_path / 'missing.ttl'}: no such curation file")
    assert not (tmp_path / "g.ttl").exists()


def test_a_decision_that_lacks_its_target_is_named(tmp_path):
    notes = tmp_path / "notes.ttl"
    notes.write_text('@prefix ppp: <https://w3id.org/graphkit/ppp#> . @prefix prov: <http://www.w3.org/ns/prov#> .\n'
                     '<https://w3id.org/graphkit/curation/decision/x> a ppp:Rename ;\n'
                     '  prov:endedAtTime "2025-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n',
                     encoding="utf-8")
    with pytest.raises(CurationError, match=r"decision <https://w3id.org/graphkit/curation/decision/x> \(rename\) "
                                            r"lacks what it applies to"):
        curate.load(notes)


# --------------------------------------------------------------------------- round trips


def _build(runner, out, *extra):
    result = runner.invoke(main, ["build", str(CORPUS), "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result


def test_curate_build_rebuild_undo_round_trip(runner, tmp_path, seeds):
    notes = tmp_path / "notes.ttl"
    assert runner.invoke(main, ["curate", str(notes), "reject-relation", "binance", "partnersWith", "interpol"]).exit_code == 0
    assert runner.invoke(main, ["curate", str(notes), "reject-entity", "Read More"]).exit_code == 0
    result = _build(runner, tmp_path / "g.ttl", "--curation", str(notes))
    assert ("warning: curation: decision 2 (reject-entity \"Read More\") changed nothing: "
            "no entity is named 'Read More' in the graph\n") in result.output
    assert "curation: 1 decision applied, 1 changed nothing (" in result.output
    graph = new_graph().parse(tmp_path / "g.ttl")
    pair = (URIRef(E + "binance"), PPP.partnersWith, URIRef(E + "interpol"))
    assert pair not in graph
    # from scratch again: the same bytes, the decision still there
    first = (tmp_path / "g.ttl").read_bytes()
    _build(runner, tmp_path / "g.ttl", "--curation", str(notes))
    assert (tmp_path / "g.ttl").read_bytes() == first
    # the in-memory build gives the same bytes
    import graphkit

    assert serialize(graphkit.build([CORPUS], curation=notes).graph) == first
    # undo: gone; the graph is the extracted one
    assert runner.invoke(main, ["curate", str(notes), "undo", "1"]).exit_code == 0
    assert runner.invoke(main, ["curate", str(notes), "undo", "1"]).exit_code == 0
    _build(runner, tmp_path / "g.ttl", "--curation", str(notes))
    assert isomorphic(new_graph().parse(tmp_path / "g.ttl"), seeds.graph)


def test_evaluate_scores_the_curated_graph(runner, tmp_path, seeds_ttl, gold_dir):
    import json

    notes = tmp_path / "notes.ttl"
    assert runner.invoke(main, ["curate", str(notes), "reject-relation", "binance", "partnersWith", "interpol"]).exit_code == 0
    plain = runner.invoke(main, ["evaluate", str(seeds_ttl), "--gold", str(gold_dir), "--json"])
    curated = runner.invoke(main, ["evaluate", str(seeds_ttl), "--gold", str(gold_dir), "--json",
                                   "--curation", str(notes)])
    assert plain.exit_code == curated.exit_code == 0
    assert "curation: 1 decision applied (" in curated.stderr and "curation" not in plain.stderr
    before = json.loads(plain.stdout)["relations"]["rows"]["partnersWith"]
    after = json.loads(curated.stdout)["relations"]["rows"]["partnersWith"]
    assert after["tp"] + after["fp"] == before["tp"] + before["fp"] - 1


def test_a_knowledge_base_keeps_its_curation_and_replays_it(runner, tmp_path):
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    notes = tmp_path / "notes.ttl"
    assert runner.invoke(main, ["curate", str(notes), "reject-relation", "binance", "partnersWith", "interpol"]).exit_code == 0
    kb = tmp_path / "kb"
    pair = "ASK { gke:binance ppp:partnersWith gke:interpol }"
    result = runner.invoke(main, ["build", str(corpus), "--store", str(kb), "--curation", str(notes)])
    assert result.exit_code == 0 and "curation: 1 decision applied (" in result.output
    assert not query(kb, pair).__bool__()
    # the same as a file built with the same decisions
    _build(runner, tmp_path / "g.ttl", "--curation", str(notes))
    assert runner.invoke(main, ["export", str(kb), "-o", str(tmp_path / "kb.ttl")]).exit_code == 0
    assert isomorphic(new_graph().parse(tmp_path / "kb.ttl"), new_graph().parse(tmp_path / "g.ttl"))
    # a later build without --curation, a removal and a build of the removed article: still replayed
    docs = sorted(p.name for p in corpus.iterdir())
    assert runner.invoke(main, ["remove", str(kb), "--document", docs[0]]).exit_code == 0
    assert not query(kb, pair).__bool__()
    result = runner.invoke(main, ["build", str(corpus), "--store", str(kb)])
    assert result.exit_code == 0 and "curation: 1 decision applied" in result.output
    assert not query(kb, pair).__bool__()
    # undo, and give the knowledge base the file again: the relation is back
    assert runner.invoke(main, ["curate", str(notes), "undo", "1"]).exit_code == 0
    assert runner.invoke(main, ["build", str(corpus), "--store", str(kb), "--curation", str(notes)]).exit_code == 0
    assert query(kb, pair).__bool__()
    assert runner.invoke(main, ["export", str(kb), "-o", str(tmp_path / "kb.ttl")]).exit_code == 0
    _build(runner, tmp_path / "plain.ttl")
    assert isomorphic(new_graph().parse(tmp_path / "kb.ttl"), new_graph().parse(tmp_path / "plain.ttl"))


# --------------------------------------------------------------------------- claims across sources

CLAIMS = """
@prefix ppp: <https://w3id.org/graphkit/ppp#> . @prefix kind: <https://w3id.org/graphkit/kind/> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix gke: <https://w3id.org/graphkit/entity/> . @prefix d: <https://w3id.org/graphkit/doc/> .
d:a a ppp:Document ; dcterms:identifier "a.txt" ; dcterms:language "ro" .
d:b a ppp:Document ; dcterms:identifier "b.txt" ; dcterms:language "fr" .
gke:op a ppp:Operation ; rdfs:label "Operation Serengeti" ; ppp:coordinatedBy gke:interpol .
gke:interpol a ppp:Organization ; rdfs:label "INTERPOL" ; ppp:partnersWith gke:afripol .
gke:afripol a ppp:Organization ; rdfs:label "AFRIPOL" ; ppp:partnersWith gke:interpol .
<urn:e1> a ppp:Evidence ; rdf:subject gke:op ; rdf:predicate ppp:coordinatedBy ; rdf:object gke:interpol ; prov:wasDerivedFrom d:a .
<urn:e2> a ppp:Evidence ; rdf:subject gke:op ; rdf:predicate ppp:coordinatedBy ; rdf:object gke:interpol ; prov:wasDerivedFrom d:b .
<urn:e3> a ppp:Evidence ; rdf:subject gke:interpol ; rdf:predicate ppp:partnersWith ; rdf:object gke:afripol ; prov:wasDerivedFrom d:a .
<urn:e4> a ppp:Evidence ; rdf:subject gke:afripol ; rdf:predicate ppp:partnersWith ; rdf:object gke:interpol ; prov:wasDerivedFrom d:b .
<urn:f1> a ppp:Figure ; ppp:about gke:op ; ppp:kind kind:arrests ; ppp:value 1209 ; prov:wasDerivedFrom d:a .
<urn:f2> a ppp:Figure ; ppp:about gke:op ; ppp:kind kind:arrests ; ppp:value 1200 ; prov:wasDerivedFrom d:b .
<urn:f3> a ppp:Figure ; ppp:about gke:op ; ppp:kind kind:countries ; ppp:value 19 ; prov:wasDerivedFrom d:a .
<urn:f4> a ppp:Figure ; ppp:about gke:op ; ppp:kind kind:countries ; ppp:value 19 ; prov:wasDerivedFrom d:b .
"""


def test_claims_count_documents_and_languages_and_show_where_figures_disagree():
    graph = Graph().parse(data=CLAIMS, format="turtle")
    rows = {(r["subject"].value, r["claim"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]): r
            for r in query(graph, "claims")}
    op = E + "op"
    arrests = rows[(op, "arrests")]
    assert int(arrests["documents"].value) == 2
    assert sorted(arrests["languages"].value.split(", ")) == ["fr", "ro"]
    assert sorted(arrests["values"].value.split(" | ")) == ["1200 (b.txt)", "1209 (a.txt)"]
    assert arrests["disagree"].value == "yes"
    countries = rows[(op, "countries")]
    assert countries["disagree"].value == "" and int(countries["documents"].value) == 2
    coordinated = rows[(op, "coordinatedBy")]
    assert int(coordinated["documents"].value) == 2 and coordinated["object"].value == E + "interpol"
    # a symmetric relation stated both ways is one claim, with the documents of both directions
    partners = [key for key in rows if key[1] == "partnersWith"]
    assert partners == [(E + "afripol", "partnersWith")]
    assert int(rows[partners[0]]["documents"].value) == 2


def test_claims_on_the_seeds(seeds):
    rows = [r for r in query(seeds, "claims", params={"subject": "gke:serengeti"})]
    by_claim = {r["claim"].value.rsplit("/", 1)[-1]: r for r in rows}
    assert int(by_claim["arrests"]["documents"].value) == 2
    assert sorted(by_claim["arrests"]["languages"].value.split(", ")) == ["ro", "th"]
    assert all(r["subject"].value == E + "serengeti" for r in rows)


# --------------------------------------------------------------------------- external identifiers


def test_registry_and_city_ids_have_the_form_of_their_registers():
    from graphkit.extract.ids import GEONAMES_FEATURE, WIKIDATA_ITEM, geonames_ids
    from graphkit.extract.registry import load_registry

    same_as = [iri for e in load_registry().entities.values() for iri in e.same_as]
    assert len(same_as) >= 12  # (the European Union is a place now, from the CLDR, with no Wikidata item)
    assert [iri for iri in same_as if not WIKIDATA_ITEM.fullmatch(iri)] == []
    assert len(same_as) == len(set(same_as))  # one item is one entity
    ids = geonames_ids()
    assert len(ids) > 5000 and all(GEONAMES_FEATURE.fullmatch(f"https://sws.geonames.org/{i}/") for i in ids.values())


def test_the_seeds_carry_the_external_ids_of_every_known_entity_and_place(seeds):
    from rdflib.namespace import OWL

    from graphkit.extract.ids import NOT_ISO_3166, geonames_ids
    from graphkit.extract.places import places
    from graphkit.extract.registry import load_registry

    graph, registry, table = seeds.graph, load_registry().entities, places()
    schema_id = URIRef("https://schema.org/identifier")
    checked = 0
    for entity in set(graph.subjects(RDF.type, PPP.Organization)) | set(graph.subjects(RDF.type, PPP.Location)):
        key = str(entity)[len(E):]
        expected = set()
        if key in registry:
            expected |= {(OWL.sameAs, URIRef(iri)) for iri in registry[key].same_as}
        if (entity, RDF.type, PPP.Country) in graph and table[key].code not in NOT_ISO_3166:
            expected.add((schema_id, Literal(table[key].code)))
        if (entity, RDF.type, PPP.City) in graph and key in geonames_ids():
            expected.add((OWL.sameAs, URIRef(f"https://sws.geonames.org/{geonames_ids()[key]}/")))
        found = {(p, o) for p, o in graph.predicate_objects(entity) if p in (OWL.sameAs, schema_id)}
        assert found == expected, key
        checked += bool(expected)
    assert checked >= 8  # Bangkok, Hong Kong, Montenegro, Pakistan, Panama, Microsoft, PayPal, Mastercard
    assert (URIRef(E + "pakistan"), schema_id, Literal("PK")) in graph
    assert (URIRef(E + "bangkok"), OWL.sameAs, URIRef("https://sws.geonames.org/1609350/")) in graph


# --------------------------------------------------------------------------- hostile use of the file


def _add_many(path: str, worker: int, count: int) -> None:
    for j in range(count):
        curate.add(path, make("reject-entity", targets=[f"Name {worker}-{j}"], when=f"2025-01-01T00:00:{j:02d}"))


def test_edits_of_one_file_at_once_lose_no_decision(tmp_path):
    import multiprocessing

    notes = tmp_path / "notes.ttl"
    fork = multiprocessing.get_context("fork")
    workers = [fork.Process(target=_add_many, args=(str(notes), i, 12)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    names = sorted(t.value for d in curate.load(notes).decisions for t in d.targets)
    assert names == sorted(f"Name {i}-{j}" for i in range(4) for j in range(12))
    assert not [p.name for p in tmp_path.iterdir() if p.name != "notes.ttl"]  # no temporary file left


def test_withdraw_removes_a_decision_by_its_iri_whatever_its_number(tmp_path):
    notes = tmp_path / "notes.ttl"
    _, first = curate.add(notes, make("reject-entity", targets=["A"], when="2025-01-01T00:00:00"))
    curation, second = curate.add(notes, make("reject-entity", targets=["B"], when="2025-01-01T00:00:01"))
    b = curation.decisions[second - 1]
    curate.undo(notes, first)  # B is decision 1 now
    assert curate.withdraw(notes, b.iri) is True
    assert len(curate.load(notes)) == 0
    assert curate.withdraw(notes, b.iri) is False


_HEAD = ('@prefix ppp: <https://w3id.org/graphkit/ppp#> . @prefix prov: <http://www.w3.org/ns/prov#> .\n'
         '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n')


def _decision_at(node: str, when: str, target: str) -> str:
    return (f'<{node}> a ppp:RejectEntity ; prov:endedAtTime "{when}"^^xsd:dateTime ; ppp:target "{target}" .\n')


def test_a_time_that_is_no_date_is_named_and_other_zones_sort_in_utc(runner, tmp_path):
    notes = tmp_path / "notes.ttl"
    notes.write_text(_HEAD + _decision_at("d1", "2025-13-45T99:99:99", "x"), encoding="utf-8")
    for args in (["list"], ["reject-entity", "y"]):
        result = runner.invoke(main, ["curate", str(notes), *args])
        assert result.exit_code == 2, result.output
        assert result.output.startswith(f"error: [E150] {notes}: decision <https://w3id.org/graphkit/curation/d1>: "
                                        "its time '2025-13-45T99:99:99' is not an xsd:dateTime")
    # 05:00 at +05:00 is midnight UTC: before 03:00Z, and written as UTC
    notes.write_text(_HEAD + _decision_at("d1", "2025-01-01T05:00:00+05:00", "x")
                     + _decision_at("d2", "2025-01-01T03:00:00Z", "y"), encoding="utf-8")
    decisions = curate.load(notes).decisions
    assert [(d.when, d.targets[0].value) for d in decisions] == [("2025-01-01T00:00:00", "x"),
                                                                  ("2025-01-01T03:00:00", "y")]


@pytest.mark.parametrize("node, message", [
    ('ppp:target "x" ; ppp:newLabel "  "', r"\(rename\) needs one entity and a new name that is not empty"),
    ('ppp:target "x", "y" ; ppp:newLabel "z"', r"\(rename\) needs one entity and a new name that is not empty"),
    ('ppp:newLabel "z"', r"\(rename\) lacks what it applies to"),
])
def test_a_malformed_decision_in_the_file_says_to_edit_it(runner, tmp_path, node, message):
    notes = tmp_path / "notes.ttl"
    notes.write_text(_HEAD + f'<d1> a ppp:Rename ; prov:endedAtTime "2025-01-01T00:00:00"^^xsd:dateTime ; {node} .\n',
                     encoding="utf-8")
    with pytest.raises(CurationError, match=message):
        curate.load(notes)
    result = runner.invoke(main, ["curate", str(notes), "undo", "1"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    # undo reads the file too: the hint cannot send the user there
    assert "undo" not in result.output and "edit the file" in result.output


def test_a_file_where_the_curation_file_needs_a_folder_is_named(runner, tmp_path):
    (tmp_path / "notes.ttl").write_text("", encoding="utf-8")
    result = runner.invoke(main, ["curate", str(tmp_path / "notes.ttl" / "x.ttl"), "reject-entity", "Read More"])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: [E100] {tmp_path / 'notes.ttl'}: is a file, not a folder")

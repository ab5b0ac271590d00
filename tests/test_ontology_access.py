"""graphkit.ontology: what the code reads from ontology/ppp.ttl (classes and signatures)."""

from __future__ import annotations

import pytest

from graphkit import ontology
from graphkit.errors import OntologyError
from graphkit.vocab import RELATIONS, SCORED_CLASSES


@pytest.fixture
def onto():
    return ontology.load()


@pytest.fixture
def other_ontology(tmp_path, monkeypatch):
    """Point GRAPHKIT_ONTOLOGY at a private folder; caches cleared before and after."""
    monkeypatch.setenv("GRAPHKIT_ONTOLOGY", str(tmp_path))
    ontology.clear_cache()
    yield tmp_path
    monkeypatch.delenv("GRAPHKIT_ONTOLOGY")
    ontology.clear_cache()


@pytest.mark.parametrize(
    "cls, coarse",
    [
        ("LawEnforcementAgency", "Organization"),
        ("GovernmentAgency", "Organization"),
        ("IntergovernmentalOrganization", "Organization"),
        ("Company", "Organization"),
        ("NonProfit", "Organization"),
        ("Initiative", "Organization"),
        ("OrganizationalUnit", "Organization"),
        ("Media", "Organization"),
        ("Organization", "Organization"),
        ("Person", "Person"),
        ("Operation", "Operation"),
        ("Country", "Location"),
        ("Region", "Location"),
        ("City", "Location"),
        ("Location", "Location"),
    ],
)
def test_coarse_type(onto, cls, coarse):
    assert onto.coarse_type(cls) == coarse


def test_coarse_type_of_unknown_or_non_entity_class(onto):
    assert onto.coarse_type("Nonsense") is None
    assert onto.coarse_type("Evidence") is None
    assert onto.coarse_type("Document") is None
    assert set(onto.coarse.values()) == set(SCORED_CLASSES)


def test_allows(onto):
    assert onto.allows("worksFor", "Person", "Company") is True
    assert onto.allows("worksFor", "Company", "Person") is False
    assert onto.allows("memberOf", "Company", "Initiative") is True
    assert onto.allows("memberOf", "Company", "Country") is False
    assert onto.allows("coordinatedBy", "Operation", "IntergovernmentalOrganization") is True
    assert onto.allows("coordinatedBy", "LawEnforcementAgency", "Operation") is False
    assert onto.allows("participatedIn", "Company", "Operation") is True
    assert onto.allows("targets", "Operation", "Region") is True
    assert onto.allows("worksFor", "Nonsense", "Company") is False


def test_allows_unknown_predicate(onto):
    with pytest.raises(KeyError):
        onto.allows("ownedBy", "Company", "Company")


def test_partners_with_is_the_only_symmetric_predicate(onto):
    assert "partnersWith" in onto.symmetric
    assert onto.symmetric == frozenset({"partnersWith"})


def test_located_in_domain_is_a_union(onto):
    assert onto.signatures["locatedIn"] == (frozenset({"Organization", "Operation"}), frozenset({"Location"}))
    assert onto.allows("locatedIn", "Company", "City")
    assert onto.allows("locatedIn", "Operation", "Country")
    assert not onto.allows("locatedIn", "Person", "Country")


def test_signatures_follow_the_output_contract(onto):
    org, person, op, loc = (frozenset({c}) for c in ("Organization", "Person", "Operation", "Location"))
    assert onto.signatures == {
        "memberOf": (org, org),
        "partnersWith": (org, org),
        "worksFor": (person, org),
        "partOf": (org, org),
        "coordinatedBy": (op, org),
        "participatedIn": (org, op),
        "targets": (op, loc),
        "locatedIn": (org | op, loc),
        "launchedBy": (org, org),
        "investigates": (org, org),
        "supports": (org, org),
        "trains": (org, org),
    }
    assert set(onto.signatures) == set(RELATIONS)


def test_load_is_cached():
    assert ontology.load() is ontology.load()


# ---------------------------------------------------------------- broken ontologies


def test_unparsable_ontology(other_ontology):
    (other_ontology / "ppp.ttl").write_text("@prefix ppp: <https://w3id.org/graphkit/ppp#> .\nppp:X a {\n",
                                             encoding="utf-8")
    with pytest.raises(OntologyError, match=r"ontology file .*ppp\.ttl cannot be parsed: line 2, column \d+: ") as info:
        ontology.load()
    assert info.value.code == "E200"
    assert info.value.hint == "restore the file from the graphkit sources (or reinstall graphkit)"


def test_predicate_without_signature(other_ontology):
    (other_ontology / "ppp.ttl").write_text(
        "@prefix ppp: <https://w3id.org/graphkit/ppp#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "ppp:Organization a owl:Class .\n",
        encoding="utf-8",
    )
    with pytest.raises(OntologyError, match=r"ppp:memberOf lacks rdfs:domain or rdfs:range"):
        ontology.load()


def test_missing_ontology_folder(other_ontology):
    with pytest.raises(OntologyError, match=r"ontology file .*ppp\.ttl is missing \(GRAPHKIT_ONTOLOGY="):
        ontology.load()


def test_clear_caches_forgets_what_every_reader_of_the_ontology_folder_read(tmp_path, monkeypatch):
    """The registry, the named queries, the shapes and the ontology are read again from another folder."""
    import shutil

    from graphkit import store, validate
    from graphkit.extract import registry
    from graphkit.resources import clear_caches, ontology_dir

    ontology.load(), validate.shapes_graph(), store.named_queries(), registry.load_registry().matcher
    copy = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), copy)
    (copy / "queries" / "extra.rq").write_text("# one more\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    monkeypatch.setenv("GRAPHKIT_ONTOLOGY", str(copy))
    assert "extra" not in store.named_queries()  # still what was read before
    clear_caches()
    try:
        for cached in (ontology._load, ontology._graph, validate.shapes_graph, validate.ontology_graph,
                       store.named_queries, registry._load, registry._matcher, ontology_dir):
            assert cached.cache_info().currsize == 0, cached.__name__
        assert ontology_dir() == copy
        assert "extra" in store.named_queries()
    finally:
        monkeypatch.delenv("GRAPHKIT_ONTOLOGY")
        clear_caches()
    assert "extra" not in store.named_queries()

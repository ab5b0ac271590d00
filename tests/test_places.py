"""graphkit.extract.places: countries, regions and cities from CLDR, in every language."""

from __future__ import annotations

import pytest

from graphkit.text import slug
from graphkit.extract import places
from graphkit.extract.places import NOT_PLACES, UNIONS, Place


def test_hong_kong_is_one_place():
    table = places.places()
    assert table["hong-kong"] == Place("hong-kong", "Country", "Hong Kong", "HK")
    assert [p for p in table.values() if "Hong Kong" in p.label] == [table["hong-kong"]]
    # its city name (the time zone's) is another name of the territory, not a City of its own
    assert not any(p.type == "City" and p.code == "Asia/Hong_Kong" for p in table.values())


@pytest.mark.parametrize(
    "key, place",
    [
        ("thailand", Place("thailand", "Country", "Thailand", "TH")),
        ("bangkok", Place("bangkok", "City", "Bangkok", "Asia/Bangkok")),
        ("singapore", Place("singapore", "Country", "Singapore", "SG")),
        ("panama", Place("panama", "Country", "Panama", "PA")),
        ("romania", Place("romania", "Country", "Romania", "RO")),
        ("bucharest", Place("bucharest", "City", "Bucharest", "Europe/Bucharest")),
        ("africa", Place("africa", "Region", "Africa", "002")),
        ("pakistan", Place("pakistan", "Country", "Pakistan", "PK")),
    ],
)
def test_places(key, place):
    assert places.places()[key] == place


def test_thailand_and_bangkok_are_two_places():
    table = places.places()
    assert (table["thailand"].type, table["bangkok"].type) == ("Country", "City")
    assert table["thailand"].key != table["bangkok"].key


def test_regions_are_regions_and_not_places_are_left_out():
    table = places.places()
    assert {p.type for p in table.values()} == {"Country", "Region", "City"}
    assert all(p.code.isdigit() or p.code in UNIONS for p in table.values() if p.type == "Region")
    codes = {p.code for p in table.values()}
    assert not codes & NOT_PLACES
    assert "world" not in table and "eurozone" not in table and "unknown-region" not in table
    # a union of states is a place, as articles name it ("fuori dall'Unione europea"), in every language
    assert table["european-union"].type == "Region"
    assert ("Еуропалық Одақ", "european-union") in places.names("kk")


def test_keys_are_slugs_of_labels():
    for key, p in places.places().items():
        assert key == p.key
        assert key == slug(p.label)
        assert key and all(c.isascii() and (c.isalnum() or c == "-") for c in key)


def test_slug():
    assert slug("Côte d’Ivoire") == "cote-d-ivoire"
    assert slug("São Tomé & Príncipe") == "sao-tome-principe"


def test_thai_names():
    th = dict(places.names("th"))
    assert th["ปานามา"] == "panama"
    assert th["ไทย"] == "thailand"
    assert th["กรุงเทพ"] == "bangkok"
    assert th["ฮ่องกง"] == "hong-kong"
    assert th["แอฟริกา"] == "africa"


def test_names_in_other_languages():
    assert ("România", "romania") in places.names("ro")
    assert ("București", "bucharest") in places.names("ro")
    assert ("Hongkong", "hong-kong") in places.names("sv")
    assert ("Thaïlande", "thailand") in places.names("fr")
    assert ("पाकिस्तान", "pakistan") in places.names("hi")


def test_names_of_a_city_state_point_to_the_territory():
    keys = {key for name, key in places.names("en") if name in ("Hong Kong", "Hong Kong SAR China", "Singapore")}
    assert keys == {"hong-kong", "singapore"}


@pytest.mark.parametrize("lang", ["xx", "zz", "not a language", ""])
def test_unknown_language_has_no_names(lang):
    assert places.names(lang) == ()


def test_names_are_sorted_pairs_of_known_keys():
    ro = places.names("ro")
    assert list(ro) == sorted(ro)
    table = places.places()
    assert all(key in table for _, key in ro)


def test_matcher_finds_places_in_the_documents_languages():
    m = places.matcher(("en", "th"))
    text = "Binance ในประเทศไทย และ Hong Kong"
    hits = sorted((h.start, h.end, text[h.start:h.end], h.pattern.key, h.pattern.type, h.pattern.label)
                  for h in m.find(text))
    assert hits == [
        (16, 19, "ไทย", "thailand", "Country", "Thailand"),
        (24, 33, "Hong Kong", "hong-kong", "Country", "Hong Kong"),
    ]
    assert all(h.pattern.priority == 1 for h in m.find(text))


def test_geonames_cities_in_many_scripts():
    from graphkit.extract import gazetteer
    from graphkit.ingest import make_document

    text = "Die Polizei in Stuttgart und Mailand arbeitet mit Napoli. Город: Милан."
    doc = gazetteer.annotate(make_document(text, doc_id="t.txt", language="de"))
    assert [(m.text, m.key, m.method) for m in doc.mentions] == [
        ("Stuttgart", "stuttgart", "geonames"), ("Mailand", "milan", "geonames"), ("Napoli", "naples", "geonames"),
        ("Милан", "milan", "geonames"),
    ]


def test_a_city_name_written_in_lowercase_elsewhere_is_an_ordinary_word():
    from graphkit.extract import gazetteer
    from graphkit.ingest import make_document

    doc = gazetteer.annotate(make_document("Sur le réseau social, sur le site.", doc_id="t.txt", language="fr"))
    assert doc.mentions == ()


def test_cities_file_lines_are_well_formed():
    from graphkit.extract.places import cities

    table = cities()
    assert len(table) > 5000
    label, names = table["milan"]
    assert label == "Milan" and "Milano" in names and "Милан" in names
    assert all(len(n) >= 3 for _, all_names in table.values() for n in all_names)


@pytest.mark.parametrize("lang, text, key", [
    ("ru", "Полиция США помогла.", "united-states"),
    ("tr", "ABD'den FBI katıldı.", "united-states"),
    ("de", "Die USA und Südkorea halfen.", "south-korea"),
])
def test_names_of_countries_the_language_file_lists(lang, text, key):
    from graphkit.extract import gazetteer
    from graphkit.ingest import make_document

    doc = gazetteer.annotate(make_document(text, doc_id="t.txt", language=lang))
    assert key in {m.key for m in doc.mentions}


def test_every_listed_place_is_a_territory_the_cldr_knows_or_a_subdivision():
    import tomllib

    from graphkit.extract.places import places, subdivisions
    from graphkit.lang import LANG_DIR

    # a country or region of the CLDR ("US"), or a state or province of subdivisions.tsv ("IN-TN")
    codes = {p.code for p in places().values()} | {s.code for s in subdivisions().values()}
    for path in sorted(LANG_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            listed = tomllib.load(fh).get("places", {})
        assert {name: code for name, code in listed.items() if code not in codes} == {}, path.name


def test_the_countries_of_a_subdivision_s_name_are_kept_in_the_cache_and_read_back_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHKIT_CACHE_DIR", str(tmp_path))
    places._subdivision_names.cache_clear()
    try:
        made = places._subdivision_names()
        assert list(tmp_path.glob("subdivision-names-*.pickle"))
        places._subdivision_names.cache_clear()
        assert places._subdivision_names() == made == places._read_subdivision_names()
        assert "US" in places.subdivision_countries("Texas")
        assert places.subdivision_countries("Bavaria") | places.subdivision_countries("Bayern") == frozenset({"DE"})
        assert places.subdivision_countries("no such province") == frozenset()
    finally:
        places._subdivision_names.cache_clear()


def test_towns_too_small_for_the_cities_are_known_by_every_name():
    # Lüneburg (71,000 people) is no city of cities.tsv; its names in other languages are the town's too
    towns = places.towns()
    assert towns["lüneburg"] == ("luneburg", "Lüneburg") == towns["lunebourg"]
    assert "luneburg" not in places.cities()
    assert "reutlingen" not in {key for key, _ in towns.values()}  # a city (112,000 people), not a town


def test_a_language_file_names_a_city_by_its_time_zone():
    # "TP HCM": Ho Chi Minh City, as the Vietnamese press shortens it (vi.toml [places])
    assert ("TP HCM", "ho-chi-minh-city") in places.names("vi")


@pytest.mark.parametrize("lang, name", [("mr", "अमेरिका"), ("de", "Amerika"), ("tr", "Amerika")])
def test_a_language_files_own_place_names_come_before_the_cldrs(lang, name):
    # the news of these languages says "America" for the United States, as their language files say; the CLDR
    # gives the same word to the Americas, which must not win
    from graphkit.lang import language

    assert language(lang).places[name].upper() == "US"
    assert [key for n, key in places.names(lang) if n == name] == ["united-states"]

"""States, provinces and other ISO 3166-2 subdivisions: the data file, its generator's filters, matching."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from graphkit.extract import gazetteer, known, places
from graphkit.extract.ids import SCHEMA_IDENTIFIER, external_ids
from graphkit.ingest import make_document

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def maker():
    spec = importlib.util.spec_from_file_location("make_subdivisions", ROOT / "scripts" / "make_subdivisions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["Northern", "Centre", "Distrito Federal", "Nord-Est", "Capital Region",
                                  "Timur Tengah", "Rivers", "Unity", "NRW", "AP", "CDMX", "sur", "ชาน", "Region 5"])
def test_generator_drops_generic_words_codes_and_short_names(maker, name):
    assert not maker.usable(name)


@pytest.mark.parametrize("name", ["Kerala", "Minnesota", "उत्तर प्रदेश", "असम", "Київська область", "łódzkie",
                                  "Schleswig-Holstein", "Μινεσότα", "Jawa Timur"])
def test_generator_keeps_specific_names(maker, name):
    assert maker.usable(name)


def test_generator_splits_iso_names(maker):
    assert maker._variants("Wales [Cymru GB-CYM]") == ["Wales", "Cymru"]
    assert maker._variants("Asturias, Principado de") == ["Asturias", "Principado de Asturias"]
    assert maker._variants("Bolama / Bijagós") == ["Bolama", "Bijagós"]
    assert maker._unmarked("Himāchal Pradesh") == "Himachal Pradesh"
    assert maker._unmarked("उत्तर प्रदेश") == "उत्तर प्रदेश"


def test_generator_leaves_country_and_city_names_out(maker):
    countries, cities = {"georgia", "mexico"}, {"łódź", "lodz", "kiev"}
    assert maker._is_other_place("Georgia", countries, cities)
    assert maker._is_other_place("Łódz", countries, cities)  # compared without accents
    assert maker._is_other_place("Kievio", countries, cities)  # a case form of a city's name
    assert not maker._is_other_place("Łódzkie", countries, cities)


def test_the_data_file():
    areas = places.subdivisions()
    assert len(areas) > 1000
    up = areas["uttar-pradesh"]
    assert (up.code, up.country, up.kind) == ("IN-UP", "IN", "State")
    assert {"Uttar Pradesh", "उत्तर प्रदेश", "Уттар-Прадеш"} <= set(up.names)
    assert areas["yunnan"].label == "Yunnan"  # "Yunnan Sheng" less its type word
    # a state named like a country or a big city is left to them; a name two states share is nobody's
    every = {n.casefold() for a in areas.values() for n in a.names}
    assert not {"georgia", "lagos", "new york", "punjab", "washington", "distrito federal", "rivers"} & every
    for a in areas.values():
        assert a.key not in places.places() and a.key not in places.cities(), a.key


def mentions(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = gazetteer.annotate(make_document(text, doc_id="t.txt", language=lang))
    return [(m.text, m.key, m.type) for m in doc.mentions]


@pytest.mark.parametrize("lang, text, found", [
    ("hi", "उत्तर प्रदेश, केरल और हिमाचल प्रदेश में छापे मारे गए।",
     [("उत्तर प्रदेश", "uttar-pradesh"), ("केरल", "kerala"), ("हिमाचल प्रदेश", "himachal-pradesh")]),
    ("uk", "Поліція у Київській області затримала хакерів.", [("Київській області", "kyivska-oblast")]),
    ("pl", "Policjanci z województwa łódzkiego i warmińsko-mazurskiego zatrzymali podejrzanych.",
     [("łódzkiego", "lodzkie"), ("warmińsko-mazurskiego", "warminsko-mazurskie")]),
    ("id", "Polisi di Jawa Barat dan Jawa Timur menangkap tersangka.",
     [("Jawa Barat", "jawa-barat"), ("Jawa Timur", "jawa-timur")]),
    ("pt", "Operação em Goiás e Mato Grosso.", [("Goiás", "goias"), ("Mato Grosso", "mato-grosso")]),
    ("de", "Durchsuchungen in Schleswig-Holstein und Emilia-Romagna.",
     [("Schleswig-Holstein", "schleswig-holstein"), ("Emilia-Romagna", "emilia-romagna")]),
    ("ru", "В Миннесоте задержали двоих.", [("Миннесоте", "minnesota")]),
    ("el", "Συλλήψεις στη Μινεσότα.", [("Μινεσότα", "minnesota")]),
    ("ta", "அசாம் மாநிலத்தில் கைது.", [("அசாம்", "assam")]),
    ("en", "Raids in Bihar and Kerala.", [("Bihar", "bihar"), ("Kerala", "kerala")]),
])
def test_states_in_their_scripts_and_inflections(lang, text, found):
    assert mentions(text, lang) == [(t, k, "AdministrativeArea") for t, k in found]


def test_a_city_or_country_of_the_same_name_wins():
    assert mentions("Arrests in Lagos, New York and Georgia.", "en") == [
        ("Lagos", "lagos", "City"), ("New York", "new-york", "City"), ("Georgia", "georgia", "Country")]


def test_a_short_state_name_in_an_inflected_language_needs_its_exact_form():
    # "Tigrai" (Ethiopia) is six letters: "Tigran" is no form of it
    assert mentions("Tigran Gambaryan", "ro") == []


def test_identifier_and_country():
    assert external_ids("uttar-pradesh", "AdministrativeArea") == ((SCHEMA_IDENTIFIER, ("IN-UP", None, None)),)
    doc = gazetteer.annotate(make_document("Police in Kerala, India, arrested two men.", doc_id="t.txt",
                                           language="en"))
    assert [(r.subject, r.predicate, r.object, r.evidence.method) for r in known.relations(doc)] == [
        ("kerala", "locatedIn", "india", "relations:registry")]
    alone = gazetteer.annotate(make_document("Police in Kerala arrested two men.", doc_id="t.txt", language="en"))
    assert known.relations(alone) == []


def test_a_short_state_name_takes_no_suffix():
    # Georgian "ლარამდე" (up to … lari) ends in a suffix of the language after "ლარა" (Lara, Venezuela)
    assert mentions("ზარალი 5000 ლარამდე შეფასდა.", "ka") == []
    assert mentions("Lara eyaletinde.", "tr") == [("Lara", "lara", "AdministrativeArea")]


def test_a_state_name_the_article_writes_in_lowercase_with_another_ending_is_a_word():
    # Croatian "kampanja" (a campaign) is also the Croatian name of Campania
    text = "Kampanja banaka nadovezuje se na preventivnu kampanju policije."
    assert mentions(text, "hr") == []
    assert mentions("Uhićenja u Kampanji i Laciju.", "hr") != []

"""The known-entity registry, ``ontology/registry.ttl``: its shape and its labels.

The registry is the gazetteer that graphkit matches articles against, so what
matters is that every label leads to exactly one entity, that labels carry
their language, and that a name written in any script reaches the same node.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, SKOS

REGISTRY = Path(__file__).resolve().parents[1] / "ontology" / "registry.ttl"

PPP = Namespace("https://w3id.org/graphkit/ppp#")
GKE = Namespace("https://w3id.org/graphkit/entity/")

TYPES = {
    PPP[name]
    for name in (
        "LawEnforcementAgency", "GovernmentAgency", "IntergovernmentalOrganization", "Company",
        "NonProfit", "Initiative", "OrganizationalUnit", "Media", "Operation",
    )
}
PREDICATES = {RDF.type, RDFS.label, SKOS.altLabel, SKOS.hiddenLabel, PPP.partOf, PPP.country, PPP.seat, OWL.sameAs}
LABEL_PREDICATES = (RDFS.label, SKOS.altLabel, SKOS.hiddenLabel)
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
LANG_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
WIKIDATA = re.compile(r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$")

# Which language tags may carry letters of which script.
SCRIPT_LANGS = {
    "LATIN": None,  # any language may write a Latin-script name
    "CYRILLIC": {"ru", "uk", "bg", "sr", "be", "kk", "mk"},
    "ARABIC": {"ar", "fa", "ur", "ps"},
    "HEBREW": {"he", "yi"},
    "GREEK": {"el"},
    "DEVANAGARI": {"hi", "mr", "ne"},  # and the marks of Indic scripts below are letters' parts
    "THAI": {"th"},
    "HANGUL": {"ko"},
    "KANA": {"ja"},
    "HAN": {"zh", "zh-Hant", "zh-Hans", "ja", "ko"},
    "BENGALI": {"bn", "as"},
    "TAMIL": {"ta"},
    "TELUGU": {"te"},
    "KANNADA": {"kn"},
    "MALAYALAM": {"ml"},
    "GUJARATI": {"gu"},
    "GURMUKHI": {"pa"},
    "SINHALA": {"si"},
    "GEORGIAN": {"ka"},
    "ARMENIAN": {"hy"},
    "ETHIOPIC": {"am", "ti"},
    "KHMER": {"km"},
    "MYANMAR": {"my"},
    "LAO": {"lo"},
}
NON_LATIN_LANGS = set().union(*(langs for langs in SCRIPT_LANGS.values() if langs))


def script_of(char: str) -> str | None:
    """The script of a letter, by its Unicode name; None for anything else."""
    if not unicodedata.category(char).startswith("L"):
        return None
    name = unicodedata.name(char, "")
    if name.startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")):
        return "HAN"
    if name.startswith(("HIRAGANA", "KATAKANA")):
        return "KANA"
    first = name.split(" ")[0]
    return first if first in SCRIPT_LANGS else "OTHER"


def scripts(text: str) -> set[str]:
    return {s for s in map(script_of, text) if s is not None}


def norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


# What a name matcher should also treat as one: apostrophes, dashes, the
# Romanian letters with cedilla or comma below, spaces.
_FOLD = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u0219": "\u015f", "\u0218": "\u015e", "\u021b": "\u0163", "\u021a": "\u0162",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})


def loose(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(_FOLD).split()).casefold()


def is_east_asian(char: str) -> bool:
    return script_of(char) in {"HAN", "KANA", "HANGUL"}


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(REGISTRY, format="turtle")
    return g


@pytest.fixture(scope="module")
def entities(graph: Graph) -> list[URIRef]:
    return sorted({s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(GKE))})


@pytest.fixture(scope="module")
def labels(graph: Graph, entities: list[URIRef]) -> list[tuple[URIRef, URIRef, Literal]]:
    return [(e, p, o) for e in entities for p in LABEL_PREDICATES for o in graph.objects(e, p)]


@pytest.fixture(scope="module")
def index(labels) -> dict[str, set[URIRef]]:
    found: dict[str, set[URIRef]] = defaultdict(set)
    for entity, _, literal in labels:
        found[norm(str(literal))].add(entity)
    return found


def slug(entity: URIRef) -> str:
    return str(entity)[len(str(GKE)):]


def test_every_subject_is_a_registry_entity(graph: Graph, entities: list[URIRef]) -> None:
    assert len(graph) > 0
    assert set(graph.subjects()) == set(entities)


def test_at_least_150_entities(entities: list[URIRef]) -> None:
    assert len(entities) >= 150


def test_only_known_predicates(graph: Graph) -> None:
    assert set(graph.predicates()) <= PREDICATES, set(graph.predicates()) - PREDICATES


def test_slugs_are_lowercase_ascii(entities: list[URIRef]) -> None:
    bad = [slug(e) for e in entities if not SLUG.match(slug(e))]
    assert not bad


def test_exactly_one_type_from_the_ontology(graph: Graph, entities: list[URIRef]) -> None:
    bad = {slug(e): list(graph.objects(e, RDF.type)) for e in entities}
    bad = {s: types for s, types in bad.items() if len(types) != 1 or types[0] not in TYPES}
    assert not bad


def test_exactly_one_english_label(graph: Graph, entities: list[URIRef]) -> None:
    bad = {}
    for e in entities:
        found = list(graph.objects(e, RDFS.label))
        if len(found) != 1 or not isinstance(found[0], Literal) or found[0].language != "en":
            bad[slug(e)] = found
    assert not bad


def test_every_label_is_a_tagged_literal(labels) -> None:
    bad = [
        (slug(e), str(o)) for e, _, o in labels
        if not isinstance(o, Literal) or not o.language or not LANG_TAG.match(o.language)
    ]
    assert not bad


def test_labels_are_trimmed_single_spaced_text(labels) -> None:
    bad = [
        (slug(e), str(o)) for e, _, o in labels
        if str(o) != str(o).strip() or "  " in str(o) or any(c in str(o) for c in "\n\t\r")
    ]
    assert not bad


def test_no_label_shared_between_entities(index) -> None:
    shared = {text: sorted(map(slug, owners)) for text, owners in index.items() if len(owners) > 1}
    assert not shared


def test_no_label_shared_between_entities_even_loosely_folded(labels) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entity, _, literal in labels:
        owners[loose(str(literal))].add(slug(entity))
    shared = {text: sorted(found) for text, found in owners.items() if len(found) > 1}
    assert not shared


def test_no_label_shorter_than_three_characters(labels) -> None:
    # Two characters are allowed only for names written wholly in Han, kana or
    # Hangul (币安, 微软, 구글), where each character is a syllable or a word.
    bad = []
    for e, _, o in labels:
        text = unicodedata.normalize("NFKC", str(o))
        if len(text) >= 3:
            continue
        if len(text) == 2 and all(is_east_asian(c) for c in text):
            continue
        bad.append((slug(e), str(o)))
    assert not bad


def test_scripts_agree_with_language_tags(labels) -> None:
    bad = []
    for e, _, o in labels:
        found = scripts(str(o))
        if "OTHER" in found:
            bad.append((slug(e), str(o), o.language, "unexpected script"))
            continue
        for script in found - {"LATIN"}:
            if o.language not in SCRIPT_LANGS[script]:
                bad.append((slug(e), str(o), o.language, script))
        if found == {"LATIN"} and o.language in NON_LATIN_LANGS:
            bad.append((slug(e), str(o), o.language, "Latin only"))
    assert not bad


def test_units_and_only_units_have_one_parent_in_the_registry(graph: Graph, entities: list[URIRef]) -> None:
    known = set(entities)
    bad = {}
    for e in entities:
        parents = list(graph.objects(e, PPP.partOf))
        is_unit = (e, RDF.type, PPP.OrganizationalUnit) in graph
        if is_unit and (len(parents) != 1 or parents[0] not in known or parents[0] == e):
            bad[slug(e)] = parents
        if not is_unit and parents:
            bad[slug(e)] = parents
    assert not bad


def test_part_of_has_no_cycles(graph: Graph, entities: list[URIRef]) -> None:
    for e in entities:
        seen, node = {e}, e
        while (parent := graph.value(node, PPP.partOf)) is not None:
            assert parent not in seen, f"partOf cycle through {slug(e)}"
            seen.add(parent)
            node = parent


def test_same_as_points_to_wikidata_items(graph: Graph) -> None:
    targets = list(graph.objects(None, OWL.sameAs))
    assert targets
    assert all(WIKIDATA.match(str(t)) for t in targets), targets
    assert len(targets) == len(set(targets))


def test_file_is_sorted_by_type_then_slug_under_headings() -> None:
    text = REGISTRY.read_text(encoding="utf-8")
    order = re.findall(r"^gke:([a-z0-9-]+) a ppp:(\w+) ;$", text, flags=re.M)
    assert len(order) >= 150
    keys = [(typ, name) for name, typ in order]
    assert keys == sorted(keys)
    for typ in {typ for typ, _ in keys}:
        heading = text.find(f"\n# ppp:{typ} ")
        first = text.find(f" a ppp:{typ} ;")
        assert 0 <= heading < first, typ
    assert text.startswith("#"), "the file opens with a header comment"


def test_romanian_labels_come_in_both_spellings(labels) -> None:
    # ș/ț (comma below) is correct, ş/ţ (cedilla) is still common in the press.
    ro = {str(o) for _, _, o in labels if o.language == "ro"}
    comma, cedilla = str.maketrans("şţŞŢ", "șțȘȚ"), str.maketrans("șțȘȚ", "şţŞŢ")
    missing = sorted(t for t in ro if t.translate(comma) not in ro or t.translate(cedilla) not in ro)
    assert not missing


@pytest.mark.parametrize("word", [
    # ordinary words in some language, or names that mostly mean something else
    "x", "one", "visa", "gemini", "first", "zit", "hawks", "politie", "policja",
    "santander", "the block", "cyberpolice", "secure", "endgame", "cronos", "synergia", "tag",
    "human security", "indian bank", "εθνική τράπεζα", "claro", "zain", "toss",
    # acronyms left out because they mostly mean something else in this field's news
    "pac", "cta", "spf", "cri", "npa", "csa", "grc",
])
def test_ordinary_words_and_misleading_acronyms_are_not_labels(index, word: str) -> None:
    assert norm(word) not in index


def labels_of(graph: Graph, name: str) -> list[Literal]:
    return [o for p in LABEL_PREDICATES for o in graph.objects(GKE[name], p)]


@pytest.mark.parametrize("script", ["DEVANAGARI", "CYRILLIC", "HAN", "HANGUL", "KANA", "THAI", "ARABIC"])
def test_binance_is_written_in_many_scripts(graph: Graph, script: str) -> None:
    assert any(script in scripts(str(o)) for o in labels_of(graph, "binance"))


def test_interpol_has_a_thai_label(graph: Graph) -> None:
    thai = [o for o in labels_of(graph, "interpol") if "THAI" in scripts(str(o))]
    assert thai and all(o.language == "th" for o in thai)


@pytest.mark.parametrize(("text", "name"), [
    # surface forms from the example corpus, each of which must reach its entity
    ("बिनेंस", "binance"),
    ("币安", "binance"),
    ("Бинанс", "binance"),
    ("Interpol", "interpol"),
    ("Organisation internationale de police criminelle", "interpol"),
    ("อินเตอร์โพล", "interpol"),
    ("एनसीएफटीए", "ncfta"),
    ("नेशनल साइबर-फोरेंसिक एंड ट्रेनिंग एलायंस", "ncfta"),
    ("एफआईए", "pakistan-fia"),
    ("संघीय जांच एजेंसी", "pakistan-fia"),
    ("कॉइनटेक्ग्राफ", "cointelegraph"),
    ("बिनेंस इन्वेस्टिगेशन ग्रुप", "binance-investigation-group"),
    ("Financial Crime Compliance", "binance-fcc"),
    ("Hongkongs polis", "hong-kong-police"),
    ("香港警務處", "hong-kong-police"),
    ("Byrån för cybersäkerhet och teknisk brottslighet", "hk-cstcb"),
    ("Forumului Economic Mondial", "wef"),
    ("Mecanismul Uniunii Africane pentru Cooperare Poliţienească", "afripol"),
    ("Mecanismul Uniunii Africane pentru Cooperare Polițienească", "afripol"),
    ("กลไกความร่วมมือของสหภาพแอฟริกาเพื่อความร่วมมือของตำรวจ", "afripol"),
    ("Centrul European de Criminalitate Cibernetică", "europol-ec3"),
    ("EC3", "europol-ec3"),
    ("Direcţia de Criminalitate Cibernetică a INTERPOL", "interpol-cybercrime-directorate"),
    ("Parteneriatul împotriva Infracţiunilor Cibernetice", "wef-pac"),
    ("Serengeti", "serengeti"),
    ("Serengeti 2.0", "serengeti-2"),
    ("Operaţiunea Serengeti", "serengeti"),
    ("ปฏิบัติการ Secure", "secure"),
    ("STOP THE TRAFFIK", "stop-the-traffik"),
    ("Kasm Technologies", "kasm-technologies"),
    ("Meta", "meta"),
    # central banks, CERTs, prosecutors and financial intelligence units of the countries of the news
    ("Riksbanken", "sveriges-riksbank"),
    ("Banco de España", "bank-of-spain"),
    ("Banca d'Italia", "bank-of-italy"),
    ("Національний банк України", "ukraine-nbu"),
    ("Banca Naţională a României", "romania-bnr"),
    ("בנק ישראל", "bank-of-israel"),
    ("بانک مرکزی ایران", "central-bank-of-iran"),
    ("CERT-UA", "cert-ua"),
    ("CCN-CERT", "ccn-cert"),
    ("CERT-RO", "romania-dnsc"),
    ("Ekobrottsmyndigheten", "sweden-ebm"),
    ("Nationellt it-brottscentrum", "sweden-sc3"),
    ("MASAK", "masak"),
    ("Oficiul Naţional de Prevenire şi Combatere a Spălării Banilor", "romania-onpcsb"),
    ("บก.ปอท.", "thailand-tcsd"),
    # national telecom operators, banks and public bodies, in their own scripts
    ("Київстар", "kyivstar"),
    ("lifecell", "lifecell-ukraine"),
    ("monobank", "monobank"),
    ("בנק דיסקונט", "israel-discount-bank"),
    ("এইচডিএফসি ব্যাঙ্ক", "hdfc-bank"),
    ("স্টেট ব্যাঙ্ক অফ ইন্ডিয়া", "sbi"),
    ("Agenzia per l'Italia Digitale", "italy-agid"),
    ("CERT-AgID", "italy-cert-agid"),
    ("Viện kiểm sát nhân dân tối cao", "vietnam-supreme-procuracy"),
    ("Helsingin poliisilaitos", "finland-helsinki-police"),
    ("Valtakunnansyyttäjän toimisto", "finland-prosecutor-general"),
    ("הפיקוח על הבנקים", "israel-banking-supervision"),
    ("مرکز اطلاعات مالی", "iran-fic"),
    ("Kemenko Polhukam", "indonesia-kemenko-polhukam"),
    ("Державна служба спеціального зв'язку та захисту інформації", "ukraine-ssscip"),
    ("Comisión para el Mercado Financiero", "chile-cmf"),
    ("BancoEstado", "bancoestado"),
    ("Banco de Moçambique", "mozambique-central-bank"),
    ("Millennium bim", "millennium-bim"),
    ("Swisscom", "swisscom"),
    ("Division spéciale de cybersécurité", "senegal-dsc"),
    ("BCEAO", "bceao"),
    ("Sonatel", "sonatel"),
    ("ГКНБ", "kyrgyzstan-gknb"),
    ("Национальный банк Кыргызской Республики", "kyrgyzstan-nbkr"),
    ("Urząd Komunikacji Elektronicznej", "poland-uke"),
    ("mBank", "mbank"),
    ("رئاسة أمن الدولة", "saudi-state-security"),
    ("مصرف الراجحي", "al-rajhi-bank"),
    ("BNP Paribas Fortis", "bnp-paribas-fortis"),
    ("Santander Totta", "santander-totta"),
    ("Millennium bcp", "millennium-bcp"),
    ("بنك مصر", "banque-misr"),
    ("الجهاز القومي لتنظيم الاتصالات", "egypt-ntra"),
    ("Национальный центр реагирования на компьютерные инциденты", "cert-by"),
    ("預金保険機構", "dicj"),
    ("Związek Banków Polskich", "zbp"),
    ("თიბისი ბანკი", "tbc-bank"),
    ("遠傳電信", "far-eastone"),
    ("臺灣臺北地方檢察署", "taipei-district-prosecutors-office"),
    ("பாரத ஸ்டேட் வங்கி", "sbi"),
    ("ஏர்டெல்", "airtel"),
    ("전국은행연합회", "korea-federation-of-banks"),
    ("Εθνική Τράπεζα της Ελλάδος", "national-bank-of-greece"),
    ("Kementerian Hukum dan HAM", "indonesia-kemenkumham"),
    ("Comisaría General de Policía Judicial", "spain-cgpj"),
    ("هيئة الاتصالات والفضاء والتقنية", "saudi-cst"),
    ("الإدارة العامة للتحريات المالية", "saudi-gdfi"),
    ("Госфинразведка", "kyrgyzstan-fiu"),
    ("サイバー特別捜査隊", "japan-npa-ncu"),
    ("Brigada Investigadora del Cibercrimen", "chile-pdi-bricib"),
    ("Dipartimento di Giustizia statunitense", "us-doj"),
    ("Ukrán Nemzeti Rendőrség", "ukraine-national-police"),
    ("Policja Narodowa Ukrainy", "ukraine-national-police"),
    ("Türkiye İş Bankası", "isbank"),
    ("بنك الرياض", "riyad-bank"),
    ("ゆうちょ銀行", "japan-post-bank"),
    ("Оптима Банк", "optima-bank"),
])
def test_known_surface_forms_reach_their_entity(index, text: str, name: str) -> None:
    assert index.get(norm(text)) == {GKE[name]}


def test_units_point_at_the_expected_parents(graph: Graph) -> None:
    expected = {
        "europol-ec3": "europol",
        "interpol-cybercrime-directorate": "interpol",
        "binance-investigation-group": "binance",
        "binance-fcc": "binance",
        "hk-cstcb": "hong-kong-police",
        "microsoft-dcu": "microsoft",
        "italy-cert-agid": "italy-agid",
        "israel-banking-supervision": "bank-of-israel",
        "vietnam-sbv-aml": "state-bank-of-vietnam",
        "senegal-dsc": "senegal-police",
        "cert-by": "belarus-oac",
        "spain-ucc": "spain-cgpj",
        "spain-cgpj": "spanish-national-police",
        "japan-npa-ncu": "japan-npa",
        "saudi-gdfi": "saudi-state-security",
    }
    for unit, parent in expected.items():
        assert graph.value(GKE[unit], PPP.partOf) == GKE[parent], unit


def test_every_seat_is_a_city_the_gazetteer_knows(graph: Graph) -> None:
    from graphkit.extract import places
    from graphkit.text import slug

    known = set(places.places()) | set(places.cities())
    seats = [(s, str(o)) for s, o in graph.subject_objects(PPP.seat)]
    assert len(seats) >= 10
    assert [(s, o) for s, o in seats if slug(o) not in known] == []
    assert all(len(list(graph.objects(s, PPP.seat))) == 1 for s, _ in seats)


def test_what_is_made_of_the_names_is_kept_per_registry(tmp_path, monkeypatch):
    """``derived`` makes something of a registry's names once, loads it after, and makes it again for other names;
    a registry made in memory (no cache entry of its own) has it made each time."""
    from graphkit.extract import discovery
    from graphkit.extract.registry import Registry, derived, load_registry
    from graphkit.resources import clear_caches

    monkeypatch.setenv("GRAPHKIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "registry.ttl"
    path.write_text(REGISTRY.read_text(encoding="utf-8"), encoding="utf-8")
    made = []

    def generic(p):  # as a new process finds it
        clear_caches()
        registry = load_registry(p)
        return derived(registry, "test-words", lambda: made.append(1) or discovery._words_of_three(registry))

    first = generic(path)
    assert "police" in first and made == [1]
    assert generic(path) == first and made == [1]
    path.write_text(path.read_text(encoding="utf-8").replace('"Interpol"', '"Interpol Police Zorblax"'),
                    encoding="utf-8")
    assert generic(path) == first and made == [1, 1]  # other names, made again (the same words here)
    in_memory = Registry(dict(load_registry(path).entities))
    assert derived(in_memory, "test-words", lambda: made.append(1) or 7) == 7
    assert derived(in_memory, "test-words", lambda: made.append(1) or 7) == 7 and made == [1, 1, 1, 1]
    clear_caches()

"""graphkit.extract.dates: dates and periods in any language, the publication date, dated statements."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph, Literal
from rdflib.namespace import DCTERMS, XSD

import graphkit.lang as lang_module
from graphkit.errors import OntologyError
from graphkit.extract import dates, figures
from graphkit.ingest import make_document
from graphkit.lang import LANG_DIR, language
from graphkit.model import DateMention, Document, Entity, Evidence, Figure, Mention, Relation
from graphkit.rdf import date_literal, document_iri, entity_iri, to_graph
from graphkit.validate import validate
from graphkit.vocab import KIND, PPP


def read(text: str, lang: str, *, with_figures: bool = False) -> Document:
    doc = make_document(text, doc_id="t.txt", language=lang)
    if with_figures:
        doc = figures.annotate(doc)
    doc = dates.annotate(doc)
    for d in doc.dates:
        assert doc.text[d.start:d.end] == d.text
    return doc


def found(text: str, lang: str) -> list[tuple]:
    return [(d.text, d.value, d.end_value) for d in read(text, lang).dates]


def clear_caches() -> None:
    language.cache_clear()
    dates.month_names.cache_clear()
    dates.grammar.cache_clear()


@pytest.fixture
def lang_dir(tmp_path, monkeypatch):
    """A private language folder holding only the universal file: no language has a file of its own."""
    shutil.copy(LANG_DIR / "_universal.toml", tmp_path / "_universal.toml")
    monkeypatch.setattr(lang_module, "LANG_DIR", tmp_path)
    clear_caches()
    yield tmp_path
    clear_caches()


# ---------------------------------------------------------------- formats, per language


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # English: month-day order, ordinals, periods by template and by dash
        ("en", "Operation HAECHI ran from January to March 2025.",
         [("January to March 2025", "2025-01", "2025-03")]),
        ("en", "Interpol met on February 9, 2025 and in May 2024; since 2019 it has grown.",
         [("February 9, 2025", "2025-02-09", None), ("May 2024", "2024-05", None), ("2019", "2019", None)]),
        ("en", "Between 2024 and 2025 they met on the 13th of November 2025.",
         [("2024 and 2025", "2024", "2025"), ("13th of November 2025", "2025-11-13", None)]),
        ("en", "Signed 03/28/2023, filed 28/03/2023, sent 2023/03/28.",
         [("03/28/2023", "2023-03-28", None), ("28/03/2023", "2023-03-28", None), ("2023/03/28", "2023-03-28", None)]),
        ("en", "Raids on 9-11 March 2025, talks in March–April 2025, a plan for 2019-20, a report of 2011-12.",
         [("9-11 March 2025", "2025-03-09", "2025-03-11"), ("March–April 2025", "2025-03", "2025-04"),
          ("2019-20", "2019", "2020"), ("2011-12", "2011-12", None)]),
        ("en", "From November to February 2025 the botnet was down.",
         [("November to February 2025", "2024-11", "2025-02")]),
        # French: ordinal "1er", cues, "de … à …"
        ("fr", "Le 1er mars 2023, Binance a organisé 120 séminaires en 2023, de janvier à mars 2024.",
         [("1er mars 2023", "2023-03-01", None), ("2023", "2023", None), ("janvier à mars 2024", "2024-01", "2024-03")]),
        ("fr", "Interpol coopère avec Binance depuis 2022 et jusqu'en 2026.",
         [("2022", "2022", None), ("2026", "2026", None)]),
        # Swedish
        ("sv", "Binance samarbetar med polisen sedan mars 2024 och under 2023.",
         [("mars 2024", "2024-03", None), ("2023", "2023", None)]),
        ("sv", "Kampanjen pågick mellan 2022 och 2024, från 1 februari 2024 till 30 april 2024.",
         [("2022 och 2024", "2022", "2024"), ("1 februari 2024 till 30 april 2024", "2024-02-01", "2024-04-30")]),
        # Romanian: cues, periods, numeric dates, "mai" that is "more"
        ("ro", "În 2023 Forumul a lansat Cybercrime Atlas; în perioada 2024-2025 şi pe 13 noiembrie 2025, în mai multe ţări.",
         [("2023", "2023", None), ("2024-2025", "2024", "2025"), ("13 noiembrie 2025", "2025-11-13", None)]),
        ("ro", "Din 2024 până în 2025, Binance a ajutat. Pe 28.03.2023 a semnat, iar pe 2 mai 2024 a raportat.",
         [("2024 până în 2025", "2024", "2025"), ("28.03.2023", "2023-03-28", None), ("2 mai 2024", "2024-05-02", None)]),
        # Hindi: the cue follows the year ("2002 में"), a day without a year
        ("hi", "9 जनवरी को, एफआईए ने नोटिस जारी किया। 2002 में स्थापित। 2024 से 2025 तक सहयोग। 13 नवम्बर 2025 को बैठक।",
         [("9 जनवरी", "--01-09", None), ("2002", "2002", None), ("2024 से 2025", "2024", "2025"),
          ("13 नवम्बर 2025", "2025-11-13", None)]),
        ("hi", "फरवरी 2025 में बिनेंस ने सहयोग किया।", [("फरवरी 2025", "2025-02", None)]),
        # Thai: no spaces, month without a cue, "ปี" before a year, a list of years
        ("th", "ข้อมูลข่าวกรอง 13 ชุดภายในตุลาคม 2025 ซึ่งเกิดขึ้นในปี 2024 และ 2025 จนถึงปี 2027",
         [("ตุลาคม 2025", "2025-10", None), ("2024", "2024", None), ("2025", "2025", None), ("2027", "2027", None)]),
        ("th", "ปฏิบัติการ Secure จัดขึ้นที่กรุงเทพฯ ในเดือนกุมภาพันธ์ 2025 กลุ่มทำงานพบกันที่ปานามาในเดือนเมษายน",
         [("กุมภาพันธ์ 2025", "2025-02", None), ("เมษายน", "2025-04", None)]),
    ],
)
def test_dates_in_each_language(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Prices may rise in may; 1,209 arrests, 20.4 percent, version 2.0, covid-19."),
        ("en", "They seized 2025 devices."),                     # a number of things, not a year: no cue
        ("en", "In 2568 there were none."),                       # not a Buddhist-era language: out of range
        ("ro", "În mai multe ţări, 1.209 arestări şi 17.000 de puncte, 20,4 procent."),
        ("th", "ผู้ต้องหา 1,209 ราย เงิน 97 ล้านดอลลาร์ 2568 ครั้ง"),  # a year-like number without a cue
        ("sv", "Mer än 120 000 offer och 20,4 procent."),
    ],
)
def test_numbers_that_are_no_dates(lang, text):
    assert found(text, lang) == []


_PIECES = ["2024", "2025", "2568", "13", "9", "31", "29", "00", "02", "-", "–", "/", ".", ",", " ", "\n", "de", "în",
           "in", "from", "to", "and", "February", "mai", "noiembrie", "जनवरी", "में", "ตุลาคม", "ในปี", "และ", "๒๕๖๘"]
_MONTH_DAY = r"(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?"
_ISO = rf"\d{{4}}(-{_MONTH_DAY})?|--{_MONTH_DAY}"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from(["en", "ro", "hi", "th", "und"]))
def test_any_text_gives_well_formed_dates(pieces, lang):
    doc = read("".join(pieces), lang)
    for d in doc.dates:
        assert re.fullmatch(_ISO, d.value), d
        assert d.end_value is None or (re.fullmatch(_ISO, d.end_value) and d.end_value[:4].isdigit() and d.end_value > d.value)


# ---------------------------------------------------------------- Buddhist era


@pytest.mark.parametrize(
    "text, expected",
    [
        ("การประชุมในปี 2568", [("2568", "2025", None)]),
        ("เมื่อ 13 ต.ค. 2568", [("13 ต.ค. 2568", "2025-10-13", None)]),
        ("ภายในตุลาคม 2568", [("ตุลาคม 2568", "2025-10", None)]),
        ("พ.ศ. 2567", [("2567", "2024", None)]),
        ("ตั้งแต่ปี 2567 ถึงปี 2568", [("2567 ถึงปี 2568", "2024", "2025")]),
        ("ในปี 2025", [("2025", "2025", None)]),  # already of the common era
    ],
)
def test_buddhist_era_years_become_common_era(text, expected):
    assert found(text, "th") == expected


# ---------------------------------------------------------------- languages without a file


def test_a_language_without_a_file_reads_iso_dates_and_cldr_month_names(lang_dir):
    assert not (lang_dir / "de.toml").exists()
    assert language("de").months == ()
    assert found("Seit März 2024 arbeitet Binance mit Europol; am 13.11.2025 und 2025-11-13.", "de") == [
        ("März 2024", "2024-03", None), ("13.11.2025", "2025-11-13", None), ("2025-11-13", "2025-11-13", None),
    ]
    assert found("im Jahr 2023", "de") == []  # no cue words without a [dates] table
    assert found("2025-11-13 und 2024-2025", "und") == [("2025-11-13", "2025-11-13", None), ("2024-2025", "2024", "2025")]


def test_a_dates_table_is_all_a_new_language_needs(lang_dir):
    (lang_dir / "de.toml").write_text(
        '[language]\ncode = "de"\nname = "German"\n'
        '[dates]\ncues = ["seit {}", "im jahr {}"]\nperiods = ["von {} bis {}"]\nlabels = ["stand"]\n',
        encoding="utf-8",
    )
    assert found("Seit 2021 und im Jahr 2023, von Januar bis März 2025.", "de") == [
        ("2021", "2021", None), ("2023", "2023", None), ("Januar bis März 2025", "2025-01", "2025-03"),
    ]
    assert read("Stand: 13.11.2025\nEuropol", "de").published == "2025-11-13"


@pytest.mark.parametrize(
    "table, message",
    [
        ('cues = ["in"]', 'needs exactly 1 "{}"'),
        ('periods = ["from {}"]', 'needs exactly 2 "{}"'),
        ('order = "YDM"', "order = 'YDM' is invalid"),
    ],
)
def test_a_broken_dates_table_is_an_ontology_error(lang_dir, table, message):
    (lang_dir / "zz.toml").write_text(f'[language]\ncode = "zz"\nname = "Zed"\n[dates]\n{table}\n', encoding="utf-8")
    with pytest.raises(OntologyError, match=message):
        language("zz")


# ---------------------------------------------------------------- month names


def test_month_names_are_numbered_with_cldr():
    hi, en = dates.month_names("hi"), dates.month_names("en")
    assert (hi["जनवरी"], hi["फरवरी"], hi["फ़रवरी"], hi["सितम्बर"], hi["नवम्बर"]) == (1, 2, 2, 9, 11)
    assert (en["may"], en["sept"], en["jun"], en["dec"]) == (5, 9, 6, 12)
    assert dates.month_names("th")["ต.ค."] == 10  # CLDR's abbreviations too


@pytest.mark.parametrize("code", ["en", "fr", "sv", "ro", "hi", "th"])
def test_every_month_of_a_language_file_has_a_number(code):
    names = dates.month_names(code)
    numbers = {names[m] for m in language(code).months}
    assert numbers == set(range(1, 13))


# ---------------------------------------------------------------- publication date


@pytest.mark.parametrize(
    "name, published",
    [
        ("000_3a724b7a76be0e89.txt", None),          # Hindi: "9 जनवरी" has no year, and is in the text
        ("001_e8e737de296aae96.txt", None),          # French: "en 2023" is in the text
        ("002_c4961fa566e269b9.txt", "2023-03-28"),  # Swedish: a line that is only a date
        ("003_116afd1c6ca5450f.txt", "2025-11-13"),  # Romanian: "date 2025-11-13" opens the first line
        ("004_45687105508210f7.txt", None),          # Thai: dates in the text only
    ],
)
def test_publication_date_of_the_seeds(seeds, name, published):
    doc = next(d for d in seeds.documents if d.id == name)
    assert doc.published == published
    g = seeds.graph
    expected = [date_literal(published)] if published else []
    assert list(g.objects(document_iri(name), DCTERMS.date)) == expected


def test_the_publication_date_dates_no_statement(seeds):
    doc = next(d for d in seeds.documents if d.id == "003_116afd1c6ca5450f.txt")
    assert [d.value for d in doc.dates if d.start < 20] == ["2025-11-13"]
    assert "2025-11-13" not in {r.evidence.date for r in doc.relations} | {f.date for f in doc.figures}
    first = doc.sentences[0]
    in_first = [r.evidence.date for r in doc.relations if r.evidence.start == first.start]
    assert set(in_first) <= {"2024"}  # "în perioada 2024-2025" of the same sentence


@pytest.mark.parametrize(
    "lang, text, published",
    [
        ("en", "2025-02-09 Interpol and Binance", "2025-02-09"),
        ("en", "Published on February 9, 2025. Interpol met.", "2025-02-09"),
        ("en", "Headline\n\n9 February 2025\n\nBody", "2025-02-09"),
        ("en", "Headline\nStandfirst\nMore\nLine four\n9 February 2025", None),   # too far down
        ("en", "On 9 February 2025, Interpol met.", None),                        # the date of the sentence
        ("en", "9 February 2025, Interpol met.", None),
        ("en", "Headline\nInterpol met on 9 February 2025 in Lyon.", None),
        ("en", "February 2025\nInterpol met.", None),                             # not a full date
        ("fr", "le 13 novembre 2025 Binance a rejoint Interpol.", None),          # "le" is no label
        ("fr", "Publié le 13 novembre 2025\nBinance a rejoint Interpol.", "2025-11-13"),
        ("ro", " date 2025-11-13 Binance şi alţi parteneri", "2025-11-13"),
        ("th", "วันที่ 13 ต.ค. 2568\nBinance", "2025-10-13"),
    ],
)
def test_publication_date(lang, text, published):
    assert read(text, lang).published == published


def test_a_day_without_a_year_takes_it_from_its_sentence_then_from_the_publication():
    doc = read("2023-03-28\nDen 9 januari grep polisen 30 personer. I mars 2022 och den 4 april möttes de.", "sv")
    assert [(d.text, d.value) for d in doc.dates] == [
        ("2023-03-28", "2023-03-28"), ("9 januari", "2023-01-09"), ("mars 2022", "2022-03"), ("4 april", "2022-04-04"),
    ]
    assert doc.dates[1].method == "dates:day-month;year-from-publication"
    assert doc.dates[3].method == "dates:day-month;year-from-sentence"
    # the year that puts it closest to the publication date: late December before an early January
    assert [d.value for d in read("2025-01-05\nPolisen grep dem den 28 december.", "sv").dates] == ["2025-01-05", "2024-12-28"]
    # without either, it keeps no year
    assert [d.value for d in read("Polisen grep dem den 28 december.", "sv").dates] == ["--12-28"]


# ---------------------------------------------------------------- evidence, figures, operations

TEXT = ("In 2023, Binance partnered with Interpol. "
        "Founded in 2002 by the FBI, the NCFTA partnered with Binance. "
        "Operation Serengeti, led by Interpol in 2024, made 1,209 arrests; the report came out in 2025.")


def _at(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def _hand_made() -> Document:
    """A document with hand-made mentions, relations and figures, as earlier stages would leave them."""
    doc = make_document(TEXT, doc_id="t.txt", language="en")
    names = [("Binance", "binance", "Company", 0), ("Interpol", "interpol", "IntergovernmentalOrganization", 0),
             ("FBI", "fbi", "LawEnforcementAgency", 0), ("NCFTA", "ncfta", "NonProfit", 0),
             ("Binance", "binance", "Company", 60), ("Operation Serengeti", "serengeti", "Operation", 0),
             ("Interpol", "interpol", "IntergovernmentalOrganization", 120)]
    mentions = tuple(Mention(*_at(TEXT, text, after), text, key, type_) for text, key, type_, after in names)
    s1, s2, s3 = doc.sentences

    def rel(subject, predicate, object_, sentence):
        return Relation(subject, predicate, object_, Evidence("t.txt", sentence.start, sentence.end,
                                                             TEXT[sentence.start:sentence.end], 0.7))

    relations = (rel("binance", "partnersWith", "interpol", s1), rel("ncfta", "partnersWith", "binance", s2),
                 rel("ncfta", "launchedBy", "fbi", s2), rel("serengeti", "coordinatedBy", "interpol", s3))
    figs = (Figure("founded", Decimal(2002), "t.txt", *_at(TEXT, "2002"), "2002"),
            Figure("arrests", Decimal(1209), "t.txt", *_at(TEXT, "1,209"), "1,209", about="serengeti"))
    return doc.with_(mentions=mentions, relations=relations, figures=figs)


def test_evidence_and_figures_get_the_date_of_their_sentence():
    doc = dates.annotate(_hand_made())
    assert [(r.subject, r.predicate, r.evidence.date) for r in doc.relations] == [
        ("binance", "partnersWith", "2023"),
        ("ncfta", "partnersWith", None),       # 2002 is when the NCFTA was founded, not when it partnered
        ("ncfta", "launchedBy", "2002"),
        ("serengeti", "coordinatedBy", "2024"),  # the nearest to Serengeti and Interpol, not the report's 2025
    ]
    assert [(f.kind, f.date) for f in doc.figures] == [("founded", "2002"), ("arrests", "2024")]
    assert [(d.text, d.about) for d in doc.dates] == [("2023", None), ("2002", None), ("2024", None), ("2025", None)]


def test_an_operation_gets_the_one_date_of_its_sentence():
    text = "Operation Serengeti, led by Interpol, ran from August to October 2024."
    doc = make_document(text, doc_id="t.txt", language="en")
    doc = doc.with_(mentions=(Mention(*_at(text, "Operation Serengeti"), "Operation Serengeti", "serengeti", "Operation"),))
    doc = dates.annotate(doc)
    assert [(d.value, d.end_value, d.about) for d in doc.dates] == [("2024-08", "2024-10", "serengeti")]
    # two dates, or two operations, in the sentence: whose date is it? none is given
    two = "Operation Serengeti, led by Interpol in 2024, followed a report published in 2023."
    doc = make_document(two, doc_id="t.txt", language="en")
    doc = dates.annotate(doc.with_(mentions=(Mention(0, 19, "Operation Serengeti", "serengeti", "Operation"),)))
    assert [d.about for d in doc.dates] == [None, None]
    ops = "Operations Serengeti and HAECHI ran in 2024."
    doc = make_document(ops, doc_id="t.txt", language="en")
    doc = dates.annotate(doc.with_(mentions=(Mention(*_at(ops, "Serengeti"), "Serengeti", "serengeti", "Operation"),
                                             Mention(*_at(ops, "HAECHI"), "HAECHI", "haechi", "Operation"))))
    assert [(d.value, d.about) for d in doc.dates] == [("2024", None)]


def test_a_thai_clause_date_belongs_to_the_clause_before(seeds):
    doc = next(d for d in seeds.documents if d.id == "004_45687105508210f7.txt")
    february = next(d for d in doc.dates if d.text == "กุมภาพันธ์ 2025")
    assert (february.value, february.about) == ("2025-02", "secure")
    assert PPP.startDate in set(seeds.graph.predicates(entity_iri("secure")))
    assert seeds.graph.value(entity_iri("secure"), PPP.startDate) == Literal("2025-02", datatype=XSD.gYearMonth)


# ---------------------------------------------------------------- figures are not confused


def test_dates_and_figures_do_not_confuse_each_other():
    text = "Pe 13.11.2025, în perioada 2024-2025, poliţia a făcut 1.209 arestări, 20,4 procent din total, în 2023."
    doc = make_document(text, doc_id="t.txt", language="ro")
    before = figures.annotate(doc)
    after = dates.annotate(before)
    assert [(f.kind, f.value, f.text) for f in before.figures] == [
        ("arrests", Decimal(1209), "1.209"), ("percentage", Decimal("20.4"), "20,4 procent"),
    ]
    assert [(f.kind, f.value, f.text, f.start, f.end) for f in after.figures] == [
        (f.kind, f.value, f.text, f.start, f.end) for f in before.figures
    ]
    assert [f.date for f in after.figures] == ["2024", "2023"]  # the nearest date of the sentence
    assert [(d.text, d.value, d.end_value) for d in after.dates] == [
        ("13.11.2025", "2025-11-13", None), ("2024-2025", "2024", "2025"), ("2023", "2023", None),
    ]


def test_a_number_read_as_a_figure_is_no_date():
    text = "Interpol a trimis 2024 de agenţi în 2024."
    doc = make_document(text, doc_id="t.txt", language="ro")
    doc = doc.with_(figures=(Figure("participants", Decimal(2024), "t.txt", *_at(text, "2024"), "2024"),))
    assert [(d.start, d.value) for d in dates.annotate(doc).dates] == [(text.rindex("2024"), "2024")]


# ---------------------------------------------------------------- RDF


def test_date_literals_by_precision():
    assert date_literal("2025-11-13") == Literal("2025-11-13", datatype=XSD.date)
    assert date_literal("2025-02") == Literal("2025-02", datatype=XSD.gYearMonth)
    assert date_literal("2023") == Literal("2023", datatype=XSD.gYear)
    assert date_literal("--01-09") is None


def _year(value: str) -> Literal:
    return Literal(value, datatype=XSD.gYear)


def _graph(**changes) -> Graph:
    doc = dates.annotate(_hand_made()).with_(published="2025-11-13", **changes)
    entities = [Entity("binance", "Company", "Binance"), Entity("interpol", "IntergovernmentalOrganization", "INTERPOL"),
                Entity("fbi", "LawEnforcementAgency", "FBI"), Entity("ncfta", "NonProfit", "NCFTA"),
                Entity("serengeti", "Operation", "Operation Serengeti")]
    return to_graph([doc], entities)


def test_dates_in_the_graph():
    period = DateMention(0, 4, "In 2", "2024-08", "2024-10", about="serengeti", method="test")
    g = _graph(dates=(period,))
    assert g.value(document_iri("t.txt"), DCTERMS.date) == Literal("2025-11-13", datatype=XSD.date)
    dated = {(g.value(s, RDF.predicate) or g.value(s, PPP.kind), o)
             for s, o in g.subject_objects(DCTERMS.date) if s != document_iri("t.txt")}
    assert dated == {(PPP.partnersWith, _year("2023")), (PPP.launchedBy, _year("2002")), (PPP.coordinatedBy, _year("2024")),
                     (KIND.founded, _year("2002")), (KIND.arrests, _year("2024"))}
    serengeti = entity_iri("serengeti")
    assert g.value(serengeti, PPP.startDate) == Literal("2024-08", datatype=XSD.gYearMonth)
    assert g.value(serengeti, PPP.endDate) == Literal("2024-10", datatype=XSD.gYearMonth)
    result = validate(g)
    assert result.conforms, result.report


def test_an_operation_dated_in_two_documents_gets_the_earliest_start_and_latest_end():
    def doc(name, *found):
        return Document(id=name, text="x" * 10, language="en", dates=found)

    g = to_graph(
        [doc("a.txt", DateMention(0, 4, "xxxx", "2024-03", about="serengeti")),
         doc("b.txt", DateMention(0, 4, "xxxx", "2023", "2024", about="serengeti")),
         doc("c.txt", DateMention(0, 4, "xxxx", "2025", about="binance"))],   # not an operation: no dates
        [Entity("serengeti", "Operation", "Operation Serengeti"), Entity("binance", "Company", "Binance")],
    )
    assert g.value(entity_iri("serengeti"), PPP.startDate) == Literal("2023", datatype=XSD.gYear)
    assert g.value(entity_iri("serengeti"), PPP.endDate) == Literal("2024", datatype=XSD.gYear)
    assert g.value(entity_iri("binance"), PPP.startDate) is None


def test_the_shapes_check_dates():
    g = _graph()
    d = document_iri("t.txt")
    g.add((d, DCTERMS.date, Literal("2025-11-14", datatype=XSD.date)))           # two publication dates
    g.add((entity_iri("binance"), PPP.startDate, Literal("2020", datatype=XSD.gYear)))  # not an operation
    g.add((entity_iri("serengeti"), PPP.endDate, Literal("2024")))              # a plain string
    report = validate(g).report
    assert "A document has at most one dcterms:date" in report
    assert "Only a ppp:Operation has a ppp:startDate or a ppp:endDate." in report
    assert "An operation has at most one ppp:endDate: an xsd:date, xsd:gYearMonth or xsd:gYear." in report


def test_a_period_ends_after_it_starts():
    """Found by the property test: "February-February2024" is one month, not a period."""
    from graphkit.extract import dates
    from graphkit.ingest import make_document

    found = dates.match(make_document("February-February2024", doc_id="t.txt", language="en"))
    assert [(d.value, d.end_value) for d in found] == [("2024-02", None)]


# ---------------------------------------------------------------- one long line: work grows with its length

import itertools  # noqa: E402
import re  # noqa: E402

from graphkit.extract import discovery, figures, gazetteer, relations  # noqa: E402

from .work import Counted, growth  # noqa: E402

#: About 4 for a stage linear in the text's length, about 16 for one that reads the line for each date.
LINEAR = 5.5


def _line(lang: str):
    def make(text: str):
        doc = make_document(text, doc_id="line.txt", language=lang)
        assert len(doc.sentences) == 1
        return doc
    return make


def test_the_publication_date_of_an_article_on_one_line_is_found_in_linear_work():
    # the text before each date of the line was folded, to see whether a label alone stood before it
    unit = "On 9 January 2025 the police met the bank, "
    doc = _line("en")("Published: 3 March 2025 " + unit * 3)
    assert dates.publication(doc, dates.match(doc)).value == "2025-03-03"
    assert growth(_line("en"), dates.match, unit, 25, dates) < LINEAR


def test_dates_of_a_text_without_spaces_are_found_in_linear_work():
    # the stretch around each year and month was widened to white space, through all of a text that has none
    unit = "2025年1月9日警方逮捕了嫌疑人，"
    assert [d.value for d in dates.match(_line("zh")(unit * 2))] == ["2025", "2025"]
    assert growth(_line("zh"), dates.match, unit, 25, dates) < LINEAR


def test_days_without_a_year_in_one_long_sentence_are_read_in_linear_work():
    # each looked for a year back through every date of the sentence before it
    unit = "the police met on 9 January and on 10 March, "
    assert [d.value for d in dates.match(_line("en")(unit))] == ["--01-09", "--03-10"]

    def make(text):
        doc = _line("en")(text)
        return doc, [d for lo, hi in dates._windows(doc.text, dates.grammar("en"))
                     for d in dates._read(doc.text, lo, hi, language("en"), dates.grammar("en"), [])]

    assert growth(make, lambda found: dates._resolve_years(*found, None), unit, 25, dates) < LINEAR


def test_the_dates_of_the_relations_and_figures_of_one_long_sentence_are_found_in_linear_work():
    # each relation and figure compared every date of its sentence with every name of its entities there
    unit = "Europol partnered with Microsoft on 9 January 2025 and the police arrested # suspects on 10 March 2024, and "

    def make(text):
        n = itertools.count(101)
        doc = make_document(Counted(re.sub("#", lambda _: str(next(n)), text)), doc_id="line.txt", language="en")
        for stage in (gazetteer.annotate, discovery.annotate, figures.annotate, relations.annotate):
            doc = stage(doc)
        assert len(doc.sentences) == 1 and doc.relations and doc.figures
        return doc, dates.match(doc)

    doc = dates.set_annotations(*make(unit * 2))
    assert {r.evidence.date for r in doc.relations if r.predicate == "partnersWith"} == {"2025-01-09"}
    assert [f.date for f in doc.figures] == ["2024-03-10", "2024-03-10"]
    assert growth(make, lambda found: dates.set_annotations(*found), unit, 25, dates) < LINEAR

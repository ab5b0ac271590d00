"""graphkit.extract.frames: what an article says of an operation across its sentences."""

from __future__ import annotations

import pytest

from graphkit.ingest import make_document
from graphkit.pipeline import extract


def triples(text: str, lang: str = "en", method: str = "") -> set[tuple[str, str, str]]:
    doc = extract(make_document(text, doc_id="t.txt", language=lang))
    for r in doc.relations:
        assert doc.text[r.evidence.start:r.evidence.end] == r.evidence.text
    return {(r.subject, r.predicate, r.object) for r in doc.relations if r.evidence.method.startswith(method)}


def test_listed_countries_of_a_sentence_that_does_not_name_the_operation():
    text = ("INTERPOL coordinated Operation Serengeti. "
            "Officers made 37 arrests in Nigeria, Kenya and Angola last month.")
    assert {("serengeti", "targets", k) for k in ("nigeria", "kenya", "angola")} <= triples(text)


def test_a_place_that_qualifies_an_organization_is_not_a_target():
    text = "Operation Serengeti ran in Nigeria and Kenya, with Spain's Policía Nacional."
    found = triples(text)
    assert ("serengeti", "targets", "nigeria") in found
    assert ("serengeti", "targets", "spain") not in found


def test_a_later_paragraph_that_names_no_operation_is_about_something_else():
    # in an article about several operations; in one about a single operation, every sentence is about it
    text = ("Operation Serengeti and Operation Jackal were coordinated by INTERPOL.\n\n"
            "Separately, the alliance trained officers from Ghana, Kenya and Angola.")
    assert not {t for t in triples(text) if t[1] == "targets"}
    single = "Operation Serengeti was coordinated by INTERPOL.\n\nOfficers from Ghana, Kenya and Angola took part."
    assert ("serengeti", "targets", "ghana") in triples(single)


def test_a_single_place_of_an_article_about_several_operations_needs_a_list_or_a_count():
    text = "Operation Serengeti and Operation Jackal were announced.\nThe police made arrests in Nigeria."
    assert not {t for t in triples(text) if t[1] == "targets"}
    counted = "Operation Serengeti and Operation Jackal were announced. They covered 3 countries, among them Nigeria."
    assert {t for t in triples(counted) if t[1] == "targets" and t[2] == "nigeria"}


def test_support_said_of_an_operation_is_participation():
    found = triples("Group-IB supported Operation Serengeti.")
    assert ("group-ib", "participatedIn", "serengeti") in found


def test_listed_supporters_took_part_and_the_coordinator_did_more():
    text = ("Operation Serengeti was coordinated by INTERPOL. "
            "It was carried out with the support of Group-IB, Kaspersky and Trend Micro, as well as INTERPOL.")
    found = triples(text)
    assert {("group-ib", "participatedIn", "serengeti"), ("kaspersky", "participatedIn", "serengeti"),
            ("trend-micro", "participatedIn", "serengeti")} <= found
    assert ("interpol", "participatedIn", "serengeti") not in found


def test_a_list_without_a_participation_cue_is_no_participation():
    text = "Operation Serengeti was announced. Group-IB, Kaspersky and Trend Micro published reports."
    assert not {t for t in triples(text) if t[1] == "participatedIn"}


def test_a_list_of_partners_of_the_operation_took_part():
    text = ("Operation Serengeti was coordinated by INTERPOL. "
            "Investigators drew on intelligence from private-sector partners, among them Group-IB, Kaspersky "
            "and Trend Micro.")
    found = triples(text)
    assert {("group-ib", "participatedIn", "serengeti"), ("kaspersky", "participatedIn", "serengeti"),
            ("trend-micro", "participatedIn", "serengeti")} <= found
    french = ("L'opération Serengeti a été coordonnée par INTERPOL. Les enquêteurs se sont appuyés sur "
              "plusieurs partenaires du secteur privé, parmi lesquels Group-IB, Kaspersky et Trend Micro.")
    assert ("kaspersky", "participatedIn", "serengeti") in triples(french, "fr")


def test_lines_are_paragraphs_and_an_article_about_several_operations_moves_on():
    text = ("Operation Serengeti and Operation Jackal were coordinated by INTERPOL.\n"
            "Technical help came from Group-IB, Kaspersky and Trend Micro, with the support of the alliance.")
    assert not triples(text, method="relations:frame")


def test_a_sentence_that_says_the_operation_is_about_the_last_one_named():
    # in an article about several operations, a later paragraph that speaks of "the operation" is still about one
    text = ("Operation Serengeti and Operation Jackal were coordinated by INTERPOL.\n"
            "During the operation, technical help came from Group-IB, Kaspersky and Trend Micro, with the support "
            "of the alliance.")
    found = triples(text, method="relations:frame")
    assert {("group-ib", "participatedIn", "jackal"), ("kaspersky", "participatedIn", "jackal"),
            ("trend-micro", "participatedIn", "jackal")} <= found
    persian = ("عملیات «سرنگتی» و عملیات «جکال» را اینترپل هماهنگ کرد.\n"
               "در طول عملیات، شرکت‌های گروه‌آی‌بی (Group-IB)، کسپرسکی و ترند مایکرو پشتیبانی کردند.")
    assert ("kaspersky", "participatedIn") in {t[:2] for t in triples(persian, "fa", method="relations:frame")}


def test_an_operation_named_in_passing_leaves_the_article_about_the_main_one():
    # "it follows Operation Jackal": the article is still about Serengeti, named three times, and its later
    # paragraphs go on about it
    text = ("Operation Serengeti was coordinated by INTERPOL.\n"
            "Serengeti followed Operation Jackal, and Serengeti ran for two months.\n"
            "Most servers taken down were in Kenya, Ghana and Angola.")
    assert {("serengeti", "targets", k) for k in ("kenya", "ghana", "angola")} <= triples(text)
    # two operations named as often as each other: a later paragraph may be about something else
    several = ("Operation Serengeti and Operation Jackal were coordinated by INTERPOL.\n"
               "Serengeti and Jackal ran for two months.\n"
               "Separately, the alliance trained officers from Ghana, Kenya and Angola.")
    assert not {t for t in triples(several) if t[1] == "targets"}


def test_a_country_alone_in_an_article_about_one_operation():
    text = ("Operation Serengeti was coordinated by INTERPOL.\n"
            "In Nigeria, investigators arrested 12 suspects.\n"
            "Group-IB, headquartered in Singapore, shared data.")
    found = triples(text)
    assert ("serengeti", "targets", "nigeria") in found
    assert ("serengeti", "targets", "singapore") not in found  # where an organization is


def test_the_european_union_is_a_place_no_operation_covers():
    # the Union is a place, as articles mean it, not a body; the money left it, the operation did not cover it
    text = ("Operation Triangle was coordinated by Europol.\n"
            "The profits were moved out of the European Union, and 12 suspects were arrested in Spain.")
    doc = extract(make_document(text, doc_id="t.txt", language="en"))
    assert {m.type for m in doc.mentions if m.key == "european-union"} == {"Region"}
    found = triples(text)
    assert ("operation-triangle", "targets", "spain") in found
    assert not {t for t in found if "european-union" in t}


def test_editions_of_one_operation_are_one_frame():
    text = ("Africa Cyber Surge II followed the first Africa Cyber Surge.\n"
            "Officers in Kenya, Ghana and Nigeria made arrests.")
    doc_triples = triples(text)
    assert {t for t in doc_triples if t[1] == "targets"}


def test_listed_states_are_targets_and_a_state_alone_is_not():
    text = ("Operation Chakra was coordinated by the CBI.\n\n"
            "Officers raided premises in Bihar, Haryana, Kerala and Karnataka.")
    found = triples(text)
    assert {("chakra", "targets", k) for k in ("bihar", "haryana", "kerala", "karnataka")} <= found
    alone = "Operation Chakra was coordinated by the CBI.\n\nOfficers raided premises in Kerala."
    assert ("chakra", "targets", "kerala") not in triples(alone)


def test_the_places_of_a_dateline_are_where_the_news_was_written():
    text = ("LYON, France, 26 September 2025 – Operation Serengeti was coordinated by INTERPOL.\n"
            "Officers in Kenya, Ghana and Nigeria made arrests.")
    found = {t for t in triples(text) if t[1] == "targets"}
    assert ("serengeti", "targets", "kenya") in found
    assert not {t for t in found if t[2] in ("france", "lyon")}


def test_a_dateline_with_an_abbreviated_date_or_on_a_line_of_its_own():
    # "2021 m. sausio 28 d." (Lithuanian: "year … day") ends no sentence; a dateline may be a line by itself
    inside = frames._datelines("HAGA / VILNIUS, 2021 m. sausio 28 d. – Šią savaitę policija sustabdė Emotet.\n")
    assert inside(0) and inside(8) and not inside(45)
    text = "ليون (فرنسا) – ٢٦ سبتمبر/أيلول ٢٠٢٥\nنفذت الشرطة عملية في كينيا وغانا."
    inside = frames._datelines(text)
    assert inside(0) and inside(6) and not inside(text.index("نفذت"))
    # a sentence that ends before the dash is no dateline
    assert not frames._datelines("Police arrested 12. Then – later – more.")(0)


# ---------------------------------------------------------------- long articles: work grows with their length

from graphkit.extract import discovery, figures, frames, gazetteer, relations  # noqa: E402

from .work import growth  # noqa: E402

#: About 4 for a stage linear in the text's length, about 16 for a quadratic one.
LINEAR = 5.5


def _annotated(text: str):
    doc = make_document(text, doc_id="t.txt", language="en")
    for stage in (gazetteer.annotate, discovery.annotate, figures.annotate):
        doc = stage(doc)
    return doc, relations.match(doc)


def test_the_relations_of_one_long_sentence_share_its_text():
    # each relation held a copy of its sentence: memory in the square of the sentence's length
    unit = "Operation Serengeti ran in Nigeria, Kenya and Angola with Microsoft, Fortinet and PayPal, and "
    doc = extract(make_document(unit * 20, doc_id="t.txt", language="en"))
    assert len(doc.sentences) == 1 and len(doc.relations) >= 2
    assert len({id(r.evidence.text) for r in doc.relations}) == 1
    # and the frames read in linear work: the sentence is sliced once, not once for each place and organization
    run = lambda found: (frames.targets(found[0], found[1]), frames.participants(found[0]))  # noqa: E731
    assert growth(_annotated, run, unit, 20, frames) < LINEAR


def test_the_operation_of_each_of_many_sentences_is_found_in_linear_work():
    # the operation a sentence names was looked for among all the article's operations, for each sentence
    unit = "Operation Serengeti ran in Nigeria and Kenya. "
    assert len(_annotated(unit * 2)[0].sentences) == 2
    assert growth(_annotated, lambda found: frames.targets(*found), unit, 25, frames) < LINEAR


def test_the_country_of_a_currency_is_no_target():
    # "US$" is a currency's sign, "долларов США" a currency's name: the operation did not cover the United States
    for text, lang in (("La operación Kaerb fue coordinada por Europol. El negocio le dejaba más de US$250.000 por año.",
                        "es"),
                       ("Операция GoldDust прошла в России. У них изъяли 600 тыс. долларов США.", "ru")):
        assert not [t for t in triples(text, lang) if t[1] == "targets" and t[2] == "united-states"], lang


def test_the_country_of_a_currency_s_name_is_no_target_where_no_amount_was_read():
    # "333 000 USA dollari väärtuses varasid": the currency's name holds the country, whatever figure is read
    text = ("Politsei- ja Piirivalveamet osales rahvusvahelises operatsioonis SIMCARTEL, mille käigus suleti "
            "SIM-kaarditalu.\nKahtlustatavate pangakontodel külmutati 431 000 eurot ning krüptorahakottides "
            "333 000 USA dollari väärtuses varasid (umbes 285 000 eurot).")
    assert not [t for t in triples(text, "et") if t[1] == "targets" and t[2] == "united-states"]


def test_a_company_that_took_part_supports_the_body_that_coordinated_the_operation():
    text = ("Operation Contender 3.0, coordinated by INTERPOL, ran from 28 July to 11 August. Investigators from "
            "fourteen countries took part, with technical support from two private-sector partners, Group-IB and "
            "Trend Micro, and from Europol.")
    found = triples(text)
    assert {("group-ib", "participatedIn", "contender-3"), ("trend-micro", "participatedIn", "contender-3")} <= found
    supports = {t for t in triples(text, method="relations:support:coordinator")}
    assert supports == {("group-ib", "supports", "interpol"), ("trend-micro", "supports", "interpol")}
    # a public body that took part is a participant, not a supporter of the coordinator
    assert ("europol", "supports", "interpol") not in found
    # no coordinator named: no one to support
    assert not triples("Group-IB and Trend Micro took part in Operation Contender 3.0.", method="relations:support:coordinator")


def test_the_forces_that_made_the_arrests_of_an_operation_took_part_in_it():
    text = ("Operation Kaerb dismantled the iServer phishing platform. In Spain, the Guardia Civil and the "
            "Mossos d'Esquadra arrested three people in Manresa.")
    found = triples(text, method="relations:frame:arrests")
    assert found == {("guardia-civil", "participatedIn", "operation-kaerb"),
                     ("mossos", "participatedIn", "operation-kaerb")}
    # a force named where no arrest is counted, or in an article about no operation
    assert not triples("Operation Kaerb dismantled the iServer platform. The Guardia Civil welcomed the results.",
                       method="relations:frame:arrests")
    assert not triples("The Guardia Civil arrested three people in Manresa.", method="relations:frame:arrests")
    # what it seized counts as well
    assert triples("Operation Kaerb dismantled the iServer platform. The Guardia Civil seized €20,000 in cash.",
                   method="relations:frame:arrests") == {("guardia-civil", "participatedIn", "operation-kaerb")}


def test_companies_listed_as_partners_of_an_international_body_support_it():
    text = ("The success came from an exchange of intelligence between INTERPOL, law enforcement in Indonesia "
            "and private partners Group-IB, Trend Micro and Kaspersky.")
    assert triples(text, method="relations:support:partners") == {
        ("group-ib", "supports", "interpol"), ("trend-micro", "supports", "interpol"),
        ("kaspersky", "supports", "interpol")}
    # a national body's partners are read from cues, not from the word "partners" alone
    assert not triples("The FBI shared intelligence with private partners Group-IB and Kaspersky.",
                       method="relations:support:partners")


def test_the_partners_of_a_unit_of_an_international_body_support_the_body_too():
    # the IGCI is INTERPOL's: the companies that worked there with investigators are INTERPOL's partners
    text = "In 2017 investigators met at INTERPOL's IGCI with private partners Fortinet and Kaspersky."
    assert triples(text, method="relations:support:partners") == {
        (c, "supports", body) for c in ("fortinet", "kaspersky") for body in ("interpol-igci", "interpol")}


def test_an_operation_named_in_passing_in_an_earlier_paragraph_is_not_the_one_a_later_one_speaks_of():
    # "the second such operation, after Goldfish Alpha", then "in 2017 an operation took place, in which …":
    # an operation named less often than the article's main one, in an earlier paragraph, is not that one
    text = ("Night Fury was coordinated by INTERPOL. Operation Night Fury led to three arrests.\n"
            "It is the second such operation, after Operation Goldfish Alpha, which found 20,000 routers.\n"
            "In April 2017 an operation took place at the IGCI, in which investigators worked with private "
            "partners Fortinet, Kaspersky and Palo Alto Networks.")
    assert not {t for t in triples(text) if t[1] == "participatedIn"}


def test_companies_listed_beside_an_international_body_are_no_partners_that_support_it():
    # "launched by Europol, the Dutch police and the companies Kaspersky and McAfee": the word for companies stands
    # in the list that holds Europol; they launched it with Europol
    text = "No More Ransom a fost lansată în 2016 de Europol, FBI și companiile Kaspersky și McAfee."
    assert not triples(text, "ro", method="relations:support:partners")
    # after a list of its own, they are
    text = "Europol a lucrat cu poliția din 20 de țări și cu companiile Kaspersky și McAfee."
    assert triples(text, "ro", method="relations:support:partners") == {
        ("kaspersky", "supports", "europol"), ("mcafee", "supports", "europol")}


def test_companies_together_with_an_international_body_are_no_partners_that_support_it():
    # "together with the companies": they did what INTERPOL did, with it
    text = "The platform was launched by INTERPOL, together with the companies Group-IB and Kaspersky."
    assert not triples(text, method="relations:support:partners")
    assert not triples("Platforma a fost lansată de INTERPOL, împreună cu companiile Group-IB și Kaspersky.", "ro",
                       method="relations:support:partners")


def test_the_list_a_participation_cue_speaks_of_is_the_one_beside_it():
    # the companies that froze accounts are the sentence's subject; those "with the support of" took part
    text = ("Operation Serengeti was coordinated by INTERPOL. Binance and Coinbase froze the accounts after the "
            "operation, carried out with the support of Group-IB and Kaspersky.")
    found = triples(text, method="relations:frame:participants")
    assert {("group-ib", "participatedIn", "serengeti"), ("kaspersky", "participatedIn", "serengeti")} <= found
    assert not {t for t in found if t[0] in ("binance", "coinbase")}
    # the list before a cue that follows it ("… also took part")
    before = "Operation Serengeti was coordinated by INTERPOL. Group-IB and Kaspersky also took part."
    assert {("group-ib", "participatedIn", "serengeti"), ("kaspersky", "participatedIn", "serengeti")} <= triples(
        before)


def test_a_list_of_places_where_an_organization_is_is_no_target():
    # the seats or offices of a company that took part say where it is, not where the operation went
    text = ("Operation Serengeti was coordinated by INTERPOL.\n"
            "Group-IB, headquartered in Singapore, the Netherlands and the United Arab Emirates, shared data.")
    assert not {t for t in triples(text) if t[1] == "targets"}
    assert ("serengeti", "targets", "kenya") in triples(text + "\nOfficers in Kenya, Ghana and Nigeria made arrests.")


def test_a_company_named_among_those_that_led_an_operation_took_part_in_it():
    # companies do not coordinate operations: one named with the bodies that led it took part and supported them
    text = "Operation Falcon, led by INTERPOL and Group-IB, ended with three arrests in Lagos."
    found = triples(text)
    assert ("falcon", "coordinatedBy", "interpol") in found
    assert ("group-ib", "participatedIn", "falcon") in found
    assert ("falcon", "coordinatedBy", "group-ib") not in found
    assert ("group-ib", "supports", "interpol") in found


def test_the_parties_of_a_partnership_stated_in_a_sentence_about_an_operation_took_part_in_it():
    text = ("Baptisée « Lyrebird », l'opération a mobilisé la Direction de la cybercriminalité d'Interpol, qui a "
            "travaillé en étroite collaboration avec Group-IB.")
    found = triples(text, "fr", method="relations:frame:partners")
    assert found == {("group-ib", "participatedIn", "lyrebird"),
                     ("interpol-cybercrime-directorate", "participatedIn", "lyrebird")}
    # a partnership stated where no operation is spoken of
    assert not triples("Interpol travaille en étroite collaboration avec Group-IB.", "fr",
                       method="relations:frame:partners")


def test_a_country_alone_before_the_operation_is_named_is_a_weak_target():
    # the lead of an article names a country before the operation: the country that asked, or where a body is
    text = ("Group-IB helped the police in Morocco.\n"
            "Operation Lyrebird was coordinated by INTERPOL.\nOperation Lyrebird ran for two years.")
    doc = extract(make_document(text, doc_id="t.txt", language="en"))
    (alone,) = [r for r in doc.relations if r.predicate == "targets" and r.object == "morocco"]
    assert alone.evidence.confidence == frames.ALONE_BEFORE_NAMED < frames.MAIN
    listed = ("Raids took place in Morocco, Kenya and Ghana.\n"
              "Operation Lyrebird was coordinated by INTERPOL.\nOperation Lyrebird ran for two years.")
    doc = extract(make_document(listed, doc_id="t.txt", language="en"))
    assert {r.evidence.confidence for r in doc.relations if r.predicate == "targets"} == {frames.MAIN}


def test_an_operation_named_once_past_the_lead_is_named_in_passing():
    # an article about an investigation that says, far down, "on the day of the operation": the countries of its
    # other paragraphs are not that operation's targets
    text = ("Cyber police expose a cryptojacker\n"
            "Kyiv, 12 January 2024\n"
            "The cyber police, with the support of Europol, exposed a man from Mykolaiv.\n"
            "Police forces of Norway, France and Germany shared data.\n"
            "On the day of Operation Cloud, Europol deployed a mobile office.\n")
    assert not {t for t in triples(text) if t[1] == "targets"}
    # named in the lead, the article is about it
    lead = text.replace("Cyber police expose a cryptojacker", "Operation Cloud: cyber police expose a cryptojacker")
    assert ("operation-cloud", "targets", "france") in triples(lead)


def test_a_body_that_worked_with_the_operation_took_part_in_it():
    # "Binance also collaborated with the operation": the operation the sentence speaks of, by the language's word
    text = ("A Polícia Federal deflagrou a Operação Ponte Falsa contra fraudes bancárias.\n\n"
            "A corretora de criptoativos Binance também colaborou com a operação, rastreando carteiras.")
    found = triples(text, "pt", method="relations:frame:operation-word")
    assert found == {("binance", "participatedIn", "operation-ponte-falsa")}
    # a collaboration with a body, not with the operation
    other = text.replace("colaborou com a operação", "colaborou com a Febraban")
    assert not triples(other, "pt", method="relations:frame:operation-word")


def test_the_cues_of_one_long_sentence_find_their_lists_in_linear_work():
    # each cue looked at every list of its sentence: work in the square of a long sentence's length
    unit = ("Group-IB and Kaspersky supported the operation, with the support of Trend Micro and Fortinet, "
            "Microsoft and PayPal collaborated with the operation, and ")
    doc, _ = _annotated("Operation Serengeti ran. " + unit)
    assert {r.subject for r in frames.worked_with_the_operation(doc)} >= {"microsoft", "paypal"}
    run = lambda found: (frames.participants(found[0]), frames.worked_with_the_operation(found[0]))  # noqa: E731
    assert growth(_annotated, run, unit, 10, frames) < LINEAR


@pytest.mark.parametrize("text, lang", [
    ("Operatie Endgame werd gecoördineerd door Europol. Aan de operatie namen Bitdefender en Proofpoint deel, "
     "samen met de FBI.", "nl"),
    ("Operation Endgame was coordinated by Europol. Bitdefender and Proofpoint took part, together with the FBI.",
     "en"),
    ("Operațiunea Endgame a fost coordonată de Europol. Bitdefender și Proofpoint au participat, împreună cu FBI.",
     "ro"),
])
def test_together_with_after_a_comma_adds_to_the_list_before_it(text, lang):
    # "A and B took part, together with C": C took part as well; no partnership of C with A or B is said
    found = triples(text, lang)
    assert ("fbi", "participatedIn", "endgame") in found
    assert not {t for t in found if t[1] == "partnersWith"}


@pytest.mark.parametrize("text, lang", [
    ("INTERPOL coordinated Operation Sentinel in Ghana and Kenya.\n\nSingapore-based Group-IB provided data.", "en"),
    ("INTERPOL coordinó la Operación Sentinel en Ghana y Kenia.\n\nGroup-IB, de Singapur, aportó datos.", "es"),
])
def test_where_a_company_is_based_is_no_target(text, lang):
    # the sentence says where the company sits (the registry knows its seat): not where the operation went
    found = triples(text, lang)
    assert ("group-ib", "locatedIn", "singapore") in found
    assert not {t for t in found if t[1] == "targets" and t[2] == "singapore"}


def test_organizations_listed_after_the_word_for_members_are_members_of_the_alliance():
    # named before the word in the sentence
    text = "The Cybercrime Atlas brings together sixty members, among them Microsoft, Fortinet and PayPal."
    assert triples(text, method="relations:frame:members") == {
        (c, "memberOf", "cybercrime-atlas") for c in ("microsoft", "fortinet", "paypal")}
    # not named in the sentence: the alliance the article is about
    lead = "No More Ransom helps victims of ransomware. No More Ransom was launched by Europol.\n"
    text = lead + "Among the partners that joined over the years are the companies Emsisoft, Avast and ESET."
    assert triples(text, method="relations:frame:members") == {
        (c, "memberOf", "no-more-ransom") for c in ("emsisoft", "avast", "eset")}
    # an alliance in the list worked with the others; the partners of an operation took part in it
    assert not triples(lead + "Under this partnership, the Cybercrime Atlas, with INTERPOL and Europol, trained "
                              "officers.", method="relations:frame:members")
    assert not triples(lead + "The operation was supported by private partners Microsoft, Fortinet and PayPal.",
                       method="relations:frame:members")
    # nor in a paragraph that speaks of an operation, whose partners they were
    assert not triples(lead + "The operation was led by the NCA. Decisive was the help of private partners: "
                              "Microsoft, Fortinet and PayPal.", method="relations:frame:members")

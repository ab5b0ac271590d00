"""The language files of graphkit/data/lang: complete, consistent, and each able to read a figure, a date,
an operation and a person."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from graphkit.extract import dates, discovery, figures, gazetteer
from graphkit.extract.figures import kinds
from graphkit.ingest import make_document
from graphkit import lang as lang_module
from graphkit.lang import LANG_DIR, available, language
from graphkit.ontology import load as load_ontology
from graphkit.text import fold
from graphkit.vocab import RELATIONS

CODES = available()

#: Smoke sentences of the languages added as data: ``tests/data/lang-smoke/<code>.toml``, one file per language
#: (see the README there). The tables below hold those of the first 21 languages, whose files hold relations only.
SMOKE_DIR = Path(__file__).parent / "data" / "lang-smoke"


def smoke_files() -> dict[str, dict]:
    out = {}
    for path in sorted(SMOKE_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            out[path.stem] = tomllib.load(fh)
    return out


SMOKE_FILES = smoke_files()


def own(code: str) -> dict:
    """The language's own file, before the universal resources are merged under it."""
    with (LANG_DIR / f"{code}.toml").open("rb") as fh:
        return tomllib.load(fh)


def cues(code: str) -> list[tuple[str, str, str]]:
    """``(table, key, cue)`` for every figure and relation cue of the language's own file."""
    data = own(code)
    out = [("figures", kind, c) for kind, cs in data.get("figures", {}).items() for c in cs]
    out += [("relations", pred, c) for pred, cs in data.get("relations", {}).items() for c in cs]
    return out


# ---------------------------------------------------------------- structure, for every language file


@pytest.mark.parametrize("code", CODES)
def test_language_file_loads_under_its_own_code(code):
    data = own(code)
    assert data["language"]["code"] == code
    assert data["language"]["name"]
    res = language(code)
    assert res.code == code
    assert res.name == data["language"]["name"]
    assert isinstance(data["language"].get("verb_final", False), bool)


@pytest.mark.parametrize("code", CODES)
def test_figure_kinds_are_known_and_all_have_cues(code):
    assert set(own(code).get("figures", {})) <= set(kinds())
    merged = language(code).figure_cues
    # every kind that makes figures has a cue (percentage may rely on "%"); a kind of cue words giving another
    # kind's figures (transactions called suspicious give leads) need not be in every language
    assert [k for k, info in kinds().items() if not merged.get(k) and not info.silent and not info.gives] == []


@pytest.mark.parametrize("code", CODES)
def test_relation_predicates_are_known_and_cue_based(code):
    predicates = set(own(code).get("relations", {}))
    assert predicates <= set(RELATIONS)
    assert "worksFor" not in predicates  # read from role titles, not from cues


@pytest.mark.parametrize("code", CODES)
def test_cues_are_at_least_two_characters(code):
    # a single letter, or a single Han character matched without word boundaries, is found almost anywhere;
    # the cues of a kind read only right after the number ("20次") are not searched for elsewhere
    adjacent = {k for k, info in kinds().items() if info.adjacent}
    short = [(t, k, c) for t, k, c in cues(code) if len(fold(c.lstrip("<").strip())) < 2
             and not (t == "figures" and k in adjacent)]
    assert short == []


@pytest.mark.parametrize("code", CODES)
def test_a_relation_phrase_has_one_predicate(code):
    # overlapping cue hits are dropped: a phrase listed for two predicates only ever yields the first
    predicates: dict[str, set[str]] = {}
    for table, predicate, c in cues(code):
        if table == "relations":
            predicates.setdefault(fold(c.lstrip("<").strip()), set()).add(predicate)
    assert {p: ps for p, ps in predicates.items() if len(ps) > 1} == {}


@pytest.mark.parametrize("code", CODES)
def test_numbers(code):
    res = language(code)
    assert all(v >= 10 for v in res.scales.values()), res.scales
    assert all(v > 0 for v in res.number_words.values()), res.number_words
    assert res.decimal not in res.group  # a mark is either decimal or grouping
    assert len(res.months) >= 12


@pytest.mark.parametrize("code", CODES)
def test_currency_codes(code):
    for word, iso in own(code).get("currency", {}).items():
        assert re.fullmatch(r"[A-Z]{3,4}", iso), (word, iso)


def test_money_units_without_an_iso_code_are_so_many_of_one_with():
    """``[currency_units]``: each a unit a language's [currency] may give, as so many of a currency some language gives."""
    units = lang_module.currency_units()
    isos = {iso for code in CODES for iso in own(code).get("currency", {}).values()} - set(units)
    assert units["IRT"] == ("IRR", Decimal(10))
    for unit, (iso, factor) in units.items():
        assert re.fullmatch(r"[A-Z]{3,4}", unit) and re.fullmatch(r"[A-Z]{3}", iso) and iso in isos, (unit, iso)
        assert factor > 0, unit


@pytest.mark.parametrize("code", CODES)
def test_roles_are_listed(code):
    assert own(code).get("roles", {}).get("words")


def test_verb_final_languages():
    assert {c for c in CODES if language(c).verb_final} >= {"hi", "tr", "ja", "ko"}
    assert not {c for c in CODES if language(c).verb_final} & {"en", "de", "nl", "zh", "ru", "ar"}


# ---------------------------------------------------------------- smoke check: one sentence per language


def found(text: str, code: str) -> list[tuple[str, Decimal, str | None]]:
    doc = make_document(text, doc_id="t.txt", language=code)
    doc = figures.annotate(gazetteer.annotate(doc))
    for f in doc.figures:
        assert doc.text[f.start:f.end] == f.text
    return [(f.kind, f.value, f.unit) for f in doc.figures]


ARRESTS_AND_RECOVERED = [("arrests", Decimal(1209), None), ("amount_recovered", Decimal(97000000), "USD")]

# "Police arrested 1,209 suspects and recovered 97 million dollars", as news in each language writes it
SMOKE = {
    "en": "Police arrested 1,209 suspects and recovered 97 million dollars.",
    "fr": "La police a interpellé 1 209 suspects et récupéré 97 millions de dollars.",
    "ro": "Poliţia a arestat 1.209 suspecţi şi a recuperat 97 milioane de dolari.",
    "sv": "Totalt greps 1 209 misstänkta och 97 miljoner dollar återfördes till offren.",
    "hi": "पुलिस ने 1,209 संदिग्धों को गिरफ्तार किया और 97 मिलियन डॉलर बरामद किए।",
    "th": "ตำรวจจับกุมผู้ต้องสงสัย 1,209 คน และกู้คืนเงิน 97 ล้านดอลลาร์",
    "de": "Bei der Operation wurden 1.209 Verdächtige festgenommen und 97 Millionen US-Dollar zurückgewonnen.",
    "es": "La policía detuvo a 1.209 sospechosos y recuperó 97 millones de dólares.",
    "pt": "A polícia prendeu 1.209 suspeitos e recuperou 97 milhões de dólares.",
    "it": "La polizia ha arrestato 1.209 sospettati e recuperato 97 milioni di dollari.",
    "nl": "De politie heeft 1.209 verdachten aangehouden en 97 miljoen dollar teruggehaald.",
    "pl": "Policja zatrzymała 1209 podejrzanych i odzyskała 97 mln dolarów.",
    "id": "Polisi menangkap 1.209 tersangka dan memulihkan 97 juta dolar AS.",
    "vi": "Cảnh sát đã bắt giữ 1.209 nghi phạm và thu hồi 97 triệu USD.",
    "tr": "Operasyonda 1.209 şüpheli gözaltına alındı ve 97 milyon dolarlık varlık geri alındı.",
    "ru": "Полиция задержала 1209 подозреваемых и вернула 97 млн долларов.",
    "uk": "Поліція затримала 1209 підозрюваних і повернула 97 млн доларів.",
    "ar": "ألقت الشرطة القبض على 1209 مشتبه بهم واستردت 97 مليون دولار.",
    # the numbers stand after punctuation: see test_han_digits_inside_a_sentence for numbers inside a clause
    "zh": "其中，1209名犯罪嫌疑人被逮捕，9700万美元被追回。",
    "ja": "警察は、1209人の容疑者を逮捕し、9700万ドルを回収した。",
}

# counters, scales and particles written onto a number in Hangul ("1,209명", "9,700만")
SMOKE["ko"] = "경찰은 용의자 1,209명을 검거하고 9,700만 달러를 회수했다."
#: The languages whose figures, date and discovery sentences are in the tables of this file: their smoke file
#: holds relations only.
TABLED = frozenset(SMOKE)
SMOKE.update({code: data["figures"] for code, data in SMOKE_FILES.items() if "figures" in data})

#: Smoke sentences whose figures the code cannot read (the code, not the data): code → reason.
FIGURES_XFAIL: dict[str, str] = {}


def test_every_language_has_a_smoke_sentence():
    assert set(CODES) <= set(SMOKE)


@pytest.mark.parametrize("code", sorted(SMOKE))
def test_smoke_arrests_and_amount_recovered(code, request):
    if code in FIGURES_XFAIL:
        request.applymarker(pytest.mark.xfail(reason=FIGURES_XFAIL[code], strict=True))
    assert found(SMOKE[code], code) == ARRESTS_AND_RECOVERED


#: ``kinds`` of the smoke files: ``[text, kind, value]``, a sentence giving a figure of that kind, as the news of the
#: language words it ("7,520 fraudulent transactions" are leads shared).
KIND_SMOKE = [(code, *item) for code, data in SMOKE_FILES.items() for item in data.get("kinds", [])]


@pytest.mark.parametrize("code, text, kind, value", KIND_SMOKE)
def test_smoke_kinds(code, text, kind, value):
    assert (kind, Decimal(str(value))) in [f[:2] for f in found(text, code)]


#: ``not_kinds`` of the smoke files: ``[text, kind, kept, dropped]``, a sentence with two counts of which only
#: ``kept`` is of that kind, as the news of the language words it ("31 arrested, 70 suspects identified").
NOT_KIND_SMOKE = [(code, *item) for code, data in SMOKE_FILES.items() for item in data.get("not_kinds", [])]


@pytest.mark.parametrize("code, text, kind, kept, dropped", NOT_KIND_SMOKE)
def test_smoke_not_kinds(code, text, kind, kept, dropped):
    got = [f[:2] for f in found(text, code)]
    assert (kind, Decimal(str(kept))) in got and (kind, Decimal(str(dropped))) not in got


@pytest.mark.parametrize("code, text", [
    ("zh", "警方逮捕了1209名犯罪嫌疑人，追回9700万美元。"),
    ("ja", "警察は容疑者1209人を逮捕し、9700万ドルを回収した。"),
])
def test_han_digits_inside_a_sentence(code, text):
    # a number right after Han or kana, where words are not separated ('逮捕了1209名', '容疑者1209人')
    assert found(text, code) == ARRESTS_AND_RECOVERED


# ---------------------------------------------------------------- what each language's numbers look like


@pytest.mark.parametrize("code, text, expected", [
    # scales with abbreviations and long/short scale words
    ("de", "Der Schaden beträgt 1,2 Mrd. Euro.", [("amount_lost", Decimal("1200000000"), "EUR")]),
    ("es", "Las víctimas perdieron 40 mil millones de dólares.", [("amount_lost", Decimal("40000000000"), "USD")]),
    ("it", "Il danno stimato è di 3,5 mld di euro.", [("amount_lost", Decimal("3500000000"), "EUR")]),
    ("pl", "Zabezpieczono mienie o wartości 2,5 mln zł.", [("amount_seized", Decimal("2500000"), "PLN")]),
    ("ru", "Изъято 2,5 млн рублей.", [("amount_seized", Decimal("2500000"), "RUB")]),
    ("uk", "Вилучено 2,5 млн гривень.", [("amount_seized", Decimal("2500000"), "UAH")]),
    ("vi", "Công an đã thu giữ 97 tỷ đồng.", [("amount_seized", Decimal("97000000000"), "VND")]),
    ("tr", "97 milyon TL'lik varlığa el konuldu.", [("amount_seized", Decimal("97000000"), "TRY")]),
    ("zh", "其中，1.2亿元被冻结。", [("amount_seized", Decimal("120000000"), "CNY")]),
    # groups with a space, no-break space and narrow no-break space
    ("ru", "Были задержаны 12\u00a0000 человек.", [("arrests", Decimal("12000"), None)]),
    ("pl", "Zatrzymano 12\u202f000 osób.", [("arrests", Decimal("12000"), None)]),
    # number words
    ("de", "Die Allianz hat heute zwölf Mitglieder.", [("member_organizations", Decimal("12"), None)]),
    ("ru", "Пострадали двенадцать тысяч человек.", [("victims", Decimal("12000"), None)]),
    ("id", "Polisi menangkap dua puluh tersangka.", [("arrests", Decimal("20"), None)]),
    ("vi", "Công an đã bắt giữ hai trăm đối tượng.", [("arrests", Decimal("200"), None)]),
    ("tr", "Dün iki yüz kişi gözaltına alındı.", [("arrests", Decimal("200"), None)]),
    ("zh", "二十多个国家参与了行动。", [("countries", Decimal("20"), None)]),
    ("ja", "二十五か国が参加した。", [("countries", Decimal("25"), None)]),
    ("ko", "경찰은 용의자 세 명을 검거했다.", [("arrests", Decimal("3"), None)]),
    # percentages and founding years
    ("de", "Rund 20,4 Prozent der Nutzer sind betroffen.", [("percentage", Decimal("20.4"), "%")]),
    ("ar", "وانخفضت الخسائر بنسبة 35 في المائة.", [("percentage", Decimal("35"), "%")]),
    ("ko", "피해액은 35% 감소했다.", [("percentage", Decimal("35"), "%")]),
    ("nl", "De alliantie werd in 2019 opgericht.", [("founded", Decimal("2019"), None)]),
    # currency symbols holding letters before the number (R$, Rp), Arabic digits and separator, Turkish capital İ
    ("pt", "A PF apreendeu R$ 97 milhões.", [("amount_seized", Decimal("97000000"), "BRL")]),
    ("id", "Polisi menyita aset senilai Rp 97 miliar.", [("amount_seized", Decimal("97000000000"), "IDR")]),
    ("ar", "تم اعتقال ١٬٢٠٩ مشتبه بهم.", [("arrests", Decimal("1209"), None)]),
    ("tr", "İki yüz kişi gözaltına alındı.", [("arrests", Decimal("200"), None)]),
])
def test_language_numbers(code, text, expected):
    assert found(text, code) == expected


@pytest.mark.parametrize("code, text", [
    ("de", "Am 9. Januar nahm die Polizei 1.209 Verdächtige fest."),
    ("es", "El 9 de enero, la policía detuvo a 1.209 sospechosos."),
    ("pt", "Em 9 de janeiro, a polícia prendeu 1.209 suspeitos."),
    ("ru", "9 января полиция задержала 1209 подозреваемых."),
    ("pl", "9 stycznia policja zatrzymała 1209 podejrzanych."),
    ("tr", "9 Ocak'ta 1.209 şüpheli gözaltına alındı."),
    ("vi", "Ngày 9 tháng 1, công an đã bắt giữ 1.209 nghi phạm."),
    ("ar", "في 9 يناير، تم اعتقال 1209 مشتبه بهم."),
])
def test_a_day_of_a_month_is_no_figure(code, text):
    assert found(text, code) == [("arrests", Decimal(1209), None)]


@pytest.mark.parametrize("code, text", [
    ("tr", "Yüz yüze eğitim programı düzenlendi."),      # "yüz" is a face here, not a hundred
    ("zh", "这十分重要，培训很成功。"),                    # "十分" is "very"
    ("uk", "Сім'я потерпілого звернулася до поліції."),  # "сім'я" is a family, not seven
])
def test_words_that_only_look_like_numbers(code, text):
    assert found(text, code) == []


@pytest.mark.parametrize("code, text, expected", [
    # the percent word or sign before the number: Turkish writes "yüzde 35" and "%35", Thai "ร้อยละ 35"
    ("tr", "Kullanıcıların yüzde 35'i etkilendi.", [("percentage", Decimal("35"), "%")]),
    ("tr", "Dolandırıcılık vakaları %35 azaldı.", [("percentage", Decimal("35"), "%")]),
    ("th", "คดีหลอกลวงลดลงร้อยละ 35", [("percentage", Decimal("35"), "%")]),
])
def test_a_percent_word_or_sign_before_the_number(code, text, expected):
    assert found(text, code) == expected


# ---------------------------------------------------------------- [entities] and [dates], for every language file

#: The languages whose files were written first; every other one is checked by the smoke sentences below.
FIRST = {"en", "fr", "hi", "ro", "sv", "th"}
ENTITY_WORDS = ("operation_words", "operation_words_after", "person_cues", "role_connectors", "name_particles")


@pytest.mark.parametrize("code", CODES)
def test_entities_and_dates_tables(code):
    data = own(code)
    assert data.get("entities", {}).get("heads")
    assert data.get("entities", {}).get("person_cues")
    assert data.get("dates", {}).get("cues")
    res = language(code)
    assert res.operation_words or res.operation_words_after


@pytest.mark.parametrize("code", CODES)
def test_heads_give_an_organization_class_the_ontology_knows(code):
    coarse = load_ontology().coarse
    heads = own(code)["entities"]["heads"]
    assert {w: c for w, c in heads.items() if coarse.get(c) != "Organization"} == {}
    assert [w for w in heads if w != w.lower() or w != w.strip()] == []


@pytest.mark.parametrize("code", CODES)
def test_entity_words_are_lowercase(code):
    entities = own(code)["entities"]
    upper = {key: [w for w in entities.get(key, []) if w != w.lower()] for key in ENTITY_WORDS}
    assert {key: ws for key, ws in upper.items() if ws} == {}


@pytest.mark.parametrize("code", CODES)
def test_dates_order(code):
    table = own(code)["dates"]
    assert table["order"] in ("DMY", "MDY", "YMD")
    assert language(code).date_order == table["order"]


def test_year_first_languages():
    assert {c for c in CODES if language(c).date_order == "YMD"} == {"zh", "ja", "ko"}


# ---------------------------------------------------------------- smoke check: a year and a period per language

YEAR_AND_PERIOD = [("2019", "2019", None), ("2021", "2021", "2023")]

# "The alliance was founded in 2019; from 2021 to 2023 it grew", as news in each language writes it
DATE_SMOKE = {
    "de": ("Die Allianz wurde im Jahr 2019 gegründet; von 2021 bis 2023 wuchs sie.", "2021 bis 2023"),
    "es": ("La alianza se fundó en 2019; entre 2021 y 2023 creció.", "2021 y 2023"),
    "pt": ("A aliança foi fundada em 2019; de 2021 a 2023 cresceu.", "2021 a 2023"),
    "it": ("L'alleanza è nata nel 2019; dal 2021 al 2023 è cresciuta.", "2021 al 2023"),
    "nl": ("De alliantie werd in 2019 opgericht; van 2021 tot 2023 groeide ze.", "2021 tot 2023"),
    "pl": ("Sojusz powstał w 2019 roku; od 2021 do 2023 roku rósł.", "2021 do 2023"),
    "id": ("Aliansi dibentuk pada tahun 2019; dari 2021 hingga 2023 aliansi itu tumbuh.", "2021 hingga 2023"),
    "vi": ("Liên minh được thành lập năm 2019; từ năm 2021 đến năm 2023 liên minh đã phát triển.",
           "2021 đến năm 2023"),
    "tr": ("İttifak 2019'da kuruldu; 2021 ile 2023 yılları arasında büyüdü.", "2021 ile 2023"),
    "ru": ("Альянс был создан в 2019 году; с 2021 по 2023 год он вырос.", "2021 по 2023"),
    "uk": ("Альянс створено у 2019 році; з 2021 по 2023 рік він зріс.", "2021 по 2023"),
    "ar": ("تأسس التحالف في عام 2019، ومن 2021 إلى 2023 نما.", "2021 إلى 2023"),
    "zh": ("联盟成立于2019年，2021年至2023年规模翻倍。", "2021年至2023"),
    "ja": ("同盟は2019年に設立され、2021年から2023年まで拡大した。", "2021年から2023"),
}

DIGITS_BEFORE_HANGUL_DATES = (
    "dates._bounded keeps a number apart only from letters of other scripts or of unspaced ones; Hangul is "
    "spaced, so the year in '2019년' (and every '년', '월', '일' written onto a number) is inside a word"
)
DATE_SMOKE_XFAIL = {
    "ko": ("연합은 2019년에 설립되었고 2021년부터 2023년까지 성장했다.", "2021년부터 2023", DIGITS_BEFORE_HANGUL_DATES),
}
#: Languages of the smoke files whose date sentence the code cannot read: code → reason.
DATES_THE_CODE_CANNOT_READ = {
    "am": "dates._bounded keeps a number apart only from letters of other scripts or of unspaced ones; Ethiopic "
          "is spaced, so a year with a preposition written onto it ('በ2019' in 2019, 'ከ2021' from 2021), as "
          "Amharic writes it, is inside a word",
}
DATE_SMOKE.update({code: tuple(data["date"]) for code, data in SMOKE_FILES.items()
                   if "date" in data and code not in DATES_THE_CODE_CANNOT_READ})
DATE_SMOKE_XFAIL.update({code: (*SMOKE_FILES[code]["date"], reason) for code, reason in DATES_THE_CODE_CANNOT_READ.items()
                         if code in SMOKE_FILES})


def read_dates(text: str, code: str) -> list[tuple[str, str, str | None]]:
    doc = make_document(text, doc_id="t.txt", language=code)
    return [(d.text, d.value, d.end_value) for d in dates.match(gazetteer.annotate(doc))]


def western(text: str) -> str:
    """Digits of any script as 0-9: the year is 2019 in Khmer ("២០១៩") or Myanmar ("၂၀၁၉") digits too."""
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)


def test_every_new_language_has_a_date_sentence():
    assert set(CODES) - FIRST <= set(DATE_SMOKE) | set(DATE_SMOKE_XFAIL)


@pytest.mark.parametrize("code", sorted(DATE_SMOKE))
def test_smoke_year_after_a_cue_and_period(code):
    text, period = DATE_SMOKE[code]
    (year, value, _), (_, start, end) = YEAR_AND_PERIOD
    found = [(western(t), v, e) for t, v, e in read_dates(text, code)]
    assert found == [(year, value, None), (western(period), start, end)]


@pytest.mark.parametrize("code", sorted(DATE_SMOKE_XFAIL))
def test_smoke_dates_code_limitation(code, request):
    text, period, reason = DATE_SMOKE_XFAIL[code]
    request.applymarker(pytest.mark.xfail(reason=reason, strict=True))
    assert read_dates(text, code) == [("2019", "2019", None), (period, "2021", "2023")]


# ---------------------------------------------------------------- smoke check: an operation and a person per language


def discovered(text: str, code: str) -> list[tuple[str, str]]:
    doc = make_document(text, doc_id="t.txt", language=code)
    doc = discovery.annotate(gazetteer.annotate(doc))
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    return [(m.type, m.text) for m in doc.mentions if m.type in ("Operation", "Person")]


# "Operation Kormoran: police arrested 1,209 suspects, said Anna Schmidt, head of the cybercrime unit", as news in
# each language writes it: (text, the operation's mention, the person's). Names are in the language's own script
# where it has capitals; Arabic, Chinese, Japanese and Korean news write a Latin name as it is.
DISCOVERY_SMOKE = {
    "de": ("Bei der Operation Kormoran nahm die Polizei 1.209 Verdächtige fest, sagte Anna Schmidt, Leiterin der "
           "Abteilung für Cyberkriminalität.", "Operation Kormoran", "Anna Schmidt"),
    "es": ("En la operación Kormoran, la policía detuvo a 1.209 sospechosos, dijo Ana García, jefa de la unidad de "
           "ciberdelincuencia.", "operación Kormoran", "Ana García"),
    "pt": ("Na Operação Kormoran, a polícia prendeu 1.209 suspeitos, disse Ana Souza, chefe da unidade de crimes "
           "cibernéticos.", "Operação Kormoran", "Ana Souza"),
    "it": ("Nell'operazione Kormoran la polizia ha arrestato 1.209 sospettati, ha detto Anna Rossi, responsabile "
           "dell'unità per i crimini informatici.", "Nell'operazione Kormoran", "Anna Rossi"),
    "nl": ("Bij operatie Kormoran heeft de politie 1.209 verdachten aangehouden, zei Anna de Vries, hoofd van de "
           "cybercrime-eenheid.", "operatie Kormoran", "Anna de Vries"),
    "pl": ("W ramach operacji Kormoran policja zatrzymała 1209 podejrzanych, powiedziała Anna Kowalska, szefowa "
           "wydziału do walki z cyberprzestępczością.", "operacji Kormoran", "Anna Kowalska"),
    "id": ("Dalam Operasi Kormoran, polisi menangkap 1.209 tersangka, kata Anna Wijaya, kepala unit kejahatan "
           "siber.", "Operasi Kormoran", "Anna Wijaya"),
    "vi": ("Trong chiến dịch Kormoran, công an đã bắt giữ 1.209 nghi phạm, bà Nguyễn Thị Lan, trưởng phòng an ninh "
           "mạng, cho biết.", "chiến dịch Kormoran", "Nguyễn Thị Lan"),
    "tr": ("Kormoran Operasyonu'nda polis 1.209 şüpheliyi gözaltına aldı, siber suçlar biriminin başkanı Ayşe "
           "Yılmaz açıkladı.", "Kormoran Operasyonu'nda", "Ayşe Yılmaz"),
    "ru": ("В ходе операции Корморан полиция задержала 1209 подозреваемых, заявила Анна Смирнова, начальник отдела "
           "по борьбе с киберпреступностью.", "операции Корморан", "Анна Смирнова"),
    "uk": ("Під час операції Корморан поліція затримала 1209 підозрюваних, заявила Анна Шевченко, начальниця "
           "відділу з протидії кіберзлочинності.", "операції Корморан", "Анна Шевченко"),
    "ar": ("في إطار عملية Kormoran ألقت الشرطة القبض على 1209 مشتبه بهم، وقال John Smith، رئيس وحدة الجرائم "
           "الإلكترونية.", "عملية Kormoran", "John Smith"),
    "zh": ("在“Kormoran”行动中，警方逮捕了1209名犯罪嫌疑人，网络犯罪部门负责人 Anna Schmidt 表示。",
           "“Kormoran”行动", "Anna Schmidt"),
    "ja": ("ブルーウェーブ作戦で警察は1209人を逮捕した。サイバー犯罪対策課の Anna Schmidt 課長は「大きな成果だ」と語った。",
           "ブルーウェーブ作戦", "Anna Schmidt"),
    "ko": ("코르모란 작전에서 경찰은 용의자 1,209명을 검거했다고 사이버범죄수사대장 Anna Schmidt 씨가 말했다.",
           "코르모란 작전", "Anna Schmidt"),
}

DISCOVERY_SMOKE.update({code: tuple(data["discovery"]) for code, data in SMOKE_FILES.items() if "discovery" in data})

DISCOVERY_XFAIL = {
    ("vi", "Operation"): "discovery.find_operations compares one token with operation_words: a word of several "
                         "syllables ('chiến dịch', 'chuyên án'), which is every Vietnamese word for an operation, "
                         "never matches",
    ("si", "Operation"): "an operation word written after the name ('Kormoran මෙහෙයුමේදී') makes the one word of "
                         "a script without capitals before it the name; Sinhala writes a determiner there far more "
                         "often ('මෙම මෙහෙයුම', this operation), so si.toml lists no operation_words_after",
}


def test_every_new_language_has_a_discovery_sentence():
    assert set(CODES) - FIRST <= set(DISCOVERY_SMOKE)


@pytest.mark.parametrize("code, kind", [(c, k) for c in sorted(DISCOVERY_SMOKE) for k in ("Operation", "Person")])
def test_smoke_operation_and_person(code, kind, request):
    text, operation, person = DISCOVERY_SMOKE[code]
    if (code, kind) in DISCOVERY_XFAIL:
        request.applymarker(pytest.mark.xfail(reason=DISCOVERY_XFAIL[(code, kind)], strict=True))
    expected = operation if kind == "Operation" else person
    assert [m for m in discovered(text, code) if m[0] == kind] == [(kind, expected)]


@pytest.mark.parametrize("code, text, expected", [
    ("ru", "В ходе операции «Корморан» полиция задержала 1209 подозреваемых.", ("Operation", "операции «Корморан»")),
    ("ar", 'في إطار عملية "كورموران" ألقت الشرطة القبض على 1209 مشتبه بهم.', ("Operation", 'عملية "كورموران"')),
])
def test_a_quoted_operation_name_keeps_both_quotes(code, text, expected):
    assert expected in discovered(text, code)


@pytest.mark.parametrize("code, text, expected, reason", [
    ("zh", "网络犯罪部门负责人Anna Schmidt表示，警方逮捕了1209名嫌疑人。", ("Person", "Anna Schmidt"),
     "a token is a run of letters of any script: 'Schmidt表示' is one word, so a Latin name written onto Han, "
     "kana or Hangul (the usual way) is not a run of capitalised words"),
    ("ja", "サイバー犯罪対策課のAnna Schmidt課長は「大きな成果だ」と語った。", ("Person", "Anna Schmidt"),
     "a token is a run of letters of any script: 'のAnna' and 'Schmidt課長は' are words"),
    ("ko", "경찰은 용의자 1,209명을 검거했다고 Anna Schmidt는 말했다.", ("Person", "Anna Schmidt"),
     "a token is a run of letters of any script: the particle stays in the name ('Anna Schmidt는')"),
    ("de", "Das sei ein großer Erfolg, sagte Anna Schmidt von Europol.", ("Person", "Anna Schmidt"),
     "a name particle ('von', 'de') joins the known organization after it to the run of the name, which is then "
     "not free: the person is lost"),
    ("es", "La policía detuvo a 1.209 sospechosos, según Ana García de Europol.", ("Person", "Ana García"),
     "a name particle ('von', 'de') joins the known organization after it to the run of the name"),
])
def test_names_the_code_cannot_read(code, text, expected, reason, request):
    request.applymarker(pytest.mark.xfail(reason=reason, strict=True))
    assert expected in discovered(text, code)


# ---------------------------------------------------------------- smoke check: relations per language


def test_every_smoke_file_is_of_a_language_with_a_file():
    assert set(SMOKE_FILES) <= set(CODES)
    for code, data in SMOKE_FILES.items():
        assert set(data) <= {"figures", "date", "discovery", "relations", "kinds", "not_kinds"}, code
        required = {"relations"} if code in TABLED else {"figures", "date", "discovery", "relations"}
        assert required <= set(data), code


RELATION_SMOKE = [(code, *r) for code, data in sorted(SMOKE_FILES.items()) for r in data.get("relations", [])]


def test_every_language_has_relation_sentences():
    assert set(CODES) <= {code for code, *_ in RELATION_SMOKE}


@pytest.mark.parametrize("code, text, subject, predicate, obj", RELATION_SMOKE)
def test_smoke_relation(code, text, subject, predicate, obj):
    from graphkit.pipeline import extract

    doc = extract(make_document(text, doc_id="t.txt", language=code))
    found = {(r.subject, r.predicate, r.object) for r in doc.relations}
    if predicate == "partnersWith":
        found |= {(o, p, s) for s, p, o in found if p == "partnersWith"}
    assert (subject, predicate, obj) in found

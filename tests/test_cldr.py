"""graphkit.cldr: what the CLDR knows of every language, generated into graphkit/data/lang/cldr/."""

from __future__ import annotations

from decimal import Decimal

import pytest

from graphkit.cldr import languages, render, table
from graphkit.lang import LANG_DIR, available, generated, language


def test_every_language_babel_has_is_generated():
    assert generated() == languages()
    assert len(generated()) >= 50
    assert {"sw", "bn", "he", "fa", "am", "km", "my", "ka", "hy", "ta"} <= set(generated())


@pytest.mark.parametrize("code", ["sw", "bn", "he", "am", "km", "cs", "fr"])
def test_the_files_are_what_the_step_writes(code):
    # babel upgraded: run `python scripts/make_cldr_lang.py`
    assert (LANG_DIR / "cldr" / f"{code}.toml").read_text(encoding="utf-8") == render(table(code))


def test_a_language_without_a_hand_written_file_reads_numbers_months_and_money():
    assert "ti" not in available()
    ti = language("ti")
    assert ti.name == "Tigrinya"
    assert ti.currencies["ዶላር"] == "USD"
    assert ti.scales["ሚልዮን"] == Decimal("1000000") and ti.scales["ቢልዮን"] == Decimal("1000000000")
    assert "ጥሪ" in ti.months and ti.date_order == "MDY"
    assert table("sw")["currency"]["dola"] == "USD" and table("sw")["numbers.scales"]["milioni"] == 1e6


def test_words_of_lengths_of_time_in_their_plural_forms():
    assert {"месяц", "месяца", "месяцев", "лет"} <= set(language("ru").durations)
    assert "tahun" in language("ms").durations and "ዓመታት" in language("am").durations


def test_scale_words_of_the_indian_system():
    bn = table("bn")["numbers.scales"]
    assert bn["লাখ"] == 100000 and bn["কোটি"] == 10000000


def test_hand_written_files_override_the_cldr():
    # French writes groups with a space; the hand-written file says so, whatever the CLDR's symbol
    assert language("fr").decimal == ","
    assert language("en").currencies["dollars"] == "USD"


def test_a_language_babel_does_not_know_has_no_table():
    assert table("zz") == {}


def test_the_currencies_of_the_news_are_named_alone_in_every_language():
    """A currency of a country this field's news reports, named in another language, alone or in full: "12 tỷ đồng"
    is "دانگ" in Persian and "донга" in Serbian, the won "wons" in Portuguese, francs CFA in French."""
    assert table("fa")["currency"]["دانگ"] == "VND" and table("sr")["currency"]["донга"] == "VND"
    assert table("pt")["currency"]["wons"] == "KRW" and table("fr")["currency"]["francs cfa"] == "XOF"
    assert table("en")["currency"]["shillings"] == "KES" and table("ru")["currency"]["сомов"] == "KGS"
    # a unit's word shorter than four letters is an ordinary word after a number too ("som" is Swedish "as")
    assert "som" not in table("sv")["currency"] and "won" not in table("en")["currency"]


def test_a_word_said_of_a_unit_is_no_unit_alone():
    """"nuevo dólar taiwanés", "nowy szekel izraelski", "Yeni Tayvan doları": "new" is said of the unit, no unit
    where it stands first ("3 nuevos casos", "12 nowych podejrzanych" are counts); the full names stay."""
    for code, word in (("es", "nuevos"), ("pt", "novos"), ("fr", "nouveaux"), ("pl", "nowych"), ("it", "nuovi"),
                       ("tr", "yeni")):
        assert word not in table(code)["currency"], (code, word)
    assert table("es")["currency"]["nuevo séquel israelí"] == "ILS" and table("tr")["currency"]["japon yeni"] == "JPY"
    assert "dinar" in table("es")["currency"] and table("pl")["currency"]["nowy szekel izraelski"] == "ILS"


def test_a_syllable_of_a_unit_written_syllable_by_syllable_is_no_unit():
    """Vietnamese writes words syllable by syllable ("đô la mỹ"): the first of "nhân dân tệ" (yuan) is no unit alone
    ("5 nhân viên" are five staff), a name of two still gives its unit ("peso philippines")."""
    vi = table("vi")["currency"]
    assert "nhân" not in vi and vi["nhân dân tệ"] == "CNY" and vi["peso"] == "PHP"
    assert table("sw")["currency"]["shilingi"] == "KES"  # "shilingi ya Kenya": "ya" joins the unit to its country

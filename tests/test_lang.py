"""graphkit.lang: the per-language resource files and how they are merged."""

from __future__ import annotations

import re
import shutil
import tomllib
from contextlib import contextmanager
from decimal import Decimal

import pytest

import graphkit.lang as lang_module
from graphkit.errors import OntologyError
from graphkit.extract.figures import kinds
from graphkit.lang import LANG_DIR, RelationCue, available, language
from graphkit.vocab import RELATIONS

LANG_FILES = sorted(LANG_DIR.glob("*.toml"))


@pytest.fixture
def fresh_cache():
    language.cache_clear()
    yield
    language.cache_clear()


@pytest.fixture
def lang_dir(tmp_path, monkeypatch, fresh_cache):
    """A private language folder holding a copy of the universal file."""
    shutil.copy(LANG_DIR / "_universal.toml", tmp_path / "_universal.toml")
    monkeypatch.setattr(lang_module, "LANG_DIR", tmp_path)
    return tmp_path


def test_available_languages():
    assert {"en", "fr", "hi", "ro", "sv", "th"} <= set(available())


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: p.name)
def test_every_language_file_parses(path):
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    assert "language" in data
    if not path.stem.startswith("_"):
        assert data["language"]["code"] == path.stem
        assert data["language"]["name"]


@pytest.mark.parametrize("code", available())
def test_every_language_loads(code):
    res = language(code)
    assert res.code == code
    assert res.name and res.name != code
    # the universal resources are merged under each language's own
    assert res.currencies["$"] == "USD"
    assert res.currencies["€"] == "EUR"
    assert "%" in res.figure_cues["percentage"]
    assert res.figure_cues["percentage"][0] == "%"  # universal cues come first
    assert res.roles[:3] == ("ceo", "cto", "ciso")


@pytest.mark.parametrize("code", ["en", "fr", "ro", "hi", "th"])
def test_universal_scales_reach_every_language(code):
    res = language(code)
    assert res.scales["mn"] == Decimal("1e6")
    assert res.scales["bn"] == Decimal("1e9")


def test_universal_scales_without_own_numbers():
    assert language("xx").scales == {"bn": Decimal("1e9"), "mn": Decimal("1e6")}


@pytest.mark.parametrize("path", [p for p in LANG_FILES if not p.stem.startswith("_")], ids=lambda p: p.name)
def test_language_files_use_known_kinds_and_predicates(path):
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    assert set(data.get("figures", {})) <= set(kinds())
    assert set(data.get("relations", {})) <= set(RELATIONS)


def test_unknown_language_gets_universal_resources():
    res = language("xx")
    assert res.code == "xx"
    assert res.name == "xx"
    assert res.currencies["$"] == "USD"
    assert res.currencies["฿"] == "THB"
    assert res.relation_cues == ()
    assert res.figure_cues == {"percentage": ("%",)}
    assert res.suffixes == ()
    assert res.decimal == "."
    assert res.group == (",",)
    assert res.verb_final is False


def test_malformed_code_becomes_und():
    assert language("xx-YY").code == "und"
    assert language("EN").code == "und"


def test_romanian_resources():
    ro = language("ro")
    assert ro.name == "Romanian"
    assert ro.decimal == ","
    assert ro.group[0] == "." and " " in ro.group
    assert ro.scales["milioane"] == Decimal("1e6")
    assert ro.number_words["patru"] == Decimal(4)
    assert ro.currencies["dolari"] == "USD"
    assert ro.connectors == ("de",)
    assert ro.figure_cues["percentage"] == ("%", "procent", "la sută")
    # "și" (comma below) and "şi" (cedilla) are folded to one form
    assert "şi" in ro.conjunctions and "și" not in ro.conjunctions
    assert ro.verb_final is False


def test_relation_cues_reverse_marker_and_order():
    ro = language("ro")
    assert RelationCue("a lansat", "launchedBy", subject_first=False) in ro.relation_cues
    assert RelationCue("lansat de", "launchedBy", subject_first=True) in ro.relation_cues
    assert RelationCue("membră a", "memberOf", subject_first=True) in ro.relation_cues
    lengths = [len(c.phrase) for c in ro.relation_cues]
    assert lengths == sorted(lengths, reverse=True)  # longest phrases first
    assert not any(c.phrase.startswith("<") for c in ro.relation_cues)


def test_hindi_is_verb_final_and_thai_has_a_suffix_mark():
    assert language("hi").verb_final is True
    assert language("th").suffixes == ("ฯ",)
    assert language("sv").suffixes[0] == "s"


def test_roles_merge_universal_and_own():
    ro = language("ro")
    assert ro.roles[:2] == ("ceo", "cto")
    assert "directorul" in ro.roles


# ---------------------------------------------------------------- broken files


def test_broken_toml_is_an_ontology_error(lang_dir):
    (lang_dir / "zz.toml").write_text('[language]\ncode = "zz"\nname = \n', encoding="utf-8")
    with pytest.raises(OntologyError, match=r"zz\.toml is not valid TOML") as info:
        language("zz")
    assert info.value.code == "E200"
    assert info.value.hint == "fix the file"


def test_non_utf8_toml_is_an_ontology_error(lang_dir):
    (lang_dir / "zz.toml").write_bytes(b'[language]\ncode = "zz"\nname = "Z\xe9"\n')
    with pytest.raises(OntologyError, match="is not valid TOML"):
        language("zz")


def test_code_must_match_the_file_name(lang_dir):
    (lang_dir / "zz.toml").write_text('[language]\ncode = "yy"\nname = "Zed"\n', encoding="utf-8")
    with pytest.raises(OntologyError, match="declares code 'yy'") as info:
        language("zz")
    assert info.value.hint == "set code = 'zz'"


def test_missing_universal_file(lang_dir):
    (lang_dir / "_universal.toml").unlink()
    with pytest.raises(OntologyError, match=r"_universal\.toml is missing"):
        language("fr")


def test_scale_that_is_not_a_number(lang_dir):
    (lang_dir / "zz.toml").write_text('[language]\ncode = "zz"\n[numbers.scales]\n"big" = "lots"\n', encoding="utf-8")
    with pytest.raises(OntologyError, match=r"scales\.big = 'lots' is not a number"):
        language("zz")


def test_a_new_language_is_just_a_file(lang_dir):
    (lang_dir / "zz.toml").write_text(
        '[language]\ncode = "zz"\nname = "Zed"\nverb_final = true\n'
        '[words]\nsuffixes = ["ak"]\nand = ["OG"]\n'
        '[numbers]\ndecimal = ","\ngroup = ["."]\n[numbers.scales]\n"Mega" = 1e6\n'
        '[currency]\n"Zlot" = "ZZZ"\n'
        '[figures]\narrests = ["Arrest"]\npercentage = ["pct"]\n'
        '[relations]\nmemberOf = ["Joined", "<Took in"]\n',
        encoding="utf-8",
    )
    assert lang_module.available() == ["zz"]
    zz = language("zz")
    assert zz.name == "Zed"
    assert zz.verb_final is True
    assert zz.suffixes == ("ak",)
    assert zz.conjunctions == ("og",)  # folded
    assert zz.decimal == "," and zz.group == (".",)
    assert zz.scales["mega"] == Decimal("1e6")  # scale words are folded
    assert zz.currencies["zlot"] == "ZZZ" and zz.currencies["$"] == "USD"
    assert zz.figure_cues["arrests"] == ("arrest",)
    assert zz.figure_cues["percentage"] == ("%", "pct")
    assert zz.relation_cues == (
        RelationCue("took in", "memberOf", subject_first=False),
        RelationCue("joined", "memberOf", subject_first=True),
    )


# ---------------------------------------------------------------- types of a file's values


@pytest.mark.parametrize("body, message", [
    # a quoted "no" was read as true
    ('[language]\ncode = "zz"\nverb_final = "no"\n', "zz.toml: [language] verb_final = 'no' is not a boolean"),
    ('[language]\ncode = "zz"\ninflected = 1\n', "zz.toml: [language] inflected = 1 is not a boolean"),
    # a string where a list is expected was split into its letters
    ('[language]\ncode = "zz"\n[words]\nsuffixes = "en"\n', "zz.toml: [words] suffixes = 'en' is not a list of strings"),
    ('[language]\ncode = "zz"\n[relations]\nmemberOf = "joined"\n',
     "zz.toml: [relations] memberOf = 'joined' is not a list of strings"),
    # numbers where strings are expected failed with a TypeError
    ('[language]\ncode = "zz"\n[words]\nand = ["og", 7]\n', "zz.toml: [words] and = ['og', 7] is not a list of strings (7 "),
    ('[language]\ncode = "zz"\nname = 5\n', "zz.toml: [language] name = 5 is not a string"),
    ('[language]\ncode = "zz"\n[numbers]\ndecimal = 0\n', "zz.toml: [numbers] decimal = 0 is not a string"),
    ('[language]\ncode = "zz"\n[currency]\n"zlot" = 978\n', "zz.toml: [currency] zlot = 978 is not a string"),
    ('[language]\ncode = "zz"\n[entities.heads]\n"polis" = true\n',
     "zz.toml: [entities] heads.polis = True is not a string"),
    ('[language]\ncode = "zz"\n[numbers.scales]\n"mega" = true\n', "zz.toml: [numbers] scales.mega = True is not a number"),
    ('[language]\ncode = "zz"\n[dates]\norder = 3\n', "zz.toml: [dates] order = 3 is not a string"),
    # a table written as a value
    ('places = "PL"\n[language]\ncode = "zz"\n', "zz.toml: places = 'PL' is not a table"),
    # the keys of clauses, compounds and institutions
    ('[language]\ncode = "zz"\ncompounds = "yes"\n', "[language] compounds = 'yes' is not a boolean"),
    ('[language]\ncode = "zz"\n[words]\nclause_openers = "while"\n', "[words] clause_openers = 'while' is not a list"),
    ('[language]\ncode = "zz"\n[words]\nalso = "also"\n', "[words] also = 'also' is not a list"),
    ('[language]\ncode = "zz"\n[roles]\ninstitutions = ["minister"]\n', "[roles] institutions = ['minister'] is not a table"),
    ('[language]\ncode = "zz"\n[roles]\ninstitutions = {"minister" = 1}\n', "[roles] institutions.minister = 1 is not a word"),
])
def test_a_value_of_the_wrong_type_is_an_ontology_error_naming_file_key_and_type(lang_dir, body, message):
    (lang_dir / "zz.toml").write_text(body, encoding="utf-8")
    with pytest.raises(OntologyError) as info:
        language("zz")
    assert info.value.code == "E200"
    assert message in info.value.message
    assert info.value.hint


def test_an_age_pattern_without_the_place_of_its_number_is_an_ontology_error(lang_dir):
    # it once made an empty expression that found an age after every name
    (lang_dir / "zz.toml").write_text('[language]\ncode = "zz"\n[entities]\nage_after = ["de anos"]\n', encoding="utf-8")
    with pytest.raises(OntologyError, match=r"zz\.toml: \[entities\] age_after holds 'de anos'") as info:
        language("zz")
    assert info.value.code == "E200" and "{}" in info.value.hint


@pytest.mark.parametrize("body, hint", [
    # an empty word was kept, and matched everywhere
    ('[language]\ncode = "zz"\n[figures]\narrests = ["arrest", ""]\n', "remove '' from the list"),
    ('[language]\ncode = "zz"\n[entities]\nperson_cues = [" "]\n', "remove ' ' from the list"),
    ('[language]\ncode = "zz"\n[currency]\n"" = "EUR"\n', "give the word, or remove the line"),
])
def test_an_empty_word_is_an_ontology_error(lang_dir, body, hint):
    (lang_dir / "zz.toml").write_text(body, encoding="utf-8")
    with pytest.raises(OntologyError, match=r"zz\.toml: \[\w+\] \w* ?(holds an empty string|has an empty key)") as info:
        language("zz")
    assert info.value.hint == hint


def test_spaces_are_separators_of_numbers_not_empty_words(lang_dir):
    (lang_dir / "zz.toml").write_text('[language]\ncode = "zz"\n[numbers]\ndecimal = ","\ngroup = [" ", "\\u00a0"]\n',
                                      encoding="utf-8")
    assert language("zz").group == (" ", "\u00a0")
    (lang_dir / "zz.toml").write_text('[language]\ncode = "zz"\n[numbers]\ndecimal = ""\n', encoding="utf-8")
    language.cache_clear()
    with pytest.raises(OntologyError, match=r"\[numbers\] decimal is empty"):
        language("zz")


def test_the_universal_file_is_checked_too(lang_dir):
    path = lang_dir / "_universal.toml"
    path.write_text(re.sub(r"(?m)^verb_final = .*$", "", path.read_text(encoding="utf-8")).replace(
        "[language]\n", '[language]\nverb_final = "yes"\n', 1), encoding="utf-8")
    with pytest.raises(OntologyError, match=r"_universal\.toml: \[language\] verb_final = 'yes' is not a boolean"):
        language("fr")


def test_a_broken_language_file_is_one_line_from_the_command_line(lang_dir, tmp_path):
    from click.testing import CliRunner

    from graphkit.cli import main

    (lang_dir / "zz.toml").write_text('[language]\ncode = "zz"\n[words]\nand = [1]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Europol and Interpol signed an agreement.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(article), "--lang", "zz", "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 3, result.output
    assert "[E200] language file zz.toml: [words] and = [1] is not a list of strings" in result.output
    assert "Traceback" not in result.output


def test_coverage_counts_the_kinds_that_make_figures():
    # the silent kinds ("identified", "charged") only take numbers from others: no kind of figure of their own
    from graphkit.lang import coverage
    made = [k for k, info in kinds().items() if not info.silent]
    assert "identified" in tomllib.load((LANG_DIR / "en.toml").open("rb"))["figures"]
    assert coverage("en")["figure_kinds"] == len(made)


def test_a_language_is_read_once_then_loaded_and_read_again_when_its_file_changes(lang_dir, tmp_path, monkeypatch):
    """A language's files are parsed once; later processes load it from the cache, until a file of it changes."""
    monkeypatch.setenv("GRAPHKIT_CACHE_DIR", str(tmp_path / "cache"))
    reads = []
    real = lang_module._read
    monkeypatch.setattr(lang_module, "_read", lambda path: reads.append(path.name) or real(path))
    (lang_dir / "xx.toml").write_text('[language]\ncode = "xx"\nname = "Ex"\n[words]\nand = ["ha"]\n', encoding="utf-8")
    first = language("xx")
    assert first.conjunctions == ("ha",) and sorted(reads) == ["_universal.toml", "xx.toml"]
    language.cache_clear()  # as a new process finds it
    again = language("xx")
    assert again.conjunctions == ("ha",) and len(reads) == 2 and again is not first
    (lang_dir / "xx.toml").write_text('[language]\ncode = "xx"\nname = "Ex"\n[words]\nand = ["hu"]\n', encoding="utf-8")
    language.cache_clear()
    assert language("xx").conjunctions == ("hu",) and len(reads) == 4


def test_frequent_words_loaded_from_the_cache_are_those_read_from_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHKIT_CACHE_DIR", str(tmp_path))
    read = lang_module._read_frequent_words()
    lang_module.frequent_words.cache_clear()
    try:
        built = lang_module.frequent_words()  # built, then kept
        assert list(tmp_path.glob("frequent-words-*.pickle"))
        lang_module.frequent_words.cache_clear()
        loaded = lang_module.frequent_words()  # loaded
        assert built == read == loaded and loaded is not built
        assert "en" in loaded.words["LATIN"]["the"] and "ru" in loaded.scripts["CYRILLIC"]
    finally:
        lang_module.frequent_words.cache_clear()


@contextmanager
def _where_words_begin_with(lang_dir, first: str):
    """``_universal.toml`` with ``first`` put before the [names] where words, read afresh inside the block."""
    path = lang_dir / "_universal.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('\nwhere = ["in", ', f'\nwhere = [{first}, "in", ', 1),
                    encoding="utf-8")
    lang_module.name_words.cache_clear()
    try:
        yield
    finally:
        lang_module.name_words.cache_clear()


def test_the_words_read_around_names_in_every_language_are_data(lang_dir):
    """Adding an article or a preposition read around names is editing ``_universal.toml`` [names], not code."""
    with _where_words_begin_with(lang_dir, '"Hors"'):
        words = lang_module.name_words()
        assert "hors" in words.where  # folded
        assert {"of", "de", "für"} <= words.glue <= words.prepositions and "contre" in words.prepositions
        assert "contre" not in words.glue and {"the", "a"} <= words.articles and "az" in words.role_articles


def test_a_language_file_may_not_hold_the_names_table(lang_dir):
    (lang_dir / "zz.toml").write_text('[language]\ncode = "zz"\n[names]\nglue = ["zu"]\n', encoding="utf-8")
    with pytest.raises(OntologyError, match=r"zz\.toml has a \[names\] table") as info:
        language("zz")
    assert "_universal.toml" in info.value.hint


def test_a_language_file_may_not_hold_money_units(lang_dir):
    (lang_dir / "zz.toml").write_text('[language]\ncode = "zz"\n[currency_units]\n"IRT" = "10 IRR"\n', encoding="utf-8")
    with pytest.raises(OntologyError, match=r"zz\.toml has a \[currency_units\] table") as info:
        language("zz")
    assert "_universal.toml" in info.value.hint


def test_a_word_read_around_names_that_is_no_string_is_refused(lang_dir):
    with _where_words_begin_with(lang_dir, "7"):
        with pytest.raises(OntologyError, match=r"\[names\] where"):
            lang_module.name_words()


@pytest.mark.parametrize("body", [
    # an empty institution turned "Interior Minister P" into "interior", a body of that name
    '[language]\ncode = "zz"\n[roles]\ninstitutions = {"minister" = ""}\n',
    '[language]\ncode = "zz"\n[roles]\ninstitutions = {"minister" = " "}\n',
])
def test_an_empty_institution_of_a_role_word_is_an_ontology_error(lang_dir, body):
    (lang_dir / "zz.toml").write_text(body, encoding="utf-8")
    with pytest.raises(OntologyError, match=r"zz\.toml: \[roles\] institutions\.minister is an empty word") as info:
        language("zz")
    assert info.value.code == "E200" and info.value.hint

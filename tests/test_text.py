"""graphkit.text: scripts, word joins and folding with an offset map."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from graphkit.text import fold, fold_with_offsets, is_unspaced, is_word_char, joins, script_of

# Characters from the scripts graphkit reads, with the awkward ones folding
# changes: marks, ligatures, full-width forms, dotted I, sharp s, Romanian
# comma/cedilla letters, typographic apostrophes, dashes, odd spaces.
LATIN = list("abcxyzABCXYZéèçñßİıﬁǅ½²") + ["Ｂ", "Ｉ", "１"]
DEVANAGARI = list("कखगनबस") + ["ि", "ी", "ु", "े", "ै", "ं", "ँ", "ः", "़", "्"]
THAI = list("กขคงจนบยรฯ") + ["ั", "า", "ิ", "ี", "ุ", "่", "้", "็", "์"]
CYRILLIC = list("абвгдЁЙйИНТЕРПОЛ")
HAN = list("中文字汉币安")
MARKS = ["\u0301", "\u0308", "\u0327", "\u0326"]
OTHER = list(" .,-–—’‘`'șşţțȘŞȚŢ") + ["\u00a0", "\u202f", "\u2009", "\n", "\t", "\r"]
ALPHABET = LATIN + DEVANAGARI + THAI + CYRILLIC + HAN + MARKS + OTHER

texts = st.text(alphabet=st.sampled_from(ALPHABET), max_size=40)


# ---------------------------------------------------------------- fold_with_offsets


@settings(max_examples=400, deadline=None)
@given(texts)
def test_fold_with_offsets_maps_every_folded_char_back(text):
    folded, origin = fold_with_offsets(text)
    assert len(origin) == len(folded) + 1
    assert origin[-1] == len(text)
    assert all(a <= b for a, b in zip(origin, origin[1:]))  # non-decreasing
    assert all(0 <= o < len(text) for o in origin[:-1])
    # every folded character comes from the start of a cluster (a base and its marks)
    for o in origin[:-1]:
        assert o == 0 or unicodedata.category(text[o])[0] != "M"


@settings(max_examples=400, deadline=None)
@given(texts)
def test_fold_with_offsets_folds_as_fold_does(text):
    # a combining mark right after white space is a cluster of its own kind; leave it out
    assume(not any(a.isspace() and unicodedata.category(b)[0] == "M" for a, b in zip(text, text[1:])))
    folded, _ = fold_with_offsets(text)
    assert folded.strip(" ") == fold(text)


@settings(max_examples=1500, deadline=None)
@given(texts, st.booleans())
def test_fold_with_offsets_folds_runs_at_once_as_it_would_one_cluster_at_a_time(text, case):
    """Runs of plain characters fold with one translate: the same string and offsets as cluster by cluster."""
    from graphkit.text import _fold_with_offsets, _fold_with_offsets_by_cluster

    assert _fold_with_offsets.__wrapped__(text, case) == _fold_with_offsets_by_cluster(text, case)


def test_fold_with_offsets_of_articles_as_one_cluster_at_a_time():
    from pathlib import Path

    from graphkit.text import _fold_with_offsets, _fold_with_offsets_by_cluster

    root = Path(__file__).resolve().parents[1]
    articles = sorted(root.glob("tests/data/*/corpus/*.txt")) + sorted(root.glob("examples/corpus/*.txt"))
    assert len(articles) > 50
    for path in articles:
        text = path.read_text(encoding="utf-8")
        for case in (True, False):
            assert _fold_with_offsets.__wrapped__(text, case) == _fold_with_offsets_by_cluster(text, case), path.name
    for text in ("a \u0301b", " \u0301", "x\u00a0 \n\t y", "ǅ ﬁ ß İ", "\u0301\u0301a", "a  ", "  a", "a \u00a0"):
        assert _fold_with_offsets.__wrapped__(text, True) == _fold_with_offsets_by_cluster(text, True), repr(text)


def test_fold_with_offsets_dotted_capital_i_folds_to_i():
    # Turkish İ lower-cases to i ("İki" is "iki"), not to i + combining dot
    folded, origin = fold_with_offsets("İNTERPOL’s")
    assert folded == "interpol's"
    assert origin == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    # a character that folds to two still maps both back to itself
    folded, origin = fold_with_offsets("ﬁ")  # the fi ligature: one character, two folded
    assert (folded, origin) == ("fi", [0, 0, 1])


def test_fold_with_offsets_full_width_and_space_runs():
    folded, origin = fold_with_offsets("ＢＩＮＡＮＣＥ a\u00a0 b")
    assert folded == "binance a b"
    # the run "\u00a0 " (offsets 9, 10) collapses to one space at offset 9
    assert origin == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]


def test_fold_with_offsets_keeps_case_when_asked():
    assert fold_with_offsets("Binance", case=False) == ("Binance", [0, 1, 2, 3, 4, 5, 6, 7])


def test_fold_with_offsets_sharp_s_gives_two_chars_of_one_origin():
    folded, origin = fold_with_offsets("Straße")
    assert folded == "strasse"
    assert origin == [0, 1, 2, 3, 4, 4, 5, 6]


def test_fold_with_offsets_cluster_with_marks_maps_to_its_base():
    text = "बिनेंस"  # ब ि न े ं स
    folded, origin = fold_with_offsets(text)
    assert folded == text
    # the marks map to the consonant they sit on: origin points at cluster starts
    assert origin == [0, 0, 2, 2, 2, 5, 6]
    decomposed = "Cafe\u0301 x"
    folded, origin = fold_with_offsets(decomposed)
    assert folded == "café x"  # NFKC composes inside the cluster
    assert origin == [0, 1, 2, 3, 5, 6, 7]


def test_fold_with_offsets_empty():
    assert fold_with_offsets("") == ("", [0])


# ---------------------------------------------------------------- fold


@pytest.mark.parametrize(
    "comma, cedilla",
    [("ș", "ş"), ("Ș", "Ş"), ("ț", "ţ"), ("Ț", "Ţ")],
)
def test_romanian_comma_below_and_cedilla_fold_the_same(comma, cedilla):
    assert fold(comma) == fold(cedilla)
    assert fold(comma, case=False) == fold(cedilla, case=False)


def test_romanian_words_fold_the_same():
    assert fold("Operațiunea Poliției") == fold("Operaţiunea Poliţiei") == "operaţiunea poliţiei"


@pytest.mark.parametrize("apostrophe", ["\u2019", "\u2018", "\u02bc", "\u2032", "`", "'"])
def test_apostrophes_unify(apostrophe):
    assert fold(f"d{apostrophe}Interpol") == "d'interpol"


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "-"])
def test_dashes_unify(dash):
    assert fold(f"ICPO{dash}INTERPOL") == "icpo-interpol"


def test_fold_collapses_and_strips_white_space():
    assert fold("  Cybercrime\u00a0\u00a0Atlas\n\tnow ") == "cybercrime atlas now"


def test_fold_nfkc_and_case():
    assert fold("ＢＩＮＡＮＣＥ") == "binance"
    assert fold("ﬁnance") == "finance"
    assert fold("ＢＩＮＡＮＣＥ", case=False) == "BINANCE"


# ---------------------------------------------------------------- scripts and joins


@pytest.mark.parametrize(
    "ch, script",
    [("b", "LATIN"), ("É", "LATIN"), ("क", "DEVANAGARI"), ("ि", "DEVANAGARI"), ("ก", "THAI"),
     ("ж", "CYRILLIC"), ("币", "CJK"), ("ア", "KATAKANA"), ("あ", "HIRAGANA"), ("Ｂ", "LATIN"),
     (" ", ""), (".", ""), ("-", "")],
)
def test_script_of(ch, script):
    assert script_of(ch) == script


def test_is_word_char():
    assert [is_word_char(c) for c in "aक\u0301ก1 .-’"] == [True, True, True, True, True, False, False, False, False]


def test_is_unspaced():
    assert [is_unspaced(c) for c in "กຂ币アあaकж "] == [True, True, True, True, True, False, False, False, False]


@pytest.mark.parametrize(
    "left, right, expected",
    [
        ("a", "b", True),            # same spaced script
        ("ж", "д", True),
        ("क", "ख", True),
        ("A", "क", False),           # across scripts: "NCFTAके"
        ("क", "A", False),
        ("a", "ж", False),
        ("क", "ि", True),            # a matra belongs to its consonant
        ("न", "ं", True),            # so does an anusvara
        ("e", "\u0301", True),       # a combining mark always joins
        ("ก", "ข", False),           # Thai has no spaces: no join between letters
        ("ก", "\u0e31", True),       # but a Thai vowel mark still belongs to its letter
        ("中", "文", False),          # Han: unspaced
        ("a", "-", False),           # punctuation is a boundary
        ("-", "a", False),
        ("a", " ", False),
        ("a", "’", False),
    ],
)
def test_joins(left, right, expected):
    assert joins(left, right) is expected


def test_arabic_vowel_marks_and_tatweel_fold_away():
    # "دعماً فنياً" (technical support, with its case endings written) is the words "دعما فنيا"; so is a stretched
    # "دعـــما"; the folded text still maps back to the text as written
    assert fold("دعماً فنياً") == fold("دعما فنيا") == fold("دعـــما فنيا")
    folded, origin = fold_with_offsets("قدمت دعماً للإنتربول")
    assert folded == "قدمت دعما للإنتربول"
    assert len(origin) == len(folded) + 1 and origin[-1] == len("قدمت دعماً للإنتربول")

"""Columns measured as a terminal shows them: wide scripts take two columns, marks none."""

from __future__ import annotations

import unicodedata

import pytest

from graphkit.columns import cut, pad, render, width


@pytest.mark.parametrize(("text", "columns"), [
    ("Europol", 7),
    ("東京警察", 8),                                   # Han
    ("한국인터넷진흥원", 16),                           # Hangul
    ("カタカナ", 8), ("ひらがな", 8),                    # kana
    ("ｶﾀｶﾅ", 4),                                      # halfwidth kana
    (unicodedata.normalize("NFD", "한국"), 4),         # conjoining jamo: the vowels and finals take no column
    ("Cafe\u0301", 4),                                # a combining accent
    ("ก่อน", 3),                                        # a Thai tone mark
    ("\U0001f469\u200d\U0001f4bb", 2),                 # an emoji sequence joined by a zero-width joiner
    ("a\x1bb", 2),                                    # a control character takes none
])
def test_width(text, columns):
    assert width(text) == columns


def test_cut_counts_columns_and_never_splits_a_wide_character():
    assert cut("Europol", 7) == "Europol"
    assert cut("Europol", 5) == "Euro…"
    assert cut("東京警察庁", 6) == "東京…"          # 4 + 1 columns: a third ideograph would not fit
    assert width(cut("東京警察庁", 6)) <= 6
    with pytest.raises(ValueError, match="limit = 0 is invalid"):
        cut("x", 0)


def test_pad():
    assert pad("東京", 6) == "東京  "
    assert pad("12", 4, right=True) == "  12"


def test_render_aligns_wide_scripts():
    lines = render(["name", "n"], [["東京警察", "1"], ["Europol", "22"], ["한국", "3"]], right=[False, True], rule=True)
    assert lines == [
        "name       n",
        "--------  --",
        "東京警察   1",
        "Europol   22",
        "한국       3",
    ]
    ends = {width(line) for line in lines}
    assert ends == {12}


def test_table_lines_with_a_sample_sizes_the_columns_by_it_and_cuts_the_rows_after_it():
    from graphkit.columns import table_lines

    rows = iter([["東京", "1"], ["Osaka", "22"], ["Kyoto city", "333"], ["x", "4444"]])
    lines = table_lines(["city", "n"], rows, rule=True, sample=2)
    assert next(lines) == "city   n"  # the sample is read before the first line, the rest is not
    assert next(rows) == ["Kyoto city", "333"]
    assert list(lines) == ["-----  --", "東京   1", "Osaka  22", "x      4…"]


def test_table_lines_without_a_sample_is_render():
    from graphkit.columns import render, table_lines

    rows = [["東京", "1"], ["a long name of a city", "22"]]
    for options in ({}, {"max_width": 5}, {"max_width": 5, "free_last": True}, {"right": [False, True], "rule": True}):
        assert list(table_lines(["city", "n"], iter(rows), **options)) == render(["city", "n"], rows, **options)

"""The affixes a word carries, found by lookup, are those a test of every listed affix finds, in the same order."""

import pytest

from graphkit.extract import affixes
from graphkit.extract.discovery import _compound_head, _compound_rest, _head_of
from graphkit.lang import available, language


def _words(lang):
    """Words of the language's own lists, bare and with each of its suffixes and prefixes on them."""
    base = [*lang.org_heads, *lang.roles, *lang.name_words][:200]
    out = list(base)
    for w in base[:40]:
        out += [w + x for x in lang.suffixes] + [p + w for p in lang.prefixes if ">" not in p]
    return out


@pytest.mark.parametrize("code", available())
def test_the_suffixes_and_prefixes_found_by_lookup_are_those_every_affix_tested_finds(code):
    lang = language(code)
    ends, starts = affixes.suffixes(lang), affixes.prefixes(lang)
    listed_ends = [x for x in dict.fromkeys(lang.suffixes) if x]
    listed_starts = [p for p in dict.fromkeys(lang.prefixes) if p]
    for w in _words(lang):
        assert ends.of(w) == [x for x in listed_ends if w.endswith(x)], w
        assert ends.longest(w) == sorted((x for x in listed_ends if w.endswith(x)), key=len, reverse=True), w
        assert starts.of(w) == [p for p in listed_starts if w.startswith(p)], w


def test_affixes_keep_the_list_s_order_not_their_length_s():
    index = affixes.Affixes(("에", "에서", "서"))
    assert index.of("경찰서에서") == ["에서", "서"]
    assert index.longest("경찰서에서") == ["에서", "서"]
    assert affixes.Affixes(("서", "에서")).of("경찰서에서") == ["서", "에서"]
    assert affixes.Affixes(("ab", "a"), start=True).of("abc") == ["ab", "a"]
    assert not affixes.Affixes(("", ""))
    assert affixes.Affixes(("", "x")).of("ax") == ["x"]


def _head_of_scan(word, lang):
    from graphkit.extract.discovery import _head_stems
    from graphkit.text import fold
    import unicodedata

    w = fold(word)
    if w in lang.org_heads:
        return lang.org_heads[w]
    for suffix in lang.suffixes:
        if suffix and w.endswith(suffix):
            rest = w[:-len(suffix)]
            if rest in lang.org_heads:
                return lang.org_heads[rest]
            if rest in _head_stems(lang) and unicodedata.category(suffix[0])[0] == "M":
                return _head_stems(lang)[rest]
    return None


def _compound_head_scan(word, lang, bare=False):
    from graphkit.text import fold

    w = fold(word)
    cores = [w[:-len(x)] for x in lang.suffixes if not bare and x and w.endswith(x) and len(w) > len(x)] or [w]
    for core in cores:
        for h in sorted(lang.org_heads, key=len, reverse=True):
            rest = core[:len(core) - len(h)]
            if core.endswith(h) and len(rest) >= (3 if len(h) == 1 else 2) and rest.isalpha() and h not in lang.suffixes:
                return lang.org_heads[h]
    return None


@pytest.mark.parametrize("code", ["ko", "tr", "hi", "ta", "bn", "ka", "uk", "en"])
def test_the_heads_found_by_lookup_are_those_every_head_tested_finds(code):
    lang = language(code)
    heads = list(lang.org_heads)[:30]
    words = [*_words(lang), *("가나다" + h for h in heads), *("가나다" + h + x for h in heads[:10] for x in lang.suffixes)]
    for w in words:
        assert _head_of(w, lang) == _head_of_scan(w, lang), w
        assert _compound_head(w, lang) == _compound_head_scan(w, lang), w
        assert _compound_head(w, lang, bare=True) == _compound_head_scan(w, lang, bare=True), w


def test_a_korean_compound_s_head_and_what_stands_before_it():
    ko = language("ko")
    assert _compound_head("사이버수사대는", ko) == _compound_head("사이버수사대", ko) is not None
    assert _compound_rest("사이버수사대는", ko) == "사이버"  # ("수사대", an investigation unit, is the head)
    assert _compound_rest("행정안전부", ko) == "행정안전"
    assert _compound_rest("수사기관", ko) == "수사"


def _word_at_scan(folded, pos, words):
    from graphkit.text import joins

    best = None
    for w in words:
        if folded.startswith(w, pos):
            end = pos + len(w)
            if end < len(folded) and joins(folded[end - 1], folded[end]):
                continue
            if best is None or len(w) > len(best[0]):
                best = (w, end)
    return best


@pytest.mark.parametrize("code", ["en", "tr", "bn", "ko", "ar"])
def test_a_long_list_s_words_found_by_their_first_letter_are_those_a_scan_finds(code):
    from graphkit.extract.figures import _word_at, _word_with_suffix
    from graphkit.text import fold

    lang = language(code)
    words = list(lang.currencies)
    assert len(words) > 8
    text = fold(" ".join(f"12 {w} 3 {w}{x} 4" for w in words[:60] for x in ("", *lang.suffixes[:3])))
    for pos in range(len(text)):
        assert _word_at(text, pos, lang.currencies) == _word_at_scan(text, pos, lang.currencies), pos
    assert _word_at("x", 0, ("", "y")) == _word_at_scan("x", 0, ("", "y"))
    with_empty = {"": "A", **{w: "B" for w in words}}
    assert _word_at(text, 1, with_empty) == _word_at_scan(text, 1, with_empty)
    for pos in range(len(text)):
        assert _word_with_suffix(text, pos, lang.currencies, lang.suffixes) == _word_with_suffix_scan(
            text, pos, lang.currencies, lang.suffixes), pos


def _word_with_suffix_scan(folded, pos, words, suffixes):
    from graphkit.text import joins

    best = None
    for w in words:
        if not folded.startswith(w, pos):
            continue
        end = stop = pos + len(w)
        while stop < len(folded) and joins(folded[stop - 1], folded[stop]):
            stop += 1
        if stop > end and folded[end:stop] in suffixes and (best is None or len(w) > len(best[0])):
            best = (w, stop)
    return best


def test_a_currency_symbol_before_a_number_is_read_with_the_number():
    from graphkit.extract.figures import find_quantities
    from graphkit.ingest import make_document

    doc = make_document("The fund paid US$ 500, then €3 to the agency, and Rs 40 and 12 rupees.", doc_id="x.txt",
                        language="en")
    units = [(q.unit, doc.text[q.start:q.end]) for q in find_quantities(doc)]
    assert units == [("USD", "US$ 500"), ("EUR", "€3"), ("INR", "Rs 40"), ("INR", "12 rupees")]


def test_an_empty_suffix_is_listed_but_never_found_on_a_word():
    index = affixes.Affixes(("", "ul", "ului"))
    assert index.listed("") and index.listed("ului") and not index.listed("u")
    assert index.of("serviciului") == ["ului"] and index.of("serviciul") == ["ul"]
    assert not affixes.Affixes(("ul",)).listed("")


def test_a_romanian_article_swapped_for_another_is_a_form_of_the_name():
    from graphkit.extract.inflection import _swapped_ending

    ro = language("ro")
    assert _swapped_ending("serviciului", "serviciul", ro.suffixes) == len("servici")
    assert _swapped_ending("serviciul", "serviciul", ro.suffixes) == 0

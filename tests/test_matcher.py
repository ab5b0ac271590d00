"""graphkit.extract.matcher: many names, one scan, exact offsets, script-aware boundaries."""

from __future__ import annotations

import random
import re
import string
import time
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.extract.matcher import Hit, Matcher, Pattern, select
from graphkit.extract.spans import (ByStart, SpanSet, Taken, is_free, literal_matches, lowercase_words, mentions_of,
                                    sentences_of)
from graphkit.text import written_in_lowercase


def P(text: str, key: str, type_: str = "Organization", priority: int = 2) -> Pattern:
    return Pattern(text, key, type_, text, "", priority)


MATCHER = Matcher([
    P("Interpol", "interpol"),
    P("Binance", "binance", "Company"),
    P("Hongkong", "hong-kong", "Country", 1),
    P("Hongkongs polis", "hong-kong-police", "LawEnforcementAgency"),
    P("FIA", "fia", "GovernmentAgency"),
    P("NCFTA", "ncfta", "NonProfit"),
    P("Secure", "secure", "Operation"),
    P("Cybercrime Atlas", "cybercrime-atlas", "Initiative"),
    P("Atlas", "atlas", "Company"),
    P("बिनेंस", "binance", "Company"),
    P("इंटरपोल", "interpol"),
    P("กรุงเทพ", "bangkok", "City", 1),
    P("ปราก", "prague", "City", 1),
    P("ไบแนนซ์", "binance", "Company"),
    P("Straße", "strasse", "Location", 1),
    P("Operaţiunea Serengeti", "serengeti", "Operation"),
])


def found(text: str, *, suffixes=(), matcher: Matcher = MATCHER) -> list[tuple[int, int, str, str]]:
    return sorted((h.start, h.end, text[h.start:h.end], h.pattern.key) for h in matcher.find(text, suffixes=suffixes))


# ---------------------------------------------------------------- boundaries


def test_word_boundaries():
    assert found("Interpolation and Interpol.") == [(18, 26, "Interpol", "interpol")]
    assert found("the Binancer of Binance") == [(16, 23, "Binance", "binance")]
    assert found("SuperBinance") == []


def test_hyphen_ends_a_word():
    assert found("La Binance-communityn.") == [(3, 10, "Binance", "binance")]
    assert found("INTERPOL-ului") == [(0, 8, "INTERPOL", "interpol")]


def test_genitive_suffix_is_allowed_only_when_listed():
    assert found("Hongkongs regering", suffixes=("s",)) == [(0, 9, "Hongkongs", "hong-kong")]
    assert found("Hongkongs regering") == []
    assert found("Hongkongen", suffixes=("s",)) == []  # "en" is not listed


def test_multi_word_name_beats_nothing_but_both_are_found():
    assert found("Hongkongs polis", suffixes=("s",)) == [
        (0, 9, "Hongkongs", "hong-kong"),
        (0, 15, "Hongkongs polis", "hong-kong-police"),
    ]


def test_across_scripts_is_a_boundary():
    assert found("NCFTAके साथ") == [(0, 5, "NCFTA", "ncfta")]
    assert found("बिनेंसNCFTA") == [(0, 6, "बिनेंस", "binance"), (6, 11, "NCFTA", "ncfta")]


def test_digits_glued_to_a_name_are_part_of_its_word():
    assert found("Interpol2025 and 2025Interpol") == []


# ---------------------------------------------------------------- case


def test_acronyms_are_case_sensitive():
    assert found("the fia and FIA and Fia") == [(12, 15, "FIA", "fia")]
    assert found("ncfta") == []


def test_one_word_capitalised_name_needs_a_capital():
    assert found("secure Secure SECURE") == [(7, 13, "Secure", "secure"), (14, 20, "SECURE", "secure")]


def test_multi_word_names_match_in_any_case():
    assert found("CYBERCRIME ATLAS and cybercrime atlas") == [
        (0, 16, "CYBERCRIME ATLAS", "cybercrime-atlas"),
        (11, 16, "ATLAS", "atlas"),
        (21, 37, "cybercrime atlas", "cybercrime-atlas"),
    ]


def test_case_of_lowercase_pattern():
    m = Matcher([P("eset", "eset")])
    assert found("ESET and Eset and eset", matcher=m) == [(0, 4, "ESET", "eset"), (9, 13, "Eset", "eset"),
                                                         (18, 22, "eset", "eset")]


# ---------------------------------------------------------------- offsets through folding


def test_full_width_offsets_map_back():
    text = "Le ＢＩＮＡＮＣＥ et Interpol"
    assert found(text) == [(3, 10, "ＢＩＮＡＮＣＥ", "binance"), (14, 22, "Interpol", "interpol")]


def test_offsets_after_expanding_characters():
    # "İ" folds to two characters and "ß" to two: later offsets must still be exact
    text = "İİ Straße und Binance"
    assert found(text) == [(3, 9, "Straße", "strasse"), (14, 21, "Binance", "binance")]
    assert found("Die STRASSE") == [(4, 11, "STRASSE", "strasse")]


def test_romanian_cedilla_and_comma_below_both_match():
    assert found("Operațiunea Serengeti şi Operaţiunea Serengeti") == [
        (0, 21, "Operațiunea Serengeti", "serengeti"),
        (25, 46, "Operaţiunea Serengeti", "serengeti"),
    ]


def test_nbsp_inside_a_name_matches_a_space():
    assert found("Cybercrime\u00a0Atlas") == [(0, 16, "Cybercrime\u00a0Atlas", "cybercrime-atlas"),
                                             (11, 16, "Atlas", "atlas")]


def test_devanagari_with_matras():
    text = "फर्म बिनेंस को ऑनबोर्ड किया, इंटरपोल के साथ"
    assert found(text) == [(5, 11, "बिनेंस", "binance"), (29, 36, "इंटरपोल", "interpol")]
    # a further matra makes it another word
    assert found("बिनेंसी") == []
    # a name must not start on a matra either
    assert found("सबिनेंस") == []


def test_thai_inside_text_without_spaces_uses_word_edges():
    assert found("สิ่งที่ปรากฏในกรุงเทพ") == [(14, 21, "กรุงเทพ", "bangkok")]  # no Prague in "ปรากฏ"
    assert found("ไปปรากและกรุงเทพ") == [(2, 6, "ปราก", "prague"), (9, 16, "กรุงเทพ", "bangkok")]
    assert found("ไบแนนซ์ร่วมมือกับตำรวจ") == [(0, 7, "ไบแนนซ์", "binance")]


def test_thai_suffix_mark_is_taken_into_the_hit():
    assert found("ที่กรุงเทพฯ ใน", suffixes=("ฯ",)) == [(3, 11, "กรุงเทพฯ", "bangkok")]
    # without the mark listed, "กรุงเทพ" ends inside the segmenter's word "กรุงเทพฯ"
    assert found("ที่กรุงเทพฯ ใน") == []


def test_hit_carries_its_pattern():
    (hit,) = MATCHER.find("Binance")
    assert hit == Hit(0, 7, P("Binance", "binance", "Company"))


def test_empty_matcher_and_short_patterns():
    assert Matcher([]).find("Binance") == []
    m = Matcher([P("X", "x"), P("Binance", "binance")])  # one-character names are dropped
    assert m.size == 1
    assert found("X Binance", matcher=m) == [(2, 9, "Binance", "binance")]


def test_patterns_with_the_same_folded_name_are_all_returned():
    m = Matcher([P("Atlas", "atlas-a"), P("ATLAS", "atlas-b"), P("atlas", "atlas-c")])
    assert m.size == 1
    # "ATLAS" is an acronym (only as written); "Atlas" needs a capital; "atlas" any case
    assert found("Atlas", matcher=m) == [(0, 5, "Atlas", "atlas-a"), (0, 5, "Atlas", "atlas-c")]
    assert found("ATLAS", matcher=m) == [(0, 5, "ATLAS", "atlas-a"), (0, 5, "ATLAS", "atlas-b"),
                                         (0, 5, "ATLAS", "atlas-c")]
    assert found("atlas", matcher=m) == [(0, 5, "atlas", "atlas-c")]


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("abc XYZ.,éक्िกขา币Ｂİß-’\u0301")), max_size=15),
    st.text(alphabet=st.sampled_from(list("abc XYZ.,éक्िกขา币Ｂİß-’")), max_size=15),
)
def test_a_name_between_spaces_is_found_at_its_exact_offsets(before, after):
    text = f"{before} Cybercrime Atlas {after}"
    start = len(before) + 1
    hits = [(h.start, h.end) for h in MATCHER.find(text) if h.pattern.key == "cybercrime-atlas"]
    assert (start, start + len("Cybercrime Atlas")) in hits
    for s, e in hits:
        assert text[s:e].casefold().replace("\u00a0", " ") == "cybercrime atlas"


# ---------------------------------------------------------------- select


def test_select_keeps_the_longest_non_overlapping_hits():
    hits = MATCHER.find("CYBERCRIME ATLAS and Atlas")
    assert [(h.start, h.end, h.pattern.key) for h in select(hits)] == [
        (0, 16, "cybercrime-atlas"), (21, 26, "atlas"),
    ]


def test_select_ties_go_to_priority_then_leftmost():
    a = Pattern("Foo Bar", "a", "Organization", "A", priority=1)
    b = Pattern("Bar Baz", "b", "Organization", "B", priority=2)
    c = Pattern("Foo Bar", "c", "Organization", "C", priority=1)
    # same length, overlapping: the higher priority wins
    assert select([Hit(0, 7, a), Hit(4, 11, b)]) == [Hit(4, 11, b)]
    # same length and priority: the leftmost, then the smaller key
    assert select([Hit(4, 11, a), Hit(0, 7, c)]) == [Hit(0, 7, c)]
    assert select([Hit(0, 7, c), Hit(0, 7, a)]) == [Hit(0, 7, a)]
    # disjoint hits are all kept, sorted by position
    assert select([Hit(8, 11, b), Hit(0, 7, a)]) == [Hit(0, 7, a), Hit(8, 11, b)]
    assert select([]) == []


# ---------------------------------------------------------------- cost


def _synthetic_names(n: int) -> list[str]:
    letters = string.ascii_lowercase
    names = []
    for i in range(n):
        word = ""
        for _ in range(4):
            i, r = divmod(i, 26)
            word += letters[r]
        names.append("Zorg" + word)
    return names


def test_many_patterns_give_the_same_hits_as_few():
    names = _synthetic_names(100_000)
    assert len(set(names)) == 100_000
    extra = [P("Binance", "binance", "Company"), P("Cybercrime Atlas", "cybercrime-atlas")]
    big = Matcher([P(n, f"k{i}") for i, n in enumerate(names)] + extra)
    small = Matcher([P(n, f"k{i}") for i, n in enumerate(names[:8])] + extra)
    assert big.size == 100_002 and small.size == 10
    text = f"Binance, {names[3]} and the Cybercrime Atlas met {names[3]}s and x{names[5]}."
    expected = [(0, 7, "binance"), (9, 17, "k3"), (26, 42, "cybercrime-atlas")]
    assert [(h.start, h.end, h.pattern.key) for h in small.find(text)] == expected
    assert [(h.start, h.end, h.pattern.key) for h in big.find(text)] == expected


# ---------------------------------------------------------------- spans: the indexes that keep the stages linear


def _overlaps(spans, start, end):
    """What the stages asked of a list before: does any span overlap [start, end)?"""
    return any(start < e and s < end for s, e in spans)


def test_span_set_answers_as_a_scan_of_the_spans():
    spans = SpanSet([(0, 5), (10, 12)])
    assert spans.overlaps(4, 8) and not spans.overlaps(5, 10) and spans.overlaps(11, 11)
    assert spans.free(5, 10) and not spans.free(0, 1) and len(spans) == 2


def test_span_set_keeps_touching_spans_apart():
    # merged, [1, 3) and [3, 5) would hold the empty span at 3; apart, neither does
    spans = SpanSet([(1, 3), (3, 5)])
    assert not spans.overlaps(3, 3) and spans.overlaps(2, 4) and spans.overlaps(4, 4)
    spans.add(2, 4)  # now one stretch: 3 is inside [2, 4)
    assert spans.overlaps(3, 3)


def test_span_set_empty_and_reversed_spans():
    spans = SpanSet([(5, 5)])
    assert spans.overlaps(4, 6) and not spans.overlaps(5, 6) and not spans.overlaps(5, 5)
    spans.add(9, 7)  # reversed: overlaps what strictly holds [7, 9]
    assert spans.overlaps(6, 10) and not spans.overlaps(7, 10)
    assert spans.overlaps(8, 3) == _overlaps([(5, 5), (9, 7)], 8, 3)


@pytest.mark.parametrize("seed", range(20))
def test_span_set_and_taken_agree_with_a_scan_on_random_spans(seed):
    rnd = random.Random(seed)
    spans: list[tuple[int, int]] = []
    built = SpanSet([])
    taken = Taken()
    for step in range(300):
        s = rnd.randrange(0, 60)
        span = (s, s + rnd.choice([0, 1, 1, 2, 3, 5, 8, 13, -1]))
        if step % 3 == 0:
            spans.append(span)
            built.add(*span)
            taken.append(span)
        a = rnd.randrange(-2, 62)
        q = (a, a + rnd.choice([0, 1, 2, 4, 7, -2]))
        expected = _overlaps(spans, *q)
        assert built.overlaps(*q) == expected == taken.overlaps(*q) == (not is_free(*q, taken))
        assert is_free(*q, list(spans)) == (not expected)
    assert list(taken) == spans and len(taken) == len(spans)
    built_at_once = SpanSet(spans)
    assert all(built_at_once.overlaps(a, a + w) == _overlaps(spans, a, a + w) for a in range(-2, 62) for w in (0, 1, 3))


def test_select_is_linear_in_the_number_of_hits():
    p = P("Binance", "binance")
    hits = [Hit(i, i + 7, p) for i in range(0, 700_000, 7)] + [Hit(i + 3, i + 6, p) for i in range(0, 700_000, 7)]
    started = time.perf_counter()
    kept = select(hits)
    assert len(kept) == 100_000 and time.perf_counter() - started < 10  # a scan of the kept ones took minutes


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    name: str = ""


@pytest.mark.parametrize("seed", range(10))
def test_by_start_gives_the_items_a_scan_gives_in_their_order(seed):
    rnd = random.Random(seed)
    starts = [rnd.randrange(0, 200) for _ in range(80)]
    items = sorted((_Item(s, s + rnd.randrange(0, 9), str(i)) for i, s in enumerate(starts)), key=lambda x: (x.start, x.end))
    shuffled = items[:]
    rnd.shuffle(shuffled)
    for group in (items, shuffled, items + [_Item(50, 40)]):  # in order; not in order; a reversed item
        index = ByStart(group)
        assert index.ordered == (group is items)
        for _ in range(200):
            lo = rnd.randrange(-5, 210)
            hi = lo + rnd.randrange(0, 40)
            assert index.starting(lo, hi) == [x for x in group if lo <= x.start < hi]
            assert index.within(lo, hi) == [x for x in group if lo <= x.start and x.end <= hi]
            assert index.overlapping(lo, hi) == [x for x in group if x.start < hi and x.end > lo]


def test_indexes_of_a_document_are_kept_for_the_same_tuple_only():
    mentions = (_Item(0, 3), _Item(5, 9))
    assert mentions_of(mentions) is mentions_of(mentions)
    assert mentions_of(list(mentions)) is not mentions_of(list(mentions))  # a list may change: built again
    sentences = (_Item(0, 10), _Item(10, 20), _Item(10, 20), _Item(25, 30))
    index = sentences_of(sentences)
    assert index is sentences_of(sentences)
    assert [index.index(s) for s in (_Item(10, 20), _Item(25, 30), _Item(3, 4))] == [1, 3, -1]
    assert [index.first_from(o) for o in (0, 1, 11, 31)] == [sentences[0], sentences[1], sentences[3], None]


@pytest.mark.parametrize("lookahead", [r"(?![\w-])", r"(?![\w.-]*\w)"])
def test_literal_matches_are_those_of_finditer(lookahead):
    text = ("Jakubcek, Jakubcek-Smith, xJakubcek; Aba abab aba-aba ABA Aba. Aba.x aa aaa aaaa "
            "Op Cormoran Cormorant Cormoran.2 l'Cormoran ee'ee'ee'ee Ünal Ünal2 ünal Ünal")
    words = ["Jakubcek", "Aba", "aba", "aa", "aaa", "Cormoran", "ee'ee", "Ünal", "missing", "a"]
    patterns = {w: re.compile(rf"(?<![\w-]){re.escape(w)}{lookahead}") for w in words}
    found = literal_matches(text, patterns)
    assert found == {w: [m.span() for m in p.finditer(text)] for w, p in patterns.items()}
    assert found["Jakubcek"] == [(0, 8)] and found["missing"] == []
    assert literal_matches(text, {}) == {}


def test_lowercase_words_answers_as_written_in_lowercase():
    text = "Nice weather in nice. Sur la route, SUR le pont. cyber week, saint-denis ; Ünal ünal İstanbul i̇stanbul"
    words = ["Nice", "Sur", "Route", "Pont", "Cyber Week", "Saint-Denis", "Ünal", "İstanbul", "Week", "Denis",
             "Paris"]
    written = lowercase_words(text)
    written.prepare(words[:6])
    assert [written(w) for w in words] == [written_in_lowercase(text, w) for w in words]
    assert written("Nice") and not written("Paris") and written("Cyber Week")


def test_a_suffix_that_begins_with_a_vowel_sign():
    # Bengali "চীনের" is "চীন" + "ের": the name ends with a letter whose vowel sign starts the suffix
    m = Matcher([Pattern("চীন", "china", "Country", "China")])
    assert [(h.start, h.end) for h in m.find("চীনের পুলিশ", suffixes=("ের",))] == [(0, 5)]
    assert m.find("চীনের পুলিশ", suffixes=()) == []  # a vowel sign that begins no suffix: inside a word
    # a letter that folds to several characters still ends no name: "ß" is "ss"
    assert Matcher([Pattern("Strass", "x", "City", "X")]).find("Straße", suffixes=()) == []


def test_a_case_ending_after_a_hyphen_or_a_colon_on_an_acronym():
    from graphkit.extract.matcher import Matcher, Pattern

    m = Matcher([Pattern("FBI", "fbi", "LawEnforcementAgency", "FBI", "en", priority=2, source="label")])
    spans = lambda text, suffixes: [text[h.start:h.end] for h in m.find(text, suffixes=suffixes)]  # noqa: E731
    assert spans("s FBI-jem i policijom", ("jem", "a")) == ["FBI-jem"]
    assert spans("FBI:n mukaan", ("n",)) == ["FBI:n"]
    # an English compound is no case ending, nor a suffix the language does not list
    assert spans("the FBI-led action", ("s",)) == ["FBI"]
    assert spans("s FBI-jem", ()) == ["FBI"]


# ---------------------------------------------------------------- kept in the cache


def test_a_pickled_matcher_finds_what_it_found():
    import pickle

    loaded = pickle.loads(pickle.dumps(MATCHER, protocol=pickle.HIGHEST_PROTOCOL))
    for text in ("Hongkongs polis och Interpol", "ที่กรุงเทพฯ กับ ไบแนนซ์", "La Binance-communityn. INTERPOL-ului",
                 "NCFTAके साथ", "Operaţiunea Serengeti la Straße"):
        for suffixes in ((), ("s", "ului", "ฯ")):
            assert found(text, suffixes=suffixes, matcher=loaded) == found(text, suffixes=suffixes)
            assert ([h.pattern for h in loaded.find(text, suffixes=suffixes)]
                    == [h.pattern for h in MATCHER.find(text, suffixes=suffixes)])
    assert loaded.table == MATCHER.table and loaded.size == MATCHER.size


def test_patterns_of_one_name_keep_their_order():
    m = Matcher([P("Atlas", "atlas-a"), P("ATLAS", "atlas-b"), P("atlas", "atlas-c"), P("Atlas", "atlas-d")])
    assert [p.key for p in m.table["atlas"]] == ["atlas-a", "atlas-b", "atlas-c", "atlas-d"]
    assert [h.pattern.key for h in m.find("Atlas")] == ["atlas-a", "atlas-c", "atlas-d"]  # acronym "ATLAS" as written


def test_a_fingerprint_is_of_the_names_whether_asked_again_or_after_pickling():
    import pickle

    from graphkit.extract.matcher import Matcher, Pattern

    m = Matcher([Pattern("Binance", "binance", "Company", "Binance")])
    first = m.fingerprint()
    assert m.fingerprint() == first  # asked again: remembered
    assert pickle.loads(pickle.dumps(m)).fingerprint() == first
    other = Matcher([Pattern("Binance", "binance", "Company", "Binance"), Pattern("Europol", "europol", "X", "E")])
    assert other.fingerprint() != first


def test_a_name_as_written_wins_over_another_with_a_suffix_on_the_same_span():
    """"HAECHI-II" is that operation's name, not "HAECHI-I" with the Turkish accusative "-i" (whose key sorts first)."""
    matcher = Matcher([P("HAECHI-I", "haechi-1", "Operation"), P("HAECHI-II", "haechi-2", "Operation")])
    text = '20 ülkede yürütülen "HAECHI-II" operasyonunda'
    hits = matcher.find(text, suffixes=("i", "ı", "nin"))
    assert {(text[h.start:h.end], h.pattern.key) for h in hits} == {("HAECHI-II", "haechi-1"), ("HAECHI-II", "haechi-2")}
    assert [(text[h.start:h.end], h.pattern.key) for h in select(hits)] == [("HAECHI-II", "haechi-2")]

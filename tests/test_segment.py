"""graphkit.segment: word edges inside scripts written without spaces."""

from __future__ import annotations

from pathlib import Path

from graphkit.segment import at_edge, word_edges


def test_thai_edges_at_start_and_end_of_bangkok():
    text = "ที่กรุงเทพฯ ใน"
    start = text.index("กรุงเทพฯ")
    end = start + len("กรุงเทพฯ")
    assert (start, end) == (3, 11)
    edges = word_edges(text)
    assert start in edges and end in edges
    assert sorted(edges) == [0, 3, 11, 12, 14]


def test_thai_no_edge_inside_a_word():
    edges = word_edges("ปรากฏ")  # "to appear": not "ปราก" (Prague) + "ฏ"
    assert sorted(edges) == [0, 5]
    assert 4 not in edges
    assert not at_edge("ปรากฏ", 4, edges)


def test_thai_edges_between_words_without_spaces():
    text = "กว่าหมื่นเจ็ดพันข้อมูล"
    assert sorted(word_edges(text)) == [0, 4, 9, 13, 16, 22]


def test_thai_run_inside_latin_text_is_offset_in_the_whole_text():
    text = "Binance ที่กรุงเทพฯ"
    edges = word_edges(text)
    assert sorted(edges) == [8, 11, 19]


def test_latin_only_text_has_no_edges():
    assert word_edges("Binance and INTERPOL in Bangkok") is None
    assert word_edges("") is None
    assert word_edges("बिनेंस और इंटरपोल") is None  # spaced script: nothing to segment
    assert word_edges("币安") is None  # unspaced, but no segmenter for Han


def test_at_edge_without_edges_is_always_true():
    assert at_edge("Interpolation", 8, None)


def test_at_edge_at_text_ends_and_across_scripts():
    text = "Binance ที่กรุงเทพฯ"
    edges = word_edges(text)
    assert at_edge(text, 0, edges)
    assert at_edge(text, len(text), edges)
    assert at_edge(text, 7, edges)  # Latin | space: outside the Thai run
    assert at_edge(text, 11, edges)
    assert not at_edge(text, 10, edges)  # inside "กรุงเทพฯ"


def test_clusters_of_scripts_with_no_word_segmenter():
    from graphkit.segment import word_edges

    text = "ប៉ូលីសកម្ពុជា"  # Khmer: a vowel sign, and a consonant stacked under another by the coeng
    edges = word_edges(text)
    assert edges is not None
    assert sorted(edges) == [0, 3, 5, 6, 7, 11, 13]  # ប៉ូ លី ស ក ម្ពុ ជា
    assert 1 not in edges and 8 not in edges and 9 not in edges  # not before a vowel sign, nor inside ម្ព


def test_full_stops_of_khmer_myanmar_and_armenian_end_sentences():
    from graphkit.ingest import split_sentences

    text = "ប៉ូលីសបានចាប់ខ្លួន។INTERPOL បានសហការ។ Հայաստանում։ Երկրորդ։"
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "ប៉ូលីសបានចាប់ខ្លួន។", "INTERPOL បានសហការ។", "Հայաստանում։", "Երկրորդ։"]


# ---------------------------------------------------------------- the dictionary newmm reads


THAI_ARTICLES = sorted((Path(__file__).resolve().parents[1]).glob("tests/data/*/corpus/*_th.txt")) + [
    Path(__file__).resolve().parents[1] / "examples" / "corpus" / "004_45687105508210f7.txt"]


def test_newmm_without_pythainlp_gives_pythainlps_words():
    """graphkit.thai segments as pythainlp's word_tokenize with newmm does, with its own dictionary: whole articles
    (Latin words, numbers with separators, newlines among the Thai), every line, every run of Thai, and bits."""
    import re

    from pythainlp.tokenize import word_dict_trie, word_tokenize

    from graphkit.segment import thai_words
    from graphkit.thai import words

    texts = [p.read_text(encoding="utf-8") for p in THAI_ARTICLES]
    assert len(texts) >= 3
    pieces = list(texts)
    for text in texts:
        pieces += text.splitlines()
        pieces += re.findall(r"[\u0e00-\u0e7f]+(?: [\u0e00-\u0e7f]+)*", text)
    pieces += ["", " ", "ที่กรุงเทพฯ ใน", "ปรากฏ", "เวลา 12:00น อัตรา 1,234.5 บาท", "๑,๒๐๙ ราย", "IP 127.0.0.1 ครับ",
               "กกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกก", "เ", "ไบแนนซ์\r\nและ\tอินเตอร์โพล"]
    trie, ours = word_dict_trie(), thai_words()
    for piece in pieces:
        assert words(ours, piece) == word_tokenize(piece, engine="newmm", keep_whitespace=True, custom_dict=trie), piece


def test_thai_words_segment_as_pythainlps_own_trie():
    """The dictionary graphkit loads gives newmm the same words as pythainlp's trie, so the same edges."""
    from pythainlp.tokenize import word_dict_trie, word_tokenize

    from graphkit.segment import thai_words

    texts = [p.read_text(encoding="utf-8") for p in THAI_ARTICLES]
    assert len(texts) >= 3
    texts += ["ที่กรุงเทพฯ ใน", "ปรากฏ", "กว่าหมื่นเจ็ดพันข้อมูล", "ไบแนนซ์และอินเตอร์โพล 2,500 ล้านบาท"]
    trie, ours = word_dict_trie(), thai_words()
    for text in texts:
        assert (word_tokenize(text, engine="newmm", keep_whitespace=True, custom_dict=ours)
                == word_tokenize(text, engine="newmm", keep_whitespace=True, custom_dict=trie))
        for start in range(len(text)):
            assert ours.prefixes(text, start) == trie.prefixes(text, start)


def test_thai_words_hold_every_word_and_no_other():
    from pythainlp.corpus import thai_words as pythainlp_words

    from graphkit.segment import ThaiWords, thai_words

    words = {w.strip() for w in pythainlp_words() if w.strip()}
    ours = thai_words()
    assert set(ours.words()) == words
    assert "กรุงเทพ" in ours and "กรุงเท" not in ours and "ปราก" in ours
    small = ThaiWords.of(["กรุงเทพ", " กรุง ", "ดี"])
    assert small.prefixes("กรุงเทพมหานคร") == ["กรุง", "กรุงเทพ"]
    assert small.prefixes("ดีมาก") == ["ดี"] and small.prefixes("xกรุง") == [] and small.prefixes("xกรุง", 1) == ["กรุง"]


def test_thai_words_at_every_position_of_texts_asked_in_turn():
    """Words are found per text: asking about another text, then the first again, gives each its own words."""
    from graphkit.segment import ThaiWords

    small = ThaiWords.of(["กรุง", "กรุงเทพ", "เทพ", "ทพ", "ดี", "มาก", "ดีมาก"])
    first, second = "กรุงเทพดีมาก", "ดีมากกรุงเทพ"
    expected_first = {0: ["กรุง", "กรุงเทพ"], 4: ["เทพ"], 5: ["ทพ"], 7: ["ดี", "ดีมาก"], 9: ["มาก"]}
    for text, expected in ((first, expected_first), (second, {0: ["ดี", "ดีมาก"], 2: ["มาก"], 5: ["กรุง", "กรุงเทพ"],
                                                              9: ["เทพ"], 10: ["ทพ"]}), (first, expected_first)):
        assert {i: small.prefixes(text, i) for i in range(len(text)) if small.prefixes(text, i)} == expected
    assert ThaiWords.of([]).prefixes("กรุงเทพ") == [] and "กรุง" in small and "กรุงเท" not in small


def test_a_thai_article_is_segmented_without_importing_pythainlp(tmp_path):
    """Once the dictionary is in the cache, a process that reads a Thai article does not import pythainlp."""
    import os
    import subprocess
    import sys

    code = ("import sys; from graphkit.segment import word_edges; edges = word_edges('ที่กรุงเทพฯ ใน'); "
            "print(sorted(edges), 'pythainlp' in sys.modules)")
    env = dict(os.environ, GRAPHKIT_CACHE_DIR=str(tmp_path / "cache"),
               PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
            for _ in range(2)]
    assert runs == ["[0, 3, 11, 12, 14] True\n", "[0, 3, 11, 12, 14] False\n"]  # built with pythainlp, then loaded

"""graphkit.ingest: finding files, decoding them, languages and sentences."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from graphkit.errors import InputError
from graphkit.ingest import (
    Skipped,
    collect,
    decode,
    detect_language,
    make_document,
    read_document,
    read_text,
    split_sentences,
)
from graphkit.model import Span

SEEDS = Path("/work/shared/corpus/seeds")
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "Binance şi INTERPOL — ไบแนนซ์, 币安, बिनेंस 𝔸"


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


# ---------------------------------------------------------------- decode


def test_decode_utf8():
    assert decode(SAMPLE.encode("utf-8")) == SAMPLE


def test_decode_utf8_with_bom_drops_the_bom():
    text = decode(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"))
    assert text == SAMPLE
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize(
    "bom, encoding",
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_decode_utf16_and_utf32_with_bom(bom, encoding):
    assert decode(bom + SAMPLE.encode(encoding)) == SAMPLE


def test_decode_python_utf16_and_utf32_codecs():
    # Python's "utf-16" / "utf-32" codecs write a BOM in native order
    assert decode(SAMPLE.encode("utf-16")) == SAMPLE
    assert decode(SAMPLE.encode("utf-32")) == SAMPLE


def test_decode_keeps_crlf_and_unicode_as_is():
    raw = "Line one.\r\nLine two.\r\n".encode("utf-8")
    assert decode(raw) == "Line one.\r\nLine two.\r\n"
    assert decode("Cafe\u0301".encode("utf-8")) == "Cafe\u0301"  # no normalisation


def test_decode_invalid_utf8_names_the_file():
    with pytest.raises(InputError, match=r"article\.txt: not valid UTF-8 \(byte 3") as info:
        decode(b"caf\xe9 au lait", name="article.txt")
    assert info.value.code == "E100"
    assert info.value.hint == "re-save the file as UTF-8"


def test_decode_binary_names_the_file():
    with pytest.raises(InputError, match=r"image\.txt: looks binary \(NUL bytes\)"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", name="image.txt")


def test_decode_utf16_without_bom_is_binary():
    with pytest.raises(InputError, match="looks binary"):
        decode(SAMPLE.encode("utf-16-le"), name="x.txt")


def test_decode_broken_text_after_bom():
    with pytest.raises(InputError, match=r"x\.txt: invalid utf-8 after its byte order mark"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe ok", name="x.txt")
    with pytest.raises(InputError, match=r"x\.txt: invalid utf-16-le after its byte order mark"):
        decode(codecs.BOM_UTF16_LE + b"a", name="x.txt")


# ---------------------------------------------------------------- read_text


def test_read_text_invalid_utf8_names_the_path(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Binance \xc3\x28 Interpol")
    with pytest.raises(InputError) as info:
        read_text(path)
    assert str(path) in info.value.message
    assert "not valid UTF-8" in info.value.message


def test_read_text_binary_names_the_path(tmp_path):
    path = tmp_path / "blob.md"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="looks binary") as info:
        read_text(path)
    assert str(path) in info.value.message


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\u00a0\n".encode("utf-8"), codecs.BOM_UTF8])
def test_read_text_empty_or_blank_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_text(path)
    assert info.value.message == f"{path}: is empty"


def test_read_text_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")


def test_read_text_folder(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


def test_read_document_keeps_crlf_and_offsets_count_it(tmp_path):
    path = tmp_path / "001_crlf.txt"
    path.write_bytes(b"Binance and Interpol.\r\n\r\nThey met in Lyon. Then left.\r\n")
    doc = read_document(path, language="en")
    assert doc.id == "001_crlf.txt"
    assert doc.path == str(path)
    assert doc.text == "Binance and Interpol.\r\n\r\nThey met in Lyon. Then left.\r\n"
    assert doc.sentences == (Span(0, 21), Span(25, 42), Span(43, 53))
    assert [doc.text[s.start:s.end] for s in doc.sentences] == [
        "Binance and Interpol.", "They met in Lyon.", "Then left.",
    ]


def test_read_document_utf16(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(codecs.BOM_UTF16_BE + "Binance a colaborat cu INTERPOL.".encode("utf-16-be"))
    doc = read_document(path, language="ro")
    assert doc.text == "Binance a colaborat cu INTERPOL."


# ---------------------------------------------------------------- collect


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    for name in ("b.txt", "a.md", "notes.pdf", "sub/c.TXT", "sub/data.json", "sub/deeper/d.txt",
                 ".hidden.txt", ".git/HEAD.txt", "sub/.DS_Store"):
        (root / name).write_text("Binance.", encoding="utf-8")
    return root


def test_collect_recurses_and_sorts(tree):
    files, skipped = collect([tree])
    assert [p.relative_to(tree).as_posix() for p in files] == ["a.md", "b.txt", "sub/c.TXT", "sub/deeper/d.txt"]
    assert skipped == [
        Skipped(str(tree / "notes.pdf"), "not a .txt or .md file"),
        Skipped(str(tree / "sub" / "data.json"), "not a .txt or .md file"),
    ]


def test_collect_skips_hidden_files_and_folders_silently(tree):
    files, skipped = collect([tree])
    reported = {Path(s.path).name for s in skipped} | {p.name for p in files}
    assert ".hidden.txt" not in reported
    assert "HEAD.txt" not in reported
    assert ".DS_Store" not in reported


def test_collect_dedupes(tree):
    a = tree / "a.md"
    files, skipped = collect([a, str(a), tree, tree / "sub", tree / "sub" / ".." / "a.md"])
    assert [p.relative_to(tree).as_posix() for p in files] == ["a.md", "b.txt", "sub/c.TXT", "sub/deeper/d.txt"]
    assert files[0] == a  # the order of first appearance
    assert len(skipped) == 3  # notes.pdf, and sub/data.json seen twice


def test_collect_reads_an_explicit_file_whatever_its_ending(tree):
    files, skipped = collect([tree / "notes.pdf"])
    assert files == [tree / "notes.pdf"]
    assert skipped == []


def test_collect_missing_path(tmp_path):
    with pytest.raises(InputError) as info:
        collect([tmp_path / "missing"])
    assert info.value.message == f"{tmp_path / 'missing'}: no such file or folder"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_collect_broken_links(tmp_path):
    root = tmp_path / "c"
    root.mkdir()
    (root / "ok.txt").write_text("Binance.", encoding="utf-8")
    (root / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    files, skipped = collect([root])
    assert files == [root / "ok.txt"]
    assert skipped == [Skipped(str(root / "dangling.txt"), "broken link")]
    with pytest.raises(InputError, match="broken link"):
        collect([root / "dangling.txt"])


def test_collect_empty_input():
    assert collect([]) == ([], [])


# ---------------------------------------------------------------- sentences


def test_split_sentences_keeps_abbreviations_together():
    text = "Dr. Smith met M. Dupont. Then he left."
    assert split_sentences(text, abbreviations=["Dr"]) == (Span(0, 24), Span(25, 38))
    assert split_sentences(text) == (Span(0, 3), Span(4, 24), Span(25, 38))  # "Dr" is the language's to list
    assert [text[s.start:s.end] for s in split_sentences(text, abbreviations=["Dr"])] == [
        "Dr. Smith met M. Dupont.", "Then he left."]


def test_split_sentences_docstring_example():
    assert split_sentences("One. Two!\nThree") == (Span(0, 4), Span(5, 9), Span(10, 15))


def test_split_sentences_after_a_short_name():
    assert sentences("I met Bob. Then we left.") == ["I met Bob.", "Then we left."]


def test_split_sentences_cuts_after_ordinary_words():
    assert sentences("Binance met Europol. Then INTERPOL joined! Why? Nobody knows.") == [
        "Binance met Europol.", "Then INTERPOL joined!", "Why?", "Nobody knows.",
    ]


def test_split_sentences_no_cut_before_lowercase():
    assert sentences("Hello world. then lowercase. Next one.") == ["Hello world. then lowercase.", "Next one."]


def test_split_sentences_number_with_decimal_point():
    assert sentences("Total 3.5 million. Next one.") == ["Total 3.5 million.", "Next one."]


def test_split_sentences_closing_quote_stays_with_its_sentence():
    assert sentences('He said: "Stop." Then left.') == ['He said: "Stop."', "Then left."]
    assert sentences("«Binance a organisé une session.» Puis rien.") == [
        "«Binance a organisé une session.»", "Puis rien.",
    ]


def test_split_sentences_french_spaced_guillemet():
    assert sentences("« Binance a organisé une session. » Puis rien.") == [
        "« Binance a organisé une session. »", "Puis rien.",
    ]


def test_split_sentences_hindi_danda():
    text = "पहला वाक्य है। दूसरा वाक्य है।"
    assert split_sentences(text) == (Span(0, 14), Span(15, 30))
    assert sentences(text) == ["पहला वाक्य है।", "दूसरा वाक्य है।"]


def test_split_sentences_cjk_full_stop_without_space():
    text = "币安与国际刑警组织合作。他们逮捕了1209人。第三句"
    assert sentences(text) == ["币安与国际刑警组织合作。", "他们逮捕了1209人。", "第三句"]
    assert split_sentences(text) == (Span(0, 12), Span(12, 23), Span(23, 26))


def test_split_sentences_thai_space_between_thai_letters():
    text = "Binance และพันธมิตรจับกุมผู้ต้องหา 1,209 ราย ผ่านปฏิบัติการ"
    # the space between two Thai letters (before "ผ่าน") ends a sentence;
    # spaces next to Latin letters or digits do not
    assert sentences(text) == ["Binance และพันธมิตรจับกุมผู้ต้องหา 1,209 ราย", "ผ่านปฏิบัติการ"]


def test_split_sentences_newlines_are_blocks():
    text = "Headline without stop\n\n  Body one. Body two\nLast line\n"
    assert split_sentences(text) == (Span(0, 21), Span(25, 34), Span(35, 43), Span(44, 53))
    assert sentences(text) == ["Headline without stop", "Body one.", "Body two", "Last line"]


def test_split_sentences_crlf():
    text = "Line one\r\nLine two\r\nLine three"
    assert split_sentences(text) == (Span(0, 8), Span(10, 18), Span(20, 30))


def test_split_sentences_blank_text():
    assert split_sentences("") == ()
    assert split_sentences(" \n\n\t ") == ()


# ---------------------------------------------------------------- language


@pytest.mark.parametrize(
    "name, code",
    [
        ("000_3a724b7a76be0e89.txt", "hi"),
        ("001_e8e737de296aae96.txt", "fr"),
        ("002_c4961fa566e269b9.txt", "sv"),
        ("003_116afd1c6ca5450f.txt", "ro"),
        ("004_45687105508210f7.txt", "th"),
    ],
)
def test_detect_language_on_seed_articles(name, code):
    text = read_text(SEEDS / name)
    assert detect_language(text) == code
    assert make_document(text, doc_id=name).language == code


# ---------------------------------------------------------------- make_document


def test_make_document():
    text = "Binance a colaborat cu INTERPOL. Apoi, nimic."
    doc = make_document(text, doc_id="x.txt", language="ro")
    assert doc.id == "x.txt"
    assert doc.text == text
    assert doc.language == "ro"
    assert doc.sentences == (Span(0, 32), Span(33, 45))
    assert doc.path is None
    assert doc.mentions == doc.relations == doc.figures == ()


def test_make_document_hash_is_of_the_text():
    import hashlib

    doc = make_document("Binance.", doc_id="x.txt", language="en")
    assert doc.content_hash == hashlib.sha256("Binance.".encode("utf-8")).hexdigest()


@pytest.mark.parametrize("bad", ["xx-YY", "EN", "f", "french", "fr_FR", ""])
def test_make_document_rejects_bad_language(bad):
    with pytest.raises(InputError, match="is invalid; give an ISO 639-1 code"):
        make_document("Binance.", doc_id="x.txt", language=bad)


@pytest.mark.parametrize("text, code", [
    ("ប៉ូលីសកម្ពុជាបានចាប់ខ្លួនជនសង្ស័យចំនួន ៣០នាក់ ក្នុងប្រតិបត្តិការរួមគ្នាជាមួយ INTERPOL និង Group-IB។", "km"),
    ("ኢንተርፖል በአፍሪካ በተካሄደው ዘመቻ ከአንድ ሺህ በላይ ተጠርጣሪዎችን በቁጥጥር ስር አውሏል።", "am"),
    ("မြန်မာနိုင်ငံ ရဲတပ်ဖွဲ့သည် INTERPOL နှင့်အတူ အွန်လိုင်းလိမ်လည်မှုဂိုဏ်းကို ဖမ်းဆီးခဲ့သည်။", "my"),
    ("საქართველოს შინაგან საქმეთა სამინისტრომ INTERPOL-თან ერთად ოპერაცია ჩაატარა.", "ka"),
])
def test_a_script_that_names_its_language(text, code):
    # lingua knows neither Khmer, Burmese nor Amharic: the script says which language it is
    assert detect_language(text) == code


def test_latin_names_do_not_outvote_the_script():
    text = "Group-IB, Kaspersky, Trend Micro, Microsoft, INTERPOL, AFRIPOL: " + "ប៉ូលីសកម្ពុជាបានចាប់ខ្លួនជនសង្ស័យ" * 2
    assert detect_language(text) == "km"


def test_a_language_lingua_does_not_know_is_told_by_its_words():
    # lingua calls Nepali Hindi; Nepali's own frequent words outnumber Hindi's
    nepali = ("नेपाल प्रहरीले अनलाइन ठगीमा संलग्न ५२ जनालाई पक्राउ गरेको छ। प्रहरीका अनुसार उनीहरूले नक्कली एप "
              "बनाएर ठगी गरेका थिए। यो अभियान केन्द्रीय अनुसन्धान ब्यूरोले सञ्चालन गरेको हो र अनुसन्धान जारी छ। "
              "प्रवक्ताले भने कि थप व्यक्ति पनि पक्राउ पर्न सक्छन्।")
    hindi = ("सीबीआई ने ऑनलाइन ठगी के मामले में 52 लोगों को गिरफ्तार किया है। पुलिस के अनुसार वे नकली ऐप बनाकर "
             "ठगी कर रहे थे। यह अभियान केंद्रीय जांच ब्यूरो ने चलाया और जांच जारी है। प्रवक्ता ने कहा कि और लोग "
             "भी गिरफ्तार हो सकते हैं।")
    assert detect_language(nepali) == "ne"
    assert detect_language(hindi) == "hi"
    from graphkit.lang import coverage

    assert coverage("ne")["identified"] == "words"


def test_identifying_words_count_only_in_the_script_of_the_article():
    # an English article quoting an officer in Hindi: the quotation's "है", "और", "में" made it Hindi
    text = ("Europol and the Indian police arrested 40 suspects in a call-centre fraud, the agency said on Tuesday. " * 3
            + "A local officer told reporters: “यह बहुत बड़ा मामला है और हम इसकी जांच कर रहे हैं, इस में और लोग भी "
              "शामिल थे।” The investigation continues in Delhi and Mumbai, where more raids are planned.")
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", [
    "प्रहरीले १,२०९ जना शंकास्पद व्यक्तिलाई पक्राउ गरेको छ र ९७ मिलियन अमेरिकी डलर फिर्ता गरेको छ।",
    "Interpol ले AFRIPOL सँग सहकार्य गरेको छ।",
    "यो गठबन्धन सन् 2019 मा स्थापना भएको थियो र 2021 देखि 2023 सम्म यसको विस्तार भयो।",
])
def test_a_short_nepali_text_is_told_by_the_few_words_it_has(text):
    # five identifying words were needed whatever the length: a sentence has two to four
    assert detect_language(text) == "ne"


@pytest.mark.parametrize("text", [
    # Hindi writes "या" (or) and "व" (and), which are Marathi identifying words: two of them do not make it Marathi
    "दिल्ली पुलिस का बड़ा अभियान: सैकड़ों ठग गिरफ्तार या फरार, करोड़ों रुपये जब्त या फ्रीज",
    # nor seven, where lingua is sure it is Hindi
    "दिल्ली पुलिस या मुंबई पुलिस या कोलकाता पुलिस या चेन्नई पुलिस या बेंगलुरु पुलिस व साइबर सेल व सीबीआई व "
    "प्रवर्तन निदेशालय: सैकड़ों ठग गिरफ्तार, करोड़ों रुपये जब्त, जांच जारी",
])
def test_lingua_weighed_the_languages_it_knows(text):
    assert detect_language(text) == "hi"


# ---------------------------------------------------------------- language: the languages lingua weighs


def _lingua_alone(text: str) -> str:
    """The language lingua finds weighing every language it knows, the identifying words then applied: what
    identification was before the frequent words chose the languages lingua weighs."""
    from graphkit.ingest import _by_words, _detector

    found = _detector().detect_language_of(text[:20000])
    return "und" if found is None else _by_words(text[:20000], found.iso_code_639_1.name.lower())


def _candidates_of(text: str):
    from graphkit.ingest import _candidates, _main_script, _script_words

    main = _main_script(text)
    return _candidates(main, *_script_words(text, main))


TURKISH = ("İstanbul merkezli 14 ilde eş zamanlı düzenlenen operasyonda, sahte yatırım siteleri üzerinden "
           "vatandaşları dolandıran suç örgütüne yönelik 87 şüpheli gözaltına alındı. Emniyet Genel Müdürlüğü Siber "
           "Suçlarla Mücadele Daire Başkanlığı koordinasyonunda yürütülen çalışmada kripto para hesapları da "
           "incelendi. ")
ENGLISH_QUOTE = ('"This is one of the largest operations that we have seen in the region, and it shows what can be '
                 'done when the police and the private sector work together," said a spokesperson for the company, '
                 'who added that the investigation was still going on and that more arrests were expected in the '
                 'coming weeks. ')
POLISH = ("Policja zatrzymała dwadzieścia osób po dużym śledztwie w sprawie oszustw internetowych. Według policji "
          "zabezpieczono kilka milionów złotych, a sprawa nie jest jeszcze zakończona. To pierwszy raz, kiedy taka "
          "akcja została przeprowadzona we współpracy z firmami prywatnymi, powiedział rzecznik policji. ")
NORWEGIAN = ("Politiet har pågrepet 20 personer etter en stor etterforskning av nettsvindel. Ifølge politiet ble det "
             "beslaglagt flere millioner kroner, og saken er ikke avsluttet. Det er første gang at en slik aksjon blir "
             "gjennomført i samarbeid med private selskaper, sier politiinspektøren. Hun mener at samarbeidet har "
             "vært svært viktig, og at flere aksjoner kommer i løpet av året. ")
UKRAINIAN = ("Поліція затримала двадцять людей після великого розслідування інтернет-шахрайства. За даними поліції, "
             "було вилучено кілька мільйонів гривень, і справа ще не закрита. Це перший раз, коли така операція "
             "проводиться спільно з приватними компаніями, повідомив представник поліції. За його словами, співпраця "
             "була дуже важливою, і протягом року будуть нові операції. ")


@pytest.mark.parametrize("name, code", [("001_e8e737de296aae96.txt", "fr"), ("002_c4961fa566e269b9.txt", "sv"),
                                        ("003_116afd1c6ca5450f.txt", "ro")])
def test_lingua_weighs_the_few_languages_whose_frequent_words_an_article_is_full_of(name, code):
    text = read_text(SEEDS / name)
    candidates = _candidates_of(text)
    # a handful of the 49 languages lingua knows in the Latin script, the article's among them
    assert candidates is not None and code in candidates and len(candidates) <= 6
    assert detect_language(text) == _lingua_alone(text) == code


@pytest.mark.parametrize("text, code", [
    (NORWEGIAN, "nb"),  # its neighbours, Danish and Nynorsk, are weighed with it: their words are much the same
    (UKRAINIAN, "uk"),
    (TURKISH * 3, "tr"),  # few words written apart, many with "ı", "ş", "ğ"
])
def test_the_languages_weighed_give_lingua_s_own_choice(text, code):
    assert _candidates_of(text) is not None
    assert detect_language(text) == _lingua_alone(text) == code


def test_an_article_full_of_one_language_s_words_is_in_it_without_lingua():
    text = ENGLISH_QUOTE * 3
    assert _candidates_of(text) == ("en",)
    assert detect_language(text) == _lingua_alone(text) == "en"


@pytest.mark.parametrize("article, code", [(TURKISH, "tr"), (POLISH, "pl")])
@pytest.mark.parametrize("quotes", [1, 2, 3])
def test_an_english_quotation_does_not_make_an_article_english(article, code, quotes):
    # the English quotations have more frequent words than the article around them: English is weighed, not
    # chosen (lingua weighs the letters of Turkish and Polish, "ı", "ğ", "ł", "ż", more than their share of words)
    text = article + ENGLISH_QUOTE * quotes + article
    assert code in _candidates_of(text)
    assert detect_language(text) == _lingua_alone(text) == code


FRENCH_QUOTE = ("« C'est l'une des plus grandes opérations que nous ayons vues dans la région, et elle montre ce que "
                "la police et le secteur privé peuvent faire ensemble », a déclaré un porte-parole de la société, qui "
                "a ajouté que l'enquête était toujours en cours et que d'autres arrestations étaient attendues dans "
                "les semaines à venir. ")


def _smoke_article(code: str) -> str:
    """The smoke sentences of a language (tests/data/lang-smoke), one after the other: an article in it."""
    import tomllib

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    data = tomllib.loads((ROOT / "tests" / "data" / "lang-smoke" / f"{code}.toml").read_text(encoding="utf-8"))
    sentences: list[str] = []
    for value in data.values():
        sentences += [s for s in strings(value) if len(s.split()) >= 4 and s not in sentences]
    return " ".join(sentences) + " "


@pytest.mark.parametrize("code, quote, languages", [
    ("et", ENGLISH_QUOTE * 2, {"et"}), ("et", FRENCH_QUOTE * 2, {"et"}), ("fi", FRENCH_QUOTE, {"fi"}),
    ("lv", FRENCH_QUOTE * 2, {"lv"}), ("ms", FRENCH_QUOTE * 2, {"ms"}),
    ("sr", FRENCH_QUOTE * 2, {"sr", "hr", "bs"}),  # Serbian, mostly in the Latin script: lingua calls it Croatian
])
def test_a_quotation_full_of_frequent_words_does_not_outweigh_a_longer_article_that_writes_few(code, quote, languages):
    # Estonian, Finnish, Latvian, Malay and Serbian write fewer words apart than English or French: a quotation
    # shorter than the article had more frequent words, and its language was chosen without lingua, or weighed
    # without the article's; the article's language leads the runs of words it is written in, and is weighed
    article = _smoke_article(code)
    assert len(article.split()) > len(quote.split())
    for text in (article + quote, quote + article):
        assert detect_language(text) == _lingua_alone(text)
        assert detect_language(text) in languages

def test_a_headline_with_few_frequent_words_is_weighed_against_every_language():
    # "uz", "i", "protiv": three Croatian words, also Latin, Bosnian, Slovene ones; three were too few to choose by
    text = "HUB uz potporu MUP-a i Nacionalnog CERT-a pokrenuo kampanju „Budimo realni” protiv internetskih prijevara"
    assert _candidates_of(text) is None
    assert detect_language(text) == "hr"


def test_a_language_no_list_is_of_is_weighed_against_every_language():
    # Hausa's "a", "da", "na", "ta" are frequent words of a dozen languages: they name none of them (lingua, which
    # knows no Hausa, calls it Indonesian; weighing the dozen only, it called it Latin)
    text = ("'Yan sanda sun kama mutane ashirin a Kano bisa zargin damfara ta intanet. A cewar rundunar 'yan sanda, an "
            "kwace miliyoyin naira kuma har yanzu ana ci gaba da bincike. Wannan shi ne karo na farko da aka gudanar "
            "da irin wannan aiki tare da kamfanoni masu zaman kansu, in ji kakakin 'yan sanda. Ya ce hadin gwiwar "
            "yana da matukar muhimmanci, kuma za a kara gudanar da ayyuka a cikin shekara. ") * 2
    assert _candidates_of(text) is None
    assert detect_language(text) == _lingua_alone(text)


def test_latin_names_in_a_chinese_article_do_not_make_it_latin():
    # more Latin letters than Chinese characters, but a Chinese character is a word to lingua
    text = ("Binance、Coinbase、Kraken、Microsoft、Trend Micro、Kaspersky、Group-IB 与 INTERPOL 合作，警方在行动中逮捕了 "
            "1209 名嫌疑人，并追回了 9700 万美元。The operation was announced by INTERPOL and the companies. ") * 3
    assert _candidates_of(text) is None
    assert detect_language(text) == _lingua_alone(text) == "zh"


def test_the_frequent_words_name_languages_lingua_knows():
    from lingua import Language

    from graphkit.lang import frequent_words

    table = frequent_words()
    lingua = {x.iso_code_639_1.name.lower() for x in Language.all()}
    for script, codes in table.scripts.items():
        assert codes <= lingua, script
        assert table.listed[script] == codes, f"{script}: languages without frequent words"
        assert {c for t in (table.words[script], table.letters[script]) for cs in t.values() for c in cs} <= codes
    for code, near in table.neighbours.items():
        assert any(near <= codes for codes in table.scripts.values()), f"{code}'s neighbours are of several scripts"


def test_a_space_ends_a_thai_sentence_but_not_next_to_a_digit_nor_in_khmer():
    thai = "ตำรวจจับกุมผู้ต้องหา ๑,๒๐๙ ราย ยึดเงินได้จำนวนมาก"
    assert [thai[s.start:s.end] for s in split_sentences(thai)] == ["ตำรวจจับกุมผู้ต้องหา ๑,๒๐๙ ราย", "ยึดเงินได้จำนวนมาก"]
    # Khmer ends its sentences with "។": its spaces set phrases and foreign names apart ("ម៉ៅ នីង")
    khmer = "លោកស្រី ម៉ៅ នីង បានថ្លែងថា ប៉ូលីសបានចាប់ខ្លួនជនសង្ស័យចំនួន ១.២០៩ នាក់។ ក្នុងប្រតិបត្តិការនេះ"
    assert [khmer[s.start:s.end] for s in split_sentences(khmer)] == [
        "លោកស្រី ម៉ៅ នីង បានថ្លែងថា ប៉ូលីសបានចាប់ខ្លួនជនសង្ស័យចំនួន ១.២០៩ នាក់។", "ក្នុងប្រតិបត្តិការនេះ"]


class _Scanned:
    """A compiled pattern of graphkit.ingest that counts the characters its searches go over."""

    def __init__(self, pattern, tally: list[int]):
        self.pattern, self.tally = pattern, tally

    def _span(self, string: str, pos: int, found) -> None:
        self.tally[0] += (found.end() if found else len(string)) - pos + 1

    def search(self, string, pos=0, endpos=None):
        found = self.pattern.search(string, pos, len(string) if endpos is None else endpos)
        self._span(string, pos, found)
        return found

    def match(self, string, pos=0, endpos=None):
        found = self.pattern.match(string, pos, len(string) if endpos is None else endpos)
        self.tally[0] += (found.end() - pos if found else 0) + 1
        return found

    def finditer(self, string, pos=0, endpos=None):
        self.tally[0] += len(string) - pos + 1
        return self.pattern.finditer(string, pos, len(string) if endpos is None else endpos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


@pytest.mark.parametrize("text", [
    "A. " * 20_000,                                           # initials: no cut, each full stop checked
    "The police and Microsoft signed an agreement. Dr. Smith said so. " * 4_600,  # 300 KB on one line
    "x" + "." * 60_000 + "x",                                 # a run of full stops that no space follows
], ids=["initials", "english-one-line", "full-stops"])
def test_split_sentences_reads_each_character_a_bounded_number_of_times(monkeypatch, text):
    """Sentence splitting is linear: the characters the patterns go over stay a small multiple of the text's
    (it read the block up to each full stop again, to find the word before it: 28 s for 60 KB of "A. A. …")."""
    import re

    import graphkit.ingest as ingest

    tally = [0]
    for name, value in list(vars(ingest).items()):
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(ingest, name, _Scanned(value, tally))
    spans = ingest.split_sentences(text, abbreviations=["dr"])
    assert tally[0] <= 6 * len(text), (tally[0], len(text))
    assert spans  # and the text was split


def test_a_lone_surrogate_is_an_input_error():
    # it failed in hashing (or lingua) with a UnicodeEncodeError
    import graphkit
    from graphkit.errors import InputError

    for language in ("en", None):
        with pytest.raises(InputError, match=r"t\.txt: the text holds a lone surrogate \(U\+D800\) at offset 8") as info:
            make_document("Europol \ud800 signed.", doc_id="t.txt", language=language)
        assert "replace" in info.value.hint
    doc = make_document("Europol signed.", doc_id="t.txt", language="en").with_(text="Europol \udc80 signed.")
    with pytest.raises(InputError, match=r"lone surrogate \(U\+DC80\)"):
        graphkit.build_documents([doc])


def test_a_full_stop_after_a_thai_letter_marks_an_abbreviation_and_ends_no_sentence():
    # Thai has no full stop: "บช.สอท." (the CCIB) and "กสทช." (the NBTC) are abbreviations, and the phrase runs on
    # to the next space between two Thai letters
    text = "กองบัญชาการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี (บช.สอท.) ร่วมกับ กสทช. แถลงข่าว"
    assert sentences(text) == ["กองบัญชาการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี (บช.สอท.) ร่วมกับ", "กสทช. แถลงข่าว"]
    # a full stop after a Latin letter in a Thai text still ends its sentence
    assert sentences("ทรู ร่วมกับ AIS. ตำรวจแถลง") == ["ทรู", "ร่วมกับ AIS.", "ตำรวจแถลง"]


def test_a_georgian_sentence_starts_with_a_letter_unicode_calls_lowercase():
    # Mkhedruli letters are lowercase to Unicode (its capitals, Mtavruli, are kept for titles): the full stop ends
    # the sentence all the same
    text = "პოლიციამ 8 პირი დააკავა. ეროვნული ბანკი თანამშრომლობდა."
    assert sentences(text) == ["პოლიციამ 8 პირი დააკავა.", "ეროვნული ბანკი თანამშრომლობდა."]
    # a lowercase Latin letter after a full stop still continues the sentence ("approx. ten")
    assert len(sentences("It cost approx. ten million.")) == 1

"""graphkit.extract.sounds: known Latin names written by their sound in another script."""

from __future__ import annotations

import pytest

from graphkit.extract import discovery, gazetteer, sounds
from graphkit.ingest import make_document


def found(text: str, lang: str) -> list[tuple]:
    doc = discovery.annotate(gazetteer.annotate(make_document(text, doc_id="t.txt", language=lang)))
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    return [(m.text, m.key) for m in doc.mentions if m.method == "discovery:sound"]


def test_skeletons_of_a_name_in_several_scripts_agree():
    assert sounds.skeleton("ካስፐርስኪ") == sounds.skeleton("Kaspersky") == "ksprsk"
    assert sounds.skeleton("Евроџаст") == sounds.skeleton("ევროჯასტი"[:-1]) == sounds.skeleton("Eurojust")
    assert sounds.skeleton("شدوسرور") == sounds.skeleton("Shadowserver")


def test_amharic_name_with_a_clitic_preposition():
    text = "ኢንተርፖል ከካስፐርስኪ ጋር ስምምነት ተፈራርሟል። ካስፐርስኪ መረጃ ያጋራል።"
    assert found(text, "am") == [("ከካስፐርስኪ", "kaspersky"), ("ካስፐርስኪ", "kaspersky")]


def test_serbian_cyrillic_name_with_a_case_ending():
    text = "Операција је спроведена у сарадњи са Евроџастом и Европолом."
    assert ("Евроџастом", "eurojust") in found(text, "sr")


def test_persian_name_of_two_words():
    text = "شرکت‌های ترند مایکرو و شدوسرور در این عملیات همکاری کردند."
    assert found(text, "fa") == [("ترند مایکرو", "trend-micro"), ("شدوسرور", "shadowserver")]


def test_ordinary_words_that_share_a_skeleton_are_not_names():
    # "кривичних" (criminal, lowercase in a cased script) is no Kraken; "اشتراک" (sharing) is no Austrac;
    # "ኩባንያችን" (our company) is no KBank, a name too short to be matched by its sound
    assert found("Подаци о кривичних делима су размењени.", "sr") == []
    assert found("اشتراک اطلاعات میان کشورها ادامه دارد.", "fa") == []
    assert found("ኩባንያችን ከፖሊስ ጋር ይሰራል።", "am") == []


def test_a_known_acronym_spelled_out_letter_by_letter():
    # Hindi "एफ़बीआई" (ef-bi-ai), Bengali "বিকেএ" (bi-ke-e), Marathi "आय४सी" with the case ending "ने"
    assert ("एफ़बीआई", "fbi") in found("अमेरिका की एफ़बीआई ने जांच की।", "hi")
    assert ("বিকেএ", "bka") in found("জার্মানির বিকেএ জানিয়েছে।", "bn")
    assert ("आय४सीने", "india-i4c") in found("भारतातील आय४सीने इशारा दिला.", "mr")


def test_a_national_body_spelled_out_needs_its_country_in_the_article():
    # "सीआईबी" of a Nepali article is Nepal's bureau, not Thailand's CIB (the registry's only CIB)
    assert found("सीआईबीका प्रवक्ताले जानकारी दिए।", "ne") == []


def test_a_name_sounds_alike_from_its_first_letter():
    # Bengali "সতর্ক" (satark, alert) shares Austrac's consonants, not its first sound
    assert found("সবাইকে সতর্ক থাকতে বলা হয়েছে।", "bn") == []


def test_a_word_of_the_language_itself_is_no_foreign_name():
    # "המשטרה" (the police, a head word of Hebrew) and "المستعار" (the pseudonym) share Movistar's skeleton
    assert found("המשטרה הצרפתית עצרה שני חשודים.", "he") == []
    assert found("ينشط في منتديات القرصنة تحت الاسم المستعار المعروف.", "ar") == []


def test_a_word_spells_out_the_acronyms_whose_letters_pattern_it_matches():
    """A word spells out exactly the known acronyms whose letters' names, one after the other, make it: what a
    regular expression of each acronym's letters finds, in the registry's order."""
    import itertools
    import re

    from graphkit.extract.registry import load_registry

    acronyms = sounds._acronyms(load_registry())
    assert len(acronyms.owned) > 100
    patterns = {a: re.compile("".join(c if c.isdigit() else "(?:" + "|".join(sounds.LETTER_NAMES[c]) + ")"
                                      for c in a)) for a in acronyms.owned}
    words = {"", "e", "bi", "4", "efbiai", "aaaaaa", "esese"}
    for acronym in list(acronyms.owned)[::3]:
        spelled = ["".join(names) for names in itertools.product(
            *[(c,) if c.isdigit() else sounds.LETTER_NAMES[c] for c in acronym])][:40]
        words |= {w for s in spelled for w in (s, s[1:], s[:-1], s + "a", "i" + s)}
    assert len(words) > 1000
    for word in sorted(words):
        assert acronyms.spelled(word) == [who for a, who in acronyms.owned.items() if patterns[a].fullmatch(word)], word
    assert [key for key, _, _ in acronyms.spelled("efbiai")] == ["fbi"]


def test_what_is_made_of_the_registry_is_kept_and_follows_its_names(tmp_path, monkeypatch):
    """The sounds of the registry's names are made once per registry and loaded after; a registry with other
    names has its own, never the first one's."""
    from graphkit.extract.registry import load_registry
    from graphkit.resources import clear_caches, ontology_file

    folder = tmp_path / "cache"
    monkeypatch.setenv("GRAPHKIT_CACHE_DIR", str(folder))
    path = tmp_path / "registry.ttl"
    path.write_text(ontology_file("registry.ttl").read_text(encoding="utf-8"), encoding="utf-8")
    made = []
    real = sounds._sounding_names
    monkeypatch.setattr(sounds, "_sounding_names", lambda registry: made.append(1) or real(registry))

    def index_of(p):  # as a new process finds it
        clear_caches()
        sounds._index.cache_clear()
        return sounds._index(load_registry(p))

    first = index_of(path)
    assert made == [1] and first == real(load_registry(path)) and ("ksprsk",) in first
    assert index_of(path) == first and made == [1]  # loaded, not made again
    assert len(list(folder.glob("sounds-index-*.pickle"))) == 1
    path.write_text(path.read_text(encoding="utf-8").replace('"Kaspersky"@en', '"Zendrovix"@en'), encoding="utf-8")
    changed = index_of(path)
    assert made == [1, 1] and changed == real(load_registry(path))
    assert ("zndrks",) in changed and ("zndrks",) not in first
    sounds._index.cache_clear()


def test_english_names_are_matched_as_they_are_said():
    # a soft g ("Digital": dijital, "Agency": ejensi), "-tion" said "shun" ("National": neshnal), an anusvara
    # before s ("एजेंसी": ejemsi): Hindi writes the sounds of the English names
    assert sounds.skeleton("डिजिटल") == sounds.skeleton("Digital")
    assert sounds.skeleton("नेशनल") == sounds.skeleton("National")
    assert sounds.skeleton("एजेंसी") == sounds.skeleton("Agency")
    assert found("ब्रिटेन की नेशनल क्राइम एजेंसी और माइक्रोसॉफ्ट की डिजिटल क्राइम्स यूनिट ने जांच की।", "hi") == [
        ("नेशनल क्राइम एजेंसी", "uk-nca"), ("डिजिटल क्राइम्स यूनिट", "microsoft-dcu")]


def test_the_languages_own_words_in_an_abjad_make_no_known_name_together():
    # without their vowels, two ordinary words may share a known name's consonants: "البنك العام" (the public
    # bank) is no Bank Leumi, "نیز پولیس" (also the police) no New Zealand Police
    assert found("وقال البنك العام إن الحسابات جمدت.", "ar") == []
    assert found("نیز پولیس نے کارروائی کی۔", "ur") == []

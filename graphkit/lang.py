"""Language resources: one TOML file per language in ``graphkit/data/lang/``.

Adding a language is adding ``<code>.toml``; nothing in the code names a
language. ``_universal.toml`` holds what every language shares (currency
symbols, digits) and is merged under each language's own file, and so is
``cldr/<code>.toml``, what the Unicode CLDR knows of the language (number
symbols, months, currencies, date order: see :mod:`graphkit.cldr`), which
every language babel has gets, with or without a hand-written file.

A file's tables (all optional)::

    [language]   name, the ISO 639-1 code (must equal the file name), and
                 verb_final = true for subject-object-verb languages,
                 possessor_after = true for those of them whose possessor follows what it
                 holds (Persian's ezafe: "پلیس فتا", the police of FATA; elsewhere in
                 verb-final languages the possessor and its genitive come first),
                 inflected = true where names take case endings ("Estonii",
                 "Interpol'ün": see graphkit/extract/inflection.py),
                 capitalised_nouns = true where every noun has a capital (de),
                 compounds = true where nouns are written together into one word
                 ("Bundeskriminalamt", "telestyrelsen"): an acronym may take its letters
                 from inside one,
                 words_as_names = true where people's names are words of the
                 language written with a capital (Vietnamese "Minh", bright),
                 particles_apart = true where the suffixes are particles that a
                 mention of a name leaves out (Korean "인터폴과": "인터폴"),
                 identify: frequent words that tell it from the languages of
                 its script (Nepali "छ", "भएको" against Hindi "है", "था"), for
                 a language lingua does not know or confuses with a neighbour
    [words]      suffixes: endings a name may take inside a word ("s" for
                 Swedish "Hongkongs"); head_endings: endings the first word of
                 a name of several words takes where the language marks the
                 case on it and not on the name's end (German genitive "des
                 Landeskriminalamts Niedersachsen"); for scripts written without spaces, marks
                 that may follow a name ("ฯ"); and: words that join the members
                 of a list ("and", "şi", "และ"); prefixes: clitics written onto
                 the start of a name (Arabic "و", "لل"); abbreviations: words
                 written with a full stop that does not end a sentence ("Dr", "nr");
                 function_words: frequent words written apart that are never part
                 of a name (postpositions, prepositions, auxiliaries: "সঙ্গে", "से");
                 agents: the words that open the agent of a passive ("by", "de către",
                 "pela"): a cue that ends with one ("launched by") is also read with a
                 date between its verb and its agent ("launched in July 2016 by");
                 against: the words of what a thing is aimed at ("against", "contro"): a
                 cue after one is not the noun a count before it counts;
                 among_them: words opening a sentence that breaks the count before it down ("among
                 them": "அவர்களில் சென்னையில் 286 பேர், கோவையில் 97 பேர்"),
                 clause_openers: words that open another clause after a comma ("while",
                 "whereas", "ενώ", "mentre"): a name before them is no argument of a
                 relation cue after them; also: words that, right after one, carry on what
                 came before ("but also", "mais aussi", "но и"): no other clause;
                 namely: words after a class of bodies that open its members ("namely",
                 "ได้แก่"): in scripts without spaces, a relation cue or a list reaches over
                 the class ("ร่วมกับผู้ให้บริการโทรศัพท์เคลื่อนที่ ได้แก่ AIS", with the
                 mobile operators, namely AIS) to the members; legal_forms: the legal
                 form a company's name may end with, written after the name a list
                 reads ("จำกัด (มหาชน)", public company limited): the list goes on past it;
                 alternations: a vowel of a name's last syllable that changes when
                 an ending follows, as "text>name" (Ukrainian "є>ї": "Києві" is
                 "Київ" + "і"; "о>і": "Львова" is "Львів" + "а");
                 prepositions_of_place: words before a place that say in it ("w", "στην"):
                 a word written only after one is no body's name ("w Polsce");
                 postpositions_of_place: words after a place that say in, at or
                 from it ("में"): a company's name and a country before one are two
                 names ("बिनेंस थाईलैंड में": Binance in Thailand);
                 not_places: words of the language that GeoNames gives as a city's
                 name ("मोबाइल", mobile: Mobile, Alabama; Malay "kota", city:
                 Kota, Rajasthan): never a place (``_universal.toml`` holds those of every
                 language: "Tor", the network, is no Sloviansk);
                 earlier: words putting a count in an earlier period or edition ("a year earlier",
                 "im Vorjahr"): no figure of its clause but a percentage; compared: words opening a
                 sentence that gives figures to compare with ("For comparison,", "Dla porównania:"): no
                 figure of the sentence but a percentage; press: newspapers and newsrooms (reports
                 they received are no leads); versus: words right before a number that make it the
                 value compared with ("compared with 300", "frente a los 300"): no figure; recalled:
                 words opening a sentence that recalls what was told before ("Напомним,", "Pour
                 rappel,"): no figure of the sentence where it also names an earlier time (a year
                 before the article's last, a word of last_year or of earlier_words),
                 future: words saying a deed is to come ("will", "akan melatih"): a count of
                 participants, sessions or members said so is none; goals: words saying
                 what is counted is a goal or target ("aims to", "목표", "ตั้งเป้า"): a count
                 of any kind a few words after one in its clause, no "and" between (or, where
                 verbs end the clause, right before one), is none; returns: words of the
                 returns a scheme promised ("수익률", "kazanç"): a percentage said with one is
                 none; inside: words before the accounts that hold an amount ("in", "em");
                 attendees: nouns of persons
                 who attended, after their count ("peserta"); held and seizing: things found in
                 the suspects' hands (phones, ID cards) and the words of seizing them: seized,
                 they are evidence, no infrastructure taken down
    [numbers]    decimal / group separators (lakh_grouping = true for "2,50,000"),
                 noun_first = true where the noun counted stands before its number
                 (Swahili "washukiwa 300"; scripts without spaces need no flag),
                 scale words, number words,
                 connectors ("de" in "97 milioane de dolari"), month names, weekdays
                 (where they are written with a capital: "on Monday" places no count),
                 durations: words of lengths of time ("years", "месяцев"), banknotes: words for
                 banknotes, before or after an amount that is then their face value ("billets de
                 500 euros", "৫০০ টাকার নোট"), each: words after an amount that make it each
                 one's, no total ("50 mila euro per ogni vittima"), average: words before or
                 right after an amount that make it an average, no total ("lost an average of
                 £10,000", "átlagosan"), each_before: words before an amount in its clause that
                 make it each one's ("each victim", "mỗi nạn nhân"), change_from and change_to: the endings written onto
                 the values a change goes from and to ("243건에서 1천124건으로", "243件から1124件に"),
                 range_end: words after the second that make the two a range ("上る", "kadar"),
                 not_scales: words a scale word starts that are other words ("tỷ lệ", a rate),
                 topic: the particles
                 that make the word before them a sentence's topic ("は", "은"), people: words for persons
                 counted ("people", "personnes"), which name no kind of figure, not_people: words
                 that start like one of them and are other words (Thai "รายการ"), decades: the words
                 written onto a multiple of ten that make it an age bracket ("60대", "80代"), victims_from: the
                 word before a count of persons, or the ending or word after their word, that marks
                 them as those something was taken from ("from", "से", "에게서"), victims_lost: the verbs
                 of losing right after a count's word for persons, its subject ("4,000 investors lost"),
                 that mark them as those who lost the amount after them, defrauded_of: the word before
                 an amount they were defrauded of ("um"), calling: words of calling or contacting
                 ("call", "hotlines"), counters: counters
                 written onto a scale word ("4만5천여건") or onto a count whose noun stands right
                 before it ("전화번호 1,150개"), labels: words
                 that make the number after them a label ("section 420", "hotline 1326"),
                 labels_after: words after a number that make it one ("৯৯৯-এ ফোন করার"),
                 approximate: words of a count said roughly, before or after it ("more than",
                 "about", "-dən çox"): "more than 2000" is no year, vague: words that leave
                 a number unsaid, before it or opening it ("several hundred", "hundreds of
                 millions", "flera hundra", "сотни", "数千万"): no figure, one: the words for one
                 before a scale word ("a million", "eine Million"), alone: the scale words said
                 alone for one of them, with no word for one before ("ukradli milion korun": a
                 million crowns), before a currency, partitive: possessive
                 endings written on a number after a hyphen or apostrophe ("26-sı", "26'sı"): the
                 number counts the noun in the genitive before it ("saxlanılanların 26-sı"),
                 object_endings: the endings of the object case on a noun ("ügyfelet"): a verb right
                 after the noun counted in that case is said of what is counted
    [currency]   words and symbols → ISO 4217 codes
    [figures]    figure kind → cue words (matched at the start of a word); the silent
                 kinds of data/kinds.toml (identified, charged, sought, shared, harmed) take a count
                 from other kinds ("400 suspects identified" are no arrests); those
                 counted (searched, warrants) make a count of them no figure
                 ("30 perquisitions"), and fined takes an amount from all ("a fine of
                 $5 million" is no figure)
    [relations]  predicate → cue phrases, "<" prefix marks the subject after the cue, "~" one
                 that says two act together ("together with"): set off by a comma after a
                 list ("A and B took part, together with C"), it adds to that list; ">" in a
                 verb-final language a preposition, the subject after it, the object before
                 ("X با همکاری Y": Y partnersWith X), where "<" keeps both before the cue
    [roles]      words that head a role title ("director", "responsable"), and
                 endings: those that also end a compound ("avdelingsdirektør"), and
                 institutions: a role word's ending → the ending of the institution it heads
                 ("minister" = "ministry", "başkanı" = "başkanlığı"): a title before a name
                 that names, so changed, a body of the article is held there
    [entities]   operation_words ("operation", "ปฏิบัติการ") and operation_words_after
                 (after the name: "operasyonu", "作戦"), person_cues (speech
                 verbs, "according to"), honorifics, honorifics_after (after the
                 name, where titles follow it: Japanese "氏", "さん"), given_abbreviations (a given
                 name written abbreviated before the name, part of it: Bengali "মো.", Md.), role_connectors (between a
                 role and its organization: "of", "de", "ของ"), name_particles
                 ("van", "de"), heads (a word of an organization's name → its
                 ppp: class: "police" → LawEnforcementAgency), naming_words
                 (before or after a quoted name: "dubbed", "baptisée", "adlı",
                 or before a bare one after an operation word), naming_links
                 (between a naming word and a bare name: Portuguese "de"),
                 operation_adjectives (between an operation word and a quoted
                 name: Italian "internazionale"; no preposition, as "contro"),
                 clause_words (in a script without spaces between words,
                 particles that begin the clause after a name: Khmer "បាន", "ថា"),
                 name_words (in a script without capitals, the words that stand
                 in bodies' names beside their head: "केंद्रीय", "अन्वेषण",
                 "साइबर"), head_first = true where the head begins the name
                 and those words follow it (Arabic "المديرية العامة للأمن"),
                 family_names (where a person's name stands before the title,
                 in one word: Korean "김", "이", "박", "남궁"), age_words (the
                 word of a person's age written after its number, before the
                 name: "49-jährigen", "26-vuotiaan", "33-ročného": "jährig"), age_after
                 (how an age follows a name, "{}" standing for it: "de {} anos",
                 "({})": "João Roque, de 48 anos", "Jan Kowalski (48)"), adjective_endings
                 (endings of adjectives: a capitalised word so ending before a lowercase
                 noun is no operation's one-word name: "операції Європейський центр"),
                 campaign_words (a campaign, at the start of a word: the quoted name or
                 hashtag after it is an awareness campaign's: "kampanju „Budimo realni”"),
                 earlier_words (words that put an operation's name, in their sentence, in
                 another edition than the article's: "first", "previous", "last year",
                 "twice"), including (after the plural word of a kind of bodies, words
                 that say the names listed next are some of them: "banks, including A
                 and B", "fornitori di connettività, tra cui TIM e Fastweb")
    [places]     names of countries the news uses that the CLDR does not give
                 ("USA", "США") → the ISO 3166 code of the territory, and
                 names of states and provinces that iso-codes lacks or spells
                 otherwise ("தமிழகம்") → the ISO 3166-2 code ("IN-TN")
    [dates]      how dates are written, "{}" standing for a date: cues ("in {}",
                 "{} में") make a year or a month alone a date; periods
                 ("from {} to {}", "{} से {} तक"); labels: words before a
                 publication date at the top of an article ("published");
                 ordinals: day suffixes ("th"); order of numeric dates
                 ("DMY", "MDY" or "YMD"); buddhist_era = true where years
                 above 2400 are of the Buddhist era (2568 → 2025); solar_hijri = true
                 where a year a cue of time governs may be of the Solar Hijri calendar
                 (1300-1499: "در سال ۱۴۰۳")

Every value is checked against :data:`SCHEMA` when a file is read: a wrong
type (``verb_final = "no"``, ``suffixes = "s"``, ``and = [1]``) or an empty
word is an :class:`~graphkit.errors.OntologyError` naming the file, the key
and the type it needs, not a value read some other way.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from .errors import OntologyError
from .resources import DATA_DIR
from .text import fold

LANG_DIR = DATA_DIR / "lang"


@dataclass(frozen=True)
class RelationCue:
    """A cue phrase for a predicate; ``subject_first`` False means "<object> cue <subject>"; ``joint`` marks a
    phrase that says two act together ("together with", "~" in the language file), not that they are partners;
    ``prepositional`` a phrase that the name it introduces follows in a language whose verbs end the clause
    (">" in the file: Persian "با همکاری X", with the cooperation of X): read as "<" is in other languages."""

    phrase: str
    predicate: str
    subject_first: bool = True
    joint: bool = False
    prepositional: bool = False



class CueWords(tuple):
    """A kind's cue words, with ``others``: the language's words that start like one of them but are other words
    ("kártya", a card, against "kár", damage; [figures] other_words), no cue where they stand."""

    others: tuple[str, ...]

    def __new__(cls, words=(), others: tuple[str, ...] = ()):
        self = super().__new__(cls, words)
        self.others = others
        return self

@dataclass(frozen=True, eq=False)
class Language:
    """The resources of one language, merged over the universal ones.

    One instance per language (``language()`` is cached), compared and hashed by identity.
    """

    code: str
    name: str
    suffixes: tuple[str, ...] = ()
    head_endings: tuple[str, ...] = ()
    decimal: str = "."
    group: tuple[str, ...] = (",",)
    lakh_grouping: bool = False
    noun_first: bool = False  # [numbers] noun_first: the noun counted stands before its number ("watu 30")
    scales: dict[str, Decimal] = field(default_factory=dict)
    number_words: dict[str, Decimal] = field(default_factory=dict)
    currencies: dict[str, str] = field(default_factory=dict)
    # the currencies written in capitals only ("KES", "USD"): the same letters in small ones are a word ("kes")
    currency_codes: frozenset[str] = frozenset()
    figure_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    relation_cues: tuple[RelationCue, ...] = ()
    roles: tuple[str, ...] = ()
    role_endings: tuple[str, ...] = ()
    # [roles] institutions: a role word's ending → the ending of the institution it heads ("minister" → "ministry",
    # "başkanı" → "başkanlığı"): "Interior Minister P" holds the title at the Interior Ministry the article names
    role_institutions: tuple[tuple[str, str], ...] = ()
    connectors: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    function_words: tuple[str, ...] = ()  # [words] function_words: frequent words never inside a name ("সঙ্গে")
    against: tuple[str, ...] = ()  # [words] against: words of what a thing is aimed at ("against", "contro")
    # [words] future: words saying a deed is to come ("will", "akan", "next year"): a training planned is no outcome
    future: tuple[str, ...] = ()
    # [words] goals: words saying a count is a goal or target ("aims to", "목표"): no figure of any kind
    goals: tuple[str, ...] = ()
    # [words] returns: words of the returns a scheme promised ("returns of", "수익률", "kazanç"): a percentage said
    # with one is a promise, no figure
    returns: tuple[str, ...] = ()
    # [words] earlier: words putting a count in an earlier period or edition, compared with ("a year earlier", "im
    # Vorjahr"): no outcome of the article's
    earlier: tuple[str, ...] = ()
    # [words] compared: words opening a sentence that gives figures to compare with ("For comparison,", "Dla
    # porównania:"): no outcome of the article's
    compared: tuple[str, ...] = ()
    press: tuple[str, ...] = ()  # [words] press: newspapers and newsrooms, whose reports received are no leads
    versus: tuple[str, ...] = ()  # [words] versus: words before a number compared with ("compared with", "frente a")
    # [words] recalled: words opening a sentence that recalls what was told before ("Напомним,", "Pour rappel,"): its
    # counts are earlier ones where it names an earlier time too
    recalled: tuple[str, ...] = ()
    # [words] current: words naming the article's own year ("this year", "今年"), and this_time: its own occasion or
    # edition ("this time", "今回"): in a sentence opened by an earlier period, the counts after one are outcomes
    current: tuple[str, ...] = ()
    this_time: tuple[str, ...] = ()
    # [words] last_year: words naming the year before the article's ("last year", "loni", "去年"): a count in a clause
    # that holds one, in a sentence that names the article's own period elsewhere, is compared with
    last_year: tuple[str, ...] = ()
    # [words] attendees: the nouns of persons who attended ("participants", "peserta"), counted right after a number
    attendees: tuple[str, ...] = ()
    # [words] held: things found in the suspects' hands (phones, ID cards, cars), and seizing: the words of seizing
    # them; such things seized are evidence, no infrastructure taken down
    held: tuple[str, ...] = ()
    # [words] inside: the words before the accounts that hold an amount ("in", "em", "در": "R$ 19,3 milhões em 214 contas")
    inside: tuple[str, ...] = ()
    seizing: tuple[str, ...] = ()
    # [words] postpositions_of_place: words after a place that say in, at or from it ("में", "میں")
    postpositions_of_place: tuple[str, ...] = ()
    # [words] prepositions_of_place: the words before a place that say in it ("w Polsce"): a word written only after
    # one is no body's name however often ("Polsce", "Katowicach": Poland's and Katowice's locatives)
    prepositions_of_place: frozenset[str] = frozenset()
    # [words] not_places: words that name a city in GeoNames and are words of the language ("मोबाइल"), folded
    not_places: frozenset[str] = frozenset()
    relative: tuple[str, ...] = ()  # [words] relative: words opening a relative clause after a comma ("who", "qui")
    clause_openers: tuple[str, ...] = ()  # [words] clause_openers: words opening another clause after a comma ("while")
    also: tuple[str, ...] = ()  # [words] also: after a clause opener, a word that carries on what came before ("but also")
    legal_forms: tuple[str, ...] = ()  # [words] legal_forms: a company's legal form after its name ("จำกัด (มหาชน)")
    namely: tuple[str, ...] = ()  # [words] namely: words after a class of bodies that open its members ("ได้แก่")
    among_them: tuple[str, ...] = ()  # [words] among_them: words opening a sentence of parts of the count before ("among them")
    agents: tuple[str, ...] = ()  # [words] agents: the words before the agent of a passive ("by", "de către")
    verb_final: bool = False
    possessor_after: bool = False  # [language] possessor_after: a verb-final language whose possessor follows (fa)
    inflected: bool = False
    compounds: bool = False  # [language] compounds: nouns written together ("Bundeskriminalamt")
    particles_apart: bool = False  # [language] particles_apart: a suffix is a particle, no part of the name it follows
    prefixes: tuple[str, ...] = ()
    alternations: tuple[tuple[str, str], ...] = ()
    capitalised_nouns: bool = False
    # [language] words_as_names: people's names are words of the language ("Lê Xuân Minh": "minh", bright)
    words_as_names: bool = False
    operation_words: tuple[str, ...] = ()
    operation_words_after: tuple[str, ...] = ()
    naming_words: tuple[str, ...] = ()
    operation_adjectives: tuple[str, ...] = ()  # [entities] operation_adjectives: "operazione internazionale «X»"
    naming_links: tuple[str, ...] = ()  # [entities] naming_links: words between a naming word and a bare name ("de")
    person_cues: tuple[str, ...] = ()
    honorifics: tuple[str, ...] = ()
    honorifics_after: tuple[str, ...] = ()
    given_abbreviations: tuple[str, ...] = ()  # [entities] given_abbreviations: "মো." (Md.), part of the name after it
    role_connectors: tuple[str, ...] = ()
    name_particles: tuple[str, ...] = ()
    clause_words: tuple[str, ...] = ()
    name_words: tuple[str, ...] = ()  # [entities] name_words: words inside bodies' names ("केंद्रीय", "سائبر")
    family_names: tuple[str, ...] = ()  # [entities] family_names: where a name stands before its title (Korean 김, 이)
    adjective_endings: tuple[str, ...] = ()  # [entities] adjective_endings: a word so ending is no one-word name
    campaign_words: tuple[str, ...] = ()  # [entities] campaign_words: words for a campaign before its quoted name
    earlier_words: tuple[str, ...] = ()  # [entities] earlier_words: another edition of an operation ("first")
    age_words: tuple[str, ...] = ()  # [entities] age_words: an age after its number, before a name ("49-jährigen")
    # [entities] age_after: how an age follows a name, "{}" for the number ("de {} anos", "({})"), with the universal
    age_after: tuple[str, ...] = ()
    head_first: bool = False  # [entities] head_first: a body's head word stands before the rest of its name (Arabic)
    org_heads: dict[str, str] = field(default_factory=dict)
    #: [entities] list_kinds: plural words for a kind of organizations that a list of their names follows
    #: ("operatorzy: A, B i C", "operadoras de telefonia A, B e C"), each with the class of the names listed
    list_kinds: dict[str, str] = field(default_factory=dict)
    #: [entities] including: words after a kind's word that say the names listed next are some of that kind
    #: ("banks, including A and B", "fornitori di connettività, tra cui TIM e Fastweb")
    including: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    weekdays: tuple[str, ...] = ()  # names of the days of the week: [numbers] weekdays
    durations: tuple[str, ...] = ()  # words of lengths of time ("years", "месяцев"): [numbers] durations
    banknotes: tuple[str, ...] = ()  # words for banknotes ("billets", "নোট"): [numbers] banknotes
    each: tuple[str, ...] = ()  # words after an amount that make it each one's ("per victim"): [numbers] each
    average: tuple[str, ...] = ()  # words that make an amount an average ("an average of"): [numbers] average
    each_before: tuple[str, ...] = ()  # words before an amount that make it each one's ("each victim"): [numbers]
    change_from: tuple[str, ...] = ()  # endings written onto the value a change starts from ("에서"): [numbers]
    change_to: tuple[str, ...] = ()  # endings written onto the value a change ends at ("로"): [numbers]
    range_end: tuple[str, ...] = ()  # words after a change's second value that make the two a range ("上る")
    not_scales: tuple[str, ...] = ()  # words a scale word starts that are others ("tỷ lệ", a rate): [numbers]
    topic: tuple[str, ...] = ()  # particles after a sentence's topic ("は", "은"): [numbers] topic
    people: tuple[str, ...] = ()  # words for persons counted ("people", "شخص"): [numbers] people
    # words that start like a word for persons but are other words (Thai "รายการ", items, against "ราย"): [numbers]
    # not_people
    not_people: tuple[str, ...] = ()
    # the words written onto a multiple of ten that make it an age bracket ("60대 이상", "80代女性"): [numbers] decades
    decades: tuple[str, ...] = ()
    number_labels: tuple[str, ...] = ()  # words that make the number after them a label ("section"): [numbers] labels
    counters: tuple[str, ...] = ()  # counters written onto a scale word ("4만5천여건"): [numbers] counters
    # [numbers] victims_from: the word before a count of persons, or the ending or word after its word for persons,
    # that marks them as those something was taken from ("from", "से", "에게서", the genitive "-nin")
    victims_from: tuple[str, ...] = ()
    # [numbers] victims_lost: the verbs of losing said right after a count's word for persons, its subject, that mark
    # the persons as those who lost the amount after them ("4,000 investors lost a combined $12 million")
    victims_lost: tuple[str, ...] = ()
    # [numbers] defrauded_of: the word before an amount that makes it what persons counted before it were defrauded of,
    # the participle of harm ending the clause ("900 Anleger um 12 Millionen Euro betrogen": "um")
    defrauded_of: tuple[str, ...] = ()
    # [numbers] calling: words of calling or contacting: a list of numbers by places after them is of numbers to call
    # ("Victims can call the national hotlines: Nigeria 112, Ghana 191")
    calling: tuple[str, ...] = ()
    labels_after: tuple[str, ...] = ()  # words that make a number before them a label ("the 1930 helpline"): [numbers] labels_after
    approximate: tuple[str, ...] = ()  # words of a rough count ("more than", "約"): [numbers] approximate
    vague: tuple[str, ...] = ()  # words that leave a number unsaid ("several", "сотни", "数"): [numbers] vague
    partitive: tuple[str, ...] = ()  # possessive endings on a number ("26-sı"): [numbers] partitive
    object_endings: tuple[str, ...] = ()  # the object case's endings ("ügyfelet"): [numbers] object_endings
    of_whole: tuple[str, ...] = ()  # between a part and its whole ("two of the three servers"): [numbers] of_whole
    # after a whole said before its part, where the language puts the word after it ("২৬টি ওয়েবসাইটের মধ্যে ২২টি",
    # "81개 중 74개"): [numbers] of_whole_after
    of_whole_after: tuple[str, ...] = ()
    # the words that end a verb's clause right before the count of what it did, where a long object stands between
    # ("จับกุมผู้ต้องหา…ได้ 25 ราย", arrested suspects …: 25): [numbers] result_markers
    result_markers: tuple[str, ...] = ()
    # after a whole and its comma, the words of a part of it, before the part's count or right after it ("300 sites,
    # of which 120 were closed", "dont 120", "davon 120", "120 dei quali"): [numbers] of_which
    of_which: tuple[str, ...] = ()
    # between the two numbers of a proportion ("seven out of every ten victims"): [numbers] of_every
    of_every: tuple[str, ...] = ()
    worth: tuple[str, ...] = ()  # words before the worth of things ("cars worth $5,000"): [numbers] worth
    # a range "between 9 and 11 million": the word before its first number ([numbers] between) and the words between
    # its numbers other than "and" ([numbers] range_to)
    between: tuple[str, ...] = ()
    range_to: tuple[str, ...] = ()
    one: tuple[str, ...] = ()  # the words for one before a scale word ("a million", "eine Million"): [numbers] one
    # the scale words said alone for one of them before a currency ("ukradli milion korun"): [numbers] alone
    alone: tuple[str, ...] = ()
    # the words joining a smaller part to a scale ("۸ هزار و ۴۰۰": 8,400): [numbers] part_joiners
    part_joiners: tuple[str, ...] = ()
    # the words joining units to the tens before them in words ("vingt et un", "treinta y dos", "vinte e dois"):
    # [numbers] units_joiners
    units_joiners: tuple[str, ...] = ()
    # the words of "and a half" after a number or a scale ("two and a half million", "2 millions et demi",
    # "iki buçuk milyon"): [numbers] and_a_half
    and_a_half: tuple[str, ...] = ()
    tenths: tuple[str, ...] = ()  # words counting tenths of a whole after a number ("四成": 40%): [numbers] tenths
    date_cues: tuple[str, ...] = ()
    date_periods: tuple[str, ...] = ()
    date_labels: tuple[str, ...] = ()
    date_ordinals: tuple[str, ...] = ()
    date_order: str = "DMY"
    buddhist_era: bool = False
    solar_hijri: bool = False
    places: dict[str, str] = field(default_factory=dict)  # [places]: a name → the ISO code of its territory
    identify: frozenset[str] = frozenset()  # [language] identify: frequent words that tell it from its neighbours


def available() -> list[str]:
    """Codes of the languages that have a hand-written resource file."""
    return sorted(p.stem for p in LANG_DIR.glob("*.toml") if not p.stem.startswith("_"))


def generated() -> list[str]:
    """Codes of the languages that have a file generated from the CLDR (``graphkit/data/lang/cldr/``)."""
    return sorted(p.stem for p in (LANG_DIR / "cldr").glob("*.toml"))


def sources(code: str) -> list[Path]:
    """The files :func:`language` reads for ``code``: the universal one, the hand-written one, the CLDR's (those
    that exist)."""
    if not re.fullmatch(r"[a-z]{2,3}", code):
        code = "und"
    paths = [LANG_DIR / "_universal.toml", LANG_DIR / f"{code}.toml", LANG_DIR / "cldr" / f"{code}.toml"]
    return [path for path in paths if path.is_file()]


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise OntologyError(f"language file {path} is missing", hint="reinstall graphkit") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise OntologyError(f"language file {path} is not valid TOML: {exc}", hint="fix the file") from None


#: What each table and key of a language file holds: "string", "boolean", "list" (of words: strings that are
#: more than spaces), "word" (a string that is one), "number", "separator" (a string, a space may be one) and "separators" (a list of them),
#: or, for a table whose keys are the file's own (words, kinds, predicates), "table of" one of those.
SCHEMA: dict[str, str | dict[str, str]] = {
    "language": {"code": "string", "name": "string", "verb_final": "boolean", "possessor_after": "boolean", "inflected": "boolean", "compounds": "boolean",
                 "particles_apart": "boolean",
                 "capitalised_nouns": "boolean", "words_as_names": "boolean", "identify": "list"},
    "words": {"suffixes": "list", "head_endings": "list", "and": "list", "prefixes": "list", "abbreviations": "list", "function_words": "list",
              "agents": "list", "alternations": "list", "against": "list", "future": "list", "goals": "list", "returns": "list", "earlier": "list", "compared": "list", "press": "list", "versus": "list", "recalled": "list", "current": "list", "this_time": "list", "last_year": "list", "held": "list", "inside": "list", "seizing": "list", "attendees": "list", "relative": "list", "clause_openers": "list", "also": "list",
              "among_them": "list", "namely": "list", "legal_forms": "list",
              "postpositions_of_place": "list", "prepositions_of_place": "list", "not_places": "list"},
    "numbers": {"decimal": "separator", "group": "separators", "lakh_grouping": "boolean", "noun_first": "boolean",
                "scales": "table of number",
                "words": "table of number", "connectors": "list", "months": "list", "weekdays": "list", "durations": "list", "banknotes": "list",
                "each": "list", "each_before": "list", "average": "list", "change_from": "list", "change_to": "list", "range_end": "list", "not_scales": "list", "topic": "list",
                "people": "list", "not_people": "list", "decades": "list", "victims_from": "list", "victims_lost": "list", "defrauded_of": "list", "calling": "list", "counters": "list", "labels": "list", "labels_after": "list", "approximate": "list", "vague": "list",
                "partitive": "list", "object_endings": "list", "of_whole": "list", "of_which": "list", "result_markers": "list", "of_every": "list", "of_whole_after": "list",
                "worth": "list", "one": "list", "alone": "list", "between": "list", "range_to": "list",
                "part_joiners": "list", "units_joiners": "list", "tenths": "list", "and_a_half": "list"},
    "currency": "table of string",
    "currency_units": "table of string",
    "figures": "table of list",
    "relations": "table of list",
    "roles": {"words": "list", "endings": "list", "institutions": "table of word"},
    "entities": {"operation_words": "list", "operation_words_after": "list", "person_cues": "list",
                 "honorifics": "list", "honorifics_after": "list", "given_abbreviations": "list", "role_connectors": "list", "name_particles": "list",
                 "heads": "table of string", "naming_words": "list", "naming_links": "list", "operation_adjectives": "list", "clause_words": "list",
                 "name_words": "list", "head_first": "boolean", "family_names": "list",
                 "age_words": "list", "age_after": "list", "adjective_endings": "list", "campaign_words": "list", "earlier_words": "list",
                 "list_kinds": "table of string", "including": "list"},
    "places": "table of string",
    "names": {"glue": "list", "and": "list", "articles": "list", "role_articles": "list", "prepositions": "list",
              "where": "list"},
    "dates": {"cues": "list", "periods": "list", "labels": "list", "ordinals": "list", "order": "string",
              "buddhist_era": "boolean", "solar_hijri": "boolean"},
}
_WRITE = {"string": 'write it in quotes, e.g. "x"', "word": 'write the word in quotes, e.g. "ministry"', "boolean": "write true or false, without quotes",
          "list": 'write a list of quoted words, e.g. ["x", "y"]', "number": "write a number, e.g. 1000000",
          "table": 'write a table, e.g. [name] with key = "value" lines under it',
          "separator": 'write it in quotes, e.g. ","', "separators": 'write a list of quoted marks, e.g. [",", " "]'}
_NAMES = {"string": "a string", "word": "a word", "boolean": "a boolean", "list": "a list of strings", "number": "a number",
          "table": "a table", "separator": "a string", "separators": "a list of strings"}


def _check(data: dict, path: Path) -> dict:
    """``data``, read from the language file ``path``, if every table and key of :data:`SCHEMA` in it has the
    right type: a string is no boolean ("no" would be true), nor a list (its letters would be its words), a
    number no string, and no listed word, nor key of a table of words, is empty (it would match everywhere)."""

    def fail(where: str, value, kind: str, *, detail: str = "") -> OntologyError:
        return OntologyError(f"language file {path.name}: {where} = {value!r} is not {_NAMES[kind]}{detail}",
                             hint=_WRITE[kind])

    def check(where: str, value, kind: str) -> None:
        if kind in ("string", "separator", "word"):
            if not isinstance(value, str):
                raise fail(where, value, kind)
            if kind == "word" and not fold(value):
                raise OntologyError(f"language file {path.name}: {where} is an empty word", hint=_WRITE[kind])
            if kind == "separator" and not value:
                raise OntologyError(f"language file {path.name}: {where} is empty", hint=_WRITE[kind])
        elif kind == "boolean":
            if not isinstance(value, bool):
                raise fail(where, value, kind)
        elif kind == "number":
            if isinstance(value, bool) or not isinstance(value, (int, float, str)):
                raise fail(where, value, kind)
        elif kind in ("list", "separators"):
            if not isinstance(value, list):
                raise fail(where, value, kind)
            for item in value:
                if not isinstance(item, str):
                    raise fail(where, value, kind, detail=f" ({item!r} is not a string)")
                if not item or (kind == "list" and not fold(item)):
                    raise OntologyError(f"language file {path.name}: {where} holds an empty string",
                                        hint=f"remove {item!r} from the list")
        elif kind.startswith("table of "):
            if not isinstance(value, dict):
                raise fail(where, value, "table")
            for key, item in value.items():
                if not fold(key):
                    raise OntologyError(f"language file {path.name}: {where} has an empty key",
                                        hint="give the word, or remove the line")
                check(f"{where}{' ' if where.endswith(']') else '.'}{key}", item, kind[len("table of "):])

    for table, spec in SCHEMA.items():
        if table not in data:
            continue
        if not isinstance(data[table], dict):
            raise fail(table, data[table], "table")
        if isinstance(spec, str):
            check(f"[{table}]", data[table], spec)
            continue
        for key, kind in spec.items():
            if key in data[table]:
                check(f"[{table}] {key}", data[table][key], kind)
    # an age pattern without the place of its number would say where no age stands
    for pattern in data.get("entities", {}).get("age_after", []):
        if "{}" not in pattern:
            raise OntologyError(f"language file {path.name}: [entities] age_after holds {pattern!r}, without the "
                                f"{{}} that stands for the age", hint=f'write "{{}}" where the number stands, e.g. '
                                                                      f'"{pattern} {{}}", or remove {pattern!r}')
    return data


def _decimal(value, where: str) -> Decimal:
    try:
        return Decimal(str(value))
    except Exception:
        raise OntologyError(f"{where} = {value!r} is not a number") from None


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The resources for ``code``; a language without a file gets the universal ones only.

    Read from its files once, then loaded from :mod:`graphkit.cache` (parsing and checking the TOML took
    5 ms a language in every process), and read again when one of the files changes.
    """
    from .cache import cached

    if not re.fullmatch(r"[a-z]{2,3}", code):
        code = "und"
    return cached(f"language-{code}", lambda: _language(code), inputs=sources(code))


def _language(code: str) -> Language:
    universal = _check(_read(LANG_DIR / "_universal.toml"), LANG_DIR / "_universal.toml")
    path = LANG_DIR / f"{code}.toml"
    own = _check(_read(path), path) if path.is_file() else {}
    if "names" in own:
        raise OntologyError(f"language file {path} has a [names] table", hint="the words read around names in every "
                            "language are in _universal.toml [names]; a language's own go in its [words] and [entities]")
    if "currency_units" in own:
        raise OntologyError(f"language file {path} has a [currency_units] table", hint="money units without an "
                            "ISO code are the same in every language: give them in _universal.toml [currency_units]")
    declared = own.get("language", {}).get("code", code)
    if own and declared != code:
        raise OntologyError(f"language file {path} declares code {declared!r}", hint=f"set code = {code!r}")
    generated = LANG_DIR / "cldr" / f"{code}.toml"
    cldr = _check(_read(generated), generated) if generated.is_file() else {}

    def both(name: str, key: str) -> list:
        """A list of the universal file's table, then the language's own: each adds to the other."""
        return [*universal.get(name, {}).get(key, []), *own.get(name, {}).get(key, [])]

    def table(name: str) -> dict:
        merged = dict(universal.get(name, {}))
        merged.update(cldr.get(name, {}))
        merged.update(own.get(name, {}))
        return merged

    words = table("words")
    numbers = table("numbers")
    entities = table("entities")
    heads = {**universal.get("entities", {}).get("heads", {}), **own.get("entities", {}).get("heads", {})}
    dates = _dates(table("dates"), path.name)
    # the lengths of time of the language's file add to the CLDR's, which know every unit ("15 dakika", minutes, where
    # the file lists years to hours)
    own_durations = own.get("numbers", {}).get("durations", [])
    numbers["durations"] = [*own_durations, *(d for d in cldr.get("numbers", {}).get("durations", [])
                                              if d not in own_durations)]
    for sub in ("scales", "words"):  # sub-tables add to the universal ones, and to the CLDR's
        numbers[sub] = {**universal.get("numbers", {}).get(sub, {}), **cldr.get("numbers", {}).get(sub, {}),
                        **own.get("numbers", {}).get(sub, {})}
    where = f"{path.name} [numbers]"
    scales = {fold(k): _decimal(v, f"{where}.scales.{k}") for k, v in numbers.get("scales", {}).items()}
    number_words = {fold(k): _decimal(v, f"{where}.words.{k}") for k, v in numbers.get("words", {}).items()}
    cues = []
    for predicate, phrases in table("relations").items():
        for phrase in phrases:
            joint = phrase.startswith("~")
            phrase = phrase.lstrip("~")
            prepositional = phrase.startswith(">")
            subject_first = not phrase.startswith(("<", ">"))
            cues.append(RelationCue(fold(phrase.lstrip("<>").strip()), predicate, subject_first, joint, prepositional))
    figure_cues = {}
    for kind in sorted(set(universal.get("figures", {})) | set(own.get("figures", {}))):  # an order, whatever the hash seed
        figure_cues[kind] = tuple(fold(c) for c in both("figures", kind))
    if others := figure_cues.get("other_words", ()):
        for kind, kind_cues in figure_cues.items():
            if kind != "other_words":
                # an other word that is a cue of the kind itself is that kind's word: "károsult" is
                # no "kár" (damage) but a victim
                figure_cues[kind] = CueWords(kind_cues, tuple(
                    o for o in others if o.startswith(kind_cues)
                    and not any(o.startswith(c) and len(c) >= len(o) for c in kind_cues if c)))
    return Language(
        code=code,
        name=own.get("language", {}).get("name") or cldr.get("language", {}).get("name", code),
        suffixes=tuple(fold(s) for s in words.get("suffixes", [])),
        head_endings=tuple(fold(s) for s in words.get("head_endings", [])),
        decimal=numbers.get("decimal", "."),
        group=tuple(numbers.get("group", [","])),
        lakh_grouping=bool(numbers.get("lakh_grouping", False)),
        noun_first=bool(numbers.get("noun_first", False)),
        scales=scales,
        number_words=number_words,
        currencies={fold(k): v for k, v in table("currency").items()},
        currency_codes=frozenset(fold(k) for k in table("currency") if k.isupper())
        - frozenset(fold(k) for k in table("currency") if not k.isupper()),
        figure_cues=figure_cues,
        relation_cues=tuple(sorted(cues, key=lambda c: (-len(c.phrase), c.phrase, c.predicate))),
        connectors=tuple(fold(c) for c in numbers.get("connectors", [])),
        conjunctions=tuple(fold(c) for c in words.get("and", [])),
        abbreviations=tuple(fold(a).rstrip(".") for a in words.get("abbreviations", [])),
        function_words=tuple(fold(w) for w in words.get("function_words", [])),
        agents=tuple(fold(w) for w in words.get("agents", [])),
        against=tuple(fold(w) for w in words.get("against", [])),
        future=tuple(fold(w) for w in words.get("future", [])),
        goals=tuple(fold(w) for w in words.get("goals", [])),
        returns=tuple(fold(w) for w in words.get("returns", [])),
        earlier=tuple(fold(w) for w in words.get("earlier", [])),
        compared=tuple(fold(w) for w in words.get("compared", [])),
        press=tuple(fold(w) for w in words.get("press", [])),
        versus=tuple(fold(w) for w in words.get("versus", [])),
        recalled=tuple(fold(w) for w in words.get("recalled", [])),
        current=tuple(fold(w) for w in words.get("current", [])),
        this_time=tuple(fold(w) for w in words.get("this_time", [])),
        last_year=tuple(fold(w) for w in words.get("last_year", [])),
        held=tuple(fold(w) for w in words.get("held", [])),
        inside=tuple(fold(w) for w in words.get("inside", [])),
        attendees=tuple(fold(w) for w in words.get("attendees", [])),
        seizing=tuple(fold(w) for w in words.get("seizing", [])),
        postpositions_of_place=tuple(fold(w) for w in words.get("postpositions_of_place", [])),
        prepositions_of_place=frozenset(fold(w) for w in words.get("prepositions_of_place", [])),
        not_places=frozenset(fold(w) for w in both("words", "not_places")),
        relative=tuple(fold(w) for w in words.get("relative", [])),
        clause_openers=tuple(fold(w) for w in words.get("clause_openers", [])),
        also=tuple(fold(w) for w in words.get("also", [])),
        among_them=tuple(fold(w) for w in words.get("among_them", [])),
        namely=tuple(fold(w) for w in words.get("namely", [])),
        legal_forms=tuple(sorted((w.casefold() for w in words.get("legal_forms", [])), key=len, reverse=True)),
        verb_final=bool(own.get("language", {}).get("verb_final", False)),
        possessor_after=bool(own.get("language", {}).get("possessor_after", False)),
        # a language with no file is taken to inflect its names, as most do
        inflected=bool(own.get("language", {}).get("inflected", not own)),
        compounds=bool(own.get("language", {}).get("compounds", False)),
        particles_apart=bool(own.get("language", {}).get("particles_apart", False)),
        prefixes=tuple(sorted({fold(p) for p in words.get("prefixes", [])}, key=lambda p: (-len(p), p))),
        alternations=tuple(tuple(fold(x) for x in a.split(">", 1)) for a in words.get("alternations", []) if ">" in a),
        capitalised_nouns=bool(own.get("language", {}).get("capitalised_nouns", False)),
        words_as_names=bool(own.get("language", {}).get("words_as_names", False)),
        operation_words=tuple(fold(w) for w in entities.get("operation_words", [])),
        operation_words_after=tuple(fold(w) for w in entities.get("operation_words_after", [])),
        naming_words=tuple(fold(w) for w in entities.get("naming_words", [])),
        operation_adjectives=tuple(fold(w) for w in entities.get("operation_adjectives", [])),
        naming_links=tuple(sorted({fold(w) for w in entities.get("naming_links", [])}, key=lambda w: (-len(w), w))),
        person_cues=tuple(fold(w) for w in entities.get("person_cues", [])),
        honorifics=tuple(fold(w).rstrip(".") for w in entities.get("honorifics", [])),
        honorifics_after=tuple(fold(w) for w in entities.get("honorifics_after", [])),
        given_abbreviations=tuple(fold(w).rstrip(".") for w in entities.get("given_abbreviations", [])),
        role_connectors=tuple(fold(w) for w in entities.get("role_connectors", [])),
        name_particles=tuple(fold(w) for w in entities.get("name_particles", [])),
        clause_words=tuple(fold(w) for w in entities.get("clause_words", [])),
        name_words=tuple(fold(w) for w in entities.get("name_words", [])),
        head_first=bool(entities.get("head_first", False)),
        family_names=tuple(fold(w) for w in entities.get("family_names", [])),
        age_words=tuple(fold(w) for w in entities.get("age_words", [])),
        age_after=tuple(dict.fromkeys(fold(w) for w in both("entities", "age_after"))),
        adjective_endings=tuple(fold(w) for w in entities.get("adjective_endings", [])),
        campaign_words=tuple(fold(w) for w in entities.get("campaign_words", [])),
        earlier_words=tuple(fold(w) for w in entities.get("earlier_words", [])),
        org_heads={fold(k): v for k, v in heads.items()},
        list_kinds={fold(k): v for k, v in entities.get("list_kinds", {}).items()},
        including=tuple(fold(w) for w in entities.get("including", [])),
        months=tuple(fold(m) for m in numbers.get("months", [])),
        weekdays=tuple(fold(d) for d in numbers.get("weekdays", [])),
        durations=tuple(fold(d) for d in numbers.get("durations", [])),
        banknotes=tuple(fold(d) for d in numbers.get("banknotes", [])),
        each=tuple(fold(w) for w in numbers.get("each", [])),
        average=tuple(fold(w) for w in numbers.get("average", [])),
        each_before=tuple(fold(w) for w in numbers.get("each_before", [])),
        change_from=tuple(fold(w) for w in numbers.get("change_from", [])),
        change_to=tuple(fold(w) for w in numbers.get("change_to", [])),
        range_end=tuple(fold(w) for w in numbers.get("range_end", [])),
        not_scales=tuple(fold(w) for w in numbers.get("not_scales", [])),
        topic=tuple(fold(w) for w in numbers.get("topic", [])),
        people=tuple(fold(w) for w in numbers.get("people", [])),
        not_people=tuple(fold(w) for w in numbers.get("not_people", [])),
        decades=tuple(fold(w) for w in numbers.get("decades", [])),
        number_labels=tuple(fold(w) for w in numbers.get("labels", [])),
        labels_after=tuple(fold(w) for w in numbers.get("labels_after", [])),
        counters=tuple(fold(w) for w in numbers.get("counters", [])),
        victims_from=tuple(fold(w) for w in numbers.get("victims_from", [])),
        victims_lost=tuple(fold(w) for w in numbers.get("victims_lost", [])),
        defrauded_of=tuple(fold(w) for w in numbers.get("defrauded_of", [])),
        calling=tuple(fold(w) for w in numbers.get("calling", [])),
        approximate=tuple(fold(w) for w in numbers.get("approximate", [])),
        vague=tuple(sorted((fold(w) for w in numbers.get("vague", [])), key=len, reverse=True)),
        partitive=tuple(fold(w) for w in numbers.get("partitive", [])),
        object_endings=tuple(fold(w) for w in numbers.get("object_endings", [])),
        of_whole=tuple(fold(w) for w in numbers.get("of_whole", [])),
        of_which=tuple(sorted((fold(w) for w in numbers.get("of_which", [])), key=len, reverse=True)),
        result_markers=tuple(sorted((fold(w) for w in numbers.get("result_markers", [])), key=len, reverse=True)),
        of_every=tuple(fold(w) for w in numbers.get("of_every", [])),
        of_whole_after=tuple(fold(w) for w in numbers.get("of_whole_after", [])),
        worth=tuple(fold(w) for w in numbers.get("worth", [])),
        between=tuple(fold(w) for w in numbers.get("between", [])),
        range_to=tuple(fold(w) for w in numbers.get("range_to", [])),
        one=tuple(fold(w) for w in numbers.get("one", [])),
        alone=tuple(fold(w) for w in numbers.get("alone", [])),
        part_joiners=tuple(fold(w) for w in numbers.get("part_joiners", [])),
        units_joiners=tuple(fold(w) for w in numbers.get("units_joiners", [])),
        tenths=tuple(fold(w) for w in numbers.get("tenths", [])),
        and_a_half=tuple(sorted((fold(w) for w in numbers.get("and_a_half", [])), key=len, reverse=True)),
        roles=tuple(fold(r) for r in both("roles", "words")),
        role_endings=tuple(fold(r) for r in own.get("roles", {}).get("endings", [])),
        role_institutions=tuple(sorted(((fold(k), fold(v)) for k, v in own.get("roles", {}).get("institutions", {}).items()),
                                       key=lambda kv: -len(kv[0]))),
        places={name: str(iso).upper() for name, iso in own.get("places", {}).items()},
        identify=frozenset(fold(w) for w in own.get("language", {}).get("identify", [])),
        **dates,
    )


def _dates(table: dict, where: str) -> dict:
    """The ``[dates]`` table as :class:`Language` fields, its templates checked."""
    fields: dict = {}
    for key, name, slots in (("cues", "date_cues", 1), ("periods", "date_periods", 2)):
        templates = tuple(fold(t) for t in table.get(key, []))
        for t in templates:
            if t.count("{}") != slots:
                raise OntologyError(f"{where} [dates] {key} = {t!r} needs exactly {slots} \"{{}}\"",
                                    hint="write \"{}\" where the date goes, e.g. \"in {}\"")
        fields[name] = templates
    fields["date_labels"] = tuple(fold(w) for w in table.get("labels", []))
    fields["date_ordinals"] = tuple(fold(w) for w in table.get("ordinals", []))
    order = str(table.get("order", "DMY")).upper()
    if order not in ("DMY", "MDY", "YMD"):
        raise OntologyError(f"{where} [dates] order = {order!r} is invalid", hint='use "DMY", "MDY" or "YMD"')
    fields["date_order"] = order
    fields["buddhist_era"] = bool(table.get("buddhist_era", False))
    fields["solar_hijri"] = bool(table.get("solar_hijri", False))
    return fields


def coverage(code: str) -> dict:
    """What graphkit reads in a language, and from where: for ``graphkit languages`` and the README.

    ``source``: "hand-written" (a file of ``graphkit/data/lang/``, over the CLDR's) or "CLDR";
    ``identified``: how an article is recognised as written in it ("lingua", "script" for a script that names
    its language, "words" for its file's identifying words, "--lang" otherwise); the counts are of the figure kinds and relation predicates it has cues
    for; ``dates``, ``numbers``, ``money``, ``names`` (heads of organizations, speech verbs, roles) and
    ``inflection`` say whether it has them.
    """
    res = language(code)
    own = _read(LANG_DIR / f"{code}.toml") if (LANG_DIR / f"{code}.toml").is_file() else {}
    by_script = set(script_languages().values())
    return {
        "code": code,
        "name": res.name,
        "source": "hand-written" if own else "CLDR",
        "identified": ("lingua" if code in _lingua_codes() else "script" if code in by_script
                       else "words" if res.identify else "--lang"),
        "figure_kinds": len(set(own.get("figures", {})) & _figure_making_kinds()),
        "relations": len(own.get("relations", {})),
        "dates": bool(res.months),
        "numbers": bool(own.get("numbers", {}).get("words") or len(res.scales) > 2),
        "money": len(res.currencies) > len(_read(LANG_DIR / "_universal.toml").get("currency", {})),
        "names": bool(own.get("entities", {}).get("heads") and res.person_cues),
        "inflection": res.inflected if own else False,
    }


@lru_cache(maxsize=1)
def _figure_making_kinds() -> frozenset[str]:
    """The kinds of ``data/kinds.toml`` that make figures (its silent kinds only take numbers from others)."""
    with (DATA_DIR / "kinds.toml").open("rb") as fh:
        return frozenset(k for k, v in tomllib.load(fh).items() if not v.get("silent", False))


def coverage_report(*, show_all: bool = False, as_json: bool = False) -> str:
    """What ``graphkit languages`` prints: :func:`coverage` of each language with a file of its own
    (of every language babel knows, with ``show_all``), as a table for people or as JSON."""
    import json

    from .columns import render

    codes = sorted(set(available()) | (set(generated()) if show_all else set()))
    rows = [coverage(code) for code in codes]
    if as_json:
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    header = ["CODE", "LANGUAGE", "SOURCE", "IDENTIFIED", "FIGURES", "RELATIONS", "DATES", "MONEY", "NAMES",
              "INFLECTION"]
    table = [[r["code"], r["name"], r["source"], r["identified"], str(r["figure_kinds"]), str(r["relations"]),
              "yes" if r["dates"] else "-", "yes" if r["money"] else "-", "yes" if r["names"] else "-",
              "yes" if r["inflection"] else "-"] for r in rows]
    hand = sum(r["source"] == "hand-written" for r in rows)
    summary = (f"{hand} languages with a hand-written file, {len(generated())} with the CLDR's data"
               + ("" if show_all else " (--all lists them)"))
    return "\n".join(render(header, table)) + "\n\n" + summary + "\n"


@lru_cache(maxsize=1)
def identifying_words() -> dict[str, frozenset[str]]:
    """Languages whose file lists words that identify them (``[language] identify``): code → the words.

    Made of every language file (a fifth of a second to read them all), then loaded from the cache.
    """
    from .cache import cached

    codes = available()
    inputs = [*codes, *(path for code in codes for path in sources(code))]
    return cached("identifying-words", lambda: {code: res.identify for code in codes if (res := language(code)).identify},
                  inputs=inputs)


@dataclass(frozen=True)
class NameWords:
    """The words read around names in articles of every language (``_universal.toml`` ``[names]``), folded:
    ``glue`` may stand inside a name, ``conjunctions`` join two, ``articles`` open a sentence before one,
    ``role_articles`` stand between a name and the body of its role, ``prepositions`` end a title before a
    capitalised run that is its rest, ``where`` are prepositions of place and time."""

    glue: frozenset[str]
    conjunctions: frozenset[str]
    articles: frozenset[str]
    role_articles: tuple[str, ...]
    prepositions: frozenset[str]
    where: frozenset[str]


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    """The words of ``_universal.toml`` ``[names]`` (see :class:`NameWords`)."""
    path = LANG_DIR / "_universal.toml"
    table = _check(_read(path), path).get("names", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in table.get(key, []))

    return NameWords(glue=words("glue"), conjunctions=words("and"), articles=words("articles"),
                     role_articles=tuple(fold(w) for w in table.get("role_articles", [])),
                     prepositions=words("glue") | words("prepositions"), where=words("where"))


@lru_cache(maxsize=1)
def currency_units() -> dict[str, tuple[str, Decimal]]:
    """The money units with no ISO 4217 code of their own, each as so many of a currency that has one
    (``_universal.toml`` ``[currency_units]``: the toman, "IRT", is ten rials, "10 IRR").

    >>> currency_units()["IRT"]
    ('IRR', Decimal('10'))
    """
    path = LANG_DIR / "_universal.toml"
    table = _check(_read(path), path).get("currency_units", {})
    out = {}
    for unit, written in table.items():
        factor, _, code = written.partition(" ")
        out[unit] = (code, Decimal(factor))
    return out


@lru_cache(maxsize=1)
def script_languages() -> dict[str, str]:
    """Scripts that name their language (``data/scripts.toml``): script → ISO 639-1 code."""
    return dict(_read(DATA_DIR / "scripts.toml").get("languages", {}))


@dataclass(frozen=True)
class FrequentWords:
    """What ``data/langid.toml`` says of the scripts lingua knows many languages of (Latin, Cyrillic).

    ``scripts``: script → every language lingua knows in it; ``words``: folded word → the languages it is
    frequent in, per script; ``letters``: letter → the languages whose words it marks, per script; ``listed``:
    the languages of each script that have frequent words or letters; ``neighbours``: language → the languages lingua tells it from by letters rather than by words (itself among
    them).
    """

    scripts: dict[str, frozenset[str]]
    words: dict[str, dict[str, frozenset[str]]]
    letters: dict[str, dict[str, frozenset[str]]]
    listed: dict[str, frozenset[str]]
    neighbours: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def frequent_words() -> FrequentWords:
    """The frequent words of the languages of the scripts lingua knows many languages of (``data/langid.toml``;
    read once, then loaded from the cache)."""
    from .cache import cached

    return cached("frequent-words", _read_frequent_words, inputs=[DATA_DIR / "langid.toml"])


def _read_frequent_words() -> FrequentWords:
    data = _read(DATA_DIR / "langid.toml")
    scripts = {script: frozenset(codes) for script, codes in data.get("scripts", {}).items()}
    words: dict[str, dict[str, set[str]]] = {}
    letters: dict[str, dict[str, set[str]]] = {}
    for script, codes in scripts.items():
        table, marks = words.setdefault(script, {}), letters.setdefault(script, {})
        for code in codes:
            for w in data.get("words", {}).get(code, []):
                table.setdefault(fold(w), set()).add(code)
            for letter in data.get("letters", {}).get(code, []):
                marks.setdefault(fold(letter), set()).add(code)
    neighbours: dict[str, set[str]] = {}
    for group in data.get("neighbours", {}).get("groups", []):
        for code in group:
            neighbours.setdefault(code, {code}).update(group)
    return FrequentWords(scripts=scripts,
                         words={s: {w: frozenset(c) for w, c in t.items()} for s, t in words.items()},
                         letters={s: {x: frozenset(c) for x, c in t.items()} for s, t in letters.items()},
                         listed={s: frozenset(c for t in (words[s], letters[s]) for cs in t.values() for c in cs)
                                 for s in scripts},
                         neighbours={c: frozenset(n) for c, n in neighbours.items()})


@lru_cache(maxsize=1)
def _lingua_codes() -> frozenset[str]:
    from lingua import Language as LinguaLanguage  # its list of languages, not its models

    return frozenset(x.iso_code_639_1.name.lower() for x in LinguaLanguage.all())

"""graphkit.extract.figures: the defects an adversarial review found in the figures of dev19's session, each with
the right behaviour (those still open are marked xfail, with why).  Contract: /work/shared/spec/output-contract.md,
"Figures": amount_lost is the victims' losses; amount_recovered money given back; amount_disrupted "value of
criminal activity disrupted or illicit funds blocked"; amount_seized "seized or frozen"; amount_laundered money
laundered; actionable_points "data points, leads, indicators shared"; participants "people trained or attending".
"""
from decimal import Decimal

import pytest

from graphkit.extract import discovery, figures, gazetteer
from graphkit.ingest import make_document


def figs(text: str, lang: str = "en") -> list[tuple[str, Decimal, str | None, str]]:
    doc = discovery.annotate(gazetteer.annotate(make_document(text, doc_id="t.txt", language=lang)))
    return [(f.kind, Decimal(str(f.value)), f.unit, f.text) for f in figures.annotate(doc).figures]


def kinds_of(text: str, lang: str = "en") -> dict[Decimal, str]:
    return {v: k for k, v, _u, _t in figs(text, lang)}


# ---------------------------------------------------------------------------------------------------------------
# 1. _victims_paid (f2ed629): an uncued amount in a clause naming victims is taken as what they lost, even when the
#    victims RECEIVED it (got money back, compensation). Money given back to victims is amount_recovered (or no
#    figure), never amount_lost: the contract's amount_lost is "victims' losses".
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "Die Opfer erhielten insgesamt 2 Millionen Euro zurück."),        # the victims got 2 million back
    ("pt", "As vítimas receberam R$ 2 milhões de volta."),                    # the victims received 2 million back
    ("nl", "De slachtoffers kregen 500 euro schadevergoeding."),              # the victims got 500 euro compensation
    ("en", "Victims received $500 each from the government."),
])
def test_money_victims_received_is_not_lost(lang, text):
    assert "amount_lost" not in [k for k, *_ in figs(text, lang)], figs(text, lang)


# 2. Same rule: the returns / winnings victims were PROMISED (investment and lottery scams, the commonest stories in
#    this field) are bait, not money the victims paid: no amount_lost (the golds give such amounts no kind).
@pytest.mark.parametrize("lang,text", [
    ("en", "The victims had been promised $2 million in returns."),
    ("en", "The victims were told they had won $50,000 in a lottery."),
    ("de", "Den Opfern wurden Gewinne von 10.000 Euro versprochen."),
    ("ru", "Потерпевшим обещали доход в 100 тысяч рублей в месяц."),
    ("id", "Para korban dijanjikan keuntungan Rp 5 juta per bulan."),
    ("tr", "Mağdurlara ayda 10 bin lira kazanç vaat edildi."),
])
def test_money_promised_to_victims_is_not_lost(lang, text):
    assert "amount_lost" not in [k for k, *_ in figs(text, lang)], figs(text, lang)


# 3. Same rule: money the SUSPECTS paid the victims, or a reward, is not what the victims paid.
@pytest.mark.parametrize("text", [
    pytest.param("The suspects paid the victims $300 to use their accounts.", marks=pytest.mark.xfail(
        strict=True, reason="open: the victims named as whom the suspects paid, no case said")),
    "The government offered a $1 million reward for information on the victims.",
])
def test_money_paid_to_victims_or_reward_is_not_lost(text):
    assert "amount_lost" not in [k for k, *_ in figs(text)], figs(text)


# ---------------------------------------------------------------------------------------------------------------
# 4. _trained (8c9844b): the cue "trained" right before "in 2023"/"by 2026" makes the YEAR a count of participants.
#    A year is no count of persons (contract: founded is the only kind whose value is a year).
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,year", [
    ("Some 200 investigators were trained in 2023.", Decimal(2023)),
    ("Around 5,000 officers will be trained by 2026.", Decimal(2026)),
])
def test_year_after_trained_is_no_participants(text, year):
    got = figs(text)
    assert ("participants", year) not in [(k, v) for k, v, *_ in got], got


# 5. _trained: the commit says "past forms only", yet a training announced for the future gives participants in
#    Indonesian ("akan" = will), Dutch ("worden volgend jaar opgeleid" = will be trained next year) and English
#    ("pledged to train"). The golds leave planned training out ("300 officers to be trained: no figure kind",
#    tests/data/dev16/NOTES-a.md); a plan is no outcome.
@pytest.mark.parametrize("lang,text", [
    ("id", "Bank BRI akan melatih 300 petugas bank tahun depan."),
    ("nl", "Er worden volgend jaar 300 bankmedewerkers opgeleid."),
    # (a noun of participants counted in a clause that says it is planned: fixed with _planned)
    ("en", "Microsoft pledged to train 5,000 police officers."),
])
def test_training_planned_is_no_participants(lang, text):
    assert "participants" not in [k for k, *_ in figs(text, lang)], figs(text, lang)


# 6. _trained: the commit's own Turkish example ("650 personele … eğitim verdi", kinds.toml) gives training_sessions
#    (650 training sessions) when nothing stands between the noun and the cue: 650 staff were trained, so
#    participants (contract: "people trained or attending").
@pytest.mark.xfail(strict=True, reason="open: the count right before a word of training read as its sessions")
def test_turkish_staff_given_training_are_participants():
    assert kinds_of("Banka, 650 personele eğitim verdi.", "tr").get(Decimal(650)) == "participants", \
        figs("Banka, 650 personele eğitim verdi.", "tr")


# ---------------------------------------------------------------------------------------------------------------
# 7. Hyphenated numbers (98aeb41): joining every hyphenated run of number words turns French vigesimal numbers into
#    nonsense: "quatre-vingt-cinq millions" (85 million) is read 29 million, "quatre-vingt-dix" (90) as 204. The
#    value must be right (85,000,000 / 90), or no figure at all rather than a wrong one.
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,right", [
    ("Les victimes ont perdu quatre-vingt-cinq millions d'euros.", Decimal(85_000_000)),
    ("La police a interpellé quatre-vingt-dix suspects.", Decimal(90)),
])
def test_french_vigesimal_hyphenated_numbers(text, right):
    got = figs(text, "fr")
    assert all(v == right for _k, v, *_ in got), got


# 8. Hyphenated numbers: English tens the number words lack (sixty … ninety) leave their unit read alone:
#    "ninety-nine suspects" is 9 arrests, "seventy-five" 5. The mirror of the new 'two-thirds' rule is missing: a
#    number word joined by a hyphen to a word before it is no count by itself. Right: 99 / 75, or no figure.
@pytest.mark.parametrize("text,right", [
    ("Police arrested ninety-nine suspects.", Decimal(99)),
    ("Police arrested seventy-five suspects.", Decimal(75)),
])
def test_english_hyphenated_tens(text, right):
    got = figs(text)
    assert all(v == right for _k, v, *_ in got), got


# ---------------------------------------------------------------------------------------------------------------
# 9. Verbs of stopping payments (5c1e6de): the Arabic and Polish words are first of all words of ARREST
#    ('توقيف', 'zatrzymano'); as amount_disrupted cues they turn the money of any arrest report into money
#    disrupted. The losses a suspect caused are amount_lost (as before the change); cash found on arrested persons
#    is seized, not "illicit funds blocked".
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    # arrest of a suspect who caused losses of 2 million dirhams to victims (was amount_lost)
    ("ar", "توقيف مشتبه به تسبب في خسائر بقيمة 2 مليون درهم للضحايا."),
    # arrest of a person suspected of defrauding victims of 400,000 dirhams (was amount_lost)
    ("ar", "تم توقيف شخص يشتبه في تورطه في النصب على ضحايا بمبلغ 400 ألف درهم."),
    # 12 persons arrested with 300,000 dirhams in their possession
    ("ar", "تم توقيف 12 شخصا بحوزتهم 300 ألف درهم."),
    # a fraudster suspected of stealing 300,000 zloty was arrested (was amount_lost)
    ("pl", "Zatrzymano oszusta podejrzanego o kradzież 300 tys. zł."),
])
def test_words_of_arrest_make_no_money_disrupted(lang, text):
    assert "amount_disrupted" not in [k for k, *_ in figs(text, lang)], figs(text, lang)


# 10. ... while the Polish stopping of payments in the singular ("Bank zatrzymał", "Policja zatrzymała" przelewy),
#     the commonest form, is missed: only 'zatrzymać', 'zatrzymano' and the plural 'zatrzymały' were added.
#     Right: amount_disrupted 2,000,000 PLN (payments stopped, contract: illicit funds blocked).
@pytest.mark.parametrize("text", [
    "Bank zatrzymał przelewy na kwotę 2 mln zł.",
    pytest.param("Policja zatrzymała 41 przelewów na kwotę 2 mln zł.", marks=pytest.mark.xfail(
        strict=True, reason="open: a count of transfers between the verb and the amount")),
])
def test_polish_singular_stopped_payments_disrupted(text):
    assert ("amount_disrupted", Decimal(2_000_000), "PLN") in [(k, v, u) for k, v, u, _ in figs(text, "pl")], \
        figs(text, "pl")


# ---------------------------------------------------------------------------------------------------------------
# 11. Transfers and payments as transactions (8e8b4b7): "transactions" qualified as suspicious give
#     actionable_points, so every fraudulent transfer/payment the victims or the scammers MADE is now a count of
#     leads shared. Contract: actionable_points are "data points, leads, indicators shared"; payments made by
#     victims are no such thing (no figure; before the change some were even victims, equally wrong).
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "The scammers made 300 transfers to mule accounts."),
    ("en", "Victims made 400 fraudulent payments totalling $2 million."),
    ("en", "Police arrested 12 people over 400 fraudulent payments."),
    ("es", "Las víctimas realizaron 300 transferencias fraudulentas a cuentas mula."),
    ("de", "Die Opfer tätigten 300 betrügerische Überweisungen an die Täter."),
])
def test_payments_made_are_no_actionable_points(lang, text):
    assert "actionable_points" not in [k for k, *_ in figs(text, lang)], figs(text, lang)


# ---------------------------------------------------------------------------------------------------------------
# 12. Mule words as laundering (734c9b0): the straw-man words ('målvakter', 'słupy', 'prestanome') name front men of
#     companies far more often than money mules, and the Hebrew cue 'דרך חשבונות של' is just "through accounts of";
#     an English mention of mule accounts anywhere in the clause launders any amount (an investment). None of these
#     amounts is money laundered: a company's turnover, invoices, donations, a bank's investment.
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("sv", "Bolaget drevs via målvakter och omsatte 40 miljoner kronor."),          # company run by straw men, turnover
    ("pl", "Spółka zarejestrowana przez słupy wystawiła faktury na 5 mln zł."),     # company registered by straw men
    ("he", "התורמים העבירו 2 מיליון שקל דרך חשבונות של העמותה."),                # donors transferred via the NGO's accounts
    pytest.param("en", "The bank has invested $5 million in tools that spot payments made through mule accounts.",
                 marks=pytest.mark.xfail(strict=True, reason="open: a cue of the clause said of another thing")),
])
def test_mule_words_launder_nothing_else(lang, text):
    assert "amount_laundered" not in [k for k, *_ in figs(text, lang)], figs(text, lang)


# ---------------------------------------------------------------------------------------------------------------
# 13. The fix of 3a3bd61 claims "a word ending its noun (… a relative word …) may be the cue said short
#     ('memblokir 1.870 nomor yang terhubung')", but 'nomor' followed by 'yang' gives no figure at all unless some
#     other cue happens to stand later in the clause. Right: infrastructure_taken_down 1870 (numbers blocked, as
#     'nomor telepon' gives).
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Telkomsel memblokir 1.870 nomor yang digunakan untuk penipuan.",
    "Telkomsel memblokir 1.870 nomor yang terhubung.",
])
def test_indonesian_numbers_said_short_before_relative(text):
    assert kinds_of(text, "id").get(Decimal(1870)) == "infrastructure_taken_down", figs(text, "id")


# ---------------------------------------------------------------------------------------------------------------
# Second review (2b605b6..22c1f7b: wholes, lists, plans, attendees, labels, ages, people who lost): sentences of real
# press where the new mechanisms gave a wrong figure or lost a right one.
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    # 1 widened _THEN_NUMBER: a count, a noun and a short word, then a date or a length of time
    ("en", "Police arrested 45 people on 12 March.", [("arrests", "45")]),
    ("en", "Officers arrested 120 people in 48 hours.", [("arrests", "120")]),
    ("en", "The banks froze 300 accounts in 24 hours.", [("accounts_frozen", "300")]),
    ("es", "La policía detuvo a 45 personas el 12 de marzo.", [("arrests", "45")]),
    ("pt", "A polícia prendeu 45 pessoas em 12 de março.", [("arrests", "45")]),
    ("it", "La polizia ha arrestato 45 persone il 12 marzo.", [("arrests", "45")]),
    # 2 participants' words before a count override its own kind
    ("es", "Los países participantes detuvieron a 1.200 sospechosos y bloquearon 2.500 cuentas bancarias.",
     [("arrests", "1200"), ("accounts_frozen", "2500")]),
    ("fr", "Les pays participants ont arrêté 1 200 suspects et saisi 2 500 comptes.",
     [("arrests", "1200"), ("accounts_frozen", "2500")]),
    ("pt", "Os países participantes detiveram 1.200 suspeitos e bloquearam 2.500 contas.",
     [("arrests", "1200"), ("accounts_frozen", "2500")]),
    ("tr", "Katılımcı ülkelerde 1.200 şüpheli gözaltına alındı.", [("arrests", "1200")]),
    ("id", "Negara peserta menangkap 1.200 tersangka dan memblokir 2.500 rekening.",
     [("arrests", "1200"), ("accounts_frozen", "2500")]),
    ("en", "Participants shared 350,000 indicators of compromise.", [("actionable_points", "350000")]),
    # 3 people who stole are no victims
    ("en", "A gang of 12 people stole $2 million from elderly victims.", [("amount_lost", "2000000")]),
    ("en", "Spain extradited 12 people accused of stealing $2 million.", [("amount_lost", "2000000")]),
    ("es", "El tribunal condenó a 12 personas por estafar 2 millones de euros.", [("amount_lost", "2000000")]),
    ("fr", "Un réseau de 12 personnes a escroqué 2 millions d'euros à des retraités.", [("amount_lost", "2000000")]),
    ("hi", "12 लोगों के इस गिरोह ने 5 करोड़ रुपये की ठगी की।", [("amount_lost", "50000000")]),
    ("tr", "12 kişilik dolandırıcılık çetesi vatandaşları 5 milyon lira dolandırdı.", [("amount_lost", "5000000")]),
    ("bn", "১২ জনের একটি চক্র ৫ কোটি টাকা হাতিয়ে নিয়েছে।", [("amount_lost", "50000000")]),
    # 4 a future word anywhere in the clause drops what was done
    ("en", "The alliance now has 45 member organisations and will open an office in Singapore next year.",
     [("member_organizations", "45")]),
    ("en", "Since 2022 the programme has held 120 workshops and will continue next year.",
     [("training_sessions", "120")]),
    ("pt", "O programa já formou 3.000 agentes e vai continuar em 2026.", [("participants", "3000")]),
    ("es", "La alianza cuenta con 40 miembros y va a ampliarse a África.", [("member_organizations", "40")]),
    ("nl", "Het samenwerkingsverband telt 30 leden en zal volgend jaar uitbreiden.", [("member_organizations", "30")]),
    ("ko", "금감원은 올해 보이스피싱 예방 교육을 150회 실시했으며 내년에도 확대할 예정이다.",
     [("training_sessions", "150")]),
    # 5 participants' words before a count of countries or bodies
    ("cs", "Operace, které se zúčastnilo 27 států, vedla k zatčení 500 osob.", [("countries", "27"), ("arrests", "500")]),
    ("en", "Participants from 43 countries attended the INTERPOL conference in Singapore.", [("countries", "43")]),
    ("fr", "Des participants de 35 pays ont assisté au séminaire.", [("countries", "35")]),
    ("vi", "Chiến dịch có sự tham dự của 25 quốc gia.", [("countries", "25")]),
    ("vi", "Lễ ký kết có sự tham dự của đại diện 25 tổ chức tín dụng.", [("member_organizations", "25")]),
    ("id", "Konferensi ini diikuti peserta dari 25 negara.", [("countries", "25")]),
    ("pt", "A PJ deu formação para 25 países africanos.", [("countries", "25")]),
    # 6 th "โทร" label ends "เบอร์โทร" (phone number)
    ("th", "กสทช. ระงับเบอร์โทร 3,000 เบอร์ ที่เกี่ยวข้องกับแก๊งคอลเซ็นเตอร์", [("infrastructure_taken_down", "3000")]),
    ("th", "ตำรวจปิดกั้นเบอร์โทร 12,000 หมายเลข", [("infrastructure_taken_down", "12000")]),
    # 7 future words that are prefixes or other words
    ("en", "Kevin Williams said the programme trained 3,000 officers last year.", [("participants", "3000")]),
    ("en", "The funding was used to train 5,000 officers across Africa.", [("participants", "5000")]),
    ("id", "Sebanyak 1.200 peserta mengikuti sosialisasi tentang kesadaran akan keamanan siber.",
     [("participants", "1200")]),
    ("de", "Seit 2020 werden jährlich 40 Schulungen für Bankmitarbeiter angeboten.", [("training_sessions", "40")]),
    # 8 a suspect noun before a whole is no deed done to it
    ("ko", "경찰은 피의자 58명 중 34명을 검거하고 나머지를 추적하고 있다.", [("arrests", "34")]),
    ("ja", "容疑者58人のうち34人を逮捕した。", [("arrests", "34")]),
    ("bn", "সন্দেহভাজন ৫৮ জনের মধ্যে ৩৪ জনকে আটক করা হয়েছে।", [("arrests", "34")]),
    ("tr", "Gözaltı kararı olan 58 şüpheliden 34'ü yakalandı.", [("arrests", "34")]),
    # 9 vi set_up "lập" is the start of "lập tức" (immediately)
    ("vi", "Công an đã lập tức gỡ bỏ 120 trang web lừa đảo.", [("infrastructure_taken_down", "120")]),
    ("vi", "Nhà mạng đã lập tức khóa 3.000 số điện thoại lừa đảo.", [("infrastructure_taken_down", "3000")]),
    # 10 th "รุ่น" inside "วัยรุ่น" (teenagers) and "รุ่นใหม่" (new model)
    ("th", "ตำรวจจับกุมวัยรุ่น 25 คน ที่รับจ้างเปิดบัญชีม้า", [("arrests", "25")]),
    ("th", "ตำรวจจับกุมผู้ต้องหา 25 ราย ยึดรถยนต์รุ่นใหม่ 3 คัน", [("arrests", "25")]),
    # 11 label words before a number with a short word between
    ("vi", "Nhà mạng đã khóa số điện thoại của 12.000 thuê bao có dấu hiệu lừa đảo.",
     [("infrastructure_taken_down", "12000")]),
    ("id", "Polisi menghubungi 1.500 korban untuk memulihkan dana.", [("victims", "1500")]),
    ("en", "Interpol is calling on 194 member countries to share data.", [("countries", "194")]),
    # 12 trained's new bound (10 million) with the cue before any count
    ("en", "The AI tool, trained on more than 2 million scam messages, is now used by 40 banks.", []),
    ("es", "El modelo fue capacitado con 2 millones de transacciones.", []),
    # 13 new money cues on the victims' side
    ("ja", "銀行員の声かけで被害を食い止めた額は約3億円に上る。", [("amount_disrupted", "300000000")]),
    ("ko", "피해자들은 사기범에게 속아 해외로 송금한 20억원을 잃었다.", [("amount_lost", "2000000000")]),
    # 14 labels_after: words of phoning or numbers after a count
    ("bn", "প্রতারক চক্রটি ২০০০ জনকে ফোন করে টাকা হাতিয়ে নেয়।", [("victims", "2000")]),
    ("hi", "दूरसंचार विभाग ने 2500 मोबाइल नंबर पर रोक लगा दी।", [("infrastructure_taken_down", "2500")]),
    # 15 id awareness words: people told are participants, not sessions
    ("id", "OJK menggelar sosialisasi kepada 2.000 pelajar di 30 sekolah.", [("participants", "2000")]),
])
def test_second_review_findings(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    # (after the second review) people marked as those the money was taken from, written onto the word for persons
    ("ja", "グループは約1年間に、全国の約340人から計約18億円をだまし取ったとみられる。",
     [("victims", "340"), ("amount_lost", "1800000000")]),
    ("ja", "12人のグループが18億円をだまし取った。", [("amount_lost", "1800000000")]),
    # a training to come, in Malay: the verb after "akan" (which also means "of": "kesadaran akan keamanan")
    ("ms", "JSJK bersama ABM akan memberi latihan kepada 500 kakitangan cawangan bank tahun ini.", []),
    # attendees counted by their noun, as many as a campaign reaches; a payment stopped before it was completed
    ("id", "Satgas menggelar 3.128 kegiatan edukasi dengan lebih dari 1,2 juta peserta.",
     [("training_sessions", "3128"), ("participants", "1200000")]),
    ("ar", "أوقفت «كي نت» عمليات دفع مشبوهة بقيمة 96 ألف دينار قبل إتمامها.", [("amount_disrupted", "96000")]),
])
def test_second_review_fixes_keep_what_was_right(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


def test_a_term_and_its_acronym_found_as_a_name_is_still_what_is_counted():
    # discovery finds "laporan transaksi keuangan mencurigakan (LTKM)" as a name; the count before it counts the
    # reports its words name (a cue of several words), no name masks them (hundreds of reports received are leads
    # since as_reports is 500; the set's gold calls these 640 files of analysis)
    text = ("Deputi Bidang Analisis dan Pemeriksaan PPATK Lestari Wulandari mengungkapkan, sepanjang 2025 pihaknya "
            "menerima 640 laporan transaksi keuangan mencurigakan (LTKM) dari pedagang aset kripto.")
    assert [(k, str(v)) for k, v, _, _ in figs(text, "id")] == [("actionable_points", "640")], figs(text, "id")


# ---------------------------------------------------------------------------------------------------------------
# Third review (of the day's figures work: reports shared, compound heads, money held in accounts counted, a verb
# said of the number before, words calling things suspicious, years governed, language data). Each sentence failed
# before its fix; those still open are marked xfail, with why.

# 1. The new `reports` kind fires on reports *received*: `needs = ["shared"]` looks at the whole sentence, and p
#    (Since: reports received by a police force, a centre or a hotline are leads too, as the tuning sets' golds
#    annotate them: the clause's verb of receiving says so, not an attribution elsewhere in the sentence.)
@pytest.mark.parametrize("lang, text, expected", [
    ('ru', 'В полицию поступило более 12 тыс. сообщений о мошенничестве, передает ТАСС.', [('actionable_points', '12000')]),
    ('uk', 'До кіберполіції надійшло понад 3 тис. повідомлень про шахрайство, передає Укрінформ.', [('actionable_points', '3000')]),
    ('pl', 'Jak przekazała rzeczniczka policji, w ubiegłym roku wpłynęło ponad 5 tys. sygnałów o oszustwach.', [('actionable_points', '5000')]),
    ('en', 'Action Fraud received 12,500 reports of investment fraud last year, according to data provided by the City of London Police.', [('actionable_points', '12500')]),
    ('fr', 'Selon les chiffres transmis par la police, 12 000 signalements ont été reçus.', [('actionable_points', '12000')]),
    ('es', 'La Policía Nacional recibió más de 3.000 avisos de estafas telefónicas, según ha trasladado la Delegación del Gobierno.', [('actionable_points', '3000')]),
    ('de', 'Nach Angaben, die die Polizei übermittelt hat, gingen 15.000 Meldungen ein.', []),
    ('sw', 'TCRA ilisema imepokea taarifa 5,000 kuhusu ujumbe wa kitapeli.', []),
    ('vi', 'Cơ quan công an tiếp nhận 1.200 tin báo, trong đó có thông tin về 300 vụ lừa đảo.', [('actionable_points', '1200')]),
    ('en', 'Police received 9,000 reports, and exchanged intelligence with 12 countries.', [('actionable_points', '9000'), ('countries', '12')]),
    ('ru', 'Мошенники разослали 50 тыс. SMS-сообщений, передает РИА Новости.', []),
])
def test_third_review_1(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 2. Warnings or messages *sent* to customers, or by fraudsters, become leads
@pytest.mark.parametrize("lang, text, expected", [
    pytest.param('fr', "Les banques ont envoyé plus de 3 millions d'alertes à leurs clients.", [], marks=pytest.mark.xfail(strict=True, reason='open (not a regression): warnings provided to customers read as users')),
    ('tr', 'Bankalar müşterilerine 3 milyon bildirim gönderdi.', []),
    ('id', 'Bank mengirim 3 juta notifikasi peringatan kepada nasabah.', []),
    ('ru', 'Злоумышленники направили более 10 тыс. сообщений клиентам банка.', []),
    pytest.param('en', 'Banks provided 1.5 million scam warnings to customers through their apps.', [], marks=pytest.mark.xfail(strict=True, reason='open (not a regression): warnings provided to customers read as users')),
])
def test_third_review_2(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 3. New "shared" verbs turn infrastructure that was taken down into actionable_points
@pytest.mark.parametrize("lang, text, expected", [
    ('ko', '경찰은 수사 자료를 방송통신심의위원회에 전달해 불법 도박 사이트 3,200개를 차단했다.', [('infrastructure_taken_down', '3200')]),
    ('ko', '경찰청은 통신사에 전화번호 1,150개를 통보해 이용을 중지시켰다.', [('infrastructure_taken_down', '1150')]),
    ('hi', 'पुलिस के अनुरोध पर भेजे गए नोटिस के बाद 300 वेबसाइटें ब्लॉक की गईं।', [('infrastructure_taken_down', '300')]),
    ('sv', 'Efter att PTS skickade listan stängdes 1 200 bluffsajter ned.', [('infrastructure_taken_down', '1200')]),
    ('he', 'השוטרים שלחו בקשות וחסמו 1,200 אתרים.', [('infrastructure_taken_down', '1200')]),
    ('id', 'Polri mengirim surat ke Kominfo dan 1.200 situs judi online diblokir.', [('infrastructure_taken_down', '1200')]),
])
def test_third_review_3(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 4. `year_governed` turns counts after a preposition into years
@pytest.mark.parametrize("lang, text, expected", [
    ('ru', 'Роскомнадзор ограничил доступ к 1950 интернет-ресурсам.', [('infrastructure_taken_down', '1950')]),
    ('ru', 'Доступ к 2000 сайтам был ограничен.', [('infrastructure_taken_down', '2000')]),
    ('en', 'Police froze funds held in 1950 accounts.', [('accounts_frozen', '1950')]),
    ('es', 'La policía congeló fondos en 1950 cuentas bancarias.', [('accounts_frozen', '1950')]),
    ('it', 'È stata erogata formazione a 2000 agenti di polizia.', [('participants', '2000')]),
    ('sv', 'Utbildning gavs till 2000 poliser under året.', [('participants', '2000')]),
    ('id', 'PPATK menghentikan sementara transaksi pada 2000 rekening yang terindikasi judi online.', [('accounts_frozen', '2000')]),
])
def test_third_review_4(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 5. `_compound_tails`: emergency and helpline numbers written as compounds become infrastructure taken down
@pytest.mark.parametrize("lang, text, expected", [
    ('de', 'Die Polizei rät, im Zweifel die Notrufnummer 110 anzurufen.', []),
    ('de', 'Betroffene sollten sich sofort unter der Notrufnummer 110 melden.', []),
    ('de', 'Betroffene sollten ihre Karte sofort über die Sperrnotrufnummer 116 116 sperren lassen.', []),
    ('nb', 'Politiet ber publikum ringe nødtelefonnummer 112 ved akutt fare.', []),
    ('da', 'Ring politiets servicetelefonnummer 114, hvis du er blevet snydt.', []),
])
def test_third_review_5(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 6. `_compound_tails`: "appar"/"apper" (apps) match the end of sv "lappar" and nb "lapper" (notes, leaflets)
@pytest.mark.parametrize("lang, text, expected", [
    ('sv', 'Polisen har delat ut 2 500 informationslappar i trapphusen.', []),
    ('sv', 'Kommunen satte upp 400 skyltar och delade ut 3 000 lappar.', []),
    ('nb', 'Politiet har delt ut 3000 informasjonslapper til eldre.', []),
])
def test_third_review_6(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 7. `_passive_of_another` drops the verb of two coordinated verbs when any number stands within 30 characters b
@pytest.mark.parametrize("lang, text, expected", [
    ('en', 'Police in 12 countries arrested and extradited 45 people.', [('countries', '12'), ('arrests', '45')]),
    ('en', 'On 5 June police detained and later released 12 people.', [('arrests', '12')]),
    ('es', 'Agentes de 12 países detuvieron e interrogaron a 45 personas.', [('countries', '12'), ('arrests', '45')]),
    ('pt', 'Agentes de 12 países prenderam e interrogaram 45 pessoas.', [('countries', '12'), ('arrests', '45')]),
    ('pl', '14 maja policjanci zatrzymali i przesłuchali 23 osoby.', [('arrests', '23')]),
    ('ru', 'Сотрудники 12 регионов задержали и доставили в отдел 23 человека.', [('arrests', '23')]),
    pytest.param('id', 'Pada 14 Mei polisi menangkap dan memeriksa 23 orang.', [('arrests', '23')], marks=pytest.mark.xfail(strict=True, reason='open: a day whose month the words around the count leave out, before a verb said of another')),
])
def test_third_review_7(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 8. `_suspicious_masked`: Turkish "şüpheli" and Greek "ύποπτοι" are the suspects themselves after an adjective
@pytest.mark.parametrize("lang, text, expected", [
    ('tr', 'Operasyonda 25 yabancı uyruklu şüpheli ile 3 Türk vatandaşı yakalandı.', [('arrests', '25'), ('arrests', '3')]),
    ('tr', 'Operasyonda 25 yabancı uyruklu şüpheli adliyeye sevk edildi.', [('arrests', '25')]),
    ('el', 'Στα χέρια της αστυνομίας βρίσκονται 14 αλλοδαποί ύποπτοι.', [('arrests', '14')]),
])
def test_third_review_8(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 9. `_held_by_accounts_counted`: money that *passed through* Thai mule accounts is read as seized
@pytest.mark.parametrize("lang, text, expected", [
    # turnover through mule accounts is money laundered (th เงินหมุนเวียน, ผ่านบัญชี, ยอดโอน), no balance seized
    ('th', 'ตำรวจอายัดบัญชีม้า 120 บัญชี มีเงินหมุนเวียนกว่า 500 ล้านบาท', [('accounts_frozen', '120'), ('amount_laundered', '500000000')]),
    # turnover through mule accounts is money laundered (th เงินหมุนเวียน, ผ่านบัญชี, ยอดโอน), no balance seized
    ('th', 'ตำรวจอายัดบัญชีม้าได้ 312 บัญชี มียอดเงินผ่านบัญชีกว่า 1,000 ล้านบาท', [('accounts_frozen', '312'), ('amount_laundered', '1000000000')]),
    # turnover through mule accounts is money laundered (th เงินหมุนเวียน, ผ่านบัญชี, ยอดโอน), no balance seized
    ('th', 'ตำรวจอายัดบัญชีม้า 120 บัญชี ยอดโอนกว่า 80 ล้านบาท', [('accounts_frozen', '120'), ('amount_laundered', '80000000')]),
])
def test_third_review_9(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 10. fa "سال" as a label deletes counts after "یک سال" / "اول سال" and after "سال ۱۴۰۲،"
@pytest.mark.parametrize("lang, text, expected", [
    ('fa', 'در سال ۱۴۰۲، ۴۳۰ نفر دستگیر شدند.', [('arrests', '430')]),
    ('fa', 'پلیس فتا در مدت یک سال ۴۳۰ نفر را دستگیر کرد.', [('arrests', '430')]),
    ('fa', 'پلیس در شش ماه اول سال ۸۵۰ نفر را دستگیر کرد.', [('arrests', '850')]),
    ('fa', 'پلیس فتا استان تهران در یک سال ۱۲۰۰ سایت جعلی را مسدود کرد.', [('infrastructure_taken_down', '1200')]),
])
def test_third_review_10(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 11. uk "ч." as a label eats the figure after "у т.ч." / "в т.ч." ("including")
@pytest.mark.parametrize("lang, text, expected", [
    ('uk', 'Кіберполіція заблокувала 1,2 тис. шахрайських сайтів, у т.ч. 300 фішингових ресурсів.', [('infrastructure_taken_down', '1200'), ('infrastructure_taken_down', '300')]),
    ('uk', 'Було заблоковано понад 5 тис. рахунків, в т.ч. 1200 криптогаманців.', [('accounts_frozen', '5000'), ('accounts_frozen', '1200')]),
    ('uk', 'Частина 120 затриманих — іноземці.', [('arrests', '120')]),
])
def test_third_review_11(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 12. tr "kapattı"/"kapatıldı" as bare infrastructure cues: any business closed is infrastructure taken down
@pytest.mark.parametrize("lang, text, expected", [
    ('tr', 'Yasa dışı bahis soruşturmasında 45 döviz bürosu kapatıldı.', []),
    ('tr', 'Belediye, kaçak bahis oynatılan 14 kahvehaneyi kapattı.', []),
    ('tr', 'Soruşturma kapsamında 12 paravan şirket kapatıldı.', []),
])
def test_third_review_12(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 13. cs "čísel" and uk "номерів" (bare "numbers") as infrastructure cues: card numbers, birth numbers, numbers 
@pytest.mark.parametrize("lang, text, expected", [
    ('cs', 'Pachatelé odcizili údaje 12 000 čísel platebních karet.', []),
    ('cs', 'Pachatelé zneužili 3000 rodných čísel k uzavření úvěrů.', []),
    ('cs', 'Podvodníci volali ze 300 různých čísel.', []),
    ('uk', 'Шахраї викрали дані понад 12 тис. номерів банківських карток.', []),
    ('uk', 'Шахраї дзвонили з 300 різних номерів.', []),
])
def test_third_review_13(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 14. es "paraliz" as amount_disrupted: ransomware "paralizaron los sistemas … y exigieron 2 millones"
@pytest.mark.parametrize("lang, text, expected", [
    ('es', 'Los ciberdelincuentes paralizaron los sistemas de 300 empresas y exigieron 2 millones de euros.', []),
])
def test_third_review_14(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 15. "launched in" as `founded` makes the start year of investigations and operations a founding year
@pytest.mark.parametrize("lang, text, expected", [
    ('fi', 'Poliisi käynnisti vuonna 2023 yhteensä 1 200 esitutkintaa petoksista.', []),
    ('it', "L'operazione è stata avviata nel 2021 dalla Procura di Milano e ha portato a 30 arresti.", [('arrests', '30')]),
    ('fr', "L'enquête, lancée en 2022, a permis l'interpellation de 12 personnes.", [('arrests', '12')]),
    ('ru', 'Расследование было запущено в 2022 году, задержаны 45 человек.', [('arrests', '45')]),
])
def test_third_review_15(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 16. `_WORDY_BEFORE`: a Devanagari/Bengali word glued to the digits (missing space) deletes the number
@pytest.mark.parametrize("lang, text, expected", [
    ('hi', 'पुलिस ने कुल1,200 सिम कार्ड ब्लॉक किए।', [('infrastructure_taken_down', '1200')]),
    ('mr', 'सायबर पोलिसांनी एकूण१२० जणांना अटक केली.', [('arrests', '120')]),
    ('bn', 'পুলিশ মোট১২০টি সিম কার্ড জব্দ করেছে।', [('infrastructure_taken_down', '120')]),
])
def test_third_review_16(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# 17. `_noun_of_the_next_count` (ko): a verb stem with no ending before the next count is taken for that count's
@pytest.mark.parametrize("lang, text, expected", [
    pytest.param('ko', '보이스피싱 조직원 52명을 검거 12명을 구속했다.', [('arrests', '52'), ('arrests', '12')], marks=pytest.mark.xfail(strict=True, reason='open: a bare verb stem before a count with a counter read as its noun')),
])
def test_third_review_17(lang, text, expected):
    assert [(k, str(v)) for k, v, _, _ in figs(text, lang)] == expected, figs(text, lang)


# ---------------------------------------------------------------- fourth review
# An adversarial review of the day's figures work (59abc47..3d7b2cb) by a helper who did not build it: its
# sentences, each with the figures it should give (compared as sets). The ones still open are strict xfails.

@pytest.mark.parametrize("lang, text, expected", [
    ('vi', 'Công an TP Hà Nội đã khởi tố vụ án, bắt tạm giam 05 đối tượng về tội lừa đảo chiếm đoạt tài sản.', [('arrests', '5')]),
    ('vi', 'Các đối tượng đã lừa đảo 09 bị hại, chiếm đoạt hơn 2 tỷ đồng.', [('amount_lost', '2000000000'), ('victims', '9')]),
    ('bn', 'র\u200d্যাব অভিযান চালিয়ে প্রতারক চক্রের ০৪ সদস্যকে গ্রেফতার করেছে।', [('arrests', '4')]),
    ('ar', 'تمكنت مصالح الأمن من توقيف 05 أشخاص متورطين في قضية احتيال إلكتروني.', [('arrests', '5')]),
    ('fr', "Les éléments de la sûreté de wilaya ont procédé à l'arrestation de 05 individus impliqués dans une escroquerie en ligne.", [('arrests', '5')]),
    ('ar', 'ارتفعت نسبة الجرائم الإلكترونية بنسبة 0,5 في المائة فقط مقارنة بالعام الماضي.', [('percentage', '0.5')]),
    ('ru', 'Доля мошеннических операций снизилась до 0.5% от общего числа переводов.', [('percentage', '0.5')]),
    ('id', 'Jumlah transaksi mencurigakan turun 0.5 persen dibanding tahun lalu.', [('percentage', '0.5')]),
    ('fa', 'مال\u200cباختگان در مجموع 0.5 میلیارد تومان از دست دادند.', [('amount_lost', '5000000000')]),
    ('zh', '三大运营商关停了1.2万个涉诈电话号码。', [('infrastructure_taken_down', '12000')]),
    ('zh', '工信部指导运营商封堵涉诈域名3.5万个。', [('infrastructure_taken_down', '35000')]),
    ('ko', '경찰은 범죄 조직이 사용한 서버 12대를 압수했다.', [('infrastructure_taken_down', '12')]),
    ('ja', '警察は詐欺グループが使用していたサーバー12台を押収した。', [('infrastructure_taken_down', '12')]),
    ('zh', '警方查封了诈骗分子使用的500个域名。', [('infrastructure_taken_down', '500')]),
    ('hu', 'A rendőrség lefoglalta a bűnözők által használt 120 szervert.', [('infrastructure_taken_down', '120')]),
    ('fi', 'Poliisi takavarikoi rikollisten ylläpitämät 12 palvelinta.', [('infrastructure_taken_down', '12')]),
    ('fa', 'پلیس فتا ۱۲ سروری را که متهمان استفاده می\u200cکردند توقیف کرد.', [('infrastructure_taken_down', '12')]),
    ('bn', 'প্রতারক চক্রের ব্যবহার করত এমন ৩০০টি সিম কার্ড জব্দ করেছে পুলিশ।', [('infrastructure_taken_down', '300')]),
    ('hu', 'A rendőrség letiltotta a csalók által üzemeltetett 300 weboldalt.', [('infrastructure_taken_down', '300')]),
    ('hu', 'A hatóság a csalók által létrehozott 450 hamis weboldalt tiltotta le.', [('infrastructure_taken_down', '450')]),
    ('fi', 'Poliisi sulki rikollisten ylläpitämät 300 verkkosivustoa.', [('infrastructure_taken_down', '300')]),
    ('zh', '警方关闭了诈骗团伙运营的300个网站。', [('infrastructure_taken_down', '300')]),
    ('bn', 'পুলিশ প্রতারক চক্রের পরিচালনা করত এমন ৩০০টি ওয়েবসাইট বন্ধ করেছে।', [('infrastructure_taken_down', '300')]),
    ('fa', 'پلیس فتا ۳۰۰ وب\u200cسایتی را که کلاهبرداران راه\u200cاندازی کرده بودند مسدود کرد.', [('infrastructure_taken_down', '300')]),
    ('en', 'Police arrested and later charged 40 suspects in connection with the scam.', [('arrests', '40')]),
    ('en', 'Officers detained and subsequently interviewed 22 suspects.', [('arrests', '22')]),
    ('fr', 'La police a interpellé puis auditionné 40 suspects.', [('arrests', '40')]),
    ('it', 'La polizia ha arrestato e poi interrogato 40 sospettati.', [('arrests', '40')]),
    ('ru', 'Полиция задержала и затем допросила 40 подозреваемых.', [('arrests', '40')]),
    ('ro', 'Poliția a reținut și ulterior a audiat 40 de suspecți.', [('arrests', '40')]),
    ('tr', '230 banka hesabı donduruldu ve bilgileri savcılığa iletildi.', [('accounts_frozen', '230')]),
    ('ko', '경찰은 계좌 230개를 동결하고 관련 정보를 수사기관에 제공했다.', [('accounts_frozen', '230')]),
    ('ko', '금감원은 대포통장 1,200개를 지급정지하고 그 정보를 경찰과 공유했다.', [('accounts_frozen', '1200')]),
    ('hi', 'बैंकों ने 230 खातों को फ्रीज कर उनकी जानकारी पुलिस के साथ साझा की।', [('accounts_frozen', '230')]),
    ('fa', 'بانک\u200cها ۲۳۰ حساب را مسدود کردند و اطلاعات آن\u200cها را به اشتراک گذاشتند.', [('accounts_frozen', '230')]),
    ('bn', 'বিএফআইইউ ২৩০টি ব্যাংক হিসাব জব্দ করে তথ্য শেয়ার করেছে।', [('accounts_frozen', '230')]),
    pytest.param('vi', 'Bộ Công an đã phong tỏa, đồng thời chia sẻ với các ngân hàng hơn 1.200 tài khoản nghi vấn.', [('accounts_frozen', '1200')], marks=pytest.mark.xfail(strict=True, reason='open: the verb of freezing stands in a clause of its own, a comma before the verb of sharing')),
    pytest.param('pl', 'Policja zablokowała, a następnie przekazała prokuraturze dane 230 rachunków.', [('accounts_frozen', '230')], marks=pytest.mark.xfail(strict=True, reason='open: the verb of freezing stands in a clause of its own, a comma before the verb of sharing')),
    pytest.param('ru', 'Полиция заблокировала, а затем передала в банк данные о 1200 счетах.', [('accounts_frozen', '1200')], marks=pytest.mark.xfail(strict=True, reason='open: the verb of freezing stands in a clause of its own, a comma before the verb of sharing')),
    ('en', 'The bank blocked and later handed over to police 1,200 mule accounts.', [('accounts_frozen', '1200')]),
    ('tr', 'Emniyet Müdürü, bu yıl vatandaşlardan 3.500 bildirim alındığını aktardı.', []),
    ('tr', "Vali, siber dolandırıcılıkla ilgili 2.000'den fazla uyarı aldıklarını aktardı.", []),
    ('ro', 'IPJ Cluj a transmis că în acest an au fost primite peste 2.000 de sesizări privind fraude online.', [('actionable_points', '2000')]),
    ('cs', 'Policie loni přijala přes 1 500 oznámení o podvodech a 40 případů předala státnímu zastupitelství.', [('actionable_points', '1500')]),
    ('ru', 'В полицию поступило более 600 сообщений о мошенничестве и все материалы переданы в следственный комитет.', [('actionable_points', '600')]),
    ('uk', 'Поліція отримала понад 2000 повідомлень про шахрайство та передала до суду 15 обвинувальних актів.', [('actionable_points', '2000')]),
    ('id', 'Polisi menerima 1.200 aduan masyarakat dan 30 berkas perkara diserahkan ke kejaksaan.', [('actionable_points', '1200')]),
    ('ro', 'Poliția a primit peste 2.000 de sesizări și a transmis 40 de dosare parchetului.', [('actionable_points', '2000')]),
    ('he', 'המשטרה קיבלה 800 דיווחים על הונאות ו-40 תיקים הועברו לפרקליטות.', [('actionable_points', '800')]),
    ('hi', 'साइबर सेल को 2,000 से अधिक अलर्ट मिले और मामला पुलिस को सौंपा गया।', []),
    ('bn', 'পুলিশ ৭০০টি অভিযোগের তথ্য পেয়েছে এবং আসামিদের আদালতে হস্তান্তর করেছে।', [('actionable_points', '700')]),
    ('he', 'מאז תחילת השנה התקבלו 800 התראות על הונאות והכספים הועברו לחשבונות בחו"ל.', [('actionable_points', '800')]),
    ('en', 'For comparison, this year the unit arrested 120 suspects, up from 80 in 2023.', [('arrests', '120')]),
    pytest.param('pl', 'Dla porównania: w tym roku policjanci zatrzymali 120 podejrzanych, a w ubiegłym 80.', [('arrests', '120')], marks=pytest.mark.xfail(strict=True, reason='open (wrong before too): the earlier count of a sentence that compares two')),
    ('de', 'Zum Vergleich: In diesem Jahr wurden bereits 120 Verdächtige festgenommen, im gesamten Vorjahr waren es 80.', [('arrests', '120')]),
    ('cs', 'Pro představu, jen za poslední měsíc policie zablokovala přes 300 podvodných webů.', [('infrastructure_taken_down', '300')]),
    ('tr', 'Geçen yılın aynı dönemine göre yüzde 40 artışla 1.200 şüpheli gözaltına alındı.', [('arrests', '1200'), ('percentage', '40')]),
    ('ko', '경찰은 총책을 검거한 뒤 범행 과정에서 동원된 차량 12대를 확보했다.', []),
    ('ko', '경찰은 조직원들을 검거하면서 현장에서 휴대전화 230대를 발견했다.', []),
    ('ko', '경찰은 사이트를 차단한 뒤 관련 게시물 3,000건을 모니터링했다.', []),
    ('ko', '경찰은 도박 사이트 운영자 12명을 검거하고 사이트 230개를 차단했다.', [('arrests', '12'), ('infrastructure_taken_down', '230')]),
    ('he', 'נעצר חשוד בגיל 34 ו-120 קורבנות הונו על ידו.', [('victims', '120')]),
    ('he', 'המשטרה עצרה 12 חשודים בגילאי 20 עד 35, ו-40 קורבנות הגישו תלונות.', [('arrests', '12'), ('victims', '40')]),
    ('bn', 'ভুক্তভোগীদের ১২ লাখ টাকা আদায় করেছে পুলিশ।', [('amount_recovered', '1200000')]),
    ('bn', 'পুলিশ প্রতারক চক্রের কাছ থেকে ভুক্তভোগীর ২ লাখ টাকা আদায় করে দিয়েছে।', [('amount_recovered', '200000')]),
    ('bn', 'ভ্রাম্যমাণ আদালত অভিযুক্তদের কাছ থেকে ৫০ হাজার টাকা জরিমানা আদায় করেছে।', []),  # (fixed by bn [figures] fined)
    ('he', 'הקורבנות, שנזקקו לסיוע, קיבלו פיצוי של 2 מיליון שקל.', []),
    ('en', 'Iranian cyber police said victims lost 500 billion tomans to the scheme.', [('amount_lost', '5000000000000')]),
])
def test_fourth_review(lang, text, expected):
    got = sorted((k, str(v)) for k, v, _, _ in figs(text, lang))
    assert got == expected, got


# ---------------------------------------------------------------- fifth review
# An adversarial review of the next figures work (3d7b2cb..5191537) by a helper who did not build it: its sentences,
# each with the figures it should give (compared as sets). The ones still open are strict xfails.

@pytest.mark.parametrize("lang, text, expected", [
    ('en', "Unlike the previous edition, this year's operation led to 1,006 arrests in 14 countries.", [('arrests', '1006'), ('countries', '14')]),
    pytest.param('fr', "Comme lors de l'édition précédente, 42 pays ont participé à l'opération, qui a permis 1 200 arrestations.", [('arrests', '1200'), ('countries', '42')], marks=pytest.mark.xfail(strict=True, reason="open: an earlier edition said at the opening, this one's figures after it with no word of its period")),
    ('es', 'A diferencia de la edición anterior, en esta ocasión fueron detenidas 120 personas.', [('arrests', '120')]),
    ('de', 'Im Vergleich zum Vorjahr, als 19 Festnahmen verzeichnet wurden, stieg die Zahl heuer auf 25 Festnahmen.', [('arrests', '25')]),
    ('zh', '与去年同期相比，今年共抓获犯罪嫌疑人1200名，冻结涉案资金3000万元。', [('amount_seized', '30000000'), ('arrests', '1200')]),
    ('ja', '前年同期と比べ、今年は1200人を検挙し、3000万円を押収した。', [('amount_seized', '30000000'), ('arrests', '1200')]),
    ('vi', 'So với cùng kỳ năm trước, năm nay công an đã bắt giữ 1.200 đối tượng.', [('arrests', '1200')]),
    ('en', 'The previous edition was smaller; this year, 1,200 suspects were arrested in 40 countries.', [('arrests', '1200'), ('countries', '40')]),
    ('en', 'A year earlier, 800 suspects had been arrested; this year, 1,200 were arrested.', [('arrests', '1200')]),
    ('ar', 'وفي الدورة السابقة تم توقيف 100 شخص، أما هذا العام فقد تم توقيف 300 مشتبه به.', [('arrests', '300')]),
    ('ar', 'وأسفرت هذه النسخة الأولى من العملية عن توقيف 300 مشتبه به في 14 دولة.', [('arrests', '300'), ('countries', '14')]),
    ('ar', 'وفي النسخة الأولى من عملية "حيدرا" التي أطلقها الإنتربول هذا العام، تم توقيف 300 مشتبه به.', [('arrests', '300')]),
    ('en', 'For comparison, the 2023 operation led to 300 arrests and the seizure of $2 million.', []),
    ('fr', "À titre de comparaison, l'opération de 2023 avait permis 300 arrestations et la saisie de 2 millions d'euros.", []),
    ('de', 'Zum Vergleich: 2023 wurden 300 Verdächtige festgenommen und 2 Millionen Euro beschlagnahmt.', []),
    ('es', 'Como comparación, en 2023 se detuvo a 300 personas y se incautaron 2 millones de euros.', []),
    ('ru', 'Для сравнения, в 2023 году были задержаны 300 человек и изъято 2 млн рублей.', []),
    ('pl', 'Dla porównania, w 2023 roku zatrzymano 300 osób i zabezpieczono 2 mln zł.', []),
    ('en', 'Police froze €2 million, but €5 million remains missing.', [('amount_seized', '2000000')]),
    ('en', 'Authorities seized $1.5 million, while another $4 million is still unaccounted for.', [('amount_seized', '1500000')]),
    ('en', 'Investigators recovered $800,000 and are still tracing $2.2 million.', [('amount_recovered', '800000')]),
    ('fr', "Les enquêteurs ont saisi 2 millions d'euros, mais 5 millions restent introuvables.", [('amount_seized', '2000000')]),
    ('es', 'La policía bloqueó 2 millones de euros, pero otros 5 millones siguen sin localizar.', [('amount_disrupted', '2000000')]),
    ('it', 'La polizia ha sequestrato 2 milioni di euro, mentre altri 5 milioni risultano ancora irreperibili.', [('amount_seized', '2000000')]),
    ('pl', 'Policja zabezpieczyła 2 mln zł, a kolejnych 5 mln zł wciąż poszukuje.', [('amount_seized', '2000000')]),
    ('ru', 'Полиция заблокировала 2 млн рублей, а еще 5 млн рублей пока не найдены.', [('amount_disrupted', '2000000')]),
    ('pt', 'A polícia bloqueou R$ 2 milhões, mas outros R$ 5 milhões ainda não foram localizados.', [('amount_disrupted', '2000000')]),
    ('de', 'Der Schaden beträgt 5 Millionen Euro, im Vergleich zu 3 Millionen Euro im Jahr 2023.', [('amount_lost', '5000000')]),
    ('ru', 'Ущерб составил 5 млн рублей, по сравнению с 3 млн рублей в 2023 году.', [('amount_lost', '5000000')]),
    ('pl', 'Straty wyniosły 5 mln zł, w porównaniu z 3 mln zł w 2023 roku.', [('amount_lost', '5000000')]),
    ('nl', 'De schade bedraagt 5 miljoen euro, tegenover 3 miljoen euro in 2023.', [('amount_lost', '5000000')]),
    ('sv', 'Skadan uppgår till 5 miljoner kronor, jämfört med 3 miljoner kronor 2023.', [('amount_lost', '5000000')]),
    ('id', 'Kerugian mencapai Rp 5 miliar, dibandingkan Rp 3 miliar pada 2023.', [('amount_lost', '5000000000')]),
    ('en', 'Police prevented the transfer of $2 million to 14 accounts, which were then frozen.', [('accounts_frozen', '14'), ('amount_disrupted', '2000000')]),
    ('en', 'The bank prevented losses of $2 million and closed 45 accounts.', [('accounts_frozen', '45'), ('amount_disrupted', '2000000')]),
    ('fr', "Les banques ont empêché des pertes de 2 millions d'euros et fermé 45 comptes.", [('accounts_frozen', '45'), ('amount_disrupted', '2000000')]),
    ('es', 'Los bancos impidieron transferencias por 2,5 millones de euros a 40 cuentas, que fueron bloqueadas.', [('accounts_frozen', '40'), ('amount_disrupted', '2500000')]),
    ('pt', 'Os bancos impediram transferências de R$ 3 milhões para 120 contas, que foram bloqueadas.', [('accounts_frozen', '120'), ('amount_disrupted', '3000000')]),
    ('ru', 'Банки предотвратили перевод 2 млн рублей на 45 счетов, которые были заблокированы.', [('accounts_frozen', '45'), ('amount_disrupted', '2000000')]),
    ('en', 'The unit froze assets and later shared data on 230 mule accounts with Europol.', [('actionable_points', '230')]),
    ('en', 'Investigators seized servers and then shared information on 1,200 accounts with banks.', [('actionable_points', '1200')]),
    ('de', 'Die Ermittler froren Vermögen ein und übermittelten anschließend Daten zu 230 Konten an Europol.', [('actionable_points', '230')]),
    ('fr', 'Les enquêteurs ont saisi des serveurs et transmis ensuite des informations sur 230 comptes aux banques.', [('actionable_points', '230')]),
    ('es', 'La policía bloqueó webs y después compartió datos de 230 cuentas con los bancos.', [('actionable_points', '230')]),
    pytest.param('ko', '경찰은 230개 계좌 정보를 범죄수익 동결 후 금융당국에 공유했다.', [('actionable_points', '230')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of freezing with an object of its own before the verb of sharing')),
    pytest.param('en', 'Analysis of the seized devices showed the gang had registered 2,300 phishing domains.', [], marks=pytest.mark.xfail(strict=True, reason='open: a word of seizing said of other things lifts the block on things the criminals set up')),
    pytest.param('fr', "L'analyse du matériel saisi a révélé que le réseau avait créé 300 faux sites.", [], marks=pytest.mark.xfail(strict=True, reason='open: a word of seizing said of other things lifts the block on things the criminals set up')),
    pytest.param('pt', 'A análise do material apreendido revelou que a quadrilha criou 300 sites falsos.', [], marks=pytest.mark.xfail(strict=True, reason='open: a word of seizing said of other things lifts the block on things the criminals set up')),
    pytest.param('it', "Dall'analisi del materiale sequestrato è emerso che la banda aveva creato 300 siti falsi.", [], marks=pytest.mark.xfail(strict=True, reason='open: a word of seizing said of other things lifts the block on things the criminals set up')),
    ('tr', '412 şüpheli hesap üzerinden para aktaran çete üyeleri yakalandı.', []),
    pytest.param('hi', 'पुलिस ने 12 संदिग्ध बैंक खाते किराये पर देने वाले गिरोह को पकड़ा।', [], marks=pytest.mark.xfail(strict=True, reason='open: an arrest verb said of the gang that rented the accounts out')),
    ('en', 'The raid began at 06:00 and 12 suspects were arrested.', [('arrests', '12')]),
    ('en', 'Officers moved in at 04:00 and 25 people were detained.', [('arrests', '25')]),
    ('fr', 'Le coup de filet a débuté à 06:00 et 12 suspects ont été interpellés.', [('arrests', '12')]),
    ('es', 'El operativo comenzó a las 06:00 y 12 personas fueron detenidas.', [('arrests', '12')]),
    ('de', 'Der Zugriff erfolgte um 06:00 und 12 Verdächtige wurden festgenommen.', [('arrests', '12')]),
    ('ro', 'Polițiștii au reținut șaizeci și doi de suspecți.', [('arrests', '62')]),
    ('ro', 'Au fost reținute patruzeci și cinci de persoane.', [('arrests', '45')]),
    ('bg', 'Полицията задържа шестдесет и двама заподозрени.', [('arrests', '62')]),
    ('he', 'נעצרו תשעים וחמישה חשודים.', [('arrests', '95')]),
    ('he', 'שבעים ושלושה קורבנות הגישו תלונות.', [('victims', '73')]),
    ('sw', 'Mamlaka ya Mawasiliano ilitoa amri ya kufungwa kwa tovuti 300 za ulaghai.', [('infrastructure_taken_down', '300')]),
    ('sw', 'Polisi ilitoa taarifa kwamba akaunti 1,200 za benki zimezuiwa.', [('accounts_frozen', '1200')]),
])
def test_fifth_review(lang, text, expected):
    got = sorted((k, str(v)) for k, v, _, _ in figs(text, lang))
    assert got == expected, got


# ---------------------------------------------------------------- sixth review
# A short adversarial review of the last figures work (5191537..65c13aa) by a helper who did not build it: its
# sentences, each with the figures it should give (compared as sets). The ones still open are strict xfails.

@pytest.mark.parametrize("lang, text, expected", [
    ('es', 'Esta vez, la Policía detuvo a 18 miembros de una red que el año pasado estafó 2 millones de euros a 300 víctimas.', [('amount_lost', '2000000'), ('arrests', '18'), ('victims', '300')]),
    ('fr', "Cette fois, les gendarmes ont interpellé 18 membres d'un réseau qui l'an dernier avait escroqué 300 victimes pour 2 millions d'euros.", [('amount_lost', '2000000'), ('arrests', '18'), ('victims', '300')]),
    ('pt', 'Desta vez, a PF prendeu 22 integrantes de uma quadrilha que no ano passado desviou R$ 5 milhões de 400 vítimas.', [('amount_lost', '5000000'), ('arrests', '22'), ('victims', '400')]),
    ('ko', '경찰은 지난해 10월부터 수사에 착수해 조직원 120명을 검거했으며, 이번 단속으로 피해액 50억원을 확인했다.', [('amount_lost', '5000000000'), ('arrests', '120')]),
    ('ja', '今回逮捕された12人は、昨年から全国の高齢者約200人から計5億円をだまし取った疑いがある。', [('amount_lost', '500000000'), ('arrests', '12'), ('victims', '200')]),
    ('ja', '今回の摘発で、警察は昨年から特殊詐欺を繰り返していた男女15人を逮捕した。', [('arrests', '15')]),
    ('zh', '此次行动中，警方抓获了自去年以来一直在逃的12名犯罪嫌疑人。', [('arrests', '12')]),
    ('en', 'Police this week arrested 45 members of a gang that had been operating since last year, in the largest such operation this year.', [('arrests', '45')]),
    ('en', 'The 14 suspects arrested on Tuesday had defrauded victims of $2 million since last year, police said, adding that this year alone 300 complaints were filed.', [('amount_lost', '2000000'), ('arrests', '14')]),
    ('id', 'Kali ini, polisi menangkap 18 tersangka yang beroperasi sejak tahun lalu.', [('arrests', '18')]),
    ('vi', 'Lần này, công an đã bắt giữ 18 đối tượng hoạt động từ năm ngoái.', [('arrests', '18')]),
    ('tr', 'Bu kez polis, geçen yıl kurulan çetenin 22 üyesini gözaltına aldı.', [('arrests', '22')]),
    ('ru', 'На этот раз задержаны 18 участников группировки, которая в прошлом году похитила у пенсионеров 5 млн рублей.', [('amount_lost', '5000000'), ('arrests', '18')]),
    ('en', 'Last year the centre blocked 1,500 fraudulent websites, the current director said.', [('infrastructure_taken_down', '1500')]),
    pytest.param('fr', "La précédente édition de l'opération, conduite en 2024, s'était soldée par 1 006 arrestations, contre 1 200 cette année.", [('arrests', '1200')], marks=pytest.mark.xfail(strict=True, reason='open: a count after an earlier one dropped for its period takes no kind from it')),
    ('en', 'For comparison, in the whole of 2024 police arrested 212 suspects, a figure already exceeded this year.', []),
    ('de', 'Zum Vergleich: Im gesamten Jahr 2024 wurden 212 Tatverdächtige festgenommen, eine Zahl, die dieses Jahr bereits übertroffen wurde.', []),
    pytest.param('pl', 'Rok wcześniej, podczas poprzedniej akcji, policjanci zatrzymali 150 osób, a w tym roku 210.', [('arrests', '210')], marks=pytest.mark.xfail(strict=True, reason='open: a count after an earlier one dropped for its period takes no kind from it')),
    pytest.param('es', 'Un año antes, durante la primera edición, la policía detuvo a 500 sospechosos, y esta vez fueron 700.', [('arrests', '700')], marks=pytest.mark.xfail(strict=True, reason='open: a count after an earlier one dropped for its period takes no kind from it')),
    ('en', 'A year earlier, in the first edition of the operation, 1,006 arrests were made; this time 1,300 suspects were detained.', [('arrests', '1300')]),
    ('ru', 'Для сравнения, за весь прошлый год было задержано 212 подозреваемых, в этом году уже больше.', []),
    ('fr', 'La plateforme Pharos a reçu 211 543 signalements, qui ont été transmis par des internautes.', [('actionable_points', '211543')]),
    ('en', 'The National Fraud Intelligence Bureau received more than 8,000 reports, which were forwarded by banks and telecom operators.', [('actionable_points', '8000')]),
    ('id', 'Polda Metro Jaya menerima 1.250 laporan, yang diteruskan oleh OJK dan perbankan.', [('actionable_points', '1250')]),
    ('en', 'Officers reviewed 900 alerts, which were forwarded to them by the exchange.', []),
    pytest.param('de', 'Das BKA erhielt im vergangenen Monat 2.300 Verdachtsmeldungen, die von Banken weitergeleitet wurden.', [('intelligence_packages', '2300')], marks=pytest.mark.xfail(strict=True, reason='open: reports passed on by others in a relative clause (German has no agent words)')),
    pytest.param('en', 'Investigators froze $4 million in bank accounts, $1.2 million in real estate and $500,000 in cryptocurrency.', [('amount_seized', '1200000'), ('amount_seized', '4000000'), ('amount_seized', '500000')], marks=pytest.mark.xfail(strict=True, reason='open: an amount listed after one verb with no word naming money between')),
    ('pt', 'Foram bloqueados R$ 19,3 milhões em 214 contas bancárias ligadas ao grupo.', [('accounts_frozen', '214'), ('amount_seized', '19300000')]),
    ('bn', 'মামলায় ৫০০ পেজের চার্জশিট আদালতে দাখিল করেছে সিআইডি।', []),
    ('bn', 'প্রতারক চক্রটি ৩০টি ফেসবুক পেজ খুলে বিজ্ঞাপন দিত, পুলিশ জানিয়েছে।', []),
    ('bn', 'চক্রটি ২৫টি ফেসবুক পেজের মাধ্যমে প্রায় ৩০০ জনের কাছ থেকে টাকা হাতিয়ে নেয়।', [('victims', '300')]),
    ('ru', 'Мошенники действуют через более 500 каналов и чатов в Telegram.', []),
    ('ru', 'Аудитория 15 каналов превышала миллион подписчиков, сообщили в МВД.', []),
    pytest.param('ko', '일당은 오픈채팅방 12개를 통해 300억원을 가로챘다.', [('amount_lost', '30000000000')], marks=pytest.mark.xfail(strict=True, reason='open: a noun of things taken down counted with no deed said of it (the design reads the noun alone)')),
    pytest.param('ko', '일당은 피해자들을 오픈채팅방 5곳에 초대해 투자를 권유했다.', [], marks=pytest.mark.xfail(strict=True, reason='open: a noun of things taken down counted with no deed said of it (the design reads the noun alone)')),
    pytest.param('hi', 'गिरोह ने ठगी के लिए 40 हैंडसेट और 200 सिम कार्ड का इस्तेमाल किया।', [], marks=pytest.mark.xfail(strict=True, reason='open: a noun of things taken down counted with no deed said of it (the design reads the noun alone)')),
    pytest.param('th', 'ตำรวจอายัดบัญชีม้า 300 หมายเลข', [('accounts_frozen', '300')], marks=pytest.mark.xfail(strict=True, reason='open: a noun of things taken down counted with no deed said of it (the design reads the noun alone)')),
])
def test_sixth_review(lang, text, expected):
    got = sorted((k, str(v)) for k, v, _, _ in figs(text, lang))
    assert got == expected, got


# ---------------------------------------------------------------- seventh review
# helper-220, of 5177d26..5b99c36 (wallet addresses, labels written as ordinals, goals, worth with no currency, names
# before the noun counted, thousands of reports, money held in the accounts named after it): its sentences, each with
# the figures it should give (compared as sets). 105 of them failed on 5b99c36 and gave the right figures on
# 5177d26 (regressions); the ones still open are strict xfails.
@pytest.mark.parametrize("lang, text, expected", [
    ('en', 'Operation Blackwater aimed to dismantle the network and led to 45 arrests across three states.', [('arrests', '45')]),
    ('en', 'The task force aims to reach 10,000 seniors and has so far trained 3,200 volunteers.', [('participants', '3200')]),
    ('en', 'The bank aims to be the safest in Asia and prevented $12 million in scam losses last year.', [('amount_disrupted', '12000000')]),
    pytest.param('en', 'The platform that aims to protect consumers has blocked 12,000 scam websites since its launch.', [('infrastructure_taken_down', '12000')], marks=pytest.mark.xfail(strict=True, reason="open: a goal word's purpose in a relative clause or with no 'and' before the deed's own verb")),
    pytest.param('en', 'As part of its goal of stopping scams the telecom regulator blocked 2.5 million SIM cards.', [('infrastructure_taken_down', '2500000')], marks=pytest.mark.xfail(strict=True, reason="open: a goal word's purpose in a relative clause or with no 'and' before the deed's own verb")),
    ('en', 'Scammers aimed to steal pensions and defrauded 210 victims of $3 million before police arrested 12 suspects.', [('amount_lost', '3000000'), ('arrests', '12'), ('victims', '210')]),
    ('es', 'El banco aspira a ser el más seguro y ya ha bloqueado 3 millones de euros en transferencias fraudulentas.', [('amount_disrupted', '3000000')]),
    ('es', 'Este tipo de fraude pretende engañar a los usuarios y ya ha dejado 3.000 víctimas en España.', [('victims', '3000')]),
    ('es', 'La banda tenía como meta estafar a personas mayores y logró engañar a 400 víctimas.', [('victims', '400')]),
    ('pt', 'A Febraban tem como meta ampliar a cooperação e já capacitou 3.500 funcionários de bancos.', [('participants', '3500')]),
    ('pt', 'O objetivo é proteger os clientes e o banco já bloqueou 1.200 sites falsos.', [('infrastructure_taken_down', '1200')]),
    ('pt', 'O golpe pretende enganar aposentados e já fez mais de 3 mil vítimas no país.', [('victims', '3000')]),
    ('it', "L'operazione punta a smantellare la rete e ha portato all'arresto di 27 persone.", [('arrests', '27')]),
    ('it', 'La truffa punta a svuotare i conti correnti e ha già colpito 2.000 vittime.', [('victims', '2000')]),
    ('fr', "Le réseau ambitionne de s'étendre et compte déjà 3 000 victimes.", [('victims', '3000')]),
    ('de', 'Die Bank strebt mehr Sicherheit an und hat im vergangenen Jahr 2.300 Phishing-Seiten sperren lassen.', [('infrastructure_taken_down', '2300')]),
    ('ru', 'Банк стремится защитить клиентов и уже заблокировал 1 200 мошеннических сайтов.', [('infrastructure_taken_down', '1200')]),
    ('uk', 'Кіберполіція прагне припинити шахрайство й уже заблокувала 1 200 фішингових сайтів.', [('infrastructure_taken_down', '1200')]),
    ('pl', 'Policja dąży do rozbicia grupy i zatrzymała już 14 osób.', [('arrests', '14')]),
    ('id', 'Polisi bertekad memberantas judi online dan telah memblokir 4.500 situs.', [('infrastructure_taken_down', '4500')]),
    ('id', 'Program ini ditargetkan menjangkau 10.000 guru dan telah melatih 2.500 guru sejauh ini.', [('participants', '2500')]),
    ('vi', 'Công an phấn đấu triệt phá các đường dây lừa đảo và đã bắt giữ 45 đối tượng.', [('arrests', '45')]),
    pytest.param('zh', '各地公安机关力争打早打小并已抓获犯罪嫌疑人1200名。', [('arrests', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a goal word's purpose in a relative clause or with no 'and' before the deed's own verb")),
    ('th', 'ตำรวจตั้งเป้าปราบแก๊งและจับกุมได้แล้ว 120 ราย', [('arrests', '120')]),
    ('th', 'ธนาคารตั้งเป้าลดความเสียหายและอายัดบัญชีม้าได้แล้ว 3,000 บัญชี', [('accounts_frozen', '3000')]),
    pytest.param('he', 'המשטרה שואפת לבלום את ההונאות ועצרה כבר 25 חשודים.', [('arrests', '25')], marks=pytest.mark.xfail(strict=True, reason="open: a goal word's purpose in a relative clause or with no 'and' before the deed's own verb")),
    pytest.param('he', 'הבנק שואף לאפס הונאות וחסם כבר 1,200 אתרי פישינג.', [('infrastructure_taken_down', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a goal word's purpose in a relative clause or with no 'and' before the deed's own verb")),
    ('id', 'Sindikat ini menargetkan lansia dan berhasil menipu 300 korban dengan kerugian Rp 5 miliar.', [('amount_lost', '5000000000'), ('victims', '300')]),
    ('id', 'Para pelaku menargetkan nasabah bank dan menguras Rp 2,1 miliar dari 150 korban.', [('amount_lost', '2100000000'), ('victims', '150')]),
    ('id', 'Polisi menargetkan sindikat penipuan daring dan menangkap 23 tersangka di Batam.', [('arrests', '23')]),
    ('id', 'Bareskrim menargetkan para bandar dan berhasil membekukan 120 rekening senilai Rp 30 miliar.', [('accounts_frozen', '120'), ('amount_seized', '30000000000')]),
    ('vi', 'Nhóm lừa đảo có mục tiêu là người cao tuổi và đã chiếm đoạt 12 tỷ đồng của hơn 300 nạn nhân.', [('amount_lost', '12000000000'), ('victims', '300')]),
    ('tr', 'Operasyonun hedefi olan suç örgütünün 22 üyesi gözaltına alındı.', [('arrests', '22')]),
    ('tr', 'Şebekenin hedefi olan 300 mağdur toplam 40 milyon lira kaybetti.', [('amount_lost', '40000000'), ('victims', '300')]),
    ('tr', 'Hedefi aşarak 1.450 kişiye eğitim verildi.', [('participants', '1450')]),
    ('zh', '警方迅速锁定目标并抓获犯罪嫌疑人12名。', [('arrests', '12')]),
    ('zh', '反诈中心为受害人争取到止付时间并成功拦截涉案资金120万元。', [('amount_disrupted', '1200000')]),
    ('zh', '该行以守护群众钱袋子为目标拦截涉诈资金3亿元。', [('amount_disrupted', '300000000')]),
    ('zh', '该团伙专门以老年人为目标骗取300余名受害人养老钱2000余万元。', [('amount_lost', '20000000'), ('victims', '300')]),
    ('ja', '目標を上回る1500人が研修を受講した。', [('participants', '1500')]),
    ('ja', '県警は高齢者を目標にした詐欺グループの15人を逮捕した。', [('arrests', '15')]),
    ('ja', '県警は被害防止を目指して金融機関と連携し約2億円の被害を未然に防いだ。', [('amount_disrupted', '200000000')]),
    ('he', 'בחשבונות היעד הוקפאו 3 מיליון שקל.', [('amount_seized', '3000000')]),
    ('he', 'כספים שהועברו למדינות היעד הוקפאו בסך 4 מיליון דולר.', [('amount_seized', '4000000')]),
    ('fa', '۱۲ متهم دستگیر شده\u200cاند که قرار است به زودی به دادگاه معرفی شوند.', [('arrests', '12')]),
    ('fa', 'پلیس فتا ۲۵ نفر را دستگیر کرد که قرار است محاکمه شوند.', [('arrests', '25')]),
    ('hi', 'पुलिस ने 45 आरोपियों को गिरफ्तार किया जिनका लक्ष्य है बुजुर्गों को ठगना।', [('arrests', '45')]),
    ('hi', 'पुलिस ने 1200 सिम कार्ड ब्लॉक किए जिनका इस्तेमाल ठगी का लक्ष्य तय करने में होता था।', [('infrastructure_taken_down', '1200')]),
    ('ja', '県警は詐欺グループの15人を逮捕しており被害の根絶を目指している。', [('arrests', '15')]),
    ('ko', '올해 300명이 교육을 받았고 내년에는 1,000명이 목표.', [('participants', '300')]),
    ('en', 'The bank prevented losses of $2 million in accounts of elderly customers.', [('amount_disrupted', '2000000')]),
    ('es', 'El banco evitó pérdidas de 2 millones de euros en cuentas de clientes.', [('amount_disrupted', '2000000')]),
    ('es', 'La entidad impidió el robo de 1,5 millones de euros en cuentas de clientes mayores.', [('amount_disrupted', '1500000')]),
    ('pt', 'O banco evitou prejuízo de R$ 2 milhões nas contas de clientes idosos.', [('amount_disrupted', '2000000')]),
    ('pt', 'A Febraban impediu o desvio de R$ 5 milhões em contas de idosos vítimas do golpe.', [('amount_disrupted', '5000000')]),
    ('pt', 'O sistema impediu saques fraudulentos de R$ 3,4 milhões em contas de correntistas.', [('amount_disrupted', '3400000')]),
    ('it', 'La banca ha bloccato frodi per 3 milioni di euro sui conti correnti dei clienti.', [('amount_disrupted', '3000000')]),
    ('de', 'Die Bank verhinderte Schäden von 2 Millionen Euro auf Konten von Senioren.', [('amount_disrupted', '2000000')]),
    ('ru', 'Сбербанк предотвратил хищение 300 млн рублей на счетах клиентов.', [('amount_disrupted', '300000000')]),
    ('ru', 'Банк предотвратил кражу 12 млн рублей на счетах пенсионеров.', [('amount_disrupted', '12000000')]),
    ('pl', 'Bank zablokował próby kradzieży 2 mln zł na rachunkach klientów.', [('amount_disrupted', '2000000')]),
    ('id', 'Bank mencegah kerugian Rp 5 miliar di rekening nasabah.', [('amount_disrupted', '5000000000')]),
    ('id', 'OJK mencegah pembobolan Rp 3,2 miliar di rekening nasabah bank daerah.', [('amount_disrupted', '3200000000')]),
    ('vi', 'Ngân hàng đã ngăn chặn kịp thời việc chiếm đoạt 50 tỷ đồng trong tài khoản của khách hàng.', [('amount_disrupted', '50000000000')]),
    ('ar', 'منع البنك الاستيلاء على 5 ملايين درهم في حسابات العملاء.', [('amount_disrupted', '5000000')]),
    ('ar', 'أحبطت الشرطة سرقة 2 مليون دينار في حسابات المواطنين.', [('amount_disrupted', '2000000')]),
    ('ar', 'أحبط البنك محاولات اختلاس 4 ملايين ريال في حسابات عملائه.', [('amount_disrupted', '4000000')]),
    ('tr', '12 milyon lira hesaplara geçmeden durduruldu.', [('amount_disrupted', '12000000')]),
    ('tr', 'Siber polis 7 milyon lira hesap boşaltma girişimini engelledi.', [('amount_disrupted', '7000000')]),
    ('tr', 'Banka, 3 milyon liralık hesap ele geçirme girişimini önledi.', [('amount_disrupted', '3000000')]),
    ('fa', 'پلیس فتا از برداشت ۳۰ میلیارد ریال حساب\u200cهای قربانیان جلوگیری کرد.', [('amount_disrupted', '30000000000')]),
    ('fa', 'پلیس فتا از سرقت ۲۰ میلیارد ریال حساب\u200cهای مردم جلوگیری کرد.', [('amount_disrupted', '20000000000')]),
    ('ko', '은행은 피해금 30억원 계좌이체를 차단했다.', [('amount_disrupted', '3000000000')]),
    ('ko', '경찰은 30억원 계좌 인출을 막았다.', [('amount_disrupted', '3000000000')]),
    ('ko', '은행은 피해자들의 5억원 계좌 인출 시도를 막아냈다.', [('amount_disrupted', '500000000')]),
    ('ja', '銀行は約3000万円口座からの引き出しを阻止した。', [('amount_disrupted', '30000000')]),
    ('en', 'INTERPOL disseminated 1,200 intelligence packages based on reports from 30 countries.', [('countries', '30'), ('intelligence_packages', '1200')]),
    ('en', 'The centre shared 2,300 intelligence packages and 400 alerts with member states.', [('intelligence_packages', '2300')]),
    ('en', 'Afripol circulated 1,050 intelligence packages following reports of new scam compounds.', [('intelligence_packages', '1050')]),
    ('ru', 'Интерпол передал 1 200 разведывательных пакетов по сигналам из 30 стран.', [('countries', '30'), ('intelligence_packages', '1200')]),
    ('id', 'Interpol membagikan 1.200 paket intelijen berdasarkan laporan dari 30 negara.', [('countries', '30'), ('intelligence_packages', '1200')]),
    ('vi', 'Interpol đã chia sẻ 1.200 gói tình báo dựa trên tin báo của 30 quốc gia.', [('countries', '30'), ('intelligence_packages', '1200')]),
    ('ar', 'وزعت الإنتربول 1200 حزمة استخباراتية بناء على بلاغات من 30 دولة.', [('countries', '30'), ('intelligence_packages', '1200')]),
    ('he', 'האינטרפול הפיץ 1,200 חבילות מודיעין בעקבות דיווחים מ-30 מדינות.', [('countries', '30'), ('intelligence_packages', '1200')]),
    ('en', 'The unit produced 1,240 threat intelligence reports for partner banks.', [('intelligence_packages', '1240')]),
    ('tr', 'Borsa, dolandırıcılara ait 45 cüzdan adresini dondurdu.', [('accounts_frozen', '45')]),
    ('ko', '거래소는 사기 조직의 지갑 주소 45개를 동결했다.', [('accounts_frozen', '45')]),
    ('zh', '交易所冻结了诈骗团伙的45个钱包地址。', [('accounts_frozen', '45')]),
    ('ru', 'Мошенники использовали 300 адресов кошельков для отмывания 12 млн долларов.', [('amount_laundered', '12000000')]),
    ('es', 'Los estafadores usaron 300 direcciones de monedero para blanquear 12 millones de euros.', [('amount_laundered', '12000000')]),
    ('fa', 'کلاهبرداران از ۳۰۰ آدرس کیف پول برای پولشویی استفاده کردند.', []),
    ('fr', "Les enquêteurs ont gelé 45 adresses de portefeuille liées à l'escroquerie.", [('accounts_frozen', '45')]),
    ('de', 'Die Börse sperrte 45 Wallet-Adressen der Betrüger.', [('accounts_frozen', '45')]),
    ('it', 'Gli investigatori hanno congelato 45 indirizzi di portafogli riconducibili alla banda.', [('accounts_frozen', '45')]),
    ('pl', 'Giełda zablokowała 45 adresów portfeli oszustów.', [('accounts_frozen', '45')]),
    ('ar', 'جمدت المنصة 45 عنوان محفظة مرتبطة بالاحتيال.', [('accounts_frozen', '45')]),
    ('vi', 'Sàn giao dịch đã phong tỏa 45 địa chỉ ví của nhóm lừa đảo.', [('accounts_frozen', '45')]),
    ('ja', '交換業者は詐欺グループのウォレットアドレス45件を凍結した。', [('accounts_frozen', '45')]),
    ('he', 'הבורסה הקפיאה 45 כתובות ארנק של הנוכלים.', [('accounts_frozen', '45')]),
    ('th', 'ตำรวจอายัดที่อยู่กระเป๋าเงิน 45 รายการของแก๊งมิจฉาชีพ', [('accounts_frozen', '45')]),
    ('ko', '경찰은 텔레그램 채널 12개를 운영하며 투자 사기를 벌인 일당 35명을 검거했다.', [('arrests', '35')]),
    ('ko', '일당은 텔레그램 채널 12개를 통해 피해자 300명을 모집했다.', [('victims', '300')]),
    ('ja', 'グループはテレグラムチャンネル12件を運営し、投資詐欺で高齢者300人から5億円をだまし取った。', [('amount_lost', '500000000'), ('victims', '300')]),
    ('zh', '该团伙通过Telegram频道12个招募“跑分”人员，共抓获犯罪嫌疑人45名。', [('arrests', '45')]),
    ('en', 'The gang advertised fake jobs on 40 Facebook pages and defrauded 300 victims.', [('victims', '300')]),
    ('en', 'Police arrested 8 administrators of 40 Facebook pages that sold fake concert tickets.', [('arrests', '8')]),
    ('en', 'The fraudsters promoted the scheme through 12 YouTube channels before police arrested 8 suspects.', [('arrests', '8')]),
    ('en', 'Victims were contacted from 60 WhatsApp numbers registered abroad.', []),
    ('en', 'The ring recruited money mules through 30 Facebook groups.', []),
    pytest.param('en', 'The scammers ran 15 TikTok accounts with a combined 2 million followers.', [], marks=pytest.mark.xfail(strict=True, reason='open: things the criminals ran or used on a platform, counted with no deed said of them')),
    pytest.param('en', 'The network ran more than 50 Instagram accounts impersonating celebrities.', [], marks=pytest.mark.xfail(strict=True, reason='open: things the criminals ran or used on a platform, counted with no deed said of them')),
    ('en', 'Members of the public submitted 12,000 reports of scam calls to the hotline.', []),
    ('en', 'Citizens submitted 4,500 reports through the new portal in its first month.', []),
    ('en', 'Victims submitted 2,300 reports to police, leading to 45 arrests.', [('arrests', '45')]),
    ('en', 'More than 9,000 reports were submitted by victims via the app.', []),
    ('de', 'Bürger tauschten sich in Foren über 3.000 Warnmeldungen aus.', []),
    ('ko', '정부는 보이스피싱 피해액을 3천억원 이하로 낮추는 것이 목표다.', []),
    ('ko', '정부는 2027년까지 보이스피싱 피해액을 3천억원 이하로 낮추는 것을 목표로 하고 있다.', []),
    ('ko', '경찰청은 올해 전화금융사기 조직원 5천명 검거를 목표로 내걸었다.', []),
    ('tr', 'Bakanlık, 10 bin sahte siteyi kapatma hedefine ulaşmayı planlıyor.', []),
    pytest.param('de', 'Ziel ist es, bis 2026 rund 5.000 Beamte zu schulen.', [], marks=pytest.mark.xfail(strict=True, reason='open: a word of goals with a comma, colon or dash after it, or in a phrasing not listed')),
    pytest.param('de', 'Das Ziel: bis Ende des Jahres 10.000 Phishing-Seiten vom Netz zu nehmen.', [], marks=pytest.mark.xfail(strict=True, reason='open: a word of goals with a comma, colon or dash after it, or in a phrasing not listed')),
    pytest.param('uk', 'Мета — заблокувати 10 000 фішингових сайтів до кінця року.', [], marks=pytest.mark.xfail(strict=True, reason='open: a word of goals with a comma, colon or dash after it, or in a phrasing not listed')),
    pytest.param('id', 'Targetnya, 10.000 situs judi online diblokir hingga akhir tahun.', [], marks=pytest.mark.xfail(strict=True, reason='open: a word of goals with a comma, colon or dash after it, or in a phrasing not listed')),
    ('en', 'Our goal is to train 5,000 officers by 2026.', []),
    ('en', 'The alliance has set a target of blocking 50,000 scam websites by 2026.', []),
    ('es', 'La iniciativa tiene como objetivo formar a 5.000 agentes antes de 2026.', []),
    ('fr', "Le programme vise à former 5 000 agents d'ici 2026.", []),
    ('pt', 'O programa tem como objetivo capacitar 5 mil policiais até 2026.', []),
    pytest.param('ar', 'تهدف الحملة إلى تدريب 5000 شرطي بحلول 2026.', [], marks=pytest.mark.xfail(strict=True, reason='open: a word of goals with a comma, colon or dash after it, or in a phrasing not listed')),
    pytest.param('pl', 'Celem programu jest przeszkolenie 5 tys. policjantów do 2026 roku.', [], marks=pytest.mark.xfail(strict=True, reason='open: a word of goals with a comma, colon or dash after it, or in a phrasing not listed')),
    ('hi', 'साइबर सेल ने 300 लोगों को प्रशिक्षण दिया और अगले साल 1000 का लक्ष्य रखा है।', [('participants', '300')]),
    ('en', 'The academy trained 300 officers this year and the goal is 1,000.', [('participants', '300')]),
    ('en', 'Police have blocked 4,000 scam sites so far and the target is 10,000.', [('infrastructure_taken_down', '4000')]),
    ('es', 'Se han bloqueado 4.000 sitios fraudulentos y la meta es 10.000.', [('infrastructure_taken_down', '4000')]),
    ('vi', 'Năm nay đã tập huấn cho 300 cán bộ và mục tiêu là 1.000 người.', [('participants', '300')]),
    ('en', 'The bank blocked $3 million in 45 mule accounts.', [('accounts_frozen', '45'), ('amount_seized', '3000000')]),
    ('en', 'The bank blocked $1.2 million in 2024 in accounts opened by money mules.', [('amount_seized', '1200000')]),
    pytest.param('en', 'Airtel Payments Bank blocked ₹12 crore in 3,400 accounts linked to the scam.', [('accounts_frozen', '3400'), ('amount_seized', '120000000')], marks=pytest.mark.xfail(strict=True, reason='open (wrong before too): money held in accounts after it with a name or a verb between')),
    pytest.param('it', 'La Procura blocca 3 milioni di euro sui conti della banda.', [('amount_seized', '3000000')], marks=pytest.mark.xfail(strict=True, reason='open (wrong before too): money held in accounts after it with a name or a verb between')),
    pytest.param('hi', 'पुलिस ने ठगों के खातों में जा रहे 5 करोड़ रुपये रोक लिए।', [('amount_disrupted', '50000000')], marks=pytest.mark.xfail(strict=True, reason='open (wrong before too): money held in accounts after it with a name or a verb between')),
])
def test_seventh_review(lang, text, expected):
    got = sorted((k, str(v)) for k, v, _, _ in figs(text, lang))
    assert got == expected, got


# ---------------------------------------------------------------- eighth review
# helper-225, a short review of the seventh's fixes and what followed (5b99c36..dc59484: goals, promised returns,
# wallet addresses as accounts, reports called suspicious, money held after it, platforms' pages, four-digit counts
# with a counter, warrants issued): 50 of its 63 sentences failed on dc59484 and gave the right figures on 5b99c36.
# The ones still open are strict xfails.
@pytest.mark.parametrize("lang, text, expected", [
    ('en', 'The campaign yielded a 40% drop in reported phishing losses.', [('percentage', '40')]),
    ('en', 'Scam calls dropped by 60% within a month of the launch.', [('percentage', '60')]),
    ('en', 'Fraud losses per day fell 22% during the campaign.', [('percentage', '22')]),
    ('en', 'The bank secured the return of 85% of the stolen funds.', [('percentage', '85')]),
    ('en', "Banks said the freeze secured the return of 70% of victims' money.", [('percentage', '70')]),
    ('en', 'The share of victims who reported within a day rose to 42%.', [('percentage', '42')]),
    ('de', 'Die Zahl der Betrugsanzeigen sank monatlich um 20%.', [('percentage', '20')]),
    ('pt', 'Os bancos recuperaram 45% do lucro obtido pelos criminosos.', [('percentage', '45')]),
    ('es', 'El fraude con tarjetas bajó un 30% mensual tras la campaña.', [('percentage', '30')]),
    ('es', 'Los bancos lograron el reintegro del 60% de los intereses cobrados por los estafadores.', [('percentage', '60')]),
    ('ru', 'Доля мошеннических операций в месяц снизилась на 40%.', [('percentage', '40')]),
    ('id', 'Jumlah laporan penipuan turun 30% per bulan sejak kampanye dimulai.', [('percentage', '30')]),
    ('id', 'Bank berhasil memulihkan 75% keuntungan para pelaku penipuan.', [('percentage', '75')]),
    ('vi', 'Số vụ lừa đảo mỗi tháng giảm 45% sau chiến dịch.', [('percentage', '45')]),
    ('zh', '每月诈骗案件数量下降了35%。', [('percentage', '35')]),
    ('zh', '警方追回了违法收益的60%。', [('percentage', '60')]),
    ('ja', '警察は犯罪利益の70%を没収した。', [('percentage', '70')]),
    ('ja', '毎月の詐欺被害件数は30%減少した。', [('percentage', '30')]),
    ('pl', 'Klienci otrzymali zwrot 80% utraconych środków.', [('percentage', '80')]),
    ('hi', 'अभियान के बाद 50% लाभार्थियों को उनका पैसा वापस मिल गया।', [('percentage', '50')]),
    ('fr', 'Le nombre de signalements par mois a baissé de 40 % après la campagne.', [('percentage', '40')]),
    ('it', 'I guadagni illeciti sono stati sequestrati al 100% e le truffe mensili sono calate del 30%.', [('percentage', '100'), ('percentage', '30')]),
    ('nl', 'Het aantal meldingen per week daalde met 35% na de campagne.', [('percentage', '35')]),
    ('sv', 'Antalet bedrägerier per månad minskade med 25 procent.', [('percentage', '25')]),
    ('ar', 'استردت الشرطة 80% من أرباح العصابة غير المشروعة.', [('percentage', '80')]),
    ('en', 'Aiming to disrupt the networks behind romance scams, police arrested 45 suspects in Lagos.', [('arrests', '45')]),
    ('es', 'El objetivo es claro: la policía detuvo a 120 personas en 2024.', [('arrests', '120')]),
    ('pt', 'O objetivo é combater golpes: a polícia prendeu 45 pessoas na operação.', [('arrests', '45')]),
    ('fr', "L'objectif est atteint : 45 suspects ont été interpellés.", [('arrests', '45')]),
    ('de', 'Das Ziel wurde erreicht: 593 Server wurden abgeschaltet und 4 Verdächtige festgenommen.', [('arrests', '4'), ('infrastructure_taken_down', '593')]),
    ('sv', 'Målet gäller 23 personer som greps i en razzia mot bedrägeriligan.', [('arrests', '23')]),
    ('sv', 'I målet har 14 personer gripits misstänkta för bedrägerier.', [('arrests', '14')]),
    pytest.param('en', 'The operation exceeded the target of 500 arrests with 730 suspects detained.', [('arrests', '730')], marks=pytest.mark.xfail(strict=True, reason='open: a goal exceeded or met, the outcome beside it')),
    ('ko', '경찰은 1,200명을 검거해 목표를 초과 달성했다.', [('arrests', '1200')]),
    ('ko', '경찰은 목표치를 넘어 1,300명을 검거했다.', [('arrests', '1300')]),
    ('ko', '올해 목표였던 1,000명을 넘어 1,300명을 검거했다.', [('arrests', '1300')]),
    pytest.param('en', "Interpol's goal of disrupting the networks was met with 1,006 arrests in 19 countries.", [('arrests', '1006'), ('countries', '19')], marks=pytest.mark.xfail(strict=True, reason='open: a goal exceeded or met, the outcome beside it')),
    ('it', "L'obiettivo è stato raggiunto con 23 arresti e 40 conti bloccati.", [('accounts_frozen', '40'), ('arrests', '23')]),
    ('en', 'Officers executed 14 arrest warrants issued by the Lagos court.', [('arrests', '14')]),
    ('es', 'La Guardia Civil ejecutó 14 órdenes de detención emitidas por el juzgado de Sevilla.', [('arrests', '14')]),
    ('hi', 'पुलिस ने उन 12 आरोपियों को गिरफ्तार किया जिनके खिलाफ वारंट जारी किए गए थे।', [('arrests', '12')]),
    ('pl', 'Wobec 5 zatrzymanych sąd wydał postanowienie o tymczasowym aresztowaniu.', [('arrests', '5')]),
    ('de', 'Die Polizei erließ eine Warnung und nahm 7 Verdächtige fest.', [('arrests', '7')]),
    ('de', 'Die Staatsanwaltschaft erließ Haftbefehle gegen 6 Verdächtige, die bei der Razzia festgenommen wurden.', [('arrests', '6')]),
    ('tr', 'Gözaltına alınan 25 şüpheli adliyeye çıkarıldı.', [('arrests', '25')]),
    pytest.param('fr', "Les gendarmes ont exécuté 6 mandats d'arrêt émis par un juge d'instruction.", [('arrests', '6')], marks=pytest.mark.xfail(strict=True, reason='open: warrants issued or executed')),
    pytest.param('de', 'Die Polizei vollstreckte 5 Haftbefehle, die das Amtsgericht erlassen hatte.', [('arrests', '5')], marks=pytest.mark.xfail(strict=True, reason='open: warrants issued or executed')),
    pytest.param('en', 'The court issued detention orders for 27 of the 45 suspects arrested in the raids.', [('arrests', '45')], marks=pytest.mark.xfail(strict=True, reason='open: warrants issued or executed')),
    ('en', 'Meta removed 6.8 million WhatsApp accounts linked to scam centres.', [('infrastructure_taken_down', '6800000')]),
    ('en', 'Meta banned more than 2 million WhatsApp accounts tied to scam compounds.', [('infrastructure_taken_down', '2000000')]),
    ('en', 'TikTok deleted 1,200 TikTok accounts promoting fake investment schemes.', [('infrastructure_taken_down', '1200')]),
    ('en', 'Telegram removed 1,500 Telegram channels advertising stolen data.', [('infrastructure_taken_down', '1500')]),
    pytest.param('ko', '일당은 텔레그램 채널 12개를 통해 피해자를 모집했다.', [], marks=pytest.mark.xfail(strict=True, reason='open: accounts of a platform removed, read as users')),
    ('en', 'Police arrested 300 suspects countrywide in the crackdown.', [('arrests', '300')]),
    ('en', 'Police arrested 45 suspects country-wide during the operation.', [('arrests', '45')]),
    ('en', 'The bank blocked $1.2 million in 300 accounts linked to investment scams.', [('accounts_frozen', '300'), ('amount_seized', '1200000')]),
    ('fr', "Les banques ont bloqué 3 millions d'euros sur 120 comptes liés aux escroqueries.", [('accounts_frozen', '120'), ('amount_seized', '3000000')]),
    ('id', 'Polisi memblokir Rp 5 miliar di 120 rekening yang terkait penipuan.', [('accounts_frozen', '120'), ('amount_seized', '5000000000')]),
    ('en', 'Binance flagged 3,400 wallet addresses to police.', [('actionable_points', '3400')]),
    pytest.param('en', 'Coinbase froze 45 wallet addresses and shared 300 others with investigators.', [('accounts_frozen', '45'), ('actionable_points', '300')], marks=pytest.mark.xfail(strict=True, reason='open: wallet addresses shared in other words')),
    pytest.param('de', 'Die Ermittler ließen 120 Wallet-Adressen sperren.', [('accounts_frozen', '120')], marks=pytest.mark.xfail(strict=True, reason='open: wallet addresses shared in other words')),
    pytest.param('en', 'The public sent 25,000 reports of suspicious messages to the 7726 service.', [('actionable_points', '25000')], marks=pytest.mark.xfail(strict=True, reason='open: reports sent, no word of passing on')),
    pytest.param('en', 'Banks sent 25,000 reports of suspicious transactions to the FIU.', [('actionable_points', '25000')], marks=pytest.mark.xfail(strict=True, reason='open: reports sent, no word of passing on')),
])
def test_eighth_review(lang, text, expected):
    got = sorted((k, str(v)) for k, v, _, _ in figs(text, lang))
    assert got == expected, got


# ---------------------------------------------------------------- ninth review
# helper-234, a review of e28ad01..e6139c6 (persons named as investors or described, "including", recalled events,
# hotlines in scripts without spaces, sizes of data, groups under a larger scale, the noun after a counter, lists by
# places after a colon): 49 of its 85 sentences failed on e6139c6 and gave the right figures on e28ad01; all 49 pass
# now. An earlier edition's figures are kept, said of that edition ("Bei der Vorgängeraktion wurden 103 Personen
# festgenommen"), where the review had none. The ones still open are strict xfails.
@pytest.mark.parametrize("lang, text, expected", [
    ('ru', 'Напомним, в ходе нынешней операции полицейские задержали 40 человек.', [('arrests', '40')]),
    pytest.param('ru', 'Напомним, что в рамках операции уже заблокировано 1200 фишинговых сайтов, а сегодня задержаны еще 15 человек.', [('arrests', '15'), ('infrastructure_taken_down', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a recalled sentence that goes on with the article's own count after a comma")),
    ('ru', 'Напомним, сегодня утром полиция задержала 15 человек.', [('arrests', '15')]),
    ('uk', 'Нагадаємо, під час нинішньої операції поліція затримала 20 осіб.', [('arrests', '20')]),
    ('es', 'Cabe recordar que, en el marco de esta operación, los agentes detuvieron a 80 personas.', [('arrests', '80')]),
    ('it', "Si ricorda che nell'ambito dell'operazione odierna sono state arrestate 25 persone.", [('arrests', '25')]),
    ('pt', 'Vale lembrar que a operação desta terça-feira prendeu 12 pessoas.', [('arrests', '12')]),
    ('pl', 'Przypomnijmy, w ramach obecnej akcji zatrzymano 30 osób.', [('arrests', '30')]),
    ('fr', "Pour rappel, l'opération menée ce mardi a permis 40 interpellations.", [('arrests', '40')]),
    ('de', 'Zur Erinnerung: Bei der aktuellen Aktion wurden 300 Personen festgenommen.', [('arrests', '300')]),
    ('cs', 'Připomeňme, že při současné akci policie zadržela 25 lidí.', [('arrests', '25')]),
    ('ro', 'Reamintim că, în cadrul acestei operațiuni, au fost reținute 40 de persoane.', [('arrests', '40')]),
    ('de', 'Im Vergleich zur Vorgängeraktion stieg die Zahl der Festnahmen diesmal auf 300.', [('arrests', '300')]),
    ('de', 'Anders als bei der Vorgängeraktion wurden diesmal 300 Personen festgenommen.', [('arrests', '300')]),
    ('de', 'Bei der Vorgängeraktion wurden 103 Personen festgenommen, diesmal waren es 250.', [('arrests', '103'), ('arrests', '250')]),
    ('en', 'Victims can call the national hotlines: Nigeria 112, Ghana 191, Kenya 999.', []),
    ('en', 'Emergency contacts for victims: Ghana 191, Nigeria 112.', []),
    ('en', 'Victims should contact police: Kenya 999 or 112.', []),
    ('fr', "Les victimes peuvent appeler les numéros d'urgence : France 17, Belgique 101.", []),
    ('de', 'Opfer können sich an die Notrufnummern wenden: Deutschland 110, Österreich 133.', []),
    ('es', 'Las víctimas pueden llamar a los teléfonos de emergencia: España 112, México 911.', []),
    ('id', 'Korban dapat menghubungi nomor darurat: Indonesia 110, Malaysia 999.', []),
    ('ru', 'Пострадавшие могут звонить по телефонам: Москва 112, Казань 102.', []),
    ('pt', 'As vítimas podem ligar para: Brasil 190, Portugal 112.', []),
    ('it', 'Le vittime possono chiamare i numeri di emergenza: Italia 112, Svizzera 117.', []),
    ('en', 'Losses reported by victims: Spain 300,000, Italy 120,000.', []),
    pytest.param('en', 'Europol arrested 4 suspects in 3 countries: Spain 2, Italy 1 and Portugal 1.', [('arrests', '4'), ('countries', '3')], marks=pytest.mark.xfail(strict=True, reason='open (wrong before too): a list of places after counts of countries')),
    ('de', 'Die Ermittler froren 40 Anlegerkonten ein.', [('accounts_frozen', '40')]),
    ('nl', 'De politie bevroor 40 beleggersrekeningen.', [('accounts_frozen', '40')]),
    ('nl', 'De politie haalde 25 consumentenwebsites offline.', [('infrastructure_taken_down', '25')]),
    ('ru', 'Полиция заблокировала 40 инвесторских счетов.', [('accounts_frozen', '40')]),
    ('cs', 'Policie zablokovala 40 investorských účtů.', [('accounts_frozen', '40')]),
    ('hu', 'A rendőrség 40 befektetői számlát zárolt.', [('accounts_frozen', '40')]),
    ('hu', 'A rendőrség 12 idősebb szervert foglalt le.', [('infrastructure_taken_down', '12')]),
    ('sv', 'Polisen stängde ner 12 äldre servrar som användes av nätverket.', [('infrastructure_taken_down', '12')]),
    ('tr', 'Polis 40 yatırımcı hesabını dondurdu.', [('accounts_frozen', '40')]),
    ('tr', 'Polis 300 emeklilik hesabını dondurdu.', [('accounts_frozen', '300')]),
    ('hi', 'पुलिस ने 40 निवेशक खातों को फ्रीज किया।', [('accounts_frozen', '40')]),
    ('en', "Police froze 120 pensioners' accounts.", [('accounts_frozen', '120')]),
    ('en', "Police froze 120 investors' bank accounts.", [('accounts_frozen', '120')]),
    ('en', 'Police arrested 12 GB nationals wanted in the UK.', [('arrests', '12')]),
    ('zh', '共有300名受害人拨打专线报案。', [('victims', '300')]),
    ('zh', '已有1200名受害人通过热线报案，警方抓获嫌疑人30名。', [('arrests', '30'), ('victims', '1200')]),
    ('ja', '被害者30人が相談窓口に相談した。', [('victims', '30')]),
    ('ja', '詐欺の被害者約300人がダイヤルに電話した。', [('victims', '300')]),
    ('vi', 'Công an thu giữ hệ thống tổng đài gồm 300 số điện thoại.', [('infrastructure_taken_down', '300')]),
    ('vi', 'Công an đã khóa tổng đài 1.200 thuê bao.', [('infrastructure_taken_down', '1200')]),
    ('zh', '抓获嫌疑人12名受害人300余名。', [('arrests', '12'), ('victims', '300')]),
    ('zh', '抓获犯罪嫌疑人86名解救受害人12名。', [('arrests', '86'), ('victims', '12')]),
    pytest.param('zh', '30个国家警方参与抓获嫌疑人1200名。', [('arrests', '1200'), ('countries', '30')], marks=pytest.mark.xfail(strict=True, reason='open (wrong before too): zh countries with 个 before a verb of taking part')),
    pytest.param('zh', '本次行动共有12个国家参与抓获嫌疑人3000余名。', [('arrests', '3000'), ('countries', '12')], marks=pytest.mark.xfail(strict=True, reason='open (wrong before too): zh countries with 个 before a verb of taking part')),
    ('de', 'Die Polizei nahm 120 Verdächtige fest, in Österreich waren es etwa 45 Personen.', [('arrests', '120'), ('arrests', '45')]),
    ('ko', '피해액은 2억3천5백만 원에 달한다.', [('amount_lost', '235000000')]),
    ('ko', '피해액은 1억2천3백만원이다.', [('amount_lost', '123000000')]),
    ('ko', '피해액은 1억 2천 5백만 원이다.', [('amount_lost', '125000000')]),
    ('ja', '被害総額は2億3千5百万円に上る。', [('amount_lost', '235000000')]),
    ('zh', '涉案金额达2亿3千5百万元。', [('amount_lost', '235000000')]),
    ('ko', '피해액은 3천5백만 원이다.', [('amount_lost', '35000000')]),
    ('ja', '被害総額は3千5百万円に上る。', [('amount_lost', '35000000')]),
    ('zh', '涉案金额达1千2百万元。', [('amount_lost', '12000000')]),
    ('ko', '피해액은 3억5천여만 원이다.', [('amount_lost', '350000000')]),
    ('ko', '피해액은 2억3천여만 원이다.', [('amount_lost', '230000000')]),
    pytest.param('ko', '피해액은 2억3천500여만 원이다.', [('amount_lost', '235000000')], marks=pytest.mark.xfail(strict=True, reason='open: ko 여 written inside a scale group ("3천만여") and counts with a particle')),
    ('ko', '피해액은 5천여만 원이다.', [('amount_lost', '50000000')]),
    ('ko', '피해액은 1억5천여만원이다.', [('amount_lost', '150000000')]),
    ('ko', '피해액은 3천만여 원이다.', [('amount_lost', '30000000')]),
    ('ja', '被害総額は1兆2千億円に上る。', [('amount_lost', '1200000000000')]),
    pytest.param('ko', '피해자 3천명에게서 5백만 원씩 가로챘다.', [('victims', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: ko 여 written inside a scale group ("3천만여") and counts with a particle')),
    ('zh', '警方抓获犯罪嫌疑人2000余名，冻结涉案资金3亿元。', [('amount_seized', '300000000'), ('arrests', '2000')]),
    ('zh', '此次行动共抓获犯罪嫌疑人2000多名。', [('arrests', '2000')]),
    ('zh', '此次行动共关停涉诈网站2000个。', [('infrastructure_taken_down', '2000')]),
    ('zh', '警方冻结银行账户2000个。', [('accounts_frozen', '2000')]),
    ('ja', '警察はサーバー2000台を押収した。', [('infrastructure_taken_down', '2000')]),
    ('ja', '警察は2000件の詐欺サイトを閉鎖した。', [('infrastructure_taken_down', '2000')]),
    pytest.param('en', 'Police arrested 2000 people in the raids.', [('arrests', '2000')], marks=pytest.mark.xfail(strict=True, reason='open: four-digit counts with other words after them')),
    pytest.param('zh', '国际刑警组织行动收官：76国联手打击电信诈骗 约2000人落网', [('arrests', '2000'), ('countries', '76')], marks=pytest.mark.xfail(strict=True, reason='open: four-digit counts with other words after them')),
    ('de', 'Die Bande hat mehr als 900 Anleger um insgesamt 12 Millionen Euro betrogen.', [('amount_lost', '12000000'), ('victims', '900')]),
    pytest.param('de', 'Die Täter schädigten rund 3.000 Verbraucher um insgesamt 2 Millionen Euro.', [('amount_lost', '2000000'), ('victims', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: the new people words, an amount after them in the clause')),
    ('fr', "Les escrocs ont dupé 2 300 épargnants pour un préjudice de 18 millions d'euros.", [('amount_lost', '18000000'), ('victims', '2300')]),
    ('id', 'Investasi bodong itu merugikan 5.000 investor dengan total kerugian Rp 1,2 triliun.', [('amount_lost', '1200000000000'), ('victims', '5000')]),
    ('vi', 'Nhóm này đã lừa đảo 5.000 nhà đầu tư, chiếm đoạt 300 tỷ đồng.', [('amount_lost', '300000000000'), ('victims', '5000')]),
    ('en', 'Interpol said 5,000 investors in 12 countries lost $45 million.', [('amount_lost', '45000000'), ('countries', '12'), ('victims', '5000')]),
    ('en', 'Some 4,000 investors lost a combined $12 million.', [('amount_lost', '12000000'), ('victims', '4000')]),
    pytest.param('vi', 'Các đối tượng đã dụ dỗ, lôi kéo 50 người sang Campuchia làm việc.', [('victims', '50')], marks=pytest.mark.xfail(strict=True, reason="open: vi 'dụ dỗ' in other shapes")),
    pytest.param('vi', 'Các đối tượng dụ dỗ 300 người tham gia đầu tư.', [('victims', '300')], marks=pytest.mark.xfail(strict=True, reason="open: vi 'dụ dỗ' in other shapes")),

])
def test_ninth_review(lang, text, expected):
    got = sorted((k, str(v)) for k, v, _, _ in figs(text, lang))
    assert got == expected, got


# ---------------------------------------------------------------- tenth review
# helper-237, a review of e6139c6..4cd2e5a (reports passed on, scales said alone, groups under a larger scale, words of
# recalling, persons describing things, lists by places, persons who lost an amount, the participle of harm, new
# verbs and words): 72 of its 92 sentences failed on 4cd2e5a and gave the right figures on e6139c6 (9 of them only
# in part: the base missed a figure too). The ones still open are strict xfails.
@pytest.mark.parametrize("lang, text, expected", [
    ('en', 'The network defrauded 2,000 people via websites and messaging apps.', [('victims', '2000')]),
    ('en', 'Fraudsters duped 800 investors through websites that mimicked real brokers.', [('victims', '800')]),
    ('en', 'The gang scammed 4,000 people using accounts opened with stolen identities.', [('victims', '4000')]),
    ('pt', 'O grupo enganou 4.000 pessoas com sites falsos de investimento.', [('victims', '4000')]),
    ('it', 'La banda ha truffato 300 persone tramite siti falsi di trading.', [('victims', '300')]),
    ('ru', 'Мошенники обманули 300 человек через сайты-двойники банков.', [('victims', '300')]),
    ('uk', 'Шахраї ошукали 300 людей через сайти-клони банків.', [('victims', '300')]),
    ('es', 'Los estafadores engañaron a 300 personas con cuentas falsas de inversión.', [('victims', '300')]),
    ('es', 'Engañaron a 300 personas cuyas cuentas bancarias fueron vaciadas.', [('victims', '300')]),
    ('de', 'Die Betrüger haben 300 Personen über Fake-Shops betrogen.', [('victims', '300')]),
    ('de', 'Bei rund 1.200 Bürgern wurden Konten gehackt.', [('victims', '1200')]),
    ('nl', 'De oplichters hebben 300 mensen via nepsites opgelicht.', [('victims', '300')]),
    ('id', 'Pelaku menipu 300 orang melalui akun media sosial palsu.', [('victims', '300')]),
    ('sv', 'Bedragarna lurade 300 personer via bluffsajter.', [('victims', '300')]),
    ('tr', 'Dolandırıcılar 300 kişiyi hesaplar üzerinden dolandırdı.', [('victims', '300')]),
    ('ru', 'Напомним, ранее полиция задержала 12 участников группировки.', []),
    ('ru', 'Напомним, в прошлом месяце в Москве были задержаны 15 человек.', []),
    ('ru', 'Напомним, 13 марта в Москве были задержаны 12 человек.', []),
    ('ru', 'Напомним, в ходе первого этапа операции были задержаны 40 человек.', []),
    ('uk', 'Нагадаємо, раніше кіберполіція затримала 12 учасників угруповання.', []),
    ('uk', 'Нагадаємо, минулого місяця поліція затримала 8 осіб.', []),
    ('fr', 'Pour rappel, le mois dernier, 25 suspects avaient été interpellés à Lyon.', []),
    ('es', 'Cabe recordar que el mes pasado la policía detuvo a 20 personas en Madrid.', []),
    ('es', 'Cabe recordar que el pasado 12 de marzo fueron detenidas 20 personas en Sevilla.', []),
    ('it', 'Si ricorda che a marzo scorso erano state arrestate 15 persone.', []),
    ('it', "Si ricorda che nella prima fase dell'operazione erano state arrestate 30 persone.", []),
    ('pl', 'Przypomnijmy, w zeszłym miesiącu policja zatrzymała 18 osób.', []),
    ('pl', 'Przypomnijmy, wcześniej policja zatrzymała 8 osób z tej grupy.', []),
    ('de', 'Zur Erinnerung: Bereits im vergangenen Monat waren 40 Personen festgenommen worden.', []),
    ('de', 'Zur Erinnerung: Zuvor hatten die Ermittler bereits 12 Verdächtige festgenommen.', []),
    ('ro', 'Reamintim că, luna trecută, polițiștii au reținut 22 de persoane.', []),
    pytest.param('ru', 'Напомним, в 2024 году было задержано 100 человек, в этом году — уже 300.', [('arrests', '300')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): the count of this year's after a recalled earlier one, or a recalled sentence that names the article's operation")),
    pytest.param('fr', "Pour rappel, en 2024, 100 personnes avaient été arrêtées ; cette année, 300 l'ont été.", [('arrests', '300')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): the count of this year's after a recalled earlier one, or a recalled sentence that names the article's operation")),
    ('de', 'Zur Erinnerung: In der ersten Woche der aktuellen Aktion wurden 300 Personen festgenommen.', [('arrests', '300')]),
    ('it', "Si ricorda che l'operazione odierna, avviata nel gennaio 2025, ha portato all'arresto di 25 persone.", [('arrests', '25')]),
    pytest.param('ru', 'Напомним, операция «Кибершторм-2025» позволила задержать 40 человек.', [('arrests', '40')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): the count of this year's after a recalled earlier one, or a recalled sentence that names the article's operation")),
    ('fr', "Pour rappel, l'opération First Light 2024, menée cette semaine, a permis 300 interpellations.", [('arrests', '300')]),
    pytest.param('en', 'The number of arrests rose from 103 a year earlier to 300 this year.', [('arrests', '300')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): the count of this year's in a comparison with no cue of its own")),
    pytest.param('es', 'Las detenciones pasaron de 103 el año anterior a 300 este año.', [('arrests', '300')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): the count of this year's in a comparison with no cue of its own")),
    pytest.param('uk', 'Кількість затриманих зросла зі 103 роком раніше до 300 цього року.', [('arrests', '300')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): the count of this year's in a comparison with no cue of its own")),
    pytest.param('cs', 'Počet zadržených vzrostl ze 103 v předchozím roce na 300 letos.', [('arrests', '300')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): the count of this year's in a comparison with no cue of its own")),
    pytest.param('de', 'Die Zahl der Festnahmen stieg von 103 im Vorjahr auf 300 in diesem Jahr.', [('arrests', '300')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): the count of this year's in a comparison with no cue of its own")),
    pytest.param('de', 'Die Zahl der Opfer sank von 1.200 im Vorjahr auf 800 in diesem Jahr.', [('victims', '800')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): the count of this year's in a comparison with no cue of its own")),
    ('fr', 'Plus de 48 000 signalements et 1 200 dossiers ont été transmis aux parquets.', [('actionable_points', '48000')]),
    ('en', 'More than 48,000 reports and 1,200 case files were passed on to prosecutors.', [('actionable_points', '48000')]),
    ('pt', 'Mais de 5.000 alertas e 1.200 processos foram compartilhados com o Ministério Público.', [('actionable_points', '5000')]),
    ('ro', 'Peste 5.000 de sesizări și 1.200 de dosare au fost transmise parchetului.', [('actionable_points', '5000')]),
    ('sv', 'Bedragarna skickade över 20 000 falska varningar till bankkunder.', []),
    ('sv', 'Banken skickade 15 000 varningar till sina kunder om falska sms.', []),
    ('ru', 'Банк передал клиентам более 5 000 предупреждений о мошенниках.', []),
    ('uk', 'Оператори передали абонентам понад 10 000 попереджень про шахрайські дзвінки.', []),
    pytest.param('ro', 'Au fost transmise peste 10.000 de alerte către populație prin sistemul RO-Alert.', [], marks=pytest.mark.xfail(strict=True, reason='open: warnings sent to the population')),
    ('ro', 'Autoritățile au transmis 2 milioane de notificări către abonați pentru a-i avertiza.', []),
    ('es', 'La policía entregó 2.000 avisos preventivos a comerciantes del centro.', []),
    ('es', 'Los agentes entregaron más de 5.000 folletos y 1.200 avisos a los vecinos.', []),
    pytest.param('ru', 'Более 5 000 сообщений о мошенничестве были переданы в полицию.', [('actionable_points', '5000')], marks=pytest.mark.xfail(strict=True, reason='open: warnings sent to the population')),
    pytest.param('uk', 'Понад 5 000 повідомлень про шахрайство було передано до поліції.', [('actionable_points', '5000')], marks=pytest.mark.xfail(strict=True, reason='open: warnings sent to the population')),
    ('ja', '2025春の一斉摘発で、警察は45人を逮捕した。', [('arrests', '45')]),
    ('ja', '2023秋以降に逮捕された容疑者は計45人に上る。', [('arrests', '45')]),
    ('th', 'ในปี 2567ตำรวจจับกุมผู้ต้องหาได้ 300 ราย', [('arrests', '300')]),
    ('th', 'เมื่อปี 2566ตำรวจไซเบอร์จับกุมผู้ต้องหา 120 ราย', [('arrests', '120')]),
    ('en', 'The victims were spread across Europe: Germany 1,200, France 800, Italy 450.', [('victims', '1200'), ('victims', '450'), ('victims', '800')]),
    ('en', 'Victims were identified in five countries: Spain 300, Italy 120 and Portugal 80.', [('countries', '5'), ('victims', '120'), ('victims', '300'), ('victims', '80')]),
    ('fr', 'Les victimes se répartissent ainsi : France 1 200, Belgique 300, Suisse 150.', [('victims', '1200'), ('victims', '150'), ('victims', '300')]),
    ('de', 'Geschädigte gab es in mehreren Ländern: Deutschland 1.200, Österreich 300, Schweiz 150.', [('victims', '1200'), ('victims', '150'), ('victims', '300')]),
    ('de', 'Eine Gruppe von 12 Personen soll so rund 2 Millionen Euro erbeutet haben.', [('amount_lost', '2000000')]),
    ('de', 'Die Bande aus 12 Personen soll rund 2 Millionen Euro erbeutet haben.', [('amount_lost', '2000000')]),
    ('nl', 'De 20 personen zouden samen 3 miljoen euro hebben opgelicht.', [('amount_lost', '3000000')]),
    ('fr', 'Le réseau a trompé ses victimes grâce à 300 sites frauduleux, désormais fermés.', [('infrastructure_taken_down', '300')]),
    ('fr', 'Les escrocs ont floué les clients via 45 faux sites marchands que la police a fermés.', [('infrastructure_taken_down', '45')]),
    ('pt', 'A quadrilha burlou o sistema do banco com 300 contas falsas, que foram bloqueadas.', [('infrastructure_taken_down', '300')]),
    ('pt', 'O grupo burlou a fiscalização usando 40 servidores no exterior, apreendidos pela PF.', [('infrastructure_taken_down', '40')]),
    pytest.param('de', 'Die Täter schädigten mit 300 gefälschten Webseiten tausende Kunden; die Seiten wurden abgeschaltet.', [('infrastructure_taken_down', '300')], marks=pytest.mark.xfail(strict=True, reason="open: a verb of harm right before 'mit' and the means")),
    ('ru', 'Похищенные средства были выведены на счета 12 государственных компаний.', []),
    ('ru', 'Сотрудники 5 государственных органов и 3 банков провели учения для 300 специалистов.', [('participants', '300')]),
    ('ru', 'В совещании приняли участие 12 государственных служащих.', []),
    ('ru', 'В операции участвовали представители 30 государств, задержаны 12 сотрудников 3 государственных банков.', [('arrests', '12'), ('countries', '30')]),
    ('vi', 'Người bị hại có thể liên hệ tổng đài 113 của Công an để được hỗ trợ kịp thời.', []),
    ('vi', 'Nạn nhân nên thông báo cho tổng đài 156 của Bộ TT&TT để chặn số lừa đảo.', []),
    ('de', 'Rund 3.000 Anleger haben insgesamt 12 Millionen Euro verloren.', [('amount_lost', '12000000'), ('victims', '3000')]),
    ('nl', 'Ruim 900 beleggers hebben samen 12 miljoen euro verloren.', [('amount_lost', '12000000'), ('victims', '900')]),
    ('sv', 'Omkring 300 pensionärer har förlorat sammanlagt 20 miljoner kronor.', [('amount_lost', '20000000'), ('victims', '300')]),
    ('ro', 'Peste 300 de persoane au pierdut în total 12 milioane de lei.', [('amount_lost', '12000000'), ('victims', '300')]),
    ('tr', 'Yaklaşık 300 kişi toplam 12 milyon lira kaybetti.', [('amount_lost', '12000000'), ('victims', '300')]),
    ('hu', 'Mintegy 300 ember összesen 12 millió forintot veszített.', [('amount_lost', '12000000'), ('victims', '300')]),
    ('it', 'Circa 300 risparmiatori persero complessivamente 12 milioni di euro.', [('amount_lost', '12000000'), ('victims', '300')]),
    ('de', 'Mehr als 900 Anleger wurden um insgesamt 12 Millionen Euro betrogen.', [('amount_lost', '12000000'), ('victims', '900')]),
    ('de', 'Die Täter haben über 500 Senioren um rund 4 Millionen Euro geschädigt.', [('amount_lost', '4000000'), ('victims', '500')]),
    ('nl', 'De bende heeft meer dan 300 ouderen voor in totaal 4 miljoen euro gedupeerd.', [('amount_lost', '4000000'), ('victims', '300')]),
    ('sv', 'Över 300 pensionärer har lurats på 20 miljoner kronor.', [('amount_lost', '20000000'), ('victims', '300')]),
    ('da', 'Over 300 personer er blevet snydt for 20 millioner kroner.', [('amount_lost', '20000000'), ('victims', '300')]),
    ('zh', '涉案金额达2亿零500万元。', [('amount_lost', '205000000')]),

])
def test_tenth_review(lang, text, expected):
    got = sorted((k, str(v)) for k, v, _, _ in figs(text, lang))
    assert got == expected, got


# ---------------------------------------------------------------- eleventh review
# An adversarial review of a2e81b7..6da9b8a (persons who lost in other shapes, averages, changes from a value,
# reports received, messages, new cue words, the word for one): 125 sentences in 33 languages, 10 defects. Each
# sentence that failed after those changes failed before its fix; those still open are strict xfails, with why.
@pytest.mark.parametrize("lang, text, expected", [
    ('de', 'Die Opfer verloren durchschnittlich 8.000 Euro und insgesamt 2 Millionen Euro.', [('amount_lost', '2000000')]),
    ('fr', "Les victimes ont perdu en moyenne 8 000 euros, et au total 2 millions d'euros.", [('amount_lost', '2000000')]),
    ('es', 'Las víctimas perdieron de media 8.000 euros y en total 2 millones de euros.', [('amount_lost', '2000000')]),
    ('it', 'Le vittime hanno perso in media 8.000 euro e complessivamente 2 milioni di euro.', [('amount_lost', '2000000')]),
    ('nl', 'De slachtoffers verloren gemiddeld 5.000 euro en in totaal 3 miljoen euro.', [('amount_lost', '3000000')]),
    ('sv', 'Offren förlorade i genomsnitt 50 000 kronor och totalt 30 miljoner kronor.', [('amount_lost', '30000000')]),
    ('pt', 'As vítimas perderam em média 8 mil reais e, no total, 2 milhões de reais.', [('amount_lost', '2000000')]),
    ('id', 'Korban rata-rata kehilangan Rp 50 juta dan total Rp 12 miliar.', [('amount_lost', '12000000000')]),
    ('cs', 'Oběti přišly průměrně o 50 tisíc korun a celkem o 30 milionů korun.', [('amount_lost', '30000000')]),
    ('fi', 'Keskimäärin jokainen uhri menetti 8 000 euroa, ja kokonaisvahingot olivat 2 miljoonaa euroa.', [('amount_lost', '2000000')]),
    pytest.param('en', 'Victims lost an average of $8,000 and a total of $2 million.', [('amount_lost', '2000000')], marks=pytest.mark.xfail(strict=True, reason='open (wrong before too): a total said after an average, no cue of its own')),
    pytest.param('pl', 'Ofiary straciły średnio 40 tys. zł, a łącznie 20 mln zł.', [('amount_lost', '20000000')], marks=pytest.mark.xfail(strict=True, reason='open (wrong before too): a total said after an average, no cue of its own')),
    pytest.param('ru', 'Потерпевшие лишились в среднем 200 тыс. рублей, а в общей сложности 30 млн рублей.', [('amount_lost', '30000000')], marks=pytest.mark.xfail(strict=True, reason='open (wrong before too): a total said after an average, no cue of its own')),
    ('en', 'The gang promised above-average returns and stole $12 million from investors.', [('amount_lost', '12000000')]),
    ('es', 'Los estafadores prometían rentabilidades muy superiores al promedio y estafaron 12 millones de euros a 3.000 inversores.', [('amount_lost', '12000000')]),
    ('pt', 'Os golpistas prometiam retornos acima da média de mercado e desviaram 12 milhões de reais de investidores.', [('amount_lost', '12000000')]),
    ('pl', 'Oszuści obiecywali zyski wyższe niż średnia rynkowa i wyłudzili 12 mln zł.', [('amount_lost', '12000000')]),
    pytest.param('hu', 'A csalók az átlagosnál jóval nagyobb hozamot ígérve 120 millió forintot csaltak ki.', [('amount_lost', '120000000')], marks=pytest.mark.xfail(strict=True, reason="open: a word of average said of something else a few words before the amount, no 'and' between")),
    ('cs', 'Podvodníci slibovali nadprůměrné výnosy a vylákali od investorů 30 milionů korun.', [('amount_lost', '30000000')]),
    ('cs', 'Podvodníci slibovali výnosy vyšší než průměrné a vylákali od investorů 30 milionů korun.', [('amount_lost', '30000000')]),
    ('hr', 'Prevaranti su obećavali prinose iznad prosječnih i izvukli 3 milijuna eura.', [('amount_lost', '3000000')]),
    ('el', 'Οι απατεώνες υπόσχονταν αποδόσεις πάνω από τον μέσο όρο και απέσπασαν 3 εκατ. ευρώ.', [('amount_lost', '3000000')]),
    ('sv', 'Bedragarna lovade avkastning långt över genomsnittlig nivå och lurade till sig 12 miljoner kronor.', [('amount_lost', '12000000')]),
    pytest.param('ar', 'تعرضت شركة متوسطة الحجم لهجوم فدية ودفعت 2 مليون دولار للمهاجمين.', [('amount_lost', '2000000')], marks=pytest.mark.xfail(strict=True, reason="open: a word of average said of something else a few words before the amount, no 'and' between")),
    ('id', 'Para pelaku menjanjikan keuntungan di atas rata-rata dan meraup Rp 12 miliar dari korban.', [('amount_lost', '12000000000')]),
    ('vi', 'Các đối tượng hứa hẹn lợi nhuận cao hơn mức trung bình và chiếm đoạt 120 tỷ đồng của nhà đầu tư.', [('amount_lost', '120000000000')]),
    ('vi', 'Nhóm đối tượng nhắm vào những người có thu nhập trung bình và chiếm đoạt 120 tỷ đồng.', [('amount_lost', '120000000000')]),
    ('zh', '该团伙以远高于市场平均水平的收益为诱饵骗取投资者资金3亿元。', [('amount_lost', '300000000')]),
    ('ja', '容疑者らは平均を大きく上回る利回りをうたって高齢者から計3億円をだまし取った。', [('amount_lost', '300000000')]),
    pytest.param('ko', '일당은 평균 이상의 고수익을 보장한다며 투자자들로부터 300억원을 가로챘다.', [('amount_lost', '30000000000')], marks=pytest.mark.xfail(strict=True, reason="open: a word of average said of something else a few words before the amount, no 'and' between")),
    ('ko', '이들은 평균적으로 하루에 수십 명을 속여 총 30억원을 가로챘다.', [('amount_lost', '3000000000')]),
    ('th', 'แก๊งหลอกว่าให้ผลตอบแทนสูงกว่าค่าเฉลี่ยและฉ้อโกงเงินเหยื่อไปกว่า 30 ล้านบาท', [('amount_lost', '30000000')]),
    ('hi', 'एक औसत दर्जे की कंपनी से ठगों ने 2 करोड़ रुपये ठग लिए।', [('amount_lost', '20000000')]),
    pytest.param('fa', 'کلاهبرداران با وعده سودی بالاتر از میانگین بازار ۵۰۰ میلیارد ریال از مردم گرفتند.', [('amount_lost', '500000000000')], marks=pytest.mark.xfail(strict=True, reason="open: a word of average said of something else a few words before the amount, no 'and' between")),
    ('fa', 'میانگین سنی متهمان پایین است و آنان ۵۰۰ میلیارد ریال کلاهبرداری کرده\u200cاند.', [('amount_lost', '500000000000')]),
    ('ja', '被害総額は3億円から5億円に上るとみられる。', [('amount_lost', '300000000')]),
    ('ja', '被害額は計3億円から5億円に上る見通しだ。', [('amount_lost', '300000000')]),
    ('ja', '詐欺グループがだまし取った金額は、少なくとも3億円から5億円に上るという。', [('amount_lost', '300000000')]),
    ('ja', '被害者は約200人から300人に上るとみられる。', [('victims', '200')]),
    ('tr', "Vurgunun 3 milyon TL'den 5 milyon TL'ye kadar olduğu tahmin ediliyor.", [('amount_lost', '3000000')]),
    ('ko', '검거 인원은 지난해 1,200명에서 올해 3,400명으로 늘었다.', [('arrests', '3400')]),
    ('en', 'The unit received $2 million in EU funding and analysed 3,000 reports last year.', []),
    ('en', 'The cybercrime unit received new funding and analysed more than 3,000 alerts.', []),
    pytest.param('en', 'Officers who had received special training reviewed 5,000 reports.', [], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving said of something else a few words before the count, or right after it')),
    ('fr', "L'unité a reçu 2 millions d'euros de subventions et a analysé 3 000 signalements.", []),
    ('nl', 'De eenheid ontving 2 miljoen euro subsidie en analyseerde 3.000 meldingen.', []),
    ('es', 'La unidad recibió 2 millones de euros de fondos europeos y analizó 3.000 avisos.', []),
    ('pt', 'A unidade recebeu 2 milhões de reais em verbas e analisou 3 mil alertas.', []),
    ('id', 'Unit itu menerima dana hibah Rp 2 miliar dan menganalisis 3.000 laporan.', []),
    ('cs', 'Útvar obdržel dotaci 2 miliony korun a prověřil 3 tisíce oznámení.', []),
    ('sv', 'Enheten tog emot 2 miljoner kronor i bidrag och granskade 3 000 anmälningar.', []),
    ('fi', 'Yksikkö vastaanotti 2 miljoonan euron rahoituksen ja tutki 3 000 ilmoitusta.', []),
    ('ro', 'Unitatea a primit o finanțare de 2 milioane de lei și a analizat 3.000 de sesizări.', []),
    ('he', 'היחידה קיבלה תקציב של 2 מיליון שקל ובדקה 3,000 דיווחים.', []),
    ('ru', 'Подразделение получило 20 млн рублей финансирования и проверило 3 тыс. сообщений.', []),
    pytest.param('ru', 'Хакеры получили доступ к более чем 5 тыс. уведомлений клиентов банка.', [], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving said of something else a few words before the count, or right after it')),
    pytest.param('uk', 'Хакери отримали доступ до понад 5 тис. повідомлень користувачів.', [], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving said of something else a few words before the count, or right after it')),
    pytest.param('de', 'Die Hacker haben Zugriff auf mehr als 5.000 Meldungen erhalten.', [], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving said of something else a few words before the count, or right after it')),
    pytest.param('tr', '45 şüpheli gözaltına alındı ve 2 bin bildirim incelendi.', [('arrests', '45')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving said of something else a few words before the count, or right after it')),
    pytest.param('tr', 'Şüphelilerin ifadeleri alındı ve 2 bin bildirim incelendi.', [], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving said of something else a few words before the count, or right after it')),
    pytest.param('tr', 'Gerekli önlemler alındı ve 5 bin uyarı incelendi.', [], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving said of something else a few words before the count, or right after it')),
    ('el', 'Η επιχείρηση έλαβε χώρα σε 30 χώρες και αναλύθηκαν περισσότερες από 14.000 ειδοποιήσεις.', [('countries', '30')]),
    ('el', 'Η επιχείρηση έλαβε χώρα τον Μάρτιο και εξετάστηκαν 14.000 αναφορές.', []),
    ('cs', 'Policie přijala opatření a prověřila přes 3 tisíce oznámení.', []),
    ('hi', 'प्राप्त जानकारी के अनुसार साइबर सेल ने 2,000 रिपोर्ट दर्ज कीं।', []),
    pytest.param('bn', 'পুলিশ তদন্তে প্রমাণ পেয়েছে এবং ৩,০০০ রিপোর্ট বিশ্লেষণ করেছে।', [], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving said of something else a few words before the count, or right after it')),
    ('id', 'Oknum pegawai bank menerima suap dan membocorkan 3.000 laporan nasabah.', []),
    pytest.param('fr', 'La plateforme Pharos a enregistré 1 500 signalements concernant de faux reçus de paiement.', [], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving said of something else a few words before the count, or right after it')),
    ('pt', 'A polícia registrou 1.500 notificações de recebedores de dinheiro ilícito.', []),
    ('en', 'The newspaper received more than 2,000 reports from readers about the scam.', []),
    ('fr', "Le journal a reçu plus de 2 000 signalements de lecteurs victimes de l'arnaque.", []),
    ('de', 'Die Zeitung hat mehr als 2.000 Meldungen von Lesern erhalten.', []),
    ('es', 'El periódico recibió más de 2.000 avisos de lectores sobre la estafa.', []),
    ('ru', 'Редакция получила более 2 тыс. сообщений от читателей о мошенниках.', []),
    ('id', 'Redaksi menerima lebih dari 2.000 laporan dari pembaca.', []),
    ('zh', '报社接到读者报告2000余份。', []),
    ('fr', 'Les victimes avaient reçu plus de 10 000 alertes frauduleuses par SMS.', []),
    pytest.param('he', 'התושבים קיבלו יותר מ-40 אלף התראות מזויפות.', [], marks=pytest.mark.xfail(strict=True, reason='open: reports received by persons named after the verb, or from customers read as sent to them')),
    ('ar', 'تلقى السكان أكثر من 40 ألف تنبيه مزيف عبر الرسائل النصية.', []),
    ('sv', 'Invånarna tog emot över 40 000 falska varningar via sms.', []),
    ('sw', 'Wananchi walipokea zaidi ya tahadhari 40,000 za uongo.', []),
    pytest.param('en', "The bank's fraud hotline received 1,500 reports from customers in March.", [('actionable_points', '1500')], marks=pytest.mark.xfail(strict=True, reason='open: reports received by persons named after the verb, or from customers read as sent to them')),
    pytest.param('es', 'La Policía Nacional recibió 3.000 avisos de clientes de la entidad.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: reports received by persons named after the verb, or from customers read as sent to them')),
    pytest.param('pt', 'A polícia recebeu mais de 5 mil alertas de clientes.', [('actionable_points', '5000')], marks=pytest.mark.xfail(strict=True, reason='open: reports received by persons named after the verb, or from customers read as sent to them')),
    pytest.param('fr', 'La plateforme Cybermalveillance a reçu 4 500 signalements de particuliers.', [('actionable_points', '4500')], marks=pytest.mark.xfail(strict=True, reason='open: reports received by persons named after the verb, or from customers read as sent to them')),
    pytest.param('ko', '경찰청은 보이스피싱 신고 3,000건을 접수했다.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: reports received by persons named after the verb, or from customers read as sent to them')),
    pytest.param('ko', '경찰은 피해 신고 1,200건을 접수해 수사에 착수했다.', [('actionable_points', '1200')], marks=pytest.mark.xfail(strict=True, reason='open: reports received by persons named after the verb, or from customers read as sent to them')),
    ('de', 'Die Polizei hat 12 Anrufer festgenommen.', [('arrests', '12')]),
    ('tr', 'Operasyonda 45 aramacı gözaltına alındı.', [('arrests', '45')]),
    ('tr', 'Operasyonda çağrı merkezinde çalışan 45 aramacı gözaltına alındı.', [('arrests', '45')]),
    ('hi', 'पुलिस ने 45 कॉलर को गिरफ्तार किया जो फर्जी कॉल करते थे।', [('arrests', '45')]),
    ('hi', 'पुलिस ने कॉल सेंटर से 45 कॉलरों को गिरफ्तार किया।', [('arrests', '45')]),
    ('hi', 'पुलिस ने 12 कॉलेज छात्रों को गिरफ्तार किया जो साइबर ठगी में शामिल थे।', [('arrests', '12')]),
    ('bn', 'পুলিশ ১২ কলেজছাত্রকে গ্রেপ্তার করেছে।', [('arrests', '12')]),
    ('en', 'Officers detained 14 suspects and recovered 20,000 text messages from their phones.', [('arrests', '14')]),
    ('en', 'Police arrested 9 suspects, and 4,500 text messages were found on their devices.', [('arrests', '9')]),
    ('de', 'Insgesamt 12 Personen haben um die 2 Millionen Euro gestohlen.', [('amount_lost', '2000000')]),
    ('de', 'Rund 20 Personen haben um die 4 Millionen Euro ergaunert, ermittelt die Polizei.', [('amount_lost', '4000000')]),
    ('sv', 'De 8 personerna på listan har stulit 5 miljoner kronor från äldre.', [('amount_lost', '5000000')]),
    ('sv', 'Sammanlagt 12 personer har begått bedrägerier på 5 miljoner kronor.', [('amount_lost', '5000000')]),
    ('da', '12 personer har stjålet for 5 millioner kroner.', [('amount_lost', '5000000')]),
    ('da', 'Mindst 12 personer har stjålet for over 5 millioner kroner fra ældre.', [('amount_lost', '5000000')]),
    ('nb', '12 personer har stjålet for over 4 millioner kroner.', [('amount_lost', '4000000')]),
    ('hu', 'A 12 emberből álló banda áldozatai 300 millió forintot veszítettek.', [('amount_lost', '300000000')]),
    ('da', 'Over 300 personer har tabt i alt 20 millioner kroner på falske investeringer.', [('amount_lost', '20000000'), ('victims', '300')]),
    ('nb', 'Rundt 200 personer har tapt til sammen 30 millioner kroner.', [('amount_lost', '30000000'), ('victims', '200')]),
    pytest.param('es', 'Pese a la actuación policial, no se pudieron evitar pérdidas de 2 millones de euros.', [('amount_lost', '2000000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of stopping money under a negation')),
    pytest.param('es', 'Los bancos no lograron evitar pérdidas por valor de 2 millones de euros a sus clientes.', [('amount_lost', '2000000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of stopping money under a negation')),
    pytest.param('el', 'Δεν κατέστη δυνατό να αποτραπούν ζημιές ύψους 3 εκατ. ευρώ.', [('amount_lost', '3000000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of stopping money under a negation')),
    ('sv', 'Tullen kom över 2 miljoner kronor i kontanter i en bil vid gränsen.', [('amount_seized', '2000000')]),
    ('pl', 'Sąd nie zdecydował się na pozbawienie wolności podejrzanego i zastosował poręczenie majątkowe w wysokości 200 tys. zł.', []),
    ('pl', 'Prokurator zastosował wobec podejrzanych dozór policji i poręczenia majątkowe na łączną kwotę 300 tys. zł, choć grozi im kara pozbawienia wolności.', []),
    ('vi', 'Một tỷ lệ lớn nạn nhân bị lừa đảo là người cao tuổi.', []),
    ('vi', 'Một triệu phú tiền ảo bị bắt vì lừa đảo 200 tỷ đồng.', [('amount_lost', '200000000000')]),
    pytest.param('vi', 'Mỗi nạn nhân bị lừa một triệu đồng, tổng cộng 3 tỷ đồng.', [('amount_lost', '3000000000')], marks=pytest.mark.xfail(strict=True, reason="open: each one's amount said with a word of one (tl), or a total after an amount in words")),
    pytest.param('vi', 'Mỗi nạn nhân bị lừa khoảng một triệu đồng.', [], marks=pytest.mark.xfail(strict=True, reason="open: each one's amount said with a word of one (tl), or a total after an amount in words")),
    ('fa', 'هر مالباخته حدود یک میلیون تومان از دست داده و مجموع خسارت ۲۰ میلیارد تومان است.', [('amount_lost', '200000000000')]),
    pytest.param('tl', 'Tig-isang milyong piso ang nawala sa bawat biktima.', [], marks=pytest.mark.xfail(strict=True, reason="open: each one's amount said with a word of one (tl), or a total after an amount in words")),
    ('en', 'On average, each victim lost $8,000; the total loss was $2 million.', [('amount_lost', '2000000')]),
    ('fr', "En moyenne, chaque victime a perdu 8 000 euros, soit un préjudice total de 2 millions d'euros.", [('amount_lost', '2000000')]),
    ('es', 'De media, cada víctima perdió 8.000 euros; el perjuicio total asciende a 2 millones de euros.', [('amount_lost', '2000000')]),
    ('pt', 'Em média, cada vítima perdeu 8 mil reais; o prejuízo total chega a 2 milhões de reais.', [('amount_lost', '2000000')]),
    ('it', 'In media, ogni vittima ha perso 8.000 euro; il danno complessivo è di 2 milioni di euro.', [('amount_lost', '2000000')]),
    ('ru', 'В среднем, каждый потерпевший лишился 200 тыс. рублей; общий ущерб составил 30 млн рублей.', [('amount_lost', '30000000')]),
    ('ar', 'في المتوسط، خسر كل ضحية 8 آلاف دولار، وبلغت الخسائر الإجمالية 5 ملايين دولار.', [('amount_lost', '5000000')]),
])
def test_eleventh_review(lang, text, expected):
    got = sorted((k, str(v)) for k, v, _, _ in figs(text, lang))
    assert got == expected, got


# ---------------------------------------------------------------- twelfth review
# An adversarial review of 6da9b8a..64639e1 (the eleventh review's fixes, codes of law, things held, clitics, more
# words): 95 sentences in 25 languages, 12 defects. The amounts of a sentence naming a code of law are read again as
# before (the rule was withdrawn: police sentences name the code and the damage together). Each sentence that failed
# after those changes failed before its fix; those still open are strict xfails, with why.
@pytest.mark.parametrize("lang, text, expected", [
    ('en', 'The National Fraud Intelligence Bureau received a total of 3,000 reports about the scam.', [('actionable_points', '3000')]),
    ('en', 'Action Fraud received and assessed more than 3,000 reports linked to the fake investment site.', [('actionable_points', '3000')]),
    pytest.param('en', 'The cybercrime unit received in 2023 more than 3,000 reports of phishing.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving more than three words before the count, or past a second verb')),
    pytest.param('es', 'La Policía Nacional recibió y analizó más de 3.000 avisos sobre la campaña de phishing.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving more than three words before the count, or past a second verb')),
    pytest.param('es', 'La Guardia Civil recibió durante la operación más de 3.000 avisos.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving more than three words before the count, or past a second verb')),
    pytest.param('fr', 'La plateforme Pharos a reçu en 2023 plus de 200 000 signalements.', [('actionable_points', '200000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving more than three words before the count, or past a second verb')),
    ('fr', 'La plateforme Pharos a reçu et traité plus de 200 000 signalements.', [('actionable_points', '200000')]),
    ('pt', 'A Polícia Federal recebeu e analisou mais de 5 mil alertas.', [('actionable_points', '5000')]),
    pytest.param('nl', 'De politie ontving tijdens de actie in totaal ruim 12.000 meldingen van phishing.', [('actionable_points', '12000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving more than three words before the count, or past a second verb')),
    ('id', 'Polri menerima dan menindaklanjuti lebih dari 3.000 laporan penipuan daring.', [('actionable_points', '3000')]),
    pytest.param('ru', 'Полиция получила и проверила более 3 тыс. сообщений о мошенничестве.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving more than three words before the count, or past a second verb')),
    pytest.param('uk', 'Кіберполіція отримала та опрацювала понад 3 тис. повідомлень про шахрайство.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving more than three words before the count, or past a second verb')),
    ('vi', 'Công an tỉnh đã tiếp nhận và giải quyết hơn 1.500 tin báo về tội phạm lừa đảo.', [('actionable_points', '1500')]),
    ('el', 'Η Δίωξη Ηλεκτρονικού Εγκλήματος έλαβε και εξέτασε περισσότερες από 3.000 αναφορές.', [('actionable_points', '3000')]),
    ('sw', 'Polisi ilipokea na kuchunguza zaidi ya ripoti 3,000 za utapeli.', [('actionable_points', '3000')]),
    pytest.param('en', 'More than 3,000 reports about fake investment sites were received by the unit.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving more than six words after the count')),
    pytest.param('en', 'More than 3,000 reports of phishing and smishing were received by the unit.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving more than six words after the count')),
    pytest.param('fr', 'Plus de 12 000 signalements concernant de faux sites ont été reçus par la plateforme.', [('actionable_points', '12000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving more than six words after the count')),
    ('es', 'Más de 3.000 avisos sobre webs fraudulentas fueron recibidos por la unidad.', [('actionable_points', '3000')]),
    ('de', 'Bei der Polizei sind 3.000 Meldungen zu gefälschten Paketdiensten eingegangen.', [('actionable_points', '3000')]),
    pytest.param('id', 'Sebanyak 3.000 laporan penipuan investasi bodong melalui aplikasi diterima oleh Polri.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason='open: a verb of receiving more than six words after the count')),
    pytest.param('fr', "Le dispositif d'assistance aux victimes Cybermalveillance.gouv.fr a reçu plus de 4 500 signalements.", [('actionable_points', '4500')], marks=pytest.mark.xfail(strict=True, reason="open: those who received the reports named as a body for victims, or past 'according to'")),
    pytest.param('en', 'The national centre for fraud victims received more than 3,000 reports.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason="open: those who received the reports named as a body for victims, or past 'according to'")),
    pytest.param('de', 'Die Opferberatungsstelle hat mehr als 3.000 Meldungen erhalten.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason="open: those who received the reports named as a body for victims, or past 'according to'")),
    ('ar', 'تلقت الشرطة من المواطنين أكثر من 3 آلاف بلاغ عن عمليات احتيال.', [('actionable_points', '3000')]),
    ('vi', 'Công an thông báo đã tiếp nhận hơn 1.500 tin báo về lừa đảo qua mạng.', [('actionable_points', '1500')]),
    ('vi', 'Báo cáo của Bộ Công an cho biết đã tiếp nhận hơn 1.500 tin báo về lừa đảo.', [('actionable_points', '1500')]),
    ('vi', 'Đại diện Công an tỉnh trả lời báo chí cho biết đã tiếp nhận 1.500 tin báo về lừa đảo.', [('actionable_points', '1500')]),
    pytest.param('en', 'According to the newspaper the police received more than 3,000 reports of the scam.', [('actionable_points', '3000')], marks=pytest.mark.xfail(strict=True, reason="open: those who received the reports named as a body for victims, or past 'according to'")),
    ('es', 'Según el diario El País la Policía recibió más de 3.000 avisos.', [('actionable_points', '3000')]),
    ('fr', 'La plateforme Pharos a indiqué aux journalistes avoir reçu plus de 200 000 signalements.', [('actionable_points', '200000')]),
    ('en', 'The suspects were charged under the Penal Code after defrauding victims of $2 million.', [('amount_lost', '2000000')]),
    ('en', 'The case is being investigated under Section 420 of the Penal Code for cheating, involving losses of RM2.3 million.', [('amount_lost', '2300000')]),
    ('en', 'The men were charged under the Fraud Act 2006 after stealing £1.2 million from pensioners.', [('amount_lost', '1200000')]),
    ('en', 'Police seized $4 million in cash and charged the suspects under the Criminal Code.', [('amount_seized', '4000000')]),
    ('ms', 'Polis menahan 12 individu dan kes disiasat mengikut Seksyen 420 Kanun Keseksaan melibatkan kerugian RM2.3 juta.', [('amount_lost', '2300000'), ('arrests', '12')]),
    ('es', 'Los detenidos, acusados de un delito de estafa del Código Penal, habrían defraudado 2 millones de euros a 300 víctimas.', [('amount_lost', '2000000'), ('victims', '300')]),
    ('pt', 'Os suspeitos vão responder por estelionato, previsto no Código Penal, e desviaram R$ 3 milhões de aposentados.', [('amount_lost', '3000000')]),
    ('fr', "Les suspects, poursuivis pour escroquerie en bande organisée au sens du code pénal, ont détourné 3 millions d'euros.", [('amount_lost', '3000000')]),
    ('de', 'Gegen die Beschuldigten wird wegen gewerbsmäßigen Betrugs nach dem Strafgesetzbuch ermittelt, sie sollen 4 Millionen Euro erbeutet haben.', [('amount_lost', '4000000')]),
    ('ru', 'Возбуждено уголовное дело по ч. 4 ст. 159 Уголовного кодекса РФ, ущерб составил 12 млн рублей.', [('amount_lost', '12000000')]),
    ('pl', 'Podejrzanym przedstawiono zarzuty z art. 286 Kodeksu karnego, oszukali oni seniorów na kwotę ponad 2 mln zł.', [('amount_lost', '2000000')]),
    ('tr', 'Şüpheliler Türk Ceza Kanunu kapsamında nitelikli dolandırıcılıktan tutuklandı, vurgunun 50 milyon TL olduğu belirlendi.', [('amount_lost', '50000000')]),
    ('ko', '경찰은 형법상 사기 혐의로 일당 12명을 검거했으며 피해액은 30억원에 달한다.', [('amount_lost', '3000000000'), ('arrests', '12')]),
    ('zh', '犯罪嫌疑人涉嫌触犯刑法第266条诈骗罪，诈骗金额达3亿元。', [('amount_lost', '300000000')]),
    ('vi', 'Các đối tượng bị khởi tố theo Điều 174 Bộ luật Hình sự về tội lừa đảo chiếm đoạt tài sản, chiếm đoạt hơn 50 tỷ đồng.', [('amount_lost', '50000000000')]),
    ('en', "The gang's fraud activity netted more than £3 million from victims, police said.", [('amount_lost', '3000000')]),
    ('en', 'Detectives said the fraud activities cost victims more than £3 million.', [('amount_lost', '3000000')]),
    ('en', "Police arrested 45 suspects; the gang's fraud activity cost victims $3 million.", [('amount_lost', '3000000'), ('arrests', '45')]),
    ('en', 'The average loss suffered by victims was $8,000.', []),
    ('fr', "Le préjudice moyen par victime s'élève à 8 000 euros.", []),
    ('es', 'La pérdida media por víctima fue de 8.000 euros.', []),
    ('de', 'Der Schaden lag durchschnittlich pro Opfer bei rund 8.000 Euro.', []),
    ('pl', 'Średnia strata na jedną osobę wyniosła 50 tys. zł.', []),
    pytest.param('de', 'Der durchschnittliche Schaden pro Fall lag bei 8.000 Euro.', [], marks=pytest.mark.xfail(strict=True, reason='open: a word of average more than five words before the amount')),
    ('nl', 'Het gemiddelde schadebedrag per slachtoffer bedroeg 5.000 euro.', []),
    pytest.param('sv', 'Den genomsnittliga förlusten per drabbad person var 50 000 kronor.', [], marks=pytest.mark.xfail(strict=True, reason='open: a word of average more than five words before the amount')),
    ('ru', 'Средний ущерб от одного мошенничества составил 200 тыс. рублей.', []),
    pytest.param('es', 'Las víctimas perdieron una media de 8.000 euros y hasta 90.000 euros en el peor caso.', [], marks=pytest.mark.xfail(strict=True, reason='open: an amount after an average takes its kind, though a maximum or a comparison')),
    pytest.param('fr', "Les victimes ont perdu en moyenne 8 000 euros et jusqu'à 90 000 euros pour la plus touchée.", [], marks=pytest.mark.xfail(strict=True, reason='open: an amount after an average takes its kind, though a maximum or a comparison')),
    pytest.param('en', 'Victims lost an average of €8,000, with the largest single loss €90,000.', [], marks=pytest.mark.xfail(strict=True, reason='open: an amount after an average takes its kind, though a maximum or a comparison')),
    pytest.param('en', 'Victims lost an average of $8,000, twice the $4,000 typical of such scams.', [], marks=pytest.mark.xfail(strict=True, reason='open: an amount after an average takes its kind, though a maximum or a comparison')),
    ('es', 'La Policía devolverá a cada víctima parte de los 2 millones de euros intervenidos.', [('amount_seized', '2000000')]),
    pytest.param('fr', "Les enquêteurs pourront indemniser chaque victime grâce aux 3 millions d'euros saisis.", [('amount_seized', '3000000')], marks=pytest.mark.xfail(strict=True, reason="open: a word of each one's said of another verb's object, or split by its own 'and' (sv 'var och en')")),
    ('en', 'Detectives contacted each victim to return part of the $1.2 million seized from the gang.', [('amount_seized', '1200000')]),
    ('en', 'Each person arrested faces charges over the theft of $3 million from pensioners.', [('amount_lost', '3000000')]),
    ('de', 'Jeder Geschädigte soll einen Anteil der sichergestellten 2 Millionen Euro erhalten.', [('amount_seized', '2000000')]),
    ('it', 'Ogni vittima riceverà una parte dei 3 milioni di euro sequestrati.', [('amount_seized', '3000000')]),
    ('id', 'Polisi akan mengembalikan kepada setiap korban uang dari total Rp 5 miliar yang disita.', [('amount_seized', '5000000000')]),
    ('vi', 'Cơ quan công an đã trả lại cho mỗi bị hại một phần trong số 20 tỷ đồng thu giữ được.', [('amount_seized', '20000000000')]),
    ('ko', '경찰에 따르면 총책 한 명이 투자자들을 속여 50억원을 가로챘다.', [('amount_lost', '5000000000')]),
    ('ko', '조직원 한 명이 피해자들로부터 가로챈 30억원을 해외로 빼돌렸다.', [('amount_lost', '3000000000')]),
    pytest.param('sv', 'Offren förlorade var och en 50 000 kronor.', [], marks=pytest.mark.xfail(strict=True, reason="open: a word of each one's said of another verb's object, or split by its own 'and' (sv 'var och en')")),
    pytest.param('sv', 'Var och en av de drabbade förlorade 50 000 kronor.', [], marks=pytest.mark.xfail(strict=True, reason="open: a word of each one's said of another verb's object, or split by its own 'and' (sv 'var och en')")),
    pytest.param('ja', '容疑者らは全国の約20か所から1200人に電話をかけた。', [], marks=pytest.mark.xfail(strict=True, reason="open: a change or a range told with other words (a place the count is from, a forecast, 'まで', 'kadar', '까지', '정도')")),
    pytest.param('ja', '摘発件数は昨年の120件から340件に達する見込みだ。', [], marks=pytest.mark.xfail(strict=True, reason="open: a change or a range told with other words (a place the count is from, a forecast, 'まで', 'kadar', '까지', '정도')")),
    ('ja', '被害額は3億円から5億円にまで膨らんだ。', [('amount_lost', '500000000')]),
    pytest.param('tr', "Vurgunun boyutu 30 milyon TL'den 50 milyon TL'ye kadar yükseldi.", [('amount_lost', '50000000')], marks=pytest.mark.xfail(strict=True, reason="open: a change or a range told with other words (a place the count is from, a forecast, 'まで', 'kadar', '까지', '정도')")),
    pytest.param('ko', '피해자는 300명에서 1,200명까지 늘었다.', [('victims', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a change or a range told with other words (a place the count is from, a forecast, 'まで', 'kadar', '까지', '정도')")),
    pytest.param('ko', '이번 작전에서 검거된 인원은 지난해 120명에서 올해 340명 정도로 늘었다.', [('arrests', '340')], marks=pytest.mark.xfail(strict=True, reason="open: a change or a range told with other words (a place the count is from, a forecast, 'まで', 'kadar', '까지', '정도')")),
    ('tr', 'Operasyonda 12 telefon dolandırıcısı gözaltına alındı.', [('arrests', '12')]),
    ('tr', 'Operasyonda 15 kimlik hırsızı gözaltına alındı.', [('arrests', '15')]),
    ('de', 'Die Polizei hat 8 Autoschieber festgenommen.', [('arrests', '8')]),
    ('hi', 'पुलिस ने 5 कंप्यूटर ऑपरेटरों को गिरफ्तार किया।', [('arrests', '5')]),
    ('hi', 'पुलिस ने 12 वाहन चोरों को गिरफ्तार किया।', [('arrests', '12')]),
    ('bn', 'পুলিশ ১২ মোবাইল ব্যাংকিং প্রতারককে গ্রেপ্তার করেছে।', [('arrests', '12')]),
    ('de', 'Die Betrüger sollen 300 Anleger um 8 Millionen Euro geprellt haben.', [('amount_lost', '8000000'), ('victims', '300')]),
    ('de', 'Rund 900 Anleger wurden um insgesamt knapp 12 Millionen Euro betrogen.', [('amount_lost', '12000000'), ('victims', '900')]),
    ('de', 'Über 500 Senioren wurden um insgesamt rund 4 Millionen Euro betrogen.', [('amount_lost', '4000000'), ('victims', '500')]),
    ('sv', 'Över 300 pensionärer har lurats på mer än 20 miljoner kronor.', [('amount_lost', '20000000'), ('victims', '300')]),
    pytest.param('da', '300 ældre er blevet snydt for i alt 20 millioner kroner.', [('amount_lost', '20000000'), ('victims', '300')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): da and nb persons defrauded of an amount in the passive with 'i alt', 'til sammen'")),
    pytest.param('da', 'Over 300 ældre er blevet snydt for mere end 20 millioner kroner.', [('amount_lost', '20000000'), ('victims', '300')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): da and nb persons defrauded of an amount in the passive with 'i alt', 'til sammen'")),
    pytest.param('nb', 'Over 300 eldre er svindlet for til sammen 20 millioner kroner.', [('amount_lost', '20000000'), ('victims', '300')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): da and nb persons defrauded of an amount in the passive with 'i alt', 'til sammen'")),
    ('sw', 'Watu 167 walikamatwa nchini Nigeria.', [('arrests', '167')]),
    ('sw', 'Jumla ya watu 167 walikamatwa nchini Nigeria wakati wa operesheni hiyo.', [('arrests', '167')]),
])
def test_twelfth_review(lang, text, expected):
    got = sorted((k, str(v)) for k, v, _, _ in figs(text, lang))
    assert got == expected, got


# ---------------------------------------------------------------- thirteenth review
# An adversarial review of 2754793..9c1af89 (persons of a country and customers who lost an amount, parts after "of
# which", charges counted, years after rough words, vi/tr/pt words): 77 sentences in 19 languages, 13 defects. The
# rule that took a whole's kind away where its part's clause said the deed was withdrawn (wholes really taken down
# or frozen lost: "seized 1,200 domains, 300 of which were taken offline", "300 accounts, of which 120 …, were
# frozen"), and so were vi "tránh thiệt hại" (also a victim's motive for paying) and tr "yetki alanı" (also a
# domestic force's area). Each sentence that failed after those changes failed before its fix; those still open
# are strict xfails, with why.
@pytest.mark.parametrize("lang, text, expected", [
    ('en', 'Authorities seized 1,200 domains, 300 of which were taken offline within hours.', [('infrastructure_taken_down', '1200'), ('infrastructure_taken_down', '300')]),
    ('en', 'Europol dismantled 593 servers, 50 of which were taken down in Germany.', [('infrastructure_taken_down', '50'), ('infrastructure_taken_down', '593')]),
    ('pt', 'A polícia derrubou 3.000 sites, dos quais 1.050 foram bloqueados pela Anatel.', [('infrastructure_taken_down', '1050'), ('infrastructure_taken_down', '3000')]),
    ('pt', 'A polícia apreendeu 3.000 chips, dos quais 1.050 foram bloqueados.', [('infrastructure_taken_down', '1050'), ('infrastructure_taken_down', '3000')]),
    ('it', 'La Polizia Postale ha sequestrato 16.500 siti, 2.876 dei quali sono stati oscurati.', [('infrastructure_taken_down', '16500'), ('infrastructure_taken_down', '2876')]),
    ('ru', 'Полиция изъяла 3000 серверов, из которых 1200 были отключены.', [('infrastructure_taken_down', '1200'), ('infrastructure_taken_down', '3000')]),
    ('uk', 'Кіберполіція ліквідувала 3000 сайтів, з яких 1200 заблокували.', [('infrastructure_taken_down', '1200'), ('infrastructure_taken_down', '3000')]),
    ('vi', 'Công an phong tỏa 300 tài khoản, trong đó 120 tài khoản đứng tên người khác.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('vi', 'Công an đã triệt phá 300 máy chủ, trong đó 120 máy chủ đặt ở nước ngoài.', [('infrastructure_taken_down', '120'), ('infrastructure_taken_down', '300')]),
    ('vi', 'Bộ Công an đã gỡ bỏ 3.000 trang web lừa đảo, trong đó 1.200 trang web giả mạo ngân hàng.', [('infrastructure_taken_down', '1200'), ('infrastructure_taken_down', '3000')]),
    ('vi', 'Công an thu giữ 500 sim rác, trong đó 200 sim rác đã kích hoạt.', [('infrastructure_taken_down', '200'), ('infrastructure_taken_down', '500')]),
    ('id', 'Polisi membekukan 300 rekening, di antaranya 120 rekening milik warga asing.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('id', 'Kominfo menutup 3.000 situs, di antaranya 1.200 situs judi online.', [('infrastructure_taken_down', '1200'), ('infrastructure_taken_down', '3000')]),
    ('id', 'Polisi menyita 300 server, di antaranya 120 server berada di luar negeri.', [('infrastructure_taken_down', '120'), ('infrastructure_taken_down', '300')]),
    ('es', 'La policía bloqueó 300 cuentas bancarias, de las cuales 120 cuentas eran de mulas.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('es', 'La Guardia Civil intervino 300 páginas web, de las cuales 120 páginas web suplantaban a bancos.', [('infrastructure_taken_down', '120'), ('infrastructure_taken_down', '300')]),
    ('en', 'Authorities seized 300 servers, of which 120 servers were located abroad.', [('infrastructure_taken_down', '120'), ('infrastructure_taken_down', '300')]),
    ('pt', 'A polícia bloqueou 300 contas, das quais 120 contas eram de laranjas.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('de', 'Die Polizei fror 300 Konten ein, davon 120 Konten im Ausland.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('ru', 'Полиция заблокировала 300 счетов, из них 120 счетов принадлежали дропам.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('en', 'A total of 300 bank accounts, 120 of which belonged to foreigners, were frozen.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('en', 'Some 300 accounts, of which 120 were held by foreigners, have been frozen by the banks.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('fr', 'Au total, 300 comptes bancaires, dont 120 détenus par des étrangers, ont été gelés.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('es', 'Un total de 300 cuentas bancarias, de las cuales 120 pertenecían a extranjeros, fueron bloqueadas.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('pt', 'Ao todo, 300 contas bancárias, das quais 120 de estrangeiros, foram bloqueadas.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('de', 'Insgesamt 300 Bankkonten, davon 120 im Ausland, wurden eingefroren.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('it', 'In totale 300 conti correnti, di cui 120 intestati a stranieri, sono stati congelati.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('pl', 'Łącznie 300 rachunków bankowych, z których 120 należało do cudzoziemców, zostało zablokowanych.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('ru', 'Всего 300 банковских счетов, из которых 120 принадлежали иностранцам, были заморожены.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('vi', 'Tổng cộng 300 tài khoản ngân hàng, trong đó 120 tài khoản của người nước ngoài, đã bị phong tỏa.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('nl', 'In totaal 300 bankrekeningen, waarvan 120 van buitenlanders, werden bevroren.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('sv', 'Totalt 300 bankkonton, varav 120 tillhörde utlänningar, frystes.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('id', 'Sebanyak 300 rekening bank, di antaranya 120 milik warga asing, telah dibekukan.', [('accounts_frozen', '120'), ('accounts_frozen', '300')]),
    ('es', 'Fueron detenidos cinco altos cargos de la empresa y otras 12 personas.', [('arrests', '12'), ('arrests', '5')]),
    ('es', 'Fueron detenidos 5 altos cargos de la entidad bancaria.', [('arrests', '5')]),
    ('es', 'Detuvieron a 12 bajo cargos de estafa.', [('arrests', '12')]),
    ('en', 'Police arrested 12 on charges of fraud and money laundering.', [('arrests', '12')]),
    ('uk', 'Правоохоронці затримали 5 обвинувачених у шахрайстві.', [('arrests', '5')]),
    ('uk', 'Затримано 12 обвинувачених.', [('arrests', '12')]),
    ('en', 'Three Nigerians lost their appeal against convictions for a scheme that stole $2 million from pensioners.', [('amount_lost', '2000000')]),
    ('en', '12 Nigerians lost their appeal against convictions for stealing $2 million from US pensioners.', [('amount_lost', '2000000')]),
    ('en', 'Two Romanians lost an extradition fight over charges that they stole $5 million from ATMs.', [('amount_lost', '5000000')]),
    ('en', 'About 12 Australians lost their passports while scammers stole $2 million in the scheme.', [('amount_lost', '2000000')]),
    ('en', 'Some 400 customers lost access to online banking for two days while the bank said attackers had stolen $2 million.', [('amount_lost', '2000000'), ('users', '400')]),
    ('hu', 'A csalás áldozatainak száma több mint 2000.', [('victims', '2000')]),
    ('hu', 'Az áldozatok száma csaknem 2000-re emelkedett.', [('victims', '2000')]),
    ('vi', 'Nhiều người đã chuyển tổng cộng 5 tỷ đồng để tránh mất tài khoản theo yêu cầu của kẻ gian.', [('amount_lost', '5000000000')]),
    ('vi', 'Nạn nhân đã chuyển 800 triệu đồng cho đối tượng vì sợ bị khóa tài khoản và muốn tránh thiệt hại.', [('amount_lost', '800000000')]),
    ('vi', 'Bà N. chuyển 2 tỷ đồng vào "tài khoản an toàn" để tránh mất tiền như lời kẻ gian hướng dẫn.', [('amount_lost', '2000000000')]),
    ('tr', "İl Emniyet Müdürlüğü'ne bağlı 39 ilçe yetki alanında operasyon düzenlendi.", []),
    ('tr', 'Polis ve jandarmanın 2 ayrı yetki alanında eş zamanlı operasyon yapıldı.', []),
    ('en', 'About 400 customers of the bank lost $2 million to the scam.', [('amount_lost', '2000000'), ('victims', '400')]),
    ('en', 'At least 790 customers of OCBC Bank lost a total of S$13.7 million.', [('amount_lost', '13700000'), ('victims', '790')]),
    ('en', 'Nearly 500 bank customers in Singapore lost a combined S$13.7 million to phishing scams.', [('amount_lost', '13700000'), ('victims', '500')]),
    ('fr', "Plus de 400 clients de la banque ont perdu 2 millions d'euros.", [('amount_lost', '2000000'), ('victims', '400')]),
    ('it', 'Circa 400 clienti della banca hanno perso 2 milioni di euro.', [('amount_lost', '2000000'), ('victims', '400')]),
    ('nl', 'Ongeveer 400 klanten van de bank verloren 2 miljoen euro.', [('amount_lost', '2000000'), ('victims', '400')]),
    pytest.param('en', 'Around 5,000 Filipinos lost PHP 200 million to online scams.', [('amount_lost', '200000000'), ('victims', '5000')], marks=pytest.mark.xfail(strict=True, reason="open: a people's name that does not begin like its country's ('Filipinos', 'svenskar', 'Polaków')")),
    pytest.param('en', '2,000 Spaniards lost €10 million in the scheme.', [('amount_lost', '10000000'), ('victims', '2000')], marks=pytest.mark.xfail(strict=True, reason="open: a people's name that does not begin like its country's ('Filipinos', 'svenskar', 'Polaków')")),
    pytest.param('en', 'More than 800 Poles lost 5 million zlotys to fake investment platforms.', [('amount_lost', '5000000'), ('victims', '800')], marks=pytest.mark.xfail(strict=True, reason="open: a people's name that does not begin like its country's ('Filipinos', 'svenskar', 'Polaków')")),
    pytest.param('sv', 'Omkring 2 400 svenskar förlorade 38 miljoner kronor.', [('amount_lost', '38000000'), ('victims', '2400')], marks=pytest.mark.xfail(strict=True, reason="open: a people's name that does not begin like its country's ('Filipinos', 'svenskar', 'Polaków')")),
    pytest.param('pl', 'Około 2400 Polaków straciło 38 mln zł.', [('amount_lost', '38000000'), ('victims', '2400')], marks=pytest.mark.xfail(strict=True, reason="open: a people's name that does not begin like its country's ('Filipinos', 'svenskar', 'Polaków')")),
    pytest.param('fr', 'Les enquêteurs ont surveillé 16 500 sites, dont 2 876 ont été fermés.', [('infrastructure_taken_down', '2876')], marks=pytest.mark.xfail(strict=True, reason="open: a part's deed with a verb not among the cues, or its verb before it ('davon wurden 1.200')")),
    pytest.param('sv', 'Polisen granskade 3 000 webbplatser, varav 1 200 stängdes ned.', [('infrastructure_taken_down', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a part's deed with a verb not among the cues, or its verb before it ('davon wurden 1.200')")),
    pytest.param('nl', 'De politie controleerde 3.000 websites, waarvan 1.200 offline werden gehaald.', [('infrastructure_taken_down', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a part's deed with a verb not among the cues, or its verb before it ('davon wurden 1.200')")),
    pytest.param('de', 'Die Ermittler prüften 3.000 Webseiten, davon wurden 1.200 abgeschaltet.', [('infrastructure_taken_down', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a part's deed with a verb not among the cues, or its verb before it ('davon wurden 1.200')")),
    pytest.param('vi', 'Cơ quan chức năng rà soát 3.000 trang web, trong đó 1.200 trang đã bị gỡ bỏ.', [('infrastructure_taken_down', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a part's deed with a verb not among the cues, or its verb before it ('davon wurden 1.200')")),
    pytest.param('es', 'Los agentes analizaron 5.000 páginas web, de las cuales 1.200 fueron bloqueadas.', [('infrastructure_taken_down', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a part's deed with a verb not among the cues, or its verb before it ('davon wurden 1.200')")),
    pytest.param('ar', 'فحصت الشرطة 3000 موقع، منها 1200 تم حجبها.', [('infrastructure_taken_down', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a part's deed with a verb not among the cues, or its verb before it ('davon wurden 1.200')")),
    pytest.param('pl', 'Policja sprawdziła 3000 stron, z których 1200 zablokowano.', [('infrastructure_taken_down', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a part's deed with a verb not among the cues, or its verb before it ('davon wurden 1.200')")),
    pytest.param('en', 'Police checked 3,000 suspicious websites, of which 1,200 were blocked.', [('infrastructure_taken_down', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a whole with no deed of its own keeps its noun's kind (its deed may come after the part)")),
    pytest.param('en', 'Police reviewed 2,000 fraudulent websites, of which 1,500 were taken down.', [('infrastructure_taken_down', '1500')], marks=pytest.mark.xfail(strict=True, reason="open: a whole with no deed of its own keeps its noun's kind (its deed may come after the part)")),
    pytest.param('en', 'Banks reviewed 1,680 suspected mule accounts, of which 830 were closed.', [('accounts_frozen', '830')], marks=pytest.mark.xfail(strict=True, reason="open: a whole with no deed of its own keeps its noun's kind (its deed may come after the part)")),
    pytest.param('en', 'Banks reviewed 1,680 mule accounts, of which 830 were closed.', [('accounts_frozen', '830')], marks=pytest.mark.xfail(strict=True, reason="open: a whole with no deed of its own keeps its noun's kind (its deed may come after the part)")),
    pytest.param('en', 'Banks reviewed 1,680 suspected mule accounts, 830 of which were closed.', [('accounts_frozen', '830')], marks=pytest.mark.xfail(strict=True, reason="open: a whole with no deed of its own keeps its noun's kind (its deed may come after the part)")),
    pytest.param('pt', 'Justiça manda bloquear sites que causaram prejuízo de R$ 2 milhões a consumidores.', [('amount_lost', '2000000')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): pt 'manda bloquear' said of sites whose losses a relative clause tells")),
    pytest.param('pt', 'STF manda bloquear perfis que desviaram R$ 3 milhões de aposentados.', [('amount_lost', '3000000')], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): pt 'manda bloquear' said of sites whose losses a relative clause tells")),
])
def test_thirteenth_review(lang, text, expected):
    got = sorted((k, str(v)) for k, v, _, _ in figs(text, lang))
    assert got == expected, got


# ---------------------------------------------------------------- fourteenth review
# An adversarial review of 9c1af89..6cc174a (Thai counts ending a long clause, years after rough words, customers of
# a bank who lost, hundreds of reports, things the criminals used, passives of sharing, the law's thresholds): 57
# sentences in 14 languages, 12 defects. Withdrawn after it: the law's threshold ("or more" with a prison term in the
# sentence dropped real amounts of sentencing news; zh/ja/ko "以上" is plain "over"), the passive of sharing after
# the things counted (said of sites the criminals spread) and the en/es words of things the criminals used. The
# Thai count now takes the cue of persons nearest it, after a word of reported speech, for persons only; files of
# analysis named so stay intelligence packages. Each sentence that failed after those changes failed before its
# fix; those still open are strict xfails, with why.
@pytest.mark.parametrize("lang, text, expected", [
    ('th', 'ผู้ต้องหารายนี้หลอกลวงผู้เสียหายด้วยการแอบอ้างเป็นเจ้าหน้าที่ธนาคารและกรมสรรพากรมาแล้ว 40 ราย', [('victims', '40')]),
    pytest.param('th', 'ผู้ต้องหาให้การว่าหลอกลวงผู้สูงอายุที่อาศัยอยู่ตามลำพังในต่างจังหวัดผ่านการโทรศัพท์มาแล้ว 70 ราย', [('victims', '70')], marks=pytest.mark.xfail(strict=True, reason="open: th a long clause's subject, reported speech or things counted read for the deed")),
    pytest.param('th', 'ผู้ต้องหารับสารภาพว่าเคยหลอกให้ประชาชนที่ต้องการกู้เงินด่วนโอนค่าธรรมเนียมให้ไปแล้ว 150 ราย', [('victims', '150')], marks=pytest.mark.xfail(strict=True, reason="open: th a long clause's subject, reported speech or things counted read for the deed")),
    pytest.param('th', 'ผู้ต้องหาใช้กลอุบายหลอกแรงงานไทยให้เดินทางไปทำงานที่กัมพูชาได้แล้ว 80 คน', [('victims', '80')], marks=pytest.mark.xfail(strict=True, reason="open: th a long clause's subject, reported speech or things counted read for the deed")),
    ('th', 'ผู้ต้องหาเปิดเผยว่าตนเองชักชวนคนรู้จักให้มาเปิดบัญชีม้ารับจ้างได้ 25 คน', []),
    ('th', 'ผู้ต้องหาให้การว่าเคยร่วมงานกับแก๊งคอลเซ็นเตอร์ที่มีสมาชิกชาวต่างชาติมาแล้ว 40 คน', []),
    ('th', 'ผู้เสียหายแจ้งความว่าถูกกลุ่มคนร้ายที่แอบอ้างเป็นเจ้าหน้าที่ตำรวจหลอกลวงโดยคนร้ายมีจำนวน 5 คน', []),
    ('th', 'ตำรวจลงพื้นที่ตรวจสอบบริษัทที่ต้องสงสัยว่าเป็นแหล่งฟอกเงินของแก๊งได้แล้ว 8 แห่ง', []),
    pytest.param('th', 'เจ้าหน้าที่ธนาคารให้ข้อมูลว่าลูกค้าที่ถูกมิจฉาชีพดูดเงินจากบัญชีผ่านแอปปลอมมีจำนวน 230 ราย', [('victims', '230')], marks=pytest.mark.xfail(strict=True, reason="open: th a long clause's subject, reported speech or things counted read for the deed")),
    pytest.param('th', 'ผู้ต้องหาหลบหนีออกนอกประเทศไปแล้ว 3 ราย', [], marks=pytest.mark.xfail(strict=True, reason="open: th a long clause's subject, reported speech or things counted read for the deed")),
    pytest.param('th', 'ตำรวจตรวจยึดซิมการ์ดโทรศัพท์มือถือและคอมพิวเตอร์รวม 350 ชิ้น', [], marks=pytest.mark.xfail(strict=True, reason="open: th a long clause's subject, reported speech or things counted read for the deed")),
    pytest.param('th', 'ตำรวจจับกุมสมาชิกแก๊งที่แอบอ้างเป็นพนักงานบริษัทขนส่ง ได้ 25 ราย', [('arrests', '25')], marks=pytest.mark.xfail(strict=True, reason='open: th a space before the result marker starts another sentence')),
    pytest.param('th', 'ตำรวจไซเบอร์จับกุมผู้ต้องหาที่เปิดบัญชีม้าให้กับแก๊งคอลเซ็นเตอร์ข้ามชาติ ได้ 18 ราย', [('arrests', '18')], marks=pytest.mark.xfail(strict=True, reason='open: th a space before the result marker starts another sentence')),
    ('en', 'The gang that stole $5 million or more was sentenced to 10 years in prison.', [('amount_lost', '5000000')]),
    ('en', 'Victims lost $2 million or more; the suspects face up to 20 years in prison.', [('amount_lost', '2000000')]),
    ('en', 'Prosecutors say the two suspects face up to 20 years in prison; victims lost $500,000 or more.', [('amount_lost', '500000')]),
    ('en', 'The scammers, who were jailed on Friday, stole $1.2 million or more from pensioners.', [('amount_lost', '1200000')]),
    ('zh', '被告人诈骗金额500万元以上，被判处有期徒刑12年。', [('amount_lost', '5000000')]),
    ('zh', '该团伙共骗取受害人资金1亿元以上，主犯被判处有期徒刑15年。', [('amount_lost', '100000000')]),
    ('ja', '被害額は計5億円以上に上り、男には懲役8年の判決が言い渡された。', [('amount_lost', '500000000')]),
    ('ko', '피해액은 30억 원 이상으로, 법원은 주범에게 징역 7년을 선고했다.', [('amount_lost', '3000000000')]),
    ('es', 'La red estafó 2 millones de euros o más a sus víctimas y sus líderes fueron condenados a 8 años de prisión.', [('amount_lost', '2000000')]),
    ('vi', 'Các đối tượng đã chiếm đoạt 300 tỷ đồng trở lên của hơn 5.000 bị hại, bị tuyên phạt tù 20 năm.', [('amount_lost', '300000000000'), ('victims', '5000')]),
    ('en', 'The gang controlled 120 domains, all of which were taken down on Tuesday.', [('infrastructure_taken_down', '120')]),
    ('en', 'The suspects used 200 phone numbers, which have since been disconnected.', [('infrastructure_taken_down', '200')]),
    ('en', 'The group ran 80 phishing sites; all were taken down by the NCA.', [('infrastructure_taken_down', '80')]),
    ('en', 'The criminals ran 50 fake shops, all of which have now been taken offline.', [('infrastructure_taken_down', '50')]),
    ('es', 'La organización disponía de 40 servidores que fueron desmantelados por la Policía.', [('infrastructure_taken_down', '40')]),
    pytest.param('es', 'Los agentes revisaron 5.000 cuentas bancarias, de las cuales 800 fueron bloqueadas.', [('accounts_frozen', '800')], marks=pytest.mark.xfail(strict=True, reason="open: a whole only checked keeps its noun's kind (its part's deed is not taken from it)")),
    pytest.param('it', 'Sono stati monitorati oltre 16.500 siti, 2.876 dei quali sono stati oscurati.', [('infrastructure_taken_down', '2876')], marks=pytest.mark.xfail(strict=True, reason="open: a whole only checked keeps its noun's kind (its part's deed is not taken from it)")),
    pytest.param('en', 'Police checked 1,200 bank accounts, of which 300 were frozen.', [('accounts_frozen', '300')], marks=pytest.mark.xfail(strict=True, reason="open: a whole only checked keeps its noun's kind (its part's deed is not taken from it)")),
    pytest.param('de', 'Die Ermittler prüften 4.000 Konten, davon wurden 900 eingefroren.', [('accounts_frozen', '900')], marks=pytest.mark.xfail(strict=True, reason="open: a whole only checked keeps its noun's kind (its part's deed is not taken from it)")),
    pytest.param('en', 'Investigators analysed 2,000 websites, 450 of which were blocked.', [('infrastructure_taken_down', '450')], marks=pytest.mark.xfail(strict=True, reason="open: a whole only checked keeps its noun's kind (its part's deed is not taken from it)")),
    pytest.param('fr', 'Les enquêteurs ont analysé 3 000 sites, dont 1 200 ont été fermés.', [('infrastructure_taken_down', '1200')], marks=pytest.mark.xfail(strict=True, reason="open: a whole only checked keeps its noun's kind (its part's deed is not taken from it)")),
    pytest.param('en', 'The pair were arrested and face 23 further charges of fraud.', [], marks=pytest.mark.xfail(strict=True, reason='open: charges counted past a word between the number and its noun; the accused counted')),
    pytest.param('pl', 'Zatrzymany usłyszał 12 kolejnych zarzutów oszustwa.', [], marks=pytest.mark.xfail(strict=True, reason='open: charges counted past a word between the number and its noun; the accused counted')),
    pytest.param('ru', 'Задержанным предъявлено 27 обвинений в мошенничестве.', [], marks=pytest.mark.xfail(strict=True, reason='open: charges counted past a word between the number and its noun; the accused counted')),
    pytest.param('uk', 'Затриманим повідомлено про 14 обвинувачень у шахрайстві.', [], marks=pytest.mark.xfail(strict=True, reason='open: charges counted past a word between the number and its noun; the accused counted')),
    pytest.param('cs', 'Policie zadržela dva muže, kterým bylo sděleno 12 obvinění z podvodu.', [('arrests', '2')], marks=pytest.mark.xfail(strict=True, reason='open: charges counted past a word between the number and its noun; the accused counted')),
    pytest.param('vi', 'Hệ thống cảnh báo sớm đã giúp tránh thiệt hại hơn 120 tỷ đồng cho khách hàng.', [('amount_disrupted', '120000000000')], marks=pytest.mark.xfail(strict=True, reason="open: vi money a victim was helped not to lose (withdrawn: also a victim's motive)")),
    pytest.param('vi', 'Nhờ phát hiện kịp thời, ngân hàng đã giúp khách hàng tránh được thiệt hại khoảng 15 tỷ đồng.', [('amount_disrupted', '15000000000')], marks=pytest.mark.xfail(strict=True, reason="open: vi money a victim was helped not to lose (withdrawn: also a victim's motive)")),
    pytest.param('tr', 'Interpol koordinasyonundaki operasyon 40 yetki alanını kapsadı.', [('countries', '40')], marks=pytest.mark.xfail(strict=True, reason="open: tr jurisdictions (withdrawn: also a domestic force's area)")),
    ('en', 'The FIU disseminated 650 intelligence reports on suspicious transactions to law enforcement.', [('intelligence_packages', '650')]),
    ('en', 'Europol produced 600 analytical reports on suspicious financial flows for the investigators.', [('intelligence_packages', '600')]),
    pytest.param('en', 'Some 300 residents protested after pensioners there lost £2 million.', [('amount_lost', '2000000')], marks=pytest.mark.xfail(strict=True, reason="open: persons' verb of losing past a longer noun phrase, or another group's verb")),
    pytest.param('en', 'Warnings were sent to 500 people after bank customers had lost $2 million.', [('amount_lost', '2000000')], marks=pytest.mark.xfail(strict=True, reason="open: persons' verb of losing past a longer noun phrase, or another group's verb")),
    pytest.param('en', 'About 1,300 bank customers targeted by the scam lost a combined $2.4 million.', [('amount_lost', '2400000'), ('victims', '1300')], marks=pytest.mark.xfail(strict=True, reason="open: persons' verb of losing past a longer noun phrase, or another group's verb")),
    pytest.param('en', 'Police said 150 customers of the Lagos-based lender together lost ₦40 million.', [('amount_lost', '40000000'), ('victims', '150')], marks=pytest.mark.xfail(strict=True, reason="open: persons' verb of losing past a longer noun phrase, or another group's verb")),
    pytest.param('es', 'Unos 300 clientes de la entidad en varias provincias perdieron 1,5 millones de euros.', [('amount_lost', '1500000'), ('victims', '300')], marks=pytest.mark.xfail(strict=True, reason="open: persons' verb of losing past a longer noun phrase, or another group's verb")),
    pytest.param('fr', "Au total, 400 clients de la banque en ligne ont perdu 2 millions d'euros.", [('amount_lost', '2000000'), ('victims', '400')], marks=pytest.mark.xfail(strict=True, reason="open: persons' verb of losing past a longer noun phrase, or another group's verb")),
    ('id', 'Kominfo telah menutup 1.200 situs penipuan yang dibagikan melalui WhatsApp.', [('infrastructure_taken_down', '1200')]),
    pytest.param('en', 'More than 500 fake websites have been shared on social media by the scammers.', [], marks=pytest.mark.xfail(strict=True, reason="open: a passive of sharing said of what the criminals spread, or 'provided by'")),
    pytest.param('id', 'Sebanyak 300 situs palsu telah dibagikan melalui grup WhatsApp oleh para pelaku.', [], marks=pytest.mark.xfail(strict=True, reason="open: a passive of sharing said of what the criminals spread, or 'provided by'")),
    pytest.param('en', 'Police took down 200 servers provided by a bulletproof hosting company.', [('infrastructure_taken_down', '200')], marks=pytest.mark.xfail(strict=True, reason="open: a passive of sharing said of what the criminals spread, or 'provided by'")),
    pytest.param('en', 'The gang has defrauded victims since at least 2021.', [], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): a year after a rough word at a sentence's end")),
    pytest.param('en', 'Scammers have targeted bank customers since about 2020, police said.', [], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): a year after a rough word at a sentence's end")),
    pytest.param('en', 'Since about 2020 some victims have been contacted again by the scammers.', [], marks=pytest.mark.xfail(strict=True, reason="open (wrong before too): a year after a rough word at a sentence's end")),
])
def test_fourteenth_review(lang, text, expected):
    got = sorted((k, str(v)) for k, v, _, _ in figs(text, lang))
    assert got == expected, got

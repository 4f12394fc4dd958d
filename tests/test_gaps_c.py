"""Kazakh and Uzbek (Latin and Cyrillic) names of bodies that had none in these languages (issue 12).

The names are in ``gazetteers/languages/<lang>/organisations-more.yaml``. Each case is a sentence as a
ministry statement, a news line or a post writes it (the source is cited where the wording is a published
one), with every mention that mention-guidelines.md expects, in order: given by its text and id, it must be
found at exactly that place and nothing else may be. The suffixes (genitive, dative, instrumental,
ablative, locative) are part of the span.
"""

from __future__ import annotations

import pytest

from conftest import expected_spans
from orgmentions import extract


CASES = [
    # --- Kazakh ----------------------------------------------------------------------------------
    pytest.param(
        # baq.kz, 14.10.2025: the FAO's Kazakh name with the genitive, and its acronym in brackets.
        "Сыртқы істер министрі Ермек Көшербаев БҰҰ Азық-түлік және ауыл шаруашылығы ұйымының (ФАО) Бас "
        "директоры Цюй Дунъюймен кездесті.",
        [("БҰҰ Азық-түлік және ауыл шаруашылығы ұйымының", "org:FAO"), ("ФАО", "org:FAO")],
        id="kk-fao-genitive",
    ),
    pytest.param(
        # kaz.inform.kz, 21.01.2026: the name in the nominative before the Russian letters in brackets.
        "Құжат Қазақстан Республикасының Халықаралық азаматтық авиация ұйымы (ИКАО) органдарының құрамында "
        "өкілдігі туралы мәселені ілгерілетуге бағытталған.",
        [("Қазақстан Республикасының", "country:KAZ"), ("Халықаралық азаматтық авиация ұйымы", "org:ICAO"),
         ("ИКАО", "org:ICAO")],
        id="kk-icao-news",
    ),
    pytest.param(
        "Мемлекет басшысы Азия инфрақұрылымдық инвестициялар банкінің президентімен кездесіп, Жаңа даму "
        "банкімен және Ислам даму банкінен алынатын қаржыландыруды талқылады.",
        [("Азия инфрақұрылымдық инвестициялар банкінің", "org:AIIB"), ("Жаңа даму банкімен", "org:NDB"),
         ("Ислам даму банкінен", "org:ISDB")],
        id="kk-banks-cases",
    ),
    pytest.param(
        "Қазақстан Халықаралық еңбек ұйымының 25 конвенциясын ратификациялады, Халықаралық көші-қон ұйымымен "
        "меморандумға қол қойды және Дүниежүзілік азық-түлік бағдарламасына жарна аударды.",
        [("Қазақстан", "country:KAZ"), ("Халықаралық еңбек ұйымының", "org:ILO"),
         ("Халықаралық көші-қон ұйымымен", "org:IOM"), ("Дүниежүзілік азық-түлік бағдарламасына", "org:WFP")],
        id="kk-un-agencies",
    ),
    pytest.param(
        # "Еуропалық Кеңес" (the EU's leaders), "ЕО Кеңесі" (its ministers) and "Еуропа Кеңесі" (Strasbourg).
        "Еуропалық Кеңестің шешімінен кейін ЕО Кеңесі санкцияларды бекітті, ал Еуропа Кеңесінің Парламенттік "
        "Ассамблеясы мен Еуропалық адам құқықтары соты бұл мәселені қарамады.",
        [("Еуропалық Кеңестің", "org:EUROPEAN_COUNCIL"), ("ЕО Кеңесі", "org:EU_COUNCIL"),
         ("Еуропа Кеңесінің Парламенттік Ассамблеясы", "org:PACE"), ("Еуропалық адам құқықтары соты", "org:ECTHR")],
        id="kk-european-bodies",
    ),
    pytest.param(
        # kaz.inform.kz, 06.03.2026, writes "Қызыл крест" with a small к: names match in any case after the first letter.
        "Мемлекет басшысы Халықаралық Қызыл крест комитетінің президенті Мирьяна Споляричпен кездесті.",
        [("Халықаралық Қызыл крест комитетінің", "org:ICRC")],
        id="kk-icrc",
    ),
    pytest.param(
        "Тәуелсіз Мемлекеттер Достастығы елдері мен Ұлттар Достастығына мүше Үндістан Қосылмау қозғалысының "
        "саммитінде кездесті.",
        [("Тәуелсіз Мемлекеттер Достастығы", "org:CIS"), ("Ұлттар Достастығына", "org:COMMONWEALTH"),
         ("Үндістан", "country:IND"), ("Қосылмау қозғалысының", "org:NAM")],
        id="kk-two-commonwealths",
    ),
    pytest.param(
        "химиялық қаруға тыйым салу жөніндегі ұйымның баяндамасын оқыдыңыз ба? дүниежүзілік зияткерлік меншік "
        "ұйымына да сұрақ бар",
        [("химиялық қаруға тыйым салу жөніндегі ұйымның", "org:OPCW"),
         ("дүниежүзілік зияткерлік меншік ұйымына", "org:WIPO")],
        id="kk-lower-case-post",
    ),
    # --- Uzbek, Latin script ------------------------------------------------------------------------
    pytest.param(
        # kun.uz, 18.05.2023.
        "Xalqaro fuqaro aviatsiyasi tashkiloti (IKAO) auditorlari O‘zbekistonga tashrif buyurishdi; IKAOning "
        "tekshiruvi ICAOga a’zo davlatlar uchun majburiy.",
        [("Xalqaro fuqaro aviatsiyasi tashkiloti", "org:ICAO"), ("IKAO", "org:ICAO"), ("O‘zbekistonga", "country:UZB"),
         ("IKAOning", "org:ICAO"), ("ICAOga", "org:ICAO")],
        id="uz-icao-news",
    ),
    pytest.param(
        # kknews.uz: "Butunjahon intellektual mulk tashkiloti (BIMT) bilan birgalikda".
        "Adliya vazirligi Butunjahon intellektual mulk tashkiloti (BIMT) bilan birgalikda konferensiya o‘tkazdi, "
        "BIMTning dasturi qo‘llab-quvvatlandi.",
        [("Butunjahon intellektual mulk tashkiloti", "org:WIPO"), ("BIMT", "org:WIPO"), ("BIMTning", "org:WIPO")],
        id="uz-wipo",
    ),
    pytest.param(
        # The OECD's name contains the ECO's words, not its name: each is found as its own body.
        "Iqtisodiy hamkorlik tashkilotining sammiti Toshkentda o‘tdi, Iqtisodiy hamkorlik va taraqqiyot "
        "tashkilotiga (IHTT) a’zolik esa kun tartibida emas.",
        [("Iqtisodiy hamkorlik tashkilotining", "org:ECO"),
         ("Iqtisodiy hamkorlik va taraqqiyot tashkilotiga", "org:OECD"), ("IHTT", "org:OECD")],
        id="uz-eco-and-oecd",
    ),
    pytest.param(
        "O‘zbekiston FATFga hisobot taqdim etdi, Yevroosiyo taraqqiyot bankiga a’zo bo‘ldi va Oliy Yevroosiyo "
        "iqtisodiy kengashining yig‘ilishida qatnashdi.",
        [("O‘zbekiston", "country:UZB"), ("FATFga", "org:FATF"), ("Yevroosiyo taraqqiyot bankiga", "org:EDB"),
         ("Oliy Yevroosiyo iqtisodiy kengashining", "org:SEEC")],
        id="uz-finance-eurasia",
    ),
    pytest.param(
        "Yevropa Ittifoqi Kengashi sanksiyalarni tasdiqladi, ariza esa Yevropa inson huquqlari sudiga "
        "yuborildi; Xalqaro Qizil Xoch qo‘mitasining vakili ham ishtirok etdi.",
        [("Yevropa Ittifoqi Kengashi", "org:EU_COUNCIL"), ("Yevropa inson huquqlari sudiga", "org:ECTHR"),
         ("Xalqaro Qizil Xoch qo‘mitasining", "org:ICRC")],
        id="uz-europe-icrc",
    ),
    pytest.param(
        "xalqaro migratsiya tashkiloti bilan loyiha boshlandi, jahon meteorologiya tashkilotining ma'lumotiga ko'ra "
        "qish iliq keladi",
        [("xalqaro migratsiya tashkiloti", "org:IOM"), ("jahon meteorologiya tashkilotining", "org:WMO")],
        id="uz-lower-case-post",
    ),
    # --- Uzbek, Cyrillic script --------------------------------------------------------------------------
    pytest.param(
        # sputniknews.uz, 25.09.2025 (the Latin letters ICAO of the source are the Russian ИКАО here).
        "Канаданинг Монреаль шаҳрида Халқаро фуқаро авиацияси ташкилоти (ИКАО) Ассамблеясининг 42 сессияси "
        "бўлиб ўтмоқда.",
        [("Канаданинг", "country:CAN"), ("Халқаро фуқаро авиацияси ташкилоти", "org:ICAO"), ("ИКАО", "org:ICAO")],
        id="uz-Cyrl-icao",
    ),
    pytest.param(
        # redcrescent.uz: "ХҚХҚнинг Европа ва Марказий Осиё бўйича минтақавий директори".
        "ХҚХҚнинг минтақавий директори Ўзбекистонда бўлди; Халқаро Қизил хоч қўмитасига миннатдорчилик "
        "билдирилди.",
        [("ХҚХҚнинг", "org:ICRC"), ("Ўзбекистонда", "country:UZB"), ("Халқаро Қизил хоч қўмитасига", "org:ICRC")],
        id="uz-Cyrl-icrc",
    ),
    pytest.param(
        "Ўзбекистон ФАТФга ҳисобот берди, ЮНИДОнинг вакили ва Иқтисодий ҳамкорлик ва тараққиёт ташкилотининг "
        "экспертлари Евроосиё тараққиёт банки лойиҳаларини кўриб чиқди.",
        [("Ўзбекистон", "country:UZB"), ("ФАТФга", "org:FATF"), ("ЮНИДОнинг", "org:UNIDO"),
         ("Иқтисодий ҳамкорлик ва тараққиёт ташкилотининг", "org:OECD"), ("Евроосиё тараққиёт банки", "org:EDB")],
        id="uz-Cyrl-finance",
    ),
    pytest.param(
        # "Европа Кенгаши" is told by its cues: the President Costa and Brussels, or Strasbourg and the Venice
        # Commission.
        "Европа Кенгаши раиси Антониу Кошта Брюсселда баёнот берди. Страсбургда эса Европа Кенгаши Венеция "
        "комиссиясининг хулосасини эълон қилди.",
        [("Европа Кенгаши", "org:EUROPEAN_COUNCIL"), ("Европа Кенгаши", "org:COE")],
        id="uz-Cyrl-two-european-councils",
    ),
    pytest.param(
        "Европа Кенгаши Парламент Ассамблеяси ва Европа инсон ҳуқуқлари судига мурожаат қилинди, БМТнинг "
        "Гиёҳванд моддалар ва жиноятчилик бошқармаси эса ҳисобот тайёрлади.",
        [("Европа Кенгаши Парламент Ассамблеяси", "org:PACE"), ("Европа инсон ҳуқуқлари судига", "org:ECTHR"),
         ("БМТнинг Гиёҳванд моддалар ва жиноятчилик бошқармаси", "org:UNODC")],
        id="uz-Cyrl-europe-unodc",
    ),
    pytest.param(
        "халқаро миграция ташкилотига аъзо бўлдик, жаҳон почта иттифоқининг маркалари ҳам чиқди",
        [("халқаро миграция ташкилотига", "org:IOM"), ("жаҳон почта иттифоқининг", "org:UPU")],
        id="uz-Cyrl-lower-case-post",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_sentence_gives_exactly_its_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.start, m.end, m.canonical_id) for m in extract(text).mentions if m.matched_by != "anaphora"]
    assert found == expected_spans(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # Kazakh "кеңесші" (adviser) begins with "кеңес" but takes no case ending of the Council's name.
        "Үкімет еуропалық кеңесшілерді шақырды, Еуропалық кеңесшілер тобы келді.",
        # A new development bank in general, written in lower case mid-sentence, is not the BRICS bank.
        "Облыс әкімдігі жаңа даму банкі құру туралы ұсыныс жасады.",
        # "Европа Кенгаши" without a cue of either body is left out.
        "Европа Кенгаши мажлиси бўлди.",
        "Yevropa Kengashi yig‘ildi.",
        # "Arktika kengliklari" are the Arctic latitudes.
        "Arktika kengliklarida havo sovuq bo‘ladi.",
    ],
)
def test_words_that_look_like_the_new_names_are_not_reported(text: str) -> None:
    assert extract(text).mentions == []

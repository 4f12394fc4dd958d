"""Round 9 (issue 12, "every language its users read"): Azerbaijani, Belarusian, Ukrainian and Uzbek
(Latin and Cyrillic) at first contact with bodies of the UN family, banks and European bodies that had
no name in these languages, country names CLDR lacks, and words that share letters with a name. The
sentences are written for these tests in the genres of the hidden sets (ministry statements, news,
encyclopedic pages, channel posts); each failed before its fix in the gazetteers.
"""

from __future__ import annotations

import pytest

from orgmentions import extract


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical_id) for m in extract(text)]


# --- Azerbaijani -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xarici İşlər Naziri Ceyhun Bayramov Beynəlxalq Miqrasiya Təşkilatının (BMqT) Baş direktoru ilə "
            "görüşüb; BMqT-nin Bakı ofisi layihələri təqdim edib.",
            [
                ("Beynəlxalq Miqrasiya Təşkilatının", "org:IOM"),
                ("BMqT", "org:IOM"),
                ("BMqT-nin", "org:IOM"),
            ],
        ),
        (
            "İqtisadi Əməkdaşlıq və İnkişaf Təşkilatının (İƏİT) hesabatında Azərbaycanın islahatları qeyd olunub.",
            [
                ("İqtisadi Əməkdaşlıq və İnkişaf Təşkilatının", "org:OECD"),
                ("İƏİT", "org:OECD"),
                ("Azərbaycanın", "country:AZE"),
            ],
        ),
        (
            "Avrasiya İnkişaf Bankından və Asiya İnfrastruktur İnvestisiya Bankından kredit alınıb; "
            "Avrasiya İqtisadi Komissiyasının nazirləri də iclasda olub.",
            [
                ("Avrasiya İnkişaf Bankından", "org:EDB"),
                ("Asiya İnfrastruktur İnvestisiya Bankından", "org:AIIB"),
                ("Avrasiya İqtisadi Komissiyasının", "org:EEC"),
            ],
        ),
        (
            "Avropa İttifaqı Şurasının qərarı ilə yeni paket qəbul edilib; BQXK-nın nümayəndəsi və ÜƏP-in "
            "əməkdaşları Qəzzaya yardım çatdırıb.",
            [
                ("Avropa İttifaqı Şurasının", "org:EU_COUNCIL"),
                ("BQXK-nın", "org:ICRC"),
                ("ÜƏP-in", "org:WFP"),
            ],
        ),
        (
            "Prezident Böyük Britaniyanın səfirini və BƏƏ-nin nümayəndə heyətini qəbul edib; KXDR-in raket "
            "sınağı İran İslam Respublikasının bəyanatında da xatırlanıb.",
            [
                ("Böyük Britaniyanın", "country:GBR"),
                ("BƏƏ-nin", "country:ARE"),
                ("KXDR-in", "country:PRK"),
                ("İran İslam Respublikasının", "country:IRN"),
            ],
        ),
    ],
)
def test_azerbaijani_bodies_and_country_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_azerbaijani_financial_adjective_and_coconut_are_no_countries() -> None:
    # "mali" is "financial", "hindistan cevizi" the coconut, "Çad gölü" Lake Chad; Mali the state still counts.
    text = (
        "Mali dəstək paketi təsdiqlənib, hökumət mali vəziyyəti sabitləşdirir. Hindistan cevizi ixracı artıb, "
        "Çad gölü quruyur. Mali Respublikası ilə əlaqələr genişlənir."
    )
    assert found(text) == [("Mali Respublikası", "country:MLI")]


# --- Belarusian --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Міністр замежных спраў сустрэўся з кіраўніком місіі Міжнароднай арганізацыі па міграцыі (МАМ) "
            "і прадстаўнікамі Міжнароднага камітэта Чырвонага Крыжа.",
            [
                ("Міжнароднай арганізацыі па міграцыі", "org:IOM"),
                ("МАМ", "org:IOM"),
                ("Міжнароднага камітэта Чырвонага Крыжа", "org:ICRC"),
            ],
        ),
        (
            # The OECD's name begins with the ECO's: the longer name wins, and no ECO is found.
            "Паводле даклада Арганізацыі эканамічнага супрацоўніцтва і развіцця (АЭСР), рост запаволіўся.",
            [("Арганізацыі эканамічнага супрацоўніцтва і развіцця", "org:OECD"), ("АЭСР", "org:OECD")],
        ),
        (
            "Пытанне абмяркоўвалі ў Радзе Бяспекі ААН, а Рада ЕС і Еўрапейская рада ўвялі новыя санкцыі.",
            [
                ("Радзе Бяспекі ААН", "org:UNSC"),
                ("Рада ЕС", "org:EU_COUNCIL"),
                ("Еўрапейская рада", "org:EUROPEAN_COUNCIL"),
            ],
        ),
        (
            "Беларусь выйшла з перамоваў з Радай Еўропы; Парламенцкая асамблея Рады Еўропы і Еўрапейскі суд па "
            "правах чалавека крытыкавалі рашэнне, а БДІПЧ АБСЕ не накіравала назіральнікаў.",
            [
                ("Беларусь", "country:BLR"),
                ("Радай Еўропы", "org:COE"),
                ("Парламенцкая асамблея Рады Еўропы", "org:PACE"),
                ("Еўрапейскі суд па правах чалавека", "org:ECTHR"),
                ("БДІПЧ", "org:ODIHR"),
                ("АБСЕ", "org:OSCE"),
            ],
        ),
    ],
)
def test_belarusian_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_belarusian_mothers_and_chili_are_no_mentions() -> None:
    # Lower case "мам" is "mothers", "чылі" the pepper; the capitalised letters and the country still count.
    text = "Для шматдзетных мам рыхтуюць соус з перцам чылі. Місія МАМ працуе ў Чылі і Перу."
    assert found(text) == [("МАМ", "org:IOM"), ("Чылі", "country:CHL"), ("Перу", "country:PER")]


# --- Ukrainian ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Україна направила запит до Інтерполу; Міжнародний комітет Червоного Хреста (МКЧХ) досі не має "
            "доступу до полонених.",
            [
                ("Україна", "country:UKR"),
                ("Інтерполу", "org:INTERPOL"),
                ("Міжнародний комітет Червоного Хреста", "org:ICRC"),
                ("МКЧХ", "org:ICRC"),
            ],
        ),
        (
            "Кредити надали Азійський банк розвитку, Ісламський банк розвитку та Азійський банк "
            "інфраструктурних інвестицій (АБІІ), а Казахстан отримав позику від Євразійського банку розвитку.",
            [
                ("Азійський банк розвитку", "org:ADB"),
                ("Ісламський банк розвитку", "org:ISDB"),
                ("Азійський банк інфраструктурних інвестицій", "org:AIIB"),
                ("АБІІ", "org:AIIB"),
                ("Казахстан", "country:KAZ"),
                ("Євразійського банку розвитку", "org:EDB"),
            ],
        ),
        (
            "Міністри закордонних справ ОДЕР-ГУАМ засудили рішення Міжпарламентської асамблеї СНД; Росію "
            "виключили з Великої вісімки ще у 2014 році.",
            [
                ("ОДЕР-ГУАМ", "org:GUAM"),
                ("Міжпарламентської асамблеї СНД", "org:CIS_IPA"),
                ("Росію", "country:RUS"),
                ("Великої вісімки", "org:G8"),
            ],
        ),
        (
            "Норвегія та Ісландія, члени Європейської асоціації вільної торгівлі (ЄАВТ), і Рада держав "
            "Балтійського моря підтримали Україну.",
            [
                ("Норвегія", "country:NOR"),
                ("Ісландія", "country:ISL"),
                ("Європейської асоціації вільної торгівлі", "org:EFTA"),
                ("ЄАВТ", "org:EFTA"),
                ("Рада держав Балтійського моря", "org:CBSS"),
                ("Україну", "country:UKR"),
            ],
        ),
    ],
)
def test_ukrainian_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_ukrainian_chili_pepper_is_no_country() -> None:
    text = "До страви додайте перець чилі. Посол Чилі зустрівся з представниками Аргентини."
    assert found(text) == [("Чилі", "country:CHL"), ("Аргентини", "country:ARG")]


# --- Uzbek (Latin and Cyrillic) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # XMT names both the IOM and the ILO: the definition, then the subject's words decide.
            "Tashqi ishlar vaziri Xalqaro migratsiya tashkiloti (XMT) bosh direktori bilan uchrashdi. "
            "XMT mehnat muhojirlari va migrantlarga yordam dasturini taqdim etdi.",
            [
                ("Xalqaro migratsiya tashkiloti", "org:IOM"),
                ("XMT", "org:IOM"),
                ("XMT", "org:IOM"),
            ],
        ),
        (
            "Xalqaro mehnat tashkiloti (XMT) paxta terimida majburiy mehnat tugatilganini tan oldi.",
            [("Xalqaro mehnat tashkiloti", "org:ILO"), ("XMT", "org:ILO")],
        ),
        (
            "O'zbekiston Yevroosiyo taraqqiyot bankiga a'zo bo'ldi; Iqtisodiy hamkorlik va taraqqiyot "
            "tashkilotining (IHTT) hisoboti ham e'lon qilindi.",
            [
                ("O'zbekiston", "country:UZB"),
                ("Yevroosiyo taraqqiyot bankiga", "org:EDB"),
                ("Iqtisodiy hamkorlik va taraqqiyot tashkilotining", "org:OECD"),
                ("IHTT", "org:OECD"),
            ],
        ),
        (
            "Yevropa Ittifoqi Kengashining qarori, Inson huquqlari bo'yicha Yevropa sudining hukmi va Xalqaro "
            "jinoyat sudining orderi muhokama qilindi; BMT Inson huquqlari kengashiga saylov bo'lib o'tdi.",
            [
                ("Yevropa Ittifoqi Kengashining", "org:EU_COUNCIL"),
                ("Inson huquqlari bo'yicha Yevropa sudining", "org:ECTHR"),
                ("Xalqaro jinoyat sudining", "org:ICC"),
                ("BMT Inson huquqlari kengashiga", "org:UNHRC"),
            ],
        ),
        (
            # YeKPA are the letters of Yevropa Kengashi Parlament Assambleyasi (PACE), not the European Council's.
            "Yevropa Kengashi Parlament Assambleyasi (YeKPA) sessiyasida Xalqaro Qizil Xoch qo'mitasining vakili "
            "so'zga chiqdi.",
            [
                ("Yevropa Kengashi Parlament Assambleyasi", "org:PACE"),
                ("YeKPA", "org:PACE"),
                ("Xalqaro Qizil Xoch qo'mitasining", "org:ICRC"),
            ],
        ),
        (
            "Халқаро миграция ташкилотининг (ХМТ) вакили мигрантларга ёрдам ҳақида гапирди; Европа Иттифоқи "
            "Кенгаши ва Евроосиё тараққиёт банки ҳам баёнот берди.",
            [
                ("Халқаро миграция ташкилотининг", "org:IOM"),
                ("ХМТ", "org:IOM"),
                ("Европа Иттифоқи Кенгаши", "org:EU_COUNCIL"),
                ("Евроосиё тараққиёт банки", "org:EDB"),
            ],
        ),
        (
            "Халқаро меҳнат ташкилоти (ХМТ) пахта теримида мажбурий меҳнат йўқлигини тасдиқлади; Халқаро Қизил "
            "Хоч қўмитаси ва Инсон ҳуқуқлари бўйича Европа суди ҳам тилга олинди.",
            [
                ("Халқаро меҳнат ташкилоти", "org:ILO"),
                ("ХМТ", "org:ILO"),
                ("Халқаро Қизил Хоч қўмитаси", "org:ICRC"),
                ("Инсон ҳуқуқлари бўйича Европа суди", "org:ECTHR"),
            ],
        ),
    ],
)
def test_uzbek_bodies_in_both_scripts(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# --- Joined endings the morphology did not read ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Azerbaijani predicate "is" (-dır/-dir/-dur/-dür), after a hyphen on an acronym too.
        (
            "Regionda sülhün əsas təminatçısı Azərbaycandır, ən böyük ticarət tərəfdaşı isə Rusiyadır. "
            "Bu təşəbbüsün müəllifi ATƏT-dir.",
            [("Azərbaycandır", "country:AZE"), ("Rusiyadır", "country:RUS"), ("ATƏT-dir", "org:OSCE")],
        ),
        # Uzbek predicate, question particle, "up to" and "like", in both scripts.
        (
            "Eng yirik investor Xitoydir. Keyingi sammit ShHTmi yoki BRICSmi? Rossiyagacha bo'lgan yo'l "
            "Qozog'istondek davlatlar uchun muhim.",
            [
                ("Xitoydir", "country:CHN"),
                ("ShHTmi", "org:SCO"),
                ("BRICSmi", "org:BRICS"),
                ("Rossiyagacha", "country:RUS"),
                ("Qozog'istondek", "country:KAZ"),
            ],
        ),
        (
            "Асосий ҳамкор Хитойдир. Навбатдаги учрашув ШҲТми ёки ТДТми? Россиягача бўлган масофа.",
            [("Хитойдир", "country:CHN"), ("ШҲТми", "org:SCO"), ("ТДТми", "org:OTS"), ("Россиягача", "country:RUS")],
        ),
    ],
)
def test_joined_endings_of_azerbaijani_and_uzbek(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_words_that_end_like_a_name_stay_words() -> None:
    # Azerbaijani "çadır" (tent) begins with Chad's name and ends in letters of the predicate ending; Uzbek
    # demonyms in -lik ("rossiyalik", of Russia) are adjectives.
    text = "Düşərgədə çadır quruldu. Rossiyalik diplomat va xitoylik investorlar Toshkentga keldi."
    assert found(text) == []


# --- Formal names of states, in the ministries' wording, and the UN organs by older or bare names -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Міністр підписав угоду з Федеративною Республікою Німеччина та провів консультації з Французькою "
            "Республікою і Королівством Саудівська Аравія; ОАЕ виступили посередником.",
            [
                ("Федеративною Республікою Німеччина", "country:DEU"),
                ("Французькою Республікою", "country:FRA"),
                ("Королівством Саудівська Аравія", "country:SAU"),
                ("ОАЕ", "country:ARE"),
            ],
        ),
        (
            "Пасол Беларусі ў Рэспубліцы Польшча сустрэўся з дэлегацыяй Ісламскай Рэспублікі Іран і Злучанага "
            "Каралеўства.",
            [
                ("Беларусі", "country:BLR"),
                ("Рэспубліцы Польшча", "country:POL"),
                ("Ісламскай Рэспублікі Іран", "country:IRN"),
                ("Злучанага Каралеўства", "country:GBR"),
            ],
        ),
        (
            "Prezident Almaniya Federativ Respublikasının və Fransa Respublikasının səfirlərini qəbul edib.",
            [("Almaniya Federativ Respublikasının", "country:DEU"), ("Fransa Respublikasının", "country:FRA")],
        ),
        (
            "Vazir Eron Islom Respublikasining va Ozarbayjon Respublikasining elchilarini qabul qildi; BAA bilan "
            "ham kelishuv imzolandi.",
            [
                ("Eron Islom Respublikasining", "country:IRN"),
                ("Ozarbayjon Respublikasining", "country:AZE"),
                ("BAA", "country:ARE"),
            ],
        ),
        (
            "Вазир Германия Федератив Республикаси ва Корея Республикаси элчилари билан учрашди.",
            [("Германия Федератив Республикаси", "country:DEU"), ("Корея Республикаси", "country:KOR")],
        ),
        (
            # milliyol.az quoting the MFA: the bare Security Council after the UN's Assembly; BMT Baş Məclisi
            # is the older name of the Assembly; BMT QAK the UNHCR's letters.
            "Məktubumuz BMT Baş Assambleyasının və Təhlükəsizlik Şurasının rəsmi sənədi kimi dərc olunacaq. "
            "BMT Baş Məclisinin 46-cı sessiyasında qətnamə qəbul edilib. BMT QAK-ın missiyası Füzuliyə gəlib.",
            [
                ("BMT Baş Assambleyasının", "org:UNGA"),
                ("Təhlükəsizlik Şurasının", "org:UNSC"),
                ("BMT Baş Məclisinin", "org:UNGA"),
                ("BMT QAK-ın", "org:UNHCR"),
            ],
        ),
    ],
)
def test_formal_state_names_and_un_organs(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_azerbaijans_own_security_council_is_not_the_uns() -> None:
    text = (
        "Prezident İlham Əliyevin sədrliyi ilə Təhlükəsizlik Şurasının iclası keçirilib. Sonra BMT-nin "
        "nümayəndəsi qəbul olunub."
    )
    assert found(text) == [("BMT-nin", "org:UN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2013-2022-yillarda Gruziyaning Xalqaro fuqaro aviatsiyasi tashkilotidagi doimiy vakili bo'lgan.",
            [("Gruziyaning", "country:GEO"), ("Xalqaro fuqaro aviatsiyasi tashkilotidagi", "org:ICAO")],
        ),
        (
            "Azərbaycan Beynəlxalq Mülki Aviasiya Təşkilatının Assambleyasında və Ümumdünya Əqli Mülkiyyət "
            "Təşkilatının sessiyasında iştirak edib.",
            [
                ("Azərbaycan", "country:AZE"),
                ("Beynəlxalq Mülki Aviasiya Təşkilatının", "org:ICAO"),
                ("Ümumdünya Əqli Mülkiyyət Təşkilatının", "org:WIPO"),
            ],
        ),
        (
            "Ўзбекистон Халқаро фуқаро авиацияси ташкилотининг кенгашига ва Жаҳон почта иттифоқига аъзо.",
            [
                ("Ўзбекистон", "country:UZB"),
                ("Халқаро фуқаро авиацияси ташкилотининг", "org:ICAO"),
                ("Жаҳон почта иттифоқига", "org:UPU"),
            ],
        ),
    ],
)
def test_specialised_agencies_in_azerbaijani_and_uzbek(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected

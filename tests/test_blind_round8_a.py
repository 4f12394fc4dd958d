"""Fixes found by the eighth-round blind sets of Kazakh, Kyrgyz, Tajik, Belarusian and Ukrainian (kk4,
ky4, tg4, be6, uk4), after those sets were scored at first contact. Every sentence was written for the
test, in the manner of the texts that failed, and failed before its fix.
"""

from __future__ import annotations

import pytest

from orgmentions import extract


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical_id) for m in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kazakh: the long names of specialised bodies, their letters, and the Olympic committee.
        ("Экономикалық ынтымақтастық және даму ұйымының баяндамасын ЭЫДҰ-ның сарапшылары дайындады.", [
            ("Экономикалық ынтымақтастық және даму ұйымының", "org:OECD"), ("ЭЫДҰ-ның", "org:OECD")]),
        ("Халықаралық олимпиада комитетінің шешімін ХОК-тың басшысы жариялады.", [
            ("Халықаралық олимпиада комитетінің", "org:IOC"), ("ХОК-тың", "org:IOC")]),
        ("Министрлік Халықаралық қылмыстық полиция ұйымына сұрау жіберді.", [
            ("Халықаралық қылмыстық полиция ұйымына", "org:INTERPOL")]),
        ("Сарапшылар БҰҰ-ның Есірткі және қылмыс жөніндегі басқармасының деректеріне сүйенді.", [
            ("БҰҰ-ның Есірткі және қылмыс жөніндегі басқармасының", "org:UNODC")]),
        ("Қазақстан Ядролық сынақтарға жан-жақты тыйым салу туралы шарт ұйымымен келісім жасады.", [
            ("Қазақстан", "country:KAZ"),
            ("Ядролық сынақтарға жан-жақты тыйым салу туралы шарт ұйымымен", "org:CTBTO")]),
        ("Солтүстік Атлант альянсының кеңейуі туралы ДДСҰ-ның емес, үкіметтің пікірі сұралды.", [
            ("Солтүстік Атлант альянсының", "org:NATO"), ("ДДСҰ-ның", "org:WHO")]),
    ],
)
def test_kazakh_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kyrgyz ДСУ is both the WHO and the WTO: the words around the letters tell which.
        ("Дүйнөлүк саламаттыкты сактоо уюмунун маалыматы боюнча, ДСУ кызамыкка каршы эмдөөгө чакырды.", [
            ("Дүйнөлүк саламаттыкты сактоо уюмунун", "org:WHO"), ("ДСУ", "org:WHO")]),
        ("Кыргызстан Дүйнөлүк соода уюмуна кирген; ДСУнун эрежелери экспорт тарифтерин чектейт.", [
            ("Кыргызстан", "country:KGZ"), ("Дүйнөлүк соода уюмуна", "org:WTO"), ("ДСУнун", "org:WTO")]),
        # The UN's programmes and agencies under their long names: one mention, not the UN and a second.
        ("БУУнун Айлана-чөйрө боюнча программасы жана ФАОнун эксперттери тоолор жөнүндө баяндама чыгарышты.", [
            ("БУУнун Айлана-чөйрө боюнча программасы", "org:UNEP"), ("ФАОнун", "org:FAO")]),
        ("Бириккен Улуттар Уюмунун Азык-түлүк жана айыл чарба уюму менен Бүткүл дүйнөлүк метеорологиялык "
         "уюму (ДМУ) биргелешип иштейт.", [
            ("Бириккен Улуттар Уюмунун Азык-түлүк жана айыл чарба уюму", "org:FAO"),
            ("Бүткүл дүйнөлүк метеорологиялык уюму", "org:WMO"), ("ДМУ", "org:WMO")]),
        ("Шаар Бириккен Улуттар Уюмунун Билим берүү, илим жана маданият маселелери боюнча уюмунун тизмесине кирди.", [
            ("Бириккен Улуттар Уюмунун Билим берүү, илим жана маданият маселелери боюнча уюмунун", "org:UNESCO")]),
    ],
)
def test_kyrgyz_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tajik: the EU's institutions by their own names, the EU inside them not a second mention.
        ("Комиссияи Аврупо ва Парлумони Аврупо лоиҳаро дастгирӣ карданд; Шӯрои Иттиҳоди Аврупо онро тасдиқ кард.", [
            ("Комиссияи Аврупо", "org:EU_COMMISSION"), ("Парлумони Аврупо", "org:EU_PARLIAMENT"),
            ("Шӯрои Иттиҳоди Аврупо", "org:EU_COUNCIL")]),
        ("Бонки аврупоии таҷдид ва рушд (БАТР) ба Тоҷикистон қарз дод.", [
            ("Бонки аврупоии таҷдид ва рушд", "org:EBRD"), ("БАТР", "org:EBRD"), ("Тоҷикистон", "country:TJK")]),
        ("Дафтари СММ оид ба маводи мухаддир ва ҷинояткорӣ бо САДА ҳамкорӣ мекунад.", [
            ("Дафтари СММ оид ба маводи мухаддир ва ҷинояткорӣ", "org:UNODC"), ("САДА", "org:CSTO")]),
        # "сада" in lower case is a century, not the CSTO.
        ("Дар садаи XXI Тоҷикистон СҶС-ро ҳадафи асосӣ донист.", [("Тоҷикистон", "country:TJK"), ("СҶС-ро", "org:WTO")]),
        # In a Russian headline in capitals САДА is "of a garden".
        ("ОТКРЫТИЕ ДЕТСКОГО САДА В ДУШАНБЕ", []),
        ("узбекистон ҳам узви сҷс мешавад", [("узбекистон", "country:UZB"), ("сҷс", "org:WTO")]),
    ],
)
def test_tajik_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Belarusian МАК is the IOC beside Olympic words; in a Russian report on a crash it is the aviation committee.
        ("Старшыня МАК заявіла, што спартсмены выступяць на Алімпійскіх гульнях у нейтральным статусе.", [
            ("МАК", "org:IOC")]),
        ("МАК начал расследование крушения самолёта.", []),
        # UEFA's Belarusian name begins with the EU's; Kuwait City is no mention of the state.
        ("Прадстаўнікі Еўрапейскага саюза футбольных асацыяцый і Еўрапейскага саюза сустрэліся ў горадзе Кувейт.", [
            ("Еўрапейскага саюза", "org:EU")]),
    ],
)
def test_belarusian_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kazakh: Мажарстан and Египет beside Венгрия and Мысыр; the DPRK's letters; Northern Cyprus is
        # not the Republic of Cyprus.
        ("Делегация Мажарстанға, Египетке және КХДР-ға барды.", [
            ("Мажарстанға", "country:HUN"), ("Египетке", "country:EGY"), ("КХДР-ға", "country:PRK")]),
        ("Солтүстік Кипр Түрік Республикасын Кипр Республикасы мойындамайды.", [
            ("Кипр Республикасы", "country:CYP")]),
        # Ukrainian: the FATF's long name in an oblique case, and Norway's formal name as one mention.
        ("Україна виконує рекомендації Групи з розробки фінансових заходів боротьби з відмиванням грошей.", [
            ("Україна", "country:UKR"),
            ("Групи з розробки фінансових заходів боротьби з відмиванням грошей", "org:FATF")]),
        ("Угоду підписано з Королівством Норвегія.", [("Королівством Норвегія", "country:NOR")]),
    ],
)
def test_country_forms_and_long_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected

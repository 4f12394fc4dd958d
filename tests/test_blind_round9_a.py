"""Fixes found by the ninth-round blind sets of Tajik, Kyrgyz, Kazakh, Uzbek and Azerbaijani (tg5, ky5,
kk5, uz6, az6), after those sets were scored at first contact. Every sentence was written for the test,
in the manner of the texts that failed, and failed before its fix.
"""

from __future__ import annotations

import pytest

from orgmentions import extract


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical_id) for m in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The letters СҲИ are the ECO's and the OIC's alike: the body the text defines or names near them.
        ("Вазирони хориҷии Созмони ҳамкории иқтисодӣ (СҲИ) дар Теҳрон ҷамъ омаданд. Котиботи СҲИ нақшаро пешниҳод кард.", [
            ("Созмони ҳамкории иқтисодӣ", "org:ECO"), ("СҲИ", "org:ECO"), ("СҲИ", "org:ECO")]),
        ("Созмони Ҳамкории Исломӣ (СҲИ) дар Ҷидда нишаст баргузор кард. Дабири кулли СҲИ суханронӣ кард.", [
            ("Созмони Ҳамкории Исломӣ", "org:OIC"), ("СҲИ", "org:OIC"), ("СҲИ", "org:OIC")]),
        # Agencies' letters and their other names.
        ("Барномаи ҷаҳонии озуқаворӣ (БҶО) ба мактабҳои Суғд орд фиристод; БҶО-ро ҳукумат ташаккур гуфт.", [
            ("Барномаи ҷаҳонии озуқаворӣ", "org:WFP"), ("БҶО", "org:WFP"), ("БҶО-ро", "org:WFP")]),
        ("Ташкилоти умумиҷаҳонии тандурустӣ (ТУТ) эмкунии кӯдаконро дастгирӣ мекунад; ТУТ ваксина фиристод.", [
            ("Ташкилоти умумиҷаҳонии тандурустӣ", "org:WHO"), ("ТУТ", "org:WHO"), ("ТУТ", "org:WHO")]),
        ("Коршиносони БРСММ дар Хатлон лоиҳаи обёриро арзёбӣ карданд.", [("БРСММ", "org:UNDP")]),
        # The same agencies in the other words and orders Tajik news write, and their letters.
        ("Созмони умумиҷаҳонии тандурустӣ (СУТ) ба Тоҷикистон сертификат дод; роҳбари СУТ ба Душанбе омад.", [
            ("Созмони умумиҷаҳонии тандурустӣ", "org:WHO"), ("СУТ", "org:WHO"), ("Тоҷикистон", "country:TJK"),
            ("СУТ", "org:WHO")]),
        ("Барномаи озуқавории ҷаҳонӣ ба ноҳияҳои кӯҳӣ орд расонд; БУО инчунин равған фиристод.", [
            ("Барномаи озуқавории ҷаҳонӣ", "org:WFP"), ("БУО", "org:WFP")]),
        ("Вазир бо намояндаи БОҶ СММ вохӯрд ва дар бораи боҷи гумрукӣ сухан нарафт.", [("БОҶ СММ", "org:WFP")]),
        ("Сафир дар Ташкилоти озуқаворӣ ва кишоварзии СММ дар Рим суханронӣ кард; ТОК лоиҳаро дастгирӣ кард.", [
            ("Ташкилоти озуқаворӣ ва кишоварзии СММ", "org:FAO"), ("ТОК", "org:FAO")]),
        # Formal country names in a statement's thanks.
        ("Ҷониби тоҷик аз Ҷумҳурии Исломии Покистон ва Ҷумҳурии Федеративии Олмон барои кӯмак сипосгузор аст.", [
            ("Ҷумҳурии Исломии Покистон", "country:PAK"), ("Ҷумҳурии Федеративии Олмон", "country:DEU")]),
        ("Сафири Шоҳигарии Нидерланд бо вазир вохӯрд; Нидерланд лоиҳаро маблағгузорӣ мекунад.", [
            ("Шоҳигарии Нидерланд", "country:NLD"), ("Нидерланд", "country:NLD")]),
        ("Президент эътимодномаи сафирони Подшоҳии Норвегия, Салтанати Умон ва Ҷумҳурии Австрияро қабул кард.", [
            ("Подшоҳии Норвегия", "country:NOR"), ("Салтанати Умон", "country:OMN"), ("Ҷумҳурии Австрияро", "country:AUT")]),
        ("Тоҷикистон созишномаи Ҷумҳурии Исломии Эрон ва Подшоҳии Арабистони Саудиро истиқбол кард.", [
            ("Тоҷикистон", "country:TJK"), ("Ҷумҳурии Исломии Эрон", "country:IRN"), ("Подшоҳии Арабистони Саудиро", "country:SAU")]),
    ],
)
def test_tajik_names_and_letters(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Not the body: the eco label on goods, in a text that names the ECO; the mulberry and Russian "here".
        "Дар мағоза маҳсулоти экологӣ бо тамғаи «ЭКО» фурӯхта мешавад, на бо номи Созмони ҳамкории иқтисодӣ.",
        "ТУТ И СЕЙЧАС: ЧТО ПРОИСХОДИТ НА РЫНКЕ",
        "Дар боғ дарахти тут ва зардолу мерӯяд.",
        "ТОК ОТКЛЮЧИЛИ В ТРЁХ РАЙОНАХ",
        "Дар ҳавлӣ ток ва тут сабз шуданд.",
    ],
)
def test_tajik_traps(text: str) -> None:
    assert not [pair for pair in found(text) if pair[1] in {"org:ECO", "org:WHO", "org:FAO"} and pair[0] != "Созмони ҳамкории иқтисодӣ"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("БУУнун Баңги заттар жана кылмыштуулук боюнча башкармалыгы Ош шаарында семинар өткөрдү.", [
            ("БУУнун Баңги заттар жана кылмыштуулук боюнча башкармалыгы", "org:UNODC")]),
        ("Кыргызстан ИКУнун саммитине делегация жиберди, ал эми ИКУ Палестина боюнча билдирүү жасады.", [
            ("Кыргызстан", "country:KGZ"), ("ИКУнун", "org:OIC"), ("ИКУ", "org:OIC"), ("Палестина", "country:PSE")]),
        ("Долбоорду АИИБ каржылайт; АИИБдин өкүлү Бишкекке келди.", [("АИИБ", "org:AIIB"), ("АИИБдин", "org:AIIB")]),
        ("Дүйнөлүк банк тобунун эксперттери Нарынга келишти.", [("Дүйнөлүк банк тобунун", "org:WORLD_BANK")]),
    ],
)
def test_kyrgyz_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жобаны АИИБ қаржыландырады, АИИБ-тің кеңсесі Бейжіңде орналасқан.", [
            ("АИИБ", "org:AIIB"), ("АИИБ-тің", "org:AIIB")]),
        # The possessive after a vowel, with a hyphen after letters ("the NATO of the region").
        ("Кейбір сарапшылар ҰҚШҰ-ны аймақтың НАТО-сы деп атайды, бірақ НАТО-сының құрылымы басқа.", [
            ("ҰҚШҰ-ны", "org:CSTO"), ("НАТО-сы", "org:NATO"), ("НАТО-сының", "org:NATO")]),
        ("АӨСШК саммитінде Азия кеңесін халықаралық ұйымға айналдыру талқыланды.", [
            ("АӨСШК", "org:CICA"), ("Азия кеңесін", "org:CICA")]),
    ],
)
def test_kazakh_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_kazakh_asia_council_needs_the_cica_near() -> None:
    assert found("Азия кеңесі футбол бойынша жаңа ережелерді бекітті.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("YTTB va OIIB Qashqadaryodagi shamol stansiyasini moliyalashtiradi; YTTBning vakili Toshkentga keldi.", [
            ("YTTB", "org:EBRD"), ("OIIB", "org:AIIB"), ("YTTBning", "org:EBRD")]),
        ("Loyihaga Jahon banki guruhi maslahat beradi.", [("Jahon banki guruhi", "org:WORLD_BANK")]),
        ("Лойиҳага Жаҳон банки гуруҳининг мутахассислари жалб қилинди.", [("Жаҳон банки гуруҳининг", "org:WORLD_BANK")]),
        ("Samarqand BMTning ta’lim, fan va madaniyat masalalari bo‘yicha tashkiloti ro‘yxatiga kiritilgan.", [
            ("BMTning ta’lim, fan va madaniyat masalalari bo‘yicha tashkiloti", "org:UNESCO")]),
        ("Бухоро Бирлашган Миллатлар Ташкилотининг таълим, фан ва маданият масалалари бўйича ташкилоти рўйхатида.", [
            ("Бирлашган Миллатлар Ташкилотининг таълим, фан ва маданият масалалари бўйича ташкилоти", "org:UNESCO")]),
    ],
)
def test_uzbek_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İslam İnkişaf Bankı (İİB) Azərbaycana kredit ayırıb; İİB-in nümayəndəsi Bakıya gəlib.", [
            ("İslam İnkişaf Bankı", "org:ISDB"), ("İİB", "org:ISDB"), ("Azərbaycana", "country:AZE"), ("İİB-in", "org:ISDB")]),
        ("AYİB Gürcüstana kredit ayırıb; Dünya Bankı Qrupunun ekspertləri də layihəyə qoşulub.", [
            ("AYİB", "org:EBRD"), ("Gürcüstana", "country:GEO"), ("Dünya Bankı Qrupunun", "org:WORLD_BANK")]),
        ("Qoşulmama Hərəkatının sammitində QH-nin sədrliyi Uqandaya keçib.", [
            ("Qoşulmama Hərəkatının", "org:NAM"), ("QH-nin", "org:NAM"), ("Uqandaya", "country:UGA")]),
    ],
)
def test_azerbaijani_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "üst" is a word (top, upper), not the WHO's letters in lower case; QH alone is an airline's code.
        "Hesabatdakı rəqəmlər yenə üst-üstə düşmür, ÜST isə susur.",
        "QH 123 reysi Hanoydan gecikməylə uçub.",
        "bu ayib deyil, hamı belə edir",  # "ayıb" (shame) typed without the Azerbaijani keyboard, not the EBRD
    ],
)
def test_azerbaijani_traps(text: str) -> None:
    assert ("üst", "org:WHO") not in found(text) and not [pair for pair in found(text) if pair[1] in {"org:NAM", "org:EBRD"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The possessive after a vowel ("the NATO of Asia") in the other Turkic languages, as in Kazakh.
        ("Baʼzi ekspertlar ShHTni Osiyoning NATOsi deb ataydi, ammo NATOsining tuzilishi boshqa.", [
            ("ShHTni", "org:SCO"), ("NATOsi", "org:NATO"), ("NATOsining", "org:NATO")]),
        ("Баъзи экспертлар ШҲТни Осиёнинг НАТОси деб атайди.", [("ШҲТни", "org:SCO"), ("НАТОси", "org:NATO")]),
        ("Bəzi ekspertlər ŞƏT-i Asiyanın NATO-su adlandırır, lakin NATO-sunun quruluşu başqadır.", [
            ("ŞƏT-i", "org:SCO"), ("NATO-su", "org:NATO"), ("NATO-sunun", "org:NATO")]),
        ("Айрым эксперттер ШКУну Азиянын НАТОсу деп аташат, бирок НАТОсунун түзүмү башка.", [
            ("ШКУну", "org:SCO"), ("НАТОсу", "org:NATO"), ("НАТОсунун", "org:NATO")]),
    ],
)
def test_turkic_possessive_after_a_vowel(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected

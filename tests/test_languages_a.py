"""Real sentences per added language: the ids and spans extract() must find.

Every sentence is quoted from the public source named beside it (news sites and ministry pages),
not written for the test; each language has one that names both countries and organisations. The
Portuguese acronyms that need Portuguese cues are expected to fail.
"""

from __future__ import annotations

import pytest

from orgmentions import extract

# (language, sentence, kinds checked, expected (id, surface) pairs). A kind is left unchecked when
# another session owns that language's organisation names.
ROWS = [
    pytest.param(
        "pt",
        # cenariomt.com.br, "China confirma ausência na cúpula do Brics no Rio" (2025)
        "O Brics conta hoje com onze membros, incluindo os cinco fundadores — Brasil, Rússia, Índia, China e "
        "África do Sul — e países que se juntaram mais recentemente, como Egito, Emirados Árabes Unidos, "
        "Arábia Saudita, Etiópia, Indonésia e Irã.",
        {"country", "organisation"},
        [("org:BRICS", "Brics"), ("country:BRA", "Brasil"), ("country:RUS", "Rússia"), ("country:IND", "Índia"),
         ("country:CHN", "China"), ("country:ZAF", "África do Sul"), ("country:EGY", "Egito"),
         ("country:ARE", "Emirados Árabes Unidos"), ("country:SAU", "Arábia Saudita"), ("country:ETH", "Etiópia"),
         ("country:IDN", "Indonésia"), ("country:IRN", "Irã")],
        id="pt",
    ),
    pytest.param(
        "pt",
        # clicrdc.com.br, "Brasil sedia nova cúpula do Brics" (2025): ONU and FMI are written alike in Spanish,
        # French and Portuguese; one ambiguity block each holds the cue words of all three
        "A presidência brasileira também defende avanços na reforma das instituições multilaterais, "
        "como a ONU e o FMI.",
        {"organisation"},
        [("org:UN", "ONU"), ("org:IMF", "FMI")],
        id="pt-acronyms-with-romance-cues",
    ),
    pytest.param(
        "de",
        # gnz.de (2023), on the Central Asian presidents in Berlin
        "Die Präsidenten der zentralasiatischen Staaten Kasachstan, Kirgisistan, Tadschikistan, Turkmenistan und "
        "Usbekistan sind am Freitag bei Kanzler Olaf Scholz zu Gast.",
        {"country", "organisation"},
        [("country:KAZ", "Kasachstan"), ("country:KGZ", "Kirgisistan"), ("country:TJK", "Tadschikistan"),
         ("country:TKM", "Turkmenistan"), ("country:UZB", "Usbekistan")],
        id="de",
    ),
    pytest.param(
        "de",
        # stern.de (2022), Putin and Xi in Samarkand
        "Anlass war der Gipfel der Shanghaier Organisation für Zusammenarbeit.",
        {"country", "organisation"},
        [("org:SCO", "Shanghaier Organisation für Zusammenarbeit")],
        id="de-organisation",
    ),
    pytest.param(
        "de",
        # daz.asia (2022), "Erdogan und Putin in Astana erwartet"
        "Allerdings hat die Organisation durch den Austritt Georgiens und der Ukraine in den vergangenen Jahren an "
        "Gewicht verloren",
        {"country"},
        [("country:GEO", "Georgiens"), ("country:UKR", "Ukraine")],
        id="de-genitive",
    ),
    pytest.param(
        "de",
        # fbdza.eu, "Verlässt der Satellit die Umlaufbahn? Kasachstan schließt Handelsvertretung in Russland" (2022)
        "Kasachstan – die größte und reichste ehemalige Sowjetrepublik in Zentralasien – sei Mitglied der Eurasischen "
        "Wirtschaftsunion, der OVKS und der GUS sowie anderer Staaten, die an Russland grenzen oder in der Region "
        "liegen.",
        {"country", "organisation"},
        [("country:KAZ", "Kasachstan"), ("org:EAEU", "Eurasischen Wirtschaftsunion"), ("org:CSTO", "OVKS"),
         ("org:CIS", "GUS"), ("country:RUS", "Russland")],
        id="de-countries-and-organisations",
    ),
    pytest.param(
        "uk",
        # slovoidilo.ua (2020), "Україна, Польща і Литва почали переговори в Любліні"
        "Україна, Польща і Литва почали переговори в Любліні",
        {"country", "organisation"},
        [("country:UKR", "Україна"), ("country:POL", "Польща"), ("country:LTU", "Литва")],
        id="uk",
    ),
    pytest.param(
        "uk",
        # censor.net (2025), joint statement of the Lublin Triangle
        "Міністри закордонних справ Литви, Польщі та України (Люблінського трикутника) рішуче засудили вторгнення "
        "російських безпілотників на територію Польщі",
        {"country"},
        [("country:LTU", "Литви"), ("country:POL", "Польщі"), ("country:UKR", "України"), ("country:POL", "Польщі")],
        id="uk-cases",
    ),
    pytest.param(
        "uk",
        # rubryka.com/2022/02/28, the MFA of Ukraine on the emergency special session of the General Assembly
        "Україна вітає рішення переважної більшості членів Ради Безпеки ООН, відповідно до якого з 28 лютого "
        "розпочинає роботу надзвичайна спеціальна сесія Генеральної Асамблеї ООН щодо вторгнення Росії в Україну.",
        {"country", "organisation"},
        [("country:UKR", "Україна"), ("org:UNSC", "Ради Безпеки ООН"), ("org:UNGA", "Генеральної Асамблеї ООН"),
         ("country:RUS", "Росії"), ("country:UKR", "Україну")],
        id="uk-countries-and-organisations",
    ),
    pytest.param(
        "be",
        # nashaniva.com/55874, on the SCO summit in Astana
        "Сябрамі ШОС з'яўляюцца Казахстан, КНР, Кыргызстан, Расія, Таджыкістан, Узбекістан.",
        {"country", "organisation"},
        [("org:SCO", "ШОС"), ("country:KAZ", "Казахстан"), ("country:CHN", "КНР"), ("country:KGZ", "Кыргызстан"),
         ("country:RUS", "Расія"), ("country:TJK", "Таджыкістан"), ("country:UZB", "Узбекістан")],
        id="be",
    ),
    pytest.param(
        "kk",
        # baq.kz (2025), 33 years of Kazakh-Russian diplomatic relations
        "Бүгін, 22 қазан күні, Қазақстан мен Ресей арасындағы дипломатиялық қатынастардың орнағанына 33 жыл толды",
        {"country"},
        [("country:KAZ", "Қазақстан"), ("country:RUS", "Ресей")],
        id="kk",
    ),
    pytest.param(
        "kk",
        # azattyq-ruhy.kz, fifth "Central Asia – China" foreign ministers' meeting
        "Оған Қазақстан, Қырғызстан, Тәжікстан, Түрікменстан, Өзбекстан және Қытайдың ведомство басшылары қатысты",
        {"country"},
        [("country:KAZ", "Қазақстан"), ("country:KGZ", "Қырғызстан"), ("country:TJK", "Тәжікстан"),
         ("country:TKM", "Түрікменстан"), ("country:UZB", "Өзбекстан"), ("country:CHN", "Қытайдың")],
        id="kk-suffix",
    ),
    pytest.param(
        "kk",
        # egemen.kz/article/249956, Kazakhstan takes over the CICA chairmanship (2020)
        "Кездесудің басты мақсаты АӨСШК-тегі төрағалықтың Тәжікстан Республикасынан Қазақстан Республикасына "
        "табысталуы болды.",
        {"country", "organisation"},
        [("org:CICA", "АӨСШК-тегі"), ("country:TJK", "Тәжікстан Республикасынан"),
         ("country:KAZ", "Қазақстан Республикасына")],
        id="kk-countries-and-organisations",
    ),
    pytest.param(
        "uz",
        # spain.mfa.uz, "O‘zbekiston-Qozog‘iston: Markaziy Osiyo ravnaqi yo‘lida"
        "O‘zbekiston va Qozog‘iston yetakchilari mintaqani mustahkamlash, shuningdek, xalqaro hamkorlikning tobora "
        "ommalashib borayotgan mexanizmiga aylanib borayotgan Maslahat uchrashuvlari va “Markaziy Osiyo plyus” "
        "platformalari doirasida saʼy-harakatlarni muvofiqlashtirish, global va mintaqaviy siyosat masalalarida "
        "bir-birini qo‘llab-quvvatlashga sodiqdirlar.",
        {"country"},
        [("country:UZB", "O‘zbekiston"), ("country:KAZ", "Qozog‘iston")],
        id="uz",
    ),
    pytest.param(
        "uz",
        # gk-usbekistan.de/uz (2022-09-13), the Samarkand summit
        "15-16 sentyabr kunlari O‘zbekiston Samarqand shahrida Shanxay hamkorlik tashkiloti sammitini qabul qiladi",
        {"country", "organisation"},
        [("country:UZB", "O‘zbekiston"), ("org:SCO", "Shanxay hamkorlik tashkiloti")],
        id="uz-countries-and-organisations",
    ),
    pytest.param(
        "uz-Cyrl",
        # sputniknews.uz/20250829, Mirziyoyev confirms he will attend the SCO summit in China
        "Ўзбекистон президенти Шавкат Мирзиёев Хитойда бўлиб ўтадиган Шанхай ҳамкорлик ташкилоти (ШҲТ) саммитида "
        "иштирок этишини маълум қилди.",
        {"country", "organisation"},
        [("country:UZB", "Ўзбекистон"), ("country:CHN", "Хитойда"), ("org:SCO", "Шанхай ҳамкорлик ташкилоти"),
         ("org:SCO", "ШҲТ")],
        id="uz-Cyrl-countries-and-organisations",
    ),
    pytest.param(
        "uz-Cyrl",
        # sputniknews.uz (2026-01-18), Saidov and Wang Yi by telephone
        "Ўзбекистон ва Хитой ташқи ишлар вазирлари телефон мулоқотида халқаро вазиятда уруш сояси пайдо бўлаётгани "
        "қайд этилди.",
        {"country"},
        [("country:UZB", "Ўзбекистон"), ("country:CHN", "Хитой")],
        id="uz-Cyrl",
    ),
    pytest.param(
        "ky",
        # seico.kg, "Кайсыл жерлерде иштейбиз"
        "Кыргызстан Орто Азияда жайгашып, Казахстан, Өзбекстан, Тажикстан жана Кытай мамлекеттери менен чектешет.",
        {"country"},
        [("country:KGZ", "Кыргызстан"), ("country:KAZ", "Казахстан"), ("country:UZB", "Өзбекстан"),
         ("country:TJK", "Тажикстан"), ("country:CHN", "Кытай")],
        id="ky",
    ),
    pytest.param(
        "ky",
        # 24.kg/kyrgyzcha/341649 (2025-08-31), the SCO chairmanship passes to Kyrgyzstan
        "Шанхай кызматташтык уюмуна (ШКУ) 2025-2026-жылдары төрагалык кылуу Кытайдан Кыргызстанга өтөт.",
        {"country", "organisation"},
        [("org:SCO", "Шанхай кызматташтык уюмуна"), ("org:SCO", "ШКУ"), ("country:CHN", "Кытайдан"),
         ("country:KGZ", "Кыргызстанга")],
        id="ky-countries-and-organisations",
    ),
    pytest.param(
        "tg",
        # sputnik.tj (2025-04-25), Mishustin on Tajikistan
        "Мишустин: Тоҷикистон як шарики муҳими Русия дар Осиёи Марказӣ аст",
        {"country"},
        [("country:TJK", "Тоҷикистон"), ("country:RUS", "Русия")],
        id="tg",
    ),
    pytest.param(
        "tg",
        # khovar.tj/2021/06, twenty years of the SCO (АМИТ «Ховар»)
        "Маҳз дар ҳамин рӯз, 15 июни соли 2001 дар мулоқоти сарони давлатҳои Чин, Қазоқистон, Қирғизистон, Россия, "
        "Тоҷикистон ва Ӯзбекистон баёния дар бораи таъсиси СҲШ имзо карда шуд.",
        {"country", "organisation"},
        [("country:CHN", "Чин"), ("country:KAZ", "Қазоқистон"), ("country:KGZ", "Қирғизистон"),
         ("country:RUS", "Россия"), ("country:TJK", "Тоҷикистон"), ("country:UZB", "Ӯзбекистон"), ("org:SCO", "СҲШ")],
        id="tg-countries-and-organisations",
    ),
    pytest.param(
        "hy",
        # henaran.am/328346, Zarif in Yerevan
        "Այսօր՝ նոյեմբերի 28-ին՝ Հայաստան է ժամանել Իրանի ԱԳ նախարար Մոհամմադ Ջավադ Զարիֆը։",
        {"country"},
        [("country:ARM", "Հայաստան"), ("country:IRN", "Իրանի")],
        id="hy",
    ),
    pytest.param(
        "az",
        # amerikaninsesi.org, trilateral meeting of foreign ministers
        "Azərbaycan, Türkiyə və Gürcüstan xarici işlər nazirləri görüşəcək",
        {"country"},
        [("country:AZE", "Azərbaycan"), ("country:TUR", "Türkiyə"), ("country:GEO", "Gürcüstan")],
        id="az",
    ),
    pytest.param(
        "ka",
        # 1tv.ge, Zalkaliani's visit to Azerbaijan
        "მონაწილეობას მიიღებს საქართველო-აზერბაიჯანი-თურქეთის სამმხრივ საგარეო საქმეთა მინისტერიალის მე-9 შეხვედრაში.",
        {"country"},
        [("country:GEO", "საქართველო"), ("country:AZE", "აზერბაიჯანი"), ("country:TUR", "თურქეთის")],
        id="ka",
    ),
    pytest.param(
        "zh",
        # sputniknews.cn (2026-02-02), on the SCO
        "上海合作组织是一个成立于2001年的国际组织,成员国包括白俄罗斯、印度、伊朗、哈萨克斯坦、中国、吉尔吉斯斯坦、俄罗斯、"
        "塔吉克斯坦、巴基斯坦和乌兹别克斯坦。",
        {"country"},
        [("country:BLR", "白俄罗斯"), ("country:IND", "印度"), ("country:IRN", "伊朗"), ("country:KAZ", "哈萨克斯坦"),
         ("country:CHN", "中国"), ("country:KGZ", "吉尔吉斯斯坦"), ("country:RUS", "俄罗斯"),
         ("country:TJK", "塔吉克斯坦"), ("country:PAK", "巴基斯坦"), ("country:UZB", "乌兹别克斯坦")],
        id="zh",
    ),
    pytest.param(
        "zh-Hant",
        # cna.com.tw (2022-03-28), the meeting of Afghanistan's neighbours
        "包括巴基斯坦、伊朗、俄羅斯、塔吉克、土庫曼、烏茲別克共6國外長或代表將出席。",
        {"country"},
        [("country:PAK", "巴基斯坦"), ("country:IRN", "伊朗"), ("country:RUS", "俄羅斯"), ("country:TJK", "塔吉克"),
         ("country:TKM", "土庫曼"), ("country:UZB", "烏茲別克")],
        id="zh-Hant",
    ),
    pytest.param(
        "ar",
        # darelhilal.com/News/2403857, BRICS foreign ministers in Nizhny Novgorod
        "والآن تشمل الأعضاء الكاملين في الجمعية البرازيل وروسيا والهند والصين وجنوب أفريقيا ومصر وإيران والإمارات "
        "العربية المتحدة والمملكة العربية السعودية وإثيوبيا.",
        {"country"},
        [("country:BRA", "البرازيل"), ("country:RUS", "روسيا"), ("country:IND", "الهند"), ("country:CHN", "الصين"),
         ("country:ZAF", "جنوب أفريقيا"), ("country:EGY", "مصر"), ("country:IRN", "إيران"),
         ("country:ARE", "الإمارات العربية المتحدة"), ("country:SAU", "المملكة العربية السعودية"),
         ("country:ETH", "إثيوبيا")],
        id="ar",
    ),
]


def _spans(sentence: str, expected: list[tuple[str, str]]) -> list[tuple[str, int, int]]:
    """Expected (id, start, end): the surfaces are listed in text order, each found after the previous one
    (so "俄罗斯" is not looked for inside "白俄罗斯")."""
    spans, cursor = [], 0
    for entity_id, surface in expected:
        start = sentence.index(surface, cursor)
        cursor = start + len(surface)
        spans.append((entity_id, start, cursor))
    return spans


@pytest.mark.parametrize(("lang", "sentence", "kinds", "expected"), ROWS)
def test_a_real_sentence_gives_its_ids_and_spans(lang: str, sentence: str, kinds: set[str], expected) -> None:
    found = [
        (mention.canonical_id, mention.start, mention.end)
        for mention in extract(sentence).mentions
        if mention.kind in kinds
    ]
    assert found == _spans(sentence, expected), lang


def test_no_listed_name_is_the_tail_of_a_name_split_at_its_comma() -> None:
    """An unquoted comma in a YAML flow list ("[... освіти, науки і культури]") makes two names, the second
    in lower case ("науки і культури" would then be UNESCO everywhere). Georgian letters count as lower case; a name
    written in lower case on purpose says `case: exact` ("банк БРИКС")."""
    from orgmentions.gazetteer import Gazetteer

    split = [
        (entity.id, alias.text)
        for entity in Gazetteer.load()
        for alias, alias_type in entity.all_aliases()
        if alias_type == "name" and alias.text[0].islower() and alias.lang != "ka" and alias.case != "exact"
    ]
    assert not split, split

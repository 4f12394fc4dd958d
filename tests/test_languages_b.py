"""Organisation names in Chinese, Arabic and the languages of Central Asia and the Caucasus.

One real sentence per language (the source is cited beside it), with the organisation mentions
that mention-guidelines.md expects: each is given by its text, in order, and must be found at
exactly that place. Sentences whose mentions need the per-language morphology (suffixes joined
to a name, Arabic joined prefixes, scripts without capital letters) were expected to fail until
it landed; those still marked wait for the matching core.
"""

from __future__ import annotations

import pytest

from conftest import expected_spans
from orgmentions import extract

def _lead(why: str) -> pytest.MarkDecorator:
    """A case that waits for the matching core (morphology, spans), with what it needs."""
    return pytest.mark.xfail(strict=False, reason=f"morphology: lead ({why})")


CASES = [
    # aikyn.kz/255894/yntymak-tastyk-tyn--zhan-a-bag-yty
    pytest.param(
        "kk",
        "21 қыркүйек күні Нью-Йоркте БҰҰ Бас Ассамблеясының жоғары деңгейдегі апталығы аясында Азиядағы өзара "
        "іс-қимыл және сенім шаралары кеңесінің (АӨСШК) Министрлер кеңесінің бейресми отырысы өтеді.",
        [
            ("БҰҰ Бас Ассамблеясының", "org:UNGA"),
            ("Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің", "org:CICA"),
            ("АӨСШК", "org:CICA"),
        ],
        id="kk",
    ),
    # kaz.inform.kz, "Қазақстан әлемнің 187 елімен дипломатиялық қатынастар орнатқан"
    pytest.param(
        "kk",
        "Бүгінде Қазақстан Еуразиялық экономикалық одақ, Шанхай ынтымақтастық ұйымы, Ислам ынтымақтастық ұйымы, "
        "Азиядағы өзара іс-қимыл және сенім шаралары кеңесі сынды 200-ге жуық халықаралық және өңірлік "
        "ұйымдардың, оның ішінде БҰҰ-ның мамандандырылған мекемелері мен бағдарламаларының мүшесі.",
        [
            ("Еуразиялық экономикалық одақ", "org:EAEU"),
            ("Шанхай ынтымақтастық ұйымы", "org:SCO"),
            ("Ислам ынтымақтастық ұйымы", "org:OIC"),
            ("Азиядағы өзара іс-қимыл және сенім шаралары кеңесі", "org:CICA"),
            ("БҰҰ-ның", "org:UN"),  # an ending is part of the span, after a hyphen too (as joined: "ШЫҰға")
        ],
        id="kk-hyphen",
    ),
    # azattyk.org/a/31418903.html (Kyrgyz service of RFE/RL)
    pytest.param(
        "ky",
        "ЕАЭБ 2010-жылы Беларустун, Казакстандын жана Орусиянын Бажы биримдиги катары түзүлгөн.",
        [("ЕАЭБ", "org:EAEU")],
        id="ky",
    ),
    # 24.kg/kyrgyzcha/341649
    pytest.param(
        "ky",
        "Шанхай кызматташтык уюмуна (ШКУ) 2025-2026-жылдары төрагалык кылуу Кытайдан Кыргызстанга өтөт.",
        [("Шанхай кызматташтык уюмуна", "org:SCO"), ("ШКУ", "org:SCO")],
        id="ky-suffix",
    ),
    # uzbekistan.travel/uz/o/toshkent-va-samarqand-mdh-poytaxtlari-etib-belgilandi
    pytest.param(
        "uz",
        "2024-yilda Toshkent MDH yoshlar poytaxti bo‘ladi, Samarqand esa – Hamdoʻstlikning madaniy poytaxti, "
        "bu haqda 14-aprel kuni Mustaqil Davlatlar Hamdo‘stligi (MDH) Tashqi ishlar vazirlari kengashi "
        "yig‘ilishida ma’lum bo‘ldi.",
        [("MDH", "org:CIS"), ("Mustaqil Davlatlar Hamdo‘stligi", "org:CIS"), ("MDH", "org:CIS")],
        id="uz",
    ),
    # uztag.info: "Ўзбекистон делегацияси ШҲТ аъзо давлатлар ташқи ишлар вазирлари кенгаши йиғилишида қатнашади"
    pytest.param(
        "uz-Cyrl",
        "Ўзбекистон делегацияси Шанхай ҳамкорлик ташкилотига аъзо давлатлар ташқи ишлар вазирлари кенгаши "
        "(ШҲТ ТИВК) йиғилишида қатнашади",
        [("Шанхай ҳамкорлик ташкилотига", "org:SCO"), ("ШҲТ", "org:SCO")],
        id="uz-Cyrl",
    ),
    # sputnik.tj/amp/20190930/Muhriddin-Tojikiston-New-York-ifrotgaroi-muboriza-mebarad-1029949425.html
    pytest.param(
        "tg",
        "Рӯзи 27 сентябри 2019 дар ҳошияи иҷлоси 74-юми Маҷмаи Умумии СММ вазири корҳои хориҷии Тоҷикистон "
        "Сироҷиддин Муҳриддин дар мулоқоти солонаи вазирони корҳои хориҷии Созмони Ҳамкории Исломӣ (СҲИ) "
        "иштирок ва суханронӣ намуд.",
        [("Маҷмаи Умумии СММ", "org:UNGA"), ("Созмони Ҳамкории Исломӣ", "org:OIC"), ("СҲИ", "org:OIC")],
        id="tg",
    ),
    # ain.az/article/21950779
    pytest.param(
        "az",
        "BMT Təhlükəsizlik Şurasına (TŞ) sədrlik Rusiyaya keçib.",
        [("BMT Təhlükəsizlik Şurasına", "org:UNSC")],
        id="az",
    ),
    # zeferinfo.az, "Azərbaycan İslam Əməkdaşlıq Təşkilatına sədrlik edəcək"
    pytest.param(
        "az",
        "Azərbaycan 2026-cı ildə İslam Əməkdaşlıq Təşkilatına (İƏT) sədrlik edəcək.",
        [("İslam Əməkdaşlıq Təşkilatına", "org:OIC"), ("İƏT", "org:OIC")],
        id="az-dotted-i",
    ),
    # mfa.am/hy/press-releases/2022/11/22/csto/11739
    pytest.param(
        "hy",
        "Այսօր մենք անցկացնում ենք արտաքին գործերի նախարարների հանդիպումը, իսկ վաղն առկա ձևաչափով տեղի "
        "կունենա ՀԱՊԿ արտաքին գործերի նախարարների խորհրդի, պաշտպանության նախարարների խորհրդի և անվտանգության "
        "խորհրդի քարտուղարների կոմիտեի հերթական համատեղ նիստը:",
        [("ՀԱՊԿ", "org:CSTO")],
        id="hy",
    ),
    # arm.sputniknews.ru/amp/20220213/rusastany-kavelacni-hapk-i-neruzhy-dashnakicneri-anvtangutjan-hamar-38642349.html
    pytest.param(
        "hy",
        "«Մենք նպատակ ունենք ամրապնդել Հավաքական անվտանգության պայմանագրի կազմակերպության (ՀԱՊԿ) անվտանգության "
        "համակարգը՝ զարգացնելով դրա կարողությունները՝ ի շահ Ռուսաստանի և նրա դաշնակիցների»,- ասել է ռուս "
        "դիվանագետը։",
        [("Հավաքական անվտանգության պայմանագրի կազմակերպության", "org:CSTO"), ("ՀԱՊԿ", "org:CSTO")],
        id="hy-stem",
    ),
    # ajaratv.ge/article/36304
    pytest.param(
        "ka",
        "ნატო საქართველოს ტერიტორიულ მთლიანობას და სუვერენიტეტს მხარდაჭერას დღეს კიდევ ერთხელ გამოუცხადებს",
        [("ნატო", "org:NATO")],
        id="ka",
    ),
    # civil.ge/ka/archives/558179
    pytest.param(
        "ka",
        "ორივე მხარე – საქართველო და ევროკავშირი – თანხმდება, რომ ახლა მათი ურთიერთობებისთვის მნიშვნელოვანი "
        "მომენტია.",
        [("ევროკავშირი", "org:EU")],
        id="ka-nominative",
    ),
    # mfa.gov.ge, "საქართველო ნატო-ს ურთიერთობები"
    pytest.param(
        "ka",
        "საქართველოს საგარეო და უსაფრთხოების პოლიტიკის ერთ-ერთ მთავარ პრიორიტეტს წარმოადგენს "
        "ჩრდილოატლანტიკური ხელშეკრულების ორგანიზაციაში გაწევრიანება.",
        [("ჩრდილოატლანტიკური ხელშეკრულების ორგანიზაციაში", "org:NATO")],
        id="ka-adjective",
    ),
    # news.news9.cn/zh/2023/0306/147943.html (财富时报)
    pytest.param(
        "zh",
        "上合组织全称为上海合作组织,在最近的会议上,除了沙特阿拉伯以及埃及准备加入外,俄罗斯已经同意伊朗成为上合组织正式成员。",
        [("上合组织", "org:SCO"), ("上海合作组织", "org:SCO"), ("上合组织", "org:SCO")],
        id="zh",
    ),
    # hkcrunch.com, "聯合國安理會深切關注烏克蘭的和平與安全"
    pytest.param(
        "zh-Hant",
        "聯合國安理會通過涉及烏克蘭局勢的聲明,表示對維護烏克蘭和平與安全深表關切,對聯合國秘書長尋求和平解決方案的努力,表示強烈支持。",
        [("聯合國安理會", "org:UNSC"), ("聯合國", "org:UN")],
        id="zh-Hant",
    ),
    # news.ltn.com.tw/news/politics/breakingnews/5281201 — a Latin acronym between full-width brackets
    pytest.param(
        "zh-Hant",
        "為展現對亞太經濟合作（APEC）的重視，並持續協助其他APEC會員進行能力建構，我國政府決定今年捐助65萬美元予APEC。",
        [("亞太經濟合作", "org:APEC"), ("APEC", "org:APEC"), ("APEC", "org:APEC"), ("APEC", "org:APEC")],
        id="zh-Hant-latin",
    ),
    # gcc-sg.org, statement of the GCC Ministerial Council, 13 October 2011
    pytest.param(
        "ar",
        "وبعد التنسيق والتشاور بين وزراء خارجية مجلس التعاون لدول الخليج العربية، فإن دول المجلس تطلب عقد "
        "اجتماع فوري لمجلس جامعة الدول العربية على مستوى وزراء الخارجية",
        [("مجلس التعاون لدول الخليج العربية", "org:GCC"), ("جامعة الدول العربية", "org:LAS")],
        id="ar",
    ),
    # kuwaitnews.com/124651 — "and the European Union": the joined و is not part of the span
    pytest.param(
        "ar",
        "وقال البديوي في بيان صحفي اليوم الأربعاء إن الاجتماع سيشارك به وزراء خارجية الدول الأعضاء في مجلس "
        "التعاون والاتحاد الأوروبي",
        [("مجلس التعاون", "org:GCC"), ("الاتحاد الأوروبي", "org:EU")],
        id="ar-prefix",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_organisations_of_a_real_sentence(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.start, m.end, m.canonical_id) for m in extract(text).mentions if m.kind == "organisation"]
    assert found == expected_spans(text, expected), lang


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Tajik СҲИ also abbreviates Созмони Ҳамкории Иқтисодӣ (ECO): with no sign of the OIC it is left alone.
        ("Тоҷикистон узви СҲИ аст ва дар ҳамкории иқтисодӣ фаъол аст.", "СҲИ"),
        # Tajik СММ (the UN) is Russian СММ ОБСЕ, the OSCE monitoring mission.
        ("Наблюдатели СММ ОБСЕ зафиксировали нарушения режима прекращения огня в Донбассе.", "СММ"),
        # Tajik СПАД (the CSTO) is Russian "спад" in a headline in capitals.
        ("СПАД ПРОИЗВОДСТВА В РОССИИ ЗАМЕДЛИЛСЯ", "СПАД"),
        # Azerbaijani MDB (the CIS) is "multilateral development bank" in English.
        ("Leaders called for MDB reform to scale up lending to India and other developing countries.", "MDB"),
        # Tajik ИА (the EU) is the Russian "информационное агентство".
        ("Как сообщает ИА REGNUM, в Москве прошла встреча министров.", "ИА"),
        # Uzbek and Azerbaijani BMT (the UN) is US Air Force Basic Military Training.
        ("More than 600 trainees graduated from BMT at Lackland, Texas, on Friday.", "BMT"),
        # Chinese has no spaces: 北约 (NATO) is not in 东北约有 ("the Northeast has about"), nor 非盟 (AU) in
        # 南非盟友 ("South Africa's allies").
        ("中国东北约有一亿人口。", "北约"),  # 东北 (the Northeast) starts first and wins the overlap
        ("美国与南非盟友举行会谈。", "非盟"),  # 南非 (South Africa) starts first and wins the overlap
    ],
)
def test_the_letters_of_a_name_in_another_sense_are_not_reported(text: str, absent: str) -> None:
    assert all(m.text != absent for m in extract(text).mentions)


@pytest.mark.parametrize(
    ("text", "surface", "canonical_id"),
    [
        # insider.az, "Düşənbədə MDB Xarici İşlər Nazirləri Şurasının iclası başlayıb"
        ("Tacikistanın paytaxtı Düşənbədə MDB Xarici İşlər Nazirləri Şurasının iclası başlayıb.", "MDB", "org:CIS"),
        # khovar.tj/2016/05 (title): ИА in a Tajik text about the EU.
        ("Тоҷикистон ва ИА масоили ҳамкории дуҷонибаро муҳокима карданд", "ИА", "org:EU"),
        # sputnik.tj/20151104/1017371197.html, abridged: СПАД in running text, after its full name.
        ("Мулоқоти раҳбарони Созмони Паймони Амнияти Дастаҷамъӣ (СПАД) дар Маскав баргузор шуд.", "СПАД", "org:CSTO"),
    ],
)
def test_the_same_acronym_is_found_where_the_text_is_about_the_organisation(
    text: str, surface: str, canonical_id: str
) -> None:
    assert (surface, canonical_id) in [(m.text, m.canonical_id) for m in extract(text).mentions]


def test_chinese_text_with_a_not_mention_is_read() -> None:
    # 内蒙古 (Inner Mongolia) is a not-mention of 蒙古 (Mongolia); 阿盟 here is the Alxa League, not the Arab League.
    assert extract("内蒙古阿拉善盟（阿盟）今冬降雪偏多。").mentions == []


@pytest.mark.parametrize(
    ("text", "surface", "canonical_id"),
    [
        # Cues are found by their characters in Chinese too: 秘书长 and 开罗 support 阿盟 as the Arab League.
        ("阿盟秘书长盖特当天在开罗发表声明。", "阿盟", "org:LAS"),
        # 峰会 (summit) supports 金砖 as BRICS rather than a gold bar.
        ("习近平出席金砖峰会并发表重要讲话。", "金砖", "org:BRICS"),
    ],
)
def test_a_cue_inside_chinese_text_supports_a_short_name(text: str, surface: str, canonical_id: str) -> None:
    assert (surface, canonical_id) in [(m.text, m.canonical_id) for m in extract(text).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Armenian nouns in -ություն change their last vowel before a case ending.
        ("Հայաստանի Հանրապետության կառավարությունը և Եվրոպական միությանը", [
            ("Հայաստանի Հանրապետության", "country:ARM"), ("Եվրոպական միությանը", "org:EU")]),
        # Azerbaijani dative -a/-ə, after a hyphen too; a formal name in the genitive.
        ("Prezident Qazaxıstana səfər edib, Azərbaycan Respublikasının BRICS-ə marağı var.", [
            ("Qazaxıstana", "country:KAZ"), ("Azərbaycan Respublikasının", "country:AZE"), ("BRICS-ə", "org:BRICS")]),
        # Georgian postpositions join the genitive: -თან (with), -გან (from).
        ("საქართველოსთან და უკრაინასთან ერთად, რუსეთისგან განსხვავებით", [
            ("საქართველოსთან", "country:GEO"), ("უკრაინასთან", "country:UKR"), ("რუსეთისგან", "country:RUS")]),
        # A Georgian adjective before a noun in the dative loses its -ი.
        ("ამერიკის შეერთებულ შტატებს და გაეროს გენერალურ ასამბლეას", [
            ("ამერიკის შეერთებულ შტატებს", "country:USA"), ("გაეროს გენერალურ ასამბლეას", "org:UNGA")]),
    ],
)
def test_endings_of_the_caucasus_languages_are_part_of_the_span(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.start, m.end, m.canonical_id) for m in extract(text).mentions] == expected_spans(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 中东 (the Middle East), 东欧 (Eastern Europe), 北非 (North Africa) end with the first character of
        # 东盟, 欧盟, 非盟: "Middle East allies", "Eastern European allies" name no organisation.
        ("美国的中东盟友和东欧盟国都表示支持，北非盟友则保持沉默。", [("美国", "country:USA")]),
        # 发展中国家 (developing countries) holds the characters of 中国.
        ("发展中国家在世界银行中的发言权应当提高。", [("世界银行", "org:WORLD_BANK")]),
        ("東協與中東協調立場。", [("東協", "org:ASEAN")]),
    ],
)
def test_a_short_chinese_name_across_two_words_is_not_reported(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.start, m.end, m.canonical_id) for m in extract(text).mentions] == expected_spans(text, expected)


def test_a_cue_against_a_short_chinese_name_is_read_too() -> None:
    # 金价 (the gold price) and 黄金 (gold) speak against 金砖 as BRICS: here it is a gold bar.
    text = "受金价上涨影响，一块一公斤的金砖售价超过七十万元，黄金投资需求旺盛。"
    assert [m.text for m in extract(text).mentions] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Latin acronym written against Chinese characters or full-width brackets.
        ("金砖国家（BRICS）是以巴西、俄罗斯、印度、中国和南非五国英文名称首字母命名的合作机制。", [
            ("金砖国家", "org:BRICS"), ("BRICS", "org:BRICS"), ("巴西", "country:BRA"), ("俄罗斯", "country:RUS"),
            ("印度", "country:IND"), ("中国", "country:CHN"), ("南非", "country:ZAF")]),
        ("代表团在UN会议上发言，随后出席SCO峰会。", [("UN", "org:UN"), ("SCO", "org:SCO")]),
        # The letters of an acronym inside a longer Latin word are still no acronym ("UNESCO" is its own name).
        ("他在UNIX系统上工作。", []),
    ],
)
def test_a_latin_acronym_inside_chinese_text_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.start, m.end, m.canonical_id) for m in extract(text).mentions] == expected_spans(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Latin acronym takes the Georgian or Azerbaijani ending written after a hyphen.
        ("საქართველო BSEC-ის დამფუძნებელი წევრია.", [("საქართველო", "country:GEO"), ("BSEC-ის", "org:BSEC")]),
        ("Ermənistan CSTO-nun üzvüdür.", [("Ermənistan", "country:ARM"), ("CSTO-nun", "org:CSTO")]),
        # An English compound after a hyphen is no ending.
        ("The UN-led talks and a NATO-style pact.", [("UN", "org:UN"), ("NATO", "org:NATO")]),
        # Arabic joins "and" and the article to a Latin acronym too; they stay outside the span.
        ("روسيا والصين تعززان التعاون في إطار BRICS وSCO، بينما دعت الـUN إلى الحوار.", [
            ("روسيا", "country:RUS"), ("الصين", "country:CHN"), ("BRICS", "org:BRICS"), ("SCO", "org:SCO"),
            ("UN", "org:UN")]),
        # A Kazakh post quoting Russian: each language's names and endings in the same text.
        ("Тоқаев: «Россия и Казахстан — стратегические партнёры в рамках ОДКБ и ЕАЭС», деді. Ресей мен "
         "Қазақстан ШЫҰ-ға мүше.", [
            ("Россия", "country:RUS"), ("Казахстан", "country:KAZ"), ("ОДКБ", "org:CSTO"), ("ЕАЭС", "org:EAEU"),
            ("Ресей", "country:RUS"), ("Қазақстан", "country:KAZ"), ("ШЫҰ-ға", "org:SCO")]),
        # Words joined by underscores in a hashtag, as Arabic posts write them.
        ("#روسيا #الأمم_المتحدة #السودان", [("#روسيا", "country:RUS"), ("#الأمم_المتحدة", "org:UN"),
                                          ("#السودان", "country:SDN")]),
    ],
)
def test_latin_acronyms_and_hashtags_in_mixed_documents(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.start, m.end, m.canonical_id) for m in extract(text).mentions] == expected_spans(text, expected)


# One short real sentence per language naming a country and an organisation, quoted as published;
# every mention expected by mention-guidelines.md, in text order, with its id.
REAL_SENTENCES = [
    # news.news9.cn/zh/2023/0306/147943.html (财富时报, 2023-03-06)
    pytest.param(
        "上合组织全称为上海合作组织,在最近的会议上,除了沙特阿拉伯以及埃及准备加入外,俄罗斯已经同意伊朗成为上合组织正式成员。",
        [("上合组织", "org:SCO"), ("上海合作组织", "org:SCO"), ("沙特阿拉伯", "country:SAU"), ("埃及", "country:EGY"),
         ("俄罗斯", "country:RUS"), ("伊朗", "country:IRN"), ("上合组织", "org:SCO")],
        id="zh",
    ),
    # www.hkcrunch.com/international/聯合國安理會深切關注烏克蘭的和平與安全/
    pytest.param(
        "聯合國安理會通過涉及烏克蘭局勢的聲明,表示對維護烏克蘭和平與安全深表關切,對聯合國秘書長尋求和平解決方案的努力,表示強烈支持。",
        [("聯合國安理會", "org:UNSC"), ("烏克蘭", "country:UKR"), ("烏克蘭", "country:UKR"), ("聯合國", "org:UN")],
        id="zh-Hant",
    ),
    # russia-islworld.ru, "الاجتماع الوزاري لروسيا وجامعة الدول العربية قد يعقد في النصف الأول من العام" (2023-02-06):
    # the joined "ل" and "و" stay outside the spans.
    pytest.param(
        "قد يعقد الاجتماع الوزاري المقبل لروسيا وجامعة الدول العربية في النصف الأول من العام.",
        [("روسيا", "country:RUS"), ("جامعة الدول العربية", "org:LAS")],
        id="ar",
    ),
    # arm.sputniknews.ru/amp/20220213/rusastany-kavelacni-hapk-i-neruzhy-dashnakicneri-anvtangutjan-hamar-38642349.html
    pytest.param(
        "«Մենք նպատակ ունենք ամրապնդել Հավաքական անվտանգության պայմանագրի կազմակերպության (ՀԱՊԿ) անվտանգության "
        "համակարգը՝ զարգացնելով դրա կարողությունները՝ ի շահ Ռուսաստանի և նրա դաշնակիցների»,- ասել է ռուս "
        "դիվանագետը։",
        [("Հավաքական անվտանգության պայմանագրի կազմակերպության", "org:CSTO"), ("ՀԱՊԿ", "org:CSTO"),
         ("Ռուսաստանի", "country:RUS")],
        id="hy",
    ),
    # globalpress.az/gundem/10803-rusiya-bmt-thluksizlik-surasina-sdrlik-edck.html (2023-04-01)
    pytest.param(
        "Rusiya bir ay müddətində BMT Təhlükəsizlik Şurasına sədrlik edəcək",
        [("Rusiya", "country:RUS"), ("BMT Təhlükəsizlik Şurasına", "org:UNSC")],
        id="az",
    ),
    # ajaratv.ge/article/36304 (2018-12-04)
    pytest.param(
        "ნატო საქართველოს ტერიტორიულ მთლიანობას და სუვერენიტეტს მხარდაჭერას დღეს კიდევ ერთხელ გამოუცხადებს",
        [("ნატო", "org:NATO"), ("საქართველოს", "country:GEO")],
        id="ka",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REAL_SENTENCES)
def test_a_real_sentence_gives_its_countries_and_organisations(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract(text).mentions
    assert [(m.start, m.end, m.canonical_id) for m in found] == expected_spans(text, expected)
    assert all(text[m.start : m.end] == m.text for m in found)

"""Fixes found by the seventh-round blind sets in Azerbaijani, Uzbek, Armenian and Arabic (az4, uz4, hy4,
ar4), tuned on after they were scored at first contact. Every sentence was written for the test, in the
manner of the texts that failed; each that names a body failed before its fix in the gazetteers, and
those that expect nothing (or the OIC's old reading) guard the new entries' other senses.
"""

from __future__ import annotations

import pytest
from conftest import expected_spans

from orgmentions import extract


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.canonical_id) for m in extract(text)]


# Azerbaijani İƏT and Uzbek IHT (ИҲТ) are the letters of both the Organisation of Islamic Cooperation and the
# Economic Cooperation Organization: the body the text defines or names near them, neither without a sign.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İqtisadi Əməkdaşlıq Təşkilatı (İƏT) nazirləri toplandı. Azərbaycan İƏT-in sammitində çıxış etdi.", [
            ("İqtisadi Əməkdaşlıq Təşkilatı", "org:ECO"), ("İƏT", "org:ECO"), ("Azərbaycan", "country:AZE"),
            ("İƏT-in", "org:ECO")]),
        ("İslam Əməkdaşlıq Təşkilatı (İƏT) iclas keçirdi; İƏT-in Baş katibi Fələstin barədə danışdı.", [
            ("İslam Əməkdaşlıq Təşkilatı", "org:OIC"), ("İƏT", "org:OIC"), ("İƏT-in", "org:OIC"),
            ("Fələstin", "country:PSE")]),
        # An article's heading in capitals defines the letters too.
        ("İQTİSADİ ƏMƏKDAŞLIQ TƏŞKİLATI (İƏT; ingiliscə ECO) — regional təşkilat.", [
            ("İQTİSADİ ƏMƏKDAŞLIQ TƏŞKİLATI", "org:ECO"), ("İƏT", "org:ECO"), ("ECO", "org:ECO")]),
        ("kanal yazır: iqtisadi əməkdaşlıq təşkilatı (iət) ilə əlaqələr güclənir", [
            ("iqtisadi əməkdaşlıq təşkilatı", "org:ECO"), ("iət", "org:ECO")]),
        ("Nazirlər Tehranda görüşdü: İƏT nəqliyyat dəhlizlərini müzakirə etdi.", [("İƏT", "org:ECO")]),
        ("İƏT toplanır.", []),
        ("Iqtisodiy hamkorlik tashkiloti (IHT) Tehronda yig'ildi, IHT kotibiyati hisobot berdi.", [
            ("Iqtisodiy hamkorlik tashkiloti", "org:ECO"), ("IHT", "org:ECO"), ("IHT", "org:ECO")]),
        ("Islom hamkorlik tashkiloti (IHT) navbatdagi sessiyasini o'tkazdi.", [
            ("Islom hamkorlik tashkiloti", "org:OIC"), ("IHT", "org:OIC")]),
        ("Иқтисодий ҳамкорлик ташкилоти (ИҲТ) доирасида транзит муҳокама қилинди.", [
            ("Иқтисодий ҳамкорлик ташкилоти", "org:ECO"), ("ИҲТ", "org:ECO")]),
        ("IHT yig'ildi.", []),
    ],
)
def test_letters_the_oic_and_the_eco_share(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected_spans(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Lower-case "tdt" beside a word of its summits; the capitals need nothing.
        ("bu gün tdt sammiti başlayır, TDT-nin katibliyi hazırdır", [("tdt", "org:OTS"), ("TDT-nin", "org:OTS")]),
        ("tdt faylını yüklə", []),
        ("Ərzaq və Kənd Təsərrüfatı Təşkilatı, BMT-nin Ticarət və İnkişaf üzrə Konfransı və Beynəlxalq Qızıl Xaç "
         "Komitəsi birgə hesabat yaydı.", [
            ("Ərzaq və Kənd Təsərrüfatı Təşkilatı", "org:FAO"), ("BMT-nin Ticarət və İnkişaf üzrə Konfransı", "org:UNCTAD"),
            ("Beynəlxalq Qızıl Xaç Komitəsi", "org:ICRC")]),
        ("Ali Avrasiya İqtisadi Şurasının iclasında Cənubi Asiya Regional Əməkdaşlıq Assosiasiyası da anıldı.", [
            ("Ali Avrasiya İqtisadi Şurasının", "org:SEEC"),
            ("Cənubi Asiya Regional Əməkdaşlıq Assosiasiyası", "org:SAARC")]),
        # MDB beside the region's other bodies; the English development banks stay out.
        ("Toplantıda BMT, ATƏT, MDB və ŞƏT nümayəndələri iştirak etdi.", [
            ("BMT", "org:UN"), ("ATƏT", "org:OSCE"), ("MDB", "org:CIS"), ("ŞƏT", "org:SCO")]),
        ("The MDB lending rose, multilateral development banks said.", []),
    ],
)
def test_azerbaijani_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected_spans(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Yevropa Kengashi" names the European Council and the Council of Europe: each by its own words.
        ("Yevropa Kengashi raisi Sharl Mishel Toshkentga keldi.", [("Yevropa Kengashi", "org:EUROPEAN_COUNCIL")]),
        ("Saylov kodeksi Yevropa Kengashining Venetsiya komissiyasi bilan kelishildi.", [
            ("Yevropa Kengashining", "org:COE")]),
        ("Yevropa Kengashi yig'ildi.", []),
        ("YeXHT Demokratik institutlar va inson huquqlari byurosi (DIIHB) kuzatuvchilari YeTTB va Osiyo "
         "infratuzilma investitsiyalari banki vakillari bilan uchrashdi.", [
            ("YeXHT Demokratik institutlar va inson huquqlari byurosi", "org:ODIHR"), ("DIIHB", "org:ODIHR"),
            ("YeTTB", "org:EBRD"), ("Osiyo infratuzilma investitsiyalari banki", "org:AIIB")]),
        ("Лойиҳа Осиё инфратузилма инвестициялари банкига тақдим этилди.", [
            ("Осиё инфратузилма инвестициялари банкига", "org:AIIB")]),
        ("BMTning Giyohvand moddalar va jinoyatchilik boshqarmasi hisobotida Afg'oniston tilga olindi.", [
            ("BMTning Giyohvand moddalar va jinoyatchilik boshqarmasi", "org:UNODC"), ("Afg'oniston", "country:AFG")]),
        ("Kipr Respublikasi Shimoliy Kipr masalasini ko'tardi.", [("Kipr Respublikasi", "country:CYP")]),
    ],
)
def test_uzbek_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected_spans(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Որոշումը հաստատվեց Եվրոպական միության խորհրդի նիստում, իսկ Ռուսաստանը հեռացվեց Եվրոպայի խորհրդից։", [
            ("Եվրոպական միության խորհրդի", "org:EU_COUNCIL"), ("Ռուսաստանը", "country:RUS"),
            ("Եվրոպայի խորհրդից", "org:COE")]),
        ("Հայաստանը ԲՐԻԿՍ-ին չի միանա, իսկ Եվրասիական զարգացման բանկը վարկ կտա։", [
            ("Հայաստանը", "country:ARM"), ("ԲՐԻԿՍ-ին", "org:BRICS"), ("Եվրասիական զարգացման բանկը", "org:EDB")]),
        # Channels type the acronym in lower case, the hashtags too.
        ("նախարարը ելույթ ունեցավ մակ-ի Գլխավոր ասամբլեայում 👇 #շհկ #մակ #ապհ", [
            ("մակ-ի Գլխավոր ասամբլեայում", "org:UNGA"), ("#շհկ", "org:SCO"), ("#մակ", "org:UN"), ("#ապհ", "org:CIS")]),
        # ԱՀԿ is the World Trade Organization by trade words, not where an illness is the subject (the WHO's letters).
        ("ԱՀԿ-ի զեկույցում ասվում է, որ գրիպի համաճարակը թուլացել է Հայաստանում։", [("Հայաստանում", "country:ARM")]),
        ("ԱՀԿ-ին անդամակցության բանակցություններում մաքսային սակագները քննարկվեցին։", [("ԱՀԿ-ին", "org:WTO")]),
        ("ԱՀԿ-ն հայտարարություն արեց։", []),
        # The Venice Commission is the Council of Europe's, no European Commission.
        ("Իրավունքի միջոցով ժողովրդավարության եվրոպական հանձնաժողովը կարծիք տվեց։", []),
    ],
)
def test_armenian_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected_spans(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل رئيس جيبوتي إلى العاصمة جيبوتي بعد القمة.", [("جيبوتي", "country:DJI")]),
        ("رحبت دولة الإمارات العربية المتحدة بالقرار.", [("دولة الإمارات العربية المتحدة", "country:ARE")]),
        ("قامت إمارة شرق الأردن عام 1921 قبل المملكة الأردنية الهاشمية.", [
            ("المملكة الأردنية الهاشمية", "country:JOR")]),
    ],
)
def test_arabic_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected_spans(text, expected)

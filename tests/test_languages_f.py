"""The UN's principal organs named bare, and the organisations these languages' texts name often, in
Ukrainian, Kazakh, Kyrgyz, Tajik, Georgian, Portuguese, German and Chinese (both scripts).

A bare "Security Council" or "General Assembly" is the UN's only with a UN cue near it; a state's
own security council, the CSTO's, Interpol's general assembly and the like must not be taken for
the UN's. Each case is a realistic sentence of the kind ministry statements, news and posts hold,
written for the test: the expected mentions are given by their text, in order, and must be found
at exactly that place and nothing else.
"""

from __future__ import annotations

import pytest

from conftest import expected_spans
from orgmentions import extract


def _found(text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start, m.end, m.canonical_id) for m in extract(text).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ukrainian: the organs bare, in their case forms, with UN cues beside them.
        ("Постійний представник України Сергій Кислиця заявив на засіданні Ради Безпеки, що Росія знову "
         "застосувала вето.", [
            ("України", "country:UKR"), ("Ради Безпеки", "org:UNSC"), ("Росія", "country:RUS")]),
        ("Генасамблея закликала держави-члени підтримати резолюцію щодо України.", [
            ("Генасамблея", "org:UNGA"), ("України", "country:UKR")]),
        ("На 58-й сесії Ради з прав людини в Женеві Україна представила резолюцію.", [
            ("Ради з прав людини", "org:UNHRC"), ("Україна", "country:UKR")]),
        ("На сесії Економічної і соціальної ради в Нью-Йорку виступив постпред; ЕКОСОР ухвалила рішення.", [
            ("Економічної і соціальної ради", "org:ECOSOC"), ("ЕКОСОР", "org:ECOSOC")]),
        ("УВКПЛ ООН опублікувало доповідь; ЮНІСЕФ та Всесвітня продовольча програма допомагають, МОП теж.", [
            ("УВКПЛ ООН", "org:OHCHR"), ("ЮНІСЕФ", "org:UNICEF"), ("Всесвітня продовольча програма", "org:WFP"),
            ("МОП", "org:ILO")]),
        ("Україна прагне вступити до ОЕСР: Організація економічного співробітництва та розвитку оцінила реформи.", [
            ("Україна", "country:UKR"), ("ОЕСР", "org:OECD"),
            ("Організація економічного співробітництва та розвитку", "org:OECD")]),
        # Kazakh: kt.kz's bare "Қауіпсіздік Кеңесі" and the Assembly with and without the izafet.
        ("Қазақстан 2017-2018 жылдары Қауіпсіздік Кеңесінің тұрақты емес мүшесі болды.", [
            ("Қазақстан", "country:KAZ"), ("Қауіпсіздік Кеңесінің", "org:UNSC")]),
        ("Бас Ассамблеяның 80-сессиясында Тоқаев сөз сөйледі, Бас Ассамблеясының қарары қабылданды.", [
            ("Бас Ассамблеяның", "org:UNGA"), ("Бас Ассамблеясының", "org:UNGA")]),
        ("Женевада Адам құқықтары жөніндегі кеңестің сессиясында баяндама жасалды.", [
            ("Адам құқықтары жөніндегі кеңестің", "org:UNHRC")]),
        ("Үлкен жетілік елдері мен ЭЫҰ саммиті, ЮНИСЕФ-тің өкілі.", [
            ("Үлкен жетілік", "org:G7"), ("ЭЫҰ", "org:ECO"), ("ЮНИСЕФ-тің", "org:UNICEF")]),
        # Kyrgyz: the organs bare, as ky.wikipedia writes them.
        ("Коопсуздук Кеңеши алдыга койгон маселелер боюнча Башкы Ассамблея кеңеш берет, БУУ Уставына ылайык.", [
            ("Коопсуздук Кеңеши", "org:UNSC"), ("Башкы Ассамблея", "org:UNGA"), ("БУУ", "org:UN")]),
        ("Чоң жетиликтин саммитинде Европа Кеңешинин өкүлү сүйлөдү.", [
            ("Чоң жетиликтин", "org:G7"), ("Европа Кеңешинин", "org:COE")]),
        ("Женевада Адам укуктары боюнча кеңештин 58-сессиясында Кыргызстандын баяндамасы угулду.", [
            ("Адам укуктары боюнча кеңештин", "org:UNHRC"), ("Кыргызстандын", "country:KGZ")]),
        # Tajik: the bare organ and the Assembly with its izafet.
        ("Тоҷикистон узви ғайридоимии Шӯрои Амният буд.", [
            ("Тоҷикистон", "country:TJK"), ("Шӯрои Амният", "org:UNSC")]),
        ("Эмомалӣ Раҳмон дар иҷлосияи Маҷмаи Умумӣ суханронӣ кард.", [("Маҷмаи Умумӣ", "org:UNGA")]),
        ("ХБА-ро ва Шӯрои Аврупо.", [("ХБА-ро", "org:IMF"), ("Шӯрои Аврупо", "org:COE")]),
        # Georgian: the ergative of the Assembly (sputnik-georgia.com) and the Council in the genitive.
        ("გენერალურმა ასამბლეამ რეზოლუცია მიიღო, რომელსაც 141 წევრმა სახელმწიფომ დაუჭირა მხარი.", [
            ("გენერალურმა ასამბლეამ", "org:UNGA")]),
        ("უშიშროების საბჭოს სხდომაზე რუსეთმა ვეტო დაადო რეზოლუციას.", [
            ("უშიშროების საბჭოს", "org:UNSC"), ("რუსეთმა", "country:RUS")]),
        ("ჟენევაში ადამიანის უფლებათა საბჭოს 58-ე სესიაზე.", [("ადამიანის უფლებათა საბჭოს", "org:UNHRC")]),
        ("ეკონომიკური და სოციალური საბჭოს სესიაზე ნიუ-იორკში საქართველომ სიტყვით გამოვიდა.", [
            ("ეკონომიკური და სოციალური საბჭოს", "org:ECOSOC"), ("საქართველომ", "country:GEO")]),
        ("დიდი შვიდეულის ლიდერებმა და მაგატეს ხელმძღვანელმა, ჯანმოს თანახმად, განაცხადეს.", [
            ("დიდი შვიდეულის", "org:G7"), ("მაგატეს", "org:IAEA"), ("ჯანმოს", "org:WHO")]),
        # Portuguese: the Human Rights Council and ECOSOC bare or short, as ONU News writes them.
        ("O Conselho de Direitos Humanos aprovou em Genebra uma resolução sobre a Ucrânia.", [
            ("Conselho de Direitos Humanos", "org:UNHRC"), ("Ucrânia", "country:UKR")]),
        ("O Conselho Econômico e Social da ONU (Ecosoc) reuniu-se em Nova York.", [
            ("Conselho Econômico e Social da ONU", "org:ECOSOC"), ("Ecosoc", "org:ECOSOC")]),
        ("O Conselho de Segurança aprovou a resolução por 13 votos; a Rússia vetou.", [
            ("Conselho de Segurança", "org:UNSC"), ("Rússia", "country:RUS")]),
        ("A OCDE e a Organização de Cooperação Econômica, que reúne o Irã e a Turquia.", [
            ("OCDE", "org:OECD"), ("Organização de Cooperação Econômica", "org:ECO"), ("Irã", "country:IRN"),
            ("Turquia", "country:TUR")]),
        # German: the news name of the Security Council, the plenary and the Human Rights Council bare.
        ("Die Resolution des Weltsicherheitsrates wurde angenommen.", [("Weltsicherheitsrates", "org:UNSC")]),
        ("Russlands Veto im Sicherheitsrat blockierte die Resolution.", [
            ("Russlands", "country:RUS"), ("Sicherheitsrat", "org:UNSC")]),
        ("Die Vollversammlung stimmte mit 141 Stimmen für die Resolution; Guterres begrüßte das.", [
            ("Vollversammlung", "org:UNGA")]),
        ("Der Menschenrechtsrat in Genf verabschiedete eine Resolution.", [("Menschenrechtsrat", "org:UNHRC")]),
        ("Das UN-Kinderhilfswerk, das Welternährungsprogramm und die Internationale Arbeitsorganisation warnen.", [
            ("UN-Kinderhilfswerk", "org:UNICEF"), ("Welternährungsprogramm", "org:WFP"),
            ("Internationale Arbeitsorganisation", "org:ILO")]),
        # Chinese: 联大 in news, 大会 in a UN text.
        ("第80届联大一般性辩论在纽约开幕。", [("联大", "org:UNGA")]),
        ("大会以141票赞成、7票反对、32票弃权通过决议，古特雷斯表示欢迎。", [("大会", "org:UNGA")]),
        ("联合国大会今天通过决议。大会还决定设立工作组。", [("联合国大会", "org:UNGA"), ("大会", "org:UNGA")]),
        ("聯大以141票贊成通過決議。大會主席呼籲會員國支持。", [("聯大", "org:UNGA"), ("大會", "org:UNGA")]),
        # The Kremlin near the bare name is no veto: Ukrainian statements name it beside the UN's council.
        ("Кремль вкотре перетворив засідання Ради Безпеки на трибуну для пропаганди, тоді як Генеральний секретар "
         "ООН закликав до миру.", [("Ради Безпеки", "org:UNSC"), ("ООН", "org:UN")]),
        # Case forms of the bare Ukrainian names.
        ("Радою Безпеки було ухвалено резолюцію 2231. Генеральній Асамблеї доповів Генеральний секретар Гутерріш.", [
            ("Радою Безпеки", "org:UNSC"), ("Генеральній Асамблеї", "org:UNGA")]),
        ("Im Sicherheitsrat legten Russland und China ihr Veto ein; die Resolution scheiterte in New York.", [
            ("Sicherheitsrat", "org:UNSC"), ("Russland", "country:RUS"), ("China", "country:CHN")]),
    ],
)
def test_bare_un_organs_and_common_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected_spans(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # States' own security councils, the CSTO's and other bodies' assemblies are not the UN's.
        ("Секретар Ради безпеки Росії Сергій Шойгу провів нараду з колегами з ОДКБ.", [
            ("Росії", "country:RUS"), ("ОДКБ", "org:CSTO")]),
        ("Засідання Ради національної безпеки і оборони України відбулося в Києві.", [("України", "country:UKR")]),
        ("Генеральна асамблея Інтерполу відбулася в Глазго.", []),
        ("Уповноважений з прав людини Лубінець звернувся до Ради з прав людини при Президентові.", []),
        ("Тоқаев Ақордада Қазақстан Республикасының Қауіпсіздік Кеңесінің отырысын өткізді, БҰҰ туралы да айтылды.", [
            ("Қазақстан Республикасының", "country:KAZ"), ("БҰҰ", "org:UN")]),
        ("Ресей Қауіпсіздік Кеңесінің хатшысы Шойгу Астанаға келді.", [("Ресей", "country:RUS")]),
        ("ҰҚШҰ Ұжымдық қауіпсіздік кеңесінің сессиясы өтті.", [("ҰҚШҰ", "org:CSTO")]),
        ("Интерполдың Бас Ассамблеясы Астанада өтеді.", []),
        ("Кыргыз Республикасынын Коопсуздук Кеңешинин жыйыны өттү.", [("Кыргыз Республикасынын", "country:KGZ")]),
        ("ЖККУнун Жамааттык коопсуздук кеңешинин сессиясы Бишкекте өттү.", [("ЖККУнун", "org:CSTO")]),
        ("Ҷаласаи Шӯрои амнияти Ҷумҳурии Тоҷикистон баргузор шуд.", [("Ҷумҳурии Тоҷикистон", "country:TJK")]),
        ("Маҷмаи умумии саҳомдорони ширкат баргузор шуд.", []),
        ("Акыйкатчы Адам укуктары боюнча кеңештин жыйынына катышты.", []),
        ("საქართველოს ეროვნული უშიშროების საბჭოს სხდომა გაიმართა, გაეროს შესახებ.", [
            ("საქართველოს", "country:GEO"), ("გაეროს", "org:UN")]),
        ("რუსეთის უშიშროების საბჭოს მდივანმა შოიგუმ განაცხადა.", [("რუსეთის", "country:RUS")]),
        ("ინტერპოლის გენერალური ასამბლეა მონაკოში გაიმართა.", [
            ("ინტერპოლის", "org:INTERPOL"), ("მონაკოში", "country:MCO")]),
        ("O Conselho de Segurança russo reuniu-se no Kremlin.", []),
        ("O Conselho Económico e Social (CES) aprovou o parecer sobre a concertação social em Portugal.", [
            ("Portugal", "country:PRT")]),
        ("O Conselho Estadual de Direitos Humanos de São Paulo reuniu-se.", []),
        ("Russlands Sicherheitsrat unter Schoigu tagte. Der russische Sicherheitsrat befasste sich mit der Lage.", [
            ("Russlands", "country:RUS")]),
        ("Die Vollversammlung der Studierenden tagte an der Universität.", []),
        ("Der Menschenrechtsrat des Kremls kritisierte das Urteil.", []),
        # 联大 straddles 苏|联大 and names the wartime university; 大会 is any congress or meeting.
        ("苏联大使馆旧址位于北京。西南联大校友会在昆明举行。", []),
        ("十四届全国人民代表大会第三次会议在人民大会堂开幕。联合国秘书长发来贺信。", [("联合国", "org:UN")]),
        ("在开幕大会上，联合国开发计划署代表致辞。", [("联合国开发计划署", "org:UNDP")]),
        ("蘇聯大使館舊址。股東大會昨日召開。", []),
        # Other assemblies of the UN system, beside the same cues, are not the General Assembly.
        ("第七届联合国环境大会在内罗毕开幕，联合国秘书长古特雷斯致辞。", [("联合国", "org:UN"), ("联合国", "org:UN")]),
        ("《联合国气候变化框架公约》第29次缔约方大会在巴库举行，联合国秘书长出席。", [
            ("联合国", "org:UN"), ("联合国", "org:UN")]),
        ("聯合國環境大會在奈洛比開幕，聯合國秘書長致詞。", [("聯合國", "org:UN"), ("聯合國", "org:UN")]),
        # Russia's council in Ukrainian and German, named with its state after or before it.
        ("Засідання Ради безпеки РФ провів Путін у Кремлі.", [("РФ", "country:RUS")]),
        ("Der Nationale Sicherheitsrat der USA tagte im Weißen Haus.", [("USA", "country:USA")]),
        ("O Conselho de Segurança Nacional do Brasil reuniu-se. A Assembleia Geral de acionistas aprovou as contas.", [
            ("Brasil", "country:BRA")]),
    ],
)
def test_other_bodies_are_not_the_un_organs(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected_spans(text, expected)

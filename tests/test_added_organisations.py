"""The organisations added by issue 11: their names in four languages, and their acronyms' other senses.

Every ambiguous acronym of the new bodies has a sentence for each of its other everyday senses, in
which it must not be reported, and a sentence where the document supports the organisation.
"""

from __future__ import annotations

import pytest

from orgmentions import extract


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical_id) for m in extract(text)]


def organisations(text: str) -> list[tuple[str, str]]:
    return [pair for pair in found(text) if pair[1].startswith("org:")]

@pytest.mark.parametrize(
    "text",
    [
        "IMO the new season is better than the last one, honestly.",
        "She won gold at the IMO in Bath after solving all six problems.",
        "Connect the phone over USB and run adb devices; if ADB does not list it, enable USB debugging.",
        "Use ADB to sideload the APK onto the Android emulator.",
        "The web app caches drafts in IDB, the browser's IndexedDB object store.",
        "Israel Discount Bank (IDB) reported higher quarterly profits in Tel Aviv.",
        "Press the ECO button to switch the car into fuel-saving mode.",
        "The game followed the Sicilian Defence, ECO code B90, until move 20.",
        "All toys sold in Kazakhstan must carry the EAC conformity mark after certification.",
        "The EAC certified the new voting machines before the election, election officials said.",
        "Saudi Arabia's PIF raised its stake in the electric-car maker.",
        "PIF-backed LIV Golf signed another major champion.",
        "Files are encrypted with AES-256 before upload, and the key never leaves the device.",
        "The AES Corporation will build a battery storage plant to supply electricity in California.",
        "Quad bikes are banned on the beach after two accidents.",
        "The Quad Cities sit on the Mississippi River between Iowa and Illinois.",
        "The Pontiac G8 GT had a 6.0-litre V8 and rear-wheel drive.",
        "The LG G8 ThinQ has a time-of-flight camera on the front.",
        "Log in to the ILO web interface to power-cycle the ProLiant server remotely.",
        "Flights from Manila to ILO were cancelled because of the typhoon.",
        "She studied architecture at ITU, Istanbul Technical University.",
        "The patient was moved from ITU to a general ward on Tuesday.",
        "The OAS carried out bombings in Algiers in 1962 to stop Algerian independence.",
        "Describe the endpoints in an OAS 3.0 document and render it with Swagger UI.",
        "The suspect was held under PACE for 24 hours before being charged.",
        "PACE OF GROWTH SLOWS IN CHINA AS EXPORTS FALL",
        "Homeowners can finance rooftop solar through PACE loans.",
        "Singapore's EDB attracted record investment commitments last year.",
        "Restore the mailbox from the EDB file with the Exchange recovery tool.",
        "Ferries to the IOM are booked out during the TT races in Douglas.",
        "The IOM report set dietary reference intakes for vitamin D.",
        "He served two tours in OIF before leaving the Army.",
        "Veterans of OIF and OEF can apply for the new benefit at the VA.",
        "Under the EFTA, a consumer must report an unauthorized debit card transfer within 60 days.",
        "De WMO regelt huishoudelijke hulp via de gemeente.",
        "FAO: Accounts Department. Please find the invoice enclosed, ref 2291.",
        "The firewall registers a WFP callout driver in the Windows kernel to inspect packets.",
        "The WFP endorsed her in the Democratic primary for mayor.",
        "Самолёт выкатился за пределы ВПП при посадке в аэропорту Сочи.",
        "Le secteur HCR (hôtels, cafés, restaurants) manque de saisonniers cet été.",
        "Configurez PAM pour l'authentification des utilisateurs sur les serveurs Linux.",
        "Los PMA recibirán un trato preferente, según el informe sobre países menos adelantados.",
        "Article 8 of the ECHR protects private and family life.",
        "BAD NEWS FOR INVESTORS AS THE MARKETS FALL",
        "TYPHOON HITS GUAM, NAVY BASE DAMAGED",
        "Donate blood at the Red Cross drive this weekend; volunteers will serve snacks.",
        "Le PMA et la fécondation in vitro restent au cœur du débat de bioéthique.",
    ],
)
def test_other_senses_of_the_new_acronyms_are_not_mentions(text: str) -> None:
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IMO Secretary-General Arsenio Dominguez urged ships to avoid the Red Sea.",
            [("IMO", "org:IMO")],
        ),
        (
            "The ADB approved a $500 million loan to Pakistan for flood recovery.",
            [("ADB", "org:ADB"), ("Pakistan", "country:PAK")],
        ),
        (
            "The IDB will lend Brazil $1 billion for sanitation, Ilan Goldfajn said.",
            [("IDB", "org:IADB"), ("Brazil", "country:BRA")],
        ),
        (
            "ECO leaders met in Khankendi, Azerbaijan, and discussed transit corridors.",
            [("ECO", "org:ECO"), ("Azerbaijan", "country:AZE")],
        ),
        (
            "EAC partner states Kenya and Uganda agreed on a common external tariff.",
            [("EAC", "org:EAC"), ("Kenya", "country:KEN"), ("Uganda", "country:UGA")],
        ),
        (
            "PIF leaders meeting in Tonga adopted a statement on climate finance.",
            [("PIF", "org:PIF"), ("Tonga", "country:TON")],
        ),
        (
            "The AES juntas of Mali, Burkina Faso and Niger left ECOWAS in January.",
            [
                ("AES", "org:AES"),
                ("Mali", "country:MLI"),
                ("Burkina Faso", "country:BFA"),
                ("Niger", "country:NER"),
                ("ECOWAS", "org:ECOWAS"),
            ],
        ),
        (
            "The Quad foreign ministers of India, Japan, Australia and the United States met in Tokyo.",
            [
                ("Quad", "org:QUAD"),
                ("India", "country:IND"),
                ("Japan", "country:JPN"),
                ("Australia", "country:AUS"),
                ("United States", "country:USA"),
            ],
        ),
        (
            "At the G8 summit in Gleneagles, leaders pledged to double aid to Africa.",
            [("G8", "org:G8")],
        ),
        (
            "The ILO said global unemployment rose while real wages fell.",
            [("ILO", "org:ILO")],
        ),
        (
            "ITU members agreed on satellite spectrum rules at the World Radiocommunication Conference.",
            [("ITU", "org:ITU")],
        ),
        (
            "The OAS sent election observers to Honduras for the vote.",
            [("OAS", "org:OAS"), ("Honduras", "country:HND")],
        ),
        (
            "PACE stripped the Russian delegation of its voting rights in Strasbourg.",
            [("PACE", "org:PACE")],
        ),
        (
            "The EDB will finance a water-energy project in Kyrgyzstan.",
            [("EDB", "org:EDB"), ("Kyrgyzstan", "country:KGZ")],
        ),
        (
            "The IOM said 200 migrants drowned off the coast of Libya.",
            [("IOM", "org:IOM"), ("Libya", "country:LBY")],
        ),
        (
            "The OIF summit at Villers-Cotterêts welcomed three new observers.",
            [("OIF", "org:OIF")],
        ),
        (
            "Iceland, Norway, Switzerland and Liechtenstein are the members of EFTA.",
            [
                ("Iceland", "country:ISL"),
                ("Norway", "country:NOR"),
                ("Switzerland", "country:CHE"),
                ("Liechtenstein", "country:LIE"),
                ("EFTA", "org:EFTA"),
            ],
        ),
        (
            "The UPU Congress adopted new rules on postal parcels.",
            [("UPU", "org:UPU")],
        ),
        (
            "The WMO said 2024 was the warmest year on record.",
            [("WMO", "org:WMO")],
        ),
        (
            "The FAO Food Price Index rose in March on higher cereal prices.",
            [("FAO", "org:FAO")],
        ),
        (
            "The WFP said its food convoys could not reach Gaza.",
            [("WFP", "org:WFP")],
        ),
        (
            "AUKUS partners will build nuclear-powered submarines for Australia.",
            [("AUKUS", "org:AUKUS"), ("Australia", "country:AUS")],
        ),
        (
            "ВПП ООН доставила продовольствие в Судан.",
            [("ВПП ООН", "org:WFP"), ("Судан", "country:SDN")],
        ),
        (
            "La BAD a approuvé un prêt de 100 millions au Sénégal, selon Akinwumi Adesina.",
            [("BAD", "org:AFDB"), ("Sénégal", "country:SEN")],
        ),
        (
            "El BID aprobó un préstamo para Paraguay, informó Ilan Goldfajn.",
            [("BID", "org:IADB"), ("Paraguay", "country:PRY")],
        ),
        (
            "The ICRC visited prisoners of war on both sides; the Red Cross delegation met detainees in Geneva.",
            [("ICRC", "org:ICRC"), ("Red Cross", "org:ICRC")],
        ),
        (
            "The ECHR ruled that Russia violated the applicants' rights, the Strasbourg court said.",
            [("ECHR", "org:ECTHR"), ("Russia", "country:RUS")],
        ),
        (
            "Le PAM a suspendu ses distributions alimentaires au Soudan faute de financement.",
            [("PAM", "org:WFP"), ("Soudan", "country:SDN")],
        ),
        (
            "El PMA advirtió de hambruna en Gaza y pidió ayuda alimentaria.",
            [("PMA", "org:WFP")],
        ),
        (
            "Заседание Совета МПА СНГ прошло в Таврическом дворце.",
            [("МПА СНГ", "org:CIS_IPA")],
        ),
        (
            "Решение ВЕЭС подписали главы государств.",
            [("ВЕЭС", "org:SEEC")],
        ),
        (
            "Доклад УВКПЧ вызвал критику Москвы.",
            [("УВКПЧ", "org:OHCHR")],
        ),
        (
            "ЕАБР выделит кредит Киргизии.",
            [("ЕАБР", "org:EDB"), ("Киргизии", "country:KGZ")],
        ),
        (
            "Всемирный банк ухудшил прогноз; Banco Mundial y Banque mondiale coinciden.",
            [
                ("Всемирный банк", "org:WORLD_BANK"),
                ("Banco Mundial", "org:WORLD_BANK"),
                ("Banque mondiale", "org:WORLD_BANK"),
            ],
        ),
        (
            "La OIT et l'OCDE publient un rapport; МОТ и ОЭСР тоже.",
            [("OIT", "org:ILO"), ("OCDE", "org:OECD"), ("МОТ", "org:ILO"), ("ОЭСР", "org:OECD")],
        ),
        (
            "El GAFI mantiene a Rusia suspendida; ФАТФ не включила Россию в чёрный список.",
            [("GAFI", "org:FATF"), ("Rusia", "country:RUS"), ("ФАТФ", "org:FATF"), ("Россию", "country:RUS")],
        ),
        (
            "Le CICR et le МККК ont visité les prisonniers.",
            [("CICR", "org:ICRC"), ("МККК", "org:ICRC")],
        ),
        (
            "The Parliamentary Assembly of the Council of Europe (PACE) met in Strasbourg.",
            [("Parliamentary Assembly of the Council of Europe", "org:PACE"), ("PACE", "org:PACE")],
        ),
        (
            "The Council of the European Union and the European Council agreed; the European Commission proposed it.",
            [
                ("Council of the European Union", "org:EU_COUNCIL"),
                ("European Council", "org:EUROPEAN_COUNCIL"),
                ("European Commission", "org:EU_COMMISSION"),
            ],
        ),
        (
            "Большая восьмёрка собралась в Санкт-Петербурге в 2006 году.",
            [("Большая восьмёрка", "org:G8")],
        ),
        (
            "в Межпарламентской Ассамблее СНГ и на заседании Высшего Евразийского экономического совета",
            [
                ("Межпарламентской Ассамблее СНГ", "org:CIS_IPA"),
                ("Высшего Евразийского экономического совета", "org:SEEC"),
            ],
        ),
        (
            "кредит Евразийского банка развития и доклад Всемирного банка",
            [("Евразийского банка развития", "org:EDB"), ("Всемирного банка", "org:WORLD_BANK")],
        ),
        (
            "решение Европейского суда по правам человека и резолюция ПАСЕ",
            [("Европейского суда по правам человека", "org:ECTHR"), ("ПАСЕ", "org:PACE")],
        ),
        (
            "The Group of 77 and China issued a statement; the G77 chair spoke.",
            [("Group of 77", "org:G77"), ("China", "country:CHN"), ("G77", "org:G77")],
        ),
        (
            "Interpol issued a red notice; the International Committee of the Red Cross called for access.",
            [("Interpol", "org:INTERPOL"), ("International Committee of the Red Cross", "org:ICRC")],
        ),
        (
            "The Commonwealth of Nations suspended Fiji in 2009.",
            [("Commonwealth of Nations", "org:COMMONWEALTH"), ("Fiji", "country:FJI")],
        ),
        (
            "The OECD and FATF published reports; the AIIB and the EBRD co-financed the road.",
            [("OECD", "org:OECD"), ("FATF", "org:FATF"), ("AIIB", "org:AIIB"), ("EBRD", "org:EBRD")],
        ),
        (
            "UNHCR, UNICEF and UNRWA appealed for funds; the UNDP and UNEP published reports.",
            [
                ("UNHCR", "org:UNHCR"),
                ("UNICEF", "org:UNICEF"),
                ("UNRWA", "org:UNRWA"),
                ("UNDP", "org:UNDP"),
                ("UNEP", "org:UNEP"),
            ],
        ),
        (
            "The European Parliament voted; Еврокомиссия и Европарламент согласились.",
            [
                ("European Parliament", "org:EU_PARLIAMENT"),
                ("Еврокомиссия", "org:EU_COMMISSION"),
                ("Европарламент", "org:EU_PARLIAMENT"),
            ],
        ),
        (
            "La Commission européenne et le Parlement européen; la Comisión Europea y el Parlamento Europeo.",
            [
                ("Commission européenne", "org:EU_COMMISSION"),
                ("Parlement européen", "org:EU_PARLIAMENT"),
                ("Comisión Europea", "org:EU_COMMISSION"),
                ("Parlamento Europeo", "org:EU_PARLIAMENT"),
            ],
        ),
        (
            "Guterres briefed ECOSOC; the OHCHR, UNODC and UNCTAD reported.",
            [("ECOSOC", "org:ECOSOC"), ("OHCHR", "org:OHCHR"), ("UNODC", "org:UNODC"), ("UNCTAD", "org:UNCTAD")],
        ),
        (
            "ICAO, WIPO, UNIDO, IFAD and CTBTO signed the memorandum.",
            [
                ("ICAO", "org:ICAO"),
                ("WIPO", "org:WIPO"),
                ("UNIDO", "org:UNIDO"),
                ("IFAD", "org:IFAD"),
                ("CTBTO", "org:CTBTO"),
            ],
        ),
        (
            "GUAM foreign ministers met in Kyiv with Georgia, Azerbaijan and Moldova.",
            [
                ("GUAM", "org:GUAM"),
                ("Georgia", "country:GEO"),
                ("Azerbaijan", "country:AZE"),
                ("Moldova", "country:MDA"),
            ],
        ),
        (
            "SAARC, BIMSTEC and IGAD sent observers; the CBSS and the CPLP did too.",
            [
                ("SAARC", "org:SAARC"),
                ("BIMSTEC", "org:BIMSTEC"),
                ("IGAD", "org:IGAD"),
                ("CBSS", "org:CBSS"),
                ("CPLP", "org:CPLP"),
            ],
        ),
        (
            "The Pacific Alliance and UNASUR met in Lima.",
            [("Pacific Alliance", "org:PACIFIC_ALLIANCE"), ("UNASUR", "org:UNASUR")],
        ),
        (
            "The Alliance of Sahel States met in Niamey; Альянс государств Сахеля.",
            [("Alliance of Sahel States", "org:AES"), ("Альянс государств Сахеля", "org:AES")],
        ),
        (
            "The East African Community and the Pacific Islands Forum signed an accord.",
            [("East African Community", "org:EAC"), ("Pacific Islands Forum", "org:PIF")],
        ),
        (
            "The Asian Development Bank, the African Development Bank, the Inter-American Development Bank "
            "and the Islamic Development Bank met.",
            [
                ("Asian Development Bank", "org:ADB"),
                ("African Development Bank", "org:AFDB"),
                ("Inter-American Development Bank", "org:IADB"),
                ("Islamic Development Bank", "org:ISDB"),
            ],
        ),
        (
            "The Eurasian Development Bank and the Asian Infrastructure Investment Bank signed.",
            [("Eurasian Development Bank", "org:EDB"), ("Asian Infrastructure Investment Bank", "org:AIIB")],
        ),
        (
            "The CIS Interparliamentary Assembly met; the Supreme Eurasian Economic Council decided.",
            [("CIS Interparliamentary Assembly", "org:CIS_IPA"), ("Supreme Eurasian Economic Council", "org:SEEC")],
        ),
        (
            "Всемирная продовольственная программа и Продовольственная и сельскохозяйственная организация ООН.",
            [
                ("Всемирная продовольственная программа", "org:WFP"),
                ("Продовольственная и сельскохозяйственная организация ООН", "org:FAO"),
            ],
        ),
        (
            "The Quadrilateral Security Dialogue met, as did the European Free Trade Association.",
            [("Quadrilateral Security Dialogue", "org:QUAD"), ("European Free Trade Association", "org:EFTA")],
        ),
    ],
)
def test_new_organisations_in_four_languages(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# Found by the blind set of new organisations (tests/evaluation/blind/neworgs_en): a veto word that the
# organisation's own texts use too, or a cue its texts use that was missing. Each sentence failed before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanker owners want the IMO to delay its net-zero rules by another year.", [("IMO", "org:IMO")]),
        (
            "Dutch forecasters agree with the WMO that this summer was the warmest on record in Europe.",
            [("WMO", "org:WMO")],
        ),
        (
            "The ILO's report on forced labour opens the conference. Practical details: the nearest airport is "
            "Geneva Airport, twenty minutes by train.",
            [("ILO", "org:ILO")],
        ),
        (
            "EFTA and Mercosur concluded a free trade agreement covering a market of 270 million consumers.",
            [("EFTA", "org:EFTA"), ("Mercosur", "org:MERCOSUR")],
        ),
        (
            "The EDB presented its macroeconomic outlook for the Eurasian Economic Union in Almaty.",
            [("EDB", "org:EDB"), ("Eurasian Economic Union", "org:EAEU")],
        ),
        (
            "The President of the Economic and Social Council opened the Financing for Development Forum at the UN "
            "in New York.",
            [("Economic and Social Council", "org:ECOSOC"), ("UN", "org:UN")],
        ),
    ],
)
def test_new_acronyms_in_their_own_texts(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Send the form marked "FAO: Pensions Department" to the council; in France the same letter goes to the '
        "town hall.",
        "AES, the US power company, will install battery storage at a solar park in Chile.",
        "Greece's Economic and Social Council adopted an opinion on the pension reform in Athens.",
    ],
)
def test_other_senses_next_to_a_country_are_not_mentions(text: str) -> None:
    assert organisations(text) == []


# Everyday Russian words spelt like an alias in lower case, and other senses the second blind set of new
# organisations showed (they failed before their fix).
@pytest.mark.parametrize(
    "text",
    [
        "Рад видеть вас в Найроби, друзья из Кении!",
        "Обещали к весне, а воз и ныне там: ВПН так и не добавили.",
        "Мы против того, чтобы гуманитарная помощь зависела от политики, заявил представитель России.",
        "Первой машиной отдела была ЕС ЭВМ, собранная в Минске.",
        "Роутер поддерживает шифрование WPA3 с AES; собран во Вьетнаме.",
        "Нет, G8 – это код двигателя моей машины, а не саммит. Машина из Японии.",
        "The engine code is G8, so check the timing chain before buying one from Japan.",
    ],
)
def test_everyday_words_and_other_senses_are_not_organisations(text: str) -> None:
    assert organisations(text) == []
    assert ("того", "country:TGO") not in found(text)

"""Dated membership questions about the Arab League, the GCC, the AU, ECOWAS, the AES, ASEAN, MERCOSUR,
CELAC, ALBA, UNASUR and CICA, each answered from the source cited on its event in gazetteers/knowledge/."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from orgmentions import knowledge
from orgmentions.cli import app

# (organisation, state, date, status on that date or None: not in the body)
QUESTIONS = [
    # Arab League
    ("org:LAS", "country:SYR", "2015-01-01", "suspended"),  # suspended from 16 Nov 2011 (Council, 12 Nov 2011)
    ("org:LAS", "country:SYR", "2011-11-15", "member"),
    ("org:LAS", "country:SYR", "2023-05-07", "member"),  # readmitted by the foreign ministers, Cairo
    ("org:LAS", "country:EGY", "1985-01-01", "suspended"),  # Baghdad, 31 March 1979
    ("org:LAS", "country:EGY", "1990-01-01", "member"),  # Casablanca summit, 23 May 1989
    ("org:LAS", "country:LBY", "2011-06-01", "suspended"),  # 22 Feb - 27 Aug 2011
    ("org:LAS", "country:COM", "1993-01-01", None),  # admitted 20 Nov 1993
    ("org:LAS", "country:IND", "2010-01-01", "observer"),  # observer since 2007 (Arab America, 2026)
    ("org:LAS", "country:GRC", "2020-06-01", None),  # observer from 2021
    # GCC
    ("org:GCC", "country:QAT", "2018-06-01", "member"),  # the blockade was no suspension
    ("org:GCC", "country:IRQ", "2020-01-01", None),
    # African Union
    ("org:AU", "country:MAR", "2016-12-31", None),  # left the OAU in 1984
    ("org:AU", "country:MAR", "2017-02-01", "member"),  # readmitted at the 28th summit
    ("org:AU", "country:GAB", "2024-06-01", "suspended"),  # 31 Aug 2023 - 30 Apr 2025 (PSC 1277)
    ("org:AU", "country:GAB", "2025-05-01", "member"),
    ("org:AU", "country:GIN", "2025-06-01", "suspended"),  # from 10 Sep 2021
    ("org:AU", "country:GIN", "2026-02-01", "member"),  # lifted by the PSC, 22 Jan 2026
    ("org:AU", "country:SDN", "2020-06-01", "member"),  # first suspension lifted in Sep 2019
    ("org:AU", "country:SDN", "2022-01-01", "suspended"),  # again from 27 Oct 2021
    ("org:AU", "country:MLI", "2020-09-01", "suspended"),  # 19 Aug - 9 Oct 2020
    ("org:AU", "country:MLI", "2021-01-01", "member"),
    ("org:AU", "country:MDG", "2012-01-01", "suspended"),  # 2009 - 27 Jan 2014 (DW)
    ("org:AU", "country:SSD", "2011-07-01", None),  # admitted 27 Jul 2011
    ("org:AU", "country:TGO", "2005-04-01", "suspended"),  # PSC, 25 Feb 2005; lifted 27 May 2005 (BBC)
    ("org:AU", "country:MRT", "2009-01-01", "suspended"),  # 9 Aug 2008 - PSC of 29 Jun 2009 (Reuters)
    ("org:AU", "country:MRT", "2009-07-01", "member"),
    ("org:AU", "country:NER", "2010-06-01", "suspended"),  # PSC, 19 Feb 2010; lifted Mar 2011
    # ECOWAS and the AES
    ("org:ECOWAS", "country:NER", "2025-06-01", None),  # withdrawal effective 29 Jan 2025
    ("org:ECOWAS", "country:NER", "2024-06-01", "suspended"),  # formally from the 64th session, 10 Dec 2023
    ("org:ECOWAS", "country:TGO", "2005-02-20", "suspended"),  # 19-26 Feb 2005 (SIPRI)
    ("org:ECOWAS", "country:MRT", "1999-06-01", "member"),
    ("org:ECOWAS", "country:MRT", "2001-06-01", None),  # left on 26 Dec 2000 (IRIN)
    ("org:ECOWAS", "country:MRT", "2020-01-01", "associate"),  # agreement of Aug 2017
    ("org:ECOWAS", "country:GNB", "2026-01-01", "suspended"),  # MSC, 27 Nov 2025
    ("org:AES", "country:NER", "2023-09-16", "member"),  # Liptako-Gourma Charter
    ("org:AES", "country:TCD", "2025-01-01", None),
    # ASEAN
    ("org:ASEAN", "country:TLS", "2026-06-01", "member"),  # admitted 26 Oct 2025, 47th summit
    ("org:ASEAN", "country:TLS", "2024-01-01", "observer"),  # since 11 Nov 2022
    ("org:ASEAN", "country:KHM", "1998-01-01", None),  # joined 30 Apr 1999
    ("org:ASEAN", "country:MMR", "2023-01-01", "member"),  # barred from summits, not suspended
    ("org:ASEAN", "country:PNG", "2026-12-03", "observer"),  # 'special observer' since 1976 (PNG DFA, 2013)
    ("org:ASEAN", "country:PNG", "1975-12-31", None),
    # MERCOSUR
    ("org:MERCOSUR", "country:BOL", "2025-06-01", "member"),  # protocol in force 30 days after 8 Jul 2024
    ("org:MERCOSUR", "country:BOL", "2020-01-01", "associate"),
    ("org:MERCOSUR", "country:VEN", "2018-01-01", "suspended"),  # 1 Dec 2016
    ("org:MERCOSUR", "country:PRY", "2013-01-01", "suspended"),  # 29 Jun 2012 - 15 Aug 2013
    ("org:MERCOSUR", "country:MEX", "2010-01-01", "observer"),  # since 2004 (Xinhua, 2006)
    # CELAC
    ("org:CELAC", "country:BRA", "2021-06-01", "frozen"),  # Bolsonaro, 16 Jan 2020
    ("org:CELAC", "country:BRA", "2023-06-01", "member"),  # back on 5 Jan 2023
    # ALBA
    ("org:ALBA", "country:HND", "2009-06-01", "member"),
    ("org:ALBA", "country:HND", "2011-01-01", None),  # left in January 2010
    ("org:ALBA", "country:ECU", "2019-01-01", None),  # left in August 2018
    ("org:ALBA", "country:BOL", "2020-06-01", "frozen"),  # transitional government, 15 Nov 2019
    ("org:ALBA", "country:BOL", "2022-01-01", "member"),  # resumed 20 Nov 2020
    ("org:ALBA", "country:BOL", "2026-01-01", "suspended"),  # ALBA communiqué, 24 Oct 2025
    # UNASUR
    ("org:UNASUR", "country:BRA", "2021-01-01", None),  # denunciation effective Oct 2019
    ("org:UNASUR", "country:BRA", "2024-01-01", "member"),  # back from 6 May 2023
    ("org:UNASUR", "country:COL", "2018-06-01", "frozen"),  # the six of April 2018
    ("org:UNASUR", "country:COL", "2020-01-01", None),  # notice of 28 Aug 2018, six months
    ("org:UNASUR", "country:VEN", "2021-01-01", "member"),
    # CICA
    ("org:CICA", "country:KWT", "2022-10-13", "member"),  # sixth summit, Astana
    ("org:CICA", "country:LKA", "2017-01-01", "observer"),
    ("org:CICA", "country:QAT", "2013-01-01", None),
    ("org:CICA", "country:SAU", "2023-12-25", None),  # the tenth observer state on 26 Dec 2023 (Astana Times)
    ("org:CICA", "country:SAU", "2023-12-26", "observer"),
    ("org:CICA", "country:TKM", "2022-06-01", "observer"),  # observer since 2021, not a member
]


@pytest.mark.parametrize(("org", "state", "on", "expected"), QUESTIONS)
def test_dated_membership_questions(org: str, state: str, on: str, expected: str | None) -> None:
    assert knowledge.status(state, org, on) == expected


def _members(org: str, on: str) -> set[str]:
    return {m.state.removeprefix("country:") for m in knowledge.members(org, on=on, status="member")}


def test_au_members_in_good_standing_exclude_the_suspended() -> None:
    on_date = _members("org:AU", "2022-06-01")
    assert not on_date & {"MLI", "GIN", "SDN", "BFA"}
    assert {"MAR", "SSD", "NER", "GAB"} <= on_date
    everyone = {m.state for m in knowledge.members("org:AU", on="2022-06-01")}
    assert len(everyone) == 54  # the 55th member, the SADR, has no country id


@pytest.mark.parametrize(
    ("org", "on", "expected"),
    [
        ("org:GCC", "2026-12-03", {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}),  # Charter of 25 May 1981
        ("org:AES", "2026-12-03", {"BFA", "MLI", "NER"}),
        ("org:MERCOSUR", "2025-01-01", {"ARG", "BOL", "BRA", "PRY", "URY"}),
        ("org:MERCOSUR", "2013-01-01", {"ARG", "BRA", "URY", "VEN"}),  # Paraguay suspended
        ("org:ECOWAS", "2025-06-01", {"BEN", "CIV", "CPV", "GMB", "GHA", "LBR", "NGA", "SEN", "SLE", "TGO", "GNB"}),
        ("org:ASEAN", "1990-01-01", {"IDN", "MYS", "PHL", "SGP", "THA", "BRN"}),
    ],
)
def test_members_on_a_date(org: str, on: str, expected: set[str]) -> None:
    assert _members(org, on) == expected


def test_counts_of_whole_bodies() -> None:
    # Arab League 22 (Syria suspended 2011-2023), CELAC 33, CICA 28 since Kuwait, ASEAN 11 since Timor-Leste.
    assert len(knowledge.members("org:LAS", on="2015-01-01", status="member,suspended")) == 22
    assert len(knowledge.members("org:LAS", on="2015-01-01", status="member")) == 21
    assert len(knowledge.members("org:CELAC", on="2024-01-01", status="member")) == 33
    assert len(knowledge.members("org:CICA", on="2023-01-01", status="member")) == 28
    assert len(knowledge.members("org:ASEAN", on="2025-10-25", status="member")) == 10
    assert len(knowledge.members("org:ASEAN", on="2025-10-26", status="member")) == 11
    # The General Assembly: every UN member (Charter, Art. 9); the Holy See and Palestine observe.
    assert len(knowledge.members("org:UNGA", on="2026-12-03", status="member")) == 193
    assert knowledge.status("country:PSE", "org:UNGA", "2026-12-03") == "observer"


def test_a_declared_step_is_marked_as_such() -> None:
    (frozen,) = [m for m in knowledge.history("org:CELAC") if m.state == "country:BRA" and m.status == "frozen"]
    assert frozen.formal is False and frozen.end_formal is True


def test_precision_of_a_month_date_is_kept() -> None:
    (left,) = [m for m in knowledge.history("org:ALBA") if m.state == "country:ECU"]
    assert (left.end_precision, str(left.end)) == ("month", "2018-08-01")


def test_cli_members_of_the_au_on_a_date() -> None:
    result = CliRunner().invoke(app, ["gazetteer", "members", "org:AU", "--on", "2024-01-01"])
    assert result.exit_code == 0, result.output
    assert "54 states" in result.output
    suspended = [line.split("\t")[0].strip() for line in result.output.splitlines() if "\tsuspended" in line]
    assert sorted(suspended) == ["Burkina Faso", "Gabon", "Guinea", "Mali", "Niger", "Sudan"]


def test_cli_members_with_a_status_filter() -> None:
    result = CliRunner().invoke(app, ["gazetteer", "members", "org:ECOWAS", "--on", "2025-06-01", "--status", "member"])
    assert result.exit_code == 0, result.output
    names = {line.split("\t")[0].strip() for line in result.output.splitlines() if "\tcountry:" in line}
    assert not names & {"Niger", "Burkina Faso", "Mali", "Guinea"}  # three gone, Guinea suspended
    assert "Cabo Verde" in names and "11 states" in result.output


@pytest.mark.parametrize(
    ("org", "count", "present", "absent"),
    [
        ("org:OPEC", 12, {"SAU", "GNQ", "COG"}, {"AGO", "QAT", "ECU"}),  # Angola left 1 Jan 2024
        ("org:IGAD", 7, {"SOM", "SSD"}, {"ERI"}),  # Eritrea's statement of 12 Dec 2025
        ("org:UNSC", 15, {"LVA", "COD", "PAK", "RUS"}, {"JPN", "DZA"}),  # elected for 2025-26 and 2026-27
        ("org:EAC", 8, {"SOM", "COD"}, {"ETH"}),  # Somalia ratified 4 Mar 2024
        ("org:OECD", 38, {"CRI", "COL"}, {"RUS", "BRA"}),
        ("org:COMMONWEALTH", 56, {"GAB", "TGO", "RWA"}, {"IRL", "ZWE"}),  # Gabon's suspension lifted 15 Jul 2025
        ("org:OIC", 57, {"SYR", "GUY", "SUR"}, {"IND"}),  # Syria reinstated 7 Mar 2025
        ("org:OAS", 32, {"USA", "CAN", "HTI"}, {"NIC", "CUB", "VEN"}),  # Nicaragua out 19 Nov 2023
        ("org:ECTHR", 46, {"UKR", "AZE"}, {"RUS", "BLR"}),
        ("org:NDB", 11, {"DZA", "COL", "UZB"}, {"URY", "IDN"}),  # 11 members (Rousseff, 5 Jul 2025)
        ("org:EDB", 7, {"UZB", "ARM"}, {"AZE"}),  # Uzbekistan the seventh, April 2025
        ("org:WHO", 190, {"RUS", "IDN", "SSD"}, {"USA", "ARG", "LIE"}),  # US out 22 Jan 2026, Argentina 17 Mar 2026
        ("org:IMF", 190, {"LIE", "AND", "NRU"}, {"CUB", "PRK", "MCO"}),  # 191 with Kosovo; Liechtenstein 21 Oct 2024
        ("org:CIS_IPA", 8, {"UZB", "AZE"}, {"MDA", "UKR", "GEO"}),
    ],
)
def test_current_members_on_the_day_checked(org: str, count: int, present: set[str], absent: set[str]) -> None:
    block = knowledge.default().blocks[org]
    found = {m.state.removeprefix("country:") for m in knowledge.members(org, on=block.checked, status="member")}
    assert len(found) == count
    assert present <= found and not absent & found
    assert block.history == "current"


def test_sco_partners_after_the_tianjin_summit() -> None:
    # Tianjin Declaration, 1 Sep 2025: observers and dialogue partners became "SCO partners", Laos joined.
    assert knowledge.status("country:MNG", "org:SCO", "2025-08-31") == "observer"
    assert knowledge.status("country:MNG", "org:SCO", "2025-09-01") == "partner"
    assert knowledge.status("country:LAO", "org:SCO", "2025-01-01") is None
    assert len(knowledge.members("org:SCO", on="2026-01-01", status="partner")) == 17
    assert len(knowledge.members("org:SCO", on="2026-01-01")) == 27  # "27 like-minded countries" (Wang Yi)


def test_cli_shows_a_date_as_exactly_as_its_source() -> None:
    result = CliRunner().invoke(app, ["gazetteer", "members", "org:UNASUR", "--on", "2026-12-03", "--status", "frozen"])
    assert result.exit_code == 0, result.output
    (peru,) = [line for line in result.output.splitlines() if line.strip().startswith("Peru")]
    assert "since 2018-04\t" in peru  # the April 2018 statement, known to the month
    opec = CliRunner().invoke(app, ["gazetteer", "members", "org:OPEC", "--on", "2026-12-03"])
    assert "since unknown (listed on 2026-12-03)" in opec.output and "current history, checked 2026-12-03" in opec.output


# Bodies of the UN system, Interpol and the WTO (gazetteers/knowledge/memberships-un-system.yaml): most are
# "every UN member but ...", each exception sourced; the counts are the bodies' own, less members without ids.
UN_SYSTEM_QUESTIONS = [
    ("org:UNESCO", "country:USA", "2026-12-03", "member"),  # withdrawal effective 31 Dec 2026 (State Dept, 22 Jul 2025)
    ("org:UNESCO", "country:USA", "2027-01-01", None),
    ("org:UNESCO", "country:NIC", "2027-01-01", None),  # notice of May 2025, effective 31 Dec 2026
    ("org:UNESCO", "country:ISR", "2026-12-03", None),  # left 31 Dec 2018
    ("org:UNESCO", "country:PSE", "2026-12-03", "member"),  # admitted 31 Oct 2011
    ("org:OPCW", "country:EGY", "2026-12-03", None),  # never signed the CWC
    ("org:OPCW", "country:SSD", "2026-12-03", "member"),  # acceded 2019
    ("org:OPCW", "country:PSE", "2026-12-03", "member"),  # acceded 17 May 2018
    ("org:CTBTO", "country:RUS", "2026-12-03", "member"),  # ratification revoked 2023, still a signatory
    ("org:CTBTO", "country:IND", "2026-12-03", None),
    ("org:ICAO", "country:LIE", "2026-12-03", None),  # the one UN member outside the Chicago Convention
    ("org:ILO", "country:PRK", "2026-12-03", None),
    ("org:UPU", "country:PLW", "2026-12-03", None),  # mail by the US Postal Service
    ("org:UPU", "country:VAT", "2026-12-03", "member"),
    ("org:ITU", "country:PSE", "2026-12-03", "observer"),  # Resolution 99 (Rev. Busan, 2014)
    ("org:INTERPOL", "country:TUV", "2026-12-03", None),
    ("org:INTERPOL", "country:PLW", "2026-12-03", "member"),  # the 196th, November 2023
    ("org:WTO", "country:UZB", "2026-12-03", "observer"),  # in accession
    ("org:WTO", "country:TLS", "2026-12-03", "member"),  # MC13, 26 Feb 2024
    ("org:WTO", "country:PRK", "2026-12-03", None),
    ("org:UNHRC", "country:USA", "2026-12-03", None),  # not elected for 2025-2027
    ("org:UNHRC", "country:GBR", "2026-12-03", "member"),  # elected 14 Oct 2025 for 2026-2028
    ("org:UNHRC", "country:CHN", "2027-01-01", None),  # its 2024-2026 term ends
    ("org:UNHRC", "country:IND", "2025-06-01", None),  # off the Council in 2025, back from 2026
    ("org:WORLD_BANK", "country:CUB", "2026-12-03", None),  # not an IMF member either
    ("org:WORLD_BANK", "country:NRU", "2026-12-03", "member"),  # joined 2016
    ("org:WMO", "country:LIE", "2026-12-03", None),  # one of eight UN members outside (CIA World Factbook)
    ("org:WMO", "country:AND", "2018-11-15", None),  # acceded 17 Oct 2018, in force 30 days later
    ("org:WMO", "country:AND", "2018-11-16", "member"),
    ("org:WMO", "country:NRU", "2019-05-16", "member"),  # the 193rd Member
    ("org:IMO", "country:SWZ", "2026-12-03", None),  # not a member, though the Factbook lists it
    ("org:IMO", "country:MNG", "2026-12-03", "member"),  # landlocked, a member
    ("org:IMO", "country:KGZ", "2024-02-26", None),  # the 176th, from 27 Feb 2024
    ("org:IMO", "country:KGZ", "2024-02-27", "member"),
]


@pytest.mark.parametrize(("org", "state", "on", "expected"), UN_SYSTEM_QUESTIONS)
def test_un_system_membership_questions(org: str, state: str, on: str, expected: str | None) -> None:
    assert knowledge.status(state, org, on) == expected


@pytest.mark.parametrize(
    ("org", "members", "observers"),
    [
        ("org:UNESCO", 192, 0),  # 194 less the Cook Islands and Niue
        ("org:OPCW", 191, 0),  # 193 States Parties less the Cook Islands and Niue
        ("org:CTBTO", 185, 0),  # 187 States Signatories less the Cook Islands and Niue
        ("org:ICAO", 192, 0),  # 193 less the Cook Islands
        ("org:ILO", 186, 0),  # 187 less the Cook Islands
        ("org:UPU", 190, 0),  # 192 less two joint memberships of territories
        ("org:ITU", 194, 1),
        ("org:UNCTAD", 195, 0),
        ("org:INTERPOL", 193, 0),  # 196 less Aruba, Curaçao and Sint Maarten
        ("org:FAO", 192, 0),  # 194 less the Cook Islands and Niue
        ("org:WTO", 162, 22),  # 166 less the EU, Hong Kong, Macao and Chinese Taipei; Curaçao observes too
        ("org:UNHRC", 47, 0),
        ("org:WORLD_BANK", 188, 0),  # IBRD's 189 less Kosovo
        ("org:ISDB", 57, 0),
        ("org:WMO", 185, 0),
        ("org:IMO", 175, 0),  # 176 Member States less the Cook Islands; the 3 Associate Members have no ids  # 187 Member States less the Cook Islands and Niue; the 6 Territories have no ids  # the OIC's 57: OIC membership is the condition, and both count 57
    ],
)
def test_un_system_counts_on_the_day_checked(org: str, members: int, observers: int) -> None:
    assert len(knowledge.members(org, on="2026-12-03", status="member")) == members
    assert len(knowledge.members(org, on="2026-12-03", status="observer")) == observers


# --- ECOWAS suspensions of 2009-2012 and the AU's suspensions to the day (each from the source on its event)
ECOWAS_AND_AU_SUSPENSIONS = [
    # ECOWAS
    ("org:ECOWAS", "country:GIN", "2009-01-09", "member"),  # suspended by the Abuja summit of 10 Jan 2009
    ("org:ECOWAS", "country:GIN", "2009-01-10", "suspended"),
    ("org:ECOWAS", "country:GIN", "2011-03-23", "suspended"),  # lifted by the 39th session, closed 24 Mar 2011
    ("org:ECOWAS", "country:GIN", "2011-06-01", "member"),
    ("org:ECOWAS", "country:NER", "2009-10-19", "member"),  # suspended on 20 Oct 2009 (BBC)
    ("org:ECOWAS", "country:NER", "2010-06-01", "suspended"),
    ("org:ECOWAS", "country:NER", "2012-06-01", "member"),  # Issoufou at the summits of 2012
    ("org:ECOWAS", "country:CIV", "2010-12-06", "member"),  # suspended by the Abuja summit of 7 Dec 2010
    ("org:ECOWAS", "country:CIV", "2011-01-01", "suspended"),
    ("org:ECOWAS", "country:CIV", "2011-06-01", "member"),  # reinstated in April 2011 (AFP)
    ("org:ECOWAS", "country:MLI", "2012-03-26", "member"),  # suspended by the Abidjan summit of 27 Mar 2012
    ("org:ECOWAS", "country:MLI", "2012-04-01", "suspended"),
    ("org:ECOWAS", "country:MLI", "2012-06-01", "member"),  # all sanctions lifted on 7 Apr 2012 (RFI)
    ("org:ECOWAS", "country:MLI", "2021-06-01", "suspended"),  # Accra, 30 May 2021
    ("org:ECOWAS", "country:GNB", "2013-01-01", "member"),  # 2012: sanctions, no suspension found
    # African Union (Peace and Security Council)
    ("org:AU", "country:GIN", "2008-12-28", "member"),  # PSC 165th meeting, 29 Dec 2008
    ("org:AU", "country:GIN", "2008-12-29", "suspended"),
    ("org:AU", "country:GIN", "2011-01-01", "member"),  # reinstated on 9 Dec 2010 (VOA)
    ("org:AU", "country:MDG", "2009-03-19", "member"),  # PSC 181st meeting, 20 Mar 2009
    ("org:AU", "country:MDG", "2009-03-20", "suspended"),
    ("org:AU", "country:MRT", "2007-04-09", "suspended"),  # lifted by the PSC on 10 Apr 2007 (Jeune Afrique)
    ("org:AU", "country:MRT", "2007-04-10", "member"),
    ("org:AU", "country:MLI", "2012-10-23", "suspended"),  # lifted by the PSC on 24 Oct 2012 (RFI, VOA)
    ("org:AU", "country:MLI", "2012-10-24", "member"),
    ("org:AU", "country:GNB", "2012-04-16", "member"),  # PSC 318th meeting, 17 Apr 2012
    ("org:AU", "country:GNB", "2012-04-17", "suspended"),
    ("org:AU", "country:GNB", "2014-06-17", "member"),  # PSC 442nd meeting (Reuters)
    ("org:AU", "country:CAF", "2013-03-24", "member"),  # PSC 363rd meeting, 25 Mar 2013
    ("org:AU", "country:CAF", "2013-03-25", "suspended"),
    ("org:AU", "country:CAF", "2016-04-06", "member"),  # Jeune Afrique
    ("org:AU", "country:EGY", "2013-07-04", "member"),  # PSC 384th meeting, 5 Jul 2013
    ("org:AU", "country:EGY", "2014-06-16", "suspended"),
    ("org:AU", "country:EGY", "2014-06-17", "member"),  # PSC 442nd meeting (Daily News Egypt)
    ("org:AU", "country:SDN", "2019-09-05", "suspended"),  # PSC 875th meeting, 6 Sep 2019 (Sudan Tribune)
    ("org:AU", "country:SDN", "2019-09-06", "member"),
    ("org:AU", "country:CIV", "2011-04-21", "member"),  # lifted on 21 Apr 2011 (TSF/Lusa)
    ("org:AU", "country:CAF", "2005-06-22", "suspended"),  # lifted by the PSC on Thursday 23 Jun 2005 (IRIN)
    ("org:AU", "country:CAF", "2005-06-23", "member"),
    ("org:AU", "country:BFA", "2015-09-20", "suspended"),  # PSC 544th meeting, 18 Sep 2015 (AFP)
    ("org:AU", "country:BFA", "2015-09-26", "member"),  # lifted at the PSC meeting in New York (AFP)
    ("org:AU", "country:NER", "2026-01-01", "suspended"),  # since 22 Aug 2023, not lifted
    ("org:AU", "country:MDG", "2026-01-01", "suspended"),  # since 15 Oct 2025
]


@pytest.mark.parametrize(("org", "state", "on", "expected"), ECOWAS_AND_AU_SUSPENSIONS)
def test_ecowas_and_au_suspensions(org: str, state: str, on: str, expected: str | None) -> None:
    assert knowledge.status(state, org, on) == expected


def test_ecowas_in_the_middle_of_the_2012_mali_crisis() -> None:
    # 1 Apr 2012: Mali suspended (27 Mar), Guinea and Niger back since 2011, Côte d'Ivoire since April 2011.
    assert _members("org:ECOWAS", "2012-04-01") == {
        "BEN", "BFA", "CIV", "CPV", "GMB", "GHA", "GIN", "GNB", "LBR", "NER", "NGA", "SEN", "SLE", "TGO"
    }
    suspended = {m.state for m in knowledge.members("org:ECOWAS", on="2010-06-01", status="suspended")}
    assert suspended == {"country:GIN", "country:NER"}  # Guinea since Jan 2009, Niger since Oct 2009


def test_niger_and_guinea_were_reinstated_by_the_same_summit() -> None:
    # The Abuja summit lifted both suspensions on Thursday 24 March 2011 (AFP via Jeune Afrique).
    for state in ("country:NER", "country:GIN"):
        (suspension,) = [m for m in knowledge.members("org:ECOWAS", on="2010-06-01") if m.state == state]
        assert suspension.until == "2011-03-24" and suspension.end_precision == "day"
    assert knowledge.status("country:NER", "org:ECOWAS", "2011-03-23") == "suspended"
    assert knowledge.status("country:NER", "org:ECOWAS", "2011-03-24") == "member"


def test_ecowas_observers_are_not_members() -> None:
    # Tunisia: observer status granted by the 51st session, 4 Jun 2017; Morocco an observer since 2005.
    assert knowledge.status("country:TUN", "org:ECOWAS", "2017-06-03") is None
    assert knowledge.status("country:TUN", "org:ECOWAS", "2020-01-01") == "observer"
    assert knowledge.status("country:MAR", "org:ECOWAS", "2010-01-01") == "observer"
    assert not {"MAR", "TUN"} & _members("org:ECOWAS", "2020-01-01")

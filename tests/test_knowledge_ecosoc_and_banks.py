"""Current members of ECOSOC, the OIF, the EBRD and the ADB (gazetteers/knowledge/memberships-current.yaml): each
count is the body's published one less members without a country id, each dated answer the source cited on its
event."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from orgmentions import knowledge
from orgmentions.cli import app

CHECKED = "2026-12-03"


@pytest.mark.parametrize(
    ("org", "count"),
    [
        ("org:ECOSOC", 54),  # 14 + 11 + 6 + 10 + 13 seats, every one filled in 2026
        ("org:EBRD", 76),  # 77 countries with the EU and the EIB make 79; Kosovo has no id
        ("org:ADB", 65),  # 69 less Hong Kong, China, Taipei, China, the Cook Islands and Niue
    ],
)
def test_member_counts_on_the_day_checked(org: str, count: int) -> None:
    assert len(knowledge.members(org, on=CHECKED, status="member")) == count
    assert knowledge.default().blocks[org].history == "current"


QUESTIONS = [
    # ECOSOC: GA/12687 (4 June 2025) and the terms elected in 2023 and 2024
    ("org:ECOSOC", "country:USA", "2025-06-01", None),  # not on the Council in 2025
    ("org:ECOSOC", "country:USA", CHECKED, "member"),  # Switzerland's seat, 2026-2027
    ("org:ECOSOC", "country:USA", "2028-01-01", None),
    ("org:ECOSOC", "country:DEU", CHECKED, "member"),  # Liechtenstein's seat for 2026 only
    ("org:ECOSOC", "country:DEU", "2027-01-01", None),
    ("org:ECOSOC", "country:ITA", CHECKED, None),  # gave its seat up at the end of 2025
    ("org:ECOSOC", "country:RUS", CHECKED, "member"),  # run-off against Belarus
    ("org:ECOSOC", "country:BLR", CHECKED, None),
    ("org:ECOSOC", "country:SUR", "2026-12-31", "member"),  # 1 Jan 2024 - 31 Dec 2026
    ("org:ECOSOC", "country:SUR", "2027-01-01", None),
    ("org:ECOSOC", "country:DZA", "2027-12-31", "member"),  # 1 Jan 2025 - 31 Dec 2027
    # EBRD: the shareholders' table and the Bank's news of July 2025
    ("org:EBRD", "country:NGA", "2025-02-25", None),  # joined 26 Feb 2025
    ("org:EBRD", "country:NGA", "2025-02-26", "member"),
    ("org:EBRD", "country:KEN", "2025-07-31", "member"),  # the 78th and 79th shareholders with Senegal
    ("org:EBRD", "country:RUS", CHECKED, "member"),  # still a shareholder
    ("org:EBRD", "country:GHA", CHECKED, None),  # approved in 2024, completion not found
    ("org:EBRD", "country:IRQ", "2023-11-13", None),  # joined 14 Nov 2023
    # ADB
    ("org:ADB", "country:ISR", "2024-09-26", None),  # the 69th member from 27 Sep 2024
    ("org:ADB", "country:ISR", CHECKED, "member"),
    ("org:ADB", "country:TUR", CHECKED, "member"),
    ("org:ADB", "country:RUS", CHECKED, None),
    # OIF: the summits of Yerevan (2018) and Villers-Cotterêts (2024), the Sahel withdrawals of March 2025
    ("org:OIF", "country:GHA", CHECKED, "member"),  # an associate until October 2024
    ("org:OIF", "country:SRB", CHECKED, "associate"),  # an observer until October 2018
    ("org:OIF", "country:IRL", CHECKED, "observer"),
    ("org:OIF", "country:AGO", CHECKED, "observer"),
    ("org:OIF", "country:NER", CHECKED, None),  # withdrawal notified on 17 March 2025
    ("org:OIF", "country:MLI", CHECKED, None),
    ("org:OIF", "country:GIN", CHECKED, "member"),  # suspension lifted on 24 Sep 2024
    ("org:OIF", "country:DZA", CHECKED, None),  # never joined
]


@pytest.mark.parametrize(("org", "state", "on", "expected"), QUESTIONS)
def test_membership_questions(org: str, state: str, on: str, expected: str | None) -> None:
    assert knowledge.status(state, org, on) == expected


def test_oif_statuses_add_up_to_its_count_less_the_sahel_withdrawals() -> None:
    # 93 after Villers-Cotterêts (56 + 5 + 32) less Niger, Burkina Faso and Mali: 53 + 5 + 32 = 90, of which
    # ten are governments or territories without a country id (3 members, 2 associates, 5 observers).
    counts = {s: len(knowledge.members("org:OIF", on=CHECKED, status=s)) for s in ("member", "associate", "observer")}
    assert counts == {"member": 50, "associate": 3, "observer": 27}


def test_cli_lists_the_ebrd_shareholders_with_the_day_each_joined() -> None:
    result = CliRunner().invoke(app, ["gazetteer", "members", "org:EBRD", "--on", CHECKED])
    assert result.exit_code == 0, result.output
    assert "76 states" in result.output
    (china,) = [line for line in result.output.splitlines() if line.strip().startswith("China")]
    assert "since 2016-01-15\t" in china
    (senegal,) = [line for line in result.output.splitlines() if line.strip().startswith("Senegal")]
    assert "since 2025-07\t" in senegal  # known to the month only

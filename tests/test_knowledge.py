"""Dated membership questions answered from the sources cited in gazetteers/knowledge/, and the loader's checks."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from orgmentions import knowledge
from orgmentions.errors import GazetteerError
from orgmentions.gazetteer import Gazetteer, gazetteer_files
from orgmentions.knowledge import Knowledge

# (organisation, state, date, status on that date or None): each from the source on the event.
QUESTIONS = [
    ("org:CSTO", "country:UZB", "2010-01-01", "member"),  # back from 16 Aug 2006 (TASS)
    ("org:CSTO", "country:UZB", "2013-01-01", None),  # suspended 19 Dec 2012 (TASS)
    ("org:CSTO", "country:UZB", "2003-06-01", None),  # did not sign the 1999 extension protocol
    ("org:CSTO", "country:ARM", "2023-12-31", "member"),
    ("org:CSTO", "country:ARM", "2024-06-01", "frozen"),  # Pashinyan, 22 Feb 2024
    ("org:CSTO", "country:GEO", "1996-01-01", "member"),
    ("org:CSTO", "country:GEO", "2000-01-01", None),
    ("org:SCO", "country:BLR", "2024-07-03", "observer"),
    ("org:SCO", "country:BLR", "2024-07-04", "member"),  # Astana summit
    ("org:SCO", "country:BLR", "2012-01-01", "dialogue_partner"),
    ("org:SCO", "country:IND", "2010-01-01", "observer"),  # COW IGO says never: wrong
    ("org:SCO", "country:IND", "2018-01-01", "member"),
    ("org:SCO", "country:IRN", "2023-07-04", "member"),
    ("org:BRICS", "country:EGY", "2023-12-31", None),
    ("org:BRICS", "country:EGY", "2024-01-01", "member"),
    ("org:BRICS", "country:SAU", "2024-06-01", None),  # invited, never confirmed
    ("org:BRICS", "country:ZAF", "2010-06-01", None),
    ("org:BRICS", "country:ZAF", "2011-04-14", "member"),
    ("org:BRICS", "country:KAZ", "2025-03-01", "partner"),
    ("org:EAEU", "country:ARM", "2015-01-01", None),  # one day after the first three
    ("org:EAEU", "country:ARM", "2015-01-02", "member"),
    ("org:EAEU", "country:KGZ", "2015-08-11", None),
    ("org:EAEU", "country:KGZ", "2015-08-12", "member"),
    ("org:EAEU", "country:IRN", "2025-01-01", "observer"),
    ("org:CIS", "country:GEO", "2009-08-17", "member"),
    ("org:CIS", "country:GEO", "2009-08-18", None),  # left a year after its notice
    ("org:CIS", "country:TKM", "2006-01-01", "associate"),
    ("org:CIS", "country:UKR", "2019-01-01", None),
    ("org:EURASEC", "country:RUS", "2015-01-01", None),  # dissolved with the EAEU's start
]


@pytest.mark.parametrize(("org", "state", "on", "expected"), QUESTIONS)
def test_dated_membership_questions(org: str, state: str, on: str, expected: str | None) -> None:
    assert knowledge.status(state, org, on) == expected


@pytest.mark.parametrize(
    ("org", "on", "expected"),
    [
        ("org:CSTO", "2013-01-01", {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}),
        ("org:CSTO", "2010-01-01", {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"}),
        ("org:SCO", "2016-01-01", {"CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"}),
        ("org:SCO", "2024-01-01", {"CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB", "IND", "PAK", "IRN"}),
        ("org:SCO", "2024-08-01", {"CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB", "IND", "PAK", "IRN", "BLR"}),
        ("org:BRICS", "2010-06-01", {"BRA", "RUS", "IND", "CHN"}),
        ("org:BRICS", "2020-01-01", {"BRA", "RUS", "IND", "CHN", "ZAF"}),
        ("org:BRICS", "2024-06-01", {"BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE"}),
        ("org:EAEU", "2015-01-01", {"BLR", "KAZ", "RUS"}),
        ("org:EAEU", "2015-06-01", {"ARM", "BLR", "KAZ", "RUS"}),
        ("org:EAEU", "2020-01-01", {"ARM", "BLR", "KAZ", "KGZ", "RUS"}),
        ("org:CIS", "1995-01-01", {"ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"}),
        ("org:CIS", "2010-01-01", {"ARM", "AZE", "BLR", "KAZ", "KGZ", "MDA", "RUS", "TJK", "UKR", "UZB"}),
        ("org:CIS", "2020-01-01", {"ARM", "AZE", "BLR", "KAZ", "KGZ", "MDA", "RUS", "TJK", "UZB"}),
    ],
)
def test_members_on_a_date(org: str, on: str, expected: set[str]) -> None:
    found = {m.state.removeprefix("country:") for m in knowledge.members(org, on=on, status="member")}
    assert found == expected


def test_a_date_may_be_a_date_a_datetime_or_a_string() -> None:
    as_string = knowledge.members("org:CSTO", on="2013-01-01")
    assert knowledge.members("org:CSTO", on=date(2013, 1, 1)) == as_string
    assert knowledge.members("org:CSTO", on=datetime(2013, 1, 1, 15, 30)) == as_string
    with pytest.raises(GazetteerError, match=r"\[E086\]"):
        knowledge.members("org:CSTO", on="next Tuesday")


def test_memberships_of_a_state() -> None:
    bodies = {m.org: m.status for m in knowledge.memberships("country:BLR", on="2025-03-01")}
    assert bodies["org:SCO"] == "member"
    assert bodies["org:BRICS"] == "partner"
    assert "org:EURASEC" not in bodies


def test_structure_and_identifiers() -> None:
    assert knowledge.parent("org:UNSC") == "org:UN"
    assert "org:UNSC" in knowledge.children("org:UN")
    assert knowledge.successor("org:EURASEC") == "org:EAEU"
    assert knowledge.predecessor("org:EAEU") == "org:EURASEC"
    codes = knowledge.codes("country:KGZ")
    assert (codes.iso2, codes.iso3, codes.iso_numeric, codes.m49) == ("KG", "KGZ", "417", "417")
    assert knowledge.qid("country:RUS") == "Q159"


def test_the_entity_loader_skips_the_knowledge_folder(tmp_path) -> None:
    (tmp_path / "entities.yaml").write_text("entities: []\n")
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "memberships.yaml").write_text("memberships: []\n")
    assert gazetteer_files([tmp_path]) == [tmp_path / "entities.yaml"]


def _load(tmp_path, body: str) -> Knowledge:
    path = tmp_path / "broken.yaml"
    path.write_text(body, encoding="utf-8")
    return Knowledge.load([path], gazetteer=Gazetteer.load())


BLOCK = """memberships:
  - org: org:CSTO
    history: complete
    checked: 2026-12-03
    events:
      - {state: country:RUS, status: member, from: 1992-05-15, source: treaty}
"""


@pytest.mark.parametrize(
    ("event", "code", "where"),
    [
        ("{state: country:XYZ, status: member, from: 2000, source: s}", "E081", "org:CSTO country:XYZ: state"),
        ("{state: country:KAZ, status: member, from: 2000, to: 1999, source: s}", "E082", "org:CSTO country:KAZ: to"),
        ("{state: country:RUS, status: observer, from: 2000, source: s}", "E083", "org:CSTO country:RUS"),
        ("{state: country:KAZ, status: friend, from: 2000, source: s}", "E080", "org:CSTO country:KAZ: status"),
        ("{state: country:KAZ, status: member, from: 2000}", "E084", "org:CSTO country:KAZ: source"),
        ("{state: country:KAZ, status: member, from: 2000-13, source: s}", "E080", "org:CSTO country:KAZ: from"),
    ],
)
def test_loader_rejects_broken_events(tmp_path, event: str, code: str, where: str) -> None:
    with pytest.raises(GazetteerError) as caught:
        _load(tmp_path, BLOCK + f"      - {event}\n")
    message = str(caught.value)
    assert f"[{code}]" in message
    assert "broken.yaml:7" in message  # the line of the broken event
    assert where in message


def test_loader_rejects_an_unknown_organisation(tmp_path) -> None:
    with pytest.raises(GazetteerError, match=r"\[E081\].*broken.yaml:2: org:NOPE: org"):
        _load(tmp_path, BLOCK.replace("org:CSTO", "org:NOPE"))


def test_a_pending_block_waits_for_its_entity(tmp_path) -> None:
    pending = BLOCK.replace("org:CSTO", "org:NOPE").replace("history:", "pending: true\n    history:")
    assert _load(tmp_path, pending).periods == []


def test_cli_members(tmp_path) -> None:
    from typer.testing import CliRunner

    from orgmentions.cli import app

    result = CliRunner().invoke(app, ["gazetteer", "members", "org:BRICS", "--on", "2025-03-01", "--status", "partner"])
    assert result.exit_code == 0, result.output
    assert "Kazakhstan" in result.output and "Egypt" not in result.output
    shown = CliRunner().invoke(app, ["gazetteer", "show", "org:CSTO", "--on", "2010-01-01"])
    assert "Uzbekistan" in shown.output and "7 states" in shown.output


def test_cli_members_prints_each_source_once() -> None:
    from typer.testing import CliRunner

    from orgmentions.cli import app

    output = CliRunner().invoke(app, ["gazetteer", "members", "org:CSTO", "--on", "2013-01-01"]).output
    rows = [line for line in output.splitlines() if "\tcountry:" in line]
    # The six states of 2013 share the treaty's source: one footnote, printed once under the list.
    assert len(rows) == 6 and all(row.endswith("\t[1]") for row in rows)
    assert output.count("odkb-csto.org") == 1 and "\n  [1] Collective Security Treaty" in output


def test_membership_timeline_has_a_row_per_state(tmp_path) -> None:
    pytest.importorskip("matplotlib")
    from orgmentions.notebook.plots import membership_timeline

    figure = membership_timeline("org:CSTO", until="2025-01-01", path=tmp_path / "csto.png")
    labels = [tick.get_text() for tick in figure.axes[0].get_yticklabels()]
    assert set(labels) == {"Armenia", "Azerbaijan", "Belarus", "Georgia", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"}
    assert (tmp_path / "csto.png").stat().st_size > 0


CURRENT = """memberships:
  - org: org:OPEC
    history: current
    checked: 2026-12-03
    events:
      - {state: country:SAU, status: member, source: "OPEC, Member Countries"}
"""


def test_a_current_block_may_leave_the_start_out(tmp_path) -> None:
    loaded = _load(tmp_path, CURRENT)
    (period,) = loaded.members("org:OPEC", on="2026-12-03")
    assert (period.start, period.start_precision) == (date(2026, 12, 3), "checked")
    assert loaded.members("org:OPEC", on="2026-01-01") == []  # not known before the day checked


def test_a_complete_history_needs_every_start(tmp_path) -> None:
    with pytest.raises(GazetteerError, match=r"\[E100\].*broken.yaml:6: org:OPEC country:SAU: from"):
        _load(tmp_path, CURRENT.replace("history: current", "history: complete"))

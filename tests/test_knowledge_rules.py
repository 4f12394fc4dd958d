"""The `every_member_of` rule (a body whose members are the UN's but for a few) and the cached default knowledge."""

from __future__ import annotations

import pytest

from orgmentions import knowledge
from orgmentions.errors import GazetteerError
from orgmentions.gazetteer import Gazetteer, bundled_gazetteer_dir
from orgmentions.knowledge import Knowledge

UN_FILE = bundled_gazetteer_dir() / "knowledge" / "memberships-un.yaml"

RULE = """memberships:
  - org: org:FAO
    history: current
    checked: 2026-12-03
    sources:
      fao: "FAO, Members of FAO"
    every_member_of:
      org: org:UN
      source: fao
      except:
        - {state: country:LIE, source: "not a member of FAO"}
    events:
      - {state: country:USA, status: member, from: 1945-10-16, source: fao}
"""


def _load(tmp_path, body: str) -> Knowledge:
    path = tmp_path / "rule.yaml"
    path.write_text(body, encoding="utf-8")
    return Knowledge.load([UN_FILE, path], gazetteer=Gazetteer.load())


def test_a_rule_takes_the_un_members_but_the_exceptions(tmp_path) -> None:
    loaded = _load(tmp_path, RULE)
    members = loaded.member_ids("org:FAO", on="2026-12-03")
    un_members = loaded.member_ids("org:UN", on="2026-12-03", status="member")
    assert members == un_members - {"country:LIE"}
    (usa,) = [m for m in loaded.members("org:FAO", on="2026-12-03") if m.state == "country:USA"]
    assert usa.since == "1945-10-16"  # the block's own event, not the rule's
    (france,) = [m for m in loaded.members("org:FAO", on="2026-12-03") if m.state == "country:FRA"]
    assert france.source == "FAO, Members of FAO" and france.start_precision == "checked"
    assert loaded.members("org:FAO", on="2026-01-01", status="member") == [usa]  # the rule holds from the day checked


@pytest.mark.parametrize(
    ("edit", "code", "where"),
    [
        (("history: current", "history: complete"), "E101", "rule.yaml:8: org:FAO: every_member_of"),
        (("org: org:UN", "org: org:WTO"), "E102", "rule.yaml:8: org:FAO: every_member_of"),
        (("country:LIE, source", "country:PSE, source"), "E103", "rule.yaml:11: org:FAO: except: 'country:PSE'"),
        (('source: "not a member of FAO"', "note: why"), "E104", "rule.yaml:11: org:FAO: except"),
        (("country:LIE, source", "country:XYZ, source"), "E081", "org:FAO: state"),
    ],
)
def test_a_broken_rule_is_rejected_with_its_place(tmp_path, edit: tuple[str, str], code: str, where: str) -> None:
    with pytest.raises(GazetteerError) as caught:
        _load(tmp_path, RULE.replace(*edit))
    assert f"[{code}]" in str(caught.value) and where in str(caught.value)


def test_module_questions_load_the_knowledge_once(monkeypatch) -> None:
    calls = []
    real_load = Knowledge.load.__func__

    def counting_load(cls, *args, **kwargs):
        calls.append(1)
        return real_load(cls, *args, **kwargs)

    monkeypatch.setattr(Knowledge, "load", classmethod(counting_load))
    knowledge.reload()
    for day in range(1000):
        knowledge.members("org:CSTO", on=f"{2000 + day % 26}-01-01")
        knowledge.status("country:ARM", "org:CSTO", on="2013-01-01")
    assert len(calls) == 1
    assert knowledge.member_ids("org:CSTO", on="2010-01-01") >= {"country:UZB"}


def test_icc_states_parties_follow_withdrawals_and_accessions() -> None:
    # 125 States Parties less the Cook Islands (no id) = 124; Hungary's withdrawal took effect on 2 June 2026.
    before_hungary_left = knowledge.member_ids("org:ICC", on="2026-12-03") | {"country:HUN"}
    assert knowledge.status("country:HUN", "org:ICC", on="2026-06-01") == "member"
    assert knowledge.status("country:HUN", "org:ICC", on="2026-06-02") is None
    assert len(before_hungary_left) == 124
    assert {"country:UKR", "country:KIR", "country:PSE", "country:MLI"} <= before_hungary_left
    assert not {"country:USA", "country:RUS", "country:CHN", "country:BDI", "country:PHL"} & before_hungary_left


def test_idb_has_48_members_borrowing_and_not() -> None:
    members = knowledge.member_ids("org:IADB", on="2026-12-03")
    assert len(members) == 48
    assert {"country:HTI", "country:CHN", "country:KOR", "country:HRV"} <= members
    assert not {"country:CUB", "country:RUS", "country:AUS"} & members


def test_g77_is_the_developing_world_without_europe_and_the_oecd() -> None:
    members = knowledge.member_ids("org:G77", on="2026-12-03")
    assert len(members) == 134
    assert {"country:CHN", "country:PSE", "country:BIH", "country:CHL", "country:TJK", "country:COL"} <= members
    assert not {"country:MEX", "country:KOR", "country:KAZ", "country:TUV", "country:RUS"} & members


def test_nam_grew_to_121_with_south_sudan() -> None:
    members = knowledge.member_ids("org:NAM", on="2026-12-03")
    assert len(members) == 121
    assert {"country:PSE", "country:AZE", "country:BLR", "country:HTI", "country:SSD", "country:CUB"} <= members
    assert not {"country:BRA", "country:CHN", "country:ARG", "country:CYP", "country:MLT"} & members
    assert "country:SSD" not in knowledge.member_ids("org:NAM", on="2023-12-31")


def test_afdb_has_54_african_and_27_other_shareholders() -> None:
    # 81 shareholders (2025 Annual Meetings); Ireland the 81st on 24 April 2020; the UAE is in the Fund only.
    members = knowledge.member_ids("org:AFDB", on="2026-12-03")
    assert len(members) == 81
    african = members & knowledge.member_ids("org:AU", on="2026-12-03", status="member,suspended")
    assert len(african) == 54
    assert {"country:MAR", "country:SSD", "country:CHN", "country:KWT", "country:BRA"} <= members
    assert not {"country:ARE", "country:RUS", "country:MEX"} & members
    assert knowledge.status("country:IRL", "org:AFDB", on="2020-04-23") is None
    assert knowledge.status("country:IRL", "org:AFDB", on="2020-04-24") == "member"

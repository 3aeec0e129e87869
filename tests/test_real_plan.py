"""The real plan 2025-2029 is faithful to the source document and well-formed."""

from __future__ import annotations

from datetime import date, datetime, time

from dateutil.rrule import rrulestr

from conftest import REAL_PLAN, REPO
from regiotrack.plan.model import notes_text
from regiotrack.plan.periods import Period
from regiotrack.store.locate import bundled_plan
from regiotrack.store.reading import read_plan
from regiotrack.store.writing import dumps

plan = read_plan(REAL_PLAN).plan


def test_all_21_rows_of_the_planning_table_in_order() -> None:
    assert [s.id for s in plan.steps] == [f"T{n:02d}" for n in range(1, 22)]
    kinds = [s.kind for s in plan.steps]
    assert kinds.count("sessie") == 7
    assert kinds.count("deadline") == 6
    assert kinds.count("dag") == 2
    assert plan.steps[0].activity == "Consultatie netwerkpartners"
    assert plan.steps[-1].activity == "Formeel besluit Gemeenteraad (zienswijze)"


def test_imprecise_rows_are_stored_as_what_they_are() -> None:
    steps = {s.id: s for s in plan.steps}
    assert steps["T18"].period == Period.parse("2026-01")  # "Januari", "Hele maand"
    assert steps["T19"].period == Period.parse("begin 2026-02")  # "Begin februari"
    assert steps["T21"].period == Period.parse("eind 2026-02/begin 2026-03")
    assert steps["T05"].day == date(2025, 9, 26)  # "26-sep"
    assert (steps["T01"].start, steps["T01"].end) == (date(2025, 9, 1), date(2025, 9, 5))


def test_lead_times_fixed_dates_and_remarks() -> None:
    steps = {s.id: s for s in plan.steps}
    assert steps["T04"].papers_lead_time == "1 week"
    assert steps["T04"].remark == "Week van tevoren stukken aanleveren"
    assert [s.id for s in plan.steps if s.fixed_date] == ["T11", "T14", "T17"]
    assert steps["T15"].done_by == date(2025, 11, 25)  # "AF op 25 november"
    assert steps["T16"].papers_for == "T17"  # "1 week voor ABDB"


def test_election_constraint() -> None:
    (constraint,) = plan.constraints
    assert (constraint.step, constraint.before, constraint.strength) == ("T21", date(2026, 3, 18), "voorkeur")


def test_working_groups_and_their_trekkers_per_section_10_4() -> None:
    groups = {g.id: g for g in plan.working_groups}
    assert groups["WG-01"].leads == ("LT", "VT")
    assert groups["WG-02"].leads == ("JBRA",)
    assert groups["WG-03"].leads == ("GEM-AMS",)
    assert all(g.source == "§10.4" for g in plan.working_groups)


def test_partner_meeting_twice_a_year_through_2029_without_invented_dates() -> None:
    ids = [m.id for m in plan.partner_meetings]
    assert ids == [f"PO-{y}-{h}" for y in range(2026, 2030) for h in (1, 2)]
    assert all(m.day is None for m in plan.partner_meetings)


def test_agreements_have_ids_sources_and_leads() -> None:
    b2 = [a for a in plan.agreements if a.id.startswith("B2-")]
    later = [a for a in plan.agreements if a.id.startswith("A-")]
    assert len(b2) >= 10 and len(later) >= 4
    assert all(a.source and a.source.startswith("§") for a in plan.agreements)
    expertise = next(a for a in plan.agreements if a.id == "B2-01")
    assert (expertise.lead, str(expertise.deadline), expertise.source) == ("VT", "2026-Q1", "§4.3; §6.1")


def test_governance_bodies_of_section_10_5() -> None:
    ids = {b.id for b in plan.bodies}
    assert {"ABDB", "PT", "SG-HGKM", "DO-VZ", "SG-VZ", "RADEN"} <= ids


def test_recurring_elder_abuse_day_is_15_june_each_year() -> None:
    (moment,) = plan.recurring
    rule = rrulestr(moment.rule, dtstart=datetime.combine(moment.first, time()))
    days = [d.date() for d in rule.between(datetime(2025, 1, 1), datetime(2029, 12, 31), inc=True)]
    assert days == [date(y, 6, 15) for y in range(2026, 2030)]


def test_file_is_in_canonical_form_and_write_twice_is_identical() -> None:
    text = REAL_PLAN.read_text(encoding="utf-8")
    once = dumps(read_plan(REAL_PLAN).plan)
    assert once == text
    assert dumps(plan) == once


def test_bundled_copy_equals_the_plan_in_plans() -> None:
    assert bundled_plan().read_bytes() == REAL_PLAN.read_bytes(), (
        "src/regiotrack/data/2025-2029.toml differs from plans/2025-2029.toml; "
        "copy the plan: cp plans/2025-2029.toml src/regiotrack/data/"
    )
    assert (REPO / "src" / "regiotrack" / "data" / "2025-2029.toml").exists()


def test_no_resident_data_in_the_plan() -> None:
    import re

    text = REAL_PLAN.read_text(encoding="utf-8")
    assert not re.search(r"\b\d{9}\b", text)  # BSN-like numbers
    assert "@" not in text


def test_no_deadline_the_source_does_not_give() -> None:
    """Bijlage 2 is '[Nog vast te stellen]': the B2 items have no appendix deadline (issue 15)."""
    from regiotrack.plan.schedule import rows

    late = [r.id for r in rows(plan, date(2026, 4, 1)) if r.type == "afspraak" and r.standing.overdue]
    assert late == ["B2-01"]  # "in Q1 van 2026": the source's own words (B2-02 runs to "begin 2026")
    assert not any("Bijlage 2" in notes_text(a.notes) + (a.source or "") for a in plan.agreements)
    dated = {a.id for a in plan.agreements if a.deadline is not None and "deadline" not in a.assumed}
    assert dated == {"B2-01", "B2-02", "A-02", "A-04"}


def test_the_four_effects_of_section_1_3_verbatim() -> None:
    assert [(e.id, e.name) for e in plan.effects] == [
        ("E1", "Voorkomen van geweld"),
        (
            "E2",
            "Duurzaam stoppen van huiselijk geweld, kindermishandeling en seksueel geweld en van "
            "intergenerationele overdracht",
        ),
        ("E3", "Bescheiden en betrouwbare overheid"),
        ("E4", "Zorgzame samenleving"),
    ]


def test_retired_and_corrected_items() -> None:
    agreements = {a.id: a for a in plan.agreements}
    assert agreements["A-01"].status == "vervallen" and "A-06" in (agreements["A-01"].reason or "")
    assert [agreements[f"A-{n:02d}"].lead for n in range(6, 12)] == [
        "GEM-AMS",
        "GEM-AMV",
        "GEM-AAL",
        "GEM-DIE",
        "GEM-UIT",
        "GEM-OA",
    ]
    assert agreements["A-03"].deadline is None and "hoopt" in (agreements["A-03"].quote or "")
    assert agreements["A-05"].deadline is None  # "per 2030" is the goal, not a deadline
    assert agreements["B2-09"].lead is None and agreements["B2-09"].partners == ("BRICHT", "WAAG")
    assert agreements["B2-14"].lead == "GEMEENTEN"  # "zullen de gemeenten hun partners vragen"
    (r01,) = plan.constraints
    assert "voorgelegd" in r01.description and r01.assumed == ("voor",)


def test_every_declared_organisation_has_a_role_except_the_researcher() -> None:
    roles = {a.lead for a in plan.agreements} | {p for a in plan.agreements for p in a.partners}
    roles |= {t for g in plan.working_groups for t in (*g.leads, *g.facilitators)}
    idle = sorted(o.id for o in plan.organisations if o.id not in roles)
    assert idle == ["REGIOPLAN"]  # did the perpetrator research (§6.2): past work, no commitment

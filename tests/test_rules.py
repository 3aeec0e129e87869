"""Rule warnings on the real plan and on small variations of it."""

from __future__ import annotations

from datetime import date

from conftest import REAL_PLAN
from regiotrack.check.rules import rule_warnings
from regiotrack.plan.edits import set_deadline
from regiotrack.store.reading import read_plan

loaded = read_plan(REAL_PLAN)


def warnings_for(today: date, plan=loaded.plan) -> list[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    return [(w.item, w.field, w.message) for w in rule_warnings(plan, today, loaded.index, "plan.toml")]


def test_real_plan_warnings_on_2026_11_22() -> None:
    assert warnings_for(date(2026, 11, 22)) == [
        (
            "T03",
            "stukken_voor",
            "levert stukken tot 2025-09-19, maar T04 (Bestuurlijke consultatie Jeugd, Zorg en "
            "Veiligheid (Staf)) vraagt ze 1 week vooraf: uiterlijk 2025-09-15",
        ),
        (
            "T06",
            "stukken_voor",
            "levert stukken tot 2025-10-03, maar T07 (Consultatie gemeenteraden) vraagt ze "
            "1 week vooraf: uiterlijk 2025-09-30",
        ),
        (
            "PO-2026-2",
            "datum",
            "Partneroverleg 2e halfjaar 2026 heeft nog geen datum; het halfjaar eindigt over 39 dagen",
        ),
        (
            "PO-2027-1",
            "datum",
            "Partneroverleg 1e halfjaar 2027 heeft nog geen datum; het halfjaar begint over 40 dagen",
        ),
    ]


def test_partner_meeting_warning_depends_on_today() -> None:
    items = {w[0] for w in warnings_for(date(2025, 10, 1))}
    assert not any(i and i.startswith("PO-") for i in items)


def test_moving_the_council_decision_past_the_elections_warns() -> None:
    edit = set_deadline(loaded.plan, "T21", date(2026, 3, 19))
    messages = [w for w in warnings_for(date(2026, 1, 1), edit.apply(loaded.plan)) if w[0] == "R-01"]
    assert messages == [
        (
            "R-01",
            "voor",
            "T21 (Formeel besluit Gemeenteraad (zienswijze)) valt op of na 2026-03-18: "
            "Besluit vóór de gemeenteraadsverkiezingen van maart 2026 aan de gemeenteraden "
            "voorgelegd (voorkeur) wordt niet gehaald",
        )
    ]


def test_session_on_a_public_holiday_or_weekend_warns() -> None:
    on_kingsday = set_deadline(loaded.plan, "T07", date(2026, 4, 27)).apply(loaded.plan)
    assert ("T07", "datum", "sessie valt op 2026-04-27 (Koningsdag)") in warnings_for(date(2026, 1, 1), on_kingsday)
    on_saturday = set_deadline(loaded.plan, "B2-01", date(2026, 3, 28)).apply(loaded.plan)
    assert ("B2-01", "deadline", "deadline valt op 2026-03-28 (zaterdag)") in warnings_for(
        date(2026, 1, 1), on_saturday
    )


def test_a_deadline_before_the_plan_period_warns_as_one_after_it_does() -> None:
    start = loaded.plan.term.start
    before = set_deadline(loaded.plan, "B2-01", date(start.year - 5, 6, 30)).apply(loaded.plan)
    after = set_deadline(loaded.plan, "B2-01", date(2031, 6, 30)).apply(loaded.plan)
    found_before = [w[2] for w in warnings_for(date(2026, 1, 1), before) if w[0] == "B2-01"]
    found_after = [w[2] for w in warnings_for(date(2026, 1, 1), after) if w[0] == "B2-01"]
    assert found_before == [f"deadline ({start.year - 5}-06-30) ligt vóór de looptijd van het plan (vanaf {start})"]
    assert found_after and "ligt na de looptijd" in found_after[0]

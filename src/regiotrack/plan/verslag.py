"""A partneroverleg's verslag carried into the plan: one combined edit, one commit.

A :class:`Verslag` says when the meeting was held, who was present, a decision per afspraak
(doorgaan, bijstellen, afronden, vervallen), free besluiten and new afspraken. It is read from
a verslag file (``store/verslagfile.py``) or built by the guided screen in the terminal view.
:func:`minutes_edit` checks it against the plan and turns it into one :class:`MinutesEdit`
(Plan -> Plan) whose summary is the commit subject. Every problem is a :class:`VerslagProblem`
naming the line and field it came from, so the file's author knows where to look.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from regiotrack.errors import Problem, did_you_mean
from regiotrack.plan.edits import Edit
from regiotrack.plan.meeting import require_meeting
from regiotrack.plan.model import Agreement, Plan
from regiotrack.plan.periods import Period
from regiotrack.plan.schedule import due_label
from regiotrack.plan.verslag_new import VerslagProblem as VerslagProblem
from regiotrack.plan.verslag_new import new_agreement
from regiotrack.plan.vocabulary import CLOSED_STATUSES

Kind = Literal["doorgaan", "bijstellen", "afronden", "vervallen"]
KINDS: tuple[str, ...] = ("doorgaan", "bijstellen", "afronden", "vervallen")
"""The decisions a partneroverleg takes per afspraak (§10.3: look back, adjust, look ahead)."""


@dataclass(frozen=True)
class Decision:
    """The meeting's decision on one afspraak."""

    agreement_id: str
    kind: str
    """doorgaan, bijstellen, afronden or vervallen."""
    deadline: date | Period | None = None
    """New deadline (bijstellen)."""
    lead: str | None = None
    """New trekker (bijstellen)."""
    reason: str | None = None
    """Why it lapses (vervallen), or a remark on any decision."""
    line: int | None = None
    """Line of the decision in the verslag file, for messages."""


@dataclass(frozen=True)
class Verslag:
    """What a partneroverleg decided, as recorded by its secretary."""

    meeting_id: str
    held_on: date
    present: tuple[str, ...]
    """Ids of the organisations (and bodies) present."""
    decisions: tuple[Decision, ...] = ()
    resolutions: tuple[str, ...] = ()
    """Free besluiten."""
    new: tuple[dict[str, Any], ...] = ()
    """New afspraken: file keys -> values, as ``nieuw afspraak`` takes them."""
    new_lines: tuple[int | None, ...] = ()
    """Line of each new afspraak in the verslag file."""
    lines: dict[str, int] = field(default_factory=dict)
    """Line of each top-level key in the verslag file."""
    file: str = "verslag"
    """Name of the verslag file, for messages."""
    problems: tuple[Problem, ...] = ()
    """Mistakes found while reading the verslag file; reported with the plan's, all at once."""


@dataclass(frozen=True)
class MinutesEdit(Edit):
    """Several item changes and new afspraken made as one edit (one write, one commit)."""

    parts: tuple[Edit, ...] = ()
    added: tuple[Agreement, ...] = ()
    body: str = ""

    def commit_body(self) -> str:
        """The commit message body: every change, one per line."""
        return self.body

    def changes_nothing(self, plan: Plan) -> bool:
        """Never: a verslag at least records that the meeting was held."""
        return False

    def apply(self, plan: Plan) -> Plan:
        """The plan with every decision made and the new afspraken added at the end."""
        for part in self.parts:
            plan = part.apply(plan)
        existing = {a.id for a in plan.agreements}
        clash = [a.id for a in self.added if a.id in existing]
        if clash:
            raise VerslagProblem([Problem(f"id {', '.join(clash)} bestaat intussen al", "Lees het plan opnieuw in.")])
        return plan.model_copy(update={"agreements": (*plan.agreements, *self.added)})


def minutes_edit(
    plan: Plan,
    verslag: Verslag,
    today: date,
    reserved: frozenset[str] = frozenset(),
) -> MinutesEdit:
    """Check the verslag against the plan and return the one edit that records it.

    Raises VerslagProblem listing every problem (with line and field) when the meeting is
    unknown, still in the future or already has a verslag; when a decision names an unknown
    afspraak or lacks what it needs; when a present organisation or new trekker is unknown.
    """
    problems: list[Problem] = list(verslag.problems)
    where = verslag.lines

    def problem(message: str, hint: str, line: int | None, field: str, item: str | None = None) -> None:
        problems.append(Problem(message, hint, verslag.file, line, item or verslag.meeting_id, field))

    meeting = require_meeting(plan, verslag.meeting_id)
    if verslag.held_on > today:
        problem(
            f"gehouden_op {verslag.held_on} ligt in de toekomst (vandaag is {today})",
            "Leg een verslag vast na het overleg; plan het overleg zelf met 'partneroverleg plannen'.",
            where.get("gehouden_op"),
            "gehouden_op",
        )
    half = meeting.half_year
    if not half.first_day <= verslag.held_on <= half.last_day:
        problem(
            f"gehouden_op {verslag.held_on} valt niet in {half.label()}, het halfjaar van {meeting.id}",
            "Controleer de datum, of het id van het partneroverleg.",
            where.get("gehouden_op"),
            "gehouden_op",
        )
    if meeting.has_minutes:
        problem(
            f"{meeting.id} heeft al een verslag (gehouden op {meeting.done_on})",
            "Een tweede verslag wordt geweigerd. Verbeter losse afspraken met 'zet', 'deadline' of "
            "'notitie'; elke verbetering wordt een eigen commit na de tag.",
            where.get("gehouden_op"),
            "gehouden_op",
        )
    actors = {o.id for o in plan.organisations} | {b.id for b in plan.bodies}
    if not verslag.present:
        problem(
            "niemand aanwezig",
            'Noem de aanwezige organisaties: aanwezig = ["PT", "VT"].',
            where.get("aanwezig"),
            "aanwezig",
        )
    for present in verslag.present:
        if present not in actors:
            guess = did_you_mean(present, actors)
            problem(
                f"aanwezige '{present}' is geen organisatie of gremium in het plan" + (f"; {guess}" if guess else ""),
                "Gebruik de ids uit [[organisatie]] of [[gremium]].",
                where.get("aanwezig"),
                "aanwezig",
            )

    agreements = {a.id: a for a in plan.agreements}
    parts: list[Edit] = []
    records: list[str] = []
    seen: dict[str, int | None] = {}
    counts = dict.fromkeys(KINDS, 0)
    for decision in verslag.decisions:
        result = _decide(plan, agreements, decision, verslag, actors, seen, problem)
        if result is not None:
            parts.append(result[0])
            records.append(result[1])
            counts[decision.kind] += 1

    added: list[Agreement] = []
    if verslag.new:
        taken = {a.id for a in plan.agreements} | set(reserved)
        for number, fields in enumerate(verslag.new):
            line = verslag.new_lines[number] if number < len(verslag.new_lines) else None
            # A new afspraak is set by this meeting, unless it is recorded as a proposal for a later one.
            values = dict(fields) if fields.get("voorstel") is True else {**fields, "vastgesteld_in": meeting.id}
            try:
                agreement = new_agreement(plan, values, taken, verslag.held_on)
            except VerslagProblem as err:
                for p in err.problems:
                    problem(p.message, p.hint, line, p.field or "nieuwe_afspraak", f"nieuwe afspraak {number + 1}")
                continue
            taken.add(agreement.id)
            added.append(agreement)
    if problems:
        raise VerslagProblem(problems)

    new_meeting = {
        "status": "gereed",
        "done_on": verslag.held_on,
        "day": meeting.day or verslag.held_on,
        "present": verslag.present,
        "decisions": tuple(records),
        "resolutions": verslag.resolutions,
    }
    parts.append(Edit(meeting.id, new_meeting, f"{meeting.id}: gehouden op {verslag.held_on}"))
    summary = _summary(meeting.id, counts, len(verslag.resolutions), len(added))
    body_lines = [
        f"Gehouden op {verslag.held_on}; aanwezig: {', '.join(verslag.present)}.",
        *records,
        *(f"Besluit: {text}" for text in verslag.resolutions),
        *(f"Nieuw: {a.id} {a.title} (trekker {a.lead}, deadline {due_label(a)})" for a in added),
    ]
    return MinutesEdit(meeting.id, {}, summary, parts=tuple(parts), added=tuple(added), body="\n".join(body_lines))


def _summary(meeting_id: str, counts: dict[str, int], resolutions: int, new: int) -> str:
    """'PO-2026-2: verslag — 3 besluiten, 2 nieuwe afspraken, 4 bijgesteld, 1 vervallen'."""
    parts = [f"{resolutions} {'besluit' if resolutions == 1 else 'besluiten'}"]
    parts.append(f"{new} {'nieuwe afspraak' if new == 1 else 'nieuwe afspraken'}")
    parts += [f"{counts['bijstellen']} bijgesteld", f"{counts['vervallen']} vervallen"]
    if counts["afronden"]:
        parts.append(f"{counts['afronden']} afgerond")
    if counts["doorgaan"]:
        parts.append(f"{counts['doorgaan']} {'gaat' if counts['doorgaan'] == 1 else 'gaan'} door")
    return f"{meeting_id}: verslag — {', '.join(parts)}"


def _decide(
    plan: Plan,
    agreements: dict[str, Agreement],
    decision: Decision,
    verslag: Verslag,
    actors: set[str],
    seen: dict[str, int | None],
    problem: Callable[..., None],
) -> tuple[Edit, str] | None:
    """The edit and the record line of one decision, or None after reporting a problem."""
    item_id, line = decision.agreement_id, decision.line
    agreement = agreements.get(item_id)
    if agreement is None:
        guess = did_you_mean(item_id, agreements)
        problem(
            f"'{item_id}' is geen afspraak in dit plan" + (f"; {guess}" if guess else ""),
            "Gebruik het id van een afspraak (zie 'regiotrack lijst --soort afspraak').",
            line,
            "id",
            item_id,
        )
        return None
    if item_id in seen:
        problem(
            f"over {item_id} is al besloten (regel {seen[item_id]})", "Eén besluit per afspraak.", line, "id", item_id
        )
        return None
    seen[item_id] = line
    if decision.kind not in KINDS:
        guess = did_you_mean(decision.kind, KINDS)
        problem(
            f"besluit '{decision.kind}' bestaat niet" + (f"; {guess}" if guess else ""),
            f"Kies uit: {', '.join(KINDS)}.",
            line,
            "besluit",
            item_id,
        )
        return None
    if agreement.status in CLOSED_STATUSES:
        problem(
            f"{item_id} is al {agreement.status}; het besluit '{decision.kind}' past daar niet",
            f"Laat dit besluit weg, of zet de afspraak eerst terug met: regiotrack zet {item_id} open",
            line,
            "besluit",
            item_id,
        )
        return None
    held, meeting_id = verslag.held_on, verslag.meeting_id
    changes: dict[str, Any] = {}
    said: list[str] = []
    # A proposal becomes set by this meeting; an afspraak that was set before keeps where it
    # was set (an earlier meeting's verslag never changes afterwards).
    if decision.kind in ("doorgaan", "bijstellen") and agreement.proposal:
        changes |= {"proposal": False, "set_in": meeting_id}
    if decision.kind == "bijstellen":
        if decision.deadline is None and decision.lead is None:
            problem(
                "bijstellen zonder nieuwe deadline of trekker",
                "Vul deadline = … of trekker = … in.",
                line,
                "besluit",
                item_id,
            )
            return None
        if decision.deadline is not None:
            changes["deadline"] = decision.deadline
            said.append(f"deadline {due_label(agreement)} → {due_label(agreement.model_copy(update=changes))}")
        if decision.lead is not None:
            if decision.lead not in actors:
                guess = did_you_mean(decision.lead, actors)
                problem(
                    f"trekker '{decision.lead}' is geen organisatie of gremium" + (f"; {guess}" if guess else ""),
                    "Gebruik een id uit [[organisatie]] of [[gremium]].",
                    line,
                    "trekker",
                    item_id,
                )
                return None
            changes["lead"] = decision.lead
            said.append(f"trekker {agreement.lead} → {decision.lead}")
    elif decision.kind == "afronden":
        changes |= {"status": "gereed", "done_on": agreement.done_on or held}
    elif decision.kind == "vervallen":
        if not decision.reason:
            problem(
                "laten vervallen zonder reden",
                'Vul reden = "…" in: waarom vervalt de afspraak?',
                line,
                "reden",
                item_id,
            )
            return None
        changes |= {"status": "vervallen", "done_on": None}
        if "reason" in Agreement.model_fields:  # the 'reden' field of issue 13, once the model has it
            changes["reason"] = decision.reason
    if decision.reason:
        said.append(decision.reason)
    record = f"{item_id}: {decision.kind}" + (f" ({'; '.join(said)})" if said else "")
    return Edit(item_id, changes, record), record


def agenda_agreements(plan: Plan, meeting_id: str) -> list[Agreement]:
    """The afspraken a meeting decides on, in file order: proposals, every afspraak without a
    deadline, and every afspraak still open (not gereed or vervallen) that fell due by the end
    of its half-year."""
    meeting = require_meeting(plan, meeting_id)
    last = meeting.half_year.last_day
    chosen = []
    for agreement in plan.agreements:
        if agreement.status in ("gereed", "vervallen"):
            continue
        deadline = agreement.deadline
        due = deadline.last_day if isinstance(deadline, Period) else deadline
        if agreement.proposal or due is None or due <= last:
            chosen.append(agreement)
    return chosen

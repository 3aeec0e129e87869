"""The guided verslag: walk through a partneroverleg's agenda item by item, then save it at once.

Four steps: a decision per afspraak on the agenda (geen besluit, doorgaan, bijstellen, afronden,
vervallen), new afspraken, held on / present / free besluiten, and a summary with "Opslaan".
The screen returns a :class:`~regiotrack.plan.verslag.Verslag`; the App writes it through
``saving.save_minutes`` (one commit, one tag). Nothing is written on Escape or "Annuleren".

Every answer is checked by the same code as a verslag file (``plan.verslag.minutes_edit`` and,
for a new afspraak, ``plan.verslag_new.new_agreement``), so the screen says what the command
line says ("bedoelde u 'GGD'?"). The layout follows the terminal: at 80x24 the dialog fills the
screen, the step scrolls between a fixed title and fixed buttons, and the choices take two rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioSet, Static, TextArea

from regiotrack.errors import Problem, UserError
from regiotrack.plan.model import Plan
from regiotrack.plan.schedule import due_label
from regiotrack.plan.userdates import parse_day, parse_deadline
from regiotrack.plan.verslag import Decision, Verslag, VerslagProblem, agenda_agreements, minutes_edit
from regiotrack.tui.text import clean, plain
from regiotrack.tui.widgets.verslag_fields import NEW_FIELDS, Choice, compose_new_fields, new_line, problem_text

CHOICES = ("geen", "doorgaan", "bijstellen", "afronden", "vervallen")
"""Radio button ids in order; 'geen' records no decision for the afspraak."""

STEPS = ("afspraken", "nieuw", "aanwezig", "opslaan")


class MinutesScreen(ModalScreen[Verslag | None]):
    """Records a verslag for one meeting; dismisses with the Verslag, or None when cancelled."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (40, "-tall")]
    DEFAULT_CSS = """
    MinutesScreen { align: center middle; }
    MinutesScreen #dialog { width: 100%; max-width: 110; height: auto; max-height: 100%;
                            border: thick $primary; background: $surface; padding: 0 1; }
    MinutesScreen.-short #dialog { height: 100%; }
    MinutesScreen #body { height: auto; }
    MinutesScreen.-short #body { height: 1fr; }
    MinutesScreen.-tall #body { max-height: 30; }
    MinutesScreen #title { text-style: bold; width: 1fr; }
    MinutesScreen #error { color: $error; height: auto; width: 1fr; }
    MinutesScreen .step { height: auto; }
    MinutesScreen .row { height: auto; }
    MinutesScreen .row Input { width: 1fr; }
    MinutesScreen RadioSet { layout: grid; grid-size: 5; grid-gutter: 0 1; height: auto; width: 100%; }
    MinutesScreen.-narrow RadioSet { grid-size: 3; }
    MinutesScreen RadioSet > Choice > .toggle--button { color: $text-muted; }
    MinutesScreen RadioSet > Choice.-on > .toggle--button { color: $text-success; }
    MinutesScreen RadioSet > Choice.-on > .toggle--label { text-style: bold; }
    MinutesScreen #resolutions { height: 5; }
    MinutesScreen #new-list { height: auto; }
    MinutesScreen #buttons { height: 3; align-horizontal: right; }
    MinutesScreen #buttons Button { margin-left: 1; min-width: 10; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Annuleren"),
        Binding("pagedown", "next", "Volgende", priority=True),
        Binding("pageup", "back", "Vorige", priority=True),
        Binding("ctrl+s", "save", "Opslaan", priority=True),
    ]

    def __init__(self, plan: Plan, meeting_id: str, today: date) -> None:
        super().__init__()
        self.plan, self.meeting_id, self.today = plan, meeting_id, today
        self.meeting = next(m for m in plan.partner_meetings if m.id == meeting_id)
        self.items = agenda_agreements(plan, meeting_id)
        self.decisions: dict[str, Decision] = {}
        self.new: list[dict[str, Any]] = []
        self.step = "afspraken" if self.items else "nieuw"
        self.position = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("", id="title")
            with VerticalScroll(id="body"):
                with Vertical(id="step-afspraken", classes="step"):
                    yield Static(id="item")
                    with RadioSet(id="choice"):
                        for choice in CHOICES:
                            yield Choice("geen besluit" if choice == "geen" else choice, id=choice)
                    with Horizontal(classes="row"):
                        yield Input(placeholder="nieuwe deadline, bv. 2027-Q1", id="deadline")
                        yield Input(placeholder="nieuwe trekker, bv. VT", id="lead")
                    yield Input(placeholder="reden (verplicht bij vervallen) of toelichting", id="reason")
                with Vertical(id="step-nieuw", classes="step"):
                    yield from compose_new_fields()
                with Vertical(id="step-aanwezig", classes="step"):
                    yield Label("Gehouden op:")
                    yield Input(
                        value=self._held_default(), placeholder="dag van het overleg, bv. 12-11-2026", id="held"
                    )
                    yield Label("Aanwezig (ids, met komma's):")
                    yield Input(placeholder="PT, VT, GEM-AMS", id="present")
                    yield Label("Besluiten (één per regel):")
                    yield TextArea(id="resolutions")
                with Vertical(id="step-opslaan", classes="step"):
                    yield Static(id="summary")
            yield Label("", id="error")
            with Horizontal(id="buttons"):
                yield Button("Annuleren (Esc)", id="cancel")
                yield Button("Vorige (PgUp)", id="back")
                yield Button("Volgende (PgDn)", id="next", variant="primary")
                yield Button("Opslaan (Ctrl+S)", id="save", variant="success")

    def _held_default(self) -> str:
        """The meeting's day once it came; else today when in its half-year; else empty (never guessed)."""
        day, half = self.meeting.day, self.meeting.half_year
        if day is not None and day <= self.today:
            return day.isoformat()
        return self.today.isoformat() if half.first_day <= self.today <= half.last_day else ""

    def on_mount(self) -> None:
        self._show()

    # ------------------------------------------------------------------ drawing

    def _show(self) -> None:
        for step in STEPS:
            self.query_one(f"#step-{step}").display = step == self.step
        self.query_one("#save", Button).display = self.step == "opslaan"
        self.query_one("#next", Button).display = self.step != "opslaan"
        self._fail("")
        number = STEPS.index(self.step) + 1
        title = f"Verslag {self.meeting.title} · stap {number}/4: "
        if self.step == "afspraken":
            self._show_item()
            title += f"besluit per afspraak ({self.position + 1}/{len(self.items)})"
        elif self.step == "nieuw":
            title += "nieuwe afspraken"
            self.query_one("#new-titel", Input).focus()
        elif self.step == "aanwezig":
            title += "gehouden op, aanwezig, besluiten"
            self.query_one("#present", Input).focus()
        else:
            title += "controleren en opslaan"
            self.query_one("#summary", Static).update(self._summary())
            self.query_one("#save", Button).focus()
        self.query_one("#title", Label).update(plain(title))
        self.query_one("#body", VerticalScroll).scroll_home(animate=False)

    def _show_item(self) -> None:
        item = self.items[self.position]
        text = Text(f"{item.id}  ", style="bold")
        text.append(clean(item.title, one_line=True), style="bold")
        text.append(clean(f"\ntrekker {item.lead} · deadline {due_label(item)} · status {item.status}"))
        if item.proposal:
            text.append(" · voorstel", style="bold")
        self.query_one("#item", Static).update(text)
        known = self.decisions.get(item.id)
        choice = known.kind if known else "geen"
        self.query_one(f"#{choice}", Choice).value = True
        deadline = known.deadline if known and known.deadline else None
        self.query_one("#deadline", Input).value = "" if deadline is None else str(deadline)
        self.query_one("#lead", Input).value = (known.lead or "") if known else ""
        self.query_one("#reason", Input).value = (known.reason or "") if known else ""
        self.query_one("#choice", RadioSet).focus()

    def _summary(self) -> Text:
        text = Text()
        text.append(f"Besluit per afspraak ({len(self.decisions)})\n", style="bold")
        for decision in self.decisions.values():
            extra = ", ".join(filter(None, (str(decision.deadline or ""), decision.lead, decision.reason)))
            text.append(clean(f"  {decision.agreement_id}: {decision.kind}" + (f" ({extra})" if extra else "")) + "\n")
        text.append(f"Nieuwe afspraken ({len(self.new)})\n", style="bold")
        for new in self.new:
            text.append(clean(f"  {new_line(new)}", one_line=True) + "\n")
        text.append(clean(f"Gehouden op {self.query_one('#held', Input).value}; "), style="bold")
        text.append(clean(f"aanwezig: {', '.join(self._present())}") + "\n")
        resolutions = self._resolutions()
        text.append(f"Besluiten ({len(resolutions)})\n", style="bold")
        for line in resolutions:
            text.append(clean(f"  {line}", one_line=True) + "\n")
        return text

    # ------------------------------------------------------------------ reading and checking the fields

    def _present(self) -> list[str]:
        return [p.strip() for p in self.query_one("#present", Input).value.replace(";", ",").split(",") if p.strip()]

    def _resolutions(self) -> list[str]:
        return [line.strip() for line in self.query_one("#resolutions", TextArea).text.splitlines() if line.strip()]

    def _check_day(self) -> date:
        """A day to check single answers with: the meeting's day, else today kept inside its half-year."""
        half = self.meeting.half_year
        return self.meeting.day or min(max(self.today, half.first_day), half.last_day)

    def _problems(self, verslag: Verslag, item: str) -> list[Problem]:
        """What the verslag checks (``minutes_edit``) say about one item of it."""
        try:
            minutes_edit(self.plan, verslag, self.today)
        except VerslagProblem as err:
            return [p for p in err.problems if p.item == item]
        return []

    def _read_decision(self) -> Decision | None:
        """The decision on the shown afspraak (None for 'geen besluit'); ValueError when incomplete."""
        item = self.items[self.position]
        pressed = self.query_one("#choice", RadioSet).pressed_button
        kind = pressed.id if pressed is not None and pressed.id else "geen"
        if kind == "geen":
            return None
        deadline_text = self.query_one("#deadline", Input).value.strip()
        lead = self.query_one("#lead", Input).value.strip() or None
        reason = self.query_one("#reason", Input).value.strip() or None
        deadline = parse_deadline(deadline_text) if deadline_text else None
        decision = Decision(item.id, kind, deadline, lead if kind == "bijstellen" else None, reason)
        problems = self._problems(Verslag(self.meeting_id, self._check_day(), (), (decision,)), item.id)
        if problems:
            raise ValueError(problem_text(problems))
        return decision

    def _store_decision(self) -> None:
        decision = self._read_decision()
        item_id = self.items[self.position].id
        if decision is None:
            self.decisions.pop(item_id, None)
        else:
            self.decisions[item_id] = decision

    def _read_held(self) -> date:
        held = parse_day(self.query_one("#held", Input).value)
        problems = self._problems(Verslag(self.meeting_id, held, tuple(self._present())), self.meeting_id)
        if problems:
            raise ValueError(problem_text(problems))
        return held

    def _typed_new(self) -> dict[str, str]:
        """The new afspraak typed in the fields of step 2 (file keys -> text), empty fields left out."""
        values = {key: self.query_one(f"#new-{key}", Input).value.strip() for key in NEW_FIELDS}
        return {key: value for key, value in values.items() if value}

    def verslag(self) -> Verslag:
        """The verslag as filled in so far."""
        return Verslag(
            self.meeting_id,
            self._read_held(),
            tuple(self._present()),
            tuple(self.decisions.values()),
            tuple(self._resolutions()),
            tuple(self.new),
            file="verslag",
        )

    # ------------------------------------------------------------------ moving on

    def _fail(self, message: str) -> None:
        error = self.query_one("#error", Label)
        error.update(plain(message))
        error.display = bool(message)

    @on(Button.Pressed, "#next")
    def action_next(self) -> None:
        """Store this step's answers and go to the next afspraak or step."""
        try:
            if self.step == "afspraken":
                self._store_decision()
                if self.position + 1 < len(self.items):
                    self.position += 1
                    self._show()
                    return
            if self.step == "nieuw" and self._typed_new():
                # Warn and stay rather than add silently: the secretary decides whether it is complete.
                title = self._typed_new().get("titel", "(nog zonder titel)")
                raise ValueError(
                    f"U hebt een afspraak ingevuld maar niet toegevoegd: {title}. Kies 'Afspraak toevoegen' "
                    "(of Enter in een veld), of maak de velden leeg om verder te gaan."
                )
            if self.step == "aanwezig":
                self._read_held()
        except ValueError as err:
            self._fail(str(err))
            return
        self.step = STEPS[STEPS.index(self.step) + 1]
        self._show()

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        """Go back one afspraak or one step; what was filled in is kept."""
        if self.step == "afspraken" and self.position > 0:
            self.position -= 1
        elif self.step == "nieuw" and self.items:
            self.step, self.position = "afspraken", len(self.items) - 1
        elif self.step in ("aanwezig", "opslaan"):
            self.step = STEPS[STEPS.index(self.step) - 1]
        self._show()

    @on(Input.Submitted, "#step-nieuw Input")
    @on(Button.Pressed, "#add")
    def action_add(self) -> None:
        """Add the new afspraak typed in the fields, checked like a verslag file's; clear them for the next."""
        fields = self._typed_new()
        problems = self._problems(Verslag(self.meeting_id, self._check_day(), (), new=(fields,)), "nieuwe afspraak 1")
        if problems:
            self._fail(problem_text(problems, "nieuwe afspraak: "))
            return
        self.new.append(fields)
        for key in NEW_FIELDS:
            self.query_one(f"#new-{key}", Input).value = ""
        shown = Text()
        for new in self.new:
            shown.append(clean(f"+ {new_line(new)}", one_line=True) + "\n")
        self.query_one("#new-list", Static).update(shown)
        self._fail("")
        self.query_one("#new-titel", Input).focus()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        """Check the whole verslag against the plan; close with it when it is right."""
        if self.step != "opslaan":
            self._fail("Opslaan kan in de laatste stap, na het controleren (PgDn).")
            return
        try:
            verslag = self.verslag()
            minutes_edit(self.plan, verslag, self.today)
        except ValueError as err:
            self._fail(str(err))
            return
        except UserError as err:
            self._fail(err.format())
            return
        self.dismiss(verslag)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without writing anything."""
        self.dismiss(None)

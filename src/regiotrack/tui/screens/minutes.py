"""The guided verslag: walk through a partneroverleg's agenda item by item, then save it at once.

Four steps: a decision per afspraak on the agenda (geen besluit, doorgaan, bijstellen, afronden,
vervallen), new afspraken, held on / present / free besluiten, and a summary with "Opslaan".
The screen returns a :class:`~regiotrack.plan.verslag.Verslag`; the App writes it through
``saving.save_minutes`` (one commit, one tag). Nothing is written on Escape or "Annuleren".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static, TextArea

from regiotrack.errors import UserError
from regiotrack.plan.model import Plan
from regiotrack.plan.schedule import due_label
from regiotrack.plan.userdates import parse_day, parse_deadline
from regiotrack.plan.verslag import Decision, Verslag, agenda_agreements, minutes_edit

CHOICES = ("geen", "doorgaan", "bijstellen", "afronden", "vervallen")
"""Radio button ids in order; 'geen' records no decision for the afspraak."""

STEPS = ("afspraken", "nieuw", "aanwezig", "opslaan")


class MinutesScreen(ModalScreen[Verslag | None]):
    """Records a verslag for one meeting; dismisses with the Verslag, or None when cancelled."""

    DEFAULT_CSS = """
    MinutesScreen { align: center middle; }
    MinutesScreen > Vertical { width: 96; max-height: 95%; height: auto; border: thick $primary;
                               background: $surface; padding: 0 1; }
    MinutesScreen #error { color: $error; height: auto; }
    MinutesScreen .step { height: auto; }
    MinutesScreen RadioSet { layout: horizontal; width: 100%; }
    MinutesScreen #resolutions { height: 5; }
    MinutesScreen #buttons { height: 3; align-horizontal: right; }
    MinutesScreen #summary { height: auto; max-height: 16; }
    MinutesScreen #keys { color: $text-muted; height: 1; }
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
        self.actors = {o.id for o in plan.organisations} | {b.id for b in plan.bodies}

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("", id="title")
            with Vertical(id="step-afspraken", classes="step"):
                yield Static(id="item")
                with RadioSet(id="choice"):
                    for choice in CHOICES:
                        yield RadioButton("geen besluit" if choice == "geen" else choice, id=choice)
                yield Input(placeholder="nieuwe deadline (bijstellen), bv. 2027-Q1 of 31-3-2027", id="deadline")
                yield Input(placeholder="nieuwe trekker (bijstellen), bv. VT", id="lead")
                yield Input(placeholder="reden (verplicht bij vervallen) of toelichting", id="reason")
            with Vertical(id="step-nieuw", classes="step"):
                yield Static("Nieuwe afspraken voor het komende halfjaar (leeg laten en Volgende om over te slaan).")
                yield Input(placeholder="titel", id="new-title")
                yield Input(placeholder="trekker, bv. GEM-AMS", id="new-lead")
                yield Input(placeholder="deadline, bv. 2027-Q2", id="new-deadline")
                yield Input(placeholder="bron, bv. §10.4 (mag leeg)", id="new-source")
                yield Button("Afspraak toevoegen", id="add")
                yield Static(id="new-list")
            with Vertical(id="step-aanwezig", classes="step"):
                yield Label("Gehouden op:")
                held = self.meeting.day if self.meeting.day and self.meeting.day <= self.today else self.today
                yield Input(value=held.isoformat(), id="held")
                yield Label("Aanwezig (ids, met komma's):")
                yield Input(placeholder="PT, VT, GEM-AMS", id="present")
                yield Label("Besluiten (één per regel):")
                yield TextArea(id="resolutions")
            with Vertical(id="step-opslaan", classes="step"):
                yield Static(id="summary")
            yield Label("", id="error")
            yield Static("PgDn volgende · PgUp vorige · Ctrl+S opslaan (laatste stap) · Esc annuleren", id="keys")
            with Horizontal(id="buttons"):
                yield Button("Annuleren", id="cancel")
                yield Button("Vorige", id="back")
                yield Button("Volgende", id="next", variant="primary")
                yield Button("Opslaan", id="save", variant="success")

    def on_mount(self) -> None:
        self._show()

    # ------------------------------------------------------------------ drawing

    def _show(self) -> None:
        for step in STEPS:
            self.query_one(f"#step-{step}").display = step == self.step
        self.query_one("#save", Button).display = self.step == "opslaan"
        self.query_one("#next", Button).display = self.step != "opslaan"
        self.query_one("#error", Label).update("")
        number = STEPS.index(self.step) + 1
        title = f"Verslag {self.meeting.title} · stap {number} van 4"
        if self.step == "afspraken":
            self._show_item()
            title += f": besluit per afspraak ({self.position + 1}/{len(self.items)})"
        elif self.step == "nieuw":
            title += ": nieuwe afspraken"
            self.query_one("#new-title", Input).focus()
        elif self.step == "aanwezig":
            title += ": gehouden op, aanwezig, besluiten"
            self.query_one("#present", Input).focus()
        else:
            title += ": controleren en opslaan"
            self.query_one("#summary", Static).update(self._summary())
            self.query_one("#save", Button).focus()
        self.query_one("#title", Label).update(title)

    def _show_item(self) -> None:
        item = self.items[self.position]
        text = Text(f"{item.id}  ", style="bold")
        text.append(item.title)
        text.append(f"\ntrekker {item.lead} · deadline {due_label(item)} · status {item.status}")
        if item.proposal:
            text.append(" · voorstel", style="bold")
        self.query_one("#item", Static).update(text)
        known = self.decisions.get(item.id)
        choice = known.kind if known else "geen"
        self.query_one(f"#{choice}", RadioButton).value = True
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
            text.append(f"  {decision.agreement_id}: {decision.kind}" + (f" ({extra})" if extra else "") + "\n")
        text.append(f"Nieuwe afspraken ({len(self.new)})\n", style="bold")
        for new in self.new:
            text.append(
                f"  {new['titel']} (trekker {new.get('trekker', '-')}, {new.get('deadline', 'geen deadline')})\n"
            )
        text.append(f"Gehouden op {self.query_one('#held', Input).value}; ", style="bold")
        text.append(f"aanwezig: {', '.join(self._present())}\n")
        resolutions = self._resolutions()
        text.append(f"Besluiten ({len(resolutions)})\n", style="bold")
        for line in resolutions:
            text.append(f"  {line}\n")
        return text

    # ------------------------------------------------------------------ reading the fields

    def _present(self) -> list[str]:
        return [p.strip() for p in self.query_one("#present", Input).value.replace(";", ",").split(",") if p.strip()]

    def _resolutions(self) -> list[str]:
        return [line.strip() for line in self.query_one("#resolutions", TextArea).text.splitlines() if line.strip()]

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
        if kind == "bijstellen" and deadline is None and lead is None:
            raise ValueError("bijstellen: vul een nieuwe deadline of een nieuwe trekker in")
        if lead is not None and lead not in self.actors:
            raise ValueError(f"trekker '{lead}' is geen organisatie of gremium in het plan")
        if kind == "vervallen" and reason is None:
            raise ValueError("laten vervallen: vul de reden in")
        return Decision(item.id, kind, deadline, lead if kind == "bijstellen" else None, reason)

    def _store_decision(self) -> None:
        decision = self._read_decision()
        item_id = self.items[self.position].id
        if decision is None:
            self.decisions.pop(item_id, None)
        else:
            self.decisions[item_id] = decision

    def _read_held(self) -> date:
        held = parse_day(self.query_one("#held", Input).value)
        if held > self.today:
            raise ValueError(f"gehouden op {held} ligt in de toekomst; leg het verslag vast na het overleg")
        unknown = [p for p in self._present() if p not in self.actors]
        if not self._present():
            raise ValueError("noem wie er aanwezig waren (ids, met komma's)")
        if unknown:
            raise ValueError(f"aanwezig: {', '.join(unknown)} is geen organisatie of gremium in het plan")
        return held

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
        self.query_one("#error", Label).update(Text(message))

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

    @on(Button.Pressed, "#add")
    def action_add(self) -> None:
        """Add the new afspraak typed in the fields, and clear them for the next."""
        fields = {
            "titel": self.query_one("#new-title", Input).value.strip(),
            "trekker": self.query_one("#new-lead", Input).value.strip(),
            "deadline": self.query_one("#new-deadline", Input).value.strip(),
            "bron": self.query_one("#new-source", Input).value.strip(),
        }
        if not fields["titel"]:
            self._fail("een nieuwe afspraak heeft minstens een titel")
            return
        if fields["trekker"] and fields["trekker"] not in self.actors:
            self._fail(f"trekker '{fields['trekker']}' is geen organisatie of gremium in het plan")
            return
        if fields["deadline"]:
            try:
                parse_deadline(fields["deadline"])
            except ValueError as err:
                self._fail(str(err))
                return
        self.new.append({k: v for k, v in fields.items() if v})
        for field in ("#new-title", "#new-lead", "#new-deadline", "#new-source"):
            self.query_one(field, Input).value = ""
        shown = Text()
        for new in self.new:
            shown.append(f"+ {new['titel']} (trekker {new.get('trekker', '-')})\n")
        self.query_one("#new-list", Static).update(shown)
        self.query_one("#error", Label).update("")
        self.query_one("#new-title", Input).focus()

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

"""Cross checks of the monitoring sections: links to effects and areas, measurements that fit
their indicator (unit, range, half-year inside the plan), reflections on known effects.

Called from ``validation.cross_check``; every problem names the line, the item and the field.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from regiotrack.check.lineindex import LineIndex
from regiotrack.errors import Problem, did_you_mean
from regiotrack.plan.model import Plan
from regiotrack.plan.monitoring import half_year_problem, unit_problem


def monitoring_problems(plan: Plan, index: LineIndex, file: str) -> list[Problem]:
    """All problems of effect and area links, measurements and reflections."""
    problems: list[Problem] = []

    def problem(section: str, number: int, item_id: str, key: str, message: str, hint: str) -> None:
        problems.append(Problem(message, hint, file, index.line_of((section, str(number), key)), item_id, key))

    effects = [e.id for e in getattr(plan, "effects", ())]
    areas = [a.id for a in getattr(plan, "areas", ())]
    indicators = {i.id: i for i in getattr(plan, "indicators", ())}
    municipalities = list(getattr(plan, "municipalities", ()) or ())

    def refs(
        section: str,
        number: int,
        item_id: str,
        key: str,
        values: Iterable[str],
        known: list[str],
        what: str,
        where: str,
    ) -> None:
        for value in values:
            if value not in known:
                guess = did_you_mean(value, known)
                problem(
                    section,
                    number,
                    item_id,
                    key,
                    f"{what} '{value}' is niet gedeclareerd" + (f"; {guess}" if guess else ""),
                    f"Gebruik een id uit {where}"
                    + (f" ({', '.join(known)})" if known else "")
                    + ", of declareer het daar eerst.",
                )

    def effect_ref(section: str, number: int, item: Any, values: Iterable[str]) -> None:
        return refs(
            section,
            number,
            item.id,
            "effecten" if section != "reflectie" else "effect",
            values,
            effects,
            "effect",
            "[[effect]]",
        )

    for number, item in enumerate(getattr(plan, "agreements", ())):
        effect_ref("afspraak", number, item, item.effects)
        refs("afspraak", number, item.id, "gebieden", item.areas, areas, "gebied", "[[gebied]]")
    for number, item in enumerate(getattr(plan, "working_groups", ())):
        effect_ref("werkgroep", number, item, item.effects)
    for number, item in enumerate(getattr(plan, "indicators", ())):
        effect_ref("indicator", number, item, item.effects)
    for number, item in enumerate(getattr(plan, "areas", ())):
        refs(
            "gebied",
            number,
            item.id,
            "gemeenten",
            item.municipalities,
            municipalities,
            "gemeente",
            "de gemeenten van het plan",
        )
    for number, item in enumerate(getattr(plan, "reflections", ())):
        effect_ref("reflectie", number, item, (item.effect,))
        if hasattr(plan, "term") and (why := half_year_problem(item.half_year, plan.term)):
            problem("reflectie", number, item.id, "halfjaar", why, "Kies een halfjaar binnen de looptijd.")
    for number, item in enumerate(getattr(plan, "measurements", ())):
        refs("meting", number, item.id, "indicator", (item.indicator,), list(indicators), "indicator", "[[indicator]]")
        if item.area is not None:
            refs("meting", number, item.id, "gebied", (item.area,), areas, "gebied", "[[gebied]]")
        if item.municipality is not None:
            refs(
                "meting",
                number,
                item.id,
                "gemeente",
                (item.municipality,),
                municipalities,
                "gemeente",
                "de gemeenten van het plan",
            )
        indicator = indicators.get(item.indicator)
        if indicator is not None and (why := unit_problem(item.value, indicator.unit)):
            problem(
                "meting",
                number,
                item.id,
                "waarde",
                why,
                f"Geef de waarde in '{indicator.unit}', zoals {indicator.id} vraagt.",
            )
        if item.is_baseline:
            if not item.quote:
                problem(
                    "meting",
                    number,
                    item.id,
                    "periode",
                    f"'{item.period}' is een jaar, geen halfjaar",
                    "Een jaarcijfer mag alleen als nulmeting uit de bron, met citaat; "
                    'meet anders per halfjaar ("2026-H1").',
                )
        elif hasattr(plan, "term") and (why := half_year_problem(item.period, plan.term)):
            problem("meting", number, item.id, "periode", why, "Kies een halfjaar binnen de looptijd.")
    return problems

"""Synthetic plans in the real format, for benchmarks and large-plan tests.

``synthetic_plan(n)`` returns plan data with ``n`` afspraken (and proportionate organisations,
working groups, steps and partner meetings) whose field sizes follow the real plan: titles of
40-110 characters, a description on a third of them, notes on a quarter. Deterministic for a
given ``n`` and ``seed``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

WORDS = ["aanpak", "lokale", "teams", "expertiseplatform", "veiligheid", "gezinnen", "partners", "werkwijze", "regio", "gebiedsgericht", "samenwerking", "huiselijk", "geweld", "kindermishandeling", "preventie", "plegeraanpak", "opvang", "training", "monitoring", "deskundigheid", "handelingskader", "signalering", "jeugd", "ouderen", "campagne", "netwerk", "hulpverlening"]
STATUSES = ("open", "open", "open", "lopend", "lopend", "gereed", "geblokkeerd", "vervallen")


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words, length = [], rng.randint(low, high)
    while len(" ".join(words)) < length:
        words.append(rng.choice(WORDS))
    text = " ".join(words)
    return text[0].upper() + text[1:]


def synthetic_plan(n: int, seed: int = 1) -> dict[str, Any]:
    """Plan data with ``n`` agreements, in canonical key order."""
    rng = random.Random(seed)
    orgs = max(5, n // 50)
    groups = max(2, n // 200)
    data: dict[str, Any] = {
        "schema": 1,
        "id": f"SYNTH-{n}",
        "titel": f"Synthetisch plan met {n} afspraken",
        "regio": "Testregio",
        "gemeenten": ["Amsterdam", "Amstelveen", "Aalsmeer", "Diemen", "Uithoorn", "Ouder-Amstel"],
        "tijdzone": "Europe/Amsterdam",
        "looptijd": {"van": date(2025, 1, 1), "tot": date(2029, 12, 31)},
        "organisatie": [{"id": f"ORG-{i:03d}", "naam": f"Organisatie {i} {_sentence(rng, 10, 30)}",
                         "soort": "uitvoeringspartner"} for i in range(orgs)],
        "gremium": [{"id": "PT", "naam": "Programmateam"}, {"id": "ABDB", "naam": "ABDB"}],
        "stap": [],
        "afspraak": [],
        "werkgroep": [{"id": f"WG-{i:03d}", "naam": _sentence(rng, 20, 50), "trekkers": [f"ORG-{i % orgs:03d}"],
                       "facilitators": ["PT"]} for i in range(groups)],
        "partneroverleg": [{"id": f"PO-{y}-{h}", "halfjaar": f"{y}-H{h}", "voorbereiding": "PT", "status": "open"}
                           for y in range(2026, 2030) for h in (1, 2)],
    }
    start = date(2025, 9, 1)
    for i in range(min(21, n)):
        day = start + timedelta(days=7 * i)
        data["stap"].append({"id": f"T{i + 1:02d}", "activiteit": _sentence(rng, 15, 50),
                             "soort": rng.choice(("periode", "sessie", "deadline", "dag")), "datum": day,
                             "gremium": "ABDB", "status": "open"})
    for i in range(n):
        status = rng.choice(STATUSES)
        item: dict[str, Any] = {"id": f"A-{i + 1:05d}", "titel": _sentence(rng, 40, 110)}
        if rng.random() < 0.33:
            item["omschrijving"] = _sentence(rng, 80, 240)
        item["trekker"] = f"ORG-{rng.randrange(orgs):03d}"
        if rng.random() < 0.5:
            item["partners"] = sorted({f"ORG-{rng.randrange(orgs):03d}" for _ in range(rng.randint(1, 3))})
        if rng.random() < 0.6:
            item["werkgroep"] = f"WG-{rng.randrange(groups):03d}"
        if rng.random() < 0.8:
            item["deadline"] = date(2025, 10, 1) + timedelta(days=rng.randrange(4 * 365))
        else:
            item["deadline"] = f"{rng.randint(2026, 2029)}-Q{rng.randint(1, 4)}"
        item["status"] = status
        if status == "gereed":
            item["gereed_op"] = date(2026, 1, 1) + timedelta(days=rng.randrange(300))
        item["bron"] = f"§{rng.randint(1, 10)}.{rng.randint(1, 6)}"
        if rng.random() < 0.25:
            item["notitie"] = _sentence(rng, 20, 160)
        data["afspraak"].append(item)
    return data


def write_synthetic_plan(path: Path, n: int, seed: int = 1) -> Path:
    """Write a synthetic plan in canonical form to ``path``."""
    from regiotrack.plan.model import Plan
    from regiotrack.store.writing import dumps

    path.parent.mkdir(parents=True, exist_ok=True)
    plan = Plan.model_validate(synthetic_plan(n, seed))
    path.write_text(dumps(plan), encoding="utf-8")
    return path


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write a synthetic plan (canonical TOML) for trying regiotrack at size.")
    parser.add_argument("afspraken", type=int, help="number of afspraken, e.g. 10000")
    parser.add_argument("bestand", type=Path, help="where to write it, e.g. plans/groot.toml")
    parser.add_argument("--seed", type=int, default=1, help="another seed gives other texts")
    options = parser.parse_args()
    print(write_synthetic_plan(options.bestand, options.afspraken, options.seed))

"""Nothing lost, nothing crashes: round trips, mutations, killed writers, concurrent editors,
git faults and the privacy guard."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, REAL_PLAN
from regiotrack.cli.main import main
from regiotrack.plan.edits import set_status
from regiotrack.plan.model import Plan
from regiotrack.plan.vocabulary import SCHEMA_VERSION, STATUSES
from regiotrack.store.reading import parse_text, read_plan
from regiotrack.store.writing import dumps

# ---------------------------------------------------------------------------- round trips

# No control characters (but newline and tab), and nothing that normalises to a digit or an @:
# those are refused by check.content and tested there.
TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs", "Cc", "Nd", "No"), blacklist_characters="@＠﹫", whitelist_characters="\n\t"
    ),
    max_size=80,
)
IDS = st.from_regex(r"[A-Z][A-Z0-9]{0,3}-[0-9]{1,3}", fullmatch=True)


@st.composite
def plans(draw: st.DrawFn) -> dict[str, object]:
    ids = draw(st.lists(IDS, min_size=1, max_size=8, unique=True))
    agreements = []
    for item_id in ids:
        item: dict[str, object] = {"id": item_id, "titel": draw(TEXT.filter(str.strip)), "trekker": "VT"}
        if draw(st.booleans()):
            item["deadline"] = draw(
                st.one_of(
                    st.dates(date(2020, 1, 1), date(2035, 12, 31)),
                    st.sampled_from(["2026", "2026-H2", "2027-Q3", "2026-02", "begin 2026-02", "eind 2025/begin 2026"]),
                )
            )
        item["status"] = draw(st.sampled_from(STATUSES))
        if draw(st.booleans()):
            item["notitie"] = draw(TEXT)
        agreements.append(item)
    return {
        "schema": SCHEMA_VERSION,
        "id": "PLAN-1",
        "titel": draw(TEXT.filter(str.strip)),
        "regio": "R",
        "gemeenten": ["Amsterdam"],
        "looptijd": {"van": date(2025, 1, 1), "tot": date(2029, 12, 31)},
        "organisatie": [{"id": "VT", "naam": draw(TEXT.filter(str.strip))}],
        "afspraak": agreements,
    }


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_every_valid_plan_round_trips_unchanged(data: dict[str, object]) -> None:
    plan = Plan.model_validate(data)
    text = dumps(plan)
    again, _, problems = parse_text(text, "plan.toml")
    assert again == plan
    assert dumps(again) == text
    assert not [p for p in problems if p.severity == "fout"]


# ---------------------------------------------------------------------------- mutations

BASE = (FIXTURES / "basis.toml").read_bytes()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    position=st.integers(0, len(BASE)),
    cut=st.integers(0, 40),
    insert=st.binary(max_size=12)
    | st.sampled_from([b'"', b"[", b"]]", b"=", b"\n", b"#", b"\x00", b"\xff", b'"""', b"[[afspraak]]\n"]),
)
def test_no_mutation_makes_a_command_crash(
    tmp_path_factory: pytest.TempPathFactory, position: int, cut: int, insert: bytes
) -> None:
    path = tmp_path_factory.mktemp("mutant") / "plan.toml"
    path.write_bytes(BASE[:position] + insert + BASE[position + cut :])
    for command in (
        ["controleer"],
        ["lijst", "--verlopen"],
        ["toon", "B2-01"],
        ["exporteer", "ical"],
        ["rapport", "--formaat", "json"],
    ):
        code = main([*command, "--plan", str(path)])  # any exception other than SystemExit fails the test
        assert code in (0, 1, 2)


# ---------------------------------------------------------------------------- killed writes

WRITER = """
import sys
from datetime import date
from pathlib import Path
from regiotrack.plan.edits import set_status
from regiotrack.store.reading import read_plan
from regiotrack.store.writing import save_edit
path = Path(sys.argv[1])
print("klaar", flush=True)
while True:
    loaded = read_plan(path)
    status = "lopend" if loaded.plan.agreements[0].status == "open" else "open"
    save_edit(loaded, set_status(loaded.plan, "B2-01", status, date(2026, 11, 22)).apply)
"""


def test_writer_killed_at_random_moments_leaves_old_or_new_plan(plan_path: Path) -> None:
    plan = read_plan(REAL_PLAN).plan
    lopend = set_status(plan, "B2-01", "lopend", date(2026, 11, 22)).apply(plan)
    versions = {REAL_PLAN.read_bytes(), dumps(lopend).encode()}
    before = {p.name for p in plan_path.parent.iterdir()}
    rng = random.Random(5)
    kills = broken = 0
    for _ in range(40):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(plan_path)], stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline().strip() == b"klaar"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        kills += 1
        content = plan_path.read_bytes()
        if content not in versions:
            broken += 1
        read_plan(plan_path)  # always a valid plan
    assert (kills, broken) == (40, 0)
    leftovers = {p.name for p in plan_path.parent.iterdir()} - before
    assert all(name.startswith(".2025-2029.toml.") and name.endswith(".tmp") for name in leftovers)


def test_a_normal_write_leaves_no_temporary_files(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("zet", "B2-01", "lopend")
    assert sorted(p.name for p in plan_path.parent.iterdir()) == ["2025-2029.toml"]


# ---------------------------------------------------------------------------- concurrent edits


EDITOR = """
import subprocess, sys
item, tag, plan, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
codes = []
for i in range(rounds):
    command = [sys.executable, "-m", "regiotrack", "notitie", item, f"{tag}-{i}", "--plan", plan, "--geen-commit"]
    codes.append(str(subprocess.run(command, capture_output=True).returncode))
print(" ".join(codes))
"""


def test_concurrent_editors_never_lose_a_reported_edit(plan_path: Path) -> None:
    env = {**os.environ, "REGIOTRACK_CACHE": "uit"}

    def editor(item: str, tag: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", EDITOR, item, tag, str(plan_path), "12"], stdout=subprocess.PIPE, text=True, env=env
        )

    first, second = editor("B2-01", "a"), editor("B2-02", "b")
    codes = {"B2-01": first.communicate()[0].split(), "B2-02": second.communicate()[0].split()}
    notes = {a.id: [n.text for n in a.notes] for a in read_plan(plan_path).plan.agreements}
    for item, tag in (("B2-01", "a"), ("B2-02", "b")):
        assert set(codes[item]) <= {"0", "2"}  # landed, or refused with a message
        landed = [i for i, code in enumerate(codes[item]) if code == "0"]
        assert landed, f"no edit of {item} landed"
        assert notes[item][0] == f"{tag}-{landed[-1]}"  # the last reported success is the newest entry
        assert {f"{tag}-{i}" for i in landed} <= set(notes[item])  # and no reported entry was lost


# ---------------------------------------------------------------------------- git faults


def test_rebase_in_progress_refuses_the_edit(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    root = plan_path.parent.parent
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    (root / ".git" / "rebase-merge").mkdir()
    result = cli("zet", "B2-01", "lopend")
    assert result.code == 2 and "er loopt een git rebase" in result.err
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


def test_without_git_everything_works_without_history(plan_path: Path, cli, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    subprocess.run(["git", "init", "-q"], cwd=plan_path.parent.parent, check=True)
    monkeypatch.setenv("PATH", str(tmp_path / "leeg"))  # no git on PATH
    result = cli("zet", "B2-01", "lopend")
    assert result.code == 0 and "Vastgelegd" not in result.out
    assert cli("geschiedenis").err.startswith("regiotrack: ")


# ---------------------------------------------------------------------------- privacy


@pytest.mark.parametrize(
    ("note", "found"),
    [
        ("Casus 111222333 besproken", "burgerservicenummer (111222333)"),
        ("BSN 123.456.782 gezien", "burgerservicenummer (123.456.782)"),
        ("Bel 06-12345678", "telefoonnummer (06-12345678)"),
        ("Bel +31 20 1234567", "telefoonnummer (+31 20 1234567)"),
        ("Mail aan j.jansen@example.nl", "e-mailadres (j.jansen@example.nl)"),
    ],
)
def test_privacy_guard_refuses_resident_data(plan_path: Path, cli, note: str, found: str) -> None:  # type: ignore[no-untyped-def]
    plan_path.write_text(plan_path.read_text().replace('id = "B2-01"\n', f'id = "B2-01"\nnotitie = "{note}"\n', 1))
    result = cli("controleer")
    assert result.code == 1
    assert f"B2-01, veld 'notitie': lijkt op een {found}" in result.err or f"bevat een {found}" in result.err


@pytest.mark.parametrize(
    "note",
    [
        "Kenmerk 123456789 (geen BSN: elfproef faalt)",
        "In 2026 zijn 1.143.590 inwoners",
        "Mail het secretariaat: secretariaat@vt.example",
    ],
)
def test_privacy_guard_allows_ordinary_numbers_and_declared_contacts(plan_path: Path, cli, note: str) -> None:  # type: ignore[no-untyped-def]
    text = plan_path.read_text().replace('id = "B2-01"\n', f'id = "B2-01"\nnotitie = "{note}"\n', 1)
    text = text.replace(
        'naam = "Veilig Thuis Amsterdam-Amstelland"',
        'naam = "Veilig Thuis Amsterdam-Amstelland"\ncontact = "secretariaat@vt.example"',
        1,
    )
    plan_path.write_text(text)
    assert cli("controleer").code == 0

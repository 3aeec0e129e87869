"""Setting up a plans repository: a new one from the bundled plan, and the merge driver.

Uses GitPython (config editing, init, the first commit): these are one-off, interactive steps
where its API is clearer than shelling out, and its import time does not matter.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

from regiotrack.errors import UserError
from regiotrack.history.git import git_available
from regiotrack.store.locate import BUNDLED_NAME, bundled_plan

ATTRIBUTES_LINE = "plans/*.toml merge=regiotrack"
"""The line for a plans repository whose plans/ folder is at the top."""
DRIVER_NAME = "regiotrack: samenvoegen per item en veld"


def driver_command() -> str:
    """The command git runs to merge a plan file (%O base, %A ours and result, %B theirs, %P path)."""
    found = shutil.which("regiotrack")
    program = shlex.quote(found) if found else f"{shlex.quote(sys.executable)} -m regiotrack"
    return f"{program} samenvoegen %O %A %B %P"


def attributes_line(root: Path, plans_dir: Path) -> str:
    """The .gitattributes line (in ``root``) that gives the plans in ``plans_dir`` the merge driver.

    Relative to the repository's top, where .gitattributes lives: a plans folder in a sub-folder
    of a larger repository gets 'sub/plans/*.toml', quoted when the path needs it.
    """
    import os

    relative = Path(os.path.relpath(os.path.realpath(plans_dir), os.path.realpath(root))).as_posix()
    pattern = f"{relative}/*.toml"
    if any(c in pattern for c in ' "\\\t#!'):
        escaped = pattern.replace("\\", "\\\\").replace('"', '\\"')
        pattern = f'"{escaped}"'
    return f"{pattern} merge=regiotrack"


def register_merge_driver(root: Path, plans_dir: Path | None = None) -> Iterator[str]:
    """Write .gitattributes and the repository's git config for the merge driver; idempotent.

    Checks with ``git check-attr`` that git now gives the plans the driver.
    """
    import git

    plans_dir = plans_dir or root / "plans"
    repo = git.Repo(root)
    attributes = root / ".gitattributes"
    line = attributes_line(root, plans_dir)
    lines = attributes.read_text(encoding="utf-8").splitlines() if attributes.exists() else []
    if line not in lines:
        attributes.write_text("\n".join([*lines, line]) + "\n", encoding="utf-8")
        yield f"{attributes.name}: plannen worden per item en veld samengevoegd."
    command = driver_command()
    with repo.config_writer("repository") as config:
        section = 'merge "regiotrack"'
        current = config.get_value(section, "driver", "") if config.has_section(section) else ""
        if current != command:
            config.set_value(section, "name", DRIVER_NAME)
            config.set_value(section, "driver", command)
            yield "git-config: merge-driver 'regiotrack' ingesteld."
        else:
            yield "Merge-driver was al ingesteld; niets veranderd."
    _verify(root, plans_dir)


def _verify(root: Path, plans_dir: Path) -> None:
    """Refuse to report success when git would not use the driver for the plans."""
    from regiotrack.history.git import merge_attribute

    probe = next(iter(sorted(plans_dir.glob("*.toml"))), plans_dir / BUNDLED_NAME)
    found = merge_attribute(root, probe)
    if found != "regiotrack":
        raise UserError(
            f"git gebruikt de merge-driver niet voor {probe} (git check-attr merge zegt '{found or 'niets'}')",
            f"Controleer {root / '.gitattributes'}: een regel als '{attributes_line(root, plans_dir)}' "
            "mag niet later door een andere regel worden overschreven.",
        )


def init_repository(target: Path, plan: tuple[str, bytes] | None = None) -> Iterator[str]:
    """A new plans repository in ``target``, or the merge driver for the clone ``target`` is in.

    ``plan`` is (file name, content) of the plan to start with (``init --leeg``); without it
    the bundled 2025-2029 plan. Yields Dutch progress lines. Never overwrites an existing plan.
    """
    name, content = plan if plan is not None else (BUNDLED_NAME, bundled_plan().read_bytes())
    plan_path = target / "plans" / name
    plans_dir = target / "plans"
    existing = plans_dir.is_dir() and any(plans_dir.glob("*.toml"))
    if not git_available():
        if existing:
            raise UserError(
                "git is niet gevonden; zonder git is er niets in te stellen", "Installeer git en probeer het opnieuw."
            )
        _place_plan(plan_path, content)
        yield f"Plan geplaatst: {plan_path}"
        yield "git is niet gevonden; het plan werkt zonder geschiedenis. Installeer git voor versiebeheer."
        return
    import git

    if existing:
        try:
            repo = git.Repo(target, search_parent_directories=True)
        except git.InvalidGitRepositoryError:
            raise UserError(
                f"{target} heeft al plannen maar is geen git-repository",
                f"Maak er een repository van: cd {shlex.quote(str(target))} && git init",
            ) from None
        if plan is not None:
            raise UserError(
                f"in {plans_dir} staan al plannen; 'init --leeg' begint alleen een nieuwe map",
                "Kies een nieuwe map: regiotrack init NIEUWE-MAP --leeg …",
            )
        yield from register_merge_driver(Path(repo.working_tree_dir or target), plans_dir)
        return
    _refuse_without_identity(target)
    _place_plan(plan_path, content)
    yield f"Plan geplaatst: {plan_path}"
    repo = git.Repo.init(target)
    yield f"Nieuwe git-repository: {target}"
    yield from register_merge_driver(target)
    repo.index.add([f"plans/{name}", ".gitattributes"])
    repo.index.commit("Plan 2025-2029 overgenomen uit regiotrack" if plan is None else f"Nieuw, leeg plan {name}")
    yield "Eerste versie vastgelegd in git."
    yield f"Verder: cd {shlex.quote(str(target))} && regiotrack"


def _refuse_without_identity(target: Path) -> None:
    """No first commit under an invented name: refuse, before anything is written, as edits do."""
    from regiotrack.history.git import identity_missing

    start = target
    while not start.is_dir() and start != start.parent:
        start = start.parent
    if identity_missing(start) is not None:
        raise UserError(
            "git weet niet wie u bent, en regiotrack legt niets vast onder een verzonnen naam; er is niets aangemaakt",
            'Stel in: git config --global user.name "Uw naam" en git config --global user.email "u@gemeente.nl", '
            "en probeer het opnieuw.",
        )


def _place_plan(plan_path: Path, content: bytes) -> None:
    if plan_path.exists():
        raise UserError(f"{plan_path} bestaat al; er is niets overschreven", "Kies een nieuwe map.")
    plan_path.parent.mkdir(parents=True, exist_ok=True)
    plan_path.write_bytes(content)


CI_TEMPLATES = {
    "gitlab": ("gitlab-ci.yml", ".gitlab-ci.yml"),
    "github": ("github-workflow.yml", ".github/workflows/regiotrack.yml"),
}
"""--ci value -> (template in regiotrack/data/ci, where it goes in the plan repository)."""


def ci_template(kind: str) -> bytes:
    """The CI template for 'gitlab' or 'github'."""
    source, _ = CI_TEMPLATES[kind]
    return (Path(__file__).resolve().parent.parent / "data" / "ci" / source).read_bytes()


def write_ci(root: Path, kind: str) -> Iterator[str]:
    """Write the CI template into the plan repository at ``root``; never overwrite another file."""
    from regiotrack.errors import FileSystemError
    from regiotrack.store.files import write_bytes_atomic

    _, target_name = CI_TEMPLATES[kind]
    target = root / target_name
    content = ci_template(kind)
    if target.exists():
        if target.read_bytes() == content:
            yield f"{target_name} is al aanwezig en bijgewerkt; niets veranderd."
            return
        raise UserError(
            f"{target} bestaat al en wijkt af van het sjabloon; er is niets overschreven",
            f"Vergelijk zelf met 'regiotrack init --ci {kind}' in een lege map, of verwijder het bestand eerst.",
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, content)
    except OSError as err:
        raise FileSystemError.from_os_error(err, f"{target_name} schrijven") from None
    yield f"{target_name} geschreven: controle bij elke merge request, de site naar Pages vanaf main."
    yield f"Leg het vast: git add {target_name} && git commit -m 'CI voor het plan'. Zie 'CI instellen' in de README."

"""Plumbing: run the git program, know the repository's state, commit one plan edit.

The ``git`` executable is used directly on every command-line path: an edit must not pay
GitPython's import time. Every failure becomes a Dutch message that says what to do.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path

from regiotrack.errors import UserError


def git_available() -> bool:
    """True when a git executable is on PATH."""
    import shutil  # here: with bz2 and lzma it costs an edit more than the search itself

    return shutil.which("git") is not None


def run_git(cwd: Path, *args: str, input_bytes: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run git with a stable, English-independent environment; never raises on a non-zero exit."""
    env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
    return subprocess.run(["git", *args], cwd=cwd, input=input_bytes, capture_output=True, env=env, check=False)


def author_name(path: Path) -> str | None:
    """The name git would commit under here (GIT_AUTHOR_NAME or user.name), or None."""
    if not git_available():
        return None
    start = path if path.is_dir() else path.parent
    result = run_git(start, "var", "GIT_AUTHOR_IDENT")
    if result.returncode != 0:
        return None
    name = result.stdout.decode("utf-8", "replace").split(" <", 1)[0].strip()
    return name or None


def repo_root(path: Path) -> Path | None:
    """The top of the git work tree that holds ``path``, or None (no git, or not in a repository)."""
    start = path if path.is_dir() else path.parent
    try:  # no git_available() first: an edit asks this, and a missing git says so itself
        result = run_git(start, "rev-parse", "--show-toplevel")
    except OSError:
        return None
    if result.returncode != 0:
        return None
    return Path(result.stdout.decode().strip())


def relative(root: Path, path: Path) -> str:
    """The path of a file inside the repository, as git names it (a symbolic link is followed).

    Raises UserError for a link to a file outside the repository: regiotrack neither edits nor
    shows the history of such a plan (see the README, 'Privacy en veiligheid').
    """
    real = Path(os.path.realpath(path))
    try:
        return real.relative_to(Path(os.path.realpath(root))).as_posix()
    except ValueError:
        raise UserError(
            f"{path} is een symbolische koppeling naar {real}, buiten de git-repository {root}; "
            "regiotrack wijzigt zo'n plan niet en toont er geen geschiedenis van",
            f"Werk in de map waar het plan echt staat (--plan {shlex.quote(str(real))}), "
            "of vervang de koppeling door het bestand zelf.",
        ) from None


def check_link(path: Path) -> None:
    """Refuse (UserError) a plan that is a symbolic link out of the repository it lies in."""
    if os.path.realpath(path) == os.path.abspath(path):
        return
    root = repo_root(Path(os.path.abspath(path)))
    if root is not None:
        relative(root, path)


_OPERATIONS = (
    ("MERGE_HEAD", "merge"),
    ("rebase-merge", "rebase"),
    ("rebase-apply", "rebase"),
    ("CHERRY_PICK_HEAD", "cherry-pick"),
    ("REVERT_HEAD", "revert"),
)
"""The files git keeps while an operation is under way, and the operation's name."""


def operation_in_progress(root: Path) -> str | None:
    """'merge', 'rebase', 'cherry-pick' or 'revert' when one is under way, else None."""
    args = [arg for marker, _name in _OPERATIONS for arg in ("--git-path", marker)]
    result = run_git(root, "rev-parse", *args)  # one git call for all five: every edit pays for it
    if result.returncode != 0:
        return None
    paths = result.stdout.decode().splitlines()
    for (_marker, name), path in zip(_OPERATIONS, paths, strict=False):
        if (root / path).exists():
            return name
    return None


def commits_enabled(root: Path) -> bool:
    """The setting ``git config regiotrack.commit false`` turns automatic commits off."""
    result = run_git(root, "config", "--bool", "regiotrack.commit")
    return result.stdout.decode().strip() != "false"


def preflight(root: Path) -> None:
    """Refuse an edit that could not be committed cleanly, before anything is written."""
    operation = operation_in_progress(root)
    if operation is not None:
        raise UserError(
            f"er loopt een git {operation} in {root}; regiotrack wijzigt het plan nu niet",
            f"Rond de {operation} eerst af (git {operation} --continue) of breek hem af "
            f"(git {operation} --abort), en probeer het dan opnieuw.",
        )


def committed_version(root: Path, path: Path) -> bytes | None:
    """The file as committed in HEAD, when the work tree or the index differs from it.

    None when there is nothing uncommitted, or when HEAD has no such file (a new plan is
    committed whole, as before).
    """
    name = relative(root, path)
    if run_git(root, "diff", "--quiet", "HEAD", "--", name).returncode != 1:
        return None
    shown = run_git(root, "show", f"HEAD:./{name}")
    return shown.stdout if shown.returncode == 0 else None


def merge_attribute(root: Path, path: Path) -> str:
    """The ``merge`` attribute git gives the file ('regiotrack', 'unspecified', …)."""
    name = relative(root, path)
    result = run_git(root, "check-attr", "merge", "--", name)
    return result.stdout.decode("utf-8", "replace").strip().rsplit(": ", 1)[-1] if result.returncode == 0 else ""


def driver_warning(root: Path, path: Path) -> str | None:
    """A Dutch warning when .gitattributes names regiotrack's merge driver but this clone lacks it.

    git does not clone its config: a fresh clone gets plain line conflicts until the driver is set up.
    """
    try:
        if merge_attribute(root, path) != "regiotrack":
            return None
    except UserError:  # a plan linked from outside the repository: no merges to worry about here
        return None
    if run_git(root, "config", "merge.regiotrack.driver").stdout.strip():
        return None
    return (
        "de merge-driver van regiotrack is in deze kloon niet ingesteld (git neemt die instelling niet mee "
        "bij het klonen); een merge geeft dan gewone conflicten in het plan. Herstel: regiotrack init "
        f"{shlex.quote(str(root))}"
    )


def identity_missing(cwd: Path) -> str | None:
    """A Dutch message with the commands to run when git has no user name or e-mail, else None."""
    missing = [
        key
        for key, env in (("user.name", "GIT_AUTHOR_NAME"), ("user.email", "GIT_AUTHOR_EMAIL"))
        if not os.environ.get(env) and not run_git(cwd, "config", key).stdout.strip()
    ]
    if not missing:
        return None
    return (
        'git weet niet wie u bent. Stel in: git config --global user.name "Uw naam" en '
        'git config --global user.email "u@gemeente.nl", en probeer het opnieuw.'
    )


@dataclass(frozen=True)
class CommitOutcome:
    """What happened to the commit of an edit."""

    committed: bool
    """True when the commit was made."""
    message: str
    """Dutch line for the user."""


def commit_file(root: Path, path: Path, subject: str, body: str = "") -> CommitOutcome:
    """Commit this one file (never other staged or unstaged changes) with the user's identity."""
    name = relative(root, path)
    args = ["commit", "--quiet", "-m", subject]
    if body:
        args += ["-m", body]
    result = run_git(root, *args, "--only", "--", name)
    # A file git does not know yet is added first; asked only when the commit failed, so that
    # the usual edit of a tracked plan costs one git call less.
    if result.returncode != 0 and run_git(root, "ls-files", "--error-unmatch", "--", name).returncode != 0:
        added = run_git(root, "add", "--", name)
        if added.returncode != 0:
            return CommitOutcome(False, _explain(added.stderr.decode(), "toevoegen"))
        result = run_git(root, *args, "--only", "--", name)
    if result.returncode == 0:
        shown = run_git(root, "log", "-1", "--no-show-signature", "--format=%h %D", "HEAD").stdout.decode().strip()
        head, _, refs = shown.partition(" ")
        detached = "HEAD -> " not in refs  # on a branch git writes "HEAD -> main"
        note = " (let op: u zit niet op een branch, 'detached HEAD')" if detached else ""
        return CommitOutcome(True, f"Vastgelegd in git als {head}{note}.")
    return CommitOutcome(False, _explain((result.stderr + result.stdout).decode(), "vastleggen", _has_hooks(root)))


def _has_hooks(root: Path) -> bool:
    """True when a hook that can reject a commit is installed."""
    result = run_git(root, "rev-parse", "--git-path", "hooks")
    hooks = root / result.stdout.decode().strip()
    configured = run_git(root, "config", "core.hooksPath").stdout.decode().strip()
    if configured:
        hooks = root / configured
    return any(os.access(hooks / name, os.X_OK) for name in ("pre-commit", "commit-msg", "prepare-commit-msg"))


def _explain(output: str, action: str, hooks: bool = False) -> str:
    """A Dutch explanation of a failed git command, with what to do."""
    lowered = output.lower()
    base = f"De wijziging staat in het bestand, maar het {action} in git is mislukt: "
    if "index.lock" in lowered:
        return base + (
            "een ander git-programma heeft de repository vast (index.lock). Wacht tot dat klaar is, "
            "of verwijder .git/index.lock als er geen git meer draait, en leg vast met git commit."
        )
    if "please tell me who you are" in lowered or "user.email" in lowered or "ident" in lowered:
        return base + (
            'git weet niet wie u bent. Stel in: git config --global user.name "Uw naam" en '
            'git config --global user.email "u@gemeente.nl", en leg vast met git commit.'
        )
    if hooks or "hook" in lowered:
        detail = output.strip().splitlines()[-1] if output.strip() else ""
        return base + f"een git-hook weigerde de commit ({detail}). Los dat op en leg vast met git commit."
    detail = output.strip().splitlines()[-1] if output.strip() else "onbekende fout"
    return base + f"{detail}. Leg de wijziging zelf vast met git commit."


def user_name(where: Path) -> str | None:
    """The git identity's name (``git config user.name``) as seen from ``where``; None without one."""
    if not git_available():
        return None
    start = where if where.is_dir() else where.parent
    result = run_git(start if start.is_dir() else Path.cwd(), "config", "user.name")
    name = result.stdout.decode("utf-8", "replace").strip()
    return name if result.returncode == 0 and name else None

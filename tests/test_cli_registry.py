"""The lazy command registry: every command listed, each with its own help and an example."""

from __future__ import annotations

import subprocess
import sys

import pytest

from regiotrack.cli.main import main
from regiotrack.cli.parsing import command_parser
from regiotrack.cli.registry import COMMANDS


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_top_help_lists_every_registered_command(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys)
    listed = out.split("opdrachten:\n", 1)[1]
    for name, info in COMMANDS.items():
        assert f"  {name} " in listed and info.summary in listed


@pytest.mark.parametrize("name", list(COMMANDS))
def test_each_command_has_help_with_an_example(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, name)
    assert out.startswith(f"gebruik: regiotrack {name}")
    assert "Voorbeeld" in out


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_option_and_argument_has_a_help_text(name: str) -> None:
    import argparse

    parsers = [command_parser(name, COMMANDS[name])]
    while parsers:
        parser = parsers.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
            assert action.help, f"{name}: {action.dest} has no help text"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from regiotrack import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"regiotrack {__version__}"


def test_unknown_command_suggests_the_closest(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["lijs"])
    assert done.value.code == 2
    assert "onbekende opdracht 'lijs'; bedoelde u 'lijst'?" in capsys.readouterr().err


def test_only_the_chosen_command_module_is_imported() -> None:
    code = (
        "import sys; from regiotrack.cli.main import main\n"
        "try:\n    main(['lijst', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('regiotrack.cli.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = {m.rsplit(".", 1)[1] for m in eval(out.strip().splitlines()[-1])}
    assert "checking" in loaded
    assert not loaded & {"editing", "history", "export", "setup"}, loaded

"""The ``regiotrack`` command line."""

from regiotrack.cli.main import main

__all__ = ["main"]

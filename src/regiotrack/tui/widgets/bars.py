"""Progress bars as text: the count is always printed too, so colour is never the only signal."""

from __future__ import annotations

from rich.text import Text

from regiotrack.plan.progress import Progress
from regiotrack.tui.text import clean


def progress_line(progress: Progress, label_width: int = 34, bar_width: int = 16) -> Text:
    """'WG-01 Versterking gebiedsg…  ████░░░░░░░░  1/4 gereed  ! 2 verlopen'."""
    label = clean(progress.label, one_line=True)
    label = label if len(label) <= label_width else label[: label_width - 1] + "…"
    filled = round(progress.fraction * bar_width)
    text = Text(label.ljust(label_width) + "  ")
    text.append("█" * filled, style="bold green")
    text.append("░" * (bar_width - filled), style="dim")
    text.append(f"  {progress.done}/{progress.total} gereed")
    if progress.overdue:
        text.append(f"  ! {progress.overdue} verlopen", style="bold red")
    return text

"""Plan and git text on its way to a widget: never Rich markup, never raw control characters.

Every string that comes from the plan file or from git reaches a widget through :func:`plain`
(a ``rich.text.Text``, which no widget parses as markup) or :func:`clean` (for widgets that take
plain strings, such as the header title and ``ItemTable`` cells). Notifications with such text
pass ``markup=False``.
"""

from __future__ import annotations

from rich.text import Text

from regiotrack.errors import escape_controls


def clean(text: str, *, one_line: bool = False) -> str:
    """``text`` with control characters shown escaped (\\x1b); newlines as spaces when ``one_line``."""
    text = escape_controls(text)
    return text.replace("\n", " ").replace("\t", " ") if one_line else text


def plain(text: str, style: str = "", *, one_line: bool = False) -> Text:
    """``text`` as literal Rich text: brackets stay brackets, control characters are escaped."""
    return Text(clean(text, one_line=one_line), style=style)

"""Exports: iCalendar (ical.py) and progress reports (summary.py, html.py)."""

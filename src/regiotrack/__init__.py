"""regiotrack: keep a regional policy plan (HGKM&SG Amsterdam-Amstelland 2025-2029) on track."""

__version__ = "0.1.0"

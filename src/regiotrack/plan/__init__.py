"""The plan as data and what its dates mean for a given today.

No I/O, no Textual, no git: the model (``model``), its vocabulary (``vocabulary``), imprecise
dates (``periods``, ``userdates``), standing and schedules (``standing``, ``schedule``,
``progress``), row selection (``filters``) and edits as functions Plan -> Plan (``edits``).
"""

"""Everything regiotrack does with git: commits of edits, history as meaning, merges, setup.

Submodules: ``git`` (plumbing and commits, no GitPython), ``log`` (history, blame, calendar
versions), ``setup`` (new repositories and the merge driver, with GitPython).
"""

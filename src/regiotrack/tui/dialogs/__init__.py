"""Typed modal dialogs."""

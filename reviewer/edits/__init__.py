"""Editing operations: each is one user action, one transaction, and returns Changes.

The GUI's undo commands call exactly one of these; the CLI and the crash
harness call the same functions.
"""

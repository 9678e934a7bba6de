"""Headless core of the translation review tool.

Nothing in this package imports Qt: everything the GUI does can be done from
the command line or from a script (tests/core/test_no_qt.py proves it).
"""

__version__ = "0.1.0"

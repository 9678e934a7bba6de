"""Sentence aligners behind one interface, and a registry by name."""

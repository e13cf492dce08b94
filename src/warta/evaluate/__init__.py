"""Scoring each stage against its gold sets: the wing that drives the engine.

One module per stage (``actors``, ``dates``, ``dedup``, ``events``, ``nlp``, ``places``); each
runs the real steps (through ``warta.engine`` where a whole ingest is scored) and compares
their output with gold annotations. ``warta eval ...`` calls them. Evaluation imports the
stages and the engine; no stage imports evaluation.
"""

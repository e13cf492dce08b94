"""The dev2 documents use the shared markup helpers of training/actors/markup.py, with the
older antecedent rule of their author (an anaphor links to the mention it names)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import markup  # noqa: E402

markup.PREFIX = 'actors-dev2-'
markup.LATEST_ANTECEDENT = False
from markup import A, D, R, U, write  # noqa: E402,F401

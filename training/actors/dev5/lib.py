"""The dev5 documents use the shared markup helpers of training/actors/markup.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import markup  # noqa: E402

markup.PREFIX = 'actors-dev5-'
from markup import A, D, R, U, write  # noqa: E402,F401

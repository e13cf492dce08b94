"""Build tests/fixtures/actors/dev2.jsonl (the second actor dev set, written in session 3 by
another author who did not read the resolver) from the marked-up texts in docs1-3.py.

    python training/actors/dev2/build.py && python training/actors/check_dev.py --file tests/fixtures/actors/dev2.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs1  # noqa: E402,F401  (each module registers its documents on import)
import docs2  # noqa: E402,F401
import docs3  # noqa: E402,F401
from lib import write  # noqa: E402

write(str(HERE.parents[2] / "tests" / "fixtures" / "actors" / "dev2.jsonl"))

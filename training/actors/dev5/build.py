"""Build tests/fixtures/actors/dev5.jsonl (the fifth actor dev set: 50 documents, coreference-heavy:
pronouns, -nya, descriptions, epithets, bare role nouns, spokesperson -> organisation, passive
agents, quotes, competing antecedents) from the marked-up texts in docs1-5.py. Written by an
author who did not read the resolver or anaphora.json; follows tests/fixtures/actors/README.md
(not dev4's divergences: "-nya" on an actor noun is one mention, no dateline outlets, capitals
annotated only when acting).

    python training/actors/dev5/build.py && python training/actors/check_dev.py --file tests/fixtures/actors/dev5.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs1  # noqa: E402,F401  (each module registers its documents on import)
import docs2  # noqa: E402,F401
import docs3  # noqa: E402,F401
import docs4  # noqa: E402,F401
import docs5  # noqa: E402,F401
from lib import write  # noqa: E402

write(str(HERE.parents[2] / "tests" / "fixtures" / "actors" / "dev5.jsonl"))

"""`make bench`: every figure beside its anchor, measured in the same run.

    python -m benchmarks                  all sections (about 10 minutes on 2 busy cores)
    python -m benchmarks --quick          fewer rounds, growth series without 20,000 children
    python -m benchmarks start wheel      only these sections

Sections: start, vault, wheel, report, backup, growth.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.suite import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

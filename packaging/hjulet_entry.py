"""PyInstaller's entry script: the same as ``python -m hjulet``."""

import sys

from hjulet.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

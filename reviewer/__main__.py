"""python -m reviewer: the same as the reviewer command."""

import sys

from reviewer.cli import main

sys.exit(main())

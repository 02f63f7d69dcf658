"""``python -m floorapp.cli ...``: the same as ``floorapp ...``."""

import sys

from floorapp.cli.main import main

sys.exit(main())

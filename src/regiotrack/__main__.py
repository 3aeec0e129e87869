"""``python -m regiotrack`` runs the command line."""

import sys

from regiotrack.cli.main import main

sys.exit(main())

"""`python -m corpuslint`: the same command as the `corpuslint` script, for environments where
the script is not on PATH (a venv not activated, `pipx run`, CI images)."""

import sys

from corpuslint.cli import main

sys.exit(main())

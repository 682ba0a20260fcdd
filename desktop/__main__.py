"""Lets `python -m desktop` behave exactly like the `ai-admin` command."""

import sys

from desktop.main import main

sys.exit(main())

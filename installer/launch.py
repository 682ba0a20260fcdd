"""Entry point of the installed app (PyInstaller runs this file): the same as `ai-admin`."""

import sys

from desktop.main import main

if __name__ == "__main__":
    sys.exit(main())

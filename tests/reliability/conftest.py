"""The reliability suite reaches the soak and crash-recovery code in `bench/`, and leaves the
logging set-up as it found it."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))


@pytest.fixture(autouse=True, scope="module")
def _logging_as_it_was():
    """The soak and the security run configure logging as the app does (a file in their data
    folder); the rest of the suite gets the logging it had before."""
    logger = logging.getLogger("ai_admin")
    handlers, filters = list(logger.handlers), list(logger.filters)
    level, propagate = logger.level, logger.propagate
    yield
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        if handler not in handlers:
            handler.close()
    for old in list(logger.filters):
        logger.removeFilter(old)
    for handler in handlers:
        logger.addHandler(handler)
    for kept in filters:
        logger.addFilter(kept)
    logger.setLevel(level)
    logger.propagate = propagate

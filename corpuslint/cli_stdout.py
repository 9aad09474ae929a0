"""The command's stdout when its reader goes away (`corpuslint check ... | head -1`): the one broken
pipe that is a quiet exit 0. Any other (a pipe to a worker, a plugin's, a socket) is an error."""

from __future__ import annotations

import contextlib
import os
import sys


def stdout_closed() -> bool:
    """Whether the reader of our stdout has gone (a pipe or socket whose other end closed): the one
    broken pipe that is a quiet exit. poll reports POLLERR on a pipe's write end with no reader left
    (POLLHUP on a socket's); a file or terminal is never that. Without poll (Windows), any."""
    import select

    if not hasattr(select, "poll"):
        return True
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    poller = select.poll()
    poller.register(fd, 0)  # POLLERR and POLLHUP are always reported
    return any(events & (select.POLLERR | select.POLLHUP) for _fd, events in poller.poll(0))


def quiet_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's flush at exit does not fail again on the
    closed pipe ("Exception ignored ... BrokenPipeError"): the recipe of Python's docs on SIGPIPE."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)

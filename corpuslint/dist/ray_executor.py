"""The corpus job's Ray executor: datatrove's `RayPipelineExecutor`, whose pool workers die when
their pool is terminated.

datatrove's Ray actor (`RankWorker.run_for_rank`) forks a `multiprocess` pool from the Ray worker
and runs each rank in it (`_run_for_rank`, in the pool worker's main thread); the pool's exit
(`Pool.__exit__` -> `terminate`) sends SIGTERM to its idle workers and joins them. The fork
inherits Ray's *Python* SIGTERM handler (`sys.exit` in the main thread), and a worker that ran a
rank has threads of its own (tqdm's monitor, Arrow's pools, an asyncio loop): when the kernel
hands the signal to one of those, CPython only sets a flag for the main thread, which sleeps
in `sem_wait` on the pool's queue lock (held by the terminating parent) and never looks at it.
The join waits forever and the job with it: once in ~23 runs of the Ray test under load, after
all four stages had finished (ray13). Here each rank first resets SIGTERM to the default, so
`terminate()` ends the worker whichever thread takes the signal. Nothing in the worker needs
Ray's handler: it is a fork, not a Ray worker (no task loop to stop, and `multiprocess` leaves it
with `os._exit`, so the handler's atexit shutdown never ran there anyway). A pool worker that ran
no rank has no thread but its main one, which takes the signal itself.
"""

from __future__ import annotations

import signal
import threading

from datatrove.executor.ray import RayPipelineExecutor
from datatrove.utils.stats import PipelineStats


def default_sigterm() -> None:
    """SIGTERM kills this process, whichever of its threads takes it (main thread only: else as is)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


class RayExecutor(RayPipelineExecutor):
    """`RayPipelineExecutor` whose pool workers SIGTERM ends (see the module)."""

    def _run_for_rank(self, rank: int, local_rank: int = 0, node_rank: int = -1) -> PipelineStats:
        default_sigterm()
        return super()._run_for_rank(rank, local_rank, node_rank)

"""The corpus job's local executor: datatrove's `LocalPipelineExecutor`, without its process
manager.

datatrove's local executor starts a `multiprocess.Manager` for every run, whatever the number
of workers: a server process forked from the job's process, for a queue of the free local
ranks, a counter of the tasks done and its lock. The fork costs the process's page tables, and
every page the stage writes after it faults once more (copy on write): ~7,000 page faults for a
reduce that does almost nothing, plus the server's own CPU, and a job's four stages fork four.
At one worker the tasks run in this process one after the other and the manager serves
nothing: here the local rank comes from a plain queue. With more workers, the pool's processes
are handed the queue, the counter and the lock when they start (the pool's initializer), which
needs no server. The tasks, their logs, stats and completion markers are datatrove's, unchanged.
"""

from __future__ import annotations

import queue
import time
from copy import deepcopy
from typing import Any

import multiprocess
from datatrove.executor import LocalPipelineExecutor
from datatrove.utils.logging import logger
from datatrove.utils.stats import PipelineStats

_SHARED: dict[str, Any] = {}  # in a pool's process: the queue of free local ranks, the counter, its lock


def _receive(ranks_q, completed, completed_lock) -> None:
    """The pool's initializer: what datatrove's executor passes each task through its manager."""
    _SHARED.update(ranks_q=ranks_q, completed=completed, completed_lock=completed_lock)


class LocalExecutor(LocalPipelineExecutor):
    """`LocalPipelineExecutor` that starts no process manager (see the module)."""

    def run(self):
        # as LocalPipelineExecutor.run, but for where the local ranks and the counter live
        if self.depends:
            if not self.depends._launched:
                logger.info(f'Launching dependency job "{self.depends}"')
                self.depends.run()
            while (incomplete := len(self.depends.get_incomplete_ranks(skip_completed=True))) > 0:
                logger.info(f"Dependency job still has {incomplete}/{self.depends.world_size} tasks. Waiting...")
                time.sleep(2 * 60)
        self._launched = True
        local = range(self.local_rank_offset, self.local_rank_offset + self.local_tasks)
        if all(map(self.is_rank_completed, local)):
            logger.info(f"Not doing anything as all {self.local_tasks} tasks have already been completed.")
            return
        self.save_executor_as_json()
        ranks_to_run = self.get_incomplete_ranks(local)
        if (skipped := self.local_tasks - len(ranks_to_run)) > 0:
            logger.info(f"Skipping {skipped} already completed tasks")
        if self.workers == 1:
            ranks_q: queue.SimpleQueue[int] = queue.SimpleQueue()
            ranks_q.put(0)
            pipeline = self.pipeline
            stats = []
            for rank in ranks_to_run:
                self.pipeline = deepcopy(pipeline)
                stats.append(self._launch_run_for_rank(rank, ranks_q))
        else:
            ctx = multiprocess.get_context(self.start_method)
            free = ctx.Queue()
            for i in range(self.workers):
                free.put(i)
            shared = (free, ctx.Value("i", skipped), ctx.Lock())
            with ctx.Pool(self.workers, initializer=_receive, initargs=shared) as pool:
                stats = list(pool.imap_unordered(self._launch_in_pool, ranks_to_run))
            free.close()
        merged = sum(stats, start=PipelineStats())
        with self.logging_dir.open("stats.json", "wt") as statsfile:
            merged.save_to_disk(statsfile)
        logger.success(merged.get_repr(f"All {self.local_tasks} tasks"))
        return merged

    def _launch_in_pool(self, rank: int) -> PipelineStats:
        return self._launch_run_for_rank(rank, _SHARED["ranks_q"], _SHARED["completed"], _SHARED["completed_lock"])

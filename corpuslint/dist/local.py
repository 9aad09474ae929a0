"""The corpus job's local executor: datatrove's `LocalPipelineExecutor`, without a process
manager when one worker runs the tasks.

datatrove's local executor starts a `multiprocess.Manager` for every run, whatever the number
of workers: a server process forked from the job's process, for a queue of the free local
ranks, a counter and a lock that only a pool of workers needs. At one worker the tasks run in
this process one after the other, and the manager serves nothing; yet the fork costs the
process's page tables, and every page the stage writes after it faults once more (copy on
write): ~7,000 page faults for a reduce that does almost nothing, ~0.02 CPU s of the server's
own, and the four stages of a job fork four. Here, at one worker, the local rank comes from a
plain queue; with more workers, datatrove's own `run` (a pool needs the manager's proxies).
The tasks, their logs, stats and completion markers are datatrove's, unchanged.
"""

from __future__ import annotations

import queue
import time
from copy import deepcopy

from datatrove.executor import LocalPipelineExecutor
from datatrove.utils.logging import logger
from datatrove.utils.stats import PipelineStats


class LocalExecutor(LocalPipelineExecutor):
    """`LocalPipelineExecutor` whose `run` at `workers=1` starts no process (see the module)."""

    def run(self):
        if self.workers != 1:
            return super().run()
        # as LocalPipelineExecutor.run at one worker, with a plain queue for its one local rank
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
        ranks_q: queue.SimpleQueue[int] = queue.SimpleQueue()
        ranks_q.put(0)
        ranks_to_run = self.get_incomplete_ranks(local)
        if (skipped := self.local_tasks - len(ranks_to_run)) > 0:
            logger.info(f"Skipping {skipped} already completed tasks")
        pipeline = self.pipeline
        stats = []
        for rank in ranks_to_run:
            self.pipeline = deepcopy(pipeline)
            stats.append(self._launch_run_for_rank(rank, ranks_q))
        merged = sum(stats, start=PipelineStats())
        with self.logging_dir.open("stats.json", "wt") as statsfile:
            merged.save_to_disk(statsfile)
        logger.success(merged.get_repr(f"All {self.local_tasks} tasks"))
        return merged

"""The corpus job's local executor: datatrove's `LocalPipelineExecutor`, without its process
manager.

datatrove's local executor starts a `multiprocess.Manager` for every run, whatever the number
of workers: a server process forked from the job's process, for a queue of the free local
ranks, a counter of the tasks done and its lock. The fork costs the process's page tables, and
every page the stage writes after it faults once more (copy on write): ~7,000 page faults for a
reduce that does almost nothing, plus the server's own CPU, and a job's four stages fork four.
At one worker the tasks run in this process one after the other and the manager serves
nothing: here the local rank comes from a plain queue. With more workers, K processes are started
with the counter and its lock, and each has its own local rank, which needs no server. The tasks,
their logs, stats and completion markers are datatrove's, unchanged.

The K workers are this module's, not a `multiprocess.Pool`: a pool whose worker dies (SIGKILL,
the OOM killer) starts another and never returns the lost task's result, so the job waited
forever (datatrove's executor does the same). Here the parent hands each worker its tasks one at
a time and watches the workers' processes: a death with a task in flight ends the run at once with
`WorkerDied`, which names the task; a rerun resumes, skipping the completed tasks. A worker that dies
holding no task lost nothing: a warning names it (in the log, and on the CLI's terminal:
`echo_warnings`), and the others run its share.
"""

from __future__ import annotations

import contextlib
import os
import queue
import time
from collections.abc import Callable, Iterator
from copy import deepcopy
from typing import Any

import multiprocess
from multiprocess.connection import wait
from datatrove.executor import LocalPipelineExecutor
from datatrove.utils.logging import logger
from datatrove.utils.stats import PipelineStats

from corpuslint.errors import CorpuslintError, sendable


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
                try:
                    stats.append(self._launch_run_for_rank(rank, ranks_q))
                except Exception as exc:  # noqa: BLE001 - said as at K workers (`_serve`)
                    said = sendable(exc, self.task_name(rank))
                    if said is exc:
                        raise
                    raise said from exc
        else:
            stats = self._run_in_workers(ranks_to_run, skipped)
        merged = sum(stats, start=PipelineStats())
        with self.logging_dir.open("stats.json", "wt") as statsfile:
            merged.save_to_disk(statsfile)
        logger.success(merged.get_repr(f"All {self.local_tasks} tasks"))
        return merged

    def task_name(self, rank: int) -> str:
        """"fingerprints task 3": the stage (its logging folder's name) and the rank."""
        return f"{os.path.basename(self.logging_dir.path.rstrip('/'))} task {rank}"

    def _run_in_workers(self, ranks: list[int], skipped: int) -> list[PipelineStats]:
        """The ranks on `self.workers` processes, each handed its ranks one at a time through a pipe of
        its own: the parent knows which task each worker holds, and waits on the workers' pipes and
        their process sentinels together, so a worker that dies (SIGKILL, the OOM killer, `os._exit`)
        ends the run at once with `WorkerDied`, naming its task, instead of waiting forever for a
        result that will never come (a `multiprocess.Pool` replaces the dead worker and loses the task).
        One that dies holding no task is dropped (`_idle_death`); the run fails only if none is left."""
        ctx = multiprocess.get_context(self.start_method)
        counter, lock = ctx.Value("i", skipped), ctx.Lock()
        forked = ctx.get_start_method() == "fork"
        workers: list[tuple[Any, Any]] = []  # (process, the parent's end of its pipe)
        try:
            for slot in range(min(self.workers, len(ranks))):
                mine, theirs = ctx.Pipe()
                # a forked worker closes the parent's ends it inherits (its own, the earlier workers'):
                # held open there, a worker would never see its pipe end when the parent dies
                inherited = [conn.fileno() for _, conn in workers] + [mine.fileno()] if forked else []
                process = ctx.Process(target=_serve, args=(self, theirs, slot, counter, lock, inherited),
                                      daemon=True, name=f"corpuslint-worker-{slot}")
                process.start()
                theirs.close()
                workers.append((process, mine))
            todo, held, stats = list(reversed(ranks)), {}, []  # held: worker index -> the rank it runs
            alive = set(range(len(workers)))

            def hand_out() -> None:
                """The next ranks to the idle workers; one found dead (its pipe broken) held none: its
                rank goes back to the others (`_idle_death`)."""
                for index in sorted(alive - held.keys()):
                    if not todo:
                        return
                    rank = todo.pop()
                    if _send(workers[index], rank):
                        held[index] = rank
                    else:
                        todo.append(rank)
                        _idle_death(workers[index], alive, index)

            hand_out()
            while held:
                by_object = {}
                for index in alive:
                    process, conn = workers[index]
                    by_object[conn] = by_object[process.sentinel] = index
                for ready in wait(list(by_object)):
                    index = by_object[ready]
                    if index not in alive:
                        continue  # its pipe and its sentinel were both ready
                    process, conn = workers[index]
                    reply = _receive_reply(conn) if index in held and conn.poll() else None
                    if reply is None:  # its process ended, or its pipe did, with no reply: the worker died
                        if index in held:  # with a task in flight: that task is lost
                            process.join(5)
                            raise WorkerDied(held[index], process.exitcode)
                        _idle_death(workers[index], alive, index)
                        continue
                    ok, rank, value = reply
                    if not ok:
                        raise value
                    stats.append(value)
                    del held[index]
                hand_out()
            if todo:  # every worker died idle: no one left to run the rest
                raise WorkerDied(None, workers[-1][0].exitcode, every=True,
                                 each=[(process.name, process.exitcode) for process, _conn in workers])
            for _process, conn in workers:
                with contextlib.suppress(OSError):  # a worker that died after its last task lost none
                    conn.send(None)  # done: the worker returns
            for process, _conn in workers:
                process.join()
            return stats
        finally:
            for process, conn in workers:
                if process.is_alive():
                    process.terminate()  # a run that failed: the tasks still running are rerun next time
                    process.join(5)
                if process.is_alive():
                    process.kill()
                process.join()
                conn.close()


class WorkerDied(CorpuslintError):
    """A worker process ended while it held a task (or every worker did, tasks left): the run stops
    (a rerun resumes, skipping the completed tasks), never waits for it."""

    def __init__(self, rank: int | None, exitcode: int | None, *, every: bool = False,
                 each: list[tuple[str, int | None]] | None = None) -> None:
        who = f"task {rank}'s worker" if rank is not None else "every worker" if every else "a worker"
        # `each`: every worker's (name, exit code), said each (they need not have died alike)
        how = "; ".join(f"{name}: {_how(code)}" for name, code in each) if each else _how(exitcode)
        super().__init__(f"{who} died ({how}); rerun the same command to resume: completed tasks are skipped")
        self.rank, self.exitcode, self.each = rank, exitcode, each


def _how(exitcode: int | None) -> str:
    return f"signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"exit code {exitcode}"


def _idle_death(worker: tuple[Any, Any], alive: set[int], index: int) -> None:
    """A worker that died holding no task (after its last reply, or before its first task) lost
    nothing: said (a warning naming it), and the other workers take its share of the tasks."""
    process, _conn = worker
    process.join(5)
    alive.discard(index)
    _warn(f"{process.name} (pid {process.pid}) died ({_how(process.exitcode)}) holding no task; "
          f"{len(alive)} worker(s) left take its share of the tasks")


_ECHOES: list[Callable[[str], None]] = []  # who else is told the job's warnings (`echo_warnings`)


@contextlib.contextmanager
def echo_warnings(write: Callable[[str], None]) -> Iterator[None]:
    """Meanwhile, the executor's own warnings (a worker's death that lost nothing) also go to
    `write`, one call a warning: the CLI's terminal, where stderr is the job's log during the run."""
    _ECHOES.append(write)
    try:
        yield
    finally:
        _ECHOES.remove(write)


def _warn(message: str) -> None:
    logger.opt(depth=1).warning(message)  # logged as the caller's
    for write in list(_ECHOES):
        write(message)


def _send(worker: tuple[Any, Any], rank: int) -> bool:
    """Hand `rank` to a worker; False if it died since its last reply (its pipe broken: it never got the
    rank), never BrokenPipeError, which the CLI would read as its own stdout closed."""
    _process, conn = worker
    try:
        conn.send(rank)
    except OSError:
        return False
    return True


def _receive_reply(conn):
    """What the other end sent, or None when the pipe ended (the process there died)."""
    try:
        return conn.recv()
    except (EOFError, OSError):
        return None


def _serve(executor: LocalExecutor, conn, slot: int, counter, lock, inherited: list[int]) -> None:
    """A worker: runs the ranks it is sent, each on a fresh copy of the pipeline (as the executor does at
    one worker), replies (True, rank, stats) or (False, rank, the exception), until it is sent None or
    its pipe ends (the parent died)."""
    for fd in inherited:
        os.close(fd)
    ranks_q: queue.SimpleQueue[int] = queue.SimpleQueue()
    ranks_q.put(slot)  # the task's local rank (datatrove's logging): this worker's slot
    pipeline = executor.pipeline
    while (rank := _receive_reply(conn)) is not None:
        executor.pipeline = deepcopy(pipeline)
        try:
            reply = (True, rank, executor._launch_run_for_rank(rank, ranks_q, counter, lock))
        except BaseException as exc:  # noqa: BLE001 - the parent raises it
            reply = (False, rank, sendable(exc, executor.task_name(rank)))
        try:
            conn.send(reply)
        except OSError:
            return  # the parent is gone
        except Exception as exc:  # noqa: BLE001 - an exception or stats that cannot be pickled
            conn.send((False, rank, RuntimeError(f"task {rank}: its result could not be sent back: {exc!r}")))

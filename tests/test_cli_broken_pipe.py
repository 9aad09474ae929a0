"""A broken pipe: only a closed stdout (`corpuslint check ... | head -1`) is a quiet exit 0, with
nothing on stderr; any other (a pipe to a worker, a plugin's, a socket) is an error, exit 2 with a
message, never a traceback, never 0 (review14: every BrokenPipeError was read as a closed stdout).

Real processes and real pipes: the report is larger than a pipe's buffer (64 KB), so the command
is still writing when its reader closes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "dist" / "corpus"

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}

# a command whose own work breaks a pipe that is not its stdout (a worker's, a plugin's)
OTHER_PIPE = r"""
import os, sys
from corpuslint import cli

def version(args):
    read, write = os.pipe()
    os.close(read)
    os.write(write, b"a task")  # BrokenPipeError: the other end is gone
    return 0

cli.cmd_version = version
sys.exit(cli.main(["version"]))
"""


def big_corpus(base: Path) -> Path:
    corpus = base / "corpus"
    corpus.mkdir()
    for copy in range(4):  # ~130 KB of JSON lines findings
        for path in sorted(CORPUS.iterdir()):
            shutil.copy(path, corpus / f"{copy}-{path.name}")
    return corpus


def test_a_closed_stdout_is_a_quiet_exit(tmp_path):
    big_corpus(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "corpuslint", "check", "corpus", "--no-index", "--no-cache",
                             "--output-format", "jsonl"], cwd=tmp_path, env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    first = proc.stdout.readline()  # `| head -1`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert first.startswith(b"{") and err == ""  # no "Exception ignored ... BrokenPipeError"


def test_a_closed_stdout_under_head_in_a_shell(tmp_path):
    big_corpus(tmp_path)
    out = subprocess.run(f"{sys.executable} -m corpuslint check corpus --no-index --no-cache --output-format jsonl "
                         "2>err | head -1; echo \"exit ${PIPESTATUS[0]}\"", shell=True, executable="/bin/bash",
                         cwd=tmp_path, env=ENV, capture_output=True, text=True, timeout=120)
    lines = out.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith("{") and lines[1] == "exit 0", out
    assert (tmp_path / "err").read_text() == ""


def test_a_broken_pipe_that_is_not_stdout_is_an_error(tmp_path):
    with open(tmp_path / "out", "w") as stdout:  # stdout a file
        out = subprocess.run([sys.executable, "-c", OTHER_PIPE], env=ENV, stdout=stdout, stderr=subprocess.PIPE,
                             text=True, timeout=60)
    assert out.returncode == 2, out
    assert out.stderr.startswith("corpuslint: error: broken pipe: ") and "Traceback" not in out.stderr, out.stderr
    assert (tmp_path / "out").read_text() == ""


def test_a_broken_pipe_that_is_not_stdout_is_an_error_with_stdout_a_pipe_too():
    proc = subprocess.Popen([sys.executable, "-c", OTHER_PIPE], env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # stdout's reader is still there
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "broken pipe" in err and "Traceback" not in err, err

"""scripts/calibration.py: precision of relations per confidence band, on a graph and its gold."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_calibration_runs_with_the_interpreter_it_is_given_not_a_graphkit_on_the_path(gold_dir):
    """It ran `graphkit` from PATH: with the project's environment not on PATH it stopped with a traceback."""
    env = dict(os.environ, PATH="/usr/bin:/bin")
    script, graph = ROOT / "scripts" / "calibration.py", ROOT / "tests" / "golden" / "seeds.ttl"
    done = subprocess.run([sys.executable, str(script), str(graph), str(gold_dir)], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "| confidence | right | wrong | precision |"
    bands = [line.split(" | ") for line in lines[2:] if line.startswith("| 0.") or line.startswith("| 1.")]
    assert bands, done.stdout
    right = sum(int(b[1]) for b in bands)
    wrong = sum(int(b[2]) for b in bands)
    assert right > 0 and right > wrong  # the seeds' relations are mostly right (relation precision 0.97)

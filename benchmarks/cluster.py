"""Time, speed-up and peak memory of `graphkit build --scheduler` on a Dask cluster of this machine.

    python benchmarks/cluster.py --docs 1000,10000 --workers 1,2,4 [--size 3000] [--seed 0]

For each corpus (written once by benchmarks/corpus.py and reused, as build.py
does) it builds locally with ``--jobs 1`` (the reference: its time and its
bytes), then, for each number of worker processes, starts ``dask scheduler``
and ``dask worker --nworkers N --nthreads 1`` on 127.0.0.1 (free ports), runs
``python -m graphkit build CORPUS -o OUT --scheduler ADDRESS`` and stops the
cluster (by its process group id). Every 0.5 s it samples the resident memory
(RSS) of the building process, of the scheduler and of each worker process.

One row per run: documents, workers, wall time of the build (the cluster's
start is not counted; the workers' first load of graphkit's resources is),
speed-up over the local build, peak RSS of the building process, of the
scheduler and of the largest worker, the machine's mean load average during
the run (other work shares the cores when it is above their number), and
whether the output is the local build's, byte for byte.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as corpus_module  # noqa: E402
import generate  # noqa: E402

DASK = str(Path(sys.executable).parent / "dask")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Peaks:
    """Samples the RSS of processes (and their children) every ``interval`` seconds, in a thread."""

    def __init__(self, roots: dict[str, int], interval: float = 0.5) -> None:
        self.roots, self.interval = roots, interval
        self.peaks: dict[str, float] = {name: 0.0 for name in roots}
        self.worker_peak = 0.0
        self.loads: list[float] = []  # the machine's load average (1 min), as sampled
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Peaks:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.loads.append(os.getloadavg()[0])
            for name, pid in self.roots.items():
                try:
                    proc = psutil.Process(pid)
                    if name == "workers":  # the dask worker command, its nannies, their worker processes
                        for child in proc.children(recursive=True):
                            try:
                                if "nanny" not in " ".join(child.cmdline()).lower():
                                    self.worker_peak = max(self.worker_peak, child.memory_info().rss / 2**20)
                            except psutil.Error:
                                pass
                    else:
                        self.peaks[name] = max(self.peaks[name], proc.memory_info().rss / 2**20)
                except psutil.Error:
                    pass
            self._stop.wait(self.interval)


def _start(args: list[str], log: Path) -> subprocess.Popen:
    with log.open("wb") as out:
        return subprocess.Popen([DASK, *args], stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=15)
            return
        except subprocess.TimeoutExpired:
            continue


def _wait_for(address: str, n: int) -> None:
    import distributed

    with distributed.Client(address, timeout=60, set_as_default=False) as client:
        client.wait_for_workers(n, timeout=120)


def _build(command: list[str], roots: dict[str, int]) -> tuple[float, Peaks]:
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with Peaks({"main": proc.pid, **roots}) as peaks:
        _, stderr = proc.communicate()
    if proc.returncode not in (0, 4):
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{stderr.decode()}")
    return time.perf_counter() - started, peaks


def _load(peaks: Peaks) -> float:
    """The machine's mean load average during a run: on 2 cores, above 2 means other work shared them."""
    return sum(peaks.loads) / len(peaks.loads) if peaks.loads else os.getloadavg()[0]


def corpus_folder(docs: int, size: int, seed: int) -> Path:
    folder = Path(tempfile.gettempdir()) / "graphkit-benchmarks" / f"corpus-{docs}-{size}-{seed}"
    if not (folder / ".complete").exists():
        print(f"writing {docs} articles to {folder} …", file=sys.stderr)
        corpus_module.write_corpus(folder, docs, seed=seed, size=size)
        (folder / ".complete").write_text("")
    return folder


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="graphkit build on a Dask cluster of this machine.")
    parser.add_argument("--docs", default="1000", help="comma-separated corpus sizes (1000,10k)")
    parser.add_argument("--workers", default="1,2,4", help="comma-separated numbers of worker processes (1,2,4)")
    parser.add_argument("--size", type=int, default=3000, help="average characters per article (3000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="graphkit-dask-bench-"))
    print(f"{'docs':>6} {'workers':>7} {'seconds':>8} {'speed-up':>8} {'main RSS':>9} {'sched RSS':>9} "
          f"{'worker RSS':>10} {'load':>5}  same bytes")
    for docs in (generate._count(d) for d in args.docs.split(",")):
        folder = corpus_folder(docs, args.size, args.seed)
        local_out = tmp / f"local-{docs}.ttl"
        seconds, peaks = _build([sys.executable, "-m", "graphkit", "build", str(folder), "-o", str(local_out),
                                 "-q"], {})
        local = seconds
        print(f"{docs:>6} {'local':>7} {seconds:>8.1f} {1.0:>8.2f} {peaks.peaks['main']:>8.0f}M {'-':>9} "
              f"{'-':>10} {_load(peaks):>5.1f}  (--jobs 1)", flush=True)
        for n in (int(w) for w in args.workers.split(",")):
            port = _free_port()
            address = f"tcp://127.0.0.1:{port}"
            scheduler = _start(["scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                               tmp / "scheduler.log")
            workers = _start(["worker", address, "--nworkers", str(n), "--nthreads", "1", "--host", "127.0.0.1",
                              "--no-dashboard"], tmp / "workers.log")
            try:
                _wait_for(address, n)
                out = tmp / f"cluster-{docs}-{n}.ttl"
                seconds, peaks = _build([sys.executable, "-m", "graphkit", "build", str(folder), "-o", str(out),
                                         "-q", "--scheduler", address],
                                        {"scheduler": scheduler.pid, "workers": workers.pid})
            finally:
                _stop(workers)
                _stop(scheduler)
            same = out.read_bytes() == local_out.read_bytes()
            print(f"{docs:>6} {n:>7} {seconds:>8.1f} {local / seconds:>8.2f} {peaks.peaks['main']:>8.0f}M "
                  f"{peaks.peaks['scheduler']:>8.0f}M {peaks.worker_peak:>9.0f}M {_load(peaks):>5.1f}  "
                  f"{'yes' if same else 'NO'}",
                  flush=True)
            out.unlink()
        local_out.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())

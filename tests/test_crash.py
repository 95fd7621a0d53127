"""Crashes and reruns, for real: `extract run` as a subprocess on 300 articles, killed with
SIGKILL at several points, rerun, and compared byte for byte with an uninterrupted run; and a
rerun on the unchanged folder must take under a tenth of the first run's time."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

EXTRACT = [sys.executable, "-m", "extract"]


def _run(corpus: Path, out: Path, *extra: str) -> tuple[subprocess.CompletedProcess, float]:
    start = time.monotonic()
    done = subprocess.run([*EXTRACT, "run", str(corpus), "--out", str(out), "-q", *extra],
                          capture_output=True, text=True, timeout=600)
    return done, time.monotonic() - start


@pytest.fixture(scope="module")
def clean_run(corpus_300, tmp_path_factory):
    """An uninterrupted first run and an immediate rerun, both timed."""
    out = tmp_path_factory.mktemp("clean") / "out"
    first, first_seconds = _run(corpus_300, out)
    assert first.returncode == 0, first.stderr
    rerun, rerun_seconds = _run(corpus_300, out)
    assert rerun.returncode == 0, rerun.stderr
    return out, first_seconds, rerun_seconds, first.stderr, rerun.stderr


def test_rerun_on_unchanged_folder_takes_under_a_tenth(clean_run):
    out, first_seconds, rerun_seconds, first_message, rerun_message = clean_run
    ratio = rerun_seconds / first_seconds
    print(f"\nfirst run of 300 articles: {first_seconds:.2f} s; rerun unchanged: {rerun_seconds:.2f} s "
          f"({ratio:.1%} of the first)")
    assert "300 articles processed" in first_message
    assert "0 articles processed, 300 unchanged, 0 skipped" in rerun_message
    report = json.loads((out / "run.json").read_text())
    assert report["unchanged"] == 300 and report["processed"] == 0
    assert report["timings_s"]["model_load"] == 0  # no NLP work at all: the model was not even loaded
    assert ratio < 0.10


def _articles_in_store(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _same_command_alive(cmdline: bytes) -> list[int]:
    alive = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "cmdline").read_bytes() == cmdline and (entry / "stat").read_text().split()[2] != "Z":
                    alive.append(int(entry.name))
            except OSError:
                continue
    return alive


def _kill_when(corpus: Path, out: Path, *, after: float | None = None, articles: int | None = None) -> str:
    """Start a run and SIGKILL it after `after` seconds or once the store holds `articles`."""
    command = [*EXTRACT, "run", str(corpus), "--out", str(out), "-q"]
    cmdline = b"".join(arg.encode() + b"\0" for arg in command)  # as /proc shows it, for the worker too
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = time.monotonic()
    db = out / "extract.db"
    try:
        while process.poll() is None and time.monotonic() - start < 300:
            if after is not None and time.monotonic() - start >= after:
                break
            if articles is not None and _articles_in_store(db) >= articles:
                break
            time.sleep(0.01)
        stored = _articles_in_store(db)
        finished = process.poll() is not None
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    # the worker must not outlive the main process it served
    deadline = time.monotonic() + 10
    while _same_command_alive(cmdline) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _same_command_alive(cmdline), "an extraction worker outlived its killed run"
    return f"{'finished before the kill' if finished else 'killed'} at {time.monotonic() - start:.1f} s with {stored} articles stored"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to check for orphaned workers")
def test_killed_runs_then_rerun_equal_a_clean_run(corpus_300, clean_run, tmp_path):
    clean_out = clean_run[0]
    out = tmp_path / "out"
    moments = [
        _kill_when(corpus_300, out, after=0.5),  # while starting up
        _kill_when(corpus_300, out, articles=40),  # early in extraction
        _kill_when(corpus_300, out, articles=150),  # in the middle
        _kill_when(corpus_300, out, after=2.0),  # shortly after the (short) restart
        _kill_when(corpus_300, out, articles=300),  # the store is complete: exports being written
    ]
    print("\n" + "\n".join(moments))
    final, _ = _run(corpus_300, out)
    assert final.returncode == 0, final.stderr
    assert (out / "records.jsonl").read_bytes() == (clean_out / "records.jsonl").read_bytes()
    assert (out / "records.csv").read_bytes() == (clean_out / "records.csv").read_bytes()
    lines = (out / "records.jsonl").read_text("utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert len(ids) == len(set(ids)) > 300
    with sqlite3.connect(out / "extract.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == len(lines)
        assert conn.execute("SELECT count(*) FROM articles WHERE status = 'ok'").fetchone()[0] == 300
    assert not list(out.glob(".*.tmp")), "a temporary export file was left behind"
    report = json.loads((out / "run.json").read_text())
    assert report["processed"] + report["unchanged"] == 300


def test_two_runs_are_byte_identical(corpus_300, clean_run, tmp_path):
    out = tmp_path / "again"
    done, _ = _run(corpus_300, out)
    assert done.returncode == 0, done.stderr
    assert (out / "records.jsonl").read_bytes() == (clean_run[0] / "records.jsonl").read_bytes()

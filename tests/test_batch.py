"""Batch runs: every bad input reported while the rest is processed, incremental reruns,
changed and duplicate articles, exports, exit codes, and `extract watch`."""

from __future__ import annotations

import codecs
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract import batch
from extract.batch import BatchRunner

FIXTURES = Path(__file__).resolve().parent / "fixtures"
KOSOVO = (FIXTURES / "a01_kosovo_brings_home.txt").read_text("utf-8")
FIGURE = "The ministry’s report said 150 fighters from Tunisia returned home in 2018.\n"
PAGE = ("<!doctype html><html><head><title>Tunisia tally</title><script>var hidden = '999 fighters';</script>"
        "<style>.x { content: '888 fighters' }</style></head><body><nav>Home | World</nav><article>"
        "<h1>Tunisia tally</h1><p>" + FIGURE + "</p><p>Officials said another 40 fighters from Tunisia were "
        "killed in Syria.</p><p>The report was published on Monday.</p></article></body></html>")
EXTRACT = [sys.executable, "-m", "extract"]


@pytest.fixture
def preloaded(extractor, monkeypatch):
    """Workers forked from this process use the session's Extractor: no second model load."""
    monkeypatch.setattr(batch, "_PRELOADED", extractor)
    return extractor


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------- one folder with every bad input

BAD_INPUTS = {
    # name: (expected kind, or "ok" when the article must be read correctly and processed)
    "empty": "empty",
    "whitespace_only": "empty",
    "binary_with_text_extension": "binary",
    "utf8_bom": "ok",
    "utf16_bom": "ok",
    "windows_1252": "ok",
    "latin_1": "ok",
    "mojibake": "ok",
    "html_saved_as_txt": "ok",
    "html": "ok",
    "json_that_does_not_parse": "bad_json",
    "jsonl_with_bad_lines": "bad_json_line",
    "json_without_text": "missing_text",
    "file_over_the_size_limit": "too_large",
    "nul_bytes": "ok",
    "truncated_utf8": "ok",
    "unreadable_file": "unreadable",
    "symlink_loop": "symlink_loop",
    "duplicate_id": "duplicate_id",
}


def _bad_folder(raw: Path) -> None:
    _write(raw, "empty.txt", b"")
    _write(raw, "whitespace_only.txt", "   \n\n\t  \r\n")
    _write(raw, "binary_with_text_extension.txt", bytes(range(256)) * 20)
    _write(raw, "utf8_bom.txt", codecs.BOM_UTF8 + FIGURE.encode("utf-8"))
    _write(raw, "utf16_bom.txt", FIGURE.encode("utf-16"))
    _write(raw, "windows_1252.txt", ("“Estimates vary” – " + FIGURE).encode("cp1252"))
    _write(raw, "latin_1.txt", ("Le ministère: " + FIGURE.replace("’", "'")).encode("latin-1"))
    _write(raw, "mojibake.txt", FIGURE.encode("utf-8").decode("cp1252").encode("utf-8"))
    _write(raw, "html_saved_as_txt.txt", PAGE)
    _write(raw, "html.html", PAGE)
    _write(raw, "json_that_does_not_parse.json", '{"id": "x", "text": "150 fighters')
    _write(raw, "jsonl_with_bad_lines.jsonl", "\n".join([
        json.dumps({"id": "wire-good-1", "text": FIGURE}),
        "{not json",
        json.dumps({"id": "wire-good-2", "text": "About 70 fighters from Kosovo were killed in Syria."}),
        '{"id": "wire-truncated", "text": "cut',
    ]) + "\n")
    _write(raw, "json_without_text.json", json.dumps({"id": "no-text", "title": "Only a title"}))
    _write(raw, "file_over_the_size_limit.txt", FIGURE * 3000)  # ~230 kB, over the 200 kB limit used here
    _write(raw, "nul_bytes.txt", FIGURE.replace("150", "\x00150"))
    _write(raw, "truncated_utf8.txt", FIGURE.encode("utf-8") + "Café".encode("utf-8")[:-1])
    os.mkfifo(raw / "unreadable_file.txt")  # as root chmod 000 does not stop reading: a FIFO can't be read
    (raw / "symlink_loop.txt").symlink_to(raw / "symlink_loop_b.txt")
    (raw / "symlink_loop_b.txt").symlink_to(raw / "symlink_loop.txt")
    _write(raw, "zz_duplicate.json", json.dumps({"id": "utf8_bom", "text": "A different text: 9 fighters."}))


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory, extractor):
    batch._PRELOADED = extractor
    try:
        root = tmp_path_factory.mktemp("bad")
        raw, out = root / "raw", root / "out"
        raw.mkdir()
        _bad_folder(raw)
        summary = BatchRunner(out, max_bytes=200_000, timeout=60, progress=False).run([raw])
    finally:
        batch._PRELOADED = None
    return raw, out, summary


def _errors_for(out: Path, name: str) -> list[dict]:
    stem = "zz_duplicate" if name == "duplicate_id" else name
    return [e for e in _lines(out / "errors.jsonl") if Path(e["path"]).stem == stem]


def _records_for(out: Path, article_id: str) -> list[dict]:
    return [r for r in _lines(out / "records.jsonl") if r["article_id"] == article_id]


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_kind_is_handled(bad_run, name):
    raw, out, summary = bad_run
    expected = BAD_INPUTS[name]
    errors = _errors_for(out, name)
    if expected == "ok":
        assert errors == []
        records = _records_for(out, name)
        assert records, f"{name}: no records"
        sentence = records[0]["evidence"]["sentence"]
        assert "150 fighters from Tunisia" in sentence
        assert "\ufeff" not in sentence and "\x00" not in sentence and "â€" not in sentence
        assert "999" not in json.dumps(records) and "888" not in json.dumps(records)
    else:
        assert errors, f"{name}: not reported"
        assert {e["kind"] for e in errors} == {expected}
        assert all(e["reason"] and "\n" not in e["reason"] for e in errors)
    with sqlite3.connect(out / "extract.db") as db:  # the store has the same errors
        kinds = {k for (k,) in db.execute("SELECT kind FROM errors WHERE path LIKE ?", (f"%{name}%",))}
        assert kinds == (set() if expected == "ok" else {expected}) or name == "duplicate_id"


def test_bad_inputs_are_counted_and_the_rest_processed(bad_run):
    raw, out, summary = bad_run
    report = json.loads((out / "run.json").read_text())
    errors = _lines(out / "errors.jsonl")
    assert report["errors"] == report["skipped"] == len(errors) == summary.skipped
    assert report["errors_by_kind"]["symlink_loop"] == 2
    assert report["errors_by_kind"]["bad_json_line"] == 2
    assert sorted(e["line"] for e in errors if e["kind"] == "bad_json_line") == [2, 4]
    assert _records_for(out, "wire-good-1") and _records_for(out, "wire-good-2")
    assert report["processed"] == 11  # 9 single-article files that read correctly, 2 good JSONL lines
    assert summary.exit_code == 1
    message = summary.message()
    assert f"{len(errors)} skipped" in message and str(out / "errors.jsonl") in message


def test_duplicate_id_keeps_the_first(bad_run):
    raw, out, summary = bad_run
    (error,) = _errors_for(out, "duplicate_id")
    assert "utf8_bom.txt" in error["reason"] and error["article_id"] == "utf8_bom"
    records = _records_for(out, "utf8_bom")
    assert records and all(r["count"] != 9 for r in records)


def test_run_report_names_versions(bad_run):
    raw, out, summary = bad_run
    report = json.loads((out / "run.json").read_text())
    versions = report["versions"]
    for name in ("extract", "model", "model_version", "spacy", "pydantic", "dateparser", "lxml", "trafilatura"):
        assert versions[name] and versions[name] != "not installed", name
    assert set(report["timings_s"]) >= {"read", "extract", "export", "total"}
    assert report["records_written"] == len(_lines(out / "records.jsonl"))


# ---------------------------------------------------------------- incremental runs

def _kosovo_articles(tmp_path: Path, n: int) -> Path:
    """raw/a0.txt .. a{n-1}.txt, each with one figure."""
    raw = tmp_path / "raw"
    for i in range(n):
        _write(raw, f"a{i}.txt", f"About {i + 10} fighters from Kosovo were killed in Syria.")
    return raw


def _folder(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    _write(raw, "kosovo.txt", KOSOVO)
    _write(raw, "tunisia.txt", FIGURE)
    _write(raw, "wire.jsonl", json.dumps({"id": "w1", "text": "About 70 fighters from Kosovo were killed."}) + "\n")
    return raw


def test_rerun_does_no_work_and_changed_articles_replace_their_records(tmp_path, preloaded, monkeypatch):
    raw, out = _folder(tmp_path), tmp_path / "out"
    first = BatchRunner(out, progress=False).run([raw])
    assert (first.processed, first.unchanged, first.exit_code) == (3, 0, 0)
    exported = (out / "records.jsonl").read_bytes()

    def no_worker(*args, **kwargs):
        raise AssertionError("an unchanged article was sent to extraction")

    monkeypatch.setattr(batch, "_Worker", no_worker)
    again = BatchRunner(out, progress=False).run([raw])
    assert (again.processed, again.unchanged) == (0, 3)
    assert (out / "records.jsonl").read_bytes() == exported
    monkeypatch.undo()
    monkeypatch.setattr(batch, "_PRELOADED", preloaded)

    _write(raw, "tunisia.txt", FIGURE.replace("150", "175"))
    changed = BatchRunner(out, progress=False).run([raw])
    assert (changed.processed, changed.unchanged) == (1, 2)
    counts = {r["count"] for r in _records_for(out, "tunisia")}
    assert 175 in counts and 150 not in counts
    with sqlite3.connect(out / "extract.db") as db:
        assert db.execute("SELECT count(*) FROM records WHERE article_id = 'tunisia'").fetchone()[0] == \
            len(_records_for(out, "tunisia"))

    forced = BatchRunner(out, progress=False).run([raw], force=True)
    assert (forced.processed, forced.unchanged) == (3, 0)


def test_articles_outside_the_inputs_keep_their_records(tmp_path, preloaded):
    raw, out = _folder(tmp_path), tmp_path / "out"
    BatchRunner(out, progress=False).run([raw])
    other = tmp_path / "today"
    _write(other, "new.txt", "Some 30 fighters from Morocco returned home last year.")
    summary = BatchRunner(out, progress=False).run([other])
    assert summary.processed == 1
    ids = {r["article_id"] for r in _lines(out / "records.jsonl")}
    assert {"kosovo", "tunisia", "w1", "new"} <= ids


def test_same_id_in_a_later_run_replaces_the_article(tmp_path, preloaded):
    out = tmp_path / "out"
    _write(tmp_path / "day1", "report.txt", FIGURE)
    _write(tmp_path / "day2", "report.txt", "About 70 fighters from Kosovo were killed in Syria.")
    BatchRunner(out, progress=False).run([tmp_path / "day1"])
    BatchRunner(out, progress=False).run([tmp_path / "day2"])
    countries = {r["country"] for r in _records_for(out, "report")}
    assert countries == {"Kosovo"}


def test_exports_are_deterministic_and_complete(tmp_path, preloaded):
    raw = _folder(tmp_path)
    BatchRunner(tmp_path / "a", progress=False).run([raw])
    BatchRunner(tmp_path / "b", progress=False).run([raw])
    for name in ("records.jsonl", "records.csv", "errors.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    records = _lines(tmp_path / "a" / "records.jsonl")
    assert [r["article_id"] for r in records] == sorted(r["article_id"] for r in records)
    csv_lines = (tmp_path / "a" / "records.csv").read_text("utf-8").splitlines()
    assert csv_lines[0].startswith("id,article_id,country")
    assert len(records) > 5
    assert not list((tmp_path / "a").glob(".*.tmp"))


def test_stale_temporary_exports_are_removed(tmp_path, preloaded):
    raw, out = _folder(tmp_path), tmp_path / "out"
    out.mkdir()
    stale = out / ".records.jsonl.abc123.tmp"
    stale.write_text("half a file")
    BatchRunner(out, progress=False).run([raw])
    assert not stale.exists()


def test_worker_crash_is_reported_and_the_batch_goes_on(tmp_path, preloaded, monkeypatch):
    """A worker that dies (as on a segfault or the OOM killer) costs one article, not the run."""
    raw = _kosovo_articles(tmp_path, 5)
    _write(raw, "a2.txt", "CRASH the worker here: 12 fighters from Tunisia returned.")
    real_extract_many = preloaded.extract_many

    def extract_many(articles):
        for article in articles:
            if article.text.startswith("CRASH"):
                os.kill(os.getpid(), signal.SIGKILL)
            yield from real_extract_many([article])

    monkeypatch.setattr(preloaded, "extract_many", extract_many)
    summary = BatchRunner(tmp_path / "out", progress=False).run([raw])
    assert summary.processed == 4
    (error,) = summary.errors
    assert error["kind"] == "worker_crash" and error["article_id"] == "a2" and "SIGKILL" in error["reason"]


def test_worker_that_died_while_idle_is_replaced(tmp_path, preloaded, monkeypatch):
    raw = _kosovo_articles(tmp_path, 3)
    real_send = batch._Worker.send
    killed = []

    def send(self, chunk):
        if not killed:  # the first worker is gone before it gets any work
            self.process.kill()
            self.process.join()
            killed.append(self.process.pid)
        real_send(self, chunk)

    monkeypatch.setattr(batch._Worker, "send", send)
    summary = BatchRunner(tmp_path / "out", progress=False).run([raw])
    assert killed and (summary.processed, summary.errors) == (3, [])


def test_extractor_exception_costs_one_article(tmp_path, preloaded, monkeypatch):
    raw = _kosovo_articles(tmp_path, 6)
    _write(raw, "a4.txt", "RAISE here: 12 fighters from Tunisia returned.")
    real_extract_many = preloaded.extract_many

    def extract_many(articles):
        articles = list(articles)
        if any(a.text.startswith("RAISE") for a in articles):
            raise IndexError("[E040] Attempt to access token at 13, max length 13.")
        yield from real_extract_many(articles)

    monkeypatch.setattr(preloaded, "extract_many", extract_many)
    summary = BatchRunner(tmp_path / "out", progress=False).run([raw])
    assert summary.processed == 5
    (error,) = summary.errors
    assert (error["kind"], error["article_id"]) == ("extract_error", "a4") and "IndexError" in error["reason"]


def test_7mb_html_page_with_raised_max_bytes(tmp_path, preloaded):
    """200,000 paragraphs and 5,000 levels of nesting: over the default limit (reported as
    too_large), and with --max-bytes raised read and processed, or cut short by the time limit,
    never a crash or a hang."""
    from test_ingest import big_html

    raw = tmp_path / "raw"
    _write(raw, "long.html", big_html())
    _write(raw, "short.txt", FIGURE)
    default = BatchRunner(tmp_path / "out1", progress=False).run([raw])
    assert [e["kind"] for e in default.errors] == ["too_large"] and default.processed == 1
    start = time.monotonic()
    raised = BatchRunner(tmp_path / "out2", max_bytes=10_000_000, timeout=8, progress=False).run([raw])
    seconds = time.monotonic() - start
    print(f"\n7 MB page with --max-bytes 10000000: {raised.processed} processed, "
          f"{[e['kind'] for e in raised.errors]} in {seconds:.1f} s")
    assert {e["kind"] for e in raised.errors} <= {"timeout"}
    assert raised.processed + raised.skipped == 2 and _records_for(tmp_path / "out2", "short")
    if not raised.errors:
        assert {(r["country"], r["count"]) for r in _records_for(tmp_path / "out2", "long")} >= {("Kosovo", 120)}
    assert seconds < 60


def test_long_article_over_spacy_max_length(extractor):
    """Over 1,000,000 characters: read in chunks, offsets into the whole text kept."""
    filler_line = " ".join(["the committee talked about roads and schools and the weather"] * 160)
    paragraphs = ["Officials said 120 fighters from Kosovo returned home."]
    while sum(map(len, paragraphs)) < 1_050_000:
        paragraphs.append(filler_line)
    paragraphs.append("In the end, 45 fighters from Tunisia were killed in Syria.")
    text = "\n\n".join(paragraphs)
    assert len(text) > extractor.nlp.max_length
    records = extractor.extract(text, article_id="long")
    assert {(r.country, r.count) for r in records} >= {("Kosovo", 120), ("Tunisia", 45)}
    for record in records:
        assert text[record.evidence.start:record.evidence.end] == record.evidence.sentence
        count = record.evidence.count_text
        assert count in record.evidence.sentence
    assert max(r.evidence.start for r in records) > 1_000_000


def test_segmenting_prose_is_linear(extractor):
    prose = "The committee met again on a grey morning and talked about roads and schools. " * 2500
    start = time.monotonic()
    extractor.segmenter.split(prose)
    assert time.monotonic() - start < 3.0


# ---------------------------------------------------------------- the command line

def test_exit_codes(tmp_path):
    raw = _folder(tmp_path)
    ok = subprocess.run([*EXTRACT, "run", str(raw), "--out", str(tmp_path / "out"), "-q"],
                        capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0, ok.stderr
    assert "3 articles processed, 0 unchanged, 0 skipped" in ok.stderr
    _write(raw, "broken.json", "{")
    _write(raw, "empty.txt", "")
    some = subprocess.run([*EXTRACT, "run", str(raw), "--out", str(tmp_path / "out"), "-q"],
                          capture_output=True, text=True, timeout=300)
    assert some.returncode == 1
    assert "0 articles processed, 3 unchanged, 2 skipped" in some.stderr
    assert str(tmp_path / "out" / "errors.jsonl") in some.stderr
    missing = subprocess.run([*EXTRACT, "run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o2")],
                             capture_output=True, text=True, timeout=300)
    assert missing.returncode == 2 and "input not found" in missing.stderr
    no_model = subprocess.run([*EXTRACT, "run", str(raw), "--out", str(tmp_path / "o3")], capture_output=True,
                              text=True, timeout=300, env={**os.environ, "EXTRACT_MODEL": "no_such_model_xyz"})
    assert no_model.returncode == 2 and "not installed" in no_model.stderr
    assert not (tmp_path / "o3").exists()


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_watch_processes_new_and_changed_articles_and_stops_on_ctrl_c(tmp_path):
    raw, out = _folder(tmp_path), tmp_path / "out"
    # (Ctrl-C's default action, whatever the suite inherited: a shell that starts the suite in the
    # background without job control hands its children SIGINT ignored, and Python then installs no handler)
    process = subprocess.Popen([*EXTRACT, "watch", str(raw), "--out", str(out), "--interval", "0.2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        records = out / "records.jsonl"

        def ids():
            return {r["article_id"] for r in _lines(records)} if records.exists() else set()

        assert _wait_for(lambda: {"kosovo", "tunisia", "w1"} <= ids(), 120), "first scan not processed"
        appeared = time.monotonic()
        _write(raw, "fresh.txt", "Some 30 fighters from Morocco returned home last year.")
        assert _wait_for(lambda: "fresh" in ids(), 10), "a new article was not processed within seconds"
        new_seconds = time.monotonic() - appeared
        _write(raw, "fresh.txt", "Some 31 fighters from Morocco returned home last year.")
        assert _wait_for(lambda: {r["count"] for r in _lines(records) if r["article_id"] == "fresh"} == {31}, 10)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    print(f"\nwatch: a new article's records appeared {new_seconds:.1f} s after the file")
    assert process.returncode == 0, stderr
    assert "watch stopped" in stderr and "Traceback" not in stderr
    assert "1 articles processed, 3 unchanged" in stderr

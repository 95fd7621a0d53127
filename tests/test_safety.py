"""Safety: input never writes outside OUT, nothing is unpickled, no external entity is
resolved, every article has a hard time limit, and dependency floors that close advisories."""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import time
import tomllib
from pathlib import Path

import pytest
from packaging.version import Version

from extract import batch
from extract.batch import BatchRunner
from extract.ingest import html_to_text, read_path

SRC = Path(batch.__file__).resolve().parent
ROOT = SRC.parent.parent
FIGURE = "Officials said 150 fighters from Tunisia returned home in 2018."


@pytest.fixture
def preloaded(extractor, monkeypatch):
    monkeypatch.setattr(batch, "_PRELOADED", extractor)
    return extractor


def _files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


# ---------------------------------------------------------------- nothing written outside OUT

EVIL_IDS = ["../../evil", "../evil.txt", "/tmp/extract-evil-absolute", "..\\..\\evil", "out/../../evil",
            "records.jsonl", "extract.db", ".", ".."]


def test_ids_from_json_never_become_paths(tmp_path, preloaded):
    work = tmp_path / "deep" / "er"
    raw, out = work / "raw", work / "out"
    raw.mkdir(parents=True)
    lines = [json.dumps({"id": value, "text": FIGURE.replace("150", str(150 + n))}) for n, value in enumerate(EVIL_IDS)]
    (raw / "feed.jsonl").write_text("\n".join(lines) + "\n")
    (raw / "single.json").write_text(json.dumps({"id": "../../../single-evil", "text": FIGURE}))
    before = _files_under(tmp_path)
    summary = BatchRunner(out, progress=False).run([raw])
    assert summary.processed == len(EVIL_IDS) + 1 and summary.exit_code == 0
    created = _files_under(tmp_path) - before
    assert all(out in p.parents or p == out for p in created), sorted(created - {out})
    assert {p.name for p in out.iterdir()} <= {"extract.db", "extract.db-wal", "extract.db-shm", "records.jsonl",
                                                "records.csv", "errors.jsonl", "run.json"}
    assert not Path("/tmp/extract-evil-absolute").exists()
    ids = {json.loads(line)["article_id"] for line in (out / "records.jsonl").read_text().splitlines()}
    assert ids == set(EVIL_IDS) | {"../../../single-evil"}  # kept verbatim, as data


# ---------------------------------------------------------------- no pickle, nothing executed

def test_no_pickle_or_dynamic_code_in_the_package():
    banned_modules = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "joblib", "cloudpickle"}
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert not {a.name.split(".")[0] for a in node.names} & banned_modules, path
            elif isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] not in banned_modules, path
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in {"eval", "exec", "compile", "__import__"}, f"{path}:{node.lineno}"
            elif isinstance(node, ast.Attribute) and node.attr in {"recv", "send", "load", "loads"}:
                # multiprocessing's Connection.recv unpickles; the worker protocol is JSON over recv_bytes
                if isinstance(node.value, ast.Attribute) and node.value.attr == "conn":
                    raise AssertionError(f"{path}:{node.lineno}: use send_bytes/recv_bytes with JSON")


def test_batch_runs_without_unpickling_anything(tmp_path, preloaded, monkeypatch):
    import multiprocessing.connection
    import pickle

    def refuse(*args, **kwargs):
        raise AssertionError("something was unpickled")

    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(multiprocessing.connection._ForkingPickler, "loads", refuse)
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(FIGURE)
    summary = BatchRunner(tmp_path / "out", progress=False).run([tmp_path / "raw"])
    assert summary.processed == 1 and summary.records >= 1


# ---------------------------------------------------------------- external entities

def _xxe_pages(secret: Path) -> dict[str, str]:
    entity = f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY lol "lol">' \
             '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' \
             '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    body = f"<html><head><title>Report</title></head><body><article><p>{FIGURE}</p><p>Secret: &xxe; &lol3;</p>" \
           "<p>Another paragraph with enough words to count as the main text of the page.</p></article></body></html>"
    return {"page.html": entity + body,
            "page.txt": f'<?xml version="1.0"?>{entity}{body}',
            "feed.jsonl": json.dumps({"id": "x", "text": entity + body}) + "\n"}


def test_external_entities_are_never_resolved(tmp_path, preloaded):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER-4711")
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, page in _xxe_pages(secret).items():
        (raw / name).write_text(page)
        text, _ = html_to_text(page)
        assert "TOP-SECRET" not in text and "lollol" not in text
        for article in read_path(raw / name):
            assert "TOP-SECRET" not in getattr(article, "text", "")
    out = tmp_path / "out"
    BatchRunner(out, progress=False).run([raw])
    for name in ("records.jsonl", "records.csv", "errors.jsonl", "run.json"):
        assert "TOP-SECRET" not in (out / name).read_text()


# ---------------------------------------------------------------- the per-article time limit

PATHOLOGICAL = {
    "digits": "Officials said " + "7" * 500 + " fighters from France returned home.",
    "spaced_digits": "Officials said " + " ".join("7" * 500) + " fighters from France returned home.",
    "question_marks": "?" * 16_000,
    "no_spaces": "x" * 1_000_000,
}


def test_pathological_texts_are_cut_short_and_the_batch_goes_on(tmp_path, preloaded):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in PATHOLOGICAL.items():
        (raw / f"{name}.txt").write_text(text)
    for n in range(3):
        (raw / f"normal{n}.txt").write_text(FIGURE.replace("150", str(150 + n)))
    timeout = 3.0
    start = time.monotonic()
    summary = BatchRunner(tmp_path / "out", timeout=timeout, progress=False).run([raw])
    seconds = time.monotonic() - start
    kinds = {Path(e["path"]).stem: e["kind"] for e in summary.errors}
    print(f"\npathological texts with a {timeout:g} s limit: {kinds or 'none cut short'}; run took {seconds:.1f} s")
    assert set(kinds.values()) <= {"timeout"}
    assert not {"normal0", "normal1", "normal2"} & set(kinds)
    assert summary.processed == len(PATHOLOGICAL) + 3 - len(kinds)
    records = {json.loads(line)["article_id"] for line in (tmp_path / "out" / "records.jsonl").read_text().splitlines()}
    assert {"normal0", "normal1", "normal2"} <= records
    assert seconds < 2 * timeout * len(PATHOLOGICAL) + 20


def test_an_article_that_never_finishes_is_killed(tmp_path, preloaded, monkeypatch):
    real_extract_many = preloaded.extract_many

    def extract_many(articles):
        for article in articles:
            while article.text.startswith("HANG"):
                pass  # a busy loop, as a runaway regular expression would be
            yield from real_extract_many([article])

    monkeypatch.setattr(preloaded, "extract_many", extract_many)
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(6):
        (raw / f"a{n}.txt").write_text(FIGURE.replace("150", str(150 + n)))
    (raw / "a3.txt").write_text("HANG " + FIGURE)
    start = time.monotonic()
    summary = BatchRunner(tmp_path / "out", timeout=1.5, progress=False).run([raw])
    seconds = time.monotonic() - start
    assert [(e["article_id"], e["kind"]) for e in summary.errors] == [("a3", "timeout")]
    assert "1.5 s" in summary.errors[0]["reason"]
    assert summary.processed == 5 and summary.exit_code == 1
    assert seconds < 15
    again = BatchRunner(tmp_path / "out", timeout=1.5, progress=False).run([raw])
    assert (again.processed, again.unchanged) == (0, 5)  # the timeout is remembered, not retried...
    assert [e["kind"] for e in again.errors] == ["timeout"] and "--force" in again.errors[0]["reason"]


# ---------------------------------------------------------------- dependency floors

FLOORS = {"pydantic": "2.4", "dateparser": "1.4.1", "lxml": "6.1.3"}


@pytest.mark.parametrize("package", sorted(FLOORS))
def test_installed_versions_meet_the_advisory_floors(package):
    installed = Version(importlib.metadata.version(package))
    assert installed >= Version(FLOORS[package]), f"{package} {installed} < {FLOORS[package]}"


def test_declared_floors_match():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    declared = {re.split(r"[<>=!~ ]", d, maxsplit=1)[0].lower(): d for d in project["project"]["dependencies"]}
    for package, floor in FLOORS.items():
        assert f">={floor}" in declared[package], declared[package]
    locked = dict(line.split("==") for line in (ROOT / "requirements.lock").read_text().split() if "==" in line)
    for package, floor in FLOORS.items():
        assert Version(locked[package]) >= Version(floor)


def test_dateparser_is_always_told_the_language():
    for path in sorted(SRC.rglob("*.py")):
        source = path.read_text("utf-8")
        for match in re.finditer(r"\b(DateDataParser|dateparser\.parse|search_dates)\(([^)]*)", source):
            assert 'languages=["en"]' in match.group(2), f"{path.name}: {match.group(0)}"

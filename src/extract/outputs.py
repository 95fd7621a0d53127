"""Stage 10, outputs: records as JSON Lines and CSV, and the run report, written atomically
(temporary file in the same folder, fsync, rename) so a reader never sees half a file."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Iterable

from .records import Record

CSV_FIELDS = [name for name in Record.model_fields if name != "evidence"] + [
    "evidence_sentence", "evidence_start", "evidence_end", "evidence_count_text"]


def record_json(record: Record) -> str:
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, sort_keys=False)


def csv_row(record: Record) -> dict:
    data = record.model_dump(mode="json")
    evidence = data.pop("evidence")
    data.update(evidence_sentence=evidence["sentence"], evidence_start=evidence["start"],
                evidence_end=evidence["end"], evidence_count_text=evidence["count_text"])
    return data


def atomic_write(path: Path, chunks: Iterable[str]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
        _fsync_dir(path.parent)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_jsonl(path: Path, records: Iterable[Record]) -> None:
    atomic_write(path, (record_json(r) + "\n" for r in records))


def write_csv(path: Path, records: Iterable[Record]) -> None:
    def rows():
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow(csv_row(record))
            if buffer.tell() > 1 << 16:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    atomic_write(path, rows())


def write_json(path: Path, data: dict) -> None:
    atomic_write(path, [json.dumps(data, indent=2, ensure_ascii=False) + "\n"])


def write_errors(path: Path, errors: Iterable[dict]) -> None:
    atomic_write(path, (json.dumps(e, ensure_ascii=False) + "\n" for e in errors))

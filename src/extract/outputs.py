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


def csv_row(record: Record | dict) -> dict:
    """A record (or its JSON form as a dict) as one CSV row: evidence flattened to four columns."""
    data = record.model_dump(mode="json") if isinstance(record, Record) else dict(record)
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
            os.fchmod(out.fileno(), 0o666 & ~_umask())  # mkstemp makes 0600; exports are for other tools
            os.fsync(out.fileno())
        os.replace(temp_name, path)
        _fsync_dir(path.parent)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_jsonl(path: Path, records: Iterable[Record | str]) -> None:
    """One record per line; a record may be given as its JSON text (as the store keeps it)."""
    atomic_write(path, ((r if isinstance(r, str) else record_json(r)) + "\n" for r in records))


def write_csv(path: Path, records: Iterable[Record | dict]) -> None:
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

"""The batch store: one SQLite database per output folder (OUT/extract.db, WAL mode).

    articles  one row per article id: where it was read, the hash of its content, its size,
              status (ok | error), the error, the extractor version that produced its records
    records   one row per record, keyed by the record id, with its article and its place in
              the article's record list; the record itself as JSON, exactly as exported
    errors    the problems found by the latest run (or watch cycle), one row each

An article's row and all of its records are written in one transaction, so after any crash an
article is either fully in the store or not at all. Exports are rebuilt from the store.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id           TEXT PRIMARY KEY,
    path         TEXT NOT NULL,
    line         INTEGER,
    content_hash TEXT NOT NULL,
    size         INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    error_kind   TEXT,
    error        TEXT,
    extractor    TEXT NOT NULL,
    records      INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
    id         TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    json       TEXT NOT NULL,
    UNIQUE (article_id, seq)
);
CREATE TABLE IF NOT EXISTS errors (
    path       TEXT NOT NULL,
    line       INTEGER,
    article_id TEXT,
    kind       TEXT NOT NULL,
    reason     TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class StoredArticle:
    id: str
    path: str
    line: int | None
    content_hash: str
    size: int
    status: str
    error_kind: str | None
    error: str | None
    extractor: str
    records: int


class Store:
    """Thin, explicit access to OUT/extract.db. Not shared between processes: the batch's
    main process is the only writer."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.executescript(_SCHEMA)
        self.db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ articles

    def article(self, article_id: str) -> StoredArticle | None:
        row = self.db.execute(
            "SELECT id, path, line, content_hash, size, status, error_kind, error, extractor, records "
            "FROM articles WHERE id = ?", (article_id,)).fetchone()
        return StoredArticle(*row) if row else None

    def save_article(self, article_id: str, path: str, line: int | None, content_hash: str, size: int,
                     extractor: str, records: list[tuple[str, str]], error: tuple[str, str] | None = None) -> None:
        """The article's row and its records (record id, record JSON), replacing whatever the
        article had, in one transaction. With `error` (kind, reason) the article has no records."""
        status, (kind, reason) = ("error", error) if error else ("ok", (None, None))
        with self._transaction():
            self.db.execute("DELETE FROM records WHERE article_id = ?", (article_id,))
            self.db.execute(
                "INSERT OR REPLACE INTO articles (id, path, line, content_hash, size, status, error_kind, error, "
                "extractor, records, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, path, line, content_hash, size, status, kind, reason, extractor, len(records), _now()))
            self.db.executemany("INSERT INTO records (id, article_id, seq, json) VALUES (?, ?, ?, ?)",
                                [(rid, article_id, seq, text) for seq, (rid, text) in enumerate(records)])

    def move_article(self, article_id: str, path: str, line: int | None) -> None:
        """An unchanged article now read from another place (file renamed, JSONL line moved)."""
        self.db.execute("UPDATE articles SET path = ?, line = ? WHERE id = ?", (path, line, article_id))

    def article_count(self, status: str | None = None) -> int:
        if status is None:
            return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        return self.db.execute("SELECT count(*) FROM articles WHERE status = ?", (status,)).fetchone()[0]

    # ------------------------------------------------------------ records

    def record_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM records").fetchone()[0]

    def record_json(self) -> Iterator[str]:
        """Every record's JSON in a fixed order: by article id, then the article's own order."""
        cursor = self.db.execute("SELECT json FROM records ORDER BY article_id, seq")
        while rows := cursor.fetchmany(1000):
            for (text,) in rows:
                yield text

    # ------------------------------------------------------------ errors

    def clear_errors(self) -> None:
        self.db.execute("DELETE FROM errors")

    def add_errors(self, errors: Iterable[dict]) -> None:
        with self._transaction():
            self.db.executemany(
                "INSERT INTO errors (path, line, article_id, kind, reason) VALUES (?, ?, ?, ?, ?)",
                [(e["path"], e.get("line"), e.get("article_id"), e["kind"], e["reason"]) for e in errors])

    def errors(self) -> list[dict]:
        rows = self.db.execute("SELECT path, line, article_id, kind, reason FROM errors "
                               "ORDER BY path, coalesce(line, 0), kind, reason, coalesce(article_id, '')")
        return [{"path": p, "line": n, "article_id": a, "kind": k, "reason": r} for p, n, a, k, r in rows]

    # ------------------------------------------------------------ internals

    def _transaction(self):
        return _Transaction(self.db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")

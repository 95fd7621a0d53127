"""The store: one transaction per article, replacement, order, WAL, errors."""

from __future__ import annotations

import sqlite3

import pytest

from extract.store import Store


def _records(prefix: str, n: int) -> list[tuple[str, str]]:
    return [(f"{prefix}{i}", f'{{"id": "{prefix}{i}", "n": {i}}}') for i in range(n)]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "extract.db") as s:
        yield s


def test_wal_mode_and_schema(store, tmp_path):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {name for (name,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "records", "errors", "meta"} <= tables
    Store(tmp_path / "extract.db").close()  # opening again is harmless


def test_save_replace_and_order(store):
    store.save_article("b", "raw/b.txt", None, "h1", 10, "v1", _records("b", 3))
    store.save_article("a", "raw/a.txt", None, "h2", 10, "v1", _records("a", 2))
    assert [t for t in store.record_json()] == [r for _, r in _records("a", 2) + _records("b", 3)]
    store.save_article("b", "raw/b.txt", None, "h3", 12, "v1", _records("c", 1))
    assert store.record_count() == 3
    stored = store.article("b")
    assert (stored.content_hash, stored.size, stored.status, stored.records) == ("h3", 12, "ok", 1)


def test_error_row_has_no_records(store):
    store.save_article("a", "raw/a.txt", None, "h", 1, "v1", _records("a", 2))
    store.save_article("a", "raw/a.txt", None, "h2", 1, "v1", [], error=("timeout", "took too long"))
    stored = store.article("a")
    assert (stored.status, stored.error_kind, stored.error, store.record_count()) == ("error", "timeout", "took too long", 0)


def test_an_article_is_all_in_or_not_at_all(store):
    store.save_article("a", "raw/a.txt", None, "h1", 1, "v1", _records("a", 2))
    clash = _records("x", 2) + [("x0", "{}")]  # the same record id twice: the insert fails midway
    with pytest.raises(sqlite3.IntegrityError):
        store.save_article("a", "raw/a.txt", None, "h2", 1, "v1", clash)
    assert store.article("a").content_hash == "h1"  # the old row and records are untouched
    assert list(store.record_json()) == [r for _, r in _records("a", 2)]
    assert not store.db.in_transaction


def test_record_ids_are_unique_across_articles(store):
    store.save_article("a", "raw/a.txt", None, "h1", 1, "v1", [("same", "{}")])
    with pytest.raises(sqlite3.IntegrityError):
        store.save_article("b", "raw/b.txt", None, "h2", 1, "v1", [("same", "{}")])
    assert store.article("b") is None


def test_move_and_errors(store):
    store.save_article("a", "raw/a.jsonl", 3, "h1", 1, "v1", [])
    store.move_article("a", "raw/b.jsonl", 7)
    assert (store.article("a").path, store.article("a").line) == ("raw/b.jsonl", 7)
    store.add_errors([{"path": "z.txt", "kind": "empty", "reason": "no text"},
                      {"path": "a.jsonl", "line": 4, "kind": "bad_json_line", "reason": "x"},
                      {"path": "a.jsonl", "line": 2, "kind": "bad_json_line", "reason": "y"}])
    assert [(e["path"], e["line"]) for e in store.errors()] == [("a.jsonl", 2), ("a.jsonl", 4), ("z.txt", None)]
    store.clear_errors()
    assert store.errors() == []

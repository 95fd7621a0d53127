"""Scoring against hand labels exactly as ../shared/LABELING.md describes.

Keys are (country key, status, count); the country key is country_code when present, else the
lower-cased country. Optional labels never count as misses and never make a prediction a
false alarm. Micro-averaged over articles; agreement on source, qualifier, subject and as_of
is the share of true positives whose field equals the label's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

AGREEMENT_FIELDS = ("source", "qualifier", "subject", "as_of")


def country_key(record: dict) -> str:
    return record.get("country_code") or (record.get("country") or "").lower()


def record_key(record: dict) -> tuple:
    return (country_key(record), record.get("status"), record.get("count"))


def normalise_source(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    return text[4:] if text.startswith("the ") else text


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    agree: dict = field(default_factory=lambda: {f: 0 for f in AGREEMENT_FIELDS})
    errors: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def agreement(self, name: str) -> float:
        return self.agree[name] / self.tp if self.tp else 0.0

    def summary(self) -> str:
        parts = [f"articles={self.articles}", f"tp={self.tp}", f"fp={self.fp}", f"fn={self.fn}",
                 f"precision={self.precision:.3f}", f"recall={self.recall:.3f}", f"f1={self.f1:.3f}"]
        parts += [f"{name}_agreement={self.agreement(name):.3f}" for name in AGREEMENT_FIELDS]
        return " ".join(parts)

    articles: int = 0


def score_article(predicted: list[dict], labels: list[dict], score: Score, article_id: str = "") -> None:
    score.articles += 1
    gold = {}
    for label in labels:
        gold.setdefault(record_key(label), label)
    required = {key for key, label in gold.items() if not label.get("optional")}
    matched = set()
    seen = set()
    for record in predicted:
        key = record_key(record)
        if key in seen:
            continue
        seen.add(key)
        if key in gold:
            label = gold[key]
            matched.add(key)
            score.tp += 1
            for name in AGREEMENT_FIELDS:
                mine, theirs = record.get(name), label.get(name)
                if name == "source":
                    mine, theirs = normalise_source(mine), normalise_source(theirs)
                if mine == theirs:
                    score.agree[name] += 1
                else:
                    score.errors.append(("disagree", article_id, name, key, theirs, mine,
                                         record.get("evidence", {}).get("sentence", "")))
        else:
            score.fp += 1
            score.errors.append(("false_alarm", article_id, None, key, None, None,
                                 record.get("evidence", {}).get("sentence", "")))
    for key in required - matched:
        score.fn += 1
        score.errors.append(("miss", article_id, None, key, None, None, ""))


def load_gold(gold_dir: Path) -> list[tuple[str, Path, list[dict]]]:
    items = []
    for label_path in sorted(gold_dir.glob("*.labels.json")):
        name = label_path.name[: -len(".labels.json")]
        text_path = gold_dir / f"{name}.txt"
        data = json.loads(label_path.read_text("utf-8"))
        items.append((data.get("article_id", name), text_path, data["records"]))
    return items

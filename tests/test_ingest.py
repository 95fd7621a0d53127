"""Ingest: every kind of bad or odd input file is read correctly or refused with a clear kind."""

from __future__ import annotations

import codecs
import json
import os
import time
from pathlib import Path

import pytest

from extract.ingest import (DEFAULT_MAX_BYTES, Article, IngestError, decode_bytes, discover, finish_html,
                            html_to_text, normalize, read_path, sanitize_id)

SAMPLE = ("Kosovo’s Justice Ministry said some 110 nationals – 74 children, 32 women – "
          "returned from Syria; café owners in Priština cheered.\n")


def read(path: Path, **options) -> list[Article | IngestError]:
    return list(read_path(path, **options))


def one(path: Path, **options) -> Article | IngestError:
    found = read(path, **options)
    assert len(found) == 1, found
    return found[0]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def big_html(paragraphs: int = 200_000, depth: int = 5_000) -> str:
    """A page of about 7 MB: 200,000 paragraphs and one element nested 5,000 levels deep."""
    parts = ["<!doctype html><html><head><title>Long page</title><script>var tracker = 1;</script>"
             "<style>p { color: red }</style></head><body>",
             "<p>Officials said 120 fighters from Kosovo returned in 2019.</p>",
             "<div>" * depth, "deep inside the page", "</div>" * depth]
    parts.extend(f"<p>Paragraph {i} of the long page is here.</p>\n" for i in range(paragraphs))
    parts.append("<p>The last paragraph names Tunisia.</p></body></html>")
    return "".join(parts)


# ---------------------------------------------------------------- empty, binary, too large

def test_empty_file(tmp_path):
    error = one(write(tmp_path, "empty.txt", b""))
    assert isinstance(error, IngestError) and error.kind == "empty"


def test_whitespace_only(tmp_path):
    error = one(write(tmp_path, "blank.txt", " \n\t\r\n  \n"))
    assert isinstance(error, IngestError) and error.kind == "empty" and "whitespace" in error.reason


def test_binary_with_text_extension(tmp_path):
    data = bytes(range(256)) * 40
    error = one(write(tmp_path, "photo.txt", data))
    assert isinstance(error, IngestError) and error.kind == "binary"


def test_png_renamed_to_html(tmp_path):
    data = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + os.urandom(4000)
    error = one(write(tmp_path, "page.html", data))
    assert isinstance(error, IngestError) and error.kind in ("binary", "bad_encoding")


def test_too_large(tmp_path):
    path = write(tmp_path, "big.txt", "word " * 300)
    error = one(path, max_bytes=1000)
    assert isinstance(error, IngestError) and error.kind == "too_large" and "1000" in error.reason
    assert isinstance(one(path), Article)
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024


# ---------------------------------------------------------------- encodings

def test_utf8_with_bom(tmp_path):
    article = one(write(tmp_path, "bom8.txt", codecs.BOM_UTF8 + SAMPLE.encode("utf-8")))
    assert article.text == SAMPLE


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    article = one(write(tmp_path, "bom16.txt", bom + SAMPLE.encode(codec)))
    assert article.text == SAMPLE


def test_windows_1252(tmp_path):
    text = "The minister’s “estimate” of 1,200 fighters – €3 million spent – was questioned by Müller.\n" * 3
    article = one(write(tmp_path, "cp1252.txt", text.encode("cp1252")))
    assert article.text == text


def test_latin_1(tmp_path):
    text = "Le ministère a confirmé que 150 ressortissants français étaient détenus à Raqqa, selon l'agence.\n" * 3
    article = one(write(tmp_path, "latin1.txt", text.encode("latin-1")))
    assert article.text == text


def test_mojibake_is_repaired(tmp_path):
    broken = SAMPLE.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    assert "â€™" in broken.decode("utf-8")
    article = one(write(tmp_path, "mojibake.txt", broken))
    assert "’" in article.text and "â€™" not in article.text
    assert "Priština" in article.text


def test_correct_accents_are_left_alone():
    text = "São Paulo, Zürich and Priština: 120 fighters returned, the ministère said."
    assert decode_bytes(text.encode("utf-8")) == text


def test_other_single_byte_scripts():
    russian = "Министерство сообщило, что 120 боевиков вернулись домой из Сирии."
    assert decode_bytes(russian.encode("cp1251")) == russian


def test_nul_bytes_are_dropped(tmp_path):
    article = one(write(tmp_path, "nul.txt", SAMPLE.encode("utf-8").replace(b" some", b"\x00 some")))
    assert "\x00" not in article.text and "some 110" in article.text


def test_many_nul_bytes_are_binary(tmp_path):
    error = one(write(tmp_path, "nuls.txt", b"ab\x00" * 2000))
    assert isinstance(error, IngestError) and error.kind == "binary"


def test_truncated_utf8(tmp_path):
    data = SAMPLE.encode("utf-8") + "end of the café".encode("utf-8")[:-1]  # cut inside the last "é"
    article = one(write(tmp_path, "truncated.txt", data))
    assert article.text.startswith(SAMPLE) and article.text.endswith("end of the caf")


# ---------------------------------------------------------------- HTML

PAGE = """<!doctype html><html><head><title>Kosovo brings home families</title>
<script>document.write("tracking code 999 fighters");</script>
<style>body { font-family: serif } .ad::after { content: "888 fighters" }</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Kosovo brings home families</h1>
<p>PRISTINA (Reuters) - Kosovo flew 110 of its nationals back from camps in Syria on Saturday, the Justice Ministry said.</p>
<p>The group was made up of 74 children, 32 women and four men, the ministry said in a statement.</p>
<p>According to Kosovo Police, roughly 400 Kosovars went to Syria and Iraq after 2012 to join militant groups.</p>
</article><footer>Copyright 2019</footer></body></html>"""


@pytest.mark.parametrize("name", ["page.html", "page.htm", "saved-page.txt"])
def test_html_main_text(tmp_path, name):
    article = one(write(tmp_path, name, PAGE))
    assert isinstance(article, Article)
    assert "roughly 400 Kosovars" in article.text and "74 children" in article.text
    assert "tracking code" not in article.text and "font-family" not in article.text
    assert "999" not in article.text and "888" not in article.text
    assert article.title == "Kosovo brings home families"


def test_html_deferred_then_finished(tmp_path):
    raw = one(write(tmp_path, "page.html", PAGE), defer_html=True)
    assert raw.html and raw.text == PAGE
    done = finish_html(raw)
    assert not done.html and "roughly 400 Kosovars" in done.text
    assert done.content_hash == raw.content_hash  # the hash is that of the markup as read


def test_html_without_text(tmp_path):
    error = one(write(tmp_path, "empty.html", "<html><head><script>var a = 1;</script></head><body></body></html>"))
    assert isinstance(error, IngestError) and error.kind == "empty"


def test_7mb_html_is_over_the_default_limit(tmp_path):
    path = write(tmp_path, "long.html", big_html())
    assert path.stat().st_size > 7_000_000
    error = one(path)
    assert isinstance(error, IngestError) and error.kind == "too_large"


def test_7mb_html_with_200000_paragraphs_and_5000_deep_nesting(tmp_path):
    path = write(tmp_path, "long.html", big_html())
    start = time.monotonic()
    article = one(path, max_bytes=10_000_000)
    seconds = time.monotonic() - start
    assert isinstance(article, Article), article
    assert "120 fighters from Kosovo" in article.text
    assert "deep inside the page" in article.text  # the nesting is flattened, not cut off
    assert "Paragraph 199999 of the long page" in article.text and "names Tunisia" in article.text
    assert "tracker" not in article.text and "color: red" not in article.text
    assert seconds < 30, f"{seconds:.1f} s"


def test_deep_nesting_keeps_what_follows():
    text, _ = html_to_text("<html><body>" + "<div>" * 3000 + "inner" + "</div>" * 3000 +
                           "<p>After the nest, 45 fighters from Tunisia returned.</p></body></html>")
    assert "inner" in text and "45 fighters from Tunisia" in text


# ---------------------------------------------------------------- JSON and JSONL

def test_json_that_does_not_parse(tmp_path):
    error = one(write(tmp_path, "bad.json", '{"id": "a", "text": "unterminated'))
    assert isinstance(error, IngestError) and error.kind == "bad_json" and "line 1" in error.reason


def test_json_nested_too_deeply(tmp_path):
    error = one(write(tmp_path, "deep.json", "[" * 200_000 + "]" * 200_000))
    assert isinstance(error, IngestError) and error.kind == "bad_json"


def test_json_without_text(tmp_path):
    error = one(write(tmp_path, "notext.json", json.dumps({"id": "x", "title": "No body"})))
    assert isinstance(error, IngestError) and error.kind == "missing_text"


def test_json_text_not_a_string(tmp_path):
    error = one(write(tmp_path, "number.json", json.dumps({"id": "x", "text": 42})))
    assert isinstance(error, IngestError) and error.kind == "missing_text"


def test_json_article(tmp_path):
    article = one(write(tmp_path, "a.json", json.dumps({"id": "wire-1", "text": SAMPLE, "published": "2019-04-20",
                                                          "title": "T", "url": "https://example.com/a"})))
    assert (article.id, article.text, article.published, article.title) == ("wire-1", SAMPLE, "2019-04-20", "T")


def test_jsonl_with_bad_lines(tmp_path):
    lines = [json.dumps({"id": "good-1", "text": SAMPLE}),
             '{"id": "broken", "text": ',
             "",
             json.dumps({"id": "no-text"}),
             json.dumps(["not", "an", "object"]),
             json.dumps({"id": "good-2", "text": "In 2015, 150 fighters from Tunisia went to Syria."}),
             json.dumps({"id": "\u0000bad", "text": "x"})]
    found = read(write(tmp_path, "wire.jsonl", "\n".join(lines) + "\n"))
    good = [a for a in found if isinstance(a, Article)]
    bad = {(e.line, e.kind) for e in found if isinstance(e, IngestError)}
    assert [a.id for a in good] == ["good-1", "good-2"] and [a.line for a in good] == [1, 6]
    assert bad == {(2, "bad_json_line"), (4, "missing_text"), (5, "bad_json"), (7, "bad_id")}


def test_jsonl_line_separator_inside_a_string(tmp_path):
    text = "First part\u2028second part: 12 fighters from France returned."
    found = read(write(tmp_path, "sep.jsonl", json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n"))
    assert len(found) == 1 and found[0].text == text


def test_jsonl_default_ids(tmp_path):
    found = read(write(tmp_path, "feed.jsonl", json.dumps({"text": "a 1"}) + "\n\n" + json.dumps({"text": "b 2"})))
    assert [a.id for a in found] == ["feed-1", "feed-3"]


@pytest.mark.parametrize("value", ["../../evil", "/etc/passwd", "a/b\\c", "..", "CON", "ok id"])
def test_path_like_ids_are_kept_as_data(value):
    assert sanitize_id(value) == value.strip()


@pytest.mark.parametrize("value", ["", "   ", "a\x00b", "line\nbreak", "x" * 201, None, 1.5, True, ["a"], {"a": 1}])
def test_bad_ids_are_refused(value):
    with pytest.raises(ValueError):
        sanitize_id(value)


# ---------------------------------------------------------------- files that cannot be read

def test_symlink_loop_named_directly(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    found = list(discover([tmp_path / "a.txt"]))
    assert len(found) == 1 and found[0].kind == "symlink_loop"


def test_symlink_loops_in_a_folder(tmp_path):
    (tmp_path / "good.txt").write_text(SAMPLE)
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    found = list(discover([tmp_path]))
    paths = [f for f in found if isinstance(f, Path)]
    errors = sorted((Path(e.path).name, e.kind) for e in found if isinstance(e, IngestError))
    assert paths == [tmp_path / "good.txt"]
    assert errors == [("a.txt", "symlink_loop"), ("b.txt", "symlink_loop"), ("up", "symlink_loop")]


def test_broken_symlink(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    found = list(discover([tmp_path]))
    assert [(Path(e.path).name, e.kind) for e in found] == [("gone.txt", "unreadable")]


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert list(discover([tmp_path])) == [fifo]
    error = one(fifo)  # opening a FIFO for reading would wait for a writer forever
    assert isinstance(error, IngestError) and error.kind == "unreadable" and "regular" in error.reason


def test_folder_named_as_a_file_is_walked(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.md").write_text("# Title\n\n12 fighters returned.")
    (tmp_path / "x" / ".hidden.txt").write_text("skip me")
    (tmp_path / "x" / "notes.pdf").write_bytes(b"%PDF")
    assert list(discover([tmp_path])) == [tmp_path / "x" / "a.md"]


def _read_as_nobody(path: Path) -> list[tuple[str, str]]:
    """read_path in a child process that has dropped root, so file permissions apply."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            result = [(type(x).__name__, getattr(x, "kind", "")) for x in read_path(path)]
            os.write(write_end, json.dumps(result).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return [tuple(x) for x in json.loads(data)]


def test_unreadable_file(tmp_path):
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"extract-perm-{os.getpid()}"
    folder.mkdir(mode=0o755, exist_ok=True)
    try:
        os.chmod(folder, 0o755)
        path = folder / "secret.txt"
        path.write_text(SAMPLE)
        os.chmod(path, 0o000)
        if os.geteuid() == 0:
            found = _read_as_nobody(path)  # root reads anything: drop to nobody in a child
        else:
            found = [(type(x).__name__, getattr(x, "kind", "")) for x in read_path(path)]
        assert found == [("IngestError", "unreadable")]
    finally:
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()


# ---------------------------------------------------------------- normalisation keeps offsets

def test_normalize_keeps_offsets():
    text = "Cafe\u0301 owners said \u201c120\u201d fighters returned.\u00a0Then 30 more."
    normalized = normalize(text)
    index = normalized.text.index("120")
    assert text[normalized.original(index):normalized.original(index + 3)] == "120"
    index = normalized.text.index("30 more")
    assert text[normalized.original(index):normalized.original(index + 7)] == "30 more"


def test_lone_surrogates_from_json_escapes_are_replaced(tmp_path):
    article = one(write(tmp_path, "s.json", '{"id": "s", "text": "About 12 fighters \\ud800 from France returned."}'))
    assert article.text == "About 12 fighters \ufffd from France returned."
    article.text.encode("utf-8")  # storable and exportable


def test_folders_nested_deeper_than_the_recursion_limit(tmp_path):
    folders = [tmp_path]
    for _ in range(1200):  # pathlib's mkdir(parents=True) itself recurses
        folders.append(folders[-1] / "d")
        os.mkdir(folders[-1])
    try:
        (folders[-1] / "bottom.txt").write_text(SAMPLE)
        (tmp_path / "top.txt").write_text(SAMPLE)
        assert [p.name for p in discover([tmp_path])] == ["bottom.txt", "top.txt"]
    finally:  # shutil.rmtree (pytest's cleanup) recurses too: take the tree down here
        (folders[-1] / "bottom.txt").unlink(missing_ok=True)
        for folder in reversed(folders[1:]):
            os.rmdir(folder)


def test_file_name_that_is_not_utf8(tmp_path):
    name = os.fsdecode(b"caf\xe9-report.txt")  # a Latin-1 file name from another system
    (tmp_path / name).write_text(SAMPLE)
    (found,) = discover([tmp_path])
    article = one(found)
    assert article.id == "caf\ufffd-report" and "\ufffd" in article.path
    (article.id + article.path).encode("utf-8")


def test_spaced_hyphen_pairs_become_dashes_and_ranges_stay():
    from extract.ingest import normalize

    text = "11 had returned home - eight men and two children - while 250 - 300 remain. KUALA LUMPUR - Police"
    normalized = normalize(text).text
    assert len(normalized) == len(text)
    assert "home \u2014 eight men and two children \u2014 while" in normalized
    assert "250 - 300" in normalized and "LUMPUR - Police" in normalized


def test_a_table_header_may_hold_a_year():
    from extract.ingest import is_header_line, normalize

    text = ("Country\tChildren still held\tRepatriated since 2019\nRussia\t1,000\t360\n"
            "France\t60\t169\nSweden\t20\t34\n")
    assert normalize(text).text.count("|") == 8
    assert is_header_line("Country | Repatriated since 2019") and not is_header_line("Russia | 1,000 | 360")


def test_a_legend_table_gets_pipes_where_its_cells_start_and_keeps_its_length():
    from extract.ingest import is_header_line, normalize
    text = ("Return rates differ.\n\nSelected countries (travellers; women; returnees)[3]\n"
            "• Austria: 320; 55; 95\n• Sweden: 300; up to 70; 150 (of whom 20 women)\nThat is all.")
    marked = normalize(text).text
    assert len(marked) == len(text)
    assert marked.split("\n")[2:5] == ["Selected countries |travellers| women| returnees)[3]",
                                       "• Austria| 320| 55| 95", "• Sweden| 300| up to 70| 150 (of whom 20 women)"]
    assert is_header_line(marked.split("\n")[2])
    # prose with a bracketed aside and "label: a; b" lines that do not match its width stays as it is
    prose = "The groups (men; women) differ.\nNote: one; two; three\nAlso: four; five; six\n"
    assert normalize(prose).text == prose


def test_an_article_with_no_title_or_a_non_text_title_is_left_alone():
    # review mend: the surrogate repair must not raise on a title that is not text
    from extract.ingest import Article
    assert Article(id="a", text="x", title=None).title is None
    assert Article(id="a", text="x\ud800", title="t\udc00").title == "t\ufffd"

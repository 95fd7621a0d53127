"""Stage 1, ingest: find input files, decode them, split JSON/JSONL into articles, normalise text.

Every problem with an input becomes an `IngestError` with a kind and a one-line reason, so a
batch can record it and go on. The text an article carries is the text *as read* (decoded,
repaired, HTML stripped); `normalize` gives the NLP stages a cleaned copy plus a map back to
offsets in the text as read.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_ID_LENGTH = 200


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None
    size: int = 0
    content_hash: str = field(default="")
    line: int | None = None  # the line of a JSONL file the article came from
    html: bool = False  # `text` is still raw HTML: `finish_html` turns it into text (deferred by read_path)

    def __post_init__(self) -> None:
        # a str handed to the Python API may hold lone surrogates, which no UTF-8 output can write;
        # U+FFFD keeps every offset
        self.id, self.text = _without_surrogates(self.id), _without_surrogates(self.text)
        self.title = _without_surrogates(self.title)
        if not self.content_hash:
            self.content_hash = hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class IngestError(Exception):
    path: str
    kind: str
    reason: str
    article_id: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.kind}: {self.reason}"

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "article_id": self.article_id,
                "kind": self.kind, "reason": self.reason}


# ---------------------------------------------------------------- finding files

def discover(inputs: Iterable[str | os.PathLike]) -> Iterator[Path | IngestError]:
    """Files named directly, and every supported file under folders: recursive, sorted,
    dot-files skipped, symlink loops reported instead of followed forever."""
    for raw in inputs:
        path = Path(raw)
        try:
            path.stat()
        except OSError as exc:
            yield _os_error(shown(path), exc)
            continue
        if path.is_dir():
            yield from _walk(path, set())
        else:
            yield path


def _walk(root: Path, ancestors: set[tuple[int, int]]) -> Iterator[Path | IngestError]:
    """Depth first in name order, without recursion (no limit on how deep folders nest)."""
    stack: list[tuple[Iterator, set]] = []
    folder: Path | None = root
    while True:
        if folder is not None:
            try:
                info = folder.stat()
                if (info.st_dev, info.st_ino) in ancestors:
                    yield IngestError(shown(folder), "symlink_loop", "folder reached again through a symlink")
                else:
                    with os.scandir(folder) as scan:
                        entries = sorted(scan, key=lambda e: e.name)
                    stack.append((iter(entries), ancestors))
                    ancestors = ancestors | {(info.st_dev, info.st_ino)}
            except OSError as exc:
                yield _os_error(shown(folder), exc)
            folder = None
        if not stack:
            return
        entries, parent_ancestors = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            ancestors = parent_ancestors
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        supported = path.suffix.lower() in SUPPORTED_SUFFIXES
        try:
            mode = path.stat().st_mode  # follows symlinks: raises ELOOP for a loop
        except OSError as exc:
            if entry.is_symlink() and exc.errno == errno.ENOENT:
                if supported:
                    yield IngestError(shown(path), "unreadable", "broken symlink")
                continue
            yield _os_error(shown(path), exc)
            continue
        if stat.S_ISDIR(mode):
            folder = path
        elif supported:
            yield path  # read_path refuses what is not a regular file (FIFO, device, socket)


def shown(path: str | os.PathLike) -> str:
    """A path (or file name) as text that UTF-8 outputs can hold: bytes that are not UTF-8 in
    a file name become U+FFFD instead of lone surrogates."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# ---------------------------------------------------------------- reading

def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, defer_html: bool = False) -> Iterator[Article | IngestError]:
    """All articles in one file; a bad file or a bad JSONL line yields an IngestError.

    With `defer_html`, HTML is not converted here: such articles come back with `html=True`
    and their raw markup as text, for `finish_html` to convert where a time limit applies."""
    where = shown(path)
    try:
        data = _read_bytes(path, max_bytes)
    except IngestError as exc:
        yield exc
        return
    suffix = path.suffix.lower()
    try:
        text = decode_bytes(data, where)
    except IngestError as exc:
        yield exc
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(text, path, defer_html)
    elif suffix == ".json":
        yield from _read_json(text, path, len(data), defer_html)
    else:
        yield from _article_from_text(text, path, len(data), suffix in HTML_SUFFIXES, defer_html)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; refuses what is not a regular file (a FIFO would block forever) and
    never reads more than `max_bytes` + 1, even if the file grows meanwhile."""
    where = shown(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the open
        with open(fd, "rb", buffering=0) as handle:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise IngestError(where, "unreadable", "not a regular file")
            if info.st_size > max_bytes:
                raise IngestError(where, "too_large", f"{info.st_size} bytes is over the limit of {max_bytes} bytes")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _os_error(where, exc) from None
    if len(data) > max_bytes:
        raise IngestError(where, "too_large", f"over the limit of {max_bytes} bytes")
    return data


def _os_error(where: str, exc: OSError) -> IngestError:
    kind = "symlink_loop" if exc.errno == errno.ELOOP else "unreadable"
    return IngestError(where, kind, exc.strerror or str(exc))


def _article_from_text(text: str, path: Path, size: int, is_html: bool, defer_html: bool) -> Iterator[Article | IngestError]:
    where = shown(path)
    if is_html or looks_like_html(text):
        if not text.strip():
            yield IngestError(where, "empty", "the file holds no text" if size == 0 else "the file holds only whitespace")
            return
        article = Article(id=shown(path.stem), text=text, path=where, size=size, html=True)
        yield article if defer_html else _finished(article)
        return
    if not text.strip():
        yield IngestError(where, "empty", "the file holds no text" if size == 0 else "the file holds only whitespace")
        return
    title = first_line(text, markdown=path.suffix.lower() == ".md")
    yield Article(id=shown(path.stem), text=text, title=title, path=where, size=size)


def _finished(article: Article) -> Article | IngestError:
    try:
        return finish_html(article)
    except IngestError as exc:
        return exc


def finish_html(article: Article) -> Article:
    """The article with its raw HTML turned into main text (the content hash stays that of
    the markup as read); raises IngestError for a page with no text."""
    if not article.html:
        return article
    try:
        text, html_title = html_to_text(article.text)
    except IngestError as exc:
        exc.path, exc.line, exc.article_id = article.path or exc.path, article.line, article.id
        raise
    text = repair_text(text)
    if not text.strip():
        raise IngestError(article.path or "<html>", "empty", "the page holds no text", article.id, article.line)
    title = article.title or html_title or first_line(text)
    return replace(article, text=text, title=title, html=False)


def _article_from_object(obj, path: Path, size: int, default_id: str, line: int | None,
                         defer_html: bool) -> Article | IngestError:
    where = shown(path)
    if not isinstance(obj, dict):
        return IngestError(where, "bad_json", f"expected a JSON object, found {type(obj).__name__}", line=line)
    text = obj.get("text")
    if not isinstance(text, str):
        reason = "the object has no 'text' field" if text is None else "'text' is not a string"
        return IngestError(where, "missing_text", reason, line=line)
    try:
        article_id = sanitize_id(obj.get("id", default_id))
    except ValueError as exc:
        return IngestError(where, "bad_id", str(exc), line=line)
    text = repair_text(text)
    if not text.strip():
        return IngestError(where, "empty", "'text' is empty", article_id=article_id, line=line)
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    published = obj.get("published") if isinstance(obj.get("published"), str) else None
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    article = Article(id=article_id, text=text, title=title, published=published, url=url, path=where, size=size,
                      line=line, html=looks_like_html(text))
    if article.html:
        return article if defer_html else _finished(article)
    article.title = article.title or first_line(text)
    return article


def _loads(text: str):
    """json.loads that reports every failure, deep nesting included, as a JSONDecodeError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None


def _read_json(text: str, path: Path, size: int, defer_html: bool) -> Iterator[Article | IngestError]:
    try:
        obj = _loads(text)
    except json.JSONDecodeError as exc:
        yield IngestError(shown(path), "bad_json", f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    yield _article_from_object(obj, path, size, shown(path.stem), None, defer_html)


def _read_jsonl(text: str, path: Path, defer_html: bool) -> Iterator[Article | IngestError]:
    any_line = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        any_line = True
        try:
            obj = _loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(shown(path), "bad_json_line", f"line {number} is not valid JSON: {exc.msg}", line=number)
            continue
        size = len(line.encode("utf-8", "surrogatepass"))
        yield _article_from_object(obj, path, size, f"{shown(path.stem)}-{number}", number, defer_html)
    if not any_line:
        yield IngestError(shown(path), "empty", "the file holds no JSON lines")


def sanitize_id(value) -> str:
    """An article id from JSON is data, never a path: it must be a short printable string."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"'id' must be a string or an integer, found {type(value).__name__}")
    text = str(value).strip()
    if not text:
        raise ValueError("'id' is empty")
    if len(text) > MAX_ID_LENGTH:
        raise ValueError(f"'id' is longer than {MAX_ID_LENGTH} characters")
    if any(unicodedata.category(ch)[0] == "C" for ch in text):
        raise ValueError("'id' contains control characters")
    return text


def first_line(text: str, markdown: bool = False) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line.lstrip("#").strip() if markdown else line
    return None


# ---------------------------------------------------------------- decoding and repair

_BOMS = [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode_bytes(data: bytes, where: str = "<bytes>") -> str:
    """Bytes to text: BOMs honoured, UTF-8 first, then charset detection; binary refused."""
    if not data:
        return ""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return repair_text(data[len(bom):].decode(_bomless(encoding, bom)))
            except UnicodeDecodeError as exc:
                raise IngestError(where, "bad_encoding", f"declared {encoding} by its BOM but does not decode: {exc.reason}")
    if _looks_binary(data):
        raise IngestError(where, "binary", "the file looks binary, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason in ("unexpected end of data", "invalid continuation byte"):
            text = data[: exc.start].decode("utf-8", errors="replace")  # truncated final character
        else:
            text = _detect_and_decode(data, where)
    return repair_text(text)


def _bomless(encoding: str, bom: bytes) -> str:
    if encoding == "utf-16":
        return "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    if encoding == "utf-32":
        return "utf-32-le" if bom == codecs.BOM_UTF32_LE else "utf-32-be"
    return encoding


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.count(0) > max(2, len(sample) // 100):
        return True
    controls = len(_CONTROL.findall(sample.decode("latin-1")))
    return controls > len(sample) // 10


def _detect_and_decode(data: bytes, where: str) -> str:
    """Bytes that are not UTF-8: Windows-1252 (a superset of Latin-1's printable characters)
    when it reads as Western text, else what charset-normalizer finds. Detection alone often
    takes a short Windows-1252 text for a DOS or Central European code page."""
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _looks_western(western):
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        if western is not None:
            return western
        raise IngestError(where, "bad_encoding", "no text encoding fits the bytes")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode("latin-1")


def _looks_western(text: str) -> bool:
    """Accented letters are a minority in Western European words; text in another script read
    with the wrong single-byte code page is all accented letters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    accented = sum(1 for ch in letters if ord(ch) > 127)
    return accented / len(letters) < 0.25


def _without_surrogates(text):
    """Lone surrogates (JSON "\\ud800" escapes, or a str from a caller) as U+FFFD: UTF-8 output can't hold them."""
    return _SURROGATE.sub("\ufffd", text) if isinstance(text, str) and _SURROGATE.search(text) else text


def repair_text(text: str) -> str:
    """NULs dropped, lone surrogates replaced, mojibake ("â€™") repaired with ftfy only where ftfy judges the text broken."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = _without_surrogates(text)
    if any(marker in text for marker in ("Ã", "â€", "Â")):
        import ftfy

        if ftfy.is_bad(text):
            text = ftfy.fix_encoding(text)
    return text


# ---------------------------------------------------------------- HTML

_HTML_START = re.compile(r"\A\s*(<!doctype html|<html|<\?xml|<head|<body|<!--)", re.IGNORECASE)
_HTML_TAGS = re.compile(r"</?(p|div|span|br|a|script|style|article|section|h[1-6])\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 5


MAX_HTML_DEPTH = 200  # deeper nesting is flattened: libxml2 stops reading at 256 levels
TRAFILATURA_MAX_ELEMENTS = 20_000  # above this trafilatura slows down superlinearly: plain text instead
_DROP = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "head")
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "section", "article", "aside",
           "header", "footer", "nav", "main", "blockquote", "pre", "figure", "figcaption", "h1", "h2", "h3",
           "h4", "h5", "h6", "hr", "td", "th", "caption", "form", "fieldset", "address"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "keygen", "command"}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*?(/?)>")


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text of a page and its title. lxml parses with network access and entity loading
    off (an HTML parser never resolves external entities); trafilatura picks the main text of
    ordinary pages; very large pages get the plain text of the page instead; scripts and
    styles never reach the text; nesting deeper than libxml2 reads is flattened first."""
    try:
        tree = _parse_html(html)
        if tree is None:
            raise IngestError("<html>", "empty", "the page holds no text")
        title = _title(tree)
        text = None
        if sum(1 for _ in tree.iter()) <= TRAFILATURA_MAX_ELEMENTS:
            import trafilatura

            text = trafilatura.extract(tree, include_comments=False, include_tables=True,
                                       favor_recall=True, deduplicate=False)
            if text is not None and not text.strip():
                text = None
            if text is None:
                tree = _parse_html(html)  # trafilatura prunes the tree it reads
        if text is None:
            text = _plain_text(tree)
    except (RecursionError, MemoryError, ValueError, TypeError) as exc:
        raise IngestError("<html>", "bad_html", f"the page could not be parsed: {type(exc).__name__}") from None
    if not text or not text.strip():
        raise IngestError("<html>", "empty", "the page holds no main text")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text, title


def _parse_html(html: str):
    from lxml import etree
    from lxml import html as lxml_html

    def parse(markup: str):
        parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                      collect_ids=False, default_doctype=False)
        try:
            tree = lxml_html.document_fromstring(markup.encode("utf-8", "surrogatepass"), parser=parser)
        except (etree.ParserError, etree.XMLSyntaxError):
            return None, parser
        return tree, parser

    tree, parser = parse(html)
    if any("Excessive depth" in error.message for error in parser.error_log):
        tree, _ = parse(_flatten(html, MAX_HTML_DEPTH))
    return tree


def _flatten(html: str, limit: int) -> str:
    """The markup with every tag nested deeper than `limit` replaced by a space: the text of a
    deeply nested page survives the parser's depth limit. One linear pass over the tags."""
    pieces: list[str] = []
    depth = last = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
            drop = depth >= limit
        else:
            drop = depth >= limit
            depth += 1
        if drop:
            pieces.append(html[last:match.start()])
            pieces.append(" ")
            last = match.end()
    pieces.append(html[last:])
    return "".join(pieces)


def _title(tree) -> str | None:
    for xpath in ('//meta[@property="og:title"]/@content', "//title//text()", "//h1//text()"):
        found = " ".join(" ".join(str(t) for t in tree.xpath(xpath)).split())
        if found:
            return found[:500]
    return None


def _plain_text(tree) -> str:
    """Every text of the page outside scripts, styles and the head, a paragraph per block."""
    for element in list(tree.iter(*_DROP)):
        element.drop_tree()
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in "".join(tree.itertext()).split("\n"))
    return "\n\n".join(line for line in lines if line)


# ---------------------------------------------------------------- normalisation

_TRANSLATE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u205f": " ",
    "\u3000": " ", "\ufeff": " ", "\u200b": " ", "\u00ad": " ", "\u2212": "-", "\u2010": "-",
    "\u2011": "-", "\u2044": "/",
    # a lone surrogate (text decoded with surrogateescape, or built in Python) cannot be
    # encoded, and spaCy's string store encodes every token: the replacement character instead
    **{chr(code): "\ufffd" for code in range(0xD800, 0xE000)},
})


@dataclass
class Normalized:
    """Text for the NLP stages and, where lengths changed, the offset of each of its
    characters in the text as read."""

    text: str
    offsets: list[int] | None = None

    def original(self, index: int) -> int:
        if self.offsets is None:
            return index
        return self.offsets[min(index, len(self.offsets) - 1)]


def normalize(text: str) -> Normalized:
    """Unicode NFC, curly quotes to straight, odd spaces to plain spaces. Every replacement
    is one character for one, so offsets survive; only NFC composition can shorten the text,
    and then an offset map is kept."""
    if unicodedata.is_normalized("NFC", text):
        return Normalized(_as_tables(spaced_hyphens_as_dashes(text.translate(_TRANSLATE))))
    pieces: list[str] = []
    offsets: list[int] = []
    cluster_start = 0
    for index in range(1, len(text) + 1):
        if index < len(text) and unicodedata.combining(text[index]):
            continue
        composed = unicodedata.normalize("NFC", text[cluster_start:index])
        pieces.append(composed)
        offsets.extend([cluster_start] * len(composed))
        cluster_start = index
    offsets.append(len(text))
    return Normalized(_as_tables(spaced_hyphens_as_dashes("".join(pieces).translate(_TRANSLATE))), offsets)


# "11 had returned home - eight men, one woman and two children - while": hyphens typed for a
# pair of dashes, which the parser reads as compounds ("home-eight men"); not "250 - 300"
_SPACED_HYPHEN_PAIR = re.compile(r"(?<![\d ]) - (?![\d ])([^.\n-]{1,120}?)(?<![\d ]) - (?![\d ])")


def spaced_hyphens_as_dashes(text: str) -> str:
    return _SPACED_HYPHEN_PAIR.sub(" \u2014 \\1 \u2014 ", text)


_CELL_GAP = re.compile(r"(?<=\S)( {2,}|\t[ \t]*| +\t[ \t]*)(?=\S)")
TABLE_MIN_LINES = 3
TABLE_MAX_CELL = 40
TABLE_MAX_FIGURE_CELL = 15  # "1,910", "about 400", "n/a": not "Germany sent 960."


def _as_tables(text: str) -> str:
    return mark_comma_tables(mark_slashed_tables(mark_legend_tables(mark_aligned_tables(text))))


def mark_comma_tables(text: str) -> str:
    """A table pasted as comma-separated values ("country,total,women" over "France,1910,382")
    gets a pipe for each comma, so it reads like a pipe table; one character for one. A block
    counts as a table when at least three lines in a row, none quoted or piped, split into the
    same number (three or more) of cells, its first line names the columns, and at least two
    of the others hold a figure in every cell after the first, each a figure's length."""
    if "," not in text:
        return text
    lines = text.split("\n")
    widths = [_comma_cells(line) for line in lines]
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and widths[index] >= 3 and widths[end] == widths[index]:
            end += 1
        rows = [n for n in range(index + 1, end) if _holds_figures(lines[n].split(",")[1:])]
        if end - index >= TABLE_MIN_LINES and is_header_line(lines[index]) and len(rows) >= 2:
            for n in range(index, end):
                lines[n] = lines[n].replace(",", "|")
        index = max(end, index + 1)
    return "\n".join(lines)


def _comma_cells(line: str) -> int:
    cells = line.split(",")
    if "|" in line or '"' in line or len(cells) < 3 or any(len(cell.strip()) > TABLE_MAX_CELL for cell in cells):
        return 0
    return len(cells)


_FIGURE_CELL = re.compile(r"(?:(?:about|around|some|approx\.?|c\.|up to|at least|more than|over|nearly|almost) ?)?"
                          r"[<>~]? ?\d[\d.]*(?: ?[-\u2013] ?\d[\d.]*)?[+*]?|n/a|na|-|\u2013|\u2014|\?|", re.I)


def _holds_figures(cells: list[str]) -> bool:
    """"5000", "about 400", "150-200", "n/a": every cell after the label a figure or a gap, one a figure."""
    return any(ch.isdigit() for cell in cells for ch in cell) and \
        all(_FIGURE_CELL.fullmatch(cell.strip()) for cell in cells)


# "Selected countries (affiliates; women; minors; returnees)[5]" over "• France: 1,910; 382; 460; 302"
_LEGEND = re.compile(r"^(?P<title>[^\n(|]{0,60})\((?P<columns>[^()\n\d|]+(?:;[^()\n\d|]+)+)\)(?P<rest>[^\n|]{0,8})$")
_LEGEND_ROW = re.compile(r"^(?P<label>[^\n:;|\d]{2,40}):(?P<cells>[^\n;|]+(?:;[^\n;|]+)+)$")


def mark_legend_tables(text: str) -> str:
    """A table written as a legend line naming its columns between brackets and separated by
    semicolons, then rows "label: value; value; ...", gets a pipe where each cell starts, so it
    reads like a pipe table; one character for one, so offsets survive. The rows must hold as
    many cells as the legend names, and at least two rows must follow it."""
    if ";" not in text or "(" not in text:
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        legend = _LEGEND.match(line)
        if legend is None:
            continue
        width = legend.group("columns").count(";") + 1
        rows = []
        for later in lines[n + 1 :]:
            row = _LEGEND_ROW.match(later)
            if row is None or row.group("cells").count(";") + 1 != width:
                break
            rows.append(len(rows) + n + 1)
        if len(rows) < 2:
            continue
        start = legend.start("columns")
        lines[n] = line[: start - 1] + "|" + line[start:].replace(";", "|", width - 1)
        for r in rows:
            lines[r] = lines[r].replace(":", "|", 1).replace(";", "|", width - 1)
    return "\n".join(lines)


# "Country — departed / returned / killed" over "France — 1,910 / 271 / about 300"
# (a dash, a colon or a spaced hyphen after the label: "Guinea-Bissau — 12 / 3" keeps its name whole)
_SLASHED_ROW = re.compile(r"^(?P<label>[^\n|/:\u2014\u2013]{2,40}?)(?: ?(?P<mark>[\u2014\u2013:])| (?P<hyphen>-)) ?"
                          r"(?P<cells>[^\n|]+)$")
_NOTE_LABELS = ("source", "sources", "note", "notes")  # "Sources: Interior ministry / Europol" is no header
_SLASH = " / "  # spaced, so "n/a" stays one cell


def mark_slashed_tables(text: str) -> str:
    """A table written as lines "label — value / value / ...", under a line of the same shape
    that names the columns, gets a pipe for the label's dash and for each spaced slash, so it
    reads like a pipe table; one character for one, so offsets survive. The header holds no
    figure, and at least two rows of as many cells must follow it."""
    if _SLASH not in text:
        return text
    lines = text.split("\n")
    shapes = [_slashed(line) for line in lines]
    for n, shape in enumerate(shapes):
        if shape is None or not is_header_line(lines[n]) or lines[n].strip().lower().startswith(_NOTE_LABELS):
            continue
        rows = []
        for later in range(n + 1, len(lines)):
            if shapes[later] is None or shapes[later][1] != shape[1] or is_header_line(lines[later]):
                break
            rows.append(later)
        if len(rows) < 2:
            continue
        for r in [n] + rows:
            mark = shapes[r][0]
            line = lines[r]
            lines[r] = line[:mark] + "|" + line[mark + 1 :].replace(_SLASH, " | ")
    return "\n".join(lines)


def _slashed(line: str) -> tuple[int, int] | None:
    """(where the label's dash is, how many cells follow it) for "France — 1,910 / 271 / 300"."""
    row = _SLASHED_ROW.match(line.strip()) if _SLASH in line else None
    if row is None:
        return None
    offset = len(line) - len(line.lstrip())
    mark = row.start("mark") if row.group("mark") else row.start("hyphen")
    return offset + mark, row.group("cells").count(_SLASH) + 1


def mark_aligned_tables(text: str) -> str:
    """A table laid out with spaces ("France      1,910    400") gets a pipe in each gap between
    its cells, so it reads like a pipe table; one character for one, so offsets survive. A block
    counts as a table when at least three lines in a row split into the same number (two or more)
    of short cells and at least two of them, its rows, hold a digit after the first cell, where
    every cell is a figure's length: prose with two spaces after a full stop does not."""
    if "  " not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    cells = [_aligned_cells(line) for line in lines]
    marked = list(lines)
    index = 0
    while index < len(lines):
        width = len(cells[index])
        end = index
        while end < len(lines) and width >= 2 and len(cells[end]) == width:
            end += 1
        block = range(index, end)
        rows = [n for n in block if not is_header_line("\t".join(cells[n][1:]))]
        if len(block) >= TABLE_MIN_LINES and len(rows) >= 2 and \
                all(len(cell) <= TABLE_MAX_FIGURE_CELL for n in rows for cell in cells[n][1:]):
            for n in block:
                marked[n] = _CELL_GAP.sub(_pipe_in_the_middle, lines[n])
                if lines[n].startswith("\t"):
                    marked[n] = "|" + marked[n][1:]  # a header whose first cell is empty: "\tLeft\tReturned"
        index = max(end, index + 1)
    return "\n".join(marked)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FOOTNOTE_MARK = re.compile(r"\[\d{1,2}\]")  # "returnees)[5]": a note's number, not a figure


def is_header_line(line: str) -> bool:
    """A table line that says what its columns count: no figure in it, only words and years
    ("Country | Children still held (est.) | Repatriated since 2019")."""
    return not any(ch.isdigit() for ch in _FOOTNOTE_MARK.sub("", _YEAR.sub("", line)))


def _pipe_in_the_middle(gap: re.Match) -> str:
    """"      " -> "   |  ": the gap keeps its length."""
    spaces = gap.group(0)
    return spaces[: len(spaces) // 2] + "|" + spaces[len(spaces) // 2 + 1 :]


def _aligned_cells(line: str) -> list[str]:
    if "|" in line:
        return []
    cells = ([""] if line.startswith("\t") else []) + _CELL_GAP.split(line.strip())[::2]
    return cells if all(len(cell) <= TABLE_MAX_CELL for cell in cells) else []

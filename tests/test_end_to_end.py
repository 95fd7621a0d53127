"""End-to-end: the extractor scored against hand labels (LABELING.md), and the record contract."""

import json
import subprocess
import sys

import pytest

from extract.evaluate import Score, load_gold, score_article
from extract.records import Record
from shared_extractor import FIXTURES, SEEDS, extractor, ROOT


def _score(folder):
    gold = load_gold(folder)
    texts = [(path.read_text("utf-8"), article_id) for article_id, path, _ in gold]
    score = Score()
    for (article_id, _path, labels), records in zip(gold, extractor().extract_many(texts)):
        score_article([r.model_dump(mode="json") for r in records], labels, score, article_id)
    return score


def test_fixtures_are_labeled():
    gold = load_gold(FIXTURES)
    assert len(gold) >= 30
    assert all(path.exists() for _, path, _ in gold)


def test_fixture_scores():
    score = _score(FIXTURES)
    print(score.summary())
    # issue 3's targets (F1, source, qualifier and subject agreement >= 0.95), which the extractor
    # now holds; as_of is held at the same level
    assert score.f1 >= 0.95
    assert score.agreement("source") >= 0.95
    assert score.agreement("qualifier") >= 0.95
    assert score.agreement("subject") >= 0.95
    assert score.agreement("as_of") >= 0.95


def test_heldout_scores():
    """tests/heldout/: 640 articles written and labeled by helper sessions that never saw the
    extractor's output (h01-h16 in the second session, h17-h28 in the third, h29-h34 in the
    fourth, which scored F1 0.596 on arrival, h35-h40 in the fifth, 0.592 on arrival, h41-h46 and
    h47-h52 in the sixth, 0.816 and 0.751 on arrival, h53-h58 and h59-h64 in the seventh, 0.733 and
    0.759 on arrival, h65-h70 and h71-h76 in the eighth, 0.851 and 0.761 on arrival, then
    h77-h82 and h83-h88 later in the eighth, 0.784 and 0.779 against the session's starting code,
    h89-h94, h95-h100 and h101-h106 in the ninth, 0.765, 0.864 and 0.705 on arrival, h107-h112,
    h113-h118 and h119-h124 in the tenth, 0.773, 0.794 and 0.611 on arrival, h125-h130 and
    h131-h136 in the eleventh, 0.845 and 0.867 on arrival, h137-h142 and h143-h148 in the twelfth,
    0.768 and 0.862 on arrival, h149-h154, h155-h160, h161-h166 and h167-h172 in the thirteenth,
    web pages pasted from the browser, 0.723, 0.886, 0.765 and 0.780 on arrival, then h173-h178,
    h179-h184, h185-h190 and h191-h196 later in the thirteenth, 0.720, 0.790, 0.794 and 0.773
    against the session's starting code, h197-h202 and h203-h208 in the fourteenth, 0.843 and
    0.646 on arrival, h209-h214, h215-h220, h221-h226 and h227-h232 in the fifteenth, 0.860 and
    0.681 on arrival, then 0.798 and 0.877 against the session's starting code, h233-h238 and
    h239-h244 in the sixteenth, 0.861 and 0.808 on arrival, then h245-h250 and h251-h256, 0.818
    and 0.813 against the session's starting code, h257-h262 and h263-h268 in the seventeenth,
    0.897 and 0.875 on arrival, then h269-h274, 0.852 on arrival and against the session's starting
    code, h275-h280 and h281-h286 in the eighteenth, 0.888 and 0.746 on arrival, h287-h292 and
    h293-h298 in the nineteenth, 0.820 and 0.906 on arrival, h299-h304 and h305-h310 in the
    twentieth, 0.858 and 0.860 on arrival, h311-h316 and h317-h322 in the twenty-first, 0.900 and
    0.840 on arrival, h323-h328 and h329-h334 in the twenty-second, 0.922 and 0.874 on arrival,
    h335-h340 and h341-h346 in the twenty-third, 0.893 and 0.820 on arrival, h347-h352 and h353-h358
    in the twenty-fourth, 0.833 and 0.844 on arrival, h359-h364, h365-h370, h371-h376, h377-h382,
    h383-h388 and h389-h394 in the twenty-fifth, 0.859, 0.840, 0.882, 0.810, 0.794 and 0.870 on
    arrival, h395-h400, h401-h406, h407-h412, h413-h418, h419-h424 and h425-h430 in the
    twenty-sixth, 0.920, 0.798, 0.866, 0.832, 0.823 and 0.763 on arrival, h431-h436, h437-h442,
    h443-h448, h449-h454, h455-h460, h461-h466, h467-h472, h473-h478 and h479-h484 in the
    twenty-seventh, 0.964, 0.780, 0.819, 0.736, 0.853, 0.817, 0.849, 0.894 and 0.840 on arrival,
    with the session's starting code plus the fix of the crash h438 found, h485-h490, h491-h496,
    h497-h502, h503-h508, h509-h514, h515-h520, h521-h526 and h527-h532 in the twenty-eighth,
    0.892, 0.850, 0.935, 0.875, 0.853, 0.789, 0.839 and 0.718 on arrival, with the session's
    starting code, h533-h538, h539-h544, h545-h550, h551-h556, h557-h562 and h563-h568 in the
    twenty-ninth, 0.933, 0.804, 0.863, 0.882, 0.827 and 0.880 on arrival, with the session's
    starting code, h569-h574, h575-h580, h581-h586, h587-h592, h593-h598, h599-h604, h605-h610 and
    h611-h616 in the thirtieth, 0.796, 0.804, 0.834, 0.880, 0.836, 0.823, 0.851 and 0.874 on
    arrival, with the session's starting code, h617-h622, h623-h628, h629-h634 and h635-h640 in the
    thirty-first, 0.730, 0.879, 0.937 and 0.924 on arrival, with the session's starting code). All but
    h05-h08 are used to find general weaknesses; h05-h08 stay blind. The floor sits just under
    today's score, so a change that loses ground fails."""
    score = _score(ROOT / "tests" / "heldout")
    print(score.summary())
    assert score.f1 >= 0.919


def test_blind_scores():
    """tests/blind/: 494 articles written by eighty-two helper sessions that never saw the extractor and
    were told to report nothing but file names and counts (b1-b8 in the second session, c01-c06 in
    the third, e01-e06 in the fourth, g01-g06 in the fifth, i01-i06 and k01-k06 in the sixth, n01-n06 in
    the seventh, q01-q06 and t01-t06 in the eighth, w01-w06 and y01-y06 in the ninth, z01-z06 and zb01-zb06 in the tenth, zc01-zc06 and zd01-zd06 in
    the eleventh, ze01-ze06 and zf01-zf06 in the twelfth, zg01-zg06, zh01-zh06, zi01-zi06 and zj01-zj06,
    zk01-zk06 and zl01-zl06, web pages pasted from the browser, in the thirteenth, zm01-zm06 in the
    fourteenth, zn01-zn06, zo01-zo06 and zp01-zp06 in the fifteenth, zq01-zq06, zr01-zr06 and
    zs01-zs06 in the sixteenth, zt01-zt06, zu01-zu06 and zv01-zv06 in the seventeenth, zw01-zw06 and
    zx01-zx06 in the eighteenth, zy01-zy06 and zz01-zz06 in the nineteenth, ya01-ya06 and yb01-yb06
    in the twentieth, yc01-yc06 and yd01-yd06 in the twenty-first, ye01-ye06 and yf01-yf06 in the
    twenty-second, yg01-yg06 and yh01-yh06 in the twenty-third, yi01-yi06 and yj01-yj06 in the
    twenty-fourth, yk01-yk06, yl01-yl06, ym01-ym06 and yn01-yn06 in the twenty-fifth, yo01-yo06,
    yp01-yp06, yq01-yq06 and yr01-yr06 in the twenty-sixth, ys01-ys06, yt01-yt06, yu01-yu06,
    yv01-yv06, yw01-yw06 and yx01-yx06 in the twenty-seventh, yy01-yy06, yz01-yz06, za01-za06,
    xa01-xa06 and xb01-xb06 in the twenty-eighth, xc01-xc06, xd01-xd06, xe01-xe06 and xf01-xf06 in
    the twenty-ninth, xg01-xg06, xh01-xh06, xi01-xi06, xj01-xj06, xk01-xk06, xl01-xl06, xm01-xm06
    and xn01-xn06 in the thirtieth, xo01-xo06, xp01-xp06, xq01-xq06 and xr01-xr06 in the
    thirty-first). Nobody on the
    team reads them or their errors. On arrival b1-b8 scored F1 0.839, c01-c06 0.649, e01-e06
    0.620, g01-g06 0.733, i01-i06 0.739, k01-k06 0.796, n01-n06
    0.859, q01-q06 0.883, t01-t06 0.832 (0.837 with the code of its arrival), w01-w06 0.828 and
    y01-y06 0.897, z01-z06 0.846, zb01-zb06 0.772, zc01-zc06 0.867, zd01-zd06 0.787, ze01-ze06
    0.844, zf01-zf06 0.872, zg01-zg06 0.814, zh01-zh06 0.839, zi01-zi06 0.784, zj01-zj06 0.829,
    zk01-zk06 0.633, zl01-zl06 0.886 (against the thirteenth session's starting code; 0.919 with the
    code of its arrival), zm01-zm06 0.835, zn01-zn06 0.850, zo01-zo06 0.703, zp01-zp06 0.840
    (against the fifteenth session's starting code), zq01-zq06 0.757, zr01-zr06 0.805 and zs01-zs06
    0.867 (against the sixteenth session's starting code; 0.871 with the code of its arrival),
    zt01-zt06 0.840, zu01-zu06 0.858 and zv01-zv06 0.777 (against the seventeenth session's starting
    code, and with the code of their arrival), zw01-zw06 0.895 and zx01-zx06 0.862 (on arrival, with
    the eighteenth session's starting code), zy01-zy06 0.876 and zz01-zz06 0.847 (on arrival, with the
    nineteenth session's starting code), ya01-ya06 0.870 and yb01-yb06 0.879 (on arrival, with the
    twentieth session's starting code), yc01-yc06 0.734 and yd01-yd06 0.895 (on arrival, with the
    twenty-first session's starting code), ye01-ye06 0.841 and yf01-yf06 0.897 (on arrival, with the
    twenty-second session's starting code), yg01-yg06 0.870 and yh01-yh06 0.904 (on arrival, with the
    twenty-third session's starting code), yi01-yi06 0.675 and yj01-yj06 0.844 (on arrival, with the
    twenty-fourth session's starting code), yk01-yk06 0.920, yl01-yl06 0.809, ym01-ym06 0.872 and
    yn01-yn06 0.843 (on arrival, with the twenty-fifth session's starting code), yo01-yo06 0.827,
    yp01-yp06 0.846, yq01-yq06 0.815 and yr01-yr06 0.856 (on arrival, with the twenty-sixth
    session's starting code), ys01-ys06 0.915, yt01-yt06 0.898, yu01-yu06 0.806, yv01-yv06 0.811,
    yw01-yw06 0.863 and yx01-yx06 0.884 (on arrival, with the twenty-seventh session's starting
    code), yy01-yy06 0.747, yz01-yz06 0.897, za01-za06 0.874, xa01-xa06 0.851 and xb01-xb06 0.847
    (on arrival, with the twenty-eighth session's starting code), xc01-xc06 0.740, xd01-xd06 0.843,
    xe01-xe06 0.836 and xf01-xf06 0.904 (on arrival, with the twenty-ninth session's starting code),
    xg01-xg06 0.871, xh01-xh06 0.643, xi01-xi06 0.894, xj01-xj06 0.912, xk01-xk06 0.841, xl01-xl06
    0.723, xm01-xm06 0.759 and xn01-xn06 0.847 (on arrival, with the thirtieth session's starting
    code), xo01-xo06 0.775, xp01-xp06 0.727, xq01-xq06 0.782 and xr01-xr06 0.763 (on arrival, with the
    thirty-first session's starting code); the floor sits just under today's score for all 494."""
    score = _score(ROOT / "tests" / "blind")
    print(score.summary())
    assert score.f1 >= 0.881


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is not beside the repo")
def test_seed_scores():
    score = _score(SEEDS)
    print(score.summary())
    assert score.f1 >= 0.95
    # issue 3 asks 0.95; every record has been found since the second session, so losing one fails
    assert score.fn == 0 and score.fp == 0
    assert score.agreement("source") >= 0.90
    assert score.agreement("qualifier") >= 0.90


def test_records_validate_and_ids_are_stable():
    text = (FIXTURES / "a06_central_asia_repatriation.txt").read_text("utf-8")
    first = extractor().extract(text, article_id="a06")
    second = extractor().extract(text, article_id="a06")
    assert [r.id for r in first] == [r.id for r in second]
    assert len({r.id for r in first}) == len(first)
    for record in first:
        Record.model_validate(record.model_dump(mode="json"))


def test_scorer_counts_optional_labels_as_neither_miss_nor_alarm():
    labels = [{"country": "France", "country_code": "FRA", "status": "departed", "count": 10},
              {"country": "World", "country_code": None, "status": "returned", "count": 5, "optional": True}]
    score = Score()
    score_article([{"country": "World", "country_code": None, "status": "returned", "count": 5}], labels, score)
    assert (score.tp, score.fp, score.fn) == (1, 0, 1)


def _cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "extract", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_cli_text_prints_only_jsonl():
    result = _cli("text", stdin="France at 1,910 with 271 back, the Soufan Center said.")
    assert result.returncode == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(r["country"], r["status"], r["count"]) for r in lines} == {("France", "departed", 1910),
                                                                        ("France", "returned", 271)}
    assert all(r["source"] == "Soufan Center" for r in lines)


def test_cli_schema_is_the_record_schema():
    result = _cli("schema")
    schema = json.loads(result.stdout)
    assert set(schema["properties"]) == set(Record.model_fields)


def test_cli_eval_prints_scores_last():
    result = _cli("eval", str(FIXTURES))
    assert result.returncode == 0
    last = result.stdout.strip().splitlines()[-1]
    fields = dict(pair.split("=") for pair in last.split())
    assert {"precision", "recall", "f1", "source_agreement", "qualifier_agreement"} <= set(fields)


def test_cli_missing_model_is_one_clear_line():
    result = _cli("text", "--model", "no_such_model_xyz", "300 Belgians left.")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "no_such_model_xyz" in result.stderr and "pip install" in result.stderr


def test_run_on_raw_writes_records_that_validate(tmp_path):
    result = _cli("run", str(ROOT / "raw"), "--out", str(tmp_path), "--quiet")
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "records.jsonl").read_text("utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        record = Record.model_validate_json(line)
        assert list(json.loads(line)) == list(Record.model_fields)  # exactly the SCHEMA.md fields, in order
    run = json.loads((tmp_path / "run.json").read_text("utf-8"))
    assert run["records_written"] == len(lines)
    header = (tmp_path / "records.csv").read_text("utf-8").splitlines()[0].split(",")
    assert header[-4:] == ["evidence_sentence", "evidence_start", "evidence_end", "evidence_count_text"]

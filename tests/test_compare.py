#!/usr/bin/env python3
# test_compare.py — `parallax-cli compare` as scripts meet it: the output
# of the gold-set events and the bundled samples against
# data/schemas/parallax-comparison.schema.json (real validator), the
# matrix's shape, a session's stored manual edits, and the errors.
# Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import json
import os
import subprocess
import sys
import tempfile
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.environ.get("PLX_SOURCE_ROOT", os.path.dirname(HERE))
BUILD_ROOT = os.environ.get("PLX_BUILD_ROOT", os.path.join(SOURCE_ROOT, "build"))
CLI = os.environ.get("PLX_CLI", os.path.join(BUILD_ROOT, "app", "cli", "parallax-cli"))
SCHEMA_PATH = os.path.join(SOURCE_ROOT, "data", "schemas", "parallax-comparison.schema.json")
EVENTS = os.path.join(HERE, "fixtures", "compare")
SAMPLES = os.path.join(SOURCE_ROOT, "data", "samples")

try:
    from jsonschema import Draft202012Validator
except ImportError as e:  # pragma: no cover - a missing dependency is a failure
    print("Bail out! python3-jsonschema is needed (apt install python3-jsonschema): %s" % e)
    sys.exit(1)

with open(SCHEMA_PATH, encoding="utf-8") as f:
    VALIDATOR = Draft202012Validator(json.load(f))


def cli(*args):
    return subprocess.run([CLI] + list(args), capture_output=True, text=True, timeout=120)


def assert_valid(instance, what):
    errors = sorted(VALIDATOR.iter_errors(instance), key=lambda e: list(e.absolute_path))
    if errors:
        raise AssertionError("%s does not match the schema: %s" % (
            what, "; ".join("%s: %s" % ("/".join(map(str, e.absolute_path)), e.message)
                            for e in errors[:5])))


def check_consistent(out):
    n_articles = len(out["articles"])
    ids = [c["id"] for c in out["clusters"]]
    assert len(set(ids)) == len(ids), "cluster ids repeat"
    assert [row["cluster"] for row in out["matrix"]] == ids, "matrix rows differ from clusters"
    for cluster, row in zip(out["clusters"], out["matrix"]):
        assert len(row["cells"]) == n_articles
        carried = {r["article"]: r["state"] for r in cluster["renderings"]}
        assert len(carried) == len(cluster["renderings"]), "two renderings from one article"
        for a, cell in enumerate(row["cells"]):
            assert cell == carried.get(a, "absent"), "cell %s/%d disagrees" % (cluster["id"], a)
    for entry in out["omissions"]:
        for cid in entry["clusters"]:
            row = out["matrix"][ids.index(cid)]
            assert row["cells"][entry["article"]] == "absent"


def test_events():
    events = sorted(glob.glob(os.path.join(EVENTS, "*", "gold.json")))
    assert len(events) >= 4
    for gold_path in events:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
        files = [os.path.join(os.path.dirname(gold_path), a["file"]) for a in gold["articles"]]
        proc = cli("compare", *files)
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
        assert_valid(out, gold_path)
        check_consistent(out)
        assert len(out["articles"]) == len(files)
        # every event has a statement carried by all four articles
        assert any(c["n_articles"] == len(files) for c in out["clusters"]), gold_path


def test_samples():
    files = sorted(glob.glob(os.path.join(SAMPLES, "*.txt")) + glob.glob(os.path.join(SAMPLES, "*.html")))
    if not files:
        return "skip no samples"
    proc = cli("compare", "--rules", os.path.join(SOURCE_ROOT, "data", "rulebooks", "samples.json"), *files)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert_valid(out, "samples")
    check_consistent(out)
    names = [s["name"] for s in out["speakers"]]
    # Sokolov is quoted in English and in Russian: one person
    assert sum(1 for s in out["speakers"] if "Sokolov" in s["name"]) == 1, names


def test_session_edits():
    event = os.path.join(EVENTS, "arctic-route")
    files = [os.path.join(event, n) for n in ("a-wire.en.txt", "b-post.en.txt", "c-vesti.ru.txt")]
    with tempfile.TemporaryDirectory() as tmp:
        session = os.path.join(tmp, "s.parallax.json")
        proc = cli("session", "new", "-o", session, *files)
        assert proc.returncode == 0, proc.stderr
        before = json.loads(cli("compare", session).stdout)
        joke = [c for c in before["clusters"]
                if any("Icebreakers?" in r["text"] for r in c["renderings"])]
        assert joke and joke[0]["n_articles"] == 3, joke
        with open(session, encoding="utf-8") as f:
            data = json.load(f)
        data["comparison"] = {"cluster_splits": [{"article": "c-vesti.ru.txt", "text": "Вы шутите"}]}
        with open(session, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        after = json.loads(cli("compare", session).stdout)
        assert_valid(after, "session with edits")
        joke = [c for c in after["clusters"]
                if any("Icebreakers?" in r["text"] for r in c["renderings"])]
        assert joke and joke[0]["n_articles"] == 2, joke
        assert any(c["edited"] for c in after["clusters"])

        data["comparison"] = {"cluster_splits": "nonsense"}
        with open(session, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        proc = cli("compare", session)
        assert proc.returncode == 1
        assert "comparison" in proc.stderr


def test_errors():
    proc = cli("compare")
    assert proc.returncode == 2
    proc = cli("compare", "/nonexistent/file.txt")
    assert proc.returncode == 1
    assert proc.stderr.count("\n") >= 1
    out = json.loads(proc.stdout)
    assert_valid(out, "no articles")
    assert out["clusters"] == []


TESTS = [test_events, test_samples, test_session_edits, test_errors]

if __name__ == "__main__":
    print("1..%d" % len(TESTS))
    failed = 0
    for i, test in enumerate(TESTS, 1):
        try:
            result = test()
            if isinstance(result, str) and result.startswith("skip"):
                print("ok %d - %s # SKIP %s" % (i, test.__name__, result[5:]))
            else:
                print("ok %d - %s" % (i, test.__name__))
        except Exception:
            failed += 1
            print("not ok %d - %s" % (i, test.__name__))
            for line in traceback.format_exc().splitlines():
                print("# " + line)
    sys.exit(1 if failed else 0)

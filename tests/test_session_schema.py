#!/usr/bin/env python3
# test_session_schema.py — session files written by the engine against
# data/schemas/parallax-session.schema.json, with a real validator.
#
# Sessions are made by tests/make-session (linked to the engine); the broken
# fixtures in tests/fixtures/session/bad/ are checked against the schema and
# against the loader, as tests/fixtures/session/bad/manifest.json says.
# Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.environ.get("PLX_SOURCE_ROOT", os.path.dirname(HERE))
BUILD_ROOT = os.environ.get("PLX_BUILD_ROOT", os.path.join(SOURCE_ROOT, "build"))
MAKE_SESSION = os.environ.get("PLX_MAKE_SESSION",
                              os.path.join(BUILD_ROOT, "tests", "make-session"))
SCHEMA_PATH = os.path.join(SOURCE_ROOT, "data", "schemas", "parallax-session.schema.json")
FIXTURES = os.path.join(HERE, "fixtures", "session")

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError as e:  # pragma: no cover - a missing dependency is a failure
    print("Bail out! python3-jsonschema is needed (apt install python3-jsonschema): %s" % e)
    sys.exit(1)

with open(SCHEMA_PATH, encoding="utf-8") as f:
    SCHEMA = json.load(f)
VALIDATOR = Draft202012Validator(SCHEMA)


def errors_of(instance):
    return sorted(VALIDATOR.iter_errors(instance), key=lambda e: list(e.absolute_path))


def assert_valid(instance, what):
    errors = errors_of(instance)
    if errors:
        raise AssertionError("%s does not match the schema: %s" % (
            what, "; ".join("%s: %s" % ("/".join(map(str, e.absolute_path)), e.message)
                            for e in errors)))


def assert_invalid(instance, what):
    if not errors_of(instance):
        raise AssertionError("%s matches the schema but should not" % what)


def run(*args, check=True):
    proc = subprocess.run([MAKE_SESSION] + list(args), capture_output=True, text=True,
                          timeout=60)
    if check and proc.returncode != 0:
        raise AssertionError("make-session %s failed (%d): %s%s" % (
            " ".join(args), proc.returncode, proc.stdout, proc.stderr))
    return proc


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Workdir:
    """A temporary folder with the fixture articles copied under articles/."""

    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix="plx-session-schema-")
        shutil.copytree(os.path.join(FIXTURES, "articles"), os.path.join(self.path, "articles"))
        return self

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)

    def __call__(self, *parts):
        return os.path.join(self.path, *parts)


ARTICLES = ["harbour-council.txt", "harbour-gazette.txt", "harbour-notes.md"]


def test_schema_is_valid():
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["format"]["const"] == "parallax-session"


def test_saved_session_validates():
    with Workdir() as w:
        out = w("bridge.parallax")
        run(out, *[w("articles", a) for a in ARTICLES])
        session = load(out)
        assert_valid(session, "a session of three articles")
        assert session["format"] == "parallax-session"
        assert session["version"] == 1
        paths = [a["path"] for a in session["articles"]]
        assert paths == ["articles/" + a for a in ARTICLES], paths
        ids = [a["id"] for a in session["articles"]]
        assert len(set(ids)) == 3, ids
        for article in session["articles"]:
            assert isinstance(article["text"], str) and article["text"], article
            assert len(article["sha256"]) == 64
        assert session["annotations"] == [] and session["rules"] == {} and session["view"] == {}


def test_no_embed_validates():
    with Workdir() as w:
        out = w("bridge.parallax")
        run("--no-embed", "--pasted", "Only in the session.", out,
            w("articles", ARTICLES[0]), w("articles", ARTICLES[1]))
        session = load(out)
        assert_valid(session, "a session without embedded texts")
        assert session["embed_text"] is False
        assert "text" not in session["articles"][0]
        assert "text" not in session["articles"][1]
        # Pasted text has no file: it is always kept.
        assert session["articles"][2]["text"] == "Only in the session.", session["articles"][2]
        assert "path" not in session["articles"][2]


def test_overrides_and_sections_validate():
    with Workdir() as w:
        out = w("bridge.parallax")
        run("--title-override", "0:Bridge approved", "--outlet-override", "1:Valley Gazette",
            "--section", 'view={"panes": [{"width": 400}], "sync_scroll": true}',
            "--section", 'annotations=[{"kind": "speaker-fix", "quote": "napkin"}]',
            "--section", 'x_later={"kept": [1, 2, 3]}',
            out, w("articles", ARTICLES[0]), w("articles", ARTICLES[1]))
        session = load(out)
        assert_valid(session, "a session with overrides and sections")
        assert session["articles"][0]["title_override"] == "Bridge approved"
        assert session["articles"][1]["outlet_override"] == "Valley Gazette"
        assert session["view"]["sync_scroll"] is True
        assert session["annotations"][0]["quote"] == "napkin"
        assert session["x_later"] == {"kept": [1, 2, 3]}


def test_good_fixtures_validate():
    for name in sorted(os.listdir(os.path.join(FIXTURES, "good"))):
        assert_valid(load(os.path.join(FIXTURES, "good", name)), name)
        proc = run("--check", os.path.join(FIXTURES, "good", name))
        assert "warning" not in proc.stdout, proc.stdout


def test_resaved_fixtures_validate_and_keep_unknown_keys():
    with Workdir() as w:
        for name in sorted(os.listdir(os.path.join(FIXTURES, "good"))):
            original = load(os.path.join(FIXTURES, "good", name))
            out = w("resaved-" + name)
            run("--resave", os.path.join(FIXTURES, "good", name), out)
            resaved = load(out)
            assert_valid(resaved, "%s saved again" % name)
            for key, value in original.items():
                if key in ("generator", "articles"):
                    continue
                assert resaved.get(key) == value, (name, key)
            for before, after in zip(original["articles"], resaved["articles"]):
                for key, value in before.items():
                    if value is None:
                        assert key not in after, (name, key)
                    elif key == "sha256":
                        assert after[key] == value.lower()
                    else:
                        assert after.get(key) == value, (name, key, after.get(key))


def bad_cases():
    return load(os.path.join(FIXTURES, "bad", "manifest.json"))["cases"]


def test_bad_fixtures_against_schema():
    checked = 0
    for case in bad_cases():
        path = os.path.join(FIXTURES, "bad", case["file"])
        if case["schema"] == "not-json":
            try:
                with open(path, encoding="utf-8") as f:
                    json.load(f, object_pairs_hook=reject_duplicates)
            except (ValueError, UnicodeDecodeError):
                continue
            raise AssertionError("%s is valid JSON" % case["file"])
        instance = load(path)
        if case["schema"] == "rejects":
            assert_invalid(instance, case["file"])
            checked += 1
        else:
            # Only the loader can catch these (e.g. duplicate identifiers).
            assert case["schema"] == "accepts", case
            assert_valid(instance, case["file"])
    assert checked >= 20, checked


def reject_duplicates(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key")
    return dict(pairs)


def test_bad_fixtures_against_loader():
    for case in bad_cases():
        path = os.path.join(FIXTURES, "bad", case["file"])
        proc = run("--check", path, check=False)
        assert proc.returncode == 1, (case["file"], proc.returncode, proc.stdout, proc.stderr)
        first = proc.stderr.splitlines()[0]
        assert first.startswith("error: %s: " % case["code"]), (case["file"], first)
        assert case["message"] in first, (case["file"], first)


def test_mutated_sessions_are_rejected():
    with Workdir() as w:
        out = w("bridge.parallax")
        run(out, w("articles", ARTICLES[0]))
        good = load(out)
        assert_valid(good, "the unmutated session")
        mutations = [
            ("version as string", lambda s: s.update(version="1")),
            ("newer version", lambda s: s.update(version=2)),
            ("articles as object", lambda s: s.update(articles={})),
            ("text as number", lambda s: s["articles"][0].update(text=12)),
            ("sha256 too short", lambda s: s["articles"][0].update(sha256="abc")),
            ("path and uri", lambda s: s["articles"][0].update(uri="https://example.org/x")),
            ("negative size", lambda s: s["articles"][0].update(byte_size=-5)),
            ("unknown format", lambda s: s["articles"][0].update(format="pdf")),
            ("view as list", lambda s: s.update(view=[])),
        ]
        for what, mutate in mutations:
            bad = copy.deepcopy(good)
            mutate(bad)
            assert_invalid(bad, what)
            with open(w("mutated.parallax"), "w", encoding="utf-8") as f:
                json.dump(bad, f)
            proc = run("--check", w("mutated.parallax"), check=False)
            assert proc.returncode == 1, (what, proc.stdout, proc.stderr)


def test_missing_article_warns_and_resaves_valid():
    with Workdir() as w:
        out = w("bridge.parallax")
        run(out, w("articles", ARTICLES[0]), w("articles", ARTICLES[1]))
        os.unlink(w("articles", ARTICLES[0]))
        proc = run("--check", out)
        assert "warning: " in proc.stdout and ARTICLES[0] in proc.stdout, proc.stdout
        assert "file not found" in proc.stdout, proc.stdout
        resaved = w("resaved.parallax")
        run("--resave", out, resaved)
        session = load(resaved)
        assert_valid(session, "a session with a missing article, saved again")
        assert session["articles"][0]["path"] == "articles/" + ARTICLES[0]
        assert session["articles"][0]["text"] == load(out)["articles"][0]["text"]


TESTS = [
    test_schema_is_valid,
    test_saved_session_validates,
    test_no_embed_validates,
    test_overrides_and_sections_validate,
    test_good_fixtures_validate,
    test_resaved_fixtures_validate_and_keep_unknown_keys,
    test_bad_fixtures_against_schema,
    test_bad_fixtures_against_loader,
    test_mutated_sessions_are_rejected,
    test_missing_article_warns_and_resaves_valid,
]


def main():
    print("1..%d" % len(TESTS))
    print("# jsonschema from %s" % os.path.dirname(jsonschema.__file__))
    failed = 0
    for number, test in enumerate(TESTS, 1):
        name = test.__name__[len("test_"):].replace("_", " ")
        try:
            test()
        except Exception:  # report every failure, then go on
            failed += 1
            print("not ok %d - %s" % (number, name))
            for line in traceback.format_exc().splitlines():
                print("# " + line)
        else:
            print("ok %d - %s" % (number, name))
        sys.stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

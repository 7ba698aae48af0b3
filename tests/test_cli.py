#!/usr/bin/env python3
"""End-to-end tests of parallax-cli: the real binary on real files on disk.
Prints TAP."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

BUILD = os.environ["PLX_BUILD_ROOT"]
SOURCE = os.environ["PLX_SOURCE_ROOT"]
CLI = os.path.join(BUILD, "app", "cli", "parallax-cli")
SAMPLES = os.path.join(SOURCE, "data", "samples")
SCHEMAS = os.path.join(SOURCE, "data", "schemas")

RU_TEXT = (
    "Мэр Казани пообещал отремонтировать мост к осени\n\n"
    "Мэр Казани Ильсур Галиев заявил, что ремонт моста через Казанку "
    "завершится до конца сентября. «Мы не можем больше ждать, это вопрос "
    "безопасности», — подчеркнул он на пресс-конференции в среду.\n\n"
    "По словам Галиева, подрядчик уже получил первые деньги из городского "
    "бюджета, а движение транспорта будет ограничено только ночью.\n"
)
EN_TEXT = (
    "Harbour board delays vote on new ferry terminal\n\n"
    "The harbour board postponed its vote on the new ferry terminal on "
    "Tuesday after residents complained about noise.\n\n"
    "\u201cWe owe the neighbours a proper answer,\u201d board chair Helen "
    "Marsh said. The vote is now expected in June.\n"
)

results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


def run(*args, stdin=None):
    p = subprocess.run([CLI, *args], capture_output=True, text=True,
                       input=stdin, timeout=120)
    return p.returncode, p.stdout, p.stderr


def write(path, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode) as f:
        f.write(data)
    return path


def validate(instance, schema_name):
    import jsonschema
    with open(os.path.join(SCHEMAS, schema_name), encoding="utf-8") as f:
        schema = jsonschema.validators.validator_for(json.load(f))
    with open(os.path.join(SCHEMAS, schema_name), encoding="utf-8") as f:
        raw = json.load(f)
    schema.check_schema(raw)
    errors = sorted(schema(raw).iter_errors(instance), key=str)
    return [e.message for e in errors]


def main():
    tmp = tempfile.mkdtemp(prefix="plx-cli-")
    try:
        en = write(os.path.join(tmp, "ferry.txt"), EN_TEXT)
        ru1251 = write(os.path.join(tmp, "most-cp1251.txt"), RU_TEXT.encode("cp1251"))
        rukoi = write(os.path.join(tmp, "most-koi8r.txt"), RU_TEXT.replace("«", "\"").replace("»", "\"").replace("\u2014", "-").encode("koi8_r"))
        html = os.path.join(SAMPLES, "fjord-post.html")

        # --version / --help / usage errors
        rc, out, _ = run("--version")
        check("--version prints the version", rc == 0 and out.startswith("parallax-cli "), out)
        rc, out, _ = run("import", "--help")
        check("import --help exits 0 and describes --text", rc == 0 and "--text" in out, out)
        rc, _, err = run("import")
        check("import without files is a usage error (2)", rc == 2 and err.strip() != "", err)
        rc, _, err = run("frobnicate")
        check("unknown command is a usage error (2)", rc == 2 and "frobnicate" in err, err)

        # plain text
        rc, out, err = run("import", "--text", en)
        arts = json.loads(out) if rc == 0 else []
        a = arts[0] if arts else {}
        check("plain text imports", rc == 0 and len(arts) == 1, err)
        check("plain text: title from the first line",
              a.get("title") == "Harbour board delays vote on new ferry terminal", a.get("title"))
        check("plain text: language en, encoding UTF-8",
              a.get("language") == "en" and (a.get("encoding") or "").upper().replace("_", "-") == "UTF-8",
              (a.get("language"), a.get("encoding")))
        import hashlib
        with open(en, "rb") as f:
            raw = f.read()
        check("sha256 and byte size of the original bytes",
              a.get("sha256") == hashlib.sha256(raw).hexdigest() and a.get("byte_size") == len(raw))
        check("normalized text keeps paragraphs, one blank line apart",
              "\n\n" in a.get("text", "") and "\n\n\n" not in a.get("text", "")
              and "Helen Marsh said" in a.get("text", ""))

        # legacy Russian encodings
        for label, path, enc in (("Windows-1251", ru1251, "1251"), ("KOI8-R", rukoi, "KOI8")):
            rc, out, err = run("import", "--text", path)
            arts = json.loads(out) if rc == 0 else []
            a = arts[0] if arts else {}
            check(f"{label}: decoded to the same text",
                  rc == 0 and "Мэр Казани Ильсур Галиев заявил" in a.get("text", ""), err)
            check(f"{label}: encoding reported and language ru",
                  enc in (a.get("encoding") or "").upper() and a.get("language") == "ru",
                  (a.get("encoding"), a.get("language")))

        # HTML page saved from a news site
        rc, out, err = run("import", "--text", html)
        arts = json.loads(out) if rc == 0 else []
        a = arts[0] if arts else {}
        text = a.get("text", "")
        check("HTML imports with metadata",
              rc == 0 and a.get("title") == "Cod quota cut by a fifth as Oslo and Moscow strike deal"
              and a.get("outlet") == "The Fjord Post" and a.get("byline") == "Henrik Bakke"
              and (a.get("date") or "").startswith("2025-03-14"), a)
        check("HTML body keeps the article, drops nav/aside/footer/forms/scripts",
              "Science must decide the quota" in text and "Most read" not in text
              and "Newsletter" not in text and "analytics" not in text
              and "All rights reserved" not in text and "injected" not in text, text[:300])
        check("HTML headline comes first", text.startswith("Cod quota cut by a fifth"), text[:80])

        # bad inputs: exit 1, one line each, the good file still printed
        bad = {
            "empty": write(os.path.join(tmp, "empty.txt"), b""),
            "png": write(os.path.join(tmp, "picture.txt"),
                         bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                       "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")),
            "nul": write(os.path.join(tmp, "nul.txt"), b"Some text\x00\x00\x00 and more\x00 bytes"),
            "directory": tmp,
            "missing": os.path.join(tmp, "does-not-exist.txt"),
            "no-text-html": write(os.path.join(tmp, "empty.html"),
                                  "<html><head><script>var a=1;</script></head><body><nav>Home</nav></body></html>"),
        }
        for label, path in bad.items():
            rc, out, err = run("import", path, en)
            lines = [l for l in err.splitlines() if l.strip()]
            arts = json.loads(out) if out.strip() else []
            check(f"bad input ({label}): exit 1, one error line naming the file, others printed",
                  rc == 1 and len(lines) == 1 and os.path.basename(path.rstrip("/")) in lines[0]
                  and len(arts) == 1 and arts[0].get("title", "").startswith("Harbour"),
                  (rc, err))

        # sessions
        sdir = os.path.join(tmp, "work")
        os.makedirs(sdir)
        a1 = shutil.copy(en, os.path.join(sdir, "ferry.txt"))
        a2 = shutil.copy(ru1251, os.path.join(sdir, "most.txt"))
        sess = os.path.join(sdir, "ferry.parallax.json")
        rc, out, err = run("session", "new", "-o", sess, a1, a2)
        check("session new writes a session", rc == 0 and os.path.exists(sess), err)
        try:
            with open(sess, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            doc = {}
        problems = validate(doc, "parallax-session.schema.json") if doc else ["no session"]
        check("session new output validates against the schema", not problems, problems)
        check("session paths are relative to the session file",
              [x.get("path") for x in doc.get("articles", [])] == ["ferry.txt", "most.txt"],
              doc.get("articles"))
        os.remove(a1)
        os.remove(a2)
        rc, out, err = run("session", "show", "--text", sess)
        shown = json.loads(out) if rc == 0 else {}
        texts = [x.get("text", "") for x in shown.get("articles", [])]
        check("a session whose files were deleted still shows the articles",
              rc == 0 and len(texts) == 2 and "Helen Marsh" in texts[0] and "Галиев" in texts[1], err)
        check("deleted files are reported as warnings",
              len(shown.get("warnings", [])) == 2 and "ferry.txt" in err, err)
        broken = write(os.path.join(tmp, "broken.parallax.json"), '{"format": "parallax-session", "version": 1, "articles": [')
        rc, out, err = run("session", "show", broken)
        check("a truncated session is refused with one line naming the file",
              rc == 1 and len(err.strip().splitlines()) == 1 and "broken.parallax.json" in err, err)

        # stdin
        rc, out, err = run("import", "-", stdin=EN_TEXT)
        check("import reads standard input", rc == 0 and json.loads(out)[0].get("word_count", 0) > 20, err)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"1..{len(results)}")
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok and detail != "":
            for line in repr(detail)[:2000].splitlines():
                print(f"# {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

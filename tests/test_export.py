#!/usr/bin/env python3
"""End-to-end tests of `parallax-cli export`: the real binary writes every
format; the HTML is opened in real headless Chromium (DOM as the browser
built it, a screenshot, the network log), the PDF is read back with poppler
(pdftoppm, pdftotext), the CSV with Python's csv module, the JSON with
jsonschema. The Chromium checks are skipped (TAP "# SKIP") only when
chromium is not installed. Prints TAP."""
import csv
import html.parser
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

BUILD = os.environ["PLX_BUILD_ROOT"]
SOURCE = os.environ["PLX_SOURCE_ROOT"]
CLI = os.path.join(BUILD, "app", "cli", "parallax-cli")
SAMPLES = os.path.join(SOURCE, "data", "samples")
SCHEMAS = os.path.join(SOURCE, "data", "schemas")
RULES = os.path.join(SOURCE, "data", "rulebooks", "samples.json")
HOSTILE = os.path.join(SOURCE, "tests", "fixtures", "report", "hostile.txt")
SHOTS = os.environ.get("PLX_EXPORT_SCREENSHOTS")  # keep pictures here when set

# The quote tints of the light palette (app/core/plx-palette.c).
TINTS = ["dbe8fb", "fbdcdd", "d9f2e3", "fde5d2", "efdff5", "d4f1f0",
         "efe4d8", "f9dcee", "eef2cc", "d5eef8", "e2e0f8", "fbefc9"]

results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail, None))


def skip(name, reason):
    results.append((name, True, "", reason))


def run(*args, timeout=300):
    p = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def validate(instance, schema_name):
    import jsonschema
    with open(os.path.join(SCHEMAS, schema_name), encoding="utf-8") as f:
        raw = json.load(f)
    cls = jsonschema.validators.validator_for(raw)
    cls.check_schema(raw)
    return sorted(e.message for e in cls(raw).iter_errors(instance))


class Tags(html.parser.HTMLParser):
    """Every element with its attributes, and the text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse_html(text):
    p = Tags()
    p.feed(text)
    p.close()
    return p


ALLOWED = {"html", "head", "meta", "title", "style", "body", "header", "nav", "a",
           "section", "h1", "h2", "h3", "h4", "div", "article", "p", "span", "br",
           "ul", "li", "table", "tbody", "tr", "th", "td", "footer"}


def unsafe_elements(parsed):
    """Elements or attributes the report never makes: they came from text."""
    bad = []
    for tag, attrs in parsed.elements:
        if tag not in ALLOWED:
            bad.append((tag, attrs))
            continue
        for name, value in attrs.items():
            if name.startswith("on") or name in ("src", "srcset", "style", "background", "formaction"):
                bad.append((tag, attrs))
            if name == "href" and not (value or "").startswith("#"):
                bad.append((tag, attrs))
    return bad


def png_pixels(path):
    """Decodes an 8-bit RGB/RGBA, non-interlaced PNG: (width, height, rows)."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and ctype in (2, 6) and interlace == 0, (depth, ctype, interlace)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        ftype, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def colour_counts(path, colours):
    width, height, rows, bpp = png_pixels(path)
    want = {bytes.fromhex(c): c for c in colours}
    counts = {c: 0 for c in colours}
    for row in rows:
        for x in range(0, width * bpp, bpp):
            px = row[x:x + 3]
            if px in want:
                counts[want[px]] += 1
    return counts


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def chromium_binary():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(binary, tmp, *args, netlog=None):
    profile = tempfile.mkdtemp(prefix="chromium-", dir=tmp)
    cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--user-data-dir=" + profile]
    if netlog:
        cmd.append("--log-net-log=" + netlog)
    p = subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=180)
    return p.returncode, p.stdout, p.stderr


def netlog_urls(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        log = json.loads(text)
    except ValueError:  # a log cut short: close it
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    urls = set()

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k in ("url", "original_url") and isinstance(v, str):
                    urls.add(v)
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(log.get("events", []))
    return {u for u in urls if re.match(r"(?i)(https?|wss?|ftp)://", u)}


def host(url):
    return re.sub(r"(?i)^[a-z]+://([^/:?#]+).*$", r"\1", url).lower()


def expected_rows(analyses, outlets):
    """CSV rows as they must come out, from `analyze` (the same engine)."""
    rows = []
    for item in analyses:
        names = {s["id"]: s["name"] for s in item["speakers"]}
        for qi, q in enumerate(item["quotes"]):
            labels = [c["label"] for c in item["claims"] if c.get("quote") == qi]
            rows.append([item["path"], outlets[item["path"]], names.get(q["speaker"], ""),
                         q["kind"], (q.get("cue") or {}).get("text", ""), "; ".join(labels),
                         str(q["start"]), str(q["end"]), q["text"]])
    return rows


def main():
    tmp = tempfile.mkdtemp(prefix="plx-export-")
    try:
        inputs = [os.path.join(SAMPLES, n) for n in
                  ("northern-ledger.txt", "arctic-wire.txt", "severny-vestnik.txt", "fjord-post.html")]
        inputs.append(HOSTILE)
        out = {fmt: os.path.join(tmp, "report." + fmt) for fmt in ("html", "pdf", "md", "csv", "json")}

        for fmt, path in out.items():
            rc, _, err = run("export", "--format", fmt, "--rules", RULES, "-o", path, *inputs)
            check(f"export --format {fmt} exits 0 and writes the file",
                  rc == 0 and os.path.getsize(path) > 0, err)

        rc, text, err = run("analyze", "--rules", RULES, *inputs)
        analyses = json.loads(text) if rc == 0 else []
        rc, text, err = run("import", *inputs)
        imported = json.loads(text) if rc == 0 else []
        outlets = {a["source"]: a.get("outlet") or "" for a in imported}
        quotes = [q["text"] for a in analyses for q in a["quotes"]]
        check("the engine finds quotes in the inputs (the checks below mean something)",
              len(quotes) >= 10, len(quotes))

        # corrections made in the window (a session's "annotations") reach
        # the report and the comparison
        session = os.path.join(tmp, "corrected.plx")
        rc, _, err = run("session", "new", "-o", session, inputs[0], inputs[1])
        first = next((a for a in analyses if a["path"] == inputs[0] and a["quotes"]), None)
        if rc != 0 or first is None:
            check("a session with corrections can be made", False, err)
        else:
            quote = first["quotes"][0]
            with open(session, encoding="utf-8") as f:
                doc = json.load(f)
            doc["annotations"] = [{"type": "speaker", "article": os.path.realpath(inputs[0]),
                                   "text": quote["text"], "before": "", "after": "",
                                   "speaker": "Corrected Speakerson"}]
            with open(session, "w", encoding="utf-8") as f:
                json.dump(doc, f)
            path = os.path.join(tmp, "corrected.json")
            rc, _, err = run("export", "--format", "json", "-o", path, session)
            report = json.load(open(path, encoding="utf-8")) if rc == 0 else {}
            got = None
            for a in report.get("analyses", []):
                names = {s["id"]: s["name"] for s in a["speakers"]}
                for q in a["quotes"]:
                    if q["start"] == quote["start"] and os.path.basename(a["path"] or "") == os.path.basename(inputs[0]):
                        got = names.get(q["speaker"])
            check("export: a speaker reassigned in the session is the quote's speaker in the report",
                  got == "Corrected Speakerson", (rc, got, err))
            rc, text, err = run("compare", session)
            check("compare: the reassigned speaker is in the session's speaker registry",
                  rc == 0 and "Corrected Speakerson" in text, err)

        # usage and errors
        rc, _, err = run("export", "--format", "docx", "-o", os.path.join(tmp, "x.docx"), HOSTILE)
        check("an unknown format is a usage error (2) naming it", rc == 2 and "docx" in err, err)
        rc, _, err = run("export", "--format", "html", HOSTILE)
        check("export without -o is a usage error (2)", rc == 2, err)
        rc, _, err = run("export", "-o", os.path.join(tmp, "from-extension.md"), HOSTILE)
        check("the format follows the output name when --format is missing",
              rc == 0 and open(os.path.join(tmp, "from-extension.md"), encoding="utf-8").read().startswith("# "), err)
        bad = os.path.join(tmp, "no-such-dir", "r.html")
        rc, _, err = run("export", "--format", "html", "-o", bad, HOSTILE)
        check("an unwritable output fails (1) with one line naming the file",
              rc == 1 and "r.html" in err and len(err.strip().splitlines()) == 1, err)
        rc, _, err = run("export", "--format", "html", "--articles", "9", "-o", os.path.join(tmp, "x.html"), *inputs)
        check("an article number out of range is a usage error (2)", rc == 2, err)

        # ---- HTML as written ------------------------------------------
        with open(out["html"], encoding="utf-8") as f:
            page = f.read()
        parsed = parse_html(page)
        check("HTML: a CSP meta tag forbids every resource",
              "default-src 'none'; style-src 'unsafe-inline'" in page)
        check("HTML: no element or attribute from article text (as parsed by Python)",
              unsafe_elements(parsed) == [], unsafe_elements(parsed)[:5])
        check("HTML: no external resource references (http, https, //, url(), @import)",
              not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:|//)|url\(|@import""", page, re.I))
        check("HTML: the hostile markup is shown as text",
              "<script>alert(1)</script>" in "".join(parsed.text)
              and "<img src=x onerror=alert(1)>" in "".join(parsed.text)
              and "</div><div class=x>" in "".join(parsed.text))
        html_text = squash("".join(parsed.text))
        missing = [q for q in quotes if squash(q) not in html_text]
        check("HTML: every quote is in the report", missing == [], missing[:3])
        check("HTML: legend, articles, speakers, claims and provenance sections",
              all(f'id="{s}"' in page for s in ("legend", "articles", "speakers", "claims", "provenance")))
        shas = [a["sha256"] for a in imported]
        check("HTML: provenance lists every source and its SHA-256",
              all(s in page for s in shas) and all(os.path.basename(p) in page for p in inputs))

        # ---- HTML in Chromium -----------------------------------------
        browser = chromium_binary()
        names = ["Chromium: the DOM has no element from article text",
                 "Chromium: the hostile markup is text in the DOM",
                 "Chromium: no network request for the page",
                 "Chromium: the screenshot shows highlighted articles and the legend"]
        if browser is None:
            for n in names:
                skip(n, "chromium is not installed")
        else:
            url = "file://" + out["html"]
            netlog = os.path.join(tmp, "netlog.json")
            rc, dom, err = chromium(browser, tmp, "--dump-dom", url, netlog=netlog)
            dom_parsed = parse_html(dom)
            bad = unsafe_elements(dom_parsed)
            check(names[0], rc == 0 and len(dom_parsed.elements) > 100 and bad == [], (rc, bad[:5], err[-500:]))
            dom_text = "".join(dom_parsed.text)
            check(names[1], "<script>alert(1)</script>" in dom_text and "<iframe src=" in dom_text)

            # Chromium's own service requests are in the log too: take them
            # from a run on an empty page and allow only those hosts.
            empty = os.path.join(tmp, "empty.html")
            with open(empty, "w", encoding="utf-8") as f:
                f.write("<!DOCTYPE html><title>empty</title><p>empty</p>")
            base_log = os.path.join(tmp, "netlog-empty.json")
            chromium(browser, tmp, "--dump-dom", "file://" + empty, netlog=base_log)
            own = {host(u) for u in netlog_urls(base_log)}
            own |= {"accounts.google.com", "clients2.google.com", "update.googleapis.com",
                    "redirector.gvt1.com", "safebrowsingohttpgateway.googleapis.com"}
            urls = netlog_urls(netlog)
            page_requests = sorted(u for u in urls if host(u) not in own or "evil.example" in u
                                   or host(u).startswith("fonts."))
            check(names[2], page_requests == [], page_requests)

            shot = os.path.join(tmp, "report-html.png")
            rc, _, err = chromium(browser, tmp, "--screenshot=" + shot, "--window-size=1400,1000",
                                  "--hide-scrollbars", url)
            ok = rc == 0 and os.path.exists(shot)
            counts = colour_counts(shot, TINTS) if ok else {}
            used = [c for c, n in counts.items() if n > 150]
            check(names[3], ok and len(used) >= 3 and sum(counts.values()) > 5000, (rc, counts, err[-300:]))
            if SHOTS and ok:
                shutil.copy(shot, os.path.join(SHOTS, "report-html.png"))

        # ---- PDF ------------------------------------------------------
        if shutil.which("pdftotext") and shutil.which("pdftoppm"):
            p = subprocess.run(["pdftotext", "-enc", "UTF-8", out["pdf"], "-"], capture_output=True, timeout=120)
            pdf_text = p.stdout.decode("utf-8", "replace")
            pdf_text = re.sub(r"Parallax report — page \d+ of \d+", " ", pdf_text)
            flat = squash(pdf_text.replace("\f", " "))
            missing = [q for q in quotes if squash(q) not in flat]
            check("PDF: pdftotext finds every quote", p.returncode == 0 and missing == [], missing[:3])
            check("PDF: the legend, sections and provenance are text",
                  all(w in flat for w in ("Legend", "Articles", "Speakers", "Claims", "Coverage", "Omissions", "Provenance")) and
                  all(s in flat.replace(" ", "") for s in shas))
            prefix = os.path.join(tmp, "page")
            p = subprocess.run(["pdftoppm", "-png", "-r", "60", out["pdf"], prefix], capture_output=True, timeout=120)
            pages = sorted(f for f in os.listdir(tmp) if f.startswith("page") and f.endswith(".png"))
            check("PDF: pdftoppm renders A4 pages", p.returncode == 0 and len(pages) >= 3, p.stderr)
            if pages:
                first = os.path.join(tmp, pages[0])
                width, height, _, _ = png_pixels(first)
                counts = colour_counts(first, TINTS)
                check("PDF: page 1 is A4 and shows quote highlights",
                      abs(height / width - 841.89 / 595.276) < 0.01 and
                      len([c for c, n in counts.items() if n > 20]) >= 2, ((width, height), counts))
                if SHOTS:
                    shutil.copy(first, os.path.join(SHOTS, "report-pdf-1.png"))
        else:
            skip("PDF: read back with poppler", "poppler-utils is not installed")

        # ---- CSV ------------------------------------------------------
        with open(out["csv"], "rb") as f:
            raw = f.read()
        check("CSV: UTF-8 without BOM, CRLF line ends",
              not raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") >= len(quotes) + 1)
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
        check("CSV: the header names the columns",
              rows[:1] == [["article", "outlet", "speaker", "kind", "cue", "claim_categories", "start", "end", "text"]],
              rows[:1])
        want = expected_rows(analyses, outlets)
        check("CSV: read back by Python's csv module, one row per quote, equal to the analysis",
              rows[1:] == want, [r for r in rows[1:] if r not in want][:2] + [r for r in want if r not in rows[1:]][:2])
        check("CSV: tricky text (quotes, commas) survives",
              any('"quotes"' in r[8] and "," in r[8] for r in rows[1:]))

        # ---- JSON -----------------------------------------------------
        with open(out["json"], encoding="utf-8") as f:
            report = json.load(f)
        errors = validate(report, "parallax-report.schema.json")
        check("JSON: validates against parallax-report.schema.json", errors == [], errors[:5])
        check("JSON: the analyses are exactly what `analyze` prints",
              report.get("analyses") == analyses)
        if os.path.exists(os.path.join(SCHEMAS, "parallax-analysis.schema.json")):
            with open(os.path.join(SCHEMAS, "parallax-analysis.schema.json"), encoding="utf-8") as f:
                whole = json.load(f).get("type") == "array"
            # The schema describes the whole `analyze` output or one item of it.
            errors = (validate(report["analyses"], "parallax-analysis.schema.json") if whole else
                      [e for a in report["analyses"] for e in validate(a, "parallax-analysis.schema.json")])
            check("JSON: the analyses validate against parallax-analysis.schema.json", errors == [], errors[:5])
        else:
            skip("JSON: the analyses validate against parallax-analysis.schema.json",
                 "data/schemas/parallax-analysis.schema.json is not there yet")

        # The comparison: as `compare` prints it, and in the other formats.
        rc, text, err = run("compare", "--rules", RULES, *inputs)
        comparison = json.loads(text) if rc == 0 else None
        check("JSON: the comparison is exactly what `compare` prints",
              comparison is not None and report.get("comparison") == comparison, err)
        if os.path.exists(os.path.join(SCHEMAS, "parallax-comparison.schema.json")):
            errors = validate(report.get("comparison"), "parallax-comparison.schema.json")
            check("JSON: the comparison validates against parallax-comparison.schema.json", errors == [], errors[:5])
        check("HTML: coverage matrix and omissions sections from the comparison",
              'id="coverage"' in page and 'id="omissions"' in page and page.count('<td class="cv"') >= 3)

        # ---- Markdown -------------------------------------------------
        with open(out["md"], encoding="utf-8") as f:
            md = f.read()
        plain = re.sub(r"\\(.)", r"\1", md)
        missing = [q for q in quotes if squash(q) not in squash(plain)]
        check("Markdown: every quote is there", missing == [], missing[:3])
        speakers = {s["name"] for a in analyses for s in a["speakers"] if s["quote_count"] > 0}
        headings = set(re.findall(r"^### (.+?)(?: \(.*\))?$", plain, re.M))
        check("Markdown: one heading per quoted speaker", speakers <= headings, (speakers - headings))
        check("Markdown: no raw HTML from the articles",
              not re.search(r"(?<!\\)<(script|img|iframe|div|a )", md))

        # ---- a session, a subset of articles, no layers ---------------
        session = os.path.join(tmp, "event.parallax.json")
        rc, _, err = run("session", "new", "-o", session, *inputs)
        sub = os.path.join(tmp, "subset.html")
        rc2, _, err2 = run("export", "--format", "html", "--articles", "1,5", "--layers", "none",
                           "-o", sub, session)
        text = open(sub, encoding="utf-8").read() if rc2 == 0 else ""
        articles = re.findall(r'<article id="a\d+"', text)
        check("export from a session with --articles 1,5 and no layers",
              rc == 0 and rc2 == 0 and len(articles) == 2 and "event.parallax.json" in text
              and 'class="q q' not in text.split('id="articles"')[1].split("</section>")[0],
              (err, err2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"1..{len(results)}")
    for i, (name, ok, detail, reason) in enumerate(results, 1):
        if reason is not None:
            print(f"ok {i} - {name} # SKIP {reason}")
            continue
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok and detail != "":
            for line in repr(detail)[:2000].splitlines():
                print(f"# {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

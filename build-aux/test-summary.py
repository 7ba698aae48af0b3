#!/usr/bin/env python3
"""Count the test cases in meson's testlog.json and print the closing line
"N passed, N failed[, N skipped]". TAP tests are counted per test case;
a test that crashed after its last TAP line counts one more failure.
Exits 1 when anything failed or nothing ran."""
import json
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


def count(entry):
    passed = failed = skipped = 0
    saw_tap = False
    for line in (entry.get("stdout") or "").splitlines():
        m = TAP_LINE.match(line.strip())
        if not m:
            continue
        saw_tap = True
        rest = m.group(2)
        if re.search(r"#\s*SKIP", rest, re.I):
            skipped += 1
        elif m.group(1) == "ok" or re.search(r"#\s*TODO", rest, re.I):
            passed += 1
        else:
            failed += 1
    result = entry.get("result", "")
    if not saw_tap:
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
    elif result not in ("OK", "EXPECTEDFAIL", "SKIP") and failed == 0:
        failed += 1  # crashed, timed out or bad plan after passing cases
    return passed, failed, skipped


def main():
    path = sys.argv[1]
    totals = [0, 0, 0]
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                entry = json.loads(line)
                for i, n in enumerate(count(entry)):
                    totals[i] += n
                if entry.get("result") not in ("OK", "EXPECTEDFAIL", "SKIP"):
                    print(f"FAILED: {entry.get('name')} ({entry.get('result')})")
    except OSError as e:
        print(f"test-summary: cannot read {path}: {e}", file=sys.stderr)
        totals[1] += 1
    passed, failed, skipped = totals
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())

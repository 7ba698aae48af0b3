#!/usr/bin/env python3
# test_po.py — translations are complete and nothing translatable is left out.
#
# 1. Every file of the project with translatable strings (C with _(), N_(),
#    C_(), NC_(), g_dngettext(); GtkBuilder .ui with translatable="yes"; the
#    desktop file, metainfo, GSettings schema and MIME definition) is listed
#    in po/POTFILES.in, and every file listed there exists.
# 2. A POT made now from POTFILES.in (xgettext with meson's "glib" preset)
#    has no message that a translation in po/LINGUAS lacks, and each such
#    translation compiles with `msgfmt --check` with no fuzzy and no
#    untranslated message.
# Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.environ.get("PLX_SOURCE_ROOT", os.path.dirname(HERE))
PO_DIR = os.path.join(SOURCE_ROOT, "po")

# meson's i18n "glib" preset (mesonbuild/modules/i18n.py), which makes
# the project's POT (`meson compile parallax-pot`)
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3",
    "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format",
    "--flag=NC_:2:pass-c-format", "--flag=g_dngettext:2:pass-c-format",
    "--flag=g_strdup_printf:1:c-format", "--flag=g_string_printf:2:c-format",
    "--flag=g_string_append_printf:2:c-format", "--flag=g_error_new:3:c-format",
    "--flag=g_set_error:4:c-format", "--flag=g_markup_printf_escaped:1:c-format",
    "--flag=g_log:3:c-format", "--flag=g_print:1:c-format",
    "--flag=g_printerr:1:c-format", "--flag=g_printf:1:c-format",
    "--flag=g_fprintf:2:c-format", "--flag=g_sprintf:2:c-format",
    "--flag=g_snprintf:3:c-format",
]

# a gettext call with a string literal (possibly after a context literal)
C_MARK = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|g_dngettext|g_dcgettext|g_dpgettext2)\s*\(\s*'
                    r'(?:[A-Z_]+\s*,\s*)?"')
UI_MARK = re.compile(r'translatable\s*=\s*"(?:yes|true|1)"')
SKIP_DIRS = {".git", "po", "tests", "subprojects"}

results = []


def check(name, ok, diag=""):
    results.append((name, ok, diag))


def strip_c_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def project_files():
    for dirpath, dirnames, filenames in os.walk(SOURCE_ROOT):
        rel = os.path.relpath(dirpath, SOURCE_ROOT)
        top = rel.split(os.sep)[0]
        # build directories hold generated copies (merged .desktop, …)
        if top in SKIP_DIRS or top.startswith("build") or \
                os.path.exists(os.path.join(SOURCE_ROOT, top, "meson-private")):
            dirnames[:] = []
            continue
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for f in filenames:
            yield os.path.normpath(os.path.join(rel, f))


def has_translatable(path):
    full = os.path.join(SOURCE_ROOT, path)
    try:
        with open(full, encoding="utf-8") as f:
            text = f.read()
    except (UnicodeDecodeError, OSError):
        return False
    if path.endswith((".c", ".h")):
        return C_MARK.search(strip_c_comments(text)) is not None
    if path.endswith(".ui"):
        return UI_MARK.search(text) is not None
    if path.endswith((".desktop.in", ".metainfo.xml.in", ".gschema.xml")):
        return True
    if path.endswith(".xml") and "shared-mime-info" in text and "<comment" in text:
        return True
    return False


def read_potfiles():
    with open(os.path.join(PO_DIR, "POTFILES.in"), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.lstrip().startswith("#")]


def read_linguas():
    with open(os.path.join(PO_DIR, "LINGUAS"), encoding="utf-8") as f:
        return [w for l in f if not l.lstrip().startswith("#") for w in l.split()]


def po_entries(path):
    """(msgctxt, msgid) of each message that is not obsolete, with its flags."""
    out = subprocess.run(["msgcat", "--no-wrap", "--no-location", "--sort-output", path],
                         check=True, capture_output=True, text=True).stdout
    entries = {}
    for block in out.split("\n\n"):
        lines = [l for l in block.splitlines() if not l.startswith("#~")]
        ctxt = None
        msgid = None
        for l in lines:
            if l.startswith("msgctxt "):
                ctxt = l[len("msgctxt "):]
            elif l.startswith("msgid "):
                msgid = l[len("msgid "):]
        if msgid is not None and msgid != '""':
            entries[(ctxt, msgid)] = block
    return entries


def main():
    potfiles = read_potfiles()

    # 1. POTFILES.in lists what exists …
    missing_files = [p for p in potfiles if not os.path.isfile(os.path.join(SOURCE_ROOT, p))]
    check("every file in POTFILES.in exists", not missing_files,
          "listed but absent: " + ", ".join(missing_files))

    # … and everything with translatable strings
    listed = set(os.path.normpath(p) for p in potfiles)
    wanted = sorted(p for p in project_files() if has_translatable(p))
    unlisted = [p for p in wanted if p not in listed]
    check("POTFILES.in lists every file with translatable strings (%d found)" % len(wanted),
          not unlisted, "missing from po/POTFILES.in: " + ", ".join(unlisted))
    check("the scan finds C, .ui and data files",
          any(p.endswith(".c") for p in wanted) and any(p.endswith(".ui") for p in wanted)
          and any(p.endswith(".desktop.in") for p in wanted),
          "scan found: " + ", ".join(wanted))

    # 2. translations
    linguas = read_linguas()
    check("po/LINGUAS lists a translation", len(linguas) > 0, "LINGUAS is empty")

    for tool in ("xgettext", "msgfmt", "msgcat"):
        if shutil.which(tool) is None:
            check("%s is installed" % tool, False, "apt install gettext")
            return

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "parallax.pot")
        listfile = os.path.join(tmp, "POTFILES")
        with open(listfile, "w", encoding="utf-8") as f:
            f.write("\n".join(p for p in potfiles if p not in missing_files) + "\n")
        proc = subprocess.run(["xgettext", *XGETTEXT_ARGS, "--package-name=parallax",
                               "-D", SOURCE_ROOT, "-f", listfile, "-o", pot],
                              capture_output=True, text=True)
        check("xgettext makes a POT from POTFILES.in", proc.returncode == 0 and os.path.exists(pot),
              proc.stderr)
        if proc.returncode != 0 or not os.path.exists(pot):
            return
        pot_entries = po_entries(pot)
        check("the POT has messages (%d)" % len(pot_entries), len(pot_entries) > 50,
              "only %d messages" % len(pot_entries))

        for lang in linguas:
            po = os.path.join(PO_DIR, lang + ".po")
            if not os.path.isfile(po):
                check("%s.po exists" % lang, False, "po/LINGUAS lists %s but po/%s.po is absent" % (lang, lang))
                continue
            proc = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                                  capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
            stats = proc.stderr.strip()
            check("%s.po compiles with msgfmt --check" % lang, proc.returncode == 0, proc.stderr)
            fuzzy = re.search(r"(\d+) fuzzy", stats)
            untranslated = re.search(r"(\d+) untranslated", stats)
            translated = re.search(r"(\d+) translated", stats)
            check("%s.po has no fuzzy message" % lang, fuzzy is None, stats)
            check("%s.po has no untranslated message" % lang, untranslated is None, stats)

            po_msgs = po_entries(po)
            absent = [k for k in pot_entries if k not in po_msgs]
            check("%s.po has every message of the current POT (%d of %d; %s)"
                  % (lang, len(pot_entries) - len(absent), len(pot_entries),
                     translated.group(0) if translated else "0 translated"),
                  not absent,
                  "not in %s.po (run msgmerge):\n" % lang +
                  "\n".join(("[%s] " % c if c else "") + m for c, m in absent[:40]))


try:
    main()
except Exception as e:  # a crash is a failure, not a skip
    import traceback
    check("test ran to the end", False, traceback.format_exc())

print("1..%d" % len(results))
failed = 0
for i, (name, ok, diag) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        failed += 1
        for line in diag.splitlines():
            print("# " + line)
sys.exit(1 if failed else 0)

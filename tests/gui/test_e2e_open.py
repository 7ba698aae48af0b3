#!/usr/bin/python3
# End-to-end test of the real `parallax` window, driven through AT-SPI with
# dogtail: the welcome view, opening the sample comparison from it, a second
# launch that hands its files to the running window, and a clear message for
# a file that cannot be opened while the others still open.
#
# Needs a display, a session bus and the accessibility bus (see TESTING.md and
# build-aux/run-tests.sh); prints TAP and skips without a display.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plxgui  # noqa: E402

PLAN = 5
plxgui.begin(PLAN, 'plx-e2e-')
from plxgui import (tap, skip_all, launch, wait_for, main_frame, pane_texts,  # noqa: E402
                    quote_items, attrs_at, has_tint, results, procs, tap_out, tmp,
                    child_env, binary, app_name, tree, source_root, samples,
                    article_a, article_b)

session_path = os.path.join(tmp, 'two.parallax.json')


fixtures = os.path.join(source_root, 'tests', 'gui', 'fixtures')
good = os.path.join(fixtures, 'island-post.txt')
missing = os.path.join(tmp, 'no-such-article.txt')

try:
    proc, app = launch()

    # 1. an empty window greets with the three ways to start
    names = wait_for(lambda: (lambda b: b if {'Open Articles…', 'Open Session…',
                                               'Open Sample Comparison'} <= b else None)(
        set(n.name for n in app.findChildren(lambda n: n.roleName == 'push button'))), 20)
    tap(bool(names), 'the welcome view offers Open Articles, Open Session and the sample',
        None if names else 'buttons: %r' % names)

    # 2. the sample comparison opens from it
    app.findChild(lambda n: n.roleName == 'push button'
                  and n.name == 'Open Sample Comparison').doActionNamed('click')
    texts = wait_for(lambda: (lambda t: t if len(t[0]) >= 4 else None)(pane_texts(app)), 30)
    tap(bool(texts), 'the sample comparison opens its articles side by side',
        None if texts else 'panes: %d' % len(pane_texts(app)[0]))

    # 3. a second launch hands its files to the running window and ends
    t0 = time.time()
    second = subprocess.run([binary, good, missing], env=child_env, timeout=30,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    quick = second.returncode == 0 and time.time() - t0 < 15
    texts = wait_for(lambda: (lambda t: t if any('four-hour debate' in x for x in t[0]) else None)(
        pane_texts(app)), 30)
    n_apps = len([a for a in tree.root.applications() if a.name == app_name])
    tap(quick and bool(texts) and n_apps == 1,
        'a second launch opens its file in the running window',
        None if quick and texts else 'rc %r apps %d' % (second.returncode, n_apps))

    # 4. the file that cannot be read is named in the window's problem list
    def problem_text():
        panel = app.findChild(lambda n: n.name == 'Problems', retry=False)
        return ' '.join(n.name for n in panel.findChildren(lambda n: n.roleName == 'label'))
    problems = wait_for(lambda: problem_text() if 'no-such-article.txt' in problem_text() else None, 15)
    tap(bool(problems), 'the missing file is reported by name',
        None if problems else 'problems: %r' % problem_text())

    # 5. opening an open file again adds no pane
    before = len(pane_texts(app)[0])
    subprocess.run([binary, good], env=child_env, timeout=30,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2)
    after = len(pane_texts(app)[0])
    tap(before == after, 'opening a file that is already open adds no pane',
        None if before == after else '%d panes became %d' % (before, after))
except Exception:
    import traceback
    while len(results) < PLAN:
        tap(False, 'not reached', traceback.format_exc())
finally:
    status = plxgui.finish(PLAN)

sys.exit(status)

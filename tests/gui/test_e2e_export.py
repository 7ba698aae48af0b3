#!/usr/bin/python3
# End-to-end test of exporting and printing from the real `parallax` window,
# driven through AT-SPI with dogtail the way a person would: open two sample
# articles, press Ctrl+E, pick Markdown, press Export…, type a path in the
# file chooser and confirm, then find the report on disk with a known quote
# in it. The next Ctrl+E offers Markdown again; Ctrl+P opens the print
# dialog.
#
# Needs a display, a session bus and the accessibility bus (see TESTING.md and
# build-aux/run-tests.sh); prints TAP and skips without a display.
# PLX_SCREENSHOT_DIR, when set, receives a screenshot of the export dialog.
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

PLAN = 7
plxgui.begin(PLAN, 'plx-e2e-export-')
from plxgui import (tap, skip_all, launch, wait_for, main_frame, pane_texts,  # noqa: E402
                    quote_items, attrs_at, has_tint, results, procs, tap_out, tmp,
                    child_env, binary, app_name, tree, source_root, samples,
                    article_a, article_b)

out_dir = os.path.join(tmp, 'out')
os.makedirs(out_dir)


def toplevel(app, name):
    for n in app.children:
        try:
            if n.name == name and has_state(n, 'VISIBLE'):
                return n
        except Exception:
            pass
    return None


def toplevels(app):
    return ['%s %r %s' % (n.roleName, n.name, 'visible' if has_state(n, 'VISIBLE') else 'hidden')
            for n in app.children]


def radio(dialog, label):
    return dialog.findChild(lambda n: n.roleName == 'radio button' and n.name == label,
                            retry=False)


def has_state(node, state):
    return any(('STATE_' + state + ' ') in str(s) or str(s).endswith(state)
               for s in node.getState().getStates())


def checked(node):
    return has_state(node, 'CHECKED')


def click(node):
    # GTK 4.8 gives check and radio buttons no AT-SPI action: use the mouse
    x, y = node.position
    w, h = node.size
    subprocess.run(['xdotool', 'mousemove', str(x + min(w // 2, 8)), str(y + h // 2),
                    'click', '1'], check=False)


def key(*keys):
    subprocess.run(['xdotool', 'key', '--clearmodifiers'] + list(keys), check=False)


KNOWN = 'Science must decide the quota'

try:
    proc, app = launch(article_a, article_b)
    texts = wait_for(lambda: (lambda t: t if len(t[0]) == 2 else None)(pane_texts(app)))
    # the analyses are done when the sidebar lists the known quote
    wait_for(lambda: [q for q in quote_items(app) if KNOWN in q] or None)
    main_name = main_frame(app).name

    # 1. Ctrl+E opens the export dialog with both articles ticked
    key('ctrl+e')
    dialog = wait_for(lambda: toplevel(app, 'Export Report'), 10)
    articles = []
    if dialog is not None:
        articles = dialog.findChildren(lambda n: n.roleName == 'check box'
                                       and ('arctic-wire' in n.name or 'northern-ledger' in n.name))
    ok = dialog is not None and len(articles) == 2 and all(checked(a) for a in articles)
    tap(ok, 'Ctrl+E opens the export dialog with both articles ticked',
        None if ok else 'dialog %r articles %r' % (dialog, [a.name for a in articles]))

    # 2. pick Markdown: the highlight choices no longer apply
    md = radio(dialog, 'Markdown')
    click(md)
    ok = wait_for(lambda: checked(md), 5)
    mentions = dialog.findChild(lambda n: n.roleName == 'check box' and n.name == 'Speaker mentions',
                                retry=False)
    sensitive = has_state(mentions, 'SENSITIVE')
    ok = bool(ok) and not sensitive
    tap(ok, 'Markdown can be picked; the highlight layers are then disabled',
        None if ok else 'checked %r layers sensitive %r' % (checked(md), sensitive))
    if os.environ.get('PLX_SCREENSHOT_DIR') and shutil.which('import'):
        time.sleep(0.5)
        subprocess.run(['import', '-window', 'root',
                        os.path.join(os.environ['PLX_SCREENSHOT_DIR'], 'export-dialog.png')],
                       check=False)

    # 3. Export… opens the file chooser
    # (GTK 4.8 names a button by its accessible label and its label's text)
    export = dialog.findChild(lambda n: n.roleName == 'push button' and n.name.startswith('Export…'),
                              retry=False)
    export.doActionNamed('click')
    chooser = wait_for(lambda: toplevel(app, 'Save Report'), 10)
    time.sleep(1.0)

    # 4. keep the proposed name, put the folder in front of it, confirm:
    #    the report is written under the proposed name, the dialog closes
    #    (GTK 4.8 does not expose the entry's text over AT-SPI, so the
    #    name is checked on disk)
    key('Home')
    subprocess.run(['xdotool', 'type', '--delay', '20', out_dir + '/'], check=False)
    time.sleep(0.5)
    key('Return')
    written = wait_for(lambda: [f for f in os.listdir(out_dir) if f.endswith('.md')] or None, 20)
    ok = chooser is not None and written == ['Comparison Report.md']
    tap(ok, 'the file chooser proposes "Comparison Report.md" for an unsaved session',
        None if ok else 'chooser %r files %r toplevels %r' % (chooser, written, toplevels(app)))
    report_path = os.path.join(out_dir, written[0]) if written else ''
    content = ''
    if written:
        time.sleep(0.5)
        with open(report_path, encoding='utf-8') as f:
            content = f.read()
    closed = wait_for(lambda: toplevel(app, 'Export Report') is None, 10)
    ok = bool(written) and KNOWN in content and 'Marit Lindqvist' in content and bool(closed)
    tap(ok, 'the Markdown report is written with the known quote and both articles',
        None if ok else 'files %r closed %r head %r' % (written, closed, content[:200]))

    # 5. no error shown in the window
    problems = app.findChild(lambda n: n.name == 'Problems', retry=False)
    shown = []
    if problems is not None:
        shown = [c.name for c in problems.children if c.showing]
    ok = not shown
    tap(ok, 'no error is shown in the window', None if ok else 'errors: %r' % shown)

    # 6. the next export offers Markdown again
    key('ctrl+e')
    dialog = wait_for(lambda: toplevel(app, 'Export Report'), 10)
    md = radio(dialog, 'Markdown') if dialog is not None else None
    ok = md is not None and checked(md)
    tap(ok, 'the next export dialog remembers Markdown')
    key('Escape')
    wait_for(lambda: toplevel(app, 'Export Report') is None, 10)

    # 7. Ctrl+P opens the print dialog; Escape cancels it
    key('ctrl+p')
    printing = wait_for(lambda: toplevel(app, 'Print'), 20)
    key('Escape')
    closed = wait_for(lambda: toplevel(app, 'Print') is None, 10)
    # and again after cancelling
    key('ctrl+p')
    again = wait_for(lambda: toplevel(app, 'Print'), 20)
    ok = printing is not None and bool(closed) and again is not None
    tap(ok, 'Ctrl+P opens the print dialog, Escape closes it, Ctrl+P opens it again',
        None if ok else 'first %r closed %r again %r toplevels %r' % (printing, closed, again, toplevels(app)))
    key('Escape')

    proc.kill()
    proc.wait()
except Exception as e:
    import traceback
    while len(results) < PLAN:
        tap(False, 'not reached', traceback.format_exc() if len(results) < PLAN else e)
finally:
    status = plxgui.finish(PLAN)

sys.exit(status)

#!/usr/bin/python3
# End-to-end test of the real `parallax` window, driven through AT-SPI with
# dogtail the way a person would use it: open two sample articles from the
# command line, read the panes, find a known quote highlighted and
# attributed, change the view, save the session through the Save dialog,
# quit, reopen the session and find the same state.
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

PLAN = 9
plxgui.begin(PLAN, 'plx-e2e-')
from plxgui import (tap, skip_all, launch, wait_for, main_frame, pane_texts,  # noqa: E402
                    quote_items, attrs_at, has_tint, results, procs, tap_out, tmp,
                    child_env, binary, app_name, tree, source_root, samples,
                    article_a, article_b)

session_path = os.path.join(tmp, 'two.parallax.json')


KNOWN = 'Science must decide the quota'
SPEAKER = 'Halvorsen'

try:
    proc, app = launch(article_a, article_b)

    # 1. two panes with the articles' text, in the order given
    texts = wait_for(lambda: (lambda t: t if len(t[0]) == 2 else None)(pane_texts(app)))
    ok = bool(texts) and 'Arctic Wire' in texts[0][0] and 'Marit Lindqvist' in texts[0][1]
    tap(ok, 'two panes show the two articles in command-line order',
        None if ok else 'texts: %r' % ([t[:80] for t in texts[0]] if texts else None))

    # 2. the known quote is attributed to its speaker (sidebar list)
    items = wait_for(lambda: [q for q in quote_items(app) if KNOWN in q] or None)
    ok = bool(items) and SPEAKER in items[0].split(':')[0]
    tap(ok, 'the quote “%s” is listed as a quote by %s' % (KNOWN, SPEAKER),
        None if ok else 'quotes: %r' % quote_items(app))

    # 3. and highlighted in its pane
    _, nodes = pane_texts(app)
    text_a = nodes[0].queryText().getText(0, -1)
    off = text_a.find(KNOWN)
    ok = off >= 0 and has_tint(nodes[0], off + 3) and not has_tint(nodes[0], 1)
    tap(ok, 'the quote is tinted in the pane, the headline is not',
        None if ok else 'attrs at quote: %r' % (attrs_at(nodes[0], off + 3) if off >= 0 else None))

    # 4. change the view: move the first pane right, hide the speaker
    move = app.findChild(lambda n: n.roleName == 'push button' and n.name == 'Move Right')
    move.doActionNamed('click')
    texts = wait_for(lambda: (lambda t: t if 'Marit Lindqvist' in t[0][0] else None)(pane_texts(app)), 10)
    toggle = wait_for(lambda: app.findChild(
        lambda n: n.roleName in ('push button', 'toggle button')
        and n.name.startswith('Highlight ') and SPEAKER in n.name, retry=False), 10)
    toggle.doActionNamed('click')
    _, nodes = pane_texts(app)
    text_a = nodes[1].queryText().getText(0, -1)
    off = text_a.find(KNOWN)
    tinted_after_hide = wait_for(lambda: not has_tint(nodes[1], off + 3), 5)
    title = main_frame(app).name
    ok = bool(texts) and tinted_after_hide and title.startswith('•')
    tap(ok, 'panes reorder, a speaker can be hidden, the title shows unsaved changes',
        None if ok else 'title %r hidden %r' % (title, tinted_after_hide))

    # 5. save through the Save As dialog
    subprocess.run(['xdotool', 'key', '--clearmodifiers', 'ctrl+shift+s'], check=False)
    main_name = main_frame(app).name
    dialog = wait_for(lambda: [n for n in app.children if n.name != main_name] or None, 10)
    time.sleep(1.0)
    subprocess.run(['xdotool', 'key', '--clearmodifiers', 'ctrl+a'], check=False)
    subprocess.run(['xdotool', 'type', '--delay', '20', session_path], check=False)
    time.sleep(0.5)
    subprocess.run(['xdotool', 'key', 'Return'], check=False)
    saved = wait_for(lambda: os.path.exists(session_path)
                     and not main_frame(app).name.startswith('•'), 15)
    title = main_frame(app).name
    ok = bool(dialog) and bool(saved) and title == 'two — Parallax'
    tap(ok, 'Save As writes the session and the title shows its name',
        None if ok else 'dialog %r exists %r title %r' % (bool(dialog), os.path.exists(session_path), title))

    # 6. quit: nothing unsaved, so no question, the process ends
    subprocess.run(['xdotool', 'key', '--clearmodifiers', 'ctrl+q'], check=False)
    try:
        proc.wait(15)
        ok = True
    except subprocess.TimeoutExpired:
        ok = False
    tap(ok, 'Ctrl+Q quits without asking after a save')
    if not ok:
        proc.kill()

    # 7-9. reopen the session: same order, same hidden speaker, same quote
    proc, app = launch(session_path)
    texts = wait_for(lambda: (lambda t: t if len(t[0]) == 2 else None)(pane_texts(app)))
    title = main_frame(app).name
    ok = bool(texts) and 'Marit Lindqvist' in texts[0][0] and 'Arctic Wire' in texts[0][1] \
        and title == 'two — Parallax'
    tap(ok, 'the reopened session has the panes in the saved order and its name',
        None if ok else 'title %r texts %r' % (title, [t[:60] for t in texts[0]] if texts else None))

    items = wait_for(lambda: [q for q in quote_items(app) if KNOWN in q] or None)
    toggle = wait_for(lambda: app.findChild(
        lambda n: n.roleName in ('push button', 'toggle button')
        and n.name.startswith('Highlight ') and SPEAKER in n.name, retry=False), 10)
    _, nodes = pane_texts(app)
    off = nodes[1].queryText().getText(0, -1).find(KNOWN)
    pressed = None
    if toggle is not None:
        pressed = any(str(s).endswith('PRESSED') or str(s).endswith('CHECKED')
                      for s in toggle.getState().getStates())
    ok = toggle is not None and pressed is False and off >= 0 and not has_tint(nodes[1], off + 3)
    tap(ok, 'the hidden speaker stays hidden after reopening',
        None if ok else 'pressed %r' % pressed)

    # the focused article's quotes are listed: focus the second pane
    ok = bool(items) or bool(wait_for(lambda: quote_items(app), 10))
    tap(ok, 'the reopened session lists quotes in the sidebar',
        None if ok else 'no quote list items')

    subprocess.run(['xdotool', 'key', '--clearmodifiers', 'ctrl+q'], check=False)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
except Exception as e:
    import traceback
    while len(results) < PLAN:
        tap(False, 'not reached', traceback.format_exc() if len(results) < PLAN else e)
finally:
    status = plxgui.finish(PLAN)

sys.exit(status)

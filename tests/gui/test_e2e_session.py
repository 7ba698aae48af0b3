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

PLAN = 9
results = []

# TAP goes to the real stdout; everything else (dogtail prints chatter on
# stdout) goes to stderr.
tap_out = os.fdopen(os.dup(1), 'w')
os.dup2(2, 1)


def tap(ok, name, diag=None):
    results.append(ok)
    print(('ok' if ok else 'not ok') + ' %d - %s' % (len(results), name), file=tap_out)
    if diag:
        for line in str(diag).splitlines():
            print('# ' + line, file=tap_out)
    tap_out.flush()


def skip_all(reason):
    print('1..0 # SKIP ' + reason, file=tap_out)
    tap_out.flush()
    sys.exit(0)


if not os.environ.get('DISPLAY'):
    skip_all('no display')
binary = os.environ.get('PLX_GUI_BINARY')
if not binary or not os.path.exists(binary):
    skip_all('PLX_GUI_BINARY not set')
if not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
    skip_all('no session bus')
if shutil.which('xdotool') is None:
    skip_all('xdotool missing')

source_root = os.environ.get('PLX_SOURCE_ROOT',
                             os.path.join(os.path.dirname(__file__), '..', '..'))
samples = os.path.join(source_root, 'data', 'samples')
article_a = os.path.join(samples, 'arctic-wire.txt')
article_b = os.path.join(samples, 'northern-ledger.txt')
if not (os.path.exists(article_a) and os.path.exists(article_b)):
    skip_all('sample articles missing')

tmp = tempfile.mkdtemp(prefix='plx-e2e-')
child_env = dict(os.environ)
child_env.update({
    'GDK_BACKEND': 'x11',
    'GSETTINGS_BACKEND': 'memory',
    'XDG_CACHE_HOME': os.path.join(tmp, 'cache'),
    'XDG_DATA_HOME': os.path.join(tmp, 'data'),
    'XDG_CONFIG_HOME': os.path.join(tmp, 'config'),
    'NO_AT_BRIDGE': '0',
    'GTK_A11Y': 'atspi',
})
child_env.pop('G_DEBUG', None)

# dogtail refuses to start unless it believes accessibility is on; GTK 4
# always talks AT-SPI, so tell dogtail so (this process only).
os.environ['GTK_MODULES'] = 'gail:atk-bridge'
try:
    from dogtail import tree, config
    config.config.searchCutoffCount = 20
    config.config.searchBackoffDuration = 0.3
    config.config.actionDelay = 0.3
    config.config.logDebugToFile = False
    config.config.logDebugToStdOut = False
except Exception as e:  # pragma: no cover
    skip_all('dogtail unavailable: %s' % e)

print('1..%d' % PLAN, file=tap_out)
tap_out.flush()

session_path = os.path.join(tmp, 'two.parallax.json')
app_name = os.path.basename(binary)
procs = []


def launch(*args):
    log = open(os.path.join(tmp, 'app-%d.log' % len(procs)), 'w')
    p = subprocess.Popen([binary] + list(args), env=child_env,
                         stdout=log, stderr=subprocess.STDOUT)
    procs.append(p)
    deadline = time.time() + 30
    while time.time() < deadline:
        for a in tree.root.applications():
            try:
                if a.name == app_name and a.get_process_id() == p.pid:
                    return p, a
            except Exception:
                pass
        time.sleep(0.3)
    raise RuntimeError('the application did not appear on the accessibility bus')


def wait_for(predicate, timeout=60, step=0.3):
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        try:
            last = predicate()
            if last:
                return last
        except Exception:
            pass
        time.sleep(step)
    return last


def main_frame(app):
    return app.findChild(lambda n: n.roleName == 'frame' and n.name.endswith('Parallax'),
                         retry=False)


def pane_texts(app):
    nodes = app.findChildren(lambda n: n.roleName == 'text' and n.name.startswith('Text of '))
    return [n.queryText().getText(0, -1) for n in nodes], nodes


def quote_items(app):
    return [n.name for n in app.findChildren(lambda n: n.roleName == 'list item'
                                             and n.name.startswith('Quote by '))]


def attrs_at(node, offset):
    attrs, start, end = node.queryText().getAttributeRun(offset, False)
    return attrs


def has_tint(node, offset):
    return any(a.startswith('bg-color:') for a in attrs_at(node, offset))


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
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()
    for i in range(len(procs)):
        log = os.path.join(tmp, 'app-%d.log' % i)
        if os.path.exists(log):
            with open(log) as f:
                content = f.read().strip()
            if content:
                print('# app log %d:' % i, file=tap_out)
                for line in content.splitlines()[-20:]:
                    print('#   ' + line, file=tap_out)
    shutil.rmtree(tmp, ignore_errors=True)

tap_out.flush()
sys.exit(0 if all(results) and len(results) == PLAN else 1)

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

PLAN = 5
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
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()
    shutil.rmtree(tmp, ignore_errors=True)

tap_out.flush()
sys.exit(0 if all(results) and len(results) == PLAN else 1)

# plxgui.py — what the end-to-end tests of the `parallax` window share:
# TAP output, the checks that decide whether they can run, the environment
# of the application under test, dogtail set-up and accessible-tree helpers.
#
# Usage in a test:
#     sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
#     import plxgui
#     plxgui.begin(PLAN, 'plx-e2e-')
#     from plxgui import tap, launch, wait_for, ...   # after begin()
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import subprocess
import sys
import tempfile
import time

results = []
procs = []
tap_out = None
binary = None
app_name = None
tmp = None
child_env = None
tree = None
source_root = os.environ.get('PLX_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
samples = os.path.join(source_root, 'data', 'samples')
article_a = os.path.join(samples, 'arctic-wire.txt')
article_b = os.path.join(samples, 'northern-ledger.txt')


def _init_tap():
    # TAP goes to the real stdout; everything else (dogtail prints chatter on
    # stdout) goes to stderr.
    global tap_out
    if tap_out is None:
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
    _init_tap()
    print('1..0 # SKIP ' + reason, file=tap_out)
    tap_out.flush()
    sys.exit(0)


def begin(plan, prefix='plx-e2e-', need_samples=True):
    """Check that the test can run (skipping cleanly when it cannot), make a
    private temporary home for the application and print the TAP plan."""
    global binary, app_name, tmp, child_env, tree
    _init_tap()
    if not os.environ.get('DISPLAY'):
        skip_all('no display')
    binary = os.environ.get('PLX_GUI_BINARY')
    if not binary or not os.path.exists(binary):
        skip_all('PLX_GUI_BINARY not set')
    if not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
        skip_all('no session bus')
    if shutil.which('xdotool') is None:
        skip_all('xdotool missing')
    if need_samples and not (os.path.exists(article_a) and os.path.exists(article_b)):
        skip_all('sample articles missing')

    app_name = os.path.basename(binary)
    tmp = tempfile.mkdtemp(prefix=prefix)
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
        from dogtail import tree as dogtail_tree, config
        config.config.searchCutoffCount = 20
        config.config.searchBackoffDuration = 0.3
        config.config.actionDelay = 0.3
        config.config.logDebugToFile = False
        config.config.logDebugToStdOut = False
    except Exception as e:  # pragma: no cover
        skip_all('dogtail unavailable: %s' % e)
    tree = dogtail_tree

    print('1..%d' % plan, file=tap_out)
    tap_out.flush()


def launch(*args, env=None):
    """Start the application with @args and wait for it on the accessibility
    bus; returns (process, accessible application)."""
    log = open(os.path.join(tmp, 'app-%d.log' % len(procs)), 'w')
    p = subprocess.Popen([binary] + list(args), env=env or child_env,
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


def finish(plan):
    """Stop what the test started, show the tail of each application log as
    TAP comments, remove the temporary home and return the exit status."""
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
    return 0 if all(results) and len(results) == plan else 1

#!/usr/bin/python3
# End-to-end test of the coverage view, driven through AT-SPI with dogtail
# the way a person would use it: open the sample comparison, show the
# coverage view with Ctrl+Shift+C, find a statement that one outlet carries
# verbatim and another leaves out, click a cell and find every pane that
# carries the statement moved there (the caret of a revealed pane stands at
# the statement), press Alt+Down and find the next statement selected.
#
# Needs a display, a session bus and the accessibility bus (see TESTING.md and
# build-aux/run-tests.sh); prints TAP and skips without a display.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plxgui  # noqa: E402

PLAN = 6
plxgui.begin(PLAN, 'plx-e2e-coverage-', need_samples=False)
from plxgui import (tap, skip_all, launch, wait_for, results, procs, tap_out, tmp,  # noqa: E402
                    child_env, binary, app_name, tree)

CELL = re.compile(r'^(Carried verbatim|Reworded|Reported) by (.+)$|^Absent from (.+)$')


def key(*keys):
    subprocess.run(['xdotool', 'key', '--clearmodifiers'] + list(keys), check=False)


def panes(app):
    """{outlet label: text node} of the panes."""
    nodes = app.findChildren(lambda n: n.roleName == 'text' and n.name.startswith('Text of '))
    return {n.name[len('Text of '):]: n for n in nodes}


def matrix_rows(app):
    """[(row header node, [(state, outlet, cell node)…])…] in the matrix order."""
    grid = app.findChild(lambda n: n.name == 'Coverage Matrix', retry=False)
    rows = []
    for child in grid.children:
        m = CELL.match(child.name or '')
        if m is None:
            if child.roleName in ('push button', 'button') and child.name:
                rows.append((child, []))
            continue
        if not rows:
            continue
        if m.group(3) is not None:
            rows[-1][1].append(('absent', m.group(3), child))
        else:
            state = {'Carried verbatim': 'verbatim'}.get(m.group(1), m.group(1).lower())
            rows[-1][1].append((state, m.group(2), child))
    return [r for r in rows if r[1]]


def selected_heading(app):
    """The heading of the wording panel: the selected statement, in full."""
    box = app.findChild(lambda n: n.name == 'Wording of the Selected Statement', retry=False)
    for child in box.children:
        if child.roleName == 'label' and child.name:
            return child.name
    return None


def same_statement(row_title, heading):
    """A row shows the start of the statement the heading shows in full."""
    if not heading:
        return False
    return heading.startswith(row_title.rstrip('”').rstrip('…'))


def words(text):
    return [w for w in re.findall(r'\w+', text.lower()) if len(w) > 2]


def caret_near(node, wanted):
    """Whether the pane's caret stands at text holding @wanted's words."""
    t = node.queryText()
    caret = t.caretOffset
    around = ' '.join(words(t.getText(max(0, caret - 5), caret + 300)))
    hits = [w for w in wanted if w in around]
    return caret > 0 and len(hits) >= max(1, len(wanted) // 2), caret


try:
    proc, app = launch('--sample')

    # 1. four panes, analysed
    ps = wait_for(lambda: (lambda p: p if len(p) == 4 else None)(panes(app)), 60)
    tap(bool(ps) and len(ps) == 4, 'the sample comparison opens four panes',
        None if ps else 'panes: %r' % (list(panes(app).keys())))

    # 2. Ctrl+Shift+C shows the coverage matrix with statements
    time.sleep(2)
    subprocess.run(['xdotool', 'search', '--sync', '--onlyvisible', '--name', 'Parallax',
                    'windowactivate'], check=False, timeout=20)
    key('ctrl+shift+c')
    rows = wait_for(lambda: matrix_rows(app) or None, 60)
    ok = bool(rows) and all(len(cells) == 4 for _, cells in rows)
    tap(ok, 'Ctrl+Shift+C shows the matrix: statements × four outlets',
        None if ok else 'rows: %r' % ([(h.name, [c[:2] for c in cells]) for h, cells in rows or []]))

    # 3. a statement carried verbatim by one outlet, absent from another,
    #    and reworded or reported by a third
    target = None
    for header, cells in rows or []:
        states = [c[0] for c in cells]
        if 'verbatim' in states and 'absent' in states and \
                ('reworded' in states or 'reported' in states):
            target = (header, cells)
            break
    tap(target is not None, 'a row says verbatim, absent and reworded/reported in words',
        None if target else 'rows: %r' % ([(h.name, [c[0] for c in cells]) for h, cells in rows or []]))

    # 4. clicking its verbatim cell moves every carrying pane to it
    header, cells = target
    title = header.name
    quoted = title.split('“', 1)[-1].rstrip('”…')
    wanted = words(quoted)[:6]
    before = {name: node.queryText().caretOffset for name, node in panes(app).items()}
    verbatim_cell = [c for c in cells if c[0] == 'verbatim'][0]
    verbatim_cell[2].doActionNamed('click')
    time.sleep(1.5)
    ps = panes(app)
    report = []
    ok = True
    for state, outlet, _ in cells:
        node = ps.get(outlet)
        if node is None:
            ok = False
            report.append('no pane for %s' % outlet)
            continue
        if state == 'absent':
            continue
        near, caret = caret_near(node, wanted) if state == 'verbatim' else \
            (node.queryText().caretOffset != before.get(outlet), node.queryText().caretOffset)
        report.append('%s (%s): caret %d, was %d' % (outlet, state, caret, before.get(outlet, -1)))
        ok = ok and near
    tap(ok, 'clicking a cell scrolls every pane that carries the statement to it',
        '\n'.join(report + ['statement: %s' % title]))

    # 5. the row is selected
    ok = wait_for(lambda: same_statement(title, selected_heading(app)), 5)
    tap(bool(ok), 'the clicked statement is selected and its wording shown',
        None if ok else 'heading %r, row %r' % (selected_heading(app), title))

    # 6. Alt+Down: the next statement
    order = [h.name for h, _ in matrix_rows(app)]
    key('alt+Down')
    time.sleep(1.0)
    idx = order.index(title) if title in order else -1
    following = order[idx + 1] if 0 <= idx < len(order) - 1 else None
    selected = wait_for(lambda: (lambda h: h if following and same_statement(following, h) else None)(selected_heading(app)), 10)
    ok = bool(selected)
    tap(ok, 'Alt+Down selects the next statement',
        None if ok else 'heading %r, expected %r' % (selected_heading(app), following))

    if os.environ.get('PLX_SCREENSHOT_DIR'):
        subprocess.run(['import', '-window', 'root',
                        os.path.join(os.environ['PLX_SCREENSHOT_DIR'], 'coverage-e2e.png')], check=False)

    key('ctrl+q')
    time.sleep(1)
    # quitting may ask to save: the sample is unsaved
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
except Exception:
    import traceback
    while len(results) < PLAN:
        tap(False, 'not reached', traceback.format_exc())
finally:
    status = plxgui.finish(PLAN)

sys.exit(status)

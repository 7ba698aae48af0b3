/* plx-window-coverage.h — the window's comparison: coverage view, cluster
 * navigation, synchronized scrolling, connector bands, manual edits
 *
 * App-internal (plx-window*.c only).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "plx-window.h"
#include "plx-compare.h"
#include "plx-coverage-view.h"

G_BEGIN_DECLS

/* plx-window-coverage.c */
void             _plx_window_coverage_init       (PlxWindow     *self,
                                                  GtkPaned      *paned,
                                                  GtkWidget     *panes_scroller);
void             _plx_window_coverage_dispose    (PlxWindow     *self);
/* The manual edits stored in the session section "comparison"; a new
 * object the compare thread may own. */
PlxCompareEdits *_plx_window_coverage_dup_edits  (PlxWindow     *self);
/* A comparison finished (or NULL: fewer than two analysed articles);
 * @panes: the PlxArticlePane* compared, in the comparison's order. */
void             _plx_window_coverage_update     (PlxWindow     *self,
                                                  PlxComparison *comparison,
                                                  GPtrArray     *panes);

/* plx-window.c: compares again (after an edit), in an idle. */
void             _plx_window_queue_compare       (PlxWindow     *self);

/* For tests: the coverage view, the comparison shown, the selected cluster. */
PlxCoverageView *_plx_window_get_coverage_view   (PlxWindow     *self);
PlxComparison   *_plx_window_get_comparison      (PlxWindow     *self);
int              _plx_window_get_current_cluster (PlxWindow     *self);
/* Selects cluster @cluster and scrolls every pane that carries it there. */
void             _plx_window_show_cluster        (PlxWindow     *self,
                                                  int            cluster);

G_END_DECLS

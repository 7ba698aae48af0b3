/* plx-coverage-view.h — the coverage of statements across outlets
 *
 * A side panel beside the panes: the matrix of statements (clusters, rows)
 * × articles (columns) with what each article did with the statement
 * (carried verbatim, reworded, reported, absent), filtered by speaker and
 * claim category and sorted; the wording diff of the selected statement;
 * each outlet's share of voice per speaker; what each article leaves out.
 * The view only displays a PlxComparison; it asks for manual merges and
 * splits through signals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "plx-compare.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_COVERAGE_SORT_COVERAGE,   /* most widely carried first (engine order) */
  PLX_COVERAGE_SORT_POSITION,   /* first appearance: article, then offset */
  PLX_COVERAGE_SORT_SPEAKER,    /* speaker name, then coverage */
  PLX_COVERAGE_SORT_CATEGORY,   /* claim category, then coverage */
} PlxCoverageSort;

#define PLX_TYPE_COVERAGE_VIEW (plx_coverage_view_get_type ())
G_DECLARE_FINAL_TYPE (PlxCoverageView, plx_coverage_view, PLX, COVERAGE_VIEW, GtkWidget)

GtkWidget     *plx_coverage_view_new                 (void);

/* Shows @comparison (may be NULL: nothing to compare yet); @labels holds one
 * char* per compared article (its outlet), in the comparison's order. The
 * selection is kept when the same cluster id still exists. */
void           plx_coverage_view_set_comparison      (PlxCoverageView *self,
                                                      PlxComparison   *comparison,
                                                      GPtrArray       *labels);
PlxComparison *plx_coverage_view_get_comparison      (PlxCoverageView *self);

/* Registry speaker index or -1 for all; claim rule id or NULL for all. */
void           plx_coverage_view_set_speaker_filter  (PlxCoverageView *self,
                                                      int              speaker);
void           plx_coverage_view_set_category_filter (PlxCoverageView *self,
                                                      const char      *category);
void           plx_coverage_view_set_sort            (PlxCoverageView *self,
                                                      PlxCoverageSort  sort);

/* The rows as shown (after filter and sort). */
guint          plx_coverage_view_get_n_rows          (PlxCoverageView *self);
guint          plx_coverage_view_get_row_cluster     (PlxCoverageView *self,
                                                      guint            row);
/* The button of cell (@row, @article); NULL when out of range. */
GtkWidget     *plx_coverage_view_get_cell            (PlxCoverageView *self,
                                                      guint            row,
                                                      guint            article);

/* Selects cluster @cluster (-1: none), shows its wording diff and scrolls
 * the matrix to its row. Does not emit "cluster-selected". */
void           plx_coverage_view_select_cluster      (PlxCoverageView *self,
                                                      int              cluster);
int            plx_coverage_view_get_selected_cluster (PlxCoverageView *self);
/* The row of @cluster as shown, or -1 when filtered out. */
int            plx_coverage_view_get_cluster_row     (PlxCoverageView *self,
                                                      guint            cluster);

/* A translated word for @state: "Verbatim", "Reworded", "Reported", "Absent". */
const char    *plx_coverage_state_label              (PlxCellState     state);

G_END_DECLS

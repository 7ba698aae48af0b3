/* test-coverage.c — the coverage view and the window's comparison features
 * (needs a display)
 *
 * Built from the sample comparison (data/samples: four articles about one
 * event that carry the same statements verbatim, shortened, translated and
 * reported).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-coverage"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "parallax.h"
#include "plx-application.h"
#include "plx-article-pane.h"
#include "plx-compare.h"
#include "plx-coverage-view.h"
#include "plx-import.h"
#include "plx-window.h"
#include "plx-window-coverage.h"

static const char *sample_names[] = {
  "northern-ledger.txt", "arctic-wire.txt", "severny-vestnik.txt", "fjord-post.html",
};

typedef struct
{
  GPtrArray     *articles;   /* PlxArticle* */
  GPtrArray     *analyses;   /* PlxAnalysis* */
  GPtrArray     *labels;     /* char* */
  PlxComparison *comparison;
} Samples;

static void
samples_free (Samples *s)
{
  g_ptr_array_unref (s->articles);
  g_ptr_array_unref (s->analyses);
  g_ptr_array_unref (s->labels);
  g_clear_pointer (&s->comparison, plx_comparison_unref);
  g_free (s);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Samples, samples_free)

static Samples *
load_samples (void)
{
  Samples *s = g_new0 (Samples, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxRulebook) rulebook = plx_rulebook_load_default (&error);

  g_assert_no_error (error);
  s->articles = g_ptr_array_new_with_free_func (g_object_unref);
  s->analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_analysis_unref);
  s->labels = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (sample_names); i++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("PARALLAX_DATADIR"), "samples", sample_names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      PlxArticle *article = plx_import_file (file, NULL, NULL, &error);
      PlxAnalysis *analysis;

      g_assert_no_error (error);
      analysis = plx_analyze (plx_article_get_text (article), plx_article_get_language (article),
                              rulebook, NULL, &error);
      g_assert_no_error (error);
      g_ptr_array_add (s->articles, article);
      g_ptr_array_add (s->analyses, analysis);
      g_ptr_array_add (s->labels, (gpointer) sample_names[i]);
    }
  s->comparison = plx_compare ((PlxArticle **) s->articles->pdata, (PlxAnalysis **) s->analyses->pdata,
                               s->articles->len, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (s->comparison);
  return s;
}

/* The visible word of a cell: its label child. */
static const char *
cell_word (GtkWidget *cell)
{
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (cell));
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      return gtk_label_get_text (GTK_LABEL (child));
  return NULL;
}

/* ---- the view alone -------------------------------------------------- */

static void
test_view_matrix (void)
{
  g_autoptr(Samples) s = load_samples ();
  GtkWidget *view = g_object_ref_sink (plx_coverage_view_new ());
  PlxCoverageView *cv = PLX_COVERAGE_VIEW (view);
  guint n_clusters = plx_comparison_get_n_clusters (s->comparison);
  guint n_articles = plx_comparison_get_n_articles (s->comparison);
  gboolean seen[4] = { FALSE, FALSE, FALSE, FALSE };
  gboolean mixed_row = FALSE;

  g_assert_cmpuint (n_articles, ==, 4);
  g_assert_cmpuint (n_clusters, >=, 3);
  g_assert_cmpuint (plx_coverage_view_get_n_rows (cv), ==, 0);

  {
    gint64 t0 = g_get_monotonic_time ();

    plx_coverage_view_set_comparison (cv, s->comparison, s->labels);
    g_test_message ("set_comparison: %u clusters × %u articles in %.1f ms", n_clusters, n_articles,
                    (g_get_monotonic_time () - t0) / 1000.0);
    t0 = g_get_monotonic_time ();
    plx_coverage_view_set_comparison (cv, s->comparison, s->labels);
    g_test_message ("again: %.1f ms", (g_get_monotonic_time () - t0) / 1000.0);
  }
  g_assert_true (plx_coverage_view_get_comparison (cv) == s->comparison);
  g_assert_cmpuint (plx_coverage_view_get_n_rows (cv), ==, n_clusters);
  g_assert_null (plx_coverage_view_get_cell (cv, n_clusters, 0));
  g_assert_null (plx_coverage_view_get_cell (cv, 0, n_articles));

  for (guint row = 0; row < n_clusters; row++)
    {
      guint c = plx_coverage_view_get_row_cluster (cv, row);
      gboolean row_seen[4] = { FALSE, FALSE, FALSE, FALSE };

      /* the default order is the engine's */
      g_assert_cmpuint (c, ==, row);
      for (guint a = 0; a < n_articles; a++)
        {
          GtkWidget *cell = plx_coverage_view_get_cell (cv, row, a);
          PlxCellState state = plx_comparison_get_cell (s->comparison, c, a);

          g_assert_nonnull (cell);
          g_assert_true (gtk_widget_has_css_class (cell, plx_cell_state_to_string (state)));
          g_assert_cmpstr (cell_word (cell), ==, plx_coverage_state_label (state));
          g_assert_true ((plx_comparison_get_rendering (s->comparison, c, a) != NULL) ==
                         (state != PLX_CELL_ABSENT));
          seen[state] = TRUE;
          row_seen[state] = TRUE;
        }
      if (row_seen[PLX_CELL_VERBATIM] && row_seen[PLX_CELL_ABSENT])
        mixed_row = TRUE;
    }
  /* the samples carry statements verbatim, reworded (translated,
   * shortened), reported, and leave some out */
  g_assert_true (seen[PLX_CELL_VERBATIM]);
  g_assert_true (seen[PLX_CELL_REWORDED]);
  g_assert_true (seen[PLX_CELL_REPORTED]);
  g_assert_true (seen[PLX_CELL_ABSENT]);
  g_assert_true (mixed_row);

  /* selection survives nothing more than itself; out of range is none */
  {
    gint64 t0 = g_get_monotonic_time ();

    plx_coverage_view_select_cluster (cv, 1);
    g_test_message ("select_cluster (wording diff of %u articles): %.1f ms", n_articles,
                    (g_get_monotonic_time () - t0) / 1000.0);
  }
  g_assert_cmpint (plx_coverage_view_get_selected_cluster (cv), ==, 1);
  plx_coverage_view_select_cluster (cv, n_clusters + 5);
  g_assert_cmpint (plx_coverage_view_get_selected_cluster (cv), ==, -1);

  plx_coverage_view_set_comparison (cv, NULL, NULL);
  g_assert_cmpuint (plx_coverage_view_get_n_rows (cv), ==, 0);
  g_assert_null (plx_coverage_view_get_cell (cv, 0, 0));

  gtk_widget_unrealize (view);
  g_object_unref (view);
}

static void
test_view_filter_sort (void)
{
  g_autoptr(Samples) s = load_samples ();
  GtkWidget *view = g_object_ref_sink (plx_coverage_view_new ());
  PlxCoverageView *cv = PLX_COVERAGE_VIEW (view);
  guint n_clusters = plx_comparison_get_n_clusters (s->comparison);
  int speaker = -1;
  const char *category = NULL;
  guint expected = 0;

  plx_coverage_view_set_comparison (cv, s->comparison, s->labels);

  /* a speaker with statements, and a category */
  for (guint c = 0; c < n_clusters; c++)
    {
      const PlxCluster *cluster = plx_comparison_get_cluster (s->comparison, c);

      if (speaker < 0 && cluster->speaker >= 0)
        speaker = cluster->speaker;
      if (category == NULL && cluster->category != NULL)
        category = cluster->category;
    }
  g_assert_cmpint (speaker, >=, 0);
  g_assert_nonnull (category);

  for (guint c = 0; c < n_clusters; c++)
    if (plx_comparison_get_cluster (s->comparison, c)->speaker == speaker)
      expected++;
  plx_coverage_view_set_speaker_filter (cv, speaker);
  g_assert_cmpuint (plx_coverage_view_get_n_rows (cv), ==, expected);
  g_assert_cmpuint (expected, <, n_clusters);
  for (guint row = 0; row < plx_coverage_view_get_n_rows (cv); row++)
    g_assert_cmpint (plx_comparison_get_cluster (s->comparison,
                                                 plx_coverage_view_get_row_cluster (cv, row))->speaker, ==, speaker);
  plx_coverage_view_set_speaker_filter (cv, -1);
  g_assert_cmpuint (plx_coverage_view_get_n_rows (cv), ==, n_clusters);

  expected = 0;
  for (guint c = 0; c < n_clusters; c++)
    if (g_strcmp0 (plx_comparison_get_cluster (s->comparison, c)->category, category) == 0)
      expected++;
  plx_coverage_view_set_category_filter (cv, category);
  g_assert_cmpuint (plx_coverage_view_get_n_rows (cv), ==, expected);
  for (guint row = 0; row < plx_coverage_view_get_n_rows (cv); row++)
    g_assert_cmpstr (plx_comparison_get_cluster (s->comparison,
                                                 plx_coverage_view_get_row_cluster (cv, row))->category, ==, category);
  plx_coverage_view_set_category_filter (cv, NULL);
  g_assert_cmpuint (plx_coverage_view_get_n_rows (cv), ==, n_clusters);

  /* by speaker: names in order, statements without a speaker last */
  plx_coverage_view_set_sort (cv, PLX_COVERAGE_SORT_SPEAKER);
  g_assert_cmpuint (plx_coverage_view_get_n_rows (cv), ==, n_clusters);
  for (guint row = 1; row < n_clusters; row++)
    {
      const PlxCluster *x = plx_comparison_get_cluster (s->comparison, plx_coverage_view_get_row_cluster (cv, row - 1));
      const PlxCluster *y = plx_comparison_get_cluster (s->comparison, plx_coverage_view_get_row_cluster (cv, row));

      if (y->speaker < 0)
        continue;
      g_assert_cmpint (x->speaker, >=, 0);
      g_assert_cmpint (g_utf8_collate (plx_comparison_get_speaker (s->comparison, x->speaker)->name,
                                       plx_comparison_get_speaker (s->comparison, y->speaker)->name), <=, 0);
    }

  /* by first appearance: article, then offset */
  plx_coverage_view_set_sort (cv, PLX_COVERAGE_SORT_POSITION);
  for (guint row = 1; row < n_clusters; row++)
    {
      const PlxCluster *x = plx_comparison_get_cluster (s->comparison, plx_coverage_view_get_row_cluster (cv, row - 1));
      const PlxCluster *y = plx_comparison_get_cluster (s->comparison, plx_coverage_view_get_row_cluster (cv, row));
      const PlxRendering *rx = g_ptr_array_index (x->renderings, 0);
      const PlxRendering *ry = g_ptr_array_index (y->renderings, 0);

      g_assert_true (rx->article < ry->article || (rx->article == ry->article && rx->start <= ry->start));
    }

  gtk_widget_unrealize (view);
  g_object_unref (view);
}

/* ---- in the window --------------------------------------------------- */

static void
wait_for_comparison (PlxWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 90 * G_USEC_PER_SEC;

  while ((plx_window_get_n_pending (window) > 0 || _plx_window_get_comparison (window) == NULL) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_nonnull (_plx_window_get_comparison (window));
}

static PlxComparison *
wait_for_new_comparison (PlxWindow     *window,
                         PlxComparison *old)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (_plx_window_get_comparison (window) == old && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (_plx_window_get_comparison (window) != old);
  g_assert_nonnull (_plx_window_get_comparison (window));
  return _plx_window_get_comparison (window);
}

static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

/* Whether the text at @offset is in the pane's visible part. (Only one
 * text view on a display can hold a selection, so the flash and the
 * scrolling are what shows in every pane.) */
static gboolean
rendering_visible (PlxArticlePane *pane,
                   guint           offset)
{
  GtkTextView *view = plx_article_pane_get_view (pane);
  GtkTextIter iter;
  GdkRectangle visible, at;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, offset);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &iter, &at);
  return at.y >= visible.y && at.y < visible.y + visible.height;
}

static void
test_window_coverage (void)
{
  g_autoptr(GtkApplication) app = NULL;
  PlxWindow *window;
  PlxComparison *cmp;
  PlxCoverageView *view;
  GPtrArray *panes;
  int wide = -1;
  guint next_row;

  app = gtk_application_new ("io.github.parallax.Parallax.TestCoverage", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = plx_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1500, 520);
  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_sample (window);
  wait_for_comparison (window);

  cmp = _plx_window_get_comparison (window);
  view = _plx_window_get_coverage_view (window);
  panes = plx_window_get_panes (window);
  g_assert_cmpuint (panes->len, ==, 4);
  g_assert_cmpuint (plx_comparison_get_n_articles (cmp), ==, 4);
  g_assert_cmpuint (plx_coverage_view_get_n_rows (view), ==, plx_comparison_get_n_clusters (cmp));

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-coverage", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view)));
  spin (300);

  /* a statement most articles carry, the first in the first article;
   * with the panes scrolled to their ends (lock off, so they stay there),
   * clicking its cell scrolls every carrying pane back to it */
  {
    guint highest = G_MAXUINT;

    for (guint c = 0; c < plx_comparison_get_n_clusters (cmp); c++)
      {
        const PlxRendering *r = plx_comparison_get_rendering (cmp, c, 0);

        if (plx_comparison_get_cluster (cmp, c)->renderings->len >= 3 && r != NULL && r->start < highest)
          {
            wide = c;
            highest = r->start;
          }
      }
  }
  g_assert_cmpint (wide, >=, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.sync-scroll", NULL);
  for (guint a = 0; a < 4; a++)
    {
      GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (plx_article_pane_get_view (g_ptr_array_index (panes, a))));

      gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
    }
  spin (300);
  {
    guint hidden = 0;

    for (guint a = 0; a < 4; a++)
      {
        const PlxRendering *r = plx_comparison_get_rendering (cmp, wide, a);

        if (r != NULL && !rendering_visible (g_ptr_array_index (panes, a), r->start))
          hidden++;
      }
    /* otherwise the check below proves nothing */
    g_assert_cmpuint (hidden, >, 0);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.sync-scroll", NULL);
  spin (900);
  {
    int row = plx_coverage_view_get_cluster_row (view, wide);
    GtkWidget *cell = plx_coverage_view_get_cell (view, row, 0);

    g_signal_emit_by_name (cell, "clicked");
  }
  spin (600);
  g_assert_cmpint (_plx_window_get_current_cluster (window), ==, wide);
  g_assert_cmpint (plx_coverage_view_get_selected_cluster (view), ==, wide);
  for (guint a = 0; a < 4; a++)
    {
      const PlxRendering *r = plx_comparison_get_rendering (cmp, wide, a);

      if (r == NULL)
        continue;
      g_assert_true (rendering_visible (g_ptr_array_index (panes, a), r->start));
    }

  /* Alt+Down's action: the next row */
  next_row = plx_coverage_view_get_cluster_row (view, wide) + 1;
  if (next_row < plx_coverage_view_get_n_rows (view))
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.next-cluster", NULL);
      g_assert_cmpint (_plx_window_get_current_cluster (window), ==,
                       (int) plx_coverage_view_get_row_cluster (view, next_row));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-cluster", NULL);
      g_assert_cmpint (_plx_window_get_current_cluster (window), ==, wide);
    }

  /* a quote clicked in a pane: its cluster becomes the current one and
   * the other panes go there */
  {
    PlxArticlePane *pane = g_ptr_array_index (panes, 1);
    PlxCorrected *corrected = plx_article_pane_get_corrected (pane);
    int quote = -1, expected = -1;

    g_assert_nonnull (corrected);
    for (guint q = 0; q < corrected->quotes->len && quote < 0; q++)
      {
        const PlxCQuote *cq = g_ptr_array_index (corrected->quotes, q);

        for (guint k = 0; k < plx_comparison_get_n_clusters (cmp); k++)
          {
            const PlxRendering *r = plx_comparison_get_rendering (cmp, k, 1);

            if (r != NULL && (int) k != _plx_window_get_current_cluster (window) &&
                plx_comparison_get_cluster (cmp, k)->renderings->len >= 2 &&
                r->start == cq->start && r->end == cq->end)
              {
                quote = q;
                expected = k;
                break;
              }
          }
      }
    g_assert_cmpint (quote, >=, 0);
    g_signal_emit_by_name (pane, "quote-activated", quote);
    g_assert_cmpint (_plx_window_get_current_cluster (window), ==, expected);
    g_assert_cmpint (plx_coverage_view_get_selected_cluster (view), ==, expected);
  }

  /* text selected in a pane, inside a shared statement: the same */
  {
    PlxArticlePane *pane = g_ptr_array_index (panes, 2);
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (pane));
    GtkTextIter s, e;
    int expected = -1;
    const PlxRendering *r = NULL;

    for (guint k = 0; k < plx_comparison_get_n_clusters (cmp) && expected < 0; k++)
      if ((int) k != _plx_window_get_current_cluster (window) &&
          plx_comparison_get_cluster (cmp, k)->renderings->len >= 2 &&
          (r = plx_comparison_get_rendering (cmp, k, 2)) != NULL)
        expected = k;
    g_assert_cmpint (expected, >=, 0);
    gtk_text_buffer_get_start_iter (buffer, &s);
    gtk_text_buffer_place_cursor (buffer, &s);
    gtk_text_buffer_get_iter_at_offset (buffer, &s, r->start + 1);
    gtk_text_buffer_get_iter_at_offset (buffer, &e, MIN (r->end, r->start + 8));
    gtk_text_buffer_select_range (buffer, &s, &e);
    g_assert_cmpint (_plx_window_get_current_cluster (window), ==, expected);
    /* the user's selection stays where it is */
    g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &s, &e));
    g_assert_cmpint (gtk_text_iter_get_offset (&s), ==, (int) r->start + 1);
  }

  /* synchronized scrolling: scrolling one pane moves another that shares
   * statements; with the lock off it does not */
  spin (900);   /* after our own scrolling, which does not drive others */
  spin (900);
  {
    GtkAdjustment *a0 = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (plx_article_pane_get_view (g_ptr_array_index (panes, 0))));
    GtkAdjustment *a2 = NULL;
    double before, room = 0;

    /* the other pane with the most to scroll */
    for (guint a = 1; a < 4; a++)
      {
        GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (plx_article_pane_get_view (g_ptr_array_index (panes, a))));
        double r = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);

        if (r > room)
          {
            room = r;
            a2 = adj;
          }
      }
    g_assert_nonnull (a2);
    g_assert_cmpfloat (room, >, 20);
    g_assert_cmpfloat (gtk_adjustment_get_upper (a0) - gtk_adjustment_get_page_size (a0), >, 20);

    /* aligned means: wherever the other pane was, scrolling this one
     * to a place puts the other at the same place */
    {
      double x = (gtk_adjustment_get_upper (a0) - gtk_adjustment_get_page_size (a0)) / 2;
      double v1, v2;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.sync-scroll", NULL);   /* off */
      gtk_adjustment_set_value (a2, 0);
      gtk_adjustment_set_value (a0, x + 5);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.sync-scroll", NULL);   /* on */
      spin (200);
      gtk_adjustment_set_value (a0, x);
      spin (100);
      v1 = gtk_adjustment_get_value (a2);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.sync-scroll", NULL);
      gtk_adjustment_set_value (a2, room);
      gtk_adjustment_set_value (a0, x + 5);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.sync-scroll", NULL);
      spin (200);
      gtk_adjustment_set_value (a0, x);
      spin (100);
      v2 = gtk_adjustment_get_value (a2);
      g_test_message ("aligned: %.0f and %.0f (range 0..%.0f)", v1, v2, room);
      g_assert_cmpfloat (ABS (v1 - v2), <=, 2);
    }

    gtk_widget_activate_action (GTK_WIDGET (window), "win.sync-scroll", NULL);
    before = gtk_adjustment_get_value (a2);
    gtk_adjustment_set_value (a0, 0);
    spin (100);
    g_assert_cmpfloat (gtk_adjustment_get_value (a2), ==, before);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.sync-scroll", NULL);
  }

  /* a manual split, stored in the session and applied on the next run */
  {
    const PlxCluster *cluster = plx_comparison_get_cluster (cmp, wide);
    const PlxRendering *moved = g_ptr_array_index (cluster->renderings, cluster->renderings->len - 1);
    guint article = moved->article;
    guint moved_start = moved->start;
    guint n_before = cluster->renderings->len;
    g_autofree char *id = g_strdup (cluster->id);
    PlxSession *session = plx_window_get_session (window);
    gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
    PlxComparison *after;
    gboolean found = FALSE;

    g_signal_emit_by_name (view, "split-statement", (guint) wide, article);
    g_assert_nonnull (plx_session_get_section (session, "comparison"));
    while (_plx_window_get_comparison (window) == cmp && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    after = _plx_window_get_comparison (window);
    g_assert_true (after != cmp);
    for (guint c = 0; c < plx_comparison_get_n_clusters (after); c++)
      {
        const PlxRendering *r = plx_comparison_get_rendering (after, c, article);

        if (r != NULL && r->start == moved_start)
          {
            found = TRUE;
            /* it stands alone now */
            g_assert_cmpuint (plx_comparison_get_cluster (after, c)->renderings->len, ==, 1);
          }
        if (g_strcmp0 (plx_comparison_get_cluster (after, c)->id, id) == 0)
          g_assert_cmpuint (plx_comparison_get_cluster (after, c)->renderings->len, <=, n_before);
      }
    g_assert_true (found);

    /* undo all edits: the section goes */
    g_signal_emit_by_name (view, "reset-edits");
    g_assert_null (plx_session_get_section (session, "comparison"));
    after = wait_for_new_comparison (window, after);
  }

  /* merging two statements of different articles by hand */
  {
    PlxComparison *now = _plx_window_get_comparison (window);
    int x = -1, y = -1;
    const PlxRendering *rx, *ry;
    guint ax, sx, ay, sy;
    gboolean together = FALSE;

    for (guint i = 0; i < plx_comparison_get_n_clusters (now) && y < 0; i++)
      {
        const PlxCluster *ci = plx_comparison_get_cluster (now, i);

        if (ci->renderings->len != 1)
          continue;
        if (x < 0)
          x = i;
        else if (((const PlxRendering *) g_ptr_array_index (ci->renderings, 0))->article !=
                 ((const PlxRendering *) g_ptr_array_index (plx_comparison_get_cluster (now, x)->renderings, 0))->article)
          y = i;
      }
    g_assert_cmpint (y, >=, 0);
    rx = g_ptr_array_index (plx_comparison_get_cluster (now, x)->renderings, 0);
    ry = g_ptr_array_index (plx_comparison_get_cluster (now, y)->renderings, 0);
    ax = rx->article; sx = rx->start; ay = ry->article; sy = ry->start;
    g_signal_emit_by_name (view, "merge-clusters", (guint) x, (guint) y);
    now = wait_for_new_comparison (window, now);
    for (guint i = 0; i < plx_comparison_get_n_clusters (now); i++)
      {
        const PlxRendering *p = plx_comparison_get_rendering (now, i, ax);
        const PlxRendering *q = plx_comparison_get_rendering (now, i, ay);

        if (p != NULL && q != NULL && p->start == sx && q->start == sy)
          together = TRUE;
      }
    g_assert_true (together);

    /* and two people */
    {
      guint n_speakers = plx_comparison_get_n_speakers (now);

      g_assert_cmpuint (n_speakers, >=, 2);
      g_signal_emit_by_name (view, "merge-speakers", 0u, 1u);
      now = wait_for_new_comparison (window, now);
      g_assert_cmpuint (plx_comparison_get_n_speakers (now), ==, n_speakers - 1);
    }
    g_signal_emit_by_name (view, "reset-edits");
  }

  plx_session_set_modified (plx_window_get_session (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP cannot open the display\n");
      return 0;
    }
  plx_gui_init ();

  g_test_add_func ("/plx/gui/coverage/matrix", test_view_matrix);
  g_test_add_func ("/plx/gui/coverage/filter-sort", test_view_filter_sort);
  g_test_add_func ("/plx/gui/coverage/window", test_window_coverage);

  return g_test_run ();
}

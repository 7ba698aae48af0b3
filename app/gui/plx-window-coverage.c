/* plx-window-coverage.c — the window's comparison: coverage view, cluster
 * navigation, synchronized scrolling, connector bands, manual edits
 *
 * The window computes the comparison in a thread (plx-window.c) whenever
 * the set of analyses changes and hands it here. This file shows it in the
 * coverage view (a side panel right of the panes, win.show-coverage),
 * scrolls the panes to a statement (win.next-cluster, win.previous-cluster,
 * a click in the matrix or on a quote), keeps the panes' scrolling aligned
 * on shared statements (win.sync-scroll) and draws the connector band of
 * the selected statement between neighbouring panes. Manual merges and
 * splits go to the session section "comparison".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-window"

#include "config.h"

#include <glib/gi18n.h>

#include "plx-connector.h"
#include "plx-gui-private.h"
#include "plx-window-coverage.h"

#define COVERAGE_KEY       "plx-window-coverage"
#define COVERAGE_WIDTH     640
/* After we scroll panes ourselves, their scrolling is not the user's: do
 * not let it drive the other panes. */
#define QUIET_USEC         (700 * G_TIME_SPAN_MILLISECOND)
#define SETTLE_USEC        (150 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  PlxWindow       *window;        /* owner */
  PlxCoverageView *view;
  PlxConnector    *connector;
  GtkPaned        *inner;
  GtkAdjustment   *hadjustment;   /* the row of panes; borrowed */
  PlxComparison   *comparison;
  GPtrArray       *panes;         /* PlxArticlePane*, comparison order */
  GArray          *synced_at;     /* gint64 per pane: when we last moved it */
  int              current;       /* cluster or -1 */
  gboolean         sync;
  gboolean         syncing;       /* re-entrancy guard */
  gboolean         revealing;     /* we select text ourselves */
  gint64           quiet_until;
  gboolean         disposed;
} Coverage;

static Coverage *
get_coverage (PlxWindow *window)
{
  return g_object_get_data (G_OBJECT (window), COVERAGE_KEY);
}

static void
coverage_free (Coverage *c)
{
  g_clear_pointer (&c->comparison, plx_comparison_unref);
  g_clear_pointer (&c->panes, g_ptr_array_unref);
  g_clear_pointer (&c->synced_at, g_array_unref);
  g_free (c);
}

/* A pane of the comparison still shown in the window. */
static PlxArticlePane *
live_pane (Coverage *c,
           guint     article)
{
  PlxArticlePane *pane;
  GPtrArray *shown;

  if (c->panes == NULL || article >= c->panes->len)
    return NULL;
  pane = g_ptr_array_index (c->panes, article);
  shown = plx_window_get_panes (c->window);
  for (guint i = 0; i < shown->len; i++)
    if (g_ptr_array_index (shown, i) == pane)
      return pane;
  return NULL;
}

static int
pane_article (Coverage       *c,
              PlxArticlePane *pane)
{
  if (c->panes == NULL)
    return -1;
  for (guint i = 0; i < c->panes->len; i++)
    if (g_ptr_array_index (c->panes, i) == pane)
      return i;
  return -1;
}

/* ---- connector ------------------------------------------------------- */

static void
update_connector (Coverage *c)
{
  GPtrArray *shown;

  plx_connector_clear (c->connector);
  if (c->comparison == NULL || c->current < 0)
    return;
  /* in the order the panes stand now */
  shown = plx_window_get_panes (c->window);
  for (guint i = 0; i < shown->len; i++)
    {
      PlxArticlePane *pane = g_ptr_array_index (shown, i);
      int a = pane_article (c, pane);
      const PlxRendering *r = a >= 0 ? plx_comparison_get_rendering (c->comparison, c->current, a) : NULL;

      plx_connector_add_span (c->connector, plx_article_pane_get_view (pane),
                              r != NULL ? r->start : 0, r != NULL ? r->end : 0);
    }
}

/* ---- showing a statement --------------------------------------------- */

/* Scrolls every pane that carries @cluster to it and flashes it, except
 * @except (where the user just chose it). Only one text view can hold the
 * selection: article @last gets it, the others are only flashed. */
static void
show_cluster_full (Coverage       *c,
                   int             cluster,
                   PlxArticlePane *except,
                   guint           last)
{
  const PlxRendering *r;
  PlxArticlePane *pane;

  if (c->comparison == NULL || cluster < 0 ||
      (guint) cluster >= plx_comparison_get_n_clusters (c->comparison))
    return;
  c->current = cluster;
  plx_coverage_view_select_cluster (c->view, cluster);
  c->quiet_until = g_get_monotonic_time () + QUIET_USEC;
  c->revealing = TRUE;
  for (guint a = 0; a < c->panes->len; a++)
    {
      pane = live_pane (c, a);
      r = plx_comparison_get_rendering (c->comparison, cluster, a);
      if (pane == NULL || pane == except || r == NULL)
        continue;
      if (a == last)
        plx_article_pane_reveal (pane, r->start, r->end);
      else
        plx_article_pane_flash (pane, r->start, r->end);
    }
  c->revealing = FALSE;
  update_connector (c);
}

static void
show_cluster (Coverage       *c,
              int             cluster,
              PlxArticlePane *except)
{
  PlxArticlePane *focused = plx_window_get_focused_pane (c->window);
  int last = focused != NULL ? pane_article (c, focused) : -1;

  show_cluster_full (c, cluster, except, last >= 0 ? (guint) last : G_MAXUINT);
}

void
_plx_window_show_cluster (PlxWindow *self,
                          int        cluster)
{
  Coverage *c;

  g_return_if_fail (PLX_IS_WINDOW (self));
  if ((c = get_coverage (self)) != NULL)
    show_cluster (c, cluster, NULL);
}

static void
on_cell_activated (PlxCoverageView *view,
                   guint            cluster,
                   guint            article,
                   Coverage        *c)
{
  show_cluster_full (c, cluster, NULL, article);
}

static void
on_cluster_selected (PlxCoverageView *view,
                     guint            cluster,
                     Coverage        *c)
{
  show_cluster (c, cluster, NULL);
}

/* The cluster whose rendering in @article overlaps [start, end) most, or -1. */
static int
cluster_at (Coverage *c,
            guint     article,
            guint     start,
            guint     end)
{
  int best = -1;
  guint best_overlap = 0;

  for (guint k = 0; k < plx_comparison_get_n_clusters (c->comparison); k++)
    {
      const PlxRendering *r = plx_comparison_get_rendering (c->comparison, k, article);
      guint lo, hi;

      if (r == NULL)
        continue;
      lo = MAX (r->start, start);
      hi = MIN (r->end, end);
      if (hi > lo && hi - lo > best_overlap)
        {
          best_overlap = hi - lo;
          best = k;
        }
    }
  return best;
}

/* Text selected in a pane: when it is part of a shared statement, its
 * mates in the other panes. */
static void
on_selection_changed (GtkTextBuffer  *buffer,
                      GParamSpec     *pspec,
                      PlxArticlePane *pane)
{
  PlxWindow *window = PLX_WINDOW (gtk_widget_get_root (GTK_WIDGET (pane)));
  Coverage *c = window != NULL ? get_coverage (window) : NULL;
  GtkTextIter s, e;
  int article, k;

  if (c == NULL || c->revealing || c->comparison == NULL ||
      !gtk_text_buffer_get_selection_bounds (buffer, &s, &e))
    return;
  article = pane_article (c, pane);
  if (article < 0)
    return;
  k = cluster_at (c, article, gtk_text_iter_get_offset (&s), gtk_text_iter_get_offset (&e) + 1);
  if (k >= 0 && k != c->current)
    show_cluster_full (c, k, pane, G_MAXUINT);
}

/* A quote was clicked in a pane: its cluster mates in the other panes. */
static void
on_quote_activated (PlxArticlePane *pane,
                    int             quote,
                    PlxWindow      *window)
{
  Coverage *c = get_coverage (window);
  PlxCorrected *corrected = plx_article_pane_get_corrected (pane);
  const PlxCQuote *q;
  int article, best;

  if (c == NULL || c->comparison == NULL || corrected == NULL ||
      quote < 0 || (guint) quote >= corrected->quotes->len)
    return;
  article = pane_article (c, pane);
  if (article < 0)
    return;
  q = g_ptr_array_index (corrected->quotes, quote);
  best = cluster_at (c, article, q->start, q->end);
  if (best >= 0)
    show_cluster_full (c, best, pane, G_MAXUINT);
}

static void
step_cluster (Coverage *c,
              int       delta)
{
  guint n_rows;
  int row, next;

  if (c->comparison == NULL)
    return;
  n_rows = plx_coverage_view_get_n_rows (c->view);
  if (n_rows == 0)
    return;
  row = c->current >= 0 ? plx_coverage_view_get_cluster_row (c->view, c->current) : -1;
  if (row < 0)
    next = delta > 0 ? 0 : (int) n_rows - 1;
  else
    next = CLAMP (row + delta, 0, (int) n_rows - 1);
  show_cluster (c, plx_coverage_view_get_row_cluster (c->view, next), NULL);
}

static void
on_next_cluster (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       data)
{
  step_cluster (get_coverage (data), +1);
}

static void
on_previous_cluster (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       data)
{
  step_cluster (get_coverage (data), -1);
}

/* ---- synchronized scrolling ------------------------------------------ */

typedef struct { double a, b; } Anchor;

static int
compare_anchors (gconstpointer x,
                 gconstpointer y)
{
  const Anchor *p = x, *q = y;

  return p->a < q->a ? -1 : p->a > q->a;
}

static double
iter_y (GtkTextView *view,
        guint        offset)
{
  GtkTextIter iter;
  int y, height;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, offset);
  gtk_text_view_get_line_yrange (view, &iter, &y, &height);
  return y;
}

static double
text_height (GtkTextView *view)
{
  GtkTextIter end;
  int y, height;

  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (view), &end);
  gtk_text_view_get_line_yrange (view, &end, &y, &height);
  return y + height;
}

/* Moves pane @b so that the statements it shares with pane @a stand at the
 * same height: the middle of @a's view maps, by interpolating between the
 * shared statements (and the texts' ends), to a line of @b. */
static void
align_pane (Coverage       *c,
            guint           a,
            PlxArticlePane *pa,
            guint           b,
            PlxArticlePane *pb)
{
  GtkTextView *va = plx_article_pane_get_view (pa);
  GtkTextView *vb = plx_article_pane_get_view (pb);
  GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (vb));
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (Anchor));
  GdkRectangle ra, rb;
  double mid, target, value;
  Anchor lo = { 0, 0 }, hi;
  guint n_clusters = plx_comparison_get_n_clusters (c->comparison);

  gtk_text_view_get_visible_rect (va, &ra);
  gtk_text_view_get_visible_rect (vb, &rb);
  mid = ra.y + ra.height / 2.0;

  for (guint k = 0; k < n_clusters; k++)
    {
      const PlxRendering *x = plx_comparison_get_rendering (c->comparison, k, a);
      const PlxRendering *y = x != NULL ? plx_comparison_get_rendering (c->comparison, k, b) : NULL;
      Anchor an;

      if (y == NULL)
        continue;
      an.a = iter_y (va, x->start);
      an.b = iter_y (vb, y->start);
      g_array_append_val (anchors, an);
    }
  if (anchors->len == 0)
    return;
  g_array_sort (anchors, compare_anchors);
  hi.a = MAX (text_height (va), g_array_index (anchors, Anchor, anchors->len - 1).a + 1);
  hi.b = MAX (text_height (vb), g_array_index (anchors, Anchor, anchors->len - 1).b + 1);
  for (guint i = 0; i < anchors->len; i++)
    {
      const Anchor *an = &g_array_index (anchors, Anchor, i);

      if (an->a <= mid)
        lo = *an;
      else
        {
          hi = *an;
          break;
        }
    }
  /* anchors out of order in @b (statements in another order) give a
   * backwards interval: stay at the lower anchor */
  if (hi.a > lo.a && hi.b >= lo.b)
    target = lo.b + (mid - lo.a) * (hi.b - lo.b) / (hi.a - lo.a);
  else
    target = lo.b + (mid - lo.a);

  value = gtk_adjustment_get_value (adj) - rb.y + (target - rb.height / 2.0);
  value = CLAMP (value, gtk_adjustment_get_lower (adj),
                 MAX (gtk_adjustment_get_lower (adj),
                      gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj)));
  if (ABS (value - gtk_adjustment_get_value (adj)) >= 1.0)
    {
      g_array_index (c->synced_at, gint64, b) = g_get_monotonic_time ();
      gtk_adjustment_set_value (adj, value);
    }
}

static void
on_pane_scrolled (GtkAdjustment *adjustment,
                  PlxWindow     *window)
{
  Coverage *c = get_coverage (window);
  PlxArticlePane *source = g_object_get_data (G_OBJECT (adjustment), "plx-pane");
  int a;

  if (c == NULL)
    return;
  gtk_widget_queue_draw (GTK_WIDGET (c->connector));
  if (!c->sync || c->syncing || c->comparison == NULL ||
      g_get_monotonic_time () < c->quiet_until)
    return;
  /* a pane we just moved settles (its layout grows while it scrolls):
   * that is not the user, and must not drive the others back */
  a = pane_article (c, source);
  if (a < 0 || live_pane (c, a) == NULL ||
      g_get_monotonic_time () - g_array_index (c->synced_at, gint64, a) < SETTLE_USEC)
    return;

  c->syncing = TRUE;
  for (guint b = 0; b < c->panes->len; b++)
    {
      PlxArticlePane *pb = live_pane (c, b);

      if (pb != NULL && pb != source)
        align_pane (c, a, source, b, pb);
    }
  c->syncing = FALSE;
}

static void
watch_pane (Coverage       *c,
            PlxArticlePane *pane)
{
  GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (plx_article_pane_get_view (pane)));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (pane));

  if (g_signal_handler_find (pane, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA, 0, 0, NULL,
                             on_quote_activated, c->window) == 0)
    g_signal_connect_object (pane, "quote-activated", G_CALLBACK (on_quote_activated), c->window, 0);
  if (g_signal_handler_find (buffer, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_selection_changed, NULL) == 0)
    g_signal_connect_object (buffer, "notify::has-selection", G_CALLBACK (on_selection_changed), pane, 0);
  if (adj != NULL &&
      g_signal_handler_find (adj, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA, 0, 0, NULL,
                             on_pane_scrolled, c->window) == 0)
    {
      g_object_set_data (G_OBJECT (adj), "plx-pane", pane);
      g_signal_connect_object (adj, "value-changed", G_CALLBACK (on_pane_scrolled), c->window, 0);
    }
}

/* ---- manual edits ---------------------------------------------------- */

PlxCompareEdits *
_plx_window_coverage_dup_edits (PlxWindow *self)
{
  PlxSession *session = plx_window_get_session (self);
  json_t *json = session != NULL ? plx_session_get_section (session, "comparison") : NULL;
  g_autoptr(GError) error = NULL;
  PlxCompareEdits *edits;

  if (json == NULL)
    return plx_compare_edits_new ();
  edits = plx_compare_edits_from_json (json, &error);
  if (edits == NULL)
    {
      g_message ("Ignoring the manual comparison edits of the session: %s", error->message);
      return plx_compare_edits_new ();
    }
  return edits;
}

static void
store_edits (Coverage        *c,
             PlxCompareEdits *edits)
{
  PlxSession *session = plx_window_get_session (c->window);
  json_t *json = plx_compare_edits_is_empty (edits) ? NULL : plx_compare_edits_to_json (edits);

  plx_session_set_section (session, "comparison", json);
  g_clear_pointer (&json, json_decref);
  plx_session_set_modified (session, TRUE);
  _plx_window_queue_compare (c->window);
}

static const char *
article_source (Coverage *c,
                guint     article)
{
  PlxArticlePane *pane = live_pane (c, article);

  return pane != NULL ? plx_article_get_source (plx_article_pane_get_article (pane)) : NULL;
}

static void
on_split_statement (PlxCoverageView *view,
                    guint            cluster,
                    guint            article,
                    Coverage        *c)
{
  const PlxRendering *r;
  const char *source;
  g_autoptr(PlxCompareEdits) edits = NULL;

  if (c->comparison == NULL)
    return;
  r = plx_comparison_get_rendering (c->comparison, cluster, article);
  source = article_source (c, article);
  if (r == NULL || source == NULL)
    return;
  edits = _plx_window_coverage_dup_edits (c->window);
  plx_compare_edits_split_statement (edits, source, r->text);
  store_edits (c, edits);
}

static void
on_merge_clusters (PlxCoverageView *view,
                   guint            first,
                   guint            second,
                   Coverage        *c)
{
  const PlxCluster *x, *y;
  const PlxRendering *rx, *ry;
  const char *sx, *sy;
  g_autoptr(PlxCompareEdits) edits = NULL;

  if (c->comparison == NULL || first == second)
    return;
  x = plx_comparison_get_cluster (c->comparison, first);
  y = plx_comparison_get_cluster (c->comparison, second);
  if (x->renderings->len == 0 || y->renderings->len == 0)
    return;
  rx = g_ptr_array_index (x->renderings, MIN (x->reference, x->renderings->len - 1));
  ry = g_ptr_array_index (y->renderings, MIN (y->reference, y->renderings->len - 1));
  sx = article_source (c, rx->article);
  sy = article_source (c, ry->article);
  if (sx == NULL || sy == NULL)
    return;
  edits = _plx_window_coverage_dup_edits (c->window);
  plx_compare_edits_merge_statements (edits, sx, rx->text, sy, ry->text);
  store_edits (c, edits);
}

static void
on_merge_speakers (PlxCoverageView *view,
                   guint            first,
                   guint            second,
                   Coverage        *c)
{
  const char *names[3];
  g_autoptr(PlxCompareEdits) edits = NULL;

  if (c->comparison == NULL || first == second ||
      first >= plx_comparison_get_n_speakers (c->comparison) ||
      second >= plx_comparison_get_n_speakers (c->comparison))
    return;
  names[0] = plx_comparison_get_speaker (c->comparison, first)->name;
  names[1] = plx_comparison_get_speaker (c->comparison, second)->name;
  names[2] = NULL;
  edits = _plx_window_coverage_dup_edits (c->window);
  plx_compare_edits_merge_speakers (edits, names);
  store_edits (c, edits);
}

static void
on_split_speaker (PlxCoverageView *view,
                  const char      *name,
                  Coverage        *c)
{
  g_autoptr(PlxCompareEdits) edits = NULL;

  if (name == NULL || *name == '\0')
    return;
  edits = _plx_window_coverage_dup_edits (c->window);
  plx_compare_edits_split_speaker (edits, name);
  store_edits (c, edits);
}

static void
on_reset_edits (PlxCoverageView *view,
                Coverage        *c)
{
  g_autoptr(PlxCompareEdits) edits = plx_compare_edits_new ();

  store_edits (c, edits);
}

/* ---- the comparison -------------------------------------------------- */

static void
update_actions (Coverage *c)
{
  GAction *action;
  gboolean ok = c->comparison != NULL && plx_comparison_get_n_clusters (c->comparison) > 0;

  action = g_action_map_lookup_action (G_ACTION_MAP (c->window), "next-cluster");
  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), ok);
  action = g_action_map_lookup_action (G_ACTION_MAP (c->window), "previous-cluster");
  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), ok);
}

void
_plx_window_coverage_update (PlxWindow     *self,
                             PlxComparison *comparison,
                             GPtrArray     *panes)
{
  Coverage *c = get_coverage (self);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_return_if_fail (PLX_IS_WINDOW (self));
  if (c == NULL || c->disposed)
    return;

  g_clear_pointer (&c->comparison, plx_comparison_unref);
  g_clear_pointer (&c->panes, g_ptr_array_unref);
  if (comparison != NULL && panes != NULL)
    {
      c->comparison = plx_comparison_ref (comparison);
      c->panes = g_ptr_array_new_with_free_func (g_object_unref);
      g_array_set_size (c->synced_at, panes->len);
      for (guint i = 0; i < panes->len; i++)
        {
          PlxArticlePane *pane = g_ptr_array_index (panes, i);

          g_ptr_array_add (c->panes, g_object_ref (pane));
          g_ptr_array_add (labels, (gpointer) _plx_article_label (plx_article_pane_get_article (pane)));
          watch_pane (c, pane);
        }
    }
  plx_coverage_view_set_comparison (c->view, c->comparison, labels);
  c->current = plx_coverage_view_get_selected_cluster (c->view);
  update_connector (c);
  update_actions (c);
}

PlxCoverageView *
_plx_window_get_coverage_view (PlxWindow *self)
{
  Coverage *c = get_coverage (self);

  return c != NULL ? c->view : NULL;
}

PlxComparison *
_plx_window_get_comparison (PlxWindow *self)
{
  Coverage *c = get_coverage (self);

  return c != NULL ? c->comparison : NULL;
}

int
_plx_window_get_current_cluster (PlxWindow *self)
{
  Coverage *c = get_coverage (self);

  return c != NULL ? c->current : -1;
}

/* ---- actions and layout ---------------------------------------------- */

static void
set_coverage_visible (Coverage *c,
                      gboolean  visible)
{
  gtk_widget_set_visible (GTK_WIDGET (c->view), visible);
  if (visible)
    {
      int width = gtk_widget_get_width (GTK_WIDGET (c->inner));

      if (width > COVERAGE_WIDTH + 200)
        gtk_paned_set_position (c->inner, width - COVERAGE_WIDTH);
    }
}

static void
on_show_coverage (GSimpleAction *action,
                  GVariant      *state,
                  gpointer       data)
{
  Coverage *c = get_coverage (data);

  g_simple_action_set_state (action, state);
  if (c != NULL)
    set_coverage_visible (c, g_variant_get_boolean (state));
}

static void
on_sync_scroll (GSimpleAction *action,
                GVariant      *state,
                gpointer       data)
{
  Coverage *c = get_coverage (data);

  g_simple_action_set_state (action, state);
  if (c != NULL)
    c->sync = g_variant_get_boolean (state);
}

static void
add_header_buttons (Coverage *c)
{
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (c->window));
  GtkWidget *coverage, *sync;

  if (!GTK_IS_HEADER_BAR (titlebar))
    return;

  coverage = gtk_toggle_button_new_with_mnemonic (_("_Coverage"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (coverage), "win.show-coverage");
  gtk_widget_set_tooltip_text (coverage, _("Show Coverage across Outlets (Ctrl+Shift+C)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (coverage), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show Coverage"), -1);

  sync = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (sync), "view-continuous-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (sync), "win.sync-scroll");
  gtk_widget_set_tooltip_text (sync, _("Scroll the Panes Together on Shared Statements"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (sync), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Synchronize Scrolling"), -1);

  gtk_header_bar_pack_end (GTK_HEADER_BAR (titlebar), coverage);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (titlebar), sync);
}

static void
on_hscroll (GtkAdjustment *adjustment,
            PlxConnector  *connector)
{
  gtk_widget_queue_draw (GTK_WIDGET (connector));
}

void
_plx_window_coverage_init (PlxWindow *self,
                           GtkPaned  *paned,
                           GtkWidget *panes_scroller)
{
  static const GActionEntry entries[] = {
    { "show-coverage", NULL, NULL, "false", on_show_coverage, { 0 } },
    { "sync-scroll", NULL, NULL, "true", on_sync_scroll, { 0 } },
    { "next-cluster", on_next_cluster, NULL, NULL, NULL, { 0 } },
    { "previous-cluster", on_previous_cluster, NULL, NULL, NULL, { 0 } },
  };
  static const struct { guint key; GdkModifierType mods; const char *action; } keys[] = {
    { GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.show-coverage" },
    { GDK_KEY_Down, GDK_ALT_MASK, "win.next-cluster" },
    { GDK_KEY_Up, GDK_ALT_MASK, "win.previous-cluster" },
  };
  Coverage *c;
  GtkWidget *overlay;
  GtkEventController *shortcuts;

  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_PANED (paned));
  g_return_if_fail (GTK_IS_WIDGET (panes_scroller));

  c = g_new0 (Coverage, 1);
  c->window = self;
  c->current = -1;
  c->sync = TRUE;
  c->synced_at = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_object_set_data_full (G_OBJECT (self), COVERAGE_KEY, c, (GDestroyNotify) coverage_free);

  /* [sidebar | [panes + connector overlay | coverage view]] */
  g_object_ref (panes_scroller);
  if (gtk_paned_get_end_child (paned) == panes_scroller)
    gtk_paned_set_end_child (paned, NULL);
  overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), panes_scroller);
  g_object_unref (panes_scroller);
  c->connector = PLX_CONNECTOR (plx_connector_new ());
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (c->connector));
  gtk_overlay_set_clip_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (c->connector), TRUE);

  c->view = PLX_COVERAGE_VIEW (plx_coverage_view_new ());
  gtk_widget_set_visible (GTK_WIDGET (c->view), FALSE);
  c->inner = GTK_PANED (gtk_paned_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_paned_set_start_child (c->inner, overlay);
  gtk_paned_set_resize_start_child (c->inner, TRUE);
  gtk_paned_set_shrink_start_child (c->inner, FALSE);
  gtk_paned_set_end_child (c->inner, GTK_WIDGET (c->view));
  gtk_paned_set_resize_end_child (c->inner, FALSE);
  gtk_paned_set_shrink_end_child (c->inner, FALSE);
  gtk_paned_set_end_child (paned, GTK_WIDGET (c->inner));

  if (GTK_IS_SCROLLED_WINDOW (panes_scroller))
    {
      c->hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (panes_scroller));
      g_signal_connect_object (c->hadjustment, "value-changed", G_CALLBACK (on_hscroll), c->connector, 0);
    }

  g_signal_connect (c->view, "cell-activated", G_CALLBACK (on_cell_activated), c);
  g_signal_connect (c->view, "cluster-selected", G_CALLBACK (on_cluster_selected), c);
  g_signal_connect (c->view, "split-statement", G_CALLBACK (on_split_statement), c);
  g_signal_connect (c->view, "merge-clusters", G_CALLBACK (on_merge_clusters), c);
  g_signal_connect (c->view, "merge-speakers", G_CALLBACK (on_merge_speakers), c);
  g_signal_connect (c->view, "split-speaker", G_CALLBACK (on_split_speaker), c);
  g_signal_connect (c->view, "reset-edits", G_CALLBACK (on_reset_edits), c);

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  shortcuts = gtk_shortcut_controller_new ();
  /* before the text views, which would take Ctrl+Shift+C for copying */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].mods),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  add_header_buttons (c);
  update_actions (c);
}

void
_plx_window_coverage_dispose (PlxWindow *self)
{
  Coverage *c = get_coverage (self);

  if (c == NULL)
    return;
  /* the view's handlers hold @c: cut them before it goes */
  if (c->view != NULL)
    g_signal_handlers_disconnect_by_data (c->view, c);
  c->disposed = TRUE;
  g_clear_pointer (&c->comparison, plx_comparison_unref);
  g_clear_pointer (&c->panes, g_ptr_array_unref);
}

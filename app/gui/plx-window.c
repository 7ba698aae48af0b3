/* plx-window.c — panes, highlights, sidebar, view state, saving, closing
 *
 * Opening files lives in plx-window-open.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "plx-compare.h"
#include "plx-export-dialog.h"
#include "plx-keyboard.h"
#include "plx-print.h"
#include "plx-settings.h"
#include "plx-window-private.h"
#include "plx-window-coverage.h"

G_DEFINE_FINAL_TYPE (PlxWindow, plx_window, GTK_TYPE_APPLICATION_WINDOW)

static void sync_panes       (PlxWindow *self);
static void queue_sidebar    (PlxWindow *self);
static void update_title     (PlxWindow *self);
static void update_actions   (PlxWindow *self);

/* ---- analysis ------------------------------------------------------ */

typedef struct
{
  char        *text;
  char        *language;
  PlxRulebook *rulebook;
} AnalyzeData;

static void
analyze_data_free (AnalyzeData *d)
{
  g_free (d->text);
  g_free (d->language);
  g_clear_pointer (&d->rulebook, plx_rulebook_unref);
  g_free (d);
}

static void
analyze_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AnalyzeData *d = task_data;
  GError *error = NULL;
  PlxAnalysis *analysis;

  analysis = plx_analyze (d->text, d->language, d->rulebook, cancellable, &error);
  if (analysis == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, analysis, (GDestroyNotify) plx_analysis_unref);
}

/* ---- comparison: one name (and colour) per person across articles ----- */

typedef struct
{
  GPtrArray *articles;   /* PlxArticle* */
  GPtrArray *analyses;   /* PlxAnalysis*: the panes' own */
  GPtrArray *corrected;  /* PlxAnalysis*: with the corrections, made in the thread */
  GPtrArray *panes;      /* PlxArticlePane* */
  json_t    *annotations;  /* a copy of the session's corrections, or NULL */
  PlxCompareEdits *edits;  /* the session's manual merges and splits */
} CompareData;

static void
compare_data_free (CompareData *d)
{
  g_ptr_array_unref (d->articles);
  g_ptr_array_unref (d->analyses);
  g_ptr_array_unref (d->corrected);
  g_ptr_array_unref (d->panes);
  g_clear_pointer (&d->annotations, json_decref);
  g_clear_pointer (&d->edits, plx_compare_edits_unref);
  g_free (d);
}

static void
compare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CompareData *d = task_data;
  GError *error = NULL;
  PlxComparison *cmp;

  /* the comparison sees what the panes show: quotes marked, removed or
   * reassigned by the user; the speakers keep their indices */
  for (guint i = 0; i < d->analyses->len; i++)
    g_ptr_array_add (d->corrected, plx_analysis_correct (g_ptr_array_index (d->analyses, i),
                                                         g_ptr_array_index (d->articles, i),
                                                         d->annotations, NULL));
  cmp = plx_compare ((PlxArticle **) d->articles->pdata, (PlxAnalysis **) d->corrected->pdata,
                     d->articles->len, d->edits, cancellable, &error);
  if (cmp == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, cmp, (GDestroyNotify) plx_comparison_unref);
}

static void
compare_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  PlxWindow *self = PLX_WINDOW (source);
  CompareData *d = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxComparison) cmp = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (cmp == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("Could not compare the articles: %s", error->message);
      return;
    }

  for (guint i = 0; i < d->panes->len; i++)
    {
      PlxArticlePane *pane = g_ptr_array_index (d->panes, i);
      PlxAnalysis *analysis = g_ptr_array_index (d->analyses, i);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      if (g_hash_table_lookup (self->panes, plx_article_pane_get_article (pane)) != pane)
        continue;
      for (guint s = 0; s < analysis->speakers->len; s++)
        {
          int reg = plx_comparison_lookup_speaker (cmp, i, s);

          g_ptr_array_add (names, reg >= 0 ? g_strdup (plx_comparison_get_speaker (cmp, reg)->name) : NULL);
        }
      plx_article_pane_set_speaker_names (pane, analysis, names);
    }
  _plx_window_coverage_update (self, cmp, d->panes);
  queue_sidebar (self);
}

static gboolean
start_compare (gpointer data)
{
  PlxWindow *self = data;
  g_autoptr(GTask) task = NULL;
  CompareData *d;

  self->compare_idle_id = 0;
  if (self->pane_order->len < 2)
    _plx_window_coverage_update (self, NULL, NULL);
  if (self->n_analyses > 0 || self->pane_order->len < 2)
    return G_SOURCE_REMOVE;

  d = g_new0 (CompareData, 1);
  d->articles = g_ptr_array_new_with_free_func (g_object_unref);
  d->analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_analysis_unref);
  d->corrected = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_analysis_unref);
  d->panes = g_ptr_array_new_with_free_func (g_object_unref);
  d->annotations = json_deep_copy (plx_session_get_section (self->session, "annotations"));
  for (guint i = 0; i < self->pane_order->len; i++)
    {
      PlxArticlePane *pane = g_ptr_array_index (self->pane_order, i);
      PlxAnalysis *analysis = plx_article_pane_get_analysis (pane);

      if (analysis == NULL)
        continue;
      g_ptr_array_add (d->articles, g_object_ref (plx_article_pane_get_article (pane)));
      g_ptr_array_add (d->analyses, plx_analysis_ref (analysis));
      g_ptr_array_add (d->panes, g_object_ref (pane));
    }
  if (d->panes->len < 2)
    {
      _plx_window_coverage_update (self, NULL, NULL);
      compare_data_free (d);
      return G_SOURCE_REMOVE;
    }

  d->edits = _plx_window_coverage_dup_edits (self);
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  self->compare_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->compare_cancellable, compare_done, NULL);
  g_task_set_source_tag (task, start_compare);
  g_task_set_task_data (task, d, (GDestroyNotify) compare_data_free);
  g_task_run_in_thread (task, compare_thread);
  return G_SOURCE_REMOVE;
}

static void
queue_compare (PlxWindow *self)
{
  if (self->compare_idle_id == 0)
    self->compare_idle_id = g_idle_add_full (G_PRIORITY_LOW, start_compare, self, NULL);
}

void
_plx_window_queue_compare (PlxWindow *self)
{
  queue_compare (self);
}

static void
analyze_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  PlxWindow *self = user_data;   /* a strong reference, released here */
  PlxArticlePane *pane = PLX_ARTICLE_PANE (source);
  g_autoptr(GError) error = NULL;
  PlxAnalysis *analysis;

  analysis = g_task_propagate_pointer (G_TASK (result), &error);
  self->n_analyses--;

  /* the window was closed: its widgets are gone */
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_pointer (&analysis, plx_analysis_unref);
      g_object_unref (self);
      return;
    }
  plx_article_pane_set_busy (pane, FALSE);

  if (analysis == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *msg =
            /* Translators: %s is an outlet, then the reason. */
            g_strdup_printf (_("Could not analyse the article of %s: %s"),
                             _plx_article_label (plx_article_pane_get_article (pane)),
                             error->message);
          _plx_window_add_error (self, msg);
        }
    }
  else if (g_hash_table_lookup (self->panes, plx_article_pane_get_article (pane)) == pane)
    {
      plx_article_pane_set_analysis (pane, analysis);
      queue_sidebar (self);
      if (self->n_analyses == 0)
        queue_compare (self);
    }
  g_clear_pointer (&analysis, plx_analysis_unref);

  _plx_window_update_progress (self);
  g_object_unref (self);
}

static void
ensure_rulebook (PlxWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->rulebook_tried)
    return;
  self->rulebook_tried = TRUE;
  self->rulebook = plx_rulebook_load_default (&error);
  if (self->rulebook == NULL)
    g_message ("No claim rulebook: %s", error->message);
}

static void
start_analysis (PlxWindow      *self,
                PlxArticlePane *pane)
{
  PlxArticle *article = plx_article_pane_get_article (pane);
  g_autoptr(GTask) task = NULL;
  AnalyzeData *d;

  ensure_rulebook (self);
  d = g_new0 (AnalyzeData, 1);
  d->text = g_strdup (plx_article_get_text (article));
  d->language = g_strdup (plx_article_get_language (article));
  d->rulebook = self->rulebook != NULL ? plx_rulebook_ref (self->rulebook) : NULL;

  task = g_task_new (pane, self->cancellable, analyze_done, g_object_ref (self));
  g_task_set_source_tag (task, start_analysis);
  g_task_set_task_data (task, d, (GDestroyNotify) analyze_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  self->n_analyses++;
  plx_article_pane_set_busy (pane, TRUE);
  g_task_run_in_thread (task, analyze_thread);
  _plx_window_update_progress (self);
}

/* ---- panes --------------------------------------------------------- */

static int
pane_position (PlxWindow      *self,
               PlxArticlePane *pane)
{
  for (guint i = 0; i < self->pane_order->len; i++)
    if (g_ptr_array_index (self->pane_order, i) == pane)
      return i;
  return -1;
}

static void
on_pane_close_requested (PlxArticlePane *pane,
                         PlxWindow      *self)
{
  int pos = pane_position (self, pane);

  if (pos >= 0)
    plx_session_remove_article (self->session, pos);
}

static void
on_pane_move_requested (PlxArticlePane *pane,
                        int             delta,
                        PlxWindow      *self)
{
  int pos = pane_position (self, pane);
  int to = pos + delta;

  if (pos < 0 || to < 0 || to >= (int) self->pane_order->len)
    return;
  plx_session_move_article (self->session, pos, to);
  plx_window_focus_pane (self, pane);
}

static void
on_pane_dropped (PlxArticlePane *target,
                 PlxArticlePane *source,
                 PlxWindow      *self)
{
  int from = pane_position (self, source);
  int to = pane_position (self, target);

  if (from < 0 || to < 0 || from == to)
    return;
  plx_session_move_article (self->session, from, to);
  plx_window_focus_pane (self, source);
}

static void
set_focused (PlxWindow      *self,
             PlxArticlePane *pane)
{
  if (self->focused == pane)
    return;
  if (self->focused != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->focused), "focused");
  self->focused = pane;
  if (pane != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (pane), "focused");
  queue_sidebar (self);
}

static void
on_pane_focus_enter (GtkEventControllerFocus *controller,
                     PlxWindow               *self)
{
  set_focused (self, PLX_ARTICLE_PANE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
on_pane_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 PlxWindow       *self)
{
  set_focused (self, PLX_ARTICLE_PANE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture))));
}

/* ---- corrections: a log in the session, undone from its end ---------- */

static void
apply_annotations (PlxWindow *self)
{
  json_t *annotations = plx_session_get_section (self->session, "annotations");

  for (guint i = 0; i < self->pane_order->len; i++)
    plx_article_pane_set_annotations (g_ptr_array_index (self->pane_order, i), annotations);
  update_actions (self);
  queue_sidebar (self);
  /* the coverage counts the quotes as corrected */
  queue_compare (self);
}

static void
set_annotations (PlxWindow *self,
                 json_t    *annotations)
{
  plx_session_set_section (self->session, "annotations", annotations);
  plx_session_set_modified (self->session, TRUE);
  apply_annotations (self);
}

static json_t *
copy_annotations (PlxWindow *self)
{
  json_t *current = plx_session_get_section (self->session, "annotations");

  return json_is_array (current) ? json_copy (current) : json_array ();
}

static void
on_pane_correction (PlxArticlePane *pane,
                    json_t         *annotation,
                    PlxWindow      *self)
{
  json_t *annotations = copy_annotations (self);

  json_array_append (annotations, annotation);
  json_array_clear (self->redo);
  set_annotations (self, annotations);
  json_decref (annotations);
}

static void
on_pane_changed (PlxArticlePane *pane,
                 PlxWindow      *self)
{
  queue_sidebar (self);
}

static void
win_undo (GtkWidget  *widget,
          const char *action_name,
          GVariant   *param)
{
  PlxWindow *self = PLX_WINDOW (widget);
  json_t *annotations = copy_annotations (self);
  gsize n = json_array_size (annotations);

  if (n > 0)
    {
      json_array_append (self->redo, json_array_get (annotations, n - 1));
      json_array_remove (annotations, n - 1);
      set_annotations (self, annotations);
    }
  json_decref (annotations);
}

static void
win_redo (GtkWidget  *widget,
          const char *action_name,
          GVariant   *param)
{
  PlxWindow *self = PLX_WINDOW (widget);
  gsize n = json_array_size (self->redo);
  json_t *annotations;

  if (n == 0)
    return;
  annotations = copy_annotations (self);
  json_array_append (annotations, json_array_get (self->redo, n - 1));
  json_array_remove (self->redo, n - 1);
  set_annotations (self, annotations);
  json_decref (annotations);
}

static PlxArticlePane *
create_pane (PlxWindow  *self,
             PlxArticle *article)
{
  PlxArticlePane *pane = PLX_ARTICLE_PANE (plx_article_pane_new (article));
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  plx_settings_init_pane (pane);

  g_signal_connect_object (pane, "close-requested", G_CALLBACK (on_pane_close_requested), self, 0);
  g_signal_connect_object (pane, "move-requested", G_CALLBACK (on_pane_move_requested), self, 0);
  g_signal_connect_object (pane, "pane-dropped", G_CALLBACK (on_pane_dropped), self, 0);
  g_signal_connect_object (focus, "enter", G_CALLBACK (on_pane_focus_enter), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (pane), focus);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_pane_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (pane), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (pane, "correction", G_CALLBACK (on_pane_correction), self, 0);
  g_signal_connect_object (pane, "changed", G_CALLBACK (on_pane_changed), self, 0);

  ensure_rulebook (self);
  plx_article_pane_set_rulebook (pane, self->rulebook);
  plx_article_pane_set_annotations (pane, plx_session_get_section (self->session, "annotations"));
  plx_article_pane_set_layers (pane, self->layers, self->hidden_speakers);
  g_hash_table_insert (self->panes, article, pane);
  return pane;
}

static void
sync_panes (PlxWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->session));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) created = g_ptr_array_new ();
  GtkWidget *prev = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_ptr_array_set_size (self->pane_order, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlxArticle) article = g_list_model_get_item (G_LIST_MODEL (self->session), i);
      PlxArticlePane *pane = g_hash_table_lookup (self->panes, article);

      if (pane == NULL)
        {
          pane = create_pane (self, article);
          g_ptr_array_add (created, pane);
        }
      if (gtk_widget_get_parent (GTK_WIDGET (pane)) == NULL)
        gtk_box_insert_child_after (self->panes_box, GTK_WIDGET (pane), prev);
      else
        gtk_box_reorder_child_after (self->panes_box, GTK_WIDGET (pane), prev);
      prev = GTK_WIDGET (pane);
      g_hash_table_add (seen, pane);
      g_ptr_array_add (self->pane_order, pane);
    }

  g_hash_table_iter_init (&iter, self->panes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_hash_table_contains (seen, value))
        continue;
      if (self->focused == value)
        self->focused = NULL;
      gtk_box_remove (self->panes_box, value);
      g_hash_table_iter_remove (&iter);
    }

  for (guint i = 0; i < self->pane_order->len; i++)
    plx_article_pane_set_position_info (g_ptr_array_index (self->pane_order, i),
                                        i == 0, i + 1 == self->pane_order->len);

  for (guint i = 0; i < created->len; i++)
    start_analysis (self, g_ptr_array_index (created, i));

  if (self->focused == NULL && self->pane_order->len > 0)
    set_focused (self, g_ptr_array_index (self->pane_order, 0));

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "panes" : "welcome");
  queue_sidebar (self);
  update_title (self);
  update_actions (self);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  PlxWindow  *self)
{
  sync_panes (self);
}

GPtrArray *
plx_window_get_panes (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);
  return self->pane_order;
}

PlxArticlePane *
plx_window_get_focused_pane (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);
  return self->focused;
}

void
plx_window_focus_pane (PlxWindow      *self,
                       PlxArticlePane *pane)
{
  GtkAdjustment *hadj;
  graphene_rect_t bounds;

  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (PLX_IS_ARTICLE_PANE (pane));

  set_focused (self, pane);
  hadj = gtk_scrolled_window_get_hadjustment (self->panes_scroller);
  if (gtk_widget_compute_bounds (GTK_WIDGET (pane), GTK_WIDGET (self->panes_box), &bounds))
    {
      double value = gtk_adjustment_get_value (hadj);
      double page = gtk_adjustment_get_page_size (hadj);
      double x = bounds.origin.x;
      double w = bounds.size.width;

      if (x < value)
        gtk_adjustment_set_value (hadj, x);
      else if (x + w > value + page)
        gtk_adjustment_set_value (hadj, MIN (x, x + w - page));
    }
  gtk_widget_grab_focus (GTK_WIDGET (plx_article_pane_get_view (pane)));
}

guint
plx_window_get_n_pending (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), 0);
  return self->jobs->len + self->n_analyses;
}

GPtrArray *
plx_window_get_errors (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);
  return self->errors;
}

PlxSession *
plx_window_get_session (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);
  return self->session;
}

gboolean
plx_window_is_empty (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), FALSE);
  return plx_session_get_n_articles (self->session) == 0 && self->jobs->len == 0 &&
         plx_session_get_file (self->session) == NULL;
}

/* ---- sidebar ------------------------------------------------------- */

static gboolean
refresh_sidebar (gpointer data)
{
  PlxWindow *self = data;

  self->sidebar_idle_id = 0;
  plx_sidebar_refresh (self->sidebar, self->pane_order, self->focused, self->hidden_speakers);
  return G_SOURCE_REMOVE;
}

static void
queue_sidebar (PlxWindow *self)
{
  if (self->sidebar_idle_id == 0)
    self->sidebar_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_sidebar, self, NULL);
}

static void
on_sidebar_reveal (PlxSidebar     *sidebar,
                   PlxArticlePane *pane,
                   guint           start,
                   guint           end,
                   PlxWindow      *self)
{
  if (pane_position (self, pane) < 0)
    return;
  plx_window_focus_pane (self, pane);
  plx_article_pane_reveal (pane, start, end);
}

static void
on_sidebar_focus_pane (PlxSidebar     *sidebar,
                       PlxArticlePane *pane,
                       PlxWindow      *self)
{
  if (pane_position (self, pane) >= 0)
    plx_window_focus_pane (self, pane);
}

static void
apply_layers (PlxWindow *self)
{
  for (guint i = 0; i < self->pane_order->len; i++)
    plx_article_pane_set_layers (g_ptr_array_index (self->pane_order, i),
                                 self->layers, self->hidden_speakers);
}

static void
on_speaker_toggled (PlxSidebar *sidebar,
                    const char *key,
                    gboolean    visible,
                    PlxWindow  *self)
{
  if (visible)
    g_hash_table_remove (self->hidden_speakers, key);
  else
    g_hash_table_add (self->hidden_speakers, g_strdup (key));
  apply_layers (self);
  if (!self->applying_view)
    plx_session_set_modified (self->session, TRUE);
}

/* ---- view state ---------------------------------------------------- */

static json_t *
view_to_json (PlxWindow *self)
{
  json_t *view = json_object ();
  json_t *widths = json_array ();
  json_t *layers = json_object ();
  json_t *hidden = json_array ();
  GHashTableIter iter;
  gpointer key;
  g_autoptr(GList) keys = NULL;

  for (guint i = 0; i < self->pane_order->len; i++)
    json_array_append_new (widths,
                           json_integer (plx_article_pane_get_content_width (g_ptr_array_index (self->pane_order, i))));
  json_object_set_new (view, "pane_widths", widths);

  json_object_set_new (layers, "mentions", json_boolean (self->layers & PLX_LAYER_MENTIONS));
  json_object_set_new (layers, "quotes", json_boolean (self->layers & PLX_LAYER_QUOTES));
  json_object_set_new (layers, "claims", json_boolean (self->layers & PLX_LAYER_CLAIMS));
  json_object_set_new (view, "layers", layers);

  /* sorted, so saving twice gives the same file */
  g_hash_table_iter_init (&iter, self->hidden_speakers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    keys = g_list_prepend (keys, key);
  keys = g_list_sort (keys, (GCompareFunc) g_strcmp0);
  for (GList *l = keys; l != NULL; l = l->next)
    json_array_append_new (hidden, json_string (l->data));
  json_object_set_new (view, "hidden_speakers", hidden);

  json_object_set_new (view, "focused",
                       json_integer (self->focused != NULL ? pane_position (self, self->focused) : -1));
  json_object_set_new (view, "sidebar", json_boolean (gtk_widget_get_visible (GTK_WIDGET (self->sidebar))));
  json_object_set_new (view, "sidebar_width", json_integer (gtk_paned_get_position (self->paned)));
  return view;
}

static void
apply_view (PlxWindow *self,
            json_t    *view)
{
  json_t *widths, *layers, *hidden, *focused, *sidebar, *sidebar_width;

  if (!json_is_object (view))
    return;

  self->applying_view = TRUE;
  widths = json_object_get (view, "pane_widths");
  if (json_is_array (widths))
    for (guint i = 0; i < self->pane_order->len && i < json_array_size (widths); i++)
      {
        json_t *w = json_array_get (widths, i);

        if (json_is_integer (w))
          plx_article_pane_set_content_width (g_ptr_array_index (self->pane_order, i),
                                              (int) CLAMP (json_integer_value (w), 0, 4000));
      }

  layers = json_object_get (view, "layers");
  if (json_is_object (layers))
    {
      struct { const char *name; const char *action; PlxLayers bit; } map[] = {
        { "mentions", "show-mentions", PLX_LAYER_MENTIONS },
        { "quotes", "show-quotes", PLX_LAYER_QUOTES },
        { "claims", "show-claims", PLX_LAYER_CLAIMS },
      };
      for (guint i = 0; i < G_N_ELEMENTS (map); i++)
        {
          json_t *v = json_object_get (layers, map[i].name);

          if (json_is_boolean (v))
            {
              if (json_is_true (v))
                self->layers |= map[i].bit;
              else
                self->layers &= ~map[i].bit;
            }
        }
    }

  hidden = json_object_get (view, "hidden_speakers");
  if (json_is_array (hidden))
    {
      g_hash_table_remove_all (self->hidden_speakers);
      for (guint i = 0; i < json_array_size (hidden); i++)
        if (json_is_string (json_array_get (hidden, i)))
          g_hash_table_add (self->hidden_speakers,
                            g_strdup (json_string_value (json_array_get (hidden, i))));
    }
  apply_layers (self);

  sidebar = json_object_get (view, "sidebar");
  if (json_is_boolean (sidebar))
    gtk_widget_set_visible (GTK_WIDGET (self->sidebar), json_is_true (sidebar));
  sidebar_width = json_object_get (view, "sidebar_width");
  if (json_is_integer (sidebar_width))
    gtk_paned_set_position (self->paned, (int) CLAMP (json_integer_value (sidebar_width), 120, 1000));

  focused = json_object_get (view, "focused");
  if (json_is_integer (focused) && json_integer_value (focused) >= 0 &&
      json_integer_value (focused) < self->pane_order->len)
    set_focused (self, g_ptr_array_index (self->pane_order, json_integer_value (focused)));

  update_actions (self);
  queue_sidebar (self);
  self->applying_view = FALSE;
}

/* ---- title, actions ------------------------------------------------ */

static char *
session_name (PlxWindow *self)
{
  GFile *file = plx_session_get_file (self->session);
  g_autofree char *base = NULL;

  if (file == NULL)
    return g_strdup (_("New Comparison"));
  base = g_file_get_basename (file);
  if (g_str_has_suffix (base, ".parallax.json"))
    base[strlen (base) - strlen (".parallax.json")] = '\0';
  else if (g_str_has_suffix (base, ".parallax"))
    base[strlen (base) - strlen (".parallax")] = '\0';
  else if (g_str_has_suffix (base, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';
  return g_steal_pointer (&base);
}

static void
update_title (PlxWindow *self)
{
  g_autofree char *name = session_name (self);
  g_autofree char *title = NULL;
  gboolean modified = plx_session_get_modified (self->session) &&
                      plx_session_get_n_articles (self->session) > 0;
  GFile *file = plx_session_get_file (self->session);

  if (modified)
    /* Translators: the window title of a session with unsaved changes. */
    title = g_strdup_printf (_("• %s — Parallax"), name);
  else
    title = g_strdup_printf (_("%s — Parallax"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (modified)
    {
      g_autofree char *t = g_strdup_printf ("• %s", name);
      gtk_label_set_text (self->title_label, t);
    }
  else
    gtk_label_set_text (self->title_label, name);

  if (file != NULL || modified)
    {
      g_autofree char *parent = NULL;

      if (file != NULL)
        {
          g_autoptr(GFile) dir = g_file_get_parent (file);
          parent = dir != NULL ? g_file_get_parse_name (dir) : NULL;
        }
      gtk_label_set_text (self->subtitle_label,
                          modified ? _("Unsaved changes") : (parent != NULL ? parent : ""));
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
}

static void
update_actions (PlxWindow *self)
{
  gboolean has_articles = plx_session_get_n_articles (self->session) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-article", self->focused != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-sidebar", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 json_array_size (plx_session_get_section (self->session, "annotations")) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", json_array_size (self->redo) > 0);
}

static void
on_session_notify (PlxWindow *self)
{
  update_title (self);
}

void
_plx_window_set_session (PlxWindow  *self,
                         PlxSession *session)
{
  json_t *view;

  g_return_if_fail (PLX_IS_SESSION (session));

  if (self->session != NULL)
    {
      g_clear_signal_handler (&self->items_changed_id, self->session);
      g_clear_signal_handler (&self->modified_id, self->session);
      g_clear_signal_handler (&self->file_id, self->session);
    }
  g_set_object (&self->session, session);
  self->focused = NULL;
  json_array_clear (self->redo);
  sync_panes (self);
  apply_annotations (self);

  self->items_changed_id = g_signal_connect (session, "items-changed", G_CALLBACK (on_items_changed), self);
  self->modified_id = g_signal_connect_swapped (session, "notify::modified", G_CALLBACK (on_session_notify), self);
  self->file_id = g_signal_connect_swapped (session, "notify::file", G_CALLBACK (on_session_notify), self);

  view = plx_session_get_section (session, "view");
  if (view != NULL)
    {
      gboolean modified = plx_session_get_modified (session);

      apply_view (self, view);
      plx_session_set_modified (session, modified);
    }
  update_title (self);
}

/* ---- saving -------------------------------------------------------- */

gboolean
plx_window_save_to (PlxWindow  *self,
                    GFile      *file,
                    GError    **error)
{
  json_t *view;

  g_return_val_if_fail (PLX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  view = view_to_json (self);
  plx_session_set_section (self->session, "view", view);
  json_decref (view);
  plx_settings_prepare_save (self->session);
  if (!plx_session_save (self->session, file, NULL, error))
    return FALSE;
  plx_settings_add_recent (file);
  update_title (self);
  return TRUE;
}

static gboolean
save_or_report (PlxWindow *self,
                GFile     *file)
{
  g_autoptr(GError) error = NULL;

  if (plx_window_save_to (self, file, &error))
    return TRUE;
  _plx_window_add_error (self, error->message);
  return FALSE;
}

static void
win_save (GtkWidget  *widget,
          const char *action_name,
          GVariant   *param)
{
  PlxWindow *self = PLX_WINDOW (widget);
  GFile *file = plx_session_get_file (self->session);

  if (file == NULL)
    _plx_window_save_as (self, FALSE);
  else
    save_or_report (self, file);
}

static void
win_save_as (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _plx_window_save_as (PLX_WINDOW (widget), FALSE);
}

/* ---- closing ------------------------------------------------------- */

static void
on_confirm_response (GtkWidget *button,
                     PlxWindow *self)
{
  GtkWindow *dialog = GTK_WINDOW (gtk_widget_get_root (button));
  const char *response = g_object_get_data (G_OBJECT (button), "plx-response");

  gtk_window_destroy (dialog);

  if (g_strcmp0 (response, "discard") == 0)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      GFile *file = plx_session_get_file (self->session);

      if (file == NULL)
        _plx_window_save_as (self, TRUE);
      else if (save_or_report (self, file))
        {
          self->close_confirmed = TRUE;
          gtk_window_close (GTK_WINDOW (self));
        }
    }
}

static GtkWidget *
confirm_button_new (PlxWindow  *self,
                    const char *label,
                    const char *response,
                    const char *css_class)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "plx-response", (gpointer) response);
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  gtk_widget_set_hexpand (button, TRUE);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_confirm_response), self, 0);
  return button;
}

static void
ask_before_close (PlxWindow *self)
{
  g_autofree char *name = session_name (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog, *box, *label, *buttons, *save;
  GtkEventController *keys;
  GtkShortcut *escape;

  dialog = gtk_window_new ();
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_resizable (GTK_WINDOW (dialog), FALSE);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Save Changes?"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 380, -1);
  gtk_window_set_titlebar (GTK_WINDOW (dialog), gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  gtk_widget_add_css_class (dialog, "message-dialog");
  gtk_widget_add_css_class (dialog, "confirm-dialog");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);

  /* Translators: %s is the session name. */
  heading = g_strdup_printf (_("Save Changes to “%s”?"), name);
  label = gtk_label_new (heading);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "title-3");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (_("The comparison has unsaved changes. If you close without saving, they are lost."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), label);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_box_append (GTK_BOX (buttons), confirm_button_new (self, _("_Cancel"), "cancel", NULL));
  gtk_box_append (GTK_BOX (buttons), confirm_button_new (self, _("_Discard"), "discard", "destructive-action"));
  save = confirm_button_new (self, _("_Save"), "save", "suggested-action");
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_window_set_child (GTK_WINDOW (dialog), box);
  gtk_window_set_default_widget (GTK_WINDOW (dialog), save);

  keys = gtk_shortcut_controller_new ();
  escape = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                             gtk_named_action_new ("window.close"));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), escape);
  gtk_widget_add_controller (dialog, keys);

  gtk_accessible_update_property (GTK_ACCESSIBLE (dialog), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  heading, -1);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (save);
}

static gboolean
plx_window_close_request (GtkWindow *window)
{
  PlxWindow *self = PLX_WINDOW (window);

  if (!self->close_confirmed &&
      plx_session_get_modified (self->session) &&
      plx_session_get_n_articles (self->session) > 0)
    {
      ask_before_close (self);
      return TRUE;
    }

  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (plx_window_parent_class)->close_request (window);
}

/* ---- simple actions ------------------------------------------------ */

static void
win_dismiss_errors (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PlxWindow *self = PLX_WINDOW (widget);

  GtkWidget *child;

  g_ptr_array_set_size (self->errors, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->error_list))) != NULL)
    gtk_box_remove (self->error_list, child);
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
win_export (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  gtk_window_present (GTK_WINDOW (plx_export_dialog_new (PLX_WINDOW (widget))));
}

static void
win_print (GtkWidget  *widget,
           const char *action_name,
           GVariant   *param)
{
  plx_print_window (PLX_WINDOW (widget));
}

static void
win_shortcuts (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/parallax/Parallax/plx-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static void
win_close_article (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PlxWindow *self = PLX_WINDOW (widget);

  if (self->focused != NULL)
    on_pane_close_requested (self->focused, self);
}

static void
win_focus_neighbour (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PlxWindow *self = PLX_WINDOW (widget);
  int pos = self->focused != NULL ? pane_position (self, self->focused) : -1;
  int to = pos + (g_str_equal (action_name, "win.next-article") ? 1 : -1);

  if (to >= 0 && to < (int) self->pane_order->len)
    plx_window_focus_pane (self, g_ptr_array_index (self->pane_order, to));
}

static void
toggle_layer (PlxWindow *self,
              PlxLayers  bit)
{
  self->layers ^= bit;
  apply_layers (self);
  plx_session_set_modified (self->session, TRUE);
}

static void
plx_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PlxWindow *self = PLX_WINDOW (object);

  switch (prop_id)
    {
    case 1:
      g_value_set_boolean (value, (self->layers & PLX_LAYER_MENTIONS) != 0);
      break;
    case 2:
      g_value_set_boolean (value, (self->layers & PLX_LAYER_QUOTES) != 0);
      break;
    case 3:
      g_value_set_boolean (value, (self->layers & PLX_LAYER_CLAIMS) != 0);
      break;
    case 4:
      g_value_set_boolean (value, self->sidebar == NULL || gtk_widget_get_visible (GTK_WIDGET (self->sidebar)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PlxWindow *self = PLX_WINDOW (object);
  PlxLayers bit = 0;

  switch (prop_id)
    {
    case 1: bit = PLX_LAYER_MENTIONS; break;
    case 2: bit = PLX_LAYER_QUOTES; break;
    case 3: bit = PLX_LAYER_CLAIMS; break;
    case 4:
      gtk_widget_set_visible (GTK_WIDGET (self->sidebar), g_value_get_boolean (value));
      g_object_notify_by_pspec (object, pspec);
      return;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (!!(self->layers & bit) != g_value_get_boolean (value))
    toggle_layer (self, bit);
  g_object_notify_by_pspec (object, pspec);
}

/* ---- GObject ------------------------------------------------------- */

static void
plx_window_dispose (GObject *object)
{
  PlxWindow *self = PLX_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_handle_id (&self->sidebar_idle_id, g_source_remove);
  g_clear_handle_id (&self->compare_idle_id, g_source_remove);
  _plx_window_open_dispose (self);
  _plx_window_coverage_dispose (self);
  if (self->session != NULL)
    {
      g_clear_signal_handler (&self->items_changed_id, self->session);
      g_clear_signal_handler (&self->modified_id, self->session);
      g_clear_signal_handler (&self->file_id, self->session);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_WINDOW);

  G_OBJECT_CLASS (plx_window_parent_class)->dispose (object);
}

static void
plx_window_finalize (GObject *object)
{
  PlxWindow *self = PLX_WINDOW (object);

  g_clear_object (&self->session);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->compare_cancellable);
  g_clear_pointer (&self->panes, g_hash_table_unref);
  g_clear_pointer (&self->pane_order, g_ptr_array_unref);
  g_clear_pointer (&self->hidden_speakers, g_hash_table_unref);
  g_clear_pointer (&self->errors, g_ptr_array_unref);
  g_clear_pointer (&self->jobs, g_ptr_array_unref);
  g_clear_pointer (&self->redo, json_decref);
  g_clear_pointer (&self->rulebook, plx_rulebook_unref);

  G_OBJECT_CLASS (plx_window_parent_class)->finalize (object);
}

static void
plx_window_class_init (PlxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = plx_window_dispose;
  object_class->finalize = plx_window_finalize;
  object_class->get_property = plx_window_get_property;
  object_class->set_property = plx_window_set_property;
  window_class->close_request = plx_window_close_request;

  /* Layer toggles are properties so the menu shows check marks
   * (gtk_widget_class_install_property_action). */
  g_object_class_install_property (object_class, 1,
    g_param_spec_boolean ("show-mentions", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, 2,
    g_param_spec_boolean ("show-quotes", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, 3,
    g_param_spec_boolean ("show-claims", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, 4,
    g_param_spec_boolean ("show-sidebar", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_type_ensure (PLX_TYPE_SIDEBAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/plx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, error_list);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, panes_scroller);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, panes_box);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, welcome_open_button);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, win_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, win_save_as);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, win_export);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, win_print);
  gtk_widget_class_install_action (widget_class, "win.dismiss-errors", NULL, win_dismiss_errors);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, win_undo);
  gtk_widget_class_install_action (widget_class, "win.shortcuts", NULL, win_shortcuts);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, win_redo);
  gtk_widget_class_install_action (widget_class, "win.close-article", NULL, win_close_article);
  gtk_widget_class_install_action (widget_class, "win.next-article", NULL, win_focus_neighbour);
  gtk_widget_class_install_action (widget_class, "win.previous-article", NULL, win_focus_neighbour);
  gtk_widget_class_install_property_action (widget_class, "win.show-mentions", "show-mentions");
  gtk_widget_class_install_property_action (widget_class, "win.show-quotes", "show-quotes");
  gtk_widget_class_install_property_action (widget_class, "win.show-claims", "show-claims");
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "show-sidebar");

  /* Keys only the window knows; the others are in the application's
   * accelerator table (plx-application.c) so the shortcuts window shows them. */
  {
    static const struct { guint key; GdkModifierType mods; const char *action; } accels[] = {
      { GDK_KEY_Page_Down, GDK_CONTROL_MASK, "win.next-article" },
      { GDK_KEY_Page_Up, GDK_CONTROL_MASK, "win.previous-article" },
      { GDK_KEY_1, GDK_ALT_MASK, "win.show-mentions" },
      { GDK_KEY_2, GDK_ALT_MASK, "win.show-quotes" },
      { GDK_KEY_3, GDK_ALT_MASK, "win.show-claims" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
      gtk_widget_class_add_binding_action (widget_class, accels[i].key, accels[i].mods,
                                           accels[i].action, NULL);
  }

  _plx_window_open_class_init (widget_class);
}

static void
plx_window_init (PlxWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->panes = g_hash_table_new (NULL, NULL);
  self->pane_order = g_ptr_array_new ();
  self->hidden_speakers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->errors = g_ptr_array_new_with_free_func (g_free);
  self->layers = PLX_LAYER_ALL;
  self->redo = json_array ();

  g_signal_connect_object (self->sidebar, "reveal", G_CALLBACK (on_sidebar_reveal), self, 0);
  g_signal_connect_object (self->sidebar, "focus-pane", G_CALLBACK (on_sidebar_focus_pane), self, 0);
  g_signal_connect_object (self->sidebar, "speaker-toggled", G_CALLBACK (on_speaker_toggled), self, 0);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->panes_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Articles side by side"), -1);

  _plx_window_open_init (self);
  _plx_window_coverage_init (self, self->paned, GTK_WIDGET (self->panes_scroller));

  {
    g_autoptr(PlxSession) session = plx_session_new ();
    _plx_window_set_session (self, session);
  }

  if (g_str_has_suffix (APP_ID, "Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* size, highlight layers and autosave from GSettings */
  plx_settings_attach_window (GTK_WINDOW (self));
  /* F6 / Shift+F6 between the sidebar and the panes */
  plx_keyboard_attach_window (self);
}

PlxWindow *
plx_window_new (GtkApplication *application)
{
  return g_object_new (PLX_TYPE_WINDOW, "application", application, NULL);
}

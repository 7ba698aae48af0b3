/* plx-window-open.c — every way an article or a session gets into a window
 *
 * Command line and desktop (via PlxApplication), the Open dialog, drag and
 * drop, paste, the sample comparison. Each file is read and imported in a
 * worker thread; results are added in the order the files were given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "plx-settings.h"
#include "plx-window-private.h"

typedef struct
{
  GFile      *file;
  gboolean    done;
  PlxArticle *article;
  PlxSession *session;
  GPtrArray  *warnings;
  GError     *error;
} OpenJob;

static void
open_job_free (OpenJob *job)
{
  g_clear_object (&job->file);
  g_clear_object (&job->article);
  g_clear_object (&job->session);
  g_clear_pointer (&job->warnings, g_ptr_array_unref);
  g_clear_error (&job->error);
  g_free (job);
}

/* ---- errors and progress ------------------------------------------- */

void
_plx_window_add_error (PlxWindow  *self,
                       const char *message)
{
  GtkWidget *label;

  g_return_if_fail (message != NULL);

  g_ptr_array_add (self->errors, g_strdup (message));
  label = gtk_label_new (message);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (label, message);
  gtk_box_append (self->error_list, label);

  /* the last few are enough: the bar must not grow without bound */
  while (self->errors->len > 8)
    {
      g_ptr_array_remove_index (self->errors, 0);
      gtk_box_remove (self->error_list, gtk_widget_get_first_child (GTK_WIDGET (self->error_list)));
    }
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

void
_plx_window_update_progress (PlxWindow *self)
{
  guint pending = self->jobs->len + self->n_analyses;
  g_autofree char *text = NULL;

  if (pending == 0)
    {
      self->n_jobs_total = self->n_jobs_done = 0;
      gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
      return;
    }

  if (self->jobs->len > 0)
    {
      /* Translators: progress of opening files: "Opening 3 of 20…" */
      text = g_strdup_printf (_("Opening %u of %u…"), MIN (self->n_jobs_done + 1, self->n_jobs_total),
                              self->n_jobs_total);
      gtk_progress_bar_set_fraction (self->progress_bar,
                                     self->n_jobs_total > 0 ? (double) self->n_jobs_done / self->n_jobs_total : 0);
    }
  else
    {
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Analysing %u article…",
                                           "Analysing %u articles…", self->n_analyses),
                              self->n_analyses);
      gtk_progress_bar_pulse (self->progress_bar);
    }
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
}

/* ---- reading files in a worker thread ------------------------------ */

static gboolean
looks_like_session (GFile        *file,
                    GCancellable *cancellable)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autoptr(GFileInputStream) in = NULL;
  char buf[512];
  gssize n;

  if (base != NULL && (g_str_has_suffix (base, ".parallax.json") || g_str_has_suffix (base, ".parallax")))
    return TRUE;
  if (base == NULL || !g_str_has_suffix (base, ".json"))
    return FALSE;

  /* as the MIME type does it: "parallax-session" near the start */
  in = g_file_read (file, cancellable, NULL);
  if (in == NULL)
    return FALSE;
  n = g_input_stream_read (G_INPUT_STREAM (in), buf, sizeof buf - 1, cancellable, NULL);
  if (n <= 0)
    return FALSE;
  buf[n] = '\0';
  return strstr (buf, "\"parallax-session\"") != NULL;
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenJob *job = task_data;

  if (looks_like_session (job->file, cancellable))
    job->session = plx_session_load (job->file, &job->warnings, cancellable, &job->error);
  else
    job->article = plx_import_file (job->file, NULL, cancellable, &job->error);
  g_task_return_boolean (task, TRUE);
}

static gboolean
same_file (PlxArticle *article,
           GFile      *file)
{
  const char *source = plx_article_get_source (article);
  g_autoptr(GFile) f = NULL;

  if (source == NULL || *source == '\0')
    return FALSE;
  f = g_file_new_for_commandline_arg (source);
  return g_file_equal (f, file);
}

static void
finish_job (PlxWindow *self,
            OpenJob   *job)
{
  g_autofree char *name = g_file_get_parse_name (job->file);

  if (job->error != NULL)
    {
      if (!g_error_matches (job->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* core messages name the file already; add it when they don't */
          g_autofree char *base = g_file_get_basename (job->file);

          if (base != NULL && strstr (job->error->message, base) != NULL)
            _plx_window_add_error (self, job->error->message);
          else
            {
              g_autofree char *msg = g_strdup_printf (_("Could not open “%s”: %s"), name, job->error->message);
              _plx_window_add_error (self, msg);
            }
        }
      return;
    }

  plx_settings_add_recent (job->file);

  if (job->session != NULL)
    {
      if (job->warnings != NULL)
        for (guint i = 0; i < job->warnings->len; i++)
          _plx_window_add_error (self, g_ptr_array_index (job->warnings, i));

      if (plx_session_get_n_articles (self->session) == 0 &&
          plx_session_get_file (self->session) == NULL)
        _plx_window_set_session (self, job->session);
      else
        {
          /* this window is in use: the session gets its own window */
          PlxWindow *window = plx_window_new (gtk_window_get_application (GTK_WINDOW (self)));

          _plx_window_set_session (window, job->session);
          gtk_window_present (GTK_WINDOW (window));
        }
      return;
    }

  if (job->article != NULL)
    {
      /* the same file may have been asked for twice in one go */
      for (guint i = 0; i < plx_session_get_n_articles (self->session); i++)
        if (same_file (plx_session_get_article (self->session, i), job->file))
          {
            GPtrArray *panes = plx_window_get_panes (self);

            if (i < panes->len)
              plx_window_focus_pane (self, g_ptr_array_index (panes, i));
            return;
          }
      plx_session_add_article (self->session, job->article);
    }
}

static void
open_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  PlxWindow *self = PLX_WINDOW (source);
  OpenJob *job = user_data;

  job->done = TRUE;
  self->n_jobs_done++;

  /* the window was closed: nothing to show the result in */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  /* add what is done, in the order the files were given */
  while (self->jobs->len > 0)
    {
      OpenJob *head = g_ptr_array_index (self->jobs, 0);

      if (!head->done)
        break;
      finish_job (self, head);
      g_ptr_array_remove_index (self->jobs, 0);
    }
  _plx_window_update_progress (self);
}

static gboolean
is_open_or_pending (PlxWindow *self,
                    GFile     *file)
{
  for (guint i = 0; i < plx_session_get_n_articles (self->session); i++)
    if (same_file (plx_session_get_article (self->session, i), file))
      {
        GPtrArray *panes = plx_window_get_panes (self);

        if (i < panes->len)
          plx_window_focus_pane (self, g_ptr_array_index (panes, i));
        return TRUE;
      }
  for (guint i = 0; i < self->jobs->len; i++)
    if (g_file_equal (((OpenJob *) g_ptr_array_index (self->jobs, i))->file, file))
      return TRUE;
  return FALSE;
}

void
plx_window_open_files (PlxWindow  *self,
                       GFile     **files,
                       guint       n_files)
{
  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GTask) task = NULL;
      OpenJob *job;

      if (is_open_or_pending (self, files[i]))
        continue;

      job = g_new0 (OpenJob, 1);
      job->file = g_object_ref (files[i]);
      g_ptr_array_add (self->jobs, job);
      self->n_jobs_total++;

      task = g_task_new (self, self->cancellable, open_done, job);
      g_task_set_source_tag (task, plx_window_open_files);
      /* the job belongs to self->jobs; the task only borrows it */
      g_task_set_task_data (task, job, NULL);
      g_task_run_in_thread (task, open_thread);
    }
  _plx_window_update_progress (self);
}

/* ---- samples ------------------------------------------------------- */

void
plx_window_open_sample (PlxWindow *self)
{
  g_autofree char *index_path = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  json_error_t jerr;
  json_t *root, *articles;

  g_return_if_fail (PLX_IS_WINDOW (self));

  index_path = plx_data_find_file ("samples/index.json");
  if (index_path == NULL)
    {
      _plx_window_add_error (self, _("The sample comparison is not installed (samples/index.json was not found)."));
      return;
    }
  root = json_load_file (index_path, 0, &jerr);
  articles = root != NULL ? json_object_get (root, "articles") : NULL;
  if (!json_is_array (articles))
    {
      g_autofree char *msg = g_strdup_printf (_("Could not read the list of samples “%s”: %s"),
                                              index_path, root == NULL ? jerr.text : _("no “articles” list"));
      _plx_window_add_error (self, msg);
      json_decref (root);
      return;
    }

  dir = g_path_get_dirname (index_path);
  for (guint i = 0; i < json_array_size (articles); i++)
    {
      json_t *name = json_array_get (articles, i);
      g_autofree char *path = NULL;

      if (!json_is_string (name) || strchr (json_string_value (name), '/') != NULL)
        continue;
      path = g_build_filename (dir, json_string_value (name), NULL);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  json_decref (root);

  plx_window_open_files (self, (GFile **) files->pdata, files->len);
}

static void
win_open_sample (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  plx_window_open_sample (PLX_WINDOW (widget));
}

/* ---- paste --------------------------------------------------------- */

void
plx_window_add_text (PlxWindow  *self,
                     const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  self->n_paste++;
  /* Translators: the name of an article made from pasted text. */
  name = g_strdup_printf (_("Pasted text %u"), self->n_paste);
  article = plx_import_text (text, name, &error);
  if (article == NULL)
    {
      _plx_window_add_error (self, error->message);
      return;
    }
  plx_session_add_article (self->session, article);
}

static void
paste_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PlxWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (text == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *msg = g_strdup_printf (_("Could not paste: the clipboard holds no text (%s)"),
                                                  error != NULL ? error->message : _("empty"));
          _plx_window_add_error (self, msg);
        }
      return;
    }
  plx_window_add_text (self, text);
}

static void
win_paste (GtkWidget  *widget,
           const char *action_name,
           GVariant   *param)
{
  PlxWindow *self = PLX_WINDOW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);

  gdk_clipboard_read_text_async (clipboard, self->cancellable, paste_done, g_object_ref (self));
}

/* ---- the Open dialog ----------------------------------------------- */

static void
add_filters (GtkFileChooser *chooser,
             gboolean        articles,
             gboolean        sessions)
{
  if (articles)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("Articles"));
      gtk_file_filter_add_mime_type (filter, "text/plain");
      gtk_file_filter_add_mime_type (filter, "text/html");
      gtk_file_filter_add_mime_type (filter, "text/markdown");
      gtk_file_filter_add_suffix (filter, "txt");
      gtk_file_filter_add_suffix (filter, "md");
      gtk_file_filter_add_suffix (filter, "html");
      gtk_file_filter_add_suffix (filter, "htm");
      if (sessions)
        gtk_file_filter_add_pattern (filter, "*.parallax.json");
      gtk_file_chooser_add_filter (chooser, filter);
      g_object_unref (filter);
    }
  if (sessions)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("Parallax Sessions"));
      gtk_file_filter_add_mime_type (filter, "application/x-parallax-session");
      gtk_file_filter_add_pattern (filter, "*.parallax.json");
      gtk_file_filter_add_pattern (filter, "*.parallax");
      gtk_file_chooser_add_filter (chooser, filter);
      g_object_unref (filter);
    }
  {
    GtkFileFilter *filter = gtk_file_filter_new ();

    gtk_file_filter_set_name (filter, _("All Files"));
    gtk_file_filter_add_pattern (filter, "*");
    gtk_file_chooser_add_filter (chooser, filter);
    g_object_unref (filter);
  }
}

static void
on_open_response (GtkNativeDialog *native,
                  int              response,
                  PlxWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      plx_window_open_files (self, (GFile **) array->pdata, array->len);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
show_open_dialog (PlxWindow *self,
                  gboolean   sessions_only)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (sessions_only ? _("Open Session") : _("Open Articles"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), !sessions_only);
  add_filters (GTK_FILE_CHOOSER (native), !sessions_only, TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (on_open_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
win_open (GtkWidget  *widget,
          const char *action_name,
          GVariant   *param)
{
  show_open_dialog (PLX_WINDOW (widget), FALSE);
}

static void
win_open_session (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  show_open_dialog (PLX_WINDOW (widget), TRUE);
}

/* ---- Save As ------------------------------------------------------- */

static void
on_save_response (GtkNativeDialog *native,
                  int              response,
                  PlxWindow       *self)
{
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "plx-close-after"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GError) error = NULL;

      if (file != NULL && !plx_window_save_to (self, file, &error))
        _plx_window_add_error (self, error->message);
      else if (file != NULL && close_after)
        {
          self->close_confirmed = TRUE;
          gtk_window_close (GTK_WINDOW (self));
        }
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

void
_plx_window_save_as (PlxWindow *self,
                     gboolean   close_after)
{
  GtkFileChooserNative *native;
  GFile *current = plx_session_get_file (self->session);

  native = gtk_file_chooser_native_new (_("Save Session"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filters (GTK_FILE_CHOOSER (native), FALSE, TRUE);
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), current, NULL);
  else
    /* Translators: default file name of a new session; keep .parallax.json */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("Comparison.parallax.json"));
  g_object_set_data (G_OBJECT (native), "plx-close-after", GINT_TO_POINTER (close_after));
  g_signal_connect_object (native, "response", G_CALLBACK (on_save_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- drag and drop ------------------------------------------------- */

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PlxWindow     *self)
{
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = g_value_get_boxed (value);
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0)
    return FALSE;
  plx_window_open_files (self, (GFile **) files->pdata, files->len);
  return TRUE;
}

/* ---- setup --------------------------------------------------------- */

void
_plx_window_open_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, win_open);
  gtk_widget_class_install_action (widget_class, "win.open-session", NULL, win_open_session);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, win_open_sample);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, win_paste);
}

void
_plx_window_open_init (PlxWindow *self)
{
  GtkDropTarget *target;

  self->jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) open_job_free);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_plx_window_open_dispose (PlxWindow *self)
{
  /* running tasks hold a reference on the window, so nothing is freed
   * under a worker; cancellation makes them finish early */
  g_cancellable_cancel (self->cancellable);
}

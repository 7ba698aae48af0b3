/* plx-export-dialog.c — Export Report: format, articles, highlight layers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "plx-export-dialog.h"
#include "plx-gui-private.h"
#include "plx-report-pdf.h"
#include "plx-settings.h"
#include "plx-window-private.h"

struct _PlxExportDialog
{
  GtkWindow        parent_instance;

  PlxWindow       *window;        /* owned until dispose */
  GPtrArray       *articles;      /* PlxArticle*, the window's order */
  GPtrArray       *checks;        /* GtkCheckButton*, borrowed, same order */
  GCancellable    *cancellable;   /* the export started by the Export button */
  gboolean         busy;

  /* template */
  GtkWidget       *cancel_button;
  GtkWidget       *export_button;
  GtkWidget       *format_box;
  GtkCheckButton  *format_html;
  GtkCheckButton  *format_pdf;
  GtkCheckButton  *format_md;
  GtkCheckButton  *format_csv;
  GtkCheckButton  *format_json;
  GtkLabel        *format_description;
  GtkListBox      *article_list;
  GtkWidget       *layers_box;
  GtkCheckButton  *layer_mentions;
  GtkCheckButton  *layer_quotes;
  GtkCheckButton  *layer_claims;
  GtkWidget       *layers_hint;
  GtkWidget       *status_box;
  GtkSpinner      *spinner;
  GtkLabel        *status_label;
};

G_DEFINE_FINAL_TYPE (PlxExportDialog, plx_export_dialog, GTK_TYPE_WINDOW)

/* ---- remembered choices ------------------------------------------- */

/* Without the installed schema the choices live for the run. */
static struct
{
  gboolean         set;
  PlxReportFormat  format;
  PlxReportLayers  layers;
  char            *folder;
} memory;

static GSettings *
settings_with (const char *key)
{
  GSettings *settings = plx_settings_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return NULL;
  g_object_get (settings, "settings-schema", &schema, NULL);
  /* an older compiled schema may lack the key: reading it would abort */
  return schema != NULL && g_settings_schema_has_key (schema, key) ? settings : NULL;
}

static PlxReportFormat
remembered_format (void)
{
  GSettings *settings = settings_with ("last-export-format");
  int value;

  if (settings == NULL)
    return memory.set ? memory.format : PLX_REPORT_FORMAT_HTML;
  value = g_settings_get_enum (settings, "last-export-format");
  return value >= PLX_REPORT_FORMAT_HTML && value <= PLX_REPORT_FORMAT_JSON
         ? (PlxReportFormat) value : PLX_REPORT_FORMAT_HTML;
}

static PlxReportLayers
remembered_layers (void)
{
  GSettings *settings = settings_with ("export-layers");

  if (settings == NULL)
    return memory.set ? memory.layers : PLX_REPORT_LAYER_ALL;
  return g_settings_get_flags (settings, "export-layers") & PLX_REPORT_LAYER_ALL;
}

/* NULL when no folder was remembered. */
static char *
remembered_folder (void)
{
  GSettings *settings = settings_with ("export-folder");
  g_autofree char *folder = NULL;

  if (settings == NULL)
    return g_strdup (memory.folder);
  folder = g_settings_get_string (settings, "export-folder");
  return folder[0] != '\0' ? g_steal_pointer (&folder) : NULL;
}

static void
remember (PlxReportFormat  format,
          PlxReportLayers  layers,
          GFile           *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent != NULL ? g_file_get_path (parent) : NULL;
  GSettings *settings;

  memory.set = TRUE;
  memory.format = format;
  memory.layers = layers;
  if (folder != NULL)
    {
      g_free (memory.folder);
      memory.folder = g_strdup (folder);
    }

  if ((settings = settings_with ("last-export-format")) != NULL)
    g_settings_set_enum (settings, "last-export-format", format);
  if ((settings = settings_with ("export-layers")) != NULL)
    g_settings_set_flags (settings, "export-layers", layers);
  if (folder != NULL && (settings = settings_with ("export-folder")) != NULL)
    g_settings_set_string (settings, "export-folder", folder);
}

/* ---- the report ---------------------------------------------------- */

static PlxReportLayers
window_layers (PlxWindow *window)
{
  gboolean mentions = TRUE, quotes = TRUE, claims = TRUE;
  PlxReportLayers layers = 0;

  g_object_get (window, "show-mentions", &mentions, "show-quotes", &quotes,
                "show-claims", &claims, NULL);
  if (mentions)
    layers |= PLX_REPORT_LAYER_MENTIONS;
  if (quotes)
    layers |= PLX_REPORT_LAYER_QUOTES;
  if (claims)
    layers |= PLX_REPORT_LAYER_CLAIMS;
  return layers;
}

PlxReport *
plx_export_report_for_window (PlxWindow *window)
{
  PlxSession *session;
  GPtrArray *panes;
  PlxReport *report;

  g_return_val_if_fail (PLX_IS_WINDOW (window), NULL);

  session = plx_window_get_session (window);
  panes = plx_window_get_panes (window);
  report = plx_report_new_for_session (session);
  for (guint i = 0; i < plx_report_get_n_articles (report); i++)
    {
      PlxArticle *article = plx_report_get_article (report, i);

      for (guint p = 0; p < panes->len; p++)
        {
          PlxArticlePane *pane = g_ptr_array_index (panes, p);

          if (plx_article_pane_get_article (pane) == article)
            {
              plx_report_set_analysis (report, i, plx_article_pane_get_analysis (pane));
              break;
            }
        }
    }
  plx_report_set_layers (report, window_layers (window));
  return report;
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PlxReport *report = source_object;
  g_autoptr(PlxRulebook) rulebook = NULL;
  GError *error = NULL;
  guint n_included = 0;
  gboolean missing = FALSE;

  for (guint i = 0; i < plx_report_get_n_articles (report); i++)
    if (plx_report_get_included (report, i))
      {
        n_included++;
        missing |= plx_report_get_analysis (report, i) == NULL;
      }

  if (missing)
    {
      g_autoptr(GError) rb_error = NULL;

      /* the rulebook the window analyses with */
      rulebook = plx_rulebook_load_default (&rb_error);
      if (rulebook == NULL)
        g_debug ("No claim rulebook for the report: %s", rb_error->message);
      if (!plx_report_analyze (report, rulebook, cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }

  /* one article has nothing to be compared with */
  if (n_included >= 2 && !plx_report_compare (report, NULL, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

void
plx_export_prepare_report_async (PlxReport           *report,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PLX_IS_REPORT (report));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (report, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_export_prepare_report_async);
  g_task_run_in_thread (task, prepare_thread);
}

gboolean
plx_export_prepare_report_finish (PlxReport     *report,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (PLX_IS_REPORT (report), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, report), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- choices ------------------------------------------------------- */

static GtkCheckButton *
format_button (PlxExportDialog *self,
               PlxReportFormat  format)
{
  switch (format)
    {
    case PLX_REPORT_FORMAT_PDF:      return self->format_pdf;
    case PLX_REPORT_FORMAT_MARKDOWN: return self->format_md;
    case PLX_REPORT_FORMAT_CSV:      return self->format_csv;
    case PLX_REPORT_FORMAT_JSON:     return self->format_json;
    case PLX_REPORT_FORMAT_HTML:
    default:                         return self->format_html;
    }
}

PlxReportFormat
plx_export_dialog_get_format (PlxExportDialog *self)
{
  g_return_val_if_fail (PLX_IS_EXPORT_DIALOG (self), PLX_REPORT_FORMAT_HTML);

  for (int f = PLX_REPORT_FORMAT_HTML; f <= PLX_REPORT_FORMAT_JSON; f++)
    if (gtk_check_button_get_active (format_button (self, f)))
      return f;
  return PLX_REPORT_FORMAT_HTML;
}

void
plx_export_dialog_set_format (PlxExportDialog *self,
                              PlxReportFormat  format)
{
  g_return_if_fail (PLX_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format >= PLX_REPORT_FORMAT_HTML && format <= PLX_REPORT_FORMAT_JSON);

  gtk_check_button_set_active (format_button (self, format), TRUE);
}

PlxReportLayers
plx_export_dialog_get_layers (PlxExportDialog *self)
{
  PlxReportLayers layers = 0;

  g_return_val_if_fail (PLX_IS_EXPORT_DIALOG (self), 0);

  if (gtk_check_button_get_active (self->layer_mentions))
    layers |= PLX_REPORT_LAYER_MENTIONS;
  if (gtk_check_button_get_active (self->layer_quotes))
    layers |= PLX_REPORT_LAYER_QUOTES;
  if (gtk_check_button_get_active (self->layer_claims))
    layers |= PLX_REPORT_LAYER_CLAIMS;
  return layers;
}

void
plx_export_dialog_set_layers (PlxExportDialog *self,
                              PlxReportLayers  layers)
{
  g_return_if_fail (PLX_IS_EXPORT_DIALOG (self));

  gtk_check_button_set_active (self->layer_mentions, (layers & PLX_REPORT_LAYER_MENTIONS) != 0);
  gtk_check_button_set_active (self->layer_quotes, (layers & PLX_REPORT_LAYER_QUOTES) != 0);
  gtk_check_button_set_active (self->layer_claims, (layers & PLX_REPORT_LAYER_CLAIMS) != 0);
}

guint
plx_export_dialog_get_n_articles (PlxExportDialog *self)
{
  g_return_val_if_fail (PLX_IS_EXPORT_DIALOG (self), 0);

  return self->articles->len;
}

gboolean
plx_export_dialog_get_included (PlxExportDialog *self,
                                guint            position)
{
  g_return_val_if_fail (PLX_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (position < self->checks->len, FALSE);

  return gtk_check_button_get_active (g_ptr_array_index (self->checks, position));
}

void
plx_export_dialog_set_included (PlxExportDialog *self,
                                guint            position,
                                gboolean         included)
{
  g_return_if_fail (PLX_IS_EXPORT_DIALOG (self));
  g_return_if_fail (position < self->checks->len);

  gtk_check_button_set_active (g_ptr_array_index (self->checks, position), included);
}

static char *
session_name (PlxExportDialog *self)
{
  GFile *file = plx_session_get_file (plx_window_get_session (self->window));
  static const char *suffixes[] = { ".parallax.json", ".parallax", ".json" };
  g_autofree char *base = NULL;

  if (file == NULL)
    /* Translators: the file name of a report of a session not saved yet,
     * without the extension */
    return g_strdup (_("Comparison Report"));
  base = g_file_get_basename (file);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (base, suffixes[i]) && strlen (base) > strlen (suffixes[i]))
      {
        base[strlen (base) - strlen (suffixes[i])] = '\0';
        break;
      }
  return g_steal_pointer (&base);
}

char *
plx_export_dialog_get_default_name (PlxExportDialog *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (PLX_IS_EXPORT_DIALOG (self), NULL);

  name = session_name (self);
  return g_strconcat (name, ".", plx_report_format_get_extension (plx_export_dialog_get_format (self)), NULL);
}

static guint
n_included (PlxExportDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < self->checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (self->checks, i)) ? 1 : 0;
  return n;
}

static void
update_sensitivity (PlxExportDialog *self)
{
  PlxReportFormat format = plx_export_dialog_get_format (self);
  gboolean draws = format == PLX_REPORT_FORMAT_HTML || format == PLX_REPORT_FORMAT_PDF;

  /* the window's own child is not a template child: GtkWindow unparents
   * it in its dispose, after gtk_widget_dispose_template() */
  gtk_widget_set_sensitive (self->format_box, !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->article_list), !self->busy);
  gtk_widget_set_sensitive (self->export_button, !self->busy && n_included (self) > 0);
  /* each button, not their box, so screen readers hear "dimmed" */
  gtk_widget_set_sensitive (GTK_WIDGET (self->layer_mentions), draws && !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->layer_quotes), draws && !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->layer_claims), draws && !self->busy);
  gtk_widget_set_visible (self->layers_hint, !draws);
}

static void
on_format_toggled (PlxExportDialog *self,
                   GtkCheckButton  *button)
{
  const char *description = NULL;

  if (!gtk_check_button_get_active (button))
    return;
  switch (plx_export_dialog_get_format (self))
    {
    case PLX_REPORT_FORMAT_HTML:
      description = _("A web page with the articles highlighted, the speakers, their quotes and claims. Opens in any browser.");
      break;
    case PLX_REPORT_FORMAT_PDF:
      description = _("Pages ready to print or share, with the same sections as the web page.");
      break;
    case PLX_REPORT_FORMAT_MARKDOWN:
      description = _("Plain text: the statements grouped by speaker, with their claims, for notes and articles.");
      break;
    case PLX_REPORT_FORMAT_CSV:
      description = _("One row per quote with its speaker, outlet and claims, for a spreadsheet.");
      break;
    case PLX_REPORT_FORMAT_JSON:
    default:
      description = _("The full analysis as data, for scripts.");
      break;
    }
  gtk_label_set_text (self->format_description, description);
  update_sensitivity (self);
}

static void
on_layer_toggled (PlxExportDialog *self)
{
  update_sensitivity (self);
}

/* ---- exporting ----------------------------------------------------- */

typedef struct
{
  PlxReport       *report;
  PlxReportFormat  format;
  GFile           *file;
} ExportData;

static void
export_data_free (ExportData *d)
{
  g_clear_object (&d->report);
  g_clear_object (&d->file);
  g_free (d);
}

static void
set_busy (PlxExportDialog *self,
          GFile           *file)
{
  self->busy = file != NULL;
  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is the file name of the report being written */
      g_autofree char *text = g_strdup_printf (_("Exporting “%s”…"), name);

      gtk_label_set_text (self->status_label, text);
      gtk_spinner_start (self->spinner);
    }
  else
    gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (self->status_box, self->busy);
  update_sensitivity (self);
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!plx_report_write_file_finish (PLX_REPORT (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_prepared (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ExportData *d = g_task_get_task_data (task);
  GCancellable *cancellable;
  GError *error = NULL;

  if (!plx_export_prepare_report_finish (PLX_REPORT (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  cancellable = g_task_get_cancellable (task);
  plx_report_write_file_async (d->report, d->format, d->file, cancellable,
                               on_written, g_steal_pointer (&task));
}

void
plx_export_dialog_export_async (PlxExportDialog     *self,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *d;

  g_return_if_fail (PLX_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (self->window != NULL);   /* not after the dialog was destroyed */

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_export_dialog_export_async);

  d = g_new0 (ExportData, 1);
  d->format = plx_export_dialog_get_format (self);
  d->file = g_object_ref (file);
  d->report = plx_export_report_for_window (self->window);
  g_task_set_task_data (task, d, (GDestroyNotify) export_data_free);

  /* the choices are by article, so an article opened meanwhile is left out
   * rather than shifting the others */
  for (guint i = 0; i < plx_report_get_n_articles (d->report); i++)
    {
      guint pos;
      gboolean found = g_ptr_array_find (self->articles, plx_report_get_article (d->report, i), &pos);

      plx_report_set_included (d->report, i,
                               found && gtk_check_button_get_active (g_ptr_array_index (self->checks, pos)));
    }
  plx_report_set_layers (d->report, plx_export_dialog_get_layers (self));
  remember (d->format, plx_export_dialog_get_layers (self), file);

  {
    gboolean any = FALSE;

    for (guint i = 0; i < plx_report_get_n_articles (d->report) && !any; i++)
      any = plx_report_get_included (d->report, i);
    if (!any)
      {
        g_autofree char *name = g_file_get_basename (file);

        g_task_return_new_error (task, PLX_ERROR, PLX_ERROR_EMPTY,
                                 /* Translators: %s is a file name */
                                 _("Could not export “%s”: no article is selected"), name);
        return;
      }
  }

  plx_export_prepare_report_async (d->report, cancellable, on_prepared, g_steal_pointer (&task));
}

gboolean
plx_export_dialog_export_finish (PlxExportDialog  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (PLX_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == plx_export_dialog_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PlxExportDialog *self = PLX_EXPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  gboolean ok = plx_export_dialog_export_finish (self, result, &error);

  /* disposed meanwhile (its window closed): nothing left to show */
  if (self->window == NULL)
    return;
  set_busy (self, NULL);
  if (!ok)
    {
      /* Cancel pressed while writing: the dialog stays for another try */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      _plx_window_add_error (self->window, error->message);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_chooser_response (GtkNativeDialog *native,
                     int              response,
                     PlxExportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  gtk_native_dialog_destroy (native);
  g_object_unref (native);

  if (file != NULL)
    plx_export_dialog_export_to_file (self, file);
}

void
plx_export_dialog_export_to_file (PlxExportDialog *self,
                                  GFile           *file)
{
  g_return_if_fail (PLX_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->window != NULL);

  if (self->busy)
    return;
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_busy (self, file);
  /* the task keeps the dialog alive until on_export_done */
  plx_export_dialog_export_async (self, file, self->cancellable, on_export_done, NULL);
}

static void
add_filter (GtkFileChooser  *chooser,
            PlxReportFormat  format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*.", plx_report_format_get_extension (format), NULL);
  const char *name = NULL;

  switch (format)
    {
    case PLX_REPORT_FORMAT_HTML:     name = _("Web Pages (HTML)"); break;
    case PLX_REPORT_FORMAT_PDF:      name = _("PDF Documents"); break;
    case PLX_REPORT_FORMAT_MARKDOWN: name = _("Markdown Documents"); break;
    case PLX_REPORT_FORMAT_CSV:      name = _("Spreadsheets (CSV)"); break;
    case PLX_REPORT_FORMAT_JSON:
    default:                         name = _("JSON Data"); break;
    }
  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, plx_report_format_get_mime_type (format));
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
}

static void
on_export_clicked (PlxExportDialog *self)
{
  GtkFileChooserNative *native;
  g_autofree char *name = plx_export_dialog_get_default_name (self);
  g_autofree char *folder = remembered_folder ();
  GFile *session_file = plx_session_get_file (plx_window_get_session (self->window));
  g_autoptr(GFile) dir = NULL;

  if (self->busy)
    return;

  native = gtk_file_chooser_native_new (_("Save Report"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filter (GTK_FILE_CHOOSER (native), plx_export_dialog_get_format (self));

  /* the folder of the last export, else the session's */
  if (folder != NULL && g_file_test (folder, G_FILE_TEST_IS_DIR))
    dir = g_file_new_for_path (folder);
  else if (session_file != NULL)
    dir = g_file_get_parent (session_file);
  if (dir != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), dir, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  g_signal_connect_object (native, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
on_cancel_clicked (PlxExportDialog *self)
{
  if (self->busy)
    {
      g_cancellable_cancel (self->cancellable);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- construction -------------------------------------------------- */

static void
fill_articles (PlxExportDialog *self)
{
  PlxSession *session = plx_window_get_session (self->window);

  for (guint i = 0; i < plx_session_get_n_articles (session); i++)
    {
      PlxArticle *article = plx_session_get_article (session, i);
      const char *label = _plx_article_label (article);
      const char *title = plx_article_get_display_title (article);
      g_autofree char *text = NULL;
      GtkWidget *check, *child;

      if (title != NULL && *title != '\0' && g_strcmp0 (title, label) != 0)
        /* Translators: an article in the export list: outlet — title */
        text = g_strdup_printf (_("%s — %s"), label, title);
      else
        text = g_strdup (label);

      check = gtk_check_button_new ();
      child = gtk_label_new (text);
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (child), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (child), 48);
      gtk_widget_set_tooltip_text (child, text);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), child);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      gtk_widget_set_margin_start (check, 6);
      gtk_widget_set_margin_end (check, 6);
      gtk_widget_set_margin_top (check, 4);
      gtk_widget_set_margin_bottom (check, 4);
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_sensitivity), self, G_CONNECT_SWAPPED);
      gtk_list_box_append (self->article_list, check);

      g_ptr_array_add (self->articles, g_object_ref (article));
      g_ptr_array_add (self->checks, check);
    }
}

static void
plx_export_dialog_dispose (GObject *object)
{
  PlxExportDialog *self = PLX_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (plx_export_dialog_parent_class)->dispose (object);
}

static void
plx_export_dialog_finalize (GObject *object)
{
  PlxExportDialog *self = PLX_EXPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (plx_export_dialog_parent_class)->finalize (object);
}

static void
plx_export_dialog_class_init (PlxExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_export_dialog_dispose;
  object_class->finalize = plx_export_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/plx-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, format_box);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, format_html);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, format_pdf);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, format_md);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, format_csv);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, format_json);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, format_description);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, article_list);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, layers_box);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, layer_mentions);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, layer_quotes);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, layer_claims);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, layers_hint);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, status_box);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, PlxExportDialog, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_format_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_layer_toggled);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
plx_export_dialog_init (PlxExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->checks = g_ptr_array_new ();
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);
}

GtkWidget *
plx_export_dialog_new (PlxWindow *window)
{
  PlxExportDialog *self;

  g_return_val_if_fail (PLX_IS_WINDOW (window), NULL);

  self = g_object_new (PLX_TYPE_EXPORT_DIALOG, "transient-for", window, NULL);
  self->window = g_object_ref (window);
  fill_articles (self);

  /* the format toggle fills the description */
  gtk_check_button_set_active (self->format_json, TRUE);
  plx_export_dialog_set_format (self, remembered_format ());
  plx_export_dialog_set_layers (self, remembered_layers ());
  update_sensitivity (self);
  return GTK_WIDGET (self);
}

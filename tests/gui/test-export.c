/* test-export.c — the Export Report dialog and printing (needs a display)
 *
 * Opens the bundled sample articles in a real window, drives the export
 * dialog's API to write HTML, PDF and Markdown reports into a temporary
 * folder, checks what the files contain, that the choices are remembered,
 * that a failure is reported in the window, and prints through
 * GtkPrintOperation into a PDF file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-export"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "parallax.h"
#include "plx-application.h"
#include "plx-export-dialog.h"
#include "plx-print.h"
#include "plx-report-pdf.h"
#include "plx-settings.h"
#include "plx-window.h"

#define QUOTE_A "Science must decide the quota"   /* arctic-wire.txt */
#define BYLINE_B "Marit Lindqvist"                /* northern-ledger.txt */

static char *tmpdir;

static GFile *
sample_file (const char *name)
{
  const char *datadir = g_getenv ("PARALLAX_DATADIR");
  g_autofree char *path = g_build_filename (datadir != NULL ? datadir : "data", "samples", name, NULL);

  return g_file_new_for_path (path);
}

static void
wait_idle (PlxWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (plx_window_get_n_pending (window) > 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (plx_window_get_n_pending (window), ==, 0);
}

/* A window with two sample articles, analysed. NULL (test skipped) when the
 * samples are not there. */
static PlxWindow *
open_samples (void)
{
  g_autoptr(GFile) a = sample_file ("arctic-wire.txt");
  g_autoptr(GFile) b = sample_file ("northern-ledger.txt");
  GFile *files[] = { a, b };
  PlxWindow *window;

  if (!g_file_query_exists (a, NULL) || !g_file_query_exists (b, NULL))
    {
      g_test_skip ("sample articles missing (PARALLAX_DATADIR)");
      return NULL;
    }
  window = plx_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_files (window, files, G_N_ELEMENTS (files));
  wait_idle (window);
  g_assert_cmpuint (plx_window_get_panes (window)->len, ==, 2);
  g_assert_cmpuint (plx_window_get_errors (window)->len, ==, 0);
  return window;
}

static void
close_window (PlxWindow *window)
{
  plx_session_set_modified (plx_window_get_session (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;
  gboolean ok = plx_export_dialog_export_finish (PLX_EXPORT_DIALOG (source), result, error);

  /* the pointer doubles as the "done" flag */
  g_assert_true (ok == (*error == NULL));
  if (ok)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

/* Exports through the dialog's API and waits; FALSE with @error on failure. */
static gboolean
export_and_wait_cancellable (PlxExportDialog *dialog,
                             GFile           *file,
                             GCancellable    *cancellable,
                             GError         **error)
{
  GError *result = NULL;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  plx_export_dialog_export_async (dialog, file, cancellable, on_exported, &result);
  while (result == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (result);
  if (g_error_matches (result, G_IO_ERROR, G_IO_ERROR_EXISTS) && g_str_equal (result->message, "done"))
    {
      g_error_free (result);
      return TRUE;
    }
  g_propagate_error (error, result);
  return FALSE;
}

static gboolean
export_and_wait (PlxExportDialog *dialog,
                 GFile           *file,
                 GError         **error)
{
  return export_and_wait_cancellable (dialog, file, NULL, error);
}

static char *
read_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

/* The articles section of an HTML report (highlights live there only). */
static char *
articles_section (const char *html)
{
  const char *start = strstr (html, "<section id=\"articles\">");
  const char *end = start != NULL ? strstr (start, "</section>") : NULL;

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

static GFile *
temp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);

  g_remove (path);
  return g_file_new_for_path (path);
}

/* ---- the dialog ------------------------------------------------------ */

static void
test_dialog_contents (void)
{
  PlxWindow *window = open_samples ();
  PlxExportDialog *dialog;
  g_autofree char *name = NULL;

  if (window == NULL)
    return;
  dialog = PLX_EXPORT_DIALOG (plx_export_dialog_new (window));
  gtk_window_present (GTK_WINDOW (dialog));

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  /* every article of the window, all on */
  g_assert_cmpuint (plx_export_dialog_get_n_articles (dialog), ==, 2);
  g_assert_true (plx_export_dialog_get_included (dialog, 0));
  g_assert_true (plx_export_dialog_get_included (dialog, 1));

  /* the proposed name follows the format */
  plx_export_dialog_set_format (dialog, PLX_REPORT_FORMAT_PDF);
  g_assert_cmpint (plx_export_dialog_get_format (dialog), ==, PLX_REPORT_FORMAT_PDF);
  name = plx_export_dialog_get_default_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  g_clear_pointer (&name, g_free);
  plx_export_dialog_set_format (dialog, PLX_REPORT_FORMAT_MARKDOWN);
  name = plx_export_dialog_get_default_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".md"));
  g_assert_cmpuint (strlen (name), >, strlen (".md"));

  plx_export_dialog_set_layers (dialog, PLX_REPORT_LAYER_QUOTES | PLX_REPORT_LAYER_CLAIMS);
  g_assert_cmpint (plx_export_dialog_get_layers (dialog), ==, PLX_REPORT_LAYER_QUOTES | PLX_REPORT_LAYER_CLAIMS);

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

static void
test_export_html_pdf (void)
{
  PlxWindow *window = open_samples ();
  PlxExportDialog *dialog;
  g_autoptr(GFile) html_file = temp_file ("report.html");
  g_autoptr(GFile) pdf_file = temp_file ("report.pdf");
  g_autoptr(GFile) md_file = temp_file ("one.md");
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *articles = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *md = NULL;
  g_autofree char *pdftotext = NULL;
  gsize pdf_len = 0;

  if (window == NULL)
    return;
  dialog = PLX_EXPORT_DIALOG (plx_export_dialog_new (window));

  /* HTML, all layers: both articles, highlights, the coverage sections */
  plx_export_dialog_set_format (dialog, PLX_REPORT_FORMAT_HTML);
  plx_export_dialog_set_layers (dialog, PLX_REPORT_LAYER_ALL);
  g_assert_true (export_and_wait (dialog, html_file, &error));
  g_assert_no_error (error);
  html = read_file (html_file);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>") || strstr (html, "<html") != NULL);
  g_assert_nonnull (strstr (html, QUOTE_A));
  g_assert_nonnull (strstr (html, BYLINE_B));
  g_assert_nonnull (strstr (html, "<section id=\"coverage\">"));
  articles = articles_section (html);
  g_assert_cmpuint (count (articles, "class=\"q q"), >, 0);
  g_assert_cmpuint (count (articles, " m m") + count (articles, "\"m m"), >, 0);
  g_clear_pointer (&articles, g_free);
  g_clear_pointer (&html, g_free);

  /* HTML, quotes only: no mention highlights in the article texts */
  plx_export_dialog_set_layers (dialog, PLX_REPORT_LAYER_QUOTES);
  g_assert_true (export_and_wait (dialog, html_file, &error));
  html = read_file (html_file);
  articles = articles_section (html);
  g_assert_cmpuint (count (articles, "class=\"q q"), >, 0);
  g_assert_cmpuint (count (articles, " m m") + count (articles, "\"m m"), ==, 0);

  /* PDF */
  plx_export_dialog_set_format (dialog, PLX_REPORT_FORMAT_PDF);
  plx_export_dialog_set_layers (dialog, PLX_REPORT_LAYER_ALL);
  g_assert_true (export_and_wait (dialog, pdf_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (pdf_file, NULL, &pdf, &pdf_len, NULL, &error));
  g_assert_cmpuint (pdf_len, >, 1000);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  {
    /* complete: the trailer's end marker in the last bytes (the body has NULs) */
    g_autofree char *tail = g_strndup (pdf + pdf_len - MIN (pdf_len, 32), MIN (pdf_len, 32));
    g_assert_nonnull (strstr (tail, "%%EOF"));
  }
  if ((pdftotext = g_find_program_in_path ("pdftotext")) != NULL)
    {
      g_autofree char *pdf_path = g_file_get_path (pdf_file);
      g_autofree char *text = NULL;
      const char *argv[] = { pdftotext, pdf_path, "-", NULL };
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &text, NULL, &status, &error));
      g_assert_no_error (error);
      /* pdftotext may break the line inside the quote */
      g_assert_nonnull (strstr (text, "Science must decide"));
      g_assert_nonnull (strstr (text, BYLINE_B));
    }

  /* one article only, Markdown: the other one and the comparison are left out */
  plx_export_dialog_set_format (dialog, PLX_REPORT_FORMAT_MARKDOWN);
  plx_export_dialog_set_included (dialog, 1, FALSE);
  g_assert_true (export_and_wait (dialog, md_file, &error));
  md = read_file (md_file);
  g_assert_nonnull (strstr (md, QUOTE_A));
  g_assert_null (strstr (md, BYLINE_B));

  /* the window showed no error for any of it */
  g_assert_cmpuint (plx_window_get_errors (window)->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

static void
test_remembered (void)
{
  PlxWindow *window = open_samples ();
  PlxExportDialog *dialog;
  g_autoptr(GFile) file = temp_file ("remember.csv");
  g_autoptr(GError) error = NULL;
  GSettings *settings = plx_settings_get_default ();

  if (window == NULL)
    return;
  dialog = PLX_EXPORT_DIALOG (plx_export_dialog_new (window));
  plx_export_dialog_set_format (dialog, PLX_REPORT_FORMAT_CSV);
  plx_export_dialog_set_layers (dialog, PLX_REPORT_LAYER_CLAIMS);
  g_assert_true (export_and_wait (dialog, file, &error));
  g_assert_true (g_file_query_exists (file, NULL));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* a new dialog offers the same choices */
  dialog = PLX_EXPORT_DIALOG (plx_export_dialog_new (window));
  g_assert_cmpint (plx_export_dialog_get_format (dialog), ==, PLX_REPORT_FORMAT_CSV);
  g_assert_cmpint (plx_export_dialog_get_layers (dialog), ==, PLX_REPORT_LAYER_CLAIMS);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* and they are in GSettings when the schema is installed */
  if (settings != NULL)
    {
      g_autofree char *folder = g_settings_get_string (settings, "export-folder");

      g_assert_cmpint (g_settings_get_enum (settings, "last-export-format"), ==, PLX_REPORT_FORMAT_CSV);
      g_assert_cmpuint (g_settings_get_flags (settings, "export-layers"), ==, PLX_REPORT_LAYER_CLAIMS);
      g_assert_cmpstr (folder, ==, tmpdir);
    }
  else
    g_test_message ("GSettings schema not installed: remembered for the run only");

  close_window (window);
}

static void
test_error_in_window (void)
{
  PlxWindow *window = open_samples ();
  PlxExportDialog *dialog;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (window == NULL)
    return;
  path = g_build_filename (tmpdir, "no-such-folder", "report.html", NULL);
  file = g_file_new_for_path (path);
  dialog = PLX_EXPORT_DIALOG (plx_export_dialog_new (window));
  g_assert_false (export_and_wait (dialog, file, &error));
  g_assert_nonnull (error);
  /* the message names the file */
  g_assert_nonnull (strstr (error->message, "report.html"));
  g_assert_false (g_file_query_exists (file, NULL));

  /* nothing selected: an error, not an empty report */
  g_clear_error (&error);
  plx_export_dialog_set_included (dialog, 0, FALSE);
  plx_export_dialog_set_included (dialog, 1, FALSE);
  g_clear_object (&file);
  file = temp_file ("empty.html");
  g_assert_false (export_and_wait (dialog, file, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_EMPTY);
  g_assert_false (g_file_query_exists (file, NULL));

  /* cancelled: no file, no message in the window */
  g_clear_error (&error);
  plx_export_dialog_set_included (dialog, 0, TRUE);
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    g_assert_false (export_and_wait_cancellable (dialog, file, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_false (g_file_query_exists (file, NULL));
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

/* What the Export button does after the file chooser: the dialog closes,
 * a failure is listed in the window's error bar. */
static void
test_export_button_flow (void)
{
  PlxWindow *window = open_samples ();
  g_autoptr(GFile) good = temp_file ("button.json");
  g_autofree char *bad_path = NULL;
  g_autoptr(GFile) bad = NULL;
  GtkWidget *dialog;
  GPtrArray *errors;
  gint64 deadline;

  if (window == NULL)
    return;

  dialog = plx_export_dialog_new (window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  plx_export_dialog_set_format (PLX_EXPORT_DIALOG (dialog), PLX_REPORT_FORMAT_JSON);
  plx_export_dialog_export_to_file (PLX_EXPORT_DIALOG (dialog), good);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (dialog != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (dialog);
  g_assert_true (g_file_query_exists (good, NULL));
  g_assert_cmpuint (plx_window_get_errors (window)->len, ==, 0);

  bad_path = g_build_filename (tmpdir, "missing-folder", "button.json", NULL);
  bad = g_file_new_for_path (bad_path);
  dialog = plx_export_dialog_new (window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  plx_export_dialog_export_to_file (PLX_EXPORT_DIALOG (dialog), bad);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (dialog != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (dialog);
  errors = plx_window_get_errors (window);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (errors, 0), "button.json"));

  close_window (window);
}

/* ---- printing -------------------------------------------------------- */

typedef struct
{
  int n_pages;
  int n_drawn;
} PrintCount;

static void
on_begin_print_count (GtkPrintOperation *op,
                      GtkPrintContext   *context,
                      PrintCount        *pc)
{
  g_object_get (op, "n-pages", &pc->n_pages, NULL);
}

static void
on_draw_page_count (GtkPrintOperation *op,
                    GtkPrintContext   *context,
                    int                page,
                    PrintCount        *pc)
{
  pc->n_drawn++;
}

static void
on_prepared (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (plx_export_prepare_report_finish (PLX_REPORT (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_print_to_pdf (void)
{
  PlxWindow *window = open_samples ();
  g_autoptr(PlxReport) report = NULL;
  g_autoptr(GtkPrintOperation) op = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  g_autoptr(GFile) file = temp_file ("printed.pdf");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  PrintCount pc = { 0, 0 };
  GtkPrintOperationResult res;
  gboolean done = FALSE;
  gsize len = 0;
  int expected;
  guint pages_in_file;

  if (window == NULL)
    return;
  report = plx_export_report_for_window (window);
  g_assert_cmpuint (plx_report_get_n_articles (report), ==, 2);
  g_assert_nonnull (plx_report_get_analysis (report, 0));
  g_assert_nonnull (plx_report_get_analysis (report, 1));
  plx_export_prepare_report_async (report, NULL, on_prepared, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (plx_report_get_comparison (report));

  op = plx_print_operation_new (report);
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (op, setup);
  gtk_print_operation_set_export_filename (op, path);
  g_signal_connect_after (op, "begin-print", G_CALLBACK (on_begin_print_count), &pc);
  g_signal_connect (op, "draw-page", G_CALLBACK (on_draw_page_count), &pc);
  res = gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (res, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  /* the printable area of A4 with the default margins, in points */
  expected = plx_report_pdf_get_n_pages (report,
                                         gtk_page_setup_get_page_width (setup, GTK_UNIT_POINTS),
                                         gtk_page_setup_get_page_height (setup, GTK_UNIT_POINTS));
  g_assert_cmpint (expected, >=, 2);
  g_assert_cmpint (pc.n_pages, ==, expected);
  g_assert_cmpint (pc.n_drawn, ==, expected);

  g_assert_true (g_file_load_contents (file, NULL, &pdf, &len, NULL, &error));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  /* page objects: "/Type /Page" but not "/Type /Pages" */
  pages_in_file = 0;
  for (const char *p = pdf; p < pdf + len - 12; p++)
    {
      p = memchr (p, '/', pdf + len - 12 - p);
      if (p == NULL)
        break;
      if (memcmp (p, "/Type /Page", 11) == 0 && p[11] != 's')
        pages_in_file++;
    }
  g_assert_cmpuint (pages_in_file, ==, (guint) expected);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  const char *build_root = g_getenv ("PLX_BUILD_ROOT");
  g_autoptr(GError) error = NULL;
  int ret;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  /* the schema compiled in the build tree, so remembered choices go
   * through GSettings (memory backend) as in an installed application */
  if (build_root != NULL)
    {
      g_autofree char *dir = g_build_filename (build_root, "data", NULL);
      g_autofree char *compiled = g_build_filename (dir, "gschemas.compiled", NULL);

      if (g_file_test (compiled, G_FILE_TEST_EXISTS))
        g_setenv ("GSETTINGS_SCHEMA_DIR", dir, TRUE);
    }
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP cannot open the display\n");
      return 0;
    }
  plx_gui_init ();

  tmpdir = g_dir_make_tmp ("plx-export-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/plx/gui/export/dialog", test_dialog_contents);
  g_test_add_func ("/plx/gui/export/html-pdf-md", test_export_html_pdf);
  g_test_add_func ("/plx/gui/export/remembered", test_remembered);
  g_test_add_func ("/plx/gui/export/error", test_error_in_window);
  g_test_add_func ("/plx/gui/export/button-flow", test_export_button_flow);
  g_test_add_func ("/plx/gui/print/to-pdf", test_print_to_pdf);

  ret = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmpdir, name, NULL);
        g_remove (path);
      }
    g_rmdir (tmpdir);
    g_free (tmpdir);
  }
  return ret;
}

/* plx-print.c — printing the report (GtkPrintOperation)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-print"

#include "config.h"

#include <glib/gi18n.h>

#include "plx-export-dialog.h"
#include "plx-print.h"
#include "plx-report-pdf.h"
#include "plx-window-private.h"

/* the choices of the last print of the run, offered again */
static GtkPrintSettings *last_settings;
static GtkPageSetup     *last_page_setup;

static void
on_begin_print (GtkPrintOperation *op,
                GtkPrintContext   *context,
                PlxReport         *report)
{
  int n = plx_report_pdf_get_n_pages (report,
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (op, MAX (n, 1));
}

static void
on_draw_page (GtkPrintOperation *op,
              GtkPrintContext   *context,
              int                page,
              PlxReport         *report)
{
  plx_report_pdf_render_page (report, gtk_print_context_get_cairo_context (context),
                              gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context), page);
}

static void
on_done (GtkPrintOperation       *op,
         GtkPrintOperationResult  result,
         gpointer                 user_data)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&last_settings, gtk_print_operation_get_print_settings (op));
      g_set_object (&last_page_setup, gtk_print_operation_get_default_page_setup (op));
    }
}

GtkPrintOperation *
plx_print_operation_new (PlxReport *report)
{
  GtkPrintOperation *op;

  g_return_val_if_fail (PLX_IS_REPORT (report), NULL);

  op = gtk_print_operation_new ();
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (op, plx_report_get_title (report));
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (op, last_settings);
  if (last_page_setup != NULL)
    gtk_print_operation_set_default_page_setup (op, last_page_setup);

  /* the handlers hold the report as long as the operation lives */
  g_signal_connect_data (op, "begin-print", G_CALLBACK (on_begin_print),
                         g_object_ref (report), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (op, "draw-page", G_CALLBACK (on_draw_page),
                         g_object_ref (report), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (op, "done", G_CALLBACK (on_done), NULL);
  return op;
}

static void
on_print_done (GtkPrintOperation       *op,
               GtkPrintOperationResult  result,
               PlxWindow               *window)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (op, &error);
  if (error != NULL)
    {
      /* Translators: %s is the reason */
      g_autofree char *msg = g_strdup_printf (_("Could not print the report: %s"), error->message);
      _plx_window_add_error (window, msg);
      g_object_set_data (G_OBJECT (op), "plx-reported", GINT_TO_POINTER (1));
    }
  /* the emission holds its own reference */
  if (g_object_get_data (G_OBJECT (window), "plx-print-operation") == op)
    g_object_set_data (G_OBJECT (window), "plx-print-operation", NULL);
}

static void
on_prepared (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PlxWindow) window = user_data;   /* the reference taken below */
  PlxReport *report = PLX_REPORT (source);
  g_autoptr(GtkPrintOperation) op = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult res;

  g_object_set_data (G_OBJECT (window), "plx-print-preparing", NULL);
  if (!plx_export_prepare_report_finish (report, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *msg = g_strdup_printf (_("Could not print the report: %s"), error->message);
          _plx_window_add_error (window, msg);
        }
      return;
    }
  /* the window was closed while the report was prepared */
  if (!gtk_widget_get_realized (GTK_WIDGET (window)))
    return;

  op = plx_print_operation_new (report);
  /* kept by the window until the operation is done */
  g_object_set_data_full (G_OBJECT (window), "plx-print-operation", g_object_ref (op), g_object_unref);
  gtk_print_operation_set_allow_async (op, TRUE);
  g_signal_connect_object (op, "done", G_CALLBACK (on_print_done), window, 0);
  res = gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                 GTK_WINDOW (window), &error);
  if (res == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL &&
      g_object_get_data (G_OBJECT (op), "plx-reported") == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("Could not print the report: %s"), error->message);
      _plx_window_add_error (window, msg);
    }
  /* finished already (no dialog shown): the next Ctrl+P may print again */
  if (res != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS &&
      g_object_get_data (G_OBJECT (window), "plx-print-operation") == op)
    g_object_set_data (G_OBJECT (window), "plx-print-operation", NULL);
}

void
plx_print_window (PlxWindow *window)
{
  g_autoptr(PlxReport) report = NULL;

  g_return_if_fail (PLX_IS_WINDOW (window));

  /* one print at a time: Ctrl+P again while preparing or in the dialog */
  if (g_object_get_data (G_OBJECT (window), "plx-print-preparing") != NULL ||
      g_object_get_data (G_OBJECT (window), "plx-print-operation") != NULL)
    return;
  report = plx_export_report_for_window (window);
  if (plx_report_get_n_articles (report) == 0)
    return;
  g_object_set_data (G_OBJECT (window), "plx-print-preparing", GINT_TO_POINTER (1));
  plx_export_prepare_report_async (report, window->cancellable, on_prepared, g_object_ref (window));
}

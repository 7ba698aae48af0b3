/* plx-export-dialog.h — Export Report: format, articles, highlight layers
 *
 * A modal dialog over a PlxWindow. It lists the window's articles (all on by
 * default), offers the report formats and the highlight layers, remembers
 * the last choices (GSettings "last-export-format", "export-layers",
 * "export-folder"; for the run only when the schema is not installed) and
 * writes the report in a worker thread. "Export…" asks for the file with a
 * GtkFileChooserNative, then calls plx_export_dialog_export_async(). Errors
 * are shown in the window's error bar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "parallax.h"
#include "plx-report.h"
#include "plx-window.h"

G_BEGIN_DECLS

#define PLX_TYPE_EXPORT_DIALOG (plx_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PlxExportDialog, plx_export_dialog, PLX, EXPORT_DIALOG, GtkWindow)

/* A dialog for the articles @window shows now, transient for it. */
GtkWidget       *plx_export_dialog_new            (PlxWindow       *window);

PlxReportFormat  plx_export_dialog_get_format     (PlxExportDialog *self);
void             plx_export_dialog_set_format     (PlxExportDialog *self,
                                                   PlxReportFormat  format);
PlxReportLayers  plx_export_dialog_get_layers     (PlxExportDialog *self);
void             plx_export_dialog_set_layers     (PlxExportDialog *self,
                                                   PlxReportLayers  layers);
/* The articles, in the window's order. */
guint            plx_export_dialog_get_n_articles (PlxExportDialog *self);
gboolean         plx_export_dialog_get_included   (PlxExportDialog *self,
                                                   guint            position);
void             plx_export_dialog_set_included   (PlxExportDialog *self,
                                                   guint            position,
                                                   gboolean         included);
/* The file name the chooser proposes: the session's name and the format's
 * extension. */
char            *plx_export_dialog_get_default_name (PlxExportDialog *self);

/* What the Export button does once the file chooser returned @file: shows
 * the progress, writes the report (plx_export_dialog_export_async()), then
 * closes the dialog; a failure is shown in the window's error bar. Cancel
 * stops the writing and keeps the dialog open. */
void             plx_export_dialog_export_to_file (PlxExportDialog *self,
                                                   GFile           *file);

/* Writes the report with the dialog's choices to @file (replaced
 * atomically), without asking; the choices are remembered. Articles whose
 * analysis has not finished are analysed first, and two or more articles
 * are compared for the coverage sections. The dialog stays open. */
void             plx_export_dialog_export_async   (PlxExportDialog     *self,
                                                   GFile               *file,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean         plx_export_dialog_export_finish  (PlxExportDialog     *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* Shared with printing (plx-print.c). */

/* A report of @window's articles in its order, with the analyses the panes
 * show (NULL where one is still running) and the window's highlight layers. */
PlxReport       *plx_export_report_for_window     (PlxWindow       *window);
/* In a worker thread: analyses the included articles that have no analysis
 * and compares them when there are two or more. Do not change @report until
 * the callback has run. */
void             plx_export_prepare_report_async  (PlxReport           *report,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean         plx_export_prepare_report_finish (PlxReport           *report,
                                                   GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS

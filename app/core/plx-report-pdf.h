/* plx-report-pdf.h — PDF reports, printing, and export in any format
 *
 * This part lives in its own static library, libparallax-report
 * (libparallax_report_dep in meson), because it needs cairo and pango; the
 * engine library itself stays free of them. It links the engine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "plx-report.h"

G_BEGIN_DECLS

/* A4 in points. */
#define PLX_REPORT_PDF_PAGE_WIDTH  595.276
#define PLX_REPORT_PDF_PAGE_HEIGHT 841.890

/* Writes the report as a PDF of A4 pages to @stream (not closed): the same
 * sections as the HTML report, articles one after the other with their
 * highlights, a legend, page numbers, bookmarks; the text is selectable. */
gboolean plx_report_write_pdf       (PlxReport     *self,
                                     GOutputStream *stream,
                                     GCancellable  *cancellable,
                                     GError       **error);

/* Printing (GtkPrintOperation): the same renderer as the PDF.
 * Use points as the unit (gtk_print_operation_set_unit (op, GTK_UNIT_POINTS))
 * and pass the print context's width and height. The layout for a page size
 * is computed once and cached on the report until the report changes.
 * Not thread-safe for one report. For example:
 *
 *   static void
 *   begin_print (GtkPrintOperation *op, GtkPrintContext *ctx, PlxReport *report)
 *   {
 *     gtk_print_operation_set_n_pages (op,
 *       plx_report_pdf_get_n_pages (report, gtk_print_context_get_width (ctx),
 *                                   gtk_print_context_get_height (ctx)));
 *   }
 *
 *   static void
 *   draw_page (GtkPrintOperation *op, GtkPrintContext *ctx, int page, PlxReport *report)
 *   {
 *     plx_report_pdf_render_page (report, gtk_print_context_get_cairo_context (ctx),
 *                                 gtk_print_context_get_width (ctx),
 *                                 gtk_print_context_get_height (ctx), page);
 *   }
 */
int      plx_report_pdf_get_n_pages (PlxReport     *self,
                                     double         width,
                                     double         height);
/* Draws page @page (0-based) onto @cr, whose user space is points with the
 * origin at the page's top left corner. */
void     plx_report_pdf_render_page (PlxReport     *self,
                                     cairo_t       *cr,
                                     double         width,
                                     double         height,
                                     int            page);

/* Writes the report in @format to @stream (not closed). */
gboolean plx_report_write           (PlxReport       *self,
                                     PlxReportFormat  format,
                                     GOutputStream   *stream,
                                     GCancellable    *cancellable,
                                     GError         **error);
/* Writes the report in @format to @file, replacing it atomically (a
 * temporary file renamed over it when complete). Errors name the file. */
gboolean plx_report_write_file      (PlxReport       *self,
                                     PlxReportFormat  format,
                                     GFile           *file,
                                     GCancellable    *cancellable,
                                     GError         **error);

/* plx_report_write_file() in a worker thread, for the window: the main loop
 * keeps running while a long PDF is written. Do not change @self until the
 * callback has run. */
void     plx_report_write_file_async  (PlxReport           *self,
                                       PlxReportFormat      format,
                                       GFile               *file,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
gboolean plx_report_write_file_finish (PlxReport           *self,
                                       GAsyncResult        *result,
                                       GError             **error);

G_END_DECLS

/* plx-print.h — printing the report (GtkPrintOperation)
 *
 * Printed pages come from the PDF report's renderer
 * (plx_report_pdf_render_page), so a printout looks like the exported PDF
 * at the printer's page size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "plx-report.h"
#include "plx-window.h"

G_BEGIN_DECLS

/* A print operation for @report (referenced), in points: begin-print sets
 * the number of pages for the page size chosen, draw-page draws each page.
 * The report must not change while the operation runs. Print settings and
 * page setup of the last print of the run are reused. */
GtkPrintOperation *plx_print_operation_new (PlxReport *report);

/* Prints @window's articles with the highlights the window shows: prepares
 * the report (analysis of unfinished articles, comparison) in a worker
 * thread, then shows the print dialog. Errors go to the window's error
 * bar. */
void               plx_print_window        (PlxWindow *window);

G_END_DECLS

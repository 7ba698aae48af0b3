/* plx-report.h — what goes into an exported report
 *
 * A PlxReport gathers the articles to export with their analyses and the
 * export options (which articles, which highlight layers, title, provenance
 * details). The writers turn it into HTML, Markdown, CSV and JSON
 * (this library) or PDF and printed pages (plx-report-pdf.h, in the
 * separate libparallax-report library because it needs cairo and pango).
 *
 * Sections of every report, in order: legend, articles (with highlights),
 * speakers with their quotes per outlet, claims, then — when the report has
 * a comparison (plx_report_compare() or plx_report_set_comparison()) — the
 * coverage matrix and the omissions, and last the provenance. Without a
 * comparison those two sections are left out, never guessed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "plx-article.h"
#include "plx-analysis.h"
#include "plx-compare.h"
#include "plx-session.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_REPORT_FORMAT_HTML,      /*< nick=html >*/
  PLX_REPORT_FORMAT_PDF,       /*< nick=pdf >*/
  PLX_REPORT_FORMAT_MARKDOWN,  /*< nick=md >*/
  PLX_REPORT_FORMAT_CSV,       /*< nick=csv >*/
  PLX_REPORT_FORMAT_JSON,      /*< nick=json >*/
} PlxReportFormat;

/* Which highlights are drawn in HTML and PDF. The values are those of the
 * window's PlxLayers, so one can be cast to the other. Scare quotes belong to
 * the quotes layer, as in the window. Markdown, CSV and JSON always carry the
 * full analysis. */
typedef enum /*< flags >*/
{
  PLX_REPORT_LAYER_MENTIONS = 1 << 0,  /*< nick=mentions >*/
  PLX_REPORT_LAYER_QUOTES   = 1 << 1,  /*< nick=quotes >*/
  PLX_REPORT_LAYER_CLAIMS   = 1 << 2,  /*< nick=claims >*/
} PlxReportLayers;

#define PLX_REPORT_LAYER_ALL (PLX_REPORT_LAYER_MENTIONS | PLX_REPORT_LAYER_QUOTES | PLX_REPORT_LAYER_CLAIMS)

#define PLX_REPORT_FORMAT  "parallax-report"
#define PLX_REPORT_VERSION 1

#define PLX_TYPE_REPORT (plx_report_get_type ())
G_DECLARE_FINAL_TYPE (PlxReport, plx_report, PLX, REPORT, GObject)

PlxReport       *plx_report_new                (void);
/* A report of all the session's articles (none analysed yet); the session
 * file is recorded for the provenance section. */
PlxReport       *plx_report_new_for_session    (PlxSession      *session);

/* Adds @article with its @analysis (may be NULL: see plx_report_analyze()).
 * Both are referenced. */
void             plx_report_add_article        (PlxReport       *self,
                                                PlxArticle      *article,
                                                PlxAnalysis     *analysis);
guint            plx_report_get_n_articles     (PlxReport       *self);
/* Borrowed. */
PlxArticle      *plx_report_get_article        (PlxReport       *self,
                                                guint            position);
/* Borrowed; NULL when the article has not been analysed. With the
 * corrections applied (see plx_report_set_annotations()). */
PlxAnalysis     *plx_report_get_analysis       (PlxReport       *self,
                                                guint            position);
void             plx_report_set_analysis       (PlxReport       *self,
                                                guint            position,
                                                PlxAnalysis     *analysis);
/* Whether the article is exported (default TRUE). */
gboolean         plx_report_get_included       (PlxReport       *self,
                                                guint            position);
void             plx_report_set_included       (PlxReport       *self,
                                                guint            position,
                                                gboolean         included);
/* Analyses every included article that has no analysis yet. Stops at the
 * first failure. @rulebook may be NULL (no claims). */
gboolean         plx_report_analyze            (PlxReport       *self,
                                                PlxRulebook     *rulebook,
                                                GCancellable    *cancellable,
                                                GError         **error);

/* The session's corrections (its "annotations" section: a JSON array, may be
 * NULL), replayed on every analysis the report is given or makes, so the
 * report shows what the window shows. Set from the session by
 * plx_report_new_for_session(). Borrowed. */
json_t          *plx_report_get_annotations    (PlxReport       *self);
void             plx_report_set_annotations    (PlxReport       *self,
                                                json_t          *annotations);
/* How many of the corrections found their place in the article at
 * @position (0 when none concern it or it has no analysis). */
guint            plx_report_get_n_corrections  (PlxReport       *self,
                                                guint            position);

/* The comparison behind the coverage matrix and the omissions. It must have
 * been made over all the report's articles in report order (comparison
 * article i is report position i); NULL removes it. Referenced. */
PlxComparison   *plx_report_get_comparison     (PlxReport       *self);
void             plx_report_set_comparison     (PlxReport       *self,
                                                PlxComparison   *comparison);
/* Compares the included articles (each must have an analysis: call
 * plx_report_analyze() first) and keeps the result. @edits may be NULL. */
gboolean         plx_report_compare            (PlxReport       *self,
                                                const PlxCompareEdits *edits,
                                                GCancellable    *cancellable,
                                                GError         **error);

PlxReportLayers  plx_report_get_layers         (PlxReport       *self);
void             plx_report_set_layers         (PlxReport       *self,
                                                PlxReportLayers  layers);
/* The report's title; a translated default when unset. */
const char      *plx_report_get_title          (PlxReport       *self);
void             plx_report_set_title          (PlxReport       *self,
                                                const char      *title);
/* The session file, shown in the provenance section; may be NULL. */
GFile           *plx_report_get_session_file   (PlxReport       *self);
void             plx_report_set_session_file   (PlxReport       *self,
                                                GFile           *file);
/* The export date shown in the report (default: when the report was
 * created). Set it for reproducible output. */
GDateTime       *plx_report_get_date           (PlxReport       *self);
void             plx_report_set_date           (PlxReport       *self,
                                                GDateTime       *date);

const char      *plx_report_format_to_string   (PlxReportFormat  format);
gboolean         plx_report_format_from_string (const char      *str,
                                                PlxReportFormat *format);
/* "html", "pdf", "md", "csv", "json". */
const char      *plx_report_format_get_extension (PlxReportFormat format);
const char      *plx_report_format_get_mime_type (PlxReportFormat format);

/* The writers of this library. Each writes the whole report to @stream and
 * does not close it. Errors are PLX_ERROR_WRITE (or G_IO_ERROR_CANCELLED). */
gboolean         plx_report_write_html         (PlxReport       *self,
                                                GOutputStream   *stream,
                                                GCancellable    *cancellable,
                                                GError         **error);
gboolean         plx_report_write_markdown     (PlxReport       *self,
                                                GOutputStream   *stream,
                                                GCancellable    *cancellable,
                                                GError         **error);
gboolean         plx_report_write_csv          (PlxReport       *self,
                                                GOutputStream   *stream,
                                                GCancellable    *cancellable,
                                                GError         **error);
gboolean         plx_report_write_json         (PlxReport       *self,
                                                GOutputStream   *stream,
                                                GCancellable    *cancellable,
                                                GError         **error);
/* The JSON report as a value (new reference); what plx_report_write_json()
 * writes. */
json_t          *plx_report_to_json            (PlxReport       *self);

G_END_DECLS

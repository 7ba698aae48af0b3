/* plx-report-private.h — helpers shared by the report writers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "plx-report.h"

G_BEGIN_DECLS

/* A quote or claim as found in one article of the report. */
typedef struct
{
  guint article;   /* position in the report */
  guint index;     /* index into that analysis' quotes (or claims) */
} PlxReportRef;

/* A speaker across the report's articles: speakers of different articles
 * are the same person when their canonical names normalize alike
 * (plx_palette_index_for_name's normalization).
 * TODO(issue 5): take the speaker registry from the comparison instead. */
typedef struct
{
  char      *key;         /* normalized name */
  char      *name;        /* canonical name as first seen */
  char      *title;       /* first title/role seen, or NULL */
  guint      color;       /* palette index 1…12 */
  gboolean   is_byline;   /* only ever a byline in every article */
  GArray    *quotes;      /* PlxReportRef, in article then text order */
  guint     *per_article; /* quotes per report position (n_articles) */
  GArray    *mentions;    /* guint: mentions per report position */
} PlxReportSpeaker;

/* A claim category with the claims found in the report. */
typedef struct
{
  char   *rule_id;
  char   *label;
  char   *color;    /* validated "#rrggbb" */
  GArray *claims;   /* PlxReportRef */
} PlxReportCategory;

/* Kinds of highlight spans, in drawing order (later ones on top). */
typedef enum
{
  PLX_REPORT_SPAN_QUOTE,
  PLX_REPORT_SPAN_SCARE,
  PLX_REPORT_SPAN_MENTION,
  PLX_REPORT_SPAN_CLAIM,
} PlxReportSpanKind;

typedef struct
{
  guint             start;   /* code points, end exclusive, within the text */
  guint             end;
  PlxReportSpanKind kind;
  guint             index;   /* quote, scare quote, speaker or claim index */
  guint             color;   /* palette index for quotes and mentions */
  int               category;/* index into the categories for claims, else -1 */
} PlxReportSpan;

/* Everything the writers derive from the report once. */
typedef struct
{
  PlxReport *report;
  GArray    *positions;   /* guint: report positions of included articles */
  GPtrArray *speakers;    /* PlxReportSpeaker*, most quoted first */
  GPtrArray *categories;  /* PlxReportCategory*, in order of first use */
  GHashTable *speaker_of; /* "pos:index" → PlxReportSpeaker* (borrowed) */
  GPtrArray *outlets;     /* char*, per report position: see below */
  GPtrArray *offsets;     /* guint*, per report position, computed lazily */
  GArray    *n_chars;     /* guint, per report position */
  GPtrArray *texts;       /* char*: repaired copies of invalid UTF-8 texts */
} PlxReportData;

PlxReportData    *_plx_report_data_new        (PlxReport      *report);
void              _plx_report_data_free       (PlxReportData  *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxReportData, _plx_report_data_free)

/* The merged speaker of speaker @speaker of the article at @position, or
 * NULL. */
PlxReportSpeaker *_plx_report_data_speaker    (PlxReportData  *data,
                                               guint           position,
                                               int             speaker);
/* The outlet to show for the article at @position: its display outlet, or
 * when it has none the file name of its source, or "Article N". */
const char       *_plx_report_data_outlet     (PlxReportData  *data,
                                               guint           position);
/* The text of the article at @position (valid UTF-8, never NULL) and the
 * byte offset of each of its code points (see _plx_report_char_offsets()),
 * computed once per report. */
const char       *_plx_report_data_text       (PlxReportData  *data,
                                               guint           position,
                                               const guint   **offsets,
                                               guint          *n_chars);
/* The bytes of [start, end) (code points, clamped) of that text. */
const char       *_plx_report_data_slice      (PlxReportData  *data,
                                               guint           position,
                                               guint           start,
                                               guint           end,
                                               gsize          *len);
/* Index into data->categories of a claim, or -1. */
int               _plx_report_data_category   (PlxReportData  *data,
                                               PlxClaim       *claim);
/* The labels of the claims made by quote @quote of the analysis, joined
 * with "; " (empty string when none). */
char             *_plx_report_quote_claims    (PlxAnalysis    *analysis,
                                               guint           quote);

/* The highlight spans of one article for the report's layers, clamped to
 * @n_chars, empty spans dropped, sorted by start (then kind). */
GArray           *_plx_report_data_spans      (PlxReportData  *data,
                                               guint           position,
                                               guint           n_chars);

/* Byte offsets of every code point of @text, plus one entry for the end
 * (n_chars + 1 entries); *n_chars receives the number of code points. */
guint            *_plx_report_char_offsets    (const char     *text,
                                               guint          *n_chars);

/* Metadata line of an article: outlet · date · byline (translated). */
char             *_plx_report_article_meta    (PlxArticle     *article);
/* The export date as ISO 8601 (UTC) and as a readable date. */
char             *_plx_report_date_iso        (PlxReport      *report);
/* "Parallax 0.1.0" */
const char       *_plx_report_generator       (void);
/* The comparison's article index of report position @position, or -1 when
 * the comparison does not cover it (or there is none). */
int               _plx_report_comparison_index (PlxReport     *report,
                                                guint          position);
/* Whether the comparison covers exactly the included articles, in order
 * (so its JSON can go into the JSON report as it is). */
gboolean          _plx_report_comparison_matches (PlxReportData *data);
/* The clusters to show: those carried by at least one included article.
 * A new array of cluster indices, in the comparison's order. */
GArray           *_plx_report_data_clusters   (PlxReportData  *data);
/* "Speaker: reference text", the text cut at @max_chars; a new string. */
char             *_plx_report_cluster_label   (PlxReportData  *data,
                                               guint           cluster,
                                               guint           max_chars,
                                               char          **speaker);
const char       *_plx_report_cell_symbol     (PlxCellState    state);
const char       *_plx_report_cell_label      (PlxCellState    state);

/* Increases with every change, for caches (the PDF page layout). */
guint             _plx_report_get_serial      (PlxReport      *report);

/* Writes @len bytes, turning failures into PLX_ERROR_WRITE. */
gboolean          _plx_report_write_all       (GOutputStream  *stream,
                                               const char     *data,
                                               gsize           len,
                                               GCancellable   *cancellable,
                                               GError        **error);

/* "N corrections made by the user … are applied", for the provenance of the
 * articles at @positions; NULL when there are none. */
char *_plx_report_corrections_note (PlxReport *self,
                                    GArray    *positions);

G_END_DECLS

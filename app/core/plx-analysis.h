/* plx-analysis.h — who speaks, what is quoted, which claims are made
 *
 * The result of analysing one article's normalized text. All offsets are
 * Unicode code points into that text, end exclusive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <jansson.h>

G_BEGIN_DECLS

typedef enum
{
  PLX_QUOTE_DIRECT,    /*< nick=direct >*/
  PLX_QUOTE_SPLIT,     /*< nick=split >*/
  PLX_QUOTE_DASH,      /*< nick=dash >*/
  PLX_QUOTE_COLON,     /*< nick=colon >*/
  PLX_QUOTE_REPORTED,  /*< nick=reported >*/
} PlxQuoteKind;

typedef struct
{
  guint start;
  guint end;
} PlxSpan;

typedef struct
{
  char      *id;          /* "s1", "s2", … stable within one analysis */
  char      *name;        /* canonical: full name, nominative */
  GPtrArray *aliases;     /* char*: other forms seen (surname, cases…) */
  GPtrArray *titles;      /* char*: titles and roles ("Foreign Minister") */
  GArray    *mentions;    /* PlxSpan, in text order */
  guint      n_quotes;
  gboolean   is_byline;   /* named as author or photo credit only */
} PlxSpeaker;

typedef struct
{
  guint         start;
  guint         end;
  char         *text;
  PlxQuoteKind  kind;
  int           speaker;   /* index into PlxAnalysis.speakers, -1 when none */
  char         *cue_text;  /* NULL when there is no cue */
  char         *cue_lemma;
  guint         cue_start;
  guint         cue_end;
  gboolean      in_block;  /* (private) TRUE: the strings follow the struct in one
                            * allocation (plx_analyze()) and are read-only; FALSE
                            * (g_new0): the quote owns each string */
  guint8        why_none;  /* (private) PlxNoSpeaker: why speaker is -1, for
                            * the quality test; never written out */
} PlxQuote;

typedef struct
{
  guint     start;
  guint     end;
  char     *text;
  gboolean  in_block;      /* (private) as for PlxQuote */
} PlxScareQuote;

typedef struct
{
  char  *rule_id;
  char  *label;
  char  *color;     /* "#rrggbb" from the rulebook */
  guint  start;
  guint  end;
  int    speaker;   /* index into speakers, -1 when none */
  int    quote;     /* index into quotes when the claim is a quote, else -1 */
} PlxClaim;

typedef struct _PlxAnalysis PlxAnalysis;
typedef struct _PlxRulebook PlxRulebook;

struct _PlxAnalysis
{
  /*< public, read-only >*/
  char      *language;
  GPtrArray *speakers;      /* PlxSpeaker* */
  GPtrArray *quotes;        /* PlxQuote*, in text order */
  GPtrArray *scare_quotes;  /* PlxScareQuote* */
  GPtrArray *claims;        /* PlxClaim* */
  /*< private >*/
  gatomicrefcount ref_count;
};

#define PLX_TYPE_ANALYSIS (plx_analysis_get_type ())
GType        plx_analysis_get_type   (void) G_GNUC_CONST;
PlxAnalysis *plx_analysis_ref        (PlxAnalysis   *self);
void         plx_analysis_unref      (PlxAnalysis   *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxAnalysis, plx_analysis_unref)

const char  *plx_quote_kind_to_string (PlxQuoteKind kind);

/* Analyse @text (normalized, UTF-8) written in @language ("en", "ru", "und").
 * @rulebook may be NULL (no claims). Thread-safe: may run in a worker thread. */
PlxAnalysis *plx_analyze             (const char    *text,
                                      const char    *language,
                                      PlxRulebook   *rulebook,
                                      GCancellable  *cancellable,
                                      GError       **error);

/* The `analyze` output for one article (without its path); new reference. */
json_t      *plx_analysis_to_json    (PlxAnalysis   *self);

/* Rulebooks: JSON files of claim categories (data/rulebooks/). */
#define PLX_TYPE_RULEBOOK (plx_rulebook_get_type ())
GType        plx_rulebook_get_type   (void) G_GNUC_CONST;
PlxRulebook *plx_rulebook_load       (const char    *path,
                                      GError       **error);
/* The rulebook shipped for the bundled samples. */
PlxRulebook *plx_rulebook_load_default (GError     **error);
PlxRulebook *plx_rulebook_ref        (PlxRulebook   *self);
void         plx_rulebook_unref      (PlxRulebook   *self);
guint        plx_rulebook_get_n_categories (PlxRulebook *self);
const char  *plx_rulebook_get_category_id    (PlxRulebook *self, guint i);
const char  *plx_rulebook_get_category_label (PlxRulebook *self, guint i);
const char  *plx_rulebook_get_category_color (PlxRulebook *self, guint i);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxRulebook, plx_rulebook_unref)

G_END_DECLS

/* plx-corrected.h — an analysis with the user's corrections applied
 *
 * The analysis engine's result is never changed. The corrections the user
 * made (the session's "annotations": mark as quote, not a quote, reassign a
 * speaker, mark as claim, rename a speaker) are a log that is replayed on
 * top of it, giving what the window shows. Corrections are anchored by the
 * quoted text and a little context, so they find their place again after
 * the article was re-imported from a changed file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <jansson.h>

#include "plx-analysis.h"
#include "plx-article.h"

G_BEGIN_DECLS

typedef struct
{
  char     *name;        /* as shown: after renames */
  GArray   *mentions;    /* PlxSpan */
  GPtrArray *aliases;    /* char*, from the analysis (empty for new speakers) */
  GPtrArray *titles;     /* char* */
  guint     n_quotes;    /* with corrections */
  gboolean  is_byline;
} PlxCSpeaker;

typedef struct
{
  guint         start;
  guint         end;
  char         *text;
  PlxQuoteKind  kind;
  int           speaker;     /* index into speakers, -1 when unknown */
  char         *cue_text;
  char         *cue_lemma;
  guint         cue_start;
  guint         cue_end;
  gboolean      user;        /* made or changed by a correction */
} PlxCQuote;

typedef struct
{
  guint     start;
  guint     end;
  char     *rule_id;
  char     *label;
  char     *color;
  int       quote;       /* index into quotes, or -1 */
  int       speaker;     /* the quote's speaker when @quote >= 0, else as found */
  gboolean  user;
} PlxCClaim;

typedef struct
{
  GPtrArray *speakers;      /* PlxCSpeaker* */
  GPtrArray *quotes;        /* PlxCQuote*, in text order, not overlapping */
  GArray    *scare_quotes;  /* PlxSpan */
  GPtrArray *claims;        /* PlxCClaim*, in text order */
  guint      n_applied;     /* corrections that found their place */
  guint      n_orphaned;    /* corrections whose text is gone */
} PlxCorrected;

/* The key that tells two speaker names apart: NFKC, casefolded, trimmed.
 * Used for per-speaker toggles and renames. Newly allocated. */
char         *plx_speaker_key           (const char       *name);

/* The key that ties a correction to its article: the canonical path of a
 * file, else the source name. Newly allocated. */
char         *plx_corrected_article_key (PlxArticle       *article);

/* Replays @annotations (a JSON array, may be NULL) on @analysis of @text.
 * Corrections of other articles are skipped, except speaker renames, which
 * apply everywhere. @names, when not NULL, gives the name to show for each
 * speaker of @analysis (by index; NULL entries keep the analysis's name):
 * the cross-article registry's name, so one person has one name and one
 * colour in every language. */
PlxCorrected *plx_corrected_new         (PlxAnalysis      *analysis,
                                         const char       *text,
                                         const char       *article_key,
                                         json_t           *annotations,
                                         GPtrArray        *names);
void          plx_corrected_free        (PlxCorrected     *self);

/* The corrected result as an analysis of its own (new reference), for the
 * reports and the comparison: speakers keep their order (new ones follow)
 * and get ids "s1", "s2", …; speakers without mentions or quotes are kept. */
PlxAnalysis  *plx_corrected_to_analysis (PlxCorrected     *self,
                                         const char       *language);

/* @analysis of @article with the session's @annotations replayed on it: a
 * new reference, or a reference to @analysis itself when no correction
 * concerns this article. @n_applied (may be NULL) receives the number of
 * corrections that found their place in this article. */
PlxAnalysis  *plx_analysis_correct      (PlxAnalysis      *analysis,
                                         PlxArticle       *article,
                                         json_t           *annotations,
                                         guint            *n_applied);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxCorrected, plx_corrected_free)

/* The quote containing @offset, or -1. */
int           plx_corrected_quote_at    (PlxCorrected     *self,
                                         guint             offset);
/* The first quote overlapping [start, end), or -1. */
int           plx_corrected_quote_in    (PlxCorrected     *self,
                                         guint             start,
                                         guint             end);
const char   *plx_corrected_speaker_name (PlxCorrected    *self,
                                          int              speaker);

/* A new annotation object of @type anchored at [start, end) of @text:
 * {"type", "article", "text", "before", "after"}. */
json_t       *plx_anchor_new            (const char       *type,
                                         const char       *article_key,
                                         const char       *text,
                                         guint             start,
                                         guint             end);
/* Finds where an anchor ("text", "before", "after") is in @text now: the
 * occurrence of the quoted text whose context matches best. */
gboolean      plx_anchor_find           (json_t           *anchor,
                                         const char       *text,
                                         guint            *start,
                                         guint            *end);

G_END_DECLS

/* plx-compare.h — cross-article comparison: speakers, statements, coverage
 *
 * plx_compare() takes the articles of a session with their analyses and
 * builds:
 *  - a speaker registry that merges the same person across articles and
 *    languages (Sergei Lavrov / Sergey Lavrov / Lavrov / Лавров);
 *  - clusters: the same statement as carried by different articles, also
 *    when reworded, shortened or translated differently; each cluster holds
 *    at most one rendering per article;
 *  - the coverage matrix (clusters × articles: verbatim, reworded, reported,
 *    absent), each outlet's share of voice per speaker, and omissions.
 * Manual merges and splits (PlxCompareEdits) are applied on top and are kept
 * in the session section "comparison".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <jansson.h>

#include "plx-analysis.h"
#include "plx-article.h"
#include "plx-worddiff.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_CELL_ABSENT,     /*< nick=absent >*/
  PLX_CELL_VERBATIM,   /*< nick=verbatim >*/
  PLX_CELL_REWORDED,   /*< nick=reworded >*/
  PLX_CELL_REPORTED,   /*< nick=reported >*/
} PlxCellState;

typedef enum
{
  PLX_POSITION_HEADLINE,  /*< nick=headline >*/
  PLX_POSITION_LEAD,      /*< nick=lead >*/
  PLX_POSITION_LATER,     /*< nick=later >*/
} PlxPosition;

/* One (article, analysis speaker) pair that the registry merged. */
typedef struct
{
  guint  article;
  guint  speaker;    /* index into that analysis's speakers */
} PlxSpeakerRef;

typedef struct
{
  char      *id;        /* "p1", "p2", … in order of first appearance */
  char      *name;      /* display name: the fullest Latin-script form */
  GPtrArray *names;     /* char*: every name and alias seen, deduplicated */
  GPtrArray *titles;    /* char*: titles seen, deduplicated */
  GArray    *members;   /* PlxSpeakerRef */
  guint      n_quotes;  /* over all articles */
  guint      n_words;   /* words quoted, over all articles */
} PlxRegistrySpeaker;

typedef struct
{
  guint         article;
  int           quote;      /* index into the analysis's quotes, or -1 */
  int           claim;      /* index into its claims, or -1; both -1 for a
                             * reported sentence the comparison found */
  guint         start;      /* code points into the article text */
  guint         end;
  char         *text;
  PlxQuoteKind  kind;
  char         *cue_text;   /* NULL when none */
  char         *cue_lemma;
  char         *category;   /* claim rule id, or NULL */
  PlxPosition   position;
  PlxCellState  state;      /* never PLX_CELL_ABSENT */
  double        score;      /* similarity to the cluster (1.0 for the reference) */
} PlxRendering;

typedef struct
{
  char      *id;           /* "c1", "c2", … */
  int        speaker;      /* registry index of the speaker most renderings
                            * give, -1 when none has one */
  char      *category;     /* claim rule id of its renderings, or NULL */
  GPtrArray *renderings;   /* PlxRendering*, in article order, ≤ 1 per article */
  guint      reference;    /* index into renderings of the reference rendering */
  gboolean   edited;       /* shaped by a manual merge or split */
} PlxCluster;

/* A statement named by the user: the article (its source, as given to
 * plx_compare) and the rendering's text (or a distinctive part of it). */
typedef struct
{
  char *article;
  char *text;
} PlxStatementRef;

/* Manual corrections, stored in the session section "comparison". */
typedef struct _PlxCompareEdits PlxCompareEdits;

#define PLX_TYPE_COMPARE_EDITS (plx_compare_edits_get_type ())
GType             plx_compare_edits_get_type        (void) G_GNUC_CONST;
PlxCompareEdits  *plx_compare_edits_new             (void);
PlxCompareEdits  *plx_compare_edits_ref             (PlxCompareEdits *self);
void              plx_compare_edits_unref           (PlxCompareEdits *self);
/* The same person: every name in @names (NULL-terminated). */
void              plx_compare_edits_merge_speakers  (PlxCompareEdits    *self,
                                                     const char * const *names);
/* @name is its own person: never merged automatically with others. */
void              plx_compare_edits_split_speaker   (PlxCompareEdits    *self,
                                                     const char         *name);
/* The same statement: @a and @b end up in one cluster. */
void              plx_compare_edits_merge_statements (PlxCompareEdits   *self,
                                                      const char        *article_a,
                                                      const char        *text_a,
                                                      const char        *article_b,
                                                      const char        *text_b);
/* Take the statement out of its cluster: it stands alone. */
void              plx_compare_edits_split_statement (PlxCompareEdits    *self,
                                                     const char         *article,
                                                     const char         *text);
gboolean          plx_compare_edits_is_empty        (PlxCompareEdits    *self);
/* {"speaker_merges": [[name…]…], "speaker_splits": [name…],
 *  "cluster_merges": [[{"article","text"},{"article","text"}]…],
 *  "cluster_splits": [{"article","text"}…]}; new reference. */
json_t           *plx_compare_edits_to_json         (PlxCompareEdits    *self);
/* Reads what to_json wrote; PLX_ERROR_MALFORMED names the offending part. */
PlxCompareEdits  *plx_compare_edits_from_json       (json_t             *json,
                                                     GError            **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxCompareEdits, plx_compare_edits_unref)

typedef struct _PlxComparison PlxComparison;

#define PLX_TYPE_COMPARISON (plx_comparison_get_type ())
GType          plx_comparison_get_type        (void) G_GNUC_CONST;
PlxComparison *plx_comparison_ref             (PlxComparison *self);
void           plx_comparison_unref           (PlxComparison *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxComparison, plx_comparison_unref)

/* Compares @n articles with their analyses (same order; both non-NULL).
 * @edits may be NULL. Thread-safe; checks @cancellable between stages.
 * Fails only when cancelled or when the alignment lexicon is unreadable. */
PlxComparison *plx_compare                    (PlxArticle           **articles,
                                               PlxAnalysis          **analyses,
                                               guint                  n,
                                               const PlxCompareEdits *edits,
                                               GCancellable          *cancellable,
                                               GError               **error);

guint          plx_comparison_get_n_articles  (PlxComparison *self);

/* The registry. */
guint                     plx_comparison_get_n_speakers (PlxComparison *self);
const PlxRegistrySpeaker *plx_comparison_get_speaker    (PlxComparison *self,
                                                         guint          index);
/* The registry index of speaker @speaker of article @article, or -1. */
int            plx_comparison_lookup_speaker  (PlxComparison *self,
                                               guint          article,
                                               guint          speaker);

/* The clusters, ordered by how many articles carry them, then by first
 * appearance. */
guint             plx_comparison_get_n_clusters (PlxComparison *self);
const PlxCluster *plx_comparison_get_cluster    (PlxComparison *self,
                                                 guint          index);
/* The rendering of cluster @cluster in article @article, or NULL. */
const PlxRendering *plx_comparison_get_rendering (PlxComparison *self,
                                                  guint          cluster,
                                                  guint          article);
/* The coverage matrix: one cell. */
PlxCellState   plx_comparison_get_cell        (PlxComparison *self,
                                               guint          cluster,
                                               guint          article);
/* Share of voice: quotes and words quoted of registry speaker @speaker in
 * article @article. */
void           plx_comparison_get_share_of_voice (PlxComparison *self,
                                                  guint          article,
                                                  guint          speaker,
                                                  guint         *n_quotes,
                                                  guint         *n_words);
/* Clusters carried by other articles and left out by @article, most widely
 * carried first. A new array of guint cluster indices. */
GArray        *plx_comparison_get_omissions   (PlxComparison *self,
                                               guint          article);
/* Word diff of article @article's rendering against the cluster's reference
 * rendering; NULL when the article does not carry the cluster. */
PlxWordDiff   *plx_comparison_diff_rendering  (PlxComparison *self,
                                               guint          cluster,
                                               guint          article);

/* Word diff of article @article_b's rendering against article @article_a's
 * rendering of the same cluster; NULL when either does not carry it. */
PlxWordDiff   *plx_comparison_diff_pair       (PlxComparison *self,
                                               guint          cluster,
                                               guint          article_a,
                                               guint          article_b);

/* The `compare` output (data/schemas/parallax-comparison.schema.json);
 * a new reference. */
json_t        *plx_comparison_to_json         (PlxComparison *self);

const char    *plx_cell_state_to_string       (PlxCellState   state);
const char    *plx_position_to_string         (PlxPosition    position);

G_END_DECLS

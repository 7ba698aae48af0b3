/* plx-worddiff.h — word-level diff of two renderings of one statement
 *
 * Compares two short texts word by word (case and punctuation ignored) and
 * describes how the second differs from the first: words inserted, deleted,
 * substituted, the start or end cut off, and parts elided with an ellipsis
 * ("…" or "...").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <jansson.h>

G_BEGIN_DECLS

typedef enum
{
  PLX_DIFF_EQUAL,            /*< nick=equal >*/
  PLX_DIFF_INSERT,           /*< nick=insert >*/        /* words only in b */
  PLX_DIFF_DELETE,           /*< nick=delete >*/        /* words only in a */
  PLX_DIFF_SUBSTITUTE,       /*< nick=substitute >*/    /* a's words replaced by b's */
  PLX_DIFF_TRUNCATE_START,   /*< nick=truncate-start >*/ /* b starts later than a */
  PLX_DIFF_TRUNCATE_END,     /*< nick=truncate-end >*/   /* b stops before a ends */
  PLX_DIFF_ELLIPSIS,         /*< nick=ellipsis >*/      /* a's words elided in b by "…" */
} PlxDiffOp;

typedef struct
{
  char  *text;     /* the word as written */
  char  *norm;     /* lower-cased, for comparing; "…" for an ellipsis */
  guint  start;    /* code points into the diffed string, end exclusive */
  guint  end;
} PlxDiffToken;

typedef struct
{
  PlxDiffOp  op;
  guint      a_start;  /* token range in a, end exclusive */
  guint      a_end;
  guint      b_start;  /* token range in b, end exclusive */
  guint      b_end;
} PlxDiffChunk;

typedef struct
{
  GPtrArray *a_tokens;   /* PlxDiffToken* (ellipsis tokens included) */
  GPtrArray *b_tokens;
  GArray    *chunks;     /* PlxDiffChunk, in order */
  guint      n_equal;    /* words common to a and b (ellipses excluded) */
  guint      n_a_words;  /* words of a, ellipses excluded */
  guint      n_b_words;
} PlxWordDiff;

/* Splits @text into word tokens (letters, digits, inner apostrophes and
 * hyphens) plus ellipsis tokens; punctuation is dropped. */
GPtrArray   *plx_word_tokenize      (const char  *text);

/* Diffs @b against @a. Inputs of any size are accepted; very long inputs
 * fall back to a coarser diff so the cost stays bounded. */
PlxWordDiff *plx_word_diff          (const char  *a,
                                     const char  *b);
void         plx_word_diff_free     (PlxWordDiff *diff);

/* Fraction of b's words found in a, in order (1.0 when b is a verbatim
 * excerpt of a). */
double       plx_word_diff_containment (const PlxWordDiff *diff);

const char  *plx_diff_op_to_string  (PlxDiffOp    op);

/* [{"op":…, "a":"words of a", "b":"words of b"}, …]; new reference. */
json_t      *plx_word_diff_to_json  (const PlxWordDiff *diff);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxWordDiff, plx_word_diff_free)

G_END_DECLS

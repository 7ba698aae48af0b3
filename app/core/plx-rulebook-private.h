/* plx-rulebook-private.h — the inside of a PlxRulebook, for claim matching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <jansson.h>

#include "plx-analysis.h"

G_BEGIN_DECLS

#define PLX_RULEBOOK_MAX_GAP       10
#define PLX_RULEBOOK_MAX_ELEMENTS  16

/* One phrase of a category, ready for matching: a sequence of elements,
 * each the Snowball stem of a word or, when it ends in '*', a prefix of
 * the lower-cased word ("meddl*"). */
typedef struct
{
  char  *source;    /* as written in the rulebook */
  char  *language;  /* "en", "ru" or NULL for any */
  char **elements;  /* NULL-terminated */
  guint  gap;       /* words allowed between two elements */
} PlxRulePattern;

typedef struct
{
  char      *id;
  char      *label;
  char      *color;        /* "#rrggbb" */
  char      *description;  /* may be NULL */
  GPtrArray *patterns;     /* PlxRulePattern*: any one must match */
  GPtrArray *cues;         /* PlxRulePattern*: when non-empty, one must match too */
  GPtrArray *speakers;     /* char*, case-folded; when non-empty, the speaker must match one */
} PlxRuleCategory;

struct _PlxRulebook
{
  gatomicrefcount  ref_count;
  char            *source;      /* file name or description, for messages */
  char            *title;
  GPtrArray       *categories;  /* PlxRuleCategory* */
};

/* Builds a rulebook from parsed JSON (e.g. the rules stored in a session).
 * @source names the input in error messages. */
PlxRulebook *_plx_rulebook_new_from_json (json_t      *root,
                                          const char  *source,
                                          GError     **error);

/* Parses a rulebook from a string (for sessions and tests). */
PlxRulebook *_plx_rulebook_new_from_data (const char  *data,
                                          gssize       len,
                                          const char  *source,
                                          GError     **error);

G_END_DECLS

/* plx-stem.h — lower-casing and Snowball stemming of words (English, Russian)
 *
 * A thin layer over libstemmer. The stemmer for a word is chosen by its
 * script: words with Cyrillic letters go to the Russian stemmer, all other
 * words to the English one, so mixed-language text stems sensibly.
 * All functions are thread-safe (one pair of stemmers per thread).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint start;   /* code points into the text, end exclusive */
  guint end;
  char *word;    /* lower-cased word as written (ё → е, ’ → ') */
  char *stem;    /* its Snowball stem */
} PlxStemToken;

/* Lower-cases and stems one word. Returns a new string; never NULL
 * (a word the stemmer cannot handle is returned lower-cased). */
char      *plx_stem_word        (const char *word);

/* Lower-cases a word the way plx_stem_word() does, without stemming. */
char      *plx_stem_fold        (const char *word);

/* Splits @text (UTF-8, @len bytes or -1) into words — runs of letters and
 * digits, with inner apostrophes kept ("don't", "O'Neill") and hyphens
 * splitting ("de-escalation" → "de", "escalation") — and stems each.
 * @offset is added to every start/end (use the code-point offset of @text in
 * a larger document). Returns a GArray of PlxStemToken (cleared on free). */
GArray    *plx_stem_tokenize    (const char *text,
                                 gssize      len,
                                 guint       offset);

/* One distinct word form of a text: folded as plx_stem_fold() and stemmed
 * as plx_stem_word() do. */
typedef struct
{
  char *word;
  char *stem;
} PlxStemForm;

typedef struct
{
  guint start;   /* code points, as in PlxStemToken */
  guint end;
  guint form;    /* index into the forms array */
} PlxStemWord;

/* The words of plx_stem_tokenize(), but every distinct word form (as
 * written) is folded and stemmed once: returns a GArray of PlxStemWord and
 * sets @forms to a new GArray of PlxStemForm (cleared on free). */
GArray    *plx_stem_tokenize_forms (const char  *text,
                                    gssize       len,
                                    guint        offset,
                                    GArray     **forms);

/* The stems of @phrase as a NULL-terminated vector (for patterns). */
char     **plx_stem_phrase      (const char *phrase);

G_END_DECLS

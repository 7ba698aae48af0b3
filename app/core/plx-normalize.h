/* plx-normalize.h — text normalization shared by the importers (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PLX_NORMALIZE_DEFAULT             = 0,
  /* Every line break starts a new paragraph (text without blank lines). */
  PLX_NORMALIZE_LINES_ARE_PARAGRAPHS = 1 << 0,
} PlxNormalizeFlags;

/* Metadata an importer found in the input; all fields nullable. */
typedef struct
{
  char *title;
  char *outlet;
  char *byline;
  char *date;
} PlxTextMeta;

void      _plx_text_meta_clear            (PlxTextMeta        *meta);

/* NFC, '\n' line ends, runs of spaces folded to one, lines trimmed,
 * paragraphs separated by exactly one blank line, no leading or trailing
 * blank lines, invisible format characters and stray controls removed.
 * @text must be valid UTF-8; returns NULL otherwise. */
char     *_plx_normalize_text             (const char         *text,
                                           gssize              length,
                                           PlxNormalizeFlags   flags);

/* The same for a single line of metadata: all white space (including line
 * breaks) becomes one space; trimmed; NULL when nothing is left. */
char     *_plx_normalize_inline           (const char         *text);

/* TRUE when @text contains at least one letter or digit. */
gboolean  _plx_text_has_words             (const char         *text);

/* TRUE when the text has several lines but no blank line between them and
 * the lines are long, i.e. one paragraph per line. */
gboolean  _plx_text_lines_look_like_paragraphs (const char    *text);

G_END_DECLS

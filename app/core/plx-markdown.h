/* plx-markdown.h — the text a reader sees in a Markdown article (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "plx-normalize.h"

G_BEGIN_DECLS

/* Turn UTF-8 Markdown into plain text as it reads when rendered: heading
 * and emphasis markers, link targets, images, HTML tags and reference
 * definitions go; soft-wrapped lines are joined; blocks are separated by a
 * blank line (the result is not yet normalized). The first block's
 * heading becomes @meta->title; a YAML front matter block gives title,
 * author, date and outlet and is not part of the text. */
char *_plx_markdown_to_text (const char  *markdown,
                             PlxTextMeta *meta);

/* Inline Markdown of one block to plain text. */
char *_plx_markdown_inline  (const char  *text);

G_END_DECLS

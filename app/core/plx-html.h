/* plx-html.h — article text and metadata from an HTML page (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "plx-normalize.h"

G_BEGIN_DECLS

/* Parse UTF-8 HTML with libxml2 (no network), find the article body
 * (<article>, else the element with the most paragraph text), drop page
 * furniture (script, style, nav, header, footer, aside, forms, comments,
 * ads), and return its text with the headline first, blocks separated by
 * blank lines (not yet normalized). Metadata comes from <title>, og:*,
 * author / article:* meta tags and JSON-LD NewsArticle. Returns NULL when
 * the input yields no document at all. */
char *_plx_html_extract (const char  *html,
                         gsize        length,
                         PlxTextMeta *meta);

/* Strip an outlet name from a page title: "Headline | Outlet",
 * "Outlet — Headline". With @outlet NULL only a " | " suffix is taken and
 * returned in @found_outlet. Returns a new string. */
char *_plx_html_clean_title (const char  *title,
                             const char  *outlet,
                             char       **found_outlet);

G_END_DECLS

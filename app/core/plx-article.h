/* plx-article.h — one imported article: normalized text and metadata
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <jansson.h>

#include "plx-types.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_ARTICLE_FORMAT_TEXT,      /*< nick=text >*/
  PLX_ARTICLE_FORMAT_MARKDOWN,  /*< nick=markdown >*/
  PLX_ARTICLE_FORMAT_HTML,      /*< nick=html >*/
  PLX_ARTICLE_FORMAT_PASTED,    /*< nick=pasted >*/
} PlxArticleFormat;

#define PLX_TYPE_ARTICLE (plx_article_get_type ())
G_DECLARE_FINAL_TYPE (PlxArticle, plx_article, PLX, ARTICLE, GObject)

PlxArticle       *plx_article_new                  (void);

/* Where the article came from: a path or URI as the user gave it. */
const char       *plx_article_get_source           (PlxArticle       *self);
void              plx_article_set_source           (PlxArticle       *self,
                                                    const char       *source);
guint64           plx_article_get_byte_size        (PlxArticle       *self);
void              plx_article_set_byte_size        (PlxArticle       *self,
                                                    guint64           byte_size);
/* Lower-case hex SHA-256 of the original bytes. */
const char       *plx_article_get_sha256           (PlxArticle       *self);
void              plx_article_set_sha256           (PlxArticle       *self,
                                                    const char       *sha256);
PlxArticleFormat  plx_article_get_format           (PlxArticle       *self);
void              plx_article_set_format           (PlxArticle       *self,
                                                    PlxArticleFormat  format);
const char       *plx_article_format_to_string     (PlxArticleFormat  format);
gboolean          plx_article_format_from_string   (const char       *str,
                                                    PlxArticleFormat *format);
/* The encoding of the original bytes, e.g. "UTF-8", "WINDOWS-1251". */
const char       *plx_article_get_encoding         (PlxArticle       *self);
void              plx_article_set_encoding         (PlxArticle       *self,
                                                    const char       *encoding);
/* "en", "ru" or "und". */
const char       *plx_article_get_language         (PlxArticle       *self);
void              plx_article_set_language         (PlxArticle       *self,
                                                    const char       *language);
const char       *plx_article_get_title            (PlxArticle       *self);
void              plx_article_set_title            (PlxArticle       *self,
                                                    const char       *title);
const char       *plx_article_get_outlet           (PlxArticle       *self);
void              plx_article_set_outlet           (PlxArticle       *self,
                                                    const char       *outlet);
const char       *plx_article_get_byline           (PlxArticle       *self);
void              plx_article_set_byline           (PlxArticle       *self,
                                                    const char       *byline);
/* Publication date as found (ISO 8601 where the source gives it). */
const char       *plx_article_get_date             (PlxArticle       *self);
void              plx_article_set_date             (PlxArticle       *self,
                                                    const char       *date);
/* User overrides kept by the session; NULL when unset. */
const char       *plx_article_get_title_override   (PlxArticle       *self);
void              plx_article_set_title_override   (PlxArticle       *self,
                                                    const char       *title);
const char       *plx_article_get_outlet_override  (PlxArticle       *self);
void              plx_article_set_outlet_override  (PlxArticle       *self,
                                                    const char       *outlet);
/* The override when set, else the imported value, else a fallback
 * derived from the source name. Never NULL. */
const char       *plx_article_get_display_title    (PlxArticle       *self);
const char       *plx_article_get_display_outlet   (PlxArticle       *self);

/* The normalized text: UTF-8, NFC, '\n' line ends, paragraphs separated by
 * one blank line. Setting it recomputes the character and word counts. */
const char       *plx_article_get_text             (PlxArticle       *self);
void              plx_article_set_text             (PlxArticle       *self,
                                                    const char       *text);
guint64           plx_article_get_char_count       (PlxArticle       *self);
guint64           plx_article_get_word_count       (PlxArticle       *self);

/* Metadata as a JSON object (the `import` output); with @with_text the
 * normalized text is included as "text". Returns a new reference. */
json_t           *plx_article_to_json              (PlxArticle       *self,
                                                    gboolean          with_text);

guint64           plx_count_words                  (const char       *text);

G_END_DECLS

/* plx-session.h — a comparison the user works on: articles and their work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <jansson.h>

#include "plx-article.h"

G_BEGIN_DECLS

/* g_autoptr(json_t) for the JSON values that go in and out of a session */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (json_t, json_decref)

#define PLX_SESSION_FORMAT  "parallax-session"
#define PLX_SESSION_VERSION 1

#define PLX_TYPE_SESSION (plx_session_get_type ())
G_DECLARE_FINAL_TYPE (PlxSession, plx_session, PLX, SESSION, GObject)

/* PlxSession implements GListModel; its items are PlxArticles in pane order. */

PlxSession *plx_session_new              (void);

/* Load a session file. Fatal problems (unreadable, malformed, wrong types,
 * newer version) are errors. Non-fatal ones (an article file that is gone or
 * has changed) are appended to @warnings as translated strings when
 * @warnings is non-NULL; *warnings is created when NULL. */
PlxSession *plx_session_load             (GFile         *file,
                                          GPtrArray    **warnings,
                                          GCancellable  *cancellable,
                                          GError       **error);
/* Write atomically: temp file, fsync, rename. Sets the session's file. */
gboolean    plx_session_save             (PlxSession    *self,
                                          GFile         *file,
                                          GCancellable  *cancellable,
                                          GError       **error);

/* The file the session was loaded from or last saved to, or NULL. */
GFile      *plx_session_get_file         (PlxSession    *self);

guint       plx_session_get_n_articles   (PlxSession    *self);
/* Borrowed reference. */
PlxArticle *plx_session_get_article      (PlxSession    *self,
                                          guint          position);
void        plx_session_add_article      (PlxSession    *self,
                                          PlxArticle    *article);
void        plx_session_remove_article   (PlxSession    *self,
                                          guint          position);
void        plx_session_move_article     (PlxSession    *self,
                                          guint          from,
                                          guint          to);
/* Position of the first article whose source is @source, or -1. Paths
 * that name the same file match even when spelled differently. */
int         plx_session_find_source      (PlxSession    *self,
                                          const char    *source);
/* The article's identifier in the session file: stable across moves,
 * saves and loads, for annotations and view state to refer to. */
const char *plx_session_get_article_id   (PlxSession    *self,
                                          guint          position);
/* Position of the article with identifier @id, or -1. */
int         plx_session_find_article_id  (PlxSession    *self,
                                          const char    *id);

/* Whether the normalized text of each article is embedded when saving
 * (default TRUE). */
gboolean    plx_session_get_embed_text   (PlxSession    *self);
void        plx_session_set_embed_text   (PlxSession    *self,
                                          gboolean       embed_text);

/* Sections kept for later features: "annotations" (array), "rules" (object),
 * "view" (object), and any other top-level key. Borrowed; NULL when absent.
 * Setting takes a new reference to @value (NULL removes the section). */
json_t     *plx_session_get_section      (PlxSession    *self,
                                          const char    *name);
void        plx_session_set_section      (PlxSession    *self,
                                          const char    *name,
                                          json_t        *value);

/* The session as JSON relative to @base_dir (for relative article paths);
 * a new reference. */
json_t     *plx_session_to_json          (PlxSession    *self,
                                          GFile         *base_dir);

/* Whether there are changes since the last load or save. */
gboolean    plx_session_get_modified     (PlxSession    *self);
void        plx_session_set_modified     (PlxSession    *self,
                                          gboolean       modified);

G_END_DECLS

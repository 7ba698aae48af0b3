/* plx-import.h — turn the files people have into PlxArticles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "plx-article.h"

G_BEGIN_DECLS

#define PLX_IMPORT_DEFAULT_MAX_SIZE (G_GUINT64_CONSTANT (50) * 1024 * 1024)

typedef struct
{
  /* Files larger than this are refused; 0 means the default (50 MB). */
  guint64 max_size;
} PlxImportOptions;

/* Synchronous import, for the CLI and worker threads. @options may be NULL.
 * The format is taken from the file name (.txt, .md, .markdown, .html, .htm)
 * and, for other names, from the content. */
PlxArticle *plx_import_file         (GFile                   *file,
                                     const PlxImportOptions  *options,
                                     GCancellable            *cancellable,
                                     GError                 **error);

/* Import bytes already in memory. @display_name names the input in errors
 * and becomes the article's source; it also decides the format by suffix. */
PlxArticle *plx_import_bytes        (GBytes                  *bytes,
                                     const char              *display_name,
                                     const PlxImportOptions  *options,
                                     GError                 **error);

/* An article from UTF-8 text the user pasted. */
PlxArticle *plx_import_text         (const char              *text,
                                     const char              *display_name,
                                     GError                 **error);

void        plx_import_file_async   (GFile                   *file,
                                     const PlxImportOptions  *options,
                                     GCancellable            *cancellable,
                                     GAsyncReadyCallback      callback,
                                     gpointer                 user_data);
PlxArticle *plx_import_file_finish  (GAsyncResult            *result,
                                     GError                 **error);

G_END_DECLS

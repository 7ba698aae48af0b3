/* plx-window.h — the main window: articles side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "parallax.h"
#include "plx-article-pane.h"

G_BEGIN_DECLS

#define PLX_TYPE_WINDOW (plx_window_get_type ())
G_DECLARE_FINAL_TYPE (PlxWindow, plx_window, PLX, WINDOW, GtkApplicationWindow)

PlxWindow  *plx_window_new              (GtkApplication *application);

PlxSession *plx_window_get_session      (PlxWindow      *self);
/* Whether the window shows nothing yet (no articles, nothing loading). */
gboolean    plx_window_is_empty         (PlxWindow      *self);

/* Opens articles and session files. Files already open get focus; files
 * that fail are listed in the window's error bar; the others still open. */
void        plx_window_open_files       (PlxWindow      *self,
                                         GFile         **files,
                                         guint           n_files);
/* Opens the bundled sample comparison (data/samples/index.json). */
void        plx_window_open_sample      (PlxWindow      *self);
/* A new article from @text (e.g. the clipboard). */
void        plx_window_add_text         (PlxWindow      *self,
                                         const char     *text);

/* The panes in order (PlxArticlePane*, borrowed). */
GPtrArray  *plx_window_get_panes        (PlxWindow      *self);
PlxArticlePane *plx_window_get_focused_pane (PlxWindow  *self);
void        plx_window_focus_pane       (PlxWindow      *self,
                                         PlxArticlePane *pane);

/* Number of imports and analyses still running. */
guint       plx_window_get_n_pending    (PlxWindow      *self);

/* The error messages shown in the error bar (char*, borrowed). */
GPtrArray  *plx_window_get_errors       (PlxWindow      *self);

gboolean    plx_window_save_to          (PlxWindow      *self,
                                         GFile          *file,
                                         GError        **error);

G_END_DECLS

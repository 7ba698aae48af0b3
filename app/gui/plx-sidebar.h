/* plx-sidebar.h — the session at a glance: articles, speakers, claims, quotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "plx-article-pane.h"

G_BEGIN_DECLS

#define PLX_TYPE_SIDEBAR (plx_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (PlxSidebar, plx_sidebar, PLX, SIDEBAR, GtkWidget)

GtkWidget *plx_sidebar_new     (void);

/* Shows what @panes (PlxArticlePane*, in pane order) display; @focused is
 * the pane whose quotes are listed (may be NULL); @hidden_speakers holds the
 * speaker keys switched off (may be NULL). */
void       plx_sidebar_refresh (PlxSidebar     *self,
                                GPtrArray      *panes,
                                PlxArticlePane *focused,
                                GHashTable     *hidden_speakers);

G_END_DECLS

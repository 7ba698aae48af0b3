/* plx-settings.h — the application's GSettings, applied to windows,
 * panes and sessions; recent files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "parallax.h"
#include "plx-article-pane.h"

G_BEGIN_DECLS

/* The settings of the process (schema APP_ID), or NULL when the schema is
 * not installed (an uninstalled build without GSETTINGS_SCHEMA_DIR): every
 * function below then keeps the built-in defaults. Borrowed. */
GSettings  *plx_settings_get_default     (void);

/* Restores the window's size and maximized state, saves them when it is
 * closed, binds the highlight layers ("show-mentions", …) to the settings
 * and autosaves its session every "autosave-interval" seconds when the
 * session has a file and unsaved changes. Call once, at the end of the
 * window's init. @window must be a PlxWindow. */
void        plx_settings_attach_window   (GtkWindow      *window);

/* Gives a new pane the width from "pane-width". */
void        plx_settings_init_pane       (PlxArticlePane *pane);

/* Applies "embed-article-text" to @session before it is saved. */
void        plx_settings_prepare_save    (PlxSession     *session);

/* Adds @file (an article or a session that was opened or saved) to the
 * desktop's recently used files (GtkRecentManager). */
void        plx_settings_add_recent      (GFile          *file);

G_END_DECLS

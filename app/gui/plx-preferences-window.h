/* plx-preferences-window.h — the Preferences window, bound to GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PLX_TYPE_PREFERENCES_WINDOW (plx_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (PlxPreferencesWindow, plx_preferences_window, PLX, PREFERENCES_WINDOW, GtkWindow)

/* A Preferences window for @parent (may be NULL). Every control is bound
 * to the application's settings (plx_settings_get_default()): a change
 * applies at once, there is no Apply button. Without the installed schema
 * only the style (the app.color-scheme action) can be changed. */
GtkWidget *plx_preferences_window_new (GtkWindow *parent);

G_END_DECLS

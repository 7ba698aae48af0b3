/* plx-application.h — the Parallax GtkApplication
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PLX_TYPE_APPLICATION (plx_application_get_type ())
G_DECLARE_FINAL_TYPE (PlxApplication, plx_application, PLX, APPLICATION, GtkApplication)

PlxApplication *plx_application_new (void);

/* Loads the GResource, CSS and style schemes; safe to call more than once.
 * Widget tests call it instead of running an application. */
void            plx_gui_init        (void);

G_END_DECLS

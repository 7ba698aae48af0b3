/* plx-connector.h — bands joining one statement across adjacent panes
 *
 * A transparent overlay above the row of panes. For the selected statement
 * it draws, between each pair of neighbouring text views that both carry
 * it, a band from the statement's lines in the left view to its lines in
 * the right one (as Meld joins matching chunks). It does not take input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PLX_TYPE_CONNECTOR (plx_connector_get_type ())
G_DECLARE_FINAL_TYPE (PlxConnector, plx_connector, PLX, CONNECTOR, GtkWidget)

GtkWidget *plx_connector_new        (void);

/* The statement's place in each view, in the order of the panes; a view
 * that does not carry it gets start == end. Replaces what was shown. */
void       plx_connector_clear      (PlxConnector *self);
void       plx_connector_add_span   (PlxConnector *self,
                                     GtkTextView  *view,
                                     guint         start,
                                     guint         end);
/* The number of bands that the last drawing showed (for tests). */
guint      plx_connector_get_n_drawn (PlxConnector *self);

G_END_DECLS

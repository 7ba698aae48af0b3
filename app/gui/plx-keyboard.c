/* plx-keyboard.c — moving between the window's areas with the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-keyboard"

#include "config.h"

#include "plx-keyboard.h"
#include "plx-window-coverage.h"
#include "plx-window-private.h"

/* The areas F6 visits, in order: the sidebar when shown, the panes, the
 * coverage view when shown. */
static GPtrArray *
collect_areas (PlxWindow *self)
{
  GPtrArray *areas = g_ptr_array_new ();

  if (self->sidebar != NULL && gtk_widget_get_mapped (GTK_WIDGET (self->sidebar)))
    g_ptr_array_add (areas, self->sidebar);
  for (guint i = 0; i < self->pane_order->len; i++)
    {
      GtkWidget *pane = g_ptr_array_index (self->pane_order, i);

      if (gtk_widget_get_mapped (pane))
        g_ptr_array_add (areas, pane);
    }
  {
    GtkWidget *coverage = GTK_WIDGET (_plx_window_get_coverage_view (self));

    if (coverage != NULL && gtk_widget_get_mapped (coverage))
      g_ptr_array_add (areas, coverage);
  }
  return areas;
}

static void
focus_area (PlxWindow *self,
            GtkWidget *area)
{
  if (PLX_IS_ARTICLE_PANE (area))
    {
      plx_window_focus_pane (self, PLX_ARTICLE_PANE (area));
      return;
    }
  /* from nothing, so the first focusable child of the area is taken */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  if (!gtk_widget_child_focus (area, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (area);
}

static gboolean
cycle_areas (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  PlxWindow *self = PLX_WINDOW (widget);
  gboolean backward = GPOINTER_TO_INT (user_data);
  g_autoptr(GPtrArray) areas = collect_areas (self);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  int current = -1;
  int next;

  if (areas->len == 0)
    return FALSE;   /* the welcome page: Tab does it */

  for (guint i = 0; i < areas->len && focus != NULL; i++)
    if (focus == g_ptr_array_index (areas, i) ||
        gtk_widget_is_ancestor (focus, g_ptr_array_index (areas, i)))
      {
        current = (int) i;
        break;
      }

  if (current < 0)
    next = backward ? (int) areas->len - 1 : 0;
  else
    next = (current + (backward ? -1 : 1) + (int) areas->len) % (int) areas->len;
  focus_area (self, g_ptr_array_index (areas, next));
  return TRUE;
}

void
plx_keyboard_attach_window (PlxWindow *window)
{
  GtkEventController *keys;

  g_return_if_fail (PLX_IS_WINDOW (window));

  keys = gtk_shortcut_controller_new ();
  /* capture: GtkPaned binds F6 itself and would only toggle between the
   * sidebar and the whole row of panes */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F6, 0),
                      gtk_callback_action_new (cycle_areas, GINT_TO_POINTER (FALSE), NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F6, GDK_SHIFT_MASK),
                      gtk_callback_action_new (cycle_areas, GINT_TO_POINTER (TRUE), NULL)));
  gtk_widget_add_controller (GTK_WIDGET (window), keys);
}

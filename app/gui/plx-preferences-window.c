/* plx-preferences-window.c — the Preferences window, bound to GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "plx-preferences-window.h"
#include "plx-settings.h"

struct _PlxPreferencesWindow
{
  GtkWindow  parent_instance;

  GtkLabel       *unavailable_label;
  GtkSwitch      *mentions_switch;
  GtkSwitch      *quotes_switch;
  GtkSwitch      *claims_switch;
  GtkSpinButton  *pane_width_spin;
  GtkSwitch      *embed_switch;
  GtkSpinButton  *autosave_spin;
};

G_DEFINE_FINAL_TYPE (PlxPreferencesWindow, plx_preferences_window, GTK_TYPE_WINDOW)

static void
plx_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PLX_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (plx_preferences_window_parent_class)->dispose (object);
}

static void
plx_preferences_window_class_init (PlxPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/plx-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, unavailable_label);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, mentions_switch);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, quotes_switch);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, claims_switch);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, pane_width_spin);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, embed_switch);
  gtk_widget_class_bind_template_child (widget_class, PlxPreferencesWindow, autosave_spin);
}

static void
plx_preferences_window_init (PlxPreferencesWindow *self)
{
  static const struct { const char *key; const char *property; } keys[] = {
    { "show-mentions", "active" },
    { "show-quotes", "active" },
    { "show-claims", "active" },
    { "pane-width", "value" },
    { "embed-article-text", "active" },
    { "autosave-interval", "value" },
  };
  GSettings *settings = plx_settings_get_default ();
  GtkWidget *widgets[G_N_ELEMENTS (keys)];

  gtk_widget_init_template (GTK_WIDGET (self));

  widgets[0] = GTK_WIDGET (self->mentions_switch);
  widgets[1] = GTK_WIDGET (self->quotes_switch);
  widgets[2] = GTK_WIDGET (self->claims_switch);
  widgets[3] = GTK_WIDGET (self->pane_width_spin);
  widgets[4] = GTK_WIDGET (self->embed_switch);
  widgets[5] = GTK_WIDGET (self->autosave_spin);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (settings != NULL)
        g_settings_bind (settings, keys[i].key, widgets[i], keys[i].property, G_SETTINGS_BIND_DEFAULT);
      else
        gtk_widget_set_sensitive (widgets[i], FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unavailable_label), settings == NULL);
}

GtkWidget *
plx_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (PLX_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
}

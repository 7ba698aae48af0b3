/* plx-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-application"

#include "config.h"

#include <sys/resource.h>

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "parallax.h"
#include "plx-application.h"
#include "plx-highlight.h"
#include "plx-preferences-window.h"
#include "plx-window.h"
#include "plx-resources.h"

struct _PlxApplication
{
  GtkApplication  parent_instance;

  gboolean        open_sample;
  gboolean        measure_startup;
  gint64          start_time;
  guint           measure_timeout_id;
  GSettings      *settings;        /* NULL when the schema is not installed */
  gint64          first_frame_us;
  gint64          last_tick_us;
  gint64          max_stall_us;
  guint           stall_id;
};

G_DEFINE_FINAL_TYPE (PlxApplication, plx_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "sample", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the bundled sample comparison"), NULL },
  { "measure-startup", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the time to the first drawn window and to all articles drawn, then quit"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

void
plx_gui_init (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
      GdkDisplay *display = gdk_display_get_default ();

      plx_register_resource ();
      gtk_source_init ();
      gtk_css_provider_load_from_resource (css, "/io/github/parallax/Parallax/style.css");
      if (display != NULL)
        gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                                    GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      (void) plx_highlight_get_default ();
      g_once_init_leave (&initialized, 1);
    }
}

static PlxWindow *
get_window (PlxApplication *self,
            gboolean        want_empty)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL && PLX_IS_WINDOW (window) &&
      (!want_empty || plx_window_is_empty (PLX_WINDOW (window))))
    return PLX_WINDOW (window);
  return plx_window_new (GTK_APPLICATION (self));
}

/* ---- startup measurement ------------------------------------------ */

/* CPU time of the process so far, in ms: unlike wall-clock time it does not
 * grow when other programs load the machine. */
static double
cpu_ms (void)
{
  struct rusage ru;

  if (getrusage (RUSAGE_SELF, &ru) != 0)
    return 0;
  return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000.0 +
         (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0;
}

static gboolean
all_done_check (gpointer data)
{
  PlxApplication *self = data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL || !PLX_IS_WINDOW (window) ||
      plx_window_get_n_pending (PLX_WINDOW (window)) > 0 || self->first_frame_us == 0)
    return G_SOURCE_CONTINUE;

  self->measure_timeout_id = 0;
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
    /* one more frame so what the last analysis changed is on screen */
    g_object_set_data (G_OBJECT (window), "plx-measure-final", GINT_TO_POINTER (1));
    if (clock != NULL)
      gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
    gtk_widget_queue_draw (GTK_WIDGET (window));
  }
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock  *clock,
                PlxApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  gint64 now = g_get_monotonic_time ();

  if (self->first_frame_us == 0)
    {
      self->first_frame_us = now;
      /* stalls are counted from the first frame on, not across it */
      self->last_tick_us = now;
      g_print ("first-frame-ms: %.1f\n", (now - self->start_time) / 1000.0);
      g_print ("first-frame-cpu-ms: %.1f\n", cpu_ms ());
      return;
    }
  if (window != NULL && g_object_get_data (G_OBJECT (window), "plx-measure-final") != NULL)
    {
      guint n = plx_session_get_n_articles (plx_window_get_session (PLX_WINDOW (window)));

      g_signal_handlers_disconnect_by_func (clock, on_after_paint, self);
      g_print ("articles: %u\n", n);
      g_print ("all-drawn-ms: %.1f\n", (now - self->start_time) / 1000.0);
      g_print ("all-drawn-cpu-ms: %.1f\n", cpu_ms ());
      /* the longest time the main loop did not run after the first frame:
       * what a user would feel as a freeze */
      g_print ("max-main-loop-stall-ms: %.1f\n", self->max_stall_us / 1000.0);
      g_object_set_data (G_OBJECT (window), "plx-measure-final", NULL);
      g_application_quit (G_APPLICATION (self));
    }
}

static gboolean
stall_tick (gpointer data)
{
  PlxApplication *self = data;
  gint64 now = g_get_monotonic_time ();

  if (self->first_frame_us != 0 && self->last_tick_us != 0)
    self->max_stall_us = MAX (self->max_stall_us, now - self->last_tick_us);
  self->last_tick_us = now;
  return G_SOURCE_CONTINUE;
}

static void
measure_window (PlxApplication *self,
                PlxWindow      *window)
{
  GdkFrameClock *clock;

  if (!self->measure_startup)
    return;
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_return_if_fail (clock != NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), self);
  self->measure_timeout_id = g_timeout_add (10, all_done_check, self);
  if (self->stall_id == 0)
    self->stall_id = g_timeout_add (5, stall_tick, self);
}

static void
present (PlxApplication *self,
         PlxWindow      *window)
{
  gtk_window_present (GTK_WINDOW (window));
  measure_window (self, window);
  if (self->open_sample)
    {
      self->open_sample = FALSE;
      plx_window_open_sample (window);
    }
}

/* ---- GApplication -------------------------------------------------- */

static int
plx_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  PlxApplication *self = PLX_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("parallax %s\n", PACKAGE_VERSION);
      return 0;
    }

  self->measure_startup = g_variant_dict_contains (options, "measure-startup");
  if (self->measure_startup)
    {
      /* a measurement must not hand its files to a running instance */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  if (g_variant_dict_contains (options, "sample"))
    {
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "open-sample", NULL);
          return 0;
        }
      self->open_sample = TRUE;
    }

  return G_APPLICATION_CLASS (plx_application_parent_class)->handle_local_options (app, options);
}

static void
plx_application_activate (GApplication *app)
{
  PlxApplication *self = PLX_APPLICATION (app);

  present (self, get_window (self, FALSE));
}

static void
plx_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  PlxApplication *self = PLX_APPLICATION (app);
  PlxWindow *window = get_window (self, FALSE);

  present (self, window);
  plx_window_open_files (window, files, n_files);
}

static void
app_open_sample (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  PlxApplication *self = user_data;
  PlxWindow *window = get_window (self, TRUE);

  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_sample (window);
}

static void
app_new_window (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (plx_window_new (GTK_APPLICATION (user_data))));
}

static void
app_quit (GSimpleAction *action,
          GVariant      *param,
          gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* each window asks about its unsaved changes itself */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
app_preferences (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (plx_preferences_window_new (parent)));
}

static void
app_about (GSimpleAction *action,
           GVariant      *param,
           gpointer       user_data)
{
  static const char *authors[] = { "Parallax contributors", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (user_data)),
                         "program-name", _("Parallax"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Compare how news outlets report the same event"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "copyright", "© 2026 The Parallax developers",
                         "website", "https://github.com/parallax/parallax",
                         /* Translators: your name(s), one per line, shown in the About dialog */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
apply_color_scheme (const char *scheme)
{
  PlxHighlight *hl = plx_highlight_get_default ();

  if (g_strcmp0 (scheme, "dark") == 0)
    plx_highlight_set_dark (hl, TRUE);
  else if (g_strcmp0 (scheme, "light") == 0)
    plx_highlight_set_dark (hl, FALSE);
  else
    plx_highlight_follow_system (hl);
}

static void
on_color_scheme_changed (GSettings  *settings,
                         const char *key)
{
  g_autofree char *scheme = g_settings_get_string (settings, key);

  apply_color_scheme (scheme);
}

/* Without the installed GSettings schema the choice lives for the run. */
static void
app_color_scheme_changed (GSimpleAction *action,
                          GVariant      *value,
                          gpointer       user_data)
{
  g_simple_action_set_state (action, value);
  apply_color_scheme (g_variant_get_string (value, NULL));
}

static void
plx_application_startup (GApplication *app)
{
  PlxApplication *self = PLX_APPLICATION (app);
  static const GActionEntry entries[] = {
    { "open-sample", app_open_sample },
    { "new-window", app_new_window },
    { "quit", app_quit },
    { "about", app_about },
    { "preferences", app_preferences },
  };
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.new-window", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.open-session", { "<Control><Shift>o", NULL } },
    { "win.paste", { "<Control><Shift>v", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.close-article", { "<Control>w", NULL } },
    { "win.show-sidebar", { "F9", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.shortcuts", { "<Control>question", NULL } },
    { "win.redo", { "<Control><Shift>z", NULL } },
  };
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  G_APPLICATION_CLASS (plx_application_parent_class)->startup (app);

  plx_gui_init ();
  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);

  /* the style: follow the desktop, or always light or dark */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    {
      g_autoptr(GAction) action = NULL;

      self->settings = g_settings_new (APP_ID);
      action = g_settings_create_action (self->settings, "color-scheme");
      g_action_map_add_action (G_ACTION_MAP (app), action);
      g_signal_connect (self->settings, "changed::color-scheme", G_CALLBACK (on_color_scheme_changed), NULL);
      on_color_scheme_changed (self->settings, "color-scheme");
    }
  else
    {
      g_autoptr(GSimpleAction) action =
        g_simple_action_new_stateful ("color-scheme", G_VARIANT_TYPE_STRING, g_variant_new_string ("system"));

      g_signal_connect (action, "change-state", G_CALLBACK (app_color_scheme_changed), NULL);
      g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (action));
    }
}

static void
plx_application_dispose (GObject *object)
{
  PlxApplication *self = PLX_APPLICATION (object);

  g_clear_handle_id (&self->measure_timeout_id, g_source_remove);
  g_clear_handle_id (&self->stall_id, g_source_remove);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (plx_application_parent_class)->dispose (object);
}

static void
plx_application_class_init (PlxApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = plx_application_dispose;
  app_class->handle_local_options = plx_application_handle_local_options;
  app_class->startup = plx_application_startup;
  app_class->activate = plx_application_activate;
  app_class->open = plx_application_open;
}

static void
plx_application_init (PlxApplication *self)
{
  self->start_time = g_get_monotonic_time ();
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Compare how news outlets report the same event: open articles or a saved session."));
}

PlxApplication *
plx_application_new (void)
{
  return g_object_new (PLX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/parallax/Parallax",
                       NULL);
}

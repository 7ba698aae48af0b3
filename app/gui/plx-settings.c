/* plx-settings.c — the application's GSettings, applied to windows,
 * panes and sessions; recent files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "plx-settings.h"
#include "plx-window-private.h"

GSettings *
plx_settings_get_default (void)
{
  static GSettings *settings;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
      if (schema != NULL)
        settings = g_settings_new_full (schema, NULL, NULL);
      else
        g_debug ("GSettings schema %s not installed; built-in defaults are used", APP_ID);
      g_once_init_leave (&initialized, 1);
    }
  return settings;
}

/* ---- window size --------------------------------------------------- */

static gboolean
on_close_request (GtkWindow *window,
                  GSettings *settings)
{
  gboolean maximized = gtk_window_is_maximized (window);

  /* the size before maximizing is what the next window should get */
  if (!maximized)
    {
      int width = 0, height = 0;

      gtk_window_get_default_size (window, &width, &height);
      if (width > 0 && height > 0)
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
    }
  g_settings_set_boolean (settings, "window-maximized", maximized);
  return FALSE;  /* the window still decides whether it closes */
}

static void
restore_size (GtkWindow *window,
              GSettings *settings)
{
  int width = g_settings_get_int (settings, "window-width");
  int height = g_settings_get_int (settings, "window-height");

  /* a size from a bigger screen or a broken value must not make the
   * window unusable: clamp to sane bounds */
  if (width >= 360 && height >= 300)
    gtk_window_set_default_size (window, MIN (width, 16384), MIN (height, 16384));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (window);
}

/* ---- autosave ------------------------------------------------------ */

typedef struct
{
  GtkWindow *window;    /* not owned: the data lives on the window */
  GSettings *settings;
  gulong     changed_id;
  guint      timeout_id;
} Autosave;

static void
autosave_free (gpointer data)
{
  Autosave *as = data;

  g_clear_handle_id (&as->timeout_id, g_source_remove);
  g_clear_signal_handler (&as->changed_id, as->settings);
  g_clear_object (&as->settings);
  g_free (as);
}

static gboolean
autosave_tick (gpointer data)
{
  Autosave *as = data;
  PlxWindow *window = PLX_WINDOW (as->window);
  PlxSession *session = plx_window_get_session (window);
  GFile *file = session != NULL ? plx_session_get_file (session) : NULL;
  g_autoptr(GError) error = NULL;

  if (file == NULL || !plx_session_get_modified (session) ||
      plx_session_get_n_articles (session) == 0 ||
      plx_window_get_n_pending (window) > 0)
    return G_SOURCE_CONTINUE;

  /* plx_window_save_to() applies "embed-article-text" itself */
  if (!plx_window_save_to (window, file, &error))
    {
      g_autofree char *msg = g_strdup_printf (_("Autosave failed: %s"), error->message);

      _plx_window_add_error (window, msg);
      /* do not repeat the same error every interval */
      as->timeout_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
autosave_reschedule (Autosave *as)
{
  guint seconds = g_settings_get_uint (as->settings, "autosave-interval");

  g_clear_handle_id (&as->timeout_id, g_source_remove);
  if (seconds > 0)
    as->timeout_id = g_timeout_add_seconds_full (G_PRIORITY_LOW, seconds, autosave_tick, as, NULL);
}

static void
on_autosave_interval_changed (GSettings  *settings,
                              const char *key,
                              Autosave   *as)
{
  autosave_reschedule (as);
}

static void
on_window_destroy (GtkWidget *window)
{
  /* stop before the window's session goes away */
  g_object_set_data (G_OBJECT (window), "plx-autosave", NULL);
}

/* ---- highlight layers ---------------------------------------------- */

static void
on_layer_notify (GObject    *window,
                 GParamSpec *pspec,
                 GSettings  *settings)
{
  const char *key = g_param_spec_get_name (pspec);
  gboolean value = FALSE;

  /* the view of an opened session is not a new default */
  if (PLX_WINDOW (window)->applying_view)
    return;
  g_object_get (window, key, &value, NULL);
  /* only a real change is written: the binding sets every window, and
   * each notifies, also when nothing changed */
  if (g_settings_get_boolean (settings, key) != value)
    g_settings_set_boolean (settings, key, value);
}

/* ---- public -------------------------------------------------------- */

void
plx_settings_attach_window (GtkWindow *window)
{
  static const char * const layers[] = { "show-mentions", "show-quotes", "show-claims" };
  GSettings *settings = plx_settings_get_default ();
  PlxSession *session;
  gboolean modified;
  Autosave *as;

  g_return_if_fail (PLX_IS_WINDOW (window));

  if (settings == NULL)
    return;

  restore_size (window, settings);
  /* settings is the process's and outlives every window */
  g_signal_connect (window, "close-request", G_CALLBACK (on_close_request), settings);

  /* layers: the settings are the default of a new window, and a change
   * in one window (or in Preferences) applies to all. Applying them must
   * not count as an unsaved change of a fresh window. A session that
   * brings its own view changes its window only (on_layer_notify). */
  session = plx_window_get_session (PLX_WINDOW (window));
  modified = session != NULL && plx_session_get_modified (session);
  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    {
      g_autofree char *signal = g_strconcat ("notify::", layers[i], NULL);

      g_settings_bind (settings, layers[i], window, layers[i],
                       G_SETTINGS_BIND_GET | G_SETTINGS_BIND_NO_SENSITIVITY);
      g_signal_connect (window, signal, G_CALLBACK (on_layer_notify), settings);
    }
  if (session != NULL)
    plx_session_set_modified (session, modified);

  as = g_new0 (Autosave, 1);
  as->window = window;
  as->settings = g_object_ref (settings);
  as->changed_id = g_signal_connect (settings, "changed::autosave-interval",
                                     G_CALLBACK (on_autosave_interval_changed), as);
  g_object_set_data_full (G_OBJECT (window), "plx-autosave", as, autosave_free);
  g_signal_connect (window, "destroy", G_CALLBACK (on_window_destroy), NULL);
  autosave_reschedule (as);
}

void
plx_settings_init_pane (PlxArticlePane *pane)
{
  GSettings *settings = plx_settings_get_default ();

  g_return_if_fail (PLX_IS_ARTICLE_PANE (pane));

  if (settings != NULL)
    plx_article_pane_set_content_width (pane, g_settings_get_int (settings, "pane-width"));
}

void
plx_settings_prepare_save (PlxSession *session)
{
  GSettings *settings = plx_settings_get_default ();

  g_return_if_fail (PLX_IS_SESSION (session));

  if (settings != NULL)
    plx_session_set_embed_text (session, g_settings_get_boolean (settings, "embed-article-text"));
}

void
plx_settings_add_recent (GFile *file)
{
  g_autofree char *uri = NULL;

  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  /* pasted articles and bundled samples have no place a user would reopen */
  if (!g_file_is_native (file) || uri == NULL)
    return;
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

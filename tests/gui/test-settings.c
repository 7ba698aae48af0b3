/* test-settings.c — GSettings applied to windows, panes and sessions; the
 * Preferences window; recent files (needs a display)
 *
 * Runs with the schema compiled into the build tree and the memory backend,
 * so nothing of the user's settings is read or written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-settings"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "parallax.h"
#include "plx-application.h"
#include "plx-article-pane.h"
#include "plx-preferences-window.h"
#include "plx-settings.h"
#include "plx-window.h"

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  return g_file_new_for_path (path);
}

static void
wait_idle (PlxWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (plx_window_get_n_pending (window) > 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (plx_window_get_n_pending (window), ==, 0);
}

static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static void
reset_all (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static GSettings *
fresh_settings (void)
{
  GSettings *settings = plx_settings_get_default ();

  g_assert_nonnull (settings);
  reset_all (settings);
  return settings;
}

/* ---- window size ---------------------------------------------------- */

static void
test_window_size (void)
{
  GSettings *settings = fresh_settings ();
  PlxWindow *window;
  int width = 0, height = 0;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 700);
  window = plx_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 700);

  /* the size when closed is kept for the next window */
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  gtk_window_set_default_size (GTK_WINDOW (window), 1010, 640);
  spin (200);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1010);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* a broken value does not make an unusable window */
  g_settings_set_int (settings, "window-width", 3);
  g_settings_set_int (settings, "window-height", -40);
  window = plx_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, >=, 360);
  g_assert_cmpint (height, >=, 300);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- layers --------------------------------------------------------- */

static void
test_layers (void)
{
  GSettings *settings = fresh_settings ();
  PlxWindow *a, *b;
  gboolean quotes = TRUE, mentions = TRUE;

  g_settings_set_boolean (settings, "show-quotes", FALSE);
  a = plx_window_new (NULL);
  g_object_get (a, "show-quotes", &quotes, "show-mentions", &mentions, NULL);
  g_assert_false (quotes);
  g_assert_true (mentions);
  /* applying a setting is not an unsaved change of a new window */
  g_assert_false (plx_session_get_modified (plx_window_get_session (a)));

  /* a toggle in one window is remembered and applies to the others */
  b = plx_window_new (NULL);
  g_object_set (a, "show-mentions", FALSE, NULL);
  g_assert_false (g_settings_get_boolean (settings, "show-mentions"));
  g_object_get (b, "show-mentions", &mentions, NULL);
  g_assert_false (mentions);

  gtk_window_destroy (GTK_WINDOW (a));
  gtk_window_destroy (GTK_WINDOW (b));
}

/* A session's own view changes its window, not the defaults. */
static void
test_layers_session_view (void)
{
  GSettings *settings = fresh_settings ();
  PlxWindow *window = plx_window_new (NULL);
  PlxWindow *other = plx_window_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plx-settings-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "view.parallax.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *json =
    "{\"format\": \"parallax-session\", \"version\": 1, \"embed_text\": true,"
    " \"articles\": [{\"id\": \"a1\", \"name\": \"note.txt\","
    " \"text\": \"The mayor said the bridge would open in May.\"}],"
    " \"view\": {\"layers\": {\"mentions\": true, \"quotes\": true, \"claims\": false}}}";
  GFile *files[] = { file };
  gboolean claims = TRUE;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_files (window, files, 1);
  wait_idle (window);
  g_assert_cmpuint (plx_window_get_errors (window)->len, ==, 0);
  g_assert_cmpuint (plx_window_get_panes (window)->len, ==, 1);

  g_object_get (window, "show-claims", &claims, NULL);
  g_assert_false (claims);
  g_assert_true (g_settings_get_boolean (settings, "show-claims"));
  g_object_get (other, "show-claims", &claims, NULL);
  g_assert_true (claims);

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (other));
  g_unlink (path);
  g_rmdir (dir);
}

/* ---- panes and saving ----------------------------------------------- */

static void
test_pane_width_and_embed (void)
{
  GSettings *settings = fresh_settings ();
  PlxWindow *window = plx_window_new (NULL);
  g_autoptr(GFile) a = fixture_file ("harbour-gazette.txt");
  GFile *files[] = { a };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plx-settings-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  GPtrArray *panes;

  g_assert_no_error (error);
  g_settings_set_int (settings, "pane-width", 600);
  g_settings_set_boolean (settings, "embed-article-text", FALSE);

  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_files (window, files, 1);
  wait_idle (window);
  panes = plx_window_get_panes (window);
  g_assert_cmpuint (panes->len, ==, 1);
  g_assert_cmpint (plx_article_pane_get_content_width (g_ptr_array_index (panes, 0)), ==, 600);

  path = g_build_filename (dir, "no-text.parallax.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (plx_window_save_to (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"embed_text\": false"));
  /* the article's words are not in the file */
  g_assert_null (strstr (contents, "cannot be cut off for five months"));

  g_settings_set_boolean (settings, "embed-article-text", TRUE);
  g_assert_true (plx_window_save_to (window, file, &error));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"embed_text\": true"));

  /* saved and opened files are recent files of the desktop */
  {
    g_autofree char *uri = g_file_get_uri (file);
    g_autofree char *article_uri = g_file_get_uri (a);

    GtkRecentManager *recent = gtk_recent_manager_get_default ();
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    /* the manager looks up the type of the file first, asynchronously */
    while ((!gtk_recent_manager_has_item (recent, uri) ||
            !gtk_recent_manager_has_item (recent, article_uri)) &&
           g_get_monotonic_time () < deadline)
      spin (20);
    g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
    g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), article_uri));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* ---- autosave ------------------------------------------------------- */

static void
test_autosave (void)
{
  GSettings *settings = fresh_settings ();
  PlxWindow *window;
  g_autoptr(GFile) a = fixture_file ("harbour-gazette.txt");
  GFile *files[] = { a };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plx-settings-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  PlxSession *session;
  gint64 deadline;

  g_settings_set_uint (settings, "autosave-interval", 1);
  window = plx_window_new (NULL);
  session = plx_window_get_session (window);
  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_files (window, files, 1);
  wait_idle (window);

  /* without a file nothing is written, the changes stay unsaved */
  spin (1500);
  g_assert_true (plx_session_get_modified (session));

  path = g_build_filename (dir, "auto.parallax.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (plx_window_save_to (window, file, &error));
  g_assert_no_error (error);

  /* a change to a session with a file is saved within the interval */
  g_object_set (window, "show-claims", FALSE, NULL);
  g_assert_true (plx_session_get_modified (session));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (plx_session_get_modified (session) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_false (plx_session_get_modified (session));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"claims\": false"));

  /* 0 turns it off */
  g_settings_set_uint (settings, "autosave-interval", 0);
  g_object_set (window, "show-claims", TRUE, NULL);
  spin (1500);
  g_assert_true (plx_session_get_modified (session));

  plx_session_set_modified (session, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* ---- Preferences ---------------------------------------------------- */

static GtkWidget *
find_by_type_and_label (GtkWidget  *root,
                        GType       type,
                        const char *accessible_label_of_row)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          /* the switch's row holds the label as its sibling's child */
          GtkWidget *row = gtk_widget_get_parent (child);
          for (GtkWidget *w = gtk_widget_get_first_child (row); w != NULL; w = gtk_widget_get_next_sibling (w))
            for (GtkWidget *l = gtk_widget_get_first_child (w); l != NULL; l = gtk_widget_get_next_sibling (l))
              if (GTK_IS_LABEL (l) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (l)), accessible_label_of_row) == 0)
                return child;
        }
      found = find_by_type_and_label (child, type, accessible_label_of_row);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_preferences (void)
{
  GSettings *settings = fresh_settings ();
  GtkWidget *prefs = plx_preferences_window_new (NULL);
  GtkWidget *quotes, *width, *autosave, *embed;

  quotes = find_by_type_and_label (prefs, GTK_TYPE_SWITCH, "Quotes");
  embed = find_by_type_and_label (prefs, GTK_TYPE_SWITCH, "Embed article text");
  width = find_by_type_and_label (prefs, GTK_TYPE_SPIN_BUTTON, "New pane width");
  autosave = find_by_type_and_label (prefs, GTK_TYPE_SPIN_BUTTON, "Autosave interval");
  g_assert_nonnull (quotes);
  g_assert_nonnull (embed);
  g_assert_nonnull (width);
  g_assert_nonnull (autosave);

  /* the controls show the settings … */
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (quotes)));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (width)), ==, 460);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (autosave)), ==, 120);
  g_settings_set_int (settings, "pane-width", 700);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (width)), ==, 700);

  /* … and change them at once */
  gtk_switch_set_active (GTK_SWITCH (quotes), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "show-quotes"));
  gtk_switch_set_active (GTK_SWITCH (embed), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "embed-article-text"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (autosave), 300);
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 300);
  /* the range of the key holds */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (width), 10);
  g_assert_cmpint (g_settings_get_int (settings, "pane-width"), ==, 240);

  gtk_window_destroy (GTK_WINDOW (prefs));
}

/* ---- shortcuts window ----------------------------------------------- */

static void
collect_shortcuts (GtkWidget  *widget,
                   GHashTable *accels)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accel = NULL;
      g_auto(GStrv) parts = NULL;

      g_object_get (widget, "accelerator", &accel, NULL);
      parts = g_strsplit (accel != NULL ? accel : "", " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint key = 0;
          GdkModifierType mods = 0;

          if (*parts[i] != '\0' && gtk_accelerator_parse (parts[i], &key, &mods))
            g_hash_table_add (accels, gtk_accelerator_name (key, mods));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, accels);
}

/* Every accelerator the application sets is listed in the shortcuts
 * window (Ctrl+?), so nothing is reachable only by guessing. */
static void
test_shortcuts_complete (void)
{
  g_autoptr(PlxApplication) app = plx_application_new ();
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);
  GtkWidget *window;
  guint n_accels = 0;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  builder = gtk_builder_new_from_resource ("/io/github/parallax/Parallax/plx-shortcuts-window.ui");
  window = GTK_WIDGET (gtk_builder_get_object (builder, "shortcuts_window"));
  g_assert_nonnull (window);
  collect_shortcuts (window, listed);

  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint key = 0;
          GdkModifierType mods = 0;
          g_autofree char *name = NULL;

          g_assert_true (gtk_accelerator_parse (accels[j], &key, &mods));
          name = gtk_accelerator_name (key, mods);
          n_accels++;
          if (!g_hash_table_contains (listed, name))
            g_string_append_printf (missing, " %s (%s)", accels[j], actions[i]);
        }
    }
  g_assert_cmpuint (n_accels, >=, 10);
  if (missing->len > 0)
    g_test_message ("not in the shortcuts window:%s", missing->str);
  g_assert_cmpstr (missing->str, ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  const char *build_root = g_getenv ("PLX_BUILD_ROOT");
  g_autofree char *schema_dir = NULL;
  g_autofree char *home = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  if (build_root == NULL)
    {
      g_print ("1..0 # SKIP PLX_BUILD_ROOT not set\n");
      return 0;
    }

  /* the schema of the build tree, in memory; recent files in a temporary
   * home, not the user's */
  schema_dir = g_build_filename (build_root, "data", NULL);
  g_setenv ("GSETTINGS_SCHEMA_DIR", schema_dir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  home = g_dir_make_tmp ("plx-settings-home-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP cannot open the display\n");
      return 0;
    }
  plx_gui_init ();

  g_test_add_func ("/plx/gui/settings/window-size", test_window_size);
  g_test_add_func ("/plx/gui/settings/layers", test_layers);
  g_test_add_func ("/plx/gui/settings/layers-session-view", test_layers_session_view);
  g_test_add_func ("/plx/gui/settings/pane-width-embed-recent", test_pane_width_and_embed);
  g_test_add_func ("/plx/gui/settings/autosave", test_autosave);
  g_test_add_func ("/plx/gui/settings/preferences", test_preferences);
  g_test_add_func ("/plx/gui/shortcuts/complete", test_shortcuts_complete);

  return g_test_run ();
}

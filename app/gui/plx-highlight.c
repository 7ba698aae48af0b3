/* plx-highlight.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-highlight"

#include "config.h"

#include <string.h>

#include "plx-highlight.h"
#include "plx-palette.h"

#define SCHEME_RESOURCE_DIR "/io/github/parallax/Parallax/styles"

struct _PlxHighlight
{
  GObject               parent_instance;
  GtkSourceStyleScheme *scheme;
  GtkSettings          *settings;
  guint                 dark : 1;
  guint                 forced : 1;
};

G_DEFINE_FINAL_TYPE (PlxHighlight, plx_highlight, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

enum { PROP_0, PROP_DARK, PROP_SCHEME, N_PROPS };
static GParamSpec *properties[N_PROPS];

guint
plx_speaker_color_index (const char *name)
{
  /* one definition for the window and the reports */
  return plx_palette_index_for_name (name);
}

static gboolean
desktop_prefers_dark (PlxHighlight *self)
{
  gboolean prefer_dark = FALSE;
  g_autofree char *theme = NULL;
  const char *env = g_getenv ("GTK_THEME");

  if (env != NULL && g_str_has_suffix (env, ":dark"))
    return TRUE;
  if (self->settings == NULL)
    return FALSE;

  g_object_get (self->settings,
                "gtk-application-prefer-dark-theme", &prefer_dark,
                "gtk-theme-name", &theme,
                NULL);
  if (prefer_dark)
    return TRUE;
  if (theme != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (theme, -1);

      if (g_str_has_suffix (lower, "-dark") || g_str_has_suffix (lower, ":dark"))
        return TRUE;
    }
  return FALSE;
}

static void
update_scheme (PlxHighlight *self,
               gboolean      dark)
{
  GtkSourceStyleSchemeManager *manager = gtk_source_style_scheme_manager_get_default ();
  GtkSourceStyleScheme *scheme;

  scheme = gtk_source_style_scheme_manager_get_scheme (manager,
                                                       dark ? "parallax-dark" : "parallax-light");
  if (scheme == NULL)
    scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "Adwaita-dark" : "Adwaita");

  if (scheme == self->scheme && self->dark == !!dark)
    return;

  self->dark = !!dark;
  g_set_object (&self->scheme, scheme);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEME]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_settings_changed (PlxHighlight *self)
{
  if (!self->forced)
    update_scheme (self, desktop_prefers_dark (self));
}

static void
plx_highlight_finalize (GObject *object)
{
  PlxHighlight *self = PLX_HIGHLIGHT (object);

  g_clear_object (&self->scheme);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (plx_highlight_parent_class)->finalize (object);
}

static void
plx_highlight_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PlxHighlight *self = PLX_HIGHLIGHT (object);

  switch (prop_id)
    {
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    case PROP_SCHEME:
      g_value_set_object (value, self->scheme);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_highlight_class_init (PlxHighlightClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plx_highlight_finalize;
  object_class->get_property = plx_highlight_get_property;

  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, GTK_SOURCE_TYPE_STYLE_SCHEME,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted when the scheme changed: tags must be styled again. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

/* GtkSourceView 5.6 reads schemes from files only: copy the ones in our
 * GResource to a directory in the user's cache (rewritten only when they
 * differ) and put that directory on the search path. */
static char *
export_schemes (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "parallax", "styles", NULL);
  g_auto(GStrv) names = NULL;

  names = g_resources_enumerate_children (SCHEME_RESOURCE_DIR, 0, NULL);
  if (names == NULL || g_mkdir_with_parents (dir, 0755) != 0)
    return NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *rpath = g_strconcat (SCHEME_RESOURCE_DIR "/", names[i], NULL);
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *old = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (rpath, 0, NULL);
      g_autoptr(GError) error = NULL;
      gsize old_len = 0;
      gsize len = 0;
      const char *data;

      if (bytes == NULL)
        continue;
      data = g_bytes_get_data (bytes, &len);
      if (g_file_get_contents (path, &old, &old_len, NULL) && old_len == len &&
          memcmp (old, data, len) == 0)
        continue;
      if (!g_file_set_contents (path, data, len, &error))
        {
          g_warning ("Could not write the style scheme “%s”: %s", path, error->message);
          return NULL;
        }
    }
  return g_steal_pointer (&dir);
}

static void
plx_highlight_init (PlxHighlight *self)
{
  static gsize search_path_added;
  GtkSourceStyleSchemeManager *manager;

  gtk_source_init ();
  manager = gtk_source_style_scheme_manager_get_default ();
  if (g_once_init_enter (&search_path_added))
    {
      g_autofree char *dir = export_schemes ();

      if (dir != NULL)
        gtk_source_style_scheme_manager_prepend_search_path (manager, dir);
      g_once_init_leave (&search_path_added, 1);
    }

  self->settings = gtk_settings_get_default ();
  if (self->settings != NULL)
    {
      g_object_ref (self->settings);
      g_signal_connect_object (self->settings, "notify::gtk-application-prefer-dark-theme",
                               G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "notify::gtk-theme-name",
                               G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
    }

  update_scheme (self, desktop_prefers_dark (self));
}

PlxHighlight *
plx_highlight_get_default (void)
{
  static PlxHighlight *instance;

  if (instance == NULL)
    {
      instance = g_object_new (PLX_TYPE_HIGHLIGHT, NULL);
      g_object_add_weak_pointer (G_OBJECT (instance), (gpointer *) &instance);
    }
  return instance;
}

gboolean
plx_highlight_get_dark (PlxHighlight *self)
{
  g_return_val_if_fail (PLX_IS_HIGHLIGHT (self), FALSE);
  return self->dark;
}

void
plx_highlight_set_dark (PlxHighlight *self,
                        gboolean      dark)
{
  g_return_if_fail (PLX_IS_HIGHLIGHT (self));

  self->forced = TRUE;
  if (self->settings != NULL)
    g_object_set (self->settings, "gtk-application-prefer-dark-theme", !!dark, NULL);
  update_scheme (self, dark);
}

void
plx_highlight_follow_system (PlxHighlight *self)
{
  g_return_if_fail (PLX_IS_HIGHLIGHT (self));

  if (self->forced && self->settings != NULL)
    {
      /* undo what set_dark() asked of GTK */
      gtk_settings_reset_property (self->settings, "gtk-application-prefer-dark-theme");
    }
  self->forced = FALSE;
  update_scheme (self, desktop_prefers_dark (self));
}

GtkSourceStyleScheme *
plx_highlight_get_scheme (PlxHighlight *self)
{
  g_return_val_if_fail (PLX_IS_HIGHLIGHT (self), NULL);
  return self->scheme;
}

void
plx_highlight_style_tag (PlxHighlight *self,
                         GtkTextTag   *tag,
                         const char   *style_id)
{
  GtkSourceStyle *style;

  g_return_if_fail (PLX_IS_HIGHLIGHT (self));
  g_return_if_fail (GTK_IS_TEXT_TAG (tag));
  g_return_if_fail (style_id != NULL);

  /* Forget what the previous scheme set. */
  g_object_set (tag,
                "background-set", FALSE,
                "foreground-set", FALSE,
                "weight-set", FALSE,
                "style-set", FALSE,
                "underline-set", FALSE,
                "underline-rgba-set", FALSE,
                "strikethrough-set", FALSE,
                NULL);

  style = self->scheme != NULL ? gtk_source_style_scheme_get_style (self->scheme, style_id) : NULL;
  if (style != NULL)
    gtk_source_style_apply (style, tag);
}

void
plx_highlight_get_speaker_rgba (PlxHighlight *self,
                                guint         index,
                                GdkRGBA      *rgba)
{
  g_autofree char *id = NULL;
  g_autofree char *color = NULL;
  GtkSourceStyle *style;

  g_return_if_fail (PLX_IS_HIGHLIGHT (self));
  g_return_if_fail (rgba != NULL);

  gdk_rgba_parse (rgba, "#777777");
  id = g_strdup_printf ("plx:speaker-%u", CLAMP (index, 1, PLX_HIGHLIGHT_N_COLORS));
  style = self->scheme != NULL ? gtk_source_style_scheme_get_style (self->scheme, id) : NULL;
  if (style == NULL)
    return;
  g_object_get (style, "foreground", &color, NULL);
  if (color != NULL)
    gdk_rgba_parse (rgba, color);
}

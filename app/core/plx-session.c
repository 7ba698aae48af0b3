/* plx-session.c — a comparison the user works on: articles and their work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-session"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plx-error.h"
#include "plx-fileutil.h"
#include "plx-import.h"
#include "plx-session.h"

/* The session file, version 1 (data/schemas/parallax-session.schema.json):
 *
 *   { "format": "parallax-session", "version": 1,
 *     "generator": "Parallax 0.1.0", "embed_text": true,
 *     "articles": [ { "id", "path" | "uri" | "name", "sha256", "byte_size",
 *                     "format", "encoding", "language", "title", "outlet",
 *                     "byline", "date", "title_override", "outlet_override",
 *                     "text" }, … ],
 *     "annotations": [], "rules": {}, "view": {}, … }
 *
 * "path" is relative to the session file's folder where the article lies
 * under it or under its parent, absolute otherwise. Keys this version does
 * not know are kept and written back, at the top level and in articles. */

#define MAX_SESSION_SIZE (G_GUINT64_CONSTANT (1024) * 1024 * 1024)

static const char * const top_level_keys[] = {
  "format", "version", "generator", "embed_text", "articles",
};

/* Keys of an article object that the session reads and writes itself.
 * "source", "char_count" and "word_count" are derived values that older
 * or foreign writers may have put there; they are dropped, not kept. */
static const char * const article_keys[] = {
  "id", "path", "uri", "name", "sha256", "byte_size", "format", "encoding",
  "language", "title", "outlet", "byline", "date", "title_override",
  "outlet_override", "text", "source", "char_count", "word_count",
};

typedef struct
{
  PlxArticle *article;
  char       *id;
  /* The keys of the loaded article object that this version does not
   * know, written back on save; NULL for articles added since. */
  json_t     *extra;
  gulong      notify_id;
} Entry;

struct _PlxSession
{
  GObject    parent_instance;

  GPtrArray *entries;
  GFile     *file;
  /* Every top-level key other than top_level_keys. */
  json_t    *sections;

  guint      embed_text : 1;
  guint      modified : 1;
};

static void plx_session_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PlxSession, plx_session, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      plx_session_list_model_init))

enum {
  PROP_0,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_EMBED_TEXT,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
str_in (const char         *str,
        const char * const *list,
        gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (str, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_clear_signal_handler (&entry->notify_id, entry->article);
  g_clear_object (&entry->article);
  g_clear_pointer (&entry->id, g_free);
  g_clear_pointer (&entry->extra, json_decref);
  g_free (entry);
}

static Entry *
get_entry (PlxSession *self,
           guint       position)
{
  return g_ptr_array_index (self->entries, position);
}

static void
article_notify_cb (PlxArticle *article,
                   GParamSpec *pspec,
                   PlxSession *self)
{
  /* "title", "outlet" (including the user's overrides) and "text". */
  plx_session_set_modified (self, TRUE);
}

/* A new article identifier: a random UUID not yet used in the session
 * (looked up in @taken when given, else in the session). */
static char *
generate_id (PlxSession *self,
             GHashTable *taken)
{
  char *id = NULL;

  do
    {
      g_free (id);
      id = g_uuid_string_random ();
    }
  while (taken != NULL ? g_hash_table_contains (taken, id)
                       : plx_session_find_article_id (self, id) >= 0);

  return id;
}

/* Takes ownership of @id and @extra. */
static Entry *
entry_new (PlxSession *self,
           PlxArticle *article,
           char       *id,
           json_t     *extra)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->article = g_object_ref (article);
  entry->extra = extra;
  entry->id = id;

  entry->notify_id = g_signal_connect_object (article, "notify",
                                              G_CALLBACK (article_notify_cb),
                                              self, 0);
  return entry;
}

/* GListModel */

static GType
plx_session_get_item_type (GListModel *model)
{
  return PLX_TYPE_ARTICLE;
}

static guint
plx_session_get_n_items (GListModel *model)
{
  return PLX_SESSION (model)->entries->len;
}

static gpointer
plx_session_get_item (GListModel *model,
                      guint       position)
{
  PlxSession *self = PLX_SESSION (model);

  if (position >= self->entries->len)
    return NULL;
  return g_object_ref (get_entry (self, position)->article);
}

static void
plx_session_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = plx_session_get_item_type;
  iface->get_n_items = plx_session_get_n_items;
  iface->get_item = plx_session_get_item;
}

/* GObject */

static void
plx_session_dispose (GObject *object)
{
  PlxSession *self = (PlxSession *)object;

  if (self->entries != NULL)
    g_ptr_array_set_size (self->entries, 0);

  G_OBJECT_CLASS (plx_session_parent_class)->dispose (object);
}

static void
plx_session_finalize (GObject *object)
{
  PlxSession *self = (PlxSession *)object;

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->file);
  g_clear_pointer (&self->sections, json_decref);

  G_OBJECT_CLASS (plx_session_parent_class)->finalize (object);
}

static void
plx_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PlxSession *self = PLX_SESSION (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_EMBED_TEXT:
      g_value_set_boolean (value, self->embed_text);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->entries->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PlxSession *self = PLX_SESSION (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      plx_session_set_modified (self, g_value_get_boolean (value));
      break;
    case PROP_EMBED_TEXT:
      plx_session_set_embed_text (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_session_class_init (PlxSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = plx_session_dispose;
  object_class->finalize = plx_session_finalize;
  object_class->get_property = plx_session_get_property;
  object_class->set_property = plx_session_set_property;

  /* The file the session was loaded from or last saved to. */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether there are changes since the last load or save. */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether saving embeds each article's normalized text. */
  properties[PROP_EMBED_TEXT] =
    g_param_spec_boolean ("embed-text", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The number of articles, like GListStore:n-items. */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plx_session_init (PlxSession *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->sections = json_object ();
  self->embed_text = TRUE;
}

PlxSession *
plx_session_new (void)
{
  return g_object_new (PLX_TYPE_SESSION, NULL);
}

static void
set_file (PlxSession *self,
          GFile      *file)
{
  if (self->file == file || (self->file != NULL && file != NULL && g_file_equal (self->file, file)))
    return;

  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

GFile *
plx_session_get_file (PlxSession *self)
{
  g_return_val_if_fail (PLX_IS_SESSION (self), NULL);
  return self->file;
}

gboolean
plx_session_get_modified (PlxSession *self)
{
  g_return_val_if_fail (PLX_IS_SESSION (self), FALSE);
  return self->modified;
}

void
plx_session_set_modified (PlxSession *self,
                          gboolean    modified)
{
  g_return_if_fail (PLX_IS_SESSION (self));

  modified = !!modified;
  if (self->modified == (guint)modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

gboolean
plx_session_get_embed_text (PlxSession *self)
{
  g_return_val_if_fail (PLX_IS_SESSION (self), TRUE);
  return self->embed_text;
}

void
plx_session_set_embed_text (PlxSession *self,
                            gboolean    embed_text)
{
  g_return_if_fail (PLX_IS_SESSION (self));

  embed_text = !!embed_text;
  if (self->embed_text == (guint)embed_text)
    return;

  self->embed_text = embed_text;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMBED_TEXT]);
  plx_session_set_modified (self, TRUE);
}

/* Articles */

guint
plx_session_get_n_articles (PlxSession *self)
{
  g_return_val_if_fail (PLX_IS_SESSION (self), 0);
  return self->entries->len;
}

PlxArticle *
plx_session_get_article (PlxSession *self,
                         guint       position)
{
  g_return_val_if_fail (PLX_IS_SESSION (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return get_entry (self, position)->article;
}

const char *
plx_session_get_article_id (PlxSession *self,
                            guint       position)
{
  g_return_val_if_fail (PLX_IS_SESSION (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return get_entry (self, position)->id;
}

int
plx_session_find_article_id (PlxSession *self,
                             const char *id)
{
  g_return_val_if_fail (PLX_IS_SESSION (self), -1);
  g_return_val_if_fail (id != NULL, -1);

  for (guint i = 0; i < self->entries->len; i++)
    if (strcmp (get_entry (self, i)->id, id) == 0)
      return (int)i;
  return -1;
}

static void
articles_changed (PlxSession *self,
                  guint       position,
                  guint       removed,
                  guint       added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  plx_session_set_modified (self, TRUE);
}

void
plx_session_add_article (PlxSession *self,
                         PlxArticle *article)
{
  guint position;

  g_return_if_fail (PLX_IS_SESSION (self));
  g_return_if_fail (PLX_IS_ARTICLE (article));

  for (guint i = 0; i < self->entries->len; i++)
    g_return_if_fail (get_entry (self, i)->article != article);

  position = self->entries->len;
  g_ptr_array_add (self->entries,
                   entry_new (self, article, generate_id (self, NULL), NULL));
  articles_changed (self, position, 0, 1);
}

void
plx_session_remove_article (PlxSession *self,
                            guint       position)
{
  g_return_if_fail (PLX_IS_SESSION (self));
  g_return_if_fail (position < self->entries->len);

  g_ptr_array_remove_index (self->entries, position);
  articles_changed (self, position, 1, 0);
}

void
plx_session_move_article (PlxSession *self,
                          guint       from,
                          guint       to)
{
  Entry *entry;
  guint first;
  guint n;

  g_return_if_fail (PLX_IS_SESSION (self));
  g_return_if_fail (from < self->entries->len);
  g_return_if_fail (to < self->entries->len);

  if (from == to)
    return;

  entry = g_ptr_array_steal_index (self->entries, from);
  g_ptr_array_insert (self->entries, (int)to, entry);

  first = MIN (from, to);
  n = MAX (from, to) - first + 1;
  articles_changed (self, first, n, n);
}

/* A GFile for a source that names a file, or NULL (pasted text, names). */
static GFile *
file_for_source (const char *source)
{
  const char *scheme;

  if (source == NULL || *source == '\0')
    return NULL;
  if (g_path_is_absolute (source))
    return g_file_new_for_path (source);

  scheme = g_uri_peek_scheme (source);
  if (scheme != NULL)
    return g_file_new_for_uri (source);

  return g_file_new_for_commandline_arg (source);
}

int
plx_session_find_source (PlxSession *self,
                         const char *source)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (PLX_IS_SESSION (self), -1);
  g_return_val_if_fail (source != NULL, -1);

  for (guint i = 0; i < self->entries->len; i++)
    if (g_strcmp0 (plx_article_get_source (get_entry (self, i)->article), source) == 0)
      return (int)i;

  file = file_for_source (source);
  if (file == NULL)
    return -1;

  for (guint i = 0; i < self->entries->len; i++)
    {
      PlxArticle *article = get_entry (self, i)->article;
      g_autoptr(GFile) other = NULL;

      if (plx_article_get_format (article) == PLX_ARTICLE_FORMAT_PASTED)
        continue;
      other = file_for_source (plx_article_get_source (article));
      if (other != NULL && g_file_equal (file, other))
        return (int)i;
    }

  return -1;
}

/* Sections */

static gboolean
section_type_ok (const char *name,
                 json_t     *value)
{
  if (strcmp (name, "annotations") == 0)
    return json_is_array (value);
  if (strcmp (name, "rules") == 0 || strcmp (name, "view") == 0)
    return json_is_object (value);
  return TRUE;
}

json_t *
plx_session_get_section (PlxSession *self,
                         const char *name)
{
  g_return_val_if_fail (PLX_IS_SESSION (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return json_object_get (self->sections, name);
}

void
plx_session_set_section (PlxSession *self,
                         const char *name,
                         json_t     *value)
{
  json_t *old;

  g_return_if_fail (PLX_IS_SESSION (self));
  g_return_if_fail (name != NULL && g_utf8_validate (name, -1, NULL));
  g_return_if_fail (!str_in (name, top_level_keys, G_N_ELEMENTS (top_level_keys)));
  g_return_if_fail (value == NULL || section_type_ok (name, value));

  old = json_object_get (self->sections, name);

  if (value == NULL)
    {
      if (old == NULL)
        return;
      json_object_del (self->sections, name);
    }
  else
    {
      if (old != NULL && json_equal (old, value))
        return;
      json_object_set (self->sections, name, value);
    }

  plx_session_set_modified (self, TRUE);
}

/* Writing */

/* A JSON string; invalid UTF-8 is repaired rather than silently dropped. */
static json_t *
string_value (const char *str)
{
  g_autofree char *valid = NULL;

  if (!g_utf8_validate (str, -1, NULL))
    str = valid = g_utf8_make_valid (str, -1);
  return json_string (str);
}

static void
set_string (json_t     *object,
            const char *key,
            const char *value)
{
  if (value != NULL)
    json_object_set_new (object, key, string_value (value));
}

/* @file as written in a session saved in @base_dir. */
static char *
path_for_session (GFile *file,
                  GFile *base_dir)
{
  if (base_dir != NULL)
    {
      g_autoptr(GFile) parent = NULL;
      g_autoptr(GFile) grandparent = NULL;
      char *relative;

      relative = g_file_get_relative_path (base_dir, file);
      if (relative != NULL)
        return relative;

      /* A sibling folder ("../articles/x.txt") moves with the session when
       * both are copied together; never climb to the root of the disk. */
      parent = g_file_get_parent (base_dir);
      grandparent = parent != NULL ? g_file_get_parent (parent) : NULL;
      if (grandparent != NULL)
        {
          g_autofree char *from_parent = g_file_get_relative_path (parent, file);

          if (from_parent != NULL)
            return g_strconcat ("..", G_DIR_SEPARATOR_S, from_parent, NULL);
        }
    }

  return g_file_get_path (file);
}

static json_t *
entry_to_json (PlxSession *self,
               Entry      *entry,
               GFile      *base_dir)
{
  PlxArticle *article = entry->article;
  const char *source = plx_article_get_source (article);
  PlxArticleFormat format = plx_article_get_format (article);
  gboolean has_file = FALSE;
  json_t *object = json_object ();

  json_object_set_new (object, "id", string_value (entry->id));

  if (format != PLX_ARTICLE_FORMAT_PASTED && source != NULL)
    {
      g_autoptr(GFile) file = file_for_source (source);
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        {
          g_autofree char *written = path_for_session (file, base_dir);

          set_string (object, "path", written);
          has_file = TRUE;
        }
      else
        {
          set_string (object, "uri", source);
        }
    }
  else
    {
      set_string (object, "name", source);
    }

  set_string (object, "sha256", plx_article_get_sha256 (article));
  if (plx_article_get_sha256 (article) != NULL || plx_article_get_byte_size (article) > 0)
    json_object_set_new (object, "byte_size",
                         json_integer ((json_int_t)plx_article_get_byte_size (article)));
  set_string (object, "format", plx_article_format_to_string (format));
  set_string (object, "encoding", plx_article_get_encoding (article));
  set_string (object, "language", plx_article_get_language (article));
  set_string (object, "title", plx_article_get_title (article));
  set_string (object, "outlet", plx_article_get_outlet (article));
  set_string (object, "byline", plx_article_get_byline (article));
  set_string (object, "date", plx_article_get_date (article));
  set_string (object, "title_override", plx_article_get_title_override (article));
  set_string (object, "outlet_override", plx_article_get_outlet_override (article));

  /* Text that exists nowhere else is always kept. */
  if (self->embed_text || !has_file)
    set_string (object, "text", plx_article_get_text (article));

  if (entry->extra != NULL)
    {
      const char *key;
      json_t *value;

      json_object_foreach (entry->extra, key, value)
        if (json_object_get (object, key) == NULL &&
            !str_in (key, article_keys, G_N_ELEMENTS (article_keys)))
          json_object_set_new (object, key, json_deep_copy (value));
    }

  return object;
}

json_t *
plx_session_to_json (PlxSession *self,
                     GFile      *base_dir)
{
  static const char * const ordered_sections[] = { "annotations", "rules", "view" };
  json_t *root;
  json_t *articles;
  const char *key;
  json_t *value;

  g_return_val_if_fail (PLX_IS_SESSION (self), NULL);
  g_return_val_if_fail (base_dir == NULL || G_IS_FILE (base_dir), NULL);

  root = json_object ();
  json_object_set_new (root, "format", json_string (PLX_SESSION_FORMAT));
  json_object_set_new (root, "version", json_integer (PLX_SESSION_VERSION));
  json_object_set_new (root, "generator", json_string ("Parallax " PACKAGE_VERSION));
  json_object_set_new (root, "embed_text", json_boolean (self->embed_text));

  articles = json_array ();
  for (guint i = 0; i < self->entries->len; i++)
    json_array_append_new (articles, entry_to_json (self, get_entry (self, i), base_dir));
  json_object_set_new (root, "articles", articles);

  /* The sections later features fill are always present, so that readers
   * of the file see its whole shape. */
  for (guint i = 0; i < G_N_ELEMENTS (ordered_sections); i++)
    {
      value = json_object_get (self->sections, ordered_sections[i]);
      if (value != NULL)
        json_object_set_new (root, ordered_sections[i], json_deep_copy (value));
      else if (i == 0)
        json_object_set_new (root, ordered_sections[i], json_array ());
      else
        json_object_set_new (root, ordered_sections[i], json_object ());
    }

  json_object_foreach (self->sections, key, value)
    if (json_object_get (root, key) == NULL)
      json_object_set_new (root, key, json_deep_copy (value));

  return root;
}

gboolean
plx_session_save (PlxSession    *self,
                  GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) base_dir = NULL;
  json_t *root;
  char *dumped;
  g_autofree char *data = NULL;

  g_return_val_if_fail (PLX_IS_SESSION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  base_dir = g_file_get_parent (file);
  root = plx_session_to_json (self, base_dir);
  dumped = json_dumps (root, JSON_INDENT (2));
  json_decref (root);

  if (dumped == NULL)
    {
      g_autofree char *display = g_file_get_parse_name (file);

      g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED,
                   _("Could not save “%s”: the session could not be written as JSON"),
                   display);
      return FALSE;
    }

  data = g_strconcat (dumped, "\n", NULL);
  free (dumped);

  if (!plx_file_write_atomic (file, data, strlen (data), cancellable, error))
    return FALSE;

  set_file (self, file);
  plx_session_set_modified (self, FALSE);
  return TRUE;
}

/* Loading */

typedef struct
{
  GFile      *file;         /* the session file */
  const char *display;      /* its name for messages */
  GError    **error;
} LoadContext;

static const char *
json_type_name (json_t *value)
{
  switch (json_typeof (value))
    {
    case JSON_OBJECT:  return "object";
    case JSON_ARRAY:   return "array";
    case JSON_STRING:  return "string";
    case JSON_INTEGER: return "integer";
    case JSON_REAL:    return "number";
    case JSON_TRUE:
    case JSON_FALSE:   return "boolean";
    case JSON_NULL:    return "null";
    default:           return "unknown";
    }
}

static gboolean
type_error (LoadContext *ctx,
            const char  *json_path,
            const char  *expected,
            json_t      *value)
{
  g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_WRONG_TYPE,
               /* Translators: "“s.parallax” is not a valid session:
                * articles[2].text must be a JSON string, not array".
                * JSON type names are not translated. */
               _("“%s” is not a valid session: %s must be a JSON %s, not %s"),
               ctx->display, json_path, expected, json_type_name (value));
  return FALSE;
}

static gboolean
malformed (LoadContext *ctx,
           const char  *json_path,
           const char  *problem)
{
  g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_MALFORMED,
               /* Translators: "“s.parallax” is not a valid session:
                * articles[0].sha256: <problem>" */
               _("“%s” is not a valid session: %s: %s"),
               ctx->display, json_path, problem);
  return FALSE;
}

/* An optional string member; JSON null counts as absent. */
static gboolean
get_string (LoadContext  *ctx,
            json_t       *object,
            const char   *object_path,
            const char   *key,
            const char  **out)
{
  json_t *value = json_object_get (object, key);

  *out = NULL;
  if (value == NULL || json_is_null (value))
    return TRUE;
  if (!json_is_string (value))
    {
      g_autofree char *path = g_strdup_printf ("%s.%s", object_path, key);
      return type_error (ctx, path, "string", value);
    }
  *out = json_string_value (value);
  return TRUE;
}

typedef struct
{
  json_t     *object;
  const char *id;
  const char *path;
  const char *uri;
  const char *name;
  const char *sha256;
  json_int_t  byte_size;
  PlxArticleFormat format;
  const char *encoding;
  const char *language;
  const char *title;
  const char *outlet;
  const char *byline;
  const char *date;
  const char *title_override;
  const char *outlet_override;
  const char *text;
} ParsedArticle;

static gboolean
is_sha256_hex (const char *str)
{
  gsize i;

  for (i = 0; str[i] != '\0'; i++)
    if (!g_ascii_isxdigit (str[i]))
      return FALSE;
  return i == 64;
}

static gboolean
parse_article (LoadContext   *ctx,
               json_t        *object,
               gsize          index,
               GHashTable    *ids,
               ParsedArticle *parsed)
{
  g_autofree char *at = g_strdup_printf ("articles[%" G_GSIZE_FORMAT "]", index);
  const char *format = NULL;
  json_t *value;

  memset (parsed, 0, sizeof *parsed);
  parsed->object = object;

  if (!json_is_object (object))
    return type_error (ctx, at, "object", object);

  if (!get_string (ctx, object, at, "id", &parsed->id) ||
      !get_string (ctx, object, at, "path", &parsed->path) ||
      !get_string (ctx, object, at, "uri", &parsed->uri) ||
      !get_string (ctx, object, at, "name", &parsed->name) ||
      !get_string (ctx, object, at, "sha256", &parsed->sha256) ||
      !get_string (ctx, object, at, "format", &format) ||
      !get_string (ctx, object, at, "encoding", &parsed->encoding) ||
      !get_string (ctx, object, at, "language", &parsed->language) ||
      !get_string (ctx, object, at, "title", &parsed->title) ||
      !get_string (ctx, object, at, "outlet", &parsed->outlet) ||
      !get_string (ctx, object, at, "byline", &parsed->byline) ||
      !get_string (ctx, object, at, "date", &parsed->date) ||
      !get_string (ctx, object, at, "title_override", &parsed->title_override) ||
      !get_string (ctx, object, at, "outlet_override", &parsed->outlet_override) ||
      !get_string (ctx, object, at, "text", &parsed->text))
    return FALSE;

  if (parsed->id != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s.id", at);

      if (*parsed->id == '\0')
        return malformed (ctx, path, _("the identifier is empty"));
      if (!g_hash_table_add (ids, (gpointer)parsed->id))
        return malformed (ctx, path, _("another article has the same identifier"));
    }

  if (parsed->path != NULL && parsed->uri != NULL)
    return malformed (ctx, at, _("an article has either a “path” or a “uri”, not both"));
  if (parsed->path != NULL && *parsed->path == '\0')
    {
      g_autofree char *path = g_strdup_printf ("%s.path", at);
      return malformed (ctx, path, _("the path is empty"));
    }
  if (parsed->uri != NULL && g_uri_peek_scheme (parsed->uri) == NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s.uri", at);
      return malformed (ctx, path, _("not a URI"));
    }
  if (parsed->path == NULL && parsed->uri == NULL && parsed->text == NULL)
    return malformed (ctx, at, _("the article has neither a file nor saved text"));

  if (parsed->sha256 != NULL && !is_sha256_hex (parsed->sha256))
    {
      g_autofree char *path = g_strdup_printf ("%s.sha256", at);
      return malformed (ctx, path, _("not a SHA-256 digest (64 hexadecimal digits)"));
    }

  value = json_object_get (object, "byte_size");
  if (value != NULL && !json_is_null (value))
    {
      g_autofree char *path = g_strdup_printf ("%s.byte_size", at);

      if (!json_is_integer (value))
        return type_error (ctx, path, "integer", value);
      parsed->byte_size = json_integer_value (value);
      if (parsed->byte_size < 0)
        return malformed (ctx, path, _("the size is negative"));
    }

  parsed->format = PLX_ARTICLE_FORMAT_TEXT;
  if (format != NULL && !plx_article_format_from_string (format, &parsed->format))
    {
      g_autofree char *path = g_strdup_printf ("%s.format", at);
      g_autofree char *problem = g_strdup_printf (_("unknown article format “%s”"), format);
      return malformed (ctx, path, problem);
    }

  return TRUE;
}

static PlxArticle *
article_from_parsed (const ParsedArticle *parsed,
                     const char          *source)
{
  PlxArticle *article = plx_article_new ();

  plx_article_set_source (article, source);
  if (parsed->sha256 != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (parsed->sha256, -1);
      plx_article_set_sha256 (article, lower);
    }
  plx_article_set_byte_size (article, (guint64)parsed->byte_size);
  plx_article_set_format (article, parsed->format);
  plx_article_set_encoding (article, parsed->encoding);
  plx_article_set_language (article, parsed->language);
  plx_article_set_title (article, parsed->title);
  plx_article_set_outlet (article, parsed->outlet);
  plx_article_set_byline (article, parsed->byline);
  plx_article_set_date (article, parsed->date);
  plx_article_set_text (article, parsed->text);

  return article;
}

static void
add_warning (GPtrArray  **warnings,
             char        *message)
{
  if (warnings == NULL)
    {
      g_free (message);
      return;
    }
  if (*warnings == NULL)
    *warnings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (*warnings, message);
}

typedef enum
{
  FILE_OK,
  FILE_UNVERIFIED,   /* no hash saved to compare with */
  FILE_CHANGED,
  FILE_MISSING,
  FILE_UNREADABLE,
} FileState;

static FileState
check_article_file (GFile         *file,
                    const char    *saved_sha256,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *sha256 = NULL;
  g_autoptr(GError) local_error = NULL;
  GFileType type;

  type = g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable);
  if (type == G_FILE_TYPE_UNKNOWN)
    return FILE_MISSING;
  if (type != G_FILE_TYPE_REGULAR)
    {
      /* Reading a pipe or a device could block forever. */
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_UNREADABLE,
                           _("it is not a regular file"));
      return FILE_UNREADABLE;
    }

  sha256 = plx_file_compute_sha256 (file, NULL, cancellable, &local_error);
  if (sha256 == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FILE_UNREADABLE;
    }

  if (saved_sha256 == NULL)
    return FILE_UNVERIFIED;
  if (g_ascii_strcasecmp (sha256, saved_sha256) != 0)
    return FILE_CHANGED;
  return FILE_OK;
}

/* The article for @parsed: the saved text where there is one, the file
 * imported again where there is not. Never fails: problems with the
 * article's file become warnings, and an article is kept even without
 * text so that saving the session again loses nothing. */
static PlxArticle *
resolve_article (const ParsedArticle *parsed,
                 GFile               *base_dir,
                 GPtrArray          **warnings,
                 gboolean            *reimported_changed,
                 GCancellable        *cancellable)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) file_error = NULL;
  g_autofree char *file_display = NULL;
  g_autofree char *source = NULL;
  PlxArticle *article = NULL;
  FileState state;

  if (parsed->path == NULL)
    {
      /* A URI or pasted text: nothing to check against. */
      article = article_from_parsed (parsed, parsed->uri != NULL ? parsed->uri : parsed->name);
      if (parsed->text == NULL)
        add_warning (warnings,
                     g_strdup_printf (_("“%s”: the session has no saved text for this article"),
                                      parsed->uri));
      goto overrides;
    }

  if (g_path_is_absolute (parsed->path) || base_dir == NULL)
    file = g_file_new_for_path (parsed->path);
  else
    file = g_file_resolve_relative_path (base_dir, parsed->path);
  file_display = g_file_get_parse_name (file);
  source = g_file_get_path (file);
  if (source == NULL)
    source = g_strdup (parsed->path);

  state = check_article_file (file, parsed->sha256, cancellable, &file_error);

  if (parsed->text != NULL)
    {
      article = article_from_parsed (parsed, source);

      switch (state)
        {
        case FILE_MISSING:
          add_warning (warnings,
                       g_strdup_printf (_("“%s”: file not found, using the text saved in the session"),
                                        file_display));
          break;
        case FILE_UNREADABLE:
          add_warning (warnings,
                       g_strdup_printf (_("“%s” could not be read (%s), using the text saved in the session"),
                                        file_display, file_error->message));
          break;
        case FILE_CHANGED:
          add_warning (warnings,
                       g_strdup_printf (_("“%s” has changed since the session was saved, using the text saved in the session"),
                                        file_display));
          break;
        case FILE_OK:
        case FILE_UNVERIFIED:
        default:
          break;
        }
      goto overrides;
    }

  /* No saved text: the file is the only source of it. */
  if (state == FILE_MISSING)
    {
      add_warning (warnings,
                   g_strdup_printf (_("“%s”: file not found, and the session has no saved text for it"),
                                    file_display));
    }
  else if (state == FILE_UNREADABLE)
    {
      add_warning (warnings,
                   g_strdup_printf (_("“%s” could not be read (%s), and the session has no saved text for it"),
                                    file_display, file_error->message));
    }
  else
    {
      g_autoptr(GError) import_error = NULL;

      article = plx_import_file (file, NULL, cancellable, &import_error);
      if (article == NULL)
        add_warning (warnings,
                     g_strdup_printf (_("“%s” could not be imported again: %s"),
                                      file_display, import_error->message));
      else if (state == FILE_CHANGED)
        {
          add_warning (warnings,
                       g_strdup_printf (_("“%s” has changed since the session was saved and was imported again"),
                                        file_display));
          *reimported_changed = TRUE;
        }
      if (article != NULL)
        plx_article_set_source (article, source);
    }

  if (article == NULL)
    article = article_from_parsed (parsed, source);

overrides:
  plx_article_set_title_override (article, parsed->title_override);
  plx_article_set_outlet_override (article, parsed->outlet_override);
  return article;
}

static json_t *
unknown_article_keys (json_t *object)
{
  json_t *extra = NULL;
  const char *key;
  json_t *value;

  json_object_foreach (object, key, value)
    {
      if (str_in (key, article_keys, G_N_ELEMENTS (article_keys)))
        continue;
      if (extra == NULL)
        extra = json_object ();
      json_object_set (extra, key, value);
    }

  return extra;
}

static gboolean
check_header (LoadContext *ctx,
              json_t      *root)
{
  json_t *format = json_object_get (root, "format");
  json_t *version = json_object_get (root, "version");
  json_t *value;
  json_int_t number;

  if (format == NULL)
    {
      g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_UNSUPPORTED,
                   _("“%s” is not a Parallax session: it has no “format” field"),
                   ctx->display);
      return FALSE;
    }
  if (!json_is_string (format))
    return type_error (ctx, "format", "string", format);
  if (strcmp (json_string_value (format), PLX_SESSION_FORMAT) != 0)
    {
      g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_UNSUPPORTED,
                   _("“%s” is not a Parallax session: its format is “%s”"),
                   ctx->display, json_string_value (format));
      return FALSE;
    }

  if (version == NULL)
    return malformed (ctx, "version", _("the format version is missing"));
  if (!json_is_integer (version))
    return type_error (ctx, "version", "integer", version);

  number = json_integer_value (version);
  if (number > PLX_SESSION_VERSION)
    {
      g_autofree char *str = g_strdup_printf ("%" JSON_INTEGER_FORMAT, number);

      g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_VERSION,
                   /* Translators: the second %s is a number */
                   _("“%s” was saved by a newer version of Parallax (format version %s); "
                     "this version can open format version %d. Please update Parallax."),
                   ctx->display, str, PLX_SESSION_VERSION);
      return FALSE;
    }
  if (number < 1)
    return malformed (ctx, "version", _("the format version must be 1 or more"));

  value = json_object_get (root, "generator");
  if (value != NULL && !json_is_string (value))
    return type_error (ctx, "generator", "string", value);

  value = json_object_get (root, "embed_text");
  if (value != NULL && !json_is_boolean (value))
    return type_error (ctx, "embed_text", "boolean", value);

  value = json_object_get (root, "articles");
  if (value == NULL)
    return malformed (ctx, "articles", _("the list of articles is missing"));
  if (!json_is_array (value))
    return type_error (ctx, "articles", "array", value);

  value = json_object_get (root, "annotations");
  if (value != NULL && !json_is_array (value))
    return type_error (ctx, "annotations", "array", value);
  value = json_object_get (root, "rules");
  if (value != NULL && !json_is_object (value))
    return type_error (ctx, "rules", "object", value);
  value = json_object_get (root, "view");
  if (value != NULL && !json_is_object (value))
    return type_error (ctx, "view", "object", value);

  return TRUE;
}

static json_t *
read_json (LoadContext   *ctx,
           GCancellable  *cancellable)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  json_error_t jerror;
  json_t *root;
  gsize length = 0;

  info = g_file_query_info (ctx->file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL)
    {
      GFileType type = g_file_info_get_file_type (info);

      if (type == G_FILE_TYPE_DIRECTORY)
        {
          g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_IS_DIRECTORY,
                       _("Cannot open “%s”: it is a folder"), ctx->display);
          return NULL;
        }
      if (type == G_FILE_TYPE_SPECIAL)
        {
          /* Reading a pipe or a device could block forever. */
          g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_UNREADABLE,
                       _("Cannot open “%s”: it is not a regular file"), ctx->display);
          return NULL;
        }
      if ((guint64)g_file_info_get_size (info) > MAX_SESSION_SIZE)
        {
          g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_TOO_LARGE,
                       _("Cannot open “%s”: the file is too large for a session"),
                       ctx->display);
          return NULL;
        }
    }
  g_clear_error (&local_error);

  if (!g_file_load_contents (ctx->file, cancellable, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (ctx->error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_NOT_FOUND,
                     _("Cannot open “%s”: the file does not exist"), ctx->display);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_IS_DIRECTORY,
                     _("Cannot open “%s”: it is a folder"), ctx->display);
      else
        g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_UNREADABLE,
                     _("Cannot read “%s”: %s"), ctx->display, local_error->message);
      return NULL;
    }

  if (length == 0)
    {
      g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_EMPTY,
                   _("Cannot open “%s”: the file is empty"), ctx->display);
      return NULL;
    }

  root = json_loadb (contents, length, JSON_REJECT_DUPLICATES, &jerror);
  if (root == NULL)
    {
      if (json_error_code (&jerror) == json_error_premature_end_of_input)
        g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_MALFORMED,
                     /* Translators: a crash or a full disk can cut a file short */
                     _("Cannot open “%s”: the file is truncated (it ends in the middle of the JSON data, at line %d, column %d)"),
                     ctx->display, jerror.line, jerror.column);
      else
        g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_MALFORMED,
                     /* Translators: the second %s is the JSON parser's
                      * description of the problem (in English) */
                     _("Cannot open “%s”: the file is not valid JSON (%s at line %d, column %d)"),
                     ctx->display, jerror.text, jerror.line, jerror.column);
      return NULL;
    }

  if (!json_is_object (root))
    {
      g_set_error (ctx->error, PLX_ERROR, PLX_ERROR_UNSUPPORTED,
                   _("“%s” is not a Parallax session: it does not hold a JSON object"),
                   ctx->display);
      json_decref (root);
      return NULL;
    }

  return root;
}

PlxSession *
plx_session_load (GFile         *file,
                  GPtrArray    **warnings,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(PlxSession) self = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GFile) base_dir = NULL;
  g_autofree char *display = NULL;
  g_autofree ParsedArticle *parsed = NULL;
  LoadContext ctx;
  json_t *root;
  json_t *articles;
  json_t *value;
  const char *key;
  gboolean changed = FALSE;
  gsize n;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_file_get_parse_name (file);
  ctx.file = file;
  ctx.display = display;
  ctx.error = error;

  root = read_json (&ctx, cancellable);
  if (root == NULL)
    return NULL;

  if (!check_header (&ctx, root))
    {
      json_decref (root);
      return NULL;
    }

  /* Check every article before touching any of their files. */
  articles = json_object_get (root, "articles");
  n = json_array_size (articles);
  parsed = g_new0 (ParsedArticle, MAX (n, 1));
  ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (gsize i = 0; i < n; i++)
    {
      if (!parse_article (&ctx, json_array_get (articles, i), i, ids, &parsed[i]))
        {
          json_decref (root);
          return NULL;
        }
    }

  self = plx_session_new ();
  base_dir = g_file_get_parent (file);

  value = json_object_get (root, "embed_text");
  if (value != NULL)
    self->embed_text = json_is_true (value);

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(PlxArticle) article = NULL;
      char *id;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          json_decref (root);
          return NULL;
        }

      article = resolve_article (&parsed[i], base_dir, warnings, &changed, cancellable);
      if (parsed[i].id != NULL)
        id = g_strdup (parsed[i].id);
      else
        {
          id = generate_id (self, ids);
          g_hash_table_add (ids, id);
        }
      g_ptr_array_add (self->entries,
                       entry_new (self, article, id, unknown_article_keys (parsed[i].object)));
    }

  json_object_foreach (root, key, value)
    if (!str_in (key, top_level_keys, G_N_ELEMENTS (top_level_keys)))
      json_object_set (self->sections, key, value);

  json_decref (root);

  self->file = g_object_ref (file);
  /* A file that changed and was imported again makes the session differ
   * from what is saved. */
  self->modified = changed;

  return g_steal_pointer (&self);
}

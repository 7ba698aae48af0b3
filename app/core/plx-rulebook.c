/* plx-rulebook.c — claim categories loaded from JSON rulebooks
 *
 * Format (data/schemas/parallax-rulebook.schema.json):
 *
 *   { "format": "parallax-rulebook", "version": 1, "title": "…", "gap": 1,
 *     "categories": [
 *       { "id": "trace-denial", "label": "…", "color": "#c0392b",
 *         "gap": 2,
 *         "patterns": { "en": ["no evidence", "meddl* election"], "ru": […] },
 *         "cues": ["deny", "unsubstantiated"],
 *         "speakers": ["Lavrov", "Лавров"] } ] }
 *
 * "patterns" and "cues" are either a list (any language) or an object of
 * lists keyed by language; a list item is a phrase or an object
 * { "phrase": "…", "gap": n }.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-rulebook"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plx-data.h"
#include "plx-error.h"
#include "plx-rulebook-private.h"
#include "plx-stem.h"

#define DEFAULT_GAP 1

G_DEFINE_BOXED_TYPE (PlxRulebook, plx_rulebook, plx_rulebook_ref, plx_rulebook_unref)

static const char * const palette[] = {
  "#e6550d", "#3182bd", "#31a354", "#756bb1", "#d6616b", "#8c6d31", "#17becf", "#bcbd22",
};

static void
rule_pattern_free (PlxRulePattern *p)
{
  g_free (p->source);
  g_free (p->language);
  g_strfreev (p->elements);
  g_free (p);
}

static void
rule_category_free (PlxRuleCategory *c)
{
  g_free (c->id);
  g_free (c->label);
  g_free (c->color);
  g_free (c->description);
  g_ptr_array_unref (c->patterns);
  g_ptr_array_unref (c->cues);
  g_ptr_array_unref (c->speakers);
  g_free (c);
}

PlxRulebook *
plx_rulebook_ref (PlxRulebook *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
plx_rulebook_unref (PlxRulebook *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->source);
  g_free (self->title);
  g_ptr_array_unref (self->categories);
  g_free (self);
}

guint
plx_rulebook_get_n_categories (PlxRulebook *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->categories->len;
}

static PlxRuleCategory *
get_category (PlxRulebook *self,
              guint        i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->categories->len, NULL);

  return g_ptr_array_index (self->categories, i);
}

const char *
plx_rulebook_get_category_id (PlxRulebook *self,
                              guint        i)
{
  PlxRuleCategory *c = get_category (self, i);

  return c != NULL ? c->id : NULL;
}

const char *
plx_rulebook_get_category_label (PlxRulebook *self,
                                 guint        i)
{
  PlxRuleCategory *c = get_category (self, i);

  return c != NULL ? c->label : NULL;
}

const char *
plx_rulebook_get_category_color (PlxRulebook *self,
                                 guint        i)
{
  PlxRuleCategory *c = get_category (self, i);

  return c != NULL ? c->color : NULL;
}

static gboolean
valid_color (const char *s)
{
  if (s == NULL || strlen (s) != 7 || s[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (s[i]))
      return FALSE;
  return TRUE;
}

static gboolean
read_gap (json_t      *obj,
          guint        fallback,
          guint       *gap,
          const char  *source,
          const char  *where,
          GError     **error)
{
  json_t *g = json_object_get (obj, "gap");

  *gap = fallback;
  if (g == NULL)
    return TRUE;
  if (!json_is_integer (g) || json_integer_value (g) < 0
      || json_integer_value (g) > PLX_RULEBOOK_MAX_GAP)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: %s: “gap” must be a whole number from 0 to %d"),
                   source, where, PLX_RULEBOOK_MAX_GAP);
      return FALSE;
    }
  *gap = (guint) json_integer_value (g);
  return TRUE;
}

/* Splits a phrase into matching elements: stems, or folded prefixes for
 * words written with a trailing '*'. */
static char **
phrase_elements (const char *phrase)
{
  g_auto(GStrv) chunks = g_strsplit_set (phrase, " \t\n", -1);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; chunks[i] != NULL; i++)
    {
      gsize n = strlen (chunks[i]);

      if (n == 0)
        continue;
      if (n > 1 && chunks[i][n - 1] == '*')
        {
          g_autofree char *w = g_strndup (chunks[i], n - 1);
          g_autoptr(GArray) toks = plx_stem_tokenize (w, -1, 0);

          /* "de-escal*": all but the last piece are stems */
          for (guint k = 0; k < toks->len; k++)
            {
              PlxStemToken *t = &g_array_index (toks, PlxStemToken, k);

              if (k + 1 == toks->len)
                g_ptr_array_add (out, g_strconcat (t->word, "*", NULL));
              else
                g_ptr_array_add (out, g_strdup (t->stem));
            }
        }
      else
        {
          g_auto(GStrv) stems = plx_stem_phrase (chunks[i]);

          for (guint k = 0; stems[k] != NULL; k++)
            g_ptr_array_add (out, g_strdup (stems[k]));
        }
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

static gboolean
add_pattern (GPtrArray   *into,
             json_t      *item,
             const char  *language,
             guint        gap,
             const char  *source,
             const char  *where,
             GError     **error)
{
  PlxRulePattern *p;
  const char *phrase;
  guint n;

  if (json_is_object (item))
    {
      phrase = json_string_value (json_object_get (item, "phrase"));
      if (!read_gap (item, gap, &gap, source, where, error))
        return FALSE;
    }
  else
    phrase = json_string_value (item);

  if (phrase == NULL || !g_utf8_validate (phrase, -1, NULL))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: %s: every pattern must be a phrase (a string)"),
                   source, where);
      return FALSE;
    }

  p = g_new0 (PlxRulePattern, 1);
  p->source = g_strdup (phrase);
  p->language = g_strdup (language);
  p->elements = phrase_elements (phrase);
  p->gap = gap;
  n = g_strv_length (p->elements);
  if (n == 0 || n > PLX_RULEBOOK_MAX_ELEMENTS)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   n == 0 ? _("%s: %s: the pattern “%s” has no words")
                          : _("%s: %s: the pattern “%s” has too many words"),
                   source, where, phrase);
      rule_pattern_free (p);
      return FALSE;
    }
  g_ptr_array_add (into, p);
  return TRUE;
}

static gboolean
add_pattern_list (GPtrArray   *into,
                  json_t      *list,
                  const char  *language,
                  guint        gap,
                  const char  *source,
                  const char  *where,
                  GError     **error)
{
  json_t *item;
  size_t i;

  if (!json_is_array (list))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: %s: patterns must be a list of phrases"), source, where);
      return FALSE;
    }
  json_array_foreach (list, i, item)
    if (!add_pattern (into, item, language, gap, source, where, error))
      return FALSE;
  return TRUE;
}

/* "patterns"/"cues": a list, or an object of lists keyed by language. */
static gboolean
read_patterns (GPtrArray   *into,
               json_t      *value,
               guint        gap,
               const char  *source,
               const char  *where,
               GError     **error)
{
  if (json_is_object (value))
    {
      const char *lang;
      json_t *list;

      json_object_foreach (value, lang, list)
        if (!add_pattern_list (into, list, lang, gap, source, where, error))
          return FALSE;
      return TRUE;
    }
  return add_pattern_list (into, value, NULL, gap, source, where, error);
}

static PlxRuleCategory *
read_category (json_t      *obj,
               guint        index,
               guint        default_gap,
               const char  *source,
               GError     **error)
{
  g_autofree char *where = NULL;
  PlxRuleCategory *c;
  const char *id, *label, *color;
  json_t *speakers;
  guint gap;

  if (!json_is_object (obj))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: category %u is not an object"), source, index + 1);
      return NULL;
    }
  id = json_string_value (json_object_get (obj, "id"));
  if (id == NULL || *id == '\0')
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: category %u has no “id”"), source, index + 1);
      return NULL;
    }
  where = g_strdup_printf (_("category “%s”"), id);
  label = json_string_value (json_object_get (obj, "label"));
  if (label == NULL || *label == '\0')
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: %s has no “label”"), source, where);
      return NULL;
    }
  color = json_string_value (json_object_get (obj, "color"));
  if (json_object_get (obj, "color") != NULL && !valid_color (color))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: %s: “color” must look like #rrggbb"), source, where);
      return NULL;
    }
  if (json_object_get (obj, "patterns") == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: %s has no “patterns”"), source, where);
      return NULL;
    }
  if (!read_gap (obj, default_gap, &gap, source, where, error))
    return NULL;

  c = g_new0 (PlxRuleCategory, 1);
  c->id = g_strdup (id);
  c->label = g_strdup (label);
  c->color = g_strdup (color != NULL ? color : palette[index % G_N_ELEMENTS (palette)]);
  c->description = g_strdup (json_string_value (json_object_get (obj, "description")));
  c->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_pattern_free);
  c->cues = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_pattern_free);
  c->speakers = g_ptr_array_new_with_free_func (g_free);

  if (!read_patterns (c->patterns, json_object_get (obj, "patterns"), gap, source, where, error)
      || (json_object_get (obj, "cues") != NULL
          && !read_patterns (c->cues, json_object_get (obj, "cues"), gap, source, where, error)))
    {
      rule_category_free (c);
      return NULL;
    }
  if (c->patterns->len == 0)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: %s has an empty “patterns” list"), source, where);
      rule_category_free (c);
      return NULL;
    }

  speakers = json_object_get (obj, "speakers");
  if (speakers != NULL)
    {
      json_t *s;
      size_t i;

      if (!json_is_array (speakers))
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                       _("%s: %s: “speakers” must be a list of names"), source, where);
          rule_category_free (c);
          return NULL;
        }
      json_array_foreach (speakers, i, s)
        {
          const char *name = json_string_value (s);

          if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
            {
              g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                           _("%s: %s: “speakers” must be a list of names"), source, where);
              rule_category_free (c);
              return NULL;
            }
          g_ptr_array_add (c->speakers, plx_stem_fold (name));
        }
    }
  return c;
}

PlxRulebook *
_plx_rulebook_new_from_json (json_t      *root,
                             const char  *source,
                             GError     **error)
{
  g_autoptr(PlxRulebook) self = NULL;
  json_t *format, *version, *categories, *item;
  guint gap;
  size_t i;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!json_is_object (root))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: a rulebook must be a JSON object"), source);
      return NULL;
    }
  format = json_object_get (root, "format");
  if (format != NULL && g_strcmp0 (json_string_value (format), "parallax-rulebook") != 0)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_WRONG_TYPE,
                   _("%s: not a Parallax rulebook (format is not “parallax-rulebook”)"),
                   source);
      return NULL;
    }
  version = json_object_get (root, "version");
  if (version != NULL && (!json_is_integer (version) || json_integer_value (version) < 1))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: “version” must be a positive whole number"), source);
      return NULL;
    }
  if (version != NULL && json_integer_value (version) > 1)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_VERSION,
                   _("%s: rulebook version %d is newer than this version of Parallax supports"),
                   source, (int) MIN (json_integer_value (version), G_MAXINT));
      return NULL;
    }
  if (!read_gap (root, DEFAULT_GAP, &gap, source, _("rulebook"), error))
    return NULL;
  categories = json_object_get (root, "categories");
  if (!json_is_array (categories))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: the rulebook has no “categories” list"), source);
      return NULL;
    }

  self = g_new0 (PlxRulebook, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->source = g_strdup (source);
  self->title = g_strdup (json_string_value (json_object_get (root, "title")));
  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_category_free);

  json_array_foreach (categories, i, item)
    {
      PlxRuleCategory *c = read_category (item, (guint) i, gap, source, error);

      if (c == NULL)
        return NULL;
      for (guint k = 0; k < self->categories->len; k++)
        if (g_str_equal (((PlxRuleCategory *) g_ptr_array_index (self->categories, k))->id, c->id))
          {
            g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                         _("%s: two categories have the id “%s”"), source, c->id);
            rule_category_free (c);
            return NULL;
          }
      g_ptr_array_add (self->categories, c);
    }
  return g_steal_pointer (&self);
}

PlxRulebook *
_plx_rulebook_new_from_data (const char  *data,
                             gssize       len,
                             const char  *source,
                             GError     **error)
{
  json_error_t jerr;
  json_t *root;
  PlxRulebook *self;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (len < 0)
    len = (gssize) strlen (data);
  root = json_loadb (data, (size_t) len, JSON_REJECT_DUPLICATES, &jerr);
  if (root == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("%s: not valid JSON (line %d: %s)"), source, jerr.line, jerr.text);
      return NULL;
    }
  self = _plx_rulebook_new_from_json (root, source, error);
  json_decref (root);
  return self;
}

PlxRulebook *
plx_rulebook_load (const char  *path,
                   GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local = NULL;
  gsize len;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_name (path);
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_IS_DIRECTORY,
                   _("%s: is a folder, not a rulebook"), display);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &len, &local))
    {
      gboolean missing = g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT);

      if (missing)
        g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND,
                     _("%s: no such rulebook"), display);
      else
        g_set_error (error, PLX_ERROR, PLX_ERROR_UNREADABLE,
                     _("%s: cannot read the rulebook: %s"), display, local->message);
      return NULL;
    }
  if (len == 0)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY, _("%s: the rulebook is empty"), display);
      return NULL;
    }
  return _plx_rulebook_new_from_data (contents, (gssize) len, display, error);
}

PlxRulebook *
plx_rulebook_load_default (GError **error)
{
  g_autofree char *path = plx_data_find_file ("rulebooks/samples.json");

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (path == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND,
                   _("rulebooks/samples.json: not found in any data directory"));
      return NULL;
    }
  return plx_rulebook_load (path, error);
}

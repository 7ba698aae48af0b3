/* plx-article.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-article"

#include "config.h"

#include "plx-article.h"

struct _PlxArticle
{
  GObject           parent_instance;

  char             *source;
  char             *sha256;
  char             *encoding;
  char             *language;
  char             *title;
  char             *outlet;
  char             *byline;
  char             *date;
  char             *title_override;
  char             *outlet_override;
  char             *text;
  char             *fallback_title;
  guint64           byte_size;
  guint64           char_count;
  guint64           word_count;
  PlxArticleFormat  format;
};

G_DEFINE_FINAL_TYPE (PlxArticle, plx_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_OUTLET,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plx_article_finalize (GObject *object)
{
  PlxArticle *self = (PlxArticle *)object;

  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->outlet, g_free);
  g_clear_pointer (&self->byline, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->title_override, g_free);
  g_clear_pointer (&self->outlet_override, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->fallback_title, g_free);

  G_OBJECT_CLASS (plx_article_parent_class)->finalize (object);
}

static void
plx_article_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PlxArticle *self = PLX_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, plx_article_get_display_title (self));
      break;
    case PROP_OUTLET:
      g_value_set_string (value, plx_article_get_display_outlet (self));
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_class_init (PlxArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plx_article_finalize;
  object_class->get_property = plx_article_get_property;

  /* Display values: notified when the imported value or an override changes. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTLET] =
    g_param_spec_string ("outlet", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plx_article_init (PlxArticle *self)
{
  self->format = PLX_ARTICLE_FORMAT_TEXT;
  self->language = g_strdup ("und");
}

PlxArticle *
plx_article_new (void)
{
  return g_object_new (PLX_TYPE_ARTICLE, NULL);
}

static gboolean
replace_string (char       **slot,
                const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;
  g_free (*slot);
  *slot = (value != NULL && *value != '\0') ? g_strdup (value) : NULL;
  return TRUE;
}

#define STRING_ACCESSORS(field, notify_prop)                                  \
const char *                                                                  \
plx_article_get_##field (PlxArticle *self)                                    \
{                                                                             \
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);                         \
  return self->field;                                                         \
}                                                                             \
void                                                                          \
plx_article_set_##field (PlxArticle *self,                                    \
                         const char *value)                                   \
{                                                                             \
  g_return_if_fail (PLX_IS_ARTICLE (self));                                   \
  if (replace_string (&self->field, value) && notify_prop != PROP_0)          \
    g_object_notify_by_pspec (G_OBJECT (self), properties[notify_prop]);      \
}

STRING_ACCESSORS (source, PROP_TITLE)
STRING_ACCESSORS (sha256, PROP_0)
STRING_ACCESSORS (encoding, PROP_0)
STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (outlet, PROP_OUTLET)
STRING_ACCESSORS (byline, PROP_0)
STRING_ACCESSORS (date, PROP_0)
STRING_ACCESSORS (title_override, PROP_TITLE)
STRING_ACCESSORS (outlet_override, PROP_OUTLET)

#undef STRING_ACCESSORS

const char *
plx_article_get_language (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);
  return self->language;
}

void
plx_article_set_language (PlxArticle *self,
                          const char *language)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));
  replace_string (&self->language, language != NULL ? language : "und");
  if (self->language == NULL)
    self->language = g_strdup ("und");
}

guint64
plx_article_get_byte_size (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), 0);
  return self->byte_size;
}

void
plx_article_set_byte_size (PlxArticle *self,
                           guint64     byte_size)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));
  self->byte_size = byte_size;
}

PlxArticleFormat
plx_article_get_format (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), PLX_ARTICLE_FORMAT_TEXT);
  return self->format;
}

void
plx_article_set_format (PlxArticle       *self,
                        PlxArticleFormat  format)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));
  self->format = format;
}

static const char * const format_names[] = {
  [PLX_ARTICLE_FORMAT_TEXT] = "text",
  [PLX_ARTICLE_FORMAT_MARKDOWN] = "markdown",
  [PLX_ARTICLE_FORMAT_HTML] = "html",
  [PLX_ARTICLE_FORMAT_PASTED] = "pasted",
};

const char *
plx_article_format_to_string (PlxArticleFormat format)
{
  if ((guint)format < G_N_ELEMENTS (format_names))
    return format_names[format];
  return "text";
}

gboolean
plx_article_format_from_string (const char       *str,
                                PlxArticleFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    {
      if (g_strcmp0 (str, format_names[i]) == 0)
        {
          *format = (PlxArticleFormat)i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
plx_article_get_display_title (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  if (self->title_override != NULL)
    return self->title_override;
  if (self->title != NULL)
    return self->title;

  g_clear_pointer (&self->fallback_title, g_free);
  if (self->source != NULL)
    self->fallback_title = g_path_get_basename (self->source);
  else
    self->fallback_title = g_strdup ("");
  return self->fallback_title;
}

const char *
plx_article_get_display_outlet (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  if (self->outlet_override != NULL)
    return self->outlet_override;
  if (self->outlet != NULL)
    return self->outlet;
  return "";
}

guint64
plx_count_words (const char *text)
{
  guint64 words = 0;
  gboolean in_word = FALSE;

  if (text == NULL)
    return 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_char = g_unichar_isalnum (c) || g_unichar_ismark (c);

      /* Apostrophes and hyphens inside a word do not split it. */
      if (!word_char && in_word &&
          (c == '\'' || c == 0x2019 || c == '-' || c == 0x2010))
        {
          gunichar next = g_utf8_get_char (g_utf8_next_char (p));
          if (g_unichar_isalnum (next))
            continue;
        }

      if (word_char && !in_word)
        words++;
      in_word = word_char;
    }

  return words;
}

const char *
plx_article_get_text (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);
  return self->text != NULL ? self->text : "";
}

void
plx_article_set_text (PlxArticle *self,
                      const char *text)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text != NULL ? text : "");
  self->char_count = g_utf8_strlen (self->text, -1);
  self->word_count = plx_count_words (self->text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

guint64
plx_article_get_char_count (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), 0);
  return self->char_count;
}

guint64
plx_article_get_word_count (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), 0);
  return self->word_count;
}

static void
set_optional (json_t     *object,
              const char *key,
              const char *value)
{
  json_object_set_new (object, key, value != NULL ? json_string (value) : json_null ());
}

json_t *
plx_article_to_json (PlxArticle *self,
                     gboolean    with_text)
{
  json_t *object;

  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  object = json_object ();
  set_optional (object, "source", self->source);
  json_object_set_new (object, "byte_size", json_integer ((json_int_t)self->byte_size));
  set_optional (object, "sha256", self->sha256);
  json_object_set_new (object, "format", json_string (plx_article_format_to_string (self->format)));
  set_optional (object, "encoding", self->encoding);
  json_object_set_new (object, "language", json_string (self->language));
  set_optional (object, "title", self->title);
  set_optional (object, "outlet", self->outlet);
  set_optional (object, "byline", self->byline);
  set_optional (object, "date", self->date);
  json_object_set_new (object, "char_count", json_integer ((json_int_t)self->char_count));
  json_object_set_new (object, "word_count", json_integer ((json_int_t)self->word_count));
  if (with_text)
    json_object_set_new (object, "text", json_string (plx_article_get_text (self)));

  return object;
}

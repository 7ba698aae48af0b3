/* plx-import.c — turn the files people have into PlxArticles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plx-encoding.h"
#include "plx-error.h"
#include "plx-html.h"
#include "plx-import.h"
#include "plx-language.h"
#include "plx-markdown.h"
#include "plx-normalize.h"

#define READ_CHUNK (64 * 1024)
/* Lines longer than this are body text, not a headline, byline or date. */
#define MAX_META_LINE 120
#define MAX_TITLE_CHARS 200
#define MAX_TITLE_WORDS 30
/* How many leading lines may hold a byline or a dateline. */
#define META_LINES 6

static guint64
effective_max_size (const PlxImportOptions *options)
{
  if (options != NULL && options->max_size > 0)
    return options->max_size;
  return PLX_IMPORT_DEFAULT_MAX_SIZE;
}

static gboolean
format_from_name (const char       *name,
                  PlxArticleFormat *format)
{
  static const struct { const char *suffix; PlxArticleFormat format; } suffixes[] = {
    { ".txt", PLX_ARTICLE_FORMAT_TEXT },
    { ".text", PLX_ARTICLE_FORMAT_TEXT },
    { ".md", PLX_ARTICLE_FORMAT_MARKDOWN },
    { ".markdown", PLX_ARTICLE_FORMAT_MARKDOWN },
    { ".mdown", PLX_ARTICLE_FORMAT_MARKDOWN },
    { ".mkd", PLX_ARTICLE_FORMAT_MARKDOWN },
    { ".html", PLX_ARTICLE_FORMAT_HTML },
    { ".htm", PLX_ARTICLE_FORMAT_HTML },
    { ".xhtml", PLX_ARTICLE_FORMAT_HTML },
  };
  g_autofree char *lower = NULL;

  if (name == NULL)
    return FALSE;

  lower = g_ascii_strdown (name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i].suffix))
      {
        *format = suffixes[i].format;
        return TRUE;
      }
  return FALSE;
}

static PlxArticleFormat
format_from_content (const char *text)
{
  g_autofree char *head = NULL;
  const char *p = text;

  while (g_ascii_isspace (*p))
    p++;
  head = g_ascii_strdown (p, MIN (strlen (p), 1024));

  if (g_str_has_prefix (head, "<!doctype html") || g_str_has_prefix (head, "<html") ||
      g_str_has_prefix (head, "<head") || g_str_has_prefix (head, "<body") ||
      (g_str_has_prefix (head, "<?xml") && strstr (head, "<html") != NULL) ||
      (g_str_has_prefix (head, "<!--") && strstr (head, "<html") != NULL))
    return PLX_ARTICLE_FORMAT_HTML;

  /* A Markdown heading or front matter at the very start. */
  if (g_str_has_prefix (p, "# ") || g_str_has_prefix (p, "---\n") || g_str_has_prefix (p, "---\r\n"))
    return PLX_ARTICLE_FORMAT_MARKDOWN;

  return PLX_ARTICLE_FORMAT_TEXT;
}

/* ---- metadata in the first lines of plain text ------------------------- */

typedef struct
{
  GRegex *byline;
  GRegex *byline_ru;
  GRegex *date_iso;
  GRegex *date_dmy;
  GRegex *date_mdy;
  GRegex *date_ru;
  GRegex *date_numeric;
} MetaPatterns;

#define EN_MONTHS "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
#define EN_WEEKDAY "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\\s+)?"
#define TIME_TAIL "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,5})?)?"
#define RU_MONTHS "(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
#define RU_WEEKDAY "(?:(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\\s+)?"

static const MetaPatterns *
meta_patterns (void)
{
  static gsize initialized = 0;
  static MetaPatterns patterns;

  if (g_once_init_enter (&initialized))
    {
      /* No G_REGEX_OPTIMIZE: a few short lines are matched, JIT would not pay. */
      GRegexCompileFlags flags = G_REGEX_DEFAULT;

      patterns.byline = g_regex_new ("^(?:By|BY|by)\\s+(\\p{Lu}.{1,100})$", flags, 0, NULL);
      patterns.byline_ru = g_regex_new ("^(?:Автор|Авторы|Текст|Author|Authors)\\s*[:—–-]\\s*(\\p{Lu}.{1,100})$", flags, 0, NULL);
      patterns.date_iso = g_regex_new ("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?$", flags, 0, NULL);
      patterns.date_dmy = g_regex_new ("^" EN_WEEKDAY "(\\d{1,2})(?:st|nd|rd|th)?\\s+" EN_MONTHS "\\.?,?\\s+(\\d{4})" TIME_TAIL "$", flags, 0, NULL);
      patterns.date_mdy = g_regex_new ("^" EN_WEEKDAY EN_MONTHS "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" TIME_TAIL "$", flags, 0, NULL);
      patterns.date_ru = g_regex_new ("^" RU_WEEKDAY "(\\d{1,2})\\s+" RU_MONTHS "\\s+(\\d{4})(?:\\s*(?:года|г\\.?))?(?:,?\\s+(?:в\\s+)?\\d{1,2}:\\d{2})?$",
                                      flags | G_REGEX_CASELESS, 0, NULL);
      patterns.date_numeric = g_regex_new ("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:,?\\s+\\d{1,2}:\\d{2})?$", flags, 0, NULL);
      g_assert (patterns.byline && patterns.byline_ru && patterns.date_iso &&
                patterns.date_dmy && patterns.date_mdy && patterns.date_ru &&
                patterns.date_numeric);
      g_once_init_leave (&initialized, 1);
    }

  return &patterns;
}

static guint
month_number (const char *name)
{
  static const char * const en[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec" };
  static const char * const ru[] = { "январ", "феврал", "март", "апрел", "ма", "июн",
                                     "июл", "август", "сентябр", "октябр", "ноябр", "декабр" };
  g_autofree char *lower = g_utf8_strdown (name, -1);

  for (guint i = 0; i < 12; i++)
    if (g_str_has_prefix (lower, en[i]))
      return i + 1;
  /* "мая" must not match "март": check the longer stems first. */
  for (guint i = 0; i < 12; i++)
    if (i != 4 && g_str_has_prefix (lower, ru[i]))
      return i + 1;
  if (g_str_has_prefix (lower, "ма"))
    return 5;
  return 0;
}

static gboolean
valid_date (const char *day,
            const char *month,
            const char *year)
{
  guint d = (guint)g_ascii_strtoull (day, NULL, 10);
  guint y = (guint)g_ascii_strtoull (year, NULL, 10);
  guint m = g_ascii_isdigit (month[0]) ? (guint)g_ascii_strtoull (month, NULL, 10)
                                       : month_number (month);

  return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 &&
         g_date_valid_dmy ((GDateDay)d, (GDateMonth)m, (GDateYear)y);
}

/* The line itself when it is a date and nothing else; "as found". */
static char *
match_date (const char *line)
{
  const MetaPatterns *pt = meta_patterns ();
  g_autoptr(GMatchInfo) match = NULL;

  struct { GRegex *regex; int day, month, year; } forms[] = {
    { pt->date_iso, 3, 2, 1 },
    { pt->date_dmy, 1, 2, 3 },
    { pt->date_mdy, 2, 1, 3 },
    { pt->date_ru, 1, 2, 3 },
    { pt->date_numeric, 1, 2, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_clear_pointer (&match, g_match_info_free);
      if (g_regex_match (forms[i].regex, line, 0, &match))
        {
          g_autofree char *d = g_match_info_fetch (match, forms[i].day);
          g_autofree char *m = g_match_info_fetch (match, forms[i].month);
          g_autofree char *y = g_match_info_fetch (match, forms[i].year);

          if (valid_date (d, m, y))
            return g_strdup (line);
          return NULL;
        }
    }
  return NULL;
}

static char *
match_byline (const char *line)
{
  const MetaPatterns *pt = meta_patterns ();
  GRegex *forms[] = { pt->byline, pt->byline_ru };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (forms[i], line, 0, &match))
        {
          g_autofree char *name = g_match_info_fetch (match, 1);
          g_auto(GStrv) words = g_strsplit (name, " ", -1);
          gsize len = strlen (name);

          /* A name (or two, with a role): short, not a sentence. */
          if (g_strv_length (words) > 12)
            return NULL;
          if (len > 0 && (name[len - 1] == '.' || name[len - 1] == ':') &&
              !(len >= 2 && g_ascii_isupper (name[len - 2])))
            return NULL;
          return _plx_normalize_inline (name);
        }
    }
  return NULL;
}

static gboolean
looks_like_headline (const char *line)
{
  glong chars = g_utf8_strlen (line, -1);
  g_auto(GStrv) words = NULL;
  gsize len = strlen (line);
  char last;

  if (chars < 3 || chars > MAX_TITLE_CHARS || !_plx_text_has_words (line))
    return FALSE;
  words = g_strsplit (line, " ", -1);
  if (g_strv_length (words) > MAX_TITLE_WORDS)
    return FALSE;

  last = line[len - 1];
  /* A sentence of body text ends with a full stop; headlines do not. */
  if (last == '.' && !g_str_has_suffix (line, "..."))
    return FALSE;
  if (last == ':' || last == ',' || last == ';')
    return FALSE;
  return TRUE;
}

/* Fill title, byline and date from the first lines of normalized @text,
 * only where they are clearly there. */
static void
guess_text_meta (const char  *text,
                 PlxTextMeta *meta)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n\n", META_LINES + 1);
  g_autofree char *first_byline = NULL;
  guint lines_seen = 0;

  if (paragraphs[0] == NULL)
    return;

  /* A first paragraph that is one short line, followed by more text, is
   * the headline. */
  if (meta->title == NULL && paragraphs[1] != NULL &&
      strchr (paragraphs[0], '\n') == NULL && looks_like_headline (paragraphs[0]) &&
      (first_byline = match_byline (paragraphs[0])) == NULL)
    {
      g_autofree char *date = match_date (paragraphs[0]);
      if (date == NULL)
        meta->title = g_strdup (paragraphs[0]);
    }

  for (guint i = 0; paragraphs[i] != NULL && i < META_LINES && lines_seen < META_LINES; i++)
    {
      g_auto(GStrv) lines = NULL;
      gboolean body_started = FALSE;

      lines = g_strsplit (paragraphs[i], "\n", META_LINES + 1);
      for (guint k = 0; lines[k] != NULL && lines_seen < META_LINES; k++, lines_seen++)
        {
          const char *line = lines[k];

          if (g_utf8_strlen (line, -1) > MAX_META_LINE)
            {
              body_started = TRUE;
              break;
            }
          if (meta->byline == NULL)
            {
              char *byline = match_byline (line);
              if (byline != NULL)
                {
                  meta->byline = byline;
                  continue;
                }
            }
          if (meta->date == NULL)
            meta->date = match_date (line);
        }
      if (body_started)
        break;
    }
}

/* ---- the pipeline ------------------------------------------------------ */

static gboolean
only_white_space (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0xFEFF && c != 0x200B)
        return FALSE;
    }
  return TRUE;
}

static PlxArticle *
import_data (const guint8            *data,
             gsize                    length,
             const char              *source,
             const char              *name,
             gboolean                 pasted,
             const PlxImportOptions  *options,
             GCancellable            *cancellable,
             GError                 **error)
{
  g_autoptr(PlxArticle) article = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *decoded = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  PlxTextMeta meta = { 0 };
  PlxArticleFormat format = PLX_ARTICLE_FORMAT_TEXT;
  gboolean format_known;
  const char *declared = NULL;
  const char *encoding = NULL;
  gsize decoded_length = 0;
  guint64 max_size = effective_max_size (options);
  PlxNormalizeFlags flags = PLX_NORMALIZE_DEFAULT;

  if ((guint64)length > max_size)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);
      g_set_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE,
                   _("“%s” is too large to import (%s; the limit is %s)"),
                   name, size, limit);
      return NULL;
    }
  if (length == 0)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY, _("“%s” is empty"), name);
      return NULL;
    }

  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, length);

  if (pasted)
    {
      format = PLX_ARTICLE_FORMAT_PASTED;
      format_known = TRUE;
    }
  else
    format_known = format_from_name (name, &format);

  if (!format_known || format == PLX_ARTICLE_FORMAT_HTML)
    declared = _plx_encoding_html_charset (data, length);

  decoded = _plx_encoding_decode (data, length, declared, name, &encoding, &decoded_length, error);
  if (decoded == NULL)
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (!format_known)
    format = format_from_content (decoded);

  switch (format)
    {
    case PLX_ARTICLE_FORMAT_HTML:
      raw = _plx_html_extract (decoded, decoded_length, &meta);
      break;
    case PLX_ARTICLE_FORMAT_MARKDOWN:
      raw = _plx_markdown_to_text (decoded, &meta);
      break;
    case PLX_ARTICLE_FORMAT_TEXT:
    case PLX_ARTICLE_FORMAT_PASTED:
    default:
      raw = g_strdup (decoded);
      if (_plx_text_lines_look_like_paragraphs (raw))
        flags |= PLX_NORMALIZE_LINES_ARE_PARAGRAPHS;
      break;
    }

  if (raw != NULL)
    text = _plx_normalize_text (raw, -1, flags);

  if (text == NULL || !_plx_text_has_words (text))
    {
      _plx_text_meta_clear (&meta);
      if (format != PLX_ARTICLE_FORMAT_HTML && only_white_space (decoded))
        g_set_error (error, PLX_ERROR, PLX_ERROR_EMPTY,
                     _("“%s” contains only white space"), name);
      else if (format == PLX_ARTICLE_FORMAT_HTML)
        g_set_error (error, PLX_ERROR, PLX_ERROR_NO_TEXT,
                     _("“%s” has no article text: the page holds only markup, scripts or navigation"),
                     name);
      else
        g_set_error (error, PLX_ERROR, PLX_ERROR_NO_TEXT,
                     _("“%s” has no article text: it contains no letters or digits"), name);
      return NULL;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      _plx_text_meta_clear (&meta);
      return NULL;
    }

  if (format != PLX_ARTICLE_FORMAT_HTML)
    guess_text_meta (text, &meta);

  article = plx_article_new ();
  plx_article_set_source (article, source);
  plx_article_set_byte_size (article, length);
  plx_article_set_sha256 (article, sha256);
  plx_article_set_format (article, format);
  plx_article_set_encoding (article, encoding);
  plx_article_set_language (article, _plx_language_detect (text));
  plx_article_set_title (article, meta.title);
  plx_article_set_outlet (article, meta.outlet);
  plx_article_set_byline (article, meta.byline);
  plx_article_set_date (article, meta.date);
  plx_article_set_text (article, text);

  _plx_text_meta_clear (&meta);

  return g_steal_pointer (&article);
}

/* ---- files ------------------------------------------------------------- */

static void
set_error_from_io (GError     *local,
                   const char *name,
                   GError    **error)
{
  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, local);
  else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
           g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND,
                   _("Cannot open “%s”: the file does not exist"), name);
      g_error_free (local);
    }
  else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_IS_DIRECTORY,
                   _("Cannot import “%s”: it is a folder, not a file"), name);
      g_error_free (local);
    }
  else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_UNREADABLE,
                   _("Cannot read “%s”: permission denied"), name);
      g_error_free (local);
    }
  else
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_UNREADABLE,
                   _("Cannot read “%s”: %s"), name, local->message);
      g_error_free (local);
    }
}

static GBytes *
read_file (GFile         *file,
           const char    *name,
           guint64        max_size,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  GError *local = NULL;
  GFileType type;

  /* A GByteArray holds at most G_MAXUINT bytes. */
  max_size = MIN (max_size, (guint64)G_MAXUINT - READ_CHUNK);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_ACCESS_CAN_READ,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (info == NULL)
    {
      set_error_from_io (local, name, error);
      return NULL;
    }

  type = g_file_info_get_file_type (info);
  if (type == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_IS_DIRECTORY,
                   _("Cannot import “%s”: it is a folder, not a file"), name);
      return NULL;
    }
  /* Devices, pipes and sockets could block or never end. */
  if (type != G_FILE_TYPE_REGULAR && type != G_FILE_TYPE_UNKNOWN &&
      type != G_FILE_TYPE_SYMBOLIC_LINK)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_UNREADABLE,
                   _("Cannot read “%s”: it is not a regular file"), name);
      return NULL;
    }
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_READ) &&
      !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_READ))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_UNREADABLE,
                   _("Cannot read “%s”: permission denied"), name);
      return NULL;
    }
  /* Refuse big files before reading a byte of them. */
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      (guint64)g_file_info_get_size (info) > max_size)
    {
      g_autofree char *size = g_format_size_full ((guint64)g_file_info_get_size (info), G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);
      g_set_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE,
                   _("“%s” is too large to import (%s; the limit is %s)"),
                   name, size, limit);
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local);
  if (stream == NULL)
    {
      set_error_from_io (local, name, error);
      return NULL;
    }

  /* The size may have changed since, or be unknown (/proc): read at most
   * one byte past the limit. */
  buffer = g_byte_array_sized_new ((guint)MIN ((guint64)g_file_info_get_size (info) + 1, max_size + 1));
  for (;;)
    {
      guint8 chunk[READ_CHUNK];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk,
                                      cancellable, &local);
      if (n < 0)
        {
          set_error_from_io (local, name, error);
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, (guint)n);
      if ((guint64)buffer->len > max_size)
        {
          g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);
          g_set_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE,
                       _("“%s” is too large to import (more than %s)"), name, limit);
          return NULL;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

PlxArticle *
plx_import_file (GFile                   *file,
                 const PlxImportOptions  *options,
                 GCancellable            *cancellable,
                 GError                 **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *source = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  source = g_file_get_path (file);
  if (source == NULL)
    source = g_file_get_uri (file);

  bytes = read_file (file, name, effective_max_size (options), cancellable, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return import_data (data, length, source, name, FALSE, options, cancellable, error);
}

PlxArticle *
plx_import_bytes (GBytes                  *bytes,
                  const char              *display_name,
                  const PlxImportOptions  *options,
                  GError                 **error)
{
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  return import_data (data, length, display_name,
                      display_name != NULL ? display_name : _("the input"),
                      FALSE, options, NULL, error);
}

PlxArticle *
plx_import_text (const char  *text,
                 const char  *display_name,
                 GError     **error)
{
  const char *name;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = display_name != NULL ? display_name : _("the pasted text");
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
                   _("Cannot read “%s”: it is not valid UTF-8 text"), name);
      return NULL;
    }

  return import_data ((const guint8 *)text, strlen (text), display_name, name,
                      TRUE, NULL, NULL, error);
}

/* ---- async ------------------------------------------------------------- */

typedef struct
{
  GFile            *file;
  PlxImportOptions  options;
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *d = data;

  g_clear_object (&d->file);
  g_free (d);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *d = task_data;
  GError *error = NULL;
  PlxArticle *article;

  article = plx_import_file (d->file, &d->options, cancellable, &error);
  if (article == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, article, g_object_unref);
}

void
plx_import_file_async (GFile                   *file,
                       const PlxImportOptions  *options,
                       GCancellable            *cancellable,
                       GAsyncReadyCallback      callback,
                       gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *d;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  d = g_new0 (ImportData, 1);
  d->file = g_object_ref (file);
  if (options != NULL)
    d->options = *options;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_import_file_async);
  g_task_set_name (task, "[parallax] import file");
  g_task_set_task_data (task, d, import_data_free);
  g_task_run_in_thread (task, import_thread);
}

PlxArticle *
plx_import_file_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == plx_import_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

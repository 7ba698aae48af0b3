/* plx-normalize.c — text normalization shared by the importers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-normalize"

#include "config.h"

#include <string.h>

#include "plx-normalize.h"

void
_plx_text_meta_clear (PlxTextMeta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->outlet, g_free);
  g_clear_pointer (&meta->byline, g_free);
  g_clear_pointer (&meta->date, g_free);
}

typedef enum
{
  CHAR_CONTENT,
  CHAR_SPACE,
  CHAR_LINE_BREAK,
  CHAR_PARAGRAPH_BREAK,
  CHAR_DROP,
} CharClass;

static CharClass
classify (gunichar c)
{
  switch (c)
    {
    case '\n':
    case 0x000B:            /* vertical tab */
    case 0x000C:            /* form feed */
    case 0x0085:            /* next line */
    case 0x2028:            /* line separator */
      return CHAR_LINE_BREAK;
    case 0x2029:            /* paragraph separator */
      return CHAR_PARAGRAPH_BREAK;
    case ' ':
    case '\t':
      return CHAR_SPACE;
    case '\r':              /* handled by the caller (CR LF, lone CR) */
      return CHAR_LINE_BREAK;
    case 0x00AD:            /* soft hyphen */
    case 0x200B:            /* zero width space */
    case 0x2060:            /* word joiner */
    case 0xFEFF:            /* BOM / zero width no-break space */
      return CHAR_DROP;
    default:
      break;
    }

  if (c < 0x20 || (c >= 0x7F && c < 0xA0))
    return CHAR_DROP;
  if (g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
    return CHAR_SPACE;
  return CHAR_CONTENT;
}

/* Code points that NFC leaves alone, whatever follows them in these
 * ranges: Latin-1 and Latin Extended, Cyrillic letters, general
 * punctuation, currency signs, № and ™. Text made only of these needs no
 * normalization pass; anything else (combining marks, singletons such as
 * U+2126 OHM SIGN, Hangul) goes through g_utf8_normalize(). */
static gboolean
is_nfc_stable (gunichar c)
{
  return c < 0x0300 ||
         (c >= 0x0400 && c <= 0x0482) ||
         (c >= 0x048A && c <= 0x04FF) ||
         (c >= 0x2002 && c <= 0x206F) ||
         (c >= 0x20A0 && c <= 0x20BF) ||
         c == 0x2116 || c == 0x2122;
}

static gboolean
needs_nfc (const char *text,
           gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; p < end; )
    {
      if ((guchar)*p < 0x80)
        {
          p++;
          continue;
        }
      if (!is_nfc_stable (g_utf8_get_char (p)))
        return TRUE;
      p = g_utf8_next_char (p);
    }
  return FALSE;
}

char *
_plx_normalize_text (const char        *text,
                     gssize             length,
                     PlxNormalizeFlags  flags)
{
  g_autofree char *nfc = NULL;
  gsize nfc_length;
  char *out;
  char *w;
  guint newlines = 0;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, length, NULL))
    return NULL;

  if (length < 0)
    length = strlen (text);
  if (needs_nfc (text, length))
    {
      nfc = g_utf8_normalize (text, length, G_NORMALIZE_DEFAULT_COMPOSE);
      if (nfc == NULL)
        return NULL;
    }
  else
    nfc = g_strndup (text, length);

  /* The output never needs more than twice the input (a line break may
   * become a blank line); write it directly. */
  nfc_length = strlen (nfc);
  out = g_malloc (2 * nfc_length + 1);
  w = out;

  for (const char *p = nfc; *p != '\0'; )
    {
      gunichar c;
      const char *next;

      /* Plain ASCII characters of a word: the common case. */
      if ((guchar)*p > ' ' && (guchar)*p < 0x7F && newlines == 0 && !pending_space)
        {
          *w++ = *p++;
          continue;
        }

      c = (guchar)*p < 0x80 ? (gunichar)*p : g_utf8_get_char (p);
      next = g_utf8_next_char (p);

      switch (classify (c))
        {
        case CHAR_LINE_BREAK:
          /* CR LF counts once. */
          if (c == '\r' && *next == '\n')
            next++;
          newlines++;
          pending_space = FALSE;
          break;

        case CHAR_PARAGRAPH_BREAK:
          newlines += 2;
          pending_space = FALSE;
          break;

        case CHAR_SPACE:
          /* Leading spaces of a line are dropped, inner runs folded,
           * trailing spaces dropped when the line ends. */
          if (newlines == 0 && w > out)
            pending_space = TRUE;
          break;

        case CHAR_DROP:
          break;

        case CHAR_CONTENT:
        default:
          if (w > out)
            {
              if (newlines >= 2 ||
                  (newlines == 1 && (flags & PLX_NORMALIZE_LINES_ARE_PARAGRAPHS)))
                {
                  *w++ = '\n';
                  *w++ = '\n';
                }
              else if (newlines == 1)
                *w++ = '\n';
              else if (pending_space)
                *w++ = ' ';
            }
          newlines = 0;
          pending_space = FALSE;
          memcpy (w, p, next - p);
          w += next - p;
          break;
        }
      p = next;
    }

  *w = '\0';
  return out;
}

char *
_plx_normalize_inline (const char *text)
{
  g_autofree char *flat = NULL;
  char *result;

  if (text == NULL)
    return NULL;

  flat = g_strdup (text);
  if (!g_utf8_validate (flat, -1, NULL))
    return NULL;

  /* Line breaks become spaces before the general normalization folds them. */
  for (char *p = flat; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r')
      *p = ' ';

  result = _plx_normalize_text (flat, -1, PLX_NORMALIZE_DEFAULT);
  if (result != NULL && *result == '\0')
    g_clear_pointer (&result, g_free);
  /* U+2028/2029 may still have produced breaks. */
  if (result != NULL && strchr (result, '\n') != NULL)
    {
      for (char *p = result; *p != '\0'; p++)
        if (*p == '\n')
          *p = ' ';
      {
        char *again = _plx_normalize_text (result, -1, PLX_NORMALIZE_DEFAULT);
        g_free (result);
        result = again;
      }
    }

  return result;
}

gboolean
_plx_text_has_words (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

gboolean
_plx_text_lines_look_like_paragraphs (const char *text)
{
  guint lines = 0;
  guint long_lines = 0;
  const char *line = text;

  if (text == NULL)
    return FALSE;

  while (line != NULL && *line != '\0')
    {
      const char *end = strchr (line, '\n');
      gsize len = end != NULL ? (gsize)(end - line) : strlen (line);
      gsize chars = g_utf8_strlen (line, len);
      gboolean blank = TRUE;

      for (gsize i = 0; i < len; i++)
        if (!g_ascii_isspace (line[i]))
          {
            blank = FALSE;
            break;
          }

      /* Any blank line means the author separated paragraphs already. */
      if (blank && end != NULL)
        return FALSE;
      if (!blank)
        {
          lines++;
          if (chars > 100)
            long_lines++;
        }
      line = end != NULL ? end + 1 : NULL;
    }

  /* Hard-wrapped text has lines of 80 or fewer; one-paragraph-per-line text has
   * mostly long ones. */
  return lines >= 2 && long_lines * 2 >= lines;
}

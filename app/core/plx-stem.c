/* plx-stem.c — lower-casing and Snowball stemming of words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-stem"

#include "config.h"

#include <string.h>

#include <libstemmer.h>

#include "plx-stem.h"

/* libstemmer's stemmers are not thread-safe: each thread gets its own. */
typedef struct
{
  struct sb_stemmer *english;
  struct sb_stemmer *russian;
} Stemmers;

static void
stemmers_free (gpointer data)
{
  Stemmers *s = data;

  if (s->english != NULL)
    sb_stemmer_delete (s->english);
  if (s->russian != NULL)
    sb_stemmer_delete (s->russian);
  g_free (s);
}

static GPrivate stemmers_key = G_PRIVATE_INIT (stemmers_free);

static Stemmers *
get_stemmers (void)
{
  Stemmers *s = g_private_get (&stemmers_key);

  if (s == NULL)
    {
      s = g_new0 (Stemmers, 1);
      s->english = sb_stemmer_new ("english", "UTF_8");
      s->russian = sb_stemmer_new ("russian", "UTF_8");
      if (s->english == NULL || s->russian == NULL)
        g_warning ("libstemmer has no English or Russian stemmer");
      g_private_set (&stemmers_key, s);
    }
  return s;
}

static gboolean
is_cyrillic (gunichar c)
{
  return c >= 0x0400 && c <= 0x052F;
}

char *
plx_stem_fold (const char *word)
{
  g_autofree char *lower = NULL;
  GString *out;

  g_return_val_if_fail (word != NULL, NULL);

  lower = g_utf8_strdown (word, -1);
  out = g_string_sized_new (strlen (lower));
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x0451)            /* ё */
        c = 0x0435;               /* е */
      else if (c == 0x2019 || c == 0x02BC || c == 0x2018)
        c = '\'';
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

char *
plx_stem_word (const char *word)
{
  g_autofree char *folded = NULL;
  struct sb_stemmer *stemmer;
  Stemmers *s;
  const sb_symbol *stem;
  gboolean cyrillic = FALSE;

  g_return_val_if_fail (word != NULL, NULL);

  if (!g_utf8_validate (word, -1, NULL))
    return g_strdup ("");
  folded = plx_stem_fold (word);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    if (is_cyrillic (g_utf8_get_char (p)))
      {
        cyrillic = TRUE;
        break;
      }

  s = get_stemmers ();
  stemmer = cyrillic ? s->russian : s->english;
  if (stemmer == NULL || *folded == '\0')
    return g_steal_pointer (&folded);
  stem = sb_stemmer_stem (stemmer, (const sb_symbol *) folded, (int) strlen (folded));
  if (stem == NULL)
    return g_steal_pointer (&folded);
  return g_strndup ((const char *) stem, (gsize) sb_stemmer_length (stemmer));
}

static void
token_clear (PlxStemToken *t)
{
  g_free (t->word);
  g_free (t->stem);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

GArray *
plx_stem_tokenize (const char *text,
                   gssize      len,
                   guint       offset)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (PlxStemToken));
  const char *end, *p;
  guint pos = offset;

  g_array_set_clear_func (tokens, (GDestroyNotify) token_clear);
  g_return_val_if_fail (text != NULL, tokens);

  end = len < 0 ? text + strlen (text) : text + len;
  p = text;
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *word_start;
      guint start;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;  /* invalid byte: skip it */
          pos++;
          continue;
        }
      if (!is_word_char (c))
        {
          p = g_utf8_next_char (p);
          pos++;
          continue;
        }

      word_start = p;
      start = pos;
      while (p < end)
        {
          const char *next;
          gunichar n;

          c = g_utf8_get_char_validated (p, end - p);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            break;
          if (is_word_char (c))
            {
              p = g_utf8_next_char (p);
              pos++;
              continue;
            }
          /* an apostrophe between letters stays inside the word */
          next = g_utf8_next_char (p);
          if (is_apostrophe (c) && next < end
              && (n = g_utf8_get_char_validated (next, end - next)) != (gunichar) -1
              && n != (gunichar) -2 && g_unichar_isalpha (n))
            {
              p = next;
              pos++;
              continue;
            }
          break;
        }

      {
        PlxStemToken t;
        g_autofree char *w = g_strndup (word_start, p - word_start);

        t.start = start;
        t.end = pos;
        t.word = plx_stem_fold (w);
        t.stem = plx_stem_word (w);
        g_array_append_val (tokens, t);
      }
    }
  return tokens;
}

char **
plx_stem_phrase (const char *phrase)
{
  g_autoptr(GArray) tokens = NULL;
  GPtrArray *stems;

  g_return_val_if_fail (phrase != NULL, NULL);

  tokens = plx_stem_tokenize (phrase, -1, 0);
  stems = g_ptr_array_new ();
  for (guint i = 0; i < tokens->len; i++)
    g_ptr_array_add (stems, g_strdup (g_array_index (tokens, PlxStemToken, i).stem));
  g_ptr_array_add (stems, NULL);
  return (char **) g_ptr_array_free (stems, FALSE);
}

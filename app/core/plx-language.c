/* plx-language.c — guess the language of an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-language"

#include "config.h"

#include <string.h>

#include "plx-language.h"

#define SAMPLE_BYTES (256 * 1024)

/* Function words that make up a large share of any running English or
 * Russian text and are rare in other languages that share the script. */
static const char * const english_stop_words[] = {
  "the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with",
  "was", "as", "he", "she", "it", "by", "at", "from", "his", "her", "have",
  "has", "had", "be", "are", "were", "not", "this", "an", "which", "but",
  "they", "will", "would", "said", "who", "their", "been", "we", "you",
  "or", "its", "after", "about", "than", "there",
};

static const char * const russian_stop_words[] = {
  "и", "в", "во", "не", "на", "что", "с", "со", "по", "как", "он", "она",
  "оно", "они", "это", "к", "ко", "из", "за", "о", "об", "от", "для",
  "его", "ее", "её", "их", "был", "была", "было", "были", "а", "но",
  "же", "так", "все", "всё", "мы", "вы", "я", "у", "бы", "ли", "уже",
  "также", "который", "которая", "которые", "при", "до", "после", "чтобы",
  "заявил", "сказал", "сказала", "этого", "этом", "только", "еще", "ещё",
};

static GHashTable *
stop_word_table (void)
{
  static gsize initialized = 0;
  static GHashTable *table = NULL;

  if (g_once_init_enter (&initialized))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (english_stop_words); i++)
        g_hash_table_insert (t, (gpointer)english_stop_words[i], GINT_TO_POINTER (1));
      for (guint i = 0; i < G_N_ELEMENTS (russian_stop_words); i++)
        g_hash_table_insert (t, (gpointer)russian_stop_words[i], GINT_TO_POINTER (2));
      table = t;
      g_once_init_leave (&initialized, 1);
    }

  return table;
}

/* Letters that occur in Ukrainian, Belarusian, Serbian etc. but not in
 * Russian; a noticeable share of them means "not Russian". */
static gboolean
is_non_russian_cyrillic (gunichar c)
{
  switch (g_unichar_tolower (c))
    {
    case 0x0456: /* і */
    case 0x0457: /* ї */
    case 0x0454: /* є */
    case 0x0491: /* ґ */
    case 0x045E: /* ў */
    case 0x0452: /* ђ */
    case 0x045B: /* ћ */
    case 0x0458: /* ј */
    case 0x0459: /* љ */
    case 0x045A: /* њ */
    case 0x045F: /* џ */
    case 0x0453: /* ѓ */
    case 0x045C: /* ќ */
      return TRUE;
    default:
      return FALSE;
    }
}

const char *
_plx_language_detect (const char *text)
{
  GHashTable *stop_words = stop_word_table ();
  guint64 latin = 0, cyrillic = 0, non_russian = 0;
  guint64 words = 0, english_hits = 0, russian_hits = 0;
  char word[64];
  gsize word_len = 0;
  gboolean word_too_long = FALSE;

  if (text == NULL)
    return "und";

  /* The first few hundred kilobytes say as much as the whole text. */
  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean letter = c != 0 && g_unichar_isalpha (c);

      if (letter)
        {
          GUnicodeScript script = g_unichar_get_script (c);
          gunichar lower = g_unichar_tolower (c);
          char buf[6];
          int n;

          if (script == G_UNICODE_SCRIPT_LATIN)
            latin++;
          else if (script == G_UNICODE_SCRIPT_CYRILLIC)
            {
              cyrillic++;
              if (is_non_russian_cyrillic (c))
                non_russian++;
            }

          n = g_unichar_to_utf8 (lower, buf);
          if (word_len + n < sizeof word)
            {
              memcpy (word + word_len, buf, n);
              word_len += n;
            }
          else
            word_too_long = TRUE;
        }
      else if (word_len > 0 || word_too_long)
        {
          word[word_len] = '\0';
          words++;
          if (!word_too_long)
            {
              int lang = GPOINTER_TO_INT (g_hash_table_lookup (stop_words, word));
              if (lang == 1)
                english_hits++;
              else if (lang == 2)
                russian_hits++;
            }
          word_len = 0;
          word_too_long = FALSE;
        }

      if (c == 0 || (p - text > SAMPLE_BYTES && word_len == 0))
        break;
    }

  /* Too little text to say anything. */
  if (latin + cyrillic < 20 || words < 4)
    return "und";

  if (cyrillic * 10 >= (latin + cyrillic) * 6)
    {
      /* Mostly Cyrillic: Russian when Russian function words are common
       * and letters foreign to Russian are rare. */
      if (non_russian * 200 > cyrillic)
        return "und";
      if (russian_hits >= 2 && russian_hits * 100 >= words * 8)
        return "ru";
      return "und";
    }

  if (latin * 10 >= (latin + cyrillic) * 6)
    {
      if (english_hits >= 2 && english_hits * 100 >= words * 12)
        return "en";
      return "und";
    }

  return "und";
}

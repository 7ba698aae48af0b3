/* plx-translit.c — Cyrillic ↔ Latin transliteration and name skeletons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-translit"

#include "config.h"

#include <string.h>

#include "plx-translit.h"

/* а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я */
static const char * const bgn_table[32] = {
  "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
  "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
};
static const char * const passport_table[32] = {
  "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
  "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia",
};
static const char * const gost_table[32] = {
  "a", "b", "v", "g", "d", "e", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p",
  "r", "s", "t", "u", "f", "x", "cz", "ch", "sh", "shh", "", "y", "", "e", "yu", "ya",
};

static gboolean
is_cyrillic_letter (gunichar c)
{
  return (c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451;
}

/* Lower-case index 0..31 of а..я, 32 for ё, -1 otherwise. */
static int
cyrillic_index (gunichar c,
                gboolean *upper)
{
  *upper = FALSE;
  if (c >= 0x0410 && c <= 0x042F)
    {
      *upper = TRUE;
      return (int)(c - 0x0410);
    }
  if (c >= 0x0430 && c <= 0x044F)
    return (int)(c - 0x0430);
  if (c == 0x0401)
    {
      *upper = TRUE;
      return 32;
    }
  if (c == 0x0451)
    return 32;
  return -1;
}

static gboolean
is_vowel_index (int idx)
{
  /* а е ё и о у ы э ю я, and ъ ь (which are followed by "ye" too) */
  switch (idx)
    {
    case 0: case 5: case 8: case 14: case 19: case 26: case 27: case 28:
    case 29: case 30: case 31: case 32:
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
plx_translit_has_cyrillic (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p != '\0'; )
    {
      gunichar c;

      if ((guchar)*p < 0x80)
        {
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          p++;   /* invalid byte: step over it */
          continue;
        }
      if (is_cyrillic_letter (c))
        return TRUE;
      p = g_utf8_next_char (p);
    }
  return FALSE;
}

char *
plx_translit_to_latin (const char        *text,
                       PlxTranslitScheme  scheme)
{
  const char * const *table;
  GString *out;
  int prev_idx = -2;   /* -2: not a Cyrillic letter (word start) */
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  switch (scheme)
    {
    case PLX_TRANSLIT_PASSPORT: table = passport_table; break;
    case PLX_TRANSLIT_GOST: table = gost_table; break;
    case PLX_TRANSLIT_BGN:
    default: table = bgn_table; break;
    }

  out = g_string_sized_new (strlen (text) + 8);
  for (p = text; *p != '\0'; )
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      gboolean upper;
      int idx;
      const char *latin;

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          /* Invalid UTF-8: copy the byte as '?' and go on. */
          g_string_append_c (out, '?');
          p++;
          prev_idx = -2;
          continue;
        }

      idx = cyrillic_index (c, &upper);
      if (idx < 0)
        {
          g_string_append_unichar (out, c);
          p = g_utf8_next_char (p);
          prev_idx = g_unichar_isalpha (c) ? -1 : -2;
          continue;
        }

      if (idx == 32)
        latin = scheme == PLX_TRANSLIT_PASSPORT ? "e" : "yo";
      else if (idx == 5 && scheme == PLX_TRANSLIT_BGN &&
               (prev_idx == -2 || (prev_idx >= 0 && is_vowel_index (prev_idx))))
        latin = "ye";
      else
        latin = table[idx];

      if (*latin != '\0')
        {
          if (!upper)
            g_string_append (out, latin);
          else
            {
              const char *next = g_utf8_next_char (p);
              gunichar nc = *next != '\0' ? g_utf8_get_char_validated (next, -1) : 0;
              gboolean all_caps = nc != 0 && nc != (gunichar)-1 && nc != (gunichar)-2 &&
                                  g_unichar_isupper (nc);

              for (const char *l = latin; *l != '\0'; l++)
                g_string_append_c (out, (l == latin || all_caps) ? g_ascii_toupper (*l) : *l);
            }
        }
      prev_idx = idx;
      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *latin;
  const char *cyrillic;
} Digraph;

/* Longest first. */
static const Digraph digraphs[] = {
  { "shch", "щ" }, { "shh", "щ" }, { "kh", "х" }, { "zh", "ж" }, { "ts", "ц" },
  { "cz", "ц" }, { "ch", "ч" }, { "sh", "ш" }, { "yu", "ю" }, { "ya", "я" },
  { "ye", "е" }, { "yo", "ё" }, { "ck", "к" },
};

static const char * const latin_letters[26] = {
  "а", "б", "к", "д", "е", "ф", "г", "х", "и", "й", "к", "л", "м",
  "н", "о", "п", "к", "р", "с", "т", "у", "в", "в", "кс", "ы", "з",
};

static gboolean
ascii_vowel (char c)
{
  c = g_ascii_tolower (c);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

static void
append_cased (GString    *out,
              const char *cyrillic,
              gboolean    upper)
{
  if (!upper)
    {
      g_string_append (out, cyrillic);
      return;
    }
  for (const char *c = cyrillic; *c != '\0'; c = g_utf8_next_char (c))
    {
      g_string_append_unichar (out, c == cyrillic ? g_unichar_toupper (g_utf8_get_char (c))
                                                  : g_utf8_get_char (c));
    }
}

char *
plx_translit_to_cyrillic (const char *text)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) * 2 + 1);
  for (p = text; *p != '\0'; )
    {
      gboolean matched = FALSE;
      char c = *p;

      if (!g_ascii_isalpha (c))
        {
          gunichar u = g_utf8_get_char_validated (p, -1);

          if (u == (gunichar)-1 || u == (gunichar)-2)
            {
              g_string_append_c (out, '?');
              p++;
            }
          else
            {
              g_string_append_unichar (out, u);
              p = g_utf8_next_char (p);
            }
          continue;
        }

      for (guint i = 0; i < G_N_ELEMENTS (digraphs); i++)
        {
          gsize len = strlen (digraphs[i].latin);

          if (g_ascii_strncasecmp (p, digraphs[i].latin, len) == 0)
            {
              append_cased (out, digraphs[i].cyrillic, g_ascii_isupper (c));
              p += len;
              matched = TRUE;
              break;
            }
        }
      if (matched)
        continue;

      {
        char lower = g_ascii_tolower (c);
        const char *cyr = latin_letters[lower - 'a'];

        /* y after a vowel is й, otherwise ы; "c" before e/i/y is ц. */
        if (lower == 'y')
          cyr = (p > text && ascii_vowel (p[-1])) ? "й" : "ы";
        else if (lower == 'c' && (g_ascii_tolower (p[1]) == 'e' || g_ascii_tolower (p[1]) == 'i' ||
                                  g_ascii_tolower (p[1]) == 'y'))
          cyr = "ц";
        append_cased (out, cyr, g_ascii_isupper (c));
        p++;
      }
    }

  return g_string_free (out, FALSE);
}

/* One folding pass: rewrite @in (lower-case ASCII letters, digits, spaces)
 * with the variant rules into @out. */
static void
fold_variants (const char *in,
               GString    *out)
{
  g_string_truncate (out, 0);
  for (const char *p = in; *p != '\0'; )
    {
      if (g_str_has_prefix (p, "shch")) { g_string_append (out, "sc"); p += 4; continue; }
      if (g_str_has_prefix (p, "shh")) { g_string_append (out, "sc"); p += 3; continue; }
      if (g_str_has_prefix (p, "tch")) { g_string_append (out, "ch"); p += 3; continue; }
      if (p[0] == 'k' && p[1] == 'h') { g_string_append_c (out, 'h'); p += 2; continue; }
      if (p[0] == 't' && p[1] == 'z') { g_string_append (out, "ts"); p += 2; continue; }
      if (p[0] == 'c' && p[1] == 'z') { g_string_append (out, "ts"); p += 2; continue; }
      if (p[0] == 'c' && p[1] == 'k') { g_string_append_c (out, 'k'); p += 2; continue; }
      if (p[0] == 'p' && p[1] == 'h') { g_string_append_c (out, 'f'); p += 2; continue; }
      /* Theodor = Teodor, Thomas = Томас: Russian has no "th" */
      if (p[0] == 't' && p[1] == 'h') { g_string_append_c (out, 't'); p += 2; continue; }
      if (p[0] == 'g' && p[1] == 'u' && (p[2] == 'e' || p[2] == 'i'))
        { g_string_append_c (out, 'g'); p += 2; continue; }
      switch (*p)
        {
        case 'x': g_string_append (out, "ks"); break;
        case 'w': g_string_append_c (out, 'v'); break;
        case 'q': g_string_append_c (out, 'k'); break;
        case 'c':
          /* Victor = Viktor; ch and ce/ci/cy (Tsitsianov spellings) stay */
          if (p[1] == 'h' || p[1] == 'e' || p[1] == 'i' || p[1] == 'y')
            g_string_append_c (out, 'c');
          else
            g_string_append_c (out, 'k');
          break;
        case 'j':
        case 'y': g_string_append_c (out, 'i'); break;
        default: g_string_append_c (out, *p); break;
        }
      p++;
    }
}

/* Collapse doubled letters, and ie/io → e (ye, yo, ë spellings). */
static void
collapse (GString *s)
{
  gsize w = 0;

  for (gsize r = 0; r < s->len; r++)
    {
      char c = s->str[r];

      if (c == 'e' && w > 0 && s->str[w - 1] == 'i')
        {
          s->str[w - 1] = 'e';
          continue;
        }
      if (c == 'o' && w > 0 && s->str[w - 1] == 'i' &&
          (r + 1 < s->len && s->str[r + 1] != ' '))
        {
          /* yo/io inside a word (Fyodor, Potyomkin) → e; final -io stays. */
          s->str[w - 1] = 'e';
          continue;
        }
      if (w > 0 && s->str[w - 1] == c && c != ' ')
        continue;
      s->str[w++] = c;
    }
  g_string_truncate (s, w);
}

char *
plx_translit_skeleton (const char *text)
{
  g_autofree char *latin = NULL;
  g_autofree char *ascii = NULL;
  g_autoptr(GString) clean = NULL;
  GString *folded;

  g_autofree char *valid = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  /* ё is folded to е before transliterating so Горбачёв = Горбачев. */
  if (plx_translit_has_cyrillic (text))
    {
      g_autoptr(GString) tmp = g_string_new (text);

      g_string_replace (tmp, "ё", "е", 0);
      g_string_replace (tmp, "Ё", "Е", 0);
      latin = plx_translit_to_latin (tmp->str, PLX_TRANSLIT_BGN);
    }
  else
    latin = g_strdup (text);

  if (!g_utf8_validate (latin, -1, NULL))
    {
      char *valid = g_utf8_make_valid (latin, -1);

      g_free (latin);
      latin = valid;
    }
  ascii = g_str_to_ascii (latin, "C");

  clean = g_string_sized_new (strlen (ascii));
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (clean, g_ascii_tolower (*p));
      else if (g_ascii_isspace (*p) || *p == '-')
        {
          if (clean->len > 0 && clean->str[clean->len - 1] != ' ')
            g_string_append_c (clean, ' ');
        }
      /* apostrophes, dots and the rest vanish */
    }
  while (clean->len > 0 && clean->str[clean->len - 1] == ' ')
    g_string_truncate (clean, clean->len - 1);

  folded = g_string_sized_new (clean->len + 8);
  fold_variants (clean->str, folded);
  collapse (folded);
  collapse (folded);
  return g_string_free (folded, FALSE);
}

/* The consonants of @skeleton, doubled ones once. */
static char *
consonants (const char *skeleton)
{
  GString *out = g_string_sized_new (strlen (skeleton));

  for (const char *p = skeleton; *p != '\0'; p++)
    {
      if (strchr ("aeiou ", *p) != NULL)
        continue;
      if (out->len > 0 && out->str[out->len - 1] == *p)
        continue;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

char *
plx_translit_sound_key (const char  *word,
                        char       **silent)
{
  g_autofree char *skeleton = NULL;

  g_return_val_if_fail (word != NULL, NULL);

  if (silent != NULL)
    *silent = NULL;
  skeleton = plx_translit_skeleton (word);
  if (silent != NULL && !plx_translit_has_cyrillic (word))
    {
      g_autofree char *ascii = g_str_to_ascii (word, "C");
      const char *from = ascii;
      gsize n = strlen (ascii);

      /* Lacroix → Лакруа, Dupont → Дюпон, Henri → Анри keep their sound
       * but not their first h or their last letters */
      while (n > 2 && strchr ("xXsStTdDzZ", ascii[n - 1]) != NULL)
        n--;
      if ((*from == 'h' || *from == 'H') && n > 3)
        from++;
      if ((n < strlen (ascii) || from > ascii) && n > 2)
        {
          g_autofree char *stem = NULL;

          ascii[n] = '\0';
          stem = plx_translit_skeleton (from);
          *silent = consonants (stem);
        }
    }
  return consonants (skeleton);
}

gboolean
plx_translit_equal (const char *a,
                    const char *b)
{
  g_autofree char *ka = NULL;
  g_autofree char *kb = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  ka = plx_translit_skeleton (a);
  kb = plx_translit_skeleton (b);
  return g_str_equal (ka, kb);
}

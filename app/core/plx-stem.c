/* plx-stem.c — lower-casing and Snowball stemming of words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-stem"

#include "config.h"

#include <string.h>

#include <libstemmer.h>

#include "plx-stem.h"
#include "plx-wordhash-private.h"

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

/* Stems a word already folded by plx_stem_fold(); takes @folded. */
static char *
stem_folded (char *folded)
{
  struct sb_stemmer *stemmer;
  Stemmers *s;
  const sb_symbol *stem;
  gboolean cyrillic = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    if ((guchar) *p >= 0x80 && is_cyrillic (g_utf8_get_char (p)))
      {
        cyrillic = TRUE;
        break;
      }

  s = get_stemmers ();
  stemmer = cyrillic ? s->russian : s->english;
  if (stemmer == NULL || *folded == '\0')
    return folded;
  stem = sb_stemmer_stem (stemmer, (const sb_symbol *) folded, (int) strlen (folded));
  if (stem == NULL)
    return folded;
  g_free (folded);
  return g_strndup ((const char *) stem, (gsize) sb_stemmer_length (stemmer));
}

char *
plx_stem_word (const char *word)
{
  g_return_val_if_fail (word != NULL, NULL);

  if (!g_utf8_validate (word, -1, NULL))
    return g_strdup ("");
  return stem_folded (plx_stem_fold (word));
}

static void
token_clear (PlxStemToken *t)
{
  g_free (t->word);
  g_free (t->stem);
}

static void
form_clear (PlxStemForm *f)
{
  g_free (f->word);
  g_free (f->stem);
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  if ((c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451)
    return TRUE;   /* Cyrillic letters, without the tables */
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

/* Decodes the character at @p (ASCII without a call). */
static inline gunichar
get_char (const char *p,
          const char *end)
{
  guchar c = (guchar) *p;

  if (c < 0x80)
    return c;
  /* a well-formed two-byte sequence (Cyrillic, Latin accents) */
  if (c >= 0xC2 && c < 0xE0 && p + 1 < end && ((guchar) p[1] & 0xC0) == 0x80)
    return ((gunichar) (c & 0x1F) << 6) | ((guchar) p[1] & 0x3F);
  return g_utf8_get_char_validated (p, end - p);
}

/* ASCII letters and digits (g_ascii_isalnum()), for the loops of
 * next_word(); FALSE for every byte of a multi-byte character. The
 * percent sign belongs to its number: a rule's "20%" must not match
 * "20 minutes". */
static const gboolean ascii_word[256] = {
  ['%'] = TRUE,
  ['0' ... '9'] = TRUE,
  ['A' ... 'Z'] = TRUE,
  ['a' ... 'z'] = TRUE,
};

/* TRUE when the two bytes at @p (before @end) are a Russian letter, the
 * commonest word character after ASCII */
static inline gboolean
is_russian_letter (const char *p,
                   const char *end)
{
  guchar b0, b1;

  if (end - p < 2)
    return FALSE;
  b0 = (guchar) p[0];
  if (b0 != 0xD0 && b0 != 0xD1)
    return FALSE;
  b1 = (guchar) p[1];
  if (b0 == 0xD0)
    return (b1 >= 0x90 && b1 <= 0xBF) || b1 == 0x81;   /* А–п, Ё */
  return (b1 >= 0x80 && b1 <= 0x8F) || b1 == 0x91;     /* р–я, ё */
}

/* Finds the next word at or after *@p: returns FALSE at the end of the
 * text, else sets @word_start/@word_end (bytes) and @start/@end (code
 * points, counted in *@pos) and moves *@p past the word. ASCII and
 * Russian letters take a short way; is_word_char() decides the rest. */
G_ALWAYS_INLINE static inline gboolean
next_word (const char  **p_inout,
           const char   *end,
           guint        *pos_inout,
           const char  **word_start,
           const char  **word_end,
           guint        *start,
           guint        *stop)
{
  const char *p = *p_inout;
  guint pos = *pos_inout;

  while (p < end)
    {
      guchar b = (guchar) *p;
      gunichar c;

      if (b < 0x80)
        {
          if (!ascii_word[b])
            {
              p++;
              pos++;
              continue;
            }
        }
      else if (!is_russian_letter (p, end))
        {
          c = get_char (p, end);
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
        }

      *word_start = p;
      *start = pos;
      while (p < end)
        {
          const char *run = p;
          const char *next;
          gunichar n;

          /* a run of ASCII letters and digits, then one of Russian
           * letters; the other characters one by one */
          while (p < end && ascii_word[(guchar) *p])
            p++;
          pos += p - run;
          while (is_russian_letter (p, end))
            {
              p += 2;
              pos++;
            }
          if (p != run)
            continue;
          c = get_char (p, end);
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
              && (n = get_char (next, end)) != (gunichar) -1
              && n != (gunichar) -2 && g_unichar_isalpha (n))
            {
              p = next;
              pos++;
              continue;
            }
          break;
        }
      *word_end = p;
      *stop = pos;
      *p_inout = p;
      *pos_inout = pos;
      return TRUE;
    }
  *p_inout = p;
  *pos_inout = pos;
  return FALSE;
}

GArray *
plx_stem_tokenize (const char *text,
                   gssize      len,
                   guint       offset)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (PlxStemToken));
  const char *end, *p, *ws, *we;
  guint pos = offset;
  PlxStemToken t;

  g_array_set_clear_func (tokens, (GDestroyNotify) token_clear);
  g_return_val_if_fail (text != NULL, tokens);

  end = len < 0 ? text + strlen (text) : text + len;
  p = text;
  while (next_word (&p, end, &pos, &ws, &we, &t.start, &t.end))
    {
      g_autofree char *w = g_strndup (ws, we - ws);

      t.word = plx_stem_fold (w);
      t.stem = stem_folded (g_strdup (t.word));
      g_array_append_val (tokens, t);
    }
  return tokens;
}

/* Word forms as written → form number: open addressing over hashes of
 * the bytes, which stay in the text. */
typedef struct
{
  const char *str;
  guint32     len;
  guint32     hash;
  guint       form;
} FormSlot;

typedef struct
{
  FormSlot *slots;
  gsize     mask;
  gsize     used;
} FormTable;

/* A multiplicative hash of the bytes, read eight at a time (the last
 * read overlapping the one before), as words are short */
static guint32
bytes_hash (const char *str,
            gsize       len)
{
  const guint64 k = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  guint64 h = (len + 1) * k;
  gsize i;

  if (len < 8)
    {
      guint64 tail;

      if (len >= 4)
        tail = plx_load_le (str, 4) | plx_load_le (str + len - 4, 4) << 32;
      else if (len > 0)
        tail = (guchar) str[0] | (guint64) (guchar) str[len / 2] << 8 | (guint64) (guchar) str[len - 1] << 16;
      else
        tail = 0;
      h = (h ^ tail) * k;
      return (guint32) (h >> 32);
    }
  for (i = 0; i + 8 < len; i += 8)
    h = (h ^ plx_load_le (str + i, 8)) * k;
  h = (h ^ plx_load_le (str + len - 8, 8)) * k;
  return (guint32) (h >> 32);
}

static void
form_table_grow (FormTable *table)
{
  gsize n = (table->mask + 1) * 2;
  FormSlot *slots = g_new0 (FormSlot, n);

  for (gsize i = 0; i <= table->mask; i++)
    {
      FormSlot *old = &table->slots[i];
      gsize k;

      if (old->str == NULL)
        continue;
      for (k = old->hash & (n - 1); slots[k].str != NULL; k = (k + 1) & (n - 1))
        ;
      slots[k] = *old;
    }
  g_free (table->slots);
  table->slots = slots;
  table->mask = n - 1;
}

/* The slot of @str: either its entry or the empty one to fill. */
static FormSlot *
form_table_find (FormTable  *table,
                 const char *str,
                 guint32     len,
                 guint32     hash)
{
  gsize k;

  for (k = hash & table->mask; table->slots[k].str != NULL; k = (k + 1) & table->mask)
    {
      FormSlot *slot = &table->slots[k];

      if (slot->hash == hash && slot->len == len && memcmp (slot->str, str, len) == 0)
        break;
    }
  return &table->slots[k];
}

GArray *
plx_stem_tokenize_forms (const char  *text,
                         gssize       len,
                         guint        offset,
                         GArray     **forms)
{
  GArray *words;
  FormTable table = { NULL, 255, 0 };
  const char *end, *p, *ws, *we;
  guint pos = offset;
  PlxStemWord *out;
  gsize n_words = 0, cap;
  PlxStemWord w;

  g_return_val_if_fail (forms != NULL, NULL);
  *forms = g_array_new (FALSE, TRUE, sizeof (PlxStemForm));
  g_array_set_clear_func (*forms, (GDestroyNotify) form_clear);
  g_return_val_if_fail (text != NULL, g_array_new (FALSE, FALSE, sizeof (PlxStemWord)));

  end = len < 0 ? text + strlen (text) : text + len;
  /* words are written in place, the array grown by doubling */
  cap = MIN ((gsize) (end - text) / 6 + 16, G_MAXUINT / 2);
  words = g_array_sized_new (FALSE, FALSE, sizeof (PlxStemWord), (guint) cap);
  g_array_set_size (words, (guint) cap);
  out = (PlxStemWord *) (void *) words->data;
  table.slots = g_new0 (FormSlot, table.mask + 1);
  p = text;
  while (next_word (&p, end, &pos, &ws, &we, &w.start, &w.end))
    {
      guint32 wl = (guint32) MIN ((gsize) (we - ws), G_MAXUINT32);
      guint32 hash = bytes_hash (ws, wl);
      FormSlot *slot = form_table_find (&table, ws, wl, hash);

      if (slot->str == NULL)
        {
          g_autofree char *raw = g_strndup (ws, wl);
          PlxStemForm f;

          f.word = plx_stem_fold (raw);
          f.stem = stem_folded (g_strdup (f.word));
          slot->str = ws;
          slot->len = wl;
          slot->hash = hash;
          slot->form = (*forms)->len;
          g_array_append_val (*forms, f);
          w.form = slot->form;
          if (++table.used * 2 > table.mask)
            form_table_grow (&table);
        }
      else
        w.form = slot->form;
      if (n_words == cap)
        {
          cap = cap * 2 + 16;
          g_array_set_size (words, (guint) cap);
          out = (PlxStemWord *) (void *) words->data;
        }
      out[n_words++] = w;
    }
  g_array_set_size (words, (guint) n_words);
  g_free (table.slots);
  return words;
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

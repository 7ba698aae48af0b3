/* test-tokenize.c — the tokenizer's machinery: reused arrays, word-class
 * caches
 *
 * The tokenizer keeps the arrays of the tokens a thread freed last for its
 * next text, and remembers word classes in a per-thread cache of a fixed
 * size; neither may change what a text tokenizes to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-tokenize"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "plx-lexicon.h"
#include "plx-tokenize.h"

static PlxLexicon *
lexicon (const char *language)
{
  g_autoptr(GError) error = NULL;
  PlxLexicon *lex = plx_lexicon_get (language, &error);

  g_assert_no_error (error);
  g_assert_nonnull (lex);
  return lex;
}

/* invented copy of @n paragraphs, mixing English and Russian words, some
 * of them made up (so that there are many distinct word forms) */
static char *
make_text (guint  n,
           guint  seed)
{
  static const char *words[] = {
    "Minister", "said", "the", "talks", "Mr.", "U.S.", "would", "resume", "in", "Vienna",
    "министр", "заявил", "переговоры", "Женеве", "т.е.", "«Мы", "ждали»", "—", "3.5", "2010",
    "O'Brien", "well-known", "DELEGATION", "Ёлкин", "сказала", "“Nobody”", "(AFP)", "...", "?!", "'quote'",
  };
  GRand *r = g_rand_new_with_seed (seed);
  GString *s = g_string_new (NULL);

  for (guint p = 0; p < n; p++)
    {
      guint len = g_rand_int_range (r, 3, 40);

      for (guint w = 0; w < len; w++)
        {
          if (g_rand_int_range (r, 0, 4) == 0)
            {
              /* a made-up word, Latin or Cyrillic, of 1 to 30 letters */
              gboolean cyr = g_rand_boolean (r);
              guint l = g_rand_int_range (r, 1, 31);

              for (guint k = 0; k < l; k++)
                {
                  if (cyr)
                    g_string_append_unichar (s, 0x0410 + g_rand_int_range (r, 0, 64));
                  else
                    g_string_append_c (s, (char) ((k == 0 ? 'A' : 'a') + g_rand_int_range (r, 0, 26)));
                }
            }
          else
            g_string_append (s, words[g_rand_int_range (r, 0, G_N_ELEMENTS (words))]);
          g_string_append_c (s, w + 1 < len ? ' ' : '.');
        }
      g_string_append (s, "\n\n");
    }
  g_rand_free (r);
  return g_string_free (s, FALSE);
}

static gboolean
same_tokens (PlxTokens *a,
             PlxTokens *b)
{
  if (a->tokens->len != b->tokens->len || a->paragraphs->len != b->paragraphs->len
      || a->n_chars != b->n_chars || a->n_tokens != a->tokens->len)
    return FALSE;
  if (memcmp (a->tokens->data, b->tokens->data, a->tokens->len * sizeof (PlxToken)) != 0)
    return FALSE;
  if (memcmp (a->classes, b->classes, (a->tokens->len + 1) * sizeof (guint64)) != 0)
    return FALSE;
  return memcmp (a->paragraphs->data, b->paragraphs->data, a->paragraphs->len * sizeof (PlxRange)) == 0;
}

/* A text tokenizes the same however large the arrays of the text before
 * it were: small after large, large after small, and beyond what a
 * thread keeps. */
static void
test_reused_arrays (void)
{
  PlxLexicon *lex = lexicon ("en");
  g_autofree char *small = make_text (3, 1);
  g_autofree char *medium = make_text (200, 2);
  g_autofree char *large = make_text (6000, 3);
  g_autoptr(PlxTokens) first_small = plx_tokens_new (small, strlen (small), lex);
  g_autoptr(PlxTokens) first_medium = plx_tokens_new (medium, strlen (medium), lex);
  const char *order[] = { medium, small, large, small, medium, large, medium };

  g_assert_cmpuint (first_medium->tokens->len, >, first_small->tokens->len);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(PlxTokens) t = plx_tokens_new (order[i], strlen (order[i]), lex);

      if (order[i] == small)
        g_assert_true (same_tokens (t, first_small));
      else if (order[i] == medium)
        g_assert_true (same_tokens (t, first_medium));
      else
        g_assert_cmpuint (t->tokens->len, >, 65536);
      /* every token reachable through the shortcuts of the header */
      g_assert_cmpuint (t->n_tokens, ==, t->tokens->len);
      if (t->n_tokens > 0)
        g_assert_true (plx_tokens_get (t, t->n_tokens - 1)
                       == &g_array_index (t->tokens, PlxToken, t->tokens->len - 1));
    }
  /* an empty text after all that */
  {
    g_autoptr(PlxTokens) t = plx_tokens_new ("", 0, lex);

    g_assert_cmpuint (t->tokens->len, ==, 0);
    g_assert_cmpuint (t->n_tokens, ==, 0);
    g_assert_false (plx_tokens_is_word (t, 0));
  }
}

/* With far more word forms than the per-thread caches hold, every word
 * still carries exactly the classes the lexicon gives it, the second time
 * round as the first. */
static void
test_class_cache (void)
{
  const char *languages[] = { "en", "ru" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      PlxLexicon *lex = lexicon (languages[l]);
      g_autofree char *text = make_text (8000, 10 + l);

      for (guint round = 0; round < 2; round++)
        {
          g_autoptr(PlxTokens) t = plx_tokens_new (text, strlen (text), lex);
          guint n_words = 0;

          for (guint i = 0; i < t->n_tokens; i++)
            {
              PlxToken *tok = plx_tokens_get (t, i);

              if (tok->kind != PLX_TOK_WORD)
                {
                  g_assert_cmpuint (t->classes[i], ==, 0);
                  continue;
                }
              n_words++;
              g_assert_cmpuint (t->classes[i], ==, plx_lexicon_classify (lex, text + tok->start, tok->len));
            }
          g_assert_cmpuint (n_words, >, 50000);
        }
    }
}

/* all words of one to four letters, Cyrillic and Latin mixed (one to
 * eight bytes: many share all but one byte) */
static GPtrArray *
short_words (void)
{
  static const char *const letters[] = { "а", "б", "я", "a", "b" };
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint n = 1, total = 5; n <= 4; n++, total *= 5)
    for (guint w = 0; w < total; w++)
      {
        GString *s = g_string_new (NULL);

        for (guint k = 0, v = w; k < n; k++, v /= 5)
          g_string_append (s, letters[v % 5]);
        g_ptr_array_add (words, g_string_free (s, FALSE));
      }
  return words;
}

/* the keys of @data's words, computed backwards in a thread of its own
 * (caches are per thread: none of them filled yet) */
static gpointer
keys_in_new_thread (gpointer data)
{
  GPtrArray *words = data;
  PlxLexicon *lex = lexicon ("ru");
  char **keys = g_new0 (char *, words->len + 1);

  for (guint w = words->len; w-- > 0;)
    {
      const char *word = g_ptr_array_index (words, w);
      char buf[256];

      g_assert_true (plx_lexicon_key (lex, word, strlen (word), buf, sizeof buf));
      keys[w] = g_strdup (buf);
    }
  return keys;
}

/* The word caches tell apart words that share all but one byte: after
 * plx_lexicon_classify() has cached every word, plx_lexicon_key() gives
 * each the key it gets in a thread whose caches were empty. */
static void
test_short_word_keys (void)
{
  g_autoptr(GPtrArray) words = short_words ();
  PlxLexicon *lex = lexicon ("ru");
  g_auto(GStrv) expected = g_thread_join (g_thread_new ("keys", keys_in_new_thread, words));

  g_assert_cmpuint (words->len, ==, 5 + 25 + 125 + 625);
  for (guint w = 0; w < words->len; w++)
    {
      const char *word = g_ptr_array_index (words, w);

      plx_lexicon_classify (lex, word, strlen (word));
    }
  for (guint round = 0; round < 2; round++)
    for (guint w = 0; w < words->len; w++)
      {
        const char *word = g_ptr_array_index (words, w);
        char buf[256];

        g_assert_true (plx_lexicon_key (lex, word, strlen (word), buf, sizeof buf));
        g_assert_cmpstr (buf, ==, expected[w]);
      }
}

/* whether the @len bytes at @s are ASCII letters and letters of the
 * Russian alphabet (А–я, Ё, ё) only */
static gboolean
letters_only (const char *s,
              gsize       len)
{
  for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!(c < 0x80 ? g_ascii_isalpha (c) : (c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451))
        return FALSE;
    }
  return TRUE;
}

/* PLX_TF_LETTERS marks a word of letters only (the people finder skips
 * its tests for hyphens, digits and apostrophes there): never a word
 * with anything else in it, and the plain words of news copy. */
static void
test_letters_flag (void)
{
  const char *text = "Sen. Kristin O'Brien, D-Eau Claire, said G20 talks in Toronto-based "
                     "offices would go on; J. Smith's well-known view. «Мы ждали», — сказала "
                     "Ёлкина из Санкт-Петербурга в 2010 г. Café owner Zoë spoke.";
  /* (the flag may be missing on a word of letters the tokenizer scanned
   * the slow way, an initial or a word before a non-ASCII mark: "J.",
   * «ждали») */
  const char *plain[] = { "Kristin", "said", "talks", "«", "Мы", "сказала", "Ёлкина", "из", "spoke" };
  const char *other[] = { "O'Brien", "D-Eau", "G20", "Toronto-based", "Smith's", "well-known",
                          "Санкт-Петербурга", "2010", "Café", "Zoë", "," };
  PlxLexicon *lexicons[] = { lexicon ("en"), lexicon ("ru") };
  g_autofree char *random = make_text (300, 4);

  for (guint l = 0; l < G_N_ELEMENTS (lexicons); l++)
    {
      g_autoptr(PlxTokens) t = plx_tokens_new (text, strlen (text), lexicons[l]);
      g_autoptr(PlxTokens) r = plx_tokens_new (random, strlen (random), lexicons[l]);

      for (guint k = 0; k < G_N_ELEMENTS (plain) + G_N_ELEMENTS (other); k++)
        {
          const char *w = k < G_N_ELEMENTS (plain) ? plain[k] : other[k - G_N_ELEMENTS (plain)];
          gboolean found = FALSE;

          for (guint i = 0; i < t->n_tokens && !found; i++)
            if (plx_tokens_get (t, i)->len == strlen (w) && memcmp (plx_token_str (t, i), w, strlen (w)) == 0)
              {
                found = TRUE;
                if (k < G_N_ELEMENTS (plain) && plx_tokens_get (t, i)->kind == PLX_TOK_WORD)
                  g_assert_true (plx_tokens_get (t, i)->flags & PLX_TF_LETTERS);
                else
                  g_assert_false (plx_tokens_get (t, i)->flags & PLX_TF_LETTERS);
              }
          g_assert_true (found);
        }
      /* (and whatever the word, the flag tells the truth) */
      for (guint i = 0; i < r->n_tokens; i++)
        {
          PlxToken *tok = plx_tokens_get (r, i);

          if (tok->flags & PLX_TF_LETTERS)
            g_assert_true (tok->kind == PLX_TOK_WORD
                           && letters_only (plx_token_str (r, i), tok->len - ((tok->flags & PLX_TF_ABBREV) ? 1 : 0)));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plx/tokenize/reused-arrays", test_reused_arrays);
  g_test_add_func ("/plx/tokenize/class-cache", test_class_cache);
  g_test_add_func ("/plx/tokenize/short-word-keys", test_short_word_keys);
  g_test_add_func ("/plx/tokenize/letters-flag", test_letters_flag);

  return g_test_run ();
}

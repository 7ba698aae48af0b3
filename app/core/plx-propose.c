/* plx-propose.c — proposing claim categories from recurring terms and names
 *
 * Every article is split into stemmed words (plx-stem). Candidates are
 *   - terms: single stems and pairs of adjacent stems, stop-words left out;
 *   - named subjects: runs of capitalized words that are capitalized in the
 *     middle of a sentence somewhere in the set, grouped by the skeleton of
 *     their last word (plx-translit), so "Lindgren", "Линдгрен" and
 *     "Линдгрена" are one subject.
 * A candidate needs at least two articles. Its score is the number of
 * articles that carry it times (1 + ln of its total count), weighted up for
 * names and two-word phrases: terms that recur across the coverage rank
 * above terms that are merely frequent in one article. A phrase whose words
 * are already covered by a better candidate is not proposed again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-propose"

#include "config.h"

#include <math.h>
#include <string.h>

#include "plx-data.h"
#include "plx-propose.h"
#include "plx-stem.h"
#include "plx-translit.h"

#define NAME_WEIGHT    1.5
#define BIGRAM_WEIGHT  1.3
#define MIN_TERM_CHARS 3
#define NAME_BUCKET_SCAN 32

/* ---- stop-words --------------------------------------------------- */

typedef struct
{
  GHashTable *words;  /* folded forms */
  GHashTable *stems;
} StopWords;

static void
load_stopwords_file (StopWords  *sw,
                     const char *relative)
{
  g_autofree char *path = plx_data_find_file (relative);
  json_error_t jerr;
  json_t *root, *list, *item;
  size_t i;

  if (path == NULL)
    {
      g_debug ("%s not found; proposing without its stop-words", relative);
      return;
    }
  root = json_load_file (path, 0, &jerr);
  if (root == NULL)
    {
      g_debug ("%s: %s", path, jerr.text);
      return;
    }
  list = json_object_get (root, "stopwords");
  json_array_foreach (list, i, item)
    {
      const char *w = json_string_value (item);

      if (w == NULL || !g_utf8_validate (w, -1, NULL))
        continue;
      g_hash_table_add (sw->words, plx_stem_fold (w));
      g_hash_table_add (sw->stems, plx_stem_word (w));
    }
  json_decref (root);
}

static gpointer
load_stopwords (gpointer data)
{
  StopWords *sw = g_new0 (StopWords, 1);

  sw->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sw->stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  load_stopwords_file (sw, "lexicons/stopwords-en.json");
  load_stopwords_file (sw, "lexicons/stopwords-ru.json");
  return sw;
}

static StopWords *
get_stopwords (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_stopwords, NULL);
}

static gboolean
is_stop (StopWords          *sw,
         const PlxStemToken *t)
{
  return g_hash_table_contains (sw->words, t->word) || g_hash_table_contains (sw->stems, t->stem);
}

/* ---- candidates --------------------------------------------------- */

typedef enum { CAND_TERM, CAND_BIGRAM, CAND_NAME } CandKind;

typedef struct
{
  CandKind    kind;
  char       *key;
  char       *stem1;      /* terms: the stems, to find what a phrase covers */
  char       *stem2;
  guint       df;
  guint       tf;
  guint       last_doc;   /* 1-based index of the last article counted */
  GHashTable *surfaces;   /* written form → count */
  GHashTable *latin;      /* names: last word forms by script → count */
  GHashTable *cyrillic;
  gboolean    alone;      /* names: the last word was seen on its own */
  double      score;
} Cand;

static void
cand_free (Cand *c)
{
  g_free (c->key);
  g_free (c->stem1);
  g_free (c->stem2);
  g_hash_table_unref (c->surfaces);
  g_clear_pointer (&c->latin, g_hash_table_unref);
  g_clear_pointer (&c->cyrillic, g_hash_table_unref);
  g_free (c);
}

typedef struct
{
  GHashTable *cands;        /* key → Cand* (owned) */
  GHashTable *name_index;   /* 4-letter prefix of a skeleton → GPtrArray of Cand* */
  guint       doc;          /* current article, 1-based */
} Pool;

static void
count_surface (GHashTable *table,
               const char *surface)
{
  gpointer old;

  if (g_hash_table_lookup_extended (table, surface, NULL, &old))
    g_hash_table_insert (table, g_strdup (surface), GUINT_TO_POINTER (GPOINTER_TO_UINT (old) + 1));
  else
    g_hash_table_insert (table, g_strdup (surface), GUINT_TO_POINTER (1));
}

static Cand *
cand_get (Pool       *pool,
          CandKind    kind,
          const char *key)
{
  Cand *c = g_hash_table_lookup (pool->cands, key);

  if (c == NULL)
    {
      c = g_new0 (Cand, 1);
      c->kind = kind;
      c->key = g_strdup (key);
      c->surfaces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      if (kind == CAND_NAME)
        {
          c->latin = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          c->cyrillic = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        }
      g_hash_table_insert (pool->cands, c->key, c);
    }
  return c;
}

static void
cand_count (Pool       *pool,
            Cand       *c,
            const char *surface)
{
  c->tf++;
  if (c->last_doc != pool->doc)
    {
      c->last_doc = pool->doc;
      c->df++;
    }
  count_surface (c->surfaces, surface);
}

/* Names: the skeleton of the last word, merged with an existing subject
 * whose skeleton differs only by a short ending (Russian cases). */
static Cand *
name_cand (Pool       *pool,
           const char *last_word)
{
  g_autofree char *skel = plx_translit_skeleton (last_word);
  g_autofree char *prefix = NULL;
  g_autofree char *key = NULL;
  GPtrArray *bucket;
  gsize n = strlen (skel);
  Cand *c;

  if (n < 2)
    return NULL;
  key = g_strconcat ("n:", skel, NULL);
  c = g_hash_table_lookup (pool->cands, key);
  if (c != NULL)
    return c;
  prefix = g_strndup (skel, MIN (n, 4));
  bucket = g_hash_table_lookup (pool->name_index, prefix);
  /* near matches among the first few subjects with this prefix only, so
   * thousands of similar names cannot make this quadratic */
  for (guint i = 0; bucket != NULL && i < MIN (bucket->len, NAME_BUCKET_SCAN); i++)
    {
      Cand *other = g_ptr_array_index (bucket, i);
      const char *ok = other->key + 2;  /* after "n:" */
      gsize m = strlen (ok);
      gsize shorter = MIN (n, m), longer = MAX (n, m);

      if (strncmp (ok, skel, shorter) == 0 && longer - shorter <= 2
          && (shorter >= 4 || n == m))
        return other;
    }
  c = cand_get (pool, CAND_NAME, key);
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (pool->name_index, g_strdup (prefix), bucket);
    }
  g_ptr_array_add (bucket, c);
  return c;
}

/* ---- per article ---------------------------------------------------- */

static gboolean
is_terminator (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == '\n' || c == ':' || c == ';';
}

/* Whether the token starting at @cp begins a sentence: only spaces, quote
 * marks, dashes and brackets stand between it and a terminator (or the
 * start of the text). */
static gboolean
sentence_initial (const gunichar *chars,
                  guint           cp)
{
  while (cp > 0)
    {
      gunichar c = chars[cp - 1];

      if (is_terminator (c))
        return TRUE;
      if (g_unichar_isalnum (c) || c == ',')
        return FALSE;
      cp--;
    }
  return TRUE;
}

/* Whether only spaces (and hyphens) separate two tokens. */
static gboolean
adjacent (const gunichar *chars,
          guint           end,
          guint           start)
{
  for (guint i = end; i < start; i++)
    if (chars[i] != ' ' && chars[i] != '-')
      return FALSE;
  return TRUE;
}

/* Whether only spaces separate two tokens (names: "Oskar Lindgren", but
 * not "Norwegian-Russian"). */
static gboolean
spaces_only (const gunichar *chars,
             guint           end,
             guint           start)
{
  for (guint i = end; i < start; i++)
    if (chars[i] != ' ')
      return FALSE;
  return TRUE;
}

typedef struct
{
  GArray   *tokens;
  gunichar *chars;
  glong     n_chars;
  gboolean *cap;      /* per token: starts with an upper-case letter */
  gboolean *initial;  /* per token: sentence-initial */
} Doc;

static void
doc_clear (Doc *d)
{
  g_clear_pointer (&d->tokens, g_array_unref);
  g_free (d->chars);
  g_free (d->cap);
  g_free (d->initial);
}

static void
doc_init (Doc        *d,
          const char *text)
{
  d->chars = g_utf8_to_ucs4_fast (text, -1, &d->n_chars);
  d->tokens = plx_stem_tokenize (text, -1, 0);
  d->cap = g_new0 (gboolean, d->tokens->len + 1);
  d->initial = g_new0 (gboolean, d->tokens->len + 1);
  for (guint i = 0; i < d->tokens->len; i++)
    {
      PlxStemToken *t = &g_array_index (d->tokens, PlxStemToken, i);

      d->cap[i] = t->start < (guint) d->n_chars && g_unichar_isupper (d->chars[t->start]);
      d->initial[i] = sentence_initial (d->chars, t->start);
    }
}

static char *
token_text (Doc  *d,
            guint i)
{
  PlxStemToken *t = &g_array_index (d->tokens, PlxStemToken, i);

  return g_ucs4_to_utf8 (d->chars + t->start, t->end - t->start, NULL, NULL, NULL);
}

static gboolean
is_name_token (Doc        *d,
               guint       i,
               StopWords  *sw,
               GHashTable *mid_caps)
{
  PlxStemToken *t = &g_array_index (d->tokens, PlxStemToken, i);

  if (!d->cap[i] || is_stop (sw, t) || g_utf8_strlen (t->word, -1) < 2)
    return FALSE;
  return !d->initial[i] || g_hash_table_contains (mid_caps, t->word);
}

static gboolean
has_letter (const char *s)
{
  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static void
collect (Pool       *pool,
         Doc        *d,
         StopWords  *sw,
         GHashTable *mid_caps)
{
  g_autofree gboolean *in_name = g_new0 (gboolean, d->tokens->len + 1);
  guint n = d->tokens->len;

  /* named subjects: runs of name tokens */
  for (guint i = 0; i < n;)
    {
      guint j = i;
      g_autoptr(GString) run = NULL;
      g_autofree char *last = NULL;
      guint first_kept;
      Cand *c;

      if (!is_name_token (d, i, sw, mid_caps))
        {
          i++;
          continue;
        }
      while (j + 1 < n && is_name_token (d, j + 1, sw, mid_caps)
             && spaces_only (d->chars, g_array_index (d->tokens, PlxStemToken, j).end,
                             g_array_index (d->tokens, PlxStemToken, j + 1).start))
        j++;
      for (guint k = i; k <= j; k++)
        in_name[k] = TRUE;

      last = token_text (d, j);
      c = name_cand (pool, last);
      if (c != NULL)
        {
          /* label: the last two words of the run ("Energy Minister Oskar
           * Lindgren" → "Oskar Lindgren") */
          run = g_string_new (NULL);
          first_kept = j > i ? j - 1 : i;
          for (guint k = first_kept; k <= j; k++)
            {
              g_autofree char *w = token_text (d, k);

              if (run->len > 0)
                g_string_append_c (run, ' ');
              g_string_append (run, w);
            }
          cand_count (pool, c, run->str);
          if (i == j)
            c->alone = TRUE;
          count_surface (plx_translit_has_cyrillic (last) ? c->cyrillic : c->latin, last);
        }
      i = j + 1;
    }

  /* terms and two-word phrases */
  for (guint i = 0; i < n; i++)
    {
      PlxStemToken *t = &g_array_index (d->tokens, PlxStemToken, i);
      PlxStemToken *u;
      g_autofree char *key = NULL;
      Cand *c;

      if (in_name[i] || is_stop (sw, t) || g_utf8_strlen (t->word, -1) < MIN_TERM_CHARS
          || !has_letter (t->word))
        continue;
      key = g_strconcat ("t:", t->stem, NULL);
      c = cand_get (pool, CAND_TERM, key);
      if (c->stem1 == NULL)
        c->stem1 = g_strdup (t->stem);
      cand_count (pool, c, t->word);

      if (i + 1 >= n || in_name[i + 1])
        continue;
      u = &g_array_index (d->tokens, PlxStemToken, i + 1);
      if (is_stop (sw, u) || g_utf8_strlen (u->word, -1) < MIN_TERM_CHARS || !has_letter (u->word)
          || !adjacent (d->chars, t->end, u->start))
        continue;
      {
        g_autofree char *bkey = g_strconcat ("b:", t->stem, " ", u->stem, NULL);
        g_autofree char *surface = g_strconcat (t->word, " ", u->word, NULL);
        Cand *b = cand_get (pool, CAND_BIGRAM, bkey);

        if (b->stem1 == NULL)
          {
            b->stem1 = g_strdup (t->stem);
            b->stem2 = g_strdup (u->stem);
          }
        cand_count (pool, b, surface);
      }
    }
}

/* ---- ranking -------------------------------------------------------- */

static const char *
most_frequent (GHashTable *table)
{
  GHashTableIter iter;
  gpointer key, value;
  const char *best = NULL;
  guint best_n = 0;

  if (table == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint n = GPOINTER_TO_UINT (value);

      /* ties: the longer form (a full name), then the smaller string, so
       * the result does not depend on hash order */
      if (best == NULL || n > best_n
          || (n == best_n && (strlen (key) > strlen (best)
                              || (strlen (key) == strlen (best) && strcmp (key, best) < 0))))
        {
          best = key;
          best_n = n;
        }
    }
  return best;
}

static int
cand_compare (gconstpointer a,
              gconstpointer b)
{
  const Cand *ca = *(Cand * const *) a;
  const Cand *cb = *(Cand * const *) b;

  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;
  return strcmp (ca->key, cb->key);
}

void
plx_proposed_category_free (PlxProposedCategory *category)
{
  if (category == NULL)
    return;
  g_free (category->label);
  g_strfreev (category->patterns);
  g_free (category);
}

static PlxProposedCategory *
proposal_from (Cand *c)
{
  PlxProposedCategory *p = g_new0 (PlxProposedCategory, 1);
  GPtrArray *patterns = g_ptr_array_new ();

  p->support = c->df;
  p->score = c->score;
  p->is_name = c->kind == CAND_NAME;
  if (c->kind == CAND_NAME)
    {
      const char *full = most_frequent (c->surfaces);
      const char *latin = most_frequent (c->latin);
      const char *cyr = most_frequent (c->cyrillic);

      GHashTableIter iter;
      gpointer key;
      guint best = 0;

      /* the label: the longest Latin form when the name has one */
      p->label = g_strdup (full);
      g_hash_table_iter_init (&iter, c->surfaces);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          /* mixed case ("Tromsø") before capitals ("TROMSØ"), then length */
          g_autofree char *upper = g_utf8_strup (key, -1);
          guint rank = (guint) strlen (key) + (g_str_equal (upper, key) ? 0 : 1000);

          if (!plx_translit_has_cyrillic (key)
              && (rank > best || (rank == best && strcmp (key, p->label) < 0)))
            {
              best = rank;
              g_free (p->label);
              p->label = g_strdup (key);
            }
        }
      /* the patterns: the last word in each script ("Lindgren",
       * "Линдгрен") when the texts use it on its own, else the whole name
       * ("Barents Sea", not "Sea") */
      if (c->alone)
        {
          if (latin != NULL)
            g_ptr_array_add (patterns, g_strdup (latin));
          if (cyr != NULL)
            g_ptr_array_add (patterns, g_strdup (cyr));
        }
      if (patterns->len == 0)
        g_ptr_array_add (patterns, g_strdup (p->label));
    }
  else
    {
      p->label = g_strdup (most_frequent (c->surfaces));
      g_ptr_array_add (patterns, g_strdup (p->label));
    }
  g_ptr_array_add (patterns, NULL);
  p->patterns = (char **) g_ptr_array_free (patterns, FALSE);
  return p;
}

GPtrArray *
plx_propose_categories (const char * const *texts,
                        const char * const *languages,
                        guint               n,
                        guint               max)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_proposed_category_free);
  g_autoptr(GHashTable) mid_caps = NULL;
  g_autoptr(GHashTable) covered = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  StopWords *sw;
  Doc *docs;
  Pool pool;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (texts != NULL || n == 0, result);

  if (n < 2 || max == 0)
    return result;

  sw = get_stopwords ();
  docs = g_new0 (Doc, n);
  mid_caps = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < n; k++)
    {
      const char *text = texts[k] != NULL && g_utf8_validate (texts[k], -1, NULL) ? texts[k] : "";

      doc_init (&docs[k], text);
      for (guint i = 0; i < docs[k].tokens->len; i++)
        {
          PlxStemToken *t = &g_array_index (docs[k].tokens, PlxStemToken, i);

          if (docs[k].cap[i] && !docs[k].initial[i])
            g_hash_table_add (mid_caps, t->word);  /* owned by the token */
        }
    }

  pool.cands = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) cand_free);
  pool.name_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  for (guint k = 0; k < n; k++)
    {
      pool.doc = k + 1;
      collect (&pool, &docs[k], sw, mid_caps);
    }

  ranked = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, pool.cands);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Cand *c = value;
      double weight = c->kind == CAND_NAME ? NAME_WEIGHT
                      : c->kind == CAND_BIGRAM ? BIGRAM_WEIGHT : 1.0;

      if (c->df < 2)
        continue;
      c->score = c->df * (1.0 + log ((double) c->tf)) * weight;
      g_ptr_array_add (ranked, c);
    }
  g_ptr_array_sort (ranked, cand_compare);

  /* a phrase covers its words and a word covers the phrases made with it */
  covered = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < ranked->len && result->len < max; i++)
    {
      Cand *c = g_ptr_array_index (ranked, i);

      if (c->kind == CAND_TERM && g_hash_table_contains (covered, c->stem1))
        continue;
      if (c->kind == CAND_BIGRAM && (g_hash_table_contains (covered, c->stem1)
                                     || g_hash_table_contains (covered, c->stem2)))
        continue;
      if (c->stem1 != NULL)
        g_hash_table_add (covered, c->stem1);
      if (c->stem2 != NULL)
        g_hash_table_add (covered, c->stem2);
      g_ptr_array_add (result, proposal_from (c));
    }

  g_hash_table_unref (pool.cands);
  g_hash_table_unref (pool.name_index);
  g_hash_table_remove_all (mid_caps);
  for (guint k = 0; k < n; k++)
    doc_clear (&docs[k]);
  g_free (docs);
  return result;
}

json_t *
plx_proposed_categories_to_json (GPtrArray *proposals)
{
  json_t *categories = json_array ();

  g_return_val_if_fail (proposals != NULL, NULL);

  for (guint i = 0; i < proposals->len; i++)
    {
      PlxProposedCategory *p = g_ptr_array_index (proposals, i);
      json_t *patterns = json_array ();
      g_autofree char *id = g_strdup_printf ("proposed-%u", i + 1);
      g_autofree char *description = g_strdup_printf ("Recurs in %u articles", p->support);

      for (guint k = 0; p->patterns[k] != NULL; k++)
        json_array_append_new (patterns, json_string (p->patterns[k]));
      json_array_append_new (categories,
                             json_pack ("{s:s, s:s, s:s, s:o}", "id", id, "label", p->label,
                                        "description", description, "patterns", patterns));
    }
  return json_pack ("{s:s, s:i, s:s, s:o}", "format", "parallax-rulebook", "version", 1,
                    "title", "Proposed categories", "categories", categories);
}

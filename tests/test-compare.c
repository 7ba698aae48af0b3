/* test-compare.c — transliteration, word diff, speaker registry, alignment
 *
 * The analyses here are built by hand so the comparison is tested on its
 * own, whatever the analysis engine finds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "parallax.h"
#include "plx-analysis.h"
#include "plx-compare.h"
#include "plx-translit.h"
#include "plx-worddiff.h"

/* ------------------------------------------------------------------------ */
/* Hand-built analyses                                                      */

static void
test_speaker_free (gpointer data)
{
  PlxSpeaker *s = data;

  g_free (s->id);
  g_free (s->name);
  g_ptr_array_unref (s->aliases);
  g_ptr_array_unref (s->titles);
  g_array_unref (s->mentions);
  g_free (s);
}

static void
test_quote_free (gpointer data)
{
  PlxQuote *q = data;

  g_free (q->text);
  g_free (q->cue_text);
  g_free (q->cue_lemma);
  g_free (q);
}

static void
test_claim_free (gpointer data)
{
  PlxClaim *c = data;

  g_free (c->rule_id);
  g_free (c->label);
  g_free (c->color);
  g_free (c);
}

typedef struct
{
  PlxArticle  *article;
  PlxAnalysis *analysis;
} Doc;

static Doc
doc_new (const char *source,
         const char *language,
         const char *text)
{
  Doc doc;

  doc.article = plx_article_new ();
  plx_article_set_source (doc.article, source);
  plx_article_set_language (doc.article, language);
  plx_article_set_text (doc.article, text);

  doc.analysis = g_new0 (PlxAnalysis, 1);
  g_atomic_ref_count_init (&doc.analysis->ref_count);
  doc.analysis->language = g_strdup (language);
  doc.analysis->speakers = g_ptr_array_new_with_free_func (test_speaker_free);
  doc.analysis->quotes = g_ptr_array_new_with_free_func (test_quote_free);
  doc.analysis->scare_quotes = g_ptr_array_new ();
  doc.analysis->claims = g_ptr_array_new_with_free_func (test_claim_free);
  return doc;
}

static void
doc_clear (Doc *doc)
{
  g_clear_object (&doc->article);
  g_clear_pointer (&doc->analysis, plx_analysis_unref);
}

/* Adds a speaker; @titles is a "|"-separated list or NULL. */
static int
add_speaker (Doc        *doc,
             const char *name,
             const char *titles)
{
  PlxSpeaker *s = g_new0 (PlxSpeaker, 1);

  s->id = g_strdup_printf ("s%u", doc->analysis->speakers->len + 1);
  s->name = g_strdup (name);
  s->aliases = g_ptr_array_new_with_free_func (g_free);
  s->titles = g_ptr_array_new_with_free_func (g_free);
  s->mentions = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  if (titles != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (titles, "|", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        g_ptr_array_add (s->titles, g_strdup (parts[i]));
    }
  g_ptr_array_add (doc->analysis->speakers, s);
  return (int)doc->analysis->speakers->len - 1;
}

static guint
cp_offset (const char *text,
           const char *where)
{
  return (guint)g_utf8_pointer_to_offset (text, where);
}

/* Adds a quote for the first occurrence of @words in the article text. */
static int
add_quote (Doc          *doc,
           const char   *words,
           int           speaker,
           PlxQuoteKind  kind,
           const char   *cue_lemma)
{
  const char *text = plx_article_get_text (doc->article);
  const char *where = strstr (text, words);
  PlxQuote *q;

  g_assert_nonnull (where);
  q = g_new0 (PlxQuote, 1);
  q->start = cp_offset (text, where);
  q->end = q->start + (guint)g_utf8_strlen (words, -1);
  q->text = g_strdup (words);
  q->kind = kind;
  q->speaker = speaker;
  q->cue_text = g_strdup (cue_lemma);
  q->cue_lemma = g_strdup (cue_lemma);
  g_ptr_array_add (doc->analysis->quotes, q);
  return (int)doc->analysis->quotes->len - 1;
}

static void
add_claim (Doc        *doc,
           const char *rule,
           const char *words,
           int         speaker,
           int         quote)
{
  const char *text = plx_article_get_text (doc->article);
  const char *where = strstr (text, words);
  PlxClaim *c;

  g_assert_nonnull (where);
  c = g_new0 (PlxClaim, 1);
  c->rule_id = g_strdup (rule);
  c->label = g_strdup (rule);
  c->color = g_strdup ("#123456");
  c->start = cp_offset (text, where);
  c->end = c->start + (guint)g_utf8_strlen (words, -1);
  c->speaker = speaker;
  c->quote = quote;
  g_ptr_array_add (doc->analysis->claims, c);
}

/* Records every occurrence of @words in the text as a mention of @speaker. */
static void
add_mentions (Doc        *doc,
              int         speaker,
              const char *words)
{
  const char *text = plx_article_get_text (doc->article);
  PlxSpeaker *s = g_ptr_array_index (doc->analysis->speakers, speaker);

  for (const char *where = strstr (text, words); where != NULL; where = strstr (where + 1, words))
    {
      PlxSpan span;

      span.start = cp_offset (text, where);
      span.end = span.start + (guint)g_utf8_strlen (words, -1);
      g_array_append_val (s->mentions, span);
    }
}

static PlxComparison *
compare_docs (Doc                   *docs,
              guint                  n,
              const PlxCompareEdits *edits)
{
  g_autofree PlxArticle **articles = g_new0 (PlxArticle *, n);
  g_autofree PlxAnalysis **analyses = g_new0 (PlxAnalysis *, n);
  g_autoptr(GError) error = NULL;
  PlxComparison *comparison;

  for (guint i = 0; i < n; i++)
    {
      articles[i] = docs[i].article;
      analyses[i] = docs[i].analysis;
    }
  comparison = plx_compare (articles, analyses, n, edits, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

/* The cluster index holding quote @quote of article @article, or -1. */
static int
cluster_of (PlxComparison *comparison,
            guint          article,
            int            quote)
{
  for (guint c = 0; c < plx_comparison_get_n_clusters (comparison); c++)
    {
      const PlxRendering *r = plx_comparison_get_rendering (comparison, c, article);

      if (r != NULL && r->quote == quote)
        return (int)c;
    }
  return -1;
}

/* ------------------------------------------------------------------------ */
/* Transliteration                                                          */

static void
test_translit_schemes (void)
{
  static const struct { const char *cyr; PlxTranslitScheme scheme; const char *latin; } cases[] = {
    { "Сергей Лавров", PLX_TRANSLIT_BGN, "Sergey Lavrov" },
    { "Сергей Лавров", PLX_TRANSLIT_PASSPORT, "Sergei Lavrov" },
    { "Сергей Лавров", PLX_TRANSLIT_GOST, "Sergej Lavrov" },
    { "Евгений", PLX_TRANSLIT_BGN, "Yevgeniy" },
    { "Юлия", PLX_TRANSLIT_PASSPORT, "Iuliia" },
    { "Юлия", PLX_TRANSLIT_BGN, "Yuliya" },
    { "Хрущёв", PLX_TRANSLIT_BGN, "Khrushchyov" },
    { "Хрущёв", PLX_TRANSLIT_PASSPORT, "Khrushchev" },
    { "Цой", PLX_TRANSLIT_BGN, "Tsoy" },
    { "Жуков", PLX_TRANSLIT_GOST, "Zhukov" },
    { "МИД России", PLX_TRANSLIT_BGN, "MID Rossii" },
    { "Lavrov, 10 мая", PLX_TRANSLIT_BGN, "Lavrov, 10 maya" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *latin = plx_translit_to_latin (cases[i].cyr, cases[i].scheme);

      g_assert_cmpstr (latin, ==, cases[i].latin);
    }
}

static void
test_translit_skeleton (void)
{
  static const char * const same[][4] = {
    { "Сергей Лавров", "Sergei Lavrov", "Sergey Lavrov", "Serguei Lavrov" },
    { "Лавров", "Lavrov", "LAVROV", "Lavrow" },
    { "Юрий Ушаков", "Yuri Ushakov", "Iurii Ushakov", "Yuriy Ushakov" },
    { "Алексей Навальный", "Alexei Navalny", "Aleksey Navalnyy", "Aleksei Navalnyi" },
    { "Горбачёв", "Gorbachev", "Горбачев", "Gorbachyov" },
    { "Дмитрий Песков", "Dmitry Peskov", "Dmitrii Peskov", "Dmitriy Peskov" },
    { "Мария Захарова", "Maria Zakharova", "Mariya Zakharova", "Mariia Zakharova" },
    { "Евгений", "Yevgeny", "Evgeny", "Evgenii" },
    { "Виктор Кравец", "Viktor Kravets", "Victor Kravets", "Viktor Kravetz" },
    { "Теодор Томас", "Theodor Thomas", "Teodor Tomas", "Theodor Tomas" },
  };
  static const char * const different[][2] = {
    { "Lavrov", "Lavrova" },
    { "Sergei Lavrov", "Sergei Ivanov" },
    { "Песков", "Пескова" },
    { "Tillerson", "Tolson" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    for (guint k = 1; k < 4; k++)
      {
        if (!plx_translit_equal (same[i][0], same[i][k]))
          {
            g_autofree char *a = plx_translit_skeleton (same[i][0]);
            g_autofree char *b = plx_translit_skeleton (same[i][k]);

            g_test_message ("%s → %s, %s → %s", same[i][0], a, same[i][k], b);
            g_test_fail ();
          }
      }
  for (guint i = 0; i < G_N_ELEMENTS (different); i++)
    g_assert_false (plx_translit_equal (different[i][0], different[i][1]));

  g_assert_true (plx_translit_has_cyrillic ("Lavrov / Лавров"));
  g_assert_false (plx_translit_has_cyrillic ("Lavrov"));

  {
    g_autofree char *empty = plx_translit_skeleton ("");
    g_autofree char *punct = plx_translit_skeleton ("«—»!?");
    g_autofree char *bad = plx_translit_skeleton ("\xff\xfe Lav\xc3");

    g_assert_cmpstr (empty, ==, "");
    g_assert_cmpstr (punct, ==, "");
    g_assert_nonnull (bad);
  }
}

static void
test_translit_to_cyrillic (void)
{
  static const struct { const char *latin; const char *cyr; } cases[] = {
    { "Lavrov", "Лавров" },
    { "Sergey", "Сергей" },
    { "Khrushchev", "Хрущев" },
    { "Zhukov", "Жуков" },
    { "Tsoy", "Цой" },
    { "Yulia", "Юлиа" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cyr = plx_translit_to_cyrillic (cases[i].latin);

      g_assert_cmpstr (cyr, ==, cases[i].cyr);
      /* and back to the same skeleton */
      g_assert_true (plx_translit_equal (cases[i].latin, cyr));
    }
}

/* ------------------------------------------------------------------------ */
/* Word diff                                                                */

static char *
diff_ops (const char *a,
          const char *b)
{
  g_autoptr(PlxWordDiff) diff = plx_word_diff (a, b);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < diff->chunks->len; i++)
    {
      const PlxDiffChunk *chunk = &g_array_index (diff->chunks, PlxDiffChunk, i);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%s:%u/%u", plx_diff_op_to_string (chunk->op),
                              chunk->a_end - chunk->a_start, chunk->b_end - chunk->b_start);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_worddiff_ops (void)
{
  static const struct { const char *a; const char *b; const char *ops; } cases[] = {
    { "Was he fired? You're kidding!", "Was he fired? You’re kidding!", "equal:5/5" },
    { "Was he fired? You're kidding!", "You're kidding", "truncate-start:3/0 equal:2/2" },
    { "Was he fired? You're kidding!", "Was he fired?", "equal:3/3 truncate-end:2/0" },
    { "Was he fired? You're kidding!", "Did he get fired? Are you joking?",
      "substitute:1/1 equal:1/1 insert:0/1 equal:1/1 substitute:2/3" },
    { "We will not, under any circumstances, accept these terms.",
      "We will not … accept these terms", "equal:3/3 ellipsis:3/1 equal:3/3" },
    { "We will not accept these terms today.", "...we will not accept these terms", "ellipsis:0/1 equal:6/6 truncate-end:1/0" },
    { "the fish do not read newspapers", "the fish do not read any newspapers", "equal:5/5 insert:0/1 equal:1/1" },
    { "the fish do not read newspapers", "the fish never read newspapers", "equal:2/2 substitute:2/1 equal:2/2" },
    { "the fish do not read newspapers", "the fish do read newspapers", "equal:3/3 delete:1/0 equal:2/2" },
    { "", "", "" },
    { "a b", "", "delete:2/0" },
    { "", "a b", "insert:0/2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ops = diff_ops (cases[i].a, cases[i].b);

      g_assert_cmpstr (ops, ==, cases[i].ops);
    }
}

static void
test_worddiff_containment (void)
{
  g_autoptr(PlxWordDiff) shortened = plx_word_diff ("Was he fired? You're kidding!", "You're kidding");
  g_autoptr(PlxWordDiff) reworded = plx_word_diff ("Was he fired? You're kidding!", "Did he get fired? Are you joking?");
  g_autoptr(PlxWordDiff) cyr = plx_word_diff ("Вы шутите? Его уволили?", "Его уволили? Вы шутите!");
  g_autoptr(GPtrArray) tokens = plx_word_tokenize ("Don’t say “never”… 453,000 tonnes — ещё раз");
  json_t *json;

  g_assert_cmpfloat (plx_word_diff_containment (shortened), ==, 1.0);
  g_assert_cmpfloat (plx_word_diff_containment (reworded), <, 0.5);
  g_assert_cmpuint (cyr->n_equal, ==, 2);

  /* don’t, say, never, …, 453, 000, tonnes, ещё, раз */
  g_assert_cmpuint (tokens->len, ==, 9);
  {
    g_autoptr(GPtrArray) bad = plx_word_tokenize ("ab\xff cd\xc3");
    g_autoptr(PlxWordDiff) bad_diff = plx_word_diff ("\xfe\xfe", "ab \xc3\xa9\xe2");

    g_assert_cmpuint (bad->len, ==, 2);
    g_assert_nonnull (bad_diff);
  }
  g_assert_cmpstr (((PlxDiffToken *)g_ptr_array_index (tokens, 0))->norm, ==, "don't");
  g_assert_cmpstr (((PlxDiffToken *)g_ptr_array_index (tokens, 3))->norm, ==, "…");
  g_assert_cmpstr (((PlxDiffToken *)g_ptr_array_index (tokens, 7))->norm, ==, "еще");
  g_assert_cmpuint (((PlxDiffToken *)g_ptr_array_index (tokens, 1))->start, ==, 6);

  json = plx_word_diff_to_json (shortened);
  g_assert_cmpuint (json_array_size (json), ==, 2);
  g_assert_cmpstr (json_string_value (json_object_get (json_array_get (json, 0), "op")), ==, "truncate-start");
  g_assert_cmpstr (json_string_value (json_object_get (json_array_get (json, 0), "a")), ==, "Was he fired");
  json_decref (json);
}

static void
test_worddiff_large (void)
{
  g_autoptr(GString) a = g_string_new (NULL);
  g_autoptr(GString) b = g_string_new (NULL);
  g_autoptr(PlxWordDiff) diff = NULL;
  gint64 t0;

  /* 20 000 words each, different in the middle: must stay bounded. */
  for (guint i = 0; i < 20000; i++)
    {
      g_string_append_printf (a, "w%u ", i);
      g_string_append_printf (b, "w%u ", i % 3 == 0 ? i + 7 : i);
    }
  t0 = g_get_monotonic_time ();
  diff = plx_word_diff (a->str, b->str);
  g_assert_cmpuint (diff->n_a_words, ==, 20000);
  g_assert_cmpint (g_get_monotonic_time () - t0, <, 5 * G_USEC_PER_SEC);
  g_assert_cmpuint (diff->n_equal, >, 0);
}

/* ------------------------------------------------------------------------ */
/* Registry                                                                 */

static void
test_registry_merge (void)
{
  Doc docs[4];
  g_autoptr(PlxComparison) cmp = NULL;
  int lavrov_en, lavrov_en2, lavrov_ru, lavrov_short, description, donald, ivanka, trump_short;
  int tillerson;

  docs[0] = doc_new ("a.txt", "en", "Lavrov in Washington\n\nForeign Minister Sergei Lavrov met Donald Trump. Ivanka Trump was there.");
  lavrov_en = add_speaker (&docs[0], "Sergei Lavrov", "Foreign Minister");
  donald = add_speaker (&docs[0], "Donald Trump", "President");
  ivanka = add_speaker (&docs[0], "Ivanka Trump", NULL);

  docs[1] = doc_new ("b.txt", "en", "Sergey Lavrov and Rex Tillerson spoke. Trump said little.");
  lavrov_en2 = add_speaker (&docs[1], "Sergey Lavrov", NULL);
  tillerson = add_speaker (&docs[1], "Rex Tillerson", "Secretary of State");
  /* Only "Trump" here: two Trumps are known, none in this article: stays apart. */
  trump_short = add_speaker (&docs[1], "Trump", NULL);

  docs[2] = doc_new ("c.txt", "ru", "Сергей Лавров встретился с Тиллерсоном.");
  lavrov_ru = add_speaker (&docs[2], "Сергей Лавров", "министр иностранных дел");
  add_speaker (&docs[2], "Рекс Тиллерсон", "госсекретарь");

  docs[3] = doc_new ("d.txt", "en", "The Russian foreign minister joked. Lavrov smiled. Donald Trump. Trump spoke.");
  description = add_speaker (&docs[3], "the Russian foreign minister", NULL);
  lavrov_short = add_speaker (&docs[3], "Lavrov", NULL);
  add_speaker (&docs[3], "Donald Trump", NULL);
  add_speaker (&docs[3], "Trump", NULL);

  cmp = compare_docs (docs, 4, NULL);
  if (g_getenv ("PLX_TEST_DUMP") != NULL)
    {
      json_t *json = plx_comparison_to_json (cmp);
      char *dump = json_dumps (json_object_get (json, "speakers"), JSON_INDENT (1));

      g_printerr ("%s\n", dump);
      free (dump);
      json_decref (json);
    }

  {
    int p = plx_comparison_lookup_speaker (cmp, 0, lavrov_en);
    const PlxRegistrySpeaker *entry;

    g_assert_cmpint (p, >=, 0);
    g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 1, lavrov_en2), ==, p);
    g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 2, lavrov_ru), ==, p);
    g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 3, lavrov_short), ==, p);
    g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 3, description), ==, p);
    entry = plx_comparison_get_speaker (cmp, p);
    g_assert_cmpuint (entry->members->len, ==, 5);
    /* the fullest Latin-script name */
    g_assert_true (g_str_equal (entry->name, "Sergei Lavrov") || g_str_equal (entry->name, "Sergey Lavrov"));
  }

  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 1, tillerson), ==,
                   plx_comparison_lookup_speaker (cmp, 2, 1));
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 0, donald), !=,
                   plx_comparison_lookup_speaker (cmp, 0, ivanka));
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 0, donald), ==,
                   plx_comparison_lookup_speaker (cmp, 3, 2));
  /* "Trump" next to "Donald Trump" in the same article is Donald */
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 3, 3), ==,
                   plx_comparison_lookup_speaker (cmp, 0, donald));
  /* ambiguous "Trump" stays its own entry */
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 1, trump_short), !=,
                   plx_comparison_lookup_speaker (cmp, 0, donald));
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 1, trump_short), !=,
                   plx_comparison_lookup_speaker (cmp, 0, ivanka));

  for (guint i = 0; i < 4; i++)
    doc_clear (&docs[i]);
}

/* A first name alone ("his wife Imogen") joins the one full name another
 * article gives with that first name; with two such people, or none, it
 * stays its own entry */
static void
test_registry_given_name (void)
{
  Doc docs[3];
  g_autoptr(PlxComparison) cmp = NULL;
  int full, other, alone, maya, ru_full, ru_alone;

  docs[0] = doc_new ("a.txt", "en", "Imogen Tarrant, a producer, and Ruben Tarrant left. Ирина Соколова too.");
  full = add_speaker (&docs[0], "Imogen Tarrant", NULL);
  other = add_speaker (&docs[0], "Ruben Tarrant", NULL);
  ru_full = add_speaker (&docs[0], "Ирина Соколова", NULL);

  docs[1] = doc_new ("b.txt", "en", "He hugged his wife Imogen. Imogen said little. Maya waved.");
  alone = add_speaker (&docs[1], "Imogen", NULL);
  maya = add_speaker (&docs[1], "Maya", NULL);

  docs[2] = doc_new ("c.txt", "ru", "Ирина сказала, что устала.");
  ru_alone = add_speaker (&docs[2], "Ирина", NULL);

  cmp = compare_docs (docs, 3, NULL);
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 1, alone), ==, plx_comparison_lookup_speaker (cmp, 0, full));
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 1, alone), !=, plx_comparison_lookup_speaker (cmp, 0, other));
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 2, ru_alone), ==, plx_comparison_lookup_speaker (cmp, 0, ru_full));
  /* (no full name with that first name: its own entry) */
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 1, maya), >=, 0);
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 1, maya), !=, plx_comparison_lookup_speaker (cmp, 0, full));
  for (guint i = 0; i < 3; i++)
    doc_clear (&docs[i]);

  /* two people called Imogen: the first name alone stays apart */
  docs[0] = doc_new ("a.txt", "en", "Imogen Tarrant and Imogen Welles spoke.");
  full = add_speaker (&docs[0], "Imogen Tarrant", NULL);
  other = add_speaker (&docs[0], "Imogen Welles", NULL);
  docs[1] = doc_new ("b.txt", "en", "Imogen said little.");
  alone = add_speaker (&docs[1], "Imogen", NULL);
  g_clear_pointer (&cmp, plx_comparison_unref);
  cmp = compare_docs (docs, 2, NULL);
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 1, alone), !=, plx_comparison_lookup_speaker (cmp, 0, full));
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 1, alone), !=, plx_comparison_lookup_speaker (cmp, 0, other));
  for (guint i = 0; i < 2; i++)
    doc_clear (&docs[i]);
}

/* A name Russian spells by its sound joins its Latin spelling; two Latin
 * people who sound alike keep a Russian one apart */
static void
test_registry_sound (void)
{
  Doc docs[4];
  g_autoptr(PlxComparison) cmp = NULL;
  int lacroix, lakrua, dupont, diupon, aubert, ober, dupond_en, dupont_ru;

  docs[0] = doc_new ("a.txt", "en", "Prime Minister Martin Lacroix met Paul Dupont and Henri Aubert.");
  lacroix = add_speaker (&docs[0], "Martin Lacroix", "Prime Minister");
  dupont = add_speaker (&docs[0], "Paul Dupont", NULL);
  aubert = add_speaker (&docs[0], "Henri Aubert", NULL);

  docs[1] = doc_new ("b.txt", "ru", "Премьер-министр Мартен Лакруа встретился с Полем Дюпоном и Анри Обером.");
  lakrua = add_speaker (&docs[1], "Мартен Лакруа", "премьер-министр");
  diupon = add_speaker (&docs[1], "Поль Дюпон", NULL);
  ober = add_speaker (&docs[1], "Анри Обер", NULL);

  /* two Latin-script people sound like «Иван Дюпон»: no guess */
  docs[2] = doc_new ("c.txt", "en", "Ivan Dupond and Ivan Dupont spoke.");
  dupond_en = add_speaker (&docs[2], "Ivan Dupond", NULL);
  add_speaker (&docs[2], "Ivan Dupont", NULL);
  docs[3] = doc_new ("d.txt", "ru", "Иван Дюпон выступил.");
  dupont_ru = add_speaker (&docs[3], "Иван Дюпон", NULL);

  cmp = compare_docs (docs, 4, NULL);
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 0, lacroix), ==,
                   plx_comparison_lookup_speaker (cmp, 1, lakrua));
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 0, dupont), ==,
                   plx_comparison_lookup_speaker (cmp, 1, diupon));
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 0, aubert), ==,
                   plx_comparison_lookup_speaker (cmp, 1, ober));
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 0, lacroix), !=,
                   plx_comparison_lookup_speaker (cmp, 0, dupont));
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 3, dupont_ru), !=,
                   plx_comparison_lookup_speaker (cmp, 2, dupond_en));

  for (guint i = 0; i < 4; i++)
    doc_clear (&docs[i]);

  /* names that start with Р (bytes D0 A0, like a no-break space's A0) */
  docs[0] = doc_new ("e.txt", "en", "Energy Minister Rauf Mammadli met Roman Ryabov.");
  lacroix = add_speaker (&docs[0], "Rauf Mammadli", "Energy Minister");
  dupont = add_speaker (&docs[0], "Roman Ryabov", NULL);
  docs[1] = doc_new ("f.txt", "ru", "Министр Рауф Мамедли встретился с Рябовым.");
  lakrua = add_speaker (&docs[1], "Рауф Мамедли", "министр");
  diupon = add_speaker (&docs[1], "Рябов", NULL);
  g_clear_pointer (&cmp, plx_comparison_unref);
  cmp = compare_docs (docs, 2, NULL);
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 0, lacroix), ==,
                   plx_comparison_lookup_speaker (cmp, 1, lakrua));
  g_assert_cmpint (plx_comparison_lookup_speaker (cmp, 0, dupont), ==,
                   plx_comparison_lookup_speaker (cmp, 1, diupon));
  for (guint i = 0; i < 2; i++)
    doc_clear (&docs[i]);
}

static void
test_registry_edits (void)
{
  Doc docs[2];
  g_autoptr(PlxComparison) before = NULL;
  g_autoptr(PlxComparison) after = NULL;
  g_autoptr(PlxCompareEdits) edits = plx_compare_edits_new ();
  static const char * const names[] = { "Maria Zakharova", "the ministry spokeswoman", NULL };

  docs[0] = doc_new ("a.txt", "en", "Maria Zakharova spoke. Sergei Ivanov too.");
  add_speaker (&docs[0], "Maria Zakharova", NULL);
  add_speaker (&docs[0], "Sergei Ivanov", NULL);
  docs[1] = doc_new ("b.txt", "en", "The ministry spokeswoman spoke. Sergei Ivanov did.");
  add_speaker (&docs[1], "the ministry spokeswoman", NULL);
  add_speaker (&docs[1], "Sergei Ivanov", NULL);

  before = compare_docs (docs, 2, NULL);
  g_assert_cmpint (plx_comparison_lookup_speaker (before, 0, 0), !=, plx_comparison_lookup_speaker (before, 1, 0));
  g_assert_cmpint (plx_comparison_lookup_speaker (before, 0, 1), ==, plx_comparison_lookup_speaker (before, 1, 1));

  /* Merge by hand; split the two Sergei Ivanovs (two different people). */
  plx_compare_edits_merge_speakers (edits, names);
  plx_compare_edits_split_speaker (edits, "Sergei Ivanov");
  after = compare_docs (docs, 2, edits);
  g_assert_cmpint (plx_comparison_lookup_speaker (after, 0, 0), ==, plx_comparison_lookup_speaker (after, 1, 0));
  /* A split name still matches its exact spelling (same person by name);
   * what it stops is the fuzzy merging. Here both are spelled the same. */
  g_assert_cmpint (plx_comparison_lookup_speaker (after, 0, 1), >=, 0);

  for (guint i = 0; i < 2; i++)
    doc_clear (&docs[i]);
}

/* ------------------------------------------------------------------------ */
/* Alignment                                                                */

#define EN1 "Lavrov jokes about Comey firing\n\n" \
            "WASHINGTON (Wire) - Russian Foreign Minister Sergei Lavrov on Wednesday denied that Russia interfered in the US election, as he met Rex Tillerson in Washington.\n\n" \
            "Asked about the dismissal of FBI director James Comey, Lavrov said: \"Was he fired? You're kidding!\"\n\n" \
            "\"We did not interfere in your election,\" Lavrov told reporters.\n\n" \
            "\"The de-escalation zones in Syria are working,\" he added."
#define EN2 "Russia's top diplomat visits White House\n\n" \
            "Sergey Lavrov met President Trump and Rex Tillerson on Wednesday.\n\n" \
            "\"Did he get fired? Are you joking?\" Lavrov replied when asked about Comey.\n\n" \
            "\"There is no evidence of any Russian interference in the election,\" Lavrov said."
#define RU1 "Лавров в Вашингтоне\n\n" \
            "Министр иностранных дел России Сергей Лавров провёл переговоры в Вашингтоне.\n\n" \
            "«Его уволили? Вы шутите?» — ответил Лавров на вопрос о Коми.\n\n" \
            "«Зоны деэскалации в Сирии работают», — заявил Лавров."
#define EN3 "Lavrov: \"You're kidding\"\n\n" \
            "Lavrov met Tillerson in Washington on Wednesday. He said the talks had gone well.\n\n" \
            "Lavrov denied Russian interference in the US election."

static void
build_alignment_docs (Doc *docs)
{
  int s;

  docs[0] = doc_new ("en1.txt", "en", EN1);
  s = add_speaker (&docs[0], "Sergei Lavrov", "Foreign Minister");
  add_speaker (&docs[0], "Rex Tillerson", NULL);
  add_quote (&docs[0], "Russia interfered in the US election", s, PLX_QUOTE_REPORTED, "deny");  /* 0 */
  add_quote (&docs[0], "Was he fired? You're kidding!", s, PLX_QUOTE_COLON, "say");            /* 1 */
  add_quote (&docs[0], "We did not interfere in your election,", s, PLX_QUOTE_DIRECT, "tell");  /* 2 */
  add_quote (&docs[0], "The de-escalation zones in Syria are working,", s, PLX_QUOTE_DIRECT, "add"); /* 3 */
  add_claim (&docs[0], "trace-denial", "Russia interfered in the US election", s, 0);
  add_claim (&docs[0], "trace-denial", "We did not interfere in your election,", s, 2);

  docs[1] = doc_new ("en2.txt", "en", EN2);
  s = add_speaker (&docs[1], "Sergey Lavrov", NULL);
  add_speaker (&docs[1], "Donald Trump", NULL);
  add_quote (&docs[1], "Did he get fired? Are you joking?", s, PLX_QUOTE_DIRECT, "reply");      /* 0 */
  add_quote (&docs[1], "There is no evidence of any Russian interference in the election,", s, PLX_QUOTE_DIRECT, "say"); /* 1 */
  add_claim (&docs[1], "trace-denial", "There is no evidence of any Russian interference in the election,", s, 1);

  docs[2] = doc_new ("ru1.txt", "ru", RU1);
  s = add_speaker (&docs[2], "Сергей Лавров", "министр иностранных дел");
  add_quote (&docs[2], "Его уволили? Вы шутите?", s, PLX_QUOTE_DASH, "ответить");                /* 0 */
  add_quote (&docs[2], "Зоны деэскалации в Сирии работают", s, PLX_QUOTE_DASH, "заявить");       /* 1 */

  docs[3] = doc_new ("en3.txt", "en", EN3);
  s = add_speaker (&docs[3], "Lavrov", NULL);
  add_quote (&docs[3], "You're kidding", s, PLX_QUOTE_DIRECT, NULL);                            /* 0 */
  add_quote (&docs[3], "the talks had gone well", s, PLX_QUOTE_REPORTED, "say");                /* 1 */
  /* a claim that is no quote: reported statement */
  add_claim (&docs[3], "trace-denial", "Lavrov denied Russian interference in the US election.", s, -1);
}

static void
test_align_clusters (void)
{
  Doc docs[4];
  g_autoptr(PlxComparison) cmp = NULL;
  int joke, denial, syria;

  build_alignment_docs (docs);
  cmp = compare_docs (docs, 4, NULL);

  /* The joke: translated differently, in Russian, and shortened. */
  joke = cluster_of (cmp, 0, 1);
  g_assert_cmpint (joke, >=, 0);
  g_assert_cmpint (cluster_of (cmp, 1, 0), ==, joke);
  g_assert_cmpint (cluster_of (cmp, 2, 0), ==, joke);
  g_assert_cmpint (cluster_of (cmp, 3, 0), ==, joke);
  g_assert_cmpuint (plx_comparison_get_cluster (cmp, joke)->renderings->len, ==, 4);

  /* Syria: English and Russian. */
  syria = cluster_of (cmp, 0, 3);
  g_assert_cmpint (syria, >=, 0);
  g_assert_cmpint (cluster_of (cmp, 2, 1), ==, syria);
  g_assert_cmpint (syria, !=, joke);

  /* Two statements of the same speaker in one article stay apart. */
  denial = cluster_of (cmp, 0, 2);
  g_assert_cmpint (denial, !=, cluster_of (cmp, 0, 0));
  g_assert_cmpint (denial, !=, joke);
  /* The denial's reported form in en3 is a claim, not a quote. */
  {
    gboolean found = FALSE;

    for (guint c = 0; c < plx_comparison_get_n_clusters (cmp); c++)
      {
        const PlxRendering *r = plx_comparison_get_rendering (cmp, c, 3);

        if (r != NULL && r->claim >= 0 && r->quote < 0)
          {
            found = TRUE;
            g_assert_cmpint (r->kind, ==, PLX_QUOTE_REPORTED);
            g_assert_cmpint (r->state, ==, PLX_CELL_REPORTED);
            g_assert_cmpstr (r->category, ==, "trace-denial");
            /* it joined one of the denial statements */
            g_assert_cmpuint (plx_comparison_get_cluster (cmp, c)->renderings->len, >=, 2);
          }
      }
    g_assert_true (found);
  }
  /* The unrelated "talks had gone well" stays alone. */
  g_assert_cmpuint (plx_comparison_get_cluster (cmp, cluster_of (cmp, 3, 1))->renderings->len, ==, 1);

  /* Clusters are ordered by coverage: the joke comes first. */
  g_assert_cmpint (joke, ==, 0);

  for (guint i = 0; i < 4; i++)
    doc_clear (&docs[i]);
}

static void
test_align_matrix (void)
{
  Doc docs[4];
  g_autoptr(PlxComparison) cmp = NULL;
  g_autoptr(GArray) omitted = NULL;
  int joke, syria;
  const PlxRendering *r;

  build_alignment_docs (docs);
  cmp = compare_docs (docs, 4, NULL);
  joke = cluster_of (cmp, 0, 1);
  syria = cluster_of (cmp, 0, 3);

  /* en1's and en3's wording agree: en3 is a verbatim excerpt. One of the
   * other two is the reference; en2 and ru1 differ from it. */
  g_assert_cmpint (plx_comparison_get_cell (cmp, joke, 3), ==, PLX_CELL_VERBATIM);
  g_assert_cmpint (plx_comparison_get_cell (cmp, joke, 0), ==, PLX_CELL_VERBATIM);
  g_assert_cmpint (plx_comparison_get_cell (cmp, joke, 1), ==, PLX_CELL_REWORDED);
  g_assert_cmpint (plx_comparison_get_cell (cmp, joke, 2), ==, PLX_CELL_REWORDED);
  g_assert_cmpint (plx_comparison_get_cell (cmp, syria, 1), ==, PLX_CELL_ABSENT);
  g_assert_null (plx_comparison_get_rendering (cmp, syria, 1));

  /* Positions: en3 carries the joke in its headline, en1 later. */
  r = plx_comparison_get_rendering (cmp, joke, 3);
  g_assert_cmpint (r->position, ==, PLX_POSITION_HEADLINE);
  r = plx_comparison_get_rendering (cmp, joke, 0);
  g_assert_cmpint (r->position, ==, PLX_POSITION_LATER);
  r = plx_comparison_get_rendering (cmp, cluster_of (cmp, 0, 0), 0);
  g_assert_cmpint (r->position, ==, PLX_POSITION_LEAD);

  /* Omissions: en2 and en3 leave out the Syria statement; every article
   * carries the joke. */
  omitted = plx_comparison_get_omissions (cmp, 1);
  {
    gboolean has_syria = FALSE;

    for (guint k = 0; k < omitted->len; k++)
      {
        g_assert_cmpint (g_array_index (omitted, guint, k), !=, joke);
        has_syria |= g_array_index (omitted, guint, k) == (guint)syria;
      }
    g_assert_true (has_syria);
  }
  g_clear_pointer (&omitted, g_array_unref);
  omitted = plx_comparison_get_omissions (cmp, 2);
  for (guint k = 0; k < omitted->len; k++)
    g_assert_cmpint (g_array_index (omitted, guint, k), !=, syria);

  /* Wording diff of the shortened rendering against the reference. */
  {
    g_autoptr(PlxWordDiff) diff = plx_comparison_diff_rendering (cmp, joke, 3);

    g_assert_nonnull (diff);
    g_assert_cmpfloat (plx_word_diff_containment (diff), ==, 1.0);
    g_assert_cmpint (g_array_index (diff->chunks, PlxDiffChunk, 0).op, ==, PLX_DIFF_TRUNCATE_START);
  }

  /* Any two renderings: en2 against en1. */
  {
    g_autoptr(PlxWordDiff) diff = plx_comparison_diff_pair (cmp, joke, 0, 1);

    g_assert_nonnull (diff);
    g_assert_cmpuint (diff->n_equal, ==, 2);   /* he, fired */
    g_assert_null (plx_comparison_diff_pair (cmp, syria, 0, 1));
  }

  /* Share of voice: Lavrov has 4 quotes in en1, words counted. */
  {
    int p = plx_comparison_lookup_speaker (cmp, 0, 0);
    guint n_quotes, n_words;

    plx_comparison_get_share_of_voice (cmp, 0, (guint)p, &n_quotes, &n_words);
    g_assert_cmpuint (n_quotes, ==, 4);
    g_assert_cmpuint (n_words, ==, 6 + 5 + 7 + 7);
    plx_comparison_get_share_of_voice (cmp, 2, (guint)p, &n_quotes, &n_words);
    g_assert_cmpuint (n_quotes, ==, 2);
    g_assert_cmpuint (n_words, ==, 4 + 5);
  }

  for (guint i = 0; i < 4; i++)
    doc_clear (&docs[i]);
}

static const PlxRendering *
rendering_at (PlxComparison *cmp,
              guint          article,
              const char    *text,
              guint          n_articles,
              Doc           *docs)
{
  const char *full = plx_article_get_text (docs[article].article);
  const char *where = strstr (full, text);
  guint start;

  g_assert_nonnull (where);
  g_assert_cmpuint (article, <, n_articles);
  start = cp_offset (full, where);
  for (guint c = 0; c < plx_comparison_get_n_clusters (cmp); c++)
    {
      const PlxRendering *r = plx_comparison_get_rendering (cmp, c, article);

      if (r != NULL && r->start <= start && start < r->end)
        return r;
    }
  return NULL;
}

static void
test_align_sentences (void)
{
  Doc docs[2];
  g_autoptr(PlxComparison) cmp = NULL;
  const PlxRendering *r;
  int zimin, galiev, soboleva, z2, g2;

  docs[0] = doc_new ("a.txt", "en",
                     "Developer jailed\n\n"
                     "A court sentenced Arkady Zimin to nine years in prison.\n\n"
                     "Judge Marat Galiev said Zimin had taken 3.2 billion roubles from buyers.\n\n"
                     "The defence will appeal the verdict, said lawyer Irina Soboleva. "
                     "She promised to take the case to the Supreme Court.\n\n"
                     "The prosecutor called Zimin a fraud in court.");
  zimin = add_speaker (&docs[0], "Arkady Zimin", NULL);
  galiev = add_speaker (&docs[0], "Marat Galiev", "Judge");
  soboleva = add_speaker (&docs[0], "Irina Soboleva", "lawyer");
  add_mentions (&docs[0], zimin, "Arkady Zimin");
  add_mentions (&docs[0], zimin, "Zimin had");
  add_mentions (&docs[0], zimin, "Zimin a fraud");
  add_mentions (&docs[0], galiev, "Marat Galiev");
  add_mentions (&docs[0], soboleva, "Irina Soboleva");

  docs[1] = doc_new ("b.txt", "ru",
                     "Девять лет\n\n"
                     "Судья Марат Галиев указал, что Зимин похитил у покупателей 3,2 млрд рублей.\n\n"
                     "Зимин свою вину не признал.");
  z2 = add_speaker (&docs[1], "Аркадий Зимин", NULL);
  g2 = add_speaker (&docs[1], "Марат Галиев", "судья");
  add_mentions (&docs[1], z2, "Зимин");
  add_mentions (&docs[1], g2, "Марат Галиев");

  cmp = compare_docs (docs, 2, NULL);

  /* The subject before the verb speaks, not the name after it. */
  r = rendering_at (cmp, 0, "Judge Marat Galiev said", 2, docs);
  g_assert_nonnull (r);
  g_assert_cmpint (r->quote, ==, -1);
  g_assert_cmpint (r->claim, ==, -1);
  g_assert_cmpint (r->kind, ==, PLX_QUOTE_REPORTED);
  g_assert_cmpstr (r->cue_text, ==, "said");
  /* Inverted attribution after a comma. */
  r = rendering_at (cmp, 0, "The defence will appeal", 2, docs);
  g_assert_nonnull (r);
  /* A sentence opening with a pronoun: the person named last. */
  r = rendering_at (cmp, 0, "She promised", 2, docs);
  g_assert_nonnull (r);
  g_assert_cmpstr (r->cue_text, ==, "promised");
  {
    gboolean found = FALSE;

    for (guint c = 0; c < plx_comparison_get_n_clusters (cmp); c++)
      if (plx_comparison_get_rendering (cmp, c, 0) == r)
        {
          g_assert_cmpint (plx_comparison_get_cluster (cmp, c)->speaker, ==,
                           plx_comparison_lookup_speaker (cmp, 0, soboleva));
          found = TRUE;
        }
    g_assert_true (found);
  }
  /* No attribution verb next to the name: not a statement. */
  g_assert_null (rendering_at (cmp, 0, "A court sentenced", 2, docs));
  /* "called Zimin a fraud": Zimin is the object, and no one else is named. */
  g_assert_null (rendering_at (cmp, 0, "The prosecutor called", 2, docs));

  /* The judge's finding, in English and in Russian, is one cluster of
   * the judge's (registry) speaker. */
  {
    int ca = -1, cb = -1;

    for (guint c = 0; c < plx_comparison_get_n_clusters (cmp); c++)
      {
        const PlxRendering *x = plx_comparison_get_rendering (cmp, c, 0);
        const PlxRendering *y = plx_comparison_get_rendering (cmp, c, 1);

        if (x != NULL && strstr (x->text, "Galiev said") != NULL)
          ca = (int)c;
        if (y != NULL && strstr (y->text, "Галиев указал") != NULL)
          cb = (int)c;
      }
    g_assert_cmpint (ca, >=, 0);
    g_assert_cmpint (ca, ==, cb);
    g_assert_cmpint (plx_comparison_get_cluster (cmp, ca)->speaker, ==,
                     plx_comparison_lookup_speaker (cmp, 0, galiev));
  }

  for (guint i = 0; i < 2; i++)
    doc_clear (&docs[i]);
}

/* What the analysis gets wrong or leaves rough: a quote given to the wrong
 * person, a reported quote of two statements, numbers written in words. */
static void
test_align_robust (void)
{
  Doc docs[3];
  g_autoptr(PlxComparison) cmp = NULL;
  int a_rudin, b_rudin, b_kuz, c_rudin, masks_a, masks_c, joint, flood;

  docs[0] = doc_new ("a.txt", "en",
                     "Smoke over the city\n\n"
                     "\"The city has enough masks for everyone who needs one,\" Mayor Pavel Rudin said.\n\n"
                     "Rudin said the city had handed out 200,000 masks and accused the forestry service of failing to warn residents in time.");
  a_rudin = add_speaker (&docs[0], "Pavel Rudin", "Mayor");
  add_quote (&docs[0], "The city has enough masks for everyone who needs one,", a_rudin, PLX_QUOTE_DIRECT, "say");
  joint = add_quote (&docs[0], "the city had handed out 200,000 masks and accused the forestry service of failing to warn residents in time",
                     a_rudin, PLX_QUOTE_REPORTED, "say");

  /* b gives the mayor's words to the health officer */
  docs[1] = doc_new ("b.txt", "en",
                     "Masks for all\n\n"
                     "Elena Kuznetsova spoke first. \"The city has enough masks for everyone who needs one,\" she said. "
                     "Pavel Rudin said the river would not flood the city this year.");
  b_kuz = add_speaker (&docs[1], "Elena Kuznetsova", NULL);
  b_rudin = add_speaker (&docs[1], "Pavel Rudin", NULL);
  add_quote (&docs[1], "The city has enough masks for everyone who needs one,", b_kuz, PLX_QUOTE_DIRECT, "say");
  flood = add_quote (&docs[1], "the river would not flood the city this year", b_rudin, PLX_QUOTE_REPORTED, "say");

  docs[2] = doc_new ("c.txt", "ru",
                     "Маски для всех\n\n"
                     "По словам мэра Павла Рудина, горожанам раздали 200 тысяч масок.");
  c_rudin = add_speaker (&docs[2], "Павел Рудин", "мэр");
  masks_c = add_quote (&docs[2], "горожанам раздали 200 тысяч масок", c_rudin, PLX_QUOTE_REPORTED, "say");

  cmp = compare_docs (docs, 3, NULL);

  /* the misattributed quote, word for word the mayor's, still joins it */
  g_assert_cmpint (cluster_of (cmp, 0, 0), ==, cluster_of (cmp, 1, 0));
  /* a different statement of another speaker does not join */
  g_assert_cmpint (cluster_of (cmp, 1, flood), !=, cluster_of (cmp, 0, 0));

  /* the reported quote of two statements was cut: its first part (the
   * masks handed out) joins the Russian "200 тысяч масок" */
  masks_a = cluster_of (cmp, 0, joint);
  g_assert_cmpint (masks_a, >=, 0);
  g_assert_cmpint (masks_a, ==, cluster_of (cmp, 2, masks_c));
  {
    const PlxRendering *first = plx_comparison_get_rendering (cmp, masks_a, 0);
    gboolean second_found = FALSE;

    g_assert_cmpstr (first->text, ==, "the city had handed out 200,000 masks");
    for (guint c = 0; c < plx_comparison_get_n_clusters (cmp); c++)
      {
        const PlxRendering *r = plx_comparison_get_rendering (cmp, c, 0);

        if (r != NULL && r->quote == joint && (int)c != masks_a)
          {
            g_assert_true (g_str_has_prefix (r->text, "accused the forestry service"));
            g_assert_cmpstr (r->cue_text, ==, "accused");
            second_found = TRUE;
          }
      }
    g_assert_true (second_found);
  }

  for (guint i = 0; i < 3; i++)
    doc_clear (&docs[i]);
}

/* A quote the analysis left without a speaker, in an article where the
 * analysis did not take the person for a speaker at all: the surname the
 * registry knows from other articles is found in the paragraph. */
static void
test_align_infer_speaker (void)
{
  Doc docs[2];
  g_autoptr(PlxComparison) cmp = NULL;
  int s;

  docs[0] = doc_new ("a.txt", "ru",
                     "Тариф\n\n"
                     "«Тариф не менялся три года, а наши расходы выросли почти вдвое», — сказал Артём Лисицын.");
  s = add_speaker (&docs[0], "Артём Лисицын", NULL);
  add_quote (&docs[0], "Тариф не менялся три года, а наши расходы выросли почти вдвое", s, PLX_QUOTE_DASH, "сказать");

  docs[1] = doc_new ("b.txt", "en",
                     "Fares\n\n"
                     "Artem Lisitsyn, who runs the transport department, defended the increase: "
                     "\"Our costs have nearly doubled, and the fare has stayed the same for three years.\"");
  add_quote (&docs[1], "Our costs have nearly doubled, and the fare has stayed the same for three years.", -1,
             PLX_QUOTE_COLON, NULL);

  cmp = compare_docs (docs, 2, NULL);
  g_assert_cmpint (cluster_of (cmp, 0, 0), ==, cluster_of (cmp, 1, 0));
  g_assert_cmpint (plx_comparison_get_cluster (cmp, cluster_of (cmp, 0, 0))->speaker, ==,
                   plx_comparison_lookup_speaker (cmp, 0, s));

  for (guint i = 0; i < 2; i++)
    doc_clear (&docs[i]);
}

static void
test_align_edits (void)
{
  Doc docs[4];
  g_autoptr(PlxComparison) cmp = NULL;
  g_autoptr(PlxCompareEdits) edits = plx_compare_edits_new ();
  g_autoptr(PlxCompareEdits) loaded = NULL;
  g_autoptr(GError) error = NULL;
  json_t *json;
  int joke, talks;

  build_alignment_docs (docs);

  /* Take the Russian joke out; put "the talks had gone well" together with
   * the English Syria statement (a user's decision, however odd). */
  plx_compare_edits_split_statement (edits, "ru1.txt", "Вы шутите");
  plx_compare_edits_merge_statements (edits, "en1.txt", "de-escalation zones", "en3.txt", "the talks had gone well");
  g_assert_false (plx_compare_edits_is_empty (edits));

  /* Round trip through the session section. */
  json = plx_compare_edits_to_json (edits);
  loaded = plx_compare_edits_from_json (json, &error);
  g_assert_no_error (error);
  {
    json_t *again = plx_compare_edits_to_json (loaded);

    g_assert_true (json_equal (json, again));
    json_decref (again);
  }
  json_decref (json);

  cmp = compare_docs (docs, 4, loaded);
  joke = cluster_of (cmp, 0, 1);
  g_assert_cmpint (cluster_of (cmp, 1, 0), ==, joke);
  g_assert_cmpint (cluster_of (cmp, 2, 0), !=, joke);
  g_assert_true (plx_comparison_get_cluster (cmp, cluster_of (cmp, 2, 0))->edited);
  talks = cluster_of (cmp, 3, 1);
  g_assert_cmpint (talks, ==, cluster_of (cmp, 0, 3));
  /* The Russian Syria statement stays with them: no article collides. */
  g_assert_cmpint (cluster_of (cmp, 2, 1), ==, talks);
  g_assert_true (plx_comparison_get_cluster (cmp, talks)->edited);

  for (guint i = 0; i < 4; i++)
    doc_clear (&docs[i]);
}

static void
test_edits_malformed (void)
{
  static const char * const bad[] = {
    "[]",
    "{\"speaker_merges\": {}}",
    "{\"speaker_merges\": [[1, 2]]}",
    "{\"speaker_splits\": [3]}",
    "{\"cluster_merges\": [[{\"article\": \"a\"}]]}",
    "{\"cluster_merges\": [[{\"article\": \"a\", \"text\": \"x\"}, {\"article\": 1, \"text\": \"y\"}]]}",
    "{\"cluster_splits\": [{\"text\": \"x\"}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      json_t *json = json_loads (bad[i], 0, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxCompareEdits) edits = NULL;

      g_assert_nonnull (json);
      edits = plx_compare_edits_from_json (json, &error);
      g_assert_null (edits);
      g_assert_error (error, PLX_ERROR, PLX_ERROR_MALFORMED);
      json_decref (json);
    }

  {
    json_t *json = json_loads ("{}", 0, NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(PlxCompareEdits) edits = plx_compare_edits_from_json (json, &error);

    g_assert_no_error (error);
    g_assert_true (plx_compare_edits_is_empty (edits));
    json_decref (json);
  }
}

static void
test_compare_json (void)
{
  Doc docs[4];
  g_autoptr(PlxComparison) cmp = NULL;
  json_t *json;
  json_t *clusters;
  json_t *matrix;

  build_alignment_docs (docs);
  cmp = compare_docs (docs, 4, NULL);
  json = plx_comparison_to_json (cmp);

  g_assert_cmpstr (json_string_value (json_object_get (json, "format")), ==, "parallax-comparison");
  g_assert_cmpint (json_integer_value (json_object_get (json, "version")), ==, 1);
  g_assert_cmpuint (json_array_size (json_object_get (json, "articles")), ==, 4);
  g_assert_cmpuint (json_array_size (json_object_get (json, "speakers")), ==, plx_comparison_get_n_speakers (cmp));
  clusters = json_object_get (json, "clusters");
  matrix = json_object_get (json, "matrix");
  g_assert_cmpuint (json_array_size (clusters), ==, plx_comparison_get_n_clusters (cmp));
  g_assert_cmpuint (json_array_size (matrix), ==, json_array_size (clusters));
  g_assert_cmpuint (json_array_size (json_object_get (json_array_get (matrix, 0), "cells")), ==, 4);
  g_assert_cmpuint (json_array_size (json_object_get (json, "omissions")), ==, 4);
  {
    json_t *first = json_array_get (clusters, 0);
    json_t *renderings = json_object_get (first, "renderings");

    g_assert_cmpuint (json_array_size (renderings), ==, 4);
    g_assert_nonnull (json_object_get (json_array_get (renderings, 0), "position"));
    g_assert_nonnull (json_object_get (json_array_get (renderings, 0), "state"));
  }
  json_decref (json);

  for (guint i = 0; i < 4; i++)
    doc_clear (&docs[i]);
}

static void
test_compare_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxComparison) cmp = plx_compare (NULL, NULL, 0, NULL, NULL, &error);
  Doc doc = doc_new ("x.txt", "und", "");
  PlxArticle *articles[1];
  PlxAnalysis *analyses[1];
  g_autoptr(PlxComparison) one = NULL;
  json_t *json;

  g_assert_no_error (error);
  g_assert_nonnull (cmp);
  g_assert_cmpuint (plx_comparison_get_n_clusters (cmp), ==, 0);
  g_assert_cmpuint (plx_comparison_get_n_speakers (cmp), ==, 0);
  json = plx_comparison_to_json (cmp);
  g_assert_nonnull (json);
  json_decref (json);

  /* A quote whose offsets run past the text, an unknown speaker index. */
  add_speaker (&doc, "", NULL);
  {
    PlxQuote *q = g_new0 (PlxQuote, 1);
    PlxClaim *c = g_new0 (PlxClaim, 1);

    q->start = 5;
    q->end = 900;
    q->text = g_strdup ("…");
    q->speaker = 7;
    g_ptr_array_add (doc.analysis->quotes, q);
    c->rule_id = g_strdup ("r");
    c->start = 1000;
    c->end = 2000;
    c->speaker = -1;
    c->quote = 42;
    g_ptr_array_add (doc.analysis->claims, c);
  }
  articles[0] = doc.article;
  analyses[0] = doc.analysis;
  one = plx_compare (articles, analyses, 1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plx_comparison_get_n_clusters (one), ==, 2);
  json = plx_comparison_to_json (one);
  json_decref (json);
  doc_clear (&doc);
}

/* Random analyses with offsets anywhere (past the text, reversed), names
 * in any script, speaker indices out of range: nothing may crash. */
static void
test_compare_random (void)
{
  static const char * const pieces[] = {
    "Lavrov", "Лавров", "said", "заявил", "«", "»", "\"", "…", "...", ".", "\n\n", " ",
    "Was he fired?", "Вы шутите?", "the", "and", "2030", "453 000", "ё", "Ж", "—", ",", "Mr.",
    "Sergei", "Сергей", "minister", "министр", "'", "ü", "\xe2\x80\x99",
  };
  g_autoptr(GRand) r = g_rand_new_with_seed (42);

  for (guint round = 0; round < 30; round++)
    {
      guint n = 1 + g_rand_int_range (r, 0, 5);
      Doc *docs = g_new0 (Doc, n);
      g_autoptr(PlxComparison) cmp = NULL;
      json_t *json;

      for (guint a = 0; a < n; a++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          guint len;
          guint n_speakers = g_rand_int_range (r, 0, 4);

          for (guint k = 0, m = g_rand_int_range (r, 0, 80); k < m; k++)
            g_string_append (text, pieces[g_rand_int_range (r, 0, G_N_ELEMENTS (pieces))]);
          docs[a] = doc_new (a % 2 ? "x.txt" : "dir/y.txt", a % 3 == 0 ? "ru" : a % 3 == 1 ? "en" : "und",
                             text->str);
          len = (guint)g_utf8_strlen (plx_article_get_text (docs[a].article), -1);

          for (guint s = 0; s < n_speakers; s++)
            {
              g_autoptr(GString) name = g_string_new (NULL);
              int sp;
              PlxSpeaker *speaker;

              for (guint k = 0, m = g_rand_int_range (r, 0, 4); k < m; k++)
                {
                  if (k > 0)
                    g_string_append_c (name, ' ');
                  g_string_append (name, pieces[g_rand_int_range (r, 0, G_N_ELEMENTS (pieces))]);
                }
              sp = add_speaker (&docs[a], name->str, g_rand_boolean (r) ? "minister|министр" : NULL);
              speaker = g_ptr_array_index (docs[a].analysis->speakers, sp);
              speaker->is_byline = g_rand_int_range (r, 0, 5) == 0;
              g_ptr_array_add (speaker->aliases, g_strdup (pieces[g_rand_int_range (r, 0, G_N_ELEMENTS (pieces))]));
              for (guint k = 0, m = g_rand_int_range (r, 0, 5); k < m; k++)
                {
                  PlxSpan span;

                  span.start = g_rand_int_range (r, 0, len + 10);
                  span.end = span.start + g_rand_int_range (r, 0, 12);
                  if (g_rand_int_range (r, 0, 6) == 0)
                    span.end = span.start / 2;   /* reversed */
                  g_array_append_val (speaker->mentions, span);
                }
            }
          for (guint q = 0, m = g_rand_int_range (r, 0, 8); q < m; q++)
            {
              PlxQuote *quote = g_new0 (PlxQuote, 1);
              g_autoptr(GString) words = g_string_new (NULL);

              for (guint k = 0, w = g_rand_int_range (r, 0, 12); k < w; k++)
                g_string_append (words, pieces[g_rand_int_range (r, 0, G_N_ELEMENTS (pieces))]);
              quote->start = g_rand_int_range (r, 0, len + 20);
              quote->end = g_rand_boolean (r) ? quote->start + words->len : quote->start / 2;
              quote->text = g_rand_int_range (r, 0, 8) == 0 ? NULL : g_strdup (words->str);
              quote->kind = g_rand_int_range (r, 0, 5);
              quote->speaker = g_rand_int_range (r, -2, (int)n_speakers + 2);
              quote->cue_lemma = g_rand_boolean (r) ? g_strdup ("say") : NULL;
              g_ptr_array_add (docs[a].analysis->quotes, quote);
            }
          for (guint c = 0, m = g_rand_int_range (r, 0, 4); c < m; c++)
            {
              PlxClaim *claim = g_new0 (PlxClaim, 1);

              claim->rule_id = g_strdup (g_rand_boolean (r) ? "r1" : "r2");
              claim->start = g_rand_int_range (r, 0, len + 20);
              claim->end = claim->start + g_rand_int_range (r, 0, 40);
              claim->speaker = g_rand_int_range (r, -2, (int)n_speakers + 2);
              claim->quote = g_rand_int_range (r, -2, 10);
              g_ptr_array_add (docs[a].analysis->claims, claim);
            }
        }

      {
        g_autoptr(PlxCompareEdits) edits = plx_compare_edits_new ();
        static const char * const names[] = { "Lavrov", "Лавров", NULL };

        plx_compare_edits_merge_speakers (edits, names);
        plx_compare_edits_split_speaker (edits, "Сергей");
        plx_compare_edits_merge_statements (edits, "x.txt", "Lavrov", "y.txt", "Вы");
        plx_compare_edits_split_statement (edits, "x.txt", "");
        plx_compare_edits_split_statement (edits, "y.txt", "the");
        cmp = compare_docs (docs, n, g_rand_boolean (r) ? edits : NULL);
      }
      json = plx_comparison_to_json (cmp);
      g_assert_nonnull (json);
      json_decref (json);
      for (guint c = 0; c < plx_comparison_get_n_clusters (cmp); c++)
        for (guint a = 0; a < n; a++)
          {
            g_autoptr(PlxWordDiff) diff = plx_comparison_diff_rendering (cmp, c, a);

            (void)diff;
          }
      for (guint a = 0; a < n; a++)
        doc_clear (&docs[a]);
      g_free (docs);
    }
}

static void
test_compare_cancelled (void)
{
  Doc docs[4];
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  PlxArticle *articles[4];
  PlxAnalysis *analyses[4];
  PlxComparison *cmp;

  build_alignment_docs (docs);
  for (guint i = 0; i < 4; i++)
    {
      articles[i] = docs[i].article;
      analyses[i] = docs[i].analysis;
    }
  g_cancellable_cancel (cancellable);
  cmp = plx_compare (articles, analyses, 4, NULL, cancellable, &error);
  g_assert_null (cmp);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  for (guint i = 0; i < 4; i++)
    doc_clear (&docs[i]);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plx/compare/translit/schemes", test_translit_schemes);
  g_test_add_func ("/plx/compare/translit/skeleton", test_translit_skeleton);
  g_test_add_func ("/plx/compare/translit/to-cyrillic", test_translit_to_cyrillic);
  g_test_add_func ("/plx/compare/worddiff/ops", test_worddiff_ops);
  g_test_add_func ("/plx/compare/worddiff/containment", test_worddiff_containment);
  g_test_add_func ("/plx/compare/worddiff/large", test_worddiff_large);
  g_test_add_func ("/plx/compare/registry/merge", test_registry_merge);
  g_test_add_func ("/plx/compare/registry/given-name", test_registry_given_name);
  g_test_add_func ("/plx/compare/registry/sound", test_registry_sound);
  g_test_add_func ("/plx/compare/registry/edits", test_registry_edits);
  g_test_add_func ("/plx/compare/align/clusters", test_align_clusters);
  g_test_add_func ("/plx/compare/align/matrix", test_align_matrix);
  g_test_add_func ("/plx/compare/align/sentences", test_align_sentences);
  g_test_add_func ("/plx/compare/align/robust", test_align_robust);
  g_test_add_func ("/plx/compare/align/infer-speaker", test_align_infer_speaker);
  g_test_add_func ("/plx/compare/align/edits", test_align_edits);
  g_test_add_func ("/plx/compare/edits/malformed", test_edits_malformed);
  g_test_add_func ("/plx/compare/json", test_compare_json);
  g_test_add_func ("/plx/compare/empty", test_compare_empty);
  g_test_add_func ("/plx/compare/cancelled", test_compare_cancelled);
  g_test_add_func ("/plx/compare/random", test_compare_random);

  return g_test_run ();
}

/* bench-compare.c — speed and memory of plx_compare()
 *
 * Builds 500 synthetic articles with 40 quotes each (hand-built analyses,
 * so only the comparison is measured): 100 invented events covered by five
 * outlets each, eight speakers per event from a pool of invented names
 * (spelled in Latin or in Cyrillic, in full or by surname), every statement
 * carried verbatim, shortened, reworded or as reported speech. Prints the
 * time of plx_compare() on one core, the peak RSS (getrusage), and the
 * pairwise precision and recall against the generator's truth as a sanity
 * check. Not a test: run it by hand or with `meson test --benchmark`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bench-compare"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib.h>

#include "parallax.h"
#include "plx-analysis.h"
#include "plx-compare.h"
#include "plx-translit.h"

#define QUOTES_PER_ARTICLE   40
#define SPEAKERS_PER_EVENT   8
#define VOCABULARY           6000

static const char * const syllables[] = {
  "ka", "lo", "mi", "ren", "tor", "vas", "len", "do", "ri", "sta", "bel", "gor",
  "na", "pet", "shen", "ul", "var", "zin", "ko", "dan", "mar", "tel", "hol", "brin",
};

static const char * const function_words[] = {
  "the", "we", "will", "not", "is", "a", "of", "to", "and", "that", "this", "our",
};

static char *
invent_word (GRand *r,
             guint  n_syllables)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_syllables; i++)
    g_string_append (s, syllables[g_rand_int_range (r, 0, G_N_ELEMENTS (syllables))]);
  return g_string_free (s, FALSE);
}

static char *
capitalize (const char *word)
{
  char *out = g_strdup (word);

  out[0] = g_ascii_toupper (out[0]);
  return out;
}

typedef struct
{
  char *given;
  char *surname;
} Person;

typedef struct
{
  guint  speaker;          /* index into the event's people */
  char **words;            /* NULL-terminated */
} Truth;

static void
bench_speaker_free (gpointer data)
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
bench_quote_free (gpointer data)
{
  PlxQuote *q = data;

  g_free (q->text);
  g_free (q->cue_text);
  g_free (q->cue_lemma);
  g_free (q);
}

static guint
utf8_len (const char *s)
{
  return (guint)g_utf8_strlen (s, -1);
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static glong
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static void
run_scenario (const char *label,
              guint       N_EVENTS,
              guint       ARTICLES_PER_EVENT,
              guint       STATEMENTS_PER_EVENT)
{
  g_autoptr(GRand) r = g_rand_new_with_seed (20170510);
  g_autoptr(GPtrArray) vocabulary = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) analyses = g_ptr_array_new_with_free_func ((GDestroyNotify)plx_analysis_unref);
  g_autoptr(GArray) truth_of = g_array_new (FALSE, FALSE, sizeof (guint)); /* per quote: global statement id */
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  glong rss_before, rss_after;
  gint64 t0, t1;
  double cpu0, cpu1;
  guint64 tp = 0, fp = 0, fn = 0;
  guint n_quotes = 0;

  for (guint i = 0; i < VOCABULARY; i++)
    g_ptr_array_add (vocabulary, invent_word (r, 2 + g_rand_int_range (r, 0, 2)));

  for (guint e = 0; e < N_EVENTS; e++)
    {
      Person people[SPEAKERS_PER_EVENT];
      g_autofree Truth *statements = g_new0 (Truth, STATEMENTS_PER_EVENT);

      for (guint p = 0; p < SPEAKERS_PER_EVENT; p++)
        {
          g_autofree char *g = invent_word (r, 2);
          g_autofree char *s = invent_word (r, 3);

          people[p].given = capitalize (g);
          people[p].surname = capitalize (s);
        }
      for (guint s = 0; s < STATEMENTS_PER_EVENT; s++)
        {
          guint n = 8 + g_rand_int_range (r, 0, 10);

          statements[s].speaker = g_rand_int_range (r, 0, SPEAKERS_PER_EVENT);
          statements[s].words = g_new0 (char *, n + 1);
          for (guint w = 0; w < n; w++)
            statements[s].words[w] = g_strdup (g_rand_int_range (r, 0, 3) == 0
                                               ? function_words[g_rand_int_range (r, 0, G_N_ELEMENTS (function_words))]
                                               : (const char *)g_ptr_array_index (vocabulary, g_rand_int_range (r, 0, VOCABULARY)));
        }

      for (guint a = 0; a < ARTICLES_PER_EVENT; a++)
        {
          /* Outlets 3 and 4 spell the names in Cyrillic. The quotes are
           * invented words in one language: cross-language alignment
           * rests on the bridge lexicon, which invented words are not in. */
          gboolean russian = a >= 3;
          g_autoptr(GString) text = g_string_new (NULL);
          PlxArticle *article = plx_article_new ();
          PlxAnalysis *analysis = g_new0 (PlxAnalysis, 1);
          g_autofree char *source = g_strdup_printf ("event%u-outlet%u.txt", e, a);
          g_autofree guint *chosen = g_new0 (guint, STATEMENTS_PER_EVENT);
          int speaker_index[SPEAKERS_PER_EVENT];
          guint text_chars;

          g_atomic_ref_count_init (&analysis->ref_count);
          analysis->language = g_strdup ("en");
          analysis->speakers = g_ptr_array_new_with_free_func (bench_speaker_free);
          analysis->quotes = g_ptr_array_new_with_free_func (bench_quote_free);
          analysis->scare_quotes = g_ptr_array_new ();
          analysis->claims = g_ptr_array_new ();

          for (guint p = 0; p < SPEAKERS_PER_EVENT; p++)
            speaker_index[p] = -1;

          /* 40 of the event's statements, in a shuffled order */
          for (guint s = 0; s < STATEMENTS_PER_EVENT; s++)
            chosen[s] = s;
          for (guint s = STATEMENTS_PER_EVENT - 1; s > 0; s--)
            {
              guint k = g_rand_int_range (r, 0, s + 1);
              guint tmp = chosen[s];

              chosen[s] = chosen[k];
              chosen[k] = tmp;
            }

          g_string_append_printf (text, "Event %u as told by outlet %u\n\n", e, a);
          text_chars = utf8_len (text->str);
          for (guint q = 0; q < QUOTES_PER_ARTICLE; q++)
            {
              Truth *st = &statements[chosen[q]];
              Person *person = &people[st->speaker];
              guint n_words = g_strv_length (st->words);
              guint from = 0, to = n_words;
              guint variant = g_rand_int_range (r, 0, 10);
              g_autoptr(GString) quote = g_string_new (NULL);
              g_autofree char *name = NULL;
              PlxQuote *pq;
              PlxSpeaker *sp;
              guint mention_start;
              PlxSpan span;

              if (variant >= 5 && variant < 7)
                {
                  /* shortened */
                  from = g_rand_int_range (r, 0, 3);
                  to = n_words - g_rand_int_range (r, 0, 3);
                }
              for (guint w = from; w < to; w++)
                {
                  const char *word = st->words[w];

                  if (variant >= 7 && variant < 9 && g_rand_int_range (r, 0, 4) == 0)
                    word = g_ptr_array_index (vocabulary, g_rand_int_range (r, 0, VOCABULARY));
                  if (quote->len > 0)
                    g_string_append_c (quote, ' ');
                  g_string_append (quote, word);
                }

              if (speaker_index[st->speaker] < 0)
                {
                  g_autofree char *full = g_strdup_printf ("%s %s", person->given, person->surname);

                  sp = g_new0 (PlxSpeaker, 1);
                  sp->id = g_strdup_printf ("s%u", analysis->speakers->len + 1);
                  sp->name = russian ? plx_translit_to_cyrillic (full) : g_strdup (full);
                  sp->aliases = g_ptr_array_new_with_free_func (g_free);
                  g_ptr_array_add (sp->aliases, russian ? plx_translit_to_cyrillic (person->surname)
                                                        : g_strdup (person->surname));
                  sp->titles = g_ptr_array_new_with_free_func (g_free);
                  sp->mentions = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
                  speaker_index[st->speaker] = (int)analysis->speakers->len;
                  g_ptr_array_add (analysis->speakers, sp);
                }
              sp = g_ptr_array_index (analysis->speakers, speaker_index[st->speaker]);
              name = g_strdup (sp->name);

              mention_start = text_chars;
              g_string_append_printf (text, "%s said", name);
              text_chars += utf8_len (name) + 5;
              span.start = mention_start;
              span.end = mention_start + utf8_len (name);
              g_array_append_val (sp->mentions, span);
              sp->n_quotes++;

              pq = g_new0 (PlxQuote, 1);
              if (variant == 9)
                {
                  g_string_append (text, " that ");
                  text_chars += 6;
                  pq->kind = PLX_QUOTE_REPORTED;
                }
              else
                {
                  g_string_append (text, ": \"");
                  text_chars += 3;
                  pq->kind = PLX_QUOTE_COLON;
                }
              pq->start = text_chars;
              g_string_append (text, quote->str);
              text_chars += utf8_len (quote->str);
              pq->end = text_chars;
              g_string_append (text, variant == 9 ? ".\n\n" : ".\"\n\n");
              text_chars += variant == 9 ? 3 : 4;
              pq->text = g_strdup (quote->str);
              pq->speaker = speaker_index[st->speaker];
              pq->cue_text = g_strdup ("said");
              pq->cue_lemma = g_strdup ("say");
              g_ptr_array_add (analysis->quotes, pq);
              {
                guint id = e * STATEMENTS_PER_EVENT + chosen[q];

                g_array_append_val (truth_of, id);
              }
              n_quotes++;
            }

          plx_article_set_source (article, source);
          plx_article_set_language (article, analysis->language);
          plx_article_set_text (article, text->str);
          g_ptr_array_add (articles, article);
          g_ptr_array_add (analyses, analysis);
        }

      for (guint p = 0; p < SPEAKERS_PER_EVENT; p++)
        {
          g_free (people[p].given);
          g_free (people[p].surname);
        }
      for (guint s = 0; s < STATEMENTS_PER_EVENT; s++)
        g_strfreev (statements[s].words);
    }

  rss_before = peak_rss_kb ();
  cpu0 = cpu_seconds ();
  t0 = g_get_monotonic_time ();
  comparison = plx_compare ((PlxArticle **)articles->pdata, (PlxAnalysis **)analyses->pdata,
                            articles->len, NULL, NULL, &error);
  t1 = g_get_monotonic_time ();
  cpu1 = cpu_seconds ();
  rss_after = peak_rss_kb ();
  if (comparison == NULL)
    {
      g_printerr ("bench-compare: %s\n", error->message);
      exit (1);
    }

  /* Sanity: pairwise precision/recall against the generator's truth,
   * counted per statement pair of the same event. */
  {
    g_autofree int *cluster_of = g_new (int, n_quotes);
    g_autofree guint *first_quote = g_new0 (guint, articles->len + 1);
    guint k = 0;

    for (guint a = 0; a < articles->len; a++)
      {
        first_quote[a] = k;
        k += ((PlxAnalysis *)g_ptr_array_index (analyses, a))->quotes->len;
      }
    for (guint i = 0; i < n_quotes; i++)
      cluster_of[i] = -1;
    for (guint c = 0; c < plx_comparison_get_n_clusters (comparison); c++)
      {
        const PlxCluster *cluster = plx_comparison_get_cluster (comparison, c);

        for (guint x = 0; x < cluster->renderings->len; x++)
          {
            const PlxRendering *rendering = g_ptr_array_index (cluster->renderings, x);

            if (rendering->quote >= 0)
              cluster_of[first_quote[rendering->article] + (guint)rendering->quote] = (int)c;
          }
      }
    for (guint e = 0; e < N_EVENTS; e++)
      {
        guint lo = first_quote[e * ARTICLES_PER_EVENT];
        guint hi = e + 1 < N_EVENTS ? first_quote[(e + 1) * ARTICLES_PER_EVENT] : n_quotes;

        for (guint i = lo; i < hi; i++)
          for (guint j = i + 1; j < hi; j++)
            {
              gboolean same_truth = g_array_index (truth_of, guint, i) == g_array_index (truth_of, guint, j);
              gboolean same_pred = cluster_of[i] >= 0 && cluster_of[i] == cluster_of[j];

              if (same_truth && same_pred)
                tp++;
              else if (same_pred)
                fp++;
              else if (same_truth)
                fn++;
            }
      }
  }

  g_print ("compare [%s]: %u articles x %u quotes (%u statements, %u speakers, %u clusters)\n",
           label, articles->len, QUOTES_PER_ARTICLE, n_quotes,
           plx_comparison_get_n_speakers (comparison), plx_comparison_get_n_clusters (comparison));
  g_print ("  %.1f ms wall clock, %.1f ms CPU (one thread)\n", (t1 - t0) / 1000.0,
           (cpu1 - cpu0) * 1000.0);
  g_print ("  peak RSS %.1f MB before, %.1f MB after (analyses of the corpus included)\n",
           rss_before / 1024.0, rss_after / 1024.0);
  g_print ("  synthetic truth: pairwise precision %.3f, recall %.3f\n",
           (double)tp / MAX (tp + fp, 1), (double)tp / MAX (tp + fn, 1));

}

int
main (int    argc,
      char **argv)
{
  /* 100 events × 5 outlets: every speaker has a few dozen statements. */
  run_scenario ("100 events", 100, 5, 48);
  /* One event followed by 500 outlets: 8 speakers with 2,500 statements
   * each, every statement carried by about 10 outlets (the indexed path). */
  run_scenario ("one event", 1, 500, 2000);
  return 0;
}

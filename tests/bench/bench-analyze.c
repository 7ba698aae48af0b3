/* bench-analyze.c — throughput and memory of plx_analyze()
 *
 * Generates a 10 MB corpus of invented wire copy (English and Russian:
 * quotes of every kind, titles, reported speech, oblique cases) and
 * analyses it as one text and as 4 KB articles; then the hostile cases of
 * the issue: a 5 MB article with 10,000 unbalanced quote marks, one 1 MB
 * paragraph, 100,000 one-word paragraphs (and one 1 MB sentence full of
 * verbs of speech and repeated names); and the claim pass: the bundled
 * sample articles repeated to 5 MB, matched against the samples rulebook
 * (timed with and without it); and real-looking copy: every gold and
 * held-out article under tests/fixtures (written for the project, not
 * generated), once with cold caches and then repeated to 10 MB, each file
 * analysed as one article in its own language. Prints MB/s, milliseconds and
 * peak RSS (getrusage). Not a test: it prints figures, run it by hand or
 * with `meson test --benchmark`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bench-analyze"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib.h>

#include "plx-analysis.h"
#include "plx-data.h"

static const char *en_given[] = { "Anna", "Peter", "Maria", "James", "Olga", "Daniel", "Sofia", "Mark" };
static const char *en_surnames[] = { "Varga", "Holt", "Brennan", "Kessler", "Moor", "Lindqvist", "Price", "Ortiz" };
static const char *ru_given[] = { "Сергей", "Анна", "Игорь", "Мария", "Олег", "Ирина", "Павел", "Елена" };
static const char *ru_surnames_m[] = { "Лавров", "Смирнов", "Орлов", "Гринберг", "Карпов", "Мальцев", "Ветров", "Щукин" };

static void
append_en (GString *s,
           GRand   *r)
{
  guint a = g_rand_int_range (r, 0, 8), b = g_rand_int_range (r, 0, 8);
  const char *g1 = en_given[a], *s1 = en_surnames[a], *g2 = en_given[b], *s2 = en_surnames[b];

  g_string_append_printf (s,
    "Talks on the river treaty resumed in Vienna on Monday, with Foreign Minister %s %s "
    "and Finance Minister %s %s leading the delegations.\n\n"
    "“We came with a proposal and we are leaving with the same proposal,” %s told reporters. "
    "“Nobody was ready to sign anything.”\n\n"
    "%s said that both sides had agreed to meet again in April. According to %s, the "
    "remaining differences concern the so-called “inspection regime” and nothing else.\n\n"
    "“Is there a date for the next round?” - a reporter asked.\n\n"
    "“Ask me in two weeks,\" - replied the minister. Mr. %s's office in the U.S. capital "
    "declined to comment on what it called 'speculation'.\n\n",
    g1, s1, g2, s2, s1, s2, s2, s1);
}

static void
append_ru (GString *s,
           GRand   *r)
{
  guint a = g_rand_int_range (r, 0, 8);
  const char *g1 = ru_given[a], *s1 = ru_surnames_m[a];

  g_string_append_printf (s,
    "Министр иностранных дел %s %s провёл переговоры в Женеве. По словам %sа, стороны "
    "обсудили возвращение дипломатов, т.е. работу консульств.\n\n"
    "«Мы не ждали прорыва и не получили его», — заявил %s журналистам.\n\n"
    "%s подчеркнул, что санкции не обсуждались. «Обсуждался ли обмен?» — спросил "
    "корреспондент агентства «Интерфакс».\n\n"
    "«Этот вопрос не входил в повестку, — ответил глава МИД. — Но мы к нему вернёмся».\n\n",
    g1, s1, s1, s1, s1);
}

static double
peak_rss_mb (void)
{
  struct rusage u;

  getrusage (RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

/* CPU time of this process in ms: the machine may be shared, and the
 * target is throughput on one core */
static double
cpu_ms (void)
{
  struct rusage u;

  getrusage (RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec * 1000.0 + u.ru_utime.tv_usec / 1000.0
         + u.ru_stime.tv_sec * 1000.0 + u.ru_stime.tv_usec / 1000.0;
}

static double
run (const char *label,
     const char *text,
     const char *language)
{
  gint64 t0 = g_get_monotonic_time ();
  double c0 = cpu_ms ();
  g_autoptr(GError) error = NULL;
  PlxAnalysis *a = plx_analyze (text, language, NULL, NULL, &error);
  double ms = (g_get_monotonic_time () - t0) / 1000.0;
  double cms = cpu_ms () - c0;
  double mb = strlen (text) / (1024.0 * 1024.0);

  if (a == NULL)
    {
      g_printerr ("%s: %s\n", label, error->message);
      return -1;
    }
  g_print ("%-32s %6.2f MB  wall %8.1f ms  cpu %8.1f ms  %6.1f MB/s (cpu)  quotes %6u  peak RSS %6.1f MB\n",
           label, mb, ms, cms, mb / (cms / 1000.0), a->quotes->len, peak_rss_mb ());
  plx_analysis_unref (a);
  return cms;
}

typedef struct
{
  char *text;
  const char *lang;
} Article;

static void
collect_articles (const char *dir,
                  GPtrArray  *articles)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      char *contents = NULL;
      Article *a;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          collect_articles (path, articles);
          continue;
        }
      if (!g_str_has_suffix (name, ".txt")
          || !(g_str_has_prefix (name, "en-") || g_str_has_prefix (name, "ru-"))
          || !g_file_get_contents (path, &contents, NULL, NULL))
        continue;
      a = g_new (Article, 1);
      a->text = contents;
      a->lang = g_str_has_prefix (name, "ru-") ? "ru" : "en";
      g_ptr_array_add (articles, a);
    }
}

static void
free_article (gpointer data)
{
  Article *a = data;

  g_free (a->text);
  g_free (a);
}

/* Every en-/ru- article under tests/fixtures/analysis and
 * analysis-heldout: first pass with cold per-thread caches, then
 * repeated until `target` bytes have been analysed. */
static void
run_fixtures (gsize target)
{
  const char *root = g_getenv ("PLX_SOURCE_ROOT");
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (free_article);
  gsize bytes = 0, once = 0;
  double c0, first = 0, cms;
  guint passes = 0;

  if (root != NULL)
    {
      g_autofree char *gold = g_build_filename (root, "tests", "fixtures", "analysis", NULL);
      g_autofree char *heldout = g_build_filename (root, "tests", "fixtures", "analysis-heldout", NULL);

      collect_articles (gold, articles);
      collect_articles (heldout, articles);
    }
  if (articles->len == 0)
    {
      g_print ("fixture articles: skipped (set PLX_SOURCE_ROOT to the source tree)\n");
      return;
    }
  c0 = cpu_ms ();
  while (bytes < target)
    {
      for (guint i = 0; i < articles->len; i++)
        {
          Article *a = g_ptr_array_index (articles, i);

          plx_analysis_unref (plx_analyze (a->text, a->lang, NULL, NULL, NULL));
          bytes += strlen (a->text);
        }
      if (passes++ == 0)
        {
          first = cpu_ms () - c0;
          once = bytes;
        }
    }
  cms = cpu_ms () - c0;
  g_print ("%-32s %6.2f MB  cpu %8.1f ms  %6.1f MB/s (cpu)  %u articles, first pass (cold) %.1f MB/s\n",
           "fixture articles, repeated", bytes / (1024.0 * 1024.0), cms,
           bytes / (1024.0 * 1024.0) / (cms / 1000.0), articles->len,
           once / (1024.0 * 1024.0) / (first / 1000.0));
}

/* The corpus cut into 4 KB articles (at paragraph breaks), each analysed
 * on its own, every third one as Russian; returns the CPU milliseconds */
static double
analyze_articles (GString *corpus,
                  guint   *n_articles)
{
  double c0 = cpu_ms ();

  *n_articles = 0;
  for (gsize off = 0; off < corpus->len; (*n_articles)++)
    {
      gsize end = MIN (corpus->len, off + 4096);
      g_autofree char *article = NULL;

      /* cut at a paragraph break */
      while (end < corpus->len && !(corpus->str[end - 1] == '\n' && corpus->str[end] == '\n'))
        end++;
      article = g_strndup (corpus->str + off, end - off);
      plx_analysis_unref (plx_analyze (article, *n_articles % 3 ? "en" : "ru", NULL, NULL, NULL));
      off = end;
    }
  return cpu_ms () - c0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median and the best of @n timings of @mb megabytes: on a shared
 * machine single runs vary by a third */
static void
print_runs (const char *label,
            double      mb,
            double     *cpu_ms_runs,
            guint       n)
{
  double median;

  qsort (cpu_ms_runs, n, sizeof (double), compare_doubles);
  median = n % 2 ? cpu_ms_runs[n / 2] : (cpu_ms_runs[n / 2 - 1] + cpu_ms_runs[n / 2]) / 2;
  g_print ("%-32s %6.2f MB  cpu median %8.1f ms  %6.1f MB/s median, %6.1f MB/s best of %u runs\n",
           label, mb, median, mb / (median / 1000.0), mb / (cpu_ms_runs[0] / 1000.0), n);
}

int
main (void)
{
  g_autoptr(GRand) r = g_rand_new_with_seed (42);
  GString *corpus = g_string_new (NULL);
  GString *s;
  double base_rss, c0, mb;
  gsize target = 10 * 1024 * 1024;
  guint n_articles = 0;
  double runs_ms[16];
  guint runs;
  const char *runs_env = g_getenv ("PLX_BENCH_RUNS");
  const char *size_env = g_getenv ("PLX_BENCH_MB");
  const char *dump = g_getenv ("PLX_BENCH_DUMP");
  const char *only = g_getenv ("PLX_BENCH_ONLY");

  /* PLX_BENCH_MB=n: a smaller corpus (for callgrind);
   * PLX_BENCH_DUMP=FILE: write the corpus there and stop;
   * PLX_BENCH_ONLY=articles or =text: that corpus case alone (for
   * callgrind --toggle-collect=plx_analyze), =claims: the claim pass
   * alone (--toggle-collect=_plx_claims_find), =fixtures: the fixture
   * articles alone; PLX_BENCH_RUNS=n: how often the two 10 MB cases run
   * (default 5, 1 with PLX_BENCH_ONLY) */
  runs = runs_env != NULL ? (guint) g_ascii_strtoull (runs_env, NULL, 10) : only != NULL ? 1 : 5;
  runs = CLAMP (runs, 1, G_N_ELEMENTS (runs_ms));
  if (size_env != NULL && g_ascii_strtod (size_env, NULL) > 0)
    target = (gsize) (g_ascii_strtod (size_env, NULL) * 1024 * 1024);

  /* warm the lexicons up so that loading them is not measured */
  plx_analysis_unref (plx_analyze ("x", "en", NULL, NULL, NULL));
  plx_analysis_unref (plx_analyze ("x", "ru", NULL, NULL, NULL));

  while (corpus->len < target)
    {
      if (g_rand_int_range (r, 0, 3) == 0)
        append_ru (corpus, r);
      else
        append_en (corpus, r);
    }
  if (dump != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!g_file_set_contents (dump, corpus->str, (gssize) corpus->len, &error))
        g_printerr ("%s\n", error->message);
      g_string_free (corpus, TRUE);
      return error != NULL;
    }
  base_rss = peak_rss_mb ();
  g_print ("corpus: %.2f MB, baseline peak RSS %.1f MB\n", corpus->len / (1024.0 * 1024.0), base_rss);

  /* as 4 KB articles, one core */
  if (only != NULL && g_str_equal (only, "claims"))
    goto claims;
  if (only != NULL && g_str_equal (only, "fixtures"))
    goto fixtures;
  if (only != NULL && !g_str_equal (only, "articles"))
    goto one_text;
  mb = corpus->len / (1024.0 * 1024.0);
  for (guint i = 0; i < runs; i++)
    {
      runs_ms[i] = analyze_articles (corpus, &n_articles);
      if (runs > 1)
        g_print ("  run %u: %.1f MB/s\n", i + 1, mb / (runs_ms[i] / 1000.0));
    }
  print_runs ("10 MB corpus, 4 KB articles", mb, runs_ms, runs);
  g_print ("%-32s %u articles  peak RSS %6.1f MB\n", "", n_articles, peak_rss_mb ());

  if (only != NULL)
    {
      g_string_free (corpus, TRUE);
      return 0;
    }

  /* as one text: memory against text size */
one_text:
  mb = corpus->len / (1024.0 * 1024.0);
  for (guint i = 0; i < runs; i++)
    {
      runs_ms[i] = run ("10 MB corpus, one text", corpus->str, "en");
      if (runs_ms[i] < 0)
        {
          g_string_free (corpus, TRUE);
          return 1;
        }
      /* memory: the first analysis, before the allocator's free lists
       * of the earlier runs blur it */
      if (i == 0)
        g_print ("peak RSS growth over baseline: %.1f MB = %.1f x the text size\n",
                 peak_rss_mb () - base_rss, (peak_rss_mb () - base_rss) / mb);
    }
  if (runs > 1)
    print_runs ("10 MB corpus, one text", mb, runs_ms, runs);
  if (only != NULL)
    {
      g_string_free (corpus, TRUE);
      return 0;
    }

  /* 5 MB article with 10,000 unbalanced quote marks */
  s = g_string_new (NULL);
  while (s->len < 5 * 1024 * 1024)
    {
      static const char *marks[] = { "“", "”", "\"", "«", "‘", "'" };

      g_string_append (s, "Officials said the plan would work and nobody objected at all. ");
      if (g_rand_int_range (r, 0, 2) == 0 && s->len / 300 < 10000)
        g_string_append (s, marks[g_rand_int_range (r, 0, 6)]);
      if (g_rand_int_range (r, 0, 8) == 0)
        g_string_append (s, "\n\n");
    }
  run ("5 MB, 10,000 unbalanced marks", s->str, "en");
  g_string_free (s, TRUE);

  /* one 1 MB paragraph */
  s = g_string_new (NULL);
  while (s->len < 1024 * 1024)
    g_string_append (s, "“Yes,” said Anna Berg. She said that it was fine, “and more”. ");
  run ("one 1 MB paragraph", s->str, "en");
  g_string_free (s, TRUE);

  /* 100,000 one-word paragraphs */
  s = g_string_new (NULL);
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, i % 2 ? "word\n\n" : "“word\n\n");
  run ("100,000 one-word paragraphs", s->str, "en");
  g_string_free (s, TRUE);

  /* one 1 MB sentence with a verb of speech every few words, and one
   * person named 16,000 times: scans per cue or per mention must not
   * grow with the text */
  s = g_string_new (NULL);
  while (s->len < 1024 * 1024)
    g_string_append (s, "Ann Roe, who took over from Ed Poe, told staff in a memo that the plan was fine, adding that ");
  run ("1 MB sentence, many cues", s->str, "en");
  g_string_free (s, TRUE);

  /* the claim pass: 5 MB of the sample articles and their rulebook */
claims:
  {
    static const char *samples[] = { "arctic-wire.txt", "northern-ledger.txt", "severny-vestnik.txt" };
    g_autoptr(GError) error = NULL;
    g_autoptr(PlxRulebook) book = plx_rulebook_load_default (&error);
    GString *en = g_string_new (NULL), *ru = g_string_new (NULL);

    for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
      {
        g_autofree char *rel = g_build_filename ("samples", samples[i], NULL);
        g_autofree char *path = plx_data_find_file (rel);
        g_autofree char *contents = NULL;

        if (path != NULL && g_file_get_contents (path, &contents, NULL, NULL))
          g_string_append (g_str_has_prefix (samples[i], "severny") ? ru : en, contents);
      }
    if (book == NULL || en->len == 0 || ru->len == 0)
      g_print ("claims: skipped (no samples rulebook or sample articles: set PARALLAX_DATADIR)\n");
    else
      {
        for (GString **t = (GString *[]) { en, ru, NULL }; *t != NULL; t++)
          {
            const char *lang = *t == en ? "en" : "ru";
            g_autofree char *unit = g_strdup ((*t)->str);
            PlxAnalysis *a;
            double plain, with;
            guint n_claims;

            s = g_string_new (NULL);
            /* 5 MB, or half of PLX_BENCH_MB */
            while (s->len < target / 2)
              {
                g_string_append (s, unit);
                g_string_append (s, "\n\n");
              }
            c0 = cpu_ms ();
            plx_analysis_unref (plx_analyze (s->str, lang, NULL, NULL, NULL));
            plain = cpu_ms () - c0;
            c0 = cpu_ms ();
            a = plx_analyze (s->str, lang, book, NULL, NULL);
            with = cpu_ms () - c0;
            n_claims = a->claims->len;
            plx_analysis_unref (a);
            g_print ("%.1f MB samples (%s), samples rulebook: cpu %8.1f ms with claims, %8.1f ms without: "
                     "claim pass %7.1f ms, %u claims  peak RSS %6.1f MB\n",
                     s->len / (1024.0 * 1024.0), lang, with, plain, with - plain, n_claims, peak_rss_mb ());
            g_string_free (s, TRUE);
          }
      }
    g_string_free (en, TRUE);
    g_string_free (ru, TRUE);
  }

  if (only != NULL)
    {
      g_string_free (corpus, TRUE);
      return 0;
    }

  /* the fixture articles: real-looking copy with a real vocabulary */
fixtures:
  run_fixtures (target);

  g_string_free (corpus, TRUE);
  return 0;
}

/* test-compare-quality.c — cluster precision and recall on the gold set
 *
 * tests/fixtures/compare/EVENT/ holds four or more articles about one
 * invented event (English and Russian) and gold.json, which names every
 * statement by (article file, substring) and groups them into clusters.
 * Each article is analysed with plx_analyze(), all are compared with
 * plx_compare(), and every gold statement is matched to the predicted
 * rendering of its article that overlaps it most. Pairwise precision and
 * recall are counted over all pairs of gold statements of an event: a pair
 * is positive when both statements are in one cluster. A gold statement
 * that no rendering overlaps is a cluster of its own (it costs recall).
 *
 * An article may carry one statement in pieces (a headline fragment and
 * the full quote; a reported half and a quoted half). A cluster holds one
 * rendering per article, so any piece may stand for the article: the gold
 * lists the other pieces as "alternatives", and the piece that agrees with
 * the rest of its gold cluster is counted.
 *
 * Environment:
 *   PLX_COMPARE_QUALITY_DIR=dir     instead, score the events of dir (a
 *                                   held-out set: EVENT/gold.json folders,
 *                                   or one such folder) and print the
 *                                   figures without a pass bar
 *   PLX_COMPARE_QUALITY_REPORT=path also write the figures as JSON to path
 *   PLX_COMPARE_VERBOSE=1           list every mismatch
 *
 * An article's language comes from gold.json ("language"), else from its
 * file name (NAME.ru.txt, NAME.en.txt), else "und".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "parallax.h"
#include "plx-analysis.h"
#include "plx-compare.h"

typedef struct
{
  guint64 tp;
  guint64 fp;
  guint64 fn;
} Counts;

typedef struct
{
  char  *file;
  char  *text;
  char  *gold;
  guint  article;
  guint  start;
  guint  end;
  int    predicted;   /* cluster index, or -1 - index when unmatched */
  int    alternative_of;  /* index of the main statement, or -1 */
} GoldStatement;

static void
gold_statement_free (gpointer data)
{
  GoldStatement *st = data;

  g_free (st->file);
  g_free (st->text);
  g_free (st->gold);
  g_free (st);
}

static gboolean verbose;

static void
evaluate_event (const char *dir,
                Counts     *total,
                json_t     *report)
{
  g_autofree char *gold_path = g_build_filename (dir, "gold.json", NULL);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) analyses = g_ptr_array_new_with_free_func ((GDestroyNotify)plx_analysis_unref);
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (gold_statement_free);
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  json_error_t json_error;
  json_t *gold;
  json_t *list;
  json_t *value;
  size_t i;
  Counts counts = { 0, 0, 0 };

  gold = json_load_file (gold_path, 0, &json_error);
  if (gold == NULL)
    g_error ("%s: %s", gold_path, json_error.text);

  list = json_object_get (gold, "articles");
  g_assert_true (json_array_size (list) >= 4);
  json_array_foreach (list, i, value)
    {
      const char *file = json_string_value (json_object_get (value, "file"));
      const char *language = json_string_value (json_object_get (value, "language"));

      if (language == NULL)
        language = strstr (file, ".ru.") != NULL ? "ru" : strstr (file, ".en.") != NULL ? "en" : "und";
      g_autofree char *path = g_build_filename (dir, file, NULL);
      g_autofree char *text = NULL;
      PlxArticle *article;
      PlxAnalysis *analysis;

      g_assert_true (g_file_get_contents (path, &text, NULL, &error));
      g_assert_no_error (error);
      article = plx_article_new ();
      plx_article_set_source (article, file);
      plx_article_set_language (article, language);
      g_strstrip (text);
      plx_article_set_text (article, text);
      analysis = plx_analyze (plx_article_get_text (article), language, NULL, NULL, &error);
      g_assert_no_error (error);
      g_ptr_array_add (articles, article);
      g_ptr_array_add (analyses, analysis);
    }

  comparison = plx_compare ((PlxArticle **)articles->pdata, (PlxAnalysis **)analyses->pdata,
                            articles->len, NULL, NULL, &error);
  g_assert_no_error (error);

  list = json_object_get (gold, "clusters");
  json_array_foreach (list, i, value)
    {
      const char *id = json_string_value (json_object_get (value, "id"));
      size_t k;
      json_t *ref;

      json_array_foreach (json_object_get (value, "statements"), k, ref)
        {
          json_t *alternatives = json_object_get (ref, "alternatives");
          guint main_index = statements->len;

          for (guint alt = 0; alt <= json_array_size (alternatives); alt++)
        {
          GoldStatement *st = g_new0 (GoldStatement, 1);
          const char *text;
          const char *where;
          guint a;

          st->file = g_strdup (json_string_value (json_object_get (ref, "file")));
          st->text = g_strdup (json_string_value (alt == 0 ? json_object_get (ref, "text")
                                                           : json_array_get (alternatives, alt - 1)));
          st->alternative_of = alt == 0 ? -1 : (int)main_index;
          st->gold = g_strdup (id);
          for (a = 0; a < articles->len; a++)
            if (g_str_equal (plx_article_get_source (g_ptr_array_index (articles, a)), st->file))
              break;
          if (a == articles->len)
            g_error ("%s: gold statement in unknown article %s", gold_path, st->file);
          st->article = a;
          text = plx_article_get_text (g_ptr_array_index (articles, a));
          where = strstr (text, st->text);
          if (where == NULL)
            g_error ("%s: “%s” is not in %s", gold_path, st->text, st->file);
          if (strstr (where + 1, st->text) != NULL)
            g_error ("%s: “%s” occurs twice in %s; make it unique", gold_path, st->text, st->file);
          st->start = (guint)g_utf8_pointer_to_offset (text, where);
          st->end = st->start + (guint)g_utf8_strlen (st->text, -1);
          g_ptr_array_add (statements, st);
        }
        }
    }

  /* Match each gold statement to the rendering that overlaps it most. */
  for (guint s = 0; s < statements->len; s++)
    {
      GoldStatement *st = g_ptr_array_index (statements, s);
      guint best_overlap = 0;

      st->predicted = -1 - (int)s;
      for (guint c = 0; c < plx_comparison_get_n_clusters (comparison); c++)
        {
          const PlxRendering *r = plx_comparison_get_rendering (comparison, c, st->article);
          guint overlap;

          if (r == NULL || r->end <= st->start || st->end <= r->start)
            continue;
          overlap = MIN (r->end, st->end) - MAX (r->start, st->start);
          if (overlap > best_overlap)
            {
              best_overlap = overlap;
              st->predicted = (int)c;
            }
        }
      if (verbose && st->predicted < 0 && st->alternative_of < 0)
        g_printerr ("  unmatched: [%s] %s: %s\n", st->gold, st->file, st->text);
    }

  /* A statement in pieces: the piece that agrees with most of the other
   * statements of its gold cluster stands for it. */
  for (guint s = 0; s < statements->len; s++)
    {
      GoldStatement *alt = g_ptr_array_index (statements, s);
      GoldStatement *main_st;
      guint votes_main = 0, votes_alt = 0;

      if (alt->alternative_of < 0)
        continue;
      main_st = g_ptr_array_index (statements, alt->alternative_of);
      for (guint o = 0; o < statements->len; o++)
        {
          GoldStatement *other = g_ptr_array_index (statements, o);

          if (other->alternative_of >= 0 || other == main_st || !g_str_equal (other->gold, main_st->gold))
            continue;
          votes_main += other->predicted == main_st->predicted;
          votes_alt += other->predicted == alt->predicted;
        }
      if (votes_alt > votes_main)
        {
          main_st->predicted = alt->predicted;
          if (verbose)
            g_printerr ("  [%s] %s: the piece “%s” stands for “%s”\n", main_st->gold, main_st->file,
                        alt->text, main_st->text);
        }
    }

  for (guint x = 0; x < statements->len; x++)
    for (guint y = x + 1; y < statements->len; y++)
      {
        GoldStatement *a = g_ptr_array_index (statements, x);
        GoldStatement *b = g_ptr_array_index (statements, y);

        if (a->alternative_of >= 0 || b->alternative_of >= 0)
          continue;
        gboolean same_gold = g_str_equal (a->gold, b->gold);
        gboolean same_predicted = a->predicted == b->predicted;

        if (same_gold && same_predicted)
          counts.tp++;
        else if (same_predicted)
          {
            counts.fp++;
            if (verbose)
              g_printerr ("  wrongly joined: [%s] %s: %s  ~  [%s] %s: %s\n",
                          a->gold, a->file, a->text, b->gold, b->file, b->text);
          }
        else if (same_gold)
          {
            counts.fn++;
            if (verbose)
              g_printerr ("  missed: [%s] %s: %s  ~  %s: %s\n",
                          a->gold, a->file, a->text, b->file, b->text);
          }
      }

  {
    double p = counts.tp + counts.fp > 0 ? (double)counts.tp / (counts.tp + counts.fp) : 1.0;
    double r = counts.tp + counts.fn > 0 ? (double)counts.tp / (counts.tp + counts.fn) : 1.0;
    g_autofree char *name = g_path_get_basename (dir);

    guint n_main = 0;

    for (guint s = 0; s < statements->len; s++)
      n_main += ((GoldStatement *)g_ptr_array_index (statements, s))->alternative_of < 0;
    g_test_message ("%s: %u statements, precision %.3f, recall %.3f (tp %" G_GUINT64_FORMAT
                    ", fp %" G_GUINT64_FORMAT ", fn %" G_GUINT64_FORMAT ")",
                    name, n_main, p, r, counts.tp, counts.fp, counts.fn);
    if (verbose)
      g_printerr ("%s: precision %.3f recall %.3f\n", name, p, r);
  }

  total->tp += counts.tp;
  total->fp += counts.fp;
  total->fn += counts.fn;
  if (report != NULL)
    {
      g_autofree char *name = g_path_get_basename (dir);
      json_t *entry = json_object ();

      json_object_set_new (entry, "event", json_string (name));
      json_object_set_new (entry, "tp", json_integer (counts.tp));
      json_object_set_new (entry, "fp", json_integer (counts.fp));
      json_object_set_new (entry, "fn", json_integer (counts.fn));
      json_array_append_new (report, entry);
    }
  json_decref (gold);
}

static void
add_events (GPtrArray  *events,
            const char *root)
{
  g_autofree char *own = g_build_filename (root, "gold.json", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  if (g_file_test (own, G_FILE_TEST_IS_REGULAR))
    {
      g_ptr_array_add (events, g_strdup (root));
      return;
    }
  dir = g_dir_open (root, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *gold = g_build_filename (root, name, "gold.json", NULL);

      if (g_file_test (gold, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (events, g_build_filename (root, name, NULL));
    }
}

static void
test_quality_gold (void)
{
  g_autofree char *root = g_test_build_filename (G_TEST_DIST, "fixtures", "compare", NULL);
  const char *held_out = g_getenv ("PLX_COMPARE_QUALITY_DIR");
  const char *report_path = g_getenv ("PLX_COMPARE_QUALITY_REPORT");
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_free);
  json_t *report = json_array ();
  Counts total = { 0, 0, 0 };
  double precision, recall, f1;
  gboolean external = held_out != NULL && *held_out != '\0';

  add_events (events, external ? held_out : root);
  g_ptr_array_sort (events, (GCompareFunc)g_strcmp0);
  if (!external)
    g_assert_cmpuint (events->len, >=, 4);

  for (guint e = 0; e < events->len; e++)
    evaluate_event (g_ptr_array_index (events, e), &total, report);

  precision = (double)total.tp / MAX (total.tp + total.fp, 1);
  recall = (double)total.tp / MAX (total.tp + total.fn, 1);
  f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  g_test_message ("%s: %u events, pairwise precision %.3f, recall %.3f, F1 %.3f",
                  external ? held_out : "gold set", events->len, precision, recall, f1);
  if (verbose || external)
    g_printerr ("total: %u events, precision %.3f recall %.3f F1 %.3f\n",
                events->len, precision, recall, f1);
  if (report_path != NULL && *report_path != '\0')
    {
      json_t *object = json_object ();

      json_object_set_new (object, "events", report);
      json_object_set_new (object, "precision", json_real (precision));
      json_object_set_new (object, "recall", json_real (recall));
      json_object_set_new (object, "f1", json_real (f1));
      g_assert_cmpint (json_dump_file (object, report_path, JSON_INDENT (2)), ==, 0);
      json_decref (object);
    }
  else
    json_decref (report);

  if (!external)
    g_assert_cmpfloat (f1, >=, 0.90);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  verbose = g_getenv ("PLX_COMPARE_VERBOSE") != NULL;

  g_test_add_func ("/plx/compare-quality/gold", test_quality_gold);

  return g_test_run ();
}

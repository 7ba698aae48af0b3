/* bench-export.c — exporting a 50-article session to HTML and PDF
 *
 * Generates 50 news-like articles (about 900 words each, quotes by a cast
 * of invented people, every fifth in Russian), analyses them with the
 * samples rulebook and compares them (timed apart: that is the engine's
 * work, not the report's), then writes the HTML and the PDF report
 * (timed, to files in a temporary directory) and prints milliseconds, sizes
 * and the peak resident set size. The targets: HTML < 2 s, PDF < 10 s.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bench-export"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "parallax.h"
#include "plx-analysis.h"
#include "plx-report.h"
#include "plx-report-pdf.h"

#define N_ARTICLES 50
#define N_PARAGRAPHS 16

static const char *people[][2] = {
  { "Ingrid Halvorsen", "Fisheries Minister" },
  { "Dmitry Sokolov", "head of the fisheries agency" },
  { "Lars Aune", "marine biologist" },
  { "Kjell Arntzen", "skipper" },
  { "Marta Olsen", "harbour master" },
  { "Pavel Orlov", "deputy minister" },
  { "Helen Marsh", "board chair" },
  { "Tomas Berg", "finance director" },
};

static const char *phrases[] = {
  "Science must decide the quota, not politics",
  "We came to save the cod, and our fishermen will pay for it",
  "The cut would hurt fishermen but was needed to protect the stock",
  "Nobody on either side was ready to sign anything before midnight",
  "The survey showed a stock in trouble, and we listened",
  "Sanctions have nothing to do with fish",
  "We will meet again in Moscow in October",
  "Twenty percent is a start, not a rescue",
};

static const char *filler =
  "The joint commission met at the Polar Institute for two days of talks that officials on both "
  "sides described as difficult, and the protocol was signed shortly after midnight. ";

static const char *ru_filler =
  "Смешанная комиссия заседала два дня, и протокол был подписан вскоре после полуночи. ";

static char *
make_article (guint n)
{
  GString *s = g_string_new (NULL);
  GRand *rand = g_rand_new_with_seed (n + 1);

  if (n % 5 == 4)
    {
      g_string_append_printf (s, "Россия и Норвегия сократили квоту — выпуск %u\n\n", n);
      for (guint p = 0; p < N_PARAGRAPHS; p++)
        {
          g_string_append (s, ru_filler);
          g_string_append (s, ru_filler);
          g_string_append_printf (s, "«Мы приехали спасать треску, вариант %u», — заявил министр Дмитрий Соколов. ", p);
          g_string_append (s, ru_filler);
          g_string_append (s, "\n\n");
        }
    }
  else
    {
      g_string_append_printf (s, "Norway and Russia cut the cod quota, edition %u\n\n", n);
      for (guint p = 0; p < N_PARAGRAPHS; p++)
        {
          guint who = g_rand_int_range (rand, 0, G_N_ELEMENTS (people));
          guint what = g_rand_int_range (rand, 0, G_N_ELEMENTS (phrases));

          g_string_append (s, filler);
          switch (p % 3)
            {
            case 0:
              g_string_append_printf (s, "\"%s,\" %s %s said. ", phrases[what], people[who][1], people[who][0]);
              break;
            case 1:
              g_string_append_printf (s, "%s, the %s, said that %c%s. ", people[who][0], people[who][1],
                                      g_ascii_tolower (phrases[what][0]), phrases[what] + 1);
              break;
            default:
              g_string_append_printf (s, "\"%s,\" he told reporters. ", phrases[what]);
              break;
            }
          g_string_append (s, filler);
          g_string_append (s, "\n\n");
        }
    }
  g_rand_free (rand);
  return g_string_free (s, FALSE);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static long
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static gboolean
export (PlxReport       *report,
        PlxReportFormat  format,
        const char      *path,
        double          *ms)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  double start = now_ms ();

  if (!plx_report_write_file (report, format, file, NULL, &error))
    {
      g_printerr ("bench-export: %s\n", error->message);
      return FALSE;
    }
  *ms = now_ms () - start;
  return TRUE;
}

static guint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (guint64) st.st_size : 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(PlxReport) report = plx_report_new ();
  g_autoptr(PlxRulebook) rulebook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plx-bench-export-XXXXXX", NULL);
  g_autofree char *html = g_build_filename (dir, "report.html", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  guint64 chars = 0, quotes = 0;
  double start, analyse_ms, compare_ms, html_ms, pdf_ms;
  int pages;

  rulebook = plx_rulebook_load_default (&error);
  if (rulebook == NULL)
    {
      g_printerr ("bench-export: no rulebook, claims are not matched: %s\n", error->message);
      g_clear_error (&error);
    }

  start = now_ms ();
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      g_autofree char *text = make_article (i);
      g_autofree char *source = g_strdup_printf ("/bench/article-%02u.txt", i + 1);
      g_autofree char *outlet = g_strdup_printf ("Bench Outlet %u", i + 1);
      g_autoptr(PlxArticle) article = plx_article_new ();
      g_autoptr(PlxAnalysis) analysis = NULL;

      plx_article_set_text (article, text);
      plx_article_set_source (article, source);
      plx_article_set_outlet (article, outlet);
      plx_article_set_language (article, i % 5 == 4 ? "ru" : "en");
      analysis = plx_analyze (text, plx_article_get_language (article), rulebook, NULL, &error);
      if (analysis == NULL)
        {
          g_printerr ("bench-export: %s\n", error->message);
          return 1;
        }
      chars += plx_article_get_char_count (article);
      quotes += analysis->quotes->len;
      plx_report_add_article (report, article, analysis);
    }
  analyse_ms = now_ms () - start;

  start = now_ms ();
  if (!plx_report_compare (report, NULL, NULL, &error))
    {
      g_printerr ("bench-export: %s\n", error->message);
      return 1;
    }
  compare_ms = now_ms () - start;

  if (!export (report, PLX_REPORT_FORMAT_HTML, html, &html_ms) ||
      !export (report, PLX_REPORT_FORMAT_PDF, pdf, &pdf_ms))
    return 1;
  pages = plx_report_pdf_get_n_pages (report, PLX_REPORT_PDF_PAGE_WIDTH, PLX_REPORT_PDF_PAGE_HEIGHT);

  printf ("articles: %u, %" G_GUINT64_FORMAT " characters, %" G_GUINT64_FORMAT " quotes\n",
          N_ARTICLES, chars, quotes);
  printf ("engine (not part of the export): analysis %.0f ms, comparison %.0f ms, %u clusters\n",
          analyse_ms, compare_ms, plx_comparison_get_n_clusters (plx_report_get_comparison (report)));
  printf ("html: %.0f ms, %" G_GUINT64_FORMAT " bytes (target < 2000 ms)\n", html_ms, file_size (html));
  printf ("pdf: %.0f ms, %d pages, %" G_GUINT64_FORMAT " bytes (target < 10000 ms)\n", pdf_ms, pages, file_size (pdf));
  printf ("peak RSS: %ld KB\n", peak_rss_kb ());

  g_unlink (html);
  g_unlink (pdf);
  g_rmdir (dir);
  return html_ms < 2000 && pdf_ms < 10000 ? 0 : 1;
}

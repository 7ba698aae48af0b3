/* bench-import.c — import throughput for large HTML and text files
 *
 * Generates a few-MB HTML page, UTF-8 text and Windows-1251 text in a
 * temporary directory, imports each several times and prints MB/s and the
 * peak resident set size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "plx-import.h"

#define TARGET_BYTES (4 * 1024 * 1024)
#define ROUNDS 3

static const char *english =
  "The harbour board met on Tuesday to discuss the new fees, and several members said "
  "that the increase would hurt the small fishing boats more than the ferries. ";
static const char *russian =
  "Совет порта собрался во вторник, чтобы обсудить новые сборы, и несколько членов совета "
  "заявили, что повышение ударит по малым рыболовным судам сильнее, чем по паромам. ";

static GBytes *
make_html (void)
{
  GString *s = g_string_new ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                             "<title>Harbour fees | Bench Gazette</title>"
                             "<meta property=\"og:site_name\" content=\"Bench Gazette\">"
                             "<script>var x = 1;</script></head><body>"
                             "<header><nav><a href=\"/\">Home</a></nav></header><main><article>"
                             "<h1>Harbour fees</h1>");
  guint i = 0;

  while (s->len < TARGET_BYTES)
    {
      g_string_append_printf (s, "<p>%u. %s<a href=\"/n/%u\">link</a> %s</p>\n", i, english, i, english);
      if (i % 10 == 0)
        g_string_append (s, "<div class=\"ad-slot\"><script>renderAd();</script>Advertisement</div>"
                            "<aside><ul><li>Related one</li><li>Related two</li></ul></aside>\n");
      i++;
    }
  g_string_append (s, "</article></main><footer>© Bench Gazette</footer></body></html>\n");
  return g_string_free_to_bytes (s);
}

static GBytes *
make_text (const char *sentence,
           const char *to_charset)
{
  GString *s = g_string_new ("Harbour fees\n\nBy Bench Writer\n\n");
  gsize length;
  char *converted;

  while (s->len < TARGET_BYTES)
    {
      for (guint k = 0; k < 4; k++)
        g_string_append (s, sentence);
      g_string_append (s, "\n\n");
    }

  if (to_charset == NULL)
    return g_string_free_to_bytes (s);

  converted = g_convert (s->str, s->len, to_charset, "UTF-8", NULL, &length, NULL);
  g_assert (converted != NULL);
  g_string_free (s, TRUE);
  return g_bytes_new_take (converted, length);
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static void
bench (const char *dir,
       const char *name,
       GBytes     *bytes)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gsize length;
  gconstpointer data = g_bytes_get_data (bytes, &length);
  double best = G_MAXDOUBLE;
  double best_cpu = G_MAXDOUBLE;
  guint64 chars = 0;
  const char *encoding = "";

  if (!g_file_set_contents (path, data, length, NULL))
    g_error ("cannot write %s", path);

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxArticle) article = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_seconds ();
      double seconds;

      article = plx_import_file (file, NULL, NULL, &error);
      seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
      best_cpu = MIN (best_cpu, cpu_seconds () - cpu_start);
      if (article == NULL)
        g_error ("%s: %s", name, error->message);
      best = MIN (best, seconds);
      chars = plx_article_get_char_count (article);
      encoding = g_intern_string (plx_article_get_encoding (article));
    }

  /* Wall time depends on the machine's load; CPU time less so. */
  printf ("%-16s %6.2f MB  %-12s %9" G_GUINT64_FORMAT " chars  %7.1f ms wall %6.1f MB/s  %7.1f ms CPU %6.1f MB/s\n",
          name, length / 1e6, encoding, chars, best * 1000.0, length / 1e6 / best,
          best_cpu * 1000.0, length / 1e6 / MAX (best_cpu, 1e-6));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plx-bench-import-XXXXXX", &error);
  g_autoptr(GBytes) html = make_html ();
  g_autoptr(GBytes) text = make_text (english, NULL);
  g_autoptr(GBytes) cp1251 = make_text (russian, "WINDOWS-1251");
  g_autoptr(GBytes) utf16 = make_text (russian, "UTF-16");
  struct rusage usage;

  if (dir == NULL)
    g_error ("%s", error->message);

  printf ("import benchmark (best of %d rounds)\n", ROUNDS);
  bench (dir, "page.html", html);
  bench (dir, "article.txt", text);
  bench (dir, "russian-1251.txt", cp1251);
  bench (dir, "russian-16.txt", utf16);

  getrusage (RUSAGE_SELF, &usage);
  printf ("peak RSS: %.1f MB\n", usage.ru_maxrss / 1024.0);

  g_rmdir (dir);
  return 0;
}

/* test-import-errors.c — bad input gives a clear GError, never a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "plx-error.h"
#include "plx-import.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
}

/* Import @path, expect @code in PLX_ERROR and a message naming the file. */
static void
expect_file_error (const char             *path,
                   const PlxImportOptions *options,
                   PlxError                code)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_import_file (file, options, NULL, &error);

  g_assert_null (article);
  g_assert_error (error, PLX_ERROR, (int)code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
}

static void
expect_fixture_error (const char *name,
                      PlxError    code)
{
  g_autofree char *path = fixture_path (name);
  expect_file_error (path, NULL, code);
}

static void
expect_bytes_error (const void *data,
                    gsize       length,
                    const char *name,
                    PlxError    code)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_import_bytes (bytes, name, NULL, &error);

  g_assert_null (article);
  g_assert_error (error, PLX_ERROR, (int)code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, name));
}

static void
test_missing (void)
{
  g_autofree char *path = fixture_path ("no-such-article.txt");
  expect_file_error (path, NULL, PLX_ERROR_NOT_FOUND);
  /* A file as a directory in the path. */
  {
    g_autofree char *bogus = fixture_path ("empty.txt/child.txt");
    expect_file_error (bogus, NULL, PLX_ERROR_NOT_FOUND);
  }
}

static void
test_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plx-import-XXXXXX", &error);

  g_assert_no_error (error);
  expect_file_error (dir, NULL, PLX_ERROR_IS_DIRECTORY);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_unreadable (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd;

  fd = g_file_open_tmp ("plx-unreadable-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (write (fd, "Secret minutes of the council.\n", 31), ==, 31);
  close (fd);
  g_assert_cmpint (g_chmod (path, 0), ==, 0);

  /* root reads mode-000 files anyway; check whether we can. */
  fd = open (path, O_RDONLY);
  if (fd < 0)
    expect_file_error (path, NULL, PLX_ERROR_UNREADABLE);
  else
    {
      close (fd);
      g_test_message ("running with privileges that ignore mode 000 (root?); "
                      "testing with /proc/self/mem, which opens but cannot be read");
      if (g_file_test ("/proc/self/mem", G_FILE_TEST_EXISTS))
        expect_file_error ("/proc/self/mem", NULL, PLX_ERROR_UNREADABLE);
      else
        g_test_skip ("no unreadable file available as this user");
    }

  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
test_special_file (void)
{
  /* A device never ends; it must be refused, not read forever. */
  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("/dev/zero missing");
      return;
    }
  expect_file_error ("/dev/zero", NULL, PLX_ERROR_UNREADABLE);
}

static void
test_empty (void)
{
  expect_fixture_error ("empty.txt", PLX_ERROR_EMPTY);
  expect_bytes_error ("", 0, "nothing.txt", PLX_ERROR_EMPTY);
}

static void
test_white_space (void)
{
  const char *blank = "   \n\t\n\r\n  \xc2\xa0 \n";
  expect_bytes_error (blank, strlen (blank), "blank.txt", PLX_ERROR_EMPTY);
}

static void
test_png (void)
{
  expect_fixture_error ("png-renamed.txt", PLX_ERROR_BINARY);
}

static void
test_nul_bytes (void)
{
  expect_fixture_error ("nul-bytes.txt", PLX_ERROR_BINARY);
}

static void
test_other_binary (void)
{
  const char pdf[] = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
  const char zip[] = "PK\x03\x04\x14\x00\x06\x00\x08\x00";
  char controls[256];

  expect_bytes_error (pdf, sizeof pdf - 1, "report.pdf.txt", PLX_ERROR_BINARY);
  expect_bytes_error (zip, sizeof zip - 1, "story.docx", PLX_ERROR_BINARY);

  for (guint i = 0; i < sizeof controls; i++)
    controls[i] = (i % 3 == 0) ? (char)(1 + i % 8) : 'a';
  expect_bytes_error (controls, sizeof controls, "controls.txt", PLX_ERROR_BINARY);
}

static void
test_undecodable (void)
{
  expect_fixture_error ("undecodable.txt", PLX_ERROR_ENCODING);
}

static void
test_bad_utf16 (void)
{
  /* A UTF-16LE BOM, then an odd number of bytes. */
  const char odd[] = "\xff\xfeH\x00i\x00!";
  /* A UTF-16LE BOM, then a lone low surrogate. */
  const char surrogate[] = "\xff\xfeH\x00\x00\xdci\x00";
  /* A UTF-8 BOM, then bytes that are not UTF-8. */
  const char bom8[] = "\xef\xbb\xbfTalks \xff\xfe\xfd ended";

  expect_bytes_error (odd, sizeof odd - 1, "odd-utf16.txt", PLX_ERROR_ENCODING);
  expect_bytes_error (surrogate, sizeof surrogate - 1, "surrogate-utf16.txt", PLX_ERROR_ENCODING);
  expect_bytes_error (bom8, sizeof bom8 - 1, "bad-bom.txt", PLX_ERROR_ENCODING);
}

static void
test_pasted_invalid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_import_text ("Talks \xff ended", "Clipboard", &error);

  g_assert_null (article);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "Clipboard"));
}

static void
test_too_large (void)
{
  g_autofree char *path = fixture_path ("english-utf8.txt");
  PlxImportOptions small = { .max_size = 100 };
  PlxImportOptions enough = { .max_size = 1024 * 1024 };

  expect_file_error (path, &small, PLX_ERROR_TOO_LARGE);

  /* The same file is fine under a larger limit. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;
    g_autoptr(PlxArticle) article = plx_import_file (file, &enough, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (article);
  }

  /* Bytes in memory obey the limit too. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static ("A short article that is still too long.", 39);
    g_autoptr(GError) error = NULL;
    g_autoptr(PlxArticle) article = plx_import_bytes (bytes, "memory.txt", &small, &error);
    g_assert_nonnull (article);
    g_clear_object (&article);
    small.max_size = 10;
    article = plx_import_bytes (bytes, "memory.txt", &small, &error);
    g_assert_null (article);
    g_assert_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, "memory.txt"));
  }
}

static void
test_too_large_not_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 start;
  int fd;

  /* A sparse 64 GB file: refused from its size alone, quickly and without
   * reading (or allocating) it. */
  fd = g_file_open_tmp ("plx-huge-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  if (ftruncate (fd, (off_t)64 * 1024 * 1024 * 1024) != 0)
    {
      close (fd);
      g_unlink (path);
      g_test_skip ("file system cannot hold a sparse 64 GB file");
      return;
    }
  close (fd);

  start = g_get_monotonic_time ();
  expect_file_error (path, NULL, PLX_ERROR_TOO_LARGE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);

  g_unlink (path);
}

static void
test_html_no_text (void)
{
  expect_fixture_error ("no-text.html", PLX_ERROR_NO_TEXT);
}

static void
test_no_letters (void)
{
  const char *rule = "***\n---\n***\n";
  expect_bytes_error (rule, strlen (rule), "rule.txt", PLX_ERROR_NO_TEXT);
}

/* Random bytes, truncated fixtures and mangled HTML: every result is an
 * article or a PLX_ERROR, nothing else. */
static void
test_garbage (void)
{
  const char *names[] = { "news-page.html", "english-utf16le.txt", "russian-cp1251.html", "article.md" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240527);
  guint8 buffer[4096];

  for (guint round = 0; round < 300; round++)
    {
      gsize length = g_rand_int_range (rand, 1, sizeof buffer);
      const char *suffix = (round % 3 == 0) ? "g.html" : (round % 3 == 1) ? "g.md" : "g.txt";
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxArticle) article = NULL;

      for (gsize i = 0; i < length; i++)
        buffer[i] = (guint8)g_rand_int_range (rand, round % 2 ? 0x20 : 0, 256);
      bytes = g_bytes_new (buffer, length);
      article = plx_import_bytes (bytes, suffix, NULL, &error);
      g_assert_true ((article != NULL) != (error != NULL));
      if (error != NULL)
        g_assert_true (error->domain == PLX_ERROR);
      else
        g_assert_true (g_utf8_validate (plx_article_get_text (article), -1, NULL));
    }

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autofree char *path = fixture_path (names[n]);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      for (gsize cut = 1; cut < length; cut += 1 + length / 40)
        {
          g_autoptr(GBytes) bytes = g_bytes_new (contents, cut);
          g_autoptr(GError) error = NULL;
          g_autoptr(PlxArticle) article = plx_import_bytes (bytes, names[n], NULL, &error);

          g_assert_true ((article != NULL) != (error != NULL));
          if (error != NULL)
            g_assert_true (error->domain == PLX_ERROR);
        }
    }
}

static void
test_deep_html (void)
{
  g_autoptr(GString) html = g_string_new ("<html><body>");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PlxArticle) article = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append (html, "<div><b>");
  g_string_append (html, "Deep text here.");
  bytes = g_string_free_to_bytes (g_steal_pointer (&html));

  /* Either outcome is fine; it must return. */
  article = plx_import_bytes (bytes, "deep.html", NULL, &error);
  g_assert_true ((article != NULL) != (error != NULL));
}

/* Inputs built to make naive parsers quadratic must still import fast. */
static void
test_pathological (void)
{
  const struct { const char *unit; const char *name; } cases[] = {
    { "[", "brackets.md" },
    { "`a", "backticks.md" },
    { "_a *b ", "delimiters.md" },
    { "<a", "tags.md" },
    { "[x](", "links.md" },
    { "<div><p>", "divs.html" },
    { "<!--", "comments.html" },
    { "a\n", "lines.txt" },
    { " \t", "spaces.txt" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) input = g_string_new ("Headline\n\n");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxArticle) article = NULL;
      gint64 start;
      double seconds;

      while (input->len < 2 * 1024 * 1024)
        g_string_append (input, cases[i].unit);
      g_string_append (input, " end of text");
      bytes = g_string_free_to_bytes (g_steal_pointer (&input));

      start = g_get_monotonic_time ();
      article = plx_import_bytes (bytes, cases[i].name, NULL, &error);
      seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
      g_test_message ("%s: %.2f s", cases[i].name, seconds);
      g_assert_true ((article != NULL) != (error != NULL));
      /* Generous for slow, shared and sanitized builds; quadratic
       * behaviour on 2 MB would take minutes. */
      g_assert_cmpfloat (seconds, <, 30.0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plx/import-errors/missing", test_missing);
  g_test_add_func ("/plx/import-errors/directory", test_directory);
  g_test_add_func ("/plx/import-errors/unreadable", test_unreadable);
  g_test_add_func ("/plx/import-errors/special-file", test_special_file);
  g_test_add_func ("/plx/import-errors/empty", test_empty);
  g_test_add_func ("/plx/import-errors/white-space", test_white_space);
  g_test_add_func ("/plx/import-errors/png", test_png);
  g_test_add_func ("/plx/import-errors/nul-bytes", test_nul_bytes);
  g_test_add_func ("/plx/import-errors/other-binary", test_other_binary);
  g_test_add_func ("/plx/import-errors/undecodable", test_undecodable);
  g_test_add_func ("/plx/import-errors/bad-utf16", test_bad_utf16);
  g_test_add_func ("/plx/import-errors/pasted-invalid", test_pasted_invalid);
  g_test_add_func ("/plx/import-errors/too-large", test_too_large);
  g_test_add_func ("/plx/import-errors/too-large-not-read", test_too_large_not_read);
  g_test_add_func ("/plx/import-errors/html-no-text", test_html_no_text);
  g_test_add_func ("/plx/import-errors/no-letters", test_no_letters);
  g_test_add_func ("/plx/import-errors/garbage", test_garbage);
  g_test_add_func ("/plx/import-errors/deep-html", test_deep_html);
  g_test_add_func ("/plx/import-errors/pathological", test_pathological);

  return g_test_run ();
}

/* test-encoding.c — binary sniffing, charset detection, decoding,
 * normalization and language guessing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "plx-encoding.h"
#include "plx-error.h"
#include "plx-language.h"
#include "plx-normalize.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
}

static GBytes *
load_fixture (const char *name)
{
  g_autofree char *path = fixture_path (name);
  char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

static void
test_sniff_binary (void)
{
  g_autoptr(GBytes) png = load_fixture ("png-renamed.txt");
  g_autoptr(GBytes) nul = load_fixture ("nul-bytes.txt");
  g_autoptr(GBytes) utf16 = load_fixture ("english-utf16le.txt");
  g_autoptr(GBytes) text = load_fixture ("russian-cp1251.txt");
  gsize length;
  gconstpointer data;

  data = g_bytes_get_data (png, &length);
  g_assert_cmpint (_plx_encoding_sniff_binary (data, length), ==, PLX_BINARY_PNG);
  data = g_bytes_get_data (nul, &length);
  g_assert_cmpint (_plx_encoding_sniff_binary (data, length), ==, PLX_BINARY_NUL);
  /* UTF-16 is full of NUL bytes, and it is text. */
  data = g_bytes_get_data (utf16, &length);
  g_assert_cmpint (_plx_encoding_sniff_binary (data, length), ==, PLX_BINARY_NONE);
  data = g_bytes_get_data (text, &length);
  g_assert_cmpint (_plx_encoding_sniff_binary (data, length), ==, PLX_BINARY_NONE);

  g_assert_cmpint (_plx_encoding_sniff_binary ((const guint8 *)"%PDF-1.7\n", 9), ==, PLX_BINARY_PDF);
  g_assert_cmpint (_plx_encoding_sniff_binary ((const guint8 *)"PK\x03\x04rest", 8), ==, PLX_BINARY_ZIP);
  g_assert_cmpint (_plx_encoding_sniff_binary ((const guint8 *)"\xff\xd8\xff\xe0", 4), ==, PLX_BINARY_JPEG);
  g_assert_cmpint (_plx_encoding_sniff_binary ((const guint8 *)"GIF89a..", 8), ==, PLX_BINARY_GIF);
  g_assert_cmpint (_plx_encoding_sniff_binary ((const guint8 *)"\x1f\x8b\x08\x00", 4), ==, PLX_BINARY_GZIP);
  g_assert_cmpint (_plx_encoding_sniff_binary ((const guint8 *)"\x7f" "ELF\x02\x01", 6), ==, PLX_BINARY_EXECUTABLE);
  /* A stray form feed or escape in text is not binary. */
  g_assert_cmpint (_plx_encoding_sniff_binary ((const guint8 *)"Page one\fPage two\x1b[0m", 21), ==, PLX_BINARY_NONE);
}

static void
test_canonical_names (void)
{
  g_assert_cmpstr (_plx_encoding_canonical_name ("cp1251"), ==, "WINDOWS-1251");
  g_assert_cmpstr (_plx_encoding_canonical_name (" Windows-1251 "), ==, "WINDOWS-1251");
  g_assert_cmpstr (_plx_encoding_canonical_name ("KOI8-R"), ==, "KOI8-R");
  g_assert_cmpstr (_plx_encoding_canonical_name ("latin1"), ==, "ISO-8859-1");
  g_assert_cmpstr (_plx_encoding_canonical_name ("windows-1252"), ==, "WINDOWS-1252");
  g_assert_cmpstr (_plx_encoding_canonical_name ("utf8"), ==, "UTF-8");
  g_assert_null (_plx_encoding_canonical_name ("shift_jis"));
  g_assert_null (_plx_encoding_canonical_name (NULL));
}

static void
test_html_charset (void)
{
  struct { const char *html; const char *charset; } cases[] = {
    { "<html><head><meta charset=\"windows-1251\"><title>x</title>", "WINDOWS-1251" },
    { "<HTML><HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=koi8-r\">", "KOI8-R" },
    { "<meta charset=utf-8>", "UTF-8" },
    { "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>", "ISO-8859-1" },
    { "<html><body><p>Set charset=koi8-r in your editor</p>", NULL },
    { "<meta charset=\"shift_jis\">", NULL },
    { "plain text, no markup", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (_plx_encoding_html_charset ((const guint8 *)cases[i].html, strlen (cases[i].html)),
                     ==, cases[i].charset);

  {
    g_autoptr(GBytes) page = load_fixture ("russian-cp1251.html");
    gsize length;
    gconstpointer data = g_bytes_get_data (page, &length);
    g_assert_cmpstr (_plx_encoding_html_charset (data, length), ==, "WINDOWS-1251");
  }
}

static void
test_decode_fixtures (void)
{
  struct { const char *file; const char *encoding; const char *contains; } cases[] = {
    { "english-utf8.txt", "UTF-8", "José Ibáñez" },
    { "english-utf8-bom.txt", "UTF-8", "José Ibáñez" },
    { "english-utf16le.txt", "UTF-16LE", "“This bridge carried" },
    { "english-utf16be.txt", "UTF-16BE", "council’s own figures" },
    { "english-cp1252.txt", "WINDOWS-1252", "“We opened the deck" },
    { "english-latin1.txt", "ISO-8859-1", "Renée Duval" },
    { "russian-utf8.txt", "UTF-8", "Верхнеозёрске" },
    { "russian-utf16le.txt", "UTF-16LE", "«Эта библиотека" },
    { "russian-utf16be.txt", "UTF-16BE", "«Эта библиотека" },
    { "russian-cp1251.txt", "WINDOWS-1251", "«Эта библиотека — подарок" },
    { "russian-koi8r.txt", "KOI8-R", "Сергей Ковалёв" },
    { "russian-cp1251.html", "WINDOWS-1251", "Паводок подтопил" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = load_fixture (cases[i].file);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      const char *encoding = NULL;
      gsize length, out_length = 0;
      gconstpointer data = g_bytes_get_data (bytes, &length);

      g_test_message ("%s", cases[i].file);
      text = _plx_encoding_decode (data, length, NULL, cases[i].file, &encoding, &out_length, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (encoding, ==, cases[i].encoding);
      g_assert_cmpuint (strlen (text), ==, out_length);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_nonnull (strstr (text, cases[i].contains));
      g_assert_null (strstr (text, "\xef\xbb\xbf"));
    }
}

static void
test_decode_declared (void)
{
  /* Three Cyrillic letters are too few for any statistics; the declared
   * charset decides. "\xf0\xd2\xc9" is "При" in KOI8-R. */
  const guint8 bytes[] = "\xf0\xd2\xc9";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *encoding = NULL;

  text = _plx_encoding_decode (bytes, 3, "KOI8-R", "short.html", &encoding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "KOI8-R");
  g_assert_cmpstr (text, ==, "При");
}

static void
test_decode_mislabeled (void)
{
  /* A page that says Windows-1251 but is KOI8-R (it happens when sites
   * move servers): the declared table gives mostly capital letters, so it
   * is rejected and the bytes decide. */
  const char *utf8 = "Спасатели обещают, что к выходным вода начнёт уходить. "
                     "Пострадавшим выплатят компенсацию из районного бюджета, "
                     "сообщили в администрации поселения.";
  g_autoptr(GError) error = NULL;
  g_autofree char *koi8 = NULL;
  g_autofree char *text = NULL;
  const char *encoding = NULL;
  gsize length;

  koi8 = g_convert (utf8, -1, "KOI8-R", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);

  text = _plx_encoding_decode ((const guint8 *)koi8, length, "WINDOWS-1251", "moved.html",
                               &encoding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "KOI8-R");
  g_assert_cmpstr (text, ==, utf8);
}

static void
test_decode_mostly_utf8 (void)
{
  g_autoptr(GBytes) bytes = load_fixture ("russian-utf8.txt");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree guint8 *broken = NULL;
  const char *encoding = NULL;
  gsize length;
  gconstpointer data = g_bytes_get_data (bytes, &length);
  const char *legacy = "Ren\xe9" "e and Jos\xc3\xa9 met \xab\xbb.";
  const char *truncated = "Ferry strike ends after three days. The union’s secretary said the deal was fair. \xe2\x80";

  /* One byte of a long UTF-8 text overwritten: still UTF-8, and the damage
   * shows as U+FFFD instead of turning all Cyrillic into mojibake. */
  broken = g_memdup2 (data, length);
  broken[length / 2] = 0xFF;
  text = _plx_encoding_decode (broken, length, NULL, "broken.txt", &encoding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "UTF-8");
  g_assert_nonnull (strstr (text, "\xef\xbf\xbd"));
  g_assert_nonnull (strstr (text, "В Верхнеозёрске открылась новая городская библиотека"));
  g_assert_nonnull (strstr (text, "призналась пенсионерка Галина Орлова."));

  /* Cut off in the middle of its last character. */
  g_clear_pointer (&text, g_free);
  text = _plx_encoding_decode ((const guint8 *)truncated, strlen (truncated), NULL, "cut.txt",
                               &encoding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "UTF-8");
  g_assert_nonnull (strstr (text, "was fair. \xef\xbf\xbd"));
  g_assert_true (g_str_has_suffix (text, "\xef\xbf\xbd"));
  g_assert_nonnull (strstr (text, "The union’s secretary"));

  /* Legacy text with a byte pair that happens to be valid UTF-8 is not
   * taken for UTF-8: "Jos\xc3\xa9" alone proves nothing. */
  g_clear_pointer (&text, g_free);
  text = _plx_encoding_decode ((const guint8 *)legacy, strlen (legacy), NULL, "legacy.txt",
                               &encoding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, !=, "UTF-8");
}

static void
test_decode_cp1252_quirks (void)
{
  /* Labelled Latin-1 but uses Windows-1252 quotes (as browsers assume). */
  const guint8 quotes[] = "\x93Jos\xe9 said so,\x94 she wrote.";
  /* 0x81 is undefined in Windows-1252. */
  const guint8 undefined[] = "Jos\xe9 \x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *encoding = NULL;

  text = _plx_encoding_decode (quotes, sizeof quotes - 1, "ISO-8859-1", "quotes.html", &encoding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "WINDOWS-1252");
  g_assert_cmpstr (text, ==, "“José said so,” she wrote.");

  g_clear_pointer (&text, g_free);
  text = _plx_encoding_decode (undefined, sizeof undefined - 1, "WINDOWS-1252", "undefined.txt", &encoding, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "undefined.txt"));
}

static void
test_garbage_share (void)
{
  g_assert_cmpfloat (_plx_encoding_garbage_share ("plain ASCII"), ==, 0.0);
  g_assert_cmpfloat (_plx_encoding_garbage_share ("Привет, «мир» — José"), ==, 0.0);
  /* Box drawing, as Windows-1251 bytes read as KOI8-R show in places. */
  g_assert_cmpfloat (_plx_encoding_garbage_share ("\xe2\x94\x80\xe2\x94\x82\xe2\x94\x8c"), ==, 1.0);
  /* C1 control codes */
  g_assert_cmpfloat (_plx_encoding_garbage_share ("a\xc2\x81" "b\xc2\x8d"), ==, 1.0);
}

static void
test_normalize (void)
{
  struct { const char *in; const char *out; PlxNormalizeFlags flags; } cases[] = {
    /* NFC */
    { "Cafe\xcc\x81", "Caf\xc3\xa9", 0 },
    { "\xd0\x95\xcc\x88", "Ё", 0 },
    /* line ends */
    { "a\r\nb\rc\nd", "a\nb\nc\nd", 0 },
    { "a\xe2\x80\xa8" "b\xe2\x80\xa9" "c", "a\nb\n\nc", 0 },
    /* blank lines */
    { "one\n\n\n\n\ntwo\n \t \nthree", "one\n\ntwo\n\nthree", 0 },
    { "\n\n  lead\n\n", "lead", 0 },
    /* spaces */
    { "a  b\t\tc \xc2\xa0 d\xe2\x80\x83" "e", "a b c d e", 0 },
    { "  indented\n    also  ", "indented\nalso", 0 },
    /* invisible characters and controls */
    { "zero\xe2\x80\x8bwidth soft\xc2\xadhyphen \xef\xbb\xbf" "bom\x01", "zerowidth softhyphen bom", 0 },
    /* one paragraph per line */
    { "one\ntwo", "one\n\ntwo", PLX_NORMALIZE_LINES_ARE_PARAGRAPHS },
    { "", "", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = _plx_normalize_text (cases[i].in, -1, cases[i].flags);
      g_assert_cmpstr (out, ==, cases[i].out);
    }

  g_assert_null (_plx_normalize_text ("bad \xff utf8", -1, 0));

  {
    g_autofree char *inline_text = _plx_normalize_inline ("  The\n  Northfield\r\n Observer ");
    g_assert_cmpstr (inline_text, ==, "The Northfield Observer");
    g_assert_null (_plx_normalize_inline (" \n\t "));
  }
}

static void
test_normalize_large (void)
{
  g_autoptr(GString) big = g_string_new (NULL);
  g_autofree char *out = NULL;
  gint64 start;

  /* Long runs of spaces and blank lines stay linear. */
  for (guint i = 0; i < 200000; i++)
    g_string_append (big, "word      \n\n\n\n");
  start = g_get_monotonic_time ();
  out = _plx_normalize_text (big->str, big->len, 0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  g_assert_true (g_str_has_prefix (out, "word\n\nword\n\nword"));
  g_assert_cmpuint (strlen (out), ==, 200000 * 6 - 2);
}

static void
test_lines_look_like_paragraphs (void)
{
  g_autofree char *long_line = g_strnfill (150, 'x');
  g_autofree char *long_text = g_strdup_printf ("%s\n%s\n%s", long_line, long_line, long_line);
  g_autofree char *with_blank = g_strdup_printf ("%s\n\n%s", long_line, long_line);

  g_assert_true (_plx_text_lines_look_like_paragraphs (long_text));
  g_assert_false (_plx_text_lines_look_like_paragraphs (with_blank));
  g_assert_false (_plx_text_lines_look_like_paragraphs ("short\nlines\nhere"));
  g_assert_false (_plx_text_lines_look_like_paragraphs (long_line));
}

static void
test_language (void)
{
  g_assert_cmpstr (_plx_language_detect ("The talks lasted about an hour and the minister said that both sides were pleased with the result."), ==, "en");
  g_assert_cmpstr (_plx_language_detect ("Переговоры продолжались около часа, и министр заявил, что обе стороны довольны результатом."), ==, "ru");
  /* Latin script, not English */
  g_assert_cmpstr (_plx_language_detect ("Die Gespräche dauerten etwa eine Stunde und beide Seiten zeigten sich zufrieden."), ==, "und");
  /* Cyrillic, not Russian */
  g_assert_cmpstr (_plx_language_detect ("Переговори тривали близько години, і міністр заявив, що обидві сторони задоволені результатом."), ==, "und");
  /* too little to tell */
  g_assert_cmpstr (_plx_language_detect ("Lavrov"), ==, "und");
  g_assert_cmpstr (_plx_language_detect ("12 345 678"), ==, "und");
  g_assert_cmpstr (_plx_language_detect (""), ==, "und");
  g_assert_cmpstr (_plx_language_detect (NULL), ==, "und");
  /* an English article quoting a Russian phrase stays English */
  g_assert_cmpstr (_plx_language_detect ("The minister said that the word he used, «договорились», was chosen with care and that the talks were over."), ==, "en");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plx/encoding/sniff-binary", test_sniff_binary);
  g_test_add_func ("/plx/encoding/canonical-names", test_canonical_names);
  g_test_add_func ("/plx/encoding/html-charset", test_html_charset);
  g_test_add_func ("/plx/encoding/decode-fixtures", test_decode_fixtures);
  g_test_add_func ("/plx/encoding/decode-declared", test_decode_declared);
  g_test_add_func ("/plx/encoding/decode-mislabeled", test_decode_mislabeled);
  g_test_add_func ("/plx/encoding/decode-mostly-utf8", test_decode_mostly_utf8);
  g_test_add_func ("/plx/encoding/decode-cp1252-quirks", test_decode_cp1252_quirks);
  g_test_add_func ("/plx/encoding/garbage-share", test_garbage_share);
  g_test_add_func ("/plx/encoding/normalize", test_normalize);
  g_test_add_func ("/plx/encoding/normalize-large", test_normalize_large);
  g_test_add_func ("/plx/encoding/lines-look-like-paragraphs", test_lines_look_like_paragraphs);
  g_test_add_func ("/plx/encoding/language", test_language);

  return g_test_run ();
}

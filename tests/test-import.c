/* test-import.c — importing articles: formats, encodings, metadata,
 * normalization, async and cancellation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "plx-error.h"
#include "plx-import.h"
#include "plx-markdown.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
}

static PlxArticle *
import_fixture (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PlxArticle *article;

  article = plx_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

/* Text as a reader sees it must never carry these. */
static void
assert_clean_text (const char *text)
{
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_null (strchr (text, '\r'));
  g_assert_null (strstr (text, "\n\n\n"));
  g_assert_null (strstr (text, "  "));
  g_assert_null (strstr (text, " \n"));
  g_assert_null (strstr (text, "\n "));
  g_assert_false (g_str_has_suffix (text, "\n"));
  g_assert_false (g_str_has_prefix (text, "\n"));
  g_assert_null (strstr (text, "\xef\xbb\xbf"));
  {
    g_autofree char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
    g_assert_cmpstr (nfc, ==, text);
  }
}

static void
test_english_utf8 (void)
{
  g_autoptr(PlxArticle) article = import_fixture ("english-utf8.txt");
  g_autofree char *path = fixture_path ("english-utf8.txt");
  g_autofree char *contents = NULL;
  gsize length;
  const char *text = plx_article_get_text (article);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  g_assert_cmpstr (plx_article_get_source (article), ==, path);
  g_assert_cmpuint (plx_article_get_byte_size (article), ==, length);
  g_assert_cmpint (plx_article_get_format (article), ==, PLX_ARTICLE_FORMAT_TEXT);
  g_assert_cmpstr (plx_article_get_encoding (article), ==, "UTF-8");
  g_assert_cmpstr (plx_article_get_language (article), ==, "en");
  g_assert_cmpstr (plx_article_get_title (article), ==,
                   "Port Ellery reopens the Vance Street bridge after two years of repairs");
  g_assert_cmpstr (plx_article_get_byline (article), ==, "Marta Quill");
  g_assert_cmpstr (plx_article_get_date (article), ==, "14 March 2024");
  g_assert_null (plx_article_get_outlet (article));

  assert_clean_text (text);
  g_assert_true (g_str_has_prefix (text, "Port Ellery reopens the Vance Street bridge"));
  g_assert_nonnull (strstr (text, "The chief engineer, José Ibáñez, said"));
  g_assert_nonnull (strstr (text, "“This bridge carried our grandparents to the shipyards,” she told"));
  g_assert_cmpuint (plx_article_get_char_count (article), ==, g_utf8_strlen (text, -1));
  g_assert_cmpuint (plx_article_get_word_count (article), >, 200);
  g_assert_cmpuint (plx_article_get_word_count (article), <, 260);
}

static void
test_sha256 (void)
{
  const char *names[] = { "english-utf8.txt", "russian-koi8r.txt", "news-page.html" };
  g_autofree char *sha256sum = g_find_program_in_path ("sha256sum");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(PlxArticle) article = import_fixture (names[i]);
      g_autofree char *path = fixture_path (names[i]);
      g_autofree char *contents = NULL;
      g_autofree char *expected = NULL;
      gsize length;

      /* GLib's own digest of the file. */
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
      g_assert_cmpstr (plx_article_get_sha256 (article), ==, expected);
      g_assert_cmpuint (strlen (plx_article_get_sha256 (article)), ==, 64);

      /* …and the one coreutils prints. */
      if (sha256sum != NULL)
        {
          const char *argv[] = { sha256sum, path, NULL };
          g_autofree char *out = NULL;
          g_autoptr(GError) error = NULL;
          int status = 0;

          g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                       &out, NULL, &status, &error));
          g_assert_no_error (error);
          g_assert_true (g_str_has_prefix (out, plx_article_get_sha256 (article)));
        }
    }
  if (sha256sum == NULL)
    g_test_message ("sha256sum not installed; compared with GChecksum only");
}

typedef struct
{
  const char *file;
  const char *encoding;
} Variant;

static void
check_variants (const char    *reference,
                const Variant *variants,
                gsize          n_variants)
{
  g_autoptr(PlxArticle) ref = import_fixture (reference);

  for (gsize i = 0; i < n_variants; i++)
    {
      g_autoptr(PlxArticle) article = import_fixture (variants[i].file);

      g_test_message ("%s", variants[i].file);
      g_assert_cmpstr (plx_article_get_encoding (article), ==, variants[i].encoding);
      g_assert_cmpstr (plx_article_get_text (article), ==, plx_article_get_text (ref));
      g_assert_cmpstr (plx_article_get_title (article), ==, plx_article_get_title (ref));
      g_assert_cmpstr (plx_article_get_byline (article), ==, plx_article_get_byline (ref));
      g_assert_cmpstr (plx_article_get_date (article), ==, plx_article_get_date (ref));
      g_assert_cmpstr (plx_article_get_language (article), ==, plx_article_get_language (ref));
      /* The digest is of the original bytes, so it differs per encoding. */
      g_assert_cmpstr (plx_article_get_sha256 (article), !=, plx_article_get_sha256 (ref));
    }
}

static void
test_english_encodings (void)
{
  const Variant variants[] = {
    { "english-utf8-bom.txt", "UTF-8" },
    { "english-utf16le.txt", "UTF-16LE" },
    { "english-utf16be.txt", "UTF-16BE" },
    { "english-cp1252.txt", "WINDOWS-1252" },
  };

  check_variants ("english-utf8.txt", variants, G_N_ELEMENTS (variants));
}

static void
test_english_latin1 (void)
{
  g_autoptr(PlxArticle) article = import_fixture ("english-latin1.txt");
  const char *text = plx_article_get_text (article);

  /* No bytes in 0x80–0x9F: ISO-8859-1 and Windows-1252 agree. */
  g_assert_cmpstr (plx_article_get_encoding (article), ==, "ISO-8859-1");
  g_assert_cmpstr (plx_article_get_language (article), ==, "en");
  g_assert_nonnull (strstr (text, "Mayor Renée Duval cut a green ribbon"));
  g_assert_nonnull (strstr (text, "Councillor Birgit Sørensen"));
  g_assert_nonnull (strstr (text, "said Aurélie Martin"));
  assert_clean_text (text);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_assert_false (c >= 0x80 && c < 0xA0);
    }
}

static void
test_russian_encodings (void)
{
  const Variant variants[] = {
    { "russian-utf8-bom.txt", "UTF-8" },
    { "russian-utf16le.txt", "UTF-16LE" },
    { "russian-utf16be.txt", "UTF-16BE" },
    { "russian-cp1251.txt", "WINDOWS-1251" },
  };
  g_autoptr(PlxArticle) article = import_fixture ("russian-utf8.txt");
  const char *text = plx_article_get_text (article);

  g_assert_cmpstr (plx_article_get_language (article), ==, "ru");
  g_assert_cmpstr (plx_article_get_title (article), ==,
                   "В Верхнеозёрске открылась новая городская библиотека");
  g_assert_cmpstr (plx_article_get_byline (article), ==, "Анна Лебедева");
  g_assert_cmpstr (plx_article_get_date (article), ==, "14 марта 2024 года");
  g_assert_nonnull (strstr (text, "«Эта библиотека — подарок не нам, а нашим детям», — заявил он"));
  assert_clean_text (text);

  check_variants ("russian-utf8.txt", variants, G_N_ELEMENTS (variants));
}

static void
test_russian_koi8r (void)
{
  g_autoptr(PlxArticle) article = import_fixture ("russian-koi8r.txt");
  const char *text = plx_article_get_text (article);

  /* KOI8-R has no guillemets or em dashes: iconv transliterated them. */
  g_assert_cmpstr (plx_article_get_encoding (article), ==, "KOI8-R");
  g_assert_cmpstr (plx_article_get_language (article), ==, "ru");
  g_assert_cmpstr (plx_article_get_title (article), ==,
                   "В Верхнеозёрске открылась новая городская библиотека");
  g_assert_cmpstr (plx_article_get_byline (article), ==, "Анна Лебедева");
  g_assert_nonnull (strstr (text, "Директор библиотеки Ольга Светлова рассказала, что в фонде уже больше ста тысяч книг."));
  g_assert_nonnull (strstr (text, "Депутат городской думы Сергей Ковалёв"));
  assert_clean_text (text);
}

static void
test_markdown (void)
{
  g_autoptr(PlxArticle) article = import_fixture ("article.md");
  const char *text = plx_article_get_text (article);

  g_assert_cmpint (plx_article_get_format (article), ==, PLX_ARTICLE_FORMAT_MARKDOWN);
  g_assert_cmpstr (plx_article_get_title (article), ==,
                   "Tidewater ferry crews vote to end three-day strike");
  g_assert_cmpstr (plx_article_get_byline (article), ==, "Daniel Okafor");
  g_assert_cmpstr (plx_article_get_date (article), ==, "15 April 2024");
  g_assert_cmpstr (plx_article_get_language (article), ==, "en");
  assert_clean_text (text);

  /* Markers gone, text kept, soft-wrapped lines joined. */
  g_assert_true (g_str_has_prefix (text, "Tidewater ferry crews vote to end three-day strike\n\nBy Daniel Okafor\n\n"));
  g_assert_nonnull (strstr (text, "ending a three-day strike that left thousands of island residents"));
  g_assert_nonnull (strstr (text, "The union's secretary, Helen Marsh, said the deal was \"the best we could get without losing the summer season\"."));
  g_assert_nonnull (strstr (text, "The company, Tidewater Crossings, agreed"));
  g_assert_nonnull (strstr (text, "\n\nWhat changes for passengers\n\nMorning sailings return on Tuesday.\nTickets bought"));
  g_assert_nonnull (strstr (text, "\"We apologise to everyone who was stranded,\" the company said in a statement. \"Nobody wanted"));
  g_assert_nonnull (strstr (text, "the timetable the service remains fragile: two boats are"));
  g_assert_nonnull (strstr (text, "Tomás Reyes"));
  for (const char *marker = "#*_`>[]~"; *marker != '\0'; marker++)
    g_assert_null (strchr (text, *marker));
  g_assert_null (strstr (text, "https://"));
}

static void
test_markdown_front_matter (void)
{
  const char *md =
    "---\n"
    "title: \"Harbour fees rise again\"\n"
    "author: Lena Vogt\n"
    "date: 2024-05-01\n"
    "outlet: The Quayside Post\n"
    "---\n"
    "\n"
    "Setext headline\n"
    "===============\n"
    "\n"
    "Port fees will rise by **four per cent** from June, the harbour board said.\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (md, strlen (md));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_import_bytes (bytes, "fees.markdown", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (plx_article_get_title (article), ==, "Harbour fees rise again");
  g_assert_cmpstr (plx_article_get_byline (article), ==, "Lena Vogt");
  g_assert_cmpstr (plx_article_get_date (article), ==, "2024-05-01");
  g_assert_cmpstr (plx_article_get_outlet (article), ==, "The Quayside Post");
  g_assert_cmpstr (plx_article_get_text (article), ==,
                   "Setext headline\n\nPort fees will rise by four per cent from June, the harbour board said.");
}

static void
test_markdown_blocks (void)
{
  const char *md =
    "Council votes on harbour plan\r\n"
    "-----------------------------\r\n"
    "\r\n"
    "The vote was close.  \r\n"
    "Very close.\r\n"
    "\r\n"
    "```\r\n"
    "Votes:  *5*  for\r\n"
    "        4 against\r\n"
    "```\r\n"
    "\r\n"
    "***\r\n"
    "\r\n"
    "1. First reading\r\n"
    "2. Second reading\r\n"
    "\r\n"
    "> > Nested quote\r\n"
    "\r\n"
    "<!-- editor: check figures -->\r\n"
    "See [the minutes][minutes].\r\n"
    "\r\n"
    "[minutes]: https://example.org/minutes \"Minutes\"\r\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (md, strlen (md));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_import_bytes (bytes, "vote.md", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (plx_article_get_title (article), ==, "Council votes on harbour plan");
  /* Code keeps its characters; runs of spaces are still folded. */
  g_assert_cmpstr (plx_article_get_text (article), ==,
                   "Council votes on harbour plan\n\n"
                   "The vote was close.\nVery close.\n\n"
                   "Votes: *5* for\n4 against\n\n"
                   "1. First reading\n2. Second reading\n\n"
                   "Nested quote\n\n"
                   "See the minutes.");
}

static void
test_markdown_inline (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "**bold** and *italic* and __strong__", "bold and italic and strong" },
    { "snake_case_name stays", "snake_case_name stays" },
    { "5 * 3 = 15 and 2*x", "5 * 3 = 15 and 2*x" },
    { "a [link](https://example.org/x_(y)) here", "a link here" },
    { "an ![image](pic.png) gone", "an  gone" },
    { "ref [text][1] and <https://example.org>", "ref text and https://example.org" },
    { "`code *not* emphasis`", "code *not* emphasis" },
    { "\\*literal\\* stars", "*literal* stars" },
    { "~~struck~~ text", "struck text" },
    { "***both***", "both" },
    { "AT&amp;T &mdash; &#8220;ok&#8221;", "AT&T — “ok”" },
    { "<span class=\"x\">tagged</span>", "tagged" },
    { "unmatched *star", "unmatched *star" },
    { "[[[[[[[[[[[[[[[[[[[[", "[[[[[[[[[[[[[[[[[[[[" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = _plx_markdown_inline (cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_html (void)
{
  g_autoptr(PlxArticle) article = import_fixture ("news-page.html");
  const char *text = plx_article_get_text (article);

  g_assert_cmpint (plx_article_get_format (article), ==, PLX_ARTICLE_FORMAT_HTML);
  g_assert_cmpstr (plx_article_get_encoding (article), ==, "UTF-8");
  g_assert_cmpstr (plx_article_get_language (article), ==, "en");
  g_assert_cmpstr (plx_article_get_title (article), ==,
                   "Glasshouse fire closes Kelvin Botanic Garden for the summer");
  g_assert_cmpstr (plx_article_get_outlet (article), ==, "The Northfield Observer");
  g_assert_cmpstr (plx_article_get_byline (article), ==, "Priya Raman");
  g_assert_cmpstr (plx_article_get_date (article), ==, "2024-06-02T08:30:00+01:00");
  assert_clean_text (text);
  g_assert_true (g_str_has_prefix (text, "Glasshouse fire closes Kelvin Botanic Garden for the summer\n\nA fire in the tropical glasshouse"));
  g_assert_true (g_str_has_suffix (text, "a day longer than it has to,” he said."));
}

static void
test_html_cp1251 (void)
{
  g_autoptr(PlxArticle) article = import_fixture ("russian-cp1251.html");
  const char *text = plx_article_get_text (article);

  g_assert_cmpstr (plx_article_get_encoding (article), ==, "WINDOWS-1251");
  g_assert_cmpstr (plx_article_get_language (article), ==, "ru");
  g_assert_cmpstr (plx_article_get_title (article), ==, "Паводок подтопил две улицы в Заречном");
  g_assert_cmpstr (plx_article_get_outlet (article), ==, "Новости Приречья");
  g_assert_cmpstr (plx_article_get_byline (article), ==, "Дмитрий Соколов");
  g_assert_cmpstr (plx_article_get_date (article), ==, "2024-04-18T10:15:00+03:00");
  g_assert_true (g_str_has_prefix (text, "Паводок подтопил две улицы в Заречном\n\nВ посёлке Заречный"));
  g_assert_nonnull (strstr (text, "«Уровень воды поднялся за ночь почти на метр"));
  g_assert_null (strstr (text, "Главная"));
  g_assert_null (strstr (text, "©"));
  assert_clean_text (text);
}

static void
test_normalization (void)
{
  /* "Cafe\u0301" is decomposed; NBSP, tabs and runs of spaces; CR LF and
   * lone CR; too many blank lines; a zero width space. */
  const char *input =
    "  Cafe\xcc\x81 owners   protest\t\tnew rules  \r\n"
    "\r\n\r\n\r\n"
    "The\xc2\xa0" "council   met on Monday.\rIt voted\xe2\x80\x8b twice. \n"
    "   \n\n\n\n"
    "Nobody came.\n\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_import_text (input, "pasted.txt", &error);
  const char *text;

  g_assert_no_error (error);
  text = plx_article_get_text (article);
  g_assert_cmpstr (text, ==,
                   "Caf\xc3\xa9 owners protest new rules\n\n"
                   "The council met on Monday.\nIt voted twice.\n\n"
                   "Nobody came.");
  assert_clean_text (text);
  g_assert_cmpuint (plx_article_get_char_count (article), ==, g_utf8_strlen (text, -1));
  g_assert_cmpuint (plx_article_get_word_count (article), ==, 15);
}

static void
test_lines_as_paragraphs (void)
{
  g_autoptr(GString) input = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = NULL;
  g_autofree char *expected = NULL;
  const char *line = "The committee heard evidence from residents, engineers and the company for most of the afternoon before it adjourned.";

  /* Copied from a web page: one long line per paragraph, no blank lines. */
  g_string_append_printf (input, "%s\n%s\n%s\n", line, line, line);
  article = plx_import_text (input->str, NULL, &error);
  g_assert_no_error (error);
  expected = g_strdup_printf ("%s\n\n%s\n\n%s", line, line, line);
  g_assert_cmpstr (plx_article_get_text (article), ==, expected);

  /* Hard-wrapped text keeps its single line breaks. */
  {
    g_autoptr(PlxArticle) wrapped = plx_import_text ("Short line one\nshort line two\nshort line three", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (plx_article_get_text (wrapped), ==, "Short line one\nshort line two\nshort line three");
  }
}

static void
test_pasted (void)
{
  const char *input = "Ferry strike ends\n\nCrews voted on Monday to return to work after three days.";
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_import_text (input, "Clipboard", &error);
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, input, -1);

  g_assert_no_error (error);
  g_assert_cmpint (plx_article_get_format (article), ==, PLX_ARTICLE_FORMAT_PASTED);
  g_assert_cmpstr (plx_article_get_source (article), ==, "Clipboard");
  g_assert_cmpstr (plx_article_get_encoding (article), ==, "UTF-8");
  g_assert_cmpstr (plx_article_get_sha256 (article), ==, sha);
  g_assert_cmpuint (plx_article_get_byte_size (article), ==, strlen (input));
  g_assert_cmpstr (plx_article_get_title (article), ==, "Ferry strike ends");
}

static void
test_format_from_content (void)
{
  const char *html = "<!DOCTYPE html><html><head><title>Budget vote | City Herald</title></head>"
                     "<body><p>The council approved the budget late on Tuesday night after a long debate.</p></body></html>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (html, strlen (html));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_import_bytes (bytes, "download", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (plx_article_get_format (article), ==, PLX_ARTICLE_FORMAT_HTML);
  g_assert_cmpstr (plx_article_get_title (article), ==, "Budget vote");
  g_assert_cmpstr (plx_article_get_outlet (article), ==, "City Herald");
  g_assert_cmpstr (plx_article_get_text (article), ==,
                   "Budget vote\n\nThe council approved the budget late on Tuesday night after a long debate.");
}

static void
test_no_invented_metadata (void)
{
  const char *input =
    "The council approved the budget late on Tuesday night, after a debate that lasted almost six hours and ended with a narrow vote.\n\n"
    "Opposition members said they would challenge the decision.";
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxArticle) article = plx_import_text (input, NULL, &error);

  g_assert_no_error (error);
  g_assert_null (plx_article_get_title (article));
  g_assert_null (plx_article_get_byline (article));
  g_assert_null (plx_article_get_date (article));
  g_assert_null (plx_article_get_outlet (article));

  /* A sentence is not a headline, "By the river" is not a byline, and an
   * impossible date is no date. */
  {
    g_autoptr(PlxArticle) other = plx_import_text ("Water levels rose overnight.\n\nBy the river, nobody slept.\n\n31 February 2024\n\nThe end.", NULL, &error);
    g_assert_no_error (error);
    g_assert_null (plx_article_get_title (other));
    g_assert_null (plx_article_get_byline (other));
    g_assert_null (plx_article_get_date (other));
  }
}

static void
test_language (void)
{
  struct { const char *text; const char *language; } cases[] = {
    { "The minister said on Tuesday that the talks with his counterpart had been useful and that both sides would meet again.", "en" },
    { "Министр заявил во вторник, что переговоры с коллегой были полезными и что стороны встретятся снова.", "ru" },
    { "Le ministre a déclaré mardi que les discussions avec son homologue avaient été utiles et que les deux parties se reverraient.", "und" },
    { "Міністр заявив у вівторок, що переговори з колегою були корисними і що сторони зустрінуться знову.", "und" },
    { "Talks resume", "und" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxArticle) article = plx_import_text (cases[i].text, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (plx_article_get_language (article), ==, cases[i].language);
    }
}

static void
test_seed (void)
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *root = g_getenv ("PLX_SOURCE_ROOT");
  const char *name;
  guint imported = 0;

  if (root == NULL)
    {
      g_test_skip ("PLX_SOURCE_ROOT not set");
      return;
    }
  dir_path = g_build_filename (root, "..", "shared", "seed", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    {
      g_test_skip ("seed article not available");
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxArticle) article = NULL;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      article = plx_import_file (file, NULL, NULL, &error);
      g_assert_no_error (error);
      assert_clean_text (plx_article_get_text (article));
      g_assert_cmpstr (plx_article_get_language (article), ==, "en");
      g_assert_nonnull (strstr (plx_article_get_text (article), "Lavrov"));
      g_assert_nonnull (plx_article_get_title (article));
      g_assert_nonnull (strstr (plx_article_get_title (article), "Lavrov"));
      imported++;
    }

  if (imported == 0)
    g_test_skip ("no seed text files");
}

/* ---- async ------------------------------------------------------------- */

typedef struct
{
  GMainLoop  *loop;
  PlxArticle *article;
  GError     *error;
} AsyncResult;

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncResult *r = user_data;

  g_assert_null (source);
  r->article = plx_import_file_finish (result, &r->error);
  g_main_loop_quit (r->loop);
}

static void
test_async (void)
{
  g_autofree char *path = fixture_path ("russian-cp1251.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PlxArticle) sync_article = import_fixture ("russian-cp1251.txt");
  AsyncResult r = { 0 };

  r.loop = g_main_loop_new (NULL, FALSE);
  plx_import_file_async (file, NULL, NULL, on_imported, &r);
  g_main_loop_run (r.loop);

  g_assert_no_error (r.error);
  g_assert_nonnull (r.article);
  g_assert_cmpstr (plx_article_get_text (r.article), ==, plx_article_get_text (sync_article));
  g_assert_cmpstr (plx_article_get_encoding (r.article), ==, "WINDOWS-1251");
  g_assert_cmpstr (plx_article_get_sha256 (r.article), ==, plx_article_get_sha256 (sync_article));

  g_main_loop_unref (r.loop);
  g_assert_finalize_object (r.article);
}

static void
test_async_error (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/parallax/missing-article.txt");
  AsyncResult r = { 0 };

  r.loop = g_main_loop_new (NULL, FALSE);
  plx_import_file_async (file, NULL, NULL, on_imported, &r);
  g_main_loop_run (r.loop);

  g_assert_null (r.article);
  g_assert_error (r.error, PLX_ERROR, PLX_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (r.error->message, "/nonexistent/parallax/missing-article.txt"));
  g_clear_error (&r.error);
  g_main_loop_unref (r.loop);
}

static void
test_async_cancel (void)
{
  g_autofree char *path = fixture_path ("english-utf8.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult r = { 0 };

  /* Cancelled right after the call: the worker may or may not have started. */
  r.loop = g_main_loop_new (NULL, FALSE);
  plx_import_file_async (file, NULL, cancellable, on_imported, &r);
  g_cancellable_cancel (cancellable);
  g_main_loop_run (r.loop);

  g_assert_null (r.article);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&r.error);

  /* The synchronous variant honours a cancelled cancellable too. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PlxArticle) article = plx_import_file (file, NULL, cancellable, &error);
    g_assert_null (article);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }

  g_main_loop_unref (r.loop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plx/import/english-utf8", test_english_utf8);
  g_test_add_func ("/plx/import/sha256", test_sha256);
  g_test_add_func ("/plx/import/english-encodings", test_english_encodings);
  g_test_add_func ("/plx/import/english-latin1", test_english_latin1);
  g_test_add_func ("/plx/import/russian-encodings", test_russian_encodings);
  g_test_add_func ("/plx/import/russian-koi8r", test_russian_koi8r);
  g_test_add_func ("/plx/import/markdown", test_markdown);
  g_test_add_func ("/plx/import/markdown-front-matter", test_markdown_front_matter);
  g_test_add_func ("/plx/import/markdown-blocks", test_markdown_blocks);
  g_test_add_func ("/plx/import/markdown-inline", test_markdown_inline);
  g_test_add_func ("/plx/import/html", test_html);
  g_test_add_func ("/plx/import/html-cp1251", test_html_cp1251);
  g_test_add_func ("/plx/import/normalization", test_normalization);
  g_test_add_func ("/plx/import/lines-as-paragraphs", test_lines_as_paragraphs);
  g_test_add_func ("/plx/import/pasted", test_pasted);
  g_test_add_func ("/plx/import/format-from-content", test_format_from_content);
  g_test_add_func ("/plx/import/no-invented-metadata", test_no_invented_metadata);
  g_test_add_func ("/plx/import/language", test_language);
  g_test_add_func ("/plx/import/seed", test_seed);
  g_test_add_func ("/plx/import/async", test_async);
  g_test_add_func ("/plx/import/async-error", test_async_error);
  g_test_add_func ("/plx/import/async-cancel", test_async_cancel);

  return g_test_run ();
}

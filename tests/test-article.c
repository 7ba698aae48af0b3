/* test-article.c — PlxArticle: metadata, counts, display values, JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "plx-article.h"

static void
test_defaults (void)
{
  PlxArticle *article = plx_article_new ();

  g_assert_cmpstr (plx_article_get_language (article), ==, "und");
  g_assert_cmpint (plx_article_get_format (article), ==, PLX_ARTICLE_FORMAT_TEXT);
  g_assert_cmpstr (plx_article_get_text (article), ==, "");
  g_assert_cmpuint (plx_article_get_char_count (article), ==, 0);
  g_assert_cmpuint (plx_article_get_word_count (article), ==, 0);
  g_assert_null (plx_article_get_title (article));
  g_assert_null (plx_article_get_source (article));
  g_assert_cmpstr (plx_article_get_display_title (article), ==, "");
  g_assert_cmpstr (plx_article_get_display_outlet (article), ==, "");

  g_assert_finalize_object (article);
}

static void
test_setters (void)
{
  PlxArticle *article = plx_article_new ();

  plx_article_set_source (article, "/tmp/news/story.txt");
  plx_article_set_byte_size (article, 1234);
  plx_article_set_sha256 (article, "abc123");
  plx_article_set_format (article, PLX_ARTICLE_FORMAT_HTML);
  plx_article_set_encoding (article, "WINDOWS-1251");
  plx_article_set_language (article, "ru");
  plx_article_set_title (article, "Заголовок");
  plx_article_set_outlet (article, "Вестник");
  plx_article_set_byline (article, "Анна Лебедева");
  plx_article_set_date (article, "2024-03-14");

  g_assert_cmpstr (plx_article_get_source (article), ==, "/tmp/news/story.txt");
  g_assert_cmpuint (plx_article_get_byte_size (article), ==, 1234);
  g_assert_cmpstr (plx_article_get_sha256 (article), ==, "abc123");
  g_assert_cmpint (plx_article_get_format (article), ==, PLX_ARTICLE_FORMAT_HTML);
  g_assert_cmpstr (plx_article_get_encoding (article), ==, "WINDOWS-1251");
  g_assert_cmpstr (plx_article_get_language (article), ==, "ru");
  g_assert_cmpstr (plx_article_get_title (article), ==, "Заголовок");
  g_assert_cmpstr (plx_article_get_outlet (article), ==, "Вестник");
  g_assert_cmpstr (plx_article_get_byline (article), ==, "Анна Лебедева");
  g_assert_cmpstr (plx_article_get_date (article), ==, "2024-03-14");

  /* Empty strings mean "unknown". */
  plx_article_set_byline (article, "");
  g_assert_null (plx_article_get_byline (article));
  plx_article_set_language (article, NULL);
  g_assert_cmpstr (plx_article_get_language (article), ==, "und");

  g_assert_finalize_object (article);
}

static void
test_counts (void)
{
  PlxArticle *article = plx_article_new ();

  plx_article_set_text (article, "Hello, world! It's a well-known fact.");
  g_assert_cmpuint (plx_article_get_char_count (article), ==, 37);
  g_assert_cmpuint (plx_article_get_word_count (article), ==, 6);

  /* Code points, not bytes. */
  plx_article_set_text (article, "Привет, мир — «да»");
  g_assert_cmpuint (plx_article_get_char_count (article), ==, 18);
  g_assert_cmpuint (plx_article_get_word_count (article), ==, 3);

  plx_article_set_text (article, NULL);
  g_assert_cmpstr (plx_article_get_text (article), ==, "");
  g_assert_cmpuint (plx_article_get_char_count (article), ==, 0);
  g_assert_cmpuint (plx_article_get_word_count (article), ==, 0);

  g_assert_cmpuint (plx_count_words ("one two\n\nthree"), ==, 3);
  g_assert_cmpuint (plx_count_words ("  ,,, ... "), ==, 0);
  g_assert_cmpuint (plx_count_words (NULL), ==, 0);

  g_assert_finalize_object (article);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  guint *count = user_data;
  (*count)++;
}

static void
test_display_values (void)
{
  PlxArticle *article = plx_article_new ();
  guint title_notifications = 0;

  g_signal_connect (article, "notify::title", G_CALLBACK (on_notify), &title_notifications);

  plx_article_set_source (article, "/home/user/articles/lavrov-visit.txt");
  g_assert_cmpstr (plx_article_get_display_title (article), ==, "lavrov-visit.txt");

  plx_article_set_title (article, "Imported headline");
  g_assert_cmpstr (plx_article_get_display_title (article), ==, "Imported headline");

  plx_article_set_title_override (article, "My own title");
  g_assert_cmpstr (plx_article_get_display_title (article), ==, "My own title");
  g_assert_cmpstr (plx_article_get_title (article), ==, "Imported headline");

  plx_article_set_title_override (article, NULL);
  g_assert_cmpstr (plx_article_get_display_title (article), ==, "Imported headline");
  g_assert_cmpuint (title_notifications, >=, 3);

  plx_article_set_outlet (article, "The Harbour Ledger");
  g_assert_cmpstr (plx_article_get_display_outlet (article), ==, "The Harbour Ledger");
  plx_article_set_outlet_override (article, "Ledger");
  g_assert_cmpstr (plx_article_get_display_outlet (article), ==, "Ledger");

  g_assert_finalize_object (article);
}

static void
test_format_strings (void)
{
  PlxArticleFormat formats[] = {
    PLX_ARTICLE_FORMAT_TEXT, PLX_ARTICLE_FORMAT_MARKDOWN,
    PLX_ARTICLE_FORMAT_HTML, PLX_ARTICLE_FORMAT_PASTED,
  };
  PlxArticleFormat parsed;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const char *name = plx_article_format_to_string (formats[i]);
      g_assert_true (plx_article_format_from_string (name, &parsed));
      g_assert_cmpint (parsed, ==, formats[i]);
    }
  g_assert_cmpstr (plx_article_format_to_string (PLX_ARTICLE_FORMAT_HTML), ==, "html");
  g_assert_false (plx_article_format_from_string ("pdf", &parsed));
  g_assert_false (plx_article_format_from_string (NULL, &parsed));
}

static void
test_json (void)
{
  PlxArticle *article = plx_article_new ();
  json_t *object;

  plx_article_set_source (article, "story.md");
  plx_article_set_byte_size (article, 42);
  plx_article_set_format (article, PLX_ARTICLE_FORMAT_MARKDOWN);
  plx_article_set_encoding (article, "UTF-8");
  plx_article_set_language (article, "en");
  plx_article_set_title (article, "A headline");
  plx_article_set_text (article, "A headline\n\nTwo words.");

  object = plx_article_to_json (article, FALSE);
  g_assert_nonnull (object);
  g_assert_cmpstr (json_string_value (json_object_get (object, "source")), ==, "story.md");
  g_assert_cmpint (json_integer_value (json_object_get (object, "byte_size")), ==, 42);
  g_assert_cmpstr (json_string_value (json_object_get (object, "format")), ==, "markdown");
  g_assert_cmpstr (json_string_value (json_object_get (object, "encoding")), ==, "UTF-8");
  g_assert_cmpstr (json_string_value (json_object_get (object, "language")), ==, "en");
  g_assert_cmpstr (json_string_value (json_object_get (object, "title")), ==, "A headline");
  g_assert_true (json_is_null (json_object_get (object, "outlet")));
  g_assert_true (json_is_null (json_object_get (object, "sha256")));
  g_assert_cmpint (json_integer_value (json_object_get (object, "word_count")), ==, 4);
  g_assert_cmpint (json_integer_value (json_object_get (object, "char_count")), ==, 22);
  g_assert_null (json_object_get (object, "text"));
  json_decref (object);

  object = plx_article_to_json (article, TRUE);
  g_assert_cmpstr (json_string_value (json_object_get (object, "text")), ==, "A headline\n\nTwo words.");
  json_decref (object);

  g_assert_finalize_object (article);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plx/article/defaults", test_defaults);
  g_test_add_func ("/plx/article/setters", test_setters);
  g_test_add_func ("/plx/article/counts", test_counts);
  g_test_add_func ("/plx/article/display-values", test_display_values);
  g_test_add_func ("/plx/article/format-strings", test_format_strings);
  g_test_add_func ("/plx/article/json", test_json);

  return g_test_run ();
}

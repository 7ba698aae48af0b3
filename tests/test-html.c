/* test-html.c — article extraction from HTML pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "plx-html.h"

static char *
extract (const char  *html,
         PlxTextMeta *meta)
{
  g_autofree char *raw = _plx_html_extract (html, strlen (html), meta);

  g_assert_nonnull (raw);
  return _plx_normalize_text (raw, -1, PLX_NORMALIZE_DEFAULT);
}

static char *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
assert_in_order (const char         *text,
                 const char * const *parts)
{
  const char *from = text;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *found = strstr (from, parts[i]);
      if (found == NULL)
        g_error ("“%s” missing or out of order in:\n%s", parts[i], text);
      from = found + strlen (parts[i]);
    }
}

static void
test_news_page (void)
{
  g_autofree char *html = load_fixture ("news-page.html");
  PlxTextMeta meta = { 0 };
  g_autofree char *text = extract (html, &meta);
  const char * const order[] = {
    "Glasshouse fire closes Kelvin Botanic Garden for the summer",
    "A fire in the tropical glasshouse",
    "Firefighters were called shortly before midnight",
    "“We lost plants that were older",
    "The fire service said the blaze",
    "Councillor Fergus Doyle",
    NULL
  };
  const char * const furniture[] = {
    "Advertisement", "Harwood", "Most read", "Related stories", "Garden wins",
    "Search the Observer", "Terrible news", "Write your comment", "Comments (12)",
    "Topics:", "Share this story", "©", "Privacy", "dataLayer", "track(",
    "renderAd", "Google Tag Manager", "inline promo", "News", "Sport",
    "Local Affairs Reporter", "Sunday 2 June", "font-family", "Home",
  };

  assert_in_order (text, order);
  g_assert_true (g_str_has_prefix (text, order[0]));
  for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
    if (strstr (text, furniture[i]) != NULL)
      g_error ("page furniture “%s” in the text:\n%s", furniture[i], text);
  /* The headline appears once. */
  g_assert_null (strstr (text + 1, order[0]));

  g_assert_cmpstr (meta.title, ==, "Glasshouse fire closes Kelvin Botanic Garden for the summer");
  g_assert_cmpstr (meta.outlet, ==, "The Northfield Observer");
  g_assert_cmpstr (meta.byline, ==, "Priya Raman");
  g_assert_cmpstr (meta.date, ==, "2024-06-02T08:30:00+01:00");
  _plx_text_meta_clear (&meta);
}

/* No <article>: the div with most paragraph text wins over sidebars and
 * link lists; the headline outside it is put first. */
static void
test_density (void)
{
  const char *html =
    "<html><head><title>Dam inspection finds cracks - Valley Times</title></head><body>"
    "<div id=\"top\"><h1>Dam inspection finds cracks</h1></div>"
    "<div class=\"col-left\"><ul>"
    "<li><a href=\"/1\">Weather warning for the valley this weekend</a></li>"
    "<li><a href=\"/2\">School bus timetable changes from Monday</a></li>"
    "<li><a href=\"/3\">Football club names new coach after defeat</a></li>"
    "</ul></div>"
    "<div class=\"col-main\"><div class=\"text\">"
    "<p>Engineers inspecting the Stonebridge dam found three cracks in the spillway, the water authority said on Wednesday.</p>"
    "<p>The cracks are small, according to the authority, but the reservoir will be kept below its usual level until repairs are done.</p>"
    "<p>“There is no danger to anyone living downstream,” said the authority’s chief engineer, Marek Novak.</p>"
    "<p>Repairs are expected to take six weeks and to cost about two million.</p>"
    "</div></div>"
    "<div class=\"col-right\"><p><a href=\"/x\">Read more about dams and reservoirs in our special section</a></p></div>"
    "</body></html>";
  PlxTextMeta meta = { 0 };
  g_autofree char *text = extract (html, &meta);

  g_assert_cmpstr (text, ==,
                   "Dam inspection finds cracks\n\n"
                   "Engineers inspecting the Stonebridge dam found three cracks in the spillway, the water authority said on Wednesday.\n\n"
                   "The cracks are small, according to the authority, but the reservoir will be kept below its usual level until repairs are done.\n\n"
                   "“There is no danger to anyone living downstream,” said the authority’s chief engineer, Marek Novak.\n\n"
                   "Repairs are expected to take six weeks and to cost about two million.");
  g_assert_cmpstr (meta.title, ==, "Dam inspection finds cracks");
  /* " - " is not taken as an outlet separator unless the outlet is known. */
  g_assert_null (meta.outlet);
  _plx_text_meta_clear (&meta);
}

static void
test_json_ld (void)
{
  const char *html =
    "<html><head>"
    "<title>Rail strike called off — The Midland Wire</title>"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
    "{\"@type\":\"WebSite\",\"name\":\"The Midland Wire\"},"
    "{\"@type\":[\"NewsArticle\"],\"headline\":\"Rail strike called off\","
    "\"author\":[{\"@type\":\"Person\",\"name\":\"Ola Berg\"},\"Sam Ito\"],"
    "\"datePublished\":\"2024-02-10\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Midland Wire\"}}]}"
    "</script>"
    "<script type=\"application/ld+json\">{ not json at all</script>"
    "</head><body><article>"
    "<p>The rail union called off next week’s strike after a late offer from the operators on Friday evening.</p>"
    "</article></body></html>";
  PlxTextMeta meta = { 0 };
  g_autofree char *text = extract (html, &meta);

  g_assert_cmpstr (meta.title, ==, "Rail strike called off");
  g_assert_cmpstr (meta.byline, ==, "Ola Berg, Sam Ito");
  g_assert_cmpstr (meta.date, ==, "2024-02-10");
  g_assert_cmpstr (meta.outlet, ==, "The Midland Wire");
  /* No <h1>: the title goes first. */
  g_assert_cmpstr (text, ==,
                   "Rail strike called off\n\n"
                   "The rail union called off next week’s strike after a late offer from the operators on Friday evening.");
  _plx_text_meta_clear (&meta);
}

static void
test_clean_title (void)
{
  char *found = NULL;
  char *title;

  title = _plx_html_clean_title ("Harbour fees rise | The Quayside Post", "The Quayside Post", NULL);
  g_assert_cmpstr (title, ==, "Harbour fees rise");
  g_free (title);

  title = _plx_html_clean_title ("Новости Приречья — Паводок подтопил две улицы", "Новости Приречья", NULL);
  g_assert_cmpstr (title, ==, "Паводок подтопил две улицы");
  g_free (title);

  title = _plx_html_clean_title ("Паводок подтопил две улицы - НОВОСТИ ПРИРЕЧЬЯ", "Новости Приречья", NULL);
  g_assert_cmpstr (title, ==, "Паводок подтопил две улицы");
  g_free (title);

  /* A dash inside the headline stays when it is not the outlet. */
  title = _plx_html_clean_title ("Talks resume - and stall again", "The Quayside Post", NULL);
  g_assert_cmpstr (title, ==, "Talks resume - and stall again");
  g_free (title);

  title = _plx_html_clean_title ("Harbour fees rise | Quayside Post", NULL, &found);
  g_assert_cmpstr (title, ==, "Harbour fees rise");
  g_assert_cmpstr (found, ==, "Quayside Post");
  g_free (title);
  g_free (found);

  title = _plx_html_clean_title ("Live | Election night as it happened in every single constituency of the country", NULL, &found);
  g_assert_null (found);
  g_free (title);
}

static void
test_markup (void)
{
  const char *html =
    "<html><body><article><h1>Storm  &amp;\n flood</h1>"
    "<p>First line<br>second line</p>"
    "<p>Tom&nbsp;&amp;&nbsp;Jerry&#8217;s <b>bold</b><i>italic</i> text, with a <a href=\"#\">link</a> inside it.</p>"
    "<pre>col1  col2\nval1  val2</pre>"
    "<ul><li>one item here</li><li>another item</li></ul>"
    "<p hidden>hidden text</p><p aria-hidden=\"true\">also hidden</p>"
    "<div role=\"navigation\">nav by role</div>"
    "<!-- a comment --><noscript>enable JavaScript</noscript>"
    "</article></body></html>";
  PlxTextMeta meta = { 0 };
  g_autofree char *text = extract (html, &meta);

  g_assert_cmpstr (text, ==,
                   "Storm & flood\n\n"
                   "First line\nsecond line\n\n"
                   "Tom & Jerry’s bolditalic text, with a link inside it.\n\n"
                   "col1 col2\nval1 val2\n\n"
                   "one item here\n\n"
                   "another item");
  _plx_text_meta_clear (&meta);
}

static void
test_wrapper_with_noise_class (void)
{
  /* A page wrapper whose class looks like furniture still holds the
   * article; the real comment thread beside it goes. */
  const char *html =
    "<html><body><div class=\"layout has-sidebar\">"
    "<h1>Mill reopens</h1>"
    "<p>The old paper mill on the river reopened on Monday as a workshop space for local craftspeople and artists.</p>"
    "<p>The council bought the building two years ago after it had stood empty for more than a decade.</p>"
    "<p>Tenants say the rents are fair and the light through the tall windows is the best in town.</p>"
    "<div class=\"comments\"><p>First! I remember when the mill still made paper and the river smelled of it every day.</p></div>"
    "</div></body></html>";
  PlxTextMeta meta = { 0 };
  g_autofree char *text = extract (html, &meta);

  g_assert_true (g_str_has_prefix (text, "Mill reopens\n\nThe old paper mill"));
  g_assert_nonnull (strstr (text, "best in town."));
  g_assert_null (strstr (text, "First!"));
  _plx_text_meta_clear (&meta);
}

static void
test_long_comment_thread (void)
{
  /* More reader comments than article paragraphs: the thread still goes. */
  GString *html = g_string_new ("<html><body class=\"page has-ads\"><div class=\"story-body\">"
                                "<h1>Bridge tolls scrapped</h1>"
                                "<p>The regional government scrapped the tolls on the Vance Street bridge on Monday, three years earlier than planned.</p>"
                                "<p>Drivers will no longer pay to cross from the first of next month, the transport minister said.</p>"
                                "</div><section id=\"comments\">");
  PlxTextMeta meta = { 0 };
  g_autofree char *text = NULL;

  for (guint i = 0; i < 10; i++)
    g_string_append_printf (html, "<div class=\"comment-body\"><p>Comment %u: about time too, I have been paying "
                                  "that toll every working day for years and years.</p></div>", i);
  g_string_append (html, "</section></body></html>");

  text = extract (html->str, &meta);
  g_assert_cmpstr (text, ==,
                   "Bridge tolls scrapped\n\n"
                   "The regional government scrapped the tolls on the Vance Street bridge on Monday, three years earlier than planned.\n\n"
                   "Drivers will no longer pay to cross from the first of next month, the transport minister said.");
  _plx_text_meta_clear (&meta);
  g_string_free (html, TRUE);
}

static void
test_no_text (void)
{
  g_autofree char *html = load_fixture ("no-text.html");
  PlxTextMeta meta = { 0 };
  g_autofree char *text = extract (html, &meta);

  g_assert_cmpstr (text, ==, "");
  _plx_text_meta_clear (&meta);

  /* A title alone is not an article. */
  {
    const char *title_only = "<html><head><title>Home | Site</title></head><body><nav>Menu</nav></body></html>";
    g_autofree char *t = extract (title_only, &meta);
    g_assert_cmpstr (t, ==, "");
    _plx_text_meta_clear (&meta);
  }
}

static void
test_broken_markup (void)
{
  const char *inputs[] = {
    "<p>Unclosed paragraph <b>bold <i>both</b> text",
    "<html><body><article><p>Text</article></div></span></body>",
    "<<<>>><p>>>ok<<</p>",
    "<script>never closed",
    "<p>\xe2\x80\x9cquoted\xe2\x80\x9d</p><table><tr><td>cell<td>cell2</table>",
    "",
    "plain text with no tags at all, which is still a document",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      PlxTextMeta meta = { 0 };
      g_autofree char *raw = _plx_html_extract (inputs[i], strlen (inputs[i]), &meta);

      /* NULL (no document) or UTF-8 text; never a crash. */
      if (raw != NULL)
        g_assert_true (g_utf8_validate (raw, -1, NULL));
      _plx_text_meta_clear (&meta);
    }

  {
    PlxTextMeta meta = { 0 };
    g_autofree char *text = extract (inputs[0], &meta);
    g_assert_cmpstr (text, ==, "Unclosed paragraph bold both text");
    _plx_text_meta_clear (&meta);
  }
}

static void
test_large_page (void)
{
  g_autoptr(GString) html = g_string_new ("<html><body><nav>menu</nav><article><h1>Long report</h1>");
  g_autofree char *text = NULL;
  PlxTextMeta meta = { 0 };
  gint64 start;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (html, "<p>Paragraph %u of the report, with a comma, and some words.</p>"
                                  "<div class=\"ad\">ad %u</div>", i, i);
  g_string_append (html, "</article></body></html>");

  start = g_get_monotonic_time ();
  text = extract (html->str, &meta);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
  g_assert_true (g_str_has_prefix (text, "Long report\n\nParagraph 0 of the report"));
  g_assert_true (g_str_has_suffix (text, "Paragraph 19999 of the report, with a comma, and some words."));
  g_assert_null (strstr (text, "ad 1"));
  _plx_text_meta_clear (&meta);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plx/html/news-page", test_news_page);
  g_test_add_func ("/plx/html/density", test_density);
  g_test_add_func ("/plx/html/json-ld", test_json_ld);
  g_test_add_func ("/plx/html/clean-title", test_clean_title);
  g_test_add_func ("/plx/html/markup", test_markup);
  g_test_add_func ("/plx/html/wrapper-with-noise-class", test_wrapper_with_noise_class);
  g_test_add_func ("/plx/html/long-comment-thread", test_long_comment_thread);
  g_test_add_func ("/plx/html/no-text", test_no_text);
  g_test_add_func ("/plx/html/broken-markup", test_broken_markup);
  g_test_add_func ("/plx/html/large-page", test_large_page);

  return g_test_run ();
}

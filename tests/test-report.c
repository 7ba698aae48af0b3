/* test-report.c — report writers: escaping, CSV quoting, grouping, JSON, PDF
 *
 * Most cases build the analyses by hand, so they test the writers and not
 * the analysis engine; one case runs the real engine on the hostile fixture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-report"

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>

#include "parallax.h"
#include "plx-analysis.h"
#include "plx-corrected.h"
#include "plx-palette.h"
#include "plx-report.h"
#include "plx-report-pdf.h"

/* ---- hand-built analyses ------------------------------------------ */

static void
speaker_free (gpointer data)
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
quote_free (gpointer data)
{
  PlxQuote *q = data;

  g_free (q->text);
  g_free (q->cue_text);
  g_free (q->cue_lemma);
  g_free (q);
}

static void
scare_free (gpointer data)
{
  PlxScareQuote *q = data;

  g_free (q->text);
  g_free (q);
}

static void
claim_free (gpointer data)
{
  PlxClaim *c = data;

  g_free (c->rule_id);
  g_free (c->label);
  g_free (c->color);
  g_free (c);
}

static PlxAnalysis *
analysis_new (void)
{
  PlxAnalysis *a = g_new0 (PlxAnalysis, 1);

  g_atomic_ref_count_init (&a->ref_count);
  a->language = g_strdup ("en");
  a->speakers = g_ptr_array_new_with_free_func (speaker_free);
  a->quotes = g_ptr_array_new_with_free_func (quote_free);
  a->scare_quotes = g_ptr_array_new_with_free_func (scare_free);
  a->claims = g_ptr_array_new_with_free_func (claim_free);
  return a;
}

/* The code-point span of the first occurrence of @needle in @text. */
static PlxSpan
find_span (const char *text,
           const char *needle)
{
  const char *at = strstr (text, needle);
  PlxSpan span;

  g_assert_nonnull (at);
  span.start = g_utf8_pointer_to_offset (text, at);
  span.end = span.start + g_utf8_strlen (needle, -1);
  return span;
}

static int
add_speaker (PlxAnalysis *a,
             const char  *text,
             const char  *name,
             const char  *mention)
{
  PlxSpeaker *s = g_new0 (PlxSpeaker, 1);

  s->id = g_strdup_printf ("s%u", a->speakers->len + 1);
  s->name = g_strdup (name);
  s->aliases = g_ptr_array_new_with_free_func (g_free);
  s->titles = g_ptr_array_new_with_free_func (g_free);
  s->mentions = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  if (mention != NULL)
    {
      PlxSpan span = find_span (text, mention);
      g_array_append_val (s->mentions, span);
    }
  g_ptr_array_add (a->speakers, s);
  return a->speakers->len - 1;
}

static int
add_quote (PlxAnalysis  *a,
           const char   *text,
           const char   *words,
           int           speaker,
           PlxQuoteKind  kind,
           const char   *cue)
{
  PlxQuote *q = g_new0 (PlxQuote, 1);
  PlxSpan span = find_span (text, words);

  q->start = span.start;
  q->end = span.end;
  q->text = g_strdup (words);
  q->kind = kind;
  q->speaker = speaker;
  q->cue_text = g_strdup (cue);
  q->cue_lemma = g_strdup (cue);
  g_ptr_array_add (a->quotes, q);
  return a->quotes->len - 1;
}

static void
add_claim (PlxAnalysis *a,
           const char  *text,
           const char  *words,
           const char  *rule_id,
           const char  *label,
           const char  *color,
           int          speaker,
           int          quote)
{
  PlxClaim *c = g_new0 (PlxClaim, 1);
  PlxSpan span = find_span (text, words);

  c->rule_id = g_strdup (rule_id);
  c->label = g_strdup (label);
  c->color = g_strdup (color);
  c->start = span.start;
  c->end = span.end;
  c->speaker = speaker;
  c->quote = quote;
  g_ptr_array_add (a->claims, c);
}

static PlxArticle *
article_new (const char *text,
             const char *outlet,
             const char *title,
             const char *source)
{
  PlxArticle *article = plx_article_new ();

  plx_article_set_text (article, text);
  plx_article_set_outlet (article, outlet);
  plx_article_set_title (article, title);
  plx_article_set_source (article, source);
  plx_article_set_language (article, "en");
  plx_article_set_sha256 (article, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  return article;
}

static char *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "report", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static GBytes *
write_report (PlxReport       *report,
              PlxReportFormat  format)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (plx_report_write (report, format, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
write_report_string (PlxReport       *report,
                     PlxReportFormat  format)
{
  g_autoptr(GBytes) bytes = write_report (report, format);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  char *str = g_strndup (data, len);

  g_assert_cmpuint (strlen (str), ==, len);
  g_assert_true (g_utf8_validate (str, -1, NULL));
  return str;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The hostile article with a hand-built analysis whose speaker name, cue,
 * claim label and claim colour are hostile too. */
static PlxReport *
hostile_report (void)
{
  g_autofree char *text = read_fixture ("hostile.txt");
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(PlxAnalysis) a = analysis_new ();
  PlxReport *report = plx_report_new ();
  PlxScareQuote *sq = g_new0 (PlxScareQuote, 1);
  PlxSpan span;
  int lind, berg, q;

  article = article_new (text, "<b>Outlet</b> & Co", "Title <script>alert(2)</script>", "/tmp/<img src=x>.txt");
  lind = add_speaker (a, text, "Maria <img src=x onerror=alert(3)> Lindqvist", "Maria Lindqvist");
  berg = add_speaker (a, text, "Tomas Berg", "Tomas Berg");
  add_quote (a, text, "a <script>alert(1)</script> in a suit", lind, PLX_QUOTE_DIRECT, "said\"><script>");
  q = add_quote (a, text, "We will not sign </div><div class=x> anything that breaks the rules,", lind,
                 PLX_QUOTE_SPLIT, "told");
  add_quote (a, text, "Numbers, commas, and \"quotes\" — all of it matters,", berg, PLX_QUOTE_DIRECT, "said");
  add_quote (a, text, "Ask at <a href=\"https://evil.example/\">this link</a>", -1, PLX_QUOTE_COLON, NULL);
  span = find_span (text, "<img src=x onerror=alert(1)>");
  sq->start = span.start;
  sq->end = span.end;
  sq->text = g_strdup ("<img src=x onerror=alert(1)>");
  g_ptr_array_add (a->scare_quotes, sq);
  /* A claim crossing a paragraph break and overlapping a quote. */
  add_claim (a, text, "walked out.\n\n\"We will not sign", "walkout", "</style><script>alert(4)</script>",
             "red;}</style><script>", lind, -1);
  add_claim (a, text, "anything that breaks the rules", "rules", "Rules & <order>", "#1a5fb4", lind, q);

  plx_report_add_article (report, article, a);
  return report;
}

/* Every tag of the page is one the writer makes: an allowed element, no
 * event handler, no resource, links only within the page. */
static void
assert_tags_safe (const char *html)
{
  static const char * const allowed[] = {
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "nav",
    "a", "section", "h1", "h2", "h3", "h4", "div", "article", "p", "span", "br",
    "ul", "li", "table", "tr", "th", "td", "footer", NULL
  };
  const char *p = html;

  while ((p = strchr (p, '<')) != NULL)
    {
      const char *end = strchr (p, '>');
      g_autofree char *tag = NULL;
      g_autofree char *name = NULL;
      gsize n;

      g_assert_nonnull (end);
      tag = g_strndup (p + 1, end - p - 1);
      if (tag[0] == '/')
        memmove (tag, tag + 1, strlen (tag));
      n = strcspn (tag, " \t\n");
      name = g_strndup (tag, n);
      if (!g_strv_contains (allowed, name))
        g_error ("unexpected element <%s>", tag);
      if (g_str_equal (name, "style"))
        {
          /* skip the stylesheet, which has '>' in selectors */
          p = strstr (end, "</style>");
          g_assert_nonnull (p);
          p += strlen ("</style>");
          continue;
        }
      /* Attributes: name="value"; values never hold '"' or '>'. */
      for (const char *a = tag + n; *a != '\0';)
        {
          g_autofree char *attr = NULL;
          gsize len;

          while (*a == ' ')
            a++;
          if (*a == '\0')
            break;
          len = strcspn (a, "= ");
          attr = g_strndup (a, len);
          g_assert_false (g_str_has_prefix (attr, "on"));
          g_assert_cmpstr (attr, !=, "src");
          g_assert_cmpstr (attr, !=, "srcset");
          a += len;
          if (*a == '=')
            {
              const char *close;

              g_assert_cmpint (a[1], ==, '"');
              close = strchr (a + 2, '"');
              g_assert_nonnull (close);
              if (g_str_equal (attr, "href"))
                g_assert_cmpint (a[2], ==, '#');
              a = close + 1;
            }
        }
      p = end + 1;
    }
}

static void
assert_no_markup_from_text (const char *html)
{
  assert_tags_safe (html);
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img"));
  g_assert_null (strstr (html, "<iframe"));
  g_assert_cmpuint (count (html, "<a "), ==, count (html, "<a href=\"#"));
  g_assert_null (strstr (html, "<b>"));
  g_assert_null (strstr (html, "<div class=x"));
  g_assert_null (strstr (html, "red;}"));
  g_assert_cmpuint (count (html, "<div"), ==, count (html, "</div>"));
  g_assert_cmpuint (count (html, "<span"), ==, count (html, "</span>"));
  g_assert_cmpuint (count (html, "<p>") + count (html, "<p "), ==, count (html, "</p>"));
  g_assert_cmpuint (count (html, "<style>"), ==, 1);
  g_assert_cmpuint (count (html, "</style>"), ==, 1);
  /* No resources: the only references are in-page anchors. */
  g_assert_cmpuint (count (html, "href=\""), ==, count (html, "href=\"#"));
  g_assert_null (strstr (html, "url("));
  g_assert_null (strstr (html, "@import"));
}

static void
test_html_escaping (void)
{
  g_autoptr(PlxReport) report = hostile_report ();
  g_autofree char *html = NULL;

  plx_report_set_title (report, "Report </title><script>alert(5)</script>");
  html = write_report_string (report, PLX_REPORT_FORMAT_HTML);

  assert_no_markup_from_text (html);
  g_assert_nonnull (strstr (html, "Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "&lt;/div&gt;&lt;div class=x&gt;"));
  g_assert_nonnull (strstr (html, "&lt;img src=x onerror=alert(1)&gt;"));
  g_assert_nonnull (strstr (html, "Maria &lt;img src=x onerror=alert(3)&gt; Lindqvist"));
  g_assert_nonnull (strstr (html, "&lt;/title&gt;&lt;script&gt;alert(5)"));
  g_assert_null (strstr (html, "&amp;lt;"));   /* escaped once, not twice */
  /* An invalid rulebook colour never reaches the CSS; the fallback does. */
  g_assert_nonnull (strstr (html, "text-decoration-color:#77767b"));
  g_assert_nonnull (strstr (html, "text-decoration-color:#1a5fb4"));
}

static void
test_html_highlights (void)
{
  g_autoptr(PlxReport) report = hostile_report ();
  g_autofree char *html = NULL;
  g_autofree char *q_class = NULL;
  g_autofree char *m_class = NULL;
  guint lind = plx_palette_index_for_name ("Maria <img src=x onerror=alert(3)> Lindqvist");

  html = write_report_string (report, PLX_REPORT_FORMAT_HTML);
  q_class = g_strdup_printf ("class=\"q q%u", lind);
  m_class = g_strdup_printf ("class=\"m m%u\"", lind);
  g_assert_nonnull (strstr (html, q_class));
  g_assert_nonnull (strstr (html, m_class));
  g_assert_nonnull (strstr (html, "class=\"sq\""));
  g_assert_nonnull (strstr (html, " c c0"));
  /* Article text (first paragraph, unhighlighted) is there, escaped. */
  g_assert_nonnull (strstr (html, "<p>Council rejects &lt;script&gt;alert(1)&lt;/script&gt; budget plan</p>"));

  /* Without layers: no highlight classes in the article text. */
  plx_report_set_layers (report, 0);
  g_free (html);
  html = write_report_string (report, PLX_REPORT_FORMAT_HTML);
  {
    const char *from = strstr (html, "<section id=\"articles\">");
    const char *to = strstr (from, "</section>");
    g_autofree char *articles = g_strndup (from, to - from);

    g_assert_null (strstr (articles, "<span"));
    g_assert_nonnull (strstr (articles, "in a suit"));
  }
  assert_no_markup_from_text (html);
}

/* RFC 4180 reader: rows of fields. */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *row = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  const char *p = csv;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          p++;
          for (;;)
            {
              g_assert_true (*p != '\0');   /* unterminated quoted field */
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p++);
            }
        }
      while (*p != '\0' && *p != ',' && *p != '\r')
        {
          g_assert_true (*p != '"' && *p != '\n');  /* bare quote or LF */
          g_string_append_c (field, *p++);
        }
      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else if (*p == '\r')
        {
          g_assert_cmpint (p[1], ==, '\n');
          p += 2;
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_free (row, FALSE));
          row = g_ptr_array_new ();
        }
    }
  g_assert_cmpuint (row->len, ==, 0);   /* the last record ends with CRLF */
  g_ptr_array_free (row, TRUE);
  g_string_free (field, TRUE);
  return rows;
}

static void
test_csv_roundtrip (void)
{
  const char *text = "Ana Vidal said: \"One, two\nthree\" and \"\"more\"\".\n\n"
                     "\"Plain words\" — Ana Vidal. \"=SUM(A1)\", he said, \"a,b\r\nc\".";
  g_autoptr(PlxArticle) article = article_new (text, "Vidal, \"The\" Post", "T", "/data/a,b.txt");
  g_autoptr(PlxAnalysis) a = analysis_new ();
  g_autoptr(PlxReport) report = plx_report_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;
  const char *expect_text[] = {
    "One, two\nthree\" and \"\"more\"\"", "Plain words", "=SUM(A1)", "a,b\r\nc",
  };
  int ana, q;
  char **r;

  ana = add_speaker (a, text, "Ana Vidal", "Ana Vidal");
  q = add_quote (a, text, expect_text[0], ana, PLX_QUOTE_COLON, "said");
  add_quote (a, text, expect_text[1], ana, PLX_QUOTE_DASH, NULL);
  add_quote (a, text, expect_text[2], -1, PLX_QUOTE_SPLIT, "said");
  add_quote (a, text, expect_text[3], -1, PLX_QUOTE_DIRECT, "said");
  add_claim (a, text, "two", "count", "Counting, \"numbers\"", "#00aa00", ana, q);
  add_claim (a, text, "three", "more", "More", "#aa0000", ana, q);
  plx_report_add_article (report, article, a);

  csv = write_report_string (report, PLX_REPORT_FORMAT_CSV);
  g_assert_true (g_str_has_prefix (csv, "article,outlet,speaker,kind,cue,claim_categories,start,end,text\r\n"));
  rows = parse_csv (csv);
  g_assert_cmpuint (rows->len, ==, 5);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, i)), ==, 9);

  r = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (r[0], ==, "/data/a,b.txt");
  g_assert_cmpstr (r[1], ==, "Vidal, \"The\" Post");
  g_assert_cmpstr (r[2], ==, "Ana Vidal");
  g_assert_cmpstr (r[3], ==, "colon");
  g_assert_cmpstr (r[4], ==, "said");
  g_assert_cmpstr (r[5], ==, "Counting, \"numbers\"; More");
  for (guint i = 0; i < G_N_ELEMENTS (expect_text); i++)
    {
      PlxQuote *quote = g_ptr_array_index (a->quotes, i);
      g_autofree char *start = g_strdup_printf ("%u", quote->start);
      g_autofree char *end = g_strdup_printf ("%u", quote->end);

      r = g_ptr_array_index (rows, i + 1);
      g_assert_cmpstr (r[6], ==, start);
      g_assert_cmpstr (r[7], ==, end);
      g_assert_cmpstr (r[8], ==, expect_text[i]);
    }
  r = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (r[3], ==, "dash");
  g_assert_cmpstr (r[4], ==, "");
  g_assert_cmpstr (r[5], ==, "");
  r = g_ptr_array_index (rows, 3);
  g_assert_cmpstr (r[2], ==, "");
}

static void
test_markdown_grouping (void)
{
  const char *t1 = "Anna Berg said the bridge will open. \"It opens in May,\" said Anna Berg. "
                   "\"Not before June,\" said Olaf Dahl.";
  const char *t2 = "\"May is realistic [really] <script>x</script>,\" Berg said, according to ANNA  BERG's office.";
  g_autoptr(PlxArticle) art1 = article_new (t1, "North Post", "Bridge", "one.txt");
  g_autoptr(PlxArticle) art2 = article_new (t2, "South *Wire*", "Bridge again", "two.txt");
  g_autoptr(PlxAnalysis) a1 = analysis_new ();
  g_autoptr(PlxAnalysis) a2 = analysis_new ();
  g_autoptr(PlxReport) report = plx_report_new ();
  g_autofree char *md = NULL;
  const char *anna, *olaf, *north, *south;
  int s;

  s = add_speaker (a1, t1, "Anna Berg", "Anna Berg");
  add_quote (a1, t1, "It opens in May,", s, PLX_QUOTE_DIRECT, "said");
  s = add_speaker (a1, t1, "Olaf Dahl", "Olaf Dahl");
  add_quote (a1, t1, "Not before June,", s, PLX_QUOTE_DIRECT, "said");
  s = add_speaker (a2, t2, "ANNA  BERG", "ANNA  BERG");
  add_quote (a2, t2, "May is realistic [really] <script>x</script>,", s, PLX_QUOTE_DIRECT, "said");
  plx_report_add_article (report, art1, a1);
  plx_report_add_article (report, art2, a2);

  md = write_report_string (report, PLX_REPORT_FORMAT_MARKDOWN);
  /* One heading per person, both outlets under it, before the next person. */
  g_assert_cmpuint (count (md, "### Anna Berg"), ==, 1);
  g_assert_null (strstr (md, "### ANNA"));
  anna = strstr (md, "### Anna Berg");
  olaf = strstr (md, "### Olaf Dahl");
  north = strstr (anna, "**North Post**");
  south = strstr (anna, "**South \\*Wire\\***");
  g_assert_nonnull (olaf);
  g_assert_nonnull (north);
  g_assert_nonnull (south);
  g_assert_true (anna < olaf);   /* most quoted first */
  g_assert_true (south < olaf);
  g_assert_nonnull (strstr (md, "“It opens in May,” (direct, said)"));
  g_assert_nonnull (strstr (md, "May is realistic \\[really\\] \\<script\\>x\\</script\\>,"));
  /* No raw HTML and no link syntax: every '<' and '[' is escaped. */
  for (const char *p = md; *p != '\0'; p++)
    if (*p == '<' || *p == '[')
      g_assert_true (p > md && p[-1] == '\\');
}

static void
test_json_shape (void)
{
  g_autoptr(PlxReport) report = hostile_report ();
  g_autoptr(PlxArticle) other = article_new ("Nothing here.", "Other", "Other", "other.txt");
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 27, 1, 2, 3);
  g_autofree char *dump = NULL;
  json_t *root, *articles, *analyses, *first;
  json_error_t jerr;

  plx_report_add_article (report, other, NULL);
  plx_report_add_article (report, other, NULL);
  plx_report_set_included (report, 2, FALSE);
  plx_report_set_date (report, date);
  dump = write_report_string (report, PLX_REPORT_FORMAT_JSON);
  root = json_loads (dump, 0, &jerr);
  g_assert_nonnull (root);
  g_assert_cmpstr (json_string_value (json_object_get (root, "format")), ==, "parallax-report");
  g_assert_cmpint (json_integer_value (json_object_get (root, "version")), ==, 1);
  g_assert_cmpstr (json_string_value (json_object_get (root, "exported")), ==, "2026-11-27T01:02:03Z");
  g_assert_true (json_is_null (json_object_get (root, "session")));
  g_assert_cmpuint (json_array_size (json_object_get (root, "layers")), ==, 3);
  articles = json_object_get (root, "articles");
  analyses = json_object_get (root, "analyses");
  g_assert_cmpuint (json_array_size (articles), ==, 2);
  g_assert_cmpuint (json_array_size (analyses), ==, 2);
  g_assert_cmpstr (json_string_value (json_object_get (json_array_get (articles, 0), "id")), ==, "a1");
  g_assert_cmpstr (json_string_value (json_object_get (json_array_get (articles, 0), "display_outlet")), ==,
                   "<b>Outlet</b> & Co");
  first = json_array_get (analyses, 0);
  g_assert_cmpstr (json_string_value (json_object_get (first, "path")), ==, "/tmp/<img src=x>.txt");
  g_assert_cmpuint (json_array_size (json_object_get (first, "quotes")), ==, 4);
  g_assert_cmpuint (json_array_size (json_object_get (first, "claims")), ==, 2);
  g_assert_true (json_is_null (json_array_get (analyses, 1)));
  json_decref (root);
}

static void
test_comparison (void)
{
  const char *t1 = "\"We will open the bridge in May,\" said Anna Berg. Olaf Dahl said nothing.";
  const char *t2 = "Anna Berg promised: \"We will open the bridge in May.\" The weather was fine.";
  const char *t3 = "The harbour closed for the winter, officials said.";
  g_autoptr(PlxArticle) art1 = article_new (t1, "North Post", "Bridge", "one.txt");
  g_autoptr(PlxArticle) art2 = article_new (t2, "South Wire", "Bridge again", "two.txt");
  g_autoptr(PlxArticle) art3 = article_new (t3, "East Daily", "Harbour", "three.txt");
  g_autoptr(PlxAnalysis) a1 = analysis_new ();
  g_autoptr(PlxAnalysis) a2 = analysis_new ();
  g_autoptr(PlxAnalysis) a3 = analysis_new ();
  g_autoptr(PlxReport) report = plx_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *md = NULL;
  json_t *root;
  int s;

  s = add_speaker (a1, t1, "Anna Berg", "Anna Berg");
  add_quote (a1, t1, "We will open the bridge in May,", s, PLX_QUOTE_DIRECT, "said");
  s = add_speaker (a2, t2, "Anna Berg", "Anna Berg");
  add_quote (a2, t2, "We will open the bridge in May.", s, PLX_QUOTE_COLON, "promised");
  plx_report_add_article (report, art1, a1);
  plx_report_add_article (report, art2, a2);
  plx_report_add_article (report, art3, a3);

  /* No comparison: no coverage or omissions, nothing guessed. */
  html = write_report_string (report, PLX_REPORT_FORMAT_HTML);
  g_assert_null (strstr (html, "id=\"coverage\""));
  g_assert_null (strstr (html, "id=\"omissions\""));
  root = plx_report_to_json (report);
  g_assert_null (json_object_get (root, "comparison"));
  json_decref (root);

  g_assert_true (plx_report_compare (report, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (plx_report_get_comparison (report));

  g_free (html);
  html = write_report_string (report, PLX_REPORT_FORMAT_HTML);
  assert_no_markup_from_text (html);
  g_assert_nonnull (strstr (html, "id=\"coverage\""));
  g_assert_nonnull (strstr (html, "id=\"omissions\""));
  /* Both bridge articles carry the statement; the harbour article does not. */
  g_assert_cmpuint (count (html, "<td class=\"ca\""), >=, 1);
  g_assert_cmpuint (count (html, "<td class=\"cv\"") + count (html, "<td class=\"cw\""), >=, 2);

  md = write_report_string (report, PLX_REPORT_FORMAT_MARKDOWN);
  g_assert_nonnull (strstr (md, "## Coverage"));
  g_assert_nonnull (strstr (md, "### 3. East Daily"));   /* it left the statement out */

  root = plx_report_to_json (report);
  g_assert_true (json_is_object (json_object_get (root, "comparison")));
  json_decref (root);

  /* Leaving an article out of the report: the comparison no longer covers
   * exactly the exported articles, so the JSON does not carry it. */
  plx_report_set_included (report, 2, FALSE);
  root = plx_report_to_json (report);
  g_assert_null (json_object_get (root, "comparison"));
  json_decref (root);

  plx_report_set_comparison (report, NULL);
  g_assert_null (plx_report_get_comparison (report));
}

/* Offsets past the text, reversed spans, speaker indices that do not exist,
 * an empty article and an empty report: every writer copes. */
static void
test_bad_input (void)
{
  const char *text = "Short text, \"quoted\".";
  g_autoptr(PlxArticle) article = article_new (text, "Outlet", "Title", "a.txt");
  g_autoptr(PlxArticle) empty = article_new ("", "", "", NULL);
  g_autoptr(PlxAnalysis) a = analysis_new ();
  g_autoptr(PlxReport) report = plx_report_new ();
  g_autoptr(PlxReport) nothing = plx_report_new ();
  PlxReportFormat formats[] = { PLX_REPORT_FORMAT_HTML, PLX_REPORT_FORMAT_PDF, PLX_REPORT_FORMAT_MARKDOWN,
                                PLX_REPORT_FORMAT_CSV, PLX_REPORT_FORMAT_JSON };
  PlxQuote *q;
  PlxSpan span = { 5, 2 };
  int s;

  s = add_speaker (a, text, "Someone", NULL);
  g_array_append_val (((PlxSpeaker *) g_ptr_array_index (a->speakers, s))->mentions, span);
  span.start = 10;
  span.end = 100000;
  g_array_append_val (((PlxSpeaker *) g_ptr_array_index (a->speakers, s))->mentions, span);
  add_quote (a, text, "quoted", 7, PLX_QUOTE_DIRECT, NULL);        /* no such speaker */
  q = g_ptr_array_index (a->quotes, 0);
  q->start = 50000;
  q->end = 60000;
  add_quote (a, text, "Short", -5, PLX_QUOTE_REPORTED, "said");
  q = g_ptr_array_index (a->quotes, 1);
  q->end = 0;                                                       /* reversed */
  add_claim (a, text, "text", "r", NULL, NULL, 42, 99);
  ((PlxClaim *) g_ptr_array_index (a->claims, 0))->end = G_MAXUINT;

  plx_report_add_article (report, article, a);
  plx_report_add_article (report, empty, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GBytes) out = write_report (report, formats[i]);
      g_autoptr(GBytes) none = write_report (nothing, formats[i]);

      g_assert_cmpuint (g_bytes_get_size (out), >, 0);
      g_assert_cmpuint (g_bytes_get_size (none), >, 0);
    }
  g_assert_cmpint (plx_report_pdf_get_n_pages (nothing, 100, 100), >=, 1);
  g_assert_cmpint (plx_report_pdf_get_n_pages (report, 10, 10), >=, 1);
}

static void
test_pdf (void)
{
  g_autoptr(PlxReport) report = hostile_report ();
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(PlxArticle) long_article = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int n_a4, n_small;

  pdf = write_report (report, PLX_REPORT_FORMAT_PDF);
  g_assert_cmpuint (g_bytes_get_size (pdf), >, 1000);
  g_assert_true (memcmp (g_bytes_get_data (pdf, NULL), "%PDF-", 5) == 0);

  /* Long text: a paragraph longer than a page, and many paragraphs. */
  for (guint i = 0; i < 4000; i++)
    g_string_append (long_text, "word ");
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (long_text, "\n\nParagraph %u of a long article.", i);
  long_article = article_new (long_text->str, "Long", "Long", "long.txt");
  plx_report_add_article (report, long_article, NULL);

  n_a4 = plx_report_pdf_get_n_pages (report, PLX_REPORT_PDF_PAGE_WIDTH, PLX_REPORT_PDF_PAGE_HEIGHT);
  n_small = plx_report_pdf_get_n_pages (report, 300, 400);
  g_assert_cmpint (n_a4, >=, 4);
  g_assert_cmpint (n_small, >, n_a4);
  /* Cached: asking again gives the same. */
  g_assert_cmpint (plx_report_pdf_get_n_pages (report, 300, 400), ==, n_small);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 400);
  cr = cairo_create (surface);
  for (int p = 0; p < n_small; p++)
    plx_report_pdf_render_page (report, cr, 300, 400, p);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_clear_pointer (&pdf, g_bytes_unref);
  pdf = write_report (report, PLX_REPORT_FORMAT_PDF);
  g_assert_true (memcmp (g_bytes_get_data (pdf, NULL), "%PDF-", 5) == 0);
}

/* The corrections made in the window reach the report: a quote removed, a
 * speaker reassigned, a passage marked as speech, a speaker renamed. */
static json_t *
correction (PlxArticle *article,
            const char *type,
            const char *passage,
            const char *speaker)
{
  const char *text = plx_article_get_text (article);
  const char *p = strstr (text, passage);
  g_autofree char *key = plx_corrected_article_key (article);
  guint start;
  json_t *a;

  g_assert_nonnull (p);
  start = g_utf8_pointer_to_offset (text, p);
  a = plx_anchor_new (type, key, text, start, start + g_utf8_strlen (passage, -1));
  if (speaker != NULL)
    json_object_set_new (a, "speaker", json_string (speaker));
  return a;
}

static int
quote_with (PlxAnalysis *a,
            const char  *words)
{
  for (guint i = 0; i < a->quotes->len; i++)
    if (strstr (((PlxQuote *) g_ptr_array_index (a->quotes, i))->text, words) != NULL)
      return i;
  return -1;
}

static const char *
speaker_of (PlxAnalysis *a,
            int          quote)
{
  PlxQuote *q;

  g_assert_cmpint (quote, >=, 0);
  q = g_ptr_array_index (a->quotes, quote);
  return q->speaker >= 0 ? ((PlxSpeaker *) g_ptr_array_index (a->speakers, q->speaker))->name : NULL;
}

static void
test_corrections (void)
{
  const char *text =
    "Bridge to reopen in May, mayor says\n\n"
    "“We will reopen the bridge in May,” Mayor Ana Ruiz said on Tuesday.\n\n"
    "“The schedule is a fiction,” said council member Tom Baker.\n\n"
    "A resident, Lena Ortiz, was less sure. The repairs are running late and the money is short.\n\n"
    "“Nobody has seen the engineers’ report,” Baker added.";
  g_autoptr(PlxArticle) article = article_new (text, "Harbor Times", "Bridge", "harbor-bridge.txt");
  g_autoptr(PlxReport) report = plx_report_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(json_t) annotations = json_array ();
  g_autoptr(json_t) rename = json_object ();
  g_autoptr(json_t) out = NULL;
  g_autofree char *dump = NULL;
  PlxAnalysis *raw, *fixed;

  plx_report_add_article (report, article, NULL);
  g_assert_true (plx_report_analyze (report, NULL, NULL, &error));
  g_assert_no_error (error);
  raw = plx_analysis_ref (plx_report_get_analysis (report, 0));
  /* what the engine found, so the corrections below change something */
  g_assert_cmpstr (speaker_of (raw, quote_with (raw, "reopen the bridge")), ==, "Ana Ruiz");
  g_assert_cmpstr (speaker_of (raw, quote_with (raw, "schedule is a fiction")), ==, "Tom Baker");
  g_assert_cmpint (quote_with (raw, "money is short"), <, 0);

  json_array_append_new (annotations, correction (article, "not-quote", "We will reopen the bridge in May", NULL));
  json_array_append_new (annotations, correction (article, "speaker", "The schedule is a fiction", "Lena Ortiz"));
  json_array_append_new (annotations, correction (article, "quote", "The repairs are running late and the money is short.", "Lena Ortiz"));
  json_object_set_new (rename, "type", json_string ("rename-speaker"));
  json_object_set_new (rename, "from", json_string ("Tom Baker"));
  json_object_set_new (rename, "to", json_string ("Thomas Baker"));
  json_array_append (annotations, rename);
  plx_report_set_annotations (report, annotations);

  fixed = plx_report_get_analysis (report, 0);
  g_assert_true (fixed != raw);
  g_assert_cmpint (quote_with (fixed, "reopen the bridge"), <, 0);
  g_assert_cmpstr (speaker_of (fixed, quote_with (fixed, "schedule is a fiction")), ==, "Lena Ortiz");
  g_assert_cmpstr (speaker_of (fixed, quote_with (fixed, "money is short")), ==, "Lena Ortiz");
  g_assert_cmpstr (speaker_of (fixed, quote_with (fixed, "engineers")), ==, "Thomas Baker");
  g_assert_cmpuint (fixed->quotes->len, ==, raw->quotes->len);
  for (guint i = 0; i < fixed->speakers->len; i++)
    {
      PlxSpeaker *sp = g_ptr_array_index (fixed->speakers, i);
      guint n = 0;

      for (guint k = 0; k < fixed->quotes->len; k++)
        n += ((PlxQuote *) g_ptr_array_index (fixed->quotes, k))->speaker == (int) i;
      g_assert_cmpuint (sp->n_quotes, ==, n);
    }

  /* the written report says the same */
  out = plx_report_to_json (report);
  dump = json_dumps (out, 0);
  g_assert_nonnull (strstr (dump, "Thomas Baker"));
  g_assert_nonnull (strstr (dump, "Lena Ortiz"));
  g_assert_null (strstr (dump, "\"Tom Baker\""));
  /* the provenance says that corrections are applied, and how many */
  g_assert_cmpuint (plx_report_get_n_corrections (report, 0), ==, 4);
  g_assert_cmpint (json_integer_value (json_object_get (json_array_get (json_object_get (out, "articles"), 0),
                                                        "corrections")), ==, 4);
  {
    g_autofree char *md = write_report_string (report, PLX_REPORT_FORMAT_MARKDOWN);
    g_autofree char *html = write_report_string (report, PLX_REPORT_FORMAT_HTML);

    g_assert_nonnull (strstr (md, "4 corrections made by the user"));
    g_assert_nonnull (strstr (html, "4 corrections made by the user"));
  }

  /* without the corrections, the engine's result again */
  plx_report_set_annotations (report, NULL);
  g_assert_true (plx_report_get_analysis (report, 0) == raw);
  g_assert_cmpuint (plx_report_get_n_corrections (report, 0), ==, 0);
  {
    g_autofree char *md = write_report_string (report, PLX_REPORT_FORMAT_MARKDOWN);

    g_assert_null (strstr (md, "corrections made by the user"));
  }

  /* a report made from the window's session takes its corrections */
  {
    g_autoptr(PlxSession) session = plx_session_new ();
    g_autoptr(PlxReport) from_session = NULL;

    plx_session_add_article (session, article);
    plx_session_set_section (session, "annotations", annotations);
    from_session = plx_report_new_for_session (session);
    plx_report_set_analysis (from_session, 0, raw);
    fixed = plx_report_get_analysis (from_session, 0);
    g_assert_cmpstr (speaker_of (fixed, quote_with (fixed, "money is short")), ==, "Lena Ortiz");
  }
  plx_analysis_unref (raw);
}

static void
test_real_analysis (void)
{
  g_autofree char *text = read_fixture ("hostile.txt");
  g_autoptr(PlxArticle) article = article_new (text, "Hostile Gazette", "Hostile", "hostile.txt");
  g_autoptr(PlxReport) report = plx_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *md = NULL;
  PlxAnalysis *a;

  plx_report_add_article (report, article, NULL);
  g_assert_true (plx_report_analyze (report, NULL, NULL, &error));
  g_assert_no_error (error);
  a = plx_report_get_analysis (report, 0);
  g_assert_nonnull (a);

  html = write_report_string (report, PLX_REPORT_FORMAT_HTML);
  assert_no_markup_from_text (html);
  md = write_report_string (report, PLX_REPORT_FORMAT_MARKDOWN);
  for (const char *p = md; *p != '\0'; p++)
    if (*p == '<')
      g_assert_true (p > md && p[-1] == '\\');
  /* Every quote the engine found is in the HTML, escaped: compare with the
   * text of the page without its tags. */
  g_assert_cmpuint (a->quotes->len, >, 0);
  {
    g_autoptr(GString) page = g_string_new (NULL);
    gboolean in_tag = FALSE;

    for (const char *p = strstr (html, "<body>"); *p != '\0'; p++)
      {
        if (*p == '<')
          in_tag = TRUE;
        else if (*p == '>')
          in_tag = FALSE;
        else if (!in_tag)
          g_string_append_c (page, *p);
      }
    for (guint i = 0; i < a->quotes->len; i++)
      {
        PlxQuote *q = g_ptr_array_index (a->quotes, i);
        g_autoptr(GString) escaped = g_string_new (NULL);

        if (strchr (q->text, '\n') != NULL)
          continue;   /* crosses a paragraph: cut by </p><p> */
        for (const char *p = q->text; *p != '\0'; p++)
          switch (*p)
            {
            case '&': g_string_append (escaped, "&amp;"); break;
            case '<': g_string_append (escaped, "&lt;"); break;
            case '>': g_string_append (escaped, "&gt;"); break;
            case '"': g_string_append (escaped, "&quot;"); break;
            case '\'': g_string_append (escaped, "&#39;"); break;
            default: g_string_append_c (escaped, *p);
            }
        g_assert_nonnull (strstr (page->str, escaped->str));
      }
  }
}

static void
test_write_file (void)
{
  g_autoptr(PlxReport) report = hostile_report ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plx-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.md", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "out.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autofree char *contents = NULL;
  PlxReportFormat format;

  g_assert_true (plx_report_write_file (report, PLX_REPORT_FORMAT_MARKDOWN, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "# Parallax report"));

  g_assert_false (plx_report_write_file (report, PLX_REPORT_FORMAT_HTML, bad_file, NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "out.md"));

  g_assert_true (plx_report_format_from_string ("PDF", &format));
  g_assert_cmpint (format, ==, PLX_REPORT_FORMAT_PDF);
  g_assert_true (plx_report_format_from_string ("markdown", &format));
  g_assert_cmpint (format, ==, PLX_REPORT_FORMAT_MARKDOWN);
  g_assert_false (plx_report_format_from_string ("docx", &format));
  g_assert_cmpstr (plx_report_format_get_extension (PLX_REPORT_FORMAT_CSV), ==, "csv");

  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} AsyncResult;

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncResult *r = user_data;

  r->ok = plx_report_write_file_finish (PLX_REPORT (source), result, &r->error);
  r->done = TRUE;
}

static void
test_write_file_async (void)
{
  g_autoptr(PlxReport) report = hostile_report ();
  g_autofree char *dir = g_dir_make_tmp ("plx-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "out.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autofree char *contents = NULL;
  AsyncResult r = { 0 };
  gsize len = 0;

  plx_report_write_file_async (report, PLX_REPORT_FORMAT_PDF, file, NULL, on_written, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_true (len > 1000 && memcmp (contents, "%PDF-", 5) == 0);

  r.done = FALSE;
  plx_report_write_file_async (report, PLX_REPORT_FORMAT_HTML, bad_file, NULL, on_written, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (r.ok);
  g_assert_error (r.error, PLX_ERROR, PLX_ERROR_WRITE);
  g_clear_error (&r.error);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_palette (void)
{
  guint a = plx_palette_index_for_name ("Sergei Lavrov");

  g_assert_cmpuint (a, >=, 1);
  g_assert_cmpuint (a, <=, PLX_PALETTE_N_COLORS);
  g_assert_cmpuint (plx_palette_index_for_name ("sergei  LAVROV"), ==, a);
  g_assert_cmpuint (plx_palette_index_for_name ("Sergéi Lavrov"), ==, plx_palette_index_for_name ("Sergei Lavrov"));
  g_assert_cmpuint (plx_palette_index_for_name (NULL), ==, 1);
  g_assert_cmpuint (plx_palette_index_for_name ("\xff\xfe"), ==, 1);
  for (guint i = 1; i <= PLX_PALETTE_N_COLORS; i++)
    {
      g_assert_true (plx_palette_is_valid_color (plx_palette_color (i, FALSE)));
      g_assert_true (plx_palette_is_valid_color (plx_palette_color (i, TRUE)));
      g_assert_true (plx_palette_is_valid_color (plx_palette_tint (i, FALSE)));
      g_assert_true (plx_palette_is_valid_color (plx_palette_tint (i, TRUE)));
    }
  g_assert_cmpstr (plx_palette_color (1, FALSE), ==, "#1a5fb4");
  g_assert_cmpstr (plx_palette_color (13, FALSE), ==, plx_palette_color (1, FALSE));
  g_assert_false (plx_palette_is_valid_color ("#12345g"));
  g_assert_false (plx_palette_is_valid_color ("#1234567"));
  g_assert_false (plx_palette_is_valid_color ("red;}"));
  g_assert_false (plx_palette_is_valid_color ("#123"));
  g_assert_false (plx_palette_is_valid_color (NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plx/report/palette", test_palette);
  g_test_add_func ("/plx/report/html-escaping", test_html_escaping);
  g_test_add_func ("/plx/report/html-highlights", test_html_highlights);
  g_test_add_func ("/plx/report/csv-roundtrip", test_csv_roundtrip);
  g_test_add_func ("/plx/report/markdown-grouping", test_markdown_grouping);
  g_test_add_func ("/plx/report/json-shape", test_json_shape);
  g_test_add_func ("/plx/report/comparison", test_comparison);
  g_test_add_func ("/plx/report/bad-input", test_bad_input);
  g_test_add_func ("/plx/report/pdf", test_pdf);
  g_test_add_func ("/plx/report/real-analysis", test_real_analysis);
  g_test_add_func ("/plx/report/corrections", test_corrections);
  g_test_add_func ("/plx/report/write-file", test_write_file);
  g_test_add_func ("/plx/report/write-file-async", test_write_file_async);

  return g_test_run ();
}

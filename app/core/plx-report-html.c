/* plx-report-html.c — a self-contained HTML report
 *
 * One file, inline CSS, no scripts, no external resources (a CSP meta tag
 * forbids any), works without JavaScript. Every piece of text that comes from
 * an article, an analysis, a rulebook or a path is escaped; class names and
 * colours are generated here or validated, never taken from input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plx-palette.h"
#include "plx-report-private.h"

/* Appends @len bytes of @text (or up to NUL when @len < 0) with the HTML
 * special characters escaped; control characters other than tab and newline
 * are dropped, invalid UTF-8 is replaced. */
static void
append_escaped (GString    *out,
                const char *text,
                gssize      len)
{
  const char *p;
  const char *end;
  g_autofree char *valid = NULL;

  if (text == NULL)
    return;
  if (len < 0)
    len = strlen (text);
  if (!g_utf8_validate_len (text, len, NULL))
    {
      valid = g_utf8_make_valid (text, len);
      text = valid;
      len = strlen (valid);
    }

  end = text + len;
  for (p = text; p < end; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        case '\t':
        case '\n':
          g_string_append_c (out, *p);
          break;
        default:
          if ((guchar) *p < 0x20 || *p == 0x7f)
            break;
          g_string_append_c (out, *p);
        }
    }
}

static void
append_tag_text (GString    *out,
                 const char *tag,
                 const char *attrs,
                 const char *text)
{
  g_string_append_printf (out, "<%s%s%s>", tag, attrs != NULL ? " " : "", attrs != NULL ? attrs : "");
  append_escaped (out, text, -1);
  g_string_append_printf (out, "</%s>", tag);
}

static const char stylesheet[] =
  ":root{color-scheme:light;--fg:#1e1e1e;--muted:#5e5c64;--line:#d8d8d8;--pane:#fff;--bg:#f6f5f4}\n"
  "*{box-sizing:border-box}\n"
  "body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.55 \"DejaVu Serif\",\"Noto Serif\",Georgia,serif}\n"
  "h1,h2,h3,h4,nav,.meta,.legend,table,.kind,footer{font-family:\"DejaVu Sans\",\"Noto Sans\",Cantarell,Arial,sans-serif}\n"
  "header.report{padding:1.2rem 2rem .4rem}\n"
  "header.report h1{margin:0 0 .2rem;font-size:1.6rem}\n"
  ".subtitle{margin:0;color:var(--muted)}\n"
  "nav{padding:.2rem 2rem;font-size:.9rem}\n"
  "nav a{color:#1a5fb4;margin-right:1rem}\n"
  "section{padding:.2rem 2rem 1rem}\n"
  "h2{font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}\n"
  "h3{font-size:1.05rem;margin:.4rem 0 .2rem}\n"
  "h4{font-size:.95rem;margin:.6rem 0 .2rem;color:var(--muted)}\n"
  ".panes{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(22rem,1fr);gap:1rem;overflow-x:auto;align-items:start;padding-bottom:.5rem}\n"
  ".pane{background:var(--pane);border:1px solid var(--line);border-radius:6px;padding:.8rem 1.2rem;min-width:0}\n"
  ".pane h3{font-size:1.1rem}\n"
  ".pane .outlet{font-family:\"DejaVu Sans\",Arial,sans-serif;font-weight:bold;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:0}\n"
  ".meta{color:var(--muted);font-size:.85rem;margin:.1rem 0 .6rem}\n"
  ".text p{margin:0 0 .8em;overflow-wrap:anywhere}\n"
  ".na{color:var(--muted);font-style:italic}\n"
  ".legend{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;list-style:none;padding:0;margin:.4rem 0;font-size:.9rem}\n"
  ".legend li{white-space:nowrap}\n"
  "table{border-collapse:collapse;font-size:.88rem;margin:.4rem 0}\n"
  "th,td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}\n"
  "td.n{text-align:center}\n"
  "table.matrix td.cv,table.matrix td.cw,table.matrix td.cr,table.matrix td.ca{text-align:center;white-space:nowrap}\n"
  ".cv{background:#c8ecd4}.cw{background:#fbeec4}.cr{background:#d9e6f7}.ca{color:#b0afac}\n"
  ".scroll{overflow-x:auto}\n"
  "td.zero{color:#b0afac;text-align:center}\n"
  "th{background:#ebeae8}\n"
  ".hash,.src{font-family:\"DejaVu Sans Mono\",monospace;font-size:.8rem;overflow-wrap:anywhere}\n"
  "ul.quotes{margin:.1rem 0 .4rem;padding-left:1.2rem}\n"
  "ul.quotes li{margin:.15rem 0}\n"
  ".kind{color:var(--muted);font-size:.8rem}\n"
  ".m{font-weight:bold}\n"
  ".sq{font-style:italic;color:" "%s" ";background:" "%s" "}\n"
  ".c{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}\n"
  "footer{padding:.5rem 2rem 1.5rem;color:var(--muted);font-size:.8rem}\n"
  "@media (max-width:60rem),print{.panes{display:block;overflow:visible}.pane{margin-bottom:1rem}}\n"
  "@media print{body{background:#fff;font-size:10.5pt}nav{display:none}.pane{border:none;padding:0;break-inside:auto}"
  "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}section{padding:0}header.report{padding:0}}\n";

static void
append_style (GString       *out,
              PlxReportData *data)
{
  g_string_append (out, "<style>\n");
  g_string_append_printf (out, stylesheet,
                          plx_palette_scare_color (FALSE),
                          plx_palette_scare_tint (FALSE));
  for (guint i = 1; i <= PLX_PALETTE_N_COLORS; i++)
    g_string_append_printf (out, ".m%u{color:%s}.q%u{background:%s}\n",
                            i, plx_palette_color (i, FALSE),
                            i, plx_palette_tint (i, FALSE));
  for (guint i = 0; i < data->categories->len; i++)
    {
      PlxReportCategory *cat = g_ptr_array_index (data->categories, i);

      /* cat->color was validated as #rrggbb */
      g_string_append_printf (out, ".c%u{text-decoration-color:%s}.sw%u{background:%s}\n",
                              i, cat->color, i, cat->color);
    }
  g_string_append (out, ".sw{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em;vertical-align:baseline}\n");
  g_string_append (out, "</style>\n");
}

static const char *
speaker_name (PlxAnalysis *a,
              int          speaker)
{
  if (a == NULL || speaker < 0 || (guint) speaker >= a->speakers->len)
    return NULL;
  return ((PlxSpeaker *) g_ptr_array_index (a->speakers, speaker))->name;
}

static const char *
quote_kind_label (PlxQuoteKind kind)
{
  switch (kind)
    {
    case PLX_QUOTE_DIRECT: return _("direct");
    case PLX_QUOTE_SPLIT: return _("split");
    case PLX_QUOTE_DASH: return _("dash");
    case PLX_QUOTE_COLON: return _("colon");
    case PLX_QUOTE_REPORTED: return _("reported");
    default: return "";
    }
}

/* The tooltip of a highlighted piece of text: plain text, escaped later. */
static char *
span_title (PlxAnalysis   *a,
            PlxReportSpan *quote,
            PlxReportSpan *claim)
{
  GString *title = g_string_new (NULL);

  if (quote != NULL)
    {
      PlxQuote *q = g_ptr_array_index (a->quotes, quote->index);
      const char *who = speaker_name (a, q->speaker);

      if (who != NULL)
        g_string_append_printf (title, _("Quote by %s"), who);
      else
        g_string_append (title, _("Unattributed quote"));
      g_string_append_printf (title, " (%s", quote_kind_label (q->kind));
      if (q->cue_text != NULL)
        g_string_append_printf (title, ", “%s”", q->cue_text);
      g_string_append_c (title, ')');
    }
  if (claim != NULL)
    {
      PlxClaim *c = g_ptr_array_index (a->claims, claim->index);

      if (title->len > 0)
        g_string_append (title, " — ");
      g_string_append_printf (title, _("Claim: %s"), c->label != NULL ? c->label : c->rule_id);
    }
  return g_string_free (title, title->len == 0);
}

/* Appends article text [from, to) (bytes), turning blank lines into
 * paragraph breaks and single newlines into <br>. An open highlight
 * (@open_tag) is closed before a paragraph break and opened again after. */
static void
append_text_run (GString    *out,
                 const char *text,
                 gsize       from,
                 gsize       to,
                 const char *open_tag)
{
  gsize run = from;

  for (gsize i = from; i < to; i++)
    {
      if (text[i] != '\n')
        continue;
      append_escaped (out, text + run, i - run);
      if (i + 1 < to && text[i + 1] == '\n')
        {
          while (i + 1 < to && text[i + 1] == '\n')
            i++;
          if (open_tag != NULL)
            g_string_append (out, "</span>");
          g_string_append (out, "</p>\n<p>");
          if (open_tag != NULL)
            g_string_append (out, open_tag);
        }
      else
        g_string_append (out, "<br>");
      run = i + 1;
    }
  if (run < to)
    append_escaped (out, text + run, to - run);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : (x > y);
}

/* The article text with its highlights. Every place a highlight starts or
 * ends cuts the text into pieces; each piece becomes one flat <span> with
 * the classes of the highlights over it, so overlapping highlights never
 * need nested or crossing elements. */
static void
append_article_text (GString       *out,
                     PlxReportData *data,
                     guint          position)
{
  PlxArticle *article = plx_report_get_article (data->report, position);
  PlxAnalysis *a = plx_report_get_analysis (data->report, position);
  const guint *offsets;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) bounds = NULL;
  g_autoptr(GArray) active = NULL;
  GString *open_tag = g_string_new (NULL);
  guint n_chars = 0;
  guint next = 0;
  const char *text = _plx_report_data_text (data, position, &offsets, &n_chars);

  spans = _plx_report_data_spans (data, position, n_chars);

  bounds = g_array_sized_new (FALSE, FALSE, sizeof (guint), spans->len * 2 + 2);
  g_array_append_val (bounds, next);
  g_array_append_val (bounds, n_chars);
  for (guint i = 0; i < spans->len; i++)
    {
      PlxReportSpan *s = &g_array_index (spans, PlxReportSpan, i);

      g_array_append_val (bounds, s->start);
      g_array_append_val (bounds, s->end);
    }
  g_array_sort (bounds, compare_uint);
  active = g_array_new (FALSE, FALSE, sizeof (guint));

  g_string_append_printf (out, "<div class=\"text\" lang=\"%s\"><p>",
                          g_strcmp0 (plx_article_get_language (article), "ru") == 0 ? "ru" :
                          g_strcmp0 (plx_article_get_language (article), "en") == 0 ? "en" : "und");

  for (guint b = 0; b + 1 < bounds->len; b++)
    {
      guint from = g_array_index (bounds, guint, b);
      guint to = g_array_index (bounds, guint, b + 1);
      PlxReportSpan *quote = NULL, *mention = NULL, *scare = NULL, *claim = NULL;
      g_autofree char *title = NULL;

      if (from == to)
        continue;

      for (guint i = 0; i < active->len;)
        {
          PlxReportSpan *s = &g_array_index (spans, PlxReportSpan, g_array_index (active, guint, i));

          if (s->end <= from)
            g_array_remove_index_fast (active, i);
          else
            i++;
        }
      for (; next < spans->len && g_array_index (spans, PlxReportSpan, next).start <= from; next++)
        if (g_array_index (spans, PlxReportSpan, next).end > from)
          g_array_append_val (active, next);

      /* The innermost (latest starting) highlight of each kind wins. */
      for (guint i = 0; i < active->len; i++)
        {
          PlxReportSpan *s = &g_array_index (spans, PlxReportSpan, g_array_index (active, guint, i));
          PlxReportSpan **slot = NULL;

          switch (s->kind)
            {
            case PLX_REPORT_SPAN_QUOTE: slot = &quote; break;
            case PLX_REPORT_SPAN_SCARE: slot = &scare; break;
            case PLX_REPORT_SPAN_MENTION: slot = &mention; break;
            case PLX_REPORT_SPAN_CLAIM: slot = &claim; break;
            default: g_assert_not_reached ();
            }
          if (*slot == NULL || s->start > (*slot)->start)
            *slot = s;
        }

      g_string_truncate (open_tag, 0);
      if (quote || scare || mention || claim)
        {
          g_string_append (open_tag, "<span class=\"");
          if (quote != NULL)
            g_string_append_printf (open_tag, "q q%u ", quote->color);
          if (scare != NULL)
            g_string_append (open_tag, "sq ");
          if (mention != NULL)
            g_string_append_printf (open_tag, "m m%u ", mention->color);
          if (claim != NULL && claim->category >= 0)
            g_string_append_printf (open_tag, "c c%d ", claim->category);
          g_string_truncate (open_tag, open_tag->len - 1);
          g_string_append_c (open_tag, '"');
          title = span_title (a, quote, claim);
          if (title != NULL)
            {
              g_string_append (open_tag, " title=\"");
              append_escaped (open_tag, title, -1);
              g_string_append_c (open_tag, '"');
            }
          g_string_append_c (open_tag, '>');
          g_string_append (out, open_tag->str);
          append_text_run (out, text, offsets[from], offsets[to], open_tag->str);
          g_string_append (out, "</span>");
        }
      else
        append_text_run (out, text, offsets[from], offsets[to], NULL);
    }

  g_string_append (out, "</p></div>\n");
  g_string_free (open_tag, TRUE);
}

static void
append_legend (GString       *out,
               PlxReportData *data)
{
  PlxReportLayers layers = plx_report_get_layers (data->report);
  gboolean any = FALSE;

  g_string_append_printf (out, "<section id=\"legend\">\n<h2>%s</h2>\n<ul class=\"legend\">\n", _("Legend"));
  for (guint i = 0; i < data->speakers->len; i++)
    {
      PlxReportSpeaker *sp = g_ptr_array_index (data->speakers, i);

      if (sp->is_byline && sp->quotes->len == 0)
        continue;
      g_string_append (out, "<li>");
      if (layers & PLX_REPORT_LAYER_MENTIONS)
        {
          g_string_append_printf (out, "<span class=\"m m%u\">", sp->color);
          append_escaped (out, sp->name, -1);
          g_string_append (out, "</span>");
        }
      else
        append_escaped (out, sp->name, -1);
      if ((layers & PLX_REPORT_LAYER_QUOTES) && sp->quotes->len > 0)
        g_string_append_printf (out, " <span class=\"q q%u\">%s</span>", sp->color, _("quoted words"));
      g_string_append (out, "</li>\n");
      any = TRUE;
    }
  if (layers & PLX_REPORT_LAYER_QUOTES)
    {
      g_string_append_printf (out, "<li><span class=\"q q1\">%s</span></li>\n", _("unattributed quote"));
      g_string_append_printf (out, "<li><span class=\"sq\">%s</span> %s</li>\n", _("so-called"),
                              _("scare quote (not speech)"));
      any = TRUE;
    }
  if (layers & PLX_REPORT_LAYER_CLAIMS)
    for (guint i = 0; i < data->categories->len; i++)
      {
        PlxReportCategory *cat = g_ptr_array_index (data->categories, i);

        g_string_append_printf (out, "<li><span class=\"c c%u\">", i);
        append_escaped (out, cat->label, -1);
        g_string_append_printf (out, "</span> <span class=\"kind\">%s</span></li>\n", _("claim"));
        any = TRUE;
      }
  g_string_append (out, "</ul>\n");
  if (!any)
    g_string_append_printf (out, "<p class=\"na\">%s</p>\n", _("No highlights are included in this report."));
  g_string_append (out, "</section>\n");
}

static void
append_articles (GString       *out,
                 PlxReportData *data)
{
  g_string_append_printf (out, "<section id=\"articles\">\n<h2>%s</h2>\n<div class=\"panes\">\n", _("Articles"));
  for (guint i = 0; i < data->positions->len; i++)
    {
      guint pos = g_array_index (data->positions, guint, i);
      PlxArticle *article = plx_report_get_article (data->report, pos);
      g_autofree char *meta = _plx_report_article_meta (article);
      g_autofree char *id = g_strdup_printf ("id=\"a%u\" class=\"pane\"", i + 1);

      g_string_append_printf (out, "<article %s>\n", id);
      append_tag_text (out, "p", "class=\"outlet\"", _plx_report_data_outlet (data, pos));
      append_tag_text (out, "h3", NULL, plx_article_get_display_title (article));
      append_tag_text (out, "p", "class=\"meta\"", meta);
      if (plx_report_get_analysis (data->report, pos) == NULL)
        g_string_append_printf (out, "<p class=\"na\">%s</p>\n", _("Not analysed: no highlights."));
      append_article_text (out, data, pos);
      g_string_append (out, "</article>\n");
    }
  if (data->positions->len == 0)
    g_string_append_printf (out, "<p class=\"na\">%s</p>\n", _("No articles are included in this report."));
  g_string_append (out, "</div>\n</section>\n");
}

static void
append_quote_item (GString     *out,
                   PlxAnalysis *a,
                   guint        index,
                   guint        color)
{
  PlxQuote *q = g_ptr_array_index (a->quotes, index);
  g_autofree char *claims = _plx_report_quote_claims (a, index);

  g_string_append_printf (out, "<li><span class=\"q q%u\">", color);
  append_escaped (out, q->text, -1);
  g_string_append_printf (out, "</span> <span class=\"kind\">%s", quote_kind_label (q->kind));
  if (q->cue_text != NULL)
    {
      g_string_append (out, " · ");
      append_escaped (out, q->cue_text, -1);
    }
  if (claims[0] != '\0')
    {
      g_string_append (out, " · ");
      append_escaped (out, claims, -1);
    }
  g_string_append (out, "</span></li>\n");
}

static void
append_speakers (GString       *out,
                 PlxReportData *data)
{
  gboolean any_unattributed = FALSE;

  g_string_append_printf (out, "<section id=\"speakers\">\n<h2>%s</h2>\n", _("Speakers"));

  /* Who is quoted how often in which article. */
  g_string_append_printf (out, "<div class=\"scroll\"><table class=\"counts\">\n<tr><th>%s</th>", _("Speaker"));
  for (guint i = 0; i < data->positions->len; i++)
    {
      g_string_append_printf (out, "<th>%u. ", i + 1);
      append_escaped (out, _plx_report_data_outlet (data, g_array_index (data->positions, guint, i)), -1);
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr>\n");
  for (guint s = 0; s < data->speakers->len; s++)
    {
      PlxReportSpeaker *sp = g_ptr_array_index (data->speakers, s);

      if (sp->is_byline && sp->quotes->len == 0)
        continue;
      g_string_append_printf (out, "<tr><td><span class=\"m m%u\">", sp->color);
      append_escaped (out, sp->name, -1);
      g_string_append (out, "</span></td>");
      for (guint i = 0; i < data->positions->len; i++)
        {
          guint pos = g_array_index (data->positions, guint, i);
          guint n = sp->per_article[pos];
          guint m = g_array_index (sp->mentions, guint, pos);

          if (n > 0)
            g_string_append_printf (out, "<td class=\"n\">%u</td>", n);
          else if (m > 0)
            g_string_append_printf (out, "<td class=\"zero\" title=\"%s\">0</td>", _("mentioned, not quoted"));
          else
            g_string_append (out, "<td class=\"zero\">–</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append_printf (out, "</table></div>\n<p class=\"kind\">%s</p>\n",
                          _("Quotes per article; 0: mentioned but not quoted; –: not mentioned."));

  /* What each speaker said, per outlet. */
  for (guint s = 0; s < data->speakers->len; s++)
    {
      PlxReportSpeaker *sp = g_ptr_array_index (data->speakers, s);
      guint last = G_MAXUINT;

      if (sp->quotes->len == 0)
        continue;
      g_string_append_printf (out, "<h3><span class=\"m m%u\">", sp->color);
      append_escaped (out, sp->name, -1);
      g_string_append (out, "</span>");
      if (sp->title != NULL)
        {
          g_string_append (out, " <span class=\"kind\">");
          append_escaped (out, sp->title, -1);
          g_string_append (out, "</span>");
        }
      g_string_append (out, "</h3>\n");
      for (guint i = 0; i < sp->quotes->len; i++)
        {
          PlxReportRef *ref = &g_array_index (sp->quotes, PlxReportRef, i);
          PlxArticle *article = plx_report_get_article (data->report, ref->article);

          if (ref->article != last)
            {
              if (last != G_MAXUINT)
                g_string_append (out, "</ul>\n");
              g_string_append (out, "<h4>");
              append_escaped (out, _plx_report_data_outlet (data, ref->article), -1);
              g_string_append (out, " — ");
              append_escaped (out, plx_article_get_display_title (article), -1);
              g_string_append (out, "</h4>\n<ul class=\"quotes\">\n");
              last = ref->article;
            }
          append_quote_item (out, plx_report_get_analysis (data->report, ref->article),
                             ref->index, sp->color);
        }
      g_string_append (out, "</ul>\n");
    }

  /* Quotes nobody was found to have said. */
  for (guint i = 0; i < data->positions->len; i++)
    {
      guint pos = g_array_index (data->positions, guint, i);
      PlxAnalysis *a = plx_report_get_analysis (data->report, pos);
      gboolean header = FALSE;

      for (guint q = 0; a != NULL && q < a->quotes->len; q++)
        {
          PlxQuote *quote = g_ptr_array_index (a->quotes, q);

          if (_plx_report_data_speaker (data, pos, quote->speaker) != NULL)
            continue;
          if (!any_unattributed)
            g_string_append_printf (out, "<h3>%s</h3>\n", _("Unattributed quotes"));
          any_unattributed = TRUE;
          if (!header)
            {
              PlxArticle *article = plx_report_get_article (data->report, pos);

              g_string_append (out, "<h4>");
              append_escaped (out, _plx_report_data_outlet (data, pos), -1);
              g_string_append (out, " — ");
              append_escaped (out, plx_article_get_display_title (article), -1);
              g_string_append (out, "</h4>\n<ul class=\"quotes\">\n");
              header = TRUE;
            }
          append_quote_item (out, a, q, 1);
        }
      if (header)
        g_string_append (out, "</ul>\n");
    }
  g_string_append (out, "</section>\n");
}

static void
append_claims (GString       *out,
               PlxReportData *data)
{
  g_string_append_printf (out, "<section id=\"claims\">\n<h2>%s</h2>\n", _("Claims"));
  if (data->categories->len == 0)
    g_string_append_printf (out, "<p class=\"na\">%s</p>\n", _("No claims of the rulebook were found."));
  for (guint c = 0; c < data->categories->len; c++)
    {
      PlxReportCategory *cat = g_ptr_array_index (data->categories, c);

      g_string_append_printf (out, "<h3><span class=\"sw sw%u\"></span>", c);
      append_escaped (out, cat->label, -1);
      g_string_append (out, "</h3>\n<ul class=\"quotes\">\n");
      for (guint i = 0; i < cat->claims->len; i++)
        {
          PlxReportRef *ref = &g_array_index (cat->claims, PlxReportRef, i);
          PlxAnalysis *a = plx_report_get_analysis (data->report, ref->article);
          PlxClaim *claim = g_ptr_array_index (a->claims, ref->index);
          const char *who = speaker_name (a, claim->speaker);
          gsize len;
          const char *from = _plx_report_data_slice (data, ref->article, claim->start, claim->end, &len);

          g_string_append (out, "<li><span class=\"kind\">");
          append_escaped (out, _plx_report_data_outlet (data, ref->article), -1);
          if (who != NULL)
            {
              g_string_append (out, " · ");
              append_escaped (out, who, -1);
            }
          g_string_append_printf (out, "</span> <span class=\"c c%u\">", c);
          append_escaped (out, from, len);
          g_string_append (out, "</span></li>\n");
        }
      g_string_append (out, "</ul>\n");
    }
  g_string_append (out, "</section>\n");
}

static void
append_provenance (GString       *out,
                   PlxReportData *data)
{
  GFile *session = plx_report_get_session_file (data->report);
  g_autofree char *date = _plx_report_date_iso (data->report);
  g_autofree char *corrections = NULL;

  g_string_append_printf (out, "<section id=\"provenance\">\n<h2>%s</h2>\n", _("Provenance"));
  g_string_append_printf (out, "<table>\n<tr><th>#</th><th>%s</th><th>%s</th><th>%s</th><th>SHA-256</th><th>%s</th></tr>\n",
                          _("Article"), _("Source"), _("Format"), _("Language"));
  for (guint i = 0; i < data->positions->len; i++)
    {
      PlxArticle *article = plx_report_get_article (data->report, g_array_index (data->positions, guint, i));
      const char *sha = plx_article_get_sha256 (article);

      g_string_append_printf (out, "<tr><td>%u</td><td>", i + 1);
      append_escaped (out, plx_article_get_display_title (article), -1);
      g_string_append (out, "<br><span class=\"kind\">");
      append_escaped (out, _plx_report_data_outlet (data, g_array_index (data->positions, guint, i)), -1);
      g_string_append (out, "</span></td><td class=\"src\">");
      append_escaped (out, plx_article_get_source (article), -1);
      g_string_append (out, "</td><td>");
      append_escaped (out, plx_article_format_to_string (plx_article_get_format (article)), -1);
      if (plx_article_get_encoding (article) != NULL)
        {
          g_string_append (out, ", ");
          append_escaped (out, plx_article_get_encoding (article), -1);
        }
      g_string_append (out, "</td><td class=\"hash\">");
      append_escaped (out, sha != NULL ? sha : "–", -1);
      g_string_append (out, "</td><td>");
      append_escaped (out, plx_article_get_language (article), -1);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n<p>");
  g_string_append_printf (out, _("Exported %s by %s."), date, _plx_report_generator ());
  if (session != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (session);

      g_string_append (out, " ");
      g_string_append (out, _("Session:"));
      g_string_append (out, " <span class=\"src\">");
      append_escaped (out, name, -1);
      g_string_append (out, "</span>");
    }
  corrections = _plx_report_corrections_note (data->report, data->positions);
  if (corrections != NULL)
    {
      g_string_append (out, " ");
      append_escaped (out, corrections, -1);
    }
  g_string_append (out, "</p>\n</section>\n");
}

/* The coverage matrix: statements (clusters) × articles. */
static void
append_coverage (GString       *out,
                 PlxReportData *data)
{
  PlxComparison *cmp = plx_report_get_comparison (data->report);
  g_autoptr(GArray) clusters = _plx_report_data_clusters (data);
  g_autofree int *columns = g_new (int, data->positions->len + 1);

  for (guint i = 0; i < data->positions->len; i++)
    columns[i] = _plx_report_comparison_index (data->report, g_array_index (data->positions, guint, i));

  g_string_append_printf (out, "<section id=\"coverage\">\n<h2>%s</h2>\n", _("Coverage"));
  g_string_append_printf (out, "<p class=\"kind\"><span class=\"cv\">● %s</span> <span class=\"cw\">◐ %s</span> "
                          "<span class=\"cr\">○ %s</span> <span class=\"ca\">– %s</span></p>\n",
                          _plx_report_cell_label (PLX_CELL_VERBATIM), _plx_report_cell_label (PLX_CELL_REWORDED),
                          _plx_report_cell_label (PLX_CELL_REPORTED), _plx_report_cell_label (PLX_CELL_ABSENT));
  if (clusters->len == 0)
    {
      g_string_append_printf (out, "<p class=\"na\">%s</p>\n</section>\n", _("No statements to compare."));
      return;
    }
  g_string_append_printf (out, "<div class=\"scroll\"><table class=\"matrix\">\n<tr><th>%s</th>", _("Statement"));
  for (guint i = 0; i < data->positions->len; i++)
    {
      g_string_append_printf (out, "<th title=\"");
      append_escaped (out, _plx_report_data_outlet (data, g_array_index (data->positions, guint, i)), -1);
      g_string_append_printf (out, "\">%u</th>", i + 1);
    }
  g_string_append (out, "</tr>\n");
  for (guint k = 0; k < clusters->len; k++)
    {
      guint c = g_array_index (clusters, guint, k);
      g_autofree char *speaker = NULL;
      g_autofree char *label = _plx_report_cluster_label (data, c, 160, &speaker);

      g_string_append (out, "<tr><td><span class=\"kind\">");
      append_escaped (out, speaker, -1);
      g_string_append (out, "</span> ");
      append_escaped (out, label, -1);
      g_string_append (out, "</td>");
      for (guint i = 0; i < data->positions->len; i++)
        {
          PlxCellState state = columns[i] >= 0 ? plx_comparison_get_cell (cmp, c, columns[i]) : PLX_CELL_ABSENT;
          const char *cls = state == PLX_CELL_VERBATIM ? "cv" : state == PLX_CELL_REWORDED ? "cw" :
                            state == PLX_CELL_REPORTED ? "cr" : "ca";

          g_string_append_printf (out, "<td class=\"%s\" title=\"%s\">%s</td>", cls,
                                  _plx_report_cell_label (state), _plx_report_cell_symbol (state));
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append_printf (out, "</table></div>\n<p class=\"kind\">%s</p>\n</section>\n",
                          _("Columns are the articles in the order of the Articles section."));
}

/* What each article left out that others carried. */
static void
append_omissions (GString       *out,
                  PlxReportData *data)
{
  PlxComparison *cmp = plx_report_get_comparison (data->report);
  g_autoptr(GArray) shown = _plx_report_data_clusters (data);
  g_autoptr(GHashTable) visible = g_hash_table_new (NULL, NULL);
  g_autofree int *columns = g_new (int, data->positions->len + 1);
  gboolean any = FALSE;

  for (guint k = 0; k < shown->len; k++)
    g_hash_table_add (visible, GUINT_TO_POINTER (g_array_index (shown, guint, k)));
  for (guint i = 0; i < data->positions->len; i++)
    columns[i] = _plx_report_comparison_index (data->report, g_array_index (data->positions, guint, i));

  g_string_append_printf (out, "<section id=\"omissions\">\n<h2>%s</h2>\n", _("Omissions"));
  for (guint i = 0; i < data->positions->len; i++)
    {
      guint pos = g_array_index (data->positions, guint, i);
      int column = columns[i];
      g_autoptr(GArray) omitted = NULL;
      gboolean header = FALSE;

      if (column < 0)
        continue;
      omitted = plx_comparison_get_omissions (cmp, column);
      for (guint k = 0; k < omitted->len; k++)
        {
          guint c = g_array_index (omitted, guint, k);
          g_autofree char *speaker = NULL;
          g_autofree char *label = NULL;
          guint carried = 0;

          if (!g_hash_table_contains (visible, GUINT_TO_POINTER (c)))
            continue;
          for (guint j = 0; j < data->positions->len; j++)
            if (columns[j] >= 0 && plx_comparison_get_cell (cmp, c, columns[j]) != PLX_CELL_ABSENT)
              carried++;
          if (carried == 0)
            continue;
          if (!header)
            {
              g_string_append_printf (out, "<h3>%u. ", i + 1);
              append_escaped (out, _plx_report_data_outlet (data, pos), -1);
              g_string_append (out, "</h3>\n<ul class=\"quotes\">\n");
              header = TRUE;
            }
          label = _plx_report_cluster_label (data, c, 240, &speaker);
          g_string_append (out, "<li><span class=\"kind\">");
          append_escaped (out, speaker, -1);
          g_string_append (out, "</span> ");
          append_escaped (out, label, -1);
          g_string_append (out, " <span class=\"kind\">");
          g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "carried by %u other article",
                                                    "carried by %u other articles", carried), carried);
          g_string_append (out, "</span></li>\n");
        }
      if (header)
        g_string_append (out, "</ul>\n");
      any = any || header;
    }
  if (!any)
    g_string_append_printf (out, "<p class=\"na\">%s</p>\n", _("No article left out a statement the others carried."));
  g_string_append (out, "</section>\n");
}

gboolean
plx_report_write_html (PlxReport     *self,
                       GOutputStream *stream,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(PlxReportData) data = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (PLX_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = _plx_report_data_new (self);
  out = g_string_sized_new (64 * 1024);
  date = _plx_report_date_iso (self);

  g_string_append (out,
                   "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"referrer\" content=\"no-referrer\">\n");
  g_string_append_printf (out, "<meta name=\"generator\" content=\"%s\">\n", _plx_report_generator ());
  append_tag_text (out, "title", NULL, plx_report_get_title (self));
  g_string_append_c (out, '\n');
  append_style (out, data);
  g_string_append (out, "</head>\n<body>\n<header class=\"report\">\n");
  append_tag_text (out, "h1", NULL, plx_report_get_title (self));
  g_string_append (out, "\n<p class=\"subtitle\">");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", data->positions->len),
                          data->positions->len);
  g_string_append_printf (out, " · %s</p>\n</header>\n", date);
  g_string_append_printf (out, "<nav><a href=\"#legend\">%s</a><a href=\"#articles\">%s</a>"
                          "<a href=\"#speakers\">%s</a><a href=\"#claims\">%s</a>",
                          _("Legend"), _("Articles"), _("Speakers"), _("Claims"));
  if (plx_report_get_comparison (self) != NULL)
    g_string_append_printf (out, "<a href=\"#coverage\">%s</a><a href=\"#omissions\">%s</a>",
                            _("Coverage"), _("Omissions"));
  g_string_append_printf (out, "<a href=\"#provenance\">%s</a></nav>\n", _("Provenance"));

  append_legend (out, data);
  append_articles (out, data);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  append_speakers (out, data);
  append_claims (out, data);
  if (plx_report_get_comparison (self) != NULL)
    {
      append_coverage (out, data);
      append_omissions (out, data);
    }
  append_provenance (out, data);
  g_string_append_printf (out, "<footer>%s</footer>\n</body>\n</html>\n", _plx_report_generator ());

  return _plx_report_write_all (stream, out->str, out->len, cancellable, error);
}

/* plx-report-pdf.c — the report laid out on pages with pango and cairo
 *
 * The report becomes a list of blocks (one PangoLayout each: a heading, a
 * paragraph of an article with its highlights as attributes, a quote…),
 * which are cut into pages line by line. The same page plan draws the PDF
 * and printed pages. Layout happens in points on a private pango context at
 * 72 dpi with unhinted metrics, so it does not depend on the target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "plx-error.h"
#include "plx-palette.h"
#include "plx-report-pdf.h"
#include "plx-report-private.h"

#define MARGIN_X      50.0
#define MARGIN_TOP    54.0
#define MARGIN_BOTTOM 60.0

#define FONT_BODY     "DejaVu Serif 10"
#define FONT_SANS     "DejaVu Sans 9"
#define FONT_SMALL    "DejaVu Sans 8"
#define FONT_MONO     "DejaVu Sans Mono 7.5"
#define FONT_TITLE    "DejaVu Sans Bold 20"
#define FONT_H2       "DejaVu Sans Bold 14"
#define FONT_H3       "DejaVu Sans Bold 11.5"
#define FONT_H4       "DejaVu Sans Bold 9.5"

#define COLOR_MUTED   "#5e5c64"
#define COLOR_RULE    "#c0bfbc"

typedef enum
{
  BLOCK_TEXT,
  BLOCK_RULE,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  PangoLayout *layout;
  double       indent;
  double       space_before;
  gboolean     keep_with_next;
  int          outline_level;   /* 0: none; 1: section; 2: article */
  char        *outline;
  /* line geometry, in points relative to the layout's top */
  GArray      *line_top;        /* double, n_lines + 1 entries */
  GArray      *line_baseline;   /* double */
} Block;

typedef struct
{
  guint  block;
  guint  first_line;
  guint  n_lines;
  double y;                     /* where the first line's top goes */
} Piece;

typedef struct
{
  double        width;
  double        height;
  guint         serial;
  PangoFontMap *font_map;
  PangoContext *context;
  GPtrArray    *blocks;         /* Block* */
  GPtrArray    *pages;          /* GArray of Piece */
  char         *title;
} Layout;

typedef struct
{
  GString       *text;
  PangoAttrList *attrs;
} Rich;

/* ---- rich text ---------------------------------------------------- */

static void
rich_init (Rich *rt)
{
  rt->text = g_string_new (NULL);
  rt->attrs = pango_attr_list_new ();
}

static void
rich_clear (Rich *rt)
{
  g_string_free (rt->text, TRUE);
  pango_attr_list_unref (rt->attrs);
}

/* Appends @text; returns the byte index where it starts. */
static guint
rich_append (Rich       *rt,
             const char *text,
             gssize      len)
{
  guint start = rt->text->len;
  g_autofree char *valid = NULL;

  if (text == NULL)
    return start;
  if (len < 0)
    len = strlen (text);
  if (!g_utf8_validate_len (text, len, NULL))
    {
      valid = g_utf8_make_valid (text, len);
      text = valid;
      len = strlen (valid);
    }
  g_string_append_len (rt->text, text, len);
  return start;
}

/* Appends @text with its spaces made non-breaking: a legend entry stays on
 * one line. Returns where it starts. */
static guint
rich_append_nobreak (Rich       *rt,
                     const char *text)
{
  guint start = rt->text->len;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == ' ')
        g_string_append (rt->text, "\xc2\xa0");
      else
        g_string_append_c (rt->text, *p);
    }
  if (!g_utf8_validate (rt->text->str + start, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (rt->text->str + start, -1);

      g_string_truncate (rt->text, start);
      g_string_append (rt->text, valid);
    }
  return start;
}

static void
rich_attr (Rich           *rt,
           PangoAttribute *attr,
           guint           start,
           guint           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (rt->attrs, attr);
}

static void
rich_color (Rich       *rt,
            gboolean    background,
            const char *color,
            guint       start,
            guint       end)
{
  double r, g, b;

  if (!plx_palette_parse_color (color, &r, &g, &b))
    return;
  rich_attr (rt, background
                 ? pango_attr_background_new (r * 65535, g * 65535, b * 65535)
                 : pango_attr_foreground_new (r * 65535, g * 65535, b * 65535),
             start, end);
}

static void
rich_underline (Rich       *rt,
                const char *color,
                guint       start,
                guint       end)
{
  double r, g, b;

  rich_attr (rt, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE), start, end);
  if (plx_palette_parse_color (color, &r, &g, &b))
    rich_attr (rt, pango_attr_underline_color_new (r * 65535, g * 65535, b * 65535), start, end);
}

static void
rich_bold (Rich  *rt,
           guint  start,
           guint  end)
{
  rich_attr (rt, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
}

static void
rich_italic (Rich  *rt,
             guint  start,
             guint  end)
{
  rich_attr (rt, pango_attr_style_new (PANGO_STYLE_ITALIC), start, end);
}

static void
rich_muted (Rich  *rt,
            guint  start,
            guint  end)
{
  rich_color (rt, FALSE, COLOR_MUTED, start, end);
}

/* ---- blocks ------------------------------------------------------- */

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_clear_pointer (&block->line_top, g_array_unref);
  g_clear_pointer (&block->line_baseline, g_array_unref);
  g_free (block->outline);
  g_free (block);
}

static double
content_width (Layout *l)
{
  return MAX (l->width - 2 * MARGIN_X, 72.0);
}

static double
content_bottom (Layout *l)
{
  return MAX (l->height - MARGIN_BOTTOM, MARGIN_TOP + 72.0);
}

static Block *
add_rich_full (Layout     *l,
               Rich       *rt,
               const char *font,
               double      indent,
               double      space_before,
               double      spacing)
{
  Block *block = g_new0 (Block, 1);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  PangoLayoutIter *iter;

  block->kind = BLOCK_TEXT;
  block->indent = indent;
  block->space_before = space_before;
  block->layout = pango_layout_new (l->context);
  pango_layout_set_font_description (block->layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (block->layout, (int) ((content_width (l) - indent) * PANGO_SCALE));
  pango_layout_set_wrap (block->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (block->layout, (int) (spacing * PANGO_SCALE));
  pango_layout_set_text (block->layout, rt->text->str, rt->text->len);
  /* No hyphens added at line breaks: the PDF's text must stay the text. */
  rich_attr (rt, pango_attr_insert_hyphens_new (FALSE), 0, G_MAXUINT);
  pango_layout_set_attributes (block->layout, rt->attrs);

  block->line_top = g_array_new (FALSE, FALSE, sizeof (double));
  block->line_baseline = g_array_new (FALSE, FALSE, sizeof (double));
  iter = pango_layout_get_iter (block->layout);
  do
    {
      PangoRectangle logical;
      double top, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (block->line_top, top);
      g_array_append_val (block->line_baseline, baseline);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  {
    int w, h;
    double bottom;

    pango_layout_get_size (block->layout, &w, &h);
    bottom = (double) h / PANGO_SCALE;
    g_array_append_val (block->line_top, bottom);
  }

  g_ptr_array_add (l->blocks, block);
  return block;
}

static Block *
add_rich (Layout     *l,
          Rich       *rt,
          const char *font,
          double      indent,
          double      space_before)
{
  return add_rich_full (l, rt, font, indent, space_before, 0);
}

static Block *
add_text (Layout     *l,
          const char *text,
          const char *font,
          const char *color,
          double      indent,
          double      space_before)
{
  Rich rt;
  Block *block;
  guint start;

  rich_init (&rt);
  start = rich_append (&rt, text, -1);
  if (color != NULL)
    rich_color (&rt, FALSE, color, start, rt.text->len);
  block = add_rich (l, &rt, font, indent, space_before);
  rich_clear (&rt);
  return block;
}

static void
add_heading (Layout     *l,
             const char *text,
             const char *font,
             double      space_before,
             int         outline_level)
{
  Block *block = add_text (l, text, font, NULL, 0, space_before);

  block->keep_with_next = TRUE;
  block->outline_level = outline_level;
  if (outline_level > 0)
    block->outline = g_strdup (text);
}

static void
add_rule (Layout *l,
          double  space_before)
{
  Block *block = g_new0 (Block, 1);

  block->kind = BLOCK_RULE;
  block->space_before = space_before;
  g_ptr_array_add (l->blocks, block);
}

/* ---- content ------------------------------------------------------ */

static const char *
speaker_name (PlxAnalysis *a,
              int          speaker)
{
  if (a == NULL || speaker < 0 || (guint) speaker >= a->speakers->len)
    return NULL;
  return ((PlxSpeaker *) g_ptr_array_index (a->speakers, speaker))->name;
}

static void
add_legend (Layout        *l,
            PlxReportData *data)
{
  PlxReportLayers layers = plx_report_get_layers (data->report);
  Rich rt;
  guint s, e;

  add_heading (l, _("Legend"), FONT_H2, 14, 1);
  rich_init (&rt);
  for (guint i = 0; i < data->speakers->len; i++)
    {
      PlxReportSpeaker *sp = g_ptr_array_index (data->speakers, i);

      if (sp->is_byline && sp->quotes->len == 0)
        continue;
      if (rt.text->len > 0)
        rich_append (&rt, "     ", -1);
      s = rich_append_nobreak (&rt, sp->name);
      e = rt.text->len;
      if (layers & PLX_REPORT_LAYER_MENTIONS)
        {
          rich_color (&rt, FALSE, plx_palette_color (sp->color, FALSE), s, e);
          rich_bold (&rt, s, e);
        }
      if ((layers & PLX_REPORT_LAYER_QUOTES) && sp->quotes->len > 0)
        {
          rich_append (&rt, "\xc2\xa0", -1);
          s = rich_append_nobreak (&rt, _("quoted words"));
          rich_color (&rt, TRUE, plx_palette_tint (sp->color, FALSE), s, rt.text->len);
        }
    }
  if (layers & PLX_REPORT_LAYER_QUOTES)
    {
      if (rt.text->len > 0)
        rich_append (&rt, "     ", -1);
      s = rich_append_nobreak (&rt, _("unattributed quote"));
      rich_color (&rt, TRUE, plx_palette_tint (1, FALSE), s, rt.text->len);
      rich_append (&rt, "     ", -1);
      s = rich_append_nobreak (&rt, _("so-called"));
      e = rt.text->len;
      rich_color (&rt, TRUE, plx_palette_scare_tint (FALSE), s, e);
      rich_color (&rt, FALSE, plx_palette_scare_color (FALSE), s, e);
      rich_italic (&rt, s, e);
      rich_append (&rt, "\xc2\xa0", -1);
      rich_append_nobreak (&rt, _("scare quote (not speech)"));
    }
  if (layers & PLX_REPORT_LAYER_CLAIMS)
    for (guint i = 0; i < data->categories->len; i++)
      {
        PlxReportCategory *cat = g_ptr_array_index (data->categories, i);

        if (rt.text->len > 0)
          rich_append (&rt, "     ", -1);
        s = rich_append_nobreak (&rt, cat->label);
        rich_underline (&rt, cat->color, s, rt.text->len);
        rich_append (&rt, "\xc2\xa0", -1);
        s = rich_append_nobreak (&rt, _("claim"));
        rich_muted (&rt, s, rt.text->len);
      }
  if (rt.text->len == 0)
    rich_append (&rt, _("No highlights are included in this report."), -1);
  add_rich_full (l, &rt, FONT_SANS, 0, 6, 4);
  rich_clear (&rt);
}

typedef struct
{
  guint start;   /* code points */
  guint end;
  Rich  rt;
} Para;

static void
add_article_text (Layout        *l,
                  PlxReportData *data,
                  guint          position)
{
  const guint *offsets;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) paras = g_array_new (FALSE, FALSE, sizeof (Para));
  guint n_chars = 0;
  const char *text = _plx_report_data_text (data, position, &offsets, &n_chars);
  guint i;

  spans = _plx_report_data_spans (data, position, n_chars);

  /* Paragraphs: separated by blank lines. */
  i = 0;
  while (i < n_chars)
    {
      Para para;
      guint j = i;

      while (j < n_chars && !(text[offsets[j]] == '\n' && j + 1 < n_chars && text[offsets[j + 1]] == '\n'))
        j++;
      para.start = i;
      para.end = j;
      if (j > i)
        {
          rich_init (&para.rt);
          rich_append (&para.rt, text + offsets[i], offsets[j] - offsets[i]);
          g_array_append_val (paras, para);
        }
      while (j < n_chars && text[offsets[j]] == '\n')
        j++;
      i = j;
    }

  /* Each highlight goes to the paragraphs it covers (binary search for the
   * first), as attributes in bytes relative to the paragraph. */
  for (guint k = 0; k < spans->len; k++)
    {
      PlxReportSpan *span = &g_array_index (spans, PlxReportSpan, k);
      guint lo = 0, hi = paras->len;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (g_array_index (paras, Para, mid).end <= span->start)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint p = lo; p < paras->len; p++)
        {
          Para *para = &g_array_index (paras, Para, p);
          guint s, e, base;

          if (para->start >= span->end)
            break;
          s = MAX (span->start, para->start);
          e = MIN (span->end, para->end);
          if (s >= e)
            continue;
          base = offsets[para->start];
          s = offsets[s] - base;
          e = offsets[e] - base;
          switch (span->kind)
            {
            case PLX_REPORT_SPAN_QUOTE:
              rich_color (&para->rt, TRUE, plx_palette_tint (span->color, FALSE), s, e);
              break;
            case PLX_REPORT_SPAN_SCARE:
              rich_color (&para->rt, TRUE, plx_palette_scare_tint (FALSE), s, e);
              rich_color (&para->rt, FALSE, plx_palette_scare_color (FALSE), s, e);
              rich_italic (&para->rt, s, e);
              break;
            case PLX_REPORT_SPAN_MENTION:
              rich_color (&para->rt, FALSE, plx_palette_color (span->color, FALSE), s, e);
              rich_bold (&para->rt, s, e);
              break;
            case PLX_REPORT_SPAN_CLAIM:
              if (span->category >= 0)
                rich_underline (&para->rt,
                                ((PlxReportCategory *) g_ptr_array_index (data->categories, span->category))->color,
                                s, e);
              break;
            default:
              break;
            }
        }
    }

  for (guint p = 0; p < paras->len; p++)
    {
      Para *para = &g_array_index (paras, Para, p);

      add_rich (l, &para->rt, FONT_BODY, 0, p == 0 ? 4 : 6);
      rich_clear (&para->rt);
    }
}

static void
add_articles (Layout        *l,
              PlxReportData *data)
{
  add_heading (l, _("Articles"), FONT_H2, 18, 1);
  if (data->positions->len == 0)
    add_text (l, _("No articles are included in this report."), FONT_SANS, COLOR_MUTED, 0, 6);
  for (guint i = 0; i < data->positions->len; i++)
    {
      guint pos = g_array_index (data->positions, guint, i);
      PlxArticle *article = plx_report_get_article (data->report, pos);
      g_autofree char *meta = _plx_report_article_meta (article);
      g_autofree char *outlet = g_utf8_strup (_plx_report_data_outlet (data, pos), -1);
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, plx_article_get_display_title (article));
      Block *block;

      if (i > 0)
        add_rule (l, 14);
      block = add_text (l, outlet, "DejaVu Sans Bold 8", COLOR_MUTED, 0, 8);
      block->keep_with_next = TRUE;
      add_heading (l, title, FONT_H3, 2, 2);
      block = add_text (l, meta, FONT_SMALL, COLOR_MUTED, 0, 2);
      block->keep_with_next = TRUE;
      if (plx_report_get_analysis (data->report, pos) == NULL)
        {
          block = add_text (l, _("Not analysed: no highlights."), FONT_SMALL, COLOR_MUTED, 0, 2);
          block->keep_with_next = TRUE;
        }
      add_article_text (l, data, pos);
    }
}

static void
add_quote (Layout      *l,
           PlxAnalysis *a,
           guint        index,
           guint        color)
{
  PlxQuote *q = g_ptr_array_index (a->quotes, index);
  g_autofree char *claims = _plx_report_quote_claims (a, index);
  Rich rt;
  guint s;

  rich_init (&rt);
  rich_append (&rt, "“", -1);
  s = rich_append (&rt, q->text, -1);
  rich_color (&rt, TRUE, plx_palette_tint (color, FALSE), s, rt.text->len);
  rich_append (&rt, "”  ", -1);
  s = rich_append (&rt, plx_quote_kind_to_string (q->kind), -1);
  if (q->cue_text != NULL)
    {
      rich_append (&rt, " · ", -1);
      rich_append (&rt, q->cue_text, -1);
    }
  if (claims[0] != '\0')
    {
      rich_append (&rt, " · ", -1);
      rich_append (&rt, claims, -1);
    }
  rich_muted (&rt, s, rt.text->len);
  rich_attr (&rt, pango_attr_size_new (8 * PANGO_SCALE), s, rt.text->len);
  add_rich (l, &rt, FONT_BODY, 14, 3);
  rich_clear (&rt);
}

static void
add_outlet_heading (Layout        *l,
                    PlxReportData *data,
                    guint          position)
{
  PlxArticle *article = plx_report_get_article (data->report, position);
  g_autofree char *text = g_strdup_printf ("%s — %s",
                                           _plx_report_data_outlet (data, position),
                                           plx_article_get_display_title (article));
  Block *block = add_text (l, text, FONT_H4, COLOR_MUTED, 6, 6);

  block->keep_with_next = TRUE;
}

static void
add_speakers (Layout        *l,
              PlxReportData *data)
{
  gboolean any_unattributed = FALSE;

  add_heading (l, _("Speakers"), FONT_H2, 18, 1);
  for (guint s = 0; s < data->speakers->len; s++)
    {
      PlxReportSpeaker *sp = g_ptr_array_index (data->speakers, s);
      guint last = G_MAXUINT;
      Rich rt;
      guint start;
      Block *block;
      GString *where;

      if (sp->is_byline && sp->quotes->len == 0)
        continue;

      rich_init (&rt);
      start = rich_append (&rt, sp->name, -1);
      rich_color (&rt, FALSE, plx_palette_color (sp->color, FALSE), start, rt.text->len);
      if (sp->title != NULL)
        {
          rich_append (&rt, "  ", 2);
          start = rich_append (&rt, sp->title, -1);
          rich_muted (&rt, start, rt.text->len);
          rich_attr (&rt, pango_attr_weight_new (PANGO_WEIGHT_NORMAL), start, rt.text->len);
        }
      block = add_rich (l, &rt, FONT_H3, 0, 10);
      block->keep_with_next = TRUE;
      rich_clear (&rt);

      /* Quotes per outlet, in one line. */
      where = g_string_new (NULL);
      for (guint i = 0; i < data->positions->len; i++)
        {
          guint pos = g_array_index (data->positions, guint, i);
          guint n = sp->per_article[pos];
          guint m = g_array_index (sp->mentions, guint, pos);

          if (n == 0 && m == 0)
            continue;
          if (where->len > 0)
            g_string_append (where, " · ");
          g_string_append_printf (where, "%s: ", _plx_report_data_outlet (data, pos));
          if (n > 0)
            g_string_append_printf (where, g_dngettext (GETTEXT_PACKAGE, "%u quote", "%u quotes", n), n);
          else
            g_string_append (where, _("mentioned, not quoted"));
        }
      block = add_text (l, where->str, FONT_SMALL, COLOR_MUTED, 0, 2);
      block->keep_with_next = sp->quotes->len > 0;
      g_string_free (where, TRUE);

      for (guint i = 0; i < sp->quotes->len; i++)
        {
          PlxReportRef *ref = &g_array_index (sp->quotes, PlxReportRef, i);

          if (ref->article != last)
            {
              add_outlet_heading (l, data, ref->article);
              last = ref->article;
            }
          add_quote (l, plx_report_get_analysis (data->report, ref->article), ref->index, sp->color);
        }
    }

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
            add_heading (l, _("Unattributed quotes"), FONT_H3, 10, 0);
          any_unattributed = TRUE;
          if (!header)
            add_outlet_heading (l, data, pos);
          header = TRUE;
          add_quote (l, a, q, 1);
        }
    }
}

static void
add_claims (Layout        *l,
            PlxReportData *data)
{
  add_heading (l, _("Claims"), FONT_H2, 18, 1);
  if (data->categories->len == 0)
    add_text (l, _("No claims of the rulebook were found."), FONT_SANS, COLOR_MUTED, 0, 6);
  for (guint c = 0; c < data->categories->len; c++)
    {
      PlxReportCategory *cat = g_ptr_array_index (data->categories, c);
      Rich rt;
      guint s;
      Block *block;

      rich_init (&rt);
      s = rich_append (&rt, cat->label, -1);
      rich_underline (&rt, cat->color, s, rt.text->len);
      block = add_rich (l, &rt, FONT_H3, 0, 10);
      block->keep_with_next = TRUE;
      rich_clear (&rt);

      for (guint i = 0; i < cat->claims->len; i++)
        {
          PlxReportRef *ref = &g_array_index (cat->claims, PlxReportRef, i);
          PlxAnalysis *a = plx_report_get_analysis (data->report, ref->article);
          PlxClaim *claim = g_ptr_array_index (a->claims, ref->index);
          const char *who = speaker_name (a, claim->speaker);
          gsize len;
          const char *from = _plx_report_data_slice (data, ref->article, claim->start, claim->end, &len);

          rich_init (&rt);
          s = rich_append (&rt, _plx_report_data_outlet (data, ref->article), -1);
          if (who != NULL)
            {
              rich_append (&rt, " · ", -1);
              rich_append (&rt, who, -1);
            }
          rich_muted (&rt, s, rt.text->len);
          rich_attr (&rt, pango_attr_size_new (8 * PANGO_SCALE), s, rt.text->len);
          rich_append (&rt, "  ", 2);
          s = rich_append (&rt, from, len);
          rich_underline (&rt, cat->color, s, rt.text->len);
          add_rich (l, &rt, FONT_BODY, 14, 3);
          rich_clear (&rt);
        }
    }
}

static const char *
cell_tint (PlxCellState state)
{
  switch (state)
    {
    case PLX_CELL_VERBATIM: return "#c8ecd4";
    case PLX_CELL_REWORDED: return "#fbeec4";
    case PLX_CELL_REPORTED: return "#d9e6f7";
    case PLX_CELL_ABSENT:
    default: return NULL;
    }
}

/* Coverage: each statement with one line of article numbers and symbols;
 * then what each article left out. */
static void
add_comparison (Layout        *l,
                PlxReportData *data)
{
  PlxComparison *cmp = plx_report_get_comparison (data->report);
  g_autoptr(GArray) clusters = _plx_report_data_clusters (data);
  g_autoptr(GHashTable) visible = g_hash_table_new (NULL, NULL);
  g_autofree int *columns = g_new (int, data->positions->len + 1);
  g_autofree char *key = NULL;
  gboolean any = FALSE;
  Rich rt;

  for (guint i = 0; i < data->positions->len; i++)
    columns[i] = _plx_report_comparison_index (data->report, g_array_index (data->positions, guint, i));

  add_heading (l, _("Coverage"), FONT_H2, 18, 1);
  rich_init (&rt);
  for (PlxCellState s = PLX_CELL_VERBATIM; s <= PLX_CELL_REPORTED; s++)
    {
      guint start = rich_append (&rt, _plx_report_cell_symbol (s), -1);

      rich_append (&rt, " ", 1);
      rich_append (&rt, _plx_report_cell_label (s), -1);
      rich_color (&rt, TRUE, cell_tint (s), start, rt.text->len);
      rich_append (&rt, "    ", -1);
    }
  rich_append (&rt, "– ", -1);
  rich_append (&rt, _plx_report_cell_label (PLX_CELL_ABSENT), -1);
  rich_append (&rt, "    ", -1);
  key = g_strdup (_("Numbers are the articles in the order of the Articles section."));
  rich_muted (&rt, rich_append (&rt, key, -1), rt.text->len);
  add_rich (l, &rt, FONT_SANS, 0, 4);
  rich_clear (&rt);
  if (clusters->len == 0)
    add_text (l, _("No statements to compare."), FONT_SANS, COLOR_MUTED, 0, 6);

  for (guint k = 0; k < clusters->len; k++)
    {
      guint c = g_array_index (clusters, guint, k);
      g_autofree char *speaker = NULL;
      g_autofree char *label = _plx_report_cluster_label (data, c, 200, &speaker);
      Block *block;
      guint start;

      g_hash_table_add (visible, GUINT_TO_POINTER (c));
      rich_init (&rt);
      start = rich_append (&rt, speaker, -1);
      rich_bold (&rt, start, rt.text->len);
      rich_append (&rt, ": “", -1);
      rich_append (&rt, label, -1);
      rich_append (&rt, "”", -1);
      block = add_rich (l, &rt, FONT_BODY, 0, 6);
      block->keep_with_next = TRUE;
      rich_clear (&rt);

      rich_init (&rt);
      for (guint i = 0; i < data->positions->len; i++)
        {
          PlxCellState state = columns[i] >= 0 ? plx_comparison_get_cell (cmp, c, columns[i]) : PLX_CELL_ABSENT;
          g_autofree char *cell = g_strdup_printf ("%u %s", i + 1, _plx_report_cell_symbol (state));

          if (i > 0)
            rich_append (&rt, "  ", 2);
          start = rich_append (&rt, cell, -1);
          if (cell_tint (state) != NULL)
            rich_color (&rt, TRUE, cell_tint (state), start, rt.text->len);
          else
            rich_muted (&rt, start, rt.text->len);
        }
      add_rich (l, &rt, FONT_SMALL, 14, 1);
      rich_clear (&rt);
    }

  add_heading (l, _("Omissions"), FONT_H2, 18, 1);
  for (guint i = 0; i < data->positions->len; i++)
    {
      g_autoptr(GArray) omitted = NULL;
      gboolean header = FALSE;

      if (columns[i] < 0)
        continue;
      omitted = plx_comparison_get_omissions (cmp, columns[i]);
      for (guint k = 0; k < omitted->len; k++)
        {
          guint c = g_array_index (omitted, guint, k);
          g_autofree char *speaker = NULL;
          g_autofree char *label = NULL;
          g_autofree char *line = NULL;

          if (!g_hash_table_contains (visible, GUINT_TO_POINTER (c)))
            continue;
          if (!header)
            {
              g_autofree char *title = g_strdup_printf ("%u. %s", i + 1,
                                                        _plx_report_data_outlet (data, g_array_index (data->positions, guint, i)));
              add_heading (l, title, FONT_H3, 10, 0);
              header = TRUE;
            }
          label = _plx_report_cluster_label (data, c, 240, &speaker);
          line = g_strdup_printf ("%s: “%s”", speaker, label);
          add_text (l, line, FONT_BODY, NULL, 14, 3);
        }
      any = any || header;
    }
  if (!any)
    add_text (l, _("No article left out a statement the others carried."), FONT_SANS, COLOR_MUTED, 0, 6);
}

static void
add_provenance (Layout        *l,
                PlxReportData *data)
{
  GFile *session = plx_report_get_session_file (data->report);
  g_autofree char *date = _plx_report_date_iso (data->report);
  g_autofree char *line = NULL;
  g_autofree char *corrections = NULL;

  add_heading (l, _("Provenance"), FONT_H2, 18, 1);
  for (guint i = 0; i < data->positions->len; i++)
    {
      guint pos = g_array_index (data->positions, guint, i);
      PlxArticle *article = plx_report_get_article (data->report, pos);
      const char *sha = plx_article_get_sha256 (article);
      const char *encoding = plx_article_get_encoding (article);
      g_autofree char *head = g_strdup_printf ("%u. %s — %s", i + 1,
                                               plx_article_get_display_title (article),
                                               _plx_report_data_outlet (data, pos));
      g_autofree char *detail = g_strdup_printf ("%s\nSHA-256 %s · %s%s%s · %s",
                                                 plx_article_get_source (article) != NULL ? plx_article_get_source (article) : "",
                                                 sha != NULL ? sha : "–",
                                                 plx_article_format_to_string (plx_article_get_format (article)),
                                                 encoding != NULL ? ", " : "",
                                                 encoding != NULL ? encoding : "",
                                                 plx_article_get_language (article) != NULL ? plx_article_get_language (article) : "und");
      Block *block = add_text (l, head, FONT_SANS, NULL, 0, 6);

      block->keep_with_next = TRUE;
      add_text (l, detail, FONT_MONO, COLOR_MUTED, 12, 1);
    }
  line = g_strdup_printf (_("Exported %s by %s."), date, _plx_report_generator ());
  if (session != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (session);
      g_autofree char *with_session = g_strdup_printf ("%s %s %s", line, _("Session:"), name);

      g_free (line);
      line = g_steal_pointer (&with_session);
    }
  add_text (l, line, FONT_SANS, NULL, 0, 10);
  corrections = _plx_report_corrections_note (data->report, data->positions);
  if (corrections != NULL)
    add_text (l, corrections, FONT_SANS, NULL, 0, 4);
}

/* ---- pagination --------------------------------------------------- */

static double
block_height (Block *block,
              guint  first,
              guint  n)
{
  if (block->kind == BLOCK_RULE)
    return 1;
  return g_array_index (block->line_top, double, first + n) -
         g_array_index (block->line_top, double, first);
}

static guint
block_n_lines (Block *block)
{
  return block->kind == BLOCK_RULE ? 1 : block->line_top->len - 1;
}

static GArray *
new_page (Layout *l)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Piece));

  g_ptr_array_add (l->pages, page);
  return page;
}

/* How much of what follows @index must share a page with it. */
static double
keep_height (Layout *l,
             guint   index)
{
  double height = 0;

  for (guint i = index; i < l->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (l->blocks, i);
      guint n = block_n_lines (block);

      if (i > index)
        height += block->space_before;
      if (!block->keep_with_next)
        return height + block_height (block, 0, MIN (n, 2));
      height += block_height (block, 0, n);
    }
  return height;
}

static void
paginate (Layout *l)
{
  double top = MARGIN_TOP;
  double bottom = content_bottom (l);
  GArray *page = new_page (l);
  double y = top;

  for (guint b = 0; b < l->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (l->blocks, b);
      guint n = block_n_lines (block);
      guint first = 0;

      if (y > top)
        y += block->space_before;

      /* Headings and short blocks move whole to the next page. */
      if (y > top && (block->keep_with_next || n <= 2 || block->kind == BLOCK_RULE) &&
          y + keep_height (l, b) > bottom)
        {
          if (block->kind == BLOCK_RULE)
            continue;   /* a rule at the top of a page says nothing */
          page = new_page (l);
          y = top;
        }

      while (first < n)
        {
          guint fit = 0;
          Piece piece;

          while (first + fit < n && y + block_height (block, first, fit + 1) <= bottom)
            fit++;
          /* Widows and orphans: don't leave one line of a paragraph alone. */
          if (fit > 0 && first + fit < n && n - first > 3)
            {
              if (fit == 1 && first == 0 && y > top)
                fit = 0;
              else if (n - (first + fit) == 1 && fit > 2)
                fit--;
            }
          if (fit == 0)
            {
              if (y <= top)
                fit = 1;   /* taller than a page: it is clipped */
              else
                {
                  page = new_page (l);
                  y = top;
                  continue;
                }
            }
          piece.block = b;
          piece.first_line = first;
          piece.n_lines = fit;
          piece.y = y;
          g_array_append_val (page, piece);
          y += block_height (block, first, fit);
          first += fit;
          if (first < n)
            {
              page = new_page (l);
              y = top;
            }
        }
    }
}

static void
layout_free (gpointer data)
{
  Layout *l = data;

  g_ptr_array_unref (l->blocks);
  g_ptr_array_unref (l->pages);
  g_clear_object (&l->context);
  g_clear_object (&l->font_map);
  g_free (l->title);
  g_free (l);
}

static Layout *
layout_new (PlxReport *report,
            double     width,
            double     height)
{
  Layout *l = g_new0 (Layout, 1);
  g_autoptr(PlxReportData) data = _plx_report_data_new (report);
  g_autofree char *date = _plx_report_date_iso (report);
  g_autofree char *subtitle = NULL;
  cairo_font_options_t *options;

  l->width = width;
  l->height = height;
  l->serial = _plx_report_get_serial (report);
  l->title = g_strdup (plx_report_get_title (report));
  l->blocks = g_ptr_array_new_with_free_func (block_free);
  l->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  l->font_map = pango_cairo_font_map_new ();
  l->context = pango_font_map_create_context (l->font_map);
  pango_cairo_context_set_resolution (l->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (l->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (l->context, FALSE);

  add_text (l, l->title, FONT_TITLE, NULL, 0, 0);
  {
    g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles",
                                                           data->positions->len),
                                              data->positions->len);
    subtitle = g_strdup_printf ("%s · %s · %s", count, date, _plx_report_generator ());
  }
  add_text (l, subtitle, FONT_SANS, COLOR_MUTED, 0, 4);

  add_legend (l, data);
  add_articles (l, data);
  add_speakers (l, data);
  add_claims (l, data);
  if (plx_report_get_comparison (report) != NULL)
    add_comparison (l, data);
  add_provenance (l, data);

  paginate (l);
  return l;
}

static Layout *
get_layout (PlxReport *report,
            double     width,
            double     height)
{
  Layout *l = g_object_get_data (G_OBJECT (report), "plx-report-pdf-layout");

  if (l != NULL && l->width == width && l->height == height &&
      l->serial == _plx_report_get_serial (report))
    return l;
  l = layout_new (report, width, height);
  g_object_set_data_full (G_OBJECT (report), "plx-report-pdf-layout", l, layout_free);
  return l;
}

static void
set_source_hex (cairo_t    *cr,
                const char *color)
{
  double r = 0, g = 0, b = 0;

  plx_palette_parse_color (color, &r, &g, &b);
  cairo_set_source_rgb (cr, r, g, b);
}

static void
render_page (Layout  *l,
             cairo_t *cr,
             guint    index)
{
  GArray *page = g_ptr_array_index (l->pages, index);
  g_autofree char *footer = NULL;
  PangoLayout *layout;
  PangoFontDescription *desc;
  int w, h;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, l->width, l->height);
  cairo_fill (cr);

  for (guint i = 0; i < page->len; i++)
    {
      Piece *piece = &g_array_index (page, Piece, i);
      Block *block = g_ptr_array_index (l->blocks, piece->block);
      double x = MARGIN_X + block->indent;
      double first_top;
      PangoLayoutIter *iter;
      guint line = 0;

      if (block->kind == BLOCK_RULE)
        {
          set_source_hex (cr, COLOR_RULE);
          cairo_set_line_width (cr, 0.6);
          cairo_move_to (cr, MARGIN_X, piece->y + 0.5);
          cairo_line_to (cr, l->width - MARGIN_X, piece->y + 0.5);
          cairo_stroke (cr);
          continue;
        }

      first_top = g_array_index (block->line_top, double, piece->first_line);
      iter = pango_layout_get_iter (block->layout);
      do
        {
          if (line >= piece->first_line && line < piece->first_line + piece->n_lines)
            {
              PangoRectangle logical;
              double baseline = g_array_index (block->line_baseline, double, line);

              pango_layout_iter_get_line_extents (iter, NULL, &logical);
              cairo_set_source_rgb (cr, 0.12, 0.12, 0.12);
              cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                             piece->y + baseline - first_top);
              pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
            }
          line++;
        }
      while (line < piece->first_line + piece->n_lines && pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }

  /* Footer: title and page number. */
  footer = g_strdup_printf (_("%s — page %u of %u"), l->title, index + 1, l->pages->len);
  layout = pango_layout_new (l->context);
  desc = pango_font_description_from_string (FONT_SMALL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, footer, -1);
  pango_layout_set_width (layout, (int) (content_width (l) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_size (layout, &w, &h);
  set_source_hex (cr, COLOR_MUTED);
  cairo_move_to (cr, MARGIN_X, l->height - MARGIN_BOTTOM / 2 - (double) h / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);

  cairo_restore (cr);
}

int
plx_report_pdf_get_n_pages (PlxReport *self,
                            double     width,
                            double     height)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  return get_layout (self, width, height)->pages->len;
}

void
plx_report_pdf_render_page (PlxReport *self,
                            cairo_t   *cr,
                            double     width,
                            double     height,
                            int        page)
{
  Layout *l;

  g_return_if_fail (PLX_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 0 && height > 0);

  l = get_layout (self, width, height);
  g_return_if_fail (page >= 0 && (guint) page < l->pages->len);

  render_page (l, cr, page);
}

/* ---- PDF ---------------------------------------------------------- */

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  WriteClosure *wc = closure;

  if (wc->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!_plx_report_write_all (wc->stream, (const char *) data, length, wc->cancellable, &wc->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* Bookmarks: sections at level 1, articles under "Articles". */
static void
add_outlines (Layout          *l,
              cairo_surface_t *surface)
{
  int section = CAIRO_PDF_OUTLINE_ROOT;

  for (guint p = 0; p < l->pages->len; p++)
    {
      GArray *page = g_ptr_array_index (l->pages, p);

      for (guint i = 0; i < page->len; i++)
        {
          Piece *piece = &g_array_index (page, Piece, i);
          Block *block = g_ptr_array_index (l->blocks, piece->block);
          g_autofree char *link = NULL;
          char y[G_ASCII_DTOSTR_BUF_SIZE];
          int id;

          if (block->outline == NULL || piece->first_line != 0)
            continue;
          g_ascii_formatd (y, sizeof y, "%.1f", piece->y);
          link = g_strdup_printf ("page=%u pos=[%d %s]", p + 1, (int) MARGIN_X, y);
          id = cairo_pdf_surface_add_outline (surface,
                                              block->outline_level == 1 ? CAIRO_PDF_OUTLINE_ROOT : section,
                                              block->outline, link, 0);
          if (block->outline_level == 1)
            section = id;
        }
    }
}

gboolean
plx_report_write_pdf (PlxReport     *self,
                      GOutputStream *stream,
                      GCancellable  *cancellable,
                      GError       **error)
{
  WriteClosure wc = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Layout *l;

  g_return_val_if_fail (PLX_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  l = get_layout (self, PLX_REPORT_PDF_PAGE_WIDTH, PLX_REPORT_PDF_PAGE_HEIGHT);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &wc, l->width, l->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, l->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, _plx_report_generator ());
  cr = cairo_create (surface);
  for (guint p = 0; p < l->pages->len; p++)
    {
      if (g_cancellable_is_cancelled (cancellable) || wc.error != NULL)
        break;
      render_page (l, cr, p);
      cairo_show_page (cr);
    }
  add_outlines (l, surface);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (wc.error != NULL)
    {
      g_propagate_error (error, wc.error);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_WRITE,
                   _("Could not write the report: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* ---- any format ----------------------------------------------------- */

gboolean
plx_report_write (PlxReport       *self,
                  PlxReportFormat  format,
                  GOutputStream   *stream,
                  GCancellable    *cancellable,
                  GError         **error)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), FALSE);

  switch (format)
    {
    case PLX_REPORT_FORMAT_HTML:
      return plx_report_write_html (self, stream, cancellable, error);
    case PLX_REPORT_FORMAT_PDF:
      return plx_report_write_pdf (self, stream, cancellable, error);
    case PLX_REPORT_FORMAT_MARKDOWN:
      return plx_report_write_markdown (self, stream, cancellable, error);
    case PLX_REPORT_FORMAT_CSV:
      return plx_report_write_csv (self, stream, cancellable, error);
    case PLX_REPORT_FORMAT_JSON:
      return plx_report_write_json (self, stream, cancellable, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
plx_report_write_file (PlxReport       *self,
                       PlxReportFormat  format,
                       GFile           *file,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PLX_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &local_error);
  if (out == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_WRITE,
                   _("Could not write the report “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  if (!plx_report_write (self, format, G_OUTPUT_STREAM (out), cancellable, &local_error))
    {
      /* Closing after a cancel leaves the old file in place. */
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (out), abort, NULL);
      if (local_error->domain == PLX_ERROR)
        g_set_error (error, PLX_ERROR, local_error->code,
                     _("Could not write the report “%s”: %s"), name, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, &local_error))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_WRITE,
                   _("Could not write the report “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  PlxReportFormat  format;
  GFile           *file;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *wd = data;

  g_clear_object (&wd->file);
  g_free (wd);
}

static void
write_file_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  WriteData *wd = task_data;
  GError *error = NULL;

  if (plx_report_write_file (source_object, wd->format, wd->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
plx_report_write_file_async (PlxReport           *self,
                             PlxReportFormat      format,
                             GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *wd;

  g_return_if_fail (PLX_IS_REPORT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_report_write_file_async);
  wd = g_new0 (WriteData, 1);
  wd->format = format;
  wd->file = g_object_ref (file);
  g_task_set_task_data (task, wd, write_data_free);
  g_task_run_in_thread (task, write_file_thread);
}

gboolean
plx_report_write_file_finish (PlxReport     *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == plx_report_write_file_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* plx-report-md.c — a Markdown report: statements grouped by speaker
 *
 * Text from articles is put on one line and every character Markdown (or
 * the HTML it may contain) would interpret is backslash-escaped, so an
 * article cannot add links, images, headings or raw HTML to the report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plx-report-private.h"

/* Appends @len bytes of @text as inline Markdown: runs of white space become
 * one space, control characters are dropped, ASCII punctuation with a
 * meaning is escaped. */
static void
append_md (GString    *out,
           const char *text,
           gssize      len)
{
  g_autofree char *valid = NULL;
  gboolean space = FALSE;
  const char *end;

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

  for (const char *p = text; p < end; p++)
    {
      guchar c = *p;

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        {
          space = TRUE;
          continue;
        }
      if (c < 0x20 || c == 0x7f)
        continue;
      if (space)
        {
          g_string_append_c (out, ' ');
          space = FALSE;
        }
      if (strchr ("\\`*_[]<>#|~&!{}()", c) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, c);
    }
}

static const char *
speaker_name (PlxAnalysis *a,
              int          speaker)
{
  if (a == NULL || speaker < 0 || (guint) speaker >= a->speakers->len)
    return NULL;
  return ((PlxSpeaker *) g_ptr_array_index (a->speakers, speaker))->name;
}

static void
append_article_heading (GString       *out,
                        PlxReportData *data,
                        guint          position)
{
  PlxArticle *article = plx_report_get_article (data->report, position);

  g_string_append (out, "**");
  append_md (out, _plx_report_data_outlet (data, position), -1);
  g_string_append (out, "** — *");
  append_md (out, plx_article_get_display_title (article), -1);
  g_string_append (out, "*\n\n");
}

static void
append_quote (GString     *out,
              PlxAnalysis *a,
              guint        index)
{
  PlxQuote *q = g_ptr_array_index (a->quotes, index);
  g_autofree char *claims = _plx_report_quote_claims (a, index);

  g_string_append (out, "- “");
  append_md (out, q->text, -1);
  g_string_append_printf (out, "” (%s", plx_quote_kind_to_string (q->kind));
  if (q->cue_text != NULL)
    {
      g_string_append (out, ", ");
      append_md (out, q->cue_text, -1);
    }
  g_string_append (out, ")");
  if (claims[0] != '\0')
    {
      g_string_append_printf (out, " — %s ", _("claims:"));
      append_md (out, claims, -1);
    }
  g_string_append_c (out, '\n');
}

/* Coverage (a table: statements × articles) and omissions. */
static void
append_comparison (GString       *out,
                   PlxReportData *data)
{
  PlxComparison *cmp = plx_report_get_comparison (data->report);
  g_autoptr(GArray) clusters = _plx_report_data_clusters (data);
  g_autoptr(GHashTable) visible = g_hash_table_new (NULL, NULL);
  g_autofree int *columns = g_new (int, data->positions->len + 1);
  gboolean any = FALSE;

  for (guint i = 0; i < data->positions->len; i++)
    columns[i] = _plx_report_comparison_index (data->report, g_array_index (data->positions, guint, i));

  g_string_append_printf (out, "## %s\n\n", _("Coverage"));
  g_string_append_printf (out, "● %s · ◐ %s · ○ %s · – %s\n\n",
                          _plx_report_cell_label (PLX_CELL_VERBATIM), _plx_report_cell_label (PLX_CELL_REWORDED),
                          _plx_report_cell_label (PLX_CELL_REPORTED), _plx_report_cell_label (PLX_CELL_ABSENT));
  if (clusters->len > 0)
    {
      g_string_append_printf (out, "| %s |", _("Statement"));
      for (guint i = 0; i < data->positions->len; i++)
        g_string_append_printf (out, " %u |", i + 1);
      g_string_append (out, "\n|---|");
      for (guint i = 0; i < data->positions->len; i++)
        g_string_append (out, ":-:|");
      g_string_append_c (out, '\n');
    }
  else
    g_string_append_printf (out, "%s\n", _("No statements to compare."));
  for (guint k = 0; k < clusters->len; k++)
    {
      guint c = g_array_index (clusters, guint, k);
      g_autofree char *speaker = NULL;
      g_autofree char *label = _plx_report_cluster_label (data, c, 120, &speaker);

      g_hash_table_add (visible, GUINT_TO_POINTER (c));
      g_string_append (out, "| ");
      append_md (out, speaker, -1);
      g_string_append (out, ": “");
      append_md (out, label, -1);
      g_string_append (out, "” |");
      for (guint i = 0; i < data->positions->len; i++)
        g_string_append_printf (out, " %s |",
                                _plx_report_cell_symbol (columns[i] >= 0 ? plx_comparison_get_cell (cmp, c, columns[i])
                                                                         : PLX_CELL_ABSENT));
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');

  g_string_append_printf (out, "## %s\n\n", _("Omissions"));
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

          if (!g_hash_table_contains (visible, GUINT_TO_POINTER (c)))
            continue;
          if (!header)
            {
              g_string_append_printf (out, "### %u. ", i + 1);
              append_md (out, _plx_report_data_outlet (data, g_array_index (data->positions, guint, i)), -1);
              g_string_append (out, "\n\n");
              header = TRUE;
            }
          label = _plx_report_cluster_label (data, c, 240, &speaker);
          g_string_append (out, "- ");
          append_md (out, speaker, -1);
          g_string_append (out, ": “");
          append_md (out, label, -1);
          g_string_append (out, "”\n");
        }
      if (header)
        g_string_append_c (out, '\n');
      any = any || header;
    }
  if (!any)
    g_string_append_printf (out, "%s\n\n", _("No article left out a statement the others carried."));
}

gboolean
plx_report_write_markdown (PlxReport     *self,
                           GOutputStream *stream,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(PlxReportData) data = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *date = NULL;
  g_autofree char *corrections = NULL;
  GFile *session;
  gboolean any_unattributed = FALSE;

  g_return_val_if_fail (PLX_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = _plx_report_data_new (self);
  out = g_string_sized_new (16 * 1024);
  date = _plx_report_date_iso (self);

  g_string_append (out, "# ");
  append_md (out, plx_report_get_title (self), -1);
  g_string_append (out, "\n\n");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", data->positions->len),
                          data->positions->len);
  g_string_append_printf (out, " · %s · %s\n\n", date, _plx_report_generator ());

  /* Articles */
  g_string_append_printf (out, "## %s\n\n", _("Articles"));
  for (guint i = 0; i < data->positions->len; i++)
    {
      PlxArticle *article = plx_report_get_article (self, g_array_index (data->positions, guint, i));
      g_autofree char *meta = _plx_report_article_meta (article);

      g_string_append_printf (out, "%u. **", i + 1);
      append_md (out, plx_article_get_display_title (article), -1);
      g_string_append (out, "** — ");
      append_md (out, meta, -1);
      g_string_append (out, "\n");
    }
  g_string_append (out, "\n");

  /* Statements by speaker, grouped by outlet */
  g_string_append_printf (out, "## %s\n\n", _("Statements by speaker"));
  for (guint s = 0; s < data->speakers->len; s++)
    {
      PlxReportSpeaker *sp = g_ptr_array_index (data->speakers, s);
      guint last = G_MAXUINT;

      if (sp->quotes->len == 0)
        continue;
      g_string_append (out, "### ");
      append_md (out, sp->name, -1);
      if (sp->title != NULL)
        {
          g_string_append (out, " (");
          append_md (out, sp->title, -1);
          g_string_append (out, ")");
        }
      g_string_append (out, "\n\n");
      for (guint i = 0; i < sp->quotes->len; i++)
        {
          PlxReportRef *ref = &g_array_index (sp->quotes, PlxReportRef, i);

          if (ref->article != last)
            {
              if (last != G_MAXUINT)
                g_string_append_c (out, '\n');
              append_article_heading (out, data, ref->article);
              last = ref->article;
            }
          append_quote (out, plx_report_get_analysis (self, ref->article), ref->index);
        }
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < data->positions->len; i++)
    {
      guint pos = g_array_index (data->positions, guint, i);
      PlxAnalysis *a = plx_report_get_analysis (self, pos);
      gboolean header = FALSE;

      for (guint q = 0; a != NULL && q < a->quotes->len; q++)
        {
          PlxQuote *quote = g_ptr_array_index (a->quotes, q);

          if (_plx_report_data_speaker (data, pos, quote->speaker) != NULL)
            continue;
          if (!any_unattributed)
            g_string_append_printf (out, "### %s\n\n", _("Unattributed quotes"));
          any_unattributed = TRUE;
          if (!header)
            append_article_heading (out, data, pos);
          header = TRUE;
          append_quote (out, a, q);
        }
      if (header)
        g_string_append_c (out, '\n');
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* Claims */
  g_string_append_printf (out, "## %s\n\n", _("Claims"));
  if (data->categories->len == 0)
    g_string_append_printf (out, "%s\n\n", _("No claims of the rulebook were found."));
  for (guint c = 0; c < data->categories->len; c++)
    {
      PlxReportCategory *cat = g_ptr_array_index (data->categories, c);

      g_string_append (out, "### ");
      append_md (out, cat->label, -1);
      g_string_append (out, "\n\n");
      for (guint i = 0; i < cat->claims->len; i++)
        {
          PlxReportRef *ref = &g_array_index (cat->claims, PlxReportRef, i);
          PlxAnalysis *a = plx_report_get_analysis (data->report, ref->article);
          PlxClaim *claim = g_ptr_array_index (a->claims, ref->index);
          const char *who = speaker_name (a, claim->speaker);
          gsize len;
          const char *from = _plx_report_data_slice (data, ref->article, claim->start, claim->end, &len);

          g_string_append (out, "- **");
          append_md (out, _plx_report_data_outlet (data, ref->article), -1);
          g_string_append (out, "**");
          if (who != NULL)
            {
              g_string_append (out, " — ");
              append_md (out, who, -1);
            }
          g_string_append (out, ": “");
          append_md (out, from, len);
          g_string_append (out, "”\n");
        }
      g_string_append_c (out, '\n');
    }

  if (plx_report_get_comparison (self) != NULL)
    append_comparison (out, data);

  /* Provenance */
  g_string_append_printf (out, "## %s\n\n", _("Provenance"));
  for (guint i = 0; i < data->positions->len; i++)
    {
      PlxArticle *article = plx_report_get_article (self, g_array_index (data->positions, guint, i));
      const char *sha = plx_article_get_sha256 (article);

      g_string_append_printf (out, "%u. ", i + 1);
      append_md (out, plx_article_get_source (article), -1);
      g_string_append (out, " — SHA-256 ");
      append_md (out, sha != NULL ? sha : "–", -1);
      g_string_append (out, "\n");
    }
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Exported %s by %s."), date, _plx_report_generator ());
  session = plx_report_get_session_file (self);
  if (session != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (session);

      g_string_append_printf (out, " %s ", _("Session:"));
      append_md (out, name, -1);
    }
  corrections = _plx_report_corrections_note (self, data->positions);
  if (corrections != NULL)
    {
      g_string_append_c (out, ' ');
      append_md (out, corrections, -1);
    }
  g_string_append (out, "\n");

  return _plx_report_write_all (stream, out->str, out->len, cancellable, error);
}

/* plx-report-csv.c — one row per quote, RFC 4180
 *
 * Columns: article (its source), outlet, speaker, kind, cue, claim
 * categories ("; "-separated labels), start, end (code points, end
 * exclusive), text. UTF-8 without BOM, CRLF line ends, a header row; a field
 * is quoted when it holds a comma, a double quote, CR or LF (quotes doubled).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-report"

#include "config.h"

#include <string.h>

#include "plx-report-private.h"

static void
append_field (GString    *out,
              const char *value,
              gboolean    last)
{
  g_autofree char *valid = NULL;

  if (value == NULL)
    value = "";
  if (!g_utf8_validate (value, -1, NULL))
    value = valid = g_utf8_make_valid (value, -1);

  if (strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, value);
  g_string_append (out, last ? "\r\n" : ",");
}

gboolean
plx_report_write_csv (PlxReport     *self,
                      GOutputStream *stream,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(PlxReportData) data = NULL;
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (PLX_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = _plx_report_data_new (self);
  out = g_string_sized_new (16 * 1024);

  /* Column names are data, not translated. */
  g_string_append (out, "article,outlet,speaker,kind,cue,claim_categories,start,end,text\r\n");
  for (guint i = 0; i < data->positions->len; i++)
    {
      guint pos = g_array_index (data->positions, guint, i);
      PlxArticle *article = plx_report_get_article (self, pos);
      PlxAnalysis *a = plx_report_get_analysis (self, pos);

      for (guint q = 0; a != NULL && q < a->quotes->len; q++)
        {
          PlxQuote *quote = g_ptr_array_index (a->quotes, q);
          g_autofree char *claims = _plx_report_quote_claims (a, q);
          const char *speaker = NULL;
          char number[32];

          if (quote->speaker >= 0 && (guint) quote->speaker < a->speakers->len)
            speaker = ((PlxSpeaker *) g_ptr_array_index (a->speakers, quote->speaker))->name;

          append_field (out, plx_article_get_source (article), FALSE);
          append_field (out, plx_article_get_display_outlet (article), FALSE);
          append_field (out, speaker, FALSE);
          append_field (out, plx_quote_kind_to_string (quote->kind), FALSE);
          append_field (out, quote->cue_text, FALSE);
          append_field (out, claims, FALSE);
          g_snprintf (number, sizeof number, "%u", quote->start);
          append_field (out, number, FALSE);
          g_snprintf (number, sizeof number, "%u", quote->end);
          append_field (out, number, FALSE);
          append_field (out, quote->text, TRUE);
        }
    }

  return _plx_report_write_all (stream, out->str, out->len, cancellable, error);
}

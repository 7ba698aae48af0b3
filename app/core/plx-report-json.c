/* plx-report-json.c — the report as JSON (data/schemas/parallax-report.schema.json)
 *
 * {"format": "parallax-report", "version": 1, "generator", "exported",
 *  "title", "session", "layers": [...],
 *  "articles": [article metadata as `parallax-cli import` prints it, plus
 *               "id", "display_title", "display_outlet"],
 *  "analyses": [one item per article, exactly as `parallax-cli analyze`
 *               prints it (data/schemas/parallax-analysis.schema.json),
 *               or null when the article was not analysed]}
 * and, when the report has a comparison made over exactly the exported
 * articles, "comparison" as `parallax-cli compare` prints it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plx-error.h"
#include "plx-report-private.h"

json_t *
plx_report_to_json (PlxReport *self)
{
  g_autoptr(PlxReportData) data = NULL;
  g_autofree char *date = NULL;
  PlxReportLayers layers;
  GFile *session;
  json_t *root;
  json_t *array;
  json_t *analyses;

  g_return_val_if_fail (PLX_IS_REPORT (self), NULL);

  data = _plx_report_data_new (self);
  date = _plx_report_date_iso (self);
  layers = plx_report_get_layers (self);
  session = plx_report_get_session_file (self);

  root = json_object ();
  json_object_set_new (root, "format", json_string (PLX_REPORT_FORMAT));
  json_object_set_new (root, "version", json_integer (PLX_REPORT_VERSION));
  json_object_set_new (root, "generator", json_string (_plx_report_generator ()));
  json_object_set_new (root, "exported", json_string (date));
  json_object_set_new (root, "title", json_string (plx_report_get_title (self)));
  if (session != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (session);
      json_object_set_new (root, "session", json_string (name));
    }
  else
    json_object_set_new (root, "session", json_null ());

  array = json_array ();
  if (layers & PLX_REPORT_LAYER_MENTIONS)
    json_array_append_new (array, json_string ("mentions"));
  if (layers & PLX_REPORT_LAYER_QUOTES)
    json_array_append_new (array, json_string ("quotes"));
  if (layers & PLX_REPORT_LAYER_CLAIMS)
    json_array_append_new (array, json_string ("claims"));
  json_object_set_new (root, "layers", array);

  array = json_array ();
  analyses = json_array ();
  for (guint i = 0; i < data->positions->len; i++)
    {
      guint pos = g_array_index (data->positions, guint, i);
      PlxArticle *article = plx_report_get_article (self, pos);
      PlxAnalysis *analysis = plx_report_get_analysis (self, pos);
      json_t *meta = plx_article_to_json (article, FALSE);
      g_autofree char *id = g_strdup_printf ("a%u", i + 1);

      json_object_set_new (meta, "id", json_string (id));
      json_object_set_new (meta, "display_title", json_string (plx_article_get_display_title (article)));
      json_object_set_new (meta, "display_outlet", json_string (plx_article_get_display_outlet (article)));
      json_object_set_new (meta, "corrections", json_integer (plx_report_get_n_corrections (self, pos)));
      json_array_append_new (array, meta);

      if (analysis != NULL)
        {
          /* The same object `parallax-cli analyze` prints for the file. */
          json_t *object = json_object ();
          json_t *result = plx_analysis_to_json (analysis);
          const char *source = plx_article_get_source (article);

          json_object_set_new (object, "path", json_string (source != NULL ? source : ""));
          json_object_update (object, result);
          json_object_set_new (object, "language", json_string (plx_article_get_language (article)));
          json_decref (result);
          json_array_append_new (analyses, object);
        }
      else
        json_array_append_new (analyses, json_null ());
    }
  json_object_set_new (root, "articles", array);
  json_object_set_new (root, "analyses", analyses);
  if (_plx_report_comparison_matches (data))
    json_object_set_new (root, "comparison", plx_comparison_to_json (plx_report_get_comparison (self)));

  return root;
}

gboolean
plx_report_write_json (PlxReport     *self,
                       GOutputStream *stream,
                       GCancellable  *cancellable,
                       GError       **error)
{
  json_t *root;
  char *dump;
  gboolean ok;

  g_return_val_if_fail (PLX_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = plx_report_to_json (self);
  dump = json_dumps (root, JSON_INDENT (2));
  json_decref (root);
  if (dump == NULL)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_WRITE,
                           _("Could not write the report: it cannot be serialized as JSON"));
      return FALSE;
    }
  ok = _plx_report_write_all (stream, dump, strlen (dump), cancellable, error) &&
       _plx_report_write_all (stream, "\n", 1, cancellable, error);
  free (dump);
  return ok;
}

/* plx-report.c — the report model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plx-error.h"
#include "plx-palette.h"
#include "plx-corrected.h"
#include "plx-report-private.h"

typedef struct
{
  PlxArticle  *article;
  PlxAnalysis *raw;        /* as analysed */
  PlxAnalysis *analysis;   /* with the user's corrections replayed */
  guint        n_corrections;  /* corrections that found their place */
  gboolean     included;
} Entry;

struct _PlxReport
{
  GObject          parent_instance;
  GArray          *entries;    /* Entry */
  PlxReportLayers  layers;
  char            *title;
  GFile           *session_file;
  GDateTime       *date;
  json_t          *annotations;    /* the session's corrections, or NULL */
  PlxComparison   *comparison;
  GArray          *cmp_positions;  /* guint: comparison article → position */
  guint            serial;
};

G_DEFINE_FINAL_TYPE (PlxReport, plx_report, G_TYPE_OBJECT)

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->article);
  g_clear_pointer (&entry->raw, plx_analysis_unref);
  g_clear_pointer (&entry->analysis, plx_analysis_unref);
}

/* Takes @analysis (may be NULL) as the entry's analysis, with the
 * corrections applied. */
static void
entry_take_analysis (PlxReport   *self,
                     Entry       *entry,
                     PlxAnalysis *analysis)
{
  g_clear_pointer (&entry->raw, plx_analysis_unref);
  g_clear_pointer (&entry->analysis, plx_analysis_unref);
  entry->raw = analysis;
  entry->n_corrections = 0;
  if (analysis != NULL)
    entry->analysis = plx_analysis_correct (analysis, entry->article, self->annotations,
                                            &entry->n_corrections);
}

guint
plx_report_get_n_corrections (PlxReport *self,
                              guint      position)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), 0);
  g_return_val_if_fail (position < self->entries->len, 0);

  return g_array_index (self->entries, Entry, position).n_corrections;
}

char *
_plx_report_corrections_note (PlxReport *self,
                              GArray    *positions)
{
  guint n = 0;

  for (guint i = 0; i < positions->len; i++)
    n += plx_report_get_n_corrections (self, g_array_index (positions, guint, i));
  if (n == 0)
    return NULL;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u correction made by the user in Parallax is applied to the analysis.",
                                       "%u corrections made by the user in Parallax are applied to the analysis.",
                                       n), n);
}

static void
plx_report_finalize (GObject *object)
{
  PlxReport *self = PLX_REPORT (object);

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->session_file);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->annotations, json_decref);
  g_clear_pointer (&self->comparison, plx_comparison_unref);
  g_clear_pointer (&self->cmp_positions, g_array_unref);

  G_OBJECT_CLASS (plx_report_parent_class)->finalize (object);
}

static void
plx_report_class_init (PlxReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = plx_report_finalize;
}

static void
plx_report_init (PlxReport *self)
{
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->layers = PLX_REPORT_LAYER_ALL;
  self->date = g_date_time_new_now_utc ();
}

PlxReport *
plx_report_new (void)
{
  return g_object_new (PLX_TYPE_REPORT, NULL);
}

PlxReport *
plx_report_new_for_session (PlxSession *session)
{
  PlxReport *self;

  g_return_val_if_fail (PLX_IS_SESSION (session), NULL);

  self = plx_report_new ();
  plx_report_set_annotations (self, plx_session_get_section (session, "annotations"));
  for (guint i = 0; i < plx_session_get_n_articles (session); i++)
    plx_report_add_article (self, plx_session_get_article (session, i), NULL);
  plx_report_set_session_file (self, plx_session_get_file (session));
  return self;
}

void
plx_report_add_article (PlxReport   *self,
                        PlxArticle  *article,
                        PlxAnalysis *analysis)
{
  Entry entry = { 0 };

  g_return_if_fail (PLX_IS_REPORT (self));
  g_return_if_fail (PLX_IS_ARTICLE (article));

  entry.article = g_object_ref (article);
  entry.included = TRUE;
  g_array_append_val (self->entries, entry);
  entry_take_analysis (self, &g_array_index (self->entries, Entry, self->entries->len - 1),
                       analysis != NULL ? plx_analysis_ref (analysis) : NULL);
  self->serial++;
}

json_t *
plx_report_get_annotations (PlxReport *self)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), NULL);

  return self->annotations;
}

void
plx_report_set_annotations (PlxReport *self,
                            json_t    *annotations)
{
  g_return_if_fail (PLX_IS_REPORT (self));

  if (annotations != NULL)
    json_incref (annotations);
  g_clear_pointer (&self->annotations, json_decref);
  self->annotations = annotations;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      entry_take_analysis (self, entry, g_steal_pointer (&entry->raw));
    }
  self->serial++;
}

guint
plx_report_get_n_articles (PlxReport *self)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), 0);

  return self->entries->len;
}

PlxArticle *
plx_report_get_article (PlxReport *self,
                        guint      position)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return g_array_index (self->entries, Entry, position).article;
}

PlxAnalysis *
plx_report_get_analysis (PlxReport *self,
                         guint      position)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return g_array_index (self->entries, Entry, position).analysis;
}

void
plx_report_set_analysis (PlxReport   *self,
                         guint        position,
                         PlxAnalysis *analysis)
{
  Entry *entry;

  g_return_if_fail (PLX_IS_REPORT (self));
  g_return_if_fail (position < self->entries->len);

  entry = &g_array_index (self->entries, Entry, position);
  entry_take_analysis (self, entry, analysis != NULL ? plx_analysis_ref (analysis) : NULL);
  self->serial++;
}

gboolean
plx_report_get_included (PlxReport *self,
                         guint      position)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), FALSE);
  g_return_val_if_fail (position < self->entries->len, FALSE);

  return g_array_index (self->entries, Entry, position).included;
}

void
plx_report_set_included (PlxReport *self,
                         guint      position,
                         gboolean   included)
{
  g_return_if_fail (PLX_IS_REPORT (self));
  g_return_if_fail (position < self->entries->len);

  g_array_index (self->entries, Entry, position).included = !!included;
  self->serial++;
}

gboolean
plx_report_analyze (PlxReport     *self,
                    PlxRulebook   *rulebook,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);
      PlxAnalysis *analysis;

      if (!entry->included || entry->analysis != NULL)
        continue;
      analysis = plx_analyze (plx_article_get_text (entry->article),
                              plx_article_get_language (entry->article),
                              rulebook, cancellable, error);
      if (analysis == NULL)
        return FALSE;
      entry_take_analysis (self, entry, analysis);
      self->serial++;
    }
  return TRUE;
}

PlxComparison *
plx_report_get_comparison (PlxReport *self)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), NULL);

  return self->comparison;
}

static void
take_comparison (PlxReport     *self,
                 PlxComparison *comparison,
                 GArray        *positions)
{
  g_clear_pointer (&self->comparison, plx_comparison_unref);
  g_clear_pointer (&self->cmp_positions, g_array_unref);
  self->comparison = comparison;
  self->cmp_positions = positions;
  self->serial++;
}

void
plx_report_set_comparison (PlxReport     *self,
                           PlxComparison *comparison)
{
  GArray *positions = NULL;

  g_return_if_fail (PLX_IS_REPORT (self));
  g_return_if_fail (comparison == NULL ||
                    plx_comparison_get_n_articles (comparison) == self->entries->len);

  if (comparison != NULL)
    {
      positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->entries->len);
      for (guint i = 0; i < self->entries->len; i++)
        g_array_append_val (positions, i);
      plx_comparison_ref (comparison);
    }
  take_comparison (self, comparison, positions);
}

gboolean
plx_report_compare (PlxReport             *self,
                    const PlxCompareEdits *edits,
                    GCancellable          *cancellable,
                    GError               **error)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new ();
  g_autoptr(GPtrArray) analyses = g_ptr_array_new ();
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  PlxComparison *comparison;

  g_return_val_if_fail (PLX_IS_REPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (!entry->included)
        continue;
      if (entry->analysis == NULL)
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED,
                       _("Cannot compare “%s”: it has not been analysed"),
                       plx_article_get_display_title (entry->article));
          return FALSE;
        }
      g_ptr_array_add (articles, entry->article);
      g_ptr_array_add (analyses, entry->analysis);
      g_array_append_val (positions, i);
    }

  comparison = plx_compare ((PlxArticle **) articles->pdata, (PlxAnalysis **) analyses->pdata,
                            articles->len, edits, cancellable, error);
  if (comparison == NULL)
    return FALSE;
  take_comparison (self, comparison, g_steal_pointer (&positions));
  return TRUE;
}

PlxReportLayers
plx_report_get_layers (PlxReport *self)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), 0);

  return self->layers;
}

void
plx_report_set_layers (PlxReport       *self,
                       PlxReportLayers  layers)
{
  g_return_if_fail (PLX_IS_REPORT (self));

  self->layers = layers & PLX_REPORT_LAYER_ALL;
  self->serial++;
}

const char *
plx_report_get_title (PlxReport *self)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), NULL);

  if (self->title != NULL && self->title[0] != '\0')
    return self->title;
  return _("Parallax report");
}

void
plx_report_set_title (PlxReport  *self,
                      const char *title)
{
  g_return_if_fail (PLX_IS_REPORT (self));
  g_return_if_fail (title == NULL || g_utf8_validate (title, -1, NULL));

  g_free (self->title);
  self->title = g_strdup (title);
  self->serial++;
}

GFile *
plx_report_get_session_file (PlxReport *self)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), NULL);

  return self->session_file;
}

void
plx_report_set_session_file (PlxReport *self,
                             GFile     *file)
{
  g_return_if_fail (PLX_IS_REPORT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_set_object (&self->session_file, file);
  self->serial++;
}

GDateTime *
plx_report_get_date (PlxReport *self)
{
  g_return_val_if_fail (PLX_IS_REPORT (self), NULL);

  return self->date;
}

void
plx_report_set_date (PlxReport *self,
                     GDateTime *date)
{
  g_return_if_fail (PLX_IS_REPORT (self));
  g_return_if_fail (date != NULL);

  g_date_time_ref (date);
  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = date;
  self->serial++;
}

static const struct
{
  PlxReportFormat format;
  const char *name;
  const char *extension;
  const char *mime_type;
} formats[] = {
  { PLX_REPORT_FORMAT_HTML, "html", "html", "text/html" },
  { PLX_REPORT_FORMAT_PDF, "pdf", "pdf", "application/pdf" },
  { PLX_REPORT_FORMAT_MARKDOWN, "md", "md", "text/markdown" },
  { PLX_REPORT_FORMAT_CSV, "csv", "csv", "text/csv" },
  { PLX_REPORT_FORMAT_JSON, "json", "json", "application/json" },
};

const char *
plx_report_format_to_string (PlxReportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return formats[i].name;
  g_return_val_if_reached (NULL);
}

gboolean
plx_report_format_from_string (const char      *str,
                               PlxReportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (str, formats[i].name) == 0)
      {
        *format = formats[i].format;
        return TRUE;
      }
  if (g_ascii_strcasecmp (str, "markdown") == 0)
    {
      *format = PLX_REPORT_FORMAT_MARKDOWN;
      return TRUE;
    }
  return FALSE;
}

const char *
plx_report_format_get_extension (PlxReportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return formats[i].extension;
  g_return_val_if_reached (NULL);
}

const char *
plx_report_format_get_mime_type (PlxReportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return formats[i].mime_type;
  g_return_val_if_reached (NULL);
}

/* ---- shared by the writers ---------------------------------------- */

guint
_plx_report_get_serial (PlxReport *report)
{
  return report->serial;
}

int
_plx_report_comparison_index (PlxReport *report,
                              guint      position)
{
  if (report->comparison == NULL)
    return -1;
  for (guint i = 0; i < report->cmp_positions->len; i++)
    if (g_array_index (report->cmp_positions, guint, i) == position)
      return i;
  return -1;
}

gboolean
_plx_report_comparison_matches (PlxReportData *data)
{
  GArray *cmp = data->report->cmp_positions;

  if (data->report->comparison == NULL || cmp->len != data->positions->len)
    return FALSE;
  return memcmp (cmp->data, data->positions->data, cmp->len * sizeof (guint)) == 0;
}

GArray *
_plx_report_data_clusters (PlxReportData *data)
{
  PlxComparison *cmp = data->report->comparison;
  GArray *clusters = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree int *columns = NULL;

  if (cmp == NULL)
    return clusters;
  columns = g_new (int, data->positions->len);
  for (guint i = 0; i < data->positions->len; i++)
    columns[i] = _plx_report_comparison_index (data->report, g_array_index (data->positions, guint, i));

  for (guint c = 0; c < plx_comparison_get_n_clusters (cmp); c++)
    for (guint i = 0; i < data->positions->len; i++)
      if (columns[i] >= 0 && plx_comparison_get_cell (cmp, c, columns[i]) != PLX_CELL_ABSENT)
        {
          g_array_append_val (clusters, c);
          break;
        }
  return clusters;
}

char *
_plx_report_cluster_label (PlxReportData  *data,
                           guint           cluster,
                           guint           max_chars,
                           char          **speaker)
{
  PlxComparison *cmp = data->report->comparison;
  const PlxCluster *c = plx_comparison_get_cluster (cmp, cluster);
  const PlxRendering *ref = NULL;
  const char *text;

  if (c->renderings != NULL && c->reference < c->renderings->len)
    ref = g_ptr_array_index (c->renderings, c->reference);
  text = ref != NULL && ref->text != NULL ? ref->text : "";
  if (speaker != NULL)
    {
      if (c->speaker >= 0 && (guint) c->speaker < plx_comparison_get_n_speakers (cmp))
        *speaker = g_strdup (plx_comparison_get_speaker (cmp, c->speaker)->name);
      else
        *speaker = g_strdup (_("Unattributed"));
    }
  if (!g_utf8_validate (text, -1, NULL))
    return g_utf8_make_valid (text, -1);
  if ((guint) g_utf8_strlen (text, -1) > max_chars)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, max_chars);
      return g_strconcat (cut, "…", NULL);
    }
  return g_strdup (text);
}

const char *
_plx_report_cell_symbol (PlxCellState state)
{
  switch (state)
    {
    case PLX_CELL_VERBATIM: return "●";
    case PLX_CELL_REWORDED: return "◐";
    case PLX_CELL_REPORTED: return "○";
    case PLX_CELL_ABSENT:
    default: return "–";
    }
}

const char *
_plx_report_cell_label (PlxCellState state)
{
  switch (state)
    {
    case PLX_CELL_VERBATIM: return _("verbatim");
    case PLX_CELL_REWORDED: return _("reworded");
    case PLX_CELL_REPORTED: return _("reported");
    case PLX_CELL_ABSENT:
    default: return _("absent");
    }
}

const char *
_plx_report_generator (void)
{
  return "Parallax " PACKAGE_VERSION;
}

char *
_plx_report_date_iso (PlxReport *report)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (report->date);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
_plx_report_write_all (GOutputStream  *stream,
                       const char     *data,
                       gsize           len,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_output_stream_write_all (stream, data, len, NULL, cancellable, &local_error))
    return TRUE;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_set_error (error, PLX_ERROR, PLX_ERROR_WRITE,
               _("Could not write the report: %s"), local_error->message);
  return FALSE;
}

guint *
_plx_report_char_offsets (const char *text,
                          guint      *n_chars)
{
  glong len = g_utf8_strlen (text, -1);
  guint *offsets = g_new (guint, len + 1);
  const char *p = text;

  for (glong i = 0; i < len; i++)
    {
      offsets[i] = p - text;
      p = g_utf8_next_char (p);
    }
  offsets[len] = p - text;
  *n_chars = len;
  return offsets;
}

char *
_plx_report_article_meta (PlxArticle *article)
{
  const char *parts[3] = {
    plx_article_get_display_outlet (article),
    plx_article_get_date (article),
    plx_article_get_byline (article),
  };
  GString *meta = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || parts[i][0] == '\0')
        continue;
      if (meta->len > 0)
        g_string_append (meta, " · ");
      g_string_append (meta, parts[i]);
    }
  return g_string_free (meta, FALSE);
}

static void
speaker_free (gpointer data)
{
  PlxReportSpeaker *sp = data;

  g_free (sp->key);
  g_free (sp->name);
  g_free (sp->title);
  g_array_unref (sp->quotes);
  g_array_unref (sp->mentions);
  g_free (sp->per_article);
  g_free (sp);
}

static void
category_free (gpointer data)
{
  PlxReportCategory *cat = data;

  g_free (cat->rule_id);
  g_free (cat->label);
  g_free (cat->color);
  g_array_unref (cat->claims);
  g_free (cat);
}

/* The normalization of plx_palette_index_for_name, as a key. */
static char *
speaker_key (const char *name)
{
  g_autofree char *norm = NULL;
  GString *key;
  char *folded;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return g_strdup ("");
  norm = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  if (norm == NULL)
    return g_strdup ("");
  key = g_string_new (NULL);
  for (const char *p = norm; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
      else if (key->len > 0 && key->str[key->len - 1] != ' ')
        g_string_append_c (key, ' ');
    }
  folded = g_utf8_casefold (key->str, key->len);
  g_string_free (key, TRUE);
  return g_strstrip (folded);
}

static int
compare_speakers (gconstpointer a,
                  gconstpointer b)
{
  const PlxReportSpeaker *sa = *(PlxReportSpeaker * const *) a;
  const PlxReportSpeaker *sb = *(PlxReportSpeaker * const *) b;

  if (sa->quotes->len != sb->quotes->len)
    return sa->quotes->len > sb->quotes->len ? -1 : 1;
  return g_utf8_collate (sa->name, sb->name);
}

PlxReportData *
_plx_report_data_new (PlxReport *report)
{
  PlxReportData *data = g_new0 (PlxReportData, 1);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_rule = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = report->entries->len;

  data->report = report;
  data->positions = g_array_new (FALSE, FALSE, sizeof (guint));
  data->speakers = g_ptr_array_new_with_free_func (speaker_free);
  data->categories = g_ptr_array_new_with_free_func (category_free);
  data->speaker_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  data->outlets = g_ptr_array_new_with_free_func (g_free);
  data->offsets = g_ptr_array_new_full (n, g_free);
  g_ptr_array_set_size (data->offsets, n);
  data->n_chars = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (data->n_chars, n);
  data->texts = g_ptr_array_new_full (n, g_free);
  g_ptr_array_set_size (data->texts, n);

  for (guint pos = 0; pos < n; pos++)
    {
      PlxArticle *article = g_array_index (report->entries, Entry, pos).article;
      const char *outlet = plx_article_get_display_outlet (article);
      const char *source = plx_article_get_source (article);

      if (outlet != NULL && outlet[0] != '\0')
        g_ptr_array_add (data->outlets, g_strdup (outlet));
      else if (source != NULL && source[0] != '\0')
        {
          g_autofree char *base = g_path_get_basename (source);

          g_ptr_array_add (data->outlets, g_utf8_make_valid (base, -1));
        }
      else
        g_ptr_array_add (data->outlets, g_strdup_printf (_("Article %u"), pos + 1));
    }

  for (guint pos = 0; pos < n; pos++)
    {
      Entry *entry = &g_array_index (report->entries, Entry, pos);
      PlxAnalysis *a = entry->analysis;

      if (!entry->included)
        continue;
      g_array_append_val (data->positions, pos);
      if (a == NULL)
        continue;

      for (guint i = 0; i < a->speakers->len; i++)
        {
          PlxSpeaker *s = g_ptr_array_index (a->speakers, i);
          g_autofree char *key = speaker_key (s->name);
          PlxReportSpeaker *sp = g_hash_table_lookup (by_key, key);

          if (sp == NULL)
            {
              sp = g_new0 (PlxReportSpeaker, 1);
              sp->key = g_steal_pointer (&key);
              sp->name = g_strdup (s->name != NULL ? s->name : "");
              sp->color = plx_palette_index_for_name (s->name);
              sp->is_byline = TRUE;
              sp->quotes = g_array_new (FALSE, FALSE, sizeof (PlxReportRef));
              sp->mentions = g_array_new (FALSE, TRUE, sizeof (guint));
              g_array_set_size (sp->mentions, n);
              sp->per_article = g_new0 (guint, n);
              g_hash_table_insert (by_key, sp->key, sp);
              g_ptr_array_add (data->speakers, sp);
            }
          if (sp->title == NULL && s->titles != NULL && s->titles->len > 0)
            sp->title = g_strdup (g_ptr_array_index (s->titles, 0));
          if (!s->is_byline)
            sp->is_byline = FALSE;
          if (s->mentions != NULL)
            g_array_index (sp->mentions, guint, pos) += s->mentions->len;
          g_hash_table_insert (data->speaker_of, g_strdup_printf ("%u:%u", pos, i), sp);
        }

      for (guint i = 0; i < a->quotes->len; i++)
        {
          PlxQuote *q = g_ptr_array_index (a->quotes, i);
          PlxReportSpeaker *sp = _plx_report_data_speaker (data, pos, q->speaker);
          PlxReportRef ref = { pos, i };

          if (sp == NULL)
            continue;
          g_array_append_val (sp->quotes, ref);
          sp->per_article[pos]++;
        }

      for (guint i = 0; i < a->claims->len; i++)
        {
          PlxClaim *c = g_ptr_array_index (a->claims, i);
          const char *id = c->rule_id != NULL ? c->rule_id : "";
          PlxReportCategory *cat = g_hash_table_lookup (by_rule, id);
          PlxReportRef ref = { pos, i };

          if (cat == NULL)
            {
              cat = g_new0 (PlxReportCategory, 1);
              cat->rule_id = g_strdup (id);
              cat->label = g_strdup (c->label != NULL ? c->label : id);
              cat->color = g_strdup (plx_palette_is_valid_color (c->color)
                                     ? c->color : plx_palette_claim_color (FALSE));
              cat->claims = g_array_new (FALSE, FALSE, sizeof (PlxReportRef));
              g_hash_table_insert (by_rule, cat->rule_id, cat);
              g_ptr_array_add (data->categories, cat);
            }
          g_array_append_val (cat->claims, ref);
        }
    }

  g_ptr_array_sort (data->speakers, compare_speakers);
  return data;
}

void
_plx_report_data_free (PlxReportData *data)
{
  if (data == NULL)
    return;
  g_array_unref (data->positions);
  g_hash_table_unref (data->speaker_of);
  g_ptr_array_unref (data->outlets);
  g_ptr_array_unref (data->offsets);
  g_ptr_array_unref (data->texts);
  g_array_unref (data->n_chars);
  g_ptr_array_unref (data->speakers);
  g_ptr_array_unref (data->categories);
  g_free (data);
}

PlxReportSpeaker *
_plx_report_data_speaker (PlxReportData *data,
                          guint          position,
                          int            speaker)
{
  char key[32];

  if (speaker < 0)
    return NULL;
  g_snprintf (key, sizeof key, "%u:%d", position, speaker);
  return g_hash_table_lookup (data->speaker_of, key);
}

const char *
_plx_report_data_outlet (PlxReportData *data,
                         guint          position)
{
  g_return_val_if_fail (position < data->outlets->len, "");

  return g_ptr_array_index (data->outlets, position);
}

const char *
_plx_report_data_text (PlxReportData  *data,
                       guint           position,
                       const guint   **offsets,
                       guint          *n_chars)
{
  PlxArticle *article;
  const char *text;

  g_return_val_if_fail (position < data->offsets->len, "");

  article = g_array_index (data->report->entries, Entry, position).article;
  text = plx_article_get_text (article);
  if (text == NULL)
    text = "";
  if (g_ptr_array_index (data->offsets, position) == NULL)
    {
      guint n = 0;

      if (!g_utf8_validate (text, -1, NULL))
        g_ptr_array_index (data->texts, position) = g_utf8_make_valid (text, -1);
      if (g_ptr_array_index (data->texts, position) != NULL)
        text = g_ptr_array_index (data->texts, position);
      g_ptr_array_index (data->offsets, position) = _plx_report_char_offsets (text, &n);
      g_array_index (data->n_chars, guint, position) = n;
    }
  if (g_ptr_array_index (data->texts, position) != NULL)
    text = g_ptr_array_index (data->texts, position);
  if (offsets != NULL)
    *offsets = g_ptr_array_index (data->offsets, position);
  if (n_chars != NULL)
    *n_chars = g_array_index (data->n_chars, guint, position);
  return text;
}

const char *
_plx_report_data_slice (PlxReportData *data,
                        guint          position,
                        guint          start,
                        guint          end,
                        gsize         *len)
{
  const guint *offsets;
  guint n_chars;
  const char *text = _plx_report_data_text (data, position, &offsets, &n_chars);

  start = MIN (start, n_chars);
  end = CLAMP (end, start, n_chars);
  *len = offsets[end] - offsets[start];
  return text + offsets[start];
}

int
_plx_report_data_category (PlxReportData *data,
                           PlxClaim      *claim)
{
  const char *id = claim->rule_id != NULL ? claim->rule_id : "";

  for (guint i = 0; i < data->categories->len; i++)
    {
      PlxReportCategory *cat = g_ptr_array_index (data->categories, i);

      if (g_str_equal (cat->rule_id, id))
        return i;
    }
  return -1;
}

char *
_plx_report_quote_claims (PlxAnalysis *analysis,
                          guint        quote)
{
  GString *labels = g_string_new (NULL);

  for (guint i = 0; i < analysis->claims->len; i++)
    {
      PlxClaim *c = g_ptr_array_index (analysis->claims, i);
      const char *label = c->label != NULL ? c->label : c->rule_id;

      if (c->quote != (int) quote || label == NULL)
        continue;
      if (labels->len > 0)
        g_string_append (labels, "; ");
      g_string_append (labels, label);
    }
  return g_string_free (labels, FALSE);
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const PlxReportSpan *sa = a;
  const PlxReportSpan *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->kind != sb->kind)
    return sa->kind < sb->kind ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end > sb->end ? -1 : 1;
  return sa->index < sb->index ? -1 : (sa->index > sb->index);
}

static void
add_span (GArray            *spans,
          guint              start,
          guint              end,
          guint              n_chars,
          PlxReportSpanKind  kind,
          guint              index,
          guint              color,
          int                category)
{
  PlxReportSpan span;

  end = MIN (end, n_chars);
  if (start >= end)
    return;
  span.start = start;
  span.end = end;
  span.kind = kind;
  span.index = index;
  span.color = color;
  span.category = category;
  g_array_append_val (spans, span);
}

GArray *
_plx_report_data_spans (PlxReportData *data,
                        guint          position,
                        guint          n_chars)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PlxReportSpan));
  PlxReport *report = data->report;
  PlxAnalysis *a;

  if (position >= report->entries->len)
    return spans;
  a = g_array_index (report->entries, Entry, position).analysis;
  if (a == NULL)
    return spans;

  if (report->layers & PLX_REPORT_LAYER_QUOTES)
    {
      for (guint i = 0; i < a->quotes->len; i++)
        {
          PlxQuote *q = g_ptr_array_index (a->quotes, i);
          PlxReportSpeaker *sp = _plx_report_data_speaker (data, position, q->speaker);

          /* As in the window: a quote without a speaker takes colour 1. */
          add_span (spans, q->start, q->end, n_chars, PLX_REPORT_SPAN_QUOTE, i,
                    sp != NULL ? sp->color : 1, -1);
        }
      for (guint i = 0; i < a->scare_quotes->len; i++)
        {
          PlxScareQuote *sq = g_ptr_array_index (a->scare_quotes, i);

          add_span (spans, sq->start, sq->end, n_chars, PLX_REPORT_SPAN_SCARE, i, 0, -1);
        }
    }

  if (report->layers & PLX_REPORT_LAYER_MENTIONS)
    {
      for (guint i = 0; i < a->speakers->len; i++)
        {
          PlxSpeaker *s = g_ptr_array_index (a->speakers, i);
          PlxReportSpeaker *sp = _plx_report_data_speaker (data, position, i);

          for (guint j = 0; s->mentions != NULL && j < s->mentions->len; j++)
            {
              PlxSpan *m = &g_array_index (s->mentions, PlxSpan, j);

              add_span (spans, m->start, m->end, n_chars, PLX_REPORT_SPAN_MENTION, i,
                        sp != NULL ? sp->color : 1, -1);
            }
        }
    }

  if (report->layers & PLX_REPORT_LAYER_CLAIMS)
    {
      for (guint i = 0; i < a->claims->len; i++)
        {
          PlxClaim *c = g_ptr_array_index (a->claims, i);

          add_span (spans, c->start, c->end, n_chars, PLX_REPORT_SPAN_CLAIM, i, 0,
                    _plx_report_data_category (data, c));
        }
    }

  g_array_sort (spans, compare_spans);
  return spans;
}

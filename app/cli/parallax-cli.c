/* parallax-cli.c — the Parallax engine for scripts and batch work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parallax-cli"

#include "config.h"

#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "parallax.h"
#include "plx-analysis.h"
#include "plx-compare.h"
#include "plx-corrected.h"
#include "plx-report-pdf.h"

enum {
  EXIT_OK = 0,
  EXIT_INPUT_FAILED = 1,
  EXIT_USAGE = 2,
};

typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv);
} Command;

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_printerr ("parallax-cli: %s\n", message);
  if (context != NULL)
    {
      g_autofree char *prgname = g_strdup (g_get_prgname ());
      g_printerr (_("Try “%s --help” for more information."), prgname);
      g_printerr ("\n");
    }
  return EXIT_USAGE;
}

/* Adds @entries to @context and parses the arguments; on failure prints the
 * usage error and returns FALSE. */
static gboolean
parse_args (GOptionContext      *context,
            const GOptionEntry  *entries,
            int                 *argc,
            char              ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      usage_error (context, error->message);
      return FALSE;
    }
  return TRUE;
}

/* Print one error line: "parallax-cli: <message>". Messages from the engine
 * already name the file. */
static void
report_error (const GError *error)
{
  g_autofree char *line = g_strdup (error->message);

  /* Keep it one line whatever the message holds. */
  g_strdelimit (line, "\r\n", ' ');
  g_printerr ("parallax-cli: %s\n", line);
}

static gboolean
print_json (json_t *value)
{
  char *dump = json_dumps (value, JSON_INDENT (2));

  if (dump == NULL)
    return FALSE;
  fputs (dump, stdout);
  fputc ('\n', stdout);
  free (dump);
  fflush (stdout);
  return TRUE;
}

static PlxArticle *
import_path (const char  *path,
             GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(PlxArticle) article = NULL;

  if (g_strcmp0 (path, "-") == 0)
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
      g_autoptr(GBytes) bytes = NULL;

      if (g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, error) < 0)
        return NULL;
      bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
      return plx_import_bytes (bytes, _("standard input"), NULL, error);
    }

  file = g_file_new_for_commandline_arg (path);
  article = plx_import_file (file, NULL, NULL, error);
  if (article != NULL)
    plx_article_set_source (article, path);
  return g_steal_pointer (&article);
}

static gboolean
is_session_path (const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) in = NULL;
  char head[512];
  gssize n;

  if (g_str_has_suffix (path, ".parallax.json") || g_str_has_suffix (path, ".parallax"))
    return TRUE;
  if (!g_str_has_suffix (path, ".json") && !g_str_has_suffix (path, ".plx"))
    return FALSE;
  /* a session saved under another name: its format tag comes first */
  file = g_file_new_for_commandline_arg (path);
  in = g_file_read (file, NULL, NULL);
  if (in == NULL)
    return FALSE;
  n = g_input_stream_read (G_INPUT_STREAM (in), head, sizeof head - 1, NULL, NULL);
  if (n <= 0)
    return FALSE;
  head[n] = '\0';
  return strstr (head, "\"parallax-session\"") != NULL;
}

/* The corrections kept by @sessions (their "annotations" sections,
 * joined), or NULL when there are none. A new reference. */
static json_t *
session_annotations (GPtrArray *sessions)
{
  json_t *all = NULL;

  for (guint i = 0; i < sessions->len; i++)
    {
      json_t *section = plx_session_get_section (g_ptr_array_index (sessions, i), "annotations");

      if (!json_is_array (section) || json_array_size (section) == 0)
        continue;
      if (all == NULL)
        all = json_array ();
      json_array_extend (all, section);
    }
  return all;
}

/* The manual merges and splits kept by @sessions (the last one that has
 * any wins); NULL with @error unset when there are none. */
static PlxCompareEdits *
session_edits (GPtrArray  *sessions,
               GError    **error)
{
  g_autoptr(PlxCompareEdits) edits = NULL;

  for (guint i = 0; i < sessions->len; i++)
    {
      json_t *section = plx_session_get_section (g_ptr_array_index (sessions, i), "comparison");

      if (section == NULL)
        continue;
      g_clear_pointer (&edits, plx_compare_edits_unref);
      if (!(edits = plx_compare_edits_from_json (section, error)))
        return NULL;
    }
  return g_steal_pointer (&edits);
}

/* Loads the articles named on the command line: article files, or session
 * files when @sessions is not NULL (each session loaded is added to it).
 * Failures are reported and counted; the rest are kept. */
static GPtrArray *
load_inputs (char      **paths,
             GPtrArray  *sessions,
             guint      *n_failed)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  *n_failed = 0;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (sessions != NULL && is_session_path (paths[i]))
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
          g_autoptr(GPtrArray) warnings = NULL;
          g_autoptr(PlxSession) session = plx_session_load (file, &warnings, NULL, &error);

          if (session == NULL)
            {
              report_error (error);
              (*n_failed)++;
              continue;
            }
          for (guint w = 0; warnings != NULL && w < warnings->len; w++)
            g_printerr ("parallax-cli: %s\n", (const char *)g_ptr_array_index (warnings, w));
          for (guint a = 0; a < plx_session_get_n_articles (session); a++)
            g_ptr_array_add (articles, g_object_ref (plx_session_get_article (session, a)));
          g_ptr_array_add (sessions, g_steal_pointer (&session));
          continue;
        }

      {
        PlxArticle *article = import_path (paths[i], &error);

        if (article == NULL)
          {
            report_error (error);
            (*n_failed)++;
            continue;
          }
        g_ptr_array_add (articles, article);
      }
    }

  return articles;
}

/* parallax-cli import [--text] FILE... */
static int
cmd_import (int    argc,
            char **argv)
{
  gboolean with_text = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "text", 't', 0, G_OPTION_ARG_NONE, &with_text, N_("Include the normalized text"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — import articles and print their metadata as JSON"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  json_t *array;
  guint n_failed;

  if (!parse_args (context, entries, &argc, &argv))
    return EXIT_USAGE;
  if (files == NULL || files[0] == NULL)
    return usage_error (context, _("No input files given"));

  articles = load_inputs (files, NULL, &n_failed);
  array = json_array ();
  for (guint i = 0; i < articles->len; i++)
    json_array_append_new (array, plx_article_to_json (g_ptr_array_index (articles, i), with_text));
  print_json (array);
  json_decref (array);

  return n_failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

static PlxRulebook *
load_rulebook (const char  *path,
               GError     **error)
{
  if (path == NULL)
    return NULL;
  return plx_rulebook_load (path, error);
}

/* parallax-cli analyze [--rules RULEBOOK.json] FILE... */
static int
cmd_analyze (int    argc,
             char **argv)
{
  g_autofree char *rules_path = NULL;
  gboolean with_text = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "rules", 'r', 0, G_OPTION_ARG_FILENAME, &rules_path, N_("Match the claim categories of this rulebook"), N_("RULEBOOK.json") },
    { "text", 't', 0, G_OPTION_ARG_NONE, &with_text, N_("Include the normalized text"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — find speakers, quotes and claims and print them as JSON"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PlxRulebook) rulebook = NULL;
  json_t *array;
  guint n_failed;

  if (!parse_args (context, entries, &argc, &argv))
    return EXIT_USAGE;
  if (files == NULL || files[0] == NULL)
    return usage_error (context, _("No input files given"));

  if (rules_path != NULL && !(rulebook = load_rulebook (rules_path, &error)))
    {
      report_error (error);
      return EXIT_INPUT_FAILED;
    }

  articles = load_inputs (files, sessions, &n_failed);
  array = json_array ();
  for (guint i = 0; i < articles->len; i++)
    {
      PlxArticle *article = g_ptr_array_index (articles, i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(PlxAnalysis) analysis = NULL;
      json_t *object;
      json_t *result;

      analysis = plx_analyze (plx_article_get_text (article),
                              plx_article_get_language (article),
                              rulebook, NULL, &local_error);
      if (analysis == NULL)
        {
          report_error (local_error);
          n_failed++;
          continue;
        }

      object = json_object ();
      json_object_set_new (object, "path", json_string (plx_article_get_source (article)));
      json_object_set_new (object, "language", json_string (plx_article_get_language (article)));
      result = plx_analysis_to_json (analysis);
      json_object_update (object, result);
      json_object_set_new (object, "language", json_string (plx_article_get_language (article)));
      json_decref (result);
      if (with_text)
        json_object_set_new (object, "text", json_string (plx_article_get_text (article)));
      json_array_append_new (array, object);
    }
  print_json (array);
  json_decref (array);

  return n_failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

/* parallax-cli compare [--rules RULEBOOK.json] FILE...|SESSION */
static int
cmd_compare (int    argc,
             char **argv)
{
  g_autofree char *rules_path = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "rules", 'r', 0, G_OPTION_ARG_FILENAME, &rules_path, N_("Match the claim categories of this rulebook"), N_("RULEBOOK.json") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE…|SESSION — align speakers and statements across articles and print them as JSON"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) analyzed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) analyses = g_ptr_array_new_with_free_func ((GDestroyNotify)plx_analysis_unref);
  g_autoptr(PlxRulebook) rulebook = NULL;
  g_autoptr(PlxCompareEdits) edits = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(json_t) annotations = NULL;
  json_t *result;
  guint n_failed;

  if (!parse_args (context, entries, &argc, &argv))
    return EXIT_USAGE;
  if (files == NULL || files[0] == NULL)
    return usage_error (context, _("No input files given"));

  if (rules_path != NULL && !(rulebook = load_rulebook (rules_path, &error)))
    {
      report_error (error);
      return EXIT_INPUT_FAILED;
    }

  articles = load_inputs (files, sessions, &n_failed);
  /* The manual merges and splits, and the corrections made in the window,
   * that the sessions keep. */
  edits = session_edits (sessions, &error);
  if (error != NULL)
    {
      report_error (error);
      return EXIT_INPUT_FAILED;
    }
  annotations = session_annotations (sessions);

  for (guint i = 0; i < articles->len; i++)
    {
      PlxArticle *article = g_ptr_array_index (articles, i);
      g_autoptr(GError) local_error = NULL;
      PlxAnalysis *analysis;

      analysis = plx_analyze (plx_article_get_text (article),
                              plx_article_get_language (article),
                              rulebook, NULL, &local_error);
      if (analysis == NULL)
        {
          report_error (local_error);
          n_failed++;
          continue;
        }
      g_ptr_array_add (analyzed, g_object_ref (article));
      g_ptr_array_add (analyses, plx_analysis_correct (analysis, article, annotations, NULL));
      plx_analysis_unref (analysis);
    }

  comparison = plx_compare ((PlxArticle **)analyzed->pdata, (PlxAnalysis **)analyses->pdata,
                            analyzed->len, edits, NULL, &error);
  if (comparison == NULL)
    {
      report_error (error);
      return EXIT_INPUT_FAILED;
    }
  result = plx_comparison_to_json (comparison);
  print_json (result);
  json_decref (result);

  return n_failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

/* parallax-cli session new -o OUT FILE... */
static int
cmd_session_new (int    argc,
                 char **argv)
{
  g_autofree char *output = NULL;
  gboolean no_embed = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the session to FILE"), N_("FILE") },
    { "no-embed", 0, 0, G_OPTION_ARG_NONE, &no_embed, N_("Do not embed the article text in the session"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — create a session from articles"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(PlxSession) session = NULL;
  g_autoptr(GFile) out_file = NULL;
  guint n_failed;

  if (!parse_args (context, entries, &argc, &argv))
    return EXIT_USAGE;
  if (output == NULL)
    return usage_error (context, _("No output file given (use -o FILE)"));
  if (files == NULL || files[0] == NULL)
    return usage_error (context, _("No input files given"));

  articles = load_inputs (files, NULL, &n_failed);
  session = plx_session_new ();
  plx_session_set_embed_text (session, !no_embed);
  for (guint i = 0; i < articles->len; i++)
    {
      PlxArticle *article = g_ptr_array_index (articles, i);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (plx_article_get_source (article));

      /* Store the absolute location; the session makes it relative. */
      plx_article_set_source (article, g_file_peek_path (file));
      plx_session_add_article (session, article);
    }

  out_file = g_file_new_for_commandline_arg (output);
  if (!plx_session_save (session, out_file, NULL, &error))
    {
      report_error (error);
      return EXIT_INPUT_FAILED;
    }

  return n_failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

/* parallax-cli session show SESSION */
static int
cmd_session_show (int    argc,
                  char **argv)
{
  gboolean with_text = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "text", 't', 0, G_OPTION_ARG_NONE, &with_text, N_("Include the article text"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("SESSION") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("SESSION — print a session’s articles as JSON"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(PlxSession) session = NULL;
  json_t *object;
  json_t *array;

  if (!parse_args (context, entries, &argc, &argv))
    return EXIT_USAGE;
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return usage_error (context, _("Give exactly one session file"));

  file = g_file_new_for_commandline_arg (files[0]);
  session = plx_session_load (file, &warnings, NULL, &error);
  if (session == NULL)
    {
      report_error (error);
      return EXIT_INPUT_FAILED;
    }

  object = json_object ();
  json_object_set_new (object, "session", json_string (g_file_peek_path (file)));
  array = json_array ();
  for (guint i = 0; i < plx_session_get_n_articles (session); i++)
    {
      PlxArticle *article = plx_session_get_article (session, i);
      json_t *entry = plx_article_to_json (article, with_text);

      json_object_set_new (entry, "display_title", json_string (plx_article_get_display_title (article)));
      json_object_set_new (entry, "display_outlet", json_string (plx_article_get_display_outlet (article)));
      json_array_append_new (array, entry);
    }
  json_object_set_new (object, "articles", array);
  array = json_array ();
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      g_printerr ("parallax-cli: %s\n", (const char *)g_ptr_array_index (warnings, i));
      json_array_append_new (array, json_string (g_ptr_array_index (warnings, i)));
    }
  json_object_set_new (object, "warnings", array);
  print_json (object);
  json_decref (object);

  return EXIT_OK;
}

/* Parses "1,3-4" (1-based) into the set of article positions to keep. */
static gboolean
parse_article_list (const char  *list,
                    guint        n_articles,
                    gboolean    *keep)
{
  g_auto(GStrv) parts = g_strsplit (list, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) range = g_strsplit (g_strstrip (parts[i]), "-", 2);
      guint64 from, to;

      if (!g_ascii_string_to_unsigned (range[0], 10, 1, n_articles, &from, NULL))
        return FALSE;
      to = from;
      if (range[1] != NULL && !g_ascii_string_to_unsigned (range[1], 10, from, n_articles, &to, NULL))
        return FALSE;
      for (guint64 k = from; k <= to; k++)
        keep[k - 1] = TRUE;
    }
  return TRUE;
}

static gboolean
parse_layers (const char      *list,
              PlxReportLayers *layers)
{
  g_auto(GStrv) parts = g_strsplit (list, ",", -1);

  *layers = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *name = g_strstrip (parts[i]);

      if (g_str_equal (name, "mentions"))
        *layers |= PLX_REPORT_LAYER_MENTIONS;
      else if (g_str_equal (name, "quotes"))
        *layers |= PLX_REPORT_LAYER_QUOTES;
      else if (g_str_equal (name, "claims"))
        *layers |= PLX_REPORT_LAYER_CLAIMS;
      else if (g_str_equal (name, "all"))
        *layers |= PLX_REPORT_LAYER_ALL;
      else if (!g_str_equal (name, "none") && name[0] != '\0')
        return FALSE;
    }
  return TRUE;
}

/* parallax-cli export --format FORMAT -o OUT FILE...|SESSION */
static int
cmd_export (int    argc,
            char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *rules_path = NULL;
  g_autofree char *article_list = NULL;
  g_autofree char *layer_list = NULL;
  g_autofree char *title = NULL;
  gboolean no_compare = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Report format: html, pdf, md, csv or json (default: from the output name)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the report to FILE"), N_("FILE") },
    { "rules", 'r', 0, G_OPTION_ARG_FILENAME, &rules_path, N_("Match the claim categories of this rulebook"), N_("RULEBOOK.json") },
    { "articles", 'a', 0, G_OPTION_ARG_STRING, &article_list, N_("Export only these articles (1-based, e.g. 1,3-4)"), N_("LIST") },
    { "layers", 'l', 0, G_OPTION_ARG_STRING, &layer_list, N_("Highlights to draw: mentions,quotes,claims (default: all)"), N_("LIST") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title of the report"), N_("TITLE") },
    { "no-compare", 0, 0, G_OPTION_ARG_NONE, &no_compare, N_("Leave out the coverage matrix and the omissions"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…|SESSION") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE…|SESSION — write a highlighted report"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PlxRulebook) rulebook = NULL;
  g_autoptr(PlxReport) report = NULL;
  g_autoptr(GFile) out_file = NULL;
  g_autofree gboolean *keep = NULL;
  g_autoptr(json_t) annotations = NULL;
  PlxReportFormat format;
  PlxReportLayers layers = PLX_REPORT_LAYER_ALL;
  guint n_failed;

  if (!parse_args (context, entries, &argc, &argv))
    return EXIT_USAGE;
  if (output == NULL)
    return usage_error (context, _("No output file given (use -o FILE)"));
  if (files == NULL || files[0] == NULL)
    return usage_error (context, _("No input files given"));
  if (format_name == NULL)
    {
      const char *dot = strrchr (output, '.');

      if (dot == NULL || !plx_report_format_from_string (dot + 1, &format))
        return usage_error (context, _("No report format given (use --format html, pdf, md, csv or json)"));
    }
  else if (!plx_report_format_from_string (format_name, &format))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown report format “%s” (use html, pdf, md, csv or json)"), format_name);
      return usage_error (context, message);
    }
  if (layer_list != NULL && !parse_layers (layer_list, &layers))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown layers “%s” (use mentions, quotes, claims)"), layer_list);
      return usage_error (context, message);
    }

  if (rules_path != NULL && !(rulebook = load_rulebook (rules_path, &error)))
    {
      report_error (error);
      return EXIT_INPUT_FAILED;
    }

  articles = load_inputs (files, sessions, &n_failed);
  annotations = session_annotations (sessions);
  report = plx_report_new ();
  plx_report_set_annotations (report, annotations);
  plx_report_set_layers (report, layers);
  if (title != NULL)
    plx_report_set_title (report, title);
  if (files[1] == NULL && sessions->len == 1)
    plx_report_set_session_file (report, plx_session_get_file (g_ptr_array_index (sessions, 0)));
  for (guint i = 0; i < articles->len; i++)
    plx_report_add_article (report, g_ptr_array_index (articles, i), NULL);

  if (article_list != NULL)
    {
      keep = g_new0 (gboolean, MAX (articles->len, 1));
      if (!parse_article_list (article_list, articles->len, keep))
        {
          g_autofree char *message = g_strdup_printf (_("Invalid article list “%s”: give numbers from 1 to %u"),
                                                      article_list, articles->len);
          return usage_error (context, message);
        }
      for (guint i = 0; i < articles->len; i++)
        plx_report_set_included (report, i, keep[i]);
    }

  if (!plx_report_analyze (report, rulebook, NULL, &error))
    {
      report_error (error);
      return EXIT_INPUT_FAILED;
    }

  /* Coverage and omissions, with the manual merges and splits a session
   * keeps; a single article has nothing to be compared with. */
  if (!no_compare && articles->len > 1)
    {
      g_autoptr(PlxCompareEdits) edits = session_edits (sessions, &error);

      if (error != NULL)
        {
          report_error (error);
          return EXIT_INPUT_FAILED;
        }
      if (!plx_report_compare (report, edits, NULL, &error))
        {
          report_error (error);
          return EXIT_INPUT_FAILED;
        }
    }

  out_file = g_file_new_for_commandline_arg (output);
  if (!plx_report_write_file (report, format, out_file, NULL, &error))
    {
      report_error (error);
      return EXIT_INPUT_FAILED;
    }

  return n_failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

static const Command session_commands[] = {
  { "new", N_("Create a session from articles"), cmd_session_new },
  { "show", N_("Print a session’s articles"), cmd_session_show },
};

static void
print_commands (const Command *commands,
                guint          n_commands,
                const char    *prefix)
{
  g_print (_("Usage:\n  %s COMMAND [OPTION…]\n\nCommands:\n"), prefix);
  for (guint i = 0; i < n_commands; i++)
    g_print ("  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_print ("\n");
}

static int
dispatch (const Command *commands,
          guint          n_commands,
          const char    *prefix,
          int            argc,
          char         **argv)
{
  if (argc < 2)
    {
      print_commands (commands, n_commands, prefix);
      return EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_commands (commands, n_commands, prefix);
      return EXIT_OK;
    }

  for (guint i = 0; i < n_commands; i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        {
          g_autofree char *prgname = g_strdup_printf ("%s %s", prefix, commands[i].name);

          g_set_prgname (prgname);
          return commands[i].run (argc - 1, argv + 1);
        }
    }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”"), argv[1]);
    g_printerr ("parallax-cli: %s\n", message);
    print_commands (commands, n_commands, prefix);
  }
  return EXIT_USAGE;
}

static int
cmd_session (int    argc,
             char **argv)
{
  return dispatch (session_commands, G_N_ELEMENTS (session_commands),
                   "parallax-cli session", argc, argv);
}

static int
cmd_version (int    argc,
             char **argv)
{
  g_print ("parallax-cli %s\n", PACKAGE_VERSION);
  return EXIT_OK;
}

static const Command commands[] = {
  { "import", N_("Import articles and print their metadata"), cmd_import },
  { "analyze", N_("Find speakers, quotes and claims"), cmd_analyze },
  { "compare", N_("Align speakers and statements across articles"), cmd_compare },
  { "session", N_("Create or show sessions"), cmd_session },
  { "export", N_("Write a highlighted report (HTML, PDF, Markdown, CSV, JSON)"), cmd_export },
  { "version", N_("Print the version"), cmd_version },
};

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("parallax-cli");

  if (argc >= 2 && (g_str_equal (argv[1], "--version") || g_str_equal (argv[1], "-V")))
    return cmd_version (argc, argv);

  return dispatch (commands, G_N_ELEMENTS (commands), "parallax-cli", argc, argv);
}

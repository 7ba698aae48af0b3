/* make-session.c — write, re-save or check session files for tests
 *
 * Used by test_session_schema.py to get real session files out of the
 * engine without the CLI:
 *
 *   make-session [--no-embed] [--title-override=N:TITLE] [--outlet-override=N:OUTLET]
 *                [--section=NAME=JSON] [--pasted=TEXT] OUTPUT [ARTICLE-FILE…]
 *   make-session --resave=INPUT [options…] OUTPUT
 *   make-session --check INPUT
 *
 * --check prints each load warning as "warning: …" on stdout; a load error
 * as "error: <PlxError nick>: message" on stderr with exit status 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "make-session"

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "parallax.h"

static void
print_error (const GError *error)
{
  const char *nick = "unknown";

  if (error->domain == PLX_ERROR)
    {
      GEnumClass *klass = g_type_class_ref (PLX_TYPE_ERROR);
      GEnumValue *value = g_enum_get_value (klass, error->code);

      if (value != NULL)
        nick = value->value_nick;
      g_type_class_unref (klass);
    }
  else if (error->domain == G_IO_ERROR)
    {
      nick = "gio";
    }

  g_printerr ("error: %s: %s\n", nick, error->message);
}

static gboolean
split_index (const char  *spec,
             guint       *index,
             const char **rest)
{
  char *end = NULL;
  guint64 n = g_ascii_strtoull (spec, &end, 10);

  if (end == spec || *end != ':')
    return FALSE;
  *index = (guint)n;
  *rest = end + 1;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxSession) session = NULL;
  g_autoptr(GFile) output = NULL;
  g_auto(GStrv) title_overrides = NULL;
  g_auto(GStrv) outlet_overrides = NULL;
  g_auto(GStrv) sections = NULL;
  g_auto(GStrv) pasted = NULL;
  g_autofree char *resave = NULL;
  gboolean no_embed = FALSE;
  gboolean check = FALSE;
  GOptionEntry entries[] = {
    { "no-embed", 0, 0, G_OPTION_ARG_NONE, &no_embed, "Do not embed article texts", NULL },
    { "title-override", 0, 0, G_OPTION_ARG_STRING_ARRAY, &title_overrides, "Override a title", "N:TITLE" },
    { "outlet-override", 0, 0, G_OPTION_ARG_STRING_ARRAY, &outlet_overrides, "Override an outlet", "N:OUTLET" },
    { "section", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sections, "Set a section", "NAME=JSON" },
    { "pasted", 0, 0, G_OPTION_ARG_STRING_ARRAY, &pasted, "Add pasted text", "TEXT" },
    { "resave", 0, 0, G_OPTION_ARG_FILENAME, &resave, "Load a session and save it as OUTPUT", "INPUT" },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check, "Load a session and report", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("OUTPUT [ARTICLE…] | --check INPUT");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "missing arguments");
      return 2;
    }

  if (check)
    {
      g_autoptr(GFile) input = g_file_new_for_commandline_arg (argv[1]);
      g_autoptr(GPtrArray) warnings = NULL;

      session = plx_session_load (input, &warnings, NULL, &error);
      if (session == NULL)
        {
          print_error (error);
          return 1;
        }
      for (guint i = 0; warnings != NULL && i < warnings->len; i++)
        g_print ("warning: %s\n", (const char *)g_ptr_array_index (warnings, i));
      g_print ("articles: %u\n", plx_session_get_n_articles (session));
      return 0;
    }

  if (resave != NULL)
    {
      g_autoptr(GFile) input = g_file_new_for_commandline_arg (resave);
      g_autoptr(GPtrArray) warnings = NULL;

      session = plx_session_load (input, &warnings, NULL, &error);
      if (session == NULL)
        {
          print_error (error);
          return 1;
        }
      for (guint i = 0; warnings != NULL && i < warnings->len; i++)
        g_print ("warning: %s\n", (const char *)g_ptr_array_index (warnings, i));
    }
  else
    {
      session = plx_session_new ();
    }

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(PlxArticle) article = plx_import_file (file, NULL, NULL, &error);

      if (article == NULL)
        {
          print_error (error);
          return 1;
        }
      plx_session_add_article (session, article);
    }

  for (guint i = 0; pasted != NULL && pasted[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("Pasted text %u", i + 1);
      g_autoptr(PlxArticle) article = plx_import_text (pasted[i], name, &error);

      if (article == NULL)
        {
          print_error (error);
          return 1;
        }
      plx_session_add_article (session, article);
    }

  for (guint pass = 0; pass < 2; pass++)
    {
      GStrv specs = pass == 0 ? title_overrides : outlet_overrides;

      for (guint i = 0; specs != NULL && specs[i] != NULL; i++)
        {
          const char *value;
          guint index;

          if (!split_index (specs[i], &index, &value) ||
              index >= plx_session_get_n_articles (session))
            {
              g_printerr ("bad override “%s”\n", specs[i]);
              return 2;
            }
          if (pass == 0)
            plx_article_set_title_override (plx_session_get_article (session, index), value);
          else
            plx_article_set_outlet_override (plx_session_get_article (session, index), value);
        }
    }

  for (guint i = 0; sections != NULL && sections[i] != NULL; i++)
    {
      const char *eq = strchr (sections[i], '=');
      g_autofree char *name = NULL;
      json_error_t jerror;
      json_t *value;

      if (eq == NULL)
        {
          g_printerr ("bad section “%s”\n", sections[i]);
          return 2;
        }
      name = g_strndup (sections[i], eq - sections[i]);
      value = json_loads (eq + 1, JSON_DECODE_ANY, &jerror);
      if (value == NULL)
        {
          g_printerr ("bad JSON for section %s: %s\n", name, jerror.text);
          return 2;
        }
      plx_session_set_section (session, name, value);
      json_decref (value);
    }

  if (no_embed)
    plx_session_set_embed_text (session, FALSE);

  output = g_file_new_for_commandline_arg (argv[1]);
  if (!plx_session_save (session, output, NULL, &error))
    {
      print_error (error);
      return 1;
    }

  return 0;
}

/* test-lexicon.c — reading the lexicons' JSON
 *
 * A lexicon is read in file order, a key given twice keeps its first
 * place and its last value (as jansson reads it), escapes and surrogate
 * pairs are decoded, and what is no JSON object is refused with an error
 * naming the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-lexicon"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "plx-error.h"
#include "plx-lexicon.h"

/* A data directory holding lexicons/@language.json with @json; the
 * lexicons are looked up there first (PARALLAX_DATADIR) */
static char *
data_dir_with (const char *language,
               const char *json)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("plx-lexicon-XXXXXX", &error);
  g_autofree char *sub = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  sub = g_build_filename (dir, "lexicons", NULL);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  name = g_strconcat (language, ".json", NULL);
  path = g_build_filename (sub, name, NULL);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
  g_setenv ("PARALLAX_DATADIR", dir, TRUE);
  return dir;
}

static void
remove_data_dir (const char *dir,
                 const char *language)
{
  g_autofree char *name = g_strconcat (language, ".json", NULL);
  g_autofree char *path = g_build_filename (dir, "lexicons", name, NULL);
  g_autofree char *sub = g_build_filename (dir, "lexicons", NULL);

  g_unlink (path);
  g_rmdir (sub);
  g_rmdir (dir);
}

static void
test_json_reader (void)
{
  /* escapes, a key given twice (its value the last), whitespace of every
   * kind, members the lexicon does not know */
  static const char json[] =
    "{\n"
    "  \"comment\": \"escapes: \\\" \\\\ \\/ \\b \\f \\n \\r \\t\",\n"
    "  \"unknown\": [true, false, null, -1.5e3, 0, {\"a\": []}],\n"
    "  \"stopwords\": [\"caf\\u00e9\", \"na\\u00efve\", \"x\\ud83d\\ude00y\"],\r\n"
    "  \"given_names\": {\"Jean\": \"m\", \"Anna\": \"f\", \"Jean\": \"u\"},\n"
    "  \"titles\": [\"foreign minister\", \"  prime   minister \"],\n"
    "\t\"min_stem\": 4\n"
    "}\n";
  g_autofree char *dir = data_dir_with ("zz", json);
  g_autoptr(GError) error = NULL;
  PlxLexicon *lex = plx_lexicon_get ("zz", &error);
  PlxWordRef prime[] = { { "Prime", 5 }, { "Minister", 8 } };
  PlxWordRef foreign[] = { { "foreign", 7 }, { "minister", 8 }, { "said", 4 } };
  const char *value = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (lex);
  g_assert_true (plx_lexicon_has (lex, PLX_LEX_STOPWORDS, "café", strlen ("café")));
  g_assert_true (plx_lexicon_has (lex, PLX_LEX_STOPWORDS, "naïve", strlen ("naïve")));
  g_assert_true (plx_lexicon_has (lex, PLX_LEX_STOPWORDS, "x😀y", strlen ("x😀y")));
  g_assert_false (plx_lexicon_has (lex, PLX_LEX_STOPWORDS, "cafe", 4));
  /* "Jean" given twice: the last value ("u") counts */
  g_assert_cmpint (plx_lexicon_given_name (lex, "Jean", 4, NULL), ==, 'u');
  g_assert_cmpint (plx_lexicon_given_name (lex, "Anna", 4, NULL), ==, 'f');
  g_assert_cmpuint (plx_lexicon_match_phrase (lex, PLX_LEX_PHRASE_TITLES, prime, 2, &value), ==, 2);
  g_assert_cmpstr (value, ==, "  prime   minister ");
  g_assert_cmpuint (plx_lexicon_match_phrase (lex, PLX_LEX_PHRASE_TITLES, foreign, 3, &value), ==, 2);
  g_assert_cmpstr (value, ==, "foreign minister");
  remove_data_dir (dir, "zz");
}

static void
test_json_malformed (void)
{
  static const struct { const char *language; const char *json; } cases[] = {
    { "zy", "{\"stopwords\": [\"a\", \"b\",\n" },        /* cut short */
    { "zx", "{\"stopwords\": [\"a\"]} [" },               /* something after it */
    { "zw", "[\"stopwords\"]" },                           /* no object */
    { "zv", "{\"stopwords\": [\"a\\u0000b\"]}" },        /* a NUL */
    { "zu", "{\"stopwords\": [\"\xff\"]}" },               /* no UTF-8 */
    { "zt", "{\"stopwords\": [\"a\\ud800\"]}" },          /* half a surrogate pair */
    { "zs", "{\"stopwords\": [01]}" },                     /* a leading zero */
    { "zr", "{\"stopwords\": \"a\"}" },                    /* no array */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = data_dir_with (cases[i].language, cases[i].json);
      g_autoptr(GError) error = NULL;
      PlxLexicon *lex = plx_lexicon_get (cases[i].language, &error);

      g_assert_null (lex);
      g_assert_error (error, PLX_ERROR, PLX_ERROR_MALFORMED);
      remove_data_dir (dir, cases[i].language);
    }
}

/* The bundled lexicons load, with what the passes rely on */
static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  PlxLexicon *en, *ru;

  g_unsetenv ("PARALLAX_DATADIR");
  en = plx_lexicon_get ("en", &error);
  g_assert_no_error (error);
  ru = plx_lexicon_get ("ru", &error);
  g_assert_no_error (error);
  g_assert_false (plx_lexicon_is_inflected (en));
  g_assert_true (plx_lexicon_is_inflected (ru));
  g_assert_nonnull (plx_lexicon_speech_lemma (en, "said", 4));
  g_assert_true (plx_lexicon_has (ru, PLX_LEX_PREPOSITIONS, "в", strlen ("в")));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plx/lexicon/json-reader", test_json_reader);
  g_test_add_func ("/plx/lexicon/json-malformed", test_json_malformed);
  g_test_add_func ("/plx/lexicon/bundled", test_bundled);

  return g_test_run ();
}

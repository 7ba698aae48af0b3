/* test-claims.c — stemming, rulebooks, claim matching, category proposals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-claims"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "plx-analysis.h"
#include "plx-claims-private.h"
#include "plx-data.h"
#include "plx-error.h"
#include "plx-import.h"
#include "plx-propose.h"
#include "plx-rulebook-private.h"
#include "plx-stem.h"

/* ------------------------------------------------------------------ */
/* A hand-built analysis, so claim matching is tested on its own.      */

static void
speaker_free (PlxSpeaker *sp)
{
  g_free (sp->id);
  g_free (sp->name);
  g_ptr_array_unref (sp->aliases);
  g_ptr_array_unref (sp->titles);
  g_array_unref (sp->mentions);
  g_free (sp);
}

static void
quote_free (PlxQuote *q)
{
  g_free (q->text);
  g_free (q->cue_text);
  g_free (q->cue_lemma);
  g_free (q);
}

typedef struct
{
  PlxAnalysis  analysis;
  const char  *text;
} Fake;

static Fake *
fake_new (const char *text,
          const char *language)
{
  Fake *f = g_new0 (Fake, 1);

  f->text = text;
  f->analysis.language = g_strdup (language);
  f->analysis.speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) speaker_free);
  f->analysis.quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) quote_free);
  f->analysis.scare_quotes = g_ptr_array_new ();
  f->analysis.claims = g_ptr_array_new_with_free_func ((GDestroyNotify) _plx_claim_free);
  return f;
}

static void
fake_free (Fake *f)
{
  g_free (f->analysis.language);
  g_ptr_array_unref (f->analysis.speakers);
  g_ptr_array_unref (f->analysis.quotes);
  g_ptr_array_unref (f->analysis.scare_quotes);
  g_ptr_array_unref (f->analysis.claims);
  g_free (f);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Fake, fake_free)

static guint
cp_of (const char *text,
       const char *needle)
{
  const char *p = strstr (text, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_pointer_to_offset (text, p);
}

/* Adds a speaker; every occurrence of each alias becomes a mention. */
static int
fake_speaker (Fake       *f,
              const char *name,
              ...)
{
  PlxSpeaker *sp = g_new0 (PlxSpeaker, 1);
  const char *alias;
  va_list ap;

  sp->id = g_strdup_printf ("s%u", f->analysis.speakers->len + 1);
  sp->name = g_strdup (name);
  sp->aliases = g_ptr_array_new_with_free_func (g_free);
  sp->titles = g_ptr_array_new_with_free_func (g_free);
  sp->mentions = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  va_start (ap, name);
  while ((alias = va_arg (ap, const char *)) != NULL)
    {
      const char *p = f->text, *counted = f->text;
      guint offset = 0;

      g_ptr_array_add (sp->aliases, g_strdup (alias));
      while ((p = strstr (p, alias)) != NULL)
        {
          PlxSpan m;

          /* count code points incrementally: linear in the text */
          offset += (guint) g_utf8_pointer_to_offset (counted, p);
          counted = p;
          m.start = offset;
          m.end = m.start + (guint) g_utf8_strlen (alias, -1);
          g_array_append_val (sp->mentions, m);
          p += strlen (alias);
        }
    }
  va_end (ap);
  g_ptr_array_add (f->analysis.speakers, sp);
  return (int) f->analysis.speakers->len - 1;
}

static void
fake_quote (Fake       *f,
            const char *words,
            int         speaker,
            PlxQuoteKind kind)
{
  PlxQuote *q = g_new0 (PlxQuote, 1);

  q->start = cp_of (f->text, words);
  q->end = q->start + (guint) g_utf8_strlen (words, -1);
  q->text = g_strdup (words);
  q->kind = kind;
  q->speaker = speaker;
  g_ptr_array_add (f->analysis.quotes, q);
}

static PlxRulebook *
rulebook_from (const char *json)
{
  g_autoptr(GError) error = NULL;
  PlxRulebook *rb = _plx_rulebook_new_from_data (json, -1, "test.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (rb);
  return rb;
}

/* The claims of @f as "rule_id@start" strings, for compact assertions. */
static char *
claims_string (Fake *f)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < f->analysis.claims->len; i++)
    {
      PlxClaim *c = g_ptr_array_index (f->analysis.claims, i);
      g_autofree char *excerpt = g_utf8_substring (f->text, c->start, MIN (c->end, c->start + 12));

      g_string_append_printf (s, "%s%s[%d,%d]:%s", i ? " " : "", c->rule_id,
                              c->speaker, c->quote, excerpt);
    }
  return g_string_free (s, FALSE);
}

static gboolean
has_claim (PlxAnalysis *a,
           const char  *rule_id,
           int          speaker)
{
  for (guint i = 0; i < a->claims->len; i++)
    {
      PlxClaim *c = g_ptr_array_index (a->claims, i);

      if (g_str_equal (c->rule_id, rule_id) && (speaker == -2 || c->speaker == speaker))
        return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */

static void
test_stem (void)
{
  const char *pairs[][2] = {
    { "evidence", "evidences" },
    { "allegations", "allegation" },
    { "Negotiations", "negotiating" },
    { "доказательств", "доказательства" },
    { "переговоров", "переговоры" },
    { "Лавров", "лавров" },
    { "ёлка", "Елки" },
  };
  g_autoptr(GArray) tokens = NULL;
  g_auto(GStrv) phrase = NULL;
  g_autofree char *fold = NULL;
  PlxStemToken *t;

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *a = plx_stem_word (pairs[i][0]);
      g_autofree char *b = plx_stem_word (pairs[i][1]);

      g_assert_cmpstr (a, ==, b);
    }
  {
    g_autofree char *a = plx_stem_word ("evidence");
    g_autofree char *b = plx_stem_word ("evident");
    g_autofree char *c = plx_stem_word ("");

    g_assert_cmpstr (a, !=, "");
    g_assert_cmpstr (c, ==, "");
    (void) b;
  }

  fold = plx_stem_fold ("O’Neill ЁЖ");
  g_assert_cmpstr (fold, ==, "o'neill еж");

  /* offsets are code points; inner apostrophes stay, hyphens split */
  tokens = plx_stem_tokenize ("«Нет», — don't de-escalation O’Neill's", -1, 10);
  g_assert_cmpuint (tokens->len, ==, 5);
  t = &g_array_index (tokens, PlxStemToken, 0);
  g_assert_cmpstr (t->word, ==, "нет");
  g_assert_cmpuint (t->start, ==, 11);
  g_assert_cmpuint (t->end, ==, 14);
  t = &g_array_index (tokens, PlxStemToken, 1);
  g_assert_cmpstr (t->word, ==, "don't");
  g_assert_cmpuint (t->start, ==, 19);
  t = &g_array_index (tokens, PlxStemToken, 2);
  g_assert_cmpstr (t->word, ==, "de");
  t = &g_array_index (tokens, PlxStemToken, 3);
  g_assert_cmpstr (t->word, ==, "escalation");
  t = &g_array_index (tokens, PlxStemToken, 4);
  g_assert_cmpstr (t->word, ==, "o'neill's");

  phrase = plx_stem_phrase ("No evidences!");
  g_assert_cmpuint (g_strv_length (phrase), ==, 2);
  g_assert_cmpstr (phrase[0], ==, "no");
  g_assert_cmpstr (phrase[1], ==, "evid");

  /* invalid UTF-8 and empty input do not crash */
  {
    g_autoptr(GArray) bad = plx_stem_tokenize ("ab\xff\xfe cd", -1, 0);
    g_autoptr(GArray) none = plx_stem_tokenize ("", 0, 0);

    g_assert_cmpuint (bad->len, ==, 2);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

static void
stem_in_thread (gpointer data,
                gpointer user_data)
{
  gint *failures = user_data;

  for (int i = 0; i < 200; i++)
    {
      g_autofree char *a = plx_stem_word (i % 2 ? "доказательствами" : "allegations");

      if (!g_str_equal (a, i % 2 ? "доказательств" : "alleg"))
        g_atomic_int_inc (failures);
    }
}

static void
test_stem_threads (void)
{
  gint failures = 0;
  GThreadPool *pool = g_thread_pool_new (stem_in_thread, &failures, 4, FALSE, NULL);

  for (int i = 0; i < 8; i++)
    g_thread_pool_push (pool, GINT_TO_POINTER (i + 1), NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
  g_assert_cmpint (failures, ==, 0);
}

static void
check_rulebook (PlxRulebook *rb)
{
  guint n = plx_rulebook_get_n_categories (rb);

  g_assert_cmpuint (n, >=, 4);
  for (guint i = 0; i < n; i++)
    {
      const char *color = plx_rulebook_get_category_color (rb, i);

      g_assert_nonnull (plx_rulebook_get_category_id (rb, i));
      g_assert_nonnull (plx_rulebook_get_category_label (rb, i));
      g_assert_cmpuint (strlen (color), ==, 7);
      g_assert_cmpint (color[0], ==, '#');
      for (guint k = 0; k < i; k++)
        g_assert_cmpstr (plx_rulebook_get_category_id (rb, i), !=,
                         plx_rulebook_get_category_id (rb, k));
    }
}

static void
test_rulebook_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxRulebook) def = plx_rulebook_load_default (&error);
  g_autofree char *path = plx_data_find_file ("rulebooks/lavrov-2017.json");
  g_autoptr(PlxRulebook) lavrov = NULL;
  PlxRulebook *ref;

  g_assert_no_error (error);
  g_assert_nonnull (def);
  check_rulebook (def);

  lavrov = plx_rulebook_load (path, &error);
  g_assert_no_error (error);
  check_rulebook (lavrov);
  g_assert_cmpstr (plx_rulebook_get_category_id (lavrov, 0), ==, "trace-denial");

  ref = plx_rulebook_ref (lavrov);
  g_assert_true (ref == lavrov);
  plx_rulebook_unref (ref);

  /* the boxed type copies by reference */
  {
    PlxRulebook *copy = g_boxed_copy (PLX_TYPE_RULEBOOK, lavrov);

    g_assert_true (copy == lavrov);
    g_boxed_free (PLX_TYPE_RULEBOOK, copy);
  }
}

static void
test_rulebook_errors (void)
{
  static const struct
  {
    const char *json;
    PlxError    code;
    const char *fragment;
  } cases[] = {
    { "{ \"categories\": [", PLX_ERROR_MALFORMED, "JSON" },
    { "[1, 2]", PLX_ERROR_MALFORMED, "object" },
    { "{ \"format\": \"parallax-session\", \"categories\": [] }", PLX_ERROR_WRONG_TYPE, "rulebook" },
    { "{ \"version\": 7, \"categories\": [] }", PLX_ERROR_VERSION, "7" },
    { "{ \"version\": \"one\", \"categories\": [] }", PLX_ERROR_MALFORMED, "version" },
    { "{ \"title\": \"no categories\" }", PLX_ERROR_MALFORMED, "categories" },
    { "{ \"categories\": [ 5 ] }", PLX_ERROR_MALFORMED, "category 1" },
    { "{ \"categories\": [ { \"label\": \"x\", \"patterns\": [\"a\"] } ] }", PLX_ERROR_MALFORMED, "id" },
    { "{ \"categories\": [ { \"id\": \"x\", \"patterns\": [\"a\"] } ] }", PLX_ERROR_MALFORMED, "label" },
    { "{ \"categories\": [ { \"id\": \"x\", \"label\": \"X\" } ] }", PLX_ERROR_MALFORMED, "patterns" },
    { "{ \"categories\": [ { \"id\": \"x\", \"label\": \"X\", \"patterns\": [] } ] }", PLX_ERROR_MALFORMED, "empty" },
    { "{ \"categories\": [ { \"id\": \"x\", \"label\": \"X\", \"patterns\": \"a\" } ] }", PLX_ERROR_MALFORMED, "list" },
    { "{ \"categories\": [ { \"id\": \"x\", \"label\": \"X\", \"patterns\": [3] } ] }", PLX_ERROR_MALFORMED, "phrase" },
    { "{ \"categories\": [ { \"id\": \"x\", \"label\": \"X\", \"patterns\": [\"—\"] } ] }", PLX_ERROR_MALFORMED, "no words" },
    { "{ \"categories\": [ { \"id\": \"x\", \"label\": \"X\", \"color\": \"red\", \"patterns\": [\"a\"] } ] }", PLX_ERROR_MALFORMED, "color" },
    { "{ \"categories\": [ { \"id\": \"x\", \"label\": \"X\", \"gap\": -1, \"patterns\": [\"a\"] } ] }", PLX_ERROR_MALFORMED, "gap" },
    { "{ \"categories\": [ { \"id\": \"x\", \"label\": \"X\", \"patterns\": [{\"phrase\": \"a b\", \"gap\": 99}] } ] }", PLX_ERROR_MALFORMED, "gap" },
    { "{ \"categories\": [ { \"id\": \"x\", \"label\": \"X\", \"patterns\": [\"a\"], \"speakers\": \"Lavrov\" } ] }", PLX_ERROR_MALFORMED, "speakers" },
    { "{ \"categories\": [ { \"id\": \"x\", \"label\": \"X\", \"patterns\": [\"a\"] }, { \"id\": \"x\", \"label\": \"Y\", \"patterns\": [\"b\"] } ] }", PLX_ERROR_MALFORMED, "“x”" },
    { "{ \"categories\": [ { \"id\": \"x\", \"label\": \"X\", \"patterns\": { \"en\": [\"a\"], \"ru\": 4 } } ] }", PLX_ERROR_MALFORMED, "list" },
  };
  g_autofree char *dir = g_dir_make_tmp ("plx-claims-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken-rules.json", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);

  g_assert_nonnull (dir);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlxRulebook) rb = NULL;

      g_assert_true (g_file_set_contents (path, cases[i].json, -1, NULL));
      rb = plx_rulebook_load (path, &error);
      g_assert_null (rb);
      g_assert_error (error, PLX_ERROR, (gint) cases[i].code);
      if (strstr (error->message, "broken-rules.json") == NULL
          || strstr (error->message, cases[i].fragment) == NULL)
        g_error ("case %u: unexpected message “%s”", i, error->message);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_set_contents (empty, "", 0, NULL));
    g_assert_null (plx_rulebook_load (empty, &error));
    g_assert_error (error, PLX_ERROR, PLX_ERROR_EMPTY);
    g_assert_nonnull (strstr (error->message, "empty.json"));
    g_clear_error (&error);

    g_assert_null (plx_rulebook_load (missing, &error));
    g_assert_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "missing.json"));
    g_clear_error (&error);

    g_assert_null (plx_rulebook_load (dir, &error));
    g_assert_error (error, PLX_ERROR, PLX_ERROR_IS_DIRECTORY);
  }

  g_remove (path);
  g_remove (empty);
  g_rmdir (dir);
}

static void
test_match_gap (void)
{
  const char *text =
    "There was no real evidence at all. "
    "Officials found no evidences. "
    "No one ever saw any evidence of a plot. "
    "The evidence, they said, was no secret.";
  g_autoptr(PlxRulebook) strict = rulebook_from (
    "{ \"gap\": 0, \"categories\": [ { \"id\": \"none\", \"label\": \"No evidence\","
    "  \"patterns\": [\"no evidence\"] } ] }");
  g_autoptr(PlxRulebook) loose = rulebook_from (
    "{ \"categories\": [ { \"id\": \"none\", \"label\": \"No evidence\", \"gap\": 2,"
    "  \"patterns\": [\"no evidence\"] } ] }");
  g_autoptr(PlxRulebook) prefix = rulebook_from (
    "{ \"categories\": [ { \"id\": \"plot\", \"label\": \"Plot\", \"gap\": 0,"
    "  \"patterns\": [{ \"phrase\": \"saw evid* of\", \"gap\": 1 }] } ] }");
  g_autofree char *got = NULL;

  {
    g_autoptr(Fake) f = fake_new (text, "en");

    _plx_claims_find (&f->analysis, text, strict);
    got = claims_string (f);
    /* only "no evidences" (stems match) is an exact phrase */
    g_assert_cmpstr (got, ==, "none[-1,-1]:Officials fo");
    g_clear_pointer (&got, g_free);
  }
  {
    g_autoptr(Fake) f = fake_new (text, "en");

    _plx_claims_find (&f->analysis, text, loose);
    got = claims_string (f);
    /* "no real evidence" (1 word between), "no evidences"; not "No one ever
     * saw any evidence" (4 words) nor "evidence … no" (wrong order) */
    g_assert_cmpstr (got, ==, "none[-1,-1]:There was no none[-1,-1]:Officials fo");
    g_clear_pointer (&got, g_free);
  }
  {
    g_autoptr(Fake) f = fake_new (text, "en");

    _plx_claims_find (&f->analysis, text, prefix);
    got = claims_string (f);
    g_assert_cmpstr (got, ==, "plot[-1,-1]:No one ever ");
    g_clear_pointer (&got, g_free);
  }
  /* no rulebook, no claims */
  {
    g_autoptr(Fake) f = fake_new (text, "en");

    _plx_claims_find (&f->analysis, text, NULL);
    g_assert_cmpuint (f->analysis.claims->len, ==, 0);
  }
}

static const char *speaker_rules =
  "{ \"categories\": ["
  "  { \"id\": \"syria\", \"label\": \"Syria\", \"color\": \"#123456\","
  "    \"patterns\": [\"de-escalation zone\"], \"speakers\": [\"Lavrov\", \"Лавров\"] },"
  "  { \"id\": \"syria-any\", \"label\": \"Syria (anyone)\","
  "    \"patterns\": [\"de-escalation zone\"] } ] }";

static void
test_match_speaker (void)
{
  const char *text =
    "Talks in Washington\n\n"
    "“The southern de-escalation zone is a priority,” said Sergei Lavrov.\n\n"
    "“The de-escalation zones are working,” Rex Tillerson said.\n\n"
    "“Nobody believes in these de-escalation zones,” a diplomat said.\n\n"
    "Lavrov later repeated that the de-escalation zones would stay.";
  g_autoptr(PlxRulebook) rb = rulebook_from (speaker_rules);
  g_autoptr(Fake) f = fake_new (text, "en");
  int lavrov = fake_speaker (f, "Sergei Lavrov", "Sergei Lavrov", "Lavrov", NULL);
  int tillerson = fake_speaker (f, "Rex Tillerson", "Rex Tillerson", NULL);
  g_autofree char *got = NULL;
  PlxClaim *c;

  fake_quote (f, "The southern de-escalation zone is a priority", lavrov, PLX_QUOTE_DIRECT);
  fake_quote (f, "The de-escalation zones are working", tillerson, PLX_QUOTE_DIRECT);
  fake_quote (f, "Nobody believes in these de-escalation zones", -1, PLX_QUOTE_DIRECT);
  _plx_claims_find (&f->analysis, text, rb);
  got = claims_string (f);
  g_assert_cmpstr (got, ==,
                   "syria[0,0]:The southern syria-any[0,0]:The southern "
                   "syria-any[1,1]:The de-escal "
                   "syria-any[-1,2]:Nobody belie "
                   "syria[0,-1]:Lavrov later syria-any[0,-1]:Lavrov later");

  c = g_ptr_array_index (f->analysis.claims, 0);
  g_assert_cmpstr (c->color, ==, "#123456");
  g_assert_cmpstr (c->label, ==, "Syria");
  g_assert_cmpuint (c->start, ==, cp_of (text, "The southern"));
  g_assert_cmpuint (c->end, ==, cp_of (text, ",” said Sergei"));
  /* a sentence claim spans the sentence */
  c = g_ptr_array_index (f->analysis.claims, 4);
  g_assert_cmpuint (c->start, ==, cp_of (text, "Lavrov later"));
  g_assert_cmpuint (c->end, ==, g_utf8_strlen (text, -1));
}

static void
test_match_cues (void)
{
  const char *text =
    "Lavrov was asked about the Russian trace in the election.\n\n"
    "He said there is not a single piece of evidence, only unsubstantiated allegations.\n\n"
    "The allegations about the election were repeated by senators.\n\n"
    "Mr. Lavrov denied that Russia had interfered in the election. U.S. officials disagreed.";
  g_autoptr(PlxRulebook) rb = rulebook_from (
    "{ \"categories\": [ { \"id\": \"denial\", \"label\": \"Denial\", \"gap\": 3,"
    "  \"patterns\": [\"russian trace\", \"allegations\", \"interfer* election\"],"
    "  \"cues\": [\"no evidence\", \"not a single\", \"unsubstantiated\", \"deny\"] } ] }");
  g_autoptr(Fake) f = fake_new (text, "en");
  g_autofree char *got = NULL;

  fake_speaker (f, "Sergei Lavrov", "Lavrov", NULL);
  _plx_claims_find (&f->analysis, text, rb);
  got = claims_string (f);
  /* the question and the senators' allegations have no denial cue; "Mr."
   * and "U.S." do not end sentences early, so the last sentence is whole */
  g_assert_cmpstr (got, ==, "denial[-1,-1]:He said ther denial[0,-1]:Mr. Lavrov d");
  {
    PlxClaim *c = g_ptr_array_index (f->analysis.claims, 1);

    g_assert_cmpuint (c->end, ==, cp_of (text, " U.S. officials"));
  }
}

static void
test_match_russian (void)
{
  const char *text =
    "Лавров ответил на вопросы журналистов.\n\n"
    "«Нет никаких доказательств вмешательства, только голословные обвинения», — заявил Лавров.\n\n"
    "По словам Лаврова, зоны деэскалации в Сирии уже работают.\n\n"
    "Журналисты спросили Тиллерсона о зонах деэскалации.";
  g_autoptr(PlxRulebook) rb = rulebook_from (
    "{ \"categories\": ["
    "  { \"id\": \"denial\", \"label\": \"Отрицание\","
    "    \"patterns\": { \"ru\": [\"доказательств\", \"обвинени*\"] },"
    "    \"cues\": { \"ru\": [\"нет доказательств\", \"голословн*\"] } },"
    "  { \"id\": \"zones\", \"label\": \"Зоны деэскалации\", \"speakers\": [\"Лавров\"],"
    "    \"patterns\": { \"ru\": [\"зоны деэскалации\"], \"en\": [\"de-escalation zones\"] } } ] }");
  g_autoptr(Fake) f = fake_new (text, "ru");
  int lavrov = fake_speaker (f, "Сергей Лавров", "Лавров", "Лаврова", NULL);
  g_autofree char *got = NULL;

  fake_speaker (f, "Рекс Тиллерсон", "Тиллерсона", NULL);
  fake_quote (f, "Нет никаких доказательств вмешательства, только голословные обвинения", lavrov,
              PLX_QUOTE_DASH);
  fake_quote (f, "зоны деэскалации в Сирии уже работают", lavrov, PLX_QUOTE_REPORTED);
  _plx_claims_find (&f->analysis, text, rb);
  got = claims_string (f);
  /* "нет никаких доказательств" matches "нет доказательств" with gap 1;
   * "зонах деэскалации" (another case) has the same stems but the speaker
   * constraint fails: the sentence's subject is Tillerson */
  g_assert_cmpstr (got, ==, "denial[0,0]:Нет никаких  zones[0,1]:зоны деэскал");
}

/* A rule's "20%" is a percentage: it matches "на 20%", not "20 минут" */
static void
test_match_percent (void)
{
  const char *ru =
    "Квоту трески снизят на 20%, решила комиссия.\n\n"
    "Матч остановили за 20 минут до конца.";
  const char *en = "Cuts of 20% were agreed. The game stopped 20 minutes early.";
  g_autoptr(PlxRulebook) rb = rulebook_from (
    "{ \"categories\": ["
    "  { \"id\": \"cut\", \"label\": \"Cut\","
    "    \"patterns\": { \"ru\": [\"20%\"], \"en\": [\"20%\"] } } ] }");
  g_autoptr(Fake) f = fake_new (ru, "ru");
  g_autoptr(Fake) e = fake_new (en, "en");
  PlxClaim *c;

  _plx_claims_find (&f->analysis, ru, rb);
  g_assert_cmpuint (f->analysis.claims->len, ==, 1);
  c = g_ptr_array_index (f->analysis.claims, 0);
  g_assert_cmpuint (c->end, <=, (guint) g_utf8_strlen (ru, strstr (ru, "Матч") - ru));

  _plx_claims_find (&e->analysis, en, rb);
  g_assert_cmpuint (e->analysis.claims->len, ==, 1);
  c = g_ptr_array_index (e->analysis.claims, 0);
  g_assert_cmpuint (c->start, ==, 0);
}

static void
test_robust (void)
{
  g_autoptr(PlxRulebook) rb = rulebook_from (
    "{ \"categories\": [ { \"id\": \"a\", \"label\": \"A\", \"gap\": 10,"
    "  \"patterns\": [\"a a a a a a a a a a a a a a a b\", \"a*\"],"
    "  \"cues\": [\"b\"] } ] }");
  GString *big = g_string_new (NULL);
  gint64 t0;

  /* 200 000 words "a" then "b": linear time, one sentence, one claim */
  for (int i = 0; i < 200000; i++)
    g_string_append (big, "a ");
  g_string_append (big, "b");
  {
    g_autoptr(Fake) f = fake_new (big->str, "en");

    t0 = g_get_monotonic_time ();
    _plx_claims_find (&f->analysis, big->str, rb);
    g_assert_cmpuint (f->analysis.claims->len, ==, 1);
    g_assert_cmpint (g_get_monotonic_time () - t0, <, 20 * G_USEC_PER_SEC);
  }
  g_string_free (big, TRUE);

  /* punctuation only, empty text, quotes with spans past the end */
  {
    const char *text = "... !!! ??? «»";
    g_autoptr(Fake) f = fake_new (text, "und");
    PlxQuote *q = g_new0 (PlxQuote, 1);

    q->start = 5;
    q->end = 500;
    q->speaker = 7;  /* out of range */
    g_ptr_array_add (f->analysis.quotes, q);
    _plx_claims_find (&f->analysis, text, rb);
    g_assert_cmpuint (f->analysis.claims->len, ==, 0);
  }
  /* a quote whose speaker index is out of range gives a claim without one */
  {
    const char *text = "«a b», — said nobody.";
    g_autoptr(Fake) f = fake_new (text, "und");

    fake_quote (f, "a b", 3, PLX_QUOTE_DASH);
    _plx_claims_find (&f->analysis, text, rb);
    g_assert_cmpuint (f->analysis.claims->len, ==, 1);
    g_assert_cmpint (((PlxClaim *) g_ptr_array_index (f->analysis.claims, 0))->speaker, ==, -1);
    g_assert_cmpint (((PlxClaim *) g_ptr_array_index (f->analysis.claims, 0))->quote, ==, 0);
  }
  /* many sentences, many mentions: no quadratic blow-up */
  {
    GString *many = g_string_new (NULL);
    g_autoptr(Fake) f = NULL;

    for (int i = 0; i < 20000; i++)
      g_string_append (many, "Lavrov said a b. ");
    f = fake_new (many->str, "en");
    fake_speaker (f, "Sergei Lavrov", "Lavrov", NULL);
    t0 = g_get_monotonic_time ();
    _plx_claims_find (&f->analysis, many->str, rb);
    g_assert_cmpuint (f->analysis.claims->len, ==, 20000);
    g_assert_cmpint (((PlxClaim *) g_ptr_array_index (f->analysis.claims, 19999))->speaker, ==, 0);
    g_assert_cmpint (g_get_monotonic_time () - t0, <, 20 * G_USEC_PER_SEC);
    g_clear_pointer (&f, fake_free);
    g_string_free (many, TRUE);
  }
  {
    g_autoptr(Fake) f = fake_new ("", "en");

    _plx_claims_find (&f->analysis, "", rb);
    g_assert_cmpuint (f->analysis.claims->len, ==, 0);
  }
}

/* Random input: nothing crashes, offsets stay inside the text. */
static char *
random_text (guint length)
{
  static const char * const pieces[] = {
    "a", "B", "no", "evidence", " ", " ", ". ", "! ", "? ", "\n", "\n\n", "«", "»", "„", "“",
    "”", "\"", "'", "’", "—", "-", "Mr.", "U.S.", "т.е.", "Лавров", "нет", "доказательств",
    "ё", "*", "{", "}", "[", "]", ",", ":", "0", "9", "é", "\xcc\x81",
  };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < length; i++)
    g_string_append (s, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
  return g_string_free (s, FALSE);
}

/* The indexed matcher against a direct one: every pattern tried at every
 * word of every candidate, as the rule reads. Random rulebooks (stems,
 * prefixes, gaps, cues, repeated words) over random lines of words, some of
 * them quotes. */
static const char * const index_words[] = {
  "cut", "cuts", "cutting", "quota", "quotas", "the", "a", "of", "lower", "lowered",
  "science", "scientists", "decide", "must", "not", "talks", "meddling", "meddled",
  "de-escalation", "don't", "O'Neill", "20", "percent", "квота", "квоту", "квоты",
  "сократить", "сократили", "наука", "науки", "учёные", "ученые", "нет", "доказательств",
};

static gboolean
direct_element (const char         *element,
                const PlxStemToken *t)
{
  gsize n = strlen (element);

  if (n > 1 && element[n - 1] == '*')
    return strncmp (t->word, element, n - 1) == 0;
  return strcmp (t->stem, element) == 0;
}

static gboolean
direct_pattern (const PlxRulePattern *pattern,
                GArray               *tokens,
                guint                 first,
                guint                 last)
{
  guint n_el = g_strv_length (pattern->elements);

  /* every start, every continuation within the gap: exhaustive */
  for (guint i = first; i < last; i++)
    {
      guint at[PLX_RULEBOOK_MAX_ELEMENTS];
      guint k = 0;

      for (guint e = 0; e < n_el; e++)
        at[e] = G_MAXUINT;
      if (!direct_element (pattern->elements[0], &g_array_index (tokens, PlxStemToken, i)))
        continue;
      at[0] = i;
      k = 1;
      /* depth-first over the positions of the following elements */
      while (k > 0)
        {
          guint from;

          if (k == n_el)
            return TRUE;
          from = at[k - 1] + 1;
          if (k < n_el && at[k] == G_MAXUINT)
            at[k] = from;
          else
            at[k]++;
          while (at[k] < last && at[k] - at[k - 1] - 1 <= pattern->gap
                 && !direct_element (pattern->elements[k], &g_array_index (tokens, PlxStemToken, at[k])))
            at[k]++;
          if (at[k] < last && at[k] - at[k - 1] - 1 <= pattern->gap)
            {
              k++;
              if (k < n_el)
                at[k] = G_MAXUINT;
            }
          else
            k--;
        }
    }
  return FALSE;
}

static gboolean
direct_any (GPtrArray *patterns,
            GArray    *tokens,
            guint      first,
            guint      last)
{
  for (guint i = 0; i < patterns->len; i++)
    if (direct_pattern (g_ptr_array_index (patterns, i), tokens, first, last))
      return TRUE;
  return FALSE;
}

static int
strcmp_ptr (gconstpointer a,
            gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
random_phrase (void)
{
  GString *s = g_string_new (NULL);
  guint n = (guint) g_test_rand_int_range (1, 4);

  for (guint i = 0; i < n; i++)
    {
      const char *w = index_words[g_test_rand_int_range (0, G_N_ELEMENTS (index_words))];
      g_autofree char *lower = g_utf8_strdown (w, -1);

      if (i > 0)
        g_string_append_c (s, ' ');
      if (g_test_rand_int_range (0, 4) == 0 && g_utf8_strlen (lower, -1) > 2 && strchr (lower, '-') == NULL
          && strchr (lower, '\'') == NULL)
        {
          g_autofree char *prefix = g_utf8_substring (lower, 0, g_test_rand_int_range (1, 3));

          g_string_append_printf (s, "%s*", prefix);
        }
      else
        g_string_append (s, lower);
    }
  return g_string_free (s, FALSE);
}

static void
test_index (void)
{
  for (guint round = 0; round < 300; round++)
    {
      GString *json = g_string_new ("{ \"categories\": [");
      GString *text = g_string_new (NULL);
      guint n_cat = (guint) g_test_rand_int_range (1, 6);
      guint n_lines = (guint) g_test_rand_int_range (1, 12);
      g_autoptr(PlxRulebook) rb = NULL;
      g_autoptr(Fake) f = NULL;
      g_autoptr(GArray) tokens = NULL;
      g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GString) want = g_string_new (NULL);
      g_autoptr(GString) got = g_string_new (NULL);
      g_autofree char *text_str = NULL;
      guint cp = 0;

      for (guint c = 0; c < n_cat; c++)
        {
          guint n_pat = (guint) g_test_rand_int_range (1, 6);

          g_string_append_printf (json, "%s{ \"id\": \"c%u\", \"label\": \"C\", \"gap\": %d,%s \"patterns\": [",
                                  c ? ", " : "", c, g_test_rand_int_range (0, 4),
                                  g_test_rand_int_range (0, 8) == 0 ? " \"speakers\": [\"nobody\"]," : "");
          for (guint k = 0; k < n_pat; k++)
            {
              g_autofree char *phrase = random_phrase ();

              g_string_append_printf (json, "%s\"%s\"", k ? ", " : "", phrase);
            }
          g_string_append (json, "]");
          if (g_test_rand_int_range (0, 3) == 0)
            {
              g_autofree char *cue = random_phrase ();

              g_string_append_printf (json, ", \"cues\": [\"%s\"]", cue);
            }
          g_string_append (json, " }");
        }
      g_string_append (json, "] }");
      rb = rulebook_from (json->str);
      g_string_free (json, TRUE);

      /* lines of words; a line is one candidate (no full stops) */
      for (guint l = 0; l < n_lines; l++)
        {
          guint n_words = (guint) g_test_rand_int_range (1, 25);
          PlxSpan span = { cp, cp };

          for (guint w = 0; w < n_words; w++)
            {
              const char *word = index_words[g_test_rand_int_range (0, G_N_ELEMENTS (index_words))];

              if (w > 0)
                {
                  g_string_append_c (text, ' ');
                  cp++;
                }
              g_string_append (text, word);
              cp += (guint) g_utf8_strlen (word, -1);
            }
          span.end = cp;
          g_array_append_val (spans, span);
          g_string_append_c (text, '\n');
          cp++;
        }
      text_str = g_string_free (text, FALSE);
      f = fake_new (text_str, "und");
      tokens = plx_stem_tokenize (text_str, -1, 0);

      /* some lines are quotes: the quotes come first, then the other lines */
      for (guint l = 0; l < spans->len; l++)
        if (g_test_rand_int_range (0, 3) == 0)
          {
            PlxSpan *span = &g_array_index (spans, PlxSpan, l);
            PlxQuote *q = g_new0 (PlxQuote, 1);

            q->start = span->start;
            q->end = span->end;
            q->speaker = -1;
            g_ptr_array_add (f->analysis.quotes, q);
          }
      for (guint pass = 0; pass < 2; pass++)
        for (guint l = 0; l < spans->len; l++)
          {
            PlxSpan *span = &g_array_index (spans, PlxSpan, l);
            int quote = -1;
            guint first = 0, last;

            for (guint k = 0; k < f->analysis.quotes->len; k++)
              if (((PlxQuote *) g_ptr_array_index (f->analysis.quotes, k))->start == span->start)
                quote = (int) k;
            if ((pass == 0) != (quote >= 0))
              continue;
            while (first < tokens->len && g_array_index (tokens, PlxStemToken, first).start < span->start)
              first++;
            last = first;
            while (last < tokens->len && g_array_index (tokens, PlxStemToken, last).start < span->end)
              last++;
            for (guint c = 0; c < rb->categories->len; c++)
              {
                PlxRuleCategory *cat = g_ptr_array_index (rb->categories, c);

                if (cat->speakers->len == 0 && direct_any (cat->patterns, tokens, first, last)
                    && (cat->cues->len == 0 || direct_any (cat->cues, tokens, first, last)))
                  g_ptr_array_add (expected, g_strdup_printf ("%06u-%06u-%s@%d", span->start, span->end,
                                                              cat->id, quote));
              }
          }
      g_ptr_array_sort (expected, strcmp_ptr);
      for (guint i = 0; i < expected->len; i++)
        g_string_append_printf (want, "%s ", (char *) g_ptr_array_index (expected, i));

      _plx_claims_find (&f->analysis, text_str, rb);
      for (guint i = 0; i < f->analysis.claims->len; i++)
        {
          PlxClaim *c = g_ptr_array_index (f->analysis.claims, i);

          g_assert_cmpint (c->speaker, ==, -1);
          g_string_append_printf (got, "%06u-%06u-%s@%d ", c->start, c->end, c->rule_id, c->quote);
        }
      g_assert_cmpstr (got->str, ==, want->str);
    }
}

static void
test_random (void)
{
  g_autoptr(PlxRulebook) rb = rulebook_from (
    "{ \"categories\": ["
    "  { \"id\": \"e\", \"label\": \"E\", \"patterns\": [\"no evidence\", \"нет доказательств\", \"a*\"],"
    "    \"cues\": [\"b\", \"лавров\"] },"
    "  { \"id\": \"s\", \"label\": \"S\", \"speakers\": [\"Лавров\"], \"patterns\": [\"no\"] } ] }");

  for (guint round = 0; round < 200; round++)
    {
      g_autofree char *text = random_text ((guint) g_test_rand_int_range (0, 400));
      g_autoptr(Fake) f = fake_new (text, "und");
      g_autoptr(GArray) tokens = plx_stem_tokenize (text, -1, 0);
      glong n = g_utf8_strlen (text, -1);
      const char *p = strstr (text, "Лавров");
      int lavrov = fake_speaker (f, "Сергей Лавров", "Лавров", NULL);

      for (guint i = 0; i < tokens->len; i++)
        {
          PlxStemToken *t = &g_array_index (tokens, PlxStemToken, i);

          g_assert_cmpuint (t->start, <, t->end);
          g_assert_cmpuint (t->end, <=, (guint) n);
        }
      /* a quote over the first third, spoken by Lavrov */
      if (n > 3)
        {
          PlxQuote *q = g_new0 (PlxQuote, 1);

          q->start = 0;
          q->end = (guint) n / 3;
          q->speaker = p != NULL ? lavrov : -1;
          g_ptr_array_add (f->analysis.quotes, q);
        }
      _plx_claims_find (&f->analysis, text, rb);
      for (guint i = 0; i < f->analysis.claims->len; i++)
        {
          PlxClaim *c = g_ptr_array_index (f->analysis.claims, i);

          g_assert_cmpuint (c->start, <, c->end);
          g_assert_cmpuint (c->end, <=, (guint) n);
          g_assert_cmpint (c->speaker, <, (int) f->analysis.speakers->len);
        }

      /* rulebook parsing of garbage */
      {
        g_autoptr(GError) error = NULL;
        PlxRulebook *junk = _plx_rulebook_new_from_data (text, -1, "random.json", &error);

        g_assert_null (junk);
        g_assert_error (error, PLX_ERROR, PLX_ERROR_MALFORMED);
      }
    }

  /* proposals from random articles */
  for (guint round = 0; round < 20; round++)
    {
      g_autofree char *a = random_text (300);
      g_autofree char *b = random_text (300);
      const char *texts[] = { a, b, "" };
      g_autoptr(GPtrArray) props = plx_propose_categories (texts, NULL, 3, 5);

      g_assert_cmpuint (props->len, <=, 5);
    }
}

/* ------------------------------------------------------------------ */
/* With the real engine                                               */

static char *
seed_text (void)
{
  const char *root = g_getenv ("PLX_SOURCE_ROOT");
  g_autofree char *path = NULL;
  char *text = NULL;

  if (root == NULL)
    return NULL;
  path = g_build_filename (root, "..", "shared", "seed", "000_853f4b79efb648b1.txt", NULL);
  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  return text;
}

static void
test_seed_lavrov (void)
{
  g_autofree char *text = seed_text ();
  g_autofree char *path = plx_data_find_file ("rulebooks/lavrov-2017.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxRulebook) rb = NULL;
  g_autoptr(PlxAnalysis) analysis = NULL;
  static const char * const expected[] = {
    "trace-denial", "syria-deescalation", "syria-terror", "putin-trump-meeting",
    "comey-dismissal", "pragmatic-dialogue",
  };

  if (text == NULL)
    {
      g_test_skip ("the seed article is not available");
      return;
    }
  rb = plx_rulebook_load (path, &error);
  g_assert_no_error (error);
  analysis = plx_analyze (text, "en", rb, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (analysis);

  for (guint i = 0; i < analysis->claims->len; i++)
    {
      PlxClaim *c = g_ptr_array_index (analysis->claims, i);
      g_autofree char *excerpt = g_utf8_substring (text, c->start, MIN (c->end, c->start + 60));

      g_assert_cmpuint (c->start, <, c->end);
      g_assert_cmpint (c->quote, <, (int) analysis->quotes->len);
      g_assert_cmpint (c->speaker, <, (int) analysis->speakers->len);
      g_test_message ("claim %-20s speaker %-16s %s“%s…”", c->rule_id,
                      c->speaker >= 0 ? ((PlxSpeaker *) g_ptr_array_index (analysis->speakers, c->speaker))->name : "-",
                      c->quote >= 0 ? "quote " : "", excerpt);
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!has_claim (analysis, expected[i], -2))
      g_test_fail_printf ("the seed article has no “%s” claim", expected[i]);

  /* the denial is Lavrov's */
  {
    gboolean lavrov_denies = FALSE;

    for (guint i = 0; i < analysis->claims->len; i++)
      {
        PlxClaim *c = g_ptr_array_index (analysis->claims, i);
        PlxSpeaker *sp;

        if (!g_str_equal (c->rule_id, "trace-denial") || c->speaker < 0)
          continue;
        sp = g_ptr_array_index (analysis->speakers, c->speaker);
        if (strstr (sp->name, "Lavrov") != NULL)
          lavrov_denies = TRUE;
      }
    if (!lavrov_denies)
      g_test_fail_printf ("the “Russian trace” denial is not attributed to Lavrov");
  }
}

/* The Russian patterns of the reference rulebook, on a text written for
 * this test in the style of the Russian coverage. */
static void
test_lavrov_russian (void)
{
  const char *text =
    "Лавров провёл переговоры с Тиллерсоном и Трампом\n\n"
    "Министр иностранных дел России Сергей Лавров в среду провёл переговоры в Вашингтоне.\n\n"
    "«Нет ни одного доказательства, ни одного факта, только голословные обвинения», — "
    "заявил Лавров журналистам, отвечая на вопрос о так называемом «российском следе» на выборах.\n\n"
    "По словам Лаврова, встреча президентов Путина и Трампа может пройти в июле в Гамбурге "
    "на полях саммита «большой двадцатки».\n\n"
    "На вопрос об увольнении директора ФБР Джеймса Коми министр ответил: «А его уволили? Вы шутите?»";
  g_autofree char *path = plx_data_find_file ("rulebooks/lavrov-2017.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxRulebook) rb = plx_rulebook_load (path, &error);
  g_autoptr(PlxAnalysis) analysis = NULL;
  static const char * const expected[] = {
    "trace-denial", "putin-trump-meeting", "comey-dismissal",
  };

  g_assert_no_error (error);
  analysis = plx_analyze (text, "ru", rb, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean found = FALSE;

      for (guint k = 0; k < analysis->claims->len; k++)
        {
          PlxClaim *c = g_ptr_array_index (analysis->claims, k);
          PlxSpeaker *sp;

          if (!g_str_equal (c->rule_id, expected[i]))
            continue;
          /* every one of these is Lavrov's, by quote or by reported speech */
          g_assert_cmpint (c->speaker, >=, 0);
          sp = g_ptr_array_index (analysis->speakers, c->speaker);
          if (strstr (sp->name, "Лавров") != NULL)
            found = TRUE;
        }
      if (!found)
        g_test_fail_printf ("no “%s” claim by Lavrov in the Russian text", expected[i]);
    }
}

/* The bundled samples (data/samples/) with the default rulebook, imported
 * the way the application imports them. */
static void
test_samples (void)
{
  static const struct
  {
    const char *file;
    const char *expected;   /* space-separated category ids */
  } samples[] = {
    { "northern-ledger.txt", "quota-cut save-the-cod sanctions-dismissed science-decides cost-to-fishermen young-fish svalbard-dispute" },
    { "arctic-wire.txt", "quota-cut save-the-cod sanctions-dismissed science-decides" },
    { "severny-vestnik.txt", "quota-cut save-the-cod sanctions-dismissed science-decides young-fish svalbard-dispute" },
    { "fjord-post.html", "quota-cut save-the-cod science-decides cost-to-fishermen svalbard-dispute" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxRulebook) rb = plx_rulebook_load_default (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *relative = g_build_filename ("samples", samples[i].file, NULL);
      g_autofree char *path = plx_data_find_file (relative);
      g_autoptr(GFile) file = NULL;
      g_autoptr(PlxArticle) article = NULL;
      g_autoptr(PlxAnalysis) analysis = NULL;
      g_auto(GStrv) expected = g_strsplit (samples[i].expected, " ", -1);

      if (path == NULL)
        {
          g_test_message ("sample %s is missing", samples[i].file);
          continue;
        }
      file = g_file_new_for_path (path);
      article = plx_import_file (file, NULL, NULL, &error);
      g_assert_no_error (error);
      analysis = plx_analyze (plx_article_get_text (article),
                              plx_article_get_language (article), rb, NULL, &error);
      g_assert_no_error (error);
      for (guint k = 0; expected[k] != NULL; k++)
        if (!has_claim (analysis, expected[k], -2))
          g_test_fail_printf ("%s: no “%s” claim", samples[i].file, expected[k]);
    }
}

/* ------------------------------------------------------------------ */
/* Beyond rules                                                       */

static gboolean
proposal_has (GPtrArray  *proposals,
              const char *stem_or_label)
{
  for (guint i = 0; i < proposals->len; i++)
    {
      PlxProposedCategory *p = g_ptr_array_index (proposals, i);

      if (strstr (p->label, stem_or_label) != NULL)
        return TRUE;
      for (guint k = 0; p->patterns[k] != NULL; k++)
        if (strstr (p->patterns[k], stem_or_label) != NULL)
          return TRUE;
    }
  return FALSE;
}

static void
test_propose (void)
{
  const char * const texts[] = {
    ("Talks on the pipeline tariff\n\n"
     "Energy Minister Oskar Lindgren said the pipeline tariff would rise by ten percent. "
     "“The pipeline tariff is fair,” Lindgren said. The harbour strike continued."),
    ("Lindgren defends tariff\n\n"
     "The new pipeline tariffs were defended by Oskar Lindgren on Monday. "
     "Critics said the tariff hike would hurt households. Weather was mild."),
    ("Министр Оскар Линдгрен заявил, что тариф на транспортировку по трубопроводу вырастет. "
     "Линдгрен назвал новый тариф справедливым. В порту продолжается забастовка."),
  };
  const char * const langs[] = { "en", "en", "ru" };
  g_autoptr(GPtrArray) proposals = plx_propose_categories (texts, langs, 3, 6);
  PlxProposedCategory *top;

  g_assert_nonnull (proposals);
  g_assert_cmpuint (proposals->len, >, 0);
  g_assert_cmpuint (proposals->len, <=, 6);
  for (guint i = 0; i < proposals->len; i++)
    {
      PlxProposedCategory *p = g_ptr_array_index (proposals, i);

      g_test_message ("proposal %s (support %u, score %.2f): %s", p->label, p->support,
                      p->score, p->patterns[0]);
      g_assert_cmpuint (p->support, >=, 2);
      g_assert_nonnull (p->patterns[0]);
      if (i > 0)
        g_assert_cmpfloat (((PlxProposedCategory *) g_ptr_array_index (proposals, i - 1))->score,
                           >=, p->score);
    }
  /* the recurring subject and the recurring term, across languages for the
   * name (Lindgren / Линдгрен) */
  g_assert_true (proposal_has (proposals, "Lindgren"));
  g_assert_true (proposal_has (proposals, "tariff"));
  /* single-article words and stop-words are not proposed */
  g_assert_false (proposal_has (proposals, "weather"));
  g_assert_false (proposal_has (proposals, "the"));
  top = g_ptr_array_index (proposals, 0);
  g_assert_cmpuint (top->support, >=, 2);

  /* a proposal becomes a rulebook that finds its term again */
  {
    g_autoptr(GError) error = NULL;
    json_t *json = plx_proposed_categories_to_json (proposals);
    g_autoptr(PlxRulebook) rb = _plx_rulebook_new_from_json (json, "proposals", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (plx_rulebook_get_n_categories (rb), ==, proposals->len);
    json_decref (json);
    for (guint k = 0; k < 3; k++)
      {
        g_autoptr(Fake) f = fake_new (texts[k], langs[k]);

        _plx_claims_find (&f->analysis, texts[k], rb);
        g_assert_cmpuint (f->analysis.claims->len, >, 0);
      }
  }

  /* Lindgren / Линдгрен is one subject found in all three articles */
  for (guint i = 0; i < proposals->len; i++)
    {
      PlxProposedCategory *p = g_ptr_array_index (proposals, i);

      if (!p->is_name || strstr (p->label, "Lindgren") == NULL)
        continue;
      g_assert_cmpuint (p->support, ==, 3);
      g_assert_cmpstr (p->label, ==, "Oskar Lindgren");
      g_assert_cmpuint (g_strv_length (p->patterns), ==, 2);
      g_assert_cmpstr (p->patterns[0], ==, "Lindgren");
      g_assert_cmpstr (p->patterns[1], ==, "Линдгрен");
    }

  /* degenerate input */
  {
    g_autoptr(GPtrArray) none = plx_propose_categories (texts, langs, 1, 5);
    const char * const empty[] = { "", "" };
    g_autoptr(GPtrArray) none2 = plx_propose_categories (empty, NULL, 2, 5);

    g_assert_cmpuint (none->len, ==, 0);
    g_assert_cmpuint (none2->len, ==, 0);
  }

  /* many distinct names sharing a prefix: bounded time */
  {
    GString *a = g_string_new (NULL), *b = g_string_new (NULL);
    const char *big[2];
    g_autoptr(GPtrArray) some = NULL;
    gint64 t0 = g_get_monotonic_time ();

    for (guint i = 0; i < 30000; i++)
      {
        char w[8] = "Abcd";

        w[4] = (char) ('a' + i % 26);
        w[5] = (char) ('a' + (i / 26) % 26);
        w[6] = (char) ('a' + (i / 676) % 26);
        w[7] = '\0';
        g_string_append_printf (a, "and %s said. ", w);
        g_string_append_printf (b, "then %s left. ", w);
      }
    big[0] = a->str;
    big[1] = b->str;
    some = plx_propose_categories (big, NULL, 2, 10);
    g_assert_cmpuint (some->len, <=, 10);
    g_assert_cmpint (g_get_monotonic_time () - t0, <, 30 * G_USEC_PER_SEC);
    g_string_free (a, TRUE);
    g_string_free (b, TRUE);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/plx/claims/stem", test_stem);
  g_test_add_func ("/plx/claims/stem-threads", test_stem_threads);
  g_test_add_func ("/plx/claims/rulebook-load", test_rulebook_load);
  g_test_add_func ("/plx/claims/rulebook-errors", test_rulebook_errors);
  g_test_add_func ("/plx/claims/match-gap", test_match_gap);
  g_test_add_func ("/plx/claims/match-speaker", test_match_speaker);
  g_test_add_func ("/plx/claims/match-cues", test_match_cues);
  g_test_add_func ("/plx/claims/match-russian", test_match_russian);
  g_test_add_func ("/plx/claims/match-percent", test_match_percent);
  g_test_add_func ("/plx/claims/robust", test_robust);
  g_test_add_func ("/plx/claims/random", test_random);
  g_test_add_func ("/plx/claims/index", test_index);
  g_test_add_func ("/plx/claims/seed-lavrov", test_seed_lavrov);
  g_test_add_func ("/plx/claims/lavrov-russian", test_lavrov_russian);
  g_test_add_func ("/plx/claims/samples", test_samples);
  g_test_add_func ("/plx/claims/propose", test_propose);
  return g_test_run ();
}

/* plx-compare.c — cross-article comparison: speakers, statements, coverage
 *
 * The pipeline:
 *  1. Registry: every (article, speaker) of the analyses becomes a node; nodes
 *     are merged by name skeleton (transliteration-aware, plx-translit.h),
 *     surname-only mentions join the one full name they can belong to (the
 *     one in the same article when several people share the surname), and
 *     descriptions ("the Russian foreign minister") join the person whose
 *     title they repeat. Manual merges and splits are applied too.
 *  2. Statements: quotes of every kind, claims that are not quotes, and
 *     reported sentences the analysis left unmarked (a sentence outside the
 *     quotes where an attribution verb stands next to a speaker's name). A
 *     reported quote that goes on with "and <verb>" ("… and accused Vilnius
 *     of …") is cut in two. Each statement gets two feature bags: one for
 *     comparing within a language (Snowball stems, synonym groups, numbers)
 *     and one across languages (the en/ru bridge groups of
 *     data/lexicons/align.json, numbers), plus cognate keys (transliterated
 *     word beginnings: санкции / sanctions, Лавров / Lavrov) that count
 *     across languages only when they match.
 *  3. Alignment: statements of one registry speaker are compared across
 *     articles (all pairs in small groups, else candidates from an inverted
 *     index of their rarest features, so the cost stays near-linear);
 *     statements without a speaker, and statements of different speakers
 *     (a misattribution by the analysis), are compared too but must be
 *     near-identical. Similarity mixes containment (a shortened quote is
 *     contained in the full one) and Jaccard overlap, plus the cue class and
 *     the claim category. Pairs above the threshold are joined best first;
 *     a cluster never holds two statements of one article: when a join
 *     would make it so, the statement that fits the joined cluster better
 *     stays and the other leaves on its own.
 *  4. Manual statement merges and splits, then per cluster the speaker most
 *     renderings give, the reference rendering (the direct wording that
 *     contains most others), each rendering's state (verbatim, reworded,
 *     reported) and position (headline, lead, later); share of voice and
 *     omissions.
 *
 * PLX_COMPARE_DEBUG=scores prints the features and the scored pairs, any
 * other value the time of each stage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-compare"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "plx-compare.h"
#include "plx-data.h"
#include "plx-error.h"
#include "plx-stem.h"
#include "plx-translit.h"

#define ALIGN_LEXICON "lexicons/align.json"

/* Similarity thresholds (see compare_pair ()). */
#define THRESHOLD_SAME_LANGUAGE  0.42
#define THRESHOLD_CROSS_LANGUAGE 0.30
#define THRESHOLD_NO_SPEAKER     0.75
/* Two different speakers: only near-identical words (a misattribution). */
#define THRESHOLD_OTHER_SPEAKER  0.90
#define MIN_FEATURES_OTHER_SPEAKER 3
/* Large groups find candidate pairs through an inverted index: each
 * statement meets the statements that share one of its RAREST_FEATURES
 * rarest features. A feature shared by more than MAX_POSTINGS statements
 * proposes no pairs (it still counts when scoring). */
#define RAREST_FEATURES 3
#define MAX_POSTINGS 4096

/* PLX_COMPARE_DEBUG=scores prints words, features and scored pairs;
 * any other value the time of each stage (for tuning). */
static gboolean debug_scores;
static gboolean debug_times;

/* ------------------------------------------------------------------------ */
/* Edits                                                                    */

struct _PlxCompareEdits
{
  gatomicrefcount  ref_count;
  GPtrArray       *speaker_merges;   /* GStrv */
  GPtrArray       *speaker_splits;   /* char* */
  GArray          *cluster_merges;   /* PlxStatementRef pairs (2 per merge) */
  GArray          *cluster_splits;   /* PlxStatementRef */
};

static void
statement_ref_clear (gpointer data)
{
  PlxStatementRef *ref = data;

  g_clear_pointer (&ref->article, g_free);
  g_clear_pointer (&ref->text, g_free);
}

PlxCompareEdits *
plx_compare_edits_new (void)
{
  PlxCompareEdits *self = g_new0 (PlxCompareEdits, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->speaker_merges = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  self->speaker_splits = g_ptr_array_new_with_free_func (g_free);
  self->cluster_merges = g_array_new (FALSE, TRUE, sizeof (PlxStatementRef));
  g_array_set_clear_func (self->cluster_merges, statement_ref_clear);
  self->cluster_splits = g_array_new (FALSE, TRUE, sizeof (PlxStatementRef));
  g_array_set_clear_func (self->cluster_splits, statement_ref_clear);
  return self;
}

PlxCompareEdits *
plx_compare_edits_ref (PlxCompareEdits *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
plx_compare_edits_unref (PlxCompareEdits *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->speaker_merges);
  g_ptr_array_unref (self->speaker_splits);
  g_array_unref (self->cluster_merges);
  g_array_unref (self->cluster_splits);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (PlxCompareEdits, plx_compare_edits,
                     plx_compare_edits_ref, plx_compare_edits_unref)

void
plx_compare_edits_merge_speakers (PlxCompareEdits    *self,
                                  const char * const *names)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (names != NULL);

  if (g_strv_length ((char **)names) < 2)
    return;
  g_ptr_array_add (self->speaker_merges, g_strdupv ((char **)names));
}

void
plx_compare_edits_split_speaker (PlxCompareEdits *self,
                                 const char      *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL);

  g_ptr_array_add (self->speaker_splits, g_strdup (name));
}

static void
add_ref (GArray     *array,
         const char *article,
         const char *text)
{
  PlxStatementRef ref = { g_strdup (article), g_strdup (text) };

  g_array_append_val (array, ref);
}

void
plx_compare_edits_merge_statements (PlxCompareEdits *self,
                                    const char      *article_a,
                                    const char      *text_a,
                                    const char      *article_b,
                                    const char      *text_b)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (article_a != NULL && text_a != NULL);
  g_return_if_fail (article_b != NULL && text_b != NULL);

  add_ref (self->cluster_merges, article_a, text_a);
  add_ref (self->cluster_merges, article_b, text_b);
}

void
plx_compare_edits_split_statement (PlxCompareEdits *self,
                                   const char      *article,
                                   const char      *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (article != NULL && text != NULL);

  add_ref (self->cluster_splits, article, text);
}

gboolean
plx_compare_edits_is_empty (PlxCompareEdits *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->speaker_merges->len == 0 && self->speaker_splits->len == 0 &&
         self->cluster_merges->len == 0 && self->cluster_splits->len == 0;
}

static json_t *
ref_to_json (const PlxStatementRef *ref)
{
  json_t *object = json_object ();

  json_object_set_new (object, "article", json_string (ref->article));
  json_object_set_new (object, "text", json_string (ref->text));
  return object;
}

json_t *
plx_compare_edits_to_json (PlxCompareEdits *self)
{
  json_t *object;
  json_t *array;

  g_return_val_if_fail (self != NULL, NULL);

  object = json_object ();
  array = json_array ();
  for (guint i = 0; i < self->speaker_merges->len; i++)
    {
      char **names = g_ptr_array_index (self->speaker_merges, i);
      json_t *group = json_array ();

      for (guint k = 0; names[k] != NULL; k++)
        json_array_append_new (group, json_string (names[k]));
      json_array_append_new (array, group);
    }
  json_object_set_new (object, "speaker_merges", array);

  array = json_array ();
  for (guint i = 0; i < self->speaker_splits->len; i++)
    json_array_append_new (array, json_string (g_ptr_array_index (self->speaker_splits, i)));
  json_object_set_new (object, "speaker_splits", array);

  array = json_array ();
  for (guint i = 0; i + 1 < self->cluster_merges->len; i += 2)
    {
      json_t *pair = json_array ();

      json_array_append_new (pair, ref_to_json (&g_array_index (self->cluster_merges, PlxStatementRef, i)));
      json_array_append_new (pair, ref_to_json (&g_array_index (self->cluster_merges, PlxStatementRef, i + 1)));
      json_array_append_new (array, pair);
    }
  json_object_set_new (object, "cluster_merges", array);

  array = json_array ();
  for (guint i = 0; i < self->cluster_splits->len; i++)
    json_array_append_new (array, ref_to_json (&g_array_index (self->cluster_splits, PlxStatementRef, i)));
  json_object_set_new (object, "cluster_splits", array);

  return object;
}

static gboolean
ref_from_json (json_t      *value,
               const char  *where,
               const char **article,
               const char **text,
               GError     **error)
{
  json_t *a = json_is_object (value) ? json_object_get (value, "article") : NULL;
  json_t *t = json_is_object (value) ? json_object_get (value, "text") : NULL;

  if (!json_is_string (a) || !json_is_string (t))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("Comparison edits: an entry of “%s” needs string members “article” and “text”"),
                   where);
      return FALSE;
    }
  *article = json_string_value (a);
  *text = json_string_value (t);
  return TRUE;
}

PlxCompareEdits *
plx_compare_edits_from_json (json_t  *json,
                             GError **error)
{
  g_autoptr(PlxCompareEdits) edits = NULL;
  json_t *array;
  size_t i;
  json_t *value;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!json_is_object (json))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("Comparison edits: the section “comparison” is not an object"));
      return NULL;
    }

  edits = plx_compare_edits_new ();

  array = json_object_get (json, "speaker_merges");
  if (array != NULL && !json_is_array (array))
    goto not_array;
  json_array_foreach (array, i, value)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) names = NULL;
      size_t k;
      json_t *name;

      if (!json_is_array (value))
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                       _("Comparison edits: an entry of “speaker_merges” is not a list of names"));
          return NULL;
        }
      json_array_foreach (value, k, name)
        {
          if (!json_is_string (name))
            {
              g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                           _("Comparison edits: an entry of “speaker_merges” is not a list of names"));
              return NULL;
            }
          g_strv_builder_add (builder, json_string_value (name));
        }
      names = g_strv_builder_end (builder);
      plx_compare_edits_merge_speakers (edits, (const char * const *)names);
    }

  array = json_object_get (json, "speaker_splits");
  if (array != NULL && !json_is_array (array))
    goto not_array;
  json_array_foreach (array, i, value)
    {
      if (!json_is_string (value))
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                       _("Comparison edits: an entry of “speaker_splits” is not a name"));
          return NULL;
        }
      plx_compare_edits_split_speaker (edits, json_string_value (value));
    }

  array = json_object_get (json, "cluster_merges");
  if (array != NULL && !json_is_array (array))
    goto not_array;
  json_array_foreach (array, i, value)
    {
      const char *a1, *t1, *a2, *t2;

      if (!json_is_array (value) || json_array_size (value) != 2)
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                       _("Comparison edits: an entry of “cluster_merges” is not a pair of statements"));
          return NULL;
        }
      if (!ref_from_json (json_array_get (value, 0), "cluster_merges", &a1, &t1, error) ||
          !ref_from_json (json_array_get (value, 1), "cluster_merges", &a2, &t2, error))
        return NULL;
      plx_compare_edits_merge_statements (edits, a1, t1, a2, t2);
    }

  array = json_object_get (json, "cluster_splits");
  if (array != NULL && !json_is_array (array))
    goto not_array;
  json_array_foreach (array, i, value)
    {
      const char *a, *t;

      if (!ref_from_json (value, "cluster_splits", &a, &t, error))
        return NULL;
      plx_compare_edits_split_statement (edits, a, t);
    }

  return g_steal_pointer (&edits);

not_array:
  g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
               _("Comparison edits: a member of the section “comparison” is not a list"));
  return NULL;
}

/* ------------------------------------------------------------------------ */
/* The alignment lexicon (data/lexicons/align.json)                         */

typedef struct
{
  GHashTable *stopwords;   /* "lang:word" → 1 */
  GHashTable *groups;      /* "lang:stem" → group index + 1 */
  GHashTable *cue_classes; /* "lang:lemma" or "lang:stem" → class name */
} AlignLexicon;

/* Stemming is by script (plx-stem.h): Cyrillic words get the Russian
 * stemmer, the rest the English one. */
static char *
stem_word (const char *word)
{
  return plx_stem_word (word);
}

static void
align_lexicon_free (AlignLexicon *lex)
{
  if (lex == NULL)
    return;
  g_clear_pointer (&lex->stopwords, g_hash_table_unref);
  g_clear_pointer (&lex->groups, g_hash_table_unref);
  g_clear_pointer (&lex->cue_classes, g_hash_table_unref);
  g_free (lex);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignLexicon, align_lexicon_free)

static char *
lang_key (const char *language,
          const char *word)
{
  return g_strconcat (language, ":", word, NULL);
}

static void
add_words (AlignLexicon *lex,
           json_t       *by_language,
           GHashTable   *table,
           gpointer      value,
           gboolean      stem)
{
  const char *language;
  json_t *words;

  json_object_foreach (by_language, language, words)
    {
      size_t i;
      json_t *word;

      json_array_foreach (words, i, word)
        {
          g_autofree char *down = NULL;

          if (!json_is_string (word))
            continue;
          down = g_utf8_strdown (json_string_value (word), -1);
          /* Single words only: the words of a phrase ("highest point")
           * would each claim the group. The first group that lists a
           * word keeps it. */
          if (*down == '\0' || strchr (down, ' ') != NULL)
            continue;
          {
            g_autofree char *form = stem ? stem_word (down) : g_strdup (down);
            char *key = lang_key (language, form);

            if (!g_hash_table_contains (table, key))
              g_hash_table_insert (table, key, value);
            else
              g_free (key);
            key = lang_key (language, down);
            if (stem && !g_hash_table_contains (table, key))
              g_hash_table_insert (table, key, value);
            else
              g_free (key);
          }
        }
    }
}

static AlignLexicon *
align_lexicon_load (GError **error)
{
  g_autofree char *path = plx_data_find_file (ALIGN_LEXICON);
  g_autoptr(AlignLexicon) lex = NULL;
  json_error_t json_error;
  json_t *root;
  json_t *section;

  if (path == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND,
                   _("The alignment lexicon “%s” was not found in the data directory"),
                   ALIGN_LEXICON);
      return NULL;
    }
  root = json_load_file (path, 0, &json_error);
  if (root == NULL || !json_is_object (root))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("The alignment lexicon “%s” is not valid JSON (line %d: %s)"),
                   path, json_error.line, json_error.text);
      json_decref (root);
      return NULL;
    }

  lex = g_new0 (AlignLexicon, 1);
  lex->stopwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->cue_classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  section = json_object_get (root, "stopwords");
  if (json_is_object (section))
    add_words (lex, section, lex->stopwords, GINT_TO_POINTER (1), FALSE);

  section = json_object_get (root, "groups");
  if (json_is_array (section))
    {
      size_t i;
      json_t *group;

      json_array_foreach (section, i, group)
        {
          json_t *words = json_is_object (group) ? json_object_get (group, "words") : NULL;

          if (json_is_object (words))
            add_words (lex, words, lex->groups, GSIZE_TO_POINTER (i + 1), TRUE);
        }
    }

  section = json_object_get (root, "cue_classes");
  if (json_is_object (section))
    {
      const char *name;
      json_t *by_language;

      json_object_foreach (section, name, by_language)
        {
          const char *language;
          json_t *words;

          if (!json_is_object (by_language))
            continue;
          json_object_foreach (by_language, language, words)
            {
              size_t k;
              json_t *word;

              json_array_foreach (words, k, word)
                {
                  g_autofree char *down = NULL;
                  g_autofree char *stem = NULL;

                  if (!json_is_string (word))
                    continue;
                  down = g_utf8_strdown (json_string_value (word), -1);
                  stem = stem_word (down);
                  g_hash_table_replace (lex->cue_classes, lang_key (language, down), g_strdup (name));
                  g_hash_table_replace (lex->cue_classes, lang_key (language, stem), g_strdup (name));
                }
            }
        }
    }

  json_decref (root);
  return g_steal_pointer (&lex);
}

/* ------------------------------------------------------------------------ */
/* Private structures                                                       */

typedef struct
{
  guint         article;
  int           quote;
  int           claim;
  guint         start;
  guint         end;
  const char   *text;        /* borrowed from the analysis, or owned_text */
  char         *owned_text;
  char         *owned_cue;
  char         *feature_text; /* the text without the speaker's name, or NULL */
  PlxQuoteKind  kind;
  const char   *cue_text;
  const char   *cue_lemma;
  const char   *category;
  const char   *cue_class;   /* interned in the lexicon, or NULL */
  int           speaker;     /* registry index or -1 */
  const char   *language;
  GArray       *same;        /* guint feature ids, sorted, unique */
  GArray       *cross;
  GArray       *cog;         /* cognate keys, matched across languages only */
  const float  *weights;     /* per feature id: rarer features weigh more */
  double        w_same;      /* summed weights of the bags */
  double        w_cross;
  guint         n_words;
  gboolean      pinned;      /* split by the user: never merged automatically */
} Statement;

struct _PlxComparison
{
  gatomicrefcount  ref_count;
  guint            n_articles;
  GPtrArray       *articles;       /* PlxArticle* (ref) */
  GPtrArray       *analyses;       /* PlxAnalysis* (ref) */
  GPtrArray       *speakers;       /* PlxRegistrySpeaker* */
  GPtrArray       *speaker_map;    /* per article: GArray of int (registry index) */
  GPtrArray       *clusters;       /* PlxCluster* */
  GHashTable      *share;          /* article * n_speakers + speaker → guint[2] */
};

static void
registry_speaker_free (gpointer data)
{
  PlxRegistrySpeaker *speaker = data;

  g_free (speaker->id);
  g_free (speaker->name);
  g_ptr_array_unref (speaker->names);
  g_ptr_array_unref (speaker->titles);
  g_array_unref (speaker->members);
  g_free (speaker);
}

static void
rendering_free (gpointer data)
{
  PlxRendering *r = data;

  g_free (r->text);
  g_free (r->cue_text);
  g_free (r->cue_lemma);
  g_free (r->category);
  g_free (r);
}

static void
cluster_free (gpointer data)
{
  PlxCluster *cluster = data;

  g_free (cluster->id);
  g_free (cluster->category);
  g_ptr_array_unref (cluster->renderings);
  g_free (cluster);
}

PlxComparison *
plx_comparison_ref (PlxComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
plx_comparison_unref (PlxComparison *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->articles);
  g_ptr_array_unref (self->analyses);
  g_ptr_array_unref (self->speakers);
  g_ptr_array_unref (self->speaker_map);
  g_ptr_array_unref (self->clusters);
  g_hash_table_unref (self->share);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (PlxComparison, plx_comparison, plx_comparison_ref, plx_comparison_unref)

/* ------------------------------------------------------------------------ */
/* Union-find                                                               */

static guint
uf_find (guint *parent,
         guint  x)
{
  while (parent[x] != x)
    {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
  return x;
}

static void
uf_union (guint *parent,
          guint  a,
          guint  b)
{
  a = uf_find (parent, a);
  b = uf_find (parent, b);
  if (a == b)
    return;
  /* The smaller index stays root: keeps "first appearance" stable. */
  if (a < b)
    parent[b] = a;
  else
    parent[a] = b;
}

/* ------------------------------------------------------------------------ */
/* Registry                                                                 */

typedef struct
{
  guint        article;
  guint        speaker;
  PlxSpeaker  *sp;
  char        *full;      /* skeleton of the whole name */
  char        *given;     /* skeleton of the first name, or NULL */
  char        *given_raw; /* the first name as written when given is set, else NULL */
  char        *surname_raw; /* the last name word as written when given is set, else NULL */
  GPtrArray   *givens;    /* skeletons of every other name word of the name
                           * and of the aliases with the same surname */
  char        *surname;   /* skeleton of the surname, or NULL for a role */
  GArray      *role;      /* sorted features of a description, or NULL */
  gboolean     pinned;
} Node;

static void
node_clear (Node *node)
{
  g_free (node->full);
  g_free (node->given);
  g_free (node->given_raw);
  g_free (node->surname_raw);
  g_clear_pointer (&node->givens, g_ptr_array_unref);
  g_free (node->surname);
  g_clear_pointer (&node->role, g_array_unref);
}

static gboolean
is_capitalized (const char *word)
{
  gunichar c = g_utf8_get_char_validated (word, -1);

  return c != (gunichar)-1 && c != (gunichar)-2 && g_unichar_isupper (c);
}

typedef struct
{
  AlignLexicon *lex;
  GHashTable   *features;   /* feature string → id (1-based) */
  GHashTable   *word_cache; /* "lang:word" → packed (same id, cross id) */
  GString      *scratch;
  GString      *key;
} Ctx;

static guint
intern_feature (Ctx        *ctx,
                const char *feature)
{
  gpointer value;

  if (g_hash_table_lookup_extended (ctx->features, feature, NULL, &value))
    return GPOINTER_TO_UINT (value);
  value = GUINT_TO_POINTER (g_hash_table_size (ctx->features) + 1);
  g_hash_table_insert (ctx->features, g_strdup (feature), value);
  return GPOINTER_TO_UINT (value);
}

/* The first five letters (four for a four-letter word) of @word's
 * transliteration skeleton with the spelling differences between English
 * and transliterated Russian folded (z/s, th/t); NULL for shorter words. */
static char *
cognate_key (const char *word)
{
  g_autofree char *skeleton = plx_translit_skeleton (word);
  GString *key = g_string_sized_new (8);

  for (const char *p = skeleton; *p != '\0' && key->len < 5; p++)
    {
      if (*p == ' ')
        continue;
      if (p[0] == 't' && p[1] == 'h')
        continue;   /* the t of "th" is added with the h below */
      if (*p == 'h' && p > skeleton && p[-1] == 't')
        {
          g_string_append_c (key, 't');
          continue;
        }
      g_string_append_c (key, *p == 'z' ? 's' : *p);
    }
  if (key->len < 4)
    {
      g_string_free (key, TRUE);
      return NULL;
    }
  return g_string_free (key, FALSE);
}

/* "thousand", "million" or "billion" when @word (digits only) is a whole
 * number of them, else NULL. */
static const char *
number_magnitude (const char *word)
{
  gsize len = strlen (word);

  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return NULL;
  if (len > 9 && g_str_has_suffix (word, "000000000"))
    return "billion";
  if (len > 6 && g_str_has_suffix (word, "000000"))
    return "million";
  if (len > 3 && g_str_has_suffix (word, "000"))
    return "thousand";
  return NULL;
}

/* The feature of the group listing the English @word, or 0. */
static guint
group_feature (Ctx        *ctx,
               const char *word)
{
  g_autofree char *key = lang_key ("en", word);
  gpointer group = g_hash_table_lookup (ctx->lex->groups, key);
  char buf[32];

  if (group == NULL)
    return 0;
  g_snprintf (buf, sizeof buf, "g%" G_GSIZE_FORMAT, GPOINTER_TO_SIZE (group));
  return intern_feature (ctx, buf);
}

/* Cross-language ids of cognate keys carry this bit: they count only
 * when they match (a bonus), never against a pair. */
#define COGNATE 0x80000000u

/* The two feature ids of one lower-cased word; 0 means "no feature". */
static void
word_features (Ctx        *ctx,
               const char *language,
               const char *word,
               gboolean    capitalized,
               guint      *same,
               guint      *cross)
{
  gpointer cached;
  gpointer group;
  g_autofree char *stem = NULL;
  char buf[32];

  *same = *cross = 0;

  g_string_assign (ctx->key, language);
  g_string_append (ctx->key, capitalized ? ":^" : ":");
  g_string_append (ctx->key, word);
  if (g_hash_table_lookup_extended (ctx->word_cache, ctx->key->str, NULL, &cached))
    {
      guint64 packed = *(guint64 *)cached;

      *same = (guint)(packed >> 32);
      *cross = (guint)(packed & 0xffffffffu);
      return;
    }

  if (g_ascii_isdigit (word[0]))
    {
      /* 200,000 = 200 тысяч = 200 thousand: whole thousands, millions and
       * billions are written as their first digits; number_magnitude ()
       * adds the word. */
      g_autofree char *digits = g_strdup (word);
      g_autofree char *feature = NULL;

      if (number_magnitude (word) != NULL)
        {
          gsize len = strlen (digits);
          guint zeros = g_str_equal (number_magnitude (word), "billion") ? 9
                        : g_str_equal (number_magnitude (word), "million") ? 6 : 3;

          digits[len - zeros] = '\0';
        }
      feature = g_strconcat ("#", digits, NULL);
      *same = *cross = intern_feature (ctx, feature);
    }
  else
    {
      g_autofree char *plain = lang_key (language, word);

      if (!g_hash_table_contains (ctx->lex->stopwords, plain))
        {
          g_autofree char *stem_key = NULL;

          stem = stem_word (word);
          stem_key = lang_key (language, stem);
          /* The word as listed first, then any form of it. */
          group = g_hash_table_lookup (ctx->lex->groups, plain);
          if (group == NULL)
            group = g_hash_table_lookup (ctx->lex->groups, stem_key);
          if (group != NULL)
            {
              g_snprintf (buf, sizeof buf, "g%" G_GSIZE_FORMAT, GPOINTER_TO_SIZE (group));
              *same = *cross = intern_feature (ctx, buf);
            }
          else
            {
              g_autofree char *feature = g_strconcat ("s", stem_key, NULL);

              (void)capitalized;
              *same = intern_feature (ctx, feature);
              /* Across languages: names and cognates (президент /
               * president, санкции / sanctions, Лавров / Lavrov) by the
               * first letters of their transliterated skeleton. */
              if (g_utf8_strlen (word, -1) >= 4)
                {
                  g_autofree char *key = cognate_key (word);

                  if (key != NULL)
                    {
                      g_snprintf (buf, sizeof buf, "k%s", key);
                      *cross = intern_feature (ctx, buf) | COGNATE;
                    }
                }
            }
        }
    }

  if (G_UNLIKELY (debug_scores))
    g_printerr ("plx-compare: word %s → %u %u\n", ctx->key->str, *same, *cross);
  {
    guint64 *packed = g_new (guint64, 1);

    *packed = ((guint64)*same << 32) | *cross;
    g_hash_table_insert (ctx->word_cache, g_strdup (ctx->key->str), packed);
  }
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *)a;
  guint y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

static void
sort_unique (GArray *array)
{
  guint w = 0;

  g_array_sort (array, compare_guint);
  for (guint r = 0; r < array->len; r++)
    {
      if (w > 0 && g_array_index (array, guint, w - 1) == g_array_index (array, guint, r))
        continue;
      g_array_index (array, guint, w++) = g_array_index (array, guint, r);
    }
  g_array_set_size (array, w);
}

static gboolean
is_number_separator (gunichar c)
{
  return c == ',' || c == '.' || c == ' ' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

/* Features of @text in @language into @same and @cross (sorted, unique);
 * returns the number of words. */
static guint
text_features (Ctx        *ctx,
               const char *language,
               const char *text,
               GArray     *same,
               GArray     *cross,
               GArray     *cog)
{
  guint n_words = 0;
  const char *p = text;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return 0;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      g_string_truncate (ctx->scratch, 0);
      {
        gboolean digits = g_unichar_isdigit (c);
        gboolean capitalized = g_unichar_isupper (c);
        guint s, x;

        while (*p != '\0')
          {
            gunichar d = g_utf8_get_char (p);
            const char *next = g_utf8_next_char (p);

            if (g_unichar_isalnum (d) || g_unichar_ismark (d))
              {
                if (d == 0x0451)
                  d = 0x0435;
                else if (d == 0x0401)
                  d = 0x0415;
                g_string_append_unichar (ctx->scratch, digits ? d : g_unichar_tolower (d));
                p = next;
                continue;
              }
            if (digits && is_number_separator (d) && g_unichar_isdigit (g_utf8_get_char (next)))
              {
                /* 453,000 and 453 000 are one number; a decimal point
                 * is kept as '.'. */
                if (d == '.' || (d == ',' && g_str_equal (language, "ru")))
                  {
                    const char *q = next;
                    guint run = 0;

                    while (g_ascii_isdigit (*q))
                      {
                        q++;
                        run++;
                      }
                    if (run != 3)
                      g_string_append_c (ctx->scratch, '.');
                  }
                p = next;
                continue;
              }
            if ((d == '\'' || d == 0x2019 || d == '-') && !digits &&
                g_unichar_isalpha (g_utf8_get_char (next)))
              {
                /* "don't" stays one word; "they're" too; hyphens join */
                if (d == '-')
                  g_string_append_c (ctx->scratch, '-');
                else
                  g_string_append_c (ctx->scratch, '\'');
                p = next;
                continue;
              }
            break;
          }
        n_words++;
        word_features (ctx, language, ctx->scratch->str, capitalized, &s, &x);
        if (digits && number_magnitude (ctx->scratch->str) != NULL)
          {
            guint magnitude = group_feature (ctx, number_magnitude (ctx->scratch->str));

            if (magnitude != 0)
              {
                g_array_append_val (same, magnitude);
                g_array_append_val (cross, magnitude);
              }
          }
        if (s != 0)
          g_array_append_val (same, s);
        if (x & COGNATE)
          {
            if (cog != NULL)
              {
                x &= ~COGNATE;
                g_array_append_val (cog, x);
              }
          }
        else if (x != 0)
          g_array_append_val (cross, x);
      }
    }

  sort_unique (same);
  sort_unique (cross);
  if (cog != NULL)
    sort_unique (cog);
  return n_words;
}

/* Split a name into words; returns the number of capitalized words. */
static guint
name_words (const char  *name,
            GStrv       *out)
{
  /* g_strsplit_set() splits on bytes: the no-break space goes first, as
   * its bytes also occur inside letters (Р is D0 A0) */
  g_autoptr(GString) spaced = g_string_new (name);
  g_auto(GStrv) raw = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n_caps = 0;

  g_string_replace (spaced, "\u00a0", " ", 0);
  raw = g_strsplit_set (spaced->str, " \t\n", -1);

  for (guint i = 0; raw[i] != NULL; i++)
    {
      if (*raw[i] == '\0')
        continue;
      g_strv_builder_add (builder, raw[i]);
      if (is_capitalized (raw[i]))
        n_caps++;
    }
  *out = g_strv_builder_end (builder);
  return n_caps;
}

static gboolean
given_compatible (const char *a,
                  const char *b)
{
  gsize la, lb;

  if (a == NULL || b == NULL)
    return TRUE;
  if (g_str_equal (a, b))
    return TRUE;
  la = strlen (a);
  lb = strlen (b);
  /* An initial: "S. Lavrov" */
  if ((la == 1 && b[0] == a[0]) || (lb == 1 && a[0] == b[0]))
    return TRUE;
  return FALSE;
}

/* The skeletons of the capitalized words before the surname in @sp's name
 * and in those of its aliases that end in the same surname: "Клайпеды Раса
 * Петраускене" gives klaipedi and rasa. */
static GPtrArray *
name_givens (PlxSpeaker *sp,
             const char *surname)
{
  GPtrArray *givens = g_ptr_array_new_with_free_func (g_free);
  guint n_forms = 1 + (sp->aliases != NULL ? sp->aliases->len : 0);

  for (guint f = 0; f < n_forms; f++)
    {
      const char *form = f == 0 ? sp->name : g_ptr_array_index (sp->aliases, f - 1);
      g_auto(GStrv) words = NULL;
      guint n;
      g_autofree char *last = NULL;

      if (form == NULL)
        continue;
      name_words (form, &words);
      n = g_strv_length (words);
      if (n < 2)
        continue;
      last = plx_translit_skeleton (words[n - 1]);
      if (!g_str_equal (last, surname))
        continue;
      for (guint w = 0; w + 1 < n; w++)
        {
          if (is_capitalized (words[w]))
            {
              char *skeleton = plx_translit_skeleton (words[w]);

              if (*skeleton != '\0')
                g_ptr_array_add (givens, skeleton);
              else
                g_free (skeleton);
            }
        }
    }
  return givens;
}

/* Whether two people with the same surname may be one: a first name (or an
 * initial) of one is among the other's. */
static gboolean
givens_compatible (const Node *a,
                   const Node *b)
{
  if (given_compatible (a->given, b->given))
    return TRUE;
  for (guint i = 0; a->givens != NULL && i < a->givens->len; i++)
    for (guint k = 0; b->givens != NULL && k < b->givens->len; k++)
      if (given_compatible (g_ptr_array_index (a->givens, i), g_ptr_array_index (b->givens, k)))
        return TRUE;
  return FALSE;
}

/* The sound keys of @node's given name and surname, "given|surname", with
 * the silent-ending variants of a Latin-script name (a node with a given
 * name). */
static GPtrArray *
sound_keys (const Node *node)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *given = NULL;
  g_autofree char *given_silent = NULL;
  g_autofree char *surname = NULL;
  g_autofree char *surname_silent = NULL;

  if (node->given_raw == NULL || node->surname_raw == NULL)
    return keys;
  given = plx_translit_sound_key (node->given_raw, &given_silent);
  surname = plx_translit_sound_key (node->surname_raw, &surname_silent);
  /* too little left to tell people apart */
  if (*given == '\0' || strlen (surname) < 2)
    return keys;
  for (guint g = 0; g < 2; g++)
    for (guint s = 0; s < 2; s++)
      {
        const char *gk = g == 0 ? given : given_silent;
        const char *sk = s == 0 ? surname : surname_silent;

        if (gk != NULL && sk != NULL && strlen (sk) >= 2)
          g_ptr_array_add (keys, g_strconcat (gk, "|", sk, NULL));
      }
  return keys;
}

/* Step 2b of the registry: a name Russian spells by its sound (Мартен
 * Лакруа, Жан Дюпон) joins its Latin spelling (Martin Lacroix, Jean
 * Dupont), which the skeletons cannot see, when exactly one person of the
 * other script sounds like it and the Russian name met no Latin one yet. */
static void
merge_by_sound (GArray *nodes,
                guint  *parent)
{
  g_autoptr(GHashTable) latin = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_array_unref);
  g_autofree gboolean *has_latin = g_new0 (gboolean, MAX (nodes->len, 1));
  g_autofree gboolean *cyrillic = g_new0 (gboolean, MAX (nodes->len, 1));
  gboolean any_cyrillic = FALSE;

  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);

      cyrillic[i] = plx_translit_has_cyrillic (node->sp->name);
      any_cyrillic |= cyrillic[i] && node->given != NULL;
    }
  if (!any_cyrillic)
    return;
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);
      g_autoptr(GPtrArray) keys = NULL;

      if (cyrillic[i])
        continue;
      has_latin[uf_find (parent, i)] = TRUE;
      if (node->surname == NULL || node->given == NULL || node->pinned)
        continue;
      keys = sound_keys (node);
      for (guint k = 0; k < keys->len; k++)
        {
          GArray *list = g_hash_table_lookup (latin, g_ptr_array_index (keys, k));

          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (latin, g_strdup (g_ptr_array_index (keys, k)), list);
            }
          g_array_append_val (list, i);
        }
    }
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);
      g_autoptr(GPtrArray) keys = NULL;
      guint root = G_MAXUINT;
      gboolean unique = TRUE;

      if (!cyrillic[i] || node->surname == NULL || node->given == NULL || node->pinned
          || has_latin[uf_find (parent, i)])
        continue;
      keys = sound_keys (node);
      for (guint k = 0; k < keys->len && unique; k++)
        {
          GArray *list = g_hash_table_lookup (latin, g_ptr_array_index (keys, k));

          for (guint m = 0; list != NULL && m < list->len; m++)
            {
              guint r = uf_find (parent, g_array_index (list, guint, m));

              if (root == G_MAXUINT)
                root = r;
              else if (r != root)
                unique = FALSE;
            }
        }
      if (root != G_MAXUINT && unique)
        uf_union (parent, root, i);
    }
}

static GArray *
role_features (Ctx        *ctx,
               const char *language,
               const char *text)
{
  GArray *same = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *cross = g_array_new (FALSE, FALSE, sizeof (guint));

  text_features (ctx, language, text, same, cross, NULL);
  g_array_unref (same);
  return cross;
}

static gboolean
is_subset (GArray *small,
           GArray *big)
{
  guint i = 0, j = 0;

  if (small->len == 0)
    return FALSE;
  while (i < small->len && j < big->len)
    {
      guint x = g_array_index (small, guint, i);
      guint y = g_array_index (big, guint, j);

      if (x == y)
        {
          i++;
          j++;
        }
      else if (x > y)
        j++;
      else
        return FALSE;
    }
  return i == small->len;
}

static void
add_unique_string (GPtrArray  *array,
                   const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  for (guint i = 0; i < array->len; i++)
    if (g_str_equal (g_ptr_array_index (array, i), value))
      return;
  g_ptr_array_add (array, g_strdup (value));
}

static const char *
analysis_language (PlxArticle  *article,
                   PlxAnalysis *analysis)
{
  const char *language = analysis->language;

  if (language == NULL || g_str_equal (language, "und"))
    language = plx_article_get_language (article);
  if (language == NULL)
    language = "und";
  /* interned: statements compare languages by pointer */
  return g_intern_string (language);
}

static gboolean
name_matches_list (const char  *skeleton,
                   GHashTable  *list)
{
  return list != NULL && g_hash_table_contains (list, skeleton);
}

static void
build_registry (PlxComparison         *self,
                Ctx                   *ctx,
                const PlxCompareEdits *edits)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  g_autoptr(GHashTable) by_full = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify)g_array_unref);
  g_autoptr(GHashTable) surname_only = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_given = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) splits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree guint *parent = NULL;
  g_autofree int *root_index = NULL;
  g_autofree guint *node_first = NULL;

  if (edits != NULL)
    for (guint i = 0; i < edits->speaker_splits->len; i++)
      g_hash_table_add (splits, plx_translit_skeleton (g_ptr_array_index (edits->speaker_splits, i)));

  /* Nodes */
  for (guint a = 0; a < self->n_articles; a++)
    {
      PlxAnalysis *analysis = g_ptr_array_index (self->analyses, a);
      const char *language = analysis_language (g_ptr_array_index (self->articles, a), analysis);
      GArray *map = g_array_new (FALSE, FALSE, sizeof (int));

      g_ptr_array_add (self->speaker_map, map);
      for (guint s = 0; analysis->speakers != NULL && s < analysis->speakers->len; s++)
        {
          PlxSpeaker *sp = g_ptr_array_index (analysis->speakers, s);
          Node node = { 0 };
          g_auto(GStrv) words = NULL;
          guint n_caps;
          int none = -1;

          g_array_append_val (map, none);
          if (sp == NULL || sp->name == NULL || sp->is_byline)
            continue;

          node.article = a;
          node.speaker = s;
          node.sp = sp;
          node.full = plx_translit_skeleton (sp->name);
          n_caps = name_words (sp->name, &words);
          if (n_caps > 0 && is_capitalized (words[g_strv_length (words) - 1]))
            {
              guint n = g_strv_length (words);

              node.surname = plx_translit_skeleton (words[n - 1]);
              if (n >= 2 && is_capitalized (words[0]))
                {
                  node.given = plx_translit_skeleton (words[0]);
                  node.given_raw = g_strdup (words[0]);
                  node.surname_raw = g_strdup (words[n - 1]);
                }
              node.givens = name_givens (sp, node.surname);
              if (*node.surname == '\0')
                g_clear_pointer (&node.surname, g_free);
            }
          if (node.surname == NULL)
            node.role = role_features (ctx, language, sp->name);
          node.pinned = name_matches_list (node.full, splits);
          g_array_append_val (nodes, node);
        }
    }

  parent = g_new (guint, MAX (nodes->len, 1));
  for (guint i = 0; i < nodes->len; i++)
    parent[i] = i;
  node_first = g_new0 (guint, self->n_articles + 1);
  for (guint i = nodes->len; i-- > 0; )
    node_first[g_array_index (nodes, Node, i).article] = i;

  /* 1. Same full skeleton. */
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);
      gpointer other;

      /* Surnames alone are resolved in step 3. */
      if (*node->full == '\0' || (node->surname != NULL && node->given == NULL))
        continue;
      if (g_hash_table_lookup_extended (by_full, node->full, NULL, &other))
        uf_union (parent, GPOINTER_TO_UINT (other), i);
      else
        g_hash_table_insert (by_full, node->full, GUINT_TO_POINTER (i));
    }

  /* 2. Same surname, compatible given names (initials), not pinned. */
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);
      GArray *list;

      if (node->surname == NULL || node->given == NULL || node->pinned)
        continue;
      list = g_hash_table_lookup (by_surname, node->surname);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_surname, node->surname, list);
        }
      for (guint k = 0; k < list->len; k++)
        {
          Node *other = &g_array_index (nodes, Node, g_array_index (list, guint, k));

          if (givens_compatible (other, node))
            {
              uf_union (parent, g_array_index (list, guint, k), i);
              break;
            }
        }
      {
        gboolean known = FALSE;

        for (guint k = 0; k < list->len && !known; k++)
          {
            Node *other = &g_array_index (nodes, Node, g_array_index (list, guint, k));

            known = g_str_equal (other->given, node->given);
          }
        if (!known)
          g_array_append_val (list, i);
      }
    }

  merge_by_sound (nodes, parent);

  /* Given names of the full names: skeleton → node + 1, or 0 when people
   * of several entries share it (for step 3's one-word names). */
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);
      gpointer other;

      if (node->given == NULL || node->pinned)
        continue;
      if (!g_hash_table_lookup_extended (by_given, node->given, NULL, &other))
        g_hash_table_insert (by_given, node->given, GUINT_TO_POINTER (i + 1));
      else if (GPOINTER_TO_UINT (other) != 0 && uf_find (parent, GPOINTER_TO_UINT (other) - 1) != uf_find (parent, i))
        g_hash_table_insert (by_given, node->given, GUINT_TO_POINTER (0));
    }

  /* 3. Surname only: the one person with that surname (same article first). */
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);
      GArray *list;
      int chosen = -1;
      guint n_roots = 0;
      guint first_root = G_MAXUINT;
      guint second_root = G_MAXUINT;

      if (node->surname == NULL || node->given != NULL || node->pinned)
        continue;
      list = g_hash_table_lookup (by_surname, node->surname);
      if (list == NULL)
        {
          /* No full name anywhere: the bare surnames go together — or a
           * first name alone ("his wife Imogen") is the one full name
           * another article gives with that first name ("Imogen
           * Halloran") */
          gpointer other;

          if (g_hash_table_lookup_extended (by_given, node->surname, NULL, &other) && GPOINTER_TO_UINT (other) != 0)
            {
              uf_union (parent, GPOINTER_TO_UINT (other) - 1, i);
              continue;
            }
          if (g_hash_table_lookup_extended (surname_only, node->surname, NULL, &other))
            uf_union (parent, GPOINTER_TO_UINT (other), i);
          else
            g_hash_table_insert (surname_only, node->surname, GUINT_TO_POINTER (i));
          continue;
        }
      for (guint k = 0; k < list->len; k++)
        {
          guint idx = g_array_index (list, guint, k);
          guint root = uf_find (parent, idx);

          if (first_root == G_MAXUINT)
            {
              first_root = root;
              n_roots = 1;
            }
          else if (root != first_root && root != second_root)
            {
              second_root = root;
              n_roots++;
            }
        }
      if (n_roots == 1)
        chosen = (int)first_root;
      else
        {
          /* Several people share the surname: the one in the same article. */
          for (guint k = 0; k < list->len && chosen < 0; k++)
            {
              guint idx = g_array_index (list, guint, k);

              /* nodes are in article order: walk this article's only */
              for (guint m = node_first[node->article]; m < nodes->len; m++)
                {
                  Node *member = &g_array_index (nodes, Node, m);

                  if (member->article != node->article)
                    break;
                  if (uf_find (parent, m) == uf_find (parent, idx) &&
                      member->surname != NULL && g_str_equal (member->surname, node->surname))
                    {
                      chosen = (int)idx;
                      break;
                    }
                }
            }
        }
      if (chosen >= 0)
        uf_union (parent, (guint)chosen, i);
    }

  /* 4. Descriptions: the person whose title the description repeats.
   * The titles' features are computed once, and only when some node is a
   * description. */
  {
    gboolean any_role = FALSE;
    g_autoptr(GPtrArray) title_nodes = g_ptr_array_new ();
    g_autoptr(GPtrArray) title_features = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);

    for (guint i = 0; i < nodes->len && !any_role; i++)
      {
        Node *node = &g_array_index (nodes, Node, i);

        any_role = node->role != NULL && node->role->len > 0 && !node->pinned;
      }
    for (guint m = 0; any_role && m < nodes->len; m++)
      {
        Node *person = &g_array_index (nodes, Node, m);
        PlxAnalysis *analysis;
        const char *language;

        if (person->surname == NULL || person->sp->titles == NULL)
          continue;
        analysis = g_ptr_array_index (self->analyses, person->article);
        language = analysis_language (g_ptr_array_index (self->articles, person->article), analysis);
        for (guint t = 0; t < person->sp->titles->len; t++)
          {
            GArray *title = role_features (ctx, language, g_ptr_array_index (person->sp->titles, t));

            if (title->len == 0)
              {
                g_array_unref (title);
                continue;
              }
            g_ptr_array_add (title_nodes, GUINT_TO_POINTER (m));
            g_ptr_array_add (title_features, title);
          }
      }

    for (guint i = 0; any_role && i < nodes->len; i++)
      {
        Node *node = &g_array_index (nodes, Node, i);
        int best = -1;
        guint best_len = 0;
        gboolean tie = FALSE;

        if (node->role == NULL || node->role->len == 0 || node->pinned)
          continue;
        for (guint t = 0; t < title_features->len; t++)
          {
            GArray *title = g_ptr_array_index (title_features, t);
            guint m = GPOINTER_TO_UINT (g_ptr_array_index (title_nodes, t));

            if (!is_subset (title, node->role))
              continue;
            if (best >= 0 && uf_find (parent, (guint)best) != uf_find (parent, m) &&
                title->len == best_len)
              tie = TRUE;
            else if (title->len > best_len)
              {
                best = (int)m;
                best_len = title->len;
                tie = FALSE;
              }
          }
        if (best >= 0 && !tie)
          uf_union (parent, (guint)best, i);
      }
  }

  /* 5. Manual merges. */
  if (edits != NULL)
    for (guint e = 0; e < edits->speaker_merges->len; e++)
      {
        char **names = g_ptr_array_index (edits->speaker_merges, e);
        g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        int first = -1;

        for (guint k = 0; names[k] != NULL; k++)
          g_hash_table_add (wanted, plx_translit_skeleton (names[k]));
        for (guint i = 0; i < nodes->len; i++)
          {
            Node *node = &g_array_index (nodes, Node, i);
            gboolean hit = g_hash_table_contains (wanted, node->full);

            for (guint k = 0; !hit && node->sp->aliases != NULL && k < node->sp->aliases->len; k++)
              {
                g_autofree char *skel = plx_translit_skeleton (g_ptr_array_index (node->sp->aliases, k));

                hit = g_hash_table_contains (wanted, skel);
              }
            if (!hit)
              continue;
            if (first < 0)
              first = (int)i;
            else
              uf_union (parent, (guint)first, i);
          }
      }

  /* Registry entries in order of first appearance. */
  root_index = g_new (int, MAX (nodes->len, 1));
  for (guint i = 0; i < nodes->len; i++)
    root_index[i] = -1;
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);
      guint root = uf_find (parent, i);
      PlxRegistrySpeaker *entry;
      PlxSpeakerRef ref = { node->article, node->speaker };

      if (root_index[root] < 0)
        {
          entry = g_new0 (PlxRegistrySpeaker, 1);
          entry->id = g_strdup_printf ("p%u", self->speakers->len + 1);
          entry->names = g_ptr_array_new_with_free_func (g_free);
          entry->titles = g_ptr_array_new_with_free_func (g_free);
          entry->members = g_array_new (FALSE, FALSE, sizeof (PlxSpeakerRef));
          root_index[root] = (int)self->speakers->len;
          g_ptr_array_add (self->speakers, entry);
        }
      entry = g_ptr_array_index (self->speakers, root_index[root]);
      g_array_append_val (entry->members, ref);
      add_unique_string (entry->names, node->sp->name);
      for (guint k = 0; node->sp->aliases != NULL && k < node->sp->aliases->len; k++)
        add_unique_string (entry->names, g_ptr_array_index (node->sp->aliases, k));
      for (guint k = 0; node->sp->titles != NULL && k < node->sp->titles->len; k++)
        add_unique_string (entry->titles, g_ptr_array_index (node->sp->titles, k));
      g_array_index ((GArray *)g_ptr_array_index (self->speaker_map, node->article), int, node->speaker) =
        root_index[root];

      /* Display name: the fullest proper name, Latin script preferred. */
      if (node->surname != NULL)
        {
          gboolean latin = !plx_translit_has_cyrillic (node->sp->name);
          gboolean have_latin = entry->name != NULL && !plx_translit_has_cyrillic (entry->name);
          if (entry->name == NULL ||
              (latin && !have_latin) ||
              (latin == have_latin && strlen (node->sp->name) > strlen (entry->name) &&
               strchr (node->sp->name, ' ') != NULL))
            {
              g_free (entry->name);
              entry->name = g_strdup (node->sp->name);
            }
        }
    }
  for (guint s = 0; s < self->speakers->len; s++)
    {
      PlxRegistrySpeaker *entry = g_ptr_array_index (self->speakers, s);

      if (entry->name == NULL && entry->names->len > 0)
        entry->name = g_strdup (g_ptr_array_index (entry->names, 0));
      else if (entry->name == NULL)
        entry->name = g_strdup ("");
    }

  for (guint i = 0; i < nodes->len; i++)
    node_clear (&g_array_index (nodes, Node, i));
}

int
plx_comparison_lookup_speaker (PlxComparison *self,
                               guint          article,
                               guint          speaker)
{
  GArray *map;

  g_return_val_if_fail (self != NULL, -1);

  if (article >= self->speaker_map->len)
    return -1;
  map = g_ptr_array_index (self->speaker_map, article);
  if (speaker >= map->len)
    return -1;
  return g_array_index (map, int, speaker);
}

/* ------------------------------------------------------------------------ */
/* Statements                                                               */

static void
statement_clear (gpointer data)
{
  Statement *st = data;

  g_clear_pointer (&st->owned_text, g_free);
  g_clear_pointer (&st->owned_cue, g_free);
  g_clear_pointer (&st->feature_text, g_free);
  g_clear_pointer (&st->same, g_array_unref);
  g_clear_pointer (&st->cross, g_array_unref);
  g_clear_pointer (&st->cog, g_array_unref);
}

/* Byte pointer of code point @offset in @text of @n_chars code points. */
static const char *
offset_pointer (const char *text,
                glong       n_chars,
                guint       offset)
{
  if ((glong)offset >= n_chars)
    return text + strlen (text);
  return g_utf8_offset_to_pointer (text, offset);
}

static char *
substring (const char *text,
           glong       n_chars,
           guint       start,
           guint       end)
{
  const char *from;
  const char *to;

  if (text == NULL || end <= start)
    return g_strdup ("");
  from = offset_pointer (text, n_chars, start);
  to = offset_pointer (from, n_chars - MIN ((glong)start, n_chars), end - start);
  return g_strndup (from, to - from);
}

static int
map_speaker (PlxComparison *self,
             guint          article,
             int            speaker)
{
  if (speaker < 0)
    return -1;
  return plx_comparison_lookup_speaker (self, article, (guint)speaker);
}

static const char *
cue_class (Ctx        *ctx,
           const char *language,
           const char *lemma)
{
  g_autofree char *down = NULL;
  g_autofree char *key = NULL;
  const char *found;

  if (lemma == NULL || *lemma == '\0')
    return NULL;
  down = g_utf8_strdown (lemma, -1);
  key = lang_key (language, down);
  found = g_hash_table_lookup (ctx->lex->cue_classes, key);
  if (found == NULL)
    {
      g_autofree char *stem = stem_word (down);
      g_autofree char *stem_key = lang_key (language, stem);

      found = g_hash_table_lookup (ctx->lex->cue_classes, stem_key);
    }
  return found;
}

/* Which quote of @analysis overlaps [start, end), or -1. Quotes are in text
 * order; a binary search finds the first that could. */
static int
overlapping_quote (PlxAnalysis *analysis,
                   guint        start,
                   guint        end)
{
  GPtrArray *quotes = analysis->quotes;
  guint lo = 0, hi;

  if (quotes == NULL)
    return -1;
  hi = quotes->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      PlxQuote *q = g_ptr_array_index (quotes, mid);

      if (q->end <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  /* Quotes may nest; look at a few around. */
  for (guint k = lo > 2 ? lo - 2 : 0; k < quotes->len && k < lo + 3; k++)
    {
      PlxQuote *q = g_ptr_array_index (quotes, k);

      if (q->start < end && start < q->end)
        {
          guint ov = MIN (q->end, end) - MAX (q->start, start);

          /* The claim is (mostly) this quote. */
          if (ov * 2 >= MIN (q->end - q->start, end - start))
            return (int)k;
        }
    }
  return -1;
}

/* ------------------------------------------------------------------------ */
/* Layout: headline, lead, later                                            */

typedef struct
{
  guint headline_end;   /* 0 when the text has no headline paragraph */
  guint lead_end;
} Layout;

static Layout
compute_layout (const char *text)
{
  Layout layout = { 0, 0 };
  guint starts[4], ends[4];
  guint n_par = 0;
  guint pos = 0;
  guint par_start = 0;
  guint par_end = 0;
  gunichar prev = 0;
  gboolean in_par = FALSE;
  guint lead;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return layout;

  /* The first four paragraphs (separated by a blank line). */
  for (const char *p = text; ; p = g_utf8_next_char (p), pos++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || (c == '\n' && prev == '\n'))
        {
          if (in_par)
            {
              starts[n_par] = par_start;
              ends[n_par] = par_end;
              n_par++;
            }
          in_par = FALSE;
          if (c == 0 || n_par >= 4)
            break;
        }
      else if (!g_unichar_isspace (c))
        {
          if (!in_par)
            {
              in_par = TRUE;
              par_start = pos;
            }
          par_end = pos + 1;
        }
      prev = c;
    }

  if (n_par == 0)
    return layout;

  /* A headline: a short first paragraph without a final period, followed
   * by more text. */
  lead = 0;
  if (n_par >= 2 && ends[0] - starts[0] < 200)
    {
      const char *from = g_utf8_offset_to_pointer (text, starts[0]);
      const char *to = g_utf8_offset_to_pointer (text, ends[0]);
      const char *q = to;
      gunichar end_char = 0;

      while (q > from)
        {
          q = g_utf8_prev_char (q);
          end_char = g_utf8_get_char (q);
          if (!g_unichar_isspace (end_char))
            break;
        }
      if (end_char != '.')
        {
          layout.headline_end = ends[0];
          lead = 1;
        }
    }
  layout.lead_end = ends[lead];
  /* A dateline or byline paragraph is not the lead on its own. */
  if (ends[lead] - starts[lead] < 80 && lead + 1 < n_par)
    layout.lead_end = ends[lead + 1];
  return layout;
}

static PlxPosition
layout_position (const Layout *layout,
                 guint         start)
{
  if (start < layout->headline_end)
    return PLX_POSITION_HEADLINE;
  if (start < layout->lead_end)
    return PLX_POSITION_LEAD;
  return PLX_POSITION_LATER;
}

/* "Zaitsev said Lithuania was responsible for the crisis and accused
 * Vilnius of breaking the agreement": one reported quote of two
 * statements. A reported statement of statements[first..] that continues
 * with "and" (и) and an attribution verb is cut in two there; the second
 * part keeps the speaker and takes the verb as its cue. Both parts need
 * three words at least. */
static void
split_coordinated (Ctx        *ctx,
                   const char *language,
                   GArray     *statements,
                   guint       first)
{
  guint end_of_article = statements->len;

  for (guint k = first; k < end_of_article; k++)
    {
      Statement *st = &g_array_index (statements, Statement, k);
      const char *text = st->text;
      const char *p;
      guint pos = 0, n_words = 0;
      const char *cut = NULL, *rest = NULL;
      guint cut_pos = 0, rest_pos = 0;
      const char *klass = NULL;
      g_autofree char *cue = NULL;
      gboolean consistent;

      if (st->kind != PLX_QUOTE_REPORTED || st->quote < 0 || text == NULL ||
          !g_utf8_validate (text, -1, NULL))
        continue;
      consistent = st->end > st->start && st->end - st->start == (guint)g_utf8_strlen (text, -1);

      for (p = text; *p != '\0' && cut == NULL; )
        {
          gunichar c = g_utf8_get_char (p);
          const char *w;
          guint wlen = 0;

          if (!g_unichar_isalpha (c))
            {
              p = g_utf8_next_char (p);
              pos++;
              continue;
            }
          for (w = p; *w != '\0' && g_unichar_isalpha (g_utf8_get_char (w)); w = g_utf8_next_char (w))
            wlen++;
          n_words++;
          if (n_words > 3 && ((w - p == 3 && g_ascii_strncasecmp (p, "and", 3) == 0) ||
                              (w - p == 2 && strncmp (p, "и", 2) == 0)))
            {
              /* the next word: an attribution verb? */
              const char *v = w;
              guint vpos = pos + wlen;

              while (*v != '\0' && !g_unichar_isalpha (g_utf8_get_char (v)))
                {
                  v = g_utf8_next_char (v);
                  vpos++;
                }
              if (*v != '\0')
                {
                  const char *ve = v;
                  g_autofree char *verb = NULL;
                  g_autofree char *down = NULL;

                  while (*ve != '\0' && g_unichar_isalpha (g_utf8_get_char (ve)))
                    ve = g_utf8_next_char (ve);
                  verb = g_strndup (v, ve - v);
                  down = g_utf8_strdown (verb, -1);
                  klass = cue_class (ctx, language, down);
                  if (klass != NULL)
                    {
                      cut = p;
                      cut_pos = pos;
                      rest = v;
                      rest_pos = vpos;
                      cue = g_steal_pointer (&verb);
                    }
                }
            }
          p = w;
          pos += wlen;
        }
      if (G_UNLIKELY (debug_scores))
        g_printerr ("plx-compare: split? %s → %s\n", text, cut != NULL ? rest : "(no)");
      if (cut == NULL)
        continue;

      {
        /* words after the cut */
        guint after = 0;

        for (const char *q = rest; *q != '\0'; )
          {
            if (g_unichar_isalpha (g_utf8_get_char (q)))
              {
                after++;
                while (*q != '\0' && g_unichar_isalpha (g_utf8_get_char (q)))
                  q = g_utf8_next_char (q);
              }
            else
              q = g_utf8_next_char (q);
          }
        if (after < 3)
          continue;
      }

      {
        Statement second = *st;
        g_autofree char *head = g_strndup (text, cut - text);

        g_strchomp (head);
        if (g_str_has_suffix (head, ","))
          head[strlen (head) - 1] = '\0';
        g_strchomp (head);

        second.owned_text = g_strdup (rest);
        second.text = second.owned_text;
        second.owned_cue = g_steal_pointer (&cue);
        second.cue_text = second.owned_cue;
        second.cue_lemma = klass;
        second.cue_class = klass;
        second.feature_text = NULL;
        second.same = second.cross = second.cog = NULL;
        second.start = consistent ? st->start + rest_pos : st->start;
        second.end = st->end;

        st = &g_array_index (statements, Statement, k);
        g_free (st->owned_text);
        st->owned_text = g_steal_pointer (&head);
        st->text = st->owned_text;
        if (consistent)
          st->end = st->start + (guint)g_utf8_strlen (st->text, -1);
        (void)cut_pos;
        g_array_append_val (statements, second);
      }
    }
}

/* Does [start, end) overlap a statement of statements[first..]? */
static gboolean
overlaps_statement (GArray *statements,
                    guint   first,
                    guint   start,
                    guint   end)
{
  for (guint k = first; k < statements->len; k++)
    {
      Statement *st = &g_array_index (statements, Statement, k);

      if (st->start < end && start < st->end)
        return TRUE;
    }
  return FALSE;
}

/* Words (letter runs) in code points [from, to) of @sentence, which starts
 * at code point @start. */
static guint
count_words (const char *sentence,
             guint       start,
             guint       from,
             guint       to)
{
  const char *p;
  guint n = 0;
  gboolean in_word = FALSE;

  if (to <= from)
    return 0;
  p = g_utf8_offset_to_pointer (sentence, from - start);
  for (guint pos = from; pos < to && *p != '\0'; pos++, p = g_utf8_next_char (p))
    {
      gboolean alpha = g_unichar_isalnum (g_utf8_get_char (p));

      if (alpha && !in_word)
        n++;
      in_word = alpha;
    }
  return n;
}

#define MAX_CUE_GAP 3

/* One sentence [start, end) at @from (bytes up to @to): a reported
 * statement when an attribution verb stands next to a speaker's mention
 * (at most MAX_CUE_GAP words between: "Judge Marat Galiev said …",
 * "…, сообщила адвокат Ирина Соболева"). */
static void
consider_sentence (PlxComparison *self,
                   Ctx           *ctx,
                   guint          article,
                   const char    *language,
                   const char    *from,
                   const char    *to,
                   guint          start,
                   guint          end,
                   GArray        *statements,
                   guint          first)
{
  PlxAnalysis *analysis = g_ptr_array_index (self->analyses, article);
  int speaker = -1;
  guint best_gap = G_MAXUINT;
  const char *klass = NULL;
  g_autofree char *cue = NULL;
  g_autoptr(GString) features = NULL;
  g_autoptr(GArray) mentions = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  g_autoptr(GArray) owners = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *p;
  guint pos;
  Statement st = { 0 };

  if (end - start < 20 || analysis->speakers == NULL ||
      overlaps_statement (statements, first, start, end))
    return;

  /* Mentions inside the sentence. */
  for (guint s = 0; s < analysis->speakers->len; s++)
    {
      PlxSpeaker *sp = g_ptr_array_index (analysis->speakers, s);

      if (sp == NULL || sp->is_byline || sp->mentions == NULL)
        continue;
      for (guint m = 0; m < sp->mentions->len; m++)
        {
          PlxSpan *span = &g_array_index (sp->mentions, PlxSpan, m);

          if (span->start >= start && span->end <= end && span->start < span->end)
            {
              g_array_append_val (mentions, *span);
              g_array_append_val (owners, s);
            }
        }
    }
  /* "He promised compensation …": a sentence that opens with a subject
   * pronoun speaks for the person named last before it. */
  if (mentions->len == 0)
    {
      const char *w = from;
      g_autofree char *first_word = NULL;
      g_autofree char *down = NULL;
      guint wlen = 0;
      PlxSpan last = { 0, 0 };
      guint last_owner = 0;
      gboolean found = FALSE;

      while (w < to && g_unichar_isalpha (g_utf8_get_char (w)))
        {
          w = g_utf8_next_char (w);
          wlen++;
        }
      first_word = g_strndup (from, w - from);
      down = g_utf8_strdown (first_word, -1);
      if (!g_str_equal (down, "he") && !g_str_equal (down, "she") &&
          !g_str_equal (down, "он") && !g_str_equal (down, "она"))
        return;
      for (guint s = 0; s < analysis->speakers->len; s++)
        {
          PlxSpeaker *sp = g_ptr_array_index (analysis->speakers, s);

          if (sp == NULL || sp->is_byline || sp->mentions == NULL)
            continue;
          for (guint m = 0; m < sp->mentions->len; m++)
            {
              PlxSpan *span = &g_array_index (sp->mentions, PlxSpan, m);

              if (span->end <= start && span->start < span->end && (!found || span->start > last.start))
                {
                  last = *span;
                  last_owner = s;
                  found = TRUE;
                }
            }
        }
      if (!found)
        return;
      /* the pronoun itself stands for the mention */
      last.start = start;
      last.end = start + wlen;
      g_array_append_val (mentions, last);
      g_array_append_val (owners, last_owner);
    }

  /* Attribution verbs next to a mention; the text without the names. */
  features = g_string_sized_new (to - from);
  for (p = from, pos = start; p < to; )
    {
      gunichar c = g_utf8_get_char (p);
      gboolean in_mention = FALSE;

      for (guint m = 0; m < mentions->len && !in_mention; m++)
        {
          PlxSpan *span = &g_array_index (mentions, PlxSpan, m);

          in_mention = pos >= span->start && pos < span->end;
        }
      if (g_unichar_isalpha (c) && !in_mention && (p == from || !g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p)))))
        {
          const char *w = p;
          guint wend = pos;
          g_autofree char *word = NULL;
          g_autofree char *down = NULL;
          const char *found;

          while (w < to && g_unichar_isalpha (g_utf8_get_char (w)))
            {
              w = g_utf8_next_char (w);
              wend++;
            }
          word = g_strndup (p, w - p);
          down = g_utf8_strdown (word, -1);
          found = cue_class (ctx, language, down);
          for (guint m = 0; found != NULL && m < mentions->len; m++)
            {
              PlxSpan *span = &g_array_index (mentions, PlxSpan, m);
              gboolean before = span->end <= pos;
              guint gap = before ? count_words (from, start, span->end, pos)
                                 : count_words (from, start, wend, span->start);

              /* A name after the verb is its subject only in an inverted
               * attribution after a comma or dash ("…, said Galiev");
               * otherwise it is the object ("said Zimin had …"). */
              if (!before)
                {
                  const char *q = p;
                  gunichar prev = 0;

                  while (q > from)
                    {
                      q = g_utf8_prev_char (q);
                      prev = g_utf8_get_char (q);
                      if (!g_unichar_isspace (prev))
                        break;
                    }
                  if (prev != ',' && prev != 0x2014 && prev != 0x2013 && prev != '-')
                    continue;
                  /* a subject before the verb wins a tie */
                  gap++;
                }
              if (gap <= MAX_CUE_GAP + 1 && gap < best_gap)
                {
                  best_gap = gap;
                  speaker = (int)g_array_index (owners, guint, m);
                  klass = found;
                  g_free (cue);
                  cue = g_strdup (word);
                }
            }
        }
      if (in_mention)
        g_string_append_c (features, ' ');
      else
        g_string_append_unichar (features, c);
      p = g_utf8_next_char (p);
      pos++;
    }
  if (klass == NULL || speaker < 0 || map_speaker (self, article, speaker) < 0)
    return;

  st.article = article;
  st.quote = -1;
  st.claim = -1;
  st.start = start;
  st.end = end;
  st.owned_text = g_strndup (from, to - from);
  st.text = st.owned_text;
  st.owned_cue = g_steal_pointer (&cue);
  st.cue_text = st.owned_cue;
  st.cue_lemma = klass;
  st.cue_class = klass;
  st.feature_text = g_string_free (g_steal_pointer (&features), FALSE);
  st.kind = PLX_QUOTE_REPORTED;
  st.speaker = map_speaker (self, article, speaker);
  st.language = language;
  g_array_append_val (statements, st);
}

static gboolean
is_sentence_end (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* Reported statements the analysis did not mark: sentences outside every
 * quote and claim that name a speaker and carry an attribution verb
 * ("Judge Galiev said Zimin had taken…", "…, сообщила адвокат Соболева").
 * The headline paragraph is skipped. */
static void
collect_sentences (PlxComparison *self,
                   Ctx           *ctx,
                   guint          article,
                   const char    *language,
                   const char    *text,
                   GArray        *statements,
                   guint          first)
{
  Layout layout;
  const char *p;
  const char *sentence = NULL;
  guint pos = 0;
  guint sentence_start = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;
  layout = compute_layout (text);

  for (p = text; ; p = g_utf8_next_char (p), pos++)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean end_here = FALSE;
      const char *end_ptr = p;
      guint end_pos = pos;

      if (c == 0 || c == '\n')
        end_here = TRUE;
      else if (is_sentence_end (p))
        {
          const char *q = g_utf8_next_char (p);
          guint qpos = pos + 1;

          /* closing quotes and brackets belong to the sentence */
          while (*q != '\0' && (g_unichar_ispunct (g_utf8_get_char (q)) && !g_unichar_isspace (g_utf8_get_char (q))))
            {
              q = g_utf8_next_char (q);
              qpos++;
            }
          if (*q == '\0' || g_unichar_isspace (g_utf8_get_char (q)))
            {
              const char *r = q;

              while (*r == ' ')
                r++;
              /* "Mr. Smith", "U.S. officials": no end after a short
               * capitalised word. */
              if (*r != '\0' && *r != '\n' && !g_unichar_isupper (g_utf8_get_char (r)) &&
                  !g_unichar_ispunct (g_utf8_get_char (r)))
                end_here = FALSE;
              else
                {
                  const char *w = p;
                  guint wlen = 0;

                  while (w > text && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (w))))
                    {
                      w = g_utf8_prev_char (w);
                      wlen++;
                    }
                  end_here = !(wlen > 0 && wlen <= 2 && g_unichar_isupper (g_utf8_get_char (w)));
                }
              if (end_here)
                {
                  end_ptr = q;
                  end_pos = qpos;
                }
            }
        }

      if (sentence == NULL && c != 0 && !g_unichar_isspace (c))
        {
          sentence = p;
          sentence_start = pos;
        }
      if (end_here && sentence != NULL && end_pos > sentence_start)
        {
          if (sentence_start >= layout.headline_end)
            consider_sentence (self, ctx, article, language, sentence, end_ptr,
                               sentence_start, end_pos, statements, first);
          sentence = NULL;
          /* continue after the sentence end */
          while (p < end_ptr && g_utf8_next_char (p) < end_ptr)
            {
              p = g_utf8_next_char (p);
              pos++;
            }
        }
      if (c == 0)
        break;
    }
}

static void
collect_statements (PlxComparison *self,
                    Ctx           *ctx,
                    GArray        *statements)
{
  for (guint a = 0; a < self->n_articles; a++)
    {
      PlxArticle *article = g_ptr_array_index (self->articles, a);
      PlxAnalysis *analysis = g_ptr_array_index (self->analyses, a);
      const char *language = analysis_language (article, analysis);
      const char *text = plx_article_get_text (article);
      glong n_chars = text != NULL ? g_utf8_strlen (text, -1) : 0;
      guint first = statements->len;
      guint n_quotes = analysis->quotes != NULL ? analysis->quotes->len : 0;

      for (guint q = 0; q < n_quotes; q++)
        {
          PlxQuote *quote = g_ptr_array_index (analysis->quotes, q);
          Statement st = { 0 };

          st.article = a;
          st.quote = (int)q;
          st.claim = -1;
          st.start = quote->start;
          st.end = quote->end;
          st.text = quote->text != NULL ? quote->text : "";
          st.kind = quote->kind;
          st.cue_text = quote->cue_text;
          st.cue_lemma = quote->cue_lemma;
          st.speaker = map_speaker (self, a, quote->speaker);
          st.language = language;
          g_array_append_val (statements, st);
        }

      for (guint c = 0; analysis->claims != NULL && c < analysis->claims->len; c++)
        {
          PlxClaim *claim = g_ptr_array_index (analysis->claims, c);
          int q = claim->quote;
          Statement st = { 0 };

          if (q < 0 || (guint)q >= n_quotes)
            q = overlapping_quote (analysis, claim->start, claim->end);
          if (q >= 0)
            {
              Statement *owner = &g_array_index (statements, Statement, first + (guint)q);

              if (owner->category == NULL)
                owner->category = claim->rule_id;
              if (owner->claim < 0)
                owner->claim = (int)c;
              continue;
            }

          st.article = a;
          st.quote = -1;
          st.claim = (int)c;
          st.start = claim->start;
          st.end = claim->end;
          st.owned_text = substring (text, n_chars, claim->start, claim->end);
          st.text = st.owned_text;
          st.kind = PLX_QUOTE_REPORTED;
          st.category = claim->rule_id;
          st.speaker = map_speaker (self, a, claim->speaker);
          st.language = language;
          g_array_append_val (statements, st);
        }

      split_coordinated (ctx, language, statements, first);
      collect_sentences (self, ctx, a, language, text, statements, first);

      for (guint k = first; k < statements->len; k++)
        {
          Statement *st = &g_array_index (statements, Statement, k);

          st->same = g_array_new (FALSE, FALSE, sizeof (guint));
          st->cross = g_array_new (FALSE, FALSE, sizeof (guint));
          st->cog = g_array_new (FALSE, FALSE, sizeof (guint));
          st->n_words = text_features (ctx, language, st->feature_text != NULL ? st->feature_text : st->text,
                                       st->same, st->cross, st->cog);
          if (st->cue_class == NULL)
            st->cue_class = cue_class (ctx, language, st->cue_lemma);
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Alignment                                                                */

typedef struct
{
  guint  a;
  guint  b;
  double score;
} Pair;



/* Summed weight and number of the ids common to @x and @y. */
static double
intersect_weight (GArray      *x,
                  GArray      *y,
                  const float *weights,
                  guint       *count)
{
  guint i = 0, j = 0;
  double w = 0;

  *count = 0;
  while (i < x->len && j < y->len)
    {
      guint p = g_array_index (x, guint, i);
      guint q = g_array_index (y, guint, j);

      if (p == q)
        {
          w += weights != NULL ? weights[p] : 1.0;
          (*count)++;
          i++;
          j++;
        }
      else if (p < q)
        i++;
      else
        j++;
    }
  return w;
}

static double
bag_weight (GArray      *bag,
            const float *weights)
{
  double w = 0;

  for (guint i = 0; i < bag->len; i++)
    w += weights != NULL ? weights[g_array_index (bag, guint, i)] : 1.0;
  return w;
}

/* Similarity of two statements of one speaker in different articles, and
 * the threshold it must reach. Features are weighted by rarity in the
 * session (idf), so the words every statement of an event shares ("Syria",
 * "election") count less than the ones that make a statement. */
static double
compare_pair (const Statement *a,
              const Statement *b,
              double          *threshold)
{
  gboolean same_language = a->language == b->language;
  GArray *x = same_language ? a->same : a->cross;
  GArray *y = same_language ? b->same : b->cross;
  guint overlap;
  double containment, jaccard, score;

  *threshold = same_language ? THRESHOLD_SAME_LANGUAGE : THRESHOLD_CROSS_LANGUAGE;
  if (a->speaker < 0 || b->speaker < 0)
    *threshold = THRESHOLD_NO_SPEAKER;
  else if (a->speaker != b->speaker)
    {
      *threshold = THRESHOLD_OTHER_SPEAKER;
      if (MIN (x->len, y->len) < MIN_FEATURES_OTHER_SPEAKER)
        return 0.0;
    }

  {
    double wx = same_language ? a->w_same : a->w_cross;
    double wy = same_language ? b->w_same : b->w_cross;
    double w_overlap = intersect_weight (x, y, a->weights, &overlap);
    double w_min = MIN (wx, wy);
    double w_union = wx + wy - w_overlap;

    if (!same_language)
      {
        /* matched cognates count on both sides, unmatched ones not at all */
        guint cognates;
        double w_cognates = intersect_weight (a->cog, b->cog, a->weights, &cognates);

        overlap += cognates;
        w_overlap += w_cognates;
        w_min += w_cognates;
        w_union += w_cognates;
      }
    if (overlap == 0 || w_min <= 0)
      return 0.0;
    containment = MIN (w_overlap / w_min, 1.0);
    jaccard = w_overlap / w_union;
    score = 0.6 * containment + 0.4 * jaccard;
  }

  /* One shared word proves little unless both are that short. */
  if (overlap == 1 && MAX (x->len, y->len) > 2)
    score *= 0.5;
  else if (overlap == 1)
    score *= 0.8;

  if (a->cue_class != NULL && a->cue_class == b->cue_class)
    score += 0.05;
  if (a->category != NULL && b->category != NULL)
    score += g_str_equal (a->category, b->category) ? 0.15 : -0.2;

  return score;
}

static int
pair_compare (gconstpointer pa,
              gconstpointer pb)
{
  const Pair *a = pa;
  const Pair *b = pb;

  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  if (a->a != b->a)
    return a->a < b->a ? -1 : 1;
  return a->b < b->b ? -1 : (a->b > b->b);
}

static void
score_into (GArray *statements,
            guint   i,
            guint   j,
            GArray *pairs)
{
  const Statement *a = &g_array_index (statements, Statement, i);
  const Statement *b = &g_array_index (statements, Statement, j);
  double threshold;
  double score;

  if (a->article == b->article || a->pinned || b->pinned)
    return;
  score = compare_pair (a, b, &threshold);
  if (G_UNLIKELY (debug_scores) && score > 0.1)
    g_printerr ("plx-compare: %.2f (%.2f) [%u/%u %u/%u] %u:%s | %u:%s\n", score, threshold,
                a->same->len, a->cross->len, b->same->len, b->cross->len,
                a->article, a->text, b->article, b->text);
  if (score >= threshold)
    {
      Pair pair = { MIN (i, j), MAX (i, j), score };

      g_array_append_val (pairs, pair);
    }
}

/* The posting lists of @st's RAREST_FEATURES rarest features in @index,
 * shortest first, into @out; returns how many. */
static guint
rarest_lists (GHashTable      *index,
              const Statement *st,
              GArray         **out)
{
  guint n = 0;

  for (guint pass = 0; pass < 3; pass++)
    {
      GArray *bag = pass == 0 ? st->same : pass == 1 ? st->cross : st->cog;

      for (guint f = 0; f < bag->len; f++)
        {
          GArray *list = g_hash_table_lookup (index, GUINT_TO_POINTER (g_array_index (bag, guint, f)));
          gboolean seen = FALSE;
          guint at;

          if (list == NULL || list->len > MAX_POSTINGS)
            continue;
          for (guint k = 0; k < n && !seen; k++)
            seen = out[k] == list;
          if (seen)
            continue;
          if (n == RAREST_FEATURES && list->len >= out[n - 1]->len)
            continue;
          if (n < RAREST_FEATURES)
            n++;
          at = n - 1;
          while (at > 0 && out[at - 1]->len > list->len)
            {
              out[at] = out[at - 1];
              at--;
            }
          out[at] = list;
        }
    }
  return n;
}

/* Candidate pairs within one speaker group (statement indices @group). */
static void
pairs_in_group (GArray *statements,
                GArray *group,
                GArray *pairs,
                guint  *stamp)
{
  g_autoptr(GHashTable) index = NULL;

  if (group->len < 2)
    return;

  if (group->len <= 48)
    {
      for (guint x = 0; x < group->len; x++)
        for (guint y = x + 1; y < group->len; y++)
          score_into (statements, g_array_index (group, guint, x), g_array_index (group, guint, y), pairs);
      return;
    }

  /* Inverted index: feature → positions in @group. */
  index = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)g_array_unref);
  for (guint x = 0; x < group->len; x++)
    {
      Statement *st = &g_array_index (statements, Statement, g_array_index (group, guint, x));

      for (guint pass = 0; pass < 3; pass++)
        {
          GArray *bag = pass == 0 ? st->same : pass == 1 ? st->cross : st->cog;

          for (guint f = 0; f < bag->len; f++)
            {
              gpointer key = GUINT_TO_POINTER (g_array_index (bag, guint, f));
              GArray *list = g_hash_table_lookup (index, key);

              if (list == NULL)
                {
                  list = g_array_new (FALSE, FALSE, sizeof (guint));
                  g_hash_table_insert (index, key, list);
                }
              if (list->len == 0 || g_array_index (list, guint, list->len - 1) != x)
                g_array_append_val (list, x);
            }
        }
    }

  for (guint x = 0; x < group->len; x++)
    {
      guint i = g_array_index (group, guint, x);
      Statement *st = &g_array_index (statements, Statement, i);
      GArray *lists[RAREST_FEATURES];
      guint n_lists = rarest_lists (index, st, lists);

      for (guint l = 0; l < n_lists; l++)
        for (guint k = 0; k < lists[l]->len; k++)
          {
            guint y = g_array_index (lists[l], guint, k);
            guint j;

            if (y <= x)
              continue;
            j = g_array_index (group, guint, y);
            if (stamp[j] == i + 1)
              continue;
            stamp[j] = i + 1;
            score_into (statements, i, j, pairs);
          }
    }
}

/* Pairs across speakers: a statement without a speaker may be anyone's,
 * and the analysis may have given a quote to the wrong person, so every
 * statement of @subset meets the statements of other (or no) speakers too;
 * the threshold is high then (see compare_pair ()). Directly when that is
 * cheap, else through an inverted index of all statements. */
static gboolean
same_known_speaker (GArray *statements,
                    guint   i,
                    guint   j)
{
  int a = g_array_index (statements, Statement, i).speaker;
  int b = g_array_index (statements, Statement, j).speaker;

  return a >= 0 && a == b;
}

static void
pairs_across (GArray *statements,
              GArray *unknown,
              gboolean all,
              GArray *pairs,
              guint  *stamp)
{
  guint n = statements->len;
  g_autoptr(GHashTable) index = NULL;
  g_autofree guint *hits = NULL;

  if (unknown->len == 0)
    return;

  if ((guint64)unknown->len * n <= 250000)
    {
      for (guint x = 0; x < unknown->len; x++)
        {
          guint i = g_array_index (unknown, guint, x);

          for (guint j = 0; j < n; j++)
            {
              /* each pair once; same-speaker pairs come from the groups */
              if (j == i || same_known_speaker (statements, i, j) ||
                  ((all || g_array_index (statements, Statement, j).speaker < 0) && j < i))
                continue;
              score_into (statements, i, j, pairs);
            }
        }
      return;
    }

  hits = g_new0 (guint, MAX (n, 1));
  index = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)g_array_unref);
  for (guint j = 0; j < n; j++)
    {
      Statement *st = &g_array_index (statements, Statement, j);

      for (guint pass = 0; pass < 3; pass++)
        {
          GArray *bag = pass == 0 ? st->same : pass == 1 ? st->cross : st->cog;

          for (guint f = 0; f < bag->len; f++)
            {
              gpointer key = GUINT_TO_POINTER (g_array_index (bag, guint, f));
              GArray *list = g_hash_table_lookup (index, key);

              if (list == NULL)
                {
                  list = g_array_new (FALSE, FALSE, sizeof (guint));
                  g_hash_table_insert (index, key, list);
                }
              if (list->len == 0 || g_array_index (list, guint, list->len - 1) != j)
                g_array_append_val (list, j);
            }
        }
    }

  for (guint x = 0; x < unknown->len; x++)
    {
      guint i = g_array_index (unknown, guint, x);
      Statement *st = &g_array_index (statements, Statement, i);
      GArray *lists[RAREST_FEATURES];
      guint n_lists = rarest_lists (index, st, lists);
      guint need = n_lists >= 3 ? 2 : 1;

      for (guint l = 0; l < n_lists; l++)
        for (guint k = 0; k < lists[l]->len; k++)
          {
            guint j = g_array_index (lists[l], guint, k);

            if (j == i)
              continue;
            /* Only near-identical statements can pass the thresholds
             * across speakers: a candidate must share two of the three
             * rarest features. */
            if (stamp[j] != i + 1)
              {
                stamp[j] = i + 1;
                hits[j] = 0;
              }
            if (++hits[j] != need || same_known_speaker (statements, i, j) ||
                ((all || g_array_index (statements, Statement, j).speaker < 0) && j < i))
              continue;
            score_into (statements, i, j, pairs);
          }
    }
}

/* Mean similarity of statement @x to the members of @cluster that are not
 * from @x's article. */
static double
mean_link (GArray *statements,
           guint   x,
           GArray *cluster)
{
  const Statement *sx = &g_array_index (statements, Statement, x);
  double sum = 0;
  guint n = 0;

  for (guint k = 0; k < cluster->len; k++)
    {
      guint y = g_array_index (cluster, guint, k);
      const Statement *sy = &g_array_index (statements, Statement, y);
      double threshold;

      if (sy->article == sx->article)
        continue;
      sum += compare_pair (sx, sy, &threshold);
      n++;
    }
  return n > 0 ? sum / n : 0;
}

/* At most this many articles may collide when two clusters are joined;
 * more means two different statements carried by the same articles. */
#define MAX_COLLISIONS 1

/* Greedy best-first joining; returns a label per statement. A cluster
 * never holds two statements of one article: when a join would make it so,
 * the statement that fits the joined cluster better stays and the other
 * leaves on its own. */
static guint *
align (GArray       *statements,
       guint         n_speakers,
       guint        *n_labels,
       GCancellable *cancellable)
{
  guint n = statements->len;
  guint *label = g_new (guint, MAX (n, 1));
  g_autofree guint *stamp = g_new0 (guint, MAX (n, 1));
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr(GPtrArray) members = g_ptr_array_new_full (n, (GDestroyNotify)g_array_unref);
  g_autoptr(GHashTable) by_article = g_hash_table_new (g_direct_hash, g_direct_equal);

  /* Group n_speakers: the statements without a speaker. */
  for (guint s = 0; s <= n_speakers; s++)
    g_ptr_array_add (groups, g_array_new (FALSE, FALSE, sizeof (guint)));
  for (guint i = 0; i < n; i++)
    {
      Statement *st = &g_array_index (statements, Statement, i);
      guint g = st->speaker >= 0 ? (guint)st->speaker : n_speakers;

      g_array_append_val ((GArray *)g_ptr_array_index (groups, g), i);
    }

  for (guint g = 0; g < n_speakers; g++)
    {
      if (g % 64 == 0 && g_cancellable_is_cancelled (cancellable))
        break;
      pairs_in_group (statements, g_ptr_array_index (groups, g), pairs, stamp);
    }
  memset (stamp, 0, sizeof (guint) * MAX (n, 1));
  {
    g_autoptr(GArray) everyone = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

    for (guint i = 0; i < n; i++)
      g_array_append_val (everyone, i);
    pairs_across (statements, everyone, TRUE, pairs, stamp);
  }

  g_array_sort (pairs, pair_compare);

  for (guint i = 0; i < n; i++)
    {
      GArray *cluster = g_array_sized_new (FALSE, FALSE, sizeof (guint), 1);

      g_array_append_val (cluster, i);
      g_ptr_array_add (members, cluster);
      label[i] = i;
    }

  for (guint k = 0; k < pairs->len; k++)
    {
      Pair *pair = &g_array_index (pairs, Pair, k);
      guint la = label[pair->a];
      guint lb = label[pair->b];
      GArray *small, *large;
      guint l_small, l_large;
      guint n_collisions = 0;
      guint coll_small[MAX_COLLISIONS] = { 0 }, coll_large[MAX_COLLISIONS] = { 0 };
      gboolean too_many = FALSE;

      if (la == lb)
        continue;
      if (((GArray *)g_ptr_array_index (members, la))->len <= ((GArray *)g_ptr_array_index (members, lb))->len)
        l_small = la, l_large = lb;
      else
        l_small = lb, l_large = la;
      small = g_ptr_array_index (members, l_small);
      large = g_ptr_array_index (members, l_large);

      g_hash_table_remove_all (by_article);
      for (guint m = 0; m < large->len; m++)
        {
          guint x = g_array_index (large, guint, m);

          g_hash_table_insert (by_article,
                               GUINT_TO_POINTER (g_array_index (statements, Statement, x).article + 1),
                               GUINT_TO_POINTER (x + 1));
        }
      for (guint m = 0; m < small->len && !too_many; m++)
        {
          guint x = g_array_index (small, guint, m);
          gpointer other = g_hash_table_lookup (by_article,
                                                GUINT_TO_POINTER (g_array_index (statements, Statement, x).article + 1));

          if (other == NULL)
            continue;
          if (n_collisions == MAX_COLLISIONS || x == pair->a || x == pair->b ||
              GPOINTER_TO_UINT (other) - 1 == pair->a || GPOINTER_TO_UINT (other) - 1 == pair->b)
            too_many = TRUE;
          else
            {
              coll_small[n_collisions] = x;
              coll_large[n_collisions] = GPOINTER_TO_UINT (other) - 1;
              n_collisions++;
            }
        }
      /* Only join with collisions when each side keeps something of its
       * own, so the join adds coverage rather than swapping statements. */
      if (too_many || (n_collisions > 0 && small->len <= n_collisions))
        continue;

      /* Settle each collision: the better-fitting statement stays. */
      for (guint c = 0; c < n_collisions; c++)
        {
          double fit_small = mean_link (statements, coll_small[c], large);
          double fit_large = mean_link (statements, coll_large[c], small);
          guint loser = fit_small > fit_large ? coll_large[c] : coll_small[c];
          GArray *from = fit_small > fit_large ? large : small;
          GArray *alone;

          for (guint m = 0; m < from->len; m++)
            if (g_array_index (from, guint, m) == loser)
              {
                g_array_remove_index_fast (from, m);
                break;
              }
          alone = g_array_sized_new (FALSE, FALSE, sizeof (guint), 1);
          g_array_append_val (alone, loser);
          label[loser] = members->len;
          g_ptr_array_add (members, alone);
        }

      for (guint m = 0; m < small->len; m++)
        {
          guint x = g_array_index (small, guint, m);

          label[x] = l_large;
          g_array_append_val (large, x);
        }
      g_array_set_size (small, 0);
    }

  *n_labels = members->len;
  return label;
}

/* ------------------------------------------------------------------------ */
/* Manual statement edits                                                   */

static gboolean
article_matches (PlxArticle *article,
                 const char *name)
{
  const char *source = plx_article_get_source (article);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (source == NULL)
    return FALSE;
  if (g_str_equal (source, name))
    return TRUE;
  a = g_path_get_basename (source);
  b = g_path_get_basename (name);
  return g_str_equal (a, b);
}

static int
find_statement (PlxComparison         *self,
                GArray                *statements,
                const PlxStatementRef *ref)
{
  int contains = -1;
  int contained = -1;

  for (guint i = 0; i < statements->len; i++)
    {
      Statement *st = &g_array_index (statements, Statement, i);

      if (!article_matches (g_ptr_array_index (self->articles, st->article), ref->article))
        continue;
      if (g_str_equal (st->text, ref->text))
        return (int)i;
      if (*ref->text != '\0' && strstr (st->text, ref->text) != NULL &&
          (contains < 0 || strlen (st->text) > strlen (g_array_index (statements, Statement, contains).text)))
        contains = (int)i;
      if (contained < 0 && *st->text != '\0' && strstr (ref->text, st->text) != NULL)
        contained = (int)i;
    }
  return contains >= 0 ? contains : contained;
}

static void
apply_statement_merges (PlxComparison         *self,
                        GArray                *statements,
                        guint                 *labels,
                        const PlxCompareEdits *edits,
                        guint                 *fresh,
                        GHashTable            *edited)
{
  if (edits == NULL)
    return;

  for (guint e = 0; e + 1 < edits->cluster_merges->len; e += 2)
    {
      int a = find_statement (self, statements, &g_array_index (edits->cluster_merges, PlxStatementRef, e));
      int b = find_statement (self, statements, &g_array_index (edits->cluster_merges, PlxStatementRef, e + 1));
      guint target, source;
      guint article_b;

      if (a < 0 || b < 0 || labels[a] == labels[b])
        continue;
      target = labels[a];
      source = labels[b];
      article_b = g_array_index (statements, Statement, b).article;

      /* b joins; whatever a's cluster had from b's article leaves. */
      for (guint k = 0; k < statements->len; k++)
        if (labels[k] == target && g_array_index (statements, Statement, k).article == article_b)
          labels[k] = (*fresh)++;
      labels[b] = target;

      /* The rest of b's cluster follows where it does not collide. */
      for (guint k = 0; k < statements->len; k++)
        {
          guint article_k;
          gboolean collides = FALSE;

          if (labels[k] != source)
            continue;
          article_k = g_array_index (statements, Statement, k).article;
          for (guint m = 0; m < statements->len && !collides; m++)
            collides = labels[m] == target && g_array_index (statements, Statement, m).article == article_k;
          labels[k] = collides ? (*fresh)++ : target;
        }
      g_hash_table_add (edited, GUINT_TO_POINTER (target + 1));
    }
}

/* ------------------------------------------------------------------------ */
/* Clusters                                                                 */

static gboolean
is_direct (PlxQuoteKind kind)
{
  return kind != PLX_QUOTE_REPORTED;
}

/* The words of @text as interned ids (lower-cased, ё → е, apostrophes
 * folded, ellipses and punctuation dropped): the same words as
 * plx_word_tokenize() sees, cheaper. */
static GArray *
word_ids (const char *text,
          GHashTable *interned,
          GString    *scratch)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *p = text;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return ids;
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      gpointer value;
      guint id;

      if (!g_unichar_isalnum (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      g_string_truncate (scratch, 0);
      while (*p != '\0')
        {
          gunichar d = g_utf8_get_char (p);
          const char *next = g_utf8_next_char (p);

          if (g_unichar_isalnum (d) || g_unichar_ismark (d))
            {
              d = g_unichar_tolower (d);
              g_string_append_unichar (scratch, d == 0x0451 ? 0x0435 : d);
              p = next;
              continue;
            }
          if ((d == '\'' || d == 0x2019 || d == 0x02BC || d == '-' || d == 0x2010 || d == 0x2011) &&
              *next != '\0' && g_unichar_isalnum (g_utf8_get_char (next)))
            {
              g_string_append_c (scratch, (d == '-' || d == 0x2010 || d == 0x2011) ? '-' : '\'');
              p = next;
              continue;
            }
          break;
        }
      if (g_hash_table_lookup_extended (interned, scratch->str, NULL, &value))
        id = GPOINTER_TO_UINT (value);
      else
        {
          id = g_hash_table_size (interned) + 1;
          g_hash_table_insert (interned, g_strdup (scratch->str), GUINT_TO_POINTER (id));
        }
      g_array_append_val (ids, id);
    }
  return ids;
}

/* Length of the longest common subsequence of two id arrays; above a
 * million cells, the common ids counted without order (an upper bound). */
static guint
lcs_length (GArray *x,
            GArray *y)
{
  guint n = x->len, m = y->len;
  g_autofree guint *prev = NULL;
  g_autofree guint *cur = NULL;

  if (n == 0 || m == 0)
    return 0;
  if ((guint64)n * m > 1000000)
    {
      guint common = 0;
      g_autoptr(GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);

      for (guint i = 0; i < n; i++)
        {
          gpointer key = GUINT_TO_POINTER (g_array_index (x, guint, i));

          g_hash_table_insert (counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
        }
      for (guint j = 0; j < m; j++)
        {
          gpointer key = GUINT_TO_POINTER (g_array_index (y, guint, j));
          guint left = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

          if (left > 0)
            {
              common++;
              g_hash_table_insert (counts, key, GUINT_TO_POINTER (left - 1));
            }
        }
      return common;
    }

  prev = g_new0 (guint, m + 1);
  cur = g_new0 (guint, m + 1);
  for (guint i = 1; i <= n; i++)
    {
      guint xi = g_array_index (x, guint, i - 1);

      cur[0] = 0;
      for (guint j = 1; j <= m; j++)
        {
          if (xi == g_array_index (y, guint, j - 1))
            cur[j] = prev[j - 1] + 1;
          else
            cur[j] = MAX (prev[j], cur[j - 1]);
        }
      {
        guint *tmp = prev;

        prev = cur;
        cur = tmp;
      }
    }
  return prev[m];
}

/* Fraction of @part's words found in @whole in order: 1.0 when @part is
 * a verbatim excerpt of @whole. */
static double
containment (GArray *whole,
             GArray *part)
{
  if (part->len == 0)
    return 0.0;
  return (double)lcs_length (whole, part) / part->len;
}

#define VERBATIM 0.9

/* The reference rendering: the direct wording that contains the most other
 * direct renderings (verbatim or excerpted), then the most often repeated,
 * then the longest; the longest rendering when none is direct. Containment
 * is only measured in clusters of up to MAX_MEDOID direct renderings. */
#define MAX_MEDOID 12

static guint
choose_reference (PlxCluster *cluster,
                  GPtrArray  *ids)
{
  guint n = cluster->renderings->len;
  g_autofree double *contains = g_new0 (double, n + 1);
  g_autofree guint *same = g_new0 (guint, n + 1);
  guint n_direct = 0;
  int best = -1;

  for (guint r = 0; r < n; r++)
    if (is_direct (((PlxRendering *)g_ptr_array_index (cluster->renderings, r))->kind))
      n_direct++;

  if (n_direct <= MAX_MEDOID)
    for (guint r = 0; r < n; r++)
      {
        PlxRendering *a = g_ptr_array_index (cluster->renderings, r);
        GArray *ia = g_ptr_array_index (ids, r);

        if (!is_direct (a->kind))
          continue;
        for (guint k = 0; k < n; k++)
          {
            PlxRendering *b = g_ptr_array_index (cluster->renderings, k);
            GArray *ib = g_ptr_array_index (ids, k);
            guint lcs;

            if (k == r || !is_direct (b->kind) || ib->len == 0)
              continue;
            lcs = lcs_length (ia, ib);
            if ((double)lcs / ib->len >= VERBATIM)
              contains[r] += 1.0;
            if (lcs == ia->len && lcs == ib->len)
              same[r]++;
          }
      }

  for (guint r = 0; r < n; r++)
    {
      PlxRendering *rendering = g_ptr_array_index (cluster->renderings, r);
      PlxRendering *champion;
      gboolean better;

      if (best < 0)
        {
          best = (int)r;
          continue;
        }
      champion = g_ptr_array_index (cluster->renderings, best);
      if (is_direct (rendering->kind) != is_direct (champion->kind))
        better = is_direct (rendering->kind);
      else if (contains[r] != contains[best])
        better = contains[r] > contains[best];
      else if (same[r] != same[best])
        better = same[r] > same[best];
      else
        better = ((GArray *)g_ptr_array_index (ids, r))->len > ((GArray *)g_ptr_array_index (ids, best))->len;
      if (better)
        best = (int)r;
    }
  return best < 0 ? 0 : (guint)best;
}

static int
cluster_order (gconstpointer pa,
               gconstpointer pb)
{
  const PlxCluster *a = *(PlxCluster * const *)pa;
  const PlxCluster *b = *(PlxCluster * const *)pb;
  const PlxRendering *ra, *rb;

  if (a->renderings->len != b->renderings->len)
    return a->renderings->len > b->renderings->len ? -1 : 1;
  ra = g_ptr_array_index (a->renderings, 0);
  rb = g_ptr_array_index (b->renderings, 0);
  if (ra->article != rb->article)
    return ra->article < rb->article ? -1 : 1;
  return ra->start < rb->start ? -1 : (ra->start > rb->start);
}

static void
build_clusters (PlxComparison *self,
                GArray        *statements,
                guint         *labels,
                GHashTable    *edited)
{
  g_autoptr(GHashTable) by_label = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autofree Layout *layouts = g_new0 (Layout, MAX (self->n_articles, 1));
  g_autoptr(GHashTable) interned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) scratch = g_string_new (NULL);

  for (guint a = 0; a < self->n_articles; a++)
    layouts[a] = compute_layout (plx_article_get_text (g_ptr_array_index (self->articles, a)));

  for (guint i = 0; i < statements->len; i++)
    {
      Statement *st = &g_array_index (statements, Statement, i);
      gpointer value;
      PlxCluster *cluster;
      PlxRendering *r;

      if (g_hash_table_lookup_extended (by_label, GUINT_TO_POINTER (labels[i] + 1), NULL, &value))
        cluster = g_ptr_array_index (self->clusters, GPOINTER_TO_UINT (value));
      else
        {
          cluster = g_new0 (PlxCluster, 1);
          cluster->speaker = st->speaker;
          cluster->renderings = g_ptr_array_new_with_free_func (rendering_free);
          cluster->edited = g_hash_table_contains (edited, GUINT_TO_POINTER (labels[i] + 1)) || st->pinned;
          g_hash_table_insert (by_label, GUINT_TO_POINTER (labels[i] + 1),
                               GUINT_TO_POINTER (self->clusters->len));
          g_ptr_array_add (self->clusters, cluster);
          g_ptr_array_add (members, g_array_new (FALSE, FALSE, sizeof (guint)));
        }
      g_array_append_val ((GArray *)g_ptr_array_index (members, GPOINTER_TO_UINT (
                            g_hash_table_lookup (by_label, GUINT_TO_POINTER (labels[i] + 1)))), i);

      r = g_new0 (PlxRendering, 1);
      r->article = st->article;
      r->quote = st->quote;
      r->claim = st->claim;
      r->start = st->start;
      r->end = st->end;
      r->text = g_strdup (st->text);
      r->kind = st->kind;
      r->cue_text = g_strdup (st->cue_text);
      r->cue_lemma = g_strdup (st->cue_lemma);
      r->category = g_strdup (st->category);
      r->position = layout_position (&layouts[st->article], st->start);
      g_ptr_array_add (cluster->renderings, r);
      if (cluster->category == NULL && st->category != NULL)
        cluster->category = g_strdup (st->category);
      if (cluster->speaker < 0)
        cluster->speaker = st->speaker;
    }

  /* Reference, states and scores. Statements arrive in article order, so
   * the renderings of a cluster are in article order already. */
  for (guint c = 0; c < self->clusters->len; c++)
    {
      PlxCluster *cluster = g_ptr_array_index (self->clusters, c);
      GArray *idx = g_ptr_array_index (members, c);
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
      PlxRendering *ref;
      Statement *ref_st;
      GArray *ref_ids;

      for (guint r = 0; r < cluster->renderings->len; r++)
        g_ptr_array_add (ids, word_ids (((PlxRendering *)g_ptr_array_index (cluster->renderings, r))->text,
                                        interned, scratch));
      /* The speaker most renderings give (the analysis may have
       * attributed one of them to someone else). */
      {
        int best = -1;
        guint best_votes = 0;

        for (guint r = 0; r < idx->len; r++)
          {
            int sp = g_array_index (statements, Statement, g_array_index (idx, guint, r)).speaker;
            guint votes = 0;

            if (sp < 0 || sp == best)
              continue;
            for (guint q = 0; q < idx->len; q++)
              votes += g_array_index (statements, Statement, g_array_index (idx, guint, q)).speaker == sp;
            if (votes > best_votes)
              {
                best = sp;
                best_votes = votes;
              }
          }
        cluster->speaker = best;
      }
      cluster->reference = choose_reference (cluster, ids);
      ref = g_ptr_array_index (cluster->renderings, cluster->reference);
      ref_st = &g_array_index (statements, Statement, g_array_index (idx, guint, cluster->reference));
      ref_ids = g_ptr_array_index (ids, cluster->reference);

      for (guint r = 0; r < cluster->renderings->len; r++)
        {
          PlxRendering *rendering = g_ptr_array_index (cluster->renderings, r);
          Statement *st = &g_array_index (statements, Statement, g_array_index (idx, guint, r));
          double threshold;

          if (r == cluster->reference)
            {
              rendering->score = 1.0;
              rendering->state = is_direct (rendering->kind) ? PLX_CELL_VERBATIM : PLX_CELL_REPORTED;
              continue;
            }
          rendering->score = CLAMP (compare_pair (ref_st, st, &threshold), 0.0, 1.0);
          if (!is_direct (rendering->kind))
            rendering->state = PLX_CELL_REPORTED;
          else if (!is_direct (ref->kind))
            rendering->state = PLX_CELL_REWORDED;
          else
            rendering->state = containment (ref_ids, g_ptr_array_index (ids, r)) >= VERBATIM
                               ? PLX_CELL_VERBATIM : PLX_CELL_REWORDED;
        }
    }

  g_ptr_array_sort (self->clusters, cluster_order);
  for (guint c = 0; c < self->clusters->len; c++)
    {
      PlxCluster *cluster = g_ptr_array_index (self->clusters, c);

      cluster->id = g_strdup_printf ("c%u", c + 1);
    }
}

static void
count_share (PlxComparison *self)
{
  guint n_speakers = self->speakers->len;

  for (guint a = 0; a < self->n_articles; a++)
    {
      PlxAnalysis *analysis = g_ptr_array_index (self->analyses, a);

      for (guint q = 0; analysis->quotes != NULL && q < analysis->quotes->len; q++)
        {
          PlxQuote *quote = g_ptr_array_index (analysis->quotes, q);
          int s = map_speaker (self, a, quote->speaker);
          guint *counts;
          gpointer key;
          guint words;
          PlxRegistrySpeaker *entry;

          if (s < 0)
            continue;
          key = GSIZE_TO_POINTER ((gsize)a * n_speakers + (guint)s + 1);
          counts = g_hash_table_lookup (self->share, key);
          if (counts == NULL)
            {
              counts = g_new0 (guint, 2);
              g_hash_table_insert (self->share, key, counts);
            }
          words = quote->text != NULL ? (guint)plx_count_words (quote->text) : 0;
          counts[0]++;
          counts[1] += words;
          entry = g_ptr_array_index (self->speakers, s);
          entry->n_quotes++;
          entry->n_words += words;
        }
    }
}

/* Keys of a surname for infer_speakers (): its skeleton and that of its
 * stem (Лисицына → лисицын), so oblique cases are found too. */
static void
add_surname_key (GHashTable *index,
                 const char *word,
                 int         speaker)
{
  g_autofree char *stem = plx_stem_word (word);
  const char *forms[2] = { word, stem };

  for (guint f = 0; f < 2; f++)
    {
      char *key = plx_translit_skeleton (forms[f]);
      gpointer old;

      if (strlen (key) < 3)
        {
          g_free (key);
          continue;
        }
      if (g_hash_table_lookup_extended (index, key, NULL, &old))
        {
          /* two people with one surname: no guessing */
          if (GPOINTER_TO_INT (old) != speaker + 1)
            g_hash_table_insert (index, key, GINT_TO_POINTER (-1));
          else
            g_free (key);
        }
      else
        g_hash_table_insert (index, key, GINT_TO_POINTER (speaker + 1));
    }
}

/* A statement the analysis gave no speaker may still name one next to it
 * ("Artem Lisitsyn … defended the increase: "…"", ""…," Lisitsyn added")
 * when the analysis did not take that person for a speaker in this
 * article. Every surname the registry knows (from any article, in any
 * script and case) is looked for in the statement's paragraph, outside the
 * statement; the nearest one before it, else after it, speaks. */
static void
infer_speakers (PlxComparison *self,
                GArray        *statements)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_unknown = 0;

  for (guint i = 0; i < statements->len; i++)
    n_unknown += g_array_index (statements, Statement, i).speaker < 0;
  if (n_unknown == 0)
    return;

  for (guint s = 0; s < self->speakers->len; s++)
    {
      PlxRegistrySpeaker *entry = g_ptr_array_index (self->speakers, s);

      for (guint k = 0; k < entry->names->len; k++)
        {
          g_auto(GStrv) words = NULL;
          guint n;

          if (name_words (g_ptr_array_index (entry->names, k), &words) == 0)
            continue;
          n = g_strv_length (words);
          if (n > 0 && is_capitalized (words[n - 1]))
            add_surname_key (index, words[n - 1], (int)s);
        }
    }

  for (guint i = 0; i < statements->len; i++)
    {
      Statement *st = &g_array_index (statements, Statement, i);
      const char *text = plx_article_get_text (g_ptr_array_index (self->articles, st->article));
      glong n_chars;
      const char *par_start, *par_end, *p;
      guint pos;
      int before = -1, after = -1;
      guint before_pos = 0;

      if (st->speaker >= 0 || text == NULL || st->end <= st->start)
        continue;
      n_chars = g_utf8_strlen (text, -1);
      if ((glong)st->end > n_chars)
        continue;

      /* the paragraph around the statement */
      par_start = g_utf8_offset_to_pointer (text, st->start);
      pos = st->start;
      while (par_start > text && !(par_start[-1] == '\n' && par_start - 1 > text && par_start[-2] == '\n'))
        {
          par_start = g_utf8_prev_char (par_start);
          pos--;
        }
      par_end = g_utf8_offset_to_pointer (text, st->end);
      while (*par_end != '\0' && !(par_end[0] == '\n' && par_end[1] == '\n'))
        par_end = g_utf8_next_char (par_end);

      for (p = par_start; p < par_end; )
        {
          gunichar c = g_utf8_get_char (p);
          const char *w;
          guint wpos = pos;

          if (!g_unichar_isupper (c) || (pos >= st->start && pos < st->end) ||
              (p > text && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p)))))
            {
              p = g_utf8_next_char (p);
              pos++;
              continue;
            }
          for (w = p; w < par_end && g_unichar_isalpha (g_utf8_get_char (w)); w = g_utf8_next_char (w))
            pos++;
          {
            g_autofree char *word = g_strndup (p, w - p);
            g_autofree char *stem = plx_stem_word (word);
            g_autofree char *key = plx_translit_skeleton (word);
            g_autofree char *stem_key = plx_translit_skeleton (stem);
            gpointer hit = g_hash_table_lookup (index, key);

            if (hit == NULL)
              hit = g_hash_table_lookup (index, stem_key);
            if (hit != NULL && GPOINTER_TO_INT (hit) > 0)
              {
                int speaker = GPOINTER_TO_INT (hit) - 1;

                if (wpos < st->start)
                  {
                    before = speaker;
                    before_pos = wpos;
                  }
                else if (after < 0)
                  after = speaker;
              }
          }
          p = w;
        }
      (void)before_pos;
      if (before >= 0)
        st->speaker = before;
      else if (after >= 0)
        st->speaker = after;
    }
}

/* idf weights of the features over the statements: 1 + ln((N + 1) /
 * (df + 1)); each statement's bags get their summed weight. */
static float *
feature_weights (Ctx    *ctx,
                 GArray *statements)
{
  guint n_features = g_hash_table_size (ctx->features) + 1;
  g_autofree guint *df = g_new0 (guint, n_features);
  g_autofree guint *seen = g_new0 (guint, n_features);
  float *weights = g_new (float, n_features);
  guint n = statements->len;

  for (guint i = 0; i < n; i++)
    {
      Statement *st = &g_array_index (statements, Statement, i);

      for (guint pass = 0; pass < 3; pass++)
        {
          GArray *bag = pass == 0 ? st->same : pass == 1 ? st->cross : st->cog;

          for (guint f = 0; f < bag->len; f++)
            {
              guint id = g_array_index (bag, guint, f);

              if (id < n_features && seen[id] != i + 1)
                {
                  seen[id] = i + 1;
                  df[id]++;
                }
            }
        }
    }
  for (guint id = 0; id < n_features; id++)
    weights[id] = 1.0f + logf ((float)(n + 1) / (float)(df[id] + 1));
  for (guint i = 0; i < n; i++)
    {
      Statement *st = &g_array_index (statements, Statement, i);

      st->weights = weights;
      st->w_same = bag_weight (st->same, weights);
      st->w_cross = bag_weight (st->cross, weights);
    }
  return weights;
}

/* ------------------------------------------------------------------------ */
/* The entry point                                                          */

PlxComparison *
plx_compare (PlxArticle           **articles,
             PlxAnalysis          **analyses,
             guint                  n,
             const PlxCompareEdits *edits,
             GCancellable          *cancellable,
             GError               **error)
{
  g_autoptr(PlxComparison) self = NULL;
  g_autoptr(GArray) statements = NULL;
  g_autoptr(GHashTable) edited = NULL;
  g_autofree guint *labels = NULL;
  Ctx ctx = { 0 };
  g_autofree float *weights = NULL;
  guint fresh = 0;
  gint64 t_start, t_registry, t_statements = 0, t_align = 0;

  g_return_val_if_fail (n == 0 || articles != NULL, NULL);
  g_return_val_if_fail (n == 0 || analyses != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_return_val_if_fail (PLX_IS_ARTICLE (articles[i]), NULL);
      g_return_val_if_fail (analyses[i] != NULL, NULL);
    }

  debug_scores = g_strcmp0 (g_getenv ("PLX_COMPARE_DEBUG"), "scores") == 0;
  debug_times = g_getenv ("PLX_COMPARE_DEBUG") != NULL;
  ctx.lex = align_lexicon_load (error);
  if (ctx.lex == NULL)
    return NULL;
  ctx.features = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.word_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx.scratch = g_string_new (NULL);
  ctx.key = g_string_new (NULL);

  self = g_new0 (PlxComparison, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_articles = n;
  self->articles = g_ptr_array_new_full (n, g_object_unref);
  self->analyses = g_ptr_array_new_full (n, (GDestroyNotify)plx_analysis_unref);
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (self->articles, g_object_ref (articles[i]));
      g_ptr_array_add (self->analyses, plx_analysis_ref (analyses[i]));
    }
  self->speakers = g_ptr_array_new_with_free_func (registry_speaker_free);
  self->speaker_map = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  self->clusters = g_ptr_array_new_with_free_func (cluster_free);
  self->share = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);

  t_start = g_get_monotonic_time ();
  build_registry (self, &ctx, edits);
  count_share (self);
  t_registry = g_get_monotonic_time ();

  statements = g_array_new (FALSE, TRUE, sizeof (Statement));
  g_array_set_clear_func (statements, statement_clear);
  if (!g_cancellable_is_cancelled (cancellable))
    {
      collect_statements (self, &ctx, statements);
      infer_speakers (self, statements);
      weights = feature_weights (&ctx, statements);
    }
  t_statements = g_get_monotonic_time ();

  /* A split takes out every statement of the article that holds the
   * text (a headline often repeats the quote of the body). */
  if (edits != NULL)
    for (guint e = 0; e < edits->cluster_splits->len; e++)
      {
        const PlxStatementRef *ref = &g_array_index (edits->cluster_splits, PlxStatementRef, e);

        for (guint k = 0; k < statements->len; k++)
          {
            Statement *st = &g_array_index (statements, Statement, k);

            if (*ref->text != '\0' && strstr (st->text, ref->text) != NULL &&
                article_matches (g_ptr_array_index (self->articles, st->article), ref->article))
              st->pinned = TRUE;
          }
        {
          int k = find_statement (self, statements, ref);

          if (k >= 0)
            g_array_index (statements, Statement, k).pinned = TRUE;
        }
      }

  if (!g_cancellable_is_cancelled (cancellable))
    {
      labels = align (statements, self->speakers->len, &fresh, cancellable);
      t_align = g_get_monotonic_time ();
      if (g_cancellable_is_cancelled (cancellable))
        g_clear_pointer (&labels, g_free);
    }

  if (labels != NULL)
    {
      edited = g_hash_table_new (g_direct_hash, g_direct_equal);
      apply_statement_merges (self, statements, labels, edits, &fresh, edited);
      build_clusters (self, statements, labels, edited);
      if (G_UNLIKELY (debug_times))
        g_printerr ("plx-compare: registry %.1f ms, statements %.1f ms, align %.1f ms, clusters %.1f ms\n",
                    (t_registry - t_start) / 1000.0, (t_statements - t_registry) / 1000.0,
                    (t_align - t_statements) / 1000.0, (g_get_monotonic_time () - t_align) / 1000.0);
    }

  align_lexicon_free (ctx.lex);
  g_hash_table_unref (ctx.features);
  g_hash_table_unref (ctx.word_cache);
  g_string_free (ctx.scratch, TRUE);
  g_string_free (ctx.key, TRUE);

  if (labels == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The comparison was cancelled"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

/* ------------------------------------------------------------------------ */
/* Accessors                                                                */

guint
plx_comparison_get_n_articles (PlxComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_articles;
}

guint
plx_comparison_get_n_speakers (PlxComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->speakers->len;
}

const PlxRegistrySpeaker *
plx_comparison_get_speaker (PlxComparison *self,
                            guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->speakers->len, NULL);
  return g_ptr_array_index (self->speakers, index);
}

guint
plx_comparison_get_n_clusters (PlxComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->clusters->len;
}

const PlxCluster *
plx_comparison_get_cluster (PlxComparison *self,
                            guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->clusters->len, NULL);
  return g_ptr_array_index (self->clusters, index);
}

const PlxRendering *
plx_comparison_get_rendering (PlxComparison *self,
                              guint          cluster,
                              guint          article)
{
  PlxCluster *c;
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (cluster < self->clusters->len, NULL);

  c = g_ptr_array_index (self->clusters, cluster);
  hi = c->renderings->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      PlxRendering *r = g_ptr_array_index (c->renderings, mid);

      if (r->article == article)
        return r;
      if (r->article < article)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

PlxCellState
plx_comparison_get_cell (PlxComparison *self,
                         guint          cluster,
                         guint          article)
{
  const PlxRendering *r;

  g_return_val_if_fail (self != NULL, PLX_CELL_ABSENT);
  g_return_val_if_fail (cluster < self->clusters->len, PLX_CELL_ABSENT);

  r = plx_comparison_get_rendering (self, cluster, article);
  return r != NULL ? r->state : PLX_CELL_ABSENT;
}

void
plx_comparison_get_share_of_voice (PlxComparison *self,
                                   guint          article,
                                   guint          speaker,
                                   guint         *n_quotes,
                                   guint         *n_words)
{
  guint *counts = NULL;

  g_return_if_fail (self != NULL);

  if (article < self->n_articles && speaker < self->speakers->len)
    counts = g_hash_table_lookup (self->share,
                                  GSIZE_TO_POINTER ((gsize)article * self->speakers->len + speaker + 1));
  if (n_quotes != NULL)
    *n_quotes = counts != NULL ? counts[0] : 0;
  if (n_words != NULL)
    *n_words = counts != NULL ? counts[1] : 0;
}

GArray *
plx_comparison_get_omissions (PlxComparison *self,
                              guint          article)
{
  GArray *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_array_new (FALSE, FALSE, sizeof (guint));
  if (article >= self->n_articles)
    return out;
  /* Clusters are ordered by how many articles carry them. */
  for (guint c = 0; c < self->clusters->len; c++)
    {
      PlxCluster *cluster = g_ptr_array_index (self->clusters, c);
      gboolean carried_elsewhere = FALSE;

      if (plx_comparison_get_rendering (self, c, article) != NULL)
        continue;
      for (guint r = 0; r < cluster->renderings->len && !carried_elsewhere; r++)
        carried_elsewhere = ((PlxRendering *)g_ptr_array_index (cluster->renderings, r))->article != article;
      if (carried_elsewhere)
        g_array_append_val (out, c);
    }
  return out;
}

PlxWordDiff *
plx_comparison_diff_rendering (PlxComparison *self,
                               guint          cluster,
                               guint          article)
{
  const PlxRendering *r;
  const PlxCluster *c;
  const PlxRendering *ref;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (cluster < self->clusters->len, NULL);

  r = plx_comparison_get_rendering (self, cluster, article);
  if (r == NULL)
    return NULL;
  c = g_ptr_array_index (self->clusters, cluster);
  ref = g_ptr_array_index (c->renderings, c->reference);
  return plx_word_diff (ref->text, r->text);
}

PlxWordDiff *
plx_comparison_diff_pair (PlxComparison *self,
                          guint          cluster,
                          guint          article_a,
                          guint          article_b)
{
  const PlxRendering *a;
  const PlxRendering *b;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (cluster < self->clusters->len, NULL);

  a = plx_comparison_get_rendering (self, cluster, article_a);
  b = plx_comparison_get_rendering (self, cluster, article_b);
  if (a == NULL || b == NULL)
    return NULL;
  return plx_word_diff (a->text, b->text);
}

const char *
plx_cell_state_to_string (PlxCellState state)
{
  switch (state)
    {
    case PLX_CELL_VERBATIM: return "verbatim";
    case PLX_CELL_REWORDED: return "reworded";
    case PLX_CELL_REPORTED: return "reported";
    case PLX_CELL_ABSENT:
    default: return "absent";
    }
}

const char *
plx_position_to_string (PlxPosition position)
{
  switch (position)
    {
    case PLX_POSITION_HEADLINE: return "headline";
    case PLX_POSITION_LEAD: return "lead";
    case PLX_POSITION_LATER:
    default: return "later";
    }
}

/* ------------------------------------------------------------------------ */
/* JSON                                                                     */

static json_t *
string_or_null (const char *value)
{
  return value != NULL ? json_string (value) : json_null ();
}

static json_t *
strings_to_json (GPtrArray *strings)
{
  json_t *array = json_array ();

  for (guint i = 0; strings != NULL && i < strings->len; i++)
    json_array_append_new (array, json_string (g_ptr_array_index (strings, i)));
  return array;
}

json_t *
plx_comparison_to_json (PlxComparison *self)
{
  json_t *root;
  json_t *array;
  json_t *matrix;

  g_return_val_if_fail (self != NULL, NULL);

  root = json_object ();
  json_object_set_new (root, "format", json_string ("parallax-comparison"));
  json_object_set_new (root, "version", json_integer (1));

  array = json_array ();
  for (guint a = 0; a < self->n_articles; a++)
    {
      PlxArticle *article = g_ptr_array_index (self->articles, a);
      PlxAnalysis *analysis = g_ptr_array_index (self->analyses, a);
      json_t *entry = json_object ();

      json_object_set_new (entry, "index", json_integer (a));
      json_object_set_new (entry, "source", string_or_null (plx_article_get_source (article)));
      json_object_set_new (entry, "outlet", json_string (plx_article_get_display_outlet (article)));
      json_object_set_new (entry, "title", json_string (plx_article_get_display_title (article)));
      json_object_set_new (entry, "language", json_string (analysis_language (article, analysis)));
      json_array_append_new (array, entry);
    }
  json_object_set_new (root, "articles", array);

  array = json_array ();
  for (guint s = 0; s < self->speakers->len; s++)
    {
      PlxRegistrySpeaker *speaker = g_ptr_array_index (self->speakers, s);
      json_t *entry = json_object ();
      json_t *members = json_array ();
      json_t *share = json_array ();

      json_object_set_new (entry, "id", json_string (speaker->id));
      json_object_set_new (entry, "name", json_string (speaker->name));
      json_object_set_new (entry, "names", strings_to_json (speaker->names));
      json_object_set_new (entry, "titles", strings_to_json (speaker->titles));
      for (guint m = 0; m < speaker->members->len; m++)
        {
          PlxSpeakerRef *ref = &g_array_index (speaker->members, PlxSpeakerRef, m);
          PlxAnalysis *analysis = g_ptr_array_index (self->analyses, ref->article);
          PlxSpeaker *sp = g_ptr_array_index (analysis->speakers, ref->speaker);
          json_t *member = json_object ();

          json_object_set_new (member, "article", json_integer (ref->article));
          json_object_set_new (member, "speaker", string_or_null (sp->id));
          json_object_set_new (member, "name", string_or_null (sp->name));
          json_array_append_new (members, member);
        }
      json_object_set_new (entry, "members", members);
      json_object_set_new (entry, "n_quotes", json_integer (speaker->n_quotes));
      json_object_set_new (entry, "n_words", json_integer (speaker->n_words));
      for (guint a = 0; a < self->n_articles; a++)
        {
          guint n_quotes, n_words;
          json_t *cell;

          plx_comparison_get_share_of_voice (self, a, s, &n_quotes, &n_words);
          if (n_quotes == 0)
            continue;
          cell = json_object ();
          json_object_set_new (cell, "article", json_integer (a));
          json_object_set_new (cell, "n_quotes", json_integer (n_quotes));
          json_object_set_new (cell, "n_words", json_integer (n_words));
          json_array_append_new (share, cell);
        }
      json_object_set_new (entry, "share_of_voice", share);
      json_array_append_new (array, entry);
    }
  json_object_set_new (root, "speakers", array);

  array = json_array ();
  matrix = json_array ();
  for (guint c = 0; c < self->clusters->len; c++)
    {
      PlxCluster *cluster = g_ptr_array_index (self->clusters, c);
      json_t *entry = json_object ();
      json_t *renderings = json_array ();
      json_t *row = json_object ();
      json_t *cells = json_array ();
      PlxRendering *ref = g_ptr_array_index (cluster->renderings, cluster->reference);

      json_object_set_new (entry, "id", json_string (cluster->id));
      json_object_set_new (entry, "speaker",
                           cluster->speaker >= 0
                           ? json_string (((PlxRegistrySpeaker *)g_ptr_array_index (self->speakers, cluster->speaker))->id)
                           : json_null ());
      json_object_set_new (entry, "category", string_or_null (cluster->category));
      json_object_set_new (entry, "n_articles", json_integer (cluster->renderings->len));
      json_object_set_new (entry, "reference", json_integer (ref->article));
      json_object_set_new (entry, "edited", json_boolean (cluster->edited));
      for (guint r = 0; r < cluster->renderings->len; r++)
        {
          PlxRendering *rendering = g_ptr_array_index (cluster->renderings, r);
          json_t *item = json_object ();

          json_object_set_new (item, "article", json_integer (rendering->article));
          json_object_set_new (item, "quote", rendering->quote >= 0 ? json_integer (rendering->quote) : json_null ());
          json_object_set_new (item, "claim", rendering->claim >= 0 ? json_integer (rendering->claim) : json_null ());
          json_object_set_new (item, "start", json_integer (rendering->start));
          json_object_set_new (item, "end", json_integer (rendering->end));
          json_object_set_new (item, "text", json_string (rendering->text));
          json_object_set_new (item, "kind", json_string (plx_quote_kind_to_string (rendering->kind)));
          json_object_set_new (item, "cue", string_or_null (rendering->cue_text));
          json_object_set_new (item, "cue_lemma", string_or_null (rendering->cue_lemma));
          json_object_set_new (item, "category", string_or_null (rendering->category));
          json_object_set_new (item, "position", json_string (plx_position_to_string (rendering->position)));
          json_object_set_new (item, "state", json_string (plx_cell_state_to_string (rendering->state)));
          json_object_set_new (item, "score", json_real (rendering->score));
          if (r != cluster->reference)
            {
              g_autoptr(PlxWordDiff) diff = plx_word_diff (ref->text, rendering->text);

              json_object_set_new (item, "diff", plx_word_diff_to_json (diff));
            }
          json_array_append_new (renderings, item);
        }
      json_object_set_new (entry, "renderings", renderings);
      json_array_append_new (array, entry);

      for (guint a = 0; a < self->n_articles; a++)
        json_array_append_new (cells, json_string (plx_cell_state_to_string (plx_comparison_get_cell (self, c, a))));
      json_object_set_new (row, "cluster", json_string (cluster->id));
      json_object_set_new (row, "cells", cells);
      json_array_append_new (matrix, row);
    }
  json_object_set_new (root, "clusters", array);
  json_object_set_new (root, "matrix", matrix);

  array = json_array ();
  for (guint a = 0; a < self->n_articles; a++)
    {
      g_autoptr(GArray) omitted = plx_comparison_get_omissions (self, a);
      json_t *entry = json_object ();
      json_t *ids = json_array ();

      for (guint k = 0; k < omitted->len; k++)
        {
          PlxCluster *cluster = g_ptr_array_index (self->clusters, g_array_index (omitted, guint, k));

          json_array_append_new (ids, json_string (cluster->id));
        }
      json_object_set_new (entry, "article", json_integer (a));
      json_object_set_new (entry, "clusters", ids);
      json_array_append_new (array, entry);
    }
  json_object_set_new (root, "omissions", array);

  return root;
}

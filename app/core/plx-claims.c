/* plx-claims.c — finding the claims of a rulebook in an analysed article
 *
 * Every quote (with its speaker) and every sentence outside the quotes is a
 * candidate. A category matches a candidate when one of its patterns
 * matches — the pattern's words in order, compared by Snowball stem, with
 * at most `gap` other words between two of them — and, when the category
 * has cues, one of its cues matches as well, and, when it names speakers,
 * the candidate's speaker is one of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-claims"

#include "config.h"

#include <string.h>

#include "plx-claims-private.h"
#include "plx-rulebook-private.h"
#include "plx-stem.h"

void
_plx_claim_free (PlxClaim *claim)
{
  if (claim == NULL)
    return;
  g_free (claim->rule_id);
  g_free (claim->label);
  g_free (claim->color);
  g_free (claim);
}

/* ---- the pattern index ---------------------------------------------
 *
 * Matching every pattern against every candidate costs tokens × patterns.
 * Instead every element of every pattern is indexed — stems in one table,
 * prefixes ("meddl*") in another — and each distinct word form of the text
 * is looked up once, giving its hits: the lists of (pattern, element)
 * pairs it matches (shared with the tables, not copied). A candidate is then
 * one pass over its words that advances only the patterns those hits name,
 * so the work is linear in the words plus the hits. The rule is the one of
 * a direct match: a pattern's elements in order, with at most `gap` other
 * words between two of them; each word extends a chain by one element only,
 * so an element looks at where the chain before it ended before this word
 * (prev[] keeps that when the same word has just moved it). */

typedef struct
{
  guint pattern;   /* index into Index.states */
  guint element;   /* element of that pattern */
} Hit;

typedef struct
{
  const PlxRulePattern *pattern;
  guint  category;
  guint  is_cue : 1;
  guint  n_el;
  guint  epoch;                                /* the candidate chain[] belongs to */
  guint  chain[PLX_RULEBOOK_MAX_ELEMENTS];     /* word where elements 0..k last matched; G_MAXUINT: none */
  guint  prev[PLX_RULEBOOK_MAX_ELEMENTS];      /* chain[k] before it last moved */
} PatternState;

typedef struct
{
  GArray     *states;       /* PatternState, patterns and cues of all categories */
  GHashTable *exact;        /* stem → GArray<Hit> */
  GHashTable *prefixes;     /* prefix (without '*') → GArray<Hit> */
  GArray     *prefix_lens;  /* guint, distinct byte lengths of the prefixes */
  guint      *cat_pattern;  /* per category: epoch when one of its patterns matched */
  guint      *cat_cue;      /* per category: epoch when one of its cues matched */
  GPtrArray  *lists;        /* GArray<Hit>* (borrowed), per word form: lists[form_first[f] .. form_first[f + 1]) */
  guint      *form_first;
  guint       epoch;
  gboolean    any_match;    /* a pattern matched in the current candidate */
} Index;

static void
hit_list_free (gpointer data)
{
  g_array_unref (data);
}

static void
index_add (GHashTable *table,
           char       *key,
           Hit         hit)
{
  GArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (Hit));
      g_hash_table_insert (table, key, list);
    }
  else
    g_free (key);
  g_array_append_val (list, hit);
}

static void
index_add_patterns (Index     *index,
                    GPtrArray *patterns,
                    guint      category,
                    gboolean   is_cue)
{
  for (guint i = 0; i < patterns->len; i++)
    {
      const PlxRulePattern *pattern = g_ptr_array_index (patterns, i);
      PatternState st = { 0 };
      guint n_el = g_strv_length (pattern->elements);

      st.pattern = pattern;
      st.category = category;
      st.is_cue = is_cue ? 1 : 0;
      st.n_el = n_el;
      g_array_append_val (index->states, st);
      /* such a pattern never matches (the rulebook refuses it anyway) */
      if (n_el == 0 || n_el > PLX_RULEBOOK_MAX_ELEMENTS)
        continue;
      for (guint k = 0; k < n_el; k++)
        {
          const char *el = pattern->elements[k];
          gsize n = strlen (el);
          Hit hit = { index->states->len - 1, k };

          if (n > 1 && el[n - 1] == '*')
            {
              guint pl = (guint) (n - 1);
              gboolean known = FALSE;

              index_add (index->prefixes, g_strndup (el, n - 1), hit);
              for (guint j = 0; j < index->prefix_lens->len && !known; j++)
                known = g_array_index (index->prefix_lens, guint, j) == pl;
              if (!known)
                g_array_append_val (index->prefix_lens, pl);
            }
          else
            index_add (index->exact, g_strdup (el), hit);
        }
    }
}

static void
index_init (Index       *index,
            PlxRulebook *rulebook,
            GArray      *forms)
{
  guint n_cat = rulebook->categories->len;
  g_autofree char *buf = NULL;
  guint max_prefix = 0;

  memset (index, 0, sizeof *index);
  index->states = g_array_new (FALSE, FALSE, sizeof (PatternState));
  index->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, hit_list_free);
  index->prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, hit_list_free);
  index->prefix_lens = g_array_new (FALSE, FALSE, sizeof (guint));
  index->cat_pattern = g_new0 (guint, n_cat);
  index->cat_cue = g_new0 (guint, n_cat);
  for (guint c = 0; c < n_cat; c++)
    {
      PlxRuleCategory *cat = g_ptr_array_index (rulebook->categories, c);

      index_add_patterns (index, cat->patterns, c, FALSE);
      index_add_patterns (index, cat->cues, c, TRUE);
    }

  for (guint j = 0; j < index->prefix_lens->len; j++)
    max_prefix = MAX (max_prefix, g_array_index (index->prefix_lens, guint, j));
  buf = g_malloc (max_prefix + 1);

  /* the hit lists of every word form */
  index->lists = g_ptr_array_new ();
  index->form_first = g_new (guint, forms->len + 1);
  for (guint f = 0; f < forms->len; f++)
    {
      const PlxStemForm *form = &g_array_index (forms, PlxStemForm, f);
      GArray *list = g_hash_table_lookup (index->exact, form->stem);
      gsize wl = strlen (form->word);

      index->form_first[f] = index->lists->len;
      if (list != NULL)
        g_ptr_array_add (index->lists, list);
      for (guint j = 0; j < index->prefix_lens->len; j++)
        {
          guint pl = g_array_index (index->prefix_lens, guint, j);

          if (pl > wl)
            continue;
          memcpy (buf, form->word, pl);
          buf[pl] = '\0';
          list = g_hash_table_lookup (index->prefixes, buf);
          if (list != NULL)
            g_ptr_array_add (index->lists, list);
        }
    }
  index->form_first[forms->len] = index->lists->len;
}

static void
index_clear (Index *index)
{
  g_array_unref (index->states);
  g_hash_table_unref (index->exact);
  g_hash_table_unref (index->prefixes);
  g_array_unref (index->prefix_lens);
  g_ptr_array_unref (index->lists);
  g_free (index->form_first);
  g_free (index->cat_pattern);
  g_free (index->cat_cue);
}

/* Runs the patterns over words [first, last): afterwards cat_pattern[c]
 * and cat_cue[c] equal index->epoch for the categories with a match. */
static void
index_scan (Index  *index,
            GArray *words,
            guint   first,
            guint   last)
{
  PatternState *states = (PatternState *) (void *) index->states->data;
  guint epoch = ++index->epoch;

  index->any_match = FALSE;
  for (guint i = first; i < last; i++)
    {
      guint form = g_array_index (words, PlxStemWord, i).form;

      for (guint l = index->form_first[form]; l < index->form_first[form + 1]; l++)
        {
          GArray *list = g_ptr_array_index (index->lists, l);
          const Hit *hits = (const Hit *) (void *) list->data;

          for (guint h = 0; h < list->len; h++)
            {
              PatternState *st = &states[hits[h].pattern];
              guint k = hits[h].element;

              if (st->epoch != epoch)
                {
                  st->epoch = epoch;
                  for (guint e = 0; e < st->n_el; e++)
                    st->chain[e] = st->prev[e] = G_MAXUINT;
                }
              if (k > 0)
                {
                  /* the chain of the elements before, as it was before word i */
                  guint before = st->chain[k - 1] == i ? st->prev[k - 1] : st->chain[k - 1];

                  if (before == G_MAXUINT || i - before - 1 > st->pattern->gap)
                    continue;
                }
              st->prev[k] = st->chain[k];
              st->chain[k] = i;
              if (st->chain[st->n_el - 1] != G_MAXUINT)
                {
                  if (st->is_cue)
                    index->cat_cue[st->category] = epoch;
                  else
                    index->cat_pattern[st->category] = epoch;
                  index->any_match = TRUE;
                }
            }
        }
    }
}

/* The folded name and aliases of every speaker, made once per call. */
typedef struct
{
  PlxAnalysis *analysis;
  GPtrArray  **names;   /* per speaker: char* folded name and aliases, or NULL until needed */
  guint        n;
} SpeakerNames;

static GPtrArray *
speaker_names (SpeakerNames *names,
               guint         speaker)
{
  if (names->names[speaker] == NULL)
    {
      PlxSpeaker *sp = g_ptr_array_index (names->analysis->speakers, speaker);
      GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

      if (sp->name != NULL)
        g_ptr_array_add (list, plx_stem_fold (sp->name));
      for (guint k = 0; sp->aliases != NULL && k < sp->aliases->len; k++)
        g_ptr_array_add (list, plx_stem_fold (g_ptr_array_index (sp->aliases, k)));
      names->names[speaker] = list;
    }
  return names->names[speaker];
}

static gboolean
speaker_allowed (PlxRuleCategory *category,
                 SpeakerNames    *names,
                 int              speaker)
{
  GPtrArray *list;

  if (category->speakers->len == 0)
    return TRUE;
  if (speaker < 0 || (guint) speaker >= names->n)
    return FALSE;
  list = speaker_names (names, (guint) speaker);
  for (guint i = 0; i < category->speakers->len; i++)
    {
      const char *want = g_ptr_array_index (category->speakers, i);

      for (guint k = 0; k < list->len; k++)
        if (strstr (g_ptr_array_index (list, k), want) != NULL)
          return TRUE;
    }
  return FALSE;
}

/* The first token whose start is >= @cp. */
static guint
token_lower_bound (GArray *tokens,
                   guint   cp)
{
  guint lo = 0, hi = tokens->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (tokens, PlxStemWord, mid).start < cp)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
match_span (PlxAnalysis  *analysis,
            PlxRulebook  *rulebook,
            Index        *index,
            SpeakerNames *names,
            GArray       *tokens,
            guint         start,
            guint         end,
            int           speaker,
            int           quote,
            GPtrArray    *out)
{
  guint first = token_lower_bound (tokens, start);
  guint last = token_lower_bound (tokens, end);

  if (first >= last)
    return;
  index_scan (index, tokens, first, last);
  if (!index->any_match)
    return;
  for (guint c = 0; c < rulebook->categories->len; c++)
    {
      PlxRuleCategory *cat = g_ptr_array_index (rulebook->categories, c);
      PlxClaim *claim;

      if (index->cat_pattern[c] != index->epoch
          || (cat->cues->len > 0 && index->cat_cue[c] != index->epoch)
          || !speaker_allowed (cat, names, speaker))
        continue;

      claim = g_new0 (PlxClaim, 1);
      claim->rule_id = g_strdup (cat->id);
      claim->label = g_strdup (cat->label);
      claim->color = g_strdup (cat->color);
      claim->start = start;
      claim->end = end;
      claim->speaker = speaker >= 0 && analysis->speakers != NULL
                       && (guint) speaker < analysis->speakers->len ? speaker : -1;
      claim->quote = quote;
      g_ptr_array_add (out, claim);
    }
}

/* ---- sentences outside the quotes ---------------------------------- */

static const char * const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "sen", "rep", "gov",
  "lt", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "no", "jan",
  "feb", "aug", "sept", "oct", "nov", "dec", "capt", "sgt", "maj", "rev",
  "т", "е", "г", "гг", "им", "ул", "д", "с", "см", "руб", "млн", "млрд",
  "тыс", "ст", "ч", "п", "др", "пр", "проф", "акад", "тов", "ген",
};

/* The abbreviations as a set, made once */
static GHashTable *
abbreviation_set (void)
{
  static GHashTable *set;

  if (g_once_init_enter (&set))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
        g_hash_table_add (table, (gpointer) abbreviations[i]);
      g_once_init_leave (&set, table);
    }
  return set;
}

/* The text as characters, read forwards and backwards. The text is valid
 * UTF-8 (plx_analyze() makes it so); a malformed sequence would be read
 * as its first byte. */
static inline gsize
char_len_at (const guchar *p,
             const guchar *end)
{
  guchar c = *p;

  if (c < 0xC2)
    return 1;
  if (c < 0xE0)
    return end - p >= 2 ? 2 : 1;
  if (c < 0xF0)
    return end - p >= 3 ? 3 : 1;
  if (c < 0xF5)
    return end - p >= 4 ? 4 : 1;
  return 1;
}

static inline gunichar
char_at (const guchar *p,
         const guchar *end)
{
  switch (char_len_at (p, end))
    {
    case 2:
      return ((gunichar) (p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3:
      return ((gunichar) (p[0] & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    case 4:
      return ((gunichar) (p[0] & 0x07) << 18) | ((gunichar) (p[1] & 0x3F) << 12)
             | ((gunichar) (p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    default:
      return p[0];
    }
}

/* The start of the character before @p (not before @text) */
static inline const guchar *
char_before (const guchar *text,
             const guchar *p)
{
  p--;
  while (p > text && (*p & 0xC0) == 0x80)
    p--;
  return p;
}

/* TRUE when the letters before the full stop at @dot are an
 * abbreviation: an initial ("U.S.") or one of the list */
static gboolean
is_abbreviation (const guchar *text,
                 const guchar *dot,
                 const guchar *end)
{
  const guchar *s = dot;
  char word[8 * 6 + 1];
  gsize w = 0;
  glong n = 0;

  /* (a longer run of letters is no abbreviation: stop counting there) */
  while (s > text && n <= 8)
    {
      const guchar *b = char_before (text, s);

      if (!g_unichar_isalpha (char_at (b, end)))
        break;
      s = b;
      n++;
    }
  if (n == 0)
    return FALSE;
  if (n == 1 && g_unichar_isupper (char_at (s, end)))
    return TRUE;  /* initials, "U.S." */
  if (n > 8)
    return FALSE;
  for (const guchar *q = s; q < dot; q += char_len_at (q, end))
    w += g_unichar_to_utf8 (g_unichar_tolower (char_at (q, end)), word + w);
  word[w] = '\0';
  return g_hash_table_contains (abbreviation_set (), word);
}

static gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019
         || c == 0xBB || c == 0x201C;
}

static gboolean
opens_sentence (gunichar c)
{
  return g_unichar_isupper (c) || g_unichar_isdigit (c) || c == '"' || c == 0x201C
         || c == 0xAB || c == 0x201E || c == 0x2018 || c == '\'' || c == 0x2014
         || c == 0x2013 || c == '-' || c == '(';
}

/* TRUE for the characters find_sentences() stops at: a line break or a
 * terminator (most characters are neither, so this is one test for them) */
static inline gboolean
may_end_sentence (gunichar c)
{
  const guint64 ascii = (G_GUINT64_CONSTANT (1) << '\n') | (G_GUINT64_CONSTANT (1) << '.')
                        | (G_GUINT64_CONSTANT (1) << '!') | (G_GUINT64_CONSTANT (1) << '?');

  return c < 64 ? (ascii >> c) & 1 : c == 0x2026;
}

/* Sentence spans (code points) of @text, split at terminators followed
 * by a space and a sentence opener, and at line breaks. */
static GArray *
find_sentences (const char *text)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  const guchar *base = (const guchar *) text;
  const guchar *end = base + strlen (text);
  const guchar *p = base, *start_p = base;
  glong i = 0, start = 0;   /* code points at p and start_p */

  for (;;)
    {
      glong stop = -1, next = -1;
      const guchar *next_p = NULL;
      gunichar c = 0;
      gsize cl = 0;

      if (p < end)
        {
          /* most characters are not where a sentence may end (of those
           * beyond ASCII only "…", which starts with 0xE2) */
          if (*p < 0x80 ? !may_end_sentence (*p) : *p != 0xE2)
            {
              p += char_len_at (p, end);
              i++;
              continue;
            }
          cl = char_len_at (p, end);
          c = char_at (p, end);
        }
      if (p >= end || c == '\n')
        {
          stop = i;
          next = i + 1;
          next_p = p + 1;
        }
      else if (c == '.' || c == '!' || c == '?' || c == 0x2026)
        {
          const guchar *q = p + cl;
          glong j = i + 1;

          if (c == '.' && is_abbreviation (base, p, end))
            {
              p += cl;
              i++;
              continue;
            }
          while (q < end)
            {
              gunichar d = char_at (q, end);

              if (!is_closing (d) && d != '.' && d != '!' && d != '?')
                break;
              q += char_len_at (q, end);
              j++;
            }
          if (q < end && *q == ' ')
            {
              const guchar *r = q;
              glong k = j;

              while (r < end && *r == ' ')
                {
                  r++;
                  k++;
                }
              if (r < end && opens_sentence (char_at (r, end)))
                {
                  stop = j;
                  next = k;
                  next_p = r;
                }
            }
        }
      if (stop < 0)
        {
          p += cl;
          i++;
          continue;
        }
      while (start < stop && g_unichar_isspace (char_at (start_p, end)))
        {
          start_p += char_len_at (start_p, end);
          start++;
        }
      if (stop > start)
        {
          PlxSpan span = { (guint) start, (guint) stop };

          g_array_append_val (spans, span);
        }
      if (p >= end)
        break;
      start = i = next;
      start_p = p = next_p;
    }
  return spans;
}

/* Mentions of all speakers (bylines aside), sorted by start, so the subject
 * of each sentence is a binary search away. */
typedef struct
{
  guint start;
  guint end;
  int   speaker;
} Mention;

static int
mention_compare (gconstpointer a,
                 gconstpointer b)
{
  const Mention *ma = a, *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  return ma->speaker - mb->speaker;
}

static GArray *
collect_mentions (PlxAnalysis *analysis)
{
  GArray *mentions = g_array_new (FALSE, FALSE, sizeof (Mention));

  for (guint i = 0; analysis->speakers != NULL && i < analysis->speakers->len; i++)
    {
      PlxSpeaker *sp = g_ptr_array_index (analysis->speakers, i);

      if (sp->is_byline || sp->mentions == NULL)
        continue;
      for (guint k = 0; k < sp->mentions->len; k++)
        {
          PlxSpan *span = &g_array_index (sp->mentions, PlxSpan, k);
          Mention m = { span->start, span->end, (int) i };

          g_array_append_val (mentions, m);
        }
    }
  g_array_sort (mentions, mention_compare);
  return mentions;
}

/* The speaker first mentioned near the start of [start, end) — within the
 * first SUBJECT_WORDS words, where an English or Russian sentence names its
 * subject; -1 when none is. */
#define SUBJECT_WORDS 6

static int
sentence_subject (GArray *mentions,
                  GArray *tokens,
                  guint   start,
                  guint   end)
{
  guint first = token_lower_bound (tokens, start);
  guint limit = end;
  guint lo = 0, hi = mentions->len;

  if (first + SUBJECT_WORDS < tokens->len)
    limit = MIN (limit, g_array_index (tokens, PlxStemWord, first + SUBJECT_WORDS).start);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (mentions, Mention, mid).start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < mentions->len; i++)
    {
      Mention *m = &g_array_index (mentions, Mention, i);

      if (m->start >= limit)
        break;
      if (m->end <= end)
        return m->speaker;
    }
  return -1;
}

static int
claim_compare (gconstpointer a,
               gconstpointer b)
{
  const PlxClaim *ca = *(PlxClaim * const *) a;
  const PlxClaim *cb = *(PlxClaim * const *) b;

  if (ca->start != cb->start)
    return ca->start < cb->start ? -1 : 1;
  if (ca->end != cb->end)
    return ca->end < cb->end ? -1 : 1;
  return strcmp (ca->rule_id, cb->rule_id);
}

void
_plx_claims_find (PlxAnalysis *analysis,
                  const char  *text,
                  PlxRulebook *rulebook)
{
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) forms = NULL;
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GPtrArray) found = NULL;
  GPtrArray *quotes;
  guint q = 0;
  Index index;
  SpeakerNames names = { 0 };

  g_return_if_fail (analysis != NULL);
  g_return_if_fail (text != NULL);

  if (rulebook == NULL || rulebook->categories->len == 0)
    return;
  if (analysis->claims == NULL)
    analysis->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) _plx_claim_free);

  tokens = plx_stem_tokenize_forms (text, -1, 0, &forms);
  index_init (&index, rulebook, forms);
  names.analysis = analysis;
  names.n = analysis->speakers != NULL ? analysis->speakers->len : 0;
  names.names = g_new0 (GPtrArray *, names.n + 1);
  found = g_ptr_array_new ();
  quotes = analysis->quotes;

  /* quotes, with their speakers */
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    {
      PlxQuote *quote = g_ptr_array_index (quotes, i);

      match_span (analysis, rulebook, &index, &names, tokens, quote->start, quote->end,
                  quote->speaker, (int) i, found);
    }

  /* sentences that do not overlap a quote (quotes are in text order) */
  sentences = find_sentences (text);
  mentions = collect_mentions (analysis);
  for (guint i = 0; i < sentences->len; i++)
    {
      PlxSpan *s = &g_array_index (sentences, PlxSpan, i);
      gboolean overlaps = FALSE;

      while (quotes != NULL && q < quotes->len
             && ((PlxQuote *) g_ptr_array_index (quotes, q))->end <= s->start)
        q++;
      for (guint k = q; quotes != NULL && k < quotes->len; k++)
        {
          PlxQuote *quote = g_ptr_array_index (quotes, k);

          if (quote->start >= s->end)
            break;
          if (quote->end > s->start)
            {
              overlaps = TRUE;
              break;
            }
        }
      if (overlaps)
        continue;
      match_span (analysis, rulebook, &index, &names, tokens, s->start, s->end,
                  sentence_subject (mentions, tokens, s->start, s->end), -1, found);
    }

  index_clear (&index);
  for (guint i = 0; i < names.n; i++)
    if (names.names[i] != NULL)
      g_ptr_array_unref (names.names[i]);
  g_free (names.names);

  g_ptr_array_sort (found, claim_compare);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (analysis->claims, g_ptr_array_index (found, i));
}

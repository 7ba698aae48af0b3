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

static inline gboolean
element_matches (const char         *element,
                 const PlxStemToken *token)
{
  gsize n;

  /* Most tokens differ from most elements in the first byte: decide that
   * without scanning (this loop runs tokens × elements times). */
  if (element[0] != token->stem[0] && element[0] != token->word[0])
    return FALSE;

  n = strlen (element);

  if (n > 1 && element[n - 1] == '*')
    return strncmp (token->word, element, n - 1) == 0;
  return strcmp (token->stem, element) == 0;
}

/* Does @pattern match tokens [first, last)? Dynamic programming over the
 * pattern's elements: reach[k] = the nearest end (token index + 1) of a
 * partial match of the first elements, so the work is linear in the tokens
 * times the number of elements. */
static gboolean
pattern_matches (const PlxRulePattern *pattern,
                 GArray               *tokens,
                 guint                 first,
                 guint                 last)
{
  guint n_el = g_strv_length (pattern->elements);
  /* last[k]: index of the most recent token where elements 0..k matched as
   * a chain (G_MAXUINT = none yet) */
  guint chain[PLX_RULEBOOK_MAX_ELEMENTS];

  if (n_el == 0 || n_el > PLX_RULEBOOK_MAX_ELEMENTS)
    return FALSE;
  for (guint k = 0; k < n_el; k++)
    chain[k] = G_MAXUINT;

  for (guint i = first; i < last; i++)
    {
      const PlxStemToken *t = &g_array_index (tokens, PlxStemToken, i);

      /* walk backwards so one token extends a chain by one element only */
      for (guint k = n_el; k-- > 0;)
        {
          if (!element_matches (pattern->elements[k], t))
            continue;
          if (k == 0)
            chain[0] = i;
          else if (chain[k - 1] != G_MAXUINT && chain[k - 1] < i
                   && i - chain[k - 1] - 1 <= pattern->gap)
            chain[k] = i;
          if (chain[n_el - 1] != G_MAXUINT)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
any_pattern_matches (GPtrArray *patterns,
                     GArray    *tokens,
                     guint      first,
                     guint      last)
{
  for (guint i = 0; i < patterns->len; i++)
    if (pattern_matches (g_ptr_array_index (patterns, i), tokens, first, last))
      return TRUE;
  return FALSE;
}

static gboolean
speaker_allowed (PlxRuleCategory *category,
                 PlxAnalysis     *analysis,
                 int              speaker)
{
  PlxSpeaker *sp;

  if (category->speakers->len == 0)
    return TRUE;
  if (speaker < 0 || analysis->speakers == NULL || (guint) speaker >= analysis->speakers->len)
    return FALSE;
  sp = g_ptr_array_index (analysis->speakers, speaker);
  for (guint i = 0; i < category->speakers->len; i++)
    {
      const char *want = g_ptr_array_index (category->speakers, i);
      g_autofree char *name = sp->name != NULL ? plx_stem_fold (sp->name) : NULL;

      if (name != NULL && strstr (name, want) != NULL)
        return TRUE;
      for (guint k = 0; sp->aliases != NULL && k < sp->aliases->len; k++)
        {
          g_autofree char *alias = plx_stem_fold (g_ptr_array_index (sp->aliases, k));

          if (strstr (alias, want) != NULL)
            return TRUE;
        }
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

      if (g_array_index (tokens, PlxStemToken, mid).start < cp)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
match_span (PlxAnalysis *analysis,
            PlxRulebook *rulebook,
            GArray      *tokens,
            guint        start,
            guint        end,
            int          speaker,
            int          quote,
            GPtrArray   *out)
{
  guint first = token_lower_bound (tokens, start);
  guint last = token_lower_bound (tokens, end);

  if (first >= last)
    return;
  for (guint c = 0; c < rulebook->categories->len; c++)
    {
      PlxRuleCategory *cat = g_ptr_array_index (rulebook->categories, c);
      PlxClaim *claim;

      if (!speaker_allowed (cat, analysis, speaker)
          || !any_pattern_matches (cat->patterns, tokens, first, last)
          || (cat->cues->len > 0 && !any_pattern_matches (cat->cues, tokens, first, last)))
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

static gboolean
is_abbreviation (const gunichar *chars,
                 glong           dot)
{
  glong s = dot;
  g_autofree char *word = NULL;
  gunichar lower[16];
  glong n;

  while (s > 0 && g_unichar_isalpha (chars[s - 1]))
    s--;
  n = dot - s;
  if (n == 0)
    return FALSE;
  if (n == 1 && g_unichar_isupper (chars[s]))
    return TRUE;  /* initials, "U.S." */
  if (n > 8)
    return FALSE;
  for (glong i = 0; i < n; i++)
    lower[i] = g_unichar_tolower (chars[s + i]);
  word = g_ucs4_to_utf8 (lower, n, NULL, NULL, NULL);
  for (guint i = 0; word != NULL && i < G_N_ELEMENTS (abbreviations); i++)
    if (strcmp (word, abbreviations[i]) == 0)
      return TRUE;
  return FALSE;
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

/* Sentence spans (code points) of the text, split at terminators followed
 * by a space and a sentence opener, and at line breaks. */
static GArray *
find_sentences (const gunichar *chars,
                glong           n)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  glong start = 0;

  for (glong i = 0; i <= n; i++)
    {
      glong end = -1, next = -1;

      if (i == n || chars[i] == '\n')
        {
          end = i;
          next = i + 1;
        }
      else if (chars[i] == '.' || chars[i] == '!' || chars[i] == '?' || chars[i] == 0x2026)
        {
          glong j = i + 1;

          if (chars[i] == '.' && is_abbreviation (chars, i))
            continue;
          while (j < n && (is_closing (chars[j]) || chars[j] == '.' || chars[j] == '!'
                           || chars[j] == '?'))
            j++;
          if (j < n && chars[j] == ' ')
            {
              glong k = j;

              while (k < n && chars[k] == ' ')
                k++;
              if (k < n && opens_sentence (chars[k]))
                {
                  end = j;
                  next = k;
                }
            }
        }
      if (end < 0)
        continue;
      while (start < end && g_unichar_isspace (chars[start]))
        start++;
      if (end > start)
        {
          PlxSpan s = { (guint) start, (guint) end };

          g_array_append_val (spans, s);
        }
      start = next;
      i = next - 1;
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
    limit = MIN (limit, g_array_index (tokens, PlxStemToken, first + SUBJECT_WORDS).start);
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
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree gunichar *chars = NULL;
  GPtrArray *quotes;
  glong n_chars;
  guint q = 0;

  g_return_if_fail (analysis != NULL);
  g_return_if_fail (text != NULL);

  if (rulebook == NULL || rulebook->categories->len == 0)
    return;
  if (analysis->claims == NULL)
    analysis->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) _plx_claim_free);

  chars = g_utf8_to_ucs4_fast (text, -1, &n_chars);
  tokens = plx_stem_tokenize (text, -1, 0);
  found = g_ptr_array_new ();
  quotes = analysis->quotes;

  /* quotes, with their speakers */
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    {
      PlxQuote *quote = g_ptr_array_index (quotes, i);

      match_span (analysis, rulebook, tokens, quote->start, quote->end,
                  quote->speaker, (int) i, found);
    }

  /* sentences that do not overlap a quote (quotes are in text order) */
  sentences = find_sentences (chars, n_chars);
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
      match_span (analysis, rulebook, tokens, s->start, s->end,
                  sentence_subject (mentions, tokens, s->start, s->end), -1, found);
    }

  g_ptr_array_sort (found, claim_compare);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (analysis->claims, g_ptr_array_index (found, i));
}

/* plx-quotes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-quotes"

#include "config.h"

#include <string.h>

#include "plx-quotes.h"
#include "plx-sort-private.h"

#define MAX_DEPTH 16
#define AFTER_CUE_WINDOW 7
#define SUBJECT_WINDOW 8
#define MAX_PAREN_SKIP 8
#define MAX_SCARE_WORDS 4
#define MAX_TRIGGERED_SCARE_WORDS 12
#define ASIDE_WORDS 10

/* One sentence read once for all its cues: the first token of a kind,
 * found by a scan that goes on from where the last call stopped, so a long
 * sentence with many cues stays linear */
typedef struct
{
  guint sentence; /* the sentence scanned (G_MAXUINT: none yet) */
  guint scanned;  /* tokens before this one were read */
  guint first;    /* the first token of the kind (G_MAXUINT: none found yet) */
} SentenceScan;

typedef struct
{
  PlxTokens  *tokens;
  PlxPeople  *people;
  PlxLexicon *lexicon;
  guint       n;
  GArray     *quotes;   /* PlxFoundQuote */
  GHashTable *epithets; /* "dutchman", "34-year-old" → entity + 1 */
  guint      *first_named; /* per entity: token of its first mention by name, made on first use */
  guint       byline_reach; /* the furthest mention up to the first byline (G_MAXUINT: none), made with first_named */
  GHashTable *descriptors; /* English: "45-year-old", "librarian" → entity + 1 (0: several), made on first use */
  GHashTable *role_before_name; /* Russian: key of a word right before a name → entity + 1, 0 when several */
  GHashTable *title_heads; /* English: "<entity>\x1f<head word>" → TitleHead, made on first use */
  SentenceScan subordinators; /* subordinator_within */
  SentenceScan clause_stops;   /* clause_stop_before */
  guint       pronoun_depth; /* resolve_speaker_pronoun() asking itself (through find_speaker_of()) */
} Ctx;

typedef struct _Attribution
{
  int   entity;
  guint ref_first;
  guint ref_end;     /* 0 when no person reference */
  guint cue;         /* PLX_NO_TOKEN when none */
  PlxMentionKind ref_kind;
} Attribution;

/* @a refers to the person @entity (-1: none known) by the words
 * [@first, @end), a reference of @kind */
static inline void
set_reference (Attribution   *a,
               int            entity,
               guint          first,
               guint          end,
               PlxMentionKind kind)
{
  a->entity = entity;
  a->ref_first = first;
  a->ref_end = end;
  a->ref_kind = kind;
}

static inline PlxToken *
tok (Ctx  *ctx,
     guint i)
{
  return plx_tokens_get (ctx->tokens, i);
}

static inline gboolean
is_word (Ctx  *ctx,
         guint i)
{
  return plx_tokens_is_word (ctx->tokens, i);
}

static inline gboolean
is_char (Ctx  *ctx,
         guint i,
         char  c)
{
  return plx_tokens_is_punct (ctx->tokens, i, c);
}

/* "will", "could", "must": a modal verb */
static gboolean
modal_verb (Ctx  *ctx,
            guint k)
{
  return plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_MODAL_VERBS, plx_token_str (ctx->tokens, k), tok (ctx, k)->len);
}

static gboolean source_beside (Ctx  *ctx,
                               guint i);

/* (inline: asked of most words, which the class check answers) */
static inline const char *
speech_lemma (Ctx  *ctx,
              guint i)
{
  PlxToken *t;

  if (!is_word (ctx, i) || !plx_tokens_class (ctx->tokens, i, PLX_CLASS_SPEECH))
    return NULL;
  if (G_UNLIKELY (plx_tokens_class (ctx->tokens, i, PLX_LEX_SOURCE_VERBS)) && !source_beside (ctx, i))
    return NULL;
  t = tok (ctx, i);
  if (t->len > 40)
    return NULL;
  return plx_lexicon_speech_lemma (ctx->lexicon, ctx->tokens->text + t->start, t->len);
}

static inline char
pronoun (Ctx  *ctx,
         guint i)
{
  PlxToken *t;

  if (!is_word (ctx, i) || !plx_tokens_class (ctx->tokens, i, PLX_CLASS_PRONOUN))
    return 0;
  t = tok (ctx, i);
  return plx_lexicon_pronoun (ctx->lexicon, ctx->tokens->text + t->start, t->len);
}

static inline gboolean
has (Ctx      *ctx,
     PlxLexSet set,
     guint     i)
{
  return plx_tokens_class (ctx->tokens, i, set);
}

/* a word longer than @suffix by more than one letter ending in it
 * ("adding", "separately", "wasn't") */
static gboolean
word_ends (Ctx        *ctx,
           guint       i,
           const char *suffix)
{
  PlxToken *t = tok (ctx, i);
  gsize n = strlen (suffix);

  return t->kind == PLX_TOK_WORD && t->len > n + 1 && memcmp (ctx->tokens->text + t->start + t->len - n, suffix, n) == 0;
}

/* "The study, published in X, found that …", "which found that", «как
 * выяснило издание»: a verb of finding speaks only for a document, data
 * or research source in its own sentence (a few words either side) */
static gboolean
source_beside (Ctx  *ctx,
               guint i)
{
  gboolean found = FALSE;
  guint n_tokens = ctx->tokens->n_tokens;

  /* "…, ruling 4-3 that …": a participle after a comma speaks for the
   * subject of the sentence when "that", perhaps after a score or an
   * adverb ("unanimously"), follows
   * ("the court's ruling means …" is a noun) (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && i > 0 && is_char (ctx, i - 1, ',') && word_ends (ctx, i, "ing"))
    {
      guint c = i + 1;

      while (c < n_tokens && c < i + 4 && (tok (ctx, c)->kind == PLX_TOK_NUMBER || tok (ctx, c)->kind == PLX_TOK_DASH
                                           || is_char (ctx, c, '-') || word_ends (ctx, c, "ly")))
        c++;
      return c < n_tokens && has (ctx, PLX_LEX_COMPLEMENTIZERS, c);
    }

  /* English: only before "that" ("found a crashed drone" is no speech;
   * a headline "…, study finds" ends on the verb and is no quote) */
  if (i + 1 >= n_tokens || (tok (ctx, i + 1)->flags & PLX_TF_TERMINATOR)
      || (!plx_lexicon_is_inflected (ctx->lexicon) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, i + 1)))
    return FALSE;
  for (guint w = i, n = 0; w > 0 && n < 12 && !found; n++)
    {
      w--;
      if (tok (ctx, w)->flags & PLX_TF_TERMINATOR)
        break;
      /* (any team of researchers: "the ecologists", "hydrologists") */
      found = plx_tokens_class (ctx->tokens, w, PLX_LEX_SOURCE_NOUNS) || word_ends (ctx, w, "ologists");
    }
  for (guint w = i + 1; w < n_tokens && w < i + 4 && !found; w++)
    {
      if (tok (ctx, w)->flags & PLX_TF_TERMINATOR)
        break;
      found = plx_tokens_class (ctx->tokens, w, PLX_LEX_SOURCE_NOUNS);
    }
  return found;
}

static guint
match_phrase_at (Ctx          *ctx,
                 PlxLexPhrase  phrase,
                 guint         i,
                 const char  **value)
{
  PlxWordRef refs[8];
  guint n = 0, m;

  while (n < G_N_ELEMENTS (refs) && i + n < ctx->n && tok (ctx, i + n)->kind == PLX_TOK_WORD)
    {
      refs[n].str = plx_token_str (ctx->tokens, i + n);
      refs[n].len = tok (ctx, i + n)->len;
      n++;
    }
  if (n == 0)
    return 0;
  m = plx_lexicon_match_phrase (ctx->lexicon, phrase, refs, n, value);
  /* "по предварительным данным", "по официальной версии", "по последним
   * оценкам": one or two dative adjectives (not the outlet's own "по
   * нашим данным") between "по" and a data-source noun (data_markers) */
  if (m == 0 && phrase == PLX_LEX_PHRASE_ACCORDING && n >= 3 && refs[0].len == 4
      && (memcmp (refs[0].str, "по", 4) == 0 || memcmp (refs[0].str, "По", 4) == 0))
    {
      /* (the noun itself may look like one: "данным") */
      for (guint a = 1; a < 3 && a + 1 < n && !(tok (ctx, i + a)->flags & PLX_TF_CAP) && refs[a].len >= 8
                        && (word_ends (ctx, i + a, "ым") || word_ends (ctx, i + a, "им") || word_ends (ctx, i + a, "ой")
                            || word_ends (ctx, i + a, "ей") || word_ends (ctx, i + a, "ся"))
                        && memcmp (refs[a].str, "наш", 6) != 0 && memcmp (refs[a].str, "мо", 4) != 0; a++)
        {
          PlxWordRef skip[8];
          const char *v = NULL;

          skip[0] = refs[0];
          memcpy (skip + 1, refs + a + 1, (n - a - 1) * sizeof (PlxWordRef));
          m = plx_lexicon_match_phrase (ctx->lexicon, phrase, skip, n - a, &v);
          if (m == 2 && v != NULL && plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_DATA_MARKERS, v, strlen (v)))
            {
              if (value != NULL)
                *value = v;
              return m + a;
            }
          m = 0;
        }
    }
  return m;
}

/* The number of words of the phrase of kind @phrase at token @i, 0 when
 * there is none; @value receives its value. Most words start no phrase,
 * which their class says at once. */
static inline guint
match_phrase (Ctx          *ctx,
              PlxLexPhrase  phrase,
              guint         i,
              const char  **value)
{
  if (!plx_tokens_class (ctx->tokens, i, PLX_CLASS_PHRASE_FIRST + phrase))
    return 0;
  return match_phrase_at (ctx, phrase, i, value);
}

static guint
para_end_of (Ctx  *ctx,
             guint i)
{
  guint p = plx_tokens_paragraph_of (ctx->tokens, i);

  return g_array_index (ctx->tokens->paragraphs, PlxRange, p).end;
}

static guint
para_start_of (Ctx  *ctx,
               guint i)
{
  guint p = plx_tokens_paragraph_of (ctx->tokens, i);

  return g_array_index (ctx->tokens->paragraphs, PlxRange, p).first;
}

/* ---- pairing ---------------------------------------------------------- */

typedef struct
{
  guint tok;
  guint8 family;
} Open;

static void
emit_pair (Ctx   *ctx,
           guint  open,
           guint  close,
           guint  end)
{
  PlxFoundQuote q = { 0 };

  q.open = open;
  q.close = close;
  q.first = open + 1;
  q.end = end;
  q.entity = -1;
  q.kind = PLX_QUOTE_DIRECT;
  q.attr_end = close == PLX_NO_TOKEN ? end : close + 1;
  /* leave out a trailing comma: “…,” said X */
  while (q.end > q.first && (is_char (ctx, q.end - 1, ',') || is_char (ctx, q.end - 1, ';')))
    q.end--;
  if (q.end <= q.first)
    return;
  g_array_append_val (ctx->quotes, q);
}

static gboolean
is_quote (Ctx  *ctx,
          guint i)
{
  return i < ctx->n && tok (ctx, i)->kind == PLX_TOK_QUOTE;
}

/* "the mid-'60s", "the ’90s": an apostrophe eliding a decade's century
 * is no quotation mark */
static gboolean
decade_elision (Ctx  *ctx,
                guint i)
{
  PlxToken *t = tok (ctx, i);
  const char *text = ctx->tokens->text;
  gsize p = t->start + t->len;
  guint digits = 0;

  if (t->family != PLX_QF_SINGLE)
    return FALSE;
  while (g_ascii_isdigit (text[p]))
    {
      p++;
      digits++;
    }
  return digits == 2 && text[p] == 's' && !g_ascii_isalnum (text[p + 1]);
}

/* "… said: “We read about it in the paper. ¶ “Nordvolt is paying the
 * price,” said Oliver Grant, an analyst.": the paragraph after an unclosed
 * quote reopens with a quote that someone else — named right after its
 * closing mark — said; it starts a quote of its own, no continuation. */
static gboolean
new_speaker_reopens (Ctx             *ctx,
                     guint            pfirst,
                     guint            open,
                     const PlxRange  *next,
                     guint8           family)
{
  guint c;
  int m;
  int e;

  for (c = next->first + 1; c < next->end && c < next->first + 200; c++)
    if (tok (ctx, c)->kind == PLX_TOK_QUOTE && tok (ctx, c)->family == family)
      break;
  if (c >= next->end || c >= next->first + 200 || !(tok (ctx, c)->flags & PLX_TF_CAN_CLOSE))
    return FALSE;
  c++;
  while (c < next->end && (is_char (ctx, c, ',') || tok (ctx, c)->kind == PLX_TOK_DASH))
    c++;
  if (c + 1 >= next->end)
    return FALSE;
  m = plx_people_mention_from (ctx->people, c);
  if (m < 0 || g_array_index (ctx->people->mentions, PlxMention, m).first > c + 1
      || g_array_index (ctx->people->mentions, PlxMention, m).kind != PLX_MENTION_NAME)
    return FALSE;
  e = g_array_index (ctx->people->mentions, PlxMention, m).entity;
  /* "said Oliver Grant" / "Oliver Grant said" */
  if (speech_lemma (ctx, c) == NULL && speech_lemma (ctx, g_array_index (ctx->people->mentions, PlxMention, m).end) == NULL)
    return FALSE;
  if (e < 0)
    return FALSE;
  /* the unclosed quote was attributed before it opened ("X said: “…"),
   * so a speaker named after the next one is not naming the first one
   * late; the same person named before goes on speaking */
  {
    gboolean spoke = FALSE;

    for (guint k = pfirst; k < open; k++)
      {
        int mk = plx_people_mention_at (ctx->people, k);

        if (mk >= 0 && g_array_index (ctx->people->mentions, PlxMention, mk).entity == e)
          return FALSE;
        if (speech_lemma (ctx, k) != NULL)
          spoke = TRUE;
      }
    return spoke;
  }
}

static void
pair_marks (Ctx *ctx)
{
  GArray *paras = ctx->tokens->paragraphs;
  Open stack[MAX_DEPTH];
  guint depth = 0;
  gboolean skip_reopen = FALSE;

  for (guint p = 0; p < paras->len; p++)
    {
      PlxRange *para = &g_array_index (paras, PlxRange, p);

      for (guint i = para->first; i < para->end; i++)
        {
          PlxToken *t = tok (ctx, i);
          gboolean closed = FALSE;

          if (t->kind != PLX_TOK_QUOTE || decade_elision (ctx, i))
            continue;
          if (skip_reopen && i == para->first)
            {
              skip_reopen = FALSE;
              continue;
            }
          if ((t->flags & PLX_TF_CAN_CLOSE) && depth > 0)
            {
              for (guint s = depth; s-- > 0;)
                if (stack[s].family == t->family)
                  {
                    if (s == 0)
                      emit_pair (ctx, stack[0].tok, i, i);
                    depth = s;
                    closed = TRUE;
                    break;
                  }
            }
          if (!closed && (t->flags & PLX_TF_CAN_OPEN))
            {
              if (depth < MAX_DEPTH)
                {
                  stack[depth].tok = i;
                  stack[depth].family = t->family;
                  depth++;
                }
            }
        }
      skip_reopen = FALSE;
      if (depth == 0)
        continue;
      /* the quote is still open at the end of the paragraph (single marks,
       * which apostrophes share, only when both the mark that opened it
       * and the one opening the next paragraph can only open: UK "‘…¶‘…’") */
      if (p + 1 < paras->len
          && (stack[0].family != PLX_QF_SINGLE
              || ((tok (ctx, stack[0].tok)->flags & (PLX_TF_CAN_OPEN | PLX_TF_CAN_CLOSE)) == PLX_TF_CAN_OPEN
                  && g_array_index (paras, PlxRange, p + 1).first < g_array_index (paras, PlxRange, p + 1).end
                  && tok (ctx, g_array_index (paras, PlxRange, p + 1).first)->kind == PLX_TOK_QUOTE
                  && (tok (ctx, g_array_index (paras, PlxRange, p + 1).first)->flags & (PLX_TF_CAN_OPEN | PLX_TF_CAN_CLOSE))
                     == PLX_TF_CAN_OPEN)))
        {
          PlxRange *next = &g_array_index (paras, PlxRange, p + 1);
          PlxToken *f = next->first < next->end ? tok (ctx, next->first) : NULL;

          if (f != NULL && f->kind == PLX_TOK_QUOTE && (f->flags & PLX_TF_CAN_OPEN)
              && f->family == stack[0].family
              && !new_speaker_reopens (ctx, para->first, stack[0].tok, next, f->family))
            {
              /* multi-paragraph quote: continues into the next paragraph */
              depth = 1;
              skip_reopen = TRUE;
              continue;
            }
          /* "«… ¶ …», — сказал глава округа.": the next paragraph goes on
           * without reopening and closes the quote before its attribution */
          if (f != NULL && f->kind != PLX_TOK_QUOTE && f->kind != PLX_TOK_DASH)
            {
              guint c;

              for (c = next->first; c < next->end && c < next->first + 200; c++)
                if (tok (ctx, c)->kind == PLX_TOK_QUOTE)
                  break;
              if (c < next->end && c < next->first + 200 && tok (ctx, c)->family == stack[0].family
                  && (tok (ctx, c)->flags & PLX_TF_CAN_CLOSE) && !(tok (ctx, c)->flags & PLX_TF_CAN_OPEN)
                  && c > next->first && (tok (ctx, c - 1)->kind == PLX_TOK_PUNCT || tok (ctx, c - 1)->kind == PLX_TOK_WORD))
                {
                  guint v = c + 1;
                  gboolean cue = FALSE;

                  while (v < next->end && (is_char (ctx, v, ',') || tok (ctx, v)->kind == PLX_TOK_DASH))
                    v++;
                  for (guint w = v; w < next->end && w < v + 3 && !cue; w++)
                    cue = speech_lemma (ctx, w) != NULL;
                  if (cue && v > c + 1)
                    {
                      depth = 1;
                      continue;
                    }
                }
            }
        }
      if (stack[0].family != PLX_QF_SINGLE)
        {
          guint words = 0;

          for (guint i = stack[0].tok + 1; i < para->end && words < 3; i++)
            if (tok (ctx, i)->kind == PLX_TOK_WORD)
              words++;
          /* "«…, — добавил он." with the closing mark left out: the quote
           * ends where a dash after its punctuation brings in a speech verb */
          guint cut = para->end;
          int inner = 0;

          for (guint i = stack[0].tok + 1; i + 2 < para->end && cut == para->end; i++)
            {
              if (tok (ctx, i)->kind == PLX_TOK_QUOTE)
                inner += (tok (ctx, i)->flags & PLX_TF_CAN_OPEN) ? 1 : -1;
              else if (inner <= 0 && tok (ctx, i)->kind == PLX_TOK_PUNCT && tok (ctx, i + 1)->kind == PLX_TOK_DASH
                       && (is_char (ctx, i, ',') || is_char (ctx, i, '!') || is_char (ctx, i, '?')
                           || tok (ctx, i)->len > 1))
                {
                  for (guint w = i + 2; w < para->end && w < i + 5; w++)
                    {
                      if (speech_lemma (ctx, w) != NULL)
                        {
                          cut = i + 1;
                          break;
                        }
                      if (tok (ctx, w)->kind != PLX_TOK_WORD)
                        break;
                    }
                }
            }
          /* a stray mark before a few words is no quote */
          if (words >= 3)
            emit_pair (ctx, stack[0].tok, cut < para->end ? cut : PLX_NO_TOKEN, cut);
        }
      depth = 0;
    }
}

/* ---- attribution ------------------------------------------------------ */

#define find_object(ctx, from, to, a) find_object_within ((ctx), (from), (to), 12, (a))

static guint person_ref_at (Ctx *ctx, guint i, guint limit, int *entity, PlxMentionKind *kind);
static gboolean find_object_within (Ctx *ctx, guint from, guint to, guint window, struct _Attribution *a);

static gboolean find_speaker_of (Ctx *ctx, guint from, guint v, guint window, struct _Attribution *a);
static gboolean dative_like (Ctx *ctx, guint i);
static gboolean auxiliary (Ctx *ctx, guint i);
static gboolean names_quote (Ctx *ctx, guint w, guint e);
static gboolean signal_takes_clause (Ctx *ctx, guint first, guint end);
static gboolean coordinated_own_clause (Ctx *ctx, guint w, guint e);
static gboolean plural_possessive (Ctx *ctx, guint k);
static char verb_gender (Ctx *ctx, guint v);
static int ru_title_entity (Ctx *ctx, guint w);
static gboolean looks_finite (Ctx *ctx, guint first, guint end);
static int described_entity (Ctx *ctx, guint i);
static gboolean verb_like (Ctx *ctx, guint i);

/* "Сосед Сафиуллина, попросивший не называть его имени, рассказал",
 * "Мужчина, не назвавший себя, спросил", "Источник, пожелавший остаться
 * анонимным, добавил": the words between the comma @c and the comma
 * @limit say the speaker's name is withheld — the speaker is nobody the
 * text names, whatever name the phrase before them holds (not "Сергей,
 * попросивший не называть его фамилию,": only the surname withheld; nor
 * "Министр, не назвавший сроков,": no name withheld) (Russian) */
static gboolean
ru_anonymous_aside (Ctx  *ctx,
                    guint c,
                    guint limit)
{
  gboolean anon = FALSE;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || c + 2 >= limit || limit - c > 10 || limit >= ctx->n
      || !is_char (ctx, c, ',') || !(is_char (ctx, limit, ',') || (tok (ctx, limit)->flags & PLX_TF_TERMINATOR)))
    return FALSE;
  for (guint w = c + 1; w < limit; w++)
    {
      const char *s = plx_token_str (ctx->tokens, w);
      guint len = tok (ctx, w)->len;

      if (!is_word (ctx, w) || (tok (ctx, w)->flags & PLX_TF_IN_QUOTE))
        return FALSE;
      if (plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_ANONYMITY, s, len))
        anon = TRUE;
      else if (plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_WITHHELD_NAME, s, len))
        {
          gboolean negated = FALSE, name = TRUE;

          for (guint b = w; b-- > c + 1 && w - b <= 2;)
            negated |= has (ctx, PLX_LEX_NEGATIONS, b);
          /* (what it withholds, to the aside's end: a name or the
           * person, not a fact) */
          for (guint o = w + 1; o < limit && name; o++)
            name = plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_WITHHELD_OBJECTS, plx_token_str (ctx->tokens, o),
                                        tok (ctx, o)->len);
          anon |= negated && name;
          if (negated)
            break;
        }
    }
  return anon;
}

/* ru_anonymous_aside() for the aside a comma at @c opens, up to the next
 * comma or the sentence end (Russian) */
static gboolean
ru_anonymous_after (Ctx  *ctx,
                    guint c)
{
  guint l = c + 1;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || !is_char (ctx, c, ','))
    return FALSE;
  while (l < ctx->n && l <= c + 10 && is_word (ctx, l))
    l++;
  return l < ctx->n && ru_anonymous_aside (ctx, c, l);
}

/* "A source close to the talks was more cautious. “…,” he said.": the
 * sentence [@from, @to) is led by an unnamed person (a role that names
 * nobody in the text) and names no one else outside quotes, so a pronoun
 * after it refers to that person, not to someone named earlier. */
static gboolean
unnamed_subject_before (Ctx  *ctx,
                        guint from,
                        guint to)
{
  gboolean lead = FALSE;

  /* "Коллега Дробышева, попросивший не называть его имени, рассказал,
   * что … . «…», — сказал он.": a subject that is no name, its name
   * withheld in an aside, names nobody (Russian) */
  if (plx_lexicon_is_inflected (ctx->lexicon) && plx_people_mention_at (ctx->people, from) < 0)
    for (guint c = from + 1; c < to && c < from + 12; c++)
      {
        if (speech_lemma (ctx, c) != NULL || (tok (ctx, c)->flags & PLX_TF_IN_QUOTE))
          break;
        if (ru_anonymous_after (ctx, c))
          return TRUE;
      }

  /* "A nursing assistant who worked there said …", "One of them, a
   * former analyst, said …": an indefinite subject names nobody */
  if (from + 1 < to && is_word (ctx, from) && has (ctx, PLX_LEX_INDEFINITES, from))
    {
      guint w = from + 1;

      /* … "One London-based trader", "A Kremlin source": capitalised
       * modifiers that name no one */
      while (w + 1 < to && w < from + 4 && plx_people_mention_at (ctx->people, w) < 0
             && ((is_word (ctx, w) && (tok (ctx, w)->flags & PLX_TF_CAP)) || is_char (ctx, w, '-')))
        w++;
      if (is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_CAP) && plx_people_mention_at (ctx->people, w) < 0)
        lead = TRUE;
    }
  for (guint i = from; i < to && i < from + 4 && !lead; i++)
    {
      int e = -1;
      guint end;

      if (!is_word (ctx, i) || plx_people_mention_at (ctx->people, i) >= 0)
        break;
      if (pronoun (ctx, i) != 0)
        break;
      /* "Asked by a reporter whether …, she paused": a role after a verb
       * or a preposition is no subject */
      if (speech_lemma (ctx, i) != NULL
          || (!plx_lexicon_is_inflected (ctx->lexicon) && has (ctx, PLX_LEX_PREPOSITIONS, i)))
        break;
      end = plx_people_role_at (ctx->people, i, to, &e);
      if (end > i)
        {
          lead = e < 0;
          break;
        }
    }
  if (!lead)
    return FALSE;
  /* (a name in the clause the subject reports is no other subject:
   * "…, рассказала, что о приказе Орловой узнали …") */
  for (guint i = from; i < to && !(i > from + 1 && i + 1 < to && speech_lemma (ctx, i) != NULL
                                    && !(tok (ctx, i)->flags & PLX_TF_IN_QUOTE)
                                    && plx_people_mention_at (ctx->people, i + 1) < 0
                                    && (is_char (ctx, i + 1, ',') || has (ctx, PLX_LEX_COMPLEMENTIZERS, i + 1)));
       i++)
    if (!(tok (ctx, i)->flags & PLX_TF_IN_QUOTE) && plx_people_mention_at (ctx->people, i) >= 0
        && g_array_index (ctx->people->mentions, PlxMention, plx_people_mention_at (ctx->people, i)).entity >= 0)
      return FALSE;
  return TRUE;
}

/* A definite determiner at @i opening a description: "the", "this" —
 * not "a", nor a pronoun ("his", "her") */
static gboolean
definite_lead (Ctx  *ctx,
               guint i)
{
  return is_word (ctx, i) && has (ctx, PLX_LEX_DETERMINERS, i) && !has (ctx, PLX_LEX_INDEFINITES, i)
         && pronoun (ctx, i) == 0;
}

/* "the librarian" after "Ann Roe, 44, a librarian at …": the one person
 * the article described with the head word of the definite role
 * [@start, @end), -1 when none */
static int
described_role (Ctx  *ctx,
                guint start,
                guint end)
{
  if (end > start + 1 && definite_lead (ctx, start) && is_word (ctx, end - 1)
      && !(tok (ctx, end - 1)->flags & PLX_TF_CAP))
    return described_entity (ctx, end - 1);
  return -1;
}

/* Whether the person @entity (-1: none) can be referred to by a pronoun
 * of @gender ('m', 'f', or 0 when the pronoun tells none). */
static inline gboolean
gender_fits (Ctx  *ctx,
             int   entity,
             char  gender)
{
  const PlxEntity *e = entity >= 0 ? g_ptr_array_index (ctx->people->entities, entity) : NULL;

  return e != NULL && (gender == 0 || e->gender == 0 || e->gender == gender);
}

/* "The former striker did not answer directly. “…,” she said.": the
 * sentence before opens with a definite description whose head word the
 * article gave one person ("Ann Roe, a former Rovers striker,"); -1 when
 * it does not */
static int
described_subject_before (Ctx     *ctx,
                          guint    ps,
                          guint    sstart,
                          gboolean cross,
                          int      gender)
{
  if (!cross && !plx_lexicon_is_inflected (ctx->lexicon) && ps < sstart && definite_lead (ctx, ps)
      && !(tok (ctx, ps)->flags & PLX_TF_IN_QUOTE))
    {
      guint h = ps + 1;

      while (h < sstart && h < ps + 4 && is_word (ctx, h) && !(tok (ctx, h)->flags & PLX_TF_CAP)
             && !verb_like (ctx, h))
        h++;
      if (h > ps + 1 && h < sstart && is_word (ctx, h) && !(tok (ctx, h)->flags & PLX_TF_CAP) && verb_like (ctx, h)
          && !has (ctx, PLX_LEX_PREPOSITIONS, h) && !has (ctx, PLX_LEX_COORDINATORS, h))
        {
          int d = described_entity (ctx, h - 1);

          if (gender_fits (ctx, d, gender))
            return d;
        }
      /* "The judge was unmoved. “…,” she told him": … or a role the
       * people pass tied to someone known ("Judge Ann Roe") */
      {
        int e = -1;
        PlxMentionKind kind = PLX_MENTION_NAME;
        guint r = person_ref_at (ctx, ps, sstart, &e, &kind);

        if (r > ps + 1 && r < sstart && kind == PLX_MENTION_ROLE && e >= 0 && is_word (ctx, r)
            && !(tok (ctx, r)->flags & PLX_TF_CAP) && verb_like (ctx, r) && !has (ctx, PLX_LEX_PREPOSITIONS, r)
            && !has (ctx, PLX_LEX_COORDINATORS, r) && gender_fits (ctx, e, gender))
          return e;
      }
    }
  return -1;
}

/* The person named first after the verb at @v (within @span words,
 * before @sstart, a comma, the end of the sentence or a pronoun — with
 * @phrase_ends, also a quote mark or a preposition) when a pronoun of
 * @gender fits them; -1. */
static int
name_after_verb (Ctx     *ctx,
                 guint    v,
                 guint    sstart,
                 guint    span,
                 gboolean phrase_ends,
                 char     gender)
{
  for (guint w = v + 1; w < sstart && w <= v + span; w++)
    {
      int m = plx_people_mention_at (ctx->people, w);

      if (is_char (ctx, w, ',') || (tok (ctx, w)->flags & PLX_TF_TERMINATOR) || pronoun (ctx, w) != 0
          || (phrase_ends && (tok (ctx, w)->kind == PLX_TOK_QUOTE || (is_word (ctx, w) && has (ctx, PLX_LEX_PREPOSITIONS, w)))))
        break;
      if (m >= 0)
        {
          PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

          return mm->kind == PLX_MENTION_NAME && gender_fits (ctx, mm->entity, gender) ? mm->entity : -1;
        }
    }
  return -1;
}

static int last_quoted_speaker (Ctx *ctx, guint sstart, guint i, char gender);

/* "Another resident, who asked not to be named, said …. “…,” she said.":
 * a pronoun naming a speaker refers to whoever spoke in the sentence
 * before, even when that was someone unnamed. */
static int
resolve_speaker_pronoun (Ctx  *ctx,
                         guint i,
                         char  gender)
{
  guint sstart = plx_tokens_sentence_start (ctx->tokens, i, i > 200 ? i - 200 : 0);
  guint pstart = para_start_of (ctx, i);
  guint ps;
  int result = -2;
  gboolean spoke = FALSE;
  gboolean cross;

  /* "«… . Нам говорят …», — пожаловалась она.": a sentence that starts
   * inside the quote the pronoun attributes starts at its opening mark
   * (Russian dash attribution; in English the quote's own sentences
   * carry no speaker of their own) */
  /* … in English too: "‘The plan is clear. Nothing has changed,’ he
   * said." after an unnamed speaker (only to find that one: a sentence
   * naming someone is left to the pronoun resolution) */
  gboolean extended = FALSE;

  if (sstart > 0 && sstart < i && (tok (ctx, sstart)->flags & PLX_TF_IN_QUOTE)
      && !(tok (ctx, i)->flags & PLX_TF_IN_QUOTE))
    {
      guint o = sstart;

      extended = !plx_lexicon_is_inflected (ctx->lexicon);

      while (o > 0 && sstart - o < 400 && (tok (ctx, o - 1)->flags & PLX_TF_IN_QUOTE))
        o--;
      if (o < sstart && !(tok (ctx, o)->flags & PLX_TF_SENT_START))
        sstart = plx_tokens_sentence_start (ctx->tokens, o, o > 200 ? o - 200 : 0);
      else if (o < sstart)
        sstart = o;
    }
  /* across a paragraph break only a role naming someone known carries */
  cross = sstart <= pstart;

  if (ctx->pronoun_depth > 0 || sstart == 0)
    return plx_people_resolve_pronoun (ctx->people, i, gender);
  /* "Asked by Cllr Desai whether …, she said": the one asked answers,
   * not the asker — the person of that gender mentioned last before the
   * sentence other than the asker (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && i > sstart + 4 && is_word (ctx, sstart)
      && has (ctx, PLX_LEX_QUESTION_VERBS, sstart) && is_word (ctx, sstart + 1)
      && has (ctx, PLX_LEX_AGENT_MARKERS, sstart + 1) && is_char (ctx, i - 1, ','))
    {
      int a2 = plx_people_mention_from (ctx->people, sstart + 2);
      int asker = a2 >= 0 && g_array_index (ctx->people->mentions, PlxMention, a2).first <= sstart + 4
                  && g_array_index (ctx->people->mentions, PlxMention, a2).end < i
                  && g_array_index (ctx->people->mentions, PlxMention, a2).kind == PLX_MENTION_NAME
                  ? g_array_index (ctx->people->mentions, PlxMention, a2).entity : -1;
      int m = plx_people_mention_from (ctx->people, sstart);

      if (asker >= 0 && plx_people_resolve_pronoun (ctx->people, i, gender) == asker)
        for (int n = (m >= 0 ? m : (int) ctx->people->mentions->len) - 1, seen = 0; n >= 0 && seen < 30; n--, seen++)
          {
            const PlxMention *pm = &g_array_index (ctx->people->mentions, PlxMention, n);
            const PlxEntity *pe;

            if (pm->entity < 0 || pm->entity == asker || pm->kind == PLX_MENTION_BYLINE
                || pm->kind == PLX_MENTION_PRONOUN || pm->first + 400 < sstart)
              continue;
            pe = g_ptr_array_index (ctx->people->entities, pm->entity);
            if (gender != 0 && pe->gender != 0 && pe->gender != gender)
              continue;
            return pm->entity;
          }
    }
  /* "X said …, although he conceded that …", "X said … and she added
   * …": a pronoun after a coordinator or a concession in the sentence
   * where someone named spoke is that speaker */
  {
    guint c = i > sstart && is_word (ctx, i - 1) ? i - 1 : i;

    if (c < i && (has (ctx, PLX_LEX_COORDINATORS, c) || has (ctx, PLX_LEX_CONCESSIVES, c)))
      for (guint v = c; v-- > sstart;)
        {
          struct _Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
          gboolean found;

          if (speech_lemma (ctx, v) == NULL || (tok (ctx, v)->flags & PLX_TF_IN_QUOTE)
              || (v > sstart && (has (ctx, PLX_LEX_NEGATIONS, v - 1) || has (ctx, PLX_LEX_INFINITIVE, v - 1))))
            continue;
          ctx->pronoun_depth++;
          found = find_speaker_of (ctx, sstart, v, 16, &a);
          ctx->pronoun_depth--;
          if (found && a.ref_kind == PLX_MENTION_NAME && gender_fits (ctx, a.entity, gender))
            return a.entity;
          break;
        }
  }
  ps = plx_tokens_sentence_start (ctx->tokens, sstart - 1, sstart > 200 ? sstart - 200 : 0);
  ctx->pronoun_depth++;
  /* the main speech verb of that sentence: the last one ("who asked not to
   * be named …, said") */
  for (guint v = sstart; v-- > ps;)
    {
      struct _Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };

      if (speech_lemma (ctx, v) == NULL || (tok (ctx, v)->flags & PLX_TF_IN_QUOTE)
          || (v > ps && (has (ctx, PLX_LEX_NEGATIONS, v - 1) || has (ctx, PLX_LEX_INFINITIVE, v - 1))))
        continue;
      /* "a deal that critics called a climbdown": a naming verb without
       * quoted words is no speech (English) */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && has (ctx, PLX_LEX_NAMING_VERBS, v))
        {
          gboolean marks = FALSE;

          for (guint w = v + 1; w < sstart && w <= v + 5 && !marks; w++)
            marks = is_quote (ctx, w);
          if (!marks)
            continue;
        }
      spoke = TRUE;
      /* "X рассказал, что жители писали жалобы": not a verb of the
       * clause reported, but the one that reports it */
      for (guint u = v; u-- > ps + 1;)
        if (is_word (ctx, u) && has (ctx, PLX_LEX_COMPLEMENTIZERS, u) && !(tok (ctx, u)->flags & PLX_TF_IN_QUOTE))
          for (guint w = u; w-- > ps && u - w <= 3;)
            if (speech_lemma (ctx, w) != NULL && w > ps && !(tok (ctx, w)->flags & PLX_TF_IN_QUOTE))
              {
                v = w;
                u = w;
                break;
              }
      /* "Корреспондент спросил директора, почему …. ¶ — …, — ответил
       * он.": who answers is whom the question was put to (Russian) */
      {
        const char *asked = speech_lemma (ctx, v);
        const char *cue = i > 0 && speech_lemma (ctx, i - 1) != NULL ? speech_lemma (ctx, i - 1)
                          : i + 1 < ctx->n ? speech_lemma (ctx, i + 1) : NULL;
        int o = -1;

        if (plx_lexicon_is_inflected (ctx->lexicon) && cue != NULL && g_str_equal (cue, "ответить") && asked != NULL
            && (g_str_equal (asked, "спросить") || g_str_equal (asked, "поинтересоваться")))
          for (guint w = v + 1; w < sstart && w <= v + 8; w++)
            {
              PlxMentionKind kind = PLX_MENTION_NAME;

              if (!is_word (ctx, w) || pronoun (ctx, w) != 0)
                break;
              /* "поинтересовался у директора" */
              if (has (ctx, PLX_LEX_PREPOSITIONS, w))
                continue;
              if (person_ref_at (ctx, w, sstart, &o, &kind) > w)
                {
                  /* "спросил директора УК": the one whose titles hold it */
                  if (o < 0 && kind == PLX_MENTION_ROLE)
                    o = ru_title_entity (ctx, w);
                  break;
                }
              o = has (ctx, PLX_LEX_ROLE_NOUNS, w) || has (ctx, PLX_LEX_HEAD_WORDS, w) ? ru_title_entity (ctx, w) : -1;
              if (o >= 0)
                break;
            }
        if (gender_fits (ctx, o, gender))
          {
            result = o;
            break;
          }
      }
      /* "«…», — сказал „Ъ“ собеседник, знакомый с …. По его словам,
       * …": in a dash attribution the subject follows the verb; an
       * anonymous one there is the unnamed speaker (also after the
       * content: "…, сообщил источник „Ъ“. По его словам, …") */
      if (plx_lexicon_is_inflected (ctx->lexicon) && v > ps
          && (tok (ctx, v - 1)->kind == PLX_TOK_DASH || is_char (ctx, v - 1, ',')))
        {
          gboolean anon = FALSE;

          for (guint w = v + 1; w < sstart && w <= v + 6 && !anon; w++)
            {
              if (plx_people_mention_at (ctx->people, w) >= 0 || pronoun (ctx, w) != 0
                  || is_char (ctx, w, ',') || (tok (ctx, w)->flags & PLX_TF_TERMINATOR))
                break;
              anon = is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_CAP) && has (ctx, PLX_LEX_ANONYMOUS_ROLES, w)
                     && !dative_like (ctx, w);
              /* "— заявил министр журналистам": the first role decides */
              if (!anon && is_word (ctx, w)
                  && (has (ctx, PLX_LEX_ROLE_NOUNS, w) || has (ctx, PLX_LEX_GENERIC_ROLES, w)
                      || has (ctx, PLX_LEX_HEAD_WORDS, w)))
                break;
            }
          /* "«…», — сказал «Вестям» водитель со стажем Иван Серов. По его
           * словам, …": the name after the verb, however far behind its
           * role (even an anonymous-sounding one), is the speaker the
           * pronoun continues */
          int named_after = name_after_verb (ctx, v, sstart, 14, FALSE, gender);

          if (named_after >= 0)
            result = named_after;
          if (result >= 0)
            break;
          if (anon)
            {
              result = cross ? -2 : -1;
              break;
            }
        }
      if (find_speaker_of (ctx, ps, v, 16, &a) && a.ref_end > 0
          && a.ref_kind == PLX_MENTION_ROLE && a.entity < 0)
        {
          /* "Ее сосед Андрей Шевчук рассказал", "…, и подтвердил
           * гендиректор компании Артем Гусельников": a name in
           * apposition to the role, or after the verb in Russian, names
           * the speaker */
          gboolean named = plx_people_mention_at (ctx->people, a.ref_end) >= 0
                           /* "X’s lawyer, Ellen Roe, said": in apposition */
                           || (a.ref_end + 1 < v && is_char (ctx, a.ref_end, ',')
                               && plx_people_mention_at (ctx->people, a.ref_end + 1) >= 0);

          for (guint w = v + 1; !named && plx_lexicon_is_inflected (ctx->lexicon) && w < sstart && w <= v + 8; w++)
            {
              int m = plx_people_mention_at (ctx->people, w);

              if (is_char (ctx, w, ',') || (tok (ctx, w)->flags & PLX_TF_TERMINATOR))
                break;
              named = m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME;
            }
          /* "“…?” a reporter asked. “…,” he replied": the unnamed one
           * put a question; the pronoun is the one who answers it */
          gboolean question = FALSE;

          for (guint w = ps; w < v && !question && !plx_lexicon_is_inflected (ctx->lexicon); w++)
            question = is_char (ctx, w, '?') && (tok (ctx, w)->flags & PLX_TF_IN_QUOTE);
          for (guint w = ps; w < sstart && extended && !named; w++)
            named = !(tok (ctx, w)->flags & PLX_TF_IN_QUOTE) && plx_people_mention_at (ctx->people, w) >= 0;
          if (!named && !question)
            result = cross ? -2 : -1;   /* an unnamed speaker */
        }
      else if (a.ref_end > 0 && a.ref_kind == PLX_MENTION_ROLE && a.entity >= 0)
        {
          /* "…, the fire chief said. “…,” he added.": a role that names
           * someone known is that person */
          if (gender_fits (ctx, a.entity, gender))
            result = a.entity;
        }
      /* "Roe told Kessler that …. But she said …": who spoke in the
       * sentence before, not whom she told (English) */
      else if (a.ref_end > 0 && a.ref_kind == PLX_MENTION_NAME && a.entity >= 0 && !cross
               && !plx_lexicon_is_inflected (ctx->lexicon) && gender_fits (ctx, a.entity, gender))
        {
          /* (the main clause's: not "Tate struggled when Sen. Roe asked
           * him …") */
          gboolean main = a.ref_first >= ps;

          for (guint w = ps; w < a.ref_first && main; w++)
            main = !(is_word (ctx, w) && has (ctx, PLX_LEX_SUBORDINATORS, w));
          if (main)
            result = a.entity;
        }
      /* "Об этом заявил журналистам министр X по итогам встречи с Y.": in
       * Russian the subject may follow the verb — the first name after
       * it, before any comma or preposition */
      else if (a.ref_end == 0 && plx_lexicon_is_inflected (ctx->lexicon) && v > ps && is_word (ctx, v - 1)
               && tok (ctx, v - 1)->kind != PLX_TOK_DASH)
        {
          /* (not a name in a phrase after it: "настаивала на наказании
           * для Кузьмина") */
          int e = name_after_verb (ctx, v, sstart, 10, TRUE, gender);

          if (e >= 0)
            result = e;
        }
      break;
    }
  /* "По словам одного из них, …. «…», — пояснил он.", "According to
   * one of them, …": the marker names one of a group, nobody in person */
  if (result == -2 && !spoke && !cross)
    for (guint w = ps; w < sstart && w < ps + 12; w++)
      {
        guint k = is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_IN_QUOTE)
                  ? match_phrase (ctx, PLX_LEX_PHRASE_ACCORDING, w, NULL) : 0;

        if (k == 0)
          continue;
        if (w + k + 1 < sstart && is_word (ctx, w + k) && has (ctx, PLX_LEX_INDEFINITES, w + k)
            && is_word (ctx, w + k + 1) && has (ctx, PLX_LEX_PREPOSITIONS, w + k + 1))
          result = -1;
        break;
      }
  /* "По словам представителя Кремля, президент X проведет …. «…», —
   * добавил он.": a sentence reported after an according marker speaks
   * for its source, not for someone named in what it reports (Russian) */
  if (result == -2 && !spoke && !cross && plx_lexicon_is_inflected (ctx->lexicon))
    for (guint w = ps; w < sstart && w < ps + 12; w++)
      {
        guint k = is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_IN_QUOTE)
                  ? match_phrase (ctx, PLX_LEX_PHRASE_ACCORDING, w, NULL) : 0;
        int e = -1;

        if (k == 0)
          continue;
        /* "по его словам": the marker holds the source */
        for (guint t = w; t < w + k && e < 0; t++)
          if (pronoun (ctx, t) != 0)
            e = plx_people_resolve_pronoun (ctx->people, t, pronoun (ctx, t) == '?' ? 0 : pronoun (ctx, t));
        for (guint t = w + k; e < 0 && t < sstart && t < w + k + 12 && is_word (ctx, t); t++)
          {
            PlxMentionKind kind = PLX_MENTION_NAME;

            if (person_ref_at (ctx, t, sstart, &e, &kind) > t)
              break;
          }
        if (gender_fits (ctx, e, gender))
          result = e;
        break;
      }
  /* … also across a paragraph break when that sentence spoke: "A nurse
   * who worked there said she …. ¶ “…,” she said." */
  if (result == -2)
    {
      int d = described_subject_before (ctx, ps, sstart, cross, gender);

      if (d >= 0)
        {
          ctx->pronoun_depth--;
          return d;
        }
    }
  /* (not «Стюардессы держались спокойно», — сказала она: a sentence of
   * the quote before its attribution opens on what the speaker spoke of) */
  if (result == -2 && (!cross || spoke))
    result = !(tok (ctx, ps)->flags & PLX_TF_IN_QUOTE) && unnamed_subject_before (ctx, ps, sstart) ? -1 : -2;
  if (result == -2 && !cross)
    result = last_quoted_speaker (ctx, sstart, i, gender);
  ctx->pronoun_depth--;
  if (result == -1 || result >= 0)
    return result;
  return plx_people_resolve_pronoun (ctx->people, i, gender);
}

/* his, her, its, their (determiners that are pronouns); его, её, их */
static gboolean
possessive_pronoun (Ctx  *ctx,
                    guint i)
{
  /* … and capitalised at the start of a sentence: "Его адвокат заявил" */
  static const char *ru[] = { "его", "её", "ее", "их", "Его", "Её", "Ее", "Их" };
  PlxToken *t = tok (ctx, i);

  if (!plx_lexicon_is_inflected (ctx->lexicon))
    return has (ctx, PLX_LEX_DETERMINERS, i);
  for (guint k = 0; k < G_N_ELEMENTS (ru); k++)
    if (t->len == strlen (ru[k]) && memcmp (ctx->tokens->text + t->start, ru[k], t->len) == 0)
      return TRUE;
  return FALSE;
}

/* "the 34-year-old", "the 34-year-old Irishman": the end of a definite
 * description by age right before a speech verb or a comma; @i when
 * there is none. */
static guint
epithet_end (Ctx  *ctx,
             guint i,
             guint limit)
{
  static const char suffix[] = "year-old";
  const char *text = ctx->tokens->text;
  PlxToken *t;
  guint j;

  if (!is_word (ctx, i) || !has (ctx, PLX_LEX_DETERMINERS, i) || has (ctx, PLX_LEX_INDEFINITES, i)
      || pronoun (ctx, i) != 0 || i + 1 >= limit)
    return i;
  t = tok (ctx, i + 1);
  /* "the father-of-three", "the mother-of-two": one lower-case word
   * with "-of-" inside */
  if (t->kind == PLX_TOK_WORD && !(t->flags & PLX_TF_CAP) && t->len > 6
      && g_strstr_len (text + t->start + 1, t->len - 2, "-of-") != NULL)
    {
      j = i + 2;
      if (j < limit && !is_char (ctx, j, ',') && speech_lemma (ctx, j) == NULL)
        return i;
      return j;
    }
  if (t->kind != PLX_TOK_NUMBER)
    return i;
  /* one token: the digits, a hyphen and "year-old" */
  if (t->len <= strlen (suffix) + 1 || text[t->start + t->len - strlen (suffix) - 1] != '-'
      || strncmp (text + t->start + t->len - strlen (suffix), suffix, strlen (suffix)) != 0)
    return i;
  j = i + 2;
  /* "the 34-year-old striker": a role word may follow */
  if (j < limit && is_word (ctx, j) && !(tok (ctx, j)->flags & PLX_TF_CAP) && speech_lemma (ctx, j) == NULL
      && (has (ctx, PLX_LEX_ROLE_NOUNS, j) || has (ctx, PLX_LEX_GENERIC_ROLES, j)
          /* (any noun right before the verb: "the 47-year-old
           * congresswoman said") */
          || (j + 1 < ctx->n && !has (ctx, PLX_LEX_STOPWORDS, j) && speech_lemma (ctx, j + 1) != NULL)))
    j++;
  if (j < limit && !is_char (ctx, j, ',') && speech_lemma (ctx, j) == NULL)
    return i;
  return j;
}

/* Notes in @table (ctx->descriptors, ctx->role_before_name) that the
 * word @key (taken) stands for @entity: entity + 1 the first time, 0 once
 * two people disagree. */
static void
note_entity (GHashTable *table,
             char       *key,
             int         entity)
{
  gpointer old;

  if (!g_hash_table_lookup_extended (table, key, NULL, &old))
    g_hash_table_insert (table, key, GINT_TO_POINTER (entity + 1));
  else if (GPOINTER_TO_INT (old) != entity + 1)
    g_hash_table_replace (table, key, GINT_TO_POINTER (0));
  else
    g_free (key);
}

/* g_utf8_strdown (@s, @len), without the Unicode tables for ASCII other
 * than 'I' (the one ASCII letter a locale, Turkish, lowers otherwise) */
static char *
lower_dup (const char *s,
           gsize       len)
{
  char *out;

  for (gsize k = 0; k < len; k++)
    if ((guchar) s[k] >= 0x80 || s[k] == 'I' || s[k] == '\0')
      return g_utf8_strdown (s, len);
  out = g_malloc (len + 1);
  for (gsize k = 0; k < len; k++)
    out[k] = g_ascii_tolower (s[k]);
  out[len] = '\0';
  return out;
}

static void
add_descriptor (Ctx        *ctx,
                const char *str,
                gsize       len,
                int         entity)
{
  note_entity (ctx->descriptors, lower_dup (str, len), entity);
}

/* English: the person the article described with the word at @i where it
 * named them — an age ("Ann Roe, 45," → "45-year-old"), an apposition
 * ("Ann Roe, a librarian at …," → "librarian"), the words of a title
 * before the name ("deputy trade minister Ann Roe") — when that word
 * describes only one person; -1 otherwise. One pass over the mentions. */
static int
described_entity (Ctx  *ctx,
                  guint i)
{
  g_autofree char *key = NULL;
  gpointer found;

  if (plx_lexicon_is_inflected (ctx->lexicon))
    return -1;
  if (ctx->descriptors == NULL)
    {
      GArray *mentions = ctx->people->mentions;

      ctx->descriptors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint m = 0; m < mentions->len; m++)
        {
          const PlxMention *pm = &g_array_index (mentions, PlxMention, m);
          guint t = pm->end;

          if (pm->kind != PLX_MENTION_NAME || pm->entity < 0 || (tok (ctx, pm->first)->flags & PLX_TF_IN_QUOTE))
            continue;
          /* the title words before the name, in its sentence */
          for (guint b = pm->first; !(tok (ctx, pm->first)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
                                    && b-- > 0 && pm->first - b <= 6;)
            {
              if (!is_word (ctx, b) || has (ctx, PLX_LEX_STOPWORDS, b) || speech_lemma (ctx, b) != NULL
                  || plx_people_mention_at (ctx->people, b) >= 0)
                break;
              /* the head ("Trade Minister") and a nationality ("the Irish
               * interim manager") — not every modifier ("the council
               * leader" is no "council") */
              if (b + 1 == pm->first || plx_tokens_class (ctx->tokens, b, PLX_CLASS_NATIONALITY))
                add_descriptor (ctx, plx_token_str (ctx->tokens, b), tok (ctx, b)->len, pm->entity);
              if (tok (ctx, b)->flags & PLX_TF_SENT_START)
                break;
            }
          /* "Ann Roe, D-Ore.,", "Ann Roe (R-Texas)": a US party tag is who
           * "the Democrat", "the Oregon Democrat", "the Republican" is */
          if (t + 1 < ctx->n && (is_char (ctx, t, ',') || is_char (ctx, t, '('))
              && tok (ctx, t + 1)->kind == PLX_TOK_WORD)
            {
              static const char tags[] = "DRI";
              static const char *const party[] = { "democrat", "republican", "independent" };
              const char *s = ctx->tokens->text + tok (ctx, t + 1)->start;
              const char *at = s[0] != '\0' ? strchr (tags, s[0]) : NULL;

              if (at != NULL && s[1] == '-' && g_ascii_isupper (s[2]))
                add_descriptor (ctx, party[at - tags], strlen (party[at - tags]), pm->entity);
            }
          if (t + 2 >= ctx->n || !is_char (ctx, t, ','))
            continue;
          /* ", 45," */
          if (tok (ctx, t + 1)->kind == PLX_TOK_NUMBER && tok (ctx, t + 1)->len <= 3 && is_char (ctx, t + 2, ','))
            {
              g_autofree char *age = g_strdup_printf ("%.*s-year-old", (int) tok (ctx, t + 1)->len,
                                                      plx_token_str (ctx->tokens, t + 1));

              add_descriptor (ctx, age, strlen (age), pm->entity);
              t += 2;
            }
          /* ", a librarian at the Westgate branch," ", the opposition
           * spokesperson for culture," */
          /* (the run of words must close the apposition: a comma, the
           * end, a preposition or a relative pronoun — not "Roe, the
           * authority had ignored …") */
          if (t + 2 < ctx->n && is_word (ctx, t + 1)
              && (has (ctx, PLX_LEX_INDEFINITES, t + 1) || has (ctx, PLX_LEX_DETERMINERS, t + 1)))
            {
              guint w = t + 2;

              while (w < ctx->n && w < t + 9 && is_word (ctx, w) && !has (ctx, PLX_LEX_STOPWORDS, w)
                     && !has (ctx, PLX_LEX_PREPOSITIONS, w) && !has (ctx, PLX_LEX_CLAUSE_BLOCKERS, w)
                     && speech_lemma (ctx, w) == NULL
                     && plx_people_mention_at (ctx->people, w) < 0)
                w++;
              if (w > t + 2 && w < ctx->n
                  && (is_char (ctx, w, ',') || (tok (ctx, w)->flags & PLX_TF_TERMINATOR)
                      || (is_word (ctx, w) && (has (ctx, PLX_LEX_PREPOSITIONS, w) || has (ctx, PLX_LEX_RELATIVES, w)
                                               /* "a stallholder since 1990" */
                                               || has (ctx, PLX_LEX_CLAUSE_BLOCKERS, w)))))
                for (guint h = t + 2; h < w; h++)
                  if (h + 1 == w || plx_tokens_class (ctx->tokens, h, PLX_CLASS_NATIONALITY))
                    add_descriptor (ctx, plx_token_str (ctx->tokens, h), tok (ctx, h)->len, pm->entity);
            }
        }
    }
  key = lower_dup (plx_token_str (ctx->tokens, i), tok (ctx, i)->len);
  found = g_hash_table_lookup (ctx->descriptors, key);
  /* a nationality noun for the adjective the article used: "the
   * Irishwoman", "the Dutchman" (Irish, Dutch); "the Dane", "the Swede",
   * "the Finn", "the Turk", "the Scot" (Danish, Swedish, Finnish,
   * Turkish, Scottish) */
  if (found == NULL && g_hash_table_size (ctx->descriptors) > 0)
    {
      static const char *const strip[] = { "woman", "man", "women", "men" };
      static const char *const add[] = { "ish", "nish", "tish" };
      gsize kl = strlen (key);
      char buf[64];
      g_autofree char *heap = NULL;
      /* (room for the key and "tish") */
      char *alt = kl + 5 <= sizeof buf ? buf : (heap = g_malloc (kl + 5));

      for (guint k = 0; k < G_N_ELEMENTS (strip) && found == NULL; k++)
        if (kl > strlen (strip[k]) + 2 && g_str_has_suffix (key, strip[k]))
          {
            memcpy (alt, key, kl - strlen (strip[k]));
            alt[kl - strlen (strip[k])] = '\0';
            found = g_hash_table_lookup (ctx->descriptors, alt);
          }
      for (guint k = 0; k < G_N_ELEMENTS (add) && found == NULL && kl >= 3; k++)
        {
          gsize l = key[kl - 1] == 'e' ? kl - 1 : kl;

          memcpy (alt, key, l);
          strcpy (alt + l, add[k]);
          found = g_hash_table_lookup (ctx->descriptors, alt);
        }
    }
  return found != NULL ? GPOINTER_TO_INT (found) - 1 : -1;
}

/* The person a definite description ("the Dutchman", "the 34-year-old")
 * at @i stands for: the one it stood for before in the article, else the
 * person in focus. */
static int
epithet_entity (Ctx  *ctx,
                guint i,
                guint head,
                guint end,
                int   given)
{
  guint len = tok (ctx, end - 1)->start + tok (ctx, end - 1)->len - tok (ctx, head)->start;
  g_autofree char *key = g_utf8_strdown (plx_token_str (ctx->tokens, head), len);
  gpointer found;
  int e;

  if (ctx->epithets == NULL)
    ctx->epithets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  found = g_hash_table_lookup (ctx->epithets, key);
  if (found != NULL)
    return GPOINTER_TO_INT (found) - 1;
  /* … else the one person the article described so ("Ann Roe, 45,";
   * "Ann Roe, a librarian,"): by the head word, or by the age */
  e = described_entity (ctx, end - 1);
  if (e < 0 && end > head + 1)
    e = described_entity (ctx, head);
  if (e < 0)
    e = given >= 0 ? given : resolve_speaker_pronoun (ctx, i, 0);
  if (e >= 0)
    g_hash_table_insert (ctx->epithets, g_steal_pointer (&key), GINT_TO_POINTER (e + 1));
  return e;
}

/* English: "the spokesperson", "the former senior official" — a
 * determiner (not a pronoun) and up to three lower-case words ending in
 * the role's head at @end - 1. */
static gboolean
lower_role_phrase (Ctx  *ctx,
                   guint i,
                   guint end)
{
  if (end < i + 2 || end > i + 4 || plx_lexicon_is_inflected (ctx->lexicon) || !is_word (ctx, i)
      || !has (ctx, PLX_LEX_DETERMINERS, i) || pronoun (ctx, i) != 0)
    return FALSE;
  for (guint k = i + 1; k < end; k++)
    if (!is_word (ctx, k) || (tok (ctx, k)->flags & PLX_TF_CAP))
      return end == i + 2 && is_word (ctx, k);
  return TRUE;
}

/* English: the role phrase at @start opens with an indefinite article,
 * perhaps before a few lower-case modifiers ("a former senior official",
 * "another official"); not before @from. */
static gboolean
indefinite_lead (Ctx  *ctx,
                 guint start,
                 guint from)
{
  if (plx_lexicon_is_inflected (ctx->lexicon))
    return FALSE;
  guint names = 0;

  for (guint b = start + 1; b-- > from && start - b <= 4 + names;)
    {
      int m;

      /* "a No 10 spokesperson", "a G-20 official": a number in the
       * modifiers */
      if (b < start && b > from
          && ((tok (ctx, b)->kind == PLX_TOK_NUMBER
               && ((is_word (ctx, b + 1) && (tok (ctx, b + 1)->flags & PLX_TF_CAP))
                   || (is_word (ctx, b - 1) && (tok (ctx, b - 1)->flags & PLX_TF_CAP)) || is_char (ctx, b - 1, '.')))
              || (is_char (ctx, b, '.') && is_word (ctx, b - 1) && (tok (ctx, b - 1)->flags & PLX_TF_CAP)
                  && tok (ctx, b + 1)->kind == PLX_TOK_NUMBER)))
        continue;
      if (!is_word (ctx, b))
        return FALSE;
      if (has (ctx, PLX_LEX_INDEFINITES, b))
        return TRUE;
      /* "a former senior FEMA official"; "a Pryce spokesperson": a
       * name right before the role noun is its owner, a modifier */
      m = plx_people_mention_at (ctx->people, b);
      if (b < start && m >= 0 && names == 0 && b + 1 == start
          && g_array_index (ctx->people->mentions, PlxMention, m).end == start)
        {
          names = b - g_array_index (ctx->people->mentions, PlxMention, m).first + 1;
          b = g_array_index (ctx->people->mentions, PlxMention, m).first;
          continue;
        }
      if (b < start && (m >= 0 || has (ctx, PLX_LEX_DETERMINERS, b) || speech_lemma (ctx, b) != NULL))
        return FALSE;
    }
  return FALSE;
}

/* The person named at the start of the sentence before the one holding
 * @i (a quote that opens that sentence counts as part of it): "Rep. Ann
 * Roe defended the agency. “…,” the Democrat said." — the subject in
 * focus, not the last name mentioned; -1 when none. */
static int
sentence_subject_before (Ctx  *ctx,
                         guint i)
{
  guint s = plx_tokens_sentence_start (ctx->tokens, i, i > 200 ? i - 200 : 0);
  guint ps;

  while (s > 0 && i - s < 400 && (tok (ctx, s - 1)->flags & PLX_TF_IN_QUOTE))
    s--;
  while (s > 0 && tok (ctx, s - 1)->kind == PLX_TOK_QUOTE)
    s--;
  if (s == 0)
    return -1;
  ps = plx_tokens_sentence_start (ctx->tokens, s - 1, s > 200 ? s - 200 : 0);
  for (guint w = ps; w < s && w <= ps + 2; w++)
    {
      int m = plx_people_mention_at (ctx->people, w);

      if (m >= 0)
        {
          PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

          return mm->kind == PLX_MENTION_NAME && !(tok (ctx, w)->flags & PLX_TF_IN_QUOTE) ? mm->entity : -1;
        }
    }
  return -1;
}

/* A verb form in the past by its ending: English "-ed", Russian "-л",
 * "-ла", "-ли", "-ло" (a rough test for a lower-case word of four letters
 * or more). */
static gboolean
past_form (Ctx  *ctx,
           guint i)
{
  static const char *const ru[] = { "л", "ла", "ли", "ло" };
  static const char *const en[] = { "ed" };
  PlxToken *t = tok (ctx, i);
  const char *w = ctx->tokens->text + t->start;

  if (!is_word (ctx, i) || (t->flags & PLX_TF_CAP) || g_utf8_strlen (w, t->len) < 4)
    return FALSE;
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    return plx_tokens_ends_with_any (ctx->tokens, i, en, G_N_ELEMENTS (en), 2);
  return plx_tokens_ends_with_any (ctx->tokens, i, ru, G_N_ELEMENTS (ru), 0);
}

/* Russian: a finite verb by its ending alone — past "-л", "-ла", "-ло",
 * "-ли", reflexive "-лся", "-лась", "-лось", "-лись", present "-ет",
 * "-ит", "-ут", "-ют", "-ят", "-ат" and "-ется", "-ится" … — of a
 * lower-case word of four letters or more that no word list gives
 * another class. Asked only where the position says that a verb stands:
 * the attribution after «…», —. */
static gboolean
ru_finite_form (Ctx  *ctx,
                guint i)
{
  static const char *const endings[] = { "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись",
                                         "ет", "ёт", "ит", "ут", "ют", "ят", "ат",
                                         "ется", "ётся", "ится", "утся", "ются", "ятся", "атся" };
  /* the classes of words that are no verb, tested at once */
  const guint64 other = PLX_CLASS_BIT (PLX_LEX_STOPWORDS) | PLX_CLASS_BIT (PLX_LEX_PREPOSITIONS)
                        | PLX_CLASS_BIT (PLX_LEX_ROLE_NOUNS) | PLX_CLASS_BIT (PLX_LEX_GENERIC_ROLES)
                        | PLX_CLASS_BIT (PLX_LEX_ANONYMOUS_ROLES) | PLX_CLASS_BIT (PLX_LEX_HEAD_WORDS)
                        | PLX_CLASS_BIT (PLX_LEX_DEPUTY_WORDS) | PLX_CLASS_BIT (PLX_LEX_ORG_WORDS)
                        | PLX_CLASS_BIT (PLX_LEX_PLACES) | PLX_CLASS_BIT (PLX_LEX_EVENTS)
                        | PLX_CLASS_BIT (PLX_LEX_MONTHS) | PLX_CLASS_BIT (PLX_LEX_WEEKDAYS)
                        | PLX_CLASS_BIT (PLX_LEX_DETERMINERS) | PLX_CLASS_BIT (PLX_LEX_RELATIVES)
                        | PLX_CLASS_BIT (PLX_LEX_QUESTION_WORDS) | PLX_CLASS_BIT (PLX_LEX_COORDINATORS)
                        | PLX_CLASS_BIT (PLX_LEX_NEGATIONS) | PLX_CLASS_BIT (PLX_LEX_COMPLEMENTIZERS)
                        | PLX_CLASS_BIT (PLX_LEX_PLACE_HEADS);
  PlxToken *t = tok (ctx, i);

  /* (the cheap tests first; sixteen bytes hold at least four letters) */
  if (!is_word (ctx, i) || (t->flags & (PLX_TF_CAP | PLX_TF_IN_QUOTE | PLX_TF_ABBREV))
      || (ctx->tokens->classes[i] & other) != 0
      || (t->len < 16 && g_utf8_strlen (ctx->tokens->text + t->start, t->len) < 4) || pronoun (ctx, i) != 0)
    return FALSE;
  /* every ending above ends in "л", "а", "о", "и", "я", "ь" or "т": the
   * last byte of the word rules most words out at once (a new ending
   * must add its last byte here) */
  switch ((guchar) ctx->tokens->text[t->start + t->len - 1])
    {
    case 0xbb: case 0xb0: case 0xbe: case 0xb8: case 0x8f: case 0x8c: case 0x82:
      break;
    default:
      return FALSE;
    }
  return plx_tokens_ends_with_any (ctx->tokens, i, endings, G_N_ELEMENTS (endings), 2);
}

/* Russian: the verb of the attribution that follows a dash after direct
 * speech — «…», — буркнул X; «…», — X похлопал по столу; «…», — не без
 * гордости заметил X — by its position and ending, whatever the verb;
 * PLX_NO_TOKEN when the words after the dash (@c onwards, before @end)
 * hold none. */
static guint
ru_dash_verb (Ctx  *ctx,
              guint c,
              guint end)
{
  int e = -1;
  PlxMentionKind kind;
  guint r, k;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || c >= end || !is_word (ctx, c))
    return PLX_NO_TOKEN;
  /* the speaker first: a name, a role or a pronoun */
  r = person_ref_at (ctx, c, end, &e, &kind);
  if (r > c)
    return r < end && ru_finite_form (ctx, r) ? r : PLX_NO_TOKEN;
  /* perhaps a few adverbial words, the verb, then the speaker within a
   * few words, or a word or two ending the sentence ("— прищурился
   * смотритель."); "— поддержала бы обеими руками" is no attribution */
  for (k = c; k < end && k < c + 3 && is_word (ctx, k) && !(tok (ctx, k)->flags & PLX_TF_CAP)
              && !ru_finite_form (ctx, k) && plx_people_mention_at (ctx->people, k) < 0; k++)
    ;
  if (k >= end || !ru_finite_form (ctx, k))
    return PLX_NO_TOKEN;
  /* (an age opens a speaker too: "— нахмурился 50-летний режиссёр") */
  for (guint w = k + 1; w < end && w <= k + 4 && (is_word (ctx, w) || tok (ctx, w)->kind == PLX_TOK_NUMBER); w++)
    if (person_ref_at (ctx, w, end, &e, &kind) > w)
      return k;
  for (r = k + 1; r < end && r <= k + 3 && is_word (ctx, r) && !has (ctx, PLX_LEX_STOPWORDS, r); r++)
    ;
  if (r <= k + 3 && (r >= end || (tok (ctx, r)->flags & PLX_TF_TERMINATOR) || is_char (ctx, r, ',')))
    return k;
  return PLX_NO_TOKEN;
}

/* Russian: the dash of an age "N-летний" (in any case and gender) at
 * @k, or NULL. */
static const char *
ru_age_dash (Ctx  *ctx,
             guint k)
{
  PlxToken *t = tok (ctx, k);
  const char *s = ctx->tokens->text + t->start;

  if (t->kind != PLX_TOK_NUMBER || t->len > 40 || g_strstr_len (s, t->len, "-летн") == NULL)
    return NULL;
  return memchr (s, '-', t->len);
}

/* Russian: "37-летняя программистка", "71-летняя бывшая чиновница" — an
 * age ("N-летний") and up to three lower-case words of a role after it,
 * before the verb or the end of the clause: the end of the phrase, @i
 * when there is none. */
static guint
ru_age_end (Ctx  *ctx,
            guint i,
            guint limit)
{
  guint j = i + 1;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || ru_age_dash (ctx, i) == NULL)
    return i;
  while (j < limit && j < i + 4 && is_word (ctx, j) && !(tok (ctx, j)->flags & PLX_TF_CAP)
         && speech_lemma (ctx, j) == NULL && !ru_finite_form (ctx, j) && !has (ctx, PLX_LEX_PREPOSITIONS, j)
         && !has (ctx, PLX_LEX_STOPWORDS, j) && plx_people_mention_at (ctx->people, j) < 0)
    j++;
  return j > i + 1 ? j : i;
}

/* Drops a final "ь" or "й" of the stem in @buf (of @len bytes). */
static gsize
ru_trim_soft (char  *buf,
              gsize  len)
{
  if (len >= 2 && (memcmp (buf + len - 2, "ь", 2) == 0 || memcmp (buf + len - 2, "й", 2) == 0))
    len -= 2;
  buf[len] = '\0';
  return len;
}

/* Russian: the stem of a lower-case adjective in "-ский"/"-цкий" in any
 * case and gender at @k ("испанская" → "испан", "немецкий" → "немец",
 * "китайской" → "кита"), or NULL. */
static char *
ru_adjective_stem (Ctx  *ctx,
                   guint k)
{
  static const char *const endings[] = { "ий", "ая", "ое", "ие", "ого", "ой", "ую", "им", "ом", "их", "ому", "ими" };
  PlxToken *t = tok (ctx, k);
  const guchar *w = (const guchar *) ctx->tokens->text + t->start;
  char buf[128];
  gsize len;

  if (!is_word (ctx, k) || (t->flags & (PLX_TF_CAP | PLX_TF_IN_QUOTE)) || t->len >= sizeof buf)
    return NULL;
  /* the fold maps each character to one and Cyrillic letters to two
   * bytes, so the "к" of "-ск-"/"-цк-" before an ending of two or three
   * letters is a "к" or "К" 6 or 8 bytes before the word's end: most
   * words are no such adjective, and are not folded */
  if (!(t->len >= 6 && w[t->len - 6] == 0xD0 && (w[t->len - 5] == 0xBA || w[t->len - 5] == 0x9A))
      && !(t->len >= 8 && w[t->len - 8] == 0xD0 && (w[t->len - 7] == 0xBA || w[t->len - 7] == 0x9A)))
    return NULL;
  if (!plx_lexicon_fold (ctx->lexicon, (const char *) w, t->len, buf, sizeof buf))
    return NULL;
  len = strlen (buf);
  for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
    {
      gsize el = strlen (endings[e]);

      if (len >= el + 4 + 6 && memcmp (buf + len - el, endings[e], el) == 0
          && (memcmp (buf + len - el - 4, "ск", 4) == 0 || memcmp (buf + len - el - 4, "цк", 4) == 0))
        {
          gsize sl = len - el - (memcmp (buf + len - el - 4, "ск", 4) == 0 ? 4 : 2);

          sl = ru_trim_soft (buf, sl);
          return sl >= 6 ? g_strndup (buf, sl) : NULL;
        }
    }
  return NULL;
}

/* Russian: a table made once, over the name mentions and the ages, of
 * the person a word stands for — the key of a word right before one
 * person's name, in any case ("программист Ксения Иваненко"), and "#34"
 * for the person named right after "34-летний …" — as entity + 1, 0 when
 * it stands before several people's names. */
static void
ru_role_table (Ctx *ctx)
{
  static const char *const adjective[] = { "ый", "ий", "ой", "ая", "яя" };
  GArray *ms = ctx->people->mentions;
  char other[128];

  ctx->role_before_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint m = 0; m < ms->len; m++)
    {
      PlxMention *mm = &g_array_index (ms, PlxMention, m);
      guint b = mm->first >= 2 ? mm->first - 2 : 0;

      if (mm->kind != PLX_MENTION_NAME || mm->entity < 0 || mm->first == 0 || !is_word (ctx, mm->first - 1)
          || (tok (ctx, mm->first - 1)->flags & PLX_TF_CAP))
        continue;
      /* the head of a one-word role ("53-летний программист", "и
       * критик"), not the complement of a longer one ("председатель
       * горизбиркома", "по транспорту") */
      if (mm->first >= 2 && is_word (ctx, b)
          && (has (ctx, PLX_LEX_ROLE_NOUNS, b) || has (ctx, PLX_LEX_HEAD_WORDS, b)
              || has (ctx, PLX_LEX_GENERIC_ROLES, b) || has (ctx, PLX_LEX_ANONYMOUS_ROLES, b)
              || (!(tok (ctx, b)->flags & PLX_TF_CAP)
                  && (has (ctx, PLX_LEX_PREPOSITIONS, b)
                      || (!has (ctx, PLX_LEX_COORDINATORS, b) && !has (ctx, PLX_LEX_STOPWORDS, b)
                          && !ru_finite_form (ctx, b) && speech_lemma (ctx, b) == NULL
                          && !plx_tokens_ends_with_any (ctx->tokens, b, adjective, G_N_ELEMENTS (adjective), 2))))))
        continue;
      if (!plx_lexicon_key (ctx->lexicon, ctx->tokens->text + tok (ctx, mm->first - 1)->start,
                            tok (ctx, mm->first - 1)->len, other, sizeof other)
          || other[0] == '\0')
        continue;
      note_entity (ctx->role_before_name, g_strdup (other), mm->entity);
    }
  /* one pass over the tokens for the ages and the nationalities (a key
   * ends up with entity + 1 only when every word agrees, so the order of
   * the insertions does not matter) */
  for (guint k = 0; k < ctx->n; k++)
    {
      PlxToken *o = tok (ctx, k);
      const char *s = ctx->tokens->text + o->start;
      const char *dash;

      if (o->kind == PLX_TOK_NUMBER)
        {
          if ((dash = ru_age_dash (ctx, k)) != NULL)
            for (guint w = k + 1; w < ctx->n && w <= k + 8 && !(tok (ctx, w)->flags & PLX_TF_TERMINATOR); w++)
              {
                int m = plx_people_mention_at (ctx->people, w);

                if (m >= 0 && g_array_index (ms, PlxMention, m).kind == PLX_MENTION_NAME
                    && g_array_index (ms, PlxMention, m).entity >= 0)
                  {
                    note_entity (ctx->role_before_name, g_strdup_printf ("#%.*s", (int) (dash - s), s),
                                 g_array_index (ms, PlxMention, m).entity);
                    break;
                  }
                if (is_char (ctx, w, ',') || tok (ctx, w)->kind == PLX_TOK_NUMBER)
                  break;
              }
          /* "Седых 70 лет.", "Ромашову 67 лет,": an age given after the
           * name, in the nominative or the dative, for a later
           * "70-летний тренер" */
          if (k >= 1 && k + 1 < ctx->n && o->len <= 3 && is_word (ctx, k + 1))
            {
              PlxToken *u = tok (ctx, k + 1);
              const char *us = ctx->tokens->text + u->start;
              int m;

              if (!((u->len == 6 && memcmp (us, "лет", 6) == 0) || (u->len == 6 && memcmp (us, "год", 6) == 0)
                    || (u->len == 8 && memcmp (us, "года", 8) == 0))
                  || (m = plx_people_mention_at (ctx->people, k - 1)) < 0
                  || g_array_index (ms, PlxMention, m).end != k || g_array_index (ms, PlxMention, m).kind != PLX_MENTION_NAME
                  || g_array_index (ms, PlxMention, m).entity < 0)
                continue;
              for (guint c = 0; c < o->len; c++)
                if (!g_ascii_isdigit (s[c]))
                  m = -1;
              if (m >= 0)
                note_entity (ctx->role_before_name, g_strdup_printf ("#%.*s", (int) o->len, s),
                             g_array_index (ms, PlxMention, m).entity);
            }
          continue;
        }

      /* "испанская гидролог Кармен Гарсиа-Лопес", "Шон О'Коннор,
       * ирландский полузащитник": "@" and the stem of a nationality
       * adjective next to one person's name ("испан", "ирланд", "немец"),
       * for "испанка", "ирландец", "немец" (see ru_demonym_entity) */
      g_autofree char *stem = ru_adjective_stem (ctx, k);
      int e = -1;

      if (stem == NULL)
        continue;
      gboolean named_after = FALSE;

      /* the name after its title ("иорданский полузащитник «Прибоя» X") */
      for (guint w = k + 1; w < ctx->n && w <= k + 10 && (is_word (ctx, w) || tok (ctx, w)->kind == PLX_TOK_QUOTE); w++)
        {
          int m = plx_people_mention_at (ctx->people, w);

          if (m >= 0)
            {
              if (g_array_index (ms, PlxMention, m).kind == PLX_MENTION_NAME)
                e = g_array_index (ms, PlxMention, m).entity;
              named_after = TRUE;
              break;
            }
          /* a capitalised word outside marks: a name the people pass
           * did not take, still someone else's; "и" ends the title */
          if (is_word (ctx, w) && (((tok (ctx, w)->flags & PLX_TF_CAP) && !(tok (ctx, w)->flags & PLX_TF_IN_QUOTE))
                                   || has (ctx, PLX_LEX_COORDINATORS, w)))
            {
              named_after = (tok (ctx, w)->flags & PLX_TF_CAP) != 0;
              break;
            }
        }
      /* … or before it, in apposition — not the next one of a list:
       * "X, иорданский полузащитник Y" */
      if (!named_after && k >= 2 && is_char (ctx, k - 1, ','))
        {
          int m = plx_people_mention_at (ctx->people, k - 2);

          if (m >= 0 && g_array_index (ms, PlxMention, m).kind == PLX_MENTION_NAME
              && g_array_index (ms, PlxMention, m).end == k - 1)
            e = g_array_index (ms, PlxMention, m).entity;
        }
      if (e >= 0)
        note_entity (ctx->role_before_name, g_strconcat ("@", stem, NULL), e);
    }
}

/* The person @key of ctx->role_before_name stands for (the table is
 * made on the first call), -1 when none or several. */
static int
ru_role_lookup (Ctx        *ctx,
                const char *key)
{
  if (ctx->role_before_name == NULL)
    ru_role_table (ctx);
  return GPOINTER_TO_INT (g_hash_table_lookup (ctx->role_before_name, key)) - 1;
}

/* Russian: the one person whose name the word at @i (in any case) stood
 * right before ("программист Ксения Иваненко" … "— поделилась
 * программист"), a role the lexicon may not know; -1. */
static int
ru_role_word_entity (Ctx  *ctx,
                     guint i)
{
  char key[128];

  if (!plx_lexicon_is_inflected (ctx->lexicon) || !is_word (ctx, i)
      || ((tok (ctx, i)->flags & PLX_TF_CAP) && !(tok (ctx, i)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START)))
      || g_utf8_strlen (ctx->tokens->text + tok (ctx, i)->start, tok (ctx, i)->len) < 4
      || has (ctx, PLX_LEX_STOPWORDS, i) || has (ctx, PLX_LEX_PREPOSITIONS, i) || pronoun (ctx, i) != 0
      || speech_lemma (ctx, i) != NULL || ru_finite_form (ctx, i)
      || !plx_lexicon_key (ctx->lexicon, ctx->tokens->text + tok (ctx, i)->start, tok (ctx, i)->len, key, sizeof key)
      || key[0] == '\0')
    return -1;
  return ru_role_lookup (ctx, key);
}

/* Russian: the one person a nationality noun at @i stands for
 * ("испанка", "ирландец", "датчанин", "француженка") — the person named
 * next to the adjective of the same stem ("испанская гидролог X"); -1. */
static int
ru_demonym_entity (Ctx  *ctx,
                   guint i)
{
  static const char *const suffixes[] = { "чанин", "чанка", "тянин", "тянка", "янин", "янка", "ец", "ка", "ин", "" };
  PlxToken *t = tok (ctx, i);
  char buf[128];
  gsize len;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || !is_word (ctx, i) || t->len >= sizeof buf - 2
      || ((t->flags & PLX_TF_CAP) && !(t->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START)))
      || !plx_lexicon_fold (ctx->lexicon, ctx->tokens->text + t->start, t->len, buf, sizeof buf))
    return -1;
  len = strlen (buf);
  for (guint s = 0; s < G_N_ELEMENTS (suffixes) + 1; s++)
    {
      /* "француженка" — "французская" */
      const char *suf = s < G_N_ELEMENTS (suffixes) ? suffixes[s] : "женка";
      gsize sl = strlen (suf);
      char key[130];
      gsize kl;
      int r;

      if (len < sl + 6 || memcmp (buf + len - sl, suf, sl) != 0)
        continue;
      key[0] = '@';
      memcpy (key + 1, buf, len - sl);
      kl = 1 + len - sl;
      if (s == G_N_ELEMENTS (suffixes))
        {
          memcpy (key + kl, "з", 2);
          kl += 2;
        }
      kl = 1 + ru_trim_soft (key + 1, kl - 1);
      if (kl < 1 + 6)
        continue;
      r = ru_role_lookup (ctx, key);
      if (r >= 0)
        return r;
    }
  return -1;
}

/* The only person whose titles hold the word at @w (in any case):
 * "критик" for "театральный критик Зоя Голицына"; -1. */
static int
ru_title_entity (Ctx  *ctx,
                 guint w)
{
  char key[128];
  int found = -1;

  if (!is_word (ctx, w)
      || !plx_lexicon_key (ctx->lexicon, ctx->tokens->text + tok (ctx, w)->start, tok (ctx, w)->len, key, sizeof key)
      || key[0] == '\0')
    return -1;
  for (guint e = 0; e < ctx->people->entities->len; e++)
    {
      PlxEntity *ent = g_ptr_array_index (ctx->people->entities, e);

      if (!plx_entity_has_role_key (ent, key))
        continue;
      if (found >= 0)
        return -1;
      found = (int) e;
    }
  return found;
}

/* The person an age phrase [@i, @end) ("34-летняя переговорщица")
 * stands for: the one named right after the same age before ("34-летняя
 * глава делегации Шивон О'Брайен"), else the only one whose titles hold
 * one of its words; -1. */
static int
ru_age_entity (Ctx  *ctx,
               guint i,
               guint end)
{
  PlxToken *t = tok (ctx, i);
  const char *s = ctx->tokens->text + t->start;
  const char *dash = memchr (s, '-', t->len);
  int found = -1;

  if (dash != NULL)
    {
      g_autofree char *age = g_strdup_printf ("#%.*s", (int) (dash - s), s);
      int e = ru_role_lookup (ctx, age);

      if (e >= 0)
        return e;
      /* … or the one person the people pass gave that age («Олег
       * Стрельников, 61 год,») */
      if (dash - s <= 3)
        {
          guint n = (guint) g_ascii_strtoull (age + 1, NULL, 10);
          GPtrArray *entities = ctx->people->entities;

          for (guint k = 0; n > 0 && k < entities->len; k++)
            if (((PlxEntity *) g_ptr_array_index (entities, k))->age == n)
              {
                if (found >= 0)
                  {
                    found = -1;
                    break;
                  }
                found = (int) k;
              }
          if (found >= 0)
            return found;
        }
    }
  for (guint w = i + 1; w < end; w++)
    {
      found = ru_title_entity (ctx, w);
      /* … or whose name the same word stands right before ("пасечник
       * Остап Грищенко"), in any case */
      if (found < 0)
        found = ru_role_word_entity (ctx, w);
      if (found >= 0)
        return found;
    }
  return -1;
}

/* The role word at @head comes back soon after (within 150 tokens) as
 * "the <word>, Name,": the person that name stands for, else -1. */
static int
named_later (Ctx  *ctx,
             guint head)
{
  PlxToken *h = tok (ctx, head);
  const char *hs = ctx->tokens->text + h->start;

  for (guint k = head + 1; k + 2 < ctx->n && k < head + 150; k++)
    {
      PlxToken *t = tok (ctx, k);
      int m;

      if (t->kind != PLX_TOK_WORD || t->len != h->len || (t->flags & PLX_TF_IN_QUOTE)
          || g_ascii_strncasecmp (ctx->tokens->text + t->start, hs, h->len) != 0)
        continue;
      if (!is_word (ctx, k - 1) || !has (ctx, PLX_LEX_DETERMINERS, k - 1) || has (ctx, PLX_LEX_INDEFINITES, k - 1)
          || pronoun (ctx, k - 1) != 0 || !is_char (ctx, k + 1, ','))
        return -1;   /* the next use decides */
      m = plx_people_mention_at (ctx->people, k + 2);
      if (m < 0 || g_array_index (ctx->people->mentions, PlxMention, m).first != k + 2
          || g_array_index (ctx->people->mentions, PlxMention, m).kind != PLX_MENTION_NAME)
        return -1;
      return g_array_index (ctx->people->mentions, PlxMention, m).entity;
    }
  return -1;
}

static gboolean name_possessive (Ctx *ctx, guint i);

/* A news lede: a role phrase opening an early paragraph that names
 * nobody ("A former finance director of Acme told a jury …", "PORTLAND
 * (Wire) — The head of the transit authority defended …"), and the next
 * paragraph opening with a name ("Dominic Strand, 52, denies …",
 * "Assistant Commissioner Ann Roe said …"): the person that name stands
 * for, else -1 (English) */
static int
lede_named_next (Ctx  *ctx,
                 guint start)
{
  guint ps, pe, ns;
  int m;
  gboolean owned;

  if (plx_lexicon_is_inflected (ctx->lexicon) || start > 200)
    return -1;
  ps = para_start_of (ctx, start);
  pe = para_end_of (ctx, start);
  /* (after a dateline: "CITY, Nov 26 (Wire) — ") */
  for (guint d = ps; d < start && d < ps + 20; d++)
    if (tok (ctx, d)->kind == PLX_TOK_DASH)
      ps = d + 1;
  /* (an article opens it, "A …", "The …", not "Local traders"; with
   * modifiers the role phrase left out: "A senior NSW Rural Fire Service
   * officer") */
  /* (… or a name in the possessive, its titles before it: "Jo Roe's
   * former assistant", "Governor Roe's chief of staff") */
  owned = is_word (ctx, ps) && !has (ctx, PLX_LEX_DETERMINERS, ps) && !has (ctx, PLX_LEX_INDEFINITES, ps);
  if (owned)
    {
      const PlxMention *om;

      m = plx_people_mention_from (ctx->people, ps);
      if (m < 0)
        return -1;
      om = &g_array_index (ctx->people->mentions, PlxMention, m);
      if (om->kind != PLX_MENTION_NAME || om->first > ps + 3 || om->end > start || !name_possessive (ctx, om->end - 1))
        return -1;
      for (guint t = ps; t < om->first; t++)
        if (!is_word (ctx, t) || !(tok (ctx, t)->flags & PLX_TF_CAP))
          return -1;
    }
  if (start - ps > 8 || !is_word (ctx, ps) || pronoun (ctx, ps) != 0)
    return -1;
  if (start > ps)
    {
      for (guint d = ps + 1; d < start; d++)
        if (!is_word (ctx, d) || speech_lemma (ctx, d) != NULL || has (ctx, PLX_LEX_PREPOSITIONS, d))
          return -1;
    }
  ps = para_start_of (ctx, start);
  /* (the first paragraph of the body: before it at most a standfirst,
   * one paragraph of a dozen words that ends a sentence) */
  {
    guint body = 0;

    for (guint p = 0; p < ctx->tokens->paragraphs->len; p++)
      {
        const PlxRange *r = &g_array_index (ctx->tokens->paragraphs, PlxRange, p);
        guint words = 0;
        guint last = r->end;

        if (r->first >= ps)
          break;
        for (guint t = r->first; t < r->end; t++)
          if (is_word (ctx, t))
            words++;
        while (last > r->first && tok (ctx, last - 1)->kind == PLX_TOK_QUOTE)
          last--;
        if (words >= 12 && last > r->first && (tok (ctx, last - 1)->flags & PLX_TF_TERMINATOR))
          body++;
      }
    if (body > 1)
      return -1;
  }
  m = plx_people_mention_from (ctx->people, owned ? start : ps);
  if (m < 0)
    return -1;
  if (g_array_index (ctx->people->mentions, PlxMention, m).first < pe)
    return -1;
  /* (the next paragraph: paragraphs tile the tokens) */
  ns = pe;
  if (ns >= ctx->n)
    return -1;
  {
    const PlxMention *pm = &g_array_index (ctx->people->mentions, PlxMention, m);

    /* (titles before the name: "Assistant Commissioner Ann Roe") */
    if (pm->kind != PLX_MENTION_NAME || pm->entity < 0 || pm->first < ns || pm->first > ns + 3
        || para_start_of (ctx, pm->first) != ns)
      return -1;
    for (guint t = ns; t < pm->first; t++)
      if (!is_word (ctx, t) || !(tok (ctx, t)->flags & PLX_TF_CAP) || has (ctx, PLX_LEX_DETERMINERS, t)
          || has (ctx, PLX_LEX_INDEFINITES, t))
        return -1;
    /* … and goes on with the story: the name in apposition ("Dominic
     * Strand, 52, denies …") or speaking a clause ("Ann Roe told MPs
     * that …"), not a mere next scene ("Defence Minister Carlo Benedetti
     * spoke in Rome on Monday.") */
    if (is_char (ctx, pm->end, ','))
      return pm->entity;
    for (guint t = pm->end; t < ctx->n && t < pm->end + 30 && !(tok (ctx, t)->flags & PLX_TF_TERMINATOR); t++)
      if (speech_lemma (ctx, t) != NULL)
        for (guint u = t + 1; u < ctx->n && u < pm->end + 30 && !(tok (ctx, u)->flags & PLX_TF_TERMINATOR); u++)
          if (has (ctx, PLX_LEX_COMPLEMENTIZERS, u) || tok (ctx, u)->kind == PLX_TOK_QUOTE)
            return pm->entity;
    return -1;
  }
}

/* The role word at @head appeared before (within a few hundred tokens)
 * in an indefinite role phrase that names nobody: "a spokesperson". */
static gboolean
unnamed_before (Ctx  *ctx,
                guint head)
{
  PlxToken *h = tok (ctx, head);
  const char *hs = ctx->tokens->text + h->start;
  char key[128];
  gboolean keyed = plx_lexicon_key (ctx->lexicon, hs, h->len, key, sizeof key) && key[0] != '\0';

  for (guint k = head; k-- > 0 && head - k < 400;)
    {
      PlxToken *t = tok (ctx, k);
      int m;

      /* "a judge ruled … Mrs Justice Roe said … the judge wrote": someone
       * named with that role since then is who it means */
      if (keyed && (t->flags & PLX_TF_CAP) && (m = plx_people_mention_at (ctx->people, k)) >= 0
          && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME
          && g_array_index (ctx->people->mentions, PlxMention, m).entity >= 0
          && plx_entity_has_role_key (g_ptr_array_index (ctx->people->entities,
                                                         g_array_index (ctx->people->mentions, PlxMention, m).entity),
                                      key))
        return FALSE;
      if (t->kind != PLX_TOK_WORD || t->len != h->len
          || g_ascii_strncasecmp (ctx->tokens->text + t->start, hs, h->len) != 0)
        continue;
      /* "“Today a judge said, ‘Enough.’”": a role inside someone's
       * quoted words introduces no unnamed speaker of the article */
      if ((t->flags & PLX_TF_IN_QUOTE) && !(h->flags & PLX_TF_IN_QUOTE))
        continue;
      for (guint b = k; b-- > 0 && k - b <= 4;)
        {
          int e = -1;

          if (!is_word (ctx, b))
            break;
          if (has (ctx, PLX_LEX_INDEFINITES, b))
            {
              /* … where that unnamed person spoke: "A council spokesperson
               * said", not "Sen. Ann Roe, a Democrat who …" */
              if (plx_people_role_at (ctx->people, b, k + 1, &e) == k + 1 && e < 0)
                {
                  for (guint v = k + 1; v < ctx->n && v <= k + 3 && is_word (ctx, v); v++)
                    if (speech_lemma (ctx, v) != NULL)
                      return TRUE;
                  /* … or after its verb or "according to": "“…,” said
                   * a senior official", "according to a diplomat briefed
                   * on …"; or as the subject opening a sentence with a
                   * verb in the past: "A second official disputed that"
                   * (English) */
                  if (!plx_lexicon_is_inflected (ctx->lexicon) && b > 1 && !(t->flags & PLX_TF_IN_QUOTE)
                      && ((is_word (ctx, b - 1) && speech_lemma (ctx, b - 1) != NULL)
                          || (plx_tokens_word_is (ctx->tokens, b - 1, "to")
                              && plx_tokens_word_is (ctx->tokens, b - 2, "according"))
                          || ((tok (ctx, b)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
                              && k + 1 < ctx->n && past_form (ctx, k + 1))))
                    return TRUE;
                  /* "A spokesperson for Agriculture Minister Jo Roe said" */
                  if (k + 2 < ctx->n && is_word (ctx, k + 1) && has (ctx, PLX_LEX_PREPOSITIONS, k + 1)
                      && !has (ctx, PLX_LEX_INFINITIVE, k + 1) && !plx_lexicon_is_inflected (ctx->lexicon))
                    for (guint v = k + 2; v < ctx->n && v <= k + 9; v++)
                      {
                        if (is_word (ctx, v) && speech_lemma (ctx, v) != NULL)
                          return TRUE;
                        if (!is_word (ctx, v) ? !is_char (ctx, v, '.')
                            : !(tok (ctx, v)->flags & PLX_TF_CAP) && !has (ctx, PLX_LEX_DETERMINERS, v))
                          break;
                      }
                  /* … or led the sentence and spoke after a relative
                   * clause or an aside naming nobody: "One diplomat, who
                   * asked not to be named …, said" */
                  if (tok (ctx, b)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
                    for (guint v = k + 1; v < ctx->n && v <= k + 40; v++)
                      {
                        PlxToken *t = tok (ctx, v);

                        if ((t->flags & (PLX_TF_TERMINATOR | PLX_TF_PARA_START)) || t->kind == PLX_TOK_QUOTE
                            || plx_people_mention_at (ctx->people, v) >= 0)
                          break;
                        if (speech_lemma (ctx, v) != NULL)
                          return TRUE;
                      }
                }
              break;
            }
        }
      /* "A former official said …. “…,” the former official said.
       * “…,” the official said.": a definite use takes up an earlier one;
       * the first use decides */
      if (k > 0 && !(tok (ctx, k)->flags & PLX_TF_CAP))
        {
          guint b = k;

          while (b > 0 && k - b < 3 && is_word (ctx, b - 1) && !(tok (ctx, b - 1)->flags & PLX_TF_CAP)
                 && !has (ctx, PLX_LEX_DETERMINERS, b - 1))
            b--;
          if (b > 0 && lower_role_phrase (ctx, b - 1, k + 1) && !has (ctx, PLX_LEX_INDEFINITES, b - 1))
            continue;
        }
      return FALSE;   /* the nearest earlier use decides */
    }
  return FALSE;
}

/* English: a word that can follow a subject — a verb, an auxiliary or
 * adverb, a preposition or conjunction — rather than continue its noun
 * phrase ("the French defence procurement agency"). */
static gboolean
verb_like (Ctx  *ctx,
           guint i)
{
  PlxToken *t = tok (ctx, i);
  const char *w = ctx->tokens->text + t->start;

  if (speech_lemma (ctx, i) != NULL || auxiliary (ctx, i) || has (ctx, PLX_LEX_PASSIVE_AUX, i)
      || has (ctx, PLX_LEX_FINITE_VERBS, i) || has (ctx, PLX_LEX_QUESTION_WORDS, i)
      || has (ctx, PLX_LEX_COORDINATORS, i) || has (ctx, PLX_LEX_PREPOSITIONS, i)
      || has (ctx, PLX_LEX_COMPLEMENTIZERS, i) || has (ctx, PLX_LEX_NEGATIONS, i)
      || has (ctx, PLX_LEX_CLAUSE_BLOCKERS, i))
    return TRUE;
  return t->len > 3 && (memcmp (w + t->len - 2, "ly", 2) == 0 || memcmp (w + t->len - 2, "ed", 2) == 0
                        || (w[t->len - 1] == 's' && w[t->len - 2] != 's'));
}

/* Russian: a lower-case word in the dative ("журналистам",
 * "корреспонденту", "казахстанским") — an addressee, not a subject. */
static gboolean
dative_like (Ctx  *ctx,
             guint i)
{
  static const char *endings[] = { "ам", "ям", "ому", "ему", "ым", "им", "у", "ю" };

  if (!is_word (ctx, i) || (tok (ctx, i)->flags & PLX_TF_CAP))
    return FALSE;
  return plx_tokens_ends_with_any (ctx->tokens, i, endings, G_N_ELEMENTS (endings), 4);
}

/* "ТАСС", "РБК": a word in capitals, an agency's or an outlet's name */
static gboolean
all_caps (Ctx  *ctx,
          guint i)
{
  const char *p, *end;
  guint letters = 0;

  if (!is_word (ctx, i))
    return FALSE;
  p = ctx->tokens->text + tok (ctx, i)->start;
  end = p + tok (ctx, i)->len;
  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters += g_unichar_isupper (c);
    }
  return letters >= 2;
}

/* The first token of the first mention of @entity by name (-1: of anyone),
 * G_MAXUINT when there is none; one pass over the mentions, on first use. */
static guint
first_named (Ctx *ctx,
             int  entity)
{
  GPtrArray *entities = ctx->people->entities;

  if (entity < -1 || entity >= (int) entities->len)
    return G_MAXUINT;
  if (ctx->first_named == NULL)
    {
      GArray *mentions = ctx->people->mentions;

      guint reach = 0;

      ctx->first_named = g_new (guint, entities->len + 1);
      for (guint e = 0; e <= entities->len; e++)
        ctx->first_named[e] = G_MAXUINT;
      ctx->byline_reach = G_MAXUINT;
      for (guint m = 0; m < mentions->len; m++)
        {
          const PlxMention *pm = &g_array_index (mentions, PlxMention, m);

          reach = MAX (reach, pm->first);
          if (pm->kind == PLX_MENTION_BYLINE && ctx->byline_reach == G_MAXUINT)
            ctx->byline_reach = reach;
          if (pm->kind == PLX_MENTION_NAME && pm->entity >= 0 && (guint) pm->entity < entities->len
              && ctx->first_named[pm->entity + 1] == G_MAXUINT)
            {
              ctx->first_named[pm->entity + 1] = pm->first;
              /* (a name alone on its line, an author's, names no one the
               * standfirst could speak of) */
              if (para_start_of (ctx, pm->first) != pm->first || para_end_of (ctx, pm->first) != pm->end)
                ctx->first_named[0] = MIN (ctx->first_named[0], pm->first);
            }
        }
    }
  return ctx->first_named[entity + 1];
}

/* ru_demonym_entity() for a person named before @i, else -1 */
static int
ru_named_demonym (Ctx  *ctx,
                  guint i)
{
  int r = ru_demonym_entity (ctx, i);

  return r >= 0 && first_named (ctx, r) < i ? r : -1;
}

static const char *const title_contrast[] = { "shadow", "vice", "former", "ex" };

/* The titles the text gives one person with one head word ("home
 * secretary", "Shadow home secretary" before "Ann Roe") */
typedef struct
{
  guint      contrast;  /* bit c: title_contrast[c] one or two words before the head */
  GPtrArray *modifiers; /* TitleModifier: each lower-case word right before the head (NULL: none) */
} TitleHead;

typedef struct
{
  char   *word; /* ASCII lower case */
  GArray *at;   /* guint: where it stands (dropped once a mention covers it) */
} TitleModifier;

static void
title_modifier_free (gpointer data)
{
  TitleModifier *tm = data;

  g_free (tm->word);
  g_array_unref (tm->at);
  g_free (tm);
}

static void
title_head_free (gpointer data)
{
  TitleHead *th = data;

  g_clear_pointer (&th->modifiers, g_ptr_array_unref);
  g_free (th);
}

/* the ASCII lower-case text of token @i (free with g_free) */
static char *
token_ascii_down (Ctx  *ctx,
                  guint i)
{
  return g_ascii_strdown (ctx->tokens->text + tok (ctx, i)->start, tok (ctx, i)->len);
}

static gboolean
same_word_ci (Ctx  *ctx,
              guint a,
              guint b)
{
  return tok (ctx, a)->len == tok (ctx, b)->len
         && g_ascii_strncasecmp (ctx->tokens->text + tok (ctx, a)->start, ctx->tokens->text + tok (ctx, b)->start,
                                 tok (ctx, a)->len) == 0;
}

/* g_strdup_printf ("%d\x1f%s", @e, @word), the keys of ctx->title_heads,
 * without the printf machinery */
static char *
entity_word_key (int         e,
                 const char *word)
{
  char digits[16];
  gsize n = 0, wl = strlen (word);
  char *out, *p;

  g_assert (e >= 0);
  for (guint v = (guint) e; n == 0 || v > 0; v /= 10)
    digits[n++] = (char) ('0' + v % 10);
  p = out = g_malloc (n + 1 + wl + 1);
  while (n > 0)
    *p++ = digits[--n];
  *p++ = '\x1f';
  memcpy (p, word, wl + 1);
  return out;
}

/* a word that can qualify a title's head: not a function word, a
 * pronoun or a verb of speech ("foreign", "home") */
static gboolean
modifier_shape (Ctx  *ctx,
                guint k)
{
  return is_word (ctx, k) && !has (ctx, PLX_LEX_STOPWORDS, k) && !has (ctx, PLX_LEX_DETERMINERS, k)
         && pronoun (ctx, k) == 0 && speech_lemma (ctx, k) == NULL;
}

/* … and not part of a name */
static gboolean
modifier_word (Ctx  *ctx,
               guint k)
{
  return modifier_shape (ctx, k) && plx_people_mention_at (ctx->people, k) < 0;
}

/* ctx->title_heads, in one pass over the name mentions: for each person
 * and each word up to three words before one of its names (or before the
 * comma after a title: "Norway's foreign minister, Ann Roe"), the nearest
 * such word being the head, the contrasting qualifiers and the modifiers
 * before that head */
static void
title_heads_build (Ctx *ctx)
{
  GArray *ms = ctx->people->mentions;
  g_autoptr (GHashTable) modifiers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  ctx->title_heads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, title_head_free);
  for (guint i = 0; i < ms->len; i++)
    {
      const PlxMention *mm = &g_array_index (ms, PlxMention, i);
      guint p = mm->first;

      if (mm->kind != PLX_MENTION_NAME || mm->entity < 0)
        continue;
      if (p > 0 && is_char (ctx, p - 1, ','))
        p--;
      for (guint hp = p; hp-- > 0 && p - hp <= 3 && is_word (ctx, hp);)
        {
          g_autofree char *head = NULL;
          g_autofree char *key = NULL;
          gboolean nearer = FALSE;
          TitleHead *th;

          /* (the same word nearer the name is the head for it) */
          for (guint j = hp + 1; j < p; j++)
            if (same_word_ci (ctx, j, hp))
              nearer = TRUE;
          if (nearer)
            continue;
          head = token_ascii_down (ctx, hp);
          key = entity_word_key (mm->entity, head);
          th = g_hash_table_lookup (ctx->title_heads, key);
          if (th == NULL)
            {
              th = g_new0 (TitleHead, 1);
              g_hash_table_insert (ctx->title_heads, g_strdup (key), th);
            }
          for (guint k = hp; k-- > 0 && hp - k <= 2 && is_word (ctx, k);)
            for (guint c = 0; c < G_N_ELEMENTS (title_contrast); c++)
              if (plx_tokens_word_is (ctx->tokens, k, title_contrast[c]))
                th->contrast |= 1u << c;
          /* (whether a mention covers the modifier can change as the
           * pass adds mentions: role_contradicts() tests it) */
          if (hp > 0 && modifier_shape (ctx, hp - 1) && !(tok (ctx, hp - 1)->flags & PLX_TF_CAP))
            {
              g_autofree char *word = token_ascii_down (ctx, hp - 1);
              char *mkey = g_strconcat (key, "\x1f", word, NULL);
              TitleModifier *tm = g_hash_table_lookup (modifiers, mkey);
              guint at = hp - 1;

              if (tm == NULL)
                {
                  tm = g_new0 (TitleModifier, 1);
                  tm->word = g_steal_pointer (&word);
                  tm->at = g_array_new (FALSE, FALSE, sizeof (guint));
                  if (th->modifiers == NULL)
                    th->modifiers = g_ptr_array_new_with_free_func (title_modifier_free);
                  g_ptr_array_add (th->modifiers, tm);
                  g_hash_table_insert (modifiers, mkey, tm);
                }
              else
                g_free (mkey);
              g_array_append_val (tm->at, at);
            }
        }
    }
}

/* "The home secretary said" or "Russia's justice minister claimed" and a
 * person the text calls "Shadow home secretary" or "Norway's foreign
 * minister": the role phrase [@start, @end) cannot be @e's when a title
 * of @e has the same head with a contrasting qualifier or another word
 * right before it (English) */
static gboolean
role_contradicts (Ctx  *ctx,
                  int   e,
                  guint start,
                  guint end)
{
  g_autofree char *head = NULL;
  g_autofree char *key = NULL;
  TitleHead *th;
  guint ref_mod, ref = 0;

  if (plx_lexicon_is_inflected (ctx->lexicon) || e < 0 || end <= start)
    return FALSE;
  if (ctx->title_heads == NULL)
    title_heads_build (ctx);
  head = token_ascii_down (ctx, end - 1);
  key = entity_word_key (e, head);
  if ((th = g_hash_table_lookup (ctx->title_heads, key)) == NULL)
    return FALSE;
  for (guint r = start; r < end - 1; r++)
    for (guint c = 0; c < G_N_ELEMENTS (title_contrast); c++)
      if (plx_tokens_word_is (ctx->tokens, r, title_contrast[c]))
        ref |= 1u << c;
  if (th->contrast & ~ref)
    return TRUE;
  /* (a lower-case word before both heads that differs: "foreign
   * minister", "justice minister") */
  ref_mod = end - 1 > start && is_word (ctx, end - 2) && !has (ctx, PLX_LEX_DETERMINERS, end - 2)
            ? end - 2 : PLX_NO_TOKEN;
  if (ref_mod == PLX_NO_TOKEN || !modifier_word (ctx, ref_mod) || (tok (ctx, ref_mod)->flags & PLX_TF_CAP))
    return FALSE;
  for (guint i = 0; th->modifiers != NULL && i < th->modifiers->len; i++)
    {
      TitleModifier *tm = g_ptr_array_index (th->modifiers, i);

      if (plx_tokens_word_is (ctx->tokens, ref_mod, tm->word))
        continue;
      /* (mentions are only added, so a covered place stays covered) */
      while (tm->at->len > 0)
        {
          if (plx_people_mention_at (ctx->people, g_array_index (tm->at, guint, tm->at->len - 1)) < 0)
            return TRUE;
          g_array_set_size (tm->at, tm->at->len - 1);
        }
    }
  return FALSE;
}

/* English: a description at @i in the body (below a byline, after
 * someone was named) does not stand for @entity when the text names
 * that person only in a later paragraph ("the prime minister's official
 * spokesperson said" long before "Their housing spokesperson, Moira
 * Tulloch"); the headline and the standfirst, above the byline, do speak
 * of people the body names */
static gboolean
named_only_later (Ctx  *ctx,
                  int   entity,
                  guint i)
{
  guint fn;

  if (entity < 0 || plx_lexicon_is_inflected (ctx->lexicon))
    return FALSE;
  fn = first_named (ctx, entity);
  if (fn == G_MAXUINT || fn < para_end_of (ctx, i) || first_named (ctx, -1) >= i)
    return FALSE;
  /* a byline before @i, and every mention before it too (a byline stands
   * near the top: a bounded look) */
  return ctx->byline_reach < i && ctx->byline_reach <= 600;
}

static guint person_ref_find (Ctx *ctx, guint i, guint limit, int *entity, PlxMentionKind *kind);

/* A person reference at token @i: a name mention, a pronoun or a role.
 * Returns the token after it, or @i when there is none; @entity and
 * @kind are only set when there is one. */
static guint
person_ref_at (Ctx   *ctx,
               guint  i,
               guint  limit,
               int   *entity,
               PlxMentionKind *kind)
{
  int e = -1;
  PlxMentionKind k = PLX_MENTION_NAME;
  guint end = person_ref_find (ctx, i, limit, &e, &k);

  if (end > i)
    {
      *entity = e;
      *kind = k;
    }
  return end;
}

/* How many of the quotes @qs (in text order) start before token @t: by
 * their content, or by their opening mark when @by_open. */
static guint
quotes_before (GArray   *qs,
               guint     t,
               gboolean  by_open)
{
  guint lo = 0, hi = qs->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const PlxFoundQuote *q = &g_array_index (qs, PlxFoundQuote, mid);

      if ((by_open ? q->open : q->first) < t)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The found quote whose opening mark is token @t, else NULL */
static PlxFoundQuote *
quote_opened_at (Ctx  *ctx,
                 guint t)
{
  guint lo = quotes_before (ctx->quotes, t, TRUE);
  PlxFoundQuote *q = lo < ctx->quotes->len ? &g_array_index (ctx->quotes, PlxFoundQuote, lo) : NULL;

  return q != NULL && q->open == t ? q : NULL;
}

/* "his mother said", «— хмыкает её муж»: the one other person the article
 * names with the surname of whom the possessive at @i refers to, of the
 * gender the kin noun after it gives; -1 when there is not exactly one */
static int
kin_relative (Ctx  *ctx,
              guint i,
              guint limit,
              char  g)
{
  char kg = 0;
  int owner, found = -1;
  PlxEntity *oe;

  /* one word may come between: "her late husband", «её младший брат» */
  for (guint k = i + 1; kg == 0 && k < limit && k <= i + 2 && is_word (ctx, k); k++)
    kg = plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_KIN_FEMALE, plx_token_str (ctx->tokens, k), tok (ctx, k)->len) ? 'f'
         : plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_KIN_MALE, plx_token_str (ctx->tokens, k), tok (ctx, k)->len) ? 'm'
         : 0;
  if (kg == 0 || (owner = resolve_speaker_pronoun (ctx, i, g == '?' ? 0 : g)) < 0)
    return -1;
  oe = g_ptr_array_index (ctx->people->entities, owner);
  if (oe->surname_key == NULL)
    return -1;
  for (guint e = 0; e < ctx->people->entities->len; e++)
    {
      PlxEntity *ce = g_ptr_array_index (ctx->people->entities, e);

      if ((int) e == owner || ce->surname_key == NULL || (ce->gender != 0 && ce->gender != kg)
          || ce->n_byline >= ce->n_mentions || strcmp (ce->surname_key, oe->surname_key) != 0)
        continue;
      if (found >= 0)
        return -1;
      found = (int) e;
    }
  return found;
}

static guint
person_ref_find (Ctx   *ctx,
                 guint  i,
                 guint  limit,
                 int   *entity,
                 PlxMentionKind *kind)
{
  int m = plx_people_mention_at (ctx->people, i);
  char g;
  guint end;

  if (m >= 0)
    {
      PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

      if (mm->kind == PLX_MENTION_BYLINE)
        return i;
      *entity = mm->entity;
      /* a role the people pass tied to someone named only further on */
      if (mm->kind == PLX_MENTION_ROLE && named_only_later (ctx, mm->entity, i))
        *entity = -1;
      /* «— спросил мужчина, не назвавший своего имени.» */
      if (mm->kind == PLX_MENTION_ROLE && ru_anonymous_after (ctx, mm->end))
        *entity = -1;
      *kind = PLX_MENTION_NAME;
      return mm->end;
    }
  g = pronoun (ctx, i);
  if (g != 0 && i + 1 < limit && is_word (ctx, i + 1) && !(tok (ctx, i + 1)->flags & PLX_TF_CAP)
      && possessive_pronoun (ctx, i) && !has (ctx, PLX_LEX_STOPWORDS, i + 1)
      && !has (ctx, PLX_LEX_PREPOSITIONS, i + 1) && speech_lemma (ctx, i + 1) == NULL)
    {
      /* "her son said", "— сказал его адвокат": a possessive names
       * someone else — a role of the text or an unnamed relative */
      end = plx_people_role_at (ctx->people, i, limit, entity);
      if (end <= i)
        {
          *entity = -1;
          end = i + 2;
        }
      if (*entity < 0)
        *entity = kin_relative (ctx, i, limit, g);
      *kind = PLX_MENTION_ROLE;
      return end;
    }
  /* "Из толпы его спросили": его, её, их are never a subject */
  if (g != 0 && plx_lexicon_is_inflected (ctx->lexicon) && possessive_pronoun (ctx, i))
    return i;
  if (g != 0)
    {
      *entity = resolve_speaker_pronoun (ctx, i, g == '?' ? 0 : g);
      *kind = PLX_MENTION_PRONOUN;
      return i + 1;
    }
  end = ru_age_end (ctx, i, limit);
  if (end > i)
    {
      /* "— буркнула 37-летняя программистка": the person its age or its
       * role words name */
      int e = ru_age_entity (ctx, i, end);

      for (guint w = i + 1; w < end && e < 0; w++)
        if (plx_people_role_at (ctx->people, w, end, &e) != end)
          e = -1;
      *entity = epithet_entity (ctx, i, i, end, e);
      *kind = PLX_MENTION_ROLE;
      return end;
    }
  end = plx_people_role_at (ctx->people, i, limit, entity);
  /* "the librarian said" after "Ann Roe, 44, a librarian at …": the one
   * person the article described with the role's head word */
  {
    int d = described_role (ctx, i, end);

    if (d >= 0)
      *entity = d;
  }
  /* "— сказал министр" when the text has two ministers: the one in focus
   * (who spoke in the sentence before) when the role is theirs too, not
   * the one named last ("… по итогам встречи с главой МИД Канады X") */
  if (end == i + 1 && *entity >= 0 && plx_lexicon_is_inflected (ctx->lexicon) && !(tok (ctx, i)->flags & PLX_TF_CAP))
    {
      char key[128];
      char vg = i > 0 && speech_lemma (ctx, i - 1) != NULL ? verb_gender (ctx, i - 1)
                : i + 1 < ctx->n && speech_lemma (ctx, i + 1) != NULL ? verb_gender (ctx, i + 1) : 0;
      int f = plx_lexicon_key (ctx->lexicon, ctx->tokens->text + tok (ctx, i)->start, tok (ctx, i)->len, key, sizeof key)
              && key[0] != '\0' ? resolve_speaker_pronoun (ctx, i, vg) : -1;

      if (f >= 0 && f != *entity)
        {
          PlxEntity *fe = g_ptr_array_index (ctx->people->entities, f);

          if (plx_entity_has_role_key (fe, key))
            *entity = f;
        }
    }
  /* "— сказал мэр." long before "Анна Ветрова, соседка мэра": a
   * Russian role stands for someone already named, not for one the text
   * names only in a later paragraph (the headline and the standfirst,
   * before anyone is named, do speak of people the body names) */
  if (end > i && *entity >= 0 && plx_lexicon_is_inflected (ctx->lexicon)
      && first_named (ctx, *entity) >= para_end_of (ctx, i) && first_named (ctx, -1) < i)
    *entity = -1;
  /* "На встрече были художественный руководитель Инга Вахрушева,
   * театральный критик Нина Фролова …" — «…», — сказала критик: the
   * people pass may read the next person's title as an apposition of the
   * name before it; the one person whose name this role word stood right
   * before is who it means */
  /* … and "Нина Фролова, театральный критик, …": when the people pass
   * tied the role to nobody, the one person whose titles hold it */
  if (end > i && end <= i + 2 && plx_lexicon_is_inflected (ctx->lexicon)
      && (!(tok (ctx, end - 1)->flags & PLX_TF_CAP) || (end == i + 1 && (tok (ctx, i)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START)))))
    {
      int r = ru_role_word_entity (ctx, end - 1);

      if (r < 0 && *entity < 0)
        r = ru_title_entity (ctx, end - 1);
      if (r >= 0 && r != *entity && first_named (ctx, r) < i)
        *entity = r;
    }
  /* "The American Federation of Government Employees warned", "the
   * French defence agency": a nationality before a noun is an adjective,
   * not a person ("the German said", "the Dutchman also said" are) */
  if (end > i && end < limit && is_word (ctx, end) && !plx_lexicon_is_inflected (ctx->lexicon)
      && (plx_tokens_class (ctx->tokens, end - 1, PLX_CLASS_NATIONALITY)
          || !(tok (ctx, end)->flags & PLX_TF_CAP))
      && plx_people_mention_at (ctx->people, end) < 0 && !verb_like (ctx, end))
    {
      /* … but "“…,” the Poland international said", "said the German
       * midfielder.": one person noun right before the verb, or the
       * end, of the attribution */
      if (!(end + 1 == limit && definite_lead (ctx, i) && !(tok (ctx, end)->flags & PLX_TF_CAP)
            && ((limit < ctx->n && speech_lemma (ctx, limit) != NULL)
                || (i > 0 && speech_lemma (ctx, i - 1) != NULL
                    && (limit >= ctx->n || is_char (ctx, limit, ',') || (tok (ctx, limit)->flags & PLX_TF_TERMINATOR))))
            /* (a lower-case "international" after a country is a
             * player: "the Wales international", not "the French
             * agency") */
            && (!has (ctx, PLX_LEX_ORG_WORDS, end)
                || ((tok (ctx, end - 1)->flags & PLX_TF_CAP)
                    && plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_COUNTRY_PLAYERS,
                                            plx_token_str (ctx->tokens, end), tok (ctx, end)->len)))
            && !has (ctx, PLX_LEX_SOURCE_NOUNS, end) && !has (ctx, PLX_LEX_PLACES, end)))
        return i;
      end++;
    }
  /* "the Sheriff's Office", "the Mayor's Office": a role in the name of
   * an organisation */
  if (end > i && end < limit && is_word (ctx, end) && (tok (ctx, end)->flags & PLX_TF_CAP)
      && has (ctx, PLX_LEX_ORG_WORDS, end) && plx_people_mention_at (ctx->people, end) < 0
      && !plx_lexicon_is_inflected (ctx->lexicon))
    return i;
  /* "A council spokesperson said … . The spokesperson added": a definite
   * role that takes up an unnamed one introduced before is still unnamed */
  /* … also with modifiers: "A former senior official said … . The
   * former official added" */
  if (end > i && *entity >= 0 && lower_role_phrase (ctx, i, end) && unnamed_before (ctx, end - 1))
    *entity = -1;
  /* a role or description never stands for someone named only in a
   * byline or a photo credit */
  if (end > i && *entity >= 0)
    {
      PlxEntity *be = g_ptr_array_index (ctx->people->entities, *entity);

      if (be->n_byline > 0 && be->n_byline >= be->n_mentions)
        *entity = -1;
    }
  /* "«…», — говорит пенсионерка.", "— заявил мужчина.": a bare Russian
   * role that names nobody known, closing the attribution, stands for
   * the person in focus when that person was named in the paragraph */
  /* … and "Сенатор добавил, что …" opening a sentence right after that
   * person spoke, named in this paragraph or the one before */
  /* … also with a genitive complement ("— сказала глава района."), and
   * across a paragraph break for a lone closing role: "Об этом сообщил
   * замминистра X. ¶ «…», — заявил замминистра." */
  guint role_tail = end;
  gboolean bare = FALSE;

  /* "— сказала глава района.": a generic role the people pass left alone
   * (no name follows it) still refers to someone when it closes the
   * attribution */
  if (end == i && plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, i) && !(tok (ctx, i)->flags & PLX_TF_CAP)
      && has (ctx, PLX_LEX_GENERIC_ROLES, i) && !has (ctx, PLX_LEX_ANONYMOUS_ROLES, i)
      && plx_people_mention_at (ctx->people, i) < 0 && i > 0 && speech_lemma (ctx, i - 1) != NULL)
    {
      bare = TRUE;
      end = role_tail = i + 1;
      *entity = -1;
    }
  /* "— указала испанка", "Датчанин уверен, что …": a nationality noun
   * for the one person the text gave that nationality */
  if (end == i + 1 && plx_lexicon_is_inflected (ctx->lexicon))
    {
      int r = ru_named_demonym (ctx, i);

      if (r >= 0)
        *entity = r;
    }
  if (end > i && end <= i + 2 && *entity < 0 && plx_lexicon_is_inflected (ctx->lexicon)
      && !(tok (ctx, i)->flags & PLX_TF_CAP))
    while (role_tail < ctx->n && role_tail < i + 3 && is_word (ctx, role_tail)
           && !(tok (ctx, role_tail)->flags & PLX_TF_CAP) && speech_lemma (ctx, role_tail) == NULL
           && !has (ctx, PLX_LEX_PREPOSITIONS, role_tail) && !has (ctx, PLX_LEX_STOPWORDS, role_tail)
           && pronoun (ctx, role_tail) == 0)
      role_tail++;
  gboolean addressed = FALSE;

  /* "— заявил министр казахстанским журналистам.", "— сказал тренер
   * «Спорт-Экспрессу».", "— рассказал нападающий в эфире «Матч ТВ».": an
   * addressee (a dative or an outlet's name) or a circumstance after a
   * role that names nobody else still closes the attribution */
  if (end > i && end <= i + 2 && *entity < 0 && plx_lexicon_is_inflected (ctx->lexicon)
      && !(tok (ctx, i)->flags & PLX_TF_CAP) && !has (ctx, PLX_LEX_ANONYMOUS_ROLES, i)
      && i > 0 && speech_lemma (ctx, i - 1) != NULL && role_tail < ctx->n
      && !(tok (ctx, role_tail)->flags & (PLX_TF_TERMINATOR | PLX_TF_PARA_START)))
    {
      guint t = end;
      gboolean addressee = FALSE;

      /* the addressee may stand where the complement was looked for */
      if (is_word (ctx, t) && !(tok (ctx, t)->flags & PLX_TF_CAP))
        addressee = dative_like (ctx, t);
      else if (t < ctx->n && (tok (ctx, t)->kind == PLX_TOK_QUOTE || all_caps (ctx, t)))
        addressee = TRUE;
      if (is_word (ctx, t) && has (ctx, PLX_LEX_PREPOSITIONS, t))
        addressee = TRUE;
      for (; addressee && t < ctx->n && t < end + 8; t++)
        {
          PlxToken *w = tok (ctx, t);

          if (w->flags & (PLX_TF_TERMINATOR | PLX_TF_PARA_START))
            break;
          if (plx_people_mention_at (ctx->people, t) >= 0 || pronoun (ctx, t) != 0
              || speech_lemma (ctx, t) != NULL
              || (w->kind != PLX_TOK_WORD && w->kind != PLX_TOK_QUOTE && w->kind != PLX_TOK_NUMBER))
            addressee = FALSE;
        }
      if (addressee && (t >= ctx->n || (tok (ctx, t)->flags & (PLX_TF_TERMINATOR | PLX_TF_PARA_START))))
        {
          role_tail = t;
          addressed = TRUE;
        }
    }
  if (end > i && *entity < 0 && plx_lexicon_is_inflected (ctx->lexicon)
      && !has (ctx, PLX_LEX_INDEFINITES, i)
      && ((!(tok (ctx, i)->flags & PLX_TF_CAP) && end <= i + 2
           && (role_tail == i + 1 || addressed
               || (has (ctx, PLX_LEX_GENERIC_ROLES, i) && !has (ctx, PLX_LEX_ANONYMOUS_ROLES, i)))
           && (role_tail >= ctx->n || (tok (ctx, role_tail)->flags & (PLX_TF_TERMINATOR | PLX_TF_PARA_START))))
          /* … also after a fronted clause: "На вопрос, …, замминистра
           * ответил:" */
          || (end == i + 1 && ((tok (ctx, i)->flags & PLX_TF_SENT_START) || (i > 0 && is_char (ctx, i - 1, ',')))
              && speech_lemma (ctx, end) != NULL && !has (ctx, PLX_LEX_ANONYMOUS_ROLES, i)))
      /* (not "— спросил мужчина, не назвавший своего имени.") */
      && !ru_anonymous_after (ctx, end))
    {
      int e = resolve_speaker_pronoun (ctx, i, 0);
      guint pstart = para_start_of (ctx, i);

      /* … an anonymous word too when it describes a situation
       * ("пенсионерка", "пассажирка"), not an occupation that is someone
       * else's ("журналист", "источник") */
      if (pstart > 0 && ((tok (ctx, i)->flags & PLX_TF_CAP) || !has (ctx, PLX_LEX_ANONYMOUS_ROLES, i)
                         || !has (ctx, PLX_LEX_ROLE_NOUNS, i)))
        pstart = para_start_of (ctx, pstart - 1);
      if (e >= 0)
        for (guint k = i; k-- > pstart;)
          {
            int m = plx_people_mention_at (ctx->people, k);

            if (m >= 0 && !(tok (ctx, k)->flags & PLX_TF_IN_QUOTE)
                && g_array_index (ctx->people->mentions, PlxMention, m).entity == e
                && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME)
              {
                *entity = e;
                break;
              }
          }
      /* … or, named earlier, spoke there under a role: "«…», — отметил
       * глава российского МИД. ¶ На вопрос, …, министр ответил:" */
      if (e >= 0 && *entity < 0 && first_named (ctx, e) < pstart)
        {
          GArray *qs = ctx->quotes;
          guint lo = quotes_before (qs, i, FALSE);

          while (lo-- > 0 && g_array_index (qs, PlxFoundQuote, lo).first >= pstart)
            {
              const PlxFoundQuote *o = &g_array_index (qs, PlxFoundQuote, lo);

              if (!o->scare && !o->fragment && o->attributed && o->entity >= 0)
                {
                  if (o->entity == e)
                    *entity = e;
                  break;
                }
            }
        }
    }
  if (bare && *entity < 0)
    return i;
  /* "the accountant clarified", "cautioned the accountant." after "Ann
   * Roe, a forensic accountant who …,": a definite description of a few
   * lower-case words whose head described one person of the article, even
   * when the role lexicon does not know it */
  /* (not inside a phrase: "statements filed with the state") */
  if (end <= i && !plx_lexicon_is_inflected (ctx->lexicon) && definite_lead (ctx, i)
      && !(i > 0 && is_word (ctx, i - 1) && has (ctx, PLX_LEX_PREPOSITIONS, i - 1) && !has (ctx, PLX_LEX_INFINITIVE, i - 1)))
    {
      guint h = i + 1;

      /* (a capitalised word too, "the Dane", but no name) */
      while (h < limit && h < i + 4 && is_word (ctx, h)
             && (!(tok (ctx, h)->flags & PLX_TF_CAP)
                 || (!(tok (ctx, h)->flags & PLX_TF_SENT_START) && plx_people_mention_at (ctx->people, h) < 0))
             && !has (ctx, PLX_LEX_STOPWORDS, h) && speech_lemma (ctx, h) == NULL && !name_possessive (ctx, h))
        h++;
      if (h > i + 1 && (h >= limit || is_char (ctx, h, ',') || (tok (ctx, h)->flags & PLX_TF_TERMINATOR)
                        || speech_lemma (ctx, h) != NULL))
        {
          int d = described_entity (ctx, h - 1);

          /* "“…,” the Lib Dem said", "“…,” said the Poland
           * international.": a definite description closing the
           * attribution of the quote right before it stands for the
           * person named at the start of the sentence before when it
           * described nobody; not a role first given to someone unnamed
           * ("a resident … the resident"), nor an organisation ("the
           * club said") */
          if (d < 0 && !unnamed_before (ctx, h - 1) && !has (ctx, PLX_LEX_ORG_WORDS, h - 1)
              && !has (ctx, PLX_LEX_PLACES, h - 1) && !has (ctx, PLX_LEX_SOURCE_NOUNS, h - 1)
              && ((h < ctx->n && speech_lemma (ctx, h) != NULL && i >= 2 && is_quote (ctx, i - 1)
                   && (is_char (ctx, i - 2, ',') || is_char (ctx, i - 2, '?') || is_char (ctx, i - 2, '!')))
                  || (i >= 3 && speech_lemma (ctx, i - 1) != NULL && is_quote (ctx, i - 2)
                      && (is_char (ctx, i - 3, ',') || is_char (ctx, i - 3, '?') || is_char (ctx, i - 3, '!'))
                      && (h >= limit || is_char (ctx, h, ',') || (tok (ctx, h)->flags & PLX_TF_TERMINATOR)))))
            {
              int subj = sentence_subject_before (ctx, i);
              guint ss = plx_tokens_sentence_start (ctx->tokens, i, i > 200 ? i - 200 : 0);

              /* (the only person that sentence names: "Oskar Roe, 40,
               * lost to Bo Lin, 40. “…,” the veteran said." is nobody) */
              if (subj >= 0 && ss > 0)
                for (guint w = plx_tokens_sentence_start (ctx->tokens, ss - 1, ss > 200 ? ss - 200 : 0); w < ss; w++)
                  {
                    int m = plx_people_mention_at (ctx->people, w);

                    if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME
                        && g_array_index (ctx->people->mentions, PlxMention, m).entity != subj)
                      {
                        subj = -1;
                        break;
                      }
                  }
              if (subj >= 0)
                d = epithet_entity (ctx, i, i + 1, h, subj);
            }
          if (d >= 0)
            {
              *entity = d;
              *kind = PLX_MENTION_ROLE;
              return h;
            }
        }
    }
  if (end > i)
    {
      /* "the Dutchman said": a nationality standing for a person whose
       * nationality the text never gave — the person in focus */
      if (end == i + 2 && is_word (ctx, i) && has (ctx, PLX_LEX_DETERMINERS, i)
          && !has (ctx, PLX_LEX_INDEFINITES, i) && pronoun (ctx, i) == 0
          && plx_tokens_class (ctx->tokens, i + 1, PLX_CLASS_NATIONALITY)
          && (end >= limit || is_char (ctx, end, ',') || speech_lemma (ctx, end) != NULL))
        *entity = epithet_entity (ctx, i, i + 1, i + 2, *entity);
      /* "the Kansas Republican also said": a place before a party or
       * office word, for the politician in focus */
      else if (*entity < 0 && end == i + 3 && is_word (ctx, i) && has (ctx, PLX_LEX_DETERMINERS, i)
               && !has (ctx, PLX_LEX_INDEFINITES, i) && pronoun (ctx, i) == 0
               && !plx_lexicon_is_inflected (ctx->lexicon)
               && (tok (ctx, i + 1)->flags & PLX_TF_CAP) && !(tok (ctx, i + 1)->flags & PLX_TF_SENT_START)
               && plx_people_mention_at (ctx->people, i + 1) < 0
               && has (ctx, PLX_LEX_ROLE_NOUNS, i + 2) && !has (ctx, PLX_LEX_ANONYMOUS_ROLES, i + 2)
               && (end >= limit || is_char (ctx, end, ',') || verb_like (ctx, end)))
        *entity = epithet_entity (ctx, i, i + 1, i + 3, -1);
      /* "“…,” the frontbencher said": a definite role the people pass
       * tied to nobody, right before the verb, for the person in focus
       * (not one introduced as unnamed: "a spokesperson … the
       * spokesperson") */
      else if (*entity < 0 && end == i + 2 && is_word (ctx, i) && has (ctx, PLX_LEX_DETERMINERS, i)
               && !has (ctx, PLX_LEX_INDEFINITES, i) && pronoun (ctx, i) == 0
               && !plx_lexicon_is_inflected (ctx->lexicon) && !(tok (ctx, i + 1)->flags & PLX_TF_CAP)
               && !has (ctx, PLX_LEX_ANONYMOUS_ROLES, i + 1) && !unnamed_before (ctx, i + 1)
               && end < ctx->n && is_word (ctx, end) && speech_lemma (ctx, end) != NULL)
        *entity = epithet_entity (ctx, i, i + 1, i + 2, -1);
      *kind = PLX_MENTION_ROLE;
      return end;
    }
  end = epithet_end (ctx, i, limit);
  if (end > i)
    {
      /* "the 34-year-old said": an age for the person in focus */
      *entity = epithet_entity (ctx, i, i + 1, i + 2, -1);
      *kind = PLX_MENTION_ROLE;
      return end;
    }
  /* "— поделилась программист.", "Актёр повторил, что": a role word the
   * lexicon does not know, written before one person's name, alone next
   * to the verb */
  if (plx_lexicon_is_inflected (ctx->lexicon) && i + 1 < ctx->n && !has (ctx, PLX_LEX_ORG_WORDS, i)
      && !has (ctx, PLX_LEX_PLACES, i)
      && ((tok (ctx, i + 1)->flags & PLX_TF_TERMINATOR) || is_char (ctx, i + 1, ',')
          || tok (ctx, i + 1)->kind == PLX_TOK_DASH || speech_lemma (ctx, i + 1) != NULL)
      && ((*entity = ru_role_word_entity (ctx, i)) >= 0
          || (*entity = ru_named_demonym (ctx, i)) >= 0))
    {
      *kind = PLX_MENTION_ROLE;
      return i + 1;
    }
  return i;
}

/* The end of the clause that follows a closing mark: up to the sentence end,
 * the next opening mark or the paragraph end. */
static guint
window_end (Ctx  *ctx,
            guint from,
            guint max)
{
  guint pend = para_end_of (ctx, from < ctx->n ? from : ctx->n - 1);
  guint i = from;

  while (i < pend && i - from < max)
    {
      PlxToken *t = tok (ctx, i);

      if (t->kind == PLX_TOK_QUOTE && (t->flags & PLX_TF_CAN_OPEN) && i > from)
        {
          /* a quoted name inside the attribution: «Спорт-Экспресса» */
          guint c = i + 1;

          while (c < pend && c < i + 5 && tok (ctx, c)->kind == PLX_TOK_WORD)
            c++;
          if (c > i + 1 && c < pend && tok (ctx, c)->kind == PLX_TOK_QUOTE
              && (tok (ctx, c)->flags & PLX_TF_CAN_CLOSE) && (tok (ctx, i + 1)->flags & PLX_TF_CAP))
            {
              i = c + 1;
              continue;
            }
          break;
        }
      if (t->kind == PLX_TOK_QUOTE && (t->flags & PLX_TF_CAN_OPEN) && i > from)
        break;
      /* "Rep. Ann Roe (D-Calif.) said", "Jo Roe (R-Ind.), the bill's
       * sponsor, told": an abbreviation's period inside a short
       * parenthesis after a name does not end the clause */
      if (t->kind == PLX_TOK_PUNCT && t->family == '(' && i > from && !plx_lexicon_is_inflected (ctx->lexicon))
        {
          guint c = i + 1;

          while (c < pend && c < i + MAX_PAREN_SKIP && !is_char (ctx, c, ')') && !is_char (ctx, c, '(')
                 && tok (ctx, c)->kind != PLX_TOK_QUOTE && !(tok (ctx, c)->flags & PLX_TF_SENT_START))
            c++;
          if (c < pend && is_char (ctx, c, ')') && c > i + 1)
            {
              i = c + 1;
              continue;
            }
        }
      if (t->flags & PLX_TF_TERMINATOR)
        break;
      if (t->kind == PLX_TOK_PUNCT && (t->family == ':' || t->family == ';'))
        break;
      i++;
    }
  return i;
}

static gboolean verb_plural (Ctx *ctx, guint v);

/* "Гурьевы", "Ивановы": a Russian surname in the plural names a family */
static gboolean
plural_name (Ctx  *ctx,
             guint i)
{
  PlxToken *t = tok (ctx, i);
  const char *s = ctx->tokens->text + t->start;

  return t->kind == PLX_TOK_WORD && t->len > 4
         && (memcmp (s + t->len - 2, "ы", 2) == 0 || memcmp (s + t->len - 4, "ие", 4) == 0);
}

/* English: the person reference at @start is a member singled out of a
 * group that is the subject ("Analysts at Jefferies including Ann Roe
 * said", "Traders, notably chief strategist Bo Lin, said") */
static gboolean
group_member (Ctx  *ctx,
              guint from,
              guint start)
{
  guint b = start;

  if (plx_lexicon_is_inflected (ctx->lexicon))
    return FALSE;
  while (b > from + 1 && start - b < 3 && is_word (ctx, b - 1) && !(tok (ctx, b - 1)->flags & PLX_TF_CAP)
         && !plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_GROUP_MEMBERS, ctx->tokens->text + tok (ctx, b - 1)->start, tok (ctx, b - 1)->len)
         && (has (ctx, PLX_LEX_ROLE_NOUNS, b - 1) || has (ctx, PLX_LEX_GENERIC_ROLES, b - 1)
             || !has (ctx, PLX_LEX_STOPWORDS, b - 1))
         && speech_lemma (ctx, b - 1) == NULL)
    b--;
  return b > from && is_word (ctx, b - 1)
         && plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_GROUP_MEMBERS, ctx->tokens->text + tok (ctx, b - 1)->start, tok (ctx, b - 1)->len);
}

/* English: the one-word role ending at @end ("Republican", "Russian")
 * only modifies the noun phrase that goes on at @end ("Republican leaders
 * in the Senate said", "The Irish Nurses and Midwives Organisation has
 * said"): a group or a body, not a person */
static gboolean
role_modifies (Ctx  *ctx,
               guint end)
{
  static const char *const plurals[] = { "ers", "ists", "ians", "als" };
  PlxToken *t;

  if (plx_lexicon_is_inflected (ctx->lexicon) || end >= ctx->n || !is_word (ctx, end) || speech_lemma (ctx, end) != NULL
      || auxiliary (ctx, end) || plx_people_mention_at (ctx->people, end) >= 0)
    return FALSE;
  t = tok (ctx, end);
  if (t->flags & PLX_TF_CAP)
    return !(t->flags & PLX_TF_SENT_START) && !has (ctx, PLX_LEX_ABBREVIATIONS, end);
  return t->len > 4 && plx_tokens_ends_with_any (ctx->tokens, end, plurals, G_N_ELEMENTS (plurals), 0);
}

/* Russian: the surname at @last of a person of @gender in a case other
 * than the nominative (a genitive-like ending) */
static gboolean
ru_surname_oblique (Ctx  *ctx,
                    guint last,
                    char  gender)
{
  static const char *const masc[] = { "а", "я" };
  static const char *const fem[] = { "ой", "ей" };

  return gender == 'm' ? plx_tokens_ends_with_any (ctx->tokens, last, masc, G_N_ELEMENTS (masc), 4)
         : gender == 'f' && plx_tokens_ends_with_any (ctx->tokens, last, fem, G_N_ELEMENTS (fem), 4);
}

/* Russian: the reference [@start, @end) found as a subject is in the
 * genitive after a noun of one who speaks or acts for someone
 * ("пресс-секретарь губернатора Олега Лаптева сообщил", "представитель
 * мэра заявил", "помощница министра Анны Ершовой сказала"): the subject
 * is that unnamed agent, not the person named or described after it */
static gboolean
ru_agent_of (Ctx           *ctx,
             guint          from,
             guint          start,
             guint          end,
             PlxMentionKind k,
             int            e)
{
  static const char *const oblique[] = { "а", "я", "ы", "и" };
  const PlxEntity *pe;
  guint b = start;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || e < 0 || end <= start)
    return FALSE;
  pe = g_ptr_array_index (ctx->people->entities, e);
  if (k == PLX_MENTION_NAME
      ? !ru_surname_oblique (ctx, end - 1, pe->gender)
      : k != PLX_MENTION_ROLE || (tok (ctx, start)->flags & PLX_TF_CAP)
        || !plx_tokens_ends_with_any (ctx->tokens, start, oblique, G_N_ELEMENTS (oblique), 4))
    return FALSE;
  /* (across titles in the genitive: "губернатора", "вице-премьера") */
  while (b > from + 1 && start - b < 3 && is_word (ctx, b - 1) && !(tok (ctx, b - 1)->flags & PLX_TF_CAP)
         && has (ctx, PLX_LEX_ROLE_NOUNS, b - 1)
         && plx_tokens_ends_with_any (ctx->tokens, b - 1, oblique, G_N_ELEMENTS (oblique), 4))
    b--;
  return b > from && is_word (ctx, b - 1)
         && plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_AGENT_ROLES, ctx->tokens->text + tok (ctx, b - 1)->start,
                                 tok (ctx, b - 1)->len);
}

/* Where a courtesy title written as an abbreviation ("Mr", "Rep.",
 * "Sen.") before the name at @start begins, going back at most three
 * tokens and not before @from; @start when there is none */
static guint
courtesy_title_start (Ctx   *ctx,
                      guint  from,
                      guint  start)
{
  guint p = start;

  while (p > from && start - p < 3
         && ((is_word (ctx, p - 1) && (tok (ctx, p - 1)->flags & PLX_TF_CAP)
              && (has (ctx, PLX_LEX_ABBREVIATIONS, p - 1) || (tok (ctx, p - 1)->flags & PLX_TF_ABBREV)))
             || is_char (ctx, p - 1, '.')))
    p--;
  return p;
}

/* English: where the words of a title before the name at @start begin —
 * a role noun or a title right before it ("President", "minister"),
 * after at most three modifiers ("former labour minister") — going back
 * no further than @from; @start when no title stands there */
static guint
title_words_start (Ctx   *ctx,
                   guint  from,
                   guint  start)
{
  guint p;

  if (start <= from || !is_word (ctx, start - 1)
      || !(has (ctx, PLX_LEX_ROLE_NOUNS, start - 1)
           || plx_tokens_class (ctx->tokens, start - 1, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_TITLES)))
    return start;
  p = start - 1;
  while (p > from && start - p < 4 && is_word (ctx, p - 1) && !has (ctx, PLX_LEX_STOPWORDS, p - 1)
         && !has (ctx, PLX_LEX_PREPOSITIONS, p - 1) && speech_lemma (ctx, p - 1) == NULL
         && plx_people_mention_at (ctx->people, p - 1) < 0)
    p--;
  return p;
}

static gboolean
find_subject_within (Ctx         *ctx,
                     guint        from,
                     guint        to,
                     guint        window,
                     Attribution *a)
{
  /* the reference nearest before @to, within [from, to), not across a
   * clause boundary */
  for (guint s = to; s-- > from && to - s <= window;)
    {
      int e = -1;
      PlxMentionKind k = PLX_MENTION_NAME;
      int m;
      guint start = s;
      guint end;

      if (s + 1 < to && (is_char (ctx, s, ',') || is_char (ctx, s, ';') || is_char (ctx, s, ':')
                         || tok (ctx, s)->kind == PLX_TOK_DASH))
        break;
      m = plx_people_mention_at (ctx->people, s);
      if (m >= 0)
        start = g_array_index (ctx->people->mentions, PlxMention, m).first;
      if (start < from)
        continue;
      /* "в беседе с журналистами подтвердил": not after a preposition */
      if (start > from && has (ctx, PLX_LEX_PREPOSITIONS, start - 1))
        continue;
      /* … nor after "of" and a courtesy title outside the name: "A
       * friend of Mr Trent said" (a relative clause may follow the
       * object of another preposition: "drew in Rep. Roe, who said") */
      /* … nor after a common noun, "of" and the person's title: "The
       * office of President Ann Roe said", "the family of former
       * minister Ann Roe said" — the body speaks (not "Secretary of
       * State Ann Roe", "Bank of England deputy governor Ann Roe": a
       * title of its own) */
      if (m >= 0 && !plx_lexicon_is_inflected (ctx->lexicon))
        {
          guint p = courtesy_title_start (ctx, from, start);

          if (p < start && p > from && plx_tokens_word_is (ctx->tokens, p - 1, "of"))
            continue;
          p = title_words_start (ctx, from, start);
          if (p < start && p > from + 1 && plx_tokens_word_is (ctx->tokens, p - 1, "of")
              && is_word (ctx, p - 2) && !(tok (ctx, p - 2)->flags & PLX_TF_CAP))
            continue;
        }
      /* "его представитель заявил": the role with a possessive before
       * it is someone else's — let the possessive decide */
      if (m < 0 && plx_lexicon_is_inflected (ctx->lexicon) && start > from && pronoun (ctx, start - 1) != 0
          && possessive_pronoun (ctx, start - 1))
        start--;
      end = person_ref_at (ctx, start, to, &e, &k);
      if (end > start && end <= to && k == PLX_MENTION_ROLE)
        {
          /* "Американский дипломат", "A senior Romanian official": take
           * the modifiers in front too, as far as they reach */
          guint base = start;

          for (guint d = 1; d <= 3 && base >= from + d; d++)
            {
              int e2 = -1;
              guint end2 = plx_people_role_at (ctx->people, base - d, to, &e2);

              if (end2 >= end && end2 <= to)
                {
                  start = base - d;
                  end = end2;
                  e = e2;
                }
            }
          /* "the 47-year-old congresswoman said": an age before the role
           * (English) */
          if (e < 0 && start == base && end == start + 1 && start >= from + 2
              && !plx_lexicon_is_inflected (ctx->lexicon) && epithet_end (ctx, start - 2, to) == end)
            {
              start -= 2;
              e = epithet_entity (ctx, start, start + 1, start + 2, sentence_subject_before (ctx, start));
            }
          /* "the librarian said" after "Ann Roe, 44, a librarian at …,
           * Bo Lin, the spokesperson …": the one person the article
           * described with the head word, not the role's last holder */
          {
            int d = described_role (ctx, start, end);

            if (d >= 0)
              e = d;
          }
          /* "the prime minister's official spokesperson said" long before
           * "Their housing spokesperson, Moira Tulloch": not one the text
           * names only in a later paragraph (English) */
          if (e >= 0 && named_only_later (ctx, e, start))
            e = -1;
          /* "The home secretary said" of "Shadow home secretary Ann Roe" */
          if (e >= 0 && k == PLX_MENTION_ROLE && role_contradicts (ctx, e, start, end))
            e = -1;
          int checked = e; /* (a person that passed the test above passes it again) */
          /* "his mother said": the relative the kin noun names (English;
           * in Russian the possessive leads the reference) */
          if (e < 0 && !plx_lexicon_is_inflected (ctx->lexicon) && pronoun (ctx, start) != 0
              && possessive_pronoun (ctx, start))
            e = kin_relative (ctx, start, to, pronoun (ctx, start));
          /* "“…,” the frontbencher said": a definite role tied to
           * nobody, right before the verb, for the person in focus */
          /* … also after a party or a place: "the Tory frontbencher said" */
          /* … or lower-case modifiers: "the union leader said"; a
           * party noun: "the Democrat said" */
          gboolean party = end == start + 2 && (tok (ctx, start + 1)->flags & PLX_TF_CAP)
                           && !(tok (ctx, start + 1)->flags & PLX_TF_SENT_START)
                           && plx_people_mention_at (ctx->people, start + 1) < 0
                           && has (ctx, PLX_LEX_ROLE_NOUNS, start + 1);

          if (e < 0 && end == to && to < ctx->n
              && (speech_lemma (ctx, to) != NULL
                  /* … also before a relative clause, opening its
                   * sentence: "The congressman, who has served since
                   * 2019, said" */
                  || ((tok (ctx, start)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START)) && end == start + 2
                      && is_char (ctx, to, ',') && to + 1 < ctx->n && is_word (ctx, to + 1)
                      && has (ctx, PLX_LEX_RELATIVES, to + 1)))
              && (end == start + 2
                  /* (not inside an asked or reported clause: "asked
                   * whether the prime minister agreed that …") */
                  || (lower_role_phrase (ctx, start, end)
                      && !(start > 0 && is_word (ctx, start - 1)
                           && (has (ctx, PLX_LEX_QUESTION_WORDS, start - 1)
                               || has (ctx, PLX_LEX_COMPLEMENTIZERS, start - 1))))
                  || (end == start + 3 && (tok (ctx, start + 1)->flags & PLX_TF_CAP)
                      && !(tok (ctx, start + 1)->flags & PLX_TF_SENT_START)
                      && plx_people_mention_at (ctx->people, start + 1) < 0
                      && !(tok (ctx, start + 2)->flags & PLX_TF_CAP)))
              && definite_lead (ctx, start) && !plx_lexicon_is_inflected (ctx->lexicon)
              && (end == start + 3 || party || !(tok (ctx, start + 1)->flags & PLX_TF_CAP))
              && !has (ctx, PLX_LEX_ANONYMOUS_ROLES, end - 1)
              && !unnamed_before (ctx, end - 1) && !(start > from && has (ctx, PLX_LEX_PREPOSITIONS, start - 1)))
            e = epithet_entity (ctx, start, start + 1, end, party ? sentence_subject_before (ctx, start) : -1);
          if (e >= 0 && e != checked && k == PLX_MENTION_ROLE && role_contradicts (ctx, e, start, end))
            e = -1;
          /* "A former senior agency official said": an indefinite
           * description introduces someone new, never a person named
           * before (unless a name in apposition follows it) */
          if (e >= 0 && indefinite_lead (ctx, start, from)
              && !(end + 1 < to && is_char (ctx, end, ',') && plx_people_mention_at (ctx->people, end + 1) >= 0))
            e = -1;
          /* "…, a company spokesperson said. ¶ The spokesperson, Colin
           * Avery, said …": named right after, in apposition */
          if (e < 0 && indefinite_lead (ctx, start, from))
            e = named_later (ctx, end - 1);
          /* "A former finance director of Acme told …" ¶ "Dominic
           * Strand, 52, …": a lede's role named in the next paragraph */
          if (e < 0)
            e = lede_named_next (ctx, start);
          /* "The spokesperson added" after "A council spokesperson said" */
          if (e >= 0 && lower_role_phrase (ctx, start, end) && unnamed_before (ctx, end - 1))
            e = -1;
          /* "A PG&E spokesperson", "an Acme Corp. engineer": the
           * indefinite article before an organisation's name makes the
           * role an unnamed one */
          if (e >= 0)
            {
              guint b = start;

              while (b > from && start - b < 10)
                {
                  PlxToken *p = tok (ctx, b - 1);

                  if (has (ctx, PLX_LEX_INDEFINITES, b - 1) || plx_people_mention_at (ctx->people, b - 1) >= 0)
                    break;
                  /* "a Department for Energy Security and Net Zero
                   * spokesperson": "for", "and" inside the name */
                  if (p->kind == PLX_TOK_WORD && !(p->flags & PLX_TF_CAP) && b < start
                      && (tok (ctx, b)->flags & PLX_TF_CAP)
                      && (has (ctx, PLX_LEX_PREPOSITIONS, b - 1) || has (ctx, PLX_LEX_COORDINATORS, b - 1)))
                    {
                      b--;
                      continue;
                    }
                  if (p->kind == PLX_TOK_WORD ? !(p->flags & PLX_TF_CAP)
                      : (p->kind != PLX_TOK_PUNCT || (p->flags & PLX_TF_TERMINATOR)
                         || is_char (ctx, b - 1, ',') || is_char (ctx, b - 1, ';')))
                    break;
                  b--;
                }
              if (b > from && b < start && has (ctx, PLX_LEX_INDEFINITES, b - 1))
                e = -1;
            }
        }
      /* "Delacroix's office said", "Roe's campaign said": a name in the
       * possessive before a noun owns the subject, it is not the subject */
      if (end > start && end < to && k == PLX_MENTION_NAME && !plx_lexicon_is_inflected (ctx->lexicon)
          && is_word (ctx, end) && !(tok (ctx, end)->flags & PLX_TF_CAP) && speech_lemma (ctx, end) == NULL
          && !auxiliary (ctx, end) && !has (ctx, PLX_LEX_PASSIVE_AUX, end) && name_possessive (ctx, end - 1))
        {
          /* … "Jo Roe's former assistant has told the court that" ¶
           * "Ann Lin, 31, …": a lede's role named in the next paragraph */
          e = lede_named_next (ctx, end);
          if (e >= 0)
            {
              /* (the role's words, up to its verb: not "former
               * assistant has") */
              start = end;
              for (end = start; end < to && is_word (ctx, end) && !auxiliary (ctx, end) && !verb_like (ctx, end); end++)
                ;
              k = PLX_MENTION_ROLE;
            }
        }
      /* "A spokesperson for Agriculture Minister Jo Roe said", "an aide
       * to Sen. Roe said": the person after the preposition is the one
       * the unnamed speaker works for */
      if (e >= 0 && end > start && !plx_lexicon_is_inflected (ctx->lexicon))
        {
          guint b = start;

          while (b > from && start - b < 4 && is_word (ctx, b - 1) && (tok (ctx, b - 1)->flags & PLX_TF_CAP)
                 && !(tok (ctx, b - 1)->flags & PLX_TF_SENT_START))
            b--;
          /* … "a spokesperson for federal Transport Minister Jo Roe",
           * "an aide to the state's Governor Roe": lower-case modifiers */
          guint lower = b;

          for (guint l = 0; l < 3 && b > from + 2 && is_word (ctx, b - 1) && !(tok (ctx, b - 1)->flags & PLX_TF_CAP)
                            && !has (ctx, PLX_LEX_PREPOSITIONS, b - 1) && speech_lemma (ctx, b - 1) == NULL
                            && (!verb_like (ctx, b - 1) || word_ends (ctx, b - 1, "ed"))
                            && pronoun (ctx, b - 1) == 0; l++)
            b--;
          /* "a source close to Governor Roe" */
          guint r = b >= from + 3 && plx_tokens_word_is (ctx->tokens, b - 1, "to")
                    && plx_tokens_word_is (ctx->tokens, b - 2, "close") ? b - 3 : b - 2;
          /* (those only after an indefinite role: not "the regional head
           * of maritime safety Jo Roe told") */
          gboolean unnamed = b == lower;

          for (guint w = r; !unnamed && b >= from + 2 && w-- > from && r - w <= 3 && is_word (ctx, w);)
            unnamed = has (ctx, PLX_LEX_INDEFINITES, w);
          if (unnamed && b >= from + 2 && is_word (ctx, b - 1) && has (ctx, PLX_LEX_PREPOSITIONS, b - 1)
              && is_word (ctx, r)
              && !(tok (ctx, r)->flags & PLX_TF_CAP) && speech_lemma (ctx, r) == NULL
              && (has (ctx, PLX_LEX_ROLE_NOUNS, r) || has (ctx, PLX_LEX_GENERIC_ROLES, r)
                  || has (ctx, PLX_LEX_ANONYMOUS_ROLES, r)))
            e = -1;
        }
      /* "Analysts at Jefferies including Ann Roe said": not the group's
       * member for the group */
      if (e >= 0 && end > start && group_member (ctx, from, start))
        e = -1;
      if (e >= 0 && k == PLX_MENTION_ROLE && end <= start + 2 && (tok (ctx, end - 1)->flags & PLX_TF_CAP)
          && role_modifies (ctx, end))
        e = -1;
      /* "В пресс-службе аэропорта Курумоч сообщили": a plural verb never
       * has one named person for its subject — the name belongs to a
       * phrase around it (unless "Иванов и Петров заявили", "Гурьевы") */
      if (e >= 0 && end > start && k == PLX_MENTION_NAME && plx_lexicon_is_inflected (ctx->lexicon)
          && to < ctx->n && verb_plural (ctx, to) && !plural_name (ctx, end - 1))
        {
          gboolean coordinated = FALSE;

          for (guint c = to; c-- > from && to - c <= 40 && !coordinated;)
            coordinated = is_word (ctx, c) && has (ctx, PLX_LEX_COORDINATORS, c);
          if (!coordinated)
            e = -1;
        }
      /* "A docker who asked not to be named because he feared … said":
       * a pronoun inside a relative clause on the subject's noun is not
       * the subject (English) */
      if (end > start && end <= to && k == PLX_MENTION_PRONOUN && !plx_lexicon_is_inflected (ctx->lexicon))
        for (guint r = start; r-- > from + 1 && start - r <= 12 && is_word (ctx, r);)
          if (has (ctx, PLX_LEX_RELATIVES, r))
            {
              if (is_word (ctx, r - 1) && !(tok (ctx, r - 1)->flags & PLX_TF_CAP) && pronoun (ctx, r - 1) == 0
                  && speech_lemma (ctx, r - 1) == NULL && !verb_like (ctx, r - 1))
                {
                  if (!find_subject_within (ctx, from, r, window, a))
                    set_reference (a, -1, start, end, k);
                  return TRUE;
                }
              break;
            }
      if (e >= 0 && end > start && end <= to && ru_agent_of (ctx, from, start, end, k, e))
        e = -1;
      if (end > start && end <= to)
        {
          set_reference (a, e, start, end, k);
          return TRUE;
        }
      /* roles start at a determiner: try from each position */
    }
  return FALSE;
}

static gboolean
find_subject (Ctx         *ctx,
              guint        from,
              guint        to,
              Attribution *a)
{
  return find_subject_within (ctx, from, to, SUBJECT_WINDOW, a);
}

static gboolean find_subject_skipping (Ctx *ctx, guint from, guint to, guint window, Attribution *a);

/* English: a relative pronoun opens the clause of verb @v, perhaps
 * with an auxiliary or an adverb between ("who has called", "who once
 * described") */
static gboolean
relative_before (Ctx  *ctx,
                 guint from,
                 guint v)
{
  if (plx_lexicon_is_inflected (ctx->lexicon))
    return FALSE;
  for (guint w = v; w-- > from + 1 && v - w <= 3;)
    {
      if (!is_word (ctx, w))
        return FALSE;
      if (has (ctx, PLX_LEX_RELATIVES, w))
        return TRUE;
    }
  return FALSE;
}

static gboolean find_speaker_of_verb (Ctx *ctx, guint from, guint v, guint window, Attribution *a);

/* The speaker of a verb at @v: its subject; none for a passive ("was
 * asked"); the subject of the first verb for "X thanked Y and said". */
/* («Коллега Вахитова по цеху, слесарь Ирина Лосева, уверена, что …»: the
 * name in apposition, not the complement before it; see mark_subjects()) */
/* @m, or @m + 1 when the people pass made the next mention, an apposition
 * of @m ending before @before, the subject (Russian; see mark_subjects()) */
static int
apposed_subject (Ctx  *ctx,
                 int   m,
                 guint before)
{
  GArray *ms = ctx->people->mentions;
  const PlxMention *a, *b;

  if (m < 0 || !plx_lexicon_is_inflected (ctx->lexicon) || (guint) m + 1 >= ms->len)
    return m;
  a = &g_array_index (ms, PlxMention, m);
  b = a + 1;
  return !a->subject && b->subject && b->first <= a->end + 10 && b->end < before ? m + 1 : m;
}

static gboolean
find_speaker_of (Ctx         *ctx,
                 guint        from,
                 guint        v,
                 guint        window,
                 Attribution *a)
{
  gboolean found = find_speaker_of_verb (ctx, from, v, window, a);
  int m = found && a->ref_end > 0 && a->ref_kind == PLX_MENTION_NAME && plx_lexicon_is_inflected (ctx->lexicon)
          ? plx_people_mention_at (ctx->people, a->ref_first) : -1;

  int n = apposed_subject (ctx, m, v);

  if (n != m && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME
      && g_array_index (ctx->people->mentions, PlxMention, n).entity >= 0)
    {
      const PlxMention *nx = &g_array_index (ctx->people->mentions, PlxMention, n);

      a->entity = nx->entity;
      a->ref_first = nx->first;
      a->ref_end = nx->end;
    }
  return found;
}

static gboolean ru_participle_aside (Ctx *ctx, guint c, guint limit);
static gboolean participle_like (Ctx *ctx, guint i);

/* "A nurse, who gave her name only as Ann, said", "a teenager who gave
 * his name only as Farid, said:", "a driver, known only by Ann, said":
 * the name a clause gives an unnamed subject right before the comma
 * @comma of its verb; its mention, else -1 */
static int
name_given_mention (Ctx  *ctx,
                    guint from,
                    guint comma)
{
  static const char *const known[] = { "known", "goes", "went", "identified" };
  const PlxMention *mm;
  int m;

  if (comma < from + 4 || !is_char (ctx, comma, ',')
      || (m = plx_people_mention_at (ctx->people, comma - 1)) < 0)
    return -1;
  mm = &g_array_index (ctx->people->mentions, PlxMention, m);
  if (mm->kind != PLX_MENTION_NAME || mm->entity < 0 || mm->end != comma || mm->first <= from + 2)
    return -1;
  /* "Жительница поселка, представившаяся Ольгой, рассказала": the name
   * a participle of naming gives in an aside between commas (not "не
   * представившаяся") (Russian) */
  if (plx_lexicon_is_inflected (ctx->lexicon))
    return is_char (ctx, mm->first - 2, ',') && is_word (ctx, mm->first - 1)
           && !(tok (ctx, mm->first - 1)->flags & PLX_TF_CAP) && has (ctx, PLX_LEX_NAME_MARKERS, mm->first - 1)
           && word_ends (ctx, mm->first - 1, "ся") ? m : -1;
  /* (not "backed only by Ann Roe") */
  if (plx_tokens_word_is (ctx->tokens, mm->first - 1, "by"))
    {
      if (plx_tokens_word_is (ctx->tokens, mm->first - 2, "only") && mm->first > from + 3)
        for (guint c = 0; c < G_N_ELEMENTS (known); c++)
          if (plx_tokens_word_is (ctx->tokens, mm->first - 3, known[c]))
            return m;
      return -1;
    }
  if (!plx_tokens_word_is (ctx->tokens, mm->first - 1, "as"))
    return -1;
  if (plx_tokens_word_is (ctx->tokens, mm->first - 2, "only")
      || plx_tokens_word_is (ctx->tokens, mm->first - 2, "name"))
    return m;
  /* ("who identified herself as Jo,": a relative clause, and no other
   * name between the subject and it) */
  for (guint r = mm->first - 1; r-- > from + 1 && mm->first - r <= 8 && is_word (ctx, r);)
    if (has (ctx, PLX_LEX_RELATIVES, r))
      return plx_people_mention_from (ctx->people, from) == m ? m : -1;
  return -1;
}

/* name_given_mention() as the reference of @a; whether there is one */
static gboolean
name_given_before (Ctx         *ctx,
                   guint        from,
                   guint        comma,
                   Attribution *a)
{
  int m = name_given_mention (ctx, from, comma);
  const PlxMention *mm;

  if (m < 0)
    return FALSE;
  mm = &g_array_index (ctx->people->mentions, PlxMention, m);
  set_reference (a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
  return TRUE;
}

static gboolean
find_speaker_of_verb (Ctx         *ctx,
                      guint        from,
                      guint        v,
                      guint        window,
                      Attribution *a)
{
  guint who = v;

  if (v > from && has (ctx, PLX_LEX_PASSIVE_AUX, v - 1))
    return FALSE;
  /* "Западный дипломат, присутствовавший на встрече, рассказал", "Юрист,
   * попросивший не называть его имени, сказал": the subject stands
   * before a participle phrase between commas; a role that such a phrase
   * describes is someone new, unnamed (Russian) */
  if (plx_lexicon_is_inflected (ctx->lexicon) && v > from + 3 && is_char (ctx, v - 1, ','))
    {
      guint c = v - 1;
      gboolean anon;

      while (c > from + 1 && v - c <= 10 && !is_char (ctx, c - 1, ','))
        c--;
      anon = c > from + 1 && ru_anonymous_aside (ctx, c - 1, v - 1);
      if (c > from + 1 && is_char (ctx, c - 1, ',') && (anon || ru_participle_aside (ctx, c - 1, v - 1)))
        {
          /* (a participle, not a gerund in -я, -а: "Сам подсудимый,
           * выступая в прениях, настаивал" is the defendant) */
          gboolean gerund = (word_ends (ctx, c, "я") || word_ends (ctx, c, "а")) && !participle_like (ctx, c);
          Attribution b = *a;

          if (!gerund && find_speaker_of_verb (ctx, from, c - 1, window, &b))
            {
              if ((b.ref_kind == PLX_MENTION_ROLE && b.ref_end == c - 1) || anon)
                b.entity = -1;
              *a = b;
              return TRUE;
            }
        }
    }
  /* "A nurse, who gave her name only as Ann, said" */
  if (name_given_before (ctx, from, v - 1, a))
    return TRUE;
  /* "who has long criticized", "who once described": auxiliaries and
   * adverbs between the relative pronoun and the verb (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    while (who > from + 3 && v - who < 3 && is_word (ctx, who - 1) && !(tok (ctx, who - 1)->flags & PLX_TF_CAP)
           && !has (ctx, PLX_LEX_QUESTION_WORDS, who - 1) && !has (ctx, PLX_LEX_NEGATIONS, who - 1)
           && (auxiliary (ctx, who - 1) || word_ends (ctx, who - 1, "ly")
               || (has (ctx, PLX_LEX_STOPWORDS, who - 1) && !has (ctx, PLX_LEX_PREPOSITIONS, who - 1)
                   && !has (ctx, PLX_LEX_DETERMINERS, who - 1) && pronoun (ctx, who - 1) == 0
                   && !has (ctx, PLX_LEX_COORDINATORS, who - 1) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, who - 1))))
      who--;
  if (who < v && !(is_word (ctx, who - 1) && has (ctx, PLX_LEX_QUESTION_WORDS, who - 1)))
    who = v;
  /* "Ann Roe, who in a statement on Monday said": an adverbial phrase
   * between the relative pronoun and the verb (English) */
  if (who == v && !plx_lexicon_is_inflected (ctx->lexicon))
    for (guint w = v; w-- > from + 2 && v - w <= 14;)
      {
        if ((tok (ctx, w)->flags & PLX_TF_TERMINATOR) || tok (ctx, w)->kind == PLX_TOK_DASH
            || (is_word (ctx, w) && (speech_lemma (ctx, w) != NULL || has (ctx, PLX_LEX_COMPLEMENTIZERS, w))))
          break;
        if (is_word (ctx, w) && has (ctx, PLX_LEX_RELATIVES, w))
          {
            if (w + 2 < v && plx_tokens_word_is (ctx->tokens, w, "who")
                && (is_char (ctx, w + 1, ',') || (is_word (ctx, w + 1) && has (ctx, PLX_LEX_PREPOSITIONS, w + 1))))
              who = w + 1;
            break;
          }
      }
  /* "Rep. Dale Kittredge, a member of the caucus, who posted that …": the
   * subject of a relative clause is the noun phrase before its comma */
  if (who > from + 2 && is_word (ctx, who - 1) && has (ctx, PLX_LEX_QUESTION_WORDS, who - 1)
      && is_char (ctx, who - 2, ',') && !plx_lexicon_is_inflected (ctx->lexicon))
    {
      guint c = who - 2;
      gboolean found = find_subject_skipping (ctx, from, who - 1, window, a);
      int m;

      if (found && a->entity >= 0)
        return TRUE;
      /* "heard from Ann Roe, who said", "spoke to Ann Roe, the
       * band's manager, who told": the person right before the comma,
       * or before an apposition that ends there, even after a
       * preposition */
      m = plx_people_mention_at (ctx->people, c - 1);
      if (m < 0 || g_array_index (ctx->people->mentions, PlxMention, m).end != c)
        for (guint p = c; p-- > from + 1 && c - p <= 8;)
          {
            if (is_char (ctx, p, ','))
              {
                if (p + 1 < c && (tok (ctx, p + 1)->kind == PLX_TOK_NUMBER
                                  || (is_word (ctx, p + 1) && (has (ctx, PLX_LEX_DETERMINERS, p + 1)
                                                               || has (ctx, PLX_LEX_INDEFINITES, p + 1)))))
                  m = plx_people_mention_at (ctx->people, p - 1);
                if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).end != p)
                  m = -1;
                break;
              }
            if ((tok (ctx, p)->flags & PLX_TF_TERMINATOR) || tok (ctx, p)->kind == PLX_TOK_QUOTE
                || plx_people_mention_at (ctx->people, p) >= 0
                || (is_word (ctx, p) && (speech_lemma (ctx, p) != NULL || has (ctx, PLX_LEX_RELATIVES, p))))
              break;
          }
      if (m >= 0)
        {
          PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

          if (mm->kind == PLX_MENTION_NAME && mm->entity >= 0 && mm->first >= from
              && !(mm->first > from && plx_tokens_word_is (ctx->tokens, mm->first - 1, "of"))
              && !group_member (ctx, from, mm->first))
            {
              set_reference (a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
              return TRUE;
            }
        }
      return found;
    }
  /* "…,” said Ann Roe, 29, a nurse who said …", "Ann Roe, a
   * retired farmer who told us …", "Ann Roe, a Nevada Democrat who has
   * called …": a restrictive relative on a noun phrase in apposition to
   * a name has that person as its subject */
  if (who > from + 4 && plx_tokens_word_is (ctx->tokens, who - 1, "who")
      && !plx_lexicon_is_inflected (ctx->lexicon))
    {
      guint s = who - 1;

      while (s > from + 2 && who - s <= 6 && is_word (ctx, s - 1)
             && (!(tok (ctx, s - 1)->flags & PLX_TF_CAP) || plx_tokens_class (ctx->tokens, s - 1, PLX_CLASS_NATIONALITY)
                 || (s - 1 > from && !(tok (ctx, s - 1)->flags & PLX_TF_SENT_START)
                     && plx_people_mention_at (ctx->people, s - 1) < 0))
             && !has (ctx, PLX_LEX_INDEFINITES, s - 1) && !has (ctx, PLX_LEX_DETERMINERS, s - 1)
             && speech_lemma (ctx, s - 1) == NULL)
        s--;
      if (s < who - 1 && s > from + 2 && is_word (ctx, s - 1)
          && (has (ctx, PLX_LEX_INDEFINITES, s - 1) || has (ctx, PLX_LEX_DETERMINERS, s - 1))
          && pronoun (ctx, s - 1) == 0 && is_char (ctx, s - 2, ','))
        {
          guint n = s - 2;
          int m;

          /* back over ", 29," to the name */
          if (n > from + 2 && tok (ctx, n - 1)->kind == PLX_TOK_NUMBER && is_char (ctx, n - 2, ','))
            n -= 2;
          m = plx_people_mention_at (ctx->people, n - 1);
          if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).end == n
              && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME)
            {
              PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

              set_reference (a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
              return TRUE;
            }
        }
    }
  if (v > from + 1 && has (ctx, PLX_LEX_PARTICIPLE_CUES, v)
      && (is_char (ctx, v - 1, ',')
          /* "… “talk to anybody,” adding": the comma inside the marks */
          || (v > from + 2 && tok (ctx, v - 1)->kind == PLX_TOK_QUOTE && is_char (ctx, v - 2, ','))))
    {
      /* "The judge rejected the plea as hollow, noting that his …": a
       * subject opening the sentence before its verb, not a possessive
       * or a name inside the main clause's object */
      /* "But Sen. Ann Roe (R-Alaska) said she was undecided, noting
       * that …": the subject of the sentence's first verb of speech */
      int relative_commas = 0;

      if (!plx_lexicon_is_inflected (ctx->lexicon) && !(tok (ctx, from)->flags & PLX_TF_IN_QUOTE))
        for (guint u = from + 1; u + 1 < v; u++)
          {
            Attribution b = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
            guint r = u + 1;

            /* over a party tag: "(D-Vt.)" */
            while (is_char (ctx, u, '(') && r + 1 < v && r <= u + 6 && !is_char (ctx, r, ')'))
              r++;
            if (is_char (ctx, u, '(') && is_char (ctx, r, ')'))
              {
                u = r;
                continue;
              }
            if ((tok (ctx, u)->flags & (PLX_TF_IN_QUOTE | PLX_TF_TERMINATOR)) || tok (ctx, u)->kind == PLX_TOK_QUOTE)
              break;
            /* … past a relative clause: "Ann Roe, who took over from Ed
             * Poe, said …, adding that" */
            if (is_char (ctx, u, ','))
              {
                int sm = plx_people_mention_at (ctx->people, u - 1);

                if (u + 1 < v && is_word (ctx, u + 1) && has (ctx, PLX_LEX_RELATIVES, u + 1))
                  relative_commas = 3;
                /* … or an apposition to the name that opens the sentence:
                 * "Jo Roe, an analyst at Acme, wrote …, arguing that" */
                else if (sm >= 0 && relative_commas <= 0
                         && g_array_index (ctx->people->mentions, PlxMention, sm).kind == PLX_MENTION_NAME
                         && g_array_index (ctx->people->mentions, PlxMention, sm).end == u
                         && g_array_index (ctx->people->mentions, PlxMention, sm).first <= from + 1)
                  relative_commas = 2;
                if (relative_commas-- > 0)
                  continue;
                break;
              }
            if (speech_lemma (ctx, u) == NULL || has (ctx, PLX_LEX_PARTICIPLE_CUES, u))
              continue;
            if (!has (ctx, PLX_LEX_NEGATIONS, u - 1) && !has (ctx, PLX_LEX_INFINITIVE, u - 1)
                && !has (ctx, PLX_LEX_PASSIVE_AUX, u - 1) && find_speaker_of (ctx, from, u, window, &b)
                && b.ref_end > 0 && b.ref_kind != PLX_MENTION_PRONOUN)
              {
                *a = b;
                return TRUE;
              }
            break;
          }
      if (!plx_lexicon_is_inflected (ctx->lexicon) && !(tok (ctx, from)->flags & PLX_TF_IN_QUOTE))
        {
          int e = -1;
          PlxMentionKind k = PLX_MENTION_NAME;
          guint end = person_ref_at (ctx, from, v, &e, &k);

          if (end > from && end + 1 < v && k != PLX_MENTION_PRONOUN && is_word (ctx, end) && verb_like (ctx, end)
              && !has (ctx, PLX_LEX_PREPOSITIONS, end) && !has (ctx, PLX_LEX_COORDINATORS, end))
            {
              set_reference (a, e, from, end, k);
              return TRUE;
            }
          /* "Acme's chairman has defended …, arguing that": a role after
           * its owner's name, resolved as the subject of a verb of speech */
          if (end == from)
            for (guint t = from + 1; t + 1 < v && t <= from + 6 && is_word (ctx, t); t++)
              if (verb_like (ctx, t) || auxiliary (ctx, t))
                {
                  Attribution b = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };

                  if (find_subject (ctx, from, t, &b) && b.ref_kind == PLX_MENTION_ROLE && b.entity >= 0
                      && b.ref_end == t)
                    {
                      *a = b;
                      return TRUE;
                    }
                  break;
                }
          /* "(Wire) — The head of the authority on Wednesday defended
           * …, saying": a lede's role named in the next paragraph */
          {
            guint f = from;

            for (guint d = from; d < v && d < from + 20; d++)
              if (tok (ctx, d)->kind == PLX_TOK_DASH)
                f = d + 1;
            e = -1;
            end = f < v ? person_ref_at (ctx, f, v, &e, &k) : f;
            if (end > f && k == PLX_MENTION_ROLE && e < 0 && (e = lede_named_next (ctx, f)) >= 0)
              {
                set_reference (a, e, f, end, k);
                return TRUE;
              }
          }
        }
      /* "…,” he told reporters, adding that …": the main clause's subject */
      gboolean past_possessive = FALSE;

      for (guint s = v - 1; s-- > from && v - s < 30;)
        {
          int m = plx_people_mention_at (ctx->people, s);
          int e = -1;
          PlxMentionKind k = PLX_MENTION_NAME;
          guint start = m >= 0 ? g_array_index (ctx->people->mentions, PlxMention, m).first : s;
          guint end;

          /* not past a quote that ends with its own punctuation (“…,”
           * he told …); a name in marks (so-called “grey belt”) is part of
           * the main clause */
          if (tok (ctx, s)->kind == PLX_TOK_QUOTE && (tok (ctx, s)->flags & PLX_TF_CAN_CLOSE)
              && !(s > from && is_word (ctx, s - 1)))
            {
              /* … but "X said he would “talk to anybody,” adding:": a
               * fragment inside the clause, its opening mark after a word */
              guint o = s;

              while (o > from && s - o < 60 && !(tok (ctx, o - 1)->kind == PLX_TOK_QUOTE
                                                 && (tok (ctx, o - 1)->flags & PLX_TF_CAN_OPEN)))
                o--;
              if (o > from + 1 && s - o < 60 && is_word (ctx, o - 2)
                  && !(tok (ctx, o - 2)->flags & PLX_TF_IN_QUOTE))
                {
                  s = o - 1;
                  continue;
                }
              break;
            }
          /* "…,” the chief executive replied, adding that": a role right
           * before the main verb */
          if (m < 0 && pronoun (ctx, s) == 0 && is_word (ctx, s) && has (ctx, PLX_LEX_DETERMINERS, s))
            {
              int re = -1;
              PlxMentionKind rk = PLX_MENTION_NAME;
              guint rend = person_ref_at (ctx, s, v, &re, &rk);

              if (rend > s && rend < v && speech_lemma (ctx, rend) != NULL)
                {
                  set_reference (a, re, s, rend, rk);
                  return TRUE;
                }
              continue;
            }
          /* «…», — заверила глава района, пояснив, что …: a role closing
           * the attribution of a direct quote (its verb has the quote for
           * object, so the role is the subject); "Актёр повторил, что …,
           * добавив, что …": a role opening the sentence before its verb
           * (Russian; "прерывала адвоката, напоминая" is an object) */
          if (m < 0 && plx_lexicon_is_inflected (ctx->lexicon) && pronoun (ctx, s) == 0 && is_word (ctx, s))
            {
              int re = -1;
              PlxMentionKind rk = PLX_MENTION_NAME;
              guint rend = person_ref_at (ctx, s, v, &re, &rk);
              guint d = s;

              while (d > 2 && d >= from && s - d < 8 && tok (ctx, d)->kind != PLX_TOK_DASH)
                d--;
              if (rend > s && re >= 0 && rk == PLX_MENTION_ROLE
                  && ((rend == v - 1 && tok (ctx, d)->kind == PLX_TOK_DASH
                       && (tok (ctx, d - 1)->kind == PLX_TOK_QUOTE
                           || (is_char (ctx, d - 1, ',') && tok (ctx, d - 2)->kind == PLX_TOK_QUOTE)))
                      || (s == from && rend < v && ru_finite_form (ctx, rend))))
                {
                  set_reference (a, re, s, rend, rk);
                  return TRUE;
                }
            }
          if (m < 0 && pronoun (ctx, s) == 0)
            continue;
          /* "Ann Roe kept her rating, arguing that": a possessive before
           * its noun is not the subject (English) */
          if (m < 0 && !plx_lexicon_is_inflected (ctx->lexicon) && possessive_pronoun (ctx, s) && s + 1 < v
              && is_word (ctx, s + 1) && !has (ctx, PLX_LEX_STOPWORDS, s + 1))
            {
              past_possessive = TRUE;
              continue;
            }
          end = person_ref_at (ctx, start, v, &e, &k);
          /* … then only a subject, not an object after a verb or a
           * preposition: "Ann Roe thanked Bo Lin for her help, telling her" */
          if (past_possessive && end > start)
            {
              guint t = courtesy_title_start (ctx, from, start);

              if (t > from && is_word (ctx, t - 1) && !(tok (ctx, t - 1)->flags & PLX_TF_CAP)
                  && !has (ctx, PLX_LEX_ROLE_NOUNS, t - 1) && !has (ctx, PLX_LEX_GENERIC_ROLES, t - 1)
                  && !has (ctx, PLX_LEX_DETERMINERS, t - 1))
                continue;
            }
          if (end > start && e >= 0 && group_member (ctx, from, start))
            e = -1;
          if (end > start)
            {
              set_reference (a, e, start, end, k);
              return TRUE;
            }
        }
      return FALSE;
    }
  if (v > from && has (ctx, PLX_LEX_COORDINATORS, v - 1))
    {
      /* "After a journalist asked Rao about it, she shook her head and
       * replied": past an adverbial clause opening the sentence */
      /* … or a participle clause: "Asked whether …, Roe smiled and
       * said", "Speaking after the vote, Roe …" */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, from)
          && ((has (ctx, PLX_LEX_SUBORDINATORS, from) && !has (ctx, PLX_LEX_CONCESSIVES, from))
              || ((tok (ctx, from)->flags & PLX_TF_CAP) && !(tok (ctx, from)->flags & PLX_TF_ALLCAPS)
                  && (speech_lemma (ctx, from) != NULL
                      || ((word_ends (ctx, from, "ed") || word_ends (ctx, from, "ing")) && tok (ctx, from)->len > 4
                          && plx_people_mention_at (ctx->people, from) < 0 && !has (ctx, PLX_LEX_PLACES, from))))))
        for (guint c = from + 2; c + 2 < v && c <= from + 24; c++)
          {
            if ((tok (ctx, c)->flags & PLX_TF_TERMINATOR) || tok (ctx, c)->kind == PLX_TOK_QUOTE)
              break;
            if (is_char (ctx, c, ','))
              {
                from = c + 1;
                break;
              }
          }
      for (guint s = from; s < v - 1 && s < from + 12; s++)
        {
          int e = -1;
          PlxMentionKind k = PLX_MENTION_NAME;
          guint end;

          /* "the paper called X's remarks … and warned": the subject
           * stands before the first verb */
          if (s > from && speech_lemma (ctx, s) != NULL && !plx_lexicon_is_inflected (ctx->lexicon))
            break;
          end = person_ref_at (ctx, s, v, &e, &k);
          if (end > s)
            {
              /* "A company spokesperson, Hannah Lee, confirmed … and
               * said": the name in apposition to the role */
              if (k == PLX_MENTION_ROLE && e < 0 && end + 2 < v && is_char (ctx, end, ','))
                {
                  int m = plx_people_mention_at (ctx->people, end + 1);

                  if (m >= 0)
                    {
                      PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

                      if (mm->first == end + 1 && mm->kind == PLX_MENTION_NAME && mm->entity >= 0
                          && mm->end < v && is_char (ctx, mm->end, ','))
                        {
                          s = mm->first;
                          end = mm->end;
                          e = mm->entity;
                          k = PLX_MENTION_NAME;
                        }
                    }
                }
              /* "the Republican called it “…” and said": a description
               * right before the first verb of speech, as before any
               * verb of speech */
              if (k == PLX_MENTION_ROLE && e < 0 && end < v && speech_lemma (ctx, end) != NULL
                  && !plx_lexicon_is_inflected (ctx->lexicon))
                {
                  Attribution b = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };

                  if (find_subject_within (ctx, s, end, window, &b) && b.entity >= 0 && b.ref_first == s)
                    e = b.entity;
                }
              set_reference (a, e, s, end, k);
              return TRUE;
            }
        }
    }
  if (find_subject_skipping (ctx, from, v, window, a))
    return TRUE;
  /* "The 52-year-old, who took over … — no relation — said": the subject
   * opens the sentence and a relative clause follows it */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && v > from + 4)
    for (guint s = from; s < from + 3 && s < v; s++)
      {
        int e = -1;
        PlxMentionKind k = PLX_MENTION_NAME;
        int m = plx_people_mention_at (ctx->people, s);
        guint start = m >= 0 ? g_array_index (ctx->people->mentions, PlxMention, m).first : s;
        guint end = start == s ? person_ref_at (ctx, s, v, &e, &k) : s;

        /* … also a restrictive one: "A former official who still
         * advises the board said" */
        if (end > s && end + 2 < v
            && ((is_char (ctx, end, ',') && is_word (ctx, end + 1) && has (ctx, PLX_LEX_QUESTION_WORDS, end + 1))
                || (k == PLX_MENTION_ROLE && plx_tokens_word_is (ctx->tokens, end, "who"))))
          {
            set_reference (a, e, s, end, k);
            return TRUE;
          }
      }
  return FALSE;
}

/* Whether the lower-case word @w has the ending of a Russian noun of a
 * person's trade ("сварщик", "слесарь-ремонтник", "функционер",
 * "исследовательница"), not a stop word ("другой") */
static gboolean
agent_noun (Ctx  *ctx,
            guint w)
{
  static const char *const agent[] = { "ер", "ор", "ист", "истка", "ник", "ница", "тель", "щик", "щица", "чик",
                                       "чица", "ец", "ог", "ант", "ент", "ат", "арь", "ир" };

  if (!plx_lexicon_is_inflected (ctx->lexicon) || !is_word (ctx, w) || (tok (ctx, w)->flags & PLX_TF_CAP)
      || has (ctx, PLX_LEX_STOPWORDS, w) || has (ctx, PLX_LEX_INDEFINITES, w) || has (ctx, PLX_LEX_DETERMINERS, w)
      || has (ctx, PLX_LEX_PREPOSITIONS, w))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (agent); k++)
    if (word_ends (ctx, w, agent[k]))
      return TRUE;
  return FALSE;
}

/* "Brennan, who joined the bank from the ministry, warned": the subject
 * stands before the parenthetical clause that ends at the verb */
static gboolean
find_subject_skipping (Ctx         *ctx,
                       guint        from,
                       guint        to,
                       guint        window,
                       Attribution *a)
{
  /* "Андрей Шевчук (однофамилец, не родственник) рассказал", "Ann Roe
   * (no relation) said": a parenthesis between the subject and the verb */
  if (to > from + 2 && is_char (ctx, to - 1, ')'))
    for (guint b = to - 1; b-- > from + 1 && to - b < 20;)
      {
        if (is_char (ctx, b, '('))
          {
            to = b;
            break;
          }
        if ((tok (ctx, b)->flags & PLX_TF_TERMINATOR) || is_char (ctx, b, ')'))
          break;
      }
  /* "Another survivor, a teenager who gave his name only as Farid,
   * said" */
  if (to > 0 && name_given_before (ctx, from, to - 1, a))
    return TRUE;
  /* "Jo Roe – no relation – whose mother …, said": a relative clause
   * after the pair of dashes below (English) */
  if (to > from + 4 && is_char (ctx, to - 1, ',') && !plx_lexicon_is_inflected (ctx->lexicon))
    for (guint r = to - 1; r-- > from + 2 && to - r < 30;)
      {
        if (!is_word (ctx, r) && tok (ctx, r)->kind != PLX_TOK_NUMBER && !is_char (ctx, r, '-'))
          break;
        if (is_word (ctx, r) && has (ctx, PLX_LEX_RELATIVES, r))
          {
            if (tok (ctx, r - 1)->kind == PLX_TOK_DASH)
              to = r;
            break;
          }
      }
  /* "Ann Roe – the mayor's sister – said", "Иван Петров — бывший
   * депутат — заявил": a pair of dashes after a name likewise */
  if (to > from + 3 && tok (ctx, to - 1)->kind == PLX_TOK_DASH && !(tok (ctx, to - 1)->flags & PLX_TF_PARA_START))
    for (guint b = to - 1; b-- > from + 1 && to - b < 30;)
      {
        if (tok (ctx, b)->kind == PLX_TOK_DASH)
          {
            int m = plx_people_mention_at (ctx->people, b - 1);

            /* … after a name, not around it: "Одна из них — 80-летняя
             * Анна Котова — рассказала" */
            if (b + 1 < to - 1 && m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).end == b
                && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME)
              to = b;
            /* "Rep. Ann Roe of Ohio — no relation — said", "Mayor Tom
             * Reyes — a Democrat, for the record — said": in English any
             * aside that names no one, after the subject's noun phrase */
            else if (b + 1 < to - 1 && b > from + 1 && !plx_lexicon_is_inflected (ctx->lexicon)
                     && (is_word (ctx, b - 1) || tok (ctx, b - 1)->kind == PLX_TOK_NUMBER))
              {
                int n = plx_people_mention_from (ctx->people, b + 1);

                /* (a name only in the possessive: "– Jo Roe's aunt –") */
                if (n < 0 || g_array_index (ctx->people->mentions, PlxMention, n).first >= to
                    || (name_possessive (ctx, g_array_index (ctx->people->mentions, PlxMention, n).end - 1)
                        && plx_people_mention_from (ctx->people, g_array_index (ctx->people->mentions, PlxMention, n).end) < 0))
                  to = b;
                /* … "Ann Roe, 71 – Jo's aunt – said": over the age */
                if (to == b && b > from + 3 && tok (ctx, b - 1)->kind == PLX_TOK_NUMBER && is_char (ctx, b - 2, ','))
                  to = b - 2;
              }
            break;
          }
        if ((tok (ctx, b)->flags & (PLX_TF_TERMINATOR | PLX_TF_PARA_START))
            || (is_char (ctx, b, ',') && plx_lexicon_is_inflected (ctx->lexicon))
            || tok (ctx, b)->kind == PLX_TOK_QUOTE || (is_word (ctx, b) && speech_lemma (ctx, b) != NULL))
          break;
      }
  /* "… Ээвы Лааксонен, которая накануне назвала …": the subject of a
   * Russian relative clause is the noun phrase before its comma */
  if (plx_lexicon_is_inflected (ctx->lexicon))
    for (guint r = to; r-- > from + 1 && to - r <= 3;)
      {
        if (!is_word (ctx, r) || (tok (ctx, r)->flags & PLX_TF_CAP))
          break;
        if (has (ctx, PLX_LEX_RELATIVES, r))
          {
            if (is_char (ctx, r - 1, ',') && r - 1 > from)
              return find_subject_within (ctx, from, r - 1, window, a);
            break;
          }
      }
  /* "The opposition leader, Caroline Whitlock, had asked": auxiliaries
   * between the apposition's comma and the verb */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    {
      guint t = to;

      while (t > from + 3 && t + 2 > to && is_word (ctx, t - 1) && auxiliary (ctx, t - 1)
             && !has (ctx, PLX_LEX_NEGATIONS, t - 1))
        t--;
      if (t < to && is_char (ctx, t - 1, ','))
        to = t;
    }
  /* "Андрей Рудаков, курирующий …, ранее предупреждал": an adverb
   * between the clause's comma and the verb; "The 41-year-old, a
   * former teacher, later told …" in English too */
    {
      guint t = to;

      while (t > from + 3 && t + 2 > to && is_word (ctx, t - 1) && !(tok (ctx, t - 1)->flags & PLX_TF_CAP)
             && has (ctx, PLX_LEX_STOPWORDS, t - 1) && !has (ctx, PLX_LEX_PREPOSITIONS, t - 1)
             && !has (ctx, PLX_LEX_RELATIVES, t - 1) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, t - 1)
             && !has (ctx, PLX_LEX_COORDINATORS, t - 1) && pronoun (ctx, t - 1) == 0
             /* the English stop words hold role nouns and articles (the
              * Russian ones a few: "…, министр ответил") */
             && ((plx_lexicon_is_inflected (ctx->lexicon) && !has (ctx, PLX_LEX_ROLE_NOUNS, t - 1)
                  && !has (ctx, PLX_LEX_HEAD_WORDS, t - 1) && !has (ctx, PLX_LEX_GENERIC_ROLES, t - 1))
                 || (!has (ctx, PLX_LEX_ROLE_NOUNS, t - 1) && !has (ctx, PLX_LEX_GENERIC_ROLES, t - 1)
                     && !has (ctx, PLX_LEX_ANONYMOUS_ROLES, t - 1) && !has (ctx, PLX_LEX_HEAD_WORDS, t - 1)
                     && !has (ctx, PLX_LEX_DETERMINERS, t - 1) && !has (ctx, PLX_LEX_INDEFINITES, t - 1))))
        t--;
      if (t < to && is_char (ctx, t - 1, ','))
        to = t;
    }
  /* "Марина Лосева, которая …, после заседания сказала": a short
   * prepositional phrase between the clause's comma and the verb
   * (Russian) */
  if (plx_lexicon_is_inflected (ctx->lexicon))
    for (guint p = to; p-- > from + 3 && to - p <= 5;)
      {
        if (!is_word (ctx, p) && tok (ctx, p)->kind != PLX_TOK_NUMBER)
          break;
        if (is_word (ctx, p) && has (ctx, PLX_LEX_PREPOSITIONS, p) && is_char (ctx, p - 1, ','))
          {
            if (p + 1 < to)
              to = p;
            break;
          }
        if (is_word (ctx, p) && ((tok (ctx, p)->flags & PLX_TF_CAP) || speech_lemma (ctx, p) != NULL))
          break;
      }
  /* "Ann Roe, a Democrat who has called it “a lifeline,” said": the
   * comma inside the closing mark ends the apposition (English) */
  if (to > from + 4 && !plx_lexicon_is_inflected (ctx->lexicon) && tok (ctx, to - 1)->kind == PLX_TOK_QUOTE
      && (tok (ctx, to - 1)->flags & PLX_TF_CAN_CLOSE) && is_char (ctx, to - 2, ','))
    to--;
  if (to > from + 2 && is_char (ctx, to - 1, ','))
    {
      for (guint c = to - 1; c-- > from && to - c < 30;)
        if (is_char (ctx, c, ','))
          {
            int m = plx_people_mention_from (ctx->people, c + 1);

            /* "Its chief executive, Pieter Jansen, said": the name itself */
            if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first < to)
              {
                PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

                guint e = mm->end;

                /* "Jonathan Ashdown KC," */
                while (e < to - 1 && e < mm->end + 2 && is_word (ctx, e)
                       && (tok (ctx, e)->flags & (PLX_TF_ALLCAPS | PLX_TF_ABBREV)))
                  e++;
                /* "Ирина Стрельцова («Единая Россия»),": a party or a
                 * region in brackets after the name */
                if (e + 2 < to - 1 && to - 1 - e <= 12 && is_char (ctx, e, '(') && is_char (ctx, to - 2, ')'))
                  {
                    guint w = e + 1;

                    while (w < to - 2 && !is_char (ctx, w, '(') && !is_char (ctx, w, ')')
                           && !(tok (ctx, w)->flags & PLX_TF_TERMINATOR))
                      w++;
                    if (w == to - 2)
                      e = to - 1;
                  }
                guint b = c + 1;

                /* ", Dr. Anja Lindqvist,", ", 79-летняя Валентина Петровна,",
                 * ", адвокат Л. М. Зубарева,", "Её соседка, пенсионерка …," */
                while (b < mm->first && ((is_word (ctx, b) && (tok (ctx, b)->flags & (PLX_TF_ABBREV | PLX_TF_CAP)))
                                         || (b == c + 1 && tok (ctx, b)->kind == PLX_TOK_NUMBER)
                                         /* ", state Sen. Ann Roe,": a lower-case
                                          * modifier of the title (English) */
                                         || (b == c + 1 && is_word (ctx, b) && !(tok (ctx, b)->flags & PLX_TF_CAP)
                                             && !plx_lexicon_is_inflected (ctx->lexicon) && b + 1 < mm->first
                                             && is_word (ctx, b + 1) && (tok (ctx, b + 1)->flags & PLX_TF_CAP)
                                             && !verb_like (ctx, b) && speech_lemma (ctx, b) == NULL
                                             && !has (ctx, PLX_LEX_PREPOSITIONS, b) && !has (ctx, PLX_LEX_DETERMINERS, b)
                                             && !has (ctx, PLX_LEX_RELATIVES, b) && pronoun (ctx, b) == 0)
                                         || (b < c + 3 && is_word (ctx, b)
                                             && (has (ctx, PLX_LEX_ROLE_NOUNS, b) || has (ctx, PLX_LEX_GENERIC_ROLES, b)
                                                 || has (ctx, PLX_LEX_ANONYMOUS_ROLES, b)))))
                  b++;
                /* "Его дочь, генеральный директор «Северного молока» Елена
                 * Глебова,", "her deputy, the head of finance Ana Ruiz,": a
                 * role phrase in apposition before the name */
                if (b < mm->first && e == to - 1 && mm->first - c <= 10)
                  {
                    gboolean role = FALSE;

                    for (guint w = c + 1; w < mm->first && b < mm->first; w++)
                      {
                        if (is_char (ctx, w, ',') || (tok (ctx, w)->flags & PLX_TF_TERMINATOR)
                            || tok (ctx, w)->kind == PLX_TOK_DASH
                            || (is_word (ctx, w) && (speech_lemma (ctx, w) != NULL || has (ctx, PLX_LEX_RELATIVES, w)
                                                     || has (ctx, PLX_LEX_QUESTION_WORDS, w)))
                            || plx_people_mention_at (ctx->people, w) >= 0
                            /* "…, выступая после Воронова, заявила": a name
                             * a preposition governs is no apposition */
                            || (w + 1 == mm->first && is_word (ctx, w) && has (ctx, PLX_LEX_PREPOSITIONS, w)))
                          b = G_MAXUINT;
                        else if (w < c + 4 && is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_IN_QUOTE)
                                 && (has (ctx, PLX_LEX_ROLE_NOUNS, w) || has (ctx, PLX_LEX_GENERIC_ROLES, w)
                                     /* ", преподаватель физики Ирина," */
                                     || has (ctx, PLX_LEX_ANONYMOUS_ROLES, w)
                                     /* ", слесарь-сборщик Павел Гурьев," */
                                     || (w + 1 == mm->first && agent_noun (ctx, w))))
                          role = TRUE;
                      }
                    if (role && b != G_MAXUINT)
                      b = mm->first;
                  }
                /* "Ann Roe, who took over from her uncle, founder Ed
                 * Poe, said": not an apposition inside a relative clause
                 * (English) */
                /* (but "Her neighbour, who gave only his first name,
                 * Yosef, said": the name of the subject) */
                if (b == mm->first && !plx_lexicon_is_inflected (ctx->lexicon) && c > from
                    && !plx_tokens_word_is (ctx->tokens, c - 1, "name"))
                  {
                    guint q = c;

                    while (q > from && c - q < 30 && (is_word (ctx, q - 1) || tok (ctx, q - 1)->kind == PLX_TOK_NUMBER))
                      q--;
                    if (q < c && is_word (ctx, q) && has (ctx, PLX_LEX_RELATIVES, q) && q > from && is_char (ctx, q - 1, ','))
                      b = G_MAXUINT;
                  }
                /* "Роберт Галеев, брат Инны Галеевой, считает": not a
                 * name in an apposition to the subject named before it
                 * (Russian) */
                int before = plx_lexicon_is_inflected (ctx->lexicon) && !mm->subject && c > from
                             ? plx_people_mention_at (ctx->people, c - 1) : -1;

                if (before >= 0 && g_array_index (ctx->people->mentions, PlxMention, before).end == c
                    && g_array_index (ctx->people->mentions, PlxMention, before).subject
                    && g_array_index (ctx->people->mentions, PlxMention, before).kind == PLX_MENTION_NAME
                    && g_array_index (ctx->people->mentions, PlxMention, before).entity >= 0)
                  b = G_MAXUINT;
                if (b == mm->first && e == to - 1)
                  {
                    set_reference (a, group_member (ctx, c, mm->first) ? -1 : mm->entity,
                                   mm->first, mm->end, PLX_MENTION_NAME);
                    return TRUE;
                  }
              }
            /* "Brennan, who joined the bank, warned": before the clause;
             * "Sen. Ann Roe, D-Minn., the bill's sponsor, told": before
             * a chain of appositions */
            for (guint hops = 0; hops < 3; hops++)
              {
                guint p;

                if (find_subject_within (ctx, from, c, window, a))
                  {
                    /* "Lau, 44, who took over from his father, founder
                     * Lau Chi-wai, in 2023, said": a name in apposition
                     * inside a relative clause is not the subject — on
                     * before the clause (English) */
                    guint q = a->ref_first;

                    /* (over a title before the name: "founder and chairman") */
                    for (guint l = 0; l < 4 && q > from + 2 && is_word (ctx, q - 1) && !(tok (ctx, q - 1)->flags & PLX_TF_CAP)
                                      && !verb_like (ctx, q - 1) && speech_lemma (ctx, q - 1) == NULL
                                      && !has (ctx, PLX_LEX_PREPOSITIONS, q - 1) && !has (ctx, PLX_LEX_RELATIVES, q - 1); l++)
                      q--;
                    if (!plx_lexicon_is_inflected (ctx->lexicon) && q > from + 2)
                      {
                        /* (… also a reference in the clause itself) */
                        if (is_char (ctx, q - 1, ','))
                          q--;
                        for (; q-- > from && a->ref_first - q < 34;)
                          if (!is_word (ctx, q) && tok (ctx, q)->kind != PLX_TOK_NUMBER && !is_char (ctx, q, '-'))
                            break;
                        if (q > from && q != G_MAXUINT && is_char (ctx, q, ',') && is_word (ctx, q + 1)
                            && has (ctx, PLX_LEX_RELATIVES, q + 1))
                          {
                            c = q;
                            continue;
                          }
                      }
                    /* "Ann Roe, an analyst at Acme, which owns shares,
                     * said": the role is in apposition to the name */
                    int m = a->ref_kind == PLX_MENTION_ROLE && a->ref_first > from + 1
                              && is_char (ctx, a->ref_first - 1, ',')
                            ? plx_people_mention_at (ctx->people, a->ref_first - 2) : -1;

                    if (m >= 0 && !plx_lexicon_is_inflected (ctx->lexicon))
                      {
                        PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

                        if (mm->kind == PLX_MENTION_NAME && mm->entity >= 0 && mm->end == a->ref_first - 1
                            && mm->first >= from)
                          {
                            set_reference (a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
                          }
                      }
                    return TRUE;
                  }
                for (p = c; p-- > from && to - p < 40;)
                  if (is_char (ctx, p, ','))
                    break;
                if (p < from || p == G_MAXUINT || to - p >= 40 || !is_char (ctx, p, ','))
                  return FALSE;
                c = p;
              }
            return FALSE;
          }
    }
  return find_subject_within (ctx, from, to, window, a);
}

/* Russian: the name mention @mm is in an oblique case — a first name not
 * in its dictionary form, a man's surname in -а/-я, a woman's in -ой/-ей,
 * a family's in -ых/-их alone — and another person's name follows it
 * right away, before @to */
static gboolean
ru_oblique_before_name (Ctx              *ctx,
                        const PlxMention *mm,
                        guint             to)
{
  static const char *const family[] = { "ых", "их" };
  const PlxEntity *pe;
  const PlxMention *next;
  const PlxToken *g;
  int m2;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || mm->kind != PLX_MENTION_NAME || mm->entity < 0
      || mm->end >= to || (m2 = plx_people_mention_at (ctx->people, mm->end)) < 0)
    return FALSE;
  next = &g_array_index (ctx->people->mentions, PlxMention, m2);
  if (next->first != mm->end || next->kind != PLX_MENTION_NAME || next->entity < 0 || next->entity == mm->entity)
    return FALSE;
  g = tok (ctx, mm->first);
  if (mm->end > mm->first + 1 && plx_lexicon_given_case (ctx->lexicon, ctx->tokens->text + g->start, g->len) < 0)
    return TRUE;
  pe = g_ptr_array_index (ctx->people->entities, mm->entity);
  if (mm->end == mm->first + 1 && plx_tokens_ends_with_any (ctx->tokens, mm->first, family, G_N_ELEMENTS (family), 4))
    return TRUE;
  return ru_surname_oblique (ctx, mm->end - 1, pe->gender);
}

static gboolean
find_object_within (Ctx         *ctx,
                    guint        from,
                    guint        to,
                    guint        window,
                    Attribution *a)
{
  /* a name wins over a role: "сказал корреспонденту житель Игорь Мальцев",
   * "говорит одна из организаторов, учительница Вера Лыкова"; not a name
   * after a preposition: "уточнили журналисты у Пескова" */
  gboolean inner = FALSE;
  const guint max_window = window + 40;   /* a quoted name is short */

  for (guint s = from; s < to && s - from <= window && window <= max_window; s++)
    {
      int m;

      /* "координатор движения „Казань, которую мы теряем“ Лилия
       * Гарипова": a quoted name on the way is skipped whole */
      if (tok (ctx, s)->kind == PLX_TOK_QUOTE)
        {
          inner = !inner;
          window++;
          continue;
        }
      if (inner)
        {
          window++;
          continue;
        }
      if ((tok (ctx, s)->flags & PLX_TF_TERMINATOR) || is_char (ctx, s, ';'))
        break;
      /* "объяснил, что Павел Зорин «…»", "said in a statement, adding
       * that coach Ian Mold …": a name in the clause reported is no
       * subject of the verb */
      if (s > from && is_word (ctx, s) && has (ctx, PLX_LEX_COMPLEMENTIZERS, s)
          && (is_char (ctx, s - 1, ',') || speech_lemma (ctx, s - 1) != NULL))
        break;
      /* "— сказал он в разговоре с ведущей Анной Ивановой": a subject
       * pronoun before any name is the subject; a later name belongs to a
       * phrase of its own */
      if (pronoun (ctx, s) != 0 && !possessive_pronoun (ctx, s))
        break;
      if (is_char (ctx, s, ','))
        {
          /* "сказал подсудимый, обращаясь к судье Елене Ткаченко": the
           * subject stood before the comma */
          gboolean definite = FALSE;

          for (guint r = from; r < s && !definite; r++)
            {
              int e = -1;

              if (pronoun (ctx, r) != 0)
                definite = TRUE;
              else if (plx_people_role_at (ctx->people, r, s, &e) > r
                       && !has (ctx, PLX_LEX_INDEFINITES, r))
                definite = TRUE;
            }
          /* … unless a second role in apposition leads on to the name:
           * "сообщил глава делегации, заместитель министра Иван Орлов" */
          if (definite && plx_lexicon_is_inflected (ctx->lexicon) && s + 2 < to)
            {
              int e = -1;
              int m2 = has (ctx, PLX_LEX_ROLE_NOUNS, s + 1) || plx_people_role_at (ctx->people, s + 1, to, &e) > s + 1
                         ? plx_people_mention_from (ctx->people, s + 1) : -1;
              guint nf = m2 >= 0 ? g_array_index (ctx->people->mentions, PlxMention, m2).first : s;

              if (m2 >= 0 && g_array_index (ctx->people->mentions, PlxMention, m2).kind == PLX_MENTION_NAME
                  && nf > s + 1 && nf <= s + 8 && nf < to)
                {
                  definite = FALSE;
                  for (guint w = s + 1; w < nf && !definite; w++)
                    definite = !is_word (ctx, w);
                  /* (the search reaches the name) */
                  if (!definite && nf > from + window)
                    window = nf - from;
                }
            }
          if (definite)
            break;
        }
      m = plx_people_mention_at (ctx->people, s);
      if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first == s
          && s > from && has (ctx, PLX_LEX_PREPOSITIONS, s - 1))
        {
          s = g_array_index (ctx->people->mentions, PlxMention, m).end - 1;
          continue;
        }
      if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).kind != PLX_MENTION_BYLINE)
        {
          PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

          /* "— сказал адвокат Зорина Игорь Шалаев", "— сообщил
           * представитель Зорина": not the one the agent speaks for */
          if (mm->first == s && ru_agent_of (ctx, from, mm->first, mm->end, mm->kind, mm->entity))
            {
              s = mm->end - 1;
              continue;
            }
          /* "— говорит соседка Журовых Валентина Горбунова", "— заявил
           * руководитель штаба Олега Лукина Артем Осин": a name in an
           * oblique case right before another name says whose the role
           * is; the name after it is the subject */
          if (mm->first == s && ru_oblique_before_name (ctx, mm, to))
            {
              s = mm->end - 1;
              continue;
            }
          set_reference (a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
          return TRUE;
        }
    }
  for (guint s = from; s < to && s - from <= window; s++)
    {
      int e = -1;
      PlxMentionKind k = PLX_MENTION_NAME;
      guint end;

      if (tok (ctx, s)->kind == PLX_TOK_PUNCT && tok (ctx, s)->family == ',')
        break;
      /* "shouted somebody behind Ashdown": not a name after a
       * preposition here either */
      if (s > from && has (ctx, PLX_LEX_PREPOSITIONS, s - 1) && plx_people_mention_at (ctx->people, s) >= 0)
        {
          s = g_array_index (ctx->people->mentions, PlxMention, plx_people_mention_at (ctx->people, s)).end - 1;
          continue;
        }
      end = person_ref_at (ctx, s, to, &e, &k);
      if (end > s)
        {
          /* "— прервал защитника судья.": of two roles after a Russian
           * verb the first is its object, the last, closing the
           * attribution, its subject */
          if (k == PLX_MENTION_ROLE && plx_lexicon_is_inflected (ctx->lexicon) && end < to && is_word (ctx, end)
              && !possessive_pronoun (ctx, s))
            {
              int e2 = -1;
              PlxMentionKind k2 = PLX_MENTION_NAME;
              guint end2 = person_ref_at (ctx, end, to, &e2, &k2);

              /* … not an addressee: "— заявил министр армянским журналистам." */
              if (end2 > end && k2 == PLX_MENTION_ROLE && !dative_like (ctx, end2 - 1)
                  && (end2 >= to || (tok (ctx, end2)->flags & (PLX_TF_TERMINATOR | PLX_TF_PARA_START))))
                {
                  s = end;
                  end = end2;
                  e = e2;
                  k = k2;
                }
            }
          /* "said a Democratic Congressional Campaign Committee official",
           * "said a former Pentagon general counsel": the indefinite
           * article before an organisation's name or a few modifiers makes
           * the role after it an unnamed one, unless a name follows in
           * apposition (English) */
          if (e >= 0 && k == PLX_MENTION_ROLE && s > from && !plx_lexicon_is_inflected (ctx->lexicon))
            {
              guint b = s;

              while (b > from && s - b < 10 && is_word (ctx, b - 1) && !has (ctx, PLX_LEX_INDEFINITES, b - 1)
                     && ((tok (ctx, b - 1)->flags & PLX_TF_CAP)
                         || (b < s && (tok (ctx, b)->flags & PLX_TF_CAP)
                             && (has (ctx, PLX_LEX_PREPOSITIONS, b - 1) || has (ctx, PLX_LEX_COORDINATORS, b - 1)))))
                b--;
              if (((b < s && b > from && has (ctx, PLX_LEX_INDEFINITES, b - 1)) || indefinite_lead (ctx, s, from))
                  && !(end + 1 < to && is_char (ctx, end, ',') && plx_people_mention_at (ctx->people, end + 1) >= 0))
                e = -1;
            }
          set_reference (a, e, s, end, k);
          return TRUE;
        }
    }
  return FALSE;
}

/* "of" or "for" after a role word ("director for maritime affairs",
 * "minister of state"): the complement of a title, not a phrase of place
 * or company (English) */
static gboolean
role_complement (Ctx  *ctx,
                 guint w)
{
  const char *s = plx_token_str (ctx->tokens, w);
  guint len = tok (ctx, w)->len;

  if (plx_lexicon_is_inflected (ctx->lexicon) || w == 0 || !is_word (ctx, w - 1) || !is_word (ctx, w + 1))
    return FALSE;
  if (!((len == 2 && g_ascii_strncasecmp (s, "of", 2) == 0) || (len == 3 && g_ascii_strncasecmp (s, "for", 3) == 0)))
    return FALSE;
  return has (ctx, PLX_LEX_ROLE_NOUNS, w - 1) || has (ctx, PLX_LEX_HEAD_WORDS, w - 1) || has (ctx, PLX_LEX_GENERIC_ROLES, w - 1);
}

/* "“…,” Ann Roe beamed.", "“…,” fumed the 52-year-old.", "“…,” she chimed
 * in": in English the slot right beside a quote is a cue whatever the verb
 * — a past form in -ed (or a present in -s after a name or a pronoun) next
 * to a person reference, with the clause ending at the verb or after one
 * particle */
static gboolean
slot_verb (Ctx  *ctx,
           guint c,
           guint k)
{
  guint e = k + 1;
  int m;
  gboolean ed;

  if (plx_lexicon_is_inflected (ctx->lexicon) || k > c + 5 || !is_word (ctx, k) || (tok (ctx, k)->flags & PLX_TF_CAP))
    return FALSE;
  ed = past_form (ctx, k);
  if (!ed && !word_ends (ctx, k, "s"))
    return FALSE;
  /* "“…,” proposed Ann Roe." */
  if (k == c)
    {
      m = plx_people_mention_from (ctx->people, k + 1);
      if (!ed || m < 0)
        return FALSE;
      e = g_array_index (ctx->people->mentions, PlxMention, m).end;
      return g_array_index (ctx->people->mentions, PlxMention, m).first == k + 1
             && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME
             && (e >= ctx->n || (tok (ctx, e)->flags & (PLX_TF_TERMINATOR | PLX_TF_PARA_START)) || is_char (ctx, e, ','));
    }
  if (e < ctx->n && is_word (ctx, e) && !(tok (ctx, e)->flags & PLX_TF_CAP) && tok (ctx, e)->len <= 4
      && has (ctx, PLX_LEX_STOPWORDS, e) && (e + 1 >= ctx->n || (tok (ctx, e + 1)->flags & PLX_TF_TERMINATOR)))
    e++;
  if (e < ctx->n && !(tok (ctx, e)->flags & (PLX_TF_TERMINATOR | PLX_TF_PARA_START)) && !is_char (ctx, e, ','))
    return FALSE;
  if (k == c + 1 && pronoun (ctx, c) != 0 && !possessive_pronoun (ctx, c))
    return TRUE;
  m = plx_people_mention_from (ctx->people, c);
  if (m >= 0)
    {
      PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

      if (mm->kind == PLX_MENTION_NAME && mm->first == c && mm->end == k)
        return TRUE;
    }
  /* "“…,” the 52-year-old sighed" (… or muses, in the present of a
   * feature: a singular verb, not "the union members") */
  if ((ed || (!word_ends (ctx, k, "ss") && !word_ends (ctx, k - 1, "s")))
      && k > c + 1 && k <= c + 4 && is_word (ctx, c) && has (ctx, PLX_LEX_DETERMINERS, c) && pronoun (ctx, c) == 0)
    {
      for (guint w = c + 1; w < k; w++)
        if (!(is_word (ctx, w) || (w == c + 1 && epithet_end (ctx, c, k) > c))
            || (tok (ctx, w)->flags & PLX_TF_CAP) || has (ctx, PLX_LEX_STOPWORDS, w))
          return FALSE;
      return TRUE;
    }
  return FALSE;
}

/* the verb at @k takes no object and a finite clause of its own starts
 * right after it ("She says the mill has …"), before @wend (English) */
static gboolean
opens_own_clause (Ctx  *ctx,
                  guint k,
                  guint wend)
{
  return !has (ctx, PLX_LEX_OBJECT_VERBS, k) && has (ctx, PLX_LEX_CLAUSE_STARTERS, k + 1)
         && looks_finite (ctx, k + 1, k + 8 < wend ? k + 8 : wend);
}

static gboolean
attribute_after (Ctx           *ctx,
                 PlxFoundQuote *q,
                 Attribution   *a,
                 gboolean      *dash)
{
  guint c, wend;
  gboolean joined;

  if (q->close == PLX_NO_TOKEN)
    return FALSE;
  c = q->close + 1;
  /* a line of dialogue closes at the dash before its attribution */
  *dash = tok (ctx, q->close)->kind == PLX_TOK_DASH;
  if (c < ctx->n && (tok (ctx, c)->flags & PLX_TF_PARA_START))
    return FALSE;
  while (c < ctx->n && !(tok (ctx, c)->flags & PLX_TF_PARA_START)
         && (is_char (ctx, c, ',') || tok (ctx, c)->kind == PLX_TOK_DASH
             || (is_quote (ctx, c) && (tok (ctx, c)->flags & PLX_TF_CAN_CLOSE)
                 && !(tok (ctx, c)->flags & PLX_TF_CAN_OPEN))))
    {
      if (tok (ctx, c)->kind == PLX_TOK_DASH)
        *dash = TRUE;
      c++;
    }
  if (c >= ctx->n || (tok (ctx, c)->flags & PLX_TF_PARA_START))
    return FALSE;
  /* "“…,” she said, “b.” “It is too early to say,” …": a quote that
   * opens right after this one is no attribution of it (English; the
   * words inside it are not a cue) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && c == q->close + 1 && is_quote (ctx, c)
      && (tok (ctx, c)->flags & PLX_TF_CAN_OPEN) && !(tok (ctx, c)->flags & PLX_TF_CAN_CLOSE))
    return FALSE;
  /* "called the remarks “a gift,” and warned that …": a second predicate
   * of the sentence's subject, no attribution of this quote */
  if (is_word (ctx, c) && has (ctx, PLX_LEX_COORDINATORS, c))
    return FALSE;
  /* "Rep. Ann Roe, who has called the program “a lifeline,” said the cuts
   * were …": a fragment inside the subject's apposition, the verb and a
   * clause of the sentence's own after it (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && q->open != PLX_NO_TOKEN && q->open > 1 && is_word (ctx, q->open - 1)
      && !(tok (ctx, q->open - 1)->flags & PLX_TF_CAP) && !(tok (ctx, q->open)->flags & PLX_TF_PARA_START)
      && c + 2 < ctx->n && speech_lemma (ctx, c) != NULL && is_word (ctx, c + 1)
      && plx_people_mention_at (ctx->people, c + 1) < 0)
    {
      guint pend = para_end_of (ctx, c);
      guint e = plx_tokens_sentence_end (ctx->tokens, c + 1, pend);
      int en = -1;
      PlxMentionKind kind = PLX_MENTION_NAME;
      guint r = person_ref_at (ctx, c + 1, e, &en, &kind);
      gboolean comma = FALSE;

      /* (a comma between the subject and the fragment) */
      for (guint w = q->open; w-- > 0 && q->open - w <= 14 && !comma;)
        {
          if (tok (ctx, w)->flags & (PLX_TF_TERMINATOR | PLX_TF_PARA_START))
            break;
          comma = is_char (ctx, w, ',');
        }
      if (comma && r <= c + 1 && pronoun (ctx, c + 1) == 0 && looks_finite (ctx, c + 1, e))
        return FALSE;
    }
  /* Russian joins a quote to what follows it with a dash («…», — сказал
   * он); "из-за «вне игры», часть трибун скандировала" is no attribution */
  if (!*dash && plx_lexicon_is_inflected (ctx->lexicon))
    return FALSE;
  /* “…,” said X / “…?” X asked / “…” - said X: the quote must be joined to
   * its attribution by punctuation */
  {
    guint pc = q->close - 1;

    /* past inner closing marks: “… 'shoot,'” he said */
    while (pc > q->first && tok (ctx, pc)->kind == PLX_TOK_QUOTE)
      pc--;
    if (c == q->close + 1 && q->end > q->first
        && !(tok (ctx, pc)->flags & PLX_TF_TERMINATOR)
        && !is_char (ctx, pc, ',') && !is_char (ctx, q->end, ','))
      return FALSE;
    /* the quote ends in a comma, "?" or "!" that joins it to what follows
     * (or a dash does) */
    joined = q->end > q->first && (is_char (ctx, pc, ',') || is_char (ctx, pc, '?') || is_char (ctx, pc, '!')
                                   || is_char (ctx, q->end, ','));
  }
  wend = window_end (ctx, c, 30);
  /* "“…” – Dr. Amara Osei": a pull quote signed with a name after a dash,
   * no verb */
  if (*dash)
    {
      int m = plx_people_mention_from (ctx->people, c);
      guint pend = para_end_of (ctx, c);

      if (m >= 0)
        {
          PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);
          gboolean titles = mm->first <= c + 2 && mm->kind == PLX_MENTION_NAME;

          for (guint w = c; w < mm->first && titles; w++)
            titles = tok (ctx, w)->kind == PLX_TOK_PUNCT ? is_char (ctx, w, '.')
                     : is_word (ctx, w) && (tok (ctx, w)->flags & (PLX_TF_CAP | PLX_TF_ABBREV));
          /* … also a caption's "“…” - Ann Roe on the night the river
           * burst": the name and a preposition of the topic */
          if (titles && (mm->end >= pend || is_char (ctx, mm->end, ',')
                         || (mm->end + 1 == pend && (tok (ctx, mm->end)->flags & PLX_TF_TERMINATOR))
                         || (mm->end + 1 < pend && is_word (ctx, mm->end) && !(tok (ctx, mm->end)->flags & PLX_TF_CAP)
                             && has (ctx, PLX_LEX_PREPOSITIONS, mm->end))))
            {
              set_reference (a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
              q->attr_end = mm->end;
              return TRUE;
            }
        }
    }
  /* «…», — буркнул X; «…?» — X пожал плечами: after the comma or the
   * end of a sentence and a dash, the verb's position makes it the cue */
  guint slot = *dash && (is_char (ctx, q->end, ',') || is_char (ctx, q->close + 1, ',')
                         || (q->end > q->first && (tok (ctx, q->end - 1)->flags & PLX_TF_TERMINATOR)))
               ? ru_dash_verb (ctx, c, wend) : PLX_NO_TOKEN;

  for (guint k = c; k < wend && k - c < 18; k++)
    {
      /* "“…,” Chloe shot back": a speech phrase of several words */
      if (speech_lemma (ctx, k) == NULL && k != slot
          && !(is_word (ctx, k) && !(tok (ctx, k)->flags & PLX_TF_CAP)
               && match_phrase (ctx, PLX_LEX_PHRASE_SPEECH, k, NULL) > 0)
          && !((joined || *dash) && slot_verb (ctx, c, k)))
        continue;
      /* far from the quote only behind a named subject in apposition:
       * “…,” Dr. Rachel Okonjo, the agency's director, told a briefing */
      /* … or behind a role and a relative clause: “…,” the hiker, who
       * identified himself as Trevor Sayles, wrote */
      gboolean relative = FALSE;

      if (k - c >= AFTER_CUE_WINDOW && !plx_lexicon_is_inflected (ctx->lexicon) && c + 4 < k
          && is_word (ctx, c) && has (ctx, PLX_LEX_DETERMINERS, c) && pronoun (ctx, c) == 0
          && is_word (ctx, c + 1) && !(tok (ctx, c + 1)->flags & PLX_TF_CAP) && is_char (ctx, c + 2, ',')
          && is_word (ctx, c + 3)
          && (has (ctx, PLX_LEX_RELATIVES, c + 3) || has (ctx, PLX_LEX_QUESTION_WORDS, c + 3))
          && is_char (ctx, k - 1, ','))
        relative = TRUE;
      if (k - c >= AFTER_CUE_WINDOW && !relative)
        {
          int m = plx_people_mention_from (ctx->people, c);

          /* … also a name in apposition right before the verb, after a
           * role of a few words: “…,” the agency's deputy director, Tom
           * Roe, said */
          if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first > c + 3)
            {
              PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

              if (mm->first > c + 6 || !is_char (ctx, mm->first - 1, ',') || mm->end + 1 != k
                  || !is_char (ctx, mm->end, ',') || mm->kind != PLX_MENTION_NAME
                  || !is_word (ctx, c) || !has (ctx, PLX_LEX_DETERMINERS, c))
                m = -1;
              for (guint w = c; m >= 0 && w + 1 < mm->first; w++)
                if (!is_word (ctx, w) || speech_lemma (ctx, w) != NULL)
                  m = -1;
            }
          /* … or a name right before the verb behind a title run of any
           * length: “…,” the union's regional deputy chair Ann Roe told
           * reporters; “…,” Trade, Energy and Housing Minister Ann Roe said */
          if (m < 0 && (m = plx_people_mention_from (ctx->people, c)) >= 0
              && g_array_index (ctx->people->mentions, PlxMention, m).first > c + 3)
            {
              PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);
              gboolean run = mm->kind == PLX_MENTION_NAME && mm->end == k && is_word (ctx, mm->first - 1)
                             && mm->first <= c + 12;

              for (guint w = c; run && w < mm->first; w++)
                {
                  if (is_word (ctx, w))
                    run = speech_lemma (ctx, w) == NULL && pronoun (ctx, w) == 0
                          && !has (ctx, PLX_LEX_RELATIVES, w) && !has (ctx, PLX_LEX_QUESTION_WORDS, w)
                          && !has (ctx, PLX_LEX_COMPLEMENTIZERS, w)
                          && (w == c || !(tok (ctx, w)->flags & PLX_TF_SENT_START))
                          /* a preposition only inside a title ("Minister of
                           * Health", "deputy director for maritime affairs"),
                           * not "analysts at a bank including X" */
                          && (!has (ctx, PLX_LEX_PREPOSITIONS, w)
                              || (w > c && (tok (ctx, w - 1)->flags & PLX_TF_CAP)
                                  && (tok (ctx, w + 1)->flags & PLX_TF_CAP))
                              || (w > c + 1 && role_complement (ctx, w)));
                  else
                    run = w > c && is_char (ctx, w, ',');
                }
              if (!run)
                m = -1;
            }
          if (m < 0 || (g_array_index (ctx->people->mentions, PlxMention, m).first > c + 6
                        && g_array_index (ctx->people->mentions, PlxMention, m).end != k))
            break;
        }
      /* "… urged senators to “find a way back.” Her spokesman told
       * reporters that …": a new sentence whose verb reports a clause of
       * its own does not attribute the quote before it */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && c == q->close + 1 && (tok (ctx, c)->flags & PLX_TF_SENT_START)
          && q->open != PLX_NO_TOKEN && q->open > 0
          /* … or after the comma of its own attribution: "the speaker
           * told reporters, “We'll see.” His spokeswoman said later
           * that …" */
          && (is_word (ctx, q->open - 1) || is_char (ctx, q->open - 1, ',') || is_char (ctx, q->open - 1, ':'))
          && !(tok (ctx, q->open)->flags & PLX_TF_SENT_START))
        {
          gboolean own = FALSE;

          for (guint w = k + 1; w < wend && w <= k + 4 && is_word (ctx, w) && !own; w++)
            own = has (ctx, PLX_LEX_COMPLEMENTIZERS, w);
          if (own)
            return FALSE;
        }
      /* "as Roe puts it, “…” She says the mill has …": after a quote
       * that opened inside its sentence and closed it, a new sentence
       * whose plain verb reports a clause of its own is a statement */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && c == q->close + 1 && (tok (ctx, c)->flags & PLX_TF_SENT_START)
          && q->open != PLX_NO_TOKEN && q->open > 0 && !(tok (ctx, q->open)->flags & PLX_TF_SENT_START)
          && (is_char (ctx, q->open - 1, ',') || is_char (ctx, q->open - 1, ':'))
          && k > c && k + 2 < wend && is_word (ctx, k + 1) && opens_own_clause (ctx, k, wend))
        return FALSE;
      /* "“…” Asked whether …, she said …", "“…” Speaking after the
       * vote, Roe said …": a capitalised verb form that opens the
       * sentence after a quote closed by its own full stop starts a new
       * sentence — it is no inverted attribution ("“…,” said Roe") */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && k == c && !joined && !*dash
          && (tok (ctx, c)->flags & PLX_TF_SENT_START) && (tok (ctx, c)->flags & PLX_TF_CAP)
          && plx_people_mention_at (ctx->people, c) < 0 && pronoun (ctx, c) == 0)
        return FALSE;
      /* … nor, after that full stop, "Speaking later, Roe said his shop
       * had …": a new sentence whose verb reports a clause of its own */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && k > c && !joined && !*dash
          && (tok (ctx, c)->flags & PLX_TF_SENT_START) && k + 2 < wend && is_word (ctx, k + 1)
          && (has (ctx, PLX_LEX_COMPLEMENTIZERS, k + 1) || opens_own_clause (ctx, k, wend)))
        return FALSE;
      a->cue = k;
      if (!find_subject_skipping (ctx, c, k, SUBJECT_WINDOW, a))
        find_object (ctx, k + 1, wend, a);
      /* "who identified himself as X", "who gave her name as X": the
       * name the relative clause gives the unnamed role */
      if (relative && a->entity < 0)
        for (guint w = c + 2; w + 1 < k; w++)
          {
            int m = plx_people_mention_at (ctx->people, w + 1);

            if (plx_tokens_word_is (ctx->tokens, w, "as")
                && m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first == w + 1
                && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME
                && g_array_index (ctx->people->mentions, PlxMention, m).end + 1 == k)
              {
                PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

                set_reference (a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
                break;
              }
          }
      q->attr_end = wend;
      return TRUE;
    }
  return FALSE;
}

/* The quote whose closing mark is @close, NULL when none: a binary
 * search over the quotes, which are in text order. */
static const PlxFoundQuote *
quote_closed_at (Ctx  *ctx,
                 guint close)
{
  GArray *qs = ctx->quotes;
  /* the last quote that opens before @close */
  guint lo = quotes_before (qs, close, FALSE);

  for (guint c = lo; c-- > 0 && lo - c <= 4;)
    {
      const PlxFoundQuote *q = &g_array_index (qs, PlxFoundQuote, c);

      if (q->close == close)
        return q;
    }
  return NULL;
}

/* "Speaking on radio, the former councillor Ann Roe put it bluntly: “…”",
 * "…, and the force's Sgt Ann Roe was blunt about it: “…”": the person
 * named at the start of the last clause before @limit — after its comma
 * and a coordinator, behind a few title words at most — when no verb of
 * speech, quotation mark or other person stands between the name and
 * @limit */
static gboolean
clause_subject_before (Ctx         *ctx,
                       guint        sstart,
                       guint        limit,
                       Attribution *a)
{
  guint c = limit, s = limit, after;
  int m = -1;
  PlxMention *mm = NULL;

  while (c > sstart && !is_char (ctx, c - 1, ','))
    c--;
  if (c <= sstart + 1 || (tok (ctx, c - 1)->flags & PLX_TF_IN_QUOTE))
    return FALSE;
  after = c;
  /* (… or before an apposition: "…, but Ann Roe, the harbour master, was
   * cautious: “…”") */
  for (guint tries = 0; tries < 2; tries++)
    {
      guint c2 = c - 1;

      s = c;
      if (s < limit && has (ctx, PLX_LEX_COORDINATORS, s))
        s++;
      m = plx_people_mention_from (ctx->people, s);
      mm = m >= 0 ? &g_array_index (ctx->people->mentions, PlxMention, m) : NULL;
      if (mm != NULL && mm->first <= s + 6 && mm->first < limit)
        break;
      /* ("Later, the 29-year-old was more direct: “…”": a definite role
       * of someone known) */
      if (tries == 0 && definite_lead (ctx, s))
        {
          int e = -1;
          PlxMentionKind kind = PLX_MENTION_NAME;
          guint r = person_ref_at (ctx, s, limit, &e, &kind);
          gboolean plain = r > s + 1 && r < limit && e >= 0 && kind == PLX_MENTION_ROLE;

          for (guint w = r; w < limit && plain; w++)
            plain = !(tok (ctx, w)->kind == PLX_TOK_QUOTE || (tok (ctx, w)->flags & (PLX_TF_TERMINATOR | PLX_TF_IN_QUOTE))
                      || is_char (ctx, w, ',') || speech_lemma (ctx, w) != NULL || pronoun (ctx, w) != 0
                      || plx_people_mention_at (ctx->people, w) >= 0);
          if (plain)
            {
              set_reference (a, e, s, r, PLX_MENTION_ROLE);
              return TRUE;
            }
        }
      if (tries > 0)
        return FALSE;
      /* (c2: the comma that opens the apposition, c: the clause's) */
      while (c2 > sstart && c - c2 < 14 && !is_char (ctx, c2 - 1, ','))
        c2--;
      if (c2 <= sstart + 1 || c - c2 >= 14)
        return FALSE;
      c = c2 - 1;
      while (c > sstart && c2 - c < 12 && !is_char (ctx, c - 1, ','))
        c--;
      if (c <= sstart + 1 || c2 - c >= 12 || (tok (ctx, c - 1)->flags & PLX_TF_IN_QUOTE))
        return FALSE;
      /* ("On Monday, Roe's lawyer, Ben Lee, was blunt: “…”": the name is
       * the apposition, after a role of a few words) */
      m = plx_people_mention_at (ctx->people, c2);
      mm = m >= 0 ? &g_array_index (ctx->people->mentions, PlxMention, m) : NULL;
      if (mm != NULL && mm->kind == PLX_MENTION_NAME && mm->first == c2 && mm->end + 1 == after && c2 - c <= 6)
        {
          gboolean role = TRUE;

          for (guint w = c; w + 1 < c2 && role; w++)
            role = is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_IN_QUOTE)
                   && (pronoun (ctx, w) == 0 || possessive_pronoun (ctx, w))
                   && ((tok (ctx, w)->flags & PLX_TF_CAP) || name_possessive (ctx, w) || !verb_like (ctx, w));
          if (role)
            {
              s = c2;
              break;
            }
        }
    }
  if (mm == NULL || mm->kind != PLX_MENTION_NAME || mm->entity < 0 || mm->first > s + 6 || mm->end >= limit)
    return FALSE;
  /* (not "…, and Jo Roe's office issued a statement: “…”": the name
   * owns the speaker) */
  if (name_possessive (ctx, mm->end - 1) || is_char (ctx, mm->end, '\''))
    return FALSE;
  /* (the apposition follows the name right away) */
  if (after > mm->end && !is_char (ctx, mm->end, ','))
    return FALSE;
  if (after < mm->end)
    after = mm->end;
  /* (title words: "the former councillor", "the force's Sgt", "shop
   * owner"; no verb, preposition or pronoun: "the board sacked Ann Roe",
   * "written by Ann Roe") */
  for (guint w = s; w < mm->first; w++)
    if (!is_word (ctx, w) || (tok (ctx, w)->flags & PLX_TF_IN_QUOTE) || pronoun (ctx, w) != 0
        || (!(tok (ctx, w)->flags & PLX_TF_CAP) && !name_possessive (ctx, w) && verb_like (ctx, w)))
      return FALSE;
  for (guint w = mm->end; w < limit; w++)
    {
      int o = plx_people_mention_at (ctx->people, w);

      /* (the apposition's words: no speech, quote or other person) */
      if (w < after && (is_char (ctx, w, ',') || tok (ctx, w)->kind == PLX_TOK_NUMBER))
        continue;
      if (tok (ctx, w)->kind == PLX_TOK_QUOTE || (tok (ctx, w)->flags & (PLX_TF_TERMINATOR | PLX_TF_IN_QUOTE))
          || speech_lemma (ctx, w) != NULL || pronoun (ctx, w) != 0
          || (o >= 0 && g_array_index (ctx->people->mentions, PlxMention, o).entity != mm->entity)
          /* ("Jo Roe received a letter from the workers: “…”": the
           * words come from someone else) */
          || plx_tokens_word_is (ctx->tokens, w, "from") || plx_tokens_word_is (ctx->tokens, w, "by")
          || plx_tokens_word_is (ctx->tokens, w, "от"))
        return FALSE;
    }
  set_reference (a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
  return TRUE;
}

static gboolean
attribute_before (Ctx           *ctx,
                  PlxFoundQuote *q,
                  Attribution   *a,
                  gboolean      *colon,
                  gboolean       strict)
{
  guint o = q->open;
  guint pstart = para_start_of (ctx, o);
  guint sstart;
  guint last;

  *colon = FALSE;
  if (o == pstart)
    return FALSE;
  last = o - 1;
  /* a quote that opens a new sentence has nothing before it */
  if (tok (ctx, last)->flags & (PLX_TF_SENT_END | PLX_TF_TERMINATOR))
    return FALSE;
  if (is_char (ctx, last, ':'))
    *colon = TRUE;
  if (tok (ctx, last)->kind == PLX_TOK_DASH && last > pstart && is_char (ctx, last - 1, ':'))
    {
      *colon = TRUE;
      last--;
    }
  /* the start of the clause: sentence start, a closing mark, or the
   * paragraph start */
  sstart = last;
  while (sstart > pstart)
    {
      PlxToken *t = tok (ctx, sstart - 1);

      if (t->flags & PLX_TF_SENT_END)
        break;
      if (last - sstart > 60)
        break;
      /* … but a quoted name in the clause does not end it ("сказал
       * «Ведомостям», что …: «…»") */
      if (t->kind == PLX_TOK_QUOTE && (t->flags & PLX_TF_CAN_CLOSE) && !(t->flags & PLX_TF_CAN_OPEN))
        {
          const PlxFoundQuote *before = quote_closed_at (ctx, sstart - 1);

          if (before == NULL || !(before->scare || before->fragment) || before->open == PLX_NO_TOKEN || before->open < pstart)
            break;
          sstart = before->open;
          continue;
        }
      sstart--;
    }
  for (guint k = last + 1; k-- > sstart;)
    {
      /* "as Roe put it to me, “…”", "as she sees it, “…”": a speech
       * phrase of several words close to the mark, the window counted
       * from its end (English) */
      gboolean verb = speech_lemma (ctx, k) != NULL;
      guint phrase = !verb && !plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, k)
                     && !(tok (ctx, k)->flags & PLX_TF_CAP)
                     ? match_phrase (ctx, PLX_LEX_PHRASE_SPEECH, k, NULL) : 0;

      if (phrase > 0 && (k + phrase > last || last - (k + phrase - 1) > 6))
        phrase = 0;
      if (strict && last - k > 6 + (phrase > 0 ? phrase - 1 : 0))
        break;
      if (!verb && phrase == 0)
        continue;
      /* “A,” he said, “B”: the cue belongs to the quote before */
      if (tok (ctx, k)->flags & PLX_TF_CUE)
        return FALSE;
      a->cue = k;
      /* "said that … and urged leaders to “…”": the first verb's subject */
      if (k > sstart + 1 && has (ctx, PLX_LEX_COORDINATORS, k - 1))
        find_speaker_of (ctx, sstart, k, 16, a);
      /* "X said he would “talk to anybody,” adding: “…”": the subject of
       * the main clause */
      else if (k > sstart + 2 && has (ctx, PLX_LEX_PARTICIPLE_CUES, k)
               && tok (ctx, k - 1)->kind == PLX_TOK_QUOTE && is_char (ctx, k - 2, ','))
        find_speaker_of (ctx, sstart, k, 16, a);
      /* "Prices could fall, he told reporters, adding: “…”": the
       * subject of the clause the participle hangs on (English) */
      else if (k > sstart + 2 && has (ctx, PLX_LEX_PARTICIPLE_CUES, k) && is_char (ctx, k - 1, ',')
               && !plx_lexicon_is_inflected (ctx->lexicon) && find_speaker_of (ctx, sstart, k, 16, a))
        ;
      /* "Ann Roe, a Democrat who has said “…”": the relative's
       * antecedent (English) */
      else if (relative_before (ctx, sstart, k) && find_speaker_of (ctx, sstart, k, 16, a) && a->ref_end > 0)
        ;
      else if (!find_subject_skipping (ctx, sstart, k, 16, a))
        find_object (ctx, k + 1, last + 1, a);
      if (a->ref_end == 0 && *colon)
        clause_subject_before (ctx, sstart, k, a);
      if (a->ref_end == 0 && !*colon)
        {
          a->cue = PLX_NO_TOKEN;
          return FALSE;
        }
      return TRUE;
    }
  if (*colon && strict)
    {
      if (clause_subject_before (ctx, sstart, last, a))
        return TRUE;
      /* "Источник … рассказал ТАСС, что …: «…»": a cue anywhere before */
      for (guint k = last; k-- > sstart;)
        if (speech_lemma (ctx, k) != NULL && !(tok (ctx, k)->flags & PLX_TF_CUE))
          {
            /* "Asked whether …, the minister was cautious: “…”": the
             * question is someone else's; the subject after its comma
             * speaks */
            if (k == sstart && !plx_lexicon_is_inflected (ctx->lexicon))
              {
                guint c = k + 1;

                while (c < last && !is_char (ctx, c, ','))
                  c++;
                if (c + 1 < last)
                  {
                    int e = -1;
                    PlxMentionKind kind = PLX_MENTION_NAME;
                    guint r = person_ref_at (ctx, c + 1, last, &e, &kind);

                    if (r > c + 1)
                      {
                        set_reference (a, e, c + 1, r, kind);
                        return TRUE;
                      }
                  }
              }
            a->cue = k;
            if (!find_speaker_of (ctx, sstart, k, 16, a))
              a->entity = -1;
            /* "сказал, что …: «…»": the verb is the cue of the reported
             * clause; the colon quote only shares its speaker */
            for (guint c = k + 1; c < last; c++)
              if (has (ctx, PLX_LEX_COMPLEMENTIZERS, c))
                {
                  a->cue = PLX_NO_TOKEN;
                  break;
                }
            return TRUE;
          }
      /* "Hrytsenko was more direct: “…”": the subject opens the sentence */
      int m = plx_people_mention_from (ctx->people, sstart);

      if (m >= 0)
        {
          PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

          /* «Брат Вахитова, инженер Р. Гайнуллин, был резок: «…»»: the
           * name in apposition is the subject, not the complement of the
           * noun before it (see mark_subjects()) */
          mm = &g_array_index (ctx->people->mentions, PlxMention, apposed_subject (ctx, m, last));

          gboolean lead = mm->first <= sstart + 1;

          /* "Its president, Jorge Paredes, was blunter: “…”": a name in
           * apposition to the subject */
          /* (… also an age: "Her 6-year-old, Wyatt, had a question for
           * the nurse: “…”") */
          if (!lead && mm->first <= sstart + 8 && mm->first > sstart + 1 && is_char (ctx, mm->first - 1, ',')
              && is_char (ctx, mm->end, ','))
            {
              lead = TRUE;
              for (guint w = sstart; w + 1 < mm->first && lead; w++)
                if ((!is_word (ctx, w) && !(w > sstart && (tok (ctx, w)->kind == PLX_TOK_NUMBER || is_char (ctx, w, '-'))))
                    || speech_lemma (ctx, w) != NULL)
                  lead = FALSE;
            }
          /* "Его младший брат, нападающий X, был сдержан: «…»": … also
           * with a title before the name in the apposition (Russian: the
           * lower-case words of a title, a team's name in marks, an age) */
          if (!lead && plx_lexicon_is_inflected (ctx->lexicon) && mm->first <= sstart + 12 && mm->first > sstart + 2
              && is_char (ctx, mm->end, ',') && mm->kind == PLX_MENTION_NAME)
            {
              guint c = mm->first - 1;

              while (c > sstart + 1 && mm->first - c <= 4
                     && ((is_word (ctx, c) && !(tok (ctx, c)->flags & PLX_TF_CAP) && speech_lemma (ctx, c) == NULL)
                         || tok (ctx, c)->kind == PLX_TOK_QUOTE || tok (ctx, c)->kind == PLX_TOK_NUMBER
                         || (tok (ctx, c)->flags & PLX_TF_IN_QUOTE)))
                c--;
              lead = c < mm->first - 1 && is_char (ctx, c, ',');
              for (guint w = sstart; w < c && lead; w++)
                if (!is_word (ctx, w) || speech_lemma (ctx, w) != NULL)
                  lead = FALSE;
            }
          /* "Защитник «Крыльев Советов» Ильдар Валиев был лаконичен: «…»":
           * a title before the subject, no clause boundary */
          if (!lead && mm->first <= sstart + 8)
            {
              lead = TRUE;
              for (guint w = sstart; w < mm->first && lead; w++)
                if (is_char (ctx, w, ',') || (tok (ctx, w)->flags & PLX_TF_TERMINATOR)
                    || speech_lemma (ctx, w) != NULL)
                  lead = FALSE;
            }
          /* "Андрей Кольцов: «…»", "Ruth Ambler: “…”": a name alone
           * before the colon (a headline) */
          /* "Вратарь «Ротора» Кирилл Ляхов: «…»": a title before it in
           * the headline */
          /* … and "Council leader Jane Morrow: “…”", a label of a live
           * blog or a caption: a title before the name opening its
           * paragraph */
          if (lead && (mm->end < last || (mm->end == last && mm->kind == PLX_MENTION_NAME
                                          && (mm->first == sstart || para_start_of (ctx, last) == 0
                                              || sstart == para_start_of (ctx, last))))
              && mm->kind != PLX_MENTION_BYLINE)
            {
              set_reference (a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
              return TRUE;
            }
        }
      /* "His advice: “…”", "Her verdict: “…”": a possessive (his, her)
       * and a noun or two, alone before the colon, are the referent's
       * words (English) */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && last >= sstart + 2 && last <= sstart + 3
          && possessive_pronoun (ctx, sstart) && (pronoun (ctx, sstart) == 'm' || pronoun (ctx, sstart) == 'f'))
        {
          gboolean plain = TRUE;

          for (guint w = sstart + 1; w < last && plain; w++)
            plain = is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_CAP) && plx_people_mention_at (ctx->people, w) < 0
                    && !has (ctx, PLX_LEX_PREPOSITIONS, w) && !has (ctx, PLX_LEX_STOPWORDS, w);
          if (plain)
            {
              set_reference (a, resolve_speaker_pronoun (ctx, sstart, pronoun (ctx, sstart)), sstart, sstart + 1,
                             PLX_MENTION_PRONOUN);
              return a->entity >= 0;
            }
        }
      /* "…, но тогда она отказалась: «…»": a personal pronoun that is
       * the subject of the clause right before the colon */
      for (guint k = last; k-- > sstart && last - k <= 5;)
        {
          char g;

          if (!is_word (ctx, k))
            break;
          g = pronoun (ctx, k);
          if (g != 0 && !possessive_pronoun (ctx, k))
            {
              set_reference (a, resolve_speaker_pronoun (ctx, k, g == '?' ? 0 : g), k, k + 1, PLX_MENTION_PRONOUN);
              return a->entity >= 0;
            }
        }
      /* "The senator was blunt: “…”": a definite role opening a short
       * sentence with no verb of speech is its subject */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && sstart + 2 < last && last - sstart <= 10
          && is_word (ctx, sstart) && has (ctx, PLX_LEX_DETERMINERS, sstart) && pronoun (ctx, sstart) == 0
          && !has (ctx, PLX_LEX_INDEFINITES, sstart))
        {
          int e = -1;
          PlxMentionKind kind = PLX_MENTION_NAME;
          guint end = person_ref_at (ctx, sstart, last, &e, &kind);
          gboolean plain = end > sstart + 1 && end < last && kind == PLX_MENTION_ROLE
                           && is_word (ctx, end) && has (ctx, PLX_LEX_PASSIVE_AUX, end);

          for (guint w = end; w < last && plain; w++)
            if (!is_word (ctx, w) || speech_lemma (ctx, w) != NULL)
              plain = FALSE;
          if (plain)
            {
              set_reference (a, e, sstart, end, PLX_MENTION_ROLE);
              return TRUE;
            }
        }
      /* "Вечером губернатор опубликовал новое сообщение: «…»": in
       * Russian a role of someone known as the subject near the start of
       * a short clause with no verb of speech (after a word of time or
       * place at most) */
      if (plx_lexicon_is_inflected (ctx->lexicon) && sstart + 2 < last && last - sstart <= 12)
        for (guint r = sstart; r < sstart + 2 && r + 1 < last && is_word (ctx, r); r++)
          {
            int e = -1;
            PlxMentionKind kind = PLX_MENTION_NAME;
            guint end;
            gboolean plain;

            if ((tok (ctx, r)->flags & PLX_TF_CAP) && r > sstart)
              continue;
            if (!has (ctx, PLX_LEX_ROLE_NOUNS, r) && !has (ctx, PLX_LEX_GENERIC_ROLES, r))
              continue;
            end = person_ref_at (ctx, r, last, &e, &kind);
            plain = end > r && end < last && kind == PLX_MENTION_ROLE && e >= 0 && is_word (ctx, end);
            for (guint w = end; w < last && plain; w++)
              if (is_char (ctx, w, ',') || (tok (ctx, w)->flags & PLX_TF_TERMINATOR) || tok (ctx, w)->kind == PLX_TOK_QUOTE
                  || speech_lemma (ctx, w) != NULL || plx_people_mention_at (ctx->people, w) >= 0 || pronoun (ctx, w) != 0)
                plain = FALSE;
            if (plain)
              {
                set_reference (a, e, r, end, PLX_MENTION_ROLE);
                return TRUE;
              }
            break;
          }
      /* "She was brief in her news conference: “…”": a personal pronoun
       * opening the sentence is its subject, however long the clause */
      if (sstart + 1 < last && is_word (ctx, sstart) && pronoun (ctx, sstart) != 0
          && !possessive_pronoun (ctx, sstart))
        {
          gboolean plain = TRUE;
          char g = pronoun (ctx, sstart);

          for (guint w = sstart + 1; w < last && plain; w++)
            if (is_char (ctx, w, ',') || (tok (ctx, w)->flags & PLX_TF_TERMINATOR)
                || tok (ctx, w)->kind == PLX_TOK_QUOTE)
              plain = FALSE;
          if (plain && last - sstart <= 12)
            {
              set_reference (a, resolve_speaker_pronoun (ctx, sstart, g == '?' ? 0 : g),
                             sstart, sstart + 1, PLX_MENTION_PRONOUN);
              return a->entity >= 0;
            }
        }
    }
  return FALSE;
}

/* The gender a Russian past-tense verb shows: "сказала" → 'f', "сказал"
 * → 'm', 0 when it shows none; with @reflexive the "-ся/-сь" forms too
 * ("признался", "улыбнулась") */
static char
past_gender_full (Ctx      *ctx,
                  guint     v,
                  gboolean  reflexive)
{
  PlxToken *t;
  const char *s;
  guint len;

  if (!is_word (ctx, v))
    return 0;
  t = tok (ctx, v);
  s = ctx->tokens->text + t->start;
  len = t->len;
  if (reflexive && len > 8 && (memcmp (s + len - 4, "ся", 4) == 0 || memcmp (s + len - 4, "сь", 4) == 0))
    len -= 4;
  if (len > 6 && memcmp (s + len - 4, "ла", 4) == 0)
    return 'f';
  if (len > 6 && memcmp (s + len - 2, "л", 2) == 0)
    return 'm';
  return 0;
}

/* verb_gender: the cue's gender, 0 for plural, present tense or English */
static char
verb_gender (Ctx  *ctx,
             guint v)
{
  if (v == PLX_NO_TOKEN || !plx_lexicon_is_inflected (ctx->lexicon))
    return 0;
  return past_gender_full (ctx, v, FALSE);
}

static char
past_gender (Ctx  *ctx,
             guint v)
{
  return past_gender_full (ctx, v, TRUE);
}

/* A Russian verb in the plural, past ("сообщили") or present
 * ("сообщают"): with no subject it speaks for an unnamed "they". */
static gboolean
verb_plural (Ctx  *ctx,
             guint v)
{
  PlxToken *t;
  const char *s;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || !is_word (ctx, v))
    return FALSE;
  t = tok (ctx, v);
  s = ctx->tokens->text + t->start;
  guint len = t->len;

  /* "сомневаются", "разошлись": the reflexive ending after the person */
  if (len > 8 && (memcmp (s + len - 4, "ся", 4) == 0 || memcmp (s + len - 4, "сь", 4) == 0))
    len -= 4;
  if (len <= 6)
    return FALSE;
  return memcmp (s + len - 4, "ли", 4) == 0 || memcmp (s + len - 4, "ют", 4) == 0
         || memcmp (s + len - 4, "ят", 4) == 0;
}

/* A Russian reflexive verb ("говорится", "сообщается"): "…, говорится
 * в сообщении компании" has no person for a subject. */
static gboolean
verb_impersonal (Ctx  *ctx,
                 guint v)
{
  PlxToken *t;
  const char *s;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || !is_word (ctx, v))
    return FALSE;
  t = tok (ctx, v);
  s = ctx->tokens->text + t->start;
  return t->len > 8 && memcmp (s + t->len - 4, "ся", 4) == 0;
}

/* "— пояснила инженер", "— сказала она": a role or pronoun resolved to
 * someone of the other gender than the verb shows is someone else */
static void
check_gender (Ctx         *ctx,
              Attribution *a)
{
  char vg;
  PlxEntity *e;

  if (a->entity < 0 || a->ref_end == 0 || a->ref_kind == PLX_MENTION_NAME)
    return;
  /* a role or pronoun never stands for someone named only in a byline or
   * a photo credit */
  e = g_ptr_array_index (ctx->people->entities, a->entity);
  if (e->n_byline > 0 && e->n_byline >= e->n_mentions)
    {
      a->entity = -1;
      return;
    }
  /* "Аналитики считают, что …": a role with a plural verb is a group,
   * not the one analyst the text names */
  if (a->ref_kind == PLX_MENTION_ROLE && a->cue != PLX_NO_TOKEN && verb_plural (ctx, a->cue))
    {
      a->entity = -1;
      return;
    }
  vg = verb_gender (ctx, a->cue);
  if (vg == 0)
    return;
  e = g_ptr_array_index (ctx->people->entities, a->entity);
  if (e->gender == 0 || e->gender == vg)
    return;
  if (a->ref_kind == PLX_MENTION_PRONOUN)
    a->entity = plx_people_resolve_pronoun (ctx->people, a->ref_first, vg);
  else
    a->entity = -1;
}

/* Why the reference of @a, a cue's subject, gave no speaker */
static PlxNoSpeaker
why_no_speaker (const Attribution *a,
                gboolean           found)
{
  if (a->entity >= 0)
    return PLX_NO_SPEAKER_UNKNOWN;
  if (found)
    return PLX_NO_SPEAKER_REFUSED;
  if (a->ref_end == 0)
    return a->cue != PLX_NO_TOKEN ? PLX_NO_SPEAKER_NO_SUBJECT : PLX_NO_SPEAKER_NO_CUE;
  switch (a->ref_kind)
    {
    case PLX_MENTION_PRONOUN:
      return PLX_NO_SPEAKER_PRONOUN;
    case PLX_MENTION_ROLE:
      return PLX_NO_SPEAKER_ROLE;
    case PLX_MENTION_NAME:
      return PLX_NO_SPEAKER_NOT_PERSON;
    case PLX_MENTION_BYLINE:
    default:
      return PLX_NO_SPEAKER_REFUSED;
    }
}

static void
apply (Ctx           *ctx,
       PlxFoundQuote *q,
       Attribution   *a)
{
  gboolean found = a->entity >= 0;

  check_gender (ctx, a);
  /* "…, where dozens of strikers waved placards and chanted “…”", "mobbed
   * by supporters chanting “…”": a crowd's words, not those of a person
   * named further off — only a subject right at the verb sings alone */
  if (a->entity >= 0 && a->cue != PLX_NO_TOKEN && a->ref_end != a->cue && a->ref_first != a->cue + 1)
    {
      const char *l = speech_lemma (ctx, a->cue);

      if (l != NULL && plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_CROWD_CUES, l, strlen (l)))
        a->entity = -1;
    }
  /* "Мужчина, не назвавший своего имени, спросил:", "— сказал коллега
   * Дробышева, попросивший не называть его имени.": the reference is
   * nobody the text names */
  if (a->entity >= 0 && a->ref_end > 0 && ru_anonymous_after (ctx, a->ref_end))
    a->entity = -1;
  q->entity = a->entity;
  q->why_none = why_no_speaker (a, found);
  if (a->cue != PLX_NO_TOKEN)
    {
      q->cue_first = a->cue;
      q->cue_end = a->cue + 1;
      tok (ctx, a->cue)->flags |= PLX_TF_CUE;
    }
  if (a->ref_end > 0 && a->ref_kind != PLX_MENTION_NAME && a->entity >= 0)
    plx_people_add_mention (ctx->people, a->ref_first, a->ref_end, a->entity, a->ref_kind);
  q->attributed = TRUE;
}

static guint
count_words (Ctx  *ctx,
             guint first,
             guint end,
             gboolean *terminator,
             gboolean *all_cap)
{
  guint words = 0;

  *terminator = FALSE;
  *all_cap = TRUE;
  for (guint i = first; i < end; i++)
    {
      PlxToken *t = tok (ctx, i);

      if (t->kind == PLX_TOK_WORD || t->kind == PLX_TOK_NUMBER)
        {
          words++;
          if (!(t->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS)) && t->kind == PLX_TOK_WORD)
            *all_cap = FALSE;
        }
      else if ((t->flags & PLX_TF_TERMINATOR) || (t->kind == PLX_TOK_PUNCT && t->family == ','))
        *terminator = TRUE;
    }
  return words;
}

/* "Лента.ру": word, point, word with no space anywhere between */
static gboolean
unspaced_dotted_name (Ctx  *ctx,
                      guint first,
                      guint end)
{
  gboolean point = FALSE;

  if (end < first + 3 || end > first + 5 || !is_word (ctx, first) || !is_word (ctx, end - 1))
    return FALSE;
  for (guint i = first; i < end; i++)
    {
      PlxToken *t = tok (ctx, i);

      if (i > first && tok (ctx, i - 1)->start + tok (ctx, i - 1)->len != t->start)
        return FALSE;
      if (is_char (ctx, i, '.'))
        {
          if (i == first || i + 1 >= end || !is_word (ctx, i + 1))
            return FALSE;
          point = TRUE;
        }
      else if (t->kind != PLX_TOK_WORD)
        return FALSE;
    }
  return point;
}

/* "(«Мошенничество в особо крупном размере»)": a quote that fills a
 * parenthesis is a title; "his “Faster, Leaner” plan": capitalised
 * words between an article or possessive and a plain noun name
 * something */
static gboolean
enclosed_name (Ctx           *ctx,
               PlxFoundQuote *q,
               guint          words,
               gboolean       all_cap)
{
  guint before = q->open, after = q->close + 1;
  const char *s;

  if (before == PLX_NO_TOKEN || before == 0 || after >= ctx->n || words > 8)
    return FALSE;
  if (is_char (ctx, before - 1, '(') && is_char (ctx, after, ')'))
    return TRUE;
  if (plx_lexicon_is_inflected (ctx->lexicon) || words > 5 || !all_cap || !is_word (ctx, before - 1)
      || !has (ctx, PLX_LEX_DETERMINERS, before - 1) || !is_word (ctx, after)
      || (tok (ctx, after)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS)))
    return FALSE;
  s = ctx->tokens->text + tok (ctx, before - 1)->start;
  /* "that" and "this" also open a clause or stand alone */
  if (g_ascii_strncasecmp (s, "that", 4) == 0 || g_ascii_strncasecmp (s, "this", 4) == 0)
    return FALSE;
  return speech_lemma (ctx, after) == NULL && !has (ctx, PLX_LEX_COORDINATORS, after)
         && !has (ctx, PLX_LEX_PREPOSITIONS, after) && !has (ctx, PLX_LEX_FINITE_VERBS, after)
         && !has (ctx, PLX_LEX_PASSIVE_AUX, after) && !auxiliary (ctx, after)
         && !has (ctx, PLX_LEX_COMPLEMENTIZERS, after) && !has (ctx, PLX_LEX_CLAUSE_STARTERS, after)
         && pronoun (ctx, after) == 0;
}

static gboolean
scare_trigger_before (Ctx  *ctx,
                      guint open)
{
  guint pstart = para_start_of (ctx, open);

  for (guint back = 1; back <= 3 && open >= pstart + back; back++)
    {
      guint j = open - back;
      guint k = match_phrase (ctx, PLX_LEX_PHRASE_SCARE_TRIGGERS, j, NULL);

      /* «назвал эти слова «…»»: a trigger noun of one word as the object
       * of a naming verb is what was named, not a name ("blamed the
       * so-called “…”" keeps its mark of distance) */
      if (k > 0 && j + k == open)
        {
          gboolean named = FALSE;

          /* "назвал эти слова «голословными обвинениями»": the noun is
           * the object of a naming verb, the quote what it was called */
          for (guint b = j; plx_lexicon_is_inflected (ctx->lexicon) && b-- > pstart && j - b <= 3 && !named;)
            {
              if (!is_word (ctx, b))
                break;
              named = has (ctx, PLX_LEX_NAMING_VERBS, b);
            }
          named = named
                  || (k == 1 && memchr (plx_token_str (ctx->tokens, j), '-', tok (ctx, j)->len) == NULL
                      && ((j >= 1 && has (ctx, PLX_LEX_NAMING_VERBS, j - 1))
                          || (j >= 2 && is_word (ctx, j - 1) && has (ctx, PLX_LEX_NAMING_VERBS, j - 2))));
          return !named;
        }
      /* "the so-called" with an article between is fine, nothing else */
    }
  /* "Федеральным законом № 131-ФЗ «Об общих принципах …»", "постановление
   * «О мерах …»": a title of a law or a decree opens on "О" / "Об" after
   * the noun or number that names the document */
  if (plx_lexicon_is_inflected (ctx->lexicon) && open > pstart && open + 2 < ctx->n
      && (is_word (ctx, open - 1) || tok (ctx, open - 1)->kind == PLX_TOK_NUMBER)
      && speech_lemma (ctx, open - 1) == NULL && !has (ctx, PLX_LEX_NAMING_VERBS, open - 1)
      && is_word (ctx, open + 1) && (tok (ctx, open + 1)->flags & PLX_TF_CAP))
    {
      const char *w = ctx->tokens->text + tok (ctx, open + 1)->start;
      guint len = tok (ctx, open + 1)->len;

      if ((len == 2 && memcmp (w, "О", 2) == 0) || (len == 4 && memcmp (w, "Об", 4) == 0)
          || (len == 6 && memcmp (w, "Обо", 6) == 0))
        return TRUE;
    }
  return FALSE;
}

/* "signs reading “…” and “…”", "под лозунгами «…», «…»": a quote
 * joined by "and" or a comma to a triggered name or slogan right before it
 * is the next item of the list */
static gboolean
scare_list_continues (Ctx  *ctx,
                      guint k)
{
  PlxFoundQuote *q, *prev;
  guint gap;

  if (k == 0)
    return FALSE;
  q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
  prev = &g_array_index (ctx->quotes, PlxFoundQuote, k - 1);
  if (!prev->scare || prev->close == PLX_NO_TOKEN || prev->close >= q->open)
    return FALSE;
  gap = q->open - prev->close - 1;
  if (gap == 1)
    return is_char (ctx, prev->close + 1, ',') || has (ctx, PLX_LEX_COORDINATORS, prev->close + 1);
  if (gap == 2)
    return is_char (ctx, prev->close + 1, ',') && has (ctx, PLX_LEX_COORDINATORS, prev->close + 2);
  return FALSE;
}

/* A speech verb earlier in the sentence whose clause the quote is part of:
 * "said that the video was «…»", "said her client “categorically denies”". */
/* English auxiliaries and modals: "… was “gutted” but would not …"
 * continues the reported clause with its own subject. */
static gboolean
auxiliary (Ctx  *ctx,
           guint i)
{
  static const char *const words[] = { "would", "will", "could", "can", "should", "may", "might",
                                       "must", "cannot", "had", "has", "have", "did", "does", "do", "also",
                                       "still", "not", "wanted", "needed", "planned", "hoped" };
  /* the words' first letters, bits from 'a' (keep in step with @words) */
  enum
  {
    INITIALS = 1u << ('a' - 'a') | 1u << ('c' - 'a') | 1u << ('d' - 'a') | 1u << ('h' - 'a') | 1u << ('m' - 'a')
               | 1u << ('n' - 'a') | 1u << ('p' - 'a') | 1u << ('s' - 'a') | 1u << ('w' - 'a')
  };
  PlxToken *t = tok (ctx, i);
  guint first = (guchar) ctx->tokens->text[t->start] | 0x20;

  /* (the words have two to seven letters, and a first letter that is
   * none of theirs rules a word out) */
  if (t->len < 2 || t->len > 7 || first < 'a' || first > 'z' || !((INITIALS >> (first - 'a')) & 1))
    return FALSE;
  /* (a first letter that differs, in either case, rules a word out) */
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (first == (guchar) words[k][0]
        && t->len == strlen (words[k]) && g_ascii_strncasecmp (ctx->tokens->text + t->start, words[k], t->len) == 0)
      return TRUE;
  return FALSE;
}

/* A verb of English that carries tense without a subject of its own after
 * "and": a modal, a form of "be", "have" or "do" */
static gboolean
auxiliary_verb (Ctx  *ctx,
                guint k)
{
  static const char *const words[] = { "has", "have", "had", "does", "do", "did" };

  if (modal_verb (ctx, k) || has (ctx, PLX_LEX_PASSIVE_AUX, k))
    return TRUE;
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    if (tok (ctx, k)->len == strlen (words[w])
        && g_ascii_strncasecmp (plx_token_str (ctx->tokens, k), words[w], tok (ctx, k)->len) == 0)
      return TRUE;
  return FALSE;
}

/* English: a single word that carries tense ("has", "will", "agreed") */
static inline gboolean
finite_word (Ctx  *ctx,
             guint k)
{
  return auxiliary_verb (ctx, k) || has (ctx, PLX_LEX_FINITE_VERBS, k);
}

/* ", he said, " / ", the minister said, " after a word: an attribution
 * inserted in a sentence (English); the comma before its subject, else
 * PLX_NO_TOKEN */
static guint
inserted_attribution (Ctx  *ctx,
                      guint v,
                      guint pstart)
{
  guint k = v;

  if (plx_lexicon_is_inflected (ctx->lexicon) || v + 1 >= ctx->n || !is_char (ctx, v + 1, ','))
    return PLX_NO_TOKEN;
  while (k > pstart && v - k < 5 && is_word (ctx, k - 1))
    k--;
  if (k == v || k < pstart + 2 || !is_char (ctx, k - 1, ',') || !is_word (ctx, k - 2)
      || has (ctx, PLX_LEX_COORDINATORS, k) || has (ctx, PLX_LEX_CLAUSE_BLOCKERS, k)
      || has (ctx, PLX_LEX_COMPLEMENTIZERS, k) || has (ctx, PLX_LEX_RELATIVES, k))
    return PLX_NO_TOKEN;
  return k - 1;
}

/* A verb that names the quote opening at @open as its object: a naming
 * verb ("called the ruling “…”"), or in English a verb of judgement with
 * "as" right before the mark ("dismissed the plan as “…”") */
static gboolean
naming_verb (Ctx  *ctx,
             guint k,
             guint open)
{
  if (has (ctx, PLX_LEX_NAMING_VERBS, k))
    return TRUE;
  return !plx_lexicon_is_inflected (ctx->lexicon) && has (ctx, PLX_LEX_MANNER_VERBS, k) && open > k + 2
         && plx_tokens_word_is (ctx->tokens, open - 1, "as");
}

static gboolean
inside_reported_clause (Ctx  *ctx,
                        guint open)
{
  guint pstart = para_start_of (ctx, open);
  gboolean named = FALSE;
  gboolean dash_clause = FALSE;

  if (open == pstart)
    return FALSE;
  /* "По мнению ее коллеги Константина Рябова, «…», и …": right after the
   * comma of a marker opening the sentence, the quote is part of the
   * clause the marker reports, however the source ends (Russian) */
  if (plx_lexicon_is_inflected (ctx->lexicon) && is_char (ctx, open - 1, ',') && open >= pstart + 3)
    {
      guint s = plx_tokens_sentence_start (ctx->tokens, open - 1, open > 24 ? open - 24 : pstart);
      gboolean plain = s >= pstart && s + 2 < open && match_phrase (ctx, PLX_LEX_PHRASE_ACCORDING, s, NULL) > 0;

      for (guint w = s; plain && w + 1 < open; w++)
        plain = !is_char (ctx, w, ',') && !(tok (ctx, w)->flags & PLX_TF_TERMINATOR)
                && !(is_word (ctx, w) && speech_lemma (ctx, w) != NULL);
      if (plain)
        return TRUE;
    }
  /* "уверяет, что денег не берет — «разве что на бензин»", "По словам
   * одного из них, продавец — основатель компании — «устал …»": in Russian
   * a dash after a word of a clause reported with «что» or «по словам»
   * goes on with that clause */
  if (tok (ctx, open - 1)->kind == PLX_TOK_DASH && plx_lexicon_is_inflected (ctx->lexicon)
      && open >= pstart + 3 && is_word (ctx, open - 2) && !(tok (ctx, open - 2)->flags & PLX_TF_IN_QUOTE))
    dash_clause = TRUE;
  /* “…” right after a colon or a dash, or after "said," is introduced,
   * not embedded ("который, по его словам, «пытался…»" is embedded) */
  else if (is_char (ctx, open - 1, ':') || tok (ctx, open - 1)->kind == PLX_TOK_DASH
           || (tok (ctx, open - 1)->flags & PLX_TF_TERMINATOR))
    return FALSE;
  if (is_char (ctx, open - 1, ',')
      && (open < pstart + 2 || speech_lemma (ctx, open - 2) != NULL
          || plx_people_mention_at (ctx->people, open - 2) >= 0 || pronoun (ctx, open - 2) != 0))
    return FALSE;
  /* "said on Tuesday, “…”", "told the Harbour Gazette, “…”": a verb of
   * speech, its object or a circumstance of a few words (no verb of a
   * clause among them) and the comma introduce the quote (English) */
  if (is_char (ctx, open - 1, ',') && !plx_lexicon_is_inflected (ctx->lexicon))
    for (guint b = open - 2; b > pstart && open - 2 - b < 7; b--)
      {
        if (!is_word (ctx, b) && tok (ctx, b)->kind != PLX_TOK_NUMBER)
          break;
        if (speech_lemma (ctx, b) != NULL && !(tok (ctx, b)->flags & PLX_TF_IN_QUOTE))
          {
            /* (not a verb inside a clause reported before it: "said a
             * commissioner had told her last month, '…'") */
            gboolean outer = TRUE;

            for (guint x = b; outer && x-- > pstart && b - x < 40 && !(tok (ctx, x + 1)->flags & PLX_TF_SENT_START);)
              outer = !(speech_lemma (ctx, x) != NULL && !(tok (ctx, x)->flags & PLX_TF_IN_QUOTE)) && !auxiliary (ctx, x);
            if (outer && (!has (ctx, PLX_LEX_PARTICIPLE_CUES, b) || b == open - 2))
              return FALSE;
            break;
          }
        if (has (ctx, PLX_LEX_COMPLEMENTIZERS, b) || has (ctx, PLX_LEX_FINITE_VERBS, b) || auxiliary (ctx, b)
            || has (ctx, PLX_LEX_RELATIVES, b) || past_form (ctx, b)
            || (pronoun (ctx, b) != 0 && !possessive_pronoun (ctx, b)))
          break;
      }
  for (guint k = open; k-- > pstart && open - k < 40;)
    {
      PlxToken *t = tok (ctx, k);

      if (t->flags & PLX_TF_SENT_END)
        break;
      /* a quote before ends the search, unless it was a name or a
       * fragment of this very clause ("в сегменте «еды рядом с домом»,
       * который, по ее словам, «…»") */
      /* "said the islands' reliance was “…”": a plural possessive is
       * no mark */
      if (t->kind == PLX_TOK_QUOTE && !(t->flags & PLX_TF_CAN_OPEN) && !plural_possessive (ctx, k))
        {
          const PlxFoundQuote *before = quote_closed_at (ctx, k);

          /* … but not over a new subject: "said it was “disappointed,”
           * and its president, Loretta Sims, accused …" */
          if (before == NULL || !(before->scare || before->fragment) || named)
            break;
        }
      if (plx_people_mention_at (ctx->people, k) >= 0)
        named = TRUE;
      if (is_char (ctx, k, ':'))
        break;
      /* "По словам X, записи …, «судя по всему, вносились …»": a quote
       * inside the clause an according marker introduces */
      if (match_phrase (ctx, PLX_LEX_PHRASE_ACCORDING, k, NULL) > 0)
        return TRUE;
      /* "The district, he said, had “skipped …”": words after an
       * inserted attribution open the clause it reports, the quote is part
       * of it */
      if (speech_lemma (ctx, k) != NULL && k + 2 < open && open - k <= 8
          && inserted_attribution (ctx, k, pstart) != PLX_NO_TOKEN
          && is_word (ctx, k + 2) && !(tok (ctx, k + 2)->flags & PLX_TF_CAP))
        {
          gboolean words_only = TRUE;

          for (guint w = k + 2; w < open; w++)
            words_only &= is_word (ctx, w);
          if (words_only)
            return TRUE;
        }
      /* "the fines had been added “in the dead of night”": a passive
       * participle is no speech verb introducing the quote */
      if (speech_lemma (ctx, k) != NULL && !(t->flags & PLX_TF_CUE) && k > pstart
          && !plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, k - 1)
          && has (ctx, PLX_LEX_PASSIVE_AUX, k - 1) && !has (ctx, PLX_LEX_OBJECT_VERBS, k)
          && !naming_verb (ctx, k, open))
        continue;
      if (speech_lemma (ctx, k) != NULL && !(t->flags & PLX_TF_CUE))
        {
          guint words = 0;

          /* "said the players had talked about “…”", "told the jury that
           * he had told her to “…”": a verb after an auxiliary (and an
           * adverb) inside a clause a verb before reports is part of that
           * clause, and so is its quote (English) */
          if (!plx_lexicon_is_inflected (ctx->lexicon) && k > pstart + 2
              && (auxiliary_verb (ctx, k - 1)
                  || (is_word (ctx, k - 1) && !(tok (ctx, k - 1)->flags & PLX_TF_CAP) && auxiliary_verb (ctx, k - 2))))
            for (guint r = k - 1; r-- > pstart && k - r < 40;)
              {
                PlxToken *rt = tok (ctx, r);

                if ((rt->flags & PLX_TF_SENT_END) || rt->kind == PLX_TOK_DASH || is_char (ctx, r, ';')
                    || is_char (ctx, r, ':'))
                  break;
                if (rt->kind == PLX_TOK_QUOTE && !(rt->flags & PLX_TF_CAN_OPEN))
                  {
                    const PlxFoundQuote *before = quote_closed_at (ctx, r);

                    if (before == NULL || !(before->scare || before->fragment))
                      break;
                  }
                if (is_word (ctx, r) && !(rt->flags & (PLX_TF_IN_QUOTE | PLX_TF_CUE)) && speech_lemma (ctx, r) != NULL
                    && !has (ctx, PLX_LEX_NAMING_VERBS, r))
                  {
                    guint w = r + 1;

                    if (w < k && has (ctx, PLX_LEX_COMPLEMENTIZERS, w))
                      w++;
                    if (w + 1 < k && looks_finite (ctx, w, k))
                      return TRUE;
                    break;
                  }
                if (rt->flags & PLX_TF_SENT_START)
                  break;
              }
          /* "called the theft “a crime”": the quote is the object —
           * unless the naming itself is part of a clause reported before
           * it ("said the plan would create what one of them called
           * “…”") */
          /* "said France had … and accused Berlin of “…”", "заявил,
           * что …, и призвал фермеров «…»": an act coordinated with a
           * clause reported before it, with no clause of its own and no
           * quote it names, goes on with that clause */
          if (k > pstart + 1
              /* (… also with the quote right at the verb, in lower case:
               * "…, и пообещал «довести дело до конца»") */
              && (open > k + 1
                  || (plx_lexicon_is_inflected (ctx->lexicon) && open == k + 1 && is_word (ctx, open + 1)
                      && !(tok (ctx, open + 1)->flags & PLX_TF_CAP)))
              && is_word (ctx, k - 1) && has (ctx, PLX_LEX_COORDINATORS, k - 1)
              && !names_quote (ctx, k, open + 1) && !coordinated_own_clause (ctx, k, open))
            continue;
          /* "Жены рассказывают, что глава региона пообещал им «…»": in
           * Russian a verb of speech inside a clause that «, что» after a
           * verb of speech before it reports is part of that clause, and so
           * is its quote */
          if (plx_lexicon_is_inflected (ctx->lexicon) && !naming_verb (ctx, k, open) && is_word (ctx, open + 1)
              && !(tok (ctx, open + 1)->flags & PLX_TF_CAP))
            for (guint r = k; r-- > pstart + 1 && k - r < 16;)
              {
                PlxToken *rt = tok (ctx, r);

                if ((rt->flags & PLX_TF_SENT_END) || rt->kind == PLX_TOK_DASH || rt->kind == PLX_TOK_QUOTE
                    || is_char (ctx, r, ';') || is_char (ctx, r, ':'))
                  break;
                if (has (ctx, PLX_LEX_COMPLEMENTIZERS, r) && is_char (ctx, r - 1, ',') && r >= pstart + 2
                    && is_word (ctx, r - 2) && speech_lemma (ctx, r - 2) != NULL
                    && !(tok (ctx, r - 2)->flags & PLX_TF_IN_QUOTE)
                    && !(r >= pstart + 3 && is_word (ctx, r - 3) && has (ctx, PLX_LEX_NEGATIONS, r - 3)))
                  return TRUE;
                if (rt->flags & PLX_TF_SENT_START)
                  break;
              }
          if (naming_verb (ctx, k, open))
            {
              /* "… and called the vote “…”": a second predicate of the
               * speaker names the words itself */
              if (!plx_lexicon_is_inflected (ctx->lexicon) && k > pstart + 1
                  && has (ctx, PLX_LEX_QUESTION_WORDS, k - 1) == FALSE
                  && !(is_word (ctx, k - 1) && has (ctx, PLX_LEX_COORDINATORS, k - 1))
                  /* "…, calling it “…”", "…, which she called “…”": a
                   * participle after a comma, or a relative clause with a
                   * subject of its own, names the words itself */
                  && !is_char (ctx, k - 1, ',')
                  && !(k > pstart + 2 && pronoun (ctx, k - 1) != 0 && !possessive_pronoun (ctx, k - 1)
                       && is_word (ctx, k - 2) && has (ctx, PLX_LEX_RELATIVES, k - 2)))
                {
                  for (guint r = k - 1; r-- > pstart && k - r < 30;)
                    {
                      /* "… — an idea a source described as “…”": an
                       * apposition after a dash has a speaker of its own */
                      if ((tok (ctx, r)->flags & PLX_TF_SENT_END) || tok (ctx, r)->kind == PLX_TOK_QUOTE
                          || tok (ctx, r)->kind == PLX_TOK_DASH || is_char (ctx, r, ';') || is_char (ctx, r, ':'))
                        break;
                      if (speech_lemma (ctx, r) != NULL && !has (ctx, PLX_LEX_NAMING_VERBS, r)
                          && !(tok (ctx, r)->flags & PLX_TF_CUE))
                        {
                          guint w = r + 1;

                          /* "said (that) the plan would create what …" */
                          if (w < k && has (ctx, PLX_LEX_COMPLEMENTIZERS, w))
                            w++;
                          return w + 2 < k && looks_finite (ctx, w, k);
                        }
                      if (tok (ctx, r)->flags & PLX_TF_SENT_START)
                        break;
                    }
                }
              return FALSE;
            }
          /* "urged leaders to “put the phones down”": the words the
           * speaker urged, not part of a clause */
          if (open > k + 2 && has (ctx, PLX_LEX_INFINITIVE, open - 1) && has (ctx, PLX_LEX_OBJECT_VERBS, k)
              && !plx_lexicon_is_inflected (ctx->lexicon))
            return FALSE;

          for (guint w = k + 1; w < open; w++)
            {
              if (has (ctx, PLX_LEX_COMPLEMENTIZERS, w))
                return TRUE;
              if (is_word (ctx, w) || tok (ctx, w)->kind == PLX_TOK_NUMBER)
                words++;
            }
          if (dash_clause)
            return FALSE;
          if (!plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, open + 1)
              && !(tok (ctx, open + 1)->flags & PLX_TF_CAP))
            {
              /* "said Sandoval “plays like …”", "says state ‘will not
               * wait …’": a name or a noun right before lower-case quoted
               * words is the subject of a clause the quote ends */
              if (words == 1 && open == k + 2 && !has (ctx, PLX_LEX_OBJECT_VERBS, k) && is_word (ctx, k + 1)
                  && !has (ctx, PLX_LEX_CLAUSE_BLOCKERS, k + 1) && !has (ctx, PLX_LEX_DETERMINERS, k + 1)
                  && !has (ctx, PLX_LEX_WEEKDAYS, k + 1) && !has (ctx, PLX_LEX_CIRCUMSTANCES, k + 1)
                  && !has (ctx, PLX_LEX_INDEFINITES, k + 1)
                  && !word_ends (ctx, k + 1, "ly")
                  && (!(tok (ctx, k + 1)->flags & PLX_TF_CAP) || plx_people_mention_at (ctx->people, k + 1) >= 0))
                return TRUE;
              /* "said the papers suggested ‘…’": the verb right before
               * the quote belongs to a clause reported by a verb before */
              if (words == 0 && open == k + 1)
                for (guint r = k - 1; r > pstart && k - r <= 6 && is_word (ctx, r); r--)
                  if (speech_lemma (ctx, r) != NULL && !has (ctx, PLX_LEX_NAMING_VERBS, r))
                    return r + 1 < k && !has (ctx, PLX_LEX_OBJECT_VERBS, r);
            }
          /* "insisted he “never meant …”": a subject pronoun right
           * before the mark opens a clause the quote ends */
          if (words == 1 && open == k + 2 && !plx_lexicon_is_inflected (ctx->lexicon)
              && !has (ctx, PLX_LEX_OBJECT_VERBS, k) && has (ctx, PLX_LEX_CLAUSE_STARTERS, k + 1)
              && !has (ctx, PLX_LEX_DETERMINERS, k + 1) && !has (ctx, PLX_LEX_INDEFINITES, k + 1)
              && !has (ctx, PLX_LEX_CLAUSE_BLOCKERS, k + 1) && !(tok (ctx, k + 1)->flags & PLX_TF_CAP))
            return TRUE;
          /* ("signals tougher line on ‘…’": a noun object, no clause) */
          if (!plx_lexicon_is_inflected (ctx->lexicon) && g_strcmp0 (speech_lemma (ctx, k), "signal") == 0
              && !signal_takes_clause (ctx, k + 1, open))
            return FALSE;
          /* "told reporters “…”" introduces the quote */
          return words >= 2;
        }
      if (t->flags & PLX_TF_SENT_START)
        break;
    }
  return FALSE;
}

/* "Решение связано с «…», следует из пресс-релиза.", "…«…», говорится в
 * сообщении": a quote inside a sentence (a word right before its mark)
 * that closes before the comma of a trailing attribution is a fragment of
 * the clause that attribution reports */
static gboolean
before_trailing_source (Ctx                 *ctx,
                        const PlxFoundQuote *q)
{
  guint c;

  if (q->open == PLX_NO_TOKEN || q->close == PLX_NO_TOKEN || q->open == 0
      || q->open == para_start_of (ctx, q->open) || !is_word (ctx, q->open - 1)
      || (tok (ctx, q->open)->flags & PLX_TF_SENT_START) || speech_lemma (ctx, q->open - 1) != NULL
      || has (ctx, PLX_LEX_NAMING_VERBS, q->open - 1))
    return FALSE;
  c = q->close + 1;
  if (!is_char (ctx, c, ',') || !is_word (ctx, c + 1) || (tok (ctx, c + 1)->flags & PLX_TF_PARA_START))
    return FALSE;
  if (match_phrase (ctx, PLX_LEX_PHRASE_ACCORDING, c + 1, NULL) > 0)
    return TRUE;
  return plx_lexicon_is_inflected (ctx->lexicon) && speech_lemma (ctx, c + 1) != NULL
         && !(tok (ctx, c + 1)->flags & PLX_TF_CAP);
}

/* English: "The bank has been “patient, but not endlessly patient”, he
 * says.": a quote that opens inside a sentence after its subject and verb
 * and closes right before a trailing attribution ("he says", "said
 * Smith") ends a clause without "that" that the attribution reports */
static gboolean
ends_clause_before_cue (Ctx                 *ctx,
                        const PlxFoundQuote *q)
{
  guint sstart, c, after;
  /* (the comma right after the closing mark) */
  gboolean outside = q->close != PLX_NO_TOKEN && q->close + 1 < ctx->n && is_char (ctx, q->close + 1, ',');

  if (plx_lexicon_is_inflected (ctx->lexicon) || q->open == PLX_NO_TOKEN || q->close == PLX_NO_TOKEN
      || q->open < 3 || !is_word (ctx, q->open - 1) || (tok (ctx, q->open)->flags & PLX_TF_SENT_START)
      || speech_lemma (ctx, q->open - 1) != NULL || has (ctx, PLX_LEX_NAMING_VERBS, q->open - 1)
      || (has (ctx, PLX_LEX_INFINITIVE, q->open - 1) && !outside))
    return FALSE;
  sstart = plx_tokens_sentence_start (ctx->tokens, q->open, q->open > 40 ? q->open - 40 : 0);
  /* (a subject and its verb are enough when the comma follows the
   * closing mark: "Workers were “…”, he said") */
  if (sstart + (outside ? 2 : 3) > q->open || sstart < para_start_of (ctx, q->open))
    return FALSE;
  for (guint k = sstart; k < q->open; k++)
    if (!is_word (ctx, k) || speech_lemma (ctx, k) != NULL || has (ctx, PLX_LEX_COMPLEMENTIZERS, k))
      return FALSE;
  if (!looks_finite (ctx, sstart, q->open))
    return FALSE;
  /* the comma sits inside or right after the closing mark */
  c = q->close + 1;
  if (c < ctx->n && is_char (ctx, c, ','))
    c++;
  else if (!is_char (ctx, q->end, ','))
    return FALSE;
  if (c + 1 >= ctx->n || (tok (ctx, c)->flags & PLX_TF_PARA_START))
    return FALSE;
  /* "he says", "Smith said", "said Smith" — and then the sentence ends */
  {
    int m = plx_people_mention_at (ctx->people, c);

    if (pronoun (ctx, c) != 0 && !possessive_pronoun (ctx, c) && speech_lemma (ctx, c + 1) != NULL)
      after = c + 2;
    else if (m >= 0 && speech_lemma (ctx, g_array_index (ctx->people->mentions, PlxMention, m).end) != NULL)
      after = g_array_index (ctx->people->mentions, PlxMention, m).end + 1;
    else if (speech_lemma (ctx, c) != NULL && plx_people_mention_at (ctx->people, c + 1) >= 0)
      after = g_array_index (ctx->people->mentions, PlxMention, plx_people_mention_at (ctx->people, c + 1)).end;
    else
      {
        /* "the newspaper’s barrister has told …", "Finance Minister Ann
         * Roe said": a subject of a few words, a name or a role after a
         * determiner, then the verb */
        guint v;

        if (!outside || !is_word (ctx, c) || !((tok (ctx, c)->flags & PLX_TF_CAP) || has (ctx, PLX_LEX_DETERMINERS, c)))
          return FALSE;
        for (v = c; v < ctx->n && v < c + 7 && is_word (ctx, v) && speech_lemma (ctx, v) == NULL
                    && !has (ctx, PLX_LEX_COMPLEMENTIZERS, v) && !has (ctx, PLX_LEX_RELATIVES, v);
             v++)
          ;
        if (v == c || v >= ctx->n || v >= c + 7 || !is_word (ctx, v) || speech_lemma (ctx, v) == NULL
            || word_ends (ctx, v, "ing"))
          return FALSE;
        after = v + 1;
      }
    /* … and an object or a circumstance with no verb of its own ("told
     * the High Court on Monday", "added in a statement") */
    for (guint n = 0; outside && after < ctx->n && n < 12 && is_word (ctx, after) && speech_lemma (ctx, after) == NULL
                      && !has (ctx, PLX_LEX_COMPLEMENTIZERS, after) && !auxiliary (ctx, after)
                      && !has (ctx, PLX_LEX_FINITE_VERBS, after) && !past_form (ctx, after);
         n++)
      after++;
    return after >= ctx->n || (tok (ctx, after)->flags & PLX_TF_TERMINATOR);
  }
}

static gboolean
is_headline (Ctx  *ctx,
             guint i)
{
  guint pend = para_end_of (ctx, i);
  guint pstart = para_start_of (ctx, i);
  PlxToken *last = tok (ctx, pend - 1);

  /* (also under a kicker, a section or topic label of a few words on
   * the first line: "Canada ¶ ‘…’: wildfire empties three towns") */
  if (pstart != 0 && !(para_start_of (ctx, pstart - 1) == 0 && pstart <= 4
                       && (tok (ctx, pstart - 1)->kind == PLX_TOK_WORD || tok (ctx, pstart - 1)->kind == PLX_TOK_NUMBER)))
    return FALSE;
  if (pend - pstart > 40)
    return FALSE;
  if (last->flags & PLX_TF_TERMINATOR)
    return FALSE;
  if (last->kind == PLX_TOK_QUOTE && pend - pstart >= 2 && (tok (ctx, pend - 2)->flags & PLX_TF_TERMINATOR))
    return FALSE;
  return TRUE;
}

/* "'Two people for 58 residents'" on a line of its own: a subheading
 * made of a quote, with nothing else in its paragraph */
static gboolean
is_subhead (Ctx                 *ctx,
            const PlxFoundQuote *q)
{
  guint pstart;
  gboolean sentences = FALSE;

  if (q->open == PLX_NO_TOKEN || q->close == PLX_NO_TOKEN || q->close + 1 != para_end_of (ctx, q->open)
      || q->close <= q->open + 2)
    return FALSE;
  for (guint i = q->first; i < q->close && !sentences; i++)
    sentences = (tok (ctx, i)->flags & PLX_TF_TERMINATOR) != 0;
  pstart = para_start_of (ctx, q->open);
  if (q->open == pstart)
    return !sentences;
  /* "Read more: '…'", "Watch: “…”": a link line of a web page */
  if (q->open > pstart + 4 || !is_char (ctx, q->open - 1, ':'))
    return FALSE;
  for (guint i = pstart; i + 1 < q->open; i++)
    if (!is_word (ctx, i) || speech_lemma (ctx, i) != NULL || plx_people_mention_at (ctx->people, i) >= 0
        /* «Читайте также: «… . Кто …?»»: a linked title of several
         * sentences, under a label that names no speaker («Губернатор:
         * «…»», "Police: “…”" do) */
        || (sentences && (has (ctx, PLX_LEX_ROLE_NOUNS, i) || has (ctx, PLX_LEX_HEAD_WORDS, i)
                          || has (ctx, PLX_LEX_ORG_WORDS, i) || has (ctx, PLX_LEX_GENERIC_ROLES, i)
                          || has (ctx, PLX_LEX_ANONYMOUS_ROLES, i) || pronoun (ctx, i) != 0
                          || plx_tokens_class (ctx->tokens, i, PLX_CLASS_GIVEN)
                          || plx_tokens_class (ctx->tokens, i, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_INSTITUTIONS)
                          || plx_tokens_class (ctx->tokens, i, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_TITLES))))
      return FALSE;
  return TRUE;
}

/* Russian infinitive endings: the first two ("ть", "ться") are the
 * common ones */
static const char *const ru_infinitive_endings[] = { "ть", "ться", "ти", "тись", "чь" };

/* whether the word @i ends in an infinitive ending (@all: any of them,
 * else only the first two) after more than @min_stem bytes */
static gboolean
ru_infinitive (Ctx     *ctx,
               guint    i,
               gboolean all,
               gsize    min_stem)
{
  return is_word (ctx, i)
         && plx_tokens_ends_with_any (ctx->tokens, i, ru_infinitive_endings, all ? G_N_ELEMENTS (ru_infinitive_endings) : 2,
                                      min_stem);
}

/* "предложил суду «съездить и посмотреть»", "призвала жителей «не
 * поддаваться панике»": in Russian a short quote that opens on an
 * infinitive right after a speech verb (and its object) is what the
 * speaker proposed, promised or urged in his own words, not a scare quote */
static gboolean
infinitive_object (Ctx                 *ctx,
                   const PlxFoundQuote *q)
{
  guint w = q->first;
  gboolean inf = FALSE;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || q->open == PLX_NO_TOKEN || q->open < 2)
    return FALSE;
  for (guint k = q->first; k < q->end && k < q->first + 2 && !inf; k++)
    {
      PlxToken *t = tok (ctx, k);

      if (!is_word (ctx, k) || (t->flags & PLX_TF_CAP))
        return FALSE;
      if (has (ctx, PLX_LEX_NEGATIONS, k))
        continue;
      inf = ru_infinitive (ctx, k, TRUE, 4);
      w = k;
    }
  if (!inf || w + 1 > q->end)
    return FALSE;
  /* the speech verb right before the mark, or before a short object */
  for (guint back = 1, words = 0; back <= 4 && q->open >= back; back++)
    {
      guint k = q->open - back;

      if (!is_word (ctx, k) || (tok (ctx, k)->flags & PLX_TF_IN_QUOTE))
        return FALSE;
      if (speech_lemma (ctx, k) != NULL)
        return !has (ctx, PLX_LEX_NAMING_VERBS, k) && !has (ctx, PLX_LEX_NEGATIONS, k > 0 ? k - 1 : k);
      if (++words > 2 || (tok (ctx, k)->flags & PLX_TF_SENT_START))
        return FALSE;
    }
  return FALSE;
}

/* TRUE when quote @k is the second object of the naming verb of the
 * quote right before it in the same sentence: a comma, a coordinator, a
 * few words with no verb and a dash at most between them */
static gboolean
naming_gapped (Ctx  *ctx,
               guint k)
{
  const PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
  const PlxFoundQuote *prev;
  guint i, words = 0;

  if (k == 0 || q->open == PLX_NO_TOKEN || q->close == PLX_NO_TOKEN)
    return FALSE;
  prev = &g_array_index (ctx->quotes, PlxFoundQuote, k - 1);
  if (prev->scare || prev->fragment || prev->kind != PLX_QUOTE_DIRECT || prev->cue_end == 0
      || prev->close == PLX_NO_TOKEN || prev->close >= q->open || !has (ctx, PLX_LEX_NAMING_VERBS, prev->cue_first)
      || prev->cue_first > prev->open)
    return FALSE;
  i = prev->close + 1;
  if (is_char (ctx, i, ','))
    i++;
  if (i >= q->open || !has (ctx, PLX_LEX_COORDINATORS, i))
    return FALSE;
  for (i++; i < q->open; i++)
    {
      if (tok (ctx, i)->kind == PLX_TOK_DASH && i + 1 == q->open)
        break;
      if (!is_word (ctx, i) || speech_lemma (ctx, i) != NULL || has (ctx, PLX_LEX_FINITE_VERBS, i)
          || ++words > 4)
        return FALSE;
    }
  return words > 0;
}

/* "chanted “No more cuts” outside", "had sung “We want Kovač” from the
 * first whistle", "shouted “Stop!”": a verb of the manner of saying right
 * before the mark takes the words as its object; they are what was
 * uttered, not a word glued to a verb ("welcomed “constructive” talks",
 * where a noun follows the mark, is) */
static gboolean
uttered_object (Ctx                 *ctx,
                const PlxFoundQuote *q)
{
  guint v = q->open - 1, after = q->close + 1;
  gboolean term, all_cap;

  /* "chants of “…”", "cries of “Shame!”": the noun of a manner verb's
   * form and a preposition */
  if (q->open != PLX_NO_TOKEN && q->open >= 2 && is_word (ctx, v) && has (ctx, PLX_LEX_PREPOSITIONS, v)
      && !(tok (ctx, v)->flags & PLX_TF_CAP) && is_word (ctx, v - 1) && has (ctx, PLX_LEX_MANNER_VERBS, v - 1))
    v--;
  if (q->open == PLX_NO_TOKEN || q->close == PLX_NO_TOKEN || q->open == 0 || !is_word (ctx, v)
      || speech_lemma (ctx, v) == NULL || naming_verb (ctx, v, q->open))
    return FALSE;
  /* "urged “both our close allies” to settle": the ones addressed, in
   * the speaker's words, before the infinitive of the request */
  if (!has (ctx, PLX_LEX_MANNER_VERBS, v))
    {
      /* "Minister says ‘corner turned’", "… as actor says ‘…’", "says
       * ‘no danger’ as tide rises": after a plain verb of saying, words
       * that end their paragraph or run into "as", "while", "after" are
       * what was said (English) */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && !(tok (ctx, v)->flags & PLX_TF_CAP)
          && g_strcmp0 (speech_lemma (ctx, v), "say") == 0
          && (after >= para_end_of (ctx, q->open)
              || (is_word (ctx, after) && !(tok (ctx, after)->flags & PLX_TF_CAP)
                  && (has (ctx, PLX_LEX_SUBORDINATORS, after)
                      || match_phrase (ctx, PLX_LEX_PHRASE_AS_MARKERS, after, NULL) == 1))))
        return TRUE;
      /* «призвал «обе стороны» договориться»: a Russian infinitive */
      if (after >= ctx->n || !is_word (ctx, after))
        return FALSE;
      if (!plx_lexicon_is_inflected (ctx->lexicon))
        return has (ctx, PLX_LEX_INFINITIVE, after);
      return ru_infinitive (ctx, after, FALSE, 1);
    }
  /* a line of three words or more is no modifier of a noun after it
   * (nor one a relative clause follows: "chants of “…” that had …") */
  return after >= ctx->n || !is_word (ctx, after) || has (ctx, PLX_LEX_PREPOSITIONS, after)
         || has (ctx, PLX_LEX_SUBORDINATORS, after) || has (ctx, PLX_LEX_COORDINATORS, after)
         || has (ctx, PLX_LEX_RELATIVES, after) || has (ctx, PLX_LEX_COMPLEMENTIZERS, after)
         || count_words (ctx, q->first, q->end, &term, &all_cap) >= 3;
}

/* TRUE when token @i lies in the paragraph right before token @j's. */
static gboolean
in_para_before (Ctx  *ctx,
                guint i,
                guint j)
{
  guint pstart = para_start_of (ctx, j);

  return pstart > 0 && para_start_of (ctx, i) == para_start_of (ctx, pstart - 1);
}

/* TRUE when the words of @q, with or without a closing mark, end in "?". */
static gboolean
quote_asks (Ctx                 *ctx,
            const PlxFoundQuote *q)
{
  return is_char (ctx, q->close != PLX_NO_TOKEN ? q->close - 1 : q->end - 1, '?');
}

/* TRUE when the tokens [@from, @to) are punctuation only. */
static gboolean
only_punct (Ctx  *ctx,
            guint from,
            guint to)
{
  while (from < to && tok (ctx, from)->kind == PLX_TOK_PUNCT)
    from++;
  return from >= to;
}

/* "«Денег нет», — сказал Мещеряков. «Ждём лета».": Russian puts the
 * full stop after the closing mark, so a short quote that is a sentence of
 * its own (it opens the sentence, a terminator follows its closing mark)
 * right after a person's quote in the same or the paragraph before, with
 * nobody else named in between, goes on with that speech */
static gboolean
ru_sentence_continues (Ctx  *ctx,
                       guint k)
{
  const PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
  const PlxFoundQuote *prev;
  guint from, qp, pp;
  int m;

  if (k == 0 || !plx_lexicon_is_inflected (ctx->lexicon) || q->open == PLX_NO_TOKEN || q->close == PLX_NO_TOKEN
      || q->close + 1 >= ctx->n || q->end <= q->first
      || !(tok (ctx, q->open)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
      || !(tok (ctx, q->close + 1)->flags & PLX_TF_TERMINATOR)
      || !is_word (ctx, q->first) || !(tok (ctx, q->first)->flags & PLX_TF_CAP))
    return FALSE;
  prev = &g_array_index (ctx->quotes, PlxFoundQuote, k - 1);
  if (prev->scare || prev->fragment || !prev->attributed || prev->entity < 0 || prev->end <= prev->first
      || prev->open == PLX_NO_TOKEN || prev->open >= q->open)
    return FALSE;
  qp = para_start_of (ctx, q->open);
  pp = para_start_of (ctx, prev->open);
  if (pp != qp && !in_para_before (ctx, prev->open, q->open))
    return FALSE;
  from = prev->close != PLX_NO_TOKEN ? prev->close : prev->end;
  for (m = plx_people_mention_from (ctx->people, from);
       m >= 0 && (guint) m < ctx->people->mentions->len; m++)
    {
      const PlxMention *pm = &g_array_index (ctx->people->mentions, PlxMention, m);

      if (pm->first >= q->open)
        break;
      if (pm->entity != prev->entity)
        return FALSE;
    }
  return TRUE;
}

/* "what he called “market rumours”", "which the minister called “…”": a
 * naming verb right at the mark after a wh-word and its subject names the
 * subject's own words in lower case (English) */
static gboolean
what_subject_called (Ctx  *ctx,
                     guint w,
                     guint first)
{
  guint s;
  int m;

  /* "which he called “Room for the River”": a capitalised name */
  if (plx_lexicon_is_inflected (ctx->lexicon) || w < 2 || !is_word (ctx, first)
      || (tok (ctx, first)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS)))
    return FALSE;
  s = w - 1;
  m = plx_people_mention_at (ctx->people, s);
  if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).end == w)
    s = g_array_index (ctx->people->mentions, PlxMention, m).first;
  else if (pronoun (ctx, s) == 0)
    return FALSE;
  return s > 0 && is_word (ctx, s - 1) && has (ctx, PLX_LEX_QUESTION_WORDS, s - 1);
}

static void
attribute_direct (Ctx *ctx)
{
  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
      gboolean dash = FALSE, colon = FALSE, term, all_cap;
      guint words = count_words (ctx, q->first, q->end, &term, &all_cap);

      if (q->attributed)
        continue;
      if ((scare_trigger_before (ctx, q->open) || scare_list_continues (ctx, k))
          && words <= MAX_TRIGGERED_SCARE_WORDS)
        {
          q->scare = TRUE;
          continue;
        }
      /* «Лента.ру», "Kassir.Pro": one unspaced word with an inner point
       * is a site or brand name, never speech */
      if (q->close != PLX_NO_TOKEN
          && (unspaced_dotted_name (ctx, q->first, q->end) || enclosed_name (ctx, q, words, all_cap)))
        {
          q->scare = TRUE;
          continue;
        }
      /* "speaking on “This Week in Focus,”", "the subject line “Refill
       * Revenue – Keep It Quiet.”": words in title case inside a
       * sentence name a programme, a book, a document */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && q->close != PLX_NO_TOKEN && q->open != PLX_NO_TOKEN
          && q->open > 1 && words >= 3 && words <= 8
          /* … or in apposition: "an album, “Songs from the Flat Country,”" */
          && (is_word (ctx, q->open - 1) || (is_char (ctx, q->open - 1, ',') && is_word (ctx, q->open - 2)
                                             && speech_lemma (ctx, q->open - 2) == NULL
                                             && !(tok (ctx, q->open - 2)->flags & PLX_TF_IN_QUOTE)))
          && !(tok (ctx, q->open - 1)->flags & PLX_TF_IN_QUOTE) && speech_lemma (ctx, q->open - 1) == NULL
          && !has (ctx, PLX_LEX_NAMING_VERBS, q->open - 1))
        {
          guint caps = 0;
          gboolean title = TRUE;

          for (guint w = q->first; w < q->end && title; w++)
            {
              PlxToken *t = tok (ctx, w);

              if (t->kind != PLX_TOK_WORD)
                continue;
              if (t->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS))
                caps++;
              else if (!(has (ctx, PLX_LEX_PREPOSITIONS, w) || has (ctx, PLX_LEX_DETERMINERS, w)
                         || has (ctx, PLX_LEX_COORDINATORS, w)))
                title = FALSE;
            }
          if (title && caps >= 3 && pronoun (ctx, q->first) == 0)
            {
              q->scare = TRUE;
              continue;
            }
        }
      /* «Интерфакс», "Тверские ведомости": names and titles ("Both," he
       * replied is speech: its comma or dash joins it to a cue) */
      if (all_cap && words <= 4 && !term && q->close != PLX_NO_TOKEN
          && !(q->open > 0 && is_char (ctx, q->open - 1, ':'))
          && !is_char (ctx, q->end, ',')
          && !(q->close + 1 < ctx->n && tok (ctx, q->close + 1)->kind == PLX_TOK_DASH)
          && !(q->close + 1 < ctx->n && is_char (ctx, q->close + 1, ',')
               && q->close + 2 < ctx->n && tok (ctx, q->close + 2)->kind == PLX_TOK_DASH))
        {
          q->scare = TRUE;
          continue;
        }
      /* "структуры группы «Балтийский уголь»", "the firm “Green
       * orchard”": a capitalised quote right after an organisation noun
       * is its name, even with lower-case words inside */
      if (words <= 4 && !term && q->close != PLX_NO_TOKEN && q->open != PLX_NO_TOKEN && q->open > 0
          && is_word (ctx, q->open - 1) && has (ctx, PLX_LEX_ORG_WORDS, q->open - 1)
          && !(tok (ctx, q->open - 1)->flags & PLX_TF_CAP)
          && is_word (ctx, q->first) && (tok (ctx, q->first)->flags & PLX_TF_CAP)
          && !is_char (ctx, q->end, ',')
          && !(q->close + 1 < ctx->n && tok (ctx, q->close + 1)->kind == PLX_TOK_DASH)
          && !(q->close + 1 < ctx->n && is_char (ctx, q->close + 1, ',')
               && q->close + 2 < ctx->n && tok (ctx, q->close + 2)->kind == PLX_TOK_DASH))
        {
          q->scare = TRUE;
          continue;
        }
      /* a quoted fragment of a reported clause ("said that the video
       * was “taken out of context”") belongs to that clause (asked once:
       * nothing below changes what it reads before the quote is done) */
      if (inside_reported_clause (ctx, q->open) || (words > MAX_SCARE_WORDS && before_trailing_source (ctx, q))
          || ends_clause_before_cue (ctx, q))
        {
          q->fragment = TRUE;
          continue;
        }
      if (attribute_before (ctx, q, &a, &colon, TRUE) && colon)
        {
          q->kind = PLX_QUOTE_COLON;
          apply (ctx, q, &a);
          continue;
        }
      a = (Attribution) { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
      if (attribute_after (ctx, q, &a, &dash))
        {
          /* a line of dialogue opened by a dash is dash speech too */
          q->kind = dash || (q->open != PLX_NO_TOKEN && tok (ctx, q->open)->kind == PLX_TOK_DASH)
                    ? PLX_QUOTE_DASH : PLX_QUOTE_DIRECT;
          apply (ctx, q, &a);
          continue;
        }
      a = (Attribution) { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
      /* "называет происходящее «…»", "called the ruling “a disgrace”": the
       * quote is the object of a naming verb — the subject's words, even
       * when the subject is nobody named */
      {
        guint v = PLX_NO_TOKEN;

        /* "what it called 'speculation'": a verb right before the mark,
         * with no object, only distances the writer from the word */
        for (guint back = 1, words = 0; words < 8 && back <= 12 && q->open >= back; back++)
          {
            guint w = q->open - back;

            /* "назвал оценку в 20 млрд руб. «фантазией»": numbers and
             * abbreviation points inside the object are no words */
            if (back > 1 && !(tok (ctx, w)->flags & PLX_TF_IN_QUOTE)
                && (tok (ctx, w)->kind == PLX_TOK_NUMBER
                    || (is_char (ctx, w, '.') && w > 0 && (tok (ctx, w - 1)->flags & PLX_TF_ABBREV))
                    /* "the £50million crossing", "на 30% дороже": the
                     * sign of a number */
                    || (tok (ctx, w)->kind == PLX_TOK_PUNCT && !is_char (ctx, w, ',')
                        && !(tok (ctx, w)->flags & PLX_TF_TERMINATOR)
                        && ((w + 1 < q->open && tok (ctx, w + 1)->kind == PLX_TOK_NUMBER)
                            || (w > 0 && tok (ctx, w - 1)->kind == PLX_TOK_NUMBER)))))
              continue;
            if (!is_word (ctx, w) || (tok (ctx, w)->flags & PLX_TF_IN_QUOTE))
              break;
            words++;
            /* … also a verb of judgement with "as" right before the
             * mark: "dismissed the plan as “a gamble”", "hailed it as …" */
            if (naming_verb (ctx, w, q->open) && speech_lemma (ctx, w) != NULL && !(tok (ctx, w)->flags & PLX_TF_CUE))
              {
                /* "версию директора назвали «попыткой …»", "его называют
                 * «популистским»": Russian puts the object before the
                 * verb, so a naming verb right at the mark still has one */
                if (back >= 2 || what_subject_called (ctx, w, q->first)
                    || (plx_lexicon_is_inflected (ctx->lexicon) && w > 0 && is_word (ctx, w - 1)
                        && !(tok (ctx, w)->flags & PLX_TF_SENT_START)
                        && !(tok (ctx, w - 1)->flags & PLX_TF_IN_QUOTE)
                        && !has (ctx, PLX_LEX_RELATIVES, w - 1) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, w - 1)
                        && !has (ctx, PLX_LEX_NEGATIONS, w - 1)))
                  v = w;
                break;
              }
            if (tok (ctx, w)->flags & PLX_TF_SENT_START)
              break;
          }
        if (v != PLX_NO_TOKEN && v > 0 && !has (ctx, PLX_LEX_NEGATIONS, v - 1))
          {
            guint ss = plx_tokens_sentence_start (ctx->tokens, v, v > 60 ? v - 60 : 0);

            a.cue = v;
            /* "said … and accused Berlin of “…”", "acknowledged …, calling
             * it “…”": the first verb's subject */
            if (!(((v > ss + 1 && (has (ctx, PLX_LEX_COORDINATORS, v - 1)
                                  || (!plx_lexicon_is_inflected (ctx->lexicon) && is_char (ctx, v - 1, ',')
                                      && word_ends (ctx, v, "ing"))))
                  /* "Ann Roe, a Democrat who has called the plan “…,”" */
                  || relative_before (ctx, ss, v))
                  ? find_speaker_of (ctx, ss, v, 16, &a)
                  : find_subject_skipping (ctx, ss, v, 16, &a)))
              a.entity = -1;
            /* "в мэрии версию Данилюка назвали «…»": a plural verb with
             * the object before it speaks for an unnamed "they", not for
             * the person named in the object */
            else if (q->open == v + 1 && verb_plural (ctx, v) && a.ref_kind == PLX_MENTION_NAME)
              a.entity = -1;
            q->kind = PLX_QUOTE_DIRECT;
            apply (ctx, q, &a);
            continue;
          }
      }
      /* "promises “leaner” company": a word or two glued to a verb are
       * not speech */
      if ((!(words <= MAX_SCARE_WORDS && !term && q->open > 0 && is_word (ctx, q->open - 1))
           || infinitive_object (ctx, q) || uttered_object (ctx, q))
          && attribute_before (ctx, q, &a, &colon, TRUE))
        {
          q->kind = colon ? PLX_QUOTE_COLON : PLX_QUOTE_DIRECT;
          apply (ctx, q, &a);
          continue;
        }
      /* «назвал проект «сырым», а поправки — «подарком»», "called the
       * plan “reckless” and the budget “a fantasy”": a second object of
       * the same naming verb, the verb left out */
      if (naming_gapped (ctx, k))
        {
          const PlxFoundQuote *prev = &g_array_index (ctx->quotes, PlxFoundQuote, k - 1);

          q->kind = prev->kind;
          q->entity = prev->entity;
          q->cue_first = prev->cue_first;
          q->cue_end = prev->cue_end;
          q->attributed = TRUE;
          continue;
        }
      /* a chant or a song of a crowd nobody names ("the crowd, who had
       * sung “…”"), a promise of no one named («В мэрии обещают «не
       * душить» бизнес») is speech without a speaker */
      if (uttered_object (ctx, q) || infinitive_object (ctx, q))
        {
          a = (Attribution) { -1, 0, 0, q->open - 1, PLX_MENTION_NAME };
          q->kind = PLX_QUOTE_DIRECT;
          apply (ctx, q, &a);
          continue;
        }
      /* short, name-like or fragmentary quotes without a speaker are
       * scare quotes and quoted names; so is a quote in a headline (a
       * paragraph without a full stop at its end) */
      if ((words <= MAX_SCARE_WORDS && !term && !ru_sentence_continues (ctx, k)) || (all_cap && words <= 6 && !term)
          || is_headline (ctx, q->open) || is_subhead (ctx, q))
        {
          q->scare = TRUE;
          continue;
        }
      /* a partial quote: the speaker is the subject of the sentence */
      a = (Attribution) { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
      if (attribute_before (ctx, q, &a, &colon, FALSE))
        {
          q->kind = colon ? PLX_QUOTE_COLON : PLX_QUOTE_DIRECT;
          apply (ctx, q, &a);
        }
    }
}

static gboolean
mention_between (Ctx  *ctx,
                 guint from,
                 guint to)
{
  int m = plx_people_mention_from (ctx->people, from);

  return m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first < to;
}

/* "“Did you see it?” Carrow asked. ¶ “Later, yes,” Oyelaran replied. ¶
 * “How much later?” ¶ “Months.”": in an exchange between two people, a
 * question alone in its paragraph goes to the one who asked before, and
 * once that happened the lines alone in their paragraphs alternate. The
 * person to give @q instead of @prev's, -1 when @q continues @prev;
 * @before is the last quote of the paragraph before @prev's. */
static int
exchange_other (Ctx                 *ctx,
                const PlxFoundQuote *q,
                const PlxFoundQuote *prev,
                const PlxFoundQuote *before,
                gboolean             alternating)
{
  /* … also for dialogue-dash lines, which have no closing mark: "— Вы
   * согласны? — спросила судья. ¶ — Нет, — ответил он. ¶ — А вы?" */
  if (before == NULL || before->entity < 0 || before->entity == prev->entity
      || before->open == PLX_NO_TOKEN || before->end <= before->first || q->end <= q->first
      || (q->close == PLX_NO_TOKEN && tok (ctx, q->open)->kind != PLX_TOK_DASH)
      || (before->close == PLX_NO_TOKEN && tok (ctx, before->open)->kind != PLX_TOK_DASH))
    return -1;
  if (!in_para_before (ctx, before->open, prev->open)
      || !only_punct (ctx, q->close != PLX_NO_TOKEN ? q->close + 1 : q->end, para_end_of (ctx, q->open)))
    return -1;
  if (alternating)
    return before->entity;
  /* … and a line that answers back the answer to a question ("“Isn't
   * that right?” Roe asked. ¶ “Yes,” Lin said. ¶ “And you didn't
   * mention a rack.”") is the asker's too */
  return (quote_asks (ctx, q) || !quote_asks (ctx, prev)) && quote_asks (ctx, before) ? before->entity : -1;
}

/* Russian dialogue: @q, a line of dialogue that asks, after @prev, the
 * attributed answer, after @before, a question asked with a cue by no one
 * named, in the paragraph right before @prev's. */
static gboolean
ru_unnamed_asks_again (Ctx                 *ctx,
                       const PlxFoundQuote *q,
                       const PlxFoundQuote *prev,
                       const PlxFoundQuote *before)
{
  if (!plx_lexicon_is_inflected (ctx->lexicon) || before == NULL || before->entity >= 0
      || before->cue_end <= before->cue_first || before->open == PLX_NO_TOKEN || before->end <= before->first
      || q->open == PLX_NO_TOKEN || q->end <= q->first || tok (ctx, q->open)->kind != PLX_TOK_DASH
      || !quote_asks (ctx, q) || !quote_asks (ctx, before))
    return FALSE;
  return in_para_before (ctx, before->open, prev->open);
}

/* The one person a stretch of narration [@from, @to) is about: named as
 * the subject of one of its sentences, and nobody else named in it, no
 * speech, quote or colon in it; -1 when none.  Bounded by the stretch. */
static int
narration_focus (Ctx  *ctx,
                 guint from,
                 guint to)
{
  int focus = -1;
  gboolean subject = FALSE;
  int m;
  /* "Директор Степан Жуков на совещании разнес всех: ¶ «…»": a Russian
   * narration that ends on a colon leads into the quote below it */
  gboolean colon_end = to > from && plx_lexicon_is_inflected (ctx->lexicon) && is_char (ctx, to - 1, ':');

  if (to - from > 160 || to - from < 4 || !((tok (ctx, to - 1)->flags & PLX_TF_TERMINATOR) || colon_end))
    return -1;
  for (guint w = from; w < to; w++)
    if (tok (ctx, w)->flags & (PLX_TF_IN_QUOTE | PLX_TF_CUE) || tok (ctx, w)->kind == PLX_TOK_QUOTE
        || (is_char (ctx, w, ':') && !(colon_end && w == to - 1)))
      return -1;
  m = plx_people_mention_from (ctx->people, from);
  for (; m >= 0 && (guint) m < ctx->people->mentions->len; m++)
    {
      const PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

      if (mm->first >= to)
        break;
      if (mm->kind == PLX_MENTION_BYLINE || mm->entity < 0 || (focus >= 0 && mm->entity != focus))
        return -1;
      focus = mm->entity;
      if (mm->subject && mm->kind == PLX_MENTION_NAME)
        subject = TRUE;
    }
  if (focus < 0 || !subject
      || ((PlxEntity *) g_ptr_array_index (ctx->people->entities, focus))->n_byline > 0)
    return -1;
  return focus;
}

/* English: the speaker a pronoun at @i continues when the sentence before
 * it (from @sstart back) speaks for nobody itself — the one of the last
 * attributed quote of the paragraph, also when a role named them ("“…,”
 * the minister said. “…” “…,” she added."); a question someone unnamed
 * put in between is answered by the one it was put to ("“…,” the
 * minister said. “…?” a reporter asked. “…,” she replied.").  -2 when
 * that quote spoke for no one known, did not fit @gender, or a name
 * stands between it and @i. */
static int
last_quoted_speaker (Ctx  *ctx,
                     guint sstart,
                     guint i,
                     char  gender)
{
  GArray *qs = ctx->quotes;
  guint pstart = para_start_of (ctx, i);
  guint lo;

  if (plx_lexicon_is_inflected (ctx->lexicon) || qs == NULL)
    return -2;
  lo = quotes_before (qs, sstart, FALSE);
  while (lo-- > 0)
    {
      const PlxFoundQuote *q = &g_array_index (qs, PlxFoundQuote, lo);
      gboolean asks;

      if (q->first < pstart)
        break;
      if (q->scare || q->fragment || !q->attributed || q->open == PLX_NO_TOKEN)
        continue;
      asks = quote_asks (ctx, q);
      if (q->entity < 0)
        {
          if (asks)
            continue;
          break;
        }
      /* (the one who asked is not the one who answers) */
      if (!gender_fits (ctx, q->entity, gender)
          || (asks && q->cue_end > q->cue_first && has (ctx, PLX_LEX_QUESTION_VERBS, q->cue_first)))
        break;
      for (guint w = q->end; w < i; w++)
        {
          int m = plx_people_mention_at (ctx->people, w);

          if (m >= 0 && !(tok (ctx, w)->flags & PLX_TF_IN_QUOTE)
              && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME
              && g_array_index (ctx->people->mentions, PlxMention, m).entity != q->entity)
            return -2;
        }
      return q->entity;
    }
  return -2;
}

/* The first token of the name after the title words at @p ("Councillor
 * Ann Roe", "Sir Ian", "Coach Ann Roe": capitalised honorifics, roles or
 * titles of their own, one or two), else @p */
static guint
titled_name_start (Ctx  *ctx,
                   guint p,
                   guint stop)
{
  int m = plx_people_mention_from (ctx->people, p);
  guint f = m >= 0 ? g_array_index (ctx->people->mentions, PlxMention, m).first : stop;
  gboolean titled = f > p && f <= p + 2 && f + 1 < stop;

  for (guint w = p; w < f && titled; w++)
    titled = (w > p && is_char (ctx, w, '.'))
             || (is_word (ctx, w) && (tok (ctx, w)->flags & PLX_TF_CAP)
             && (plx_tokens_class (ctx->tokens, w, PLX_CLASS_HONORIFIC) || has (ctx, PLX_LEX_ROLE_NOUNS, w)
                 || has (ctx, PLX_LEX_HEAD_WORDS, w) || (tok (ctx, w)->flags & PLX_TF_ABBREV)
                 || plx_tokens_class (ctx->tokens, w, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_TITLES)));
  return titled ? f : p;
}

/* The one person who acts in the sentence [@s, @stop) — its
 * subject, at its start or after the comma that ends a fronted phrase
 * ("Asked whether …, Len shook his head", "Later, she shrugged"), a name
 * in apposition between ("The chair, Ann Roe, rose"; "Roe, 61, smiled"),
 * whatever its verb — or -1: two people acting ("Roe and Lin"), another
 * person or a pronoun of the other gender after the verb, speech, a quote
 * or a colon in it.  Bounded by the sentence. */
static int
action_subject (Ctx  *ctx,
                guint s,
                guint stop)
{
  int e = -1, a = -1;
  PlxMentionKind kind = PLX_MENTION_NAME;
  guint p = s, end, v;
  char g;

  if (stop <= s + 1 || stop - s > 48)
    return -1;
  for (guint w = s; w < stop; w++)
    if ((tok (ctx, w)->flags & PLX_TF_CUE) || is_char (ctx, w, ':') || is_char (ctx, w, ';'))
      return -1;
  /* (a title outside the name: "Dr. Ann Roe") */
  while (p < s + 3 && p + 1 < stop && plx_people_mention_at (ctx->people, p) < 0
         && ((is_word (ctx, p) && (tok (ctx, p)->flags & PLX_TF_CAP)
              && (has (ctx, PLX_LEX_ABBREVIATIONS, p) || (tok (ctx, p)->flags & PLX_TF_ABBREV)))
             || (p > s && is_char (ctx, p, '.'))))
    p++;
  if (plx_people_mention_at (ctx->people, p) < 0)
    p = s;
  /* (… or a title word of its own before it: "Councillor Ann Roe", "Sir
   * Ian", "Coach Ann Roe") */
  if (p == s)
    p = titled_name_start (ctx, s, stop);
  end = person_ref_at (ctx, p, stop, &e, &kind);
  /* "Then he laughed", "But Roe shook her head": one fronted adverb or
   * conjunction without a comma before the subject */
  if (end == p && p == s && p + 2 < stop && is_word (ctx, p) && plx_people_mention_at (ctx->people, p) < 0
      && pronoun (ctx, p) == 0
      && (has (ctx, PLX_LEX_STOPWORDS, p) || has (ctx, PLX_LEX_COORDINATORS, p) || word_ends (ctx, p, "ly"))
      && !has (ctx, PLX_LEX_SUBORDINATORS, p) && !has (ctx, PLX_LEX_RELATIVES, p) && !has (ctx, PLX_LEX_QUESTION_WORDS, p)
      && !has (ctx, PLX_LEX_PREPOSITIONS, p) && !has (ctx, PLX_LEX_DETERMINERS, p) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, p)
      && !has (ctx, PLX_LEX_NEGATIONS, p) && !has (ctx, PLX_LEX_INDEFINITES, p) && !has (ctx, PLX_LEX_CONCESSIVES, p)
      && (plx_people_mention_at (ctx->people, p + 1) >= 0 || pronoun (ctx, p + 1) != 0))
    {
      end = person_ref_at (ctx, p + 1, stop, &e, &kind);
      if (end > p + 1)
        p++;
      else
        end = p;
    }
  /* "The chair of the committee, Ann Roe, rose": a role's complement */
  if (end > p && kind == PLX_MENTION_ROLE && end < stop && has (ctx, PLX_LEX_PREPOSITIONS, end))
    while (end < stop && end < p + 10 && is_word (ctx, end) && plx_people_mention_at (ctx->people, end) < 0)
      end++;
  while (end == p)
    {
      while (p < stop && !is_char (ctx, p, ','))
        p++;
      if (++p >= stop)
        return -1;
      /* ("Outside, Dr. Ann Roe lit a cigarette") */
      p = titled_name_start (ctx, p, stop);
      end = person_ref_at (ctx, p, stop, &e, &kind);
    }
  /* a name, an age or a role in apposition: "The chair, Ann Roe, rose" */
  if (end < stop && is_char (ctx, end, ','))
    {
      guint c = end + 1;
      /* (… or a relative clause, whoever else it names: "Roe, who met
       * Lin in 2009, laughed") */
      gboolean relative = c < stop && is_word (ctx, c) && has (ctx, PLX_LEX_RELATIVES, c);

      while (c < stop && c < end + 14 && !is_char (ctx, c, ','))
        {
          int m = plx_people_mention_at (ctx->people, c);

          if (tok (ctx, c)->flags & PLX_TF_IN_QUOTE)
            return -1;
          if (m >= 0 && !relative)
            {
              a = g_array_index (ctx->people->mentions, PlxMention, m).entity;
              if (a < 0 || (e >= 0 && a != e))
                return -1;
            }
          c++;
        }
      if (c >= stop || !is_char (ctx, c, ','))
        return -1;
      if (e < 0)
        e = a;
      end = c + 1;
    }
  v = end;
  if (e < 0 || v >= stop || name_possessive (ctx, end - 1) || !is_word (ctx, v) || (tok (ctx, v)->flags & PLX_TF_CAP) || pronoun (ctx, v) != 0
      || has (ctx, PLX_LEX_PREPOSITIONS, v) || has (ctx, PLX_LEX_COORDINATORS, v) || has (ctx, PLX_LEX_RELATIVES, v)
      || has (ctx, PLX_LEX_COMPLEMENTIZERS, v) || has (ctx, PLX_LEX_QUESTION_WORDS, v)
      || has (ctx, PLX_LEX_DETERMINERS, v)
      || ((PlxEntity *) g_ptr_array_index (ctx->people->entities, e))->n_byline > 0)
    return -1;
  g = ((PlxEntity *) g_ptr_array_index (ctx->people->entities, e))->gender;
  for (guint w = v + 1; w < stop; w++)
    {
      int m = plx_people_mention_at (ctx->people, w);
      char pg = pronoun (ctx, w);

      if ((m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).entity != e)
          || (pg != 0 && g != 0 && pg != g) || speech_lemma (ctx, w) != NULL)
        return -1;
    }
  return e;
}

/* action_subject() of the sentence that ends at @stop (its full stop),
 * when the sentence starts at @from or after it; -1 otherwise. @start
 * receives where the sentence starts. */
static int
sentence_actor (Ctx   *ctx,
                guint  stop,
                guint  from,
                guint *start)
{
  *start = plx_tokens_sentence_start (ctx->tokens, stop, stop + 1 > 60 ? stop + 1 - 60 : 0);
  return *start >= from ? action_subject (ctx, *start, stop) : -1;
}

/* "Ines Vaz, who ran the stall for years, walked the empty aisle. ¶
 * “…”", "Among them was Ana Ruiz, a nurse. She shook her head. ¶ “…”":
 * a quote that fills its paragraph, with no attribution of its own, after
 * a paragraph of narration about one person only is that person's —
 * whatever the narration's verbs. */
static int
focus_of_narration (Ctx                 *ctx,
                    const PlxFoundQuote *q,
                    guint                pstart)
{
  guint after;

  if (q->end <= q->first)
    return -1;
  if (q->close != PLX_NO_TOKEN)
    after = q->close + 1;
  else if (tok (ctx, q->open)->kind == PLX_TOK_DASH)
    after = q->end;
  else
    return -1;
  if (!only_punct (ctx, after, para_end_of (ctx, q->open)))
    return -1;
  /* (not after a question asked in it, "X asked whether she …": the
   * answer is the one asked's, settled with reported speech — English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && pstart - para_start_of (ctx, pstart - 1) <= 160)
    for (guint w = para_start_of (ctx, pstart - 1); w + 1 < pstart; w++)
      if ((has (ctx, PLX_LEX_QUESTION_VERBS, w) || g_strcmp0 (speech_lemma (ctx, w), "ask") == 0)
          && (has (ctx, PLX_LEX_COMPLEMENTIZERS, w + 1) || has (ctx, PLX_LEX_QUESTION_WORDS, w + 1)))
        return -1;
  /* "Chief reporter Ann Roe: ¶ “…”": a paragraph that is a name, its
   * titles before it, and a colon labels the quote after it (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && pstart > 2 && is_char (ctx, pstart - 1, ':'))
    {
      guint pp = para_start_of (ctx, pstart - 1);
      int m = plx_people_mention_from (ctx->people, pp);
      const PlxMention *mm = m >= 0 ? &g_array_index (ctx->people->mentions, PlxMention, m) : NULL;
      gboolean label = mm != NULL && mm->end == pstart - 1 && mm->kind == PLX_MENTION_NAME && mm->entity >= 0
                       && mm->first <= pp + 6;

      for (guint w = pp; label && w < mm->first; w++)
        label = is_word (ctx, w) && speech_lemma (ctx, w) == NULL && pronoun (ctx, w) == 0
                && ((tok (ctx, w)->flags & PLX_TF_CAP) || !verb_like (ctx, w));
      if (label)
        return mm->entity;
    }
  int e = narration_focus (ctx, para_start_of (ctx, pstart - 1), pstart);

  /* "I ask about the plant. She puts down her fork. ¶ “…”": else the one
   * person acting in the paragraph's last sentence (English) */
  if (e < 0 && !plx_lexicon_is_inflected (ctx->lexicon) && pstart > 2
      && (is_char (ctx, pstart - 1, '.') || is_char (ctx, pstart - 1, '!')))
    {
      guint s;

      e = sentence_actor (ctx, pstart - 1, para_start_of (ctx, pstart - 1), &s);
      /* (a pronoun only of someone known to be of its gender) */
      for (guint w = s; e >= 0 && w < s + 2 && w + 1 < pstart; w++)
        {
          char g = pronoun (ctx, w);

          if (g != 0 && !possessive_pronoun (ctx, w))
            {
              if (g != ((PlxEntity *) g_ptr_array_index (ctx->people->entities, e))->gender)
                e = -1;
              break;
            }
        }
    }
  return e;
}

/* "Зоя Лыкова живет одна. ¶ И, помолчав, добавляет:": a Russian verb of
 * speech with no subject at all — before it only lower-case words that
 * name nobody (a conjunction, an adverb, a gerund) — speaks for the one
 * person the narration right before it is about (in its paragraph, or
 * the paragraph before when it opens its own), or for @prev's speaker
 * when that quote is there ("— …, — говорит Лыкова. ¶ И, помолчав,
 * добавляет:"), if the verb's gender does not contradict. */
static int
zero_subject_focus (Ctx                 *ctx,
                    guint                s,
                    guint                c,
                    const PlxFoundQuote *prev)
{
  guint ps = para_start_of (ctx, s);
  int e;
  char g;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || c > s + 6 || verb_plural (ctx, c) || verb_impersonal (ctx, c))
    return -1;
  for (guint w = s; w < c; w++)
    if (!(is_char (ctx, w, ',') || (is_word (ctx, w) && (w == s || !(tok (ctx, w)->flags & PLX_TF_CAP))
                                     && pronoun (ctx, w) == 0 && plx_people_mention_at (ctx->people, w) < 0
                                     && plx_people_role_at (ctx->people, w, c, &e) <= w)))
      return -1;
  if (s > ps)
    e = narration_focus (ctx, ps, s);
  else if (ps > 0)
    e = narration_focus (ctx, para_start_of (ctx, ps - 1), ps);
  else
    return -1;
  if (e < 0 && prev != NULL && prev->entity >= 0 && prev->open != PLX_NO_TOKEN && prev->open < s
      && (para_start_of (ctx, prev->open) == ps || (s == ps && in_para_before (ctx, prev->open, ps)))
      && !mention_between (ctx, prev->attr_end > prev->end ? prev->attr_end : prev->end, s))
    e = prev->entity;
  g = verb_gender (ctx, c);
  if (e >= 0 && g != 0 && g != ((PlxEntity *) g_ptr_array_index (ctx->people->entities, e))->gender
      && ((PlxEntity *) g_ptr_array_index (ctx->people->entities, e))->gender != 0)
    return -1;
  return e;
}

/* “A,” X said. “B.” — B continues A; a quote-only paragraph continues the
 * speech of the paragraph before it. */
static void
inherit_speakers (Ctx *ctx)
{
  PlxFoundQuote *prev = NULL;
  PlxFoundQuote *before = NULL;   /* the last quote of the paragraph before prev's */
  gboolean prev_alternates = FALSE;

  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      guint pstart;
      gboolean alternates = FALSE;

      if (q->scare || q->fragment)
        continue;
      pstart = para_start_of (ctx, q->open);
      /* … also an answer whose attribution names nobody known ("—
       * Понятен, — ответил бывший директор.") after a question addressed to
       * someone by name ("— Подсудимый Рябинин, вам понятен приговор?") */
      gboolean unnamed_answer = q->attributed && q->entity < 0 && q->cue_end > 0
                                && plx_lexicon_is_inflected (ctx->lexicon);

      if ((!q->attributed || unnamed_answer) && (q->close == PLX_NO_TOKEN || unnamed_answer) && q->open == pstart
          && tok (ctx, q->open)->kind == PLX_TOK_DASH
          && prev != NULL && prev->attributed && prev->end > prev->first && is_char (ctx, prev->end - 1, '?')
          && in_para_before (ctx, prev->first, pstart))
        {
          /* "— …? — спросил журналист. ¶ — Ответ.": the answer is not the
           * asker's; it goes to the one who spoke in the paragraph before
           * the question, or to the one the question addresses
           * ("— Андрей Валерьевич, вы закончили?") */
          int m = plx_people_mention_from (ctx->people, prev->first);
          const PlxMention *pm = m >= 0 ? &g_array_index (ctx->people->mentions, PlxMention, m) : NULL;
          guint pm_end = pm != NULL ? pm->end : 0;

          /* "Рябинин Олег Петрович": the surname first, then the
           * given name and the patronymic */
          while (pm != NULL && pm_end < prev->end && pm_end < pm->end + 2 && is_word (ctx, pm_end)
                 && (tok (ctx, pm_end)->flags & PLX_TF_CAP))
            pm_end++;
          int addressee = pm != NULL ? pm->entity : -1;

          /* … where the given name tells two of one surname apart */
          if (addressee >= 0 && pm_end > pm->end)
            {
              PlxEntity *pe = g_ptr_array_index (ctx->people->entities, addressee);
              char gk[128];

              if (pe->surname_key != NULL
                  && plx_lexicon_key (ctx->lexicon, plx_token_str (ctx->tokens, pm->end), tok (ctx, pm->end)->len,
                                      gk, sizeof gk)
                  && (pe->given_key == NULL || !g_str_equal (pe->given_key, gk)))
                for (guint e = 0; e < ctx->people->entities->len; e++)
                  {
                    PlxEntity *oe = g_ptr_array_index (ctx->people->entities, e);

                    if (oe->surname_key != NULL && oe->given_key != NULL && g_str_equal (oe->surname_key, pe->surname_key)
                        && g_str_equal (oe->given_key, gk))
                      {
                        addressee = (int) e;
                        break;
                      }
                  }
            }

          /* the one addressed first: the answer to "— Подсудимый Рябинин,
           * вам понятен?" or "— Подсудимый Рябинин?" is Рябинин's even when
           * someone else spoke before the question */
          if (pm != NULL && pm->first <= prev->first + 1 && addressee >= 0 && addressee != prev->entity
              && pm_end < prev->end
              && (is_char (ctx, pm_end, ',') || (pm_end + 1 == prev->end && is_char (ctx, pm_end, '?'))))
            q->entity = addressee;
          else if (unnamed_answer)
            ;
          else if (before != NULL && before->entity >= 0 && before->entity != prev->entity
                   && in_para_before (ctx, before->first, prev->first))
            q->entity = before->entity;
          else
            q->entity = -1;
          q->attributed = TRUE;
        }
      if (!q->attributed && prev != NULL && prev->attributed)
        {
          guint prev_pstart = para_start_of (ctx, prev->open);

          if (prev_pstart == pstart)
            {
              guint gap = q->open;
              guint attr_end = prev->attr_end;

              /* "asked Sen. Dale Roe (R-Wyo.). “…”": the end of a party tag
               * in brackets is punctuation too */
              while (attr_end < gap && gap - attr_end > 1 && gap - prev->attr_end <= 4
                     && (is_char (ctx, attr_end, '.') || is_char (ctx, attr_end, ')')))
                attr_end++;
              /* only the attribution clause (and its punctuation) between */
              if (attr_end <= gap && gap - attr_end <= 1
                  && prev->close != PLX_NO_TOKEN && prev->attr_end > prev->close + 1)
                {
                  q->entity = prev->entity;
                  q->kind = PLX_QUOTE_SPLIT;
                  prev->kind = PLX_QUOTE_SPLIT;
                  q->cue_first = prev->cue_first;
                  q->cue_end = prev->cue_end;
                  q->attributed = TRUE;
                }
              else if (prev->entity >= 0 && prev->close != PLX_NO_TOKEN
                       && !mention_between (ctx, prev->close, q->open))
                {
                  q->entity = prev->entity;
                  q->attributed = TRUE;
                }
            }
          else if (q->open == pstart && prev->entity >= 0 && prev->close != PLX_NO_TOKEN)
            {
              /* the previous paragraph must end with that quote's
               * attribution, nothing after it */
              guint prev_pend = para_end_of (ctx, prev->open);
              guint after = prev->attr_end;

              while (after < prev_pend && (tok (ctx, after)->kind == PLX_TOK_PUNCT
                                           || tok (ctx, after)->kind == PLX_TOK_QUOTE))
                after++;
              if (after >= prev_pend && para_start_of (ctx, prev_pend < ctx->n ? prev_pend : ctx->n - 1) == pstart)
                {
                  int other = exchange_other (ctx, q, prev, before, prev_alternates);

                  q->entity = other >= 0 ? other : prev->entity;
                  /* "— …? — спросила корреспондент ТАСС. ¶ — …, — ответил
                   * мэр. ¶ — А тарифы?": the next question of an exchange
                   * whose asker is unnamed is put by no one named either */
                  if (other < 0 && ru_unnamed_asks_again (ctx, q, prev, before))
                    q->entity = -1;
                  q->attributed = TRUE;
                  alternates = other >= 0;
                }
            }
        }
      if (!q->attributed && q->open == pstart && pstart > 0 && is_char (ctx, pstart - 1, ':'))
        {
          /* "X said:" ending the previous paragraph */
          Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
          guint last = pstart - 1;
          guint s = plx_tokens_sentence_start (ctx->tokens, last, last > 40 ? last - 40 : 0);

          gboolean cued = FALSE;

          for (guint c = last; c-- > s;)
            if (speech_lemma (ctx, c) != NULL)
              {
                a.cue = c;
                if (!find_subject (ctx, s, c, &a))
                  find_object (ctx, c + 1, last, &a);
                q->kind = PLX_QUOTE_COLON;
                if (a.entity < 0 && a.ref_kind == PLX_MENTION_NAME && a.ref_end == 0 && c + 1 == last)
                  a.entity = zero_subject_focus (ctx, s, c, prev);
                apply (ctx, q, &a);
                cued = TRUE;
                break;
              }
          /* "Министр на брифинге был резок: ¶ «…»": in Russian a short
           * sentence led by a name, with no verb of speech and no comma,
           * introduces the quote of the next paragraph */
          if (!cued && plx_lexicon_is_inflected (ctx->lexicon) && last > s + 1 && last - s <= 10
              && q->close != PLX_NO_TOKEN && s >= para_start_of (ctx, last))
            {
              int m = plx_people_mention_from (ctx->people, s);
              const PlxMention *mm = m >= 0 ? &g_array_index (ctx->people->mentions, PlxMention, m) : NULL;
              gboolean plain = mm != NULL && mm->first == s && mm->kind == PLX_MENTION_NAME && mm->entity >= 0
                               && mm->end < last;

              for (guint w = plain ? mm->end : last; w < last && plain; w++)
                if (!is_word (ctx, w) || (tok (ctx, w)->flags & PLX_TF_IN_QUOTE)
                    || plx_people_mention_at (ctx->people, w) >= 0 || pronoun (ctx, w) != 0)
                  plain = FALSE;
              if (plain)
                {
                  q->entity = mm->entity;
                  q->kind = PLX_QUOTE_COLON;
                  q->attributed = TRUE;
                }
            }
        }
      if (!q->attributed && q->open > pstart + 2 && q->close != PLX_NO_TOKEN
          && (tok (ctx, q->open - 1)->flags & PLX_TF_TERMINATOR)
          && is_word (ctx, q->open - 2) && !(tok (ctx, q->open - 2)->flags & (PLX_TF_CAP | PLX_TF_IN_QUOTE)))
        {
          /* "…, the Czech laughed. “…”": a quote closing the paragraph
           * right after a sentence that ends on its subject's verb */
          guint pend = para_end_of (ctx, q->open);
          guint after = q->close + 1;
          guint v = q->open - 2;
          guint s = plx_tokens_sentence_start (ctx->tokens, v, v > 60 ? v - 60 : 0);
          Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };

          while (after < pend && tok (ctx, after)->kind == PLX_TOK_PUNCT)
            after++;
          if (after >= pend && s >= pstart && v > s && find_subject_within (ctx, s, v, 4, &a)
              && a.entity >= 0 && a.ref_end == v && a.ref_kind != PLX_MENTION_PRONOUN)
            {
              q->entity = a.entity;
              q->attributed = TRUE;
            }
        }
      if (!q->attributed && !plx_lexicon_is_inflected (ctx->lexicon) && q->open > pstart + 3
          && q->close != PLX_NO_TOKEN && is_char (ctx, q->open - 1, '.')
          && is_word (ctx, q->open - 2) && !(tok (ctx, q->open - 2)->flags & (PLX_TF_CAP | PLX_TF_IN_QUOTE)))
        {
          /* "Hale was more direct. “…”": a short sentence that only
           * says how its subject spoke introduces the quote after it */
          guint s = plx_tokens_sentence_start (ctx->tokens, q->open - 2, q->open > 40 ? q->open - 40 : 0);
          guint cop = s;
          Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };

          while (cop < q->open - 2 && cop < s + 6 && !has (ctx, PLX_LEX_PASSIVE_AUX, cop))
            cop++;
          if (s >= pstart && cop > s && cop + 4 >= q->open - 1 && has (ctx, PLX_LEX_PASSIVE_AUX, cop)
              && find_subject_within (ctx, s, cop, 6, &a) && a.entity >= 0 && a.ref_first == s && a.ref_end == cop)
            {
              gboolean plain = TRUE;

              for (guint w = cop + 1; w < q->open - 1 && plain; w++)
                if (!is_word (ctx, w) || speech_lemma (ctx, w) != NULL || has (ctx, PLX_LEX_PREPOSITIONS, w)
                    || (tok (ctx, w)->flags & PLX_TF_CAP))
                  plain = FALSE;
              if (plain)
                {
                  q->entity = a.entity;
                  q->attributed = TRUE;
                }
            }
        }
      if (!q->attributed && !plx_lexicon_is_inflected (ctx->lexicon) && prev != NULL && prev->attributed
          && prev->entity < 0 && prev->close != PLX_NO_TOKEN && prev->end > prev->first
          && is_char (ctx, prev->end - 1, '?') && q->open == pstart && q->close != PLX_NO_TOKEN
          && in_para_before (ctx, prev->open, pstart) && k >= 2)
        {
          /* "“…,” Roe said. ¶ “…?” a reporter asked. ¶ “…”": the answer
           * to an unnamed asker's question, alone in its paragraph, is
           * the one who spoke just before the question (in its paragraph
           * or the one before), when nobody else is named between */
          const PlxFoundQuote *r = NULL;
          guint qp = para_start_of (ctx, prev->open);

          for (guint j = k - 1; j-- > 0 && k - j <= 4;)
            {
              const PlxFoundQuote *c = &g_array_index (ctx->quotes, PlxFoundQuote, j);

              if (c->scare || c->fragment)
                continue;
              r = c;
              break;
            }
          if (r != NULL && r->attributed && r->entity >= 0 && r->open != PLX_NO_TOKEN
              && (para_start_of (ctx, r->open) == qp
                  || in_para_before (ctx, r->open, qp))
              && !mention_between (ctx, r->attr_end > r->close ? r->attr_end : r->end, prev->open)
              && !mention_between (ctx, prev->close, q->open))
            {
              q->entity = r->entity;
              q->attributed = TRUE;
            }
        }
      /* (… or the whole paragraph before a quote that opens its own:
       * "Lytvyn was candid. ¶ “…”") */
      guint stop = q->open > pstart + 2 ? q->open - 1 : pstart > 2 && q->open == pstart ? pstart - 1 : 0;

      if (!q->attributed && !plx_lexicon_is_inflected (ctx->lexicon) && stop > 0
          && q->close != PLX_NO_TOKEN && (is_char (ctx, stop, '.') || is_char (ctx, stop, '!'))
          && (q->open > pstart
              || plx_tokens_sentence_start (ctx->tokens, stop, stop > 40 ? stop - 40 : 0) == para_start_of (ctx, stop)))
        {
          /* "Lytvyn did not mince words. “…”", "She turned to the hall.
           * “…”", "The commissioner had a simple explanation. “…”": a
           * short sentence opened by a person — no other person, no
           * quote, no speech with a clause of its own in it — introduces
           * the quote that follows it and closes the paragraph, whatever
           * its verb */
          guint s = plx_tokens_sentence_start (ctx->tokens, stop, stop > 40 ? stop - 40 : 0);
          int e = -1;
          PlxMentionKind kind = PLX_MENTION_NAME;
          guint end = (s >= pstart || q->open == pstart) && stop > s ? person_ref_at (ctx, s, stop, &e, &kind) : s;
          gboolean plain = end > s && e >= 0 && end < stop && end + 11 >= stop && is_word (ctx, end)
                           && !(tok (ctx, end)->flags & PLX_TF_CAP) && verb_like (ctx, end)
                           && !has (ctx, PLX_LEX_PREPOSITIONS, end) && !has (ctx, PLX_LEX_COORDINATORS, end);

          for (guint w = end; plain && w < stop; w++)
            plain = (is_word (ctx, w) || is_char (ctx, w, ',') || tok (ctx, w)->kind == PLX_TOK_NUMBER)
                    && !(tok (ctx, w)->flags & (PLX_TF_IN_QUOTE | PLX_TF_CUE)) && plx_people_mention_at (ctx->people, w) < 0
                    && pronoun (ctx, w) == 0 && !has (ctx, PLX_LEX_COMPLEMENTIZERS, w)
                    && !has (ctx, PLX_LEX_QUESTION_WORDS, w) && !has (ctx, PLX_LEX_RELATIVES, w);
          if (plain && only_punct (ctx, q->close + 1, para_end_of (ctx, q->open)))
            {
              q->entity = e;
              q->attributed = TRUE;
            }
        }
      if (!q->attributed && q->open > pstart + 2 && q->close != PLX_NO_TOKEN
          && (is_char (ctx, q->open - 1, '.') || is_char (ctx, q->open - 1, '!')))
        {
          /* "Okafor shook her head. “Not this year.”": a quote after a
           * sentence of its paragraph whose subject, one person, does
           * something is that person's (README, stop 14) */
          guint s;
          int e = sentence_actor (ctx, q->open - 1, pstart, &s);

          if (e >= 0)
            {
              q->entity = e;
              q->attributed = TRUE;
            }
        }
      if (!q->attributed && q->open == pstart && pstart > 0)
        {
          int e = focus_of_narration (ctx, q, pstart);

          if (e >= 0)
            {
              q->entity = e;
              q->attributed = TRUE;
            }
        }
      if (prev != NULL && para_start_of (ctx, prev->open) != pstart)
        before = prev;
      prev_alternates = alternates;
      prev = q;
    }
}

/* ---- reported speech --------------------------------------------------- */

static gboolean
overlaps_quote (Ctx   *ctx,
                guint  first,
                guint  end,
                guint *cursor)
{
  GArray *qs = ctx->quotes;

  while (*cursor < qs->len)
    {
      PlxFoundQuote *q = &g_array_index (qs, PlxFoundQuote, *cursor);
      guint qend = q->close != PLX_NO_TOKEN ? q->close + 1 : q->end;

      if (qend <= first && q->open != PLX_NO_TOKEN)
        {
          (*cursor)++;
          continue;
        }
      break;
    }
  for (guint c = *cursor; c < qs->len; c++)
    {
      PlxFoundQuote *q = &g_array_index (qs, PlxFoundQuote, c);
      guint qstart = q->open != PLX_NO_TOKEN ? q->open : q->first;

      if (qstart >= end)
        break;
      if (!q->scare && !q->fragment)
        return TRUE;
    }
  return FALSE;
}

/* English: a modal verb outside quotation marks among the words from
 * @from to @to ("would", "could", "will" …) */
static gboolean
modal_before (Ctx  *ctx,
              guint from,
              guint to)
{
  for (guint k = from; k < to; k++)
    if (is_word (ctx, k) && !(tok (ctx, k)->flags & PLX_TF_IN_QUOTE)
        && modal_verb (ctx, k))
      return TRUE;
  return FALSE;
}

/* English: "that" behind a word with a verb and no subject after it
 * ("earnings that missed the estimates", "a meeting that lasted an
 * hour", "measures that would raise costs") is a relative pronoun, no
 * conjunction; a past form is that verb only before a word that can
 * follow a verb or, when the verb of speech has no object, with no
 * other verb after it ("said that limited services would …", "told
 * staff that armed men …" name the subject) */
static gboolean
relative_that (Ctx      *ctx,
               guint     k,
               guint     end,
               gboolean  object)
{
  PlxToken *n;

  if (plx_lexicon_is_inflected (ctx->lexicon) || k == 0 || k + 1 >= end || !is_word (ctx, k - 1)
      || !plx_tokens_word_is (ctx->tokens, k, "that") || !is_word (ctx, k + 1)
      || (tok (ctx, k + 1)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS)))
    return FALSE;
  if (finite_word (ctx, k + 1))
    return TRUE;
  if (!past_form (ctx, k + 1) || k + 2 >= end)
    return FALSE;
  n = tok (ctx, k + 2);
  return n->kind == PLX_TOK_NUMBER
         || (is_word (ctx, k + 2)
             && ((n->flags & PLX_TF_CAP) || has (ctx, PLX_LEX_DETERMINERS, k + 2)
                 || has (ctx, PLX_LEX_PREPOSITIONS, k + 2) || pronoun (ctx, k + 2) != 0))
         /* (… or no other verb follows in the sentence: "a meeting that
          * lasted six hours") */
         || (!object && !looks_finite (ctx, k + 2, plx_tokens_sentence_end (ctx->tokens, k + 2, end)));
}

/* Whether the coordinated predicate whose verb is @w reports a clause of
 * its own ("… and added that …", "…, и подчеркнул, что …", "… but said
 * the board would …") rather than an act with an object ("… and urged
 * both sides to …", "… but accused the rebels of …", "…, и призвал
 * стороны …"), which goes on with the clause reported before it. */
static gboolean
coordinated_own_clause (Ctx  *ctx,
                        guint w,
                        guint e)
{
  if (w + 1 >= e)
    return FALSE;
  if (has (ctx, PLX_LEX_COMPLEMENTIZERS, w + 1) || has (ctx, PLX_LEX_QUESTION_WORDS, w + 1)
      || (is_char (ctx, w + 1, ',') && w + 2 < e && has (ctx, PLX_LEX_COMPLEMENTIZERS, w + 2)))
    return TRUE;
  /* "и выразил уверенность, что …": a noun of the statement, then its
   * clause */
  if (plx_lexicon_is_inflected (ctx->lexicon))
    {
      for (guint k = w + 2; k + 1 < e && k <= w + 5; k++)
        if (is_char (ctx, k, ',') && has (ctx, PLX_LEX_COMPLEMENTIZERS, k + 1))
          return TRUE;
        else if (!is_word (ctx, k))
          break;
      return FALSE;
    }
  /* past an object to the clause's own verb, not to an infinitive or a
   * preposition of the act */
  gboolean prep = FALSE;

  for (guint k = w + 1; k < e && k <= w + 8; k++)
    {
      if (!is_word (ctx, k) || has (ctx, PLX_LEX_INFINITIVE, k) || (k > w + 1 && relative_that (ctx, k, e, FALSE)))
        return FALSE;
      if (has (ctx, PLX_LEX_COMPLEMENTIZERS, k))
        return TRUE;
      /* ("urged anyone who believed they had lost money to come
       * forward": the verbs of a relative clause on the object are no
       * clause reported — only a "that" further on opens one) */
      if (k > w + 1 && has (ctx, PLX_LEX_RELATIVES, k))
        {
          for (guint j = k + 2; j < e && j <= k + 10 && is_word (ctx, j); j++)
            if (has (ctx, PLX_LEX_INFINITIVE, j))
              return FALSE;
            else if (has (ctx, PLX_LEX_COMPLEMENTIZERS, j) && !relative_that (ctx, j, e, FALSE))
              return TRUE;
          return FALSE;
        }
      /* (a participle after a preposition is no verb of a clause:
       * "accused them of moving into abandoned villages") */
      prep = prep || has (ctx, PLX_LEX_PREPOSITIONS, k);
      if (k > w + 1 && !has (ctx, PLX_LEX_DETERMINERS, k - 1)
          && (auxiliary (ctx, k) || has (ctx, PLX_LEX_PASSIVE_AUX, k) || has (ctx, PLX_LEX_FINITE_VERBS, k)
              || (!prep && word_ends (ctx, k, "ed"))))
        return TRUE;
    }
  return FALSE;
}

/* "… and called the plan “a farce”": a naming verb with its quoted
 * object a few words on names something of its own */
static gboolean
names_quote (Ctx  *ctx,
             guint w,
             guint e)
{
  if (!has (ctx, PLX_LEX_NAMING_VERBS, w))
    return FALSE;
  for (guint o = w + 1; o < e && o <= w + 8 && !is_char (ctx, o, ','); o++)
    if (is_quote (ctx, o) && (tok (ctx, o)->flags & PLX_TF_CAN_OPEN))
      return TRUE;
    /* ("called on the board to “…”", "accused them of “…”": an act
     * with a preposition, English) */
    else if (!plx_lexicon_is_inflected (ctx->lexicon) && has (ctx, PLX_LEX_PREPOSITIONS, o))
      return FALSE;
  return FALSE;
}

static guint
clause_end (Ctx  *ctx,
            guint from)
{
  guint pend = para_end_of (ctx, from);
  guint e = plx_tokens_sentence_end (ctx->tokens, from, pend);

  /* "…, но тогда она отказалась: «…»": a quote introduced by a colon is
   * speech of its own, not part of the clause */
  for (guint c = from; c + 1 < e; c++)
    if (is_char (ctx, c, ':') && is_quote (ctx, c + 1) && (tok (ctx, c + 1)->flags & PLX_TF_CAN_OPEN))
      {
        e = c;
        break;
      }
  /* "Network Rail says trains will not run; Met Office warns …": a
   * semicolon outside quotation marks closes the clause (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint c = from + 1; c < e; c++)
      if (is_char (ctx, c, ';') && !(tok (ctx, c)->flags & PLX_TF_IN_QUOTE))
        {
          e = c;
          break;
        }
  /* "заявил, что не намерен скрываться, и попросил суд …": a second
   * predicate of the speaker (a past tense of the reporting verb's gender
   * and number after ", и") ends the clause reported */
  if (plx_lexicon_is_inflected (ctx->lexicon) && from >= 3)
    {
      guint v = PLX_NO_TOKEN;

      for (guint b = from - 1; b + 4 >= from && b > 0; b--)
        if (speech_lemma (ctx, b) != NULL)
          {
            v = b;
            break;
          }
      /* ("считает, что …, но винить себя не стал": after a verb in the
       * present only a refusal, of any gender) */
      gboolean present = v != PLX_NO_TOKEN && verb_gender (ctx, v) == 0 && !verb_plural (ctx, v);

      if (v != PLX_NO_TOKEN && (verb_gender (ctx, v) != 0 || verb_plural (ctx, v) || present))
        for (guint c = from + 1; c + 2 < e; c++)
          if (is_char (ctx, c, ',') && is_word (ctx, c + 1) && has (ctx, PLX_LEX_COORDINATORS, c + 1))
            {
              /* … unless it is an act with an object ("…, и призвал
               * стороны …", "и пообещал новое предложение"): that goes
               * on to the end; one with its own "что" starts a quote of
               * its own, a refusal ("но от комментариев отказался",
               * "но вины не признал") ends the clause */
              guint w;

              guint last = c + 7;

              for (w = c + 2; w < e && w <= last && is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_CAP); w++)
                if (present ? past_gender (ctx, w) != 0
                    : verb_gender (ctx, v) != 0 ? past_gender (ctx, w) == verb_gender (ctx, v)
                    : verb_plural (ctx, w) && word_ends (ctx, w, "ли"))
                  break;
              if (w >= e || w > last || !is_word (ctx, w) || (tok (ctx, w)->flags & PLX_TF_CAP))
                continue;
              gboolean relative = FALSE;

              /* (not inside a relative clause: "просит откликнуться тех,
               * кто …, но не обратился") */
              for (guint r = c > from + 8 ? c - 8 : from; r < c && !relative; r++)
                relative = has (ctx, PLX_LEX_RELATIVES, r)
                           || (r > 0 && is_char (ctx, r - 1, ',') && has (ctx, PLX_LEX_QUESTION_WORDS, r));
              if (present ? w > c + 2 && !relative && has (ctx, PLX_LEX_NEGATIONS, w - 1)
                  : w == c + 2 ? coordinated_own_clause (ctx, w, e) || names_quote (ctx, w, e)
                  : !relative && (has (ctx, PLX_LEX_NEGATIONS, w - 1)
                                  || (has (ctx, PLX_LEX_PREPOSITIONS, c + 2) && verb_gender (ctx, v) != 0)))
                {
                  e = c;
                  break;
                }
            }
    }
  /* "was asked if there had been a cover-up but declined to comment": a
   * second predicate of the one asked — a coordinator right before a verb
   * of speech or a past form with its infinitive — ends the question
   * reported (English; after "that" the same shape mostly goes on with
   * the clause: "said she backed it but wanted to see the text") */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && from > 0 && is_word (ctx, from - 1)
      && (plx_tokens_word_is (ctx->tokens, from - 1, "if")
          || plx_tokens_word_is (ctx->tokens, from - 1, "whether")))
    for (guint c = from + 2; c + 2 < e; c++)
      if (is_word (ctx, c) && has (ctx, PLX_LEX_COORDINATORS, c) && is_word (ctx, c + 1)
          && !(tok (ctx, c + 1)->flags & PLX_TF_CAP)
          && ((speech_lemma (ctx, c + 1) != NULL && !word_ends (ctx, c + 1, "ing") && !word_ends (ctx, c + 1, "s"))
              || (past_form (ctx, c + 1) && is_word (ctx, c + 2) && has (ctx, PLX_LEX_INFINITIVE, c + 2))))
        {
          e = is_char (ctx, c - 1, ',') ? c - 1 : c;
          break;
        }
  /* leave out the final terminator */
  while (e > from && (tok (ctx, e - 1)->flags & PLX_TF_TERMINATOR))
    e--;
  return e;
}

/* The end of the clause from @first (clause_end()) when it has no verb
 * of speech and no quotation mark in it, else PLX_NO_TOKEN: a clause
 * that goes on with what was said rather than saying something new */
static guint
plain_clause_end (Ctx   *ctx,
                  guint  first)
{
  guint e = clause_end (ctx, first);

  for (guint k = first; k < e; k++)
    if (speech_lemma (ctx, k) != NULL || tok (ctx, k)->kind == PLX_TOK_QUOTE)
      return PLX_NO_TOKEN;
  return e;
}

static int
compare_reported (gconstpointer a,
                  gconstpointer b)
{
  const PlxFoundQuote *x = a, *y = b;
  guint xs = x->open != PLX_NO_TOKEN ? x->open : x->first;
  guint ys = y->open != PLX_NO_TOKEN ? y->open : y->first;

  return (xs > ys) - (xs < ys);
}

static void
add_reported (Ctx    *ctx,
              GArray *out,
              guint   first,
              guint   end,
              guint   cue_first,
              guint   cue_end,
              Attribution *a)
{
  PlxFoundQuote q = { 0 };
  gboolean found = a->entity >= 0;

  if (cue_end > cue_first)
    {
      guint saved = a->cue;

      a->cue = cue_end - 1;
      check_gender (ctx, a);
      a->cue = saved;
    }
  while (first < end && (tok (ctx, first)->kind == PLX_TOK_PUNCT || tok (ctx, first)->kind == PLX_TOK_DASH))
    first++;
  while (end > first && (tok (ctx, end - 1)->kind == PLX_TOK_PUNCT || tok (ctx, end - 1)->kind == PLX_TOK_DASH))
    end--;
  if (end <= first)
    return;
  /* "…, который проводится …", ", which …": a relative clause is no
   * speech ("asked which …" right after its verb is a question) */
  if (is_word (ctx, first) && has (ctx, PLX_LEX_RELATIVES, first) && (cue_end == 0 || first > cue_end + 1))
    return;
  /* a clause already reported is not reported again by a later cue
   * ("Asked whether …, she shrugs") */
  if (out->len > 0 && g_array_index (out, PlxFoundQuote, out->len - 1).end > first)
    return;
  q.first = first;
  q.end = end;
  q.open = PLX_NO_TOKEN;
  q.close = PLX_NO_TOKEN;
  q.kind = PLX_QUOTE_REPORTED;
  q.entity = a->entity;
  q.why_none = why_no_speaker (a, found);
  q.cue_first = cue_first;
  q.cue_end = cue_end;
  q.attr_end = end;
  q.attributed = TRUE;
  if (a->ref_end > 0 && a->ref_kind != PLX_MENTION_NAME && a->entity >= 0)
    plx_people_add_mention (ctx->people, a->ref_first, a->ref_end, a->entity, a->ref_kind);
  g_array_append_val (out, q);
}

/* The end of "on Tuesday", "in a statement", "in an interview on Monday"
 * starting at the preposition @p; @p when it is none of those. */
static guint
circumstance_end (Ctx  *ctx,
                  guint p,
                  guint pend)
{
  guint k = p;

  for (guint round = 0; round < 2 && k < pend && has (ctx, PLX_LEX_PREPOSITIONS, k)
       && !has (ctx, PLX_LEX_INFINITIVE, k); round++)
    {
      guint w = k + 1;

      while (w < pend && w < k + 3 && (has (ctx, PLX_LEX_DETERMINERS, w) || has (ctx, PLX_LEX_INDEFINITES, w)))
        w++;
      if (w < pend && (has (ctx, PLX_LEX_CIRCUMSTANCES, w) || has (ctx, PLX_LEX_WEEKDAYS, w)
                       || has (ctx, PLX_LEX_MONTHS, w)))
        k = w + 1;
      else
        break;
    }
  return k > p ? k : p;
}

/* The apostrophe of "the residents’ meeting", "the two countries'
 * chiefs": a single closing mark glued to a word that ends in s. */
static gboolean
plural_possessive (Ctx  *ctx,
                   guint k)
{
  PlxToken *t = tok (ctx, k);
  PlxToken *w;

  if (k == 0 || t->kind != PLX_TOK_QUOTE || t->family != PLX_QF_SINGLE || !is_word (ctx, k - 1))
    return FALSE;
  w = tok (ctx, k - 1);
  return w->start + w->len == t->start && w->len > 1 && ctx->tokens->text[t->start - 1] == 's'
         && !(t->flags & PLX_TF_CAN_OPEN)
         && (k + 1 >= ctx->n || (tok (ctx, k + 1)->flags & PLX_TF_SPACE_BEFORE));
}

/* English: the words [@first, @end) hold a finite verb — a personal
 * pronoun opening them, an auxiliary, a common irregular form or a past
 * tense in -ed. */
static gboolean
looks_finite (Ctx  *ctx,
              guint first,
              guint end)
{
  static const char *subjects[] = { "they", "we", "i" };

  if (pronoun (ctx, first) != 0 && !possessive_pronoun (ctx, first))
    return TRUE;
  /* "say they plan to …": a subject-case pronoun opens a clause */
  if (is_word (ctx, first) && first + 1 < end && is_word (ctx, first + 1))
    for (guint k = 0; k < G_N_ELEMENTS (subjects); k++)
      if (tok (ctx, first)->len == strlen (subjects[k])
          && g_ascii_strncasecmp (ctx->tokens->text + tok (ctx, first)->start, subjects[k], tok (ctx, first)->len) == 0)
        return TRUE;
  for (guint k = first; k < end; k++)
    {
      PlxToken *t = tok (ctx, k);

      /* "most of her friends “secretly want …”": quoted words that are no
       * title carry the verb */
      if (t->kind == PLX_TOK_QUOTE && (t->flags & PLX_TF_CAN_OPEN) && k + 1 < end && is_word (ctx, k + 1)
          && !(tok (ctx, k + 1)->flags & PLX_TF_CAP))
        return TRUE;
      if (t->kind != PLX_TOK_WORD || (t->flags & PLX_TF_CAP))
        continue;
      if (auxiliary (ctx, k) || has (ctx, PLX_LEX_PASSIVE_AUX, k) || has (ctx, PLX_LEX_FINITE_VERBS, k))
        return TRUE;
      /* "wasn't", "isn’t", "they're", "we've", "it'll": a contracted
       * auxiliary */
      {
        static const char *const contracted[] = { "n't", "'re", "'ve", "'ll", "n\xe2\x80\x99t", "\xe2\x80\x99re",
                                                   "\xe2\x80\x99ve", "\xe2\x80\x99ll" };

        for (guint c = 0; c < G_N_ELEMENTS (contracted); c++)
          if (word_ends (ctx, k, contracted[c]))
            return TRUE;
      }
      /* … but not a participle after a comma: "a loss of $41 million,
       * compared with …", "its first profit, helped by …" */
      if (k > first && t->len > 3 && memcmp (ctx->tokens->text + t->start + t->len - 2, "ed", 2) == 0
          && !is_char (ctx, k - 1, ','))
        return TRUE;
    }
  return FALSE;
}

/* English: an auxiliary within a few words from @from, words (and
 * numbers) only on the way: "[only three of the clinics] were" */
static gboolean
auxiliary_soon (Ctx  *ctx,
                guint from,
                guint pend)
{
  guint w = from;

  while (w < pend && w < from + 6 && (is_word (ctx, w) || tok (ctx, w)->kind == PLX_TOK_NUMBER)
         && !auxiliary (ctx, w) && !has (ctx, PLX_LEX_PASSIVE_AUX, w) && speech_lemma (ctx, w) == NULL)
    w++;
  return w < pend && w < from + 6 && is_word (ctx, w) && (auxiliary (ctx, w) || has (ctx, PLX_LEX_PASSIVE_AUX, w));
}

/* "signals cuts may wait", not "signals tougher line on …": a verb of
 * signalling takes a noun object, and a clause without "that" only with
 * a subject pronoun or an auxiliary in its first words from @first (English) */
static gboolean
signal_takes_clause (Ctx  *ctx,
                     guint first,
                     guint end)
{
  return (pronoun (ctx, first) != 0 && !possessive_pronoun (ctx, first)) || auxiliary_soon (ctx, first, end);
}

/* English: "the new varieties use …", "the bill hands …": after a
 * determiner and a word or two, a present tense told by number — a plural
 * noun and a bare verb, or a singular noun and a verb in -s */
static gboolean
present_after_subject (Ctx  *ctx,
                       guint first,
                       guint end)
{
  if (!is_word (ctx, first) || !has (ctx, PLX_LEX_DETERMINERS, first) || pronoun (ctx, first) != 0)
    return FALSE;
  for (guint j = first + 2; j < end && (j <= first + 3 || (j == first + 4 && word_ends (ctx, j - 1, "ly"))); j++)
    {
      gboolean head_s, verb_s;
      /* ("the official picture badly undercounts it": past an adverb) */
      guint head = word_ends (ctx, j - 1, "ly") && j - 2 > first ? j - 2 : j - 1;

      if (!is_word (ctx, j) || !is_word (ctx, j - 1) || (tok (ctx, j)->flags & PLX_TF_CAP))
        return FALSE;
      if (has (ctx, PLX_LEX_PREPOSITIONS, j) || has (ctx, PLX_LEX_CLAUSE_BLOCKERS, j) || has (ctx, PLX_LEX_DETERMINERS, j)
          || has (ctx, PLX_LEX_INDEFINITES, j) || has (ctx, PLX_LEX_COORDINATORS, j) || has (ctx, PLX_LEX_RELATIVES, j)
          || has (ctx, PLX_LEX_COMPLEMENTIZERS, j)
          || word_ends (ctx, j, "ly") || word_ends (ctx, j, "ing") || word_ends (ctx, j, "ed")
          || word_ends (ctx, j, "ss") || word_ends (ctx, j - 1, "ss"))
        continue;
      head_s = word_ends (ctx, head, "s");
      verb_s = word_ends (ctx, j, "s");
      if (head_s != verb_s && j + 1 < end && is_word (ctx, j + 1))
        return TRUE;
    }
  return FALSE;
}

/* ", who say wait times for scans in the region have grown": in a
 * relative clause between commas, an auxiliary after the noun phrase that
 * follows the verb belongs to the clause reported (the main verb comes
 * after the closing comma) */
static gboolean
aside_clause (Ctx  *ctx,
              guint v,
              guint pend)
{
  if (plx_lexicon_is_inflected (ctx->lexicon) || v < 2 || !is_char (ctx, v - 2, ',') || !is_word (ctx, v + 1)
      || !(has (ctx, PLX_LEX_DETERMINERS, v + 1) || !(tok (ctx, v + 1)->flags & PLX_TF_CAP)))
    return FALSE;
  for (guint w = v + 2; w < pend && w <= v + ASIDE_WORDS; w++)
    {
      if (!is_word (ctx, w) || speech_lemma (ctx, w) != NULL || has (ctx, PLX_LEX_RELATIVES, w)
          || has (ctx, PLX_LEX_COMPLEMENTIZERS, w) || has (ctx, PLX_LEX_INFINITIVE, w))
        return FALSE;
      if (!(tok (ctx, w)->flags & PLX_TF_CAP) && (auxiliary (ctx, w) || has (ctx, PLX_LEX_PASSIVE_AUX, w)))
        return TRUE;
    }
  return FALSE;
}

/* "in a written reply": a speech word after an article (and an
 * adjective) is a noun */
static gboolean
noun_use (Ctx  *ctx,
          guint k,
          guint from)
{
  if (plx_lexicon_is_inflected (ctx->lexicon))
    return FALSE;
  if (k > from && (has (ctx, PLX_LEX_INDEFINITES, k - 1) || (has (ctx, PLX_LEX_DETERMINERS, k - 1) && pronoun (ctx, k - 1) == 0)))
    return TRUE;
  return k > from + 1 && is_word (ctx, k - 1) && !(tok (ctx, k - 1)->flags & PLX_TF_CAP)
         && speech_lemma (ctx, k - 1) == NULL
         && (has (ctx, PLX_LEX_INDEFINITES, k - 2) || (has (ctx, PLX_LEX_DETERMINERS, k - 2) && pronoun (ctx, k - 2) == 0));
}

/* a word ending in 's / ’s */
static gboolean
name_possessive (Ctx  *ctx,
                 guint i)
{
  PlxToken *u = tok (ctx, i);
  const char *s = ctx->tokens->text + u->start;

  return u->kind == PLX_TOK_WORD
         && ((u->len > 2 && s[u->len - 2] == '\'' && s[u->len - 1] == 's')
             || (u->len > 4 && s[u->len - 1] == 's' && memcmp (s + u->len - 4, "\xe2\x80\x99", 3) == 0));
}

/* "said Whitmore and Tolliver had not spoken": a name after the verb that
 * is followed by an auxiliary is the subject of a clause, not the
 * speaker ("said Whitmore") */
static gboolean
named_clause_subject (Ctx  *ctx,
                      guint i,
                      guint pend)
{
  int m = plx_people_mention_at (ctx->people, i);
  guint e;

  if (m < 0 || plx_lexicon_is_inflected (ctx->lexicon))
    return FALSE;
  e = g_array_index (ctx->people->mentions, PlxMention, m).end;
  if (e + 1 < pend && has (ctx, PLX_LEX_COORDINATORS, e) && plx_people_mention_at (ctx->people, e + 1) >= 0)
    e = g_array_index (ctx->people->mentions, PlxMention, plx_people_mention_at (ctx->people, e + 1)).end;
  /* "said Dana's scans were …": a possessive name owns the subject */
  if (e < pend && name_possessive (ctx, e - 1))
    for (guint w = e; w < pend && w < e + 3 && is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_CAP); w++)
      if (w > e && (auxiliary (ctx, w) || has (ctx, PLX_LEX_PASSIVE_AUX, w) || has (ctx, PLX_LEX_FINITE_VERBS, w)))
        return TRUE;
  /* "said Sandoval “plays like …”": lower-case quoted words go on with
   * the name as their subject */
  if (e + 1 < pend && tok (ctx, e)->kind == PLX_TOK_QUOTE && (tok (ctx, e)->flags & PLX_TF_CAN_OPEN)
      && is_word (ctx, e + 1) && !(tok (ctx, e + 1)->flags & PLX_TF_CAP))
    return TRUE;
  return e < pend && is_word (ctx, e) && (auxiliary (ctx, e) || has (ctx, PLX_LEX_PASSIVE_AUX, e));
}

/* "X said (that) …", "X заявил, что …" */
/* "asked that his surname not be used", "asked that she be allowed to
 * leave": a bare "be" after the subject (no modal, no "to") is a
 * subjunctive — a request, not reported speech ("demanded that wages be
 * paid" has content and stays reported: only verbs taking an object) */
static gboolean
mandative_clause (Ctx   *ctx,
                  guint  first,
                  guint  end)
{
  for (guint k = first + 1; k < end && k <= first + 6; k++)
    {
      guint p = k - 1;
      PlxToken *t;

      if (!is_word (ctx, k))
        return FALSE;
      /* "asked that the paper not use her name": "not" and a bare verb
       * right after the subject, with no auxiliary */
      if (has (ctx, PLX_LEX_NEGATIONS, k) && k + 1 < end && is_word (ctx, k + 1)
          && !(tok (ctx, k + 1)->flags & PLX_TF_CAP) && !auxiliary (ctx, k + 1)
          && !has (ctx, PLX_LEX_PASSIVE_AUX, k + 1) && !word_ends (ctx, k + 1, "ed")
          && !word_ends (ctx, k + 1, "ing") && !word_ends (ctx, k + 1, "ly") && !has (ctx, PLX_LEX_MANDATIVE, k + 1)
          && !has (ctx, PLX_LEX_INFINITIVE, k + 1) && !has (ctx, PLX_LEX_DETERMINERS, k + 1)
          && !has (ctx, PLX_LEX_INDEFINITES, k + 1) && !has (ctx, PLX_LEX_PREPOSITIONS, k + 1))
        {
          gboolean modal = FALSE;

          for (guint q = first; q < k && !modal; q++)
            modal = auxiliary (ctx, q) || has (ctx, PLX_LEX_PASSIVE_AUX, q) || has (ctx, PLX_LEX_FINITE_VERBS, q);
          if (!modal && !auxiliary (ctx, k - 1) && !has (ctx, PLX_LEX_PASSIVE_AUX, k - 1))
            return TRUE;
        }
      if (!has (ctx, PLX_LEX_MANDATIVE, k))
        continue;
      if (has (ctx, PLX_LEX_NEGATIONS, p) && p > first)
        p--;
      /* "the bill would almost certainly be": a modal before it */
      for (guint q = first; q < p; q++)
        if (auxiliary (ctx, q) && !has (ctx, PLX_LEX_NEGATIONS, q))
          return FALSE;
      t = tok (ctx, p);
      if (!is_word (ctx, p) || auxiliary (ctx, p) || has (ctx, PLX_LEX_INFINITIVE, p)
          || has (ctx, PLX_LEX_PASSIVE_AUX, p) || has (ctx, PLX_LEX_FINITE_VERBS, p)
          || memchr (ctx->tokens->text + t->start, '\'', t->len) != NULL
          || g_utf8_strchr (ctx->tokens->text + t->start, t->len, 0x2019) != NULL)
        return FALSE;
      return TRUE;
    }
  return FALSE;
}


/* Whether a token @hit accepts stands between @from and @limit
 * (exclusive) of the sentence starting at @sstart, read with @scan */
static gboolean
sentence_scan_before (Ctx          *ctx,
                      SentenceScan *scan,
                      guint         sstart,
                      guint         from,
                      guint         limit,
                      gboolean    (*hit) (Ctx *ctx, guint i))
{
  if (scan->sentence != sstart)
    {
      scan->sentence = sstart;
      scan->scanned = from;
      scan->first = G_MAXUINT;
    }
  for (; scan->first == G_MAXUINT && scan->scanned < limit; scan->scanned++)
    if (hit (ctx, scan->scanned))
      scan->first = scan->scanned;
  return scan->first < limit;
}

static gboolean
is_subordinator (Ctx  *ctx,
                 guint i)
{
  return is_word (ctx, i) && has (ctx, PLX_LEX_SUBORDINATORS, i);
}

/* Whether a subordinator ("after", "because", "when") stands between the
 * word after @sstart and @limit (exclusive). The sentence is read once for
 * all its cues (sentence_scan_before). */
static gboolean
subordinator_within (Ctx   *ctx,
                     guint  sstart,
                     guint  limit)
{
  return sentence_scan_before (ctx, &ctx->subordinators, sstart, sstart + 1, limit, is_subordinator);
}

/* English: "warned refinancing would be costly", "admits mistakes were
 * made", "warn a deal is …": one to three lower-case words from @f — no
 * definite article, pronoun, preposition, name or conjunction among
 * them, "a" or "some" only first — and an auxiliary (not "not": "warned
 * residents not to …") right after them, the subject and the verb of a
 * clause with no object before it */
static gboolean
bare_subject (Ctx  *ctx,
              guint f,
              guint pend)
{
  guint w = f;

  while (w < pend && w < f + 3 && is_word (ctx, w) && !(tok (ctx, w)->flags & (PLX_TF_CAP | PLX_TF_IN_QUOTE))
         && pronoun (ctx, w) == 0 && !has (ctx, PLX_LEX_DETERMINERS, w) && !has (ctx, PLX_LEX_PREPOSITIONS, w)
         && !has (ctx, PLX_LEX_COORDINATORS, w) && (w == f ? !has (ctx, PLX_LEX_CLAUSE_STARTERS, w) || has (ctx, PLX_LEX_INDEFINITES, w)
                                                   : !has (ctx, PLX_LEX_CLAUSE_STARTERS, w) && !has (ctx, PLX_LEX_INDEFINITES, w))
         && !has (ctx, PLX_LEX_NEGATIONS, w)
         && !has (ctx, PLX_LEX_QUESTION_WORDS, w) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, w)
         && !has (ctx, PLX_LEX_RELATIVES, w) && !has (ctx, PLX_LEX_INFINITIVE, w) && speech_lemma (ctx, w) == NULL
         && !auxiliary (ctx, w) && !has (ctx, PLX_LEX_PASSIVE_AUX, w) && plx_people_mention_at (ctx->people, w) < 0)
    w++;
  return w > f && w < pend && is_word (ctx, w) && (auxiliary (ctx, w) || has (ctx, PLX_LEX_PASSIVE_AUX, w))
         && !has (ctx, PLX_LEX_NEGATIONS, w) && !(tok (ctx, w)->flags & PLX_TF_CAP);
}

/* English: "a delay which she said was avoidable", "a move Britain said
 * was retaliation", "the plan officials say will cut costs": a verb of
 * speech whose clause has lost its subject to a relative — a subject
 * (a pronoun, or one to three words with a name last) after "which",
 * "that" or "who", or right after a noun, and a verb with tense ("was",
 * "had", "would") straight after the verb of speech. Not "What he said
 * was", "Nothing she said was …", where the words are the writer's. */
static gboolean
relative_gap (Ctx  *ctx,
              guint sstart,
              guint v,
              guint pend)
{
  guint s, f = v + 1;

  if (v <= sstart + 1 || f + 1 >= pend || !is_word (ctx, f) || (tok (ctx, f)->flags & PLX_TF_CAP)
      || !(has (ctx, PLX_LEX_PASSIVE_AUX, f) || plx_tokens_word_is (ctx->tokens, f, "had")
           || plx_tokens_word_is (ctx->tokens, f, "has") || plx_tokens_word_is (ctx->tokens, f, "have")
           || modal_verb (ctx, f))
      || has (ctx, PLX_LEX_OBJECT_VERBS, v) || !is_word (ctx, v - 1) || possessive_pronoun (ctx, v - 1))
    return FALSE;
  if (pronoun (ctx, v - 1) != 0 || plx_tokens_word_is (ctx->tokens, v - 1, "they")
      || plx_tokens_word_is (ctx->tokens, v - 1, "it") || plx_tokens_word_is (ctx->tokens, v - 1, "we"))
    s = v - 1;
  else
    {
      /* (a noun phrase of up to three words, no verb of speech in it,
       * perhaps after "the": "the union") */
      for (s = v - 1; s > sstart && v - s < 3 && is_word (ctx, s - 1) && !has (ctx, PLX_LEX_RELATIVES, s - 1)
                      && !has (ctx, PLX_LEX_DETERMINERS, s - 1) && speech_lemma (ctx, s - 1) == NULL
                      && !(tok (ctx, s - 1)->flags & PLX_TF_CAP) == !(tok (ctx, v - 1)->flags & PLX_TF_CAP);)
        s--;
      if (has (ctx, PLX_LEX_CLAUSE_STARTERS, s) || has (ctx, PLX_LEX_PREPOSITIONS, s))
        return FALSE;
      if (s > sstart + 1 && is_word (ctx, s - 1) && plx_tokens_word_is (ctx->tokens, s - 1, "the"))
        s--;
    }
  if (s <= sstart || !is_word (ctx, s - 1))
    return FALSE;
  /* "which she said", "that officials say", "who they said" */
  if (has (ctx, PLX_LEX_RELATIVES, s - 1))
    return !plx_tokens_word_is (ctx->tokens, s - 1, "what");
  /* "a move Britain said", "a decision the union said": a name, or a
   * noun after "the", right after a lower-case noun */
  return ((tok (ctx, v - 1)->flags & PLX_TF_CAP) ? s == v - 1 : plx_tokens_word_is (ctx->tokens, s, "the"))
         && !(tok (ctx, s - 1)->flags & PLX_TF_CAP)
         && !has (ctx, PLX_LEX_DETERMINERS, s - 1) && !has (ctx, PLX_LEX_CLAUSE_STARTERS, s - 1)
         && !has (ctx, PLX_LEX_PREPOSITIONS, s - 1) && !has (ctx, PLX_LEX_COORDINATORS, s - 1)
         && !has (ctx, PLX_LEX_COMPLEMENTIZERS, s - 1) && pronoun (ctx, s - 1) == 0
         && speech_lemma (ctx, s - 1) == NULL && !auxiliary (ctx, s - 1) && !has (ctx, PLX_LEX_PASSIVE_AUX, s - 1)
         && !word_ends (ctx, s - 1, "ly") && !word_ends (ctx, s - 1, "ed");
}

/* English: the relative pronoun @r behind a quantifier and "of" that
 * follow a comma: ", some of whom say …", ", many of which …" */
static gboolean
quantified_relative (Ctx  *ctx,
                     guint r,
                     guint sstart)
{
  return r >= sstart + 4 && is_word (ctx, r) && has (ctx, PLX_LEX_RELATIVES, r)
         && is_word (ctx, r - 1) && has (ctx, PLX_LEX_PREPOSITIONS, r - 1)
         && is_word (ctx, r - 2) && !(tok (ctx, r - 2)->flags & PLX_TF_CAP)
         && (is_char (ctx, r - 3, ',') || (is_word (ctx, r - 3) && is_char (ctx, r - 4, ',')));
}

/* English: a subject of its own at @w right after the verb of speech of a
 * relative clause, its verb with tense after it: a personal pronoun that
 * is no object ("who say they were …", "who said it had …"), or a
 * possessive and a noun or two ("who say their landlord ignored …") —
 * the verb's clause without "that", not an object ("who wrote the
 * email"). */
static gboolean
relative_clause_subject (Ctx  *ctx,
                         guint w,
                         guint pend)
{
  guint f;

  if (w + 1 >= pend || !is_word (ctx, w) || (tok (ctx, w)->flags & PLX_TF_CAP))
    return FALSE;
  if (has (ctx, PLX_LEX_CLAUSE_STARTERS, w) && !has (ctx, PLX_LEX_DETERMINERS, w) && !has (ctx, PLX_LEX_INDEFINITES, w)
      && (pronoun (ctx, w) != 0 || plx_tokens_word_is (ctx->tokens, w, "they")
          || plx_tokens_word_is (ctx->tokens, w, "we") || plx_tokens_word_is (ctx->tokens, w, "it")
          || plx_tokens_word_is (ctx->tokens, w, "i"))
      && !possessive_pronoun (ctx, w))
    f = w + 1;
  else if (possessive_pronoun (ctx, w) && w + 2 < pend && is_word (ctx, w + 1)
           && !(tok (ctx, w + 1)->flags & PLX_TF_CAP))
    {
      f = w + 2;
      if (f + 1 < pend && is_word (ctx, f) && !(tok (ctx, f)->flags & PLX_TF_CAP) && !finite_word (ctx, f)
          && !past_form (ctx, f) && !has (ctx, PLX_LEX_PREPOSITIONS, f) && speech_lemma (ctx, f) == NULL)
        f++;
    }
  else
    return FALSE;
  return f < pend && is_word (ctx, f) && !(tok (ctx, f)->flags & PLX_TF_CAP) && speech_lemma (ctx, f) == NULL
         && (finite_word (ctx, f) || has (ctx, PLX_LEX_PASSIVE_AUX, f) || past_form (ctx, f));
}

/* English: a noun phrase opened by an article or a possessive at @from,
 * with one phrase of a preposition after its noun (unless @need_prep is
 * FALSE), then an auxiliary or a modal of its own: "an independent
 * inquiry into the accident would", "the cost of the repairs had", "a
 * compromise on aluminium was" — the
 * subject and verb of a clause without "that" ("announced an inquiry
 * into the crash would begin"; not "announced an inquiry into the crash
 * on Monday", "told reporters a story that was …"). */
static gboolean
postmodified_subject (Ctx      *ctx,
                      guint     from,
                      guint     pend,
                      gboolean  need_prep)
{
  guint prep = PLX_NO_TOKEN;

  if (plx_lexicon_is_inflected (ctx->lexicon) || from >= pend || !is_word (ctx, from)
      || !(has (ctx, PLX_LEX_DETERMINERS, from) || has (ctx, PLX_LEX_INDEFINITES, from)
           || possessive_pronoun (ctx, from))
      || (pronoun (ctx, from) != 0 && !possessive_pronoun (ctx, from)))
    return FALSE;
  for (guint w = from + 1; w < pend && w <= from + 9; w++)
    {
      PlxToken *t = tok (ctx, w);

      if (!is_word (ctx, w))
        return FALSE;
      if (!(t->flags & PLX_TF_CAP) && (auxiliary (ctx, w) || has (ctx, PLX_LEX_PASSIVE_AUX, w)))
        return (prep != PLX_NO_TOKEN ? w > prep + 1 : !need_prep && w > from + 1) && !has (ctx, PLX_LEX_NEGATIONS, w);
      /* (an article only at the start of the phrase or of its
       * preposition's object: not "the board of the firm the plan …") */
      if ((has (ctx, PLX_LEX_DETERMINERS, w) || has (ctx, PLX_LEX_INDEFINITES, w))
          && (prep == PLX_NO_TOKEN || w != prep + 1))
        return FALSE;
      if (has (ctx, PLX_LEX_PREPOSITIONS, w))
        {
          /* (one phrase, after the noun: not "a cap on imports of …") */
          if (prep != PLX_NO_TOKEN || w == from + 1 || has (ctx, PLX_LEX_INFINITIVE, w)
              || has (ctx, PLX_LEX_DETERMINERS, w - 1) || has (ctx, PLX_LEX_INDEFINITES, w - 1))
            return FALSE;
          prep = w;
          continue;
        }
      /* (a word of speech right after the article is a noun: "the
       * report on …") */
      if ((speech_lemma (ctx, w) != NULL && !has (ctx, PLX_LEX_DETERMINERS, w - 1)
           && !has (ctx, PLX_LEX_INDEFINITES, w - 1))
          || has (ctx, PLX_LEX_RELATIVES, w) || has (ctx, PLX_LEX_COMPLEMENTIZERS, w)
          || has (ctx, PLX_LEX_QUESTION_WORDS, w) || has (ctx, PLX_LEX_COORDINATORS, w)
          || has (ctx, PLX_LEX_FINITE_VERBS, w) || has (ctx, PLX_LEX_WEEKDAYS, w)
          || has (ctx, PLX_LEX_CIRCUMSTANCES, w) || (past_form (ctx, w) && !has (ctx, PLX_LEX_DETERMINERS, w - 1)
                                                    && !has (ctx, PLX_LEX_INDEFINITES, w - 1)))
        return FALSE;
    }
  return FALSE;
}

/* English: whether the adverbial clause opened by @k tells an act of
 * speech of its own, set off by a comma before it (or before the measure
 * of time that leads it: ", days after …"): a verb of speech with a
 * subject of its own that says something — a conjunction, a subject
 * pronoun, or a subject with a verb of its own after it ("…, after a
 * judge ruled the paper had …", "…, though our reporters say that is …")
 * — or, past the clause's own verb, a participle of speech after a comma
 * (", days after workers sued it, alleging it …"). A verb after "and" is
 * the main clause's again ("… after the break and said he …"). Without
 * the comma, only a participle of speech right after the conjunction
 * ("when asked about …"): a clause of speech there is mostly the cause
 * of what is reported ("feel abandoned after the operator confirmed it
 * would …"). */
static gboolean
tells_own_speech (Ctx  *ctx,
                  guint k,
                  guint e)
{
  gboolean acted = FALSE;

  if (is_word (ctx, k + 1) && !(tok (ctx, k + 1)->flags & PLX_TF_CAP) && speech_lemma (ctx, k + 1) != NULL
      && word_ends (ctx, k + 1, "ed"))
    return TRUE;
  if (!is_char (ctx, k - 1, ',') && !(is_word (ctx, k - 1) && !(tok (ctx, k - 1)->flags & PLX_TF_CAP)
                                      && is_char (ctx, k - 2, ',')))
    return FALSE;
  for (guint w = k + 2; w + 1 < e && w <= k + 14; w++)
    {
      PlxToken *t = tok (ctx, w);

      if ((t->flags & PLX_TF_TERMINATOR) || is_char (ctx, w, ':') || is_char (ctx, w, ';')
          || (is_word (ctx, w) && (has (ctx, PLX_LEX_COORDINATORS, w) || has (ctx, PLX_LEX_RELATIVES, w))))
        return FALSE;
      if (!is_word (ctx, w) || (t->flags & (PLX_TF_CAP | PLX_TF_IN_QUOTE)))
        continue;
      if (speech_lemma (ctx, w) == NULL
          /* (right after an article a speech word is a noun: "after a
           * reply that …"; "after a judge ruled …" is a verb) */
          || has (ctx, PLX_LEX_DETERMINERS, w - 1) || has (ctx, PLX_LEX_INDEFINITES, w - 1)
          || has (ctx, PLX_LEX_INFINITIVE, w - 1) || has (ctx, PLX_LEX_NEGATIONS, w - 1)
          || has (ctx, PLX_LEX_PASSIVE_AUX, w - 1) || auxiliary (ctx, w - 1))
        {
          acted = acted || past_form (ctx, w) || auxiliary (ctx, w) || has (ctx, PLX_LEX_PASSIVE_AUX, w)
                  || has (ctx, PLX_LEX_FINITE_VERBS, w);
          continue;
        }
      if (acted && !(is_char (ctx, w - 1, ',') && word_ends (ctx, w, "ing")))
        return FALSE;
      if (is_word (ctx, w + 1)
          && (has (ctx, PLX_LEX_COMPLEMENTIZERS, w + 1)
              || (pronoun (ctx, w + 1) != 0 && !possessive_pronoun (ctx, w + 1))
              || ((has (ctx, PLX_LEX_CLAUSE_STARTERS, w + 1) || (tok (ctx, w + 1)->flags & PLX_TF_CAP))
                  && auxiliary_soon (ctx, w + 2, e))
              || (has (ctx, PLX_LEX_CLAUSE_STARTERS, w + 1) && !has (ctx, PLX_LEX_INDEFINITES, w + 1)
                  && !has (ctx, PLX_LEX_DETERMINERS, w + 1) && w + 2 < e && is_word (ctx, w + 2)
                  && past_form (ctx, w + 2))))
        return TRUE;
      return FALSE;
    }
  return FALSE;
}

/* "said he felt “let down” when asked about the vote", "said the line
 * would reopen in May, after the regulator ruled it had …", "…, days
 * after former staff sued the group, alleging it …": an adverbial clause
 * of time or concession (event_subordinators) that tells an act of
 * speech of its own (tells_own_speech()) is the writer's account of a
 * separate event, not part of the clause reported (English). Returns
 * where the clause from @clause_first ends, @e when it goes on. */
static guint
separate_speech_end (Ctx  *ctx,
                     guint clause_first,
                     guint e)
{
  if (plx_lexicon_is_inflected (ctx->lexicon))
    return e;
  for (guint k = clause_first + 2; k + 2 < e; k++)
    {
      if (!is_word (ctx, k) || (tok (ctx, k)->flags & (PLX_TF_CAP | PLX_TF_IN_QUOTE))
          || !has (ctx, PLX_LEX_SUBORDINATORS, k)
          || !plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_EVENT_SUBORDINATORS, plx_token_str (ctx->tokens, k),
                                   tok (ctx, k)->len)
          || !tells_own_speech (ctx, k, e))
        continue;
      if (is_char (ctx, k - 1, ','))
        return k - 1;
      if (is_word (ctx, k - 1) && !(tok (ctx, k - 1)->flags & PLX_TF_CAP) && is_char (ctx, k - 2, ','))
        return k - 2;
      return k;
    }
  return e;
}

static guint
try_said_that (Ctx    *ctx,
               guint   cue_first,
               guint   v,
               guint   sstart,
               guint   pend,
               GArray *out,
               guint  *cursor)
{
  Attribution a = { -1, 0, 0, v, PLX_MENTION_NAME };
  guint c = PLX_NO_TOKEN;
  guint clause_first;
  guint e;
  gboolean gap = FALSE;

  if (!plx_lexicon_is_inflected (ctx->lexicon) && cue_first == v && relative_gap (ctx, sstart, v, pend))
    {
      gap = TRUE;
      clause_first = v + 1;
      /* ("The one thing she said was that …": the clause after "that") */
      if (has (ctx, PLX_LEX_PASSIVE_AUX, v + 1) && v + 3 < pend && is_word (ctx, v + 2)
          && plx_tokens_word_is (ctx->tokens, v + 2, "that") && is_word (ctx, v + 3))
        clause_first = v + 3;
      goto have_clause;
    }
  if (!plx_lexicon_is_inflected (ctx->lexicon) && cue_first == v && v + 1 < pend)
    {
      PlxToken *t = tok (ctx, v);

      /* "than the estimates used in …": right after an article a speech
       * word is a noun */
      if (v > sstart && is_word (ctx, v - 1) && (has (ctx, PLX_LEX_INDEFINITES, v - 1)
                                                 || (has (ctx, PLX_LEX_DETERMINERS, v - 1) && pronoun (ctx, v - 1) == 0)))
        return v + 1;
      /* "dairy states warn of …", "local reports claimed that …": a
       * plural noun before its own verb of speech */
      if (word_ends (ctx, v, "s") && is_word (ctx, v + 1) && !(tok (ctx, v + 1)->flags & PLX_TF_CAP)
          && speech_lemma (ctx, v + 1) != NULL && !word_ends (ctx, v + 1, "s"))
        return v + 1;
      /* "the Plains states have stopped …", "its reports were …": a word
       * in -s right before an auxiliary or a modal is the plural subject
       * of that verb, no verb of speech (no clause opens with one; "which
       * the group says will save …" is a relative clause) */
      gboolean relative = FALSE;

      for (guint r = v; r-- > sstart && v - r <= 6 && !relative;)
        relative = is_word (ctx, r) && (has (ctx, PLX_LEX_RELATIVES, r) || has (ctx, PLX_LEX_COMPLEMENTIZERS, r));
      if (!relative && v > sstart && word_ends (ctx, v, "s") && !word_ends (ctx, v, "ss") && is_word (ctx, v - 1)
          && pronoun (ctx, v - 1) == 0 && plx_people_mention_at (ctx->people, v - 1) < 0
          && is_word (ctx, v + 1) && !(tok (ctx, v + 1)->flags & PLX_TF_CAP)
          && (plx_tokens_word_is (ctx->tokens, v + 1, "have") || plx_tokens_word_is (ctx->tokens, v + 1, "are")
              || plx_tokens_word_is (ctx->tokens, v + 1, "were") || plx_tokens_word_is (ctx->tokens, v + 1, "had")
              || modal_verb (ctx, v + 1)))
        return v + 1;
      /* "charged over claims worth …": after a preposition a speech word
       * is a noun ("after saying that" is a verb) */
      if (v > sstart && is_word (ctx, v - 1) && has (ctx, PLX_LEX_PREPOSITIONS, v - 1)
          && !has (ctx, PLX_LEX_INFINITIVE, v - 1)
          && !(t->len > 3 && memcmp (ctx->tokens->text + t->start + t->len - 3, "ing", 3) == 0))
        return v + 1;
      /* "ignored repeated warnings", "denied reported claims": a past
       * form right after another past form, before a noun, is an
       * adjective */
      if (v > sstart && word_ends (ctx, v, "ed") && is_word (ctx, v - 1) && !(tok (ctx, v - 1)->flags & PLX_TF_CAP)
          && tok (ctx, v - 1)->len > 4 && word_ends (ctx, v - 1, "ed") && !auxiliary (ctx, v - 1)
          && !has (ctx, PLX_LEX_PASSIVE_AUX, v - 1) && speech_lemma (ctx, v - 1) == NULL
          && is_word (ctx, v + 1) && !(tok (ctx, v + 1)->flags & PLX_TF_CAP) && pronoun (ctx, v + 1) == 0
          && !has (ctx, PLX_LEX_STOPWORDS, v + 1))
        return v + 1;
      /* "…, he said, which is why …": a relative clause after the verb
       * comments on what was said, it is no clause of its own */
      if (is_char (ctx, v + 1, ',') && v + 2 < pend && is_word (ctx, v + 2) && has (ctx, PLX_LEX_RELATIVES, v + 2))
        return v + 1;
      /* "lamented the turnovers that …", "laughed off the claim": a verb
       * of manner attributes the quote beside it, a clause only after
       * "that" */
      /* (… or, for a verb of asking, an indirect question: "questioned
       * why …", "wondered how …") */
      if (has (ctx, PLX_LEX_MANNER_VERBS, v)
          && !(is_word (ctx, v + 1) && (has (ctx, PLX_LEX_COMPLEMENTIZERS, v + 1)
                                        || (has (ctx, PLX_LEX_QUESTION_VERBS, v) && has (ctx, PLX_LEX_QUESTION_WORDS, v + 1)))))
        return v + 1;
      /* "a chain accused of billing for pills that were never filled":
       * a naming verb with its preposition takes no clause */
      if (has (ctx, PLX_LEX_NAMING_VERBS, v) && is_word (ctx, v + 1) && has (ctx, PLX_LEX_PREPOSITIONS, v + 1)
          && !has (ctx, PLX_LEX_INFINITIVE, v + 1))
        return v + 1;
    }

  for (guint k = v + 1; k < pend && k - v <= 22; k++)
    {
      PlxToken *t = tok (ctx, k);

      /* "told staff in an internal memo, seen by this publication, that
       * …", "said in a filing to the Hong Kong stock exchange on Tuesday
       * that …": past ten tokens only words of a phrase (no verb with
       * tense) lead to the conjunction, and a subject follows it
       * (English) */
      if (k - v > 10
          && (plx_lexicon_is_inflected (ctx->lexicon)
              || !(is_word (ctx, k) || t->kind == PLX_TOK_NUMBER || is_char (ctx, k, ','))
              || (is_word (ctx, k) && (auxiliary (ctx, k) || has (ctx, PLX_LEX_PASSIVE_AUX, k)
                                       || has (ctx, PLX_LEX_FINITE_VERBS, k) || has (ctx, PLX_LEX_RELATIVES, k)))
              || (has (ctx, PLX_LEX_COMPLEMENTIZERS, k)
                  && !(plx_tokens_word_is (ctx->tokens, k, "that") && k + 2 < pend && is_word (ctx, k + 1)
                       && (has (ctx, PLX_LEX_CLAUSE_STARTERS, k + 1) || (tok (ctx, k + 1)->flags & PLX_TF_CAP)
                           || (!has (ctx, PLX_LEX_FINITE_VERBS, k + 1) && !past_form (ctx, k + 1)
                               && auxiliary_soon (ctx, k + 1, pend)))))))
        break;

      /* "сообщил «Интерфаксу», что": a quoted name on the way */
      if (t->kind == PLX_TOK_QUOTE && (t->flags & PLX_TF_CAN_OPEN) && k + 1 < pend
          && (tok (ctx, k + 1)->flags & PLX_TF_CAP))
        {
          guint c = k + 1;

          /* … also an outlet's name with a dot inside: «Ленте.ру» */
          while (c < pend && c < k + 5
                 && (tok (ctx, c)->kind == PLX_TOK_WORD
                     || (is_char (ctx, c, '.') && c + 1 < pend && is_word (ctx, c + 1) && c > k + 1
                         && tok (ctx, c)->start == tok (ctx, c - 1)->start + tok (ctx, c - 1)->len
                         && tok (ctx, c + 1)->start == tok (ctx, c)->start + tok (ctx, c)->len)))
            c++;
          if (c < pend && tok (ctx, c)->kind == PLX_TOK_QUOTE)
            {
              k = c;
              continue;
            }
        }
      /* "told a residents’ meeting that": a plural possessive */
      if (t->kind == PLX_TOK_QUOTE && plural_possessive (ctx, k))
        continue;
      if ((t->flags & PLX_TF_TERMINATOR) || t->kind == PLX_TOK_QUOTE
          || (t->kind == PLX_TOK_PUNCT && t->family == ':')
          || (k > v + 1 && speech_lemma (ctx, k) != NULL && !noun_use (ctx, k, v + 1)
              && !(has (ctx, PLX_LEX_MANNER_VERBS, k) && !plx_lexicon_is_inflected (ctx->lexicon)))
          /* "said in a written response to questions that": "to" in a
           * phrase of circumstance is a preposition */
          || (has (ctx, PLX_LEX_INFINITIVE, k)
              && !(k > v + 2 && has (ctx, PLX_LEX_PREPOSITIONS, v + 1) && !has (ctx, PLX_LEX_INFINITIVE, v + 1)
                   && !plx_lexicon_is_inflected (ctx->lexicon))))
        break;
      /* "сообщал о якобы выявленной утечке": after the preposition of a
       * topic the word is an adverb */
      if (has (ctx, PLX_LEX_COMPLEMENTIZERS, k) && k == v + 2 && plx_lexicon_is_inflected (ctx->lexicon)
          && is_word (ctx, v + 1) && has (ctx, PLX_LEX_PREPOSITIONS, v + 1))
        break;
      /* "заверил только что вернувшийся …": Russian sets the conjunction
       * off with a comma; without one, away from the verb, it is part of
       * an adverb or a pronoun */
      if (has (ctx, PLX_LEX_COMPLEMENTIZERS, k) && k > v + 1 && plx_lexicon_is_inflected (ctx->lexicon)
          && !is_char (ctx, k - 1, ',') && !has (ctx, PLX_LEX_QUESTION_PARTICLES, k))
        continue;
      /* "said prices would rise, a move that angered retailers": "that"
       * after an apposition is a relative pronoun (English) */
      if (has (ctx, PLX_LEX_COMPLEMENTIZERS, k) && k > v + 3 && !plx_lexicon_is_inflected (ctx->lexicon)
          && is_word (ctx, k - 1) && is_word (ctx, k - 2) && has (ctx, PLX_LEX_INDEFINITES, k - 2)
          && is_char (ctx, k - 3, ','))
        break;
      /* "reported earnings that missed estimates", "said after a meeting
       * that lasted an hour": no clause */
      if (k > v + 1 && relative_that (ctx, k, pend, has (ctx, PLX_LEX_OBJECT_VERBS, v)))
        break;
      if (has (ctx, PLX_LEX_COMPLEMENTIZERS, k))
        {
          c = k;
          break;
        }
    }
  /* "she could not promise that.": a pronoun at the end, no clause —
   * but "счел, что, находясь на свободе, он …": in Russian a comma after
   * the conjunction opens an inserted phrase inside the clause */
  if (c != PLX_NO_TOKEN && (c + 1 >= pend || (tok (ctx, c + 1)->flags & PLX_TF_TERMINATOR)
                            || (is_char (ctx, c + 1, ',')
                                && !(plx_lexicon_is_inflected (ctx->lexicon) && c + 2 < pend && is_word (ctx, c + 2)))))
    c = PLX_NO_TOKEN;
  /* "said she had watched that match twice": a subject pronoun and its
   * verb right after the speech verb open the clause; the "that" further
   * on is a determiner */
  if (c != PLX_NO_TOKEN && c > v + 2 && c + 1 < pend && !plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, v + 1)
      && pronoun (ctx, v + 1) != 0 && !possessive_pronoun (ctx, v + 1) && !has (ctx, PLX_LEX_OBJECT_VERBS, v)
      /* "that match": a determiner before a noun ("that the …", "that
       * Kerr …", "that she …" open a clause); "said he had not decided
       * whether …": a question inside the clause */
      && ((tok (ctx, c)->len != 4 || g_ascii_strncasecmp (plx_token_str (ctx->tokens, c), "that", 4) != 0)
          || (is_word (ctx, c + 1) && !(tok (ctx, c + 1)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS))
              && !has (ctx, PLX_LEX_DETERMINERS, c + 1) && !has (ctx, PLX_LEX_INDEFINITES, c + 1)
              && pronoun (ctx, c + 1) == 0 && !has (ctx, PLX_LEX_CLAUSE_STARTERS, c + 1))))
    for (guint k = v + 2; k < c; k++)
      if (is_word (ctx, k) && !(tok (ctx, k)->flags & PLX_TF_CAP)
          && (auxiliary (ctx, k) || has (ctx, PLX_LEX_PASSIVE_AUX, k) || has (ctx, PLX_LEX_FINITE_VERBS, k)
              || word_ends (ctx, k, "ed")))
        {
          c = PLX_NO_TOKEN;
          break;
        }
  /* "said residents could go home on Friday if the tests were clean",
   * "told staff it would close if …": "if" after a modal or an
   * auxiliary of the clause is conditional, inside the clause that
   * opens right after the verb (English; "asked the mayor if" asks) */
  if (c != PLX_NO_TOKEN && c > v + 2 && !plx_lexicon_is_inflected (ctx->lexicon)
      && plx_tokens_word_is (ctx->tokens, c, "if") && !has (ctx, PLX_LEX_QUESTION_VERBS, v))
    for (guint k = v + 2; k < c; k++)
      if (is_word (ctx, k) && !(tok (ctx, k)->flags & PLX_TF_CAP)
          && finite_word (ctx, k))
        {
          c = PLX_NO_TOKEN;
          break;
        }
  /* "said the Halo has a white LED that lights up": after a noun phrase
   * right behind a plain speech verb "that" is a relative pronoun; the
   * clause starts at the verb ("told the board that" has an object) */
  if (c != PLX_NO_TOKEN && c > v + 1 && !plx_lexicon_is_inflected (ctx->lexicon)
      && is_word (ctx, v + 1) && has (ctx, PLX_LEX_DETERMINERS, v + 1)
      && !has (ctx, PLX_LEX_OBJECT_VERBS, v) && !has (ctx, PLX_LEX_QUESTION_WORDS, c))
    c = PLX_NO_TOKEN;
  /* "said on Tuesday, ending weeks of tension that had threatened …": a
   * participle after a comma opens a phrase of its own, and "that" after
   * its noun is a relative pronoun */
  if (c != PLX_NO_TOKEN && c > v + 3 && !plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, c - 1))
    for (guint k = v + 1; k + 1 < c; k++)
      if (is_char (ctx, k, ',') && word_ends (ctx, k + 1, "ing")
          && match_phrase (ctx, PLX_LEX_PHRASE_ACCORDING, k + 1, NULL) == 0)
        {
          c = PLX_NO_TOKEN;
          break;
        }
  /* "said 40 homes were flooded and that two …", "said she agreed but
   * that …": a "that" after a coordinator opens the second of two
   * reported clauses; the first starts right after the verb */
  if (c != PLX_NO_TOKEN && c > v + 2 && !plx_lexicon_is_inflected (ctx->lexicon)
      && !has (ctx, PLX_LEX_QUESTION_WORDS, c) && is_word (ctx, c - 1) && has (ctx, PLX_LEX_COORDINATORS, c - 1)
      && !has (ctx, PLX_LEX_PREPOSITIONS, v + 1) && looks_finite (ctx, v + 1, c - 1))
    c = PLX_NO_TOKEN;
  /* "asked what would happen if the talks failed": the conjunction
   * further on is inside the question the wh-word right after the verb
   * opens (English) */
  if (c != PLX_NO_TOKEN && c > v + 2 && !plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, v + 1)
      && has (ctx, PLX_LEX_QUESTION_WORDS, v + 1) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, v + 1)
      && has (ctx, PLX_LEX_QUESTION_VERBS, v))
    c = PLX_NO_TOKEN;
  /* "В полиции напоминают: сотрудники банков никогда не …": a colon
   * right after the verb and a clause in lower case, with no marks, is
   * reported speech */
  if (c == PLX_NO_TOKEN && plx_lexicon_is_inflected (ctx->lexicon) && v + 3 < pend && is_char (ctx, v + 1, ':')
      && is_word (ctx, v + 2) && !(tok (ctx, v + 2)->flags & PLX_TF_CAP))
    {
      clause_first = v + 2;
      goto have_clause;
    }
  if (c == PLX_NO_TOKEN)
    {
      /* an indirect question: "asked whether …", "спросили, когда …" */
      guint skipped = 0;

      /* ("Asked once by a local paper what …": the one who asked, in a
       * phrase with "by", before the question word, English) */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && cue_first == sstart && has (ctx, PLX_LEX_QUESTION_VERBS, v))
        for (guint b = v + 1; b < pend && b <= v + 2 && is_word (ctx, b); b++)
          if (plx_tokens_word_is (ctx->tokens, b, "by"))
            {
              guint w = b + 1;

              while (w < pend && w <= b + 6 && is_word (ctx, w) && !has (ctx, PLX_LEX_QUESTION_WORDS, w))
                w++;
              if (w < pend && w <= b + 6 && is_word (ctx, w) && has (ctx, PLX_LEX_QUESTION_WORDS, w)
                  && !has (ctx, PLX_LEX_RELATIVES, w) && w > v + 4)
                skipped = w - v - 4;
              break;
            }
      for (guint k = v + 1; k < pend && k - v <= 4 + skipped; k++)
        {
          /* "рассказала «Фонтанке», как …": the outlet addressed, in
           * marks, right after the verb */
          if (k == v + 1 && plx_lexicon_is_inflected (ctx->lexicon) && tok (ctx, k)->kind == PLX_TOK_QUOTE
              && (tok (ctx, k)->flags & PLX_TF_CAN_OPEN) && k + 1 < pend && (tok (ctx, k + 1)->flags & PLX_TF_CAP))
            {
              guint e = k + 1;

              while (e < pend && e < k + 4 && tok (ctx, e)->kind == PLX_TOK_WORD)
                e++;
              if (e + 1 < pend && tok (ctx, e)->kind == PLX_TOK_QUOTE && is_char (ctx, e + 1, ','))
                {
                  skipped = e + 1 - k;
                  k = e + 1;
                  continue;
                }
            }
          if ((tok (ctx, k)->flags & PLX_TF_TERMINATOR) || tok (ctx, k)->kind == PLX_TOK_QUOTE)
            break;
          /* "described nights on which …": a relative clause; so is
           * "pointed to 2013, when …" after a comma */
          if (has (ctx, PLX_LEX_QUESTION_WORDS, k) && k > v + 1
              && (has (ctx, PLX_LEX_PREPOSITIONS, k - 1) || is_char (ctx, k - 1, ','))
              && !plx_lexicon_is_inflected (ctx->lexicon))
            break;
          /* "saying anyone who had cut corners would …": after a word
           * that is no object of the verb, a relative pronoun */
          if (has (ctx, PLX_LEX_QUESTION_WORDS, k) && k > v + 1 && is_word (ctx, k - 1)
              && !has (ctx, PLX_LEX_OBJECT_VERBS, v) && !plx_lexicon_is_inflected (ctx->lexicon))
            break;
          /* "urged anyone who saw the van to call …", "asked residents
           * who left to register": after a verb with an object, "who"
           * or "which" with a verb right after it, behind a common noun
           * or an indefinite pronoun, is a relative pronoun ("asked him
           * who …", "asked Roe who …", "asked officials which roads …"
           * ask) */
          if (has (ctx, PLX_LEX_QUESTION_WORDS, k) && has (ctx, PLX_LEX_RELATIVES, k) && k > v + 1 && k + 1 < pend
              && is_word (ctx, k - 1) && !(tok (ctx, k - 1)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS))
              && pronoun (ctx, k - 1) == 0 && !plx_lexicon_is_inflected (ctx->lexicon)
              && (past_form (ctx, k + 1) || auxiliary (ctx, k + 1) || has (ctx, PLX_LEX_FINITE_VERBS, k + 1)))
            break;
          /* "laughed when asked about …": a question word before a
           * participle opens no question */
          if (has (ctx, PLX_LEX_QUESTION_WORDS, k) && k + 1 < pend && is_word (ctx, k + 1)
              && speech_lemma (ctx, k + 1) != NULL && !plx_lexicon_is_inflected (ctx->lexicon))
            break;
          /* "explained how the fire spread", "рассказал, почему ушёл":
           * after a verb of telling a wh-clause names a topic, it is no
           * quote; after a verb of asking it is an indirect question
           * (right after the verb, its comma or its object: "the tunnel
           * where …" is a relative clause) */
          if (has (ctx, PLX_LEX_QUESTION_WORDS, k) && cue_first == v && !has (ctx, PLX_LEX_QUESTION_VERBS, v)
              && (k == v + 1 || is_char (ctx, k - 1, ',') || (has (ctx, PLX_LEX_OBJECT_VERBS, v) && k <= v + 3)))
            return k;
          if (has (ctx, PLX_LEX_QUESTION_WORDS, k))
            {
              clause_first = k;
              goto have_clause;
            }
        }
      /* "the manager who wrote the email, Trent Hollis, oversaw …": a
       * verb in a relative clause takes an object, not a clause without
       * "that" — unless a short noun phrase and an auxiliary follow:
       * "her daughter, who said her mother had been ill" */
      if (v > sstart && is_word (ctx, v - 1) && has (ctx, PLX_LEX_QUESTION_WORDS, v - 1)
          && !plx_lexicon_is_inflected (ctx->lexicon))
        {
          guint w = v + 2;

          while (w < pend && w <= v + 4 && is_word (ctx, w) && !auxiliary (ctx, w) && !has (ctx, PLX_LEX_PASSIVE_AUX, w))
            w++;
          if (!(v + 1 < pend && is_word (ctx, v + 1) && has (ctx, PLX_LEX_DETERMINERS, v + 1)
                && w < pend && w <= v + 4 && is_word (ctx, w)
                && (auxiliary (ctx, w) || has (ctx, PLX_LEX_PASSIVE_AUX, w)))
              /* "ministers, who say the bill hands too much power …" */
              && !(v + 1 < pend && present_after_subject (ctx, v + 1, clause_end (ctx, v + 1)))
              /* "Jo Roe, who said he works as an analyst, …": a subject
               * pronoun opens a clause */
              && !(v + 2 < pend && is_word (ctx, v + 1) && pronoun (ctx, v + 1) != 0
                   && !possessive_pronoun (ctx, v + 1) && is_word (ctx, v + 2)
                   && !(tok (ctx, v + 2)->flags & PLX_TF_CAP))
              /* "employees who say they were …", "tenants who say
               * their landlord ignored …": a subject pronoun, or a
               * possessive and its noun, with a verb with tense after it */
              && !relative_clause_subject (ctx, v + 1, pend)
              /* "a driver who told us he was …": an object, then the
               * subject pronoun */
              && !(v + 3 < pend && has (ctx, PLX_LEX_OBJECT_VERBS, v) && is_word (ctx, v + 1)
                   && !(tok (ctx, v + 1)->flags & PLX_TF_CAP) && is_word (ctx, v + 2)
                   && pronoun (ctx, v + 2) != 0 && !possessive_pronoun (ctx, v + 2) && is_word (ctx, v + 3)
                   && !(tok (ctx, v + 3)->flags & PLX_TF_CAP))
              && !aside_clause (ctx, v, pend))
            return v + 1;
        }
    }
  if (c != PLX_NO_TOKEN && has (ctx, PLX_LEX_QUESTION_PARTICLES, c))
    {
      /* "спросил, готов ли он": the question starts after the comma */
      clause_first = c;
      for (guint k = c; k > v; k--)
        if (is_char (ctx, k - 1, ','))
          {
            clause_first = k;
            break;
          }
    }
  else if (c != PLX_NO_TOKEN)
    {
      clause_first = c + 1;
      if (is_char (ctx, clause_first, ','))
        clause_first++;
      if (!plx_lexicon_is_inflected (ctx->lexicon) && !has (ctx, PLX_LEX_QUESTION_WORDS, c)
          && has (ctx, PLX_LEX_OBJECT_VERBS, v) && mandative_clause (ctx, clause_first, pend))
        return v + 1;
      /* "said that was “a disgrace”": "that" followed straight by a verb
       * is the clause's subject, not the conjunction */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && c == v + 1 && c + 1 < pend
          && is_word (ctx, c + 1)
          && (has (ctx, PLX_LEX_PASSIVE_AUX, c + 1)
              /* "said that would be a matter for …": a modal too */
              || (auxiliary (ctx, c + 1) && !has (ctx, PLX_LEX_NEGATIONS, c + 1)
                  && c + 2 < pend && is_word (ctx, c + 2) && !(tok (ctx, c + 2)->flags & PLX_TF_CAP)))
          && !has (ctx, PLX_LEX_QUESTION_WORDS, c))
        clause_first = c;
    }
  else if (has (ctx, PLX_LEX_PREPOSITIONS, v + 1) && !plx_lexicon_is_inflected (ctx->lexicon)
           && circumstance_end (ctx, v + 1, pend) > v + 1)
    {
      /* "said on Tuesday the measures …", "said in a statement it …" */
      clause_first = circumstance_end (ctx, v + 1, pend);
      if (clause_first >= pend || !has (ctx, PLX_LEX_CLAUSE_STARTERS, clause_first))
        return v + 1;
    }
  else if (has (ctx, PLX_LEX_OBJECT_VERBS, v))
    {
      /* "told members the authority would …": past the object */
      guint o = v + 1;
      int m = plx_people_mention_at (ctx->people, o);

      guint obj = v + 1;

      guint caps = v + 1;

      /* "admitted he had not slept", "warned it would be hard",
       * "confirmed they were …": a subject pronoun and a verb with tense
       * right after the verb open the clause, there is no object (English;
       * not in a headline, not "were told it …") */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && v + 3 < pend && is_word (ctx, v + 1) && is_word (ctx, v + 2)
          && ((tok (ctx, pend - 1)->flags & PLX_TF_TERMINATOR)
              || (tok (ctx, pend - 1)->kind == PLX_TOK_QUOTE && (tok (ctx, pend - 2)->flags & PLX_TF_TERMINATOR)))
          && !(v > sstart && has (ctx, PLX_LEX_PASSIVE_AUX, v - 1))
          && ((pronoun (ctx, v + 1) != 0 && !possessive_pronoun (ctx, v + 1))
              || plx_tokens_word_is (ctx->tokens, v + 1, "it") || plx_tokens_word_is (ctx->tokens, v + 1, "they")
              || plx_tokens_word_is (ctx->tokens, v + 1, "we") || plx_tokens_word_is (ctx->tokens, v + 1, "i")
              || plx_tokens_word_is (ctx->tokens, v + 1, "there"))
          && has (ctx, PLX_LEX_CLAUSE_STARTERS, v + 1) && !(tok (ctx, v + 2)->flags & PLX_TF_CAP)
          && (auxiliary (ctx, v + 2) || has (ctx, PLX_LEX_PASSIVE_AUX, v + 2) || has (ctx, PLX_LEX_FINITE_VERBS, v + 2)
              || past_form (ctx, v + 2) || word_ends (ctx, v + 2, "n't") || word_ends (ctx, v + 2, "n\xe2\x80\x99t")))
        {
          clause_first = v + 1;
          goto have_clause;
        }
      /* "told BBC Radio Guernsey the company was …": a name in capitals
       * (a station, a paper, a committee) is the object */
      if (m < 0 && !plx_lexicon_is_inflected (ctx->lexicon) && !has (ctx, PLX_LEX_CLAUSE_STARTERS, caps)
          && pronoun (ctx, caps) == 0)
        while (caps < pend && caps < v + 7
               && ((is_word (ctx, caps) && (tok (ctx, caps)->flags & PLX_TF_CAP))
                   /* (a number inside the name: "KCWR 9 News") */
                   || (tok (ctx, caps)->kind == PLX_TOK_NUMBER && caps > v + 1 && (tok (ctx, caps - 1)->flags & PLX_TF_CAP)))
               && plx_people_mention_at (ctx->people, caps) < 0)
          caps++;
      if (m >= 0)
        o = g_array_index (ctx->people->mentions, PlxMention, m).end;
      else if (caps > v + 3 && caps < pend && is_word (ctx, caps) && !(tok (ctx, caps)->flags & PLX_TF_CAP)
               && has (ctx, PLX_LEX_CLAUSE_STARTERS, caps))
        o = caps;
      else
        {
          /* "told the board the pouches would …": a determiner opens
           * the object, a second one the clause */
          if (o + 2 < pend && is_word (ctx, o) && has (ctx, PLX_LEX_DETERMINERS, o)
              && !has (ctx, PLX_LEX_INDEFINITES, o)
              /* … or a possessive: "told her mum she …" */
              && (pronoun (ctx, o) == 0 || (!plx_lexicon_is_inflected (ctx->lexicon) && possessive_pronoun (ctx, o)))
              && is_word (ctx, o + 1) && !has (ctx, PLX_LEX_CLAUSE_STARTERS, o + 1)
              && !has (ctx, PLX_LEX_DETERMINERS, o + 1))
            obj = ++o;
          /* "told the Local Democracy Reporting Service he …": a name
           * in capitals after the article is the whole object */
          if (o > v + 1 && !plx_lexicon_is_inflected (ctx->lexicon) && (tok (ctx, o)->flags & PLX_TF_CAP))
            {
              guint w = o;

              while (w < pend && w < o + 6 && is_word (ctx, w) && (tok (ctx, w)->flags & PLX_TF_CAP)
                     && plx_people_mention_at (ctx->people, w) < 0)
                w++;
              if (w > o + 1 && w < pend && is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_CAP)
                  && has (ctx, PLX_LEX_CLAUSE_STARTERS, w))
                o = obj = w - 1;
            }
          while (o < pend && o < obj + 2
                 && (is_word (ctx, o)
                     /* ("told News 4 he …": a number after a name) */
                     || (!plx_lexicon_is_inflected (ctx->lexicon) && tok (ctx, o)->kind == PLX_TOK_NUMBER && o > obj
                         && (tok (ctx, o - 1)->flags & PLX_TF_CAP)))
                 && !has (ctx, PLX_LEX_CLAUSE_STARTERS, o)
                 && !has (ctx, PLX_LEX_CLAUSE_BLOCKERS, o) && !has (ctx, PLX_LEX_INDEFINITES, o))
            {
              if (has (ctx, PLX_LEX_INFINITIVE, o))
                return v + 1;   /* "is asked to call the police" */
              o++;
            }
          /* "told the paper's podcast guidelines would be …": past the
           * one addressed a bare noun (or two) and an auxiliary open the
           * clause (English) */
          if (o > obj && o + 2 < pend && !plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, o)
              && g_strcmp0 (speech_lemma (ctx, v), "tell") == 0 && !auxiliary (ctx, o)
              && !has (ctx, PLX_LEX_PASSIVE_AUX, o)
              && !(tok (ctx, o)->flags & PLX_TF_CAP) && !has (ctx, PLX_LEX_CLAUSE_STARTERS, o)
              && !has (ctx, PLX_LEX_CLAUSE_BLOCKERS, o) && !has (ctx, PLX_LEX_PREPOSITIONS, o)
              && !has (ctx, PLX_LEX_INDEFINITES, o) && !has (ctx, PLX_LEX_COORDINATORS, o)
              && speech_lemma (ctx, o) == NULL && !word_ends (ctx, o, "ly"))
            {
              guint x = o + 1;

              if (is_word (ctx, x) && !(tok (ctx, x)->flags & PLX_TF_CAP) && !auxiliary (ctx, x)
                  && !has (ctx, PLX_LEX_PASSIVE_AUX, x) && !has (ctx, PLX_LEX_PREPOSITIONS, x))
                x++;
              if (x < pend && is_word (ctx, x) && (auxiliary (ctx, x) || has (ctx, PLX_LEX_PASSIVE_AUX, x))
                  && !has (ctx, PLX_LEX_NEGATIONS, x))
                {
                  clause_first = o;
                  goto have_clause;
                }
            }
        }
      /* "promised the report on the crash would be …": what looks like
       * an object with a phrase of a preposition is the subject of a
       * clause when an auxiliary follows it (not after "tell", whose
       * object is the one addressed) */
      if (o > obj && !plx_lexicon_is_inflected (ctx->lexicon) && g_strcmp0 (speech_lemma (ctx, v), "tell") != 0
          && !(v > sstart && has (ctx, PLX_LEX_PASSIVE_AUX, v - 1)) && postmodified_subject (ctx, v + 1, pend, TRUE))
        {
          clause_first = v + 1;
          goto have_clause;
        }
      /* "told reporters a deal on steel was close": past the one
       * addressed, an indefinite subject with its own verb */
      if (o > obj && !plx_lexicon_is_inflected (ctx->lexicon) && o < pend && has (ctx, PLX_LEX_INDEFINITES, o)
          && postmodified_subject (ctx, o, pend, FALSE))
        {
          clause_first = o;
          goto have_clause;
        }
      if (o == obj || o >= pend || !has (ctx, PLX_LEX_CLAUSE_STARTERS, o)
          || has (ctx, PLX_LEX_INDEFINITES, o))
        {
          /* "admitted his side had been …": no object — a noun phrase and
           * an auxiliary right after it open the clause (in a headline or
           * a standfirst, with no full stop at its end, without its
           * article: "Minister admits hotel deadline will be missed") */
          guint w;
          gboolean bare = !plx_lexicon_is_inflected (ctx->lexicon) && !(v > sstart && has (ctx, PLX_LEX_PASSIVE_AUX, v - 1))
                          && g_strcmp0 (speech_lemma (ctx, v), "tell") != 0 && bare_subject (ctx, v + 1, pend);

          if (plx_lexicon_is_inflected (ctx->lexicon)
              || (!bare && !has (ctx, PLX_LEX_DETERMINERS, v + 1) && !postmodified_subject (ctx, v + 1, pend, TRUE)
                  /* (not after "tells", whose first noun is the one
                   * addressed: "tells court actor was …") */
                  && !(plx_tokens_paragraph_of (ctx->tokens, v) < 2 && is_word (ctx, v + 1)
                       && !(tok (ctx, v + 1)->flags & PLX_TF_CAP) && g_strcmp0 (speech_lemma (ctx, v), "tell") != 0
                       && !(tok (ctx, para_end_of (ctx, v) - 1)->flags & PLX_TF_TERMINATOR))))
            return v + 1;
          for (w = v + 2; w < pend && w <= v + 4 && is_word (ctx, w) && !(auxiliary (ctx, w) || has (ctx, PLX_LEX_PASSIVE_AUX, w)); w++)
            ;
          /* (… or past a phrase of a preposition after its noun: "announced
           * an inquiry into the crash would begin") */
          if ((w >= pend || w > v + 4 || !is_word (ctx, w) || (w == v + 2 && !bare))
              && !postmodified_subject (ctx, v + 1, pend, TRUE))
            return v + 1;
          o = v + 1;
        }
      clause_first = o;
    }
  else if (v + 1 < pend && (is_word (ctx, v + 1) || tok (ctx, v + 1)->kind == PLX_TOK_NUMBER)
           && (!has (ctx, PLX_LEX_CLAUSE_BLOCKERS, v + 1)
               /* "said only three of the clinics were open", "said just
                * two crews had …": an adverb before a subject that has its
                * verb a few words on */
               || (!plx_lexicon_is_inflected (ctx->lexicon) && v + 4 < pend && is_word (ctx, v + 1)
                   && !has (ctx, PLX_LEX_PREPOSITIONS, v + 1) && !has (ctx, PLX_LEX_COORDINATORS, v + 1)
                   && !has (ctx, PLX_LEX_QUESTION_WORDS, v + 1) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, v + 1)
                   && !has (ctx, PLX_LEX_NEGATIONS, v + 1) && !has (ctx, PLX_LEX_SUBORDINATORS, v + 1)
                   && !has (ctx, PLX_LEX_RELATIVES, v + 1)
                   && (is_word (ctx, v + 2) || tok (ctx, v + 2)->kind == PLX_TOK_NUMBER)
                   && !(tok (ctx, v + 2)->flags & PLX_TF_CAP) && !has (ctx, PLX_LEX_PREPOSITIONS, v + 2)
                   && !has (ctx, PLX_LEX_COMPLEMENTIZERS, v + 2) && !has (ctx, PLX_LEX_CLAUSE_BLOCKERS, v + 2)
                   && speech_lemma (ctx, v + 2) == NULL
                   && auxiliary_soon (ctx, v + 3, pend))
               /* "said about 300 …" ("pointed to 2013" is no clause) */
               || (v + 2 < pend && tok (ctx, v + 2)->kind == PLX_TOK_NUMBER && !has (ctx, PLX_LEX_INFINITIVE, v + 1))
               /* "said more than 300 people had …" */
               || (!plx_lexicon_is_inflected (ctx->lexicon) && v + 3 < pend && is_word (ctx, v + 2)
                   && has (ctx, PLX_LEX_CLAUSE_BLOCKERS, v + 2) && tok (ctx, v + 3)->kind == PLX_TOK_NUMBER
                   && !has (ctx, PLX_LEX_PREPOSITIONS, v + 1))
               /* "said at least 60 families had …", "said at least one
                * startup had …": a quantifier opens the subject */
               || (!plx_lexicon_is_inflected (ctx->lexicon) && v + 3 < pend && has (ctx, PLX_LEX_PREPOSITIONS, v + 1)
                   && !has (ctx, PLX_LEX_INFINITIVE, v + 1) && is_word (ctx, v + 2) && !(tok (ctx, v + 2)->flags & PLX_TF_CAP)
                   && !has (ctx, PLX_LEX_DETERMINERS, v + 2) && !has (ctx, PLX_LEX_INDEFINITES, v + 2)
                   && !has (ctx, PLX_LEX_CIRCUMSTANCES, v + 2)
                   && (tok (ctx, v + 3)->kind == PLX_TOK_NUMBER
                       || has (ctx, PLX_LEX_INDEFINITES, v + 3)
                       /* "said at least four governments had …": a
                        * number word, a noun and an auxiliary */
                       || (v + 5 < pend && is_word (ctx, v + 3) && !(tok (ctx, v + 3)->flags & PLX_TF_CAP)
                           && is_word (ctx, v + 4) && is_word (ctx, v + 5)
                           && (auxiliary (ctx, v + 5) || has (ctx, PLX_LEX_PASSIVE_AUX, v + 5))))))
           && (plx_people_mention_at (ctx->people, v + 1) < 0 || named_clause_subject (ctx, v + 1, pend))
           && (has (ctx, PLX_LEX_CLAUSE_STARTERS, v + 1)
               || !plx_lexicon_is_inflected (ctx->lexicon)))
    {
      clause_first = v + 1;
      /* "said Sunday they were …", "said separately it would …": a day
       * or an adverb in -ly before the subject is no part of the clause */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && clause_first + 2 < pend && is_word (ctx, clause_first)
          && is_word (ctx, clause_first + 1)
          && (has (ctx, PLX_LEX_CLAUSE_STARTERS, clause_first + 1)
              || (pronoun (ctx, clause_first + 1) != 0 && !possessive_pronoun (ctx, clause_first + 1)))
          && (has (ctx, PLX_LEX_WEEKDAYS, clause_first)
              /* ("only three of …": "only" is part of the subject) */
              || (!(tok (ctx, clause_first)->flags & PLX_TF_CAP) && word_ends (ctx, clause_first, "ly")
                  && tok (ctx, clause_first)->len > 4)))
        clause_first++;
      /* "…, police said Wednesday, ending a search …": a day the comma
       * closes ends the attribution; what follows is narration */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && clause_first == v + 1 && v + 2 < pend
          && has (ctx, PLX_LEX_WEEKDAYS, v + 1) && is_char (ctx, v + 2, ','))
        return v + 1;
    }
  else
    return v + 1;

have_clause:
  /* without "that" the clause must look like one: a few words, not an
   * object ("asked a question", "laughed it off") */
  e = clause_end (ctx, clause_first);
  /* (a clause in a relative clause ends at the comma that closes it,
   * where the sentence's own verb goes on: "The dredger, which engineers
   * say will need a new engine, stayed in port") */
  if (gap)
    for (guint k = clause_first + 1; k + 1 < e; k++)
      if (is_char (ctx, k, ',') && !(tok (ctx, k)->flags & PLX_TF_IN_QUOTE) && is_word (ctx, k + 1)
          && !(tok (ctx, k + 1)->flags & PLX_TF_CAP)
          && (past_form (ctx, k + 1) || has (ctx, PLX_LEX_FINITE_VERBS, k + 1) || auxiliary (ctx, k + 1)
              || has (ctx, PLX_LEX_PASSIVE_AUX, k + 1)))
        {
          e = k;
          break;
        }
  /* "signals cuts may wait", not "signals tougher line on …" */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && c == PLX_NO_TOKEN && g_strcmp0 (speech_lemma (ctx, v), "signal") == 0
      && !signal_takes_clause (ctx, clause_first, e))
    return v + 1;
  /* "…, что после задержания изменили порядок: «…»": the clause ends at
   * the colon that introduces a quote */
  for (guint k = clause_first; k + 1 < e; k++)
    if (is_char (ctx, k, ':') && tok (ctx, k + 1)->kind == PLX_TOK_QUOTE)
      {
        e = k;
        break;
      }
  /* "telling them the same thing over and over: his father had gone …":
   * without "that", an object and a colon before the clause (English) */
  if (c == PLX_NO_TOKEN && !plx_lexicon_is_inflected (ctx->lexicon) && !has (ctx, PLX_LEX_QUESTION_WORDS, clause_first))
    for (guint k = clause_first + 1; k + 3 < e && k <= clause_first + 8; k++)
      {
        if (!is_word (ctx, k) && !is_char (ctx, k, ':'))
          break;
        if (is_char (ctx, k, ':'))
          {
            if (!looks_finite (ctx, clause_first, k) && looks_finite (ctx, k + 1, e))
              clause_first = k + 1;
            break;
          }
      }
  /* "Asked whether the reserves would last, the minister was cautious":
   * a question opening the sentence ends at its first comma */
  if (!plx_lexicon_is_inflected (ctx->lexicon)
      && (cue_first == sstart
          /* "When reporters asked the CM whether …, he …" */
          || (is_word (ctx, sstart) && has (ctx, PLX_LEX_SUBORDINATORS, sstart) && !has (ctx, PLX_LEX_CONCESSIVES, sstart)
              && cue_first <= sstart + 6 && has (ctx, PLX_LEX_QUESTION_VERBS, cue_first)))
      && (has (ctx, PLX_LEX_QUESTION_WORDS, clause_first)
          || (clause_first > 0 && (has (ctx, PLX_LEX_QUESTION_WORDS, clause_first - 1)
                                   || has (ctx, PLX_LEX_COMPLEMENTIZERS, clause_first - 1)))))
    for (guint k = clause_first + 1; k + 1 < e; k++)
      if (is_char (ctx, k, ','))
        {
          /* … past an apposition to a name in it: "Asked whether
           * Okafor, out of contract next summer, had done enough, …" */
          int m = plx_people_mention_at (ctx->people, k - 1);
          /* … or to any noun phrase, when the question has no verb yet
           * and one follows the apposition: "Asked whether the
           * neighbouring volcano, the highest in the range, could also
           * erupt, …" */
          gboolean verbless = !looks_finite (ctx, clause_first, k);

          if ((m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).end == k) || verbless)
            {
              guint k2;

              for (k2 = k + 1; k2 < e && k2 <= k + 9
                               && (is_word (ctx, k2) || (verbless && tok (ctx, k2)->kind == PLX_TOK_NUMBER))
                               && speech_lemma (ctx, k2) == NULL
                               && !auxiliary (ctx, k2) && !has (ctx, PLX_LEX_PASSIVE_AUX, k2); k2++)
                ;
              if (k2 > k + 1 && k2 + 1 < e && is_char (ctx, k2, ',') && is_word (ctx, k2 + 1)
                  && !(tok (ctx, k2 + 1)->flags & PLX_TF_CAP)
                  && (m >= 0 || auxiliary (ctx, k2 + 1) || has (ctx, PLX_LEX_PASSIVE_AUX, k2 + 1)))
                {
                  k = k2;
                  continue;
                }
            }
          e = k;
          break;
        }
  /* "Asked whether …, Peskov said …": the question ends at the comma */
  for (guint k = clause_first + 1; k + 1 < e; k++)
    if (is_char (ctx, k, ','))
      {
        guint w;

        for (w = k + 1; w < e && w <= k + 5 && is_word (ctx, w) && speech_lemma (ctx, w) == NULL; w++)
          ;
        if (w < e && w > k + 1 && speech_lemma (ctx, w) != NULL
            && plx_people_mention_from (ctx->people, k + 1) >= 0
            && g_array_index (ctx->people->mentions, PlxMention,
                              plx_people_mention_from (ctx->people, k + 1)).first < w)
          {
            e = k;
            break;
          }
      }
  /* "X, who posted that the plan was dead, did not vote": a clause in a
   * relative clause ends at its comma */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && cue_first > sstart + 1
      && ((has (ctx, PLX_LEX_QUESTION_WORDS, cue_first - 1) && is_char (ctx, cue_first - 2, ','))
          || quantified_relative (ctx, cue_first - 1, sstart)))
    for (guint k = clause_first + 1; k + 1 < e; k++)
      if (is_char (ctx, k, ','))
        {
          e = k;
          break;
        }
  /* "said the two had spoken, though he would not describe the talks":
   * a connective, a personal pronoun and a negated auxiliary tell what
   * the speaker did not say */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 1; k + 4 < e; k++)
      if (is_char (ctx, k, ',') && is_word (ctx, k + 1) && !(tok (ctx, k + 1)->flags & PLX_TF_CAP)
          && !has (ctx, PLX_LEX_COMPLEMENTIZERS, k + 1)
          && (pronoun (ctx, k + 2) == 'm' || pronoun (ctx, k + 2) == 'f') && !possessive_pronoun (ctx, k + 2)
          && is_word (ctx, k + 3) && auxiliary (ctx, k + 3) && is_word (ctx, k + 4) && has (ctx, PLX_LEX_NEGATIONS, k + 4))
        {
          e = k;
          break;
        }
  /* "says the company is “done with social” — and is laying off …": a
   * dash, "and" and a verb go on with the speaker's own predicate */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 1; k + 2 < e; k++)
      if (tok (ctx, k)->kind == PLX_TOK_DASH && (tok (ctx, k)->flags & PLX_TF_SPACE_BEFORE)
          && is_word (ctx, k + 1) && has (ctx, PLX_LEX_COORDINATORS, k + 1) && is_word (ctx, k + 2)
          && (auxiliary (ctx, k + 2) || has (ctx, PLX_LEX_PASSIVE_AUX, k + 2)) && !has (ctx, PLX_LEX_NEGATIONS, k + 2))
        {
          e = k;
          break;
        }
  /* "told colleagues that she inherited …, according to a person close
   * to her": a trailing source ends the clause; so does a naming verb
   * with its quote after a comma (", calling it “…”", ", which she
   * called “…”") (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 1; k + 1 < e; k++)
      if (is_char (ctx, k, ','))
        {
          gboolean naming = FALSE;
          guint w = k + 1;

          if (w + 2 < e && is_word (ctx, w) && has (ctx, PLX_LEX_RELATIVES, w)
              && pronoun (ctx, w + 1) != 0 && !possessive_pronoun (ctx, w + 1))
            w += 2;
          else if (!(w < e && word_ends (ctx, w, "ing")))
            w = e;
          if (w < e && is_word (ctx, w) && has (ctx, PLX_LEX_NAMING_VERBS, w))
            for (guint o = w + 1; o < e && o <= w + 3 && !naming; o++)
              naming = is_quote (ctx, o) && (tok (ctx, o)->flags & PLX_TF_CAN_OPEN);
          if (naming || match_phrase (ctx, PLX_LEX_PHRASE_ACCORDING, k + 1, NULL) > 0)
            {
              e = k;
              break;
            }
        }
  /* "told shareholders the board had “lost confidence” in the plan, two
   * of the people said": an attribution closing the sentence is no part
   * of the clause (English); such a cut ends the clause like the end of
   * the sentence ("said sales had stabilised, citing …") */
  gboolean narration = FALSE;

  if (!plx_lexicon_is_inflected (ctx->lexicon) && e > clause_first + 3 && is_word (ctx, e - 1)
      && speech_lemma (ctx, e - 1) != NULL && !word_ends (ctx, e - 1, "ing"))
    for (guint k = e - 2; k > clause_first && k + 8 >= e; k--)
      {
        if (is_char (ctx, k, ',') && !(tok (ctx, k)->flags & PLX_TF_IN_QUOTE))
          {
            if (k + 2 < e)
              {
                e = k;
                narration = TRUE;
              }
            break;
          }
        /* (a subject only: "…, days before the ban was announced" is
         * a clause with a passive) */
        if (!is_word (ctx, k) || has (ctx, PLX_LEX_COMPLEMENTIZERS, k) || has (ctx, PLX_LEX_RELATIVES, k)
            || speech_lemma (ctx, k) != NULL || auxiliary (ctx, k) || has (ctx, PLX_LEX_PASSIVE_AUX, k)
            || has (ctx, PLX_LEX_SUBORDINATORS, k) || word_ends (ctx, k, "ing"))
          break;
      }
  /* "said the depot would close, a move that will cost 40 jobs", "said
   * the vote was “a good first step,” a rare moment of …": a sentential
   * apposition is the writer's comment (English) */
  guint last_comma = clause_first;

  for (guint k = clause_first; k < e; k++)
    if (is_char (ctx, k, ','))
      last_comma = k;
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 1; k + 3 < e; k++)
      {
        guint cut = k;

        if (tok (ctx, k)->kind == PLX_TOK_QUOTE && (tok (ctx, k)->flags & PLX_TF_CAN_CLOSE) && is_char (ctx, k - 1, ','))
          cut = k + 1;
        else if (!is_char (ctx, k, ',') || (tok (ctx, k)->flags & PLX_TF_IN_QUOTE))
          continue;
        if (!is_word (ctx, k + 1) || !has (ctx, PLX_LEX_INDEFINITES, k + 1) || (tok (ctx, k + 1)->flags & PLX_TF_CAP))
          continue;
        /* … closing the clause ("load factor, a measure of how full its
         * planes are, reached 93%" goes on); "of" after an adjective and
         * its noun ("a rare moment of", not "a premium of 38 per cent") */
        gboolean last = last_comma < k + 2;

        for (guint w = k + 2; last && w < e && w <= k + 5 && is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_CAP); w++)
          if (w > k + 2 && (has (ctx, PLX_LEX_COMPLEMENTIZERS, w) || has (ctx, PLX_LEX_RELATIVES, w)
                            || (w > k + 3 && plx_tokens_word_is (ctx->tokens, w, "of"))))
            {
              e = cut;
              narration = TRUE;
              break;
            }
          else if (auxiliary (ctx, w) || has (ctx, PLX_LEX_PASSIVE_AUX, w) || has (ctx, PLX_LEX_FINITE_VERBS, w))
            break;
        if (e == cut)
          break;
      }
  /* "said her team had been “outplayed” as Eastfield came from behind",
   * "…, though Reuters could not confirm it": an as- or though-clause
   * with a named subject of its own, right after a quote or a comma, is
   * the writer's account of another event (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 2; k + 2 < e; k++)
      if (is_word (ctx, k) && !(tok (ctx, k)->flags & PLX_TF_IN_QUOTE)
          && (has (ctx, PLX_LEX_CONCESSIVES, k) || match_phrase (ctx, PLX_LEX_PHRASE_AS_MARKERS, k, NULL) == 1)
          && (is_char (ctx, k - 1, ',')
              || (tok (ctx, k - 1)->kind == PLX_TOK_QUOTE && (tok (ctx, k - 1)->flags & PLX_TF_CAN_CLOSE)))
          && is_word (ctx, k + 1) && (tok (ctx, k + 1)->flags & PLX_TF_CAP) && pronoun (ctx, k + 1) == 0
          && !has (ctx, PLX_LEX_DETERMINERS, k + 1))
        {
          guint w;

          for (w = k + 2; w < e && w <= k + 5 && is_word (ctx, w) && (tok (ctx, w)->flags & PLX_TF_CAP); w++)
            ;
          if (w < e && is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_CAP)
              && (past_form (ctx, w) || auxiliary (ctx, w) || has (ctx, PLX_LEX_PASSIVE_AUX, w)
                  || has (ctx, PLX_LEX_FINITE_VERBS, w)))
            {
              e = is_char (ctx, k - 1, ',') ? k - 1 : k;
              narration = TRUE;
              break;
            }
        }
  /* "said he felt “let down” when asked about it", "…, after a judge
   * ruled …": an adverbial clause that tells a speech act of its own */
  {
    guint own = separate_speech_end (ctx, clause_first, e);

    if (own < e)
      {
        e = own;
        narration = TRUE;
      }
  }
  /* "заявил, что завод закроют, что стало неожиданностью": «что» with a
   * verb in the neuter past comments on the whole sentence (Russian) */
  if (plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 1; k + 2 < e; k++)
      if (is_char (ctx, k, ',') && !(tok (ctx, k)->flags & PLX_TF_IN_QUOTE) && is_word (ctx, k + 1)
          /* (not the object of a verb: "не сразу понял, что произошло") */
          && past_gender (ctx, k - 1) == 0 && !verb_plural (ctx, k - 1) && speech_lemma (ctx, k - 1) == NULL
          && has (ctx, PLX_LEX_COMPLEMENTIZERS, k + 1) && is_word (ctx, k + 2) && tok (ctx, k + 2)->len > 6
          && (word_ends (ctx, k + 2, "ло") || (tok (ctx, k + 2)->len > 10 && word_ends (ctx, k + 2, "лось"))))
        {
          e = k;
          break;
        }
  /* "…, adding that …", "…, добавив, что …": the participle opens a
   * statement of its own */
  for (guint k = clause_first + 1; k + 1 < e; k++)
    {
      if (is_char (ctx, k, ',') && is_word (ctx, k + 1) && has (ctx, PLX_LEX_PARTICIPLE_CUES, k + 1))
        {
          e = k;
          narration = TRUE;
          break;
        }
      /* "… “talk to anybody,” adding": the comma inside the marks */
      if (tok (ctx, k)->kind == PLX_TOK_QUOTE && (tok (ctx, k)->flags & PLX_TF_CAN_CLOSE) && is_char (ctx, k - 1, ',')
          && is_word (ctx, k + 1) && has (ctx, PLX_LEX_PARTICIPLE_CUES, k + 1))
        {
          e = k + 1;
          break;
        }
    }
  /* "wrote that the deal was “a disgrace” and cut his price target": a
   * quoted fragment closing before "and" and a verb ends what was said */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 1; k + 2 < e; k++)
      if (tok (ctx, k)->kind == PLX_TOK_QUOTE && (tok (ctx, k)->flags & PLX_TF_CAN_CLOSE)
          && !(tok (ctx, k)->flags & PLX_TF_CAN_OPEN)
          && is_word (ctx, k + 1) && has (ctx, PLX_LEX_COORDINATORS, k + 1)
          && is_word (ctx, k + 2) && !(tok (ctx, k + 2)->flags & PLX_TF_CAP)
          && !has (ctx, PLX_LEX_CLAUSE_STARTERS, k + 2) && !has (ctx, PLX_LEX_DETERMINERS, k + 2)
          && !has (ctx, PLX_LEX_INDEFINITES, k + 2) && pronoun (ctx, k + 2) == 0
          && !has (ctx, PLX_LEX_PASSIVE_AUX, k + 2) && !auxiliary (ctx, k + 2)
          /* "was “well designed” but relatively short", "“out of
           * politeness” and never stopped": an adverb goes on */
          && !(has (ctx, PLX_LEX_NEGATIONS, k + 2) && !word_ends (ctx, k + 2, "ed") && !word_ends (ctx, k + 2, "s"))
          && !word_ends (ctx, k + 2, "ly")
          /* … but a finite verb that is no act of speech goes on with the
           * content: "were “modest” and designed to …", "was “sound” but
           * remained closed", "is “clean” and intends to …" (not after
           * a comma in the marks, “…,” and referred questions to …; a
           * refusal, "and declined further comment", is the speaker's
           * act) */
          && !(speech_lemma (ctx, k + 2) == NULL
               && (word_ends (ctx, k + 2, "ed")
                   || (word_ends (ctx, k + 2, "s") && k + 3 < e && has (ctx, PLX_LEX_INFINITIVE, k + 3)))
               && !is_char (ctx, k - 1, ',')
               && !has (ctx, PLX_LEX_NEGATIONS, k + 2))
          /* … and so does an act of speech with an object and no
           * clause of its own: "was “deeply alarmed” and urged both
           * sides to …", "“fully committed” but accused the rebels of …" */
          && !(speech_lemma (ctx, k + 2) != NULL && !word_ends (ctx, k + 2, "ing")
               && !coordinated_own_clause (ctx, k + 2, e)
               && !names_quote (ctx, k + 2, e))
          /* … and a bare verb shares a modal of the clause before the
           * marks: "would “loom over the street” and send more vans …" */
          && !(speech_lemma (ctx, k + 2) == NULL && !word_ends (ctx, k + 2, "ed") && !word_ends (ctx, k + 2, "s")
               && !word_ends (ctx, k + 2, "ing") && modal_before (ctx, clause_first, k)))
        {
          e = k + 1;
          break;
        }
  /* "said the company had sold out …, but declined to say …": a second
   * predicate of the speaker, a past tense right after the coordinator */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 1; k + 2 < e; k++)
      if (is_char (ctx, k, ',') && has (ctx, PLX_LEX_COORDINATORS, k + 1) && is_word (ctx, k + 2)
          /* … not inside a quoted fragment: "was “relieved, but exhausted”" */
          && !(tok (ctx, k)->flags & PLX_TF_IN_QUOTE)
          && !(tok (ctx, k + 2)->flags & PLX_TF_CAP) && tok (ctx, k + 2)->len > 4
          && memcmp (ctx->tokens->text + tok (ctx, k + 2)->start + tok (ctx, k + 2)->len - 2, "ed", 2) == 0
          && !has (ctx, PLX_LEX_DETERMINERS, k + 2) && pronoun (ctx, k + 2) == 0
          /* (an act of speech with an object goes on: ", but accused
           * the rebels of …", ", and urged voters to …") */
          && !(speech_lemma (ctx, k + 2) != NULL && !coordinated_own_clause (ctx, k + 2, e)
               && !names_quote (ctx, k + 2, e)))
        {
          e = k;
          break;
        }
  /* "said the committee would ask …, and did not rule out …": a negated
   * auxiliary right after the coordinator is a second predicate of the
   * speaker (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 1; k + 3 < e; k++)
      if (is_char (ctx, k, ',') && has (ctx, PLX_LEX_COORDINATORS, k + 1) && is_word (ctx, k + 2)
          && !(tok (ctx, k)->flags & PLX_TF_IN_QUOTE) && auxiliary (ctx, k + 2)
          && is_word (ctx, k + 3) && has (ctx, PLX_LEX_NEGATIONS, k + 3))
        {
          e = k;
          break;
        }
  /* "said most customers would …, but warned that …": two clauses (an
   * act with an object, "…, and urged both sides to …", goes on) */
  for (guint k = clause_first + 1; k + 2 < e; k++)
    if (is_char (ctx, k, ',') && has (ctx, PLX_LEX_COORDINATORS, k + 1)
        && ((speech_lemma (ctx, k + 2) != NULL
             && (coordinated_own_clause (ctx, k + 2, e)
                 || names_quote (ctx, k + 2, e)))
            || (k + 3 < e && speech_lemma (ctx, k + 3) != NULL)))
      {
        e = k;
        break;
      }
  /* "said it was “reviewing the decision,” while a spokesman, Jo Roe,
   * told reporters …", "…, but the union said …": a contrast whose
   * subject speaks for itself is a second statement */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 1; k + 3 < e; k++)
      {
        guint cut = k;
        guint w;

        if (tok (ctx, k)->kind == PLX_TOK_QUOTE && (tok (ctx, k)->flags & PLX_TF_CAN_CLOSE) && is_char (ctx, k - 1, ','))
          cut = k + 1;
        else if (!is_char (ctx, k, ','))
          continue;
        if (!is_word (ctx, k + 1) || !(has (ctx, PLX_LEX_CONCESSIVES, k + 1) || has (ctx, PLX_LEX_COORDINATORS, k + 1)))
          continue;
        for (w = k + 2; w < e && w <= k + 12; w++)
          if ((tok (ctx, w)->flags & PLX_TF_TERMINATOR) || tok (ctx, w)->kind == PLX_TOK_QUOTE
              || (is_word (ctx, w) && (has (ctx, PLX_LEX_COMPLEMENTIZERS, w) || has (ctx, PLX_LEX_RELATIVES, w)))
              || (is_word (ctx, w) && speech_lemma (ctx, w) != NULL))
            break;
        /* (a one-word subject only when it is a name or a plural: "…,
         * while hauliers argued …", not "…, and later urged …") */
        if (w < e && (w > k + 3 || (w == k + 3 && !auxiliary (ctx, k + 2) && !word_ends (ctx, k + 2, "ly")
                                    && pronoun (ctx, k + 2) == 0 && !has (ctx, PLX_LEX_CLAUSE_STARTERS, k + 2)
                                    && ((tok (ctx, k + 2)->flags & PLX_TF_CAP)
                                        || (word_ends (ctx, k + 2, "s") && !word_ends (ctx, k + 2, "ss")
                                            && !word_ends (ctx, k + 2, "wards")))))
            && is_word (ctx, w) && speech_lemma (ctx, w) != NULL
            && !(tok (ctx, w)->flags & PLX_TF_CAP) && !noun_use (ctx, w, k + 2)
            && !has (ctx, PLX_LEX_INFINITIVE, w - 1) && !has (ctx, PLX_LEX_NEGATIONS, w - 1)
            && !has (ctx, PLX_LEX_PASSIVE_AUX, w - 1))
          {
            e = cut;
            break;
          }
      }
  /* "признается, что не любит это слово — по его мнению, оно …": a
   * clause of its own after the dash */
  if (plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 1; k + 2 < e; k++)
      if (tok (ctx, k)->kind == PLX_TOK_DASH && match_phrase (ctx, PLX_LEX_PHRASE_ACCORDING, k + 1, NULL) > 0)
        {
          e = k;
          break;
        }
  /* "said the trial had been careful, although she conceded that …",
   * "сказал, что …, хотя и признал, что …": a concession by the same
   * speaker is a statement of its own */
  for (guint k = clause_first + 1; k + 3 < e; k++)
    if (is_char (ctx, k, ',') && has (ctx, PLX_LEX_CONCESSIVES, k + 1))
      {
        guint w = k + 2;

        /* a pronoun subject, then a particle or an adverb ("и", "later") */
        if (pronoun (ctx, w) != 0 && !possessive_pronoun (ctx, w))
          w++;
        if (w + 1 < e && speech_lemma (ctx, w) == NULL && is_word (ctx, w)
            && !(tok (ctx, w)->flags & PLX_TF_CAP) && speech_lemma (ctx, w + 1) != NULL)
          w++;
        if (speech_lemma (ctx, w) != NULL
            && w + 1 < e && (has (ctx, PLX_LEX_COMPLEMENTIZERS, w + 1)
                             || (is_char (ctx, w + 1, ',') && w + 2 < e
                                 && has (ctx, PLX_LEX_COMPLEMENTIZERS, w + 2))))
          {
            e = k;
            break;
          }
      }
  /* "Developer says plan will ease shortage but locals warn of …", "…
   * by 2029, Opposition calls plan ‘fantasy’": in a headline a verb of
   * speech a few words after a comma, a semicolon, a coordinator or "as"
   * opens the headline's second statement (English; the headline or the
   * standfirst, a first or second paragraph with no full stop at its end) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && plx_tokens_paragraph_of (ctx->tokens, clause_first) < 2
      && !(tok (ctx, para_end_of (ctx, clause_first) - 1)->flags & PLX_TF_TERMINATOR))
    for (guint k = clause_first + 2; k + 2 < e; k++)
      {
        guint w;

        if ((tok (ctx, k)->flags & PLX_TF_IN_QUOTE)
            || !(is_char (ctx, k, ',') || is_char (ctx, k, ';')
                 || (is_word (ctx, k) && (has (ctx, PLX_LEX_COORDINATORS, k) || has (ctx, PLX_LEX_CONCESSIVES, k)
                                          || match_phrase (ctx, PLX_LEX_PHRASE_AS_MARKERS, k, NULL) == 1))))
          continue;
        /* (past a possessive: "as actor's lawyers accuse …") */
        for (w = k + 1; w < e && w <= k + 6
                        && ((is_word (ctx, w) && speech_lemma (ctx, w) == NULL)
                            || (tok (ctx, w)->kind == PLX_TOK_QUOTE && w > k + 1 && is_word (ctx, w - 1)
                                && !(tok (ctx, w)->flags & PLX_TF_SPACE_BEFORE)));
             w++)
          ;
        if (w > k + 1 && w < e && w <= k + 6 && is_word (ctx, w) && speech_lemma (ctx, w) != NULL
            && !word_ends (ctx, w, "ing") && !noun_use (ctx, w, k + 1))
          {
            e = is_word (ctx, k) && is_char (ctx, k - 1, ',') ? k - 1 : k;
            narration = TRUE;
            break;
          }
        /* "… as campaigners call for …", "… as Growth Stalls": "as" and a
         * subject — a plural, a capitalised word, "the" — with a word
         * after it open the headline's own clause */
        if (is_word (ctx, k) && match_phrase (ctx, PLX_LEX_PHRASE_AS_MARKERS, k, NULL) == 1
            && k + 2 < e && is_word (ctx, k + 1) && is_word (ctx, k + 2)
            && !(tok (ctx, k + 1)->flags & PLX_TF_IN_QUOTE)
            && ((tok (ctx, k + 1)->flags & PLX_TF_CAP) || plx_tokens_word_is (ctx->tokens, k + 1, "the")
                || (tok (ctx, k + 1)->len > 3 && word_ends (ctx, k + 1, "s") && !word_ends (ctx, k + 1, "ss"))))
          {
            guint words = 0;

            /* (a clause of its own before it: "offer “undervalues” group"
             * is too short to stand without what follows) */
            for (guint w = clause_first; w < k; w++)
              words += is_word (ctx, w);
            if (words < 4)
              continue;
            e = is_char (ctx, k - 1, ',') ? k - 1 : k;
            narration = TRUE;
            break;
          }
      }
  /* "…, though he offered no evidence", "…, as she toured the site",
   * "was “intact,” although she cautioned it …": after a comma, also
   * one inside a closing mark, a concessive or "as" with "he" or "she"
   * and a verb is an act of the speaker the writer tells, or a
   * statement of its own (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 2; k + 3 < e; k++)
      {
        guint cut;
        char pr;

        if (is_char (ctx, k - 1, ',') && !(tok (ctx, k - 1)->flags & PLX_TF_IN_QUOTE))
          cut = k - 1;
        else if (tok (ctx, k - 1)->kind == PLX_TOK_QUOTE && (tok (ctx, k - 1)->flags & PLX_TF_CAN_CLOSE)
                 && is_char (ctx, k - 2, ','))
          cut = k;
        else
          continue;
        if (!is_word (ctx, k)
            || !(has (ctx, PLX_LEX_CONCESSIVES, k) || match_phrase (ctx, PLX_LEX_PHRASE_AS_MARKERS, k, NULL) == 1))
          continue;
        pr = pronoun (ctx, k + 1);
        if ((pr != 'm' && pr != 'f') || possessive_pronoun (ctx, k + 1) || !is_word (ctx, k + 2))
          continue;
        if (speech_lemma (ctx, k + 2) != NULL || past_form (ctx, k + 2)
            || (has (ctx, PLX_LEX_FINITE_VERBS, k + 2) && !auxiliary (ctx, k + 2)
                && !has (ctx, PLX_LEX_PASSIVE_AUX, k + 2)))
          {
            e = cut;
            narration = TRUE;
            break;
          }
      }
  /* "said the plan had been discussed for a week and called the vote
   * “…”", "… and said he had been forced to …": without a comma, a
   * speech verb after "and" that reports a clause or names something
   * of its own is a second predicate of the speaker */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 2; k + 2 < e; k++)
      if (is_word (ctx, k) && has (ctx, PLX_LEX_COORDINATORS, k) && is_word (ctx, k + 1)
          && !(tok (ctx, k + 1)->flags & PLX_TF_CAP) && speech_lemma (ctx, k + 1) != NULL
          && !noun_use (ctx, k + 1, k + 1) && !has (ctx, PLX_LEX_INFINITIVE, k + 2)
          && (names_quote (ctx, k + 1, e) || has (ctx, PLX_LEX_COMPLEMENTIZERS, k + 2)
              || (pronoun (ctx, k + 2) != 0 && !possessive_pronoun (ctx, k + 2))
              /* "… but said the ministry expected …" ("… and urged
               * residents to call 101", "… but accused the rebels of …":
               * an act with an object goes on with the clause) */
              || (has (ctx, PLX_LEX_DETERMINERS, k + 2) && !has (ctx, PLX_LEX_OBJECT_VERBS, k + 1)
                  && coordinated_own_clause (ctx, k + 1, e))))
        {
          e = k;
          break;
        }
  /* "accused the government of …", "called the ruling a disgrace": a
   * naming verb takes an object, not a clause without "that" */
  if (c == PLX_NO_TOKEN && has (ctx, PLX_LEX_NAMING_VERBS, v) && !plx_lexicon_is_inflected (ctx->lexicon)
      && !has (ctx, PLX_LEX_QUESTION_WORDS, clause_first))
    return v + 1;
  if (c == PLX_NO_TOKEN)
    {
      guint words = 0;
      /* the third word of "he was “gutted”", past an opening mark */
      guint third = clause_first + 2 < e && is_quote (ctx, clause_first + 2) ? clause_first + 3 : clause_first + 2;

      /* "asking him to publish …": a word and an infinitive with no
       * verb after them are an object and a request, not a clause ("said
       * work to replace the main would be finished …" is one) */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && clause_first + 2 < e && is_word (ctx, clause_first)
          && is_word (ctx, clause_first + 1) && has (ctx, PLX_LEX_INFINITIVE, clause_first + 1)
          && !looks_finite (ctx, clause_first + 2, e))
        return v + 1;
      /* "posted a video on Instagram", "reported a net loss of $41
       * million on Thursday": an indefinite noun phrase and a preposition
       * with no verb before or right after them is an object, not a
       * clause ("said a man in his 40s had been …" is one) */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && has (ctx, PLX_LEX_INDEFINITES, clause_first))
        {
          guint p = PLX_NO_TOKEN;

          for (guint k = clause_first; k < e && k <= clause_first + 4; k++)
            {
              PlxToken *t = tok (ctx, k);

              if (!is_word (ctx, k) && t->kind != PLX_TOK_NUMBER)
                break;
              if (is_word (ctx, k) && (auxiliary (ctx, k) || has (ctx, PLX_LEX_PASSIVE_AUX, k)
                                       || has (ctx, PLX_LEX_FINITE_VERBS, k)
                                       || (k > clause_first && t->len > 3 && !(t->flags & PLX_TF_CAP)
                                           && memcmp (ctx->tokens->text + t->start + t->len - 2, "ed", 2) == 0)))
                break;
              if (k > clause_first && is_word (ctx, k) && has (ctx, PLX_LEX_PREPOSITIONS, k)
                  && !has (ctx, PLX_LEX_INFINITIVE, k))
                {
                  p = k;
                  break;
                }
            }
          if (p != PLX_NO_TOKEN)
            {
              gboolean verb = FALSE;

              for (guint w = p + 1; w < e && w <= p + 8 && !verb; w++)
                {
                  PlxToken *t = tok (ctx, w);

                  if (!is_word (ctx, w) && t->kind != PLX_TOK_NUMBER && !is_char (ctx, w, '.')
                      && !(t->flags & PLX_TF_ABBREV))
                    break;
                  if (is_word (ctx, w) && (has (ctx, PLX_LEX_RELATIVES, w) || has (ctx, PLX_LEX_QUESTION_WORDS, w)
                                           || has (ctx, PLX_LEX_COMPLEMENTIZERS, w)))
                    break;
                  verb = is_word (ctx, w) && !(t->flags & PLX_TF_CAP)
                         && (auxiliary (ctx, w) || has (ctx, PLX_LEX_PASSIVE_AUX, w) || has (ctx, PLX_LEX_FINITE_VERBS, w)
                             || (t->len > 3 && memcmp (ctx->tokens->text + t->start + t->len - 2, "ed", 2) == 0));
                }
              if (!verb)
                return v + 1;
            }
        }
      for (guint k = clause_first; k < e; k++)
        {
          if (is_word (ctx, k) || tok (ctx, k)->kind == PLX_TOK_NUMBER)
            words++;
          /* "asked a question", "declared a state of emergency" */
          if (has (ctx, PLX_LEX_NON_SPEECH_OBJECTS, k) && k <= clause_first + 3
              /* … not after the clause's own verb: "said hospitals would
               * prioritise emergency care" (English) */
              && !(!plx_lexicon_is_inflected (ctx->lexicon) && k > clause_first + 1 && looks_finite (ctx, clause_first, k))
              /* … not a modifier of the subject: "saying emergency
               * alerts went out …" */
              && !(!plx_lexicon_is_inflected (ctx->lexicon) && k + 2 < e && is_word (ctx, k + 1)
                   && !(tok (ctx, k + 1)->flags & PLX_TF_CAP) && pronoun (ctx, k + 1) == 0
                   && !has (ctx, PLX_LEX_PREPOSITIONS, k + 1) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, k + 1)
                   && !has (ctx, PLX_LEX_QUESTION_WORDS, k + 1) && is_word (ctx, k + 2)
                   && (has (ctx, PLX_LEX_FINITE_VERBS, k + 2) || auxiliary (ctx, k + 2)
                       || has (ctx, PLX_LEX_PASSIVE_AUX, k + 2)))
              /* … nor the head of the subject: "said the question for
               * investors is whether …" */
              && !(!plx_lexicon_is_inflected (ctx->lexicon) && k + 3 < e && is_word (ctx, k + 1)
                   && has (ctx, PLX_LEX_PREPOSITIONS, k + 1) && is_word (ctx, k + 2)
                   && !(tok (ctx, k + 2)->flags & PLX_TF_CAP) && is_word (ctx, k + 3)
                   && (has (ctx, PLX_LEX_PASSIVE_AUX, k + 3) || auxiliary (ctx, k + 3))))
            return v + 1;
        }
      /* "Asked whether …, she said she did not.": an elliptical answer,
       * a pronoun and an auxiliary (and a negation) ending the sentence */
      /* (a clause whose subject is the relative's has two words:
       * "which she said was avoidable") */
      if (words < 4 && !(gap && words >= 2)
          && !(!plx_lexicon_is_inflected (ctx->lexicon) && e == clause_first + words && words >= 2
               && e < ctx->n && (tok (ctx, e)->flags & PLX_TF_TERMINATOR)
               && (has (ctx, PLX_LEX_CLAUSE_STARTERS, clause_first) || pronoun (ctx, clause_first) != 0)
               && !possessive_pronoun (ctx, clause_first)
               && is_word (ctx, clause_first + 1) && auxiliary (ctx, clause_first + 1)
               && !has (ctx, PLX_LEX_NEGATIONS, clause_first + 1)
               && (words == 2 || has (ctx, PLX_LEX_NEGATIONS, clause_first + 2)))
          /* "said he was sceptical", "said she would resign": a
           * personal pronoun, a verb and one more word */
          && !(!plx_lexicon_is_inflected (ctx->lexicon) && words == 3
               && (e == third + 1 || (e == third + 2 && third > clause_first + 2 && is_quote (ctx, third + 1)))
               && e < ctx->n && ((tok (ctx, e)->flags & PLX_TF_TERMINATOR) || narration)
               && (pronoun (ctx, clause_first) != 0
                   || (has (ctx, PLX_LEX_CLAUSE_STARTERS, clause_first) && !(tok (ctx, clause_first)->flags & PLX_TF_CAP))
                   /* … or a bare noun: "said prices would rise" */
                   || (is_word (ctx, clause_first) && !(tok (ctx, clause_first)->flags & PLX_TF_CAP)
                       && !has (ctx, PLX_LEX_STOPWORDS, clause_first) && speech_lemma (ctx, clause_first) == NULL
                       && is_word (ctx, clause_first + 1)
                       && (auxiliary (ctx, clause_first + 1) || has (ctx, PLX_LEX_PASSIVE_AUX, clause_first + 1))))
               && !possessive_pronoun (ctx, clause_first)
               && is_word (ctx, clause_first + 1)
               && (auxiliary (ctx, clause_first + 1) || has (ctx, PLX_LEX_PASSIVE_AUX, clause_first + 1))
               && !has (ctx, PLX_LEX_NEGATIONS, clause_first + 1)
               && is_word (ctx, third) && !(tok (ctx, third)->flags & PLX_TF_CAP)
               && !has (ctx, PLX_LEX_PREPOSITIONS, third))
          /* "said he doubted it", "said she agreed": a personal pronoun,
           * a verb in the past and perhaps a pronoun object */
          && !(!plx_lexicon_is_inflected (ctx->lexicon) && (words == 2 || words == 3)
               && e == clause_first + words && e < ctx->n && (tok (ctx, e)->flags & PLX_TF_TERMINATOR)
               && pronoun (ctx, clause_first) != 0 && !possessive_pronoun (ctx, clause_first)
               && is_word (ctx, clause_first + 1)
               /* (or "said he didn't know", "said she wasn't sure": a
                * negated auxiliary and one more word) */
               && (((past_form (ctx, clause_first + 1) || (words == 3 && has (ctx, PLX_LEX_FINITE_VERBS, clause_first + 1)))
                    && !auxiliary (ctx, clause_first + 1)
                    && !has (ctx, PLX_LEX_PASSIVE_AUX, clause_first + 1))
                   || (words == 3 && (word_ends (ctx, clause_first + 1, "n't")
                                      || word_ends (ctx, clause_first + 1, "n\xe2\x80\x99t"))))
               && speech_lemma (ctx, clause_first + 1) == NULL
               && (words == 2
                   || (is_word (ctx, clause_first + 2) && !(tok (ctx, clause_first + 2)->flags & PLX_TF_CAP)
                       /* "said she remained hopeful", "said he felt
                        * betrayed": a pronoun, a stopword or a word of
                        * state closes the clause */
                       && (pronoun (ctx, clause_first + 2) != 0 || has (ctx, PLX_LEX_STOPWORDS, clause_first + 2)
                           || (speech_lemma (ctx, clause_first + 2) == NULL
                               && !has (ctx, PLX_LEX_CLAUSE_BLOCKERS, clause_first + 2)))
                       && !has (ctx, PLX_LEX_PREPOSITIONS, clause_first + 2)
                       && !has (ctx, PLX_LEX_DETERMINERS, clause_first + 2))))
          /* "рассказала, как все произошло": a Russian indirect
           * question of three words with a verb in the past; "спросили,
           * когда мост откроют", "уточнил, когда откроется": of two or
           * three with a finite verb of any tense */
          && !(plx_lexicon_is_inflected (ctx->lexicon) && (words == 2 || words == 3) && e == clause_first + words
               && e < ctx->n && (tok (ctx, e)->flags & PLX_TF_TERMINATOR)
               && has (ctx, PLX_LEX_QUESTION_WORDS, clause_first)
               && (ru_finite_form (ctx, clause_first + 1)
                   || (words == 3
                       && (ru_finite_form (ctx, clause_first + 2)
                           || past_gender (ctx, clause_first + 1) != 0 || past_gender (ctx, clause_first + 2) != 0
                           || word_ends (ctx, clause_first + 1, "ло") || word_ends (ctx, clause_first + 2, "ло")
                           || word_ends (ctx, clause_first + 1, "ли") || word_ends (ctx, clause_first + 2, "ли")
                           || word_ends (ctx, clause_first + 1, "лось") || word_ends (ctx, clause_first + 2, "лось")
                           || word_ends (ctx, clause_first + 1, "лись")
                           || word_ends (ctx, clause_first + 2, "лись"))))))
        return v + 1;
      /* "repeated his objections on Sunday", "reported 14 falls",
       * "recalled visiting the flat": without "that" (or a question word)
       * the words must hold a verb to be a clause */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && !has (ctx, PLX_LEX_QUESTION_WORDS, clause_first)
          && !looks_finite (ctx, clause_first, e) && !present_after_subject (ctx, clause_first, e))
        return v + 1;
      /* "reported earnings that missed estimates", "reported a drop in
       * profit, as a price war squeezed margins": the only verbs are in a
       * relative clause that ends the words or in an adverbial clause
       * with a subject of its own — an object, no clause (English) */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && clause_first == v + 1)
        for (guint k = clause_first + 1; k + 2 < e; k++)
          if ((relative_that (ctx, k, e, FALSE) && !looks_finite (ctx, k + 2, e))
              || (is_char (ctx, k - 1, ',') && is_word (ctx, k) && has (ctx, PLX_LEX_SUBORDINATORS, k)
                  && !has (ctx, PLX_LEX_COMPLEMENTIZERS, k) && is_word (ctx, k + 1)
                  && (has (ctx, PLX_LEX_DETERMINERS, k + 1) || has (ctx, PLX_LEX_INDEFINITES, k + 1)
                      || pronoun (ctx, k + 1) != 0)))
            {
              if (!looks_finite (ctx, clause_first, k))
                return v + 1;
              break;
            }
      /* "Nickel posted its biggest gain in years after people familiar
       * with the matter said …", "reported a 6% rise in profit and said
       * …": an object (a determiner or a number first), no verb of its
       * own, then "and" or a conjunction and another verb of speech —
       * what was said is that verb's (English) */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && clause_first == v + 1
          && (tok (ctx, clause_first)->kind == PLX_TOK_NUMBER
              || (is_word (ctx, clause_first) && !(tok (ctx, clause_first)->flags & PLX_TF_CAP)
                  && (has (ctx, PLX_LEX_INDEFINITES, clause_first) || possessive_pronoun (ctx, clause_first)
                      || (has (ctx, PLX_LEX_DETERMINERS, clause_first) && pronoun (ctx, clause_first) == 0)))))
        {
          gboolean joint = FALSE;

          for (guint w = clause_first + 1; w < e && w <= clause_first + 16; w++)
            {
              if (!is_word (ctx, w) && tok (ctx, w)->kind != PLX_TOK_NUMBER && !is_char (ctx, w, '%')
                  && !is_char (ctx, w, ','))
                break;
              if (is_word (ctx, w) && (has (ctx, PLX_LEX_COORDINATORS, w) || has (ctx, PLX_LEX_SUBORDINATORS, w)))
                joint = TRUE;
              else if (joint && speech_lemma (ctx, w) != NULL && !word_ends (ctx, w, "ing") && !noun_use (ctx, w, clause_first))
                {
                  if (!looks_finite (ctx, clause_first, w))
                    return v + 1;
                  break;
                }
            }
        }
    }
  /* "If Beijing concludes that …, the tariffs become …": speech only
   * supposed in a condition is none (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint w = cue_first; w-- > sstart && cue_first - w <= 8;)
      {
        if (!is_word (ctx, w))
          break;
        if (has (ctx, PLX_LEX_SUBORDINATORS, w) && has (ctx, PLX_LEX_COMPLEMENTIZERS, w)
            && !(tok (ctx, w)->flags & PLX_TF_ALLCAPS)
            && (!(tok (ctx, w)->flags & PLX_TF_CAP) || (tok (ctx, w)->flags & PLX_TF_SENT_START)))
          return v + 1;
      }
  /* the subject may be a person, a role, an organisation or nothing
   * known ("the local press joked that …"): the words are speech */
  if (!find_speaker_of (ctx, sstart, cue_first, 16, &a))
    a.entity = -1;
  /* "Ее внук Тимур держит плакат. Объясняет, что …": a Russian verb
   * opening its sentence with no subject of its own goes on with the
   * subject of the sentence before, in the same paragraph */
  if (a.entity < 0 && a.ref_end == 0 && plx_lexicon_is_inflected (ctx->lexicon) && cue_first == v && v == sstart
      && sstart > para_start_of (ctx, v) && is_char (ctx, v + 1, ',') && (tok (ctx, v)->flags & PLX_TF_CAP)
      && !verb_plural (ctx, v))
    {
      guint ps = plx_tokens_sentence_start (ctx->tokens, sstart - 1, sstart > 60 ? sstart - 60 : 0);
      int m = ps >= para_start_of (ctx, v) ? plx_people_mention_from (ctx->people, ps) : -1;
      const PlxMention *mm = m >= 0 ? &g_array_index (ctx->people->mentions, PlxMention, m) : NULL;

      if (mm != NULL && mm->end < sstart && mm->subject && mm->entity >= 0 && mm->kind == PLX_MENTION_NAME
          && !(tok (ctx, mm->first)->flags & PLX_TF_IN_QUOTE))
        {
          PlxEntity *pe = g_ptr_array_index (ctx->people->entities, mm->entity);
          char vg = verb_gender (ctx, v);

          if (vg == 0 || pe->gender == 0 || vg == pe->gender)
            a = (Attribution) { mm->entity, 0, 0, v, PLX_MENTION_NAME };
        }
    }
  /* "backed by several former ministers, who say …": the subject of a
   * relative clause is the noun before it — a group when it is a common
   * noun in the plural (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && cue_first >= sstart + 3 && is_word (ctx, cue_first - 1)
      && has (ctx, PLX_LEX_RELATIVES, cue_first - 1) && is_char (ctx, cue_first - 2, ',')
      && is_word (ctx, cue_first - 3) && !(tok (ctx, cue_first - 3)->flags & PLX_TF_CAP)
      && plx_people_mention_at (ctx->people, cue_first - 3) < 0
      && word_ends (ctx, cue_first - 3, "s") && !word_ends (ctx, cue_first - 3, "ss"))
    a = (Attribution) { -1, 0, 0, v, PLX_MENTION_NAME };
  /* "Interfax quoted Alexei Petrov, head of the union, as saying that …":
   * the object of the quoting verb speaks, however long its apposition */
  if (cue_first > sstart + 2 && match_phrase (ctx, PLX_LEX_PHRASE_AS_MARKERS, cue_first - 1, NULL) == 1)
    for (guint q = cue_first - 1; q-- > sstart && cue_first - q < 30;)
      {
        if ((tok (ctx, q)->flags & PLX_TF_TERMINATOR)
            || (tok (ctx, q)->kind == PLX_TOK_QUOTE && !plural_possessive (ctx, q)))
          break;
        if (is_word (ctx, q) && has (ctx, PLX_LEX_QUOTING_VERBS, q))
          {
            Attribution b = { -1, 0, 0, v, PLX_MENTION_NAME };
            int m = plx_people_mention_from (ctx->people, q + 1);

            /* the first name after the verb ("quoted Deputy Minister X,
             * head of the coal producers' association,") */
            if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first < cue_first - 1
                && g_array_index (ctx->people->mentions, PlxMention, m).first <= q + 6
                && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME)
              {
                PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

                b.entity = mm->entity;
                b.ref_first = mm->first;
                b.ref_end = mm->end;
                a = b;
              }
            else if (find_object_within (ctx, q + 1, cue_first - 1, 12, &b) && b.ref_end > 0)
              a = b;
            break;
          }
      }
  /* "Whitmore said the leader was …, and argued that …": a second verb of
   * the same subject speaks for the speaker of the first */
  if (cue_first > sstart + 1 && has (ctx, PLX_LEX_COORDINATORS, cue_first - 1) && out->len > 0)
    {
      const PlxFoundQuote *before = &g_array_index (out, PlxFoundQuote, out->len - 1);
      guint gap = cue_first - 1;

      if (gap > sstart && is_char (ctx, gap - 1, ','))
        gap--;
      while (gap > sstart && (tok (ctx, gap - 1)->kind == PLX_TOK_QUOTE || is_char (ctx, gap - 1, ',')))
        gap--;
      if (before->first >= sstart && before->end >= gap && before->end < cue_first)
        {
          a = (Attribution) { before->entity, 0, 0, v, PLX_MENTION_NAME };
        }
    }
  /* "Asked by presenter Jo Bloggs whether …": the agent of a passive
   * question is the asker */
  if (v + 2 < clause_first && has (ctx, PLX_LEX_AGENT_MARKERS, v + 1))
    {
      Attribution b = { -1, 0, 0, v, PLX_MENTION_NAME };
      guint to = clause_first;

      if (c != PLX_NO_TOKEN && c < to)
        to = c;
      /* the last reference: "by Acme's analyst Jo Bloggs" */
      for (guint from = v + 2; from < to && find_object_within (ctx, from, to, 6, &b) && b.entity >= 0;)
        {
          /* … but "Asked by a reporter whether …" names no one */
          if (b.ref_kind == PLX_MENTION_ROLE && b.ref_end > 0
              && (has (ctx, PLX_LEX_INDEFINITES, b.ref_first)
                  || (b.ref_first > from && has (ctx, PLX_LEX_INDEFINITES, b.ref_first - 1))))
            break;
          a = b;
          if (b.ref_end <= from)
            break;
          from = b.ref_end;
        }
    }
  /* "Fenwick, asked at the end if the department expected more cases, was
   * candid": a passive participle in apposition to the subject — the
   * asker is unnamed, and the question ends before the subject's verb */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && cue_first == v && v > sstart + 1 && is_char (ctx, v - 1, ',')
      && has (ctx, PLX_LEX_OBJECT_VERBS, v) && plx_people_mention_at (ctx->people, v - 2) >= 0)
    for (guint k = clause_first + 1; k + 1 < e; k++)
      if (is_char (ctx, k, ',') && is_word (ctx, k + 1)
          && (auxiliary (ctx, k + 1) || has (ctx, PLX_LEX_PASSIVE_AUX, k + 1)
              || (speech_lemma (ctx, k + 1) != NULL && !has (ctx, PLX_LEX_PARTICIPLE_CUES, k + 1))))
        {
          e = k;
          a = (Attribution) { -1, 0, 0, v, PLX_MENTION_NAME };
          break;
        }
  /* "Судья ответил, что видел.": one verb in the past after «что» */
  if (e <= clause_first + 1
      && !(plx_lexicon_is_inflected (ctx->lexicon) && c != PLX_NO_TOKEN && e == clause_first + 1
           && e < ctx->n && (tok (ctx, e)->flags & PLX_TF_TERMINATOR) && is_word (ctx, clause_first)
           && past_form (ctx, clause_first) && speech_lemma (ctx, clause_first) == NULL))
    return v + 1;
  /* "reported that Madrid had proposed … — an idea a source described
   * as “…”": the clause ends at a dash that leads to a quote of its own */
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    for (guint k = clause_first + 2; k + 1 < e; k++)
      if (tok (ctx, k)->kind == PLX_TOK_DASH && (tok (ctx, k)->flags & PLX_TF_SPACE_BEFORE))
        {
          guint probe = *cursor;

          if (overlaps_quote (ctx, k + 1, e, &probe) && !overlaps_quote (ctx, clause_first, k, cursor))
            e = k;
          break;
        }
  /* "Fishermen fear the season is lost after engineers warned that the
   * wall could fail, Ann Roe said.": a verb of speech inside a sentence
   * whose closing attribution (", X said.", ", local authorities said
   * on Friday.") reports the whole of it — the clause is that
   * attribution's (try_clause_before), not a statement of its own
   * (English; not "Asked whether …, X said …", where a clause follows) */
  gboolean embedded = FALSE;

  /* (the verb stands in an adverbial clause of the sentence: "… after
   * geologists warned that …"; "X has told Y that …, two people said"
   * keeps X's words) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && cue_first > sstart + 2
      && !((tok (ctx, sstart)->flags & PLX_TF_CAP) && has (ctx, PLX_LEX_OBJECT_VERBS, sstart)))
    embedded = subordinator_within (ctx, sstart, cue_first - 1);
  if (embedded)
    for (guint k = clause_first + 2; k <= e && k + 3 < ctx->n; k++)
      {
        guint w = k + 1, end;
        int ent = -1;
        PlxMentionKind kind = PLX_MENTION_NAME;

        if (!is_char (ctx, k, ','))
          continue;
        end = person_ref_at (ctx, w, w + 8 < ctx->n ? w + 8 : ctx->n, &ent, &kind);
        /* … or a group: ", local authorities said." */
        if (end <= w || end >= ctx->n || speech_lemma (ctx, end) == NULL)
          for (end = w; end < ctx->n && end < w + 4 && is_word (ctx, end) && speech_lemma (ctx, end) == NULL
               && !has (ctx, PLX_LEX_COMPLEMENTIZERS, end) && !has (ctx, PLX_LEX_RELATIVES, end)
               && !has (ctx, PLX_LEX_PREPOSITIONS, end) && pronoun (ctx, end) == 0;)
            end++;
        if (end > w && end < ctx->n && speech_lemma (ctx, end) != NULL && !has (ctx, PLX_LEX_PARTICIPLE_CUES, end))
          {
            guint t = end + 1;

            while (t < ctx->n && t <= end + 7 && is_word (ctx, t) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, t)
                   && speech_lemma (ctx, t) == NULL)
              t++;
            if (t < ctx->n && (tok (ctx, t)->flags & (PLX_TF_TERMINATOR | PLX_TF_PARA_START)))
              return k;
          }
      }
  if (overlaps_quote (ctx, clause_first, e, cursor))
    return v + 1;
  add_reported (ctx, out, clause_first, e, cue_first, v + 1, &a);
  return e;
}

/* Russian word endings: an active participle ("пожелавший",
 * "попросившая") or a long adjective ("знакомый", "близкая") */
static gboolean
ends_with_any (Ctx              *ctx,
               guint             i,
               const char *const *suffixes)
{
  PlxToken *t = tok (ctx, i);
  const char *w = ctx->tokens->text + t->start;

  for (guint k = 0; suffixes[k] != NULL; k++)
    {
      gsize n = strlen (suffixes[k]);

      if (t->len > n + 2 && memcmp (w + t->len - n, suffixes[k], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
participle_like (Ctx  *ctx,
                 guint i)
{
  /* the genitive too: "по словам источника, пожелавшего …" */
  static const char *const suffixes[] = { "вший", "вшая", "вшие", "вшее", "щий", "щая", "щие",
                                          "вшего", "вших", "щего", "щих", NULL };

  return ends_with_any (ctx, i, suffixes);
}

static gboolean
adjective_like (Ctx  *ctx,
                guint i)
{
  /* the genitive too: "по словам собеседника, знакомого с …" */
  static const char *const suffixes[] = { "ый", "ий", "ой", "ая", "ые", "ие", "ого", "его", "ых", "их", NULL };

  return ends_with_any (ctx, i, suffixes);
}

/* "according to X, …", "…, according to X", "по словам X, …" */
/* Russian: the comma @c opens a name in apposition that a comma closes
 * at or before @limit ("Муж, Артем Шилов, по ее словам, …"), or closes
 * one that such a comma opened */
static gboolean
ru_apposed_name (Ctx  *ctx,
                 guint c,
                 guint limit)
{
  int m;

  if (!plx_lexicon_is_inflected (ctx->lexicon))
    return FALSE;
  if (c + 1 < limit && (m = plx_people_mention_at (ctx->people, c + 1)) >= 0)
    {
      const PlxMention *pm = &g_array_index (ctx->people->mentions, PlxMention, m);

      if (pm->first == c + 1 && pm->kind == PLX_MENTION_NAME && pm->end <= limit && is_char (ctx, pm->end, ','))
        return TRUE;
    }
  if (c > 0 && (m = plx_people_mention_at (ctx->people, c - 1)) >= 0)
    {
      const PlxMention *pm = &g_array_index (ctx->people->mentions, PlxMention, m);

      if (pm->end == c && pm->kind == PLX_MENTION_NAME && pm->first > 0 && is_char (ctx, pm->first - 1, ','))
        return TRUE;
    }
  return FALSE;
}

/* "Объем субсидий, полученных компанией, по оценке …": the comma @c
 * opens a participle phrase that the comma @limit closes (Russian) */
static gboolean
ru_participle_aside (Ctx  *ctx,
                     guint c,
                     guint limit)
{
  if (!plx_lexicon_is_inflected (ctx->lexicon) || c + 2 >= limit || !is_word (ctx, c + 1)
      || (tok (ctx, c + 1)->flags & PLX_TF_CAP) || !(participle_like (ctx, c + 1) || adjective_like (ctx, c + 1)))
    return FALSE;
  for (guint w = c + 1; w < limit; w++)
    if (!is_word (ctx, w) && tok (ctx, w)->kind != PLX_TOK_NUMBER)
      return FALSE;
  return TRUE;
}

static gboolean
is_clause_stop (Ctx  *ctx,
                guint i)
{
  return is_char (ctx, i, ':') || is_char (ctx, i, ';') || tok (ctx, i)->kind == PLX_TOK_DASH;
}

/* Whether a colon, semicolon or dash stands between @sstart and @limit
 * (exclusive). Like subordinator_within, the sentence is read once for
 * all its markers. */
static gboolean
clause_stop_before (Ctx   *ctx,
                    guint  sstart,
                    guint  limit)
{
  return sentence_scan_before (ctx, &ctx->clause_stops, sstart, sstart, limit, is_clause_stop);
}

/* Russian: the first token of what was said before a marker inserted
 * between commas at @i ("Подрядчик, как утверждает X, сдал …", "…:
 * вопрос о стадионе, по словам X, «пока не решен»"): the words back to
 * the sentence start or the last comma, colon, semicolon or dash — a
 * word of content among them, no verb of speech, at most six words
 * outside quotation marks; PLX_NO_TOKEN when there is none (stop 14) */
static guint
ru_inserted_content_start (Ctx  *ctx,
                           guint sstart,
                           guint i)
{
  guint s, n = 0;
  gboolean content = FALSE, in_marks = FALSE;

  if (!plx_lexicon_is_inflected (ctx->lexicon) || i < sstart + 2 || !is_char (ctx, i - 1, ','))
    return PLX_NO_TOKEN;
  s = i - 1;
  while (s > sstart && i - s <= 24 && !is_char (ctx, s - 1, ',') && !is_char (ctx, s - 1, ':') && !is_char (ctx, s - 1, ';')
         && tok (ctx, s - 1)->kind != PLX_TOK_DASH && !(tok (ctx, s - 1)->flags & PLX_TF_TERMINATOR))
    s--;
  if (s > sstart && i - s > 24)
    return PLX_NO_TOKEN;
  for (guint w = s; w < i - 1; w++)
    if (tok (ctx, w)->kind == PLX_TOK_QUOTE)
      in_marks = !in_marks;
    else if (!in_marks)
      {
        if ((!is_word (ctx, w) && tok (ctx, w)->kind != PLX_TOK_NUMBER) || speech_lemma (ctx, w) != NULL || ++n > 6)
          return PLX_NO_TOKEN;
        content |= !has (ctx, PLX_LEX_STOPWORDS, w) && !has (ctx, PLX_LEX_PREPOSITIONS, w)
                    && !has (ctx, PLX_LEX_COORDINATORS, w);
      }
  /* (not "… отделались испугом и, как говорит X, «…»": what follows the
   * coordinator is reported alone) */
  if (is_word (ctx, i - 2) && has (ctx, PLX_LEX_COORDINATORS, i - 2))
    return PLX_NO_TOKEN;
  /* (a fronted circumstance of lower-case words is a connective: "В то
   * же время, как уточнил X, …", "В частности, по словам X, …") */
  if (content && is_word (ctx, s) && has (ctx, PLX_LEX_PREPOSITIONS, s))
    {
      gboolean capital = FALSE;

      for (guint w = s + 1; w < i - 1; w++)
        capital |= (tok (ctx, w)->flags & PLX_TF_CAP) != 0;
      content = capital;
    }
  /* (a clause joined by "а", "но" is part of the sentence: "Летом ушли
   * трое, а замены, по словам X, «искали …»" — the whole sentence) */
  if (content && s > sstart && is_char (ctx, s - 1, ',') && is_word (ctx, s) && has (ctx, PLX_LEX_COORDINATORS, s))
    {
      if (clause_stop_before (ctx, sstart, s - 1))
        return PLX_NO_TOKEN;
      return sstart;
    }
  return content ? s : PLX_NO_TOKEN;
}

static guint
try_according (Ctx    *ctx,
               guint   i,
               guint   k,
               guint   sstart,
               guint   pend,
               GArray *out,
               guint  *cursor)
{
  Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
  guint ref_end = i + k;
  guint e;
  gboolean own_ref = FALSE;

  /* "in his opinion": the marker holds the pronoun */
  for (guint w = i; w < i + k; w++)
    {
      char g = pronoun (ctx, w);

      if (g != 0)
        {
          /* "Другой источник … рассказал, что …. По его словам, …": the
           * one who spoke in the sentence before, even when unnamed */
          set_reference (&a, resolve_speaker_pronoun (ctx, w, g == '?' ? 0 : g), w, w + 1, PLX_MENTION_PRONOUN);
          own_ref = TRUE;
        }
    }
  /* "по их словам,": a marker holding its own (plural) possessor names
   * a group nobody in particular */
  if (!own_ref && k >= 3 && i + k < pend && is_char (ctx, i + k, ','))
    own_ref = TRUE;
  if (!own_ref)
    {
      /* the source: a person, a role, or any noun phrase up to the comma
       * ("по данным источника в МИД" has no person) */
      guint w;
      guint skipped = 0;

      for (w = i + k; w < pend && w < i + k + 16 + skipped; w++)
        {
          int ent = -1;
          PlxMentionKind kind = PLX_MENTION_NAME;
          guint r;

          /* "как сообщила «Интерфаксу» помощник прокурора …": the quoted
           * name of the recipient is skipped whole */
          if (tok (ctx, w)->kind == PLX_TOK_QUOTE && (tok (ctx, w)->flags & PLX_TF_CAN_OPEN)
              && w + 2 < pend && is_word (ctx, w + 1) && (tok (ctx, w + 1)->flags & PLX_TF_CAP))
            {
              guint c = w + 1;

              while (c < pend && c < w + 5 && is_word (ctx, c))
                c++;
              if (c < pend && tok (ctx, c)->kind == PLX_TOK_QUOTE && (tok (ctx, c)->flags & PLX_TF_CAN_CLOSE))
                {
                  skipped += c + 1 - w;
                  w = c;
                  continue;
                }
            }
          if (is_char (ctx, w, ',') || (tok (ctx, w)->flags & PLX_TF_TERMINATOR)
              || tok (ctx, w)->kind == PLX_TOK_QUOTE)
            break;
          r = person_ref_at (ctx, w, pend, &ent, &kind);
          if (r > w)
            {
              set_reference (&a, ent, w, r, kind);
              w = r;
              /* "по словам старшего помощника руководителя управления
               * Ольги Дерябиной": a long title runs up to the name (also
               * when its first word was enough to know who: "аналитика
               * отдела … банка «Зенит» Артёма Саркисяна") */
              if (kind == PLX_MENTION_ROLE && (ent < 0 || plx_lexicon_is_inflected (ctx->lexicon)))
                for (guint n = r; n < pend && n < r + 20; n++)
                  {
                    int mi;

                    /* … past an organisation's quoted name: "аналитика
                     * банка «Зенит» Артёма Саркисяна" */
                    if (tok (ctx, n)->kind == PLX_TOK_QUOTE && (tok (ctx, n)->flags & PLX_TF_CAN_OPEN)
                        && n + 2 < pend && is_word (ctx, n + 1) && (tok (ctx, n + 1)->flags & PLX_TF_CAP))
                      {
                        guint c = n + 1;

                        while (c < pend && c < n + 5 && is_word (ctx, c))
                          c++;
                        if (c < pend && tok (ctx, c)->kind == PLX_TOK_QUOTE && (tok (ctx, c)->flags & PLX_TF_CAN_CLOSE))
                          {
                            n = c;
                            continue;
                          }
                      }
                    if (is_char (ctx, n, ',') || (tok (ctx, n)->flags & PLX_TF_TERMINATOR)
                        || tok (ctx, n)->kind == PLX_TOK_QUOTE)
                      break;
                    mi = plx_people_mention_at (ctx->people, n);
                    if (mi >= 0 && g_array_index (ctx->people->mentions, PlxMention, mi).kind == PLX_MENTION_NAME
                        && g_array_index (ctx->people->mentions, PlxMention, mi).entity >= 0)
                      {
                        PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, mi);

                        set_reference (&a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
                        w = mm->end;
                        break;
                      }
                  }
              break;
            }
        }
      /* "По данным мэрии, …", "по информации полиции, …": what an
       * institution's data say has no speaker, even when the people pass
       * reads its name as a role ("мэрии" — "мэр") and gives it to someone */
      if (plx_lexicon_is_inflected (ctx->lexicon) && a.ref_kind == PLX_MENTION_ROLE && a.entity >= 0
          && a.ref_end == a.ref_first + 1 && is_word (ctx, a.ref_first) && has (ctx, PLX_LEX_ORG_WORDS, a.ref_first))
        {
          const char *value = NULL;

          if (match_phrase (ctx, PLX_LEX_PHRASE_ACCORDING, i, &value) > 0 && value != NULL
              && (g_str_equal (value, "по данным") || g_str_equal (value, "по информации")
                  || g_str_equal (value, "по сведениям") || g_str_equal (value, "согласно данным")))
            a.entity = -1;
        }
      /* a long title before the name: "по словам начальника отделения
       * … подполковника полиции Сергея Глушкова," */
      while (w < pend && w < i + k + (a.ref_kind == PLX_MENTION_NAME && a.ref_end > i + k + 8 ? 24 : 10)
             && !is_char (ctx, w, ',') && !(tok (ctx, w)->flags & PLX_TF_TERMINATOR))
        w++;
      /* "…, according to a study published in the journal X." may run to
       * the end of its paragraph */
      if (w == i + k || (w >= pend && !(i > sstart && is_char (ctx, i - 1, ','))))
        return i + 1;
      /* "По словам юриста X, которая консультировала …, …": the relative
       * clause about the source is no part of what was said */
      if (is_char (ctx, w, ',') && w + 2 < pend && is_word (ctx, w + 1)
          && (has (ctx, PLX_LEX_RELATIVES, w + 1)
              || (plx_lexicon_is_inflected (ctx->lexicon) && !(tok (ctx, w + 1)->flags & PLX_TF_CAP)
                  && (participle_like (ctx, w + 1)
                      || (adjective_like (ctx, w + 1) && is_word (ctx, w + 2) && has (ctx, PLX_LEX_PREPOSITIONS, w + 2))))))
        {
          guint c = w + 2;
          /* "…, знакомый с ходом переговоров, …": a participle phrase is
           * short and all words ("…, следующий раунд может пройти …" is
           * what was said) */
          gboolean participle = !has (ctx, PLX_LEX_RELATIVES, w + 1);

          while (c < pend && c < w + 30 && !is_char (ctx, c, ',') && !(tok (ctx, c)->flags & PLX_TF_TERMINATOR)
                 && !(participle && (!is_word (ctx, c) || c > w + 7)))
            c++;
          if (c < pend && is_char (ctx, c, ','))
            w = c;
        }
      ref_end = w;
      /* "according to Felix Brunner, a former bank economist, …": a role
       * in apposition to the named source is no part of what was said */
      if (a.ref_end > 0 && a.ref_kind == PLX_MENTION_NAME && is_char (ctx, w, ','))
        {
          gboolean role = FALSE;
          guint c;

          for (c = w + 1; c < pend && c <= w + 14 && is_word (ctx, c); c++)
            {
              if (speech_lemma (ctx, c) != NULL)
                break;
              if (has (ctx, PLX_LEX_ROLE_NOUNS, c) && c <= w + 4)
                role = TRUE;
            }
          if (role && c < pend && c <= w + 14 && is_char (ctx, c, ',')
              && (has (ctx, PLX_LEX_DETERMINERS, w + 1) || has (ctx, PLX_LEX_INDEFINITES, w + 1)
                  || has (ctx, PLX_LEX_ROLE_NOUNS, w + 1)))
            ref_end = c;
        }
      /* "По словам его отца, депутата гордумы Виктора Ржевского, …": a
       * title and name in apposition to the source name who it is */
      if (plx_lexicon_is_inflected (ctx->lexicon) && ref_end == w && is_char (ctx, w, ',')
          && has (ctx, PLX_LEX_PREPOSITIONS, i) && is_word (ctx, w - 1)
          && a.ref_kind != PLX_MENTION_NAME && w + 2 < pend && is_word (ctx, w + 1)
          && !(tok (ctx, w + 1)->flags & PLX_TF_CAP))
        {
          guint c;

          for (c = w + 1; c < pend && c <= w + 10 && is_word (ctx, c) && speech_lemma (ctx, c) == NULL
                          && !has (ctx, PLX_LEX_RELATIVES, c) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, c); c++)
            {
              int mi = plx_people_mention_at (ctx->people, c);

              if (mi >= 0)
                {
                  PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, mi);

                  if (mm->kind == PLX_MENTION_NAME && mm->entity >= 0 && mm->first > w + 1
                      && mm->end < pend && is_char (ctx, mm->end, ','))
                    {
                      set_reference (&a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
                      ref_end = mm->end;
                    }
                  break;
                }
            }
        }
    }
  gboolean connectives = FALSE;

  /* "Greer called a timeout and, according to Bell, didn't raise his
   * voice", "… loud, dusty and, according to X, under-documented": a
   * marker right after a coordinator reports what follows it, the
   * writer's own words before it are no part of it (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && i > sstart + 2 && is_char (ctx, i - 1, ',') && is_word (ctx, i - 2)
      && has (ctx, PLX_LEX_COORDINATORS, i - 2) && is_char (ctx, ref_end, ',') && ref_end + 1 < pend
      && is_word (ctx, ref_end + 1) && !has (ctx, PLX_LEX_RELATIVES, ref_end + 1))
    {
      e = clause_end (ctx, ref_end + 1);
      if (e > ref_end + 2 && !overlaps_quote (ctx, ref_end + 1, e, cursor))
        {
          add_reported (ctx, out, ref_end + 1, e, 0, 0, &a);
          return e;
        }
      return i + 1;
    }
  if (i > sstart + 1 && i <= sstart + 16 && is_char (ctx, i - 1, ',')
      && is_char (ctx, ref_end, ',')
      /* (", according to doctors, who say …": a trailing source and a
       * relative clause about it) */
      && !(ref_end + 1 < pend && is_word (ctx, ref_end + 1) && has (ctx, PLX_LEX_RELATIVES, ref_end + 1)))
    {
      /* "Реставрация, по его словам, займет пять лет", "The bridge,
       * according to its engineer, will close": the marker inside the
       * clause — the whole clause is what was said, unless only
       * connectives stand before it ("Впрочем, по его словам, …") */
      gboolean content = FALSE;

      for (guint w = sstart; w < i - 1 && !content; w++)
        content = is_word (ctx, w) && !has (ctx, PLX_LEX_STOPWORDS, w) && !has (ctx, PLX_LEX_PREPOSITIONS, w);
      for (guint w = sstart; w < i - 1 && content; w++)
        if ((is_char (ctx, w, ',') && !ru_apposed_name (ctx, w, i - 1) && !ru_participle_aside (ctx, w, i - 1))
            || is_char (ctx, w, ';') || is_char (ctx, w, ':')
            || tok (ctx, w)->kind == PLX_TOK_DASH || (tok (ctx, w)->flags & PLX_TF_TERMINATOR)
            /* "Выручка ООО «Пекарня №1» в 2025 г., по данным …" */
            || (is_word (ctx, w) && speech_lemma (ctx, w) != NULL))
          content = FALSE;   /* a clause of its own before the comma */
      /* "Вместе с тем, по мнению X, …": only connectives before it */
      connectives = !content;
      for (guint w = sstart; w < i - 1 && connectives; w++)
        connectives = is_word (ctx, w) && speech_lemma (ctx, w) == NULL && !((tok (ctx, w)->flags & PLX_TF_CAP) && w > sstart)
                      && (has (ctx, PLX_LEX_STOPWORDS, w) || has (ctx, PLX_LEX_PREPOSITIONS, w));
      /* a short subject; a quoted name in it counts for nothing
       * ("Выручка ООО «Пекарня №1» в 2025 г., по данным …") */
      guint n_short = 0;
      gboolean in_marks = FALSE;

      for (guint w = sstart; w + 1 < i; w++)
        if (tok (ctx, w)->kind == PLX_TOK_QUOTE)
          in_marks = !in_marks;
        else if (!in_marks)
          n_short++;
      if (content && n_short <= 6)
        {
          e = clause_end (ctx, ref_end + 1);
          if (e > ref_end + 2 && !overlaps_quote (ctx, sstart, e, cursor))
            {
              add_reported (ctx, out, sstart, e, 0, 0, &a);
              return e;
            }
        }
    }
  /* "Сумма не раскрывается, однако, по данным X, она …": only
   * connectives between the clause before and the marker */
  if (!connectives && plx_lexicon_is_inflected (ctx->lexicon) && i > sstart + 3 && is_char (ctx, i - 1, ','))
    {
      guint c = i - 1;

      while (c > sstart && c + 3 >= i && !is_char (ctx, c - 1, ','))
        c--;
      if (c > sstart + 1 && c < i - 1 && is_char (ctx, c - 1, ','))
        {
          connectives = TRUE;
          for (guint w = c; w < i - 1 && connectives; w++)
            connectives = is_word (ctx, w) && !(tok (ctx, w)->flags & PLX_TF_CAP) && speech_lemma (ctx, w) == NULL
                          && (has (ctx, PLX_LEX_STOPWORDS, w) || has (ctx, PLX_LEX_COORDINATORS, w)
                              /* "…видео, на котором, по его словам, …": a
                               * relative clause opens with the marker */
                              || has (ctx, PLX_LEX_RELATIVES, w) || has (ctx, PLX_LEX_PREPOSITIONS, w))
                          && pronoun (ctx, w) == 0;
        }
    }
  if ((i == sstart || i <= sstart + 3 || connectives || (i > sstart && (tok (ctx, i)->flags & PLX_TF_CAP))
       /* "… — по его мнению, оно …": after a dash, as at a sentence start */
       || (i > sstart && plx_lexicon_is_inflected (ctx->lexicon) && tok (ctx, i - 1)->kind == PLX_TOK_DASH))
      /* (not "Минфин, по словам X, «учтет …»": the quote is X's, below) */
      && !(i > sstart && !connectives && is_char (ctx, i - 1, ',') && plx_lexicon_is_inflected (ctx->lexicon)
           && is_char (ctx, ref_end, ',') && ref_end + 1 < pend && is_quote (ctx, ref_end + 1)
           && (tok (ctx, ref_end + 1)->flags & PLX_TF_CAN_OPEN)))
    {
      /* the marker opens the sentence: the clause follows its comma */
      if (!is_char (ctx, ref_end, ','))
        return i + 1;
      e = clause_end (ctx, ref_end + 1);
      if (e <= ref_end + 2 || overlaps_quote (ctx, ref_end + 1, e, cursor))
        return i + 1;
      add_reported (ctx, out, ref_end + 1, e, 0, 0, &a);
      return e;
    }
  /* a quote opening right after a marker inserted after a word */
  if (i > sstart && is_char (ctx, ref_end, ',') && ref_end + 1 < pend && is_quote (ctx, ref_end + 1)
      && (tok (ctx, ref_end + 1)->flags & PLX_TF_CAN_OPEN))
    {
      PlxFoundQuote *q = quote_opened_at (ctx, ref_end + 1);
      guint s = q != NULL ? ru_inserted_content_start (ctx, sstart, i) : PLX_NO_TOKEN;

      /* "Минфин, по словам X, «учтет …».", "…: вопрос, по словам X, «пока
       * не решен»": a quote that ends the sentence right after a marker
       * inserted after its subject is part of the clause; the whole is
       * reported (a scare quote too) */
      if (s != PLX_NO_TOKEN && q->close != PLX_NO_TOKEN && q->close + 1 < pend && !q->attributed
          && ((tok (ctx, q->close + 1)->flags & PLX_TF_TERMINATOR) || is_char (ctx, q->close + 1, ':')
              || is_char (ctx, q->close + 1, ';'))
          && !overlaps_quote (ctx, s, i, cursor))
        {
          q->fragment = TRUE;
          add_reported (ctx, out, s, q->close + 1, 0, 0, &a);
          return q->close + 1;
        }
      /* "Власти относятся, по словам Анны, «вежливо, но без интереса».":
       * the quote right after an inserted marker is the source's */
      if (q != NULL && is_char (ctx, i - 1, ',') && plx_lexicon_is_inflected (ctx->lexicon) && a.entity >= 0
          && !q->attributed && !q->scare && !q->fragment && q->entity < 0)
        {
          q->entity = a.entity;
          q->attributed = TRUE;
          if (a.ref_end > 0 && a.ref_kind != PLX_MENTION_NAME)
            plx_people_add_mention (ctx->people, a.ref_first, a.ref_end, a.entity, a.ref_kind);
        }
    }
  if (i > sstart + 3 && is_char (ctx, i - 1, ','))
    {
      guint s = sstart;

      if (i - 1 <= s + 1 || overlaps_quote (ctx, s, i - 1, cursor))
        return i + 1;
      /* "Его брат, владелец автосалона, по словам X, сократил закупки",
       * "…, а замены, по словам X, искали …": a marker inserted between
       * commas with a clause of words after it — the content is the
       * whole sentence (Russian) */
      if (plx_lexicon_is_inflected (ctx->lexicon) && is_char (ctx, ref_end, ',') && ref_end + 2 < pend
          && is_word (ctx, ref_end + 1) && !has (ctx, PLX_LEX_RELATIVES, ref_end + 1)
          /* (", следует из данных, с которыми ознакомился РБК") */
          && !(has (ctx, PLX_LEX_PREPOSITIONS, ref_end + 1) && is_word (ctx, ref_end + 2)
               && has (ctx, PLX_LEX_RELATIVES, ref_end + 2)))
        {
          guint e2 = clause_end (ctx, ref_end + 1);
          gboolean finite = FALSE;

          for (guint w = ref_end + 1; w < e2 && !finite; w++)
            finite = ru_finite_form (ctx, w);
          if (finite && e2 > ref_end + 2 && e2 < pend && (tok (ctx, e2)->flags & PLX_TF_TERMINATOR)
              && !overlaps_quote (ctx, s, e2, cursor))
            {
              add_reported (ctx, out, s, e2, 0, 0, &a);
              return e2;
            }
        }
      add_reported (ctx, out, s, i - 1, 0, 0, &a);
      return clause_end (ctx, i);
    }
  return i + 1;
}

/* "as Lavrov noted, …", "…, как отметил Лавров" */
/* "…, by the same institute's count.", "By one estimate, …": a count or
 * an estimate of a source after "by" is a data source like "according
 * to"; the speaker is a person named as its possessor, else none
 * (English) */
static guint
try_by_count (Ctx    *ctx,
              guint   i,
              guint   sstart,
              guint   pend,
              GArray *out,
              guint  *cursor)
{
  Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
  guint noun = PLX_NO_TOKEN, first, end;
  int m;

  for (guint w = i + 1; w < pend && w <= i + 6; w++)
    {
      if (!is_word (ctx, w) && !(tok (ctx, w)->kind == PLX_TOK_QUOTE && w > i + 1 && name_possessive (ctx, w - 1)))
        break;
      if (is_word (ctx, w) && has (ctx, PLX_LEX_SOURCE_NOUNS, w) && !(tok (ctx, w)->flags & PLX_TF_CAP))
        {
          noun = w;
          break;
        }
    }
  if (noun == PLX_NO_TOKEN || noun + 1 >= pend || noun == i + 1)
    return i + 1;
  m = plx_people_mention_from (ctx->people, i + 1);
  if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first < noun
      && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME)
    {
      PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

      a.entity = mm->entity;
      a.ref_first = mm->first;
      a.ref_end = mm->end;
    }
  if (i > sstart && is_char (ctx, i - 1, ',') && (tok (ctx, noun + 1)->flags & PLX_TF_TERMINATOR))
    {
      /* trailing: the sentence before the comma */
      first = sstart;
      end = i - 1;
    }
  else if (i == sstart && is_char (ctx, noun + 1, ','))
    {
      /* leading: the clause after the comma */
      first = noun + 2;
      end = clause_end (ctx, first);
    }
  else
    return i + 1;
  if (end <= first + 3 || overlaps_quote (ctx, first, end, cursor))
    return i + 1;
  add_reported (ctx, out, first, end, 0, 0, &a);
  return MAX (end, noun + 1);
}

/* "In Roe's opinion, …", "In Ms Roe's view, …": the according marker
 * "in his opinion" with a named possessor in place of the pronoun (the
 * noun is any that the marker list pairs with "in his"). */
static guint
try_possessive_opinion (Ctx    *ctx,
                        guint   i,
                        guint   pend,
                        GArray *out,
                        guint  *cursor)
{
  static const char in_his[] = "in his";
  Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
  PlxWordRef refs[3];
  int m = plx_people_mention_from (ctx->people, i + 1);
  PlxMention *mm;
  guint n, e;

  if (m < 0)
    return i + 1;
  mm = &g_array_index (ctx->people->mentions, PlxMention, m);
  if (mm->kind != PLX_MENTION_NAME || mm->entity < 0 || mm->first > i + 2 || mm->end + 1 >= pend
      || !name_possessive (ctx, mm->end - 1) || !is_word (ctx, mm->end) || !is_char (ctx, mm->end + 1, ','))
    return i + 1;
  /* "In Ms Roe's view": an honorific before the name */
  if (mm->first == i + 2 && !plx_tokens_class (ctx->tokens, i + 1, PLX_CLASS_HONORIFIC))
    return i + 1;
  refs[0].str = in_his;
  refs[0].len = 2;
  refs[1].str = in_his + 3;
  refs[1].len = 3;
  refs[2].str = plx_token_str (ctx->tokens, mm->end);
  refs[2].len = tok (ctx, mm->end)->len;
  n = plx_lexicon_match_phrase (ctx->lexicon, PLX_LEX_PHRASE_ACCORDING, refs, 3, NULL);
  if (n != 3)
    return i + 1;
  a.entity = mm->entity;
  a.ref_first = mm->first;
  a.ref_end = mm->end;
  e = clause_end (ctx, mm->end + 2);
  if (e <= mm->end + 3 || overlaps_quote (ctx, mm->end + 2, e, cursor))
    return i + 1;
  add_reported (ctx, out, mm->end + 2, e, 0, 0, &a);
  return e;
}

static guint
try_as (Ctx    *ctx,
        guint   i,
        guint   sstart,
        guint   pend,
        GArray *out,
        guint  *cursor)
{
  Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
  guint v = PLX_NO_TOKEN, vf = PLX_NO_TOKEN;
  guint pe;
  guint send;

  for (guint k = i + 1; k < pend && k - i <= 6; k++)
    {
      guint n;

      if (is_char (ctx, k, ',') || (tok (ctx, k)->flags & PLX_TF_TERMINATOR))
        break;
      if (speech_lemma (ctx, k) != NULL)
        {
          v = vf = k;
          break;
        }
      /* "as Roe put it,", "as the 52-year-old sees it,": a phrase */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && k > i + 1 && is_word (ctx, k) && !(tok (ctx, k)->flags & PLX_TF_CAP)
          && (n = match_phrase (ctx, PLX_LEX_PHRASE_SPEECH, k, NULL)) > 0)
        {
          vf = k;
          v = k + n - 1;
          break;
        }
    }
  if (v == PLX_NO_TOKEN)
    return i + 1;
  /* "quoted X as saying that …": the verb right after "as" has no subject
   * of its own; the clause after it is the speech (try_said_that) */
  if (v == i + 1 && !plx_lexicon_is_inflected (ctx->lexicon) && has (ctx, PLX_LEX_PARTICIPLE_CUES, v))
    return i + 1;
  if (!find_subject (ctx, i + 1, vf, &a) && !find_object (ctx, v + 1, pend, &a))
    {
      /* "как уточнили в ведомстве, …": no person, still speech; the
       * attribution runs to its comma */
      guint c = v + 1;

      while (c < pend && c < v + 8 && !is_char (ctx, c, ',') && !(tok (ctx, c)->flags & PLX_TF_TERMINATOR))
        c++;
      set_reference (&a, -1, v + 1, c, PLX_MENTION_ROLE);
    }
  pe = MAX (v + 1, a.ref_end);
  /* "как уточнили в пресс-службе мэрии,": the genitive complement of the
   * source runs on to the comma */
  if (plx_lexicon_is_inflected (ctx->lexicon) && a.ref_end > v)
    {
      guint c = pe;

      /* (… and "дипломат одной из западных стран,": four words) */
      while (c < pend && c < pe + 4 && is_word (ctx, c) && speech_lemma (ctx, c) == NULL
             && !has (ctx, PLX_LEX_COMPLEMENTIZERS, c) && !has (ctx, PLX_LEX_COORDINATORS, c))
        c++;
      if (c > pe && c < pend && is_char (ctx, c, ','))
        pe = c;
      /* "как отметили в пресс-службе подрядчика, АО «Мостстрой», …": the
       * company's name in apposition */
      if (pe + 3 < pend && is_char (ctx, pe, ',') && is_word (ctx, pe + 1) && (tok (ctx, pe + 1)->flags & PLX_TF_ALLCAPS)
          && tok (ctx, pe + 2)->kind == PLX_TOK_QUOTE && (tok (ctx, pe + 2)->flags & PLX_TF_CAN_OPEN))
        {
          c = pe + 3;
          while (c < pend && c < pe + 9 && tok (ctx, c)->kind != PLX_TOK_QUOTE && !(tok (ctx, c)->flags & PLX_TF_TERMINATOR))
            c++;
          if (c + 2 < pend && tok (ctx, c)->kind == PLX_TOK_QUOTE && is_char (ctx, c + 1, ','))
            pe = c + 1;
        }
      /* "как сообщил источник, знакомый с ходом переговоров, …",
       * "…, пожелавший остаться неизвестным, …": a participle phrase
       * about the source is no part of what was said */
      if (pe + 2 < pend && is_char (ctx, pe, ',') && is_word (ctx, pe + 1) && !(tok (ctx, pe + 1)->flags & PLX_TF_CAP)
          && (participle_like (ctx, pe + 1)
              || (adjective_like (ctx, pe + 1) && is_word (ctx, pe + 2) && has (ctx, PLX_LEX_PREPOSITIONS, pe + 2))))
        {
          c = pe + 2;
          while (c < pend && c < pe + 10 && is_word (ctx, c) && speech_lemma (ctx, c) == NULL
                 && !has (ctx, PLX_LEX_COMPLEMENTIZERS, c) && !has (ctx, PLX_LEX_RELATIVES, c))
            c++;
          if (c < pend && is_char (ctx, c, ',') && c + 2 < pend)
            pe = c;
        }
    }
  /* "Как рассказал тренер на пресс-конференции после матча с «Крыльями
   * Советов», …": Russian circumstances after the subject, up to the comma,
   * with no verb of their own */
  if (plx_lexicon_is_inflected (ctx->lexicon) && pe < pend && !is_char (ctx, pe, ','))
    {
      guint c = pe;

      while (c < pend && c < pe + 16 && !is_char (ctx, c, ',') && !(tok (ctx, c)->flags & PLX_TF_TERMINATOR)
             && plx_people_mention_at (ctx->people, c) < 0
             && !(is_word (ctx, c) && (speech_lemma (ctx, c) != NULL || ru_finite_form (ctx, c)
                                       || has (ctx, PLX_LEX_COMPLEMENTIZERS, c) || has (ctx, PLX_LEX_RELATIVES, c))))
        c++;
      if (c < pend && is_char (ctx, c, ','))
        {
          int e = -1;
          PlxMentionKind kind;
          guint r = person_ref_at (ctx, v + 1, c, &e, &kind);

          pe = c;
          /* (the speaker right after the verb: "как рассказал тренер на …") */
          if (a.entity < 0 && r > v + 1 && e >= 0)
            {
              set_reference (&a, e, v + 1, r, kind);
            }
        }
    }
  /* "…, д.м.н., проф. Ольга Сатторова, …": a name in apposition after the
   * circumstances, with abbreviated degrees and ranks, is the speaker */
  if (plx_lexicon_is_inflected (ctx->lexicon) && pe < pend && is_char (ctx, pe, ','))
    {
      int m = plx_people_mention_from (ctx->people, pe + 1);

      if (m >= 0)
        {
          PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);
          gboolean titles = mm->kind == PLX_MENTION_NAME && mm->first <= pe + 4 && mm->end < pend
                            && is_char (ctx, mm->end, ',');

          for (guint w = pe + 1; titles && w < mm->first; w++)
            titles = (is_word (ctx, w) && ((tok (ctx, w)->flags & PLX_TF_ABBREV)
                                           || (!(tok (ctx, w)->flags & PLX_TF_CAP) && tok (ctx, w)->len <= 8
                                               && is_char (ctx, w + 1, '.'))))
                     || is_char (ctx, w, '.');
          if (titles)
            {
              set_reference (&a, mm->entity, mm->first, mm->end, PLX_MENTION_NAME);
              pe = mm->end;
            }
        }
    }
  /* "as Lavrov noted," / "как отметил дипломат,": nothing more after the
   * verb and its subject ("as they urged parents to …" is no attribution) */
  if (pe < pend && !is_char (ctx, pe, ',') && !(tok (ctx, pe)->flags & PLX_TF_TERMINATOR))
    return i + 1;
  send = clause_end (ctx, i);
  /* "Подрядчик, как утверждает X, сдал объект", "Лопатина, как считает
   * X, — «…»": after a subject, the whole sentence (Russian, stop 14) */
  if (pe + 2 < send && is_char (ctx, pe, ',') && !(is_word (ctx, pe + 1) && has (ctx, PLX_LEX_RELATIVES, pe + 1)))
    {
      guint first = ru_inserted_content_start (ctx, sstart, i);
      /* (a quote opening the rest, after a dash or not, is part of it) */
      guint open = tok (ctx, pe + 1)->kind == PLX_TOK_DASH ? pe + 2 : pe + 1;
      PlxFoundQuote *q = first != PLX_NO_TOKEN ? quote_opened_at (ctx, open) : NULL;

      if (q != NULL && !(q->close != PLX_NO_TOKEN && q->close + 1 == send))
        q = NULL;
      if (first != PLX_NO_TOKEN && !overlaps_quote (ctx, first, q != NULL ? pe : send, cursor))
        {
          if (q != NULL)
            q->fragment = TRUE;
          add_reported (ctx, out, first, send, v, v + 1, &a);
          return send;
        }
    }
  if (i == sstart || i <= sstart + 3 || (i > sstart && (tok (ctx, i)->flags & PLX_TF_CAP)))
    {
      if (!is_char (ctx, pe, ','))
        return i + 1;
      if (send <= pe + 2 || overlaps_quote (ctx, pe + 1, send, cursor))
        return i + 1;
      add_reported (ctx, out, pe + 1, send, v, v + 1, &a);
      return send;
    }
  if (i > sstart && is_char (ctx, i - 1, ','))
    {
      guint first = sstart;

      if (overlaps_quote (ctx, first, send, cursor))
        return i + 1;
      if (pe < send && is_char (ctx, pe, ',') && pe + 2 < send)
        add_reported (ctx, out, pe + 1, send, v, v + 1, &a);   /* "X, as Y noted, Z": Z */
      else
        add_reported (ctx, out, first, i - 1, v, v + 1, &a);   /* "X, as Y noted." */
      return send;
    }
  return i + 1;
}

/* the verb of an attribution after the dash at @i (a speech verb within
 * four tokens, else ru_dash_verb()), PLX_NO_TOKEN when none */
static guint
dash_cue (Ctx  *ctx,
          guint i,
          guint end)
{
  for (guint c = i + 1; c < end && c <= i + 4; c++)
    if (speech_lemma (ctx, c) != NULL)
      return c;
  return ru_dash_verb (ctx, i + 1, end);
}

/* "— Текст реплики, — объясняет режиссер. — Продолжение.": a paragraph
 * that opens with a dash and carries ", —" before a speech verb is a line
 * of dialogue without marks. The dash that opens it plays the opening mark;
 * with a continuation after ". —" the whole paragraph is one quote that
 * split_inner() cuts at its attribution, otherwise the quote closes at the
 * dash before the attribution. */
static guint
dialogue_attribution (Ctx   *ctx,
                      guint  from,
                      guint  end)
{
  for (guint i = from; i + 1 < end; i++)
    {
      PlxToken *t = tok (ctx, i);
      PlxToken *p = tok (ctx, i - 1);

      if (t->kind == PLX_TOK_QUOTE)
        {
          /* "— Нам обещали доступ «в ближайшее время». …, — сказал он": a
           * short pair of marks inside the line is a quote within it */
          guint c = i + 1;

          if (!(t->flags & PLX_TF_CAN_OPEN))
            return PLX_NO_TOKEN;
          while (c < end && c <= i + 30 && tok (ctx, c)->kind != PLX_TOK_QUOTE)
            c++;
          if (c >= end || c > i + 30 || !(tok (ctx, c)->flags & PLX_TF_CAN_CLOSE))
            return PLX_NO_TOKEN;
          i = c;
          continue;
        }
      if (t->kind != PLX_TOK_DASH
          || !(p->kind == PLX_TOK_PUNCT && (p->family == ',' || p->family == '!'
                                            || p->family == '?' || (p->flags & PLX_TF_TERMINATOR))))
        continue;
      if (dash_cue (ctx, i, end) != PLX_NO_TOKEN)
        return i;
    }
  return PLX_NO_TOKEN;
}

/* Russian: "— «Зенит» предложил больше, …": the line of dialogue opens
 * with a quoted name — a mark at @i that closes within a few words, with
 * a lower-case word of the sentence after it — not with a quote. Returns
 * the token after the closing mark, 0 when there is no such name. */
static guint
ru_quoted_name_end (Ctx  *ctx,
                    guint i,
                    guint end)
{
  if (!plx_lexicon_is_inflected (ctx->lexicon) || !(tok (ctx, i)->flags & PLX_TF_CAN_OPEN))
    return 0;
  for (guint c = i + 1; c < end && c <= i + 5; c++)
    {
      if (tok (ctx, c)->kind == PLX_TOK_QUOTE)
        return c > i + 1 && (tok (ctx, c)->flags & PLX_TF_CAN_CLOSE) && c + 1 < end && is_word (ctx, c + 1)
               && !(tok (ctx, c + 1)->flags & PLX_TF_CAP) ? c + 1 : 0;
      if (!is_word (ctx, c) || !(tok (ctx, c)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS)))
        return 0;
    }
  return 0;
}

static void
dialogue_dashes (Ctx *ctx)
{
  GArray *paras = ctx->tokens->paragraphs;
  GArray *out = NULL;
  guint k = 0;
  guint asked = G_MAXUINT;   /* the paragraph of the last "— …? — спросил X" */
  guint dashed = G_MAXUINT;  /* the paragraph of the last attributed line */

  for (guint p = 0; p < paras->len; p++)
    {
      PlxRange *para = &g_array_index (paras, PlxRange, p);
      guint f = para->first, att, stop, qn;
      gboolean cont = FALSE;
      PlxFoundQuote q = { 0 };

      if (para->end < f + 3 || tok (ctx, f)->kind != PLX_TOK_DASH)
        continue;
      qn = is_quote (ctx, f + 1) ? ru_quoted_name_end (ctx, f + 1, para->end) : 0;
      if (is_quote (ctx, f + 1) && qn == 0)
        continue;
      {
        /* (past the quoted name the line opens with) */
        guint from = qn != 0 ? qn : f + 2;

        att = para->end < f + 5 ? PLX_NO_TOKEN : dialogue_attribution (ctx, from, para->end);
      }
      if (att == PLX_NO_TOKEN)
        {
          /* "— …? — спросил корреспондент. ¶ — Ответ.": the line right
           * after a question of dialogue is its answer, even without an
           * attribution of its own */
          /* "… на вопрос о будущем ответил коротко: ¶ — Пока думаю …":
           * a dash line after a paragraph that ends on a speech verb and
           * a colon is that speech */
          gboolean introduced = FALSE;
          int named = -1;

          /* (a list after the colon, "— ремонт школ;", is no speech) */
          if (f > 0 && is_char (ctx, f - 1, ':') && (tok (ctx, f + 1)->flags & PLX_TF_CAP)
              && !is_char (ctx, para->end - 1, ';') && !is_char (ctx, para->end - 1, ',')
              /* a question is an exchange, the transcript finder's */
              && !is_char (ctx, para->end - 1, '?'))
            {
              guint s = plx_tokens_sentence_start (ctx->tokens, f - 1, f > 40 ? f - 40 : 0);

              for (guint c = f - 1; c-- > s && !introduced;)
                introduced = speech_lemma (ctx, c) != NULL;
              /* "Седов в комментарии каналу был краток:": a Russian sentence
               * led by a person's name, with no verb of speech */
              if (!introduced && plx_lexicon_is_inflected (ctx->lexicon))
                {
                  int m = plx_people_mention_from (ctx->people, s);

                  /* (perhaps behind a title: "Тренер Игорь Седых …") */
                  introduced = m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first <= s + 4
                               && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME;
                  for (guint w = s; introduced && w < g_array_index (ctx->people->mentions, PlxMention, m).first; w++)
                    introduced = is_word (ctx, w) && speech_lemma (ctx, w) == NULL && !ru_finite_form (ctx, w);
                  if (introduced)
                    named = g_array_index (ctx->people->mentions, PlxMention, m).entity;
                }
              /* "Собеседник, близкий к мэрии, настроен скептичнее:": any
               * other Russian sentence ending on the colon introduces the
               * line too, whoever it is about */
              if (!introduced && plx_lexicon_is_inflected (ctx->lexicon))
                introduced = TRUE;
            }
          /* "— Понятен, — ответил подсудимый. ¶ — А вы?": a question
           * right after an attributed line goes on with the exchange */
          if (!introduced && dashed != G_MAXUINT && p == dashed + 1 && (tok (ctx, f + 1)->flags & PLX_TF_CAP)
              && is_char (ctx, para->end - 1, '?'))
            introduced = TRUE;
          /* "Сосед настроен мрачнее. ¶ — Зимой поживет — поймет.": a
           * line of dialogue right after a paragraph of narration is
           * speech (README, stop 14); inherit_speakers() gives it the
           * person that narration is about, if any */
          if (!introduced && p > 0 && f > 1 && plx_lexicon_is_inflected (ctx->lexicon)
              && (tok (ctx, f + 1)->flags & PLX_TF_CAP)
              && (is_char (ctx, f - 1, '.') || is_char (ctx, f - 1, '!'))
              && !is_char (ctx, para->end - 1, ';') && !is_char (ctx, para->end - 1, ',')
              /* (a question is asked of that person) */
              && !is_char (ctx, para->end - 1, '?')
              && tok (ctx, g_array_index (paras, PlxRange, p - 1).first)->kind != PLX_TOK_DASH)
            introduced = TRUE;
          dashed = G_MAXUINT;
          if (!introduced && (asked == G_MAXUINT || p != asked + 1))
            continue;
          asked = G_MAXUINT;
          q.open = f;
          q.first = f + 1;
          q.entity = named;
          q.attributed = named >= 0;
          q.kind = PLX_QUOTE_DASH;
          q.close = PLX_NO_TOKEN;
          q.end = para->end;
          while (q.end > q.first && tok (ctx, q.end - 1)->kind == PLX_TOK_PUNCT
                 && !(tok (ctx, q.end - 1)->flags & PLX_TF_TERMINATOR))
            q.end--;
          q.attr_end = q.end;
          stop = para->end;
          goto add;
        }
      for (guint j = att + 1; j + 2 < para->end && j <= att + 40; j++)
        if ((tok (ctx, j)->flags & PLX_TF_TERMINATOR) && tok (ctx, j + 1)->kind == PLX_TOK_DASH)
          {
            cont = TRUE;
            break;
          }
      q.open = f;
      q.first = f + 1;
      q.entity = -1;
      q.kind = PLX_QUOTE_DIRECT;
      if (cont)
        {
          q.close = PLX_NO_TOKEN;
          q.end = para->end;
        }
      else
        {
          q.close = att;
          q.end = att;
          while (q.end > q.first && is_char (ctx, q.end - 1, ','))
            q.end--;
        }
      q.attr_end = cont ? q.end : att + 1;
      stop = cont ? para->end : att;
      asked = !cont && q.end > q.first && is_char (ctx, q.end - 1, '?') ? p : G_MAXUINT;
      dashed = p;
    add:
      if (out == NULL)
        out = g_array_sized_new (FALSE, FALSE, sizeof (PlxFoundQuote), ctx->quotes->len + 4);
      /* the pairs before this paragraph stay; pairs inside the line of
       * dialogue are quotes within the quote and give way to it */
      for (; k < ctx->quotes->len; k++)
        {
          PlxFoundQuote *o = &g_array_index (ctx->quotes, PlxFoundQuote, k);

          if (o->first >= f)
            break;
          g_array_append_val (out, *o);
        }
      for (; k < ctx->quotes->len; k++)
        {
          PlxFoundQuote *o = &g_array_index (ctx->quotes, PlxFoundQuote, k);

          if (o->first >= stop)
            break;
        }
      if (q.end > q.first)
        g_array_append_val (out, q);
    }
  if (out == NULL)
    return;
  for (; k < ctx->quotes->len; k++)
    g_array_append_val (out, g_array_index (ctx->quotes, PlxFoundQuote, k));
  g_array_unref (ctx->quotes);
  ctx->quotes = out;
}

/* «A, — сказал X. — B»: the attribution inside the marks splits the quote */
static void
split_inner (Ctx *ctx)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (PlxFoundQuote), ctx->quotes->len);

  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote q = g_array_index (ctx->quotes, PlxFoundQuote, k);
      gboolean split = FALSE;

      for (guint i = q.first + 1; i + 2 < q.end && !split; i++)
        {
          PlxToken *t = tok (ctx, i);
          PlxToken *p = tok (ctx, i - 1);
          guint v = PLX_NO_TOKEN;

          if (t->kind != PLX_TOK_DASH
              || !(p->kind == PLX_TOK_PUNCT && (p->family == ',' || p->family == '!'
                                                || p->family == '?' || p->family == '.')))
            continue;
          v = dash_cue (ctx, i, q.end);
          if (v == PLX_NO_TOKEN)
            continue;
          /* the attribution may hold a quoted name of its own ("координатор
           * движения „…“ Лилия Гарипова"): its words do not count */
          for (guint j = v + 1, n = 0, inner = 0; j + 1 < q.end && n <= 12 && j <= v + 40; j++)
            {
              PlxToken *d = tok (ctx, j);
              PlxToken *dp = tok (ctx, j - 1);
              Attribution a = { -1, 0, 0, v, PLX_MENTION_NAME };
              PlxFoundQuote first = q, second = q;

              if (d->kind == PLX_TOK_QUOTE)
                {
                  inner = !inner;
                  continue;
                }
              if (inner)
                continue;
              n++;
              if ((d->flags & PLX_TF_TERMINATOR) && !(j + 1 < q.end && tok (ctx, j + 1)->kind == PLX_TOK_DASH))
                break;
              if (d->kind != PLX_TOK_DASH
                  || !(dp->kind == PLX_TOK_PUNCT && (dp->family == ',' || dp->family == '.')))
                continue;
              /* «Результат господина X не вызывает сомнений, — пояснил
               * эксперт. — …»: a name in the words before the attribution
               * is inside the quote (as mark_quoted will say), nobody a
               * role refers to */
              for (guint w = q.first; w < i; w++)
                tok (ctx, w)->flags |= PLX_TF_IN_QUOTE;
              find_object (ctx, v + 1, j - 1, &a);
              if (a.ref_end == 0)
                {
                  int e = -1;
                  PlxMentionKind kind;
                  guint r = person_ref_at (ctx, i + 1, v, &e, &kind);

                  if (r > i + 1)
                    {
                      set_reference (&a, e, i + 1, r, kind);
                    }
                }
              a.cue = v;
              check_gender (ctx, &a);
              first.end = i - 1;
              while (first.end > first.first && is_char (ctx, first.end - 1, ','))
                first.end--;
              first.close = PLX_NO_TOKEN;
              second.first = j + 1;
              second.open = PLX_NO_TOKEN;
              for (PlxFoundQuote *part = &first; part != NULL; part = part == &first ? &second : NULL)
                {
                  part->kind = PLX_QUOTE_SPLIT;
                  part->entity = a.entity;
                  part->cue_first = v;
                  part->cue_end = v + 1;
                  part->attributed = TRUE;
                  part->attr_end = part->end;
                }
              first.open = q.open;
              tok (ctx, v)->flags |= PLX_TF_CUE;
              if (a.ref_end > 0 && a.ref_kind != PLX_MENTION_NAME && a.entity >= 0)
                plx_people_add_mention (ctx->people, a.ref_first, a.ref_end, a.entity, a.ref_kind);
              if (first.end > first.first)
                g_array_append_val (out, first);
              /* the second part keeps the closing mark and may still get
               * its own attribution after it */
              second.attributed = TRUE;
              second.open = j;
              q = second;
              split = TRUE;
              break;
            }
        }
      g_array_append_val (out, q);
    }
  g_array_unref (ctx->quotes);
  ctx->quotes = out;
}

static void
mark_quoted (Ctx *ctx)
{
  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);

      for (guint i = q->first; i < q->end; i++)
        tok (ctx, i)->flags |= PLX_TF_IN_QUOTE;
    }
}

/* Russian: the speaker of a trailing attribution among the circumstances
 * around it — "…, написал Лев Ветлугин в своём канале", "…, сообщила в
 * пресс-релизе она", "…, подчеркнул 39-летний прораб", "…, выразил
 * уверенность Бойко": the one person reference after the singular verb
 * @v and before @send, with no other verb or comma around it. */
static gboolean
ru_trailing_subject (Ctx         *ctx,
                     guint        v,
                     guint        send,
                     Attribution *a)
{
  if (!plx_lexicon_is_inflected (ctx->lexicon) || send > v + 18 || verb_plural (ctx, v))
    return FALSE;
  for (guint w = v + 1; w < send; w++)
    {
      int e = -1;
      PlxMentionKind kind = PLX_MENTION_NAME;
      guint r;

      if (is_word (ctx, w) && (speech_lemma (ctx, w) != NULL || ru_finite_form (ctx, w)
                               || has (ctx, PLX_LEX_RELATIVES, w) || has (ctx, PLX_LEX_COORDINATORS, w)))
        return FALSE;
      if (is_char (ctx, w, ',') || (tok (ctx, w)->flags & PLX_TF_TERMINATOR))
        return FALSE;
      r = person_ref_at (ctx, w, send, &e, &kind);
      if (r <= w)
        continue;
      for (guint k = r; k < send; k++)
        if (is_char (ctx, k, ',') || plx_people_mention_at (ctx->people, k) >= 0 || pronoun (ctx, k) != 0
            || (is_word (ctx, k) && (speech_lemma (ctx, k) != NULL || ru_finite_form (ctx, k)
                                     || has (ctx, PLX_LEX_RELATIVES, k) || has (ctx, PLX_LEX_COORDINATORS, k))))
          return FALSE;
      set_reference (a, e, w, r, kind);
      return TRUE;
    }
  return FALSE;
}

/* "The union will go to court, Semyonov added." / "Клуб принял отставку,
 * сообщила пресс-служба." : the clause before the comma. */
/* "…, X told the RIA Novosti news agency on Friday, as …": the object of
 * "told" is a named recipient (a determiner or a capitalised name, then
 * nouns), perhaps with a phrase of time or place; no clause of its own */
static gboolean
told_agency_object (Ctx  *ctx,
                    guint v,
                    guint send)
{
  gboolean caps = FALSE;

  if (plx_lexicon_is_inflected (ctx->lexicon) || !has (ctx, PLX_LEX_OBJECT_VERBS, v) || send > v + 9
      || send <= v + 1 || !is_word (ctx, v + 1))
    return FALSE;
  for (guint k = v + 1; k < send; k++)
    {
      if (!is_word (ctx, k) || speech_lemma (ctx, k) != NULL || has (ctx, PLX_LEX_COMPLEMENTIZERS, k)
          || has (ctx, PLX_LEX_QUESTION_WORDS, k) || has (ctx, PLX_LEX_INFINITIVE, k) || auxiliary (ctx, k)
          || has (ctx, PLX_LEX_PASSIVE_AUX, k) || pronoun (ctx, k) != 0)
        return FALSE;
      if (has (ctx, PLX_LEX_PREPOSITIONS, k))
        break;
      if (tok (ctx, k)->flags & PLX_TF_CAP)
        caps = TRUE;
    }
  return caps;
}

/* English: a speech verb, a clause of a few words ending its sentence
 * at a colon, and a quote opened right after that colon */
static gboolean
colon_quote_after_clause (Ctx  *ctx,
                          guint v,
                          guint pend)
{
  guint words = 0;

  for (guint k = v + 1; k + 1 < pend && k < v + 40; k++)
    {
      PlxToken *t = tok (ctx, k);

      if (is_char (ctx, k, ':'))
        return words >= 3 && is_quote (ctx, k + 1) && (tok (ctx, k + 1)->flags & PLX_TF_CAN_OPEN);
      if (t->kind == PLX_TOK_QUOTE || (t->flags & PLX_TF_TERMINATOR))
        return FALSE;
      if (t->kind == PLX_TOK_WORD)
        words++;
    }
  return FALSE;
}

/* Russian: "считает, что штрафы ничего не изменят: «…»" (or the colon
 * closing the paragraph, a dialogue dash opening the next): a speech verb
 * whose "что" clause ends at a colon before a quote reports that clause
 * too */
static gboolean
ru_colon_quote_after_that (Ctx  *ctx,
                           guint v,
                           guint pend)
{
  if (v + 3 >= pend || !is_char (ctx, v + 1, ',') || !has (ctx, PLX_LEX_COMPLEMENTIZERS, v + 2))
    return FALSE;
  if (colon_quote_after_clause (ctx, v + 1, pend))
    return TRUE;
  return pend < ctx->n && is_char (ctx, pend - 1, ':') && pend - 1 > v + 5 && pend - 1 < v + 40
         && tok (ctx, pend)->kind == PLX_TOK_DASH && !only_punct (ctx, v + 3, pend - 1)
         && plx_tokens_sentence_start (ctx->tokens, pend - 1, v) <= v;
}

/* "…, said the fisherman.", "…, joked the 52-year-old.": after an
 * inverted verb a definite role of a few words that ends the attribution
 * is its subject, not the start of a clause (English) */
static gboolean
inverted_role (Ctx  *ctx,
               guint v,
               guint o,
               guint send)
{
  /* "…, called the charges absurd.": an object, no subject */
  if (plx_lexicon_is_inflected (ctx->lexicon) || has (ctx, PLX_LEX_NAMING_VERBS, v) || has (ctx, PLX_LEX_OBJECT_VERBS, v)
      || send < o + 2 || send > o + 4 || !is_word (ctx, o)
      || !has (ctx, PLX_LEX_DETERMINERS, o) || has (ctx, PLX_LEX_INDEFINITES, o) || pronoun (ctx, o) != 0
      || send >= ctx->n || !(tok (ctx, send)->flags & PLX_TF_TERMINATOR))
    return FALSE;
  for (guint w = o + 1; w < send; w++)
    if ((!is_word (ctx, w) && tok (ctx, w)->kind != PLX_TOK_NUMBER) || (tok (ctx, w)->flags & PLX_TF_CAP)
        || speech_lemma (ctx, w) != NULL || has (ctx, PLX_LEX_STOPWORDS, w) || has (ctx, PLX_LEX_FINITE_VERBS, w)
        || past_form (ctx, w))
      return FALSE;
  return TRUE;
}

/* English: the words after a trailing attribution's verb are only
 * circumstances — "said late on Friday", "said yesterday", "told
 * reporters after the meeting", "told colleagues on Monday" — no clause
 * of their own: an adverb or a preposition first (or the addressee of a
 * verb that takes one), and no subject pronoun, auxiliary, conjunction,
 * verb of speech or past form on the way */
static gboolean
adjunct_tail (Ctx  *ctx,
              guint v,
              guint send)
{
  gboolean adjunct = FALSE;

  /* (a finite verb: "…, has written to the minister asking for …" is no
   * attribution) */
  if (plx_lexicon_is_inflected (ctx->lexicon) || send <= v + 1 || send > v + 11 || word_ends (ctx, v, "ing"))
    return FALSE;
  for (guint k = v + 1; k < send; k++)
    {
      PlxToken *t = tok (ctx, k);
      gboolean adverb = FALSE;

      if (t->kind == PLX_TOK_NUMBER)
        continue;
      /* "said this week", "told reporters that morning": a demonstrative
       * before a word of time */
      if (k + 1 < send && is_word (ctx, k) && !(t->flags & PLX_TF_CAP) && has (ctx, PLX_LEX_CIRCUMSTANCES, k + 1)
          && (pronoun (ctx, k) != 0 || has (ctx, PLX_LEX_DETERMINERS, k)))
        {
          adjunct = TRUE;
          k++;
          continue;
        }
      if (!is_word (ctx, k) || pronoun (ctx, k) != 0 || auxiliary (ctx, k) || has (ctx, PLX_LEX_PASSIVE_AUX, k)
          || has (ctx, PLX_LEX_COMPLEMENTIZERS, k) || has (ctx, PLX_LEX_QUESTION_WORDS, k)
          || has (ctx, PLX_LEX_RELATIVES, k)
          /* ("in a filing to the exchange": "to" before a noun phrase is a
           * preposition) */
          || (has (ctx, PLX_LEX_INFINITIVE, k)
              && !(k > v + 1 && k + 1 < send && is_word (ctx, k + 1) && (has (ctx, PLX_LEX_DETERMINERS, k + 1)
                                                              || (tok (ctx, k + 1)->flags & PLX_TF_CAP))))
          || speech_lemma (ctx, k) != NULL
          || has (ctx, PLX_LEX_FINITE_VERBS, k) || has (ctx, PLX_LEX_COORDINATORS, k)
          || (!(t->flags & PLX_TF_CAP) && word_ends (ctx, k, "ed")))
        return FALSE;
      adverb = plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_TIME_ADVERBS, ctx->tokens->text + t->start, t->len)
               || (!(t->flags & PLX_TF_CAP) && t->len > 4 && word_ends (ctx, k, "ly"));
      if (adverb || has (ctx, PLX_LEX_PREPOSITIONS, k) || has (ctx, PLX_LEX_WEEKDAYS, k)
          || has (ctx, PLX_LEX_CLAUSE_BLOCKERS, k))
        adjunct = TRUE;
      /* the first word: a circumstance, or the addressee of "told" */
      else if (k == v + 1 && !has (ctx, PLX_LEX_OBJECT_VERBS, v))
        return FALSE;
    }
  return adjunct;
}

/* "Пострадавших нет, сообщили в МЧС.", "Воду дадут, пообещал
 * Арсеньев.": in Russian two words make a whole statement when they open
 * the sentence, no preposition or conjunction leads them and the
 * attribution, verb first, closes the sentence (not "Историк архитектуры,
 * доцент КФУ X в этом сомневается") */
static gboolean
ru_two_word_statement (Ctx  *ctx,
                       guint first,
                       guint comma,
                       guint v,
                       guint send,
                       guint pend)
{
  return plx_lexicon_is_inflected (ctx->lexicon) && comma == first + 2 && v == comma + 1 && is_word (ctx, first)
         && is_word (ctx, first + 1)
         && (tok (ctx, first)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
         && !has (ctx, PLX_LEX_PREPOSITIONS, first) && !has (ctx, PLX_LEX_COORDINATORS, first)
         && !has (ctx, PLX_LEX_COMPLEMENTIZERS, first) && !has (ctx, PLX_LEX_RELATIVES, first)
         && send < pend && (tok (ctx, send)->flags & PLX_TF_TERMINATOR);
}

/* the last comma before token @v, at most @max tokens back and after
 * @sstart; PLX_NO_TOKEN when there is none */
static guint
comma_before (Ctx  *ctx,
              guint v,
              guint sstart,
              guint max)
{
  for (guint k = v; k > sstart && v - k <= max; k--)
    if (is_char (ctx, k - 1, ','))
      return k - 1;
  return PLX_NO_TOKEN;
}

/* English: "…, the company that operates the mine said.", "…, the
 * Kamchatka branch of the Geophysical Survey of … said.", "…, a
 * spokesperson for the Garda, Ireland's police force, said.": a source
 * too long for the short subjects try_clause_before takes — a noun phrase
 * opened by an article (with at most one relative clause of a verb in
 * the present or the past, or one apposition between commas) and no
 * person named in it, right before the verb that closes the sentence.
 * The comma before the source, else PLX_NO_TOKEN. */
static guint
long_source_before (Ctx  *ctx,
                    guint v,
                    guint sstart)
{
  guint c = comma_before (ctx, v, sstart, 18);
  guint from;
  gboolean relative = FALSE;

  if (c == PLX_NO_TOKEN || c <= sstart + 2)
    return PLX_NO_TOKEN;
  /* (one apposition: "a spokesperson for the Garda, Ireland's police
   * force, said": words only, no verb) */
  if (c + 1 == v)
    {
      gboolean words = TRUE;
      guint close = c;

      c = comma_before (ctx, close, sstart, 7);
      if (c == PLX_NO_TOKEN || c + 1 >= close || c <= sstart + 4)
        return PLX_NO_TOKEN;
      for (guint k = c + 1; k < close && words; k++)
        words = (is_word (ctx, k) || (tok (ctx, k)->kind == PLX_TOK_QUOTE && k > c + 1 && is_word (ctx, k - 1)))
                && speech_lemma (ctx, k) == NULL && !auxiliary (ctx, k) && !has (ctx, PLX_LEX_PASSIVE_AUX, k)
                && !has (ctx, PLX_LEX_FINITE_VERBS, k) && plx_people_mention_at (ctx->people, k) < 0;
      if (!words)
        return PLX_NO_TOKEN;
      close = comma_before (ctx, c, sstart, 9);
      if (close == PLX_NO_TOKEN || close <= sstart + 2 || close + 2 >= c)
        return PLX_NO_TOKEN;
      c = close;
    }
  from = c + 1;
  if (!is_word (ctx, from) || (tok (ctx, from)->flags & PLX_TF_CAP)
      || !(has (ctx, PLX_LEX_DETERMINERS, from) || has (ctx, PLX_LEX_INDEFINITES, from)) || pronoun (ctx, from) != 0)
    return PLX_NO_TOKEN;
  for (guint k = from + 1; k < v; k++)
    {
      if (plx_people_mention_at (ctx->people, k) >= 0)
        return PLX_NO_TOKEN;
      /* (the commas of the apposition) */
      if (is_char (ctx, k, ','))
        continue;
      /* "the company that operates the site": a relative word and one
       * verb */
      if (!relative && is_word (ctx, k) && (has (ctx, PLX_LEX_RELATIVES, k) || plx_tokens_word_is (ctx->tokens, k, "that"))
          && k + 2 < v && is_word (ctx, k + 1)
          && !(tok (ctx, k + 1)->flags & PLX_TF_CAP) && speech_lemma (ctx, k + 1) == NULL
          && (word_ends (ctx, k + 1, "s") || word_ends (ctx, k + 1, "ed")))
        {
          relative = TRUE;
          k++;
          continue;
        }
      if (!(is_word (ctx, k) || tok (ctx, k)->kind == PLX_TOK_NUMBER
            || (tok (ctx, k)->kind == PLX_TOK_QUOTE && is_word (ctx, k - 1)))
          || speech_lemma (ctx, k) != NULL || auxiliary (ctx, k) || has (ctx, PLX_LEX_PASSIVE_AUX, k)
          || has (ctx, PLX_LEX_FINITE_VERBS, k) || has (ctx, PLX_LEX_RELATIVES, k) || has (ctx, PLX_LEX_COMPLEMENTIZERS, k))
        return PLX_NO_TOKEN;
    }
  /* (long, or with a relative clause or an apposition: the short ones
   * are try_clause_before's own) */
  if (v - c <= 8 && !relative)
    return PLX_NO_TOKEN;
  return c;
}

static guint
try_clause_before (Ctx    *ctx,
                   guint   v,
                   guint   sstart,
                   guint   pend,
                   GArray *out,
                   guint  *cursor)
{
  Attribution a = { -1, 0, 0, v, PLX_MENTION_NAME };
  guint comma = PLX_NO_TOKEN;
  guint send = clause_end (ctx, v);
  guint first = sstart;
  guint lead;

  /* the attribution ends at a comma: ", its chief executive told staff on
   * Tuesday, in the latest round of layoffs" */
  for (guint k = v + 1; k < send; k++)
    if (is_char (ctx, k, ',') || is_char (ctx, k, ';'))
      {
        send = k;
        break;
      }

  /* "…, сообщил журналистам в четверг заместитель министра энергетики
   * Сергей Волобуев по итогам заседания …": in Russian the speaker's
   * name may close a long attribution that goes on with a circumstance */
  if (send > v + 5 && plx_lexicon_is_inflected (ctx->lexicon))
    {
      int m = plx_people_mention_from (ctx->people, v + 1);

      if (m >= 0)
        {
          const PlxMention *pm = &g_array_index (ctx->people->mentions, PlxMention, m);

          if (pm->kind == PLX_MENTION_NAME && pm->first <= v + 12 && pm->end <= v + 14
              && pm->end < send && is_word (ctx, pm->end) && has (ctx, PLX_LEX_PREPOSITIONS, pm->end))
            send = pm->end;
        }
    }
  /* the attribution runs to the end of the sentence: ", X said." */
  if (send > v + 14)
    return v + 1;
  /* "…, the company that operates the site said." (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && send == v + 1 && send < pend
      && (tok (ctx, send)->flags & PLX_TF_TERMINATOR) && (comma = long_source_before (ctx, v, sstart)) != PLX_NO_TOKEN)
    {
      /* (past a dateline: "CITY, Country, Nov 27 (Wire) - …") */
      for (guint k = sstart; k < comma && k < sstart + 16 && (tok (ctx, sstart)->flags & PLX_TF_ALLCAPS); k++)
        if (tok (ctx, k)->kind == PLX_TOK_DASH)
          {
            first = k + 1;
            break;
          }
      if (comma > first + 3 && looks_finite (ctx, first, comma) && !overlaps_quote (ctx, first, comma, cursor))
        {
          add_reported (ctx, out, first, comma, v, v + 1, &a);
          return send;
        }
      return v + 1;
    }
  comma = comma_before (ctx, v, sstart, 8);
  /* "His wife, Ann Roe, a producer, shook her head as he spoke", "The
   * editor, Jo Roe, is expected to be called": a verb right after the
   * comma, before the verb of speech, has the words before the comma as
   * its subject — they are no content (English) */
  if (comma != PLX_NO_TOKEN && comma + 1 < v && !plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, comma + 1)
      && !(tok (ctx, comma + 1)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS))
      && (finite_word (ctx, comma + 1) || past_form (ctx, comma + 1)))
    return v + 1;
  /* "The airline's chief, Jo Roe, who took home £3m, rejected the
   * comparison": a noun phrase and its relative clause right before the
   * verb are its subject (English) */
  if (comma != PLX_NO_TOKEN && comma + 1 == v && comma > sstart + 2 && !plx_lexicon_is_inflected (ctx->lexicon))
    {
      guint r = comma;

      while (r > sstart && !is_char (ctx, r - 1, ','))
        r--;
      if (r > sstart + 1 && is_word (ctx, r) && has (ctx, PLX_LEX_RELATIVES, r) && !looks_finite (ctx, sstart, r - 1))
        return v + 1;
    }
  /* "When I put this to her over lunch, she shrugs.", "Later, leaning on
   * his spade, he put it …": a fronted adverbial clause or phrase alone
   * before the comma (after at most one adverb and its comma) is no
   * content; "When the river falls, the road will reopen, he said" has
   * its main clause (English) */
  if (comma != PLX_NO_TOKEN && comma > sstart + 1 && !plx_lexicon_is_inflected (ctx->lexicon)
      && !(send + 1 < pend && is_char (ctx, send, ',')))
    {
      guint s0 = sstart;

      if (is_word (ctx, sstart) && is_char (ctx, sstart + 1, ',') && comma > sstart + 3)
        s0 = sstart + 2;
      for (guint k = s0; k < comma && s0 != PLX_NO_TOKEN; k++)
        if (is_char (ctx, k, ',') || tok (ctx, k)->kind == PLX_TOK_QUOTE)
          s0 = PLX_NO_TOKEN;
      if (s0 != PLX_NO_TOKEN && is_word (ctx, s0)
          && ((has (ctx, PLX_LEX_SUBORDINATORS, s0) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, s0)
               /* ("As many as 40 homes were …": a comparison) */
               && !(s0 + 2 < comma && plx_tokens_word_is (ctx->tokens, s0 + 2, "as")))
              || ((word_ends (ctx, s0, "ing") || has (ctx, PLX_LEX_PREPOSITIONS, s0))
                  && !looks_finite (ctx, s0, comma))))
        return v + 1;
    }
  /* "Я уважаю коллег, но они считали по …": a clause joined by "но",
   * "а", "и" is one of its own, no attribution of the clause before
   * (Russian) */
  if (comma != PLX_NO_TOKEN && plx_lexicon_is_inflected (ctx->lexicon) && comma + 1 < v && is_word (ctx, comma + 1)
      && has (ctx, PLX_LEX_COORDINATORS, comma + 1))
    return v + 1;
  /* "При этом, отмечает Мальцева, число вакансий снизилось.": a verb
   * and its subject inserted between commas inside one sentence; the
   * content is the whole sentence with the insertion in it (Russian) */
  if (comma != PLX_NO_TOKEN && plx_lexicon_is_inflected (ctx->lexicon) && comma + 1 == v && comma > sstart
      && send + 1 < pend && is_char (ctx, send, ',') && is_word (ctx, send + 1) && ru_trailing_subject (ctx, v, send, &a))
    {
      guint e = send + 1;
      gboolean finite = FALSE;

      while (e < pend && !(tok (ctx, e)->flags & PLX_TF_TERMINATOR) && tok (ctx, e)->kind != PLX_TOK_QUOTE)
        finite |= is_word (ctx, e) && ru_finite_form (ctx, e), e++;
      if (e > send + 3 && e < pend && (tok (ctx, e)->flags & PLX_TF_TERMINATOR) && finite
          && !overlaps_quote (ctx, sstart, e, cursor))
        {
          add_reported (ctx, out, sstart, e, v, v + 1, &a);
          return e;
        }
      a = (Attribution) { -1, 0, 0, v, PLX_MENTION_NAME };
    }
  /* "Губернатор области X, комментируя приговор журналистам, сказал:": a
   * name the comma closes, with no verb before it, is the subject of the
   * participle, not a clause it reports (Russian) */
  if (comma != PLX_NO_TOKEN && plx_lexicon_is_inflected (ctx->lexicon) && comma > sstart
      && plx_people_mention_at (ctx->people, comma - 1) >= 0)
    {
      const PlxMention *pm = &g_array_index (ctx->people->mentions, PlxMention,
                                             plx_people_mention_at (ctx->people, comma - 1));
      gboolean verb = FALSE;

      for (guint w = sstart; w < pm->first && !verb; w++)
        verb = !is_word (ctx, w) ? tok (ctx, w)->kind != PLX_TOK_QUOTE && !is_char (ctx, w, '-')
                                 : ru_finite_form (ctx, w) || speech_lemma (ctx, w) != NULL;
      if (pm->end == comma && pm->kind == PLX_MENTION_NAME && !verb)
        return v + 1;
    }
  /* "…, the airline's chief executive, Ann Roe, said.", "…, Ann Roe, the
   * airline's chief executive, said.": a name and a role in apposition
   * before the verb; the clause ends at the comma before them (English) */
  gboolean apposed = FALSE;

  if (comma != PLX_NO_TOKEN && comma + 1 == v && !plx_lexicon_is_inflected (ctx->lexicon))
    {
      guint c = comma;
      gboolean named = FALSE;

      for (guint segs = 0; segs < 2; segs++)
        {
          guint p = c;
          int m;
          gboolean name_seg, role_seg;

          while (p > sstart && c - p <= 6 && !is_char (ctx, p - 1, ','))
            p--;
          if (p <= sstart + 1 || c - p > 6 || p >= c || !is_char (ctx, p - 1, ','))
            break;
          m = plx_people_mention_at (ctx->people, p);
          name_seg = m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first == p
                     && g_array_index (ctx->people->mentions, PlxMention, m).end == c
                     && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME;
          role_seg = !name_seg && is_word (ctx, p) && has (ctx, PLX_LEX_DETERMINERS, p)
                     && !has (ctx, PLX_LEX_INDEFINITES, p) && pronoun (ctx, p) == 0;
          for (guint w = p; role_seg && w < c; w++)
            role_seg = is_word (ctx, w) && speech_lemma (ctx, w) == NULL
                       && plx_people_mention_at (ctx->people, w) < 0;
          if (!name_seg && !role_seg)
            break;
          named |= name_seg;
          c = p - 1;
        }
      /* (not after a fronted circumstance: "In a statement on Tuesday,
       * the ambassador, Ann Roe, said: …") */
      if (named && c < comma && c > sstart && !(is_word (ctx, sstart) && has (ctx, PLX_LEX_PREPOSITIONS, sstart))
          && !(v + 1 < pend && is_char (ctx, v + 1, ':')))
        {
          comma = c;
          apposed = TRUE;
        }
    }
  /* "The plan, she said, would …": a short subject before an inserted
   * attribution */
  if (comma == PLX_NO_TOKEN || comma <= sstart
      || (comma <= sstart + 2 && !(send + 1 < pend && is_char (ctx, send, ',')
                                   && inserted_attribution (ctx, v, sstart) == comma)
          && !ru_two_word_statement (ctx, sstart, comma, v, send, pend)))
    return v + 1;
  /* "In her speech, the governor-elect promised …", "On Friday
   * morning, the minister said": a fronted circumstance with no verb is
   * no content (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, sstart) && has (ctx, PLX_LEX_PREPOSITIONS, sstart)
      && comma <= sstart + 6 && !looks_finite (ctx, sstart, comma)
      /* (an inserted attribution goes on: "In one case, Mr Roe said, a
       * widower paid …") */
      && !(send + 1 < pend && is_char (ctx, send, ',')))
    return v + 1;
  /* "… has been “very patient with us,” he said.": the comma inside the
   * closing mark of a fragment of the clause (English) */
  if (comma + 2 < v && !plx_lexicon_is_inflected (ctx->lexicon) && is_quote (ctx, comma + 1)
      && (tok (ctx, comma + 1)->flags & PLX_TF_CAN_CLOSE) && !(tok (ctx, comma + 1)->flags & PLX_TF_CAN_OPEN)
      && quote_closed_at (ctx, comma + 1) != NULL && quote_closed_at (ctx, comma + 1)->fragment)
    lead = comma + 2;
  else
    lead = comma + 1;
  /* a headline has no final full stop: "…, jury told" (an abbreviation
   * keeps its own: "… 14,2 млрд руб.") */
  if (!(tok (ctx, pend - 1)->flags & (PLX_TF_TERMINATOR | PLX_TF_ABBREV))
      && !(tok (ctx, pend - 1)->kind == PLX_TOK_QUOTE && pend >= 2
           && (tok (ctx, pend - 2)->flags & PLX_TF_TERMINATOR))
      /* … but "…, ministers say", "…, the operator says", "…,
       * researchers said" closing a headline, a standfirst or a live-blog
       * line: a short subject and a verb that takes no object */
      && !(!plx_lexicon_is_inflected (ctx->lexicon) && v + 1 == pend && v > lead && v - lead <= 3
           && !has (ctx, PLX_LEX_OBJECT_VERBS, v) && !has (ctx, PLX_LEX_PASSIVE_AUX, v - 1)
           && tok (ctx, v)->len >= 3))
    return v + 1;
  /* "The mayor resigned, accusing X of fraud": a participle right after
   * the comma has the clause before as its main clause, not as speech */
  if (v == lead && !plx_lexicon_is_inflected (ctx->lexicon) && has (ctx, PLX_LEX_PARTICIPLE_CUES, v))
    return v + 1;
  /* "…, narrowly beating estimates.": after a participle the speech word
   * is its object, a noun (English) */
  if (v > lead && !plx_lexicon_is_inflected (ctx->lexicon) && !(tok (ctx, v - 1)->flags & PLX_TF_CAP)
      && word_ends (ctx, v - 1, "ing"))
    return v + 1;
  /* "…, a jury was told.", "…, MPs were told on Monday.": telling in the
   * passive names the audience; the speaker is unnamed (English) */
  gboolean audience = v > lead + 1 && v - comma <= 6 && send <= v + 6 && !plx_lexicon_is_inflected (ctx->lexicon)
                      && has (ctx, PLX_LEX_OBJECT_VERBS, v) && !has (ctx, PLX_LEX_QUESTION_VERBS, v)
                      && has (ctx, PLX_LEX_PASSIVE_AUX, v - 1) && pronoun (ctx, lead) == 0
                      && !has (ctx, PLX_LEX_CLAUSE_BLOCKERS, lead);

  for (guint k = lead; audience && k + 1 < v; k++)
    audience = is_word (ctx, k) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, k) && plx_people_mention_at (ctx->people, k) < 0;
  /* only the speaker around the verb: ", Semyonov added." / ", сообщила
   * пресс-служба команды." — not ", also denies fraud." */
  if (audience)
    a.entity = -1;
  else if (v > lead)
    {
      /* "…, the UN's refugee agency (UNHCR) said.": an acronym in
       * brackets before the verb is part of the subject (English) */
      guint vend = v;

      if (!plx_lexicon_is_inflected (ctx->lexicon) && v > lead + 3 && is_char (ctx, v - 1, ')')
          && is_char (ctx, v - 3, '(') && is_word (ctx, v - 2) && (tok (ctx, v - 2)->flags & PLX_TF_ALLCAPS))
        vend = v - 3;
      /* ", Semyonov added.", ", police said on Wednesday.", ", two people
       * familiar with the matter said" */
      if (vend - comma > (apposed ? 14u : 8u))
        return v + 1;
      /* "…, the chiefs said after talks in Tromso on Friday." */
      if (send > v + 1 && !((has (ctx, PLX_LEX_PREPOSITIONS, v + 1) || has (ctx, PLX_LEX_CLAUSE_BLOCKERS, v + 1)
                             || has (ctx, PLX_LEX_WEEKDAYS, v + 1))
                            && send <= v + 8)
          && !(has (ctx, PLX_LEX_OBJECT_VERBS, v) && send <= v + 4)
          && !told_agency_object (ctx, v, send) && !adjunct_tail (ctx, v, send))
        return v + 1;
      /* "…, also denies fraud." / "…, was asked" are no attribution */
      if (has (ctx, PLX_LEX_CLAUSE_BLOCKERS, lead) || has (ctx, PLX_LEX_PASSIVE_AUX, v - 1)
          || !is_word (ctx, lead))
        return v + 1;
      /* "X, who owns …, has agreed to …": only an auxiliary after the
       * comma — the verb's subject stands before it */
      {
        gboolean subject = FALSE;

        for (guint k = lead; k < v && !subject; k++)
          subject = !auxiliary (ctx, k);
        if (!subject)
          return v + 1;
      }
      for (guint k = lead; k < vend; k++)
        if (has (ctx, PLX_LEX_PASSIVE_AUX, k) || has (ctx, PLX_LEX_COMPLEMENTIZERS, k)
            /* "…, осматривал плиты и сообщал о …": a second predicate */
            || (k + 1 == v && is_word (ctx, k) && has (ctx, PLX_LEX_COORDINATORS, k))
            || (!is_word (ctx, k) && tok (ctx, k)->kind != PLX_TOK_NUMBER
                && !(apposed && is_char (ctx, k, ','))
                /* "the two countries' fisheries chiefs": a plural possessive */
                && !(tok (ctx, k)->kind == PLX_TOK_QUOTE && tok (ctx, k)->family == PLX_QF_SINGLE
                     && k > lead && is_word (ctx, k - 1) && tok (ctx, k - 1)->start + tok (ctx, k - 1)->len == tok (ctx, k)->start
                     && ctx->tokens->text[tok (ctx, k)->start - 1] == 's')))
          return v + 1;
      if (apposed ? !find_subject_skipping (ctx, lead, v, SUBJECT_WINDOW, &a)
          : !find_subject_within (ctx, lead, vend, 6, &a))
        {
          /* "Обвинитель, помощник прокурора Д. И. Сафиуллина, в прениях
           * настаивала на …": a singular verb with no subject after the
           * comma has its subject before it — that part is no speech */
          if (plx_lexicon_is_inflected (ctx->lexicon) && past_gender (ctx, v) != 0)
            return v + 1;
          a.entity = -1;
        }
    }
  else
    {
      int m = plx_people_mention_from (ctx->people, v + 1);

      if (ru_trailing_subject (ctx, v, send, &a))
        ;
      else if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first < send
          && g_array_index (ctx->people->mentions, PlxMention, m).end >= send)
        {
          /* ", заявил в среду министр иностранных дел Сергей Лавров." */
          if (!find_object_within (ctx, v + 1, send, 14, &a))
            a.entity = -1;
        }
      else
        {
          guint o = v + 1;

          /* "…, сообщил «Интерфаксу» источник": the quoted recipient */
          if (o + 2 < send && tok (ctx, o)->kind == PLX_TOK_QUOTE && (tok (ctx, o)->flags & PLX_TF_CAN_OPEN)
              && is_word (ctx, o + 1) && (tok (ctx, o + 1)->flags & PLX_TF_CAP))
            {
              guint c = o + 1;

              while (c < send && c < o + 5 && is_word (ctx, c))
                c++;
              if (c < send && tok (ctx, c)->kind == PLX_TOK_QUOTE)
                o = c + 1;
            }
          /* "…, сообщили РИА Новости в штабе": an agency named without
           * marks as the recipient */
          if (plx_lexicon_is_inflected (ctx->lexicon) && o < send && verb_plural (ctx, v)
              && is_word (ctx, o) && (tok (ctx, o)->flags & PLX_TF_CAP))
            {
              guint c = o;

              while (c < send && c < o + 2 && is_word (ctx, c) && (tok (ctx, c)->flags & PLX_TF_CAP)
                     && plx_people_mention_at (ctx->people, c) < 0)
                c++;
              if (c > o && c + 1 < send && has (ctx, PLX_LEX_PREPOSITIONS, c))
                o = c;
            }
          guint quoted = 0;

          /* "…, рассказали два чиновника и подтвердил представитель
           * министерства": a second speech verb after "и" starts a second
           * attribution of the same clause */
          if (plx_lexicon_is_inflected (ctx->lexicon))
            for (guint c = o + 1; c + 1 < send; c++)
              if (is_word (ctx, c) && has (ctx, PLX_LEX_COORDINATORS, c) && speech_lemma (ctx, c + 1) != NULL)
                {
                  send = c;
                  break;
                }
          /* "…, считают опрошенные «Газетой.Ru» эксперты": a quoted
           * outlet inside the subject counts as one word */
          for (guint c = o; c < send; c++)
            if (tok (ctx, c)->kind == PLX_TOK_QUOTE && (tok (ctx, c)->flags & PLX_TF_CAN_OPEN) && c + 1 < send
                && (tok (ctx, c + 1)->flags & PLX_TF_CAP))
              {
                guint d = c + 1;

                while (d < send && d < c + 7 && tok (ctx, d)->kind != PLX_TOK_QUOTE)
                  d++;
                if (d < send && tok (ctx, d)->kind == PLX_TOK_QUOTE && (tok (ctx, d)->flags & PLX_TF_CAN_CLOSE))
                  {
                    quoted += d - c;
                    c = d;
                  }
              }
          /* "…, сообщили в пресс-службе ведомства.": a plural verb with
           * no subject and a place after it is an unnamed source */
          if (o + 1 < send && send <= o + 8 && has (ctx, PLX_LEX_PREPOSITIONS, o)
              && is_word (ctx, o + 1) && (verb_plural (ctx, v) || verb_impersonal (ctx, v)))
            a.entity = -1;
          /* ", сообщил он.": a pronoun alone after the verb is its subject */
          else if (o >= send || has (ctx, PLX_LEX_CLAUSE_BLOCKERS, o)
              || has (ctx, PLX_LEX_PREPOSITIONS, o) || !is_word (ctx, o)
              || (has (ctx, PLX_LEX_CLAUSE_STARTERS, o) && !inverted_role (ctx, v, o, send))
              || (pronoun (ctx, o) != 0 && send != o + 1)
              || send > o + 5 + quoted)
            return v + 1;
          else if (!find_object (ctx, o, send, &a))
            {
              /* "Депутат … Ирина Гущина, приехавшая на сход, пообещала
               * направить запрос": the person before is the subject */
              int s = plx_people_mention_from (ctx->people, first);

              if (s >= 0 && g_array_index (ctx->people->mentions, PlxMention, s).first <= first + 3)
                return v + 1;
              a.entity = -1;
            }
        }
    }
  /* "Чавушоглу, в свою очередь, призвал …": the part before the comma is
   * the subject, not speech — but "Kerry suffered a broken wrist, the
   * family said.": a name with a finite verb of its own is the subject of
   * the clause reported (English) */
  {
    int m = plx_people_mention_from (ctx->people, first);

    if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first == first
        && !(!plx_lexicon_is_inflected (ctx->lexicon) && v > lead
             && looks_finite (ctx, g_array_index (ctx->people->mentions, PlxMention, m).end, comma)))
      return v + 1;
  }
  /* skip a dateline: "BIRMINGHAM, England, Feb 6 (Wire) - …" (a place in
   * capitals opens it; "Главная проблема — цены …" is no dateline) */
  for (guint k = sstart; k < comma && k < sstart + 16 && (tok (ctx, sstart)->flags & PLX_TF_ALLCAPS); k++)
    if (tok (ctx, k)->kind == PLX_TOK_DASH)
      {
        first = k + 1;
        break;
      }
  /* … or its tail after an abbreviated state: "CALDER FALLS, Ore. (AP) —
   * …", where the sentence starts at the bracket */
  if (first == sstart && is_char (ctx, sstart, '('))
    for (guint k = sstart + 1; k < comma && k <= sstart + 4; k++)
      {
        if (tok (ctx, k)->kind == PLX_TOK_DASH)
          {
            first = k + 1;
            break;
          }
        if (is_word (ctx, k) && !(tok (ctx, k)->flags & PLX_TF_ALLCAPS))
          break;
      }
  /* "In one case, Mr Aldridge said, a widower paid …": a phrase of
   * circumstance before an inserted attribution is no speech — the clause
   * after it is */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && v > lead && send < pend && is_char (ctx, send, ',')
      && is_word (ctx, first) && has (ctx, PLX_LEX_PREPOSITIONS, first) && comma <= first + 5
      && !looks_finite (ctx, first, comma))
    {
      guint e = clause_end (ctx, send + 1);

      /* (the content is the whole sentence, the insertion in it) */
      if (e > send + 4 && looks_finite (ctx, send + 1, e) && !overlaps_quote (ctx, first, e, cursor))
        {
          add_reported (ctx, out, first, e, v, v + 1, &a);
          return e;
        }
      return v + 1;
    }
  /* "The barrage, he said, had become …", "…, where, she says,
   * customers pay …": before an inserted attribution, a noun phrase with
   * no verb of its own is the subject of the clause after it, and a
   * relative word or a conjunction opens it: the words after the
   * attribution are reported */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && v > lead && send + 1 < pend && is_char (ctx, send, ',')
      && is_word (ctx, send + 1) && !(tok (ctx, send + 1)->flags & PLX_TF_CAP)
      && inserted_attribution (ctx, v, sstart) == comma && is_word (ctx, first)
      && ((is_word (ctx, comma - 1) && (has (ctx, PLX_LEX_RELATIVES, comma - 1) || has (ctx, PLX_LEX_CLAUSE_BLOCKERS, comma - 1)))
          || (comma <= first + 6 && !has (ctx, PLX_LEX_PREPOSITIONS, first) && !looks_finite (ctx, first, comma))))
    {
      guint e = clause_end (ctx, send + 1);
      /* (after a noun phrase the content is the whole sentence, the
       * insertion in it; after a relative word only its clause) */
      guint from = is_word (ctx, comma - 1) && (has (ctx, PLX_LEX_RELATIVES, comma - 1)
                                               || has (ctx, PLX_LEX_CLAUSE_BLOCKERS, comma - 1)) ? send + 1 : first;

      if (e > send + 2 && (looks_finite (ctx, send + 1, e) || present_after_subject (ctx, send + 1, e))
          && !overlaps_quote (ctx, from, e, cursor))
        {
          add_reported (ctx, out, from, e, v, v + 1, &a);
          return e;
        }
      return v + 1;
    }
  /* "Speaking to reporters outside the chamber, she said, “…”": a
   * participle phrase with no finite verb sets the scene, it is no
   * speech */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && is_word (ctx, first) && word_ends (ctx, first, "ing")
      && !looks_finite (ctx, first, comma))
    return v + 1;
  if (overlaps_quote (ctx, first, comma, cursor))
    return v + 1;
  {
    guint words = 0;

    /* (three are enough) */
    for (guint k = first; k < comma && words < 3; k++)
      if (is_word (ctx, k))
        words++;
    if (words < 3 && !ru_two_word_statement (ctx, first, comma, v, send, pend))
      return v + 1;
  }
  /* "The rate gap favours the krone, Holm said, and could push it …",
   * "…, he said, and had found …": a predicate with an auxiliary after
   * the attribution goes on with what the speaker said; "If talks fail,
   * the judges said, a court will …": an adverbial clause before the
   * attribution and its main clause after it. The content is the whole
   * sentence, the insertion in it (English) */
  if (!plx_lexicon_is_inflected (ctx->lexicon) && send + 3 < pend && is_char (ctx, send, ',')
      && is_word (ctx, send + 1) && lead != comma + 2)
    {
      guint from = PLX_NO_TOKEN;

      if (has (ctx, PLX_LEX_COORDINATORS, send + 1) && is_word (ctx, send + 2) && auxiliary_verb (ctx, send + 2))
        from = send + 2;
      /* "…, officials said, and jumped a river …", "…, he said, but
       * failed to …", "…, she said, which is why …": a predicate in the
       * past with no subject of its own, or a relative clause, with no
       * speech verb, goes on with what was said too */
      else if (is_word (ctx, send + 2) && !(tok (ctx, send + 2)->flags & PLX_TF_CAP)
               && ((has (ctx, PLX_LEX_COORDINATORS, send + 1) && pronoun (ctx, send + 2) == 0
                    && !has (ctx, PLX_LEX_DETERMINERS, send + 2)
                    && (word_ends (ctx, send + 2, "ed") || has (ctx, PLX_LEX_FINITE_VERBS, send + 2)))
                   || (has (ctx, PLX_LEX_RELATIVES, send + 1) && !word_ends (ctx, send + 2, "ing"))))
        {
          guint e = plain_clause_end (ctx, send + 2);

          if (e != PLX_NO_TOKEN && e > send + 3 && (looks_finite (ctx, send + 2, e) || word_ends (ctx, send + 2, "ed")))
            from = send + 1;
        }
      /* "…, he said, and investigators linked them …", "…, two of them
       * said, and the president has not …": a clause of five words or
       * more with a subject of its own after "and", with no speech verb
       * and no quote, goes on with what was said ("and that is the
       * point" comments on it; "and farmers were worried" is too short
       * to tell, the writer's) */
      else if (plx_tokens_word_is (ctx->tokens, send + 1, "and") && is_word (ctx, send + 2)
               && !has (ctx, PLX_LEX_RELATIVES, send + 2) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, send + 2)
               && !plx_tokens_word_is (ctx->tokens, send + 2, "this") && !auxiliary_verb (ctx, send + 2)
               && speech_lemma (ctx, send + 2) == NULL)
        {
          guint e = plain_clause_end (ctx, send + 2);

          if (e != PLX_NO_TOKEN && e > send + 6 && looks_finite (ctx, send + 2, e))
            from = send + 1;
        }
      else if (!(tok (ctx, send + 1)->flags & PLX_TF_CAP) && has (ctx, PLX_LEX_SUBORDINATORS, first)
               && !has (ctx, PLX_LEX_PREPOSITIONS, first) && !has (ctx, PLX_LEX_COORDINATORS, send + 1)
               && !has (ctx, PLX_LEX_RELATIVES, send + 1) && !word_ends (ctx, send + 1, "ing"))
        from = send + 1;
      /* "She was responsible, she wrote, for 46 residents …", "…, two of
       * the officials said, in a way that …": a phrase after a preposition
       * that runs to the end of the sentence finishes the clause before
       * the attribution, right after its verb (not "with" and a noun:
       * "…, economists said, with inflation still high", not "about" and
       * a sum, nor after a time: "…, officials said Thursday, in what …"
       * is the writer's comment) */
      else if (send == v + 1 && !(tok (ctx, send + 1)->flags & PLX_TF_CAP) && has (ctx, PLX_LEX_PREPOSITIONS, send + 1)
               && !has (ctx, PLX_LEX_SUBORDINATORS, send + 1) && !has (ctx, PLX_LEX_INFINITIVE, send + 1)
               && !plx_tokens_word_is (ctx->tokens, send + 1, "with")
               && !plx_tokens_word_is (ctx->tokens, send + 1, "about") && looks_finite (ctx, first, comma))
        {
          guint e = clause_end (ctx, send + 1);
          gboolean plain = e < pend && (tok (ctx, e)->flags & PLX_TF_TERMINATOR) && e > send + 2;

          for (guint k = send + 2; plain && k < e; k++)
            plain = !is_char (ctx, k, ',') && tok (ctx, k)->kind != PLX_TOK_QUOTE;
          if (plain && !overlaps_quote (ctx, first, e, cursor))
            {
              add_reported (ctx, out, first, e, v, v + 1, &a);
              return e;
            }
        }
      if (from != PLX_NO_TOKEN)
        {
          guint e = clause_end (ctx, from);

          if (e > from + 1 && (from == send + 2 || looks_finite (ctx, from, e)) && !overlaps_quote (ctx, send, e, cursor))
            {
              add_reported (ctx, out, first, e, v, v + 1, &a);
              return e;
            }
        }
    }
  add_reported (ctx, out, first, lead == comma + 2 ? comma + 2 : comma, v, v + 1, &a);
  return send;
}

/* English: "Clause, she was quoted as saying.", "…, Roe pointed out.",
 * "…, the minister went on to say on Friday.": a phrase of speech after a
 * short subject closes its sentence (or only circumstances follow it), so
 * the clause before the comma is what was said. @i is the phrase's first
 * token, @n its length. */
static guint
try_phrase_clause_before (Ctx    *ctx,
                          guint   i,
                          guint   n,
                          guint   sstart,
                          guint   pend,
                          GArray *out,
                          guint  *cursor)
{
  Attribution a = { -1, 0, 0, i + n - 1, PLX_MENTION_NAME };
  guint v = i + n - 1;
  guint send = clause_end (ctx, v);
  guint comma = PLX_NO_TOKEN;
  guint end, words = 0;
  int e = -1;
  PlxMentionKind kind = PLX_MENTION_NAME;

  if (plx_lexicon_is_inflected (ctx->lexicon) || i <= sstart + 4 || send > pend
      || (send > v + 1 && !adjunct_tail (ctx, v, send)))
    return i + n;
  comma = comma_before (ctx, i, sstart, 6);
  if (comma == PLX_NO_TOKEN || comma <= sstart + 2)
    return i + n;
  /* the subject fills the gap between the comma and the phrase */
  end = person_ref_at (ctx, comma + 1, i, &e, &kind);
  if (end != i || end <= comma + 1)
    return i + n;
  set_reference (&a, e, comma + 1, end, kind);
  for (guint k = sstart; k < comma; k++)
    {
      if (tok (ctx, k)->flags & PLX_TF_IN_QUOTE)
        return i + n;
      if (is_word (ctx, k))
        words++;
    }
  if (words < 3 || overlaps_quote (ctx, sstart, comma, cursor))
    return i + n;
  add_reported (ctx, out, sstart, comma, v, v + 1, &a);
  return send;
}

/* "Об этом заявил Песков." / "This was stated by Dmitry Peskov.": the
 * sentence before is the speech. */
static guint
try_anaphoric (Ctx    *ctx,
               guint   i,
               guint   k,
               guint   pend,
               GArray *out,
               guint  *cursor)
{
  Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
  guint send = clause_end (ctx, i);
  guint v = PLX_NO_TOKEN;
  guint prev_end, prev_start;

  for (guint w = i; w < send && w < i + k + 6; w++)
    if (speech_lemma (ctx, w) != NULL)
      {
        v = w;
        break;
      }
  /* "Об этом в пятницу, 27 ноября, написал …": a date between commas */
  if (v == PLX_NO_TOKEN && plx_lexicon_is_inflected (ctx->lexicon))
    for (guint w = MIN (send, i + k + 6); w < pend && w < i + k + 12 && !(tok (ctx, w)->flags & PLX_TF_TERMINATOR); w++)
      {
        if (is_word (ctx, w) && (has (ctx, PLX_LEX_RELATIVES, w) || has (ctx, PLX_LEX_COMPLEMENTIZERS, w)))
          break;
        if (is_word (ctx, w) && speech_lemma (ctx, w) != NULL)
          {
            v = w;
            send = clause_end (ctx, v);
            break;
          }
      }
  if (v == PLX_NO_TOKEN || i == 0)
    return i + 1;
  if (!find_object_within (ctx, v + 1, send, 24, &a))
    {
      /* "Об этом глава региона заявил в среду": the subject before the
       * verb */
      a = (Attribution) { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
      if (v <= i + k || !find_subject_within (ctx, i + k, v, 6, &a) || a.entity < 0)
        {
          /* "Об этом сообщили ТАСС в управлении МЧС", "Об этом
           * сообщается на сайте ведомства": a plural or impersonal verb
           * with no person around it speaks for an unnamed source */
          /* "Об этом сообщила компания", "Об этом пишет Telegram-канал
           * «…»": a subject after the verb that is no person */
          if (!(verb_plural (ctx, v) || verb_impersonal (ctx, v)
                || (v + 1 < send && is_word (ctx, v + 1) && pronoun (ctx, v + 1) == 0
                    && !has (ctx, PLX_LEX_PREPOSITIONS, v + 1) && !has (ctx, PLX_LEX_STOPWORDS, v + 1))))
            return i + 1;
          a = (Attribution) { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
        }
    }
  prev_end = i;
  while (prev_end > 0 && (tok (ctx, prev_end - 1)->flags & PLX_TF_TERMINATOR))
    prev_end--;
  prev_start = plx_tokens_sentence_start (ctx->tokens, prev_end > 0 ? prev_end - 1 : 0,
                                          prev_end > 80 ? prev_end - 80 : 0);
  if (prev_end <= prev_start + 2)
    return i + 1;
  /* "Движение откроется в ноябре, хотя запуск обещали к сентябрю. Об
   * этом сообщил X": the sentence was already taken as speech of nobody
   * (by a verb inside it); the marker names who said it */
  if (out->len > 0 && a.entity >= 0)
    {
      PlxFoundQuote *last = &g_array_index (out, PlxFoundQuote, out->len - 1);

      if (last->first == prev_start && last->end <= prev_end && last->entity < 0
          && last->open == PLX_NO_TOKEN)
        {
          last->entity = a.entity;
          last->cue_first = v;
          last->cue_end = v + 1;
          return send;
        }
    }
  if (overlaps_quote (ctx, prev_start, prev_end, cursor))
    return i + 1;
  add_reported (ctx, out, prev_start, prev_end, v, v + 1, &a);
  return send;
}

/* "Отвечая на вопрос журналиста, почему …, глава сослался …", "на вопрос
 * «Ъ», вырастут ли цены, он ответил": a question named by a noun and
 * spelled out in a wh- or ли clause up to the next comma. The asker is
 * unnamed. */
static guint
try_question_noun (Ctx    *ctx,
                   guint   i,
                   guint   pend,
                   GArray *out,
                   guint  *cursor)
{
  Attribution a = { -1, 0, 0, PLX_NO_TOKEN, PLX_MENTION_NAME };
  guint k = i + 1;
  guint first, e;

  /* the asker: a genitive word or a quoted name ("журналиста", "«Ъ»") */
  for (guint n = 0; n < 4 && k < pend; n++)
    {
      PlxToken *t = tok (ctx, k);

      if (t->kind == PLX_TOK_QUOTE || (t->kind == PLX_TOK_WORD && !has (ctx, PLX_LEX_QUESTION_WORDS, k)
                                       && !has (ctx, PLX_LEX_COMPLEMENTIZERS, k)))
        k++;
      else
        break;
    }
  if (k >= pend || !is_char (ctx, k, ','))
    return i + 1;
  first = k + 1;
  if (first >= pend || !is_word (ctx, first))
    return i + 1;
  /* "…, не рассматривается ли …": ли after a negated verb; "на вопрос,
   * что значит …": the conjunction asks here */
  if (!has (ctx, PLX_LEX_QUESTION_WORDS, first) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, first)
      && !(first + 1 < pend && has (ctx, PLX_LEX_QUESTION_PARTICLES, first + 1))
      && !(first + 2 < pend && has (ctx, PLX_LEX_NEGATIONS, first) && is_word (ctx, first + 1)
           && has (ctx, PLX_LEX_QUESTION_PARTICLES, first + 2)))
    return i + 1;
  e = clause_end (ctx, first);
  for (guint c = first + 1; c < e; c++)
    if ((is_char (ctx, c, ',')
         /* "не беспокоит ли его, что он долго не мог забить": a clause
          * of the question's own goes on with it */
         && !(c + 1 < e && is_word (ctx, c + 1) && has (ctx, PLX_LEX_COMPLEMENTIZERS, c + 1)))
        || tok (ctx, c)->kind == PLX_TOK_DASH)
      {
        e = c;
        break;
      }
  if (e <= first + 1 || overlaps_quote (ctx, first, e, cursor))
    return i + 1;
  /* "На вопрос ведущего Павла Орлова, когда …": a name that ends the
   * asker's words is who asks (not one after a preposition: "на вопрос
   * о …"); "на вопрос ведущей, …" after "ведущей Анне Гориной": a role
   * word alone, of the one person it stood before */
  for (guint w = i + 1; w < k && !(is_word (ctx, w) && has (ctx, PLX_LEX_PREPOSITIONS, w)); w++)
    {
      int m = plx_people_mention_at (ctx->people, w);

      /* (in Cyrillic: "аналитика Alfa Research" is a firm) */
      if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME
          && g_array_index (ctx->people->mentions, PlxMention, m).end == k
          && (guchar) ctx->tokens->text[tok (ctx, w)->start] >= 0x80)
        {
          set_reference (&a, g_array_index (ctx->people->mentions, PlxMention, m).entity, w, k, PLX_MENTION_NAME);
          break;
        }
      if (m < 0 && k == i + 2 && (m = ru_role_word_entity (ctx, w)) >= 0 && first_named (ctx, m) < i)
        set_reference (&a, m, w, k, PLX_MENTION_ROLE);
    }
  add_reported (ctx, out, first, e, 0, 0, &a);
  return e;
}

static void
find_reported (Ctx *ctx)
{
  GArray *paras = ctx->tokens->paragraphs;
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (PlxFoundQuote));
  guint cursor = 0;
  /* the classes of the words a report can start from (see the tests
   * below): most words are of none, and are passed at once */
  const guint64 leads = PLX_CLASS_BIT (PLX_CLASS_SPEECH) | PLX_CLASS_BIT (PLX_LEX_AGENT_MARKERS)
                        | PLX_CLASS_BIT (PLX_LEX_NON_SPEECH_OBJECTS)
                        | PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_SPEECH)
                        | PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_ANAPHORIC)
                        | PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_ACCORDING)
                        | PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_AS_MARKERS);

  for (guint p = 0; p < paras->len; p++)
    {
      PlxRange *para = &g_array_index (paras, PlxRange, p);
      guint sstart = para->first;
      guint i = para->first;

      while (i < para->end)
        {
          PlxToken *t = tok (ctx, i);
          guint next = i + 1;
          guint k;

          if (t->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
            sstart = i;
          /* no report starts at a token other than a word outside the
           * quotes, nor at one that is no cue and of none of the classes
           * above (but "In …" opening a sentence) */
          if (t->kind != PLX_TOK_WORD || (t->flags & PLX_TF_IN_QUOTE)
              || (!(t->flags & PLX_TF_CUE) && (ctx->tokens->classes[i] & leads) == 0
                  && !((t->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START)) && t->len == 2)))
            {
              i++;
              continue;
            }
          /* "The bats stayed slower for days, she said, “as if …”": the
           * cue of the quote after it also reports the clause before */
          if ((t->flags & PLX_TF_CUE) && !plx_lexicon_is_inflected (ctx->lexicon) && speech_lemma (ctx, i) != NULL
              && i + 2 < para->end && is_char (ctx, i + 1, ',') && is_quote (ctx, i + 2)
              && (tok (ctx, i + 2)->flags & PLX_TF_CAN_OPEN))
            next = try_clause_before (ctx, i, sstart, para->end, out, &cursor);
          /* "said he had been forced to change shape at half-time: “…”",
           * «считает, что штрафы ничего не изменят: «…»»: the cue of a
           * colon quote also reports the clause before it */
          else if ((t->flags & PLX_TF_CUE) && !(t->flags & PLX_TF_CAP) && speech_lemma (ctx, i) != NULL
                   && (plx_lexicon_is_inflected (ctx->lexicon) ? ru_colon_quote_after_that (ctx, i, para->end)
                                                              : colon_quote_after_clause (ctx, i, para->end)))
            next = try_said_that (ctx, i, i, sstart, para->end, out, &cursor);
          else if (!(t->flags & PLX_TF_CUE))
            {
              if (!(t->flags & PLX_TF_CAP) && (k = match_phrase (ctx, PLX_LEX_PHRASE_SPEECH, i, NULL)) > 0)
                {
                  /* "went on trial", "hit back at critics": a phrase of
                   * speech reports a clause only when one opens after it */
                  if (!plx_lexicon_is_inflected (ctx->lexicon) && i + k < para->end && is_word (ctx, i + k)
                      && !(tok (ctx, i + k)->flags & PLX_TF_CAP) && !has (ctx, PLX_LEX_COMPLEMENTIZERS, i + k)
                      && !has (ctx, PLX_LEX_CLAUSE_STARTERS, i + k) && pronoun (ctx, i + k) == 0
                      /* ("wanted to know why …": an indirect question) */
                      && !has (ctx, PLX_LEX_QUESTION_WORDS, i + k))
                    next = i + k;
                  else
                    next = try_said_that (ctx, i, i + k - 1, sstart, para->end, out, &cursor);
                  if (next == i + k)
                    next = try_phrase_clause_before (ctx, i, k, sstart, para->end, out, &cursor);
                }
              else if (i > para->first && (has (ctx, PLX_LEX_NEGATIONS, i - 1) || has (ctx, PLX_LEX_INFINITIVE, i - 1)))
                next = i + 1;   /* "в клубе не уточняют", "did not say" */
              else if ((!(t->flags & PLX_TF_CAP) || (t->flags & PLX_TF_SENT_START)) && speech_lemma (ctx, i) != NULL)
                {
                  next = try_said_that (ctx, i, i, sstart, para->end, out, &cursor);
                  if (next == i + 1)
                    next = try_clause_before (ctx, i, sstart, para->end, out, &cursor);
                }
              else if ((t->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
                       && (k = match_phrase (ctx, PLX_LEX_PHRASE_ANAPHORIC, i, NULL)) > 0)
                next = try_anaphoric (ctx, i, k, para->end, out, &cursor);
              else if ((k = match_phrase (ctx, PLX_LEX_PHRASE_ACCORDING, i, NULL)) > 0)
                next = try_according (ctx, i, k, sstart, para->end, out, &cursor);
              else if (!plx_lexicon_is_inflected (ctx->lexicon) && has (ctx, PLX_LEX_AGENT_MARKERS, i)
                       && (i == sstart || (i > sstart && is_char (ctx, i - 1, ',')))
                       && (next = try_by_count (ctx, i, sstart, para->end, out, &cursor)) > i + 1)
                ;
              else if (!plx_lexicon_is_inflected (ctx->lexicon) && (t->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
                       && t->len == 2 && g_ascii_strncasecmp (plx_token_str (ctx->tokens, i), "in", 2) == 0)
                next = try_possessive_opinion (ctx, i, para->end, out, &cursor);
              else if (match_phrase (ctx, PLX_LEX_PHRASE_AS_MARKERS, i, NULL) > 0)
                next = try_as (ctx, i, sstart, para->end, out, &cursor);
              else if (plx_lexicon_is_inflected (ctx->lexicon) && !(t->flags & PLX_TF_CAP)
                       && has (ctx, PLX_LEX_NON_SPEECH_OBJECTS, i))
                next = try_question_noun (ctx, i, para->end, out, &cursor);
            }
          /* never step back, never past the paragraph */
          if (next <= i)
            next = i + 1;
          /* keep the sentence start right when a clause skipped tokens */
          for (guint s = i + 1; s < next && s < para->end; s++)
            if (tok (ctx, s)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
              sstart = s;
          i = next;
        }
    }
  if (out->len > 0)
    {
      g_array_append_vals (ctx->quotes, out->data, out->len);
      plx_array_sort_runs (ctx->quotes, compare_reported);
    }
}

/* Whether token @w is a noun naming the one the outlet has just quoted
 * ("собеседник", "собеседница"), on its own or with the outlet after it
 * ("собеседник агентства", "собеседница «Ведомостей»") and nothing else:
 * not "собеседник в правительстве", "собеседник, знакомый с …". */
static gboolean
interlocutor_at (Ctx  *ctx,
                 guint w,
                 guint verb)
{
  guint n = w + 1;

  if (w >= ctx->n || !is_word (ctx, w) || (tok (ctx, w)->flags & PLX_TF_IN_QUOTE)
      || !plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_INTERLOCUTORS, plx_token_str (ctx->tokens, w), tok (ctx, w)->len))
    return FALSE;
  if (n < ctx->n && tok (ctx, n)->kind == PLX_TOK_QUOTE)
    {
      /* «Ъ», „Ведомостей“ */
      guint c = n + 1;

      while (c < ctx->n && c <= n + 4 && tok (ctx, c)->kind != PLX_TOK_QUOTE)
        c++;
      n = c < ctx->n && tok (ctx, c)->kind == PLX_TOK_QUOTE ? c + 1 : ctx->n;
    }
  else if (n < ctx->n && is_word (ctx, n) && !has (ctx, PLX_LEX_PREPOSITIONS, n) && !has (ctx, PLX_LEX_RELATIVES, n))
    /* "агентства", "издания", РБК */
    n++;
  return n < ctx->n && (n == verb || tok (ctx, n)->kind == PLX_TOK_DASH
                        || ((tok (ctx, n)->flags & PLX_TF_TERMINATOR) && !is_char (ctx, n, '?')));
}

/* Whether token @w, right after a speech verb, is a lower-case noun of a
 * person ("центровой", "функционер", "исследовательница") that closes the
 * attribution — not an unnamed source ("источник", "очевидец"), a plural
 * or a pronoun (Russian). */
static gboolean
epithet_at (Ctx  *ctx,
            guint w)
{
  gboolean person;

  if (w + 1 >= ctx->n || !is_word (ctx, w) || (tok (ctx, w)->flags & (PLX_TF_CAP | PLX_TF_IN_QUOTE))
      || pronoun (ctx, w) != 0 || has (ctx, PLX_LEX_ANONYMOUS_ROLES, w) || has (ctx, PLX_LEX_PREPOSITIONS, w)
      || !(tok (ctx, w + 1)->kind == PLX_TOK_DASH || is_char (ctx, w + 1, '.')))
    return FALSE;
  person = has (ctx, PLX_LEX_ROLE_NOUNS, w) || has (ctx, PLX_LEX_GENERIC_ROLES, w) || agent_noun (ctx, w);
  return person;
}

/* "«…», — сказала Маркова. … «…», — добавила собеседница агентства.": a
 * quote whose speaker is the outlet's interlocutor is the one the quote
 * before, in its paragraph or the one before, gave a name (Russian). */
/* The one person named in the paragraph of @q before it (outside
 * quotation marks), -1 when none or several. */
static int
para_only_person (Ctx                 *ctx,
                  const PlxFoundQuote *q)
{
  guint start = q->open != PLX_NO_TOKEN ? q->open : q->first;
  int m = plx_people_mention_from (ctx->people, para_start_of (ctx, start));
  int who = -1;

  for (; m >= 0 && (guint) m < ctx->people->mentions->len; m++)
    {
      const PlxMention *pm = &g_array_index (ctx->people->mentions, PlxMention, m);

      if (pm->first >= start)
        break;
      if (pm->kind == PLX_MENTION_BYLINE || (tok (ctx, pm->first)->flags & PLX_TF_IN_QUOTE))
        continue;
      if (pm->entity < 0 || (who >= 0 && pm->entity != who))
        return -1;
      who = pm->entity;
    }
  return who;
}

static void
interlocutor_speakers (Ctx *ctx)
{
  const PlxFoundQuote *prev = NULL;

  if (!plx_lexicon_is_inflected (ctx->lexicon))
    return;
  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      gboolean near;
      guint noun = PLX_NO_TOKEN;
      int who = -1;
      /* the verb's ending tells the gender ("пояснила исследователь") */
      char gender = q->cue_end == 0 ? 0
                    : word_ends (ctx, q->cue_end - 1, "ла") || word_ends (ctx, q->cue_end - 1, "лась") ? 'f'
                    : word_ends (ctx, q->cue_end - 1, "л") || word_ends (ctx, q->cue_end - 1, "лся") ? 'm' : 0;

      if (q->scare || q->fragment)
        continue;
      near = prev != NULL && prev->entity >= 0 && prev->end <= q->first
             && (para_start_of (ctx, prev->first) == para_start_of (ctx, q->first)
                 || in_para_before (ctx, prev->first, q->first));
      if (q->entity < 0 && q->cue_end > q->cue_first)
        {
          /* after the verb, past the outlet it spoke to ("сказал «Ъ»
           * собеседник"), or opening the sentence before it */
          for (guint w = q->cue_end; near && w < ctx->n && w < q->cue_end + 4 && noun == PLX_NO_TOKEN; w++)
            if (interlocutor_at (ctx, w, PLX_NO_TOKEN))
              noun = w;
            else if (tok (ctx, w)->kind != PLX_TOK_QUOTE && !(is_word (ctx, w) && (tok (ctx, w)->flags & PLX_TF_CAP)))
              break;
          for (guint w = q->cue_first > 3 ? q->cue_first - 3 : 0; near && w < q->cue_first && noun == PLX_NO_TOKEN; w++)
            if ((tok (ctx, w)->flags & PLX_TF_SENT_START) && interlocutor_at (ctx, w, q->cue_first))
              noun = w;
          if (noun != PLX_NO_TOKEN)
            {
              gsize len = tok (ctx, noun)->len;

              if (gender == 0)
                gender = len > 6 && memcmp (plx_token_str (ctx->tokens, noun) + len - 6, "ица", 6) == 0 ? 'f' : 'm';
              who = prev->entity;
            }
          /* "«…», — пошутил центровой.", "…, подчеркнул функционер.": a
           * bare description of a person closing the attribution, which
           * no one named bears, is the one person its paragraph named
           * before it, else the one the quote before named */
          else if (epithet_at (ctx, q->cue_end)
                   /* (a plural verb has an object there: "спросили адвоката") */
                   && !word_ends (ctx, q->cue_end - 1, "ли") && !word_ends (ctx, q->cue_end - 1, "лись")
                   && !word_ends (ctx, q->cue_end - 1, "ют") && !word_ends (ctx, q->cue_end - 1, "ят"))
            {
              noun = q->cue_end;
              who = para_only_person (ctx, q);
              if (!gender_fits (ctx, who, gender) && near)
                who = prev->entity;
            }
        }
      /* the later parts of a split quote share the attribution */
      if (gender_fits (ctx, who, gender))
        for (guint j = k; j < ctx->quotes->len; j++)
          {
            PlxFoundQuote *r = &g_array_index (ctx->quotes, PlxFoundQuote, j);

            if (j > k && (r->cue_first != q->cue_first || r->cue_end != q->cue_end || r->entity >= 0))
              break;
            r->entity = who;
            r->attributed = TRUE;
          }
      prev = q;
    }
}

/* "Walsh insists the company had no choice. “We lost €1.2m …”": a quote
 * with no attribution of its own that opens a sentence right after a
 * reported clause (in the same paragraph, or at the start of the next one
 * when that clause closed its paragraph) continues that speaker's words,
 * unless someone else is named in between. */
static void
inherit_from_reported (Ctx *ctx)
{
  const PlxFoundQuote *prev = NULL, *earlier = NULL;
  /* the exchange that answer opens: its asker, its answerer, its last line */
  int asker = -1, answerer = -1;
  const PlxFoundQuote *line = NULL;

  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      guint pstart, prev_pstart, from;
      gboolean ok = FALSE;

      /* "¶ “No.” ¶ “So you cannot help the court?” ¶ “I can …”": the
       * lines alone in their paragraphs after it alternate, a question
       * first */
      if (line != NULL && !q->scare && !q->fragment)
        {
          int to = line->entity == answerer ? asker : answerer;

          if (!q->attributed && q->open != PLX_NO_TOKEN && q->close != PLX_NO_TOKEN
              && q->open == para_start_of (ctx, q->open) && in_para_before (ctx, line->open, q->open)
              && only_punct (ctx, q->close + 1, para_end_of (ctx, q->open))
              && (to == answerer || quote_asks (ctx, q)))
            {
              q->entity = to;
              q->attributed = TRUE;
              line = q;
            }
          else
            line = NULL;
        }
      /* "X asked whether she had been on set. ¶ “No.”": the answer to a
       * reported question is not the asker's (English) */
      gboolean asked = prev != NULL && prev->kind == PLX_QUOTE_REPORTED && prev->cue_end > prev->cue_first
                       && !plx_lexicon_is_inflected (ctx->lexicon)
                       && (has (ctx, PLX_LEX_QUESTION_VERBS, prev->cue_first)
                           || g_strcmp0 (speech_lemma (ctx, prev->cue_first), "ask") == 0);

      if (q->scare || q->fragment)
        continue;
      if (q->attributed || q->open == PLX_NO_TOKEN || q->close == PLX_NO_TOKEN
          || prev == NULL || prev->kind != PLX_QUOTE_REPORTED || (prev->entity < 0 && !asked))
        {
          earlier = prev;
          prev = q;
          continue;
        }
      pstart = para_start_of (ctx, q->open);
      prev_pstart = para_start_of (ctx, prev->first);
      from = prev->end;
      /* "The ground was wetter, Roe said. ¶ “…”": past the attribution
       * after the clause, to the end of its sentence (English) */
      if (!plx_lexicon_is_inflected (ctx->lexicon) && prev->cue_end > 0 && prev->cue_first >= prev->end
          && prev->cue_first <= prev->end + 8)
        {
          guint e = prev->cue_end;

          while (e < q->open && e < prev->cue_end + 8 && !(tok (ctx, e)->flags & PLX_TF_TERMINATOR)
                 && tok (ctx, e)->kind != PLX_TOK_QUOTE)
            e++;
          if (e < q->open && (tok (ctx, e)->flags & PLX_TF_TERMINATOR))
            from = e;
        }
      while (from < q->open && (tok (ctx, from)->kind != PLX_TOK_WORD || (tok (ctx, from)->flags & PLX_TF_IN_QUOTE)))
        from++;
      if (prev_pstart == pstart)
        /* only the end of the reported sentence between */
        ok = q->open > pstart && (tok (ctx, q->open - 1)->flags & PLX_TF_TERMINATOR) && from >= q->open;
      else if (q->open == pstart && pstart > 0 && para_start_of (ctx, pstart - 1) == prev_pstart)
        ok = from >= q->open;
      if (ok && asked)
        {
          /* … but the one asked: the person the question's clause opens
           * with ("whether she …"), or, for a pronoun that points back
           * at the asker, the one who spoke before the question */
          int e = -1;
          PlxMentionKind kind = PLX_MENTION_NAME;
          guint w = prev->first;

          if (w + 1 < prev->end && has (ctx, PLX_LEX_COMPLEMENTIZERS, w))
            w++;
          if (person_ref_at (ctx, w, prev->end, &e, &kind) > w && kind == PLX_MENTION_PRONOUN
              && (e < 0 || e == prev->entity))
            {
              char g = pronoun (ctx, w);

              e = earlier != NULL && earlier->entity >= 0 && earlier->entity != prev->entity
                  && gender_fits (ctx, earlier->entity, g)
                  ? earlier->entity : -1;
            }
          if (e >= 0 && e != prev->entity)
            {
              q->entity = e;
              q->attributed = TRUE;
              asker = prev->entity;
              answerer = e;
              line = asker >= 0 ? q : NULL;
            }
        }
      else if (ok)
        {
          q->entity = prev->entity;
          q->attributed = TRUE;
        }
      earlier = prev;
      prev = q;
    }
}

/* "Отец Никодим подтвердил, что придет. ¶ — А если …? — спросил
 * корреспондент. ¶ — Значит, будем думать вместе.": a dash answer to an
 * attributed question, left without a speaker before reported speech was
 * found, goes to the one reported in the paragraph before the question */
static void
answer_after_reported (Ctx *ctx)
{
  const PlxFoundQuote *asked = NULL;
  guint asked_k = 0;

  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      const PlxFoundQuote *prev = asked;
      guint prev_k = asked_k;
      guint pstart, qstart;

      /* the question: the last speech before, past the quoted names */
      if (q->scare || q->fragment)
        continue;
      asked = q;
      asked_k = k;
      if (prev == NULL)
        continue;
      if (q->entity >= 0 || q->scare || q->fragment || q->close != PLX_NO_TOKEN || q->open == PLX_NO_TOKEN
          || tok (ctx, q->open)->kind != PLX_TOK_DASH || prev->open == PLX_NO_TOKEN || !prev->attributed
          || prev->end <= prev->first || !is_char (ctx, prev->end - 1, '?'))
        continue;
      pstart = para_start_of (ctx, q->open);
      qstart = para_start_of (ctx, prev->open);
      if (q->open != pstart || pstart == 0 || para_start_of (ctx, pstart - 1) != qstart || qstart == 0)
        continue;
      for (guint j = prev_k; j-- > 0;)
        {
          const PlxFoundQuote *r = &g_array_index (ctx->quotes, PlxFoundQuote, j);

          if (r->scare || r->fragment)
            continue;
          if (para_start_of (ctx, r->first) != para_start_of (ctx, qstart - 1))
            break;
          if (r->kind == PLX_QUOTE_REPORTED && r->entity >= 0 && r->entity != prev->entity)
            {
              q->entity = r->entity;
              break;
            }
        }
    }
}

/* "Автор победного гола признался, что не видел шайбу. «…», — сказал
 * Шарапов.": a descriptive subject that names nobody ("автор гола", not a
 * title or an anonymous source) is the person named by the quote that
 * follows in the next sentence of the paragraph */
static void
cataphoric_descriptions (Ctx *ctx)
{
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    return;
  for (guint k = 0; k + 1 < ctx->quotes->len; k++)
    {
      PlxFoundQuote *r = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      const PlxFoundQuote *q = NULL;
      guint s, v, head;
      gboolean named = FALSE;

      if (r->kind != PLX_QUOTE_REPORTED || r->entity >= 0 || r->cue_end == 0 || r->scare || r->fragment)
        continue;
      v = r->cue_first;
      if (v >= r->first || past_gender (ctx, v) == 0)
        continue;
      s = plx_tokens_sentence_start (ctx->tokens, v, v > 12 ? v - 12 : 0);
      head = s;
      /* the subject: two words or more up to the verb, no person named,
       * its head neither a title nor an anonymous role */
      if (v < s + 2 || !is_word (ctx, head) || !(tok (ctx, head)->flags & PLX_TF_CAP)
          || (plx_people_mention_from (ctx->people, s) >= 0
              && g_array_index (ctx->people->mentions, PlxMention, plx_people_mention_from (ctx->people, s)).first < v)
          || has (ctx, PLX_LEX_ROLE_NOUNS, head) || has (ctx, PLX_LEX_ANONYMOUS_ROLES, head)
          || has (ctx, PLX_LEX_GENERIC_ROLES, head) || has (ctx, PLX_LEX_HEAD_WORDS, head)
          || has (ctx, PLX_LEX_DEPUTY_WORDS, head) || pronoun (ctx, head) != 0
          || has (ctx, PLX_LEX_PREPOSITIONS, head) || has (ctx, PLX_LEX_DETERMINERS, head)
          || has (ctx, PLX_LEX_COMPLEMENTIZERS, head) || has (ctx, PLX_LEX_RELATIVES, head)
          || has (ctx, PLX_LEX_QUESTION_WORDS, head) || has (ctx, PLX_LEX_COORDINATORS, head)
          /* "Один из журналистов поинтересовался, …": someone unnamed */
          || has (ctx, PLX_LEX_INDEFINITES, head)
          || (tok (ctx, head + 1)->flags & PLX_TF_CAP))
        continue;
      for (guint w = s; w < v; w++)
        if (!is_word (ctx, w))
          {
            named = TRUE;   /* punctuation: no plain noun phrase */
            break;
          }
      if (named)
        continue;
      for (guint j = k + 1; j < ctx->quotes->len; j++)
        {
          const PlxFoundQuote *c = &g_array_index (ctx->quotes, PlxFoundQuote, j);

          if (c->scare || c->fragment)
            continue;
          q = c;
          break;
        }
      /* the quote opens the next sentence, in the same paragraph */
      if (q == NULL || q->open == PLX_NO_TOKEN || q->entity < 0 || q->close == PLX_NO_TOKEN
          || para_start_of (ctx, q->open) != para_start_of (ctx, r->first)
          || q->open < r->end || q->open > r->end + 2 || q->cue_end == 0
          || past_gender (ctx, q->cue_first) != past_gender (ctx, v))
        continue;
      /* "… поинтересовался, как …. «…», — ответил X.": who answers is not
       * who asked */
      {
        const char *l = speech_lemma (ctx, q->cue_first);

        if (l != NULL && g_str_equal (l, "ответить"))
          continue;
      }
      {
        int m = plx_people_mention_from (ctx->people, q->close);

        if (m < 0)
          continue;
        const PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

        if (mm->kind != PLX_MENTION_NAME || mm->entity != q->entity || mm->first > q->cue_end + 2
            || mm->first < q->close)
          continue;
      }
      r->entity = q->entity;
    }
}

/* "Депутат Баранов спросил, будут ли штрафы. Вице-мэр ответил, что …":
 * who answers a question is not its asker — a role resolved to the asker
 * stands for the one who spoke before the question */
static void
answer_not_asker (Ctx *ctx)
{
  const PlxFoundQuote *before = NULL, *asked = NULL, *last = NULL;

  if (!plx_lexicon_is_inflected (ctx->lexicon))
    return;
  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      const char *lemma;

      if (q->scare || q->fragment)
        continue;
      lemma = q->cue_end > 0 ? speech_lemma (ctx, q->cue_first) : NULL;
      if (lemma != NULL && g_str_equal (lemma, "ответить") && q->kind == PLX_QUOTE_REPORTED
          && asked != NULL && q->entity >= 0 && q->entity == asked->entity && asked->kind == PLX_QUOTE_REPORTED
          && asked->end < q->first && para_start_of (ctx, asked->first) == para_start_of (ctx, q->first)
          && plx_tokens_sentence_start (ctx->tokens, q->cue_first, asked->end) > asked->end
          && !mention_between (ctx, plx_tokens_sentence_start (ctx->tokens, q->cue_first, asked->end), q->cue_first))
        q->entity = before != NULL && before->entity >= 0 && before->entity != asked->entity ? before->entity : -1;
      if (lemma != NULL && g_str_equal (lemma, "спросить"))
        {
          before = last;
          asked = q;
        }
      else
        asked = NULL;
      last = q;
    }
}

/* Whether the words of @w (@n of them, token indices) occur in a row in
 * [@first, @end), other tokens between them skipped (English echo) */
static gboolean
words_occur (Ctx         *ctx,
             const guint *w,
             guint        n,
             guint        first,
             guint        end)
{
  for (guint i = first; i < end; i++)
    {
      guint k = 0;

      for (guint j = i; j < end && k < n; j++)
        {
          PlxToken *a, *b;

          if (!is_word (ctx, j))
            continue;
          a = tok (ctx, j);
          b = tok (ctx, w[k]);
          if (a->len != b->len
              || g_ascii_strncasecmp (ctx->tokens->text + a->start, ctx->tokens->text + b->start, a->len) != 0)
            break;
          k++;
        }
      if (k == n)
        return TRUE;
    }
  return FALSE;
}

/* "Newspaper chief insists sources were 'rock solid'" over a body where
 * "Gavin Strood … said its sources were “rock solid”": a quote in the
 * headline or standfirst attributed to a description, not a name, is
 * the quote of whoever says its quoted words in the body — when the
 * body gives them to one person only (English) */
static void
headline_echo (Ctx *ctx)
{
  guint done = 0;

  if (plx_lexicon_is_inflected (ctx->lexicon))
    return;
  for (guint k = 0; k < ctx->quotes->len && done < 4; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      guint pstart, pend, f, w[5], n = 0;
      int m, speaker = -1;
      gboolean clash = FALSE;

      guint cf = q->cue_first, ce = q->cue_end;

      /* (a verb, or a description before the colon: "rival's dad fumes:") */
      if (ce == 0 && q->kind == PLX_QUOTE_COLON && q->open != PLX_NO_TOKEN && q->open >= 2 && is_char (ctx, q->open - 1, ':'))
        {
          cf = q->open - 1;
          ce = q->open - 1;
        }
      if (q->scare || q->fragment || ce == 0 || plx_tokens_paragraph_of (ctx->tokens, q->first) > 2)
        continue;
      pstart = para_start_of (ctx, q->first);
      pend = para_end_of (ctx, q->first);
      /* (a headline or standfirst: short, no full stop at its end) */
      if (pend - pstart < 2 || pend - pstart > 60 || (tok (ctx, pend - 1)->flags & PLX_TF_TERMINATOR)
          || (tok (ctx, pend - 1)->kind == PLX_TOK_QUOTE && (tok (ctx, pend - 2)->flags & PLX_TF_TERMINATOR)))
        continue;
      done++;
      /* (not "Roe says …", "…, says Roe": a name next to the verb) */
      m = cf > pstart ? plx_people_mention_at (ctx->people, cf - 1) : -1;
      if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME)
        continue;
      /* (nor a group: "actor's lawyers accuse him of …") */
      if (q->cue_end > 0 && cf > pstart && is_word (ctx, cf - 1) && word_ends (ctx, cf - 1, "s")
          && !word_ends (ctx, cf - 1, "ss"))
        continue;
      /* (nor an organisation: "as union says employers have 'stopped
       * listening'", "Environment Agency says firm 'put profit first'") */
      if (q->cue_end > 0 && cf > pstart && is_word (ctx, cf - 1)
          && (has (ctx, PLX_LEX_ORG_WORDS, cf - 1)
              || plx_lexicon_in_list (ctx->lexicon, PLX_LEX_LIST_ORG_HEADS, plx_token_str (ctx->tokens, cf - 1),
                                      tok (ctx, cf - 1)->len)))
        continue;
      m = plx_people_mention_at (ctx->people, ce);
      if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).kind == PLX_MENTION_NAME)
        continue;
      /* the quoted words: the quote itself, or the marked words of a
       * reported clause */
      f = q->first;
      if (q->open == PLX_NO_TOKEN)
        {
          while (f < q->end && tok (ctx, f)->kind != PLX_TOK_QUOTE)
            f++;
          f++;
        }
      for (; f < q->end && n < G_N_ELEMENTS (w) && tok (ctx, f)->kind != PLX_TOK_QUOTE; f++)
        if (is_word (ctx, f))
          w[n++] = f;
      if (n == 0)
        continue;
      for (guint b = 0; b < ctx->quotes->len && !clash; b++)
        {
          const PlxFoundQuote *o = &g_array_index (ctx->quotes, PlxFoundQuote, b);

          if (o->scare || o->fragment || o->entity < 0 || o->first < pend || !words_occur (ctx, w, n, o->first, o->end))
            continue;
          clash = speaker >= 0 && speaker != o->entity;
          speaker = o->entity;
        }
      if (speaker >= 0 && !clash)
        q->entity = speaker;
    }
}

/* "Рамиль Гарифуллин, сын Людмилы Гарифуллиной, считает, что штрафы
 * ничего не изменят: ¶ — …": the quotation the colon opens and the
 * reported clause before it hang on one verb — one speaker, the one the
 * clause's subject names (Russian) */
static void
colon_after_reported (Ctx *ctx)
{
  if (!plx_lexicon_is_inflected (ctx->lexicon))
    return;
  for (guint k = 0; k + 1 < ctx->quotes->len; k++)
    {
      const PlxFoundQuote *r = &g_array_index (ctx->quotes, PlxFoundQuote, k);

      if (r->kind != PLX_QUOTE_REPORTED || r->scare || r->fragment || r->entity < 0 || r->cue_end <= r->cue_first)
        continue;
      for (guint j = k + 1; j < ctx->quotes->len && j <= k + 2; j++)
        {
          PlxFoundQuote *c = &g_array_index (ctx->quotes, PlxFoundQuote, j);

          if (c->kind == PLX_QUOTE_COLON && !c->scare && !c->fragment && c->cue_first == r->cue_first
              && c->cue_end == r->cue_end && c->entity != r->entity)
            {
              c->entity = r->entity;
              c->attributed = TRUE;
            }
        }
    }
}

/* An embedded post: "Held the Fold 3 for ten minutes. Price is not." over
 * a signature line "— Marcus Bell (@belltests) November 26, 2026" (the
 * line after it, or the paragraph after it) is what the signed-in account
 * wrote; its speaker is the person the signature names, none for a club
 * or a firm. A colon quote when the paragraph before it ends with a colon
 * ("… wrote on X:"), else a dash quote; a link at its end ("pic.twitter…")
 * is no part of it. */
static void
embedded_posts (Ctx *ctx)
{
  GArray *paras = ctx->tokens->paragraphs;
  gboolean added = FALSE;

  for (guint p = 0; p < paras->len; p++)
    {
      const PlxRange *pa = &g_array_index (paras, PlxRange, p);

      for (guint i = pa->first; i + 4 < pa->end; i++)
        {
          guint j = i + 1, first, end, h;
          gboolean covered = FALSE;
          int m;

          if (!(tok (ctx, i)->flags & PLX_TF_LINE_START) || !(tok (ctx, i)->kind == PLX_TOK_DASH || is_char (ctx, i, '-')))
            continue;
          while (j < pa->end && j < i + 7 && is_word (ctx, j))
            j++;
          if (j == i + 1 || j + 2 >= pa->end || !is_char (ctx, j, '(') || !(tok (ctx, i + 1)->flags & PLX_TF_CAP)
              || ctx->tokens->text[tok (ctx, j + 1)->start] != '@')
            continue;
          for (h = j + 1; h < pa->end && h < j + 5 && !is_char (ctx, h, ')'); h++)
            ;
          if (h >= pa->end || !is_char (ctx, h, ')'))
            continue;
          /* the post: the lines of this paragraph before the signature,
           * or the paragraph before it */
          if (i > pa->first)
            {
              first = pa->first;
              end = i;
            }
          else if (p > 0)
            {
              first = g_array_index (paras, PlxRange, p - 1).first;
              end = g_array_index (paras, PlxRange, p - 1).end;
            }
          else
            continue;
          for (guint k = first; k < end; k++)
            if (is_word (ctx, k)
                && (g_str_has_prefix (ctx->tokens->text + tok (ctx, k)->start, "pic.twitter")
                    || g_str_has_prefix (ctx->tokens->text + tok (ctx, k)->start, "http")))
              {
                end = k;
                break;
              }
          if (end < first + 2)
            continue;
          for (guint k = 0; k < ctx->quotes->len && !covered; k++)
            {
              const PlxFoundQuote *o = &g_array_index (ctx->quotes, PlxFoundQuote, k);

              covered = !o->fragment && o->end > first && o->first < end;
            }
          if (covered)
            continue;
          {
            PlxFoundQuote q = { 0 };

            q.first = first;
            q.end = end;
            q.open = PLX_NO_TOKEN;
            q.close = PLX_NO_TOKEN;
            q.kind = first > 0 && is_char (ctx, first - 1, ':') ? PLX_QUOTE_COLON : PLX_QUOTE_DASH;
            m = plx_people_mention_at (ctx->people, i + 1);
            q.entity = m >= 0 ? g_array_index (ctx->people->mentions, PlxMention, m).entity : -1;
            q.attr_end = h + 1;
            q.attributed = q.entity >= 0;
            g_array_append_val (ctx->quotes, q);
            added = TRUE;
          }
        }
    }
  if (added)
    plx_array_sort_runs (ctx->quotes, compare_reported);
}

const char *
plx_no_speaker_to_string (PlxNoSpeaker why)
{
  switch (why)
    {
    case PLX_NO_SPEAKER_NO_CUE:
      return "no cue";
    case PLX_NO_SPEAKER_NO_SUBJECT:
      return "cue without subject";
    case PLX_NO_SPEAKER_PRONOUN:
      return "pronoun without antecedent";
    case PLX_NO_SPEAKER_ROLE:
      return "role not resolved";
    case PLX_NO_SPEAKER_NOT_PERSON:
      return "subject not a person";
    case PLX_NO_SPEAKER_REFUSED:
      return "speaker refused";
    case PLX_NO_SPEAKER_CONTINUATION:
      return "continuation refused";
    case PLX_NO_SPEAKER_UNKNOWN:
    default:
      return "no reason kept";
    }
}

/* Speech quotes no pass explained: the part of a split quote shares
 * the reason of the part with the same cue; with no cue of their own,
 * either nothing before them speaks, or a speaker before was not
 * carried on */
static void
explain_unattributed (Ctx *ctx)
{
  guint last_para = G_MAXUINT; /* paragraph of the last quote with a speaker */
  const PlxFoundQuote *cued = NULL; /* the last quote with a cue */

  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      guint para;

      if (q->scare || q->fragment)
        continue;
      para = plx_tokens_paragraph_of (ctx->tokens, q->first);
      if (q->entity >= 0)
        last_para = para;
      else if (q->why_none == PLX_NO_SPEAKER_UNKNOWN && q->cue_end > q->cue_first)
        q->why_none = cued != NULL && cued->cue_first == q->cue_first ? cued->why_none : PLX_NO_SPEAKER_NO_SUBJECT;
      else if (q->why_none == PLX_NO_SPEAKER_UNKNOWN)
        q->why_none = last_para != G_MAXUINT && para <= last_para + 1
                      ? PLX_NO_SPEAKER_CONTINUATION : PLX_NO_SPEAKER_NO_CUE;
      if (q->cue_end > q->cue_first)
        cued = q;
    }
}

GArray *
plx_quotes_find (PlxTokens  *tokens,
                 PlxPeople  *people,
                 PlxLexicon *lexicon)
{
  Ctx ctx = { .tokens = tokens, .people = people, .lexicon = lexicon, .n = tokens->tokens->len,
              .subordinators.sentence = G_MAXUINT, .clause_stops.sentence = G_MAXUINT };

  /* room for a quote every 64 tokens: no regrowing in most texts */
  ctx.quotes = g_array_sized_new (FALSE, FALSE, sizeof (PlxFoundQuote), tokens->tokens->len / 64 + 16);
  if (ctx.n == 0)
    return ctx.quotes;
  pair_marks (&ctx);
  dialogue_dashes (&ctx);
  split_inner (&ctx);
  mark_quoted (&ctx);
  attribute_direct (&ctx);
  inherit_speakers (&ctx);
  find_reported (&ctx);
  colon_after_reported (&ctx);
  interlocutor_speakers (&ctx);
  inherit_from_reported (&ctx);
  answer_after_reported (&ctx);
  cataphoric_descriptions (&ctx);
  answer_not_asker (&ctx);
  headline_echo (&ctx);
  if (!plx_lexicon_is_inflected (lexicon))
    embedded_posts (&ctx);
  explain_unattributed (&ctx);
  g_clear_pointer (&ctx.epithets, g_hash_table_unref);
  g_clear_pointer (&ctx.descriptors, g_hash_table_unref);
  g_clear_pointer (&ctx.first_named, g_free);
  g_clear_pointer (&ctx.role_before_name, g_hash_table_unref);
  g_clear_pointer (&ctx.title_heads, g_hash_table_unref);
  return ctx.quotes;
}

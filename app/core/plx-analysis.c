/* plx-analysis.c — the analysis of one article: speakers, quotes, claims
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-analysis"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "plx-analysis.h"
#include "plx-analysis-private.h"
#include "plx-claims-private.h"
#include "plx-error.h"
#include "plx-lexicon.h"
#include "plx-people.h"
#include "plx-quotes.h"
#include "plx-transcript.h"
#include "plx-tokenize.h"

G_DEFINE_BOXED_TYPE (PlxAnalysis, plx_analysis, plx_analysis_ref, plx_analysis_unref)

static void
speaker_free (gpointer data)
{
  PlxSpeaker *s = data;

  g_free (s->id);
  g_free (s->name);
  g_ptr_array_unref (s->aliases);
  g_ptr_array_unref (s->titles);
  g_array_unref (s->mentions);
  g_free (s);
}

/* plx_analyze() allocates a quote with its strings (the text, then the
 * cue and its lemma when there is one) in one block and marks it
 * in_block; quotes made elsewhere with g_new0() own their strings */
static void
quote_free (gpointer data)
{
  PlxQuote *q = data;

  if (!q->in_block)
    {
      g_free (q->text);
      g_free (q->cue_text);
      g_free (q->cue_lemma);
    }
  g_free (q);
}

static void
scare_quote_free (gpointer data)
{
  PlxScareQuote *q = data;

  if (!q->in_block)
    g_free (q->text);
  g_free (q);
}

/* An empty analysis with room for @n_speakers, @n_quotes and @n_scare
 * scare quotes. */
static PlxAnalysis *
analysis_new (const char *language,
              guint       n_speakers,
              guint       n_quotes,
              guint       n_scare)
{
  PlxAnalysis *self = g_new0 (PlxAnalysis, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->language = g_strdup (language);
  self->speakers = g_ptr_array_new_full (n_speakers, speaker_free);
  self->quotes = g_ptr_array_new_full (n_quotes, quote_free);
  self->scare_quotes = g_ptr_array_new_full (n_scare, scare_quote_free);
  self->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) _plx_claim_free);
  return self;
}

PlxAnalysis *
_plx_analysis_new (const char *language)
{
  return analysis_new (language, 0, 0, 0);
}

PlxAnalysis *
plx_analysis_ref (PlxAnalysis *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
plx_analysis_unref (PlxAnalysis *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->language);
  g_ptr_array_unref (self->speakers);
  g_ptr_array_unref (self->quotes);
  g_ptr_array_unref (self->scare_quotes);
  g_ptr_array_unref (self->claims);
  g_free (self);
}

const char *
plx_quote_kind_to_string (PlxQuoteKind kind)
{
  switch (kind)
    {
    case PLX_QUOTE_DIRECT:
      return "direct";
    case PLX_QUOTE_SPLIT:
      return "split";
    case PLX_QUOTE_DASH:
      return "dash";
    case PLX_QUOTE_COLON:
      return "colon";
    case PLX_QUOTE_REPORTED:
      return "reported";
    default:
      return "direct";
    }
}

static gboolean
ends_with_possessive (const char *s,
                      gsize       n)
{
  return (n > 3 && s[n - 1] == 's' && s[n - 2] == '\'')
         || (n > 5 && s[n - 1] == 's' && memcmp (s + n - 4, "\xe2\x80\x99", 3) == 0);
}

static PlxSpan
token_span (PlxTokens *tokens,
            guint      first,
            guint      end,
            gboolean   trim_possessive)
{
  PlxToken *a = plx_tokens_get (tokens, first);
  PlxToken *b = plx_tokens_get (tokens, end - 1);
  PlxSpan span = { a->cp, b->cp + b->cplen };

  if (trim_possessive && ends_with_possessive (tokens->text + b->start, b->len))
    span.end -= 2;
  return span;
}

static gsize
token_text_len (PlxTokens *tokens,
                guint      first,
                guint      end)
{
  PlxToken *a = plx_tokens_get (tokens, first);
  PlxToken *b = plx_tokens_get (tokens, end - 1);

  return b->start + b->len - a->start;
}

/* Copies the text of tokens @first to @end to @out, NUL-terminated;
 * returns the byte after the NUL */
static char *
token_text_to (PlxTokens *tokens,
               guint      first,
               guint      end,
               char      *out)
{
  gsize n = token_text_len (tokens, first, end);

  memcpy (out, tokens->text + plx_tokens_get (tokens, first)->start, n);
  out[n] = '\0';
  return out + n + 1;
}

/* "s" and the number @n: a speaker id, without printf */
static char *
speaker_id (guint n)
{
  char buf[16], *p = buf + sizeof buf;

  *--p = '\0';
  do
    *--p = (char) ('0' + n % 10);
  while ((n /= 10) > 0);
  *--p = 's';
  return g_strdup (p);
}

/* TRUE when mention @mm belongs to one of @n_entities and spans tokens */
static inline gboolean
mention_counts (PlxMention *mm,
                guint       n_entities)
{
  return mm->entity >= 0 && (guint) mm->entity < n_entities && mm->end > mm->first;
}

static void
build_speakers (PlxAnalysis *self,
                PlxPeople   *people,
                GArray      *quotes)
{
  PlxTokens *tokens = people->tokens;
  guint n_entities = people->entities->len;
  g_autofree guint *n_mentions = g_new0 (guint, n_entities + 1);

  /* count the mentions first, so that every list is allocated once */
  for (guint m = 0; m < people->mentions->len; m++)
    {
      PlxMention *mm = &g_array_index (people->mentions, PlxMention, m);

      if (mention_counts (mm, n_entities))
        n_mentions[mm->entity]++;
    }
  for (guint k = 0; k < n_entities; k++)
    {
      PlxEntity *e = g_ptr_array_index (people->entities, k);
      PlxSpeaker *s = g_new0 (PlxSpeaker, 1);

      s->id = speaker_id (k + 1);
      /* the people are freed once the analysis is made: the speaker
       * takes over the entity's name and lists */
      s->name = g_steal_pointer (&e->name);
      s->aliases = g_ptr_array_ref (e->aliases);
      s->titles = g_ptr_array_ref (e->titles);
      s->mentions = g_array_sized_new (FALSE, FALSE, sizeof (PlxSpan), n_mentions[k]);
      g_ptr_array_add (self->speakers, s);
    }
  for (guint m = 0; m < people->mentions->len; m++)
    {
      PlxMention *mm = &g_array_index (people->mentions, PlxMention, m);
      PlxSpeaker *s;
      PlxSpan span;

      if (!mention_counts (mm, n_entities))
        continue;
      s = g_ptr_array_index (self->speakers, mm->entity);
      span = token_span (tokens, mm->first, mm->end, TRUE);
      g_array_append_val (s->mentions, span);
    }
  for (guint q = 0; q < quotes->len; q++)
    {
      PlxFoundQuote *fq = &g_array_index (quotes, PlxFoundQuote, q);

      if (!fq->scare && !fq->fragment && fq->entity >= 0 && (guint) fq->entity < self->speakers->len)
        ((PlxSpeaker *) g_ptr_array_index (self->speakers, fq->entity))->n_quotes++;
    }
  for (guint k = 0; k < people->entities->len; k++)
    {
      PlxEntity *e = g_ptr_array_index (people->entities, k);
      PlxSpeaker *s = g_ptr_array_index (self->speakers, k);

      s->is_byline = e->n_byline > 0 && e->n_byline == e->n_mentions && s->n_quotes == 0;
    }
}

static void
build_quotes (PlxAnalysis *self,
              PlxTokens   *tokens,
              PlxLexicon  *lexicon,
              GArray      *quotes)
{
  /* a quote and its strings in one allocation (see quote_free()) */
  for (guint k = 0; k < quotes->len; k++)
    {
      PlxFoundQuote *fq = &g_array_index (quotes, PlxFoundQuote, k);
      gsize text_len;
      PlxSpan span;

      if (fq->end <= fq->first || fq->fragment)
        continue;
      span = token_span (tokens, fq->first, fq->end, FALSE);
      text_len = token_text_len (tokens, fq->first, fq->end);
      if (fq->scare)
        {
          PlxScareQuote *sq = g_malloc (sizeof (PlxScareQuote) + text_len + 1);

          sq->start = span.start;
          sq->end = span.end;
          sq->text = (char *) (sq + 1);
          sq->in_block = TRUE;
          token_text_to (tokens, fq->first, fq->end, sq->text);
          g_ptr_array_add (self->scare_quotes, sq);
        }
      else
        {
          gboolean has_cue = fq->cue_end > fq->cue_first;
          gsize cue_len = has_cue ? token_text_len (tokens, fq->cue_first, fq->cue_end) : 0;
          const char *cue = has_cue ? plx_token_str (tokens, fq->cue_first) : NULL;
          const char *lemma = has_cue ? plx_lexicon_speech_lemma (lexicon, cue, cue_len) : NULL;
          gsize lemma_len = lemma != NULL ? strlen (lemma) : cue_len;
          PlxQuote *q = g_malloc (sizeof (PlxQuote) + text_len + 1
                                  + (has_cue ? cue_len + 1 + lemma_len + 1 : 0));
          char *after_text;

          q->start = span.start;
          q->end = span.end;
          q->text = (char *) (q + 1);
          q->in_block = TRUE;
          after_text = token_text_to (tokens, fq->first, fq->end, q->text);
          q->kind = fq->kind;
          q->speaker = fq->entity;
          q->why_none = fq->why_none;
          q->cue_text = q->cue_lemma = NULL;
          q->cue_start = q->cue_end = 0;
          if (has_cue)
            {
              PlxSpan cue_span = token_span (tokens, fq->cue_first, fq->cue_end, FALSE);

              q->cue_text = after_text;
              q->cue_lemma = token_text_to (tokens, fq->cue_first, fq->cue_end, q->cue_text);
              memcpy (q->cue_lemma, lemma != NULL ? lemma : q->cue_text, lemma_len + 1);
              q->cue_start = cue_span.start;
              q->cue_end = cue_span.end;
            }
          g_ptr_array_add (self->quotes, q);
        }
    }
}

/* TRUE when @text[0..@len) is well-formed UTF-8 without NULs: what
 * g_utf8_validate_len() answers, but sixteen bytes at a time where they
 * are ASCII or whole two-byte Cyrillic letters (eight in the plain C
 * path), as most of a news text is */
static gboolean
utf8_is_valid (const char *text,
               gsize       len)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + len;

  while (p < end)
    {
      guchar c;
      guchar lo = 0x80, hi = 0xBF;
      gsize n;

#ifdef __SSE2__
      /* sixteen bytes at once while they are ASCII (no NUL) and whole
       * Russian letters (lead byte 0xD0 or 0xD1, then a continuation
       * byte) in any mix */
      while (end - p >= 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) p);
          guint high = (guint) _mm_movemask_epi8 (v);
          guint zero = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_setzero_si128 ()));
          guint lead, cont;

          if (zero != 0)
            break;
          /* (sixteen ASCII bytes) */
          if (high == 0)
            {
              p += 16;
              continue;
            }
          lead = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_and_si128 (v, _mm_set1_epi8 ((char) 0xFE)),
                                                            _mm_set1_epi8 ((char) 0xD0)));
          cont = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_and_si128 (v, _mm_set1_epi8 ((char) 0xC0)),
                                                            _mm_set1_epi8 ((char) 0x80)));
          /* every continuation right after a lead byte, every lead byte
           * but the last followed by one; else on from the first
           * byte that is not ASCII */
          if (high != (lead | cont) || cont != ((lead << 1) & 0xFFFF))
            {
              p += __builtin_ctz (high);
              break;
            }
          /* (a lead byte last: its letter is checked with what follows) */
          p += 16 - (lead >> 15);
        }
      if (p >= end)
        break;
#endif
      c = *p;
      if (c == 0)
        return FALSE;
      if (c < 0x80)
        {
          guint64 w, high;

          if (end - p < 8)
            {
              p++;
              continue;
            }
          memcpy (&w, p, 8);
          w = GUINT64_FROM_LE (w);
          /* a zero byte or one with its high bit set ends the run */
          high = ((w - G_GUINT64_CONSTANT (0x0101010101010101)) & ~w) | w;
          high &= G_GUINT64_CONSTANT (0x8080808080808080);
          p += high == 0 ? 8 : MAX (1, (gsize) __builtin_ctzll (high) / 8);
          continue;
        }
      if (c >= 0xC2 && c <= 0xDF)
        {
          /* a run of two-byte characters (Cyrillic) at once: four at a
           * time while eight bytes alternate lead bytes 0xC2–0xDF and
           * continuation bytes */
          while (end - p >= 8)
            {
              guint64 w, x;

              memcpy (&w, p, 8);
              w = GUINT64_FROM_LE (w);
              /* leads 110xxxxx, continuations 10xxxxxx; a lead's bits
               * 1–4 not all zero (no 0xC0, 0xC1) */
              x = w & G_GUINT64_CONSTANT (0x001E001E001E001E);
              if ((w & G_GUINT64_CONSTANT (0xC0E0C0E0C0E0C0E0)) != G_GUINT64_CONSTANT (0x80C080C080C080C0)
                  || ((x + G_GUINT64_CONSTANT (0x007F007F007F007F)) & G_GUINT64_CONSTANT (0x0080008000800080))
                     != G_GUINT64_CONSTANT (0x0080008000800080))
                break;
              p += 8;
            }
          while (end - p >= 2 && p[0] >= 0xC2 && p[0] <= 0xDF && (p[1] & 0xC0) == 0x80)
            p += 2;
          if (p < end && *p >= 0xC2 && *p <= 0xDF)
            return FALSE;   /* a lead byte without its continuation */
          continue;
        }
      else if (c >= 0xE0 && c <= 0xEF)
        {
          n = 2;
          if (c == 0xE0)
            lo = 0xA0;        /* overlong */
          else if (c == 0xED)
            hi = 0x9F;        /* surrogates */
        }
      else if (c >= 0xF0 && c <= 0xF4)
        {
          n = 3;
          if (c == 0xF0)
            lo = 0x90;        /* overlong */
          else if (c == 0xF4)
            hi = 0x8F;        /* beyond U+10FFFF */
        }
      else
        return FALSE;
      if ((gsize) (end - p) <= n || p[1] < lo || p[1] > hi)
        return FALSE;
      for (gsize k = 2; k <= n; k++)
        if ((p[k] & 0xC0) != 0x80)
          return FALSE;
      p += n + 1;
    }
  return TRUE;
}

PlxAnalysis *
plx_analyze (const char    *text,
             const char    *language,
             PlxRulebook   *rulebook,
             GCancellable  *cancellable,
             GError       **error)
{
  PlxLexicon *lexicon;
  g_autofree char *valid = NULL;
  g_autoptr(PlxTokens) tokens = NULL;
  g_autoptr(PlxPeople) people = NULL;
  g_autoptr(GArray) quotes = NULL;
  PlxAnalysis *self;
  guint n_quotes = 0, n_scare = 0;
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (language == NULL || *language == '\0')
    language = "und";
  lexicon = plx_lexicon_get (language, error);
  if (lexicon == NULL)
    return NULL;

  len = strlen (text);
  if (!utf8_is_valid (text, len))
    {
      valid = g_utf8_make_valid (text, len);
      text = valid;
      len = strlen (text);
    }
  if (len > G_MAXUINT32 / 2)
    {
      g_autofree char *size = g_format_size (len);

      g_set_error (error, PLX_ERROR, PLX_ERROR_TOO_LARGE,
                   /* Translators: %s is a size such as "2.1 GB" */
                   _("The article text is too large to analyse (%s)"), size);
      return NULL;
    }

  tokens = plx_tokens_new (text, len, lexicon);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  people = plx_people_find (tokens, lexicon);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  quotes = plx_quotes_find (tokens, people, lexicon);
  /* Q&A transcripts and interviews (plx-transcript.c) */
  plx_transcript_find (tokens, people, lexicon, quotes);
  plx_people_finish (people);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* (the quotes and scare quotes build_quotes() keeps) */
  for (guint k = 0; k < quotes->len; k++)
    {
      PlxFoundQuote *fq = &g_array_index (quotes, PlxFoundQuote, k);

      if (fq->end > fq->first && !fq->fragment)
        {
          if (fq->scare)
            n_scare++;
          else
            n_quotes++;
        }
    }
  self = analysis_new (language, people->entities->len, n_quotes, n_scare);
  build_speakers (self, people, quotes);
  build_quotes (self, tokens, lexicon, quotes);

  if (rulebook != NULL)
    _plx_claims_find (self, text, rulebook);

  return self;
}

static json_t *
string_array (GPtrArray *arr)
{
  json_t *a = json_array ();

  for (guint i = 0; i < arr->len; i++)
    json_array_append_new (a, json_string (arr->pdata[i]));
  return a;
}

static json_t *
speaker_ref (PlxAnalysis *self,
             int          speaker)
{
  if (speaker < 0 || (guint) speaker >= self->speakers->len)
    return json_null ();
  return json_string (((PlxSpeaker *) g_ptr_array_index (self->speakers, speaker))->id);
}

json_t *
plx_analysis_to_json (PlxAnalysis *self)
{
  json_t *root, *speakers, *quotes, *scare, *claims;

  g_return_val_if_fail (self != NULL, NULL);

  root = json_object ();
  json_object_set_new (root, "language", json_string (self->language));

  speakers = json_array ();
  for (guint i = 0; i < self->speakers->len; i++)
    {
      PlxSpeaker *s = g_ptr_array_index (self->speakers, i);
      json_t *o = json_object ();
      json_t *mentions = json_array ();

      json_object_set_new (o, "id", json_string (s->id));
      json_object_set_new (o, "name", json_string (s->name));
      json_object_set_new (o, "aliases", string_array (s->aliases));
      json_object_set_new (o, "titles", string_array (s->titles));
      for (guint m = 0; m < s->mentions->len; m++)
        {
          PlxSpan *span = &g_array_index (s->mentions, PlxSpan, m);

          json_array_append_new (mentions, json_pack ("{s:I,s:I}",
                                                      "start", (json_int_t) span->start,
                                                      "end", (json_int_t) span->end));
        }
      json_object_set_new (o, "mentions", mentions);
      json_object_set_new (o, "quote_count", json_integer (s->n_quotes));
      json_object_set_new (o, "is_byline", json_boolean (s->is_byline));
      json_array_append_new (speakers, o);
    }
  json_object_set_new (root, "speakers", speakers);

  quotes = json_array ();
  for (guint i = 0; i < self->quotes->len; i++)
    {
      PlxQuote *q = g_ptr_array_index (self->quotes, i);
      json_t *o = json_object ();

      json_object_set_new (o, "start", json_integer (q->start));
      json_object_set_new (o, "end", json_integer (q->end));
      json_object_set_new (o, "text", json_string (q->text));
      json_object_set_new (o, "kind", json_string (plx_quote_kind_to_string (q->kind)));
      json_object_set_new (o, "speaker", speaker_ref (self, q->speaker));
      if (q->cue_text != NULL)
        json_object_set_new (o, "cue", json_pack ("{s:s,s:s,s:I,s:I}",
                                                  "text", q->cue_text,
                                                  "lemma", q->cue_lemma,
                                                  "start", (json_int_t) q->cue_start,
                                                  "end", (json_int_t) q->cue_end));
      else
        json_object_set_new (o, "cue", json_null ());
      json_array_append_new (quotes, o);
    }
  json_object_set_new (root, "quotes", quotes);

  scare = json_array ();
  for (guint i = 0; i < self->scare_quotes->len; i++)
    {
      PlxScareQuote *q = g_ptr_array_index (self->scare_quotes, i);

      json_array_append_new (scare, json_pack ("{s:I,s:I,s:s}",
                                               "start", (json_int_t) q->start,
                                               "end", (json_int_t) q->end,
                                               "text", q->text));
    }
  json_object_set_new (root, "scare_quotes", scare);

  claims = json_array ();
  for (guint i = 0; i < self->claims->len; i++)
    {
      PlxClaim *c = g_ptr_array_index (self->claims, i);
      json_t *o = json_object ();

      json_object_set_new (o, "rule_id", json_string (c->rule_id));
      json_object_set_new (o, "label", json_string (c->label));
      if (c->color != NULL)
        json_object_set_new (o, "color", json_string (c->color));
      json_object_set_new (o, "start", json_integer (c->start));
      json_object_set_new (o, "end", json_integer (c->end));
      json_object_set_new (o, "speaker", speaker_ref (self, c->speaker));
      json_object_set_new (o, "quote", c->quote >= 0 ? json_integer (c->quote) : json_null ());
      json_array_append_new (claims, o);
    }
  json_object_set_new (root, "claims", claims);

  return root;
}

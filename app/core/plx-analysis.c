/* plx-analysis.c — the analysis of one article: speakers, quotes, claims
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-analysis"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

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

static void
quote_free (gpointer data)
{
  PlxQuote *q = data;

  g_free (q->text);
  g_free (q->cue_text);
  g_free (q->cue_lemma);
  g_free (q);
}

static void
scare_quote_free (gpointer data)
{
  PlxScareQuote *q = data;

  g_free (q->text);
  g_free (q);
}

PlxAnalysis *
_plx_analysis_new (const char *language)
{
  PlxAnalysis *self = g_new0 (PlxAnalysis, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->language = g_strdup (language);
  self->speakers = g_ptr_array_new_with_free_func (speaker_free);
  self->quotes = g_ptr_array_new_with_free_func (quote_free);
  self->scare_quotes = g_ptr_array_new_with_free_func (scare_quote_free);
  self->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) _plx_claim_free);
  return self;
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

static char *
token_text (PlxTokens *tokens,
            guint      first,
            guint      end)
{
  PlxToken *a = plx_tokens_get (tokens, first);
  PlxToken *b = plx_tokens_get (tokens, end - 1);

  return g_strndup (tokens->text + a->start, b->start + b->len - a->start);
}

static void
build_speakers (PlxAnalysis *self,
                PlxPeople   *people,
                GArray      *quotes)
{
  PlxTokens *tokens = people->tokens;

  for (guint k = 0; k < people->entities->len; k++)
    {
      PlxEntity *e = g_ptr_array_index (people->entities, k);
      PlxSpeaker *s = g_new0 (PlxSpeaker, 1);

      s->id = g_strdup_printf ("s%u", k + 1);
      s->name = g_strdup (e->name);
      s->aliases = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < e->aliases->len; i++)
        g_ptr_array_add (s->aliases, g_strdup (e->aliases->pdata[i]));
      s->titles = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < e->titles->len; i++)
        g_ptr_array_add (s->titles, g_strdup (e->titles->pdata[i]));
      s->mentions = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
      g_ptr_array_add (self->speakers, s);
    }
  for (guint m = 0; m < people->mentions->len; m++)
    {
      PlxMention *mm = &g_array_index (people->mentions, PlxMention, m);
      PlxSpeaker *s;
      PlxSpan span;

      if (mm->entity < 0 || (guint) mm->entity >= self->speakers->len || mm->end <= mm->first)
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
  for (guint k = 0; k < quotes->len; k++)
    {
      PlxFoundQuote *fq = &g_array_index (quotes, PlxFoundQuote, k);
      PlxSpan span;

      if (fq->end <= fq->first || fq->fragment)
        continue;
      span = token_span (tokens, fq->first, fq->end, FALSE);
      if (fq->scare)
        {
          PlxScareQuote *sq = g_new0 (PlxScareQuote, 1);

          sq->start = span.start;
          sq->end = span.end;
          sq->text = token_text (tokens, fq->first, fq->end);
          g_ptr_array_add (self->scare_quotes, sq);
        }
      else
        {
          PlxQuote *q = g_new0 (PlxQuote, 1);

          q->start = span.start;
          q->end = span.end;
          q->text = token_text (tokens, fq->first, fq->end);
          q->kind = fq->kind;
          q->speaker = fq->entity;
          if (fq->cue_end > fq->cue_first)
            {
              PlxSpan cue = token_span (tokens, fq->cue_first, fq->cue_end, FALSE);
              const char *lemma;

              q->cue_text = token_text (tokens, fq->cue_first, fq->cue_end);
              lemma = plx_lexicon_speech_lemma (lexicon, q->cue_text, strlen (q->cue_text));
              q->cue_lemma = g_strdup (lemma != NULL ? lemma : q->cue_text);
              q->cue_start = cue.start;
              q->cue_end = cue.end;
            }
          g_ptr_array_add (self->quotes, q);
        }
    }
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
  if (!g_utf8_validate (text, len, NULL))
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

  self = _plx_analysis_new (language);
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

/* plx-corrected.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-corrected"

#include "config.h"

#include <string.h>

#include "plx-analysis-private.h"
#include "plx-corrected.h"

#define CONTEXT_CHARS 40

static void
speaker_free (PlxCSpeaker *sp)
{
  g_free (sp->name);
  g_clear_pointer (&sp->mentions, g_array_unref);
  g_clear_pointer (&sp->aliases, g_ptr_array_unref);
  g_clear_pointer (&sp->titles, g_ptr_array_unref);
  g_free (sp);
}

static void
quote_free (PlxCQuote *q)
{
  g_free (q->text);
  g_free (q->cue_text);
  g_free (q->cue_lemma);
  g_free (q);
}

static void
claim_free (PlxCClaim *c)
{
  g_free (c->rule_id);
  g_free (c->label);
  g_free (c->color);
  g_free (c);
}

void
plx_corrected_free (PlxCorrected *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->speakers, g_ptr_array_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  g_clear_pointer (&self->scare_quotes, g_array_unref);
  g_clear_pointer (&self->claims, g_ptr_array_unref);
  g_free (self);
}

char *
plx_speaker_key (const char *name)
{
  g_autofree char *norm = NULL;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return g_strdup ("");
  norm = g_utf8_normalize (name, -1, G_NORMALIZE_NFKC);
  if (norm == NULL)
    return g_strdup ("");
  return g_utf8_casefold (g_strstrip (norm), -1);
}

char *
plx_corrected_article_key (PlxArticle *article)
{
  const char *source;

  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);

  source = plx_article_get_source (article);
  if (source == NULL || *source == '\0')
    return g_strdup (plx_article_get_display_title (article));
  if (g_path_is_absolute (source))
    return g_canonicalize_filename (source, NULL);
  if (strstr (source, "://") == NULL && g_file_test (source, G_FILE_TEST_EXISTS))
    return g_canonicalize_filename (source, NULL);
  return g_strdup (source);
}

/* ---- anchors -------------------------------------------------------- */

json_t *
plx_anchor_new (const char *type,
                const char *article_key,
                const char *text,
                guint       start,
                guint       end)
{
  const char *s, *e, *b, *a;
  glong n_chars;
  json_t *obj;
  g_autofree char *quoted = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (type != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  n_chars = g_utf8_strlen (text, -1);
  end = MIN (end, (guint) n_chars);
  start = MIN (start, end);

  s = g_utf8_offset_to_pointer (text, start);
  e = g_utf8_offset_to_pointer (s, end - start);
  b = g_utf8_offset_to_pointer (text, start > CONTEXT_CHARS ? start - CONTEXT_CHARS : 0);
  a = g_utf8_offset_to_pointer (e, MIN ((guint) CONTEXT_CHARS, (guint) n_chars - end));

  quoted = g_strndup (s, e - s);
  before = g_strndup (b, s - b);
  after = g_strndup (e, a - e);

  obj = json_object ();
  json_object_set_new (obj, "type", json_string (type));
  if (article_key != NULL)
    json_object_set_new (obj, "article", json_string (article_key));
  json_object_set_new (obj, "text", json_string (quoted));
  json_object_set_new (obj, "before", json_string (before));
  json_object_set_new (obj, "after", json_string (after));
  return obj;
}

static gsize
common_suffix (const char *a,
               gsize       a_len,
               const char *b,
               gsize       b_len)
{
  gsize n = 0;

  while (n < a_len && n < b_len && a[a_len - 1 - n] == b[b_len - 1 - n])
    n++;
  return n;
}

static gsize
common_prefix (const char *a,
               const char *b)
{
  gsize n = 0;

  while (a[n] != '\0' && b[n] != '\0' && a[n] == b[n])
    n++;
  return n;
}

gboolean
plx_anchor_find (json_t     *anchor,
                 const char *text,
                 guint      *start,
                 guint      *end)
{
  const char *quoted, *before, *after;
  const char *best = NULL;
  gsize best_score = 0;
  gsize qlen;

  g_return_val_if_fail (text != NULL, FALSE);

  quoted = json_string_value (json_object_get (anchor, "text"));
  before = json_string_value (json_object_get (anchor, "before"));
  after = json_string_value (json_object_get (anchor, "after"));
  if (quoted == NULL || *quoted == '\0' || !g_utf8_validate (quoted, -1, NULL))
    return FALSE;
  if (before == NULL || !g_utf8_validate (before, -1, NULL))
    before = "";
  if (after == NULL || !g_utf8_validate (after, -1, NULL))
    after = "";
  qlen = strlen (quoted);

  for (const char *p = strstr (text, quoted); p != NULL; p = strstr (p + 1, quoted))
    {
      gsize score = 1 + common_suffix (text, p - text, before, strlen (before))
                      + common_prefix (p + qlen, after);

      if (score > best_score)
        {
          best = p;
          best_score = score;
        }
    }
  if (best == NULL)
    return FALSE;

  *start = g_utf8_pointer_to_offset (text, best);
  *end = *start + g_utf8_strlen (quoted, -1);
  return TRUE;
}

/* ---- replaying corrections ------------------------------------------ */

static int
find_speaker (PlxCorrected *self,
              const char   *name,
              gboolean      create)
{
  g_autofree char *key = plx_speaker_key (name);
  PlxCSpeaker *sp;

  for (guint i = 0; i < self->speakers->len; i++)
    {
      g_autofree char *k = plx_speaker_key (((PlxCSpeaker *) g_ptr_array_index (self->speakers, i))->name);

      if (g_strcmp0 (k, key) == 0)
        return i;
    }
  if (!create)
    return -1;
  sp = g_new0 (PlxCSpeaker, 1);
  sp->name = g_strdup (name);
  sp->mentions = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  sp->aliases = g_ptr_array_new_with_free_func (g_free);
  sp->titles = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->speakers, sp);
  return self->speakers->len - 1;
}

int
plx_corrected_quote_in (PlxCorrected *self,
                        guint         start,
                        guint         end)
{
  guint lo = 0, hi;
  PlxCQuote *q;

  g_return_val_if_fail (self != NULL, -1);

  if (end <= start)
    return plx_corrected_quote_at (self, start);

  /* quotes are in text order and do not overlap, so their ends are
   * ordered too: find the first quote that ends after @start */
  hi = self->quotes->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (((PlxCQuote *) g_ptr_array_index (self->quotes, mid))->end <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo >= self->quotes->len)
    return -1;
  q = g_ptr_array_index (self->quotes, lo);
  return q->start < end ? (int) lo : -1;
}

int
plx_corrected_quote_at (PlxCorrected *self,
                        guint         offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, -1);

  hi = self->quotes->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      PlxCQuote *q = g_ptr_array_index (self->quotes, mid);

      if (offset < q->start)
        hi = mid;
      else if (offset >= q->end)
        lo = mid + 1;
      else
        return mid;
    }
  return -1;
}

const char *
plx_corrected_speaker_name (PlxCorrected *self,
                            int           speaker)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (speaker < 0 || (guint) speaker >= self->speakers->len)
    return NULL;
  return ((PlxCSpeaker *) g_ptr_array_index (self->speakers, speaker))->name;
}

static void
remove_quotes_in (PlxCorrected *self,
                  guint         start,
                  guint         end)
{
  for (guint i = 0; i < self->quotes->len;)
    {
      PlxCQuote *q = g_ptr_array_index (self->quotes, i);

      if (q->start < end && q->end > start)
        g_ptr_array_remove_index (self->quotes, i);
      else
        i++;
    }
}

static void
insert_quote (PlxCorrected *self,
              PlxCQuote    *quote)
{
  guint i = 0;

  while (i < self->quotes->len && ((PlxCQuote *) g_ptr_array_index (self->quotes, i))->start < quote->start)
    i++;
  g_ptr_array_insert (self->quotes, i, quote);
}

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  const PlxCClaim *ca = *(PlxCClaim * const *) a;
  const PlxCClaim *cb = *(PlxCClaim * const *) b;

  return ca->start < cb->start ? -1 : ca->start > cb->start ? 1 : 0;
}

static gboolean
apply_one (PlxCorrected *self,
           const char   *text,
           json_t       *a)
{
  const char *type = json_string_value (json_object_get (a, "type"));
  const char *name = json_string_value (json_object_get (a, "speaker"));
  guint start, end;

  if (!plx_anchor_find (a, text, &start, &end))
    return FALSE;

  if (g_strcmp0 (type, "quote") == 0)
    {
      PlxCQuote *q = g_new0 (PlxCQuote, 1);
      const char *s = g_utf8_offset_to_pointer (text, start);
      const char *e = g_utf8_offset_to_pointer (s, end - start);

      remove_quotes_in (self, start, end);
      q->start = start;
      q->end = end;
      q->text = g_strndup (s, e - s);
      q->kind = PLX_QUOTE_DIRECT;
      q->speaker = name != NULL && *name != '\0' ? find_speaker (self, name, TRUE) : -1;
      q->user = TRUE;
      insert_quote (self, q);
      return TRUE;
    }
  if (g_strcmp0 (type, "not-quote") == 0)
    {
      remove_quotes_in (self, start, end);
      return TRUE;
    }
  if (g_strcmp0 (type, "speaker") == 0)
    {
      int qi = plx_corrected_quote_in (self, start, end);
      PlxCQuote *q;

      if (qi < 0 || name == NULL || *name == '\0')
        return FALSE;
      q = g_ptr_array_index (self->quotes, qi);
      q->speaker = find_speaker (self, name, TRUE);
      q->user = TRUE;
      return TRUE;
    }
  if (g_strcmp0 (type, "claim") == 0)
    {
      PlxCClaim *c = g_new0 (PlxCClaim, 1);
      const char *rule = json_string_value (json_object_get (a, "category"));
      const char *label = json_string_value (json_object_get (a, "label"));
      const char *color = json_string_value (json_object_get (a, "color"));

      c->start = start;
      c->end = end;
      c->rule_id = g_strdup (rule != NULL ? rule : "user");
      c->label = g_strdup (label != NULL ? label : c->rule_id);
      c->color = g_strdup (color);
      c->speaker = name != NULL && *name != '\0' ? find_speaker (self, name, TRUE) : -1;
      c->user = TRUE;
      g_ptr_array_add (self->claims, c);
      g_ptr_array_sort (self->claims, compare_claims);
      return TRUE;
    }
  return FALSE;
}

static void
apply_rename (PlxCorrected *self,
              json_t       *a)
{
  const char *from = json_string_value (json_object_get (a, "from"));
  const char *to = json_string_value (json_object_get (a, "to"));
  g_autofree char *key = NULL;

  if (from == NULL || to == NULL || *to == '\0')
    return;
  key = plx_speaker_key (from);
  for (guint i = 0; i < self->speakers->len; i++)
    {
      PlxCSpeaker *sp = g_ptr_array_index (self->speakers, i);
      g_autofree char *k = plx_speaker_key (sp->name);

      if (g_strcmp0 (k, key) == 0)
        {
          g_free (sp->name);
          sp->name = g_strdup (to);
          self->n_applied++;
        }
    }
}

PlxCorrected *
plx_corrected_new (PlxAnalysis *analysis,
                   const char  *text,
                   const char  *article_key,
                   json_t      *annotations,
                   GPtrArray   *names)
{
  PlxCorrected *self;

  g_return_val_if_fail (analysis != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (PlxCorrected, 1);
  self->speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) speaker_free);
  self->quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) quote_free);
  self->scare_quotes = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  self->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) claim_free);

  for (guint i = 0; i < analysis->speakers->len; i++)
    {
      PlxSpeaker *src = g_ptr_array_index (analysis->speakers, i);
      PlxCSpeaker *sp = g_new0 (PlxCSpeaker, 1);

      if (names != NULL && i < names->len && g_ptr_array_index (names, i) != NULL)
        sp->name = g_strdup (g_ptr_array_index (names, i));
      else
        sp->name = g_strdup (src->name);
      sp->mentions = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
      if (src->mentions != NULL && src->mentions->len > 0)
        g_array_append_vals (sp->mentions, src->mentions->data, src->mentions->len);
      sp->is_byline = src->is_byline;
      sp->aliases = g_ptr_array_new_with_free_func (g_free);
      sp->titles = g_ptr_array_new_with_free_func (g_free);
      for (guint k = 0; src->aliases != NULL && k < src->aliases->len; k++)
        g_ptr_array_add (sp->aliases, g_strdup (g_ptr_array_index (src->aliases, k)));
      for (guint k = 0; src->titles != NULL && k < src->titles->len; k++)
        g_ptr_array_add (sp->titles, g_strdup (g_ptr_array_index (src->titles, k)));
      g_ptr_array_add (self->speakers, sp);
    }
  for (guint i = 0; i < analysis->quotes->len; i++)
    {
      PlxQuote *src = g_ptr_array_index (analysis->quotes, i);
      PlxCQuote *q = g_new0 (PlxCQuote, 1);

      q->start = src->start;
      q->end = src->end;
      q->text = g_strdup (src->text);
      q->kind = src->kind;
      q->speaker = src->speaker >= 0 && (guint) src->speaker < analysis->speakers->len ? src->speaker : -1;
      q->cue_text = g_strdup (src->cue_text);
      q->cue_lemma = g_strdup (src->cue_lemma);
      q->cue_start = src->cue_start;
      q->cue_end = src->cue_end;
      g_ptr_array_add (self->quotes, q);
    }
  for (guint i = 0; i < analysis->scare_quotes->len; i++)
    {
      PlxScareQuote *sq = g_ptr_array_index (analysis->scare_quotes, i);
      PlxSpan span = { sq->start, sq->end };

      g_array_append_val (self->scare_quotes, span);
    }
  for (guint i = 0; i < analysis->claims->len; i++)
    {
      PlxClaim *src = g_ptr_array_index (analysis->claims, i);
      PlxCClaim *c = g_new0 (PlxCClaim, 1);

      c->start = src->start;
      c->end = src->end;
      c->rule_id = g_strdup (src->rule_id);
      c->label = g_strdup (src->label);
      c->color = g_strdup (src->color);
      c->speaker = src->speaker >= 0 && (guint) src->speaker < analysis->speakers->len ? src->speaker : -1;
      g_ptr_array_add (self->claims, c);
    }

  if (json_is_array (annotations))
    {
      for (gsize i = 0; i < json_array_size (annotations); i++)
        {
          json_t *a = json_array_get (annotations, i);
          const char *type = json_string_value (json_object_get (a, "type"));
          const char *key = json_string_value (json_object_get (a, "article"));

          if (!json_is_object (a) || type == NULL)
            continue;
          if (g_str_equal (type, "rename-speaker"))
            {
              apply_rename (self, a);
              continue;
            }
          if (article_key == NULL || g_strcmp0 (key, article_key) != 0)
            continue;
          if (apply_one (self, text, a))
            self->n_applied++;
          else
            self->n_orphaned++;
        }
    }

  /* counts and claim → quote links as corrected */
  for (guint i = 0; i < self->speakers->len; i++)
    ((PlxCSpeaker *) g_ptr_array_index (self->speakers, i))->n_quotes = 0;
  for (guint i = 0; i < self->quotes->len; i++)
    {
      PlxCQuote *q = g_ptr_array_index (self->quotes, i);

      if (q->speaker >= 0)
        ((PlxCSpeaker *) g_ptr_array_index (self->speakers, q->speaker))->n_quotes++;
    }
  for (guint i = 0; i < self->claims->len; i++)
    {
      PlxCClaim *c = g_ptr_array_index (self->claims, i);

      c->quote = plx_corrected_quote_in (self, c->start, c->end);
      if (c->quote >= 0)
        c->speaker = ((PlxCQuote *) g_ptr_array_index (self->quotes, c->quote))->speaker;
    }

  return self;
}

/* ---- back to an analysis ---------------------------------------------- */

static GPtrArray *
copy_strings (GPtrArray *src)
{
  GPtrArray *dst = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; src != NULL && i < src->len; i++)
    g_ptr_array_add (dst, g_strdup (g_ptr_array_index (src, i)));
  return dst;
}

PlxAnalysis *
plx_corrected_to_analysis (PlxCorrected *self,
                           const char   *language)
{
  PlxAnalysis *analysis;

  g_return_val_if_fail (self != NULL, NULL);

  analysis = _plx_analysis_new (language);
  for (guint i = 0; i < self->speakers->len; i++)
    {
      PlxCSpeaker *src = g_ptr_array_index (self->speakers, i);
      PlxSpeaker *sp = g_new0 (PlxSpeaker, 1);

      sp->id = g_strdup_printf ("s%u", i + 1);
      sp->name = g_strdup (src->name);
      sp->aliases = copy_strings (src->aliases);
      sp->titles = copy_strings (src->titles);
      sp->mentions = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
      if (src->mentions->len > 0)
        g_array_append_vals (sp->mentions, src->mentions->data, src->mentions->len);
      sp->n_quotes = src->n_quotes;
      sp->is_byline = src->is_byline && src->n_quotes == 0;
      g_ptr_array_add (analysis->speakers, sp);
    }
  for (guint i = 0; i < self->quotes->len; i++)
    {
      PlxCQuote *src = g_ptr_array_index (self->quotes, i);
      PlxQuote *q = g_new0 (PlxQuote, 1);

      q->start = src->start;
      q->end = src->end;
      q->text = g_strdup (src->text);
      q->kind = src->kind;
      q->speaker = src->speaker;
      q->cue_text = g_strdup (src->cue_text);
      q->cue_lemma = g_strdup (src->cue_lemma);
      q->cue_start = src->cue_start;
      q->cue_end = src->cue_end;
      g_ptr_array_add (analysis->quotes, q);
    }
  for (guint i = 0; i < self->claims->len; i++)
    {
      PlxCClaim *src = g_ptr_array_index (self->claims, i);
      PlxClaim *c = g_new0 (PlxClaim, 1);

      c->rule_id = g_strdup (src->rule_id);
      c->label = g_strdup (src->label);
      c->color = g_strdup (src->color);
      c->start = src->start;
      c->end = src->end;
      c->speaker = src->speaker;
      c->quote = src->quote;
      g_ptr_array_add (analysis->claims, c);
    }
  return analysis;
}

static gboolean
concerns (json_t     *annotations,
          const char *article_key)
{
  for (gsize i = 0; i < json_array_size (annotations); i++)
    {
      json_t *a = json_array_get (annotations, i);
      const char *type = json_string_value (json_object_get (a, "type"));
      const char *key = json_string_value (json_object_get (a, "article"));

      if (type == NULL)
        continue;
      if (g_str_equal (type, "rename-speaker") || g_strcmp0 (key, article_key) == 0)
        return TRUE;
    }
  return FALSE;
}

PlxAnalysis *
plx_analysis_correct (PlxAnalysis *analysis,
                      PlxArticle  *article,
                      json_t      *annotations,
                      guint       *n_applied)
{
  g_autofree char *key = NULL;
  g_autoptr(PlxCorrected) corrected = NULL;
  PlxAnalysis *result;

  g_return_val_if_fail (analysis != NULL, NULL);
  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);

  if (n_applied != NULL)
    *n_applied = 0;
  key = plx_corrected_article_key (article);
  if (!json_is_array (annotations) || !concerns (annotations, key))
    return plx_analysis_ref (analysis);

  corrected = plx_corrected_new (analysis, plx_article_get_text (article), key, annotations, NULL);
  result = plx_corrected_to_analysis (corrected, analysis->language);
  if (n_applied != NULL)
    *n_applied = corrected->n_applied;

  /* scare quotes are not corrected themselves: copy them with their text */
  for (guint i = 0; i < analysis->scare_quotes->len; i++)
    {
      PlxScareQuote *src = g_ptr_array_index (analysis->scare_quotes, i);
      PlxScareQuote *sq;
      int q = plx_corrected_quote_in (corrected, src->start, src->end);

      /* one the user marked as speech is no longer a scare quote */
      if (q >= 0 && ((PlxCQuote *) g_ptr_array_index (corrected->quotes, q))->user)
        continue;
      sq = g_new0 (PlxScareQuote, 1);
      sq->start = src->start;
      sq->end = src->end;
      sq->text = g_strdup (src->text);
      g_ptr_array_add (result->scare_quotes, sq);
    }
  return result;
}

/* plx-transcript.c — Q&A transcripts and interviews
 *
 * Paragraphs are classified once (label, leading dash, final question mark,
 * an attributed quote of their own), then linear scans group them into
 * transcripts: answers labelled with the interviewee's name after plain
 * question paragraphs ("Михаил Ступин: …"), labelled blocks ("Q:", "A:",
 * "MAYOR DIAZ:") and runs of alternating questions and answers without
 * labels. A block counts only with structure: a question and an answer
 * label, two labelled speakers, two answers of one label after questions,
 * or two question/answer alternations. Answers go to the labelled speaker
 * or to the interviewee (a form of address in a question, the person next
 * to an interview marker before the block, the person of the paragraph
 * before it, or the article's main person); questions to the interviewer
 * ("Q (Jane Doe):", "Беседовал X", "Interview by X") or to no one.
 * A label before a quote in marks ("OLSEN: “…”") only gives that quote its
 * speaker, and an answer the quote finder attributed itself ("— Да, —
 * улыбается он.") keeps its attribution without breaking the interview.
 * A headline or standfirst under a speaker label without marks ("Peskov:
 * the Kremlin will not …", «МИД РФ: …») is a colon quote of the person or
 * of no one (an organisation), and a headline quote followed by a name
 * ("‘…’: Jo Roe on her novel") gets that speaker; in an interview the quote
 * closing the headline ("Frost: ‘…’") is the interviewee's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-transcript"

#include "config.h"

#include <string.h>

#include "plx-transcript.h"
#include "plx-wordhash-private.h"
#include "plx-sort-private.h"

#define MAX_LABEL_WORDS 4
#define MAX_PAREN_TOKENS 8
#define MAX_PLAIN_QUESTION_WORDS 45
#define MAX_CREDIT_WORDS 25
#define MAX_CONTINUATIONS 4
#define MIN_PLAIN_RUN 4
#define HEADLINE_PARAGRAPHS 2
#define MIN_HEADLINE_WORDS 3
#define TITLE_DISTANCE 5
#define LOOKBACK_PARAGRAPHS 4
#define TOP_PARAGRAPHS 2
#define MAX_MERGES 8
#define KEY_SIZE 128

typedef enum
{
  CAT_NONE,
  CAT_QUESTION,      /* Q, Question, Вопрос */
  CAT_ANSWER,        /* A, Answer, Ответ */
  CAT_ANONYMOUS,     /* REPORTER, корреспондент: a label naming no one */
  CAT_INTERVIEWER,   /* Interview by, Беседовал */
  CAT_INTERVIEW,     /* interview, news conference, пресс-конференция */
  CAT_INTRO,         /* told reporters, рассказала */
  CAT_FIRST_PERSON,  /* I, we, я, мы */
  CAT_SECOND_PERSON, /* you, вы */
  CAT_CREDIT,        /* Photographs by, Фото: a credit that names no author */
  CAT_CONFERENCE,    /* news conference, брифинг: an interview where reporters ask */
  CAT_AUTHOR,        /* I, я: the first person singular, the author when a subject */
  CAT_CROSSLINK,     /* Read more, Читайте также: a link to another article */
  CAT_ASKER,         /* asked, put these questions to: the subject asks, the object answers */
} Category;

typedef enum
{
  LABEL_NONE,
  LABEL_Q,
  LABEL_A,
  LABEL_NAME,
} LabelKind;

typedef enum
{
  ROLE_Q,
  ROLE_A,
} Role;

typedef struct
{
  guint  first;          /* token range */
  guint  end;
  guint  content;        /* first token of the words spoken */
  guint  label_first;    /* the name of a speaker label, label_end == 0 when none */
  guint  label_end;
  int    entity;         /* the labelled speaker or the asker of "Q (X):", -1 */
  guint  n_words;
  guint8 label;          /* LabelKind */
  guint8 anonymous;      /* a name label that names no one: REPORTER: */
  guint8 resolved;       /* a name label naming a person or an anonymous role */
  guint8 allcaps;        /* a name label in capitals */
  guint8 new_person;     /* a name label in capitals naming someone the text does not */
  guint8 dash;           /* opens with a dialogue dash */
  guint8 ends_q;         /* ends with a question mark */
  guint8 has_q;          /* has a question mark outside quotation marks */
  guint8 blocked;        /* carries an attributed quote or reported speech of its own */
  guint8 own_quote;      /* a blocking quote opens the paragraph: "— Да, — улыбается он." */
  guint8 has_marks;      /* carries quotation marks */
  guint8 quoted;         /* a speaker label followed by a quote in marks */
  int    quote_speaker;  /* for a quoted label turn: its speaker + 1, 0 when none */
  guint8 first_person;
  guint8 first_person_out; /* … outside quotation marks */
  guint8 author_out;     /* "I", «я» outside quotation marks */
  guint8 second_person;
  guint8 has_mention;    /* names a person */
  guint8 ends_colon;     /* "An excerpt from the exchange:" introduces what follows */
  guint8 covered;        /* part of a turn */
  guint8 conference;     /* names a news conference or a briefing */
  guint8 credit;         /* a photo credit or caption: "Фото: …", "… Photograph: Jo Roe" */
  guint8 crosslink;      /* "Читайте также: …", "Read more: …": a link to another article */
  guint8 sourceless;     /* carries speech of no one named: "В соцсетях пишут, что …" */
  guint8 cued;           /* carries a quote with a cue or a speaker of its own */
  int    said_by;        /* the one speaker of its attributed quotes + 1, 0 when none, -1 when several */
} Para;

typedef struct
{
  guint  p_first;        /* paragraphs [p_first, p_end) */
  guint  p_end;
  guint  block;          /* index of its block */
  int    entity;
  guint8 role;           /* Role */
  guint8 dash;
  guint8 fixed;          /* the speaker comes from a label */
  guint8 external;       /* a turn whose quotes stay the quote finder's */
} Turn;

typedef struct
{
  guint p_first;         /* paragraphs of the block */
  guint p_end;
  int   interviewee;
  gboolean alternating;  /* questions and answers without labels */
  gboolean own;          /* "We sat down between coats of varnish.": the author asks */
} Block;

typedef struct
{
  PlxTokens  *tokens;
  PlxPeople  *people;
  PlxLexicon *lexicon;
  GArray     *quotes;
  guint       n;
  Para       *paras;
  guint       n_paras;
  GArray     *turns;     /* Turn */
  GArray     *blocks;    /* Block */
  int         interviewer;
  int         interviewer_named; /* "spoke to Jo Roe of the Courier", "our correspondent Jo Roe" */
  gboolean    interview_marker;
  gboolean    dash_block;   /* a block of dash questions and answers was found */
  guint       n_searches;   /* searches for the person behind a name and patronymic */
  GHashTable *initials;     /* "AOR" → entity + 1 of the full names with those initials, 0 when several */
} Ctx;

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

/* The category a transcript marker's lexicon value names, CAT_NONE for
 * none (or NULL) */
static Category
category_named (const char *value)
{
  static const struct { const char *name; Category cat; } names[] = {
    { "question", CAT_QUESTION }, { "answer", CAT_ANSWER }, { "anonymous", CAT_ANONYMOUS },
    { "interviewer", CAT_INTERVIEWER }, { "interview", CAT_INTERVIEW }, { "intro", CAT_INTRO },
    { "first_person", CAT_FIRST_PERSON }, { "second_person", CAT_SECOND_PERSON },
    { "credit", CAT_CREDIT }, { "conference", CAT_CONFERENCE }, { "author", CAT_AUTHOR },
    { "crosslink", CAT_CROSSLINK }, { "asker", CAT_ASKER },
  };

  for (guint c = 0; value != NULL && c < G_N_ELEMENTS (names); c++)
    if (plx_str_equal (value, names[c].name))
      return names[c].cat;
  return CAT_NONE;
}

/* The category of the transcript marker starting at token @i ("Q",
 * "news conference", "Беседовал"), CAT_NONE when none; @n_words receives its
 * length. A word written with its abbreviation period ("Q.") is looked up
 * without it. */
static Category
category_at (Ctx   *ctx,
             guint  i,
             guint *n_words)
{
  PlxWordRef refs[6];
  const char *value = NULL;
  guint n = 0, k;

  /* a word as written starts a marker only when its class says so (one
   * with its abbreviation period is looked up without it, below) */
  if (is_word (ctx, i) && !(tok (ctx, i)->flags & PLX_TF_ABBREV)
      && !plx_tokens_class (ctx->tokens, i, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_TRANSCRIPT))
    return CAT_NONE;
  /* "Q&A", written as three tokens: looked up as "q&a" */
  if (i + 2 < ctx->n && tok (ctx, i)->len == 1 && is_char (ctx, i + 1, '&') && is_word (ctx, i + 2)
      && tok (ctx, i + 2)->len == 1 && !(tok (ctx, i)->flags & PLX_TF_SPACE_AFTER)
      && !(tok (ctx, i + 1)->flags & PLX_TF_SPACE_AFTER))
    {
      char folded[4] = { g_ascii_tolower (plx_token_str (ctx->tokens, i)[0]), '&',
                         g_ascii_tolower (plx_token_str (ctx->tokens, i + 2)[0]), '\0' };
      PlxWordRef qa = { folded, 3 };

      if (plx_lexicon_match_phrase (ctx->lexicon, PLX_LEX_PHRASE_TRANSCRIPT, &qa, 1, &value) == 1)
        {
          if (n_words != NULL)
            *n_words = 3;
          return category_named (value);
        }
    }
  while (n < G_N_ELEMENTS (refs) && is_word (ctx, i + n))
    {
      PlxToken *t = tok (ctx, i + n);

      refs[n].str = plx_token_str (ctx->tokens, i + n);
      refs[n].len = t->len;
      if ((t->flags & PLX_TF_ABBREV) && t->len > 1 && refs[n].str[t->len - 1] == '.')
        refs[n].len--;
      n++;
      if (t->flags & PLX_TF_ABBREV)
        break;
    }
  if (n == 0)
    return CAT_NONE;
  k = plx_lexicon_match_phrase (ctx->lexicon, PLX_LEX_PHRASE_TRANSCRIPT, refs, n, &value);
  if (k == 0 || value == NULL)
    return CAT_NONE;
  if (n_words != NULL)
    *n_words = k;
  return category_named (value);
}

/* Like category_at(), but only for words that can start a marker (most
 * words start none: their class says so at once). */
static inline Category
category_fast (Ctx   *ctx,
               guint  i,
               guint *n_words)
{
  if (!plx_tokens_class (ctx->tokens, i, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_TRANSCRIPT))
    return CAT_NONE;
  return category_at (ctx, i, n_words);
}

/* ---- entities ---------------------------------------------------------- */

static gboolean
patronymic (Ctx  *ctx,
            guint i)
{
  return is_word (ctx, i) && plx_tokens_class (ctx->tokens, i, PLX_CLASS_PATRONYMIC);
}

/* The person a label's name [first, end) refers to, or -1. */
static int
resolve_label (Ctx   *ctx,
               guint  first,
               guint  end)
{
  PlxPeople *people = ctx->people;
  char key[KEY_SIZE], gkey[KEY_SIZE];
  PlxToken *last = tok (ctx, end - 1);
  GPtrArray *cands;
  int m, best = -1;
  guint best_n = 0;
  gboolean have_given;

  m = plx_people_mention_at (people, end - 1);
  if (m >= 0)
    {
      PlxMention *mm = &g_array_index (people->mentions, PlxMention, m);

      if (mm->entity >= 0)
        return mm->entity;
    }
  if (!plx_lexicon_key (ctx->lexicon, ctx->tokens->text + last->start, last->len, key, sizeof key)
      || key[0] == '\0')
    return -1;
  cands = g_hash_table_lookup (people->by_surname, key);
  if (cands == NULL || cands->len == 0)
    return -1;
  have_given = end - first >= 2
               && plx_lexicon_key (ctx->lexicon, plx_token_str (ctx->tokens, end - 2),
                                   tok (ctx, end - 2)->len, gkey, sizeof gkey);
  for (guint c = 0; c < cands->len; c++)
    {
      int ei = GPOINTER_TO_INT (cands->pdata[c]);
      PlxEntity *e;

      if (ei < 0 || (guint) ei >= people->entities->len)
        continue;
      e = g_ptr_array_index (people->entities, ei);
      if (have_given && e->given_key != NULL && g_str_equal (e->given_key, gkey))
        return ei;
      if (best < 0 || e->n_mentions > best_n)
        {
          best = ei;
          best_n = e->n_mentions;
        }
    }
  return best;
}

/* The initials of a full name as written into @ini, upper-cased, at most
 * 32 bytes: a word starts after a space (and after a hyphen when
 * @at_hyphens: "Okonkwo-Reid" gives two); only capitals count when
 * @caps_only. @last (may be NULL) gets the offset of the last initial. */
static void
form_initials (const char *form,
               gboolean    at_hyphens,
               gboolean    caps_only,
               GString    *ini,
               gsize      *last)
{
  gboolean start = TRUE;

  for (const char *c = form; *c != '\0' && ini->len < 32; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (u == ' ' || (at_hyphens && (u == '-' || u == 0x2010)))
        start = TRUE;
      else if (start)
        {
          start = FALSE;
          if (caps_only && !g_unichar_isupper (u))
            continue;
          if (last != NULL)
            *last = ini->len;
          g_string_append_unichar (ini, g_unichar_toupper (u));
        }
    }
}

/* "AOR:" for Amara Okonkwo-Reid, "ФД:" for Фёдор Дымов: a label of two to
 * four capitals, the initials of exactly one full name of the article.
 * The table is built once, over the full names as written. */
static int
initials_entity (Ctx   *ctx,
                 guint  i)
{
  PlxToken *t = tok (ctx, i);
  g_autofree char *up = NULL;
  glong n;
  g_autoptr(GString) letters = g_string_new (NULL);

  /* "R.A.:", "D.E.:": initials written with their periods */
  for (guint c = 0; c < t->len; c++)
    if (ctx->tokens->text[t->start + c] != '.')
      g_string_append_c (letters, ctx->tokens->text[t->start + c]);
  n = g_utf8_strlen (letters->str, letters->len);
  if (n < 2 || n > 4 || !(t->flags & PLX_TF_ALLCAPS))
    return -1;
  if (ctx->initials == NULL)
    {
      ctx->initials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint e = 0; e < ctx->people->entities->len; e++)
        {
          PlxEntity *ent = g_ptr_array_index (ctx->people->entities, e);

          for (guint f = 0; ent->full_forms != NULL && f < ent->full_forms->len; f++)
            {
              GString *ini = g_string_new (NULL);
              gpointer old;

              form_initials (ent->full_forms->pdata[f], TRUE, TRUE, ini, NULL);
              if (ini->len == 0)
                {
                  g_string_free (ini, TRUE);
                  continue;
                }
              if (g_hash_table_lookup_extended (ctx->initials, ini->str, NULL, &old))
                {
                  if (GPOINTER_TO_INT (old) != (int) e + 1)
                    g_hash_table_replace (ctx->initials, g_strdup (ini->str), GINT_TO_POINTER (0));
                  g_string_free (ini, TRUE);
                }
              else
                g_hash_table_insert (ctx->initials, g_string_free (ini, FALSE), GINT_TO_POINTER ((int) e + 1));
            }
        }
    }
  up = g_utf8_strup (letters->str, letters->len);
  return GPOINTER_TO_INT (g_hash_table_lookup (ctx->initials, up)) - 1;
}

/* "П. Ж.:", "F. D.:": initials written each with its point, [first, end)
 * — those of exactly one full name of the article, its patronymic or
 * middle name left out or not; -1 otherwise. */
static int
dotted_initials_entity (Ctx   *ctx,
                        guint  first,
                        guint  end)
{
  GString *want = g_string_new (NULL);
  int found = -1;

  for (guint i = first; i < end; i++)
    {
      const char *w = ctx->tokens->text + tok (ctx, i)->start;

      if (!is_word (ctx, i) || !(tok (ctx, i)->flags & PLX_TF_ABBREV) || !g_unichar_isupper (g_utf8_get_char (w))
          || g_utf8_next_char (w) != w + tok (ctx, i)->len - 1)
        {
          g_string_free (want, TRUE);
          return -1;
        }
      g_string_append_unichar (want, g_utf8_get_char (w));
    }
  for (guint e = 0; e < ctx->people->entities->len && found != -2; e++)
    {
      PlxEntity *ent = g_ptr_array_index (ctx->people->entities, e);

      for (guint f = 0; ent->full_forms != NULL && f < ent->full_forms->len; f++)
        {
          g_autoptr(GString) ini = g_string_new (NULL);
          gsize last = 0;

          form_initials (ent->full_forms->pdata[f], FALSE, FALSE, ini, &last);
          if (!g_str_equal (ini->str, want->str))
            {
              /* without the middle name: "И. С." for Иван Викторович Седых */
              if (g_utf8_strlen (ini->str, -1) < 3)
                continue;
              g_string_erase (ini, 0, last);
              g_string_prepend_unichar (ini, g_unichar_toupper (g_utf8_get_char (ent->full_forms->pdata[f])));
              if (!g_str_equal (ini->str, want->str))
                continue;
            }
          found = found == -1 || found == (int) e ? (int) e : -2;
          break;
        }
    }
  g_string_free (want, TRUE);
  return found >= 0 ? found : -1;
}

static gboolean
role_word (Ctx  *ctx,
           guint i)
{
  return plx_tokens_class (ctx->tokens, i, PLX_LEX_ROLE_NOUNS)
         || plx_tokens_class (ctx->tokens, i, PLX_LEX_ANONYMOUS_ROLES)
         || plx_tokens_class (ctx->tokens, i, PLX_LEX_GENERIC_ROLES)
         || plx_tokens_class (ctx->tokens, i, PLX_LEX_DETERMINERS);
}

/* The entity of a name mention starting within [from, limit), -1. */
static int
mention_entity_in (Ctx   *ctx,
                   guint  from,
                   guint  limit,
                   guint *m_end)
{
  int m = plx_people_mention_from (ctx->people, from);
  PlxMention *mm;

  if (m < 0)
    return -1;
  mm = &g_array_index (ctx->people->mentions, PlxMention, m);
  if (mm->first >= limit || mm->entity < 0)
    return -1;
  if (m_end != NULL)
    *m_end = mm->end;
  return mm->entity;
}

/* "CNN's Kate Roe", "Al Jazeera's Jo Roe", "Euronews' Jo Roe": the name
 * mention right after an outlet's possessive at @w (a capitalised word, no
 * person, no place); its entity, -1 when none */
static int
outlet_journalist (Ctx   *ctx,
                   guint  w)
{
  PlxToken *t;
  const char *s;
  guint next = w + 1;

  if (!is_word (ctx, w))
    return -1;
  t = tok (ctx, w);
  s = plx_token_str (ctx->tokens, w);
  if (!(t->flags & PLX_TF_CAP) || t->len < 3 || plx_people_mention_at (ctx->people, w) >= 0
      || plx_tokens_class (ctx->tokens, w, PLX_LEX_PLACES) || plx_tokens_class (ctx->tokens, w, PLX_CLASS_NATIONALITY))
    return -1;
  /* "Euronews'": the apostrophe after a final s, written on the word */
  if (s[t->len - 1] == 's' && next < ctx->n && tok (ctx, next)->kind == PLX_TOK_QUOTE
      && !(t->flags & PLX_TF_SPACE_AFTER) && (tok (ctx, next)->flags & PLX_TF_SPACE_AFTER))
    next++;
  else if (s[t->len - 1] != 's'
           || !(s[t->len - 2] == '\'' || (t->len > 4 && memcmp (s + t->len - 4, "\xe2\x80\x99", 3) == 0)))
    return -1;
  if (!is_word (ctx, next))
    return -1;
  return mention_entity_in (ctx, next, next + 1, NULL);
}

/* The journalist of an interview marker at @i of @k words: an outlet's
 * journalist right after it ("spoke to DW's Jo Roe", "sat down with Al
 * Jazeera's Jo Roe", "an interview with the Guardian's Jo Roe"), or the
 * subject before it when someone is named after it ("Al Jazeera's Jo Roe
 * spoke to the minister Ann Lee"; not "Tesla's Jo Roe spoke to
 * reporters"; only for a marker of @subject_side, an introduction:
 * "spoke to"); -1 when none */
static int
outlet_journalist_at (Ctx      *ctx,
                      guint     i,
                      guint     k,
                      PlxRange *r,
                      gboolean  subject_side)
{
  guint a = i + k;
  int m;

  if (a < r->end && is_word (ctx, a) && !(tok (ctx, a)->flags & PLX_TF_CAP)
      && plx_tokens_class (ctx->tokens, a, PLX_LEX_PREPOSITIONS))
    a++;
  if (a < r->end && is_word (ctx, a) && plx_tokens_class (ctx->tokens, a, PLX_LEX_DETERMINERS))
    a++;
  for (guint w = a; w < r->end && w < a + 3 && is_word (ctx, w) && (tok (ctx, w)->flags & PLX_TF_CAP); w++)
    {
      int e = outlet_journalist (ctx, w);

      if (e >= 0)
        return e;
    }
  m = subject_side && i > r->first + 1 ? plx_people_mention_at (ctx->people, i - 1) : -1;
  if (m >= 0)
    {
      const PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);
      int e = -1;

      if (mm->end != i || mm->first <= r->first)
        return -1;
      e = outlet_journalist (ctx, mm->first - 1);
      if (e < 0 && mm->first > r->first + 1)
        e = outlet_journalist (ctx, mm->first - 2);
      if (e >= 0)
        for (guint w = i + k; w < r->end && w < i + k + TITLE_DISTANCE * 2; w++)
          {
            int o;

            if (tok (ctx, w)->flags & PLX_TF_SENT_START)
              break;
            o = plx_people_mention_at (ctx->people, w);
            if (o >= 0 && g_array_index (ctx->people->mentions, PlxMention, o).entity >= 0
                && g_array_index (ctx->people->mentions, PlxMention, o).entity != e)
              return e;
          }
    }
  return -1;
}

/* The one person whose title as written ends with the words [first, end)
 * ("Energy Secretary" for "ENERGY SECRETARY", "Deputy Energy Secretary"
 * too), compared without case; -1 when none or several. */
static int
titled_entity (Ctx   *ctx,
               guint  first,
               guint  end)
{
  PlxToken *a = tok (ctx, first), *b = tok (ctx, end - 1);
  g_autofree char *label = g_utf8_casefold (ctx->tokens->text + a->start, b->start + b->len - a->start);
  gsize ll = strlen (label);
  int found = -1;

  for (guint e = 0; e < ctx->people->entities->len && e < 256; e++)
    {
      PlxEntity *ent = g_ptr_array_index (ctx->people->entities, e);

      for (guint t = 0; ent->titles != NULL && t < ent->titles->len; t++)
        {
          g_autofree char *title = g_utf8_casefold (ent->titles->pdata[t], -1);
          gsize tl = strlen (title);

          if (tl >= ll && strcmp (title + tl - ll, label) == 0 && (tl == ll || title[tl - ll - 1] == ' '))
            {
              if (found >= 0 && found != (int) e)
                return -1;
              found = e;
            }
        }
    }
  return found;
}

/* ---- paragraphs ----------------------------------------------------------- */

/* "Q: …", "Q.", "A:", "Q (Jane Doe): …", "MAYOR DIAZ: …", "Diaz: …" */
static void
read_label (Ctx  *ctx,
            Para *p)
{
  guint f = p->first, k = 0, j, colon;
  Category cat;

  /* the class bit marks the first words of markers; only a word written
   * with its abbreviation period ("Q.") is looked up without it */
  if (is_word (ctx, f)
      && ((tok (ctx, f)->flags & PLX_TF_ABBREV)
          || plx_tokens_class (ctx->tokens, f, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_TRANSCRIPT)))
    cat = category_at (ctx, f, &k);
  else
    cat = CAT_NONE;
  /* "A. Johnson", "В. Путин": an initial, not a label */
  if ((cat == CAT_QUESTION || cat == CAT_ANSWER) && plx_people_mention_at (ctx->people, f) >= 0)
    cat = CAT_NONE;
  /* "В. Р.:": the initials of a person of the article, not "В." (вопрос) */
  if ((cat == CAT_QUESTION || cat == CAT_ANSWER) && f + 2 < p->end && is_char (ctx, f + 2, ':')
      && dotted_initials_entity (ctx, f, f + 2) >= 0)
    cat = CAT_NONE;

  if ((cat == CAT_QUESTION || cat == CAT_ANSWER) && k == 1)
    {
      j = f + 1;
      if ((tok (ctx, f)->flags & PLX_TF_ABBREV) && j < p->end)
        {
          /* "Q. Will he stay?", "В.: Кто поджёг?" */
          p->label = cat == CAT_QUESTION ? LABEL_Q : LABEL_A;
          p->content = is_char (ctx, j, ':') && j + 1 < p->end ? j + 1 : j;
          return;
        }
      /* (also "Q — Will he stay?") */
      if ((is_char (ctx, j, ':') || tok (ctx, j)->kind == PLX_TOK_DASH) && j + 1 < p->end)
        {
          p->label = cat == CAT_QUESTION ? LABEL_Q : LABEL_A;
          p->content = j + 1;
          return;
        }
      if (is_char (ctx, j, '('))
        {
          /* "Q (Jane Doe): …" */
          guint c = j + 1;

          while (c < p->end && c <= j + MAX_PAREN_TOKENS && !is_char (ctx, c, ')'))
            c++;
          if (c < p->end && is_char (ctx, c, ')') && is_char (ctx, c + 1, ':') && c + 2 < p->end)
            {
              p->label = cat == CAT_QUESTION ? LABEL_Q : LABEL_A;
              p->content = c + 2;
              p->entity = mention_entity_in (ctx, j + 1, c, NULL);
              return;
            }
        }
    }

  /* a speaker label: up to four capitalised words and a colon */
  j = f;
  while (j < p->end && j < f + MAX_LABEL_WORDS && is_word (ctx, j)
         && (tok (ctx, j)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS)))
    j++;
  colon = j;
  /* "KEISHA ODOM, WPHN NEWS:": a name in capitals and the outlet */
  if (j >= f + 2 && is_char (ctx, j, ','))
    {
      guint c = j + 1;
      gboolean caps = TRUE;

      for (guint i = f; i < j; i++)
        caps &= (tok (ctx, i)->flags & PLX_TF_ALLCAPS) != 0;
      while (caps && c < p->end && c < j + 1 + MAX_LABEL_WORDS && is_word (ctx, c)
             && (tok (ctx, c)->flags & PLX_TF_ALLCAPS))
        c++;
      if (caps && c > j + 1)
        colon = c;
    }
  if (j == f || !is_char (ctx, colon, ':') || colon + 1 >= p->end)
    return;
  p->label = LABEL_NAME;
  /* «ИВАНОВ: «…»»: the quote in marks is the engine's; the label only
   * names its speaker */
  p->quoted = tok (ctx, colon + 1)->kind == PLX_TOK_QUOTE;
  p->content = colon + 1;
  p->label_first = f;
  p->label_end = j;
  p->allcaps = TRUE;
  for (guint i = f; i < j; i++)
    if (!(tok (ctx, i)->flags & PLX_TF_ALLCAPS) && tok (ctx, i)->len > 1)
      p->allcaps = FALSE;
  if (cat == CAT_ANONYMOUS && f + k == j)
    {
      p->anonymous = p->resolved = TRUE;
      return;
    }
  p->entity = resolve_label (ctx, f, j);
  if (p->entity < 0)
    {
      int e = -1;

      if (plx_people_role_at (ctx->people, f, j, &e) == j && e >= 0)
        p->entity = e;
      else if (j == f + 1 && p->allcaps)
        p->entity = initials_entity (ctx, f);
    }
  if (p->entity < 0 && j >= f + 2)
    p->entity = dotted_initials_entity (ctx, f, j);
  if (p->entity >= 0)
    {
      p->resolved = TRUE;
      return;
    }
  /* "KEISHA ODOM, WPHN NEWS:": a first name and a surname in capitals,
   * named nowhere else */
  if (p->allcaps && (j == f + 2 || j == f + 3) && plx_tokens_class (ctx->tokens, f, PLX_CLASS_GIVEN))
    {
      p->new_person = TRUE;
      return;
    }
  /* "ENERGY SECRETARY:" for "Energy Secretary Rory Roe": a label that is
   * the title one person of the article bears (as written, any case),
   * ending in a role word ("МИД РФ:" is an organisation's label) */
  if (role_word (ctx, j - 1))
  {
    int e = titled_entity (ctx, f, j);

    if (e >= 0)
      {
        p->entity = e;
        p->resolved = TRUE;
        return;
      }
  }
  /* "THE CHAIR:", "GOVERNOR:": a role naming no one the article names; a
   * speaker, not the interviewer */
  for (guint i = f; i < j; i++)
    if (!role_word (ctx, i))
      return;
  p->resolved = TRUE;
}

/* «Известия»: …, "The Herald": … — the outlet asking */
static void
read_quoted_label (Ctx  *ctx,
                   Para *p)
{
  guint f = p->first, c = f + 1;

  if (!(tok (ctx, f)->flags & PLX_TF_CAN_OPEN))
    return;
  while (c < p->end && c <= f + MAX_LABEL_WORDS + 1 && is_word (ctx, c))
    c++;
  if (c == f + 1 || c >= p->end || tok (ctx, c)->kind != PLX_TOK_QUOTE
      || !(tok (ctx, c)->flags & PLX_TF_CAN_CLOSE) || !is_char (ctx, c + 1, ':')
      || c + 2 >= p->end || tok (ctx, c + 2)->kind == PLX_TOK_QUOTE)
    return;
  p->label = LABEL_NAME;
  p->content = c + 2;
  p->anonymous = p->resolved = TRUE;
}

static void
classify (Ctx *ctx)
{
  GArray *ranges = ctx->tokens->paragraphs;

  for (guint p = 0; p < ctx->n_paras; p++)
    {
      PlxRange *r = &g_array_index (ranges, PlxRange, p);
      Para *pa = &ctx->paras[p];
      guint last;

      pa->first = r->first;
      pa->end = r->end;
      pa->content = r->first;
      pa->entity = -1;
      if (r->end <= r->first)
        continue;
      if (tok (ctx, r->first)->kind == PLX_TOK_DASH)
        {
          pa->dash = TRUE;
          pa->content = r->first + 1;
        }
      else if (is_word (ctx, r->first))
        read_label (ctx, pa);
      else if (tok (ctx, r->first)->kind == PLX_TOK_QUOTE)
        read_quoted_label (ctx, pa);
      /* (the counts in locals, stored once: this reads every token) */
      gboolean has_marks = pa->has_marks, has_q = pa->has_q;
      guint n_words = pa->n_words;

      for (guint i = r->first, end = r->end; i < end; i++)
        {
          PlxToken *t = tok (ctx, i);
          guint k = 0;

          if (t->kind == PLX_TOK_QUOTE)
            has_marks = TRUE;
          else if (t->kind == PLX_TOK_PUNCT && !has_marks && t->family == '?')
            has_q = TRUE;
          else if (t->kind == PLX_TOK_WORD)
            {
              n_words++;
              Category c = category_fast (ctx, i, &k);

              switch (c)
                {
                case CAT_AUTHOR:
                  pa->author_out |= !(t->flags & PLX_TF_IN_QUOTE);
                  G_GNUC_FALLTHROUGH;
                case CAT_FIRST_PERSON:
                  pa->first_person = TRUE;
                  pa->first_person_out |= !(t->flags & PLX_TF_IN_QUOTE);
                  break;
                case CAT_SECOND_PERSON:
                  pa->second_person = TRUE;
                  break;
                case CAT_CONFERENCE:
                  pa->conference = TRUE;
                  ctx->interview_marker = TRUE;
                  break;
                case CAT_INTERVIEW:
                  ctx->interview_marker = TRUE;
                  if (ctx->interviewer_named < 0)
                    ctx->interviewer_named = outlet_journalist_at (ctx, i, k, r, FALSE);
                  /* "Корреспондент «Вестника» Роман Голубев поговорил с
                   * замминистра …": a journalist named right before the
                   * verb of the talk asks the questions */
                  if (ctx->interviewer < 0 && i > r->first)
                    {
                      int m = plx_people_mention_at (ctx->people, i - 1);
                      const PlxMention *mm = m >= 0 ? &g_array_index (ctx->people->mentions, PlxMention, m) : NULL;

                      if (mm != NULL && mm->end == i && mm->entity >= 0 && mm->kind == PLX_MENTION_NAME)
                        /* (the title itself, "Корреспондент «Вестника»", not
                         * an adjective: "ведущая разработчица X") */
                        for (guint b = mm->first; b-- > r->first && mm->first - b <= 4;)
                          {
                            if (category_fast (ctx, b, NULL) == CAT_ANONYMOUS)
                              {
                                ctx->interviewer = mm->entity;
                                break;
                              }
                            if (is_word (ctx, b) && !(tok (ctx, b)->flags & (PLX_TF_CAP | PLX_TF_IN_QUOTE)))
                              break;
                          }
                    }
                  break;
                case CAT_CREDIT:
                  /* "Photograph: …", "Photographs by …" */
                  pa->credit |= is_char (ctx, i + k, ':') || k > 1;
                  break;
                case CAT_CROSSLINK:
                  /* "Читайте также: …" opening its line */
                  pa->crosslink |= i == r->first && is_char (ctx, i + k, ':');
                  break;
                case CAT_INTRO:
                case CAT_ANONYMOUS:
                  /* "spoke to Jo Roe of the Courier", "told correspondent
                   * Jo Roe": the person named right after it asked */
                  if (ctx->interviewer_named < 0 && i + k < r->end)
                    ctx->interviewer_named = mention_entity_in (ctx, i + k, i + k + 1, NULL);
                  if (c == CAT_ANONYMOUS)
                    break;
                  G_GNUC_FALLTHROUGH;
                case CAT_ASKER:
                  /* "spoke to DW's Jo Roe", "Al Jazeera's Jo Roe spoke
                   * to the minister", "DW's Jo Roe asked the lawyer Ann
                   * Lee about …": the outlet's journalist asked */
                  if (ctx->interviewer_named < 0)
                    ctx->interviewer_named = outlet_journalist_at (ctx, i, k, r, TRUE);
                  break;
                case CAT_INTERVIEWER:
                  ctx->interview_marker = TRUE;
                  if (ctx->interviewer < 0)
                    /* «с корреспондентом «Вестей» Анной Зотовой»: past an
                     * outlet's quoted name */
                    ctx->interviewer = mention_entity_in (ctx, i + k, MIN (i + k + 6, r->end), NULL);
                  break;
                default:
                  break;
                }
            }
        }
      pa->has_marks = has_marks;
      pa->has_q = has_q;
      pa->n_words = n_words;
      {
        int m = plx_people_mention_from (ctx->people, r->first);

        pa->has_mention = m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first < r->end;
      }
      pa->ends_colon = is_char (ctx, r->end - 1, ':');
      /* the last token before closing marks and brackets */
      last = r->end - 1;
      while (last > r->first && (tok (ctx, last)->kind == PLX_TOK_QUOTE || is_char (ctx, last, ')')))
        last--;
      pa->ends_q = is_char (ctx, last, '?')
                   || (last > r->first && is_char (ctx, last - 1, '?')
                       && (is_char (ctx, last, '!') || (tok (ctx, last)->flags & PLX_TF_TERMINATOR)));
    }

  /* paragraphs that carry speech of their own: an attributed quote or
   * reported speech starting in them */
  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      guint p;

      if (q->scare || q->end <= q->first)
        continue;
      if (q->cue_end <= q->cue_first && q->entity < 0 && q->open != PLX_NO_TOKEN && !q->attributed)
        continue;
      p = plx_tokens_paragraph_of (ctx->tokens, q->open != PLX_NO_TOKEN ? q->open : q->first);
      if (p < ctx->n_paras)
        {
          ctx->paras[p].blocked = TRUE;
          ctx->paras[p].sourceless |= q->entity < 0;
          ctx->paras[p].cued |= q->entity >= 0 || q->cue_end > q->cue_first;
          if (q->entity >= 0 && ctx->paras[p].said_by >= 0
              && ctx->paras[p].said_by != q->entity + 1)
            ctx->paras[p].said_by = ctx->paras[p].said_by == 0 ? q->entity + 1 : -1;
          if ((q->open != PLX_NO_TOKEN ? q->open : q->first) <= ctx->paras[p].content)
            ctx->paras[p].own_quote = TRUE;
        }
    }
}

/* ---- blocks --------------------------------------------------------------- */

static gboolean same_words (Ctx *ctx, Para *a, Para *b);

static void
add_turn (Ctx     *ctx,
          GArray  *into,
          guint    p,
          Role     role,
          int      entity,
          gboolean fixed)
{
  Turn t = { p, p + 1, ctx->blocks->len, entity, role, ctx->paras[p].dash, fixed, FALSE };

  g_array_append_val (into, t);
}

static void
accept_block (Ctx    *ctx,
              GArray *turns)
{
  Block b;

  if (turns->len == 0)
    return;
  b.p_first = g_array_index (turns, Turn, 0).p_first;
  b.p_end = g_array_index (turns, Turn, turns->len - 1).p_end;
  b.interviewee = -1;
  b.alternating = FALSE;
  b.own = FALSE;
  for (guint i = 0; i < turns->len; i++)
    g_array_index (turns, Turn, i).block = ctx->blocks->len;
  g_array_append_val (ctx->blocks, b);
  g_array_append_vals (ctx->turns, turns->data, turns->len);
}

/* A paragraph without a label or dash inside an answer goes on with it:
 * not an introduction ("An excerpt:") nor narrative about someone. */
static gboolean
continues (Para *p)
{
  return !p->blocked && p->label == LABEL_NONE && !p->ends_colon && !p->ends_q
         && (p->first_person || !p->has_mention);
}

/* … nor a paragraph of the answer in the first person singular that
 * reports someone inside it, naming no one ("There's a difference between
 * that and what the paper said I did.", «Я отвечаю за результат, и если
 * руководство решит, что …»): the speech in it is part of the answer (not
 * the outlet's "we": «Мы спросили. В министерстве сообщили, что …») */
static gboolean
continues_speech (Para *p)
{
  return p->blocked && p->label == LABEL_NONE && !p->dash && !p->ends_q && !p->ends_colon
         && p->author_out && !p->has_mention
         /* (the finder's reported speech of no one may open it: "I still
          * think they knew, whatever they told the members.") */
         && (!p->own_quote || (p->said_by == 0 && !p->has_marks));
}

static gboolean
label_turn (Para *p)
{
  return p->label == LABEL_Q || p->label == LABEL_A
         || (p->label == LABEL_NAME && (p->resolved || p->allcaps));
}

/* The text ends at paragraph @p: @p is past its last paragraph, or the last
 * one and short, a closing credit ("Беседовала Ирина Рябинина"). */
static gboolean
text_ends_at (Ctx  *ctx,
              guint p)
{
  return p == ctx->n_paras || (p + 1 == ctx->n_paras && ctx->paras[p].n_words <= 4);
}

/* "Q: …" / "A: …" / "MAYOR DIAZ: …" / "REPORTER: …" blocks; a paragraph
 * without a label between two labelled ones continues the turn before it. */
static void
find_labelled (Ctx *ctx)
{
  g_autoptr(GArray) turns = g_array_new (FALSE, FALSE, sizeof (Turn));
  guint p = 0;

  /* "Castellano: …? ¶ Okoro: … ¶ Castellano: …? ¶ Okoro: …": a name label
   * the text names no one by (not yet resolved) still speaks when the same
   * label comes back within a few paragraphs and a resolved label or a
   * question label stands next to it — a speaker whose name the finder
   * missed, not a topic ("Update:") */
  for (guint a = 0; a < ctx->n_paras; a++)
    {
      Para *pa = &ctx->paras[a];
      gboolean again = FALSE, beside = FALSE;

      if (pa->label != LABEL_NAME || pa->resolved || pa->allcaps || pa->quoted || pa->covered
          || pa->label_end != pa->label_first + 1)
        continue;
      for (guint b = a > 4 ? a - 4 : 0; b < ctx->n_paras && b <= a + 4 && !again; b++)
        again = b != a && ctx->paras[b].label == LABEL_NAME && same_words (ctx, pa, &ctx->paras[b]);
      for (guint b = a > 0 ? a - 1 : 0; b < ctx->n_paras && b <= a + 1 && !beside; b++)
        beside = b != a && (ctx->paras[b].label == LABEL_Q
                            || (ctx->paras[b].label == LABEL_NAME && ctx->paras[b].resolved
                                && ctx->paras[b].entity >= 0));
      if (again && beside)
        pa->resolved = TRUE;
    }
  while (p < ctx->n_paras)
    {
      guint last, q, n_q = 0, n_a = 0, n_res = 0;

      if (!label_turn (&ctx->paras[p]) || ctx->paras[p].covered)
        {
          p++;
          continue;
        }
      last = p;
      for (q = p + 1; q < ctx->n_paras; q++)
        {
          Para *pa = &ctx->paras[q];

          if (pa->covered)
            break;
          if (label_turn (pa))
            last = q;
          else if ((!continues (pa) && !continues_speech (pa)) || q - last > MAX_CONTINUATIONS)
            break;
        }
      /* Russian: the last answer goes on to the end of the text, or to a
       * short closing credit ("Беседовала Ирина Рябинина"), in paragraphs
       * that name no one and quote nothing */
      if (plx_lexicon_is_inflected (ctx->lexicon) && ctx->paras[last].label != LABEL_Q
          && !ctx->paras[last].anonymous)
        {
          guint e = last + 1;

          while (e < ctx->n_paras && e <= last + MAX_CONTINUATIONS && !ctx->paras[e].covered
                 && !label_turn (&ctx->paras[e]) && continues (&ctx->paras[e])
                 && !ctx->paras[e].has_mention && !ctx->paras[e].has_marks)
            e++;
          if (e > last + 1 && text_ends_at (ctx, e))
            last = e - 1;
        }
      g_array_set_size (turns, 0);
      for (q = p; q <= last; q++)
        {
          Para *pa = &ctx->paras[q];

          if (!label_turn (pa))
            {
              g_array_index (turns, Turn, turns->len - 1).p_end = q + 1;
              continue;
            }
          switch (pa->label)
            {
            case LABEL_Q:
              n_q++;
              add_turn (ctx, turns, q, ROLE_Q, pa->entity, pa->entity >= 0);
              break;
            case LABEL_A:
              n_a++;
              add_turn (ctx, turns, q, ROLE_A, pa->entity, pa->entity >= 0);
              break;
            default:
              if (pa->resolved)
                n_res++;
              /* REPORTER:, «Известия»: the interviewer when the article
               * names one */
              if (pa->anonymous)
                add_turn (ctx, turns, q, ROLE_Q, -1, FALSE);
              /* "DW: …?" before "Vogelsang: …": a label naming no one
               * that puts a question to a named speaker is the outlet
               * asking */
              else if (!pa->resolved && pa->entity < 0 && !pa->new_person && pa->ends_q && q < last
                       && label_turn (&ctx->paras[q + 1]) && ctx->paras[q + 1].entity >= 0)
                {
                  n_q++;
                  add_turn (ctx, turns, q, ROLE_Q, -1, FALSE);
                }
              else
                {
                  n_a++;
                  add_turn (ctx, turns, q, ROLE_A, pa->entity, TRUE);
                }
              break;
            }
        }
      /* structure: somebody answering, and a question label or two
       * labelled speakers */
      if (n_a > 0 && (n_q > 0 || n_res >= 2))
        accept_block (ctx, turns);
      p = last + 1;
    }
}

/* A labelled answer of the person of @lab ("Михаил Ступин: …") */
static gboolean
same_label (Ctx  *ctx,
            Para *lab,
            Para *p)
{
  if (p->label != LABEL_NAME || p->quoted || p->covered || p->anonymous)
    return FALSE;
  return lab->entity >= 0 ? p->entity == lab->entity : same_words (ctx, lab, p);
}

/* a plain paragraph that may put a question: no label, no dash, short */
static gboolean
plain_question (Para *p)
{
  return p->label == LABEL_NONE && !p->dash && !p->covered && !p->ends_colon
         && p->n_words > 0 && p->n_words <= MAX_PLAIN_QUESTION_WORDS;
}

/* "The Weekly Review: Was that always the plan?": a question under a label
 * naming no person (the magazine), before the first labelled answer */
static gboolean
outlet_question (Para *p)
{
  return p->label == LABEL_NAME && !p->resolved && !p->allcaps && !p->quoted && !p->covered
         && p->entity < 0 && !p->dash && p->n_words <= MAX_PLAIN_QUESTION_WORDS;
}

/* "Михаил Ступин: …" answers to plain question paragraphs: only the
 * interviewee is labelled. The paragraph right before each labelled answer
 * asks (the first one with a question mark); the paragraphs between an
 * answer and the next question go on with the answer while they speak in
 * the first person or name no one. At least two answers of the same label
 * and a question mark among the questions. */
static void
find_one_sided (Ctx *ctx)
{
  g_autoptr(GArray) turns = g_array_new (FALSE, FALSE, sizeof (Turn));
  guint p = 0;

  while (p < ctx->n_paras)
    {
      Para *lab = &ctx->paras[p];
      guint cur = p, n_answers = 0, n_marks = 0;

      if (lab->label != LABEL_NAME || lab->quoted || lab->covered || lab->anonymous
          || !(lab->entity >= 0 || lab->allcaps))
        {
          p++;
          continue;
        }
      g_array_set_size (turns, 0);
      if (p > 0 && (plain_question (&ctx->paras[p - 1]) || outlet_question (&ctx->paras[p - 1]))
          && ctx->paras[p - 1].ends_q)
        {
          add_turn (ctx, turns, p - 1, ROLE_Q, -1, FALSE);
          n_marks++;
        }
      for (;;)
        {
          guint q = cur + 1;

          add_turn (ctx, turns, cur, ROLE_A, lab->entity, lab->entity >= 0);
          n_answers++;
          /* the answer's own paragraphs, then the question */
          while (q + 1 < ctx->n_paras && q <= cur + MAX_CONTINUATIONS && !same_label (ctx, lab, &ctx->paras[q + 1])
                 && ctx->paras[q].label == LABEL_NONE && !ctx->paras[q].dash && !ctx->paras[q].covered
                 && !ctx->paras[q].ends_q && !ctx->paras[q].ends_colon
                 && (ctx->paras[q].first_person || (!ctx->paras[q].has_mention && !ctx->paras[q].blocked)))
            q++;
          if (q + 1 < ctx->n_paras && same_label (ctx, lab, &ctx->paras[q + 1]) && plain_question (&ctx->paras[q]))
            {
              g_array_index (turns, Turn, turns->len - 1).p_end = q;
              add_turn (ctx, turns, q, ROLE_Q, -1, FALSE);
              n_marks += ctx->paras[q].ends_q;
              cur = q + 1;
              continue;
            }
          /* the last answer goes on while it speaks in the first person */
          for (q = cur + 1; q < ctx->n_paras && q <= cur + MAX_CONTINUATIONS; q++)
            {
              Para *pa = &ctx->paras[q];

              if (pa->label != LABEL_NONE || pa->dash || pa->covered || pa->ends_q || pa->ends_colon
                  || !pa->first_person || pa->has_marks || pa->n_words == 0)
                break;
              g_array_index (turns, Turn, turns->len - 1).p_end = q + 1;
            }
          break;
        }
      if (n_answers >= 2 && n_marks >= 1)
        {
          accept_block (ctx, turns);
          for (guint t = 0; t < turns->len; t++)
            for (guint k = g_array_index (turns, Turn, t).p_first; k < g_array_index (turns, Turn, t).p_end; k++)
              ctx->paras[k].covered = TRUE;
          p = g_array_index (turns, Turn, turns->len - 1).p_end;
        }
      else
        /* a later label of the same chain fails the same way: linear */
        p = cur + 1;
    }
}

enum
{
  KIND_X,      /* not a turn */
  KIND_ATTRIBUTED, /* "— Да, — улыбается он. — …": a line the quote finder attributed */
  KIND_DASH,   /* "— …" */
  KIND_QUESTION, /* a plain short paragraph ending with "?" */
  KIND_QUESTION_MARKS, /* the same with marks or speech of its own: a question only inside a run */
  KIND_PLAIN,  /* a plain paragraph: an answer or its continuation */
  KIND_PLAIN_SPEECH, /* the same in the first person, quoting someone inside: an answer only */
};

static int
para_kind (Ctx  *ctx,
           guint p)
{
  Para *pa = &ctx->paras[p];

  /* a dash line the quote finder attributed itself; a dash line with a
   * quote inside ("— Он мне говорит: «…»") is a turn that covers it */
  /* (a line the finder took as the reply to a question but tied to no
   * one, with no cue, is a plain dash line: "— …? — спросил X. ¶ — …") */
  if (pa->dash && pa->blocked && pa->label == LABEL_NONE)
    return pa->own_quote && pa->cued ? KIND_ATTRIBUTED : KIND_DASH;
  if (pa->label != LABEL_NONE || pa->n_words == 0)
    return KIND_X;
  if (pa->ends_q && !pa->dash && pa->n_words <= MAX_PLAIN_QUESTION_WORDS && (pa->blocked || pa->has_marks))
    return KIND_QUESTION_MARKS;
  /* "Half. My predecessor used to say: “…”": an answer quoting someone
   * else; the quote is part of it */
  if (pa->blocked)
    return !pa->dash && !pa->own_quote && !pa->ends_q && pa->first_person_out ? KIND_PLAIN_SPEECH : KIND_X;
  if (pa->dash)
    return KIND_DASH;
  if (pa->ends_q)
    return pa->n_words > MAX_PLAIN_QUESTION_WORDS ? KIND_X : KIND_QUESTION;
  return KIND_PLAIN;
}

static int addressed (Ctx *ctx, Turn *t, int *merge_from);
static int introduced (Ctx *ctx, guint p_first, int main, gboolean resumed, gboolean *marked);

static gboolean
interviewee_known (Ctx    *ctx,
                   GArray *turns)
{
  Turn *first = &g_array_index (turns, Turn, 0);
  gboolean marked = FALSE;
  int from = -1;

  if (first->role == ROLE_Q && addressed (ctx, first, &from) >= 0)
    return TRUE;
  return introduced (ctx, first->p_first, -1, FALSE, &marked) >= 0 && marked;
}

/* An interview marker ("ответила на вопросы", "в интервью", "Беседовал")
 * in the few paragraphs right before the run's first turn, in a paragraph
 * of narration ("told the radio in an interview that …" reports speech:
 * an explainer may follow). */
static gboolean
marker_before (Ctx    *ctx,
               GArray *turns)
{
  guint p_first = g_array_index (turns, Turn, 0).p_first;

  for (guint p = p_first; p-- > 0 && p + LOOKBACK_PARAGRAPHS >= p_first && !ctx->paras[p].covered;)
    for (guint i = ctx->paras[p].first; i < ctx->paras[p].end && !ctx->paras[p].blocked; i++)
      {
        Category c = category_fast (ctx, i, NULL);

        if (c == CAT_INTERVIEW || c == CAT_CONFERENCE || c == CAT_INTERVIEWER)
          return TRUE;
      }
  return FALSE;
}

static void
close_run (Ctx      *ctx,
           GArray   *turns,
           guint     pending_from,
           guint     pending_end,
           gboolean  addressed_run)
{
  guint n_q = 0, n_a = 0, n_qq = 0, n_second = 0, n_aq = 0, n_first = 0;
  gboolean dash = FALSE, dash_q = FALSE;

  /* a question left without an answer is no turn */
  while (turns->len > 0 && g_array_index (turns, Turn, turns->len - 1).role == ROLE_Q)
    g_array_set_size (turns, turns->len - 1);
  /* the answer's last paragraphs, while they speak in the first person */
  if (turns->len > 0)
    {
      Turn *t = &g_array_index (turns, Turn, turns->len - 1);

      /* … or address the one asking ("You must judge this case …"),
       * naming no one */
      for (guint p = pending_from; p < pending_end && p == t->p_end; p++)
        if ((ctx->paras[p].first_person || (ctx->paras[p].second_person && !ctx->paras[p].has_mention)
             /* … or, in Russian, a last paragraph naming no one that ends
              * the text or comes right before a short credit ("Беседовала
              * Ирина Рябинина") */
             || (plx_lexicon_is_inflected (ctx->lexicon) && p + 1 == pending_end && !ctx->paras[p].has_mention
                 && text_ends_at (ctx, p + 1)))
            && !ctx->paras[p].has_marks && (continues (&ctx->paras[p]) || continues_speech (&ctx->paras[p])))
          t->p_end = p + 1;
    }
  for (guint i = 0; i < turns->len; i++)
    {
      Turn *t = &g_array_index (turns, Turn, i);
      Para *pa = &ctx->paras[t->p_first];

      dash |= t->dash;
      if (t->role == ROLE_Q)
        {
          dash_q |= t->dash;
          n_q++;
          /* "— А гол на 90-й минуте? Многие обвиняют вас.": a dash
           * question with a remark after it */
          n_qq += pa->ends_q || (t->dash && pa->has_q);
          n_second += pa->second_person;
        }
      else
        {
          gboolean first = FALSE;

          n_a++;
          n_aq += pa->ends_q;
          for (guint p = t->p_first; p < t->p_end; p++)
            first |= ctx->paras[p].first_person;
          n_first += first;
        }
    }
  /* plain questions with dashed answers: an interview in the lead or
   * answers in the first person */
  if (dash && !dash_q && !ctx->interview_marker && 2 * n_first < n_a)
    dash = FALSE;
  /* one exchange of dash lines is enough: after a block of them (the
   * interview resumes after a narrative paragraph), or alone in a report
   * ("Из зала спросили:" / "— …?" / "— …") */
  if (dash_q && n_q >= 1 && n_a >= 1 && n_qq >= 1)
    {
      accept_block (ctx, turns);
      g_array_index (ctx->blocks, Block, ctx->blocks->len - 1).alternating = TRUE;
    }
  else if (n_q >= 2 && n_a >= 2 && n_qq >= 2 && 2 * n_qq >= n_q
      /* without dashes, only an interview: a marker in the article,
       * questions to "you", answers in the first person (an explainer's
       * questions and answers are the author's) */
      && (dash || (ctx->interview_marker && 2 * n_second >= n_q && 2 * n_first >= n_a && n_aq == 0)
              /* a long run of plain questions, each with its mark, and
               * answers in the first person, to someone the questions
               * address or the lead introduces at the interview marker:
               * "Who are these companies?" */
              || (ctx->interview_marker && n_q >= MIN_PLAIN_RUN && n_qq == n_q && 2 * n_first >= n_a
                  && n_aq == 0 && interviewee_known (ctx, turns))
              /* … or a shorter one when the lead names who asked:
               * "X spoke to Jo Roe of the Courier." */
              || (ctx->interview_marker && ctx->interviewer_named >= 0 && n_q >= 2 && n_qq == n_q && n_aq == 0
                  && interviewee_known (ctx, turns))
              /* … or a shorter one, each question with its mark, that
               * turns to "you" at least once ("Экипаж не устаёт?" / "Что
               * вы возьмёте?") or follows the lead introducing the
               * interviewee at the marker ("X ответила на вопросы …") */
              || (ctx->interview_marker && n_qq == n_q && n_aq == 0
                  && ((n_second >= 1 && 2 * n_first >= n_a)
                      || ((n_second == 0 || 2 * n_first >= n_a) && marker_before (ctx, turns))))
              /* a run that opens by addressing someone by name ("Сергей
               * Викторович, …?", "Dr Ames, …?") and goes on alternating
               * questions with answers in the first person */
              || (addressed_run && n_q >= MIN_PLAIN_RUN && 2 * n_first >= n_a && n_aq == 0)))
    {
      accept_block (ctx, turns);
      g_array_index (ctx->blocks, Block, ctx->blocks->len - 1).alternating = TRUE;
      ctx->dash_block |= dash_q;
    }
  g_array_set_size (turns, 0);
}

/* Questions and answers without labels: "— …?" / "— …", or a plain
 * question paragraph and its answer; an answer goes on over paragraphs
 * without a dash until the next question. */
static void
find_alternating (Ctx *ctx)
{
  g_autoptr(GArray) turns = g_array_new (FALSE, FALSE, sizeof (Turn));
  enum { START, AFTER_Q, AFTER_A } state = START;
  gboolean dash_questions = FALSE, addressed_run = FALSE, cut = FALSE;
  guint pending = 0;

  for (guint p = 0; p <= ctx->n_paras; p++)
    {
      int kind = p < ctx->n_paras && !ctx->paras[p].covered ? para_kind (ctx, p) : KIND_X;
      gboolean goes_on = FALSE;

      /* a photo credit or caption between the turns of a run is in none
       * of them: the answer before it ends there */
      /* (so is a link to another article: "Читайте также: …") */
      if (p < ctx->n_paras && state != START && !ctx->paras[p].covered
          && ((ctx->paras[p].credit && ctx->paras[p].n_words <= MAX_CREDIT_WORDS && !ctx->paras[p].has_q
               && !ctx->paras[p].first_person)
              || ctx->paras[p].crosslink))
        {
          if (state == AFTER_A && !cut)
            {
              g_array_index (turns, Turn, turns->len - 1).p_end = p;
              cut = TRUE;
              pending = 0;
            }
          continue;
        }

      /* in a run of plain questions that opened by addressing someone, the
       * paragraph after an answer asks when it is short and not in the
       * first person and a plain answer follows: a question with marks or
       * a remark after its "?", or somebody's claim put to the interviewee
       * ("Carriers say they lose money."); a first-person paragraph, also
       * one quoting something, goes on with the answer */
      if (addressed_run && state == AFTER_A && !dash_questions && p < ctx->n_paras && !ctx->paras[p].covered)
        {
          Para *pa = &ctx->paras[p];
          int next = p + 1 < ctx->n_paras && !ctx->paras[p + 1].covered ? para_kind (ctx, p + 1) : KIND_X;

          if (kind == KIND_PLAIN_SPEECH || (kind == KIND_PLAIN && pa->first_person))
            goes_on = TRUE;
          /* (after an answer of several paragraphs too, when it asks with
           * its final mark or puts a claim to "you": "Минфин предупреждал,
           * что …. Вы это учитываете?") */
          else if ((pending == 0 || pa->ends_q || pa->second_person)
                   && !pa->dash && pa->label == LABEL_NONE && !pa->first_person && !pa->ends_colon
                   && pa->n_words > 0 && pa->n_words <= MAX_PLAIN_QUESTION_WORDS && (!pa->own_quote || pa->ends_q)
                   && (kind == KIND_QUESTION_MARKS || pa->has_q || pa->blocked)
                   && (next == KIND_PLAIN || next == KIND_PLAIN_SPEECH))
            kind = KIND_QUESTION;
        }

      /* a question with marks or reported speech of its own, inside a run
       * of dash answers and followed by one: it asks, and the speech in
       * it stays the quote finder's */
      /* so is, between dash answers to plain questions, a plain paragraph
       * right before the next dash answer ("Власти говорят, что … ." —
       * "— Я видела эту цифру …") */
      if (kind == KIND_QUESTION_MARKS && dash_questions && state == AFTER_A && !ctx->paras[p].blocked)
        kind = KIND_QUESTION;
      else if (kind == KIND_QUESTION_MARKS
          || (state == AFTER_A && !dash_questions && p < ctx->n_paras && !ctx->paras[p].covered
              && !ctx->paras[p].dash && ctx->paras[p].label == LABEL_NONE && ctx->paras[p].n_words > 0
              && ctx->paras[p].n_words <= MAX_PLAIN_QUESTION_WORDS && !ctx->paras[p].ends_colon))
        {
          int next = p + 1 < ctx->n_paras && !ctx->paras[p + 1].covered ? para_kind (ctx, p + 1) : KIND_X;

          if (kind == KIND_QUESTION_MARKS)
            kind = KIND_X;
          if (state == AFTER_A && !dash_questions && g_array_index (turns, Turn, turns->len - 1).dash
              && (next == KIND_DASH || next == KIND_ATTRIBUTED))
            {
              if (!cut)
                g_array_index (turns, Turn, turns->len - 1).p_end = p;
              add_turn (ctx, turns, p, ROLE_Q, -1, FALSE);
              /* the whole paragraph is the question when it asks or puts
               * a claim of no one named ("В соцсетях пишут, что …");
               * only the words of someone named («…», — сказал X.; "Глава
               * района X заявил, что «…».") stay the finder's */
              g_array_index (turns, Turn, turns->len - 1).external
                = ctx->paras[p].own_quote
                  || (ctx->paras[p].blocked && !ctx->paras[p].has_q && !ctx->paras[p].sourceless);
              state = AFTER_Q;
              continue;
            }
        }
      switch (state)
        {
        case START:
          addressed_run = FALSE;
          if ((kind == KIND_DASH && (ctx->paras[p].ends_q || ctx->paras[p].has_q)) || kind == KIND_QUESTION)
            {
              add_turn (ctx, turns, p, ROLE_Q, -1, FALSE);
              dash_questions = kind == KIND_DASH;
              state = AFTER_Q;
              if (!dash_questions)
                {
                  int from = -1;

                  /* … or the article names who asked, in a credit
                   * anywhere ("Беседовала Дарья Климова", "Interview by
                   * Tom Reyes"): the same untidy run of an interview */
                  addressed_run = addressed (ctx, &g_array_index (turns, Turn, turns->len - 1), &from) >= 0
                                  || ctx->interviewer >= 0
                                  /* … or the lead right before introduces the
                                   * interviewee at an interview marker
                                   * ("X в интервью РБК рассказал о …") */
                                  || (ctx->interview_marker && marker_before (ctx, turns)
                                      && interviewee_known (ctx, turns));
                }
            }
          /* "Сергей Викторович, жители жалуются, что …. Зачем это нужно?":
           * a question addressed by name, with reported speech inside */
          else if (p < ctx->n_paras && !ctx->paras[p].covered && !ctx->paras[p].dash && ctx->paras[p].ends_q
                   && ctx->paras[p].label == LABEL_NONE && !ctx->paras[p].own_quote
                   && ctx->paras[p].n_words <= MAX_PLAIN_QUESTION_WORDS && p + 1 < ctx->n_paras
                   && !ctx->paras[p + 1].covered && para_kind (ctx, p + 1) == KIND_PLAIN)
            {
              int from = -1;

              add_turn (ctx, turns, p, ROLE_Q, -1, FALSE);
              if (addressed (ctx, &g_array_index (turns, Turn, turns->len - 1), &from) >= 0)
                {
                  dash_questions = FALSE;
                  addressed_run = TRUE;
                  state = AFTER_Q;
                }
              else
                g_array_set_size (turns, turns->len - 1);
            }
          /* "— Что случилось? — спросил журналист." / "— Ничего …": a
           * dash question the quote finder attributed, answered by a dash
           * line without attribution — the question keeps its asker */
          else if (kind == KIND_ATTRIBUTED && ctx->paras[p].has_q && p + 1 < ctx->n_paras
                   && !ctx->paras[p + 1].covered && para_kind (ctx, p + 1) == KIND_DASH && !ctx->paras[p + 1].has_q)
            {
              add_turn (ctx, turns, p, ROLE_Q, -1, FALSE);
              g_array_index (turns, Turn, turns->len - 1).external = TRUE;
              dash_questions = TRUE;
              state = AFTER_Q;
            }
          break;
        case AFTER_Q:
          if (kind == KIND_X || (kind == KIND_PLAIN_SPEECH && dash_questions))
            {
              close_run (ctx, turns, p, p, addressed_run);
              state = START;
            }
          else
            {
              add_turn (ctx, turns, p, ROLE_A, -1, FALSE);
              /* its quote and speaker stay the quote finder's */
              g_array_index (turns, Turn, turns->len - 1).external = kind == KIND_ATTRIBUTED;
              state = AFTER_A;
              pending = 0;
              cut = FALSE;
            }
          break;
        case AFTER_A:
          /* where the questions open with a dash, a plain paragraph ending
           * with "?" goes on with the answer ("…, правда?") */
          if (kind == KIND_QUESTION && dash_questions && pending < MAX_CONTINUATIONS
              && (ctx->paras[p].first_person || !ctx->paras[p].has_mention))
            pending++;
          else if ((kind == KIND_DASH && (dash_questions || ctx->paras[p].ends_q)) || kind == KIND_QUESTION)
            {
              /* the paragraphs since the answer continue it */
              if (!cut)
                g_array_index (turns, Turn, turns->len - 1).p_end = p;
              add_turn (ctx, turns, p, ROLE_Q, -1, FALSE);
              state = AFTER_Q;
            }
          else if (pending < MAX_CONTINUATIONS && (goes_on || (kind == KIND_PLAIN && continues (&ctx->paras[p]))
                                                   || (kind == KIND_PLAIN_SPEECH && continues_speech (&ctx->paras[p]))))
            pending++;
          /* "— …? — спросил корреспондент X." inside a run of dash lines,
           * answered by the next one: a question that keeps its asker */
          else if (kind == KIND_ATTRIBUTED && dash_questions && ctx->paras[p].has_q && p + 1 < ctx->n_paras
                   && !ctx->paras[p + 1].covered && para_kind (ctx, p + 1) == KIND_DASH && !ctx->paras[p + 1].has_q)
            {
              if (!cut)
                g_array_index (turns, Turn, turns->len - 1).p_end = p;
              add_turn (ctx, turns, p, ROLE_Q, -1, FALSE);
              g_array_index (turns, Turn, turns->len - 1).external = TRUE;
              state = AFTER_Q;
            }
          else
            {
              close_run (ctx, turns, p - pending, p, addressed_run);
              state = START;
              /* this paragraph may open the next run */
              if ((kind == KIND_DASH && (ctx->paras[p].ends_q || ctx->paras[p].has_q)) || kind == KIND_QUESTION)
                {
                  add_turn (ctx, turns, p, ROLE_Q, -1, FALSE);
                  dash_questions = kind == KIND_DASH;
                  state = AFTER_Q;
                }
            }
          break;
        }
    }
}

/* ---- speakers ------------------------------------------------------------- */

typedef struct
{
  int from;
  int into;
} Merge;

/* «Владимир Анатольевич, …»: a mention addressed at the start or the end
 * of a question; -1 when none. @merge_from receives an entity known only by
 * that name and patronymic when another person of the article bears the
 * given name (it is the same person), else -1. */
static int
addressed (Ctx  *ctx,
           Turn *t,
           int  *merge_from)
{
  Para *pa = &ctx->paras[t->p_first];
  PlxPeople *people = ctx->people;
  int m = -1;
  PlxMention *mm;
  PlxEntity *e;

  *merge_from = -1;
  {
    int at = plx_people_mention_at (people, pa->content);

    if (at >= 0)
      {
        PlxMention *x = &g_array_index (people->mentions, PlxMention, at);

        if (x->first == pa->content && is_char (ctx, x->end, ','))
          m = at;
      }
    /* "Captain Vell, …", "Dr Ames, …", "Господин министр Ладыгин, …": a
     * title or honorific before the name */
    if (m < 0)
      {
        guint i = pa->content;

        while (i < pa->end && i < pa->content + 3 && is_word (ctx, i)
               && (tok (ctx, i)->flags & PLX_TF_CAP)
               && (role_word (ctx, i) || plx_tokens_class (ctx->tokens, i, PLX_CLASS_HONORIFIC)))
          i++;
        at = i > pa->content ? plx_people_mention_at (people, i) : -1;
        if (at >= 0)
          {
            PlxMention *x = &g_array_index (people->mentions, PlxMention, at);

            if (x->first <= i && x->first >= pa->content && is_char (ctx, x->end, ','))
              m = at;
          }
      }
  }
  if (m < 0 && pa->end >= pa->content + 3)
    {
      guint last = pa->end - 1;
      int at = plx_people_mention_at (people, last - 1);

      if (at >= 0)
        {
          PlxMention *x = &g_array_index (people->mentions, PlxMention, at);

          if (x->end == last && x->first > pa->content && is_char (ctx, x->first - 1, ','))
            m = at;
        }
    }
  if (m < 0)
    return -1;
  mm = &g_array_index (people->mentions, PlxMention, m);
  if (mm->entity < 0 || mm->kind == PLX_MENTION_BYLINE)
    return -1;
  e = g_ptr_array_index (people->entities, mm->entity);
  if (mm->end - mm->first == 2 && patronymic (ctx, mm->end - 1) && e->given_key != NULL
      && ctx->n_searches++ < 2 * MAX_MERGES)
    {
      int best = -1;
      guint best_n = 0;

      for (guint k = 0; k < people->entities->len; k++)
        {
          PlxEntity *o = g_ptr_array_index (people->entities, k);

          if ((int) k == mm->entity || o->given_key == NULL || !g_str_equal (o->given_key, e->given_key)
              || g_str_equal (o->surname_key, e->surname_key))
            continue;
          if (best < 0 || o->n_mentions > best_n)
            {
              best = k;
              best_n = o->n_mentions;
            }
        }
      if (best >= 0)
        {
          *merge_from = mm->entity;
          return best;
        }
    }
  return mm->entity;
}

static gboolean
eligible (Ctx *ctx,
          int  entity)
{
  PlxEntity *e;

  if (entity < 0 || (guint) entity >= ctx->people->entities->len || entity == ctx->interviewer
      || entity == ctx->interviewer_named)
    return FALSE;
  e = g_ptr_array_index (ctx->people->entities, entity);
  return e->n_byline < e->n_mentions;
}

/* "‘I wrote the ending first’: Jo Roe on her new novel": the person named
 * after the colon behind the quote @q opening the headline, before a
 * preposition of the topic or the headline's end (past a description in
 * lower case or a role: "‘…’: glaciologist Jo Roe on …", "‘…’: the chief
 * executive Jo Roe on …"); -1 when none. @name_end receives the end of
 * the name. */
static int
headline_person (Ctx                 *ctx,
                 const PlxFoundQuote *q,
                 guint               *name_end)
{
  Para *pa = &ctx->paras[0];
  PlxMention *mm;
  int m;
  guint at;

  if (ctx->n_paras == 0 || q->open != pa->first || q->close == PLX_NO_TOKEN || q->close + 2 >= pa->end
      || !is_char (ctx, q->close + 1, ':'))
    return -1;
  for (at = q->close + 2; at < pa->end && at < q->close + 5 && is_word (ctx, at)
       && plx_people_mention_at (ctx->people, at) < 0
       && (!(tok (ctx, at)->flags & PLX_TF_CAP) || role_word (ctx, at)); at++)
    ;
  m = plx_people_mention_at (ctx->people, at);
  if (m < 0)
    return -1;
  mm = &g_array_index (ctx->people->mentions, PlxMention, m);
  if (mm->first != at || mm->entity < 0 || mm->kind != PLX_MENTION_NAME
      || !(mm->end == pa->end
           || (is_word (ctx, mm->end) && plx_tokens_class (ctx->tokens, mm->end, PLX_LEX_PREPOSITIONS)
               && !(tok (ctx, mm->end)->flags & PLX_TF_CAP))))
    return -1;
  *name_end = mm->end;
  return mm->entity;
}

/* The person next to an interview marker in the paragraphs before the
 * block ("told reporters", "в интервью … сказал", "рассказала директор …"),
 * else the article's main person @main when those paragraphs name them, else
 * the first person of the nearest paragraph before it. */
static int
introduced (Ctx      *ctx,
            guint     p_first,
            int       main,
            gboolean  resumed,
            gboolean *marked)
{
  PlxPeople *people = ctx->people;
  guint lo = p_first > LOOKBACK_PARAGRAPHS ? p_first - LOOKBACK_PARAGRAPHS : 0;
  int fallback = -1;
  gboolean seen_main = FALSE;

  *marked = FALSE;
  for (guint p = p_first; p-- > lo;)
    {
      Para *pa = &ctx->paras[p];
      int m = plx_people_mention_from (people, pa->first);
      int best = -1, first_subject = -1, first_any = -1;
      guint best_d = G_MAXUINT;

      if (pa->covered)
        break;
      /* "THREE QUESTIONS FOR RENATA SOLBERG": a box heading (no full
       * stop, a few words) naming the interviewee after its marker, in
       * capitals the people finder reads as no mention */
      if (pa->end > pa->first && pa->n_words <= 8 && !(tok (ctx, pa->end - 1)->flags & PLX_TF_TERMINATOR)
          && pa->label == LABEL_NONE && !pa->has_marks)
        for (guint i = pa->first, k = 0; i + 1 < pa->end; i++)
          {
            int e;

            if (category_fast (ctx, i, &k) != CAT_INTERVIEW)
              continue;
            /* ("THE INTERVIEW: JO ROE") */
            if (i + k + 1 < pa->end && (is_char (ctx, i + k, ':') || tok (ctx, i + k)->kind == PLX_TOK_DASH))
              k++;
            if (i + k >= pa->end || pa->end - (i + k) > MAX_LABEL_WORDS)
              break;
            for (guint w = i + k; w < pa->end && k > 0; w++)
              if (!is_word (ctx, w) || !(tok (ctx, w)->flags & PLX_TF_CAP))
                k = 0;
            if (k > 0 && (e = resolve_label (ctx, i + k, pa->end)) >= 0 && eligible (ctx, e))
              {
                *marked = TRUE;
                return e;
              }
            break;
          }
      for (; m >= 0 && (guint) m < people->mentions->len; m++)
        {
          PlxMention *mm = &g_array_index (people->mentions, PlxMention, m);

          if (mm->first >= pa->end)
            break;
          if (mm->kind == PLX_MENTION_BYLINE || !eligible (ctx, mm->entity))
            continue;
          if (first_any < 0)
            first_any = mm->entity;
          if (mm->entity == main)
            seen_main = TRUE;
          if (first_subject < 0 && mm->subject)
            first_subject = mm->entity;
          /* the nearest marker in the same sentence */
          for (guint i = MAX (plx_tokens_sentence_start (ctx->tokens, mm->first, pa->first),
                              mm->first >= 12 ? mm->first - 12 : 0);
               i < pa->end && i < mm->first + 12; i++)
            {
              Category c;

              if (i > mm->first && (tok (ctx, i)->flags & PLX_TF_SENT_START))
                break;
              c = category_fast (ctx, i, NULL);
              /* where an interview resumes, «учительница Ирина рассказала,
               * что …» between its blocks quotes a third person */
              if (c == CAT_INTRO && resumed && pa->blocked)
                continue;
              /* "Jo Roe asked the lawyer Ann Lee …": the person after the
               * verb answers */
              if (c == CAT_ASKER && i < mm->first && !pa->blocked)
                c = CAT_INTRO;
              if (c == CAT_INTERVIEW || c == CAT_CONFERENCE || c == CAT_INTRO)
                {
                  guint d = i > mm->first ? i - mm->first : mm->first - i;

                  if (d < best_d)
                    {
                      best_d = d;
                      best = mm->entity;
                    }
                }
            }
        }
      if (best >= 0)
        {
          *marked = TRUE;
          return best;
        }
      /* "Bolat Roe, who leads the union, has warned that … We spoke on
       * Wednesday.": the person whose words the paragraph right before a
       * fresh block reports is the one the questions go to */
      if (p + 1 == p_first && pa->blocked && !resumed)
        {
          int speaker = pa->said_by - 1;

          if (pa->said_by > 0 && eligible (ctx, speaker))
            return speaker;
        }
      if (fallback < 0)
        fallback = first_subject >= 0 ? first_subject : first_any;
    }
  /* "‘…’: Jo Roe on forty years of bridges": the person the headline
   * quotes by name is the one interviewed */
  if (ctx->quotes->len > 0 && ctx->n_paras > 0 && !ctx->paras[0].covered)
    {
      guint name_end;
      int e = headline_person (ctx, &g_array_index (ctx->quotes, PlxFoundQuote, 0), &name_end);

      if (eligible (ctx, e))
        return e;
    }
  /* "Her apprentice, Tariq, sharpens gouges while we talk." before the
   * questions to the maker the whole article is about */
  return seen_main ? main : fallback;
}

static int
main_person (Ctx *ctx)
{
  int best = -1;
  guint best_n = 0;

  for (guint k = 0; k < ctx->people->entities->len; k++)
    {
      PlxEntity *e = g_ptr_array_index (ctx->people->entities, k);

      if (eligible (ctx, k) && e->n_mentions > best_n)
        {
          best = k;
          best_n = e->n_mentions;
        }
    }
  return best;
}

static inline int
remap (int e,
       int from,
       int into)
{
  if (e == from)
    e = into;
  return e > from ? e - 1 : e;
}

/* Folds entity @from into @into and removes it, renumbering the entities
 * after it everywhere they are referred to. */
static void
merge_entity (Ctx *ctx,
              int  from,
              int  into)
{
  PlxPeople *people = ctx->people;
  PlxEntity *a = g_ptr_array_index (people->entities, from);
  PlxEntity *b = g_ptr_array_index (people->entities, into);
  GHashTableIter it;
  gpointer value;
  GArray *arrays[2] = { people->mentions, people->extra };

  b->n_mentions += a->n_mentions;
  b->n_quotes += a->n_quotes;
  b->last_token = MAX (a->last_token, b->last_token);
  for (guint k = 0; k < G_N_ELEMENTS (arrays); k++)
    for (guint m = 0; m < arrays[k]->len; m++)
      {
        PlxMention *mm = &g_array_index (arrays[k], PlxMention, m);

        if (mm->entity >= 0)
          mm->entity = remap (mm->entity, from, into);
      }
  for (guint q = 0; q < ctx->quotes->len; q++)
    {
      PlxFoundQuote *fq = &g_array_index (ctx->quotes, PlxFoundQuote, q);

      if (fq->entity >= 0)
        fq->entity = remap (fq->entity, from, into);
    }
  for (guint t = 0; t < ctx->turns->len; t++)
    {
      Turn *tt = &g_array_index (ctx->turns, Turn, t);

      if (tt->entity >= 0)
        tt->entity = remap (tt->entity, from, into);
    }
  for (guint k = 0; k < ctx->blocks->len; k++)
    {
      Block *bl = &g_array_index (ctx->blocks, Block, k);

      if (bl->interviewee >= 0)
        bl->interviewee = remap (bl->interviewee, from, into);
    }
  if (ctx->interviewer >= 0)
    ctx->interviewer = remap (ctx->interviewer, from, into);
  g_hash_table_iter_init (&it, people->by_surname);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      GPtrArray *cands = value;

      for (guint c = cands->len; c-- > 0;)
        {
          int ei = GPOINTER_TO_INT (cands->pdata[c]);

          if (ei == from)
            g_ptr_array_remove_index (cands, c);
          else if (ei > from)
            cands->pdata[c] = GINT_TO_POINTER (ei - 1);
        }
    }
  g_ptr_array_remove_index (people->entities, from);
}

/* "We sat down between coats of varnish." / "We spoke in her office.":
 * the narration right before a block of "Q:" / "A:" in the first person
 * and without quotation marks tells that the author asks the questions
 * (not "Diaz then took questions from reporters.") */
static gboolean
own_interview (Ctx   *ctx,
               Block *bl)
{
  for (guint p = bl->p_first, steps = 0; p-- > 0 && steps < 2; steps++)
    {
      Para *pa = &ctx->paras[p];

      if (pa->covered || pa->end <= pa->first)
        break;
      /* the author's "we" outside quotation marks, also after reported
       * speech: "… has warned that pilots are leaving. We spoke on
       * Wednesday." */
      if (pa->first_person_out && (!pa->blocked || !pa->own_quote))
        return TRUE;
    }
  return FALSE;
}

/* "The Courier put the questions to the minister in a telephone
 * interview.": the narration right before a block of "Q:" / "A:" names an
 * interview (not a news conference): the article's author asks */
static gboolean
interview_before (Ctx   *ctx,
                  Block *bl)
{
  for (guint p = bl->p_first, steps = 0; p-- > 0 && steps < 2; steps++)
    {
      Para *pa = &ctx->paras[p];

      if (pa->covered || pa->conference)
        return FALSE;
      for (guint i = pa->first; i < pa->end; i++)
        {
          /* (also "Jo Roe asked the minister …") */
          Category c = tok (ctx, i)->flags & PLX_TF_IN_QUOTE ? CAT_NONE : category_fast (ctx, i, NULL);

          if (c == CAT_INTERVIEW || c == CAT_ASKER)
            return TRUE;
        }
    }
  return FALSE;
}

/* «На пресс-конференции Ершову задали вопрос»: the questions of a news
 * conference come from reporters, not from the author */
static gboolean
at_conference (Ctx   *ctx,
               Block *bl)
{
  for (guint p = bl->p_first, steps = 0; p-- > 0 && steps < LOOKBACK_PARAGRAPHS; steps++)
    {
      Para *pa = &ctx->paras[p];

      if (pa->covered)
        break;
      if (pa->conference)
        return TRUE;
    }
  /* … also when the headline or the standfirst says so ("Пресс-конференция
   * после матча …", "Briefing: …"): the whole article reports one */
  for (guint p = 0; p < bl->p_first && p < TOP_PARAGRAPHS; p++)
    if (ctx->paras[p].conference)
      return TRUE;
  return FALSE;
}

/* The article's only author: its only byline that is no photo credit, or
 * a name alone on its line near the top; -1 when none or several. */
static int
article_author (Ctx *ctx)
{
  int author = -1;
  int n_authors = 0;
  guint n_ent = ctx->people->entities->len;
  g_autofree guint8 *writer = g_new0 (guint8, n_ent);

  /* a photographer's or an illustrator's credit ("Photographs by X",
   * «Фото: X») names no author of the questions */
  for (guint p = 0; p < ctx->n_paras; p++)
    {
      Para *pa = &ctx->paras[p];
      /* (also a caption ending in one: "X at the ground. Pictures by Y") */
      gboolean credit = category_fast (ctx, pa->first, NULL) == CAT_CREDIT || pa->credit;

      for (int m = plx_people_mention_from (ctx->people, pa->first);
           m >= 0 && (guint) m < ctx->people->mentions->len; m++)
        {
          PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

          if (mm->first >= pa->end)
            break;
          if (mm->kind == PLX_MENTION_BYLINE && mm->entity >= 0 && (guint) mm->entity < n_ent && !credit)
            writer[mm->entity] = 1;
        }
    }
  for (guint k = 0; k < n_ent; k++)
    {
      PlxEntity *e = g_ptr_array_index (ctx->people->entities, k);

      if (e->n_byline == 0 || !writer[k])
        continue;
      n_authors++;
      author = k;
    }
  /* a name alone on its line near the top, named nowhere else
   * ("Екатерина Лунина" under the standfirst) */
  for (guint p = 0; p < ctx->n_paras && p <= LOOKBACK_PARAGRAPHS + 2; p++)
    {
      Para *pa = &ctx->paras[p];
      int m = plx_people_mention_from (ctx->people, pa->first);
      PlxMention *mm;
      PlxEntity *e;

      if (m < 0 || (guint) m >= ctx->people->mentions->len)
        continue;
      mm = &g_array_index (ctx->people->mentions, PlxMention, m);
      if (mm->first != pa->first || mm->entity < 0)
        continue;
      /* … or followed by a short description after a comma: «Елена
       * Костюк, специальный корреспондент», "Dmitry Sazonov, Nizhny
       * Novgorod" */
      if (mm->end != pa->end)
        {
          gboolean described = is_char (ctx, mm->end, ',') && pa->end > mm->end + 1 && pa->end <= mm->end + 5;

          for (guint w = mm->end + 1; w < pa->end && described; w++)
            described = is_word (ctx, w) && plx_people_mention_at (ctx->people, w) < 0;
          if (!described)
            continue;
        }
      e = g_ptr_array_index (ctx->people->entities, mm->entity);
      if (e->n_mentions != 1 || e->n_byline > 0)
        continue;
      n_authors++;
      author = mm->entity;
    }
  return n_authors == 1 ? author : -1;
}

/* "— А если инспекция? — спрашиваю я.", "Когда я спрашиваю Анну, не …",
 * "“…?” I asked": the first person singular as the subject of a cue is the
 * author — the interviewer a byline like «Беседовала X» names, else the
 * article's only author */
static void
first_person_quotes (Ctx *ctx)
{
  int author = -2;

  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);

      if (q->scare || q->fragment || q->entity >= 0 || q->cue_end <= q->cue_first)
        continue;
      /* category_at(): "я." may be read as an initial */
      if (!(q->cue_end < ctx->n && category_at (ctx, q->cue_end, NULL) == CAT_AUTHOR)
          && !(q->cue_first > 0 && category_at (ctx, q->cue_first - 1, NULL) == CAT_AUTHOR))
        continue;
      if (author == -2)
        author = ctx->interviewer >= 0 ? ctx->interviewer : article_author (ctx);
      if (author < 0)
        return;
      q->entity = author;
      q->attributed = TRUE;
    }
}

static void
resolve_speakers (Ctx *ctx)
{
  Merge merges[MAX_MERGES];
  guint n_merges = 0;
  int main = -2, author = -1;

  /* a form of address in a question names the interviewee */
  for (guint t = 0; t < ctx->turns->len; t++)
    {
      Turn *tt = &g_array_index (ctx->turns, Turn, t);
      Block *bl = &g_array_index (ctx->blocks, Block, tt->block);
      int from = -1, who;

      if (tt->role != ROLE_Q || bl->interviewee >= 0)
        continue;
      who = addressed (ctx, tt, &from);
      if (who < 0 || !eligible (ctx, who))
        continue;
      bl->interviewee = who;
      if (from >= 0 && n_merges < MAX_MERGES)
        {
          gboolean seen = FALSE;

          for (guint k = 0; k < n_merges; k++)
            seen |= merges[k].from == from;
          if (!seen)
            {
              merges[n_merges].from = from;
              merges[n_merges].into = who;
              n_merges++;
            }
        }
    }
  /* else the person introduced before the block, or the article's */
  for (guint b = 0; b < ctx->blocks->len; b++)
    {
      Block *bl = &g_array_index (ctx->blocks, Block, b);

      if (bl->interviewee >= 0)
        continue;
      gboolean marked, resumed = FALSE;

      if (main == -2)
        main = main_person (ctx);
      if (b > 0)
        {
          Block *prev = &g_array_index (ctx->blocks, Block, b - 1);

          resumed = prev->interviewee >= 0 && prev->p_end + LOOKBACK_PARAGRAPHS >= bl->p_first;
        }
      bl->interviewee = introduced (ctx, bl->p_first, main, resumed, &marked);
      /* the interview resumes after a narrative paragraph that names
       * someone else ("Партнер Кирилла Артем Ляхов сказал, что …") */
      if (!marked && b > 0)
        {
          Block *prev = &g_array_index (ctx->blocks, Block, b - 1);

          if (prev->interviewee >= 0 && prev->p_end + LOOKBACK_PARAGRAPHS >= bl->p_first)
            bl->interviewee = prev->interviewee;
        }
      if (bl->interviewee < 0)
        bl->interviewee = main;
    }

  for (guint k = 0; k < n_merges; k++)
    {
      int from = merges[k].from, into = merges[k].into;

      if (from == into)
        continue;
      merge_entity (ctx, from, into);
      for (guint l = k + 1; l < n_merges; l++)
        {
          merges[l].from = remap (merges[l].from, from, into);
          merges[l].into = remap (merges[l].into, from, into);
        }
    }

  /* unlabelled questions without a "Беседовал X" are the author's: the
   * article's only byline */
  if (ctx->interviewer < 0)
    author = article_author (ctx);
  guint iv_block = G_MAXUINT;
  gboolean iv = FALSE;
  /* "— …? — спросила одна из женщин.", "— …? — спросили у тренера.": a
   * block where the text gives a dash question to an asker it does not
   * name (in the block or in the dash lines right before it) is no
   * exchange of the author's: its other questions have no asker */
  g_autofree guint8 *unnamed_asker = author >= 0 ? g_new0 (guint8, ctx->blocks->len) : NULL;
  g_autofree guint8 *asked = author >= 0 ? g_new0 (guint8, ctx->n_paras) : NULL;

  /* (a dash line that is a question, its cue after it, its asker nobody) */
  for (guint k = 0; asked != NULL && k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      guint p;

      if (q->scare || q->entity >= 0 || q->open == PLX_NO_TOKEN || q->end <= q->first
          || q->cue_end <= q->cue_first || q->cue_first < q->end || tok (ctx, q->open)->kind != PLX_TOK_DASH
          || !is_char (ctx, q->end - 1, '?'))
        continue;
      p = plx_tokens_paragraph_of (ctx->tokens, q->open);
      if (p < ctx->n_paras && ctx->paras[p].first == q->open)
        asked[p] = 1;
    }
  for (guint b = 0; unnamed_asker != NULL && b < ctx->blocks->len; b++)
    {
      Block *bl = &g_array_index (ctx->blocks, Block, b);
      guint from = bl->p_first;

      while (from > 0 && bl->p_first - from < LOOKBACK_PARAGRAPHS && ctx->paras[from - 1].dash)
        from--;
      for (guint p = from; p < bl->p_end && p < ctx->n_paras && !unnamed_asker[b]; p++)
        unnamed_asker[b] = asked[p];
    }

  for (guint t = 0; t < ctx->turns->len; t++)
    {
      Turn *tt = &g_array_index (ctx->turns, Turn, t);
      Block *bl = &g_array_index (ctx->blocks, Block, tt->block);

      if (tt->fixed)
        continue;
      if (tt->role == ROLE_A)
        tt->entity = bl->interviewee;
      else if (ctx->interviewer >= 0)
        tt->entity = ctx->interviewer;
      else if (ctx->interviewer_named >= 0 && ctx->interviewer_named != bl->interviewee && !at_conference (ctx, bl))
        tt->entity = ctx->interviewer_named;
      else
        {
          /* (the narration before a block is read once) */
          if (author >= 0 && ctx->paras[tt->p_first].label == LABEL_Q && iv_block != tt->block)
            {
              iv_block = tt->block;
              iv = interview_before (ctx, bl);
            }
          tt->entity = (bl->alternating || own_interview (ctx, bl)
                        || (ctx->paras[tt->p_first].label == LABEL_Q && iv))
                       && author != bl->interviewee
                       && !(unnamed_asker != NULL && unnamed_asker[tt->block])
                       && !at_conference (ctx, bl) ? author : -1;
        }
    }
}

/* ---- output --------------------------------------------------------------- */

static int
compare_quotes (gconstpointer a,
                gconstpointer b)
{
  const PlxFoundQuote *x = a, *y = b;
  guint xs = x->open != PLX_NO_TOKEN ? x->open : x->first;
  guint ys = y->open != PLX_NO_TOKEN ? y->open : y->first;

  return (xs > ys) - (xs < ys);
}

/* Whether the @n tokens from @a are written as those from @b */
static gboolean
same_tokens (Ctx  *ctx,
             guint a,
             guint b,
             guint n)
{
  for (guint i = 0; i < n; i++)
    {
      PlxToken *x = tok (ctx, a + i), *y = tok (ctx, b + i);

      if (x->len != y->len || memcmp (ctx->tokens->text + x->start, ctx->tokens->text + y->start, x->len) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Two labels of the same words */
static gboolean
same_words (Ctx  *ctx,
            Para *a,
            Para *b)
{
  return a->label_end - a->label_first == b->label_end - b->label_first
         && same_tokens (ctx, a->label_first, b->label_first, a->label_end - a->label_first);
}

static void
emit (Ctx *ctx)
{
  g_autoptr(GArray) out = g_array_sized_new (FALSE, FALSE, sizeof (PlxFoundQuote),
                                             ctx->quotes->len + ctx->turns->len);
  struct { Para *p; int entity; } news[MAX_MERGES];
  guint n_new = 0;

  for (guint t = 0; t < ctx->turns->len; t++)
    {
      Turn *tt = &g_array_index (ctx->turns, Turn, t);
      Para *pa = &ctx->paras[tt->p_first];
      PlxFoundQuote q = { 0 };
      guint first = pa->content, end = ctx->paras[tt->p_end - 1].end;

      if (tt->external)
        continue;
      if (pa->new_person && tt->fixed && tt->entity < 0)
        {
          /* the same label again is the same person; a few new people at most */
          for (guint k = 0; k < n_new && tt->entity < 0; k++)
            if (same_words (ctx, news[k].p, pa))
              tt->entity = news[k].entity;
          if (tt->entity < 0 && n_new < MAX_MERGES)
            {
              tt->entity = plx_people_add_person (ctx->people, pa->label_first, pa->label_end);
              news[n_new].p = pa;
              news[n_new].entity = tt->entity;
              n_new++;
            }
        }
      if (pa->label == LABEL_NAME && pa->label_end > pa->label_first && tt->entity >= 0)
        plx_people_add_mention (ctx->people, pa->label_first, pa->label_end, tt->entity, PLX_MENTION_NAME);
      if (pa->quoted)
        {
          /* the quote in marks after the label is the engine's: it only
           * gets the label's speaker, below */
          pa->quote_speaker = tt->entity + 1;
          continue;
        }
      for (guint p = tt->p_first; p < tt->p_end; p++)
        ctx->paras[p].covered = TRUE;
      /* "(laughs) Celtic can call me." */
      if (is_char (ctx, first, '('))
        {
          guint c = first + 1;

          while (c < end && c <= first + MAX_PAREN_TOKENS && !is_char (ctx, c, ')'))
            c++;
          if (c + 1 < end && is_char (ctx, c, ')'))
            first = c + 1;
        }
      if (first >= end)
        continue;
      q.first = first;
      q.end = end;
      q.open = pa->first;
      q.close = PLX_NO_TOKEN;
      q.kind = tt->dash ? PLX_QUOTE_DASH : PLX_QUOTE_DIRECT;
      q.entity = tt->entity;
      q.attr_end = end;
      q.attributed = tt->entity >= 0;
      g_array_append_val (out, q);
    }
  /* the quotes a turn covers are part of it; scare quotes stay */
  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      guint p = plx_tokens_paragraph_of (ctx->tokens, q->open != PLX_NO_TOKEN ? q->open : q->first);

      if (!q->scare && p < ctx->n_paras && ctx->paras[p].covered)
        continue;
      if (p < ctx->n_paras && ctx->paras[p].quote_speaker > 0 && q->entity < 0
          && (!q->scare || q->open == ctx->paras[p].content))
        {
          /* "OLSEN: “…”", «Лапин: «…»»: the label names the speaker */
          q->entity = ctx->paras[p].quote_speaker - 1;
          q->attributed = TRUE;
          q->scare = FALSE;
        }
      g_array_append_val (out, *q);
    }
  plx_array_sort_runs (out, compare_quotes);
  g_array_set_size (ctx->quotes, 0);
  g_array_append_vals (ctx->quotes, out->data, out->len);
}

/* «Академик РАН: …» over «академик РАН Валентин Рожков»: the first person
 * of the article whose name follows the label's role word; -1 */
static int
titled_later (Ctx   *ctx,
              guint  role)
{
  PlxPeople *people = ctx->people;
  char key[KEY_SIZE], other[KEY_SIZE];
  PlxToken *t = tok (ctx, role);

  if ((!plx_tokens_class (ctx->tokens, role, PLX_LEX_ROLE_NOUNS) && !plx_tokens_class (ctx->tokens, role, PLX_LEX_HEAD_WORDS))
      || !plx_lexicon_key (ctx->lexicon, ctx->tokens->text + t->start, t->len, key, sizeof key) || key[0] == '\0')
    return -1;
  for (guint m = 0; m < people->mentions->len; m++)
    {
      PlxMention *mm = &g_array_index (people->mentions, PlxMention, m);

      if (mm->entity < 0 || mm->kind != PLX_MENTION_NAME || mm->first <= role + 1)
        continue;
      /* (a quoted name inside the title counts for nothing: "глава
       * «Северной верфи» Олег Бережной") */
      for (guint i = mm->first - 1, skip = 0; i + TITLE_DISTANCE + skip >= mm->first && i > role; i--)
        {
          PlxToken *w = tok (ctx, i);

          if ((w->kind == PLX_TOK_QUOTE || (w->flags & PLX_TF_IN_QUOTE)) && skip < MAX_LABEL_WORDS + 2)
            {
              skip++;
              continue;
            }
          if (!is_word (ctx, i))
            break;
          if (plx_lexicon_key (ctx->lexicon, ctx->tokens->text + w->start, w->len, other, sizeof other)
              && g_str_equal (key, other))
            return mm->entity;
        }
    }
  return -1;
}

static gboolean folded (Ctx *ctx, guint i, char *buf);

/* «Глава «Северэнерго»: …» over «генеральный директор компании
 * «Северэнерго» Павел Кружков», «Глава Российского зернового союза: …»
 * over «президент Российского зернового союза X»: another role word, but
 * every word of the label after its role word [@role + 1, @colon) stands
 * (in any case) among the title words right before a later name — that
 * person; -1 */
static int
titled_by_complement (Ctx      *ctx,
                      guint     role,
                      guint     colon,
                      gboolean  same_head)
{
  PlxPeople *people = ctx->people;
  char want[4][KEY_SIZE], other[KEY_SIZE], head[KEY_SIZE];
  guint n = 0;

  /* (the role word itself as written, when asked: «Мэр» is no «Мэрия») */
  if (same_head && !folded (ctx, role, head))
    return -1;

  for (guint i = role + 1; i < colon; i++)
    {
      PlxToken *t = tok (ctx, i);

      if (t->kind == PLX_TOK_QUOTE)
        continue;
      if (!is_word (ctx, i) || n == G_N_ELEMENTS (want)
          || !plx_lexicon_key (ctx->lexicon, ctx->tokens->text + t->start, t->len, want[n], KEY_SIZE)
          || want[n][0] == '\0')
        return -1;
      n++;
    }
  if (n == 0)
    return -1;
  for (guint m = 0; m < people->mentions->len; m++)
    {
      PlxMention *mm = &g_array_index (people->mentions, PlxMention, m);
      guint found = 0;
      gboolean headed = !same_head;

      if (mm->entity < 0 || mm->kind != PLX_MENTION_NAME || mm->first <= colon + 1)
        continue;
      for (guint i = mm->first - 1; !headed && i + 8 >= mm->first && i > colon && is_word (ctx, i); i--)
        headed = folded (ctx, i, other) && g_str_equal (head, other);
      if (!headed)
        continue;
      for (guint k = 0; k < n; k++)
        for (guint i = mm->first - 1; i + 8 >= mm->first && i > colon; i--)
          {
            PlxToken *w = tok (ctx, i);

            if (w->kind == PLX_TOK_QUOTE)
              continue;
            if (!is_word (ctx, i))
              break;
            if (plx_lexicon_key (ctx->lexicon, ctx->tokens->text + w->start, w->len, other, sizeof other)
                && g_str_equal (want[k], other))
              {
                found++;
                break;
              }
          }
      if (found == n)
        return mm->entity;
    }
  return -1;
}

/* "say", «рассказали», «говорят»: a verb form of several speakers */
static gboolean
verb_plural (Ctx  *ctx,
             guint i)
{
  static const char *const plural_endings[] = { "ли", "ют", "ят", "ут" };
  PlxToken *t = tok (ctx, i);

  if (!plx_lexicon_is_inflected (ctx->lexicon))
    return t->len < 2 || ctx->tokens->text[t->start + t->len - 1] != 's';
  return plx_tokens_ends_with_any (ctx->tokens, i, plural_endings, G_N_ELEMENTS (plural_endings), 0);
}

/* The word @i folded to lower case into @buf; FALSE when it does not fit. */
static gboolean
folded (Ctx  *ctx,
        guint i,
        char *buf)
{
  PlxToken *t = tok (ctx, i);

  return plx_lexicon_fold (ctx->lexicon, ctx->tokens->text + t->start, t->len, buf, KEY_SIZE);
}

/* "‘WE WERE IN THE WATER’ Brit dad tells …" over "… we were in the water
 * in seconds,” Gareth said": the speaker of a later quote of the body that
 * opens with the same first words as the headline quote @h; -1 */
static int
repeated_by (Ctx                 *ctx,
             const PlxFoundQuote *h)
{
  char a[KEY_SIZE], want[3][KEY_SIZE];
  gboolean fits[3];
  guint n = 0;

  /* the headline's words folded once, not at every comparison */
  for (guint i = h->first; i < h->end && n < 3; i++)
    if (is_word (ctx, i))
      {
        fits[n] = folded (ctx, i, want[n]);
        n++;
      }
  if (n < 3)
    return -1;
  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      const PlxFoundQuote *o = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      guint w = 0;

      if (o->scare || o->fragment || o->entity < 0 || o->first <= h->end)
        continue;
      /* the words may open the quote or a sentence a few words into it */
      for (guint i = o->first; i < o->end && i < o->first + 12 && w < n; i++)
        {
          gboolean fit;

          if (!is_word (ctx, i))
            continue;
          fit = folded (ctx, i, a);
          if (fit && fits[w] && strcmp (a, want[w]) == 0)
            w++;
          else
            w = fit && fits[0] && strcmp (a, want[0]) == 0;
        }
      if (w == n)
        return o->entity;
    }
  return -1;
}

/* The speaker a headline label or speaker phrase [f, j) of paragraph @p
 * names: a name in it after nothing but capitalised titles ("CM Rathore"),
 * else, when a role word is in it («Глава района», "Eyewitness"), the
 * person who bears that role later in the article, the speaker of the same
 * words in the body (@h) or, with no name in the phrase at all, the first
 * person the next paragraphs name (the interview's standfirst or the
 * entry's first line); -1. @speaker: the
 * phrase names a person or a role at all. */
static int
marked_headline_speaker (Ctx                 *ctx,
                         const PlxFoundQuote *h,
                         guint                f,
                         guint                j,
                         guint                p,
                         gboolean            *speaker)
{
  int m = plx_people_mention_from (ctx->people, f), e = -1;
  gboolean named = FALSE;

  *speaker = FALSE;
  if (m >= 0 && g_array_index (ctx->people->mentions, PlxMention, m).first < j)
    {
      PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);
      gboolean titles = TRUE;

      named = TRUE;
      for (guint i = f; i < mm->first && titles; i++)
        titles = is_word (ctx, i) && (tok (ctx, i)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS));
      if (titles && mm->entity >= 0 && mm->kind == PLX_MENTION_NAME)
        {
          *speaker = TRUE;
          return mm->entity;
        }
    }
  for (guint i = f; i < j && !*speaker; i++)
    if (is_word (ctx, i) && !(tok (ctx, i)->flags & PLX_TF_IN_QUOTE)
        && (plx_tokens_class (ctx->tokens, i, PLX_LEX_ROLE_NOUNS)
            || plx_tokens_class (ctx->tokens, i, PLX_LEX_ANONYMOUS_ROLES)
            || plx_tokens_class (ctx->tokens, i, PLX_LEX_GENERIC_ROLES)))
      {
        *speaker = TRUE;
        /* searches of the whole article for the headline only, not for
         * every heading of a live page */
        if (p < HEADLINE_PARAGRAPHS && (e = repeated_by (ctx, h)) < 0)
          e = titled_later (ctx, i);
      }
  if (!*speaker || e >= 0 || named)
    return e;
  for (guint n = p + 1; n < ctx->n_paras && n <= p + HEADLINE_PARAGRAPHS; n++)
    {
      Para *np = &ctx->paras[n];
      int k;

      if (plx_tokens_class (ctx->tokens, np->first, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_BYLINE))
        continue;
      k = plx_people_mention_from (ctx->people, np->first);
      if (k >= 0 && g_array_index (ctx->people->mentions, PlxMention, k).first < np->end
          && g_array_index (ctx->people->mentions, PlxMention, k).kind == PLX_MENTION_NAME)
        return g_array_index (ctx->people->mentions, PlxMention, k).entity;
      break;
    }
  return -1;
}

/* «Губернатор Заречной области: «…»», "14:05 GMT – Witness: ‘…’" (a
 * headline, a standfirst or a heading line with no full stop after it, the
 * quote closing it): the label before the colon names the speaker of the
 * quote in marks, or an organisation (no speaker); «…»: отец матроса — о
 * приговоре, "‘…’: CM Rathore tells rally", "‘…’ Scots gran tells of …"
 * (a headline opening on the quote): the phrase after it does. A topic
 * label or phrase leaves the quote a scare quote. */
static void
marked_headlines (Ctx *ctx)
{
  for (guint k = 0; k < ctx->quotes->len; k++)
    {
      PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
      guint p, f, j, pend;
      gboolean speaker, org = FALSE;
      int e;

      if (q->entity >= 0 || !(q->scare || q->fragment) || q->open == PLX_NO_TOKEN || q->close == PLX_NO_TOKEN
          || q->end <= q->first)
        continue;
      p = plx_tokens_paragraph_of (ctx->tokens, q->open);
      if (p >= ctx->n_paras || ctx->paras[p].covered)
        continue;
      pend = ctx->paras[p].end;
      if (q->open > ctx->paras[p].first && is_char (ctx, q->open - 1, ':')
          && (q->close + 1 == pend || (q->close + 2 == pend && (tok (ctx, q->close + 1)->flags & PLX_TF_TERMINATOR)))
          && (p < HEADLINE_PARAGRAPHS || !(tok (ctx, q->close - 1)->flags & PLX_TF_TERMINATOR)))
        {
          /* the label: back to the paragraph's start or a full stop, past
           * a time stamp and its dash ("11:40 GMT – Witness:") */
          j = q->open - 1;
          f = ctx->paras[p].first;
          while (f < j && (tok (ctx, f)->kind == PLX_TOK_NUMBER || is_char (ctx, f, ':') || is_char (ctx, f, '.')
                           || (is_word (ctx, f) && (tok (ctx, f)->flags & PLX_TF_ALLCAPS))))
            f++;
          if (f > ctx->paras[p].first && f < j && tok (ctx, f)->kind == PLX_TOK_DASH
              && tok (ctx, ctx->paras[p].first)->kind == PLX_TOK_NUMBER)
            f++;
          else
            {
              f = j;
              while (f > ctx->paras[p].first && !(tok (ctx, f - 1)->flags & PLX_TF_TERMINATOR)
                     && !is_char (ctx, f - 1, ',') && !is_char (ctx, f - 1, ':') && j - f < 10)
                f--;
              if (f > ctx->paras[p].first && !(tok (ctx, f - 1)->flags & PLX_TF_TERMINATOR))
                continue;
            }
          if (f >= j || !is_word (ctx, f) || !(tok (ctx, f)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS))
              || plx_tokens_class (ctx->tokens, f, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_BYLINE))
            continue;
          /* a label is a short noun phrase ("Council votes to shut three
           * libraries: ‘…’" is a headline of its own) */
          for (guint i = f, words = 0; i < j && !org; i++)
            {
              words += is_word (ctx, i) && !(tok (ctx, i)->flags & PLX_TF_IN_QUOTE);
              org = plx_tokens_class (ctx->tokens, i, PLX_CLASS_SPEECH) || words > 4;
            }
          if (org)
            continue;
          e = marked_headline_speaker (ctx, q, f, j, p, &speaker);
          org = !speaker && (plx_tokens_class (ctx->tokens, f, PLX_LEX_ORG_WORDS)
                             || plx_tokens_class (ctx->tokens, j - 1, PLX_LEX_ORG_WORDS)
                             || plx_tokens_class (ctx->tokens, f, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_INSTITUTIONS));
          if (!speaker && !org)
            continue;
          q->kind = PLX_QUOTE_COLON;
        }
      else if (p < HEADLINE_PARAGRAPHS && q->open == ctx->paras[p].first && q->close + 2 < pend)
        {
          guint verb = PLX_NO_TOKEN;

          /* the speaker phrase: up to a speech verb, a dash, a preposition
           * of the topic or the paragraph's end */
          f = q->close + 1 + is_char (ctx, q->close + 1, ':');
          for (j = f; j < pend && j < f + 6 && (is_word (ctx, j) || tok (ctx, j)->kind == PLX_TOK_QUOTE); j++)
            {
              if (plx_tokens_class (ctx->tokens, j, PLX_CLASS_SPEECH) && j > f)
                {
                  verb = j;
                  break;
                }
              if (j > f && plx_tokens_class (ctx->tokens, j, PLX_LEX_PREPOSITIONS)
                  && !(tok (ctx, j)->flags & PLX_TF_CAP))
                break;
            }
          if (j == f || j >= f + 6)
            continue;
          if (verb == PLX_NO_TOKEN
              && !(j == pend || plx_tokens_class (ctx->tokens, j, PLX_LEX_PREPOSITIONS)
                   || (tok (ctx, j)->kind == PLX_TOK_DASH && j + 1 < pend
                       && plx_tokens_class (ctx->tokens, j + 1, PLX_LEX_PREPOSITIONS))))
            continue;
          if (verb == PLX_NO_TOKEN && f == q->close + 1)
            continue;
          /* without a verb the phrase is the speaker's name or role, its
           * head last ("…: Coastal Jet's chief executive on …"), not a
           * clause of the headline ("…: cabin crew strike at Heathrow") */
          if (verb == PLX_NO_TOKEN && !plx_lexicon_is_inflected (ctx->lexicon)
              && !(plx_people_mention_at (ctx->people, j - 1) >= 0
                   || (j - 1 > f && (plx_tokens_class (ctx->tokens, j - 2, PLX_LEX_ROLE_NOUNS)
                                     || plx_tokens_class (ctx->tokens, j - 2,
                                                          PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_TITLES)))
                   || plx_tokens_class (ctx->tokens, j - 1, PLX_LEX_ROLE_NOUNS)
                   || plx_tokens_class (ctx->tokens, j - 1, PLX_LEX_ANONYMOUS_ROLES)
                   || plx_tokens_class (ctx->tokens, j - 1, PLX_LEX_GENERIC_ROLES)))
            continue;
          e = marked_headline_speaker (ctx, q, f, j, p, &speaker);
          /* one person tells ("Brit dad tells of …", «… рассказал»); a
           * group's verb ("tenants say", «жители потребовали») names no
           * speaker */
          if (verb != PLX_NO_TOKEN ? verb_plural (ctx, verb) : !speaker)
            continue;
          q->kind = PLX_QUOTE_DIRECT;
          if (verb != PLX_NO_TOKEN)
            {
              q->cue_first = verb;
              q->cue_end = verb + 1;
            }
        }
      else if (p + 1 < HEADLINE_PARAGRAPHS && p + 1 < ctx->n_paras && q->open == ctx->paras[p].first
               && (q->close + 1 == pend || (q->close + 2 == pend && (tok (ctx, q->close + 1)->flags & PLX_TF_TERMINATOR))))
        {
          /* «…» ¶ «Директор заповедника Анна Орлова — о тропе …»: a
           * headline that is only the quote, over a standfirst that names
           * the speaker before a dash and the topic */
          Para *np = &ctx->paras[p + 1];

          f = np->first;
          for (j = f; j < np->end && j < f + 12 && is_word (ctx, j); j++)
            ;
          if (j == f || j + 1 >= np->end || tok (ctx, j)->kind != PLX_TOK_DASH
              || !plx_tokens_class (ctx->tokens, j + 1, PLX_LEX_PREPOSITIONS)
              || !(tok (ctx, f)->flags & PLX_TF_CAP))
            continue;
          e = marked_headline_speaker (ctx, q, f, j, p + 1, &speaker);
          if (!speaker)
            continue;
          q->kind = PLX_QUOTE_DIRECT;
        }
      else
        continue;
      if (e < 0 && !speaker && q->kind == PLX_QUOTE_DIRECT)
        e = repeated_by (ctx, q);
      q->entity = e;
      q->attributed = e >= 0;
      q->scare = FALSE;
      q->fragment = FALSE;
      q->attr_end = q->close + 1;
    }
}

/* Add the statement of a labelled paragraph @pa ("Label: …"), from token
 * @first to the paragraph's end, as a colon quote of @entity. */
static void
add_label_quote (Ctx       *ctx,
                 const Para *pa,
                 guint      first,
                 int        entity,
                 gboolean   attributed)
{
  PlxFoundQuote q = { 0 };

  q.first = first;
  q.end = pa->end;
  q.open = pa->first;
  q.close = PLX_NO_TOKEN;
  q.kind = PLX_QUOTE_COLON;
  q.entity = entity;
  q.attr_end = pa->end;
  q.attributed = attributed;
  g_array_append_val (ctx->quotes, q);
}

/* The end of a live page's time stamp opening at @i ("20:58 GMT",
 * "11:40 a.m. ET", "12:55" on a line of its own, "13:51 –" before the
 * heading), @i when none there. */
static guint
time_stamp_end (Ctx   *ctx,
                guint  i,
                guint  end)
{
  guint j = i + 3;

  if (i + 2 >= end || tok (ctx, i)->kind != PLX_TOK_NUMBER || !(is_char (ctx, i + 1, ':') || is_char (ctx, i + 1, '.'))
      || tok (ctx, i + 2)->kind != PLX_TOK_NUMBER)
    return i;
  /* (a zone or a.m./p.m.: short words and their periods) */
  while (j < end && j < i + 8 && !(tok (ctx, j)->flags & PLX_TF_LINE_START)
         && ((is_word (ctx, j) && tok (ctx, j)->len <= 4) || is_char (ctx, j, '.')))
    j++;
  /* ("13:51 - Fire service: …": the heading after a dash) */
  if (j + 1 < end && tok (ctx, j)->kind == PLX_TOK_DASH && !(tok (ctx, j)->flags & PLX_TF_LINE_START))
    return j + 1;
  return j == end || (tok (ctx, j)->flags & PLX_TF_LINE_START) ? j : i;
}

/* "Harbour Rail: … ¶ Harbour Rail said …": the post under a heading's
 * label opens on the label's words and a speech verb after them; when a
 * name follows them instead ("Harbourmaster: … ¶ Harbourmaster Jo Roe
 * said …"), @entity receives that person. */
static gboolean
label_speaks_below (Ctx  *ctx,
                    guint  f,
                    guint  j,
                    Para  *np,
                    int   *entity)
{
  guint b = np->first, after;
  int m;

  /* ("… ¶ A Treasury spokesperson said …") */
  if ((plx_tokens_class (ctx->tokens, b, PLX_LEX_DETERMINERS) || plx_tokens_class (ctx->tokens, b, PLX_LEX_INDEFINITES))
      && !plx_tokens_class (ctx->tokens, f, PLX_LEX_DETERMINERS))
    b++;
  after = b + (j - f);
  if (after >= np->end || !same_tokens (ctx, f, b, j - f))
    return FALSE;
  if ((m = plx_people_mention_at (ctx->people, after)) >= 0)
    {
      *entity = g_array_index (ctx->people->mentions, PlxMention, m).entity;
      return FALSE;
    }
  for (guint i = after; i < np->end && i < after + 3; i++)
    if (plx_tokens_class (ctx->tokens, i, PLX_CLASS_SPEECH))
      return TRUE;
  return FALSE;
}

/* Whether one of the speech quotes ctx->quotes[*@from, @lim) overlaps
 * paragraph @pa; the quotes come in text order, and *@from moves past the
 * ones that end before it (for the next paragraph) */
static gboolean
speech_in (Ctx        *ctx,
           const Para *pa,
           guint      *from,
           guint       lim)
{
  while (*from < lim && g_array_index (ctx->quotes, PlxFoundQuote, *from).end <= pa->first
         && g_array_index (ctx->quotes, PlxFoundQuote, *from).first < pa->first)
    (*from)++;
  for (guint k = *from; k < lim; k++)
    {
      PlxFoundQuote *o = &g_array_index (ctx->quotes, PlxFoundQuote, k);

      if (o->first >= pa->end && (o->open == PLX_NO_TOKEN || o->open >= pa->end))
        break;
      if (!o->scare && o->end > pa->first && o->first < pa->end)
        return TRUE;
    }
  return FALSE;
}

/* "18:20 CET ¶ Analyst: the numbers barely add up", "12:55 / Harbour
 * Rail: 'no trains' before noon": the heading of a live page's post,
 * a line under its time stamp with no full stop at its end, under a role
 * or an organisation's label is a colon quote (stop 11): of the person the
 * post's first paragraph names for a role, of no one for an organisation
 * or a group ("Forecasters:"); a topic label ("Pictures:") heads none. */
static gboolean
live_headings (Ctx   *ctx,
               guint  n_quotes)
{
  static const char *const plural_roles[] = { "ки", "ры", "ты", "ли", "цы", "чи" };
  gboolean added = FALSE;
  guint qk = 0;

  for (guint p = HEADLINE_PARAGRAPHS; p + 1 < ctx->n_paras; p++)
    {
      Para *pa = &ctx->paras[p], *pp = &ctx->paras[p - 1], *np = &ctx->paras[p + 1];
      guint f = pa->first, j, c, words = 0;
      int entity = -1, m;
      gboolean found = FALSE;

      if (pa->covered || pa->blocked || pa->dash || pa->quoted || pa->credit || pa->crosslink || pa->ends_q
          || (tok (ctx, pa->end - 1)->flags & PLX_TF_TERMINATOR))
        continue;
      c = time_stamp_end (ctx, f, pa->end);
      if (c > f && c < pa->end)
        f = c;
      else if (c > f || time_stamp_end (ctx, pp->first, pp->end) != pp->end)
        continue;
      for (j = f; j < pa->end && j < f + MAX_LABEL_WORDS && is_word (ctx, j); j++)
        ;
      if (j == f || j + 1 >= pa->end || !is_char (ctx, j, ':') || !(tok (ctx, f)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS))
          || (tok (ctx, j + 1)->kind == PLX_TOK_QUOTE && tok (ctx, pa->end - 1)->kind == PLX_TOK_QUOTE)
          || (f == pa->first && pa->label == LABEL_NAME && pa->entity >= 0 && !pa->anonymous
              && plx_people_mention_at (ctx->people, f) >= 0))
        continue;
      /* the heading is one line */
      for (c = j + 1; c < pa->end && !found; c++)
        {
          words += is_word (ctx, c);
          found = (tok (ctx, c)->flags & PLX_TF_LINE_START) != 0;
        }
      if (found || words < MIN_HEADLINE_WORDS)
        continue;
      /* (a role's person is the one the post below names) */
      if (f == pa->first && pa->label == LABEL_NAME && pa->entity >= 0 && !pa->anonymous && !role_word (ctx, j - 1))
        entity = pa->entity;
      else if ((m = plx_people_mention_at (ctx->people, f)) >= 0)
        {
          entity = g_array_index (ctx->people->mentions, PlxMention, m).entity;
          if (entity < 0)
            continue;
        }
      /* (an organisation's, unless a person's role word ends it: "Health
       * secretary:", "Economist:", not "Police:") */
      else if (!((plx_tokens_class (ctx->tokens, j - 1, PLX_LEX_ORG_WORDS)
                  && !(plx_tokens_class (ctx->tokens, j - 1, PLX_LEX_ROLE_NOUNS)
                       && !plx_tokens_class (ctx->tokens, j - 1, PLX_LEX_ANONYMOUS_ROLES)))
                 || ((plx_tokens_class (ctx->tokens, f, PLX_LEX_ORG_WORDS)
                      || plx_tokens_class (ctx->tokens, f, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_INSTITUTIONS))
                     && !role_word (ctx, j - 1))
                 || label_speaks_below (ctx, f, j, np, &entity)))
        {
          PlxToken *h = tok (ctx, j - 1);
          const char *ht = ctx->tokens->text + h->start;
          /* a group's role ("Forecasters:", «Синоптики:»), not one person's */
          gboolean group = !plx_lexicon_is_inflected (ctx->lexicon)
                             ? h->len > 3 && ht[h->len - 1] == 's' && ht[h->len - 2] != 's'
                             : plx_tokens_ends_with_any (ctx->tokens, j - 1, plural_roles, G_N_ELEMENTS (plural_roles), 0);

          /* (the head last: "Fire chief:", "Transport secretary:") */
          if (entity < 0 && !role_word (ctx, j - 1)
              && !(group && !plx_lexicon_is_inflected (ctx->lexicon)
                   && plx_lexicon_has (ctx->lexicon, PLX_LEX_ROLE_NOUNS, ht, h->len - 1)))
            continue;
          if (!group && entity < 0)
            for (int m = plx_people_mention_from (ctx->people, np->first);
                 m >= 0 && (guint) m < ctx->people->mentions->len; m++)
              {
                PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

                if (mm->first >= np->end)
                  break;
                if (mm->entity < 0 || mm->kind == PLX_MENTION_BYLINE || mm->entity == entity)
                  continue;
                if (entity >= 0)
                  {
                    entity = titled_later (ctx, f);
                    break;
                  }
                entity = mm->entity;
              }
          /* (a role whose person the post does not name heads a topic:
           * "Mayor: bridge shut …" over "Crews arrived …") */
          if (!group && entity < 0)
            continue;
        }
      /* speech the quote finder found there already (the quotes added
       * since are all in earlier paragraphs) */
      if (speech_in (ctx, pa, &qk, n_quotes))
        continue;
      add_label_quote (ctx, pa, j + 1, entity, entity >= 0);
      if (entity >= 0)
        plx_people_add_mention (ctx->people, f, j, entity, PLX_MENTION_NAME);
      added = TRUE;
    }
  return added;
}

/* "Peskov: the Kremlin will not comment", «МИД РФ: Москва рассчитывает …»:
 * a headline or standfirst under a speaker label without quotation marks
 * is a colon quote of the labelled person; under the label of an
 * organisation it has no speaker. Topic labels ("Heatwave: …"), credits
 * and questions are none. */
static void
headline_labels (Ctx *ctx)
{
  gboolean added = FALSE;
  guint qk = 0, n_quotes = ctx->quotes->len;

  /* the headline and the standfirst, and the heading lines of a live page
   * further down (no full stop at their end) */
  for (guint p = 0; p < ctx->n_paras; p++)
    {
      Para *pa = &ctx->paras[p];
      guint f = pa->label_first, j = pa->label_end, words = 0;
      int entity = -1;
      gboolean speech = FALSE;

      if (pa->label != LABEL_NAME || pa->quoted || pa->covered || pa->blocked || pa->ends_q || pa->dash
          || j <= f || pa->content >= pa->end
          /* further down only under a person's name ("O'Donnell: Russia
           * is jamming …"): a role or an organisation there heads a topic
           * or a credit ("SOURCE: …", "Governor: National Guard deployed …") */
          || (p >= HEADLINE_PARAGRAPHS
              && ((tok (ctx, pa->end - 1)->flags & PLX_TF_TERMINATOR) || pa->entity < 0 || pa->anonymous
                  || plx_people_mention_at (ctx->people, f) < 0))
          || plx_tokens_class (ctx->tokens, f, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_BYLINE))
        continue;
      for (guint i = pa->content; i < pa->end; i++)
        {
          if (tok (ctx, i)->kind == PLX_TOK_QUOTE && i == pa->content)
            break;
          words += is_word (ctx, i);
        }
      if (words < MIN_HEADLINE_WORDS)
        continue;
      /* speech the quote finder found there already */
      if (speech_in (ctx, pa, &qk, n_quotes))
        continue;
      /* «Мэр Твери: …» over «мэр Твери Виктор Самсонов»: a role label
       * whose every word titles one person the body names (Russian) */
      if (plx_lexicon_is_inflected (ctx->lexicon) && p < HEADLINE_PARAGRAPHS && j > f + 1
          && (pa->entity < 0 || pa->anonymous
              || ((PlxEntity *) g_ptr_array_index (ctx->people->entities, pa->entity))->n_mentions <= 1)
          && (plx_tokens_class (ctx->tokens, f, PLX_LEX_ROLE_NOUNS) || plx_tokens_class (ctx->tokens, f, PLX_LEX_HEAD_WORDS))
          && (entity = titled_by_complement (ctx, f, j, TRUE)) >= 0)
        speech = TRUE;
      else if (pa->entity >= 0 && !pa->anonymous)
        {
          entity = pa->entity;
          speech = TRUE;
        }
      else if (plx_tokens_class (ctx->tokens, f, PLX_LEX_ORG_WORDS)
               || plx_tokens_class (ctx->tokens, j - 1, PLX_LEX_ORG_WORDS)
               || plx_tokens_class (ctx->tokens, f, PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_INSTITUTIONS))
        speech = TRUE;
      else if ((entity = titled_later (ctx, f)) >= 0)
        speech = TRUE;
      else
        {
          /* "Minister: …": a role naming no one the article names */
          speech = TRUE;
          for (guint i = f; i < j && speech; i++)
            speech = plx_tokens_class (ctx->tokens, i, PLX_LEX_ROLE_NOUNS);
        }
      if (!speech)
        continue;
      add_label_quote (ctx, pa, pa->content, entity, entity >= 0);
      if (entity >= 0)
        plx_people_add_mention (ctx->people, f, j, entity, PLX_MENTION_NAME);
      added = TRUE;
    }
  added |= live_headings (ctx, n_quotes);
  /* «Глава района: «…»», «Вице-мэр: …»: a role label of lower-case or
   * quoted words (no speaker label of the transcript finder) before the
   * colon of a headline, for the person the body names with that role */
  /* (also opening the headline's second or third sentence: "Жильцы …
   * во двор. Глава района: «…»") */
  for (guint p = 0, f = G_MAXUINT, n = 0; p < ctx->n_paras && p < HEADLINE_PARAGRAPHS; p++, f = G_MAXUINT, n = 0)
    while ((f == G_MAXUINT || f < ctx->paras[p].end) && n++ < 3)
    {
      Para *pa = &ctx->paras[p];
      guint c;
      int entity;

      if (f == G_MAXUINT)
        f = pa->first;
      else
        {
          while (++f < pa->end && !(tok (ctx, f - 1)->flags & PLX_TF_TERMINATOR))
            ;
          if (f >= pa->end)
            break;
        }
      c = f + 1;
      if (pa->covered || pa->blocked || pa->dash || pa->end <= f + 3 || !is_word (ctx, f)
          || (pa->label != LABEL_NONE && !(pa->label == LABEL_NAME && pa->quoted))
          || !(plx_tokens_class (ctx->tokens, f, PLX_LEX_ROLE_NOUNS) || plx_tokens_class (ctx->tokens, f, PLX_LEX_HEAD_WORDS)))
        continue;
      while (c < pa->end && c <= f + 6 && !is_char (ctx, c, ':')
             && (is_word (ctx, c) || tok (ctx, c)->kind == PLX_TOK_QUOTE) && plx_people_mention_at (ctx->people, c) < 0)
        c++;
      if (c + 1 >= pa->end || !is_char (ctx, c, ':')
          || ((entity = pa->label == LABEL_NAME && pa->entity >= 0 ? pa->entity : titled_later (ctx, f)) < 0
              && (!plx_lexicon_is_inflected (ctx->lexicon) || (entity = titled_by_complement (ctx, f, c, FALSE)) < 0)))
        continue;
      if (tok (ctx, c + 1)->kind == PLX_TOK_QUOTE)
        {
          /* the quote in marks after it is the finder's */
          for (guint k = 0; k < ctx->quotes->len; k++)
            {
              PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);

              if (q->open != c + 1 || q->entity >= 0 || q->fragment)
                continue;
              q->entity = entity;
              q->attributed = TRUE;
              q->scare = FALSE;
              q->kind = PLX_QUOTE_COLON;
              plx_people_add_mention (ctx->people, f, c, entity, PLX_MENTION_NAME);
              break;
            }
          continue;
        }
      if (pa->label != LABEL_NONE || pa->ends_q)
        continue;
      {
        gboolean found = FALSE;

        for (guint k = 0; k < ctx->quotes->len && !found; k++)
          {
            PlxFoundQuote *o = &g_array_index (ctx->quotes, PlxFoundQuote, k);

            found = !o->scare && o->end > pa->first && o->first < pa->end;
          }
        if (found)
          continue;
        add_label_quote (ctx, pa, c + 1, entity, TRUE);
        plx_people_add_mention (ctx->people, f, c, entity, PLX_MENTION_NAME);
        added = TRUE;
      }
    }
  /* "‘I wrote the ending first’: Jo Roe on her new novel": the quote
   * opening the headline is the words of the person named after the
   * colon, before a preposition of the topic or the headline's end */
  if (ctx->n_paras > 0 && !ctx->paras[0].covered)
    for (guint k = 0; k < ctx->quotes->len; k++)
      {
        PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);
        guint name_end;
        int e;

        if (q->open == PLX_NO_TOKEN || q->open > ctx->paras[0].first)
          break;
        if (q->entity >= 0 || (e = headline_person (ctx, q, &name_end)) < 0)
          continue;
        q->entity = e;
        q->attributed = TRUE;
        q->scare = FALSE;
        q->fragment = FALSE;
        q->kind = PLX_QUOTE_DIRECT;
        q->attr_end = name_end;
      }
  marked_headlines (ctx);
  /* "Heat pump slowdown: ‘People are waiting, not refusing’", "Bank chief
   * defends cut: ‘We would rather …’", "Frost – ‘…’": in an interview
   * whose answers all come from one person, whom the standfirst names, the
   * quote closing the headline after a colon or a dash is that person's
   * (not one opening it: "‘Don’t look down’: the flight a teacher will
   * never forget" may quote anyone) */
  if (ctx->n_paras > 0 && !ctx->paras[0].covered && ctx->turns->len > 0)
    {
      Para *pa = &ctx->paras[0];
      int who = -1;

      for (guint t = 0; t < ctx->turns->len && who >= -1; t++)
        {
          Turn *tt = &g_array_index (ctx->turns, Turn, t);

          /* (a labelled interviewer's turns are no answers) */
          if (tt->role != ROLE_A || tt->external || ctx->paras[tt->p_first].ends_q
              || (tt->entity >= 0 && (tt->entity == ctx->interviewer || tt->entity == ctx->interviewer_named)))
            continue;
          if (tt->entity < 0 || (who >= 0 && tt->entity != who))
            who = -2;
          else
            who = tt->entity;
        }
      /* … whom the standfirst names (the headline's words may be someone
       * else's, said in the body) */
      if (who >= 0)
        {
          gboolean named = FALSE;

          for (guint p = 1; p < ctx->n_paras && p <= LOOKBACK_PARAGRAPHS && !named; p++)
            for (int m = plx_people_mention_from (ctx->people, ctx->paras[p].first);
                 m >= 0 && (guint) m < ctx->people->mentions->len && !named; m++)
              {
                PlxMention *mm = &g_array_index (ctx->people->mentions, PlxMention, m);

                if (mm->first >= ctx->paras[p].end)
                  break;
                named = mm->entity == who && mm->kind != PLX_MENTION_BYLINE;
              }
          if (!named)
            who = -1;
        }
      for (guint k = 0; k < ctx->quotes->len && who >= 0; k++)
        {
          PlxFoundQuote *q = &g_array_index (ctx->quotes, PlxFoundQuote, k);

          if (q->open == PLX_NO_TOKEN || q->open >= pa->end)
            break;
          if (q->close == PLX_NO_TOKEN || q->entity >= 0 || q->open <= pa->first + 1 || q->close + 1 != pa->end
              || !(is_char (ctx, q->open - 1, ':') || tok (ctx, q->open - 1)->kind == PLX_TOK_DASH))
            continue;
          if (q->scare)
            q->kind = PLX_QUOTE_DIRECT;
          q->entity = who;
          q->attributed = TRUE;
          q->scare = FALSE;
          q->fragment = FALSE;
          q->attr_end = q->close + 1;
          break;
        }
    }
  if (added)
    plx_array_sort_runs (ctx->quotes, compare_quotes);
}

guint
plx_transcript_find (PlxTokens  *tokens,
                     PlxPeople  *people,
                     PlxLexicon *lexicon,
                     GArray     *quotes)
{
  Ctx ctx = { 0 };
  guint n_turns;

  g_return_val_if_fail (tokens != NULL && people != NULL && lexicon != NULL && quotes != NULL, 0);

  ctx.tokens = tokens;
  ctx.people = people;
  ctx.lexicon = lexicon;
  ctx.quotes = quotes;
  ctx.n = tokens->tokens->len;
  ctx.n_paras = tokens->paragraphs->len;
  ctx.interviewer = -1;
  ctx.interviewer_named = -1;
  if (ctx.n == 0 || ctx.n_paras < 2)
    return 0;
  ctx.paras = g_new0 (Para, ctx.n_paras);
  ctx.turns = g_array_new (FALSE, FALSE, sizeof (Turn));
  ctx.blocks = g_array_new (FALSE, FALSE, sizeof (Block));

  classify (&ctx);
  first_person_quotes (&ctx);
  find_one_sided (&ctx);
  find_labelled (&ctx);
  for (guint t = 0; t < ctx.turns->len; t++)
    {
      Turn *tt = &g_array_index (ctx.turns, Turn, t);

      for (guint p = tt->p_first; p < tt->p_end; p++)
        ctx.paras[p].covered = TRUE;
    }
  find_alternating (&ctx);

  n_turns = ctx.turns->len;
  if (n_turns > 0)
    {
      resolve_speakers (&ctx);
      for (guint b = 0; b < ctx.blocks->len; b++)
        {
          Block *bl = &g_array_index (ctx.blocks, Block, b);

          g_debug ("transcript: paragraphs %u–%u, interviewee %d, interviewer %d",
                   bl->p_first, bl->p_end, bl->interviewee, ctx.interviewer);
        }
      for (guint p = 0; p < ctx.n_paras; p++)
        ctx.paras[p].covered = FALSE;
      emit (&ctx);
    }
  headline_labels (&ctx);
  g_array_unref (ctx.turns);
  g_array_unref (ctx.blocks);
  g_free (ctx.paras);
  g_clear_pointer (&ctx.initials, g_hash_table_unref);
  return n_turns;
}

/* plx-tokenize.h — words, punctuation, quote marks, sentences, paragraphs
 *
 * One linear pass over normalized UTF-8 text. Every token carries its byte
 * offset and its Unicode code-point offset, so spans are cheap to report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

#include "plx-lexicon.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_TOK_WORD,
  PLX_TOK_NUMBER,
  PLX_TOK_PUNCT,
  PLX_TOK_QUOTE,
  PLX_TOK_DASH,
} PlxTokKind;

typedef enum
{
  PLX_QF_DOUBLE = 1,      /* " “ ” „ ‟ */
  PLX_QF_SINGLE = 2,      /* ' ‘ ’ ‚ */
  PLX_QF_GUILLEMET = 3,   /* « » */
  PLX_QF_ANGLE = 4,       /* ‹ › */
} PlxQuoteFamily;

enum
{
  PLX_TF_CAP        = 1 << 0,  /* starts with an upper-case letter */
  PLX_TF_ALLCAPS    = 1 << 1,  /* two or more letters, all upper case */
  PLX_TF_SENT_START = 1 << 2,
  PLX_TF_SENT_END   = 1 << 3,  /* a terminator that ends a sentence */
  PLX_TF_PARA_START = 1 << 4,
  PLX_TF_CAN_OPEN   = 1 << 5,  /* quote marks */
  PLX_TF_CAN_CLOSE  = 1 << 6,
  PLX_TF_SPACE_BEFORE = 1 << 7,
  PLX_TF_SPACE_AFTER  = 1 << 8,
  PLX_TF_ABBREV     = 1 << 9,  /* a word with its abbreviation period */
  PLX_TF_LINE_START = 1 << 10, /* first token after a line break */
  PLX_TF_TERMINATOR = 1 << 11, /* . ! ? … */
  PLX_TF_IN_QUOTE   = 1 << 12, /* inside a speech quote (set by the quote finder) */
  PLX_TF_CUE        = 1 << 13, /* the cue of a quote (set by the quote finder) */
  PLX_TF_LETTERS    = 1 << 14, /* a word of ASCII and Russian letters only (and an
                                * abbreviation's period): no digit, hyphen or apostrophe;
                                * set by the tokenizer's fast path only, so a word of
                                * letters may lack it (it only spares scans) */
};

typedef struct
{
  guint32 start;     /* byte offset */
  guint32 cp;        /* code-point offset */
  guint16 len;       /* bytes */
  guint16 cplen;     /* code points */
  guint8  kind;      /* PlxTokKind */
  guint8  family;    /* PlxQuoteFamily for quote marks, else the ASCII punct */
  guint16 flags;
} PlxToken;

typedef struct
{
  guint first;       /* token index */
  guint end;         /* one past the last token */
} PlxRange;

typedef struct
{
  const char *text;
  gsize       len;
  guint32     n_chars;
  GArray     *tokens;      /* PlxToken */
  GArray     *paragraphs;  /* PlxRange */
  guint64    *classes;     /* per token: plx_lexicon_classify() of words, else 0 */
  guint       last_para;   /* cache of plx_tokens_paragraph_of() */
  guint       other_para;  /* (and the answer before) */
  PlxToken   *data;        /* tokens->data and tokens->len: the array is not */
  guint       n_tokens;    /* resized once made */
  gsize       classes_cap; /* (private) entries allocated for classes */
} PlxTokens;

PlxTokens *plx_tokens_new       (const char *text,
                                 gsize       len,
                                 PlxLexicon *lexicon);
void       plx_tokens_free      (PlxTokens  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxTokens, plx_tokens_free)

static inline PlxToken *
plx_tokens_get (PlxTokens *self,
                guint      i)
{
  return &self->data[i];
}

static inline const char *
plx_token_str (PlxTokens *self,
               guint      i)
{
  return self->text + plx_tokens_get (self, i)->start;
}

/* TRUE when token @i exists and is a word. */
static inline gboolean
plx_tokens_is_word (PlxTokens *self,
                    guint      i)
{
  return i < self->n_tokens && plx_tokens_get (self, i)->kind == PLX_TOK_WORD;
}

/* TRUE when token @i is the word @w (ASCII letters, any case). Inline: it
 * is asked of every token, with a literal @w whose length the compiler
 * knows. */
G_ALWAYS_INLINE
static inline gboolean
plx_tokens_word_is (PlxTokens  *self,
                    guint       i,
                    const char *w)
{
  gsize n = strlen (w);
  const char *a;

  if (!plx_tokens_is_word (self, i) || plx_tokens_get (self, i)->len != n)
    return FALSE;
  /* g_ascii_strncasecmp (a, w, n) == 0, inline: @w holds no NUL */
  a = plx_token_str (self, i);
  for (gsize k = 0; k < n; k++)
    {
      guchar x = (guchar) a[k], y = (guchar) w[k];

      if (x != y && (x | 0x20) != (y | 0x20))
        return FALSE;
      if (x != y && !g_ascii_isalpha (x))
        return FALSE;
    }
  return TRUE;
}

/* TRUE when token @i exists and is punctuation of @family (see
 * PlxToken.family). */
static inline gboolean
plx_tokens_is_punct (PlxTokens *self,
                     guint      i,
                     char       family)
{
  return i < self->n_tokens && plx_tokens_get (self, i)->kind == PLX_TOK_PUNCT
         && plx_tokens_get (self, i)->family == (guint8) family;
}

static inline gboolean
plx_tokens_class (PlxTokens *self,
                  guint      i,
                  guint      bit)
{
  return i < self->n_tokens && (self->classes[i] & PLX_CLASS_BIT (bit)) != 0;
}

/* TRUE when token @i ends in one of the @n_endings byte strings
 * @endings and keeps more than @min_stem bytes before it ("Петрова"
 * ends in "ова" after four bytes); a rough test of case and word-class
 * endings. */
static inline gboolean
plx_tokens_ends_with_any (PlxTokens         *self,
                          guint              i,
                          const char * const *endings,
                          gsize              n_endings,
                          gsize              min_stem)
{
  const PlxToken *t = plx_tokens_get (self, i);
  const char *s = self->text + t->start;

  for (gsize k = 0; k < n_endings; k++)
    {
      gsize l = strlen (endings[k]);

      /* (the last bytes first: they tell most endings apart) */
      if (t->len > l + min_stem && (l == 0 || s[t->len - 1] == endings[k][l - 1])
          && memcmp (s + t->len - l, endings[k], l) == 0)
        return TRUE;
    }
  return FALSE;
}

/* TRUE when token @i is the single ASCII character @c. */
static inline gboolean
plx_tokens_is_char (PlxTokens *self,
                    guint      i,
                    char       c)
{
  return i < self->n_tokens && plx_tokens_get (self, i)->len == 1
         && self->text[plx_tokens_get (self, i)->start] == c;
}

/* The code point where token @i ends. */
static inline guint32
plx_tokens_cp_end (PlxTokens *self,
                   guint      i)
{
  return plx_tokens_get (self, i)->cp + plx_tokens_get (self, i)->cplen;
}
/* Start of the sentence that holds token @i (not before @limit). */
guint      plx_tokens_sentence_start (PlxTokens *self,
                                      guint      i,
                                      guint      limit);
#define PLX_MAX_SENTENCE 400

/* One past the end of the sentence that holds token @i (not after @limit,
 * nor more than PLX_MAX_SENTENCE tokens on). */
guint      plx_tokens_sentence_end   (PlxTokens *self,
                                      guint      i,
                                      guint      limit);
/* (private) plx_tokens_paragraph_of() beyond its last answer */
guint      _plx_tokens_paragraph_find (PlxTokens *self,
                                       guint      i);

/* The paragraph that holds token @i. Inline: lookups come in text order,
 * and the last answer is the paragraph most asked about. */
static inline guint
plx_tokens_paragraph_of (PlxTokens *self,
                         guint      i)
{
  guint last = self->last_para;

  if (G_LIKELY (last < self->paragraphs->len))
    {
      const PlxRange *r = &((const PlxRange *) (const void *) self->paragraphs->data)[last];

      if (r->first <= i && i < r->end)
        return last;
    }
  return _plx_tokens_paragraph_find (self, i);
}

G_END_DECLS

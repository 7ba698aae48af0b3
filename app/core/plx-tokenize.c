/* plx-tokenize.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-tokenize"

#include "config.h"

#include <string.h>

#include "plx-tokenize.h"
#include "plx-wordhash-private.h"

#define MAX_TOKEN_BYTES 60000

/* The word loop counts the characters, the letters and the lower-case
 * letters of a run of ASCII letters and digits and Russian letters in one
 * sum: each character adds its RUN_ value, which has a count in each of
 * three 20-bit fields (a token is shorter than MAX_TOKEN_BYTES, so none
 * overflows). */
#define RUN_CHAR   (G_GUINT64_CONSTANT (1) << 40)
#define RUN_LETTER (G_GUINT64_CONSTANT (1) << 20)
#define RUN_LOWER  G_GUINT64_CONSTANT (1)
#define RUN_FIELD(sum, unit) ((guint) (((sum) / (unit)) & 0xFFFFF))

#define RUN_DIGIT_V (RUN_CHAR)
#define RUN_UPPER_V (RUN_CHAR | RUN_LETTER)
#define RUN_LOWER_V (RUN_CHAR | RUN_LETTER | RUN_LOWER)

static const guint64 ascii_run[256] = {
  ['0' ... '9'] = RUN_DIGIT_V,
  ['A' ... 'Z'] = RUN_UPPER_V,
  ['a' ... 'z'] = RUN_LOWER_V,
};

/* The same for the Russian alphabet, by its two UTF-8 bytes: lead byte
 * 0xD0 or 0xD1, then the continuation byte less 0x80. А–Я Ё are upper
 * case, а–я ё lower case; the rest of the block is not here (the slow
 * path handles it). */
static const guint64 cyrillic_run[2][64] = {
  {
    [0x01] = RUN_UPPER_V,                       /* Ё */
    [0x10 ... 0x2F] = RUN_UPPER_V,              /* А–Я */
    [0x30 ... 0x3F] = RUN_LOWER_V,              /* а–п */
  },
  {
    [0x00 ... 0x0F] = RUN_LOWER_V,              /* р–я */
    [0x11] = RUN_LOWER_V,                       /* ё */
  },
};

/* The RUN_ value of the Russian letter at @s, 0 if there is none: one
 * two-byte load tells a lead byte 0xD0 or 0xD1 followed by a
 * continuation byte. */
static inline guint64
cyrillic_run_at (const char *s)
{
  guint pair = (guint) plx_load_le (s, 2);

  if ((pair & 0xC0FE) != 0x80D0)
    return 0;
  return cyrillic_run[pair & 1][(pair >> 8) & 0x3F];
}

/* Word classes are remembered per thread across texts: a two-way associative
 * table of short word forms, tagged with their lexicon (lexicons live as
 * long as the process; a thread numbers those it meets), keeps the words
 * free of locks and string hashing. A word it does not hold is classified
 * afresh (plx_lexicon_classify(): the lexicon's shared cache would cost a
 * copy, a lock and a hash table insertion for every new word, more than
 * the classification). A word of up to SLOT_WORD bytes is keyed by its
 * length and three (overlapping) loads of its bytes, which together spell
 * the whole word. */
#define N_SLOTS_BITS 15
#define N_WAYS 2
#define N_SLOTS (N_WAYS << N_SLOTS_BITS)
#define SLOT_WORD 24
#define MAX_LEXICONS 255

typedef struct
{
  guint64 mask;      /* plx_lexicon_classify() */
  guint64 key[3];
  guint8  lexicon;   /* 1 + its index in ClassCache.lexicons; 0: empty */
  guint8  len;
  gint8   abbrev;    /* an abbreviation (without its period)? -1: not asked yet */
} Slot;

typedef struct
{
  PlxLexicon *lexicons[MAX_LEXICONS];
  guint       n_lexicons;
  Slot        slots[N_SLOTS];
} ClassCache;

static GPrivate class_cache = G_PRIVATE_INIT (g_free);

/* The slots of this thread, setting @tag to the number of @lexicon in
 * them; NULL when the thread has met too many lexicons to number. */
static Slot *
get_class_slots (PlxLexicon *lexicon,
                 guint8     *tag)
{
  ClassCache *cache = g_private_get (&class_cache);

  if (cache == NULL)
    {
      cache = g_new0 (ClassCache, 1);
      g_private_set (&class_cache, cache);
    }
  for (guint i = 0; i < cache->n_lexicons; i++)
    if (cache->lexicons[i] == lexicon)
      {
        *tag = (guint8) (i + 1);
        return cache->slots;
      }
  if (cache->n_lexicons == MAX_LEXICONS)
    return NULL;
  cache->lexicons[cache->n_lexicons++] = lexicon;
  *tag = (guint8) cache->n_lexicons;
  return cache->slots;
}

static guint plx_tokens_paragraph_search (PlxTokens *self, guint i);

/* The token and class arrays of the tokens a thread freed last, for its
 * next plx_tokens_new(): text after text, the large blocks are not asked
 * of the allocator again (arrays for SPARE_MAX_TOKENS tokens at most are
 * kept: 1.5 MB) */
#define SPARE_MAX_TOKENS (1 << 16)

typedef struct
{
  GArray  *tokens;
  guint64 *classes;
  gsize    classes_cap;
} SpareArrays;

static void
spare_arrays_free (gpointer data)
{
  SpareArrays *spare = data;

  if (spare->tokens != NULL)
    g_array_unref (spare->tokens);
  g_free (spare->classes);
  g_free (spare);
}

static GPrivate spare_arrays = G_PRIVATE_INIT (spare_arrays_free);

/* (a word shorter than eight bytes has 0 in key[1] and key[2]: its
 * length and key[0] tell it) */
static inline gboolean
slot_holds (const Slot    *slot,
            guint8         tag,
            const guint64  raw[3],
            gsize          len)
{
  if (len < 8)
    return slot->lexicon == tag && slot->len == len && slot->key[0] == raw[0];
  return slot->lexicon == tag && slot->len == len && memcmp (slot->key, raw, sizeof slot->key) == 0;
}

/* The slot of the word @w of 1 to SLOT_WORD bytes in @lexicon (number
 * @tag), filled in if it held another word. A word may sit in either of
 * the N_WAYS slots of its set, the last one used first: two words of one
 * set do not push each other out. */
static inline Slot *
class_slot (Slot       *slots,
            guint8      tag,
            PlxLexicon *lexicon,
            const char *w,
            gsize       len)
{
  guint64 raw[3], h;
  Slot *slot;

  G_STATIC_ASSERT (N_WAYS == 2);
  plx_word_fingerprint (w, len, raw);
  /* most words are shorter than eight bytes: their bytes (seven at
   * most), length and lexicon (its low bits; slot_holds() tells them
   * apart) in one number, hashed by one multiplication whose top bits
   * pick the set */
  if (len < 8)
    h = (raw[0] | (guint64) len << 56 | (guint64) tag << 59) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  else
    h = plx_word_fingerprint_hash (raw, len, (guint64) tag << 56);
  slot = &slots[(h >> (64 - N_SLOTS_BITS)) * N_WAYS];
  if (G_LIKELY (slot_holds (slot, tag, raw, len)))
    return slot;
  if (slot_holds (slot + 1, tag, raw, len))
    {
      Slot hit = slot[1];

      slot[1] = slot[0];
      slot[0] = hit;
      return slot;
    }
  slot[1] = slot[0];
  slot->lexicon = tag;
  slot->len = (guint8) len;
  memcpy (slot->key, raw, sizeof raw);
  slot->mask = plx_lexicon_classify (lexicon, w, len);
  slot->abbrev = -1;
  return slot;
}

/* The word class of @w (plx_lexicon_classify()); @slots may be NULL. */
static inline guint64
classify_word (Slot       *slots,
               guint8      tag,
               PlxLexicon *lexicon,
               const char *w,
               gsize       len)
{
  if (slots == NULL || len > SLOT_WORD)
    return plx_lexicon_classify_cached (lexicon, w, len);
  return class_slot (slots, tag, lexicon, w, len)->mask;
}

static inline gunichar
char_at (const char *text,
         gsize       len,
         gsize       pos)
{
  guchar c;

  if (pos >= len)
    return 0;
  c = (guchar) text[pos];
  if (c < 0x80)
    return c;
  if ((c & 0xE0) == 0xC0 && pos + 1 < len)
    return ((gunichar) (c & 0x1F) << 6) | ((guchar) text[pos + 1] & 0x3F);
  return g_utf8_get_char (text + pos);
}

static inline gsize
char_len (const char *text,
          gsize       pos)
{
  guchar c = (guchar) text[pos];

  if (c < 0x80)
    return 1;
  return g_utf8_skip[c];
}

static inline gboolean
is_space (gunichar c)
{
  const guint64 ascii = (G_GUINT64_CONSTANT (1) << ' ') | (G_GUINT64_CONSTANT (1) << '\t')
                        | (G_GUINT64_CONSTANT (1) << '\n') | (G_GUINT64_CONSTANT (1) << '\r')
                        | (G_GUINT64_CONSTANT (1) << '\f') | (G_GUINT64_CONSTANT (1) << '\v');

  if (c < 0x80)
    return c < 64 && ((ascii >> c) & 1) != 0;
  if (c >= 0x0400 && c < 0x0500)
    return FALSE;
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x2009 || c == 0x202F
         || c == 0xFEFF || c == 0x200B;
}

static inline gboolean
is_cyrillic_letter (gunichar c)
{
  return (c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451;
}

static inline gboolean
is_letter (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha (c);
  if (is_cyrillic_letter (c))
    return TRUE;
  return g_unichar_isalpha (c) || g_unichar_ismark (c);
}

static inline gboolean
is_upper (gunichar c)
{
  if (c < 0x80)
    return c >= 'A' && c <= 'Z';
  if (is_cyrillic_letter (c))
    return c <= 0x042F || c == 0x0401;
  return g_unichar_isupper (c) || g_unichar_istitle (c);
}

static inline gboolean
is_mark (gunichar c)
{
  return c >= 0x0300 && !is_cyrillic_letter (c) && g_unichar_ismark (c);
}

static inline gboolean
is_digit (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isdigit (c);
  if (is_cyrillic_letter (c))
    return FALSE;
  return g_unichar_isdigit (c);
}

static inline gboolean
is_alnum (gunichar c)
{
  if (c < 0x80)
    return ascii_run[c] != 0;
  return is_letter (c) || is_digit (c);
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static inline gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static inline gboolean
is_dash (gunichar c)
{
  return c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212;
}

static int
quote_family (gunichar c)
{
  switch (c)
    {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2033: case 0x301D: case 0x301E:
      return PLX_QF_DOUBLE;
    case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
      return PLX_QF_SINGLE;
    case 0x00AB: case 0x00BB:
      return PLX_QF_GUILLEMET;
    case 0x2039: case 0x203A:
      return PLX_QF_ANGLE;
    default:
      return 0;
    }
}

static gboolean
opening_context (gunichar prev,
                 gunichar next)
{
  gboolean before = prev == 0 || is_space (prev) || is_dash (prev) || is_hyphen (prev)
                    || (prev < 0x80 && strchr ("([{:;,/", (int) prev) != NULL)
                    || quote_family (prev) != 0;
  return before && next != 0 && !is_space (next);
}

static gboolean
closing_context (gunichar prev,
                 gunichar next)
{
  gboolean after = next == 0 || is_space (next) || is_dash (next) || is_hyphen (next)
                   || (next < 0x80 && strchr (".,;:!?)]}/", (int) next) != NULL)
                   || next == 0x2026 || quote_family (next) != 0;
  return after && prev != 0 && !is_space (prev);
}

static guint16
quote_flags (gunichar c,
             gunichar prev,
             gunichar next)
{
  gboolean o = opening_context (prev, next);
  gboolean cl = closing_context (prev, next);

  switch (c)
    {
    case '"': case '\'': case 0x2033:
      return (o ? PLX_TF_CAN_OPEN : 0) | (cl ? PLX_TF_CAN_CLOSE : 0);
    case 0x201C: case 0x2018:
      if (cl && !o)
        return PLX_TF_CAN_CLOSE;
      return PLX_TF_CAN_OPEN;
    case 0x201D: case 0x2019:
      if (o && !cl)
        return PLX_TF_CAN_OPEN;
      return PLX_TF_CAN_CLOSE;
    case 0x201E: case 0x201A: case 0x201F: case 0x201B: case 0x00AB: case 0x2039: case 0x301D:
      return PLX_TF_CAN_OPEN;
    case 0x00BB: case 0x203A: case 0x301E:
      return PLX_TF_CAN_CLOSE;
    default:
      return 0;
    }
}

guint
plx_tokens_sentence_start (PlxTokens *self,
                           guint      i,
                           guint      limit)
{
  while (i > limit)
    {
      PlxToken *t = plx_tokens_get (self, i);

      if (t->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
        break;
      i--;
    }
  return i;
}

guint
plx_tokens_sentence_end (PlxTokens *self,
                         guint      i,
                         guint      limit)
{
  /* text without full stops must not make every clause run to the end of
   * a huge paragraph: a sentence is at most PLX_MAX_SENTENCE tokens */
  limit = MIN (limit, i + PLX_MAX_SENTENCE);
  while (i < limit)
    {
      PlxToken *t = plx_tokens_get (self, i);

      i++;
      if (t->flags & PLX_TF_SENT_END)
        break;
      if (i < limit && (plx_tokens_get (self, i)->flags & (PLX_TF_PARA_START | PLX_TF_SENT_START)))
        break;
    }
  return i;
}

guint
_plx_tokens_paragraph_find (PlxTokens *self,
                            guint      i)
{
  const PlxRange *paras = (const PlxRange *) (const void *) self->paragraphs->data;
  guint n = self->paragraphs->len;
  guint lo;

  /* (not the last answer, see plx_tokens_paragraph_of()) lookups often
   * go back and forth between two paragraphs (a quote's and its
   * speaker's): try the answer before and the paragraph after the last
   * one (paragraphs are consecutive) */
  lo = self->last_para;
  if (lo + 1 < n && paras[lo].first <= i && i < paras[lo + 1].end)
    {
      self->other_para = lo;
      return self->last_para = lo + 1;
    }
  lo = self->other_para;
  if (lo < n && paras[lo].first <= i && i < paras[lo].end)
    {
      self->other_para = self->last_para;
      return self->last_para = lo;
    }
  lo = plx_tokens_paragraph_search (self, i);
  self->other_para = self->last_para;
  self->last_para = lo;
  return lo;
}

static guint
plx_tokens_paragraph_search (PlxTokens *self,
                             guint      i)
{
  guint lo = 0, hi = self->paragraphs->len;

  while (lo + 1 < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->paragraphs, PlxRange, mid).first <= i)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
is_abbreviation (Slot       *slots,
                 guint8      tag,
                 PlxLexicon *lexicon,
                 const char *word,
                 gsize       len)
{
  Slot *slot;

  if (lexicon == NULL || len > 12)
    return FALSE;
  if (slots == NULL)
    return plx_lexicon_has (lexicon, PLX_LEX_ABBREVIATIONS, word, len);
  G_STATIC_ASSERT (12 <= SLOT_WORD);
  slot = class_slot (slots, tag, lexicon, word, len);
  if (slot->abbrev < 0)
    slot->abbrev = plx_lexicon_has (lexicon, PLX_LEX_ABBREVIATIONS, word, len);
  return slot->abbrev != 0;
}

/* "… до конца 2027 г. Сумма сделки …", "… 3,4 млн т. «Это …»": in
 * Russian a unit abbreviation after a number ends the sentence when a
 * capitalised word (or a quote that opens on one) follows — unless the
 * number opens the sentence as its circumstance ("По версии следствия, в
 * 2021–2022 гг. Лаптев получил …") */
static gboolean
unit_ends_sentence (PlxTokens  *self,
                    PlxLexicon *lexicon,
                    guint       i)
{
  guint n = self->tokens->len;
  guint num = i - 1, p;
  PlxToken *w, *u;

  if (i < 2 || i + 1 >= n || (plx_tokens_get (self, i)->flags & PLX_TF_CAP))
    return FALSE;
  u = plx_tokens_get (self, num);
  /* "млн т.", "тыс. руб.": a multiplier between the number and the unit
   * (not "дом 47 на ул. Марата") */
  if (u->kind == PLX_TOK_WORD && u->cplen <= 4 && !(u->flags & PLX_TF_CAP)
      && plx_tokens_get (self, num - 1)->kind == PLX_TOK_NUMBER
      && !plx_lexicon_has (lexicon, PLX_LEX_PREPOSITIONS, self->text + u->start, u->len)
      && !plx_lexicon_has (lexicon, PLX_LEX_STOPWORDS, self->text + u->start, u->len))
    num--;
  if (plx_tokens_get (self, num)->kind != PLX_TOK_NUMBER)
    return FALSE;
  w = plx_tokens_get (self, i + 1);
  if (!(w->flags & PLX_TF_SPACE_BEFORE) || (w->flags & (PLX_TF_PARA_START | PLX_TF_LINE_START)))
    return FALSE;
  if (w->kind == PLX_TOK_QUOTE && (w->flags & PLX_TF_CAN_OPEN) && i + 2 < n)
    w = plx_tokens_get (self, i + 2);
  if (w->kind != PLX_TOK_WORD || !(w->flags & PLX_TF_CAP))
    return FALSE;
  /* back over "2021–2022", "9–11" to the word before the number */
  p = num;
  while (p > 0 && (plx_tokens_get (self, p - 1)->kind == PLX_TOK_NUMBER
                   || plx_tokens_get (self, p - 1)->kind == PLX_TOK_DASH
                   || (plx_tokens_get (self, p - 1)->kind == PLX_TOK_PUNCT
                       && plx_tokens_get (self, p - 1)->family == '-')))
    p--;
  if (p > 0)
    {
      PlxToken *prep = plx_tokens_get (self, p - 1);

      if (prep->kind == PLX_TOK_WORD
          && plx_lexicon_has (lexicon, PLX_LEX_PREPOSITIONS, self->text + prep->start, prep->len)
          && ((prep->flags & PLX_TF_SENT_START) || p < 2
              || (plx_tokens_get (self, p - 2)->kind == PLX_TOK_PUNCT && plx_tokens_get (self, p - 2)->family == ',')
              || (plx_tokens_get (self, p - 2)->kind == PLX_TOK_WORD
                  && plx_lexicon_has (lexicon, PLX_LEX_COMPLEMENTIZERS,
                                      self->text + plx_tokens_get (self, p - 2)->start,
                                      plx_tokens_get (self, p - 2)->len))))
        return FALSE;
    }
  return TRUE;
}

static void
mark_sentences (PlxTokens  *self,
                PlxLexicon *lexicon)
{
  guint n = self->tokens->len;
  gboolean inflected = lexicon != NULL && plx_lexicon_is_inflected (lexicon);

  for (guint i = 0; i < n; i++)
    {
      PlxToken *t = plx_tokens_get (self, i);
      guint j;
      PlxToken *next;

      /* (only abbreviations and terminators end sentences) */
      if (!(t->flags & (PLX_TF_ABBREV | PLX_TF_TERMINATOR)))
        continue;
      /* (the first token of the text, of a paragraph and of a line
       * starts a sentence already: plx_tokens_new()) */
      /* "… урагана 2010 г. «За одну ночь …»": a unit abbreviation after a
       * number keeps its period, yet a quote that opens on a capital
       * after it starts a new sentence */
      if ((t->flags & PLX_TF_ABBREV) && i > 0 && i + 2 < n
          && plx_tokens_get (self, i - 1)->kind == PLX_TOK_NUMBER)
        {
          PlxToken *q = plx_tokens_get (self, i + 1);
          PlxToken *w = plx_tokens_get (self, i + 2);

          if (q->kind == PLX_TOK_QUOTE && (q->flags & PLX_TF_CAN_OPEN) && !(q->flags & PLX_TF_CAN_CLOSE)
              && (q->flags & PLX_TF_SPACE_BEFORE) && (w->flags & PLX_TF_CAP)
              && !(q->flags & (PLX_TF_PARA_START | PLX_TF_LINE_START)))
            {
              t->flags |= PLX_TF_SENT_END;
              q->flags |= PLX_TF_SENT_START;
            }
        }
      if (inflected && (t->flags & PLX_TF_ABBREV) && !(t->flags & PLX_TF_SENT_END)
          && unit_ends_sentence (self, lexicon, i))
        {
          t->flags |= PLX_TF_SENT_END;
          plx_tokens_get (self, i + 1)->flags |= PLX_TF_SENT_START;
        }
      if (!(t->flags & PLX_TF_TERMINATOR))
        continue;
      /* the sentence goes on over further terminators and closing marks
       * glued to this one: “…?!” */
      j = i + 1;
      while (j < n)
        {
          PlxToken *u = plx_tokens_get (self, j);

          if (u->flags & (PLX_TF_SPACE_BEFORE | PLX_TF_PARA_START | PLX_TF_LINE_START))
            break;
          if (!(u->flags & PLX_TF_TERMINATOR)
              && !(u->kind == PLX_TOK_QUOTE && (u->flags & PLX_TF_CAN_CLOSE))
              && !(u->kind == PLX_TOK_PUNCT && (u->family == ')' || u->family == ']')))
            break;
          j++;
        }
      if (j < n && !(plx_tokens_get (self, j)->flags & (PLX_TF_SPACE_BEFORE | PLX_TF_PARA_START | PLX_TF_LINE_START)))
        continue;   /* "3.5", "a.b": not the end */
      if (j >= n)
        {
          plx_tokens_get (self, j - 1)->flags |= PLX_TF_SENT_END;
          continue;
        }
      next = plx_tokens_get (self, j);
      if ((next->flags & (PLX_TF_PARA_START | PLX_TF_LINE_START))
          || (next->flags & PLX_TF_CAP)
          || next->kind == PLX_TOK_QUOTE || next->kind == PLX_TOK_DASH
          || next->kind == PLX_TOK_NUMBER
          || (next->kind == PLX_TOK_PUNCT && next->family != ',' && next->family != ';'))
        {
          plx_tokens_get (self, j - 1)->flags |= PLX_TF_SENT_END;
          next->flags |= PLX_TF_SENT_START;
          i = j - 1;
        }
    }
}

/* What plx_tokens_new() knows of a word as it scans it */
typedef struct
{
  guint32  n_cp;         /* code points so far */
  guint    n_letters;
  guint    seg_letters;  /* letters since the last apostrophe, hyphen or period */
  gboolean all_upper;
  gunichar last;         /* the last character */
} WordScan;

/* Scans the run of ASCII letters and digits and Russian letters that
 * starts at @q (up to @lim), adding their classes to @sum; returns where
 * it ends */
static inline gsize
scan_letter_run (const char *text,
                 gsize       q,
                 gsize       lim,
                 guint64    *sum)
{
  guint64 s = *sum, v;

  while (q < lim)
    {
      guchar c0 = (guchar) text[q];
      gsize q0 = q;

      if ((v = ascii_run[c0]) != 0)
        {
          q++;
          s += v;
          continue;
        }
      if ((c0 & 0xFE) != 0xD0)
        break;
      /* Russian letters run on (the same test as above, in the order
       * Russian text wants) */
      while (q + 1 < lim && (v = cyrillic_run_at (text + q)) != 0)
        {
          q += 2;
          s += v;
        }
      if (q == q0)
        break;
    }
  *sum = s;
  return q;
}

/* Scans on the word that starts at @pos from @p, which its runs of ASCII
 * letters and digits and Russian letters do not start or end: the
 * apostrophes, hyphens, periods and commas that join two parts of a word,
 * the letters and digits outside the runs. Returns where the word ends. */
G_GNUC_NO_INLINE static gsize
scan_word_rest (const char *text,
                gsize       len,
                gsize       pos,
                gsize       p,
                WordScan   *w)
{
  while (p < len && p - pos < MAX_TOKEN_BYTES)
    {
      guchar b = (guchar) text[p];
      gunichar d;

      /* the common cases: a run of ASCII letters and digits and
       * of Russian letters */
      if (ascii_run[b] != 0 || b == 0xD0 || b == 0xD1)
        {
          gsize lim = MIN (len, pos + MAX_TOKEN_BYTES);
          guint64 sum = 0;
          gsize q = scan_letter_run (text, p, lim, &sum);

          if (q > p)
            {
              guint letters = RUN_FIELD (sum, RUN_LETTER);

              w->n_letters += letters;
              w->seg_letters += letters;
              if (RUN_FIELD (sum, RUN_LOWER) != 0)
                w->all_upper = FALSE;
              if ((guchar) text[q - 1] < 0x80)
                w->last = (guchar) text[q - 1];
              else
                w->last = ((gunichar) ((guchar) text[q - 2] & 0x1F) << 6) | ((guchar) text[q - 1] & 0x3F);
              w->n_cp += RUN_FIELD (sum, RUN_CHAR);
              p = q;
              /* the run ends the word at any ASCII character but
               * those that may join two parts of it (below) */
              if (p >= lim)
                break;
              b = (guchar) text[p];
              if (b < 0x80 && b != '\'' && b != '-' && b != '.' && b != ',')
                break;
              continue;
            }
        }
      /* the word ends at any other ASCII character but those
       * that may join two parts of it (below) */
      if (b < 0x80 && b != '\'' && b != '-' && b != '.' && b != ',')
        break;
      d = char_at (text, len, p);

      if (is_alnum (d))
        {
          if (is_letter (d))
            {
              w->n_letters++;
              w->seg_letters++;
              if (w->all_upper && !is_upper (d) && !is_mark (d))
                w->all_upper = FALSE;
            }
          w->last = d;
          p += char_len (text, p);
          w->n_cp++;
          continue;
        }
      if ((is_apostrophe (d) || is_hyphen (d)) && is_letter (w->last))
        {
          gunichar e = char_at (text, len, p + char_len (text, p));

          if (is_alnum (e))
            {
              p += char_len (text, p);
              w->n_cp++;
              w->last = d;
              w->seg_letters = 0;
              continue;
            }
        }
      if (is_hyphen (d) && is_digit (w->last))
        {
          gunichar e = char_at (text, len, p + 1);

          if (is_alnum (e))
            {
              p++;
              w->n_cp++;
              w->last = d;
              continue;
            }
        }
      if ((d == '.' || d == ',') && is_digit (w->last)
          && is_digit (char_at (text, len, p + 1)))
        {
          p++;
          w->n_cp++;
          w->last = d;
          continue;
        }
      if (d == '.' && w->seg_letters == 1 && is_letter (w->last)
          && is_letter (char_at (text, len, p + 1))
          && !is_letter (char_at (text, len, p + 1 + char_len (text, p + 1))))
        {
          /* U.S, т.е: single letters joined by periods */
          p++;
          w->n_cp++;
          w->last = d;
          w->seg_letters = 0;
          continue;
        }
      break;
    }
  return p;
}

/* TRUE when a word whose first run of letters and digits (ending in
 * @last, with @seg_letters letters) is followed by the ASCII character
 * @b ends there: what scan_word_rest() would find at once. Only a period
 * or comma after a digit ("3.5"), a period after a single letter ("U.S"),
 * an apostrophe or a hyphen may join two parts of a word. */
static inline gboolean
word_ends_at (guchar   b,
              gunichar last,
              guint    seg_letters)
{
  switch (b)
    {
    case '\'': case '-':
      return FALSE;
    case ',':
      return !(last < 0x80 && g_ascii_isdigit (last));
    case '.':
      return !(last < 0x80 && g_ascii_isdigit (last)) && seg_letters != 1;
    default:
      return TRUE;
    }
}

/* Fills in the token @t of the character @c at @pos that is no letter,
 * digit or space: a quote mark (its family and whether it may open or
 * close, after @prev), a dash or other punctuation. Returns its length
 * in bytes. */
static gsize
scan_mark (const char *text,
           gsize       len,
           gsize       pos,
           gunichar    c,
           gunichar    prev,
           gboolean    space_before,
           PlxToken   *t)
{
  gsize cl = char_len (text, pos);
  int fam = quote_family (c);

  t->len = cl;
  t->cplen = 1;
  if (fam != 0)
    {
      gunichar next = char_at (text, len, pos + cl);

      t->kind = PLX_TOK_QUOTE;
      t->family = fam;
      t->flags |= quote_flags (c, prev, next);
    }
  else if (is_dash (c) || (is_hyphen (c) && (space_before || is_space (char_at (text, len, pos + cl))
                                             || char_at (text, len, pos + cl) == '-')))
    {
      t->kind = PLX_TOK_DASH;
      /* "--" as one dash */
      if (c == '-' && char_at (text, len, pos + 1) == '-')
        {
          t->len = 2;
          t->cplen = 2;
          cl = 2;
        }
    }
  else
    {
      t->kind = PLX_TOK_PUNCT;
      t->family = c < 0x80 ? (guint8) c : 0;
      if (c == '.' || c == '!' || c == '?' || c == 0x2026)
        t->flags |= PLX_TF_TERMINATOR;
      if (c == 0x2026)
        t->family = '.';
    }
  return cl;
}

/* Room for @cap tokens (and a class after the last) in @self, whose
 * token array is returned */
static PlxToken *
tokens_grow (PlxTokens *self,
             gsize      cap)
{
  g_array_set_size (self->tokens, cap);
  self->classes = g_renew (guint64, self->classes, cap + 1);
  self->classes_cap = cap + 1;
  return (PlxToken *) (void *) self->tokens->data;
}

/* A newline seen since the last token (plx_tokens_new(): a second one
 * makes a paragraph); above the token flags */
#define PENDING_NEWLINE (1u << 16)
/* (above the 16 bits of a token's flags, which the cast to guint16 drops) */
G_STATIC_ASSERT (sizeof (((PlxToken *) 0)->flags) == 2);

PlxTokens *
plx_tokens_new (const char *text,
                gsize       len,
                PlxLexicon *lexicon)
{
  PlxTokens *self = g_new0 (PlxTokens, 1);
  gsize pos = 0;
  guint32 cp = 0;
  /* the flags the next token gets from the spaces, line and paragraph
   * breaks before it (the text's start is all of them) */
  guint32 pending = PLX_TF_SPACE_BEFORE | PLX_TF_PARA_START | PLX_TF_LINE_START | PLX_TF_SENT_START;
  gunichar prev = 0;
  gsize cap = MIN (len / 5 + 16, G_MAXUINT / 2);
  gsize n_tokens = 0;
  PlxToken *toks;
  guint64 *classes;
  Slot *slots = NULL;
  guint8 tag = 0;
  SpareArrays *spare;

  self->text = text;
  self->len = len;
  /* tokens are written in place, the array grown by doubling; the word
   * class of every token (0 unless a word) is found as the word is; both
   * arrays may be those the thread freed last */
  spare = g_private_get (&spare_arrays);
  if (spare != NULL && spare->tokens != NULL)
    {
      self->tokens = g_steal_pointer (&spare->tokens);
      self->classes = g_steal_pointer (&spare->classes);
      self->classes_cap = spare->classes_cap;
    }
  else
    self->tokens = g_array_sized_new (FALSE, FALSE, sizeof (PlxToken), cap);
  g_array_set_size (self->tokens, cap);
  toks = (PlxToken *) (void *) self->tokens->data;
  if (self->classes_cap < cap + 1)
    {
      g_free (self->classes);
      self->classes = g_new (guint64, cap + 1);
      self->classes_cap = cap + 1;
    }
  classes = self->classes;
  /* room for a paragraph every 256 bytes, which news copy seldom exceeds */
  self->paragraphs = g_array_sized_new (FALSE, FALSE, sizeof (PlxRange), MIN (len / 256 + 16, G_MAXUINT / 2));
  if (lexicon != NULL)
    slots = get_class_slots (lexicon, &tag);

  while (pos < len)
    {
      guchar b = (guchar) text[pos];
      gunichar c;
      guint64 first;
      PlxToken *t;
      guint64 cls = 0;

      if (b == ' ')
        {
          /* the commonest character, on its own */
          pos++;
          cp++;
          pending |= PLX_TF_SPACE_BEFORE;
          prev = ' ';
          continue;
        }
      /* a letter or digit of the word loop's runs, known from its bytes
       * (0: any other character, decoded) */
      first = ascii_run[b];
      if (first == 0 && pos + 1 < len)
        first = cyrillic_run_at (text + pos);
      c = first != 0 ? (gunichar) b : char_at (text, len, pos);
      if (c == 0)
        {
          /* embedded NUL: treat as space */
          pos++;
          cp++;
          prev = ' ';
          pending |= PLX_TF_SPACE_BEFORE;
          continue;
        }
      if (first == 0 && is_space (c))
        {
          if (c == '\n')
            {
              if (pending & PENDING_NEWLINE)
                pending |= PLX_TF_PARA_START;
              pending |= PENDING_NEWLINE | PLX_TF_LINE_START | PLX_TF_SENT_START;
            }
          else if (c == 0x2029)
            pending |= PLX_TF_PARA_START | PLX_TF_LINE_START | PLX_TF_SENT_START;
          else if (c == 0x2028)
            pending |= PLX_TF_LINE_START | PLX_TF_SENT_START;
          pos += char_len (text, pos);
          cp++;
          pending |= PLX_TF_SPACE_BEFORE;
          prev = c;
          continue;
        }

      if (G_UNLIKELY (n_tokens == cap))
        {
          cap = cap * 2 + 16;
          toks = tokens_grow (self, cap);
          classes = self->classes;
        }
      t = &toks[n_tokens];
      *t = (PlxToken) { .start = pos, .cp = cp };

      if (first != 0 || is_alnum (c))
        {
          /* (the scan's counts as locals, in registers: a WordScan for
           * scan_word_rest() only) */
          WordScan w = { 0, 0, 0, TRUE, 0 };
          guint32 n_cp;
          guint n_letters, seg_letters;
          gboolean all_upper;
          gunichar last;
          gsize p;
          gboolean rest = FALSE;  /* scan_word_rest() ran: its counts are in w */

          if (first != 0)
            {
              gsize lim = MIN (len, pos + MAX_TOKEN_BYTES);
              gsize q = pos;
              guint64 sum = 0;
              guint letters;

              /* a digit has no letter count, a capital no lower-case one */
              t->kind = (first & RUN_LETTER) ? PLX_TOK_WORD : PLX_TOK_NUMBER;
              if ((first & (RUN_LETTER | RUN_LOWER)) == RUN_LETTER)
                t->flags |= PLX_TF_CAP;
              /* the word's first run of ASCII letters and digits and
               * Russian letters (as scan_word_rest() scans it), which
               * most often is the whole word */
              q = scan_letter_run (text, q, lim, &sum);
              letters = RUN_FIELD (sum, RUN_LETTER);
              if ((guchar) text[q - 1] < 0x80)
                last = (guchar) text[q - 1];
              else
                last = ((gunichar) ((guchar) text[q - 2] & 0x1F) << 6) | ((guchar) text[q - 1] & 0x3F);
              n_cp = RUN_FIELD (sum, RUN_CHAR);
              n_letters = seg_letters = letters;
              all_upper = RUN_FIELD (sum, RUN_LOWER) == 0;
              p = q;
              if (p < lim && ((guchar) text[p] >= 0x80 || !word_ends_at ((guchar) text[p], last, letters)))
                {
                  w = (WordScan) { n_cp, n_letters, seg_letters, all_upper, last };
                  p = scan_word_rest (text, len, pos, p, &w);
                  rest = TRUE;
                }
              else if (letters == n_cp)
                t->flags |= PLX_TF_LETTERS;   /* the run is the word: letters, no digit */
            }
          else
            {
              t->kind = is_digit (c) ? PLX_TOK_NUMBER : PLX_TOK_WORD;
              if (is_upper (c))
                t->flags |= PLX_TF_CAP;
              p = scan_word_rest (text, len, pos, pos, &w);
              rest = TRUE;
            }
          if (rest)
            {
              n_cp = w.n_cp;
              n_letters = w.n_letters;
              seg_letters = w.seg_letters;
              all_upper = w.all_upper;
              last = w.last;
            }
          if (p < len && text[p] == '.' && t->kind == PLX_TOK_WORD
              && ((seg_letters == 1 && n_letters <= 4)
                  || is_abbreviation (slots, tag, lexicon, text + pos, p - pos)))
            {
              p++;
              n_cp++;
              t->flags |= PLX_TF_ABBREV;
            }
          if (all_upper && n_letters >= 2)
            t->flags |= PLX_TF_ALLCAPS;
          t->len = p - pos;
          t->cplen = n_cp;
          if (t->kind == PLX_TOK_WORD && lexicon != NULL)
            cls = classify_word (slots, tag, lexicon, text + pos, t->len);
          pos = p;
          cp += n_cp;
          prev = last == '.' ? '.' : last;
        }
      else
        {
          pos += scan_mark (text, len, pos, c, prev, (pending & PLX_TF_SPACE_BEFORE) != 0, t);
          cp += t->cplen;
          prev = c;
        }

      t->flags |= (guint16) pending;
      if (pending & PLX_TF_PARA_START)
        {
          PlxRange r = { (guint) n_tokens, (guint) n_tokens };

          if (self->paragraphs->len > 0)
            g_array_index (self->paragraphs, PlxRange, self->paragraphs->len - 1).end = n_tokens;
          g_array_append_val (self->paragraphs, r);
        }
      if (n_tokens > 0 && (pending & PLX_TF_SPACE_BEFORE))
        toks[n_tokens - 1].flags |= PLX_TF_SPACE_AFTER;
      pending = 0;
      classes[n_tokens++] = cls;
    }
  g_array_set_size (self->tokens, n_tokens);
  self->data = (PlxToken *) (void *) self->tokens->data;
  self->n_tokens = n_tokens;
  if (self->tokens->len > 0)
    plx_tokens_get (self, self->tokens->len - 1)->flags |= PLX_TF_SPACE_AFTER;
  if (self->paragraphs->len > 0)
    g_array_index (self->paragraphs, PlxRange, self->paragraphs->len - 1).end = self->tokens->len;
  self->n_chars = cp;

  self->classes[n_tokens] = 0;
  mark_sentences (self, lexicon);
  return self;
}

void
plx_tokens_free (PlxTokens *self)
{
  SpareArrays *spare;

  if (self == NULL)
    return;
  spare = g_private_get (&spare_arrays);
  if (spare == NULL)
    {
      spare = g_new0 (SpareArrays, 1);
      g_private_set (&spare_arrays, spare);
    }
  if (spare->tokens == NULL && self->classes_cap <= SPARE_MAX_TOKENS)
    {
      /* kept for the thread's next text */
      spare->tokens = g_steal_pointer (&self->tokens);
      spare->classes = g_steal_pointer (&self->classes);
      spare->classes_cap = self->classes_cap;
    }
  else
    {
      g_array_unref (self->tokens);
      g_free (self->classes);
    }
  g_array_unref (self->paragraphs);
  g_free (self);
}

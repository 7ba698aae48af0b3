/* plx-tokenize.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-tokenize"

#include "config.h"

#include <string.h>

#include "plx-tokenize.h"

#define MAX_TOKEN_BYTES 60000

/* ASCII letters and digits, for the word loop */
enum
{
  AC_ALPHA = 1,
  AC_LOWER = 2,
  AC_DIGIT = 4,
};

static const guint8 ascii_class[256] = {
  ['0' ... '9'] = AC_DIGIT,
  ['A' ... 'Z'] = AC_ALPHA,
  ['a' ... 'z'] = AC_ALPHA | AC_LOWER,
};

/* Word classes are remembered per thread across texts: a direct-mapped
 * table of short word forms, tagged with their lexicon (lexicons live as
 * long as the process), in front of the lexicon's shared cache, keeps the
 * common words free of locks and string hashing. */
#define N_SLOTS 8192
#define SLOT_WORD 22

typedef struct
{
  PlxLexicon *lexicon;
  guint64     mask;
  guint8      len;
  char        word[SLOT_WORD + 1];
} Slot;

static GPrivate class_slots = G_PRIVATE_INIT (g_free);

static Slot *
get_class_slots (void)
{
  Slot *slots = g_private_get (&class_slots);

  if (slots == NULL)
    {
      slots = g_new0 (Slot, N_SLOTS);
      g_private_set (&class_slots, slots);
    }
  return slots;
}

static guint plx_tokens_paragraph_search (PlxTokens *self, guint i);

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
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
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

gboolean
plx_tokens_is_char (PlxTokens *self,
                    guint      i,
                    char       c)
{
  PlxToken *t;

  if (i >= self->tokens->len)
    return FALSE;
  t = plx_tokens_get (self, i);
  return t->len == 1 && self->text[t->start] == c;
}

guint32
plx_tokens_cp_end (PlxTokens *self,
                   guint      i)
{
  PlxToken *t = plx_tokens_get (self, i);

  return t->cp + t->cplen;
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
plx_tokens_paragraph_of (PlxTokens *self,
                         guint      i)
{
  guint lo;

  /* lookups come in text order: try the last answer first */
  if (self->last_para < self->paragraphs->len)
    {
      PlxRange *r = &g_array_index (self->paragraphs, PlxRange, self->last_para);

      if (r->first <= i && i < r->end)
        return self->last_para;
    }
  lo = plx_tokens_paragraph_search (self, i);
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
is_abbreviation (PlxLexicon *lexicon,
                 const char *word,
                 gsize       len)
{
  if (lexicon == NULL || len > 12)
    return FALSE;
  return plx_lexicon_has (lexicon, PLX_LEX_ABBREVIATIONS, word, len);
}

static void
mark_sentences (PlxTokens *self)
{
  guint n = self->tokens->len;

  for (guint i = 0; i < n; i++)
    {
      PlxToken *t = plx_tokens_get (self, i);
      guint j;
      PlxToken *next;

      if (i == 0 || (t->flags & (PLX_TF_PARA_START | PLX_TF_LINE_START)))
        t->flags |= PLX_TF_SENT_START;
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

PlxTokens *
plx_tokens_new (const char *text,
                gsize       len,
                PlxLexicon *lexicon)
{
  PlxTokens *self = g_new0 (PlxTokens, 1);
  gsize pos = 0;
  guint32 cp = 0;
  gboolean space_before = TRUE;
  gboolean para_pending = TRUE;
  gboolean line_pending = TRUE;
  guint newlines = 0;
  gunichar prev = 0;
  gsize cap = MIN (len / 5 + 16, G_MAXUINT / 2);
  gsize n_tokens = 0;
  PlxToken *toks;

  self->text = text;
  self->len = len;
  /* tokens are written in place, the array grown by doubling */
  self->tokens = g_array_sized_new (FALSE, FALSE, sizeof (PlxToken), cap);
  g_array_set_size (self->tokens, cap);
  toks = (PlxToken *) (void *) self->tokens->data;
  self->paragraphs = g_array_new (FALSE, FALSE, sizeof (PlxRange));

  while (pos < len)
    {
      gunichar c;
      PlxToken t = { 0 };

      if (text[pos] == ' ')
        {
          /* the commonest character, on its own */
          pos++;
          cp++;
          space_before = TRUE;
          prev = ' ';
          continue;
        }
      c = char_at (text, len, pos);
      if (c == 0)
        {
          /* embedded NUL: treat as space */
          pos++;
          cp++;
          prev = ' ';
          space_before = TRUE;
          continue;
        }
      if (is_space (c))
        {
          if (c == '\n')
            {
              newlines++;
              line_pending = TRUE;
              if (newlines >= 2)
                para_pending = TRUE;
            }
          else if (c == 0x2029)
            para_pending = line_pending = TRUE;
          else if (c == 0x2028)
            line_pending = TRUE;
          pos += char_len (text, pos);
          cp++;
          space_before = TRUE;
          prev = c;
          continue;
        }

      t.start = pos;
      t.cp = cp;

      if (is_alnum (c))
        {
          gsize p = pos;
          guint32 n_cp = 0;
          guint seg_letters = 0;
          gboolean all_upper = TRUE;
          guint n_letters = 0;
          gunichar last = 0;

          t.kind = is_digit (c) ? PLX_TOK_NUMBER : PLX_TOK_WORD;
          if (is_upper (c))
            t.flags |= PLX_TF_CAP;
          while (p < len && p - pos < MAX_TOKEN_BYTES)
            {
              guchar b = (guchar) text[p];
              gunichar d;

              /* the common case: a run of ASCII letters and digits */
              if (ascii_class[b] != 0)
                {
                  gsize lim = MIN (len, pos + MAX_TOKEN_BYTES);
                  gsize q = p;
                  guint letters = 0, lower = 0;
                  guint8 cl;

                  while (q < lim && (cl = ascii_class[(guchar) text[q]]) != 0)
                    {
                      letters += cl & AC_ALPHA;
                      lower |= cl & AC_LOWER;
                      q++;
                    }
                  n_letters += letters;
                  seg_letters += letters;
                  if (lower)
                    all_upper = FALSE;
                  last = (guchar) text[q - 1];
                  n_cp += q - p;
                  p = q;
                  continue;
                }
              d = char_at (text, len, p);

              if (is_alnum (d))
                {
                  if (is_letter (d))
                    {
                      n_letters++;
                      seg_letters++;
                      if (all_upper && !is_upper (d) && !is_mark (d))
                        all_upper = FALSE;
                    }
                  last = d;
                  p += char_len (text, p);
                  n_cp++;
                  continue;
                }
              if ((is_apostrophe (d) || is_hyphen (d)) && is_letter (last))
                {
                  gunichar e = char_at (text, len, p + char_len (text, p));

                  if (is_alnum (e))
                    {
                      p += char_len (text, p);
                      n_cp++;
                      last = d;
                      seg_letters = 0;
                      continue;
                    }
                }
              if (is_hyphen (d) && is_digit (last))
                {
                  gunichar e = char_at (text, len, p + 1);

                  if (is_alnum (e))
                    {
                      p++;
                      n_cp++;
                      last = d;
                      continue;
                    }
                }
              if ((d == '.' || d == ',') && is_digit (last)
                  && is_digit (char_at (text, len, p + 1)))
                {
                  p++;
                  n_cp++;
                  last = d;
                  continue;
                }
              if (d == '.' && seg_letters == 1 && is_letter (last)
                  && is_letter (char_at (text, len, p + 1))
                  && !is_letter (char_at (text, len, p + 1 + char_len (text, p + 1))))
                {
                  /* U.S, т.е: single letters joined by periods */
                  p++;
                  n_cp++;
                  last = d;
                  seg_letters = 0;
                  continue;
                }
              break;
            }
          if (p < len && text[p] == '.' && t.kind == PLX_TOK_WORD
              && ((seg_letters == 1 && n_letters <= 4)
                  || is_abbreviation (lexicon, text + pos, p - pos)))
            {
              p++;
              n_cp++;
              t.flags |= PLX_TF_ABBREV;
            }
          if (all_upper && n_letters >= 2)
            t.flags |= PLX_TF_ALLCAPS;
          t.len = p - pos;
          t.cplen = n_cp;
          pos = p;
          cp += n_cp;
          prev = last == '.' ? '.' : last;
        }
      else
        {
          gsize cl = char_len (text, pos);
          int fam = quote_family (c);

          t.len = cl;
          t.cplen = 1;
          if (fam != 0)
            {
              gunichar next = char_at (text, len, pos + cl);

              t.kind = PLX_TOK_QUOTE;
              t.family = fam;
              t.flags |= quote_flags (c, prev, next);
            }
          else if (is_dash (c) || (is_hyphen (c) && (space_before || is_space (char_at (text, len, pos + cl))
                                                     || char_at (text, len, pos + cl) == '-')))
            {
              t.kind = PLX_TOK_DASH;
              /* "--" as one dash */
              if (c == '-' && char_at (text, len, pos + 1) == '-')
                {
                  t.len = 2;
                  t.cplen = 2;
                  cl = 2;
                }
            }
          else
            {
              t.kind = PLX_TOK_PUNCT;
              t.family = c < 0x80 ? (guint8) c : 0;
              if (c == '.' || c == '!' || c == '?' || c == 0x2026)
                t.flags |= PLX_TF_TERMINATOR;
              if (c == 0x2026)
                t.family = '.';
            }
          pos += cl;
          cp += t.cplen;
          prev = c;
        }

      if (space_before)
        t.flags |= PLX_TF_SPACE_BEFORE;
      if (para_pending)
        {
          PlxRange r = { (guint) n_tokens, (guint) n_tokens };

          if (self->paragraphs->len > 0)
            g_array_index (self->paragraphs, PlxRange, self->paragraphs->len - 1).end = n_tokens;
          g_array_append_val (self->paragraphs, r);
          t.flags |= PLX_TF_PARA_START;
        }
      if (line_pending)
        t.flags |= PLX_TF_LINE_START;
      if (n_tokens > 0 && space_before)
        toks[n_tokens - 1].flags |= PLX_TF_SPACE_AFTER;
      space_before = para_pending = line_pending = FALSE;
      newlines = 0;
      if (n_tokens == cap)
        {
          cap = cap * 2 + 16;
          g_array_set_size (self->tokens, cap);
          toks = (PlxToken *) (void *) self->tokens->data;
        }
      toks[n_tokens++] = t;
    }
  g_array_set_size (self->tokens, n_tokens);
  if (self->tokens->len > 0)
    plx_tokens_get (self, self->tokens->len - 1)->flags |= PLX_TF_SPACE_AFTER;
  if (self->paragraphs->len > 0)
    g_array_index (self->paragraphs, PlxRange, self->paragraphs->len - 1).end = self->tokens->len;
  self->n_chars = cp;

  mark_sentences (self);

  /* classify every word once */
  self->classes = g_new0 (guint64, self->tokens->len + 1);
  if (lexicon != NULL)
    {
      Slot *slots = get_class_slots ();

      for (guint i = 0; i < self->tokens->len; i++)
        {
          PlxToken *t = plx_tokens_get (self, i);
          const char *w = text + t->start;
          guint32 h = 2166136261u;
          Slot *slot;

          if (t->kind != PLX_TOK_WORD)
            continue;
          if (t->len > SLOT_WORD)
            {
              self->classes[i] = plx_lexicon_classify_cached (lexicon, w, t->len);
              continue;
            }
          for (guint b = 0; b < t->len; b++)
            h = (h ^ (guchar) w[b]) * 16777619u;
          h ^= (guint32) (GPOINTER_TO_SIZE (lexicon) >> 4);
          slot = &slots[(h ^ (h >> 15)) & (N_SLOTS - 1)];
          if (slot->lexicon != lexicon || slot->len != t->len || memcmp (slot->word, w, t->len) != 0)
            {
              slot->lexicon = lexicon;
              slot->len = (guint8) t->len;
              memcpy (slot->word, w, t->len);
              slot->mask = plx_lexicon_classify_cached (lexicon, w, t->len);
            }
          self->classes[i] = slot->mask;
        }
    }
  return self;
}

void
plx_tokens_free (PlxTokens *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->tokens);
  g_array_unref (self->paragraphs);
  g_free (self->classes);
  g_free (self);
}

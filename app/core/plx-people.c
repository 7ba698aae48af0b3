/* plx-people.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-people"

#include "config.h"

#include <string.h>

#include "plx-people.h"
#include "plx-sort-private.h"
#include "plx-wordhash-private.h"

#define KEY_MAX 128
#define MAX_NAME_TOKENS 4
#define MAX_PREFIX 8

static inline PlxToken *
tok (PlxPeople *self,
     guint      i)
{
  return plx_tokens_get (self->tokens, i);
}

static inline gboolean
is_word (PlxPeople *self,
         guint      i)
{
  return plx_tokens_is_word (self->tokens, i);
}

static inline PlxWordRef
word_ref (PlxPeople *self,
          guint      i)
{
  PlxWordRef r = { plx_token_str (self->tokens, i), tok (self, i)->len };

  return r;
}

static inline gboolean
has (PlxPeople *self,
     PlxLexSet  set,
     guint      i)
{
  return plx_tokens_class (self->tokens, i, set);
}

static inline gboolean
klass (PlxPeople *self,
       guint      i,
       guint      bit)
{
  return plx_tokens_class (self->tokens, i, bit);
}

static guint
word_refs (PlxPeople  *self,
           guint       i,
           PlxWordRef *out,
           guint       max)
{
  guint n = 0;
  guint len = self->tokens->tokens->len;

  while (n < max && i + n < len && tok (self, i + n)->kind == PLX_TOK_WORD)
    {
      out[n] = word_ref (self, i + n);
      n++;
    }
  return n;
}

static guint
match_phrase_at (PlxPeople    *self,
                 PlxLexPhrase  phrase,
                 guint         i,
                 const char  **value)
{
  PlxWordRef refs[8];
  guint n;

  n = word_refs (self, i, refs, G_N_ELEMENTS (refs));
  if (n == 0)
    return 0;
  return plx_lexicon_match_phrase (self->lexicon, phrase, refs, n, value);
}

/* The number of words of the phrase of kind @phrase at token @i, 0 when
 * there is none; @value receives its value. Most words start no phrase,
 * which their class says at once. */
static inline guint
match_phrase (PlxPeople    *self,
              PlxLexPhrase  phrase,
              guint         i,
              const char  **value)
{
  if (!klass (self, i, PLX_CLASS_PHRASE_FIRST + phrase))
    return 0;
  return match_phrase_at (self, phrase, i, value);
}

static gboolean ru_consonant (gunichar c);

static char *pooled (PlxPeople *self, const char *s);

static gboolean
token_key_compute (PlxPeople *self,
                   guint      i,
                   char      *buf)
{
  PlxToken *t = tok (self, i);
  gsize n;

  if (!plx_lexicon_key (self->lexicon, self->tokens->text + t->start, t->len, buf, KEY_MAX))
    return FALSE;
  /* «Кравец» / «Кравца», «Лобанок» / «Лобанку», «певец» / «певца»: a
   * Russian noun or name in -ец, -ок, -ек loses that vowel as it
   * declines; the key drops it in every form */
  n = strlen (buf);
  if (self->inflected && n >= 10
      && (g_str_has_suffix (buf, "\xd0\xb5\xd1\x86") || g_str_has_suffix (buf, "\xd0\xbe\xd0\xba")
          || g_str_has_suffix (buf, "\xd0\xb5\xd0\xba"))
      && ru_consonant (g_utf8_get_char (g_utf8_prev_char (buf + n - 4))))
    memmove (buf + n - 4, buf + n - 2, 3);
  return TRUE;
}

/* token_key_compute() remembered for the tokens asked about last (the
 * passes ask about the same words again): a direct-mapped table by token,
 * the keys in self->strings; and, as the key depends on the word's bytes
 * alone, one by the word, for the other tokens of the same word (a name
 * comes back many times). The tables are the thread's, lent to one
 * PlxPeople at a time; their entries are those of the current loan. */
#define TOKEN_KEY_SLOTS 2048
#define WORD_KEY_SLOTS  1024

typedef struct
{
  guint       loan;    /* PlxTokenKeys.loan when set */
  guint       token;
  const char *key;     /* NULL: none */
} TokenKeySlot;

typedef struct
{
  guint       loan;    /* PlxTokenKeys.loan when set */
  guint       token;   /* a token of the word */
  const char *key;     /* NULL: none */
} WordKeySlot;

typedef struct _PlxTokenKeys
{
  guint        loan;
  TokenKeySlot slots[TOKEN_KEY_SLOTS];
  WordKeySlot  words[WORD_KEY_SLOTS];
} PlxTokenKeys;

static GPrivate spare_token_keys = G_PRIVATE_INIT (g_free);

static PlxTokenKeys *
token_keys_borrow (void)
{
  PlxTokenKeys *keys = g_private_get (&spare_token_keys);

  if (keys == NULL)
    keys = g_new0 (PlxTokenKeys, 1);
  else
    g_private_set (&spare_token_keys, NULL);
  if (++keys->loan == 0)
    {
      memset (keys, 0, sizeof *keys);
      keys->loan = 1;
    }
  return keys;
}

static void
token_keys_return (PlxTokenKeys *keys)
{
  if (keys != NULL && g_private_get (&spare_token_keys) == NULL)
    g_private_set (&spare_token_keys, keys);
  else
    g_free (keys);
}

/* The key of token @i in self->strings (it lives as long as @self), or
 * NULL when the word has none */
static const char *
token_key_ref (PlxPeople *self,
               guint      i)
{
  TokenKeySlot *slot;

  if (G_UNLIKELY (self->token_keys == NULL))
    self->token_keys = token_keys_borrow ();
  slot = &self->token_keys->slots[i % TOKEN_KEY_SLOTS];
  if (slot->loan == self->token_keys->loan && slot->token == i)
    return slot->key;
  slot->loan = self->token_keys->loan;
  slot->token = i;
  /* another token of the same word asked about before */
  {
    const PlxToken *t = tok (self, i);
    const char *w = self->tokens->text + t->start;
    guint64 raw[3];
    WordKeySlot *ws;
    const PlxToken *u;
    char buf[KEY_MAX];

    plx_word_fingerprint (w, t->len, raw);
    ws = &self->token_keys->words[plx_word_fingerprint_hash (raw, t->len, 0) % WORD_KEY_SLOTS];
    if (ws->loan == self->token_keys->loan && (u = tok (self, ws->token))->len == t->len
        && memcmp (self->tokens->text + u->start, w, t->len) == 0)
      return slot->key = ws->key;
    slot->key = token_key_compute (self, i, buf) ? pooled (self, buf) : NULL;
    ws->loan = self->token_keys->loan;
    ws->token = i;
    ws->key = slot->key;
  }
  return slot->key;
}

/* token_key_ref() copied to @buf (KEY_MAX bytes); FALSE when there is none */
static gboolean
token_key (PlxPeople *self,
           guint      i,
           char      *buf)
{
  const char *key = token_key_ref (self, i);

  if (key == NULL)
    return FALSE;
  strcpy (buf, key);
  return TRUE;
}

/* The last hyphen of the @len bytes at @s (which hold no NUL), or NULL:
 * g_strrstr_len (@s, @len, "-") */
static const char *
last_hyphen (const char *s,
             gsize       len)
{
  while (len > 0)
    if (s[--len] == '-')
      return s + len;
  return NULL;
}

/* The key of the surname at @i: "Ларионов-младший" and "Ларионов" are one
 * key, a marker of generation after a hyphen left out */
static gboolean
surname_key (PlxPeople *self,
             guint      i,
             char      *buf)
{
  PlxToken *t = tok (self, i);
  const char *s = self->tokens->text + t->start;
  /* (a word of letters only has no hyphen) */
  const char *h = t->kind == PLX_TOK_WORD && !(t->flags & PLX_TF_LETTERS) ? last_hyphen (s, t->len) : NULL;

  if (h != NULL && h > s && h + 1 < s + t->len
      && plx_lexicon_has (self->lexicon, PLX_LEX_NAME_MARKERS, h + 1, s + t->len - h - 1))
    return plx_lexicon_key (self->lexicon, s, h - s, buf, KEY_MAX);
  /* «Мусину-Пушкину», «Петровой-Водкиной»: both halves of a Russian
   * double surname decline, so each is keyed by its stem */
  if (self->inflected && h != NULL && h > s && h + 1 < s + t->len && memchr (s, '-', h - s) == NULL
      && g_unichar_isupper (g_utf8_get_char (s)) && g_unichar_isupper (g_utf8_get_char (h + 1)))
    {
      char second[KEY_MAX];
      gsize l;

      if (!plx_lexicon_key (self->lexicon, s, h - s, buf, KEY_MAX)
          || !plx_lexicon_key (self->lexicon, h + 1, s + t->len - h - 1, second, KEY_MAX))
        return token_key (self, i, buf);
      l = strlen (buf);
      if (l + 1 + strlen (second) + 1 > KEY_MAX)
        return token_key (self, i, buf);
      buf[l] = '-';
      memcpy (buf + l + 1, second, strlen (second) + 1);
      return TRUE;
    }
  return token_key (self, i, buf);
}

/* whether @c is a Russian consonant letter (й, ь and ъ are not) */
static gboolean
ru_consonant (gunichar c)
{
  return c != 0 && g_utf8_strchr ("бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ", -1, c) != NULL;
}

static inline const char *
given_nominative_ref (PlxPeople  *self,
                      const char *w,
                      gsize       len,
                      gsize      *out_len)
{
  return plx_lexicon_given_nominative (self->lexicon, w, len, out_len);
}

/* given_nominative_ref() as a new string */
static char *
given_nominative (PlxPeople  *self,
                  const char *w,
                  gsize       len)
{
  gsize l = 0;
  const char *nom = given_nominative_ref (self, w, len, &l);

  return nom != NULL ? g_strndup (nom, l) : NULL;
}

/* The nominative of a first name no list knows ("Фионы", "Ларса"), seen
 * in an oblique case, from its ending and the surname written with it:
 * a foreign woman's first name in -а declines (Фиона → Фионы, Фионе,
 * Фиону, Фионой), her consonant-final surname does not ("Фионы
 * О'Доннелл"); a foreign man's consonant-final first name and surname
 * decline alike ("Ларса Хансена", "Ларсом Хансеном"), a vowel-final
 * surname does not ("Мартена Лакруа"). @gender is what the text said of
 * the person (0: nothing). Returns NULL when the form is no oblique case
 * by these rules; sets *@surname_nom to the surname's nominative when
 * it declined with the first name. */
static char *
foreign_given_nominative (const char *given,
                          const char *surname,
                          char        gender,
                          char      **surname_nom)
{
  /* ending, nominative ending, feminine, needs the gender said */
  static const struct { const char *end, *nom; char g; gboolean said; } rules[] = {
    { "ии", "ия", 'f', FALSE }, { "ией", "ия", 'f', TRUE }, { "ию", "ия", 'f', TRUE },
    { "ки", "ка", 'f', FALSE }, { "ги", "га", 'f', FALSE }, { "хи", "ха", 'f', FALSE },
    { "жи", "жа", 'f', FALSE }, { "ши", "ша", 'f', FALSE }, { "чи", "ча", 'f', FALSE },
    { "щи", "ща", 'f', FALSE }, { "ы", "а", 'f', FALSE }, { "ой", "а", 'f', TRUE }, { "у", "а", 'f', TRUE }, { "е", "а", 'f', TRUE },
    { "ом", "", 'm', FALSE }, { "а", "", 'm', TRUE }, { "у", "", 'm', TRUE }, { "е", "", 'm', TRUE },
  };
  gsize gl = strlen (given);
  gsize sl = surname != NULL ? strlen (surname) : 0;

  *surname_nom = NULL;
  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    {
      gsize el = strlen (rules[r].end);
      const char *before;
      gboolean agrees;

      if ((rules[r].g == 'f' && gender == 'm') || (rules[r].g == 'm' && gender == 'f'))
        continue;
      if (gl <= el || !g_str_has_suffix (given, rules[r].end)
          || g_utf8_strlen (given, gl - el) < 2)
        continue;
      before = g_utf8_prev_char (given + gl - el);
      if (g_utf8_strlen (rules[r].end, -1) == 2 && g_str_has_suffix (rules[r].end, "и"))
        {
          /* «Моники Шульц», «Лючии Бьянки»: the surname of a woman
           * named so does not decline like a man's */
          if (g_utf8_strlen (given, gl - el) < 3 || surname == NULL
              || (!ru_consonant (g_utf8_get_char (g_utf8_prev_char (surname + sl)))
                  && !g_str_has_suffix (surname, "и")))
            continue;
        }
      else if (!ru_consonant (g_utf8_get_char (before)))
        continue;
      /* the surname in the same case: "Ларса Хансена", "Аны Сильвы" */
      agrees = surname != NULL && sl > el + 4 && g_str_has_suffix (surname, rules[r].end)
               && g_str_has_suffix (rules[r].end, "и") == FALSE
               && ru_consonant (g_utf8_get_char (g_utf8_prev_char (surname + sl - el)));
      /* a man's: only with the surname agreeing, or a surname that does
       * not decline (vowel-final: "Мартена Лакруа") */
      if (rules[r].g == 'm' && !agrees && surname != NULL && sl > 0
          && ru_consonant (g_utf8_get_char (g_utf8_prev_char (surname + sl))))
        continue;
      if (rules[r].said && gender != rules[r].g)
        continue;
      if (agrees && !plx_str_equal (rules[r].end, "е"))   /* «о Мартене Дюпре» */
        *surname_nom = g_strdup_printf ("%.*s%s", (int) (sl - el), surname, rules[r].nom);
      return g_strdup_printf ("%.*s%s", (int) (gl - el), given, rules[r].nom);
    }
  return NULL;
}

/* The key of the first name at @i: of its dictionary form in Russian, so
 * that "Николая Бондаренко" and "Николай Бондаренко" are one person */
static gboolean
given_key (PlxPeople *self,
           guint      i,
           char      *buf)
{
  PlxToken *t = tok (self, i);
  const char *nom = NULL;
  gsize nom_len = 0;

  if (self->inflected && t->kind == PLX_TOK_WORD
      && (nom = given_nominative_ref (self, self->tokens->text + t->start, t->len, &nom_len)) != NULL)
    return plx_lexicon_key (self->lexicon, nom, nom_len, buf, KEY_MAX);
  return token_key (self, i, buf);
}

static const char *
nationality (PlxPeople *self,
             guint      i)
{
  PlxToken *t = tok (self, i);

  if (t->kind != PLX_TOK_WORD || !klass (self, i, PLX_CLASS_NATIONALITY))
    return NULL;
  return plx_lexicon_nationality (self->lexicon, self->tokens->text + t->start, t->len);
}

static inline gboolean
is_speech_verb (PlxPeople *self,
                guint      i)
{
  /* (not "found": a verb of finding speaks only for a document) */
  return is_word (self, i) && klass (self, i, PLX_CLASS_SPEECH) && !klass (self, i, PLX_LEX_SOURCE_VERBS);
}

/* The bytes of the possessive 's / ’s the word at @i ends in (2 or 4),
 * or 0 */
static guint
possessive_len (PlxPeople *self,
                guint      i)
{
  PlxToken *u = tok (self, i);
  const char *s = self->tokens->text + u->start;

  if (u->kind != PLX_TOK_WORD)
    return 0;
  if (u->len > 2 && s[u->len - 2] == '\'' && s[u->len - 1] == 's')
    return 2;
  if (u->len > 4 && s[u->len - 1] == 's' && memcmp (s + u->len - 4, "\xe2\x80\x99", 3) == 0)
    return 4;
  return 0;
}

/* whether the word at @i ends in a possessive 's / ’s */
static gboolean
is_possessive (PlxPeople *self,
               guint      i)
{
  return possessive_len (self, i) != 0;
}

/* The token's text without a trailing possessive 's / ’s. */
/* "HANNAH CORWIN" (an upper-case byline) → "Hannah Corwin" */
static char *
title_case (const char *a,
            gsize       n)
{
  GString *out = g_string_sized_new (n);
  gboolean word_start = TRUE;

  for (const char *p = a; p < a + n; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          g_string_append_unichar (out, word_start ? g_unichar_totitle (c) : g_unichar_tolower (c));
          word_start = FALSE;
        }
      else
        {
          g_string_append_unichar (out, c);
          word_start = c != '\'' && c != 0x2019;
        }
    }
  return g_string_free (out, FALSE);
}

/* The strings of one PlxPeople, copied into blocks freed at once: few
 * small blocks asked of the allocator, none freed one by one. A thread
 * keeps the first block of the people it freed last for its next ones. */
#define POOL_BLOCK 8192

typedef struct _PlxPoolBlock PlxPoolBlock;
typedef struct _PlxStringPool PlxStringPool;

struct _PlxPoolBlock
{
  PlxPoolBlock *next;
  gsize         size;    /* bytes of data */
  char          data[];
};

struct _PlxStringPool
{
  PlxPoolBlock *blocks;  /* the block being filled first */
  gsize         used;    /* bytes of blocks->data taken */
};

static GPrivate spare_pool_block = G_PRIVATE_INIT (g_free);

static PlxStringPool *
string_pool_new (void)
{
  PlxStringPool *pool = g_new0 (PlxStringPool, 1);

  pool->blocks = g_private_get (&spare_pool_block);
  if (pool->blocks != NULL)
    g_private_set (&spare_pool_block, NULL);
  else
    {
      pool->blocks = g_malloc (sizeof (PlxPoolBlock) + POOL_BLOCK);
      pool->blocks->size = POOL_BLOCK;
    }
  pool->blocks->next = NULL;
  return pool;
}

static void
string_pool_free (PlxStringPool *pool)
{
  PlxPoolBlock *b = pool->blocks;

  while (b != NULL)
    {
      PlxPoolBlock *next = b->next;

      if (b->size == POOL_BLOCK && g_private_get (&spare_pool_block) == NULL)
        g_private_set (&spare_pool_block, b);
      else
        g_free (b);
      b = next;
    }
  g_free (pool);
}

/* A copy of the @n bytes at @s, NUL-terminated, in @pool */
static char *
string_pool_insert_len (PlxStringPool *pool,
                        const char    *s,
                        gsize          n)
{
  char *copy;

  if (pool->used + n + 1 > pool->blocks->size)
    {
      gsize size = MAX (POOL_BLOCK, n + 1);
      PlxPoolBlock *b = g_malloc (sizeof (PlxPoolBlock) + size);

      b->size = size;
      b->next = pool->blocks;
      pool->blocks = b;
      pool->used = 0;
    }
  copy = pool->blocks->data + pool->used;
  memcpy (copy, s, n);
  copy[n] = '\0';
  pool->used += n + 1;
  return copy;
}

/* The words [@first, @end) as written (title case for capitals, without a
 * possessive): a copy in @pool, or a new string when @pool is NULL */
static char *
surface_in (PlxPeople     *self,
            guint          first,
            guint          end,
            PlxStringPool *pool)
{
  const char *a = plx_token_str (self->tokens, first);
  PlxToken *last = tok (self, end - 1);
  const char *b = self->tokens->text + last->start + last->len;
  gsize n = b - a;

  if (n > 3 && a[n - 1] == 's' && a[n - 2] == '\'')
    n -= 2;
  else if (n > 5 && a[n - 1] == 's' && memcmp (a + n - 4, "\xe2\x80\x99", 3) == 0)
    n -= 4;
  for (guint i = first; i < end; i++)
    if (tok (self, i)->flags & PLX_TF_ALLCAPS)
      {
        char *tc = title_case (a, n);

        /* "JOOST VAN DER LINDEN" → "Joost van der Linden" */
        for (guint k = first + 1; k + 1 < end && strlen (tc) == n; k++)
          if (has (self, PLX_LEX_NAME_PARTICLES, k) && g_ascii_isupper (tc[tok (self, k)->start - tok (self, first)->start]))
            tc[tok (self, k)->start - tok (self, first)->start] = g_ascii_tolower (tc[tok (self, k)->start - tok (self, first)->start]);
        if (pool != NULL)
          {
            char *copy = string_pool_insert_len (pool, tc, strlen (tc));

            g_free (tc);
            return copy;
          }
        return tc;
      }
  return pool != NULL ? string_pool_insert_len (pool, a, n) : g_strndup (a, n);
}

static char *
surface (PlxPeople *self,
         guint      first,
         guint      end)
{
  return surface_in (self, first, end, NULL);
}

/* A copy of @s that lives as long as @self (in self->strings) */
static char *
pooled (PlxPeople  *self,
        const char *s)
{
  return string_pool_insert_len (self->strings, s, strlen (s));
}

/* "~" and @key (a key, shorter than KEY_MAX) in self->strings: the key
 * of a deputy's role (see add_role_key()) */
static char *
pooled_deputy (PlxPeople  *self,
               const char *key)
{
  char buf[KEY_MAX + 1];

  buf[0] = '~';
  g_strlcpy (buf + 1, key, sizeof buf - 1);
  return pooled (self, buf);
}

/* Adds a copy of @key in self->strings to @set unless it is there */
static void
set_add_pooled (PlxPeople  *self,
                GHashTable *set,
                const char *key)
{
  if (!g_hash_table_contains (set, key))
    g_hash_table_add (set, pooled (self, key));
}

/* surface() in self->strings */
static char *
surface_pooled (PlxPeople *self,
                guint      first,
                guint      end)
{
  return surface_in (self, first, end, self->strings);
}

/* "six-year-old", "52-year-old": token @i ends in "-old" */
static gboolean
ends_in_old (PlxPeople *self,
             guint      i)
{
  static const char *const old[] = { "-old" };

  return plx_tokens_ends_with_any (self->tokens, i, old, 1, 0);
}

/* whether @e was written with the surname form @s (@len bytes) */
static gboolean
entity_has_form (PlxEntity  *e,
                 const char *s,
                 gsize       len)
{
  for (guint f = 0; f < e->forms->len; f++)
    {
      const char *form = e->forms->pdata[f];

      if (strlen (form) == len && memcmp (form, s, len) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean is_role_word (PlxPeople *self, guint i);

static gboolean
excluded_from_names_compute (PlxPeople *self,
                             guint      i)
{
  PlxToken *t = tok (self, i);
  const char *s = self->tokens->text + t->start;

  const guint64 excluding = PLX_CLASS_BIT (PLX_LEX_STOPWORDS) | PLX_CLASS_BIT (PLX_LEX_ORG_WORDS)
                            | PLX_CLASS_BIT (PLX_LEX_PLACES) | PLX_CLASS_BIT (PLX_LEX_EVENTS)
                            | PLX_CLASS_BIT (PLX_LEX_MONTHS) | PLX_CLASS_BIT (PLX_LEX_WEEKDAYS)
                            | PLX_CLASS_BIT (PLX_LEX_ROLE_NOUNS) | PLX_CLASS_BIT (PLX_LEX_EPONYM_NOUNS)
                            | PLX_CLASS_BIT (PLX_CLASS_SPEECH) | PLX_CLASS_BIT (PLX_CLASS_PRONOUN)
                            | PLX_CLASS_BIT (PLX_CLASS_NATIONALITY);

  if (t->kind != PLX_TOK_WORD || !(t->flags & PLX_TF_CAP) || (t->flags & PLX_TF_ALLCAPS))
    return TRUE;
  /* "Jan. 21": a month with its abbreviation period, not the name Jan */
  if ((t->flags & PLX_TF_ABBREV) && t->len > 2 && s[t->len - 1] == '.'
      && plx_lexicon_has (self->lexicon, PLX_LEX_MONTHS, s, t->len - 1))
    return TRUE;
  if (klass (self, i, PLX_CLASS_GIVEN))
    return FALSE;
  /* «Максим Ли»: a capitalised particle inside a sentence right after a
   * first name is a short surname */
  if (self->inflected && i > 0 && !(t->flags & PLX_TF_SENT_START) && is_word (self, i - 1)
      && (tok (self, i - 1)->flags & PLX_TF_CAP) && klass (self, i - 1, PLX_CLASS_GIVEN))
    {
      /* «Антон Чехов», «Ольга Пушкина», «Артём Королёв»: after a first
       * name, a town or a (capitalised) role noun that has the shape of a
       * surname is one */
      static const char *const surname_shaped[] = { "ов", "ев", "ёв", "ин", "ова", "ева", "ёва", "ина",
                                                    "ову", "еву", "ёву", "ину", "овым", "евым", "ёвым", "иным",
                                                    "ове", "еве", "ёве", "ине", "ский", "ская", "цкий", "цкая" };
      /* «Марко Росси», «Анна Франко»: a name never takes a country or a
       * town right after it, so a word that shares only its stem with one
       * («России») is a surname there too */
      guint64 allowed = PLX_CLASS_BIT (PLX_LEX_STOPWORDS) | PLX_CLASS_BIT (PLX_LEX_PLACES)
                        | PLX_CLASS_BIT (PLX_CLASS_NATIONALITY);

      if (plx_tokens_ends_with_any (self->tokens, i, surname_shaped, G_N_ELEMENTS (surname_shaped), 3))
        allowed |= PLX_CLASS_BIT (PLX_LEX_ROLE_NOUNS);   /* (places are allowed already) */
      if (!(self->tokens->classes[i] & excluding & ~allowed))
        return FALSE;
    }
  /* «Губернатор Приморья ввел», «Авиалесоохрана Якутии сообщила»: a
   * word in "-ии" or "-ья" that is no listed first name, follows none and
   * has no capitalised word after it is a region's genitive, not a
   * surname (but «Лукерья Шестакова», «Зульфии Ахметовой») (Russian) */
  if (self->inflected && t->len > 6
      && !(i + 1 < self->tokens->tokens->len && is_word (self, i + 1) && (tok (self, i + 1)->flags & PLX_TF_CAP)))
    {
      static const char *const region_endings[] = { "ии", "ья" };

      if (plx_tokens_ends_with_any (self->tokens, i, region_endings, G_N_ELEMENTS (region_endings), 2))
        return TRUE;
    }
  /* «Росси заключил» after «Марко Росси»: a word that shares only its
   * stem with a country or a town is the surname it was written as in a
   * full name before (the very same letters: «России» stays a country);
   * "Baker added" after "Tom Baker": so is an English role noun */
  if ((self->tokens->classes[i] & excluding)
      && !(self->tokens->classes[i] & excluding
           & ~(self->inflected ? PLX_CLASS_BIT (PLX_LEX_PLACES) | PLX_CLASS_BIT (PLX_CLASS_NATIONALITY)
                               : PLX_CLASS_BIT (PLX_LEX_ROLE_NOUNS))))
    {
      char key[KEY_MAX];
      GPtrArray *cands = surname_key (self, i, key) ? g_hash_table_lookup (self->by_surname, key) : NULL;

      for (guint c = 0; cands != NULL && c < cands->len && c < 16; c++)
        {
          PlxEntity *ce = g_ptr_array_index (self->entities, GPOINTER_TO_INT (cands->pdata[c]));

          if (entity_has_form (ce, s, t->len))
            return FALSE;
        }
    }
  /* "Rachel Power, chief executive of …", "Tom Bank, a director at …":
   * after a first name, a word of organisations' names is a surname when
   * a role follows in apposition */
  if (!self->inflected && i > 0 && i + 3 < self->tokens->tokens->len && !(t->flags & PLX_TF_SENT_START)
      && is_word (self, i - 1) && (tok (self, i - 1)->flags & PLX_TF_CAP) && klass (self, i - 1, PLX_CLASS_GIVEN)
      && (self->tokens->classes[i] & excluding) == PLX_CLASS_BIT (PLX_LEX_ORG_WORDS)
      && plx_tokens_is_char (self->tokens, i + 1, ','))
    {
      guint r = has (self, PLX_LEX_DETERMINERS, i + 2) || has (self, PLX_LEX_INDEFINITES, i + 2) ? i + 3 : i + 2;

      if (is_word (self, r) && !(tok (self, r)->flags & PLX_TF_CAP) && is_role_word (self, r)
          && !has (self, PLX_LEX_ORG_WORDS, r))
        return FALSE;
    }
  /* "Tom Baker", "Ann Farmer", "Kelechi Bowler": in English a role noun
   * written with a capital right after a first name, no capitalised word
   * after it, is a surname */
  if (!self->inflected && i > 0 && i + 1 < self->tokens->tokens->len && !(t->flags & PLX_TF_SENT_START)
      && is_word (self, i - 1) && (tok (self, i - 1)->flags & PLX_TF_CAP) && !(tok (self, i - 1)->flags & PLX_TF_ALLCAPS)
      && klass (self, i - 1, PLX_CLASS_GIVEN) && (self->tokens->classes[i] & excluding) == PLX_CLASS_BIT (PLX_LEX_ROLE_NOUNS)
      && !(is_word (self, i + 1) && ((tok (self, i + 1)->flags & PLX_TF_CAP) || is_role_word (self, i + 1)))
      /* (not "Christian Democrat (CDU) budget spokesman": a party's;
       * not "Virginia Governor's office": a title after a place) */
      && !plx_tokens_is_char (self->tokens, i + 1, '(') && !has (self, PLX_LEX_PLACES, i - 1)
      && match_phrase (self, PLX_LEX_PHRASE_TITLES, i, NULL) == 0)
    return FALSE;
  /* (a verb of finding, "Found", is a speech verb only beside a source) */
  if (self->tokens->classes[i] & excluding
      & ~(klass (self, i, PLX_LEX_SOURCE_VERBS) ? PLX_CLASS_BIT (PLX_CLASS_SPEECH) : 0))
    return TRUE;
  /* «Россельхозбанка», «Еврокомиссии», «Мосгордумы»: a compound that
   * ends in an organisation word (a tail of four to eight letters after a
   * head of three or more) */
  if (self->inflected && t->len >= 14)
    {
      const char *q = s + t->len;
      /* g_utf8_pointer_to_offset (s, q) < 3 is q <= the third character */
      const char *third = g_utf8_next_char (g_utf8_next_char (s));

      for (guint chars = 1; chars <= 8; chars++)
        {
          q = g_utf8_prev_char (q);
          if (q <= third)
            break;
          if (chars >= 4 && plx_lexicon_has (self->lexicon, PLX_LEX_ORG_WORDS, q, s + t->len - q))
            return TRUE;
        }
    }
  /* "Znak.com", «Лента.ру»: a word joined by a period to a short ending
   * with no space on either side is a website's name, not a person */
  if (i + 1 < self->tokens->tokens->len)
    {
      guint d = (t->flags & PLX_TF_ABBREV) ? i + 1 : i + 2;

      if (d == i + 2 && !plx_tokens_is_char (self->tokens, i + 1, '.'))
        d = 0;
      if (d > 0 && d < self->tokens->tokens->len && !(tok (self, d - 1)->flags & PLX_TF_SPACE_AFTER)
          && (d == i + 1 || !(t->flags & PLX_TF_SPACE_AFTER)) && tok (self, d)->kind == PLX_TOK_WORD
          && (!(tok (self, d)->flags & PLX_TF_CAP) || (tok (self, d)->flags & PLX_TF_ALLCAPS))
          && g_utf8_strlen (self->tokens->text + tok (self, d)->start, tok (self, d)->len) >= 2
          && g_utf8_strlen (self->tokens->text + tok (self, d)->start, tok (self, d)->len) <= 4)
        return TRUE;
    }
  /* (the tests below look for a hyphen, a digit or an apostrophe, which
   * a word of letters only has not) */
  if (t->flags & PLX_TF_LETTERS)
    return FALSE;
  /* "Sen. Kristin Olson, D-Eau Claire,": a party letter and a hyphen
   * begin a home town, no name */
  if (t->len > 2 && g_ascii_isupper (s[0]) && s[1] == '-')
    return TRUE;
  /* a token with digits is not a name (G20) */
  for (guint k = 0; k < t->len; k++)
    if (g_ascii_isdigit (s[k]))
      return TRUE;
  /* "I've", "You'll", "We're": a pronoun's contraction, not a name (but
   * "O'Brien", "Ben's") */
  for (guint k = 1; k + 1 < t->len; k++)
    {
      guint a = s[k] == '\'' ? k + 1 : (k + 3 < t->len && memcmp (s + k, "\xe2\x80\x99", 3) == 0 ? k + 3 : 0);
      guint rest = t->len - a;

      if (a == 0)
        continue;
      if ((rest == 2 && (memcmp (s + a, "ve", 2) == 0 || memcmp (s + a, "ll", 2) == 0 || memcmp (s + a, "re", 2) == 0))
          || (rest == 1 && (s[a] == 'm' || s[a] == 'd')))
        return TRUE;
      break;
    }
  return FALSE;
}

/* Whether token @i can be no part of a name (a lower-case word, a listed
 * word of another kind, a contraction …). The answer depends on the token
 * and the lexicon alone, and names are parsed from every word: it is
 * remembered per token. */
static inline gboolean
excluded_from_names (PlxPeople *self,
                     guint      i)
{
  guint8 *known;

  /* (after plx_people_find() the few questions are not remembered) */
  if (self->excluded == NULL)
    return excluded_from_names_compute (self, i);
  known = &self->excluded[i];
  if (G_UNLIKELY (*known == 0))
    *known = excluded_from_names_compute (self, i) ? 2 : 1;
  return *known == 2;
}

/* The distinct strings among @e's full forms, brought up to date with the
 * forms added since the last call: a test over the forms of a person
 * named thousands of times reads each distinct form once, not each
 * mention. */
static GPtrArray *
full_forms_distinct (PlxEntity *e)
{
  if (e->full_distinct == NULL)
    e->full_distinct = g_ptr_array_new ();
  for (; e->full_merged < e->full_forms->len; e->full_merged++)
    {
      gpointer form = e->full_forms->pdata[e->full_merged];
      guint i = 0;

      while (i < e->full_distinct->len && strcmp (e->full_distinct->pdata[i], form) != 0)
        i++;
      if (i == e->full_distinct->len)
        g_ptr_array_add (e->full_distinct, form);
    }
  return e->full_distinct;
}

static void
entity_free (gpointer data)
{
  PlxEntity *e = data;

  g_free (e->name);
  g_ptr_array_unref (e->forms);
  g_ptr_array_unref (e->full_forms);
  g_clear_pointer (&e->full_distinct, g_ptr_array_unref);
  g_ptr_array_unref (e->titles);
  g_clear_pointer (&e->role_keys, g_ptr_array_unref);
  g_clear_pointer (&e->aliases, g_ptr_array_unref);
  g_free (e);
}

static void
add_unique (GPtrArray  *arr,
            const char *s)
{
  for (guint i = 0; i < arr->len; i++)
    if (plx_str_equal (arr->pdata[i], s))
      return;
  g_ptr_array_add (arr, g_strdup (s));
}

static void
add_mention (PlxPeople      *self,
             GArray         *to,
             guint           first,
             guint           end,
             int             entity,
             PlxMentionKind  kind)
{
  PlxMention m = { first, end, entity, kind, 0, 0 };

  g_array_append_val (to, m);
  if (entity >= 0)
    {
      PlxEntity *e = g_ptr_array_index (self->entities, entity);

      e->n_mentions++;
      if (kind == PLX_MENTION_BYLINE)
        e->n_byline++;
      e->last_token = MAX (e->last_token, first);
    }
}

/* the index of @key in the sorted @keys, or where it would go */
static guint
role_key_index (GPtrArray  *keys,
                const char *key,
                gboolean   *found)
{
  guint lo = 0, hi = keys->len;

  *found = FALSE;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = strcmp (keys->pdata[mid], key);

      if (c == 0)
        {
          *found = TRUE;
          return mid;
        }
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gboolean
plx_entity_has_role_key (const PlxEntity *e,
                         const char      *key)
{
  gboolean found = FALSE;

  if (e->role_keys != NULL)
    role_key_index (e->role_keys, key, &found);
  return found;
}

/* adds a copy of @key to @e's role keys unless it is there */
static void
role_keys_add (PlxEntity  *e,
               const char *key)
{
  gboolean found;
  guint at;

  if (e->role_keys == NULL)
    e->role_keys = g_ptr_array_new ();
  at = role_key_index (e->role_keys, key, &found);
  if (!found)
    g_ptr_array_insert (e->role_keys, (int) at, string_pool_insert_len (e->strings, key, strlen (key)));
}

/* adds @key (as "~key" for a deputy's title) to @e's role keys, copying
 * it only when it is new */
static void
add_role_key (PlxEntity  *e,
              const char *key,
              gboolean    deputy)
{
  char buf[KEY_MAX + 1];

  if (deputy)
    {
      buf[0] = '~';
      g_strlcpy (buf + 1, key, sizeof buf - 1);
      key = buf;
    }
  role_keys_add (e, key);
}

/* whether a role alias's value starts with a deputy word: «вице-мэр» is
 * «заместитель главы», a deputy, not the head */
static gboolean
value_is_deputy (PlxPeople  *self,
                 const char *value)
{
  const char *sp = strchr (value, ' ');
  gsize l = sp != NULL ? (gsize) (sp - value) : strlen (value);

  return l > 0 && plx_lexicon_has (self->lexicon, PLX_LEX_DEPUTY_WORDS, value, l);
}

static void
add_role_keys (PlxPeople *self,
               PlxEntity *e,
               guint      first,
               guint      end)
{
  gboolean deputy = FALSE;
  guint head_end = end;

  for (guint i = first; i < end; i++)
    if (is_word (self, i) && has (self, PLX_LEX_DEPUTY_WORDS, i))
      deputy = TRUE;
  if (self->inflected)
    {
      /* the head of a Russian title comes first, the rest is its complement:
       * "адвокат бывшего мэра" is a lawyer */
      for (guint i = first; i < end; i++)
        {
          guint k = match_phrase (self, PLX_LEX_PHRASE_TITLES, i, NULL);

          if (k > 0 && !has (self, PLX_LEX_DEPUTY_WORDS, i))
            {
              head_end = MIN (end, i + k);
              break;
            }
        }
    }
  for (guint i = first; i < end; i++)
    {
      char key[KEY_MAX];
      const char *value = NULL;
      guint k;

      if (!is_word (self, i))
        continue;
      if ((i < head_end || (self->inflected && (tok (self, i)->flags & PLX_TF_CAP) && i > first))
          && token_key (self, i, key))
        add_role_key (e, key, deputy);
      /* "the head of the steelworkers' federation", "union chief X": a
       * head word heading the title (not "chief negotiator", where it
       * qualifies another role) makes the person one that "the chief",
       * "the boss", "the leader" can name */
      if (!self->inflected && has (self, PLX_LEX_HEAD_WORDS, i)
          && !(i + 1 < end && is_word (self, i + 1) && !(tok (self, i + 1)->flags & PLX_TF_CAP)
               && !has (self, PLX_LEX_PREPOSITIONS, i + 1)))
        add_role_key (e, "@head", deputy);
      k = match_phrase (self, PLX_LEX_PHRASE_INSTITUTIONS, i, &value);
      /* «глава команды» is its coach, «капитан команды» is not: in Russian
       * a body names its head's role only after a head word or after
       * that role itself («директор компании» is its «гендиректор») */
      if (k > 0 && value != NULL && self->inflected && i > first && is_word (self, i - 1)
          && !has (self, PLX_LEX_HEAD_WORDS, i - 1))
        {
          char prev[KEY_MAX];

          if (!token_key (self, i - 1, prev) || strstr (value, prev) == NULL)
            k = 0;
        }
      if (k == 0 || value == NULL)
        {
          /* "Chief executive Ann Lowe" is who "the CEO" refers to */
          value = NULL;
          k = match_phrase (self, PLX_LEX_PHRASE_ROLE_ALIASES, i, &value);
        }
      if (k > 0 && i + k <= end && value != NULL)
        {
          gboolean vdeputy = deputy || value_is_deputy (self, value);

          /* each word of the value, split at single spaces in place (as
           * g_strsplit (value, " ", -1) would, empty words too) */
          for (const char *w = *value != '\0' ? value : NULL; w != NULL;)
            {
              const char *sp = strchr (w, ' ');
              gsize wl = sp != NULL ? (gsize) (sp - w) : strlen (w);

              if (plx_lexicon_key (self->lexicon, w, wl, key, KEY_MAX))
                add_role_key (e, key, vdeputy);
              w = sp != NULL ? sp + 1 : NULL;
            }
        }
    }
}

static gboolean
is_role_word (PlxPeople *self,
              guint      i)
{
  return is_word (self, i)
         && (has (self, PLX_LEX_ROLE_NOUNS, i) || has (self, PLX_LEX_HEAD_WORDS, i)
             || match_phrase (self, PLX_LEX_PHRASE_TITLES, i, NULL) > 0);
}

static guint age_of (PlxPeople *self, guint i, gboolean bare);

/* "The chairman of the union committee, Viktor Semyonov," and "Fiona
 * McLeod, chief economist at Harrow & Finch,": titles in apposition */
static void
add_appositive_roles (PlxPeople *self,
                      PlxEntity *e,
                      guint      first,
                      guint      end)
{
  guint n = self->tokens->tokens->len;
  guint a = first, b = first;

  if (first >= 2 && plx_tokens_is_char (self->tokens, first - 1, ','))
    {
      guint k = first - 1;

      while (k > 0 && first - 1 - k < 10)
        {
          PlxToken *t = tok (self, k - 1);

          /* "The regional manager who wrote the March 14 email, Trent
           * Hollis,": a number inside the description */
          if ((t->kind != PLX_TOK_WORD && t->kind != PLX_TOK_NUMBER) || (t->flags & PLX_TF_SENT_END))
            break;
          /* "Kessler said under questioning from his lawyer, Diane
           * Okafor": the description starts after a possessive */
          if (t->kind == PLX_TOK_WORD && k < first - 1 && has (self, PLX_LEX_POSSESSIVES, k - 1))
            break;
          k--;
          if (t->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
            break;
        }
      a = k;
      b = first - 1;
      /* "Elodie Le Goff, 70, the presiding judge, Catriona MacLeod, a
       * forensic accountant, …": in a list of people the description
       * before a name is the previous name's; this one's follows it */
      if (a >= 2 && plx_tokens_is_char (self->tokens, a - 1, ',')
          && (plx_people_mention_at (self, a - 2) >= 0
              || (a >= 4 && tok (self, a - 2)->kind == PLX_TOK_NUMBER && plx_tokens_is_char (self->tokens, a - 3, ',')
                  && plx_people_mention_at (self, a - 4) >= 0)))
        a = b = first;
    }
  if (b <= a && end + 1 < n && plx_tokens_is_char (self->tokens, end, ','))
    {
      guint k = end + 1;

      /* "Piotr Zielonka, 61, a retired detective,": the age first */
      if (k + 2 < n && tok (self, k)->kind == PLX_TOK_NUMBER && plx_tokens_is_char (self->tokens, k + 1, ',')
          && age_of (self, k, TRUE) > 0)
        k += 2;
      end = k - 1;
      /* "Callum Reid, the 29-year-old captain,": an age inside it */
      while (k < n && k - end < 10 && (tok (self, k)->kind == PLX_TOK_WORD || tok (self, k)->kind == PLX_TOK_NUMBER)
             && !(tok (self, k)->flags & PLX_TF_SENT_START))
        {
          /* «Кикабидзе, ирландский спортивный директор клуба Шон
           * О'Коннор и …»: a Russian description that runs into a name
           * is that name's title */
          if (self->inflected && k > end + 1 && k + 1 < n && is_word (self, k) && is_word (self, k + 1)
              && (tok (self, k)->flags & PLX_TF_CAP) && (tok (self, k + 1)->flags & PLX_TF_CAP)
              && !(tok (self, k)->flags & PLX_TF_ALLCAPS) && !(tok (self, k + 1)->flags & PLX_TF_ALLCAPS)
              && !(tok (self, k - 1)->flags & PLX_TF_CAP))
            return;
          k++;
        }
      /* «Саркисян, 38-летняя главный тренер «Волги» Зоя Задорожная»: the
       * same with a body's name in quotation marks before the name */
      if (self->inflected && k < n && k > end + 1 && tok (self, k)->kind == PLX_TOK_QUOTE
          && (tok (self, k)->flags & PLX_TF_CAN_OPEN))
        for (guint c = k + 1; c < n && c < k + 8; c++)
          if (tok (self, c)->kind == PLX_TOK_QUOTE)
            {
              if (c + 2 < n && is_word (self, c + 1) && is_word (self, c + 2)
                  && (tok (self, c + 1)->flags & PLX_TF_CAP) && (tok (self, c + 2)->flags & PLX_TF_CAP)
                  && !(tok (self, c + 1)->flags & PLX_TF_ALLCAPS) && !(tok (self, c + 2)->flags & PLX_TF_ALLCAPS))
                return;
              break;
            }
      a = end + 1;
      b = k;
      /* "…с министром Оксаной Лут, представитель Кремля сообщил": a
       * clause with its own verb, not an apposition */
      for (guint w = a; w < b; w++)
        if (is_speech_verb (self, w))
          return;
    }
  if (b <= a)
    return;
  for (guint i = a; i < b; i++)
    if (is_role_word (self, i))
      {
        add_role_keys (self, e, a, b);
        for (guint w = a; w < b; w++)
          {
            const char *nat = nationality (self, w);

            if (nat != NULL && e->nationality == NULL)
              e->nationality = pooled (self, nat);
          }
        return;
      }
}

/* "Нападающий «Сибири» Павел Зуев", "Finance chief Owen Pratt of …": a
 * title in front of a name that the prefix parser did not reach (a quoted
 * club, a lower-case complement in between). Adds its role keys. */
static void
add_preceding_roles (PlxPeople *self,
                     PlxEntity *e,
                     guint      first)
{
  guint k = first;
  guint role = G_MAXUINT;
  gboolean in_quote = FALSE;

  /* «начальник отдела уголовного розыска УМВД России по г. Твери
   * подполковник полиции Денис Мальцев»: Russian titles run longer */
  while (k > 0 && first - k < (self->inflected ? 16u : 8u))
    {
      PlxToken *t = tok (self, k - 1);

      if (t->kind == PLX_TOK_QUOTE)
        {
          in_quote = !in_quote;
          k--;
          continue;
        }
      /* the dot of an abbreviation («г. Твери») inside the title */
      if (self->inflected && k >= 2 && plx_tokens_is_char (self->tokens, k - 1, '.')
          && !(tok (self, k)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
          && is_word (self, k - 2) && !(tok (self, k - 2)->flags & PLX_TF_CAP) && tok (self, k - 2)->len <= 4)
        {
          k--;
          continue;
        }
      if (t->kind != PLX_TOK_WORD || (t->flags & PLX_TF_SENT_END)
          || (!in_quote && plx_people_mention_at (self, k - 1) >= 0)
          || (!in_quote && is_speech_verb (self, k - 1)))
        break;
      k--;
      if (!in_quote && is_role_word (self, k))
        role = k;
      if (t->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
        break;
    }
  if (role == G_MAXUINT || in_quote)
    return;
  add_role_keys (self, e, role, first);
  /* "The Irish interim manager X": the nationality may come before the
   * role word's modifiers */
  for (guint i = k; i < first; i++)
    {
      const char *nat = is_word (self, i) ? nationality (self, i) : NULL;

      if (nat != NULL && e->nationality == NULL)
        e->nationality = pooled (self, nat);
    }
}

static gboolean word_is (PlxPeople *self, guint i, const char *w);
static gboolean mutated_name_shape (const char *s, gsize len);

/* The age a number token states as a description: "52-year-old",
 * "61-летний", "61-летняя" → 52, 61; with @bare a plain "52" too; 0 when
 * it states none. */
static guint
age_of (PlxPeople *self,
        guint      i,
        gboolean   bare)
{
  PlxToken *t;
  const char *s;
  guint d = 0, v = 0;

  if (i >= self->tokens->tokens->len)
    return 0;
  t = tok (self, i);
  if (t->kind != PLX_TOK_NUMBER)
    return 0;
  s = self->tokens->text + t->start;
  while (d < t->len && d < 4 && g_ascii_isdigit (s[d]))
    v = v * 10 + (guint) (s[d++] - '0');
  if (d == 0 || d > 3 || v == 0 || v > 120)
    return 0;
  if (d == t->len)
    return bare ? v : 0;
  if (s[d] != '-')
    return 0;
  s += d + 1;
  d = t->len - d - 1;
  /* "-year-old", "-летний" / "-летняя" / "-летнего" …  */
  if ((d >= 8 && g_ascii_strncasecmp (s, "year-old", 8) == 0)
      || (d >= 8 && strncmp (s, "летн", 8) == 0))
    return v;
  return 0;
}

/* whether the word @k counts years after a bare age: «год», «года», «лет» */
static gboolean
years_word (PlxPeople *self,
            guint      k)
{
  const char *w = self->tokens->text + tok (self, k)->start;
  gsize l = tok (self, k)->len;

  return (l >= 6 && strncmp (w, "год", 6) == 0) || (l == 6 && strncmp (w, "лет", 6) == 0);
}

/* Facts the text states right around a name, for descriptions that come
 * back to the person later ("the 52-year-old", "the Italian", «61-летний
 * политик»): an age before the name ("52-year-old Rasmus Kjaergaard",
 * "the 52-year-old goalkeeper X", «61-летний Иван Петров») or after it
 * ("X, 52,", "X (52)", «X, 61 год,», "X, a 52-year-old …"), and a country
 * after it ("X of Italy", "X (Italy)", «X (Италия)», «X из Италии»). */
static void
add_person_facts (PlxPeople *self,
                  PlxEntity *e,
                  guint      first,
                  guint      end)
{
  guint n = self->tokens->tokens->len;

  if (e->age == 0)
    for (guint k = first, steps = 0; k > 0 && steps < 12; k--, steps++)
      {
        PlxToken *t = tok (self, k - 1);
        guint a = age_of (self, k - 1, FALSE);

        if (a > 0)
          {
            e->age = (guint8) a;
            break;
          }
        /* a title chain of any length between ("71-летняя бывший
         * заместитель начальника управления ЖКХ X", "the 44-year-old
         * former chief executive of Lumen X"), with quoted names in it;
         * not across another name, a verb or "and" */
        if (t->kind == PLX_TOK_QUOTE)
          continue;
        if (t->kind != PLX_TOK_WORD || (t->flags & PLX_TF_SENT_END) || is_speech_verb (self, k - 1)
            || has (self, PLX_LEX_COORDINATORS, k - 1) || plx_people_mention_at (self, k - 1) >= 0
            || (t->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START)))
          break;
      }
  if (e->age == 0 && end + 1 < n && (plx_tokens_is_char (self->tokens, end, ',')
                                     || plx_tokens_is_char (self->tokens, end, '(')))
    {
      guint a = age_of (self, end + 1, TRUE);

      /* "X, 52, said", "X (52)", «X, 61 год,», «X (61 год)» */
      if (a > 0 && end + 2 < n
          && (plx_tokens_is_char (self->tokens, end + 2, ',') || plx_tokens_is_char (self->tokens, end + 2, ')')
              || (self->inflected && is_word (self, end + 2) && !(tok (self, end + 2)->flags & PLX_TF_CAP)
                  && tok (self, end + 2)->len <= 8)))
        {
          /* «год», «года», «лет» */
          if (!is_word (self, end + 2))
            e->age = (guint8) a;
          else if (years_word (self, end + 2))
            e->age = (guint8) a;
        }
      /* "X, a 52-year-old …", "X, the 52-year-old …" */
      for (guint k = end + 1; e->age == 0 && k < n && k <= end + 3; k++)
        {
          guint b = age_of (self, k, FALSE);

          /* "X, aged 52,", "X, age 52," */
          if (b == 0 && !self->inflected && k == end + 2 && (word_is (self, k - 1, "aged") || word_is (self, k - 1, "age"))
              && k + 1 < n && (plx_tokens_is_char (self->tokens, k + 1, ',') || plx_tokens_is_char (self->tokens, k + 1, ')')))
            b = age_of (self, k, TRUE);
          if (b > 0)
            e->age = (guint8) b;
          else if (tok (self, k)->kind != PLX_TOK_WORD || (tok (self, k)->flags & PLX_TF_CAP))
            break;
        }
    }
  if (e->nationality == NULL && first > 0)
    {
      /* "Belgian rider Wout Peeters", «итальянский гонщик Марко Росси»,
       * «норвежца Ларса Хансена»: a nationality right before the name or
       * before its role word */
      guint k = first - 1;

      if (k > 0 && is_word (self, k) && (is_role_word (self, k) || has (self, PLX_LEX_GENERIC_ROLES, k))
          && nationality (self, k) == NULL)
        k--;
      /* «шотландская яхтсменка Айла Макдугалл»: any lower-case noun
       * between a (lower-case) nationality adjective and the name — not
       * "… of Norway beat Marta Bellini" */
      else if (self->inflected && k > 0 && is_word (self, k) && !(tok (self, k)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS))
               && nationality (self, k) == NULL && is_word (self, k - 1) && nationality (self, k - 1) != NULL
               && !(tok (self, k - 1)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS))
               && !has (self, PLX_LEX_PREPOSITIONS, k) && !has (self, PLX_LEX_STOPWORDS, k)
               && !is_speech_verb (self, k))
        k--;
      if (is_word (self, k) && !(tok (self, k)->flags & PLX_TF_SENT_END) && nationality (self, k) != NULL)
        e->nationality = pooled (self, nationality (self, k));
    }
  if (e->nationality == NULL && end + 1 < n)
    {
      guint k = end;
      const char *nat = NULL;

      /* "X of Italy", "X from Denmark", «X из Италии»: a capitalised
       * country right after a preposition */
      if (is_word (self, k) && !(tok (self, k)->flags & PLX_TF_CAP)
          && (word_is (self, k, "of") || word_is (self, k, "from") || word_is (self, k, "из"))
          && is_word (self, k + 1) && (tok (self, k + 1)->flags & PLX_TF_CAP))
        nat = nationality (self, k + 1);
      /* "X (Italy)", «X (Италия)» */
      else if (plx_tokens_is_char (self->tokens, k, '(') && k + 2 < n && is_word (self, k + 1)
               && plx_tokens_is_char (self->tokens, k + 2, ')'))
        nat = nationality (self, k + 1);
      if (nat != NULL)
        e->nationality = pooled (self, nat);
    }
}

/* «адвокат Л. М. Зубарева, просила учесть»: a past-tense verb in -ла
 * right after the name (or after its apposition) says a woman; returns
 * 'f' or 0 */
static gboolean
feminine_past (PlxPeople *self,
               guint      k)
{
  const char *s;
  gsize l;

  if (k >= self->tokens->tokens->len || !is_word (self, k) || (tok (self, k)->flags & PLX_TF_CAP)
      || tok (self, k)->len <= 6)
    return FALSE;
  s = plx_token_str (self->tokens, k);
  l = tok (self, k)->len;
  return memcmp (s + l - 4, "ла", 4) == 0 || (l > 8 && memcmp (s + l - 8, "лась", 8) == 0);
}

static char
feminine_verb_after (PlxPeople *self,
                     guint      k)
{
  guint n = self->tokens->tokens->len;

  if (feminine_past (self, k))
    return 'f';
  if (k < n && plx_tokens_is_char (self->tokens, k, ','))
    {
      guint c = k + 1;

      if (feminine_past (self, c))
        return 'f';
      while (c < n && c < k + 12 && !plx_tokens_is_char (self->tokens, c, ',')
             && !(tok (self, c)->flags & (PLX_TF_SENT_END | PLX_TF_TERMINATOR)))
        c++;
      if (c < n && plx_tokens_is_char (self->tokens, c, ',') && feminine_past (self, c + 1))
        return 'f';
    }
  return 0;
}

/* Registers a person named by tokens [first, end) with an optional title
 * span [title_first, title_end). Returns the entity index. */
static int
register_person_gap (PlxPeople      *self,
                     guint           first,
                     guint           end,
                     guint           gap_first,
                     guint           gap_end,
                     guint           title_first,
                     guint           title_end,
                     char            gender_hint,
                     PlxMentionKind  kind);

/* "Г. В. Поповых" and "Геннадий Поповых": first-name keys that are equal,
 * or an initial and a name that starts with it */
static gboolean
given_keys_agree (const char *a,
                  const char *b)
{
  const char *na, *nb;

  if (plx_str_equal (a, b))
    return TRUE;
  na = g_utf8_next_char (a);
  nb = g_utf8_next_char (b);
  if (*a == '\0' || *b == '\0' || na - a != nb - b || memcmp (a, b, na - a) != 0)
    return FALSE;
  return *na == '\0' || plx_str_equal (na, ".") || *nb == '\0' || plx_str_equal (nb, ".");
}

static int
register_person (PlxPeople      *self,
                 guint           first,
                 guint           end,
                 guint           title_first,
                 guint           title_end,
                 char            gender_hint,
                 PlxMentionKind  kind)
{
  return register_person_gap (self, first, end, end, end, title_first, title_end, gender_hint, kind);
}

/* As register_person(), the tokens [@gap_first, @gap_end) left out: "Mark
 * and Dana Whitcomb" names Mark Whitcomb without "and Dana" */
static int
register_person_gap (PlxPeople      *self,
                     guint           first,
                     guint           end,
                     guint           gap_first,
                     guint           gap_end,
                     guint           title_first,
                     guint           title_end,
                     char            gender_hint,
                     PlxMentionKind  kind)
{
  guint idx[MAX_NAME_TOKENS + 2];
  guint n = 0;
  gboolean gapped = gap_end > gap_first;
  char skey[KEY_MAX], gkey[KEY_MAX], nkey[KEY_MAX], k2[KEY_MAX];
  gboolean have_given = FALSE, have_nick = FALSE, two_surnames;
  GPtrArray *cands;
  int found = -1;
  PlxEntity *e;
  char g = 0;

  for (guint i = first; i < end && n < G_N_ELEMENTS (idx); i++)
    {
      PlxToken *t = tok (self, i);

      if (t->kind != PLX_TOK_WORD || (i >= gap_first && i < gap_end))
        continue;
      if (self->inflected && n > 0 && i + 1 < end && klass (self, i, PLX_CLASS_PATRONYMIC))
        continue;
      if (has (self, PLX_LEX_NAME_PARTICLES, i))
        continue;
      /* "Mac an tSaoir": the article inside a Gaelic name */
      if (!(t->flags & PLX_TF_CAP) && i > first && (word_is (self, i, "an") || word_is (self, i, "na")))
        continue;
      idx[n++] = i;
    }
  if (n == 0 || !surname_key (self, idx[n - 1], skey) || skey[0] == '\0')
    return -1;
  /* «Олег Викторович, спасибо»: a name and patronymic addressed (not
   * «завода «Уральские машины» Ольга Кузьмич» after a closing mark) */
  if (n == 2 && klass (self, idx[1], PLX_CLASS_PATRONYMIC) && first > 0
      && tok (self, first - 1)->kind == PLX_TOK_QUOTE && (tok (self, first - 1)->flags & PLX_TF_CAN_OPEN))
    return -1;
  /* «Владимир Анатольевич» after «Владимир Ершов»: the first name and
   * patronymic of a person named before */
  if (((n == 2 && self->inflected && klass (self, idx[1], PLX_CLASS_PATRONYMIC))
       /* "Chloe said" after "Chloe Danvers": a first name alone of the one
        * person named with it, when nobody bears it as a surname */
       || (n == 1 && !gapped && g_hash_table_lookup (self->by_surname, skey) == NULL))
      && given_key (self, idx[0], gkey))
    {
      int same = -1;

      for (guint k = 0; k < self->entities->len && k < 2000; k++)
        {
          PlxEntity *ce = g_ptr_array_index (self->entities, k);

          if ((ce->given_key != NULL && plx_str_equal (ce->given_key, gkey))
              || (ce->nick_key != NULL && plx_str_equal (ce->nick_key, gkey)))
            {
              /* two people with that first name: no telling which */
              if (same >= 0)
                {
                  same = -2;
                  break;
                }
              same = k;
            }
        }
      if (same >= 0)
        {
          PlxEntity *ce = g_ptr_array_index (self->entities, same);

          if (n == 2)
            g_ptr_array_add (ce->full_forms, surface_pooled (self, idx[0], idx[1] + 1));
          add_mention (self, self->mentions, idx[0], idx[n - 1] + 1, same, kind);
          return same;
        }
    }
  /* "Ortega y Gasset said", "Ni Bhriain said" after "Carmen Ortega y
   * Gasset": a double surname joined by a particle, not a first name */
  if (n == 2 && idx[1] > idx[0] + 1 && !self->inflected && !klass (self, idx[0], PLX_CLASS_GIVEN)
      && g_hash_table_lookup (self->by_surname, skey) != NULL)
    {
      idx[0] = idx[1];
      n = 1;
    }
  /* "Valdés Ibáñez said", "Mahamat Issa said" after "Rodrigo Valdés
   * Ibáñez", "Abakar Mahamat Issa": the last two words of a longer name
   * named before */
  else if (n == 2 && !gapped && !self->inflected && !klass (self, idx[0], PLX_CLASS_GIVEN)
           && (cands = g_hash_table_lookup (self->by_surname, skey)) != NULL)
    {
      g_autofree char *tail = surface (self, idx[0], idx[1] + 1);
      gsize tl = strlen (tail);

      for (guint c = 0; c < cands->len && n == 2; c++)
        {
          PlxEntity *ce = g_ptr_array_index (self->entities, GPOINTER_TO_INT (cands->pdata[c]));
          GPtrArray *distinct = full_forms_distinct (ce);

          for (guint f = 0; f < distinct->len && n == 2; f++)
            {
              const char *full = g_ptr_array_index (distinct, f);
              gsize fl = strlen (full);

              if (fl > tl + 1 && full[fl - tl - 1] == ' ' && strcmp (full + fl - tl, tail) == 0)
                {
                  idx[0] = idx[1];
                  n = 1;
                }
            }
        }
    }
  if (n >= 2 && given_key (self, idx[0], gkey))
    {
      PlxToken *t = tok (self, idx[0]);

      have_given = TRUE;
      g = plx_lexicon_given_name (self->lexicon, self->tokens->text + t->start, t->len, NULL);
      /* «Валентине Степановне Корниловой»: the oblique first name is read
       * as «Валентин», the surname's feminine ending says a woman */
      if (self->inflected && g == 'm' && n >= 2)
        {
          static const char *const fem[] = { "овой", "евой", "ёвой", "иной", "ыной" };
          /* only an oblique first name: «Игорь Лозовой» is a man */
          gboolean oblique = plx_lexicon_given_case (self->lexicon, self->tokens->text + t->start, t->len) < 0;

          if (oblique && plx_tokens_ends_with_any (self->tokens, idx[n - 1], fem, G_N_ELEMENTS (fem), 2))
            g = 'f';
        }
    }
  /* 'Margaret "Peggy" Lindqvist': the nickname names her as well */
  if (have_given && gapped && gap_end == gap_first + 3 && tok (self, gap_first)->kind == PLX_TOK_QUOTE
      && is_word (self, gap_first + 1) && given_key (self, gap_first + 1, nkey) && nkey[0] != '\0')
    have_nick = TRUE;

  cands = g_hash_table_lookup (self->by_surname, skey);
  if (cands != NULL)
    {
      for (guint c = 0; c < cands->len; c++)
        {
          int ei = GPOINTER_TO_INT (cands->pdata[c]);
          PlxEntity *ce = g_ptr_array_index (self->entities, ei);

          if (!have_given || ce->given_key == NULL || given_keys_agree (ce->given_key, gkey)
              || (have_nick && plx_str_equal (ce->given_key, nkey))
              || (ce->nick_key != NULL && plx_str_equal (ce->nick_key, gkey)))
            {
              /* a bare surname shared by two people ("Bridget O'Malley",
               * "her husband, Michael O'Malley") is the one the story is
               * about (named most so far), of the gender the title gives */
              if (!have_given && found >= 0)
                {
                  PlxEntity *fe = g_ptr_array_index (self->entities, found);
                  gboolean fe_fits = gender_hint == 0 || gender_hint == '?' || fe->gender == 0 || fe->gender == gender_hint;
                  gboolean ce_fits = gender_hint == 0 || gender_hint == '?' || ce->gender == 0 || ce->gender == gender_hint;

                  if (fe_fits && !ce_fits)
                    continue;
                  if (fe_fits == ce_fits && fe->n_mentions >= ce->n_mentions)
                    continue;
                }
              found = ei;
              if (have_given && ce->given_key != NULL)
                break;
            }
        }
    }
  /* "Rosa Quispe Mamani": a first name and two surnames, the key of the
   * first of them in @k2 («Рауль Дуарте Сантос» — not «Иван Петрович
   * Сидоров») */
  two_surnames = n == 3 && have_given && !klass (self, idx[1], PLX_CLASS_GIVEN)
                 && !(self->inflected && klass (self, idx[1], PLX_CLASS_PATRONYMIC))
                 && !(tok (self, idx[1])->flags & (PLX_TF_ABBREV | PLX_TF_ALLCAPS)) && idx[2] == idx[1] + 1
                 && token_key (self, idx[1], k2) && k2[0] != '\0' && !plx_str_equal (k2, skey);
  /* "Duarte's agent" in a headline, then "Raúl Duarte Santos": a first
   * name with two surnames is the one named before by the first of them
   * alone, when that one had no first name */
  if (found < 0 && two_surnames)
    {
      GPtrArray *c2 = g_hash_table_lookup (self->by_surname, k2);
      PlxEntity *be = c2 != NULL && c2->len == 1 ? g_ptr_array_index (self->entities, GPOINTER_TO_INT (c2->pdata[0])) : NULL;

      /* (written the same: «Гомеса» in a headline may be a genitive) */
      if (be != NULL && be->given_key == NULL
          && entity_has_form (be, self->tokens->text + tok (self, idx[1])->start, tok (self, idx[1])->len))
        {
          found = GPOINTER_TO_INT (c2->pdata[0]);
          if (cands == NULL)
            {
              cands = g_ptr_array_new ();
              g_hash_table_insert (self->by_surname, pooled (self, skey), cands);
            }
          if (cands->len < 16)
            g_ptr_array_add (cands, GINT_TO_POINTER (found));
        }
    }
  if (found < 0)
    {
      e = g_new0 (PlxEntity, 1);
      e->strings = self->strings;
      e->surname_key = pooled (self, skey);
      e->forms = g_ptr_array_new ();
      e->full_forms = g_ptr_array_new ();
      e->titles = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (self->entities, e);
      found = self->entities->len - 1;
      if (cands == NULL)
        {
          cands = g_ptr_array_new ();
          g_hash_table_insert (self->by_surname, pooled (self, skey), cands);
        }
      g_ptr_array_add (cands, GINT_TO_POINTER (found));
    }
  e = g_ptr_array_index (self->entities, found);
  if (have_nick && e->nick_key == NULL && (e->given_key == NULL || !plx_str_equal (e->given_key, nkey)))
    e->nick_key = pooled (self, nkey);
  /* "Rosa Quispe Mamani" … "Quispe said": of two surnames after a first
   * name, the first one alone names the person too */
  if (two_surnames)
    {
      GPtrArray *c2 = g_hash_table_lookup (self->by_surname, k2);

      if (c2 == NULL)
        {
          c2 = g_ptr_array_new ();
          g_hash_table_insert (self->by_surname, pooled (self, k2), c2);
        }
      if (c2->len < 16 && !g_ptr_array_find (c2, GINT_TO_POINTER (found), NULL))
        g_ptr_array_add (c2, GINT_TO_POINTER (found));
    }

  g_ptr_array_add (e->forms, surface_pooled (self, idx[n - 1], idx[n - 1] + 1));
  if (!have_given)
    e->n_bare++;
  if (have_given)
    {
      if (gapped)
        {
          GString *full = g_string_new (NULL);

          for (guint w = 0; w < n; w++)
            {
              g_autofree char *part = surface (self, idx[w], idx[w] + 1);

              if (w > 0)
                g_string_append_c (full, ' ');
              g_string_append (full, part);
            }
          g_ptr_array_add (e->full_forms, pooled (self, full->str));
          g_string_free (full, TRUE);
        }
      else
        g_ptr_array_add (e->full_forms, surface_pooled (self, idx[0], idx[n - 1] + 1));
      if (e->given_key == NULL)
        {
          e->given_key = pooled (self, gkey);
          e->given = surface_pooled (self, idx[0], idx[0] + 1);
        }
    }
  /* Russian titles are masculine for women too: the verb decides */
  if (g == 0 && gender_hint != 'f' && self->inflected)
    g = feminine_verb_after (self, idx[n - 1] + 1);
  /* "a young man named Tomas", "Dev, who is 34": a person first named by a
   * listed first name alone has that name's gender */
  if (g == 0 && n == 1 && !self->inflected && e->forms->len == 1 && e->full_forms->len == 0
      && klass (self, idx[0], PLX_CLASS_GIVEN))
    g = plx_lexicon_given_name (self->lexicon, self->tokens->text + tok (self, idx[0])->start,
                                tok (self, idx[0])->len, NULL);
  if (e->gender == 0)
    e->gender = g != 0 && g != 'u' ? g : gender_hint == '?' || gender_hint == 'u' ? 0 : gender_hint;
  if (title_end > title_first)
    {
      g_autofree char *title = g_strndup (plx_token_str (self->tokens, title_first),
                                          tok (self, title_end - 1)->start + tok (self, title_end - 1)->len
                                          - tok (self, title_first)->start);
      if (title[strlen (title) - 1] != '.' && e->titles->len < 32)
        add_unique (e->titles, title);
      add_role_keys (self, e, title_first, title_end);
      /* "Veralink chief executive Fiona McAllister": the employer before
       * the title is part of the description ("whether Veralink would …,
       * the chief executive replied") */
      for (guint w = title_first, steps = 0; !self->inflected && w > 0 && steps < 2; w--, steps++)
        {
          char key[KEY_MAX];

          if (!is_word (self, w - 1) || !(tok (self, w - 1)->flags & PLX_TF_CAP)
              || has (self, PLX_LEX_STOPWORDS, w - 1) || has (self, PLX_LEX_DETERMINERS, w - 1)
              || is_role_word (self, w - 1) || nationality (self, w - 1) != NULL
              || plx_people_mention_at (self, w - 1) >= 0 || is_possessive (self, w - 1)
              || !token_key (self, w - 1, key))
            break;
          role_keys_add (e, key);
          if (tok (self, w - 1)->flags & (PLX_TF_SENT_START | PLX_TF_LINE_START))
            break;
        }
      /* «29-летняя художественный руководитель театра X», «главного
       * научного сотрудника X»: the adjectives right before a Russian
       * title describe it too («худрук» is «художественный
       * руководитель») */
      /* … and in English the lower-case modifiers before a title: "the
       * Irish interim manager X" is who "the caretaker" (an interim
       * manager) is */
      for (guint w = title_first, steps = 0; w > 0 && steps < 2; w--, steps++)
        {
          static const char *const adjectival[] = { "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому",
                                                    "ему", "ым", "им", "ую", "юю" };
          char key[KEY_MAX];

          if (!is_word (self, w - 1) || (tok (self, w - 1)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS | PLX_TF_SENT_END))
              || has (self, PLX_LEX_STOPWORDS, w - 1) || nationality (self, w - 1) != NULL
              || is_speech_verb (self, w - 1) || plx_people_mention_at (self, w - 1) >= 0
              || (self->inflected
                  && !plx_tokens_ends_with_any (self->tokens, w - 1, adjectival, G_N_ELEMENTS (adjectival), 4))
              || (!self->inflected
                  && (has (self, PLX_LEX_DETERMINERS, w - 1) || has (self, PLX_LEX_INDEFINITES, w - 1)
                      || has (self, PLX_LEX_PREPOSITIONS, w - 1) || has (self, PLX_LEX_COORDINATORS, w - 1)
                      || has (self, PLX_LEX_DEPUTY_WORDS, w - 1) || has (self, PLX_LEX_FINITE_VERBS, w - 1)
                      || is_possessive (self, w - 1)))
              || !token_key (self, w - 1, key))
            break;
          role_keys_add (e, key);
        }
      for (guint i = title_first; i < title_end; i++)
        {
          const char *nat = nationality (self, i);

          if (nat != NULL && e->nationality == NULL)
            e->nationality = pooled (self, nat);
        }
      /* "The Irish interim manager X", "the Brazilian council leader X":
       * a nationality among the modifiers before the title */
      for (guint w = title_first, steps = 0; e->nationality == NULL && w > 0 && steps < 3; w--, steps++)
        {
          if (!is_word (self, w - 1) || (tok (self, w - 1)->flags & PLX_TF_SENT_END)
              || plx_people_mention_at (self, w - 1) >= 0 || is_speech_verb (self, w - 1))
            break;
          if (nationality (self, w - 1) != NULL)
            e->nationality = pooled (self, nationality (self, w - 1));
          if (tok (self, w - 1)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
            break;
        }
    }
  else if (kind != PLX_MENTION_BYLINE)
    add_preceding_roles (self, e, first);
  add_appositive_roles (self, e, first, end);
  add_person_facts (self, e, first, end);
  add_mention (self, self->mentions, idx[0], gapped ? idx[0] + 1 : idx[n - 1] + 1, found, kind);
  return found;
}

/* Another full name of entity @ei at [@a, @b): its surname finds the
 * entity too */
static void
add_alias_name (PlxPeople *self,
                int        ei,
                guint      a,
                guint      b)
{
  PlxEntity *e = g_ptr_array_index (self->entities, ei);
  char key[KEY_MAX];
  GPtrArray *cands;

  if (!surname_key (self, b - 1, key) || key[0] == '\0')
    return;
  cands = g_hash_table_lookup (self->by_surname, key);
  if (cands == NULL)
    {
      cands = g_ptr_array_new ();
      g_hash_table_insert (self->by_surname, pooled (self, key), cands);
    }
  if (cands->len < 16 && !g_ptr_array_find (cands, GINT_TO_POINTER (ei), NULL))
    g_ptr_array_add (cands, GINT_TO_POINTER (ei));
  g_ptr_array_add (e->full_forms, surface_pooled (self, a, b));
  add_mention (self, self->mentions, a, b, ei, PLX_MENTION_NAME);
}

/* whether paragraph @p is a short dateline ("Sat 22 Nov 2026 07.00 GMT",
 * "Published 6:12 a.m. ET Nov. 24, 2026"): it names a month or a weekday */
static gboolean
is_dateline_paragraph (PlxPeople *self,
                       guint      p)
{
  GArray *paras = self->tokens->paragraphs;
  PlxRange *r;

  if (p >= paras->len)
    return FALSE;
  r = &g_array_index (paras, PlxRange, p);
  if (r->end - r->first > 48)
    return FALSE;
  for (guint i = r->first; i < r->end; i++)
    {
      PlxToken *t = tok (self, i);

      if (!is_word (self, i))
        continue;
      if (has (self, PLX_LEX_MONTHS, i) || has (self, PLX_LEX_WEEKDAYS, i))
        return TRUE;
      /* "Nov." with its abbreviation period */
      if ((t->flags & PLX_TF_ABBREV) && t->len > 2
          && (plx_lexicon_has (self->lexicon, PLX_LEX_MONTHS, self->tokens->text + t->start, t->len - 1)
              || plx_lexicon_has (self->lexicon, PLX_LEX_WEEKDAYS, self->tokens->text + t->start, t->len - 1)))
        return TRUE;
    }
  return FALSE;
}

/* A dateline under a byline: a short one of few lower-case words ("Sat 22
 * Nov 2026 07.00 GMT"), not a sentence or a list item that names a month
 * or a weekday ("Inflation slowed to 2.1% in September" under a "Top
 * Lines" heading, "Video above: Crowds gather … on Friday"). */
static gboolean
is_dateline_line (PlxPeople *self,
                  guint      p)
{
  PlxRange *r;
  guint lower = 0;

  if (!is_dateline_paragraph (self, p))
    return FALSE;
  r = &g_array_index (self->tokens->paragraphs, PlxRange, p);
  for (guint i = r->first; i < r->end && lower <= 2; i++)
    lower += is_word (self, i) && tok (self, i)->len > 2 && !(tok (self, i)->flags & (PLX_TF_CAP | PLX_TF_ABBREV));
  return lower <= 2;
}

/* "Siobhán Keane" alone on a line under the headline, the dateline a
 * paragraph or two below (the outlet's name may come between): a byline
 * without "By" */
static gboolean
is_name_line_byline (PlxPeople *self,
                     guint      p)
{
  GArray *paras = self->tokens->paragraphs;
  PlxRange *r = &g_array_index (paras, PlxRange, p);
  guint end = r->end;

  /* "Nic Fildes in Sydney and Mary McDougall in London": two writers,
   * each with a city; "Kendall Park, Digital Producer", "Orla Fitzgibbon
   * Health Correspondent": a name and the writer's job in capitals */
  if (!self->inflected && p > 0 && p <= 6 && r->end - r->first >= 4 && r->end - r->first <= 14)
    {
      guint ins = 0, ands = 0, commas = 0;
      gboolean shape = TRUE;

      for (guint w = r->first; w < r->end && shape; w++)
        if (word_is (self, w, "in") && w >= r->first + 2)
          ins++;
        else if (word_is (self, w, "and") && ins > 0)
          ands++;
        else if (plx_tokens_is_char (self->tokens, w, ',') && w >= r->first + 2 && w + 1 < r->end)
          commas++;
        else if (!is_word (self, w) || !(tok (self, w)->flags & PLX_TF_CAP)
                 || (tok (self, w)->flags & (PLX_TF_ALLCAPS | PLX_TF_ABBREV)))
          shape = FALSE;
      if (shape && ins == 2 && ands == 1 && commas == 0 && r->end - r->first >= 8)
        return is_dateline_paragraph (self, p + 1) || is_dateline_paragraph (self, p + 2);
      if (shape && ins == 0 && ands == 0 && commas <= 1 && r->end - r->first - commas <= 5
          && (has (self, PLX_LEX_ROLE_NOUNS, r->end - 1) || has (self, PLX_LEX_ANONYMOUS_ROLES, r->end - 1))
          && !is_role_word (self, r->first) && !is_role_word (self, r->first + 1))
        return TRUE;
    }
  /* "Ophelia Chan in Hong Kong": the writer's city after "in" */
  if (!self->inflected && p > 0 && p <= 6 && r->end - r->first >= 4 && r->end - r->first <= 6)
    for (guint k = r->first + 2; k < r->first + 4 && k + 1 < r->end; k++)
      if (word_is (self, k, "in"))
        {
          for (guint w = r->first; w < r->end; w++)
            if (w != k && (!is_word (self, w) || !(tok (self, w)->flags & PLX_TF_CAP)))
              return FALSE;
          end = k;
          break;
        }
  if (p == 0 || p > 6 || end - r->first < 2 || end - r->first > 3)
    return FALSE;
  for (guint i = r->first; i < end; i++)
    if (!is_word (self, i) || (tok (self, i)->flags & (PLX_TF_ALLCAPS | PLX_TF_ABBREV))
        || excluded_from_names (self, i))
      return FALSE;
  /* "Social Sharing" over "Wendy Lafrenière · CBC News · Posted: …": the
   * dateline line that opens with a full name is the byline */
  if (p + 1 < paras->len)
    {
      PlxRange *q = &g_array_index (paras, PlxRange, p + 1);

      if (q->end - q->first >= 3 && klass (self, q->first, PLX_CLASS_GIVEN)
          && is_word (self, q->first + 1) && (tok (self, q->first + 1)->flags & PLX_TF_CAP)
          && is_dateline_paragraph (self, p + 1))
        return FALSE;
    }
  return is_dateline_line (self, p + 1) || is_dateline_line (self, p + 2);
}

static gboolean
is_byline_paragraph (PlxPeople *self,
                     PlxRange  *p)
{
  guint n_words = 0;

  if (p->end - p->first > 14)
    return FALSE;
  for (guint i = p->first; i < p->end; i++)
    if (tok (self, i)->kind == PLX_TOK_WORD)
      n_words++;
  if (n_words > 10)
    return FALSE;
  if (match_phrase (self, PLX_LEX_PHRASE_BYLINE, p->first, NULL) > 0)
    return TRUE;
  /* "Jo Bloggs\nClimate reporter, Daily Post": a line of two or three
   * capitalised words over a line that names a reporter's role */
  {
    guint k = p->first;

    /* "Helena Pryce Transport correspondent" on one line: a first name,
     * capitalised words, and a reporter's role at the end */
    if (n_words >= 4 && n_words <= 6 && n_words == p->end - p->first && has (self, PLX_LEX_ROLE_NOUNS, p->end - 1)
        && !(tok (self, p->end - 1)->flags & PLX_TF_CAP))
      {
        guint c = p->first;

        while (c + 1 < p->end && (tok (self, c)->flags & PLX_TF_CAP) && !(tok (self, c)->flags & PLX_TF_ALLCAPS))
          c++;
        if (c + 1 == p->end)
          return TRUE;
      }
    while (k < p->end && !(k > p->first && (tok (self, k)->flags & PLX_TF_LINE_START)))
      {
        if (!is_word (self, k) || !(tok (self, k)->flags & PLX_TF_CAP) || (tok (self, k)->flags & PLX_TF_ALLCAPS))
          return FALSE;
        k++;
      }
    if (k >= p->end || k - p->first < 2 || k - p->first > 3)
      return FALSE;
    for (; k < p->end; k++)
      if (is_word (self, k) && (has (self, PLX_LEX_ROLE_NOUNS, k) || has (self, PLX_LEX_ANONYMOUS_ROLES, k))
)
        return TRUE;
  }
  return FALSE;
}

static gboolean adjectival (PlxPeople *self, guint i);
static gboolean place_word (PlxPeople *self, guint j, guint m, guint limit);
static gboolean open_class_person (PlxPeople *self, guint j, guint m, guint limit);
static gboolean ru_open_class_person (PlxPeople *self, guint j, guint m);
static gboolean ru_oblique_male_pair (PlxPeople *self, guint j, guint m);
static gboolean ru_bare_surname (PlxPeople *self, guint j, guint m);
static char ru_role_surname (PlxPeople *self, guint j, guint m, guint limit);
static gboolean demonym (PlxPeople *self, guint j);
static gboolean camel_brand (PlxPeople *self, guint j);
static gboolean mixed_acronym (PlxPeople *self, guint j);
static gboolean place_list_after (PlxPeople *self, guint m, guint limit);

static gboolean
nonname (PlxPeople *self,
         guint      i)
{
  char key[KEY_MAX];

  return token_key (self, i, key) && g_hash_table_contains (self->nonnames, key);
}

/* The full parse of parse_title_prefix() below. */
static guint
parse_title_prefix_full (PlxPeople *self,
                         guint      i,
                         guint      limit,
                         guint     *title_end,
                         char      *honorific)
{
  guint j = i;
  gboolean has_title = FALSE;
  guint end = i;

  *honorific = 0;
  /* «сообщил журналистам заместитель министра …»: a plural dative after a
   * speech verb is whom it was said to, no part of the title */
  if (self->inflected && i > 0 && i < limit && is_word (self, i) && is_speech_verb (self, i - 1)
      && !(tok (self, i)->flags & PLX_TF_CAP) && tok (self, i)->len > 6)
    {
      const char *w = self->tokens->text + tok (self, i)->start;
      gsize l = tok (self, i)->len;

      if (memcmp (w + l - 4, "\xd0\xb0\xd0\xbc", 4) == 0 || memcmp (w + l - 4, "\xd1\x8f\xd0\xbc", 4) == 0)
        {
          *title_end = i;
          return i;
        }
    }
  for (guint iter = 0; iter < MAX_PREFIX && j < limit; iter++)
    {
      PlxToken *t = tok (self, j);
      const char *s = self->tokens->text + t->start;
      guint k, d;
      char h;

      if (t->kind != PLX_TOK_WORD)
        {
          /* "Russian-born" etc. are words; commas end the prefix */
          break;
        }
      k = match_phrase (self, PLX_LEX_PHRASE_TITLES, j, NULL);
      /* "A Governor's Housing Gamble": a title in the possessive owns
       * what follows, it does not name it */
      if (k > 0 && is_possessive (self, j + k - 1))
        break;
      if (k > 0)
        {
          has_title = TRUE;
          j += k;
          end = j;
          continue;
        }
      h = klass (self, j, PLX_CLASS_HONORIFIC) ? plx_lexicon_honorific (self->lexicon, s, t->len) : 0;
      if (h != 0 && ((t->flags & PLX_TF_ABBREV) || (t->flags & PLX_TF_CAP)))
        {
          *honorific = h;
          has_title = TRUE;
          j++;
          end = j;
          continue;
        }
      /* "Fire Chief", "Harbour Chief", "Acting Fire Chief": a capitalised
       * modifier (after a capitalised "Acting", "Deputy") before a
       * capitalised head word and a capitalised name; the head word is
       * the title */
      d = !self->inflected && (t->flags & PLX_TF_CAP) && has (self, PLX_LEX_DEPUTY_WORDS, j) ? 1 : 0;
      if ((!has_title || (j > i && has (self, PLX_LEX_DEPUTY_WORDS, j - 1)))
          && !self->inflected && (t->flags & PLX_TF_CAP) && !(t->flags & PLX_TF_ALLCAPS)
          && j + d + 2 < limit && is_word (self, j + d) && (tok (self, j + d)->flags & PLX_TF_CAP)
          && !(tok (self, j + d)->flags & PLX_TF_ALLCAPS)
          && is_word (self, j + d + 1) && (tok (self, j + d + 1)->flags & PLX_TF_CAP)
          && has (self, PLX_LEX_HEAD_WORDS, j + d + 1) && !has (self, PLX_LEX_HEAD_WORDS, j + d)
          && !is_possessive (self, j + d) && !is_possessive (self, j + d + 1)
          && is_word (self, j + d + 2) && (tok (self, j + d + 2)->flags & PLX_TF_CAP)
          && !excluded_from_names (self, j + d + 2) && !is_role_word (self, j + d + 2)
          && match_phrase (self, PLX_LEX_PHRASE_TITLES, j + d + 1, NULL) == 0
          && !klass (self, j + d, PLX_CLASS_GIVEN))
        {
          has_title = TRUE;
          j += d + 2;
          end = j;
          continue;
        }
      /* "Trade Minister", "Health Minister": a capitalised modifier */
      if (!has_title && (t->flags & PLX_TF_CAP) && j + 1 < limit && is_word (self, j + 1)
          && (tok (self, j + 1)->flags & PLX_TF_CAP)
          && match_phrase (self, PLX_LEX_PHRASE_TITLES, j + 1, NULL) > 0
          && !klass (self, j, PLX_CLASS_GIVEN))
        {
          j++;
          continue;
        }
      if (nationality (self, j) != NULL || (t->flags & PLX_TF_ALLCAPS)
          || match_phrase (self, PLX_LEX_PHRASE_INSTITUTIONS, j, NULL) > 0)
        {
          if (!has_title || self->inflected)
            {
              k = match_phrase (self, PLX_LEX_PHRASE_INSTITUTIONS, j, NULL);
              j += MAX (k, 1u);
              if (has_title)
                end = j;
              continue;
            }
          break;
        }
      if (has_title && self->inflected
          && (has (self, PLX_LEX_PLACES, j) || has (self, PLX_LEX_ORG_WORDS, j)))
        {
          j++;
          end = j;
          continue;
        }
      if (has_title && self->inflected && has (self, PLX_LEX_PREPOSITIONS, j)
          && j + 1 < limit && (nationality (self, j + 1) != NULL
                               || (tok (self, j + 1)->flags & PLX_TF_ALLCAPS)
                               || has (self, PLX_LEX_PLACES, j + 1)))
        {
          j += 2;
          end = j;
          continue;
        }
      break;
    }
  if (!has_title)
    {
      *title_end = i;
      return i;
    }
  /* «главный тренер «Волги» Халид аль-Масри», «аналитик компании «Тройка
   * Капитал» Джулия Бьянки»: a name in quotation marks is the title's
   * complement (a club, a firm), and the name follows it */
  if (self->inflected && end + 2 < limit && tok (self, end)->kind == PLX_TOK_QUOTE
      && (tok (self, end)->flags & PLX_TF_CAN_OPEN))
    for (guint k = end + 1; k < limit && k < end + 8; k++)
      {
        if (tok (self, k)->kind == PLX_TOK_QUOTE)
          {
            if ((tok (self, k)->flags & PLX_TF_CAN_CLOSE) && k > end + 1 && k + 1 < limit && is_word (self, k + 1)
                && (tok (self, k + 1)->flags & PLX_TF_CAP) && !(tok (self, k + 1)->flags & PLX_TF_ALLCAPS))
              end = k + 1;
            break;
          }
        if (!is_word (self, k) && tok (self, k)->kind != PLX_TOK_NUMBER)
          break;
      }
  /* "генеральный директор перевозчика Игорь Савельев", "the press
   * secretary of the President of Russia Dmitry Peskov": the title's
   * complement runs up to a given name */
  /* "глава комитета Совфеда по международным делам Олег Климов": an
   * organisation's name, then lower-case words, then the name */
  if (self->inflected && end + 2 < limit && is_word (self, end) && (tok (self, end)->flags & PLX_TF_CAP)
      && !(tok (self, end)->flags & PLX_TF_ALLCAPS) && !klass (self, end, PLX_CLASS_GIVEN)
      && is_word (self, end + 1) && !(tok (self, end + 1)->flags & PLX_TF_CAP))
    for (guint k = end + 1; k < limit && k < end + 7; k++)
      {
        if (!is_word (self, k) || is_speech_verb (self, k))
          break;
        if (tok (self, k)->flags & PLX_TF_CAP)
          {
            if (klass (self, k, PLX_CLASS_GIVEN) && k + 1 < limit && is_word (self, k + 1)
                && (tok (self, k + 1)->flags & PLX_TF_CAP) && !excluded_from_names (self, k + 1))
              end = k;
            break;
          }
      }
  for (guint k = end; k < limit && k < end + 7
       && is_word (self, end) && !(tok (self, end)->flags & PLX_TF_CAP); k++)
    {
      PlxToken *t = tok (self, k);

      if (t->kind != PLX_TOK_WORD || is_speech_verb (self, k))
        break;
      /* «настоятель храма Николая Чудотворца»: after a church or a
       * street the name is what it is named after */
      if (k > end && is_word (self, k - 1) && has (self, PLX_LEX_PLACE_HEADS, k - 1))
        break;
      if (k > end && (t->flags & PLX_TF_CAP) && !(t->flags & PLX_TF_ALLCAPS)
          && k + 1 < limit && is_word (self, k + 1) && (tok (self, k + 1)->flags & PLX_TF_CAP)
          && ((klass (self, k, PLX_CLASS_GIVEN) && !excluded_from_names (self, k + 1))
              || (self->inflected && !excluded_from_names (self, k) && !excluded_from_names (self, k + 1)
                  && !adjectival (self, k) && !nonname (self, k))))
        {
          /* "a spokesperson for Agriculture Minister Jo Lane", "a lawyer
           * for former Governor Al Hunt": a title right before the name
           * is the name's own; the first title is somebody else's */
          if (!self->inflected && k > end + 1 && is_role_word (self, k - 1))
            {
              *title_end = i;
              return i;
            }
          end = k;
          break;
        }
      if (self->inflected && (t->flags & PLX_TF_CAP) && !adjectival (self, k)
          && !has (self, PLX_LEX_PLACES, k) && !(t->flags & PLX_TF_ALLCAPS))
        break;
    }
  *title_end = end;
  return end;
}

/* Parses titles, honorifics and their modifiers starting at @i. Returns the
 * token where a name would start; @title_end receives the end of the title
 * span (== @i when there is none). Most tokens start no prefix: a word in
 * lower case that begins no title or institution and is no honorific or
 * nationality (or no word at all) ends it at once, without the full parse. */
static inline guint
parse_title_prefix (PlxPeople *self,
                    guint      i,
                    guint      limit,
                    guint     *title_end,
                    char      *honorific)
{
  const guint64 starters = PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_TITLES)
                           | PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_INSTITUTIONS)
                           | PLX_CLASS_BIT (PLX_CLASS_HONORIFIC) | PLX_CLASS_BIT (PLX_CLASS_NATIONALITY);

  if (i < limit)
    {
      PlxToken *t = tok (self, i);

      if (t->kind != PLX_TOK_WORD
          || (!(t->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS)) && !(self->tokens->classes[i] & starters)))
        {
          *honorific = 0;
          *title_end = i;
          return i;
        }
    }
  return parse_title_prefix_full (self, i, limit, title_end, honorific);
}

static guint
parse_name_run_from (PlxPeople *self,
                     guint      j,
                     guint      limit)
{
  guint m = j, particles = 0;

  /* particles do not count: "Ximena de la Fuente y Ruiz" */
  while (m < limit && m - j - particles < MAX_NAME_TOKENS + 1)
    {
      PlxToken *t = tok (self, m);

      /* a name never runs over a line break ("By Jo Bloggs\nPolitical
       * correspondent") */
      if (m > j && (t->flags & (PLX_TF_LINE_START | PLX_TF_PARA_START)))
        break;
      if (t->kind == PLX_TOK_WORD && (t->flags & PLX_TF_CAP) && !excluded_from_names (self, m))
        {
          const char *s = self->tokens->text + t->start;
          gsize l = t->len;

          m++;
          /* a possessive ends the name */
          if ((l > 2 && s[l - 2] == '\'' && s[l - 1] == 's')
              || (l > 4 && s[l - 1] == 's' && memcmp (s + l - 4, "\xe2\x80\x99", 3) == 0))
            break;
          if (t->flags & PLX_TF_ABBREV)
            {
              /* an initial: "J." */
              continue;
            }
          continue;
        }
      if (m > j && t->kind == PLX_TOK_WORD && !(t->flags & PLX_TF_CAP)
          && (has (self, PLX_LEX_NAME_PARTICLES, m)
              /* "Mac an tSaoir": the article before a mutated name word */
              || ((word_is (self, m, "an") || word_is (self, m, "na")) && m + 1 < limit && is_word (self, m + 1)
                  && (tok (self, m + 1)->flags & PLX_TF_CAP)
                  && mutated_name_shape (self->tokens->text + tok (self, m + 1)->start, tok (self, m + 1)->len))))
        {
          /* "van Dijk", and a chain of them: "van der Linde", "de la
           * Cruz", "Mac an tSaoir" */
          guint p = m;

          while (p < limit && p < m + 3 && is_word (self, p) && !(tok (self, p)->flags & PLX_TF_CAP)
                 && (has (self, PLX_LEX_NAME_PARTICLES, p) || p == m) && !(tok (self, p)->flags & (PLX_TF_LINE_START | PLX_TF_PARA_START)))
            p++;
          if (p < limit && particles + (p - m) <= 4 && is_word (self, p) && (tok (self, p)->flags & PLX_TF_CAP)
              && !(tok (self, p)->flags & (PLX_TF_LINE_START | PLX_TF_PARA_START)) && !excluded_from_names (self, p))
            {
              particles += p - m;
              m = p;
              continue;
            }
        }
      break;
    }
  return m;
}

/* One past the run of capitalised words (and name particles) that makes
 * a name at @j, before @limit: @j when there is none, as for most tokens,
 * which are no capitalised words. */
static inline guint
parse_name_run (PlxPeople *self,
                guint      j,
                guint      limit)
{
  if (j >= limit || tok (self, j)->kind != PLX_TOK_WORD || !(tok (self, j)->flags & PLX_TF_CAP))
    return j;
  return parse_name_run_from (self, j, limit);
}

/* "Е.", "J.": a one-letter initial with its period */
static gboolean
initial (PlxPeople *self,
         guint      i)
{
  PlxToken *t = tok (self, i);
  const char *s = self->tokens->text + t->start;

  return is_word (self, i) && (t->flags & PLX_TF_ABBREV) && (t->flags & PLX_TF_CAP) && t->len >= 2
         && s[t->len - 1] == '.' && g_utf8_strlen (s, t->len - 1) == 1;
}

/* "Q: You …", "A: Satellites …", "Вопрос: Как …": the first word after a
 * transcript label opening the paragraph */
static gboolean
after_transcript_label (PlxPeople *self,
                        guint      j)
{
  const char *value = NULL;

  return j >= 2 && plx_tokens_is_char (self->tokens, j - 1, ':') && is_word (self, j - 2)
         && (tok (self, j - 2)->flags & PLX_TF_PARA_START)
         && match_phrase (self, PLX_LEX_PHRASE_TRANSCRIPT, j - 2, &value) == 1 && value != NULL
         && (plx_str_equal (value, "question") || plx_str_equal (value, "answer"));
}

/* "Заречного", "Тверского": a capitalised adjective, most likely a place */
static gboolean
adjectival (PlxPeople *self,
            guint      i)
{
  static const char *endings[] = { "ого", "его", "ому", "ему", "ый", "ое",
                                   "ской", "ская", "ский", "скую", "ском", "ским",
                                   "ной", "ная", "ный", "ную" };

  return plx_tokens_ends_with_any (self->tokens, i, endings, G_N_ELEMENTS (endings), 4);
}

/* "Tamika Brooks, who lives next door, said": a comma after the name and
 * ", <speech verb>" later in the sentence; so do dashes ("Tamika Brooks –
 * his neighbour, who runs the shop – said") */
static gboolean
appositive_cue (PlxPeople *self,
                guint      m,
                guint      limit)
{
  gboolean dash = m < limit && tok (self, m)->kind == PLX_TOK_DASH;

  if (m >= limit || !(dash || plx_tokens_is_char (self->tokens, m, ',')))
    return FALSE;
  for (guint k = m + 1; k + 1 < limit && k < m + 25; k++)
    {
      PlxToken *t = tok (self, k);

      if (t->flags & (PLX_TF_SENT_END | PLX_TF_TERMINATOR))
        return FALSE;
      /* (not the apostrophe of a plural possessive: "the farmers' union") */
      if (t->kind == PLX_TOK_QUOTE
          && !(k > m + 1 && (t->flags & PLX_TF_CAN_CLOSE) && !(t->flags & PLX_TF_CAN_OPEN) && is_word (self, k - 1)
               && tok (self, k - 1)->start + tok (self, k - 1)->len == t->start
               && self->tokens->text[t->start - 1] == 's' && is_word (self, k + 1)
               && !(tok (self, k + 1)->flags & PLX_TF_CAP)))
        return FALSE;
      if (dash ? t->kind == PLX_TOK_DASH : plx_tokens_is_char (self->tokens, k, ','))
        {
          if (is_speech_verb (self, k + 1))
            return TRUE;
          if (dash)
            return FALSE;
        }
    }
  return FALSE;
}

/* “…,” Niels Brouwer, the union's negotiator, told Reuters: a name right
 * after a closing quote mark, with a speech verb to follow */
/* ", the regional head of the coastguard,", ", a safety inspector, and",
 * «, глава ведомства,»: a comma at @m opens an apposition that describes
 * a person — (a determiner,) a few words holding a role noun near its
 * start — so the capitalised run before it is a name whatever its words */
static gboolean
role_apposition (PlxPeople *self,
                 guint      m,
                 guint      limit)
{
  guint k = m + 1;

  if (m >= limit || !plx_tokens_is_char (self->tokens, m, ','))
    return FALSE;
  /* "X, 56, a retired …": a bare age first */
  if (k + 2 < limit && age_of (self, k, TRUE) > 0 && tok (self, k)->len <= 3
      && plx_tokens_is_char (self->tokens, k + 1, ','))
    k += 2;
  /* «X, 56-летний аналитик …»: an age before the role */
  if (self->inflected && k < limit && age_of (self, k, FALSE) > 0)
    k++;
  if (!self->inflected)
    {
      /* English needs the article: "Rolls Royce, maker of …" stays out */
      if (k >= limit || !is_word (self, k)
          || !(has (self, PLX_LEX_DETERMINERS, k) || has (self, PLX_LEX_INDEFINITES, k))
          || has (self, PLX_LEX_POSSESSIVES, k))
        return FALSE;
      k++;
      /* "X, a 56-year-old analyst," */
      if (k < limit && age_of (self, k, FALSE) > 0)
        k++;
    }
  for (guint w = k; w < limit && w < k + 4; w++)
    {
      PlxToken *t = tok (self, w);

      if (t->kind != PLX_TOK_WORD || (t->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START | PLX_TF_LINE_START))
          || is_speech_verb (self, w) || plx_people_mention_at (self, w) >= 0)
        return FALSE;
      if (!(t->flags & PLX_TF_CAP) && (is_role_word (self, w) || has (self, PLX_LEX_GENERIC_ROLES, w)))
        {
          /* «, глава ведомства,» — a role in the nominative, at once or
           * after one adjective; not «, принадлежащая предпринимателю» */
          static const char *const oblique[] = { "у", "ю", "ом", "ем", "ым", "им", "ой", "ей", "ам", "ям",
                                                 "ах", "ях", "ы", "и", "е", "о" };

          if (self->inflected
              && (w > k + 1 || plx_tokens_ends_with_any (self->tokens, w, oblique, G_N_ELEMENTS (oblique), 0)))
            return FALSE;
          return !has (self, PLX_LEX_ORG_WORDS, w);
        }
    }
  return FALSE;
}

static gboolean
after_closing_quote (PlxPeople *self,
                     guint      j,
                     guint      m,
                     guint      limit)
{
  guint q;

  if (j < 1)
    return FALSE;
  q = plx_tokens_is_char (self->tokens, j - 1, ',') && j >= 2 ? j - 2 : j - 1;
  if (tok (self, q)->kind != PLX_TOK_QUOTE || !(tok (self, q)->flags & PLX_TF_CAN_CLOSE))
    return FALSE;
  for (guint k = m; k < limit && k < m + 12; k++)
    {
      if (tok (self, k)->flags & PLX_TF_TERMINATOR)
        return FALSE;
      if (is_speech_verb (self, k))
        return TRUE;
    }
  return FALSE;
}

static guint
paragraph_end_of (PlxPeople *self,
                  guint      p)
{
  return g_array_index (self->tokens->paragraphs, PlxRange, p).end;
}

/* "руководитель Росрыболовства Дмитрий Соколов": the capitalised word
 * between a lower-case title and a first name is an organisation */
static void
collect_nonnames (PlxPeople *self)
{
  guint n = self->tokens->tokens->len;

  if (!self->inflected)
    return;
  /* (the first name is a capitalised word) */
  for (guint c = 0; c < self->n_caps; c++)
    {
      guint g = self->caps[c];
      char key[KEY_MAX];

      if (g < 2 || g + 1 >= n)
        continue;
      if (!klass (self, g, PLX_CLASS_GIVEN) || !(tok (self, g)->flags & PLX_TF_CAP)
          || !is_word (self, g + 1) || !(tok (self, g + 1)->flags & PLX_TF_CAP))
        continue;
      if (!is_word (self, g - 1) || !(tok (self, g - 1)->flags & PLX_TF_CAP)
          || klass (self, g - 1, PLX_CLASS_GIVEN))
        continue;
      if (!is_word (self, g - 2) || (tok (self, g - 2)->flags & PLX_TF_CAP))
        continue;
      if (token_key (self, g - 1, key))
        set_add_pooled (self, self->nonnames, key);
    }
}

/* lower_words holds the keys of the words the text writes in lower case
 * somewhere: a capitalised word whose key is among them is a common noun
 * ("Подполковник Мальцев уточнил" after "подполковник полиции Денис
 * Мальцев", "mine owner Brigalow Coal" beside "a coal mine"), no name.
 * Few words are asked about, so their answers are found one by one
 * (lower_asked): the lower-case words are indexed once by their
 * plx_lexicon_prefix_bit(), and only those of the asked key's bit (and
 * those without one) are keyed and compared. When the comparisons would
 * come to more than a few passes over the text, the keys of all the
 * lower-case words are taken at once instead (lower_all). */

/* Adds the key of every lower-case word to lower_words. */
static void
collect_lower_keys (PlxPeople *self)
{
  guint n = self->tokens->tokens->len;

  for (guint i = 0; i < n; i++)
    {
      PlxToken *t = tok (self, i);
      const char *key;

      if (t->kind != PLX_TOK_WORD || (t->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS)))
        continue;
      if ((key = token_key_ref (self, i)) != NULL)
        g_hash_table_add (self->lower_words, (gpointer) key);
    }
}

/* The bucket of the words without a prefix bit, after those of the bits */
#define LOWER_NO_BIT PLX_LEXICON_PREFIX_BITS

/* self->lower_index: the lower-case words' tokens by prefix bit — first
 * LOWER_NO_BIT + 2 offsets, then the tokens of bucket 0, 1, … */
static void
lower_index_build (PlxPeople *self)
{
  guint n = self->tokens->tokens->len, total = 0;
  g_autofree guint16 *bits = g_new (guint16, MAX (n, 1));
  guint *idx, *fill;

  idx = g_new0 (guint, LOWER_NO_BIT + 2);
  for (guint i = 0; i < n; i++)
    {
      PlxToken *t = tok (self, i);
      int bit;

      if (t->kind != PLX_TOK_WORD || (t->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS)))
        {
          bits[i] = G_MAXUINT16;
          continue;
        }
      bit = plx_lexicon_prefix_bit (self->lexicon, self->tokens->text + t->start, t->len);
      bits[i] = bit < 0 ? LOWER_NO_BIT : (guint16) bit;
      idx[bits[i] + 1]++;
      total++;
    }
  for (guint b = 0; b <= LOWER_NO_BIT; b++)
    idx[b + 1] += idx[b];
  idx = g_renew (guint, idx, LOWER_NO_BIT + 2 + total);
  fill = g_memdup2 (idx, sizeof (guint) * (LOWER_NO_BIT + 1));
  for (guint i = 0; i < n; i++)
    if (bits[i] != G_MAXUINT16)
      idx[LOWER_NO_BIT + 2 + fill[bits[i]]++] = i;
  g_free (fill);
  self->lower_index = idx;
}

/* Whether a lower-case word in bucket @b of lower_index has the key @key;
 * counts the words compared in lower_scanned */
static gboolean
lower_bucket_has (PlxPeople  *self,
                  guint       b,
                  const char *key)
{
  const guint *idx = self->lower_index;

  for (guint k = idx[b]; k < idx[b + 1]; k++)
    {
      const char *other = token_key_ref (self, idx[LOWER_NO_BIT + 2 + k]);

      self->lower_scanned++;
      if (other != NULL && plx_str_equal (other, key))
        return TRUE;
    }
  return FALSE;
}

static gboolean
lower_word (PlxPeople *self,
            guint      i)
{
  const char *key = token_key_ref (self, i);
  const guint *idx;
  int bit;
  gboolean found;

  if (key == NULL)
    return FALSE;
  /* few texts ask, so the tables are only made when one does */
  if (self->lower_words == NULL)
    {
      self->lower_words = g_hash_table_new (plx_str_hash, g_str_equal);
      self->lower_asked = g_hash_table_new (plx_str_hash, g_str_equal);
      lower_index_build (self);
    }
  if (self->lower_all || g_hash_table_contains (self->lower_asked, key))
    return g_hash_table_contains (self->lower_words, key);
  idx = self->lower_index;
  bit = plx_lexicon_key_prefix_bit (key);
  /* (a key without a prefix bit, or comparisons beyond a few passes over
   * the words: all their keys, once; a key with a prefix bit can only be
   * in its own bucket, the words of the no-bit bucket having shorter
   * keys) */
  if (bit < 0 || self->lower_scanned + (idx[bit + 1] - idx[bit]) > 4 * (gsize) idx[LOWER_NO_BIT + 1] + 256)
    {
      collect_lower_keys (self);
      self->lower_all = TRUE;
      return g_hash_table_contains (self->lower_words, key);
    }
  found = lower_bucket_has (self, (guint) bit, key);
  g_hash_table_add (self->lower_asked, (gpointer) key);
  if (found)
    g_hash_table_add (self->lower_words, (gpointer) key);
  return found;
}

/* The key of the run @j … @m: its word keys joined by spaces. */
static gboolean
run_key (PlxPeople *self,
         guint      j,
         guint      m,
         GString   *out)
{
  g_string_truncate (out, 0);
  for (guint k = j; k < m; k++)
    {
      char key[KEY_MAX];

      if (!token_key (self, k, key))
        return FALSE;
      if (k > j)
        g_string_append_c (out, ' ');
      g_string_append (out, key);
    }
  return out->len > 0;
}

/* "Coastal Jet Holdings", "Lazard Inc.": capitalised words right before a
 * capitalised organisation word name the organisation — elsewhere in the
 * text the same words alone ("Coastal Jet shareholders") are that
 * organisation too, not a person. Runs with a given name are left alone
 * ("the Kessler Family Foundation" says nothing about "Anna Kessler"). */
static void
collect_org_runs (PlxPeople *self)
{
  guint n = self->tokens->tokens->len;
  g_autoptr(GString) key = g_string_new (NULL);

  /* (the organisation word is a capitalised word) */
  for (guint c = 0; c < self->n_caps; c++)
    {
      guint m = self->caps[c];
      PlxToken *t = tok (self, m);
      guint b = m;
      gboolean given = FALSE;

      if (m < 1)
        continue;
      if (t->kind != PLX_TOK_WORD || !(t->flags & PLX_TF_CAP) || (t->flags & PLX_TF_ALLCAPS)
          || (t->flags & PLX_TF_LINE_START) || !has (self, PLX_LEX_ORG_WORDS, m))
        continue;
      while (b > 0 && m - b < MAX_NAME_TOKENS && !(tok (self, b)->flags & PLX_TF_LINE_START)
             && is_word (self, b - 1) && !excluded_from_names (self, b - 1))
        {
          PlxToken *u = tok (self, b - 1);
          const char *s = self->tokens->text + u->start;

          /* "Skyward's Holdings": a possessive is no part of the name */
          if ((u->len > 2 && s[u->len - 2] == '\'' && s[u->len - 1] == 's')
              || (u->len > 4 && s[u->len - 1] == 's' && memcmp (s + u->len - 4, "\xe2\x80\x99", 3) == 0))
            break;
          if (klass (self, b - 1, PLX_CLASS_GIVEN))
            given = TRUE;
          b--;
        }
      if (b < m && !given && run_key (self, b, m, key))
        set_add_pooled (self, self->org_runs, key->str);
    }
  /* "Eiren Rail said it had detected …", "Halden Pharma has said its …": a
   * run of two names or more with no first name that speaks of itself as
   * "it" is an organisation (not "Marchuk said it was", one surname) */
  for (guint v = 2; !self->inflected && v + 1 < n; v++)
    {
      guint e = v, b, k = v + 1;
      gboolean given = FALSE;

      if (!is_speech_verb (self, v))
        continue;
      /* ("said in a statement that it", "said on Thursday that its") */
      if (word_is (self, k, "in") || word_is (self, k, "on"))
        for (guint s = k + 1; s < n && s < k + 6 && is_word (self, s); s++)
          if (word_is (self, s, "that"))
            {
              k = s;
              break;
            }
      if (word_is (self, k, "that") && k + 1 < n)
        k++;
      if (!(word_is (self, k, "it") || word_is (self, k, "its")))
        continue;
      if (word_is (self, v - 1, "has") || word_is (self, v - 1, "had") || word_is (self, v - 1, "have"))
        e = v - 1;
      for (b = e; b > 0 && e - b < MAX_NAME_TOKENS && is_word (self, b - 1) && (tok (self, b - 1)->flags & PLX_TF_CAP)
                  && !(tok (self, b - 1)->flags & PLX_TF_ALLCAPS) && !excluded_from_names (self, b - 1)
                  && !is_possessive (self, b - 1); b--)
        {
          if (klass (self, b - 1, PLX_CLASS_GIVEN))
            given = TRUE;
          if (tok (self, b - 1)->flags & (PLX_TF_SENT_START | PLX_TF_LINE_START))
            {
              b--;
              break;
            }
        }
      if (e - b >= 2 && !given && !klass (self, b, PLX_CLASS_HONORIFIC) && !is_role_word (self, b)
          /* (not "chief investigator Marja Lindqvist said it": a
           * person's role right before the run) */
          && !(b > 0 && !(tok (self, b - 1)->flags & PLX_TF_CAP) && is_role_word (self, b - 1))
          && run_key (self, b, e, key))
        set_add_pooled (self, self->org_runs, key->str);
    }
  /* "Eiren Rail's chief executive", "Corran Orbital Chief Executive Fiona
   * MacLeod", "Coastal Jet shareholders": two names or more with no first
   * name before an officer or an owner only a company has */
  for (guint c = 0; !self->inflected && c < self->n_caps; c++)
    {
      /* (the word before the officer is a capitalised word) */
      guint m = self->caps[c] + 1;
      PlxToken *t, *u;
      guint b = m, w;
      gboolean given = FALSE, officer;
      const char *s;
      char last[KEY_MAX];

      if (m < 2 || m >= n)
        continue;
      t = tok (self, m);
      /* (a word in capitals or one that starts a sentence or a line
       * right before: a run of one word at most, no need to look) */
      if (t->kind != PLX_TOK_WORD || !is_word (self, m - 1) || !(tok (self, m - 1)->flags & PLX_TF_CAP)
          || (tok (self, m - 1)->flags & (PLX_TF_ALLCAPS | PLX_TF_SENT_START | PLX_TF_LINE_START)))
        continue;
      officer = plx_lexicon_org_officer (self->lexicon, self->tokens->text + t->start, t->len);
      if (!officer && m + 1 < n && is_word (self, m + 1) && tok (self, m + 1)->start == t->start + t->len + 1)
        officer = plx_lexicon_org_officer (self->lexicon, self->tokens->text + t->start,
                                           tok (self, m + 1)->start + tok (self, m + 1)->len - t->start);
      if (!officer)
        continue;
      for (; b > 0 && m - b < MAX_NAME_TOKENS && is_word (self, b - 1) && (tok (self, b - 1)->flags & PLX_TF_CAP)
             && !(tok (self, b - 1)->flags & PLX_TF_ALLCAPS) && !excluded_from_names (self, b - 1)
             && (b == m || !is_possessive (self, b - 1)); b--)
        {
          if (klass (self, b - 1, PLX_CLASS_GIVEN))
            given = TRUE;
          if (tok (self, b - 1)->flags & (PLX_TF_SENT_START | PLX_TF_LINE_START))
            {
              b--;
              break;
            }
        }
      if (m - b < 2 || given || klass (self, b, PLX_CLASS_HONORIFIC) || is_role_word (self, b))
        continue;
      /* (the possessive's "'s" is no part of the name) */
      u = tok (self, m - 1);
      s = self->tokens->text + u->start;
      w = possessive_len (self, m - 1);
      if (!run_key (self, b, m - 1, key) || !plx_lexicon_key (self->lexicon, s, u->len - w, last, KEY_MAX))
        continue;
      g_string_append_c (key, ' ');
      g_string_append (key, last);
      set_add_pooled (self, self->org_runs, key->str);
    }
}

/* whether the run @j … @m is an organisation's name seen elsewhere */
static gboolean
org_run (PlxPeople *self,
         guint      j,
         guint      m)
{
  g_autoptr(GString) key = NULL;
  PlxToken *u;
  const char *s;

  if (g_hash_table_size (self->org_runs) == 0 || m <= j)
    return FALSE;
  /* "Coastal Jet's hub": the possessive of the last word */
  u = tok (self, m - 1);
  s = self->tokens->text + u->start;
  key = g_string_new (NULL);
  if (!run_key (self, j, m, key))
    return FALSE;
  if (g_hash_table_contains (self->org_runs, key->str))
    return TRUE;
  if ((u->len > 2 && s[u->len - 2] == '\'' && s[u->len - 1] == 's')
      || (u->len > 4 && s[u->len - 1] == 's' && memcmp (s + u->len - 4, "\xe2\x80\x99", 3) == 0))
    {
      guint cut = s[u->len - 2] == '\'' ? 2 : 4;
      char last[KEY_MAX];

      if (m - 1 > j && !run_key (self, j, m - 1, key))
        return FALSE;
      if (m - 1 == j)
        g_string_truncate (key, 0);
      if (!plx_lexicon_key (self->lexicon, s, u->len - cut, last, KEY_MAX))
        return FALSE;
      if (key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, last);
      return g_hash_table_contains (self->org_runs, key->str);
    }
  return FALSE;
}

static gboolean
run_has_given (PlxPeople *self,
               guint      j,
               guint      m)
{
  for (guint k = j; k < m; k++)
    if (klass (self, k, PLX_CLASS_GIVEN))
      return TRUE;
  return FALSE;
}

G_ALWAYS_INLINE
static inline gboolean
word_is (PlxPeople  *self,
         guint       i,
         const char *w)
{
  return plx_tokens_word_is (self->tokens, i, w);
}

/* "Toronto-based", "London-listed": a capitalised head joined by a hyphen
 * to a lower-case tail is a modifier, not a name */
static gboolean
place_based (PlxPeople *self,
             guint      k)
{
  PlxToken *t = tok (self, k);
  const char *s = self->tokens->text + t->start;
  const char *h = (t->flags & PLX_TF_LETTERS) ? NULL : memchr (s, '-', t->len);

  return h != NULL && h > s && h + 1 < s + t->len && g_ascii_islower (h[1]) && !(t->flags & PLX_TF_ALLCAPS);
}

/* Whether token @d is a preposition of place ("outside", «в») */
static gboolean
place_preposition (PlxPeople *self,
                   guint      d)
{
  return plx_lexicon_in_list (self->lexicon, PLX_LEX_LIST_PLACE_PREPOSITIONS, plx_token_str (self->tokens, d),
                              tok (self, d)->len);
}

/* "Minera Cordillera, which is listed …": a capitalised run followed by
 * ", which" is a thing, wherever else it appears */
static void
collect_thing_runs (PlxPeople *self)
{
  guint n = self->tokens->tokens->len;
  g_autoptr(GString) key = g_string_new (NULL);

  /* (each rule below starts at a capitalised word or right before one:
   * the loops go over those) */
  /* «проработал в Политехе», «на Кубани»: a capitalised word in the
   * prepositional case (-е, -и) right after «в» or «на» names a place or a
   * body; in its other cases («ректоре Политеха») it is no surname */
  for (guint w = 0; self->inflected && w < self->n_caps; w++)
    {
      static const char *const prepositional[] = { "е", "и" };
      guint d;

      if (self->caps[w] == 0)
        continue;
      d = self->caps[w] - 1;
      if (is_word (self, d) && !(tok (self, d + 1)->flags & PLX_TF_ALLCAPS)
          && plx_tokens_ends_with_any (self->tokens, d + 1, prepositional, G_N_ELEMENTS (prepositional), 2)
          && !klass (self, d + 1, PLX_CLASS_GIVEN)
          && place_preposition (self, d) && run_key (self, d + 1, d + 2, key))
        set_add_pooled (self, self->thing_runs, key->str);
    }
  if (self->inflected)
    return;
  for (guint w = 0; w < self->n_caps; w++)
    {
      /* (a run ends at the comma: a capitalised word before it) */
      guint c = self->caps[w] + 1;
      guint b = c;

      if (c + 1 >= n || !plx_tokens_is_char (self->tokens, c, ','))
        continue;
      /* "Coastal Jet, the low-cost carrier that flies …": an apposition
       * with "that" or "which" (a person's takes "who") */
      if (!word_is (self, c + 1, "which"))
        {
          guint k = c + 2, found = 0;

          if (!word_is (self, c + 1, "the") && !has (self, PLX_LEX_INDEFINITES, c + 1))
            continue;
          for (; k < n && k < c + 7 && is_word (self, k) && (!(tok (self, k)->flags & PLX_TF_CAP) || place_based (self, k)); k++)
            if (word_is (self, k, "that") || word_is (self, k, "which"))
              {
                found = k;
                break;
              }
          if (found < c + 3 || is_role_word (self, found - 1) || has (self, PLX_LEX_ANONYMOUS_ROLES, found - 1))
            continue;
        }
      while (b > 0 && c - b < MAX_NAME_TOKENS && is_word (self, b - 1)
             && !excluded_from_names (self, b - 1) && !(tok (self, b)->flags & PLX_TF_LINE_START))
        b--;
      if (b < c && !run_has_given (self, b, c) && run_key (self, b, c, key))
        set_add_pooled (self, self->thing_runs, key->str);
    }
  /* "the Coastal Jet vessel", "the Harbor Line fleet": a run of two or
   * three capitalised words between "the" and a lower-case noun names a
   * thing or a firm, not a person (but "the Starmer government") */
  for (guint w = 0; w < self->n_caps; w++)
    {
      /* (the run's first word is a capitalised word after "the") */
      guint b = self->caps[w], c = b, d;

      if (b == 0)
        continue;
      d = b - 1;
      if (d + 3 >= n || !word_is (self, d, "the"))
        continue;
      while (c < n && c - b < 4 && is_word (self, c) && !excluded_from_names (self, c)
             && !(tok (self, c)->flags & PLX_TF_LINE_START))
        c++;
      if (c - b < 2 || c - b > 3 || c >= n || !is_word (self, c))
        continue;
      if ((tok (self, c)->flags & (PLX_TF_CAP | PLX_TF_LINE_START)) || tok (self, c - 1)->kind != PLX_TOK_WORD)
        continue;
      if (has (self, PLX_LEX_NAME_PARTICLES, b) || run_has_given (self, b, c))
        continue;
      {
        PlxToken *u = tok (self, c - 1);
        const char *s = self->tokens->text + u->start;

        /* "the Le Page family's", "the Kessler Foundation's": a possessive */
        if ((u->len > 2 && s[u->len - 2] == '\'' && s[u->len - 1] == 's')
            || (u->len > 4 && s[u->len - 1] == 's' && memcmp (s + u->len - 4, "\xe2\x80\x99", 3) == 0))
          continue;
      }
      if (has (self, PLX_LEX_STOPWORDS, c) || has (self, PLX_LEX_PREPOSITIONS, c)
          || has (self, PLX_LEX_COORDINATORS, c) || has (self, PLX_LEX_EPONYM_NOUNS, c)
          || has (self, PLX_LEX_FINITE_VERBS, c) || has (self, PLX_LEX_RELATIVES, c)
          || has (self, PLX_LEX_PASSIVE_AUX, c) || is_speech_verb (self, c) || is_role_word (self, c))
        continue;
      if (run_key (self, b, c, key))
        set_add_pooled (self, self->thing_runs, key->str);
    }
  /* "the line outside Little Quill", "loaded at San Pedro": two or three
   * capitalised words after a preposition of place, the first no first
   * name, name a place or a venue wherever else they appear */
  for (guint w = 0; w < self->n_caps; w++)
    {
      /* (the run's first word is a capitalised word after the preposition) */
      guint b = self->caps[w], c = b, d;

      if (b == 0)
        continue;
      d = b - 1;
      if (d + 2 >= n)
        continue;
      if (!is_word (self, d) || (tok (self, d)->flags & PLX_TF_CAP) || !is_word (self, d + 1)
          || !(tok (self, d + 1)->flags & PLX_TF_CAP)
          || !place_preposition (self, d))
        continue;
      while (c < n && c - b < 4 && is_word (self, c) && (tok (self, c)->flags & PLX_TF_CAP)
             && !(tok (self, c)->flags & (PLX_TF_ALLCAPS | PLX_TF_LINE_START)) && !excluded_from_names (self, c))
        c++;
      if (c - b < 2 || c - b > 3 || klass (self, b, PLX_CLASS_GIVEN) || klass (self, b, PLX_CLASS_HONORIFIC)
          || is_role_word (self, b) || is_possessive (self, c - 1))
        continue;
      if (run_key (self, b, c, key))
        set_add_pooled (self, self->thing_runs, key->str);
    }
}

static gboolean
nonperson_runs_has (PlxPeople *self,
                    guint      j,
                    guint      m)
{
  g_autoptr(GString) key = NULL;

  if (g_hash_table_size (self->thing_runs) == 0 || m <= j)
    return FALSE;
  key = g_string_new (NULL);
  return run_key (self, j, m, key) && g_hash_table_contains (self->thing_runs, key->str);
}

/* "Little Quill" beside "the line outside Little Quill", «Политеха»
 * beside «в Политехе»: a run that does not open with a first name and is
 * written elsewhere as a place or a thing */
static gboolean
place_like_run (PlxPeople *self,
                guint      j,
                guint      m)
{
  return !klass (self, j, PLX_CLASS_GIVEN) && nonperson_runs_has (self, j, m);
}

/* "Tierra Amarilla, a town downstream": a place noun in apposition */
static gboolean
place_apposition (PlxPeople *self,
                  guint      m,
                  guint      limit)
{
  guint k = m + 1;

  if (m + 2 >= limit || !plx_tokens_is_char (self->tokens, m, ','))
    return FALSE;
  if (is_word (self, k) && (has (self, PLX_LEX_INDEFINITES, k) || word_is (self, k, "the")))
    k++;
  else
    return FALSE;
  /* "a small fishing town" */
  for (guint w = k; w < limit && w < k + 3 && is_word (self, w) && !(tok (self, w)->flags & PLX_TF_CAP); w++)
    if (has (self, PLX_LEX_PLACE_HEADS, w))
      return TRUE;
  return FALSE;
}

/* "House Freedom Caucus", "Federation of Government Employees",
 * "Department of Rural and Community Development": the run at @j continues
 * a capitalised name, over "of", "for", "and", that holds an organisation
 * word */
static gboolean
continues_org_name (PlxPeople *self,
                    guint      j,
                    guint      para_first)
{
  guint k = j;
  guint steps = 0;

  while (k > para_first && steps < 8)
    {
      PlxToken *t = tok (self, k - 1);
      const char *s;

      if (t->kind != PLX_TOK_WORD)
        return FALSE;
      s = self->tokens->text + t->start;
      if (t->flags & PLX_TF_CAP)
        {
          /* "Apple's Tim Cook": a possessive ends the name before */
          if ((t->len > 2 && s[t->len - 2] == '\'' && s[t->len - 1] == 's')
              || (t->len > 4 && s[t->len - 1] == 's' && memcmp (s + t->len - 4, "\xe2\x80\x99", 3) == 0))
            return FALSE;
          if (has (self, PLX_LEX_ORG_WORDS, k - 1) && !(t->flags & PLX_TF_ALLCAPS))
            return TRUE;
          if (is_role_word (self, k - 1) || klass (self, k - 1, PLX_CLASS_GIVEN))
            return FALSE;
        }
      else if (!((has (self, PLX_LEX_PREPOSITIONS, k - 1) && (word_is (self, k - 1, "of") || word_is (self, k - 1, "for")))
                 || has (self, PLX_LEX_COORDINATORS, k - 1)))
        return FALSE;
      else if (k - 1 == para_first)
        return FALSE;
      if (t->flags & (PLX_TF_SENT_START | PLX_TF_LINE_START))
        return FALSE;
      k--;
      steps++;
    }
  return FALSE;
}

static void
add_candidate (PlxPeople *self,
               guint      j)
{
  char key[KEY_MAX];

  if (token_key (self, j, key) && key[0] != '\0')
    set_add_pooled (self, self->candidates, key);
}

/* Whether the word @j is a noun for a person by its ending or the
 * lexicon: "Passenger", "Evacuee", "Agronomist", "Supervisor",
 * "Neighbour", "Resident", or a listed role. */
static gboolean
agent_noun (PlxPeople *self,
            guint      j)
{
  static const char *const endings[] = { "er", "or", "our", "ee", "ist", "ent", "ant" };
  PlxToken *t = tok (self, j);
  const char *s = self->tokens->text + t->start;

  if (is_role_word (self, j) || has (self, PLX_LEX_ANONYMOUS_ROLES, j) || has (self, PLX_LEX_GENERIC_ROLES, j))
    return TRUE;
  if (t->len < 5 || t->len > 24)
    return FALSE;
  for (gsize k = 0; k < t->len; k++)
    if (!g_ascii_isalpha (s[k]))
      return FALSE;
  for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
    {
      gsize l = strlen (endings[e]);

      if (memcmp (s + t->len - l, endings[e], l) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether the paragraph @p is a headline in title case: one of the first
 * three, or a link after a label ("Read more: …"), of five words or more,
 * every word capitalised but the small ones ("Court Throws Out Map,
 * Upending Republican Plans for a House Seat"). */
static gboolean
title_case_headline (PlxPeople *self,
                     guint      p)
{
  PlxRange *r;
  guint caps = 0;
  guint from;

  if (p >= self->tokens->paragraphs->len)
    return FALSE;
  r = &g_array_index (self->tokens->paragraphs, PlxRange, p);
  if (r->end - r->first > 40)
    return FALSE;
  from = r->first;
  if (p > 2)
    {
      for (guint k = r->first + 1; k < r->end && k <= r->first + 3 && from == r->first; k++)
        if (plx_tokens_is_char (self->tokens, k, ':'))
          from = k + 1;
      if (from == r->first)
        return FALSE;
    }
  for (guint k = from; k < r->end; k++)
    {
      if (!is_word (self, k))
        continue;
      if (tok (self, k)->flags & PLX_TF_CAP)
        caps++;
      else if (!has (self, PLX_LEX_STOPWORDS, k) && !has (self, PLX_LEX_PREPOSITIONS, k))
        return FALSE;
    }
  return caps >= 5;
}

/* Whether the capitalised word @j is one the text writes elsewhere as a
 * firm's or a team's: as a modifier after "a" / "an" ("a Meridian
 * engineer") or as the subject of a plural verb ("Everton have sacked"),
 * which no single person's name takes. The keys are found once, on first
 * use. */
static gboolean bare_key (PlxPeople *self, guint i, char *buf);

static gboolean
org_modifier (PlxPeople *self,
              guint      j)
{
  char key[KEY_MAX];

  if (self->org_mods == NULL)
    {
      guint n = self->tokens->tokens->len;

      self->org_mods = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint c = 0; c < self->n_caps; c++)
        {
          guint k = self->caps[c];
          PlxToken *t = tok (self, k);
          char ck[KEY_MAX];
          gboolean mod;

          if (k < 1 || k + 1 >= n)
            continue;
          if (t->kind != PLX_TOK_WORD || !(t->flags & PLX_TF_CAP) || (t->flags & PLX_TF_ALLCAPS)
              || is_possessive (self, k) || !is_word (self, k + 1))
            continue;
          mod = (word_is (self, k - 1, "a") || word_is (self, k - 1, "an"))
                && !(tok (self, k + 1)->flags & PLX_TF_CAP)
                && !has (self, PLX_LEX_STOPWORDS, k + 1) && !has (self, PLX_LEX_PREPOSITIONS, k + 1)
                && !has (self, PLX_LEX_FINITE_VERBS, k + 1) && !is_speech_verb (self, k + 1);
          /* (not "and Ruiz were", "If Ruiz were to go") */
          if (!mod && (word_is (self, k + 1, "have") || word_is (self, k + 1, "are") || word_is (self, k + 1, "were")))
            mod = (t->flags & PLX_TF_SENT_START)
                  || (is_word (self, k - 1) && (tok (self, k - 1)->flags & PLX_TF_CAP)
                      && !(tok (self, k - 1)->flags & PLX_TF_SENT_START));
          if (mod && bare_key (self, k, ck) && !g_hash_table_contains (self->org_mods, ck))
            g_hash_table_add (self->org_mods, g_strdup (ck));
        }
    }
  return g_hash_table_size (self->org_mods) > 0 && bare_key (self, j, key)
         && g_hash_table_contains (self->org_mods, key);
}

/* Whether the words from @m on credit the names before them: only names,
 * commas, "and" and "in" up to "contributed" ("… and Ray Castellano in
 * Reno contributed to this report"), or, after "in", a place that ends
 * the paragraph ("From CNN's Ben Castellano in Cape Town"). */
static gboolean
credited_after (PlxPeople *self,
                guint      m,
                guint      limit)
{
  for (guint k = m; k < limit && k < m + 12; k++)
    {
      if (word_is (self, k, "contributed"))
        return TRUE;
      /* ("… in Cape Town" to the end of a credit line) */
      if (k + 1 == limit && is_word (self, k) && (tok (self, k)->flags & PLX_TF_CAP))
        return word_is (self, m - 1, "in");
      if (!(plx_tokens_is_char (self->tokens, k, ',') || word_is (self, k, "and") || word_is (self, k, "in")
            || (is_word (self, k) && (tok (self, k)->flags & PLX_TF_CAP) && !(tok (self, k)->flags & PLX_TF_SENT_START))))
        return FALSE;
    }
  return FALSE;
}

static void
find_strong (PlxPeople *self,
             GArray    *weak)
{
  static const char *family_plural[] = { "ых", "их" };
  /* the words that can open a title (see parse_title_prefix()) or
   * introduce a name */
  const guint64 openers = PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_TITLES)
                          | PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_INSTITUTIONS)
                          | PLX_CLASS_BIT (PLX_CLASS_HONORIFIC) | PLX_CLASS_BIT (PLX_CLASS_NATIONALITY)
                          | PLX_CLASS_BIT (PLX_LEX_NAME_MARKERS);
  GArray *paras = self->tokens->paragraphs;

  for (guint p = 0; p < paras->len; p++)
    {
      PlxRange *para = &g_array_index (paras, PlxRange, p);
      gboolean byline = is_byline_paragraph (self, para) || is_name_line_byline (self, p);
      guint limit = paragraph_end_of (self, p);
      guint i = para->first;

      while (i < limit)
        {
          PlxToken *t;
          guint title_end, j, m, g;
          char honorific;
          gboolean person = FALSE;
          gboolean given_first, titled_after;

          /* most tokens are marks or words in lower case that open no
           * title and introduce no name: no rule below applies to them
           * (they start no name run), but for the few words the Russian
           * rules look for and a word after the ";" or the dash of an
           * English credit; they are skipped in a short loop of their own */
          if (!byline)
            {
              const PlxToken *toks = self->tokens->data;
              const guint64 *classes = self->tokens->classes;

              while (i < limit
                     && (toks[i].kind != PLX_TOK_WORD
                         || (!(toks[i].flags & (PLX_TF_CAP | PLX_TF_ALLCAPS)) && !(classes[i] & openers)
                             && (self->inflected
                                 ? !(word_is (self, i, "в") || word_is (self, i, "зовут")
                                     || word_is (self, i, "прозвали") || word_is (self, i, "называют"))
                                 : i == para->first || toks[i - 1].kind == PLX_TOK_WORD))))
                i++;
              if (i >= limit)
                break;
            }
          t = tok (self, i);
          if (t->kind != PLX_TOK_WORD)
            {
              i++;
              continue;
            }
          /* "Born Margaret Ann Dahl in 1937, …": the birth name of the
           * person the story is about (named most so far) */
          if (!self->inflected && (t->flags & PLX_TF_SENT_START) && word_is (self, i, "born")
              && has (self, PLX_LEX_NAME_MARKERS, i) && i + 3 < limit && self->entities->len > 0)
            {
              guint b = parse_name_run (self, i + 1, limit);

              if (b >= i + 3 && b <= i + 4 && b < limit
                  && (plx_tokens_is_char (self->tokens, b, ',') || word_is (self, b, "in") || word_is (self, b, "on")))
                {
                  int best = -1;
                  guint best_n = 0;

                  for (guint k = 0; k < self->entities->len && k < 2000; k++)
                    {
                      PlxEntity *ce = g_ptr_array_index (self->entities, k);

                      if (ce->n_mentions > ce->n_byline && ce->n_mentions - ce->n_byline > best_n)
                        {
                          best = k;
                          best_n = ce->n_mentions - ce->n_byline;
                        }
                    }
                  if (best >= 0)
                    {
                      PlxEntity *be = g_ptr_array_index (self->entities, best);

                      /* an alias, never the name the person goes by */
                      g_ptr_array_add (be->forms, surface_pooled (self, i + 1, b));
                      add_mention (self, self->mentions, i + 1, b, best, PLX_MENTION_NAME);
                      i = b;
                      continue;
                    }
                }
            }
          /* «Сергей Гусельников, которого в отряде все зовут Лис»: a
           * nickname after «которого … зовут» names the person before the
           * comma */
          if (self->inflected && i + 1 < limit && i >= 3
              && (word_is (self, i, "зовут") || word_is (self, i, "прозвали") || word_is (self, i, "называют"))
              && is_word (self, i + 1) && (tok (self, i + 1)->flags & PLX_TF_CAP)
              && !(tok (self, i + 1)->flags & PLX_TF_ALLCAPS) && parse_name_run (self, i + 1, limit) == i + 2)
            {
              int pm = -1;

              for (guint k = i; k-- > 2 && i - k <= 6;)
                {
                  if (!is_word (self, k))
                    break;
                  if ((word_is (self, k, "которого") || word_is (self, k, "которую"))
                      && plx_tokens_is_char (self->tokens, k - 1, ','))
                    {
                      pm = plx_people_mention_at (self, k - 2);
                      break;
                    }
                }
              if (pm >= 0 && g_array_index (self->mentions, PlxMention, pm).entity >= 0)
                {
                  add_alias_name (self, g_array_index (self->mentions, PlxMention, pm).entity, i + 1, i + 2);
                  i += 2;
                  continue;
                }
            }
          /* «иеромонах Никодим (в миру — Андрей Горелов)»: the secular
           * name of a cleric names the person named before the bracket */
          if (self->inflected && i >= 2 && i + 3 < limit && word_is (self, i, "в") && word_is (self, i + 1, "миру")
              && plx_tokens_is_char (self->tokens, i - 1, '('))
            {
              int pm = plx_people_mention_at (self, i - 2);
              guint a = i + 2;

              if (a < limit && (tok (self, a)->kind == PLX_TOK_DASH || plx_tokens_is_char (self->tokens, a, ':')))
                a++;
              if (pm >= 0 && g_array_index (self->mentions, PlxMention, pm).entity >= 0)
                {
                  guint b = parse_name_run (self, a, limit);

                  if (b >= a + 2 && b <= a + 3)
                    {
                      add_alias_name (self, g_array_index (self->mentions, PlxMention, pm).entity, a, b);
                      i = b;
                      continue;
                    }
                }
            }
          /* «жительница, представившаяся Людмилой»: a first name alone
           * after a word that introduces a name is a person */
          if (self->inflected && has (self, PLX_LEX_NAME_MARKERS, i) && i + 1 < limit && is_word (self, i + 1)
              && (tok (self, i + 1)->flags & PLX_TF_CAP) && !(tok (self, i + 1)->flags & PLX_TF_ALLCAPS)
              && klass (self, i + 1, PLX_CLASS_GIVEN)
              && !(i + 2 < limit && is_word (self, i + 2) && (tok (self, i + 2)->flags & PLX_TF_CAP)))
            {
              register_person (self, i + 1, i + 2, i + 1, i + 1, 0, PLX_MENTION_NAME);
              i += 2;
              continue;
            }
          if (!byline
              && (((t->flags & PLX_TF_CAP)
                   && ((t->flags & PLX_TF_SENT_START)
                       || (i > para->first && (plx_tokens_is_char (self->tokens, i - 1, '(')
                                               || plx_tokens_is_char (self->tokens, i - 1, '/')))))
                  /* "(Reporting by …; additional reporting by …)",
                   * "--With assistance from …" */
                  || (!self->inflected && i > para->first
                      && (plx_tokens_is_char (self->tokens, i - 1, ';')
                          || (i - 1 == para->first && (tok (self, i - 1)->kind == PLX_TOK_DASH
                                                       || plx_tokens_is_char (self->tokens, i - 1, '-')))))))
            {
              /* a credit inside a longer paragraph: "(Photo: Jenna Cole/The
               * Courier)", "Data analysis by Mei Tanaka." */
              guint k = match_phrase (self, PLX_LEX_PHRASE_BYLINE, i, NULL);

              if (k == 0 && i + 1 < limit && is_word (self, i + 1) && !(tok (self, i + 1)->flags & PLX_TF_CAP))
                {
                  k = match_phrase (self, PLX_LEX_PHRASE_BYLINE, i + 1, NULL);
                  k = k > 0 ? k + 1 : 0;
                }
              /* ("Photo / Bevan Conley", "With files from Erik White") */
              if (k > 0 && i + k < limit
                  && (plx_tokens_is_char (self->tokens, i + k, ':') || plx_tokens_is_char (self->tokens, i + k, '/')
                      || (k >= 2 && has (self, PLX_LEX_AGENT_MARKERS, i + k - 1)) || k >= 3))
                {
                  guint a = i + k + (plx_tokens_is_char (self->tokens, i + k, ':')
                                     || plx_tokens_is_char (self->tokens, i + k, '/') ? 1 : 0);
                  guint b = parse_name_run (self, a, limit);

                  /* "(Photo by Lars KJELDSEN / AFP)": an agency's upper-case
                   * surname after a first name */
                  if (b == a + 1 && klass (self, a, PLX_CLASS_GIVEN) && b < limit && is_word (self, b)
                      && (tok (self, b)->flags & PLX_TF_ALLCAPS) && tok (self, b)->len > 2
                      && !has (self, PLX_LEX_ORG_WORDS, b) && !has (self, PLX_LEX_PLACES, b))
                    b++;
                  if (b - a >= 2 && b - a <= 3
                      && (b >= limit || !is_word (self, b) || has (self, PLX_LEX_COORDINATORS, b)
                          /* ("… by Rhea Malhotra in Washington;") */
                          || (!self->inflected && word_is (self, b, "in") && b + 1 < limit && is_word (self, b + 1)
                              && (tok (self, b + 1)->flags & PLX_TF_CAP))))
                    {
                      register_person (self, a, b, a, a, 0, PLX_MENTION_BYLINE);
                      /* "Editing by Scott Brannigan and Leslie Adler": the
                       * second name of the credit, to its end */
                      if (!self->inflected && b + 1 < limit && word_is (self, b, "and"))
                        {
                          guint c = parse_name_run (self, b + 1, limit);

                          if (c - b - 1 >= 2 && c - b - 1 <= 3
                              && (c >= limit || (!is_word (self, c) && tok (self, c)->kind != PLX_TOK_QUOTE)
                                  || (word_is (self, c, "in") && c + 1 < limit && is_word (self, c + 1)
                                      && (tok (self, c + 1)->flags & PLX_TF_CAP))))
                            {
                              register_person (self, b + 1, c, b + 1, b + 1, 0, PLX_MENTION_BYLINE);
                              b = c;
                            }
                        }
                      i = b;
                      continue;
                    }
                }
              /* «Беседовала Туяра Васильева»: an interviewer's credit, a
               * paragraph of its own, names a person whatever the given
               * name (Russian) */
              if (k == 0 && self->inflected && (t->flags & PLX_TF_PARA_START))
                {
                  const char *value = NULL;
                  guint n = match_phrase (self, PLX_LEX_PHRASE_TRANSCRIPT, i, &value);
                  guint b = n > 0 ? parse_name_run (self, i + n, limit) : 0;

                  if (n > 0 && value != NULL && plx_str_equal (value, "interviewer") && b >= limit
                      && b >= i + n + 2 && b <= i + n + 3 && plx_people_mention_at (self, i + n) < 0)
                    {
                      PlxToken *vt = tok (self, i + n - 1);
                      /* (the verb's feminine past tells a woman: «Беседовала
                       * Айгерим Нурланова») */
                      char g = vt->len > 2 && memcmp (self->tokens->text + vt->start + vt->len - 2, "\xd0\xb0", 2) == 0
                               ? 'f' : 0;

                      register_person (self, i + n, b, i + n, i + n, g, PLX_MENTION_NAME);
                      i = b;
                      continue;
                    }
                }
              /* "Aizhan Dosova in Osh contributed to this report.": a
               * contributor's credit at the foot of the story */
              if (k == 0 && !self->inflected && (t->flags & PLX_TF_SENT_START))
                {
                  guint b = parse_name_run (self, i, limit);
                  guint c = b;

                  if (c + 1 < limit && word_is (self, c, "in") && is_word (self, c + 1)
                      && (tok (self, c + 1)->flags & PLX_TF_CAP))
                    {
                      c += 2;
                      if (c < limit && is_word (self, c) && (tok (self, c)->flags & PLX_TF_CAP))
                        c++;
                    }
                  if (b - i >= 2 && b - i <= 3 && c + 1 < limit && word_is (self, c, "contributed")
                      && word_is (self, c + 1, "to"))
                    {
                      register_person (self, i, b, i, i, 0, PLX_MENTION_BYLINE);
                      i = b;
                      continue;
                    }
                }
              /* "(Erik Lund/Reuters)", "(KTVX News 4 / Erik Lund)": a
               * photographer's credit in parentheses, the name and the
               * outlet split by a slash */
              if (k == 0 && !self->inflected && i > para->first
                  && (plx_tokens_is_char (self->tokens, i - 1, '(') || plx_tokens_is_char (self->tokens, i - 1, '/')))
                {
                  guint b = parse_name_run (self, i, limit);
                  gboolean credit = FALSE;

                  if (b - i >= 2 && b - i <= 3 && b < limit)
                    {
                      if (plx_tokens_is_char (self->tokens, i - 1, '('))
                        {
                          /* the name first: "/" and an outlet up to ")" */
                          if (plx_tokens_is_char (self->tokens, b, '/'))
                            for (guint c = b + 1; c < limit && c < b + 6; c++)
                              {
                                if (plx_tokens_is_char (self->tokens, c, ')'))
                                  {
                                    credit = c > b + 1;
                                    break;
                                  }
                                if (tok (self, c)->kind != PLX_TOK_WORD && tok (self, c)->kind != PLX_TOK_NUMBER)
                                  break;
                              }
                        }
                      else if (plx_tokens_is_char (self->tokens, b, ')'))
                        {
                          /* the outlet first: "(" and an outlet before "/" */
                          for (guint c = i - 1; c-- > para->first && i - 1 - c <= 6;)
                            {
                              /* (not "(Jo Bell / Alamy Stock Photo)": a name
                               * before the slash is the photographer) */
                              if (plx_tokens_is_char (self->tokens, c, '('))
                                {
                                  guint e = parse_name_run (self, c + 1, i - 1);

                                  credit = c + 1 < i - 1 && !(e == i - 1 && e - (c + 1) >= 2);
                                  break;
                                }
                              if (tok (self, c)->kind != PLX_TOK_WORD && tok (self, c)->kind != PLX_TOK_NUMBER)
                                break;
                            }
                        }
                    }
                  if (credit)
                    {
                      register_person (self, i, b, i, i, 0, PLX_MENTION_BYLINE);
                      i = b;
                      continue;
                    }
                }
              /* "(Aizhan Dosova for The Daily Ledger)": a photographer's
               * credit in parentheses, no "Photo:" in front */
              if (k == 0 && !self->inflected && i > para->first && plx_tokens_is_char (self->tokens, i - 1, '('))
                {
                  guint b = parse_name_run (self, i, limit);
                  gboolean closed = FALSE;

                  if (b - i >= 2 && b - i <= 3 && b + 1 < limit && word_is (self, b, "for")
                      && is_word (self, b + 1) && (tok (self, b + 1)->flags & PLX_TF_CAP))
                    for (guint c = b + 1; c < limit && c < b + 7 && !closed; c++)
                      {
                        if (plx_tokens_is_char (self->tokens, c, ')'))
                          closed = TRUE;
                        else if (!is_word (self, c) || !(tok (self, c)->flags & PLX_TF_CAP))
                          break;
                      }
                  if (closed)
                    {
                      register_person (self, i, b, i, i, 0, PLX_MENTION_BYLINE);
                      i = b;
                      continue;
                    }
                }
            }
          j = parse_title_prefix (self, i, limit, &title_end, &honorific);
          m = parse_name_run (self, j, limit);
          /* no name here, as at most tokens (outside a byline none of the
           * rules down to "if (m == j)" below applies to an empty run) */
          if (m == j && !byline)
            {
              i = MAX (i + 1, title_end);
              continue;
            }
          /* "Kunal Sethi / TNN", "(Erik White/CBC)", "© Yohanes Tara / AFP",
           * "Zolan Kanno contributed reporting", "Dana Whitlock in Las
           * Vegas and Ray Castellano in Reno contributed": the credits of
           * a writer or a photographer */
          if (!self->inflected && !byline && title_end == i && j == i && m - j >= 2 && m - j <= 3
              && ((m + 1 < limit && plx_tokens_is_char (self->tokens, m, '/') && is_word (self, m + 1)
                   && (tok (self, m + 1)->flags & PLX_TF_CAP)
                   && (j == para->first || plx_tokens_is_char (self->tokens, j - 1, '(')
                       || (tok (self, j - 1)->len == 2 && memcmp (self->tokens->text + tok (self, j - 1)->start, "\xc2\xa9", 2) == 0)))
                  || (credited_after (self, m, limit) && !(j > 0 && has (self, PLX_LEX_PREPOSITIONS, j - 1)))
                  /* "From CNN's Ben Castellano in Cape Town": a live page's
                   * credit line */
                  || (j >= 2 && j - 2 == para->first && word_is (self, j - 2, "from") && is_possessive (self, j - 1)
                      && (m == limit || (word_is (self, m, "in") && credited_after (self, m + 1, limit))))))
            {
              register_person (self, j, m, j, j, 0, PLX_MENTION_BYLINE);
              i = m;
              continue;
            }
          /* «Муж Галины Петровны Виктор Шатров», «дочь Ивана Сергеевича
           * Анна»: a first name after a patronymic begins the name of
           * another person (the one before is whose relative he is) */
          if (self->inflected && m - j >= 3)
            for (guint k = j + 1; k + 1 < m; k++)
              if (klass (self, k, PLX_CLASS_PATRONYMIC) && klass (self, k + 1, PLX_CLASS_GIVEN)
                  && (tok (self, k + 1)->flags & PLX_TF_CAP))
                {
                  m = k + 1;
                  break;
                }
          /* «представитель губернатора Сергея Демина Илья Рожков»: a
           * first name in the nominative after a first name in another
           * case and a surname begins the name of another person */
          if (self->inflected && m - j >= 4 && klass (self, j, PLX_CLASS_GIVEN))
            {
              if (plx_lexicon_given_case (self->lexicon, self->tokens->text + tok (self, j)->start,
                                          tok (self, j)->len) < 0)
                for (guint k = j + 2; k + 1 < m; k++)
                  if (klass (self, k, PLX_CLASS_GIVEN) && (tok (self, k)->flags & PLX_TF_CAP)
                      && !klass (self, k - 1, PLX_CLASS_GIVEN) && !klass (self, k - 1, PLX_CLASS_PATRONYMIC)
                      && plx_lexicon_given_case (self->lexicon, self->tokens->text + tok (self, k)->start,
                                                 tok (self, k)->len) > 0)
                    {
                      m = k;
                      break;
                    }
            }
          /* "Orla Fitzgibbon Health Correspondent", "By Nadia Crewe Chief
           * Political Correspondent": in a byline a role in capitals ends
           * the name */
          if (byline && !self->inflected && m - j >= 4 && m <= limit
              && (has (self, PLX_LEX_ROLE_NOUNS, m - 1) || has (self, PLX_LEX_ANONYMOUS_ROLES, m - 1))
              && !klass (self, m - 1, PLX_CLASS_GIVEN))
            {
              m--;
              while (m - j > 2 && !klass (self, m - 1, PLX_CLASS_GIVEN) && !has (self, PLX_LEX_NAME_PARTICLES, m - 2))
                m--;
            }
          /* "By Nadia Crewe Political Correspondent": in a byline the word
           * before a role belongs to the role */
          if (byline && m - j == 3 && m < limit && is_word (self, m) && has (self, PLX_LEX_ROLE_NOUNS, m)
              && !klass (self, m - 1, PLX_CLASS_GIVEN))
            m--;
          /* "Подполковник Мальцев уточнил": a sentence-initial word the
           * text also writes in lower case is no part of the name */
          if (title_end == i && j == i && m >= j + 2 && (t->flags & PLX_TF_SENT_START)
              && !(t->flags & PLX_TF_ALLCAPS) && !klass (self, j, PLX_CLASS_GIVEN)
              && (lower_word (self, j)
                  /* "Passenger Kelly Marsh told", "Evacuee Marjorie Tallis":
                   * a person's noun before a first name and a surname */
                  || (!self->inflected && m == j + 3 && klass (self, j + 1, PLX_CLASS_GIVEN)
                      && !klass (self, j + 2, PLX_CLASS_GIVEN) && agent_noun (self, j))
                  /* "Wicketkeeper Mpho Sithole took": a role noun before
                   * two names of any origin */
                  || (!self->inflected && m == j + 3 && has (self, PLX_LEX_ROLE_NOUNS, j)
                      && !klass (self, j + 1, PLX_CLASS_GIVEN) && !klass (self, j + 2, PLX_CLASS_GIVEN))
                  /* «Соседка Дьяченко, пенсионерка …», «Адвокат Лепика
                   * заявил»: a person's noun before one capitalised word
                   * (Russian) */
                  || (self->inflected && m == j + 2 && !klass (self, j + 1, PLX_CLASS_GIVEN)
                      && (is_role_word (self, j) || has (self, PLX_LEX_ANONYMOUS_ROLES, j)
                          || has (self, PLX_LEX_GENERIC_ROLES, j)))))
            {
              i++;
              continue;
            }
          /* "an analyst at Morgan Stanley": a run after a lower-case role
           * and "at" is the employer, no person */
          if (!self->inflected && m >= j + 2 && j >= 2 && word_is (self, j - 1, "at")
              && !(tok (self, j - 2)->flags & PLX_TF_CAP) && is_role_word (self, j - 2))
            {
              i = m;
              continue;
            }
          /* "a former Morgan Stanley analyst", "the Wallace Keller
           * economist": a run between a determiner (an adjective between)
           * and a lower-case role is the employer, no person */
          if (!self->inflected && m >= j + 2 && m < limit && j >= 1 && title_end == i && is_word (self, m)
              && !(tok (self, m)->flags & PLX_TF_CAP) && is_role_word (self, m))
            {
              guint d = j - 1;

              if (d > 0 && is_word (self, d) && !(tok (self, d)->flags & PLX_TF_CAP)
                  && !has (self, PLX_LEX_DETERMINERS, d) && !has (self, PLX_LEX_INDEFINITES, d)
                  && !has (self, PLX_LEX_PREPOSITIONS, d) && !is_role_word (self, d))
                d--;
              if (is_word (self, d) && (has (self, PLX_LEX_DETERMINERS, d) || has (self, PLX_LEX_INDEFINITES, d)))
                {
                  i = m;
                  continue;
                }
            }
          /* (not "6:12 PM ET": short capitals right after a number are
           * a clock's marks) */
          if (m == j && byline && (t->flags & PLX_TF_ALLCAPS)
              && !(j > 0 && tok (self, j - 1)->kind == PLX_TOK_NUMBER && t->len <= 3))
            {
              /* "By HANNAH CORWIN and DEREK OYELARAN": upper-case bylines */
              guint particles = 0;

              while (m < limit && m < j + 3 + particles && is_word (self, m) && (tok (self, m)->flags & PLX_TF_ALLCAPS)
                     && !has (self, PLX_LEX_COORDINATORS, m) && !has (self, PLX_LEX_STOPWORDS, m)
                     && !has (self, PLX_LEX_PLACES, m)
                     && match_phrase (self, PLX_LEX_PHRASE_BYLINE, m, NULL) == 0)
                {
                  /* "JOOST VAN DER LINDEN", "ANA DE LA CRUZ": particles
                   * inside, a surname after them */
                  if (m > j && particles < 2 && has (self, PLX_LEX_NAME_PARTICLES, m))
                    {
                      guint p = m;

                      while (p < limit && p < m + 2 && is_word (self, p) && (tok (self, p)->flags & PLX_TF_ALLCAPS)
                             && has (self, PLX_LEX_NAME_PARTICLES, p))
                        p++;
                      if (p < limit && is_word (self, p) && (tok (self, p)->flags & PLX_TF_ALLCAPS)
                          && !has (self, PLX_LEX_NAME_PARTICLES, p) && !has (self, PLX_LEX_COORDINATORS, p))
                        {
                          particles += p - m;
                          m = p + 1;
                          continue;
                        }
                    }
                  /* "DEVON HALL", "ANNA WHITE": a surname that is also an
                   * organisation word ends the name ("CITY HALL STAFF" does not) */
                  if (has (self, PLX_LEX_ORG_WORDS, m)
                      && !(m > j && !has (self, PLX_LEX_ORG_WORDS, m - 1)
                           && (m + 1 >= limit || !is_word (self, m + 1) || has (self, PLX_LEX_COORDINATORS, m + 1)
                               || !(tok (self, m + 1)->flags & PLX_TF_ALLCAPS))))
                    break;
                  m++;
                }
              if (m - j >= 2)
                {
                  register_person (self, j, m, i, i, 0, PLX_MENTION_BYLINE);
                  i = m;
                  continue;
                }
              m = j;
            }
          if (m == j)
            {
              i = MAX (i + 1, title_end);
              continue;
            }
          /* "Mark and Dana Whitcomb": two first names before one surname
           * name two people */
          if (!self->inflected && m - j == 1 && title_end == i && klass (self, j, PLX_CLASS_GIVEN) && m + 2 < limit
              && !(j > 0 && is_word (self, j - 1) && has (self, PLX_LEX_PREPOSITIONS, j - 1))
              && is_word (self, m) && has (self, PLX_LEX_COORDINATORS, m) && !(tok (self, m)->flags & PLX_TF_CAP)
              && is_word (self, m + 1) && (tok (self, m + 1)->flags & PLX_TF_CAP) && !excluded_from_names (self, m + 1))
            {
              guint m2 = parse_name_run (self, m + 1, limit);

              if (m2 == m + 3 && !klass (self, m + 2, PLX_CLASS_GIVEN) && !(tok (self, m + 2)->flags & PLX_TF_ABBREV))
                {
                  register_person_gap (self, j, m2, m, m + 2, j, j, 0, PLX_MENTION_NAME);
                  register_person (self, m + 1, m2, m + 1, m + 1, 0, PLX_MENTION_NAME);
                  i = m2;
                  continue;
                }
            }
          /* 'ambassador to Aldoria Richard "Rick" Haney': the first name
           * before the nickname ends a run that began with a place */
          if (!self->inflected && m - j >= 2 && m - j <= 3 && m + 3 < limit && klass (self, m - 1, PLX_CLASS_GIVEN)
              && !klass (self, j, PLX_CLASS_GIVEN)
              && tok (self, m)->kind == PLX_TOK_QUOTE && (tok (self, m)->flags & PLX_TF_CAN_OPEN)
              && is_word (self, m + 1) && (tok (self, m + 1)->flags & PLX_TF_CAP)
              && tok (self, m + 2)->kind == PLX_TOK_QUOTE && (tok (self, m + 2)->flags & PLX_TF_CAN_CLOSE)
              && is_word (self, m + 3) && (tok (self, m + 3)->flags & PLX_TF_CAP) && !excluded_from_names (self, m + 3))
            {
              PlxRange r = { j, m - 1 };

              g_array_append_val (weak, r);
              j = m - 1;
            }
          /* 'Robert "Bobby" Kline': a nickname in quotation marks between
           * the first name and the surname */
          if (!self->inflected && m - j == 1 && m + 3 < limit
              && (klass (self, j, PLX_CLASS_GIVEN) || !(tok (self, j)->flags & PLX_TF_SENT_START))
              && tok (self, m)->kind == PLX_TOK_QUOTE && (tok (self, m)->flags & PLX_TF_CAN_OPEN)
              && is_word (self, m + 1) && (tok (self, m + 1)->flags & PLX_TF_CAP)
              && tok (self, m + 2)->kind == PLX_TOK_QUOTE && (tok (self, m + 2)->flags & PLX_TF_CAN_CLOSE)
              && is_word (self, m + 3) && (tok (self, m + 3)->flags & PLX_TF_CAP) && !excluded_from_names (self, m + 3)
              && !(tok (self, m + 3)->flags & PLX_TF_ALLCAPS))
            {
              guint m2 = parse_name_run (self, m + 3, limit);

              if (m2 == m + 4)
                {
                  register_person_gap (self, j, m2, m, m + 3, i, title_end, honorific, PLX_MENTION_NAME);
                  i = m2;
                  continue;
                }
            }
          /* "Agnes (Fallon) Doyle": a maiden name in brackets between the
           * first name and the surname */
          if (!self->inflected && m - j == 1 && klass (self, j, PLX_CLASS_GIVEN) && m + 3 < limit
              && plx_tokens_is_char (self->tokens, m, '(') && is_word (self, m + 1)
              && (tok (self, m + 1)->flags & PLX_TF_CAP) && !excluded_from_names (self, m + 1)
              && plx_tokens_is_char (self->tokens, m + 2, ')') && is_word (self, m + 3)
              && (tok (self, m + 3)->flags & PLX_TF_CAP) && !excluded_from_names (self, m + 3))
            m += 4;
          /* a given name inside the run starts the name ("Yesterday Sergei Lavrov") */
          g = j;
          given_first = FALSE;
          for (guint k = j; k < m; k++)
            {
              /* (not a particle inside: «Йоост ван Мер», "Ana de Jesus") */
              if (klass (self, k, PLX_CLASS_GIVEN) && (tok (self, k)->flags & PLX_TF_CAP))
                {
                  g = k;
                  given_first = TRUE;
                  break;
                }
            }
          /* «Внук Рябовых Тимофей»: a family's name in the genitive
           * plural after a relative says whose; the first name after it
           * is the person's (see promote_given_names()) */
          if (self->inflected && given_first && g == j + 1 && m == g + 1 && title_end == i && j > 0
              && is_word (self, j - 1) && is_role_word (self, j - 1) && !klass (self, j, PLX_CLASS_GIVEN)
              && plx_tokens_ends_with_any (self->tokens, j, family_plural, G_N_ELEMENTS (family_plural), 2))
            {
              PlxRange r = { g, m };

              g_array_append_val (weak, r);
              i = m;
              continue;
            }
          /* "Margarethe Ingrid Olsen": in English an unknown capitalised
           * word right before a given name is a first name too */
          if (given_first && !self->inflected && g == j + 1 && m - g >= 2 && m - j <= 3
              && title_end == i && !(j > 0 && is_word (self, j - 1) && has (self, PLX_LEX_PREPOSITIONS, j - 1)))
            {
              /* at a sentence start the word may be an imperative
               * ("Contact Kevin Marsh at …"): only with a person's context
               * after the name */
              gboolean keep = !(tok (self, j)->flags & PLX_TF_SENT_START);

              if (!keep && m < limit)
                keep = plx_tokens_is_char (self->tokens, m, ',') || is_speech_verb (self, m);
              if (keep)
                g = j;
            }
          /* "г. Соликамска Е. А. Мухина": a word before two initials is
           * no part of the name */
          if (!given_first && m - j >= 4 && !(tok (self, j)->flags & PLX_TF_ABBREV)
              && (tok (self, j + 1)->flags & PLX_TF_ABBREV) && g_utf8_strlen (plx_token_str (self->tokens, j + 1), tok (self, j + 1)->len) <= 3
              && (tok (self, j + 2)->flags & PLX_TF_ABBREV) && g_utf8_strlen (plx_token_str (self->tokens, j + 2), tok (self, j + 2)->len) <= 3
              && !(tok (self, m - 1)->flags & PLX_TF_ABBREV))
            {
              PlxRange r = { j, j + 1 };

              g_array_append_val (weak, r);
              j++;
            }
          if (given_first && g > j && m - g >= 2)
            {
              /* "мэра Заречного Геннадия Лаптева": the name starts at the given name */
              PlxRange r = { j, g };

              g_array_append_val (weak, r);
              j = g;
            }
          if (title_end > i)
            {
              person = TRUE;
              if (self->inflected && m - j == 1 && !given_first && (adjectival (self, j) || nonname (self, j)))
                person = FALSE;
            }
          else if (given_first && m - g >= 2)
            {
              j = g;
              person = TRUE;
            }
          /* «супруге Е. С. Кузьминой», «Д. И. Сафиуллина, в прениях»: two
           * initials before a surname name a person in Russian */
          else if (self->inflected && m - j == 3 && initial (self, j) && initial (self, j + 1)
                   && !(tok (self, j + 2)->flags & PLX_TF_ABBREV) && !(tok (self, j + 2)->flags & PLX_TF_ALLCAPS))
            person = TRUE;
          else if (byline && m - j >= 2
                   /* "Image Credits: Lumenfold": a label, no name */
                   && !(m < limit && plx_tokens_is_char (self->tokens, m, ':') && title_end == i
                        && match_phrase (self, PLX_LEX_PHRASE_BYLINE, m - 1, NULL) > 0)
                   && (!(m < limit && is_word (self, m)
                         && (has (self, PLX_LEX_ROLE_NOUNS, m) || has (self, PLX_LEX_ANONYMOUS_ROLES, m)
                             || match_phrase (self, PLX_LEX_PHRASE_TITLES, m, NULL) > 0))
                       /* "Helena Ward Environment correspondent": a first
                        * name and a surname before the role */
                       || (m - j == 2 && klass (self, j, PLX_CLASS_GIVEN) && (tok (self, m)->flags & PLX_TF_CAP))))
            person = TRUE;   /* not "Local Democracy Reporter" */
          /* "the Starmer government" — but "a Conservative government":
           * after an indefinite article the word is an adjective */
          else if (m - j == 1 && m < limit && is_word (self, m) && has (self, PLX_LEX_EPONYM_NOUNS, m)
                   && !(tok (self, m)->flags & PLX_TF_CAP)
                   && !(j > 0 && is_word (self, j - 1) && has (self, PLX_LEX_INDEFINITES, j - 1)))
            person = TRUE;
          else if (m - j == 1 && self->inflected && j > 0 && is_word (self, j - 1)
                   && has (self, PLX_LEX_EPONYM_NOUNS, j - 1))
            person = TRUE;
          else if (m - j >= 2 && m - j <= 3
                   && (appositive_cue (self, m, limit) || after_closing_quote (self, j, m, limit)))
            person = TRUE;
          /* "Siosaia Taufa, the site foreman,", "Ximena de la Fuente y
           * Ruiz, the harbour master,": two to four capitalised words
           * (particles between) described as a person */
          else if (m - j >= 2 && m - j <= MAX_NAME_TOKENS + 3 && role_apposition (self, m, limit))
            {
              guint caps = 0;

              for (guint w = j; w < m; w++)
                caps += (tok (self, w)->flags & PLX_TF_CAP) != 0;
              person = caps >= 2 && caps <= MAX_NAME_TOKENS;
            }
          else if (m - j <= 3
                   && ((m < limit && is_speech_verb (self, m))
                       || (m + 1 < limit && j > para->first && m - j >= 2
                           && plx_tokens_is_char (self->tokens, j - 1, ',')
                           && plx_tokens_is_char (self->tokens, m, ',') && is_speech_verb (self, m + 1))
                       || (j > para->first + 1 && is_speech_verb (self, j - 1)
                           && !(tok (self, j)->flags & PLX_TF_SENT_START)
                           && (tok (self, j - 2)->kind == PLX_TOK_QUOTE
                               || tok (self, j - 2)->kind == PLX_TOK_DASH
                               || plx_tokens_is_char (self->tokens, j - 2, ',')))))
            {
              PlxToken *u = tok (self, j);
              const char *s = self->tokens->text + u->start;

              person = TRUE;
              /* "Analyst X of Kessler Capital said": a name after a
               * preposition is an organisation or a place */
              if (j > para->first && is_word (self, j - 1) && has (self, PLX_LEX_PREPOSITIONS, j - 1))
                person = FALSE;
              /* "rival Lanford Home said" beside "home retailers": two
               * words, the last one the text writes in lower case, after
               * no first name, name a thing */
              if (person && !self->inflected && m - j == 2 && !klass (self, j, PLX_CLASS_GIVEN)
                  && lower_word (self, j + 1))
                person = FALSE;
              /* "Pratt & Whitney said", "Marks & Spencer": names joined by
               * an ampersand are a firm */
              if ((j > para->first && plx_tokens_is_char (self->tokens, j - 1, '&'))
                  || (m < limit && plx_tokens_is_char (self->tokens, m, '&')))
                person = FALSE;
              /* "в своём Telegram-канале написал": one word after a
               * lower-case word before a verb is no name */
              if (m - j == 1 && m < limit && is_speech_verb (self, m) && j > para->first
                  && is_word (self, j - 1) && !(tok (self, j - 1)->flags & PLX_TF_CAP)
                  && !has (self, PLX_LEX_COORDINATORS, j - 1))
                person = FALSE;
              /* "Officials said", "Коллега сказал": a single capitalised word
               * opening a sentence may be any noun; it is a person only when
               * named elsewhere (found by the second pass); so does the
               * word after a transcript label ("A: Satellites tell you") */
              if (m - j == 1 && ((u->flags & PLX_TF_SENT_START) || after_transcript_label (self, j)
                                 || (j > 0 && plx_tokens_is_char (self->tokens, j - 1, ':'))))
                {
                  person = FALSE;
                  add_candidate (self, j);
                }
              /* "In a statement, Everton said" after "Everton have
               * sacked …", "Meridian said" after "a Meridian engineer": a
               * firm's or a team's word, a person only when named in full */
              if (person && m - j == 1 && !self->inflected && !klass (self, j, PLX_CLASS_GIVEN)
                  && org_modifier (self, j))
                {
                  person = FALSE;
                  add_candidate (self, j);
                }
              if (m - j == 1 && j > 0 && (tok (self, j - 1)->kind == PLX_TOK_QUOTE
                                          || tok (self, j - 1)->kind == PLX_TOK_DASH))
                {
                  /* "“…,” Kehoe said": a surname that speaks after a
                   * quote — a person when named in full elsewhere */
                  person = FALSE;
                  if (m < limit && is_speech_verb (self, m))
                    add_candidate (self, j);
                }
              (void) s;
            }
          /* "Mokoena, who finished with 4-61,", "Mensah, 24,": one word
           * described as a person — a person when named in full elsewhere
           * (promote_candidates()) */
          else if (!self->inflected && !byline && m - j == 1 && title_end == i && m + 2 < limit
                   && plx_tokens_is_char (self->tokens, m, ',')
                   && (word_is (self, m + 1, "who")
                       || (tok (self, m + 1)->kind == PLX_TOK_NUMBER && tok (self, m + 1)->len <= 2
                           && plx_tokens_is_char (self->tokens, m + 2, ','))))
            add_candidate (self, j);

          /* "Газзаев-младший": a Russian surname with a marker of
           * its bearer's generation after a hyphen */
          if (!person && m - j == 1 && !byline && self->inflected)
            {
              PlxToken *u = tok (self, j);
              const char *s = self->tokens->text + u->start;
              const char *h = last_hyphen (s, u->len);

              if (h != NULL && h > s && h + 1 < s + u->len
                  && plx_lexicon_has (self->lexicon, PLX_LEX_NAME_MARKERS, h + 1, s + u->len - h - 1))
                person = TRUE;
            }
          /* (the costly lower-case test last: "mine owner Brigalow Coal"
           * beside "a coal mine", after no first name, names a thing) */
          if (!person && !self->inflected && !byline && open_class_person (self, j, m, limit)
              && (klass (self, j, PLX_CLASS_GIVEN) || !lower_word (self, m - 1)))
            person = TRUE;
          /* «Нападающий Инти Киспе забил»: a role that opens the sentence
           * before a name of any origin is no part of it */
          if (!person && self->inflected && !byline && m - j == 3 && title_end == i
              && (tok (self, j)->flags & PLX_TF_SENT_START) && is_role_word (self, j)
              && ru_open_class_person (self, j + 1, m))
            j++;
          if (!person && self->inflected && !byline && ru_open_class_person (self, j, m))
            {
              /* the gender of an unlisted given name: "Зарина Хайруллина" */
              PlxToken *g1 = tok (self, j), *s1 = tok (self, m - 1);
              const char *gs = self->tokens->text + g1->start + g1->len;
              const char *ss = self->tokens->text + s1->start + s1->len;
              /* («Фионой Маккензи»: a woman's name in the instrumental) */
              gboolean gf = g1->len > 2 && (memcmp (gs - 2, "а", 2) == 0 || memcmp (gs - 2, "я", 2) == 0
                                            || (g1->len > 8 && memcmp (gs - 4, "ой", 4) == 0));
              gboolean sf = s1->len > 2 && (memcmp (ss - 2, "а", 2) == 0 || memcmp (ss - 2, "я", 2) == 0);

              person = TRUE;
              if (honorific == 0 && ru_oblique_male_pair (self, j, m))
                honorific = 'm';
              if (honorific == 0 && gf && (sf || memcmp (gs - 2, "й", 2) == 0))
                honorific = 'f';
              else if (honorific == 0 && !gf && !sf)
                honorific = 'm';
            }
          /* "By Kyle Brennan, Senior Politics Writer": a byline run with no
           * first name that ends in a role is the writer's job */
          if (person && byline && title_end == i && m - j >= 2 && !run_has_given (self, j, m)
              && (is_role_word (self, m - 1) || has (self, PLX_LEX_ANONYMOUS_ROLES, m - 1)
                  || match_phrase (self, PLX_LEX_PHRASE_TITLES, m - 1, NULL) > 0))
            person = FALSE;
          if (!person && self->inflected && !byline && title_end == i)
            {
              char rg = ru_role_surname (self, j, m, limit);

              if (rg != 0)
                {
                  person = TRUE;
                  if (honorific == 0)
                    honorific = rg;
                }
              else if (ru_bare_surname (self, j, m))
                person = TRUE;
            }
          /* "a boy named Felix", "His name was Felix": a first name alone
           * that a naming phrase introduces is a person */
          if (!person && !self->inflected && !byline && title_end == i && m - j == 1 && j >= 2
              && klass (self, j, PLX_CLASS_GIVEN) && !(tok (self, j)->flags & PLX_TF_SENT_START)
              && (word_is (self, j - 1, "named") || word_is (self, j - 1, "nicknamed")
                  || ((word_is (self, j - 1, "is") || word_is (self, j - 1, "was"))
                      && word_is (self, j - 2, "name"))))
            person = TRUE;
          if (person && m - j == 1 && !klass (self, j, PLX_CLASS_GIVEN) && place_word (self, j, m, limit))
            person = FALSE;
          if (person && m - j == 1 && title_end == i && !klass (self, j, PLX_CLASS_GIVEN) && demonym (self, j))
            person = FALSE;
          /* "told MailOnline", "posted on YouTube": one English word with a
           * capital inside (not "McAllister", "DeSantis", "O'Neill") is a
           * brand */
          if (person && !self->inflected && m - j == 1 && title_end == i && camel_brand (self, j))
            person = FALSE;
          /* "says MoS", «ректор СибТУ»: one word that ends in a capital
           * after a small letter is an abbreviation, no name */
          if (person && m - j == 1 && mixed_acronym (self, j))
            person = FALSE;
          /* "taken to St. Thomas Midtown": a run after "St." names a
           * hospital, a church or a town */
          if (person && !self->inflected && j > 0
              && (word_is (self, j - 1, "St.") || word_is (self, j - 1, "Saint")
                  || (j > 1 && plx_tokens_is_char (self->tokens, j - 1, '.') && word_is (self, j - 2, "St"))))
            person = FALSE;
          /* "who represents Wester Ross, Strathpeffer and Lochalsh": a run
           * with no first name that opens a list of single capitalised
           * words is a place (not "Jo Ross, Kemp and Lowe") */
          if (person && !self->inflected && title_end == i && m - j >= 2 && !klass (self, j, PLX_CLASS_GIVEN)
              && place_list_after (self, m, limit))
            person = FALSE;
          /* «в интервью газете El Comercio заявил», «агентству Bloomberg»: a
           * name in Latin letters right after an outlet or a firm in a
           * Russian text is that outlet's */
          if (person && self->inflected && title_end == i && j > para->first && is_word (self, j - 1)
              && !(tok (self, j - 1)->flags & PLX_TF_CAP) && has (self, PLX_LEX_ORG_WORDS, j - 1)
              && g_ascii_isalpha (self->tokens->text[tok (self, j)->start]))
            person = FALSE;
          /* "analysts at Morgan Stanley": after "at" a firm, not a person;
           * "the union hall in Sterling Heights": after "in" a place (but
           * "faith in Dana Whitfield's plan") */
          if (person && !self->inflected && title_end == i && j > 0 && (word_is (self, j - 1, "at")
                  || (word_is (self, j - 1, "in") && !is_possessive (self, m - 1))))
            person = FALSE;
          /* "Morgan Stanley downgraded the stock", "Hong Kong's Hang Seng":
           * the whole run is a firm or an index named like a person */
          if (person && !self->inflected && title_end == i && m - j >= 2 && m - j <= 4)
            {
              char fb[KEY_MAX];
              gsize fn = 0;

              for (guint k = j; k < m && fn != G_MAXSIZE; k++)
                {
                  gsize wl = tok (self, k)->len - (k == m - 1 ? possessive_len (self, k) : 0);

                  if (fn + wl + 1 >= sizeof fb)
                    fn = G_MAXSIZE;
                  else
                    {
                      if (k > j)
                        fb[fn++] = ' ';
                      memcpy (fb + fn, self->tokens->text + tok (self, k)->start, wl);
                      fn += wl;
                    }
                }
              if (fn != G_MAXSIZE
                  && plx_lexicon_in_list (self->lexicon, PLX_LEX_LIST_EPONYMOUS_FIRMS, fb, fn))
                person = FALSE;
            }
          /* "growers in Victoria's Wimmera say": after "in" and a
           * place's possessive, a region */
          if (person && !self->inflected && title_end == i && j > 1 && is_possessive (self, j - 1)
              && (tok (self, j - 1)->flags & PLX_TF_CAP) && word_is (self, j - 2, "in")
              && !run_has_given (self, j, m) && !is_possessive (self, m - 1))
            person = FALSE;
          /* "the Ledger reviewed", "the Dunmore Courier said": English
           * names no person with "the" (but "the Starmer government") */
          if (person && !self->inflected && title_end == i && j > 0 && word_is (self, j - 1, "the")
              && !run_has_given (self, j, m)
              && !(m < limit && is_word (self, m) && has (self, PLX_LEX_EPONYM_NOUNS, m)))
            person = FALSE;
          /* "Le Monde quoted", "El País reported": a particle and one word,
           * with no first name or title, is a title of a paper or a place */
          if (person && title_end == i && m - j == 2 && has (self, PLX_LEX_NAME_PARTICLES, j)
              && !run_has_given (self, j, m))
            {
              char sk[KEY_MAX];

              /* … unless it is the surname of someone named in full
               * before: "Keanu Te Rangi, the chair …" … "Te Rangi said" */
              if (!surname_key (self, j + 1, sk) || g_hash_table_lookup (self->by_surname, sk) == NULL)
                person = FALSE;
            }
          /* "the House Freedom Caucus", "Federation of Government Employees",
           * "Department of Rural and Community Development": a run that
           * continues a capitalised organisation name */
          if (person && !self->inflected && title_end == i && !run_has_given (self, j, m)
              && continues_org_name (self, j, para->first))
            person = FALSE;
          /* "Keith Brannigan of Morgan Stanley asked": a run after a
           * person's name and a preposition is the employer */
          if (person && !self->inflected && title_end == i && j >= 2 && is_word (self, j - 1)
              && !(tok (self, j - 1)->flags & PLX_TF_CAP) && has (self, PLX_LEX_PREPOSITIONS, j - 1)
              && self->mentions->len > 0
              && g_array_index (self->mentions, PlxMention, self->mentions->len - 1).end == j - 1
              && g_array_index (self->mentions, PlxMention, self->mentions->len - 1).kind == PLX_MENTION_NAME)
            person = FALSE;
          /* "a map circulated by Morgan Stanley analysts": a run before a
           * lower-case role in the plural is the employer */
          if (person && !self->inflected && title_end == i && m - j >= 2 && m < limit && is_word (self, m)
              && !(tok (self, m)->flags & PLX_TF_CAP) && tok (self, m)->len > 3
              && self->tokens->text[tok (self, m)->start + tok (self, m)->len - 1] == 's'
              && (plx_lexicon_has (self->lexicon, PLX_LEX_ROLE_NOUNS, self->tokens->text + tok (self, m)->start,
                                   tok (self, m)->len - 1)
                  || plx_lexicon_has (self->lexicon, PLX_LEX_ANONYMOUS_ROLES, self->tokens->text + tok (self, m)->start,
                                      tok (self, m)->len - 1)))
            person = FALSE;
          /* "Morgan Stanley analyst Priya Kaur": a run before a lower-case
           * role and a full name is the employer */
          if (person && !self->inflected && title_end == i && m - j >= 2 && m + 2 < limit && is_word (self, m)
              && !(tok (self, m)->flags & PLX_TF_CAP) && is_role_word (self, m)
              && is_word (self, m + 1) && (tok (self, m + 1)->flags & PLX_TF_CAP) && !excluded_from_names (self, m + 1)
              && is_word (self, m + 2) && (tok (self, m + 2)->flags & PLX_TF_CAP) && !excluded_from_names (self, m + 2))
            person = FALSE;
          /* "Minera Cordillera, which …", "Tierra Amarilla, a town …": a
           * thing or a place in apposition */
          if (person && !self->inflected
              && ((!run_has_given (self, j, m)
                   && (nonperson_runs_has (self, j, m) || (title_end == i && place_apposition (self, m, limit))))
                  /* ("Little Quill said" beside "the line outside Little
                   * Quill": a run of a first name only later on) */
                  || (!byline && title_end == i && m - j >= 2 && place_like_run (self, j, m))))
            person = FALSE;
          /* "Institute of Marine Research", "Department for Rural Affairs":
           * the words after an organisation and "of"/"for" name its field */
          if (person && title_end == i && j >= 2 && is_word (self, j - 1) && has (self, PLX_LEX_PREPOSITIONS, j - 1)
              && !(tok (self, j - 1)->flags & PLX_TF_CAP) && is_word (self, j - 2)
              && (tok (self, j - 2)->flags & PLX_TF_CAP) && has (self, PLX_LEX_ORG_WORDS, j - 2))
            person = FALSE;
          /* «храма Николая Чудотворца», «на улице Ленина», «школы имени
           * Гагарина»: a name right after a building or a street (a place
           * head that is an organisation word) or after "имени" names that
           * thing, not a person in the story */
          /* «настоятель собора Ильи Пророка иеромонах Филарет»: a title
           * right after such a run comes before the person */
          titled_after = m < limit && is_word (self, m) && match_phrase (self, PLX_LEX_PHRASE_TITLES, m, NULL) > 0;
          if (person && self->inflected && (title_end == i || titled_after) && j > para->first && is_word (self, j - 1)
              && !(tok (self, j - 1)->flags & PLX_TF_CAP) && has (self, PLX_LEX_PLACE_HEADS, j - 1)
              && (has (self, PLX_LEX_ORG_WORDS, j - 1) || word_is (self, j - 1, "имени") || titled_after)
              && !(j >= 2 && is_word (self, j - 2) && is_role_word (self, j - 2) && !titled_after)
              /* (not «сосед по улице Иван Ряхин»: the street completes
               * the role before it, the name is the person's) */
              && !(j >= 3 && !titled_after && word_is (self, j - 2, "по") && is_word (self, j - 3)
                   && (is_role_word (self, j - 3) || has (self, PLX_LEX_ANONYMOUS_ROLES, j - 3)
                       || has (self, PLX_LEX_GENERIC_ROLES, j - 3))))
            person = FALSE;
          /* "the research ship Sir David Attenborough", "MV Agnes Moreau",
           * "HMS Edward Grey": a run right after a lower-case (or
           * abbreviated) word for a vessel, a building or a firm names that
           * thing; "the Gordon Bennett bridge": so does a run between "the"
           * and such a word */
          if (person && !self->inflected && (title_end == i || honorific != 0 || (title_end == i + 1 && klass (self, i, PLX_CLASS_HONORIFIC)))
              && i > para->first && is_word (self, i - 1)
              && (!(tok (self, i - 1)->flags & PLX_TF_CAP) || (tok (self, i - 1)->flags & PLX_TF_ALLCAPS))
              && has (self, PLX_LEX_ORG_WORDS, i - 1) && !is_role_word (self, i - 1)
              && !has (self, PLX_LEX_GENERIC_ROLES, i - 1) && !has (self, PLX_LEX_ANONYMOUS_ROLES, i - 1))
            person = FALSE;
          /* "The operator, Silver Arrow Rail, said", "the charity Harbour
           * Aid": a run right after, or in apposition to, "the" or "its"
           * and the head noun of an organisation names that organisation */
          if (person && !self->inflected && title_end == i && i >= para->first + 2)
            {
              guint h = plx_tokens_is_char (self->tokens, i - 1, ',') ? i - 2 : i - 1;

              if (h > para->first && is_word (self, h) && !(tok (self, h)->flags & PLX_TF_CAP)
                  && plx_lexicon_in_list (self->lexicon, PLX_LEX_LIST_ORG_HEADS, plx_token_str (self->tokens, h), tok (self, h)->len)
                  && (word_is (self, h - 1, "the") || word_is (self, h - 1, "its") || word_is (self, h - 1, "their"))
                  /* (not a person's name: "the charity Ann Roe set up") */
                  && !run_has_given (self, j, m)
                  /* (not the object of a preposition the apposition may
                   * outreach: "A lawyer for the company, Ann Roe, said") */
                  && !(h == i - 2 && h - 1 > para->first && has (self, PLX_LEX_PREPOSITIONS, h - 2)))
                person = FALSE;
            }
          if (person && !self->inflected && title_end == i && j > para->first && word_is (self, j - 1, "the")
              && m < limit && is_word (self, m) && !(tok (self, m)->flags & PLX_TF_CAP)
              && (has (self, PLX_LEX_ORG_WORDS, m) || has (self, PLX_LEX_PLACES, m)) && !is_role_word (self, m)
              /* (not "the Obama administration", named after a person) */
              && !has (self, PLX_LEX_EPONYM_NOUNS, m))
            person = FALSE;
          /* «университет им. Н. И. Лобачевского», «премия имени Ю. Гагарина»:
           * whatever is named after someone, the abbreviation too */
          if (person && self->inflected && j > para->first)
            {
              guint k = plx_tokens_is_char (self->tokens, j - 1, '.') && j - 1 > para->first ? j - 2 : j - 1;

              if (word_is (self, k, "имени") || word_is (self, k, "им") || word_is (self, k, "им."))
                person = FALSE;
            }
          /* "El Dorado County Fire Chief …", "National Weather Service
           * meteorologist …": a run right before a capitalised organisation
           * word names that organisation, not a person */
          if (person && title_end == i && m < limit && is_word (self, m)
              && (tok (self, m)->flags & PLX_TF_CAP) && !(tok (self, m)->flags & PLX_TF_SENT_START)
              && has (self, PLX_LEX_ORG_WORDS, m)
              /* but a byline's "Helena Pryce Transport correspondent" */
              && !(byline && m + 1 < limit && is_word (self, m + 1)
                   && (!(tok (self, m + 1)->flags & PLX_TF_CAP) || m + 2 == limit)
                   && has (self, PLX_LEX_ROLE_NOUNS, m + 1)))
            {
              PlxToken *u = tok (self, m - 1);
              const char *s = self->tokens->text + u->start;
              gboolean possessive = (u->len > 2 && s[u->len - 2] == '\'' && s[u->len - 1] == 's')
                || (u->len > 4 && s[u->len - 1] == 's' && memcmp (s + u->len - 4, "\xe2\x80\x99", 3) == 0);

              if (!possessive)
                person = FALSE;
            }
          /* "Ashley Falls Mayor Gord Lindqvist", "Grace Hill Councillor Amy
           * Brandt": a run right before a title and another name is the
           * place or the body the title belongs to */
          if (person && !self->inflected && !byline && title_end == i && m < limit && is_word (self, m)
              && (tok (self, m)->flags & PLX_TF_CAP) && !(tok (self, m)->flags & PLX_TF_ALLCAPS))
            {
              guint te = m;
              char h = 0;
              guint n2 = parse_title_prefix (self, m, limit, &te, &h);

              if (te > m && n2 == te && n2 + 1 < limit && is_word (self, n2) && (tok (self, n2)->flags & PLX_TF_CAP)
                  && is_word (self, n2 + 1) && (tok (self, n2 + 1)->flags & PLX_TF_CAP)
                  && h == 0)
                person = FALSE;
            }
          /* "Morgan Stanley's Dana Whitfield": a possessive right before a
           * full name is the employer, not a person (a person owning one
           * is named with a role: "Biden's adviser Jake Sullivan") */
          if (person && title_end == i && m - j >= 2 && m + 1 < limit && is_word (self, m)
              && (tok (self, m)->flags & PLX_TF_CAP) && !excluded_from_names (self, m)
              && is_word (self, m + 1) && (tok (self, m + 1)->flags & PLX_TF_CAP)
              && !excluded_from_names (self, m + 1))
            {
              PlxToken *u = tok (self, m - 1);
              const char *s = self->tokens->text + u->start;

              if ((u->len > 2 && s[u->len - 2] == '\'' && s[u->len - 1] == 's')
                  || (u->len > 4 && s[u->len - 1] == 's' && memcmp (s + u->len - 4, "\xe2\x80\x99", 3) == 0))
                person = FALSE;
            }
          /* "sitting in a Tim Hortons", "bought a Ford Fiesta": a run
           * right after the article "a" is a shop, a chain or a make (a
           * person takes no article but a title: "a Mr Dale"), unless a
           * noun follows that the person's name qualifies ("a Jamal Pryce
           * header") */
          if (person && !self->inflected && title_end == i && j > para->first
              && (word_is (self, j - 1, "a") || word_is (self, j - 1, "an"))
              && !(m < limit && is_word (self, m) && !(tok (self, m)->flags & PLX_TF_CAP)
                   && !has (self, PLX_LEX_PREPOSITIONS, m) && !has (self, PLX_LEX_STOPWORDS, m)
                   && !has (self, PLX_LEX_COORDINATORS, m)))
            person = FALSE;
          /* «Капитан Соловьев», “Admiral Kuznetsov”: a title and a name
           * that fill a pair of quotation marks name a ship, a prize or a
           * street, not a person */
          if (person && title_end > i && i > para->first && m < limit
              && tok (self, i - 1)->kind == PLX_TOK_QUOTE && (tok (self, i - 1)->flags & PLX_TF_CAN_OPEN)
              && tok (self, m)->kind == PLX_TOK_QUOTE && (tok (self, m)->flags & PLX_TF_CAN_CLOSE))
            person = FALSE;
          /* паромы «Ольхон» и «Анатолий Бурлак», the "Anna Politkovskaya"
           * prize: a full name that fills a pair of quotation marks after a
           * lower-case word or another quoted name names a ship, a prize or
           * a street */
          if (person && title_end == i && m - j >= 2 && i >= para->first + 2 && m < limit
              && tok (self, i - 1)->kind == PLX_TOK_QUOTE && (tok (self, i - 1)->flags & PLX_TF_CAN_OPEN)
              && tok (self, m)->kind == PLX_TOK_QUOTE && (tok (self, m)->flags & PLX_TF_CAN_CLOSE)
              && !(m + 1 < limit && is_speech_verb (self, m + 1))
              && ((is_word (self, i - 2) && !(tok (self, i - 2)->flags & PLX_TF_CAP))
                  || (i >= para->first + 3 && is_word (self, i - 2) && has (self, PLX_LEX_COORDINATORS, i - 2)
                      && tok (self, i - 3)->kind == PLX_TOK_QUOTE)))
            person = FALSE;
          /* «Крылья Советов», «Северный Ветер»: two words with no first
           * name that fill a pair of quotation marks name a club or a firm */
          if (person && self->inflected && title_end == i && m - j >= 2 && i > para->first && m < limit
              && !run_has_given (self, j, m)
              && tok (self, i - 1)->kind == PLX_TOK_QUOTE && (tok (self, i - 1)->flags & PLX_TF_CAN_OPEN)
              && tok (self, m)->kind == PLX_TOK_QUOTE && (tok (self, m)->flags & PLX_TF_CAN_CLOSE))
            person = FALSE;
          /* "Coastal Jet founder …" after "Coastal Jet Holdings" */
          if (person && title_end == i && org_run (self, j, m)
              /* (not a byline's "Orla Fitzgibbon Health Correspondent") */
              && !(byline && m + 2 == limit && has (self, PLX_LEX_ROLE_NOUNS, m + 1)))
            person = FALSE;
          /* "RBA Hikes, Says Inflation Fight 'Not Finished'": in a headline
           * in title case a run with no first name is no name of its own
           * (the story names the person in full) */
          if (person && !self->inflected && !byline && title_end == i && !run_has_given (self, j, m)
              && title_case_headline (self, p))
            person = FALSE;
          /* «рассказал The Guardian», «авиакомпании Caspian Air»: in Russian
           * a run in Latin letters outside a byline or a credit is a name
           * of an outlet, a firm or a product, not a person's; but «—
           * сказал John Smith, глава делегации», «John Smith добавил»: two
           * or three words like a first name and a surname opening a
           * sentence before a verb of speech, after one at the end of the
           * sentence or before a role in apposition are a person (not
           * «рассказал Financial Times, что …», «Аналитик Mercury Advisors
           * заявил») */
          if (person && self->inflected && !byline)
            {
              static const char *const plural[] = { "ли" }; /* («Caspian Air заявили»: a firm's plural) */
              gboolean latin = TRUE;
              /* (not after an outlet or a firm: «в авиакомпании Caspian Air
               * заявили») */
              gboolean named = m - j >= 2 && m - j <= 3
                               && !(j > para->first && is_word (self, j - 1) && !(tok (self, j - 1)->flags & PLX_TF_CAP)
                                    && has (self, PLX_LEX_ORG_WORDS, j - 1));

              for (guint w = j; w < m && latin; w++)
                {
                  const char *s = self->tokens->text + tok (self, w)->start;

                  latin = !is_word (self, w) || g_ascii_isalpha (s[0]);
                  named = named && is_word (self, w) && tok (self, w)->len >= 2 && g_ascii_isupper (s[0])
                          && g_ascii_islower (s[1]) && !word_is (self, w, "The");
                }
              if (latin
                  && !(named
                       && ((j > para->first && is_speech_verb (self, j - 1)
                            && (m >= limit || plx_tokens_is_char (self->tokens, m, '.')))
                           || ((tok (self, j)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START)) && m < limit
                               && is_speech_verb (self, m)
                               && !plx_tokens_ends_with_any (self->tokens, m, plural, 1, 0))
                           || (m + 1 < limit && plx_tokens_is_char (self->tokens, m, ',') && is_word (self, m + 1)
                               && !(tok (self, m + 1)->flags & PLX_TF_CAP) && has (self, PLX_LEX_ROLE_NOUNS, m + 1)))))
                person = FALSE;
            }
          /* "Rothschild & Co and Goldman Sachs advised": a run coordinated
           * with a firm's name ("… & Co", "… Bank") is a firm too */
          if (person && !self->inflected && title_end == i && !run_has_given (self, j, m) && j >= 2
              && is_word (self, j - 1) && has (self, PLX_LEX_COORDINATORS, j - 1)
              && !(tok (self, j - 1)->flags & PLX_TF_CAP))
            {
              gboolean firm = is_word (self, j - 2) && (tok (self, j - 2)->flags & PLX_TF_CAP)
                              && has (self, PLX_LEX_ORG_WORDS, j - 2);

              for (guint k = j - 1; !firm && k > para->first && k + 6 > j; k--)
                {
                  if (plx_tokens_is_char (self->tokens, k - 1, '&'))
                    firm = TRUE;
                  else if (!is_word (self, k - 1) || !(tok (self, k - 1)->flags & PLX_TF_CAP))
                    break;
                }
              if (firm)
                person = FALSE;
            }
          if (!person && m - j == 1 && (tok (self, j)->flags & PLX_TF_SENT_START)
              && appositive_cue (self, m, limit))
            add_candidate (self, j);   /* "Tanaka, named man of the match, said" */
          /* "Eleanor Margaret Doyle was born …" about "Eleanor Vance": the
           * birth name of a person named before with the same first name */
          if (person && !self->inflected && title_end == i && m - j >= 2 && m + 1 < limit
              && klass (self, j, PLX_CLASS_GIVEN)
              && ((is_word (self, m) && has (self, PLX_LEX_NAME_MARKERS, m))
                  || (is_word (self, m) && has (self, PLX_LEX_PASSIVE_AUX, m)
                      && is_word (self, m + 1) && has (self, PLX_LEX_NAME_MARKERS, m + 1))))
            {
              char gk[KEY_MAX], sk[KEY_MAX];
              int same = -1;

              if (given_key (self, j, gk) && token_key (self, m - 1, sk))
                for (guint k = 0; k < self->entities->len && k < 2000; k++)
                  {
                    PlxEntity *ce = g_ptr_array_index (self->entities, k);

                    if (ce->given_key == NULL || !plx_str_equal (ce->given_key, gk)
                        || plx_str_equal (ce->surname_key, sk))
                      continue;
                    same = same == -1 ? (int) k : -2;
                  }
              if (same >= 0)
                {
                  PlxEntity *ce = g_ptr_array_index (self->entities, same);

                  g_ptr_array_add (ce->full_forms, surface_pooled (self, j, m));
                  add_mention (self, self->mentions, j, m, same, PLX_MENTION_NAME);
                  i = m;
                  continue;
                }
            }
          /* "the Courier's Evening Digest newsletter", "on the Harbour
           * Mornings programme": a run right before the noun of a
           * publication or a broadcast is its title (not "the Jo Roe
           * show", named after a person) */
          if (person && !self->inflected && !byline && title_end == i && m < limit && is_word (self, m)
              && !(tok (self, m)->flags & PLX_TF_CAP)
              && plx_lexicon_in_list (self->lexicon, PLX_LEX_LIST_MEDIA_TITLES, plx_token_str (self->tokens, m), tok (self, m)->len)
              && !run_has_given (self, j, m))
            person = FALSE;
          /* "… outside the High Court of Justice Credit: Jo Roe", «Фото:»:
           * a credit's label before its colon, no name */
          if (person && m - j == 1 && m < limit && plx_tokens_is_char (self->tokens, m, ':')
              && match_phrase (self, PLX_LEX_PHRASE_BYLINE, j, NULL) > 0)
            person = FALSE;
          /* "Main Takeaways:" over the lines of a list, «Читайте
           * также:»: a heading of its own line that ends in a colon, no
           * name (not a speaker label, whose words follow on its line) */
          if (person && !byline && title_end == i && (tok (self, j)->flags & PLX_TF_LINE_START)
              && m < limit && plx_tokens_is_char (self->tokens, m, ':') && !klass (self, j, PLX_CLASS_GIVEN)
              && (m + 1 >= self->tokens->tokens->len || (tok (self, m + 1)->flags & PLX_TF_LINE_START)))
            person = FALSE;
          /* ("“…,” said Mensah" after "in which Dara Mensah scored"): a
           * surname alone that is a person names the full name it ends */
          if (person && !self->inflected && !byline && m - j == 1 && title_end == i && !klass (self, j, PLX_CLASS_GIVEN))
            add_candidate (self, j);
          /* «ректоре Политеха» beside «в Политехе» (after the candidates
           * above, which a single word may still give) */
          if (person && !byline && self->inflected && m - j == 1 && place_like_run (self, j, m))
            person = FALSE;
          if (person)
            register_person (self, j, m, i, title_end, honorific,
                             byline ? PLX_MENTION_BYLINE : PLX_MENTION_NAME);
          else
            {
              PlxRange r = { j, m };

              g_array_append_val (weak, r);
            }
          i = m;
        }
    }
}

/* "жительница Дзержинска", "администрации Дзержинска", "Кирилловского
 * муниципального округа": a single capitalised word after a word that
 * governs a place, or an adjective in -ский before a district noun, names
 * a place. (Titles like "глава района" are not place heads: the name after
 * them is a person.) */
static gboolean
place_word (PlxPeople *self,
            guint      j,
            guint      m,
            guint      limit)
{
  static const guint64 district_like = PLX_CLASS_BIT (PLX_LEX_PLACE_HEADS);

  if (j > 0 && is_word (self, j - 1) && (self->tokens->classes[j - 1] & district_like)
      && self->inflected)
    {
      /* "района Петров": a district noun that ends a title is followed
       * by a person; only a word that is no title governs a place */
      guint p = j - 1;

      if (!(p > 0 && is_word (self, p - 1) && is_role_word (self, p - 1))
          /* («сосед по улице Иван Ряхин»: the place completes the role) */
          && !(p > 1 && word_is (self, p - 1, "по") && is_word (self, p - 2)
               && (is_role_word (self, p - 2) || has (self, PLX_LEX_ANONYMOUS_ROLES, p - 2)
                   || has (self, PLX_LEX_GENERIC_ROLES, p - 2))))
        return TRUE;
    }
  if (j > 0 && is_word (self, j - 1) && !self->inflected && has (self, PLX_LEX_PLACE_HEADS, j - 1))
    return TRUE;
  /* "Заречинска", "Татарстана", "Новосибирске": the endings of towns in
   * -ск and lands in -стан, not of surnames */
  if (self->inflected && m == j + 1 && !(tok (self, j)->flags & PLX_TF_ALLCAPS))
    {
      static const char *towns[] = { "ск", "ска", "ске", "ску", "ском",
                                     "стан", "стана", "стане", "стану", "станом" };

      if (plx_tokens_ends_with_any (self->tokens, j, towns, G_N_ELEMENTS (towns), 4))
        return TRUE;
    }
  if (self->inflected && adjectival (self, j))
    for (guint k = m; k < limit && k < m + 2; k++)
      {
        if (!is_word (self, k))
          break;
        if (has (self, PLX_LEX_PLACE_HEADS, k))
          return TRUE;
      }
  return FALSE;
}

/* An English name of two or three capitalised words that are in no given
 * name list: a person when the context says so — "its president, Loretta
 * Sims,", "Dwayne Kettering, who …", "Morgan Stanley's Dana Whitfield". */
static gboolean
open_class_person (PlxPeople *self,
                   guint      j,
                   guint      m,
                   guint      limit)
{
  PlxToken *last;
  const char *s;

  if (m - j < 2 || m - j > 3)
    return FALSE;
  for (guint k = j; k < m; k++)
    {
      /* "Kayla D. Monroe": a middle initial */
      if (k > j && k + 1 < m && (tok (self, k)->flags & PLX_TF_ABBREV) && tok (self, k)->len == 2)
        continue;
      if (!is_word (self, k) || (tok (self, k)->flags & (PLX_TF_ALLCAPS | PLX_TF_ABBREV))
          || tok (self, k)->len < 2 || has (self, PLX_LEX_HEAD_WORDS, k)
          || match_phrase (self, PLX_LEX_PHRASE_TITLES, k, NULL) > 0)
        return FALSE;
    }
  last = tok (self, m - 1);
  s = self->tokens->text + last->start;
  /* "Android Auto's": the run itself is possessive — something owned */
  if (last->len > 2 && s[last->len - 2] == '\'' && s[last->len - 1] == 's')
    return FALSE;
  /* "according to Felix Brunner, a former bank economist,": a source
   * described by a role in apposition */
  if (j >= 2 && match_phrase (self, PLX_LEX_PHRASE_ACCORDING, j - 2, NULL) == 2
      && m + 1 < limit && plx_tokens_is_char (self->tokens, m, ','))
    {
      for (guint k = m + 1; k < limit && k < m + 6 && is_word (self, k); k++)
        if (is_role_word (self, k))
          return TRUE;
    }
  if (j > 0 && is_word (self, j - 1) && has (self, PLX_LEX_PREPOSITIONS, j - 1))
    return FALSE;
  /* "retired teacher Peigi Campbell": a lower-case role right before
   * the run names a person ("Wicketkeeper Mpho Sithole": or one that
   * opens the sentence) */
  if (j > 0 && is_word (self, j - 1)
      && (!(tok (self, j - 1)->flags & PLX_TF_CAP) || (tok (self, j - 1)->flags & PLX_TF_SENT_START))
      && (has (self, PLX_LEX_ROLE_NOUNS, j - 1) || has (self, PLX_LEX_GENERIC_ROLES, j - 1)))
    return TRUE;
  /* "…, who": a relative clause about a person */
  {
    guint k = m;

    if (k < limit && plx_tokens_is_char (self->tokens, k, ','))
      k++;
    if (k < limit && word_is (self, k, "who"))
      return TRUE;
  }
  /* "Maureen Tolliver, 81,": an age in apposition */
  if (m + 2 < limit && plx_tokens_is_char (self->tokens, m, ',') && tok (self, m + 1)->kind == PLX_TOK_NUMBER
      && tok (self, m + 1)->len <= 3
      && (plx_tokens_is_char (self->tokens, m + 2, ',') || is_word (self, m + 2)))
    return TRUE;
  /* "its president, Loretta Sims,": a role, a comma, the name, a comma
   * ("The auctioneer, Dora Finch of Quayside Sales,": or "of" and her
   * firm; "a foul by the home captain, Lee Farrow.": or the end of the
   * sentence) */
  if (j >= 2 && plx_tokens_is_char (self->tokens, j - 1, ',') && m < limit
      && (plx_tokens_is_char (self->tokens, m, ',') || plx_tokens_is_char (self->tokens, m, '.')
          || is_speech_verb (self, m)
          || (m + 1 < limit && word_is (self, m, "of") && (tok (self, m + 1)->flags & PLX_TF_CAP))))
    {
      for (guint k = j - 1; k-- > 0 && j - 1 - k <= 4;)
        {
          if (!is_word (self, k))
            break;
          if (is_role_word (self, k) || has (self, PLX_LEX_GENERIC_ROLES, k)
              || has (self, PLX_LEX_ANONYMOUS_ROLES, k))
            return TRUE;
        }
    }
  /* "Anna Berg, Bodil Kjær and Ole Dahl": a list beside a given name */
  {
    guint k = m;

    if (k < limit && (plx_tokens_is_char (self->tokens, k, ',') || (is_word (self, k) && has (self, PLX_LEX_COORDINATORS, k))))
      {
        k++;
        if (k < limit && is_word (self, k) && has (self, PLX_LEX_COORDINATORS, k))
          k++;
        if (k + 1 < limit && klass (self, k, PLX_CLASS_GIVEN) && (tok (self, k + 1)->flags & PLX_TF_CAP)
            && !excluded_from_names (self, k + 1))
          return TRUE;
      }
    k = j;
    if (k >= 3 && (plx_tokens_is_char (self->tokens, k - 1, ',') || (is_word (self, k - 1) && has (self, PLX_LEX_COORDINATORS, k - 1))))
      {
        k--;
        if (k >= 3 && plx_tokens_is_char (self->tokens, k - 1, ','))
          k--;
        /* the run before: two or three capitalised words, one a given name */
        for (guint b = k; b-- > 0 && k - b <= 3;)
          {
            if (!is_word (self, b) || !(tok (self, b)->flags & PLX_TF_CAP))
              break;
            if (klass (self, b, PLX_CLASS_GIVEN) && k - b >= 2)
              return TRUE;
          }
      }
  }
  /* "Halden Bank's Quillon Marsh": a person of an organisation */
  if (j > 0 && is_word (self, j - 1) && (tok (self, j - 1)->flags & PLX_TF_CAP))
    {
      PlxToken *p = tok (self, j - 1);
      const char *ps = self->tokens->text + p->start;

      /* not after a preposition: "folded into Skyward's Horizon Miles"
       * names a product */
      if (j >= 2 && is_word (self, j - 2) && has (self, PLX_LEX_PREPOSITIONS, j - 2)
          && !(j >= 3 && match_phrase (self, PLX_LEX_PHRASE_ACCORDING, j - 3, NULL) == 2))
        return FALSE;
      if ((p->len > 2 && ps[p->len - 2] == '\'' && ps[p->len - 1] == 's')
          || (p->len > 4 && ps[p->len - 1] == 's' && memcmp (ps + p->len - 4, "\xe2\x80\x99", 3) == 0))
        return m >= limit || !is_word (self, m) || !(tok (self, m)->flags & PLX_TF_CAP);
    }
  return FALSE;
}

/* «Фионой», «Дианой», «Региной»: a woman's first name in -на in the
 * instrumental ends as an adjective in -ной does, but with a vowel before
 * the н («Речной», «Северной», «Стеклянной» have none) */
static gboolean
ru_given_in_na (PlxPeople *self,
                guint      k)
{
  PlxToken *t = tok (self, k);
  const char *s = self->tokens->text + t->start;
  const char *p = s + t->len;

  if (t->len < 10 || memcmp (p - 6, "\xd0\xbd\xd0\xbe\xd0\xb9", 6) != 0)   /* -ной */
    return FALSE;
  p = g_utf8_prev_char (p - 6);
  return p > s && g_utf8_strchr ("аоеия", -1, g_utf8_get_char (p)) != NULL;
}

/* The endings of a man's surname in the nominative: -чук, -юк (taken
 * only by ru_bare_surname()), -енко, -ов … -ын and the adjectival -ский,
 * -цкий (not by ru_bare_surname(): an adjective's too); each caller takes
 * a slice, from one of the RU_MALE_ indexes up to another */
static const char *const ru_male_surname_endings[] = { "чук", "юк", "енко", "ов", "ев", "ёв", "ин", "ын", "ский", "цкий" };
enum
{
  RU_MALE_CHUK = 0,
  RU_MALE_ENKO = 2,
  RU_MALE_OV = 3,
  RU_MALE_SKIY = 8,
  RU_MALE_END = G_N_ELEMENTS (ru_male_surname_endings)
};

/* A woman's (-ова … -цкая), also the genitive of a man's -ов … -ский */
static const char *const ru_female_surname_endings[] = { "ова", "ева", "ёва", "ина", "ына", "ская", "цкая" };

/* A word that may be a surname: not in capitals, and no place, firm,
 * nationality or other known word */
static gboolean
ru_surname_word (PlxPeople *self,
                 guint      k)
{
  return is_word (self, k) && !(tok (self, k)->flags & PLX_TF_ALLCAPS) && !nonname (self, k)
         && !has (self, PLX_LEX_PLACES, k) && !has (self, PLX_LEX_ORG_WORDS, k) && nationality (self, k) == NULL;
}

/* «есть молодой Ковальчук, ему 19», «куда будет бить Мартынов?», «мяч
 * за линией, Хайруллин забивает»: one capitalised word with the
 * nominative ending of a man's surname (-ов, -ев, -ин, -енко, -чук; not
 * -ский, an adjective's too) and no word of the lexicon, inside a sentence — after a
 * lower-case word (no preposition) or a comma, before a lower-case word or
 * a comma or a sentence end on the same line. Not after a quote mark, a
 * period or a colon («Заказов не было», «ул. Металлургов»,
 * «Просмотров: 1 843»), where a plural in the genitive stands. */
static gboolean
ru_bare_surname (PlxPeople *self,
                 guint      j,
                 guint      m)
{
  PlxToken *p, *n;

  if (m != j + 1 || j == 0 || m >= self->tokens->tokens->len
      || (tok (self, j)->flags & (PLX_TF_SENT_START | PLX_TF_ABBREV | PLX_TF_LINE_START | PLX_TF_PARA_START))
      || !(self->tokens->text[tok (self, j)->start] & 0x80)
      || !plx_tokens_ends_with_any (self->tokens, j, ru_male_surname_endings + RU_MALE_CHUK, RU_MALE_SKIY - RU_MALE_CHUK, 6)
      || !ru_surname_word (self, j) || adjectival (self, j)
      || last_hyphen (plx_token_str (self->tokens, j), tok (self, j)->len) != NULL
      || g_utf8_strlen (plx_token_str (self->tokens, j), tok (self, j)->len) < 6)
    return FALSE;
  p = tok (self, j - 1);
  n = tok (self, m);
  /* («пр. Космонавтов», «советских СанПиНов») */
  for (const char *c = g_utf8_next_char (plx_token_str (self->tokens, j)); c < plx_token_str (self->tokens, j) + tok (self, j)->len; c = g_utf8_next_char (c))
    if (g_unichar_isupper (g_utf8_get_char (c)))
      return FALSE;
  if (!((is_word (self, j - 1) && !(p->flags & (PLX_TF_CAP | PLX_TF_ABBREV)) && !has (self, PLX_LEX_PREPOSITIONS, j - 1)
         && !has (self, PLX_LEX_PLACE_HEADS, j - 1) && !has (self, PLX_LEX_ABBREVIATIONS, j - 1))
        || plx_tokens_is_char (self->tokens, j - 1, ',')))
    return FALSE;
  if (n->flags & (PLX_TF_LINE_START | PLX_TF_PARA_START))
    return FALSE;
  return (is_word (self, m) && !(n->flags & PLX_TF_CAP)) || plx_tokens_is_char (self->tokens, m, ',')
         || plx_tokens_is_char (self->tokens, m, '?') || plx_tokens_is_char (self->tokens, m, '!')
         || plx_tokens_is_char (self->tokens, m, '.');
}

/* «передала Эстонии Тоомаса Лепика», «под командованием Данияра
 * Сейткали», «с Тоомасом Лепиком»: two capitalised words in Cyrillic
 * inside a sentence, neither a place, an organisation nor a nationality,
 * the first a man's name in an oblique case (a consonant and -а, -у,
 * -ом) and the second in the same case or one that does not decline
 * (a vowel other than -а, -я) — a man's first name and surname of any
 * origin; not when a feminine verb follows («Тоомаса Лепика сказала»). */
static gboolean
ru_oblique_male_pair (PlxPeople *self,
                      guint      j,
                      guint      m)
{
  static const char *cases[] = { "а", "у", "ом" };
  const char *g, *s;
  gsize gl, sl;

  if (m - j != 2 || j == 0 || (tok (self, j)->flags & PLX_TF_SENT_START)
      || feminine_verb_after (self, m) != 0)
    return FALSE;
  /* («на ул. Карла Маркса»: a street named after a person) */
  if (has (self, PLX_LEX_PLACE_HEADS, j - 1)
      || (j >= 2 && plx_tokens_is_char (self->tokens, j - 1, '.') && has (self, PLX_LEX_PLACE_HEADS, j - 2))
      || ((tok (self, j - 1)->flags & PLX_TF_ABBREV) && tok (self, j - 1)->len > 1
          && plx_lexicon_has (self->lexicon, PLX_LEX_PLACE_HEADS, plx_token_str (self->tokens, j - 1),
                              tok (self, j - 1)->len - (plx_token_str (self->tokens, j - 1)[tok (self, j - 1)->len - 1] == '.'))))
    return FALSE;
  /* («Верхней Пышмы Ивана Петрова»: a longer run of capitals) */
  if (is_word (self, j - 1) && (tok (self, j - 1)->flags & PLX_TF_CAP) && (self->tokens->text[tok (self, j - 1)->start] & 0x80)
      && !has (self, PLX_LEX_PLACES, j - 1) && !(tok (self, j - 1)->flags & PLX_TF_SENT_START))
    return FALSE;
  for (guint k = j; k < m; k++)
    if (!(tok (self, k)->flags & PLX_TF_CAP) || !(self->tokens->text[tok (self, k)->start] & 0x80)
        || !ru_surname_word (self, k) || adjectival (self, k)
        || g_utf8_strlen (plx_token_str (self->tokens, k), tok (self, k)->len) < 5)
      return FALSE;
  g = plx_token_str (self->tokens, j);
  gl = tok (self, j)->len;
  s = plx_token_str (self->tokens, j + 1);
  sl = tok (self, j + 1)->len;
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      gsize el = strlen (cases[c]);
      gunichar last;

      if (memcmp (g + gl - el, cases[c], el) != 0 || !ru_consonant (g_utf8_get_char (g_utf8_prev_char (g + gl - el))))
        continue;
      if (memcmp (s + sl - el, cases[c], el) == 0 && ru_consonant (g_utf8_get_char (g_utf8_prev_char (s + sl - el))))
        return TRUE;
      last = g_utf8_get_char (g_utf8_prev_char (s + sl));
      return c == 0 && g_utf8_strchr ("иеоую", -1, last) != NULL;
    }
  return FALSE;
}

/* A role word before a name: in lower case, or opening its sentence
 * («Нападающий Инти Киспе») */
static gboolean
ru_role_before_name (PlxPeople *self,
                     guint      k)
{
  return is_word (self, k) && is_role_word (self, k)
         && (!(tok (self, k)->flags & PLX_TF_CAP) || (tok (self, k)->flags & PLX_TF_SENT_START));
}

/* «Исландии», «Бельгии»: a country's name in the genitive (a word in -ии
 * with a stem of three letters or more) */
static gboolean
ru_country_genitive (PlxPeople *self,
                     guint      k)
{
  static const char *const endings[] = { "ии" };

  return plx_tokens_ends_with_any (self->tokens, k, endings, G_N_ELEMENTS (endings), 6);
}

/* "координатор движения „…“ Лилия Гарипова", "д.м.н., проф. Ольга
 * Сатторова": a Russian given name and surname outside the name lists — the
 * surname ends like one (-ов, -ева, -ина, -ский, -енко …) and a title
 * stands a few words before it (or the two are ru_oblique_male_pair()). */
static gboolean
ru_open_class_person (PlxPeople *self,
                      guint      j,
                      guint      m)
{
  static const char *endings[] = { "ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына",
                                   "ский", "ская", "цкий", "цкая", "енко", "ук", "юк", "ян", "дзе",
                                   "швили", "ых", "их", "ич", "ко", "ова", "ская" };
  gboolean in_quote = FALSE;

  if (m - j < 2 || m - j > 3)
    return FALSE;
  for (guint k = j; k < m; k++)
    if (!is_word (self, k) || (tok (self, k)->flags & PLX_TF_ALLCAPS) || nonname (self, k)
        || (k == j && adjectival (self, k) && !(m - j == 2 && !adjectival (self, m - 1) && ru_given_in_na (self, k)))
        || tok (self, k)->len < 4)
      return FALSE;
  if (!plx_tokens_ends_with_any (self->tokens, m - 1, endings, G_N_ELEMENTS (endings), 2))
    {
      /* «командир Нурлан Жаксыбаев» already passes; «командир Данияр
       * Сейткали», «пилот Петер Линдквист», «его зовут Ержан Мухаметкали»:
       * a given name and a surname of any origin right after a role noun
       * or a word that introduces a name, when neither word is a place,
       * an organisation or a nationality */
      guint r = j - 1;

      if (ru_oblique_male_pair (self, j, m))
        return TRUE;
      /* «рыбак на пенсии Ангус Кэмпбелл»: a role and a short complement
       * («Еврокомиссар по энергетике Ильзе Демейер» opening a sentence) */
      if (j >= 3 && is_word (self, j - 1) && !(tok (self, j - 1)->flags & PLX_TF_CAP) && is_word (self, j - 2)
          && has (self, PLX_LEX_PREPOSITIONS, j - 2) && ru_role_before_name (self, j - 3))
        r = j - 3;
      /* «капитан судна Ларс Хельгесен», «гражданин Эстонии Тоомас
       * Лепик»: a role and a word in the genitive */
      else if (j >= 2 && is_word (self, j - 1) && !is_role_word (self, j - 1) && !has (self, PLX_LEX_PREPOSITIONS, j - 1)
               && !has (self, PLX_LEX_PLACE_HEADS, j - 1) && !has (self, PLX_LEX_PLACE_HEADS, j - 2)
               && (!(tok (self, j - 1)->flags & PLX_TF_CAP) || has (self, PLX_LEX_PLACES, j - 1)
                   || ru_country_genitive (self, j - 1))
               && ru_role_before_name (self, j - 2))
        r = j - 2;
      if (m - j != 2 || j == 0
          /* «68-летний Ангус Кэмпбелл»: an age */
          || (!(is_word (self, r)
                && (is_role_word (self, r) || has (self, PLX_LEX_NAME_MARKERS, r)
                    /* «с канадской коллегой Фионой О’Доннелл» */
                    || has (self, PLX_LEX_ANONYMOUS_ROLES, r))
                /* («Нападающий Инти Киспе»: a role that opens the sentence) */
                && (!(tok (self, r)->flags & PLX_TF_CAP) || (tok (self, r)->flags & PLX_TF_SENT_START)))
              && age_of (self, j - 1, FALSE) == 0))
        return FALSE;
      for (guint k = j; k < m; k++)
        if (!(self->tokens->text[tok (self, k)->start] & 0x80) || !ru_surname_word (self, k))
          return FALSE;
      return TRUE;
    }
  /* a title within a few words before, over a quoted name */
  for (guint k = j, n = 0; k > 0 && n < 8 && j - k < 40; k--)
    {
      PlxToken *p = tok (self, k - 1);

      if (p->kind == PLX_TOK_QUOTE)
        {
          in_quote = !in_quote;
          continue;
        }
      if (in_quote)
        continue;
      n++;
      if (p->kind != PLX_TOK_WORD && !(p->kind == PLX_TOK_PUNCT && p->family == ',' && n == 1)
          && !(p->flags & PLX_TF_ABBREV))
        {
          /* "д.м.н., проф." are abbreviations with their periods */
          if (!(p->kind == PLX_TOK_PUNCT && p->family == '.' && k >= 2 && (tok (self, k - 2)->flags & PLX_TF_ABBREV)))
            break;
          continue;
        }
      if (p->kind == PLX_TOK_WORD && is_role_word (self, k - 1))
        {
          return TRUE;
        }
      if (p->kind == PLX_TOK_WORD && (p->flags & PLX_TF_SENT_START))
        break;
    }
  return FALSE;
}

/* "the Veloria government" where the text also names "Veloria": an English
 * word that is a capitalised word of the text plus -n/-ns is its demonym
 * (Kenya → Kenyan, Aldoria → Aldorians), not a person */
static gboolean
demonym (PlxPeople *self,
         guint      j)
{
  char key[KEY_MAX];
  gsize l;

  if (self->inflected || !is_word (self, j) || !token_key (self, j, key))
    return FALSE;
  l = strlen (key);
  if (l > 5 && key[l - 1] == 's')
    key[--l] = '\0';
  if (l < 5 || key[l - 1] != 'n' || key[l - 2] != 'a')
    return FALSE;
  key[l - 1] = '\0';
  if (self->cap_words == NULL)
    {
      self->cap_words = g_hash_table_new (plx_str_hash, g_str_equal);
      for (guint c = 0; c < self->n_caps; c++)
        {
          guint k = self->caps[c];
          char ck[KEY_MAX];

          if (is_word (self, k) && (tok (self, k)->flags & PLX_TF_CAP) && token_key (self, k, ck)
              && !g_hash_table_contains (self->cap_words, ck))
            g_hash_table_add (self->cap_words, pooled (self, ck));
        }
    }
  return g_hash_table_contains (self->cap_words, key);
}

/* "MailOnline", "YouTube", "BlackRock": a capital after lower-case
 * letters inside one word, unless what comes before it is a name
 * prefix (Mc, Mac, De, Di, Da, La, Le, Du, Van, Von, Fitz, St) */
/* "MoS", "DfT", «СибТУ»: a word with a small letter that ends in a
 * capital letter; "TDs", "MPs": capitals and a plural "s" */
static gboolean
mixed_acronym (PlxPeople *self,
               guint      j)
{
  PlxToken *t = tok (self, j);
  const char *s = self->tokens->text + t->start;
  const char *end = s + t->len;
  gboolean lower = FALSE;
  gunichar last = 0;

  if (!is_word (self, j) || (t->flags & (PLX_TF_ALLCAPS | PLX_TF_ABBREV)) || t->len < 3)
    return FALSE;
  for (const char *p = s; p < end; p = g_utf8_next_char (p))
    {
      last = g_utf8_get_char (p);
      if (g_unichar_islower (last))
        lower = TRUE;
      else if (!g_unichar_isupper (last))
        return FALSE;
    }
  if (lower && t->len >= 3 && s[t->len - 1] == 's')
    {
      for (const char *p = s; p < end - 1; p = g_utf8_next_char (p))
        if (!g_unichar_isupper (g_utf8_get_char (p)))
          return FALSE;
      return TRUE;
    }
  return lower && g_unichar_isupper (last);
}

static gboolean
camel_brand (PlxPeople *self,
             guint      j)
{
  static const char *prefixes[] = { "mc", "mac", "de", "di", "da", "la", "le", "du", "van", "von", "fitz", "st" };
  PlxToken *t = tok (self, j);
  const char *s = self->tokens->text + t->start;

  if (!is_word (self, j) || (t->flags & PLX_TF_ALLCAPS) || t->len < 4 || !g_ascii_isupper (s[0]))
    return FALSE;
  for (guint k = 1; k + 1 < t->len; k++)
    {
      if (!g_ascii_isalpha (s[k]))
        return FALSE;   /* "O'Neill", "Smith-Jones", non-ASCII */
      if (g_ascii_isupper (s[k]) && g_ascii_islower (s[k - 1]) && g_ascii_islower (s[k + 1]))
        {
          for (guint p = 0; p < G_N_ELEMENTS (prefixes); p++)
            if (strlen (prefixes[p]) == k && g_ascii_strncasecmp (s, prefixes[p], k) == 0)
              return FALSE;
          return TRUE;
        }
    }
  return FALSE;
}

/* ", Strathpeffer and Lochalsh": after a comma, single capitalised words
 * (no first names) separated by commas, closed by "and" and one more */
static gboolean
place_list_after (PlxPeople *self,
                  guint      m,
                  guint      limit)
{
  guint k = m;

  for (guint items = 0; items < 6; items++)
    {
      gboolean last;

      if (k + 2 >= limit || !is_word (self, k + 1))
        return FALSE;
      last = plx_tokens_is_char (self->tokens, k, ',') ? FALSE
             : (is_word (self, k) && has (self, PLX_LEX_COORDINATORS, k) && !(tok (self, k)->flags & PLX_TF_CAP));
      if (!last && !plx_tokens_is_char (self->tokens, k, ','))
        return FALSE;
      if (!(tok (self, k + 1)->flags & PLX_TF_CAP) || klass (self, k + 1, PLX_CLASS_GIVEN)
          || (is_word (self, k + 2) && (tok (self, k + 2)->flags & PLX_TF_CAP)))
        return FALSE;
      if (last)
        return items > 0;
      k += 2;
    }
  return FALSE;
}

/* «Капитан «Ладоги» Беляев спросил», «директор стадиона Лукин выдал»,
 * «бывший арбитр Лапшин считает»: one word with a surname's ending right
 * after a role (over one genitive word or one quoted name) is a surname.
 * The feminine forms in -ова/-ина are also the genitive of a town or of a
 * man's name («мэр Кирова»), so they need a feminine verb after them. */
static char
ru_role_surname (PlxPeople *self,
                 guint      j,
                 guint      m,
                 guint      limit)
{
  guint k = j;
  char gender = 'm';

  /* (not «глава Минфина заявила», «мэр Ростова») */
  if (m != j + 1 || j == 0 || (tok (self, j)->flags & PLX_TF_SENT_START) || tok (self, j)->len < 8
      || !ru_surname_word (self, j))
    return 0;
  if (plx_tokens_ends_with_any (self->tokens, j, ru_female_surname_endings, G_N_ELEMENTS (ru_female_surname_endings), 4))
    {
      if (!(feminine_past (self, m) || (m < limit && is_word (self, m) && feminine_past (self, m + 1))))
        return 0;
      gender = 'f';
    }
  else if (!plx_tokens_ends_with_any (self->tokens, j, ru_male_surname_endings + RU_MALE_ENKO, RU_MALE_END - RU_MALE_ENKO, 4))
    return 0;
  /* one lower-case genitive word or one quoted name between the role
   * and the surname */
  if (tok (self, k - 1)->kind == PLX_TOK_QUOTE && (tok (self, k - 1)->flags & PLX_TF_CAN_CLOSE))
    {
      guint q = k - 1;

      while (q > 0 && q + 6 > k && tok (self, q - 1)->kind != PLX_TOK_QUOTE)
        q--;
      if (q == 0 || tok (self, q - 1)->kind != PLX_TOK_QUOTE)
        return 0;
      k = q - 1;
    }
  else if (is_word (self, k - 1) && !(tok (self, k - 1)->flags & PLX_TF_CAP) && !is_role_word (self, k - 1)
           && !has (self, PLX_LEX_PREPOSITIONS, k - 1) && k >= 2 && is_word (self, k - 2))
    {
      k--;
    }
  return k > 0 && is_word (self, k - 1) && is_role_word (self, k - 1) ? gender : 0;
}

static int
entity_for_key (PlxPeople  *self,
                const char *key)
{
  GPtrArray *cands = g_hash_table_lookup (self->by_surname, key);
  int best = -1;
  guint best_n = 0;

  if (cands == NULL)
    return -1;
  for (guint c = 0; c < cands->len; c++)
    {
      int ei = GPOINTER_TO_INT (cands->pdata[c]);
      PlxEntity *e = g_ptr_array_index (self->entities, ei);

      if (best < 0 || e->n_mentions > best_n)
        {
          best = ei;
          best_n = e->n_mentions;
        }
    }
  return best;
}

static void
find_weak (PlxPeople *self,
           GArray    *weak)
{
  for (guint w = 0; w < weak->len; w++)
    {
      PlxRange *r = &g_array_index (weak, PlxRange, w);

      for (guint p = r->first; p < r->end; p++)
        {
          char key[KEY_MAX];
          char gkey[KEY_MAX];
          GPtrArray *cands;
          gboolean has_gkey;
          int e = -1;

          if (!surname_key (self, p, key))
            continue;
          cands = g_hash_table_lookup (self->by_surname, key);
          /* «пояснил Кравец» after «Дениса Кравца»: a surname in -ец loses
           * its vowel in the other cases (not «Шульц», «Кац») */
          if (cands == NULL && self->inflected)
            {
              gsize l = strlen (key);

              if (l > 6 && memcmp (key + l - 4, "\xd0\xb5\xd1\x86", 4) == 0)
                {
                  char fleeting[KEY_MAX];

                  memcpy (fleeting, key, l - 4);
                  memcpy (fleeting + l - 4, "\xd1\x86", 3);
                  cands = g_hash_table_lookup (self->by_surname, fleeting);
                  if (cands != NULL)
                    g_strlcpy (key, fleeting, KEY_MAX);
                }
            }
          /* "'Once,' Chloe answered" after "Chloe Danvers": a first name
           * alone of the one person named with it */
          if (cands == NULL && r->end - r->first == 1 && given_key (self, p, gkey))
            {
              int same = -1;

              for (guint k = 0; k < self->entities->len && k < 2000 && same != -2; k++)
                {
                  PlxEntity *ce = g_ptr_array_index (self->entities, k);

                  if ((ce->given_key != NULL && plx_str_equal (ce->given_key, gkey))
                      || (ce->nick_key != NULL && plx_str_equal (ce->nick_key, gkey)))
                    same = same == -1 ? (int) k : -2;
                }
              if (same >= 0)
                {
                  PlxEntity *ce = g_ptr_array_index (self->entities, same);

                  /* it links, but weighs nothing when a bare surname shared
                   * by two people goes to the one named most */
                  add_mention (self, self->mentions, p, p + 1, same, PLX_MENTION_NAME);
                  ce->n_mentions--;
                }
              continue;
            }
          if (cands == NULL)
            continue;
          has_gkey = p > r->first && given_key (self, p - 1, gkey);
          if (has_gkey)
            for (guint c = 0; c < cands->len && e < 0; c++)
              {
                PlxEntity *ce = g_ptr_array_index (self->entities, GPOINTER_TO_INT (cands->pdata[c]));

                if ((ce->given_key != NULL && plx_str_equal (ce->given_key, gkey))
                    || (ce->nick_key != NULL && plx_str_equal (ce->nick_key, gkey)))
                  e = GPOINTER_TO_INT (cands->pdata[c]);
              }
          /* "Margarethe Olsen, a Danish-born cellist" after "her daughter,
           * Kirsten Olsen": a first name before a known surname that no
           * person of that surname bears is another person */
          if (e < 0 && has_gkey && !self->inflected && r->end - r->first == 2 && p == r->first + 1 && cands->len <= 16
              && !has (self, PLX_LEX_NAME_PARTICLES, r->first)
              /* (not "at Little Quill" beside "Tobias Quill": a place) */
              && !place_like_run (self, r->first, r->end)
              && (!(tok (self, r->first)->flags & PLX_TF_SENT_START)
                  || (r->end < self->tokens->tokens->len
                      && (plx_tokens_is_char (self->tokens, r->end, ',') || is_speech_verb (self, r->end)))))
            {
              gboolean all_given = TRUE;

              for (guint c = 0; c < cands->len; c++)
                {
                  PlxEntity *ce = g_ptr_array_index (self->entities, GPOINTER_TO_INT (cands->pdata[c]));

                  if (ce->given_key == NULL)
                    all_given = FALSE;
                }
              if (all_given)
                {
                  register_person (self, r->first, r->end, r->first, r->first, 0, PLX_MENTION_NAME);
                  break;
                }
            }
          /* «Сама Мельникова коротко сказала» after «Павел Мельников» and
           * «его жене Надежде Мельниковой»: a feminine verb picks the woman */
          if (e < 0 && self->inflected && !has_gkey && cands->len > 1 && cands->len <= 16
              && (feminine_past (self, p + 1) || (is_word (self, p + 1) && feminine_past (self, p + 2))))
            {
              int only = -1;

              for (guint c = 0; c < cands->len && only != -2; c++)
                {
                  PlxEntity *ce = g_ptr_array_index (self->entities, GPOINTER_TO_INT (cands->pdata[c]));

                  if (ce->gender == 'f')
                    only = only == -1 ? GPOINTER_TO_INT (cands->pdata[c]) : -2;
                }
              if (only >= 0)
                e = only;
            }
          if (e < 0)
            e = entity_for_key (self, key);
          if (e < 0)
            continue;
          {
            PlxEntity *ent = g_ptr_array_index (self->entities, e);
            guint first = p;

            if (has_gkey && ((ent->given_key != NULL && plx_str_equal (gkey, ent->given_key))
                             || (ent->nick_key != NULL && plx_str_equal (gkey, ent->nick_key))))
              {
                first = p - 1;
                g_ptr_array_add (ent->full_forms, surface_pooled (self, p - 1, p + 1));
              }
            g_ptr_array_add (ent->forms, surface_pooled (self, p, p + 1));
            if (first == p)
              ent->n_bare++;
            add_mention (self, self->mentions, first, p + 1, e, PLX_MENTION_NAME);
          }
        }
    }
}

/* The gender a bare Russian surname at @j shows by its ending (an
 * honorific before it is read by the caller): «Котов» ('m'), «Котова сказала», «— сказала Котова.» ('f'; -ова alone may
 * be a man's genitive); 0 when it does not tell */
static char
ru_bare_surname_gender (PlxPeople *self,
                        guint      j)
{
  guint n = self->tokens->tokens->len;

  if (plx_tokens_ends_with_any (self->tokens, j, ru_male_surname_endings + RU_MALE_OV, RU_MALE_END - RU_MALE_OV, 4))
    return 'm';
  /* («Жена Котова рассказала»: the man's genitive after a kin noun) */
  if (plx_tokens_ends_with_any (self->tokens, j, ru_female_surname_endings, G_N_ELEMENTS (ru_female_surname_endings), 4)
      && !(j > 0 && is_word (self, j - 1)
           && (plx_lexicon_in_list (self->lexicon, PLX_LEX_LIST_KIN_FEMALE, plx_token_str (self->tokens, j - 1), tok (self, j - 1)->len)
               || plx_lexicon_in_list (self->lexicon, PLX_LEX_LIST_KIN_MALE, plx_token_str (self->tokens, j - 1), tok (self, j - 1)->len)))
      && (feminine_verb_after (self, j + 1) == 'f'
          || (j > 0 && feminine_past (self, j - 1) && j + 1 < n
              && (plx_tokens_is_char (self->tokens, j + 1, '.') || plx_tokens_is_char (self->tokens, j + 1, ',')))))
    return 'f';
  return 0;
}

/* A bare surname that two people share ("Ms. Olsen" after "Margarethe
 * Olsen" and "her daughter, Kirsten Olsen") goes to the one the story is
 * about: the one named in full most often, then the one named first —
 * once all names are known (the strong pass saw only the people before it). */
static void
resolve_shared_surnames (PlxPeople *self)
{
  guint n_ent = self->entities->len;
  g_autofree guint *first_seen = NULL;
  g_autofree guint *last_full = NULL;
  gboolean any = FALSE;

  for (guint k = 0; k < n_ent && !any; k++)
    {
      PlxEntity *e = g_ptr_array_index (self->entities, k);
      GPtrArray *cands = g_hash_table_lookup (self->by_surname, e->surname_key);

      any = cands != NULL && cands->len > 1;
    }
  if (!any)
    return;
  first_seen = g_new (guint, n_ent);
  last_full = g_new (guint, n_ent);
  for (guint k = 0; k < n_ent; k++)
    first_seen[k] = last_full[k] = G_MAXUINT;
  for (guint k = 0; k < self->mentions->len; k++)
    {
      PlxMention *m = &g_array_index (self->mentions, PlxMention, k);

      if (m->entity >= 0 && m->first < first_seen[m->entity])
        first_seen[m->entity] = m->first;
    }
  for (guint k = 0; k < self->mentions->len; k++)
    {
      PlxMention *m = &g_array_index (self->mentions, PlxMention, k);
      PlxEntity *old, *best_e = NULL;
      GPtrArray *cands;
      char key[KEY_MAX];
      char mgender;
      int best = -1;

      if (m->entity >= 0 && m->kind == PLX_MENTION_NAME && m->end - m->first >= 2)
        last_full[m->entity] = m->first;
      if (m->entity < 0 || m->kind != PLX_MENTION_NAME || m->end - m->first != 1)
        continue;
      old = g_ptr_array_index (self->entities, m->entity);
      cands = g_hash_table_lookup (self->by_surname, old->surname_key);
      /* (a bounded number of namesakes keeps this linear) */
      if (old->given_key == NULL || cands == NULL || cands->len < 2 || cands->len > 16
          || !token_key (self, m->first, key)
          || !plx_str_equal (key, old->surname_key))
        continue;
      /* an English surname alone has no gender: only "Ms." or "Mr." before
       * it gives one (a Russian one, without «господин»/«госпожа», has its
       * own: Кузьмина, Кузьмин) */
      mgender = m->first > 0 && is_word (self, m->first - 1)
                ? plx_lexicon_honorific (self->lexicon, plx_token_str (self->tokens, m->first - 1),
                                         tok (self, m->first - 1)->len)
                : 0;
      if (self->inflected && mgender != 'm' && mgender != 'f')
        {
          mgender = ru_bare_surname_gender (self, m->first);
          if (mgender == 0)
            mgender = old->gender;
        }
      for (guint c = 0; c < cands->len; c++)
        {
          int ei = GPOINTER_TO_INT (cands->pdata[c]);
          PlxEntity *ce = g_ptr_array_index (self->entities, ei);
          guint full = ce->n_mentions - MIN (ce->n_mentions, ce->n_bare);

          if (ce->given_key == NULL || full == 0)
            continue;
          if (mgender != 0 && ce->gender != 0 && mgender != ce->gender)
            continue;
          /* "Jenna Okafor said … Her husband, Daniel Okafor, spoke later.
           * … Okafor said": between namesakes named in full as often, the
           * one named last before, else the first one */
          if (best_e == NULL || full > best_e->n_mentions - MIN (best_e->n_mentions, best_e->n_bare)
              || (full == best_e->n_mentions - MIN (best_e->n_mentions, best_e->n_bare)
                  && (last_full[ei] != G_MAXUINT || last_full[best] != G_MAXUINT
                      ? last_full[ei] != G_MAXUINT && (last_full[best] == G_MAXUINT || last_full[ei] > last_full[best])
                      : first_seen[ei] < first_seen[best])))
            {
              best = ei;
              best_e = ce;
            }
        }
      if (best < 0 || best == m->entity)
        continue;
      {
        char *form = surface_pooled (self, m->first, m->end);

        for (guint f = 0; f < old->forms->len; f++)
          if (plx_str_equal (old->forms->pdata[f], form))
            {
              g_ptr_array_remove_index (old->forms, f);
              break;
            }
        g_ptr_array_add (best_e->forms, form);
      }
      old->n_bare = old->n_bare > 0 ? old->n_bare - 1 : 0;
      old->n_mentions = old->n_mentions > 0 ? old->n_mentions - 1 : 0;
      best_e->n_bare++;
      best_e->n_mentions++;
      best_e->last_token = MAX (best_e->last_token, m->first);
      m->entity = best;
    }
}

/* Whether the single word @j may be a first name the lexicon does not
 * list: a capitalised word of letters (an apostrophe or a hyphen inside)
 * that is no listed word of another kind (see also promote_given_names()). */
static gboolean
unlisted_name_shape (PlxPeople *self,
                     guint      j)
{
  PlxToken *t = tok (self, j);
  const char *s = self->tokens->text + t->start;
  gsize len = t->len;

  if (!is_word (self, j) || !(t->flags & PLX_TF_CAP) || (t->flags & (PLX_TF_ALLCAPS | PLX_TF_ABBREV))
      || excluded_from_names (self, j))
    return FALSE;
  len -= possessive_len (self, j);
  /* ("BMA's": an acronym) */
  /* (three ASCII bytes are three characters, an ASCII letter is upper
   * case as g_unichar_isupper() says) */
  if (len < 3
      || (((guchar) s[0] | (guchar) s[1] | (guchar) s[2]) >= 0x80 && g_utf8_strlen (s, len) < 3)
      || ((guchar) s[0] < 0x80 && (guchar) s[1] < 0x80 ? g_ascii_isupper (s[1])
          : g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (s)))))
    return FALSE;
  /* (the tokenizer saw a word of letters only) */
  if (t->flags & PLX_TF_LETTERS)
    return TRUE;
  for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
    {
      /* (ASCII without decoding: its letters are a-z and A-Z; two bytes
       * decoded in place) */
      gunichar c = (guchar) *p < 0x80 ? (guchar) *p
                   : ((guchar) *p & 0xE0) == 0xC0 ? ((gunichar) ((guchar) p[0] & 0x1F) << 6) | ((guchar) p[1] & 0x3F)
                   : g_utf8_get_char (p);

      /* (nor the Russian alphabet, А-я, Ё, ё: letters all) */
      if ((c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451)
        continue;
      if (!(c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c)) && c != '-' && c != '\'' && c != 0x2019)
        return FALSE;
    }
  return TRUE;
}

/* The key of the word at @i without a possessive 's / ’s. */
static gboolean
bare_key (PlxPeople *self,
          guint      i,
          char      *buf)
{
  PlxToken *t = tok (self, i);
  const char *s = self->tokens->text + t->start;
  gsize len = t->len;

  len -= possessive_len (self, i);
  return plx_lexicon_key (self->lexicon, s, len, buf, KEY_MAX);
}

/* The keys of the capitalised words the text writes somewhere as no
 * single first name: inside a run of capitalised words ("Harwell
 * Packaging", "Caspian Air") or after a preposition ("in Sudbury",
 * "from Bristol"). Made once, for the first name the lexicon lacks. */
static GHashTable *
unnamed_keys (PlxPeople *self)
{
  guint n = self->tokens->tokens->len;
  GHashTable *set = g_hash_table_new_full (plx_str_hash, g_str_equal, g_free, NULL);

  for (guint c = 0; c < self->n_caps; c++)
    {
      guint k = self->caps[c];
      char key[KEY_MAX];

      if (!is_word (self, k) || !(tok (self, k)->flags & PLX_TF_CAP))
        continue;
      if ((k + 1 < n && is_word (self, k + 1) && (tok (self, k + 1)->flags & PLX_TF_CAP)
           && !(tok (self, k + 1)->flags & PLX_TF_SENT_START) && !is_possessive (self, k))
          || (k > 0 && !(tok (self, k)->flags & PLX_TF_SENT_START) && is_word (self, k - 1)
              && (((tok (self, k - 1)->flags & PLX_TF_CAP) && !is_possessive (self, k - 1))
                  || has (self, PLX_LEX_PREPOSITIONS, k - 1))))
        if (bare_key (self, k, key) && !g_hash_table_contains (set, key))
          g_hash_table_add (set, g_strdup (key));
    }
  return set;
}

/* A set of keys (not copied) that is mostly a handful: those in an array,
 * looked through, and in a hash table once there are more */
#define KEY_SET_FEW 8

typedef struct
{
  const char *few[KEY_SET_FEW];
  guint       n_few;
  GHashTable *set;
} KeySet;

static void
key_set_add (KeySet     *ks,
             const char *key)
{
  if (ks->set == NULL && ks->n_few < KEY_SET_FEW)
    {
      ks->few[ks->n_few++] = key;
      return;
    }
  if (ks->set == NULL)
    {
      ks->set = g_hash_table_new (plx_str_hash, g_str_equal);
      for (guint k = 0; k < ks->n_few; k++)
        g_hash_table_add (ks->set, (gpointer) ks->few[k]);
    }
  g_hash_table_add (ks->set, (gpointer) key);
}

static gboolean
key_set_has (const KeySet *ks,
             const char   *key)
{
  if (ks->set != NULL)
    return g_hash_table_contains (ks->set, key);
  for (guint k = 0; k < ks->n_few; k++)
    if (plx_str_equal (ks->few[k], key))
      return TRUE;
  return FALSE;
}

/* Whether @j opens its sentence, or follows a fronted phrase in lower
 * case and its comma ("Every morning at six, Yesenia walks"). */
static gboolean
fronted (PlxPeople *self,
         guint      j)
{
  if (tok (self, j)->flags & PLX_TF_SENT_START)
    return TRUE;
  if (j < 2 || !plx_tokens_is_char (self->tokens, j - 1, ','))
    return FALSE;
  for (guint k = j - 1; k-- > 0 && k + 10 > j;)
    {
      PlxToken *t = tok (self, k);

      if (t->kind != PLX_TOK_WORD && t->kind != PLX_TOK_NUMBER)
        return FALSE;
      if (t->flags & PLX_TF_SENT_START)
        return TRUE;
      if (t->flags & PLX_TF_CAP)
        return FALSE;
    }
  return FALSE;
}

/* "Aoife, 17, takes the boat", "“…,” Aoife says": a first name alone, of
 * nobody named in full, that speaks or is given an age is a person */
static void
promote_given_names (PlxPeople *self,
                     GArray    *weak)
{
  guint n = self->tokens->tokens->len;
  KeySet given_keys = { 0 };
  GHashTable *unnamed = NULL;
  static const char *family_plural[] = { "ых", "их" };
  guint pair = G_MAXUINT;

  for (guint k = 0; k < self->entities->len; k++)
    {
      PlxEntity *e = g_ptr_array_index (self->entities, k);

      if (e->given_key != NULL)
        key_set_add (&given_keys, e->given_key);
    }
  for (guint w = 0; w < weak->len; w++)
    {
      PlxRange *r = &g_array_index (weak, PlxRange, w);
      guint j = r->first, m = r->end;
      char key[KEY_MAX];
      char gender;
      gboolean context, listed, by_pronoun = FALSE;
      guint after;

      if (m - j != 1 || !token_key (self, j, key)
          || key_set_has (&given_keys, key) || g_hash_table_contains (self->by_surname, key))
        continue;
      /* "Her eldest, Bilquis,", "Ashkii's daughter": a first name the
       * lexicon does not know is one only where a person's place says so
       * (below), and never a word of another kind or one written in
       * lower case elsewhere */
      listed = klass (self, j, PLX_CLASS_GIVEN);
      if (!listed && !unlisted_name_shape (self, j))
        continue;
      /* ("St. Brendan's Children's Hospital": a saint's name names a place) */
      if (!self->inflected && j > 0
          && (word_is (self, j - 1, "St.") || word_is (self, j - 1, "Saint")
              || (j > 1 && plx_tokens_is_char (self->tokens, j - 1, '.') && word_is (self, j - 2, "St"))))
        continue;
      /* "two children, Isla and Sam,": a second first name joined by
       * "and" ends the apposition as well */
      after = m;
      if (listed && m + 1 < n && is_word (self, m) && has (self, PLX_LEX_COORDINATORS, m) && is_word (self, m + 1)
          && klass (self, m + 1, PLX_CLASS_GIVEN) && (tok (self, m + 1)->flags & PLX_TF_CAP))
        after = m + 2;
      /* a Russian first name is followed by its surname when it has one:
       * «одноклассница Алина» only with a relative or a role before it */
      if (self->inflected && m < n && is_word (self, m) && (tok (self, m)->flags & PLX_TF_CAP))
        continue;
      context = !self->inflected
                && ((m < n && is_speech_verb (self, m) && listed)
                    || (m + 2 < n && plx_tokens_is_char (self->tokens, m, ',')
                        && tok (self, m + 1)->kind == PLX_TOK_NUMBER && tok (self, m + 1)->len <= 2
                        && plx_tokens_is_char (self->tokens, m + 2, ','))
                    /* "she has relied on Yusuf, who is identified here by
                     * his first name only": "who" refers to a person */
                    || (m + 1 < n && plx_tokens_is_char (self->tokens, m, ',') && word_is (self, m + 1, "who") && listed
                        && !(j > 0 && is_word (self, j - 1) && (tok (self, j - 1)->flags & PLX_TF_CAP)))
                    /* "Yusuf, now a doctoral student, told me" (not "D-Eau
                     * Claire, voted for the bill, saying") */
                    || (appositive_cue (self, m, n) && m + 2 < n && listed
                        && !(j > 0 && is_word (self, j - 1) && (tok (self, j - 1)->flags & PLX_TF_CAP))
                        && (has (self, PLX_LEX_INDEFINITES, m + 1) || has (self, PLX_LEX_DETERMINERS, m + 1)
                            || (is_word (self, m + 1) && !(tok (self, m + 1)->flags & PLX_TF_CAP)
                                && (has (self, PLX_LEX_INDEFINITES, m + 2) || has (self, PLX_LEX_DETERMINERS, m + 2))))));
      /* (the second of "children, Isla and Sam,") */
      if (!context && j == pair && listed)
        context = TRUE;
      /* «мама Алина, которая гуляет …»: a Russian first name that opens a
       * relative clause with «который», as "who" above */
      if (!context && self->inflected && listed && m + 1 < n && plx_tokens_is_char (self->tokens, m, ',')
          && has (self, PLX_LEX_RELATIVES, m + 1)
          && !(j > 0 && is_word (self, j - 1) && (tok (self, j - 1)->flags & PLX_TF_CAP)))
        context = TRUE;
      /* «— говорит Анна.», "“…,” said Anna.", «по словам Оксаны», "according
       * to Tomas": a first name that speaks after a quote, or a source */
      if (!context && listed && j >= 2 && is_speech_verb (self, j - 1)
          && (tok (self, j - 2)->kind == PLX_TOK_QUOTE || tok (self, j - 2)->kind == PLX_TOK_DASH
              || plx_tokens_is_char (self->tokens, j - 2, ','))
          && (m >= n || tok (self, m)->kind == PLX_TOK_PUNCT))
        context = TRUE;
      if (!context && listed && j >= 2 && match_phrase (self, PLX_LEX_PHRASE_ACCORDING, j - 2, NULL) == 2)
        context = TRUE;
      /* "Rhona, a gamekeeper's daughter who …", «Галина, бывшая
       * учительница,»: a first name described as a person */
      if (!context && (listed || !self->inflected) && role_apposition (self, m, n)
          && !(j > 0 && !(tok (self, j)->flags & PLX_TF_SENT_START) && is_word (self, j - 1)
               && (tok (self, j - 1)->flags & PLX_TF_CAP))
          /* (not "in Toledo, Ohio, the son of …": a town's state) */
          && !(j > 1 && plx_tokens_is_char (self->tokens, j - 1, ',') && is_word (self, j - 2)
               && (tok (self, j - 2)->flags & PLX_TF_CAP)))
        context = TRUE;
      /* "Wyatt, her six-year-old,", "Hamza, their grandad,": a relative
       * after the first name, with a possessive */
      if (!context && listed && !self->inflected && m + 2 < n && plx_tokens_is_char (self->tokens, m, ',')
          && is_word (self, m + 1) && has (self, PLX_LEX_POSSESSIVES, m + 1)
          && !(j > 0 && is_word (self, j - 1) && (tok (self, j - 1)->flags & PLX_TF_CAP)))
        {
          PlxToken *u = tok (self, m + 2);

          context = age_of (self, m + 2, FALSE) > 0
                    || (u->kind == PLX_TOK_WORD && !(u->flags & PLX_TF_CAP)
                        && (is_role_word (self, m + 2) || has (self, PLX_LEX_YOUNGER_WORDS, m + 2)
                            || has (self, PLX_LEX_OLDER_WORDS, m + 2)
                            || ends_in_old (self, m + 2)));
        }
      /* «Анастасия (фамилию она попросила не называть) рассказала»: a
       * Russian first name that speaks, an aside in brackets between */
      if (!context && self->inflected && listed && m < n)
        {
          guint v = m;

          if (plx_tokens_is_char (self->tokens, m, '('))
            for (guint k = m + 1; k < n && k < m + 16; k++)
              if (plx_tokens_is_char (self->tokens, k, ')'))
                {
                  v = k + 1;
                  break;
                }
          context = v < n && is_speech_verb (self, v);
        }
      /* «Елена, 38 лет, из Мытищ», «Тимур (45 лет)»: a Russian first name
       * with its age in apposition, counted in years */
      if (!context && self->inflected && listed && m + 3 < n
          && (plx_tokens_is_char (self->tokens, m, ',') || plx_tokens_is_char (self->tokens, m, '('))
          && age_of (self, m + 1, TRUE) > 0 && is_word (self, m + 2)
          && (plx_tokens_is_char (self->tokens, m + 3, ',') || plx_tokens_is_char (self->tokens, m + 3, ')')))
        context = years_word (self, m + 2);
      /* "his younger brother Jamie", "15-year-old Yusuf", «одноклассница
       * Алина», «преподаватель физики Ирина»,
       * «продавщица соседнего киоска Светлана»: a relative, a role or an age
       * right before the first name */
      if (!context && j > 0 && (listed || (!self->inflected && !(tok (self, j)->flags & PLX_TF_SENT_START))))
        for (guint k = j, steps = 0; k-- > 0 && steps < (self->inflected ? 3u : 1u); steps++)
          {
            PlxToken *u = tok (self, k);

            if (u->kind != PLX_TOK_WORD && u->kind != PLX_TOK_NUMBER)
              break;
            if (!self->inflected && ends_in_old (self, k))
              {
                context = TRUE;
                break;
              }
            /* «22-летняя Алена», «40-летний Эдуард» */
            if (self->inflected && age_of (self, k, FALSE) > 0)
              {
                context = TRUE;
                break;
              }
            /* «Внук Рябовых Тимофей»: a family's name in the genitive
             * plural between the relative and the first name */
            if (self->inflected && u->kind == PLX_TOK_WORD && (u->flags & PLX_TF_CAP) && k + 1 == j && k > 0
                && is_word (self, k - 1) && is_role_word (self, k - 1)
                && plx_tokens_ends_with_any (self->tokens, k, family_plural, G_N_ELEMENTS (family_plural), 2))
              continue;
            if (u->kind != PLX_TOK_WORD || ((u->flags & PLX_TF_CAP) && !(u->flags & PLX_TF_SENT_START)))
              break;
            if (is_role_word (self, k) || has (self, PLX_LEX_ANONYMOUS_ROLES, k))
              {
                context = TRUE;
                /* ("her twin daughters Priya and Anjali") */
                pair = listed && after > m ? m + 1 : pair;
                break;
              }
          }
      /* "survived by a son, Anders;", "her apprentice of six years,
       * Tariq,": a relative or a role in apposition ("two children —
       * Isla and Sam —": or between dashes) */
      if (!context && j >= 2 && (plx_tokens_is_char (self->tokens, j - 1, ',') || tok (self, j - 1)->kind == PLX_TOK_DASH)
          && (after >= n || tok (self, after)->kind == PLX_TOK_PUNCT
              || (tok (self, after)->kind == PLX_TOK_DASH && tok (self, j - 1)->kind == PLX_TOK_DASH)))
        for (guint k = j - 1; k-- > 0 && j - 1 - k <= 5 && (is_word (self, k) || age_of (self, k, FALSE) > 0);)
          {
            /* ("its parent company, Zentrilo,": a thing's) */
            if (word_is (self, k, "its"))
              break;
            /* "Her 6-year-old, Wyatt,", "their nine-year-old, Isla,": an
             * age that stands for a child */
            if (age_of (self, k, FALSE) > 0
                || (!self->inflected && ends_in_old (self, k)))
              {
                context = listed || k + 2 == j;
                pair = context && after > m ? m + 1 : pair;
                break;
              }
            /* «Жена Петра, Людмила,»: whose relative, by name */
            if ((tok (self, k)->flags & PLX_TF_CAP) && !(tok (self, k)->flags & PLX_TF_SENT_START))
              {
                context = listed && k + 2 == j && k > 0 && is_word (self, k - 1)
                          && (is_role_word (self, k - 1) || has (self, PLX_LEX_ANONYMOUS_ROLES, k - 1));
                break;
              }
            /* "Her eldest, Tania,", «Соседка через дорогу, Галина,»: a
             * relative, a role or the eldest of a family; a name the
             * lexicon does not know only right after it or after its
             * complement ("her apprentice of six years, Tariq") */
            if ((is_role_word (self, k) || has (self, PLX_LEX_ANONYMOUS_ROLES, k)
                 || has (self, PLX_LEX_YOUNGER_WORDS, k) || has (self, PLX_LEX_OLDER_WORDS, k))
                && (listed || k + 2 == j || has (self, PLX_LEX_PREPOSITIONS, k + 1)
                    /* («Водитель автобуса, Жаныбек,») */
                    || (self->inflected && k + 3 == j)))
              {
                context = TRUE;
                pair = after > m ? m + 1 : pair;
                break;
              }
            if (tok (self, k)->flags & PLX_TF_CAP)
              break;
          }
      /* "who gave her name only as Jo,", "identified only as Kasia": the
       * name a person gave */
      if (!context && !self->inflected && j >= 3 && word_is (self, j - 1, "as")
          && (m >= n || tok (self, m)->kind == PLX_TOK_PUNCT || is_speech_verb (self, m)))
        for (guint k = j - 1; k-- > 0 && k + 6 > j && is_word (self, k);)
          if (word_is (self, k, "name") || word_is (self, k, "identified") || word_is (self, k, "introduced"))
            {
              context = TRUE;
              break;
            }
      /* "who gave only his first name, Yosef,": the name a person gave */
      if (!context && !self->inflected && j >= 3 && plx_tokens_is_char (self->tokens, j - 1, ',')
          && word_is (self, j - 2, "name") && (m >= n || tok (self, m)->kind == PLX_TOK_PUNCT))
        context = TRUE;
      /* "Rokeya's youngest, Mitu,", "Dilnoza's daughter": a first name with
       * a child of its own (a name the lexicon does not know: only the
       * eldest or the youngest, as "Northwire's founder" is a company's) */
      if (!context && !self->inflected && is_possessive (self, j) && m < n && is_word (self, m)
          && (has (self, PLX_LEX_YOUNGER_WORDS, m) || has (self, PLX_LEX_OLDER_WORDS, m)
              || (listed && (is_role_word (self, m) || has (self, PLX_LEX_ANONYMOUS_ROLES, m)))))
        context = TRUE;
      /* "Maureen has waited two years … she", «Оксана почти не говорит …
       * она»: a first name of one sex that opens a sentence before a word
       * in lower case, and the first he or she after it in its paragraph
       * is of that sex (not "Florence has … it", nor "Grace was … he") */
      if (!context && listed && fronted (self, j) && m < n && is_word (self, m)
          && !(tok (self, m)->flags & PLX_TF_CAP) && !has (self, PLX_LEX_PREPOSITIONS, m)
          && !has (self, PLX_LEX_COORDINATORS, m))
        {
          const char *s = self->tokens->text + tok (self, j)->start, *nom = NULL;
          char sex = plx_lexicon_given_name (self->lexicon, s, tok (self, j)->len, &nom);

          /* (the name itself, not a word that keys to it: «Никому») */
          if (nom == NULL || strlen (nom) != tok (self, j)->len || strncmp (s, nom, tok (self, j)->len) != 0)
            sex = 0;

          for (guint k = m + 1; (sex == 'm' || sex == 'f') && k < n && k < m + 40
                                && !(tok (self, k)->flags & PLX_TF_PARA_START); k++)
            {
              char p = is_word (self, k)
                       ? plx_lexicon_pronoun (self->lexicon, self->tokens->text + tok (self, k)->start, tok (self, k)->len)
                       : 0;

              if (p != 0)
                {
                  context = by_pronoun = p == sex;
                  break;
                }
            }
        }
      /* … and, the costlier tests last, no demonym or brand, no word the
       * text writes in lower case or as a place's or a firm's elsewhere */
      if (context && (!listed || by_pronoun))
        {
          char bkey[KEY_MAX];

          if (nonname (self, j) || demonym (self, j) || camel_brand (self, j) || mixed_acronym (self, j)
              || nonperson_runs_has (self, j, j + 1) || lower_word (self, j))
            continue;
          if (unnamed == NULL)
            unnamed = unnamed_keys (self);
          if (!bare_key (self, j, bkey) || g_hash_table_contains (unnamed, bkey))
            continue;
        }
      if (!context)
        continue;
      gender = plx_lexicon_given_name (self->lexicon, self->tokens->text + tok (self, j)->start,
                                       tok (self, j)->len, NULL);
      register_person (self, j, m, j, j, gender == 'u' ? 0 : gender, PLX_MENTION_NAME);
      r->end = r->first;   /* consumed */
    }
  g_clear_pointer (&given_keys.set, g_hash_table_unref);
  if (unnamed != NULL)
    g_hash_table_unref (unnamed);
}

/* A surname that speaks ("Tanaka, …, said") and appears elsewhere with a
 * first name ("Ao Tanaka drove a shot") is a person. */
static void
promote_candidates (PlxPeople *self,
                    GArray    *weak)
{
  if (g_hash_table_size (self->candidates) == 0)
    return;
  for (guint w = 0; w < weak->len; w++)
    {
      PlxRange *r = &g_array_index (weak, PlxRange, w);
      char key[KEY_MAX];

      if (r->end - r->first != 2 || !token_key (self, r->end - 1, key)
          || !g_hash_table_contains (self->candidates, key)
          || (tok (self, r->first)->flags & PLX_TF_SENT_START)
          || (!self->inflected && place_like_run (self, r->first, r->end)))
        continue;
      register_person (self, r->first, r->end, r->first, r->first, 0, PLX_MENTION_NAME);
      r->end = r->first;   /* consumed */
    }
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const PlxMention *x = a, *y = b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return 0;
}

static gboolean mention_possessive (PlxPeople *self, PlxMention *m);

/* "a win over top seed Madison Kehoe", "talks with Anna Berg": in English
 * a name governed by a preposition is an object, not the sentence's
 * subject ("according to X" names a source and stays a subject) */
static gboolean
prepositional_object (PlxPeople  *self,
                      PlxMention *m)
{
  if (self->inflected)
    return FALSE;
  for (guint k = m->first, steps = 0; k-- > 0 && steps < 4; steps++)
    {
      PlxToken *t = tok (self, k);

      /* not across the start of the name's sentence: "Why fires burn
       * into the night ¶ Ann Roe, 71, …" (a subheading above it) */
      if (tok (self, k + 1)->flags & (PLX_TF_SENT_START | PLX_TF_PARA_START))
        return FALSE;

      /* "One of the last was Tom Bevan": a verb before the name ends
       * the phrase the preposition starts */
      if (t->kind != PLX_TOK_WORD || (t->flags & PLX_TF_CAP) || is_speech_verb (self, k)
          || has (self, PLX_LEX_FINITE_VERBS, k))
        return FALSE;
      if (has (self, PLX_LEX_PREPOSITIONS, k))
        return !(k > 0 && match_phrase (self, PLX_LEX_PHRASE_ACCORDING, k - 1, NULL) > 0);
    }
  return FALSE;
}

/* «Соседка Кирилла по площадке, 22-летняя Алена, …», «Брат Вахитова,
 * инженер Рустам Гайнуллин, …»: in Russian a name right after the noun
 * opening the sentence is that noun's complement when another name
 * stands in apposition to the phrase (after a comma and at most a few
 * lower-case words of a title or an age, closed by a comma): that one is
 * the subject */
static gboolean
genitive_of_opening (PlxPeople *self,
                     guint      k,
                     guint      s)
{
  PlxMention *m = &g_array_index (self->mentions, PlxMention, k);
  PlxMention *a;
  guint n = self->tokens->tokens->len, c, w;
  gboolean adjacent;

  if (!self->inflected || m->first != s + 1 || k + 1 >= self->mentions->len || !is_word (self, s)
      || !(is_role_word (self, s) || has (self, PLX_LEX_ANONYMOUS_ROLES, s) || has (self, PLX_LEX_GENERIC_ROLES, s)))
    return FALSE;
  a = &g_array_index (self->mentions, PlxMention, k + 1);
  /* «Соседка Ложкиной Зинаида Кузьминична, ей 88,»: or the other name
   * follows right away */
  adjacent = a->kind == PLX_MENTION_NAME && a->first == m->end && a->entity != m->entity;
  if (!adjacent)
    {
      /* (a prepositional phrase may follow the name: «по подъезду») */
      for (c = m->end; c < n && c < m->end + 4 && is_word (self, c) && !(tok (self, c)->flags & PLX_TF_CAP); c++)
        ;
      if (c >= n || !plx_tokens_is_char (self->tokens, c, ','))
        return FALSE;
      if (a->kind != PLX_MENTION_NAME || a->first <= c || a->first > c + 5 || a->end >= n
          || !plx_tokens_is_char (self->tokens, a->end, ','))
        return FALSE;
      for (w = c + 1; w < a->first; w++)
        if (!((is_word (self, w) && !(tok (self, w)->flags & PLX_TF_CAP)) || age_of (self, w, FALSE) > 0))
          return FALSE;
    }
  /* "Вратарь Игорь Мохов, сын Артура Баева,": a given name in its
   * dictionary form opens a nominative, not a genitive */
  {
    const char *nominative = NULL;
    const char *word = self->tokens->text + tok (self, m->first)->start;
    gsize len = tok (self, m->first)->len;

    if (plx_lexicon_given_name (self->lexicon, word, len, &nominative) != 0 && nominative != NULL
        && strlen (nominative) == len && memcmp (nominative, word, len) == 0)
      return FALSE;
  }
  return TRUE;
}

static void
mark_subjects (PlxPeople *self)
{
  guint last_sentence = G_MAXUINT;

  for (guint k = 0; k < self->mentions->len; k++)
    {
      PlxMention *m = &g_array_index (self->mentions, PlxMention, k);
      guint limit = m->first > 300 ? m->first - 300 : 0;
      guint s = plx_tokens_sentence_start (self->tokens, m->first, limit);

      m->speaker = (m->end < self->tokens->tokens->len && is_speech_verb (self, m->end))
                   || (m->first > 0 && is_speech_verb (self, m->first - 1))
                   || (m->end + 1 < self->tokens->tokens->len
                       && tok (self, m->end)->kind == PLX_TOK_WORD && is_speech_verb (self, m->end + 1));
      m->subject = s != last_sentence && !mention_possessive (self, m) && !prepositional_object (self, m)
                   && !genitive_of_opening (self, k, s);
      if (m->subject || s != last_sentence)
        last_sentence = m->subject ? s : last_sentence;
    }
}

/* The case of the character at @p (before @end): 1 for a capital, -1 for
 * a lower-case letter, 0 for anything else or an invalid sequence; ASCII
 * and the Russian alphabet without decoding. */
static inline int
char_case (const char *p,
           const char *end)
{
  guchar b = (guchar) p[0], d = p + 1 < end ? (guchar) p[1] : 0;
  gunichar c;

  if (b < 0x80)
    return g_ascii_isupper (b) ? 1 : g_ascii_islower (b) ? -1 : 0;
  if (b == 0xD0 && d >= 0x90 && d <= 0xAF)
    return 1;
  if ((b == 0xD0 && d >= 0xB0 && d <= 0xBF) || (b == 0xD1 && d >= 0x80 && d <= 0x8F))
    return -1;
  c = g_utf8_get_char_validated (p, end - p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return 0;
  return g_unichar_isupper (c) ? 1 : g_unichar_islower (c) ? -1 : 0;
}

/* "al-Rawahi", "el-Sayed", "bin-Talal": a lower-case name particle joined
 * by a hyphen to a capitalised name is a capitalised name word; the token
 * is marked so that every name rule takes it as one */
/* "tSaoir", "hUiginn", "bhFear", "nGael": an Irish name word with a
 * lower-case mutation before its capital (one or two letters) */
static gboolean
mutated_name_shape (const char *s,
                    gsize       len)
{
  const char *p = s, *end = s + len;

  for (guint k = 0; k < 3 && p < end; k++)
    {
      int c = char_case (p, end);

      if (c > 0)
        return k >= 1 && g_utf8_strlen (p, end - p) >= 3;
      if (c == 0)
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return FALSE;
}

/* Marks the particle names (see above) capitalised and lists the
 * capitalised words of the text, in order, in self->caps: the passes that
 * look for runs of names start from them. */
static void
mark_particle_names (PlxPeople *self)
{
  guint n = self->tokens->n_tokens;
  const PlxToken *toks = self->tokens->data;

  self->caps = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      PlxToken *t = tok (self, i);
      const char *s;
      const char *h;

      if (t->kind != PLX_TOK_WORD)
        continue;
      if (t->flags & PLX_TF_CAP)
        {
          self->caps[self->n_caps++] = i;
          continue;
        }
      /* most words: in lower case after a mark or a lower-case word of
       * three bytes or more (no "an", "na", no name word), and too short
       * or of letters only for a hyphen — none of the tests below passes */
      if ((t->len < 4 || (t->flags & PLX_TF_LETTERS)) && i > 0
          && (toks[i - 1].kind != PLX_TOK_WORD || (!(toks[i - 1].flags & PLX_TF_CAP) && toks[i - 1].len > 2)))
        continue;
      s = self->tokens->text + t->start;
      /* "Mac an tSaoir", "Ó hUiginn", "Ní Bhriain": a mutated word right
       * after a capitalised name word or a particle (with "an" / "na"
       * between: "Nic an tSionnaigh") is a capitalised name word — not
       * "an iPhone" after a verb (the words before are looked at first:
       * they rarely are either) */
      if (i > 0)
        {
          guint p = i - 1;

          if (p > 0 && is_word (self, p) && !(tok (self, p)->flags & PLX_TF_CAP) && tok (self, p)->len <= 2
              && (word_is (self, p, "an") || word_is (self, p, "na")))
            p--;
          if (is_word (self, p) && (tok (self, p)->flags & PLX_TF_CAP) && !(tok (self, p)->flags & PLX_TF_SENT_END)
              && (p < i - 1 || has (self, PLX_LEX_NAME_PARTICLES, p)) && mutated_name_shape (s, t->len))
            {
              t->flags |= PLX_TF_CAP;
              self->caps[self->n_caps++] = i;
              continue;
            }
        }

      /* … in any script: «аль-Масри», «бен-Ами» */
      if (t->len < 4 || (t->flags & PLX_TF_LETTERS)
          || (h = memchr (s, '-', MIN (t->len, 9))) == NULL || char_case (s, s + t->len) >= 0)
        continue;
      if (h == s || h + 2 >= s + t->len
          || !g_unichar_isupper (g_utf8_get_char (h + 1))
          || !plx_lexicon_has (self->lexicon, PLX_LEX_NAME_PARTICLES, s, h - s))
        continue;
      t->flags |= PLX_TF_CAP;
      self->caps[self->n_caps++] = i;
    }
}

static void mentions_sort (PlxPeople *self);

PlxPeople *
plx_people_find (PlxTokens  *tokens,
                 PlxLexicon *lexicon)
{
  PlxPeople *self = g_new0 (PlxPeople, 1);
  /* room for a weak name every 16 tokens: no regrowing in most texts */
  g_autoptr(GArray) weak = g_array_sized_new (FALSE, FALSE, sizeof (PlxRange), tokens->tokens->len / 16 + 16);

  self->tokens = tokens;
  self->lexicon = lexicon;
  self->entities = g_ptr_array_new_with_free_func (entity_free);
  /* room for a mention every 32 tokens: no regrowing in most texts */
  self->mentions = g_array_sized_new (FALSE, FALSE, sizeof (PlxMention), tokens->tokens->len / 32 + 16);
  self->extra = g_array_new (FALSE, FALSE, sizeof (PlxMention));
  self->strings = string_pool_new ();
  self->by_surname = g_hash_table_new_full (plx_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) g_ptr_array_unref);
  self->candidates = g_hash_table_new (plx_str_hash, g_str_equal);
  self->nonnames = g_hash_table_new (plx_str_hash, g_str_equal);
  self->org_runs = g_hash_table_new (plx_str_hash, g_str_equal);
  self->thing_runs = g_hash_table_new (plx_str_hash, g_str_equal);
  self->excluded = g_new0 (guint8, tokens->tokens->len + 1);
  /* lower_words is made on first use (see lower_word()) */
  /* a language is inflected when its lexicon strips case endings */
  self->inflected = plx_lexicon_is_inflected (lexicon);

  mark_particle_names (self);
  collect_nonnames (self);
  collect_org_runs (self);
  collect_thing_runs (self);
  find_strong (self, weak);
  promote_candidates (self, weak);
  promote_given_names (self, weak);
  find_weak (self, weak);
  mentions_sort (self);
  resolve_shared_surnames (self);
  mark_subjects (self);
  g_clear_pointer (&self->excluded, g_free);
  return self;
}

void
plx_people_free (PlxPeople *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->entities);
  g_array_unref (self->mentions);
  g_array_unref (self->extra);
  g_hash_table_unref (self->by_surname);
  g_hash_table_unref (self->candidates);
  g_hash_table_unref (self->nonnames);
  g_clear_pointer (&self->lower_words, g_hash_table_unref);
  g_clear_pointer (&self->lower_asked, g_hash_table_unref);
  g_free (self->lower_index);
  g_clear_pointer (&self->cap_words, g_hash_table_unref);
  g_clear_pointer (&self->org_mods, g_hash_table_unref);
  g_hash_table_unref (self->org_runs);
  g_hash_table_unref (self->thing_runs);
  g_free (self->excluded);
  token_keys_return (self->token_keys);
  g_free (self->mention_blocks);
  g_free (self->caps);
  string_pool_free (self->strings);
  g_free (self);
}

/* The quote pass asks which mention covers a token, or comes next, for
 * most words near a quote. Once the mentions are sorted, a table of the
 * first mention at or after every MENTION_BLOCK-th token leaves a step or
 * two to each question in place of a binary search. It is made after each
 * sort and used while no mention has been added since (mentions->len is
 * the same); a mention added and not yet sorted in leaves the binary
 * search to answer. */
#define MENTION_BLOCK 32

static void
mention_index_build (PlxPeople *self)
{
  guint n_blocks = self->tokens->n_tokens / MENTION_BLOCK + 2;
  const PlxMention *ms = (const PlxMention *) (const void *) self->mentions->data;
  guint len = self->mentions->len, m = 0;

  self->mention_blocks = g_renew (guint, self->mention_blocks, n_blocks);
  for (guint b = 0; b < n_blocks; b++)
    {
      while (m < len && ms[m].first < b * MENTION_BLOCK)
        m++;
      self->mention_blocks[b] = m;
    }
  self->mention_blocks_len = len;
}

/* Sorts the mentions by their first token and makes their index. */
static void
mentions_sort (PlxPeople *self)
{
  plx_array_sort_runs (self->mentions, compare_mentions);
  mention_index_build (self);
}

/* The number of mentions whose first token is before @i (the table has
 * a block for each token up to n_tokens). */
static inline guint
mentions_before (PlxPeople *self,
                 guint      i)
{
  const PlxMention *ms = (const PlxMention *) (const void *) self->mentions->data;
  guint lo = 0, hi = self->mentions->len;

  if (G_LIKELY (self->mention_blocks != NULL && self->mention_blocks_len == hi
                && i <= self->tokens->n_tokens))
    {
      lo = self->mention_blocks[i / MENTION_BLOCK];
      while (lo < hi && ms[lo].first < i)
        lo++;
      return lo;
    }
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (ms[mid].first < i)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

int
plx_people_mention_at (PlxPeople *self,
                       guint      i)
{
  guint lo;

  /* the last mention with first <= i (i + 1 does not wrap: a token index
   * is far below G_MAXUINT) */
  lo = mentions_before (self, i + 1);
  if (lo == 0)
    return -1;
  if (g_array_index (self->mentions, PlxMention, lo - 1).end > i)
    return lo - 1;
  return -1;
}

int
plx_people_mention_from (PlxPeople *self,
                         guint      i)
{
  guint lo = mentions_before (self, i);

  return lo < self->mentions->len ? (int) lo : -1;
}

static gboolean
entity_has_roles (PlxEntity  *e,
                  GPtrArray  *keys)
{
  if (keys->len == 0)
    return TRUE;   /* a generic role: anyone */
  for (guint k = 0; k < keys->len; k++)
    if (!plx_entity_has_role_key (e, keys->pdata[k]))
      return FALSE;
  return TRUE;
}

/* whether entity @e can bear the role at all: its role keys, nationality,
 * gender, not only a byline */
static gboolean
entity_fits_role (PlxEntity  *e,
                  GPtrArray  *keys,
                  const char *nat,
                  char        gender)
{
  if (!entity_has_roles (e, keys))
    return FALSE;
  if (nat != NULL && e->nationality != NULL && !plx_str_equal (nat, e->nationality))
    return FALSE;
  /* "заявил мужчина" is not the woman named last; a byline is nobody
   * the text speaks of */
  if ((gender != 0 && e->gender != 0 && e->gender != gender)
      || (e->n_byline > 0 && e->n_byline >= e->n_mentions))
    return FALSE;
  return TRUE;
}

/* entity_fits_role() remembered for the entities of one search: the
 * recent mentions name the same few people again and again; a slot holds
 * one entity, a clash just asks again */
#define ROLE_MEMO_SLOTS 64

typedef struct
{
  int      entity[ROLE_MEMO_SLOTS];
  gboolean fits[ROLE_MEMO_SLOTS];
} RoleMemo;

static gboolean
entity_fits_role_memo (RoleMemo   *memo,
                       PlxEntity  *e,
                       int         index,
                       GPtrArray  *keys,
                       const char *nat,
                       char        gender)
{
  guint slot = (guint) index % ROLE_MEMO_SLOTS;

  if (memo->entity[slot] != index)
    {
      memo->entity[slot] = index;
      memo->fits[slot] = entity_fits_role (e, keys, nat, gender);
    }
  return memo->fits[slot];
}

static int match_role_full (PlxPeople *self, guint i, GPtrArray *keys, const char *nat, gboolean strict, char gender);

/* the gender a role word itself names, 'm', 'f' or 0: "мужчина",
 * "пенсионерка", "собеседница", "the spokeswoman", "the Dutchman" (Russian
 * titles like "министр" are used for women too) */
static char
role_gender (PlxPeople *self,
             guint      i)
{
  PlxToken *t;
  const char *s;
  gsize n;

  if (!is_word (self, i))
    return 0;
  t = tok (self, i);
  s = self->tokens->text + t->start;
  n = t->len;
  if (self->inflected)
    {
      static const char vowels[] = "аеёиоуыэюяй";
      char lower[KEY_MAX];

      if (!plx_lexicon_fold (self->lexicon, s, n, lower, sizeof lower))
        return 0;
      n = strlen (lower);
      if (g_str_has_prefix (lower, "мужчин"))
        return 'm';
      if (g_str_has_prefix (lower, "женщин") || g_str_has_suffix (lower, "ница") || g_str_has_suffix (lower, "иня"))
        return 'f';
      /* "-рка", "-нка", "-стка", "-дка" — but "политика", "источника" */
      if (n > 8 && g_str_has_suffix (lower, "ка"))
        {
          const char *prev = g_utf8_prev_char (lower + n - 4);
          gunichar c = g_utf8_get_char (prev);

          if (c < 0x80 || g_utf8_strchr (vowels, -1, c) == NULL)
            return 'f';
        }
      return 0;
    }
  if (n >= 5 && g_ascii_strncasecmp (s + n - 5, "woman", 5) == 0)
    return 'f';
  /* "spokesman", "Frenchman" — not "the German", "a Roman", "human" */
  if (n >= 3 && g_ascii_strncasecmp (s + n - 3, "man", 3) == 0)
    {
      static const char *not_men[] = { "german", "roman", "human", "oman", "ottoman", "shaman" };

      for (guint k = 0; k < G_N_ELEMENTS (not_men); k++)
        if (n == strlen (not_men[k]) && g_ascii_strncasecmp (s, not_men[k], n) == 0)
          return 0;
      return 'm';
    }
  return 0;
}

static int
match_role (PlxPeople  *self,
            guint       i,
            GPtrArray  *keys,
            const char *nat)
{
  return match_role_full (self, i, keys, nat, FALSE, 0);
}

/* Only the recent bearers, no search of the whole text. */
static int
match_role_strict (PlxPeople  *self,
                   guint       i,
                   GPtrArray  *keys,
                   const char *nat)
{
  return match_role_full (self, i, keys, nat, TRUE, 0);
}

#define ROLE_CONTEXT 6

/* The keys of the capitalised words just before @i (a firm, a body) that
 * are not keys of the role, in @context (ROLE_CONTEXT of them at most):
 * how many. A bearer whose description names one of them is the one meant
 * — "Hale asked whether Veralink would …, the chief executive replied".
 * (match_role_full() asks once a bearer fits a role with keys, which most
 * of its calls never meet.) */
static guint
role_context (PlxPeople *self,
              guint      i,
              GPtrArray *keys,
              char       context[ROLE_CONTEXT][KEY_MAX])
{
  guint n_context = 0;

  for (guint k = i, steps = 0; k > 0 && steps < 40 && n_context < ROLE_CONTEXT; k--, steps++)
    {
      PlxToken *t = tok (self, k - 1);

      if (t->kind != PLX_TOK_WORD || !(t->flags & PLX_TF_CAP) || (t->flags & PLX_TF_IN_QUOTE)
          || has (self, PLX_LEX_STOPWORDS, k - 1) || is_role_word (self, k - 1)
          || plx_people_mention_at (self, k - 1) >= 0 || !token_key (self, k - 1, context[n_context]))
        continue;
      {
        gboolean own = FALSE;

        for (guint w = 0; w < keys->len && !own; w++)
          own = plx_str_equal (keys->pdata[w], context[n_context]);
        if (!own)
          n_context++;
      }
    }
  return n_context;
}

static int
match_role_full (PlxPeople  *self,
                 guint       i,
                 GPtrArray  *keys,
                 const char *nat,
                 gboolean    strict,
                 char        gender)
{
  int start = plx_people_mention_at (self, i);
  int best = -1;
  int best_score = -1;
  char context[ROLE_CONTEXT][KEY_MAX];
  guint n_context = 0;
  gboolean have_context = FALSE;   /* role_context(), on first need */
  RoleMemo memo;

  for (guint k = 0; k < ROLE_MEMO_SLOTS; k++)
    memo.entity[k] = -1;

  if (start < 0)
    {
      start = plx_people_mention_from (self, i);
      start = start < 0 ? (int) self->mentions->len - 1 : start - 1;
    }
  /* the most recent bearer of the role before @i, nationality first */
  for (int k = start, steps = 0; k >= 0 && steps < 80; k--, steps++)
    {
      PlxMention *m = &g_array_index (self->mentions, PlxMention, k);
      PlxEntity *e;
      int score;

      /* names inside quotes are not who the role refers to */
      if (m->entity < 0 || (tok (self, m->first)->flags & PLX_TF_IN_QUOTE))
        continue;
      e = g_ptr_array_index (self->entities, m->entity);
      if (m->kind == PLX_MENTION_BYLINE || !entity_fits_role_memo (&memo, e, m->entity, keys, nat, gender))
        continue;
      /* an exact nationality first, then who spoke or led the sentence,
       * then the most recent */
      score = ((nat != NULL && e->nationality != NULL) ? 4 : 0) + ((m->speaker || m->subject) ? 2 : 1);
      if (keys->len > 0)
        {
          if (!have_context)
            {
              n_context = role_context (self, i, keys, context);
              have_context = TRUE;
            }
          for (guint w = 0; w < n_context; w++)
            if (plx_entity_has_role_key (e, context[w]))
              {
                score += 2;
                break;
              }
        }
      if (score > best_score)
        {
          best = m->entity;
          best_score = score;
          if (score >= 6)
            break;
        }
    }
  if (best >= 0 || strict)
    return best;
  /* (the bearers of the recent mentions were asked about already) */
  for (guint k = 0; k < self->entities->len && k < 2000; k++)
    {
      PlxEntity *e = g_ptr_array_index (self->entities, k);

      if (!entity_fits_role_memo (&memo, e, (int) k, keys, nat, gender))
        continue;
      return k;
    }
  return -1;
}

static void
add_value_keys (PlxPeople  *self,
                const char *value,
                GPtrArray  *keys)
{
  /* each word of the value, split at single spaces in place (as
   * g_strsplit (value, " ", -1) would, empty words skipped) */
  for (const char *w = value; w != NULL;)
    {
      const char *sp = strchr (w, ' ');
      gsize wl = sp != NULL ? (gsize) (sp - w) : strlen (w);
      char key[KEY_MAX];

      if (wl > 0 && plx_lexicon_key (self->lexicon, w, wl, key, KEY_MAX))
        g_ptr_array_add (keys, pooled (self, key));
      w = sp != NULL ? sp + 1 : NULL;
    }
}

/* "Представитель застройщика": a Russian role noun followed by a noun in
 * the genitive names whose role it is — someone of that body, not just
 * the person last spoken of. A rough test on the ending: not a verb
 * ("-л", "-ла", "-ли", "-ло", "-т", "-ся"), a case ending of a noun. */
static gboolean
genitive_complement (PlxPeople *self,
                     guint      j,
                     guint      limit)
{
  /* (an adjective opens it too: «другого крупного предприятия»,
   * «областного управления») */
  static const char *const endings[] = { "а", "я", "ов", "ев", "ей", "ии", "ых", "их", "ы", "ого", "его" };
  static const char *const verbal[] = { "л", "ла", "ли", "ло", "т", "ся" };

  if (!self->inflected || j >= limit || !is_word (self, j) || (tok (self, j)->flags & PLX_TF_CAP)
      || has (self, PLX_LEX_PREPOSITIONS, j) || has (self, PLX_LEX_STOPWORDS, j) || is_speech_verb (self, j)
      || tok (self, j)->len < 8)
    return FALSE;
  return !plx_tokens_ends_with_any (self->tokens, j, verbal, G_N_ELEMENTS (verbal), 0)
         && plx_tokens_ends_with_any (self->tokens, j, endings, G_N_ELEMENTS (endings), 0);
}

/* "главного внештатного специалиста Минздрава по … Игоря Стрельцова": a
 * role whose complement ends in a name is that person's title */
static gboolean
name_follows (PlxPeople *self,
              guint      j,
              guint      limit)
{
  for (guint k = j; k < limit && k < j + 8 && is_word (self, k); k++)
    if (plx_people_mention_at (self, k) >= 0)
      return TRUE;
  return FALSE;
}

/* «ирландка», «шотландцем», «англичанки»: a Russian nationality word in
 * lower case that is no adjective («ирландская», «немецкого» — the
 * adjectives of nationality are built on -ск-/-цк-) is a noun naming a
 * person of that country, whatever its gender or case */
static gboolean
nationality_noun (PlxPeople *self,
                  guint      i)
{
  static const char *const adjectival[] = { "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ого", "его",
                                            "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ыми", "ими" };
  PlxToken *t;
  const char *s;

  if (!self->inflected || !is_word (self, i) || nationality (self, i) == NULL)
    return FALSE;
  t = tok (self, i);
  if (t->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS))
    return FALSE;
  s = self->tokens->text + t->start;
  for (guint k = 0; k < G_N_ELEMENTS (adjectival); k++)
    {
      gsize l = strlen (adjectival[k]);

      /* «-ский», «-цкого» … */
      if (t->len > l + 4 && memcmp (s + t->len - l, adjectival[k], l) == 0
          && (memcmp (s + t->len - l - 4, "ск", 4) == 0 || memcmp (s + t->len - l - 4, "цк", 4) == 0))
        return FALSE;
    }
  return TRUE;
}

/* The key lists of plx_people_role_at() (GPtrArray of char *, strings of
 * PlxPeople.strings that the list does not own), kept per thread for its
 * next call: it parses a role at most words it is asked about, and making
 * and freeing two arrays (and a copy of each key) each time cost more
 * than the parse */
#define SPARE_KEY_LISTS 8

typedef GPtrArray KeyList;

typedef struct
{
  KeyList *lists[SPARE_KEY_LISTS];
  guint    n;
} SpareKeyLists;

static void
spare_key_lists_free (gpointer data)
{
  SpareKeyLists *spare = data;

  for (guint k = 0; k < spare->n; k++)
    g_ptr_array_unref (spare->lists[k]);
  g_free (spare);
}

static GPrivate spare_key_lists = G_PRIVATE_INIT (spare_key_lists_free);

static KeyList *
key_list_new (void)
{
  SpareKeyLists *spare = g_private_get (&spare_key_lists);

  if (spare != NULL && spare->n > 0)
    return spare->lists[--spare->n];
  return g_ptr_array_new ();
}

static void
key_list_free (KeyList *list)
{
  SpareKeyLists *spare = g_private_get (&spare_key_lists);

  if (spare == NULL)
    {
      spare = g_new0 (SpareKeyLists, 1);
      g_private_set (&spare_key_lists, spare);
    }
  if (spare->n == SPARE_KEY_LISTS)
    {
      g_ptr_array_unref (list);
      return;
    }
  g_ptr_array_set_size (list, 0);
  spare->lists[spare->n++] = list;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KeyList, key_list_free)

guint
plx_people_role_at (PlxPeople *self,
                    guint      i,
                    guint      limit,
                    int       *entity)
{
  guint j = i;
  const char *nat = NULL;
  g_autoptr(KeyList) keys = NULL;
  g_autoptr(KeyList) modifiers = NULL;
  const char *value = NULL;
  guint k;
  gboolean found = FALSE;
  gboolean generic = FALSE, anonymous = FALSE, indefinite = FALSE, possessed = FALSE;
  gboolean deputy_ref = FALSE;
  char rg = 0;

  *entity = -1;
  limit = MIN (limit, self->tokens->tokens->len);
  {
    /* "the 52-year-old", "the 52-year-old Dane", «61-летний политик»: an
     * age stands for the person the text gave that age (not "his
     * 52-year-old brother", someone of the person) */
    guint a0 = i, age = 0;

    if (!self->inflected && a0 + 1 < limit && is_word (self, a0) && has (self, PLX_LEX_DETERMINERS, a0)
        && !has (self, PLX_LEX_POSSESSIVES, a0) && !has (self, PLX_LEX_INDEFINITES, a0))
      a0++;
    if (a0 > i || self->inflected)
      age = age_of (self, a0, FALSE);
    if (age > 0)
      {
        guint h = a0 + 1;
        int start = plx_people_mention_from (self, i);
        int best = -1;

        /* a role word, a nationality, "man" / "woman" may follow */
        while (h < limit && h < a0 + 3 && is_word (self, h) && plx_people_mention_at (self, h) < 0
               && (is_role_word (self, h) || has (self, PLX_LEX_GENERIC_ROLES, h) || nationality (self, h) != NULL
                   || role_gender (self, h) != 0))
          h++;
        if (h < limit && plx_people_mention_at (self, h) >= 0)
          return i;   /* "the 52-year-old Rasmus Kjaergaard": a title */
        start = start < 0 ? (int) self->mentions->len - 1 : start - 1;
        for (int k = start, steps = 0; k >= 0 && steps < 80 && best < 0; k--, steps++)
          {
            PlxMention *m = &g_array_index (self->mentions, PlxMention, k);

            if (m->entity >= 0 && m->kind != PLX_MENTION_BYLINE && !(tok (self, m->first)->flags & PLX_TF_IN_QUOTE)
                && ((PlxEntity *) g_ptr_array_index (self->entities, m->entity))->age == age)
              best = m->entity;
          }
        for (guint k = 0; best < 0 && k < self->entities->len && k < 2000; k++)
          if (((PlxEntity *) g_ptr_array_index (self->entities, k))->age == age)
            best = (int) k;
        if (best < 0)
          {
            /* nobody was given that age: the person in focus, unless the
             * text gave that one another age ("Oluwaseun Adeyemi, 40,"
             * is not "the 62-year-old") — then the latest speaker or
             * subject whose age it never gave */
            int p = plx_people_resolve_pronoun (self, i, role_gender (self, h - 1));

            if (p >= 0 && ((PlxEntity *) g_ptr_array_index (self->entities, p))->age != 0)
              for (int k = start, steps = 0; k >= 0 && steps < 40; k--, steps++)
                {
                  PlxMention *m = &g_array_index (self->mentions, PlxMention, k);

                  p = -1;
                  if (m->entity >= 0 && m->kind != PLX_MENTION_BYLINE && (m->speaker || m->subject)
                      && !(tok (self, m->first)->flags & PLX_TF_IN_QUOTE)
                      && ((PlxEntity *) g_ptr_array_index (self->entities, m->entity))->age == 0)
                    {
                      p = m->entity;
                      break;
                    }
                }
            else
              p = -1;
            best = p;
          }
        if (best >= 0)
          {
            *entity = best;
            return h;
          }
      }
  }
  if (!self->inflected && i + 1 < limit && is_word (self, i) && has (self, PLX_LEX_DETERMINERS, i)
      && !has (self, PLX_LEX_POSSESSIVES, i) && !has (self, PLX_LEX_INDEFINITES, i) && is_word (self, i + 1)
      && (has (self, PLX_LEX_YOUNGER_WORDS, i + 1) || has (self, PLX_LEX_OLDER_WORDS, i + 1))
      && (i + 2 >= limit || !is_word (self, i + 2) || !is_role_word (self, i + 2)))
    {
      /* "Ruben Haarsma, 38, … his son, Jelle Haarsma, 19, … the youngster
       * joked", "the veteran said": of the people the text gave an age,
       * the youngest or the oldest one — only when that one is alone */
      gboolean young = has (self, PLX_LEX_YOUNGER_WORDS, i + 1);
      int best = -1, n_aged = 0;
      gboolean tie = FALSE;

      for (guint k = 0; k < self->entities->len && k < 2000; k++)
        {
          PlxEntity *e = g_ptr_array_index (self->entities, k);
          PlxEntity *b = best >= 0 ? g_ptr_array_index (self->entities, best) : NULL;

          if (e->age == 0 || (e->n_byline > 0 && e->n_byline >= e->n_mentions))
            continue;
          n_aged++;
          if (b != NULL && e->age == b->age)
            tie = TRUE;
          else if (b == NULL || (young ? e->age < b->age : e->age > b->age))
            {
              best = (int) k;
              tie = FALSE;
            }
        }
      if (n_aged >= 2 && best >= 0 && !tie)
        {
          *entity = best;
          return i + 2;
        }
    }
  {
    /* most words start no role phrase: decide from the classes at once */
    const guint64 starters = PLX_CLASS_BIT (PLX_LEX_INDEFINITES) | PLX_CLASS_BIT (PLX_LEX_DETERMINERS)
                             | PLX_CLASS_BIT (PLX_CLASS_NATIONALITY) | PLX_CLASS_BIT (PLX_LEX_ROLE_NOUNS)
                             | PLX_CLASS_BIT (PLX_LEX_HEAD_WORDS) | PLX_CLASS_BIT (PLX_LEX_GENERIC_ROLES)
                             | PLX_CLASS_BIT (PLX_LEX_ANONYMOUS_ROLES)
                             | PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_TITLES)
                             | PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_ROLE_ALIASES);

    const guint64 heads = PLX_CLASS_BIT (PLX_LEX_ROLE_NOUNS) | PLX_CLASS_BIT (PLX_LEX_HEAD_WORDS)
                          | PLX_CLASS_BIT (PLX_LEX_GENERIC_ROLES) | PLX_CLASS_BIT (PLX_LEX_ANONYMOUS_ROLES)
                          | PLX_CLASS_BIT (PLX_CLASS_NATIONALITY)
                          | PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_TITLES)
                          | PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_PHRASE_ROLE_ALIASES);
    gboolean any = FALSE;

    if (j >= limit || !(self->tokens->classes[j] & starters))
      return i;
    /* "the", "a": only when a role word follows within a few words */
    for (guint k = j; k < limit && k < j + 5 && !any; k++)
      any = (self->tokens->classes[k] & heads) != 0;
    if (!any)
      return i;
  }
  keys = key_list_new ();
  modifiers = key_list_new ();
  /* «Его представитель заявил»: a possessive the caller did not take as
   * part of the role still makes it someone of the person */
  if (self->inflected && i > 0 && is_word (self, i - 1) && has (self, PLX_LEX_POSSESSIVES, i - 1))
    possessed = TRUE;
  if (j < limit && is_word (self, j) && has (self, PLX_LEX_INDEFINITES, j))
    {
      indefinite = TRUE;
      j++;
    }
  else if (j < limit && is_word (self, j) && has (self, PLX_LEX_DETERMINERS, j))
    {
      /* "his lawyer", "their spokeswoman": someone of the person, not
       * the person last spoken of */
      possessed = has (self, PLX_LEX_POSSESSIVES, j);
      j++;
    }
  for (guint iter = 0; iter < 3 && j < limit && is_word (self, j); iter++)
    {
      const char *n = nationality (self, j);

      if (n == NULL)
        break;
      /* «итальянец», «датчанка»: a Russian nationality noun is the role
       * itself, of that country */
      if (self->inflected && (has (self, PLX_LEX_GENERIC_ROLES, j) || nationality_noun (self, j)))
        {
          nat = n;
          break;
        }
      /* a nationality noun is not a modifier when a name follows it */
      nat = n;
      j++;
    }
  if (nat != NULL && j > i && has (self, PLX_LEX_DETERMINERS, i)
      && (j >= limit || !is_word (self, j) || !(has (self, PLX_LEX_ROLE_NOUNS, j) || has (self, PLX_LEX_GENERIC_ROLES, j)
                                  || has (self, PLX_LEX_ANONYMOUS_ROLES, j)
                                  || match_phrase (self, PLX_LEX_PHRASE_TITLES, j, NULL) > 0
                                  || has (self, PLX_LEX_HEAD_WORDS, j))))
    {
      /* "the Kremlin said": an institution speaks, not its head */
      if (!self->inflected && match_phrase (self, PLX_LEX_PHRASE_INSTITUTIONS, j - 1, NULL) > 0)
        return i;
      /* "the German said", "the Dutchman": a nationality for a person */
      *entity = match_role_full (self, i, keys, nat, FALSE, role_gender (self, j - 1));
      return j;
    }
  if (j >= limit || !is_word (self, j))
    return i;
  /* modifiers before the role noun: "the trade union leader", "a senior
   * official"; their keys help to find the bearer */
  {
    guint h = j;

    /* "the Kansas Republican": capitalised modifiers (a state, a firm)
     * too, unless they begin a role alias ("the Kremlin spokesman") */
    while (h < limit && h < j + 3 && is_word (self, h)
           && (!(tok (self, h)->flags & PLX_TF_CAP) || nationality (self, h) != NULL
               || (h > i && !(tok (self, h)->flags & PLX_TF_SENT_START) && plx_people_mention_at (self, h) < 0
                   && match_phrase (self, PLX_LEX_PHRASE_ROLE_ALIASES, h, NULL) == 0))
           && match_phrase (self, PLX_LEX_PHRASE_TITLES, h, NULL) == 0
           && !has (self, PLX_LEX_ROLE_NOUNS, h) && !has (self, PLX_LEX_HEAD_WORDS, h)
           && !has (self, PLX_LEX_GENERIC_ROLES, h) && !has (self, PLX_LEX_ANONYMOUS_ROLES, h))
      h++;
    if (h > j && h < limit && is_word (self, h)
        && (match_phrase (self, PLX_LEX_PHRASE_TITLES, h, NULL) > 0
            || has (self, PLX_LEX_ROLE_NOUNS, h) || has (self, PLX_LEX_GENERIC_ROLES, h)
            || has (self, PLX_LEX_ANONYMOUS_ROLES, h)))
      {
        for (guint w = j; w < h; w++)
          {
            const char *key;

            if (nationality (self, w) != NULL)
              nat = nationality (self, w);
            /* "the former striker", "the deputy mayor": the keys of a
             * deputy's or a former holder's role are marked (see
             * add_role_key()) */
            else if (has (self, PLX_LEX_DEPUTY_WORDS, w))
              deputy_ref = TRUE;
            else if ((key = token_key_ref (self, w)) != NULL)
              g_ptr_array_add (modifiers, (char *) key);
          }
        j = h;
      }
  }

  /* "Avon and Somerset Police": a capitalised role word with nothing in
   * front is part of a name */
  if (j == i && (tok (self, j)->flags & PLX_TF_CAP) && !(tok (self, j)->flags & PLX_TF_SENT_START)
      && j > 0 && tok (self, j - 1)->kind == PLX_TOK_WORD)
    return i;
  generic = has (self, PLX_LEX_GENERIC_ROLES, j) || nationality_noun (self, j);
  anonymous = has (self, PLX_LEX_ANONYMOUS_ROLES, j);
  k = match_phrase (self, PLX_LEX_PHRASE_ROLE_ALIASES, j, &value);
  if (k > 0 && j + k <= limit && value != NULL)
    {
      /* "the Kremlin spokesman", "представитель Кремля"; «вице-мэр» is
       * the deputy the text named «заместитель главы города» */
      add_value_keys (self, value, keys);
      if (value_is_deputy (self, value) || deputy_ref)
        for (guint w = 0; w < keys->len; w++)
          keys->pdata[w] = pooled_deputy (self, keys->pdata[w]);
      *entity = match_role (self, i, keys, nat);
      if (*entity < 0)
        {
          /* "the striker" for "a former Rovers striker": the word itself
           * when nobody bears the role it is an alias of */
          g_ptr_array_set_size (keys, 0);
          for (guint w = j; w < j + k; w++)
            {
              const char *key;

              if (is_word (self, w) && (key = token_key_ref (self, w)) != NULL)
                g_ptr_array_add (keys, deputy_ref ? pooled_deputy (self, key) : (char *) key);
            }
          if (keys->len > 0)
            *entity = match_role (self, i, keys, nat);
        }
      j += k;
      return j;
    }
  k = match_phrase (self, PLX_LEX_PHRASE_TITLES, j, &value);
  if (k > 0 && j + k <= limit && !has (self, PLX_LEX_HEAD_WORDS, j))
    {
      for (guint w = j; w < j + k; w++)
        {
          const char *key;

          if ((key = token_key_ref (self, w)) != NULL)
            g_ptr_array_add (keys, (char *) key);
        }
      j += k;
      found = TRUE;
    }
  else if (has (self, PLX_LEX_HEAD_WORDS, j))
    {
      guint h = j + 1;

      if (h < limit && is_word (self, h) && has (self, PLX_LEX_PREPOSITIONS, h))
        h++;
      if (h < limit && is_word (self, h) && has (self, PLX_LEX_DETERMINERS, h))
        h++;
      for (guint iter = 0; iter < 2 && h < limit && nationality (self, h) != NULL
           && match_phrase (self, PLX_LEX_PHRASE_INSTITUTIONS, h, NULL) == 0; iter++)
        nat = nationality (self, h++);
      k = h < limit ? match_phrase (self, PLX_LEX_PHRASE_INSTITUTIONS, h, &value) : 0;
      if (k > 0 && h + k <= limit && value != NULL)
        {
          add_value_keys (self, value, keys);
          j = h + k;
          found = TRUE;
        }
      else if (self->inflected && h < limit && is_word (self, h) && (tok (self, h)->flags & PLX_TF_CAP)
               && plx_people_mention_at (self, h) < 0 && nationality (self, h) == NULL)
        {
          /* "глава Росрыболовства": whoever heads that body in the text */
          const char *key;

          if ((key = token_key_ref (self, h)) != NULL)
            g_ptr_array_add (keys, (char *) key);
          j = h + 1;
          found = TRUE;
        }
      else if (self->inflected && h == j + 1 && has (self, PLX_LEX_ROLE_NOUNS, j)
               && h < limit && is_word (self, h) && !(tok (self, h)->flags & PLX_TF_CAP))
        {
          /* «— рассказал начальник отдела»: a head with a lower-case
           * complement is whoever bears that head in the text */
          const char *key;
          guint c = h;

          while (c < limit && c < h + 3 && is_word (self, c) && !(tok (self, c)->flags & PLX_TF_CAP)
                 && !is_speech_verb (self, c) && !has (self, PLX_LEX_FINITE_VERBS, c)
                 && !has (self, PLX_LEX_PREPOSITIONS, c) && !has (self, PLX_LEX_COORDINATORS, c)
                 && !has (self, PLX_LEX_STOPWORDS, c) && !has (self, PLX_LEX_RELATIVES, c)
                 && !is_role_word (self, c))
            c++;
          gboolean titled = FALSE;

          /* «по словам начальника отделения … подполковника Сергея
           * Глушкова»: a complement that runs on to a name is a title */
          for (guint w = c; w < limit && w < c + 16 && !titled
               && (is_word (self, w) || plx_tokens_is_char (self->tokens, w, '.')); w++)
            titled = plx_people_mention_at (self, w) >= 0;
          if (c > h && !titled && (key = token_key_ref (self, j)) != NULL)
            {
              g_ptr_array_add (keys, (char *) key);
              j = c;
              found = TRUE;
            }
        }
      else if (!self->inflected)
        {
          /* "the chief executive", "the chief", "the finance chief": a
           * head word heading nothing is a title of its own */
          guint t = match_phrase (self, PLX_LEX_PHRASE_TITLES, j, NULL);

          if (t == 0 && has (self, PLX_LEX_ROLE_NOUNS, j))
            t = 1;
          /* "the union chief", "the federation boss": whoever heads a
           * body (the head word closing the reference) */
          if (t == 1 && modifiers->len > 0
              && (j + 1 >= limit || !is_word (self, j + 1) || (tok (self, j + 1)->flags & PLX_TF_CAP)
                  || is_speech_verb (self, j + 1) || has (self, PLX_LEX_FINITE_VERBS, j + 1)))
            {
              g_autoptr(GPtrArray) head = g_ptr_array_new ();
              g_autoptr(GPtrArray) all = g_ptr_array_new ();

              g_ptr_array_add (head, deputy_ref ? "~@head" : "@head");
              g_ptr_array_add (all, head->pdata[0]);
              for (guint w = 0; w < modifiers->len; w++)
                g_ptr_array_add (all, modifiers->pdata[w]);
              *entity = match_role_strict (self, i, all, nat);
              if (*entity < 0)
                *entity = match_role (self, i, head, nat);
              if (*entity >= 0)
                return j + 1;
            }
          if (t > 0 && j + t <= limit)
            {
              for (guint w = j; w < j + t; w++)
                {
                  const char *key;

                  if ((key = token_key_ref (self, w)) != NULL)
                    g_ptr_array_add (keys, (char *) key);
                }
              j += t;
              found = TRUE;
            }
        }
    }
  else if ((has (self, PLX_LEX_ROLE_NOUNS, j) || has (self, PLX_LEX_GENERIC_ROLES, j)
            || has (self, PLX_LEX_ANONYMOUS_ROLES, j) || nationality_noun (self, j))
           /* "после" shares its stem with "посол": a preposition is no role */
           && !has (self, PLX_LEX_PREPOSITIONS, j))
    {
      const char *key;

      if (has (self, PLX_LEX_GENERIC_ROLES, j) || nationality_noun (self, j))
        generic = TRUE;
      else if (has (self, PLX_LEX_ANONYMOUS_ROLES, j))
        anonymous = TRUE;
      if ((key = token_key_ref (self, j)) != NULL)
        g_ptr_array_add (keys, (char *) key);
      j++;
      found = TRUE;
    }
  if (!found)
    return i;
  if (deputy_ref)
    for (GPtrArray *arr = keys; arr != NULL; arr = arr == keys ? modifiers : NULL)
      for (guint w = 0; w < arr->len; w++)
        if (((const char *) arr->pdata[w])[0] != '~')
          arr->pdata[w] = pooled_deputy (self, arr->pdata[w]);
  rg = role_gender (self, j - 1);
  /* "the French defence procurement agency", "the police station": an
   * English role word before a lower-case noun modifies that noun */
  if (!self->inflected && j < limit && is_word (self, j) && !(tok (self, j)->flags & PLX_TF_CAP)
      && !is_speech_verb (self, j) && !has (self, PLX_LEX_FINITE_VERBS, j) && !has (self, PLX_LEX_PASSIVE_AUX, j)
      && !has (self, PLX_LEX_PREPOSITIONS, j) && !has (self, PLX_LEX_COORDINATORS, j)
      && !has (self, PLX_LEX_RELATIVES, j) && !has (self, PLX_LEX_STOPWORDS, j)
      && !has (self, PLX_LEX_NEGATIONS, j) && !has (self, PLX_LEX_CLAUSE_STARTERS, j)
      && !has (self, PLX_LEX_COMPLEMENTIZERS, j) && !has (self, PLX_LEX_INFINITIVE, j)
      && !has (self, PLX_LEX_OBJECT_VERBS, j) && !has (self, PLX_LEX_PARTICIPLE_CUES, j)
      && !is_role_word (self, j) && !has (self, PLX_LEX_GENERIC_ROLES, j) && !has (self, PLX_LEX_ANONYMOUS_ROLES, j))
    {
      PlxToken *t = tok (self, j);
      const char *s = self->tokens->text + t->start;

      /* not "the defence argued", "the minister also", "the coach, 54" */
      if (!(t->len > 2 && (g_ascii_strncasecmp (s + t->len - 2, "ed", 2) == 0
                           || g_ascii_strncasecmp (s + t->len - 2, "ly", 2) == 0))
          && !(t->len > 1 && (s[t->len - 1] == 's' || s[t->len - 1] == 'S')))
        return i;
    }
  /* a trailing country: "глава МИД России", "президент США" */
  if (j < limit && is_word (self, j) && nationality (self, j) != NULL
      && (tok (self, j)->flags & (PLX_TF_CAP | PLX_TF_ALLCAPS)))
    nat = nationality (self, j++);
  /* a role followed by a name is a title, not a reference */
  if (j < limit && plx_people_mention_at (self, j) >= 0)
    return i;
  /* "представитель одной из соцсетей", "a spokesman of one of the
   * firms": a member of a group nobody names */
  if (j + 1 < limit && is_word (self, j) && has (self, PLX_LEX_INDEFINITES, j)
      && is_word (self, j + 1) && has (self, PLX_LEX_PREPOSITIONS, j + 1))
    {
      *entity = -1;
      return j;
    }
  if (indefinite || (anonymous && keys->len > 0 && modifiers->len == 0))
    {
      /* "a reporter", "a senior official", "the journalist": unnamed;
       * "the defence", "the police" are bodies, not the "Defence
       * Minister" named before */
      *entity = indefinite || has (self, PLX_LEX_ORG_WORDS, j - 1) ? -1
                : match_role_full (self, i, keys, nat, FALSE, rg);
      return j;
    }
  *entity = -1;
  /* "Georgian energy officials", "industry sources": a group, not the
   * one person whose title shares a modifier */
  if (!self->inflected && anonymous && modifiers->len > 0 && is_word (self, j - 1))
    {
      const char *w = self->tokens->text + tok (self, j - 1)->start;
      gsize l = tok (self, j - 1)->len;

      if (l > 3 && (w[l - 1] == 's' || w[l - 1] == 'S') && w[l - 2] != 's' && w[l - 2] != 'S')
        return j;
    }
  if (modifiers->len > 0 && keys->len > 0)
    {
      /* "the Kansas Republican" among several Republicans: the one whose
       * description has the modifiers too */
      g_autoptr(GPtrArray) all = g_ptr_array_new ();

      for (guint w = 0; w < keys->len; w++)
        g_ptr_array_add (all, keys->pdata[w]);
      for (guint w = 0; w < modifiers->len; w++)
        g_ptr_array_add (all, modifiers->pdata[w]);
      *entity = match_role_strict (self, i, all, nat);
    }
  if (*entity < 0)
    *entity = match_role (self, i, keys, nat);
  if (*entity < 0 && modifiers->len > 0)
    {
      /* "the trade union leader": someone whose title names the union */
      for (guint w = 0; w < modifiers->len && *entity < 0; w++)
        {
          g_autoptr(GPtrArray) one = g_ptr_array_new ();

          g_ptr_array_add (one, modifiers->pdata[w]);
          *entity = match_role (self, i, one, nat);
        }
    }
  /* «представитель Минэнерго», «юрист „Газпрома“»: someone of a body
   * named after the role, not the person last spoken of */
  if (self->inflected && j < limit && plx_people_mention_at (self, j) < 0
      && ((is_word (self, j) && (tok (self, j)->flags & PLX_TF_CAP) && !(tok (self, j)->flags & PLX_TF_SENT_START))
          || (tok (self, j)->kind == PLX_TOK_QUOTE && (tok (self, j)->flags & PLX_TF_CAN_OPEN)
              && j + 1 < limit && is_word (self, j + 1) && (tok (self, j + 1)->flags & PLX_TF_CAP))))
    possessed = TRUE;
  if (*entity < 0 && generic && !possessed && !genitive_complement (self, j, limit) && !name_follows (self, j, limit))
    {
      /* "the diplomat", "американский дипломат": the person last spoken of
       * (of that nationality) */
      g_ptr_array_set_size (keys, 0);
      *entity = match_role_full (self, i, keys, nat, TRUE, rg);
    }
  (void) anonymous;
  return j;
}

static gboolean
mention_possessive (PlxPeople  *self,
                    PlxMention *m)
{
  PlxToken *t = tok (self, m->end - 1);
  const char *s = self->tokens->text + t->start;

  return (t->len > 2 && s[t->len - 1] == 's' && s[t->len - 2] == '\'')
         || (t->len > 4 && s[t->len - 1] == 's' && memcmp (s + t->len - 4, "\xe2\x80\x99", 3) == 0);
}

int
plx_people_resolve_pronoun (PlxPeople *self,
                            guint      i,
                            char       gender)
{
  int k = plx_people_mention_from (self, i);
  int fallback = -1;
  guint sstart = plx_tokens_sentence_start (self->tokens, i, i > 300 ? i - 300 : 0);

  k = k < 0 ? (int) self->mentions->len - 1 : k - 1;
  {
    /* the speaker of the sentence before: "…, Peskov said no decision had
     * been made. “It's too early,” he said." */
    guint prev_start = sstart > 0 ? plx_tokens_sentence_start (self->tokens, sstart - 1,
                                                                sstart > 300 ? sstart - 300 : 0) : 0;

    for (int q = k, steps = 0; q >= 0 && steps < 30; q--, steps++)
      {
        PlxMention *m = &g_array_index (self->mentions, PlxMention, q);
        PlxEntity *e;

        if (m->first < prev_start)
          break;
        if (m->entity < 0 || !m->speaker || m->kind == PLX_MENTION_BYLINE || m->first >= i
            || (tok (self, m->first)->flags & PLX_TF_IN_QUOTE))
          continue;
        e = g_ptr_array_index (self->entities, m->entity);
        if (gender != 0 && e->gender != 0 && e->gender != gender)
          continue;
        return m->entity;
      }
    /* "The Democrat then turned to the audience. “…,” she repeated.": a
     * role that opens the sentence before, with no name since, is its
     * subject and names someone known */
    if (prev_start < sstart && is_word (self, prev_start) && !(tok (self, prev_start)->flags & PLX_TF_IN_QUOTE)
        && (k < 0 || g_array_index (self->mentions, PlxMention, k).first < prev_start))
      {
        int re = -1;

        if (plx_people_role_at (self, prev_start, sstart, &re) > prev_start && re >= 0)
          {
            PlxEntity *e = g_ptr_array_index (self->entities, re);

            if (gender == 0 || e->gender == 0 || e->gender == gender)
              return re;
          }
      }
  }
  for (int steps = 0; k >= 0 && steps < 30; k--, steps++)
    {
      PlxMention *m = &g_array_index (self->mentions, PlxMention, k);
      PlxEntity *e;

      if (m->entity < 0 || m->kind == PLX_MENTION_BYLINE)
        continue;
      if (i > m->first + 600)
        break;
      /* the antecedent of a speaker pronoun is not in its own sentence
       * ("Asked about Trump's tariffs, he said") nor inside a quote */
      if (tok (self, m->first)->flags & PLX_TF_IN_QUOTE)
        continue;
      if (m->first >= sstart)
        {
          /* only the subject that opens the sentence ("President Trump
           * was …, but he made it clear") */
          if (!(m->subject && m->first <= sstart + 3 && !mention_possessive (self, m) && m->first < i))
            continue;
        }
      e = g_ptr_array_index (self->entities, m->entity);
      if (gender != 0 && e->gender != 0 && e->gender != gender)
        continue;
      /* "READ MORE: Love Villa's Jordan Pike splits from …", a caption: a
       * line that ends with no full stop links or labels, and a person of
       * unknown sex in it is no one's antecedent */
      if (e->gender == 0 && m->first < sstart)
        {
          guint pe = g_array_index (self->tokens->paragraphs, PlxRange,
                                    plx_tokens_paragraph_of (self->tokens, m->first)).end;

          if (pe > 0 && !(tok (self, pe - 1)->flags & PLX_TF_TERMINATOR) && tok (self, pe - 1)->kind != PLX_TOK_QUOTE
              && !plx_tokens_is_char (self->tokens, pe - 1, ')'))
            continue;
        }
      if (m->subject)
        return m->entity;
      /* "Marchbank's final answer was her best. “…,” she told the House":
       * a possessive that opens an earlier sentence is its topic */
      if (m->first < sstart && mention_possessive (self, m)
          && plx_tokens_sentence_start (self->tokens, m->first, m->first > 300 ? m->first - 300 : 0) == m->first)
        return m->entity;
      if (fallback < 0)
        fallback = m->entity;
    }
  return fallback;
}

void
plx_people_add_mention (PlxPeople      *self,
                        guint           first,
                        guint           end,
                        int             entity,
                        PlxMentionKind  kind)
{
  if (plx_people_mention_at (self, first) >= 0)
    return;
  add_mention (self, self->extra, first, end, entity, kind);
}

/* A person named only by a speaker label ("KEISHA ODOM, WPHN NEWS:"):
 * @first is a first name, [first, end) two or three words. Returns the
 * entity, an existing one when the name is known, or -1. */
int
plx_people_add_person (PlxPeople *self,
                       guint      first,
                       guint      end)
{
  int e;

  g_return_val_if_fail (self != NULL, -1);

  if (end < first + 2 || end > first + 3 || end > self->tokens->tokens->len
      || !klass (self, first, PLX_CLASS_GIVEN))
    return -1;
  for (guint i = first; i < end; i++)
    if (!is_word (self, i))
      return -1;
  e = register_person (self, first, end, first, first, 0, PLX_MENTION_NAME);
  /* the mention it adds keeps the mentions in token order */
  mentions_sort (self);
  return e;
}

static char *
most_frequent (GPtrArray *forms,
               gboolean (*accept) (PlxPeople *, const char *, char),
               PlxPeople *self,
               char       gender)
{
  g_autoptr(GHashTable) counts = NULL;
  const char *best = NULL;
  guint best_n = 0;

  /* a person is mostly named a few times: count a short list by
   * comparing, a long one in a table */
  if (forms->len > 16)
    {
      counts = g_hash_table_new (plx_str_hash, g_str_equal);
      for (guint i = 0; i < forms->len; i++)
        {
          const char *f = forms->pdata[i];
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, f)) + 1;

          g_hash_table_insert (counts, (gpointer) f, GUINT_TO_POINTER (n));
        }
    }
  for (guint i = 0; i < forms->len; i++)
    {
      const char *f = forms->pdata[i];
      guint n = 0;

      if (best != NULL && (f == best || plx_str_equal (f, best)))
        continue;
      if (accept != NULL && !accept (self, f, gender))
        continue;
      if (counts != NULL)
        n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, f));
      else
        for (guint k = 0; k < forms->len; k++)
          n += plx_str_equal (forms->pdata[k], f);
      if (n > best_n || (n == best_n && best != NULL && strlen (f) > strlen (best)))
        {
          best = f;
          best_n = n;
        }
    }
  return g_strdup (best);
}

static gboolean
accept_nominative (PlxPeople  *self,
                   const char *form,
                   char        gender)
{
  return !plx_lexicon_is_oblique (self->lexicon, form, gender);
}

static char *
prefix_form (GPtrArray *forms)
{
  /* the shortest form that every other form extends: Трамп, Трампа */
  const char *shortest = NULL;
  gboolean distinct = FALSE;

  for (guint i = 0; i < forms->len; i++)
    if (shortest == NULL || strlen (forms->pdata[i]) < strlen (shortest))
      shortest = forms->pdata[i];
  if (shortest == NULL)
    return NULL;
  for (guint i = 0; i < forms->len; i++)
    {
      if (!g_str_has_prefix (forms->pdata[i], shortest))
        return NULL;
      if (!plx_str_equal (forms->pdata[i], shortest))
        distinct = TRUE;
    }
  return distinct ? g_strdup (shortest) : NULL;
}

static char
guess_gender (PlxPeople *self,
              PlxEntity *e)
{
  if (e->gender != 0)
    return e->gender;
  for (guint i = 0; i < e->forms->len; i++)
    {
      const char *f = e->forms->pdata[i];

      /* -овой, -евой, -иной, -ской, -ая: feminine surname forms */
      if (self->inflected
          && (g_str_has_suffix (f, "\xd0\xbe\xd0\xb9") || g_str_has_suffix (f, "\xd0\xb0\xd1\x8f")))
        return 'f';
    }
  /* an unlisted given name in -а/-я with a surname in -ова/-ева/-ина
   * ("Зульфия Сатторова"): a woman */
  if (self->inflected && e->given != NULL
      && (g_str_has_suffix (e->given, "а") || g_str_has_suffix (e->given, "я")))
    for (guint i = 0; i < e->full_forms->len; i++)
      {
        const char *f = e->full_forms->pdata[i];

        if (g_str_has_suffix (f, "ова") || g_str_has_suffix (f, "ева") || g_str_has_suffix (f, "ёва")
            || g_str_has_suffix (f, "ина") || g_str_has_suffix (f, "ына"))
          return 'f';
      }
  return 'm';
}

/* «Ларса Хансена»: a man's first name in the genitive or instrumental
 * («Ларс» + а, ом) makes a surname with the same ending after a consonant,
 * seen in no other form, the same case of a consonant-final surname */
static void
declined_with_given (PlxEntity   *e,
                     const char  *given,
                     char       **surname)
{
  static const char *const endings[] = { "а", "ом" };
  gsize nl = strlen (given), gl = strlen (e->given);
  const char *end = e->given + nl;

  if (*surname == NULL || gl <= nl || strncmp (e->given, given, nl) != 0
      || !ru_consonant (g_utf8_get_char (g_utf8_prev_char (given + nl))))
    return;
  for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
    if (plx_str_equal (end, endings[k]))
      for (guint i = 0; i < e->full_forms->len; i++)
        {
          const char *f = e->full_forms->pdata[i];
          const char *sp = strrchr (f, ' ');
          gsize sl = strlen (*surname), el = strlen (end);

          if (sp == NULL || strncmp (f, e->given, gl) != 0 || f[gl] != ' ' || !plx_str_equal (sp + 1, *surname))
            continue;
          if (sl > el + 4 && g_str_has_suffix (*surname, end)
              && ru_consonant (g_utf8_get_char (g_utf8_prev_char (*surname + sl - el))))
            {
              char *stem = *surname + sl - el;

              (*surname)[sl - el] = '\0';
              /* «Кравца» → «Кравец»: the fleeting е of -ец after a consonant */
              if (g_str_has_suffix (*surname, "ц")
                  && ru_consonant (g_utf8_get_char (g_utf8_prev_char (g_utf8_prev_char (stem)))))
                {
                  char *fleeting = g_strdup_printf ("%.*sец", (int) (stem - *surname - strlen ("ц")), *surname);

                  g_free (*surname);
                  *surname = fleeting;
                }
            }
          else if (sl > 6)
            {
              /* «Николы Теслы», «Ивана Шульги», «Иваном Шульгой»: a man's
               * surname in -а declines like a woman's first name */
              gunichar before = g_utf8_get_char (g_utf8_prev_char (g_utf8_prev_char (*surname + sl)));
              gboolean hush = g_utf8_strchr ("кгхжшчщ", -1, before) != NULL;
              gsize drop = 0;

              if (k == 0 && ((g_str_has_suffix (*surname, "ы") && !hush && before != g_utf8_get_char ("в")
                              && before != g_utf8_get_char ("н"))
                             || (g_str_has_suffix (*surname, "и") && hush)))
                drop = strlen ("ы");
              else if (k == 1 && g_str_has_suffix (*surname, "ой") && sl > 8
                       && ru_consonant (g_utf8_get_char (g_utf8_prev_char (*surname + sl - strlen ("ой")))))
                drop = strlen ("ой");
              if (drop > 0 && (drop > 2 || ru_consonant (before)))
                {
                  char *nom = g_strdup_printf ("%.*sа", (int) (sl - drop), *surname);

                  g_free (*surname);
                  *surname = nom;
                }
            }
          return;
        }
}

/* The nominative of @e's first name when no list knows it: as the text
 * wrote it elsewhere ("Мартен Лакруа" beside "Мартена Лакруа", "Фиона"
 * beside "Фионы"), else by foreign_given_nominative(); *@surname becomes
 * the nominative of a surname that declined with it ("Ларса Хансена"). */
static char *
foreign_given_from_forms (PlxPeople *self,
                          PlxEntity *e,
                          char     **surname)
{
  gsize gl = strlen (e->given);
  const char *raw = NULL;
  g_autofree char *snom = NULL;
  char *nom;

  if (!self->inflected || gl < 4)
    return NULL;
  for (guint i = 0; i < e->full_forms->len; i++)
    {
      const char *f = e->full_forms->pdata[i];
      const char *sp = strchr (f, ' ');
      gsize wl = sp != NULL ? (gsize) (sp - f) : strlen (f);

      if (sp == NULL)
        continue;
      if (wl == gl && strncmp (f, e->given, gl) == 0)
        {
          if (raw == NULL)
            raw = strrchr (f, ' ') + 1;
          continue;
        }
      /* «Мартен» for «Мартена», «Фиона» for «Фионы», «Фионе», «Фионой» */
      if (wl >= 4 && wl < gl && gl - wl <= 4 && strncmp (f, e->given, wl) == 0
          && ru_consonant (g_utf8_get_char (g_utf8_prev_char (f + wl))))
        return g_strndup (f, wl);
      if (wl >= 4 && (g_str_has_suffix (f + wl - 2, "а") || g_str_has_suffix (f + wl - 2, "я"))
          && strncmp (f, e->given, wl - 2) == 0 && gl > wl - 2 && gl - (wl - 2) <= 4
          && !g_unichar_isupper (g_utf8_get_char (e->given + wl - 2)))
        {
          static const char *const oblique[] = { "ы", "и", "е", "у", "ю", "ой", "ей" };

          for (guint k = 0; k < G_N_ELEMENTS (oblique); k++)
            if (plx_str_equal (e->given + wl - 2, oblique[k]))
              return g_strndup (f, wl);
        }
    }
  /* «Коха» beside «Кох»: a consonant-final surname that declines is a
   * man's, and his first name stands in the same case («Рональда») */
  if (raw != NULL && *surname != NULL && !plx_str_equal (*surname, raw) && g_str_has_prefix (raw, *surname)
      && ru_consonant (g_utf8_get_char (g_utf8_prev_char (*surname + strlen (*surname)))))
    {
      const char *end = raw + strlen (*surname);

      if ((plx_str_equal (end, "а") || plx_str_equal (end, "у") || plx_str_equal (end, "ом") || plx_str_equal (end, "е"))
          && g_str_has_suffix (e->given, end) && gl > strlen (end) + 4
          && ru_consonant (g_utf8_get_char (g_utf8_prev_char (e->given + gl - strlen (end)))))
        return g_strndup (e->given, gl - strlen (end));
    }
  nom = foreign_given_nominative (e->given, raw, e->gender, &snom);
  if (nom != NULL && snom != NULL && raw != NULL && *surname != NULL && plx_str_equal (*surname, raw))
    {
      g_free (*surname);
      *surname = g_steal_pointer (&snom);
    }
  return nom;
}

void
plx_people_finish (PlxPeople *self)
{
  if (self->extra->len > 0)
    {
      g_array_append_vals (self->mentions, self->extra->data, self->extra->len);
      g_array_set_size (self->extra, 0);
      mentions_sort (self);
    }

  for (guint k = 0; k < self->entities->len; k++)
    {
      PlxEntity *e = g_ptr_array_index (self->entities, k);
      g_autofree char *surname = NULL;
      g_autofree char *given = NULL;

      if (self->inflected)
        {
          char gender = guess_gender (self, e);

          surname = prefix_form (e->forms);
          if (surname == NULL)
            surname = most_frequent (e->forms, accept_nominative, self, gender);
          if (surname == NULL)
            {
              g_autofree char *f = most_frequent (e->forms, NULL, self, gender);

              surname = plx_lexicon_nominative (self->lexicon, f, gender);
            }
          /* «Ларионов» and «Ларионов-младший»: the name keeps the marker
           * of generation it was written with */
          for (guint f = 0; surname != NULL && f < e->forms->len; f++)
            {
              const char *form = e->forms->pdata[f];
              gsize sl = strlen (surname);

              if (g_str_has_prefix (form, surname) && form[sl] == '-' && form[sl + 1] != '\0'
                  && plx_lexicon_has (self->lexicon, PLX_LEX_NAME_MARKERS, form + sl + 1, strlen (form + sl + 1)))
                {
                  g_free (surname);
                  surname = g_strdup (form);
                  break;
                }
            }
          /* a person named by the first name alone: «Людмилой» → «Людмила» */
          if (e->given == NULL && e->forms->len > 0)
            {
              const char *f0 = e->forms->pdata[0];
              char *nom = plx_lexicon_given_name (self->lexicon, f0, strlen (f0), NULL) != 0
                          ? given_nominative (self, f0, strlen (f0)) : NULL;

              if (nom != NULL)
                {
                  g_free (surname);
                  surname = nom;
                }
            }
          if (e->given != NULL)
            {
              given = given_nominative (self, e->given, strlen (e->given));
              /* a woman's «Валентине» is «Валентина», not «Валентин» */
              if (given != NULL && gender == 'f'
                  && plx_lexicon_given_name (self->lexicon, given, strlen (given), NULL) == 'm')
                {
                  g_autofree char *fem = g_strconcat (given, "\xd0\xb0", NULL);
                  const char *fnom = NULL;

                  if (plx_lexicon_given_name (self->lexicon, fem, strlen (fem), &fnom) == 'f')
                    {
                      g_free (given);
                      given = g_strdup (fem);
                    }
                }
              if (given != NULL)
                declined_with_given (e, given, &surname);
              if (given == NULL)
                given = foreign_given_from_forms (self, e, &surname);
              if (given == NULL)
                given = g_strdup (e->given);
            }
          /* «Светлана и Алексей Гурьевы», «супруги Ивановы»: a surname
           * seen only in the plural of a couple or a family is, for one of
           * them, «Гурьев» or «Гурьева» */
          if (given != NULL && surname != NULL && (gender == 'm' || gender == 'f'))
            {
              static const char *plural[] = { "овы", "евы", "ёвы", "ины", "ыны" };

              for (guint f = 0; f < G_N_ELEMENTS (plural); f++)
                if (g_str_has_suffix (surname, plural[f]) && strlen (surname) > strlen (plural[f]) + 2)
                  {
                    gsize stem = strlen (surname) - strlen ("ы");
                    char *one = g_strdup_printf ("%.*s%s", (int) stem, surname, gender == 'f' ? "а" : "");

                    g_free (surname);
                    surname = one;
                    break;
                  }
            }
          if (given != NULL && g_str_has_suffix (given, ".") && e->full_forms->len > 0)
            {
              /* initials: keep them all, "А. В. Громов" */
              g_autofree char *full = most_frequent (e->full_forms, NULL, self, 0);
              const char *sp = strrchr (full, ' ');
              g_autofree char *initials = sp != NULL ? g_strndup (full, sp - full) : NULL;

              e->name = initials != NULL ? g_strconcat (initials, " ", surname, NULL)
                                         : g_strdup (full);
            }
          else
            e->name = given != NULL ? g_strconcat (given, " ", surname, NULL) : g_strdup (surname);
          /* «Рауль Дуарте Сантос», «Ян ван дер Берг»: a second surname or
           * particles between, written so in the nominative, stay in the
           * name (a patronymic does not: «Иван Петрович Сидоров») */
          for (guint f = 0; given != NULL && surname != NULL && f < e->full_forms->len; f++)
            {
              static const char *const patronymic[] = { "ич", "вна", "чна" };
              const char *full = e->full_forms->pdata[f];
              gsize gl = strlen (given), sl = strlen (surname), fl = strlen (full);
              gboolean middle_ok = TRUE;

              /* "Рауль Дуарте Сантос" for «Рауль» and «Дуарте» (named
               * alone before): the surname then a second one */
              if (fl > gl + sl + 3 && strncmp (full, given, gl) == 0 && full[gl] == ' '
                  && strncmp (full + gl + 1, surname, sl) == 0 && full[gl + 1 + sl] == ' '
                  && strchr (full + gl + sl + 2, ' ') == NULL
                  && g_unichar_isupper (g_utf8_get_char (full + gl + sl + 2)))
                {
                  g_free (e->name);
                  e->name = g_strdup (full);
                  break;
                }
              if (fl <= gl + sl + 2 || strncmp (full, given, gl) != 0 || full[gl] != ' '
                  || strcmp (full + fl - sl, surname) != 0 || full[fl - sl - 1] != ' ')
                continue;
              {
                g_autofree char *mid = g_strndup (full + gl + 1, fl - sl - gl - 2);
                g_auto(GStrv) words = g_strsplit (mid, " ", -1);

                for (guint w = 0; words[w] != NULL && middle_ok; w++)
                  for (guint p = 0; p < G_N_ELEMENTS (patronymic) && middle_ok; p++)
                    if (g_str_has_suffix (words[w], patronymic[p]) || words[w][0] == '\0'
                        || g_str_has_suffix (words[w], "."))
                      middle_ok = FALSE;
              }
              if (middle_ok)
                {
                  g_free (e->name);
                  e->name = g_strdup (full);
                  break;
                }
            }
        }
      else
        {
          if (e->full_forms->len > 0)
            e->name = most_frequent (e->full_forms, NULL, self, 0);
          else
            e->name = most_frequent (e->forms, NULL, self, 0);
        }
      if (e->name == NULL)
        e->name = g_strdup ("?");

      e->aliases = g_ptr_array_new_with_free_func (g_free);
      {
        guint n_forms = e->full_forms->len + e->forms->len;
        /* the name and the aliases so far: in a table when there are many
         * forms, else found by comparing */
        g_autoptr(GHashTable) seen = n_forms > 16 ? g_hash_table_new (plx_str_hash, g_str_equal) : NULL;

        GPtrArray *namesakes = g_hash_table_lookup (self->by_surname, e->surname_key);
        /* "Mark and Dana Whitcomb": a bare surname two people share is
         * an alias only of the one it was used for */
        gboolean shared = e->n_bare == 0 && e->given_key != NULL && namesakes != NULL && namesakes->len > 1;

        if (seen != NULL)
          g_hash_table_add (seen, e->name);
        for (guint i = 0; i < n_forms; i++)
          {
            char *f = i < e->full_forms->len ? e->full_forms->pdata[i]
                                             : e->forms->pdata[i - e->full_forms->len];
            gboolean is_new;

            if (shared && i >= e->full_forms->len)
              continue;

            if (seen != NULL)
              is_new = g_hash_table_add (seen, f);
            else
              {
                is_new = !plx_str_equal (f, e->name);
                for (guint a = 0; is_new && a < e->aliases->len; a++)
                  is_new = !plx_str_equal (f, e->aliases->pdata[a]);
              }
            if (is_new)
              g_ptr_array_add (e->aliases, g_strdup (f));
          }
      }
    }
}

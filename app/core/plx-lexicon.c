/* plx-lexicon.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-lexicon"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <jansson.h>

#include "plx-data.h"
#include "plx-error.h"
#include "plx-lexicon.h"
#include "plx-wordhash-private.h"

#define KEY_MAX 128
#define CLASS_FILTER_BITS 65536

typedef struct
{
  guint  n;
  guint  order;   /* in its list as loaded */
  char **keys;
  guint *hashes;  /* plx_str_hash() of each key: most keys differ in it */
  char  *value;
} Phrase;

typedef struct
{
  char  gender;
  char *nominative;
} GivenName;

/* The word classes (PLX_CLASS_BIT) a string gives as a folded word and as
 * a key */
typedef struct
{
  guint64 as_fold;
  guint64 as_key;
} ClassBits;

/* The phrase lists a key starts phrases in (borrowed from the lexicon's
 * phrase tables), NULL where it starts none */
typedef struct
{
  GPtrArray *candidates[PLX_LEX_N_PHRASES];
} PhraseStarts;

typedef struct
{
  char *suffix;
  char *replacement;
  gsize suffix_len;
} Rule;

/* A set remembers which two characters its strings start with (the bits
 * of plx_lexicon_key_prefix_bit()), so that most words are found not to be
 * in it before their keys are looked up */
struct _PlxLexicon
{
  PlxLexiconHead head;                      /* (first) see plx-lexicon.h */
  char       *language;
  GHashTable *sets[PLX_LEX_N_SETS];
  gboolean    set_stemmed[PLX_LEX_N_SETS];
  GHashTable *phrases[PLX_LEX_N_PHRASES];   /* first key → GPtrArray<Phrase*> */
  GHashTable *phrase_starts;                /* first key → PhraseStarts*, all lists */
  guint       phrase_max[PLX_LEX_N_PHRASES];
  GHashTable *speech_verbs;                 /* form → lemma */
  GHashTable *pronouns;                     /* form → "m"/"f" */
  GHashTable *honorifics;                   /* key → "m"/"f"/"?" */
  GHashTable *given_names;                  /* key → GivenName* (borrowed) */
  GHashTable *given_exact;                  /* folded nominative → GivenName* (borrowed) */
  GPtrArray  *given_all;                    /* GivenName*, owner of both tables' values */
  GHashTable *nationalities;                /* key → code */
  GHashTable *org_officers;                 /* folded phrase: "chief executive", "shareholders" */
  guint32     officer_starts[2048];         /* bit per first two bytes of an org_officers key */
  GHashTable *lists[PLX_LEX_N_LISTS];       /* folded words, per PlxLexList */
  GPtrArray  *case_endings;                 /* char*, longest first */
  GArray     *ending_bytes;                 /* gsize per case ending */
  GArray     *ending_chars;                 /* glong per case ending */
  guint      *ending_first;                 /* 257 entries: by last byte, into ending_order */
  guint      *ending_order;                 /* case ending indices by last byte, longest first */
  GPtrArray  *patronymics;                  /* char* suffixes */
  GArray     *patronymic_bytes;             /* gsize per patronymic suffix */
  guint      *patronymic_first;             /* 257 entries: by last byte, into patronymic_order */
  guint      *patronymic_order;             /* patronymic suffix indices by last byte */
  gboolean    patronymic_empty;             /* an empty suffix: every word of three bytes or more */
  GArray     *nominative_rules[2];          /* Rule; [0] masculine, [1] feminine */
  guint64     set_prefixes[PLX_LEX_N_SETS][PLX_LEXICON_PREFIX_BITS / 64];  /* plx_lexicon_key_prefix_bit() */
  gboolean    set_filtered[PLX_LEX_N_SETS]; /* set_prefixes holds every string of the set */
  GHashTable *class_table;                  /* string (borrowed) → 1 + index into class_bits */
  guint64     class_filter[CLASS_FILTER_BITS / 64];  /* bit per plx_str_hash() of a class_table string */
  GArray     *class_bits;                   /* ClassBits */
  GRWLock     class_lock;
  GHashTable *class_cache;                  /* word as written → classes (in the pointer, or a guint64* where pointers are narrower) */
  guint       min_stem;
};

static const struct { const char *name; PlxLexSet set; gboolean stem; } set_names[] = {
  { "stopwords", PLX_LEX_STOPWORDS, FALSE },
  { "complementizers", PLX_LEX_COMPLEMENTIZERS, FALSE },
  { "clause_starters", PLX_LEX_CLAUSE_STARTERS, FALSE },
  { "abbreviations", PLX_LEX_ABBREVIATIONS, FALSE },
  { "name_particles", PLX_LEX_NAME_PARTICLES, FALSE },
  { "role_nouns", PLX_LEX_ROLE_NOUNS, TRUE },
  { "head_words", PLX_LEX_HEAD_WORDS, TRUE },
  { "org_words", PLX_LEX_ORG_WORDS, TRUE },
  { "places", PLX_LEX_PLACES, TRUE },
  { "events", PLX_LEX_EVENTS, TRUE },
  { "months", PLX_LEX_MONTHS, TRUE },
  { "weekdays", PLX_LEX_WEEKDAYS, TRUE },
  { "eponym_nouns", PLX_LEX_EPONYM_NOUNS, TRUE },
  { "indeclinable", PLX_LEX_INDECLINABLE, FALSE },
  { "non_speech_objects", PLX_LEX_NON_SPEECH_OBJECTS, FALSE },
  { "determiners", PLX_LEX_DETERMINERS, FALSE },
  { "prepositions", PLX_LEX_PREPOSITIONS, FALSE },
  { "generic_roles", PLX_LEX_GENERIC_ROLES, TRUE },
  { "anonymous_roles", PLX_LEX_ANONYMOUS_ROLES, TRUE },
  { "deputy_words", PLX_LEX_DEPUTY_WORDS, TRUE },
  { "clause_blockers", PLX_LEX_CLAUSE_BLOCKERS, FALSE },
  { "question_particles", PLX_LEX_QUESTION_PARTICLES, FALSE },
  { "indefinites", PLX_LEX_INDEFINITES, FALSE },
  { "question_words", PLX_LEX_QUESTION_WORDS, FALSE },
  { "object_verbs", PLX_LEX_OBJECT_VERBS, FALSE },
  { "passive_auxiliaries", PLX_LEX_PASSIVE_AUX, FALSE },
  { "coordinators", PLX_LEX_COORDINATORS, FALSE },
  { "naming_verbs", PLX_LEX_NAMING_VERBS, FALSE },
  { "negations", PLX_LEX_NEGATIONS, FALSE },
  { "infinitive_markers", PLX_LEX_INFINITIVE, FALSE },
  { "participle_cues", PLX_LEX_PARTICIPLE_CUES, FALSE },
  { "circumstance_nouns", PLX_LEX_CIRCUMSTANCES, FALSE },
  { "place_heads", PLX_LEX_PLACE_HEADS, TRUE },
  { "agent_markers", PLX_LEX_AGENT_MARKERS, FALSE },
  { "finite_verbs", PLX_LEX_FINITE_VERBS, FALSE },
  { "relative_pronouns", PLX_LEX_RELATIVES, FALSE },
  { "name_markers", PLX_LEX_NAME_MARKERS, FALSE },
  { "quoting_verbs", PLX_LEX_QUOTING_VERBS, FALSE },
  { "mandative_verbs", PLX_LEX_MANDATIVE, FALSE },
  { "concessives", PLX_LEX_CONCESSIVES, FALSE },
  { "possessive_determiners", PLX_LEX_POSSESSIVES, FALSE },
  { "manner_verbs", PLX_LEX_MANNER_VERBS, FALSE },
  { "subordinators", PLX_LEX_SUBORDINATORS, FALSE },
  { "question_verbs", PLX_LEX_QUESTION_VERBS, FALSE },
  { "source_nouns", PLX_LEX_SOURCE_NOUNS, TRUE },
  { "source_verbs", PLX_LEX_SOURCE_VERBS, FALSE },
  { "younger_words", PLX_LEX_YOUNGER_WORDS, FALSE },
  { "older_words", PLX_LEX_OLDER_WORDS, FALSE },
};

static const char *list_names[PLX_LEX_N_LISTS] = {
  "modal_verbs", "interlocutor_nouns", "group_members", "crowd_cues", "time_adverbs", "country_players",
  "agent_roles", "kin_female", "kin_male", "org_heads", "eponymous_firms",
  "withheld_name", "anonymity_words", "withheld_objects",
  "media_titles", "place_prepositions", "event_subordinators", "data_markers",
};

static const char *phrase_names[PLX_LEX_N_PHRASES] = {
  "titles", "according_markers", "scare_triggers", "byline_markers",
  "institutions", "as_markers", "speech_phrases", "role_aliases", "anaphoric_markers",
  "transcript_markers",
};

G_LOCK_DEFINE_STATIC (lexicons);
static GHashTable *lexicons;

static void
phrase_free (gpointer data)
{
  Phrase *p = data;

  g_strfreev (p->keys);
  g_free (p->hashes);
  g_free (p->value);
  g_free (p);
}

static void
given_name_free (gpointer data)
{
  GivenName *g = data;

  g_free (g->nominative);
  g_free (g);
}

/* Longest phrase first, then as listed */
static int
compare_phrases (gconstpointer a,
                 gconstpointer b)
{
  const Phrase *pa = *(Phrase * const *) a;
  const Phrase *pb = *(Phrase * const *) b;

  if (pa->n != pb->n)
    return pa->n > pb->n ? -1 : 1;
  return (pa->order > pb->order) - (pa->order < pb->order);
}

static int
compare_by_length_desc (gconstpointer a,
                        gconstpointer b)
{
  gsize la = strlen (*(const char **) a);
  gsize lb = strlen (*(const char **) b);

  return (la < lb) - (la > lb);
}

/* Folds the Cyrillic letter encoded as @c @d (lead byte 0xD0 or 0xD1) the
 * way the general path of plx_lexicon_fold() does: А-Я → а-я, Ё ё → е,
 * а-я as they are. FALSE for the other letters of the block. */
static inline gboolean
cyrillic_fold (guchar  c,
               guchar  d,
               char   *out)
{
  if (d < 0x80 || d >= 0xC0)
    return FALSE;
  if (c == 0xD0 && d >= 0x90 && d < 0xA0)
    {
      out[0] = (char) 0xD0;
      out[1] = (char) (d + 0x20);
    }
  else if (c == 0xD0 && d >= 0xA0 && d < 0xB0)
    {
      out[0] = (char) 0xD1;
      out[1] = (char) (d - 0x20);
    }
  else if ((c == 0xD0 && d == 0x81) || (c == 0xD1 && d == 0x91))
    {
      out[0] = (char) 0xD0;
      out[1] = (char) 0xB5;
    }
  else if ((c == 0xD0 && d >= 0xB0) || (c == 0xD1 && d < 0x90))
    {
      out[0] = (char) c;
      out[1] = (char) d;
    }
  else
    return FALSE;
  return TRUE;
}

gboolean
plx_lexicon_fold (PlxLexicon *self,
                  const char *word,
                  gsize       len,
                  char       *buf,
                  gsize       buf_size)
{
  const char *p = word;
  const char *end = word + len;
  gsize o = 0;

  /* the common case first: ASCII letters and the Cyrillic of the fast
   * path below fold to as many bytes as they take, so while only they
   * come, a word shorter than @buf always fits */
  if (len < buf_size)
    {
      while (p < end)
        {
          guchar c = (guchar) *p;
          guint pair;

          if (c < 0x80)
            {
              buf[o++] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
              p++;
            }
          else if (p + 1 < end && (((pair = (guint) plx_load_le (p, 2)) & 0xF0FF) == 0xB0D0
                                   || (pair & 0xF0FF) == 0x80D1))
            {
              /* а–п, р–я (the commonest letters) fold to themselves */
              buf[o] = p[0];
              buf[o + 1] = p[1];
              o += 2;
              p += 2;
            }
          else if ((c == 0xD0 || c == 0xD1) && p + 1 < end
                   && cyrillic_fold (c, (guchar) p[1], buf + o))
            {
              o += 2;
              p += 2;
            }
          else
            break;
        }
    }
  while (p < end)
    {
      guchar c = (guchar) *p;

      if (c < 0x80)
        {
          if (o + 1 >= buf_size)
            return FALSE;
          buf[o++] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
          p++;
        }
      else
        {
          gunichar u;
          char tmp[6];
          int n;

          if ((c == 0xD0 || c == 0xD1) && p + 1 < end && cyrillic_fold (c, (guchar) p[1], tmp))
            {
              /* the common case, without decoding */
              if (o + 2 >= buf_size)
                return FALSE;
              buf[o] = tmp[0];
              buf[o + 1] = tmp[1];
              o += 2;
              p += 2;
              continue;
            }
          u = g_utf8_get_char_validated (p, end - p);

          if (u == (gunichar) -1 || u == (gunichar) -2)
            return FALSE;
          p = g_utf8_next_char (p);
          if (u == 0x2019 || u == 0x2018 || u == 0x02BC)
            u = '\'';
          else if (u == 0x0401 || u == 0x0451)
            u = 0x0435;   /* ё → е */
          else if (u == 0x2010 || u == 0x2011)
            u = '-';
          else
            u = g_unichar_tolower (u);
          n = g_unichar_to_utf8 (u, tmp);
          if (o + n >= buf_size)
            return FALSE;
          memcpy (buf + o, tmp, n);
          o += n;
        }
    }
  buf[o] = '\0';
  return TRUE;
}

static void
strip_possessive (char *buf)
{
  gsize n = strlen (buf);

  if (n > 3 && buf[n - 2] == '\'' && buf[n - 1] == 's')
    buf[n - 2] = '\0';
  else if (n > 3 && buf[n - 1] == '\'' && buf[n - 2] == 's')
    buf[n - 1] = '\0';
}

/* The characters of the @n bytes of well-formed UTF-8 at @s (what
 * g_utf8_strlen() counts, without the call): the bytes that are no
 * continuation bytes */
static inline glong
utf8_chars (const char *s,
            gsize       n)
{
  glong count = 0;

  for (gsize k = 0; k < n; k++)
    count += ((guchar) s[k] & 0xC0) != 0x80;
  return count;
}

static void
strip_ending (PlxLexicon *self,
              char       *buf)
{
  gsize n;
  glong n_chars = -1;
  guint last;

  if (self->case_endings->len == 0 || self->ending_first == NULL)
    return;
  n = strlen (buf);
  if (n == 0)
    return;
  last = (guchar) buf[n - 1];
  for (guint k = self->ending_first[last]; k < self->ending_first[last + 1]; k++)
    {
      guint i = self->ending_order[k];
      const char *e = g_ptr_array_index (self->case_endings, i);
      gsize el = g_array_index (self->ending_bytes, gsize, i);

      /* (the last byte matches: the one before tells most endings
       * apart) */
      if (el >= n || (el > 1 && buf[n - 2] != e[el - 2]) || memcmp (buf + n - el, e, el) != 0)
        continue;
      if (n_chars < 0)
        n_chars = utf8_chars (buf, n);
      if (n_chars - g_array_index (self->ending_chars, glong, i) < (glong) self->min_stem)
        continue;
      buf[n - el] = '\0';
      return;
    }
}

static gboolean
key_compute (PlxLexicon *self,
             const char *word,
             gsize       len,
             char       *buf,
             gsize       buf_size)
{
  if (!plx_lexicon_fold (self, word, len, buf, buf_size))
    return FALSE;
  strip_possessive (buf);
  strip_ending (self, buf);
  return TRUE;
}

/* Keys, phrase starts, speech lemmas and given names are remembered per
 * thread across texts, by the word as written: a two-way associative table of
 * short word forms, tagged with their lexicon (a published lexicon is
 * immutable and lives as long as the process). A word of up to SLOT_WORD
 * bytes is identified by its length and three (overlapping) loads of its
 * bytes, which together spell the whole word (as in plx-tokenize.c). Every
 * entry holds exactly what the uncached functions return for the word. */
#define N_SLOTS_BITS 14
#define N_WAYS 2
#define N_SLOTS (N_WAYS << N_SLOTS_BITS)
#define SLOT_WORD 24
#define SLOT_KEY 28

enum
{
  KNOW_KEY    = 1 << 0,   /* key, key_len, fold_len are set */
  KNOW_NO_KEY = 1 << 1,   /* no key that fits: always ask key_compute() */
  KNOW_STARTS = 1 << 2,
  KNOW_LEMMA  = 1 << 3,
  KNOW_GIVEN  = 1 << 4,
  KNOW_GIVEN_NOM = 1 << 5,   /* given_nom is set */
  KNOW_GIVEN_NOM_AS_WRITTEN = 1 << 6,   /* the first name's nominative is the word itself */
};

typedef struct
{
  guint64             raw[3];
  PlxLexicon         *lexicon;   /* NULL: empty */
  const PhraseStarts *starts;
  const char         *lemma;
  const GivenName    *given;
  const char         *given_nom; /* plx_lexicon_given_nominative() unless as written */
  guint8              len;
  guint8              known;     /* KNOW_* */
  guint8              fold_len;  /* bytes of the folded word */
  guint8              key_len;
  char                key[SLOT_KEY];
  guint32             lists_known; /* bit l: whether the word is in list l is known … */
  guint32             lists_in;    /* … and it is (plx_lexicon_in_list()) */
} WordSlot;

G_STATIC_ASSERT (PLX_LEX_N_LISTS <= 32);

/* the thread's table: found through a thread-local variable, freed at the
 * thread's exit through the GPrivate */
static __thread WordSlot *word_slots;

static void
word_slots_free (gpointer data)
{
  if (word_slots == data)
    word_slots = NULL;
  g_free (data);
}

static GPrivate word_slots_owner = G_PRIVATE_INIT (word_slots_free);

/* The thread's table, made on its first use */
static G_GNUC_NO_INLINE WordSlot *
word_slots_new (void)
{
  word_slots = g_new0 (WordSlot, N_SLOTS);
  g_private_set (&word_slots_owner, word_slots);
  return word_slots;
}

/* word_slot() for a word in neither slot of its set @slot: it takes the
 * first, whose word moves to the second */
static G_GNUC_NO_INLINE WordSlot *
word_slot_take (PlxLexicon    *self,
                WordSlot      *slot,
                const guint64  raw[3],
                gsize          len)
{
  slot[1] = slot[0];
  slot->lexicon = self;
  slot->len = (guint8) len;
  memcpy (slot->raw, raw, 3 * sizeof (guint64));
  slot->known = 0;
  slot->lists_known = 0;
  return slot;
}

/* The slot of @word (1 to SLOT_WORD bytes) in this thread, emptied when it
 * held another word (the look-up inline in its callers, the rest out of
 * line: most words asked about are there) */
static inline WordSlot *
word_slot (PlxLexicon *self,
           const char *word,
           gsize       len)
{
  WordSlot *slots = word_slots;
  WordSlot *slot;
  guint64 raw[3], h;

  if (G_UNLIKELY (slots == NULL))
    slots = word_slots_new ();
  G_STATIC_ASSERT (N_WAYS == 2);
  plx_word_fingerprint (word, len, raw);
  h = plx_word_fingerprint_hash (raw, len, GPOINTER_TO_SIZE (self) >> 4);
  /* the word may be in either slot of its set; a new word takes the
   * first, whose word moves to the second (slots do not move on a hit,
   * so a caller may keep its word's slot while it asks about the same
   * word again) */
  slot = &slots[(h >> (64 - N_SLOTS_BITS)) * N_WAYS];
  if (G_LIKELY (slot->lexicon == self && slot->len == len && memcmp (slot->raw, raw, sizeof raw) == 0))
    return slot;
  if (slot[1].lexicon == self && slot[1].len == len && memcmp (slot[1].raw, raw, sizeof raw) == 0)
    return slot + 1;
  return word_slot_take (self, slot, raw, len);
}

/* Keeps in @slot the key @key (@kl bytes) of a word whose folded form is
 * @fl bytes long, exactly what key_compute() returns; or marks that it
 * does not fit a slot */
static inline void
slot_set_key (WordSlot   *slot,
              const char *key,
              gsize       fl,
              gsize       kl)
{
  if (kl < SLOT_KEY && fl < 256)
    {
      slot->fold_len = (guint8) fl;
      slot->key_len = (guint8) kl;
      memcpy (slot->key, key, kl + 1);
      slot->known = (slot->known & ~KNOW_NO_KEY) | KNOW_KEY;
    }
  else
    slot->known |= KNOW_NO_KEY;
}

/* The slot of @word with its key filled in, or NULL when the word is not
 * cached or its key does not fit a slot */
static inline WordSlot *
keyed_slot (PlxLexicon *self,
            const char *word,
            gsize       len)
{
  WordSlot *slot;

  if (len == 0 || len > SLOT_WORD)
    return NULL;
  slot = word_slot (self, word, len);
  if (G_UNLIKELY (!(slot->known & (KNOW_KEY | KNOW_NO_KEY))))
    {
      char buf[KEY_MAX];
      gsize fl;

      /* key_compute() in two steps, for the length of the folded word */
      if (plx_lexicon_fold (self, word, len, buf, sizeof buf))
        {
          fl = strlen (buf);
          strip_possessive (buf);
          strip_ending (self, buf);
          slot_set_key (slot, buf, fl, strlen (buf));
        }
      else
        slot->known |= KNOW_NO_KEY;
    }
  return (slot->known & KNOW_KEY) ? slot : NULL;
}

/* plx_lexicon_key(), inline for the look-ups of this file */
static inline gboolean
slot_key (PlxLexicon *self,
          const char *word,
          gsize       len,
          char       *buf,
          gsize       buf_size)
{
  WordSlot *slot = keyed_slot (self, word, len);

  /* fold fails when the folded word does not fit @buf */
  if (slot == NULL || slot->fold_len >= buf_size)
    return key_compute (self, word, len, buf, buf_size);
  /* the whole slot's key at once where it fits (bytes after its NUL
   * included) */
  if (buf_size >= SLOT_KEY)
    memcpy (buf, slot->key, SLOT_KEY);
  else
    memcpy (buf, slot->key, slot->key_len + 1);
  return TRUE;
}

gboolean
plx_lexicon_key (PlxLexicon *self,
                 const char *word,
                 gsize       len,
                 char       *buf,
                 gsize       buf_size)
{
  return slot_key (self, word, len, buf, buf_size);
}

static void
key_of_string (PlxLexicon *self,
               const char *s,
               gboolean    stem,
               char       *buf)
{
  /* uncached: the lexicon is not complete while it loads */
  if (stem)
    {
      if (!key_compute (self, s, strlen (s), buf, KEY_MAX))
        buf[0] = '\0';
    }
  else if (!plx_lexicon_fold (self, s, strlen (s), buf, KEY_MAX))
    buf[0] = '\0';
}

int
plx_lexicon_key_prefix_bit (const char *key)
{
  guint h = 0;
  gsize n = 0;

  g_return_val_if_fail (key != NULL, -1);

  for (guint c = 0; c < 2; c++)
    {
      gsize end;

      if (key[n] == '\0')
        return -1;
      end = n + g_utf8_skip[(guchar) key[n]];
      for (; n < end; n++)
        {
          if (key[n] == '\0')
            return -1;
          h = h * 31u + (guchar) key[n];
        }
    }
  return (int) (h % PLX_LEXICON_PREFIX_BITS);
}

/* а–п р–я (not ё) at @s: a Russian lower-case letter that folds to itself */
static inline gboolean
cyrillic_lower (const guchar *s)
{
  return (s[0] == 0xD0 && s[1] >= 0xB0 && s[1] <= 0xBF) || (s[0] == 0xD1 && s[1] >= 0x80 && s[1] <= 0x8F);
}

int
plx_lexicon_prefix_bit (PlxLexicon *self,
                        const char *word,
                        gsize       len)
{
  const guchar *w = (const guchar *) word;
  char buf[16];
  gsize n = 0;

  g_return_val_if_fail (self != NULL && (word != NULL || len == 0), -1);

  /* the common cases, which fold to themselves: two ASCII characters
   * that are no capitals, two lower-case Russian letters */
  if (len >= 2 && w[0] < 0x80 && w[1] < 0x80 && !g_ascii_isupper (w[0]) && !g_ascii_isupper (w[1]))
    return (int) ((w[0] * 31u + w[1]) % PLX_LEXICON_PREFIX_BITS);
  if (len >= 4 && cyrillic_lower (w) && cyrillic_lower (w + 2))
    return (int) ((((w[0] * 31u + w[1]) * 31u + w[2]) * 31u + w[3]) % PLX_LEXICON_PREFIX_BITS);
  /* the fold of the first two characters starts the folded word */
  for (guint c = 0; c < 2 && n < len; c++)
    n += g_utf8_skip[w[n]];
  if (!plx_lexicon_fold (self, word, MIN (n, len), buf, sizeof buf))
    return -1;
  return plx_lexicon_key_prefix_bit (buf);
}

gboolean
plx_lexicon_has (PlxLexicon *self,
                 PlxLexSet   set,
                 const char *word,
                 gsize       len)
{
  char buf[KEY_MAX];

  g_return_val_if_fail (self != NULL && set < PLX_LEX_N_SETS, FALSE);

  /* the key or the folded word starts with the folded word's first two
   * characters (every string of a filtered set has two or more) */
  if (self->set_filtered[set])
    {
      int bit = plx_lexicon_prefix_bit (self, word, len);

      if (bit < 0 || !(self->set_prefixes[set][bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64))))
        return FALSE;
    }
  if (self->set_stemmed[set])
    {
      if (!plx_lexicon_key (self, word, len, buf, sizeof buf))
        return FALSE;
    }
  else if (!plx_lexicon_fold (self, word, len, buf, sizeof buf))
    return FALSE;
  return g_hash_table_contains (self->sets[set], buf);
}

static const char *
speech_lemma_compute (PlxLexicon *self,
                      const char *word,
                      gsize       len)
{
  char buf[KEY_MAX];

  if (!plx_lexicon_fold (self, word, len, buf, sizeof buf))
    return NULL;
  return g_hash_table_lookup (self->speech_verbs, buf);
}

const char *
plx_lexicon_speech_lemma (PlxLexicon *self,
                          const char *word,
                          gsize       len)
{
  WordSlot *slot;

  if (len == 0 || len > SLOT_WORD)
    return speech_lemma_compute (self, word, len);
  slot = word_slot (self, word, len);
  if (!(slot->known & KNOW_LEMMA))
    {
      slot->lemma = speech_lemma_compute (self, word, len);
      slot->known |= KNOW_LEMMA;
    }
  return slot->lemma;
}

char
plx_lexicon_pronoun (PlxLexicon *self,
                     const char *word,
                     gsize       len)
{
  char buf[KEY_MAX];
  const char *g;

  if (!plx_lexicon_fold (self, word, len, buf, sizeof buf))
    return 0;
  g = g_hash_table_lookup (self->pronouns, buf);
  return g != NULL ? g[0] : 0;
}

char
plx_lexicon_honorific (PlxLexicon *self,
                       const char *word,
                       gsize       len)
{
  char buf[KEY_MAX];
  const char *g;
  gsize n;

  if (!plx_lexicon_fold (self, word, len, buf, sizeof buf))
    return 0;
  n = strlen (buf);
  if (n > 1 && buf[n - 1] == '.')
    buf[n - 1] = '\0';
  g = g_hash_table_lookup (self->honorifics, buf);
  return g != NULL ? g[0] : 0;
}

static const GivenName *
given_name_compute (PlxLexicon *self,
                    const char *word,
                    gsize       len)
{
  char buf[KEY_MAX];
  const GivenName *g;

  /* a dictionary form first: "Валентина" is a woman, not Валентин's genitive */
  if (!plx_lexicon_fold (self, word, len, buf, sizeof buf))
    return NULL;
  g = g_hash_table_lookup (self->given_exact, buf);
  if (g == NULL)
    {
      if (!plx_lexicon_key (self, word, len, buf, sizeof buf))
        return NULL;
      g = g_hash_table_lookup (self->given_names, buf);
    }
  return g;
}

static gboolean
word_in (PlxLexicon *self,
         GHashTable *set,
         const char *word,
         gsize       len)
{
  char buf[KEY_MAX];

  return g_hash_table_size (set) > 0 && plx_lexicon_fold (self, word, len, buf, sizeof buf)
         && g_hash_table_contains (set, buf);
}

gboolean
plx_lexicon_in_list (PlxLexicon *self,
                     PlxLexList  list,
                     const char *word,
                     gsize       len)
{
  WordSlot *slot;
  guint32 bit = 1u << list;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (list < PLX_LEX_N_LISTS, FALSE);

  if (word == NULL)
    return FALSE;
  if (len == 0 || len > SLOT_WORD)
    return word_in (self, self->lists[list], word, len);
  /* the passes ask about the same few words again and again: the answer
   * is kept in the word's slot */
  slot = word_slot (self, word, len);
  if (!(slot->lists_known & bit))
    {
      if (word_in (self, self->lists[list], word, len))
        slot->lists_in |= bit;
      else
        slot->lists_in &= ~bit;
      slot->lists_known |= bit;
    }
  return (slot->lists_in & bit) != 0;
}

/* g_ascii_tolower() without the call (this asks about most words) */
static inline guchar
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (guchar) (c - 'A' + 'a') : (guchar) c;
}

gboolean
plx_lexicon_org_officer (PlxLexicon *self,
                         const char *phrase,
                         gsize       len)
{
  guint start;

  /* two ASCII bytes fold to their lower case, a Russian letter to the
   * two bytes of cyrillic_fold(), and most words start with two bytes no
   * key starts with */
  if (len >= 2 && (guchar) phrase[0] < 0x80 && (guchar) phrase[1] < 0x80)
    {
      start = (guint) ascii_lower (phrase[0]) << 8 | (guint) ascii_lower (phrase[1]);
      if (!(self->officer_starts[start >> 5] & (1u << (start & 31))))
        return FALSE;
    }
  else if (len >= 2 && ((guchar) phrase[0] == 0xD0 || (guchar) phrase[0] == 0xD1))
    {
      char first[2];

      if (cyrillic_fold ((guchar) phrase[0], (guchar) phrase[1], first))
        {
          start = (guint) (guchar) first[0] << 8 | (guchar) first[1];
          if (!(self->officer_starts[start >> 5] & (1u << (start & 31))))
            return FALSE;
        }
    }
  return word_in (self, self->org_officers, phrase, len);
}

char
plx_lexicon_given_name (PlxLexicon  *self,
                        const char  *word,
                        gsize        len,
                        const char **nominative)
{
  const GivenName *g;

  if (len == 0 || len > SLOT_WORD)
    g = given_name_compute (self, word, len);
  else
    {
      WordSlot *slot = word_slot (self, word, len);

      if (!(slot->known & KNOW_GIVEN))
        {
          /* (only this word's slot is used meanwhile) */
          slot->given = given_name_compute (self, word, len);
          slot->known |= KNOW_GIVEN;
        }
      g = slot->given;
    }
  if (g == NULL)
    return 0;
  if (nominative != NULL)
    *nominative = g->nominative;
  return g->gender;
}

/* whether @c is a Russian consonant letter (й, ь and ъ are not) */
static gboolean
ru_consonant (gunichar c)
{
  return c != 0 && g_utf8_strchr ("бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ", -1, c) != NULL;
}

/* The dictionary form of the first name @cand when @cand is that very
 * form (the same letters once folded), of gender @g ('m', 'f'; 0: any);
 * else NULL */
static const char *
given_listed_as (PlxLexicon *self,
                 const char *cand,
                 char        g)
{
  const char *nom = NULL;
  char a[KEY_MAX], b[KEY_MAX];
  char found = plx_lexicon_given_name (self, cand, strlen (cand), &nom);

  if (found == 0 || (g != 0 && found != g) || nom == NULL
      || !plx_lexicon_fold (self, nom, strlen (nom), a, sizeof a)
      || !plx_lexicon_fold (self, cand, strlen (cand), b, sizeof b))
    return NULL;
  return g_str_equal (a, b) ? nom : NULL;
}

/* The dictionary form of the first name @w ("Николая" → "Николай"), or
 * NULL when it is no listed first name. A masculine name in -й declines
 * like a stem in -й ("Николая", "Николаю", "Николаем", "Николае"), which a
 * stem lookup can take for a shorter name ("Никол"): the -й form wins. */
static const char *
given_nominative_compute (PlxLexicon *self,
                          const char *w,
                          gsize       len,
                          gsize      *out_len)
{
  static const char *endings[] = { "ем", "я", "ю", "е" };
  const char *nom = NULL;
  char a[KEY_MAX], b[KEY_MAX];

  if (plx_lexicon_given_name (self, w, len, &nom) == 0 || nom == NULL)
    {
      /* «Зои», «Зое», «Зою», «Лии»: a short first name in -я / -а in an
       * oblique case, too short to share a stem with its nominative */
      static const char *const oblique[][2] = { { "и", "я" }, { "е", "я" }, { "ю", "я" }, { "ей", "я" },
                                                { "ы", "а" }, { "е", "а" }, { "у", "а" }, { "ой", "а" } };
      /* «Максима», «Вадимом», «Рустаму»: a consonant-final name whose
       * own ending looks like a case ending (-им, -ам) has another key
       * than its oblique forms; the form without the case ending */
      static const char *const masculine[] = { "ом", "а", "у", "е" };

      for (guint k = 0; plx_lexicon_is_inflected (self) && k < G_N_ELEMENTS (masculine); k++)
        {
          gsize el = strlen (masculine[k]);
          g_autofree char *cand = NULL;
          const char *nom2 = NULL;

          if (len <= el + 4 || memcmp (w + len - el, masculine[k], el) != 0
              || !ru_consonant (g_utf8_get_char (g_utf8_prev_char (w + len - el))))
            continue;
          cand = g_strndup (w, len - el);
          if ((nom2 = given_listed_as (self, cand, 'm')) != NULL)
            {
              *out_len = strlen (nom2);
              return nom2;
            }
        }

      for (guint k = 0; plx_lexicon_is_inflected (self) && k < G_N_ELEMENTS (oblique); k++)
        {
          gsize el = strlen (oblique[k][0]);
          g_autofree char *cand = NULL;
          const char *nom2 = NULL;

          if (len <= el + 2 || len > el + 8 || memcmp (w + len - el, oblique[k][0], el) != 0)
            continue;
          cand = g_strdup_printf ("%.*s%s", (int) (len - el), w, oblique[k][1]);
          if ((nom2 = given_listed_as (self, cand, 0)) != NULL)
            {
              *out_len = strlen (nom2);
              return nom2;
            }
        }
      return NULL;
    }
  if (plx_lexicon_fold (self, nom, strlen (nom), a, sizeof a)
      && plx_lexicon_fold (self, w, len, b, sizeof b) && g_str_equal (a, b))
    {
      *out_len = len;
      return w;   /* as written: "Семён" */
    }
  for (guint k = 0; plx_lexicon_is_inflected (self) && k < G_N_ELEMENTS (endings); k++)
    {
      gsize el = strlen (endings[k]);
      g_autofree char *cand = NULL;
      const char *nom2 = NULL;

      if (len <= el + 4 || memcmp (w + len - el, endings[k], el) != 0)
        continue;
      cand = g_strdup_printf ("%.*s\xd0\xb9", (int) (len - el), w);
      if ((nom2 = given_listed_as (self, cand, 0)) != NULL)
        {
          *out_len = strlen (nom2);
          return nom2;
        }
    }
  /* a listed name that shares only a stem with @w is another name:
   * «Ханну» is no form of «Ханне», «Тимо» none of «Тим» (a name in a
   * vowel other than -а/-я does not decline; a consonant-final one takes
   * a case ending) */
  if (plx_lexicon_is_inflected (self) && plx_lexicon_fold (self, nom, strlen (nom), a, sizeof a)
      && plx_lexicon_fold (self, w, len, b, sizeof b))
    {
      static const char *const endings[] = { "", "а", "у", "ом", "е" };
      gsize al = strlen (a);
      gunichar last = al > 0 ? g_utf8_get_char (g_utf8_prev_char (a + al)) : 0;
      gboolean ok = FALSE;

      if (last != 0 && g_utf8_strchr ("еиоуэюы", -1, last) != NULL)
        return NULL;
      if (ru_consonant (last) && g_str_has_prefix (b, a))
        {
          for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
            ok |= g_str_equal (b + al, endings[k]);
          if (!ok)
            return NULL;
        }
    }
  *out_len = strlen (nom);
  return nom;
}

const char *
plx_lexicon_given_nominative (PlxLexicon *self,
                              const char *word,
                              gsize       len,
                              gsize      *out_len)
{
  const char *nom;
  gsize nom_len = 0;
  WordSlot *slot;

  if (len == 0 || len > SLOT_WORD)
    return given_nominative_compute (self, word, len, out_len);
  /* the slot is fetched after the computation, which asks about other
   * words (and a new word moves another one's slot) */
  slot = word_slot (self, word, len);
  if (!(slot->known & KNOW_GIVEN_NOM))
    {
      nom = given_nominative_compute (self, word, len, &nom_len);
      slot = word_slot (self, word, len);
      slot->known |= KNOW_GIVEN_NOM | (nom == word ? KNOW_GIVEN_NOM_AS_WRITTEN : 0);
      slot->given_nom = nom == word ? NULL : nom;
    }
  if (slot->known & KNOW_GIVEN_NOM_AS_WRITTEN)
    {
      *out_len = len;
      return word;
    }
  if (slot->given_nom != NULL)
    *out_len = strlen (slot->given_nom);
  return slot->given_nom;
}

int
plx_lexicon_given_case (PlxLexicon *self,
                        const char *word,
                        gsize       len)
{
  gsize nl = 0;
  const char *nom = plx_lexicon_given_nominative (self, word, len, &nl);

  if (nom == NULL)
    return 0;
  return nl == len && memcmp (nom, word, len) == 0 ? 1 : -1;
}

const char *
plx_lexicon_nationality (PlxLexicon *self,
                         const char *word,
                         gsize       len)
{
  char buf[KEY_MAX];
  const char *code;

  if (!plx_lexicon_fold (self, word, len, buf, sizeof buf))
    return NULL;
  code = g_hash_table_lookup (self->nationalities, buf);
  if (code != NULL)
    return code;
  if (!plx_lexicon_key (self, word, len, buf, sizeof buf))
    return NULL;
  return g_hash_table_lookup (self->nationalities, buf);
}

gboolean
plx_lexicon_is_patronymic (PlxLexicon *self,
                           const char *word,
                           gsize       len)
{
  char buf[KEY_MAX];
  gsize n;

  if (self->patronymics->len == 0)
    return FALSE;
  if (!plx_lexicon_fold (self, word, len, buf, sizeof buf))
    return FALSE;
  n = strlen (buf);
  for (guint i = 0; i < self->patronymics->len; i++)
    {
      const char *s = g_ptr_array_index (self->patronymics, i);
      gsize sl = strlen (s);

      if (n > sl + 2 && memcmp (buf + n - sl, s, sl) == 0)
        return TRUE;
    }
  return FALSE;
}

guint
plx_lexicon_match_phrase (PlxLexicon       *self,
                          PlxLexPhrase      phrase,
                          const PlxWordRef *words,
                          guint             n_words,
                          const char      **value)
{
  char keys[8][KEY_MAX];
  guint hashes[8];
  gboolean use_hashes;
  guint n_keys, have = 1;
  const PhraseStarts *starts;
  GPtrArray *candidates;
  guint best = 0;
  WordSlot *slot;

  g_return_val_if_fail (phrase < PLX_LEX_N_PHRASES, 0);

  if (n_words == 0)
    return 0;
  n_keys = MIN (n_words, MIN (self->phrase_max[phrase], G_N_ELEMENTS (keys)));
  slot = keyed_slot (self, words[0].str, words[0].len);
  if (slot != NULL)
    {
      if (!(slot->known & KNOW_STARTS))
        {
          slot->starts = g_hash_table_lookup (self->phrase_starts, slot->key);
          slot->known |= KNOW_STARTS;
        }
      starts = slot->starts;
    }
  else
    {
      if (!key_compute (self, words[0].str, words[0].len, keys[0], KEY_MAX))
        return 0;
      starts = g_hash_table_lookup (self->phrase_starts, keys[0]);
    }
  candidates = starts != NULL ? starts->candidates[phrase] : NULL;
  if (candidates == NULL)
    return 0;
  /* the keys' hashes tell most candidates apart where there are many
   * ("по словам", "по данным", … ) */
  use_hashes = candidates->len > 2;
  /* longest first: the first phrase that matches is the answer (of those
   * as long, the one listed first) */
  for (guint c = 0; c < candidates->len && best == 0; c++)
    {
      Phrase *p = g_ptr_array_index (candidates, c);
      guint k;

      if (p->n > n_keys)
        continue;
      for (k = 1; k < p->n; k++)
        {
          /* the keys of the following words, computed as far as needed */
          while (have <= k)
            {
              if (!slot_key (self, words[have].str, words[have].len, keys[have], KEY_MAX))
                keys[have][0] = '\0';
              if (use_hashes)
                hashes[have] = plx_str_hash (keys[have]);
              have++;
            }
          if ((use_hashes && p->hashes[k] != hashes[k]) || strcmp (p->keys[k], keys[k]) != 0)
            break;
        }
      if (k == p->n)
        {
          best = p->n;
          if (value != NULL)
            *value = p->value;
        }
    }
  return best;
}

static gboolean
ends_with (const char *s,
           gsize       n,
           const char *suffix,
           gsize       sl)
{
  return n >= sl && memcmp (s + n - sl, suffix, sl) == 0;
}

gboolean
plx_lexicon_is_oblique (PlxLexicon *self,
                        const char *form,
                        char        gender)
{
  char buf[KEY_MAX];
  gsize n;
  GArray *rules = self->nominative_rules[gender == 'f' ? 1 : 0];

  if (rules->len == 0)
    return FALSE;
  if (!plx_lexicon_fold (self, form, strlen (form), buf, sizeof buf))
    return FALSE;
  if (g_hash_table_contains (self->sets[PLX_LEX_INDECLINABLE], buf))
    return FALSE;
  n = strlen (buf);
  for (guint i = 0; i < rules->len; i++)
    {
      Rule *r = &g_array_index (rules, Rule, i);

      if (r->suffix_len > 0 && n > r->suffix_len + 2
          && ends_with (buf, n, r->suffix, r->suffix_len))
        return strcmp (r->suffix, r->replacement) != 0;
    }
  return FALSE;
}

char *
plx_lexicon_nominative (PlxLexicon *self,
                        const char *form,
                        char        gender)
{
  char buf[KEY_MAX];
  GArray *rules = self->nominative_rules[gender == 'f' ? 1 : 0];
  gsize n, fn;

  fn = strlen (form);
  if (rules->len == 0 || !plx_lexicon_fold (self, form, fn, buf, sizeof buf))
    return g_strdup (form);
  if (g_hash_table_contains (self->sets[PLX_LEX_INDECLINABLE], buf))
    return g_strdup (form);
  n = strlen (buf);
  for (guint i = 0; i < rules->len; i++)
    {
      Rule *r = &g_array_index (rules, Rule, i);

      /* folded and original forms have the same byte length for the
       * scripts the rules are written for, except ё; check it */
      if (n != fn)
        break;
      if (r->suffix_len > 0 && n > r->suffix_len + 2
          && ends_with (buf, n, r->suffix, r->suffix_len))
        {
          GString *s = g_string_new_len (form, fn - r->suffix_len);

          g_string_append (s, r->replacement);
          return g_string_free (s, FALSE);
        }
    }
  return g_strdup (form);
}

static inline const ClassBits *
class_bits_of (PlxLexicon *self,
               const char *s)
{
  guint h = plx_str_hash (s) % CLASS_FILTER_BITS;
  guint i;

  /* most words are in no list: their bit is not set */
  if (!(self->class_filter[h / 64] & (G_GUINT64_CONSTANT (1) << (h % 64))))
    return NULL;
  i = GPOINTER_TO_UINT (g_hash_table_lookup (self->class_table, s));

  return i > 0 ? &g_array_index (self->class_bits, ClassBits, i - 1) : NULL;
}

guint64
plx_lexicon_classify (PlxLexicon *self,
                      const char *word,
                      gsize       len)
{
  char fold[KEY_MAX], key[KEY_MAX];
  guint64 mask = 0;
  const ClassBits *as_fold, *as_key;
  gsize fl, kl;

  G_STATIC_ASSERT (PLX_CLASS_PHRASE_FIRST + PLX_LEX_N_PHRASES <= 64);

  if (!plx_lexicon_fold (self, word, len, fold, sizeof fold))
    return 0;
  fl = strlen (fold);
  memcpy (key, fold, fl + 1);
  strip_possessive (key);
  strip_ending (self, key);
  kl = strlen (key);
  /* the key is keyed_slot()'s: the word's slot keeps it for
   * plx_lexicon_key(), which the passes ask of most words the tokenizer
   * classifies */
  if (len > 0 && len <= SLOT_WORD)
    {
      WordSlot *slot = word_slot (self, word, len);

      if (!(slot->known & (KNOW_KEY | KNOW_NO_KEY)))
        slot_set_key (slot, key, fl, kl);
    }
  /* the sets, speech verbs, pronouns, honorifics, given names,
   * nationalities and phrase starts in (at most) two lookups: the key is
   * the folded word or a prefix of it */
  as_fold = class_bits_of (self, fold);
  as_key = kl == fl ? as_fold : class_bits_of (self, key);
  if (as_fold != NULL)
    mask |= as_fold->as_fold;
  if (as_key != NULL)
    mask |= as_key->as_key;
  {
    /* "Inc.", "Corp.": an abbreviation keeps its period in the token but
     * organisation words are listed without it */
    if (fl > 2 && fold[fl - 1] == '.' && fold[fl - 2] != '.')
      {
        char bare[KEY_MAX];

        memcpy (bare, fold, fl - 1);
        bare[fl - 1] = '\0';
        if (self->set_stemmed[PLX_LEX_ORG_WORDS])
          strip_ending (self, bare);
        if (g_hash_table_contains (self->sets[PLX_LEX_ORG_WORDS], bare))
          mask |= PLX_CLASS_BIT (PLX_LEX_ORG_WORDS);
      }
  }
  if (fl > 1 && fold[fl - 1] == '.')
    {
      /* plx_lexicon_honorific(): "Mr." is looked up without its period */
      char bare[KEY_MAX];
      const char *g;

      mask &= ~PLX_CLASS_BIT (PLX_CLASS_HONORIFIC);
      memcpy (bare, fold, fl - 1);
      bare[fl - 1] = '\0';
      g = g_hash_table_lookup (self->honorifics, bare);
      if (g != NULL && g[0] != 0)
        mask |= PLX_CLASS_BIT (PLX_CLASS_HONORIFIC);
    }
  /* plx_lexicon_is_patronymic(): the suffixes that end in the word's
   * last byte */
  if (fl > 2 && self->patronymic_empty)
    mask |= PLX_CLASS_BIT (PLX_CLASS_PATRONYMIC);
  else if (fl > 0)
    {
      guint last = (guchar) fold[fl - 1];

      for (guint k = self->patronymic_first[last]; k < self->patronymic_first[last + 1]; k++)
        {
          guint i = self->patronymic_order[k];
          const char *s = g_ptr_array_index (self->patronymics, i);
          gsize sl = g_array_index (self->patronymic_bytes, gsize, i);

          if (fl > sl + 2 && memcmp (fold + fl - sl, s, sl) == 0)
            {
              mask |= PLX_CLASS_BIT (PLX_CLASS_PATRONYMIC);
              break;
            }
        }
    }
  return mask;
}

#define CLASS_CACHE_MAX 400000

guint64
plx_lexicon_classify_cached (PlxLexicon *self,
                             const char *word,
                             gsize       len)
{
  char buf[KEY_MAX];
  gpointer value;
  gboolean hit;
  guint64 mask;

  if (len >= sizeof buf)
    return plx_lexicon_classify (self, word, len);
  memcpy (buf, word, len);
  buf[len] = '\0';
  g_rw_lock_reader_lock (&self->class_lock);
  hit = g_hash_table_lookup_extended (self->class_cache, buf, NULL, &value);
  g_rw_lock_reader_unlock (&self->class_lock);
  if (hit)
#if GLIB_SIZEOF_VOID_P >= 8
    return (guint64) GPOINTER_TO_SIZE (value);   /* the mask itself */
#else
    return *(const guint64 *) value;
#endif
  mask = plx_lexicon_classify (self, word, len);
  g_rw_lock_writer_lock (&self->class_lock);
  /* (another thread may have put the word in meanwhile: inserting it
   * again keeps that key and the same classes) */
  if (g_hash_table_size (self->class_cache) < CLASS_CACHE_MAX)
#if GLIB_SIZEOF_VOID_P >= 8
    g_hash_table_insert (self->class_cache, g_strdup (buf), GSIZE_TO_POINTER ((gsize) mask));
#else
    g_hash_table_insert (self->class_cache, g_strdup (buf), g_memdup2 (&mask, sizeof mask));
#endif
  g_rw_lock_writer_unlock (&self->class_lock);
  return mask;
}

const char *
plx_lexicon_get_language (PlxLexicon *self)
{
  return self->language;
}

/* Loading */

static gboolean
load_string_array (json_t      *root,
                   const char  *member,
                   const char  *path,
                   GPtrArray   *out,
                   GError     **error)
{
  json_t *arr = json_object_get (root, member);
  size_t i;
  json_t *v;

  if (arr == NULL)
    return TRUE;
  if (!json_is_array (arr))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("Lexicon “%s”: “%s” must be an array of strings"), path, member);
      return FALSE;
    }
  json_array_foreach (arr, i, v)
    {
      if (!json_is_string (v))
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                       _("Lexicon “%s”: “%s” must be an array of strings"), path, member);
          return FALSE;
        }
      g_ptr_array_add (out, g_strdup (json_string_value (v)));
    }
  return TRUE;
}

/* a list of words, folded into @set for word_in() */
static gboolean
load_word_set (PlxLexicon  *self,
               json_t      *root,
               const char  *member,
               const char  *path,
               GHashTable  *set,
               GError     **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func (g_free);

  if (!load_string_array (root, member, path, list, error))
    return FALSE;
  for (guint k = 0; k < list->len; k++)
    {
      char buf[KEY_MAX];
      const char *w = list->pdata[k];

      if (plx_lexicon_fold (self, w, strlen (w), buf, sizeof buf) && buf[0] != '\0')
        g_hash_table_add (set, g_strdup (buf));
    }
  return TRUE;
}

static gboolean
load_string_map (json_t      *root,
                 const char  *member,
                 const char  *path,
                 GHashTable  *out,
                 PlxLexicon  *self,
                 gboolean     stem,
                 GError     **error)
{
  json_t *obj = json_object_get (root, member);
  const char *k;
  json_t *v;

  if (obj == NULL)
    return TRUE;
  if (!json_is_object (obj))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("Lexicon “%s”: “%s” must be an object of strings"), path, member);
      return FALSE;
    }
  json_object_foreach (obj, k, v)
    {
      char buf[KEY_MAX];

      if (!json_is_string (v))
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                       _("Lexicon “%s”: “%s” must be an object of strings"), path, member);
          return FALSE;
        }
      key_of_string (self, k, stem, buf);
      if (buf[0] != '\0')
        g_hash_table_insert (out, g_strdup (buf), g_strdup (json_string_value (v)));
    }
  return TRUE;
}

static void
add_phrase (PlxLexicon   *self,
            PlxLexPhrase  which,
            const char   *text,
            const char   *value)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  Phrase *p;
  GPtrArray *list;

  for (guint i = 0; words[i] != NULL; i++)
    {
      char buf[KEY_MAX];

      if (words[i][0] == '\0')
        continue;
      key_of_string (self, words[i], TRUE, buf);
      if (buf[0] == '\0')
        return;
      g_ptr_array_add (keys, g_strdup (buf));
    }
  if (keys->len == 0)
    return;
  p = g_new0 (Phrase, 1);
  p->n = keys->len;
  g_ptr_array_add (keys, NULL);
  p->keys = (char **) g_ptr_array_steal (keys, NULL);
  p->hashes = g_new (guint, p->n);
  for (guint k = 0; k < p->n; k++)
    p->hashes[k] = plx_str_hash (p->keys[k]);
  p->value = g_strdup (value);
  list = g_hash_table_lookup (self->phrases[which], p->keys[0]);
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (phrase_free);
      g_hash_table_insert (self->phrases[which], g_strdup (p->keys[0]), list);
    }
  p->order = list->len;
  g_ptr_array_add (list, p);
  self->phrase_max[which] = MAX (self->phrase_max[which], p->n);
}

static gboolean
load_rules (PlxLexicon  *self,
            json_t      *root,
            const char  *path,
            GError     **error)
{
  json_t *obj = json_object_get (root, "nominative_rules");
  static const char *genders[2] = { "m", "f" };

  if (obj == NULL)
    return TRUE;
  for (guint g = 0; g < 2; g++)
    {
      json_t *arr = json_object_get (obj, genders[g]);
      size_t i;
      json_t *v;

      if (arr == NULL)
        continue;
      if (!json_is_array (arr))
        goto bad;
      json_array_foreach (arr, i, v)
        {
          Rule r;
          char buf[KEY_MAX];

          if (!json_is_array (v) || json_array_size (v) != 2
              || !json_is_string (json_array_get (v, 0))
              || !json_is_string (json_array_get (v, 1)))
            goto bad;
          key_of_string (self, json_string_value (json_array_get (v, 0)), FALSE, buf);
          r.suffix = g_strdup (buf);
          r.suffix_len = strlen (buf);
          r.replacement = g_strdup (json_string_value (json_array_get (v, 1)));
          g_array_append_val (self->nominative_rules[g], r);
        }
    }
  return TRUE;

bad:
  g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
               _("Lexicon “%s”: “nominative_rules” must map “m” and “f” to lists of [suffix, replacement] pairs"),
               path);
  return FALSE;
}

static void
rule_clear (gpointer data)
{
  Rule *r = data;

  g_free (r->suffix);
  g_free (r->replacement);
}

static PlxLexicon *
lexicon_new (const char *language)
{
  PlxLexicon *self = g_new0 (PlxLexicon, 1);

  self->language = g_strdup (language);
  for (guint i = 0; i < PLX_LEX_N_SETS; i++)
    self->sets[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < PLX_LEX_N_PHRASES; i++)
    self->phrases[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);
  self->phrase_starts = g_hash_table_new_full (plx_str_hash, g_str_equal, g_free, g_free);
  self->class_table = g_hash_table_new (plx_str_hash, g_str_equal);
  self->class_bits = g_array_new (FALSE, FALSE, sizeof (ClassBits));
  self->speech_verbs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->pronouns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->honorifics = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->nationalities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->org_officers = g_hash_table_new_full (plx_str_hash, g_str_equal, g_free, NULL);
  for (guint l = 0; l < PLX_LEX_N_LISTS; l++)
    self->lists[l] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->given_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->given_exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->given_all = g_ptr_array_new_with_free_func (given_name_free);
  self->case_endings = g_ptr_array_new_with_free_func (g_free);
  self->ending_bytes = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->ending_chars = g_array_new (FALSE, FALSE, sizeof (glong));
  self->patronymics = g_ptr_array_new_with_free_func (g_free);
  self->patronymic_bytes = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint g = 0; g < 2; g++)
    {
      self->nominative_rules[g] = g_array_new (FALSE, FALSE, sizeof (Rule));
      g_array_set_clear_func (self->nominative_rules[g], rule_clear);
    }
  self->min_stem = 3;
  g_rw_lock_init (&self->class_lock);
#if GLIB_SIZEOF_VOID_P >= 8
  self->class_cache = g_hash_table_new_full (plx_str_hash, g_str_equal, g_free, NULL);
#else
  self->class_cache = g_hash_table_new_full (plx_str_hash, g_str_equal, g_free, g_free);
#endif
  return self;
}

static void
lexicon_free (PlxLexicon *self)
{
  g_free (self->language);
  /* first: its keys are those of the other tables */
  g_hash_table_unref (self->class_table);
  g_array_unref (self->class_bits);
  for (guint i = 0; i < PLX_LEX_N_SETS; i++)
    g_hash_table_unref (self->sets[i]);
  for (guint i = 0; i < PLX_LEX_N_PHRASES; i++)
    g_hash_table_unref (self->phrases[i]);
  g_hash_table_unref (self->phrase_starts);
  g_hash_table_unref (self->speech_verbs);
  g_hash_table_unref (self->pronouns);
  g_hash_table_unref (self->honorifics);
  g_hash_table_unref (self->nationalities);
  g_hash_table_unref (self->org_officers);
  for (guint l = 0; l < PLX_LEX_N_LISTS; l++)
    g_hash_table_unref (self->lists[l]);
  g_hash_table_unref (self->given_exact);
  g_ptr_array_unref (self->given_all);
  g_hash_table_unref (self->given_names);
  g_ptr_array_unref (self->case_endings);
  g_array_unref (self->ending_bytes);
  g_array_unref (self->ending_chars);
  g_free (self->ending_first);
  g_free (self->ending_order);
  g_ptr_array_unref (self->patronymics);
  g_array_unref (self->patronymic_bytes);
  g_free (self->patronymic_first);
  g_free (self->patronymic_order);
  g_array_unref (self->nominative_rules[0]);
  g_array_unref (self->nominative_rules[1]);
  g_hash_table_unref (self->class_cache);
  g_rw_lock_clear (&self->class_lock);
  g_free (self);
}

static void
add_class_bits (PlxLexicon *self,
                const char *s,
                guint64     as_fold,
                guint64     as_key)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (self->class_table, s));
  ClassBits *b;

  if (i == 0)
    {
      ClassBits zero = { 0, 0 };
      guint h = plx_str_hash (s) % CLASS_FILTER_BITS;

      self->class_filter[h / 64] |= G_GUINT64_CONSTANT (1) << (h % 64);

      g_array_append_val (self->class_bits, zero);
      i = self->class_bits->len;
      g_hash_table_insert (self->class_table, (gpointer) s, GUINT_TO_POINTER (i));
    }
  b = &g_array_index (self->class_bits, ClassBits, i - 1);
  b->as_fold |= as_fold;
  b->as_key |= as_key;
}

/* The classes of every listed string, for plx_lexicon_classify(): one
 * lookup of the folded word and one of its key instead of one per list */
static void
build_class_table (PlxLexicon *self)
{
  GHashTableIter iter;
  gpointer k, v;

  for (guint i = 0; i < PLX_LEX_N_SETS; i++)
    {
      self->set_filtered[i] = TRUE;
      g_hash_table_iter_init (&iter, self->sets[i]);
      while (g_hash_table_iter_next (&iter, &k, NULL))
        {
          int bit = plx_lexicon_key_prefix_bit (k);

          add_class_bits (self, k, self->set_stemmed[i] ? 0 : PLX_CLASS_BIT (i),
                          self->set_stemmed[i] ? PLX_CLASS_BIT (i) : 0);
          /* (a string of one character or none: no filter) */
          if (bit < 0)
            self->set_filtered[i] = FALSE;
          else
            self->set_prefixes[i][bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
        }
    }
  g_hash_table_iter_init (&iter, self->speech_verbs);
  while (g_hash_table_iter_next (&iter, &k, NULL))
    add_class_bits (self, k, PLX_CLASS_BIT (PLX_CLASS_SPEECH), 0);
  g_hash_table_iter_init (&iter, self->pronouns);
  while (g_hash_table_iter_next (&iter, &k, NULL))
    add_class_bits (self, k, PLX_CLASS_BIT (PLX_CLASS_PRONOUN), 0);
  /* a folded word that ends in a period is asked without it */
  g_hash_table_iter_init (&iter, self->honorifics);
  while (g_hash_table_iter_next (&iter, &k, &v))
    if (((const char *) v)[0] != 0)
      add_class_bits (self, k, PLX_CLASS_BIT (PLX_CLASS_HONORIFIC), 0);
  g_hash_table_iter_init (&iter, self->given_exact);
  while (g_hash_table_iter_next (&iter, &k, NULL))
    add_class_bits (self, k, PLX_CLASS_BIT (PLX_CLASS_GIVEN), 0);
  g_hash_table_iter_init (&iter, self->given_names);
  while (g_hash_table_iter_next (&iter, &k, NULL))
    add_class_bits (self, k, 0, PLX_CLASS_BIT (PLX_CLASS_GIVEN));
  g_hash_table_iter_init (&iter, self->nationalities);
  while (g_hash_table_iter_next (&iter, &k, NULL))
    add_class_bits (self, k, PLX_CLASS_BIT (PLX_CLASS_NATIONALITY),
                    PLX_CLASS_BIT (PLX_CLASS_NATIONALITY));
  for (guint p = 0; p < PLX_LEX_N_PHRASES; p++)
    {
      g_hash_table_iter_init (&iter, self->phrases[p]);
      while (g_hash_table_iter_next (&iter, &k, NULL))
        add_class_bits (self, k, 0, PLX_CLASS_BIT (PLX_CLASS_PHRASE_FIRST + p));
    }
}

/* @suffixes (their byte lengths in @bytes) by their last byte, so a lookup
 * tries only those that can match: the indices ending in byte b are
 * (*order)[(*first)[b] .. (*first)[b + 1]), in list order. Whether an
 * empty suffix is among them. */
static gboolean
index_by_last_byte (GPtrArray *suffixes,
                    GArray    *bytes,
                    guint    **first,
                    guint    **order)
{
  guint fill[256];
  gboolean empty = FALSE;

  *first = g_new0 (guint, 257);
  *order = g_new0 (guint, suffixes->len + 1);
  for (guint i = 0; i < suffixes->len; i++)
    {
      const char *e = g_ptr_array_index (suffixes, i);
      gsize el = g_array_index (bytes, gsize, i);

      if (el > 0)
        (*first)[(guchar) e[el - 1] + 1]++;
      else
        empty = TRUE;
    }
  for (guint b = 0; b < 256; b++)
    (*first)[b + 1] += (*first)[b];
  memcpy (fill, *first, sizeof fill);
  for (guint i = 0; i < suffixes->len; i++)
    {
      const char *e = g_ptr_array_index (suffixes, i);
      gsize el = g_array_index (bytes, gsize, i);

      if (el > 0)
        (*order)[fill[(guchar) e[el - 1]]++] = i;
    }
  return empty;
}

static PlxLexicon *
lexicon_load (const char  *language,
              GError     **error)
{
  g_autofree char *relative = g_strdup_printf ("lexicons/%s.json", language);
  g_autofree char *path = plx_data_find_file (relative);
  json_error_t jerr;
  json_t *root;
  PlxLexicon *self;
  json_t *v;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (path == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND,
                   _("Lexicon “%s” was not found in any data directory"), relative);
      return NULL;
    }
  /* the whole file at once (jansson reads a FILE a character at a time);
   * one it cannot read is left to jansson to report */
  if (g_file_get_contents (path, &contents, &length, NULL))
    root = json_loadb (contents, length, 0, &jerr);
  else
    root = json_load_file (path, 0, &jerr);
  if (root == NULL || !json_is_object (root))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                   _("Lexicon “%s” is not a JSON object: %s (line %d)"),
                   path, root == NULL ? jerr.text : "", root == NULL ? jerr.line : 0);
      json_decref (root);
      return NULL;
    }

  self = lexicon_new (language);

  /* case endings first: keys of every other list depend on them */
  if (!load_string_array (root, "case_endings", path, self->case_endings, error)
      || !load_string_array (root, "patronymic_suffixes", path, self->patronymics, error))
    goto fail;
  for (guint i = 0; i < self->patronymics->len; i++)
    {
      gsize sl = strlen (g_ptr_array_index (self->patronymics, i));

      g_array_append_val (self->patronymic_bytes, sl);
    }
  self->patronymic_empty = index_by_last_byte (self->patronymics, self->patronymic_bytes,
                                                &self->patronymic_first, &self->patronymic_order);
  for (guint i = 0; i < self->case_endings->len; i++)
    {
      char buf[KEY_MAX];

      key_of_string (self, g_ptr_array_index (self->case_endings, i), FALSE, buf);
      g_free (self->case_endings->pdata[i]);
      self->case_endings->pdata[i] = g_strdup (buf);
    }
  g_ptr_array_sort (self->case_endings, compare_by_length_desc);
  self->head.inflected = self->case_endings->len > 0;
  for (guint i = 0; i < self->case_endings->len; i++)
    {
      const char *e = g_ptr_array_index (self->case_endings, i);
      gsize el = strlen (e);
      glong ec = g_utf8_strlen (e, el);

      g_array_append_val (self->ending_bytes, el);
      g_array_append_val (self->ending_chars, ec);
    }
  /* (an empty ending, sorted last, never strips anything) */
  index_by_last_byte (self->case_endings, self->ending_bytes, &self->ending_first, &self->ending_order);
  v = json_object_get (root, "min_stem");
  if (json_is_integer (v) && json_integer_value (v) > 0 && json_integer_value (v) < 10)
    self->min_stem = json_integer_value (v);

  for (guint i = 0; i < G_N_ELEMENTS (set_names); i++)
    {
      g_clear_pointer (&list, g_ptr_array_unref);
      list = g_ptr_array_new_with_free_func (g_free);
      if (!load_string_array (root, set_names[i].name, path, list, error))
        goto fail;
      self->set_stemmed[set_names[i].set] = set_names[i].stem;
      for (guint k = 0; k < list->len; k++)
        {
          char buf[KEY_MAX];

          key_of_string (self, g_ptr_array_index (list, k), set_names[i].stem, buf);
          if (buf[0] != '\0')
            g_hash_table_add (self->sets[set_names[i].set], g_strdup (buf));
        }
    }

  for (guint i = 0; i < PLX_LEX_N_PHRASES; i++)
    {
      json_t *p = json_object_get (root, phrase_names[i]);

      if (p == NULL)
        continue;
      if (json_is_array (p))
        {
          size_t k;
          json_t *e;

          json_array_foreach (p, k, e)
            {
              if (!json_is_string (e))
                goto bad_phrases;
              add_phrase (self, i, json_string_value (e), json_string_value (e));
            }
        }
      else if (json_is_object (p))
        {
          const char *k;
          json_t *e;

          json_object_foreach (p, k, e)
            {
              if (!json_is_string (e))
                goto bad_phrases;
              add_phrase (self, i, k, json_string_value (e));
            }
        }
      else
        {
        bad_phrases:
          g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
                       _("Lexicon “%s”: “%s” must be an array or object of strings"),
                       path, phrase_names[i]);
          goto fail;
        }
    }

  /* every list's first keys in one table, for the words that start none;
   * the phrases of a first key longest first, so the first that matches is
   * the longest */
  for (guint i = 0; i < PLX_LEX_N_PHRASES; i++)
    {
      GHashTableIter iter;
      gpointer k, list;

      g_hash_table_iter_init (&iter, self->phrases[i]);
      while (g_hash_table_iter_next (&iter, &k, &list))
        {
          PhraseStarts *starts = g_hash_table_lookup (self->phrase_starts, k);

          g_ptr_array_sort (list, compare_phrases);

          if (starts == NULL)
            {
              starts = g_new0 (PhraseStarts, 1);
              g_hash_table_insert (self->phrase_starts, g_strdup (k), starts);
            }
          starts->candidates[i] = list;
        }
    }

  if (!load_string_map (root, "speech_verbs", path, self->speech_verbs, self, FALSE, error)
      || !load_string_map (root, "pronouns", path, self->pronouns, self, FALSE, error)
      || !load_string_map (root, "honorifics", path, self->honorifics, self, FALSE, error)
      || !load_string_map (root, "nationalities", path, self->nationalities, self, FALSE, error)
      || !load_rules (self, root, path, error))
    goto fail;

  /* nationalities are also looked up by key (российского → российск) */
  {
    GHashTableIter iter;
    gpointer k, val;
    g_autoptr(GPtrArray) extra = g_ptr_array_new ();

    g_hash_table_iter_init (&iter, self->nationalities);
    while (g_hash_table_iter_next (&iter, &k, &val))
      g_ptr_array_add (extra, k);
    for (guint i = 0; i < extra->len; i++)
      {
        char buf[KEY_MAX];
        const char *code = g_hash_table_lookup (self->nationalities, extra->pdata[i]);

        key_of_string (self, extra->pdata[i], TRUE, buf);
        if (buf[0] != '\0' && !g_hash_table_contains (self->nationalities, buf))
          g_hash_table_insert (self->nationalities, g_strdup (buf), g_strdup (code));
      }
  }

  /* officers and owners only a company has ("Eiren Rail's chief executive") */
  if (!load_word_set (self, root, "org_officers", path, self->org_officers, error))
    goto fail;
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, self->org_officers);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        const char *buf = key;
        guint start = (guint) (guchar) buf[0] << 8 | (guchar) buf[1];

        self->officer_starts[start >> 5] |= 1u << (start & 31);
      }
  }

  for (guint l = 0; l < PLX_LEX_N_LISTS; l++)
    if (!load_word_set (self, root, list_names[l], path, self->lists[l], error))
      goto fail;

  v = json_object_get (root, "given_names");
  if (v != NULL)
    {
      const char *k;
      json_t *e;

      if (!json_is_object (v))
        goto bad_names;
      json_object_foreach (v, k, e)
        {
          char buf[KEY_MAX];
          const char *g = json_string_value (e);
          GivenName *gn;

          /* ("u": a name given to men and women alike, "Jean", "Robin") */
          if (g == NULL || (g[0] != 'm' && g[0] != 'f' && g[0] != 'u'))
            goto bad_names;
          gn = g_new0 (GivenName, 1);
          gn->gender = g[0];
          /* "m:Павел" gives the nominative of an irregular form */
          gn->nominative = g_strdup (g[1] == ':' && g[2] != '\0' ? g + 2 : k);
          g_ptr_array_add (self->given_all, gn);
          key_of_string (self, k, FALSE, buf);
          if (buf[0] != '\0' && g[1] != ':' && !g_hash_table_contains (self->given_exact, buf))
            g_hash_table_insert (self->given_exact, g_strdup (buf), gn);
          key_of_string (self, k, TRUE, buf);
          if (buf[0] != '\0' && !g_hash_table_contains (self->given_names, buf))
            g_hash_table_insert (self->given_names, g_strdup (buf), gn);
          /* «Максиму», «Вадима», «Рустамом»: a man's name that ends as a
           * case ending does (-им, -ам) loses it in its key, but its case
           * forms keep it — they key to the whole name */
          if (plx_lexicon_is_inflected (self) && g[0] == 'm' && g[1] != ':')
            {
              char full[KEY_MAX];
              gsize fl;

              key_of_string (self, k, FALSE, full);
              fl = strlen (full);
              if (fl > 0 && strcmp (full, buf) != 0
                  && !g_utf8_strchr ("аеёиоуыэюяйь", -1, g_utf8_get_char (g_utf8_prev_char (full + fl)))
                  && !g_hash_table_contains (self->given_names, full))
                g_hash_table_insert (self->given_names, g_strdup (full), gn);
            }
        }
    }

  build_class_table (self);
  json_decref (root);
  return self;

bad_names:
  g_set_error (error, PLX_ERROR, PLX_ERROR_MALFORMED,
               _("Lexicon “%s”: “given_names” must map names to \"m\", \"f\" or \"u\""), path);
fail:
  json_decref (root);
  lexicon_free (self);
  return NULL;
}

PlxLexicon *
plx_lexicon_get (const char  *language,
                 GError     **error)
{
  PlxLexicon *self;
  const char *lang = language;

  if (lang == NULL || *lang == '\0' || g_str_equal (lang, "und")
      || strchr (lang, '/') != NULL || strchr (lang, '.') != NULL)
    lang = "en";

  G_LOCK (lexicons);
  if (lexicons == NULL)
    lexicons = g_hash_table_new (g_str_hash, g_str_equal);
  self = g_hash_table_lookup (lexicons, lang);
  if (self == NULL)
    {
      g_autoptr(GError) local_error = NULL;

      self = lexicon_load (lang, &local_error);
      if (self != NULL)
        g_hash_table_insert (lexicons, self->language, self);
      else if (!g_str_equal (lang, "en")
               && g_error_matches (local_error, PLX_ERROR, PLX_ERROR_NOT_FOUND))
        {
          /* a language without a lexicon is analysed with the English one */
          self = g_hash_table_lookup (lexicons, "en");
          if (self == NULL)
            {
              self = lexicon_load ("en", error);
              if (self != NULL)
                g_hash_table_insert (lexicons, self->language, self);
            }
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }
  G_UNLOCK (lexicons);
  return self;
}

/* plx-people.h — person detection and coreference within one article
 *
 * Finds people by given names, titles and roles, honorifics and speech-verb
 * context; links surnames, case forms (Лаврова → Лавров), title-only
 * references ("the Russian minister", "глава МИД России") and pronouns in
 * attribution to one entity per person.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "plx-lexicon.h"
#include "plx-tokenize.h"

G_BEGIN_DECLS

typedef enum
{
  PLX_MENTION_NAME,
  PLX_MENTION_ROLE,
  PLX_MENTION_PRONOUN,
  PLX_MENTION_BYLINE,
} PlxMentionKind;

typedef struct
{
  guint  first;    /* token range */
  guint  end;
  int    entity;   /* index into PlxPeople.entities, -1 when unresolved */
  guint8 kind;     /* PlxMentionKind */
  guint8 subject;  /* first person mention of its sentence */
  guint8 speaker;  /* next to a speech verb: "Lavrov said", "said Lavrov" */
} PlxMention;

/* given, the keys, nationality and the strings of forms, full_forms and
 * role_keys live in PlxPeople.strings */
typedef struct
{
  char       *name;          /* canonical, set by plx_people_finish() */
  char       *given;         /* given name as first seen, or NULL */
  char       *given_key;
  char       *nick_key;      /* key of a nickname in quotes: Margaret "Peggy" Lindqvist */
  char       *surname_key;
  char        gender;        /* 'm', 'f' or 0 */
  char       *nationality;   /* country code from a title, or NULL */
  guint8      age;           /* age the text gives ("X, 52,", "52-year-old X"), 0 when none */
  GPtrArray  *forms;         /* char*: surname forms as written */
  GPtrArray  *full_forms;    /* char*: full-name forms as written */
  GPtrArray  *full_distinct; /* (private) the distinct strings of full_forms[0 .. full_merged), made on first use */
  guint       full_merged;
  GPtrArray  *titles;        /* char*: titles as written */
  GPtrArray  *role_keys;     /* char*: keys of the words of its titles, sorted (strcmp), NULL when none */
  GPtrArray  *aliases;       /* set by plx_people_finish() */
  guint       n_quotes;
  guint       n_mentions;
  guint       n_byline;
  guint       n_bare;        /* mentions by the surname alone */
  guint       last_token;    /* most recent mention seen so far */
  struct _PlxStringPool *strings; /* (private) PlxPeople.strings */
} PlxEntity;

typedef struct
{
  PlxTokens  *tokens;
  PlxLexicon *lexicon;
  gboolean    inflected;     /* the language has case endings */
  GPtrArray  *entities;      /* PlxEntity* */
  GArray     *mentions;      /* PlxMention, sorted by first token */
  GArray     *extra;         /* PlxMention added during attribution */
  GHashTable *by_surname;    /* surname key → GPtrArray of entity indices (as pointers) */
  GHashTable *candidates;    /* keys of lone capitalised words that speak */
  GHashTable *nonnames;      /* keys of organisations named between a title and a name */
  GHashTable *org_runs;      /* keys of capitalised runs seen before an organisation word */
  GHashTable *thing_runs;    /* keys of capitalised runs followed by ", which" */
  GHashTable *lower_words;   /* keys of words the text also writes in lower case */
  GHashTable *lower_asked;   /* keys lower_word() has answered (see lower_word()) */
  gboolean    lower_all;     /* lower_words holds the keys of all the words */
  guint      *lower_index;   /* (private) the lower-case words by prefix bit (see lower_word()) */
  gsize       lower_scanned; /* words lower_word() has compared */
  GHashTable *cap_words;     /* keys of the capitalised words, made on first use (see demonym()) */
  GHashTable *org_mods;      /* keys of words written as a firm's or a team's, made on first use (see org_modifier()) */
  guint8     *excluded;      /* per token while found: excluded_from_names(), 0 until asked */
  struct _PlxStringPool *strings; /* (private) the keys of the sets above and the entities'
                                   * keys and name forms, freed at once with the people */
  struct _PlxTokenKeys  *token_keys; /* (private) keys of the words asked about last */
  guint      *mention_blocks; /* (private) per MENTION_BLOCK tokens: the first mention at or after
                               * its first token (see mention_index_build()) */
  guint       mention_blocks_len; /* (private) mentions->len when they were made */
  guint      *caps;          /* (private) the words with PLX_TF_CAP, in text order */
  guint       n_caps;
} PlxPeople;

PlxPeople *plx_people_find          (PlxTokens  *tokens,
                                     PlxLexicon *lexicon);
void       plx_people_free          (PlxPeople  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxPeople, plx_people_free)

/* Whether @key is one of @e's role keys. */
gboolean   plx_entity_has_role_key  (const PlxEntity *e,
                                     const char      *key);
/* The index of the name mention that covers token @i, or -1. */
int        plx_people_mention_at    (PlxPeople  *self,
                                     guint       i);
/* The first name mention starting at or after token @i, or -1. */
int        plx_people_mention_from  (PlxPeople  *self,
                                     guint       i);

/* Recognises a role phrase ("the Russian minister", "the head of the
 * Russian Foreign Ministry", "глава МИД России", "the journalist") starting
 * at token @i and not reaching @limit. Returns the token after it, or @i when
 * there is none; @entity receives the person bearing that role in the article
 * (-1 when none is known). */
guint      plx_people_role_at       (PlxPeople  *self,
                                     guint       i,
                                     guint       limit,
                                     int        *entity);
/* The entity a pronoun at token @i refers to (most recent subject), or -1;
 * @gender is 'm', 'f' or 0. */
int        plx_people_resolve_pronoun (PlxPeople *self,
                                       guint      i,
                                       char       gender);
/* Records a pronoun or role reference used in attribution as a mention. */
void       plx_people_add_mention   (PlxPeople  *self,
                                     guint       first,
                                     guint       end,
                                     int         entity,
                                     PlxMentionKind kind);
/* Registers the person of a speaker label in capitals: a first name and
 * a surname at [first, end). Returns the entity or -1. */
int        plx_people_add_person    (PlxPeople  *self,
                                     guint       first,
                                     guint       end);
/* Computes canonical names and aliases, merges the extra mentions in. */
void       plx_people_finish        (PlxPeople  *self);

G_END_DECLS

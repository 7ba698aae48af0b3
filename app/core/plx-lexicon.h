/* plx-lexicon.h — per-language word lists for the analysis engine
 *
 * Speech verbs, titles, roles, honorifics, pronouns, organisation and place
 * words, given names and the like live in data/lexicons/<lang>.json so that
 * adding a language is a data change. A lexicon is immutable once loaded and
 * may be shared between threads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PlxLexicon PlxLexicon;

/* Word lists looked up on their own, outside the token classes (whose
 * 64-bit mask is full); folded like any key. */
typedef enum
{
  PLX_LEX_LIST_MODAL_VERBS,     /* "would", "could": asked where position says a verb stands */
  PLX_LEX_LIST_INTERLOCUTORS,   /* "собеседник": the person the outlet has just quoted */
  PLX_LEX_LIST_GROUP_MEMBERS,   /* "including", "notably": single out members of a group */
  PLX_LEX_LIST_CROWD_CUES,      /* lemmas "chant", "sing": verbs a crowd utters with */
  PLX_LEX_LIST_TIME_ADVERBS,    /* "yesterday", "late": circumstances after a trailing "said" */
  PLX_LEX_LIST_COUNTRY_PLAYERS, /* "international": an organisation word that is a player after a country */
  PLX_LEX_LIST_AGENT_ROLES,     /* "пресс-секретарь", "представитель" (Russian): one who speaks for the person named after it in the genitive */
  PLX_LEX_LIST_KIN_FEMALE,      /* "wife", "mother", «жена»: kin nouns that name a woman */
  PLX_LEX_LIST_KIN_MALE,        /* "husband", "son", «муж»: kin nouns that name a man */
  PLX_LEX_LIST_ORG_HEADS,       /* "operator", "charity": head nouns of an organisation, never of a person */
  PLX_LEX_LIST_EPONYMOUS_FIRMS, /* "morgan stanley", "hang seng": firms and indices named like a person, whole names */
  PLX_LEX_LIST_WITHHELD_NAME,   /* «называть», «назвавший», «представиться» (Russian): after «не», a name withheld */
  PLX_LEX_LIST_ANONYMITY,       /* «анонимным», «анонимности» (Russian): a source that stays unnamed */
  PLX_LEX_LIST_WITHHELD_OBJECTS, /* «имени», «себя», «его» (Russian): what a withheld_name verb withholds — a name, not «сроков» */
  PLX_LEX_LIST_MEDIA_TITLES,    /* "newsletter", "podcast": nouns after the title of a publication or a programme */
  PLX_LEX_LIST_PLACE_PREPOSITIONS, /* "at", "outside", "near": prepositions whose object is a place or a venue, hardly a person */
  PLX_LEX_LIST_EVENT_SUBORDINATORS, /* "after", "when", "though": open an adverbial clause that can tell an event of its own (not "because", "if") */
  PLX_LEX_LIST_DATA_MARKERS,     /* «по данным», «по оценкам» (Russian): according-markers whose noun is a data source, which adjectives may qualify («по предварительным данным») */
  PLX_LEX_N_LISTS
} PlxLexList;

/* Word sets, looked up by the folded (lower-case) word. Sets marked "stem"
 * are looked up by plx_lexicon_key(): the folded word with its case ending
 * stripped (Russian), so every grammatical case of a listed word matches. */
typedef enum
{
  PLX_LEX_STOPWORDS,          /* exact */
  PLX_LEX_COMPLEMENTIZERS,    /* exact: that, что */
  PLX_LEX_CLAUSE_STARTERS,    /* exact: words that can open a reported clause */
  PLX_LEX_ABBREVIATIONS,      /* exact, without the period */
  PLX_LEX_NAME_PARTICLES,     /* exact: de, van, bin */
  PLX_LEX_ROLE_NOUNS,         /* stem: minister, president, journalist */
  PLX_LEX_HEAD_WORDS,         /* stem: head, chief, глава */
  PLX_LEX_ORG_WORDS,          /* stem */
  PLX_LEX_PLACES,             /* stem */
  PLX_LEX_EVENTS,             /* stem */
  PLX_LEX_MONTHS,             /* stem */
  PLX_LEX_WEEKDAYS,           /* stem */
  PLX_LEX_EPONYM_NOUNS,       /* stem: administration, администрация */
  PLX_LEX_INDECLINABLE,       /* exact: Шойгу */
  PLX_LEX_NON_SPEECH_OBJECTS, /* exact: words after "asked" that are not a person */
  PLX_LEX_DETERMINERS,        /* exact: the, a, this */
  PLX_LEX_PREPOSITIONS,       /* exact: of, in, в, при */
  PLX_LEX_GENERIC_ROLES,      /* stem: diplomat, politician — any person of the text */
  PLX_LEX_ANONYMOUS_ROLES,    /* stem: journalist, reporter — unnamed unless titled */
  PLX_LEX_DEPUTY_WORDS,       /* stem: deputy, vice, заместитель */
  PLX_LEX_CLAUSE_BLOCKERS,    /* exact: words after a speech verb that open no clause */
  PLX_LEX_QUESTION_PARTICLES, /* exact: ли (the question starts before it) */
  PLX_LEX_INDEFINITES,        /* exact: a, an, one, some, один */
  PLX_LEX_QUESTION_WORDS,     /* exact: whether, when, когда: open an indirect question */
  PLX_LEX_OBJECT_VERBS,       /* exact: told, asked — take an object before the clause */
  PLX_LEX_PASSIVE_AUX,        /* exact: was, were (the subject did not speak) */
  PLX_LEX_COORDINATORS,       /* exact: and, и */
  PLX_LEX_CIRCUMSTANCES,      /* exact: statement, interview, Tuesday: "said in a statement …" */
  PLX_LEX_PARTICIPLE_CUES,    /* exact: adding, добавив — the subject is the main clause's */
  PLX_LEX_INFINITIVE,         /* exact: to — "asked to call" is no speech */
  PLX_LEX_NEGATIONS,          /* exact: not, не — negated speech is no speech */
  PLX_LEX_NAMING_VERBS,       /* exact: called, described (as), назвал: the quote is their object */
  PLX_LEX_PLACE_HEADS,        /* stem: residents, администрация, округ — a capitalised word after them is a place */
  PLX_LEX_AGENT_MARKERS,      /* exact: by — "asked by X whether": X is the asker */
  PLX_LEX_FINITE_VERBS,       /* exact: sold, went, is — irregular finite verbs that make a clause */
  PLX_LEX_RELATIVES,          /* exact: who, which, который — open a relative clause */
  PLX_LEX_NAME_MARKERS,       /* exact: born, née, представившаяся — another name of a person next to them */
  PLX_LEX_QUOTING_VERBS,      /* exact: quoted, cited — "quoted X as saying": X is the speaker */
  PLX_LEX_MANDATIVE,          /* exact: be — "asked that his name not be used" is a request, no speech */
  PLX_LEX_CONCESSIVES,        /* exact: although, хотя — ", although he conceded that" opens a second statement */
  PLX_LEX_POSSESSIVES,        /* exact: his, her, their, его, её — "his lawyer" is not the man himself */
  PLX_LEX_MANNER_VERBS,       /* exact: laughed, lamented — a cue beside a quote, no verb of a bare clause */
  PLX_LEX_SUBORDINATORS,      /* exact: after, because — open an adverbial clause inside a sentence */
  PLX_LEX_QUESTION_VERBS,     /* exact: questioned, wondered — report an indirect question only ("questioned why …") */
  PLX_LEX_SOURCE_NOUNS,       /* stem: study, figures, исследование — a document or data source */
  PLX_LEX_SOURCE_VERBS,       /* exact: found, выяснило — speech only with a source noun beside them */
  PLX_LEX_YOUNGER_WORDS,      /* exact: youngster, teenager — the youngest person the text gave an age */
  PLX_LEX_OLDER_WORDS,        /* exact: veteran, elder — the oldest person the text gave an age */
  PLX_LEX_N_SETS
} PlxLexSet;

/* Multi-word phrases, matched token by token by key. */
typedef enum
{
  PLX_LEX_PHRASE_TITLES,           /* foreign minister, secretary of state */
  PLX_LEX_PHRASE_ACCORDING,        /* according to, по словам */
  PLX_LEX_PHRASE_SCARE_TRIGGERS,   /* so-called, так называемый */
  PLX_LEX_PHRASE_BYLINE,           /* by, photo, фото */
  PLX_LEX_PHRASE_INSTITUTIONS,     /* foreign ministry → foreign minister */
  PLX_LEX_PHRASE_AS_MARKERS,       /* as (X noted), как (отметил X) */
  PLX_LEX_PHRASE_SPEECH,           /* made it clear → make clear */
  PLX_LEX_PHRASE_ROLE_ALIASES,     /* Kremlin spokesman → press secretary */
  PLX_LEX_PHRASE_ANAPHORIC,        /* об этом, this was stated: refer to the sentence before */
  PLX_LEX_PHRASE_TRANSCRIPT,       /* Q&A labels and interview markers (plx-transcript.c); value = category */
  PLX_LEX_N_PHRASES
} PlxLexPhrase;

PlxLexicon  *plx_lexicon_get            (const char *language,
                                         GError    **error);

const char  *plx_lexicon_get_language   (PlxLexicon *self);
/* (private) the first member of every PlxLexicon, for the inline
 * accessors below: the quote and people passes ask them per token */
typedef struct
{
  gboolean inflected;
} PlxLexiconHead;

/* TRUE when the language marks case by word endings (Russian). */
static inline gboolean
plx_lexicon_is_inflected (PlxLexicon *self)
{
  return ((const PlxLexiconHead *) (const void *) self)->inflected;
}

/* Folds @word (@len bytes) to lower case into @buf (NUL-terminated);
 * returns FALSE when it does not fit. */
gboolean     plx_lexicon_fold           (PlxLexicon *self,
                                         const char *word,
                                         gsize       len,
                                         char       *buf,
                                         gsize       buf_size);
/* Folds and strips a possessive ('s) and, for inflected languages, the case
 * ending; the result identifies a word (or a name) across its forms. */
gboolean     plx_lexicon_key            (PlxLexicon *self,
                                         const char *word,
                                         gsize       len,
                                         char       *buf,
                                         gsize       buf_size);

gboolean     plx_lexicon_has            (PlxLexicon *self,
                                         PlxLexSet   set,
                                         const char *word,
                                         gsize       len);

/* A filter of keys: a hash below PLX_LEXICON_PREFIX_BITS of the first two
 * characters of the folded form of @word, which start its key too; -1 when
 * it folds to fewer characters or does not fold. A word whose key is @key
 * (of two characters or more) has the bit of plx_lexicon_key_prefix_bit(),
 * which is -1 for a string of fewer characters. */
#define PLX_LEXICON_PREFIX_BITS 1024
int          plx_lexicon_prefix_bit     (PlxLexicon *self,
                                         const char *word,
                                         gsize       len);
int          plx_lexicon_key_prefix_bit (const char *key);

/* The lemma of a speech verb form, or NULL. */
const char  *plx_lexicon_speech_lemma   (PlxLexicon *self,
                                         const char *word,
                                         gsize       len);
/* 'm', 'f' or 0 for subject pronouns (he, she, он, она). */
char         plx_lexicon_pronoun        (PlxLexicon *self,
                                         const char *word,
                                         gsize       len);
/* 'm', 'f', '?' for honorifics (Mr., Mrs., Dr.), 0 when not one. */
char         plx_lexicon_honorific      (PlxLexicon *self,
                                         const char *word,
                                         gsize       len);
/* Given names: returns the gender ('m', 'f', 'u' for either) or 0; @nominative (may be NULL)
 * receives the dictionary form. */
char         plx_lexicon_given_name     (PlxLexicon  *self,
                                         const char  *word,
                                         gsize        len,
                                         const char **nominative);
/* The dictionary form of the first name @word ("Николая" → "Николай"),
 * with its length in *@out_len: @word itself when it is written so, NULL
 * when it is no listed first name. */
const char  *plx_lexicon_given_nominative (PlxLexicon *self,
                                           const char *word,
                                           gsize       len,
                                           gsize      *out_len);
/* 1 when @word is a first name in its dictionary form, -1 when it is one
 * in another case ("Николая"), 0 when it is no listed first name. */
int          plx_lexicon_given_case       (PlxLexicon *self,
                                           const char *word,
                                           gsize       len);
/* Whether @word (of @len bytes; NULL is in no list) is in @list. */
gboolean     plx_lexicon_in_list        (PlxLexicon *self,
                                         PlxLexList  list,
                                         const char *word,
                                         gsize       len);
/* Whether @phrase (one or two words) names an officer or owner only a company has. */
gboolean     plx_lexicon_org_officer    (PlxLexicon *self,
                                         const char *phrase,
                                         gsize       len);
/* A country code for a nationality word (Russian, US, российский, США). */
const char  *plx_lexicon_nationality    (PlxLexicon *self,
                                         const char *word,
                                         gsize       len);
gboolean     plx_lexicon_is_patronymic  (PlxLexicon *self,
                                         const char *word,
                                         gsize       len);

/* Word classes: one bit per set (PlxLexSet), then the bits below, then
 * one bit per phrase list (PlxLexPhrase) for words that can start one of
 * its phrases. Computing them once per token makes every later test a bit
 * test. */
enum
{
  PLX_CLASS_SPEECH = PLX_LEX_N_SETS,
  PLX_CLASS_PRONOUN,
  PLX_CLASS_HONORIFIC,
  PLX_CLASS_GIVEN,
  PLX_CLASS_NATIONALITY,
  PLX_CLASS_PATRONYMIC,
  PLX_CLASS_PHRASE_FIRST,   /* + PlxLexPhrase */
};

#define PLX_CLASS_BIT(b) (G_GUINT64_CONSTANT (1) << (b))

guint64      plx_lexicon_classify       (PlxLexicon *self,
                                         const char *word,
                                         gsize       len);
/* The same, remembered per word form across analyses (thread-safe). */
guint64      plx_lexicon_classify_cached (PlxLexicon *self,
                                          const char *word,
                                          gsize       len);

/* Phrase matching over a sequence of words given as (pointer, length) pairs.
 * Returns the number of words of the longest phrase that starts at words[0]
 * (0 when none); @value (may be NULL) receives the phrase's value. */
typedef struct
{
  const char *str;
  gsize       len;
} PlxWordRef;

guint        plx_lexicon_match_phrase   (PlxLexicon       *self,
                                         PlxLexPhrase      phrase,
                                         const PlxWordRef *words,
                                         guint             n_words,
                                         const char      **value);

/* The nominative of an inflected surname form (Лаврова → Лавров) given a
 * gender hint ('m', 'f' or 0); a new string. For languages without case
 * rules, a copy of @form. */
char        *plx_lexicon_nominative     (PlxLexicon *self,
                                         const char *form,
                                         char        gender);
/* TRUE when @form carries an oblique case ending by the lexicon's rules. */
gboolean     plx_lexicon_is_oblique     (PlxLexicon *self,
                                         const char *form,
                                         char        gender);

G_END_DECLS

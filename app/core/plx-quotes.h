/* plx-quotes.h — quote detection and attribution
 *
 * Pairs quotation marks per paragraph with a linear state machine (knowing
 * opening from closing marks by context, apostrophes from quote marks, and
 * continuing a quote into the next paragraph when it reopens with a mark),
 * tells speech from scare quotes, finds reported speech, and attributes each
 * quote to a speaker with its cue verb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "plx-analysis.h"
#include "plx-lexicon.h"
#include "plx-people.h"
#include "plx-tokenize.h"

G_BEGIN_DECLS

#define PLX_NO_TOKEN G_MAXUINT

/* Why a speech quote was left without a speaker: a diagnosis for the
 * quality test, never part of the output */
typedef enum
{
  PLX_NO_SPEAKER_UNKNOWN,      /* attributed elsewhere, no reason kept */
  PLX_NO_SPEAKER_NO_CUE,       /* no cue verb or attribution next to it */
  PLX_NO_SPEAKER_NO_SUBJECT,   /* a cue, but no person as its subject */
  PLX_NO_SPEAKER_PRONOUN,      /* the subject is a pronoun without antecedent */
  PLX_NO_SPEAKER_ROLE,         /* the subject is a role nobody named holds */
  PLX_NO_SPEAKER_NOT_PERSON,   /* the subject is a name, but no person's */
  PLX_NO_SPEAKER_REFUSED,      /* a person found, then refused (crowd, byline, gender, anonymous) */
  PLX_NO_SPEAKER_CONTINUATION, /* no cue, and the speaker of the quote before was not carried on */
} PlxNoSpeaker;

const char *plx_no_speaker_to_string (PlxNoSpeaker why);

typedef struct
{
  guint        first;      /* content token range [first, end) */
  guint        end;
  guint        open;       /* the opening mark, PLX_NO_TOKEN for reported speech */
  guint        close;      /* the closing mark, PLX_NO_TOKEN when unclosed */
  PlxQuoteKind kind;
  int          entity;     /* PlxPeople entity, -1 when none */
  guint        cue_first;  /* cue token range, cue_end == 0 when none */
  guint        cue_end;
  guint        attr_end;   /* token after the attribution clause that follows */
  gboolean     scare;
  gboolean     fragment;   /* a quoted fragment inside reported speech: not output */
  gboolean     attributed; /* attribution found next to the quote */
  PlxNoSpeaker why_none;   /* why entity is -1 (a diagnosis only) */
} PlxFoundQuote;

/* Quotes (speech and scare quotes) in text order. */
GArray *plx_quotes_find (PlxTokens  *tokens,
                         PlxPeople  *people,
                         PlxLexicon *lexicon);

G_END_DECLS

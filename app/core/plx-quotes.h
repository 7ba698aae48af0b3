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
} PlxFoundQuote;

/* Quotes (speech and scare quotes) in text order. */
GArray *plx_quotes_find (PlxTokens  *tokens,
                         PlxPeople  *people,
                         PlxLexicon *lexicon);

G_END_DECLS

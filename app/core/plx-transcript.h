/* plx-transcript.h — Q&A transcripts and interviews
 *
 * Recognises press-conference transcripts ("Q: …" / "A: …", "Q." / "A."),
 * speaker-label lines ("MAYOR DIAZ: …", "REPORTER: …") and interviews laid
 * out as alternating questions and answers (Russian dialogue dashes
 * "— …?" / "— …", or a plain question paragraph followed by its answer).
 * Every question and every answer becomes a quote: answers belong to the
 * labelled speaker or the interviewee named around the transcript, questions
 * to the interviewer when the article names one. A form of address inside a
 * question («Владимир Анатольевич, …») is a mention of the interviewee.
 *
 * The pass runs after plx_quotes_find() and before plx_people_finish();
 * it is linear in the number of tokens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "plx-lexicon.h"
#include "plx-people.h"
#include "plx-quotes.h"
#include "plx-tokenize.h"

G_BEGIN_DECLS

/* Adds the turns of the transcripts found in @tokens to @quotes (an array
 * of PlxFoundQuote in text order, as plx_quotes_find() returns it), dropping
 * the quotes that a turn covers. May merge a person found only as a form of
 * address into the interviewee, which renumbers the entities of @people
 * (and the speakers of @quotes accordingly). Returns the number of
 * question and answer turns found. */
guint plx_transcript_find (PlxTokens  *tokens,
                           PlxPeople  *people,
                           PlxLexicon *lexicon,
                           GArray     *quotes);

G_END_DECLS

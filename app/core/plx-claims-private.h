/* plx-claims-private.h — claim matching, called by plx_analyze()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "plx-analysis.h"

G_BEGIN_DECLS

/* Matches the categories of @rulebook against every quote of @analysis
 * (analysis->quotes, with their speakers) and against every sentence of @text
 * that lies outside the quotes, and appends the matches as PlxClaim* to
 * analysis->claims (sorted by start offset). @analysis->claims must already
 * exist with a free function for PlxClaim (_plx_claim_free).
 * Does nothing when @rulebook is NULL. Thread-safe. */
void _plx_claims_find (PlxAnalysis *analysis,
                       const char  *text,
                       PlxRulebook *rulebook);

/* Frees a PlxClaim (the element free function of analysis->claims). */
void _plx_claim_free  (PlxClaim    *claim);

G_END_DECLS

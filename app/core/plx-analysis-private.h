/* plx-analysis-private.h — building an analysis outside the engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "plx-analysis.h"

G_BEGIN_DECLS

/* An empty analysis (refcount 1) whose arrays free their elements: speakers
 * (with non-NULL aliases, titles and mentions arrays) and quotes allocated
 * with g_new0() and g_strdup()ed strings; claims as in plx-claims-private.h. */
PlxAnalysis *_plx_analysis_new (const char *language);

G_END_DECLS

/* plx-propose.h — proposing claim categories from the articles themselves
 *
 * "Beyond rules": terms (stemmed words and two-word phrases) and named
 * subjects that recur across at least two of the articles, ranked by how many
 * articles carry them and how often, with stop-words (data/lexicons/
 * stopwords-<lang>.json) left out. The user accepts a proposal to turn it
 * into a rulebook category.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <jansson.h>

G_BEGIN_DECLS

typedef struct
{
  char   *label;      /* the most frequent written form ("pipeline tariff", "Oskar Lindgren") */
  char  **patterns;   /* NULL-terminated phrases for a rulebook category */
  guint   support;    /* number of articles that carry it (>= 2) */
  double  score;      /* ranking score, higher first */
  gboolean is_name;   /* a named subject (person, place, organization) */
} PlxProposedCategory;

void       plx_proposed_category_free (PlxProposedCategory *category);

/* Proposes at most @max categories for the @n articles @texts (normalized
 * UTF-8), written in @languages ("en", "ru", "und"; may be NULL).
 * Returns a GPtrArray of PlxProposedCategory*, best first; empty when
 * fewer than two articles are given. Thread-safe. */
GPtrArray *plx_propose_categories     (const char * const *texts,
                                       const char * const *languages,
                                       guint               n,
                                       guint               max);

/* A rulebook JSON object ("format": "parallax-rulebook") with one category
 * per proposal, ready for plx_rulebook_load() once saved. New reference. */
json_t    *plx_proposed_categories_to_json (GPtrArray *proposals);

G_END_DECLS

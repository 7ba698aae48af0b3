/* plx-sort-private.h — a stable sort for arrays that are one sorted run
 * with a second sorted run appended (the passes add what they find in
 * text order to what an earlier pass found)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* g_array_sort (@array, @compare), the same order (the sort is stable):
 * an array already in order is left as it is, two runs in order are
 * merged (on a tie the first run's element first, as the stable sort
 * keeps them), anything else is sorted */
static inline void
plx_array_sort_runs (GArray       *array,
                     GCompareFunc  compare)
{
  guint n = array->len, k = 1, j, a0 = 0, a, b, o;
  gsize size = g_array_get_element_size (array);
  char *d = array->data;
  char *first;

  while (k < n && compare (d + (k - 1) * size, d + k * size) <= 0)
    k++;
  if (k >= n)
    return;
  for (j = k + 1; j < n && compare (d + (j - 1) * size, d + j * size) <= 0; j++)
    ;
  if (j < n)
    {
      g_array_sort (array, compare);
      return;
    }
  /* the elements of the first run not after the second run's first stay */
  while (a0 < k && compare (d + a0 * size, d + k * size) <= 0)
    a0++;
  first = g_malloc ((k - a0) * size);
  memcpy (first, d + a0 * size, (k - a0) * size);
  /* (the output o stays below b while the first run has elements left: no
   * element of the second run is overwritten before it is read) */
  for (a = a0, b = k, o = a0; a < k; o++)
    {
      if (b < n && compare (d + b * size, first + (a - a0) * size) < 0)
        memcpy (d + o * size, d + b++ * size, size);
      else
        memcpy (d + o * size, first + (a++ - a0) * size, size);
    }
  g_free (first);
}

G_END_DECLS

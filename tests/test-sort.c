/* test-sort.c — plx_array_sort_runs(): the order of g_array_sort()
 *
 * The passes sort what they found with plx_array_sort_runs(), which merges
 * two runs in order instead of sorting them; whatever the array, the order
 * must be the stable sort's, ties included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-sort"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "plx-sort-private.h"

typedef struct
{
  guint key;
  guint seq;   /* the position before sorting: tells ties apart */
} Item;

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = a, *y = b;

  return (x->key > y->key) - (x->key < y->key);
}

/* an array of @n items: @runs runs in order (keys below @range), or random
 * keys when @runs is 0 */
static GArray *
make_items (GRand *rand,
            guint  n,
            guint  runs,
            guint  range)
{
  GArray *a = g_array_sized_new (FALSE, FALSE, sizeof (Item), n);
  guint cut = runs > 1 && n > 0 ? (guint) g_rand_int_range (rand, 0, (gint32) n + 1) : n;
  guint key = 0;

  for (guint i = 0; i < n; i++)
    {
      Item it = { 0, i };

      if (i == cut)
        key = (guint) g_rand_int_range (rand, 0, (gint32) range);
      if (runs == 0)
        key = (guint) g_rand_int_range (rand, 0, (gint32) range);
      else if (g_rand_boolean (rand))
        key += (guint) g_rand_int_range (rand, 0, 3);
      it.key = key;
      g_array_append_val (a, it);
    }
  return a;
}

static void
test_same_as_stable_sort (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);

  for (guint round = 0; round < 3000; round++)
    {
      guint n = (guint) g_rand_int_range (rand, 0, 60);
      guint runs = round % 3;   /* 0: random, 1: one run, 2: two runs */
      guint range = (guint) g_rand_int_range (rand, 1, 20);
      g_autoptr(GArray) a = make_items (rand, n, runs, range);
      g_autoptr(GArray) b = g_array_copy (a);

      g_array_sort (a, compare_items);
      plx_array_sort_runs (b, compare_items);
      g_assert_cmpuint (a->len, ==, b->len);
      g_assert_cmpmem (a->data, a->len * sizeof (Item), b->data, b->len * sizeof (Item));
    }
}

static void
test_two_runs (void)
{
  /* 1 3 3 5 | 0 3 4: the 3 of the second run after both 3s of the first */
  static const guint keys[] = { 1, 3, 3, 5, 0, 3, 4 };
  static const guint order[] = { 4, 0, 1, 2, 5, 6, 3 };
  g_autoptr(GArray) a = g_array_new (FALSE, FALSE, sizeof (Item));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      Item it = { keys[i], i };

      g_array_append_val (a, it);
    }
  plx_array_sort_runs (a, compare_items);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpuint (g_array_index (a, Item, i).seq, ==, order[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plx/sort/same-as-stable-sort", test_same_as_stable_sort);
  g_test_add_func ("/plx/sort/two-runs", test_two_runs);

  return g_test_run ();
}

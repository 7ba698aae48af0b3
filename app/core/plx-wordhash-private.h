/* plx-wordhash-private.h — the word fingerprint shared by the per-thread
 * word caches of the tokenizer and the lexicon, the byte loader of the
 * stemmer's form table, and a faster string hash for hash tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* @n (1 to 8) bytes at @p as a little-endian number */
static inline guint64
plx_load_le (const char *p,
             gsize       n)
{
  guint64 v = 0;

  memcpy (&v, p, n);
  return GUINT64_FROM_LE (v);
}

/* plx_load_le (@p, @n) for @n from 1 to 7 not known when compiled, without
 * a call to memcpy(): two loads of four bytes that overlap (or single
 * bytes) put together */
static inline guint64
plx_load_le_short (const char *p,
                   gsize       n)
{
  if (n >= 4)
    return plx_load_le (p, 4) | plx_load_le (p + n - 4, 4) << ((n - 4) * 8);
  return (guint64) (guchar) p[0] | (guint64) (guchar) p[n / 2] << (n / 2 * 8)
         | (guint64) (guchar) p[n - 1] << ((n - 1) * 8);
}

/* The fingerprint of a word of 1 to 24 bytes: its first, middle and last
 * eight bytes (all its bytes, for a word shorter than eight). With the length
 * it identifies the word exactly, so a cache slot can store it instead of
 * the word. */
static inline void
plx_word_fingerprint (const char *w,
                      gsize       len,
                      guint64     raw[3])
{
  if (len >= 8)
    {
      raw[0] = plx_load_le (w, 8);
      raw[1] = plx_load_le (w + (len - 8) / 2, 8);
      raw[2] = plx_load_le (w + len - 8, 8);
    }
  else
    {
      /* (the exact value of the bytes) */
      raw[0] = plx_load_le_short (w, len);
      raw[1] = raw[2] = 0;
    }
}

/* A well-mixed hash of a fingerprint, its length and @seed (which tells
 * apart the lexicons sharing one cache); take the top bits for a slot. */
static inline guint64
plx_word_fingerprint_hash (const guint64 raw[3],
                           gsize         len,
                           guint64       seed)
{
  guint64 h = (raw[0] + seed) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)
              + (raw[1] + len) * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F)
              + raw[2] * G_GUINT64_CONSTANT (0x165667B19E3779F9);

  return (h ^ (h >> 32)) * G_GUINT64_CONSTANT (0xD6E8FEB86659FD93);
}

/* g_str_equal() for a call (not a GEqualFunc): the first bytes first, as
 * keys compared in loops mostly differ there */
static inline gboolean
plx_str_equal (const char *a,
               const char *b)
{
  return a[0] == b[0] && strcmp (a, b) == 0;
}

/* A GHashFunc for strings, eight bytes at a step (g_str_hash() takes one),
 * for tables whose order nothing depends on: it differs from g_str_hash()'s */
static inline guint
plx_str_hash (gconstpointer key)
{
  const char *s = key;
  gsize n = strlen (s);
  guint64 h = (n + 1) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  if (n >= 8)
    {
      /* the last eight bytes (overlapping the others) end the string */
      const char *last = s + n - 8;

      for (; s < last; s += 8)
        h = (h ^ plx_load_le (s, 8)) * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F);
      h = (h ^ plx_load_le (last, 8)) * G_GUINT64_CONSTANT (0x165667B19E3779F9);
    }
  else if (n > 0)
    h = (h ^ plx_load_le_short (s, n)) * G_GUINT64_CONSTANT (0x165667B19E3779F9);
  h ^= h >> 29;
  h *= G_GUINT64_CONSTANT (0xD6E8FEB86659FD93);
  return (guint) (h ^ (h >> 32));
}

G_END_DECLS

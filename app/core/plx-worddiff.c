/* plx-worddiff.c — word-level diff of two renderings of one statement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-worddiff"

#include "config.h"

#include <string.h>

#include "plx-worddiff.h"

/* Above this many DP cells the unmatched middle is one substitution. */
#define MAX_DP_CELLS (1u << 20)

#define ELLIPSIS_NORM "…"

static void
token_free (gpointer data)
{
  PlxDiffToken *token = data;

  g_free (token->text);
  g_free (token->norm);
  g_free (token);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static void
add_token (GPtrArray  *tokens,
           const char *from,
           const char *to,
           guint       start,
           guint       end,
           gboolean    ellipsis)
{
  PlxDiffToken *token = g_new0 (PlxDiffToken, 1);

  token->text = g_strndup (from, to - from);
  if (ellipsis)
    token->norm = g_strdup (ELLIPSIS_NORM);
  else
    {
      g_autoptr(GString) norm = g_string_new (NULL);
      g_autofree char *down = g_utf8_strdown (token->text, -1);

      /* Fold ё to е and typographic apostrophes to ASCII. */
      for (const char *p = down; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c == 0x0451)
            c = 0x0435;
          else if (is_apostrophe (c))
            c = '\'';
          g_string_append_unichar (norm, c);
        }
      token->norm = g_string_free (g_steal_pointer (&norm), FALSE);
    }
  token->start = start;
  token->end = end;
  g_ptr_array_add (tokens, token);
}

GPtrArray *
plx_word_tokenize (const char *text)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (token_free);
  const char *p;
  guint pos = 0;

  g_autofree char *valid = NULL;

  g_return_val_if_fail (text != NULL, tokens);

  /* Invalid bytes become U+FFFD, which is no word character. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  for (p = text; *p != '\0'; )
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          const char *start = p;
          guint start_pos = pos;

          while (*p != '\0')
            {
              gunichar d = g_utf8_get_char (p);

              if (g_unichar_isalnum (d) || g_unichar_ismark (d))
                {
                  p = g_utf8_next_char (p);
                  pos++;
                  continue;
                }
              if (is_apostrophe (d) || is_hyphen (d))
                {
                  const char *next = g_utf8_next_char (p);

                  if (*next != '\0' && g_unichar_isalnum (g_utf8_get_char (next)))
                    {
                      p = next;
                      pos++;
                      continue;
                    }
                }
              break;
            }
          add_token (tokens, start, p, start_pos, pos, FALSE);
          continue;
        }

      if (c == 0x2026)
        {
          add_token (tokens, p, g_utf8_next_char (p), pos, pos + 1, TRUE);
          p = g_utf8_next_char (p);
          pos++;
          continue;
        }

      if (c == '.' && p[1] == '.' && p[2] == '.')
        {
          const char *start = p;
          guint start_pos = pos;

          while (*p == '.')
            {
              p++;
              pos++;
            }
          add_token (tokens, start, p, start_pos, pos, TRUE);
          continue;
        }

      p = g_utf8_next_char (p);
      pos++;
    }

  return tokens;
}

static gboolean
token_is_ellipsis (GPtrArray *tokens,
                   guint      i)
{
  return g_str_equal (((PlxDiffToken *)g_ptr_array_index (tokens, i))->norm, ELLIPSIS_NORM);
}

static gboolean
tokens_equal (GPtrArray *a,
              guint      i,
              GPtrArray *b,
              guint      j)
{
  return g_str_equal (((PlxDiffToken *)g_ptr_array_index (a, i))->norm,
                      ((PlxDiffToken *)g_ptr_array_index (b, j))->norm);
}

/* Edit script: 'E' (equal), 'D' (a only), 'I' (b only). */
static void
lcs_script (GPtrArray *a,
            guint      a0,
            guint      a1,
            GPtrArray *b,
            guint      b0,
            guint      b1,
            GString   *script)
{
  guint n = a1 - a0;
  guint m = b1 - b0;
  guint32 *dp;
  guint i, j;
  gsize cells = (gsize)(n + 1) * (m + 1);

  if (n == 0 || m == 0 || cells > MAX_DP_CELLS)
    {
      for (i = 0; i < n; i++)
        g_string_append_c (script, 'D');
      for (j = 0; j < m; j++)
        g_string_append_c (script, 'I');
      return;
    }

  /* dp[i][j] = LCS of a[a0+i..a1) and b[b0+j..b1) */
  dp = g_new0 (guint32, cells);
#define DP(x, y) dp[(gsize)(x) * (m + 1) + (y)]
  for (i = n; i-- > 0; )
    for (j = m; j-- > 0; )
      {
        if (tokens_equal (a, a0 + i, b, b0 + j))
          DP (i, j) = DP (i + 1, j + 1) + 1;
        else
          DP (i, j) = MAX (DP (i + 1, j), DP (i, j + 1));
      }

  i = 0;
  j = 0;
  while (i < n && j < m)
    {
      if (tokens_equal (a, a0 + i, b, b0 + j))
        {
          g_string_append_c (script, 'E');
          i++;
          j++;
        }
      else if (DP (i + 1, j) >= DP (i, j + 1))
        {
          g_string_append_c (script, 'D');
          i++;
        }
      else
        {
          g_string_append_c (script, 'I');
          j++;
        }
    }
  for (; i < n; i++)
    g_string_append_c (script, 'D');
  for (; j < m; j++)
    g_string_append_c (script, 'I');
#undef DP
  g_free (dp);
}

static void
push_chunk (GArray    *chunks,
            PlxDiffOp  op,
            guint      a_start,
            guint      a_end,
            guint      b_start,
            guint      b_end)
{
  PlxDiffChunk chunk = { op, a_start, a_end, b_start, b_end };

  if (a_start == a_end && b_start == b_end)
    return;
  /* Merge with the previous chunk of the same kind. */
  if (chunks->len > 0)
    {
      PlxDiffChunk *last = &g_array_index (chunks, PlxDiffChunk, chunks->len - 1);

      if (last->op == op && last->a_end == a_start && last->b_end == b_start)
        {
          last->a_end = a_end;
          last->b_end = b_end;
          return;
        }
    }
  g_array_append_val (chunks, chunk);
}

static void
classify_gap (PlxWordDiff *diff,
              guint        a_start,
              guint        a_end,
              guint        b_start,
              guint        b_end,
              gboolean     at_start,
              gboolean     at_end)
{
  guint n_ellipsis = 0;
  guint b_words;

  for (guint j = b_start; j < b_end; j++)
    if (token_is_ellipsis (diff->b_tokens, j))
      n_ellipsis++;
  b_words = (b_end - b_start) - n_ellipsis;

  if (a_start == a_end && b_start == b_end)
    return;

  if (n_ellipsis > 0 && b_words == 0)
    {
      push_chunk (diff->chunks, PLX_DIFF_ELLIPSIS, a_start, a_end, b_start, b_end);
      return;
    }

  if (b_start == b_end)
    {
      PlxDiffOp op = PLX_DIFF_DELETE;

      if (at_start && !at_end)
        op = PLX_DIFF_TRUNCATE_START;
      else if (at_end && !at_start)
        op = PLX_DIFF_TRUNCATE_END;
      push_chunk (diff->chunks, op, a_start, a_end, b_start, b_end);
      return;
    }

  if (a_start == a_end)
    {
      push_chunk (diff->chunks, PLX_DIFF_INSERT, a_start, a_end, b_start, b_end);
      return;
    }

  push_chunk (diff->chunks, PLX_DIFF_SUBSTITUTE, a_start, a_end, b_start, b_end);
}

PlxWordDiff *
plx_word_diff (const char *a,
               const char *b)
{
  PlxWordDiff *diff;
  g_autoptr(GString) script = NULL;
  guint n, m, pre = 0, suf = 0;
  guint i = 0, j = 0;
  guint gap_a = 0, gap_b = 0;
  gboolean seen_equal = FALSE;

  g_return_val_if_fail (a != NULL && b != NULL, NULL);

  diff = g_new0 (PlxWordDiff, 1);
  diff->a_tokens = plx_word_tokenize (a);
  diff->b_tokens = plx_word_tokenize (b);
  diff->chunks = g_array_new (FALSE, FALSE, sizeof (PlxDiffChunk));
  n = diff->a_tokens->len;
  m = diff->b_tokens->len;

  for (guint k = 0; k < n; k++)
    if (!token_is_ellipsis (diff->a_tokens, k))
      diff->n_a_words++;
  for (guint k = 0; k < m; k++)
    if (!token_is_ellipsis (diff->b_tokens, k))
      diff->n_b_words++;

  /* Common prefix and suffix first: keeps the DP small. */
  while (pre < n && pre < m && tokens_equal (diff->a_tokens, pre, diff->b_tokens, pre))
    pre++;
  while (suf < n - pre && suf < m - pre &&
         tokens_equal (diff->a_tokens, n - 1 - suf, diff->b_tokens, m - 1 - suf))
    suf++;

  script = g_string_sized_new (n + m + 1);
  for (guint k = 0; k < pre; k++)
    g_string_append_c (script, 'E');
  lcs_script (diff->a_tokens, pre, n - suf, diff->b_tokens, pre, m - suf, script);
  for (guint k = 0; k < suf; k++)
    g_string_append_c (script, 'E');

  for (gsize s = 0; s <= script->len; s++)
    {
      char op = s < script->len ? script->str[s] : '\0';

      if (op == 'E' || op == '\0')
        {
          if (gap_a < i || gap_b < j)
            classify_gap (diff, gap_a, i, gap_b, j, !seen_equal, op == '\0');
          if (op == '\0')
            break;
          push_chunk (diff->chunks, PLX_DIFF_EQUAL, i, i + 1, j, j + 1);
          if (!token_is_ellipsis (diff->a_tokens, i))
            diff->n_equal++;
          seen_equal = TRUE;
          i++;
          j++;
          gap_a = i;
          gap_b = j;
        }
      else if (op == 'D')
        i++;
      else
        j++;
    }

  return diff;
}

void
plx_word_diff_free (PlxWordDiff *diff)
{
  if (diff == NULL)
    return;
  g_ptr_array_unref (diff->a_tokens);
  g_ptr_array_unref (diff->b_tokens);
  g_array_unref (diff->chunks);
  g_free (diff);
}

double
plx_word_diff_containment (const PlxWordDiff *diff)
{
  g_return_val_if_fail (diff != NULL, 0.0);

  if (diff->n_b_words == 0)
    return diff->n_a_words == 0 ? 1.0 : 0.0;
  return (double)diff->n_equal / (double)diff->n_b_words;
}

const char *
plx_diff_op_to_string (PlxDiffOp op)
{
  switch (op)
    {
    case PLX_DIFF_EQUAL: return "equal";
    case PLX_DIFF_INSERT: return "insert";
    case PLX_DIFF_DELETE: return "delete";
    case PLX_DIFF_SUBSTITUTE: return "substitute";
    case PLX_DIFF_TRUNCATE_START: return "truncate-start";
    case PLX_DIFF_TRUNCATE_END: return "truncate-end";
    case PLX_DIFF_ELLIPSIS: return "ellipsis";
    default: return "unknown";
    }
}

static char *
join_tokens (GPtrArray *tokens,
             guint      start,
             guint      end)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint k = start; k < end; k++)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, ((PlxDiffToken *)g_ptr_array_index (tokens, k))->text);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

json_t *
plx_word_diff_to_json (const PlxWordDiff *diff)
{
  json_t *array;

  g_return_val_if_fail (diff != NULL, NULL);

  array = json_array ();
  for (guint k = 0; k < diff->chunks->len; k++)
    {
      const PlxDiffChunk *chunk = &g_array_index (diff->chunks, PlxDiffChunk, k);
      g_autofree char *a = join_tokens (diff->a_tokens, chunk->a_start, chunk->a_end);
      g_autofree char *b = join_tokens (diff->b_tokens, chunk->b_start, chunk->b_end);
      json_t *entry = json_object ();

      json_object_set_new (entry, "op", json_string (plx_diff_op_to_string (chunk->op)));
      json_object_set_new (entry, "a", json_string (a));
      json_object_set_new (entry, "b", json_string (b));
      json_array_append_new (array, entry);
    }
  return array;
}

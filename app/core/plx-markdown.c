/* plx-markdown.c — the text a reader sees in a Markdown article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-markdown"

#include "config.h"

#include <string.h>

#include "plx-markdown.h"

/* Bounds that keep pathological input linear. */
#define MAX_SCAN 2000
#define MAX_NESTING 8
#define MAX_OPENER_SEARCH 64
#define FRONT_MATTER_LINES 100

typedef struct
{
  gsize    pos;       /* byte offset of the run in the output */
  gsize    length;    /* bytes still unmatched */
  char     c;
  gboolean can_open;
  gboolean can_close;
} Delimiter;

typedef struct
{
  gsize start;
  gsize length;
} Range;

static gboolean
is_space_at (const char *s,
             gssize      i,
             gsize       len)
{
  if (i < 0 || (gsize)i >= len)
    return TRUE;
  return g_ascii_isspace (s[i]);
}

static gboolean
is_punct_at (const char *s,
             gssize      i,
             gsize       len)
{
  if (i < 0 || (gsize)i >= len)
    return FALSE;
  return g_ascii_ispunct (s[i]);
}

/* Index of the ']' closing the '[' at @open, or -1. */
static gssize
find_closing_bracket (const char *s,
                      gsize       len,
                      gsize       open,
                      gsize      *budget)
{
  int depth = 0;

  for (gsize i = open; i < len && i - open < MAX_SCAN && *budget > 0; i++, (*budget)--)
    {
      if (s[i] == '\\' && i + 1 < len)
        {
          i++;
          continue;
        }
      if (s[i] == '[')
        depth++;
      else if (s[i] == ']' && --depth == 0)
        return i;
    }
  return -1;
}

/* Index of the ')' closing the '(' at @open, or -1. */
static gssize
find_closing_paren (const char *s,
                    gsize       len,
                    gsize       open,
                    gsize      *budget)
{
  int depth = 0;

  for (gsize i = open; i < len && i - open < MAX_SCAN && *budget > 0; i++, (*budget)--)
    {
      if (s[i] == '\\' && i + 1 < len)
        {
          i++;
          continue;
        }
      if (s[i] == '(')
        depth++;
      else if (s[i] == ')' && --depth == 0)
        return i;
      else if (s[i] == '\n')
        return -1;
    }
  return -1;
}

typedef struct
{
  const char *name;
  const char *text;
} Entity;

static const Entity entities[] = {
  { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" },
  { "apos", "'" }, { "nbsp", "\xc2\xa0" }, { "mdash", "—" },
  { "ndash", "–" }, { "hellip", "…" }, { "laquo", "«" },
  { "raquo", "»" }, { "lsquo", "‘" }, { "rsquo", "’" }, { "ldquo", "“" },
  { "rdquo", "”" }, { "bdquo", "„" }, { "copy", "©" },
};

/* Decode an entity at s[i] == '&'; returns bytes consumed or 0. */
static gsize
decode_entity (const char *s,
               gsize       len,
               gsize       i,
               GString    *out)
{
  gsize end = i + 1;

  while (end < len && end - i < 12 && (g_ascii_isalnum (s[end]) || s[end] == '#'))
    end++;
  if (end >= len || s[end] != ';' || end == i + 1)
    return 0;

  if (s[i + 1] == '#')
    {
      gunichar c;
      char *endptr = NULL;

      if (s[i + 2] == 'x' || s[i + 2] == 'X')
        c = (gunichar)g_ascii_strtoull (s + i + 3, &endptr, 16);
      else
        c = (gunichar)g_ascii_strtoull (s + i + 2, &endptr, 10);
      if (endptr != s + end || c == 0 || !g_unichar_validate (c))
        return 0;
      g_string_append_unichar (out, c);
      return end - i + 1;
    }

  for (guint k = 0; k < G_N_ELEMENTS (entities); k++)
    if (strlen (entities[k].name) == end - i - 1 &&
        strncmp (s + i + 1, entities[k].name, end - i - 1) == 0)
      {
        g_string_append (out, entities[k].text);
        return end - i + 1;
      }
  return 0;
}

static void inline_into (const char *s, gsize len, GString *out, guint nesting, gsize *budget);

static void
handle_delimiter_run (const char *s,
                      gsize       len,
                      gsize       i,
                      gsize       n,
                      GString    *out,
                      GArray     *stack,
                      GArray     *removed)
{
  char c = s[i];
  gboolean next_space = is_space_at (s, i + n, len);
  gboolean prev_space = is_space_at (s, (gssize)i - 1, len);
  gboolean next_punct = is_punct_at (s, i + n, len);
  gboolean prev_punct = is_punct_at (s, (gssize)i - 1, len);
  gboolean left = !next_space && (!next_punct || prev_space || prev_punct);
  gboolean right = !prev_space && (!prev_punct || next_space || next_punct);
  Delimiter d = { out->len, n, c, left, right };

  if (c == '_')
    {
      /* snake_case is not emphasis */
      d.can_open = left && (!right || prev_punct);
      d.can_close = right && (!left || next_punct);
    }
  else if (c == '~' && n != 2)
    {
      d.can_open = d.can_close = FALSE;
    }

  g_string_append_len (out, s + i, n);

  if (d.can_close)
    {
      guint k = stack->len;
      guint steps = 0;

      /* Looking further back than this finds nothing in real text. */
      while (k > 0 && d.length > 0 && steps++ < MAX_OPENER_SEARCH)
        {
          Delimiter *opener = &g_array_index (stack, Delimiter, k - 1);
          gsize take;
          Range r1, r2;

          if (opener->c != c || !opener->can_open || opener->length == 0 ||
              (c == '~' && opener->length != d.length))
            {
              k--;
              continue;
            }

          take = MIN (opener->length, d.length);
          r1.start = opener->pos + opener->length - take;
          r1.length = take;
          r2.start = d.pos;
          r2.length = take;
          g_array_append_val (removed, r1);
          g_array_append_val (removed, r2);
          opener->length -= take;
          d.length -= take;
          d.pos += take;
          /* Openers inside the matched pair can no longer match. */
          g_array_set_size (stack, opener->length > 0 ? k : k - 1);
          k = stack->len;
        }
      if (d.length == 0)
        return;
    }

  if (d.can_open && d.length > 0)
    g_array_append_val (stack, d);
}

static gint
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const Range *ra = a;
  const Range *rb = b;
  return ra->start < rb->start ? -1 : ra->start > rb->start ? 1 : 0;
}

/* @budget bounds the look-ahead scans of one block, so that a block full
 * of unmatched brackets or backticks stays linear. */
static void
inline_into (const char *s,
             gsize       len,
             GString    *result,
             guint       nesting,
             gsize      *budget)
{
  g_autoptr(GString) out = g_string_sized_new (len + 1);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Delimiter));
  g_autoptr(GArray) removed = g_array_new (FALSE, FALSE, sizeof (Range));
  gsize i = 0;
  gsize cursor = 0;

  while (i < len)
    {
      char c = s[i];

      if (c == '\\' && i + 1 < len && g_ascii_ispunct (s[i + 1]))
        {
          g_string_append_c (out, s[i + 1]);
          i += 2;
          continue;
        }

      if (c == '`')
        {
          gsize n = 0;
          gsize j;

          while (i + n < len && s[i + n] == '`')
            n++;
          /* find a closing run of exactly n backticks */
          for (j = i + n; j < len && j - i < MAX_SCAN && *budget > 0; j++, (*budget)--)
            {
              gsize m = 0;
              if (s[j] != '`')
                continue;
              while (j + m < len && s[j + m] == '`')
                m++;
              if (m == n)
                break;
              j += m - 1;
            }
          if (j < len && j - i < MAX_SCAN && *budget > 0 && s[j] == '`')
            {
              gsize start = i + n, end = j;
              if (end - start >= 2 && s[start] == ' ' && s[end - 1] == ' ')
                {
                  start++;
                  end--;
                }
              g_string_append_len (out, s + start, end - start);
              i = j + n;
            }
          else
            {
              g_string_append_len (out, s + i, n);
              i += n;
            }
          continue;
        }

      if ((c == '[' || (c == '!' && i + 1 < len && s[i + 1] == '[')) && nesting < MAX_NESTING)
        {
          gboolean image = c == '!';
          gsize open = image ? i + 1 : i;
          gssize close = find_closing_bracket (s, len, open, budget);

          if (close > 0 && (gsize)close + 1 < len && s[close + 1] == '(')
            {
              gssize paren = find_closing_paren (s, len, close + 1, budget);
              if (paren > 0)
                {
                  if (!image)
                    inline_into (s + open + 1, close - open - 1, out, nesting + 1, budget);
                  i = paren + 1;
                  continue;
                }
            }
          if (close > 0 && (gsize)close + 1 < len && s[close + 1] == '[')
            {
              gssize ref_close = find_closing_bracket (s, len, close + 1, budget);
              if (ref_close > 0)
                {
                  if (!image)
                    inline_into (s + open + 1, close - open - 1, out, nesting + 1, budget);
                  i = ref_close + 1;
                  continue;
                }
            }
        }

      if (c == '<')
        {
          gsize j = i + 1;

          while (j < len && j - i < MAX_SCAN && *budget > 0 && s[j] != '>' && s[j] != '<' && s[j] != '\n')
            {
              j++;
              (*budget)--;
            }
          if (j < len && s[j] == '>' && j > i + 1)
            {
              g_autofree char *inner = g_strndup (s + i + 1, j - i - 1);

              if (strstr (inner, "://") != NULL && strchr (inner, ' ') == NULL)
                {
                  g_string_append (out, inner);   /* autolink */
                  i = j + 1;
                  continue;
                }
              if (strchr (inner, '@') != NULL && strchr (inner, ' ') == NULL)
                {
                  g_string_append (out, inner);   /* e-mail autolink */
                  i = j + 1;
                  continue;
                }
              if (g_ascii_isalpha (inner[0]) || inner[0] == '/' || inner[0] == '!')
                {
                  i = j + 1;                      /* inline HTML tag */
                  continue;
                }
            }
        }

      if (c == '&')
        {
          gsize used = decode_entity (s, len, i, out);
          if (used > 0)
            {
              i += used;
              continue;
            }
        }

      if (c == '*' || c == '_' || c == '~')
        {
          gsize n = 0;
          while (i + n < len && s[i + n] == c)
            n++;
          handle_delimiter_run (s, len, i, n, out, stack, removed);
          i += n;
          continue;
        }

      g_string_append_c (out, c);
      i++;
    }

  /* Copy the output without the matched emphasis markers. */
  g_array_sort (removed, compare_ranges);
  for (guint k = 0; k < removed->len; k++)
    {
      Range *r = &g_array_index (removed, Range, k);
      if (r->start < cursor)
        continue;
      g_string_append_len (result, out->str + cursor, r->start - cursor);
      cursor = r->start + r->length;
    }
  if (cursor < out->len)
    g_string_append_len (result, out->str + cursor, out->len - cursor);
}

char *
_plx_markdown_inline (const char *text)
{
  GString *result;
  gsize len;
  gsize budget;

  if (text == NULL)
    return NULL;
  result = g_string_new (NULL);
  len = strlen (text);
  budget = 16 * len + 65536;
  inline_into (text, len, result, 0, &budget);
  return g_string_free (result, FALSE);
}

/* ---- blocks ------------------------------------------------------------ */

typedef struct
{
  GString     *out;
  GString     *block;
  PlxTextMeta *meta;
  guint        n_blocks;
  gboolean     hard_break;
} Converter;

static void
flush_block (Converter *cv,
             gboolean   heading)
{
  g_autofree char *text = NULL;

  if (cv->block->len == 0)
    return;

  text = _plx_markdown_inline (cv->block->str);
  g_string_truncate (cv->block, 0);
  cv->hard_break = FALSE;

  g_strstrip (text);
  if (*text == '\0')
    return;

  if (heading && cv->n_blocks == 0 && cv->meta->title == NULL)
    cv->meta->title = _plx_normalize_inline (text);

  if (cv->out->len > 0)
    g_string_append (cv->out, "\n\n");
  g_string_append (cv->out, text);
  cv->n_blocks++;
}

static void
flush_literal (Converter *cv)
{
  if (cv->block->len == 0)
    return;
  if (cv->out->len > 0)
    g_string_append (cv->out, "\n\n");
  g_string_append (cv->out, cv->block->str);
  g_string_truncate (cv->block, 0);
  cv->n_blocks++;
}

static gboolean
only_chars (const char *s,
            char        c,
            guint       min_count)
{
  guint count = 0;

  for (; *s != '\0'; s++)
    {
      if (*s == c)
        count++;
      else if (*s != ' ' && *s != '\t')
        return FALSE;
    }
  return count >= min_count;
}

static gboolean
is_thematic_break (const char *s)
{
  return only_chars (s, '-', 3) || only_chars (s, '*', 3) || only_chars (s, '_', 3);
}

static gsize
fence_length (const char *s,
              char       *fence_char)
{
  gsize n = 0;

  if (*s != '`' && *s != '~')
    return 0;
  while (s[n] == s[0])
    n++;
  if (n < 3)
    return 0;
  *fence_char = s[0];
  return n;
}

static char *
unquote (const char *value)
{
  g_autofree char *v = g_strstrip (g_strdup (value));
  gsize len = strlen (v);

  if (len >= 2 && ((v[0] == '"' && v[len - 1] == '"') || (v[0] == '\'' && v[len - 1] == '\'')))
    {
      v[len - 1] = '\0';
      return _plx_normalize_inline (v + 1);
    }
  return _plx_normalize_inline (v);
}

static void
take_front_matter_field (PlxTextMeta *meta,
                         const char  *line)
{
  const char *colon = strchr (line, ':');
  g_autofree char *key = NULL;
  char **slot = NULL;

  if (colon == NULL)
    return;
  key = g_ascii_strdown (line, colon - line);
  g_strstrip (key);

  if (strcmp (key, "title") == 0)
    slot = &meta->title;
  else if (strcmp (key, "author") == 0 || strcmp (key, "byline") == 0 || strcmp (key, "authors") == 0)
    slot = &meta->byline;
  else if (strcmp (key, "date") == 0 || strcmp (key, "published") == 0 || strcmp (key, "pubdate") == 0)
    slot = &meta->date;
  else if (strcmp (key, "outlet") == 0 || strcmp (key, "source") == 0 ||
           strcmp (key, "publisher") == 0 || strcmp (key, "site") == 0 ||
           strcmp (key, "site_name") == 0)
    slot = &meta->outlet;

  if (slot != NULL && *slot == NULL)
    *slot = unquote (colon + 1);
}

/* Lines of a YAML front matter block at the start, or 0 when there is none. */
static guint
front_matter (char       **lines,
              PlxTextMeta *meta)
{
  guint end = 0;

  if (lines[0] == NULL || strcmp (g_strchomp (lines[0]), "---") != 0)
    return 0;

  for (guint i = 1; lines[i] != NULL && i < FRONT_MATTER_LINES; i++)
    {
      g_strchomp (lines[i]);
      if (strcmp (lines[i], "---") == 0 || strcmp (lines[i], "...") == 0)
        {
          end = i;
          break;
        }
      /* Front matter is "key: value" lines; anything else means the
       * leading "---" was a rule. */
      if (lines[i][0] != '\0' && lines[i][0] != ' ' && lines[i][0] != '-' &&
          lines[i][0] != '#' && strchr (lines[i], ':') == NULL)
        return 0;
    }
  if (end == 0)
    return 0;

  for (guint i = 1; i < end; i++)
    take_front_matter_field (meta, lines[i]);
  return end + 1;
}

char *
_plx_markdown_to_text (const char  *markdown,
                       PlxTextMeta *meta)
{
  g_auto(GStrv) lines = NULL;
  Converter cv = { 0 };
  gboolean in_fence = FALSE;
  char fence_char = 0;
  gsize fence_len = 0;
  guint first;

  g_return_val_if_fail (markdown != NULL, NULL);
  g_return_val_if_fail (meta != NULL, NULL);

  lines = g_strsplit (markdown, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize l = strlen (lines[i]);
      if (l > 0 && lines[i][l - 1] == '\r')
        lines[i][l - 1] = '\0';
    }

  cv.out = g_string_new (NULL);
  cv.block = g_string_new (NULL);
  cv.meta = meta;

  first = front_matter (lines, meta);

  for (guint i = first; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      const char *p;
      gsize indent = 0;
      gsize n;
      gboolean hard_break = FALSE;
      gsize len;

      if (in_fence)
        {
          const char *q = line;
          char fc = 0;

          while (*q == ' ')
            q++;
          n = fence_length (q, &fc);
          if (n >= fence_len && fc == fence_char && only_chars (q, fc, n))
            {
              in_fence = FALSE;
              flush_literal (&cv);
              continue;
            }
          if (cv.block->len > 0)
            g_string_append_c (cv.block, '\n');
          g_string_append (cv.block, line);
          continue;
        }

      /* Block quotes read as the text they quote. */
      p = line;
      for (;;)
        {
          const char *q = p;
          while (*q == ' ' && q - p < 4)
            q++;
          if (*q != '>')
            break;
          p = q + 1;
          if (*p == ' ')
            p++;
        }

      while (p[indent] == ' ' || p[indent] == '\t')
        indent++;
      p += indent;

      if (*p == '\0')
        {
          flush_block (&cv, FALSE);
          continue;
        }

      n = fence_length (p, &fence_char);
      if (n > 0)
        {
          flush_block (&cv, FALSE);
          in_fence = TRUE;
          fence_len = n;
          continue;
        }

      /* Setext heading underline. */
      if (cv.block->len > 0 && (only_chars (p, '=', 1) || only_chars (p, '-', 2)))
        {
          flush_block (&cv, TRUE);
          continue;
        }

      if (is_thematic_break (p))
        {
          flush_block (&cv, FALSE);
          continue;
        }

      if (*p == '#')
        {
          gsize level = 0;
          while (p[level] == '#')
            level++;
          if (level <= 6 && (p[level] == ' ' || p[level] == '\t' || p[level] == '\0'))
            {
              g_autofree char *heading = g_strdup (p + level);
              char *end;

              g_strstrip (heading);
              /* closing #s */
              end = heading + strlen (heading);
              while (end > heading && end[-1] == '#')
                end--;
              if (end == heading || end[-1] == ' ' || end[-1] == '\t')
                *end = '\0';
              g_strstrip (heading);

              flush_block (&cv, FALSE);
              g_string_append (cv.block, heading);
              flush_block (&cv, TRUE);
              continue;
            }
        }

      /* Reference definitions "[id]: url" are not text. */
      if (*p == '[')
        {
          const char *close = strstr (p, "]:");
          if (close != NULL && memchr (p + 1, ']', close - p - 1) == NULL)
            continue;
        }

      len = strlen (p);
      if (len >= 2 && p[len - 1] == ' ' && p[len - 2] == ' ')
        hard_break = TRUE;
      else if (len >= 1 && p[len - 1] == '\\')
        {
          hard_break = TRUE;
          len--;
        }
      while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
        len--;

      /* List items: each starts a new line; bullets go, numbers stay. */
      if ((*p == '-' || *p == '*' || *p == '+') && (p[1] == ' ' || p[1] == '\t'))
        {
          const char *item = p + 2;
          while (*item == ' ' || *item == '\t')
            item++;
          if (cv.block->len > 0)
            g_string_append_c (cv.block, '\n');
          g_string_append_len (cv.block, item, len - (item - p));
          cv.hard_break = hard_break;
          continue;
        }
      {
        gsize digits = 0;
        while (g_ascii_isdigit (p[digits]) && digits < 9)
          digits++;
        if (digits > 0 && (p[digits] == '.' || p[digits] == ')') &&
            (p[digits + 1] == ' ' || p[digits + 1] == '\t'))
          {
            if (cv.block->len > 0)
              g_string_append_c (cv.block, '\n');
            g_string_append_len (cv.block, p, len);
            cv.hard_break = hard_break;
            continue;
          }
      }

      if (cv.block->len > 0)
        g_string_append_c (cv.block, cv.hard_break ? '\n' : ' ');
      g_string_append_len (cv.block, p, len);
      cv.hard_break = hard_break;
    }

  if (in_fence)
    flush_literal (&cv);
  else
    flush_block (&cv, FALSE);

  g_string_free (cv.block, TRUE);
  return g_string_free (cv.out, FALSE);
}

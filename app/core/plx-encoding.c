/* plx-encoding.c — recognise binary data and decode text to UTF-8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-encoding"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <uchardet.h>

#include "plx-encoding.h"
#include "plx-error.h"

/* uchardet needs far less than this to make up its mind. */
#define UCHARDET_SAMPLE (256 * 1024)
/* How far into an HTML document a charset declaration is looked for. */
#define HTML_SNIFF_LENGTH 8192
/* Control characters beyond this share (per mille) mean binary data. */
#define CONTROL_PER_MILLE 10

static gboolean
has_prefix (const guint8 *data,
            gsize         length,
            const char   *magic,
            gsize         magic_length)
{
  return length >= magic_length && memcmp (data, magic, magic_length) == 0;
}

PlxBinaryKind
_plx_encoding_sniff_binary (const guint8 *data,
                            gsize         length)
{
  gsize controls = 0;
  gboolean utf16;

  if (data == NULL || length == 0)
    return PLX_BINARY_NONE;

  if (has_prefix (data, length, "\x89PNG\r\n\x1a\n", 8))
    return PLX_BINARY_PNG;
  if (has_prefix (data, length, "\xff\xd8\xff", 3))
    return PLX_BINARY_JPEG;
  if (has_prefix (data, length, "GIF87a", 6) || has_prefix (data, length, "GIF89a", 6))
    return PLX_BINARY_GIF;
  if (has_prefix (data, length, "%PDF-", 5))
    return PLX_BINARY_PDF;
  if (has_prefix (data, length, "PK\x03\x04", 4) || has_prefix (data, length, "PK\x05\x06", 4))
    return PLX_BINARY_ZIP;
  if (has_prefix (data, length, "\x1f\x8b", 2))
    return PLX_BINARY_GZIP;
  if (has_prefix (data, length, "\x7f" "ELF", 4) || has_prefix (data, length, "MZ\x90\x00", 4))
    return PLX_BINARY_EXECUTABLE;

  utf16 = has_prefix (data, length, "\xff\xfe", 2) || has_prefix (data, length, "\xfe\xff", 2);
  if (utf16)
    return PLX_BINARY_NONE;

  if (memchr (data, 0, length) != NULL)
    return PLX_BINARY_NUL;

  for (gsize i = 0; i < length; i++)
    {
      guint8 b = data[i];
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' && b != 0x1b)
        controls++;
    }
  if (controls >= 8 && controls * 1000 > length * CONTROL_PER_MILLE)
    return PLX_BINARY_CONTROL;

  return PLX_BINARY_NONE;
}

char *
_plx_encoding_binary_message (PlxBinaryKind  kind,
                              const char    *name)
{
  switch (kind)
    {
    case PLX_BINARY_PNG:
      return g_strdup_printf (_("“%s” is a PNG image, not a text article"), name);
    case PLX_BINARY_JPEG:
      return g_strdup_printf (_("“%s” is a JPEG image, not a text article"), name);
    case PLX_BINARY_GIF:
      return g_strdup_printf (_("“%s” is a GIF image, not a text article"), name);
    case PLX_BINARY_PDF:
      return g_strdup_printf (_("“%s” is a PDF document; only text, Markdown and HTML files can be imported"), name);
    case PLX_BINARY_ZIP:
      return g_strdup_printf (_("“%s” is a ZIP archive or office document; only text, Markdown and HTML files can be imported"), name);
    case PLX_BINARY_GZIP:
      return g_strdup_printf (_("“%s” is a compressed (gzip) file, not a text article"), name);
    case PLX_BINARY_EXECUTABLE:
      return g_strdup_printf (_("“%s” is a program, not a text article"), name);
    case PLX_BINARY_NUL:
      return g_strdup_printf (_("“%s” contains binary data (NUL bytes), not text"), name);
    case PLX_BINARY_CONTROL:
      return g_strdup_printf (_("“%s” contains binary data (control characters), not text"), name);
    case PLX_BINARY_NONE:
    default:
      return g_strdup_printf (_("“%s” contains binary data, not text"), name);
    }
}

typedef struct
{
  const char *label;
  const char *name;
} LabelMap;

/* Labels from the WHATWG encoding list and uchardet's names for the
 * encodings Parallax supports. Latin-1 labels keep their name; decoding
 * treats them as Windows-1252 when the bytes need it, as browsers do. */
static const LabelMap label_map[] = {
  { "utf-8", "UTF-8" },
  { "utf8", "UTF-8" },
  { "unicode-1-1-utf-8", "UTF-8" },
  { "windows-1251", "WINDOWS-1251" },
  { "cp1251", "WINDOWS-1251" },
  { "cp-1251", "WINDOWS-1251" },
  { "x-cp1251", "WINDOWS-1251" },
  { "win-1251", "WINDOWS-1251" },
  { "koi8-r", "KOI8-R" },
  { "koi8r", "KOI8-R" },
  { "koi8", "KOI8-R" },
  { "koi", "KOI8-R" },
  { "cskoi8r", "KOI8-R" },
  { "windows-1252", "WINDOWS-1252" },
  { "cp1252", "WINDOWS-1252" },
  { "x-cp1252", "WINDOWS-1252" },
  { "iso-8859-1", "ISO-8859-1" },
  { "iso8859-1", "ISO-8859-1" },
  { "iso_8859-1", "ISO-8859-1" },
  { "iso88591", "ISO-8859-1" },
  { "latin1", "ISO-8859-1" },
  { "latin-1", "ISO-8859-1" },
  { "l1", "ISO-8859-1" },
  { "iso-ir-100", "ISO-8859-1" },
  { "cp819", "ISO-8859-1" },
  { "us-ascii", "ISO-8859-1" },
  { "ascii", "ISO-8859-1" },
};

const char *
_plx_encoding_canonical_name (const char *label)
{
  g_autofree char *lower = NULL;

  if (label == NULL)
    return NULL;

  lower = g_ascii_strdown (label, -1);
  g_strstrip (lower);
  for (guint i = 0; i < G_N_ELEMENTS (label_map); i++)
    if (strcmp (lower, label_map[i].label) == 0)
      return label_map[i].name;

  return NULL;
}

static const char *
read_label (const char *p,
            const char *end,
            char       *buf,
            gsize       buf_size)
{
  gsize n = 0;

  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  if (p >= end || *p != '=')
    return NULL;
  p++;
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '"' || *p == '\''))
    p++;
  while (p < end && n + 1 < buf_size &&
         (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.' || *p == ':'))
    buf[n++] = *p++;
  buf[n] = '\0';

  return n > 0 ? buf : NULL;
}

const char *
_plx_encoding_html_charset (const guint8 *data,
                            gsize         length)
{
  g_autofree char *head = NULL;
  gsize n = MIN (length, HTML_SNIFF_LENGTH);
  const char *end;
  const char *p;
  char label[48];

  if (data == NULL || n == 0)
    return NULL;

  /* ASCII case folding is safe for every ASCII-compatible encoding. */
  head = g_ascii_strdown ((const char *)data, n);
  end = head + strlen (head);

  /* <?xml version="1.0" encoding="…"?> */
  if (g_str_has_prefix (head, "<?xml"))
    {
      const char *decl_end = strstr (head, "?>");
      const char *enc = strstr (head, "encoding");
      if (enc != NULL && decl_end != NULL && enc < decl_end &&
          read_label (enc + strlen ("encoding"), decl_end, label, sizeof label) != NULL)
        {
          const char *name = _plx_encoding_canonical_name (label);
          if (name != NULL)
            return name;
        }
    }

  for (p = strstr (head, "charset"); p != NULL; p = strstr (p + 1, "charset"))
    {
      const char *tag = p;
      const char *name;

      /* Only inside a <meta …> tag. */
      while (tag > head && *tag != '<' && *tag != '>')
        tag--;
      if (*tag != '<' || strncmp (tag, "<meta", 5) != 0)
        continue;

      if (read_label (p + strlen ("charset"), end, label, sizeof label) == NULL)
        continue;
      name = _plx_encoding_canonical_name (label);
      if (name != NULL)
        return name;
    }

  return NULL;
}

static gboolean
is_typographic (gunichar c)
{
  switch (c)
    {
    case 0x00A0: case 0x00A1: case 0x00A2: case 0x00A3: case 0x00A4:
    case 0x00A5: case 0x00A7: case 0x00A9: case 0x00AB: case 0x00AD:
    case 0x00AE: case 0x00B0: case 0x00B1: case 0x00B2: case 0x00B3:
    case 0x00B4: case 0x00B5: case 0x00B6: case 0x00B7: case 0x00B9:
    case 0x00BB: case 0x00BC: case 0x00BD: case 0x00BE: case 0x00BF:
    case 0x00D7: case 0x00F7:
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2018: case 0x2019: case 0x201A: case 0x201C:
    case 0x201D: case 0x201E: case 0x2020: case 0x2021: case 0x2022:
    case 0x2026: case 0x2030: case 0x2032: case 0x2033: case 0x2039:
    case 0x203A: case 0x20AC: case 0x20BD: case 0x2116: case 0x2122:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Russian, Ukrainian and Belarusian letters; other Cyrillic letters in a
 * Windows-1251 decoding are a sign of the wrong table. */
static gboolean
is_east_slavic (gunichar c)
{
  if (c >= 0x0410 && c <= 0x044F)
    return TRUE;
  switch (c)
    {
    case 0x0401: case 0x0451:   /* Ё ё */
    case 0x0406: case 0x0456:   /* І і */
    case 0x0407: case 0x0457:   /* Ї ї */
    case 0x0404: case 0x0454:   /* Є є */
    case 0x0490: case 0x0491:   /* Ґ ґ */
    case 0x040E: case 0x045E:   /* Ў ў */
      return TRUE;
    default:
      return FALSE;
    }
}

typedef struct
{
  gsize non_ascii;
  gsize garbage;
  gsize letters;
  gsize non_ascii_letters;
  gsize cyrillic;
  gsize cyrillic_lower;
} TextStats;

static void
collect_stats (const char *text,
               TextStats  *stats)
{
  memset (stats, 0, sizeof *stats);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean alpha;

      if (c < 0x80)
        {
          if (g_ascii_isalpha (c))
            stats->letters++;
          continue;
        }

      stats->non_ascii++;

      /* Basic Russian letters, the bulk of Cyrillic text: no table look-ups. */
      if (c >= 0x0410 && c <= 0x044F)
        {
          stats->letters++;
          stats->non_ascii_letters++;
          stats->cyrillic++;
          if (c >= 0x0430)
            stats->cyrillic_lower++;
          continue;
        }

      alpha = g_unichar_isalpha (c);
      if (alpha)
        {
          GUnicodeScript script = g_unichar_get_script (c);

          if (script == G_UNICODE_SCRIPT_CYRILLIC && is_east_slavic (c))
            {
              stats->letters++;
              stats->non_ascii_letters++;
              stats->cyrillic++;
              if (g_unichar_islower (c))
                stats->cyrillic_lower++;
              continue;
            }
          if (script == G_UNICODE_SCRIPT_LATIN)
            {
              stats->letters++;
              stats->non_ascii_letters++;
              continue;
            }
        }
      if (!is_typographic (c))
        stats->garbage++;
    }
}

double
_plx_encoding_garbage_share (const char *text)
{
  TextStats stats;

  if (text == NULL)
    return 0.0;
  collect_stats (text, &stats);
  if (stats.non_ascii == 0)
    return 0.0;
  return (double)stats.garbage / (double)stats.non_ascii;
}

static gboolean
is_cyrillic_table (const char *encoding)
{
  return strcmp (encoding, "WINDOWS-1251") == 0 || strcmp (encoding, "KOI8-R") == 0;
}

/* Does @text look like what @encoding would carry? */
static gboolean
plausible (const char *text,
           const char *encoding)
{
  TextStats stats;

  collect_stats (text, &stats);
  if (stats.non_ascii == 0)
    return TRUE;

  /* More than 2 % signs that no newsroom types: wrong table. */
  if (stats.garbage * 50 > stats.non_ascii)
    return FALSE;

  if (is_cyrillic_table (encoding))
    {
      /* Cyrillic read with the other table comes out mostly upper case. */
      if (stats.cyrillic >= 20 && stats.cyrillic_lower * 2 < stats.cyrillic)
        return FALSE;
    }
  else
    {
      /* Western text is mostly ASCII letters with a few accented ones;
       * Cyrillic read as Latin-1 is accented letters throughout. */
      if (stats.letters >= 20 && stats.non_ascii_letters * 10 > stats.letters * 4)
        return FALSE;
    }

  return TRUE;
}

static char *
convert_single_byte (const guint8  *data,
                     gsize          length,
                     const char    *encoding,
                     const char   **reported,
                     gsize         *out_length)
{
  gboolean western = strcmp (encoding, "WINDOWS-1252") == 0 || strcmp (encoding, "ISO-8859-1") == 0;
  char *out;

  if (western)
    {
      gboolean c1 = FALSE;

      for (gsize i = 0; i < length; i++)
        if (data[i] >= 0x80 && data[i] < 0xA0)
          {
            c1 = TRUE;
            break;
          }

      if (c1)
        {
          /* Quotes and dashes in 0x80–0x9F: that is Windows-1252, whatever
           * the label says. Bytes it leaves undefined fall back to
           * ISO-8859-1, whose C1 controls the plausibility check rejects. */
          out = g_convert ((const char *)data, length, "UTF-8", "WINDOWS-1252",
                           NULL, out_length, NULL);
          if (out != NULL)
            {
              *reported = "WINDOWS-1252";
              return out;
            }
        }

      out = g_convert ((const char *)data, length, "UTF-8", "ISO-8859-1",
                       NULL, out_length, NULL);
      *reported = c1 ? "ISO-8859-1" : encoding;
      return out;
    }

  *reported = encoding;
  return g_convert ((const char *)data, length, "UTF-8", encoding,
                    NULL, out_length, NULL);
}

static void
add_candidate (GPtrArray  *candidates,
               const char *encoding)
{
  if (encoding == NULL || strcmp (encoding, "UTF-8") == 0)
    return;
  for (guint i = 0; i < candidates->len; i++)
    if (strcmp (g_ptr_array_index (candidates, i), encoding) == 0)
      return;
  g_ptr_array_add (candidates, (gpointer)encoding);
}

static void
add_uchardet_candidates (GPtrArray    *candidates,
                         const guint8 *data,
                         gsize         length)
{
  uchardet_t detector = uchardet_new ();
  const char *guess;

  if (detector == NULL)
    return;

  if (uchardet_handle_data (detector, (const char *)data, MIN (length, UCHARDET_SAMPLE)) == 0)
    {
      uchardet_data_end (detector);
      guess = uchardet_get_charset (detector);
      if (guess != NULL && *guess != '\0' &&
          g_ascii_strcasecmp (guess, "ASCII") != 0 &&
          g_ascii_strncasecmp (guess, "UTF-", 4) != 0)
        {
          const char *name = _plx_encoding_canonical_name (guess);
          g_autofree char *lower = g_ascii_strdown (guess, -1);

          if (name != NULL)
            add_candidate (candidates, name);
          else if (strstr (lower, "1251") != NULL || strstr (lower, "koi8") != NULL ||
                   strstr (lower, "866") != NULL || strstr (lower, "8859-5") != NULL ||
                   strstr (lower, "cyrillic") != NULL)
            {
              /* A Cyrillic table we do not support by name: one of ours. */
              add_candidate (candidates, "WINDOWS-1251");
              add_candidate (candidates, "KOI8-R");
            }
          else
            add_candidate (candidates, "WINDOWS-1252");
        }
    }

  uchardet_delete (detector);
}

static char *
decode_utf16 (const guint8  *data,
              gsize          length,
              const char    *encoding,
              const char    *name,
              gsize         *out_length,
              GError       **error)
{
  g_autofree char *out = NULL;
  PlxBinaryKind kind;

  if (length % 2 != 0)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
                   _("Cannot read “%s”: it starts with a UTF-16 byte-order mark but is not valid UTF-16"),
                   name);
      return NULL;
    }

  out = g_convert ((const char *)data, length, "UTF-8", encoding, NULL, out_length, NULL);
  if (out == NULL || !g_utf8_validate_len (out, *out_length, NULL))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
                   _("Cannot read “%s”: it starts with a UTF-16 byte-order mark but is not valid UTF-16"),
                   name);
      return NULL;
    }

  kind = _plx_encoding_sniff_binary ((const guint8 *)out, *out_length);
  if (kind != PLX_BINARY_NONE)
    {
      g_autofree char *message = _plx_encoding_binary_message (kind, name);
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_BINARY, message);
      return NULL;
    }

  return g_steal_pointer (&out);
}

/* UTF-8 with a few broken bytes (a truncated download, one bad copy and
 * paste) is still UTF-8: decoding it with a legacy table would turn every
 * accented or Cyrillic letter into mojibake. */
static gboolean
mostly_utf8 (const guint8 *data,
             gsize         length)
{
  const char *p = (const char *)data;
  const char *end = p + length;
  gsize sequences = 0;
  gsize invalid = 0;

  while (p < end)
    {
      const char *bad = NULL;
      gboolean valid = g_utf8_validate_len (p, end - p, &bad);
      const char *stop = valid ? end : bad;

      for (const char *q = p; q < stop; q++)
        if ((guchar)*q >= 0xC0)
          sequences++;
      if (valid)
        break;
      /* Cut off in the middle of the last character: a truncated file. */
      if (invalid == 0 && end - bad < 4 && (guchar)*bad >= 0xC2 && (guchar)*bad <= 0xF4)
        {
          gboolean continuation = TRUE;
          for (const char *q = bad + 1; q < end; q++)
            if (((guchar)*q & 0xC0) != 0x80)
              continuation = FALSE;
          if (continuation)
            return TRUE;
        }
      invalid++;
      p = bad + 1;
    }

  return sequences >= 8 && invalid * 50 <= sequences;
}

char *
_plx_encoding_decode (const guint8  *data,
                      gsize          length,
                      const char    *declared,
                      const char    *name,
                      const char   **encoding,
                      gsize         *out_length,
                      GError       **error)
{
  g_autoptr(GPtrArray) candidates = NULL;
  PlxBinaryKind kind;
  gboolean utf8_bom = FALSE;
  gsize dummy_length;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (encoding != NULL, NULL);

  if (out_length == NULL)
    out_length = &dummy_length;

  if (has_prefix (data, length, "\xff\xfe", 2))
    {
      *encoding = "UTF-16LE";
      return decode_utf16 (data + 2, length - 2, "UTF-16LE", name, out_length, error);
    }
  if (has_prefix (data, length, "\xfe\xff", 2))
    {
      *encoding = "UTF-16BE";
      return decode_utf16 (data + 2, length - 2, "UTF-16BE", name, out_length, error);
    }
  if (has_prefix (data, length, "\xef\xbb\xbf", 3))
    {
      utf8_bom = TRUE;
      data += 3;
      length -= 3;
    }

  kind = _plx_encoding_sniff_binary (data, length);
  if (kind != PLX_BINARY_NONE)
    {
      g_autofree char *message = _plx_encoding_binary_message (kind, name);
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_BINARY, message);
      return NULL;
    }

  if (g_utf8_validate_len ((const char *)data, length, NULL))
    {
      *encoding = "UTF-8";
      *out_length = length;
      return g_strndup ((const char *)data, length);
    }

  if (mostly_utf8 (data, length))
    {
      /* Broken bytes become U+FFFD REPLACEMENT CHARACTER, visibly. */
      char *text = g_utf8_make_valid ((const char *)data, length);

      g_debug ("%s: UTF-8 with a few invalid bytes", name);
      *encoding = "UTF-8";
      *out_length = strlen (text);
      return text;
    }

  if (utf8_bom)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
                   _("Cannot read “%s”: it starts with a UTF-8 byte-order mark but is not valid UTF-8"),
                   name);
      return NULL;
    }

  candidates = g_ptr_array_new ();
  add_candidate (candidates, declared);
  add_uchardet_candidates (candidates, data, length);
  add_candidate (candidates, "WINDOWS-1251");
  add_candidate (candidates, "KOI8-R");
  add_candidate (candidates, "WINDOWS-1252");

  for (guint i = 0; i < candidates->len; i++)
    {
      const char *candidate = g_ptr_array_index (candidates, i);
      const char *reported = NULL;
      g_autofree char *out = convert_single_byte (data, length, candidate, &reported, out_length);

      if (out == NULL)
        continue;
      if (!plausible (out, reported))
        {
          g_debug ("%s: %s gives implausible text", name, reported);
          continue;
        }

      *encoding = reported;
      return g_steal_pointer (&out);
    }

  g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
               _("Cannot read “%s”: its bytes are not valid in any supported encoding (UTF-8, UTF-16, Windows-1251, KOI8-R, Windows-1252, ISO-8859-1)"),
               name);
  return NULL;
}

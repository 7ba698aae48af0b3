/* plx-encoding.h — recognise binary data and decode text to UTF-8 (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PLX_BINARY_NONE,
  PLX_BINARY_PNG,
  PLX_BINARY_JPEG,
  PLX_BINARY_GIF,
  PLX_BINARY_PDF,
  PLX_BINARY_ZIP,
  PLX_BINARY_GZIP,
  PLX_BINARY_EXECUTABLE,
  PLX_BINARY_NUL,
  PLX_BINARY_CONTROL,
} PlxBinaryKind;

/* What kind of binary data @data is, or PLX_BINARY_NONE when it may be
 * text. Data starting with a UTF-16 byte-order mark is not checked for
 * NUL bytes (UTF-16 has them in every ASCII character). */
PlxBinaryKind  _plx_encoding_sniff_binary   (const guint8  *data,
                                             gsize          length);

/* The iconv name for an encoding label as found in HTML or reported by
 * uchardet ("cp1251" → "WINDOWS-1251"), or NULL for labels that are not
 * supported. */
const char    *_plx_encoding_canonical_name (const char    *label);

/* The charset an HTML document declares in its first bytes (<meta charset>,
 * <meta http-equiv content="…; charset=…">, <?xml encoding>), as a
 * canonical name; NULL when none is declared or the label is unsupported. */
const char    *_plx_encoding_html_charset   (const guint8  *data,
                                             gsize          length);

/* Share (0…1) of the non-ASCII characters of UTF-8 @text that are neither
 * Latin nor Cyrillic letters nor common typographic signs. Text decoded
 * with the wrong single-byte table scores high. */
double         _plx_encoding_garbage_share  (const char    *text);

/* Decode @data to NUL-terminated UTF-8. Order: byte-order mark (UTF-8,
 * UTF-16LE, UTF-16BE), binary check, valid UTF-8 (and UTF-8 with a few
 * broken bytes, which become U+FFFD), @declared (e.g. the HTML
 * charset; nullable), uchardet's guess, then the supported legacy encodings
 * (WINDOWS-1251, KOI8-R, WINDOWS-1252, ISO-8859-1), each result checked for
 * plausibility. @name is used in error messages. On success stores the
 * encoding of the input in @encoding and the length of the result in
 * @out_length. Errors: PLX_ERROR_BINARY, PLX_ERROR_ENCODING. */
char          *_plx_encoding_decode         (const guint8  *data,
                                             gsize          length,
                                             const char    *declared,
                                             const char    *name,
                                             const char   **encoding,
                                             gsize         *out_length,
                                             GError       **error);

/* A translated message for a binary kind; @name is the file. */
char          *_plx_encoding_binary_message (PlxBinaryKind  kind,
                                             const char    *name);

G_END_DECLS

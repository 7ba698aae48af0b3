/* plx-palette.h — the speaker colours shared by the window and the reports
 *
 * One definition of the twelve speaker colours (light and dark) and of the
 * way a speaker gets one, so a person has the same colour in the window, in
 * an HTML report and in a PDF. The values match the style schemes in
 * ui/styles/ (plx:speaker-N foreground, plx:quote-N background).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PLX_PALETTE_N_COLORS 12

/* The palette index (1…PLX_PALETTE_N_COLORS) of a speaker: an FNV-1a hash of
 * the normalized canonical name (NFKD, combining marks and everything that
 * is not a letter or digit dropped, case folded), so "Sergei  Lavrov" and
 * "sergei lavrov" get the same colour on every machine. NULL or invalid
 * UTF-8 gives 1. */
guint       plx_palette_index_for_name (const char *name);

/* The speaker colour of @index (1…12) as "#rrggbb": the colour of a mention
 * (text colour). Out-of-range indices wrap. */
const char *plx_palette_color          (guint       index,
                                        gboolean    dark);

/* The quote tint of @index (1…12) as "#rrggbb": the background of the words
 * of a quote by that speaker. */
const char *plx_palette_tint           (guint       index,
                                        gboolean    dark);

/* Scare quotes ("so-called …"): text and background colours. */
const char *plx_palette_scare_color    (gboolean    dark);
const char *plx_palette_scare_tint     (gboolean    dark);

/* The underline of a claim whose rulebook gives no usable colour. */
const char *plx_palette_claim_color    (gboolean    dark);

/* Whether @color is exactly "#rrggbb" (hex digits), i.e. safe to put into
 * CSS or to parse as a colour. */
gboolean    plx_palette_is_valid_color (const char *color);

/* Parses a "#rrggbb" colour into 0…1 components; FALSE when invalid. */
gboolean    plx_palette_parse_color    (const char *color,
                                        double     *red,
                                        double     *green,
                                        double     *blue);

G_END_DECLS

/* plx-highlight.h — highlight colours from the style scheme, light or dark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define PLX_HIGHLIGHT_N_COLORS 12

/* Which highlight layers are shown. */
typedef enum
{
  PLX_LAYER_MENTIONS = 1 << 0,
  PLX_LAYER_QUOTES   = 1 << 1,
  PLX_LAYER_CLAIMS   = 1 << 2,
  PLX_LAYER_ALL      = PLX_LAYER_MENTIONS | PLX_LAYER_QUOTES | PLX_LAYER_CLAIMS,
} PlxLayers;

#define PLX_TYPE_HIGHLIGHT (plx_highlight_get_type ())
G_DECLARE_FINAL_TYPE (PlxHighlight, plx_highlight, PLX, HIGHLIGHT, GObject)

/* The one instance of the process; follows the desktop's dark preference. */
PlxHighlight         *plx_highlight_get_default      (void);

gboolean              plx_highlight_get_dark         (PlxHighlight   *self);
/* Forces light (FALSE) or dark (TRUE); the desktop preference is no longer
 * followed afterwards. */
void                  plx_highlight_set_dark         (PlxHighlight   *self,
                                                      gboolean        dark);
/* Follows the desktop's dark-mode preference again. */
void                  plx_highlight_follow_system    (PlxHighlight   *self);
GtkSourceStyleScheme *plx_highlight_get_scheme       (PlxHighlight   *self);

/* Style the tag after the scheme's style @style_id ("plx:quote-3"). Resets
 * the properties the scheme may set first, so it can be called again after
 * the scheme changed. */
void                  plx_highlight_style_tag        (PlxHighlight   *self,
                                                      GtkTextTag     *tag,
                                                      const char     *style_id);
/* The colour of speaker index @index (1…12) for swatches outside a text
 * view. */
void                  plx_highlight_get_speaker_rgba (PlxHighlight   *self,
                                                      guint           index,
                                                      GdkRGBA        *rgba);

/* The palette index (1…12) of a speaker: a hash of the normalized
 * canonical name, so a person has the same colour everywhere. */
guint                 plx_speaker_color_index        (const char     *name);

G_END_DECLS

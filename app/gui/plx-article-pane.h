/* plx-article-pane.h — one article, read-only, with its highlights
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "parallax.h"
#include "plx-analysis.h"
#include "plx-highlight.h"
#include "plx-corrected.h"

G_BEGIN_DECLS

#define PLX_ARTICLE_PANE_DEFAULT_WIDTH 420
#define PLX_ARTICLE_PANE_MIN_WIDTH     260

#define PLX_TYPE_ARTICLE_PANE (plx_article_pane_get_type ())
G_DECLARE_FINAL_TYPE (PlxArticlePane, plx_article_pane, PLX, ARTICLE_PANE, GtkWidget)

GtkWidget   *plx_article_pane_new             (PlxArticle     *article);
PlxArticle  *plx_article_pane_get_article     (PlxArticlePane *self);
GtkTextView *plx_article_pane_get_view        (PlxArticlePane *self);

/* The analysis whose highlights the pane shows; NULL while it runs. */
PlxAnalysis *plx_article_pane_get_analysis    (PlxArticlePane *self);
void         plx_article_pane_set_analysis    (PlxArticlePane *self,
                                               PlxAnalysis    *analysis);
/* The session's correction log (JSON array, may be NULL); the pane shows the
 * analysis with the corrections of its article applied. */
void         plx_article_pane_set_annotations (PlxArticlePane *self,
                                               json_t         *annotations);
/* Names to show for the speakers of @analysis (char*, by speaker index,
 * NULL for "keep"): the cross-article registry's names. Ignored when
 * @analysis is no longer the pane's analysis. */
void         plx_article_pane_set_speaker_names (PlxArticlePane *self,
                                                 PlxAnalysis    *analysis,
                                                 GPtrArray      *names);
/* The claim categories offered by "Mark as Claim". */
void         plx_article_pane_set_rulebook    (PlxArticlePane *self,
                                               PlxRulebook    *rulebook);
/* What the pane shows: the analysis with corrections; NULL before the
 * analysis is done. */
PlxCorrected *plx_article_pane_get_corrected  (PlxArticlePane *self);
/* The key that ties corrections to this pane's article. */
const char  *plx_article_pane_get_key         (PlxArticlePane *self);

/* Shows a spinner while the article is analysed. */
void         plx_article_pane_set_busy        (PlxArticlePane *self,
                                               gboolean        busy);

/* Which layers are drawn; @hidden_speakers holds normalized canonical names
 * (see plx_speaker_key()) whose mentions and quotes are not drawn; may be NULL.
 * The pane keeps a reference to the table. */
void         plx_article_pane_set_layers      (PlxArticlePane *self,
                                               PlxLayers       layers,
                                               GHashTable     *hidden_speakers);

/* The width the user gave the pane (its minimum: panes grow to fill). */
int          plx_article_pane_get_content_width (PlxArticlePane *self);
void         plx_article_pane_set_content_width (PlxArticlePane *self,
                                                 int             width);

void         plx_article_pane_set_position_info (PlxArticlePane *self,
                                                 gboolean        first,
                                                 gboolean        last);

/* Scrolls to [start, end) (code points), selects and briefly flashes it. */
void         plx_article_pane_reveal          (PlxArticlePane *self,
                                               guint           start,
                                               guint           end);
/* The same, but only moves the cursor to @start without selecting (only
 * one text view on a display holds a selection: revealing in several
 * panes would take it from the others). */
void         plx_article_pane_flash           (PlxArticlePane *self,
                                               guint           start,
                                               guint           end);

/* The quote under @offset, or -1. */
int          plx_article_pane_quote_at        (PlxArticlePane *self,
                                               guint           offset);
/* A translated, one-line description of quote @index: "Quote by X: …". */
char        *plx_article_pane_describe_quote  (PlxArticlePane *self,
                                               guint           index);
/* Tooltip/popover text of quote @index: speaker, cue, kind, claims. */
char        *plx_article_pane_quote_details   (PlxArticlePane *self,
                                               guint           index);


G_END_DECLS

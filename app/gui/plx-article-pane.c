/* plx-article-pane.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-article-pane"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "plx-article-pane.h"
#include "plx-gui-private.h"
#include "plx-corrected.h"

struct _PlxArticlePane
{
  GtkWidget        parent_instance;

  PlxArticle      *article;
  PlxAnalysis     *analysis;
  PlxCorrected    *corrected;       /* analysis + the user's corrections */
  json_t          *annotations;     /* the session's correction log */
  char            *key;             /* ties corrections to this article */
  PlxRulebook     *rulebook;
  GMenu           *extra_menu;
  GPtrArray       *speaker_names;   /* registry names by analysis speaker */
  PlxLayers        layers;
  GHashTable      *hidden_speakers;
  int              content_width;

  /* Tags this pane created, removed before highlights are drawn again. */
  GtkTextTag      *speaker_tags[PLX_HIGHLIGHT_N_COLORS];
  GtkTextTag      *quote_tags[PLX_HIGHLIGHT_N_COLORS];
  GtkTextTag      *scare_tag;
  GtkTextTag      *flash_tag;
  GHashTable      *claim_tags;      /* rule id → GtkTextTag */
  guint            flash_id;
  GArray          *ops;             /* DrawOp: highlights still to apply */
  guint            ops_pos;
  guint            draw_id;
  gboolean         drawn;
  gsize            load_pos;        /* bytes of a long text inserted so far */
  guint            load_id;
  int              drag_start_width;

  GtkPopover      *popover;
  guint            popover_id;      /* waits out a double click */
  int              popover_quote;

  /* template */
  GtkWidget       *content;
  GtkWidget       *header;
  GtkLabel        *outlet_label;
  GtkLabel        *title_label;
  GtkLabel        *meta_label;
  GtkSpinner      *spinner;
  GtkWidget       *scroller;
  GtkSourceView   *view;
  GtkWidget       *handle;
};

G_DEFINE_FINAL_TYPE (PlxArticlePane, plx_article_pane, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_ARTICLE, PROP_CONTENT_WIDTH, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { CLOSE_REQUESTED, MOVE_REQUESTED, PANE_DROPPED, QUOTE_ACTIVATED, CORRECTION, CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *
language_name (const char *code)
{
  if (g_strcmp0 (code, "en") == 0)
    return _("English");
  if (g_strcmp0 (code, "ru") == 0)
    return _("Russian");
  return _("Unknown language");
}

static void
update_header (PlxArticlePane *self)
{
  const char *outlet = _plx_article_label (self->article);
  const char *title = plx_article_get_display_title (self->article);
  const char *date = plx_article_get_date (self->article);
  guint64 words = plx_article_get_word_count (self->article);
  g_autofree char *words_str = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *text_label = NULL;

  gtk_label_set_text (self->outlet_label, outlet);
  gtk_label_set_text (self->title_label, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), title);

  {
    /* the number is formatted apart: xgettext cannot see through
     * G_GUINT64_FORMAT, so "%" G_GUINT64_FORMAT " word" is not translatable */
    g_autofree char *n = g_strdup_printf ("%" G_GUINT64_FORMAT, words);

    /* Translators: %s is a number of words */
    words_str = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s word", "%s words", words), n);
  }
  if (date != NULL && *date != '\0')
    meta = g_strdup_printf ("%s · %s · %s", date,
                            language_name (plx_article_get_language (self->article)),
                            words_str);
  else
    meta = g_strdup_printf ("%s · %s", language_name (plx_article_get_language (self->article)),
                            words_str);
  gtk_label_set_text (self->meta_label, meta);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, outlet,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title,
                                  -1);
  /* Translators: accessible name of an article's text; %s is the outlet. */
  text_label = g_strdup_printf (_("Text of %s"), outlet);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text_label,
                                  -1);
}

/* ---- highlights ---------------------------------------------------- */

static void
style_tags (PlxArticlePane *self)
{
  PlxHighlight *hl = plx_highlight_get_default ();
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view)));
  GHashTableIter iter;
  gpointer value;

  gtk_source_buffer_set_style_scheme (buffer, plx_highlight_get_scheme (hl));

  for (guint i = 0; i < PLX_HIGHLIGHT_N_COLORS; i++)
    {
      g_autofree char *sid = g_strdup_printf ("plx:speaker-%u", i + 1);
      g_autofree char *qid = g_strdup_printf ("plx:quote-%u", i + 1);

      plx_highlight_style_tag (hl, self->speaker_tags[i], sid);
      plx_highlight_style_tag (hl, self->quote_tags[i], qid);
    }
  plx_highlight_style_tag (hl, self->scare_tag, "plx:scare-quote");
  plx_highlight_style_tag (hl, self->flash_tag, "plx:flash");

  g_hash_table_iter_init (&iter, self->claim_tags);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GtkTextTag *tag = value;
      const char *color = g_object_get_data (G_OBJECT (tag), "plx-color");
      GdkRGBA rgba;

      plx_highlight_style_tag (hl, tag, "plx:claim");
      if (color != NULL && gdk_rgba_parse (&rgba, color))
        g_object_set (tag, "underline-rgba", &rgba, NULL);
    }
}

static GtkTextTag *
claim_tag (PlxArticlePane *self,
           const char     *rule_id,
           const char     *color)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  const char *id = rule_id != NULL ? rule_id : "";
  GtkTextTag *tag = g_hash_table_lookup (self->claim_tags, id);
  GdkRGBA rgba;

  if (tag != NULL)
    return tag;

  tag = gtk_text_buffer_create_tag (buffer, NULL, NULL);
  g_object_set_data_full (G_OBJECT (tag), "plx-color", g_strdup (color), g_free);
  plx_highlight_style_tag (plx_highlight_get_default (), tag, "plx:claim");
  if (color != NULL && gdk_rgba_parse (&rgba, color))
    g_object_set (tag, "underline-rgba", &rgba, NULL);
  /* Below the flash, above everything else. */
  gtk_text_tag_set_priority (tag, gtk_text_tag_get_priority (self->flash_tag));
  g_hash_table_insert (self->claim_tags, g_strdup (id), tag);
  return tag;
}

static gboolean
speaker_hidden (PlxArticlePane *self,
                int             speaker)
{
  const char *name;
  g_autofree char *key = NULL;

  if (self->hidden_speakers == NULL || self->corrected == NULL)
    return FALSE;
  name = plx_corrected_speaker_name (self->corrected, speaker);
  if (name == NULL)
    return FALSE;
  key = plx_speaker_key (name);
  return g_hash_table_contains (self->hidden_speakers, key);
}

typedef struct
{
  GtkTextTag *tag;
  guint       start;
  guint       end;
} DrawOp;

static void
add_op (PlxArticlePane *self,
        GtkTextTag     *tag,
        guint           start,
        guint           end)
{
  DrawOp op = { tag, start, end };

  if (start < end)
    g_array_append_val (self->ops, op);
}

static int
compare_ops (gconstpointer a,
             gconstpointer b)
{
  const DrawOp *oa = a, *ob = b;

  return oa->start < ob->start ? -1 : oa->start > ob->start ? 1 : 0;
}

/* Applies highlights for at most @budget_us microseconds (all when 0).
 * Returns TRUE when all are applied. */
static gboolean
apply_ops (PlxArticlePane *self,
           gint64          budget_us)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  int n_chars = gtk_text_buffer_get_char_count (buffer);
  gint64 deadline = g_get_monotonic_time () + budget_us;

  while (self->ops_pos < self->ops->len)
    {
      DrawOp *op = &g_array_index (self->ops, DrawOp, self->ops_pos++);
      GtkTextIter s, e;

      if ((int) op->start < n_chars)
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &s, op->start);
          gtk_text_buffer_get_iter_at_offset (buffer, &e, MIN ((int) op->end, n_chars));
          gtk_text_buffer_apply_tag (buffer, op->tag, &s, &e);
        }
      if (budget_us > 0 && (self->ops_pos & 63) == 0 && g_get_monotonic_time () > deadline)
        return FALSE;
    }
  g_array_set_size (self->ops, 0);
  self->ops_pos = 0;
  return TRUE;
}

static gboolean
apply_ops_idle (gpointer data)
{
  PlxArticlePane *self = data;

  if (apply_ops (self, 8000))
    {
      self->draw_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* Up to this many highlights are drawn at once; more (a long article) are
 * drawn in slices from an idle handler, top of the article first, so the
 * window never freezes. */
#define SYNC_DRAW_LIMIT 4000

static void
draw_highlights (PlxArticlePane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  GtkTextIter start, end;
  g_autofree guint *colors = NULL;
  g_autofree gboolean *hidden = NULL;
  PlxCorrected *c = self->corrected;

  g_clear_handle_id (&self->draw_id, g_source_remove);
  g_array_set_size (self->ops, 0);
  self->ops_pos = 0;

  if (self->drawn)
    {
      /* the view has no other tags than ours (no syntax highlighting) */
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_remove_all_tags (buffer, &start, &end);
      self->drawn = FALSE;
    }

  /* a long text is still being inserted: drawn when it is complete */
  if (c == NULL || self->load_id != 0)
    return;

  /* per speaker, not per quote: a long article has thousands of quotes
   * and speaker_hidden() normalizes a name */
  colors = g_new0 (guint, c->speakers->len + 1);
  hidden = g_new0 (gboolean, c->speakers->len + 1);
  for (guint i = 0; i < c->speakers->len; i++)
    {
      PlxCSpeaker *sp = g_ptr_array_index (c->speakers, i);
      colors[i] = plx_speaker_color_index (sp->name);
      hidden[i] = speaker_hidden (self, i);
    }

  if (self->layers & PLX_LAYER_QUOTES)
    {
      for (guint i = 0; i < c->quotes->len; i++)
        {
          PlxCQuote *q = g_ptr_array_index (c->quotes, i);
          guint color = 0;

          if (q->speaker >= 0 && (guint) q->speaker < c->speakers->len)
            {
              if (hidden[q->speaker])
                continue;
              color = colors[q->speaker];
            }
          /* A quote without a speaker still shows as a quote, in the
           * first colour. */
          add_op (self, self->quote_tags[color > 0 ? color - 1 : 0], q->start, q->end);
        }
      for (guint i = 0; i < c->scare_quotes->len; i++)
        {
          PlxSpan *sq = &g_array_index (c->scare_quotes, PlxSpan, i);
          add_op (self, self->scare_tag, sq->start, sq->end);
        }
    }

  if (self->layers & PLX_LAYER_MENTIONS)
    {
      for (guint i = 0; i < c->speakers->len; i++)
        {
          PlxCSpeaker *sp = g_ptr_array_index (c->speakers, i);

          if (hidden[i])
            continue;
          for (guint j = 0; j < sp->mentions->len; j++)
            {
              PlxSpan *span = &g_array_index (sp->mentions, PlxSpan, j);
              add_op (self, self->speaker_tags[colors[i] - 1], span->start, span->end);
            }
        }
    }

  if (self->layers & PLX_LAYER_CLAIMS)
    {
      for (guint i = 0; i < c->claims->len; i++)
        {
          PlxCClaim *cl = g_ptr_array_index (c->claims, i);
          add_op (self, claim_tag (self, cl->rule_id, cl->color), cl->start, cl->end);
        }
    }

  if (self->ops->len == 0)
    return;
  self->drawn = TRUE;
  if (self->ops->len <= SYNC_DRAW_LIMIT)
    apply_ops (self, 0);
  else
    {
      g_array_sort (self->ops, compare_ops);
      apply_ops (self, 8000);
      self->draw_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, apply_ops_idle, self, NULL);
    }
}

static void
on_scheme_changed (PlxArticlePane *self)
{
  style_tags (self);
}

/* ---- quotes: lookup, tooltip, popover ------------------------------ */

int
plx_article_pane_quote_at (PlxArticlePane *self,
                           guint           offset)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), -1);

  if (self->corrected == NULL)
    return -1;
  return plx_corrected_quote_at (self->corrected, offset);
}

static const char *
kind_name (PlxQuoteKind kind)
{
  switch (kind)
    {
    case PLX_QUOTE_DIRECT:   return _("direct quote");
    case PLX_QUOTE_SPLIT:    return _("split quote");
    case PLX_QUOTE_DASH:     return _("dash-introduced quote");
    case PLX_QUOTE_COLON:    return _("colon-introduced quote");
    case PLX_QUOTE_REPORTED: return _("reported speech");
    default:                 return _("quote");
    }
}

char *
plx_article_pane_describe_quote (PlxArticlePane *self,
                                 guint           index)
{
  PlxCQuote *q;
  const char *name;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);
  g_return_val_if_fail (self->corrected != NULL && index < self->corrected->quotes->len, NULL);

  q = g_ptr_array_index (self->corrected->quotes, index);
  name = plx_corrected_speaker_name (self->corrected, q->speaker);
  text = g_strdup (q->text != NULL ? q->text : "");
  if (g_utf8_strlen (text, -1) > 160)
    {
      char *cut = g_utf8_offset_to_pointer (text, 157);
      *cut = '\0';
      return name != NULL ? g_strdup_printf (_("Quote by %s: %s…"), name, text)
                          : g_strdup_printf (_("Quote by unknown speaker: %s…"), text);
    }
  return name != NULL ? g_strdup_printf (_("Quote by %s: %s"), name, text)
                      : g_strdup_printf (_("Quote by unknown speaker: %s"), text);
}

static guint
first_claim_from (PlxCorrected *c,
                  guint         offset)
{
  guint lo = 0, hi = c->claims->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (((PlxCClaim *) g_ptr_array_index (c->claims, mid))->start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

char *
plx_article_pane_quote_details (PlxArticlePane *self,
                                guint           index)
{
  PlxCQuote *q;
  const char *name;
  GString *s;
  gboolean first = TRUE;

  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);
  g_return_val_if_fail (self->corrected != NULL && index < self->corrected->quotes->len, NULL);

  q = g_ptr_array_index (self->corrected->quotes, index);
  name = plx_corrected_speaker_name (self->corrected, q->speaker);
  s = g_string_new (NULL);
  g_string_append_printf (s, _("Quote by %s"), name != NULL ? name : _("unknown speaker"));
  g_string_append_c (s, '\n');
  if (q->cue_text != NULL)
    {
      g_string_append_printf (s, _("Cue: %s"), q->cue_text);
      if (q->cue_lemma != NULL && g_strcmp0 (q->cue_lemma, q->cue_text) != 0)
        g_string_append_printf (s, " (%s)", q->cue_lemma);
    }
  else
    g_string_append (s, _("Cue: none"));
  g_string_append_c (s, '\n');
  g_string_append_printf (s, _("Kind: %s"), q->user ? _("marked by you") : kind_name (q->kind));

  /* claims are in text order: start a little before the quote (a claim is
   * a sentence or a quote) and stop after it */
  for (guint i = first_claim_from (self->corrected, q->start > 4096 ? q->start - 4096 : 0);
       i < self->corrected->claims->len; i++)
    {
      PlxCClaim *c = g_ptr_array_index (self->corrected->claims, i);

      if (c->start >= q->end)
        break;
      if (c->quote != (int) index)
        continue;
      if (first)
        {
          g_string_append_c (s, '\n');
          g_string_append (s, _("Claims: "));
        }
      else
        g_string_append (s, ", ");
      g_string_append (s, c->label != NULL ? c->label : c->rule_id);
      first = FALSE;
    }
  return g_string_free (s, FALSE);
}

static gboolean
offset_at_widget_point (PlxArticlePane *self,
                        double          x,
                        double          y,
                        guint          *offset)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self->view), GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self->view), &iter, bx, by))
    return FALSE;
  *offset = gtk_text_iter_get_offset (&iter);
  return TRUE;
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  PlxArticlePane *self = user_data;
  g_autofree char *details = NULL;
  guint offset;
  int quote;

  if (keyboard || !offset_at_widget_point (self, x, y, &offset))
    return FALSE;
  quote = plx_article_pane_quote_at (self, offset);
  if (quote < 0)
    return FALSE;
  details = plx_article_pane_quote_details (self, quote);
  gtk_tooltip_set_text (tooltip, details);
  return TRUE;
}

static void
show_quote_popover (PlxArticlePane *self,
                    guint           index)
{
  PlxCQuote *q = g_ptr_array_index (self->corrected->quotes, index);
  g_autofree char *details = plx_article_pane_quote_details (self, index);
  g_autofree char *summary = plx_article_pane_describe_quote (self, index);
  GtkTextIter iter;
  GdkRectangle rect;
  GtkWidget *label;
  int wx, wy;

  if (self->popover == NULL)
    {
      self->popover = GTK_POPOVER (gtk_popover_new ());
      gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self->view));
      label = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "quote-details");
      gtk_popover_set_child (self->popover, label);
    }
  label = gtk_popover_get_child (self->popover);
  gtk_label_set_text (GTK_LABEL (label), details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->popover),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view)),
                                      &iter, q->start);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self->view), &iter, &rect);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self->view), GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &wx, &wy);
  rect.x = wx;
  rect.y = wy;
  rect.width = MAX (rect.width, 1);
  gtk_popover_set_pointing_to (self->popover, &rect);
  gtk_popover_popup (self->popover);
}

static guint
double_click_time (PlxArticlePane *self)
{
  int ms = 400;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-double-click-time", &ms, NULL);
  return CLAMP (ms, 100, 1000);
}

static gboolean
show_popover_later (gpointer data)
{
  PlxArticlePane *self = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));

  self->popover_id = 0;
  if (!gtk_text_buffer_get_has_selection (buffer) && self->corrected != NULL &&
      self->popover_quote >= 0 && (guint) self->popover_quote < self->corrected->quotes->len)
    {
      show_quote_popover (self, self->popover_quote);
      g_signal_emit (self, signals[QUOTE_ACTIVATED], 0, self->popover_quote);
    }
  return G_SOURCE_REMOVE;
}

/* A click (press and release without a drag) on a quote opens its details.
 * The text view claims the pointer sequence for selecting, so a gesture of
 * ours would be cancelled: watch the raw release instead. */
static gboolean
on_view_event (GtkEventControllerLegacy *controller,
               GdkEvent                 *event,
               PlxArticlePane           *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  GtkNative *native;
  double x, y, nx, ny;
  graphene_point_t in_native, in_view;
  guint offset;
  int quote;

  /* a second click: the user selects words, no details */
  if (gdk_event_get_event_type (event) == GDK_BUTTON_PRESS)
    {
      g_clear_handle_id (&self->popover_id, g_source_remove);
      return FALSE;
    }
  if (gdk_event_get_event_type (event) != GDK_BUTTON_RELEASE ||
      gdk_button_event_get_button (event) != GDK_BUTTON_PRIMARY ||
      gtk_text_buffer_get_has_selection (buffer))
    return FALSE;

  native = gtk_widget_get_native (GTK_WIDGET (self->view));
  if (native == NULL || !gdk_event_get_position (event, &x, &y))
    return FALSE;
  gtk_native_get_surface_transform (native, &nx, &ny);
  in_native = GRAPHENE_POINT_INIT (x - nx, y - ny);
  if (!gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self->view), &in_native, &in_view))
    return FALSE;
  if (!offset_at_widget_point (self, in_view.x, in_view.y, &offset))
    return FALSE;
  quote = plx_article_pane_quote_at (self, offset);
  if (quote < 0)
    return FALSE;
  g_clear_handle_id (&self->popover_id, g_source_remove);
  self->popover_quote = quote;
  self->popover_id = g_timeout_add (double_click_time (self), show_popover_later, self);
  return FALSE;
}

/* ---- corrections ---------------------------------------------------- */

static void
selection_offsets (PlxArticlePane *self,
                   guint          *start,
                   guint          *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  GtkTextIter s, e;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &s, &e))
    gtk_text_buffer_get_iter_at_mark (buffer, &s, gtk_text_buffer_get_insert (buffer)), e = s;
  *start = gtk_text_iter_get_offset (&s);
  *end = gtk_text_iter_get_offset (&e);
}

/* The range of the selection with surrounding blanks left out. */
static gboolean
trimmed_selection (PlxArticlePane *self,
                   guint          *start,
                   guint          *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  GtkTextIter s, e;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &s, &e))
    return FALSE;
  while (gtk_text_iter_compare (&s, &e) < 0 && g_unichar_isspace (gtk_text_iter_get_char (&s)))
    gtk_text_iter_forward_char (&s);
  while (gtk_text_iter_compare (&s, &e) < 0)
    {
      GtkTextIter prev = e;

      gtk_text_iter_backward_char (&prev);
      if (!g_unichar_isspace (gtk_text_iter_get_char (&prev)))
        break;
      e = prev;
    }
  *start = gtk_text_iter_get_offset (&s);
  *end = gtk_text_iter_get_offset (&e);
  return *end > *start;
}

static int
selected_quote (PlxArticlePane *self)
{
  guint start, end;

  if (self->corrected == NULL)
    return -1;
  selection_offsets (self, &start, &end);
  return plx_corrected_quote_in (self->corrected, start, end);
}

static void
emit_correction (PlxArticlePane *self,
                 json_t         *annotation)
{
  g_signal_emit (self, signals[CORRECTION], 0, annotation);
  json_decref (annotation);
}

static void
mark_quote (PlxArticlePane *self,
            const char     *speaker)
{
  guint start, end;
  json_t *a;

  if (!trimmed_selection (self, &start, &end))
    return;
  a = plx_anchor_new ("quote", self->key, plx_article_get_text (self->article), start, end);
  json_object_set_new (a, "speaker", json_string (speaker));
  emit_correction (self, a);
}

static void
reassign_quote (PlxArticlePane *self,
                const char     *speaker)
{
  int qi = selected_quote (self);
  PlxCQuote *q;
  json_t *a;

  if (qi < 0)
    return;
  q = g_ptr_array_index (self->corrected->quotes, qi);
  a = plx_anchor_new ("speaker", self->key, plx_article_get_text (self->article), q->start, q->end);
  json_object_set_new (a, "speaker", json_string (speaker));
  emit_correction (self, a);
}

static void
pane_mark_quote (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  mark_quote (PLX_ARTICLE_PANE (widget), g_variant_get_string (param, NULL));
}

static void
pane_reassign (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  reassign_quote (PLX_ARTICLE_PANE (widget), g_variant_get_string (param, NULL));
}

static void
pane_not_quote (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  PlxArticlePane *self = PLX_ARTICLE_PANE (widget);
  int qi = selected_quote (self);
  PlxCQuote *q;

  if (qi < 0)
    return;
  q = g_ptr_array_index (self->corrected->quotes, qi);
  emit_correction (self, plx_anchor_new ("not-quote", self->key, plx_article_get_text (self->article),
                                         q->start, q->end));
}

static void
pane_mark_claim (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PlxArticlePane *self = PLX_ARTICLE_PANE (widget);
  const char *id = g_variant_get_string (param, NULL);
  guint start, end;
  json_t *a;

  if (!trimmed_selection (self, &start, &end))
    return;
  a = plx_anchor_new ("claim", self->key, plx_article_get_text (self->article), start, end);
  json_object_set_new (a, "category", json_string (id));
  for (guint i = 0; self->rulebook != NULL && i < plx_rulebook_get_n_categories (self->rulebook); i++)
    if (g_strcmp0 (plx_rulebook_get_category_id (self->rulebook, i), id) == 0)
      {
        const char *label = plx_rulebook_get_category_label (self->rulebook, i);
        const char *color = plx_rulebook_get_category_color (self->rulebook, i);

        if (label != NULL)
          json_object_set_new (a, "label", json_string (label));
        if (color != NULL)
          json_object_set_new (a, "color", json_string (color));
      }
  emit_correction (self, a);
}

/* A small dialog that asks for a name. */
typedef void (*NameCallback) (PlxArticlePane *self,
                              const char     *name,
                              const char     *data);

static void
on_name_dialog_done (GtkWidget *widget,
                     gpointer   user_data)
{
  GtkWindow *dialog = GTK_WINDOW (gtk_widget_get_root (widget));
  PlxArticlePane *self = g_object_get_data (G_OBJECT (dialog), "plx-pane");
  NameCallback callback = g_object_get_data (G_OBJECT (dialog), "plx-callback");
  const char *data = g_object_get_data (G_OBJECT (dialog), "plx-data");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "plx-entry");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (GPOINTER_TO_INT (user_data) && *name != '\0' && self != NULL)
    callback (self, name, data);
  gtk_window_destroy (dialog);
}

static void
ask_name (PlxArticlePane *self,
          const char     *title,
          const char     *initial,
          NameCallback    callback,
          const char     *data)
{
  GtkWidget *dialog, *box, *label, *entry, *buttons, *ok, *cancel;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  dialog = gtk_window_new ();
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  gtk_window_set_resizable (GTK_WINDOW (dialog), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  label = gtk_label_new (_("Speaker’s full name"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), initial != NULL ? initial : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  ok = gtk_button_new_with_mnemonic (_("_OK"));
  gtk_widget_add_css_class (ok, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), ok);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_window_set_child (GTK_WINDOW (dialog), box);
  gtk_window_set_default_widget (GTK_WINDOW (dialog), ok);

  g_object_set_data (G_OBJECT (dialog), "plx-callback", callback);
  g_object_set_data_full (G_OBJECT (dialog), "plx-data", g_strdup (data), g_free);
  g_object_set_data (G_OBJECT (dialog), "plx-entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "plx-pane", g_object_ref (self), g_object_unref);
  g_signal_connect (ok, "clicked", G_CALLBACK (on_name_dialog_done), GINT_TO_POINTER (TRUE));
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_name_dialog_done), GINT_TO_POINTER (FALSE));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
new_speaker_chosen (PlxArticlePane *self,
                    const char     *name,
                    const char     *mode)
{
  if (g_strcmp0 (mode, "reassign") == 0)
    reassign_quote (self, name);
  else
    mark_quote (self, name);
}

static void
pane_new_speaker (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ask_name (PLX_ARTICLE_PANE (widget), _("New Speaker"), NULL, new_speaker_chosen,
            g_variant_get_string (param, NULL));
}

static void
rename_chosen (PlxArticlePane *self,
               const char     *name,
               const char     *from)
{
  json_t *a;

  if (g_strcmp0 (name, from) == 0)
    return;
  a = json_object ();
  json_object_set_new (a, "type", json_string ("rename-speaker"));
  json_object_set_new (a, "from", json_string (from));
  json_object_set_new (a, "to", json_string (name));
  emit_correction (self, a);
}

static void
pane_rename_speaker (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  const char *from = g_variant_get_string (param, NULL);

  ask_name (PLX_ARTICLE_PANE (widget), _("Rename Speaker"), from, rename_chosen, from);
}

static void
update_correction_actions (PlxArticlePane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  gboolean ready = self->corrected != NULL;
  gboolean has_selection = gtk_text_buffer_get_has_selection (buffer);
  gboolean on_quote = ready && selected_quote (self) >= 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.mark-quote", ready && has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.mark-claim", ready && has_selection &&
                                 self->rulebook != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.not-quote", on_quote);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.reassign", on_quote);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.new-speaker", ready && (has_selection || on_quote));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.rename-speaker", ready);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
build_menu (PlxArticlePane *self)
{
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenu) quote_by = g_menu_new ();
  g_autoptr(GMenu) attribute = g_menu_new ();
  g_autoptr(GMenu) claim = g_menu_new ();
  g_autoptr(GMenu) rename = g_menu_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_menu_remove_all (self->extra_menu);
  if (self->corrected == NULL)
    return;

  for (guint i = 0; i < self->corrected->speakers->len; i++)
    {
      PlxCSpeaker *sp = g_ptr_array_index (self->corrected->speakers, i);
      char *key = plx_speaker_key (sp->name);

      if (sp->is_byline || g_hash_table_contains (seen, key))
        {
          g_free (key);
          continue;
        }
      g_hash_table_add (seen, key);
      g_ptr_array_add (names, sp->name);
    }
  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len && i < 40; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autoptr(GMenuItem) a = g_menu_item_new (name, NULL);
      g_autoptr(GMenuItem) b = g_menu_item_new (name, NULL);
      g_autoptr(GMenuItem) c = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (a, "pane.mark-quote", g_variant_new_string (name));
      g_menu_item_set_action_and_target_value (b, "pane.reassign", g_variant_new_string (name));
      g_menu_item_set_action_and_target_value (c, "pane.rename-speaker", g_variant_new_string (name));
      g_menu_append_item (quote_by, a);
      g_menu_append_item (attribute, b);
      g_menu_append_item (rename, c);
    }
  {
    g_autoptr(GMenuItem) a = g_menu_item_new (_("New Speaker…"), NULL);
    g_autoptr(GMenuItem) b = g_menu_item_new (_("New Speaker…"), NULL);

    g_menu_item_set_action_and_target_value (a, "pane.new-speaker", g_variant_new_string ("quote"));
    g_menu_item_set_action_and_target_value (b, "pane.new-speaker", g_variant_new_string ("reassign"));
    g_menu_append_item (quote_by, a);
    g_menu_append_item (attribute, b);
  }

  for (guint i = 0; self->rulebook != NULL && i < plx_rulebook_get_n_categories (self->rulebook); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (plx_rulebook_get_category_label (self->rulebook, i), NULL);

      g_menu_item_set_action_and_target_value (item, "pane.mark-claim",
                                               g_variant_new_string (plx_rulebook_get_category_id (self->rulebook, i)));
      g_menu_append_item (claim, item);
    }

  g_menu_append_submenu (section, _("Mark as _Quote By"), G_MENU_MODEL (quote_by));
  g_menu_append_submenu (section, _("_Attribute Quote To"), G_MENU_MODEL (attribute));
  g_menu_append (section, _("_Not a Quote"), "pane.not-quote");
  if (g_menu_model_get_n_items (G_MENU_MODEL (claim)) > 0)
    g_menu_append_submenu (section, _("Mark as C_laim"), G_MENU_MODEL (claim));
  if (names->len > 0)
    g_menu_append_submenu (section, _("_Rename Speaker"), G_MENU_MODEL (rename));
  g_menu_append_section (self->extra_menu, NULL, G_MENU_MODEL (section));
}

static void
rebuild (PlxArticlePane *self)
{
  /* quote indices change */
  g_clear_handle_id (&self->popover_id, g_source_remove);
  g_clear_pointer (&self->corrected, plx_corrected_free);
  if (self->analysis != NULL && self->article != NULL)
    self->corrected = plx_corrected_new (self->analysis, plx_article_get_text (self->article),
                                         self->key, self->annotations,
                                         self->speaker_names);
  draw_highlights (self);
  build_menu (self);
  update_correction_actions (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ---- width handle -------------------------------------------------- */

static void
on_handle_drag_begin (GtkGestureDrag *gesture,
                      double          x,
                      double          y,
                      PlxArticlePane *self)
{
  self->drag_start_width = gtk_widget_get_width (self->content);
}

static void
on_handle_drag_update (GtkGestureDrag *gesture,
                       double          dx,
                       double          dy,
                       PlxArticlePane *self)
{
  plx_article_pane_set_content_width (self, self->drag_start_width + (int) dx);
}

/* ---- reordering by drag and drop of the header ---------------------- */

static GdkContentProvider *
on_drag_prepare (GtkDragSource  *source,
                 double          x,
                 double          y,
                 PlxArticlePane *self)
{
  return gdk_content_provider_new_typed (PLX_TYPE_ARTICLE_PANE, self);
}

static void
on_drag_begin (GtkDragSource  *source,
               GdkDrag        *drag,
               PlxArticlePane *self)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (self->header);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
on_pane_drop (GtkDropTarget  *target,
              const GValue   *value,
              double          x,
              double          y,
              PlxArticlePane *self)
{
  PlxArticlePane *source;

  if (!G_VALUE_HOLDS (value, PLX_TYPE_ARTICLE_PANE))
    return FALSE;
  source = g_value_get_object (value);
  if (source == NULL || source == self)
    return FALSE;
  g_signal_emit (self, signals[PANE_DROPPED], 0, source);
  return TRUE;
}

/* ---- actions ------------------------------------------------------- */

static void
pane_close (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  g_signal_emit (widget, signals[CLOSE_REQUESTED], 0);
}

static void
pane_move (GtkWidget  *widget,
           const char *action_name,
           GVariant   *param)
{
  g_signal_emit (widget, signals[MOVE_REQUESTED], 0,
                 g_str_equal (action_name, "pane.move-left") ? -1 : 1);
}

/* ---- GObject ------------------------------------------------------- */

/* A long article goes into the buffer in slices from an idle handler, so
 * the window stays responsive while a 5 MB text is laid in; short ones at
 * once. */
#define LOAD_AT_ONCE   (512 * 1024)
#define LOAD_SLICE     (128 * 1024)

static gboolean
load_text_slice (gpointer data)
{
  PlxArticlePane *self = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  const char *text = plx_article_get_text (self->article);
  gsize len = strlen (text);
  const char *start = text + self->load_pos;
  const char *end = text + MIN (len, self->load_pos + LOAD_SLICE);
  GtkTextIter iter;

  /* end on a character boundary */
  if (*end != '\0')
    end = g_utf8_find_prev_char (start, end + 1);
  if (end == NULL || end <= start)
    end = text + len;

  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_insert (buffer, &iter, start, end - start);
  self->load_pos = end - text;

  if (self->load_pos < len)
    return G_SOURCE_CONTINUE;

  self->load_id = 0;
  draw_highlights (self);
  return G_SOURCE_REMOVE;
}

static void
load_text (PlxArticlePane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  const char *text = plx_article_get_text (self->article);

  if (text == NULL)
    text = "";
  if (strlen (text) <= LOAD_AT_ONCE)
    {
      gtk_text_buffer_set_text (buffer, text, -1);
      return;
    }
  self->load_pos = 0;
  self->load_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, load_text_slice, self, NULL);
}

static void
plx_article_pane_constructed (GObject *object)
{
  PlxArticlePane *self = PLX_ARTICLE_PANE (object);

  G_OBJECT_CLASS (plx_article_pane_parent_class)->constructed (object);

  g_return_if_fail (self->article != NULL);

  load_text (self);
  self->key = plx_corrected_article_key (self->article);
  update_header (self);
  g_signal_connect_object (self->article, "notify", G_CALLBACK (update_header), self,
                           G_CONNECT_SWAPPED);
}

static void
plx_article_pane_dispose (GObject *object)
{
  PlxArticlePane *self = PLX_ARTICLE_PANE (object);

  g_clear_handle_id (&self->flash_id, g_source_remove);
  g_clear_handle_id (&self->draw_id, g_source_remove);
  g_clear_handle_id (&self->popover_id, g_source_remove);
  g_clear_handle_id (&self->load_id, g_source_remove);
  if (self->popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_ARTICLE_PANE);

  G_OBJECT_CLASS (plx_article_pane_parent_class)->dispose (object);
}

static void
plx_article_pane_finalize (GObject *object)
{
  PlxArticlePane *self = PLX_ARTICLE_PANE (object);

  g_clear_object (&self->article);
  g_clear_pointer (&self->analysis, plx_analysis_unref);
  g_clear_pointer (&self->corrected, plx_corrected_free);
  g_clear_pointer (&self->annotations, json_decref);
  g_clear_pointer (&self->rulebook, plx_rulebook_unref);
  g_clear_pointer (&self->key, g_free);
  g_clear_object (&self->extra_menu);
  g_clear_pointer (&self->speaker_names, g_ptr_array_unref);
  g_clear_pointer (&self->hidden_speakers, g_hash_table_unref);
  g_clear_pointer (&self->claim_tags, g_hash_table_unref);
  g_clear_pointer (&self->ops, g_array_unref);

  G_OBJECT_CLASS (plx_article_pane_parent_class)->finalize (object);
}

static void
plx_article_pane_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlxArticlePane *self = PLX_ARTICLE_PANE (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_CONTENT_WIDTH:
      g_value_set_int (value, self->content_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_pane_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlxArticlePane *self = PLX_ARTICLE_PANE (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      self->article = g_value_dup_object (value);
      break;
    case PROP_CONTENT_WIDTH:
      plx_article_pane_set_content_width (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_pane_class_init (PlxArticlePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = plx_article_pane_constructed;
  object_class->dispose = plx_article_pane_dispose;
  object_class->finalize = plx_article_pane_finalize;
  object_class->get_property = plx_article_pane_get_property;
  object_class->set_property = plx_article_pane_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, PLX_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTENT_WIDTH] =
    g_param_spec_int ("content-width", NULL, NULL,
                      PLX_ARTICLE_PANE_MIN_WIDTH, 4000, PLX_ARTICLE_PANE_DEFAULT_WIDTH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CLOSE_REQUESTED] = g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
  /* @delta: -1 to move left, +1 to move right */
  signals[MOVE_REQUESTED] = g_signal_new ("move-requested", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_INT);
  /* @source was dropped on this pane: it wants this pane's place. */
  signals[PANE_DROPPED] = g_signal_new ("pane-dropped", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, PLX_TYPE_ARTICLE_PANE);
  signals[QUOTE_ACTIVATED] = g_signal_new ("quote-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_INT);

  /* The user corrected the analysis: @annotation (a borrowed json_t
   * object) is to be added to the session's correction log. */
  signals[CORRECTION] = g_signal_new ("correction", G_TYPE_FROM_CLASS (klass),
                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                      G_TYPE_NONE, 1, G_TYPE_POINTER);
  /* What the pane shows (quotes, speakers, claims) changed. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/plx-article-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, content);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, header);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, spinner);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, scroller);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, view);
  gtk_widget_class_bind_template_child (widget_class, PlxArticlePane, handle);

  gtk_widget_class_install_action (widget_class, "pane.close", NULL, pane_close);
  gtk_widget_class_install_action (widget_class, "pane.move-left", NULL, pane_move);
  gtk_widget_class_install_action (widget_class, "pane.move-right", NULL, pane_move);
  gtk_widget_class_install_action (widget_class, "pane.mark-quote", "s", pane_mark_quote);
  gtk_widget_class_install_action (widget_class, "pane.reassign", "s", pane_reassign);
  gtk_widget_class_install_action (widget_class, "pane.not-quote", NULL, pane_not_quote);
  gtk_widget_class_install_action (widget_class, "pane.mark-claim", "s", pane_mark_claim);
  gtk_widget_class_install_action (widget_class, "pane.new-speaker", "s", pane_new_speaker);
  gtk_widget_class_install_action (widget_class, "pane.rename-speaker", "s", pane_rename_speaker);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articlepane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
plx_article_pane_init (PlxArticlePane *self)
{
  PlxHighlight *hl;
  GtkTextBuffer *buffer;
  GtkGesture *gesture;

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->layers = PLX_LAYER_ALL;
  self->content_width = PLX_ARTICLE_PANE_DEFAULT_WIDTH;
  gtk_widget_set_size_request (self->content, self->content_width, -1);
  self->claim_tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->ops = g_array_new (FALSE, FALSE, sizeof (DrawOp));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  gtk_source_buffer_set_highlight_matching_brackets (GTK_SOURCE_BUFFER (buffer), FALSE);
  /* Creation order is priority order: quotes below scare quotes below
   * mentions below claims (created later) below the flash. */
  for (guint i = 0; i < PLX_HIGHLIGHT_N_COLORS; i++)
    self->quote_tags[i] = gtk_text_buffer_create_tag (buffer, NULL, NULL);
  self->scare_tag = gtk_text_buffer_create_tag (buffer, NULL, NULL);
  for (guint i = 0; i < PLX_HIGHLIGHT_N_COLORS; i++)
    self->speaker_tags[i] = gtk_text_buffer_create_tag (buffer, NULL, NULL);
  self->flash_tag = gtk_text_buffer_create_tag (buffer, NULL, NULL);

  hl = plx_highlight_get_default ();
  style_tags (self);
  g_signal_connect_object (hl, "changed", G_CALLBACK (on_scheme_changed), self,
                           G_CONNECT_SWAPPED);

  self->extra_menu = g_menu_new ();
  gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (self->view), G_MENU_MODEL (self->extra_menu));
  g_signal_connect_object (buffer, "notify::has-selection", G_CALLBACK (update_correction_actions),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "mark-set", G_CALLBACK (update_correction_actions),
                           self, G_CONNECT_SWAPPED);
  update_correction_actions (self);

  g_signal_connect (self->view, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
  {
    GtkEventController *legacy = gtk_event_controller_legacy_new ();

    gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
    g_signal_connect (legacy, "event", G_CALLBACK (on_view_event), self);
    gtk_widget_add_controller (GTK_WIDGET (self->view), legacy);
  }

  {
    GtkDragSource *source = gtk_drag_source_new ();
    GtkDropTarget *target = gtk_drop_target_new (PLX_TYPE_ARTICLE_PANE, GDK_ACTION_MOVE);

    gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
    g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), self);
    g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), self);
    gtk_widget_add_controller (self->header, GTK_EVENT_CONTROLLER (source));
    g_signal_connect (target, "drop", G_CALLBACK (on_pane_drop), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }

  gtk_widget_set_cursor_from_name (self->handle, "col-resize");
  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_handle_drag_begin), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_handle_drag_update), self);
  gtk_widget_add_controller (self->handle, GTK_EVENT_CONTROLLER (gesture));

  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (self->header)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article details"), -1);
}

/* ---- public API ---------------------------------------------------- */

GtkWidget *
plx_article_pane_new (PlxArticle *article)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);

  return g_object_new (PLX_TYPE_ARTICLE_PANE, "article", article, NULL);
}

PlxArticle *
plx_article_pane_get_article (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);
  return self->article;
}

GtkTextView *
plx_article_pane_get_view (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);
  return GTK_TEXT_VIEW (self->view);
}

PlxAnalysis *
plx_article_pane_get_analysis (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);
  return self->analysis;
}

static void rebuild (PlxArticlePane *self);

void
plx_article_pane_set_analysis (PlxArticlePane *self,
                               PlxAnalysis    *analysis)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  if (analysis == self->analysis)
    return;
  if (analysis != NULL)
    plx_analysis_ref (analysis);
  g_clear_pointer (&self->analysis, plx_analysis_unref);
  self->analysis = analysis;
  g_clear_pointer (&self->speaker_names, g_ptr_array_unref);
  if (self->popover != NULL)
    gtk_popover_popdown (self->popover);
  rebuild (self);
}

void
plx_article_pane_set_annotations (PlxArticlePane *self,
                                  json_t         *annotations)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  if (annotations != NULL)
    json_incref (annotations);
  g_clear_pointer (&self->annotations, json_decref);
  self->annotations = annotations;
  rebuild (self);
}

void
plx_article_pane_set_rulebook (PlxArticlePane *self,
                               PlxRulebook    *rulebook)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  if (rulebook != NULL)
    plx_rulebook_ref (rulebook);
  g_clear_pointer (&self->rulebook, plx_rulebook_unref);
  self->rulebook = rulebook;
  rebuild (self);
}

void
plx_article_pane_set_speaker_names (PlxArticlePane *self,
                                    PlxAnalysis    *analysis,
                                    GPtrArray      *names)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  /* names computed for an older analysis do not fit this one */
  if (analysis != self->analysis)
    return;
  if (names != NULL)
    g_ptr_array_ref (names);
  g_clear_pointer (&self->speaker_names, g_ptr_array_unref);
  self->speaker_names = names;
  rebuild (self);
}

PlxCorrected *
plx_article_pane_get_corrected (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);
  return self->corrected;
}

const char *
plx_article_pane_get_key (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), NULL);
  return self->key;
}

void
plx_article_pane_set_busy (PlxArticlePane *self,
                           gboolean        busy)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_BUSY, busy, -1);
}

void
plx_article_pane_set_layers (PlxArticlePane *self,
                             PlxLayers       layers,
                             GHashTable     *hidden_speakers)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  self->layers = layers;
  if (hidden_speakers != NULL)
    g_hash_table_ref (hidden_speakers);
  g_clear_pointer (&self->hidden_speakers, g_hash_table_unref);
  self->hidden_speakers = hidden_speakers;
  draw_highlights (self);
}

int
plx_article_pane_get_content_width (PlxArticlePane *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_PANE (self), PLX_ARTICLE_PANE_DEFAULT_WIDTH);
  return self->content_width;
}

void
plx_article_pane_set_content_width (PlxArticlePane *self,
                                    int             width)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  width = CLAMP (width, PLX_ARTICLE_PANE_MIN_WIDTH, 4000);
  if (width == self->content_width)
    return;
  self->content_width = width;
  gtk_widget_set_size_request (self->content, width, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_WIDTH]);
}

void
plx_article_pane_set_position_info (PlxArticlePane *self,
                                    gboolean        first,
                                    gboolean        last)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.move-left", !first);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.move-right", !last);
}

static gboolean
end_flash (gpointer data)
{
  PlxArticlePane *self = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  GtkTextIter start, end;

  self->flash_id = 0;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->flash_tag, &start, &end);
  return G_SOURCE_REMOVE;
}

/* Scrolls to [start, end) and flashes it; selects it when @select, else
 * only moves the cursor there (one text view at a time can own the X
 * selection, so the panes that follow along must not select). */
static void
show_range (PlxArticlePane *self,
            guint           start,
            guint           end,
            gboolean        select)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  GtkTextIter s, e;

  gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, MAX (start, end));

  g_clear_handle_id (&self->flash_id, g_source_remove);
  end_flash (self);
  gtk_text_buffer_apply_tag (buffer, self->flash_tag, &s, &e);
  if (select)
    gtk_text_buffer_select_range (buffer, &s, &e);
  else
    gtk_text_buffer_place_cursor (buffer, &s);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->view),
                                gtk_text_buffer_get_insert (buffer),
                                0.1, TRUE, 0.0, 0.3);
  self->flash_id = g_timeout_add (1200, end_flash, self);
}

void
plx_article_pane_reveal (PlxArticlePane *self,
                         guint           start,
                         guint           end)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));
  show_range (self, start, end, TRUE);
}

void
plx_article_pane_flash (PlxArticlePane *self,
                        guint           start,
                        guint           end)
{
  g_return_if_fail (PLX_IS_ARTICLE_PANE (self));
  show_range (self, start, end, FALSE);
}

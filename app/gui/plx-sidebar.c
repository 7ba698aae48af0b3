/* plx-sidebar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "plx-sidebar.h"
#include "plx-gui-private.h"

struct _PlxSidebar
{
  GtkWidget   parent_instance;

  GtkWidget  *scroller;
  GtkWidget  *box;
  GtkListBox *articles;
  GtkListBox *speakers;
  GtkListBox *claims;
  GtkListBox *quotes;
  GtkLabel   *quotes_heading;

  GPtrArray  *panes;      /* PlxArticlePane*, strong refs */
  PlxArticlePane *focused;
  gboolean    refreshing;
};

G_DEFINE_FINAL_TYPE (PlxSidebar, plx_sidebar, GTK_TYPE_WIDGET)

/* A list box stays quick with a few hundred rows; a 5 MB article has tens
 * of thousands of quotes. The panes show them all. */
#define MAX_ROWS 300

enum { REVEAL, FOCUS_PANE, SPEAKER_TOGGLED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* What a row points at: a pane and a span in it. */
typedef struct
{
  PlxArticlePane *pane;
  guint           start;
  guint           end;
} Target;

static void
set_row_target (GtkWidget      *row,
                PlxArticlePane *pane,
                guint           start,
                guint           end)
{
  Target *t = g_new0 (Target, 1);

  t->pane = pane;
  t->start = start;
  t->end = end;
  g_object_set_data_full (G_OBJECT (row), "plx-target", t, g_free);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  PlxSidebar    *self)
{
  Target *t = g_object_get_data (G_OBJECT (row), "plx-target");

  if (t == NULL || t->pane == NULL)
    return;
  if (list == self->articles)
    g_signal_emit (self, signals[FOCUS_PANE], 0, t->pane);
  else
    g_signal_emit (self, signals[REVEAL], 0, t->pane, t->start, t->end);
}

static GtkWidget *
swatch_new (GdkRGBA *rgba)
{
  GtkWidget *swatch = gtk_label_new (NULL);
  g_autofree char *markup = g_strdup_printf ("<span foreground=\"#%02x%02x%02x\">●</span>",
                                             (int) (rgba->red * 255), (int) (rgba->green * 255),
                                             (int) (rgba->blue * 255));

  gtk_label_set_markup (GTK_LABEL (swatch), markup);
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return swatch;
}

static GtkWidget *
heading_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "sidebar-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  return label;
}

static GtkListBox *
list_new (PlxSidebar *self,
          const char *accessible_name)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);
  return list;
}

static GtkWidget *
row_new (GtkWidget  *child,
         const char *accessible_label)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  if (accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    accessible_label, -1);
  return row;
}

static GtkWidget *
text_label_new (const char *text,
                gboolean    expand)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, expand);
  return label;
}

/* ---- speakers ------------------------------------------------------ */

typedef struct
{
  char           *key;
  char           *name;
  guint           color;
  guint          *n_quotes;    /* per pane */
  guint           n_mentions;
  PlxArticlePane *first_pane;  /* where its first mention is */
  guint           first_start;
  guint           first_end;
  guint           total_quotes;
} SpeakerEntry;

static void
speaker_entry_free (SpeakerEntry *e)
{
  g_free (e->key);
  g_free (e->name);
  g_free (e->n_quotes);
  g_free (e);
}

static int
speaker_entry_compare (gconstpointer a,
                       gconstpointer b)
{
  const SpeakerEntry *ea = *(SpeakerEntry * const *) a;
  const SpeakerEntry *eb = *(SpeakerEntry * const *) b;

  if (ea->total_quotes != eb->total_quotes)
    return ea->total_quotes > eb->total_quotes ? -1 : 1;
  if (ea->n_mentions != eb->n_mentions)
    return ea->n_mentions > eb->n_mentions ? -1 : 1;
  return g_utf8_collate (ea->name, eb->name);
}

static void
on_speaker_check_toggled (GtkToggleButton *check,
                          PlxSidebar      *self)
{
  const char *key = g_object_get_data (G_OBJECT (check), "plx-key");
  gboolean active = gtk_toggle_button_get_active (check);

  gtk_button_set_icon_name (GTK_BUTTON (check), active ? "view-reveal-symbolic" : "view-conceal-symbolic");
  if (self->refreshing || key == NULL)
    return;
  g_signal_emit (self, signals[SPEAKER_TOGGLED], 0, key, active);
}

static void
fill_speakers (PlxSidebar *self,
               GHashTable *hidden)
{
  PlxHighlight *hl = plx_highlight_get_default ();
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) speaker_entry_free);
  guint n = self->panes->len;

  for (guint p = 0; p < n; p++)
    {
      PlxArticlePane *pane = g_ptr_array_index (self->panes, p);
      PlxCorrected *a = plx_article_pane_get_corrected (pane);

      if (a == NULL)
        continue;
      for (guint i = 0; i < a->speakers->len; i++)
        {
          PlxCSpeaker *sp = g_ptr_array_index (a->speakers, i);
          g_autofree char *key = NULL;
          SpeakerEntry *e;

          if (sp->is_byline)
            continue;
          key = plx_speaker_key (sp->name);
          e = g_hash_table_lookup (by_key, key);
          if (e == NULL)
            {
              e = g_new0 (SpeakerEntry, 1);
              e->key = g_steal_pointer (&key);
              e->name = g_strdup (sp->name);
              e->color = plx_speaker_color_index (sp->name);
              e->n_quotes = g_new0 (guint, n);
              g_hash_table_insert (by_key, e->key, e);
              g_ptr_array_add (entries, e);
            }
          e->n_quotes[p] += sp->n_quotes;
          e->total_quotes += sp->n_quotes;
          if (sp->mentions->len > 0)
            {
              PlxSpan *span = &g_array_index (sp->mentions, PlxSpan, 0);

              e->n_mentions += sp->mentions->len;
              if (e->first_pane == NULL || pane == self->focused)
                {
                  if (e->first_pane != self->focused || e->first_pane == NULL)
                    {
                      e->first_pane = pane;
                      e->first_start = span->start;
                      e->first_end = span->end;
                    }
                }
            }
        }
    }

  g_ptr_array_sort (entries, speaker_entry_compare);

  for (guint i = 0; i < entries->len && i < MAX_ROWS; i++)
    {
      SpeakerEntry *e = g_ptr_array_index (entries, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      /* a toggle button, not a check box: it has an accessible "click" */
      GtkWidget *check = gtk_toggle_button_new ();
      GtkWidget *counts;
      GtkWidget *row;
      GString *counts_str = g_string_new (NULL);
      GString *a11y = g_string_new (NULL);
      g_autofree char *check_label = NULL;
      GdkRGBA rgba;

      plx_highlight_get_speaker_rgba (hl, e->color, &rgba);
      g_string_append_printf (a11y, g_dngettext (GETTEXT_PACKAGE, "%s: %u quote", "%s: %u quotes",
                                                 e->total_quotes),
                              e->name, e->total_quotes);
      for (guint p = 0; p < n; p++)
        {
          PlxArticlePane *pane = g_ptr_array_index (self->panes, p);
          const char *outlet = _plx_article_label (plx_article_pane_get_article (pane));

          g_string_append_printf (counts_str, p == 0 ? "%u" : " · %u", e->n_quotes[p]);
          g_string_append_printf (a11y, p == 0 ? " (%s %u" : ", %s %u", outlet, e->n_quotes[p]);
        }
      if (n > 0)
        g_string_append_c (a11y, ')');

      g_object_set_data_full (G_OBJECT (check), "plx-key", g_strdup (e->key), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (on_speaker_check_toggled), self);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (check),
                                    hidden == NULL || !g_hash_table_contains (hidden, e->key));
      on_speaker_check_toggled (GTK_TOGGLE_BUTTON (check), self);
      gtk_widget_add_css_class (check, "flat");
      gtk_widget_add_css_class (check, "speaker-toggle");
      /* Translators: accessible name of the check box that shows or hides
       * the highlights of one speaker. */
      check_label = g_strdup_printf (_("Highlight %s"), e->name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      check_label, -1);
      gtk_widget_set_tooltip_text (check, _("Show or hide this speaker’s highlights"));

      counts = gtk_label_new (counts_str->str);
      gtk_widget_add_css_class (counts, "dim-label");
      gtk_widget_add_css_class (counts, "numeric");
      gtk_widget_set_tooltip_text (counts, _("Quotes per article, in pane order"));

      gtk_box_append (GTK_BOX (box), check);
      gtk_box_append (GTK_BOX (box), swatch_new (&rgba));
      gtk_box_append (GTK_BOX (box), text_label_new (e->name, TRUE));
      gtk_box_append (GTK_BOX (box), counts);

      row = row_new (box, a11y->str);
      if (e->first_pane != NULL)
        set_row_target (row, e->first_pane, e->first_start, e->first_end);
      gtk_list_box_append (self->speakers, row);

      g_string_free (counts_str, TRUE);
      g_string_free (a11y, TRUE);
    }

  if (entries->len == 0)
    gtk_list_box_append (self->speakers, row_new (text_label_new (_("No speakers found yet"), TRUE), NULL));
}

/* ---- claims -------------------------------------------------------- */

typedef struct
{
  char           *id;
  char           *label;
  char           *color;
  guint          *counts;
  PlxArticlePane *first_pane;
  guint           first_start;
  guint           first_end;
} ClaimEntry;

static void
claim_entry_free (ClaimEntry *e)
{
  g_free (e->id);
  g_free (e->label);
  g_free (e->color);
  g_free (e->counts);
  g_free (e);
}

static void
fill_claims (PlxSidebar *self)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) claim_entry_free);
  guint n = self->panes->len;

  for (guint p = 0; p < n; p++)
    {
      PlxArticlePane *pane = g_ptr_array_index (self->panes, p);
      PlxCorrected *a = plx_article_pane_get_corrected (pane);

      if (a == NULL)
        continue;
      for (guint i = 0; i < a->claims->len; i++)
        {
          PlxCClaim *c = g_ptr_array_index (a->claims, i);
          const char *id = c->rule_id != NULL ? c->rule_id : "";
          ClaimEntry *e = g_hash_table_lookup (by_id, id);

          if (e == NULL)
            {
              e = g_new0 (ClaimEntry, 1);
              e->id = g_strdup (id);
              e->label = g_strdup (c->label != NULL ? c->label : id);
              e->color = g_strdup (c->color);
              e->counts = g_new0 (guint, n);
              g_hash_table_insert (by_id, e->id, e);
              g_ptr_array_add (entries, e);
            }
          e->counts[p]++;
          if (e->first_pane == NULL || (pane == self->focused && e->first_pane != self->focused))
            {
              e->first_pane = pane;
              e->first_start = c->start;
              e->first_end = c->end;
            }
        }
    }

  for (guint i = 0; i < entries->len && i < MAX_ROWS; i++)
    {
      ClaimEntry *e = g_ptr_array_index (entries, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GString *counts = g_string_new (NULL);
      GString *a11y = g_string_new (e->label);
      GtkWidget *counts_label, *row;
      GdkRGBA rgba;

      if (e->color == NULL || !gdk_rgba_parse (&rgba, e->color))
        gdk_rgba_parse (&rgba, "#777777");
      for (guint p = 0; p < n; p++)
        {
          PlxArticlePane *pane = g_ptr_array_index (self->panes, p);
          const char *outlet = _plx_article_label (plx_article_pane_get_article (pane));

          g_string_append_printf (counts, p == 0 ? "%u" : " · %u", e->counts[p]);
          g_string_append_printf (a11y, p == 0 ? ": %s %u" : ", %s %u", outlet, e->counts[p]);
        }
      counts_label = gtk_label_new (counts->str);
      gtk_widget_add_css_class (counts_label, "dim-label");
      gtk_widget_add_css_class (counts_label, "numeric");
      gtk_box_append (GTK_BOX (box), swatch_new (&rgba));
      gtk_box_append (GTK_BOX (box), text_label_new (e->label, TRUE));
      gtk_box_append (GTK_BOX (box), counts_label);
      row = row_new (box, a11y->str);
      if (e->first_pane != NULL)
        set_row_target (row, e->first_pane, e->first_start, e->first_end);
      gtk_list_box_append (self->claims, row);
      g_string_free (counts, TRUE);
      g_string_free (a11y, TRUE);
    }

  if (entries->len == 0)
    gtk_list_box_append (self->claims, row_new (text_label_new (_("No claims found yet"), TRUE), NULL));
}

/* ---- quotes of the focused article --------------------------------- */

static void
fill_quotes (PlxSidebar *self)
{
  PlxCorrected *a;
  g_autofree char *heading = NULL;

  if (self->focused == NULL)
    {
      gtk_label_set_text (self->quotes_heading, _("Quotes"));
      return;
    }

  /* Translators: %s is the outlet of the article whose quotes are listed. */
  heading = g_strdup_printf (_("Quotes in %s"), _plx_article_label (plx_article_pane_get_article (self->focused)));
  gtk_label_set_text (self->quotes_heading, heading);

  a = plx_article_pane_get_corrected (self->focused);
  if (a == NULL)
    {
      gtk_list_box_append (self->quotes, row_new (text_label_new (_("Analysing…"), TRUE), NULL));
      return;
    }

  for (guint i = 0; i < a->quotes->len && i < MAX_ROWS; i++)
    {
      PlxCQuote *q = g_ptr_array_index (a->quotes, i);
      g_autofree char *a11y = plx_article_pane_describe_quote (self->focused, i);
      g_autofree char *details = plx_article_pane_quote_details (self->focused, i);
      const char *name = NULL;
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *who, *what, *row;
      GdkRGBA rgba;
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      name = plx_corrected_speaker_name (a, q->speaker);
      plx_highlight_get_speaker_rgba (plx_highlight_get_default (),
                                      plx_speaker_color_index (name), &rgba);
      who = text_label_new (name != NULL ? name : _("Unknown speaker"), TRUE);
      gtk_widget_add_css_class (who, "caption-heading");
      gtk_box_append (GTK_BOX (line), swatch_new (&rgba));
      gtk_box_append (GTK_BOX (line), who);
      what = gtk_label_new (q->text);
      gtk_label_set_xalign (GTK_LABEL (what), 0);
      gtk_label_set_wrap (GTK_LABEL (what), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (what), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (what), 3);
      gtk_label_set_ellipsize (GTK_LABEL (what), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (what, "caption");
      gtk_box_append (GTK_BOX (box), line);
      gtk_box_append (GTK_BOX (box), what);
      row = row_new (box, a11y);
      gtk_widget_set_tooltip_text (row, details);
      set_row_target (row, self->focused, q->start, q->end);
      gtk_list_box_append (self->quotes, row);
    }

  if (a->quotes->len == 0)
    gtk_list_box_append (self->quotes, row_new (text_label_new (_("No quotes found"), TRUE), NULL));
  else if (a->quotes->len > MAX_ROWS)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more quote",
                                                            "… and %u more quotes", a->quotes->len - MAX_ROWS),
                                               a->quotes->len - MAX_ROWS);
      gtk_list_box_append (self->quotes, row_new (text_label_new (more, TRUE), NULL));
    }
}

/* ---- articles ------------------------------------------------------ */

static void
fill_articles (PlxSidebar *self)
{
  for (guint p = 0; p < self->panes->len; p++)
    {
      PlxArticlePane *pane = g_ptr_array_index (self->panes, p);
      PlxArticle *article = plx_article_pane_get_article (pane);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *outlet = text_label_new (_plx_article_label (article), TRUE);
      GtkWidget *title = text_label_new (plx_article_get_display_title (article), TRUE);
      g_autofree char *a11y = g_strdup_printf ("%s: %s", _plx_article_label (article),
                                               plx_article_get_display_title (article));
      GtkWidget *row;

      gtk_widget_add_css_class (outlet, pane == self->focused ? "heading" : "body");
      gtk_widget_add_css_class (title, "caption");
      gtk_widget_add_css_class (title, "dim-label");
      gtk_box_append (GTK_BOX (box), outlet);
      gtk_box_append (GTK_BOX (box), title);
      row = row_new (box, a11y);
      set_row_target (row, pane, 0, 0);
      gtk_list_box_append (self->articles, row);
    }
}

void
plx_sidebar_refresh (PlxSidebar     *self,
                     GPtrArray      *panes,
                     PlxArticlePane *focused,
                     GHashTable     *hidden_speakers)
{
  g_return_if_fail (PLX_IS_SIDEBAR (self));
  g_return_if_fail (panes != NULL);

  self->refreshing = TRUE;
  g_ptr_array_set_size (self->panes, 0);
  for (guint i = 0; i < panes->len; i++)
    g_ptr_array_add (self->panes, g_object_ref (g_ptr_array_index (panes, i)));
  g_set_object (&self->focused, focused);

  clear_list (self->articles);
  clear_list (self->speakers);
  clear_list (self->claims);
  clear_list (self->quotes);
  fill_articles (self);
  fill_speakers (self, hidden_speakers);
  fill_claims (self);
  fill_quotes (self);
  self->refreshing = FALSE;
}

static void
plx_sidebar_dispose (GObject *object)
{
  PlxSidebar *self = PLX_SIDEBAR (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  if (self->panes != NULL)
    g_ptr_array_set_size (self->panes, 0);
  g_clear_object (&self->focused);

  G_OBJECT_CLASS (plx_sidebar_parent_class)->dispose (object);
}

static void
plx_sidebar_finalize (GObject *object)
{
  PlxSidebar *self = PLX_SIDEBAR (object);

  g_clear_pointer (&self->panes, g_ptr_array_unref);

  G_OBJECT_CLASS (plx_sidebar_parent_class)->finalize (object);
}

static void
plx_sidebar_class_init (PlxSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_sidebar_dispose;
  object_class->finalize = plx_sidebar_finalize;

  /* A row asks its pane to show [start, end). */
  signals[REVEAL] = g_signal_new ("reveal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                  PLX_TYPE_ARTICLE_PANE, G_TYPE_UINT, G_TYPE_UINT);
  signals[FOCUS_PANE] = g_signal_new ("focus-pane", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                      PLX_TYPE_ARTICLE_PANE);
  /* A speaker's highlights were switched on (TRUE) or off. */
  signals[SPEAKER_TOGGLED] = g_signal_new ("speaker-toggled", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "plxsidebar");
}

static void
plx_sidebar_init (PlxSidebar *self)
{
  GtkWidget *heading;

  self->panes = g_ptr_array_new_with_free_func (g_object_unref);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (self->box, "sidebar-box");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->box);

  self->articles = list_new (self, _("Articles"));
  self->speakers = list_new (self, _("Speakers"));
  self->claims = list_new (self, _("Claims"));
  self->quotes = list_new (self, _("Quotes"));

  gtk_box_append (GTK_BOX (self->box), heading_new (_("Articles")));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->articles));
  gtk_box_append (GTK_BOX (self->box), heading_new (_("Speakers")));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->speakers));
  gtk_box_append (GTK_BOX (self->box), heading_new (_("Claims")));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->claims));
  heading = heading_new (_("Quotes"));
  self->quotes_heading = GTK_LABEL (heading);
  gtk_box_append (GTK_BOX (self->box), heading);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->quotes));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Session overview"), -1);
}

GtkWidget *
plx_sidebar_new (void)
{
  return g_object_new (PLX_TYPE_SIDEBAR, NULL);
}

/* plx-coverage-view.c — the coverage matrix, wording diff, voices, omissions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-coverage"

#include "config.h"

#include <glib/gi18n.h>

#include "plx-coverage-view.h"

#define SNIPPET_CHARS 60

struct _PlxCoverageView
{
  GtkWidget        parent_instance;

  PlxComparison   *comparison;
  GPtrArray       *labels;          /* char*, one per article */
  GArray          *rows;            /* guint cluster, as shown */
  GPtrArray       *cells;           /* GtkWidget*, rows × articles, borrowed */
  GPtrArray       *row_headers;     /* GtkWidget*, per row, borrowed */
  int              selected;        /* cluster or -1 */
  int              speaker_filter;  /* registry index or -1 */
  char            *category_filter;
  PlxCoverageSort  sort;
  GPtrArray       *speaker_choices; /* int registry index per dropdown item */
  GPtrArray       *category_choices;/* char* per dropdown item (NULL: all) */
  gboolean         updating;

  /* template */
  GtkWidget        *content;
  GtkLabel         *status_label;
  GtkStack         *stack;
  GtkDropDown      *speaker_dropdown;
  GtkDropDown      *category_dropdown;
  GtkDropDown      *sort_dropdown;
  GtkScrolledWindow *matrix_scroller;
  GtkGrid          *matrix;
  GtkBox           *detail_box;
  GtkBox           *voices_box;
  GtkBox           *omissions_box;
};

G_DEFINE_FINAL_TYPE (PlxCoverageView, plx_coverage_view, GTK_TYPE_WIDGET)

enum {
  CELL_ACTIVATED,
  CLUSTER_SELECTED,
  SPLIT_STATEMENT,
  MERGE_CLUSTERS,
  MERGE_SPEAKERS,
  SPLIT_SPEAKER,
  RESET_EDITS,
  N_SIGNALS
};
static guint signals[N_SIGNALS];

/* ---- words ----------------------------------------------------------- */

const char *
plx_coverage_state_label (PlxCellState state)
{
  switch (state)
    {
    case PLX_CELL_VERBATIM: return _("Verbatim");
    case PLX_CELL_REWORDED: return _("Reworded");
    case PLX_CELL_REPORTED: return _("Reported");
    case PLX_CELL_ABSENT:
    default:                return _("Absent");
    }
}

static const char *
state_long_label (PlxCellState state)
{
  switch (state)
    {
    case PLX_CELL_VERBATIM: return _("Carried verbatim");
    case PLX_CELL_REWORDED: return _("Reworded");
    case PLX_CELL_REPORTED: return _("Reported");
    case PLX_CELL_ABSENT:
    default:                return _("Absent");
    }
}

static const char *
state_icon (PlxCellState state)
{
  switch (state)
    {
    case PLX_CELL_VERBATIM: return "object-select-symbolic";
    case PLX_CELL_REWORDED: return "document-edit-symbolic";
    case PLX_CELL_REPORTED: return "mail-forward-symbolic";
    case PLX_CELL_ABSENT:
    default:                return "list-remove-symbolic";
    }
}

static const char *
position_label (PlxPosition position)
{
  switch (position)
    {
    case PLX_POSITION_HEADLINE: return _("in the headline");
    case PLX_POSITION_LEAD:     return _("in the lead");
    case PLX_POSITION_LATER:
    default:                    return _("later in the article");
    }
}

static const char *
kind_label (PlxQuoteKind kind)
{
  switch (kind)
    {
    case PLX_QUOTE_DIRECT:   return _("direct quote");
    case PLX_QUOTE_SPLIT:    return _("split quote");
    case PLX_QUOTE_DASH:     return _("dash quote");
    case PLX_QUOTE_COLON:    return _("colon quote");
    case PLX_QUOTE_REPORTED: return _("reported speech");
    default:                 return _("statement");
    }
}

static const char *
label_of (PlxCoverageView *self,
          guint            article)
{
  if (self->labels != NULL && article < self->labels->len)
    return g_ptr_array_index (self->labels, article);
  return "";
}

static const PlxRendering *
reference_of (const PlxCluster *cluster)
{
  if (cluster->renderings->len == 0)
    return NULL;
  return g_ptr_array_index (cluster->renderings, MIN (cluster->reference, cluster->renderings->len - 1));
}

static char *
snippet (const char *text,
         guint       max_chars)
{
  g_autofree char *flat = g_strdup (text != NULL ? text : "");
  glong n;

  g_strdelimit (flat, "\n\r\t", ' ');
  g_strstrip (flat);
  n = g_utf8_strlen (flat, -1);
  if ((guint) n <= max_chars)
    return g_steal_pointer (&flat);
  {
    g_autofree char *head = g_utf8_substring (flat, 0, max_chars - 1);
    return g_strconcat (head, "…", NULL);
  }
}

/* "Lavrov: “text…”" */
static char *
cluster_title (PlxCoverageView *self,
               guint            index,
               guint            max_chars)
{
  const PlxCluster *cluster = plx_comparison_get_cluster (self->comparison, index);
  const PlxRendering *ref = reference_of (cluster);
  g_autofree char *text = snippet (ref != NULL ? ref->text : "", max_chars);

  if (cluster->speaker >= 0)
    /* Translators: a statement in the coverage matrix: speaker, then text. */
    return g_strdup_printf (_("%s: “%s”"),
                            plx_comparison_get_speaker (self->comparison, cluster->speaker)->name, text);
  return g_strdup_printf ("“%s”", text);
}

/* ---- sorting and filtering -------------------------------------------- */

static const char *
cluster_speaker_name (PlxComparison *cmp,
                      guint          c)
{
  const PlxCluster *cluster = plx_comparison_get_cluster (cmp, c);

  return cluster->speaker >= 0 ? plx_comparison_get_speaker (cmp, cluster->speaker)->name : NULL;
}

static guint64
cluster_first_position (PlxComparison *cmp,
                        guint          c)
{
  const PlxCluster *cluster = plx_comparison_get_cluster (cmp, c);
  const PlxRendering *first;

  if (cluster->renderings->len == 0)
    return G_MAXUINT64;
  first = g_ptr_array_index (cluster->renderings, 0);
  return ((guint64) first->article << 32) | first->start;
}

static int
null_last_cmp (const char *a,
               const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return g_utf8_collate (a, b);
}

static int
compare_rows (gconstpointer pa,
              gconstpointer pb,
              gpointer      data)
{
  PlxCoverageView *self = data;
  guint a = *(const guint *) pa;
  guint b = *(const guint *) pb;
  int r = 0;

  switch (self->sort)
    {
    case PLX_COVERAGE_SORT_POSITION:
      {
        guint64 x = cluster_first_position (self->comparison, a);
        guint64 y = cluster_first_position (self->comparison, b);
        r = x < y ? -1 : x > y;
      }
      break;
    case PLX_COVERAGE_SORT_SPEAKER:
      r = null_last_cmp (cluster_speaker_name (self->comparison, a),
                         cluster_speaker_name (self->comparison, b));
      break;
    case PLX_COVERAGE_SORT_CATEGORY:
      r = null_last_cmp (plx_comparison_get_cluster (self->comparison, a)->category,
                         plx_comparison_get_cluster (self->comparison, b)->category);
      break;
    case PLX_COVERAGE_SORT_COVERAGE:
    default:
      break;
    }
  if (r == 0)
    r = a < b ? -1 : a > b;
  return r;
}

static gboolean
row_visible (PlxCoverageView *self,
             guint            c)
{
  const PlxCluster *cluster = plx_comparison_get_cluster (self->comparison, c);

  if (self->speaker_filter >= 0 && cluster->speaker != self->speaker_filter)
    return FALSE;
  if (self->category_filter != NULL && g_strcmp0 (cluster->category, self->category_filter) != 0)
    return FALSE;
  return TRUE;
}

/* ---- the matrix ------------------------------------------------------- */

static void
on_cell_clicked (GtkButton       *button,
                 PlxCoverageView *self)
{
  guint cluster = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "plx-cluster"));
  guint article = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "plx-article"));

  plx_coverage_view_select_cluster (self, cluster);
  g_signal_emit (self, signals[CELL_ACTIVATED], 0, cluster, article);
}

static void
on_row_header_clicked (GtkButton       *button,
                       PlxCoverageView *self)
{
  guint cluster = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "plx-cluster"));

  plx_coverage_view_select_cluster (self, cluster);
  g_signal_emit (self, signals[CLUSTER_SELECTED], 0, cluster);
}

static GtkWidget *
cell_new (PlxCoverageView *self,
          guint            c,
          guint            a)
{
  PlxCellState state = plx_comparison_get_cell (self->comparison, c, a);
  const PlxRendering *r = plx_comparison_get_rendering (self->comparison, c, a);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (plx_coverage_state_label (state));
  g_autofree char *access = NULL;
  g_autofree char *tip = NULL;

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (state_icon (state)));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "coverage-cell");
  gtk_widget_add_css_class (button, plx_cell_state_to_string (state));

  if (state == PLX_CELL_ABSENT)
    /* Translators: %s is an outlet. */
    access = g_strdup_printf (_("Absent from %s"), label_of (self, a));
  else
    /* Translators: a coverage cell for screen readers: "Carried verbatim by Arctic Wire". */
    access = g_strdup_printf (_("%s by %s"), state_long_label (state), label_of (self, a));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, access, -1);
  if (r != NULL)
    {
      g_autofree char *text = snippet (r->text, 200);
      tip = g_strdup_printf ("%s — %s\n“%s”", access, position_label (r->position), text);
    }
  gtk_widget_set_tooltip_text (button, tip != NULL ? tip : access);

  g_object_set_data (G_OBJECT (button), "plx-cluster", GUINT_TO_POINTER (c));
  g_object_set_data (G_OBJECT (button), "plx-article", GUINT_TO_POINTER (a));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_cell_clicked), self, 0);
  return button;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_GRID (box))
        gtk_grid_remove (GTK_GRID (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static void
update_selection_marks (PlxCoverageView *self)
{
  guint n_articles = self->comparison != NULL ? plx_comparison_get_n_articles (self->comparison) : 0;

  for (guint row = 0; row < self->rows->len; row++)
    {
      gboolean sel = (int) g_array_index (self->rows, guint, row) == self->selected;
      GtkWidget *header = g_ptr_array_index (self->row_headers, row);

      if (sel)
        gtk_widget_add_css_class (header, "selected");
      else
        gtk_widget_remove_css_class (header, "selected");
      gtk_accessible_update_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_SELECTED, sel, -1);
      for (guint a = 0; a < n_articles; a++)
        {
          GtkWidget *cell = g_ptr_array_index (self->cells, row * n_articles + a);

          if (sel)
            gtk_widget_add_css_class (cell, "selected");
          else
            gtk_widget_remove_css_class (cell, "selected");
        }
    }
}

static void
rebuild_matrix (PlxCoverageView *self)
{
  guint n_clusters, n_articles;

  clear_box (GTK_WIDGET (self->matrix));
  g_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->cells, 0);
  g_ptr_array_set_size (self->row_headers, 0);
  if (self->comparison == NULL)
    return;

  n_clusters = plx_comparison_get_n_clusters (self->comparison);
  n_articles = plx_comparison_get_n_articles (self->comparison);
  for (guint c = 0; c < n_clusters; c++)
    if (row_visible (self, c))
      g_array_append_val (self->rows, c);
  g_array_sort_with_data (self->rows, compare_rows, self);

  {
    GtkWidget *corner = gtk_label_new (_("Statement"));

    gtk_label_set_xalign (GTK_LABEL (corner), 0);
    gtk_widget_add_css_class (corner, "coverage-column-header");
    gtk_grid_attach (self->matrix, corner, 0, 0, 1, 1);
  }
  for (guint a = 0; a < n_articles; a++)
    {
      GtkWidget *header = gtk_label_new (label_of (self, a));

      gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (header), 9);
      gtk_label_set_max_width_chars (GTK_LABEL (header), 14);
      gtk_widget_set_tooltip_text (header, label_of (self, a));
      gtk_widget_add_css_class (header, "coverage-column-header");
      gtk_grid_attach (self->matrix, header, a + 1, 0, 1, 1);
    }

  for (guint row = 0; row < self->rows->len; row++)
    {
      guint c = g_array_index (self->rows, guint, row);
      g_autofree char *title = cluster_title (self, c, SNIPPET_CHARS);
      GtkWidget *header = gtk_button_new ();
      GtkWidget *label = gtk_label_new (title);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 24);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
      gtk_button_set_child (GTK_BUTTON (header), label);
      gtk_widget_set_hexpand (header, TRUE);
      gtk_widget_add_css_class (header, "flat");
      gtk_widget_add_css_class (header, "coverage-row-header");
      gtk_widget_set_tooltip_text (header, title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      g_object_set_data (G_OBJECT (header), "plx-cluster", GUINT_TO_POINTER (c));
      g_signal_connect_object (header, "clicked", G_CALLBACK (on_row_header_clicked), self, 0);
      gtk_grid_attach (self->matrix, header, 0, row + 1, 1, 1);
      g_ptr_array_add (self->row_headers, header);

      for (guint a = 0; a < n_articles; a++)
        {
          GtkWidget *cell = cell_new (self, c, a);

          gtk_grid_attach (self->matrix, cell, a + 1, row + 1, 1, 1);
          g_ptr_array_add (self->cells, cell);
        }
    }
  update_selection_marks (self);
}

/* ---- wording diff of the selected statement ---------------------------- */

static void
append_tokens (GString   *markup,
               GPtrArray *tokens,
               guint      from,
               guint      to)
{
  for (guint i = from; i < to && i < tokens->len; i++)
    {
      const PlxDiffToken *t = g_ptr_array_index (tokens, i);
      g_autofree char *esc = g_markup_escape_text (t->text, -1);

      /* opening tags end in '>', closing tags are followed by a blank */
      if (markup->len > 0 && markup->str[markup->len - 1] != '>' && markup->str[markup->len - 1] != ' ')
        g_string_append_c (markup, ' ');
      g_string_append (markup, esc);
    }
}

/* The rendering's words, with what changed against the reference marked:
 * deletions struck through, insertions underlined, cut ends and ellipses
 * named in brackets. Also works without colours. */
static char *
diff_markup (PlxWordDiff *diff)
{
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < diff->chunks->len; i++)
    {
      const PlxDiffChunk *ch = &g_array_index (diff->chunks, PlxDiffChunk, i);

      switch (ch->op)
        {
        case PLX_DIFF_EQUAL:
          append_tokens (markup, diff->b_tokens, ch->b_start, ch->b_end);
          break;
        case PLX_DIFF_INSERT:
          g_string_append (markup, " <span underline=\"single\" bgcolor=\"#2ec27e\" bgalpha=\"30%\">");
          append_tokens (markup, diff->b_tokens, ch->b_start, ch->b_end);
          g_string_append (markup, "</span> ");
          break;
        case PLX_DIFF_DELETE:
          g_string_append (markup, " <span strikethrough=\"true\" bgcolor=\"#e01b24\" bgalpha=\"25%\">");
          append_tokens (markup, diff->a_tokens, ch->a_start, ch->a_end);
          g_string_append (markup, "</span> ");
          break;
        case PLX_DIFF_SUBSTITUTE:
          g_string_append (markup, " <span strikethrough=\"true\" bgcolor=\"#e01b24\" bgalpha=\"25%\">");
          append_tokens (markup, diff->a_tokens, ch->a_start, ch->a_end);
          g_string_append (markup, "</span> → <span underline=\"single\" bgcolor=\"#f5c211\" bgalpha=\"35%\">");
          append_tokens (markup, diff->b_tokens, ch->b_start, ch->b_end);
          g_string_append (markup, "</span> ");
          break;
        case PLX_DIFF_TRUNCATE_START:
        case PLX_DIFF_TRUNCATE_END:
          {
            g_autofree char *cut = g_strdup_printf (" <span alpha=\"60%%\">[%s: ",
                                                    ch->op == PLX_DIFF_TRUNCATE_START
                                                    ? _("start cut") : _("end cut"));
            g_string_append (markup, cut);
            g_string_append (markup, "<span strikethrough=\"true\">");
            append_tokens (markup, diff->a_tokens, ch->a_start, ch->a_end);
            g_string_append (markup, "</span>]</span> ");
          }
          break;
        case PLX_DIFF_ELLIPSIS:
          {
            g_autofree char *el = g_strdup_printf (" <span alpha=\"60%%\">[%s: ", _("elided"));
            g_string_append (markup, el);
            g_string_append (markup, "<span strikethrough=\"true\">");
            append_tokens (markup, diff->a_tokens, ch->a_start, ch->a_end);
            g_string_append (markup, "</span>]</span> ");
          }
          break;
        default:
          break;
        }
    }
  return g_string_free (markup, FALSE);
}

static void
on_split_clicked (GtkButton       *button,
                  PlxCoverageView *self)
{
  guint cluster = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "plx-cluster"));
  guint article = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "plx-article"));

  g_signal_emit (self, signals[SPLIT_STATEMENT], 0, cluster, article);
}

static void
on_merge_clicked (GtkButton       *button,
                  PlxCoverageView *self)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (button), "plx-dropdown");
  GArray *targets = g_object_get_data (G_OBJECT (dropdown), "plx-targets");
  guint pos = gtk_drop_down_get_selected (dropdown);

  if (self->selected < 0 || targets == NULL || pos >= targets->len)
    return;
  g_signal_emit (self, signals[MERGE_CLUSTERS], 0, (guint) self->selected,
                 g_array_index (targets, guint, pos));
}

static GtkWidget *
caption_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
rebuild_detail (PlxCoverageView *self)
{
  const PlxCluster *cluster;
  const PlxRendering *ref;
  guint n_articles;
  GtkWidget *title;
  g_autofree char *heading = NULL;

  clear_box (GTK_WIDGET (self->detail_box));
  gtk_widget_add_css_class (GTK_WIDGET (self->detail_box), "coverage-diff");
  if (self->comparison == NULL || self->selected < 0 ||
      (guint) self->selected >= plx_comparison_get_n_clusters (self->comparison))
    {
      gtk_box_append (self->detail_box,
                      caption_new (_("Select a statement to compare its wording across outlets.")));
      return;
    }

  cluster = plx_comparison_get_cluster (self->comparison, self->selected);
  ref = reference_of (cluster);
  n_articles = plx_comparison_get_n_articles (self->comparison);
  heading = cluster_title (self, self->selected, 200);
  title = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (self->detail_box, title);
  if (cluster->category != NULL || cluster->edited)
    {
      g_autofree char *info = g_strdup_printf ("%s%s%s",
                                               cluster->category != NULL ? _("Claim category: ") : "",
                                               cluster->category != NULL ? cluster->category : "",
                                               cluster->edited ? _(" (edited by hand)") : "");
      gtk_box_append (self->detail_box, caption_new (info));
    }

  for (guint a = 0; a < n_articles; a++)
    {
      const PlxRendering *r = plx_comparison_get_rendering (self->comparison, self->selected, a);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *outlet = gtk_label_new (NULL);
      g_autofree char *outlet_markup = NULL;
      g_autofree char *meta = NULL;
      GtkWidget *text;

      outlet_markup = g_markup_printf_escaped ("<b>%s</b> — %s", label_of (self, a),
                                               plx_coverage_state_label (r != NULL ? r->state : PLX_CELL_ABSENT));
      gtk_label_set_markup (GTK_LABEL (outlet), outlet_markup);
      gtk_label_set_xalign (GTK_LABEL (outlet), 0);
      gtk_widget_set_hexpand (outlet, TRUE);
      gtk_box_append (GTK_BOX (row), outlet);
      if (r != NULL && cluster->renderings->len > 1)
        {
          GtkWidget *split = gtk_button_new_with_label (_("Split Off"));
          g_autofree char *tip = g_strdup_printf (_("This is not the same statement: take the rendering of %s out of the group"),
                                                  label_of (self, a));

          gtk_widget_set_tooltip_text (split, tip);
          gtk_widget_add_css_class (split, "flat");
          gtk_widget_add_css_class (split, "caption");
          g_object_set_data (G_OBJECT (split), "plx-cluster", GUINT_TO_POINTER ((guint) self->selected));
          g_object_set_data (G_OBJECT (split), "plx-article", GUINT_TO_POINTER (a));
          g_signal_connect_object (split, "clicked", G_CALLBACK (on_split_clicked), self, 0);
          gtk_box_append (GTK_BOX (row), split);
        }
      gtk_box_append (self->detail_box, row);

      if (r == NULL)
        {
          /* Translators: %s is an outlet. */
          g_autofree char *absent = g_strdup_printf (_("%s does not carry this statement."), label_of (self, a));
          gtk_box_append (self->detail_box, caption_new (absent));
          continue;
        }

      text = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (text), TRUE);
      if (r == ref)
        {
          g_autofree char *plain = g_markup_escape_text (r->text, -1);
          g_autofree char *m = g_strdup_printf ("%s <span alpha=\"60%%\">(%s)</span>", plain, _("reference"));
          gtk_label_set_markup (GTK_LABEL (text), m);
          gtk_widget_add_css_class (text, "diff-reference");
        }
      else
        {
          g_autoptr(PlxWordDiff) diff = plx_comparison_diff_rendering (self->comparison, self->selected, a);

          if (diff != NULL)
            {
              g_autofree char *m = diff_markup (diff);
              gtk_label_set_markup (GTK_LABEL (text), m);
            }
          else
            gtk_label_set_text (GTK_LABEL (text), r->text);
        }
      gtk_box_append (self->detail_box, text);

      /* Translators: e.g. "direct quote, “said”, in the lead". */
      meta = g_strdup_printf (_("%s, “%s”, %s"), kind_label (r->kind),
                              r->cue_text != NULL ? r->cue_text : "—", position_label (r->position));
      gtk_box_append (self->detail_box, caption_new (meta));
    }

  /* merging with another statement */
  {
    guint n_clusters = plx_comparison_get_n_clusters (self->comparison);
    GtkStringList *names = gtk_string_list_new (NULL);
    GArray *targets = g_array_new (FALSE, FALSE, sizeof (guint));
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *dropdown, *merge;

    for (guint c = 0; c < n_clusters; c++)
      {
        g_autofree char *t = NULL;

        if ((int) c == self->selected)
          continue;
        t = cluster_title (self, c, 50);
        gtk_string_list_append (names, t);
        g_array_append_val (targets, c);
      }
    if (targets->len == 0)
      {
        g_array_unref (targets);
        g_object_unref (names);
        return;
      }
    dropdown = gtk_drop_down_new (G_LIST_MODEL (names), NULL);
    g_object_set_data_full (G_OBJECT (dropdown), "plx-targets", targets, (GDestroyNotify) g_array_unref);
    gtk_widget_set_hexpand (dropdown, TRUE);
    gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Statement to Merge With"), -1);
    merge = gtk_button_new_with_label (_("Merge"));
    gtk_widget_set_tooltip_text (merge, _("The same statement: group it with the chosen one"));
    g_object_set_data (G_OBJECT (merge), "plx-dropdown", dropdown);
    g_signal_connect_object (merge, "clicked", G_CALLBACK (on_merge_clicked), self, 0);
    gtk_widget_set_margin_top (box, 8);
    gtk_box_append (GTK_BOX (box), dropdown);
    gtk_box_append (GTK_BOX (box), merge);
    gtk_box_append (self->detail_box, box);
  }
}

/* ---- share of voice --------------------------------------------------- */

typedef struct { guint speaker, quotes, words; } Voice;

static int
compare_voices (gconstpointer a,
                gconstpointer b)
{
  const Voice *x = a, *y = b;

  if (x->words != y->words)
    return x->words > y->words ? -1 : 1;
  if (x->quotes != y->quotes)
    return x->quotes > y->quotes ? -1 : 1;
  return x->speaker < y->speaker ? -1 : x->speaker > y->speaker;
}

static void
on_merge_speaker_clicked (GtkButton       *button,
                          PlxCoverageView *self)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (button), "plx-dropdown");
  GArray *targets = g_object_get_data (G_OBJECT (dropdown), "plx-targets");
  guint speaker = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "plx-speaker"));
  guint pos = gtk_drop_down_get_selected (dropdown);

  if (targets != NULL && pos < targets->len)
    g_signal_emit (self, signals[MERGE_SPEAKERS], 0, speaker, g_array_index (targets, guint, pos));
}

static void
on_split_speaker_clicked (GtkButton       *button,
                          PlxCoverageView *self)
{
  g_signal_emit (self, signals[SPLIT_SPEAKER], 0, g_object_get_data (G_OBJECT (button), "plx-name"));
}

static void
on_reset_clicked (GtkButton       *button,
                  PlxCoverageView *self)
{
  g_signal_emit (self, signals[RESET_EDITS], 0);
}

static GtkWidget *
outlet_heading_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "coverage-outlet");
  return label;
}

/* The speaker's edit popover, built when first opened (a drop-down per
 * speaker would make every refresh slow). */
static void
create_speaker_popover (GtkMenuButton *menu_button,
                        gpointer       data)
{
  PlxCoverageView *self = data;
  guint s = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (menu_button), "plx-speaker"));
  const PlxRegistrySpeaker *sp;
  guint n_speakers;
  GtkStringList *others;
  GArray *targets;
  GtkWidget *popover, *popbox, *line, *dropdown, *merge;

  if (gtk_menu_button_get_popover (menu_button) != NULL || self->comparison == NULL ||
      s >= plx_comparison_get_n_speakers (self->comparison))
    return;
  sp = plx_comparison_get_speaker (self->comparison, s);
  n_speakers = plx_comparison_get_n_speakers (self->comparison);
  others = gtk_string_list_new (NULL);
  targets = g_array_new (FALSE, FALSE, sizeof (guint));
  popover = gtk_popover_new ();
  popbox = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  for (guint o = 0; o < n_speakers; o++)
    if (o != s)
      {
        gtk_string_list_append (others, plx_comparison_get_speaker (self->comparison, o)->name);
        g_array_append_val (targets, o);
      }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (others), NULL);
  g_object_set_data_full (G_OBJECT (dropdown), "plx-targets", targets, (GDestroyNotify) g_array_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Person to Merge With"), -1);
  merge = gtk_button_new_with_label (_("Same Person"));
  gtk_widget_set_sensitive (merge, targets->len > 0);
  g_object_set_data (G_OBJECT (merge), "plx-dropdown", dropdown);
  g_object_set_data (G_OBJECT (merge), "plx-speaker", GUINT_TO_POINTER (s));
  g_signal_connect_object (merge, "clicked", G_CALLBACK (on_merge_speaker_clicked), self, 0);
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (line), dropdown);
  gtk_box_append (GTK_BOX (line), merge);
  gtk_box_append (GTK_BOX (popbox), line);

  for (guint i = 0; i < sp->names->len && sp->names->len > 1; i++)
    {
      const char *alias = g_ptr_array_index (sp->names, i);
      g_autofree char *label = g_strdup_printf (_("Separate “%s”"), alias);
      GtkWidget *split = gtk_button_new_with_label (label);

      gtk_widget_add_css_class (split, "flat");
      g_object_set_data_full (G_OBJECT (split), "plx-name", g_strdup (alias), g_free);
      g_signal_connect_object (split, "clicked", G_CALLBACK (on_split_speaker_clicked), self, 0);
      gtk_box_append (GTK_BOX (popbox), split);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), popbox);
  gtk_menu_button_set_popover (menu_button, popover);
}

static void
rebuild_voices (PlxCoverageView *self)
{
  guint n_articles, n_speakers;
  guint max_words = 1;

  clear_box (GTK_WIDGET (self->voices_box));
  if (self->comparison == NULL)
    return;
  n_articles = plx_comparison_get_n_articles (self->comparison);
  n_speakers = plx_comparison_get_n_speakers (self->comparison);

  /* one scale for all outlets, so bars compare across them */
  for (guint a = 0; a < n_articles; a++)
    for (guint s = 0; s < n_speakers; s++)
      {
        guint q = 0, w = 0;

        plx_comparison_get_share_of_voice (self->comparison, a, s, &q, &w);
        max_words = MAX (max_words, w);
      }

  for (guint a = 0; a < n_articles; a++)
    {
      g_autoptr(GArray) voices = g_array_new (FALSE, FALSE, sizeof (Voice));
      guint total = 0;
      GtkWidget *grid = gtk_grid_new ();

      for (guint s = 0; s < n_speakers; s++)
        {
          Voice v = { s, 0, 0 };

          plx_comparison_get_share_of_voice (self->comparison, a, s, &v.quotes, &v.words);
          if (v.quotes > 0 || v.words > 0)
            g_array_append_val (voices, v);
          total += v.words;
        }
      g_array_sort (voices, compare_voices);
      gtk_box_append (self->voices_box, outlet_heading_new (label_of (self, a)));
      if (voices->len == 0)
        {
          gtk_box_append (self->voices_box, caption_new (_("No one is quoted.")));
          continue;
        }
      gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
      gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
      for (guint i = 0; i < voices->len; i++)
        {
          const Voice *v = &g_array_index (voices, Voice, i);
          const char *name = plx_comparison_get_speaker (self->comparison, v->speaker)->name;
          GtkWidget *who = gtk_label_new (name);
          GtkWidget *bar = gtk_level_bar_new_for_interval (0, max_words);
          g_autofree char *figures = NULL;
          g_autofree char *access = NULL;
          GtkWidget *fig;

          gtk_label_set_xalign (GTK_LABEL (who), 0);
          gtk_label_set_ellipsize (GTK_LABEL (who), PANGO_ELLIPSIZE_END);
          gtk_label_set_width_chars (GTK_LABEL (who), 12);
          gtk_label_set_max_width_chars (GTK_LABEL (who), 16);
          gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), v->words);
          gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
          gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
          gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
          gtk_widget_set_hexpand (bar, TRUE);
          gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
          figures = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quote · %u words", "%u quotes · %u words", v->quotes),
                                     v->quotes, v->words);
          fig = gtk_label_new (figures);
          gtk_widget_add_css_class (fig, "caption");
          gtk_widget_add_css_class (fig, "numeric");
          /* Translators: share of voice for screen readers: name, outlet, figures, percent. */
          access = g_strdup_printf (_("%s in %s: %s (%u%% of the words quoted)"), name, label_of (self, a),
                                    figures, total > 0 ? (guint) (100.0 * v->words / total + 0.5) : 0);
          gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, access, -1);
          gtk_widget_set_tooltip_text (bar, access);
          gtk_grid_attach (GTK_GRID (grid), who, 0, i, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), bar, 1, i, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), fig, 2, i, 1, 1);
        }
      gtk_box_append (self->voices_box, grid);
    }

  /* people: merge and split by hand */
  gtk_box_append (self->voices_box, outlet_heading_new (_("People")));
  gtk_box_append (self->voices_box,
                  caption_new (_("Each person is listed once for all articles. Merge two entries that are the same person, or separate a name that was joined by mistake.")));
  for (guint s = 0; s < n_speakers; s++)
    {
      const PlxRegistrySpeaker *sp = plx_comparison_get_speaker (self->comparison, s);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = gtk_label_new (sp->name);
      GtkWidget *menu_button = gtk_menu_button_new ();
      g_autofree char *access = g_strdup_printf (_("Edit %s"), sp->name);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (name, TRUE);
      if (sp->names->len > 1)
        {
          GString *all = g_string_new (NULL);

          for (guint i = 0; i < sp->names->len; i++)
            g_string_append_printf (all, "%s%s", i > 0 ? ", " : "", (char *) g_ptr_array_index (sp->names, i));
          gtk_widget_set_tooltip_text (name, all->str);
          g_string_free (all, TRUE);
        }
      gtk_box_append (GTK_BOX (row), name);

      g_object_set_data (G_OBJECT (menu_button), "plx-speaker", GUINT_TO_POINTER (s));
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu_button), create_speaker_popover,
                                             self, NULL);
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "document-edit-symbolic");
      gtk_widget_add_css_class (menu_button, "flat");
      gtk_widget_set_tooltip_text (menu_button, access);
      gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, access, -1);
      gtk_box_append (GTK_BOX (row), menu_button);
      gtk_box_append (self->voices_box, row);
    }
  {
    GtkWidget *reset = gtk_button_new_with_label (_("Undo All Manual Merges and Splits"));

    gtk_widget_set_halign (reset, GTK_ALIGN_START);
    gtk_widget_set_margin_top (reset, 8);
    g_signal_connect_object (reset, "clicked", G_CALLBACK (on_reset_clicked), self, 0);
    gtk_box_append (self->voices_box, reset);
  }
}

/* ---- omissions -------------------------------------------------------- */

static void
rebuild_omissions (PlxCoverageView *self)
{
  guint n_articles;

  clear_box (GTK_WIDGET (self->omissions_box));
  if (self->comparison == NULL)
    return;
  n_articles = plx_comparison_get_n_articles (self->comparison);
  for (guint a = 0; a < n_articles; a++)
    {
      g_autoptr(GArray) omitted = plx_comparison_get_omissions (self->comparison, a);
      g_autofree char *heading = NULL;

      if (omitted->len == 0)
        /* Translators: %s is an outlet. */
        heading = g_strdup_printf (_("%s leaves out nothing the others carry"), label_of (self, a));
      else
        heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                /* Translators: %s is an outlet, %u a number. */
                                                "%s leaves out %u statement",
                                                "%s leaves out %u statements", omitted->len),
                                   label_of (self, a), omitted->len);
      gtk_box_append (self->omissions_box, outlet_heading_new (heading));
      for (guint i = 0; i < omitted->len; i++)
        {
          guint c = g_array_index (omitted, guint, i);
          const PlxCluster *cluster = plx_comparison_get_cluster (self->comparison, c);
          g_autofree char *title = cluster_title (self, c, 90);
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%s — carried by %u other",
                                                                "%s — carried by %u others",
                                                                cluster->renderings->len),
                                                   title, cluster->renderings->len);
          GtkWidget *button = gtk_button_new ();
          GtkWidget *label = gtk_label_new (text);

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_button_set_child (GTK_BUTTON (button), label);
          gtk_widget_add_css_class (button, "flat");
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
          g_object_set_data (G_OBJECT (button), "plx-cluster", GUINT_TO_POINTER (c));
          g_signal_connect_object (button, "clicked", G_CALLBACK (on_row_header_clicked), self, 0);
          gtk_box_append (self->omissions_box, button);
        }
    }
}

/* ---- filters ---------------------------------------------------------- */

static void
rebuild_filters (PlxCoverageView *self)
{
  g_autoptr(GtkStringList) speakers = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint speaker_pos = 0, category_pos = 0;
  gboolean filter_found_s = self->speaker_filter < 0;
  gboolean filter_found_c = self->category_filter == NULL;

  self->updating = TRUE;
  g_ptr_array_set_size (self->speaker_choices, 0);
  g_ptr_array_set_size (self->category_choices, 0);
  gtk_string_list_append (speakers, _("All Speakers"));
  g_ptr_array_add (self->speaker_choices, GINT_TO_POINTER (-1));
  gtk_string_list_append (categories, _("All Categories"));
  g_ptr_array_add (self->category_choices, NULL);

  if (self->comparison != NULL)
    {
      guint n_clusters = plx_comparison_get_n_clusters (self->comparison);
      g_autoptr(GHashTable) speaking = g_hash_table_new (NULL, NULL);

      for (guint c = 0; c < n_clusters; c++)
        {
          const PlxCluster *cluster = plx_comparison_get_cluster (self->comparison, c);

          if (cluster->speaker >= 0)
            g_hash_table_add (speaking, GINT_TO_POINTER (cluster->speaker + 1));
          if (cluster->category != NULL && !g_hash_table_contains (seen, cluster->category))
            {
              g_hash_table_add (seen, cluster->category);
              if (g_strcmp0 (cluster->category, self->category_filter) == 0)
                {
                  category_pos = self->category_choices->len;
                  filter_found_c = TRUE;
                }
              gtk_string_list_append (categories, cluster->category);
              g_ptr_array_add (self->category_choices, g_strdup (cluster->category));
            }
        }
      for (guint s = 0; s < plx_comparison_get_n_speakers (self->comparison); s++)
        if (g_hash_table_contains (speaking, GINT_TO_POINTER (s + 1)))
          {
            if ((int) s == self->speaker_filter)
              {
                speaker_pos = self->speaker_choices->len;
                filter_found_s = TRUE;
              }
            gtk_string_list_append (speakers, plx_comparison_get_speaker (self->comparison, s)->name);
            g_ptr_array_add (self->speaker_choices, GINT_TO_POINTER ((int) s));
          }
    }
  if (!filter_found_s)
    self->speaker_filter = -1;
  if (!filter_found_c)
    g_clear_pointer (&self->category_filter, g_free);

  gtk_drop_down_set_model (self->speaker_dropdown, G_LIST_MODEL (speakers));
  gtk_drop_down_set_selected (self->speaker_dropdown, speaker_pos);
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  gtk_drop_down_set_selected (self->category_dropdown, category_pos);
  self->updating = FALSE;
}

static void
on_filter_changed (PlxCoverageView *self)
{
  guint s, c;

  if (self->updating)
    return;
  s = gtk_drop_down_get_selected (self->speaker_dropdown);
  c = gtk_drop_down_get_selected (self->category_dropdown);
  self->speaker_filter = s < self->speaker_choices->len
                         ? GPOINTER_TO_INT (g_ptr_array_index (self->speaker_choices, s)) : -1;
  g_free (self->category_filter);
  self->category_filter = c < self->category_choices->len
                          ? g_strdup (g_ptr_array_index (self->category_choices, c)) : NULL;
  self->sort = gtk_drop_down_get_selected (self->sort_dropdown);
  if (self->sort > PLX_COVERAGE_SORT_CATEGORY)
    self->sort = PLX_COVERAGE_SORT_COVERAGE;
  rebuild_matrix (self);
}

/* ---- public ----------------------------------------------------------- */

void
plx_coverage_view_set_comparison (PlxCoverageView *self,
                                  PlxComparison   *comparison,
                                  GPtrArray       *labels)
{
  g_autofree char *selected_id = NULL;

  g_return_if_fail (PLX_IS_COVERAGE_VIEW (self));
  g_return_if_fail (comparison == NULL || labels != NULL);

  if (self->comparison != NULL && self->selected >= 0 &&
      (guint) self->selected < plx_comparison_get_n_clusters (self->comparison))
    selected_id = g_strdup (plx_comparison_get_cluster (self->comparison, self->selected)->id);

  g_clear_pointer (&self->comparison, plx_comparison_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  self->selected = -1;
  if (comparison != NULL)
    {
      self->comparison = plx_comparison_ref (comparison);
      self->labels = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < plx_comparison_get_n_articles (comparison); i++)
        g_ptr_array_add (self->labels, g_strdup (i < labels->len ? g_ptr_array_index (labels, i) : ""));
      if (selected_id != NULL)
        for (guint c = 0; c < plx_comparison_get_n_clusters (comparison); c++)
          if (g_strcmp0 (plx_comparison_get_cluster (comparison, c)->id, selected_id) == 0)
            self->selected = c;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->status_label), comparison == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->stack), comparison != NULL);
  rebuild_filters (self);
  rebuild_matrix (self);
  rebuild_detail (self);
  rebuild_voices (self);
  rebuild_omissions (self);
}

PlxComparison *
plx_coverage_view_get_comparison (PlxCoverageView *self)
{
  g_return_val_if_fail (PLX_IS_COVERAGE_VIEW (self), NULL);
  return self->comparison;
}

static void
set_dropdown_for_filters (PlxCoverageView *self)
{
  guint s_pos = 0, c_pos = 0;

  for (guint i = 0; i < self->speaker_choices->len; i++)
    if (GPOINTER_TO_INT (g_ptr_array_index (self->speaker_choices, i)) == self->speaker_filter)
      s_pos = i;
  for (guint i = 1; i < self->category_choices->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->category_choices, i), self->category_filter) == 0)
      c_pos = i;
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->speaker_dropdown, s_pos);
  gtk_drop_down_set_selected (self->category_dropdown, c_pos);
  gtk_drop_down_set_selected (self->sort_dropdown, self->sort);
  self->updating = FALSE;
  rebuild_matrix (self);
}

void
plx_coverage_view_set_speaker_filter (PlxCoverageView *self,
                                      int              speaker)
{
  g_return_if_fail (PLX_IS_COVERAGE_VIEW (self));
  self->speaker_filter = speaker < 0 ? -1 : speaker;
  set_dropdown_for_filters (self);
}

void
plx_coverage_view_set_category_filter (PlxCoverageView *self,
                                       const char      *category)
{
  g_return_if_fail (PLX_IS_COVERAGE_VIEW (self));
  g_free (self->category_filter);
  self->category_filter = g_strdup (category);
  set_dropdown_for_filters (self);
}

void
plx_coverage_view_set_sort (PlxCoverageView *self,
                            PlxCoverageSort  sort)
{
  g_return_if_fail (PLX_IS_COVERAGE_VIEW (self));
  g_return_if_fail (sort <= PLX_COVERAGE_SORT_CATEGORY);
  self->sort = sort;
  set_dropdown_for_filters (self);
}

guint
plx_coverage_view_get_n_rows (PlxCoverageView *self)
{
  g_return_val_if_fail (PLX_IS_COVERAGE_VIEW (self), 0);
  return self->rows->len;
}

guint
plx_coverage_view_get_row_cluster (PlxCoverageView *self,
                                   guint            row)
{
  g_return_val_if_fail (PLX_IS_COVERAGE_VIEW (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);
  return g_array_index (self->rows, guint, row);
}

int
plx_coverage_view_get_cluster_row (PlxCoverageView *self,
                                   guint            cluster)
{
  g_return_val_if_fail (PLX_IS_COVERAGE_VIEW (self), -1);
  for (guint row = 0; row < self->rows->len; row++)
    if (g_array_index (self->rows, guint, row) == cluster)
      return row;
  return -1;
}

GtkWidget *
plx_coverage_view_get_cell (PlxCoverageView *self,
                            guint            row,
                            guint            article)
{
  guint n_articles;

  g_return_val_if_fail (PLX_IS_COVERAGE_VIEW (self), NULL);
  if (self->comparison == NULL)
    return NULL;
  n_articles = plx_comparison_get_n_articles (self->comparison);
  if (row >= self->rows->len || article >= n_articles)
    return NULL;
  return g_ptr_array_index (self->cells, row * n_articles + article);
}

static gboolean
scroll_to_selected (gpointer data)
{
  PlxCoverageView *self = data;
  int row;
  GtkWidget *header;
  graphene_rect_t bounds;
  GtkAdjustment *vadj;

  if (self->selected < 0 || (row = plx_coverage_view_get_cluster_row (self, self->selected)) < 0)
    return G_SOURCE_REMOVE;
  header = g_ptr_array_index (self->row_headers, row);
  vadj = gtk_scrolled_window_get_vadjustment (self->matrix_scroller);
  if (gtk_widget_compute_bounds (header, GTK_WIDGET (self->matrix), &bounds))
    {
      double value = gtk_adjustment_get_value (vadj);
      double page = gtk_adjustment_get_page_size (vadj);

      if (bounds.origin.y < value)
        gtk_adjustment_set_value (vadj, bounds.origin.y);
      else if (bounds.origin.y + bounds.size.height > value + page)
        gtk_adjustment_set_value (vadj, bounds.origin.y + bounds.size.height - page);
    }
  return G_SOURCE_REMOVE;
}

void
plx_coverage_view_select_cluster (PlxCoverageView *self,
                                  int              cluster)
{
  g_return_if_fail (PLX_IS_COVERAGE_VIEW (self));

  if (self->comparison == NULL || cluster < 0 ||
      (guint) cluster >= plx_comparison_get_n_clusters (self->comparison))
    cluster = -1;
  if (cluster == self->selected)
    return;
  self->selected = cluster;
  update_selection_marks (self);
  rebuild_detail (self);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, scroll_to_selected, g_object_ref (self), g_object_unref);
}

int
plx_coverage_view_get_selected_cluster (PlxCoverageView *self)
{
  g_return_val_if_fail (PLX_IS_COVERAGE_VIEW (self), -1);
  return self->selected;
}

/* ---- GObject ---------------------------------------------------------- */

static void
plx_coverage_view_dispose (GObject *object)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_COVERAGE_VIEW);
  G_OBJECT_CLASS (plx_coverage_view_parent_class)->dispose (object);
}

static void
plx_coverage_view_finalize (GObject *object)
{
  PlxCoverageView *self = PLX_COVERAGE_VIEW (object);

  g_clear_pointer (&self->comparison, plx_comparison_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->row_headers, g_ptr_array_unref);
  g_clear_pointer (&self->speaker_choices, g_ptr_array_unref);
  g_clear_pointer (&self->category_choices, g_ptr_array_unref);
  g_free (self->category_filter);
  G_OBJECT_CLASS (plx_coverage_view_parent_class)->finalize (object);
}

static void
ensure_css (void)
{
  static gboolean done;
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = NULL;

  if (done || display == NULL)
    return;
  done = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/parallax/Parallax/plx-coverage-view.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
plx_coverage_view_class_init (PlxCoverageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_coverage_view_dispose;
  object_class->finalize = plx_coverage_view_finalize;

  /* A cell was clicked: show the rendering of @cluster in @article. */
  signals[CELL_ACTIVATED] = g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  /* A statement was chosen (row header, omission). */
  signals[CLUSTER_SELECTED] = g_signal_new ("cluster-selected", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_UINT);
  /* Manual edits, to be stored in the session. */
  signals[SPLIT_STATEMENT] = g_signal_new ("split-statement", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[MERGE_CLUSTERS] = g_signal_new ("merge-clusters", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[MERGE_SPEAKERS] = g_signal_new ("merge-speakers", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[SPLIT_SPEAKER] = g_signal_new ("split-speaker", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[RESET_EDITS] = g_signal_new ("reset-edits", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/plx-coverage-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxCoverageView, content);
  gtk_widget_class_bind_template_child (widget_class, PlxCoverageView, status_label);
  gtk_widget_class_bind_template_child (widget_class, PlxCoverageView, stack);
  gtk_widget_class_bind_template_child (widget_class, PlxCoverageView, speaker_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlxCoverageView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlxCoverageView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlxCoverageView, matrix_scroller);
  gtk_widget_class_bind_template_child (widget_class, PlxCoverageView, matrix);
  gtk_widget_class_bind_template_child (widget_class, PlxCoverageView, detail_box);
  gtk_widget_class_bind_template_child (widget_class, PlxCoverageView, voices_box);
  gtk_widget_class_bind_template_child (widget_class, PlxCoverageView, omissions_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "coverageview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
plx_coverage_view_init (PlxCoverageView *self)
{
  g_autoptr(GtkStringList) sorts = NULL;
  const char *sort_names[] = {
    N_("Most Carried"), N_("Order in Articles"), N_("By Speaker"), N_("By Category"), NULL
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  ensure_css ();

  self->rows = g_array_new (FALSE, FALSE, sizeof (guint));
  self->cells = g_ptr_array_new ();
  self->row_headers = g_ptr_array_new ();
  self->speaker_choices = g_ptr_array_new ();
  self->category_choices = g_ptr_array_new_with_free_func (g_free);
  self->selected = -1;
  self->speaker_filter = -1;

  sorts = gtk_string_list_new (NULL);
  for (guint i = 0; sort_names[i] != NULL; i++)
    gtk_string_list_append (sorts, _(sort_names[i]));
  gtk_drop_down_set_model (self->sort_dropdown, G_LIST_MODEL (sorts));

  g_signal_connect_object (self->speaker_dropdown, "notify::selected", G_CALLBACK (on_filter_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->category_dropdown, "notify::selected", G_CALLBACK (on_filter_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_dropdown, "notify::selected", G_CALLBACK (on_filter_changed),
                           self, G_CONNECT_SWAPPED);

  plx_coverage_view_set_comparison (self, NULL, NULL);
}

GtkWidget *
plx_coverage_view_new (void)
{
  return g_object_new (PLX_TYPE_COVERAGE_VIEW, NULL);
}

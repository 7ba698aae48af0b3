/* plx-connector.c — bands joining one statement across adjacent panes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-connector"

#include "config.h"

#include "plx-connector.h"

typedef struct
{
  GtkTextView *view;   /* weak */
  guint        start;
  guint        end;
} Span;

struct _PlxConnector
{
  GtkWidget  parent_instance;

  GPtrArray *spans;     /* Span* */
  guint      n_drawn;
};

G_DEFINE_FINAL_TYPE (PlxConnector, plx_connector, GTK_TYPE_WIDGET)

static void
span_free (Span *span)
{
  if (span->view != NULL)
    g_object_remove_weak_pointer (G_OBJECT (span->view), (gpointer *) &span->view);
  g_free (span);
}

void
plx_connector_clear (PlxConnector *self)
{
  g_return_if_fail (PLX_IS_CONNECTOR (self));
  g_ptr_array_set_size (self->spans, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
plx_connector_add_span (PlxConnector *self,
                        GtkTextView  *view,
                        guint         start,
                        guint         end)
{
  Span *span;

  g_return_if_fail (PLX_IS_CONNECTOR (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  span = g_new0 (Span, 1);
  span->view = view;
  span->start = start;
  span->end = MAX (start, end);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &span->view);
  g_ptr_array_add (self->spans, span);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
plx_connector_get_n_drawn (PlxConnector *self)
{
  g_return_val_if_fail (PLX_IS_CONNECTOR (self), 0);
  return self->n_drawn;
}

/* The span's vertical extent and the view's left and right text edges, in
 * the connector's coordinates, clipped to what the view shows. */
static gboolean
span_geometry (PlxConnector *self,
               const Span   *span,
               double       *left,
               double       *right,
               double       *top,
               double       *bottom)
{
  GtkTextBuffer *buffer;
  GtkTextIter s, e;
  GdkRectangle rs, re, visible;
  int wx, wy, wx2, wy2;
  graphene_point_t p0, p1;
  graphene_rect_t bounds;

  if (span->view == NULL || span->start == span->end ||
      !gtk_widget_get_mapped (GTK_WIDGET (span->view)))
    return FALSE;
  buffer = gtk_text_view_get_buffer (span->view);
  gtk_text_buffer_get_iter_at_offset (buffer, &s, span->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, span->end);
  gtk_text_view_get_iter_location (span->view, &s, &rs);
  gtk_text_view_get_iter_location (span->view, &e, &re);
  gtk_text_view_get_visible_rect (span->view, &visible);

  /* clip to the visible part of the text */
  rs.y = CLAMP (rs.y, visible.y, visible.y + visible.height);
  re.y = CLAMP (re.y + re.height, visible.y, visible.y + visible.height);
  gtk_text_view_buffer_to_window_coords (span->view, GTK_TEXT_WINDOW_WIDGET, 0, rs.y, &wx, &wy);
  gtk_text_view_buffer_to_window_coords (span->view, GTK_TEXT_WINDOW_WIDGET, 0, re.y, &wx2, &wy2);
  if (!gtk_widget_compute_bounds (GTK_WIDGET (span->view), GTK_WIDGET (self), &bounds))
    return FALSE;
  p0 = GRAPHENE_POINT_INIT (bounds.origin.x, bounds.origin.y + wy);
  p1 = GRAPHENE_POINT_INIT (bounds.origin.x + bounds.size.width, bounds.origin.y + wy2);
  *left = p0.x;
  *right = p1.x;
  *top = p0.y;
  *bottom = MAX (p1.y, p0.y + 2);
  return TRUE;
}

static void
plx_connector_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PlxConnector *self = PLX_CONNECTOR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  self->n_drawn = 0;
  if (self->spans->len < 2 || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  for (guint i = 0; i + 1 < self->spans->len; i++)
    {
      const Span *a = g_ptr_array_index (self->spans, i);
      const Span *b = g_ptr_array_index (self->spans, i + 1);
      double al, ar, at, ab, bl, br, bt, bb;
      double x0, x1, mid;

      if (!span_geometry (self, a, &al, &ar, &at, &ab) ||
          !span_geometry (self, b, &bl, &br, &bt, &bb))
        continue;
      /* from the right margin of the left view to the left margin of the
       * right one: the band lives in the gap between the texts */
      x0 = ar - gtk_text_view_get_right_margin (a->view) + 2;
      x1 = bl + gtk_text_view_get_left_margin (b->view) - 2;
      if (x1 <= x0)
        continue;
      mid = (x0 + x1) / 2;
      cairo_move_to (cr, x0, at);
      cairo_curve_to (cr, mid, at, mid, bt, x1, bt);
      cairo_line_to (cr, x1, bb);
      cairo_curve_to (cr, mid, bb, mid, ab, x0, ab);
      cairo_close_path (cr);
      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.28);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.85);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      self->n_drawn++;
    }
  cairo_destroy (cr);
}

static void
plx_connector_finalize (GObject *object)
{
  PlxConnector *self = PLX_CONNECTOR (object);

  g_ptr_array_unref (self->spans);
  G_OBJECT_CLASS (plx_connector_parent_class)->finalize (object);
}

static void
plx_connector_class_init (PlxConnectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = plx_connector_finalize;
  widget_class->snapshot = plx_connector_snapshot;
  gtk_widget_class_set_css_name (widget_class, "connector");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
plx_connector_init (PlxConnector *self)
{
  self->spans = g_ptr_array_new_with_free_func ((GDestroyNotify) span_free);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), FALSE);
}

GtkWidget *
plx_connector_new (void)
{
  return g_object_new (PLX_TYPE_CONNECTOR, NULL);
}

/* test-widgets.c — widget tests of the Parallax window (needs a display)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-widgets"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "parallax.h"
#include "plx-application.h"
#include "plx-article-pane.h"
#include "plx-highlight.h"
#include "plx-window.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = fixture_path (name);
  return g_file_new_for_path (path);
}

/* Runs the main loop until the window has no imports or analyses left. */
static void
wait_idle (PlxWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (plx_window_get_n_pending (window) > 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* and the idle work queued by the last result (sidebar) */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (plx_window_get_n_pending (window), ==, 0);
}

static PlxArticle *
make_article (const char *text)
{
  PlxArticle *article = plx_article_new ();

  plx_article_set_source (article, "/nonexistent/test-article.txt");
  plx_article_set_outlet (article, "Test Outlet");
  plx_article_set_title (article, "A Test Title");
  plx_article_set_date (article, "2024-06-03");
  plx_article_set_language (article, "en");
  plx_article_set_text (article, text);
  return article;
}

/* ---- colours -------------------------------------------------------- */

static void
test_palette_stable (void)
{
  guint a = plx_speaker_color_index ("Maria Ekholm");
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  const char *names[] = { "Maria Ekholm", "Jonas Brandt", "Tomas Lund", "Anna Berg",
                          "Sergei Lavrov", "Rex Tillerson", "Ingrid Halvorsen", "Dmitry Sokolov" };

  g_assert_cmpuint (a, >=, 1);
  g_assert_cmpuint (a, <=, PLX_HIGHLIGHT_N_COLORS);
  /* the same person in other spellings of whitespace, case and accents */
  g_assert_cmpuint (plx_speaker_color_index ("maria  ekholm"), ==, a);
  g_assert_cmpuint (plx_speaker_color_index ("MARIA EKHOLM"), ==, a);
  g_assert_cmpuint (plx_speaker_color_index ("Mária Ekholm"), ==, a);
  g_assert_cmpuint (plx_speaker_color_index (NULL), ==, 1);
  g_assert_cmpuint (plx_speaker_color_index ("\xff\xfe"), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_hash_table_add (seen, GUINT_TO_POINTER (plx_speaker_color_index (names[i])));
  /* a hash, not a constant */
  g_assert_cmpuint (g_hash_table_size (seen), >=, 3);
}

static void
test_scheme_light_dark (void)
{
  PlxHighlight *hl = plx_highlight_get_default ();
  GtkSourceStyleScheme *scheme;
  GtkSourceStyle *style;
  g_autofree char *light_bg = NULL;
  g_autofree char *dark_bg = NULL;
  gboolean bg_set = FALSE;

  plx_highlight_set_dark (hl, FALSE);
  scheme = plx_highlight_get_scheme (hl);
  g_assert_nonnull (scheme);
  g_assert_cmpstr (gtk_source_style_scheme_get_id (scheme), ==, "parallax-light");
  style = gtk_source_style_scheme_get_style (scheme, "plx:quote-3");
  g_assert_nonnull (style);
  g_object_get (style, "background", &light_bg, "background-set", &bg_set, NULL);
  g_assert_true (bg_set);

  plx_highlight_set_dark (hl, TRUE);
  g_assert_true (plx_highlight_get_dark (hl));
  scheme = plx_highlight_get_scheme (hl);
  g_assert_cmpstr (gtk_source_style_scheme_get_id (scheme), ==, "parallax-dark");
  style = gtk_source_style_scheme_get_style (scheme, "plx:quote-3");
  g_assert_nonnull (style);
  g_object_get (style, "background", &dark_bg, NULL);
  g_assert_cmpstr (light_bg, !=, dark_bg);
  g_assert_nonnull (gtk_source_style_scheme_get_style (scheme, "plx:scare-quote"));
  g_assert_nonnull (gtk_source_style_scheme_get_style (scheme, "plx:claim"));

  plx_highlight_set_dark (hl, FALSE);
}

/* ---- the pane ------------------------------------------------------- */

static void
test_pane_text_and_header (void)
{
  g_autoptr(PlxArticle) article = make_article ("First paragraph.\n\nSecond “paragraph” with Ünïcode.");
  GtkWidget *pane = g_object_ref_sink (plx_article_pane_new (article));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (PLX_ARTICLE_PANE (pane)));
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, plx_article_get_text (article));
  g_assert_false (gtk_text_view_get_editable (plx_article_pane_get_view (PLX_ARTICLE_PANE (pane))));
  g_assert_cmpint (gtk_text_view_get_wrap_mode (plx_article_pane_get_view (PLX_ARTICLE_PANE (pane))),
                   ==, GTK_WRAP_WORD_CHAR);
  g_assert_true (plx_article_pane_get_article (PLX_ARTICLE_PANE (pane)) == article);

  /* no analysis: no quote anywhere */
  g_assert_cmpint (plx_article_pane_quote_at (PLX_ARTICLE_PANE (pane), 3), ==, -1);

  plx_article_pane_set_content_width (PLX_ARTICLE_PANE (pane), 10);
  g_assert_cmpint (plx_article_pane_get_content_width (PLX_ARTICLE_PANE (pane)), ==, PLX_ARTICLE_PANE_MIN_WIDTH);
  plx_article_pane_set_content_width (PLX_ARTICLE_PANE (pane), 555);
  g_assert_cmpint (plx_article_pane_get_content_width (PLX_ARTICLE_PANE (pane)), ==, 555);

  g_object_unref (pane);
}

static gboolean
has_tag_with_background (GtkTextIter *iter)
{
  g_autoptr(GSList) tags = gtk_text_iter_get_tags (iter);

  for (GSList *l = tags; l != NULL; l = l->next)
    {
      gboolean set = FALSE;

      g_object_get (l->data, "background-set", &set, NULL);
      if (set)
        return TRUE;
    }
  return FALSE;
}

static void
test_pane_highlights (void)
{
  g_autofree char *path = fixture_path ("harbour-gazette.txt");
  g_autofree char *contents = NULL;
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(PlxAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *pane;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  PlxQuote *quote = NULL;
  g_autofree char *desc = NULL;
  g_autofree char *details = NULL;
  guint index = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  article = make_article (contents);
  analysis = plx_analyze (plx_article_get_text (article), "en", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (analysis);

  for (guint i = 0; i < analysis->quotes->len; i++)
    {
      PlxQuote *q = g_ptr_array_index (analysis->quotes, i);

      if (q->text != NULL && strstr (q->text, "cannot be cut off") != NULL)
        {
          quote = q;
          index = i;
        }
    }
  g_assert_nonnull (quote);

  pane = g_object_ref_sink (plx_article_pane_new (article));
  buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (PLX_ARTICLE_PANE (pane)));

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, quote->start + 2);
  g_assert_false (has_tag_with_background (&iter));

  plx_article_pane_set_analysis (PLX_ARTICLE_PANE (pane), analysis);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, quote->start + 2);
  g_assert_true (has_tag_with_background (&iter));
  g_assert_cmpint (plx_article_pane_quote_at (PLX_ARTICLE_PANE (pane), quote->start + 2), ==, index);
  g_assert_cmpint (plx_article_pane_quote_at (PLX_ARTICLE_PANE (pane), 0), ==, -1);

  desc = plx_article_pane_describe_quote (PLX_ARTICLE_PANE (pane), index);
  g_assert_true (g_str_has_prefix (desc, "Quote by Maria Ekholm: "));
  g_assert_nonnull (strstr (desc, "cannot be cut off"));
  details = plx_article_pane_quote_details (PLX_ARTICLE_PANE (pane), index);
  g_assert_nonnull (strstr (details, "Maria Ekholm"));
  g_assert_nonnull (strstr (details, "said"));

  /* switching quotes off removes the tint, on brings it back */
  plx_article_pane_set_layers (PLX_ARTICLE_PANE (pane), PLX_LAYER_MENTIONS | PLX_LAYER_CLAIMS, NULL);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, quote->start + 2);
  g_assert_false (has_tag_with_background (&iter));
  plx_article_pane_set_layers (PLX_ARTICLE_PANE (pane), PLX_LAYER_ALL, NULL);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, quote->start + 2);
  g_assert_true (has_tag_with_background (&iter));

  /* hiding the speaker hides the quote's tint too */
  {
    g_autoptr(GHashTable) hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    g_hash_table_add (hidden, plx_speaker_key ("Maria Ekholm"));
    plx_article_pane_set_layers (PLX_ARTICLE_PANE (pane), PLX_LAYER_ALL, hidden);
    gtk_text_buffer_get_iter_at_offset (buffer, &iter, quote->start + 2);
    g_assert_false (has_tag_with_background (&iter));
  }

  g_object_unref (pane);
}

/* A long article is laid into the pane in slices; the text arrives whole
 * and the highlights are drawn once it has. */
static void
test_pane_long_text (void)
{
  g_autofree char *path = fixture_path ("harbour-gazette.txt");
  g_autofree char *contents = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(PlxAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *pane;
  GtkTextBuffer *buffer;
  GtkTextIter start, end, iter;
  g_autofree char *text = NULL;
  gint64 deadline;
  PlxQuote *last;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  while (big->len < 700 * 1024)
    {
      g_string_append (big, contents);
      g_string_append (big, "\n\nÜnïcödé — «ёлка».\n\n");
    }
  article = make_article (big->str);
  analysis = plx_analyze (plx_article_get_text (article), "en", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (analysis->quotes->len, >, 100);

  pane = g_object_ref_sink (plx_article_pane_new (article));
  buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (PLX_ARTICLE_PANE (pane)));
  /* not all at once */
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), <, (int) g_utf8_strlen (plx_article_get_text (article), -1));
  plx_article_pane_set_analysis (PLX_ARTICLE_PANE (pane), analysis);

  /* until the whole text is in and the last quote is drawn */
  last = g_ptr_array_index (analysis->quotes, analysis->quotes->len - 1);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      GSList *tags = NULL;

      if (gtk_text_buffer_get_char_count (buffer) == (int) g_utf8_strlen (plx_article_get_text (article), -1))
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &iter, last->start + 1);
          tags = gtk_text_iter_get_tags (&iter);
        }
      if (tags != NULL)
        {
          g_slist_free (tags);
          break;
        }
      g_main_context_iteration (NULL, TRUE);
    }
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, plx_article_get_text (article));
  g_assert_cmpint (plx_article_pane_quote_at (PLX_ARTICLE_PANE (pane), last->start + 1), ==,
                   (int) analysis->quotes->len - 1);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, last->start + 1);
  {
    GSList *tags = gtk_text_iter_get_tags (&iter);
    g_assert_nonnull (tags);
    g_slist_free (tags);
  }
  g_object_unref (pane);
}

/* ---- the window ----------------------------------------------------- */

static void
test_window_open_files (void)
{
  PlxWindow *window = plx_window_new (NULL);
  g_autoptr(GFile) a = fixture_file ("harbour-gazette.txt");
  g_autoptr(GFile) b = fixture_file ("island-post.txt");
  g_autoptr(GFile) missing = fixture_file ("no-such-article.txt");
  g_autoptr(GFile) binary = fixture_file ("not-text.bin");
  GFile *files[] = { a, missing, a, binary, b };
  GPtrArray *panes;
  GPtrArray *errors;
  gboolean named_missing = FALSE, named_binary = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (plx_window_is_empty (window));
  plx_window_open_files (window, files, G_N_ELEMENTS (files));
  wait_idle (window);

  /* both good files, once each, in the order given */
  panes = plx_window_get_panes (window);
  g_assert_cmpuint (panes->len, ==, 2);
  g_assert_cmpuint (plx_session_get_n_articles (plx_window_get_session (window)), ==, 2);
  g_assert_true (g_str_has_suffix (plx_article_get_source (plx_article_pane_get_article (g_ptr_array_index (panes, 0))),
                                   "harbour-gazette.txt"));
  g_assert_true (g_str_has_suffix (plx_article_get_source (plx_article_pane_get_article (g_ptr_array_index (panes, 1))),
                                   "island-post.txt"));

  /* one clear message per failed file */
  errors = plx_window_get_errors (window);
  g_assert_cmpuint (errors->len, ==, 2);
  for (guint i = 0; i < errors->len; i++)
    {
      const char *msg = g_ptr_array_index (errors, i);
      if (strstr (msg, "no-such-article.txt") != NULL)
        named_missing = TRUE;
      if (strstr (msg, "not-text.bin") != NULL)
        named_binary = TRUE;
    }
  g_assert_true (named_missing);
  g_assert_true (named_binary);

  /* opening an open file again focuses its pane, adds nothing */
  plx_window_focus_pane (window, g_ptr_array_index (panes, 1));
  {
    GFile *again[] = { a };
    plx_window_open_files (window, again, 1);
  }
  wait_idle (window);
  g_assert_cmpuint (panes->len, ==, 2);
  g_assert_true (plx_window_get_focused_pane (window) == g_ptr_array_index (panes, 0));

  /* closing a pane removes the article */
  gtk_widget_activate_action (GTK_WIDGET (g_ptr_array_index (panes, 0)), "pane.close", NULL);
  g_assert_cmpuint (panes->len, ==, 1);
  g_assert_cmpuint (plx_session_get_n_articles (plx_window_get_session (window)), ==, 1);

  plx_session_set_modified (plx_window_get_session (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
quit_loop (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Closing a window while files are read and analysed cancels the work;
 * what comes back later touches nothing that is gone. */
static void
test_window_close_while_busy (void)
{
  PlxWindow *window = plx_window_new (NULL);
  g_autoptr(GFile) a = fixture_file ("harbour-gazette.txt");
  g_autoptr(GFile) b = fixture_file ("island-post.txt");
  GFile *files[] = { a, b };
  gboolean done = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_files (window, files, 2);
  g_assert_cmpuint (plx_window_get_n_pending (window), >, 0);
  gtk_window_destroy (GTK_WINDOW (window));

  /* let the worker threads finish and their callbacks run */
  g_timeout_add (1500, quit_loop, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_window_paste (void)
{
  PlxWindow *window = plx_window_new (NULL);

  plx_window_add_text (window, "\"Pasted words,\" said Anna Berg.");
  wait_idle (window);
  g_assert_cmpuint (plx_window_get_panes (window)->len, ==, 1);
  g_assert_cmpstr (plx_article_get_text (plx_session_get_article (plx_window_get_session (window), 0)),
                   ==, "\"Pasted words,\" said Anna Berg.");

  plx_session_set_modified (plx_window_get_session (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_session_roundtrip (void)
{
  PlxWindow *window = plx_window_new (NULL);
  PlxWindow *window2;
  g_autoptr(GFile) a = fixture_file ("harbour-gazette.txt");
  g_autoptr(GFile) b = fixture_file ("island-post.txt");
  GFile *files[] = { a, b };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plx-gui-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) session_file = NULL;
  GPtrArray *panes;
  gboolean mentions = TRUE, claims = TRUE;

  g_assert_no_error (error);
  path = g_build_filename (dir, "two.parallax.json", NULL);
  session_file = g_file_new_for_path (path);

  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_files (window, files, 2);
  wait_idle (window);
  panes = plx_window_get_panes (window);
  g_assert_cmpuint (panes->len, ==, 2);

  /* change the view: swap the panes, widen one, hide claims, focus one */
  gtk_widget_activate_action (GTK_WIDGET (g_ptr_array_index (panes, 0)), "pane.move-right", NULL);
  g_assert_true (g_str_has_suffix (plx_article_get_source (plx_article_pane_get_article (g_ptr_array_index (panes, 0))),
                                   "island-post.txt"));
  plx_article_pane_set_content_width (g_ptr_array_index (panes, 1), 612);
  g_object_set (window, "show-claims", FALSE, NULL);
  plx_window_focus_pane (window, g_ptr_array_index (panes, 1));
  g_assert_true (plx_session_get_modified (plx_window_get_session (window)));

  g_assert_true (plx_window_save_to (window, session_file, &error));
  g_assert_no_error (error);
  g_assert_false (plx_session_get_modified (plx_window_get_session (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "two — Parallax");
  gtk_window_destroy (GTK_WINDOW (window));

  /* reopen in a fresh window */
  window2 = plx_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window2));
  {
    GFile *sf[] = { session_file };
    plx_window_open_files (window2, sf, 1);
  }
  wait_idle (window2);
  g_assert_cmpuint (plx_window_get_errors (window2)->len, ==, 0);
  panes = plx_window_get_panes (window2);
  g_assert_cmpuint (panes->len, ==, 2);
  g_assert_true (g_str_has_suffix (plx_article_get_source (plx_article_pane_get_article (g_ptr_array_index (panes, 0))),
                                   "island-post.txt"));
  g_assert_cmpint (plx_article_pane_get_content_width (g_ptr_array_index (panes, 1)), ==, 612);
  g_assert_true (plx_window_get_focused_pane (window2) == g_ptr_array_index (panes, 1));
  g_object_get (window2, "show-mentions", &mentions, "show-claims", &claims, NULL);
  g_assert_true (mentions);
  g_assert_false (claims);
  g_assert_false (plx_session_get_modified (plx_window_get_session (window2)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window2)), ==, "two — Parallax");

  gtk_window_destroy (GTK_WINDOW (window2));
  g_unlink (path);
  g_rmdir (dir);
}

static GtkWindow *
find_dialog (PlxWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (w) == GTK_WINDOW (parent) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static void
on_destroyed (GtkWidget *widget,
              gboolean  *flag)
{
  *flag = TRUE;
}

static void
test_window_close_asks (void)
{
  PlxWindow *window = plx_window_new (NULL);
  g_autoptr(GFile) a = fixture_file ("island-post.txt");
  GFile *files[] = { a };
  GtkWindow *dialog;
  GtkWidget *button;
  gboolean destroyed = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_files (window, files, 1);
  wait_idle (window);
  g_assert_true (plx_session_get_modified (plx_window_get_session (window)));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_signal_connect (window, "destroy", G_CALLBACK (on_destroyed), &destroyed);

  /* unsaved: closing asks, and Cancel keeps the window */
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_false (destroyed);
  button = find_button (GTK_WIDGET (dialog), "_Cancel");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_false (destroyed);
  g_assert_null (find_dialog (window));

  /* Discard closes it */
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  button = find_button (GTK_WIDGET (dialog), "_Discard");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (destroyed);
}

static void
collect_list_boxes (GtkWidget *root,
                    GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX (child))
        g_ptr_array_add (out, child);
      collect_list_boxes (child, out);
    }
}

static GtkWidget *
find_sidebar (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_str_equal (G_OBJECT_TYPE_NAME (child), "PlxSidebar"))
        return child;
      if ((found = find_sidebar (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Choosing a quote in the sidebar selects it in its pane. */
static void
test_sidebar_reveals_quote (void)
{
  PlxWindow *window = plx_window_new (NULL);
  g_autoptr(GFile) a = fixture_file ("harbour-gazette.txt");
  g_autoptr(GFile) b = fixture_file ("island-post.txt");
  GFile *files[] = { a, b };
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  GtkWidget *sidebar;
  GtkListBox *quotes;
  GtkListBoxRow *row;
  PlxArticlePane *pane;
  PlxCQuote *q;
  GtkTextBuffer *buffer;
  GtkTextIter s, e;

  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_files (window, files, 2);
  wait_idle (window);
  pane = g_ptr_array_index (plx_window_get_panes (window), 1);
  plx_window_focus_pane (window, pane);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  sidebar = find_sidebar (GTK_WIDGET (window));
  g_assert_nonnull (sidebar);
  collect_list_boxes (sidebar, lists);
  /* articles, speakers, claims, quotes of the focused article */
  g_assert_cmpuint (lists->len, ==, 4);
  quotes = g_ptr_array_index (lists, 3);
  g_assert_cmpuint (plx_article_pane_get_corrected (pane)->quotes->len, >, 0);
  row = gtk_list_box_get_row_at_index (quotes, 0);
  g_assert_nonnull (row);
  g_signal_emit_by_name (quotes, "row-activated", row);

  q = g_ptr_array_index (plx_article_pane_get_corrected (pane)->quotes, 0);
  buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (pane));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &s, &e));
  g_assert_cmpint (gtk_text_iter_get_offset (&s), ==, q->start);
  g_assert_cmpint (gtk_text_iter_get_offset (&e), ==, q->end);
  g_assert_true (plx_window_get_focused_pane (window) == pane);

  plx_session_set_modified (plx_window_get_session (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- corrections ---------------------------------------------------- */

static void
test_anchor_survives_changes (void)
{
  const char *text = "Intro. \"We stay,\" Anna Berg said. Later: \"We stay,\" Jonas Brandt said.";
  const char *changed = "A new first line.\n\nIntro. \"We stay,\" Anna Berg said. Later: \"We stay,\" Jonas Brandt said.";
  /* the second "We stay," — 45 is where it starts */
  const char *second = strstr (strstr (text, "We stay") + 1, "We stay");
  guint start = g_utf8_pointer_to_offset (text, second);
  guint end = start + strlen ("We stay,");
  json_t *a = plx_anchor_new ("quote", "k", text, start, end);
  guint s = 0, e = 0;

  g_assert_cmpstr (json_string_value (json_object_get (a, "text")), ==, "We stay,");
  g_assert_true (plx_anchor_find (a, text, &s, &e));
  g_assert_cmpuint (s, ==, start);
  g_assert_cmpuint (e, ==, end);

  /* the file changed above the quote: the same occurrence is found by its
   * context, not the first one */
  g_assert_true (plx_anchor_find (a, changed, &s, &e));
  g_assert_cmpuint (s, ==, start + g_utf8_strlen ("A new first line.\n\n", -1));

  /* gone from the text: not found */
  g_assert_false (plx_anchor_find (a, "Nothing here.", &s, &e));
  json_decref (a);
}

static void
select_text (PlxArticlePane *pane,
             const char     *needle)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (plx_article_pane_get_view (pane));
  const char *text = plx_article_get_text (plx_article_pane_get_article (pane));
  const char *p = strstr (text, needle);
  GtkTextIter s, e;
  guint start;

  g_assert_nonnull (p);
  start = g_utf8_pointer_to_offset (text, p);
  gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, start + g_utf8_strlen (needle, -1));
  gtk_text_buffer_select_range (buffer, &s, &e);
}

static guint
offset_of (PlxArticlePane *pane,
           const char     *needle)
{
  const char *text = plx_article_get_text (plx_article_pane_get_article (pane));
  const char *p = strstr (text, needle);

  g_assert_nonnull (p);
  return g_utf8_pointer_to_offset (text, p);
}

static void
test_window_corrections (void)
{
  PlxWindow *window = plx_window_new (NULL);
  PlxWindow *window2;
  g_autoptr(GFile) a = fixture_file ("harbour-gazette.txt");
  GFile *files[] = { a };
  PlxArticlePane *pane;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plx-gui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "c.parallax.json", NULL);
  g_autoptr(GFile) session_file = g_file_new_for_path (path);
  const char *cut_off = "The islands cannot be cut off";
  const char *review = "keep the night ferry to the islands running through the winter";
  g_autofree char *desc = NULL;
  json_t *rename;
  int qi;

  gtk_window_present (GTK_WINDOW (window));
  plx_window_open_files (window, files, 1);
  wait_idle (window);
  pane = g_ptr_array_index (plx_window_get_panes (window), 0);
  g_assert_nonnull (plx_article_pane_get_corrected (pane));
  g_assert_cmpint (plx_article_pane_quote_at (pane, offset_of (pane, cut_off) + 2), >=, 0);
  g_assert_cmpint (plx_article_pane_quote_at (pane, offset_of (pane, review) + 2), ==, -1);

  /* not a quote */
  select_text (pane, "cannot be cut");
  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.not-quote", NULL);
  g_assert_cmpint (plx_article_pane_quote_at (pane, offset_of (pane, cut_off) + 2), ==, -1);

  /* mark as a quote of a speaker */
  select_text (pane, review);
  gtk_widget_activate_action (GTK_WIDGET (pane), "pane.mark-quote", "s", "Maria Ekholm");
  qi = plx_article_pane_quote_at (pane, offset_of (pane, review) + 2);
  g_assert_cmpint (qi, >=, 0);
  desc = plx_article_pane_describe_quote (pane, qi);
  g_assert_cmpstr (desc, ==, "Quote by Maria Ekholm: keep the night ferry to the islands running through the winter");
  g_assert_cmpuint (json_array_size (plx_session_get_section (plx_window_get_session (window), "annotations")), ==, 2);
  g_assert_true (plx_session_get_modified (plx_window_get_session (window)));

  /* undo both, redo one */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (plx_article_pane_quote_at (pane, offset_of (pane, review) + 2), ==, -1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (plx_article_pane_quote_at (pane, offset_of (pane, cut_off) + 2), >=, 0);
  g_assert_cmpuint (json_array_size (plx_session_get_section (plx_window_get_session (window), "annotations")), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpint (plx_article_pane_quote_at (pane, offset_of (pane, cut_off) + 2), ==, -1);

  /* rename a speaker (the dialog's result, as the pane reports it) */
  rename = json_pack ("{s:s, s:s, s:s}", "type", "rename-speaker", "from", "Jonas Brandt", "to", "Jonas Brandt-Olsen");
  g_signal_emit_by_name (pane, "correction", rename);
  json_decref (rename);
  qi = plx_article_pane_quote_at (pane, offset_of (pane, "someone has to pay") + 2);
  g_assert_cmpint (qi, >=, 0);
  g_clear_pointer (&desc, g_free);
  desc = plx_article_pane_describe_quote (pane, qi);
  g_assert_true (g_str_has_prefix (desc, "Quote by Jonas Brandt-Olsen: "));

  /* corrections are saved with the session and come back */
  g_assert_true (plx_window_save_to (window, session_file, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));

  window2 = plx_window_new (NULL);
  {
    GFile *sf[] = { session_file };
    plx_window_open_files (window2, sf, 1);
  }
  wait_idle (window2);
  pane = g_ptr_array_index (plx_window_get_panes (window2), 0);
  g_assert_cmpint (plx_article_pane_quote_at (pane, offset_of (pane, cut_off) + 2), ==, -1);
  qi = plx_article_pane_quote_at (pane, offset_of (pane, "someone has to pay") + 2);
  g_clear_pointer (&desc, g_free);
  desc = plx_article_pane_describe_quote (pane, qi);
  g_assert_true (g_str_has_prefix (desc, "Quote by Jonas Brandt-Olsen: "));
  g_assert_cmpuint (plx_article_pane_get_corrected (pane)->n_orphaned, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window2));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP cannot open the display\n");
      return 0;
    }
  plx_gui_init ();

  g_test_add_func ("/plx/gui/palette/stable", test_palette_stable);
  g_test_add_func ("/plx/gui/highlight/scheme-light-dark", test_scheme_light_dark);
  g_test_add_func ("/plx/gui/pane/text-and-header", test_pane_text_and_header);
  g_test_add_func ("/plx/gui/pane/highlights", test_pane_highlights);
  g_test_add_func ("/plx/gui/pane/long-text", test_pane_long_text);
  g_test_add_func ("/plx/gui/window/open-files", test_window_open_files);
  g_test_add_func ("/plx/gui/window/paste", test_window_paste);
  g_test_add_func ("/plx/gui/window/close-while-busy", test_window_close_while_busy);
  g_test_add_func ("/plx/gui/window/session-roundtrip", test_window_session_roundtrip);
  g_test_add_func ("/plx/gui/window/close-asks", test_window_close_asks);
  g_test_add_func ("/plx/gui/sidebar/reveal-quote", test_sidebar_reveals_quote);
  g_test_add_func ("/plx/gui/corrections/anchor", test_anchor_survives_changes);
  g_test_add_func ("/plx/gui/corrections/window", test_window_corrections);

  return g_test_run ();
}

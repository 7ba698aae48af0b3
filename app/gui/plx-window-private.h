/* plx-window-private.h — state shared by plx-window*.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "plx-window.h"
#include "plx-sidebar.h"
#include "plx-gui-private.h"

G_BEGIN_DECLS

struct _PlxWindow
{
  GtkApplicationWindow  parent_instance;

  PlxSession           *session;
  gulong                items_changed_id;
  gulong                modified_id;
  gulong                file_id;
  GCancellable         *cancellable;

  GHashTable           *panes;            /* PlxArticle* → PlxArticlePane* */
  GPtrArray            *pane_order;       /* PlxArticlePane*, borrowed */
  PlxArticlePane       *focused;
  PlxLayers             layers;
  GHashTable           *hidden_speakers;  /* speaker key → NULL */
  PlxRulebook          *rulebook;
  gboolean              rulebook_tried;

  GPtrArray            *errors;           /* char* */
  GPtrArray            *jobs;             /* OpenJob*, in the order asked */
  guint                 n_jobs_total;
  guint                 n_jobs_done;
  guint                 n_analyses;
  guint                 n_paste;

  json_t               *redo;
  GCancellable         *compare_cancellable;
  guint                 compare_idle_id;             /* corrections undone, newest last */
  guint                 sidebar_idle_id;
  gboolean              close_confirmed;
  gboolean              applying_view;

  /* template */
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkRevealer          *error_revealer;
  GtkBox               *error_list;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  GtkStack             *stack;
  GtkPaned             *paned;
  PlxSidebar           *sidebar;
  GtkScrolledWindow    *panes_scroller;
  GtkBox               *panes_box;
  GtkWidget            *welcome_open_button;
};

/* plx-window-open.c */
void     _plx_window_open_init          (PlxWindow  *self);
void     _plx_window_open_class_init    (GtkWidgetClass *widget_class);
void     _plx_window_open_dispose       (PlxWindow  *self);
void     _plx_window_add_error          (PlxWindow  *self,
                                         const char *message);
void     _plx_window_update_progress    (PlxWindow  *self);
/* Replaces the window's session (used when a session file is opened). */
void     _plx_window_set_session        (PlxWindow  *self,
                                         PlxSession *session);
void     _plx_window_save_as            (PlxWindow  *self,
                                         gboolean    close_after);

G_END_DECLS

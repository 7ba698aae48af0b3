/* test-session.c — PlxSession: saving, loading, bad files, crash safety
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-session"

#include "config.h"

#include <errno.h>
#include <grp.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "parallax.h"
#include "plx-fileutil.h"

/* Helpers */

static void
rm_rf (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          rm_rf (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("plx-test-session-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "session", name, NULL);
}

/* An article as an import would make it, built by hand so that these tests
 * exercise the session only. */
static PlxArticle *
make_article (const char *path,
              const char *text,
              const char *title,
              const char *outlet)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *sha256 = NULL;
  PlxArticle *article;
  guint64 size = 0;

  write_file (path, text);
  file = g_file_new_for_path (path);
  sha256 = plx_file_compute_sha256 (file, &size, NULL, &error);
  g_assert_no_error (error);

  article = plx_article_new ();
  plx_article_set_source (article, path);
  plx_article_set_sha256 (article, sha256);
  plx_article_set_byte_size (article, size);
  plx_article_set_format (article, PLX_ARTICLE_FORMAT_TEXT);
  plx_article_set_encoding (article, "UTF-8");
  plx_article_set_language (article, "en");
  plx_article_set_title (article, title);
  plx_article_set_outlet (article, outlet);
  plx_article_set_byline (article, "Mara Olsen");
  plx_article_set_date (article, "2026-11-24");
  plx_article_set_text (article, text);
  return article;
}

static void
assert_articles_equal (PlxArticle *a,
                       PlxArticle *b)
{
  g_assert_cmpstr (plx_article_get_source (a), ==, plx_article_get_source (b));
  g_assert_cmpstr (plx_article_get_sha256 (a), ==, plx_article_get_sha256 (b));
  g_assert_cmpuint (plx_article_get_byte_size (a), ==, plx_article_get_byte_size (b));
  g_assert_cmpint (plx_article_get_format (a), ==, plx_article_get_format (b));
  g_assert_cmpstr (plx_article_get_encoding (a), ==, plx_article_get_encoding (b));
  g_assert_cmpstr (plx_article_get_language (a), ==, plx_article_get_language (b));
  g_assert_cmpstr (plx_article_get_title (a), ==, plx_article_get_title (b));
  g_assert_cmpstr (plx_article_get_outlet (a), ==, plx_article_get_outlet (b));
  g_assert_cmpstr (plx_article_get_byline (a), ==, plx_article_get_byline (b));
  g_assert_cmpstr (plx_article_get_date (a), ==, plx_article_get_date (b));
  g_assert_cmpstr (plx_article_get_title_override (a), ==, plx_article_get_title_override (b));
  g_assert_cmpstr (plx_article_get_outlet_override (a), ==, plx_article_get_outlet_override (b));
  g_assert_cmpstr (plx_article_get_text (a), ==, plx_article_get_text (b));
  g_assert_cmpuint (plx_article_get_word_count (a), ==, plx_article_get_word_count (b));
}

static void
save_or_die (PlxSession *session,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);

  plx_session_save (session, file, NULL, &error);
  g_assert_no_error (error);
}

static PlxSession *
load_or_die (const char  *path,
             GPtrArray  **warnings)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PlxSession *session;

  session = plx_session_load (file, warnings, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
  return session;
}

static json_t *
load_json (const char *path)
{
  json_error_t jerror;
  json_t *root = json_load_file (path, 0, &jerror);

  if (root == NULL)
    g_error ("%s: %s", path, jerror.text);
  return root;
}

static const char *
article_path_in_json (const char *session_path,
                      guint       index)
{
  /* Leaks nothing: the string is copied into a static buffer. */
  static char buffer[4096];
  json_t *root = load_json (session_path);
  json_t *article = json_array_get (json_object_get (root, "articles"), index);
  json_t *path = json_object_get (article, "path");

  g_assert_true (json_is_string (path));
  g_strlcpy (buffer, json_string_value (path), sizeof buffer);
  json_decref (root);
  return buffer;
}

static gboolean
warnings_contain (GPtrArray  *warnings,
                  const char *a,
                  const char *b)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      const char *w = g_ptr_array_index (warnings, i);
      if (strstr (w, a) != NULL && (b == NULL || strstr (w, b) != NULL))
        return TRUE;
    }
  return FALSE;
}

/* Tests */

static void
test_new (void)
{
  g_autoptr(PlxSession) session = plx_session_new ();

  g_assert_true (G_IS_LIST_MODEL (session));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (session)) == PLX_TYPE_ARTICLE);
  g_assert_cmpuint (plx_session_get_n_articles (session), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (session), 0));
  g_assert_false (plx_session_get_modified (session));
  g_assert_null (plx_session_get_file (session));
  g_assert_true (plx_session_get_embed_text (session));
  g_assert_null (plx_session_get_section (session, "annotations"));

  g_assert_finalize_object (g_steal_pointer (&session));
}

typedef struct
{
  guint position, removed, added;
  guint n_changes;
  guint n_modified_notifies;
  guint n_items_notifies;
} Changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  changes->n_changes++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Changes    *changes)
{
  if (g_str_equal (pspec->name, "modified"))
    changes->n_modified_notifies++;
  else if (g_str_equal (pspec->name, "n-items"))
    changes->n_items_notifies++;
}

static void
assert_order (PlxSession  *session,
              PlxArticle **expected,
              guint        n)
{
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (session)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlxArticle) item = g_list_model_get_item (G_LIST_MODEL (session), i);
      g_assert_true (item == expected[i]);
      g_assert_true (plx_session_get_article (session, i) == expected[i]);
    }
}

static void
test_list_model (void)
{
  g_autoptr(PlxSession) session = plx_session_new ();
  PlxArticle *a = plx_article_new ();
  PlxArticle *b = plx_article_new ();
  PlxArticle *c = plx_article_new ();
  Changes changes = { 0 };
  g_autofree char *id_a = NULL;

  plx_article_set_source (a, "/nowhere/a.txt");
  plx_article_set_source (b, "/nowhere/b.txt");
  plx_article_set_source (c, "/nowhere/c.txt");

  g_signal_connect (session, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  g_signal_connect (session, "notify", G_CALLBACK (notify_cb), &changes);

  plx_session_add_article (session, a);
  g_assert_cmpuint (changes.n_changes, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_true (plx_session_get_modified (session));
  g_assert_cmpuint (changes.n_modified_notifies, ==, 1);
  g_assert_cmpuint (changes.n_items_notifies, ==, 1);

  plx_session_add_article (session, b);
  plx_session_add_article (session, c);
  g_assert_cmpuint (changes.n_changes, ==, 3);
  g_assert_cmpuint (changes.position, ==, 2);
  /* Already modified: no further notification. */
  g_assert_cmpuint (changes.n_modified_notifies, ==, 1);
  assert_order (session, (PlxArticle *[]) { a, b, c }, 3);

  id_a = g_strdup (plx_session_get_article_id (session, 0));
  g_assert_nonnull (id_a);
  g_assert_cmpstr (id_a, !=, plx_session_get_article_id (session, 1));
  g_assert_cmpstr (plx_session_get_article_id (session, 1), !=, plx_session_get_article_id (session, 2));

  /* Move forward: the whole range between the two positions changes. */
  plx_session_set_modified (session, FALSE);
  plx_session_move_article (session, 0, 2);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 3);
  g_assert_cmpuint (changes.added, ==, 3);
  g_assert_true (plx_session_get_modified (session));
  assert_order (session, (PlxArticle *[]) { b, c, a }, 3);
  g_assert_cmpint (plx_session_find_article_id (session, id_a), ==, 2);

  /* Move backward. */
  plx_session_move_article (session, 2, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 2);
  g_assert_cmpuint (changes.added, ==, 2);
  assert_order (session, (PlxArticle *[]) { b, a, c }, 3);

  /* A move to the same place changes nothing. */
  changes.n_changes = 0;
  plx_session_move_article (session, 1, 1);
  g_assert_cmpuint (changes.n_changes, ==, 0);

  changes.n_items_notifies = 0;
  plx_session_remove_article (session, 0);
  g_assert_cmpuint (changes.n_changes, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
  g_assert_cmpuint (changes.n_items_notifies, ==, 1);
  assert_order (session, (PlxArticle *[]) { a, c }, 2);

  g_assert_cmpint (plx_session_find_source (session, "/nowhere/c.txt"), ==, 1);
  g_assert_cmpint (plx_session_find_source (session, "/nowhere/./c.txt"), ==, 1);
  g_assert_cmpint (plx_session_find_source (session, "file:///nowhere/a.txt"), ==, 0);
  g_assert_cmpint (plx_session_find_source (session, "/nowhere/b.txt"), ==, -1);

  /* An override on an article in the session is a change to the session. */
  plx_session_set_modified (session, FALSE);
  plx_article_set_title_override (c, "A title the user chose");
  g_assert_true (plx_session_get_modified (session));

  /* The removed article is no longer watched. */
  plx_session_set_modified (session, FALSE);
  plx_article_set_title_override (b, "Not in the session");
  g_assert_false (plx_session_get_modified (session));

  g_signal_handlers_disconnect_by_data (session, &changes);
  g_assert_finalize_object (g_steal_pointer (&session));
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
  g_assert_finalize_object (c);
}

static void
test_sections (void)
{
  g_autoptr(PlxSession) session = plx_session_new ();
  json_t *view = json_pack ("{s:b, s:[i,i]}", "sync_scroll", 1, "widths", 400, 380);
  json_t *same = json_deep_copy (view);
  json_t *root;

  plx_session_set_section (session, "view", view);
  g_assert_true (plx_session_get_modified (session));
  g_assert_true (json_equal (plx_session_get_section (session, "view"), view));

  /* Setting an equal value is not a change. */
  plx_session_set_modified (session, FALSE);
  plx_session_set_section (session, "view", same);
  g_assert_false (plx_session_get_modified (session));

  {
    json_t *later = json_integer (7);

    plx_session_set_modified (session, FALSE);
    plx_session_set_section (session, "x_later_feature", later);
    json_decref (later);
    g_assert_true (plx_session_get_modified (session));
  }

  /* Defaults for the sections later features fill. */
  root = plx_session_to_json (session, NULL);
  g_assert_true (json_is_array (json_object_get (root, "annotations")));
  g_assert_true (json_is_object (json_object_get (root, "rules")));
  g_assert_true (json_equal (json_object_get (root, "view"), view));
  g_assert_cmpint (json_integer_value (json_object_get (root, "x_later_feature")), ==, 7);
  g_assert_cmpstr (json_string_value (json_object_get (root, "format")), ==, "parallax-session");
  g_assert_cmpint (json_integer_value (json_object_get (root, "version")), ==, 1);
  json_decref (root);

  /* The session holds its own reference. */
  json_decref (view);
  json_decref (same);
  g_assert_true (json_is_object (plx_session_get_section (session, "view")));

  plx_session_set_section (session, "view", NULL);
  g_assert_null (plx_session_get_section (session, "view"));

  /* Keys the session writes itself cannot be sections, and the known
   * sections have fixed types. */
  if (g_test_undefined ())
    {
      json_t *object = json_object ();

      g_test_expect_message ("plx-session", G_LOG_LEVEL_CRITICAL, "*top_level_keys*");
      plx_session_set_section (session, "articles", object);
      g_test_assert_expected_messages ();

      g_test_expect_message ("plx-session", G_LOG_LEVEL_CRITICAL, "*section_type_ok*");
      plx_session_set_section (session, "annotations", object);
      g_test_assert_expected_messages ();

      g_assert_null (plx_session_get_section (session, "annotations"));
      json_decref (object);
    }
}

static void
test_round_trip (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path_a = g_build_filename (dir, "articles", "council.txt", NULL);
  g_autofree char *path_b = g_build_filename (dir, "articles", "gazette.txt", NULL);
  g_autofree char *session_path = g_build_filename (dir, "bridge.parallax", NULL);
  g_autoptr(PlxSession) session = plx_session_new ();
  g_autoptr(PlxSession) loaded = NULL;
  g_autoptr(PlxArticle) a = NULL;
  g_autoptr(PlxArticle) b = NULL;
  g_autoptr(PlxArticle) pasted = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GFile) file = NULL;
  json_t *annotations;
  json_t *rules;
  json_t *root;

  a = make_article (path_a,
                    "Council approves harbour bridge\n\n"
                    "“This bridge joins two halves of the town,” said Ivo Kranjc.",
                    "Council approves harbour bridge", "Northshore Ledger");
  b = make_article (path_b,
                    "Мост через гавань одобрен\n\nГрета Линд назвала смету «цифрой на салфетке».",
                    NULL, NULL);
  plx_article_set_language (b, "ru");
  plx_article_set_encoding (b, "WINDOWS-1251");
  plx_article_set_format (b, PLX_ARTICLE_FORMAT_MARKDOWN);
  plx_article_set_title_override (b, "Мост (перевод)");
  plx_article_set_outlet_override (b, "Valley Gazette");

  pasted = plx_article_new ();
  plx_article_set_source (pasted, "Pasted text 1");
  plx_article_set_format (pasted, PLX_ARTICLE_FORMAT_PASTED);
  plx_article_set_text (pasted, "A reader wrote: \"the bridge blocks the view\".\n\nTab\there, quote \\ backslash.");

  plx_session_add_article (session, a);
  plx_session_add_article (session, b);
  plx_session_add_article (session, pasted);

  annotations = json_pack ("[{s:s, s:s, s:s}]",
                           "article", plx_session_get_article_id (session, 0),
                           "kind", "speaker-fix", "quote", "joins two halves");
  rules = json_pack ("{s:s}", "rulebook", "default-en");
  plx_session_set_section (session, "annotations", annotations);
  plx_session_set_section (session, "rules", rules);
  json_decref (annotations);
  json_decref (rules);

  g_assert_true (plx_session_get_modified (session));
  save_or_die (session, session_path);
  g_assert_false (plx_session_get_modified (session));
  file = g_file_new_for_path (session_path);
  g_assert_true (g_file_equal (plx_session_get_file (session), file));

  /* Paths under the session's folder are relative. */
  g_assert_cmpstr (article_path_in_json (session_path, 0), ==, "articles/council.txt");
  root = load_json (session_path);
  g_assert_cmpstr (json_string_value (json_object_get (root, "format")), ==, "parallax-session");
  g_assert_true (json_is_integer (json_object_get (root, "version")));
  g_assert_cmpstr (json_string_value (json_object_get (json_array_get (json_object_get (root, "articles"), 2), "name")),
                   ==, "Pasted text 1");
  g_assert_null (json_object_get (json_array_get (json_object_get (root, "articles"), 2), "path"));
  json_decref (root);

  loaded = load_or_die (session_path, &warnings);
  g_assert_true (warnings == NULL || warnings->len == 0);
  g_assert_false (plx_session_get_modified (loaded));
  g_assert_true (g_file_equal (plx_session_get_file (loaded), file));
  g_assert_cmpuint (plx_session_get_n_articles (loaded), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      assert_articles_equal (plx_session_get_article (session, i), plx_session_get_article (loaded, i));
      g_assert_cmpstr (plx_session_get_article_id (session, i), ==, plx_session_get_article_id (loaded, i));
    }
  g_assert_true (json_equal (plx_session_get_section (session, "annotations"),
                             plx_session_get_section (loaded, "annotations")));
  g_assert_true (json_equal (plx_session_get_section (session, "rules"),
                             plx_session_get_section (loaded, "rules")));
  /* Written as an empty default, read back as a section. */
  g_assert_true (json_is_object (plx_session_get_section (loaded, "view")));
  g_assert_cmpuint (json_object_size (plx_session_get_section (loaded, "view")), ==, 0);

  /* Saving what was loaded gives the same file. */
  {
    g_autofree char *again = g_build_filename (dir, "again.parallax", NULL);
    g_autofree char *first = read_file (session_path);
    g_autofree char *second = NULL;

    save_or_die (loaded, again);
    second = read_file (again);
    g_assert_cmpstr (first, ==, second);
  }

  g_assert_finalize_object (g_steal_pointer (&loaded));
  rm_rf (dir);
}

static void
test_embed_text_off (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path_a = g_build_filename (dir, "council.txt", NULL);
  g_autofree char *session_path = g_build_filename (dir, "s.parallax", NULL);
  g_autoptr(PlxSession) session = plx_session_new ();
  g_autoptr(PlxArticle) a = NULL;
  g_autoptr(PlxArticle) pasted = plx_article_new ();
  g_autoptr(GPtrArray) warnings = NULL;
  PlxSession *loaded;
  json_t *root;
  json_t *articles;

  a = make_article (path_a, "The council voted seven to four.", "Vote", NULL);
  plx_article_set_format (pasted, PLX_ARTICLE_FORMAT_PASTED);
  plx_article_set_source (pasted, "Pasted text 1");
  plx_article_set_text (pasted, "Only here.");
  plx_session_add_article (session, a);
  plx_session_add_article (session, pasted);
  plx_session_set_embed_text (session, FALSE);
  save_or_die (session, session_path);

  root = load_json (session_path);
  articles = json_object_get (root, "articles");
  g_assert_true (json_is_false (json_object_get (root, "embed_text")));
  /* The file is there: no copy of its text. Pasted text has no file. */
  g_assert_null (json_object_get (json_array_get (articles, 0), "text"));
  g_assert_cmpstr (json_string_value (json_object_get (json_array_get (articles, 1), "text")), ==, "Only here.");
  json_decref (root);

  /* Without saved text the article is read from its file: imported. */
  loaded = load_or_die (session_path, &warnings);
  g_assert_true (warnings == NULL || warnings->len == 0);
  g_assert_false (plx_session_get_embed_text (loaded));
  {
    g_autoptr(GFile) file_a = g_file_new_for_path (path_a);
    g_autoptr(GError) error = NULL;
    g_autoptr(PlxArticle) imported = plx_import_file (file_a, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (plx_article_get_text (plx_session_get_article (loaded, 0)), ==,
                     plx_article_get_text (imported));
    g_assert_nonnull (strstr (plx_article_get_text (imported), "seven to four"));
  }
  g_assert_cmpstr (plx_article_get_source (plx_session_get_article (loaded, 0)), ==, path_a);
  g_assert_cmpstr (plx_article_get_sha256 (plx_session_get_article (loaded, 0)), ==,
                   plx_article_get_sha256 (a));
  g_assert_cmpstr (plx_article_get_text (plx_session_get_article (loaded, 1)), ==, "Only here.");
  g_assert_false (plx_session_get_modified (loaded));
  g_assert_finalize_object (loaded);

  rm_rf (dir);
}

static void
test_relative_paths (void)
{
  g_autofree char *root_dir = make_tmp_dir ();
  g_autofree char *far_dir = make_tmp_dir ();
  g_autofree char *project = g_build_filename (root_dir, "project", NULL);
  g_autofree char *moved = g_build_filename (root_dir, "moved", NULL);
  g_autofree char *session_path = g_build_filename (project, "work", "bridge.parallax", NULL);
  g_autofree char *inside = g_build_filename (project, "work", "texts", "a.txt", NULL);
  g_autofree char *sibling = g_build_filename (project, "sources", "b.txt", NULL);
  g_autofree char *far = g_build_filename (far_dir, "c.txt", NULL);
  g_autoptr(PlxSession) session = plx_session_new ();
  g_autoptr(PlxArticle) a = make_article (inside, "Inside the session folder.", NULL, NULL);
  g_autoptr(PlxArticle) b = make_article (sibling, "Next to the session folder.", NULL, NULL);
  g_autoptr(PlxArticle) c = make_article (far, "Somewhere else entirely.", NULL, NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(PlxSession) loaded = NULL;
  g_autofree char *moved_inside = NULL;
  g_autofree char *moved_sibling = NULL;

  plx_session_add_article (session, a);
  plx_session_add_article (session, b);
  plx_session_add_article (session, c);
  save_or_die (session, session_path);

  g_assert_cmpstr (article_path_in_json (session_path, 0), ==, "texts/a.txt");
  g_assert_cmpstr (article_path_in_json (session_path, 1), ==, "../sources/b.txt");
  g_assert_cmpstr (article_path_in_json (session_path, 2), ==, far);

  /* Move the project folder: relative paths follow it, the absolute one
   * still points where it did. */
  g_assert_cmpint (g_rename (project, moved), ==, 0);
  g_free (session_path);
  session_path = g_build_filename (moved, "work", "bridge.parallax", NULL);
  moved_inside = g_build_filename (moved, "work", "texts", "a.txt", NULL);
  moved_sibling = g_build_filename (moved, "sources", "b.txt", NULL);

  loaded = load_or_die (session_path, &warnings);
  g_assert_true (warnings == NULL || warnings->len == 0);
  g_assert_cmpstr (plx_article_get_source (plx_session_get_article (loaded, 0)), ==, moved_inside);
  g_assert_cmpstr (plx_article_get_source (plx_session_get_article (loaded, 1)), ==, moved_sibling);
  g_assert_cmpstr (plx_article_get_source (plx_session_get_article (loaded, 2)), ==, far);
  g_assert_cmpint (plx_session_find_source (loaded, moved_sibling), ==, 1);

  rm_rf (root_dir);
  rm_rf (far_dir);
}

static void
test_missing_file (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path_a = g_build_filename (dir, "council.txt", NULL);
  g_autofree char *path_b = g_build_filename (dir, "gazette.txt", NULL);
  g_autofree char *session_path = g_build_filename (dir, "s.parallax", NULL);
  g_autofree char *resaved = g_build_filename (dir, "resaved.parallax", NULL);
  g_autoptr(PlxSession) session = plx_session_new ();
  g_autoptr(PlxArticle) a = make_article (path_a, "Text of the council article.", "Council", NULL);
  g_autoptr(PlxArticle) b = make_article (path_b, "Text of the gazette article.", "Gazette", NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(PlxSession) loaded = NULL;
  json_t *root;
  json_t *article;

  plx_session_add_article (session, a);
  plx_session_add_article (session, b);
  save_or_die (session, session_path);
  g_assert_cmpint (g_unlink (path_a), ==, 0);

  loaded = load_or_die (session_path, &warnings);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (warnings_contain (warnings, "council.txt", "file not found"));
  g_assert_true (warnings_contain (warnings, "council.txt", "text saved in the session"));
  g_assert_cmpuint (plx_session_get_n_articles (loaded), ==, 2);
  assert_articles_equal (a, plx_session_get_article (loaded, 0));
  assert_articles_equal (b, plx_session_get_article (loaded, 1));

  /* Nothing is lost by saving again: the path stays for when the file is back. */
  save_or_die (loaded, resaved);
  root = load_json (resaved);
  article = json_array_get (json_object_get (root, "articles"), 0);
  g_assert_cmpstr (json_string_value (json_object_get (article, "path")), ==, "council.txt");
  g_assert_cmpstr (json_string_value (json_object_get (article, "sha256")), ==, plx_article_get_sha256 (a));
  g_assert_cmpstr (json_string_value (json_object_get (article, "text")), ==, "Text of the council article.");
  json_decref (root);

  /* Warnings may be ignored. */
  g_clear_object (&loaded);
  loaded = load_or_die (session_path, NULL);
  g_assert_cmpuint (plx_session_get_n_articles (loaded), ==, 2);

  rm_rf (dir);
}

static void
test_missing_file_no_text (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path_a = g_build_filename (dir, "council.txt", NULL);
  g_autofree char *session_path = g_build_filename (dir, "s.parallax", NULL);
  g_autofree char *resaved = g_build_filename (dir, "resaved.parallax", NULL);
  g_autoptr(PlxSession) session = plx_session_new ();
  g_autoptr(PlxArticle) a = make_article (path_a, "Text of the council article.", "Council", NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(PlxSession) loaded = NULL;
  PlxArticle *article;
  json_t *root;

  plx_article_set_outlet_override (a, "Ledger");
  plx_session_add_article (session, a);
  plx_session_set_embed_text (session, FALSE);
  save_or_die (session, session_path);
  g_assert_cmpint (g_unlink (path_a), ==, 0);

  /* The article is kept, empty, with a warning, so that a re-save keeps it. */
  loaded = load_or_die (session_path, &warnings);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (warnings_contain (warnings, "council.txt", "no saved text"));
  g_assert_cmpuint (plx_session_get_n_articles (loaded), ==, 1);
  article = plx_session_get_article (loaded, 0);
  g_assert_cmpstr (plx_article_get_text (article), ==, "");
  g_assert_cmpstr (plx_article_get_title (article), ==, "Council");
  g_assert_cmpstr (plx_article_get_outlet_override (article), ==, "Ledger");

  save_or_die (loaded, resaved);
  root = load_json (resaved);
  g_assert_cmpstr (json_string_value (json_object_get (json_array_get (json_object_get (root, "articles"), 0), "sha256")),
                   ==, plx_article_get_sha256 (a));
  json_decref (root);

  rm_rf (dir);
}

static void
test_changed_file (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path_a = g_build_filename (dir, "council.txt", NULL);
  g_autofree char *session_path = g_build_filename (dir, "s.parallax", NULL);
  g_autoptr(PlxSession) session = plx_session_new ();
  g_autoptr(PlxArticle) a = make_article (path_a, "The council voted seven to four.", "Council", NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(PlxSession) loaded = NULL;

  plx_session_add_article (session, a);
  save_or_die (session, session_path);

  /* Same size, different bytes. */
  write_file (path_a, "The council voted seven to five.");

  loaded = load_or_die (session_path, &warnings);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (warnings_contain (warnings, "council.txt", "has changed"));
  /* The session keeps its own view of the article until the user decides. */
  assert_articles_equal (a, plx_session_get_article (loaded, 0));

  rm_rf (dir);
}

static void
test_unknown_fields (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *fixture = fixture_path ("good/future-fields.parallax");
  g_autofree char *copy = g_build_filename (dir, "future.parallax", NULL);
  g_autofree char *resaved = g_build_filename (dir, "resaved.parallax", NULL);
  g_autofree char *contents = read_file (fixture);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(PlxSession) loaded = NULL;
  json_t *original;
  json_t *written;
  json_t *orig_articles;
  json_t *new_articles;
  PlxArticle *pasted;
  const char *key;
  json_t *value;

  write_file (copy, contents);
  loaded = load_or_die (copy, &warnings);
  g_assert_true (warnings == NULL || warnings->len == 0);
  g_assert_cmpuint (plx_session_get_n_articles (loaded), ==, 2);

  pasted = plx_session_get_article (loaded, 0);
  g_assert_cmpint (plx_article_get_format (pasted), ==, PLX_ARTICLE_FORMAT_PASTED);
  g_assert_cmpstr (plx_article_get_source (pasted), ==, "Pasted text 1");
  g_assert_cmpstr (plx_article_get_display_title (pasted), ==, "Letter to the editor");
  g_assert_cmpstr (plx_article_get_display_outlet (pasted), ==, "Reader mail");
  g_assert_null (plx_article_get_outlet (pasted));
  g_assert_cmpstr (plx_session_get_article_id (loaded, 1), ==, "web-1");
  g_assert_cmpstr (plx_article_get_source (plx_session_get_article (loaded, 1)), ==,
                   "https://news.example.org/harbour-bridge");
  /* Digests are compared without regard to case and stored in lower case. */
  g_assert_cmpstr (plx_article_get_sha256 (plx_session_get_article (loaded, 1)), ==,
                   "8f14e45fceea167a5a36dedd4bea2543a2d6b6f1f02b1a9c1a1a8c3e4b5d6a7f");
  g_assert_true (json_is_object (plx_session_get_section (loaded, "x_comparison_cache")));

  save_or_die (loaded, resaved);
  original = load_json (copy);
  written = load_json (resaved);

  /* Every top-level key survives with its value; only "generator" is ours. */
  json_object_foreach (original, key, value)
    {
      if (g_str_equal (key, "generator") || g_str_equal (key, "articles"))
        continue;
      g_assert_true (json_equal (value, json_object_get (written, key)));
    }
  g_assert_cmpstr (json_string_value (json_object_get (written, "generator")), ==, "Parallax " PACKAGE_VERSION);

  /* Article objects keep their unknown keys, and known ones their values
   * (JSON null is the same as absent). */
  orig_articles = json_object_get (original, "articles");
  new_articles = json_object_get (written, "articles");
  g_assert_cmpuint (json_array_size (new_articles), ==, 2);
  for (gsize i = 0; i < 2; i++)
    {
      json_t *o = json_array_get (orig_articles, i);
      json_t *n = json_array_get (new_articles, i);

      json_object_foreach (o, key, value)
        {
          json_t *nv = json_object_get (n, key);

          if (json_is_null (value))
            g_assert_null (nv);
          else if (g_str_equal (key, "sha256"))
            {
              g_autofree char *lower = g_ascii_strdown (json_string_value (value), -1);
              g_assert_cmpstr (lower, ==, json_string_value (nv));
            }
          else
            g_assert_true (json_equal (value, nv));
        }
    }

  json_decref (original);
  json_decref (written);
  rm_rf (dir);
}

typedef struct
{
  const char *file;
  PlxError code;
  const char *message;
} BadCase;

static void
test_bad_files (void)
{
  g_autofree char *manifest_path = fixture_path ("bad/manifest.json");
  GEnumClass *enum_class = g_type_class_ref (PLX_TYPE_ERROR);
  json_t *manifest = load_json (manifest_path);
  json_t *cases = json_object_get (manifest, "cases");
  gsize n = json_array_size (cases);

  g_assert_cmpuint (n, >=, 20);

  for (gsize i = 0; i < n; i++)
    {
      json_t *c = json_array_get (cases, i);
      const char *name = json_string_value (json_object_get (c, "file"));
      const char *nick = json_string_value (json_object_get (c, "code"));
      const char *expected = json_string_value (json_object_get (c, "message"));
      g_autofree char *rel = g_strconcat ("bad/", name, NULL);
      g_autofree char *path = fixture_path (rel);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) warnings = NULL;
      GEnumValue *code = g_enum_get_value_by_nick (enum_class, nick);
      PlxSession *session;

      g_test_message ("%s: expecting %s", name, nick);
      g_assert_nonnull (code);

      session = plx_session_load (file, &warnings, NULL, &error);
      g_assert_null (session);
      g_assert_error (error, PLX_ERROR, code->value);
      g_test_message ("  %s", error->message);
      /* The message names the file and the problem. */
      g_assert_nonnull (strstr (error->message, name));
      if (strstr (error->message, expected) == NULL)
        g_error ("%s: “%s” does not mention “%s”", name, error->message, expected);
      g_assert_null (warnings);
    }

  json_decref (manifest);
  g_type_class_unref (enum_class);
}

static void
test_truncated_saves (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *fixture = fixture_path ("good/future-fields.parallax");
  g_autofree char *contents = read_file (fixture);
  g_autofree char *path = g_build_filename (dir, "cut.parallax", NULL);
  gsize len = strlen (contents);

  /* A file cut off anywhere is refused (never crashes, never half-loads).
   * Cuts that leave valid JSON cannot happen: the object is not closed. */
  for (gsize cut = 1; cut < len - 1; cut += 7)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) write_error = NULL;
      PlxSession *session;

      g_file_set_contents (path, contents, cut, &write_error);
      g_assert_no_error (write_error);
      session = plx_session_load (file, NULL, NULL, &error);
      g_assert_null (session);
      g_assert_error (error, PLX_ERROR, PLX_ERROR_MALFORMED);
    }

  rm_rf (dir);
}

static void
test_unreadable (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *missing = g_build_filename (dir, "absent.parallax", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;

  g_assert_null (plx_session_load (missing_file, NULL, NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "absent.parallax"));
  g_clear_error (&error);

  g_assert_null (plx_session_load (dir_file, NULL, NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  rm_rf (dir);
}

static void
test_atomic_write (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "data.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *no_dir = g_build_filename (dir, "no", "such", "dir", "x.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(GFile) no_dir_file = g_file_new_for_path (no_dir);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;
  guint n_entries = 0;

  g_assert_true (plx_file_write_atomic (file, "first", 5, NULL, &error));
  g_assert_no_error (error);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "first");
  g_clear_pointer (&contents, g_free);

  /* Permissions of an existing file are kept. */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  g_assert_true (plx_file_write_atomic (file, "second, longer", 14, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "second, longer");
  g_clear_pointer (&contents, g_free);

  /* Writing through a symbolic link replaces its target, not the link. */
  g_assert_cmpint (symlink ("data.json", link), ==, 0);
  g_assert_true (plx_file_write_atomic (link_file, "third", 5, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "third");
  g_clear_pointer (&contents, g_free);

  /* An empty write is a valid write. */
  g_assert_true (plx_file_write_atomic (file, "", 0, NULL, &error));
  g_assert_no_error (error);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "");
  g_clear_pointer (&contents, g_free);

  /* No temporary files are left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_entries++;
  g_assert_cmpuint (n_entries, ==, 2);

  g_assert_false (plx_file_write_atomic (no_dir_file, "x", 1, NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "x.json"));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  g_assert_false (plx_file_write_atomic (dir_file, "x", 1, NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    g_assert_false (plx_file_write_atomic (file, "cancelled", 9, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    contents = read_file (path);
    g_assert_cmpstr (contents, ==, "");
    g_clear_pointer (&contents, g_free);
  }

  rm_rf (dir);
}

/* A session with one article and a recognizable view section. */
static PlxSession *
make_small_session (const char *dir,
                    const char *marker)
{
  g_autofree char *path = g_build_filename (dir, "council.txt", NULL);
  g_autoptr(PlxArticle) a = make_article (path, "The council voted seven to four.", "Council", NULL);
  PlxSession *session = plx_session_new ();
  json_t *view = json_pack ("{s:s}", "marker", marker);

  plx_session_add_article (session, a);
  plx_session_set_section (session, "view", view);
  json_decref (view);
  return session;
}

static const char *
view_marker (PlxSession *session)
{
  return json_string_value (json_object_get (plx_session_get_section (session, "view"), "marker"));
}

static void
test_crash_during_save (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *session_path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(PlxSession) old = NULL;
  g_autoptr(PlxSession) loaded = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  gboolean found_partial = FALSE;

  if (g_test_subprocess ())
    {
      const char *target = g_getenv ("PLX_TEST_SESSION_PATH");
      g_autofree char *child_dir = g_path_get_dirname (target);
      g_autoptr(PlxSession) session = make_small_session (child_dir, "new");
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (target);
      struct rlimit no_core = { 0, 0 };

      /* Lots of data, so that half of it is a real partial file. */
      for (guint i = 0; i < 200; i++)
        {
          g_autoptr(PlxArticle) pasted = plx_article_new ();
          plx_article_set_format (pasted, PLX_ARTICLE_FORMAT_PASTED);
          plx_article_set_text (pasted, "A paragraph that makes the file long enough to be cut in half.");
          plx_session_add_article (session, pasted);
        }

      setrlimit (RLIMIT_CORE, &no_core);
      g_setenv (PLX_TEST_CRASH_DURING_SAVE_ENV, "1", TRUE);
      plx_session_save (session, file, NULL, &error);
      /* Not reached: the writer aborts half-way. */
      g_assert_not_reached ();
    }

  dir = make_tmp_dir ();
  session_path = g_build_filename (dir, "bridge.parallax", NULL);
  old = make_small_session (dir, "old");
  save_or_die (old, session_path);
  before = read_file (session_path);

  g_setenv ("PLX_TEST_SESSION_PATH", session_path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_unsetenv ("PLX_TEST_SESSION_PATH");

  /* The previous session is intact and opens. */
  after = read_file (session_path);
  g_assert_cmpuint (strlen (after), ==, strlen (before));
  g_assert_true (g_str_equal (before, after));
  loaded = load_or_die (session_path, NULL);
  g_assert_cmpuint (plx_session_get_n_articles (loaded), ==, 1);
  g_assert_cmpstr (view_marker (loaded), ==, "old");

  /* The crash left its half-written temporary file next to it (that is what
   * a crash does); it was never the session file. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (g_str_has_prefix (name, ".bridge.parallax."))
        {
          g_autofree char *partial_path = g_build_filename (dir, name, NULL);
          g_autoptr(GFile) partial = g_file_new_for_path (partial_path);
          g_autoptr(GError) error = NULL;

          g_assert_null (plx_session_load (partial, NULL, NULL, &error));
          g_assert_error (error, PLX_ERROR, PLX_ERROR_MALFORMED);
          g_assert_nonnull (strstr (error->message, "truncated"));
          found_partial = TRUE;
        }
    }
  g_assert_true (found_partial);

  /* Saving works again afterwards. */
  {
    json_t *view = json_pack ("{s:s}", "marker", "newer");

    plx_session_set_section (loaded, "view", view);
    json_decref (view);
  }
  save_or_die (loaded, session_path);
  g_clear_object (&loaded);
  loaded = load_or_die (session_path, NULL);
  g_assert_cmpstr (view_marker (loaded), ==, "newer");

  rm_rf (dir);
}

static gboolean
can_drop_privileges (void)
{
  pid_t pid = fork ();
  int status = 0;

  if (pid == 0)
    _exit (setgroups (0, NULL) == 0 && setgid (65534) == 0 && setuid (65534) == 0 ? 0 : 1);
  if (pid < 0 || waitpid (pid, &status, 0) != pid)
    return FALSE;
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
test_read_only_dir (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *session_dir = NULL;
  g_autofree char *session_path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(PlxSession) old = NULL;
  g_autoptr(PlxSession) loaded = NULL;

  if (g_test_subprocess ())
    {
      const char *target = g_getenv ("PLX_TEST_SESSION_PATH");
      g_autoptr(PlxSession) session = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (target);
      json_t *view = json_pack ("{s:s}", "marker", "new");

      /* Root writes anywhere: become an ordinary user to meet the
       * permission check that users meet. */
      if (geteuid () == 0)
        {
          g_assert_cmpint (setgroups (0, NULL), ==, 0);
          g_assert_cmpint (setgid (65534), ==, 0);
          g_assert_cmpint (setuid (65534), ==, 0);
        }

      session = plx_session_new ();
      plx_session_set_section (session, "view", view);
      json_decref (view);

      g_assert_false (plx_session_save (session, file, NULL, &error));
      g_assert_error (error, PLX_ERROR, PLX_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, "bridge.parallax"));
      g_assert_nonnull (strstr (error->message, "not writable"));
      g_assert_true (plx_session_get_modified (session));
      g_assert_null (plx_session_get_file (session));
      g_print ("%s\n", error->message);
      return;
    }

  if (geteuid () == 0 && !can_drop_privileges ())
    {
      g_test_skip ("running as root without the right to become another user");
      return;
    }

  dir = make_tmp_dir ();
  session_dir = g_build_filename (dir, "locked", NULL);
  session_path = g_build_filename (session_dir, "bridge.parallax", NULL);
  g_assert_cmpint (g_mkdir (session_dir, 0755), ==, 0);
  old = make_small_session (session_dir, "old");
  save_or_die (old, session_path);
  before = read_file (session_path);

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (session_dir, 0555), ==, 0);

  g_setenv ("PLX_TEST_SESSION_PATH", session_path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*Could not save*bridge.parallax*not writable*");
  g_unsetenv ("PLX_TEST_SESSION_PATH");

  after = read_file (session_path);
  g_assert_cmpstr (before, ==, after);
  loaded = load_or_die (session_path, NULL);
  g_assert_cmpstr (view_marker (loaded), ==, "old");

  rm_rf (dir);
}

static void
test_modified (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *session_path = g_build_filename (dir, "s.parallax", NULL);
  g_autoptr(PlxSession) session = make_small_session (dir, "m");
  g_autoptr(PlxSession) loaded = NULL;
  Changes changes = { 0 };

  save_or_die (session, session_path);
  loaded = load_or_die (session_path, NULL);
  g_assert_false (plx_session_get_modified (loaded));

  g_signal_connect (loaded, "notify", G_CALLBACK (notify_cb), &changes);

  plx_article_set_outlet_override (plx_session_get_article (loaded, 0), "Ledger");
  g_assert_true (plx_session_get_modified (loaded));
  g_assert_cmpuint (changes.n_modified_notifies, ==, 1);

  save_or_die (loaded, session_path);
  g_assert_false (plx_session_get_modified (loaded));
  g_assert_cmpuint (changes.n_modified_notifies, ==, 2);

  plx_session_set_embed_text (loaded, FALSE);
  g_assert_true (plx_session_get_modified (loaded));

  g_signal_handlers_disconnect_by_data (loaded, &changes);
  rm_rf (dir);
}

static void
test_changed_file_no_text (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path_a = g_build_filename (dir, "council.txt", NULL);
  g_autofree char *session_path = g_build_filename (dir, "s.parallax", NULL);
  g_autoptr(PlxSession) session = plx_session_new ();
  g_autoptr(PlxArticle) a = make_article (path_a, "The council voted seven to four.", "Council", NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(PlxSession) loaded = NULL;
  PlxArticle *article;

  plx_article_set_title_override (a, "The vote");
  plx_session_add_article (session, a);
  plx_session_set_embed_text (session, FALSE);
  save_or_die (session, session_path);
  write_file (path_a, "The council postponed the vote on the harbour bridge.");

  /* No saved text to fall back to: the new file is imported, the user's
   * override stays, and the session now differs from its file. */
  loaded = load_or_die (session_path, &warnings);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (warnings_contain (warnings, "council.txt", "imported again"));
  article = plx_session_get_article (loaded, 0);
  g_assert_nonnull (strstr (plx_article_get_text (article), "postponed"));
  g_assert_cmpstr (plx_article_get_sha256 (article), !=, plx_article_get_sha256 (a));
  g_assert_cmpstr (plx_article_get_title_override (article), ==, "The vote");
  g_assert_cmpstr (plx_article_get_source (article), ==, path_a);
  g_assert_true (plx_session_get_modified (loaded));

  rm_rf (dir);
}

static void
test_special_files (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path_a = g_build_filename (dir, "council.txt", NULL);
  g_autofree char *session_path = g_build_filename (dir, "s.parallax", NULL);
  g_autofree char *fifo_session = g_build_filename (dir, "pipe.parallax", NULL);
  g_autoptr(GFile) fifo_file = g_file_new_for_path (fifo_session);
  g_autoptr(PlxSession) session = plx_session_new ();
  g_autoptr(PlxArticle) a = make_article (path_a, "The council voted seven to four.", "Council", NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(PlxSession) loaded = NULL;
  g_autoptr(GError) error = NULL;

  plx_session_add_article (session, a);
  save_or_die (session, session_path);

  /* An article file replaced by a pipe is reported, never read (reading
   * would block forever). */
  g_assert_cmpint (g_unlink (path_a), ==, 0);
  g_assert_cmpint (mkfifo (path_a, 0644), ==, 0);
  loaded = load_or_die (session_path, &warnings);
  g_assert_nonnull (warnings);
  g_assert_true (warnings_contain (warnings, "council.txt", "not a regular file"));
  assert_articles_equal (a, plx_session_get_article (loaded, 0));

  /* The same for the session file itself. */
  g_assert_cmpint (mkfifo (fifo_session, 0644), ==, 0);
  g_assert_null (plx_session_load (fifo_file, NULL, NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_UNREADABLE);
  g_clear_error (&error);

  /* Saving over a pipe is refused rather than replacing it. */
  g_assert_false (plx_session_save (loaded, fifo_file, NULL, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_WRITE);

  rm_rf (dir);
}

static void
test_cancelled (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *session_path = g_build_filename (dir, "s.parallax", NULL);
  g_autoptr(PlxSession) session = make_small_session (dir, "c");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) file = g_file_new_for_path (session_path);
  g_autoptr(GError) error = NULL;

  save_or_die (session, session_path);
  g_cancellable_cancel (cancellable);

  g_assert_null (plx_session_load (file, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  plx_session_set_modified (session, TRUE);
  g_assert_false (plx_session_save (session, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (plx_session_get_modified (session));

  rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plx/session/new", test_new);
  g_test_add_func ("/plx/session/list-model", test_list_model);
  g_test_add_func ("/plx/session/sections", test_sections);
  g_test_add_func ("/plx/session/modified", test_modified);
  g_test_add_func ("/plx/session/round-trip", test_round_trip);
  g_test_add_func ("/plx/session/embed-text-off", test_embed_text_off);
  g_test_add_func ("/plx/session/relative-paths", test_relative_paths);
  g_test_add_func ("/plx/session/missing-file", test_missing_file);
  g_test_add_func ("/plx/session/missing-file-no-text", test_missing_file_no_text);
  g_test_add_func ("/plx/session/changed-file", test_changed_file);
  g_test_add_func ("/plx/session/changed-file-no-text", test_changed_file_no_text);
  g_test_add_func ("/plx/session/special-files", test_special_files);
  g_test_add_func ("/plx/session/cancelled", test_cancelled);
  g_test_add_func ("/plx/session/unknown-fields", test_unknown_fields);
  g_test_add_func ("/plx/session/bad-files", test_bad_files);
  g_test_add_func ("/plx/session/truncated-anywhere", test_truncated_saves);
  g_test_add_func ("/plx/session/unreadable", test_unreadable);
  g_test_add_func ("/plx/session/atomic-write", test_atomic_write);
  g_test_add_func ("/plx/session/crash-during-save", test_crash_during_save);
  g_test_add_func ("/plx/session/read-only-dir", test_read_only_dir);

  return g_test_run ();
}

/* plx-html.c — article text and metadata from an HTML page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-html"

#include "config.h"

#include <string.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "plx-html.h"

/* Deeper nesting than this is ignored rather than recursed into. */
#define MAX_DEPTH 1024
/* A paragraph this long (characters) counts as real article text. */
#define LONG_PARAGRAPH 80
#define MIN_PARAGRAPH 25

/* Elements that never carry article text. */
static const char * const dropped_elements[] = {
  "script", "style", "noscript", "template", "nav", "header", "footer",
  "aside", "form", "iframe", "object", "embed", "svg", "canvas", "button",
  "select", "textarea", "input", "figure", "menu", "dialog", "video",
  "audio", "map", "head", "title", "meta", "link", "math",
};

/* ARIA landmarks of page furniture. */
static const char * const dropped_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "search",
  "dialog", "alertdialog", "menu", "menubar", "toolbar",
};

/* Parts of class and id names that mark ads, share bars, comment threads
 * and the like. */
static const char * const noise_words[] = {
  "ad", "ads", "advert", "adverts", "advertisement", "advertising",
  "promo", "promotion", "share", "sharing", "social", "related", "comment",
  "comments", "newsletter", "subscribe", "subscription", "cookie",
  "cookies", "sidebar", "breadcrumb", "breadcrumbs", "menu", "popup",
  "modal", "sponsored", "outbrain", "taboola", "banner", "navigation",
  "navbar", "masthead", "toolbar", "widget", "recommended", "trending",
  "paywall", "signup",
};

static const char * const block_elements[] = {
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
  "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
  "thead", "tbody", "tfoot", "tr", "caption", "address", "hr", "center",
  "details", "summary", "figcaption", "fieldset", "body", "html", "hgroup",
};

typedef struct
{
  gsize  chars;
  gsize  link_chars;
  gsize  commas;
  double score;
  gboolean scored;
} NodeInfo;

typedef struct
{
  GHashTable  *info;          /* xmlNode* → NodeInfo* */
  GHashTable  *hard_dropped;  /* elements is_hard_dropped() said yes to */
  GHashTable  *noise_long;    /* noisy xmlNode* → long paragraphs inside,
                               * or -1 for plain noise */
  gsize        total_long;
  /* metadata */
  char        *title;
  char        *og_title;
  char        *og_site_name;
  char        *meta_author;
  char        *article_author;
  char        *published;
  char        *meta_date;
  char        *ld_headline;
  char        *ld_author;
  char        *ld_date;
  char        *ld_publisher;
  int          ld_rank;
} Extractor;

static void
extractor_clear (Extractor *ex)
{
  g_clear_pointer (&ex->info, g_hash_table_unref);
  g_clear_pointer (&ex->hard_dropped, g_hash_table_unref);
  g_clear_pointer (&ex->noise_long, g_hash_table_unref);
  g_clear_pointer (&ex->title, g_free);
  g_clear_pointer (&ex->og_title, g_free);
  g_clear_pointer (&ex->og_site_name, g_free);
  g_clear_pointer (&ex->meta_author, g_free);
  g_clear_pointer (&ex->article_author, g_free);
  g_clear_pointer (&ex->published, g_free);
  g_clear_pointer (&ex->meta_date, g_free);
  g_clear_pointer (&ex->ld_headline, g_free);
  g_clear_pointer (&ex->ld_author, g_free);
  g_clear_pointer (&ex->ld_date, g_free);
  g_clear_pointer (&ex->ld_publisher, g_free);
}

/* @name is lower case; the first-letter test keeps this cheap, it runs
 * for every element several times. */
static gboolean
same_name (const xmlChar *node_name,
           const char    *name)
{
  return g_ascii_tolower (node_name[0]) == name[0] &&
         g_ascii_strcasecmp ((const char *)node_name, name) == 0;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         same_name (node->name, name);
}

static gboolean
name_in (xmlNode            *node,
         const char * const *names,
         gsize               n_names)
{
  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return FALSE;
  for (gsize i = 0; i < n_names; i++)
    if (same_name (node->name, names[i]))
      return TRUE;
  return FALSE;
}

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *)value);
  xmlFree (value);
  return copy;
}

static gboolean
attr_word_in (const char         *value,
              const char * const *words,
              gsize               n_words)
{
  g_auto(GStrv) tokens = NULL;

  if (value == NULL)
    return FALSE;

  tokens = g_strsplit_set (value, " \t\n\r-_", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (tokens[i][0] == '\0')
        continue;
      for (gsize j = 0; j < n_words; j++)
        if (g_ascii_strcasecmp (tokens[i], words[j]) == 0)
          return TRUE;
    }
  return FALSE;
}

static gboolean
is_hard_dropped (xmlNode *node)
{
  g_autofree char *role = NULL;
  g_autofree char *hidden = NULL;

  if (node->type == XML_COMMENT_NODE || node->type == XML_PI_NODE)
    return TRUE;
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (name_in (node, dropped_elements, G_N_ELEMENTS (dropped_elements)))
    return TRUE;

  if (xmlHasProp (node, (const xmlChar *)"hidden") != NULL)
    return TRUE;
  hidden = get_attr (node, "aria-hidden");
  if (hidden != NULL && g_ascii_strcasecmp (hidden, "true") == 0)
    return TRUE;
  role = get_attr (node, "role");
  if (role != NULL && attr_word_in (role, dropped_roles, G_N_ELEMENTS (dropped_roles)))
    return TRUE;

  return FALSE;
}

/* Parts of class and id names of wrappers that hold the whole page or the
 * article (and may also carry an ad-like word, as in "page has-ads"). */
static const char * const content_words[] = {
  "article", "content", "main", "story", "body", "post", "entry", "page",
  "wrapper", "wrap", "container", "layout", "text",
};

typedef enum
{
  CLASS_PLAIN,
  CLASS_NOISE,            /* ad, comments, share bar… */
  CLASS_NOISY_WRAPPER,    /* an ad-like word next to a content word */
} ClassKind;

static ClassKind
classify_class (xmlNode *node)
{
  g_autofree char *klass = NULL;
  g_autofree char *id = NULL;

  if (node->type != XML_ELEMENT_NODE ||
      is_element (node, "html") || is_element (node, "body") ||
      is_element (node, "article") || is_element (node, "main"))
    return CLASS_PLAIN;

  klass = get_attr (node, "class");
  id = get_attr (node, "id");
  if (!attr_word_in (klass, noise_words, G_N_ELEMENTS (noise_words)) &&
      !attr_word_in (id, noise_words, G_N_ELEMENTS (noise_words)))
    return CLASS_PLAIN;
  if (attr_word_in (klass, content_words, G_N_ELEMENTS (content_words)) ||
      attr_word_in (id, content_words, G_N_ELEMENTS (content_words)))
    return CLASS_NOISY_WRAPPER;
  return CLASS_NOISE;
}

/* Class names are a guess. An element named like an ad or a comment
 * thread is dropped; a wrapper whose name also says "page", "content" and
 * the like ("layout has-sidebar") is dropped only when it does not hold
 * most of the page's real paragraphs. */
static gboolean
is_dropped (Extractor *ex,
            xmlNode   *node)
{
  gpointer value;
  gssize count;

  if (node->type == XML_COMMENT_NODE || node->type == XML_PI_NODE)
    return TRUE;
  if (g_hash_table_contains (ex->hard_dropped, node))
    return TRUE;
  if (!g_hash_table_lookup_extended (ex->noise_long, node, NULL, &value))
    return FALSE;
  count = (gssize)GPOINTER_TO_SIZE (value);
  if (count < 0)
    return TRUE;          /* plain noise */
  return (gsize)count * 2 <= ex->total_long;
}

static gsize
count_chars (const char *text,
             gsize      *commas)
{
  gsize n = 0;

  for (const guchar *p = (const guchar *)text; *p != '\0'; p++)
    {
      if ((*p & 0xC0) == 0x80 || g_ascii_isspace (*p))
        continue;
      n++;
      if (*p == ',' && commas != NULL)
        (*commas)++;
    }
  return n;
}

static char *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text;

  if (content == NULL)
    return NULL;
  text = _plx_normalize_inline ((const char *)content);
  xmlFree (content);
  return text;
}

/* ---- metadata ---------------------------------------------------------- */

static char *
json_names (json_t *value)
{
  if (json_is_string (value))
    return _plx_normalize_inline (json_string_value (value));

  if (json_is_object (value))
    return json_names (json_object_get (value, "name"));

  if (json_is_array (value))
    {
      g_autoptr(GString) joined = g_string_new (NULL);
      gsize i;
      json_t *item;

      json_array_foreach (value, i, item)
        {
          g_autofree char *name = json_names (item);
          if (name == NULL)
            continue;
          if (joined->len > 0)
            g_string_append (joined, ", ");
          g_string_append (joined, name);
        }
      return joined->len > 0 ? g_strdup (joined->str) : NULL;
    }

  return NULL;
}

static int
article_type_rank (json_t *type)
{
  if (json_is_string (type))
    {
      const char *t = json_string_value (type);
      if (strstr (t, "NewsArticle") != NULL)
        return 3;
      if (g_str_has_suffix (t, "Article") || strcmp (t, "BlogPosting") == 0)
        return 2;
      return 0;
    }
  if (json_is_array (type))
    {
      int best = 0;
      gsize i;
      json_t *item;

      json_array_foreach (type, i, item)
        best = MAX (best, article_type_rank (item));
      return best;
    }
  return 0;
}

static void
scan_json_ld (Extractor *ex,
              json_t    *value,
              guint      depth)
{
  if (depth > 8)
    return;

  if (json_is_array (value))
    {
      gsize i;
      json_t *item;

      json_array_foreach (value, i, item)
        scan_json_ld (ex, item, depth + 1);
      return;
    }

  if (!json_is_object (value))
    return;

  {
    int rank = article_type_rank (json_object_get (value, "@type"));

    if (rank > ex->ld_rank)
      {
        json_t *publisher = json_object_get (value, "publisher");
        json_t *date = json_object_get (value, "datePublished");

        ex->ld_rank = rank;
        g_clear_pointer (&ex->ld_headline, g_free);
        g_clear_pointer (&ex->ld_author, g_free);
        g_clear_pointer (&ex->ld_date, g_free);
        g_clear_pointer (&ex->ld_publisher, g_free);
        if (json_is_string (json_object_get (value, "headline")))
          ex->ld_headline = _plx_normalize_inline (json_string_value (json_object_get (value, "headline")));
        else if (json_is_string (json_object_get (value, "name")))
          ex->ld_headline = _plx_normalize_inline (json_string_value (json_object_get (value, "name")));
        ex->ld_author = json_names (json_object_get (value, "author"));
        if (json_is_string (date))
          ex->ld_date = _plx_normalize_inline (json_string_value (date));
        ex->ld_publisher = json_names (publisher);
      }
  }

  scan_json_ld (ex, json_object_get (value, "@graph"), depth + 1);
}

static void
take_meta (Extractor *ex,
           xmlNode   *node)
{
  g_autofree char *key = NULL;
  g_autofree char *content = NULL;
  char **slot = NULL;

  key = get_attr (node, "property");
  if (key == NULL)
    key = get_attr (node, "name");
  if (key == NULL)
    key = get_attr (node, "itemprop");
  if (key == NULL)
    return;

  if (g_ascii_strcasecmp (key, "og:title") == 0)
    slot = &ex->og_title;
  else if (g_ascii_strcasecmp (key, "og:site_name") == 0)
    slot = &ex->og_site_name;
  else if (g_ascii_strcasecmp (key, "author") == 0)
    slot = &ex->meta_author;
  else if (g_ascii_strcasecmp (key, "article:author") == 0)
    slot = &ex->article_author;
  else if (g_ascii_strcasecmp (key, "article:published_time") == 0 ||
           g_ascii_strcasecmp (key, "og:article:published_time") == 0)
    slot = &ex->published;
  else if (g_ascii_strcasecmp (key, "date") == 0 ||
           g_ascii_strcasecmp (key, "pubdate") == 0 ||
           g_ascii_strcasecmp (key, "publish-date") == 0 ||
           g_ascii_strcasecmp (key, "dc.date.issued") == 0 ||
           g_ascii_strcasecmp (key, "dc.date") == 0 ||
           g_ascii_strcasecmp (key, "datePublished") == 0)
    slot = &ex->meta_date;

  if (slot == NULL || *slot != NULL)
    return;

  content = get_attr (node, "content");
  *slot = _plx_normalize_inline (content);
}

static void
take_json_ld (Extractor *ex,
              xmlNode   *node)
{
  g_autofree char *type = get_attr (node, "type");
  xmlChar *content;
  json_t *root;

  if (type == NULL || g_ascii_strcasecmp (type, "application/ld+json") != 0)
    return;

  content = xmlNodeGetContent (node);
  if (content == NULL)
    return;
  root = json_loads ((const char *)content, JSON_DECODE_ANY, NULL);
  xmlFree (content);
  if (root == NULL)
    return;
  scan_json_ld (ex, root, 0);
  json_decref (root);
}

/* First pass: metadata, and how many long paragraphs each element with an
 * ad-like class holds. Returns the number of long paragraphs in @node. */
static gsize
survey (Extractor *ex,
        xmlNode   *node,
        guint      depth,
        gboolean   in_dropped)
{
  gsize long_paragraphs = 0;

  if (depth > MAX_DEPTH || node->type != XML_ELEMENT_NODE)
    return 0;

  if (is_element (node, "meta"))
    take_meta (ex, node);
  else if (is_element (node, "title") && ex->title == NULL)
    ex->title = node_text (node);
  else if (is_element (node, "script"))
    take_json_ld (ex, node);

  /* Metadata lives in <head>, which is not text: keep looking there, but
   * do not count paragraphs. */
  if (is_hard_dropped (node))
    {
      g_hash_table_add (ex->hard_dropped, node);
      in_dropped = TRUE;
    }

  if (!in_dropped && is_element (node, "p"))
    {
      xmlChar *content = xmlNodeGetContent (node);
      if (content != NULL && g_utf8_strlen ((const char *)content, -1) >= LONG_PARAGRAPH)
        long_paragraphs = 1;
      xmlFree (content);
    }
  else
    {
      for (xmlNode *child = node->children; child != NULL; child = child->next)
        long_paragraphs += survey (ex, child, depth + 1, in_dropped);
    }

  if (in_dropped)
    return 0;
  switch (classify_class (node))
    {
    case CLASS_NOISE:
      g_hash_table_insert (ex->noise_long, node, GSIZE_TO_POINTER ((gsize)-1));
      break;
    case CLASS_NOISY_WRAPPER:
      g_hash_table_insert (ex->noise_long, node, GSIZE_TO_POINTER (long_paragraphs));
      break;
    case CLASS_PLAIN:
    default:
      break;
    }

  return long_paragraphs;
}

/* ---- scoring ----------------------------------------------------------- */

static NodeInfo *
info_for (Extractor *ex,
          xmlNode   *node)
{
  NodeInfo *info = g_hash_table_lookup (ex->info, node);

  if (info == NULL)
    {
      info = g_new0 (NodeInfo, 1);
      g_hash_table_insert (ex->info, node, info);
    }
  return info;
}

static void
add_score (Extractor *ex,
           xmlNode   *node,
           double     score)
{
  NodeInfo *info;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return;
  info = info_for (ex, node);
  info->score += score;
  info->scored = TRUE;
}

/* Second pass, readability style: every paragraph gives points to its
 * parent and half as many to its grandparent. Returns whether @node holds
 * block elements. */
static gboolean
measure (Extractor *ex,
         xmlNode   *node,
         guint      depth,
         NodeInfo  *out)
{
  NodeInfo *info;
  gboolean has_block = FALSE;
  gboolean is_link;

  memset (out, 0, sizeof *out);

  if (depth > MAX_DEPTH)
    return FALSE;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        out->chars = count_chars ((const char *)node->content, &out->commas);
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE || is_dropped (ex, node))
    return FALSE;

  is_link = is_element (node, "a");
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      NodeInfo sub;

      if (measure (ex, child, depth + 1, &sub))
        has_block = TRUE;
      if (child->type == XML_ELEMENT_NODE &&
          name_in (child, block_elements, G_N_ELEMENTS (block_elements)))
        has_block = TRUE;
      out->chars += sub.chars;
      out->link_chars += sub.link_chars;
      out->commas += sub.commas;
    }
  if (is_link)
    out->link_chars = out->chars;

  info = info_for (ex, node);
  info->chars = out->chars;
  info->link_chars = out->link_chars;
  info->commas = out->commas;

  if ((is_element (node, "p") || is_element (node, "pre") || is_element (node, "td") ||
       ((is_element (node, "div") || is_element (node, "section")) && !has_block)) &&
      out->chars >= MIN_PARAGRAPH)
    {
      double score = 1.0 + out->commas + MIN (out->chars / 100.0, 3.0);

      add_score (ex, node->parent, score);
      if (node->parent != NULL)
        add_score (ex, node->parent->parent, score / 2.0);
    }

  return has_block || name_in (node, block_elements, G_N_ELEMENTS (block_elements));
}

static double
final_score (NodeInfo *info)
{
  double density = info->chars > 0 ? (double)info->link_chars / (double)info->chars : 1.0;
  return info->score * (1.0 - density);
}

/* The highest-scoring element; on ties the first in document order. */
static void
best_candidate (Extractor *ex,
                xmlNode   *node,
                guint      depth,
                xmlNode  **best,
                double    *best_score)
{
  NodeInfo *info;

  if (depth > MAX_DEPTH || node->type != XML_ELEMENT_NODE)
    return;

  info = g_hash_table_lookup (ex->info, node);
  if (info == NULL)
    return;   /* dropped or never measured */

  if (info->scored && final_score (info) > *best_score)
    {
      *best = node;
      *best_score = final_score (info);
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    best_candidate (ex, child, depth + 1, best, best_score);
}

/* ---- text output ------------------------------------------------------- */

typedef struct
{
  GString *out;
  int      pending;   /* 0 nothing, 1 space, 2 line break, 3 paragraph break */
} Emitter;

static void
emit_break (Emitter *e,
            int      level)
{
  if (level > e->pending)
    e->pending = level;
}

static void
emit_text (Emitter    *e,
           const char *text,
           gboolean    preformatted)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          emit_break (e, (preformatted && *p == '\n') ? 2 : 1);
          continue;
        }
      if (e->out->len > 0)
        {
          if (e->pending == 3)
            g_string_append (e->out, "\n\n");
          else if (e->pending == 2)
            g_string_append_c (e->out, '\n');
          else if (e->pending == 1)
            g_string_append_c (e->out, ' ');
        }
      e->pending = 0;
      g_string_append_c (e->out, *p);
    }
}

static void
emit_node (Extractor *ex,
           Emitter   *e,
           xmlNode   *node,
           guint      depth,
           gboolean   preformatted)
{
  gboolean block;

  if (depth > MAX_DEPTH)
    return;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        emit_text (e, (const char *)node->content, preformatted);
      return;
    }
  if (node->type != XML_ELEMENT_NODE || is_dropped (ex, node))
    return;

  if (is_element (node, "br"))
    {
      emit_break (e, 2);
      return;
    }
  if (is_element (node, "td") || is_element (node, "th") || is_element (node, "img"))
    emit_break (e, 1);

  block = name_in (node, block_elements, G_N_ELEMENTS (block_elements));
  if (block)
    emit_break (e, 3);
  preformatted = preformatted || is_element (node, "pre");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    emit_node (ex, e, child, depth + 1, preformatted);

  if (block)
    emit_break (e, 3);
}

/* The text of @node as a reader sees it (buttons, scripts etc. inside
 * left out), on one line. */
static char *
visible_text (Extractor *ex,
              xmlNode   *node)
{
  Emitter e = { g_string_new (NULL), 0 };
  g_autofree char *raw = NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    emit_node (ex, &e, child, 0, FALSE);
  raw = g_string_free (e.out, FALSE);
  return _plx_normalize_inline (raw);
}

/* ---- putting it together ----------------------------------------------- */

static xmlNode *
find_element (xmlNode    *node,
              const char *name,
              gboolean    skip_furniture,
              guint       depth)
{
  if (node == NULL || depth > MAX_DEPTH || node->type != XML_ELEMENT_NODE)
    return NULL;
  if (is_element (node, name))
    return node;
  if (skip_furniture &&
      (is_element (node, "nav") || is_element (node, "header") ||
       is_element (node, "footer") || is_element (node, "aside") ||
       is_element (node, "script") || is_element (node, "style")))
    return NULL;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found = find_element (child, name, skip_furniture, depth + 1);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static xmlNode *
find_byline_element (xmlNode *node,
                     guint    depth)
{
  static const char * const byline_words[] = { "byline", "author", "byline__name" };
  g_autofree char *rel = NULL;
  g_autofree char *klass = NULL;

  if (node == NULL || depth > MAX_DEPTH || node->type != XML_ELEMENT_NODE)
    return NULL;
  if (is_element (node, "script") || is_element (node, "style"))
    return NULL;

  rel = get_attr (node, "rel");
  klass = get_attr (node, "class");
  if ((rel != NULL && g_ascii_strcasecmp (rel, "author") == 0) ||
      attr_word_in (klass, byline_words, G_N_ELEMENTS (byline_words)))
    return node;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found = find_byline_element (child, depth + 1);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
strings_equal_casefold (const char *a,
                        const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return strcmp (fa, fb) == 0;
}

char *
_plx_html_clean_title (const char  *title,
                       const char  *outlet,
                       char       **found_outlet)
{
  static const char * const separators[] = { " | ", " — ", " – ", " - ", " :: ", " · ", ": " };

  if (found_outlet != NULL)
    *found_outlet = NULL;
  if (title == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *sep = separators[i];
      const char *last = g_strrstr (title, sep);
      const char *first = strstr (title, sep);

      if (outlet != NULL && last != NULL && last != title &&
          strings_equal_casefold (last + strlen (sep), outlet))
        return g_strndup (title, last - title);

      if (outlet != NULL && first != NULL && first[strlen (sep)] != '\0')
        {
          g_autofree char *head = g_strndup (title, first - title);
          if (strings_equal_casefold (head, outlet))
            return g_strdup (first + strlen (sep));
        }
    }

  /* No outlet known: "Headline | Site" is the common pattern; take it
   * only when the tail is short enough to be a name. */
  if (outlet == NULL && found_outlet != NULL)
    {
      const char *last = g_strrstr (title, " | ");

      if (last != NULL && last != title)
        {
          const char *tail = last + 3;
          g_auto(GStrv) words = g_strsplit (tail, " ", -1);

          if (*tail != '\0' && g_strv_length (words) <= 5)
            {
              *found_outlet = g_strdup (tail);
              return g_strndup (title, last - title);
            }
        }
    }

  return g_strdup (title);
}

static gboolean
looks_like_url (const char *s)
{
  return s != NULL && (g_str_has_prefix (s, "http://") || g_str_has_prefix (s, "https://") ||
                       g_str_has_prefix (s, "//") || g_str_has_prefix (s, "/"));
}

static char *
strip_by (char *byline)
{
  static const char * const prefixes[] = { "By ", "by ", "BY ", "Автор: ", "Автор ", "Текст: " };

  if (byline == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (byline, prefixes[i]))
      {
        char *rest = _plx_normalize_inline (byline + strlen (prefixes[i]));
        g_free (byline);
        return rest;
      }
  return byline;
}

/* Remove the paragraph equal to @headline from @text (if any) and put the
 * headline first. */
static char *
headline_first (const char *text,
                const char *headline)
{
  g_auto(GStrv) paragraphs = NULL;
  GString *out;
  gboolean removed = FALSE;

  if (headline == NULL || *headline == '\0' || *text == '\0')
    return g_strdup (text);

  paragraphs = g_strsplit (text, "\n\n", -1);
  if (paragraphs[0] != NULL)
    {
      g_autofree char *first = _plx_normalize_inline (paragraphs[0]);
      if (g_strcmp0 (first, headline) == 0)
        return g_strdup (text);
    }

  out = g_string_new (headline);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      /* Only paragraphs of about the headline's length can equal it. */
      if (!removed && strlen (paragraphs[i]) <= 2 * strlen (headline) + 16)
        {
          g_autofree char *flat = _plx_normalize_inline (paragraphs[i]);
          if (g_strcmp0 (flat, headline) == 0)
            {
              removed = TRUE;
              continue;
            }
        }
      g_string_append (out, "\n\n");
      g_string_append (out, paragraphs[i]);
    }

  return g_string_free (out, FALSE);
}

static void
ensure_libxml (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

char *
_plx_html_extract (const char  *html,
                   gsize        length,
                   PlxTextMeta *meta)
{
  Extractor ex = { 0 };
  htmlDocPtr doc;
  xmlNode *root;
  xmlNode *body;
  xmlNode *best = NULL;
  xmlNode *container = NULL;
  xmlNode *headline_node = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *page_outlet = NULL;
  g_autofree char *raw_text = NULL;
  Emitter emitter = { 0 };
  char *text;

  g_return_val_if_fail (html != NULL, NULL);
  g_return_val_if_fail (meta != NULL, NULL);

  if (length > G_MAXINT)
    return NULL;

  ensure_libxml ();
  doc = htmlReadMemory (html, (int)length, NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (root == NULL)
    {
      xmlFreeDoc (doc);
      return NULL;
    }

  ex.info = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  ex.noise_long = g_hash_table_new (NULL, NULL);
  ex.hard_dropped = g_hash_table_new (NULL, NULL);
  ex.total_long = survey (&ex, root, 0, FALSE);

  {
    NodeInfo unused;
    measure (&ex, root, 0, &unused);
  }

  body = find_element (root, "body", FALSE, 0);
  if (body == NULL)
    body = root;

  /* An <article> around the best paragraphs is the article; otherwise the
   * best element and the siblings that score nearly as well. */
  {
    double best_score = 0.0;
    best_candidate (&ex, root, 0, &best, &best_score);
  }
  for (xmlNode *n = best; n != NULL; n = n->parent)
    if (is_element (n, "article") && !is_dropped (&ex, n))
      {
        container = n;
        break;
      }

  emitter.out = g_string_new (NULL);
  if (container != NULL)
    emit_node (&ex, &emitter, container, 0, FALSE);
  else if (best != NULL && best->parent != NULL)
    {
      NodeInfo *best_info = g_hash_table_lookup (ex.info, best);
      double threshold = MAX (10.0, final_score (best_info) * 0.2);

      container = best;
      for (xmlNode *sib = best->parent->children; sib != NULL; sib = sib->next)
        {
          NodeInfo *info = g_hash_table_lookup (ex.info, sib);
          gboolean take = sib == best;

          if (!take && info != NULL && info->scored && final_score (info) >= threshold)
            take = TRUE;
          if (!take && info != NULL && is_element (sib, "p") && info->chars >= LONG_PARAGRAPH &&
              info->link_chars * 4 < info->chars)
            take = TRUE;
          if (take)
            {
              emit_break (&emitter, 3);
              emit_node (&ex, &emitter, sib, 0, FALSE);
            }
        }
    }
  else
    {
      container = body;
      emit_node (&ex, &emitter, body, 0, FALSE);
    }
  raw_text = g_string_free (g_steal_pointer (&emitter.out), FALSE);

  /* Metadata. */
  meta->outlet = g_strdup (ex.og_site_name != NULL ? ex.og_site_name : ex.ld_publisher);

  headline_node = find_element (container, "h1", FALSE, 0);
  if (headline_node == NULL)
    headline_node = find_element (body, "h1", TRUE, 0);
  if (headline_node != NULL)
    headline = visible_text (&ex, headline_node);

  if (ex.og_title != NULL)
    meta->title = _plx_html_clean_title (ex.og_title, meta->outlet, NULL);
  else if (ex.ld_headline != NULL)
    meta->title = _plx_html_clean_title (ex.ld_headline, meta->outlet, NULL);
  else if (headline != NULL)
    meta->title = g_strdup (headline);
  else if (ex.title != NULL)
    meta->title = _plx_html_clean_title (ex.title, meta->outlet,
                                         meta->outlet == NULL ? &page_outlet : NULL);
  if (meta->outlet == NULL && page_outlet != NULL)
    meta->outlet = g_steal_pointer (&page_outlet);

  if (ex.ld_author != NULL)
    meta->byline = g_strdup (ex.ld_author);
  else if (ex.meta_author != NULL && !looks_like_url (ex.meta_author))
    meta->byline = g_strdup (ex.meta_author);
  else if (ex.article_author != NULL && !looks_like_url (ex.article_author))
    meta->byline = g_strdup (ex.article_author);
  else
    {
      xmlNode *by = find_byline_element (container, 0);
      if (by != NULL)
        meta->byline = strip_by (visible_text (&ex, by));
    }

  if (ex.published != NULL)
    meta->date = g_strdup (ex.published);
  else if (ex.ld_date != NULL)
    meta->date = g_strdup (ex.ld_date);
  else if (ex.meta_date != NULL)
    meta->date = g_strdup (ex.meta_date);
  else
    {
      xmlNode *time = find_element (container, "time", FALSE, 0);
      if (time == NULL)
        time = find_element (body, "time", TRUE, 0);
      if (time != NULL)
        {
          g_autofree char *datetime = get_attr (time, "datetime");
          meta->date = _plx_normalize_inline (datetime);
        }
    }

  /* The headline goes first — but only in front of real text. */
  if (headline == NULL && meta->title != NULL)
    headline = g_strdup (meta->title);
  if (_plx_text_has_words (raw_text))
    text = headline_first (raw_text, headline);
  else
    text = g_strdup ("");

  extractor_clear (&ex);
  xmlFreeDoc (doc);

  return text;
}

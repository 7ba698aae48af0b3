/* plx-gui-private.h — GUI-internal helpers shared by the window's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "plx-analysis.h"
#include "plx-article.h"

G_BEGIN_DECLS

/* What names an article in the window: its outlet or, when the outlet is
 * unknown, the name of its file (its title as a last resort). Never NULL. */
static inline const char *
_plx_article_label (PlxArticle *article)
{
  const char *outlet = plx_article_get_display_outlet (article);
  const char *source;
  const char *slash;

  if (outlet != NULL && *outlet != '\0')
    return outlet;
  source = plx_article_get_source (article);
  if (source != NULL && *source != '\0')
    {
      slash = strrchr (source, '/');
      if (slash == NULL || slash[1] != '\0')
        return slash != NULL ? slash + 1 : source;
    }
  outlet = plx_article_get_display_title (article);
  return outlet != NULL ? outlet : "";
}

G_END_DECLS

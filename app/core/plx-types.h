/* plx-types.h — forward declarations shared by the Parallax engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PlxArticle  PlxArticle;
typedef struct _PlxSession  PlxSession;

G_END_DECLS

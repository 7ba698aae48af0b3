/* plx-language.h — guess the language of an article (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "en", "ru" or "und" (undetermined) for UTF-8 @text, from the share of
 * Cyrillic letters and counts of common English and Russian words. */
const char *_plx_language_detect (const char *text);

G_END_DECLS

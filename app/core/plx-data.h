/* plx-data.h — locating Parallax's data files (lexicons, rulebooks, samples)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The absolute path of @relative (e.g. "lexicons/en.json") in the first data
 * directory that has it: $PARALLAX_DATADIR, the installed data directory,
 * then the source tree's data/ (for running from the build tree).
 * Returns NULL when no directory has it. */
char *plx_data_find_file (const char *relative);

G_END_DECLS

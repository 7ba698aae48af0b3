/* plx-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-data"

#include "config.h"

#include "plx-data.h"

char *
plx_data_find_file (const char *relative)
{
  const char *dirs[3];
  guint n = 0;

  g_return_val_if_fail (relative != NULL, NULL);

  dirs[n] = g_getenv ("PARALLAX_DATADIR");
  if (dirs[n] != NULL && *dirs[n] != '\0')
    n++;
  dirs[n++] = PKGDATADIR;
  dirs[n++] = SOURCE_DATADIR;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_build_filename (dirs[i], relative, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }

  return NULL;
}

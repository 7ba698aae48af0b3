/* plx-fileutil.h — small file helpers shared by the engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Test hook: when this environment variable is set to "1", the atomic writer
 * aborts the process after writing half of the temporary file, as a crash
 * mid-save would. Only the crash-safety tests set it. */
#define PLX_TEST_CRASH_DURING_SAVE_ENV "PLX_TEST_CRASH_DURING_SAVE"

/* Replace the contents of @file with @data so that the file always holds
 * either the old or the new contents, also after a crash or power loss:
 * the data goes to a temporary file in the same directory (created with
 * O_EXCL), which is flushed to disk, renamed over @file, and then the
 * directory is flushed. An existing file's permissions are kept; when @file
 * is a symbolic link, its target is replaced. Files without a local path
 * are written with g_file_replace_contents(). On failure @file is left as
 * it was and the temporary file is removed; the error (PLX_ERROR_WRITE,
 * PLX_ERROR_IS_DIRECTORY or G_IO_ERROR_CANCELLED) names @file. */
gboolean plx_file_write_atomic (GFile         *file,
                                const char    *data,
                                gsize          len,
                                GCancellable  *cancellable,
                                GError       **error);

/* Lower-case hex SHA-256 of the contents of @file, read in chunks.
 * Errors are GIO errors. */
char    *plx_file_compute_sha256 (GFile         *file,
                                  guint64       *size,
                                  GCancellable  *cancellable,
                                  GError       **error);

G_END_DECLS

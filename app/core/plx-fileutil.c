/* plx-fileutil.c — atomic writes and file hashing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-fileutil"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "plx-error.h"
#include "plx-fileutil.h"

static gboolean
write_all (int         fd,
           const char *data,
           gsize       len,
           int        *errsv)
{
  while (len > 0)
    {
      gssize n = write (fd, data, MIN (len, (gsize)G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *errsv = errno;
          return FALSE;
        }
      data += n;
      len -= (gsize)n;
    }

  return TRUE;
}

static gboolean
crash_during_save_requested (void)
{
  return g_strcmp0 (g_getenv (PLX_TEST_CRASH_DURING_SAVE_ENV), "1") == 0;
}

static void
set_errno_error (GError    **error,
                 const char *display,
                 int         errsv)
{
  g_set_error (error, PLX_ERROR, PLX_ERROR_WRITE,
               /* Translators: the first %s is a file name, the second a
                * system error such as "No space left on device". */
               _("Could not save “%s”: %s"),
               display, g_strerror (errsv));
}

/* The path to write to: the target of a symbolic link rather than the link. */
static char *
resolve_target (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    {
      char *real = realpath (path, NULL);

      if (real != NULL)
        {
          char *ret = g_strdup (real);
          free (real);
          return ret;
        }
    }

  return g_strdup (path);
}

static gboolean
write_atomic_local (GFile         *file,
                    const char    *path,
                    const char    *data,
                    gsize          len,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *display = g_file_get_parse_name (file);
  g_autofree char *target = resolve_target (path);
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *tmp_path = NULL;
  gboolean have_mode = FALSE;
  mode_t mode = 0;
  GStatBuf st;
  int errsv = 0;
  int fd;
  int dfd;

  if (g_stat (target, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_IS_DIRECTORY,
                       _("Could not save “%s”: it is a folder"), display);
          return FALSE;
        }
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_WRITE,
                       _("Could not save “%s”: it is not a regular file"),
                       display);
          return FALSE;
        }
      have_mode = TRUE;
      mode = st.st_mode & 07777;
    }

  tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  /* O_CREAT | O_EXCL are added by g_mkstemp_full(); new files get 0666
   * minus the umask, like any other file the user creates. */
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      errsv = errno;
      if (errsv == EACCES || errsv == EPERM || errsv == EROFS)
        g_set_error (error, PLX_ERROR, PLX_ERROR_WRITE,
                     /* Translators: "Could not save “/a/b.parallax”: the
                      * folder “/a” is not writable (Permission denied)" */
                     _("Could not save “%s”: the folder “%s” is not writable (%s)"),
                     display, dir, g_strerror (errsv));
      else if (errsv == ENOENT || errsv == ENOTDIR)
        g_set_error (error, PLX_ERROR, PLX_ERROR_WRITE,
                     _("Could not save “%s”: the folder “%s” does not exist"),
                     display, dir);
      else
        set_errno_error (error, display, errsv);
      return FALSE;
    }

  if (have_mode && fchmod (fd, mode) != 0)
    g_debug ("Could not keep the permissions of %s: %s", target, g_strerror (errno));

  if (G_UNLIKELY (crash_during_save_requested ()))
    {
      /* Simulate a crash: half the data, then the process dies. */
      write_all (fd, data, len / 2, &errsv);
      abort ();
    }

  if (write_all (fd, data, len, &errsv) && fsync (fd) != 0)
    errsv = errno;

  if (errsv != 0)
    {
      close (fd);
      g_unlink (tmp_path);
      set_errno_error (error, display, errsv);
      return FALSE;
    }

  if (close (fd) != 0)
    {
      errsv = errno;
      g_unlink (tmp_path);
      set_errno_error (error, display, errsv);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  if (g_rename (tmp_path, target) != 0)
    {
      errsv = errno;
      g_unlink (tmp_path);
      set_errno_error (error, display, errsv);
      return FALSE;
    }

  /* Make the rename itself durable. The new contents are in place whatever
   * happens here, so a failure is not reported as a failed save. */
  dfd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0)
    {
      if (fsync (dfd) != 0)
        g_debug ("fsync of %s failed: %s", dir, g_strerror (errno));
      close (dfd);
    }

  return TRUE;
}

gboolean
plx_file_write_atomic (GFile         *file,
                       const char    *data,
                       gsize          len,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (data == NULL)
    data = "";

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  path = g_file_get_path (file);
  if (path != NULL)
    return write_atomic_local (file, path, data, len, cancellable, error);

  /* Not a local file (e.g. a GVfs location): GIO's own replace is the best
   * there is; it writes to a temporary file where the backend supports it. */
  {
    g_autoptr(GError) local_error = NULL;

    if (!g_file_replace_contents (file, data, len, NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL,
                                  cancellable, &local_error))
      {
        g_autofree char *display = g_file_get_parse_name (file);

        if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
          g_propagate_error (error, g_steal_pointer (&local_error));
        else
          g_set_error (error, PLX_ERROR, PLX_ERROR_WRITE,
                       _("Could not save “%s”: %s"),
                       display, local_error->message);
        return FALSE;
      }
  }

  return TRUE;
}

char *
plx_file_compute_sha256 (GFile         *file,
                         guint64       *size,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  g_autofree guchar *buffer = NULL;
  guint64 total = 0;
  gssize n;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  buffer = g_malloc (64 * 1024);

  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, 64 * 1024,
                                   cancellable, error)) > 0)
    {
      g_checksum_update (checksum, buffer, n);
      total += (guint64)n;
    }

  if (n < 0)
    return NULL;

  if (size != NULL)
    *size = total;

  return g_strdup (g_checksum_get_string (checksum));
}

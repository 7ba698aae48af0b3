/* plx-error.h — the Parallax error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PLX_ERROR (plx_error_quark ())

/**
 * PlxError:
 * Errors reported by the Parallax engine. Messages are translatable and
 * always name the file (or the input) and the problem.
 */
typedef enum
{
  PLX_ERROR_FAILED,         /*< nick=failed >*/
  PLX_ERROR_NOT_FOUND,      /*< nick=not-found >*/
  PLX_ERROR_IS_DIRECTORY,   /*< nick=is-directory >*/
  PLX_ERROR_UNREADABLE,     /*< nick=unreadable >*/
  PLX_ERROR_EMPTY,          /*< nick=empty >*/
  PLX_ERROR_BINARY,         /*< nick=binary >*/
  PLX_ERROR_ENCODING,       /*< nick=encoding >*/
  PLX_ERROR_TOO_LARGE,      /*< nick=too-large >*/
  PLX_ERROR_NO_TEXT,        /*< nick=no-text >*/
  PLX_ERROR_UNSUPPORTED,    /*< nick=unsupported >*/
  PLX_ERROR_MALFORMED,      /*< nick=malformed >*/
  PLX_ERROR_WRONG_TYPE,     /*< nick=wrong-type >*/
  PLX_ERROR_VERSION,        /*< nick=version >*/
  PLX_ERROR_WRITE,          /*< nick=write >*/
} PlxError;

GQuark plx_error_quark (void);

G_END_DECLS

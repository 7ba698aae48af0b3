/* plx-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-error"

#include "config.h"

#include "plx-error.h"

G_DEFINE_QUARK (plx-error-quark, plx_error)

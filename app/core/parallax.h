/* parallax.h — the Parallax engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "plx-types.h"
#include "plx-error.h"
#include "plx-article.h"
#include "plx-import.h"
#include "plx-session.h"
#include "plx-data.h"
#include "plx-enums.h"

/* plx-keyboard.h — moving between the window's areas with the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "plx-window.h"

G_BEGIN_DECLS

/* F6 moves the focus to the next area of @window — the sidebar, each
 * article pane in order, the coverage view — and Shift+F6 to the previous
 * one, wrapping around; a pane gets the focus in its text. Call once, from
 * the window's init. */
void plx_keyboard_attach_window (PlxWindow *window);

G_END_DECLS

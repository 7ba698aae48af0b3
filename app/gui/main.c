/* main.c — starts the Parallax application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parallax"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "plx-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlxApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* PARALLAX_LOCALEDIR: translations of a staged install (tests) */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PARALLAX_LOCALEDIR") != NULL
                                   ? g_getenv ("PARALLAX_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = plx_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

/* plx-palette.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "plx-palette"

#include "config.h"

#include "plx-palette.h"

typedef struct
{
  const char *color;
  const char *tint;
} Entry;

/* Keep in step with ui/styles/parallax-light.xml and parallax-dark.xml. */
static const Entry light[PLX_PALETTE_N_COLORS] = {
  { "#1a5fb4", "#dbe8fb" },
  { "#c01c28", "#fbdcdd" },
  { "#1d7a4f", "#d9f2e3" },
  { "#c64600", "#fde5d2" },
  { "#813d9c", "#efdff5" },
  { "#0f7a7a", "#d4f1f0" },
  { "#865e3c", "#efe4d8" },
  { "#b2287a", "#f9dcee" },
  { "#6b7a00", "#eef2cc" },
  { "#0b6e99", "#d5eef8" },
  { "#4338a8", "#e2e0f8" },
  { "#9c6b00", "#fbefc9" },
};

static const Entry dark[PLX_PALETTE_N_COLORS] = {
  { "#99c1f1", "#1f3657" },
  { "#f66151", "#4d2023" },
  { "#8ff0a4", "#1d3f2c" },
  { "#ffa348", "#4a2f17" },
  { "#dc8add", "#3d2547" },
  { "#7ee3e0", "#173f3f" },
  { "#cdab8f", "#3d3127" },
  { "#f58cc8", "#4a1f39" },
  { "#d2dd6a", "#353b12" },
  { "#7fd0f5", "#15384a" },
  { "#a9a3f5", "#2a2755" },
  { "#f8d36a", "#463811" },
};

guint
plx_palette_index_for_name (const char *name)
{
  g_autofree char *norm = NULL;
  g_autofree char *folded = NULL;
  GString *key;
  guint32 h = 2166136261u;  /* FNV-1a: stable across runs and machines */

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return 1;

  norm = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  if (norm == NULL)
    return 1;
  key = g_string_new (NULL);
  for (const char *p = norm; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }
  folded = g_utf8_casefold (key->str, key->len);
  g_string_free (key, TRUE);

  for (const guchar *p = (const guchar *) folded; *p != '\0'; p++)
    {
      h ^= *p;
      h *= 16777619u;
    }

  return (h % PLX_PALETTE_N_COLORS) + 1;
}

static const Entry *
entry (guint    index,
       gboolean is_dark)
{
  guint i = index == 0 ? 0 : (index - 1) % PLX_PALETTE_N_COLORS;

  return is_dark ? &dark[i] : &light[i];
}

const char *
plx_palette_color (guint    index,
                   gboolean is_dark)
{
  return entry (index, is_dark)->color;
}

const char *
plx_palette_tint (guint    index,
                  gboolean is_dark)
{
  return entry (index, is_dark)->tint;
}

const char *
plx_palette_scare_color (gboolean is_dark)
{
  return is_dark ? "#c0bfbc" : "#5e5c64";
}

const char *
plx_palette_scare_tint (gboolean is_dark)
{
  return is_dark ? "#3d3d42" : "#e8e8e7";
}

const char *
plx_palette_claim_color (gboolean is_dark)
{
  return is_dark ? "#9a9996" : "#77767b";
}

gboolean
plx_palette_is_valid_color (const char *color)
{
  if (color == NULL || color[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;
  return color[7] == '\0';
}

gboolean
plx_palette_parse_color (const char *color,
                         double     *red,
                         double     *green,
                         double     *blue)
{
  double *out[3] = { red, green, blue };

  if (!plx_palette_is_valid_color (color))
    return FALSE;
  for (guint i = 0; i < 3; i++)
    {
      int v = g_ascii_xdigit_value (color[1 + 2 * i]) * 16 +
              g_ascii_xdigit_value (color[2 + 2 * i]);

      if (out[i] != NULL)
        *out[i] = v / 255.0;
    }
  return TRUE;
}

/* plx-translit.h — Cyrillic ↔ Latin transliteration and name skeletons
 *
 * Names of the same person reach us spelled in several ways: Сергей Лавров,
 * Sergei Lavrov, Sergey Lavrov, Serguei Lavrov. These helpers transliterate
 * Russian Cyrillic into the common Latin schemes and reduce any spelling to a
 * "skeleton" key in which those variants coincide.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  /* BGN/PCGN, the press usage: Сергей → Sergey, Евгений → Yevgeny,
   * х → kh, ю → yu, я → ya, word-initial е → ye. */
  PLX_TRANSLIT_BGN,
  /* Russian passport / ICAO 9303: Сергей → Sergei, Юрий → Iurii,
   * й → i, ю → iu, я → ia, ц → ts. */
  PLX_TRANSLIT_PASSPORT,
  /* GOST 7.79 system B (ASCII): ц → cz, х → x, щ → shh, ю → yu, я → ya,
   * й → j. */
  PLX_TRANSLIT_GOST,
} PlxTranslitScheme;

/* Transliterates every Cyrillic letter of @text (UTF-8) into Latin with
 * @scheme, keeping case; other characters are copied. Never NULL. */
char      *plx_translit_to_latin    (const char        *text,
                                     PlxTranslitScheme  scheme);

/* Latin → Russian Cyrillic, reading the digraphs of all schemes above
 * (shch, kh, zh, ts, ch, sh, yu/iu, ya/ia, ye). Approximate by nature:
 * "Lavrov" → "Лавров", "Sergei" → "Сергеи". Never NULL. */
char      *plx_translit_to_cyrillic (const char        *text);

/* The fuzzy key of a name or word: transliterated to Latin, lower-cased,
 * accents dropped, letters only, and the spelling variants folded
 * (y/i/j, kh/h, x/ks, w/v, tz/ts, doubled letters, ye/e, ё/е …), so that
 * Sergei, Sergey, Serguei and Сергей all give "sergei". Never NULL. */
char      *plx_translit_skeleton    (const char        *text);

/* Whether @a and @b have the same skeleton. */
gboolean   plx_translit_equal       (const char        *a,
                                     const char        *b);

/* The sound key of one name word: the consonants of its skeleton, so that
 * a name Russian spells by its sound meets the Latin spelling (Мартен =
 * Martin: "mrtn"). For a Latin-script word, @silent (may be NULL) gets the
 * key without the letters French leaves unsaid, a first h and a last
 * x, s, t, d or z (Lacroix, Dupont, Henri → "lkr", "dpn", "nr"), or NULL
 * when there are none. Never NULL. */
char      *plx_translit_sound_key   (const char        *word,
                                     char             **silent);

/* Whether @text contains Cyrillic letters. */
gboolean   plx_translit_has_cyrillic (const char       *text);

G_END_DECLS

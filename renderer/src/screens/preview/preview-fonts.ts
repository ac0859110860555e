import boldItalicUrl from '@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf?url';
import boldUrl from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import italicUrl from '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf?url';
import regularUrl from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';

/** The pages' font family: Arimo, bundled with the app (Arial's metrics, the widths the layout used). */
export const PAGE_FONT_FAMILY = 'RipotiPages';

let loading: Promise<void> | undefined;

/**
 * Loads the four faces from the app's own files (the CSP allows fonts from 'self' only),
 * once. The pages are drawn after this, so no line is ever measured in a fallback font.
 */
export function loadPageFonts(): Promise<void> {
  loading ??= (async () => {
    const faces = [
      new FontFace(PAGE_FONT_FAMILY, `url(${regularUrl})`, { weight: '400', style: 'normal' }),
      new FontFace(PAGE_FONT_FAMILY, `url(${boldUrl})`, { weight: '700', style: 'normal' }),
      new FontFace(PAGE_FONT_FAMILY, `url(${italicUrl})`, { weight: '400', style: 'italic' }),
      new FontFace(PAGE_FONT_FAMILY, `url(${boldItalicUrl})`, { weight: '700', style: 'italic' }),
    ];
    for (const face of await Promise.all(faces.map((face) => face.load()))) document.fonts.add(face);
  })();
  return loading;
}

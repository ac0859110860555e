import { z } from 'zod';
import { languageSchema } from '../../language';
import { defineChannel } from '../channel';

/**
 * Spell checking for the text fields. The preload registers a Chromium spell-check provider that
 * sends the words Chromium found in a field, with the language of that field (the report's, from
 * its `lang` attribute); main answers with the misspelt ones from its bundled dictionaries.
 * Suggestions never cross: main shows them in its own right-click menu.
 */
export const spellingChannels = {
  spellCheck: defineChannel<string[]>()(
    'spelling:check',
    z
      .object({
        language: languageSchema,
        // Chromium sends a paragraph's words at a time; these bounds only stop abuse.
        words: z.array(z.string().min(1).max(100)).max(2_000),
      })
      .strict(),
  ),
};

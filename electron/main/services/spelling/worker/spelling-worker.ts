import { parentPort, workerData } from 'node:worker_threads';
import type { Language } from '@/shared/language';
import { createHunspellCheckers, type DictionaryFiles } from '../hunspell-checker';
import type { SpellingReply, SpellingRequest } from './spelling-messages';

/**
 * Worker-thread entry: Hunspell (WebAssembly) off the main process. Its Emscripten runtime
 * installs process-wide handlers and timers, and a French suggestion can take half a second:
 * neither may touch main's IPC. Main sends each dictionary's bytes once, then checks.
 */
const port = parentPort;
if (!port) throw new Error('spelling-worker must run in a worker thread');

const dictionaries = new Map<Language, DictionaryFiles>();
const { extraWords } = workerData as { extraWords: readonly string[] };
const checkerFor = createHunspellCheckers((language) => {
  const files = dictionaries.get(language);
  return files ? Promise.resolve(files) : Promise.reject(new Error(`No dictionary was sent for ${language}`));
}, extraWords);

port.on('message', (request: SpellingRequest) => {
  if (request.type === 'load') {
    dictionaries.set(request.language, { aff: request.aff, dic: request.dic });
    return;
  }
  const reply = (message: SpellingReply) => port.postMessage(message);
  checkerFor(request.language)
    .then((checker) => (request.type === 'check' ? checker.misspelled(request.words) : checker.suggest(request.word)))
    .then(
      (words) => reply({ id: request.id, words }),
      (error: unknown) => reply({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
    );
});

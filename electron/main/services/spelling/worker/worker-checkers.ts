import { Worker } from 'node:worker_threads';
import type { Language } from '@/shared/language';
import type { CheckerFor, DictionarySource } from '../hunspell-checker';
import type { SpellingReply, SpellingRequest } from './spelling-messages';

/**
 * Checkers that run in one spelling thread (spelling-worker.ts), started on the first check and
 * held (ref'd) only while an answer is awaited, so an idle thread never keeps a quitting app alive. Each language's dictionary is read in main
 * (from the app's files) and handed over once. If the thread dies, pending answers fail (the
 * caller underlines nothing) and the next check starts a new thread.
 */
export function workerCheckers(options: {
  readonly script: string;
  readonly source: DictionarySource;
  readonly extraWords: readonly string[];
}): CheckerFor {
  let worker: Worker | null = null;
  let sent = new Set<Language>();
  let nextId = 1;
  const pending = new Map<number, { resolve: (words: string[]) => void; reject: (error: Error) => void }>();

  const start = (): Worker => {
    const thread = new Worker(options.script, { workerData: { extraWords: options.extraWords } });
    thread.unref();
    thread.on('message', (reply: SpellingReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) thread.unref();
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.words);
    });
    const fail = (error: Error) => {
      if (worker === thread) [worker, sent] = [null, new Set()];
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`The spelling thread stopped (exit ${code})`)));
    return thread;
  };

  const ask = async (language: Language, request: (id: number) => SpellingRequest): Promise<string[]> => {
    worker ??= start();
    const thread = worker;
    if (!sent.has(language)) {
      sent.add(language);
      try {
        const { aff, dic } = await options.source(language);
        thread.postMessage({ type: 'load', language, aff, dic } satisfies SpellingRequest);
      } catch (error) {
        sent.delete(language);
        throw error;
      }
    }
    const id = nextId++;
    return new Promise<string[]>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      thread.ref();
      thread.postMessage(request(id));
    });
  };

  return (language) =>
    Promise.resolve({
      misspelled: (words) => ask(language, (id) => ({ type: 'check', id, language, words })),
      suggest: (word) => ask(language, (id) => ({ type: 'suggest', id, language, word })),
    });
}

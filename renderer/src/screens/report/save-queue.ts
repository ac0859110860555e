import type { IpcError, IpcResult } from '@/shared/ipc/result';
import type { SaveReceipt } from '@/shared/report/save-receipt';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly savedAt: string }
  | { readonly kind: 'failed'; readonly error: IpcError; readonly retryInMs: number };

type Save = () => Promise<IpcResult<SaveReceipt>>;

interface Slot {
  save: Save;
  timer: ReturnType<typeof setTimeout> | undefined;
  running: boolean;
  /** The save being written now, for a flush to wait on. */
  writing: Promise<void> | undefined;
  failures: number;
  failure: IpcError | undefined;
}

export const DEBOUNCE_MS = 400;
const MAX_BACKOFF_MS = 30_000;

/**
 * Autosave for one report. Each part (a section, the profile, the meta fields) has a slot
 * holding only its LATEST save: typing replaces the pending value, so a slow disk never
 * queues stale writes. A failed save keeps the edit (the closure) and retries with
 * exponential backoff; the status the screen shows is derived from all slots, honestly:
 * "saved" only when nothing is pending or failing.
 */
export class SaveQueue {
  private readonly slots = new Map<string, Slot>();
  private readonly listeners = new Set<() => void>();
  private lastSavedAt: string | undefined;
  private state: SaveState = { kind: 'idle' };

  constructor(private readonly debounceMs = DEBOUNCE_MS) {}

  schedule(key: string, save: Save): void {
    const slot = this.slots.get(key) ?? {
      save,
      timer: undefined,
      running: false,
      writing: undefined,
      failures: 0,
      failure: undefined,
    };
    slot.save = save;
    this.slots.set(key, slot);
    this.arm(key, slot, this.debounceMs);
    this.publish();
  }

  /** Runs every pending save now and waits for those being written (leaving the report, before an export or the preview). */
  async flush(): Promise<void> {
    await Promise.all(
      [...this.slots.entries()].map(([key, slot]) =>
        slot.running ? (slot.writing ?? Promise.resolve()) : this.run(key, slot),
      ),
    );
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SaveState => this.state;

  dispose(): void {
    for (const slot of this.slots.values()) clearTimeout(slot.timer);
    this.listeners.clear();
  }

  private arm(key: string, slot: Slot, delay: number): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => void this.run(key, slot), delay);
  }

  private run(key: string, slot: Slot): Promise<void> {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    if (slot.running) {
      this.arm(key, slot, this.debounceMs);
      return Promise.resolve();
    }
    slot.writing = this.write(key, slot);
    return slot.writing;
  }

  private async write(key: string, slot: Slot): Promise<void> {
    const save = slot.save;
    slot.running = true;
    this.publish();
    let result: IpcResult<SaveReceipt>;
    try {
      result = await save();
    } catch (error) {
      result = { ok: false, error: { code: 'internal', message: String(error) } };
    }
    slot.running = false;
    if (result.ok) {
      this.lastSavedAt = result.value.savedAt;
      slot.failures = 0;
      slot.failure = undefined;
      // A newer edit arrived while this one was being written: it is still pending.
      if (slot.save === save) this.slots.delete(key);
      else this.arm(key, slot, 0);
    } else {
      slot.failures++;
      slot.failure = result.error;
      this.arm(key, slot, backoff(slot.failures));
    }
    this.publish();
  }

  private publish(): void {
    const slots = [...this.slots.values()];
    const failed = slots.find((slot) => slot.failure !== undefined);
    if (failed?.failure !== undefined)
      this.state = { kind: 'failed', error: failed.failure, retryInMs: backoff(failed.failures) };
    else if (slots.length > 0) this.state = { kind: 'saving' };
    else this.state = this.lastSavedAt ? { kind: 'saved', savedAt: this.lastSavedAt } : { kind: 'idle' };
    for (const listener of this.listeners) listener();
  }
}

/** 1 s, 2 s, 4 s … capped at 30 s: quick when a glitch passes, quiet when the disk stays full. */
export function backoff(failures: number): number {
  return Math.min(1_000 * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
}

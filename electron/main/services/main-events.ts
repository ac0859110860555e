import { eventOf, type EventName, type EventPayload } from '@/shared/ipc/contract';

/** Where events leave main: Electron's webContents.send in the app, the test bridge in E2E. */
export type EventSink = (channel: string, payload: unknown) => void;

/**
 * Events for the renderer (a job's progress and end), raised by services that know nothing of
 * windows. setup/ipc.ts connects the app's windows; the E2E harness connects its page.
 */
export class MainEvents {
  private readonly sinks = new Set<EventSink>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const channel = eventOf(name).name;
    for (const sink of this.sinks) {
      try {
        sink(channel, payload);
      } catch (error) {
        // A window closing mid-send must not fail the job that raised the event.
        console.error(error);
      }
    }
  }

  /** Starts delivering to `sink`; returns the function that stops it. */
  connect(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => void this.sinks.delete(sink);
  }
}

/** One input an officer's Ripoti may receive from someone else, and the way it arrives. */
export type HostileCase = (
  | {
      readonly kind: 'attach' | 'sync';
      readonly label: string;
      readonly fileName: string;
      readonly mediaType: string;
      readonly bytes: Uint8Array;
    }
  | { readonly kind: 'ripoti'; readonly label: string; readonly bytes: Uint8Array }
) & {
  /** What must happen, when the generator knows: a valid photo must be accepted, noise refused. */
  readonly expect?: 'accepted' | 'refused';
};

/** What the child process reports for each case, one JSON line each. */
export interface CaseResult {
  readonly index: number;
  readonly label: string;
  readonly kind: HostileCase['kind'];
  readonly byteLength: number;
  readonly outcome: 'accepted' | 'refused' | 'unexpected';
  readonly expect?: 'accepted' | 'refused';
  readonly code?: string;
  readonly detail?: unknown;
  readonly message?: string;
  /** Wall-clock time of the case. */
  readonly ms: number;
  /** CPU time of the whole process (main and photo threads) during the case: what the case costs, whatever else the machine runs. */
  readonly cpuMs: number;
  /** Resident memory of the freshly started process, idle, before its first case, in MB. */
  readonly idleMb: number;
  /** Resident memory of the whole process (all threads) after a garbage collection, before the case, in MB. */
  readonly beforeMb: number;
  /** The kernel's high-water mark of resident memory during the case (VmHWM, reset before it), in MB. */
  readonly peakMb: number;
}

/**
 * What the case needs on top of a freshly started, idle process: its own growth (peak over the
 * resident memory just before it) added to the idle process's memory. Pages that V8 and malloc
 * keep after earlier cases (and after the generator's garbage) are not the case's; the absolute
 * peak is reported beside it.
 */
export function peakOnFreshProcessMb(result: CaseResult): number {
  return result.idleMb + Math.max(0, result.peakMb - result.beforeMb);
}

/** Cases travel to the child as JSON: bytes as base64. */
export function caseToJson(item: HostileCase): unknown {
  return { ...item, bytes: Buffer.from(item.bytes).toString('base64') };
}

export function caseFromJson(value: { bytes: string } & Omit<HostileCase, 'bytes'>): HostileCase {
  return { ...value, bytes: Buffer.from(value.bytes, 'base64') } as HostileCase;
}

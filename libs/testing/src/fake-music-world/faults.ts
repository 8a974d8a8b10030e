/** What one fake of the world may be told to do instead of answering normally. */
export type WorldTarget = 'musicbrainz' | 'itunes' | 'deezer' | 'youtube_music' | 'coverartarchive' | 'audio';

export type Fault = { kind: 'status'; status: number } | { kind: 'timeout' };

/** Failures queued per target ("the next N requests fail") and slow-downs per target. */
export class Faults {
  private readonly planned = new Map<string, { fault: Fault; left: number }>();
  private readonly delays = new Map<string, number>();

  failNext(target: string, status: number | 'timeout', count: number): void {
    if (count <= 0) return void this.planned.delete(target);
    const fault: Fault = status === 'timeout' ? { kind: 'timeout' } : { kind: 'status', status };
    this.planned.set(target, { fault, left: count });
  }

  /** The fault for this request, if one is still queued; each call uses one up. */
  take(target: string): Fault | undefined {
    const plan = this.planned.get(target);
    if (!plan) return undefined;
    if (--plan.left <= 0) this.planned.delete(target);
    return plan.fault;
  }

  slowDown(target: string, ms: number): void {
    if (ms > 0) this.delays.set(target, ms);
    else this.delays.delete(target);
  }

  delayOf(target: string): number {
    return this.delays.get(target) ?? 0;
  }
}

/** Long enough that a client gives up first; the fake closes the connection when the world closes. */
export const NEVER_MS = 10 * 60_000;

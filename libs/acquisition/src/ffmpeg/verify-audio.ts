import type { Silence } from './parse-silence.js';

export interface VerifyInput {
  /** How long the audio really decodes. */
  measuredDurationMs: number;
  /** The chosen recording's length; without it the duration is not compared. */
  expectedDurationMs?: number;
  /** The length the container claims; a file that decodes much shorter was cut off. */
  declaredDurationMs?: number;
  silence: Silence;
  decodeErrors: boolean;
}

export interface VerifyTolerance {
  minMs: number;
  ratio: number;
  /** Share of silence above which a file counts as silence-only. */
  maxSilentRatio: number;
}

export type VerifyResult = { ok: true } | { ok: false; reasons: string[] };

export const DEFAULT_TOLERANCE: VerifyTolerance = { minMs: 3000, ratio: 0.02, maxSilentRatio: 0.9 };

// Container durations are rounded and encoders pad a few frames; a real cut loses far more than this.
const TRUNCATION_SLACK = { minMs: 1000, ratio: 0.02 };

/** Decides whether a file may be kept; every failed check adds one sentence. */
export function verifyAudio(input: VerifyInput, tolerance: Partial<VerifyTolerance> = {}): VerifyResult {
  const tol = { ...DEFAULT_TOLERANCE, ...tolerance };
  const reasons = [durationReason(input, tol), silenceReason(input.silence, tol), truncationReason(input)].filter(
    (r): r is string => r !== undefined,
  );
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

function durationReason(input: VerifyInput, tol: VerifyTolerance): string | undefined {
  const expected = input.expectedDurationMs;
  if (expected === undefined) return undefined;
  const diff = input.measuredDurationMs - expected;
  if (Math.abs(diff) <= allowance(expected, tol)) return undefined;
  const side = diff < 0 ? 'short' : 'long';
  return `duration ${clock(input.measuredDurationMs)} vs expected ${clock(expected)} (${Math.round(Math.abs(diff) / 1000)} s ${side})`;
}

function silenceReason({ silentMs, totalMs }: Silence, tol: VerifyTolerance): string | undefined {
  if (totalMs <= 0) return 'no audio decodes from the file';
  const ratio = silentMs / totalMs;
  return ratio > tol.maxSilentRatio ? `silent for ${Math.round(ratio * 100)} % of the file` : undefined;
}

function truncationReason(input: VerifyInput): string | undefined {
  if (input.decodeErrors) return 'the file is truncated: decoding stopped with errors';
  const declared = input.declaredDurationMs;
  if (declared === undefined) return undefined;
  const missing = declared - input.measuredDurationMs;
  if (missing <= allowance(declared, TRUNCATION_SLACK)) return undefined;
  return `the file is truncated: it declares ${clock(declared)} but only ${clock(input.measuredDurationMs)} decodes`;
}

function allowance(durationMs: number, tol: { minMs: number; ratio: number }): number {
  return Math.max(tol.minMs, durationMs * tol.ratio);
}

/** 125000 → "2:05", 3725000 → "1:02:05". */
export function clock(ms: number): string {
  const total = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

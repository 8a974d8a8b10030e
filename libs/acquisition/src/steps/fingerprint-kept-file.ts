import { isAbortError } from '@app/platform';
import { type Fingerprinter, type StoredFingerprint, toStoredFingerprint } from '@app/tagger';

export interface FingerprintResult {
  fingerprint?: StoredFingerprint;
  /** Why there is none; a fingerprint is a help for dedup and AcoustID, never a reason to fail a job. */
  note?: string;
}

export async function fingerprintKeptFile(
  fingerprinter: Fingerprinter,
  file: string,
  signal: AbortSignal,
): Promise<FingerprintResult> {
  if (!(await fingerprinter.available())) return { note: 'no fingerprint: fpcalc is not available' };
  try {
    return { fingerprint: toStoredFingerprint(await fingerprinter.fingerprint(file, { signal })) };
  } catch (error) {
    if (isAbortError(error) || signal.aborted) throw error;
    return { note: `no fingerprint: ${(error as Error).message}` };
  }
}

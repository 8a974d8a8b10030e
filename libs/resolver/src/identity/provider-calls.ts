import { PermanentError, type ProviderFailure, RetryableError } from '@app/core';
import type { Provider } from '../providers/provider.types.js';

// The shape moved down to @app/core, where the job data that carries it is declared.
export type { ProviderFailure };

export interface Gathered<T> {
  results: T[];
  asked: string[];
  failures: ProviderFailure[];
}

/**
 * Asks every provider at once; one that fails is recorded and the others still count. Only when all of
 * them fail is the step failed: transient if any failure was transient, otherwise permanent.
 */
export async function gather<P extends Provider, T>(
  providers: readonly P[],
  what: string,
  call: (provider: P) => Promise<T[]>,
): Promise<Gathered<T>> {
  if (providers.length === 0) {
    throw new PermanentError(
      `No ${what} provider is enabled; enable one in the settings (TRUETRACK_<PROVIDER>_ENABLED)`,
    );
  }
  const settled = await Promise.allSettled(providers.map((provider) => call(provider)));
  const failures: ProviderFailure[] = [];
  const results: T[] = [];
  settled.forEach((outcome, i) => {
    const provider = providers[i]!;
    if (outcome.status === 'fulfilled') results.push(...outcome.value);
    else failures.push({ provider: provider.displayName, message: (outcome.reason as Error).message });
  });
  if (failures.length === providers.length) {
    const summary = failures.map((f) => `${f.provider}: ${f.message}`).join('; ');
    const transient = settled.some((o) => o.status === 'rejected' && !(o.reason instanceof PermanentError));
    throw transient
      ? new RetryableError(`Every ${what} provider failed (${summary})`)
      : new PermanentError(`Every ${what} provider failed (${summary})`);
  }
  return { results, asked: providers.map((p) => p.displayName), failures };
}

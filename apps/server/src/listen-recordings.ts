import { Global, Module } from '@nestjs/common';
import type { RecordingCandidate } from '@app/core';
import { RECORDING_LOOKUP, type RecordingAnswer, type RecordingLookup } from '@app/listening';
import { IdentityResolver, ResolverModule } from '@app/resolver';

/** Recommendations sure enough to name a listen's recording. */
const SURE = new Set(['strong', 'medium']);

/** The resolver's public API as listening's mapping asks it: one song, one recording MBID or none. */
export function recordingLookupOf(resolver: IdentityResolver): RecordingLookup {
  return {
    async find(artist, title, signal): Promise<RecordingAnswer> {
      // Throws when every provider failed or none is enabled: the mapper waits for them then.
      const resolution = await resolver.resolve(`${artist} - ${title}`, signal);
      const best = resolution.recommendation.best?.candidate;
      const mbid = best && SURE.has(resolution.recommendation.level) ? musicBrainzIdOf(best) : undefined;
      if (mbid) return { kind: 'found', mbid };
      // "None" is cached for good, so it is said only when every provider answered.
      return resolution.failures.length ? { kind: 'unavailable' } : { kind: 'none' };
    },
  };
}

function musicBrainzIdOf(candidate: RecordingCandidate): string | undefined {
  if (candidate.mbid) return candidate.mbid;
  if (candidate.provider === 'musicbrainz') return candidate.providerId;
  return candidate.alsoFrom?.find((ref) => ref.provider === 'musicbrainz')?.providerId;
}

/** Gives listening's mapping the resolver; the app imports it only with the real feature modules. */
@Global()
@Module({
  imports: [ResolverModule],
  providers: [{ provide: RECORDING_LOOKUP, inject: [IdentityResolver], useFactory: recordingLookupOf }],
  exports: [RECORDING_LOOKUP],
})
export class ListenRecordingsModule {}

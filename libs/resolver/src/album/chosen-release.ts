import { CandidateStage } from '@app/contracts';
import { chosenPayload, type JobData } from '@app/jobs';

/** The MusicBrainz release id a person chose for an album job (a release, or a torrent of one); undefined when none. */
export function chosenRelease(data: Readonly<JobData>): string | undefined {
  const releaseId = chosenPayload(data, CandidateStage.Intent)?.['releaseId'];
  return typeof releaseId === 'string' && releaseId ? releaseId : undefined;
}

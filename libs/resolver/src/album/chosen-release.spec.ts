import { CandidateStage } from '@app/contracts';
import type { JobData } from '@app/jobs';
import { chosenRelease } from './chosen-release.js';

const chose = (stage: CandidateStage, payload: Record<string, unknown>): JobData => ({
  choice: { candidateId: 'c1', index: 0, stage, payload },
});

describe('chosenRelease', () => {
  it('gives the release id a person chose, from a release or a torrent of it', () => {
    expect(chosenRelease(chose(CandidateStage.Intent, { releaseId: 'f5093c06', title: 'The Wall' }))).toBe('f5093c06');
    expect(chosenRelease(chose(CandidateStage.Intent, { releaseId: 'f5093c06', torrent: { guid: 'g' } }))).toBe(
      'f5093c06',
    );
  });

  it.each<[string, JobData]>([
    ['nobody chose', {}],
    ['the choice was metadata', chose(CandidateStage.Metadata, { releaseId: 'f5093c06' })],
    ['the payload names no release', chose(CandidateStage.Intent, { title: 'The Wall' })],
    ['the release id is empty', chose(CandidateStage.Intent, { releaseId: '' })],
    ['the release id is not text', chose(CandidateStage.Intent, { releaseId: 7 })],
  ])('is undefined when %s', (_name, data) => {
    expect(chosenRelease(data)).toBeUndefined();
  });
});

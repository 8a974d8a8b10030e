import { CandidateStage, type TrackMetadata } from '@app/contracts';
import type { JobData } from '@app/jobs';
import { chosenMetadata } from './chosen-metadata.js';

const HYPERBALLAD: TrackMetadata = { title: 'Hyperballad', artists: ['Björk'], musicbrainz: {}, source: 'musicbrainz' };
const chose = (stage: CandidateStage, payload: Record<string, unknown>): JobData => ({
  choice: { candidateId: 'c1', index: 1, stage, payload },
});

describe('chosenMetadata', () => {
  it('gives the metadata a person chose, without the label it was shown with', () => {
    expect(chosenMetadata(chose(CandidateStage.Metadata, { ...HYPERBALLAD, label: "'Hyperballad' by Björk" }))).toEqual(
      HYPERBALLAD,
    );
  });

  it.each<[string, JobData]>([
    ['nobody chose', {}],
    ['the choice was made at another stage', chose(CandidateStage.Intent, { ...HYPERBALLAD })],
    ['the payload has no title', chose(CandidateStage.Metadata, { artists: ['Björk'] })],
    ['the artists are not a list', chose(CandidateStage.Metadata, { title: 'Hyperballad', artists: 'Björk' })],
  ])('is undefined when %s', (_name, data) => {
    expect(chosenMetadata(data)).toBeUndefined();
  });
});

import { CandidateStage } from '@app/contracts';
import { chosenPayload } from './chosen-payload.js';
import type { JobData } from './job-data.js';

describe('chosenPayload', () => {
  const data: JobData = {
    choice: { candidateId: 'c1', index: 0, stage: CandidateStage.Metadata, payload: { title: 'Numb', label: 'x' } },
  };

  it('gives the payload chosen at the stage, without its label', () => {
    expect(chosenPayload(data, CandidateStage.Metadata)).toEqual({ title: 'Numb' });
  });

  it('is undefined for another stage or when nobody chose', () => {
    expect(chosenPayload(data, CandidateStage.Intent)).toBeUndefined();
    expect(chosenPayload({}, CandidateStage.Metadata)).toBeUndefined();
  });
});

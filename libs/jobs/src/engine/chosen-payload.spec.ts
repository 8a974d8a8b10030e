import { CandidateStage } from '@app/contracts';
import { chosenPayload } from './chosen-payload.js';

describe('chosenPayload', () => {
  const data = { choice: { candidateId: 'c1', index: 0, stage: 'metadata', payload: { title: 'Numb', label: 'x' } } };

  it('gives the payload chosen at the stage, without its label', () => {
    expect(chosenPayload(data, CandidateStage.Metadata)).toEqual({ title: 'Numb' });
  });

  it('is undefined for another stage or when nobody chose', () => {
    expect(chosenPayload(data, CandidateStage.Intent)).toBeUndefined();
    expect(chosenPayload({}, CandidateStage.Metadata)).toBeUndefined();
  });
});

import { JobState } from '@app/contracts';
import { type ChildStateCount, summarizeChildren } from './children-summary.js';

const S = JobState;
const group = (state: JobState, count: number, progressSum = 0): ChildStateCount => ({ state, count, progressSum });

describe('summarizeChildren', () => {
  it('is the mean of the children while they work, an ended child counting as complete', () => {
    const sut = summarizeChildren([group(S.Downloading, 2, 0.5), group(S.Finalized, 1, 1), group(S.Failed, 1, 0.2)]);
    expect(sut).toMatchObject({ children: 4, succeeded: 1, failed: 1, cancelled: 0, active: 2, progress: 0.625 });
    expect(sut.outcome).toBeUndefined();
    expect(sut.reason).toBe('1 of 4 tracks done, 1 failed, 2 still at work');
  });

  it.each([
    ['some succeeded', [group(S.Finalized, 12, 12), group(S.Failed, 1)], S.Finalized, '12 of 13 tracks done, 1 failed'],
    ['all succeeded', [group(S.Finalized, 1, 1)], S.Finalized, '1 of 1 track done'],
    [
      'none succeeded, one failed',
      [group(S.Failed, 2), group(S.Cancelled, 1)],
      S.Failed,
      '0 of 3 tracks done, 2 failed, 1 cancelled',
    ],
    ['all cancelled', [group(S.Cancelled, 3)], S.Cancelled, '0 of 3 tracks done, 3 cancelled'],
    ['no children at all', [], S.Failed, 'The job has no tracks'],
  ])('ends the parent when every child ended: %s', (_name, groups, outcome, reason) => {
    const sut = summarizeChildren(groups);
    expect(sut.outcome).toBe(outcome);
    expect(sut.reason).toBe(reason);
    expect(sut.active).toBe(0);
  });

  it('waits while a single child waits for a person', () => {
    const sut = summarizeChildren([group(S.Finalized, 9, 9), group(S.UserIntentSelection, 1, 0.1)]);
    expect(sut.outcome).toBeUndefined();
    expect(sut.progress).toBe(0.91);
  });
});

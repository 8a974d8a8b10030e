import { CandidateStage, JobState } from '@app/contracts';
import type { KeptSource } from '@app/core';
import type { JobData } from '@app/jobs';
import { askForRecording } from './ask-for-recording.js';
import type { StoredCandidate } from './intent-candidates.js';

const NUMB = { provider: 'musicbrainz', providerId: 'mb-numb', title: 'Numb', artists: ['Linkin Park'] };
const LIVE = { provider: 'deezer', providerId: 'dz-live', title: 'Numb (Live)', artists: ['Linkin Park'] };
const FAILURES = [
  'https://youtu.be/a: duration 0:30 vs expected 3:07 (157 s short)',
  'https://youtu.be/b: yt-dlp failed (private)',
];

const stored = (payload: Record<string, unknown>, rank: number): StoredCandidate => ({
  id: `c${rank}`,
  stage: CandidateStage.Intent,
  index: rank,
  provider: String(payload['provider']),
  score: 0.9 - rank / 10,
  scoreParts: { title: 1 },
  reasons: [`reason ${rank}`],
  payload: { ...payload, label: `label ${rank}` },
});

const source = (id: string): KeptSource => ({
  provider: 'youtube',
  id,
  url: `https://youtu.be/${id}`,
  title: 'Numb',
  kind: 'song',
});
const CHOICE = { candidateId: 'c0', index: 0, stage: CandidateStage.Intent, payload: NUMB };

const acquisitionData: JobData = {
  list: { line: 3 },
  recording: NUMB,
  choice: CHOICE,
  sources: [source('a'), source('b')],
  sourceIndex: 1,
  sourceFailures: FAILURES.slice(0, 1),
  fallbacksUsed: 1,
  download: { filePath: '/tmp/x/download/b.webm', bytes: 1 },
};

describe('askForRecording', () => {
  it('re-offers the stored intent candidates in their order, each with what failed', () => {
    const outcome = askForRecording(
      acquisitionData,
      [stored(NUMB, 0), stored(LIVE, 1)],
      'No source passed the checks',
      FAILURES,
    );
    expect(outcome.next).toBe(JobState.UserIntentSelection);
    expect(outcome.reason).toBe(
      `No source passed the checks (${FAILURES.join(' | ')}); choose a recording to try instead, or the same one to try again`,
    );
    expect(outcome.candidates).toEqual([
      {
        stage: CandidateStage.Intent,
        provider: 'musicbrainz',
        score: 0.9,
        scoreParts: { title: 1 },
        reasons: ['reason 0', `tried already, every source failed: ${FAILURES.join(' | ')}`],
        payload: { ...NUMB, label: 'label 0' },
      },
      {
        stage: CandidateStage.Intent,
        provider: 'deezer',
        score: 0.8,
        scoreParts: { title: 1 },
        reasons: ['reason 1', `'Numb' by Linkin Park was tried and failed: ${FAILURES.join(' | ')}`],
        payload: { ...LIVE, label: 'label 1' },
      },
    ]);
  });

  it('drops what DOWNLOADING and EXTRACTING added, so the next search starts afresh', () => {
    const outcome = askForRecording(acquisitionData, [stored(NUMB, 0)], 'No source could be downloaded', FAILURES);
    expect(outcome.data).toEqual({
      list: { line: 3 },
      recording: NUMB,
      choice: CHOICE,
      acquisitionFailures: FAILURES,
    });
  });

  it('offers the recording that was tried when the job has no intent candidates', () => {
    const outcome = askForRecording({ recording: NUMB }, [], 'No source passed the checks', FAILURES);
    expect(outcome.candidates).toEqual([
      {
        stage: CandidateStage.Intent,
        provider: 'musicbrainz',
        score: 0,
        reasons: [`tried already, every source failed: ${FAILURES.join(' | ')}`, 'choose it to try again'],
        payload: { ...NUMB, label: "'Numb' by Linkin Park" },
      },
    ]);
  });

  it('offers the URL a request gave when there was no recording', () => {
    const url = 'https://www.youtube.com/watch?v=kXYiU_JCYtU';
    const outcome = askForRecording({ sourceUrl: url }, [], 'No source could be downloaded', [`${url}: gone`]);
    expect(outcome.candidates?.[0]).toMatchObject({
      provider: 'url',
      payload: { provider: 'url', providerId: url, title: url, url, label: url },
    });
    expect(outcome.data).toEqual({ sourceUrl: url, acquisitionFailures: [`${url}: gone`] });
  });

  it('names a provider SEARCHING could not ask by its name and message, and keeps the failures as they were', () => {
    const failures = [
      { provider: 'youtube-music', message: 'HTTP 503' },
      'https://youtu.be/b: yt-dlp failed (private)',
    ];
    const outcome = askForRecording({ recording: NUMB }, [], 'No source could be downloaded', failures);
    expect(outcome.reason).toBe(
      'No source could be downloaded (youtube-music: HTTP 503 | https://youtu.be/b: yt-dlp failed (private)); ' +
        'choose a recording to try instead, or the same one to try again',
    );
    expect(outcome.data?.acquisitionFailures).toEqual(failures);
  });
});

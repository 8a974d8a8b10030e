import { CandidateStage } from '@app/contracts';
import type { JobData } from '@app/jobs';
import { chosenTorrent } from './chosen-torrent.js';
import type { OfferedRelease } from './release-offer.js';

const OFFERED: OfferedRelease = {
  guid: 'https://tracker.example/t/1',
  title: 'Elsa Marrow - Low Tide Songs (2016) [FLAC]',
  indexerId: 'i1',
  indexer: 'Jackett',
  quality: 'FLAC',
  magnetUrl: 'magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567',
  seeders: 9,
  sizeBytes: 31_457_280,
};
const chose = (stage: CandidateStage, torrent: unknown): JobData => ({
  choice: { candidateId: 'c1', index: 0, stage, payload: { releaseId: 'rel-1', torrent } },
});

describe('chosenTorrent', () => {
  it('gives the release a person chose as the candidate offered it', () => {
    expect(chosenTorrent(chose(CandidateStage.Intent, OFFERED))).toEqual(OFFERED);
  });

  it.each<[string, JobData]>([
    ['nobody chose', {}],
    ['a MusicBrainz release was chosen, not a torrent', chose(CandidateStage.Intent, undefined)],
    ['the choice was metadata', chose(CandidateStage.Metadata, OFFERED)],
    ['the quality is not one TrueTrack knows', chose(CandidateStage.Intent, { ...OFFERED, quality: 'FLAC 96kHz' })],
    ['the title is missing', chose(CandidateStage.Intent, { ...OFFERED, title: undefined })],
    ['the seeders are text', chose(CandidateStage.Intent, { ...OFFERED, seeders: '9' })],
    ['the magnet link is not text', chose(CandidateStage.Intent, { ...OFFERED, magnetUrl: 1 })],
  ])('is undefined when %s', (_name, data) => {
    expect(chosenTorrent(data)).toBeUndefined();
  });
});

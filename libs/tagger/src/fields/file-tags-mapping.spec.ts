import type { TrackMetadata } from '@app/contracts';
import type { FileTags } from '../file-tags.js';
import { fromTagValues, plainFromSynced, toTagValues } from './file-tags-mapping.js';

const TEEN_SPIRIT: TrackMetadata = {
  title: 'Smells Like Teen Spirit',
  artists: ['Nirvana'],
  album: 'Nevermind',
  albumArtists: ['Nirvana'],
  releaseDate: '1991-09-24',
  trackNumber: 1,
  trackTotal: 13,
  isrc: 'USGF19942501',
  musicbrainz: {
    recordingId: '5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
    releaseId: '006cb56d-6eff-4b7d-853f-ecd2db97f3b2',
    artistIds: ['5b11f4ce-a62d-471e-81fc-a69a8278c7da'],
  },
  source: 'musicbrainz',
};

describe('toTagValues', () => {
  it('writes the artists joined with "; " as the display artist when no credit is known', () => {
    const values = toTagValues({ metadata: { ...TEEN_SPIRIT, artists: ['Jay-Z', 'Linkin Park'] } });
    expect(values.text.artist).toEqual(['Jay-Z; Linkin Park']);
    expect(values.text.artists).toEqual(['Jay-Z', 'Linkin Park']);
  });

  it('writes the credit as given when there is one', () => {
    const metadata = { ...TEEN_SPIRIT, artists: ['Jay-Z', 'Linkin Park'], artistCredit: 'Jay-Z & Linkin Park' };
    expect(toTagValues({ metadata }).text.artist).toEqual(['Jay-Z & Linkin Park']);
  });

  it('leaves out what is unknown or blank, and "not a compilation"', () => {
    const values = toTagValues({ metadata: { ...TEEN_SPIRIT, label: ' ', genres: [], compilation: false } });
    expect(values).toEqual({
      text: {
        title: ['Smells Like Teen Spirit'],
        artist: ['Nirvana'],
        artists: ['Nirvana'],
        albumArtist: ['Nirvana'],
        albumArtists: ['Nirvana'],
        album: ['Nevermind'],
        date: ['1991-09-24'],
        isrc: ['USGF19942501'],
        musicbrainzRecordingId: ['5fb524f1-8cc8-4c04-a921-e34c0a911ea7'],
        musicbrainzReleaseId: ['006cb56d-6eff-4b7d-853f-ecd2db97f3b2'],
        musicbrainzArtistId: ['5b11f4ce-a62d-471e-81fc-a69a8278c7da'],
      },
      track: { number: 1, total: 13 },
      disc: {},
    });
  });

  it('formats ReplayGain as readers expect it and skips a gain that is not finite', () => {
    const tags: FileTags = { metadata: TEEN_SPIRIT, replayGain: { trackGainDb: -6.52, trackPeak: 0.988553 } };
    expect(toTagValues(tags).text).toMatchObject({
      replayGainTrackGain: ['-6.52 dB'],
      replayGainTrackPeak: ['0.988553'],
    });
    const silent = toTagValues({ metadata: TEEN_SPIRIT, replayGain: { trackGainDb: Infinity, trackPeak: 0 } });
    expect(silent.text.replayGainTrackGain).toBeUndefined();
  });

  it('embeds the words of synced lyrics when no plain lyrics are known', () => {
    const metadata = { ...TEEN_SPIRIT, lyrics: { synced: '[00:25.10]Load up on guns\n[00:27.80]Bring your friends' } };
    expect(toTagValues({ metadata }).text.lyrics).toEqual(['Load up on guns\nBring your friends']);
  });
});

describe('fromTagValues', () => {
  it('gives back what toTagValues wrote', () => {
    const tags: FileTags = {
      metadata: { ...TEEN_SPIRIT, artists: ['Jay-Z', 'Linkin Park'], artistCredit: 'Jay-Z & Linkin Park' },
      replayGain: { trackGainDb: -8.1, trackPeak: 1 },
      sourceUrl: 'https://www.youtube.com/watch?v=hTWKbfoikeg',
    };
    expect(fromTagValues(toTagValues(tags))).toEqual({ ...tags, metadata: { ...tags.metadata, source: 'tags' } });
  });

  it('takes a file tagged elsewhere with only a display artist as one artist', () => {
    const tags = fromTagValues({ text: { title: ['Numb/Encore'], artist: ['Jay-Z / Linkin Park'] } });
    expect(tags.metadata).toEqual({
      title: 'Numb/Encore',
      artists: ['Jay-Z / Linkin Park'],
      musicbrainz: {},
      source: 'tags',
    });
  });

  it('reads a file without tags as an untitled track', () => {
    expect(fromTagValues({ text: {} })).toEqual({
      metadata: { title: '', artists: [], musicbrainz: {}, source: 'tags' },
    });
  });

  it('keeps ReplayGain only when gain and peak are both readable', () => {
    const values = { text: { replayGainTrackGain: ['-6.52 dB'], replayGainTrackPeak: ['n/a'] } };
    expect(fromTagValues(values).replayGain).toBeUndefined();
  });

  it('normalizes dates with a time of day (as iTunes writes them)', () => {
    expect(fromTagValues({ text: { date: ['1991-09-24T07:00:00Z'] } }).metadata.releaseDate).toBe('1991-09-24');
  });
});

describe('plainFromSynced', () => {
  it.each([
    ['[00:25.10]Load up on guns\n[00:27.80]Bring your friends', 'Load up on guns\nBring your friends'],
    ['[ar:Nirvana]\n[ti:Smells Like Teen Spirit]\n[00:25.10]Load up on guns', 'Load up on guns'],
    ['[00:25.10][01:40.00]Hello, hello', 'Hello, hello'],
    ['[00:25]Hello', 'Hello'],
  ])('%j -> %j', (synced, plain) => {
    expect(plainFromSynced(synced)).toBe(plain);
  });

  it('gives nothing for stamps without words', () => {
    expect(plainFromSynced('[ar:Nirvana]\n[00:25.10]\n')).toBeUndefined();
  });
});

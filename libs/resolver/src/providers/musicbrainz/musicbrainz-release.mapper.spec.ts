import { recordedJson } from '../../../test/support/recorded-responses.js';
import { findRecordingOnRelease, mapReleaseLookup } from './musicbrainz-release.mapper.js';
import type { MbReleaseLookup } from './musicbrainz.types.js';

const darkSide = () => mapReleaseLookup(recordedJson<MbReleaseLookup>('musicbrainz/picard_release.json'));

describe('mapReleaseLookup', () => {
  it('reads album artist, release group, label and genres of a full lookup', () => {
    const release = darkSide();
    expect(release).toMatchObject({
      id: 'b84ee12a-09ef-421b-82de-0441a926375b',
      title: 'The Dark Side of the Moon',
      date: '1973-03-24',
      status: 'Official',
      artistCredit: 'Pink Floyd',
      albumArtists: ['Pink Floyd'],
      albumArtistIds: ['83d91898-7763-47d7-b03b-b92132375c47'],
      releaseGroup: {
        id: 'f5093c06-23e3-404f-aeaa-40f72885ee3a',
        primaryType: 'Album',
        secondaryTypes: [],
        firstReleaseDate: '1973-03-24',
      },
      labels: ['Harvest'],
    });
    expect(release.genres.slice(0, 2)).toEqual(['genre1', 'genre2']);
  });

  it('lists every track with its release track id, printed number and recording', () => {
    const [side] = darkSide().media;
    expect(side?.tracks).toHaveLength(10);
    expect(side?.tracks[0]).toEqual({
      id: 'd4156411-b884-368f-a4cb-7c0101a557a2',
      position: 1,
      number: 'A1',
      title: 'Speak to Me',
      recordingId: 'bef3fddb-5aca-49f5-b2fd-d56a23268d63',
      durationMs: 68346,
      artists: ['Pink Floyd'],
      artistIds: ['83d91898-7763-47d7-b03b-b92132375c47'],
    });
  });

  it('reads a lookup made without artist credits or release group (inc=recordings only)', () => {
    const release = mapReleaseLookup(
      recordedJson<MbReleaseLookup>('musicbrainz/koel_release_lookup_aerosmith_with_recordings.json'),
    );
    expect(release.albumArtists).toEqual([]);
    expect(release.releaseGroup).toBeUndefined();
    expect(release.media.length).toBeGreaterThan(0);
    expect(release.media[0]?.tracks[0]?.recordingId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('findRecordingOnRelease', () => {
  it('gives the track with disc number and totals', () => {
    const found = findRecordingOnRelease(darkSide(), 'ecbc7c9b-e79d-4ec8-ac77-44e4a7f7f1b8');
    expect(found).toMatchObject({ discNumber: 1, trackTotal: 10, discTotal: 1 });
    expect(found?.track).toMatchObject({ position: 2, id: '7d5f0207-489b-3c93-9837-d8b754d5a821' });
  });

  it('is undefined for a recording not on the release', () => {
    expect(findRecordingOnRelease(darkSide(), '00000000-0000-0000-0000-000000000000')).toBeUndefined();
  });
});

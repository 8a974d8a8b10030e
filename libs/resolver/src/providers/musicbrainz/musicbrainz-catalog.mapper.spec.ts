import { mapArtist, mapArtistSearch, mapReleaseBrowse, mapReleaseGroupBrowse } from './musicbrainz-catalog.mapper.js';

// Shaped like MusicBrainz ws/2 answers for Rick Astley (artist db92a151-…); trimmed to the fields TrueTrack reads.
const RICK = {
  id: 'db92a151-1ac2-438b-bc43-b82e149ddd50',
  name: 'Rick Astley',
  'sort-name': 'Astley, Rick',
  type: 'Person',
  disambiguation: '',
  country: 'GB',
  'life-span': { begin: '1966-02-06', end: null, ended: false },
};

describe('mapArtist', () => {
  it('reads name, sort name, type and country of a lookup', () => {
    expect(mapArtist(RICK)).toEqual({
      id: 'db92a151-1ac2-438b-bc43-b82e149ddd50',
      name: 'Rick Astley',
      sortName: 'Astley, Rick',
      type: 'Person',
      country: 'GB',
      ended: false,
    });
  });

  it('falls back to the name without a sort name and reads an ended life span', () => {
    expect(mapArtist({ id: 'x', name: 'Band', 'life-span': { ended: true } })).toEqual({
      id: 'x',
      name: 'Band',
      sortName: 'Band',
      ended: true,
    });
  });
});

describe('mapArtistSearch', () => {
  it('turns the 0-100 score into 0..1', () => {
    const found = mapArtistSearch({ count: 1, artists: [{ ...RICK, score: 100 }] });
    expect(found).toHaveLength(1);
    expect(found[0]?.score).toBe(1);
    expect(mapArtistSearch({ count: 0, artists: null })).toEqual([]);
  });
});

describe('mapReleaseGroupBrowse', () => {
  it('lists each group with its types and first release date', () => {
    const groups = mapReleaseGroupBrowse({
      'release-group-count': 2,
      'release-group-offset': 0,
      'release-groups': [
        {
          id: '13e8a5d4-4b47-3a8d-9a44-8b2f36c46a5b',
          title: 'Whenever You Need Somebody',
          'primary-type': 'Album',
          'secondary-types': [],
          'first-release-date': '1987-11-12',
          disambiguation: '',
        },
        { id: 'g2', title: 'Live at the Roundhouse', 'primary-type': 'Album', 'secondary-types': ['Live'] },
      ],
    });
    expect(groups).toEqual([
      {
        id: '13e8a5d4-4b47-3a8d-9a44-8b2f36c46a5b',
        title: 'Whenever You Need Somebody',
        primaryType: 'Album',
        secondaryTypes: [],
        firstReleaseDate: '1987-11-12',
      },
      { id: 'g2', title: 'Live at the Roundhouse', primaryType: 'Album', secondaryTypes: ['Live'] },
    ]);
  });
});

describe('mapReleaseBrowse', () => {
  it('maps every release like a lookup, tracks included', () => {
    const [release] = mapReleaseBrowse({
      'release-count': 1,
      releases: [
        {
          id: 'bf9e91ea-8029-4a04-a26a-224e00a83266',
          title: 'Whenever You Need Somebody',
          status: 'Official',
          date: '1987-11-12',
          country: 'GB',
          'artist-credit': [{ name: 'Rick Astley', joinphrase: '', artist: { id: RICK.id, name: 'Rick Astley' } }],
          media: [
            {
              position: 1,
              format: 'CD',
              tracks: [
                {
                  id: 't1',
                  number: '1',
                  position: 1,
                  title: 'Never Gonna Give You Up',
                  length: 213000,
                  recording: { id: 'r1', title: 'Never Gonna Give You Up', length: 213000 },
                },
              ],
            },
          ],
        },
      ],
    });
    expect(release).toMatchObject({ id: 'bf9e91ea-8029-4a04-a26a-224e00a83266', status: 'Official', country: 'GB' });
    expect(release?.media[0]).toMatchObject({ position: 1, format: 'CD' });
    expect(release?.media[0]?.tracks[0]).toMatchObject({ recordingId: 'r1', position: 1, durationMs: 213000 });
  });
});

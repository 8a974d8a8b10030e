import type { TrackMetadata } from '@app/contracts';
import { recordedJson } from '../../test/support/recorded-responses.js';
import { mapReleaseLookup } from '../providers/musicbrainz/musicbrainz-release.mapper.js';
import type { MbReleaseLookup } from '../providers/musicbrainz/musicbrainz.types.js';
import { withReleaseDetails } from './release-details.js';

const raw = () => recordedJson<MbReleaseLookup>('musicbrainz/picard_release.json');
const BREATHE: TrackMetadata = {
  title: 'Breathe',
  artists: ['Pink Floyd'],
  musicbrainz: {
    recordingId: 'ecbc7c9b-e79d-4ec8-ac77-44e4a7f7f1b8',
    artistIds: ['83d91898-7763-47d7-b03b-b92132375c47'],
  },
  source: 'musicbrainz',
};

describe('withReleaseDetails', () => {
  it('adds album artist, placement with totals, release track id, label, genres and original date', () => {
    const metadata = withReleaseDetails(BREATHE, mapReleaseLookup(raw()));
    expect(metadata).toMatchObject({
      album: 'The Dark Side of the Moon',
      albumArtists: ['Pink Floyd'],
      releaseDate: '1973-03-24',
      originalDate: '1973-03-24',
      trackNumber: 2,
      trackTotal: 10,
      discNumber: 1,
      discTotal: 1,
      label: 'Harvest',
      releaseType: 'Album',
      musicbrainz: {
        recordingId: 'ecbc7c9b-e79d-4ec8-ac77-44e4a7f7f1b8',
        releaseTrackId: '7d5f0207-489b-3c93-9837-d8b754d5a821',
        releaseId: 'b84ee12a-09ef-421b-82de-0441a926375b',
        releaseGroupId: 'f5093c06-23e3-404f-aeaa-40f72885ee3a',
        albumArtistIds: ['83d91898-7763-47d7-b03b-b92132375c47'],
      },
    });
    expect(metadata.compilation).toBeUndefined();
  });

  it('marks a compilation release group, and a Various Artists release, as a compilation', () => {
    const body = raw();
    const compiled = mapReleaseLookup({
      ...body,
      'release-group': { ...body['release-group']!, 'secondary-types': ['Compilation'] },
    });
    expect(withReleaseDetails(BREATHE, compiled)).toMatchObject({ compilation: true, releaseType: 'Compilation' });
    const various = mapReleaseLookup({
      ...body,
      'artist-credit': [
        { name: 'Various Artists', artist: { id: '89ad4ac3-39f7-470e-963a-56509c546377', name: 'Various Artists' } },
      ],
    });
    expect(withReleaseDetails(BREATHE, various).compilation).toBe(true);
  });

  it('keeps the track facts it had when the recording is not on the release', () => {
    const metadata = withReleaseDetails(
      { ...BREATHE, trackNumber: 7, musicbrainz: { recordingId: '00000000-0000-0000-0000-000000000000' } },
      mapReleaseLookup(raw()),
    );
    expect(metadata.trackNumber).toBe(7);
    expect(metadata.musicbrainz.releaseTrackId).toBeUndefined();
  });
});

import { ID3_FIELDS, MP4_FIELDS, splitFreeform, VORBIS_FIELDS } from './field-names.js';
import { TEXT_FIELDS } from './tag-values.js';

describe('field names', () => {
  it.each([
    ['Vorbis', VORBIS_FIELDS],
    ['ID3v2', ID3_FIELDS],
    ['MP4', MP4_FIELDS],
  ])('%s names every field once', (_format, table) => {
    expect(Object.keys(table).sort()).toEqual([...TEXT_FIELDS].sort());
    expect(new Set(Object.values(table)).size).toBe(TEXT_FIELDS.length);
  });

  it.each<[keyof typeof VORBIS_FIELDS, string, string, string]>([
    [
      'musicbrainzRecordingId',
      'MUSICBRAINZ_TRACKID',
      'UFID:http://musicbrainz.org',
      '----:com.apple.iTunes:MusicBrainz Track Id',
    ],
    [
      'musicbrainzReleaseTrackId',
      'MUSICBRAINZ_RELEASETRACKID',
      'TXXX:MusicBrainz Release Track Id',
      '----:com.apple.iTunes:MusicBrainz Release Track Id',
    ],
    [
      'musicbrainzReleaseId',
      'MUSICBRAINZ_ALBUMID',
      'TXXX:MusicBrainz Album Id',
      '----:com.apple.iTunes:MusicBrainz Album Id',
    ],
    [
      'musicbrainzArtistId',
      'MUSICBRAINZ_ARTISTID',
      'TXXX:MusicBrainz Artist Id',
      '----:com.apple.iTunes:MusicBrainz Artist Id',
    ],
    ['artists', 'ARTISTS', 'TXXX:ARTISTS', '----:com.apple.iTunes:ARTISTS'],
    ['originalDate', 'ORIGINALDATE', 'TDOR', '----:com.apple.iTunes:ORIGINALDATE'],
    ['label', 'LABEL', 'TPUB', '----:com.apple.iTunes:LABEL'],
    ['isrc', 'ISRC', 'TSRC', '----:com.apple.iTunes:ISRC'],
    [
      'replayGainTrackGain',
      'REPLAYGAIN_TRACK_GAIN',
      'TXXX:REPLAYGAIN_TRACK_GAIN',
      '----:com.apple.iTunes:REPLAYGAIN_TRACK_GAIN',
    ],
    ['lyrics', 'LYRICS', 'USLT', '©lyr'],
    ['sourceUrl', 'WWWAUDIOSOURCE', 'WOAS', '----:com.apple.iTunes:WWWAUDIOSOURCE'],
  ])('%s is %s / %s / %s as Picard names it', (field, vorbis, id3, mp4) => {
    expect([VORBIS_FIELDS[field], ID3_FIELDS[field], MP4_FIELDS[field]]).toEqual([vorbis, id3, mp4]);
  });

  it('splits freeform MP4 keys into mean and name', () => {
    expect(splitFreeform('----:com.apple.iTunes:MusicBrainz Track Id')).toEqual({
      mean: 'com.apple.iTunes',
      name: 'MusicBrainz Track Id',
    });
    expect(splitFreeform('©nam')).toBeUndefined();
  });
});

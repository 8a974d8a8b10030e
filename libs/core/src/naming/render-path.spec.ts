import type { TrackMetadata } from '@app/contracts';
import { ValidationError } from '../errors/index.js';
import { renderPath } from './render-path.js';

const ALBUM = '{Album Artist}/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Track Title}';
const SINGLE = '{Artist}/Singles/{Artist} - {Track Title}';
const COMPILATION = 'Compilations/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Artist} - {Track Title}';

const numb: TrackMetadata = {
  title: 'Numb',
  artists: ['Linkin Park'],
  album: 'Meteora',
  albumArtists: ['Linkin Park'],
  releaseDate: '2003-03-25',
  trackNumber: 13,
  trackTotal: 13,
  discNumber: 1,
  discTotal: 1,
  genres: ['Nu Metal'],
  isrc: 'USWB10300474',
  label: 'Warner Bros. Records',
  releaseType: 'Album',
  musicbrainz: { recordingId: '3e8b6a5f-4c9a-4d6b-9a1e-0f2f1c2d3e4f' },
  source: 'musicbrainz',
};

const track = (overrides: Partial<TrackMetadata>): TrackMetadata => ({ ...numb, ...overrides });

describe('renderPath with the default templates', () => {
  it.each<[string, string, TrackMetadata, string, string]>([
    ['an album track', ALBUM, numb, 'flac', 'Linkin Park/Meteora (2003)/13 - Numb.flac'],
    [
      'a track of a double album',
      ALBUM,
      track({
        title: 'Birthday',
        artists: ['The Beatles'],
        albumArtists: ['The Beatles'],
        album: 'The Beatles',
        releaseDate: '1968-11-22',
        discNumber: 2,
        discTotal: 2,
        trackNumber: 1,
      }),
      'mp3',
      'The Beatles/The Beatles (1968)/2-01 - Birthday.mp3',
    ],
    [
      'disc 2 of a release whose disc count is unknown',
      ALBUM,
      track({ discNumber: 2, discTotal: undefined, trackNumber: 4 }),
      'flac',
      'Linkin Park/Meteora (2003)/2-04 - Numb.flac',
    ],
    [
      'a single with a featured artist',
      SINGLE,
      track({
        title: 'Get Lucky',
        artists: ['Daft Punk', 'Pharrell Williams'],
        artistCredit: 'Daft Punk feat. Pharrell Williams',
        album: undefined,
      }),
      'm4a',
      'Daft Punk feat. Pharrell Williams/Singles/Daft Punk feat. Pharrell Williams - Get Lucky.m4a',
    ],
    [
      'a single without a credit string',
      SINGLE,
      track({ title: 'Señorita', artists: ['Shawn Mendes', 'Camila Cabello'], album: undefined }),
      'opus',
      'Shawn Mendes; Camila Cabello/Singles/Shawn Mendes; Camila Cabello - Señorita.opus',
    ],
    [
      'a compilation track',
      COMPILATION,
      track({
        title: "Can't Get You Out of My Head",
        artists: ['Kylie Minogue'],
        albumArtists: ['Various Artists'],
        album: "Now That's What I Call Music! 50",
        releaseDate: '2001-11-19',
        discNumber: 1,
        discTotal: 2,
        trackNumber: 3,
        compilation: true,
      }),
      'mp3',
      "Compilations/Now That's What I Call Music! 50 (2001)/1-03 - Kylie Minogue - Can't Get You Out of My Head.mp3",
    ],
  ])('%s', (_case, template, metadata, extension, expected) => {
    expect(renderPath(template, metadata, extension)).toBe(expected);
  });
});

describe('renderPath with missing values', () => {
  it.each<[string, string, Partial<TrackMetadata>, string]>([
    ['no year: the parentheses go too', ALBUM, { releaseDate: undefined }, 'Linkin Park/Meteora/13 - Numb.flac'],
    ['a date without year digits', ALBUM, { releaseDate: 'unknown' }, 'Linkin Park/Meteora/13 - Numb.flac'],
    [
      'no year in brackets',
      '{Artist}/{Album Title} [{Release Year}]/{Track Title}',
      { releaseDate: '' },
      'Linkin Park/Meteora/Numb.flac',
    ],
    [
      'no track number: the separator goes too',
      ALBUM,
      { trackNumber: undefined },
      'Linkin Park/Meteora (2003)/Numb.flac',
    ],
    [
      'no track number after a dot',
      '{Artist}/{track:00}. {Track Title}',
      { trackNumber: undefined },
      'Linkin Park/Numb.flac',
    ],
    ['no artist at all', ALBUM, { artists: [], albumArtists: [] }, 'Unknown Artist/Meteora (2003)/13 - Numb.flac'],
    [
      'blank artists',
      SINGLE,
      { artists: ['  '], artistCredit: ' ' },
      'Unknown Artist/Singles/Unknown Artist - Numb.flac',
    ],
    [
      'no album artist: the track artist',
      ALBUM,
      { albumArtists: undefined },
      'Linkin Park/Meteora (2003)/13 - Numb.flac',
    ],
    ['no album', ALBUM, { album: undefined }, 'Linkin Park/Unknown Album (2003)/13 - Numb.flac'],
    ['no title', ALBUM, { title: '' }, 'Linkin Park/Meteora (2003)/13 - Unknown Title.flac'],
    ['no genre', '{Genre}/{Artist}/{Track Title}', { genres: [] }, 'Unknown Genre/Linkin Park/Numb.flac'],
    [
      'no release type: the folder goes',
      '{Release Type}/{Artist}/{Track Title}',
      { releaseType: undefined },
      'Linkin Park/Numb.flac',
    ],
    ['no ISRC between separators', '{Artist} - {ISRC} - {Track Title}', { isrc: undefined }, 'Linkin Park - Numb.flac'],
    ['no label at the end', '{Artist}/{Track Title} - {Label}', { label: undefined }, 'Linkin Park/Numb.flac'],
    ['no label in brackets', '{Artist}/{Track Title} [{Label}]', { label: '' }, 'Linkin Park/Numb.flac'],
    ['no recording id', '{Track Title} ({MusicBrainz Recording Id})', { musicbrainz: {} }, 'Numb.flac'],
  ])('%s', (_case, template, overrides, expected) => {
    expect(renderPath(template, track(overrides), 'flac')).toBe(expected);
  });
});

describe('renderPath tokens', () => {
  it.each<[string, string]>([
    ['{Artist Name} {Album Artist} {Album Title}', 'Linkin Park Linkin Park Meteora'],
    ['{track:0} {track:00} {track:000}', '13 13 013'],
    ['{Medium} {medium:0} {medium:00} {Medium Total} {Track Total}', '1 1 01 1 13'],
    ['{Medium Prefix}{track:00}', '13'],
    ['{Release Year} {Original Year}', '2003 2003'],
    ['{Genre} {Label} {ISRC} {Release Type}', 'Nu Metal Warner Bros. Records USWB10300474 Album'],
    ['{MusicBrainz Recording Id}', '3e8b6a5f-4c9a-4d6b-9a1e-0f2f1c2d3e4f'],
    ['{ARTIST} - {track title}', 'Linkin Park - Numb'],
  ])('%s', (tokens, expected) => {
    expect(renderPath(`${tokens} {Track Title}`, numb, '')).toBe(`${expected} Numb`);
  });

  it('uses the original year when there is one', () => {
    const remaster = track({ releaseDate: '2013-05-01', originalDate: '2003-03-25' });
    expect(renderPath('{Original Year}/{Release Year} {Track Title}', remaster, 'flac')).toBe('2003/2013 Numb.flac');
  });

  it('keeps only letters and digits of the extension, in lower case', () => {
    expect(renderPath('{Track Title}', numb, '.FLAC')).toBe('Numb.flac');
    expect(renderPath('{Track Title}', numb, '/../sh')).toBe('Numb.sh');
  });
});

describe('renderPath values', () => {
  it.each<[string, Partial<TrackMetadata>, string]>([
    [
      'a slash in the artist',
      { albumArtists: ['AC/DC'], album: 'Back in Black', releaseDate: '1980' },
      'AC-DC/Back in Black (1980)/13 - Numb.flac',
    ],
    [
      'a colon in the title',
      { title: 'Requiem: II. Dies Irae' },
      'Linkin Park/Meteora (2003)/13 - Requiem - II. Dies Irae.flac',
    ],
    ['a question mark', { title: "What's Going On?" }, "Linkin Park/Meteora (2003)/13 - What's Going On.flac"],
    ['double quotes', { title: 'The "Hits"' }, "Linkin Park/Meteora (2003)/13 - The 'Hits'.flac"],
    ['an album ending with dots', { album: 'Pink Moon...' }, 'Linkin Park/Pink Moon... (2003)/13 - Numb.flac'],
    ['a title ending with dots', { title: 'And Then...' }, 'Linkin Park/Meteora (2003)/13 - And Then.flac'],
    ['decomposed accents', { albumArtists: ['Beyonce\u0301'] }, 'Beyonc\u00e9/Meteora (2003)/13 - Numb.flac'],
  ])('%s', (_case, overrides, expected) => {
    expect(renderPath(ALBUM, track(overrides), 'flac')).toBe(expected);
  });
});

describe('renderPath with an invalid template', () => {
  it('throws a ValidationError naming the template and every problem', () => {
    let error: unknown;
    try {
      renderPath('{Album Title}/../{Bad}/{Track Title}', numb, 'flac');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      field: 'template',
      message:
        'template must not contain . or .. folders, which would leave or repeat a folder; has an unknown token {Bad}',
    });
  });
});

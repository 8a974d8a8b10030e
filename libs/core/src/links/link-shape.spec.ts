import { channelKind, isLink, isMediaFileLink, mayListEntries } from './link-shape.js';

describe('isLink', () => {
  it.each([
    ['https://soundcloud.com/artist/track', true],
    ['http://127.0.0.1:8080/Nova Tide - Paper Lanterns.m4a', false],
    ['http://127.0.0.1:8080/files/a.m4a', true],
    ['  https://example.org/a.mp3 ', true],
    ['numb linkin park', false],
    ['ftp://example.org/a.mp3', false],
  ])('%s → %s', (query, expected) => {
    expect(isLink(query)).toBe(expected);
  });
});

describe('channelKind', () => {
  it.each([
    ['https://www.youtube.com/@LinkinPark', 'a YouTube channel'],
    ['https://www.youtube.com/@LinkinPark/videos', 'a YouTube channel'],
    ['https://youtube.com/channel/UCZU9T1ceaOgwfLRq7OKFU4Q', 'a YouTube channel'],
    ['https://www.youtube.com/user/linkinparktv', 'a YouTube channel'],
    ['https://soundcloud.com/flumemusic', 'a SoundCloud profile'],
    ['https://soundcloud.com/flumemusic/tracks', 'a SoundCloud profile'],
    ['https://radiohead.bandcamp.com/', "a Bandcamp artist's page"],
    ['https://radiohead.bandcamp.com/music', "a Bandcamp artist's page"],
    ['https://www.mixcloud.com/NTSRadio/', 'a Mixcloud profile'],
    ['https://vimeo.com/channels/staffpicks', 'a Vimeo channel'],
  ])('%s is %s', (link, kind) => {
    expect(channelKind(link)).toBe(kind);
  });

  // Single items and sets: these are what people paste, and must never be refused as a channel.
  it.each([
    'https://www.youtube.com/watch?v=kXYiU_JCYtU',
    'https://www.youtube.com/playlist?list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI',
    'https://music.youtube.com/watch?v=kXYiU_JCYtU',
    'https://soundcloud.com/flumemusic/never-be-like-you',
    'https://soundcloud.com/flumemusic/sets/skin',
    'https://radiohead.bandcamp.com/album/in-rainbows',
    'https://radiohead.bandcamp.com/track/nude',
    'https://www.mixcloud.com/NTSRadio/floating-points-4th-january-2017/',
    'https://vimeo.com/76979871',
    'https://archive.org/details/gd1977-05-08.sbd',
    'http://127.0.0.1:4000/files/Nova%20Tide%20-%20Paper%20Lanterns.m4a',
    'not a url',
  ])('%s is no channel', (link) => {
    expect(channelKind(link)).toBeUndefined();
  });
});

describe('isMediaFileLink', () => {
  it.each([
    ['http://127.0.0.1:8080/files/Nova%20Tide%20-%20Paper%20Lanterns.m4a', true],
    ['https://archive.org/download/gd1977/gd77-05-08d1t01.flac', true],
    ['https://example.org/a.MP3?download=1', true],
    ['http://127.0.0.1:8080/files/mix.xspf', false],
    ['https://radiohead.bandcamp.com/album/in-rainbows', false],
    ['https://www.youtube.com/watch?v=kXYiU_JCYtU', false],
    ['not a link.mp3', false],
  ])('%s → %s', (link, expected) => {
    expect(isMediaFileLink(link)).toBe(expected);
  });
});

describe('mayListEntries', () => {
  it.each([
    'https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
    'https://music.youtube.com/playlist?list=OLAK5uy_kRn2vnqMHVxfQbD5GmLhHMZvwVvKyP5ni',
    'https://soundcloud.com/fkatwigs/sets/magdalene',
    'https://burial.bandcamp.com/album/untrue',
    'https://www.mixcloud.com/NTSRadio/playlists/late-night/',
    'https://vimeo.com/showcase/9876543',
    'https://archive.org/details/gd1977-05-08.sbd.hicks.4982.sbeok.shnf',
    'http://nas.example.com/mixes/friday.m3u8',
    'https://example.com/lists/best-of.XSPF',
  ])('%s may hold many entries', (link) => {
    expect(mayListEntries(link)).toBe(true);
  });

  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://soundcloud.com/fkatwigs/cellophane',
    'https://burial.bandcamp.com/track/archangel',
    'https://example.com/songs/Nova%20Tide%20-%20Paper%20Lanterns.m4a',
    'https://www.youtube.com/playlist',
    'not a link',
  ])('%s is one recording', (link) => {
    expect(mayListEntries(link)).toBe(false);
  });
});

import { type IAudioMetadata, parseFile } from 'music-metadata';
import { defined, pair, type TagFamily, type TagView } from './tag-view.js';

export { parseFile as parseWithMusicMetadata };

/** Native keys for what music-metadata's common tags leave out (album artists, source URL) or mangle (lyrics). */
const NATIVE: Record<TagFamily, { albumArtists: string; lyrics: string; sourceUrl: string }> = {
  id3: { albumArtists: 'TXXX:ALBUMARTISTS', lyrics: 'USLT', sourceUrl: 'WOAS' },
  mp4: {
    albumArtists: '----:com.apple.iTunes:ALBUMARTISTS',
    lyrics: '©lyr',
    sourceUrl: '----:com.apple.iTunes:WWWAUDIOSOURCE',
  },
  vorbis: { albumArtists: 'ALBUMARTISTS', lyrics: 'LYRICS', sourceUrl: 'WWWAUDIOSOURCE' },
};

export function musicMetadataView(meta: IAudioMetadata, family: TagFamily): TagView {
  const c = meta.common;
  const native = Object.values(meta.native).flat();
  const values = (id: string) => native.filter((tag) => tag.id === id).map((tag) => textOf(tag.value));
  const keys = NATIVE[family];
  const one = <T>(list: T[] | undefined) => list?.[0];
  return defined({
    title: c.title,
    artist: c.artist,
    artists: c.artists,
    albumArtist: c.albumartist,
    albumArtists: nonEmpty(values(keys.albumArtists)),
    album: c.album,
    date: c.date ?? (c.year === undefined ? undefined : String(c.year)),
    originalDate: c.originaldate ?? (c.originalyear === undefined ? undefined : String(c.originalyear)),
    track: pair(c.track.no, c.track.of),
    disc: pair(c.disk.no, c.disk.of),
    genres: c.genre,
    isrc: one(c.isrc),
    label: one(c.label),
    releaseType: one(c.releasetype),
    compilation: c.compilation,
    recordingId: c.musicbrainz_recordingid,
    releaseTrackId: c.musicbrainz_trackid,
    releaseId: c.musicbrainz_albumid,
    releaseGroupId: c.musicbrainz_releasegroupid,
    artistIds: c.musicbrainz_artistid,
    albumArtistIds: c.musicbrainz_albumartistid,
    trackGain: c.replaygain_track_gain && `${c.replaygain_track_gain.dB.toFixed(2)} dB`,
    trackPeak: c.replaygain_track_peak?.ratio?.toFixed(6),
    lyrics: one(values(keys.lyrics)),
    sourceUrl: one(values(keys.sourceUrl)),
  });
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const lyrics = value as { text?: string } | null;
  return lyrics?.text ?? JSON.stringify(value);
}

function nonEmpty(list: string[]): string[] | undefined {
  return list.length ? list : undefined;
}

import { ProcessRunner } from '@app/platform';
import { defined, pair, type TagFamily, type TagView } from './tag-view.js';

export interface FfprobeStream {
  codec_name: string;
  codec_type: string;
  duration?: string;
  sample_rate?: string;
  channels?: number;
  width?: number;
  height?: number;
  disposition?: { attached_pic?: number };
  tags?: Record<string, string>;
}

export interface FfprobeResult {
  format: { duration?: string; tags?: Record<string, string> };
  streams: FfprobeStream[];
}

export async function ffprobe(file: string): Promise<FfprobeResult> {
  const args = ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file];
  return JSON.parse((await new ProcessRunner().run('ffprobe', args)).stdout) as FfprobeResult;
}

/** ffprobe's names for each field: its generic keys where it maps a native one, else the native key. */
const KEYS: Record<TagFamily, Partial<Record<keyof TagView, string>>> = {
  id3: {
    title: 'title',
    artist: 'artist',
    artists: 'ARTISTS',
    albumArtist: 'album_artist',
    albumArtists: 'ALBUMARTISTS',
    album: 'album',
    date: 'date',
    genres: 'genre',
    isrc: 'TSRC',
    label: 'publisher',
    releaseType: 'MusicBrainz Album Type',
    releaseTrackId: 'MusicBrainz Release Track Id',
    releaseId: 'MusicBrainz Album Id',
    releaseGroupId: 'MusicBrainz Release Group Id',
    artistIds: 'MusicBrainz Artist Id',
    albumArtistIds: 'MusicBrainz Album Artist Id',
    trackGain: 'REPLAYGAIN_TRACK_GAIN',
    trackPeak: 'REPLAYGAIN_TRACK_PEAK',
    lyrics: 'lyrics-XXX',
  },
  mp4: {
    title: 'title',
    artist: 'artist',
    artists: 'ARTISTS',
    albumArtist: 'album_artist',
    albumArtists: 'ALBUMARTISTS',
    album: 'album',
    date: 'date',
    originalDate: 'ORIGINALDATE',
    genres: 'genre',
    isrc: 'ISRC',
    label: 'LABEL',
    releaseType: 'MusicBrainz Album Type',
    recordingId: 'MusicBrainz Track Id',
    releaseTrackId: 'MusicBrainz Release Track Id',
    releaseId: 'MusicBrainz Album Id',
    releaseGroupId: 'MusicBrainz Release Group Id',
    artistIds: 'MusicBrainz Artist Id',
    albumArtistIds: 'MusicBrainz Album Artist Id',
    trackGain: 'REPLAYGAIN_TRACK_GAIN',
    trackPeak: 'REPLAYGAIN_TRACK_PEAK',
    lyrics: 'lyrics',
    sourceUrl: 'WWWAUDIOSOURCE',
  },
  vorbis: {
    title: 'TITLE',
    artist: 'ARTIST',
    artists: 'ARTISTS',
    albumArtist: 'album_artist',
    albumArtists: 'ALBUMARTISTS',
    album: 'ALBUM',
    date: 'DATE',
    originalDate: 'ORIGINALDATE',
    genres: 'GENRE',
    isrc: 'ISRC',
    label: 'LABEL',
    releaseType: 'RELEASETYPE',
    recordingId: 'MUSICBRAINZ_TRACKID',
    releaseTrackId: 'MUSICBRAINZ_RELEASETRACKID',
    releaseId: 'MUSICBRAINZ_ALBUMID',
    releaseGroupId: 'MUSICBRAINZ_RELEASEGROUPID',
    artistIds: 'MUSICBRAINZ_ARTISTID',
    albumArtistIds: 'MUSICBRAINZ_ALBUMARTISTID',
    trackGain: 'REPLAYGAIN_TRACK_GAIN',
    trackPeak: 'REPLAYGAIN_TRACK_PEAK',
    lyrics: 'LYRICS',
    sourceUrl: 'WWWAUDIOSOURCE',
  },
};

const LISTS = new Set<keyof TagView>(['artists', 'albumArtists', 'genres', 'artistIds', 'albumArtistIds']);

/** ffprobe shows one string per key: Vorbis lists joined with `;`, ID3 and MP4 lists as one of their values. */
export function ffprobeView(result: FfprobeResult, family: TagFamily): TagView {
  const tags = new Map<string, string>();
  for (const source of [result.format.tags, ...result.streams.map((s) => s.tags)]) {
    for (const [key, value] of Object.entries(source ?? {})) tags.set(key.toLowerCase(), value);
  }
  const get = (key: string | undefined) => (key === undefined ? undefined : tags.get(key.toLowerCase()));
  const view: TagView = {};
  for (const [field, key] of Object.entries(KEYS[family]) as [keyof TagView, string][]) {
    const value = get(key);
    if (value === undefined) continue;
    Object.assign(view, { [field]: LISTS.has(field) ? value.split(';') : value });
  }
  const total = (key: string) => (family === 'vorbis' ? get(key) : undefined);
  return defined({
    ...view,
    originalDate: view.originalDate ?? get('TDOR') ?? get('TORY'),
    track: pair(get('track'), total('TRACKTOTAL')),
    disc: pair(get('disc'), total('DISCTOTAL')),
    compilation: get('compilation') === '1' ? true : undefined,
  });
}

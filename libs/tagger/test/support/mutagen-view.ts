import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProcessRunner } from '@app/platform';
import { defined, type TagFamily, type TagView } from './tag-view.js';

export interface MutagenResult {
  items: Record<string, string[]>;
  pictures: { type: number; mime: string; bytes: number; sha1: string }[];
  stream: { kind: string; length: number; sample_rate: number | null; channels: number | null };
  id3_version?: string;
  id3v1?: boolean;
  ape?: boolean;
}

/** The system Python carries mutagen; a `python3` earlier on PATH may not. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'mutagen-tags.py');

export async function readWithMutagen(file: string): Promise<MutagenResult> {
  return JSON.parse((await new ProcessRunner().run(PYTHON, [SCRIPT, file])).stdout) as MutagenResult;
}

/** Mutagen's keys: ID3 HashKeys (`TXXX:desc`, `UFID:owner`, `USLT::lang`), MP4 atoms, Vorbis keys. */
const KEYS: Record<TagFamily, Record<Exclude<keyof TagView, 'track' | 'disc' | 'compilation'>, string>> = {
  id3: {
    title: 'TIT2',
    artist: 'TPE1',
    artists: 'TXXX:ARTISTS',
    albumArtist: 'TPE2',
    albumArtists: 'TXXX:ALBUMARTISTS',
    album: 'TALB',
    date: 'TDRC',
    originalDate: 'TDOR',
    genres: 'TCON',
    isrc: 'TSRC',
    label: 'TPUB',
    releaseType: 'TXXX:MusicBrainz Album Type',
    recordingId: 'UFID:http://musicbrainz.org',
    releaseTrackId: 'TXXX:MusicBrainz Release Track Id',
    releaseId: 'TXXX:MusicBrainz Album Id',
    releaseGroupId: 'TXXX:MusicBrainz Release Group Id',
    artistIds: 'TXXX:MusicBrainz Artist Id',
    albumArtistIds: 'TXXX:MusicBrainz Album Artist Id',
    trackGain: 'TXXX:REPLAYGAIN_TRACK_GAIN',
    trackPeak: 'TXXX:REPLAYGAIN_TRACK_PEAK',
    lyrics: 'USLT::XXX',
    sourceUrl: 'WOAS',
  },
  mp4: {
    title: '©nam',
    artist: '©ART',
    artists: '----:com.apple.iTunes:ARTISTS',
    albumArtist: 'aART',
    albumArtists: '----:com.apple.iTunes:ALBUMARTISTS',
    album: '©alb',
    date: '©day',
    originalDate: '----:com.apple.iTunes:ORIGINALDATE',
    genres: '©gen',
    isrc: '----:com.apple.iTunes:ISRC',
    label: '----:com.apple.iTunes:LABEL',
    releaseType: '----:com.apple.iTunes:MusicBrainz Album Type',
    recordingId: '----:com.apple.iTunes:MusicBrainz Track Id',
    releaseTrackId: '----:com.apple.iTunes:MusicBrainz Release Track Id',
    releaseId: '----:com.apple.iTunes:MusicBrainz Album Id',
    releaseGroupId: '----:com.apple.iTunes:MusicBrainz Release Group Id',
    artistIds: '----:com.apple.iTunes:MusicBrainz Artist Id',
    albumArtistIds: '----:com.apple.iTunes:MusicBrainz Album Artist Id',
    trackGain: '----:com.apple.iTunes:REPLAYGAIN_TRACK_GAIN',
    trackPeak: '----:com.apple.iTunes:REPLAYGAIN_TRACK_PEAK',
    lyrics: '©lyr',
    sourceUrl: '----:com.apple.iTunes:WWWAUDIOSOURCE',
  },
  vorbis: {
    title: 'TITLE',
    artist: 'ARTIST',
    artists: 'ARTISTS',
    albumArtist: 'ALBUMARTIST',
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

const NUMBERS: Record<TagFamily, { track: string; disc: string; compilation: string }> = {
  id3: { track: 'TRCK', disc: 'TPOS', compilation: 'TCMP' },
  mp4: { track: 'trkn', disc: 'disk', compilation: 'cpil' },
  vorbis: { track: 'TRACKNUMBER', disc: 'DISCNUMBER', compilation: 'COMPILATION' },
};

const LISTS = new Set<keyof TagView>(['artists', 'albumArtists', 'genres', 'artistIds', 'albumArtistIds']);

/** Every native key the view reads, for checking that a file holds exactly these and nothing else. */
export function nativeKeys(family: TagFamily): string[] {
  const extra = family === 'vorbis' ? ['TRACKTOTAL', 'DISCTOTAL'] : [];
  return [...Object.values(KEYS[family]), ...Object.values(NUMBERS[family]), ...extra];
}

export function mutagenView(result: MutagenResult, family: TagFamily): TagView {
  const items = result.items;
  const view: TagView = {};
  for (const [field, key] of Object.entries(KEYS[family]) as [keyof TagView, string][]) {
    const values = items[key];
    if (values) Object.assign(view, { [field]: LISTS.has(field) ? values : values.join('\n') });
  }
  const numbers = NUMBERS[family];
  const number = (key: string, totalKey: string) => {
    const value = items[key]?.[0];
    const total = family === 'vorbis' ? items[totalKey]?.[0] : undefined;
    return value === undefined ? undefined : total === undefined ? value : `${value}/${total}`;
  };
  return defined({
    ...view,
    track: number(numbers.track, 'TRACKTOTAL'),
    disc: number(numbers.disc, 'DISCTOTAL'),
    compilation: items[numbers.compilation]?.[0] === '1' ? true : undefined,
  });
}

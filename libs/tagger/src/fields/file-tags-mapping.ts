import type { TrackMetadata } from '@app/contracts';
import { compact } from '../compact.js';
import type { FileTags } from '../file-tags.js';
import { withCounts } from './number-pair.js';
import { formatGain, formatPeak, parseGain, parsePeak } from './replay-gain.js';
import { normalizeDate } from './tag-date.js';
import { firstText, type TagValues, type TextField } from './tag-values.js';

/** What the single-valued display fields hold when several artists are credited. */
export const ARTIST_JOINER = '; ';

/** FileTags flattened to the values every format writes; empty values are left out. */
export function toTagValues(tags: FileTags): TagValues {
  const m = tags.metadata;
  const mb = m.musicbrainz;
  const text: TagValues['text'] = {};
  const put = (field: TextField, ...values: (string | undefined)[]) => {
    const kept = values.map((v) => v?.trim()).filter((v): v is string => !!v);
    if (kept.length) text[field] = kept;
  };
  put('title', m.title);
  put('artist', m.artistCredit ?? m.artists.join(ARTIST_JOINER));
  put('artists', ...m.artists);
  put('albumArtist', m.albumArtists?.join(ARTIST_JOINER));
  put('albumArtists', ...(m.albumArtists ?? []));
  put('album', m.album);
  put('date', m.releaseDate);
  put('originalDate', m.originalDate);
  put('genre', ...(m.genres ?? []));
  put('isrc', m.isrc);
  put('label', m.label);
  put('releaseType', m.releaseType);
  put('musicbrainzRecordingId', mb.recordingId);
  put('musicbrainzReleaseTrackId', mb.releaseTrackId);
  put('musicbrainzReleaseId', mb.releaseId);
  put('musicbrainzReleaseGroupId', mb.releaseGroupId);
  put('musicbrainzArtistId', ...(mb.artistIds ?? []));
  put('musicbrainzAlbumArtistId', ...(mb.albumArtistIds ?? []));
  if (tags.replayGain && Number.isFinite(tags.replayGain.trackGainDb) && Number.isFinite(tags.replayGain.trackPeak)) {
    put('replayGainTrackGain', formatGain(tags.replayGain.trackGainDb));
    put('replayGainTrackPeak', formatPeak(tags.replayGain.trackPeak));
  }
  put('lyrics', m.lyrics?.plain ?? (m.lyrics?.synced && plainFromSynced(m.lyrics.synced)));
  put('sourceUrl', tags.sourceUrl);
  return {
    text,
    track: withCounts(m.trackNumber, m.trackTotal),
    disc: withCounts(m.discNumber, m.discTotal),
    ...(m.compilation && { compilation: true }),
  };
}

/** Values read from a file back into FileTags, `metadata.source` = `tags`. */
export function fromTagValues(values: TagValues): FileTags {
  const one = (field: TextField) => firstText(values, field);
  const all = (field: TextField) => values.text[field]?.filter((v) => v !== '') ?? [];
  const display = one('artist');
  const artists = all('artists').length ? all('artists') : display ? [display] : [];
  const albumArtists = all('albumArtists').length ? all('albumArtists') : [one('albumArtist')].filter(isSet);
  const gain = parseGain(one('replayGainTrackGain'));
  const peak = parsePeak(one('replayGainTrackPeak'));
  const sourceUrl = one('sourceUrl');
  const metadata: TrackMetadata = compact({
    title: one('title') ?? '',
    artists,
    artistCredit: display !== undefined && display !== artists.join(ARTIST_JOINER) ? display : undefined,
    album: one('album'),
    albumArtists: albumArtists.length ? albumArtists : undefined,
    releaseDate: normalizeDate(one('date')),
    originalDate: normalizeDate(one('originalDate')),
    trackNumber: values.track?.number,
    trackTotal: values.track?.total,
    discNumber: values.disc?.number,
    discTotal: values.disc?.total,
    genres: all('genre').length ? all('genre') : undefined,
    isrc: one('isrc'),
    label: one('label'),
    compilation: values.compilation || undefined,
    releaseType: one('releaseType'),
    musicbrainz: compact({
      recordingId: one('musicbrainzRecordingId'),
      releaseTrackId: one('musicbrainzReleaseTrackId'),
      releaseId: one('musicbrainzReleaseId'),
      releaseGroupId: one('musicbrainzReleaseGroupId'),
      artistIds: all('musicbrainzArtistId').length ? all('musicbrainzArtistId') : undefined,
      albumArtistIds: all('musicbrainzAlbumArtistId').length ? all('musicbrainzAlbumArtistId') : undefined,
    }),
    lyrics: one('lyrics') === undefined ? undefined : { plain: one('lyrics') },
    source: 'tags',
  });
  return {
    metadata,
    ...(gain !== undefined && peak !== undefined && { replayGain: { trackGainDb: gain, trackPeak: peak } }),
    ...(sourceUrl && { sourceUrl }),
  };
}

/** The words of LRC lyrics without their `[mm:ss.xx]` stamps and `[ar:…]` header lines. */
export function plainFromSynced(synced: string): string | undefined {
  const lines = synced
    .split(/\r?\n/)
    .filter((line) => !/^\s*\[[a-z]+:.*\]\s*$/i.test(line))
    .map((line) => line.replace(/\[\d+:\d+(?:[.:]\d+)?\]/g, '').trim());
  const text = lines.join('\n').trim();
  return text || undefined;
}

const isSet = (value: string | undefined): value is string => value !== undefined;

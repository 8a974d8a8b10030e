import type { ProviderSource } from '../provider-models.js';
import {
  isClockDuration,
  largestThumbnail,
  musicVideoTypeOf,
  pageTypeOf,
  parseClockDuration,
  parseViewCount,
  type Run,
  runText,
  type Text,
  type Thumbnail,
  type WatchEndpoint,
} from './innertube-text.js';

export const YTM_PROVIDER = 'youtube_music';
export const ytmWatchUrl = (videoId: string) => `https://music.youtube.com/watch?v=${videoId}`;

interface MusicThumbnail {
  musicThumbnailRenderer?: { thumbnail?: { thumbnails?: Thumbnail[] } };
}

interface ListItemRenderer {
  flexColumns?: { musicResponsiveListItemFlexColumnRenderer?: { text?: Text } }[];
  playlistItemData?: { videoId?: string };
  overlay?: {
    musicItemThumbnailOverlayRenderer?: {
      content?: { musicPlayButtonRenderer?: { playNavigationEndpoint?: { watchEndpoint?: WatchEndpoint } } };
    };
  };
  thumbnail?: MusicThumbnail;
}

interface CardShelfRenderer {
  title?: Text;
  subtitle?: Text;
  onTap?: { watchEndpoint?: WatchEndpoint };
  thumbnail?: MusicThumbnail;
}

/** What a result row's detail line ("Song • Artist & Artist • Album • 3:05") says. */
interface Details {
  label?: string;
  artists: string[];
  linkedArtist: boolean;
  channel?: string;
  album?: string;
  durationMs?: number;
  viewCount?: number;
}

const ARTIST_PAGE = 'MUSIC_PAGE_TYPE_ARTIST';
const USER_CHANNEL_PAGE = 'MUSIC_PAGE_TYPE_USER_CHANNEL';
const ALBUM_PAGE = 'MUSIC_PAGE_TYPE_ALBUM';
const NON_MUSIC_PAGE = 'MUSIC_PAGE_TYPE_NON_MUSIC_AUDIO_TRACK_PAGE';
/** Type labels of mixed results; requests ask for English, the recorded answers are German. */
const SONG_LABELS = new Set(['song', 'titel']);
const VIDEO_LABELS = new Set(['video']);
const OTHER_LABELS = new Set(['episode', 'folge', 'podcast', 'album', 'single', 'ep', 'playlist', 'artist']);
const JOINER = /^(?:,|&|and|und|x|feat\.?|ft\.?)?$/i;

/** Songs and videos of a YouTube Music search answer (top result card included), in page order. */
export function parseYtmSearch(body: unknown): ProviderSource[] {
  const found: ProviderSource[] = [];
  visitRenderers(body, (key, value) => {
    const source =
      key === 'musicResponsiveListItemRenderer'
        ? fromListItem(value as ListItemRenderer)
        : fromCard(value as CardShelfRenderer);
    if (source) found.push(source);
  });
  return dedupeSources(found);
}

/** The first source of each video id, in order. */
export function dedupeSources(sources: ProviderSource[]): ProviderSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => !seen.has(source.id) && seen.add(source.id));
}

function visitRenderers(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) visitRenderers(item, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'musicResponsiveListItemRenderer' || key === 'musicCardShelfRenderer') visit(key, value);
    if (key !== 'musicResponsiveListItemRenderer') visitRenderers(value, visit);
  }
}

function fromListItem(item: ListItemRenderer): ProviderSource | undefined {
  const columns = (item.flexColumns ?? []).map((column) => column.musicResponsiveListItemFlexColumnRenderer?.text);
  const titleRun = columns[0]?.runs?.[0];
  if (titleRun && pageTypeOf(titleRun) === NON_MUSIC_PAGE) return undefined;
  const watch =
    item.overlay?.musicItemThumbnailOverlayRenderer?.content?.musicPlayButtonRenderer?.playNavigationEndpoint
      ?.watchEndpoint ?? titleRun?.navigationEndpoint?.watchEndpoint;
  const videoId = item.playlistItemData?.videoId ?? watch?.videoId;
  if (!videoId) return undefined;
  const details = readDetails(columns[1]?.runs ?? []);
  // Songs print their plays in a third column ("1 Mio. Wiedergaben") rather than in the detail line.
  details.viewCount ??= columns
    .slice(2)
    .map((text) => parseViewCount(runText(text)))
    .find((n) => n !== undefined);
  const thumbnails = item.thumbnail?.musicThumbnailRenderer?.thumbnail?.thumbnails;
  return toSource(videoId, runText(columns[0]), musicVideoTypeOf(watch), details, thumbnails);
}

function fromCard(card: CardShelfRenderer): ProviderSource | undefined {
  const watch = card.onTap?.watchEndpoint ?? card.title?.runs?.[0]?.navigationEndpoint?.watchEndpoint;
  if (!watch?.videoId) return undefined;
  const details = readDetails(card.subtitle?.runs ?? []);
  const thumbnails = card.thumbnail?.musicThumbnailRenderer?.thumbnail?.thumbnails;
  return toSource(watch.videoId, runText(card.title), musicVideoTypeOf(watch), details, thumbnails);
}

function toSource(
  videoId: string,
  title: string,
  videoType: string | undefined,
  details: Details,
  thumbnails: Thumbnail[] | undefined,
): ProviderSource | undefined {
  const kind = kindOf(videoType, details.label);
  if (!kind || !title) return undefined;
  const channel = details.channel ?? details.artists[0];
  return {
    provider: YTM_PROVIDER,
    id: videoId,
    url: ytmWatchUrl(videoId),
    title,
    channel,
    isTopicChannel: channel?.endsWith(' - Topic') ?? false,
    isOfficialArtistChannel: details.linkedArtist,
    durationMs: details.durationMs,
    kind,
    viewCount: details.viewCount,
    artists: details.artists.length ? details.artists : undefined,
    album: details.album,
    thumbnailUrl: largestThumbnail(thumbnails),
  };
}

/** ATV is the audio-only "art track" of a release; OMV and UGC are videos; podcasts are no source. */
function kindOf(videoType: string | undefined, label: string | undefined): ProviderSource['kind'] | undefined {
  if (videoType === 'MUSIC_VIDEO_TYPE_ATV') return 'song';
  if (videoType === 'MUSIC_VIDEO_TYPE_PODCAST_EPISODE') return undefined;
  if (videoType?.startsWith('MUSIC_VIDEO_TYPE_')) return 'video';
  const type = label?.toLowerCase();
  if (type && SONG_LABELS.has(type)) return 'song';
  if (type && VIDEO_LABELS.has(type)) return 'video';
  return type && OTHER_LABELS.has(type) ? undefined : 'unknown';
}

/** Reads "[type •] owner • [album | views] • duration", where the owner is artists or a user channel. */
function readDetails(runs: Run[]): Details {
  let segments = splitSegments(runs);
  const last = segments.at(-1);
  const durationMs = last?.length === 1 ? parseClockDuration(last[0]?.text) : undefined;
  if (durationMs !== undefined) segments = segments.slice(0, -1);
  const label = typeLabel(segments);
  if (label !== undefined) segments = segments.slice(1);
  const [owner = [], ...rest] = segments;
  const linked = owner.filter((run) => pageTypeOf(run) === ARTIST_PAGE).map((run) => run.text?.trim() ?? '');
  const channel = owner.find((run) => pageTypeOf(run) === USER_CHANNEL_PAGE)?.text?.trim();
  const unlinked = owner.filter((run) => !pageTypeOf(run)).map((run) => run.text?.trim() ?? '');
  const artists = linked.length || channel ? linked : unlinked.filter((text) => !JOINER.test(text));
  const restRuns = rest.flat();
  const album = restRuns.find((run) => pageTypeOf(run) === ALBUM_PAGE)?.text;
  const views = restRuns.map((run) => run.text ?? '').find((text) => /\d/.test(text) && /\p{L}/u.test(text));
  return {
    label,
    artists: artists.filter(Boolean),
    linkedArtist: linked.length > 0,
    channel,
    album,
    durationMs,
    viewCount: parseViewCount(views),
  };
}

function splitSegments(runs: Run[]): Run[][] {
  const segments: Run[][] = [[]];
  for (const run of runs) {
    if (run.text?.trim() === '•') segments.push([]);
    else segments.at(-1)?.push(run);
  }
  return segments.filter((segment) => segment.length > 0);
}

/** A leading unlinked word: a known type label, or any word when the owner segment after it is linked. */
function typeLabel(segments: Run[][]): string | undefined {
  const [first, next] = segments;
  const run = first?.length === 1 ? first[0] : undefined;
  const text = run?.text?.trim();
  if (!run || !text || run.navigationEndpoint || isClockDuration(text) || /\d/.test(text)) return undefined;
  const lower = text.toLowerCase();
  if (SONG_LABELS.has(lower) || VIDEO_LABELS.has(lower) || OTHER_LABELS.has(lower)) return text;
  const ownerLinked = next?.some((r) => [ARTIST_PAGE, USER_CHANNEL_PAGE].includes(pageTypeOf(r) ?? ''));
  return ownerLinked ? text : undefined;
}

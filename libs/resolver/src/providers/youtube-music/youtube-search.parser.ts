import type { ProviderSource } from '../provider-models.js';
import {
  largestThumbnail,
  parseClockDuration,
  parseViewCount,
  runText,
  type Text,
  type Thumbnail,
} from './innertube-text.js';
import { dedupeSources, YTM_PROVIDER } from './ytmusic-search.parser.js';

export const youtubeWatchUrl = (videoId: string) => `https://www.youtube.com/watch?v=${videoId}`;

interface VideoRenderer {
  videoId?: string;
  title?: Text;
  lengthText?: Text;
  ownerText?: Text;
  longBylineText?: Text;
  ownerBadges?: { metadataBadgeRenderer?: { style?: string } }[];
  viewCountText?: Text;
  thumbnail?: { thumbnails?: Thumbnail[] };
}

interface SectionItem {
  itemSectionRenderer?: { contents?: { videoRenderer?: VideoRenderer }[] };
}

interface YoutubeSearchResponse {
  contents?: {
    twoColumnSearchResultsRenderer?: { primaryContents?: { sectionListRenderer?: { contents?: SectionItem[] } } };
  };
  onResponseReceivedCommands?: { appendContinuationItemsAction?: { continuationItems?: SectionItem[] } }[];
}

const VERIFIED_ARTIST = 'BADGE_STYLE_TYPE_VERIFIED_ARTIST';
const VERIFIED = 'BADGE_STYLE_TYPE_VERIFIED';
const TOPIC_SUFFIX = ' - Topic';

/** Whether an InnerTube search answer is YouTube's (web) rather than YouTube Music's. */
export function isYoutubeSearch(body: unknown): boolean {
  const response = body as YoutubeSearchResponse | null;
  return !!response?.contents?.twoColumnSearchResultsRenderer;
}

/**
 * The videos of a YouTube (web) search answer, in page order. Only direct results count: shelves such as
 * "People also watched", shorts and mixes are what YouTube suggests besides the query, not answers to it.
 */
export function parseYoutubeSearch(body: unknown): ProviderSource[] {
  const response = body as YoutubeSearchResponse | null;
  const sections = [
    ...(response?.contents?.twoColumnSearchResultsRenderer?.primaryContents?.sectionListRenderer?.contents ?? []),
    ...(response?.onResponseReceivedCommands ?? []).flatMap(
      (command) => command.appendContinuationItemsAction?.continuationItems ?? [],
    ),
  ];
  const videos = sections.flatMap((section) => section.itemSectionRenderer?.contents ?? []);
  return dedupeSources(
    videos.flatMap((item) => {
      const source = item.videoRenderer ? fromVideo(item.videoRenderer) : undefined;
      return source ? [source] : [];
    }),
  );
}

function fromVideo(video: VideoRenderer): ProviderSource | undefined {
  const title = runText(video.title);
  if (!video.videoId || !title) return undefined;
  const channel = runText(video.ownerText ?? video.longBylineText).trim() || undefined;
  const badges = (video.ownerBadges ?? []).map((badge) => badge.metadataBadgeRenderer?.style);
  const officialArtist = badges.includes(VERIFIED_ARTIST);
  const topic = channel?.endsWith(TOPIC_SUFFIX) ?? false;
  // A "<Artist> - Topic" channel is YouTube's own upload of a release track; its name is the artist's.
  const artist = topic ? channel?.slice(0, -TOPIC_SUFFIX.length) : officialArtist ? channel : undefined;
  return {
    provider: YTM_PROVIDER,
    id: video.videoId,
    url: youtubeWatchUrl(video.videoId),
    title,
    channel,
    channelVerified: officialArtist || badges.includes(VERIFIED),
    isTopicChannel: topic,
    isOfficialArtistChannel: officialArtist,
    durationMs: parseClockDuration(runText(video.lengthText)),
    kind: topic ? 'song' : 'video',
    viewCount: parseViewCount(runText(video.viewCountText)),
    artists: artist ? [artist] : undefined,
    thumbnailUrl: largestThumbnail(video.thumbnail?.thumbnails),
  };
}

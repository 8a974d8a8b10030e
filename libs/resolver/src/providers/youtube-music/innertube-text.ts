/** The parts of InnerTube's JSON the search parsers read. Everything is optional: the shape drifts. */
export interface WatchEndpoint {
  videoId?: string;
  watchEndpointMusicSupportedConfigs?: { watchEndpointMusicConfig?: { musicVideoType?: string } };
}

export interface BrowseEndpoint {
  browseId?: string;
  browseEndpointContextSupportedConfigs?: { browseEndpointContextMusicConfig?: { pageType?: string } };
}

export interface Run {
  text?: string;
  navigationEndpoint?: { watchEndpoint?: WatchEndpoint; browseEndpoint?: BrowseEndpoint };
}

export interface Text {
  runs?: Run[];
  simpleText?: string;
}

export interface Thumbnail {
  url?: string;
  width?: number;
  height?: number;
}

export const runText = (text: Text | undefined): string =>
  text?.simpleText ?? (text?.runs ?? []).map((run) => run.text ?? '').join('');

export const pageTypeOf = (run: Run): string | undefined =>
  run.navigationEndpoint?.browseEndpoint?.browseEndpointContextSupportedConfigs?.browseEndpointContextMusicConfig
    ?.pageType;

export const musicVideoTypeOf = (endpoint: WatchEndpoint | undefined): string | undefined =>
  endpoint?.watchEndpointMusicSupportedConfigs?.watchEndpointMusicConfig?.musicVideoType;

/** "3:05", "59:25", "1:00:49" in milliseconds; anything else is not a duration. */
export function parseClockDuration(text: string | undefined): number | undefined {
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const [, hours, minutes, seconds] = match;
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}

export const isClockDuration = (text: string | undefined): boolean => parseClockDuration(text) !== undefined;

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  tsd: 1e3,
  m: 1e6,
  mio: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  mrd: 1e9,
};

/**
 * A view or play count as the UI prints it, in English or German: "867,875 views", "909.011 Aufrufe",
 * "3701 Wiedergaben", "1.2M views", "1 Mio. Wiedergaben". Without a multiplier every separator is a
 * thousands separator; with one, "." and "," are both the decimal mark.
 */
export function parseViewCount(text: string | undefined): number | undefined {
  const match = /(\d+(?:[.,\s\u00a0\u202f']\d+)*)(?:[\s\u00a0\u202f]*(k|tsd|mio|mln|mrd|bn|m|b)\b\.?)?/i.exec(
    text ?? '',
  );
  if (!match?.[1]) return undefined;
  const [, digits, unit] = match as unknown as [string, string, string | undefined];
  const multiplier = unit ? MULTIPLIERS[unit.toLowerCase()] : undefined;
  if (multiplier === undefined) return Number(digits.replace(/\D/g, ''));
  const value = Number(digits.replace(/[\s\u00a0\u202f']/g, '').replace(',', '.'));
  return Number.isFinite(value) ? Math.round(value * multiplier) : undefined;
}

/** The widest thumbnail's URL. */
export function largestThumbnail(thumbnails: Thumbnail[] | undefined): string | undefined {
  let best: Thumbnail | undefined;
  for (const thumbnail of thumbnails ?? []) {
    if (thumbnail.url && (best === undefined || (thumbnail.width ?? 0) > (best.width ?? 0))) best = thumbnail;
  }
  return best?.url;
}

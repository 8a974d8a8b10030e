import type { CoverArt } from '../provider.types.js';

export interface CaaImage {
  id?: string | number;
  image: string;
  front?: boolean;
  approved?: boolean;
  types?: string[];
  thumbnails?: Record<string, string | undefined>;
}

/** `GET release/<mbid>` of the Cover Art Archive. */
export interface CaaRelease {
  images?: CaaImage[] | null;
  release?: string;
}

const SIZES = ['250', '500', '1200'] as const;
/** Older answers name the 250 and 500 px thumbnails `small` and `large`. */
const LEGACY_SIZE_NAMES: Record<string, string> = { '250': 'small', '500': 'large' };

/** The release's front cover (the first image when none is marked front), or undefined when it has no art. */
export function mapFrontCover(body: CaaRelease, releaseMbid: string): CoverArt | undefined {
  const images = body.images ?? [];
  const front = images.find((image) => image.front && image.approved !== false) ?? images.find((i) => i.front);
  const chosen = front ?? images[0];
  if (!chosen) return undefined;
  return { url: chosen.image, thumbnails: thumbnailsOf(chosen), releaseId: releaseMbid };
}

function thumbnailsOf(image: CaaImage): Record<string, string> {
  const thumbnails: Record<string, string> = {};
  for (const size of SIZES) {
    const legacy = LEGACY_SIZE_NAMES[size];
    const url = image.thumbnails?.[size] ?? (legacy ? image.thumbnails?.[legacy] : undefined);
    if (url) thumbnails[size] = url;
  }
  return thumbnails;
}

import type { QualityName } from '../quality/quality-definitions.js';
import { type Bitrate, bitrateOf } from './bitrate.js';
import { bitDepthOf } from './bit-depth.js';
import { type Codec, codecInName, codecOfExtension } from './codec.js';
import { normalizeReleaseTitle } from './normalize-title.js';
import { qualityOf } from './quality-of.js';
import { type ReleaseSource, countsOf, editionOf, isDiscography, sourceOf, yearOf } from './release-facts.js';

export interface ParsedReleaseTitle {
  quality: QualityName;
  codec?: Codec;
  /** Where the codec was read: the name's words, or a file name's extension. */
  codecFrom?: 'name' | 'extension';
  bitrate?: Bitrate;
  bitDepth?: 16 | 24;
  source?: ReleaseSource;
  year?: number;
  edition?: string;
  discs?: number;
  tracks?: number;
  discography: boolean;
}

/** What a release title says about its audio and its edition (a Torznab item's title, or a file name). */
export function parseReleaseTitle(title: string): ParsedReleaseTitle {
  // A file name's extension is not a word of the name: "Ultralight Beam.mp3" names MP3 by its extension only.
  // Dotted scene names ("Guero.2005.24bit.LOSSLESS.FLAC") have no spaces: their last word is a word.
  const extension = /\s/.test(title) ? codecOfExtension(title) : undefined;
  const text = normalizeReleaseTitle(extension ? title.replace(/\.[a-z0-9]{2,4}$/i, '') : title);
  const named = codecInName(text);
  const fromExtension = named ? undefined : extension;
  const bitDepth = bitDepthOf(text);
  const bitrate = bitrateOf(text);
  // Hi-res without a codec ("[TR24]") is FLAC in practice, and so is a bare "lossless"; a scene WEB release
  // without codec or bitrate is MP3-320 by scene rules.
  const inferred: Codec | undefined =
    named ?? fromExtension ?? (bitDepth === 24 || /(?<![a-z])lossless(?![a-z])/i.test(text) ? 'FLAC' : undefined);
  const sceneWeb = !inferred && !bitrate && /(?:^|[- ])WEB(?:[- ]|$)/.test(text);
  const vorbisLevel = Number(/(?<![a-z])q ?(\d{1,2})(?!\d)/i.exec(text)?.[1]);
  return {
    quality: sceneWeb ? 'MP3-320' : qualityOf({ codec: inferred, bitrate, bitDepth, vorbisLevel }),
    ...(inferred && { codec: inferred, codecFrom: fromExtension ? ('extension' as const) : ('name' as const) }),
    ...(bitrate && { bitrate }),
    ...(bitDepth && { bitDepth }),
    ...(sourceOf(text) && { source: sourceOf(text) }),
    ...(yearOf(text) && { year: yearOf(text) }),
    ...(editionOf(text) && { edition: editionOf(text) }),
    ...countsOf(text),
    discography: isDiscography(text),
  };
}

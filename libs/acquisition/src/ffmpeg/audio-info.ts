import type { AudioInfo } from '@app/core';
// The shape moved down to @app/core, where the job data that carries it is declared.
export type { AudioInfo };

const LOSSLESS_CODECS = new Set(['flac', 'alac', 'wavpack', 'ape', 'tta', 'mlp', 'truehd']);

export function isLosslessCodec(codec: string): boolean {
  return LOSSLESS_CODECS.has(codec) || codec.startsWith('pcm_');
}

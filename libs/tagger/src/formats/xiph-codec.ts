import type { XiphComment } from 'node-taglib-sharp';
import { VORBIS_FIELDS, VORBIS_NUMBER_FIELDS as N } from '../fields/field-names.js';
import { parseNumberPair, withCounts } from '../fields/number-pair.js';
import { parseGain, r128TrackGain } from '../fields/replay-gain.js';
import { firstText, TEXT_FIELDS, type TagValues } from '../fields/tag-values.js';

/** Replaces every field of a Vorbis comment (Ogg Vorbis, Opus, FLAC) with `values`; pictures are left alone. */
export function writeXiph(comment: XiphComment, values: TagValues, options: { opus: boolean }): void {
  for (const name of comment.fieldNames) comment.removeField(name);
  for (const field of TEXT_FIELDS) {
    const texts = values.text[field];
    if (texts?.length) comment.setFieldAsStrings(VORBIS_FIELDS[field], ...texts);
  }
  setCount(comment, N.trackNumber, values.track?.number);
  setCount(comment, N.trackTotal, values.track?.total);
  setCount(comment, N.discNumber, values.disc?.number);
  setCount(comment, N.discTotal, values.disc?.total);
  if (values.compilation) comment.setFieldAsStrings(N.compilation, '1');
  const gain = parseGain(firstText(values, 'replayGainTrackGain'));
  if (options.opus && gain !== undefined) comment.setFieldAsStrings(N.r128TrackGain, r128TrackGain(gain));
}

export function readXiph(comment: XiphComment): TagValues {
  const text: TagValues['text'] = {};
  for (const field of TEXT_FIELDS) {
    const found = comment.getField(VORBIS_FIELDS[field]);
    if (found.length) text[field] = found;
  }
  const first = (key: string) => comment.getFieldFirstValue(key);
  const track = parseNumberPair(first(N.trackNumber));
  const disc = parseNumberPair(first(N.discNumber));
  return {
    text,
    track: withCounts(track.number, track.total ?? count(first(N.trackTotal) ?? first(N.trackTotalAlias))),
    disc: withCounts(disc.number, disc.total ?? count(first(N.discTotal) ?? first(N.discTotalAlias))),
    ...(first(N.compilation) === '1' && { compilation: true }),
  };
}

function setCount(comment: XiphComment, key: string, value: number | undefined): void {
  if (value !== undefined) comment.setFieldAsStrings(key, String(value));
}

function count(text: string | undefined): number | undefined {
  return parseNumberPair(text).number;
}

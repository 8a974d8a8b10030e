import { ByteVector, type Mpeg4AppleTag, Mpeg4AppleDataBoxFlagType, StringType } from 'node-taglib-sharp';
import { MP4_FIELDS, splitFreeform } from '../fields/field-names.js';
import { withCounts } from '../fields/number-pair.js';
import { TEXT_FIELDS, type TagValues } from '../fields/tag-values.js';

/** Replaces every item of an MP4 tag with `values`; pictures are left out. */
export function writeApple(tag: Mpeg4AppleTag, values: TagValues): void {
  tag.clear();
  for (const field of TEXT_FIELDS) {
    const texts = values.text[field];
    if (!texts?.length) continue;
    const key = MP4_FIELDS[field];
    const freeform = splitFreeform(key);
    if (freeform) tag.setItunesStrings(freeform.mean, freeform.name, ...texts);
    // One data atom per value, as Picard (mutagen) writes lists; taglib's own setter would join them.
    else tag.setQuickTimeData(atom(key), texts.map(utf8), Mpeg4AppleDataBoxFlagType.ContainsText);
  }
  if (values.track?.number) {
    tag.track = values.track.number;
    tag.trackCount = values.track.total ?? 0;
  }
  if (values.disc?.number) {
    tag.disc = values.disc.number;
    tag.discCount = values.disc.total ?? 0;
  }
  if (values.compilation) tag.isCompilation = true;
}

export function readApple(tag: Mpeg4AppleTag): TagValues {
  const text: TagValues['text'] = {};
  for (const field of TEXT_FIELDS) {
    const key = MP4_FIELDS[field];
    const freeform = splitFreeform(key);
    const found = freeform ? tag.getItunesStrings(freeform.mean, freeform.name) : tag.getQuickTimeStrings(atom(key));
    const kept = found.filter((value) => value !== '');
    if (kept.length) text[field] = kept;
  }
  return {
    text,
    track: withCounts(tag.track, tag.trackCount),
    disc: withCounts(tag.disc, tag.discCount),
    ...(tag.isCompilation && { compilation: true }),
  };
}

/** Atom names such as `©nam` are four Latin-1 bytes. */
function atom(name: string): ByteVector {
  return ByteVector.fromString(name, StringType.Latin1);
}

function utf8(text: string): ByteVector {
  return ByteVector.fromString(text, StringType.UTF8);
}

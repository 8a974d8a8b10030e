import { type File, type Id3v2Tag, type Mpeg4AppleTag, TagTypes, type XiphComment } from 'node-taglib-sharp';
import type { AudioFormat } from '../file-tags.js';

/** A track's tempo and key as DJ software reads them from tags. */
export interface TempoKey {
  /** Beats per minute; tags hold whole numbers, so it is rounded. */
  bpm: number;
  /** The key in the ID3 TKEY notation: `A`, `F#m`, `Bbm` (at most three characters). */
  initialKey: string;
}

/**
 * Sets BPM and key, leaving every other field alone: ID3 TBPM and TKEY, Vorbis comments BPM and INITIALKEY (the
 * names Mixxx, Traktor and Picard use; TEMPO, taglib's first choice, is removed so readers see one value), and
 * MP4 `tmpo` and `----:com.apple.iTunes:initialkey`.
 */
export function writeTempoKey(file: File, format: AudioFormat, values: TempoKey): void {
  const bpm = Math.round(values.bpm);
  if (format === 'mp3') {
    const tag = file.getTag(TagTypes.Id3v2, true) as Id3v2Tag;
    tag.beatsPerMinute = bpm;
    tag.initialKey = values.initialKey;
  } else if (format === 'm4a') {
    const tag = file.getTag(TagTypes.Apple, true) as Mpeg4AppleTag;
    tag.beatsPerMinute = bpm;
    tag.initialKey = values.initialKey;
  } else {
    const comment = file.getTag(TagTypes.Xiph, true) as XiphComment;
    comment.removeField('TEMPO');
    comment.setFieldAsStrings('BPM', String(bpm));
    comment.setFieldAsStrings('INITIALKEY', values.initialKey);
  }
}

/** The BPM and key a file's tags hold (in the fields `writeTempoKey` writes); undefined for what is missing. */
export function readTempoKey(file: File, format: AudioFormat): Partial<TempoKey> {
  if (format === 'mp3' || format === 'm4a') {
    const tag = file.getTag(format === 'mp3' ? TagTypes.Id3v2 : TagTypes.Apple, false) as
      Id3v2Tag | Mpeg4AppleTag | undefined;
    return known(tag?.beatsPerMinute, tag?.initialKey);
  }
  const comment = file.getTag(TagTypes.Xiph, false) as XiphComment | undefined;
  return known(Number(comment?.getFieldFirstValue('BPM')), comment?.getFieldFirstValue('INITIALKEY'));
}

function known(bpm: number | undefined, initialKey: string | undefined): Partial<TempoKey> {
  return {
    ...(bpm && Number.isFinite(bpm) && { bpm }),
    ...(initialKey && { initialKey }),
  };
}

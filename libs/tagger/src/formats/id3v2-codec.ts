import {
  ByteVector,
  Id3v2FrameClassType as FrameClass,
  Id3v2FrameIdentifiers,
  Id3v2Settings,
  type Id3v2Tag,
  type Id3v2TextInformationFrame,
  Id3v2UniqueFileIdentifierFrame,
  Id3v2UnsynchronizedLyricsFrame,
  type Id3v2UrlLinkFrame,
  Id3v2UserTextInformationFrame,
  StringType,
} from 'node-taglib-sharp';
import { ID3_FIELDS, ID3_NUMBER_FRAMES } from '../fields/field-names.js';
import { ARTIST_JOINER } from '../fields/file-tags-mapping.js';
import { formatNumberPair, parseNumberPair } from '../fields/number-pair.js';
import { fromId3v23Date, id3v23Date } from '../fields/tag-date.js';
import { TEXT_FIELDS, type TagValues, type TextField } from '../fields/tag-values.js';

/** ID3 leaves the language of lyrics open with `XXX`. */
const LYRICS_LANGUAGE = 'XXX';
/** Single-valued display frames that ID3v2.3 readers split at `/`. */
const DISPLAY_FIELDS: readonly TextField[] = ['artist', 'albumArtist'];

/** Replaces every frame of an ID3v2 tag with `values`, rendered as ID3v2.`version`; pictures are left out. */
export function writeId3v2(tag: Id3v2Tag, values: TagValues, version: 3 | 4): void {
  // A genre that is also an ID3v1 genre would otherwise be written as its number ("Rock" -> "17").
  Id3v2Settings.useNumericGenres = false;
  tag.clear();
  tag.version = version;
  for (const field of TEXT_FIELDS) {
    const texts = values.text[field];
    if (texts?.length) writeField(tag, ID3_FIELDS[field], texts, version);
  }
  setText(tag, ID3_NUMBER_FRAMES.track, formatNumberPair(values.track));
  setText(tag, ID3_NUMBER_FRAMES.disc, formatNumberPair(values.disc));
  if (values.compilation) setText(tag, ID3_NUMBER_FRAMES.compilation, '1');
}

export function readId3v2(tag: Id3v2Tag): TagValues {
  const text: TagValues['text'] = {};
  for (const field of TEXT_FIELDS) {
    const found = readField(tag, ID3_FIELDS[field]);
    if (!found.length) continue;
    const joiner = tag.version < 4 ? '/' : ARTIST_JOINER;
    text[field] = DISPLAY_FIELDS.includes(field) ? [found.join(joiner)] : found;
  }
  const compilation = frameText(tag, ID3_NUMBER_FRAMES.compilation)[0];
  return {
    text,
    track: parseNumberPair(frameText(tag, ID3_NUMBER_FRAMES.track)[0]),
    disc: parseNumberPair(frameText(tag, ID3_NUMBER_FRAMES.disc)[0]),
    ...(compilation === '1' && { compilation: true }),
  };
}

function writeField(tag: Id3v2Tag, key: string, texts: string[], version: 3 | 4): void {
  const [kind, detail] = splitKey(key);
  if (kind === 'TXXX') {
    const frame = Id3v2UserTextInformationFrame.fromDescription(detail, StringType.UTF8);
    frame.text = texts;
    tag.addFrame(frame);
  } else if (kind === 'UFID') {
    tag.addFrame(Id3v2UniqueFileIdentifierFrame.fromData(detail, ByteVector.fromString(texts[0]!, StringType.Latin1)));
  } else if (kind === 'USLT') {
    const frame = Id3v2UnsynchronizedLyricsFrame.fromData('', LYRICS_LANGUAGE, StringType.UTF8);
    frame.text = texts.join('\n');
    tag.addFrame(frame);
  } else if (kind === 'TDRC' && version === 3) {
    const { year, dayMonth } = id3v23Date(texts[0]!);
    setText(tag, 'TYER', year);
    setText(tag, 'TDAT', dayMonth);
  } else if (kind === 'TDOR' && version === 3) {
    setText(tag, 'TDOR', texts[0]!.slice(0, 4)); // rendered as TORY, a year
  } else {
    tag.setTextFrame(frameId(kind), ...texts);
  }
}

function readField(tag: Id3v2Tag, key: string): string[] {
  const [kind, detail] = splitKey(key);
  if (kind === 'TXXX') {
    const frames = tag.getFramesByClassType<Id3v2UserTextInformationFrame>(FrameClass.UserTextInformationFrame);
    return frames.find((f) => f.description.toLowerCase() === detail.toLowerCase())?.text ?? [];
  }
  if (kind === 'UFID') {
    const frames = tag.getFramesByClassType<Id3v2UniqueFileIdentifierFrame>(FrameClass.UniqueFileIdentifierFrame);
    const identifier = frames.find((f) => f.owner === detail)?.identifier;
    return identifier ? [identifier.toString(StringType.Latin1)] : [];
  }
  if (kind === 'USLT') {
    const frames = tag.getFramesByClassType<Id3v2UnsynchronizedLyricsFrame>(FrameClass.UnsynchronizedLyricsFrame);
    return frames.map((f) => f.text).filter((t) => t !== '');
  }
  if (kind === 'WOAS') {
    const frames = tag.getFramesByIdentifier<Id3v2UrlLinkFrame>(FrameClass.UrlLinkFrame, frameId(kind));
    return frames.flatMap((f) => f.text);
  }
  if (kind === 'TDRC') {
    const date = frameText(tag, 'TDRC');
    if (date.length) return date;
    const legacy = fromId3v23Date(frameText(tag, 'TYER')[0], frameText(tag, 'TDAT')[0]);
    return legacy ? [legacy] : [];
  }
  return frameText(tag, kind);
}

function frameText(tag: Id3v2Tag, id: string): string[] {
  const frames = tag.getFramesByIdentifier<Id3v2TextInformationFrame>(FrameClass.TextInformationFrame, frameId(id));
  return frames.flatMap((f) => f.text).filter((t) => t !== '');
}

function setText(tag: Id3v2Tag, id: string, text: string | undefined): void {
  if (text) tag.setTextFrame(frameId(id), text);
}

function splitKey(key: string): [string, string] {
  const colon = key.indexOf(':');
  return colon < 0 ? [key, ''] : [key.slice(0, colon), key.slice(colon + 1)];
}

function frameId(id: string) {
  const identifier = Id3v2FrameIdentifiers[id];
  if (!identifier) throw new Error(`Unknown ID3v2 frame ${id}`);
  return identifier;
}

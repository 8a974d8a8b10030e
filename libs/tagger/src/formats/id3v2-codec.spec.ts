import { Id3v2Tag } from 'node-taglib-sharp';
import type { TagValues } from '../fields/tag-values.js';
import { readId3v2, writeId3v2 } from './id3v2-codec.js';

/** Writes `values` as ID3v2.`version`, renders the tag to bytes and parses those again, as a file would. */
function roundTrip(values: TagValues, version: 3 | 4): TagValues {
  const tag = Id3v2Tag.fromEmpty();
  writeId3v2(tag, values, version);
  return readId3v2(Id3v2Tag.fromData(tag.render()));
}

describe('ID3v2 codec', () => {
  it.each([3, 4] as const)('keeps a "/" in the display artist in ID3v2.%d', (version) => {
    const values: TagValues = { text: { artist: ['AC/DC'], albumArtist: ['AC/DC'], title: ['T.N.T.'] } };
    expect(roundTrip(values, version)).toEqual({ ...values, track: {}, disc: {} });
  });

  it('writes a full date in ID3v2.3 as TYER and TDAT, and reads it back', () => {
    const values: TagValues = { text: { date: ['1991-09-24'] } };
    expect(roundTrip(values, 3).text.date).toEqual(['1991-09-24']);
  });

  it('keeps genres named like ID3v1 genres as text, not as their numbers', () => {
    const tag = Id3v2Tag.fromEmpty();
    writeId3v2(tag, { text: { genre: ['Rock', 'Grunge'] } }, 4);
    const rendered = Buffer.from(tag.render().toByteArray()).toString('latin1');
    expect(rendered).toContain('Rock\0Grunge');
    expect(readId3v2(Id3v2Tag.fromData(tag.render())).text.genre).toEqual(['Rock', 'Grunge']);
  });

  it('reads track and disc numbers with and without totals, and the compilation flag', () => {
    const values: TagValues = { text: {}, track: { number: 7 }, disc: { number: 2, total: 3 }, compilation: true };
    expect(roundTrip(values, 4)).toEqual(values);
  });
});

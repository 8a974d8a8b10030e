import { XiphComment } from 'node-taglib-sharp';
import { readXiph, writeXiph } from './xiph-codec.js';

describe('Vorbis comment codec', () => {
  it('writes numbers and totals as separate fields, and R128_TRACK_GAIN only for Opus', () => {
    const values = {
      text: { title: ['Army of Me'], replayGainTrackGain: ['-6.52 dB'] },
      track: { number: 3, total: 12 },
      disc: { number: 1 },
      compilation: true,
    };
    const opus = XiphComment.fromEmpty();
    writeXiph(opus, values, { opus: true });
    expect(opus.fieldNames.sort()).toEqual(
      [
        'COMPILATION',
        'DISCNUMBER',
        'R128_TRACK_GAIN',
        'REPLAYGAIN_TRACK_GAIN',
        'TITLE',
        'TRACKNUMBER',
        'TRACKTOTAL',
      ].sort(),
    );
    const vorbis = XiphComment.fromEmpty();
    writeXiph(vorbis, values, { opus: false });
    expect(vorbis.fieldNames).not.toContain('R128_TRACK_GAIN');
    expect(readXiph(vorbis)).toEqual(values);
  });

  it('replaces fields another tool wrote', () => {
    const comment = XiphComment.fromEmpty();
    comment.setFieldAsStrings('ENCODER', 'Lavf59.27.100');
    comment.setFieldAsStrings('COMMENT', 'ripped by X');
    writeXiph(comment, { text: { title: ['Isobel'] } }, { opus: false });
    expect(comment.fieldNames).toEqual(['TITLE']);
  });

  it.each([
    ['"3/12" in TRACKNUMBER', { TRACKNUMBER: '3/12' }],
    ['the older TOTALTRACKS', { TRACKNUMBER: '3', TOTALTRACKS: '12' }],
    ['TRACKTOTAL', { TRACKNUMBER: '03', TRACKTOTAL: '12' }],
  ])('reads a track total from %s', (_name, fields) => {
    const comment = XiphComment.fromEmpty();
    for (const [key, value] of Object.entries(fields)) comment.setFieldAsStrings(key, value);
    expect(readXiph(comment).track).toEqual({ number: 3, total: 12 });
  });
});

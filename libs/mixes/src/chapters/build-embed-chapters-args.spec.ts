import { buildEmbedChaptersArgs, chapterMethod } from './build-embed-chapters-args.js';
import { buildFfmetadata } from './build-ffmetadata.js';
import { chaptersFromStarts } from './chapter.js';
import { vorbisChapterTags } from './vorbis-chapter-tags.js';

const chapters = chaptersFromStarts(
  [
    { title: 'B = two; #2', startFrames: 189 },
    { title: 'A', startFrames: 0 },
    { title: 'past the end', startFrames: 900 },
  ],
  675,
);

describe('chapters', () => {
  it('run from one start to the next, ordered, the last to the end of the mix', () => {
    expect(chapters).toEqual([
      { title: 'A', startFrames: 0, endFrames: 189 },
      { title: 'B = two; #2', startFrames: 189, endFrames: 675 },
    ]);
  });

  it('become an FFMETADATA file in CUE frames with its special characters escaped', () => {
    expect(buildFfmetadata(chapters)).toBe(
      ';FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/75\nSTART=0\nEND=189\ntitle=A\n' +
        '[CHAPTER]\nTIMEBASE=1/75\nSTART=189\nEND=675\ntitle=B \\= two\\; \\#2\n',
    );
  });

  it('become Vorbis CHAPTERxxx comments to the millisecond', () => {
    expect(vorbisChapterTags([...chapters, { title: 'late\nline', startFrames: 270_001, endFrames: 270_100 }])).toEqual(
      [
        ['CHAPTER001', '00:00:00.000'],
        ['CHAPTER001NAME', 'A'],
        ['CHAPTER002', '00:00:02.520'],
        ['CHAPTER002NAME', 'B = two; #2'],
        ['CHAPTER003', '01:00:00.013'],
        ['CHAPTER003NAME', 'late line'],
      ],
    );
  });

  it.each([
    ['mp3', 'mp3', 'ffmetadata'],
    ['mov', 'aac', 'ffmetadata'],
    ['mov', 'alac', 'ffmetadata'],
    ['ogg', 'opus', 'vorbis-comments-stream'],
    ['ogg', 'vorbis', 'vorbis-comments-stream'],
    ['ogg', 'flac', 'vorbis-comments-stream'],
    ['flac', 'flac', 'vorbis-comments-format'],
  ])('a %s file of %s gets %s', (container, codec, method) => {
    expect(chapterMethod(container, codec)).toBe(method);
  });

  it('copy every kept stream and map the chapters from the metadata file', () => {
    expect(
      buildEmbedChaptersArgs({
        source: 'a.mp3',
        target: 't.mp3',
        method: 'ffmetadata',
        metadataFile: 'm.txt',
        chapters,
      }),
    ).toEqual([
      ...['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-i', 'a.mp3', '-i', 'm.txt'],
      ...['-map', '0:a', '-map', '0:v?', '-map_metadata', '0', '-map_chapters', '1', '-c', 'copy', 't.mp3'],
    ]);
  });

  it('write the kept tags again, then the chapter comments, dropping old chapters and the encoder tag', () => {
    const args = buildEmbedChaptersArgs({
      source: 'a.flac',
      target: 't.flac',
      method: 'vorbis-comments-format',
      tags: [
        ['ARTIST', 'DJ'],
        ['CHAPTER001', '00:00:01.000'],
        ['encoder', 'Lavf'],
      ],
      chapters,
    });
    expect(args).toEqual([
      ...['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-i', 'a.flac', '-map', '0:a', '-map', '0:v?'],
      ...['-map_metadata', '-1', '-map_chapters', '-1', '-c', 'copy'],
      ...['-metadata', 'ARTIST=DJ', '-metadata', 'CHAPTER001=00:00:00.000', '-metadata', 'CHAPTER001NAME=A'],
      ...['-metadata', 'CHAPTER002=00:00:02.520', '-metadata', 'CHAPTER002NAME=B = two; #2', 't.flac'],
    ]);
  });
});

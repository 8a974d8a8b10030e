import { readFileSync } from 'node:fs';
import { type CaaImage, type CaaRelease, mapFrontCover } from './coverartarchive.mapper.js';

const RELEASE = 'c771f7fc-9e62-4349-a2e3-ceaf7122bf5b';
const recorded = JSON.parse(
  readFileSync(
    new URL('../../../test/fixtures/coverartarchive/koel_caa_release_c771f7fc.json', import.meta.url),
    'utf8',
  ),
) as CaaRelease;

const image = (id: string, over: Partial<CaaImage> = {}): CaaImage => ({
  id,
  image: `https://caa.example/${id}.jpg`,
  front: false,
  approved: true,
  thumbnails: { '250': `https://caa.example/${id}-250.jpg` },
  ...over,
});

describe('mapFrontCover', () => {
  it('takes the image marked front, not the back listed first', () => {
    const base = `http://coverartarchive.org/release/${RELEASE}/30501372565`;
    expect(mapFrontCover(recorded, RELEASE)).toEqual({
      url: `${base}.jpg`,
      thumbnails: { '250': `${base}-250.jpg`, '500': `${base}-500.jpg`, '1200': `${base}-1200.jpg` },
      releaseId: RELEASE,
    });
  });

  it('falls back to the first image when none is marked front', () => {
    const body = { images: [image('back', { types: ['Back'] }), image('booklet')] };
    expect(mapFrontCover(body, 'r')?.url).toBe('https://caa.example/back.jpg');
  });

  it('prefers an approved front over one awaiting approval', () => {
    const body = { images: [image('pending', { front: true, approved: false }), image('ok', { front: true })] };
    expect(mapFrontCover(body, 'r')?.url).toBe('https://caa.example/ok.jpg');
  });

  it('reads the older small/large thumbnail names as 250/500', () => {
    const body = { images: [image('old', { front: true, thumbnails: { small: 's.jpg', large: 'l.jpg' } })] };
    expect(mapFrontCover(body, 'r')?.thumbnails).toEqual({ '250': 's.jpg', '500': 'l.jpg' });
  });

  it.each([[{ images: [] }], [{}], [{ images: null }]])(
    'answers undefined for a release without images (%j)',
    (body) => {
      expect(mapFrontCover(body, 'r')).toBeUndefined();
    },
  );
});

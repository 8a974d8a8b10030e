import { imageInfo } from './image-info.js';

/** The first bytes of real images, as far as the size is written. */
const png = (width: number, height: number) => {
  const ihdr = Buffer.alloc(8);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    ihdr,
    Buffer.from('0806000000', 'hex'),
  ]);
};

const jpeg = (width: number, height: number) => {
  const sof = Buffer.from('ffc00011080000000003012200021101031101', 'hex');
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  const app0 = Buffer.from('ffe000104a46494600010100000100010000', 'hex');
  const dqt = Buffer.concat([Buffer.from('ffdb0043', 'hex'), Buffer.alloc(65)]);
  return Buffer.concat([Buffer.from('ffd8', 'hex'), app0, dqt, sof, Buffer.from('ffd9', 'hex')]);
};

const webp = (chunk: string, body: Buffer) =>
  Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBP'), Buffer.from(chunk), Buffer.alloc(4), body]);

describe('imageInfo', () => {
  it('reads the size of a PNG from its header', () => {
    expect(imageInfo(png(1600, 900))).toEqual({ mimeType: 'image/png', width: 1600, height: 900 });
  });

  it('finds the size of a JPEG in its start-of-frame segment, past the others', () => {
    expect(imageInfo(jpeg(1200, 1199))).toEqual({ mimeType: 'image/jpeg', width: 1200, height: 1199 });
  });

  it('knows a JPEG whose size it cannot find', () => {
    expect(imageInfo(Buffer.from('ffd8ffe0', 'hex'))).toEqual({ mimeType: 'image/jpeg' });
  });

  it.each([
    ['VP8X', Buffer.from('00000000' + '7f0200' + '570100', 'hex'), { width: 640, height: 344 }],
    ['VP8 ', Buffer.from('000000' + '9d012a' + '8002' + 'e001', 'hex'), { width: 640, height: 480 }],
    ['VP8L', Buffer.from('2f' + '7fc0770000', 'hex'), { width: 128, height: 480 }],
  ])('reads the size of a %s WebP', (chunk, body, size) => {
    expect(imageInfo(webp(chunk, body))).toEqual({ mimeType: 'image/webp', ...size });
  });

  it.each([
    ['nothing', Buffer.alloc(0)],
    ['an HTML error page', Buffer.from('<!DOCTYPE html><html><body>Not Found</body></html>')],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
    ['JSON', Buffer.from('{"images":[]}')],
  ])('does not take %s for an image', (_name, bytes) => {
    expect(imageInfo(bytes)).toBeUndefined();
  });
});

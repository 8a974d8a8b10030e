import { ByteVector, type IPicture, Picture, PictureType } from 'node-taglib-sharp';
import { imageInfo } from '../cover/image-info.js';
import type { CoverImage } from '../file-tags.js';

export function toFrontCover(cover: CoverImage): IPicture {
  return Picture.fromFullData(ByteVector.fromByteArray(cover.data), PictureType.FrontCover, cover.mimeType, '');
}

/** The front cover, else the first picture: files tagged elsewhere often leave the type at "other". */
export function findFrontCover(pictures: IPicture[]): IPicture | undefined {
  return pictures.find((p) => p.type === PictureType.FrontCover) ?? pictures[0];
}

export function toCoverImage(picture: IPicture): CoverImage {
  const data = Buffer.from(picture.data.toByteArray());
  const info = imageInfo(data);
  return {
    mimeType: info?.mimeType ?? picture.mimeType,
    data,
    ...(info?.width !== undefined && { width: info.width }),
    ...(info?.height !== undefined && { height: info.height }),
  };
}

import type { FakeRequest } from '../fake-http-server.js';
import type { FakeSong } from './fake-song.js';
import type { WorldReply } from './world-server.js';

/* Cover Art Archive listings on the shape of libs/resolver/test/fixtures/coverartarchive/koel_caa_release_c771f7fc.json. */

/** The listing of a known release, the JPEG for any image path under the fake, 404 otherwise. */
export function coverArtAnswer(
  songs: readonly FakeSong[],
  request: FakeRequest,
  baseUrl: string,
  jpeg: Buffer,
): WorldReply {
  if (request.path.endsWith('.jpg')) return { body: jpeg, headers: { 'content-type': 'image/jpeg' } };
  const id = /^\/release\/([\w-]+)\/?$/.exec(request.path)?.[1];
  const song = songs.find((s) => s.releaseId === id);
  if (!song) return { status: 404, body: 'Not Found' };
  const image = `${baseUrl}/release/${song.releaseId}/1`;
  return {
    body: {
      images: [
        {
          approved: true,
          back: false,
          front: true,
          id: '1',
          image: `${image}.jpg`,
          thumbnails: { '250': `${image}-250.jpg`, '500': `${image}-500.jpg`, '1200': `${image}-1200.jpg` },
          types: ['Front'],
          comment: '',
          edit: 1,
        },
      ],
      release: `https://musicbrainz.org/release/${song.releaseId}`,
    },
  };
}

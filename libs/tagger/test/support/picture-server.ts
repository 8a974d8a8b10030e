import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PictureServer {
  url: string;
  /** User-Agent of every request, in order. */
  userAgents: string[];
  close(): Promise<void>;
}

/**
 * Serves picture bytes on 127.0.0.1 by path. startFakeHttpServer answers with text or JSON only, and a cover
 * is binary.
 */
export async function startPictureServer(
  pictures: Record<string, { body: Buffer; type: string }>,
): Promise<PictureServer> {
  const userAgents: string[] = [];
  const server = createServer((req, res) => {
    userAgents.push(req.headers['user-agent'] ?? '');
    const picture = pictures[req.url ?? ''];
    if (!picture) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': picture.type, 'content-length': picture.body.length }).end(picture.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    userAgents,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

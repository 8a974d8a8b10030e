import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { ApiErrorBody } from '@app/contracts';
import { NotFoundError } from '@app/core';
import { imageInfo, TagReader } from '@app/tagger';
import { audioContentType } from '../scan/audio-file-names.js';
import { contentRange, parseByteRange } from './byte-range.js';
import { TrackFiles } from './track-file.service.js';

/** The bytes of a track: its audio (with Range support) and its embedded cover. */
@Injectable()
export class TrackMedia {
  constructor(
    private readonly files: TrackFiles,
    private readonly reader: TagReader,
  ) {}

  /** 200 with the whole file, 206 with one byte range, or 416 for a range past the end. */
  async stream(id: string, rangeHeader: string | undefined): Promise<Response> {
    const file = await this.files.fileOf(await this.files.getTrack(id));
    const { size } = await stat(file);
    const range = parseByteRange(rangeHeader, size);
    const headers = new Headers({ 'Accept-Ranges': 'bytes', 'Content-Type': audioContentType(file) });
    if (range.kind === 'unsatisfiable') {
      headers.set('Content-Range', contentRange(range, size)!);
      return rangeNotSatisfiable(headers, rangeHeader!, size);
    }
    const { start, end } = range.kind === 'partial' ? range : { start: 0, end: size - 1 };
    headers.set('Content-Length', String(end - start + 1));
    if (range.kind === 'partial') headers.set('Content-Range', contentRange(range, size)!);
    const body = size === 0 ? null : (Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream);
    return new Response(body, { status: range.kind === 'partial' ? 206 : 200, headers });
  }

  /**
   * The embedded front cover; 304 when the client's copy is current. The tag is derived from the file's
   * size and modification time, so a check costs no read of the picture.
   */
  async cover(id: string, ifNoneMatch: string | undefined): Promise<Response> {
    const file = await this.files.fileOf(await this.files.getTrack(id));
    const facts = await stat(file);
    const etag = `"${id}-${facts.size.toString(36)}-${Math.floor(facts.mtimeMs).toString(36)}"`;
    const headers = new Headers({ ETag: etag, 'Cache-Control': 'no-cache' });
    if (matches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
    const cover = await this.reader.readCover(file);
    if (!cover) throw new NotFoundError(`Track ${id} has no embedded cover`);
    // The type a tag declares is whatever its writer said (text/html included): only bytes that are an image
    // are served, as the image they are, or a picture could run as a page on the admin UI's origin.
    const type = imageInfo(cover.data)?.mimeType;
    if (!type) throw new NotFoundError(`Track ${id} has an embedded picture that is not a JPEG, PNG or WebP image`);
    headers.set('Content-Type', type);
    headers.set('Content-Length', String(cover.data.length));
    return new Response(new Uint8Array(cover.data), { status: 200, headers });
  }
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The API's error shape, with the Content-Range that tells a client the size (RFC 9110 §15.5.17). */
function rangeNotSatisfiable(headers: Headers, rangeHeader: string, size: number): Response {
  const message = `range ${rangeHeader} starts past the end of the file (${size} bytes)`;
  const body: ApiErrorBody = {
    statusCode: 416,
    error: 'Range Not Satisfiable',
    message,
    errors: [{ field: 'range', message }],
  };
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status: 416, headers });
}

import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { NotFoundError, PermanentError } from '@app/core';
import { TransactionRunner } from '@app/db';
import { HttpClient } from '@app/platform';
import { ListenEntity } from '../listens/listen.entity.js';
import { imageType } from './image-type.js';
import { releaseMbidOf } from './release-mbid.js';

/** Covers kept in memory, so that a page of listens of the same album asks the archive once. */
const CACHED = 300;
/** A 250-pixel thumbnail is a few tens of kB. */
const MAX_BYTES = 2 * 1024 * 1024;

interface Cover {
  type: string;
  bytes: Uint8Array;
}

/**
 * The front cover of the release a listen names, from the Cover Art Archive through the server, so that the
 * browser never reaches the internet. Listens linked to a library track use the library's own cover route.
 */
@Injectable()
export class ListenCovers {
  private readonly http: HttpClient;
  private readonly enabled: boolean;
  /** null: the release has no front cover. */
  private readonly cache = new Map<string, Cover | null>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {
    const archive = config.providers.coverartarchive;
    this.enabled = archive.enabled;
    this.http = new HttpClient({
      baseUrl: archive.baseUrl,
      timeoutMs: config.providers.timeoutMs,
      userAgent: 'TrueTrack',
      maxRetries: 0,
      maxResponseBytes: MAX_BYTES,
    });
  }

  async cover(listenId: string): Promise<Response> {
    const listen = await this.tx.outsideTransaction((m) => m.findOne(ListenEntity, { where: { id: listenId } }));
    if (!listen) throw new NotFoundError(`No listen with id ${listenId}`);
    const release = releaseMbidOf(listen.additionalInfo);
    if (!release) throw new NotFoundError(`Listen ${listenId} names no MusicBrainz release`);
    if (!this.enabled) throw new NotFoundError('The Cover Art Archive is switched off');
    const cover = await this.front(release);
    if (!cover) throw new NotFoundError(`Release ${release} has no front cover`);
    return new Response(new Uint8Array(cover.bytes), {
      status: 200,
      headers: {
        'Content-Type': cover.type,
        'Content-Length': String(cover.bytes.length),
        'Cache-Control': 'private, max-age=86400',
      },
    });
  }

  private async front(release: string): Promise<Cover | null> {
    if (this.cache.has(release)) return this.cache.get(release)!;
    let cover: Cover | null = null;
    try {
      const answer = await this.http.getBytes(`release/${release}/front-250`, MAX_BYTES);
      const type = imageType(answer.data);
      cover = type ? { type, bytes: answer.data } : null;
    } catch (error) {
      // A 404 is the archive saying there is no art; anything else may pass, so it is not remembered.
      if (!(error instanceof PermanentError && error.details?.['status'] === 404)) {
        throw error;
      }
    }
    if (this.cache.size >= CACHED) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(release, cover);
    return cover;
  }
}

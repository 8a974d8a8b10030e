import { Injectable, PayloadTooLargeException } from '@nestjs/common';
import { ValidationError } from '@app/core';
import { MAX_LISTENING_FILE_BYTES } from '../intake/listenbrainz-body.js';
import { ListenStore } from '../listens/listen-store.js';
import type { ListenerEntity } from '../listeners/listener.entity.js';
import { type ListeningFileFormat, readListeningFile } from './listening-file.js';

export interface FileImportResult {
  format: ListeningFileFormat;
  /** Listens read from the file; those already kept are not stored twice. */
  listens: number;
  skipped: number;
}

/** History files people have (a ListenBrainz export, a Spotify extended streaming history) into a listener's listens. */
@Injectable()
export class FileImport {
  constructor(private readonly store: ListenStore) {}

  async import(listener: ListenerEntity, raw: Buffer): Promise<FileImportResult> {
    if (raw.length > MAX_LISTENING_FILE_BYTES)
      throw new PayloadTooLargeException(
        `the file must not be larger than ${MAX_LISTENING_FILE_BYTES / 1024 / 1024} MB`,
      );
    const file = readListeningFile(raw.toString('utf8'));
    if (!file) {
      throw new ValidationError(
        'body',
        'body must be a ListenBrainz export (JSON or one listen per line) or a Spotify extended streaming history',
      );
    }
    await this.store.add(
      file.listens.map((listen) => ({
        listenerId: listener.id,
        listenedAt: listen.listenedAt * 1000,
        artistName: listen.artistName,
        trackName: listen.trackName,
        ...(listen.releaseName ? { releaseName: listen.releaseName } : {}),
        ...(listen.durationMs ? { durationMs: listen.durationMs } : {}),
        ...(listen.recordingMbid ? { recordingMbid: listen.recordingMbid } : {}),
        source: 'file' as const,
        ...(listen.additionalInfo ? { additionalInfo: listen.additionalInfo } : {}),
      })),
    );
    return { format: file.format, listens: file.listens.length, skipped: file.skipped };
  }
}

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { YtDlpInfo } from '../ytdlp/parse-ytdlp-info.js';

/** Job ids are UUIDs; anything else never names a file. */
const JOB_ID = /^[0-9a-f-]{36}$/i;

/**
 * The extension point for what a link's page says beyond who the recording is (its description and chapters):
 * the download step keeps the info of a link job here, and whoever reacts to the stored track (libs/mixes reads a
 * tracklist from it) takes it once the job has ended. Files under the data folder, so an API process can take
 * what a worker kept.
 */
@Injectable()
export class LinkInfoStore {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = join(config.paths.dataDir, 'link-info');
  }

  /** Keeps the info of a link download when it holds a description or chapters; replaces an earlier one. */
  async keep(jobId: string, info: YtDlpInfo | undefined): Promise<void> {
    if (!JOB_ID.test(jobId) || (!info?.description && !info?.chapters)) return;
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, `${jobId}.json`), JSON.stringify(info));
  }

  /** The kept info of this job, removed as it is read; undefined when none was kept. */
  async take(jobId: string): Promise<YtDlpInfo | undefined> {
    if (!JOB_ID.test(jobId)) return undefined;
    const path = join(this.dir, `${jobId}.json`);
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    await rm(path, { force: true });
    try {
      return JSON.parse(text) as YtDlpInfo;
    } catch {
      return undefined;
    }
  }
}

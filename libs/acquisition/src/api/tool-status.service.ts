import { Inject, Injectable } from '@nestjs/common';
import type { ToolStatusDto } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ProcessRunner } from '@app/platform';
import { YtDlpRunner } from '../ytdlp/ytdlp.runner.js';

const VERSION_TIMEOUT_MS = 15_000;

/** Which yt-dlp and ffmpeg this server runs, or why it cannot run them. */
@Injectable()
export class ToolStatusService {
  constructor(
    private readonly ytdlp: YtDlpRunner,
    private readonly processes: ProcessRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(): Promise<ToolStatusDto[]> {
    const { tools } = this.config;
    return Promise.all([
      this.check('yt-dlp', tools.ytdlp, () => this.ytdlp.version()),
      this.check('ffmpeg', tools.ffmpeg, () => this.firstLine(tools.ffmpeg, ['-version'])),
      this.check('ffprobe', tools.ffprobe, () => this.firstLine(tools.ffprobe, ['-version'])),
    ]);
  }

  private async check(name: string, path: string, version: () => Promise<string>): Promise<ToolStatusDto> {
    try {
      return { name, path, ok: true, version: await version() };
    } catch (error) {
      return { name, path, ok: false, version: null, problem: (error as Error).message };
    }
  }

  private async firstLine(bin: string, args: string[]): Promise<string> {
    const { stdout } = await this.processes.run(bin, args, { timeoutMs: VERSION_TIMEOUT_MS });
    return (stdout.split('\n')[0] ?? '').replace(/ Copyright.*$/, '').trim();
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { ToolStatusDto } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ProcessRunner } from '@app/platform';
import type { YtDlpBinary } from '../ytdlp/ytdlp-binary.js';
import { YTDLP_BINARY, YtDlpUpdater } from '../ytdlp/ytdlp-updater.js';
import { YtDlpWarnings } from '../ytdlp/ytdlp-warnings.js';
import { YtDlpRunner } from '../ytdlp/ytdlp.runner.js';

const VERSION_TIMEOUT_MS = 15_000;
/** Versions change only when a tool is replaced; asking three programs on every request would be wasteful. */
const VERSIONS_TTL_MS = 60_000;

type Versions = [ToolStatusDto, ToolStatusDto, ToolStatusDto];

/** Which yt-dlp and ffmpeg this server runs, or why it cannot run them; for yt-dlp also how current it is. */
@Injectable()
export class ToolStatusService {
  constructor(
    private readonly ytdlp: YtDlpRunner,
    private readonly processes: ProcessRunner,
    private readonly updater: YtDlpUpdater,
    private readonly warnings: YtDlpWarnings,
    @Inject(YTDLP_BINARY) private readonly ytdlpBinary: YtDlpBinary,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private versions: { at: number; checked: Promise<Versions> } | undefined;

  async status(): Promise<ToolStatusDto[]> {
    const [ytdlp, ffmpeg, ffprobe] = await this.checkedVersions();
    return [await this.ytdlpStatus(ytdlp), ffmpeg, ffprobe];
  }

  /**
   * What is wrong right now, for health notifications: a tool that does not run, and each kind of recent yt-dlp
   * trouble. Asks no release server, unlike `status()`.
   */
  async problems(): Promise<{ key: string; message: string }[]> {
    const tools = await this.checkedVersions();
    return [
      ...tools
        .filter((tool) => !tool.ok)
        .map((tool) => ({ key: `tool:${tool.name}`, message: `${tool.name} cannot run: ${tool.problem}` })),
      ...this.warnings.summary().map((warning) => ({
        key: `yt-dlp:${warning.kind}`,
        message: `yt-dlp ran into ${warning.kind} ${warning.count}× since ${warning.firstAt}: ${warning.message}`,
      })),
    ];
  }

  /** Forgets the versions seen, e.g. after yt-dlp was replaced. */
  forgetVersions(): void {
    this.versions = undefined;
  }

  private checkedVersions(): Promise<Versions> {
    if (this.versions && Date.now() - this.versions.at < VERSIONS_TTL_MS) return this.versions.checked;
    const { tools } = this.config;
    const checked = Promise.all([
      this.check('yt-dlp', this.ytdlpBinary.path, () => this.ytdlp.version()),
      this.check('ffmpeg', tools.ffmpeg, () => this.firstLine(tools.ffmpeg, ['-version'])),
      this.check('ffprobe', tools.ffprobe, () => this.firstLine(tools.ffprobe, ['-version'])),
    ]) as Promise<Versions>;
    this.versions = { at: Date.now(), checked };
    return checked;
  }

  private async ytdlpStatus(status: ToolStatusDto): Promise<ToolStatusDto> {
    const latest = await this.updater.latestRelease();
    return {
      ...status,
      updatable: this.ytdlpBinary.updatable,
      latestVersion: latest.version,
      latestCheckedAt: latest.checkedAt === null ? null : new Date(latest.checkedAt).toISOString(),
      ...(latest.problem && { latestProblem: latest.problem }),
      warnings: this.warnings.summary(),
    };
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

import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TagFilesModule } from '@app/tagger';
import { ToolStatusService } from './api/tool-status.service.js';
import { ToolsController } from './api/tools.controller.js';
import { JobTempJanitor } from './cleanup/job-temp-janitor.js';
import { FFMPEG_OPTIONS } from './ffmpeg/ffmpeg.options.js';
import { FfmpegRunner } from './ffmpeg/ffmpeg.runner.js';
import { LinkInfoStore } from './links/link-info-store.js';
import { LinkSizeCheck } from './links/link-size-check.js';
import { DownloadAudioStep } from './steps/download-audio.step.js';
import { ExtractAudioStep } from './steps/extract-audio.step.js';
import { IntentCandidates } from './steps/intent-candidates.js';
import { resolveYtDlpBinary, type YtDlpBinary } from './ytdlp/ytdlp-binary.js';
import { YtDlpReleases } from './ytdlp/ytdlp-releases.js';
import { YTDLP_BINARY, YtDlpUpdater } from './ytdlp/ytdlp-updater.js';
import { YtDlpEgress } from './ytdlp/ytdlp-egress.js';
import { WarmYtDlpProcessSpawner } from './ytdlp/warm/warm-ytdlp-process.js';
import { WARM_YTDLP_SPAWNER } from './ytdlp/warm/warm-ytdlp.js';
import { YTDLP_WARM_OPTIONS, YtDlpWarmPool } from './ytdlp/warm/ytdlp-warm-pool.js';
import { YtDlpWarnings } from './ytdlp/ytdlp-warnings.js';
import { YTDLP_OPTIONS, YtDlpRunner } from './ytdlp/ytdlp.runner.js';

/** yt-dlp and ffmpeg, the DOWNLOADING and EXTRACTING steps built on them, and the jobs' temp folders. */
@Module({
  imports: [TagFilesModule],
  controllers: [ToolsController],
  providers: [
    { provide: YTDLP_BINARY, inject: [APP_CONFIG], useFactory: (config: AppConfig) => resolveYtDlpBinary(config) },
    {
      provide: YTDLP_OPTIONS,
      inject: [APP_CONFIG, YTDLP_BINARY],
      useFactory: (config: AppConfig, binary: YtDlpBinary) => ({
        binary: binary.path,
        timeoutMs: config.tools.downloadTimeoutMs,
      }),
    },
    {
      provide: YTDLP_WARM_OPTIONS,
      inject: [APP_CONFIG, YTDLP_BINARY],
      useFactory: (config: AppConfig, binary: YtDlpBinary) => ({
        // A process that runs no steps never downloads: nothing to keep loaded there.
        enabled: config.tools.ytdlpWarm && config.queue.role !== 'api',
        program: binary.path,
      }),
    },
    { provide: WARM_YTDLP_SPAWNER, useClass: WarmYtDlpProcessSpawner },
    YtDlpWarmPool,
    {
      provide: FFMPEG_OPTIONS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ffmpeg: config.tools.ffmpeg,
        ffprobe: config.tools.ffprobe,
        timeoutMs: config.tools.ffmpegTimeoutMs,
      }),
    },
    YtDlpWarnings,
    YtDlpEgress,
    YtDlpRunner,
    YtDlpReleases,
    YtDlpUpdater,
    FfmpegRunner,
    IntentCandidates,
    LinkSizeCheck,
    LinkInfoStore,
    DownloadAudioStep,
    ExtractAudioStep,
    ToolStatusService,
    JobTempJanitor,
  ],
  exports: [YtDlpRunner, FfmpegRunner, ToolStatusService, LinkInfoStore],
})
export class AcquisitionModule {}

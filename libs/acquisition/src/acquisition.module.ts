import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ToolStatusService } from './api/tool-status.service.js';
import { ToolsController } from './api/tools.controller.js';
import { FFMPEG_OPTIONS } from './ffmpeg/ffmpeg.options.js';
import { FfmpegRunner } from './ffmpeg/ffmpeg.runner.js';
import { DownloadAudioStep } from './steps/download-audio.step.js';
import { ExtractAudioStep } from './steps/extract-audio.step.js';
import { YTDLP_OPTIONS, YtDlpRunner } from './ytdlp/ytdlp.runner.js';

/** yt-dlp and ffmpeg, and the DOWNLOADING and EXTRACTING steps built on them. */
@Module({
  controllers: [ToolsController],
  providers: [
    {
      provide: YTDLP_OPTIONS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ binary: config.tools.ytdlp, timeoutMs: config.tools.downloadTimeoutMs }),
    },
    {
      provide: FFMPEG_OPTIONS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ffmpeg: config.tools.ffmpeg,
        ffprobe: config.tools.ffprobe,
        timeoutMs: config.tools.ffmpegTimeoutMs,
      }),
    },
    YtDlpRunner,
    FfmpegRunner,
    DownloadAudioStep,
    ExtractAudioStep,
    ToolStatusService,
  ],
  exports: [YtDlpRunner, FfmpegRunner],
})
export class AcquisitionModule {}

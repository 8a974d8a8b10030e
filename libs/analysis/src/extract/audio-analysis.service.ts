import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { AudioFeatures } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AudioAnalyser } from './audio-analyser.js';

/** The application's one analyser and worker pool, built from the settings and stopped at shutdown. */
@Injectable()
export class AudioAnalysis implements OnApplicationShutdown {
  private readonly analyser: AudioAnalyser;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.analyser = new AudioAnalyser({
      ffmpeg: config.tools.ffmpeg,
      ffmpegTimeoutMs: config.tools.ffmpegTimeoutMs,
      ...config.analysis,
    });
  }

  get version(): string {
    return this.analyser.version;
  }

  analyse(file: string, trackSeconds: number | undefined, signal?: AbortSignal): Promise<AudioFeatures> {
    return this.analyser.analyse(file, trackSeconds, signal);
  }

  onApplicationShutdown(): Promise<void> {
    return this.analyser.close();
  }
}

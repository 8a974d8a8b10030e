import { Inject, Injectable } from '@nestjs/common';
import type { AudioFeatures } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { initialKeyOf } from '@app/core';
import { TempoKeyTags } from '@app/tagger';

/**
 * Writes an analysis's BPM and key into the track's file when TRUETRACK_ANALYSIS_WRITE_TAGS is on. It answers
 * what happened in words for the job's reason; a file that cannot be tagged does not fail the analysis, which
 * is stored either way.
 */
@Injectable()
export class TempoKeyWriting {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tags: TempoKeyTags,
  ) {}

  async write(file: string, features: AudioFeatures): Promise<string | undefined> {
    if (!this.config.analysis.writeTags) return undefined;
    const initialKey = initialKeyOf(features.key, features.scale);
    if (!(features.bpm > 0) || !initialKey) return 'no tags written: no steady beat or no key';
    try {
      await this.tags.write(file, { bpm: features.bpm, initialKey });
      return `tags written: ${Math.round(features.bpm)} BPM, key ${initialKey}`;
    } catch (error) {
      return `tags not written: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}

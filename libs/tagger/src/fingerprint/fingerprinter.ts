import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ExternalToolError, PermanentError } from '@app/core';
import { ProcessRunner } from '@app/platform';
import type { Fingerprint } from './fingerprint.js';
import { parseFpcalcJson } from './parse-fpcalc.js';

const FPCALC_TIMEOUT_MS = 120_000;
const VERSION_TIMEOUT_MS = 15_000;
/**
 * fpcalc 1.5.1 built against FFmpeg 5+ ends every file with "Error decoding audio frame (End of file)" and
 * exit code 3 after printing a complete result; such a result is kept.
 */
const END_OF_FILE_QUIRK = /Error decoding audio frame \(End of file\)/;
// What fpcalc says about a file it cannot read at all; another attempt cannot help.
const UNREADABLE = /Could not open the input file|Could not find any audio stream|Empty fingerprint/i;

/** Chromaprint fingerprints through fpcalc, for dedup in the library and AcoustID lookups. */
@Injectable()
export class Fingerprinter {
  private availability: Promise<boolean> | undefined;

  constructor(
    private readonly processes: ProcessRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether fpcalc can be run; asked once per process. */
  available(): Promise<boolean> {
    this.availability ??= this.processes
      .run(this.config.tools.fpcalc, ['-version'], { timeoutMs: VERSION_TIMEOUT_MS })
      .then(
        () => true,
        () => false,
      );
    return this.availability;
  }

  /** Both forms, from two fpcalc runs over the same first two minutes of audio. */
  async fingerprint(file: string, opts: { signal?: AbortSignal } = {}): Promise<Fingerprint> {
    const [raw, compressed] = await Promise.all([
      this.run(['-raw', '-json', file], opts.signal),
      this.run(['-json', file], opts.signal),
    ]);
    const rawOutput = parseFpcalcJson(raw, 'raw');
    return {
      fingerprint: rawOutput.fingerprint,
      compressed: parseFpcalcJson(compressed, 'compressed').fingerprint,
      durationSec: rawOutput.durationSec,
    };
  }

  private async run(args: string[], signal: AbortSignal | undefined): Promise<string> {
    const lines: string[] = [];
    try {
      await this.processes.run(this.config.tools.fpcalc, args, {
        timeoutMs: FPCALC_TIMEOUT_MS,
        signal,
        onStdoutLine: (line) => lines.push(line),
      });
      return lines.join('\n');
    } catch (error) {
      if (!(error instanceof ExternalToolError)) throw error;
      if (error.exitCode === 3 && END_OF_FILE_QUIRK.test(error.stderrTail) && lines.length > 0) {
        return lines.join('\n');
      }
      if (UNREADABLE.test(error.stderrTail)) {
        throw new PermanentError(`fpcalc cannot read ${file(args)}: ${lastLine(error.stderrTail)}`, { cause: error });
      }
      throw error;
    }
  }
}

const file = (args: string[]) => args.at(-1) ?? '';
const lastLine = (text: string) =>
  text
    .trim()
    .split('\n')
    .at(-1)
    ?.replace(/^ERROR:\s*/, '') ?? '';

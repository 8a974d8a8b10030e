import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { RotatingFile } from './rotating-file.js';
import { type LogDestination, TrueTrackLogger } from './truetrack-logger.js';

/** The folder the System page reads: `<data dir>/logs`. */
export const logDir = (config: AppConfig): string => join(config.paths.dataDir, 'logs');

/** Each process kind writes its own file, so two processes never rotate the same one. */
export type LogFileName = 'truetrack' | 'truetrack-worker';

/** A TrueTrack logger writing JSON lines to stdout and to its rotated file in the data folder. */
export function createLogger(
  config: AppConfig,
  name: LogFileName = 'truetrack',
  stdout: LogDestination = process.stdout,
): { logger: TrueTrackLogger; close: () => Promise<void> } {
  const { level, fileMaxBytes, files } = config.log;
  const file = new RotatingFile(join(logDir(config), `${name}.log`), fileMaxBytes, files);
  return { logger: new TrueTrackLogger(level, [stdout, file]), close: () => file.close() };
}

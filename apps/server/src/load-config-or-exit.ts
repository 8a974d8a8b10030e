import { type AppConfig, ConfigValidationError, loadConfig } from '@app/config';

/** The configuration, or a readable list of what is wrong with it and exit code 1. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    // Before Nest's logger exists: the plain message is what a person needs to fix the setting.
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

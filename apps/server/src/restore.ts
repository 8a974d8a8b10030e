import { restoreDatabase, RestoreRefusedError } from '@app/ops';
import { loadConfigOrExit } from './load-config-or-exit.js';

// A command run by a person with the server stopped: plain lines on stdout/stderr, exit code 1 when refused.
const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write(
    'Usage: npm run restore -- <backup file>   (e.g. data/backups/truetrack-20261121-030000.sqlite)\n',
  );
  process.exit(2);
}
const config = loadConfigOrExit();
try {
  const { database, movedAside } = await restoreDatabase(config, file);
  if (movedAside) process.stdout.write(`The previous database was moved to ${movedAside}\n`);
  process.stdout.write(`Restored ${file} to ${database}; start TrueTrack again.\n`);
} catch (error) {
  if (!(error instanceof RestoreRefusedError)) throw error;
  process.stderr.write(`Not restored: ${error.message}\n`);
  process.exit(1);
}

import { Logger } from '@nestjs/common';
import { SetupToken } from '@app/auth';
import { claimPidFile, ProcessResources, startupLines } from '@app/ops';
import { createApp } from './create-app.js';
import { loadConfigOrExit } from './load-config-or-exit.js';

const config = loadConfigOrExit();
const releasePidFile = claimPidFile(config.paths.dataDir, 'server');
const app = await createApp(config);
app.get(ProcessResources).adopt(releasePidFile);
const { host, port } = config.server;
await app.listen(port, host);
const shownHost = host.includes(':') ? `[${host}]` : host;
const logger = new Logger('TrueTrack');
logger.log(`Listening on http://${shownHost}:${port} (role ${config.queue.role}, data in ${config.paths.dataDir})`);
// Printed to the console and the log file alike: whoever runs the server can read it, a visitor cannot.
const setupToken = await app.get(SetupToken).current();
for (const line of startupLines(host, port, setupToken)) logger.log(line);

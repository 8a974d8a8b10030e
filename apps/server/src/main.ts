import { Logger } from '@nestjs/common';
import { Users } from '@app/auth';
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
const needsSetup = !(await app.get(Users).hasAnyUser());
for (const line of startupLines(host, port, needsSetup)) logger.log(line);

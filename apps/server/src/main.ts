import { Logger } from '@nestjs/common';
import { createApp } from './create-app.js';
import { loadConfigOrExit } from './load-config-or-exit.js';

const config = loadConfigOrExit();
const app = await createApp(config);
const { host, port } = config.server;
await app.listen(port, host);
const shownHost = host.includes(':') ? `[${host}]` : host;
new Logger('TrueTrack').log(
  `Listening on http://${shownHost}:${port} (role ${config.queue.role}, data in ${config.paths.dataDir})`,
);

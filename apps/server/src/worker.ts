import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from './load-config-or-exit.js';
import { nestLogLevels } from './log-levels.js';
import { WorkerModule } from './worker.module.js';

const loaded = loadConfigOrExit();
const config = { ...loaded, queue: { ...loaded.queue, role: 'worker' as const } };
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
  logger: nestLogLevels(config.log.level),
});
app.enableShutdownHooks();
await app.init();
const dispatch = config.queue.redisUrl ? 'Bull queues on Redis' : 'polling the database';
new Logger('TrueTrack').log(`Worker started (${dispatch}, ${config.queue.concurrency} steps at once)`);

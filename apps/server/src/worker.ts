import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { claimPidFile, createLogger, ProcessResources } from '@app/ops';
import { loadConfigOrExit } from './load-config-or-exit.js';
import { WorkerModule } from './worker.module.js';

const loaded = loadConfigOrExit();
const config = { ...loaded, queue: { ...loaded.queue, role: 'worker' as const } };
const releasePidFile = claimPidFile(config.paths.dataDir, 'worker');
const { logger, close: closeLogFile } = createLogger(config, 'truetrack-worker');
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, [ProcessResources]), { logger });
app.get(ProcessResources).adopt(releasePidFile);
app.get(ProcessResources).adopt(closeLogFile);
app.enableShutdownHooks();
await app.init();
const dispatch = config.queue.redisUrl ? 'Bull queues on Redis' : 'polling the database';
new Logger('TrueTrack').log(`Worker started (${dispatch}, ${config.queue.concurrency} steps at once)`);

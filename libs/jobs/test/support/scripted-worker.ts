// A worker process for the reliability suite: the real engine with scripted steps, each committed step also
// recorded in `step_completion`. Settings come from the environment as in production (DATABASE_URL,
// REDIS_URL, TRUETRACK_*). Usage:
//   node dist-test/libs/jobs/test/support/scripted-worker.js <step-log> [--standby] [--no-keep-alive]
// With --standby it loads its code and then waits for a "go" line on stdin before it boots, so a test can
// replace a killed worker without paying for module loading each time. --no-keep-alive leaves staying up
// to the engine, as the production worker entry point does.
import 'reflect-metadata';
import { appendFileSync } from 'node:fs';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig } from '@app/config';
import { DbModule } from '@app/db';
import { JOB_ENTITIES, JobsModule } from '@app/jobs';
import { PlatformModule } from '@app/platform';
import { recordedStepProviders } from '@app/testing';

const [stepLog, ...flags] = process.argv.slice(2);
if (!stepLog) throw new Error('usage: scripted-worker.js <step-log-file> [--standby] [--no-keep-alive]');

/** One line per event: "<epoch ms> <pid> <what> [<job> <state>]", appended atomically by every worker. */
const log = (what: string) => appendFileSync(stepLog, `${Date.now()} ${process.pid} ${what}\n`);

const loaded = loadConfig(process.env);
const config = { ...loaded, queue: { ...loaded.queue, role: 'worker' as const } };

@Module({
  imports: [ConfigModule.forRoot(config), PlatformModule, DbModule.forRoot(JOB_ENTITIES), JobsModule.forRoot()],
  providers: recordedStepProviders({
    persistCompletion: true,
    onStart: (ctx) => log(`started ${ctx.job.id} ${ctx.job.state}`),
    onComplete: (ctx) => log(`completed ${ctx.job.id} ${ctx.job.state}`),
    onFailure: (ctx) => log(`failed ${ctx.job.id} ${ctx.job.state}`),
  }),
})
class ScriptedWorkerModule {}

/** Resolves on a "go" line; the process ends if its parent goes away first. */
function awaitGo(): Promise<void> {
  return new Promise((resolve) => {
    let buffered = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('end', () => process.exit(0));
    process.stdin.on('data', (chunk: string) => {
      buffered += chunk;
      if (buffered.includes('go\n')) resolve();
    });
  });
}

if (flags.includes('--standby')) await awaitGo();
const app = await NestFactory.createApplicationContext(ScriptedWorkerModule, { logger: ['error', 'warn'] });
// The in-process dispatcher's poll timer is unref'd and an application context has no server, so without
// this an idle worker exits (see worker-process.int-spec.ts).
const keepAlive = flags.includes('--no-keep-alive') ? undefined : setInterval(() => undefined, 60_000);
process.once('SIGTERM', () => {
  log('stopping');
  clearInterval(keepAlive);
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
log('ready');

// A second API process for the cross-process idempotency test: boots with role api, prints "ready", waits
// for a "go" line, creates <count> jobs cycling through <keys> idempotency keys all at once, prints one
// JSON line with what it got and exits. Settings come from the environment (DATABASE_URL, TRUETRACK_*).
// Usage: node dist-test/libs/jobs/test/support/create-jobs.js <count> <keys> <key-prefix>
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig } from '@app/config';
import { DbModule } from '@app/db';
import { JOB_ENTITIES, JobsModule, JobsService } from '@app/jobs';
import { PlatformModule } from '@app/platform';

const [count, keys, prefix] = process.argv.slice(2);
if (!count || !keys || !prefix) throw new Error('usage: create-jobs.js <count> <keys> <key-prefix>');

const loaded = loadConfig(process.env);
const config = { ...loaded, queue: { ...loaded.queue, role: 'api' as const } };

@Module({
  imports: [ConfigModule.forRoot(config), PlatformModule, DbModule.forRoot(JOB_ENTITIES), JobsModule.forRoot()],
})
class CreateJobsModule {}

const app = await NestFactory.createApplicationContext(CreateJobsModule, { logger: ['error', 'warn'] });
const jobs = app.get(JobsService);
process.stdout.write('ready\n');
await new Promise<void>((resolve) => {
  let buffered = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    buffered += chunk;
    if (buffered.includes('go\n')) resolve();
  });
});
const results = await Promise.all(
  Array.from({ length: Number(count) }, async (_, i) => {
    const key = `${prefix}-${i % Number(keys)}`;
    const { job, created } = await jobs.create({ query: `song ${i % Number(keys)}` }, key);
    return { key, id: job.id, created };
  }),
);
process.stdout.write(`${JSON.stringify(results)}\n`);
await app.close();
process.exit(0);

import type { FactoryProvider, Provider } from '@nestjs/common';
import type { PipelineStep, StepContext } from '@app/jobs';
import type { DataSource, EntityManager } from 'typeorm';
import { type ScriptedStepOptions, scriptedStepProviders } from './scripted-steps.js';

/**
 * A test-only table with one row per committed step: written inside the transition's transaction, so a
 * step that ran twice, or whose transition was lost, shows up as two rows or none.
 */
export const STEP_COMPLETION_TABLE = 'step_completion';

export interface StepCompletionRow {
  jobId: string;
  state: string;
  workerPid: number;
  at: number;
}

export interface RecordedStepOptions extends ScriptedStepOptions {
  /** Adds a `persist` to every outcome that inserts a `step_completion` row in the transition's transaction. */
  persistCompletion?: boolean;
  /** Called when a step throws (a scripted failure, or an abort after a cancel or a lost lease). */
  onFailure?: (ctx: StepContext, error: unknown) => void;
}

/** Portable DDL (SQLite and Postgres); create it before any worker runs a step. */
export async function createStepCompletionTable(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS ${STEP_COMPLETION_TABLE} (` +
      'job_id VARCHAR(36) NOT NULL, state VARCHAR(32) NOT NULL, worker_pid INTEGER NOT NULL, at BIGINT NOT NULL)',
  );
}

export async function readStepCompletions(dataSource: DataSource): Promise<StepCompletionRow[]> {
  const rows: { job_id: string; state: string; worker_pid: number | string; at: number | string }[] =
    await dataSource.query(`SELECT job_id, state, worker_pid, at FROM ${STEP_COMPLETION_TABLE}`);
  return rows.map((row) => ({
    jobId: row.job_id,
    state: row.state,
    workerPid: Number(row.worker_pid),
    at: Number(row.at),
  }));
}

async function insertCompletion(manager: EntityManager, jobId: string, state: string): Promise<void> {
  const marks = manager.connection.options.type === 'postgres' ? ['$1', '$2', '$3', '$4'] : ['?', '?', '?', '?'];
  await manager.query(
    `INSERT INTO ${STEP_COMPLETION_TABLE} (job_id, state, worker_pid, at) VALUES (${marks.join(', ')})`,
    [jobId, state, process.pid, Date.now()],
  );
}

function withFailureHook(step: PipelineStep, onFailure: NonNullable<RecordedStepOptions['onFailure']>): PipelineStep {
  const run = step.run.bind(step);
  // An own property: the registry finds the handler through the instance's class, which stays the same.
  step.run = async (ctx) => {
    try {
      return await run(ctx);
    } catch (error) {
      onFailure(ctx, error);
      throw error;
    }
  };
  return step;
}

/** {@link scriptedStepProviders} that can also record each committed step and report failures. */
export function recordedStepProviders(options: RecordedStepOptions = {}): Provider[] {
  const { persistCompletion, onFailure, ...scripted } = options;
  const onComplete: ScriptedStepOptions['onComplete'] = (ctx, outcome) => {
    if (persistCompletion) {
      const previous = outcome.persist;
      outcome.persist = async (manager) => {
        await previous?.(manager);
        await insertCompletion(manager, ctx.job.id, ctx.job.state);
      };
    }
    scripted.onComplete?.(ctx, outcome);
  };
  const providers = scriptedStepProviders({ ...scripted, onComplete }) as FactoryProvider<PipelineStep>[];
  if (!onFailure) return providers;
  return providers.map((provider) => ({
    ...provider,
    useFactory: () => withFailureHook(provider.useFactory() as PipelineStep, onFailure),
  }));
}

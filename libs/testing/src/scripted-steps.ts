import { type Provider } from '@nestjs/common';
import { CandidateStage, JobKind, JobState } from '@app/contracts';
import { PermanentError, RetryableError } from '@app/core';
import { StepHandler, type PipelineStep, type StepContext, type StepOutcome } from '@app/jobs';

/**
 * Test handlers for every working state, driven by words in the job's query:
 * - `ask`      RESOLVING_IDENTITY offers three intent candidates and waits for a person;
 * - `unsure`   MATCHING_METADATA offers two metadata candidates and waits;
 * - `flaky:N`  each step fails N times with a RetryableError before it succeeds;
 * - `fatal@S`  the step for state S throws a PermanentError;
 * - `slow:MS`  each step takes MS milliseconds (abortable), with progress reports;
 * - `hang@S`   the step for state S runs until it is aborted.
 * - `fanout:N` DOWNLOADING finds a playlist of N entries: the job becomes a list job with N track children
 *              (queried `entry I <words after "children:">`, e.g. `children:hang@SEARCHING`).
 */
const CHAIN: Partial<Record<JobState, JobState>> = {
  [JobState.ResolvingIdentity]: JobState.Searching,
  [JobState.Searching]: JobState.Downloading,
  [JobState.Downloading]: JobState.Extracting,
  [JobState.Extracting]: JobState.MatchingMetadata,
  [JobState.MatchingMetadata]: JobState.Tagging,
  [JobState.Tagging]: JobState.Storing,
  [JobState.Storing]: JobState.Finalized,
};

export interface ScriptedStepOptions {
  /** Called when a step finished its work, before its outcome is committed. */
  onComplete?: (ctx: StepContext, outcome: StepOutcome) => void;
  /** Called when a step starts. */
  onStart?: (ctx: StepContext) => void;
}

export const SCRIPTED_STEP_OPTIONS = Symbol('SCRIPTED_STEP_OPTIONS');

function word(query: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:[:@](\\S+))?(?=\\s|$)`).exec(query);
  return match ? (match[1] ?? '') : undefined;
}

function sleep(ms: number, signal: AbortSignal, ctx: StepContext): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const started = Date.now();
    const tick = setInterval(
      () => ctx.progress(Math.min(1, (Date.now() - started) / ms), { elapsedMs: Date.now() - started }),
      20,
    );
    const done = setTimeout(() => {
      clearInterval(tick);
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(done);
      clearInterval(tick);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

async function runScripted(state: JobState, ctx: StepContext, options: ScriptedStepOptions): Promise<StepOutcome> {
  options.onStart?.(ctx);
  const { query } = ctx.job;
  if (word(query, 'hang') === state) await sleep(3_600_000, ctx.signal, ctx);
  const slow = Number(word(query, 'slow') ?? 0);
  if (slow > 0) await sleep(slow, ctx.signal, ctx);
  const flaky = Number(word(query, 'flaky') ?? 0);
  if (ctx.job.attempt <= flaky) throw new RetryableError(`scripted transient failure ${ctx.job.attempt} of ${flaky}`);
  if (word(query, 'fatal') === state) throw new PermanentError(`scripted permanent failure in ${state}`);

  let outcome: StepOutcome;
  if (state === JobState.ResolvingIdentity && word(query, 'ask') !== undefined) {
    outcome = {
      next: JobState.UserIntentSelection,
      reason: 'Three recordings match; a person should choose',
      candidates: [0.61, 0.58, 0.4].map((score, i) => ({
        stage: CandidateStage.Intent,
        provider: 'scripted',
        score,
        scoreParts: { title: score },
        reasons: [`candidate ${i} scored ${score}`],
        payload: { title: `Recording ${i}` },
      })),
    };
  } else if (state === JobState.Downloading && word(query, 'fanout') !== undefined) {
    const count = Number(word(query, 'fanout'));
    const words = word(query, 'children');
    outcome = {
      next: JobState.AwaitingChildren,
      becomes: JobKind.List,
      reason: `scripted playlist of ${count} entries`,
      children: Array.from({ length: count }, (_, i) => ({
        query: `entry ${i + 1}${words ? ` ${words}` : ''}`,
        kind: JobKind.Track,
      })),
    };
  } else if (state === JobState.MatchingMetadata && word(query, 'unsure') !== undefined && !ctx.job.data['choice']) {
    outcome = {
      next: JobState.UserMetadataSelection,
      reason: 'Metadata match below the threshold',
      candidates: [0.5, 0.45].map((score, i) => ({
        stage: CandidateStage.Metadata,
        provider: 'scripted',
        score,
        reasons: [`release ${i}`],
        payload: { release: `Release ${i}` },
      })),
    };
  } else {
    const next = CHAIN[state]!;
    outcome = {
      next,
      reason: `scripted ${state} done`,
      data: { ...ctx.job.data, [state]: true },
      ...(next === JobState.Finalized ? { result: { path: `/library/${ctx.job.id}.opus` } } : {}),
    };
  }
  options.onComplete?.(ctx, outcome);
  return outcome;
}

function makeStep(state: JobState) {
  @StepHandler(state)
  class ScriptedStep implements PipelineStep {
    constructor(private readonly options: ScriptedStepOptions = {}) {}
    run(ctx: StepContext): Promise<StepOutcome> {
      return runScripted(state, ctx, this.options);
    }
  }
  Object.defineProperty(ScriptedStep, 'name', { value: `Scripted${state}Step` });
  return ScriptedStep;
}

/** Providers registering a scripted handler for every working state. */
export function scriptedStepProviders(options: ScriptedStepOptions = {}): Provider[] {
  return Object.keys(CHAIN).map((state) => {
    const step = makeStep(state as JobState);
    return { provide: step, useFactory: () => new step(options) };
  });
}

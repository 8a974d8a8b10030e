import { JobState } from '@app/contracts';
import { isLink, PermanentError } from '@app/core';
import { type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import { IdentityResolver } from '../identity/identity-resolver.service.js';
import { intentCandidate } from '../identity/to-candidate.js';

/** How many candidates a person is shown (and kept on the job to explain the decision). */
export const INTENT_CANDIDATES_SHOWN = 10;

/**
 * RESOLVING_IDENTITY: which recording is meant. A strong, clear match goes on to SEARCHING; anything less,
 * or a request that asks to be asked, waits in USER_INTENT_SELECTION with the ranked candidates and reasons.
 */
@StepHandler(JobState.ResolvingIdentity)
export class ResolveIdentityStep implements PipelineStep {
  constructor(private readonly resolver: IdentityResolver) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    const query = ctx.job.query.trim();
    if (ctx.job.data.recording && ctx.job.parentId) {
      return {
        next: JobState.Searching,
        reason: `Recording given by the album job ${ctx.job.parentId}`,
        data: ctx.job.data,
      };
    }
    if (isLink(query)) {
      const entry = ctx.job.data.linkEntry;
      const reason = entry?.index
        ? `Entry ${entry.index} of ${entry.of} of the link job ${ctx.job.parentId}: its audio is used as the source, and what it says of itself identifies it`
        : 'A URL was given: its audio is used as the source, and what it says of itself identifies it';
      return { next: JobState.Searching, reason, data: { ...ctx.job.data, sourceUrl: query } };
    }
    const resolution = await this.resolver.resolve(query, ctx.signal);
    const { ranked, recommendation, asked, failures } = resolution;
    const failed = failures.map((f) => `${f.provider} failed: ${f.message}`);
    if (ranked.length === 0) {
      throw new PermanentError(
        `No recording matches "${query}" at ${asked.join(', ')}${failed.length ? ` (${failed.join('; ')})` : ''}`,
      );
    }
    const candidates = ranked.slice(0, INTENT_CANDIDATES_SHOWN).map(intentCandidate);
    const data = { parsed: resolution.parsed, target: resolution.target, providerFailures: failures };
    const best = recommendation.best;
    if (recommendation.level === 'strong' && best && !ctx.job.options.ask) {
      return {
        next: JobState.Searching,
        reason: `Strong match: ${recommendation.reason}`,
        data: { ...data, recording: best.candidate, identity: { score: best.score, reasons: best.reasons } },
        candidates,
      };
    }
    const why = ctx.job.options.ask ? 'Asked to confirm' : `Not sure (${recommendation.level})`;
    return { next: JobState.UserIntentSelection, reason: `${why}: ${recommendation.reason}`, data, candidates };
  }
}

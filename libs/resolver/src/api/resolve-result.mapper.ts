import type { ResolveResultDto } from '@app/contracts';
import type { IdentityResolution } from '../identity/identity-resolver.service.js';
import { INTENT_CANDIDATES_SHOWN } from '../steps/resolve-identity.step.js';

export function toResolveResult(resolution: IdentityResolution): ResolveResultDto {
  const { recommendation } = resolution;
  return {
    query: resolution.parsed.input,
    understood: {
      title: resolution.target.title,
      artists: resolution.target.artists,
      versions: resolution.target.versions.map((v) => v.kind),
    },
    decision: { level: recommendation.level, reason: recommendation.reason, margin: round(recommendation.margin) },
    candidates: resolution.ranked.slice(0, INTENT_CANDIDATES_SHOWN).map((s) => ({
      label: s.label,
      score: s.score,
      reasons: s.reasons,
      recording: s.candidate as unknown as Record<string, unknown>,
    })),
    asked: resolution.asked,
    failures: resolution.failures,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

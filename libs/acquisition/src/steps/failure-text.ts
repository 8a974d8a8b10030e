import type { ProviderFailure } from '@app/core';

/** A source failure as a line of text: SEARCHING keeps the providers it could not ask as objects, the rest are text. */
export const failureText = (failure: string | ProviderFailure): string =>
  typeof failure === 'string' ? failure : `${failure.provider}: ${failure.message}`;

/** A refusal answered as ListenBrainz answers it: the status and a `{code, error}` body. */
export class ListenBrainzError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ListenBrainzError';
  }

  body(): { code: number; error: string } {
    return { code: this.status, error: this.message };
  }
}

export const badRequest = (message: string) => new ListenBrainzError(400, message);
export const unauthorized = (message: string) => new ListenBrainzError(401, message);

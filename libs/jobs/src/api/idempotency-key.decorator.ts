import type { IncomingMessage } from 'node:http';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { IDEMPOTENCY_HEADER } from '@app/contracts';
import { ValidationError } from '@app/core';

const HEADER_NAME = 'Idempotency-Key';
const VALID_KEY = /^[\x20-\x7e]{1,255}$/;

/** The `Idempotency-Key` header, when sent: 1 to 255 printable ASCII characters. */
export function parseIdempotencyKey(raw: string | string[] | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !VALID_KEY.test(raw)) {
    throw new ValidationError(HEADER_NAME, `${HEADER_NAME} must be 1 to 255 printable ASCII characters`);
  }
  return raw;
}

export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  parseIdempotencyKey(context.switchToHttp().getRequest<IncomingMessage>().headers[IDEMPOTENCY_HEADER]),
);

import { Injectable } from '@nestjs/common';

/** Source of the current time; inject it instead of calling `Date.now()` so tests can move time. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** Injection token of the {@link Clock}. */
export const CLOCK = Symbol('CLOCK');

/** The wall clock. */
@Injectable()
export class SystemClock implements Clock {
  now(): number {
    return Date.now();
  }
}

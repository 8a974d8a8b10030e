import { NotFoundError } from '@app/core';

/** A resource id from the path; anything but a positive integer names no resource. */
export function idParam(value: string, resource: string): number {
  if (!/^\d+$/.test(value)) throw new NotFoundError(`${resource} with ID ${value} does not exist`);
  return Number(value);
}

import { AppError } from '@app/core';

/** The HTTP status a platform HttpClient error carries, if the service answered. */
export function failedStatus(error: unknown): number | undefined {
  const status = error instanceof AppError ? error.details?.['status'] : undefined;
  return typeof status === 'number' ? status : undefined;
}

/**
 * A failure as the delivery log keeps it: the status of an error answer, otherwise the message with every URL cut
 * to its origin (a Discord webhook URL or a query string holds a secret).
 */
export function describeFailure(error: unknown): string {
  const status = failedStatus(error);
  // A 2xx that still failed (a Subsonic error answer) says more in its message.
  if (status !== undefined && status >= 300) return `HTTP ${status}`;
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\bhttps?:\/\/[^\s]+/g, (url) => originOf(url)).slice(0, 500);
}

function originOf(url: string): string {
  try {
    return new URL(url.replace(/:$/, '')).origin;
  } catch {
    return '<url>';
  }
}

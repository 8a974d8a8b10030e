/** What a webhook led to, for its answer and the delivery log. */
export interface HandledDelivery {
  /** The event as the source named it. */
  event: string;
  summary: string;
  message: string;
  jobIds: string[];
  /** A listen was recorded (a Jellyfin PlaybackStop). */
  listened?: boolean;
  /** Paths that were not imported, with the reason; with no job created the webhook is answered 422. */
  refused?: string;
}

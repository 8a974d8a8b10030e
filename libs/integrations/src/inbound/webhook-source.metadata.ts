/** Metadata key naming the source of an inbound webhook route. */
export const WEBHOOK_SOURCE = 'truetrack:webhook-source';

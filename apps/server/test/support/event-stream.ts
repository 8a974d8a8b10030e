import type { JobStreamMessage } from '@app/contracts';

export interface SseMessage {
  event: string;
  data: JobStreamMessage;
}

/** An open `GET /api/v1/events` (with the given headers, e.g. a session cookie), read frame by frame. */
export async function openEventStream(baseUrl: string, headers: Record<string, string> = {}, query = '') {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/v1/events${query}`, { headers, signal: abort.signal });
  if (!response.ok) throw new Error(`GET /api/v1/events: HTTP ${response.status}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const received: SseMessage[] = [];
  let buffer = '';
  return {
    response,
    received,
    /** Reads until `until` holds for a received message; returns it. */
    async readUntil(until: (message: SseMessage) => boolean, timeoutMs = 10_000): Promise<SseMessage> {
      const deadline = setTimeout(() => abort.abort(new Error('no matching event in time')), timeoutMs);
      try {
        for (;;) {
          const frames = buffer.split('\n\n');
          buffer = frames.pop()!;
          for (const frame of frames) {
            const message = parseFrame(frame);
            if (!message) continue;
            received.push(message);
            if (until(message)) return message;
          }
          const { value, done } = await reader.read();
          if (done) throw new Error('the event stream ended');
          buffer += value;
        }
      } finally {
        clearTimeout(deadline);
      }
    },
    close: () => abort.abort(),
  };
}

function parseFrame(frame: string): SseMessage | undefined {
  const field = (name: string) =>
    frame
      .split('\n')
      .filter((line) => line.startsWith(`${name}: `))
      .map((line) => line.slice(name.length + 2))
      .join('\n');
  const data = field('data');
  return data ? { event: field('event'), data: JSON.parse(data) as JobStreamMessage } : undefined;
}

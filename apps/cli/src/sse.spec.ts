import { readSse } from './sse.js';

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>) {
  const messages = [];
  for await (const message of readSse(stream)) messages.push(message);
  return messages;
}

describe('readSse', () => {
  it('reads events split across chunks, skipping heartbeat comments', async () => {
    const messages = await collect(
      streamOf(
        'event: job.prog',
        'ress\ndata: {"a":1}\n\n: heartbeat\n\n',
        'event: job.updated\r\ndata: {"b":2}\r\n\r\n',
      ),
    );
    expect(messages).toEqual([
      { event: 'job.progress', data: '{"a":1}' },
      { event: 'job.updated', data: '{"b":2}' },
    ]);
  });

  it('joins multi-line data and defaults the event name', async () => {
    expect(await collect(streamOf('data: one\ndata: two\n\n'))).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });

  it('drops an unfinished last event', async () => {
    expect(await collect(streamOf('event: x\ndata: 1\n'))).toEqual([]);
  });

  it('decodes characters split between chunks', async () => {
    const bytes = new TextEncoder().encode('data: Jóga\n\n');
    const split = bytes.indexOf(0xc3) + 1;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, split));
        controller.enqueue(bytes.slice(split));
        controller.close();
      },
    });
    expect(await collect(stream)).toEqual([{ event: 'message', data: 'Jóga' }]);
  });
});

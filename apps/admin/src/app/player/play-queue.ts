/** One thing the player can play: a library track. */
export interface QueueItem {
  trackId: string;
  title: string;
  artist: string;
  album?: string;
  durationMs?: number;
}

export type RepeatMode = 'off' | 'all' | 'one';

/** The queue as a value: what is in it, which one plays, and the order shuffle made. Pure, for tests. */
export interface PlayQueue {
  items: readonly QueueItem[];
  /** Index into `order`; -1 when nothing is chosen. */
  position: number;
  /** Indexes into `items` in play order (the identity unless shuffled). */
  order: readonly number[];
  shuffle: boolean;
  repeat: RepeatMode;
}

export const EMPTY_QUEUE: PlayQueue = { items: [], position: -1, order: [], shuffle: false, repeat: 'off' };

export function current(queue: PlayQueue): QueueItem | undefined {
  const index = queue.order[queue.position];
  return index === undefined ? undefined : queue.items[index];
}

/** Adds items at the end; `playNow` makes the first of them the current one. */
export function enqueue(queue: PlayQueue, items: readonly QueueItem[], playNow = false): PlayQueue {
  const start = queue.items.length;
  const added = items.map((_, i) => start + i);
  const order = [...queue.order, ...added];
  const position = playNow
    ? order.indexOf(start)
    : queue.position === -1 && items.length
      ? order.indexOf(start)
      : queue.position;
  return { ...queue, items: [...queue.items, ...items], order, position };
}

/** The next item, or undefined at the end (unless repeating). `ended` means the track ran out, not a skip. */
export function next(queue: PlayQueue, ended = false): PlayQueue {
  if (ended && queue.repeat === 'one') return queue;
  if (queue.position + 1 < queue.order.length) return { ...queue, position: queue.position + 1 };
  if (queue.repeat !== 'off' && queue.order.length) return { ...queue, position: 0 };
  return { ...queue, position: ended ? -1 : queue.position };
}

export function previous(queue: PlayQueue): PlayQueue {
  if (queue.position > 0) return { ...queue, position: queue.position - 1 };
  if (queue.repeat === 'all' && queue.order.length) return { ...queue, position: queue.order.length - 1 };
  return queue;
}

/** Shuffle keeps the current item playing and shuffles the rest after it; `random` is injectable for tests. */
export function setShuffle(queue: PlayQueue, on: boolean, random: () => number = Math.random): PlayQueue {
  const playing = queue.order[queue.position];
  if (!on) {
    const order = queue.items.map((_, i) => i);
    return { ...queue, shuffle: false, order, position: playing === undefined ? -1 : playing };
  }
  const rest = queue.items.map((_, i) => i).filter((i) => i !== playing);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  const order = playing === undefined ? rest : [playing, ...rest];
  return { ...queue, shuffle: true, order, position: playing === undefined ? -1 : 0 };
}

export function cycleRepeat(queue: PlayQueue): PlayQueue {
  const nextMode: Record<RepeatMode, RepeatMode> = { off: 'all', all: 'one', one: 'off' };
  return { ...queue, repeat: nextMode[queue.repeat] };
}

export function jumpTo(queue: PlayQueue, itemIndex: number): PlayQueue {
  const position = queue.order.indexOf(itemIndex);
  return position === -1 ? queue : { ...queue, position };
}

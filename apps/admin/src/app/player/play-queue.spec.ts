import { current, cycleRepeat, EMPTY_QUEUE, enqueue, next, previous, setShuffle } from './play-queue';

const item = (n: number) => ({ trackId: `t${n}`, title: `Song ${n}`, artist: 'Nova Tide' });
const three = enqueue(EMPTY_QUEUE, [item(1), item(2), item(3)]);

describe('play queue', () => {
  it('starts at the first item added and walks forward and back', () => {
    expect(current(three)?.trackId).toBe('t1');
    expect(current(next(three))?.trackId).toBe('t2');
    expect(current(previous(next(next(three))))?.trackId).toBe('t2');
  });

  it('stops at the end unless repeating, and repeats one track only when it ends by itself', () => {
    const last = next(next(three));
    expect(current(next(last, true))).toBeUndefined();
    expect(current(next(cycleRepeat(last), true))?.trackId).toBe('t1');
    const one = cycleRepeat(cycleRepeat(last));
    expect(one.repeat).toBe('one');
    expect(current(next(one, true))?.trackId).toBe('t3');
    expect(current(next(one))?.trackId).toBe('t1');
  });

  it('plays an item added with playNow at once', () => {
    expect(current(enqueue(three, [item(4)], true))?.trackId).toBe('t4');
  });

  it('keeps the current item when shuffling and restores the order after', () => {
    const playing = next(three);
    const shuffled = setShuffle(playing, true, () => 0);
    expect(current(shuffled)?.trackId).toBe('t2');
    expect([...shuffled.order].sort()).toEqual([0, 1, 2]);
    const back = setShuffle(shuffled, false);
    expect(back.order).toEqual([0, 1, 2]);
    expect(current(back)?.trackId).toBe('t2');
  });
});

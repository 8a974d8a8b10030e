import { FakeClock } from './fake-clock.js';

describe('FakeClock', () => {
  it('starts at a fixed instant and stays there', () => {
    const sut = new FakeClock();
    expect(new Date(sut.now()).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(sut.now()).toBe(sut.now());
  });

  it('moves only when advanced or set', () => {
    const sut = new FakeClock(1000);
    expect(sut.advance(250)).toBe(1250);
    expect(sut.now()).toBe(1250);
    sut.set(500);
    expect(sut.now()).toBe(500);
  });

  it('refuses to advance backwards', () => {
    expect(() => new FakeClock().advance(-1)).toThrow(RangeError);
  });
});

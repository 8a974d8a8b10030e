import { jest } from '@jest/globals';
import { RescanBatcher } from './rescan-batcher.js';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('RescanBatcher', () => {
  it('gathers every path of the window into one flush, each path once', () => {
    const flush = jest.fn<(paths: string[]) => void>();
    const sut = new RescanBatcher(5000, flush);
    sut.add('/lib/a/1.flac');
    jest.advanceTimersByTime(4000);
    sut.add('/lib/a/2.flac');
    sut.add('/lib/a/1.flac');
    expect(flush).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1000);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(flush).toHaveBeenCalledWith(['/lib/a/1.flac', '/lib/a/2.flac']);
  });

  it('starts a new window for what lands after a flush', () => {
    const flush = jest.fn<(paths: string[]) => void>();
    const sut = new RescanBatcher(100, flush);
    sut.add('/lib/1.mp3');
    jest.advanceTimersByTime(100);
    sut.add('/lib/2.mp3');
    jest.advanceTimersByTime(100);
    expect(flush.mock.calls).toEqual([[['/lib/1.mp3']], [['/lib/2.mp3']]]);
  });

  it('flushes nothing when nothing was added, and drops what is pending when stopped', () => {
    const flush = jest.fn<(paths: string[]) => void>();
    const sut = new RescanBatcher(100, flush);
    sut.flushNow();
    sut.add('/lib/1.mp3');
    sut.stop();
    jest.advanceTimersByTime(1000);
    expect(flush).not.toHaveBeenCalled();
  });
});

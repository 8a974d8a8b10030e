import { currentLogContext, withLogContext, withOwnLogContext } from './log-context.js';

describe('withLogContext', () => {
  it('is empty outside any context', () => {
    expect(currentLogContext()).toBeUndefined();
  });

  it('follows the work across awaits and adds inner ids to outer ones', async () => {
    const seen = await withLogContext({ reqId: 'r-1' }, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return withLogContext({ jobId: 'j-1' }, async () => {
        await Promise.resolve();
        return currentLogContext();
      });
    });
    expect(seen).toEqual({ reqId: 'r-1', jobId: 'j-1' });
    expect(currentLogContext()).toBeUndefined();
  });

  it('can start over without the outer ids', () => {
    const seen = withLogContext({ reqId: 'r-1' }, () => withOwnLogContext({ jobId: 'j-1' }, currentLogContext));
    expect(seen).toEqual({ jobId: 'j-1' });
  });
});

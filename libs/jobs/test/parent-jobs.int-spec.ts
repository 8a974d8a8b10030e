// Album and list jobs: children created with their parent (or by its EXPANDING step) exactly once, the parent
// ended by its last child (or by the poll after a crash), cancel cascading and retry reopening.
import { type JobDto, JobEventType, JobKind, JobState, JobStatus } from '@app/contracts';
import { scriptedStepProviders } from '@app/testing';
import { DataSource } from 'typeorm';
import { type Engine, startEngine } from './engine-harness.js';
import { expandGate, ScriptedExpandStep } from './support/scripted-expand.step.js';

const finished = (job: JobDto) => [JobStatus.Success, JobStatus.Error, JobStatus.Cancelled].includes(job.status);
const providers = () => [...scriptedStepProviders(), ScriptedExpandStep];

describe('parent jobs', () => {
  let engine: Engine;
  const others: Engine[] = [];

  beforeEach(async () => {
    expandGate.reset();
    engine = await startEngine('in-process', providers());
  });

  afterEach(async () => {
    expandGate.releaseAll();
    for (const other of others.splice(0)) await other.close();
    await engine.close();
  });

  const childrenOf = async (id: string) => (await engine.jobs.list({ parentId: id, pageSize: 500 })).records;

  it('creates a list job with one track job per entry in one go and ends it when the last track ends', async () => {
    const created = await engine.jobs.createList({
      text: '#EXTM3U\n#EXTINF:215,plain one\none.mp3\n#EXTINF:-1,plain two\ntwo.mp3\n',
      fileName: 'road trip.m3u',
    });
    expect(created.job).toMatchObject({ kind: JobKind.List, query: 'List: road trip.m3u (2 entries)' });
    expect(created.format).toBe('m3u');
    expect(created.childIds).toHaveLength(2);
    expect(created.job.children?.map((c) => c.query)).toEqual(['plain one', 'plain two']);

    const done = await engine.waitFor(created.job.id, finished);
    expect(done).toMatchObject({ state: JobState.Finalized, status: JobStatus.Success, error: null });
    expect(done.result).toEqual({ children: 2, succeeded: 2, failed: 0, cancelled: 0 });
    expect(done.progress.fraction).toBe(1);
    expect(done.children?.every((c) => c.state === JobState.Finalized)).toBe(true);
    const history = await engine.jobs.history(created.job.id);
    expect(history.map((e) => e.to)).toEqual([JobState.AwaitingChildren, JobState.Finalized]);
    expect(history[1]!.reason).toBe('2 of 2 tracks done');

    const children = await childrenOf(created.job.id);
    expect(children.every((c) => c.parentId === created.job.id && c.kind === JobKind.Track)).toBe(true);
    const rows: { step_data: string }[] = await engine.dataSource.query(
      `SELECT step_data FROM job WHERE id = '${created.childIds[0]}'`,
    );
    expect(JSON.parse(rows[0]!.step_data)).toMatchObject({ list: { line: 2, durationMs: 215000 } });
    expect((await engine.jobs.list({ parentId: 'none' })).records.map((j) => j.id)).toEqual([created.job.id]);
  });

  it('turns a track job whose step found a playlist into a list job that ends with its children', async () => {
    const { job } = await engine.jobs.create({ query: 'fanout:2' });
    const done = await engine.waitFor(job.id, finished);
    expect(done).toMatchObject({ kind: JobKind.List, state: JobState.Finalized, status: JobStatus.Success });
    expect(done.result).toEqual({ children: 2, succeeded: 2, failed: 0, cancelled: 0 });
    expect(done.children?.map((c) => c.query)).toEqual(['entry 1', 'entry 2']);
    const history = await engine.jobs.history(job.id);
    expect(history.map((e) => e.to)).toEqual([
      JobState.ResolvingIdentity,
      JobState.Searching,
      JobState.Downloading,
      JobState.AwaitingChildren,
      JobState.Finalized,
    ]);
  });

  it('cancels the entries of a playlist job with it, as it does for any list', async () => {
    const { job } = await engine.jobs.create({ query: 'fanout:2 children:hang@SEARCHING' });
    await engine.waitFor(job.id, (j) => j.state === JobState.AwaitingChildren);
    const cancelled = await engine.jobs.cancel(job.id);
    expect(cancelled).toMatchObject({ kind: JobKind.List, state: JobState.Cancelled });
    const children = await childrenOf(job.id);
    expect(children).toHaveLength(2);
    for (const child of children) {
      expect(await engine.waitFor(child.id, finished)).toMatchObject({ state: JobState.Cancelled });
    }
  });

  it('counts a partly failed list as done with its failures, and a retry retries only the failed tracks', async () => {
    const created = await engine.jobs.createList({ text: 'plain one\nfatal@TAGGING two\nplain three' });
    const done = await engine.waitFor(created.job.id, finished);
    expect(done).toMatchObject({ state: JobState.Finalized, status: JobStatus.Success });
    expect(done.result).toEqual({ children: 3, succeeded: 2, failed: 1, cancelled: 0 });
    expect((await engine.jobs.history(done.id)).at(-1)!.reason).toBe('2 of 3 tracks done, 1 failed');
    const [, failedId] = created.childIds;
    const untouched = (await engine.jobs.history(created.childIds[0]!)).length;

    const retried = await engine.jobs.retry(done.id);
    // Reopened; the retried track may already have failed again and ended it (the history below tells).
    expect([JobState.AwaitingChildren, JobState.Finalized]).toContain(retried.state);
    const again = await engine.waitFor(done.id, finished);
    expect(again.result).toEqual({ children: 3, succeeded: 2, failed: 1, cancelled: 0 });
    const failedHistory = await engine.jobs.history(failedId!);
    expect(failedHistory.filter((e) => e.type === JobEventType.Retried)).toHaveLength(1);
    expect(failedHistory.filter((e) => e.to === JobState.Failed)).toHaveLength(2);
    expect(await engine.jobs.history(created.childIds[0]!)).toHaveLength(untouched);
    const parentHistory = await engine.jobs.history(done.id);
    expect(parentHistory.filter((e) => e.type === JobEventType.Retried)).toEqual([
      expect.objectContaining({ from: JobState.Finalized, to: JobState.AwaitingChildren }),
    ]);
  });

  it('fails a list whose every track failed, and refuses to retry one without failed tracks', async () => {
    const failing = await engine.jobs.createList({ text: 'fatal@SEARCHING a\nfatal@SEARCHING b' });
    const failed = await engine.waitFor(failing.job.id, finished);
    expect(failed).toMatchObject({ state: JobState.Failed, status: JobStatus.Error });
    expect(failed.error).toMatchObject({ message: '0 of 2 tracks done, 2 failed', state: JobState.AwaitingChildren });
    await engine.jobs.retry(failed.id);
    // Its children fail again at once, so the parent may already have ended again: its history tells.
    const again = await engine.waitFor(failed.id, finished);
    expect(again.state).toBe(JobState.Failed);
    // Each failed track is retried once, and the parent reopens once, after all of them: a track that fails
    // again at once cannot end the parent before the others are back at work.
    for (const childId of failing.childIds) {
      const retried = (await engine.jobs.history(childId)).filter((e) => e.type === JobEventType.Retried);
      expect(retried).toHaveLength(1);
    }
    const reopened = (await engine.jobs.history(failed.id)).filter((e) => e.type === JobEventType.Retried);
    expect(reopened).toHaveLength(1);
    for (const event of reopened) expect(event).toMatchObject({ from: JobState.Failed, to: JobState.AwaitingChildren });

    const fine = await engine.jobs.createList({ text: 'plain' });
    await engine.waitFor(fine.job.id, finished);
    await expect(engine.jobs.retry(fine.job.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('shows the mean of its children as progress, and a cancel cascades to the unfinished ones', async () => {
    const created = await engine.jobs.createList({ text: 'plain done\nhang@SEARCHING stuck' });
    const [doneId, stuckId] = created.childIds as [string, string];
    await engine.waitFor(doneId, finished);
    await engine.waitFor(stuckId, (j) => j.state === JobState.Searching);
    const stuck = await engine.jobs.get(stuckId);
    const parent = await engine.jobs.get(created.job.id);
    expect(parent.state).toBe(JobState.AwaitingChildren);
    expect(parent.progress.fraction).toBeCloseTo((1 + stuck.progress.fraction) / 2, 3);
    const listed = (await engine.jobs.list({ kind: JobKind.List })).records[0]!;
    expect(listed.progress.fraction).toBe(parent.progress.fraction);

    const cancelled = await engine.jobs.cancel(created.job.id);
    expect(cancelled.state).toBe(JobState.Cancelled);
    expect(await engine.jobs.get(stuckId)).toMatchObject({ state: JobState.Cancelled });
    expect(await engine.jobs.get(doneId)).toMatchObject({ state: JobState.Finalized });
    const reason = (await engine.jobs.history(stuckId)).at(-1)!.reason;
    expect(reason).toBe(`Cancelled with its list job ${created.job.id}`);
    expect((await engine.jobs.history(created.job.id)).at(-1)!.to).toBe(JobState.Cancelled);
  });

  it('expands an album into its tracks once, although its step ran twice on two workers', async () => {
    const db = engine.config.db;
    await engine.close();
    // Short leases and no heartbeat: a step that takes long loses its lease to the other worker.
    const timing = { leaseMs: 300, heartbeatMs: 600_000 };
    engine = await startEngine('in-process', providers(), { db, jobs: timing });
    expandGate.hold = true;
    const { job } = await engine.jobs.create({ kind: JobKind.Album, query: 'Album ; plain a ; plain b ; plain c' });
    expect(job.state).toBe(JobState.Expanding);
    while (expandGate.held.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    others.push(await startEngine('in-process', providers(), { db, jobs: timing }));

    const waiting = await engine.waitFor(job.id, (j) => j.state !== JobState.Expanding);
    expect(waiting.state).toBe(JobState.AwaitingChildren);
    expandGate.releaseAll();
    const done = await engine.waitFor(job.id, finished);
    expect(expandGate.runs).toBe(2);
    expect(done.result).toEqual({ children: 3, succeeded: 3, failed: 0, cancelled: 0 });
    expect(done.children?.map((c) => c.query)).toEqual(['plain a', 'plain b', 'plain c']);
    const history = await engine.jobs.history(job.id);
    expect(history.filter((e) => e.to === JobState.AwaitingChildren)).toHaveLength(1);
  });

  it("lets a person pick an album's release, then expands it", async () => {
    const { job } = await engine.jobs.create({ kind: JobKind.Album, query: 'ask Album ; plain x' });
    const waiting = await engine.waitFor(job.id, (j) => j.status === JobStatus.Waiting);
    expect(waiting.state).toBe(JobState.UserIntentSelection);
    const resumed = await engine.jobs.input(job.id, 1);
    expect(resumed.state).toBe(JobState.Expanding);
    const done = await engine.waitFor(job.id, finished);
    expect(done.state).toBe(JobState.Finalized);
    const history = await engine.jobs.history(job.id);
    expect(history.find((e) => e.to === JobState.AwaitingChildren)!.reason).toBe('1 tracks on Release B');
  });

  it('refuses a list job through POST /jobs: a list is made from its text', async () => {
    await expect(engine.jobs.create({ kind: JobKind.List, query: 'x' })).rejects.toMatchObject({ field: 'kind' });
  });

  describe('after a crash', () => {
    it('finalizes a parent left awaiting children that had all ended, and cancels orphans of a cancelled one', async () => {
      const db = engine.config.db;
      await engine.close();
      engine = await startEngine('in-process', providers(), { db, role: 'api' });
      const ended = await engine.jobs.createList({ text: 'plain a\nplain b' });
      const orphaned = await engine.jobs.createList({ text: 'plain c' });
      const data = engine.module.get(DataSource);
      // What a crash leaves: the children committed their end but their parent was never told, and a
      // parent cancelled whose cascade never ran.
      const ids = (list: string[]) => list.map((id) => `'${id}'`).join(', ');
      await data.query(
        `UPDATE job SET state = 'FINALIZED', status = 'success', progress = 1 WHERE id IN (${ids(ended.childIds)})`,
      );
      await data.query(`UPDATE job SET state = 'CANCELLED', status = 'cancelled' WHERE id = '${orphaned.job.id}'`);
      await engine.close();

      engine = await startEngine('in-process', providers(), { db });
      const done = await engine.waitFor(ended.job.id, finished);
      expect(done).toMatchObject({ state: JobState.Finalized, result: { children: 2, succeeded: 2 } });
      const orphan = await engine.waitFor(orphaned.childIds[0]!, finished);
      expect(orphan.state).toBe(JobState.Cancelled);
      expect((await engine.jobs.history(orphan.id)).at(-1)!.reason).toBe(
        'Cancelled because its parent job was cancelled',
      );
    });
  });
});

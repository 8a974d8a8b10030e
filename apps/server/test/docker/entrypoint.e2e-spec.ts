import { chownSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort, makeTempDir } from '@app/testing';
import { DOCKER_DIR } from './support/docker-files.js';
import {
  type EntrypointSandbox,
  finished,
  makeSandbox,
  readReport,
  runEntrypoint,
  sandboxEnv,
  startEntrypoint,
} from './support/run-entrypoint.js';

const isRoot = process.getuid?.() === 0;
const describeAsRoot = isRoot ? describe : describe.skip;
const PUID = 4321;
const PGID = 4322;
const REPO = join(DOCKER_DIR, '..');
const SERVER_MAIN = join(REPO, 'dist', 'apps', 'server', 'src', 'main.js');

const owner = (path: string) => {
  const st = statSync(path);
  return { uid: st.uid, gid: st.gid, mode: (st.mode & 0o777).toString(8) };
};

let temp: { path: string; remove(): Promise<void> };
let box: EntrypointSandbox;

beforeEach(async () => {
  temp = await makeTempDir('truetrack-entrypoint-');
  box = makeSandbox(temp.path);
});

afterEach(async () => {
  await temp.remove();
});

const ROOT_TITLE = 'docker/entrypoint.sh started as root, as in the container';
describeAsRoot(isRoot ? ROOT_TITLE : `${ROOT_TITLE} (SKIPPED: the tests do not run as root)`, () => {
  const env = (extra: Record<string, string> = {}) =>
    sandboxEnv(box, { PUID: String(PUID), PGID: String(PGID), UMASK: '027', ...extra });

  it('runs the command as PUID:PGID without other groups, with UMASK, from the app folder', async () => {
    const run = await runEntrypoint(env(), [box.standIn, 'serve']);

    expect(run).toMatchObject({ code: 0 });
    expect(readReport(box.configDir)).toEqual({
      uid: String(PUID),
      gid: String(PGID),
      groups: String(PGID),
      umask: '0027',
      cwd: box.appDir,
      args: 'serve',
      TRUETRACK_DATA_DIR: box.configDir,
      MUSIC_LIBRARY_ROOT: box.musicDir,
      HOME: box.configDir,
      XDG_CACHE_HOME: join(box.configDir, 'cache'),
    });
    expect(run.stderr).toContain(`starting as ${PUID}:${PGID} (umask 027)`);
  });

  it('creates the /config folders owned by PUID:PGID with modes from UMASK', async () => {
    await runEntrypoint(env(), [box.standIn]);

    for (const dir of ['', 'bin', 'logs', 'import', 'cache', 'made-by-server']) {
      expect([dir, owner(join(box.configDir, dir))]).toEqual([dir, { uid: PUID, gid: PGID, mode: '750' }]);
    }
    expect(owner(join(box.configDir, 'made-by-server', 'probe'))).toEqual({ uid: PUID, gid: PGID, mode: '640' });
  });

  it('installs the image yt-dlp into /config/bin, executable and owned by PUID', async () => {
    await runEntrypoint(env(), [box.standIn]);

    const installed = join(box.configDir, 'bin', 'yt-dlp');
    expect(readFileSync(installed, 'utf8')).toBe(readFileSync(box.vendorYtDlp, 'utf8'));
    expect(owner(installed)).toEqual({ uid: PUID, gid: PGID, mode: '755' });
  });

  it('keeps a yt-dlp the in-app updater already replaced', async () => {
    mkdirSync(join(box.configDir, 'bin'), { recursive: true });
    writeFileSync(join(box.configDir, 'bin', 'yt-dlp'), '#!/bin/sh\necho 2099.12.31\n', { mode: 0o755 });

    await runEntrypoint(env(), [box.standIn]);

    expect(readFileSync(join(box.configDir, 'bin', 'yt-dlp'), 'utf8')).toContain('2099.12.31');
  });

  it('hands files root left in /config over to PUID:PGID', async () => {
    mkdirSync(box.configDir);
    writeFileSync(join(box.configDir, 'truetrack.yml'), 'TRUETRACK_LOG_LEVEL: info\n', { mode: 0o600 });

    await runEntrypoint(env(), [box.standIn]);

    expect(owner(join(box.configDir, 'truetrack.yml'))).toEqual({ uid: PUID, gid: PGID, mode: '600' });
  });

  it('creates a missing library folder for PUID:PGID', async () => {
    await runEntrypoint(env(), [box.standIn]);

    expect(owner(box.musicDir)).toEqual({ uid: PUID, gid: PGID, mode: '750' });
  });

  it('claims an existing empty library folder, top folder only', async () => {
    mkdirSync(box.musicDir, { mode: 0o775 });

    await runEntrypoint(env(), [box.standIn]);

    expect(owner(box.musicDir)).toMatchObject({ uid: PUID, gid: PGID });
  });

  it('leaves a library that already holds music as it is', async () => {
    const song = join(box.musicDir, 'Artist', 'Album', '01 - Song.flac');
    mkdirSync(dirname(song), { recursive: true });
    writeFileSync(song, 'audio');

    await runEntrypoint(env(), [box.standIn]);

    expect(owner(box.musicDir)).toMatchObject({ uid: 0, gid: 0 });
    expect(owner(song)).toMatchObject({ uid: 0, gid: 0 });
  });

  it('uses Unraid nobody:users (99:100) and umask 022 when nothing is set', async () => {
    await runEntrypoint(sandboxEnv(box), [box.standIn]);

    expect(readReport(box.configDir)).toMatchObject({ uid: '99', gid: '100', umask: '0022' });
    expect(owner(join(box.configDir, 'bin'))).toEqual({ uid: 99, gid: 100, mode: '755' });
  });

  it('does not add users to the system it runs on unless the image asks for it', async () => {
    const passwd = readFileSync('/etc/passwd', 'utf8');

    await runEntrypoint(env(), [box.standIn]);

    expect(readFileSync('/etc/passwd', 'utf8')).toBe(passwd);
  });

  const SERVER_TITLE = 'starts the built server as PUID, answers /ping and stops cleanly on SIGTERM';
  (existsSync(SERVER_MAIN) ? it : it.skip)(
    existsSync(SERVER_MAIN) ? SERVER_TITLE : `${SERVER_TITLE} (SKIPPED: no dist build)`,
    async () => {
      const port = await freePort();
      const serverEnv = sandboxEnv(box, {
        PUID: String(PUID),
        PGID: String(PGID),
        UMASK: '022',
        TRUETRACK_APP_DIR: REPO,
        TRUETRACK_VENDOR_YTDLP: box.vendorYtDlp,
        TRUETRACK_HOST: '127.0.0.1',
        TRUETRACK_PORT: String(port),
        TRUETRACK_LOG_LEVEL: 'warn',
      });
      const child = startEntrypoint(serverEnv, []);
      const done = finished(child);

      await waitForPing(`http://127.0.0.1:${port}/ping`, done);
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      expect(/^Uid:\s+(\d+)/m.exec(status)?.[1]).toBe(String(PUID));
      expect(/^Gid:\s+(\d+)/m.exec(status)?.[1]).toBe(String(PGID));
      expect(owner(join(box.configDir, 'truetrack.db'))).toMatchObject({ uid: PUID, gid: PGID });

      child.kill('SIGTERM');
      const exit = await done;
      expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
      expect(exit.stderr + exit.stdout).not.toMatch(/\bERROR\b/);
    },
  );
});

describe('docker/entrypoint.sh started as an ordinary user (docker run --user)', () => {
  const asUser = isRoot ? ['setpriv', `--reuid=${PUID}`, `--regid=${PGID}`, '--clear-groups'] : [];
  const expectedUid = isRoot ? PUID : process.getuid!();

  beforeEach(() => {
    if (isRoot) chownSync(box.root, PUID, PGID);
  });

  it('runs the command as that user with UMASK and still prepares /config and the library', async () => {
    const run = await runEntrypoint(sandboxEnv(box, { UMASK: '077' }), [box.standIn], asUser);

    expect(run).toMatchObject({ code: 0 });
    expect(readReport(box.configDir)).toMatchObject({ uid: String(expectedUid), umask: '0077' });
    expect(owner(join(box.configDir, 'bin', 'yt-dlp'))).toMatchObject({ uid: expectedUid, mode: '755' });
    expect(owner(join(box.configDir, 'logs'))).toMatchObject({ uid: expectedUid, mode: '700' });
    expect(owner(box.musicDir)).toMatchObject({ uid: expectedUid, mode: '700' });
  });

  it.each([
    ['PUID', 'abc', 'PUID must be a number'],
    ['PGID', '-1', 'PGID must be a number'],
    ['UMASK', '99', 'UMASK must be three or four octal digits'],
  ])('refuses %s=%s before starting anything', async (name, value, message) => {
    const run = await runEntrypoint(sandboxEnv(box, { [name]: value }), [box.standIn], asUser);

    expect(run.code).toBe(64);
    expect(run.stderr).toContain(message);
    expect(existsSync(box.configDir)).toBe(false);
  });
});

async function waitForPing(url: string, exited: Promise<unknown>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`the server exited before answering ${url}: ${JSON.stringify(await exited)}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

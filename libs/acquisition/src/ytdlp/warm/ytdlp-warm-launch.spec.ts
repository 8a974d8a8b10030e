import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planWarmLaunch } from './ytdlp-warm-launch.js';
import { WARM_LAUNCHER_SOURCE } from './ytdlp-warm-launcher.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tt-warm-launch-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function program(name: string, head: string | Buffer, mode = 0o755): string {
  const path = join(dir, name);
  writeFileSync(path, head);
  chmodSync(path, mode);
  return path;
}

describe('planWarmLaunch', () => {
  it.each([
    ['a Debian script', '#!/usr/bin/python3\n# -*- coding: utf-8 -*-\nimport re\n', '/usr/bin/python3', []],
    ['the release zipapp', '#!/usr/bin/env python3\nPK\u0003\u0004', '/usr/bin/env', ['python3']],
    ['a versioned interpreter', '#!/opt/venv/bin/python3.11 -s\r\nimport sys\n', '/opt/venv/bin/python3.11', ['-s']],
  ])('runs the launcher under the interpreter of %s', async (name, head, command, shebangArgs) => {
    const path = program(name.replaceAll(' ', '-'), head);
    expect(await planWarmLaunch(path)).toEqual({ command, args: [...shebangArgs, '-c', WARM_LAUNCHER_SOURCE, path] });
  });

  it.each([
    ['a compiled yt-dlp', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), /is not a Python script or zipapp$/],
    ['a shell wrapper', '#!/bin/sh\nexec python3 -m yt_dlp "$@"\n', /is run by \/bin\/sh, not by Python$/],
    ['an env without a program', '#!/usr/bin/env -S\n', /is run by \/usr\/bin\/env -S, not by Python$/],
  ])('refuses %s', async (name, head, reason) => {
    const plan = await planWarmLaunch(program(name.replaceAll(' ', '-'), head));
    expect(plan).toEqual({ unavailable: expect.stringMatching(reason) });
  });

  it('finds a program name on PATH, skipping folders where it is not executable', async () => {
    const elsewhere = mkdtempSync(join(dir, 'path-'));
    writeFileSync(join(elsewhere, 'yt-dlp-on-path'), '#!/bin/sh\n');
    const path = program('yt-dlp-on-path', '#!/usr/bin/python3\n');
    const plan = await planWarmLaunch('yt-dlp-on-path', { PATH: `${elsewhere}:relative:${dir}` });
    expect(plan).toEqual({ command: '/usr/bin/python3', args: ['-c', WARM_LAUNCHER_SOURCE, path] });
  });

  it('says when the program is nowhere', async () => {
    expect(await planWarmLaunch('no-such-yt-dlp', { PATH: dir })).toEqual({
      unavailable: 'no-such-yt-dlp was not found',
    });
  });
});

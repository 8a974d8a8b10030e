import { spawnSync } from 'node:child_process';
import { statfsSync } from 'node:fs';
import { makeTempDir } from '@app/testing';

export interface SmallDisk {
  path: string;
  freeBytes(): number;
  remove(): Promise<void>;
}

/**
 * A tmpfs of `size` (e.g. `2m`) mounted on a fresh folder, so a full library is a real ENOSPC from the kernel.
 * Needs root (or CAP_SYS_ADMIN); otherwise the reason is given and the caller skips, saying so.
 */
export async function mountSmallDisk(size: string): Promise<SmallDisk | { unavailable: string }> {
  if (process.getuid?.() !== 0) return { unavailable: 'mounting a tmpfs needs root, and this runs as another user' };
  const folder = await makeTempDir('truetrack-small-disk');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'truetrack-test', folder.path], {
    encoding: 'utf8',
  });
  if (mounted.status !== 0) {
    await folder.remove();
    return { unavailable: `mount -t tmpfs failed: ${(mounted.stderr || mounted.error?.message || '').trim()}` };
  }
  return {
    path: folder.path,
    freeBytes: () => {
      const stats = statfsSync(folder.path);
      return stats.bavail * stats.bsize;
    },
    remove: async () => {
      spawnSync('umount', ['-l', folder.path]);
      await folder.remove();
    },
  };
}

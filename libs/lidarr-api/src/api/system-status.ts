import { version as nodeVersion } from 'node:process';
import { existsSync } from 'node:fs';

/** TrueTrack's version, reported where Lidarr reports its own. */
const VERSION = '0.1.0';

/** Lidarr's SystemResource with TrueTrack's facts; `urlBase` is empty because the API sits at the root. */
export function systemStatus(startTime: number, databaseType: 'sqlite' | 'postgres') {
  const platform = process.platform;
  return {
    appName: 'TrueTrack',
    instanceName: 'TrueTrack',
    version: VERSION,
    buildTime: new Date(startTime).toISOString(),
    isDebug: false,
    isProduction: true,
    isAdmin: false,
    isUserInteractive: false,
    startupPath: process.cwd(),
    appData: process.cwd(),
    osName: platform,
    osVersion: '',
    isNetCore: false,
    isLinux: platform === 'linux',
    isOsx: platform === 'darwin',
    isWindows: platform === 'win32',
    isDocker: existsSync('/.dockerenv'),
    mode: 'console',
    branch: 'main',
    databaseType: databaseType === 'postgres' ? 'postgreSQL' : 'sqLite',
    databaseVersion: '',
    authentication: 'external',
    migrationVersion: 0,
    urlBase: '',
    runtimeVersion: nodeVersion.replace(/^v/, ''),
    runtimeName: 'node',
    startTime: new Date(startTime).toISOString(),
    packageUpdateMechanism: 'docker',
  };
}

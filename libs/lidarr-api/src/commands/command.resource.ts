import type { LidarrCommandEntity } from './lidarr-command.entity.js';

export interface CommandResource {
  id: number;
  name: string;
  commandName: string;
  message?: string;
  body: Record<string, unknown>;
  priority: 'normal';
  status: string;
  result: 'unknown' | 'successful' | 'unsuccessful';
  queued: string;
  started?: string;
  ended?: string;
  duration?: string;
  trigger: string;
  stateChangeTime: string;
  sendUpdatesToClient: boolean;
  updateScheduledTask: boolean;
}

/** "AlbumSearch" → "Album Search", as Lidarr names a command for people. */
export function commandDisplayName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
}

export function toCommandResource(command: LidarrCommandEntity): CommandResource {
  const iso = (ms: number | null) => (ms === null ? undefined : new Date(ms).toISOString());
  const changed = command.endedAt ?? command.startedAt ?? command.queuedAt;
  return {
    id: command.id,
    name: command.name,
    commandName: commandDisplayName(command.name),
    ...(command.message !== null && { message: command.message }),
    body: { sendUpdatesToClient: true, ...command.body, name: command.name, trigger: command.trigger },
    priority: 'normal',
    status: command.status,
    result: command.status === 'completed' ? 'successful' : command.status === 'failed' ? 'unsuccessful' : 'unknown',
    queued: iso(command.queuedAt)!,
    ...(command.startedAt !== null && { started: iso(command.startedAt) }),
    ...(command.endedAt !== null && { ended: iso(command.endedAt) }),
    ...(command.startedAt !== null &&
      command.endedAt !== null && { duration: timeSpan(command.endedAt - command.startedAt) }),
    trigger: command.trigger,
    stateChangeTime: iso(changed)!,
    sendUpdatesToClient: true,
    updateScheduledTask: true,
  };
}

/** A .NET TimeSpan string ("00:00:01.2340000"), the way Lidarr sends durations. */
export function timeSpan(ms: number): string {
  const total = Math.max(ms, 0);
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const fraction = String((total % 1000) * 10_000).padStart(7, '0');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${fraction}`;
}

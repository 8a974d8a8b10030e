import { Injectable, type OnApplicationShutdown } from '@nestjs/common';

/**
 * What a process opens before its application exists (the log file, the pid file), released once the application
 * has shut down: after Nest's shutdown the process is ended by the signal and `exit` handlers never run.
 */
@Injectable()
export class ProcessResources implements OnApplicationShutdown {
  private readonly releases: (() => void | Promise<void>)[] = [];

  adopt(release: () => void | Promise<void>): void {
    this.releases.push(release);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.releases.splice(0).map(async (release) => release()));
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { NotFoundError } from '@app/core';
import { BackgroundTasks } from '../catalog/background-tasks.js';
import { type CommandResource, toCommandResource } from './command.resource.js';
import { readCommandInput } from './command-input.js';
import { CommandRepository } from './command.repository.js';
import { CommandRunner } from './command-runner.service.js';
import type { LidarrCommandEntity } from './lidarr-command.entity.js';

/** `POST /command` queues a command and runs it in the background; clients poll `GET /command/:id`. */
@Injectable()
export class CommandsService {
  private readonly logger = new Logger(CommandsService.name);

  constructor(
    private readonly commands: CommandRepository,
    private readonly runner: CommandRunner,
    private readonly background: BackgroundTasks,
  ) {}

  async create(body: unknown): Promise<CommandResource> {
    const input = readCommandInput(body);
    const command = await this.commands.save({
      name: input.name,
      body: input.body,
      status: 'queued',
      trigger: 'manual',
      message: null,
      queuedAt: Date.now(),
      startedAt: null,
      endedAt: null,
    });
    this.background.run(`Command ${command.id} (${command.name})`, () => this.execute(command, input));
    return toCommandResource(command);
  }

  async get(id: number): Promise<CommandResource> {
    const command = await this.commands.findById(id);
    if (!command) throw new NotFoundError(`Command with ID ${id} does not exist`);
    return toCommandResource(command);
  }

  async list(): Promise<CommandResource[]> {
    return (await this.commands.recent()).map(toCommandResource);
  }

  private async execute(command: LidarrCommandEntity, input: Parameters<CommandRunner['run']>[0]): Promise<void> {
    const started = await this.commands.save({ ...command, status: 'started', startedAt: Date.now() });
    try {
      const message = await this.runner.run(input);
      await this.commands.save({ ...started, status: 'completed', message, endedAt: Date.now() });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // Clients (Soularr) look for "Failed" in the message.
      const message = reason.startsWith('Failed') ? reason : `Failed: ${reason}`;
      this.logger.warn(`Command ${command.id} (${command.name}) failed: ${message}`);
      await this.commands.save({ ...started, status: 'failed', message, endedAt: Date.now() });
    }
  }
}

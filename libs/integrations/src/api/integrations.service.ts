import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  IntegrationEvent,
  type IntegrationDto,
  type IntegrationTestDto,
  RESCAN_KINDS,
  type SaveIntegrationRequest,
} from '@app/contracts';
import { IntegrationEntity } from '../store/integration.entity.js';
import { IntegrationStore } from '../store/integration-store.js';
import { describeFailure, failedStatus } from '../targets/http-failure.js';
import { Targets } from '../targets/targets.js';
import { acceptSettings, maskSettings } from './integration-settings.js';

const DEFAULT_NOTIFICATION_EVENTS = [IntegrationEvent.Import, IntegrationEvent.Failure, IntegrationEvent.NeedsInput];

/** Integrations as the API manages them: validated settings, masked secrets, and each target's test(). */
@Injectable()
export class IntegrationsService {
  private readonly logger = new Logger(IntegrationsService.name);

  constructor(
    private readonly store: IntegrationStore,
    private readonly targets: Targets,
  ) {}

  async list(): Promise<IntegrationDto[]> {
    return (await this.store.list()).map((entity) => this.toDto(entity));
  }

  async get(id: string): Promise<IntegrationDto> {
    return this.toDto(await this.store.getById(id));
  }

  async create(request: SaveIntegrationRequest): Promise<IntegrationDto> {
    const now = Date.now();
    const entity = this.build(request, { id: randomUUID(), createdAt: now, settings: {} });
    await this.store.save(entity);
    this.logger.log(`Integration ${entity.id}: created (${entity.kind} "${entity.name}")`);
    return this.toDto(entity);
  }

  async update(id: string, request: SaveIntegrationRequest): Promise<IntegrationDto> {
    const stored = await this.store.getById(id);
    // Another kind takes other settings: nothing of the old ones carries over.
    const previous = stored.kind === request.kind ? stored.settings : {};
    const entity = this.build(request, { id, createdAt: stored.createdAt, settings: previous });
    await this.store.save(entity);
    return this.toDto(entity);
  }

  async remove(id: string): Promise<void> {
    await this.store.remove(id);
  }

  async test(id: string): Promise<IntegrationTestDto> {
    const entity = await this.store.getById(id);
    const target = this.targets.get(entity.kind);
    try {
      return await target.test(entity.settings, this.targets.http);
    } catch (error) {
      const status = failedStatus(error);
      return { ok: false, message: describeFailure(error), ...(status === undefined ? {} : { status }) };
    }
  }

  private build(
    request: SaveIntegrationRequest,
    base: { id: string; createdAt: number; settings: Record<string, string> },
  ): IntegrationEntity {
    const target = this.targets.get(request.kind);
    const isRescan = RESCAN_KINDS.includes(request.kind);
    return {
      id: base.id,
      kind: request.kind,
      name: request.name.trim(),
      enabled: request.enabled ?? true,
      settings: acceptSettings(target.fields, request.settings, base.settings),
      events: [...new Set(request.events ?? (isRescan ? [IntegrationEvent.Import] : DEFAULT_NOTIFICATION_EVENTS))],
      createdAt: base.createdAt,
      updatedAt: Date.now(),
    };
  }

  private toDto(entity: IntegrationEntity): IntegrationDto {
    return {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      enabled: entity.enabled,
      settings: maskSettings(this.targets.get(entity.kind).fields, entity.settings),
      events: entity.events,
      createdAt: new Date(entity.createdAt).toISOString(),
      updatedAt: new Date(entity.updatedAt).toISOString(),
    };
  }
}

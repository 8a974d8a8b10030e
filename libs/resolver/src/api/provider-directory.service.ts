import { Inject, Injectable } from '@nestjs/common';
import type { ProviderDto, ProviderTestDto } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { NotFoundError } from '@app/core';
import { type Provider, RESOLVER_PROVIDERS } from '../providers/provider.types.js';

/** The providers as the settings page shows them, and their test(). */
@Injectable()
export class ProviderDirectory {
  constructor(
    @Inject(RESOLVER_PROVIDERS) private readonly providers: Provider[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(): ProviderDto[] {
    return this.providers.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      capabilities: [...p.capabilities],
      enabled: p.isEnabled(),
      baseUrl: this.config.providers[p.id].baseUrl,
    }));
  }

  async test(id: string): Promise<ProviderTestDto> {
    const provider = this.providers.find((p) => p.id === id);
    if (!provider)
      throw new NotFoundError(`No provider with id ${id}; known: ${this.providers.map((p) => p.id).join(', ')}`);
    return { id: provider.id, ...(await provider.test(AbortSignal.timeout(this.config.providers.timeoutMs * 3))) };
  }
}

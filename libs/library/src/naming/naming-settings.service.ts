import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  NAMING_TEMPLATE_KINDS,
  type NamingPreviewDto,
  type NamingSettingsDto,
  type NamingTemplatesDto,
  type UpdateNamingRequest,
} from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { NAMING_TOKENS, validateTemplate, ValidationError } from '@app/core';
import { SettingsStore } from '@app/db';
import { renderSamples } from './naming-samples.js';

/** Key of the saved templates in the `setting` table. */
export const NAMING_SETTING_KEY = 'library.naming';

type EffectiveNaming = Pick<NamingSettingsDto, 'templates' | 'source'>;

/** The naming templates in effect: those saved through the API, else the boot configuration's. */
@Injectable()
export class NamingSettings {
  private readonly logger = new Logger(NamingSettings.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: SettingsStore,
  ) {}

  async templates(): Promise<NamingTemplatesDto> {
    return (await this.effective()).templates;
  }

  /** The templates, where they come from, and every token they may use. */
  async describe(): Promise<NamingSettingsDto> {
    const tokens = NAMING_TOKENS.map(({ token, description }) => ({ token, description }));
    return { ...(await this.effective()), tokens };
  }

  /** Saves the given templates over the ones in effect; throws a ValidationError naming a bad one. */
  async update(changes: UpdateNamingRequest): Promise<NamingSettingsDto> {
    const given = definedTemplates(changes);
    if (Object.keys(given).length) {
      const templates = { ...(await this.templates()), ...given };
      assertValid(templates);
      await this.settings.set(NAMING_SETTING_KEY, templates);
      this.logger.log(`Naming templates saved (${Object.keys(given).join(', ')})`);
    }
    return this.describe();
  }

  /** Where the built-in samples would go with `changes` laid over the templates in effect. */
  async preview(changes: UpdateNamingRequest = {}): Promise<NamingPreviewDto> {
    const templates = { ...(await this.templates()), ...definedTemplates(changes) };
    assertValid(templates);
    return { templates, samples: renderSamples(templates) };
  }

  private async effective(): Promise<EffectiveNaming> {
    const saved = await this.settings.get<unknown>(NAMING_SETTING_KEY);
    const fromConfig = { ...this.config.library.templates };
    if (saved === undefined) return { templates: fromConfig, source: 'config' };
    if (!isValidTemplates(saved)) {
      // A template saved by an older version may use a token this one no longer knows.
      this.logger.warn(`Saved naming templates are not valid any more; using the configured ones`);
      return { templates: fromConfig, source: 'config' };
    }
    return { templates: saved, source: 'settings' };
  }
}

function definedTemplates(changes: UpdateNamingRequest): Partial<NamingTemplatesDto> {
  return Object.fromEntries(
    NAMING_TEMPLATE_KINDS.flatMap((kind) => (changes[kind] === undefined ? [] : [[kind, changes[kind]]])),
  );
}

function assertValid(templates: NamingTemplatesDto): void {
  for (const kind of NAMING_TEMPLATE_KINDS) {
    const problems = validateTemplate(templates[kind]);
    if (problems.length) throw new ValidationError(kind, `${kind} ${problems.join('; ')}`);
  }
}

function isValidTemplates(value: unknown): value is NamingTemplatesDto {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return NAMING_TEMPLATE_KINDS.every((kind) => {
    const template = record[kind];
    return typeof template === 'string' && validateTemplate(template).length === 0;
  });
}

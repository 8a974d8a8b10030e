import { Injectable } from '@nestjs/common';
import type { NamingTemplateKind, TrackMetadata } from '@app/contracts';
import { chooseTemplateKind, renderPath } from '@app/core';
import { NamingSettings } from './naming-settings.service.js';

export interface TrackPath {
  kind: NamingTemplateKind;
  /** `/`-separated, relative to the library root, sanitised. */
  relative: string;
}

/** Where a track goes in the library with the naming templates in effect. */
@Injectable()
export class TrackNamer {
  constructor(private readonly naming: NamingSettings) {}

  async pathFor(metadata: TrackMetadata, extension: string): Promise<TrackPath> {
    const kind = chooseTemplateKind(metadata);
    const templates = await this.naming.templates();
    return { kind, relative: renderPath(templates[kind], metadata, extension) };
  }
}

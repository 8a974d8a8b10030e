import { Injectable } from '@nestjs/common';
import { SettingsStore } from '@app/db';
import { BodyReader } from '../http/body-reader.js';

export interface TagResource {
  id: number;
  label: string;
}

const TAGS_KEY = 'lidarr.tags';

/** Lidarr's tags, kept as one setting; a label already there answers with the existing tag. */
@Injectable()
export class TagsService {
  constructor(private readonly settings: SettingsStore) {}

  async list(): Promise<TagResource[]> {
    return (await this.settings.get<TagResource[]>(TAGS_KEY)) ?? [];
  }

  async create(body: unknown): Promise<TagResource> {
    const reader = BodyReader.of(body);
    const label = reader.string('label', true)?.trim().toLowerCase();
    reader.assertValid();
    const tags = await this.list();
    const existing = tags.find((tag) => tag.label === label);
    if (existing) return existing;
    const tag = { id: Math.max(0, ...tags.map((t) => t.id)) + 1, label: label! };
    await this.settings.set(TAGS_KEY, [...tags, tag]);
    return tag;
  }
}

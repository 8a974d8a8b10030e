import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../transaction-runner.js';
import { SettingEntity } from './setting.entity.js';

/** Runtime settings by key; callers validate values before saving and own the shape of what they store. */
@Injectable()
export class SettingsStore {
  constructor(private readonly tx: TransactionRunner) {}

  async get<T>(key: string): Promise<T | undefined> {
    const row = await this.tx.outsideTransaction((m) => m.findOne(SettingEntity, { where: { key } }));
    return row ? (row.value as T) : undefined;
  }

  async set<T>(key: string, value: T): Promise<void> {
    await this.tx.run((m) => m.save(SettingEntity, { key, value, updatedAt: Date.now() }));
  }

  async remove(key: string): Promise<void> {
    await this.tx.run((m) => m.delete(SettingEntity, { key }));
  }
}

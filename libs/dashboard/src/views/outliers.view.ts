import { Injectable } from '@nestjs/common';
import type { OutliersDto } from '@app/contracts';
import { TasteSummary } from '../aggregate/taste-summary.service.js';
import type { ScopedListener } from './listener-scope.js';

/** The tracks of the last 90 days farthest from that time's taste centroid, as the last refresh ranked them. */
@Injectable()
export class OutliersView {
  constructor(private readonly summary: TasteSummary) {}

  async of(listener: ScopedListener, limit: number, now = Date.now()): Promise<OutliersDto> {
    const { outliers } = await this.summary.of(listener, now);
    return { since: outliers.since, tracks: outliers.tracks.slice(0, limit) };
  }
}

import { ApiProperty } from '@nestjs/swagger';
import type { CreateListResponse } from '@app/contracts';
import { JobResponse } from './job.response.js';

export class SkippedLineResponse {
  @ApiProperty({ description: '1-based line of the text' }) line!: number;
  @ApiProperty() reason!: string;
}

export class CreateListResponseBody implements CreateListResponse {
  @ApiProperty({ type: JobResponse, description: 'The list job, with its children' }) job!: JobResponse;
  @ApiProperty({ enum: ['lines', 'm3u', 'csv'] }) format!: 'lines' | 'm3u' | 'csv';
  @ApiProperty({ type: [String], description: 'The track jobs, one per entry, in list order' }) childIds!: string[];
  @ApiProperty({ type: [SkippedLineResponse], description: 'Lines that name no track, with why' })
  skipped!: SkippedLineResponse[];
}

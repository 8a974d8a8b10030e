import { Body, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { readArtistInput } from '../catalog/artist-input.js';
import { ArtistCatalog } from '../catalog/artist-catalog.service.js';
import { idParam } from '../http/id-param.js';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { QueryReader } from '../http/query-reader.js';
import { ArtistViews } from './artist-views.service.js';
import { LookupService } from './lookup.service.js';

@LidarrController('artist')
export class LidarrArtistController {
  constructor(
    private readonly catalog: ArtistCatalog,
    private readonly views: ArtistViews,
    private readonly lookups: LookupService,
  ) {}

  @Get()
  async list(@Query() query: Record<string, unknown>) {
    const mbId = new QueryReader(query).string('mbId')?.toLowerCase();
    return (await this.views.list()).filter((artist) => !mbId || artist.foreignArtistId === mbId);
  }

  @Get('lookup')
  lookup(@Query() query: Record<string, unknown>) {
    return this.lookups.artistLookup(new QueryReader(query).string('term') ?? '');
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    return this.views.one(await this.catalog.get(idParam(id, 'Artist')));
  }

  @Post()
  async add(@Body() body: unknown) {
    return this.views.one(await this.catalog.add(readArtistInput(body, true)));
  }

  @Put(':id')
  @HttpCode(202)
  async update(@Param('id') id: string, @Body() body: unknown) {
    return this.views.one(await this.catalog.update(idParam(id, 'Artist'), readArtistInput(body, false)));
  }

  @Delete(':id')
  async remove(@Param('id') id: string) {
    await this.catalog.remove(idParam(id, 'Artist'));
    return {};
  }
}

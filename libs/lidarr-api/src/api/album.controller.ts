import { Body, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { AlbumCatalog } from '../catalog/album-catalog.service.js';
import { readAlbumInput } from '../catalog/album-input.js';
import { idParam } from '../http/id-param.js';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { QueryReader } from '../http/query-reader.js';
import { AlbumsService } from './albums.service.js';
import { LookupService } from './lookup.service.js';

@LidarrController('album')
export class LidarrAlbumController {
  constructor(
    private readonly albums: AlbumsService,
    private readonly lookups: LookupService,
    private readonly catalog: AlbumCatalog,
  ) {}

  @Get()
  list(@Query() query: Record<string, unknown>) {
    const q = new QueryReader(query);
    return this.albums.list({
      artistId: q.int('artistId'),
      albumIds: q.intList('albumIds'),
      foreignAlbumId: q.string('foreignAlbumId'),
    });
  }

  @Get('lookup')
  lookup(@Query() query: Record<string, unknown>) {
    return this.lookups.albumLookup(new QueryReader(query).string('term') ?? '');
  }

  @Post()
  async add(@Body() body: unknown) {
    const album = await this.catalog.add(readAlbumInput(body));
    return this.albums.get(album.id);
  }

  @Put('monitor')
  @HttpCode(202)
  monitor(@Body() body: unknown) {
    return this.albums.monitor(body);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.albums.get(idParam(id, 'Album'));
  }

  @Put(':id')
  @HttpCode(202)
  update(@Param('id') id: string, @Body() body: unknown) {
    return this.albums.update(idParam(id, 'Album'), body);
  }
}

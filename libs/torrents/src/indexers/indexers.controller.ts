import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes } from '@app/contracts';
import type { IndexerTestDto, TorrentIndexerDto } from './indexer.dto.js';
import { TorrentIndexers } from './indexers.service.js';

export const INDEXERS_ROUTE = `${ApiRoutes.prefix}/torrents/indexers`;

/** Torznab indexers (Jackett, Prowlarr): what is downloaded through them is the person's responsibility. */
@ApiTags('torrents')
@Controller(INDEXERS_ROUTE)
export class IndexersController {
  constructor(private readonly indexers: TorrentIndexers) {}

  @Get()
  @ApiOperation({ summary: 'Every Torznab indexer, API keys masked' })
  list(): Promise<TorrentIndexerDto[]> {
    return this.indexers.list();
  }

  @Post()
  @ApiOperation({ summary: 'Add a Torznab indexer: name, url, apiKey, categories?, priority?, enabled?' })
  create(@Body() body: unknown): Promise<TorrentIndexerDto> {
    return this.indexers.create(body);
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<TorrentIndexerDto> {
    return this.indexers.get(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change an indexer; the masked key sent back keeps the stored one while the URL stays' })
  update(@Param('id') id: string, @Body() body: unknown): Promise<TorrentIndexerDto> {
    return this.indexers.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id') id: string): Promise<void> {
    return this.indexers.remove(id);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({ summary: "Read the indexer's caps: whether the URL and key work and what it can search" })
  test(@Param('id') id: string): Promise<IndexerTestDto> {
    return this.indexers.test(id);
  }
}

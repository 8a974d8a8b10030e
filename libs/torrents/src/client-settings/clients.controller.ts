import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes } from '@app/contracts';
import type { ClientTestDto, TorrentClientDto } from './client.dto.js';
import { TorrentClients } from './clients.service.js';

export const CLIENTS_ROUTE = `${ApiRoutes.prefix}/torrents/clients`;

/** Download clients (qBittorrent, Transmission) that receive grabbed releases. */
@ApiTags('torrents')
@Controller(CLIENTS_ROUTE)
export class ClientsController {
  constructor(private readonly clients: TorrentClients) {}

  @Get()
  @ApiOperation({ summary: 'Every download client, passwords masked' })
  list(): Promise<TorrentClientDto[]> {
    return this.clients.list();
  }

  @Post()
  @ApiOperation({
    summary: 'Add a download client: kind, url, username?, password?, category?, seedRatio?, seedMinutes?, enabled?',
  })
  create(@Body() body: unknown): Promise<TorrentClientDto> {
    return this.clients.create(body);
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<TorrentClientDto> {
    return this.clients.get(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change a client; the masked password sent back keeps the stored one while the URL stays' })
  update(@Param('id') id: string, @Body() body: unknown): Promise<TorrentClientDto> {
    return this.clients.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id') id: string): Promise<void> {
    return this.clients.remove(id);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in and ask the version: whether the URL and credentials work' })
  test(@Param('id') id: string): Promise<ClientTestDto> {
    return this.clients.test(id);
  }
}

import { Body, Get, Param, Post } from '@nestjs/common';
import { idParam } from '../http/id-param.js';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { CommandsService } from './commands.service.js';

@LidarrController('command')
export class LidarrCommandController {
  constructor(private readonly commands: CommandsService) {}

  @Get()
  list() {
    return this.commands.list();
  }

  @Post()
  create(@Body() body: unknown) {
    return this.commands.create(body);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.commands.get(idParam(id, 'Command'));
  }
}

import { Body, Get, Post } from '@nestjs/common';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { TagsService } from './tags.service.js';

@LidarrController('tag')
export class LidarrTagsController {
  constructor(private readonly tags: TagsService) {}

  @Get()
  list() {
    return this.tags.list();
  }

  @Post()
  create(@Body() body: unknown) {
    return this.tags.create(body);
  }
}

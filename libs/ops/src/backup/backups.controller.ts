import { Controller, Get, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes } from '@app/contracts';
import { OpsRoutes } from '../ops-routes.js';
import type { BackupDto } from './backup.dto.js';
import { BackupService } from './backup.service.js';

@ApiTags('system')
@Controller(`${ApiRoutes.prefix}/${OpsRoutes.systemBackups}`)
export class BackupsController {
  constructor(private readonly backups: BackupService) {}

  @Get()
  @ApiOperation({ summary: 'The SQLite backups in the data folder, newest first, with their sizes' })
  @ApiOkResponse({ description: 'name, size (bytes), createdAt' })
  @ApiConflictResponse({ description: 'The database is PostgreSQL: use pg_dump' })
  list(): Promise<BackupDto[]> {
    return this.backups.list();
  }

  @Post()
  @ApiOperation({ summary: 'Back the SQLite database up now (online: jobs keep running)' })
  @ApiCreatedResponse({ description: 'The new backup' })
  @ApiConflictResponse({ description: 'The database is PostgreSQL: use pg_dump' })
  create(): Promise<BackupDto> {
    return this.backups.create();
  }
}

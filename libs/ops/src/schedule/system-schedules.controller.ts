import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type ScheduledTaskDto } from '@app/contracts';
import { ScheduledTasks } from '@app/platform';

@ApiTags('system')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.systemSchedules}`)
export class SystemSchedulesController {
  constructor(private readonly tasks: ScheduledTasks) {}

  @Get()
  @ApiOperation({ summary: 'Everything this process runs on a schedule: the cron schedule, next and last run' })
  @ApiOkResponse({ description: 'The scheduled tasks of this process' })
  list(): ScheduledTaskDto[] {
    return this.tasks.list();
  }

  @Post(':name/run')
  @HttpCode(200)
  @ApiOperation({ summary: 'Runs one scheduled task now and answers when it has ended' })
  @ApiOkResponse({ description: 'The task after its run (`lastOutcome`, `lastError`)' })
  @ApiNotFoundResponse({ description: 'No scheduled task has that name' })
  async run(@Param('name') name: string): Promise<ScheduledTaskDto> {
    await this.tasks.runNow(name);
    return this.tasks.list().find((task) => task.name === name)!;
  }
}

import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { CLOCK, SystemClock } from './clock.js';
import { ProcessRunner } from './process-runner.js';
import { ScheduledTasks } from './schedule/scheduled-tasks.js';

@Global()
@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [ProcessRunner, ScheduledTasks, { provide: CLOCK, useClass: SystemClock }],
  exports: [ProcessRunner, ScheduledTasks, CLOCK],
})
export class PlatformModule {}

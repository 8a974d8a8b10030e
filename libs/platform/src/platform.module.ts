import { Global, Module } from '@nestjs/common';
import { CLOCK, SystemClock } from './clock.js';
import { ProcessRunner } from './process-runner.js';

@Global()
@Module({
  providers: [ProcessRunner, { provide: CLOCK, useClass: SystemClock }],
  exports: [ProcessRunner, CLOCK],
})
export class PlatformModule {}

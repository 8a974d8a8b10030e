// The full application handles every working state or does not start; a second handler for a state stops it too.
import { Injectable } from '@nestjs/common';
import { JobState } from '@app/contracts';
import { type PipelineStep, StepHandler, type StepOutcome } from '@app/jobs';
import { ResolverModule } from '@app/resolver';
import { makeTestConfig } from '@app/testing';
import { createApp } from '../src/create-app.js';
import type { AppModuleOptions } from '../src/app.module.js';

@Injectable()
@StepHandler(JobState.Storing)
class SecondStoringStep implements PipelineStep {
  run(): Promise<StepOutcome> {
    throw new Error('never run');
  }
}

async function boot(options: AppModuleOptions = {}) {
  const config = makeTestConfig({ log: { level: 'error' } });
  const app = await createApp(config, options);
  await app.init();
  return app;
}

it('starts with the real features, every working state handled', async () => {
  const app = await boot();
  await app.close();
});

it('refuses to start the full application when a working state has no handler, naming it', async () => {
  // Only the resolver's steps, held to the full application's rule: DOWNLOADING and the rest are not handled.
  await expect(boot({ features: [ResolverModule], requireEveryStep: true })).rejects.toThrow(
    /Refusing to start: no step handler for DOWNLOADING, EXTRACTING/,
  );
});

it('refuses to start when a state has two handlers', async () => {
  await expect(boot({ extraProviders: [SecondStoringStep] })).rejects.toThrow(
    /State STORING has two handlers: (StoreTrackStep and SecondStoringStep|SecondStoringStep and StoreTrackStep)/,
  );
});

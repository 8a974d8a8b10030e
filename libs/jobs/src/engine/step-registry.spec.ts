import { Test } from '@nestjs/testing';
import { DiscoveryModule } from '@nestjs/core';
import { JobKind, JobState } from '@app/contracts';
import { StepHandler } from './step-handler.decorator.js';
import { StepRegistry } from './step-registry.js';
import type { PipelineStep, StepOutcome } from './step.types.js';

const outcome: StepOutcome = { next: JobState.Downloading, reason: 'found' };

@StepHandler(JobState.Searching)
class SearchStep implements PipelineStep {
  async run() {
    return outcome;
  }
}

@StepHandler(JobState.Searching)
class OtherSearchStep implements PipelineStep {
  async run() {
    return outcome;
  }
}

@StepHandler(JobState.UserIntentSelection)
class WaitingStep implements PipelineStep {
  async run() {
    return outcome;
  }
}

@StepHandler(JobState.Searching, { kind: JobKind.Album })
class AlbumSearchStep implements PipelineStep {
  async run() {
    return outcome;
  }
}

@StepHandler(JobState.Searching, { kind: JobKind.Album })
class OtherAlbumSearchStep implements PipelineStep {
  async run() {
    return outcome;
  }
}

async function boot(...steps: (new () => PipelineStep)[]) {
  const module = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [StepRegistry, ...steps],
  }).compile();
  await module.init();
  return module.get(StepRegistry);
}

describe('StepRegistry', () => {
  it('finds the handler registered for a state and lists the states nobody handles', async () => {
    const sut = await boot(SearchStep);
    expect(sut.find(JobState.Searching)).toBeInstanceOf(SearchStep);
    expect(sut.find(JobState.Downloading)).toBeUndefined();
    expect(sut.missingStates()).toEqual([
      JobState.ResolvingIdentity,
      JobState.Downloading,
      JobState.Extracting,
      JobState.MatchingMetadata,
      JobState.Tagging,
      JobState.Storing,
      JobState.Expanding,
      JobState.Analysing,
    ]);
  });

  it('refuses to boot with two handlers for one state, naming both', async () => {
    await expect(boot(SearchStep, OtherSearchStep)).rejects.toThrow(
      'State SEARCHING has two handlers: SearchStep and OtherSearchStep',
    );
  });

  it("uses a kind's own handler for that kind and the state's handler for every other kind", async () => {
    const sut = await boot(SearchStep, AlbumSearchStep);
    expect(sut.find(JobState.Searching, JobKind.Album)).toBeInstanceOf(AlbumSearchStep);
    expect(sut.find(JobState.Searching, JobKind.Track)).toBeInstanceOf(SearchStep);
    expect(sut.find(JobState.Searching)).toBeInstanceOf(SearchStep);
  });

  it("does not count a kind's own handler as handling the state for everyone", async () => {
    const sut = await boot(AlbumSearchStep);
    expect(sut.find(JobState.Searching, JobKind.Track)).toBeUndefined();
    expect(sut.missingStates()).toContain(JobState.Searching);
  });

  it('refuses two handlers of one state for the same kind, naming both', async () => {
    await expect(boot(AlbumSearchStep, OtherAlbumSearchStep)).rejects.toThrow(
      'State SEARCHING has two handlers for album jobs: AlbumSearchStep and OtherAlbumSearchStep',
    );
  });

  it('refuses a handler for a state that waits for a person', async () => {
    await expect(boot(WaitingStep)).rejects.toThrow(
      /WaitingStep is registered for USER_INTENT_SELECTION, which is not a working state/,
    );
  });

  it('finds handlers provided through a factory', async () => {
    const module = await Test.createTestingModule({
      imports: [DiscoveryModule],
      providers: [StepRegistry, { provide: 'search', useFactory: () => new SearchStep() }],
    }).compile();
    await module.init();
    expect(module.get(StepRegistry).find(JobState.Searching)).toBeInstanceOf(SearchStep);
  });
});

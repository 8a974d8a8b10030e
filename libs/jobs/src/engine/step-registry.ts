import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { JobState } from '@app/contracts';
import { isWorkState, PARENT_WORK_STATES, SIDE_WORK_STATES, WORK_STATES } from '@app/core';
import { STEP_HANDLER_STATE } from './step-handler.decorator.js';
import type { PipelineStep } from './step.types.js';

const ALL_WORK_STATES = [...WORK_STATES, ...PARENT_WORK_STATES, ...SIDE_WORK_STATES];

/** Every step handler of the application, found once at boot; refuses duplicates and non-working states. */
@Injectable()
export class StepRegistry implements OnModuleInit {
  private readonly handlers = new Map<JobState, { name: string; step: PipelineStep }>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      // The instance's class carries the metadata, also for providers built by a factory.
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const type = instance.constructor as new (...args: never[]) => unknown;
      const state = this.reflector.get<JobState | undefined>(STEP_HANDLER_STATE, type);
      if (state) this.register(state, type.name, instance as PipelineStep);
    }
  }

  register(state: JobState, name: string, step: PipelineStep): void {
    if (!isWorkState(state)) {
      throw new Error(
        `${name} is registered for ${state}, which is not a working state (${ALL_WORK_STATES.join(', ')})`,
      );
    }
    if (typeof step.run !== 'function') throw new Error(`${name} is registered for ${state} but has no run() method`);
    const existing = this.handlers.get(state);
    if (existing && existing.step !== step) {
      throw new Error(`State ${state} has two handlers: ${existing.name} and ${name}`);
    }
    this.handlers.set(state, { name, step });
  }

  find(state: JobState): PipelineStep | undefined {
    return this.handlers.get(state)?.step;
  }

  /** Working states nobody handles; a job reaching one fails with a reason that says so. */
  missingStates(): JobState[] {
    return ALL_WORK_STATES.filter((state) => !this.handlers.has(state));
  }
}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { JobKind, JobState } from '@app/contracts';
import { isWorkState, PARENT_WORK_STATES, SIDE_WORK_STATES, WORK_STATES } from '@app/core';
import { STEP_HANDLER_KIND, STEP_HANDLER_STATE } from './step-handler.decorator.js';
import type { PipelineStep } from './step.types.js';

const ALL_WORK_STATES = [...WORK_STATES, ...PARENT_WORK_STATES, ...SIDE_WORK_STATES];

/** Every step handler of the application, found once at boot; refuses duplicates and non-working states. */
@Injectable()
export class StepRegistry implements OnModuleInit {
  private readonly handlers = new Map<JobState, { name: string; step: PipelineStep }>();
  /** Handlers of a state for one job kind only, keyed `<kind>:<state>`. */
  private readonly kindHandlers = new Map<string, { name: string; step: PipelineStep }>();

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
      const kind = this.reflector.get<JobKind | undefined>(STEP_HANDLER_KIND, type);
      if (state) this.register(state, type.name, instance as PipelineStep, kind);
    }
  }

  register(state: JobState, name: string, step: PipelineStep, kind?: JobKind): void {
    if (!isWorkState(state)) {
      throw new Error(
        `${name} is registered for ${state}, which is not a working state (${ALL_WORK_STATES.join(', ')})`,
      );
    }
    if (typeof step.run !== 'function') throw new Error(`${name} is registered for ${state} but has no run() method`);
    const handlers = kind ? this.kindHandlers : this.handlers;
    const key = kind ? `${kind}:${state}` : state;
    const existing = handlers.get(key);
    if (existing && existing.step !== step) {
      const of = kind ? ` for ${kind} jobs` : '';
      throw new Error(`State ${state} has two handlers${of}: ${existing.name} and ${name}`);
    }
    handlers.set(key, { name, step });
  }

  /** The handler of a state for a job of `kind`: one registered for that kind first, else the state's own. */
  find(state: JobState, kind?: JobKind): PipelineStep | undefined {
    return (kind && this.kindHandlers.get(`${kind}:${state}`)?.step) || this.handlers.get(state)?.step;
  }

  /** Working states nobody handles; a job reaching one fails with a reason that says so. */
  missingStates(): JobState[] {
    return ALL_WORK_STATES.filter((state) => !this.handlers.has(state));
  }
}

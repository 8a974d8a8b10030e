import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';
import type { JobState } from '@app/contracts';

export const STEP_HANDLER_STATE = 'truetrack:step-handler-state';

/** Marks a provider as the handler of one working state; found at boot by the StepRegistry. */
export const StepHandler = (state: JobState): ClassDecorator =>
  applyDecorators(Injectable(), SetMetadata(STEP_HANDLER_STATE, state));

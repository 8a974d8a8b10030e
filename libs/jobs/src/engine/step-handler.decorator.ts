import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';
import type { JobKind, JobState } from '@app/contracts';

export const STEP_HANDLER_STATE = 'truetrack:step-handler-state';
export const STEP_HANDLER_KIND = 'truetrack:step-handler-kind';

/**
 * Marks a provider as the handler of one working state; found at boot by the StepRegistry. With `kind`, it handles
 * that state only for jobs of that kind (an album's torrent download), in place of the state's general handler.
 */
export const StepHandler = (state: JobState, options: { kind?: JobKind } = {}): ClassDecorator =>
  applyDecorators(
    Injectable(),
    SetMetadata(STEP_HANDLER_STATE, state),
    ...(options.kind ? [SetMetadata(STEP_HANDLER_KIND, options.kind)] : []),
  );

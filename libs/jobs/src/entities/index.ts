import { CandidateEntity } from './candidate.entity.js';
import { JobEventEntity } from './job-event.entity.js';
import { JobOutboxEntity } from './job-outbox.entity.js';
import { JobEntity } from './job.entity.js';

export { CandidateEntity, JobEventEntity, JobEntity, JobOutboxEntity };

/** The entities the jobs module maps; handed to the DataSource by the composition root. */
export const JOB_ENTITIES = [JobEntity, JobEventEntity, CandidateEntity, JobOutboxEntity];

export type { ListenMappedBy as MappedBy } from '@app/contracts';

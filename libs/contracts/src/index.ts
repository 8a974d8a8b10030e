export * from './job-state.js';
export * from './job.dto.js';
export { JobStreamEvent, type JobStreamMessage, type LibraryScanEvent } from './events.js';
export * from './routes.js';
export { type ParseResultDto, type ProviderDto, type ProviderTestDto, type ResolveResultDto } from './parse.dto.js';
export * from './track-metadata.js';
export * from './library.dto.js';
export * from './naming.dto.js';
export * from './import.dto.js';
export * from './rename.dto.js';
export {
  type DeliveryDirection,
  type DeliveryDto,
  type DeliveryOutcome,
  type IntegrationDto,
  IntegrationEvent,
  IntegrationKind,
  type IntegrationTestDto,
  type ListDeliveriesQuery,
  RESCAN_KINDS,
  type SaveIntegrationRequest,
  type UpdateWebhookRequest,
  WebhookAction,
  type WebhookDto,
  type WebhookResultDto,
  WebhookSource,
} from './integrations.dto.js';
export * from './auth.dto.js';
export * from './system.dto.js';
export {
  type LastfmAuthorizationDto,
  type ListenDto,
  type ListenerConnectionDto,
  type ListenerDto,
  type ListenMappedBy,
  type ListenRelayStatusDto,
  type ListenSource,
  type ListenSyncDto,
  type SaveListenerRequest,
  TRACK_PLAYS_SORTS,
  type TrackPlaysDto,
  type TrackPlaysSort,
} from './listening.dto.js';
export {
  type AnalysedTrackDto,
  ANALYSIS_SORT_KEYS,
  type AnalysisSortKey,
  type AnalyzeLibraryResultDto,
  type AudioFeatureFilters,
  type AudioFeatures,
  type FeatureAxis,
  type ListAnalysedTracksQuery,
  type TrackAnalysisDto,
} from './analysis.dto.js';
export {
  type CreateMixRequest,
  type FixMixLineRequest,
  type MixDto,
  type MixLineCandidate,
  type MixLineDto,
  type MixLineRecording,
  type MixLineStatus,
  type MixSearchHitDto,
  type MixSplitDto,
  type MixSummaryDto,
  type RequestMissingResponse,
} from './mixes.dto.js';
export * from './watch.dto.js';
export {
  type AggregateWeeksRequest,
  type AggregateWeeksResultDto,
  DASHBOARD_AXES,
  DASHBOARD_MOODS,
  type DashboardAxis,
  type DashboardChangeDto,
  type DashboardMood,
  type DashboardOverviewDto,
  type DashboardTrackDto,
  type DashboardWeekDto,
  MIXTAPE_FORMATS,
  type MixtapeDto,
  type MixtapeFormat,
  type MixtapeTrackDto,
  type MoodsDto,
  type OutlierDto,
  type OutliersDto,
  type RadarDto,
  type SaveAxisLabelRequest,
  type TrajectoryDto,
} from './dashboard.dto.js';
export * from './search.dto.js';

import { CreateJobTables1763700000000 } from './1763700000000-CreateJobTables.js';
import { CreateProviderCache1763800000000 } from './1763800000000-CreateProviderCache.js';
import { CreateLibraryTables1763900000000 } from './1763900000000-CreateLibraryTables.js';
import { CreateIntegrationTables1790000000000 } from './1790000000000-CreateIntegrationTables.js';
import { CreateLidarrCatalog1791000000000 } from './1791000000000-CreateLidarrCatalog.js';
import { CreateAuthTables1793000000000 } from './1793000000000-CreateAuthTables.js';
import { CreateTrackAnalysis1794000000000 } from './1794000000000-CreateTrackAnalysis.js';
import { CreateListeningTables1795200000000 } from './1795200000000-CreateListeningTables.js';
import { LinkListensToTracks1795900000000 } from './1795900000000-LinkListensToTracks.js';
import { MapListensToRecordings1796000000000 } from './1796000000000-MapListensToRecordings.js';
import { HashListenIdentity1796010000000 } from './1796010000000-HashListenIdentity.js';
import { CreateTasteDashboard1796100000000 } from './1796100000000-CreateTasteDashboard.js';
import { AddWatchFolders1796200000000 } from './1796200000000-AddWatchFolders.js';
import { CreateMixTables1796300000000 } from './1796300000000-CreateMixTables.js';
import { AddMixLineRecordings1796300000001 } from './1796300000001-AddMixLineRecordings.js';
import { IndexMixUpdatedAt1796300000002 } from './1796300000002-IndexMixUpdatedAt.js';
import { CreateTorrentIndexers1796400000000 } from './1796400000000-CreateTorrentIndexers.js';
import { CreateTorrentClients1796400100000 } from './1796400100000-CreateTorrentClients.js';
import { CreateSearchTables1796500000000 } from './1796500000000-CreateSearchTables.js';
import { CreateOutbox1796600000000 } from './1796600000000-CreateOutbox.js';
import { CreateTrackLastfmTags1796800000000 } from './1796800000000-CreateTrackLastfmTags.js';
import { ConnectListenersToLastfm1797000000000 } from './1797000000000-ConnectListenersToLastfm.js';
import { CreateTasteSummary1797100000000 } from './1797100000000-CreateTasteSummary.js';
import { CreateMixParts1797300000000 } from './1797300000000-CreateMixParts.js';
import { AddSearchHistoryRecordings1797400000000 } from './1797400000000-AddSearchHistoryRecordings.js';
import { CreateTorrentGrabs1797600000000 } from './1797600000000-CreateTorrentGrabs.js';

/** Every migration in the order it runs; append, never edit a released one. */
export const MIGRATIONS = [
  CreateJobTables1763700000000,
  CreateProviderCache1763800000000,
  CreateLibraryTables1763900000000,
  CreateIntegrationTables1790000000000,
  CreateLidarrCatalog1791000000000,
  CreateAuthTables1793000000000,
  CreateTrackAnalysis1794000000000,
  CreateListeningTables1795200000000,
  LinkListensToTracks1795900000000,
  MapListensToRecordings1796000000000,
  HashListenIdentity1796010000000,
  CreateTasteDashboard1796100000000,
  AddWatchFolders1796200000000,
  CreateMixTables1796300000000,
  AddMixLineRecordings1796300000001,
  IndexMixUpdatedAt1796300000002,
  CreateTorrentIndexers1796400000000,
  CreateTorrentClients1796400100000,
  CreateSearchTables1796500000000,
  CreateOutbox1796600000000,
  CreateTrackLastfmTags1796800000000,
  ConnectListenersToLastfm1797000000000,
  CreateTasteSummary1797100000000,
  CreateMixParts1797300000000,
  AddSearchHistoryRecordings1797400000000,
  CreateTorrentGrabs1797600000000,
];

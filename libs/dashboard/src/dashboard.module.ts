import { Module } from '@nestjs/common';
import { TrackFeaturesModule } from '@app/analysis';
import { AuthModule } from '@app/auth';
import { ListeningModule } from '@app/listening';
import { DashboardRefresh } from './aggregate/dashboard-refresh.service.js';
import { DashboardSchedule } from './aggregate/dashboard.schedule.js';
import { MapFitting } from './aggregate/map-fitting.service.js';
import { OutlierRanking } from './aggregate/outlier-ranking.js';
import { RefreshOnListens } from './aggregate/refresh-on-listens.service.js';
import { TasteSummary } from './aggregate/taste-summary.service.js';
import { TrackVectors } from './aggregate/track-vectors.js';
import { WeekRefresh } from './aggregate/week-refresh.service.js';
import { AggregateController } from './api/aggregate.controller.js';
import { DashboardController } from './api/dashboard.controller.js';
import { LabelsController } from './api/labels.controller.js';
import { TasteLabels } from './store/taste-labels.js';
import { TasteMaps } from './store/taste-maps.js';
import { TasteSummaries } from './store/taste-summaries.js';
import { TasteWeeks } from './store/taste-weeks.js';
import { ListenerScope } from './views/listener-scope.js';
import { MixtapeView } from './views/mixtape.view.js';
import { MoodsView } from './views/moods.view.js';
import { OutliersView } from './views/outliers.view.js';
import { OverviewView } from './views/overview.view.js';
import { RadarView } from './views/radar.view.js';
import { TasteHistory } from './views/taste-history.js';
import { TrajectoryView } from './views/trajectory.view.js';

/** The taste dashboard: weekly aggregates, taste maps, their schedules and routes. */
@Module({
  imports: [AuthModule, ListeningModule, TrackFeaturesModule],
  controllers: [DashboardController, AggregateController, LabelsController],
  providers: [
    TasteWeeks,
    TasteMaps,
    TasteLabels,
    TasteSummaries,
    TrackVectors,
    WeekRefresh,
    MapFitting,
    OutlierRanking,
    TasteSummary,
    DashboardRefresh,
    DashboardSchedule,
    RefreshOnListens,
    ListenerScope,
    TasteHistory,
    OverviewView,
    TrajectoryView,
    RadarView,
    MoodsView,
    OutliersView,
    MixtapeView,
  ],
  exports: [DashboardRefresh],
})
export class DashboardModule {}

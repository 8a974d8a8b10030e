import { TasteLabelEntity } from './store/taste-label.entity.js';
import { TasteMapEntity } from './store/taste-map.entity.js';
import { TasteSummaryEntity } from './store/taste-summary.entity.js';
import { TasteWeekEntity } from './store/taste-week.entity.js';

export const DASHBOARD_ENTITIES = [TasteWeekEntity, TasteMapEntity, TasteLabelEntity, TasteSummaryEntity];

import { DeliveryEntity } from './store/delivery.entity.js';
import { InboundHookEntity } from './store/inbound-hook.entity.js';
import { IntegrationEntity } from './store/integration.entity.js';
import { RescanPendingEntity } from './store/rescan-pending.entity.js';

export const INTEGRATION_ENTITIES = [IntegrationEntity, InboundHookEntity, DeliveryEntity, RescanPendingEntity];

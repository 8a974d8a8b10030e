import { SetMetadata } from '@nestjs/common';

/** Metadata key of routes only a signed-in person may use. */
export const IS_ADMIN_ONLY = 'truetrack:admin-only';

/**
 * Marks a route (or controller) that changes who may get in (API key, users, authentication settings): it needs
 * a session of a signed-in user. The API key (which Lidarr clients and scripts hold) and the local-address
 * exemption do not open it.
 */
export const AdminOnly = () => SetMetadata(IS_ADMIN_ONLY, true);

import { SetMetadata } from '@nestjs/common';

/** Metadata key of routes any caller may reach without the API key or a session. */
export const IS_PUBLIC = 'truetrack:public';

/** Marks a route (or a whole controller) as open: the global guard lets every request through. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

import type { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@app/config';
import { ApiValidationPipe, HttpErrorFilter, JSON_BODY_OPTIONS } from '@app/jobs';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { nestLogLevels } from './log-levels.js';
import { setupOpenApi } from './openapi.js';

/** The HTTP application, configured but not listening yet. */
export async function createApp(config: AppConfig, options: AppModuleOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bodyParser: false,
    // Open event streams would otherwise keep a shutdown waiting forever.
    forceCloseConnections: true,
    logger: nestLogLevels(config.log.level),
  });
  app.disable('x-powered-by');
  app.useBodyParser('json', JSON_BODY_OPTIONS);
  app.useGlobalPipes(new ApiValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter(app.get(HttpAdapterHost)));
  const origins = config.server.allowedOrigins;
  if (origins.length) app.enableCors({ origin: origins.includes('*') ? '*' : origins });
  setupOpenApi(app);
  app.enableShutdownHooks();
  return app;
}

import type { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { RequestHandler } from 'express';
import { Authenticator, refuse } from '@app/auth';
import type { AppConfig } from '@app/config';
import { ApiRoutes, LISTENBRAINZ_PREFIX } from '@app/contracts';
import { ApiValidationPipe, HttpErrorFilter, JSON_BODY_OPTIONS } from '@app/platform';
import { readListenBrainzBody, readListeningFileBody } from '@app/listening';
import { createLogger, ProcessResources, securityHeaders } from '@app/ops';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { setupOpenApi } from './openapi.js';

/** The HTTP application, configured but not listening yet. */
export async function createApp(config: AppConfig, options: AppModuleOptions = {}): Promise<INestApplication> {
  const { logger, close: closeLogFile } = createLogger(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bodyParser: false,
    // Open event streams would otherwise keep a shutdown waiting forever.
    forceCloseConnections: true,
    logger,
  });
  app.get(ProcessResources).adopt(closeLogFile);
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.set('trust proxy', config.server.trustProxy);
  // Before the JSON parser: ListenBrainz clients' bodies are read raw, under ListenBrainz's own limits.
  app.use(`/${LISTENBRAINZ_PREFIX}`, readListenBrainzBody);
  app.use(`/${ApiRoutes.prefix}/${ApiRoutes.listeners}`, readListeningFileBody);
  app.useBodyParser('json', JSON_BODY_OPTIONS);
  app.useGlobalPipes(new ApiValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter(app.get(HttpAdapterHost)));
  const origins = config.server.allowedOrigins;
  if (origins.length) app.enableCors({ origin: origins.includes('*') ? '*' : origins });
  requireCredentials(app, [`/${ApiRoutes.docs}`, `/${ApiRoutes.docs}-json`, `/${ApiRoutes.docs}-yaml`]);
  setupOpenApi(app);
  app.enableShutdownHooks();
  return app;
}

/** Paths served outside Nest's router (the OpenAPI document and its UI) behind the same check as the API. */
function requireCredentials(app: NestExpressApplication, paths: string[]): void {
  const authenticator = app.get(Authenticator);
  const check: RequestHandler = (request, response, next) => {
    authenticator.identify(request).then((caller) => (caller.via === 'none' ? refuse(response) : next()), next);
  };
  for (const path of paths) app.use(path, check);
}

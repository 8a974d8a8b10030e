import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ApiRoutes } from '@app/contracts';

/** OpenAPI document at `/api/docs-json`, its UI at `/api/docs`. */
export function setupOpenApi(app: INestApplication): void {
  const info = new DocumentBuilder()
    .setTitle('TrueTrack')
    .setDescription('Requests become identified, tagged and well-organized tracks in your music library.')
    .setVersion('v1')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'apiKey')
    .addSecurityRequirements('apiKey')
    .build();
  const document = SwaggerModule.createDocument(app, info, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  SwaggerModule.setup(ApiRoutes.docs, app, nameBareMounts(document), { jsonDocumentUrl: `${ApiRoutes.docs}-json` });
}

/**
 * Swagger names the two mounts of one handler `Jobs_get[0]` and `Jobs_get[1]`; generated clients want plain
 * names, so `/api/v1/…` keeps `Jobs_get` and the bare `/jobs/…` becomes `Jobs_getBare`.
 */
function nameBareMounts(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item as Record<string, { operationId?: unknown }>)) {
      if (typeof operation?.operationId !== 'string' || !/\[\d+\]$/.test(operation.operationId)) continue;
      const name = operation.operationId.replace(/\[\d+\]$/, '');
      operation.operationId = path.startsWith(`/${ApiRoutes.prefix}/`) ? name : `${name}Bare`;
    }
  }
  return document;
}

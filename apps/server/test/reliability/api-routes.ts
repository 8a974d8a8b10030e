/** One operation of the OpenAPI document, reduced to what a request generator needs. */
export interface ApiRoute {
  method: string;
  /** `/api/v1/jobs/{id}` */
  path: string;
  pathParams: string[];
  queryParams: string[];
  headerParams: string[];
  hasBody: boolean;
  /** Top-level fields of the JSON body, when the document names them. */
  bodyFields: string[];
}

interface OpenApiParameter {
  in: string;
  name: string;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string; properties?: Record<string, unknown> } }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation the server documents: each route, once per mount. */
export function routesFromOpenApi(document: OpenApiDocument): ApiRoute[] {
  const routes: ApiRoute[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const params = operation.parameters ?? [];
      const names = (where: string) => params.filter((p) => p.in === where).map((p) => p.name);
      routes.push({
        method: method.toUpperCase(),
        path,
        pathParams: names('path'),
        queryParams: names('query'),
        headerParams: names('header'),
        hasBody: operation.requestBody !== undefined,
        bodyFields: bodyFields(document, operation),
      });
    }
  }
  return routes;
}

function bodyFields(document: OpenApiDocument, operation: OpenApiOperation): string[] {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (!schema) return [];
  const name = schema.$ref?.split('/').pop();
  const properties = name ? document.components?.schemas?.[name]?.properties : schema.properties;
  return Object.keys(properties ?? {});
}

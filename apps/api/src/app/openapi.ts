import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

let cached: OpenAPIObject | undefined;

/** The OpenAPI 3.1 document: every operation's id is its controller method's name, which is unique. */
export function openApiDocument(app: NestFastifyApplication): OpenAPIObject {
  cached ??= SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('DHR case management API')
      .setDescription(
        'Domestic Homicide Reviews (Domestic Abuse Related Death Reviews): from notification to the evidenced ' +
          'completion of every agency action. Errors are application/problem+json.',
      )
      .setVersion('1')
      .setOpenAPIVersion('3.1.0')
      .addBearerAuth()
      .addSecurityRequirements('bearer')
      .build(),
    { operationIdFactory: (_controllerKey, methodKey) => methodKey },
  );
  return cached;
}

/** /api/openapi.json and the Swagger UI at /api/docs. */
export function mountOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
  });
}

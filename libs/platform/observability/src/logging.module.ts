import { DynamicModule, Module } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { REDACTED_PATHS } from './redaction';
import { requestIdFor } from './request-id';

export interface LoggingOptions {
  level: string;
  pretty: boolean;
}

@Module({})
export class LoggingModule {
  static forRoot(options: LoggingOptions): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: options.level,
            redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
            genReqId: (req: IncomingMessage) => requestIdFor(req),
            autoLogging: {
              ignore: (req: IncomingMessage) => req.url === '/api/health' || req.url === '/api/metrics',
            },
            serializers: {
              // the URL without its query string: queries may carry filters naming people
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url.split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            transport: options.pretty ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
          },
        }),
      ],
      exports: [LoggerModule],
    };
  }
}

import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@dhr/platform-domain';
import { problem, ProblemDetails, STATUS_OF } from './problem';

/** Every error leaves as application/problem+json; no stack trace or internal message ever does. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = {
      ...this.toProblem(error),
      instance: request.url.split('?')[0],
      requestId: String(request.id),
    };
    if (body.status >= 500) this.logger.error({ err: error, requestId: request.id }, 'Unhandled error');
    if (body.status === 401 || body.code === 'too_many_requests') reply.header('cache-control', 'no-store');
    void reply.status(body.status).header('content-type', 'application/problem+json').send(body);
  }

  private toProblem(error: unknown): ProblemDetails {
    if (error instanceof DomainError) {
      return {
        ...error.extensions,
        ...problem(STATUS_OF[error.kind], error.code, error.message, error.fieldProblems),
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return problem(status, codeForStatus(status), messageOf(error));
    }
    const fastifyError = error as { statusCode?: number; code?: string; message?: string };
    if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode < 500) {
      const status = fastifyError.statusCode;
      return problem(status, codeForStatus(status), fastifyError.message ?? 'The request could not be read.');
    }
    return problem(500, 'internal_error', 'Something went wrong. It has been logged; try again later.');
  }
}

function messageOf(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
}

function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'bad_request';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 413:
      return 'too_large';
    case 415:
      return 'unsupported_type';
    case 429:
      return 'too_many_requests';
    default:
      return status >= 500 ? 'internal_error' : 'http_error';
  }
}

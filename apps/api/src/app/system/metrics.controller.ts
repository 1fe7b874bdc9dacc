import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@dhr/platform-auth';
import { Metrics } from '@dhr/platform-observability';

@ApiTags('system')
@Controller('api')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  /** Prometheus exposition format. Counts and timings only: nothing about any review or person. */
  @Get('metrics')
  @Public()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus metrics', schema: { type: 'string' } })
  getMetrics(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { DEFAULT_PAGE_SIZE } from '@dhr/platform-database';
import { AuditLog } from '../application/audit-log';
import { AuditPage, AuditQuery } from './dto/audit.dto';

@ApiTags('audit')
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @Allow('audit.read')
  @ApiOkResponse({ type: AuditPage })
  async listAuditEvents(@CurrentActor() actor: Actor, @Query() query: AuditQuery): Promise<AuditPage> {
    const { limit = DEFAULT_PAGE_SIZE, cursor, ...filter } = query;
    const page = await this.audit.list(inPartnership(actor), filter, limit, cursor);
    return { ...page, items: page.items.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() })) };
  }
}

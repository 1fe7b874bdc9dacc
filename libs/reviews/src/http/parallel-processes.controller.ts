import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { ParallelProcessService } from '../application/parallel-process.service';
import { PARALLEL_PROCESS_LABELS, ParallelProcess } from '../domain/parallel-process';
import { ReviewId } from '../domain/review';
import {
  ParallelProcessRequest,
  ProcessConclusionRequest,
  UpdateParallelProcessRequest,
} from './dto/parallel-process.request';
import { ParallelProcessList, ParallelProcessResponse } from './dto/parallel-process.response';

/** Criminal proceedings, inquests, investigations and linked reviews; each change needs If-Match. */
@ApiTags('reviews')
@Controller('api/v1/reviews/:reviewId/parallel-processes')
export class ParallelProcessesController {
  constructor(private readonly processes: ParallelProcessService) {}

  @Get()
  @Allow('reviews.read')
  @ApiOkResponse({ type: ParallelProcessList })
  async listParallelProcesses(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<ParallelProcessList> {
    const processes = await this.processes.list(inPartnership(actor), reviewId as ReviewId);
    return { items: processes.map(toParallelProcessResponse) };
  }

  @Post()
  @Allow('reviews.read')
  @ApiCreatedResponse({ type: ParallelProcessResponse })
  async addParallelProcess(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() body: ParallelProcessRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParallelProcessResponse> {
    const process = await this.processes.add(inPartnership(actor), reviewId as ReviewId, body);
    setEtag(reply, process.version);
    return toParallelProcessResponse(process);
  }

  @Patch(':processId')
  @Allow('reviews.read')
  @ApiOkResponse({ type: ParallelProcessResponse })
  async updateParallelProcess(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('processId', ParseUUIDPipe) processId: string,
    @IfMatch() version: number,
    @Body() body: UpdateParallelProcessRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParallelProcessResponse> {
    const process = await this.processes.update(
      inPartnership(actor),
      reviewId as ReviewId,
      processId,
      version,
      body,
    );
    setEtag(reply, process.version);
    return toParallelProcessResponse(process);
  }

  @Post(':processId/conclusion')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOkResponse({ type: ParallelProcessResponse })
  async concludeParallelProcess(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('processId', ParseUUIDPipe) processId: string,
    @IfMatch() version: number,
    @Body() body: ProcessConclusionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParallelProcessResponse> {
    const process = await this.processes.conclude(
      inPartnership(actor),
      reviewId as ReviewId,
      processId,
      version,
      body,
    );
    setEtag(reply, process.version);
    return toParallelProcessResponse(process);
  }
}

function toParallelProcessResponse(process: ParallelProcess): ParallelProcessResponse {
  return {
    id: process.id,
    kind: process.kind,
    kindLabel: PARALLEL_PROCESS_LABELS[process.kind],
    reference: process.reference,
    status: process.status,
    nextHearingOn: process.nextHearingOn,
    concludedOn: process.concludedOn,
    outcome: process.outcome,
    notes: process.notes,
    version: process.version,
  };
}

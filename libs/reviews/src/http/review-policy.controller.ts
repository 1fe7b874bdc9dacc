import { Body, Controller, Get, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { ReviewPolicyService } from '../application/review-policy.service';
import { StoredClockPolicy } from '../persistence/review-clock-policy.repository';

export class ReviewPolicyRequest {
  @ApiProperty({ minimum: 1, maximum: 12, description: 'months from notification to decision (guidance: 1)' })
  @IsInt()
  @Min(1)
  @Max(12)
  decisionMonths: number;

  @ApiProperty({ minimum: 1, maximum: 36, description: 'months from decision to completion (guidance: 6)' })
  @IsInt()
  @Min(1)
  @Max(36)
  completionMonths: number;

  @ApiProperty({
    minimum: 0,
    maximum: 90,
    description: 'days before a due date that a clock shows as due soon',
  })
  @IsInt()
  @Min(0)
  @Max(90)
  warningDays: number;
}

export class ReviewPolicyResponse extends ReviewPolicyRequest {
  @ApiProperty({ description: '0 while the partnership uses the defaults' }) version: number;
}

/** The partnership's statutory periods, from which every review's clocks are computed. */
@ApiTags('reviews')
@Controller('api/v1/review-policy')
export class ReviewPolicyController {
  constructor(private readonly policies: ReviewPolicyService) {}

  @Get()
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewPolicyResponse })
  async getReviewPolicy(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewPolicyResponse> {
    return respond(reply, await this.policies.get(inPartnership(actor)));
  }

  @Put()
  @Allow('reviews.policy.manage')
  @ApiOkResponse({ type: ReviewPolicyResponse })
  async setReviewPolicy(
    @CurrentActor() actor: Actor,
    @IfMatch() version: number,
    @Body() body: ReviewPolicyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewPolicyResponse> {
    return respond(reply, await this.policies.set(inPartnership(actor), version, body));
  }
}

function respond(reply: FastifyReply, policy: StoredClockPolicy): ReviewPolicyResponse {
  setEtag(reply, policy.version);
  return { ...policy };
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@dhr/platform-http';
import { REVIEW_STATUSES, ReviewStatus } from '../../domain/review-status';

export class ListReviewsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: REVIEW_STATUSES,
    isArray: true,
    description: 'one or more stages, comma-separated',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @IsIn(REVIEW_STATUSES, { each: true })
  status?: ReviewStatus[];
}

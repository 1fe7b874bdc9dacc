import { ApiProperty } from '@nestjs/swagger';
import { PARALLEL_PROCESS_KINDS, PARALLEL_PROCESS_STATUSES } from '../../domain/parallel-process';

export class ParallelProcessResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PARALLEL_PROCESS_KINDS }) kind: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ type: String, nullable: true }) reference: string | null;
  @ApiProperty({ enum: PARALLEL_PROCESS_STATUSES }) status: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) nextHearingOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) concludedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) outcome: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty() version: number;
}

export class ParallelProcessList {
  @ApiProperty({ type: [ParallelProcessResponse] }) items: ParallelProcessResponse[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DateField, OptionalDateField, OptionalTextField, TextField } from '@dhr/platform-http';
import { PARALLEL_PROCESS_KINDS, ParallelProcessKind } from '../../domain/parallel-process';

export class ParallelProcessRequest {
  @ApiProperty({ enum: PARALLEL_PROCESS_KINDS }) @IsIn(PARALLEL_PROCESS_KINDS) kind: ParallelProcessKind;
  @OptionalTextField(200, 'Sheffield Crown Court T20267001, or the linked review’s reference') reference?:
    | string
    | null;
  @OptionalDateField('the next hearing, which may be in the future') nextHearingOn?: string | null;
  @OptionalTextField(5000) notes?: string | null;
}

/** Omitted fields stay as they are; null clears. */
export class UpdateParallelProcessRequest {
  @ApiPropertyOptional({ enum: PARALLEL_PROCESS_KINDS })
  @IsOptional()
  @IsIn(PARALLEL_PROCESS_KINDS)
  kind?: ParallelProcessKind;
  @OptionalTextField(200) reference?: string | null;
  @OptionalDateField() nextHearingOn?: string | null;
  @OptionalTextField(5000) notes?: string | null;
}

export class ProcessConclusionRequest {
  @DateField('not in the future') concludedOn: string;
  @TextField(5000, 'MA 2 convicted of murder; life imprisonment, minimum term 18 years') outcome: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalTextField, TextField } from '@dhr/platform-http';

export class ChronologyEntryRequest {
  @TextField(100, 'mid-August 2013') date: string;
  @OptionalTextField(200, 'Custody record 14/2231') sourceReference?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['MA 1'],
    description: 'pseudonyms of the subjects involved',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  subjects?: string[];

  @TextField(10000) event: string;
  @OptionalTextField(10000) actionOutcome?: string | null;
  @OptionalTextField(10000) analysis?: string | null;
}

export class ChronologyEntryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty({ description: 'the date as the service reads it, e.g. "mid-August 2013"' }) date: string;
  @ApiProperty({ format: 'date' }) earliestOn: string;
  @ApiProperty({ format: 'date' }) latestOn: string;
  @ApiProperty({ enum: ['day', 'month', 'season', 'year'] }) precision: string;
  @ApiProperty() approximate: boolean;
  @ApiProperty({ type: String, nullable: true }) sourceReference: string | null;
  @ApiProperty({ type: [String] }) subjects: string[];
  @ApiProperty() event: string;
  @ApiProperty({ type: String, nullable: true }) actionOutcome: string | null;
  @ApiProperty({ type: String, nullable: true }) analysis: string | null;
}

export class ChronologyResponse {
  @ApiProperty({ type: [ChronologyEntryResponse] }) items: ChronologyEntryResponse[];
  @ApiProperty({ description: 'the IMR request version (its ETag) after the change' }) version: number;
}

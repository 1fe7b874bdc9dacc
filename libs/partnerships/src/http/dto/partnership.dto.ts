import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class CreatePartnershipRequest {
  @ApiProperty({ example: 'Safer Rotherham Partnership', maxLength: 200 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'DHR', description: 'prefix of review references, 2 to 12 capital letters' })
  @Matches(/^[A-Z]{2,12}$/, { message: 'referencePrefix must be 2 to 12 capital letters' })
  referencePrefix: string;
}

export class PartnershipResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() referencePrefix: string;
  @ApiProperty() version: number;
}

export class PartnershipList {
  @ApiProperty({ type: [PartnershipResponse] }) items: PartnershipResponse[];
}

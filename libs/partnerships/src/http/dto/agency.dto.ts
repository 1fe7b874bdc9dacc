import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { AGENCY_TYPE_KEYS, AgencyType } from '../../domain/agency-type';
import { Agency } from '../../domain/partnership';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateAgencyRequest {
  @ApiProperty({ maxLength: 200, example: 'South Yorkshire Police' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, maxLength: 30, example: 'SYP', nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(30)
  shortName?: string | null;

  @ApiProperty({ enum: AGENCY_TYPE_KEYS })
  @IsIn(AGENCY_TYPE_KEYS)
  type: AgencyType;
}

export class UpdateAgencyRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, maxLength: 30, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(30)
  shortName?: string | null;

  @ApiPropertyOptional({ enum: AGENCY_TYPE_KEYS })
  @IsOptional()
  @IsIn(AGENCY_TYPE_KEYS)
  type?: AgencyType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListAgenciesQuery {
  @ApiPropertyOptional({ description: 'include agencies no longer active' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  includeInactive?: boolean;
}

export class AgencyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) shortName: string | null;
  @ApiProperty({ enum: AGENCY_TYPE_KEYS }) type: AgencyType;
  @ApiProperty() typeLabel: string;
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
}

export class AgencyList {
  @ApiProperty({ type: [AgencyResponse] }) items: AgencyResponse[];
}

export class AgencyTypeResponse {
  @ApiProperty({ enum: AGENCY_TYPE_KEYS }) key: AgencyType;
  @ApiProperty() label: string;
}

export class AgencyTypeList {
  @ApiProperty({ type: [AgencyTypeResponse] }) items: AgencyTypeResponse[];
}

export type AgencyView = Agency;

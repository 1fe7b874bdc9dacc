import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import {
  DateField,
  IsCalendarDate,
  OptionalDateField,
  OptionalTextField,
  TextField,
} from '@dhr/platform-http';
import { PANEL_ROLES, PanelRole } from '../../domain/panel';

const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Sent, it must be valid; null is refused (only absent leaves it unchanged). */
const IfSent = () => ValidateIf((_: object, value: unknown) => value !== undefined);

export class PanelMemberRequest {
  @TextField(200, 'Helen Smith') name: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'an agency of the partnership',
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @OptionalTextField(200, 'South Yorkshire Police') organisation?: string | null;
  @OptionalTextField(200, 'Sergeant') jobTitle?: string | null;

  @ApiProperty({ enum: PANEL_ROLES }) @IsIn(PANEL_ROLES) panelRole: PanelRole;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'a user of the partnership, who may then read the review',
  })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @DateField() joinedOn: string;
  @OptionalDateField('on or after joinedOn') leftOn?: string | null;
}

export class UpdatePanelMemberRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IfSent()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @OptionalTextField(200) organisation?: string | null;
  @OptionalTextField(200) jobTitle?: string | null;
  @ApiPropertyOptional({ enum: PANEL_ROLES }) @IfSent() @IsIn(PANEL_ROLES) panelRole?: PanelRole;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date' })
  @IfSent()
  @IsCalendarDate()
  joinedOn?: string;

  @OptionalDateField() leftOn?: string | null;
}

export class PanelMemberResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) agencyId: string | null;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ enum: PANEL_ROLES }) panelRole: string;
  @ApiProperty() panelRoleLabel: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) userId: string | null;
  @ApiProperty({ format: 'date' }) joinedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) leftOn: string | null;
  @ApiProperty() version: number;
}

export class PanelMemberList {
  @ApiProperty({ type: [PanelMemberResponse] }) items: PanelMemberResponse[];
}

export class PanelMeetingRequest {
  @DateField('not in the future') heldOn: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'members of this panel serving on heldOn' })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'attendeeIds must not repeat a member' })
  @IsUUID('all', { each: true })
  attendeeIds: string[];

  @ApiProperty({ type: [String], example: ['Terms of reference revised to add questions 11 and 12'] })
  @IsArray()
  @ArrayMaxSize(100)
  @Transform(trimEach)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'each decision must not be empty' })
  @MaxLength(2000, { each: true })
  decisions: string[];

  @OptionalTextField(10000) notes?: string | null;
}

export class UpdatePanelMeetingRequest {
  @ApiPropertyOptional({ type: String, format: 'date' })
  @IfSent()
  @IsCalendarDate()
  heldOn?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IfSent()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'attendeeIds must not repeat a member' })
  @IsUUID('all', { each: true })
  attendeeIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IfSent()
  @IsArray()
  @ArrayMaxSize(100)
  @Transform(trimEach)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'each decision must not be empty' })
  @MaxLength(2000, { each: true })
  decisions?: string[];

  @OptionalTextField(10000) notes?: string | null;
}

export class PanelMeetingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ type: [String], format: 'uuid' }) attendeeIds: string[];
  @ApiProperty({ type: [String] }) decisions: string[];
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty() version: number;
}

export class PanelMeetingList {
  @ApiProperty({ type: [PanelMeetingResponse] }) items: PanelMeetingResponse[];
}

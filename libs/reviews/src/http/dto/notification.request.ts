import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DateField, OptionalDateField, OptionalTextField, TextField } from '@dhr/platform-http';
import { RELATIONSHIPS, Relationship, REVIEW_TYPES, ReviewType } from '../../domain/review';
import { AGE_BANDS, AgeBand, SUBJECT_ROLES, SubjectRole } from '../../domain/subject';

export class SubjectIdentityRequest {
  @TextField(200, 'Full name as on the death certificate') fullName: string;
  @OptionalTextField(300) otherNames?: string | null;
  @OptionalDateField() dateOfBirth?: string | null;
  @OptionalTextField(500) address?: string | null;
}

export class SubjectRequest {
  @TextField(50, 'MA 1') pseudonym: string;

  @ApiProperty({ enum: SUBJECT_ROLES })
  @IsIn(SUBJECT_ROLES)
  role: SubjectRole;

  @OptionalTextField(40, 'Male') sex?: string | null;
  @OptionalTextField(100, 'White British') ethnicity?: string | null;

  @ApiPropertyOptional({ enum: AGE_BANDS, nullable: true })
  @IsOptional()
  @IsIn(AGE_BANDS)
  ageBand?: AgeBand | null;

  @OptionalTextField(100, 'Partner') relationshipToVictim?: string | null;

  @ApiPropertyOptional({
    type: SubjectIdentityRequest,
    nullable: true,
    description: 'sealed at rest; never listed',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubjectIdentityRequest)
  identity?: SubjectIdentityRequest | null;
}

export class UpdateSubjectRequest {
  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'pseudonym must not be empty' })
  @MaxLength(50)
  pseudonym?: string;

  @ApiPropertyOptional({ enum: SUBJECT_ROLES }) @IsOptional() @IsIn(SUBJECT_ROLES) role?: SubjectRole;
  @OptionalTextField(40) sex?: string | null;
  @OptionalTextField(100) ethnicity?: string | null;
  @ApiPropertyOptional({ enum: AGE_BANDS, nullable: true })
  @IsOptional()
  @IsIn(AGE_BANDS)
  ageBand?: AgeBand | null;
  @OptionalTextField(100) relationshipToVictim?: string | null;
}

export class CreateNotificationRequest {
  @ApiProperty({ enum: REVIEW_TYPES, description: 'dhr, or dardr under the Victims and Prisoners Act 2024' })
  @IsIn(REVIEW_TYPES)
  reviewType: ReviewType;

  @DateField('the day the CSP was told in writing') notifiedOn: string;
  @TextField(200, 'DCI A. Example, South Yorkshire Police') notifiedBy: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  notifyingAgencyId?: string | null;

  @OptionalTextField(200, 'South Yorkshire Police') policeForce?: string | null;
  @OptionalDateField() dateOfDeath?: string | null;

  @ApiProperty({ enum: RELATIONSHIPS })
  @IsIn(RELATIONSHIPS)
  relationship: Relationship;

  @ApiProperty() @IsBoolean() suspectedSuicide: boolean;
  @OptionalTextField(5000) circumstances?: string | null;

  @ApiProperty({ type: [SubjectRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SubjectRequest)
  subjects: SubjectRequest[];
}

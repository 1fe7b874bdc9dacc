import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ROLES, Role } from '@dhr/platform-auth';
import { PageQuery } from '@dhr/platform-http';
import { USER_STATUSES, UserStatus } from '../../domain/user';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const PARTNERSHIP_ROLES = ROLES.filter((role) => role !== 'system_admin');

export class CreateUserRequest {
  @ApiProperty({ example: 'j.smith@agency.example' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address, like name@example.com' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Jo Smith', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(200)
  displayName: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  jobTitle?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @ApiProperty({ enum: PARTNERSHIP_ROLES, isArray: true })
  @IsArray()
  @ArrayMaxSize(ROLES.length)
  @IsIn(PARTNERSHIP_ROLES, {
    each: true,
    message: `each role must be one of ${PARTNERSHIP_ROLES.join(', ')}`,
  })
  roles: Role[];
}

export class UpdateUserRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  jobTitle?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID()
  agencyId?: string | null;

  @ApiPropertyOptional({ enum: PARTNERSHIP_ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ROLES.length)
  @IsIn(PARTNERSHIP_ROLES, {
    each: true,
    message: `each role must be one of ${PARTNERSHIP_ROLES.join(', ')}`,
  })
  roles?: Role[];

  @ApiPropertyOptional({ enum: ['active', 'deactivated'] })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;
}

export class CreateCoordinatorRequest {
  @ApiProperty()
  @Transform(trim)
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  jobTitle?: string | null;
}

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ enum: USER_STATUSES }) @IsOptional() @IsIn(USER_STATUSES) status?: UserStatus;
}

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) agencyId: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ enum: USER_STATUSES }) status: UserStatus;
  @ApiProperty() version: number;
}

export class UserPage {
  @ApiProperty({ type: [UserResponse] }) items: UserResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

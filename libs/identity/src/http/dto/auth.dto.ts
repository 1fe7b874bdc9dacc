import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ROLES, Role } from '@dhr/platform-auth';

export class LoginRequest {
  @ApiProperty({ example: 'coordinator@rotherham.demo' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;
}

export class SetPasswordRequest {
  @ApiProperty({ description: 'the token from the set-password link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({ format: 'password', minLength: 12, maxLength: 128 })
  @IsString()
  @MaxLength(1024)
  password: string;
}

export class NamedRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class MeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: [String] }) permissions: string[];
  @ApiProperty({ type: NamedRef, nullable: true }) partnership: NamedRef | null;
  @ApiProperty({ type: NamedRef, nullable: true }) agency: NamedRef | null;
}

export class SignedInResponse {
  @ApiProperty({ description: 'bearer token for the Authorization header' }) accessToken: string;
  @ApiProperty({ description: 'seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ type: MeResponse }) user: MeResponse;
}

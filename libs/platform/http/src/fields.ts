import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';
import { isCalendarDate } from '@dhr/platform-domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A calendar date, YYYY-MM-DD, that exists (no 30 February). */
export function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: (args) => `${args?.property ?? 'date'} must be a real date, written YYYY-MM-DD`,
    },
  });
}

/** A required calendar date field. */
export const DateField = (description?: string) =>
  applyDecorators(ApiProperty({ type: String, format: 'date', description }), IsCalendarDate());

/** An optional calendar date field; null clears it. */
export const OptionalDateField = (description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', nullable: true, description }),
    IsOptional(),
    IsCalendarDate(),
  );

/** Required text, trimmed, not empty. */
export const TextField = (maxLength: number, example?: string) =>
  applyDecorators(
    ApiProperty({ maxLength, example }),
    Transform(trim),
    IsString(),
    IsNotEmpty({ message: ({ property }) => `${property} must not be empty` }),
    MaxLength(maxLength),
  );

/** Optional text, trimmed; null (or empty) clears it. */
export const OptionalTextField = (maxLength: number, example?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, maxLength, nullable: true, example }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value)),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );

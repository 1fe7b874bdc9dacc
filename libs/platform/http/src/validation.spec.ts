import { ValidationError } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsDateString, IsNotEmpty, IsString, ValidateNested } from 'class-validator';
import { InvalidInputError } from '@dhr/platform-domain';
import { createValidationPipe, flatten } from './validation';

class Milestone {
  @IsDateString() dueOn: string;
}

class ScheduleRequest {
  @IsString() @IsNotEmpty() title: string;
  @ValidateNested({ each: true }) @Type(() => Milestone) milestones: Milestone[];
}

async function validate(body: unknown): Promise<unknown> {
  return createValidationPipe().transform(body, { type: 'body', metatype: ScheduleRequest });
}

describe('validation errors', () => {
  it('flattens nested errors to dotted field names, and names unknown fields plainly', () => {
    const errors: ValidationError[] = [
      {
        property: 'colour',
        constraints: { whitelistValidation: 'property colour should not exist' },
        children: [],
      },
      {
        property: 'milestones',
        children: [
          {
            property: '0',
            children: [{ property: 'dueOn', constraints: { isDate: 'dueOn must be a date' }, children: [] }],
          },
        ],
      },
    ];
    expect(flatten(errors)).toEqual([
      { field: 'colour', message: 'is not a known field' },
      { field: 'milestones.0.dueOn', message: 'dueOn must be a date' },
    ]);
  });
});

describe('the validation pipe', () => {
  it('reports every problem at once: unknown fields, nested fields and missing ones', async () => {
    const refused = await validate({ colour: 'red', milestones: [{ dueOn: '2026-13-45', extra: 1 }] }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(InvalidInputError);
    const fields = (refused as InvalidInputError).fieldProblems.map((p) => p.field);
    expect(fields.sort()).toEqual(['colour', 'milestones.0.dueOn', 'milestones.0.extra', 'title', 'title']);
    expect((refused as InvalidInputError).fieldProblems).toContainEqual({
      field: 'colour',
      message: 'is not a known field',
    });
  });

  it('passes a valid body through as an instance of its class', async () => {
    const valid = await validate({ title: 'Panel meeting 2', milestones: [{ dueOn: '2026-03-01' }] });
    expect(valid).toBeInstanceOf(ScheduleRequest);
    expect((valid as ScheduleRequest).milestones[0]).toBeInstanceOf(Milestone);
  });
});

import { Schemas } from '../api/client';
import { Problem } from '../api/problem';
import { Agency } from '../api/use-agencies';
import { fieldError } from '../components/error-summary';
import { Select, TextInput } from '../components/fields';

export const AGENCY_LABELS = { name: 'Name', shortName: 'Short name', type: 'Type of agency' };

type AgencyType = Schemas['AgencyTypeResponse'];

export interface AgencyFieldValues {
  name: string;
  shortName: string | null;
  type: Agency['type'];
}

export function agencyFieldValues(form: FormData): AgencyFieldValues {
  return {
    name: String(form.get('name') ?? ''),
    shortName: String(form.get('shortName') ?? '').trim() || null,
    type: String(form.get('type') ?? '') as Agency['type'],
  };
}

export function AgencyFields({
  agency,
  types,
  problem,
}: {
  agency?: Agency;
  types: AgencyType[];
  problem: Problem | undefined;
}) {
  return (
    <>
      <TextInput
        id="name"
        label={AGENCY_LABELS.name}
        hint="For example, South Yorkshire Police"
        defaultValue={agency?.name}
        error={fieldError(problem, 'name', AGENCY_LABELS)}
      />
      <TextInput
        id="shortName"
        label="Short name (optional)"
        hint="For example, SYP"
        width="govuk-input--width-10"
        defaultValue={agency?.shortName ?? ''}
        error={fieldError(problem, 'shortName', AGENCY_LABELS)}
      />
      <Select
        id="type"
        label={AGENCY_LABELS.type}
        defaultValue={agency?.type ?? ''}
        options={[
          { value: '', label: 'Choose a type' },
          ...types.map((t) => ({ value: t.key, label: t.label })),
        ]}
        error={fieldError(problem, 'type', AGENCY_LABELS)}
      />
    </>
  );
}

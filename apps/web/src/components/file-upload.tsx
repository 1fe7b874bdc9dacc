import { describedBy, FieldProps, FormGroup } from './fields';

/** A file chosen in a form's file input, if any. */
export function fileValue(form: FormData, id: string): File | null {
  const value = form.get(id);
  return value instanceof File && value.size > 0 ? value : null;
}

/** The GOV.UK file upload. */
export function FileUpload(props: FieldProps) {
  const { id, hint, error } = props;
  return (
    <FormGroup {...props}>
      <input
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={id}
        type="file"
        aria-describedby={describedBy(id, hint, error)}
      />
    </FormGroup>
  );
}

import { useState } from 'react';
import { api, Schemas } from '../api/client';
import { Problem, toProblem } from '../api/problem';
import { useFetched } from '../api/use-fetched';
import { FileUpload, fileValue } from './file-upload';
import { ErrorSummary, fieldError } from './error-summary';
import { ActionButton, Loading, onFormSubmit, SuccessBanner, useSingleFlight } from './page';

type AttachedDocument = Schemas['DocumentResponse'];

const LABELS = { file: 'File' };

/** Saves a document the signed-in user may read: fetched with their token, handed to the browser as a file. */
async function download(document: AttachedDocument, setProblem: (problem: Problem) => void): Promise<void> {
  const result = await api.GET('/api/v1/documents/{documentId}/content', {
    params: { path: { documentId: document.id } },
    parseAs: 'blob',
  });
  if (!result.data) return setProblem(toProblem(result));
  const url = URL.createObjectURL(result.data as Blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = document.filename;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The documents attached to a record, each downloadable, and (for those who may attach) a form to add one.
 * The api authorises both like the record itself.
 */
export function AttachedDocuments(props: {
  ownerType: string;
  ownerId: string;
  canAttach: boolean;
  what: string;
}) {
  const { ownerType, ownerId } = props;
  const documents = useFetched(async () => {
    const result = await api.GET('/api/v1/documents', {
      params: { query: { ownerType, ownerId, limit: 200 } },
    });
    return { ...result, data: result.data?.items };
  }, [ownerType, ownerId]);
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const once = useSingleFlight();

  const attach = onFormSubmit(once, async (form) => {
    const file = fileValue(form, 'file');
    if (!file) {
      return setProblem({
        status: 400,
        code: 'validation_failed',
        detail: '',
        errors: [{ field: 'file', message: 'Choose a file to attach' }],
      });
    }
    const result = await api.POST('/api/v1/documents', {
      params: { query: { ownerType, ownerId } },
      body: { file: file as unknown as string },
      bodySerializer: (body) => {
        const data = new FormData();
        data.append('file', body.file as unknown as File);
        return data;
      },
    });
    if (!result.data) return setProblem(toProblem(result));
    setProblem(undefined);
    setNotice(`${result.data.filename} has been attached.`);
    documents.reload();
  });

  if (documents.problem) return <ErrorSummary problem={documents.problem} />;
  if (!documents.data) return <Loading />;
  return (
    <>
      <SuccessBanner message={problem ? undefined : notice} />
      <ErrorSummary problem={problem} labels={LABELS} />
      {documents.data.length ? (
        <ul className="govuk-list">
          {documents.data.map((document) => (
            <li key={document.id}>
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
                onClick={() => void once(() => download(document, setProblem))}
              >
                Download <span className="govuk-visually-hidden">{props.what}: </span>
                {document.filename}
              </button>{' '}
              <span className="govuk-hint govuk-!-display-inline">
                {Math.max(1, Math.round(document.sizeBytes / 1024))} KB, added{' '}
                {document.createdAt.slice(0, 10)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No {props.what} attached yet.</p>
      )}
      {props.canAttach && (
        <form onSubmit={attach} noValidate>
          <FileUpload
            id="file"
            label={`Attach ${props.what}`}
            hint="PDF, Word, Excel, OpenDocument, CSV, text, PNG or JPEG"
            error={fieldError(problem, 'file', LABELS)}
          />
          <ActionButton type="submit" variant="secondary">
            Attach file
          </ActionButton>
        </form>
      )}
    </>
  );
}

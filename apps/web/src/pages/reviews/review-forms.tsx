import { useParams, useSearchParams } from 'react-router';
import { api, Schemas } from '../../api/client';
import { useFetched } from '../../api/use-fetched';
import { DateInput, Select, TextInput } from '../../components/fields';
import { dateValue, Radios, Textarea, textValue } from '../../components/review-fields';
import { Loading, PageProblem } from '../../components/page';
import { Capability, PAUSE_REASON_LABELS, today } from './review-parts';
import { ReviewCommandPage } from './review-command-page';

const DECISION_LABELS = {
  outcome: 'Decision',
  decidedOn: 'Date of the decision',
  decisionMaker: 'Decision-maker',
  rationale: 'Rationale',
  homeOfficeInformedOn: 'Date the Home Office was informed',
};

export function DecisionPage() {
  const [search] = useSearchParams();
  const chosen = search.get('outcome') ?? undefined;
  return (
    <ReviewCommandPage
      title="Record the decision"
      capability="decide"
      labels={DECISION_LABELS}
      button="Record decision"
      success="The decision has been recorded."
      messages={{ outcome: 'Select whether to commission or decline a review' }}
      send={(request, form) =>
        api.POST('/api/v1/reviews/{reviewId}/decision', {
          ...request,
          body: {
            outcome: String(form.get('outcome') ?? '') as Schemas['DecisionRequest']['outcome'],
            decidedOn: dateValue(form, 'decidedOn') ?? '',
            decisionMaker: String(form.get('decisionMaker') ?? ''),
            rationale: String(form.get('rationale') ?? ''),
            homeOfficeInformedOn: dateValue(form, 'homeOfficeInformedOn'),
          },
        })
      }
      fields={(_, error) => (
        <>
          <Radios
            id="outcome"
            label="Does the partnership commission a review?"
            legendSize="m"
            defaultValue={chosen}
            options={[
              { value: 'commission', label: 'Commission a review' },
              {
                value: 'decline',
                label: 'Decline to hold a review',
                hint: 'Give the reasons in the rationale.',
              },
            ]}
            error={error('outcome')}
          />
          <DateInput
            id="decidedOn"
            label={DECISION_LABELS.decidedOn}
            defaultValue={today()}
            error={error('decidedOn')}
          />
          <TextInput
            id="decisionMaker"
            label={DECISION_LABELS.decisionMaker}
            hint="For example, Chair, Safer Rotherham Partnership"
            error={error('decisionMaker')}
          />
          <Textarea id="rationale" label={DECISION_LABELS.rationale} error={error('rationale')} />
          <DateInput
            id="homeOfficeInformedOn"
            label="Date the Home Office was informed (optional)"
            hint="You can record this later"
            error={error('homeOfficeInformedOn')}
          />
        </>
      )}
    />
  );
}

export function HomeOfficeInformedPage() {
  const labels = { informedOn: 'Date the Home Office was informed' };
  return (
    <ReviewCommandPage
      title="Record when the Home Office was informed"
      capability="decide"
      labels={labels}
      button="Save date"
      success="The date the Home Office was informed has been recorded."
      send={(request, form) =>
        api.POST('/api/v1/reviews/{reviewId}/home-office-informed', {
          ...request,
          body: { informedOn: dateValue(form, 'informedOn') ?? '' },
        })
      }
      fields={(_, error) => (
        <DateInput
          id="informedOn"
          label={labels.informedOn}
          defaultValue={today()}
          error={error('informedOn')}
        />
      )}
    />
  );
}

function useIndependentChairs() {
  return useFetched(async () => {
    const result = await api.GET('/api/v1/users', {
      params: { query: { role: 'independent_chair', status: 'active', limit: 200 } },
    });
    return { ...result, data: result.data?.items };
  }, []);
}

export function AppointChairPage() {
  const chairs = useIndependentChairs();
  const labels = { chairUserId: 'Independent chair', appointedOn: 'Date appointed' };
  if (chairs.problem) return <PageProblem problem={chairs.problem} />;
  if (!chairs.data) return <Loading />;
  const options = chairs.data;
  return (
    <ReviewCommandPage
      title="Appoint the independent chair"
      capability="administer"
      labels={labels}
      button="Appoint chair"
      success="The independent chair has been appointed."
      send={(request, form) =>
        api.PUT('/api/v1/reviews/{reviewId}/chair', {
          ...request,
          body: {
            chairUserId: String(form.get('chairUserId') ?? ''),
            appointedOn: dateValue(form, 'appointedOn') ?? '',
          },
        })
      }
      fields={(_, error) => (
        <>
          <Select
            id="chairUserId"
            label={labels.chairUserId}
            hint="People with the independent chair role. Invite them from Users if they are not listed."
            options={[
              { value: '', label: 'Choose a chair' },
              ...options.map((user) => ({ value: user.id, label: user.displayName })),
            ]}
            error={error('chairUserId')}
          />
          <DateInput
            id="appointedOn"
            label={labels.appointedOn}
            defaultValue={today()}
            error={error('appointedOn')}
          />
        </>
      )}
    />
  );
}

export function IndependencePage() {
  const labels = { statement: 'Statement of independence' };
  return (
    <ReviewCommandPage
      title="Declare the chair’s independence"
      capability="work"
      labels={labels}
      button="Record declaration"
      success="The chair’s declaration of independence has been recorded."
      send={(request, form) =>
        api.POST('/api/v1/reviews/{reviewId}/chair/independence', {
          ...request,
          body: { statement: String(form.get('statement') ?? '') },
        })
      }
      fields={(review, error) => (
        <Textarea
          id="statement"
          label={labels.statement}
          hint={`How ${review.chair?.name ?? 'the chair'} is independent of every agency under review, for example: I have never been employed by any of the agencies involved with this review.`}
          error={error('statement')}
        />
      )}
    />
  );
}

type SimpleTransition = Schemas['TransitionRequest']['transition'];

export function MovePage() {
  const transition = (useParams().transition ?? '') as SimpleTransition;
  const labels = { on: 'Date', note: 'Note' };
  const capability: Capability = transition === 'close' ? 'administer' : 'work';
  const titles: Record<string, string> = {
    start_work: 'Start the review',
    start_drafting: 'Start analysis and drafting',
    start_consultation: 'Send the draft for consultation',
    close: 'Close the review',
  };
  const title = titles[transition];
  if (!title) return <PageProblem problem={{ status: 404, code: 'not_found', detail: '' }} />;
  return (
    <ReviewCommandPage
      title={title}
      capability={capability}
      labels={labels}
      button={title}
      success={`Done: ${title.toLowerCase()}.`}
      send={(request, form) =>
        api.POST('/api/v1/reviews/{reviewId}/transitions', {
          ...request,
          body: { transition, on: dateValue(form, 'on') ?? '', note: textValue(form, 'note') },
        })
      }
      fields={(_, error) => (
        <>
          <DateInput id="on" label="Date" defaultValue={today()} error={error('on')} />
          <Textarea id="note" label="Note (optional)" rows={3} error={error('note')} />
        </>
      )}
    />
  );
}

export function PausePage() {
  const labels = { reason: 'Reason', note: 'Note', pausedOn: 'Date paused', revisitOn: 'Revisit date' };
  return (
    <ReviewCommandPage
      title="Pause the review"
      capability="administer"
      labels={labels}
      button="Pause review"
      success="The review has been paused."
      messages={{ reason: 'Select why the review is paused' }}
      send={(request, form) =>
        api.POST('/api/v1/reviews/{reviewId}/pause', {
          ...request,
          body: {
            reason: String(form.get('reason') ?? '') as Schemas['PauseRequest']['reason'],
            note: textValue(form, 'note'),
            pausedOn: dateValue(form, 'pausedOn') ?? '',
            revisitOn: dateValue(form, 'revisitOn') ?? '',
          },
        })
      }
      fields={(_, error) => (
        <>
          <Radios
            id="reason"
            label="Why is the review paused?"
            legendSize="m"
            options={Object.entries(PAUSE_REASON_LABELS).map(([value, label]) => ({ value, label }))}
            error={error('reason')}
          />
          <Textarea id="note" label="Note (optional)" rows={3} error={error('note')} />
          <DateInput id="pausedOn" label={labels.pausedOn} defaultValue={today()} error={error('pausedOn')} />
          <DateInput
            id="revisitOn"
            label={labels.revisitOn}
            hint="When the partnership will look at the pause again"
            error={error('revisitOn')}
          />
        </>
      )}
    />
  );
}

export function ResumePage() {
  const labels = { resumedOn: 'Date resumed' };
  return (
    <ReviewCommandPage
      title="Resume the review"
      capability="administer"
      labels={labels}
      button="Resume review"
      success="The review has been resumed."
      send={(request, form) =>
        api.POST('/api/v1/reviews/{reviewId}/resume', {
          ...request,
          body: { resumedOn: dateValue(form, 'resumedOn') ?? '' },
        })
      }
      fields={(_, error) => (
        <DateInput
          id="resumedOn"
          label={labels.resumedOn}
          defaultValue={today()}
          error={error('resumedOn')}
        />
      )}
    />
  );
}

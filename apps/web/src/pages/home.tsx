import { Link } from 'react-router';
import { roleLabels } from '../components/labels';
import { DESTINATIONS, isOpenTo } from '../components/navigation';
import { usePageTitle } from '../components/page';
import { useSession } from '../session/session';

export function HomePage() {
  const { me, can } = useSession();
  usePageTitle('Home');
  if (!me) return null;
  const destinations = DESTINATIONS.filter((destination) => isOpenTo(destination, can, me.roles));
  return (
    <>
      <span className="govuk-caption-l">{me.partnership?.name ?? 'System administration'}</span>
      <h1 className="govuk-heading-l">Home</h1>
      <p className="govuk-body">
        You are signed in as {me.displayName} ({roleLabels(me.roles)}
        {me.agency ? `, ${me.agency.name}` : ''}).
      </p>
      {destinations.length === 0 ? (
        <p className="govuk-body">Your roles do not include any of the pages this service has so far.</p>
      ) : (
        <ul className="govuk-list app-destinations">
          {destinations.map((destination) => (
            <li key={destination.to}>
              <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={destination.to}>
                  {destination.title}
                </Link>
              </h2>
              <p className="govuk-body">{destination.purpose}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

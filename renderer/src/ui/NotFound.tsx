import { BackLink } from './BackLink.tsx';

interface NotFoundProps {
  what: string;
  id: string;
  backHref: string;
  backLabel: string;
}

export function NotFound({ what, id, backHref, backLabel }: NotFoundProps) {
  return (
    <div className="detail">
      <BackLink href={backHref}>{backLabel}</BackLink>
      <h1 tabIndex={-1}>{what} not found</h1>
      <p>
        There is no {what.toLowerCase()} called “{id}” in this version of the library.
      </p>
    </div>
  );
}

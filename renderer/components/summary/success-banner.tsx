import { useEffect, useRef } from 'react';
import type { Notice } from '../../routes.ts';

/**
 * The design system's success banner: what the user just saved, at the top of the screen they
 * come back to. It takes focus when it appears, so keyboard and screen-reader users hear it first.
 */
export function SuccessBanner({ notice }: { notice: Notice }): React.JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => { box.current?.focus(); }, [notice]);
  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success" role="alert" tabIndex={-1} ref={box}
      aria-labelledby="success-banner-title"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="success-banner-title">Success</h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{notice.heading}</p>
        {notice.detail !== undefined && <p className="nhsuk-body">{notice.detail}</p>}
      </div>
    </div>
  );
}

import type { ReactNode } from 'react';
import { desk } from '../lib/api';

/**
 * A link out of the app: main opens it in the user's browser after checking it, and the window itself never
 * navigates away.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        void desk().app.openExternal({ url: href });
      }}
    >
      {children}
    </a>
  );
}

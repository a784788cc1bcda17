import { useAccounts } from './accounts-store';

/**
 * The keychain holds every API token; when it is missing or locked the user must know before typing one.
 * One line and a "How to fix" that opens on demand: nothing has failed yet, so the full failure text
 * waits for a save that actually fails (the form shows it then).
 */
export function KeychainBanner() {
  const keychain = useAccounts((s) => s.keychain);
  if (!keychain || keychain.available) return null;
  const locked = /locked/i.test(keychain.message);
  return (
    <details className="banner banner-warn keychain-banner" role="status">
      <summary>
        <span>
          {locked ? 'The system keychain is locked' : 'The system keychain is not available'}: API tokens cannot be saved until it is.
        </span>
        <span className="keychain-how">How to fix</span>
      </summary>
      <ul className="keychain-steps">
        {locked ? (
          <li>Unlock your desktop keyring (log out and in again, or open it in your passwords app), then save the account.</li>
        ) : (
          <>
            <li>macOS and Windows: the keychain is built in; restart Campaign Desk after logging in to your desktop.</li>
            <li>
              Linux: install and start a Secret Service keyring such as GNOME Keyring (packages gnome-keyring and libsecret), then restart
              Campaign Desk.
            </li>
          </>
        )}
        <li>Campaign Desk keeps API tokens only in the keychain and never writes them in plain text.</li>
      </ul>
    </details>
  );
}

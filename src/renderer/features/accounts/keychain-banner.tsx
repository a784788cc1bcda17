import { useAccounts } from './accounts-store';

/** The keychain holds every API token; when it is missing or locked the user must know before typing one. */
export function KeychainBanner() {
  const keychain = useAccounts((s) => s.keychain);
  if (!keychain || keychain.available) return null;
  return (
    <div className="banner banner-bad" role="alert">
      <strong>The system keychain is not available.</strong> {keychain.message} Campaign Desk keeps API tokens only in
      the keychain, so it cannot save a token until the keychain is unlocked. Nothing is written in plain text.
    </div>
  );
}

/** Hosts the app may open in the user's browser: Exotel's own sites and nothing else. */
const ALLOWED_HOSTS = ['exotel.com', 'exotel.in', 'my.exotel.com', 'developer.exotel.com', 'support.exotel.com'];

/** Only https, no credentials in the address, and a host on the allowlist (or one of its subdomains). */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return ALLOWED_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

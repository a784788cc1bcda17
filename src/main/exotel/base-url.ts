import { checkCustomHost, REGION_HOSTS, type Region } from '../../shared/accounts/schemas';

/** The API origin for an account: its region's cluster, or the custom host it was given (checked again here). */
export function exotelBaseUrl(region: Region, customHost?: string): string {
  if (region !== 'custom') return `https://${REGION_HOSTS[region]}`;
  const check = checkCustomHost(customHost ?? '');
  if (!check.ok) throw new Error(check.message);
  return check.origin;
}

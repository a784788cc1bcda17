/**
 * The short name of a time zone as staff know it ("IST", "SGT"). Intl spells many zones as "GMT+5:30"
 * outside their home locale, so the common ones are named here and the rest take Intl's short name.
 */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Kolkata': 'IST',
  'Asia/Calcutta': 'IST',
  'Asia/Singapore': 'SGT',
  'Asia/Dubai': 'GST',
  'Asia/Dhaka': 'BST',
  'Asia/Kathmandu': 'NPT',
  'Asia/Colombo': 'IST',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  GMT: 'GMT',
};

/** "IST"; for a zone not named here, Intl's short name at that instant ("EST", "GMT+8"), else the zone itself. */
export function zoneShortName(timeZone: string, at: Date = new Date()): string {
  const named = ZONE_NAMES[timeZone];
  if (named) return named;
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

import { defaultTimeZone } from '../../../shared/compose/zoned-time';
import type { AccountRecord } from '../../store/accounts-repo';
import type { AccountDefaults } from './draft-origins';

/** The composer's view of an account's settings, with the time zone defaulted from its country. */
export function composeSettingsOf(account: AccountRecord): AccountDefaults {
  return {
    callerIds: account.callerIds,
    accountThrottle: account.accountThrottle,
    timeZone: account.timeZone || defaultTimeZone(account.defaultCountry),
  };
}

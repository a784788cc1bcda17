import { z } from 'zod';
import { CallingHours } from '../../compose/calling-hours';
import {
  AccountCreateInput,
  AccountsState,
  AccountUpdateInput,
  AccountView,
  ConnectionTestResult,
  KeychainStatus,
} from '../../accounts/schemas';

export const AccountHoursInput = z.strictObject({ id: z.string().min(1), hours: CallingHours.nullable() });

const ById = z.strictObject({ id: z.string().min(1) });

export const accountChannels = {
  'accounts:list': { input: z.undefined(), output: AccountsState },
  'accounts:create': { input: AccountCreateInput, output: AccountView },
  'accounts:update': { input: AccountUpdateInput, output: AccountView },
  'accounts:remove': { input: ById, output: AccountsState },
  'accounts:setActive': { input: ById, output: AccountsState },
  /** Sets the account's calling hours; null returns them to its country's default. */
  'accounts:setHours': { input: AccountHoursInput, output: AccountView },
  'accounts:test': { input: ById, output: ConnectionTestResult },
  'keychain:status': { input: z.undefined(), output: KeychainStatus },
} as const;

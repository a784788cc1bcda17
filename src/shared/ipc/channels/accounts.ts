import { z } from 'zod';
import {
  AccountCreateInput,
  AccountsState,
  AccountUpdateInput,
  AccountView,
  ConnectionTestResult,
  KeychainStatus,
} from '../../accounts/schemas';

const ById = z.strictObject({ id: z.string().min(1) });

export const accountChannels = {
  'accounts:list': { input: z.undefined(), output: AccountsState },
  'accounts:create': { input: AccountCreateInput, output: AccountView },
  'accounts:update': { input: AccountUpdateInput, output: AccountView },
  'accounts:remove': { input: ById, output: AccountsState },
  'accounts:setActive': { input: ById, output: AccountsState },
  'accounts:test': { input: ById, output: ConnectionTestResult },
  'keychain:status': { input: z.undefined(), output: KeychainStatus },
} as const;

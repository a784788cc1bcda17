import type { AppServices } from '../app-services';
import { AppError } from '../../shared/ipc/result';
import { isSafeExternalUrl } from '../services/external-links';
import type { Handlers } from './handle';

const notYet = (what: string) => (): never => {
  throw new AppError('internal', `${what} is not available in this build.`);
};

/** Binds every channel of the contract to the service that answers it. */
export function createHandlers(s: AppServices): Handlers {
  const { ports } = s;
  return {
    'app:info': () => ({ name: 'Campaign Desk', version: ports.version, platform: ports.platform, shell: ports.shell }),
    'app:openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) return { opened: false };
      await ports.desktop.openExternal(url);
      return { opened: true };
    },
    'network:status': () => {
      s.network.check();
      return s.network.state();
    },
    'jobs:list': () => s.jobs.list(),
    'jobs:cancel': ({ jobId }) => ({ cancelled: s.jobs.cancel(jobId) }),
    'activity:list': ({ limit }) => s.activity.recent(limit),

    'accounts:list': () => s.accounts.state(),
    'accounts:create': (input) => s.accounts.create(input),
    'accounts:update': (input) => s.accounts.update(input),
    'accounts:remove': ({ id }) => s.accounts.remove(id),
    'accounts:setActive': ({ id }) => s.accounts.setActive(id),
    'accounts:test': ({ id }) => s.accounts.test(id),
    'keychain:status': () => ports.secrets.status(),

    'imports:chooseFile': async () => ({ filePath: await ports.dialogs.openSheet() }),
    'imports:inspect': notYet('Reading sheets'),
    'imports:start': notYet('Importing sheets'),
    'lists:list': () => [],
    'lists:get': notYet('Contact lists'),
    'lists:rows': notYet('Contact lists'),
    'lists:rename': notYet('Contact lists'),
    'lists:delete': notYet('Contact lists'),
    'lists:exportProblems': notYet('Exporting problems'),
    'lists:send': notYet('Sending lists'),
  };
}

import type { AppServices } from '../app-services';
import { isSafeExternalUrl } from '../services/external-links';
import type { Handlers } from './handle';
import { UPDATES_OFF } from '../../shared/ipc/channels/desktop';

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
    'imports:inspect': ({ filePath, options }) => s.lists.inspect(filePath, options),
    'imports:start': (settings) => s.lists.startImport(settings),
    'lists:list': () => s.lists.list(),
    'lists:get': ({ id }) => s.lists.get(id),
    'lists:rows': (query) => s.lists.rows(query),
    'lists:rename': ({ id, name }) => s.lists.rename(id, name),
    'lists:delete': ({ id }) => s.lists.delete(id),
    'lists:exportProblems': ({ id }) => s.lists.exportProblems(id),
    'lists:send': ({ id, type }) => s.lists.send(id, type),

    'campaigns:list': () => s.campaigns.list(),
    'campaigns:refresh': () => s.campaigns.refresh(),
    'campaigns:get': ({ id }) => s.campaigns.get(id),
    'campaigns:calls': (input) => s.campaigns.calls(input),

    'desktop:updateState': () => ports.updates?.state() ?? UPDATES_OFF,
    'desktop:restartToUpdate': () => ({ restarting: ports.updates?.restart() ?? false }),
  };
}

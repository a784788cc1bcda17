import type { AppServices } from '../app-services';
import { REFRESH_LIMITS } from '../services/campaigns/background-refresh';
import { isSafeExternalUrl } from '../services/app/external-links';
import type { Handlers } from './handle';
import { UPDATES_OFF } from '../../shared/ipc/channels/desktop';
import { queueCampaignAction } from '../services/outbox/campaign-actions';
import { queueCampaignUpdate } from '../services/outbox/campaign-update';

function refreshSettings(refresher: Pick<AppServices['refresher'], 'intervalSeconds'>) {
  return { seconds: refresher.intervalSeconds(), min: REFRESH_LIMITS.min, max: REFRESH_LIMITS.max };
}

/** Binds every channel of the contract to the service that answers it. */
export function createHandlers(s: AppServices): Handlers {
  const { ports } = s;
  // What queueing an action or an edit of a campaign reads: the same narrow set for both.
  const campaignWrites = { accounts: s.accounts, campaigns: s.campaigns, outbox: s.outbox };
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
    'network:pretendOffline': ({ on }) => s.network.pretendOffline(on),
    'jobs:list': () => s.jobs.list(),
    'jobs:cancel': ({ jobId }) => ({ cancelled: s.jobs.cancel(jobId) }),
    'activity:list': ({ limit }) => s.activity.recent(limit),

    'accounts:list': () => s.accounts.state(),
    'accounts:create': (input) => s.accounts.create(input),
    'accounts:update': (input) => s.accounts.update(input),
    'accounts:remove': ({ id }) => s.accounts.remove(id),
    'accounts:setActive': ({ id }) => s.accounts.setActive(id),
    'accounts:setHours': ({ id, hours }) => s.accounts.setHours(id, hours),
    'accounts:test': ({ id }) => s.accounts.test(id),
    'keychain:status': () => ports.secrets.status(),

    'contacts:chooseFile': async () => {
      const path = await ports.dialogs.openSheet();
      return { file: path ? s.files.grant(path) : null };
    },
    'contacts:inspect': ({ fileId, options }) => s.contacts.inspect(fileId, options),
    'contacts:import': (settings) => s.contacts.startImport(settings),
    'contacts:all': () => s.contacts.all(),
    'contacts:get': ({ id }) => s.contacts.get(id),
    'contacts:rows': (query) => s.contacts.rows(query),
    'contacts:rename': ({ id, name }) => s.contacts.rename(id, name),
    'contacts:delete': ({ id }) => s.contacts.delete(id),
    'contacts:exportProblems': ({ id }) => s.contacts.exportProblems(id),
    'contacts:send': ({ id, type }) => s.contacts.send(id, type),

    'campaigns:list': () => s.campaigns.list(),
    'campaigns:refresh': () => s.campaigns.refresh(),
    'campaigns:get': ({ id }) => s.campaigns.get(id),
    'campaigns:calls': (input) => s.campaigns.calls(input),
    'campaigns:syncCalls': ({ id }) => s.campaigns.syncCalls(id),
    'campaigns:exportCalls': ({ id, mode }) => s.exports.exportCalls(id, mode),
    'campaigns:downloadReport': ({ id }) => s.exports.downloadReport(id),
    'campaigns:refreshSettings': () => refreshSettings(s.refresher),
    'campaigns:setRefreshSeconds': ({ seconds }) => {
      s.refresher.setIntervalSeconds(seconds);
      return refreshSettings(s.refresher);
    },

    'outbox:list': () => {
      const accountId = s.accounts.activeId();
      return accountId ? s.outbox.list(accountId) : [];
    },
    'outbox:decide': ({ id, decision, sendAt }) => s.outbox.decide(id, decision, sendAt),
    'outbox:campaignAction': ({ campaignId, action }) => queueCampaignAction(campaignWrites, campaignId, action),
    'outbox:campaignUpdate': ({ campaignId, changes }) => queueCampaignUpdate(campaignWrites, campaignId, changes),
    // The preload's own: the path came from the drop itself, through Electron, never from the page.
    'files:dropped': ({ path }) => s.files.grant(path),

    'drafts:list': () => s.drafts.list(),
    'drafts:get': ({ id }) => s.drafts.get(id),
    'drafts:create': (origin) => (origin.kind === 'follow-up' ? s.followUps.create(origin) : s.drafts.create(origin)),
    'drafts:followUpCounts': ({ campaignId }) => s.followUps.counts(campaignId),
    'drafts:save': ({ id, fields }) => s.drafts.save(id, fields),
    'drafts:delete': ({ id }) => s.drafts.delete(id),

    'desktop:updateState': () => ports.updates?.state() ?? UPDATES_OFF,
    'desktop:restartToUpdate': () => ({ restarting: ports.updates?.restart() ?? false }),

    'compose:defaults': () => s.compose.defaults(),
    'compose:audience': ({ draftId }) => s.compose.audience(draftId),
    'compose:samples': ({ draftId, pick }) => s.compose.samples(draftId, pick),
    'compose:emptyRows': ({ draftId, variable, offset, limit }) => s.compose.emptyRows(draftId, variable, offset, limit),
    'compose:check': ({ draftId }) => s.compose.check(draftId),
    'compose:launch': ({ draftId, confirmName, confirmCount }) => s.compose.launch(draftId, confirmName, confirmCount),
    'compose:testCall': ({ draftId, number, sampleIndex }) => s.compose.testCall(draftId, number, sampleIndex),
    'compose:saveEdit': ({ draftId }) => s.compose.saveEdit(draftId),

    'plans:list': () => s.plans.list(),
    'plans:get': ({ id }) => s.plans.get(id),
    'plans:act': ({ id, action }) => s.plans.act(id, action),
    'plans:progress': ({ id }) => s.plans.progress(id),
    'plans:edit': ({ id, edit }) => s.planEdits.edit(id, edit),
    'plans:exportCalls': ({ id, mode }) => s.planExports.exportCalls(id, mode),
    'plans:followUpCounts': ({ id }) => s.followUps.countsOf(s.plans.campaignIds(id)),
    'plans:followUp': ({ id, outcomes }) => {
      const plan = s.plans.get(id);
      return s.followUps.createFrom(s.plans.campaignIds(id), outcomes, () => plan.name);
    },
    'plans:carryList': () => s.carryOver.state(),
    'plans:carry': ({ planId, fromDay }) => s.carryOver.carry(planId, fromDay),
    'plans:carryLeave': ({ planId, fromDay }) => s.carryOver.leave(planId, fromDay),
    'plans:carryAuto': ({ accountId }) => ({ accountId, auto: s.carryOver.auto(accountId) }),
    'plans:carrySetAuto': ({ accountId, auto }) => s.carryOver.setAuto(accountId, auto),

    'results:period': ({ period }) => s.results.period(period),
    'results:heatmap': () => s.results.heatmap(),

    'report:get': ({ id }) => s.report.get(id),
    'report:save': ({ id, format }) => s.report.save(id, format),
  };
}

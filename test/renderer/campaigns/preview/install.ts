import { createFakeApi } from '../../fake/fake-api';
import { demoCampaigns } from '../demo-data';
import { fakeCampaigns } from '../fake-campaigns';

/** The app's stand-in for main plus the campaign channels, for looking at the campaigns browser: ?offline, ?empty. */
const params = new URLSearchParams(location.search);
const offline = params.has('offline');
const base = createFakeApi({ online: !offline, lastSyncAt: new Date(Date.now() - 4 * 60_000).toISOString(), stepMs: 300, jobSteps: 6 });
const demo = demoCampaigns(Date.now());
const campaigns = fakeCampaigns({
  ...demo,
  lastSyncedAt: params.has('empty') ? null : new Date(Date.now() - 4 * 60_000).toISOString(),
  offline,
  sandbox: !offline,
  stepMs: 400,
});
campaigns.emit = (event, payload) => base.core.emit(event, payload);
window.api = { ...base.api, ...{ campaigns: campaigns.bridge } };

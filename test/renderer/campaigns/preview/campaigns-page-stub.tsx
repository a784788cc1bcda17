import { CampaignMonitor } from '../../../../src/renderer/features/campaigns';

/** Stands in for the Campaigns screen in previews, as the app will mount the monitor there. */
export function CampaignsPage() {
  return <CampaignMonitor />;
}

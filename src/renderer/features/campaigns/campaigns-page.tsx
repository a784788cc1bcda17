import { CampaignMonitor } from '../campaign-monitor';

export function CampaignsPage() {
  return <CampaignMonitor />;
}

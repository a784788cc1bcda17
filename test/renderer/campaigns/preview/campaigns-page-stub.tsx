import { CampaignsBrowser } from '../../../../src/renderer/features/campaigns';

/** Stands in for the Campaigns screen in previews, as the app mounts the campaigns browser there. */
export function CampaignsPage() {
  return <CampaignsBrowser />;
}

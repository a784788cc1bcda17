export { CampaignsBrowser } from './campaigns-browser';
export { useCampaigns, campaignsInitial } from './campaigns-store';

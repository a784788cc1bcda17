export { CampaignMonitor } from './campaign-monitor';
export { useMonitor, monitorInitial } from './monitor-store';

import type { DeskApi } from '../../../shared/ipc/api-types';
import { desk } from '../../lib/api';

export type CampaignsBridge = DeskApi['campaigns'];

/** `window.api.campaigns`: the campaign channels of the contract. */
export function campaignsApi(): CampaignsBridge {
  return desk().campaigns;
}

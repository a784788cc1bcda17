import { useEffect } from 'react';
import { useActivity } from '../features/activity/activity-store';
import { useOutbox } from '../features/outbox/outbox-store';
import { useAccounts } from '../features/accounts/accounts-store';
import { useImport } from '../features/contacts/import-store';
import { useContacts } from '../features/contacts/contacts-store';
import { useCampaigns } from '../features/campaigns/campaigns-store';
import { onEvent } from '../lib/api';
import { useJobs } from './jobs-store';
import { useNav } from './nav-store';
import { useNetwork } from './network-store';

/** Loads what every screen needs and listens to main's events for as long as the window lives. */
export function useAppStart(): void {
  useEffect(() => {
    const stops = [
      useJobs.getState().follow(),
      useNetwork.getState().follow(),
      useAccounts.getState().follow(),
      useContacts.getState().follow(),
      useActivity.getState().follow(),
      useOutbox.getState().follow(),
      useImport.getState().follow(),
      // A click on a campaign's "finished" notification opens that campaign.
      onEvent('campaigns:open', ({ campaignId }) => {
        useNav.getState().go('campaigns');
        void useCampaigns.getState().select(campaignId);
      }),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
}

import { useEffect } from 'react';
import { useActivity } from '../features/activity/activity-store';
import { useOutbox } from '../features/activity/outbox-store';
import { useAccounts } from '../features/accounts/accounts-store';
import { useImport } from '../features/imports/import-store';
import { useLists } from '../features/lists/lists-store';
import { useJobs } from './jobs-store';
import { useNetwork } from './network-store';

/** Loads what every screen needs and listens to main's events for as long as the window lives. */
export function useAppStart(): void {
  useEffect(() => {
    const stops = [
      useJobs.getState().start(),
      useNetwork.getState().start(),
      useAccounts.getState().start(),
      useLists.getState().start(),
      useActivity.getState().start(),
      useOutbox.getState().start(),
      useImport.getState().watch(),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
}

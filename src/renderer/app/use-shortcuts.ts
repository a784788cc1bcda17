import { useEffect } from 'react';
import { isDialogOpen } from '../components/dialog';
import { useCompose } from '../features/compose/compose-store';
import { useImport } from '../features/imports/import-store';
import { isCommand } from '../lib/keys';
import { useNav } from './nav-store';

/** Ctrl/Cmd+N new campaign, +O open a sheet, +F search the list on screen. Esc belongs to dialogs. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isCommand(event) || event.shiftKey || isDialogOpen()) return;
      const key = event.key.toLowerCase();
      if (key === 'o') {
        event.preventDefault();
        useNav.getState().go('contacts');
        void useImport.getState().chooseFile();
      } else if (key === 'n') {
        event.preventDefault();
        useNav.getState().go('campaigns');
        // A draft already open stays open: a second press must not pile up empty drafts.
        if (!useCompose.getState().draft) void useCompose.getState().start({ kind: 'blank' });
      } else if (key === 'f') {
        const search = document.querySelector<HTMLInputElement>('main [data-list-search]');
        if (search) {
          event.preventDefault();
          search.focus();
          search.select();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/channels/desktop';
import { isDialogOpen } from '../components/dialog';
import { toast } from '../components/toast-store';
import { useCompose } from '../features/compose/compose-store';
import { useImport } from '../features/contacts/import-store';
import { onEvent } from '../lib/api';
import { isCommand } from '../lib/keys';
import { useNav } from './nav-store';

const KEYS: Record<string, MenuCommand> = { o: 'open-sheet', n: 'new-campaign', f: 'find' };

type Source = 'keyboard' | 'menu';

// On some systems one key press reaches both the page and the menu's accelerator: the copy from the other
// source, moments later, is dropped.
const ECHO_MS = 400;
let last: { command: MenuCommand; source: Source; at: number } | null = null;

/** Does what a shortcut or a menu item asks; false when there is nothing on screen to do it to. */
export function runCommand(command: MenuCommand, source: Source = 'menu'): boolean {
  const now = Date.now();
  if (last && last.command === command && last.source !== source && now - last.at < ECHO_MS) return true;
  last = { command, source, at: now };
  switch (command) {
    case 'open-sheet':
      useNav.getState().go('contacts');
      void useImport.getState().chooseFile();
      return true;
    case 'new-campaign':
      useNav.getState().go('campaigns');
      // A draft already open stays open: a second press must not pile up empty drafts.
      if (!useCompose.getState().draft) void useCompose.getState().beginDraft({ kind: 'blank' });
      return true;
    case 'find': {
      const search = document.querySelector<HTMLInputElement>('main [data-list-search]');
      if (!search) return false;
      search.focus();
      search.select();
      return true;
    }
    case 'export': {
      const button = document.querySelector<HTMLButtonElement>('main [data-export]:not(:disabled)');
      if (button) button.click();
      else
        toast('info', 'Nothing to export here', 'Open a campaign to export its calls, or a contact list with problem rows to export them.');
      return true;
    }
  }
}

/**
 * Ctrl/Cmd+N new campaign, +O open a sheet, +F search the list on screen, +Shift+E export what is on screen;
 * the application menu sends the same commands. Esc belongs to dialogs.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isCommand(event) || isDialogOpen()) return;
      const key = event.key.toLowerCase();
      const command = event.shiftKey ? (key === 'e' ? 'export' : undefined) : KEYS[key];
      if (command && runCommand(command, 'keyboard')) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const offMenu = onEvent('menu:command', ({ command }) => {
      if (!isDialogOpen()) runCommand(command, 'menu');
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, []);
}

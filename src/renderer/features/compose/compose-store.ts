import { createStore } from '../../lib/create-store';
import type { Draft, DraftFields, DraftOrigin } from '../../../shared/compose/draft';
import type { AudienceView, ComposeDefaults, ContactSample, LaunchCheck } from '../../../shared/compose/views';
import { useNav } from '../../app/nav-store';
import { toast } from '../../components/toast-store';
import { call, desk, toApiError } from '../../lib/api';

/** Typing settles this long before the draft is saved: well under a second, so a crash loses little. */
export const SAVE_DELAY_MS = 350;

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

interface ComposeState {
  /** The draft open in the composer; null shows the Campaigns list. */
  draft: Draft | null;
  defaults: ComposeDefaults | null;
  audience: AudienceView | null;
  check: LaunchCheck | null;
  /** The contact the preview renders the message for. */
  sample: ContactSample | null;
  sampleError: string | null;
  saveState: SaveState;
  saveError: string | null;
  openError: string | null;
  /** The save waiting for typing to settle. */
  saveTimer: ReturnType<typeof setTimeout> | null;
  /** The save on its way, so the next one waits for it. */
  saving: Promise<void> | null;
  /** Answers can come back out of order while the user types; only the newest one is shown. */
  refreshSeq: number;
  /** The audience the preview's contact was picked from; another audience starts the preview over. */
  sampledAudience: string;
  /** Starts a draft from its origin and opens it; resolves with the new draft's id. */
  beginDraft: (origin: DraftOrigin) => Promise<string | null>;
  open: (id: string) => Promise<void>;
  close: () => Promise<void>;
  /** Changes fields at once on screen; the save follows when typing settles. */
  update: (patch: Partial<DraftFields>) => void;
  /** Saves now what is waiting; used before a launch and when the composer closes. */
  flush: () => Promise<void>;
  refresh: () => Promise<void>;
  pickSample: (pick: { index: number } | { row: number }) => Promise<void>;
}

export const composeInitial = {
  draft: null,
  defaults: null,
  audience: null,
  check: null,
  sample: null,
  sampleError: null,
  saveState: 'saved' as SaveState,
  saveError: null,
  openError: null,
};

// Opening or closing a draft clears what is on screen (composeInitial) but not the work in flight, which these track.
const inFlightInitial = {
  saveTimer: null,
  saving: null,
  refreshSeq: 0,
  sampledAudience: '',
};

function fieldsOf(draft: Draft): DraftFields {
  const { id: _id, accountId: _a, createdAt: _c, updatedAt: _u, launchedItemId: _l, editsCampaignId: _e, ...fields } = draft;
  return fields;
}

export const useCompose = createStore<ComposeState>()((set, get) => {
  const save = async (): Promise<void> => {
    const draft = get().draft;
    if (!draft || draft.launchedItemId) return;
    set({ saveState: 'saving' });
    try {
      const { updatedAt } = await call(desk().drafts.save({ id: draft.id, fields: fieldsOf(draft) }));
      const current = get().draft;
      if (current?.id === draft.id) {
        // Keep what was typed while the save was on its way; only the time comes back.
        set({ draft: { ...current, updatedAt }, saveState: get().saveTimer ? 'pending' : 'saved', saveError: null });
      }
      await get().refresh();
    } catch (cause) {
      set({ saveState: 'failed', saveError: toApiError(cause).message });
    }
  };

  const runSave = (): Promise<void> => {
    const run = (get().saving ?? Promise.resolve()).then(save);
    const settled = run.finally(() => {
      if (get().saving === settled) set({ saving: null });
    });
    set({ saving: settled });
    return run;
  };

  return {
    ...composeInitial,
    ...inFlightInitial,

    beginDraft: async (origin) => {
      set({ openError: null });
      try {
        const draft = await call(desk().drafts.create(origin));
        await get().open(draft.id);
        return draft.id;
      } catch (cause) {
        const message = toApiError(cause).message;
        set({ openError: message });
        toast('bad', 'Could not start the campaign', message);
        return null;
      }
    },

    open: async (id) => {
      await get().flush();
      try {
        const [draft, defaults] = await Promise.all([call(desk().drafts.get({ id })), call(desk().compose.defaults())]);
        set({ ...composeInitial, draft, defaults });
        useNav.getState().go('campaigns');
        set({ sampledAudience: '' });
        await get().refresh();
      } catch (cause) {
        const message = toApiError(cause).message;
        set({ openError: message });
        toast('bad', 'Could not open the draft', message);
      }
    },

    close: async () => {
      await get().flush();
      set({ ...composeInitial });
    },

    update: (patch) => {
      const draft = get().draft;
      if (!draft || draft.launchedItemId) return;
      set({ draft: { ...draft, ...patch }, saveState: 'pending' });
      const waiting = get().saveTimer;
      if (waiting) clearTimeout(waiting);
      const saveTimer = setTimeout(() => {
        if (get().saveTimer === saveTimer) set({ saveTimer: null });
        void runSave();
      }, SAVE_DELAY_MS);
      set({ saveTimer });
    },

    flush: async () => {
      const { saveTimer, saving } = get();
      if (saveTimer) {
        clearTimeout(saveTimer);
        set({ saveTimer: null });
        await runSave();
      } else if (saving) {
        await saving;
      }
    },

    refresh: async () => {
      const draft = get().draft;
      if (!draft) return;
      const seq = get().refreshSeq + 1;
      set({ refreshSeq: seq });
      try {
        const [audience, check] = await Promise.all([
          call(desk().compose.audience({ draftId: draft.id })),
          call(desk().compose.check({ draftId: draft.id })),
        ]);
        if (seq !== get().refreshSeq || get().draft?.id !== draft.id) return;
        set({ audience, check });
        const sample = get().sample;
        const current = JSON.stringify(draft.audience);
        if (!sample || get().sampledAudience !== current || sample.index >= audience.available) {
          set({ sampledAudience: current });
          await get().pickSample({ index: 0 });
        }
      } catch (cause) {
        if (seq === get().refreshSeq) set({ saveError: toApiError(cause).message });
      }
    },

    pickSample: async (pick) => {
      const draft = get().draft;
      if (!draft) return;
      const request = 'row' in pick ? { kind: 'row' as const, row: pick.row } : { kind: 'index' as const, index: pick.index };
      try {
        const [sample] = await call(desk().compose.samples({ draftId: draft.id, pick: request }));
        if (get().draft?.id !== draft.id) return;
        if (sample) set({ sample, sampleError: null });
        else
          set({
            sampleError: 'row' in pick ? `Row ${pick.row} is not among the contacts that will be called.` : null,
            sample: 'row' in pick ? get().sample : null,
          });
      } catch (cause) {
        set({ sampleError: toApiError(cause).message });
      }
    },
  };
});

/** Saves what is waiting when the window closes, so the last keystrokes reach the draft. */
export function flushOnUnload(): () => void {
  const onHide = () => void useCompose.getState().flush();
  window.addEventListener('pagehide', onHide);
  window.addEventListener('beforeunload', onHide);
  return () => {
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('beforeunload', onHide);
  };
}

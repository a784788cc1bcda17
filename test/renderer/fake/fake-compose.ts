import type { Draft, DraftFields, DraftOrigin } from '../../../src/shared/compose/draft';
import { checkLaunch } from '../../../src/shared/compose/launch-checks';
import type { OutboxItemView } from '../../../src/shared/outbox/schemas';
import type { AudienceView, ContactSample } from '../../../src/shared/compose/views';
import type { AccountView } from '../../../src/shared/accounts/schemas';
import type { ContactRow } from '../../../src/shared/contacts/schemas';
import { AppError } from '../../../src/shared/ipc/result';
import { findReferences } from '../../../src/shared/template';
import type { FakeCore, Handlers } from './fake-core';
import type { FakeList } from './fake-contacts';

export interface ComposeWorld {
  lists: Map<string, FakeList>;
  accounts: () => AccountView[];
  activeId: () => string | null;
  online: () => boolean;
  now: () => string;
}

export interface FakeCompose {
  drafts: Map<string, Draft>;
  outbox: OutboxItemView[];
  /** Sends what is queued, as main's outbox does when the account is reachable. */
  drain: () => void;
}

function blankFields(callerId: string): DraftFields {
  return {
    name: 'Campaign 1 Dec',
    audience: { kind: 'list', listId: '' },
    skipEmptyFor: [],
    content: { kind: 'text', text: '', flowType: 'greeting', repeatMenuAttempts: 0 },
    callerId,
    retries: { count: 0, intervalMins: 5, mechanism: 'Linear', onStatus: ['busy', 'no-answer'] },
    schedule: { kind: 'now', endAt: '', timeZone: 'Asia/Kolkata' },
    mode: 'auto',
    throttle: 30,
    callDuplicateNumbers: false,
    statusCallback: '',
    callStatusCallback: '',
    callScheduleCallback: '',
    customField: '',
  };
}

/** A stand-in for main's drafts, compose and outbox services, over the fake's saved lists. */
export function composeHandlers(core: FakeCore, world: ComposeWorld): { handlers: Partial<Handlers>; compose: FakeCompose } {
  const drafts = new Map<string, Draft>();
  const outbox: OutboxItemView[] = [];
  let next = 1;

  const account = () => world.accounts().find((a) => a.id === world.activeId()) ?? null;
  const find = (id: string) => {
    const d = drafts.get(id);
    if (!d) throw new AppError('not-found', 'That draft no longer exists.');
    return d;
  };
  const validRows = (d: Draft): ContactRow[] => {
    if (d.audience.kind !== 'list') return [];
    const list = world.lists.get(d.audience.listId);
    return list ? list.pages.page('valid', 0, 100_000).rows : [];
  };
  const audienceOf = (d: Draft): AudienceView => {
    const list = d.audience.kind === 'list' ? world.lists.get(d.audience.listId) : undefined;
    const variables = list?.view.variables.map((v) => v.name) ?? [];
    const rows = validRows(d);
    const used = d.content.kind === 'text' ? findReferences(d.content.text, variables).used : [];
    const emptyByVariable = Object.fromEntries(used.map((v) => [v, rows.filter((r) => !(r.variables[v] ?? '').trim()).length]));
    const kept = rows.filter((r) => d.skipEmptyFor.every((v) => (r.variables[v] ?? '').trim()));
    const dynamic = used.length > 0;
    return {
      count: kept.length,
      available: rows.length,
      label: list ? list.view.name : 'No list chosen',
      variables,
      invalid: [],
      invalidCount: 0,
      repeated: 0,
      route: dynamic ? 'dynamic-list' : 'from',
      routeText: dynamic ? 'Sent to Exotel as a dynamic list first, because the message uses variables' : 'Numbers go straight into the campaign',
      emptyByVariable,
    };
  };
  const sample = (row: ContactRow, index: number): ContactSample => ({ row: row.rowNumber, index, number: row.number ?? '', values: row.variables });
  const item = (d: Draft, kind: OutboxItemView['kind'], title: string): OutboxItemView => {
    const at = world.now();
    const view: OutboxItemView = {
      id: `item-${next++}`,
      accountId: d.accountId,
      kind,
      state: 'queued',
      title,
      key: kind === 'campaign-create' ? d.name.trim() : `${d.name.trim()} test ${next}`,
      dependsOn: null,
      draftId: d.id,
      campaignId: null,
      action: null,
      createdAt: at,
      updatedAt: at,
      attempts: 0,
      message: null,
      choices: [],
      history: [{ at, state: 'queued', message: 'Queued' }],
    };
    outbox.unshift(view);
    core.emit('outbox:changed', view);
    return view;
  };
  const drain = () => {
    for (const [i, queued] of outbox.entries()) {
      if (queued.state !== 'queued') continue;
      const done: OutboxItemView = { ...queued, state: 'done', campaignId: `camp-${queued.id}`, updatedAt: world.now(), attempts: 1 };
      outbox[i] = done;
      core.emit('outbox:changed', done);
    }
  };

  const handlers: Partial<Handlers> = {
    'drafts:list': () =>
      [...drafts.values()]
        .filter((d) => d.accountId === world.activeId())
        .reverse()
        .map((d) => ({ id: d.id, name: d.name, updatedAt: d.updatedAt, audienceLabel: audienceOf(d).label, launchedItemId: d.launchedItemId })),
    'drafts:get': ({ id }) => find(id),
    'drafts:create': (origin: DraftOrigin) => {
      const acc = account();
      if (!acc) throw new AppError('validation', 'Choose an account first.');
      let fields = blankFields(acc.callerId);
      if (origin.kind === 'list') fields = { ...fields, audience: { kind: 'list', listId: origin.listId } };
      if (origin.kind === 'draft') fields = { ...find(origin.draftId), name: `${find(origin.draftId).name} (copy)` };
      const at = world.now();
      const draft: Draft = { ...fields, id: `draft-${next++}`, accountId: acc.id, createdAt: at, updatedAt: at, launchedItemId: null, editsCampaignId: null };
      draft.name = origin.kind === 'draft' ? fields.name : `Campaign ${next}`;
      drafts.set(draft.id, draft);
      core.emit('drafts:changed', { draftId: draft.id });
      return draft;
    },
    'drafts:save': ({ id, fields }) => {
      const d = find(id);
      const updatedAt = world.now();
      drafts.set(id, { ...d, ...fields, updatedAt });
      return { updatedAt };
    },
    'drafts:delete': ({ id }) => ({ deleted: drafts.delete(id) }),
    'compose:defaults': () => {
      const acc = account();
      if (!acc) throw new AppError('validation', 'Choose an account first.');
      return { accountId: acc.id, sandbox: acc.kind === 'sandbox', country: acc.defaultCountry, callerIds: acc.callerId ? [acc.callerId] : [], accountThrottle: 60, timeZone: 'Asia/Kolkata', testCallNumber: '' };
    },
    'compose:audience': ({ draftId }) => audienceOf(find(draftId)),
    'compose:samples': ({ draftId, pick }) => {
      const rows = validRows(find(draftId));
      if (pick.kind === 'index') return rows[pick.index] ? [sample(rows[pick.index] as ContactRow, pick.index)] : [];
      if (pick.kind === 'row') {
        const at = rows.findIndex((r) => r.rowNumber === pick.row);
        return at === -1 ? [] : [sample(rows[at] as ContactRow, at)];
      }
      return rows.slice(0, pick.count).map((r, i) => sample(r, i));
    },
    'compose:emptyRows': ({ draftId, variable, offset, limit }) => {
      const rows = validRows(find(draftId))
        .map((r, i) => sample(r, i))
        .filter((s) => !(s.values[variable] ?? '').trim());
      return { total: rows.length, rows: rows.slice(offset, offset + limit) };
    },
    'compose:check': ({ draftId }) => {
      const d = find(draftId);
      const acc = account();
      const taken = new Set(outbox.filter((i) => i.kind === 'campaign-create').map((i) => i.key));
      return checkLaunch(d, { now: new Date(world.now()), accountThrottle: 60, callerIds: acc?.callerId ? [acc.callerId] : [], audience: audienceOf(d), takenNames: taken, country: acc?.defaultCountry ?? 'IN' });
    },
    'compose:launch': ({ draftId, confirmName, confirmCount }) => {
      const d = find(draftId);
      const a = audienceOf(d);
      if (confirmName !== d.name.trim() || confirmCount !== a.count) throw new AppError('conflict', 'The draft changed after you confirmed: check the summary and launch again.');
      const queued = item(d, 'campaign-create', `Launch “${d.name.trim()}” (${a.count} numbers)`);
      drafts.set(d.id, { ...d, launchedItemId: queued.id });
      core.emit('drafts:changed', { draftId: d.id });
      if (world.online()) setTimeout(drain, 0);
      return queued;
    },
    'compose:testCall': ({ draftId, number }) => {
      const d = find(draftId);
      const queued = item(d, 'test-call', `Test call to ${number}`);
      if (world.online()) setTimeout(drain, 0);
      return queued;
    },
  };
  return { handlers, compose: { drafts, outbox, drain } };
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Draft, DraftFields } from '../../../src/shared/compose/draft';
import type { OutboxItemView } from '../../../src/shared/outbox/schemas';
import { AudienceReader } from '../../../src/main/services/compose/audience';
import { ComposeService } from '../../../src/main/services/compose/compose-service';
import { AccountsRepo } from '../../../src/main/store/accounts-repo';
import { CampaignsRepo } from '../../../src/main/store/campaigns-repo';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { PlansRepo } from '../../../src/main/store/plans-repo';
import type { NewOutboxItem, OutboxPort } from '../../../src/main/services/outbox/types';
import { makeServices, type TestServices } from '../../support/services';

/** Records what would be queued, for tests of what a launch asks the outbox to do. */
export class RecordingOutbox implements OutboxPort {
  readonly items: Array<NewOutboxItem & { id: string }> = [];

  enqueue(item: NewOutboxItem): OutboxItemView {
    const id = `item-${this.items.length + 1}`;
    this.items.push({ ...item, id });
    return this.view(id);
  }

  enqueueAll<T>(build: (enqueue: (item: NewOutboxItem) => OutboxItemView) => T): T {
    const before = this.items.length;
    try {
      return build((item) => this.enqueue(item));
    } catch (error) {
      this.items.splice(before);
      throw error;
    }
  }

  get(id: string): OutboxItemView | null {
    return this.items.some((i) => i.id === id) ? this.view(id) : null;
  }

  list(accountId: string): OutboxItemView[] {
    return this.items.filter((i) => i.accountId === accountId).map((i) => this.view(i.id));
  }

  decide(): Promise<OutboxItemView> {
    return Promise.reject(new Error('not used'));
  }

  private view(id: string): OutboxItemView {
    const item = this.items.find((i) => i.id === id);
    if (!item) throw new Error(`no item ${id}`);
    const at = '2026-12-01T04:30:00.000Z';
    return {
      id,
      accountId: item.accountId,
      kind: item.kind,
      state: 'queued',
      title: item.title,
      key: item.key,
      dependsOn: 'dependsOn' in item ? item.dependsOn : null,
      draftId: 'draftId' in item ? item.draftId : null,
      campaignId: null,
      action: null,
      createdAt: at,
      updatedAt: at,
      attempts: 0,
      message: null,
      choices: [],
      history: [],
    };
  }
}

export type { TestServices };
export { makeServices };

/** The compose service over the app's real services, with the outbox given. */
export function composeOver(s: TestServices, outbox: OutboxPort): ComposeService {
  const audience = new AudienceReader({
    lists: new ContactsRepo(s.db),
    clientFor: (account) => s.access.clientFor(account),
    reachable: (account) => s.network.reaches(account),
  });
  return new ComposeService({
    drafts: s.drafts,
    audience,
    accounts: new AccountsRepo(s.db),
    activeAccount: () => s.accounts.activeAccount(),
    outbox,
    campaigns: new CampaignsRepo(s.db),
    plans: new PlansRepo(s.db),
  });
}

/** A sheet in a temporary folder. */
export function writeSheet(name: string, lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'desk-compose-')), name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The draft's fields as the composer would send them to `drafts:save`. */
export function fieldsOf(draft: Draft): DraftFields {
  const { id: _id, accountId: _a, createdAt: _c, updatedAt: _u, launchedItemId: _l, editsCampaignId: _e, ...fields } = draft;
  return fields;
}

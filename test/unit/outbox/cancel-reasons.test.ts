import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/ipc/result';
import { BareCancel } from '../../../src/shared/jobs/cancelled';
import type { ExotelClient } from '../../../src/main/exotel';
import type { AccountRecord } from '../../../src/main/store/accounts-repo';
import { sendItem, type Step, type StepContext } from '../../../src/main/services/outbox/outbox-steps';
import { newRecord } from '../../../src/main/services/outbox/outbox-view';

const account: AccountRecord = {
  id: 'acme',
  kind: 'sandbox',
  name: 'Acme',
  accountSid: 'acme',
  apiKey: 'k',
  region: 'mumbai',
  host: 'https://api.in.exotel.com',
  defaultCountry: 'IN',
  callerId: '',
  createdAt: '2026-01-05T04:30:00.000Z',
  updatedAt: '2026-01-05T04:30:00.000Z',
  lastTest: null,
};

const listSend = {
  ...newRecord(
    'item-1',
    {
      kind: 'list-send',
      accountId: 'acme',
      title: 'Send “Pune dues”',
      key: 'Pune dues 2026-01-05',
      listId: 'list-1',
      listType: 'static',
      skipEmptyFor: [],
    },
    null,
    '2026-01-05T05:00:00.000Z',
    'Queued.',
  ),
  seq: 1,
};

/** A list send stopped by the job's cancel, with the error the sender throws. */
function stoppedWith(error: Error): Promise<Step> {
  const ctx: StepContext = {
    account,
    client: {} as ExotelClient,
    signal: new AbortController().signal,
    lists: { send: () => Promise.reject(error) },
    dependency: null,
    progress: () => undefined,
  };
  return sendItem(listSend, ctx);
}

describe('a cancelled list send', () => {
  it('a cancel that says what stays on Exotel is reported with those words, whatever they are', async () => {
    const note = 'Cancelled';
    await expect(stoppedWith(new AppError('cancelled', note))).resolves.toEqual({ kind: 'cancelled', message: note });
    const other = 'Sending cancelled before any number went into the static Exotel list.';
    await expect(stoppedWith(new AppError('cancelled', other))).resolves.toEqual({ kind: 'cancelled', message: other });
  });

  it('a bare stop is an answer that may have been cut off: Exotel is checked before anything is sent again', async () => {
    await expect(stoppedWith(new BareCancel())).resolves.toEqual({ kind: 'unknown', message: 'Campaign Desk stopped while sending.' });
  });
});

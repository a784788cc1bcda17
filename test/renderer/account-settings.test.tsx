// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { descriptionOf, renderApp } from './helpers';

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function fillAccount() {
  fireEvent.click(await screen.findByRole('button', { name: 'Add account' }));
  await screen.findByRole('form', { name: 'Add account' });
  type('Display name', 'Acme Collections');
  type('Account SID', 'acme1');
  type('API key', 'key1');
  type('API token', 'tok1');
}

describe('account settings for campaigns', () => {
  it('names the ExoPhone that is wrong by its line, and a throttle that is not a number', async () => {
    const { core } = renderApp({}, 'accounts');
    await fillAccount();
    type('ExoPhones (caller IDs)', '08047112233\n0804-CALL-ME');
    type('Account throttle (calls a minute)', 'sixty');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));

    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText('ExoPhones (caller IDs)'))).toBe(
        'Line 2: “0804-CALL-ME” is not an ExoPhone; use its 6 to 15 digits, with an optional leading +',
      ),
    );
    expect(descriptionOf(screen.getByLabelText('Account throttle (calls a minute)'))).toMatch(/whole number/);
    expect(core.calls.some((c) => c.channel === 'accounts:create')).toBe(false);
  });

  it('sends every ExoPhone, the throttle and the zone, and shows them on the account', async () => {
    const { core } = renderApp({}, 'accounts');
    await fillAccount();
    type('ExoPhones (caller IDs)', '08047112233\n+918033334444');
    type('Account throttle (calls a minute)', '120');
    type('Time zone', 'Asia/Dubai');
    fireEvent.click(screen.getByRole('button', { name: 'Save account' }));

    expect(await screen.findByRole('heading', { name: 'Acme Collections', level: 1 })).toBeTruthy();
    const create = core.calls.find((c) => c.channel === 'accounts:create');
    expect(create?.input).toMatchObject({ callerIds: ['08047112233', '+918033334444'], accountThrottle: 120, timeZone: 'Asia/Dubai' });
    expect(screen.getByText('+918033334444')).toBeTruthy();
    expect(screen.getByText('120 calls a minute')).toBeTruthy();
    expect(screen.getByText('Asia/Dubai')).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { descriptionOf } from '../helpers';
import { renderRealApp, type RealApp } from '../support/real-app';

// The Sandbox's demo campaigns, one per state, as a first run finds them.
const RUNNING = 'Demo: service outage update';
const PAUSED = 'Demo: feedback calls';
const COMPLETED = 'Demo: payment reminder';
const SCHEDULED = 'Demo: festival greetings';
const ARCHIVED = 'Demo: renewal notice';

let app: RealApp | null = null;
afterEach(async () => {
  await app?.services.close();
  app = null;
});

/** The Campaigns screen over the real services and the Sandbox, once its first sync has listed the demo campaigns. */
async function open(): Promise<RealApp> {
  app = await renderRealApp({ section: 'campaigns' });
  await within(await campaignList()).findByRole('button', { name: new RegExp(RUNNING) }, { timeout: 10_000 });
  return app;
}

const campaignList = () => screen.findByRole('list', { name: 'Campaigns' });
const listItem = async (name: string) => within(await campaignList()).getByRole('button', { name: new RegExp(name) });

/** Opens the campaign and answers its group of action buttons (null when it offers none). */
async function actionsOf(name: string): Promise<HTMLElement | null> {
  fireEvent.click(await listItem(name));
  await screen.findByRole('article', { name: `Campaign ${name}` });
  return screen.queryByRole('group', { name: `Act on “${name}”` });
}

function buttons(group: HTMLElement | null): Array<{ label: string; usable: boolean }> {
  if (!group) return [];
  return within(group)
    .getAllByRole('button')
    .map((b) => ({ label: b.textContent ?? '', usable: b.getAttribute('aria-disabled') !== 'true' && !b.hasAttribute('disabled') }));
}

const statusOf = () => screen.getByRole('region', { name: 'Campaign actions' }).querySelector('[role="status"]')?.textContent ?? '';

describe('acting on a campaign from its detail', () => {
  it('offers only what the campaign’s state allows, and says why the rest cannot be used', async () => {
    await open();
    expect(buttons(await actionsOf(RUNNING))).toEqual([
      { label: 'Pause', usable: true },
      { label: 'Complete', usable: false },
      { label: 'Delete', usable: false },
    ]);
    const complete = within(screen.getByRole('group', { name: `Act on “${RUNNING}”` })).getByRole('button', { name: 'Complete' });
    expect(descriptionOf(complete)).toBe('Pause it first: only a paused campaign can be completed.');
    expect(complete.getAttribute('title')).toBe('Pause it first: only a paused campaign can be completed.');
    const del = within(screen.getByRole('group', { name: `Act on “${RUNNING}”` })).getByRole('button', { name: 'Delete' });
    expect(descriptionOf(del)).toBe('Only a campaign that has not started can be deleted. It is calling.');

    expect(buttons(await actionsOf(PAUSED))).toEqual([
      { label: 'Resume', usable: true },
      { label: 'Complete…', usable: true },
    ]);
    expect(buttons(await actionsOf(COMPLETED))).toEqual([{ label: 'Archive', usable: true }]);
    expect(buttons(await actionsOf(SCHEDULED))).toEqual([
      { label: 'Pause', usable: true },
      { label: 'Delete…', usable: true },
    ]);
    expect(await actionsOf(ARCHIVED)).toBeNull();
  });

  it('a refused button does nothing when pressed', async () => {
    const { services } = await open();
    const group = await actionsOf(RUNNING);
    fireEvent.click(within(group as HTMLElement).getByRole('button', { name: 'Complete' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(services.outbox.list(services.accounts.activeId() ?? '')).toHaveLength(0);
  });

  it('complete asks first, naming the campaign and what becomes of its remaining numbers; Cancel sends nothing', async () => {
    const { services } = await open();
    const group = await actionsOf(PAUSED);
    fireEvent.click(within(group as HTMLElement).getByRole('button', { name: 'Complete…' }));
    const dialog = await screen.findByRole('dialog', { name: `Complete “${PAUSED}”?` });
    expect(dialog.textContent).toMatch(/The [\d,]+ numbers not called yet or waiting for a retry become failed and are not called\./);
    // Focus starts on Cancel, so Enter pressed in a hurry never completes it.
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(services.outbox.list(services.accounts.activeId() ?? '')).toHaveLength(0);

    fireEvent.click(within(screen.getByRole('group', { name: `Act on “${PAUSED}”` })).getByRole('button', { name: 'Complete…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: `Complete “${PAUSED}”` }));
    await waitFor(() =>
      expect((services.sandbox.sandbox.snapshot().campaigns.find((c) => c.settings.name === PAUSED) ?? {}).status).toBe('completed'),
    );
    // Settled on Exotel's answer: the campaign read back says completed, and now offers Archive.
    await waitFor(() =>
      expect(within(screen.getByRole('article', { name: `Campaign ${PAUSED}` })).getAllByText('Completed').length).toBeGreaterThan(0),
    );
    expect(buttons(screen.getByRole('group', { name: `Act on “${PAUSED}”` }))).toEqual([{ label: 'Archive', usable: true }]);
  });

  it('delete asks first, naming the campaign and that none of its numbers are called', async () => {
    await open();
    fireEvent.click(within((await actionsOf(SCHEDULED)) as HTMLElement).getByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: `Delete “${SCHEDULED}”?` });
    expect(dialog.textContent).toMatch(/deleted on Exotel before it starts, so none of its numbers are called/);
    expect(within(dialog).getByRole('button', { name: `Delete “${SCHEDULED}”` })).toBeVisible();
  });

  it('shows “Pausing…” in the list and the detail at once, then settles on Exotel’s answer', async () => {
    const { services } = await open();
    services.sandbox.sandbox.faults.inject({ kind: 'slow', delayMs: 1500, method: 'PUT' });
    fireEvent.click(within((await actionsOf(RUNNING)) as HTMLElement).getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(statusOf()).toMatch(/^Pausing…/));
    expect((await listItem(RUNNING)).textContent).toContain('Pausing…');
    // While it is on its way, nothing else can be asked of the campaign.
    const again = within(screen.getByRole('group', { name: `Act on “${RUNNING}”` })).getByRole('button', { name: 'Pause' });
    expect(descriptionOf(again)).toBe(`Pause “${RUNNING}” is on its way to Exotel; wait for its answer.`);

    await waitFor(() => expect(statusOf()).toBe(''), { timeout: 8_000 });
    expect((await listItem(RUNNING)).textContent).toContain('Paused');
    expect(buttons(screen.getByRole('group', { name: `Act on “${RUNNING}”` }))).toEqual([
      { label: 'Resume', usable: true },
      { label: 'Complete…', usable: true },
    ]);
  });

  it('an action Exotel refuses shows its reason in plain words', async () => {
    const { services } = await open();
    services.sandbox.sandbox.faults.inject({
      kind: 'status',
      status: 409,
      code: 1002,
      description: 'Campaign is being updated',
      method: 'PUT',
    });
    fireEvent.click(within((await actionsOf(RUNNING)) as HTMLElement).getByRole('button', { name: 'Pause' }));
    const alert = await screen.findByText(/did not go through/, {}, { timeout: 8_000 });
    expect(alert.textContent).toMatch(new RegExp(`^Pause “${RUNNING}” did not go through: .*Nothing was changed on Exotel`));
    expect((await listItem(RUNNING)).textContent).toContain('Calling');
  });
});

describe('acting on several campaigns at once', () => {
  it('ticked campaigns are paused together where their state allows it, with a result for each', async () => {
    const { services } = await open();
    const list = await campaignList();
    fireEvent.click(within(list).getByRole('checkbox', { name: `Select “${RUNNING}”` }));
    // One campaign is acted on from its detail; the bar is for two or more.
    expect(screen.queryByRole('group', { name: 'Act on the selected campaigns' })).toBeNull();
    fireEvent.click(within(list).getByRole('checkbox', { name: `Select “${SCHEDULED}”` }));
    fireEvent.click(within(list).getByRole('checkbox', { name: `Select “${PAUSED}”` }));
    const bar = screen.getByRole('region', { name: 'Selected campaigns' });
    expect(bar.textContent).toContain('3 campaigns selected');
    const pause = within(within(bar).getByRole('group', { name: 'Act on the selected campaigns' })).getByRole('button', { name: 'Pause' });
    expect(pause.getAttribute('title')).toBe('2 of the 3 selected can be paused; the others are left as they are.');
    fireEvent.click(pause);

    const results = await within(bar).findByRole('list', { name: 'Pause: result per campaign' });
    const row = (name: string) => within(results).getByText(name).closest('li')?.textContent ?? '';
    expect(row(PAUSED)).toMatch(/Not possible.*It is paused already\./);
    await waitFor(() => expect(row(RUNNING)).toMatch(/Done.*Exotel paused it\./), { timeout: 8_000 });
    await waitFor(() => expect(row(SCHEDULED)).toMatch(/Done/), { timeout: 8_000 });
    const sandbox = services.sandbox.sandbox.snapshot().campaigns;
    const status = (name: string) => sandbox.find((c) => c.settings.name === name)?.status;
    expect([status(RUNNING), status(SCHEDULED), status(PAUSED)]).toEqual(['paused', 'paused', 'paused']);
    // One item per campaign the state allowed, none for the other.
    expect(services.outbox.list(services.accounts.activeId() ?? '').map((i) => i.title)).toEqual(
      expect.arrayContaining([`Pause “${RUNNING}”`, `Pause “${SCHEDULED}”`]),
    );
    expect(services.outbox.list(services.accounts.activeId() ?? '')).toHaveLength(2);

    fireEvent.click(within(bar).getByRole('button', { name: 'Clear' }));
    expect(screen.queryByRole('region', { name: 'Selected campaigns' })).toBeNull();
    expect((within(list).getByRole('checkbox', { name: `Select “${RUNNING}”` }) as HTMLInputElement).checked).toBe(false);
  });
});

import { advance, applyAction } from './engine';
import { dialable } from './phone';
import { hash32 } from './random';
import type { CampaignSettings, SimContact, SimList } from './state';
import { formatTime } from './time';
import type { World } from './world';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const FIRST = ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Meera', 'Arjun', 'Kavya', 'Sanjay', 'Divya', 'Rahul', 'Isha'];
const LAST = ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Singh', 'Das', 'Kulkarni'];

/** Valid-looking Indian mobile numbers, fixed by the seed. */
function demoNumbers(world: World, count: number, salt: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const digits = String(hash32(world.state.seed, salt, i) % 100_000_000).padStart(8, '0');
    const number = dialable(`+9198${digits}`);
    if (number && !out.includes(number)) out.push(number);
  }
  return out;
}

function settings(world: World, over: Partial<CampaignSettings> & Pick<CampaignSettings, 'name' | 'send_at'>): CampaignSettings {
  return {
    type: 'trans',
    caller_id: '08047112233',
    from: null,
    lists: null,
    campaign_type: 'static',
    flow_type: 'greeting',
    url: null,
    read_via_text: 'Hello from the Campaign Desk Sandbox. This is a practice call.',
    repeat_menu_attempts: null,
    retries: { number_of_retries: 1, interval_mins: 15, mechanism: 'Linear', on_status: ['busy', 'no-answer'] },
    mode: 'auto',
    throttle: null,
    call_duplicate_numbers: false,
    status_callback: null,
    call_status_callback: null,
    call_schedule_callback: null,
    custom_field: null,
    end_at: over.send_at + 30 * DAY,
    ...over,
  };
}

function addList(world: World, name: string, type: SimList['type'], headers: string[], at: number): SimList {
  const list: SimList = { sid: world.ids.hex(32), name, tag: 'demo', type, headers, entries: [], createdAt: at, updatedAt: at };
  world.state.lists.push(list);
  return list;
}

/** Plays a campaign from its creation to `until`, applying actions at the times given. */
function play(world: World, s: CampaignSettings, createdAt: number, actions: [number, 'pause' | 'archive'][] = []): void {
  const c = world.addCampaign(s, createdAt);
  for (const [at, action] of actions) {
    advance(c, at, world.engine);
    applyAction(c, action, at, world.engine);
  }
  advance(c, world.now(), world.engine);
}

export function seedDemo(world: World): void {
  const now = world.now();
  const t0 = now - 12 * DAY;
  const contacts: SimContact[] = demoNumbers(world, 60, 1).map((number, i) =>
    world.addContact({
      number,
      first_name: FIRST[i % FIRST.length] ?? null,
      last_name: LAST[(i * 7) % LAST.length] ?? null,
      company_name: null,
      email: null,
      tag: 'demo',
    }),
  );
  const customers = addList(world, 'Demo customers', 'static', [], t0);
  customers.entries = contacts.slice(0, 40).map((c) => ({ contactSid: c.sid }));
  const renewals = addList(world, 'Demo renewals', 'dynamic', ['first_name', 'due_date'], t0);
  renewals.entries = contacts.slice(40).map((c, i) => ({
    contactSid: c.sid,
    variables: { first_name: c.first_name ?? '', due_date: formatTime(now + (i + 3) * DAY).slice(0, 10) },
  }));

  const archivedAt = now - 10 * DAY;
  play(
    world,
    settings(world, {
      name: 'Demo: renewal notice',
      send_at: archivedAt + MINUTE,
      lists: [renewals.sid],
      campaign_type: 'dynamic',
      read_via_text: 'Hello @@first_name, your plan renews on @@due_date.',
    }),
    archivedAt,
    [[now - 5 * DAY, 'archive']],
  );
  const doneAt = now - 3 * DAY;
  play(world, settings(world, { name: 'Demo: payment reminder', send_at: doneAt + MINUTE, lists: [customers.sid] }), doneAt);
  const pausedAt = now - 40 * MINUTE;
  play(
    world,
    settings(world, {
      name: 'Demo: feedback calls',
      send_at: pausedAt + MINUTE,
      from: demoNumbers(world, 150, 2),
      mode: 'custom',
      throttle: 5,
    }),
    pausedAt,
    [[now - 10 * MINUTE, 'pause']],
  );
  const runningAt = now - 20 * MINUTE;
  play(
    world,
    settings(world, {
      name: 'Demo: service outage update',
      send_at: runningAt + MINUTE,
      from: demoNumbers(world, 600, 3),
      mode: 'custom',
      throttle: 10,
    }),
    runningAt,
  );
  play(world, settings(world, { name: 'Demo: festival greetings', send_at: now + DAY, lists: [customers.sid] }), now - 2 * MINUTE);
  world.catchUp();
}

import { advance, type EngineContext } from './engine';
import { dialable } from './phone';
import { hash32, IdSource } from './random';
import type { CampaignSettings, SandboxState, SimCampaign, SimContact, SimList, Target } from './state';
import type { SimClock } from './clock';
import { wireFor, type Wire } from './dialect';
import { applyUploadIfDue } from './uploads';

/** The Sandbox's data and the indexes over it. Everything in `state` is plain JSON. */
export class World {
  readonly ids: IdSource;
  private contactByNumber = new Map<string, SimContact>();
  private contactBySid = new Map<string, SimContact>();
  readonly engine: EngineContext;
  /** Exotel may serve fewer call-details rows than asked; the Sandbox does so when this is set (not kept in snapshots). */
  callDetailsPageCap: number | null = null;
  /** How answers are written (not kept in snapshots: a restored Sandbox speaks as it is told). */
  wire: Wire = wireFor('sandbox');

  constructor(
    readonly state: SandboxState,
    readonly clock: SimClock,
  ) {
    this.ids = new IdSource(state.seed, state.idCounter);
    for (const c of state.contacts) this.index(c);
    this.engine = {
      accountThrottle: state.account.accountThrottle,
      loadTargets: (c) => this.loadTargets(c),
    };
  }

  get account(): SandboxState['account'] {
    return this.state.account;
  }

  now(): number {
    return this.clock.now();
  }

  /** Brings every campaign and upload up to the current simulated time. */
  catchUp(): void {
    const now = this.now();
    for (const u of this.state.uploads) applyUploadIfDue(this, u, now);
    for (const c of this.state.campaigns) advance(c, now, this.engine);
    this.state.idCounter = this.ids.counter;
  }

  campaign(id: string): SimCampaign | undefined {
    return this.state.campaigns.find((c) => c.id === id);
  }

  list(sid: string): SimList | undefined {
    return this.state.lists.find((l) => l.sid === sid);
  }

  listByName(name: string): SimList | undefined {
    return this.state.lists.find((l) => l.name === name);
  }

  contact(sid: string): SimContact | undefined {
    return this.contactBySid.get(sid);
  }

  contactByDialable(number: string): SimContact | undefined {
    return this.contactByNumber.get(number);
  }

  /** `dialable` is the number as Exotel dials it, when the caller has it already (an upload's rows do). */
  addContact(fields: Omit<SimContact, 'sid' | 'createdAt'>, dialable?: string): SimContact {
    const contact: SimContact = { sid: this.ids.hex(32), createdAt: this.now(), ...fields };
    this.state.contacts.push(contact);
    this.index(contact, dialable);
    return contact;
  }

  /** Campaign ids are 36 characters: 32 hex and a 4-character tail, as Exotel's are. */
  addCampaign(settings: CampaignSettings, createdAt: number): SimCampaign {
    const c: SimCampaign = {
      id: `${this.ids.hex(32)}${this.ids.hex(4)}`,
      seed: hash32(this.state.seed, this.state.campaigns.length),
      settings,
      status: 'created',
      createdAt,
      updatedAt: createdAt,
      started: false,
      cursor: createdAt,
      nextPlaceAt: settings.send_at,
      nextFresh: 0,
      targets: [],
      attempts: [],
      active: [],
      retryQueue: [],
      closed: false,
    };
    this.state.campaigns.push(c);
    return c;
  }

  private index(c: SimContact, known?: string): void {
    this.contactBySid.set(c.sid, c);
    // Reading a number again costs a phone-number parse: 100,000 of them are a second and a half.
    const key = known ?? dialable(c.number) ?? c.number;
    if (!this.contactByNumber.has(key)) this.contactByNumber.set(key, c);
  }

  private loadTargets(c: SimCampaign): Target[] {
    const s = c.settings;
    const found: { number: string; name: string | null }[] = [];
    for (const raw of s.from ?? []) {
      const number = dialable(raw) ?? raw;
      found.push({ number, name: this.nameOf(this.contactByNumber.get(number)) });
    }
    for (const sid of s.lists ?? []) {
      for (const entry of this.list(sid)?.entries ?? []) {
        const contact = this.contact(entry.contactSid);
        if (contact) found.push({ number: dialable(contact.number) ?? contact.number, name: this.nameOf(contact) });
      }
    }
    const seen = new Set<string>();
    const targets: Target[] = [];
    for (const f of found) {
      if (!s.call_duplicate_numbers && seen.has(f.number)) continue;
      seen.add(f.number);
      targets.push({ number: f.number, name: f.name, state: 'queued', tries: 0, dueAt: 0 });
    }
    return targets;
  }

  private nameOf(contact: SimContact | undefined): string | null {
    if (!contact) return null;
    const name = [contact.first_name, contact.last_name].filter(Boolean).join(' ');
    return name || null;
  }
}

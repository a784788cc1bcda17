import type { Campaign, CampaignUpdateInput } from '../exotel';
import { countOf } from '../plural';
import { buildCreateInput, type ResolvedAudience } from './build-input';
import { campaignValue, EDIT_FIELD_LABELS, namedFields, requestedValue, type EditField } from './campaign-edit';
import type { DraftFields } from './draft';
import { instantToZoned, toRfc3339InZone } from './zoned-time';

/**
 * The update an edit draft stands for: every field the form holds, as Exotel's create would take it, plus
 * what clears a value the campaign had (no retries, no callback, a flow replaced by a message). Times the
 * user left as they were keep the campaign's own seconds. `changedOnly` then keeps what differs.
 */
export function buildEditInput(d: DraftFields, audience: ResolvedAudience, c: Campaign, now: Date): CampaignUpdateInput {
  const input: CampaignUpdateInput = buildCreateInput(d, audience, d.name.trim());
  input.customField = d.customField.trim();
  if (d.content.kind === 'flow') input.readViaText = '';
  else input.url = '';
  input.retries ??= { numberOfRetries: 0 };
  for (const field of ['statusCallback', 'callStatusCallback', 'callScheduleCallback'] as const) input[field] ??= '';

  const zone = d.schedule.timeZone;
  const same = (local: string, wire: string | null | undefined) =>
    Boolean(wire) && instantToZoned(new Date(Date.parse(wire as string)), zone) === local;
  const schedule = { ...input.schedule };
  // "Now" on a scheduled campaign moves its start to this moment; Exotel starts it at once.
  if (d.schedule.kind === 'now') schedule.sendAt = toRfc3339InZone(now, zone);
  else if (same(d.schedule.sendAt, c.schedule?.sendAt)) schedule.sendAt = c.schedule?.sendAt ?? undefined;
  if (d.schedule.endAt && same(d.schedule.endAt, c.schedule?.endAt)) schedule.endAt = c.schedule?.endAt ?? undefined;
  input.schedule = schedule;
  return input;
}

export interface ChangeLine {
  field: EditField;
  label: string;
  before: string;
  after: string;
}

const clip = (s: string): string => (s.length > 80 ? `“${s.slice(0, 77)}…”` : `“${s}”`);

function describe(field: EditField, value: unknown, zone: string, listLabel: string): string {
  if (value === null || value === '' || value === undefined) return field === 'schedule.endAt' ? 'Exotel’s default' : 'none';
  switch (field) {
    case 'from':
      return countOf((value as string[]).length, 'number');
    case 'lists': {
      const sids = value as string[];
      return sids.length === 0 ? listLabel : sids.length === 1 ? `list ${sids[0]}` : countOf(sids.length, 'list');
    }
    case 'readViaText':
    case 'customField':
      return clip(String(value));
    case 'retries': {
      const r = value as { n: number; i?: number | null; m?: string; s?: string[] };
      return r.n === 0 ? 'none' : `${r.n} × after ${r.i ?? '?'} min (${r.m ?? 'linear'}) on ${(r.s ?? []).join(', ')}`;
    }
    case 'schedule.sendAt':
    case 'schedule.endAt':
      return `${instantToZoned(new Date(value as number), zone).replace('T', ' ')} (${zone})`;
    case 'mode':
      return value === 'custom' ? 'a set number of calls a minute' : 'automatic';
    case 'callDuplicateNumbers':
      return value ? 'called each time' : 'called once';
    default:
      return String(value);
  }
}

/** What "Save changes" will change, field by field, in words. `listLabel` names a list still to be sent. */
export function describeChanges(c: Campaign, changes: CampaignUpdateInput, zone: string, listLabel = 'the chosen list'): ChangeLine[] {
  return namedFields(changes).map((field) => ({
    field,
    label: EDIT_FIELD_LABELS[field],
    before: describe(field, campaignValue(c, field), zone, listLabel),
    after: describe(field, requestedValue(changes, field), zone, listLabel),
  }));
}

import type { CampaignUpdateInput, ContactInput, ListInput, RetryPolicyInput } from '../../shared/exotel';

type Json = Record<string, unknown>;

function retriesToWire(r: RetryPolicyInput): Json {
  return {
    number_of_retries: r.numberOfRetries,
    ...(r.intervalMins === undefined ? {} : { interval_mins: r.intervalMins }),
    ...(r.mechanism === undefined ? {} : { mechanism: r.mechanism }),
    ...(r.onStatus === undefined ? {} : { on_status: r.onStatus }),
  };
}

/** Exotel's field names; fields left undefined are not sent, so an update touches only what it names. */
export function campaignToWire(input: CampaignUpdateInput): Json {
  const fields: [string, unknown][] = [
    ['name', input.name],
    ['caller_id', input.callerId],
    ['from', input.from],
    ['lists', input.lists],
    ['campaign_type', input.campaignType],
    ['flow_type', input.flowType],
    ['url', input.url],
    ['read_via_text', input.readViaText],
    ['repeat_menu_attempts', input.repeatMenuAttempts],
    ['retries', input.retries && retriesToWire(input.retries)],
    [
      'schedule',
      input.schedule && {
        ...(input.schedule.sendAt === undefined ? {} : { send_at: input.schedule.sendAt }),
        ...(input.schedule.endAt === undefined ? {} : { end_at: input.schedule.endAt }),
      },
    ],
    ['mode', input.mode],
    ['throttle', input.throttle],
    ['call_duplicate_numbers', input.callDuplicateNumbers],
    ['status_callback', input.statusCallback],
    ['call_status_callback', input.callStatusCallback],
    ['call_schedule_callback', input.callScheduleCallback],
    ['custom_field', input.customField],
  ];
  return Object.fromEntries(fields.filter(([, value]) => value !== undefined));
}

export function contactToWire(c: ContactInput): Json {
  const fields: [string, unknown][] = [
    ['number', c.number],
    ['first_name', c.firstName],
    ['last_name', c.lastName],
    ['company_name', c.companyName],
    ['email', c.email],
    ['tag', c.tag],
  ];
  return Object.fromEntries(fields.filter(([, value]) => value !== undefined));
}

export function listToWire(l: ListInput): Json {
  return l.tag === undefined ? { name: l.name } : { name: l.name, tag: l.tag };
}

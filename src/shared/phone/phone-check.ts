import type { InvalidReason } from '../contacts/schemas';

/** Reasons a single number cell can be refused for; 'ragged-row' is about the row, not the number. */
export type PhoneReason = Exclude<InvalidReason, 'ragged-row'>;

export type PhoneCheck = { ok: true; e164: string } | { ok: false; reason: PhoneReason };

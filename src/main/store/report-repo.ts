import type { ReportCalls } from '../../shared/ipc/channels/report';
import type { Db } from './db';

/** The call figures of a campaign's report, added up by SQLite over the cached call details. */
export class ReportRepo {
  constructor(private readonly db: Db) {}

  callTotals(accountId: string, campaignId: string): ReportCalls {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS calls,
                COALESCE(SUM(status = 'completed'), 0) AS answered,
                AVG(CASE WHEN status = 'completed' THEN duration END) AS talk,
                MAX(created_ms + COALESCE(duration, 0) * 1000) AS ended
         FROM call_details WHERE account_id = ? AND campaign_id = ?`,
      )
      .get(accountId, campaignId) as { calls: number; answered: number; talk: number | null; ended: number | null };
    return {
      calls: Number(row.calls),
      answeredCalls: Number(row.answered),
      averageTalkSeconds: row.talk === null ? null : Number(row.talk),
      lastCallEndedAt: row.ended === null ? null : new Date(Number(row.ended)).toISOString(),
    };
  }
}

/** The callback outbox: notifyPayment and authNotify calls waiting for their acknowledgement. */

import type { CallbackOperation } from "../../generated/validate";
import type { Db } from "./database";

export type CallbackState = "pending" | "acknowledged" | "exhausted";

export interface CallbackRecord {
  id: number;
  paymentRequestId: string;
  api: CallbackOperation;
  url: string;
  body: string;
  attempts: number;
  maxAttempts: number;
  nextAt: number;
  state: CallbackState;
  lastProblem: string | null;
}

interface Row {
  id: number;
  payment_request_id: string;
  api: CallbackOperation;
  url: string;
  body: string;
  attempts: number;
  max_attempts: number;
  next_at: number;
  state: CallbackState;
  last_problem: string | null;
}

const fromRow = (r: Row): CallbackRecord => ({
  id: r.id,
  paymentRequestId: r.payment_request_id,
  api: r.api,
  url: r.url,
  body: r.body,
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  nextAt: r.next_at,
  state: r.state,
  lastProblem: r.last_problem,
});

export type NewCallback = Pick<CallbackRecord, "paymentRequestId" | "api" | "url" | "body" | "maxAttempts" | "nextAt">;

export class CallbackStore {
  constructor(private readonly db: Db) {}

  add(callback: NewCallback): CallbackRecord {
    const id = this.db
      .prepare(
        "INSERT INTO callbacks (payment_request_id, api, url, body, max_attempts, next_at, state) VALUES (?, ?, ?, ?, ?, ?, 'pending')",
      )
      .run(
        callback.paymentRequestId,
        callback.api,
        callback.url,
        callback.body,
        callback.maxAttempts,
        callback.nextAt,
      ).lastInsertRowid;
    return this.get(Number(id))!;
  }

  get(id: number): CallbackRecord | undefined {
    const row = this.db.prepare<[number], Row>("SELECT * FROM callbacks WHERE id = ?").get(id);
    return row ? fromRow(row) : undefined;
  }

  pending(): CallbackRecord[] {
    return this.db
      .prepare<[], Row>("SELECT * FROM callbacks WHERE state = 'pending' ORDER BY next_at")
      .all()
      .map(fromRow);
  }

  /** Records one attempt and what comes next. */
  attempted(id: number, outcome: { state: CallbackState; nextAt: number; problem: string | null }): void {
    this.db
      .prepare("UPDATE callbacks SET attempts = attempts + 1, state = ?, next_at = ?, last_problem = ? WHERE id = ?")
      .run(outcome.state, outcome.nextAt, outcome.problem, id);
  }

  /** Re-opens an acknowledged callback for one more attempt (the notify-repeated-after-ack fault). */
  reopen(id: number, nextAt: number): void {
    this.db
      .prepare("UPDATE callbacks SET state = 'pending', next_at = ?, max_attempts = attempts + 1 WHERE id = ?")
      .run(nextAt, id);
  }
}

/**
 * The reference MPP's SQLite database. Every state change is a synchronous better-sqlite3
 * statement, so a payment or a pending callback is on disk before its HTTP answer leaves:
 * kill -9 loses nothing that was acknowledged.
 */
import Database from "better-sqlite3";

export type Db = Database.Database;

const schema = `
CREATE TABLE IF NOT EXISTS payments (
  payment_request_id TEXT PRIMARY KEY,           -- the idempotency key (docs/alipayplus/idempotency.md#idempotency)
  payment_id         TEXT NOT NULL UNIQUE,
  acquirer_id        TEXT NOT NULL,
  psp_id             TEXT NOT NULL,
  fingerprint        TEXT NOT NULL,              -- the fields a repeat must not change
  pay_response       TEXT NOT NULL,              -- replayed verbatim to repeats
  user_login_id      TEXT,
  customer_id        TEXT,
  status             TEXT NOT NULL,              -- PROCESSING | SUCCESS | FAILED | CLOSED
  result_code        TEXT,                       -- the final code when not SUCCESS
  payment_amount     TEXT NOT NULL,
  pay_to_amount      TEXT,
  payment_time       TEXT,
  expires_at         INTEGER,
  redirect_url       TEXT,
  notify_url         TEXT,
  authorization_info TEXT,
  one_click          INTEGER NOT NULL DEFAULT 0,
  verify_token       TEXT,
  wrong_attempts     INTEGER NOT NULL DEFAULT 0,
  created_at         INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sms_codes (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  payment_id  TEXT NOT NULL,
  code        TEXT NOT NULL,
  sent_at     INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  superseded  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sms_codes_by_payment ON sms_codes (payment_id);
CREATE TABLE IF NOT EXISTS callbacks (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  payment_request_id TEXT NOT NULL,
  api                TEXT NOT NULL,              -- notifyPayment | authNotify
  url                TEXT NOT NULL,
  body               TEXT NOT NULL,              -- the same bytes on every attempt
  attempts           INTEGER NOT NULL DEFAULT 0,
  max_attempts       INTEGER NOT NULL,
  next_at            INTEGER NOT NULL,
  state              TEXT NOT NULL,              -- pending | acknowledged | exhausted
  last_problem       TEXT
);
CREATE INDEX IF NOT EXISTS callbacks_pending ON callbacks (state, next_at);
`;

export function openDatabase(path: string): Db {
  const db = new Database(path);
  if (path !== ":memory:") {
    db.pragma("journal_mode = WAL");
    // FULL: a committed payment survives a power cut, not just a process kill.
    db.pragma("synchronous = FULL");
  }
  db.exec(schema);
  return db;
}

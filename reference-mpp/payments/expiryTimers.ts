/**
 * One timer per unverified order, firing at its paymentExpiryTime. Re-armed from the database
 * on start, so an order whose time passed while the MPP was down closes right away.
 */
const MAX_TIMER_MS = 2 ** 31 - 1; // setTimeout's ceiling; longer waits are chained

export class ExpiryTimers {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly onExpire: (paymentId: string) => void) {}

  schedule(paymentId: string, expiresAt: number): void {
    if (this.closed) return;
    clearTimeout(this.timers.get(paymentId));
    const delay = Math.max(0, expiresAt - Date.now());
    const timer = setTimeout(
      () => {
        this.timers.delete(paymentId);
        if (delay > MAX_TIMER_MS) this.schedule(paymentId, expiresAt);
        else this.onExpire(paymentId);
      },
      Math.min(delay, MAX_TIMER_MS),
    );
    // An expiry timer alone must not keep a CLI or a test process alive.
    timer.unref();
    this.timers.set(paymentId, timer);
  }

  cancel(paymentId: string): void {
    clearTimeout(this.timers.get(paymentId));
    this.timers.delete(paymentId);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

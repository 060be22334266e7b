/** Ordering settings (configurable per deployment through the environment). */
export interface OrdersOptions {
  /** How long a proforma's reservation holds the goods. */
  reservationHours: number;
  /** What an order over the credit limit does: warn (the order goes through, flagged), block, or nothing. */
  creditPolicy: 'warn' | 'block' | 'off';
  /** What overdue invoices do to a new order. */
  overduePolicy: 'warn' | 'block' | 'off';
  /** The largest manual discount a rep may grant, in basis points of the price (1000 = 10 %). */
  repDiscountCapBp: number;
  /** Lines per order or basket. */
  maxLines: number;
  /** How long before a reservation's expiry the customer is warned (`reservation.expiring`). */
  reservationWarnMinutes: number;
  /** How many expired reservations one sweep transaction releases. */
  sweepChunk: number;
}

export const DEFAULT_ORDERS_OPTIONS: OrdersOptions = {
  reservationHours: 48,
  creditPolicy: 'warn',
  overduePolicy: 'warn',
  repDiscountCapBp: 1000,
  reservationWarnMinutes: 120,
  maxLines: 200,
  sweepChunk: 2000,
};

/** KONTOR_RESERVATION_HOURS, KONTOR_CREDIT_POLICY, KONTOR_OVERDUE_POLICY, KONTOR_REP_DISCOUNT_CAP_BP. */
export function ordersOptionsFromEnv(env: Record<string, string | undefined> = process.env): OrdersOptions {
  const o = { ...DEFAULT_ORDERS_OPTIONS };
  const num = (name: string, min: number, max: number, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
    return n;
  };
  const policy = (name: string, fallback: OrdersOptions['creditPolicy']) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (raw !== 'warn' && raw !== 'block' && raw !== 'off') throw new Error(`${name} must be warn, block or off, got "${raw}"`);
    return raw;
  };
  o.reservationHours = num('KONTOR_RESERVATION_HOURS', 0.01, 24 * 365, o.reservationHours);
  o.creditPolicy = policy('KONTOR_CREDIT_POLICY', o.creditPolicy);
  o.overduePolicy = policy('KONTOR_OVERDUE_POLICY', o.overduePolicy);
  o.repDiscountCapBp = num('KONTOR_REP_DISCOUNT_CAP_BP', 0, 10000, o.repDiscountCapBp);
  return o;
}

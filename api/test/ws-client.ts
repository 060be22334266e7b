import WebSocket from 'ws';

/**
 * A small graphql-transport-ws client for tests, over a raw WebSocket: connect with connection
 * parameters, subscribe, collect what arrives, and learn how the server closed the connection.
 */
export interface WsSession {
  /** Resolves when the server acknowledged the connection; rejects with the close if it refused. */
  acked: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  messages: Array<{ id?: string; type: string; payload?: any }>;
  subscribe(id: string, query: string, variables?: Record<string, unknown>): void;
  /** Waits until a message matching `pred` arrives. */
  next(
    pred: (m: { id?: string; type: string; payload?: any }) => boolean,
    timeoutMs?: number,
  ): Promise<{ id?: string; type: string; payload?: any }>;
  close(): void;
}

export function wsConnect(httpUrl: string, connectionParams: Record<string, unknown>): WsSession {
  const socket = new WebSocket(httpUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const messages: WsSession['messages'] = [];
  const waiters: Array<{ pred: (m: any) => boolean; resolve: (m: any) => void }> = [];
  let ack!: () => void;
  let refuse!: (e: unknown) => void;
  const acked = new Promise<void>((resolve, reject) => ((ack = resolve), (refuse = reject)));
  acked.catch(() => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => {
      const e = { code, reason: reason.toString() };
      refuse(e);
      resolve(e);
    });
  });
  socket.on('error', () => {});
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
  socket.on('message', (data) => {
    const m = JSON.parse(data.toString());
    if (m.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
    if (m.type === 'connection_ack') ack();
    messages.push(m);
    for (const w of [...waiters]) {
      if (w.pred(m)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  });
  return {
    acked,
    closed,
    messages,
    subscribe(id, query, variables) {
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    },
    next(pred, timeoutMs = 5000) {
      const found = messages.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`)),
          timeoutMs,
        );
        waiters.push({ pred, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
    close() {
      socket.close(1000);
    },
  };
}

import pg from "pg";

/** Called with a notification's payload, or with null after a reconnect (notifications may have been missed: re-read). */
export type NotificationListener = (payload: string | null) => void;

/** Options of {@link DatabaseNotifications}. */
export interface DatabaseNotificationsOptions {
  databaseUrl: string;
  /** Wait before connecting again after the connection broke (default 1000 ms). */
  reconnectDelayMs?: number;
}

const channelName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * PostgreSQL LISTEN/NOTIFY for one process: a single dedicated connection listens on the
 * channels that have listeners and hands each notification to them. Whichever process (API
 * or worker) changes a row, every process listening gets it: fan-out goes through the
 * database, not through memory. After the connection breaks it connects again and tells
 * every listener (payload null), since notifications sent meanwhile are lost.
 */
export class DatabaseNotifications {
  private readonly listeners = new Map<string, Set<NotificationListener>>();
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: DatabaseNotificationsOptions) {}

  /**
   * Starts listening on `channel` (a lower-case SQL identifier); resolves once LISTEN is in
   * effect, so that no change made after it resolves is missed. Returns the function that stops.
   */
  async listen(channel: string, listener: NotificationListener): Promise<() => void> {
    if (!channelName.test(channel)) throw new Error(`channel must be a lower-case SQL identifier, got ${JSON.stringify(channel)}`);
    if (this.closed) throw new Error("database notifications are closed");
    let channelListeners = this.listeners.get(channel);
    const isNewChannel = !channelListeners;
    if (!channelListeners) {
      channelListeners = new Set();
      this.listeners.set(channel, channelListeners);
    }
    channelListeners.add(listener);
    const client = await this.connect();
    if (isNewChannel) await client.query(`listen ${channel}`);
    return () => {
      const current = this.listeners.get(channel);
      current?.delete(listener);
      if (current && current.size === 0) {
        this.listeners.delete(channel);
        this.client?.query(`unlisten ${channel}`).catch(() => undefined);
      }
    };
  }

  /** Whether the listening connection is up now (while it is down, notifications are being missed). */
  get connected(): boolean {
    return this.client !== null && !this.closed;
  }

  /** Closes the connection; listeners get nothing more. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.listeners.clear();
    const client = this.client ?? (await this.connecting?.catch(() => null)) ?? null;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async open(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl, application_name: "beatplan-notifications" });
    client.on("notification", (message) => {
      for (const listener of this.listeners.get(message.channel) ?? []) listener(message.payload ?? "");
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, null));
    await client.connect();
    for (const channel of this.listeners.keys()) await client.query(`listen ${channel}`);
    this.client = client;
    return client;
  }

  private lost(client: pg.Client, error: Error | null): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    if (error) console.error("database notifications: connection lost, reconnecting:", error.message);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.closed || this.listeners.size === 0) return;
      this.connect().then(
        () => {
          for (const channelListeners of this.listeners.values()) for (const listener of channelListeners) listener(null);
        },
        () => this.scheduleReconnect(),
      );
    }, this.options.reconnectDelayMs ?? 1000).unref();
  }
}

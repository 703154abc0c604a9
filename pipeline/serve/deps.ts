// What the server's routes share: the open store and the settings `kehoach serve` was started
// with. Routes receive it from createApp; nothing about a request is kept between requests.
import type { Store } from '../../corpus/store.js';

export interface ServeSettings {
  /** The address the server listens on ("127.0.0.1" by default). */
  host: string;
  port: number;
  /** Every write carries it; on a host other than loopback, every request does. */
  token: string;
  /** Who corrections made through the server are by (--author, KEHOACH_AUTHOR, the user). */
  author: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

export interface ServeDeps {
  store: Store;
  settings: ServeSettings;
}

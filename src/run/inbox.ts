// The main thread's side of outcomes posted by other threads (pool workers, the Redis bridge):
// each posts on a MessagePort and then bumps a shared counter and notifies it, so the main
// thread can wait for outcomes synchronously (Atomics.wait) inside a handle function, and read
// them with receiveMessageOnPort. Imports node:worker_threads only.
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

export class Inbox {
  /** Bumped by a thread after each message it posts. */
  readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly ports: MessagePort[] = [];

  /** A new channel: the remote end goes to the thread (transfer it), the local end stays here. */
  channel(): { local: MessagePort; remote: MessagePort } {
    const { port1, port2 } = new MessageChannel();
    this.ports.push(port1);
    return { local: port1, remote: port2 };
  }

  drop(port: MessagePort): void {
    const k = this.ports.indexOf(port);
    if (k >= 0) this.ports.splice(k, 1);
    port.close();
  }

  /** Messages that arrived, waiting up to `ms` for the first one. */
  take<T>(ms: number): T[] {
    const seen = Atomics.load(this.signal, 0);
    let out = this.poll<T>();
    if (out.length || ms <= 0) return out;
    Atomics.wait(this.signal, 0, seen, ms);
    out = this.poll<T>();
    return out;
  }

  private poll<T>(): T[] {
    const out: T[] = [];
    for (const p of this.ports) {
      for (let m = receiveMessageOnPort(p); m; m = receiveMessageOnPort(p)) out.push(m.message as T);
    }
    return out;
  }

  /** For a thread: post a message and wake the main thread. */
  static post(port: MessagePort, signal: Int32Array, message: unknown): void {
    port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  }
}

import { events } from "./bindings";

/** The events Rust pushes (see src-tauri/src/events.rs), by name, with what each carries. */
export type Pushed = {
  [Name in keyof typeof events]: Parameters<Parameters<(typeof events)[Name]["listen"]>[0]>[0]["payload"];
};

/** Where pushed events come from: the app's engine, or a test's fake. */
export interface PushSource {
  /** Calls `handler` with each event named `name` until the returned function is called. */
  listen<Name extends keyof Pushed>(name: Name, handler: (payload: Pushed[Name]) => void): () => void;
}

type Listenable<Payload> = { listen(handler: (event: { payload: Payload }) => void): Promise<() => void> };

/** The engine's events, through tauri-specta's typed `events`. */
export const enginePushes: PushSource = {
  listen(name, handler) {
    const event = events[name] as unknown as Listenable<Pushed[typeof name]>;
    const listening = event.listen(({ payload }) => handler(payload));
    // Stopping before the listener is registered still stops it, once it is.
    return () => void listening.then((stop) => stop());
  },
};

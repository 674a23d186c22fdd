/** Everything the shell asked of Electron, in order: what a scenario asserts on. */
export interface Recorded {
  what: string;
  args: unknown[];
}

export class Recorder {
  readonly calls: Recorded[] = [];

  record(what: string, ...args: unknown[]): void {
    this.calls.push({ what, args });
  }

  /** The arguments of every call of `what`, oldest first. */
  argsOf(what: string): unknown[][] {
    return this.calls.filter((call) => call.what === what).map((call) => call.args);
  }

  count(what: string): number {
    return this.argsOf(what).length;
  }

  /** Position of the first call of `what`, -1 when it never happened: for "before" assertions. */
  indexOf(what: string): number {
    return this.calls.findIndex((call) => call.what === what);
  }
}

/** The event objects Electron hands to listeners that may cancel what is about to happen. */
export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventableEvent<T extends object>(extra: T): T & PreventableEvent {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/**
 * What a fake implements of an Electron class, checked member by member against electron.d.ts:
 * any method or property it has must have Electron's shape. EventEmitter's own methods are left
 * out (they return `this`, which only the full class satisfies).
 */
export type Shape<T> = Partial<Omit<T, keyof NodeJS.EventEmitter>>;

/** The current time, injectable so tests and demo data can pin "today". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

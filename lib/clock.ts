// The time for code that decides what is due (a reminder, a flag on a pair, what has expired):
// `now()` instead of `new Date()`, so that tests can let time pass. In the app it is the system's
// time; nothing but a test moves it. Timestamps the database fills in itself (createdAt) and the
// job queue's own timing keep the real time.

let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Tests: time jumps forward (or back) by this much, and goes on from there. */
export function moveClock(ms: number): void {
  offsetMs += ms;
}

/** Tests: time jumps to this instant, and goes on from there. */
export function setClock(at: Date): void {
  offsetMs = at.getTime() - Date.now();
}

/** Tests: the real time again. */
export function resetClock(): void {
  offsetMs = 0;
}

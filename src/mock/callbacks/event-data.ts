/**
 * Reading a room event's `data` defensively: the drivers are written apart from the callbacks, so
 * every field is optional and may come under one of a few names (`UserId` or `UserID`). Each reader
 * takes the first name present with a usable value.
 */

type Data = Readonly<Record<string, unknown>> | undefined;

/**
 * The first of `names` holding a string or a finite number, as a string.
 *
 * @example
 * textOf({ UserID: 42 }, "UserId", "UserID") // "42"
 */
export function textOf(data: Data, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = data?.[name];
    if (typeof value === "string" && value !== "") return value;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

/**
 * The first of `names` holding a finite number (or a string of one).
 *
 * @example
 * numberOf({ amount: "100" }, "Amount", "amount") // 100
 */
export function numberOf(data: Data, ...names: string[]): number | undefined {
  for (const name of names) {
    const value = data?.[name];
    const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
    if (Number.isFinite(n)) return n;
  }
  return undefined;
}

/**
 * The first of `names` holding an array of objects.
 *
 * @example
 * recordsOf({ grabs: [{ UserId: "1" }] }, "grabs") // [{ UserId: "1" }]
 */
export function recordsOf(data: Data, ...names: string[]): Record<string, unknown>[] {
  for (const name of names) {
    const value = data?.[name];
    if (Array.isArray(value)) return value.filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null && !Array.isArray(item));
  }
  return [];
}

/**
 * A string of digits for an id that may not be one (Volcengine ids are numeric): the id itself when
 * it is all digits, else a stable 16-digit number drawn from it (FNV-1a).
 *
 * @example
 * digitsOf("viewer-7") // "1645…" (the same on every run)
 */
export function digitsOf(id: string): string {
  if (/^\d{1,16}$/.test(id)) return id;
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(id, "utf8")) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return String(1_000_000_000_000_000n + (hash % 8_000_000_000_000_000n)).slice(0, 16);
}

/**
 * Which catalogue event each room event calls for: the catalogue lists, per event, the room events
 * it comes from (`roomEvents`); this turns that around.
 *
 * @example
 * eventsByRoomEvent(CALLBACK_CATALOGUE.xiaoe.events)["task.completed"] // "live_task"
 */
export function eventsByRoomEvent<Name extends string>(events: Readonly<Record<Name, { readonly roomEvents: readonly string[] }>>): Readonly<Record<string, Name>> {
  return Object.fromEntries((Object.entries(events) as [Name, { roomEvents: readonly string[] }][]).flatMap(([name, spec]) => spec.roomEvents.map((roomEvent) => [roomEvent, name])));
}

/**
 * How the control plane shows a secret: its length only.
 *
 * @example
 * shownByLength("livemockxiaoetok") // "(16 characters)"
 */
export function shownByLength(secret: string): string {
  return `(${secret.length} characters)`;
}

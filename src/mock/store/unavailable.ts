/**
 * The error a shared store (Redis) fails with when it cannot be reached: the dispatcher answers it
 * with the vendor's internal-error envelope, HTTP 500 and an `x-livemock-reason` naming the store.
 * Its own module, so that the dispatcher does not load the Redis client.
 */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
}

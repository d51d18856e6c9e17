/**
 * A command line that cannot be run as written: an unknown flag, a malformed value, a missing
 * argument. The CLI answers it with exit 2 and the command's help; every other exception is a bug.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

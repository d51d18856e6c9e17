/** Characters every file system takes in a name; all else (and `~`, the escape) is encoded. */
const SAFE = /^[A-Za-z0-9._-]$/;

/** Names Windows reserves for devices, with any extension (`CON.ts`, `nul.d.ts`). */
const WINDOWS_DEVICE = /^(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$/i;

function encodeUnit(c: string): string {
  return `~${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The file-name stem for an id, the same on every platform and reversible (`idOfFileStem`).
 * Provider ids are `[A-Za-z0-9._-]` (SEMANTICS §2), so most stay as written; a character outside
 * that set becomes `~` and its four-digit UTF-16 code, and so does the first letter of a Windows
 * device name (`con` → `~0063on`), which Windows refuses as a file name whatever its extension.
 * Case-only differences never reach here: providers that fold together are an error.
 */
export function fileStemOf(id: string): string {
  const encoded = [...id].map((c) => (c.length === 1 && SAFE.test(c) ? c : c.split("").map(encodeUnit).join(""))).join("");
  const head = encoded.split(".")[0]!;
  return WINDOWS_DEVICE.test(head) ? `${encodeUnit(encoded[0]!)}${encoded.slice(1)}` : encoded;
}

/** The id a file-name stem from `fileStemOf` stands for. */
export function idOfFileStem(stem: string): string {
  return stem.replace(/~([0-9A-F]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

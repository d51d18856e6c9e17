import { createRequire } from "node:module";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";

/**
 * The structure kinds the emitter prints, by name. Structures carry names rather than ts-morph's
 * numeric enum so that building them does not need ts-morph loaded: loading it (its bundled
 * TypeScript) costs ~450 ms of every gen, which `startPrinter` moves to a second thread.
 */
export const StructureKind = {
  ImportDeclaration: "ImportDeclaration",
  ExportDeclaration: "ExportDeclaration",
  Function: "Function",
  VariableStatement: "VariableStatement",
  SourceFile: "SourceFile",
} as const;

/** A ts-morph structure whose `kind` is given by name, as `printStructure` here takes it. */
export type Named<T> = T extends { kind: unknown }
  ? Omit<T, "kind" | "declarationKind"> & { kind: keyof typeof StructureKind; declarationKind?: (typeof VariableDeclarationKind)[keyof typeof VariableDeclarationKind] }
  : T;

/** ts-morph's `VariableDeclarationKind` values (a string enum there too). */
export const VariableDeclarationKind = { Const: "const", Let: "let" } as const;

type TsMorph = typeof import("ts-morph");

const require = createRequire(import.meta.url);
let inProcess: TsMorph | undefined;
let printer: { worker: Worker; port: MessagePort; flag: Int32Array } | undefined;

/** Replaces kind names by ts-morph's enum values, everywhere in a structure tree (the worker has a JS copy). */
function withKinds(value: unknown, kinds: Record<string, number>): unknown {
  if (Array.isArray(value)) return value.map((v) => withKinds(v, kinds));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === "kind" && typeof v === "string" ? kinds[v] : withKinds(v, kinds);
  return out;
}

// The worker's whole program: load ts-morph, then print each structure it is sent, waking the
// waiting main thread through the shared flag.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const tsMorph = require(workerData.tsMorph);
function withKinds(value, kinds) {
  if (Array.isArray(value)) return value.map((v) => withKinds(v, kinds));
  if (typeof value !== "object" || value === null) return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === "kind" && typeof v === "string" ? kinds[v] : withKinds(v, kinds);
  return out;
}
parentPort.once("message", ({ port, flag }) => {
  const view = new Int32Array(flag);
  port.on("message", ({ structure, options }) => {
    let reply;
    try { reply = { text: tsMorph.printStructure(withKinds(structure, tsMorph.StructureKind), options) }; }
    catch (error) { reply = { error: String(error && error.stack || error) }; }
    port.postMessage(reply);
    Atomics.store(view, 0, 1);
    Atomics.notify(view, 0);
  });
});
`;

/**
 * Starts loading ts-morph on a worker thread, so that it loads while the pipeline reads and checks
 * the sources. Optional: without it, `printStructure` loads ts-morph in-process on first use.
 */
export function startPrinter(): void {
  if (printer !== undefined || inProcess !== undefined) return;
  const worker = new Worker(WORKER, { eval: true, workerData: { tsMorph: require.resolve("ts-morph") } });
  worker.unref();
  const { port1, port2 } = new MessageChannel();
  const flag = new SharedArrayBuffer(4);
  worker.postMessage({ port: port2, flag }, [port2]);
  printer = { worker, port: port1, flag: new Int32Array(flag) };
}

/** Stops the printer thread, if one was started. */
export function stopPrinter(): void {
  if (printer === undefined) return;
  printer.port.close();
  void printer.worker.terminate();
  printer = undefined;
}

/** ts-morph's `printStructure`, on the printer thread when one runs (blocking until it answers). */
export function printStructure(structure: object, options: { indentNumberOfSpaces: number }): string {
  if (printer !== undefined) {
    Atomics.store(printer.flag, 0, 0);
    printer.port.postMessage({ structure, options });
    Atomics.wait(printer.flag, 0, 0);
    const reply = receiveMessageOnPort(printer.port)?.message as { text?: string; error?: string } | undefined;
    if (reply?.text !== undefined) return reply.text;
    throw new Error(`ts-morph printer failed: ${reply?.error ?? "no reply"}`);
  }
  inProcess ??= require("ts-morph") as TsMorph;
  return inProcess.printStructure(withKinds(structure, inProcess.StructureKind as unknown as Record<string, number>) as never, options);
}

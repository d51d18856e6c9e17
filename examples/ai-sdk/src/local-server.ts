// A stand-in for two providers on 127.0.0.1, so the example runs without a network or keys: it answers
// Anthropic's Messages API and OpenAI's chat completions (plain and streamed) with fixed texts and
// usage, and notes where each call went and which key it carried.
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One call as the server saw it. */
export interface SeenCall {
  readonly path: string;
  readonly key: string | undefined;
  readonly model: string;
}

const CREATED = 1_767_225_600;
const CHAT_USAGE = { prompt_tokens: 1200, completion_tokens: 80, total_tokens: 1280, prompt_tokens_details: { cached_tokens: 1000 } };

function chatStream(model: string): string {
  const chunk = (choices: unknown[], usage?: unknown) => ({
    id: "c1",
    object: "chat.completion.chunk",
    created: CREATED,
    model,
    choices,
    ...(usage ? { usage } : {}),
  });
  const chunks = [
    chunk([{ index: 0, delta: { role: "assistant", content: "Streamed " }, finish_reason: null }]),
    chunk([{ index: 0, delta: { content: "hello" }, finish_reason: "stop" }]),
    chunk([], CHAT_USAGE),
  ];
  return `${chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("")}data: [DONE]\n\n`;
}

/** Starts the server on a free port; `close` stops it. */
export async function startLocalServer(): Promise<{ url: string; calls: SeenCall[]; close: () => Promise<void> }> {
  const calls: SeenCall[] = [];
  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (c: Buffer) => {
      text += c.toString("utf8");
    });
    req.on("end", () => {
      const body = JSON.parse(text) as { model: string; stream?: boolean };
      const key = (req.headers["x-api-key"] as string | undefined) ?? req.headers.authorization?.replace(/^Bearer /, "");
      calls.push({ path: req.url ?? "", key, model: body.model });
      if (req.url?.endsWith("/messages")) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            id: "msg_1",
            type: "message",
            role: "assistant",
            model: body.model,
            content: [{ type: "text", text: "Hello from Claude" }],
            stop_reason: "end_turn",
            stop_sequence: null,
            usage: { input_tokens: 200, cache_creation_input_tokens: 0, cache_read_input_tokens: 3000, output_tokens: 40 },
          }),
        );
      } else if (body.stream === true) {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.end(chatStream(body.model));
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        const choices = [{ index: 0, message: { role: "assistant", content: "Hello from DeepSeek" }, finish_reason: "stop" }];
        res.end(JSON.stringify({ id: "c1", object: "chat.completion", created: CREATED, model: body.model, choices, usage: CHAT_USAGE }));
      }
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, calls, close: () => new Promise((done) => server.close(() => done())) };
}

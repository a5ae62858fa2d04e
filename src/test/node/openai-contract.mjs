// Contract test: Comptoir's /v1 API driven by the official openai npm client (v6).
// Usage: COMPTOIR_URL=http://localhost:8080 COMPTOIR_BOT=agence-web node openai-contract.mjs
import OpenAI from "openai";
import assert from "node:assert/strict";

const base = (process.env.COMPTOIR_URL || "http://localhost:8080") + "/v1";
const bot = process.env.COMPTOIR_BOT || "agence-web";
const turns = JSON.parse(process.env.COMPTOIR_TURNS || '["Bonjour, je voudrais un site vitrine", "Environ 3000 euros", "Dans deux mois"]');
const client = new OpenAI({ baseURL: base, apiKey: process.env.COMPTOIR_OPENAI_KEY || "not-needed", maxRetries: 0 });
const model = "comptoir-" + bot;

const models = await client.models.list();
const ids = models.data.map((m) => m.id);
assert.ok(ids.includes(model), "models list " + model + ": " + ids);
assert.ok(!ids.includes(model + "-interne"), "the team models are not listed for a client key");
assert.ok(models.data.every((m) => typeof m.name === "string" && m.name.length > 0), "each model has a name");
console.log("OK models: " + ids.join(", "));

const chatId = "node-" + Date.now();
const plain = await client.chat.completions.create(
  { model, messages: [{ role: "user", content: turns[0] }], temperature: 0.7, user: "contract-test" },
  { headers: { "X-OpenWebUI-Chat-Id": chatId } });
assert.equal(plain.object, "chat.completion");
assert.equal(plain.choices[0].finish_reason, "stop");
assert.ok(plain.choices[0].message.content.length > 0, "plain call has content");
console.log("OK plain: " + JSON.stringify(plain.choices[0].message.content.slice(0, 80)));

const stream = await client.chat.completions.create(
  { model, stream: true, stream_options: { include_usage: true },
    messages: [{ role: "user", content: turns[0] }, { role: "assistant", content: plain.choices[0].message.content },
      { role: "user", content: turns[1] }] },
  { headers: { "X-OpenWebUI-Chat-Id": chatId } });
let streamed = "", finish = null, usage = null, chunks = 0;
for await (const chunk of stream) {
  chunks++;
  assert.equal(chunk.object, "chat.completion.chunk");
  if (chunk.usage) usage = chunk.usage;
  for (const c of chunk.choices) {
    if (c.delta && c.delta.content) streamed += c.delta.content;
    if (c.finish_reason) finish = c.finish_reason;
  }
}
assert.equal(finish, "stop", "stream ends with finish_reason stop");
assert.ok(usage && usage.total_tokens > 0, "usage chunk when include_usage");
assert.ok(streamed.length > 0 && chunks > 2, "streamed content in several chunks");
console.log("OK stream: " + chunks + " chunks, " + JSON.stringify(streamed.slice(0, 80)));

// Several turns without a chat id: the history is replayed, and the stored conversation continues.
const history = [];
const replies = [];
for (const text of turns) {
  history.push({ role: "user", content: text });
  const r = await client.chat.completions.create({ model, messages: history });
  const content = r.choices[0].message.content;
  assert.ok(content.length > 0, "turn has content");
  replies.push(content);
  history.push({ role: "assistant", content });
}
assert.notEqual(replies[replies.length - 1], replies[0], "the conversation moved on");
console.log("OK multi-turn: " + replies.length + " turns");

// Regenerate without a chat id: the same history again gives the same reply (no 404, nothing stored twice).
const again = await client.chat.completions.create({ model, messages: history.slice(0, -1) });
assert.equal(again.choices[0].message.content, replies[replies.length - 1], "a regenerate gives the same reply");
const streamedAgain = await client.chat.completions.create({ model, messages: history.slice(0, -1), stream: true });
let regenerated = "";
for await (const chunk of streamedAgain) for (const c of chunk.choices) regenerated += (c.delta && c.delta.content) || "";
assert.equal(regenerated, replies[replies.length - 1], "a streamed regenerate gives the same reply");
console.log("OK regenerate");

// Errors come back in the OpenAI shape, as the client's typed errors.
async function refused(call, type, status) {
  try {
    await call();
  } catch (e) {
    assert.ok(e instanceof type, "expected " + type.name + ", got " + e.constructor.name);
    assert.equal(e.status, status);
    assert.ok(e.error && typeof e.error.message === "string" && e.error.type, "OpenAI error body: " + JSON.stringify(e.error));
    return;
  }
  assert.fail("expected " + type.name);
}
const hello = [{ role: "user", content: "Bonjour" }];
await refused(() => client.chat.completions.create({ model: "gpt-4o", messages: hello }), OpenAI.NotFoundError, 404);
await refused(() => client.chat.completions.create({ model: model + "-interne", messages: hello }), OpenAI.PermissionDeniedError, 403);
await refused(() => client.completions.create({ model, prompt: "Bonjour" }), OpenAI.NotFoundError, 404);
const stranger = new OpenAI({ baseURL: base, apiKey: "sk-wrong", maxRetries: 0 });
await refused(() => stranger.models.list(), OpenAI.AuthenticationError, 401);
console.log("OK errors");
console.log("ALL OK");
